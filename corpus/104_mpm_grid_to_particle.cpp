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


// corpus/104_mpm_grid_to_particle.py:6
static wp::float32 bspline_w_0(
    wp::float32 var_fx,
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 0.5;
    const wp::float32 var_3 = 1.5;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.5;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    bool var_10;
    const wp::float32 var_11 = 0.75;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    const wp::float32 var_19 = 0.5;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def bspline_w(fx: float, k: int) -> float:                                             <L 7>
    // if k == 0:                                                                             <L 8>
    var_1 = (var_k == var_0);
    if (var_1) {
        // return 0.5 * (1.5 - fx) * (1.5 - fx)                                               <L 9>
        var_4 = wp::sub(var_3, var_fx);
        var_5 = wp::mul(var_2, var_4);
        var_7 = wp::sub(var_6, var_fx);
        var_8 = wp::mul(var_5, var_7);
        return var_8;
    }
    if (!var_1) {
        // elif k == 1:                                                                       <L 10>
        var_10 = (var_k == var_9);
        if (var_10) {
            // return 0.75 - (fx - 1.0) * (fx - 1.0)                                          <L 11>
            var_13 = wp::sub(var_fx, var_12);
            var_15 = wp::sub(var_fx, var_14);
            var_16 = wp::mul(var_13, var_15);
            var_17 = wp::sub(var_11, var_16);
            return var_17;
        }
    }
    // return 0.5 * (fx - 0.5) * (fx - 0.5)                                                   <L 12>
    var_20 = wp::sub(var_fx, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_23 = wp::sub(var_fx, var_22);
    var_24 = wp::mul(var_21, var_23);
    return var_24;
}


// corpus/104_mpm_grid_to_particle.py:15
static void clamp_singular_values_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 1.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-12;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    const wp::float32 var_16 = 1e-12;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-12;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def clamp_singular_values(F: wp.mat33, lo: float, hi: float):                          <L 16>
    // S = wp.transpose(F) * F                                                                <L 18>
    var_0 = wp::transpose(var_F);
    var_1 = wp::mul(var_0, var_F);
    // J_old = wp.determinant(F)                                                              <L 19>
    var_2 = wp::determinant(var_F);
    // scale = wp.vec3(1.0, 1.0, 1.0)                                                         <L 20>
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    // for k in range(3):                                                                     <L 21>
    // s = wp.sqrt(wp.max(S[k, k], 1.0e-12))                                                  <L 22>
    var_8 = wp::extract(var_1, var_7, var_7);
    var_10 = wp::max(var_8, var_9);
    var_11 = wp::sqrt(var_10);
    // c = wp.clamp(s, lo, hi)                                                                <L 23>
    var_12 = wp::clamp(var_11, var_lo, var_hi);
    // scale[k] = c / s                                                                       <L 24>
    var_13 = wp::div(var_12, var_11);
    wp::assign_inplace(var_6, var_7, var_13);
    // s = wp.sqrt(wp.max(S[k, k], 1.0e-12))                                                  <L 22>
    var_15 = wp::extract(var_1, var_14, var_14);
    var_17 = wp::max(var_15, var_16);
    var_18 = wp::sqrt(var_17);
    // c = wp.clamp(s, lo, hi)                                                                <L 23>
    var_19 = wp::clamp(var_18, var_lo, var_hi);
    // scale[k] = c / s                                                                       <L 24>
    var_20 = wp::div(var_19, var_18);
    wp::assign_inplace(var_6, var_14, var_20);
    // s = wp.sqrt(wp.max(S[k, k], 1.0e-12))                                                  <L 22>
    var_22 = wp::extract(var_1, var_21, var_21);
    var_24 = wp::max(var_22, var_23);
    var_25 = wp::sqrt(var_24);
    // c = wp.clamp(s, lo, hi)                                                                <L 23>
    var_26 = wp::clamp(var_25, var_lo, var_hi);
    // scale[k] = c / s                                                                       <L 24>
    var_27 = wp::div(var_26, var_25);
    wp::assign_inplace(var_6, var_21, var_27);
    // Fn = F * wp.diag(scale)                                                                <L 25>
    var_28 = wp::diag(var_6);
    var_29 = wp::mul(var_F, var_28);
    // J_new = wp.determinant(Fn)                                                             <L 26>
    var_30 = wp::determinant(var_29);
    // return Fn, J_old / J_new                                                               <L 27>
    var_31 = wp::div(var_2, var_30);
    ret_0 = var_29;
    ret_1 = var_31;
    return;
}


// corpus/104_mpm_grid_to_particle.py:6
static void adj_bspline_w_0(
    wp::float32 var_fx,
    wp::int32 var_k,
    wp::float32 & adj_fx,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/104_mpm_grid_to_particle.py:15
static void adj_clamp_singular_values_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::mat_t<3, 3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_g2p_9d502983 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> C;
    wp::array_t<wp::float32> Jp;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
    wp::float32 inv_dx;
    wp::float32 dt;
    wp::float32 theta_c;
    wp::float32 theta_s;
    bool plastic;
};


void g2p_9d502983_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_g2p_9d502983 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_C = _wp_args->C;
    wp::array_t<wp::float32> var_Jp = _wp_args->Jp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::float32 var_inv_dx = _wp_args->inv_dx;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_theta_c = _wp_args->theta_c;
    wp::float32 var_theta_s = _wp_args->theta_s;
    bool var_plastic = _wp_args->plastic;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 3;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    bool var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    const wp::int32 var_39 = 0;
    bool var_40;
    wp::shape_t* var_41;
    const wp::int32 var_42 = 0;
    wp::int32 var_43;
    wp::shape_t var_44;
    bool var_45;
    wp::shape_t* var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    wp::shape_t var_49;
    bool var_50;
    wp::shape_t* var_51;
    const wp::int32 var_52 = 2;
    wp::int32 var_53;
    wp::shape_t var_54;
    bool var_55;
    const wp::int32 var_56 = 0;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    const wp::float32 var_78 = 4.0;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::mat_t<3, 3, wp::float32> var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    const wp::int32 var_83 = 1;
    const wp::int32 var_84 = 3;
    wp::range_t var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    wp::int32 var_89;
    bool var_90;
    const wp::int32 var_91 = 0;
    bool var_92;
    const wp::int32 var_93 = 0;
    bool var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    wp::shape_t* var_97;
    const wp::int32 var_98 = 0;
    wp::int32 var_99;
    wp::shape_t var_100;
    bool var_101;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 1;
    wp::int32 var_104;
    wp::shape_t var_105;
    bool var_106;
    wp::shape_t* var_107;
    const wp::int32 var_108 = 2;
    wp::int32 var_109;
    wp::shape_t var_110;
    bool var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    wp::int32 var_114;
    const wp::int32 var_115 = 0;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 1;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    const wp::int32 var_122 = 2;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::vec_t<3, wp::float32> var_129;
    wp::vec_t<3, wp::float32> var_130;
    wp::vec_t<3, wp::float32>* var_131;
    wp::vec_t<3, wp::float32> var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    wp::vec_t<3, wp::float32> var_135;
    wp::mat_t<3, 3, wp::float32> var_136;
    const wp::float32 var_137 = 4.0;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::mat_t<3, 3, wp::float32> var_140;
    wp::mat_t<3, 3, wp::float32> var_141;
    const wp::int32 var_142 = 2;
    const wp::int32 var_143 = 3;
    wp::range_t var_144;
    wp::int32 var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    bool var_149;
    const wp::int32 var_150 = 0;
    bool var_151;
    const wp::int32 var_152 = 0;
    bool var_153;
    const wp::int32 var_154 = 0;
    bool var_155;
    wp::shape_t* var_156;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
    wp::shape_t var_159;
    bool var_160;
    wp::shape_t* var_161;
    const wp::int32 var_162 = 1;
    wp::int32 var_163;
    wp::shape_t var_164;
    bool var_165;
    wp::shape_t* var_166;
    const wp::int32 var_167 = 2;
    wp::int32 var_168;
    wp::shape_t var_169;
    bool var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    wp::int32 var_173;
    const wp::int32 var_174 = 0;
    wp::float32 var_175;
    wp::float32 var_176;
    const wp::int32 var_177 = 1;
    wp::float32 var_178;
    wp::float32 var_179;
    wp::float32 var_180;
    const wp::int32 var_181 = 2;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    wp::float32 var_187;
    wp::vec_t<3, wp::float32> var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32>* var_190;
    wp::vec_t<3, wp::float32> var_191;
    wp::vec_t<3, wp::float32> var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::vec_t<3, wp::float32> var_194;
    wp::mat_t<3, 3, wp::float32> var_195;
    const wp::float32 var_196 = 4.0;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::mat_t<3, 3, wp::float32> var_199;
    wp::mat_t<3, 3, wp::float32> var_200;
    const wp::int32 var_201 = 1;
    const wp::int32 var_202 = 0;
    const wp::int32 var_203 = 3;
    wp::range_t var_204;
    wp::int32 var_205;
    wp::int32 var_206;
    wp::int32 var_207;
    wp::int32 var_208;
    bool var_209;
    const wp::int32 var_210 = 0;
    bool var_211;
    const wp::int32 var_212 = 0;
    bool var_213;
    const wp::int32 var_214 = 0;
    bool var_215;
    wp::shape_t* var_216;
    const wp::int32 var_217 = 0;
    wp::int32 var_218;
    wp::shape_t var_219;
    bool var_220;
    wp::shape_t* var_221;
    const wp::int32 var_222 = 1;
    wp::int32 var_223;
    wp::shape_t var_224;
    bool var_225;
    wp::shape_t* var_226;
    const wp::int32 var_227 = 2;
    wp::int32 var_228;
    wp::shape_t var_229;
    bool var_230;
    wp::int32 var_231;
    wp::int32 var_232;
    wp::int32 var_233;
    const wp::int32 var_234 = 0;
    wp::float32 var_235;
    wp::float32 var_236;
    const wp::int32 var_237 = 1;
    wp::float32 var_238;
    wp::float32 var_239;
    wp::float32 var_240;
    const wp::int32 var_241 = 2;
    wp::float32 var_242;
    wp::float32 var_243;
    wp::float32 var_244;
    wp::float32 var_245;
    wp::float32 var_246;
    wp::float32 var_247;
    wp::vec_t<3, wp::float32> var_248;
    wp::vec_t<3, wp::float32> var_249;
    wp::vec_t<3, wp::float32>* var_250;
    wp::vec_t<3, wp::float32> var_251;
    wp::vec_t<3, wp::float32> var_252;
    wp::vec_t<3, wp::float32> var_253;
    wp::vec_t<3, wp::float32> var_254;
    wp::mat_t<3, 3, wp::float32> var_255;
    const wp::float32 var_256 = 4.0;
    wp::float32 var_257;
    wp::float32 var_258;
    wp::mat_t<3, 3, wp::float32> var_259;
    wp::mat_t<3, 3, wp::float32> var_260;
    const wp::int32 var_261 = 1;
    const wp::int32 var_262 = 3;
    wp::range_t var_263;
    wp::int32 var_264;
    wp::int32 var_265;
    wp::int32 var_266;
    wp::int32 var_267;
    bool var_268;
    const wp::int32 var_269 = 0;
    bool var_270;
    const wp::int32 var_271 = 0;
    bool var_272;
    const wp::int32 var_273 = 0;
    bool var_274;
    wp::shape_t* var_275;
    const wp::int32 var_276 = 0;
    wp::int32 var_277;
    wp::shape_t var_278;
    bool var_279;
    wp::shape_t* var_280;
    const wp::int32 var_281 = 1;
    wp::int32 var_282;
    wp::shape_t var_283;
    bool var_284;
    wp::shape_t* var_285;
    const wp::int32 var_286 = 2;
    wp::int32 var_287;
    wp::shape_t var_288;
    bool var_289;
    wp::int32 var_290;
    wp::int32 var_291;
    wp::int32 var_292;
    const wp::int32 var_293 = 0;
    wp::float32 var_294;
    wp::float32 var_295;
    const wp::int32 var_296 = 1;
    wp::float32 var_297;
    wp::float32 var_298;
    wp::float32 var_299;
    const wp::int32 var_300 = 2;
    wp::float32 var_301;
    wp::float32 var_302;
    wp::float32 var_303;
    wp::float32 var_304;
    wp::float32 var_305;
    wp::float32 var_306;
    wp::vec_t<3, wp::float32> var_307;
    wp::vec_t<3, wp::float32> var_308;
    wp::vec_t<3, wp::float32>* var_309;
    wp::vec_t<3, wp::float32> var_310;
    wp::vec_t<3, wp::float32> var_311;
    wp::vec_t<3, wp::float32> var_312;
    wp::vec_t<3, wp::float32> var_313;
    wp::mat_t<3, 3, wp::float32> var_314;
    const wp::float32 var_315 = 4.0;
    wp::float32 var_316;
    wp::float32 var_317;
    wp::mat_t<3, 3, wp::float32> var_318;
    wp::mat_t<3, 3, wp::float32> var_319;
    const wp::int32 var_320 = 2;
    const wp::int32 var_321 = 3;
    wp::range_t var_322;
    wp::int32 var_323;
    wp::int32 var_324;
    wp::int32 var_325;
    wp::int32 var_326;
    bool var_327;
    const wp::int32 var_328 = 0;
    bool var_329;
    const wp::int32 var_330 = 0;
    bool var_331;
    const wp::int32 var_332 = 0;
    bool var_333;
    wp::shape_t* var_334;
    const wp::int32 var_335 = 0;
    wp::int32 var_336;
    wp::shape_t var_337;
    bool var_338;
    wp::shape_t* var_339;
    const wp::int32 var_340 = 1;
    wp::int32 var_341;
    wp::shape_t var_342;
    bool var_343;
    wp::shape_t* var_344;
    const wp::int32 var_345 = 2;
    wp::int32 var_346;
    wp::shape_t var_347;
    bool var_348;
    wp::int32 var_349;
    wp::int32 var_350;
    wp::int32 var_351;
    const wp::int32 var_352 = 0;
    wp::float32 var_353;
    wp::float32 var_354;
    const wp::int32 var_355 = 1;
    wp::float32 var_356;
    wp::float32 var_357;
    wp::float32 var_358;
    const wp::int32 var_359 = 2;
    wp::float32 var_360;
    wp::float32 var_361;
    wp::float32 var_362;
    wp::float32 var_363;
    wp::float32 var_364;
    wp::float32 var_365;
    wp::vec_t<3, wp::float32> var_366;
    wp::vec_t<3, wp::float32> var_367;
    wp::vec_t<3, wp::float32>* var_368;
    wp::vec_t<3, wp::float32> var_369;
    wp::vec_t<3, wp::float32> var_370;
    wp::vec_t<3, wp::float32> var_371;
    wp::vec_t<3, wp::float32> var_372;
    wp::mat_t<3, 3, wp::float32> var_373;
    const wp::float32 var_374 = 4.0;
    wp::float32 var_375;
    wp::float32 var_376;
    wp::mat_t<3, 3, wp::float32> var_377;
    wp::mat_t<3, 3, wp::float32> var_378;
    const wp::int32 var_379 = 2;
    const wp::int32 var_380 = 0;
    const wp::int32 var_381 = 3;
    wp::range_t var_382;
    wp::int32 var_383;
    wp::int32 var_384;
    wp::int32 var_385;
    wp::int32 var_386;
    bool var_387;
    const wp::int32 var_388 = 0;
    bool var_389;
    const wp::int32 var_390 = 0;
    bool var_391;
    const wp::int32 var_392 = 0;
    bool var_393;
    wp::shape_t* var_394;
    const wp::int32 var_395 = 0;
    wp::int32 var_396;
    wp::shape_t var_397;
    bool var_398;
    wp::shape_t* var_399;
    const wp::int32 var_400 = 1;
    wp::int32 var_401;
    wp::shape_t var_402;
    bool var_403;
    wp::shape_t* var_404;
    const wp::int32 var_405 = 2;
    wp::int32 var_406;
    wp::shape_t var_407;
    bool var_408;
    wp::int32 var_409;
    wp::int32 var_410;
    wp::int32 var_411;
    const wp::int32 var_412 = 0;
    wp::float32 var_413;
    wp::float32 var_414;
    const wp::int32 var_415 = 1;
    wp::float32 var_416;
    wp::float32 var_417;
    wp::float32 var_418;
    const wp::int32 var_419 = 2;
    wp::float32 var_420;
    wp::float32 var_421;
    wp::float32 var_422;
    wp::float32 var_423;
    wp::float32 var_424;
    wp::float32 var_425;
    wp::vec_t<3, wp::float32> var_426;
    wp::vec_t<3, wp::float32> var_427;
    wp::vec_t<3, wp::float32>* var_428;
    wp::vec_t<3, wp::float32> var_429;
    wp::vec_t<3, wp::float32> var_430;
    wp::vec_t<3, wp::float32> var_431;
    wp::vec_t<3, wp::float32> var_432;
    wp::mat_t<3, 3, wp::float32> var_433;
    const wp::float32 var_434 = 4.0;
    wp::float32 var_435;
    wp::float32 var_436;
    wp::mat_t<3, 3, wp::float32> var_437;
    wp::mat_t<3, 3, wp::float32> var_438;
    const wp::int32 var_439 = 1;
    const wp::int32 var_440 = 3;
    wp::range_t var_441;
    wp::int32 var_442;
    wp::int32 var_443;
    wp::int32 var_444;
    wp::int32 var_445;
    bool var_446;
    const wp::int32 var_447 = 0;
    bool var_448;
    const wp::int32 var_449 = 0;
    bool var_450;
    const wp::int32 var_451 = 0;
    bool var_452;
    wp::shape_t* var_453;
    const wp::int32 var_454 = 0;
    wp::int32 var_455;
    wp::shape_t var_456;
    bool var_457;
    wp::shape_t* var_458;
    const wp::int32 var_459 = 1;
    wp::int32 var_460;
    wp::shape_t var_461;
    bool var_462;
    wp::shape_t* var_463;
    const wp::int32 var_464 = 2;
    wp::int32 var_465;
    wp::shape_t var_466;
    bool var_467;
    wp::int32 var_468;
    wp::int32 var_469;
    wp::int32 var_470;
    const wp::int32 var_471 = 0;
    wp::float32 var_472;
    wp::float32 var_473;
    const wp::int32 var_474 = 1;
    wp::float32 var_475;
    wp::float32 var_476;
    wp::float32 var_477;
    const wp::int32 var_478 = 2;
    wp::float32 var_479;
    wp::float32 var_480;
    wp::float32 var_481;
    wp::float32 var_482;
    wp::float32 var_483;
    wp::float32 var_484;
    wp::vec_t<3, wp::float32> var_485;
    wp::vec_t<3, wp::float32> var_486;
    wp::vec_t<3, wp::float32>* var_487;
    wp::vec_t<3, wp::float32> var_488;
    wp::vec_t<3, wp::float32> var_489;
    wp::vec_t<3, wp::float32> var_490;
    wp::vec_t<3, wp::float32> var_491;
    wp::mat_t<3, 3, wp::float32> var_492;
    const wp::float32 var_493 = 4.0;
    wp::float32 var_494;
    wp::float32 var_495;
    wp::mat_t<3, 3, wp::float32> var_496;
    wp::mat_t<3, 3, wp::float32> var_497;
    const wp::int32 var_498 = 2;
    const wp::int32 var_499 = 3;
    wp::range_t var_500;
    wp::int32 var_501;
    wp::int32 var_502;
    wp::int32 var_503;
    wp::int32 var_504;
    bool var_505;
    const wp::int32 var_506 = 0;
    bool var_507;
    const wp::int32 var_508 = 0;
    bool var_509;
    const wp::int32 var_510 = 0;
    bool var_511;
    wp::shape_t* var_512;
    const wp::int32 var_513 = 0;
    wp::int32 var_514;
    wp::shape_t var_515;
    bool var_516;
    wp::shape_t* var_517;
    const wp::int32 var_518 = 1;
    wp::int32 var_519;
    wp::shape_t var_520;
    bool var_521;
    wp::shape_t* var_522;
    const wp::int32 var_523 = 2;
    wp::int32 var_524;
    wp::shape_t var_525;
    bool var_526;
    wp::int32 var_527;
    wp::int32 var_528;
    wp::int32 var_529;
    const wp::int32 var_530 = 0;
    wp::float32 var_531;
    wp::float32 var_532;
    const wp::int32 var_533 = 1;
    wp::float32 var_534;
    wp::float32 var_535;
    wp::float32 var_536;
    const wp::int32 var_537 = 2;
    wp::float32 var_538;
    wp::float32 var_539;
    wp::float32 var_540;
    wp::float32 var_541;
    wp::float32 var_542;
    wp::float32 var_543;
    wp::vec_t<3, wp::float32> var_544;
    wp::vec_t<3, wp::float32> var_545;
    wp::vec_t<3, wp::float32>* var_546;
    wp::vec_t<3, wp::float32> var_547;
    wp::vec_t<3, wp::float32> var_548;
    wp::vec_t<3, wp::float32> var_549;
    wp::vec_t<3, wp::float32> var_550;
    wp::mat_t<3, 3, wp::float32> var_551;
    const wp::float32 var_552 = 4.0;
    wp::float32 var_553;
    wp::float32 var_554;
    wp::mat_t<3, 3, wp::float32> var_555;
    wp::mat_t<3, 3, wp::float32> var_556;
    wp::vec_t<3, wp::float32>* var_557;
    wp::vec_t<3, wp::float32> var_558;
    wp::vec_t<3, wp::float32> var_559;
    wp::vec_t<3, wp::float32> var_560;
    const wp::int32 var_561 = 3;
    wp::mat_t<3, 3, wp::float32> var_562;
    wp::mat_t<3, 3, wp::float32> var_563;
    wp::mat_t<3, 3, wp::float32> var_564;
    wp::mat_t<3, 3, wp::float32>* var_565;
    wp::mat_t<3, 3, wp::float32> var_566;
    wp::mat_t<3, 3, wp::float32> var_567;
    const wp::float32 var_568 = 1.0;
    wp::float32 var_569;
    const wp::float32 var_570 = 1.0;
    wp::float32 var_571;
    wp::mat_t<3, 3, wp::float32> var_572;
    wp::float32 var_573;
    wp::float32* var_574;
    wp::float32 var_575;
    wp::float32 var_576;
    const wp::float32 var_577 = 0.6;
    const wp::float32 var_578 = 20.0;
    wp::float32 var_579;
    wp::mat_t<3, 3, wp::float32> var_580;
    //---------
    // forward
    // def g2p(                                                                               <L 31>
    // p = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // xp = x[p] * inv_dx                                                                     <L 45>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_inv_dx);
    // bx = int(xp[0] - 0.5)                                                                  <L 46>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::int(var_7);
    // by = int(xp[1] - 0.5)                                                                  <L 47>
    var_10 = wp::extract(var_2, var_9);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::int(var_12);
    // bz = int(xp[2] - 0.5)                                                                  <L 48>
    var_15 = wp::extract(var_2, var_14);
    var_17 = wp::sub(var_15, var_16);
    var_18 = wp::int(var_17);
    // fx = xp - wp.vec3(float(bx), float(by), float(bz))                                     <L 49>
    var_19 = wp::float(var_8);
    var_20 = wp::float(var_13);
    var_21 = wp::float(var_18);
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    var_23 = wp::sub(var_2, var_22);
    // new_v = wp.vec3()                                                                      <L 50>
    var_24 = wp::vec_t<3, wp::float32>();
    // new_C = wp.mat33()                                                                     <L 51>
    var_25 = wp::mat_t<3, 3, wp::float32>();
    // for i in range(3):                                                                     <L 52>
    // for j in range(3):                                                                     <L 53>
    // for k in range(3):                                                                     <L 54>
    var_29 = wp::range(var_28);
    start_for_0:;
        if (iter_cmp(var_29) == 0) goto end_for_0;
        var_30 = wp::iter_next(var_29);
        // gi = bx + i                                                                        <L 55>
        var_31 = wp::add(var_8, var_26);
        // gj = by + j                                                                        <L 56>
        var_32 = wp::add(var_13, var_27);
        // gk = bz + k                                                                        <L 57>
        var_33 = wp::add(var_18, var_30);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_36 = (var_31 < var_35);
        var_34 = var_36;
        if (!var_34) {
            var_38 = (var_32 < var_37);
            var_34 = var_34 || var_38;
        }
        if (!var_34) {
            var_40 = (var_33 < var_39);
            var_34 = var_34 || var_40;
        }
        if (!var_34) {
            var_41 = &(var_grid_v.shape);
            var_44 = wp::load(var_41);
            var_43 = wp::extract(var_44, var_42);
            var_45 = (var_31 >= var_43);
            var_34 = var_34 || var_45;
        }
        if (!var_34) {
            var_46 = &(var_grid_v.shape);
            var_49 = wp::load(var_46);
            var_48 = wp::extract(var_49, var_47);
            var_50 = (var_32 >= var_48);
            var_34 = var_34 || var_50;
        }
        if (!var_34) {
            var_51 = &(var_grid_v.shape);
            var_54 = wp::load(var_51);
            var_53 = wp::extract(var_54, var_52);
            var_55 = (var_33 >= var_53);
            var_34 = var_34 || var_55;
        }
        if (var_34) {
            // continue                                                                       <L 59>
            goto start_for_0;
        }
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_57 = wp::extract(var_23, var_56);
        var_58 = bspline_w_0(var_57, var_26);
        var_60 = wp::extract(var_23, var_59);
        var_61 = bspline_w_0(var_60, var_27);
        var_62 = wp::mul(var_58, var_61);
        var_64 = wp::extract(var_23, var_63);
        var_65 = bspline_w_0(var_64, var_30);
        var_66 = wp::mul(var_62, var_65);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_67 = wp::float(var_26);
        var_68 = wp::float(var_27);
        var_69 = wp::float(var_30);
        var_70 = wp::vec_t<3, wp::float32>(var_67, var_68, var_69);
        var_71 = wp::sub(var_70, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_72 = wp::address(var_grid_v, var_31, var_32, var_33);
        var_74 = wp::load(var_72);
        var_73 = wp::copy(var_74);
        // new_v += gv * w                                                                    <L 63>
        var_75 = wp::mul(var_73, var_66);
        var_76 = wp::add(var_24, var_75);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_77 = wp::outer(var_73, var_71);
        var_79 = wp::mul(var_78, var_inv_dx);
        var_80 = wp::mul(var_79, var_66);
        var_81 = wp::mul(var_77, var_80);
        var_82 = wp::add(var_25, var_81);
        wp::assign(var_24, var_76);
        wp::assign(var_25, var_82);
        goto start_for_0;
    end_for_0:;
    // for k in range(3):                                                                     <L 54>
    var_85 = wp::range(var_84);
    start_for_2:;
        if (iter_cmp(var_85) == 0) goto end_for_2;
        var_86 = wp::iter_next(var_85);
        // gi = bx + i                                                                        <L 55>
        var_87 = wp::add(var_8, var_26);
        // gj = by + j                                                                        <L 56>
        var_88 = wp::add(var_13, var_83);
        // gk = bz + k                                                                        <L 57>
        var_89 = wp::add(var_18, var_86);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_92 = (var_87 < var_91);
        var_90 = var_92;
        if (!var_90) {
            var_94 = (var_88 < var_93);
            var_90 = var_90 || var_94;
        }
        if (!var_90) {
            var_96 = (var_89 < var_95);
            var_90 = var_90 || var_96;
        }
        if (!var_90) {
            var_97 = &(var_grid_v.shape);
            var_100 = wp::load(var_97);
            var_99 = wp::extract(var_100, var_98);
            var_101 = (var_87 >= var_99);
            var_90 = var_90 || var_101;
        }
        if (!var_90) {
            var_102 = &(var_grid_v.shape);
            var_105 = wp::load(var_102);
            var_104 = wp::extract(var_105, var_103);
            var_106 = (var_88 >= var_104);
            var_90 = var_90 || var_106;
        }
        if (!var_90) {
            var_107 = &(var_grid_v.shape);
            var_110 = wp::load(var_107);
            var_109 = wp::extract(var_110, var_108);
            var_111 = (var_89 >= var_109);
            var_90 = var_90 || var_111;
        }
        if (var_90) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_87);
            wp::assign(var_32, var_88);
            wp::assign(var_33, var_89);
            goto start_for_2;
        }
        var_112 = wp::where(var_90, var_31, var_87);
        var_113 = wp::where(var_90, var_32, var_88);
        var_114 = wp::where(var_90, var_33, var_89);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_116 = wp::extract(var_23, var_115);
        var_117 = bspline_w_0(var_116, var_26);
        var_119 = wp::extract(var_23, var_118);
        var_120 = bspline_w_0(var_119, var_83);
        var_121 = wp::mul(var_117, var_120);
        var_123 = wp::extract(var_23, var_122);
        var_124 = bspline_w_0(var_123, var_86);
        var_125 = wp::mul(var_121, var_124);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_126 = wp::float(var_26);
        var_127 = wp::float(var_83);
        var_128 = wp::float(var_86);
        var_129 = wp::vec_t<3, wp::float32>(var_126, var_127, var_128);
        var_130 = wp::sub(var_129, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_131 = wp::address(var_grid_v, var_112, var_113, var_114);
        var_133 = wp::load(var_131);
        var_132 = wp::copy(var_133);
        // new_v += gv * w                                                                    <L 63>
        var_134 = wp::mul(var_132, var_125);
        var_135 = wp::add(var_24, var_134);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_136 = wp::outer(var_132, var_130);
        var_138 = wp::mul(var_137, var_inv_dx);
        var_139 = wp::mul(var_138, var_125);
        var_140 = wp::mul(var_136, var_139);
        var_141 = wp::add(var_25, var_140);
        wp::assign(var_24, var_135);
        wp::assign(var_25, var_141);
        wp::assign(var_31, var_112);
        wp::assign(var_32, var_113);
        wp::assign(var_33, var_114);
        wp::assign(var_66, var_125);
        wp::assign(var_71, var_130);
        wp::assign(var_73, var_132);
        goto start_for_2;
    end_for_2:;
    // for k in range(3):                                                                     <L 54>
    var_144 = wp::range(var_143);
    start_for_4:;
        if (iter_cmp(var_144) == 0) goto end_for_4;
        var_145 = wp::iter_next(var_144);
        // gi = bx + i                                                                        <L 55>
        var_146 = wp::add(var_8, var_26);
        // gj = by + j                                                                        <L 56>
        var_147 = wp::add(var_13, var_142);
        // gk = bz + k                                                                        <L 57>
        var_148 = wp::add(var_18, var_145);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_151 = (var_146 < var_150);
        var_149 = var_151;
        if (!var_149) {
            var_153 = (var_147 < var_152);
            var_149 = var_149 || var_153;
        }
        if (!var_149) {
            var_155 = (var_148 < var_154);
            var_149 = var_149 || var_155;
        }
        if (!var_149) {
            var_156 = &(var_grid_v.shape);
            var_159 = wp::load(var_156);
            var_158 = wp::extract(var_159, var_157);
            var_160 = (var_146 >= var_158);
            var_149 = var_149 || var_160;
        }
        if (!var_149) {
            var_161 = &(var_grid_v.shape);
            var_164 = wp::load(var_161);
            var_163 = wp::extract(var_164, var_162);
            var_165 = (var_147 >= var_163);
            var_149 = var_149 || var_165;
        }
        if (!var_149) {
            var_166 = &(var_grid_v.shape);
            var_169 = wp::load(var_166);
            var_168 = wp::extract(var_169, var_167);
            var_170 = (var_148 >= var_168);
            var_149 = var_149 || var_170;
        }
        if (var_149) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_146);
            wp::assign(var_32, var_147);
            wp::assign(var_33, var_148);
            goto start_for_4;
        }
        var_171 = wp::where(var_149, var_31, var_146);
        var_172 = wp::where(var_149, var_32, var_147);
        var_173 = wp::where(var_149, var_33, var_148);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_175 = wp::extract(var_23, var_174);
        var_176 = bspline_w_0(var_175, var_26);
        var_178 = wp::extract(var_23, var_177);
        var_179 = bspline_w_0(var_178, var_142);
        var_180 = wp::mul(var_176, var_179);
        var_182 = wp::extract(var_23, var_181);
        var_183 = bspline_w_0(var_182, var_145);
        var_184 = wp::mul(var_180, var_183);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_185 = wp::float(var_26);
        var_186 = wp::float(var_142);
        var_187 = wp::float(var_145);
        var_188 = wp::vec_t<3, wp::float32>(var_185, var_186, var_187);
        var_189 = wp::sub(var_188, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_190 = wp::address(var_grid_v, var_171, var_172, var_173);
        var_192 = wp::load(var_190);
        var_191 = wp::copy(var_192);
        // new_v += gv * w                                                                    <L 63>
        var_193 = wp::mul(var_191, var_184);
        var_194 = wp::add(var_24, var_193);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_195 = wp::outer(var_191, var_189);
        var_197 = wp::mul(var_196, var_inv_dx);
        var_198 = wp::mul(var_197, var_184);
        var_199 = wp::mul(var_195, var_198);
        var_200 = wp::add(var_25, var_199);
        wp::assign(var_24, var_194);
        wp::assign(var_25, var_200);
        wp::assign(var_31, var_171);
        wp::assign(var_32, var_172);
        wp::assign(var_33, var_173);
        wp::assign(var_66, var_184);
        wp::assign(var_71, var_189);
        wp::assign(var_73, var_191);
        goto start_for_4;
    end_for_4:;
    // for j in range(3):                                                                     <L 53>
    // for k in range(3):                                                                     <L 54>
    var_204 = wp::range(var_203);
    start_for_6:;
        if (iter_cmp(var_204) == 0) goto end_for_6;
        var_205 = wp::iter_next(var_204);
        // gi = bx + i                                                                        <L 55>
        var_206 = wp::add(var_8, var_201);
        // gj = by + j                                                                        <L 56>
        var_207 = wp::add(var_13, var_202);
        // gk = bz + k                                                                        <L 57>
        var_208 = wp::add(var_18, var_205);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_211 = (var_206 < var_210);
        var_209 = var_211;
        if (!var_209) {
            var_213 = (var_207 < var_212);
            var_209 = var_209 || var_213;
        }
        if (!var_209) {
            var_215 = (var_208 < var_214);
            var_209 = var_209 || var_215;
        }
        if (!var_209) {
            var_216 = &(var_grid_v.shape);
            var_219 = wp::load(var_216);
            var_218 = wp::extract(var_219, var_217);
            var_220 = (var_206 >= var_218);
            var_209 = var_209 || var_220;
        }
        if (!var_209) {
            var_221 = &(var_grid_v.shape);
            var_224 = wp::load(var_221);
            var_223 = wp::extract(var_224, var_222);
            var_225 = (var_207 >= var_223);
            var_209 = var_209 || var_225;
        }
        if (!var_209) {
            var_226 = &(var_grid_v.shape);
            var_229 = wp::load(var_226);
            var_228 = wp::extract(var_229, var_227);
            var_230 = (var_208 >= var_228);
            var_209 = var_209 || var_230;
        }
        if (var_209) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_206);
            wp::assign(var_32, var_207);
            wp::assign(var_33, var_208);
            goto start_for_6;
        }
        var_231 = wp::where(var_209, var_31, var_206);
        var_232 = wp::where(var_209, var_32, var_207);
        var_233 = wp::where(var_209, var_33, var_208);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_235 = wp::extract(var_23, var_234);
        var_236 = bspline_w_0(var_235, var_201);
        var_238 = wp::extract(var_23, var_237);
        var_239 = bspline_w_0(var_238, var_202);
        var_240 = wp::mul(var_236, var_239);
        var_242 = wp::extract(var_23, var_241);
        var_243 = bspline_w_0(var_242, var_205);
        var_244 = wp::mul(var_240, var_243);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_245 = wp::float(var_201);
        var_246 = wp::float(var_202);
        var_247 = wp::float(var_205);
        var_248 = wp::vec_t<3, wp::float32>(var_245, var_246, var_247);
        var_249 = wp::sub(var_248, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_250 = wp::address(var_grid_v, var_231, var_232, var_233);
        var_252 = wp::load(var_250);
        var_251 = wp::copy(var_252);
        // new_v += gv * w                                                                    <L 63>
        var_253 = wp::mul(var_251, var_244);
        var_254 = wp::add(var_24, var_253);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_255 = wp::outer(var_251, var_249);
        var_257 = wp::mul(var_256, var_inv_dx);
        var_258 = wp::mul(var_257, var_244);
        var_259 = wp::mul(var_255, var_258);
        var_260 = wp::add(var_25, var_259);
        wp::assign(var_24, var_254);
        wp::assign(var_25, var_260);
        wp::assign(var_31, var_231);
        wp::assign(var_32, var_232);
        wp::assign(var_33, var_233);
        wp::assign(var_66, var_244);
        wp::assign(var_71, var_249);
        wp::assign(var_73, var_251);
        goto start_for_6;
    end_for_6:;
    // for k in range(3):                                                                     <L 54>
    var_263 = wp::range(var_262);
    start_for_8:;
        if (iter_cmp(var_263) == 0) goto end_for_8;
        var_264 = wp::iter_next(var_263);
        // gi = bx + i                                                                        <L 55>
        var_265 = wp::add(var_8, var_201);
        // gj = by + j                                                                        <L 56>
        var_266 = wp::add(var_13, var_261);
        // gk = bz + k                                                                        <L 57>
        var_267 = wp::add(var_18, var_264);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_270 = (var_265 < var_269);
        var_268 = var_270;
        if (!var_268) {
            var_272 = (var_266 < var_271);
            var_268 = var_268 || var_272;
        }
        if (!var_268) {
            var_274 = (var_267 < var_273);
            var_268 = var_268 || var_274;
        }
        if (!var_268) {
            var_275 = &(var_grid_v.shape);
            var_278 = wp::load(var_275);
            var_277 = wp::extract(var_278, var_276);
            var_279 = (var_265 >= var_277);
            var_268 = var_268 || var_279;
        }
        if (!var_268) {
            var_280 = &(var_grid_v.shape);
            var_283 = wp::load(var_280);
            var_282 = wp::extract(var_283, var_281);
            var_284 = (var_266 >= var_282);
            var_268 = var_268 || var_284;
        }
        if (!var_268) {
            var_285 = &(var_grid_v.shape);
            var_288 = wp::load(var_285);
            var_287 = wp::extract(var_288, var_286);
            var_289 = (var_267 >= var_287);
            var_268 = var_268 || var_289;
        }
        if (var_268) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_265);
            wp::assign(var_32, var_266);
            wp::assign(var_33, var_267);
            goto start_for_8;
        }
        var_290 = wp::where(var_268, var_31, var_265);
        var_291 = wp::where(var_268, var_32, var_266);
        var_292 = wp::where(var_268, var_33, var_267);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_294 = wp::extract(var_23, var_293);
        var_295 = bspline_w_0(var_294, var_201);
        var_297 = wp::extract(var_23, var_296);
        var_298 = bspline_w_0(var_297, var_261);
        var_299 = wp::mul(var_295, var_298);
        var_301 = wp::extract(var_23, var_300);
        var_302 = bspline_w_0(var_301, var_264);
        var_303 = wp::mul(var_299, var_302);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_304 = wp::float(var_201);
        var_305 = wp::float(var_261);
        var_306 = wp::float(var_264);
        var_307 = wp::vec_t<3, wp::float32>(var_304, var_305, var_306);
        var_308 = wp::sub(var_307, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_309 = wp::address(var_grid_v, var_290, var_291, var_292);
        var_311 = wp::load(var_309);
        var_310 = wp::copy(var_311);
        // new_v += gv * w                                                                    <L 63>
        var_312 = wp::mul(var_310, var_303);
        var_313 = wp::add(var_24, var_312);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_314 = wp::outer(var_310, var_308);
        var_316 = wp::mul(var_315, var_inv_dx);
        var_317 = wp::mul(var_316, var_303);
        var_318 = wp::mul(var_314, var_317);
        var_319 = wp::add(var_25, var_318);
        wp::assign(var_24, var_313);
        wp::assign(var_25, var_319);
        wp::assign(var_31, var_290);
        wp::assign(var_32, var_291);
        wp::assign(var_33, var_292);
        wp::assign(var_66, var_303);
        wp::assign(var_71, var_308);
        wp::assign(var_73, var_310);
        goto start_for_8;
    end_for_8:;
    // for k in range(3):                                                                     <L 54>
    var_322 = wp::range(var_321);
    start_for_10:;
        if (iter_cmp(var_322) == 0) goto end_for_10;
        var_323 = wp::iter_next(var_322);
        // gi = bx + i                                                                        <L 55>
        var_324 = wp::add(var_8, var_201);
        // gj = by + j                                                                        <L 56>
        var_325 = wp::add(var_13, var_320);
        // gk = bz + k                                                                        <L 57>
        var_326 = wp::add(var_18, var_323);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_329 = (var_324 < var_328);
        var_327 = var_329;
        if (!var_327) {
            var_331 = (var_325 < var_330);
            var_327 = var_327 || var_331;
        }
        if (!var_327) {
            var_333 = (var_326 < var_332);
            var_327 = var_327 || var_333;
        }
        if (!var_327) {
            var_334 = &(var_grid_v.shape);
            var_337 = wp::load(var_334);
            var_336 = wp::extract(var_337, var_335);
            var_338 = (var_324 >= var_336);
            var_327 = var_327 || var_338;
        }
        if (!var_327) {
            var_339 = &(var_grid_v.shape);
            var_342 = wp::load(var_339);
            var_341 = wp::extract(var_342, var_340);
            var_343 = (var_325 >= var_341);
            var_327 = var_327 || var_343;
        }
        if (!var_327) {
            var_344 = &(var_grid_v.shape);
            var_347 = wp::load(var_344);
            var_346 = wp::extract(var_347, var_345);
            var_348 = (var_326 >= var_346);
            var_327 = var_327 || var_348;
        }
        if (var_327) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_324);
            wp::assign(var_32, var_325);
            wp::assign(var_33, var_326);
            goto start_for_10;
        }
        var_349 = wp::where(var_327, var_31, var_324);
        var_350 = wp::where(var_327, var_32, var_325);
        var_351 = wp::where(var_327, var_33, var_326);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_353 = wp::extract(var_23, var_352);
        var_354 = bspline_w_0(var_353, var_201);
        var_356 = wp::extract(var_23, var_355);
        var_357 = bspline_w_0(var_356, var_320);
        var_358 = wp::mul(var_354, var_357);
        var_360 = wp::extract(var_23, var_359);
        var_361 = bspline_w_0(var_360, var_323);
        var_362 = wp::mul(var_358, var_361);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_363 = wp::float(var_201);
        var_364 = wp::float(var_320);
        var_365 = wp::float(var_323);
        var_366 = wp::vec_t<3, wp::float32>(var_363, var_364, var_365);
        var_367 = wp::sub(var_366, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_368 = wp::address(var_grid_v, var_349, var_350, var_351);
        var_370 = wp::load(var_368);
        var_369 = wp::copy(var_370);
        // new_v += gv * w                                                                    <L 63>
        var_371 = wp::mul(var_369, var_362);
        var_372 = wp::add(var_24, var_371);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_373 = wp::outer(var_369, var_367);
        var_375 = wp::mul(var_374, var_inv_dx);
        var_376 = wp::mul(var_375, var_362);
        var_377 = wp::mul(var_373, var_376);
        var_378 = wp::add(var_25, var_377);
        wp::assign(var_24, var_372);
        wp::assign(var_25, var_378);
        wp::assign(var_31, var_349);
        wp::assign(var_32, var_350);
        wp::assign(var_33, var_351);
        wp::assign(var_66, var_362);
        wp::assign(var_71, var_367);
        wp::assign(var_73, var_369);
        goto start_for_10;
    end_for_10:;
    // for j in range(3):                                                                     <L 53>
    // for k in range(3):                                                                     <L 54>
    var_382 = wp::range(var_381);
    start_for_12:;
        if (iter_cmp(var_382) == 0) goto end_for_12;
        var_383 = wp::iter_next(var_382);
        // gi = bx + i                                                                        <L 55>
        var_384 = wp::add(var_8, var_379);
        // gj = by + j                                                                        <L 56>
        var_385 = wp::add(var_13, var_380);
        // gk = bz + k                                                                        <L 57>
        var_386 = wp::add(var_18, var_383);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_389 = (var_384 < var_388);
        var_387 = var_389;
        if (!var_387) {
            var_391 = (var_385 < var_390);
            var_387 = var_387 || var_391;
        }
        if (!var_387) {
            var_393 = (var_386 < var_392);
            var_387 = var_387 || var_393;
        }
        if (!var_387) {
            var_394 = &(var_grid_v.shape);
            var_397 = wp::load(var_394);
            var_396 = wp::extract(var_397, var_395);
            var_398 = (var_384 >= var_396);
            var_387 = var_387 || var_398;
        }
        if (!var_387) {
            var_399 = &(var_grid_v.shape);
            var_402 = wp::load(var_399);
            var_401 = wp::extract(var_402, var_400);
            var_403 = (var_385 >= var_401);
            var_387 = var_387 || var_403;
        }
        if (!var_387) {
            var_404 = &(var_grid_v.shape);
            var_407 = wp::load(var_404);
            var_406 = wp::extract(var_407, var_405);
            var_408 = (var_386 >= var_406);
            var_387 = var_387 || var_408;
        }
        if (var_387) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_384);
            wp::assign(var_32, var_385);
            wp::assign(var_33, var_386);
            goto start_for_12;
        }
        var_409 = wp::where(var_387, var_31, var_384);
        var_410 = wp::where(var_387, var_32, var_385);
        var_411 = wp::where(var_387, var_33, var_386);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_413 = wp::extract(var_23, var_412);
        var_414 = bspline_w_0(var_413, var_379);
        var_416 = wp::extract(var_23, var_415);
        var_417 = bspline_w_0(var_416, var_380);
        var_418 = wp::mul(var_414, var_417);
        var_420 = wp::extract(var_23, var_419);
        var_421 = bspline_w_0(var_420, var_383);
        var_422 = wp::mul(var_418, var_421);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_423 = wp::float(var_379);
        var_424 = wp::float(var_380);
        var_425 = wp::float(var_383);
        var_426 = wp::vec_t<3, wp::float32>(var_423, var_424, var_425);
        var_427 = wp::sub(var_426, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_428 = wp::address(var_grid_v, var_409, var_410, var_411);
        var_430 = wp::load(var_428);
        var_429 = wp::copy(var_430);
        // new_v += gv * w                                                                    <L 63>
        var_431 = wp::mul(var_429, var_422);
        var_432 = wp::add(var_24, var_431);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_433 = wp::outer(var_429, var_427);
        var_435 = wp::mul(var_434, var_inv_dx);
        var_436 = wp::mul(var_435, var_422);
        var_437 = wp::mul(var_433, var_436);
        var_438 = wp::add(var_25, var_437);
        wp::assign(var_24, var_432);
        wp::assign(var_25, var_438);
        wp::assign(var_31, var_409);
        wp::assign(var_32, var_410);
        wp::assign(var_33, var_411);
        wp::assign(var_66, var_422);
        wp::assign(var_71, var_427);
        wp::assign(var_73, var_429);
        goto start_for_12;
    end_for_12:;
    // for k in range(3):                                                                     <L 54>
    var_441 = wp::range(var_440);
    start_for_14:;
        if (iter_cmp(var_441) == 0) goto end_for_14;
        var_442 = wp::iter_next(var_441);
        // gi = bx + i                                                                        <L 55>
        var_443 = wp::add(var_8, var_379);
        // gj = by + j                                                                        <L 56>
        var_444 = wp::add(var_13, var_439);
        // gk = bz + k                                                                        <L 57>
        var_445 = wp::add(var_18, var_442);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_448 = (var_443 < var_447);
        var_446 = var_448;
        if (!var_446) {
            var_450 = (var_444 < var_449);
            var_446 = var_446 || var_450;
        }
        if (!var_446) {
            var_452 = (var_445 < var_451);
            var_446 = var_446 || var_452;
        }
        if (!var_446) {
            var_453 = &(var_grid_v.shape);
            var_456 = wp::load(var_453);
            var_455 = wp::extract(var_456, var_454);
            var_457 = (var_443 >= var_455);
            var_446 = var_446 || var_457;
        }
        if (!var_446) {
            var_458 = &(var_grid_v.shape);
            var_461 = wp::load(var_458);
            var_460 = wp::extract(var_461, var_459);
            var_462 = (var_444 >= var_460);
            var_446 = var_446 || var_462;
        }
        if (!var_446) {
            var_463 = &(var_grid_v.shape);
            var_466 = wp::load(var_463);
            var_465 = wp::extract(var_466, var_464);
            var_467 = (var_445 >= var_465);
            var_446 = var_446 || var_467;
        }
        if (var_446) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_443);
            wp::assign(var_32, var_444);
            wp::assign(var_33, var_445);
            goto start_for_14;
        }
        var_468 = wp::where(var_446, var_31, var_443);
        var_469 = wp::where(var_446, var_32, var_444);
        var_470 = wp::where(var_446, var_33, var_445);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_472 = wp::extract(var_23, var_471);
        var_473 = bspline_w_0(var_472, var_379);
        var_475 = wp::extract(var_23, var_474);
        var_476 = bspline_w_0(var_475, var_439);
        var_477 = wp::mul(var_473, var_476);
        var_479 = wp::extract(var_23, var_478);
        var_480 = bspline_w_0(var_479, var_442);
        var_481 = wp::mul(var_477, var_480);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_482 = wp::float(var_379);
        var_483 = wp::float(var_439);
        var_484 = wp::float(var_442);
        var_485 = wp::vec_t<3, wp::float32>(var_482, var_483, var_484);
        var_486 = wp::sub(var_485, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_487 = wp::address(var_grid_v, var_468, var_469, var_470);
        var_489 = wp::load(var_487);
        var_488 = wp::copy(var_489);
        // new_v += gv * w                                                                    <L 63>
        var_490 = wp::mul(var_488, var_481);
        var_491 = wp::add(var_24, var_490);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_492 = wp::outer(var_488, var_486);
        var_494 = wp::mul(var_493, var_inv_dx);
        var_495 = wp::mul(var_494, var_481);
        var_496 = wp::mul(var_492, var_495);
        var_497 = wp::add(var_25, var_496);
        wp::assign(var_24, var_491);
        wp::assign(var_25, var_497);
        wp::assign(var_31, var_468);
        wp::assign(var_32, var_469);
        wp::assign(var_33, var_470);
        wp::assign(var_66, var_481);
        wp::assign(var_71, var_486);
        wp::assign(var_73, var_488);
        goto start_for_14;
    end_for_14:;
    // for k in range(3):                                                                     <L 54>
    var_500 = wp::range(var_499);
    start_for_16:;
        if (iter_cmp(var_500) == 0) goto end_for_16;
        var_501 = wp::iter_next(var_500);
        // gi = bx + i                                                                        <L 55>
        var_502 = wp::add(var_8, var_379);
        // gj = by + j                                                                        <L 56>
        var_503 = wp::add(var_13, var_498);
        // gk = bz + k                                                                        <L 57>
        var_504 = wp::add(var_18, var_501);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_507 = (var_502 < var_506);
        var_505 = var_507;
        if (!var_505) {
            var_509 = (var_503 < var_508);
            var_505 = var_505 || var_509;
        }
        if (!var_505) {
            var_511 = (var_504 < var_510);
            var_505 = var_505 || var_511;
        }
        if (!var_505) {
            var_512 = &(var_grid_v.shape);
            var_515 = wp::load(var_512);
            var_514 = wp::extract(var_515, var_513);
            var_516 = (var_502 >= var_514);
            var_505 = var_505 || var_516;
        }
        if (!var_505) {
            var_517 = &(var_grid_v.shape);
            var_520 = wp::load(var_517);
            var_519 = wp::extract(var_520, var_518);
            var_521 = (var_503 >= var_519);
            var_505 = var_505 || var_521;
        }
        if (!var_505) {
            var_522 = &(var_grid_v.shape);
            var_525 = wp::load(var_522);
            var_524 = wp::extract(var_525, var_523);
            var_526 = (var_504 >= var_524);
            var_505 = var_505 || var_526;
        }
        if (var_505) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_502);
            wp::assign(var_32, var_503);
            wp::assign(var_33, var_504);
            goto start_for_16;
        }
        var_527 = wp::where(var_505, var_31, var_502);
        var_528 = wp::where(var_505, var_32, var_503);
        var_529 = wp::where(var_505, var_33, var_504);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_531 = wp::extract(var_23, var_530);
        var_532 = bspline_w_0(var_531, var_379);
        var_534 = wp::extract(var_23, var_533);
        var_535 = bspline_w_0(var_534, var_498);
        var_536 = wp::mul(var_532, var_535);
        var_538 = wp::extract(var_23, var_537);
        var_539 = bspline_w_0(var_538, var_501);
        var_540 = wp::mul(var_536, var_539);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_541 = wp::float(var_379);
        var_542 = wp::float(var_498);
        var_543 = wp::float(var_501);
        var_544 = wp::vec_t<3, wp::float32>(var_541, var_542, var_543);
        var_545 = wp::sub(var_544, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_546 = wp::address(var_grid_v, var_527, var_528, var_529);
        var_548 = wp::load(var_546);
        var_547 = wp::copy(var_548);
        // new_v += gv * w                                                                    <L 63>
        var_549 = wp::mul(var_547, var_540);
        var_550 = wp::add(var_24, var_549);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_551 = wp::outer(var_547, var_545);
        var_553 = wp::mul(var_552, var_inv_dx);
        var_554 = wp::mul(var_553, var_540);
        var_555 = wp::mul(var_551, var_554);
        var_556 = wp::add(var_25, var_555);
        wp::assign(var_24, var_550);
        wp::assign(var_25, var_556);
        wp::assign(var_31, var_527);
        wp::assign(var_32, var_528);
        wp::assign(var_33, var_529);
        wp::assign(var_66, var_540);
        wp::assign(var_71, var_545);
        wp::assign(var_73, var_547);
        goto start_for_16;
    end_for_16:;
    // v[p] = new_v                                                                           <L 65>
    wp::array_store(var_v, var_0, var_24);
    // C[p] = new_C                                                                           <L 66>
    wp::array_store(var_C, var_0, var_25);
    // x[p] = x[p] + new_v * dt                                                               <L 67>
    var_557 = wp::address(var_x, var_0);
    var_558 = wp::mul(var_24, var_dt);
    var_560 = wp::load(var_557);
    var_559 = wp::add(var_560, var_558);
    wp::array_store(var_x, var_0, var_559);
    // Fp = (wp.identity(n=3, dtype=float) + new_C * dt) * F[p]                               <L 68>
    var_562 = wp::identity<3, wp::float32>();
    var_563 = wp::mul(var_25, var_dt);
    var_564 = wp::add(var_562, var_563);
    var_565 = wp::address(var_F, var_0);
    var_567 = wp::load(var_565);
    var_566 = wp::mul(var_564, var_567);
    // if plastic:                                                                            <L 69>
    if (var_plastic) {
        // Fp, ratio = clamp_singular_values(Fp, 1.0 - theta_c, 1.0 + theta_s)                <L 70>
        var_569 = wp::sub(var_568, var_theta_c);
        var_571 = wp::add(var_570, var_theta_s);
        clamp_singular_values_0(var_566, var_569, var_571, var_572, var_573);
        // Jp[p] = wp.clamp(Jp[p] * ratio, 0.6, 20.0)                                         <L 71>
        var_574 = wp::address(var_Jp, var_0);
        var_576 = wp::load(var_574);
        var_575 = wp::mul(var_576, var_573);
        var_579 = wp::clamp(var_575, var_577, var_578);
        wp::array_store(var_Jp, var_0, var_579);
    }
    var_580 = wp::where(var_plastic, var_572, var_566);
    // F[p] = Fp                                                                              <L 72>
    wp::array_store(var_F, var_0, var_580);
}



extern "C" {

// Python CPU entry points
WP_API void g2p_9d502983_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_g2p_9d502983 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        g2p_9d502983_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_clear_grid_e75ddff1 {
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
    wp::array_t<wp::float32> grid_m;
};


void clear_grid_e75ddff1_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_clear_grid_e75ddff1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    //---------
    // forward
    // def clear_grid(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float)):       <L 76>
    // i, j, k = wp.tid()                                                                     <L 77>
    builtin_tid3d(var_0, var_1, var_2);
    // grid_v[i, j, k] = wp.vec3()                                                            <L 78>
    var_3 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_grid_v, var_0, var_1, var_2, var_3);
    // grid_m[i, j, k] = 0.0                                                                  <L 79>
    wp::array_store(var_grid_m, var_0, var_1, var_2, var_4);
}



extern "C" {

// Python CPU entry points
WP_API void clear_grid_e75ddff1_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_clear_grid_e75ddff1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        clear_grid_e75ddff1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

