
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
    wp::launch_bounds_t dim,
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
    const wp::int32 var_34 = 0;
    bool var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    wp::shape_t* var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    wp::shape_t var_43;
    bool var_44;
    wp::shape_t* var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::shape_t var_48;
    bool var_49;
    wp::shape_t* var_50;
    const wp::int32 var_51 = 2;
    wp::int32 var_52;
    wp::shape_t var_53;
    bool var_54;
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
    wp::vec_t<3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    const wp::float32 var_79 = 4.0;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    wp::mat_t<3, 3, wp::float32> var_83;
    const wp::float32 var_84 = 4.0;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::mat_t<3, 3, wp::float32> var_88;
    const wp::int32 var_89 = 1;
    const wp::int32 var_90 = 3;
    wp::range_t var_91;
    wp::int32 var_92;
    wp::int32 var_93;
    wp::int32 var_94;
    wp::int32 var_95;
    const wp::int32 var_96 = 0;
    bool var_97;
    const wp::int32 var_98 = 0;
    bool var_99;
    const wp::int32 var_100 = 0;
    bool var_101;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 0;
    wp::int32 var_104;
    wp::shape_t var_105;
    bool var_106;
    wp::shape_t* var_107;
    const wp::int32 var_108 = 1;
    wp::int32 var_109;
    wp::shape_t var_110;
    bool var_111;
    wp::shape_t* var_112;
    const wp::int32 var_113 = 2;
    wp::int32 var_114;
    wp::shape_t var_115;
    bool var_116;
    bool var_117;
    wp::int32 var_118;
    wp::int32 var_119;
    wp::int32 var_120;
    const wp::int32 var_121 = 0;
    wp::float32 var_122;
    wp::float32 var_123;
    const wp::int32 var_124 = 1;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    const wp::int32 var_128 = 2;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::vec_t<3, wp::float32> var_135;
    wp::vec_t<3, wp::float32> var_136;
    wp::vec_t<3, wp::float32>* var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    wp::vec_t<3, wp::float32> var_142;
    wp::mat_t<3, 3, wp::float32> var_143;
    const wp::float32 var_144 = 4.0;
    wp::float32 var_145;
    wp::float32 var_146;
    wp::mat_t<3, 3, wp::float32> var_147;
    wp::mat_t<3, 3, wp::float32> var_148;
    const wp::float32 var_149 = 4.0;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::mat_t<3, 3, wp::float32> var_152;
    wp::mat_t<3, 3, wp::float32> var_153;
    const wp::int32 var_154 = 2;
    const wp::int32 var_155 = 3;
    wp::range_t var_156;
    wp::int32 var_157;
    wp::int32 var_158;
    wp::int32 var_159;
    wp::int32 var_160;
    const wp::int32 var_161 = 0;
    bool var_162;
    const wp::int32 var_163 = 0;
    bool var_164;
    const wp::int32 var_165 = 0;
    bool var_166;
    wp::shape_t* var_167;
    const wp::int32 var_168 = 0;
    wp::int32 var_169;
    wp::shape_t var_170;
    bool var_171;
    wp::shape_t* var_172;
    const wp::int32 var_173 = 1;
    wp::int32 var_174;
    wp::shape_t var_175;
    bool var_176;
    wp::shape_t* var_177;
    const wp::int32 var_178 = 2;
    wp::int32 var_179;
    wp::shape_t var_180;
    bool var_181;
    bool var_182;
    wp::int32 var_183;
    wp::int32 var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 0;
    wp::float32 var_187;
    wp::float32 var_188;
    const wp::int32 var_189 = 1;
    wp::float32 var_190;
    wp::float32 var_191;
    wp::float32 var_192;
    const wp::int32 var_193 = 2;
    wp::float32 var_194;
    wp::float32 var_195;
    wp::float32 var_196;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::float32 var_199;
    wp::vec_t<3, wp::float32> var_200;
    wp::vec_t<3, wp::float32> var_201;
    wp::vec_t<3, wp::float32>* var_202;
    wp::vec_t<3, wp::float32> var_203;
    wp::vec_t<3, wp::float32> var_204;
    wp::vec_t<3, wp::float32> var_205;
    wp::vec_t<3, wp::float32> var_206;
    wp::vec_t<3, wp::float32> var_207;
    wp::mat_t<3, 3, wp::float32> var_208;
    const wp::float32 var_209 = 4.0;
    wp::float32 var_210;
    wp::float32 var_211;
    wp::mat_t<3, 3, wp::float32> var_212;
    wp::mat_t<3, 3, wp::float32> var_213;
    const wp::float32 var_214 = 4.0;
    wp::float32 var_215;
    wp::float32 var_216;
    wp::mat_t<3, 3, wp::float32> var_217;
    wp::mat_t<3, 3, wp::float32> var_218;
    const wp::int32 var_219 = 1;
    const wp::int32 var_220 = 0;
    const wp::int32 var_221 = 3;
    wp::range_t var_222;
    wp::int32 var_223;
    wp::int32 var_224;
    wp::int32 var_225;
    wp::int32 var_226;
    const wp::int32 var_227 = 0;
    bool var_228;
    const wp::int32 var_229 = 0;
    bool var_230;
    const wp::int32 var_231 = 0;
    bool var_232;
    wp::shape_t* var_233;
    const wp::int32 var_234 = 0;
    wp::int32 var_235;
    wp::shape_t var_236;
    bool var_237;
    wp::shape_t* var_238;
    const wp::int32 var_239 = 1;
    wp::int32 var_240;
    wp::shape_t var_241;
    bool var_242;
    wp::shape_t* var_243;
    const wp::int32 var_244 = 2;
    wp::int32 var_245;
    wp::shape_t var_246;
    bool var_247;
    bool var_248;
    wp::int32 var_249;
    wp::int32 var_250;
    wp::int32 var_251;
    const wp::int32 var_252 = 0;
    wp::float32 var_253;
    wp::float32 var_254;
    const wp::int32 var_255 = 1;
    wp::float32 var_256;
    wp::float32 var_257;
    wp::float32 var_258;
    const wp::int32 var_259 = 2;
    wp::float32 var_260;
    wp::float32 var_261;
    wp::float32 var_262;
    wp::float32 var_263;
    wp::float32 var_264;
    wp::float32 var_265;
    wp::vec_t<3, wp::float32> var_266;
    wp::vec_t<3, wp::float32> var_267;
    wp::vec_t<3, wp::float32>* var_268;
    wp::vec_t<3, wp::float32> var_269;
    wp::vec_t<3, wp::float32> var_270;
    wp::vec_t<3, wp::float32> var_271;
    wp::vec_t<3, wp::float32> var_272;
    wp::vec_t<3, wp::float32> var_273;
    wp::mat_t<3, 3, wp::float32> var_274;
    const wp::float32 var_275 = 4.0;
    wp::float32 var_276;
    wp::float32 var_277;
    wp::mat_t<3, 3, wp::float32> var_278;
    wp::mat_t<3, 3, wp::float32> var_279;
    const wp::float32 var_280 = 4.0;
    wp::float32 var_281;
    wp::float32 var_282;
    wp::mat_t<3, 3, wp::float32> var_283;
    wp::mat_t<3, 3, wp::float32> var_284;
    const wp::int32 var_285 = 1;
    const wp::int32 var_286 = 3;
    wp::range_t var_287;
    wp::int32 var_288;
    wp::int32 var_289;
    wp::int32 var_290;
    wp::int32 var_291;
    const wp::int32 var_292 = 0;
    bool var_293;
    const wp::int32 var_294 = 0;
    bool var_295;
    const wp::int32 var_296 = 0;
    bool var_297;
    wp::shape_t* var_298;
    const wp::int32 var_299 = 0;
    wp::int32 var_300;
    wp::shape_t var_301;
    bool var_302;
    wp::shape_t* var_303;
    const wp::int32 var_304 = 1;
    wp::int32 var_305;
    wp::shape_t var_306;
    bool var_307;
    wp::shape_t* var_308;
    const wp::int32 var_309 = 2;
    wp::int32 var_310;
    wp::shape_t var_311;
    bool var_312;
    bool var_313;
    wp::int32 var_314;
    wp::int32 var_315;
    wp::int32 var_316;
    const wp::int32 var_317 = 0;
    wp::float32 var_318;
    wp::float32 var_319;
    const wp::int32 var_320 = 1;
    wp::float32 var_321;
    wp::float32 var_322;
    wp::float32 var_323;
    const wp::int32 var_324 = 2;
    wp::float32 var_325;
    wp::float32 var_326;
    wp::float32 var_327;
    wp::float32 var_328;
    wp::float32 var_329;
    wp::float32 var_330;
    wp::vec_t<3, wp::float32> var_331;
    wp::vec_t<3, wp::float32> var_332;
    wp::vec_t<3, wp::float32>* var_333;
    wp::vec_t<3, wp::float32> var_334;
    wp::vec_t<3, wp::float32> var_335;
    wp::vec_t<3, wp::float32> var_336;
    wp::vec_t<3, wp::float32> var_337;
    wp::vec_t<3, wp::float32> var_338;
    wp::mat_t<3, 3, wp::float32> var_339;
    const wp::float32 var_340 = 4.0;
    wp::float32 var_341;
    wp::float32 var_342;
    wp::mat_t<3, 3, wp::float32> var_343;
    wp::mat_t<3, 3, wp::float32> var_344;
    const wp::float32 var_345 = 4.0;
    wp::float32 var_346;
    wp::float32 var_347;
    wp::mat_t<3, 3, wp::float32> var_348;
    wp::mat_t<3, 3, wp::float32> var_349;
    const wp::int32 var_350 = 2;
    const wp::int32 var_351 = 3;
    wp::range_t var_352;
    wp::int32 var_353;
    wp::int32 var_354;
    wp::int32 var_355;
    wp::int32 var_356;
    const wp::int32 var_357 = 0;
    bool var_358;
    const wp::int32 var_359 = 0;
    bool var_360;
    const wp::int32 var_361 = 0;
    bool var_362;
    wp::shape_t* var_363;
    const wp::int32 var_364 = 0;
    wp::int32 var_365;
    wp::shape_t var_366;
    bool var_367;
    wp::shape_t* var_368;
    const wp::int32 var_369 = 1;
    wp::int32 var_370;
    wp::shape_t var_371;
    bool var_372;
    wp::shape_t* var_373;
    const wp::int32 var_374 = 2;
    wp::int32 var_375;
    wp::shape_t var_376;
    bool var_377;
    bool var_378;
    wp::int32 var_379;
    wp::int32 var_380;
    wp::int32 var_381;
    const wp::int32 var_382 = 0;
    wp::float32 var_383;
    wp::float32 var_384;
    const wp::int32 var_385 = 1;
    wp::float32 var_386;
    wp::float32 var_387;
    wp::float32 var_388;
    const wp::int32 var_389 = 2;
    wp::float32 var_390;
    wp::float32 var_391;
    wp::float32 var_392;
    wp::float32 var_393;
    wp::float32 var_394;
    wp::float32 var_395;
    wp::vec_t<3, wp::float32> var_396;
    wp::vec_t<3, wp::float32> var_397;
    wp::vec_t<3, wp::float32>* var_398;
    wp::vec_t<3, wp::float32> var_399;
    wp::vec_t<3, wp::float32> var_400;
    wp::vec_t<3, wp::float32> var_401;
    wp::vec_t<3, wp::float32> var_402;
    wp::vec_t<3, wp::float32> var_403;
    wp::mat_t<3, 3, wp::float32> var_404;
    const wp::float32 var_405 = 4.0;
    wp::float32 var_406;
    wp::float32 var_407;
    wp::mat_t<3, 3, wp::float32> var_408;
    wp::mat_t<3, 3, wp::float32> var_409;
    const wp::float32 var_410 = 4.0;
    wp::float32 var_411;
    wp::float32 var_412;
    wp::mat_t<3, 3, wp::float32> var_413;
    wp::mat_t<3, 3, wp::float32> var_414;
    const wp::int32 var_415 = 2;
    const wp::int32 var_416 = 0;
    const wp::int32 var_417 = 3;
    wp::range_t var_418;
    wp::int32 var_419;
    wp::int32 var_420;
    wp::int32 var_421;
    wp::int32 var_422;
    const wp::int32 var_423 = 0;
    bool var_424;
    const wp::int32 var_425 = 0;
    bool var_426;
    const wp::int32 var_427 = 0;
    bool var_428;
    wp::shape_t* var_429;
    const wp::int32 var_430 = 0;
    wp::int32 var_431;
    wp::shape_t var_432;
    bool var_433;
    wp::shape_t* var_434;
    const wp::int32 var_435 = 1;
    wp::int32 var_436;
    wp::shape_t var_437;
    bool var_438;
    wp::shape_t* var_439;
    const wp::int32 var_440 = 2;
    wp::int32 var_441;
    wp::shape_t var_442;
    bool var_443;
    bool var_444;
    wp::int32 var_445;
    wp::int32 var_446;
    wp::int32 var_447;
    const wp::int32 var_448 = 0;
    wp::float32 var_449;
    wp::float32 var_450;
    const wp::int32 var_451 = 1;
    wp::float32 var_452;
    wp::float32 var_453;
    wp::float32 var_454;
    const wp::int32 var_455 = 2;
    wp::float32 var_456;
    wp::float32 var_457;
    wp::float32 var_458;
    wp::float32 var_459;
    wp::float32 var_460;
    wp::float32 var_461;
    wp::vec_t<3, wp::float32> var_462;
    wp::vec_t<3, wp::float32> var_463;
    wp::vec_t<3, wp::float32>* var_464;
    wp::vec_t<3, wp::float32> var_465;
    wp::vec_t<3, wp::float32> var_466;
    wp::vec_t<3, wp::float32> var_467;
    wp::vec_t<3, wp::float32> var_468;
    wp::vec_t<3, wp::float32> var_469;
    wp::mat_t<3, 3, wp::float32> var_470;
    const wp::float32 var_471 = 4.0;
    wp::float32 var_472;
    wp::float32 var_473;
    wp::mat_t<3, 3, wp::float32> var_474;
    wp::mat_t<3, 3, wp::float32> var_475;
    const wp::float32 var_476 = 4.0;
    wp::float32 var_477;
    wp::float32 var_478;
    wp::mat_t<3, 3, wp::float32> var_479;
    wp::mat_t<3, 3, wp::float32> var_480;
    const wp::int32 var_481 = 1;
    const wp::int32 var_482 = 3;
    wp::range_t var_483;
    wp::int32 var_484;
    wp::int32 var_485;
    wp::int32 var_486;
    wp::int32 var_487;
    const wp::int32 var_488 = 0;
    bool var_489;
    const wp::int32 var_490 = 0;
    bool var_491;
    const wp::int32 var_492 = 0;
    bool var_493;
    wp::shape_t* var_494;
    const wp::int32 var_495 = 0;
    wp::int32 var_496;
    wp::shape_t var_497;
    bool var_498;
    wp::shape_t* var_499;
    const wp::int32 var_500 = 1;
    wp::int32 var_501;
    wp::shape_t var_502;
    bool var_503;
    wp::shape_t* var_504;
    const wp::int32 var_505 = 2;
    wp::int32 var_506;
    wp::shape_t var_507;
    bool var_508;
    bool var_509;
    wp::int32 var_510;
    wp::int32 var_511;
    wp::int32 var_512;
    const wp::int32 var_513 = 0;
    wp::float32 var_514;
    wp::float32 var_515;
    const wp::int32 var_516 = 1;
    wp::float32 var_517;
    wp::float32 var_518;
    wp::float32 var_519;
    const wp::int32 var_520 = 2;
    wp::float32 var_521;
    wp::float32 var_522;
    wp::float32 var_523;
    wp::float32 var_524;
    wp::float32 var_525;
    wp::float32 var_526;
    wp::vec_t<3, wp::float32> var_527;
    wp::vec_t<3, wp::float32> var_528;
    wp::vec_t<3, wp::float32>* var_529;
    wp::vec_t<3, wp::float32> var_530;
    wp::vec_t<3, wp::float32> var_531;
    wp::vec_t<3, wp::float32> var_532;
    wp::vec_t<3, wp::float32> var_533;
    wp::vec_t<3, wp::float32> var_534;
    wp::mat_t<3, 3, wp::float32> var_535;
    const wp::float32 var_536 = 4.0;
    wp::float32 var_537;
    wp::float32 var_538;
    wp::mat_t<3, 3, wp::float32> var_539;
    wp::mat_t<3, 3, wp::float32> var_540;
    const wp::float32 var_541 = 4.0;
    wp::float32 var_542;
    wp::float32 var_543;
    wp::mat_t<3, 3, wp::float32> var_544;
    wp::mat_t<3, 3, wp::float32> var_545;
    const wp::int32 var_546 = 2;
    const wp::int32 var_547 = 3;
    wp::range_t var_548;
    wp::int32 var_549;
    wp::int32 var_550;
    wp::int32 var_551;
    wp::int32 var_552;
    const wp::int32 var_553 = 0;
    bool var_554;
    const wp::int32 var_555 = 0;
    bool var_556;
    const wp::int32 var_557 = 0;
    bool var_558;
    wp::shape_t* var_559;
    const wp::int32 var_560 = 0;
    wp::int32 var_561;
    wp::shape_t var_562;
    bool var_563;
    wp::shape_t* var_564;
    const wp::int32 var_565 = 1;
    wp::int32 var_566;
    wp::shape_t var_567;
    bool var_568;
    wp::shape_t* var_569;
    const wp::int32 var_570 = 2;
    wp::int32 var_571;
    wp::shape_t var_572;
    bool var_573;
    bool var_574;
    wp::int32 var_575;
    wp::int32 var_576;
    wp::int32 var_577;
    const wp::int32 var_578 = 0;
    wp::float32 var_579;
    wp::float32 var_580;
    const wp::int32 var_581 = 1;
    wp::float32 var_582;
    wp::float32 var_583;
    wp::float32 var_584;
    const wp::int32 var_585 = 2;
    wp::float32 var_586;
    wp::float32 var_587;
    wp::float32 var_588;
    wp::float32 var_589;
    wp::float32 var_590;
    wp::float32 var_591;
    wp::vec_t<3, wp::float32> var_592;
    wp::vec_t<3, wp::float32> var_593;
    wp::vec_t<3, wp::float32>* var_594;
    wp::vec_t<3, wp::float32> var_595;
    wp::vec_t<3, wp::float32> var_596;
    wp::vec_t<3, wp::float32> var_597;
    wp::vec_t<3, wp::float32> var_598;
    wp::vec_t<3, wp::float32> var_599;
    wp::mat_t<3, 3, wp::float32> var_600;
    const wp::float32 var_601 = 4.0;
    wp::float32 var_602;
    wp::float32 var_603;
    wp::mat_t<3, 3, wp::float32> var_604;
    wp::mat_t<3, 3, wp::float32> var_605;
    const wp::float32 var_606 = 4.0;
    wp::float32 var_607;
    wp::float32 var_608;
    wp::mat_t<3, 3, wp::float32> var_609;
    wp::mat_t<3, 3, wp::float32> var_610;
    wp::vec_t<3, wp::float32>* var_611;
    wp::vec_t<3, wp::float32> var_612;
    wp::vec_t<3, wp::float32> var_613;
    wp::vec_t<3, wp::float32> var_614;
    const wp::int32 var_615 = 3;
    wp::mat_t<3, 3, wp::float32> var_616;
    wp::mat_t<3, 3, wp::float32> var_617;
    wp::mat_t<3, 3, wp::float32> var_618;
    wp::mat_t<3, 3, wp::float32>* var_619;
    wp::mat_t<3, 3, wp::float32> var_620;
    wp::mat_t<3, 3, wp::float32> var_621;
    const wp::float32 var_622 = 1.0;
    wp::float32 var_623;
    const wp::float32 var_624 = 1.0;
    wp::float32 var_625;
    wp::mat_t<3, 3, wp::float32> var_626;
    wp::float32 var_627;
    wp::float32* var_628;
    wp::float32 var_629;
    wp::float32 var_630;
    const wp::float32 var_631 = 0.6;
    const wp::float32 var_632 = 20.0;
    wp::float32 var_633;
    wp::mat_t<3, 3, wp::float32> var_634;
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
        var_35 = (var_31 < var_34);
        var_37 = (var_32 < var_36);
        var_39 = (var_33 < var_38);
        var_40 = &(var_grid_v.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = (var_31 >= var_42);
        var_45 = &(var_grid_v.shape);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_49 = (var_32 >= var_47);
        var_50 = &(var_grid_v.shape);
        var_53 = wp::load(var_50);
        var_52 = wp::extract(var_53, var_51);
        var_54 = (var_33 >= var_52);
        var_55 = var_35 || var_37 || var_39 || var_44 || var_49 || var_54;
        if (var_55) {
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
        var_76 = wp::mul(var_73, var_66);
        var_77 = wp::add(var_24, var_76);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_78 = wp::outer(var_73, var_71);
        var_80 = wp::mul(var_79, var_inv_dx);
        var_81 = wp::mul(var_80, var_66);
        var_82 = wp::mul(var_78, var_81);
        var_83 = wp::outer(var_73, var_71);
        var_85 = wp::mul(var_84, var_inv_dx);
        var_86 = wp::mul(var_85, var_66);
        var_87 = wp::mul(var_83, var_86);
        var_88 = wp::add(var_25, var_87);
        wp::assign(var_24, var_77);
        wp::assign(var_25, var_88);
        goto start_for_0;
    end_for_0:;
    // for k in range(3):                                                                     <L 54>
    var_91 = wp::range(var_90);
    start_for_2:;
        if (iter_cmp(var_91) == 0) goto end_for_2;
        var_92 = wp::iter_next(var_91);
        // gi = bx + i                                                                        <L 55>
        var_93 = wp::add(var_8, var_26);
        // gj = by + j                                                                        <L 56>
        var_94 = wp::add(var_13, var_89);
        // gk = bz + k                                                                        <L 57>
        var_95 = wp::add(var_18, var_92);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_97 = (var_93 < var_96);
        var_99 = (var_94 < var_98);
        var_101 = (var_95 < var_100);
        var_102 = &(var_grid_v.shape);
        var_105 = wp::load(var_102);
        var_104 = wp::extract(var_105, var_103);
        var_106 = (var_93 >= var_104);
        var_107 = &(var_grid_v.shape);
        var_110 = wp::load(var_107);
        var_109 = wp::extract(var_110, var_108);
        var_111 = (var_94 >= var_109);
        var_112 = &(var_grid_v.shape);
        var_115 = wp::load(var_112);
        var_114 = wp::extract(var_115, var_113);
        var_116 = (var_95 >= var_114);
        var_117 = var_97 || var_99 || var_101 || var_106 || var_111 || var_116;
        if (var_117) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_93);
            wp::assign(var_32, var_94);
            wp::assign(var_33, var_95);
            goto start_for_2;
        }
        var_118 = wp::where(var_117, var_31, var_93);
        var_119 = wp::where(var_117, var_32, var_94);
        var_120 = wp::where(var_117, var_33, var_95);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_122 = wp::extract(var_23, var_121);
        var_123 = bspline_w_0(var_122, var_26);
        var_125 = wp::extract(var_23, var_124);
        var_126 = bspline_w_0(var_125, var_89);
        var_127 = wp::mul(var_123, var_126);
        var_129 = wp::extract(var_23, var_128);
        var_130 = bspline_w_0(var_129, var_92);
        var_131 = wp::mul(var_127, var_130);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_132 = wp::float(var_26);
        var_133 = wp::float(var_89);
        var_134 = wp::float(var_92);
        var_135 = wp::vec_t<3, wp::float32>(var_132, var_133, var_134);
        var_136 = wp::sub(var_135, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_137 = wp::address(var_grid_v, var_118, var_119, var_120);
        var_139 = wp::load(var_137);
        var_138 = wp::copy(var_139);
        // new_v += gv * w                                                                    <L 63>
        var_140 = wp::mul(var_138, var_131);
        var_141 = wp::mul(var_138, var_131);
        var_142 = wp::add(var_24, var_141);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_143 = wp::outer(var_138, var_136);
        var_145 = wp::mul(var_144, var_inv_dx);
        var_146 = wp::mul(var_145, var_131);
        var_147 = wp::mul(var_143, var_146);
        var_148 = wp::outer(var_138, var_136);
        var_150 = wp::mul(var_149, var_inv_dx);
        var_151 = wp::mul(var_150, var_131);
        var_152 = wp::mul(var_148, var_151);
        var_153 = wp::add(var_25, var_152);
        wp::assign(var_24, var_142);
        wp::assign(var_25, var_153);
        wp::assign(var_31, var_118);
        wp::assign(var_32, var_119);
        wp::assign(var_33, var_120);
        wp::assign(var_66, var_131);
        wp::assign(var_71, var_136);
        wp::assign(var_73, var_138);
        goto start_for_2;
    end_for_2:;
    // for k in range(3):                                                                     <L 54>
    var_156 = wp::range(var_155);
    start_for_4:;
        if (iter_cmp(var_156) == 0) goto end_for_4;
        var_157 = wp::iter_next(var_156);
        // gi = bx + i                                                                        <L 55>
        var_158 = wp::add(var_8, var_26);
        // gj = by + j                                                                        <L 56>
        var_159 = wp::add(var_13, var_154);
        // gk = bz + k                                                                        <L 57>
        var_160 = wp::add(var_18, var_157);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_162 = (var_158 < var_161);
        var_164 = (var_159 < var_163);
        var_166 = (var_160 < var_165);
        var_167 = &(var_grid_v.shape);
        var_170 = wp::load(var_167);
        var_169 = wp::extract(var_170, var_168);
        var_171 = (var_158 >= var_169);
        var_172 = &(var_grid_v.shape);
        var_175 = wp::load(var_172);
        var_174 = wp::extract(var_175, var_173);
        var_176 = (var_159 >= var_174);
        var_177 = &(var_grid_v.shape);
        var_180 = wp::load(var_177);
        var_179 = wp::extract(var_180, var_178);
        var_181 = (var_160 >= var_179);
        var_182 = var_162 || var_164 || var_166 || var_171 || var_176 || var_181;
        if (var_182) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_158);
            wp::assign(var_32, var_159);
            wp::assign(var_33, var_160);
            goto start_for_4;
        }
        var_183 = wp::where(var_182, var_31, var_158);
        var_184 = wp::where(var_182, var_32, var_159);
        var_185 = wp::where(var_182, var_33, var_160);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_187 = wp::extract(var_23, var_186);
        var_188 = bspline_w_0(var_187, var_26);
        var_190 = wp::extract(var_23, var_189);
        var_191 = bspline_w_0(var_190, var_154);
        var_192 = wp::mul(var_188, var_191);
        var_194 = wp::extract(var_23, var_193);
        var_195 = bspline_w_0(var_194, var_157);
        var_196 = wp::mul(var_192, var_195);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_197 = wp::float(var_26);
        var_198 = wp::float(var_154);
        var_199 = wp::float(var_157);
        var_200 = wp::vec_t<3, wp::float32>(var_197, var_198, var_199);
        var_201 = wp::sub(var_200, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_202 = wp::address(var_grid_v, var_183, var_184, var_185);
        var_204 = wp::load(var_202);
        var_203 = wp::copy(var_204);
        // new_v += gv * w                                                                    <L 63>
        var_205 = wp::mul(var_203, var_196);
        var_206 = wp::mul(var_203, var_196);
        var_207 = wp::add(var_24, var_206);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_208 = wp::outer(var_203, var_201);
        var_210 = wp::mul(var_209, var_inv_dx);
        var_211 = wp::mul(var_210, var_196);
        var_212 = wp::mul(var_208, var_211);
        var_213 = wp::outer(var_203, var_201);
        var_215 = wp::mul(var_214, var_inv_dx);
        var_216 = wp::mul(var_215, var_196);
        var_217 = wp::mul(var_213, var_216);
        var_218 = wp::add(var_25, var_217);
        wp::assign(var_24, var_207);
        wp::assign(var_25, var_218);
        wp::assign(var_31, var_183);
        wp::assign(var_32, var_184);
        wp::assign(var_33, var_185);
        wp::assign(var_66, var_196);
        wp::assign(var_71, var_201);
        wp::assign(var_73, var_203);
        goto start_for_4;
    end_for_4:;
    // for j in range(3):                                                                     <L 53>
    // for k in range(3):                                                                     <L 54>
    var_222 = wp::range(var_221);
    start_for_6:;
        if (iter_cmp(var_222) == 0) goto end_for_6;
        var_223 = wp::iter_next(var_222);
        // gi = bx + i                                                                        <L 55>
        var_224 = wp::add(var_8, var_219);
        // gj = by + j                                                                        <L 56>
        var_225 = wp::add(var_13, var_220);
        // gk = bz + k                                                                        <L 57>
        var_226 = wp::add(var_18, var_223);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_228 = (var_224 < var_227);
        var_230 = (var_225 < var_229);
        var_232 = (var_226 < var_231);
        var_233 = &(var_grid_v.shape);
        var_236 = wp::load(var_233);
        var_235 = wp::extract(var_236, var_234);
        var_237 = (var_224 >= var_235);
        var_238 = &(var_grid_v.shape);
        var_241 = wp::load(var_238);
        var_240 = wp::extract(var_241, var_239);
        var_242 = (var_225 >= var_240);
        var_243 = &(var_grid_v.shape);
        var_246 = wp::load(var_243);
        var_245 = wp::extract(var_246, var_244);
        var_247 = (var_226 >= var_245);
        var_248 = var_228 || var_230 || var_232 || var_237 || var_242 || var_247;
        if (var_248) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_224);
            wp::assign(var_32, var_225);
            wp::assign(var_33, var_226);
            goto start_for_6;
        }
        var_249 = wp::where(var_248, var_31, var_224);
        var_250 = wp::where(var_248, var_32, var_225);
        var_251 = wp::where(var_248, var_33, var_226);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_253 = wp::extract(var_23, var_252);
        var_254 = bspline_w_0(var_253, var_219);
        var_256 = wp::extract(var_23, var_255);
        var_257 = bspline_w_0(var_256, var_220);
        var_258 = wp::mul(var_254, var_257);
        var_260 = wp::extract(var_23, var_259);
        var_261 = bspline_w_0(var_260, var_223);
        var_262 = wp::mul(var_258, var_261);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_263 = wp::float(var_219);
        var_264 = wp::float(var_220);
        var_265 = wp::float(var_223);
        var_266 = wp::vec_t<3, wp::float32>(var_263, var_264, var_265);
        var_267 = wp::sub(var_266, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_268 = wp::address(var_grid_v, var_249, var_250, var_251);
        var_270 = wp::load(var_268);
        var_269 = wp::copy(var_270);
        // new_v += gv * w                                                                    <L 63>
        var_271 = wp::mul(var_269, var_262);
        var_272 = wp::mul(var_269, var_262);
        var_273 = wp::add(var_24, var_272);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_274 = wp::outer(var_269, var_267);
        var_276 = wp::mul(var_275, var_inv_dx);
        var_277 = wp::mul(var_276, var_262);
        var_278 = wp::mul(var_274, var_277);
        var_279 = wp::outer(var_269, var_267);
        var_281 = wp::mul(var_280, var_inv_dx);
        var_282 = wp::mul(var_281, var_262);
        var_283 = wp::mul(var_279, var_282);
        var_284 = wp::add(var_25, var_283);
        wp::assign(var_24, var_273);
        wp::assign(var_25, var_284);
        wp::assign(var_31, var_249);
        wp::assign(var_32, var_250);
        wp::assign(var_33, var_251);
        wp::assign(var_66, var_262);
        wp::assign(var_71, var_267);
        wp::assign(var_73, var_269);
        goto start_for_6;
    end_for_6:;
    // for k in range(3):                                                                     <L 54>
    var_287 = wp::range(var_286);
    start_for_8:;
        if (iter_cmp(var_287) == 0) goto end_for_8;
        var_288 = wp::iter_next(var_287);
        // gi = bx + i                                                                        <L 55>
        var_289 = wp::add(var_8, var_219);
        // gj = by + j                                                                        <L 56>
        var_290 = wp::add(var_13, var_285);
        // gk = bz + k                                                                        <L 57>
        var_291 = wp::add(var_18, var_288);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_293 = (var_289 < var_292);
        var_295 = (var_290 < var_294);
        var_297 = (var_291 < var_296);
        var_298 = &(var_grid_v.shape);
        var_301 = wp::load(var_298);
        var_300 = wp::extract(var_301, var_299);
        var_302 = (var_289 >= var_300);
        var_303 = &(var_grid_v.shape);
        var_306 = wp::load(var_303);
        var_305 = wp::extract(var_306, var_304);
        var_307 = (var_290 >= var_305);
        var_308 = &(var_grid_v.shape);
        var_311 = wp::load(var_308);
        var_310 = wp::extract(var_311, var_309);
        var_312 = (var_291 >= var_310);
        var_313 = var_293 || var_295 || var_297 || var_302 || var_307 || var_312;
        if (var_313) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_289);
            wp::assign(var_32, var_290);
            wp::assign(var_33, var_291);
            goto start_for_8;
        }
        var_314 = wp::where(var_313, var_31, var_289);
        var_315 = wp::where(var_313, var_32, var_290);
        var_316 = wp::where(var_313, var_33, var_291);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_318 = wp::extract(var_23, var_317);
        var_319 = bspline_w_0(var_318, var_219);
        var_321 = wp::extract(var_23, var_320);
        var_322 = bspline_w_0(var_321, var_285);
        var_323 = wp::mul(var_319, var_322);
        var_325 = wp::extract(var_23, var_324);
        var_326 = bspline_w_0(var_325, var_288);
        var_327 = wp::mul(var_323, var_326);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_328 = wp::float(var_219);
        var_329 = wp::float(var_285);
        var_330 = wp::float(var_288);
        var_331 = wp::vec_t<3, wp::float32>(var_328, var_329, var_330);
        var_332 = wp::sub(var_331, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_333 = wp::address(var_grid_v, var_314, var_315, var_316);
        var_335 = wp::load(var_333);
        var_334 = wp::copy(var_335);
        // new_v += gv * w                                                                    <L 63>
        var_336 = wp::mul(var_334, var_327);
        var_337 = wp::mul(var_334, var_327);
        var_338 = wp::add(var_24, var_337);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_339 = wp::outer(var_334, var_332);
        var_341 = wp::mul(var_340, var_inv_dx);
        var_342 = wp::mul(var_341, var_327);
        var_343 = wp::mul(var_339, var_342);
        var_344 = wp::outer(var_334, var_332);
        var_346 = wp::mul(var_345, var_inv_dx);
        var_347 = wp::mul(var_346, var_327);
        var_348 = wp::mul(var_344, var_347);
        var_349 = wp::add(var_25, var_348);
        wp::assign(var_24, var_338);
        wp::assign(var_25, var_349);
        wp::assign(var_31, var_314);
        wp::assign(var_32, var_315);
        wp::assign(var_33, var_316);
        wp::assign(var_66, var_327);
        wp::assign(var_71, var_332);
        wp::assign(var_73, var_334);
        goto start_for_8;
    end_for_8:;
    // for k in range(3):                                                                     <L 54>
    var_352 = wp::range(var_351);
    start_for_10:;
        if (iter_cmp(var_352) == 0) goto end_for_10;
        var_353 = wp::iter_next(var_352);
        // gi = bx + i                                                                        <L 55>
        var_354 = wp::add(var_8, var_219);
        // gj = by + j                                                                        <L 56>
        var_355 = wp::add(var_13, var_350);
        // gk = bz + k                                                                        <L 57>
        var_356 = wp::add(var_18, var_353);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_358 = (var_354 < var_357);
        var_360 = (var_355 < var_359);
        var_362 = (var_356 < var_361);
        var_363 = &(var_grid_v.shape);
        var_366 = wp::load(var_363);
        var_365 = wp::extract(var_366, var_364);
        var_367 = (var_354 >= var_365);
        var_368 = &(var_grid_v.shape);
        var_371 = wp::load(var_368);
        var_370 = wp::extract(var_371, var_369);
        var_372 = (var_355 >= var_370);
        var_373 = &(var_grid_v.shape);
        var_376 = wp::load(var_373);
        var_375 = wp::extract(var_376, var_374);
        var_377 = (var_356 >= var_375);
        var_378 = var_358 || var_360 || var_362 || var_367 || var_372 || var_377;
        if (var_378) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_354);
            wp::assign(var_32, var_355);
            wp::assign(var_33, var_356);
            goto start_for_10;
        }
        var_379 = wp::where(var_378, var_31, var_354);
        var_380 = wp::where(var_378, var_32, var_355);
        var_381 = wp::where(var_378, var_33, var_356);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_383 = wp::extract(var_23, var_382);
        var_384 = bspline_w_0(var_383, var_219);
        var_386 = wp::extract(var_23, var_385);
        var_387 = bspline_w_0(var_386, var_350);
        var_388 = wp::mul(var_384, var_387);
        var_390 = wp::extract(var_23, var_389);
        var_391 = bspline_w_0(var_390, var_353);
        var_392 = wp::mul(var_388, var_391);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_393 = wp::float(var_219);
        var_394 = wp::float(var_350);
        var_395 = wp::float(var_353);
        var_396 = wp::vec_t<3, wp::float32>(var_393, var_394, var_395);
        var_397 = wp::sub(var_396, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_398 = wp::address(var_grid_v, var_379, var_380, var_381);
        var_400 = wp::load(var_398);
        var_399 = wp::copy(var_400);
        // new_v += gv * w                                                                    <L 63>
        var_401 = wp::mul(var_399, var_392);
        var_402 = wp::mul(var_399, var_392);
        var_403 = wp::add(var_24, var_402);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_404 = wp::outer(var_399, var_397);
        var_406 = wp::mul(var_405, var_inv_dx);
        var_407 = wp::mul(var_406, var_392);
        var_408 = wp::mul(var_404, var_407);
        var_409 = wp::outer(var_399, var_397);
        var_411 = wp::mul(var_410, var_inv_dx);
        var_412 = wp::mul(var_411, var_392);
        var_413 = wp::mul(var_409, var_412);
        var_414 = wp::add(var_25, var_413);
        wp::assign(var_24, var_403);
        wp::assign(var_25, var_414);
        wp::assign(var_31, var_379);
        wp::assign(var_32, var_380);
        wp::assign(var_33, var_381);
        wp::assign(var_66, var_392);
        wp::assign(var_71, var_397);
        wp::assign(var_73, var_399);
        goto start_for_10;
    end_for_10:;
    // for j in range(3):                                                                     <L 53>
    // for k in range(3):                                                                     <L 54>
    var_418 = wp::range(var_417);
    start_for_12:;
        if (iter_cmp(var_418) == 0) goto end_for_12;
        var_419 = wp::iter_next(var_418);
        // gi = bx + i                                                                        <L 55>
        var_420 = wp::add(var_8, var_415);
        // gj = by + j                                                                        <L 56>
        var_421 = wp::add(var_13, var_416);
        // gk = bz + k                                                                        <L 57>
        var_422 = wp::add(var_18, var_419);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_424 = (var_420 < var_423);
        var_426 = (var_421 < var_425);
        var_428 = (var_422 < var_427);
        var_429 = &(var_grid_v.shape);
        var_432 = wp::load(var_429);
        var_431 = wp::extract(var_432, var_430);
        var_433 = (var_420 >= var_431);
        var_434 = &(var_grid_v.shape);
        var_437 = wp::load(var_434);
        var_436 = wp::extract(var_437, var_435);
        var_438 = (var_421 >= var_436);
        var_439 = &(var_grid_v.shape);
        var_442 = wp::load(var_439);
        var_441 = wp::extract(var_442, var_440);
        var_443 = (var_422 >= var_441);
        var_444 = var_424 || var_426 || var_428 || var_433 || var_438 || var_443;
        if (var_444) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_420);
            wp::assign(var_32, var_421);
            wp::assign(var_33, var_422);
            goto start_for_12;
        }
        var_445 = wp::where(var_444, var_31, var_420);
        var_446 = wp::where(var_444, var_32, var_421);
        var_447 = wp::where(var_444, var_33, var_422);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_449 = wp::extract(var_23, var_448);
        var_450 = bspline_w_0(var_449, var_415);
        var_452 = wp::extract(var_23, var_451);
        var_453 = bspline_w_0(var_452, var_416);
        var_454 = wp::mul(var_450, var_453);
        var_456 = wp::extract(var_23, var_455);
        var_457 = bspline_w_0(var_456, var_419);
        var_458 = wp::mul(var_454, var_457);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_459 = wp::float(var_415);
        var_460 = wp::float(var_416);
        var_461 = wp::float(var_419);
        var_462 = wp::vec_t<3, wp::float32>(var_459, var_460, var_461);
        var_463 = wp::sub(var_462, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_464 = wp::address(var_grid_v, var_445, var_446, var_447);
        var_466 = wp::load(var_464);
        var_465 = wp::copy(var_466);
        // new_v += gv * w                                                                    <L 63>
        var_467 = wp::mul(var_465, var_458);
        var_468 = wp::mul(var_465, var_458);
        var_469 = wp::add(var_24, var_468);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_470 = wp::outer(var_465, var_463);
        var_472 = wp::mul(var_471, var_inv_dx);
        var_473 = wp::mul(var_472, var_458);
        var_474 = wp::mul(var_470, var_473);
        var_475 = wp::outer(var_465, var_463);
        var_477 = wp::mul(var_476, var_inv_dx);
        var_478 = wp::mul(var_477, var_458);
        var_479 = wp::mul(var_475, var_478);
        var_480 = wp::add(var_25, var_479);
        wp::assign(var_24, var_469);
        wp::assign(var_25, var_480);
        wp::assign(var_31, var_445);
        wp::assign(var_32, var_446);
        wp::assign(var_33, var_447);
        wp::assign(var_66, var_458);
        wp::assign(var_71, var_463);
        wp::assign(var_73, var_465);
        goto start_for_12;
    end_for_12:;
    // for k in range(3):                                                                     <L 54>
    var_483 = wp::range(var_482);
    start_for_14:;
        if (iter_cmp(var_483) == 0) goto end_for_14;
        var_484 = wp::iter_next(var_483);
        // gi = bx + i                                                                        <L 55>
        var_485 = wp::add(var_8, var_415);
        // gj = by + j                                                                        <L 56>
        var_486 = wp::add(var_13, var_481);
        // gk = bz + k                                                                        <L 57>
        var_487 = wp::add(var_18, var_484);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_489 = (var_485 < var_488);
        var_491 = (var_486 < var_490);
        var_493 = (var_487 < var_492);
        var_494 = &(var_grid_v.shape);
        var_497 = wp::load(var_494);
        var_496 = wp::extract(var_497, var_495);
        var_498 = (var_485 >= var_496);
        var_499 = &(var_grid_v.shape);
        var_502 = wp::load(var_499);
        var_501 = wp::extract(var_502, var_500);
        var_503 = (var_486 >= var_501);
        var_504 = &(var_grid_v.shape);
        var_507 = wp::load(var_504);
        var_506 = wp::extract(var_507, var_505);
        var_508 = (var_487 >= var_506);
        var_509 = var_489 || var_491 || var_493 || var_498 || var_503 || var_508;
        if (var_509) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_485);
            wp::assign(var_32, var_486);
            wp::assign(var_33, var_487);
            goto start_for_14;
        }
        var_510 = wp::where(var_509, var_31, var_485);
        var_511 = wp::where(var_509, var_32, var_486);
        var_512 = wp::where(var_509, var_33, var_487);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_514 = wp::extract(var_23, var_513);
        var_515 = bspline_w_0(var_514, var_415);
        var_517 = wp::extract(var_23, var_516);
        var_518 = bspline_w_0(var_517, var_481);
        var_519 = wp::mul(var_515, var_518);
        var_521 = wp::extract(var_23, var_520);
        var_522 = bspline_w_0(var_521, var_484);
        var_523 = wp::mul(var_519, var_522);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_524 = wp::float(var_415);
        var_525 = wp::float(var_481);
        var_526 = wp::float(var_484);
        var_527 = wp::vec_t<3, wp::float32>(var_524, var_525, var_526);
        var_528 = wp::sub(var_527, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_529 = wp::address(var_grid_v, var_510, var_511, var_512);
        var_531 = wp::load(var_529);
        var_530 = wp::copy(var_531);
        // new_v += gv * w                                                                    <L 63>
        var_532 = wp::mul(var_530, var_523);
        var_533 = wp::mul(var_530, var_523);
        var_534 = wp::add(var_24, var_533);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_535 = wp::outer(var_530, var_528);
        var_537 = wp::mul(var_536, var_inv_dx);
        var_538 = wp::mul(var_537, var_523);
        var_539 = wp::mul(var_535, var_538);
        var_540 = wp::outer(var_530, var_528);
        var_542 = wp::mul(var_541, var_inv_dx);
        var_543 = wp::mul(var_542, var_523);
        var_544 = wp::mul(var_540, var_543);
        var_545 = wp::add(var_25, var_544);
        wp::assign(var_24, var_534);
        wp::assign(var_25, var_545);
        wp::assign(var_31, var_510);
        wp::assign(var_32, var_511);
        wp::assign(var_33, var_512);
        wp::assign(var_66, var_523);
        wp::assign(var_71, var_528);
        wp::assign(var_73, var_530);
        goto start_for_14;
    end_for_14:;
    // for k in range(3):                                                                     <L 54>
    var_548 = wp::range(var_547);
    start_for_16:;
        if (iter_cmp(var_548) == 0) goto end_for_16;
        var_549 = wp::iter_next(var_548);
        // gi = bx + i                                                                        <L 55>
        var_550 = wp::add(var_8, var_415);
        // gj = by + j                                                                        <L 56>
        var_551 = wp::add(var_13, var_546);
        // gk = bz + k                                                                        <L 57>
        var_552 = wp::add(var_18, var_549);
        // if gi < 0 or gj < 0 or gk < 0 or gi >= grid_v.shape[0] or gj >= grid_v.shape[1] or gk >= grid_v.shape[2]:       <L 58>
        var_554 = (var_550 < var_553);
        var_556 = (var_551 < var_555);
        var_558 = (var_552 < var_557);
        var_559 = &(var_grid_v.shape);
        var_562 = wp::load(var_559);
        var_561 = wp::extract(var_562, var_560);
        var_563 = (var_550 >= var_561);
        var_564 = &(var_grid_v.shape);
        var_567 = wp::load(var_564);
        var_566 = wp::extract(var_567, var_565);
        var_568 = (var_551 >= var_566);
        var_569 = &(var_grid_v.shape);
        var_572 = wp::load(var_569);
        var_571 = wp::extract(var_572, var_570);
        var_573 = (var_552 >= var_571);
        var_574 = var_554 || var_556 || var_558 || var_563 || var_568 || var_573;
        if (var_574) {
            // continue                                                                       <L 59>
            wp::assign(var_31, var_550);
            wp::assign(var_32, var_551);
            wp::assign(var_33, var_552);
            goto start_for_16;
        }
        var_575 = wp::where(var_574, var_31, var_550);
        var_576 = wp::where(var_574, var_32, var_551);
        var_577 = wp::where(var_574, var_33, var_552);
        // w = bspline_w(fx[0], i) * bspline_w(fx[1], j) * bspline_w(fx[2], k)                <L 60>
        var_579 = wp::extract(var_23, var_578);
        var_580 = bspline_w_0(var_579, var_415);
        var_582 = wp::extract(var_23, var_581);
        var_583 = bspline_w_0(var_582, var_546);
        var_584 = wp::mul(var_580, var_583);
        var_586 = wp::extract(var_23, var_585);
        var_587 = bspline_w_0(var_586, var_549);
        var_588 = wp::mul(var_584, var_587);
        // dpos = wp.vec3(float(i), float(j), float(k)) - fx                                  <L 61>
        var_589 = wp::float(var_415);
        var_590 = wp::float(var_546);
        var_591 = wp::float(var_549);
        var_592 = wp::vec_t<3, wp::float32>(var_589, var_590, var_591);
        var_593 = wp::sub(var_592, var_23);
        // gv = grid_v[gi, gj, gk]                                                            <L 62>
        var_594 = wp::address(var_grid_v, var_575, var_576, var_577);
        var_596 = wp::load(var_594);
        var_595 = wp::copy(var_596);
        // new_v += gv * w                                                                    <L 63>
        var_597 = wp::mul(var_595, var_588);
        var_598 = wp::mul(var_595, var_588);
        var_599 = wp::add(var_24, var_598);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * w)                                   <L 64>
        var_600 = wp::outer(var_595, var_593);
        var_602 = wp::mul(var_601, var_inv_dx);
        var_603 = wp::mul(var_602, var_588);
        var_604 = wp::mul(var_600, var_603);
        var_605 = wp::outer(var_595, var_593);
        var_607 = wp::mul(var_606, var_inv_dx);
        var_608 = wp::mul(var_607, var_588);
        var_609 = wp::mul(var_605, var_608);
        var_610 = wp::add(var_25, var_609);
        wp::assign(var_24, var_599);
        wp::assign(var_25, var_610);
        wp::assign(var_31, var_575);
        wp::assign(var_32, var_576);
        wp::assign(var_33, var_577);
        wp::assign(var_66, var_588);
        wp::assign(var_71, var_593);
        wp::assign(var_73, var_595);
        goto start_for_16;
    end_for_16:;
    // v[p] = new_v                                                                           <L 65>
    wp::array_store(var_v, var_0, var_24);
    // C[p] = new_C                                                                           <L 66>
    wp::array_store(var_C, var_0, var_25);
    // x[p] = x[p] + new_v * dt                                                               <L 67>
    var_611 = wp::address(var_x, var_0);
    var_612 = wp::mul(var_24, var_dt);
    var_614 = wp::load(var_611);
    var_613 = wp::add(var_614, var_612);
    wp::array_store(var_x, var_0, var_613);
    // Fp = (wp.identity(n=3, dtype=float) + new_C * dt) * F[p]                               <L 68>
    var_616 = wp::identity<3, wp::float32>();
    var_617 = wp::mul(var_25, var_dt);
    var_618 = wp::add(var_616, var_617);
    var_619 = wp::address(var_F, var_0);
    var_621 = wp::load(var_619);
    var_620 = wp::mul(var_618, var_621);
    // if plastic:                                                                            <L 69>
    if (var_plastic) {
        // Fp, ratio = clamp_singular_values(Fp, 1.0 - theta_c, 1.0 + theta_s)                <L 70>
        var_623 = wp::sub(var_622, var_theta_c);
        var_625 = wp::add(var_624, var_theta_s);
        clamp_singular_values_0(var_620, var_623, var_625, var_626, var_627);
        // Jp[p] = wp.clamp(Jp[p] * ratio, 0.6, 20.0)                                         <L 71>
        var_628 = wp::address(var_Jp, var_0);
        var_630 = wp::load(var_628);
        var_629 = wp::mul(var_630, var_627);
        var_633 = wp::clamp(var_629, var_631, var_632);
        wp::array_store(var_Jp, var_0, var_633);
    }
    var_634 = wp::where(var_plastic, var_626, var_620);
    // F[p] = Fp                                                                              <L 72>
    wp::array_store(var_F, var_0, var_634);
}



extern "C" {

// Python CPU entry points
WP_API void g2p_9d502983_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_g2p_9d502983 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        g2p_9d502983_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_clear_grid_e75ddff1 {
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
    wp::array_t<wp::float32> grid_m;
};


void clear_grid_e75ddff1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
    wp_args_clear_grid_e75ddff1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_grid_e75ddff1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

