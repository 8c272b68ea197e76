#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> flat_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::int32 var_axis,
    wp::float32 var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def flat(v: Any, axis: int, c: Any):                                                   <L 1>
    // x = v[0]                                                                               <L 3>
    var_1 = wp::extract(var_v, var_0);
    // y = v[1]                                                                               <L 4>
    var_3 = wp::extract(var_v, var_2);
    // z = v[2]                                                                               <L 5>
    var_5 = wp::extract(var_v, var_4);
    // if axis == 0:                                                                          <L 6>
    var_7 = (var_axis == var_6);
    if (var_7) {
        // x = c                                                                              <L 7>
        var_8 = wp::copy(var_c);
    }
    var_9 = wp::where(var_7, var_8, var_1);
    // if axis == 1:                                                                          <L 8>
    var_11 = (var_axis == var_10);
    if (var_11) {
        // y = c                                                                              <L 9>
        var_12 = wp::copy(var_c);
    }
    var_13 = wp::where(var_11, var_12, var_3);
    // if axis == 2:                                                                          <L 10>
    var_15 = (var_axis == var_14);
    if (var_15) {
        // z = c                                                                              <L 11>
        var_16 = wp::copy(var_c);
    }
    var_17 = wp::where(var_15, var_16, var_5);
    // return type(v)(x, y, z)                                                                <L 12>
    var_18 = wp::vec_t<3, wp::float32>(var_9, var_13, var_17);
    return var_18;
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void tri_cases_0(
    wp::vec_t<3, wp::float32> var_v0,
    wp::vec_t<3, wp::float32> var_v1,
    wp::vec_t<3, wp::float32> var_v2,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::array_t<wp::int32> var_hit,
    wp::int32 var_i)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 2;
    wp::vec_t<3, wp::float32> var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::float32 var_37 = 3.0;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::float32 var_43 = 4.0;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 3;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 4;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 5;
    wp::vec_t<3, wp::float32> var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 6;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 7;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::int32 var_73;
    const wp::int32 var_74 = 2;
    wp::int32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    const wp::int32 var_82 = 2;
    wp::int32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::int32 var_88;
    wp::int32 var_89;
    const wp::int32 var_90 = 2;
    wp::int32 var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::int32 var_96;
    wp::int32 var_97;
    const wp::int32 var_98 = 8;
    const wp::int32 var_99 = 0;
    wp::float32 var_100;
    const wp::float32 var_101 = 1e-09;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 9;
    const wp::int32 var_115 = 0;
    wp::float32 var_116;
    wp::vec_t<3, wp::float32> var_117;
    wp::vec_t<3, wp::float32> var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    const wp::float32 var_121 = 0.0;
    wp::float32 var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::vec_t<3, wp::float32> var_126;
    wp::vec_t<3, wp::float32> var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 10;
    wp::int32 var_130;
    const wp::float32 var_131 = 0.25;
    wp::float32 var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    wp::vec_t<3, wp::float32> var_135;
    wp::vec_t<3, wp::float32> var_136;
    wp::vec_t<3, wp::float32> var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    wp::int32 var_142;
    const wp::int32 var_143 = 13;
    wp::int32 var_144;
    const wp::float32 var_145 = 3.0;
    wp::float32 var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    wp::vec_t<3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    wp::int32 var_156;
    const wp::float32 var_157 = 8.0;
    wp::float32 var_158;
    wp::vec_t<3, wp::float32> var_159;
    const wp::int32 var_160 = 2;
    wp::int32 var_161;
    wp::vec_t<3, wp::float32> var_162;
    wp::vec_t<3, wp::float32> var_163;
    wp::vec_t<3, wp::float32> var_164;
    wp::int32 var_165;
    wp::int32 var_166;
    const wp::int32 var_167 = 2;
    wp::int32 var_168;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    const wp::int32 var_173 = 2;
    wp::int32 var_174;
    wp::int32 var_175;
    wp::int32 var_176;
    const wp::int32 var_177 = 2;
    wp::int32 var_178;
    wp::int32 var_179;
    wp::int32 var_180;
    const wp::int32 var_181 = 2;
    wp::int32 var_182;
    wp::vec_t<3, wp::float32> var_183;
    wp::vec_t<3, wp::float32> var_184;
    wp::int32 var_185;
    wp::int32 var_186;
    const wp::int32 var_187 = 2;
    wp::int32 var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    wp::vec_t<3, wp::float32> var_192;
    wp::int32 var_193;
    wp::int32 var_194;
    const wp::int32 var_195 = 16;
    wp::int32 var_196;
    const wp::int32 var_197 = 1;
    wp::float32 var_198;
    wp::vec_t<3, wp::float32> var_199;
    wp::vec_t<3, wp::float32> var_200;
    wp::vec_t<3, wp::float32> var_201;
    wp::vec_t<3, wp::float32> var_202;
    const wp::float32 var_203 = 0.0;
    wp::float32 var_204;
    wp::vec_t<3, wp::float32> var_205;
    wp::vec_t<3, wp::float32> var_206;
    wp::vec_t<3, wp::float32> var_207;
    wp::vec_t<3, wp::float32> var_208;
    wp::vec_t<3, wp::float32> var_209;
    wp::int32 var_210;
    const wp::int32 var_211 = 10;
    wp::int32 var_212;
    const wp::float32 var_213 = 0.25;
    wp::float32 var_214;
    wp::vec_t<3, wp::float32> var_215;
    wp::vec_t<3, wp::float32> var_216;
    wp::vec_t<3, wp::float32> var_217;
    wp::vec_t<3, wp::float32> var_218;
    wp::vec_t<3, wp::float32> var_219;
    wp::vec_t<3, wp::float32> var_220;
    wp::vec_t<3, wp::float32> var_221;
    wp::vec_t<3, wp::float32> var_222;
    wp::vec_t<3, wp::float32> var_223;
    wp::int32 var_224;
    const wp::int32 var_225 = 13;
    wp::int32 var_226;
    const wp::float32 var_227 = 3.0;
    wp::float32 var_228;
    wp::vec_t<3, wp::float32> var_229;
    wp::vec_t<3, wp::float32> var_230;
    wp::vec_t<3, wp::float32> var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    wp::vec_t<3, wp::float32> var_234;
    wp::vec_t<3, wp::float32> var_235;
    wp::vec_t<3, wp::float32> var_236;
    wp::vec_t<3, wp::float32> var_237;
    wp::int32 var_238;
    const wp::float32 var_239 = 8.0;
    wp::float32 var_240;
    wp::vec_t<3, wp::float32> var_241;
    const wp::int32 var_242 = 2;
    wp::int32 var_243;
    wp::vec_t<3, wp::float32> var_244;
    wp::vec_t<3, wp::float32> var_245;
    wp::vec_t<3, wp::float32> var_246;
    wp::int32 var_247;
    wp::int32 var_248;
    const wp::int32 var_249 = 2;
    wp::int32 var_250;
    wp::vec_t<3, wp::float32> var_251;
    wp::vec_t<3, wp::float32> var_252;
    wp::int32 var_253;
    wp::int32 var_254;
    const wp::int32 var_255 = 2;
    wp::int32 var_256;
    wp::int32 var_257;
    wp::int32 var_258;
    const wp::int32 var_259 = 2;
    wp::int32 var_260;
    wp::int32 var_261;
    wp::int32 var_262;
    const wp::int32 var_263 = 2;
    wp::int32 var_264;
    wp::vec_t<3, wp::float32> var_265;
    wp::vec_t<3, wp::float32> var_266;
    wp::int32 var_267;
    wp::int32 var_268;
    const wp::int32 var_269 = 2;
    wp::int32 var_270;
    wp::vec_t<3, wp::float32> var_271;
    wp::vec_t<3, wp::float32> var_272;
    wp::vec_t<3, wp::float32> var_273;
    wp::vec_t<3, wp::float32> var_274;
    wp::int32 var_275;
    wp::int32 var_276;
    const wp::int32 var_277 = 16;
    wp::int32 var_278;
    const wp::int32 var_279 = 2;
    wp::float32 var_280;
    wp::vec_t<3, wp::float32> var_281;
    wp::vec_t<3, wp::float32> var_282;
    wp::vec_t<3, wp::float32> var_283;
    wp::vec_t<3, wp::float32> var_284;
    const wp::float32 var_285 = 0.0;
    wp::float32 var_286;
    wp::vec_t<3, wp::float32> var_287;
    wp::vec_t<3, wp::float32> var_288;
    wp::vec_t<3, wp::float32> var_289;
    wp::vec_t<3, wp::float32> var_290;
    wp::vec_t<3, wp::float32> var_291;
    wp::int32 var_292;
    const wp::int32 var_293 = 10;
    wp::int32 var_294;
    const wp::float32 var_295 = 0.25;
    wp::float32 var_296;
    wp::vec_t<3, wp::float32> var_297;
    wp::vec_t<3, wp::float32> var_298;
    wp::vec_t<3, wp::float32> var_299;
    wp::vec_t<3, wp::float32> var_300;
    wp::vec_t<3, wp::float32> var_301;
    wp::vec_t<3, wp::float32> var_302;
    wp::vec_t<3, wp::float32> var_303;
    wp::vec_t<3, wp::float32> var_304;
    wp::vec_t<3, wp::float32> var_305;
    wp::int32 var_306;
    const wp::int32 var_307 = 13;
    wp::int32 var_308;
    const wp::float32 var_309 = 3.0;
    wp::float32 var_310;
    wp::vec_t<3, wp::float32> var_311;
    wp::vec_t<3, wp::float32> var_312;
    wp::vec_t<3, wp::float32> var_313;
    wp::vec_t<3, wp::float32> var_314;
    wp::vec_t<3, wp::float32> var_315;
    wp::vec_t<3, wp::float32> var_316;
    wp::vec_t<3, wp::float32> var_317;
    wp::vec_t<3, wp::float32> var_318;
    wp::vec_t<3, wp::float32> var_319;
    wp::int32 var_320;
    const wp::float32 var_321 = 8.0;
    wp::float32 var_322;
    wp::vec_t<3, wp::float32> var_323;
    const wp::int32 var_324 = 2;
    wp::int32 var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    const wp::int32 var_331 = 2;
    wp::int32 var_332;
    wp::vec_t<3, wp::float32> var_333;
    wp::vec_t<3, wp::float32> var_334;
    wp::int32 var_335;
    wp::int32 var_336;
    const wp::int32 var_337 = 2;
    wp::int32 var_338;
    wp::int32 var_339;
    wp::int32 var_340;
    const wp::int32 var_341 = 2;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    const wp::int32 var_345 = 2;
    wp::int32 var_346;
    wp::vec_t<3, wp::float32> var_347;
    wp::vec_t<3, wp::float32> var_348;
    wp::int32 var_349;
    wp::int32 var_350;
    const wp::int32 var_351 = 2;
    wp::int32 var_352;
    wp::vec_t<3, wp::float32> var_353;
    wp::vec_t<3, wp::float32> var_354;
    wp::vec_t<3, wp::float32> var_355;
    wp::vec_t<3, wp::float32> var_356;
    wp::int32 var_357;
    wp::int32 var_358;
    const wp::int32 var_359 = 16;
    wp::int32 var_360;
    wp::vec_t<3, wp::float32> var_361;
    wp::vec_t<3, wp::float32> var_362;
    wp::vec_t<3, wp::float32> var_363;
    wp::int32 var_364;
    const wp::int32 var_365 = 2;
    wp::int32 var_366;
    wp::int32 var_367;
    wp::int32 var_368;
    const wp::int32 var_369 = 2;
    wp::int32 var_370;
    const wp::int32 var_371 = 0;
    wp::float32 var_372;
    const wp::float32 var_373 = 2.0;
    wp::float32 var_374;
    wp::vec_t<3, wp::float32> var_375;
    wp::vec_t<3, wp::float32> var_376;
    wp::vec_t<3, wp::float32> var_377;
    wp::vec_t<3, wp::float32> var_378;
    wp::int32 var_379;
    wp::int32 var_380;
    const wp::int32 var_381 = 2;
    wp::int32 var_382;
    const wp::int32 var_383 = 0;
    wp::float32 var_384;
    const wp::float32 var_385 = 2.0;
    wp::float32 var_386;
    wp::vec_t<3, wp::float32> var_387;
    wp::vec_t<3, wp::float32> var_388;
    const wp::int32 var_389 = 0;
    wp::float32 var_390;
    const wp::float32 var_391 = 2.0;
    wp::float32 var_392;
    wp::vec_t<3, wp::float32> var_393;
    wp::vec_t<3, wp::float32> var_394;
    wp::int32 var_395;
    wp::int32 var_396;
    const wp::int32 var_397 = 2;
    wp::int32 var_398;
    wp::int32 var_399;
    wp::int32 var_400;
    const wp::int32 var_401 = 19;
    //---------
    // forward
    // def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):       <L 1>
    // third = type(v0[0])(1.0 / 3.0)                                                         <L 2>
    var_1 = wp::extract(var_v0, var_0);
    var_4 = wp::div(var_2, var_3);
    var_5 = wp::float32(var_4);
    // half = type(v0[0])(0.5)                                                                <L 3>
    var_7 = wp::extract(var_v0, var_6);
    var_9 = wp::float32(var_8);
    // g = (v0 + v1 + v2) * third                                                             <L 4>
    var_10 = wp::add(var_v0, var_v1);
    var_11 = wp::add(var_10, var_v2);
    var_12 = wp::mul(var_11, var_5);
    // n = wp.cross(v1 - v0, v2 - v0)                                                         <L 5>
    var_13 = wp::sub(var_v1, var_v0);
    var_14 = wp::sub(var_v2, var_v0);
    var_15 = wp::cross(var_13, var_14);
    // e = v1 - v0                                                                            <L 6>
    var_16 = wp::sub(var_v1, var_v0);
    // hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                             <L 8>
    var_17 = wp::add(var_v0, var_p);
    var_18 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_17);
    wp::array_store(var_hit, var_i, var_19, var_18);
    // hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                                  <L 9>
    var_20 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_12);
    wp::array_store(var_hit, var_i, var_21, var_20);
    // hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                      <L 11>
    var_22 = wp::add(var_12, var_15);
    var_23 = wp::sub(var_12, var_15);
    var_24 = wp::add(var_12, var_16);
    var_25 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_22, var_23, var_24);
    wp::array_store(var_hit, var_i, var_26, var_25);
    // hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))       <L 12>
    var_27 = wp::add(var_12, var_15);
    var_29 = wp::extract(var_v0, var_28);
    var_31 = wp::float32(var_30);
    var_32 = wp::mul(var_16, var_31);
    var_33 = wp::add(var_27, var_32);
    var_34 = wp::sub(var_12, var_15);
    var_36 = wp::extract(var_v0, var_35);
    var_38 = wp::float32(var_37);
    var_39 = wp::mul(var_16, var_38);
    var_40 = wp::add(var_34, var_39);
    var_42 = wp::extract(var_v0, var_41);
    var_44 = wp::float32(var_43);
    var_45 = wp::mul(var_16, var_44);
    var_46 = wp::add(var_12, var_45);
    var_47 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_33, var_40, var_46);
    wp::array_store(var_hit, var_i, var_48, var_47);
    // hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                      <L 13>
    var_49 = wp::add(var_12, var_15);
    var_50 = wp::sub(var_12, var_15);
    var_51 = wp::add(var_12, var_16);
    var_52 = wp::intersect_tri_tri(var_49, var_50, var_51, var_v0, var_v1, var_v2);
    wp::array_store(var_hit, var_i, var_53, var_52);
    // hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)               <L 15>
    var_54 = wp::add(var_v0, var_15);
    var_55 = wp::add(var_54, var_p);
    var_56 = wp::add(var_v0, var_15);
    var_57 = wp::sub(var_56, var_p);
    var_58 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_55, var_57);
    wp::array_store(var_hit, var_i, var_59, var_58);
    // hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                           <L 16>
    var_60 = wp::add(var_v2, var_15);
    var_61 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_v1, var_60);
    wp::array_store(var_hit, var_i, var_62, var_61);
    // hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                     <L 17>
    var_63 = wp::add(var_v0, var_v1);
    var_64 = wp::sub(var_63, var_v2);
    var_65 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v1, var_v0, var_64);
    wp::array_store(var_hit, var_i, var_66, var_65);
    // w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)       <L 19>
    var_67 = wp::mul(var_15, var_9);
    var_68 = wp::add(var_v0, var_67);
    var_69 = wp::mul(var_15, var_9);
    var_70 = wp::add(var_v1, var_69);
    var_71 = wp::mul(var_15, var_9);
    var_72 = wp::add(var_v2, var_71);
    var_73 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_68, var_70, var_72);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)               <L 21>
    var_75 = wp::mul(var_73, var_74);
    var_76 = wp::add(var_v0, var_15);
    var_77 = wp::add(var_76, var_p);
    var_78 = wp::sub(var_v0, var_15);
    var_79 = wp::add(var_78, var_p);
    var_80 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_77, var_79);
    var_81 = wp::add(var_75, var_80);
    // w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)               <L 22>
    var_83 = wp::mul(var_81, var_82);
    var_84 = wp::add(var_v0, var_15);
    var_85 = wp::add(var_84, var_p);
    var_86 = wp::sub(var_v0, var_15);
    var_87 = wp::add(var_86, var_p);
    var_88 = wp::intersect_tri_tri(var_85, var_v0, var_87, var_v0, var_v1, var_v2);
    var_89 = wp::add(var_83, var_88);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)               <L 23>
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::add(var_v1, var_15);
    var_93 = wp::add(var_92, var_q);
    var_94 = wp::sub(var_v1, var_15);
    var_95 = wp::sub(var_94, var_q);
    var_96 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_93, var_95, var_v1);
    var_97 = wp::add(var_91, var_96);
    // hit[i, 8] = w                                                                          <L 24>
    wp::array_store(var_hit, var_i, var_98, var_97);
    // s = type(v0[0])(1.0e-9)                                                                <L 25>
    var_100 = wp::extract(var_v0, var_99);
    var_102 = wp::float32(var_101);
    // hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)       <L 26>
    var_103 = wp::mul(var_15, var_102);
    var_104 = wp::add(var_v0, var_103);
    var_105 = wp::mul(var_16, var_9);
    var_106 = wp::add(var_104, var_105);
    var_107 = wp::mul(var_15, var_102);
    var_108 = wp::add(var_v1, var_107);
    var_109 = wp::mul(var_16, var_9);
    var_110 = wp::add(var_108, var_109);
    var_111 = wp::mul(var_15, var_102);
    var_112 = wp::add(var_v2, var_111);
    var_113 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_106, var_110, var_112);
    wp::array_store(var_hit, var_i, var_114, var_113);
    // for axis in range(3):                                                                  <L 28>
    // c = v0[axis]                                                                           <L 29>
    var_116 = wp::extract(var_v0, var_115);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_117 = flat_0(var_v0, var_115, var_116);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_118 = flat_0(var_v1, var_115, var_116);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_119 = flat_0(var_v2, var_115, var_116);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_120 = wp::mul(var_16, var_9);
    var_122 = wp::float32(var_121);
    var_123 = flat_0(var_120, var_115, var_122);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_124 = flat_0(var_12, var_115, var_116);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_125 = wp::add(var_117, var_123);
    var_126 = wp::add(var_118, var_123);
    var_127 = wp::add(var_119, var_123);
    var_128 = wp::intersect_tri_tri(var_117, var_118, var_119, var_125, var_126, var_127);
    var_130 = wp::add(var_129, var_115);
    wp::array_store(var_hit, var_i, var_130, var_128);
    // k = type(c)(0.25)                                                                      <L 37>
    var_132 = wp::float32(var_131);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_133 = wp::sub(var_117, var_124);
    var_134 = wp::mul(var_133, var_132);
    var_135 = wp::add(var_124, var_134);
    var_136 = wp::sub(var_118, var_124);
    var_137 = wp::mul(var_136, var_132);
    var_138 = wp::add(var_124, var_137);
    var_139 = wp::sub(var_119, var_124);
    var_140 = wp::mul(var_139, var_132);
    var_141 = wp::add(var_124, var_140);
    var_142 = wp::intersect_tri_tri(var_117, var_118, var_119, var_135, var_138, var_141);
    var_144 = wp::add(var_143, var_115);
    wp::array_store(var_hit, var_i, var_144, var_142);
    // k = type(c)(3.0)                                                                       <L 39>
    var_146 = wp::float32(var_145);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_147 = wp::sub(var_117, var_124);
    var_148 = wp::mul(var_147, var_146);
    var_149 = wp::add(var_124, var_148);
    var_150 = wp::sub(var_118, var_124);
    var_151 = wp::mul(var_150, var_146);
    var_152 = wp::add(var_124, var_151);
    var_153 = wp::sub(var_119, var_124);
    var_154 = wp::mul(var_153, var_146);
    var_155 = wp::add(var_124, var_154);
    var_156 = wp::intersect_tri_tri(var_117, var_118, var_119, var_149, var_152, var_155);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_158 = wp::float32(var_157);
    var_159 = wp::mul(var_123, var_158);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_161 = wp::mul(var_156, var_160);
    var_162 = wp::add(var_117, var_159);
    var_163 = wp::add(var_118, var_159);
    var_164 = wp::add(var_119, var_159);
    var_165 = wp::intersect_tri_tri(var_117, var_118, var_119, var_162, var_163, var_164);
    var_166 = wp::add(var_161, var_165);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_168 = wp::mul(var_166, var_167);
    var_169 = wp::add(var_117, var_118);
    var_170 = wp::sub(var_169, var_119);
    var_171 = wp::intersect_tri_tri(var_117, var_118, var_119, var_118, var_117, var_170);
    var_172 = wp::add(var_168, var_171);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_174 = wp::mul(var_172, var_173);
    var_175 = wp::intersect_tri_tri(var_117, var_118, var_119, var_117, var_118, var_119);
    var_176 = wp::add(var_174, var_175);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_178 = wp::mul(var_176, var_177);
    var_179 = wp::intersect_tri_tri(var_117, var_118, var_119, var_119, var_118, var_117);
    var_180 = wp::add(var_178, var_179);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_182 = wp::mul(var_180, var_181);
    var_183 = flat_0(var_p, var_115, var_116);
    var_184 = flat_0(var_q, var_115, var_116);
    var_185 = wp::intersect_tri_tri(var_117, var_118, var_119, var_183, var_184, var_124);
    var_186 = wp::add(var_182, var_185);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_188 = wp::mul(var_186, var_187);
    var_189 = flat_0(var_p, var_115, var_116);
    var_190 = flat_0(var_q, var_115, var_116);
    var_191 = wp::add(var_v0, var_p);
    var_192 = flat_0(var_191, var_115, var_116);
    var_193 = wp::intersect_tri_tri(var_117, var_118, var_119, var_189, var_190, var_192);
    var_194 = wp::add(var_188, var_193);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_196 = wp::add(var_195, var_115);
    wp::array_store(var_hit, var_i, var_196, var_194);
    // c = v0[axis]                                                                           <L 29>
    var_198 = wp::extract(var_v0, var_197);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_199 = flat_0(var_v0, var_197, var_198);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_200 = flat_0(var_v1, var_197, var_198);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_201 = flat_0(var_v2, var_197, var_198);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_202 = wp::mul(var_16, var_9);
    var_204 = wp::float32(var_203);
    var_205 = flat_0(var_202, var_197, var_204);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_206 = flat_0(var_12, var_197, var_198);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_207 = wp::add(var_199, var_205);
    var_208 = wp::add(var_200, var_205);
    var_209 = wp::add(var_201, var_205);
    var_210 = wp::intersect_tri_tri(var_199, var_200, var_201, var_207, var_208, var_209);
    var_212 = wp::add(var_211, var_197);
    wp::array_store(var_hit, var_i, var_212, var_210);
    // k = type(c)(0.25)                                                                      <L 37>
    var_214 = wp::float32(var_213);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_215 = wp::sub(var_199, var_206);
    var_216 = wp::mul(var_215, var_214);
    var_217 = wp::add(var_206, var_216);
    var_218 = wp::sub(var_200, var_206);
    var_219 = wp::mul(var_218, var_214);
    var_220 = wp::add(var_206, var_219);
    var_221 = wp::sub(var_201, var_206);
    var_222 = wp::mul(var_221, var_214);
    var_223 = wp::add(var_206, var_222);
    var_224 = wp::intersect_tri_tri(var_199, var_200, var_201, var_217, var_220, var_223);
    var_226 = wp::add(var_225, var_197);
    wp::array_store(var_hit, var_i, var_226, var_224);
    // k = type(c)(3.0)                                                                       <L 39>
    var_228 = wp::float32(var_227);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_229 = wp::sub(var_199, var_206);
    var_230 = wp::mul(var_229, var_228);
    var_231 = wp::add(var_206, var_230);
    var_232 = wp::sub(var_200, var_206);
    var_233 = wp::mul(var_232, var_228);
    var_234 = wp::add(var_206, var_233);
    var_235 = wp::sub(var_201, var_206);
    var_236 = wp::mul(var_235, var_228);
    var_237 = wp::add(var_206, var_236);
    var_238 = wp::intersect_tri_tri(var_199, var_200, var_201, var_231, var_234, var_237);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_240 = wp::float32(var_239);
    var_241 = wp::mul(var_205, var_240);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_243 = wp::mul(var_238, var_242);
    var_244 = wp::add(var_199, var_241);
    var_245 = wp::add(var_200, var_241);
    var_246 = wp::add(var_201, var_241);
    var_247 = wp::intersect_tri_tri(var_199, var_200, var_201, var_244, var_245, var_246);
    var_248 = wp::add(var_243, var_247);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_250 = wp::mul(var_248, var_249);
    var_251 = wp::add(var_199, var_200);
    var_252 = wp::sub(var_251, var_201);
    var_253 = wp::intersect_tri_tri(var_199, var_200, var_201, var_200, var_199, var_252);
    var_254 = wp::add(var_250, var_253);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_256 = wp::mul(var_254, var_255);
    var_257 = wp::intersect_tri_tri(var_199, var_200, var_201, var_199, var_200, var_201);
    var_258 = wp::add(var_256, var_257);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_260 = wp::mul(var_258, var_259);
    var_261 = wp::intersect_tri_tri(var_199, var_200, var_201, var_201, var_200, var_199);
    var_262 = wp::add(var_260, var_261);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_264 = wp::mul(var_262, var_263);
    var_265 = flat_0(var_p, var_197, var_198);
    var_266 = flat_0(var_q, var_197, var_198);
    var_267 = wp::intersect_tri_tri(var_199, var_200, var_201, var_265, var_266, var_206);
    var_268 = wp::add(var_264, var_267);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_270 = wp::mul(var_268, var_269);
    var_271 = flat_0(var_p, var_197, var_198);
    var_272 = flat_0(var_q, var_197, var_198);
    var_273 = wp::add(var_v0, var_p);
    var_274 = flat_0(var_273, var_197, var_198);
    var_275 = wp::intersect_tri_tri(var_199, var_200, var_201, var_271, var_272, var_274);
    var_276 = wp::add(var_270, var_275);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_278 = wp::add(var_277, var_197);
    wp::array_store(var_hit, var_i, var_278, var_276);
    // c = v0[axis]                                                                           <L 29>
    var_280 = wp::extract(var_v0, var_279);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_281 = flat_0(var_v0, var_279, var_280);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_282 = flat_0(var_v1, var_279, var_280);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_283 = flat_0(var_v2, var_279, var_280);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_284 = wp::mul(var_16, var_9);
    var_286 = wp::float32(var_285);
    var_287 = flat_0(var_284, var_279, var_286);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_288 = flat_0(var_12, var_279, var_280);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_289 = wp::add(var_281, var_287);
    var_290 = wp::add(var_282, var_287);
    var_291 = wp::add(var_283, var_287);
    var_292 = wp::intersect_tri_tri(var_281, var_282, var_283, var_289, var_290, var_291);
    var_294 = wp::add(var_293, var_279);
    wp::array_store(var_hit, var_i, var_294, var_292);
    // k = type(c)(0.25)                                                                      <L 37>
    var_296 = wp::float32(var_295);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_297 = wp::sub(var_281, var_288);
    var_298 = wp::mul(var_297, var_296);
    var_299 = wp::add(var_288, var_298);
    var_300 = wp::sub(var_282, var_288);
    var_301 = wp::mul(var_300, var_296);
    var_302 = wp::add(var_288, var_301);
    var_303 = wp::sub(var_283, var_288);
    var_304 = wp::mul(var_303, var_296);
    var_305 = wp::add(var_288, var_304);
    var_306 = wp::intersect_tri_tri(var_281, var_282, var_283, var_299, var_302, var_305);
    var_308 = wp::add(var_307, var_279);
    wp::array_store(var_hit, var_i, var_308, var_306);
    // k = type(c)(3.0)                                                                       <L 39>
    var_310 = wp::float32(var_309);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_311 = wp::sub(var_281, var_288);
    var_312 = wp::mul(var_311, var_310);
    var_313 = wp::add(var_288, var_312);
    var_314 = wp::sub(var_282, var_288);
    var_315 = wp::mul(var_314, var_310);
    var_316 = wp::add(var_288, var_315);
    var_317 = wp::sub(var_283, var_288);
    var_318 = wp::mul(var_317, var_310);
    var_319 = wp::add(var_288, var_318);
    var_320 = wp::intersect_tri_tri(var_281, var_282, var_283, var_313, var_316, var_319);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_322 = wp::float32(var_321);
    var_323 = wp::mul(var_287, var_322);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_325 = wp::mul(var_320, var_324);
    var_326 = wp::add(var_281, var_323);
    var_327 = wp::add(var_282, var_323);
    var_328 = wp::add(var_283, var_323);
    var_329 = wp::intersect_tri_tri(var_281, var_282, var_283, var_326, var_327, var_328);
    var_330 = wp::add(var_325, var_329);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_332 = wp::mul(var_330, var_331);
    var_333 = wp::add(var_281, var_282);
    var_334 = wp::sub(var_333, var_283);
    var_335 = wp::intersect_tri_tri(var_281, var_282, var_283, var_282, var_281, var_334);
    var_336 = wp::add(var_332, var_335);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_338 = wp::mul(var_336, var_337);
    var_339 = wp::intersect_tri_tri(var_281, var_282, var_283, var_281, var_282, var_283);
    var_340 = wp::add(var_338, var_339);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_342 = wp::mul(var_340, var_341);
    var_343 = wp::intersect_tri_tri(var_281, var_282, var_283, var_283, var_282, var_281);
    var_344 = wp::add(var_342, var_343);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_346 = wp::mul(var_344, var_345);
    var_347 = flat_0(var_p, var_279, var_280);
    var_348 = flat_0(var_q, var_279, var_280);
    var_349 = wp::intersect_tri_tri(var_281, var_282, var_283, var_347, var_348, var_288);
    var_350 = wp::add(var_346, var_349);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_352 = wp::mul(var_350, var_351);
    var_353 = flat_0(var_p, var_279, var_280);
    var_354 = flat_0(var_q, var_279, var_280);
    var_355 = wp::add(var_v0, var_p);
    var_356 = flat_0(var_355, var_279, var_280);
    var_357 = wp::intersect_tri_tri(var_281, var_282, var_283, var_353, var_354, var_356);
    var_358 = wp::add(var_352, var_357);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_360 = wp::add(var_359, var_279);
    wp::array_store(var_hit, var_i, var_360, var_358);
    // d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                              <L 50>
    var_361 = wp::add(var_12, var_15);
    var_362 = wp::sub(var_12, var_15);
    var_363 = wp::add(var_12, var_16);
    var_364 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_361, var_362, var_363);
    // d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                               <L 51>
    var_366 = wp::mul(var_364, var_365);
    var_367 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_v0, var_v0, var_v0);
    var_368 = wp::add(var_366, var_367);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)       <L 52>
    var_370 = wp::mul(var_368, var_369);
    var_372 = wp::extract(var_v0, var_371);
    var_374 = wp::float32(var_373);
    var_375 = wp::mul(var_v1, var_374);
    var_376 = wp::sub(var_375, var_v0);
    var_377 = wp::add(var_12, var_15);
    var_378 = wp::sub(var_12, var_15);
    var_379 = wp::intersect_tri_tri(var_v0, var_v1, var_376, var_377, var_378, var_p);
    var_380 = wp::add(var_370, var_379);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)       <L 53>
    var_382 = wp::mul(var_380, var_381);
    var_384 = wp::extract(var_v0, var_383);
    var_386 = wp::float32(var_385);
    var_387 = wp::mul(var_v1, var_386);
    var_388 = wp::sub(var_387, var_v0);
    var_390 = wp::extract(var_v0, var_389);
    var_392 = wp::float32(var_391);
    var_393 = wp::mul(var_v1, var_392);
    var_394 = wp::sub(var_393, var_v0);
    var_395 = wp::intersect_tri_tri(var_v0, var_v1, var_388, var_v0, var_v1, var_394);
    var_396 = wp::add(var_382, var_395);
    // d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                                  <L 54>
    var_398 = wp::mul(var_396, var_397);
    var_399 = wp::intersect_tri_tri(var_12, var_12, var_12, var_v0, var_v1, var_v2);
    var_400 = wp::add(var_398, var_399);
    // hit[i, 19] = d                                                                         <L 55>
    wp::array_store(var_hit, var_i, var_401, var_400);
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float64> flat_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::int32 var_axis,
    wp::float64 var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    const wp::int32 var_2 = 1;
    wp::float64 var_3;
    const wp::int32 var_4 = 2;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    //---------
    // forward
    // def flat(v: Any, axis: int, c: Any):                                                   <L 1>
    // x = v[0]                                                                               <L 3>
    var_1 = wp::extract(var_v, var_0);
    // y = v[1]                                                                               <L 4>
    var_3 = wp::extract(var_v, var_2);
    // z = v[2]                                                                               <L 5>
    var_5 = wp::extract(var_v, var_4);
    // if axis == 0:                                                                          <L 6>
    var_7 = (var_axis == var_6);
    if (var_7) {
        // x = c                                                                              <L 7>
        var_8 = wp::copy(var_c);
    }
    var_9 = wp::where(var_7, var_8, var_1);
    // if axis == 1:                                                                          <L 8>
    var_11 = (var_axis == var_10);
    if (var_11) {
        // y = c                                                                              <L 9>
        var_12 = wp::copy(var_c);
    }
    var_13 = wp::where(var_11, var_12, var_3);
    // if axis == 2:                                                                          <L 10>
    var_15 = (var_axis == var_14);
    if (var_15) {
        // z = c                                                                              <L 11>
        var_16 = wp::copy(var_c);
    }
    var_17 = wp::where(var_15, var_16, var_5);
    // return type(v)(x, y, z)                                                                <L 12>
    var_18 = wp::vec_t<3, wp::float64>(var_9, var_13, var_17);
    return var_18;
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void tri_cases_0(
    wp::vec_t<3, wp::float64> var_v0,
    wp::vec_t<3, wp::float64> var_v1,
    wp::vec_t<3, wp::float64> var_v2,
    wp::vec_t<3, wp::float64> var_p,
    wp::vec_t<3, wp::float64> var_q,
    wp::array_t<wp::int32> var_hit,
    wp::int32 var_i)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::vec_t<3, wp::float64> var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::vec_t<3, wp::float64> var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 2;
    wp::vec_t<3, wp::float64> var_26;
    const wp::int32 var_27 = 0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    wp::vec_t<3, wp::float64> var_32;
    const wp::int32 var_33 = 0;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    const wp::int32 var_38 = 0;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::vec_t<3, wp::float64> var_41;
    wp::vec_t<3, wp::float64> var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 3;
    wp::vec_t<3, wp::float64> var_45;
    wp::vec_t<3, wp::float64> var_46;
    wp::vec_t<3, wp::float64> var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 4;
    wp::vec_t<3, wp::float64> var_50;
    wp::vec_t<3, wp::float64> var_51;
    wp::vec_t<3, wp::float64> var_52;
    wp::vec_t<3, wp::float64> var_53;
    wp::int32 var_54;
    const wp::int32 var_55 = 5;
    wp::vec_t<3, wp::float64> var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 6;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 7;
    wp::vec_t<3, wp::float64> var_63;
    wp::vec_t<3, wp::float64> var_64;
    wp::vec_t<3, wp::float64> var_65;
    wp::vec_t<3, wp::float64> var_66;
    wp::vec_t<3, wp::float64> var_67;
    wp::vec_t<3, wp::float64> var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::int32 var_71;
    wp::vec_t<3, wp::float64> var_72;
    wp::vec_t<3, wp::float64> var_73;
    wp::vec_t<3, wp::float64> var_74;
    wp::vec_t<3, wp::float64> var_75;
    wp::int32 var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::vec_t<3, wp::float64> var_80;
    wp::vec_t<3, wp::float64> var_81;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    wp::int32 var_84;
    wp::int32 var_85;
    const wp::int32 var_86 = 2;
    wp::int32 var_87;
    wp::vec_t<3, wp::float64> var_88;
    wp::vec_t<3, wp::float64> var_89;
    wp::vec_t<3, wp::float64> var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::int32 var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 8;
    const wp::int32 var_95 = 0;
    wp::float64 var_96;
    wp::float64 var_97;
    wp::vec_t<3, wp::float64> var_98;
    wp::vec_t<3, wp::float64> var_99;
    wp::vec_t<3, wp::float64> var_100;
    wp::vec_t<3, wp::float64> var_101;
    wp::vec_t<3, wp::float64> var_102;
    wp::vec_t<3, wp::float64> var_103;
    wp::vec_t<3, wp::float64> var_104;
    wp::vec_t<3, wp::float64> var_105;
    wp::vec_t<3, wp::float64> var_106;
    wp::vec_t<3, wp::float64> var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 9;
    const wp::int32 var_110 = 0;
    wp::float64 var_111;
    wp::vec_t<3, wp::float64> var_112;
    wp::vec_t<3, wp::float64> var_113;
    wp::vec_t<3, wp::float64> var_114;
    wp::vec_t<3, wp::float64> var_115;
    wp::float64 var_116;
    wp::vec_t<3, wp::float64> var_117;
    wp::vec_t<3, wp::float64> var_118;
    wp::vec_t<3, wp::float64> var_119;
    wp::vec_t<3, wp::float64> var_120;
    wp::vec_t<3, wp::float64> var_121;
    wp::int32 var_122;
    const wp::int32 var_123 = 10;
    wp::int32 var_124;
    wp::float64 var_125;
    wp::vec_t<3, wp::float64> var_126;
    wp::vec_t<3, wp::float64> var_127;
    wp::vec_t<3, wp::float64> var_128;
    wp::vec_t<3, wp::float64> var_129;
    wp::vec_t<3, wp::float64> var_130;
    wp::vec_t<3, wp::float64> var_131;
    wp::vec_t<3, wp::float64> var_132;
    wp::vec_t<3, wp::float64> var_133;
    wp::vec_t<3, wp::float64> var_134;
    wp::int32 var_135;
    const wp::int32 var_136 = 13;
    wp::int32 var_137;
    wp::float64 var_138;
    wp::vec_t<3, wp::float64> var_139;
    wp::vec_t<3, wp::float64> var_140;
    wp::vec_t<3, wp::float64> var_141;
    wp::vec_t<3, wp::float64> var_142;
    wp::vec_t<3, wp::float64> var_143;
    wp::vec_t<3, wp::float64> var_144;
    wp::vec_t<3, wp::float64> var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::vec_t<3, wp::float64> var_147;
    wp::int32 var_148;
    wp::float64 var_149;
    wp::vec_t<3, wp::float64> var_150;
    const wp::int32 var_151 = 2;
    wp::int32 var_152;
    wp::vec_t<3, wp::float64> var_153;
    wp::vec_t<3, wp::float64> var_154;
    wp::vec_t<3, wp::float64> var_155;
    wp::int32 var_156;
    wp::int32 var_157;
    const wp::int32 var_158 = 2;
    wp::int32 var_159;
    wp::vec_t<3, wp::float64> var_160;
    wp::vec_t<3, wp::float64> var_161;
    wp::int32 var_162;
    wp::int32 var_163;
    const wp::int32 var_164 = 2;
    wp::int32 var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    const wp::int32 var_168 = 2;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::int32 var_171;
    const wp::int32 var_172 = 2;
    wp::int32 var_173;
    wp::vec_t<3, wp::float64> var_174;
    wp::vec_t<3, wp::float64> var_175;
    wp::int32 var_176;
    wp::int32 var_177;
    const wp::int32 var_178 = 2;
    wp::int32 var_179;
    wp::vec_t<3, wp::float64> var_180;
    wp::vec_t<3, wp::float64> var_181;
    wp::vec_t<3, wp::float64> var_182;
    wp::vec_t<3, wp::float64> var_183;
    wp::int32 var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 16;
    wp::int32 var_187;
    const wp::int32 var_188 = 1;
    wp::float64 var_189;
    wp::vec_t<3, wp::float64> var_190;
    wp::vec_t<3, wp::float64> var_191;
    wp::vec_t<3, wp::float64> var_192;
    wp::vec_t<3, wp::float64> var_193;
    wp::float64 var_194;
    wp::vec_t<3, wp::float64> var_195;
    wp::vec_t<3, wp::float64> var_196;
    wp::vec_t<3, wp::float64> var_197;
    wp::vec_t<3, wp::float64> var_198;
    wp::vec_t<3, wp::float64> var_199;
    wp::int32 var_200;
    const wp::int32 var_201 = 10;
    wp::int32 var_202;
    wp::float64 var_203;
    wp::vec_t<3, wp::float64> var_204;
    wp::vec_t<3, wp::float64> var_205;
    wp::vec_t<3, wp::float64> var_206;
    wp::vec_t<3, wp::float64> var_207;
    wp::vec_t<3, wp::float64> var_208;
    wp::vec_t<3, wp::float64> var_209;
    wp::vec_t<3, wp::float64> var_210;
    wp::vec_t<3, wp::float64> var_211;
    wp::vec_t<3, wp::float64> var_212;
    wp::int32 var_213;
    const wp::int32 var_214 = 13;
    wp::int32 var_215;
    wp::float64 var_216;
    wp::vec_t<3, wp::float64> var_217;
    wp::vec_t<3, wp::float64> var_218;
    wp::vec_t<3, wp::float64> var_219;
    wp::vec_t<3, wp::float64> var_220;
    wp::vec_t<3, wp::float64> var_221;
    wp::vec_t<3, wp::float64> var_222;
    wp::vec_t<3, wp::float64> var_223;
    wp::vec_t<3, wp::float64> var_224;
    wp::vec_t<3, wp::float64> var_225;
    wp::int32 var_226;
    wp::float64 var_227;
    wp::vec_t<3, wp::float64> var_228;
    const wp::int32 var_229 = 2;
    wp::int32 var_230;
    wp::vec_t<3, wp::float64> var_231;
    wp::vec_t<3, wp::float64> var_232;
    wp::vec_t<3, wp::float64> var_233;
    wp::int32 var_234;
    wp::int32 var_235;
    const wp::int32 var_236 = 2;
    wp::int32 var_237;
    wp::vec_t<3, wp::float64> var_238;
    wp::vec_t<3, wp::float64> var_239;
    wp::int32 var_240;
    wp::int32 var_241;
    const wp::int32 var_242 = 2;
    wp::int32 var_243;
    wp::int32 var_244;
    wp::int32 var_245;
    const wp::int32 var_246 = 2;
    wp::int32 var_247;
    wp::int32 var_248;
    wp::int32 var_249;
    const wp::int32 var_250 = 2;
    wp::int32 var_251;
    wp::vec_t<3, wp::float64> var_252;
    wp::vec_t<3, wp::float64> var_253;
    wp::int32 var_254;
    wp::int32 var_255;
    const wp::int32 var_256 = 2;
    wp::int32 var_257;
    wp::vec_t<3, wp::float64> var_258;
    wp::vec_t<3, wp::float64> var_259;
    wp::vec_t<3, wp::float64> var_260;
    wp::vec_t<3, wp::float64> var_261;
    wp::int32 var_262;
    wp::int32 var_263;
    const wp::int32 var_264 = 16;
    wp::int32 var_265;
    const wp::int32 var_266 = 2;
    wp::float64 var_267;
    wp::vec_t<3, wp::float64> var_268;
    wp::vec_t<3, wp::float64> var_269;
    wp::vec_t<3, wp::float64> var_270;
    wp::vec_t<3, wp::float64> var_271;
    wp::float64 var_272;
    wp::vec_t<3, wp::float64> var_273;
    wp::vec_t<3, wp::float64> var_274;
    wp::vec_t<3, wp::float64> var_275;
    wp::vec_t<3, wp::float64> var_276;
    wp::vec_t<3, wp::float64> var_277;
    wp::int32 var_278;
    const wp::int32 var_279 = 10;
    wp::int32 var_280;
    wp::float64 var_281;
    wp::vec_t<3, wp::float64> var_282;
    wp::vec_t<3, wp::float64> var_283;
    wp::vec_t<3, wp::float64> var_284;
    wp::vec_t<3, wp::float64> var_285;
    wp::vec_t<3, wp::float64> var_286;
    wp::vec_t<3, wp::float64> var_287;
    wp::vec_t<3, wp::float64> var_288;
    wp::vec_t<3, wp::float64> var_289;
    wp::vec_t<3, wp::float64> var_290;
    wp::int32 var_291;
    const wp::int32 var_292 = 13;
    wp::int32 var_293;
    wp::float64 var_294;
    wp::vec_t<3, wp::float64> var_295;
    wp::vec_t<3, wp::float64> var_296;
    wp::vec_t<3, wp::float64> var_297;
    wp::vec_t<3, wp::float64> var_298;
    wp::vec_t<3, wp::float64> var_299;
    wp::vec_t<3, wp::float64> var_300;
    wp::vec_t<3, wp::float64> var_301;
    wp::vec_t<3, wp::float64> var_302;
    wp::vec_t<3, wp::float64> var_303;
    wp::int32 var_304;
    wp::float64 var_305;
    wp::vec_t<3, wp::float64> var_306;
    const wp::int32 var_307 = 2;
    wp::int32 var_308;
    wp::vec_t<3, wp::float64> var_309;
    wp::vec_t<3, wp::float64> var_310;
    wp::vec_t<3, wp::float64> var_311;
    wp::int32 var_312;
    wp::int32 var_313;
    const wp::int32 var_314 = 2;
    wp::int32 var_315;
    wp::vec_t<3, wp::float64> var_316;
    wp::vec_t<3, wp::float64> var_317;
    wp::int32 var_318;
    wp::int32 var_319;
    const wp::int32 var_320 = 2;
    wp::int32 var_321;
    wp::int32 var_322;
    wp::int32 var_323;
    const wp::int32 var_324 = 2;
    wp::int32 var_325;
    wp::int32 var_326;
    wp::int32 var_327;
    const wp::int32 var_328 = 2;
    wp::int32 var_329;
    wp::vec_t<3, wp::float64> var_330;
    wp::vec_t<3, wp::float64> var_331;
    wp::int32 var_332;
    wp::int32 var_333;
    const wp::int32 var_334 = 2;
    wp::int32 var_335;
    wp::vec_t<3, wp::float64> var_336;
    wp::vec_t<3, wp::float64> var_337;
    wp::vec_t<3, wp::float64> var_338;
    wp::vec_t<3, wp::float64> var_339;
    wp::int32 var_340;
    wp::int32 var_341;
    const wp::int32 var_342 = 16;
    wp::int32 var_343;
    wp::vec_t<3, wp::float64> var_344;
    wp::vec_t<3, wp::float64> var_345;
    wp::vec_t<3, wp::float64> var_346;
    wp::int32 var_347;
    const wp::int32 var_348 = 2;
    wp::int32 var_349;
    wp::int32 var_350;
    wp::int32 var_351;
    const wp::int32 var_352 = 2;
    wp::int32 var_353;
    const wp::int32 var_354 = 0;
    wp::float64 var_355;
    wp::float64 var_356;
    wp::vec_t<3, wp::float64> var_357;
    wp::vec_t<3, wp::float64> var_358;
    wp::vec_t<3, wp::float64> var_359;
    wp::vec_t<3, wp::float64> var_360;
    wp::int32 var_361;
    wp::int32 var_362;
    const wp::int32 var_363 = 2;
    wp::int32 var_364;
    const wp::int32 var_365 = 0;
    wp::float64 var_366;
    wp::float64 var_367;
    wp::vec_t<3, wp::float64> var_368;
    wp::vec_t<3, wp::float64> var_369;
    const wp::int32 var_370 = 0;
    wp::float64 var_371;
    wp::float64 var_372;
    wp::vec_t<3, wp::float64> var_373;
    wp::vec_t<3, wp::float64> var_374;
    wp::int32 var_375;
    wp::int32 var_376;
    const wp::int32 var_377 = 2;
    wp::int32 var_378;
    wp::int32 var_379;
    wp::int32 var_380;
    const wp::int32 var_381 = 19;
    //---------
    // forward
    // def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):       <L 1>
    // third = type(v0[0])(1.0 / 3.0)                                                         <L 2>
    var_1 = wp::extract(var_v0, var_0);
    var_4 = wp::div(var_2, var_3);
    var_5 = wp::float64(var_4);
    // half = type(v0[0])(0.5)                                                                <L 3>
    var_7 = wp::extract(var_v0, var_6);
    var_8 = 0.5;
    // g = (v0 + v1 + v2) * third                                                             <L 4>
    var_9 = wp::add(var_v0, var_v1);
    var_10 = wp::add(var_9, var_v2);
    var_11 = wp::mul(var_10, var_5);
    // n = wp.cross(v1 - v0, v2 - v0)                                                         <L 5>
    var_12 = wp::sub(var_v1, var_v0);
    var_13 = wp::sub(var_v2, var_v0);
    var_14 = wp::cross(var_12, var_13);
    // e = v1 - v0                                                                            <L 6>
    var_15 = wp::sub(var_v1, var_v0);
    // hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                             <L 8>
    var_16 = wp::add(var_v0, var_p);
    var_17 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_16);
    wp::array_store(var_hit, var_i, var_18, var_17);
    // hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                                  <L 9>
    var_19 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_11);
    wp::array_store(var_hit, var_i, var_20, var_19);
    // hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                      <L 11>
    var_21 = wp::add(var_11, var_14);
    var_22 = wp::sub(var_11, var_14);
    var_23 = wp::add(var_11, var_15);
    var_24 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_21, var_22, var_23);
    wp::array_store(var_hit, var_i, var_25, var_24);
    // hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))       <L 12>
    var_26 = wp::add(var_11, var_14);
    var_28 = wp::extract(var_v0, var_27);
    var_29 = 3.0;
    var_30 = wp::mul(var_15, var_29);
    var_31 = wp::add(var_26, var_30);
    var_32 = wp::sub(var_11, var_14);
    var_34 = wp::extract(var_v0, var_33);
    var_35 = 3.0;
    var_36 = wp::mul(var_15, var_35);
    var_37 = wp::add(var_32, var_36);
    var_39 = wp::extract(var_v0, var_38);
    var_40 = 4.0;
    var_41 = wp::mul(var_15, var_40);
    var_42 = wp::add(var_11, var_41);
    var_43 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_31, var_37, var_42);
    wp::array_store(var_hit, var_i, var_44, var_43);
    // hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                      <L 13>
    var_45 = wp::add(var_11, var_14);
    var_46 = wp::sub(var_11, var_14);
    var_47 = wp::add(var_11, var_15);
    var_48 = wp::intersect_tri_tri(var_45, var_46, var_47, var_v0, var_v1, var_v2);
    wp::array_store(var_hit, var_i, var_49, var_48);
    // hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)               <L 15>
    var_50 = wp::add(var_v0, var_14);
    var_51 = wp::add(var_50, var_p);
    var_52 = wp::add(var_v0, var_14);
    var_53 = wp::sub(var_52, var_p);
    var_54 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_51, var_53);
    wp::array_store(var_hit, var_i, var_55, var_54);
    // hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                           <L 16>
    var_56 = wp::add(var_v2, var_14);
    var_57 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_v1, var_56);
    wp::array_store(var_hit, var_i, var_58, var_57);
    // hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                     <L 17>
    var_59 = wp::add(var_v0, var_v1);
    var_60 = wp::sub(var_59, var_v2);
    var_61 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v1, var_v0, var_60);
    wp::array_store(var_hit, var_i, var_62, var_61);
    // w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)       <L 19>
    var_63 = wp::mul(var_14, var_8);
    var_64 = wp::add(var_v0, var_63);
    var_65 = wp::mul(var_14, var_8);
    var_66 = wp::add(var_v1, var_65);
    var_67 = wp::mul(var_14, var_8);
    var_68 = wp::add(var_v2, var_67);
    var_69 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_64, var_66, var_68);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)               <L 21>
    var_71 = wp::mul(var_69, var_70);
    var_72 = wp::add(var_v0, var_14);
    var_73 = wp::add(var_72, var_p);
    var_74 = wp::sub(var_v0, var_14);
    var_75 = wp::add(var_74, var_p);
    var_76 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_73, var_75);
    var_77 = wp::add(var_71, var_76);
    // w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)               <L 22>
    var_79 = wp::mul(var_77, var_78);
    var_80 = wp::add(var_v0, var_14);
    var_81 = wp::add(var_80, var_p);
    var_82 = wp::sub(var_v0, var_14);
    var_83 = wp::add(var_82, var_p);
    var_84 = wp::intersect_tri_tri(var_81, var_v0, var_83, var_v0, var_v1, var_v2);
    var_85 = wp::add(var_79, var_84);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)               <L 23>
    var_87 = wp::mul(var_85, var_86);
    var_88 = wp::add(var_v1, var_14);
    var_89 = wp::add(var_88, var_q);
    var_90 = wp::sub(var_v1, var_14);
    var_91 = wp::sub(var_90, var_q);
    var_92 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_89, var_91, var_v1);
    var_93 = wp::add(var_87, var_92);
    // hit[i, 8] = w                                                                          <L 24>
    wp::array_store(var_hit, var_i, var_94, var_93);
    // s = type(v0[0])(1.0e-9)                                                                <L 25>
    var_96 = wp::extract(var_v0, var_95);
    var_97 = 1e-09;
    // hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)       <L 26>
    var_98 = wp::mul(var_14, var_97);
    var_99 = wp::add(var_v0, var_98);
    var_100 = wp::mul(var_15, var_8);
    var_101 = wp::add(var_99, var_100);
    var_102 = wp::mul(var_14, var_97);
    var_103 = wp::add(var_v1, var_102);
    var_104 = wp::mul(var_15, var_8);
    var_105 = wp::add(var_103, var_104);
    var_106 = wp::mul(var_14, var_97);
    var_107 = wp::add(var_v2, var_106);
    var_108 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_101, var_105, var_107);
    wp::array_store(var_hit, var_i, var_109, var_108);
    // for axis in range(3):                                                                  <L 28>
    // c = v0[axis]                                                                           <L 29>
    var_111 = wp::extract(var_v0, var_110);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_112 = flat_0(var_v0, var_110, var_111);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_113 = flat_0(var_v1, var_110, var_111);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_114 = flat_0(var_v2, var_110, var_111);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_115 = wp::mul(var_15, var_8);
    var_116 = 0.0;
    var_117 = flat_0(var_115, var_110, var_116);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_118 = flat_0(var_11, var_110, var_111);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_119 = wp::add(var_112, var_117);
    var_120 = wp::add(var_113, var_117);
    var_121 = wp::add(var_114, var_117);
    var_122 = wp::intersect_tri_tri(var_112, var_113, var_114, var_119, var_120, var_121);
    var_124 = wp::add(var_123, var_110);
    wp::array_store(var_hit, var_i, var_124, var_122);
    // k = type(c)(0.25)                                                                      <L 37>
    var_125 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_126 = wp::sub(var_112, var_118);
    var_127 = wp::mul(var_126, var_125);
    var_128 = wp::add(var_118, var_127);
    var_129 = wp::sub(var_113, var_118);
    var_130 = wp::mul(var_129, var_125);
    var_131 = wp::add(var_118, var_130);
    var_132 = wp::sub(var_114, var_118);
    var_133 = wp::mul(var_132, var_125);
    var_134 = wp::add(var_118, var_133);
    var_135 = wp::intersect_tri_tri(var_112, var_113, var_114, var_128, var_131, var_134);
    var_137 = wp::add(var_136, var_110);
    wp::array_store(var_hit, var_i, var_137, var_135);
    // k = type(c)(3.0)                                                                       <L 39>
    var_138 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_139 = wp::sub(var_112, var_118);
    var_140 = wp::mul(var_139, var_138);
    var_141 = wp::add(var_118, var_140);
    var_142 = wp::sub(var_113, var_118);
    var_143 = wp::mul(var_142, var_138);
    var_144 = wp::add(var_118, var_143);
    var_145 = wp::sub(var_114, var_118);
    var_146 = wp::mul(var_145, var_138);
    var_147 = wp::add(var_118, var_146);
    var_148 = wp::intersect_tri_tri(var_112, var_113, var_114, var_141, var_144, var_147);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_149 = 8.0;
    var_150 = wp::mul(var_117, var_149);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_152 = wp::mul(var_148, var_151);
    var_153 = wp::add(var_112, var_150);
    var_154 = wp::add(var_113, var_150);
    var_155 = wp::add(var_114, var_150);
    var_156 = wp::intersect_tri_tri(var_112, var_113, var_114, var_153, var_154, var_155);
    var_157 = wp::add(var_152, var_156);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_159 = wp::mul(var_157, var_158);
    var_160 = wp::add(var_112, var_113);
    var_161 = wp::sub(var_160, var_114);
    var_162 = wp::intersect_tri_tri(var_112, var_113, var_114, var_113, var_112, var_161);
    var_163 = wp::add(var_159, var_162);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_165 = wp::mul(var_163, var_164);
    var_166 = wp::intersect_tri_tri(var_112, var_113, var_114, var_112, var_113, var_114);
    var_167 = wp::add(var_165, var_166);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_169 = wp::mul(var_167, var_168);
    var_170 = wp::intersect_tri_tri(var_112, var_113, var_114, var_114, var_113, var_112);
    var_171 = wp::add(var_169, var_170);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_173 = wp::mul(var_171, var_172);
    var_174 = flat_0(var_p, var_110, var_111);
    var_175 = flat_0(var_q, var_110, var_111);
    var_176 = wp::intersect_tri_tri(var_112, var_113, var_114, var_174, var_175, var_118);
    var_177 = wp::add(var_173, var_176);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_179 = wp::mul(var_177, var_178);
    var_180 = flat_0(var_p, var_110, var_111);
    var_181 = flat_0(var_q, var_110, var_111);
    var_182 = wp::add(var_v0, var_p);
    var_183 = flat_0(var_182, var_110, var_111);
    var_184 = wp::intersect_tri_tri(var_112, var_113, var_114, var_180, var_181, var_183);
    var_185 = wp::add(var_179, var_184);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_187 = wp::add(var_186, var_110);
    wp::array_store(var_hit, var_i, var_187, var_185);
    // c = v0[axis]                                                                           <L 29>
    var_189 = wp::extract(var_v0, var_188);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_190 = flat_0(var_v0, var_188, var_189);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_191 = flat_0(var_v1, var_188, var_189);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_192 = flat_0(var_v2, var_188, var_189);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_193 = wp::mul(var_15, var_8);
    var_194 = 0.0;
    var_195 = flat_0(var_193, var_188, var_194);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_196 = flat_0(var_11, var_188, var_189);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_197 = wp::add(var_190, var_195);
    var_198 = wp::add(var_191, var_195);
    var_199 = wp::add(var_192, var_195);
    var_200 = wp::intersect_tri_tri(var_190, var_191, var_192, var_197, var_198, var_199);
    var_202 = wp::add(var_201, var_188);
    wp::array_store(var_hit, var_i, var_202, var_200);
    // k = type(c)(0.25)                                                                      <L 37>
    var_203 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_204 = wp::sub(var_190, var_196);
    var_205 = wp::mul(var_204, var_203);
    var_206 = wp::add(var_196, var_205);
    var_207 = wp::sub(var_191, var_196);
    var_208 = wp::mul(var_207, var_203);
    var_209 = wp::add(var_196, var_208);
    var_210 = wp::sub(var_192, var_196);
    var_211 = wp::mul(var_210, var_203);
    var_212 = wp::add(var_196, var_211);
    var_213 = wp::intersect_tri_tri(var_190, var_191, var_192, var_206, var_209, var_212);
    var_215 = wp::add(var_214, var_188);
    wp::array_store(var_hit, var_i, var_215, var_213);
    // k = type(c)(3.0)                                                                       <L 39>
    var_216 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_217 = wp::sub(var_190, var_196);
    var_218 = wp::mul(var_217, var_216);
    var_219 = wp::add(var_196, var_218);
    var_220 = wp::sub(var_191, var_196);
    var_221 = wp::mul(var_220, var_216);
    var_222 = wp::add(var_196, var_221);
    var_223 = wp::sub(var_192, var_196);
    var_224 = wp::mul(var_223, var_216);
    var_225 = wp::add(var_196, var_224);
    var_226 = wp::intersect_tri_tri(var_190, var_191, var_192, var_219, var_222, var_225);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_227 = 8.0;
    var_228 = wp::mul(var_195, var_227);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_230 = wp::mul(var_226, var_229);
    var_231 = wp::add(var_190, var_228);
    var_232 = wp::add(var_191, var_228);
    var_233 = wp::add(var_192, var_228);
    var_234 = wp::intersect_tri_tri(var_190, var_191, var_192, var_231, var_232, var_233);
    var_235 = wp::add(var_230, var_234);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_190, var_191);
    var_239 = wp::sub(var_238, var_192);
    var_240 = wp::intersect_tri_tri(var_190, var_191, var_192, var_191, var_190, var_239);
    var_241 = wp::add(var_237, var_240);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::intersect_tri_tri(var_190, var_191, var_192, var_190, var_191, var_192);
    var_245 = wp::add(var_243, var_244);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_247 = wp::mul(var_245, var_246);
    var_248 = wp::intersect_tri_tri(var_190, var_191, var_192, var_192, var_191, var_190);
    var_249 = wp::add(var_247, var_248);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_251 = wp::mul(var_249, var_250);
    var_252 = flat_0(var_p, var_188, var_189);
    var_253 = flat_0(var_q, var_188, var_189);
    var_254 = wp::intersect_tri_tri(var_190, var_191, var_192, var_252, var_253, var_196);
    var_255 = wp::add(var_251, var_254);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_257 = wp::mul(var_255, var_256);
    var_258 = flat_0(var_p, var_188, var_189);
    var_259 = flat_0(var_q, var_188, var_189);
    var_260 = wp::add(var_v0, var_p);
    var_261 = flat_0(var_260, var_188, var_189);
    var_262 = wp::intersect_tri_tri(var_190, var_191, var_192, var_258, var_259, var_261);
    var_263 = wp::add(var_257, var_262);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_265 = wp::add(var_264, var_188);
    wp::array_store(var_hit, var_i, var_265, var_263);
    // c = v0[axis]                                                                           <L 29>
    var_267 = wp::extract(var_v0, var_266);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_268 = flat_0(var_v0, var_266, var_267);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_269 = flat_0(var_v1, var_266, var_267);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_270 = flat_0(var_v2, var_266, var_267);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_271 = wp::mul(var_15, var_8);
    var_272 = 0.0;
    var_273 = flat_0(var_271, var_266, var_272);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_274 = flat_0(var_11, var_266, var_267);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_275 = wp::add(var_268, var_273);
    var_276 = wp::add(var_269, var_273);
    var_277 = wp::add(var_270, var_273);
    var_278 = wp::intersect_tri_tri(var_268, var_269, var_270, var_275, var_276, var_277);
    var_280 = wp::add(var_279, var_266);
    wp::array_store(var_hit, var_i, var_280, var_278);
    // k = type(c)(0.25)                                                                      <L 37>
    var_281 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_282 = wp::sub(var_268, var_274);
    var_283 = wp::mul(var_282, var_281);
    var_284 = wp::add(var_274, var_283);
    var_285 = wp::sub(var_269, var_274);
    var_286 = wp::mul(var_285, var_281);
    var_287 = wp::add(var_274, var_286);
    var_288 = wp::sub(var_270, var_274);
    var_289 = wp::mul(var_288, var_281);
    var_290 = wp::add(var_274, var_289);
    var_291 = wp::intersect_tri_tri(var_268, var_269, var_270, var_284, var_287, var_290);
    var_293 = wp::add(var_292, var_266);
    wp::array_store(var_hit, var_i, var_293, var_291);
    // k = type(c)(3.0)                                                                       <L 39>
    var_294 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_295 = wp::sub(var_268, var_274);
    var_296 = wp::mul(var_295, var_294);
    var_297 = wp::add(var_274, var_296);
    var_298 = wp::sub(var_269, var_274);
    var_299 = wp::mul(var_298, var_294);
    var_300 = wp::add(var_274, var_299);
    var_301 = wp::sub(var_270, var_274);
    var_302 = wp::mul(var_301, var_294);
    var_303 = wp::add(var_274, var_302);
    var_304 = wp::intersect_tri_tri(var_268, var_269, var_270, var_297, var_300, var_303);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_305 = 8.0;
    var_306 = wp::mul(var_273, var_305);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_308 = wp::mul(var_304, var_307);
    var_309 = wp::add(var_268, var_306);
    var_310 = wp::add(var_269, var_306);
    var_311 = wp::add(var_270, var_306);
    var_312 = wp::intersect_tri_tri(var_268, var_269, var_270, var_309, var_310, var_311);
    var_313 = wp::add(var_308, var_312);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_315 = wp::mul(var_313, var_314);
    var_316 = wp::add(var_268, var_269);
    var_317 = wp::sub(var_316, var_270);
    var_318 = wp::intersect_tri_tri(var_268, var_269, var_270, var_269, var_268, var_317);
    var_319 = wp::add(var_315, var_318);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_321 = wp::mul(var_319, var_320);
    var_322 = wp::intersect_tri_tri(var_268, var_269, var_270, var_268, var_269, var_270);
    var_323 = wp::add(var_321, var_322);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_325 = wp::mul(var_323, var_324);
    var_326 = wp::intersect_tri_tri(var_268, var_269, var_270, var_270, var_269, var_268);
    var_327 = wp::add(var_325, var_326);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_329 = wp::mul(var_327, var_328);
    var_330 = flat_0(var_p, var_266, var_267);
    var_331 = flat_0(var_q, var_266, var_267);
    var_332 = wp::intersect_tri_tri(var_268, var_269, var_270, var_330, var_331, var_274);
    var_333 = wp::add(var_329, var_332);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_335 = wp::mul(var_333, var_334);
    var_336 = flat_0(var_p, var_266, var_267);
    var_337 = flat_0(var_q, var_266, var_267);
    var_338 = wp::add(var_v0, var_p);
    var_339 = flat_0(var_338, var_266, var_267);
    var_340 = wp::intersect_tri_tri(var_268, var_269, var_270, var_336, var_337, var_339);
    var_341 = wp::add(var_335, var_340);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_343 = wp::add(var_342, var_266);
    wp::array_store(var_hit, var_i, var_343, var_341);
    // d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                              <L 50>
    var_344 = wp::add(var_11, var_14);
    var_345 = wp::sub(var_11, var_14);
    var_346 = wp::add(var_11, var_15);
    var_347 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_344, var_345, var_346);
    // d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                               <L 51>
    var_349 = wp::mul(var_347, var_348);
    var_350 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_v0, var_v0, var_v0);
    var_351 = wp::add(var_349, var_350);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)       <L 52>
    var_353 = wp::mul(var_351, var_352);
    var_355 = wp::extract(var_v0, var_354);
    var_356 = 2.0;
    var_357 = wp::mul(var_v1, var_356);
    var_358 = wp::sub(var_357, var_v0);
    var_359 = wp::add(var_11, var_14);
    var_360 = wp::sub(var_11, var_14);
    var_361 = wp::intersect_tri_tri(var_v0, var_v1, var_358, var_359, var_360, var_p);
    var_362 = wp::add(var_353, var_361);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)       <L 53>
    var_364 = wp::mul(var_362, var_363);
    var_366 = wp::extract(var_v0, var_365);
    var_367 = 2.0;
    var_368 = wp::mul(var_v1, var_367);
    var_369 = wp::sub(var_368, var_v0);
    var_371 = wp::extract(var_v0, var_370);
    var_372 = 2.0;
    var_373 = wp::mul(var_v1, var_372);
    var_374 = wp::sub(var_373, var_v0);
    var_375 = wp::intersect_tri_tri(var_v0, var_v1, var_369, var_v0, var_v1, var_374);
    var_376 = wp::add(var_364, var_375);
    // d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                                  <L 54>
    var_378 = wp::mul(var_376, var_377);
    var_379 = wp::intersect_tri_tri(var_11, var_11, var_11, var_v0, var_v1, var_v2);
    var_380 = wp::add(var_378, var_379);
    // hit[i, 19] = d                                                                         <L 55>
    wp::array_store(var_hit, var_i, var_381, var_380);
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void adj_flat_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::int32 var_axis,
    wp::float32 var_c,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::int32 & adj_axis,
    wp::float32 & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def flat(v: Any, axis: int, c: Any):                                                   <L 1>
    // x = v[0]                                                                               <L 3>
    var_1 = wp::extract(var_v, var_0);
    // y = v[1]                                                                               <L 4>
    var_3 = wp::extract(var_v, var_2);
    // z = v[2]                                                                               <L 5>
    var_5 = wp::extract(var_v, var_4);
    // if axis == 0:                                                                          <L 6>
    var_7 = (var_axis == var_6);
    if (var_7) {
        // x = c                                                                              <L 7>
        var_8 = wp::copy(var_c);
    }
    var_9 = wp::where(var_7, var_8, var_1);
    // if axis == 1:                                                                          <L 8>
    var_11 = (var_axis == var_10);
    if (var_11) {
        // y = c                                                                              <L 9>
        var_12 = wp::copy(var_c);
    }
    var_13 = wp::where(var_11, var_12, var_3);
    // if axis == 2:                                                                          <L 10>
    var_15 = (var_axis == var_14);
    if (var_15) {
        // z = c                                                                              <L 11>
        var_16 = wp::copy(var_c);
    }
    var_17 = wp::where(var_15, var_16, var_5);
    // return type(v)(x, y, z)                                                                <L 12>
    var_18 = wp::vec_t<3, wp::float32>(var_9, var_13, var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_vec_t(var_9, var_13, var_17, adj_9, adj_13, adj_17, adj_18);
    // adj: return type(v)(x, y, z)                                                           <L 12>
    wp::adj_where(var_15, var_16, var_5, adj_15, adj_16, adj_5, adj_17);
    if (var_15) {
        wp::adj_copy(var_c, adj_c, adj_16);
        // adj: z = c                                                                         <L 11>
    }
    // adj: if axis == 2:                                                                     <L 10>
    wp::adj_where(var_11, var_12, var_3, adj_11, adj_12, adj_3, adj_13);
    if (var_11) {
        wp::adj_copy(var_c, adj_c, adj_12);
        // adj: y = c                                                                         <L 9>
    }
    // adj: if axis == 1:                                                                     <L 8>
    wp::adj_where(var_7, var_8, var_1, adj_7, adj_8, adj_1, adj_9);
    if (var_7) {
        wp::adj_copy(var_c, adj_c, adj_8);
        // adj: x = c                                                                         <L 7>
    }
    // adj: if axis == 0:                                                                     <L 6>
    wp::adj_extract(var_v, var_4, adj_v, adj_4, adj_5);
    // adj: z = v[2]                                                                          <L 5>
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_3);
    // adj: y = v[1]                                                                          <L 4>
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: x = v[0]                                                                          <L 3>
    // adj: def flat(v: Any, axis: int, c: Any):                                              <L 1>
    return;
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void adj_tri_cases_0(
    wp::vec_t<3, wp::float32> var_v0,
    wp::vec_t<3, wp::float32> var_v1,
    wp::vec_t<3, wp::float32> var_v2,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::array_t<wp::int32> var_hit,
    wp::int32 var_i,
    wp::vec_t<3, wp::float32> & adj_v0,
    wp::vec_t<3, wp::float32> & adj_v1,
    wp::vec_t<3, wp::float32> & adj_v2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_q,
    wp::array_t<wp::int32> & adj_hit,
    wp::int32 & adj_i)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 2;
    wp::vec_t<3, wp::float32> var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::float32 var_37 = 3.0;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::float32 var_43 = 4.0;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 3;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 4;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 5;
    wp::vec_t<3, wp::float32> var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 6;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 7;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::int32 var_73;
    const wp::int32 var_74 = 2;
    wp::int32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    const wp::int32 var_82 = 2;
    wp::int32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::int32 var_88;
    wp::int32 var_89;
    const wp::int32 var_90 = 2;
    wp::int32 var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::int32 var_96;
    wp::int32 var_97;
    const wp::int32 var_98 = 8;
    const wp::int32 var_99 = 0;
    wp::float32 var_100;
    const wp::float32 var_101 = 1e-09;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 9;
    const wp::int32 var_115 = 0;
    wp::float32 var_116;
    wp::vec_t<3, wp::float32> var_117;
    wp::vec_t<3, wp::float32> var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    const wp::float32 var_121 = 0.0;
    wp::float32 var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::vec_t<3, wp::float32> var_126;
    wp::vec_t<3, wp::float32> var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 10;
    wp::int32 var_130;
    const wp::float32 var_131 = 0.25;
    wp::float32 var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    wp::vec_t<3, wp::float32> var_135;
    wp::vec_t<3, wp::float32> var_136;
    wp::vec_t<3, wp::float32> var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    wp::int32 var_142;
    const wp::int32 var_143 = 13;
    wp::int32 var_144;
    const wp::float32 var_145 = 3.0;
    wp::float32 var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    wp::vec_t<3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    wp::int32 var_156;
    const wp::float32 var_157 = 8.0;
    wp::float32 var_158;
    wp::vec_t<3, wp::float32> var_159;
    const wp::int32 var_160 = 2;
    wp::int32 var_161;
    wp::vec_t<3, wp::float32> var_162;
    wp::vec_t<3, wp::float32> var_163;
    wp::vec_t<3, wp::float32> var_164;
    wp::int32 var_165;
    wp::int32 var_166;
    const wp::int32 var_167 = 2;
    wp::int32 var_168;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    const wp::int32 var_173 = 2;
    wp::int32 var_174;
    wp::int32 var_175;
    wp::int32 var_176;
    const wp::int32 var_177 = 2;
    wp::int32 var_178;
    wp::int32 var_179;
    wp::int32 var_180;
    const wp::int32 var_181 = 2;
    wp::int32 var_182;
    wp::vec_t<3, wp::float32> var_183;
    wp::vec_t<3, wp::float32> var_184;
    wp::int32 var_185;
    wp::int32 var_186;
    const wp::int32 var_187 = 2;
    wp::int32 var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    wp::vec_t<3, wp::float32> var_192;
    wp::int32 var_193;
    wp::int32 var_194;
    const wp::int32 var_195 = 16;
    wp::int32 var_196;
    const wp::int32 var_197 = 1;
    wp::float32 var_198;
    wp::vec_t<3, wp::float32> var_199;
    wp::vec_t<3, wp::float32> var_200;
    wp::vec_t<3, wp::float32> var_201;
    wp::vec_t<3, wp::float32> var_202;
    const wp::float32 var_203 = 0.0;
    wp::float32 var_204;
    wp::vec_t<3, wp::float32> var_205;
    wp::vec_t<3, wp::float32> var_206;
    wp::vec_t<3, wp::float32> var_207;
    wp::vec_t<3, wp::float32> var_208;
    wp::vec_t<3, wp::float32> var_209;
    wp::int32 var_210;
    const wp::int32 var_211 = 10;
    wp::int32 var_212;
    const wp::float32 var_213 = 0.25;
    wp::float32 var_214;
    wp::vec_t<3, wp::float32> var_215;
    wp::vec_t<3, wp::float32> var_216;
    wp::vec_t<3, wp::float32> var_217;
    wp::vec_t<3, wp::float32> var_218;
    wp::vec_t<3, wp::float32> var_219;
    wp::vec_t<3, wp::float32> var_220;
    wp::vec_t<3, wp::float32> var_221;
    wp::vec_t<3, wp::float32> var_222;
    wp::vec_t<3, wp::float32> var_223;
    wp::int32 var_224;
    const wp::int32 var_225 = 13;
    wp::int32 var_226;
    const wp::float32 var_227 = 3.0;
    wp::float32 var_228;
    wp::vec_t<3, wp::float32> var_229;
    wp::vec_t<3, wp::float32> var_230;
    wp::vec_t<3, wp::float32> var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    wp::vec_t<3, wp::float32> var_234;
    wp::vec_t<3, wp::float32> var_235;
    wp::vec_t<3, wp::float32> var_236;
    wp::vec_t<3, wp::float32> var_237;
    wp::int32 var_238;
    const wp::float32 var_239 = 8.0;
    wp::float32 var_240;
    wp::vec_t<3, wp::float32> var_241;
    const wp::int32 var_242 = 2;
    wp::int32 var_243;
    wp::vec_t<3, wp::float32> var_244;
    wp::vec_t<3, wp::float32> var_245;
    wp::vec_t<3, wp::float32> var_246;
    wp::int32 var_247;
    wp::int32 var_248;
    const wp::int32 var_249 = 2;
    wp::int32 var_250;
    wp::vec_t<3, wp::float32> var_251;
    wp::vec_t<3, wp::float32> var_252;
    wp::int32 var_253;
    wp::int32 var_254;
    const wp::int32 var_255 = 2;
    wp::int32 var_256;
    wp::int32 var_257;
    wp::int32 var_258;
    const wp::int32 var_259 = 2;
    wp::int32 var_260;
    wp::int32 var_261;
    wp::int32 var_262;
    const wp::int32 var_263 = 2;
    wp::int32 var_264;
    wp::vec_t<3, wp::float32> var_265;
    wp::vec_t<3, wp::float32> var_266;
    wp::int32 var_267;
    wp::int32 var_268;
    const wp::int32 var_269 = 2;
    wp::int32 var_270;
    wp::vec_t<3, wp::float32> var_271;
    wp::vec_t<3, wp::float32> var_272;
    wp::vec_t<3, wp::float32> var_273;
    wp::vec_t<3, wp::float32> var_274;
    wp::int32 var_275;
    wp::int32 var_276;
    const wp::int32 var_277 = 16;
    wp::int32 var_278;
    const wp::int32 var_279 = 2;
    wp::float32 var_280;
    wp::vec_t<3, wp::float32> var_281;
    wp::vec_t<3, wp::float32> var_282;
    wp::vec_t<3, wp::float32> var_283;
    wp::vec_t<3, wp::float32> var_284;
    const wp::float32 var_285 = 0.0;
    wp::float32 var_286;
    wp::vec_t<3, wp::float32> var_287;
    wp::vec_t<3, wp::float32> var_288;
    wp::vec_t<3, wp::float32> var_289;
    wp::vec_t<3, wp::float32> var_290;
    wp::vec_t<3, wp::float32> var_291;
    wp::int32 var_292;
    const wp::int32 var_293 = 10;
    wp::int32 var_294;
    const wp::float32 var_295 = 0.25;
    wp::float32 var_296;
    wp::vec_t<3, wp::float32> var_297;
    wp::vec_t<3, wp::float32> var_298;
    wp::vec_t<3, wp::float32> var_299;
    wp::vec_t<3, wp::float32> var_300;
    wp::vec_t<3, wp::float32> var_301;
    wp::vec_t<3, wp::float32> var_302;
    wp::vec_t<3, wp::float32> var_303;
    wp::vec_t<3, wp::float32> var_304;
    wp::vec_t<3, wp::float32> var_305;
    wp::int32 var_306;
    const wp::int32 var_307 = 13;
    wp::int32 var_308;
    const wp::float32 var_309 = 3.0;
    wp::float32 var_310;
    wp::vec_t<3, wp::float32> var_311;
    wp::vec_t<3, wp::float32> var_312;
    wp::vec_t<3, wp::float32> var_313;
    wp::vec_t<3, wp::float32> var_314;
    wp::vec_t<3, wp::float32> var_315;
    wp::vec_t<3, wp::float32> var_316;
    wp::vec_t<3, wp::float32> var_317;
    wp::vec_t<3, wp::float32> var_318;
    wp::vec_t<3, wp::float32> var_319;
    wp::int32 var_320;
    const wp::float32 var_321 = 8.0;
    wp::float32 var_322;
    wp::vec_t<3, wp::float32> var_323;
    const wp::int32 var_324 = 2;
    wp::int32 var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    const wp::int32 var_331 = 2;
    wp::int32 var_332;
    wp::vec_t<3, wp::float32> var_333;
    wp::vec_t<3, wp::float32> var_334;
    wp::int32 var_335;
    wp::int32 var_336;
    const wp::int32 var_337 = 2;
    wp::int32 var_338;
    wp::int32 var_339;
    wp::int32 var_340;
    const wp::int32 var_341 = 2;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    const wp::int32 var_345 = 2;
    wp::int32 var_346;
    wp::vec_t<3, wp::float32> var_347;
    wp::vec_t<3, wp::float32> var_348;
    wp::int32 var_349;
    wp::int32 var_350;
    const wp::int32 var_351 = 2;
    wp::int32 var_352;
    wp::vec_t<3, wp::float32> var_353;
    wp::vec_t<3, wp::float32> var_354;
    wp::vec_t<3, wp::float32> var_355;
    wp::vec_t<3, wp::float32> var_356;
    wp::int32 var_357;
    wp::int32 var_358;
    const wp::int32 var_359 = 16;
    wp::int32 var_360;
    wp::vec_t<3, wp::float32> var_361;
    wp::vec_t<3, wp::float32> var_362;
    wp::vec_t<3, wp::float32> var_363;
    wp::int32 var_364;
    const wp::int32 var_365 = 2;
    wp::int32 var_366;
    wp::int32 var_367;
    wp::int32 var_368;
    const wp::int32 var_369 = 2;
    wp::int32 var_370;
    const wp::int32 var_371 = 0;
    wp::float32 var_372;
    const wp::float32 var_373 = 2.0;
    wp::float32 var_374;
    wp::vec_t<3, wp::float32> var_375;
    wp::vec_t<3, wp::float32> var_376;
    wp::vec_t<3, wp::float32> var_377;
    wp::vec_t<3, wp::float32> var_378;
    wp::int32 var_379;
    wp::int32 var_380;
    const wp::int32 var_381 = 2;
    wp::int32 var_382;
    const wp::int32 var_383 = 0;
    wp::float32 var_384;
    const wp::float32 var_385 = 2.0;
    wp::float32 var_386;
    wp::vec_t<3, wp::float32> var_387;
    wp::vec_t<3, wp::float32> var_388;
    const wp::int32 var_389 = 0;
    wp::float32 var_390;
    const wp::float32 var_391 = 2.0;
    wp::float32 var_392;
    wp::vec_t<3, wp::float32> var_393;
    wp::vec_t<3, wp::float32> var_394;
    wp::int32 var_395;
    wp::int32 var_396;
    const wp::int32 var_397 = 2;
    wp::int32 var_398;
    wp::int32 var_399;
    wp::int32 var_400;
    const wp::int32 var_401 = 19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    wp::vec_t<3, wp::float32> adj_94 = {};
    wp::vec_t<3, wp::float32> adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    wp::vec_t<3, wp::float32> adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::vec_t<3, wp::float32> adj_108 = {};
    wp::vec_t<3, wp::float32> adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::vec_t<3, wp::float32> adj_111 = {};
    wp::vec_t<3, wp::float32> adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::vec_t<3, wp::float32> adj_117 = {};
    wp::vec_t<3, wp::float32> adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    wp::vec_t<3, wp::float32> adj_126 = {};
    wp::vec_t<3, wp::float32> adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::vec_t<3, wp::float32> adj_133 = {};
    wp::vec_t<3, wp::float32> adj_134 = {};
    wp::vec_t<3, wp::float32> adj_135 = {};
    wp::vec_t<3, wp::float32> adj_136 = {};
    wp::vec_t<3, wp::float32> adj_137 = {};
    wp::vec_t<3, wp::float32> adj_138 = {};
    wp::vec_t<3, wp::float32> adj_139 = {};
    wp::vec_t<3, wp::float32> adj_140 = {};
    wp::vec_t<3, wp::float32> adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::float32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::vec_t<3, wp::float32> adj_147 = {};
    wp::vec_t<3, wp::float32> adj_148 = {};
    wp::vec_t<3, wp::float32> adj_149 = {};
    wp::vec_t<3, wp::float32> adj_150 = {};
    wp::vec_t<3, wp::float32> adj_151 = {};
    wp::vec_t<3, wp::float32> adj_152 = {};
    wp::vec_t<3, wp::float32> adj_153 = {};
    wp::vec_t<3, wp::float32> adj_154 = {};
    wp::vec_t<3, wp::float32> adj_155 = {};
    wp::int32 adj_156 = {};
    wp::float32 adj_157 = {};
    wp::float32 adj_158 = {};
    wp::vec_t<3, wp::float32> adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::vec_t<3, wp::float32> adj_162 = {};
    wp::vec_t<3, wp::float32> adj_163 = {};
    wp::vec_t<3, wp::float32> adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::vec_t<3, wp::float32> adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::int32 adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::vec_t<3, wp::float32> adj_183 = {};
    wp::vec_t<3, wp::float32> adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::vec_t<3, wp::float32> adj_189 = {};
    wp::vec_t<3, wp::float32> adj_190 = {};
    wp::vec_t<3, wp::float32> adj_191 = {};
    wp::vec_t<3, wp::float32> adj_192 = {};
    wp::int32 adj_193 = {};
    wp::int32 adj_194 = {};
    wp::int32 adj_195 = {};
    wp::int32 adj_196 = {};
    wp::int32 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::vec_t<3, wp::float32> adj_199 = {};
    wp::vec_t<3, wp::float32> adj_200 = {};
    wp::vec_t<3, wp::float32> adj_201 = {};
    wp::vec_t<3, wp::float32> adj_202 = {};
    wp::float32 adj_203 = {};
    wp::float32 adj_204 = {};
    wp::vec_t<3, wp::float32> adj_205 = {};
    wp::vec_t<3, wp::float32> adj_206 = {};
    wp::vec_t<3, wp::float32> adj_207 = {};
    wp::vec_t<3, wp::float32> adj_208 = {};
    wp::vec_t<3, wp::float32> adj_209 = {};
    wp::int32 adj_210 = {};
    wp::int32 adj_211 = {};
    wp::int32 adj_212 = {};
    wp::float32 adj_213 = {};
    wp::float32 adj_214 = {};
    wp::vec_t<3, wp::float32> adj_215 = {};
    wp::vec_t<3, wp::float32> adj_216 = {};
    wp::vec_t<3, wp::float32> adj_217 = {};
    wp::vec_t<3, wp::float32> adj_218 = {};
    wp::vec_t<3, wp::float32> adj_219 = {};
    wp::vec_t<3, wp::float32> adj_220 = {};
    wp::vec_t<3, wp::float32> adj_221 = {};
    wp::vec_t<3, wp::float32> adj_222 = {};
    wp::vec_t<3, wp::float32> adj_223 = {};
    wp::int32 adj_224 = {};
    wp::int32 adj_225 = {};
    wp::int32 adj_226 = {};
    wp::float32 adj_227 = {};
    wp::float32 adj_228 = {};
    wp::vec_t<3, wp::float32> adj_229 = {};
    wp::vec_t<3, wp::float32> adj_230 = {};
    wp::vec_t<3, wp::float32> adj_231 = {};
    wp::vec_t<3, wp::float32> adj_232 = {};
    wp::vec_t<3, wp::float32> adj_233 = {};
    wp::vec_t<3, wp::float32> adj_234 = {};
    wp::vec_t<3, wp::float32> adj_235 = {};
    wp::vec_t<3, wp::float32> adj_236 = {};
    wp::vec_t<3, wp::float32> adj_237 = {};
    wp::int32 adj_238 = {};
    wp::float32 adj_239 = {};
    wp::float32 adj_240 = {};
    wp::vec_t<3, wp::float32> adj_241 = {};
    wp::int32 adj_242 = {};
    wp::int32 adj_243 = {};
    wp::vec_t<3, wp::float32> adj_244 = {};
    wp::vec_t<3, wp::float32> adj_245 = {};
    wp::vec_t<3, wp::float32> adj_246 = {};
    wp::int32 adj_247 = {};
    wp::int32 adj_248 = {};
    wp::int32 adj_249 = {};
    wp::int32 adj_250 = {};
    wp::vec_t<3, wp::float32> adj_251 = {};
    wp::vec_t<3, wp::float32> adj_252 = {};
    wp::int32 adj_253 = {};
    wp::int32 adj_254 = {};
    wp::int32 adj_255 = {};
    wp::int32 adj_256 = {};
    wp::int32 adj_257 = {};
    wp::int32 adj_258 = {};
    wp::int32 adj_259 = {};
    wp::int32 adj_260 = {};
    wp::int32 adj_261 = {};
    wp::int32 adj_262 = {};
    wp::int32 adj_263 = {};
    wp::int32 adj_264 = {};
    wp::vec_t<3, wp::float32> adj_265 = {};
    wp::vec_t<3, wp::float32> adj_266 = {};
    wp::int32 adj_267 = {};
    wp::int32 adj_268 = {};
    wp::int32 adj_269 = {};
    wp::int32 adj_270 = {};
    wp::vec_t<3, wp::float32> adj_271 = {};
    wp::vec_t<3, wp::float32> adj_272 = {};
    wp::vec_t<3, wp::float32> adj_273 = {};
    wp::vec_t<3, wp::float32> adj_274 = {};
    wp::int32 adj_275 = {};
    wp::int32 adj_276 = {};
    wp::int32 adj_277 = {};
    wp::int32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::float32 adj_280 = {};
    wp::vec_t<3, wp::float32> adj_281 = {};
    wp::vec_t<3, wp::float32> adj_282 = {};
    wp::vec_t<3, wp::float32> adj_283 = {};
    wp::vec_t<3, wp::float32> adj_284 = {};
    wp::float32 adj_285 = {};
    wp::float32 adj_286 = {};
    wp::vec_t<3, wp::float32> adj_287 = {};
    wp::vec_t<3, wp::float32> adj_288 = {};
    wp::vec_t<3, wp::float32> adj_289 = {};
    wp::vec_t<3, wp::float32> adj_290 = {};
    wp::vec_t<3, wp::float32> adj_291 = {};
    wp::int32 adj_292 = {};
    wp::int32 adj_293 = {};
    wp::int32 adj_294 = {};
    wp::float32 adj_295 = {};
    wp::float32 adj_296 = {};
    wp::vec_t<3, wp::float32> adj_297 = {};
    wp::vec_t<3, wp::float32> adj_298 = {};
    wp::vec_t<3, wp::float32> adj_299 = {};
    wp::vec_t<3, wp::float32> adj_300 = {};
    wp::vec_t<3, wp::float32> adj_301 = {};
    wp::vec_t<3, wp::float32> adj_302 = {};
    wp::vec_t<3, wp::float32> adj_303 = {};
    wp::vec_t<3, wp::float32> adj_304 = {};
    wp::vec_t<3, wp::float32> adj_305 = {};
    wp::int32 adj_306 = {};
    wp::int32 adj_307 = {};
    wp::int32 adj_308 = {};
    wp::float32 adj_309 = {};
    wp::float32 adj_310 = {};
    wp::vec_t<3, wp::float32> adj_311 = {};
    wp::vec_t<3, wp::float32> adj_312 = {};
    wp::vec_t<3, wp::float32> adj_313 = {};
    wp::vec_t<3, wp::float32> adj_314 = {};
    wp::vec_t<3, wp::float32> adj_315 = {};
    wp::vec_t<3, wp::float32> adj_316 = {};
    wp::vec_t<3, wp::float32> adj_317 = {};
    wp::vec_t<3, wp::float32> adj_318 = {};
    wp::vec_t<3, wp::float32> adj_319 = {};
    wp::int32 adj_320 = {};
    wp::float32 adj_321 = {};
    wp::float32 adj_322 = {};
    wp::vec_t<3, wp::float32> adj_323 = {};
    wp::int32 adj_324 = {};
    wp::int32 adj_325 = {};
    wp::vec_t<3, wp::float32> adj_326 = {};
    wp::vec_t<3, wp::float32> adj_327 = {};
    wp::vec_t<3, wp::float32> adj_328 = {};
    wp::int32 adj_329 = {};
    wp::int32 adj_330 = {};
    wp::int32 adj_331 = {};
    wp::int32 adj_332 = {};
    wp::vec_t<3, wp::float32> adj_333 = {};
    wp::vec_t<3, wp::float32> adj_334 = {};
    wp::int32 adj_335 = {};
    wp::int32 adj_336 = {};
    wp::int32 adj_337 = {};
    wp::int32 adj_338 = {};
    wp::int32 adj_339 = {};
    wp::int32 adj_340 = {};
    wp::int32 adj_341 = {};
    wp::int32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::int32 adj_344 = {};
    wp::int32 adj_345 = {};
    wp::int32 adj_346 = {};
    wp::vec_t<3, wp::float32> adj_347 = {};
    wp::vec_t<3, wp::float32> adj_348 = {};
    wp::int32 adj_349 = {};
    wp::int32 adj_350 = {};
    wp::int32 adj_351 = {};
    wp::int32 adj_352 = {};
    wp::vec_t<3, wp::float32> adj_353 = {};
    wp::vec_t<3, wp::float32> adj_354 = {};
    wp::vec_t<3, wp::float32> adj_355 = {};
    wp::vec_t<3, wp::float32> adj_356 = {};
    wp::int32 adj_357 = {};
    wp::int32 adj_358 = {};
    wp::int32 adj_359 = {};
    wp::int32 adj_360 = {};
    wp::vec_t<3, wp::float32> adj_361 = {};
    wp::vec_t<3, wp::float32> adj_362 = {};
    wp::vec_t<3, wp::float32> adj_363 = {};
    wp::int32 adj_364 = {};
    wp::int32 adj_365 = {};
    wp::int32 adj_366 = {};
    wp::int32 adj_367 = {};
    wp::int32 adj_368 = {};
    wp::int32 adj_369 = {};
    wp::int32 adj_370 = {};
    wp::int32 adj_371 = {};
    wp::float32 adj_372 = {};
    wp::float32 adj_373 = {};
    wp::float32 adj_374 = {};
    wp::vec_t<3, wp::float32> adj_375 = {};
    wp::vec_t<3, wp::float32> adj_376 = {};
    wp::vec_t<3, wp::float32> adj_377 = {};
    wp::vec_t<3, wp::float32> adj_378 = {};
    wp::int32 adj_379 = {};
    wp::int32 adj_380 = {};
    wp::int32 adj_381 = {};
    wp::int32 adj_382 = {};
    wp::int32 adj_383 = {};
    wp::float32 adj_384 = {};
    wp::float32 adj_385 = {};
    wp::float32 adj_386 = {};
    wp::vec_t<3, wp::float32> adj_387 = {};
    wp::vec_t<3, wp::float32> adj_388 = {};
    wp::int32 adj_389 = {};
    wp::float32 adj_390 = {};
    wp::float32 adj_391 = {};
    wp::float32 adj_392 = {};
    wp::vec_t<3, wp::float32> adj_393 = {};
    wp::vec_t<3, wp::float32> adj_394 = {};
    wp::int32 adj_395 = {};
    wp::int32 adj_396 = {};
    wp::int32 adj_397 = {};
    wp::int32 adj_398 = {};
    wp::int32 adj_399 = {};
    wp::int32 adj_400 = {};
    wp::int32 adj_401 = {};
    //---------
    // forward
    // def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):       <L 1>
    // third = type(v0[0])(1.0 / 3.0)                                                         <L 2>
    var_1 = wp::extract(var_v0, var_0);
    var_4 = wp::div(var_2, var_3);
    var_5 = wp::float32(var_4);
    // half = type(v0[0])(0.5)                                                                <L 3>
    var_7 = wp::extract(var_v0, var_6);
    var_9 = wp::float32(var_8);
    // g = (v0 + v1 + v2) * third                                                             <L 4>
    var_10 = wp::add(var_v0, var_v1);
    var_11 = wp::add(var_10, var_v2);
    var_12 = wp::mul(var_11, var_5);
    // n = wp.cross(v1 - v0, v2 - v0)                                                         <L 5>
    var_13 = wp::sub(var_v1, var_v0);
    var_14 = wp::sub(var_v2, var_v0);
    var_15 = wp::cross(var_13, var_14);
    // e = v1 - v0                                                                            <L 6>
    var_16 = wp::sub(var_v1, var_v0);
    // hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                             <L 8>
    var_17 = wp::add(var_v0, var_p);
    var_18 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_17);
    // wp::array_store(var_hit, var_i, var_19, var_18);
    // hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                                  <L 9>
    var_20 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_12);
    // wp::array_store(var_hit, var_i, var_21, var_20);
    // hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                      <L 11>
    var_22 = wp::add(var_12, var_15);
    var_23 = wp::sub(var_12, var_15);
    var_24 = wp::add(var_12, var_16);
    var_25 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_22, var_23, var_24);
    // wp::array_store(var_hit, var_i, var_26, var_25);
    // hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))       <L 12>
    var_27 = wp::add(var_12, var_15);
    var_29 = wp::extract(var_v0, var_28);
    var_31 = wp::float32(var_30);
    var_32 = wp::mul(var_16, var_31);
    var_33 = wp::add(var_27, var_32);
    var_34 = wp::sub(var_12, var_15);
    var_36 = wp::extract(var_v0, var_35);
    var_38 = wp::float32(var_37);
    var_39 = wp::mul(var_16, var_38);
    var_40 = wp::add(var_34, var_39);
    var_42 = wp::extract(var_v0, var_41);
    var_44 = wp::float32(var_43);
    var_45 = wp::mul(var_16, var_44);
    var_46 = wp::add(var_12, var_45);
    var_47 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_33, var_40, var_46);
    // wp::array_store(var_hit, var_i, var_48, var_47);
    // hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                      <L 13>
    var_49 = wp::add(var_12, var_15);
    var_50 = wp::sub(var_12, var_15);
    var_51 = wp::add(var_12, var_16);
    var_52 = wp::intersect_tri_tri(var_49, var_50, var_51, var_v0, var_v1, var_v2);
    // wp::array_store(var_hit, var_i, var_53, var_52);
    // hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)               <L 15>
    var_54 = wp::add(var_v0, var_15);
    var_55 = wp::add(var_54, var_p);
    var_56 = wp::add(var_v0, var_15);
    var_57 = wp::sub(var_56, var_p);
    var_58 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_55, var_57);
    // wp::array_store(var_hit, var_i, var_59, var_58);
    // hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                           <L 16>
    var_60 = wp::add(var_v2, var_15);
    var_61 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_v1, var_60);
    // wp::array_store(var_hit, var_i, var_62, var_61);
    // hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                     <L 17>
    var_63 = wp::add(var_v0, var_v1);
    var_64 = wp::sub(var_63, var_v2);
    var_65 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v1, var_v0, var_64);
    // wp::array_store(var_hit, var_i, var_66, var_65);
    // w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)       <L 19>
    var_67 = wp::mul(var_15, var_9);
    var_68 = wp::add(var_v0, var_67);
    var_69 = wp::mul(var_15, var_9);
    var_70 = wp::add(var_v1, var_69);
    var_71 = wp::mul(var_15, var_9);
    var_72 = wp::add(var_v2, var_71);
    var_73 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_68, var_70, var_72);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)               <L 21>
    var_75 = wp::mul(var_73, var_74);
    var_76 = wp::add(var_v0, var_15);
    var_77 = wp::add(var_76, var_p);
    var_78 = wp::sub(var_v0, var_15);
    var_79 = wp::add(var_78, var_p);
    var_80 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_77, var_79);
    var_81 = wp::add(var_75, var_80);
    // w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)               <L 22>
    var_83 = wp::mul(var_81, var_82);
    var_84 = wp::add(var_v0, var_15);
    var_85 = wp::add(var_84, var_p);
    var_86 = wp::sub(var_v0, var_15);
    var_87 = wp::add(var_86, var_p);
    var_88 = wp::intersect_tri_tri(var_85, var_v0, var_87, var_v0, var_v1, var_v2);
    var_89 = wp::add(var_83, var_88);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)               <L 23>
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::add(var_v1, var_15);
    var_93 = wp::add(var_92, var_q);
    var_94 = wp::sub(var_v1, var_15);
    var_95 = wp::sub(var_94, var_q);
    var_96 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_93, var_95, var_v1);
    var_97 = wp::add(var_91, var_96);
    // hit[i, 8] = w                                                                          <L 24>
    // wp::array_store(var_hit, var_i, var_98, var_97);
    // s = type(v0[0])(1.0e-9)                                                                <L 25>
    var_100 = wp::extract(var_v0, var_99);
    var_102 = wp::float32(var_101);
    // hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)       <L 26>
    var_103 = wp::mul(var_15, var_102);
    var_104 = wp::add(var_v0, var_103);
    var_105 = wp::mul(var_16, var_9);
    var_106 = wp::add(var_104, var_105);
    var_107 = wp::mul(var_15, var_102);
    var_108 = wp::add(var_v1, var_107);
    var_109 = wp::mul(var_16, var_9);
    var_110 = wp::add(var_108, var_109);
    var_111 = wp::mul(var_15, var_102);
    var_112 = wp::add(var_v2, var_111);
    var_113 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_106, var_110, var_112);
    // wp::array_store(var_hit, var_i, var_114, var_113);
    // for axis in range(3):                                                                  <L 28>
    // c = v0[axis]                                                                           <L 29>
    var_116 = wp::extract(var_v0, var_115);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_117 = flat_0(var_v0, var_115, var_116);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_118 = flat_0(var_v1, var_115, var_116);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_119 = flat_0(var_v2, var_115, var_116);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_120 = wp::mul(var_16, var_9);
    var_122 = wp::float32(var_121);
    var_123 = flat_0(var_120, var_115, var_122);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_124 = flat_0(var_12, var_115, var_116);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_125 = wp::add(var_117, var_123);
    var_126 = wp::add(var_118, var_123);
    var_127 = wp::add(var_119, var_123);
    var_128 = wp::intersect_tri_tri(var_117, var_118, var_119, var_125, var_126, var_127);
    var_130 = wp::add(var_129, var_115);
    // wp::array_store(var_hit, var_i, var_130, var_128);
    // k = type(c)(0.25)                                                                      <L 37>
    var_132 = wp::float32(var_131);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_133 = wp::sub(var_117, var_124);
    var_134 = wp::mul(var_133, var_132);
    var_135 = wp::add(var_124, var_134);
    var_136 = wp::sub(var_118, var_124);
    var_137 = wp::mul(var_136, var_132);
    var_138 = wp::add(var_124, var_137);
    var_139 = wp::sub(var_119, var_124);
    var_140 = wp::mul(var_139, var_132);
    var_141 = wp::add(var_124, var_140);
    var_142 = wp::intersect_tri_tri(var_117, var_118, var_119, var_135, var_138, var_141);
    var_144 = wp::add(var_143, var_115);
    // wp::array_store(var_hit, var_i, var_144, var_142);
    // k = type(c)(3.0)                                                                       <L 39>
    var_146 = wp::float32(var_145);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_147 = wp::sub(var_117, var_124);
    var_148 = wp::mul(var_147, var_146);
    var_149 = wp::add(var_124, var_148);
    var_150 = wp::sub(var_118, var_124);
    var_151 = wp::mul(var_150, var_146);
    var_152 = wp::add(var_124, var_151);
    var_153 = wp::sub(var_119, var_124);
    var_154 = wp::mul(var_153, var_146);
    var_155 = wp::add(var_124, var_154);
    var_156 = wp::intersect_tri_tri(var_117, var_118, var_119, var_149, var_152, var_155);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_158 = wp::float32(var_157);
    var_159 = wp::mul(var_123, var_158);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_161 = wp::mul(var_156, var_160);
    var_162 = wp::add(var_117, var_159);
    var_163 = wp::add(var_118, var_159);
    var_164 = wp::add(var_119, var_159);
    var_165 = wp::intersect_tri_tri(var_117, var_118, var_119, var_162, var_163, var_164);
    var_166 = wp::add(var_161, var_165);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_168 = wp::mul(var_166, var_167);
    var_169 = wp::add(var_117, var_118);
    var_170 = wp::sub(var_169, var_119);
    var_171 = wp::intersect_tri_tri(var_117, var_118, var_119, var_118, var_117, var_170);
    var_172 = wp::add(var_168, var_171);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_174 = wp::mul(var_172, var_173);
    var_175 = wp::intersect_tri_tri(var_117, var_118, var_119, var_117, var_118, var_119);
    var_176 = wp::add(var_174, var_175);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_178 = wp::mul(var_176, var_177);
    var_179 = wp::intersect_tri_tri(var_117, var_118, var_119, var_119, var_118, var_117);
    var_180 = wp::add(var_178, var_179);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_182 = wp::mul(var_180, var_181);
    var_183 = flat_0(var_p, var_115, var_116);
    var_184 = flat_0(var_q, var_115, var_116);
    var_185 = wp::intersect_tri_tri(var_117, var_118, var_119, var_183, var_184, var_124);
    var_186 = wp::add(var_182, var_185);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_188 = wp::mul(var_186, var_187);
    var_189 = flat_0(var_p, var_115, var_116);
    var_190 = flat_0(var_q, var_115, var_116);
    var_191 = wp::add(var_v0, var_p);
    var_192 = flat_0(var_191, var_115, var_116);
    var_193 = wp::intersect_tri_tri(var_117, var_118, var_119, var_189, var_190, var_192);
    var_194 = wp::add(var_188, var_193);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_196 = wp::add(var_195, var_115);
    // wp::array_store(var_hit, var_i, var_196, var_194);
    // c = v0[axis]                                                                           <L 29>
    var_198 = wp::extract(var_v0, var_197);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_199 = flat_0(var_v0, var_197, var_198);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_200 = flat_0(var_v1, var_197, var_198);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_201 = flat_0(var_v2, var_197, var_198);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_202 = wp::mul(var_16, var_9);
    var_204 = wp::float32(var_203);
    var_205 = flat_0(var_202, var_197, var_204);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_206 = flat_0(var_12, var_197, var_198);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_207 = wp::add(var_199, var_205);
    var_208 = wp::add(var_200, var_205);
    var_209 = wp::add(var_201, var_205);
    var_210 = wp::intersect_tri_tri(var_199, var_200, var_201, var_207, var_208, var_209);
    var_212 = wp::add(var_211, var_197);
    // wp::array_store(var_hit, var_i, var_212, var_210);
    // k = type(c)(0.25)                                                                      <L 37>
    var_214 = wp::float32(var_213);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_215 = wp::sub(var_199, var_206);
    var_216 = wp::mul(var_215, var_214);
    var_217 = wp::add(var_206, var_216);
    var_218 = wp::sub(var_200, var_206);
    var_219 = wp::mul(var_218, var_214);
    var_220 = wp::add(var_206, var_219);
    var_221 = wp::sub(var_201, var_206);
    var_222 = wp::mul(var_221, var_214);
    var_223 = wp::add(var_206, var_222);
    var_224 = wp::intersect_tri_tri(var_199, var_200, var_201, var_217, var_220, var_223);
    var_226 = wp::add(var_225, var_197);
    // wp::array_store(var_hit, var_i, var_226, var_224);
    // k = type(c)(3.0)                                                                       <L 39>
    var_228 = wp::float32(var_227);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_229 = wp::sub(var_199, var_206);
    var_230 = wp::mul(var_229, var_228);
    var_231 = wp::add(var_206, var_230);
    var_232 = wp::sub(var_200, var_206);
    var_233 = wp::mul(var_232, var_228);
    var_234 = wp::add(var_206, var_233);
    var_235 = wp::sub(var_201, var_206);
    var_236 = wp::mul(var_235, var_228);
    var_237 = wp::add(var_206, var_236);
    var_238 = wp::intersect_tri_tri(var_199, var_200, var_201, var_231, var_234, var_237);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_240 = wp::float32(var_239);
    var_241 = wp::mul(var_205, var_240);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_243 = wp::mul(var_238, var_242);
    var_244 = wp::add(var_199, var_241);
    var_245 = wp::add(var_200, var_241);
    var_246 = wp::add(var_201, var_241);
    var_247 = wp::intersect_tri_tri(var_199, var_200, var_201, var_244, var_245, var_246);
    var_248 = wp::add(var_243, var_247);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_250 = wp::mul(var_248, var_249);
    var_251 = wp::add(var_199, var_200);
    var_252 = wp::sub(var_251, var_201);
    var_253 = wp::intersect_tri_tri(var_199, var_200, var_201, var_200, var_199, var_252);
    var_254 = wp::add(var_250, var_253);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_256 = wp::mul(var_254, var_255);
    var_257 = wp::intersect_tri_tri(var_199, var_200, var_201, var_199, var_200, var_201);
    var_258 = wp::add(var_256, var_257);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_260 = wp::mul(var_258, var_259);
    var_261 = wp::intersect_tri_tri(var_199, var_200, var_201, var_201, var_200, var_199);
    var_262 = wp::add(var_260, var_261);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_264 = wp::mul(var_262, var_263);
    var_265 = flat_0(var_p, var_197, var_198);
    var_266 = flat_0(var_q, var_197, var_198);
    var_267 = wp::intersect_tri_tri(var_199, var_200, var_201, var_265, var_266, var_206);
    var_268 = wp::add(var_264, var_267);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_270 = wp::mul(var_268, var_269);
    var_271 = flat_0(var_p, var_197, var_198);
    var_272 = flat_0(var_q, var_197, var_198);
    var_273 = wp::add(var_v0, var_p);
    var_274 = flat_0(var_273, var_197, var_198);
    var_275 = wp::intersect_tri_tri(var_199, var_200, var_201, var_271, var_272, var_274);
    var_276 = wp::add(var_270, var_275);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_278 = wp::add(var_277, var_197);
    // wp::array_store(var_hit, var_i, var_278, var_276);
    // c = v0[axis]                                                                           <L 29>
    var_280 = wp::extract(var_v0, var_279);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_281 = flat_0(var_v0, var_279, var_280);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_282 = flat_0(var_v1, var_279, var_280);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_283 = flat_0(var_v2, var_279, var_280);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_284 = wp::mul(var_16, var_9);
    var_286 = wp::float32(var_285);
    var_287 = flat_0(var_284, var_279, var_286);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_288 = flat_0(var_12, var_279, var_280);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_289 = wp::add(var_281, var_287);
    var_290 = wp::add(var_282, var_287);
    var_291 = wp::add(var_283, var_287);
    var_292 = wp::intersect_tri_tri(var_281, var_282, var_283, var_289, var_290, var_291);
    var_294 = wp::add(var_293, var_279);
    // wp::array_store(var_hit, var_i, var_294, var_292);
    // k = type(c)(0.25)                                                                      <L 37>
    var_296 = wp::float32(var_295);
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_297 = wp::sub(var_281, var_288);
    var_298 = wp::mul(var_297, var_296);
    var_299 = wp::add(var_288, var_298);
    var_300 = wp::sub(var_282, var_288);
    var_301 = wp::mul(var_300, var_296);
    var_302 = wp::add(var_288, var_301);
    var_303 = wp::sub(var_283, var_288);
    var_304 = wp::mul(var_303, var_296);
    var_305 = wp::add(var_288, var_304);
    var_306 = wp::intersect_tri_tri(var_281, var_282, var_283, var_299, var_302, var_305);
    var_308 = wp::add(var_307, var_279);
    // wp::array_store(var_hit, var_i, var_308, var_306);
    // k = type(c)(3.0)                                                                       <L 39>
    var_310 = wp::float32(var_309);
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_311 = wp::sub(var_281, var_288);
    var_312 = wp::mul(var_311, var_310);
    var_313 = wp::add(var_288, var_312);
    var_314 = wp::sub(var_282, var_288);
    var_315 = wp::mul(var_314, var_310);
    var_316 = wp::add(var_288, var_315);
    var_317 = wp::sub(var_283, var_288);
    var_318 = wp::mul(var_317, var_310);
    var_319 = wp::add(var_288, var_318);
    var_320 = wp::intersect_tri_tri(var_281, var_282, var_283, var_313, var_316, var_319);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_322 = wp::float32(var_321);
    var_323 = wp::mul(var_287, var_322);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_325 = wp::mul(var_320, var_324);
    var_326 = wp::add(var_281, var_323);
    var_327 = wp::add(var_282, var_323);
    var_328 = wp::add(var_283, var_323);
    var_329 = wp::intersect_tri_tri(var_281, var_282, var_283, var_326, var_327, var_328);
    var_330 = wp::add(var_325, var_329);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_332 = wp::mul(var_330, var_331);
    var_333 = wp::add(var_281, var_282);
    var_334 = wp::sub(var_333, var_283);
    var_335 = wp::intersect_tri_tri(var_281, var_282, var_283, var_282, var_281, var_334);
    var_336 = wp::add(var_332, var_335);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_338 = wp::mul(var_336, var_337);
    var_339 = wp::intersect_tri_tri(var_281, var_282, var_283, var_281, var_282, var_283);
    var_340 = wp::add(var_338, var_339);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_342 = wp::mul(var_340, var_341);
    var_343 = wp::intersect_tri_tri(var_281, var_282, var_283, var_283, var_282, var_281);
    var_344 = wp::add(var_342, var_343);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_346 = wp::mul(var_344, var_345);
    var_347 = flat_0(var_p, var_279, var_280);
    var_348 = flat_0(var_q, var_279, var_280);
    var_349 = wp::intersect_tri_tri(var_281, var_282, var_283, var_347, var_348, var_288);
    var_350 = wp::add(var_346, var_349);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_352 = wp::mul(var_350, var_351);
    var_353 = flat_0(var_p, var_279, var_280);
    var_354 = flat_0(var_q, var_279, var_280);
    var_355 = wp::add(var_v0, var_p);
    var_356 = flat_0(var_355, var_279, var_280);
    var_357 = wp::intersect_tri_tri(var_281, var_282, var_283, var_353, var_354, var_356);
    var_358 = wp::add(var_352, var_357);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_360 = wp::add(var_359, var_279);
    // wp::array_store(var_hit, var_i, var_360, var_358);
    // d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                              <L 50>
    var_361 = wp::add(var_12, var_15);
    var_362 = wp::sub(var_12, var_15);
    var_363 = wp::add(var_12, var_16);
    var_364 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_361, var_362, var_363);
    // d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                               <L 51>
    var_366 = wp::mul(var_364, var_365);
    var_367 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_v0, var_v0, var_v0);
    var_368 = wp::add(var_366, var_367);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)       <L 52>
    var_370 = wp::mul(var_368, var_369);
    var_372 = wp::extract(var_v0, var_371);
    var_374 = wp::float32(var_373);
    var_375 = wp::mul(var_v1, var_374);
    var_376 = wp::sub(var_375, var_v0);
    var_377 = wp::add(var_12, var_15);
    var_378 = wp::sub(var_12, var_15);
    var_379 = wp::intersect_tri_tri(var_v0, var_v1, var_376, var_377, var_378, var_p);
    var_380 = wp::add(var_370, var_379);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)       <L 53>
    var_382 = wp::mul(var_380, var_381);
    var_384 = wp::extract(var_v0, var_383);
    var_386 = wp::float32(var_385);
    var_387 = wp::mul(var_v1, var_386);
    var_388 = wp::sub(var_387, var_v0);
    var_390 = wp::extract(var_v0, var_389);
    var_392 = wp::float32(var_391);
    var_393 = wp::mul(var_v1, var_392);
    var_394 = wp::sub(var_393, var_v0);
    var_395 = wp::intersect_tri_tri(var_v0, var_v1, var_388, var_v0, var_v1, var_394);
    var_396 = wp::add(var_382, var_395);
    // d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                                  <L 54>
    var_398 = wp::mul(var_396, var_397);
    var_399 = wp::intersect_tri_tri(var_12, var_12, var_12, var_v0, var_v1, var_v2);
    var_400 = wp::add(var_398, var_399);
    // hit[i, 19] = d                                                                         <L 55>
    // wp::array_store(var_hit, var_i, var_401, var_400);
    //---------
    // reverse
    wp::adj_array_store(var_hit, var_i, var_401, var_400, adj_hit, adj_i, adj_401, adj_400);
    // adj: hit[i, 19] = d                                                                    <L 55>
    wp::adj_add(var_398, var_399, adj_398, adj_399, adj_400);
    wp::adj_mul(var_396, var_397, adj_396, adj_397, adj_398);
    // adj: d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                             <L 54>
    wp::adj_add(var_382, var_395, adj_382, adj_395, adj_396);
    wp::adj_sub(var_393, var_v0, adj_393, adj_v0, adj_394);
    wp::adj_mul(var_v1, var_392, adj_v1, adj_392, adj_393);
    wp::adj_float32(var_391, adj_391, adj_392);
    wp::adj_extract(var_v0, var_389, adj_v0, adj_389, adj_390);
    wp::adj_sub(var_387, var_v0, adj_387, adj_v0, adj_388);
    wp::adj_mul(var_v1, var_386, adj_v1, adj_386, adj_387);
    wp::adj_float32(var_385, adj_385, adj_386);
    wp::adj_extract(var_v0, var_383, adj_v0, adj_383, adj_384);
    wp::adj_mul(var_380, var_381, adj_380, adj_381, adj_382);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)  <L 53>
    wp::adj_add(var_370, var_379, adj_370, adj_379, adj_380);
    wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_378);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_377);
    wp::adj_sub(var_375, var_v0, adj_375, adj_v0, adj_376);
    wp::adj_mul(var_v1, var_374, adj_v1, adj_374, adj_375);
    wp::adj_float32(var_373, adj_373, adj_374);
    wp::adj_extract(var_v0, var_371, adj_v0, adj_371, adj_372);
    wp::adj_mul(var_368, var_369, adj_368, adj_369, adj_370);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)  <L 52>
    wp::adj_add(var_366, var_367, adj_366, adj_367, adj_368);
    wp::adj_mul(var_364, var_365, adj_364, adj_365, adj_366);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                          <L 51>
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_363);
    wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_362);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_361);
    // adj: d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                         <L 50>
    wp::adj_array_store(var_hit, var_i, var_360, var_358, adj_hit, adj_i, adj_360, adj_358);
    wp::adj_add(var_359, var_279, adj_359, adj_279, adj_360);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_352, var_357, adj_352, adj_357, adj_358);
    adj_flat_0(var_355, var_279, var_280, adj_355, adj_279, adj_280, adj_356);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_355);
    adj_flat_0(var_q, var_279, var_280, adj_q, adj_279, adj_280, adj_354);
    adj_flat_0(var_p, var_279, var_280, adj_p, adj_279, adj_280, adj_353);
    wp::adj_mul(var_350, var_351, adj_350, adj_351, adj_352);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_346, var_349, adj_346, adj_349, adj_350);
    adj_flat_0(var_q, var_279, var_280, adj_q, adj_279, adj_280, adj_348);
    adj_flat_0(var_p, var_279, var_280, adj_p, adj_279, adj_280, adj_347);
    wp::adj_mul(var_344, var_345, adj_344, adj_345, adj_346);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_342, var_343, adj_342, adj_343, adj_344);
    wp::adj_mul(var_340, var_341, adj_340, adj_341, adj_342);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_338, var_339, adj_338, adj_339, adj_340);
    wp::adj_mul(var_336, var_337, adj_336, adj_337, adj_338);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_332, var_335, adj_332, adj_335, adj_336);
    wp::adj_sub(var_333, var_283, adj_333, adj_283, adj_334);
    wp::adj_add(var_281, var_282, adj_281, adj_282, adj_333);
    wp::adj_mul(var_330, var_331, adj_330, adj_331, adj_332);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_325, var_329, adj_325, adj_329, adj_330);
    wp::adj_add(var_283, var_323, adj_283, adj_323, adj_328);
    wp::adj_add(var_282, var_323, adj_282, adj_323, adj_327);
    wp::adj_add(var_281, var_323, adj_281, adj_323, adj_326);
    wp::adj_mul(var_320, var_324, adj_320, adj_324, adj_325);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_287, var_322, adj_287, adj_322, adj_323);
    wp::adj_float32(var_321, adj_321, adj_322);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_288, var_318, adj_288, adj_318, adj_319);
    wp::adj_mul(var_317, var_310, adj_317, adj_310, adj_318);
    wp::adj_sub(var_283, var_288, adj_283, adj_288, adj_317);
    wp::adj_add(var_288, var_315, adj_288, adj_315, adj_316);
    wp::adj_mul(var_314, var_310, adj_314, adj_310, adj_315);
    wp::adj_sub(var_282, var_288, adj_282, adj_288, adj_314);
    wp::adj_add(var_288, var_312, adj_288, adj_312, adj_313);
    wp::adj_mul(var_311, var_310, adj_311, adj_310, adj_312);
    wp::adj_sub(var_281, var_288, adj_281, adj_288, adj_311);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    wp::adj_float32(var_309, adj_309, adj_310);
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_308, var_306, adj_hit, adj_i, adj_308, adj_306);
    wp::adj_add(var_307, var_279, adj_307, adj_279, adj_308);
    wp::adj_add(var_288, var_304, adj_288, adj_304, adj_305);
    wp::adj_mul(var_303, var_296, adj_303, adj_296, adj_304);
    wp::adj_sub(var_283, var_288, adj_283, adj_288, adj_303);
    wp::adj_add(var_288, var_301, adj_288, adj_301, adj_302);
    wp::adj_mul(var_300, var_296, adj_300, adj_296, adj_301);
    wp::adj_sub(var_282, var_288, adj_282, adj_288, adj_300);
    wp::adj_add(var_288, var_298, adj_288, adj_298, adj_299);
    wp::adj_mul(var_297, var_296, adj_297, adj_296, adj_298);
    wp::adj_sub(var_281, var_288, adj_281, adj_288, adj_297);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    wp::adj_float32(var_295, adj_295, adj_296);
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_294, var_292, adj_hit, adj_i, adj_294, adj_292);
    wp::adj_add(var_293, var_279, adj_293, adj_279, adj_294);
    wp::adj_add(var_283, var_287, adj_283, adj_287, adj_291);
    wp::adj_add(var_282, var_287, adj_282, adj_287, adj_290);
    wp::adj_add(var_281, var_287, adj_281, adj_287, adj_289);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_12, var_279, var_280, adj_12, adj_279, adj_280, adj_288);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_284, var_279, var_286, adj_284, adj_279, adj_286, adj_287);
    wp::adj_float32(var_285, adj_285, adj_286);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_284);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_279, var_280, adj_v2, adj_279, adj_280, adj_283);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_279, var_280, adj_v1, adj_279, adj_280, adj_282);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_279, var_280, adj_v0, adj_279, adj_280, adj_281);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_279, adj_v0, adj_279, adj_280);
    // adj: c = v0[axis]                                                                      <L 29>
    wp::adj_array_store(var_hit, var_i, var_278, var_276, adj_hit, adj_i, adj_278, adj_276);
    wp::adj_add(var_277, var_197, adj_277, adj_197, adj_278);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_270, var_275, adj_270, adj_275, adj_276);
    adj_flat_0(var_273, var_197, var_198, adj_273, adj_197, adj_198, adj_274);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_273);
    adj_flat_0(var_q, var_197, var_198, adj_q, adj_197, adj_198, adj_272);
    adj_flat_0(var_p, var_197, var_198, adj_p, adj_197, adj_198, adj_271);
    wp::adj_mul(var_268, var_269, adj_268, adj_269, adj_270);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_264, var_267, adj_264, adj_267, adj_268);
    adj_flat_0(var_q, var_197, var_198, adj_q, adj_197, adj_198, adj_266);
    adj_flat_0(var_p, var_197, var_198, adj_p, adj_197, adj_198, adj_265);
    wp::adj_mul(var_262, var_263, adj_262, adj_263, adj_264);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_260, var_261, adj_260, adj_261, adj_262);
    wp::adj_mul(var_258, var_259, adj_258, adj_259, adj_260);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_256, var_257, adj_256, adj_257, adj_258);
    wp::adj_mul(var_254, var_255, adj_254, adj_255, adj_256);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_250, var_253, adj_250, adj_253, adj_254);
    wp::adj_sub(var_251, var_201, adj_251, adj_201, adj_252);
    wp::adj_add(var_199, var_200, adj_199, adj_200, adj_251);
    wp::adj_mul(var_248, var_249, adj_248, adj_249, adj_250);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_243, var_247, adj_243, adj_247, adj_248);
    wp::adj_add(var_201, var_241, adj_201, adj_241, adj_246);
    wp::adj_add(var_200, var_241, adj_200, adj_241, adj_245);
    wp::adj_add(var_199, var_241, adj_199, adj_241, adj_244);
    wp::adj_mul(var_238, var_242, adj_238, adj_242, adj_243);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_205, var_240, adj_205, adj_240, adj_241);
    wp::adj_float32(var_239, adj_239, adj_240);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_206, var_236, adj_206, adj_236, adj_237);
    wp::adj_mul(var_235, var_228, adj_235, adj_228, adj_236);
    wp::adj_sub(var_201, var_206, adj_201, adj_206, adj_235);
    wp::adj_add(var_206, var_233, adj_206, adj_233, adj_234);
    wp::adj_mul(var_232, var_228, adj_232, adj_228, adj_233);
    wp::adj_sub(var_200, var_206, adj_200, adj_206, adj_232);
    wp::adj_add(var_206, var_230, adj_206, adj_230, adj_231);
    wp::adj_mul(var_229, var_228, adj_229, adj_228, adj_230);
    wp::adj_sub(var_199, var_206, adj_199, adj_206, adj_229);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    wp::adj_float32(var_227, adj_227, adj_228);
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_226, var_224, adj_hit, adj_i, adj_226, adj_224);
    wp::adj_add(var_225, var_197, adj_225, adj_197, adj_226);
    wp::adj_add(var_206, var_222, adj_206, adj_222, adj_223);
    wp::adj_mul(var_221, var_214, adj_221, adj_214, adj_222);
    wp::adj_sub(var_201, var_206, adj_201, adj_206, adj_221);
    wp::adj_add(var_206, var_219, adj_206, adj_219, adj_220);
    wp::adj_mul(var_218, var_214, adj_218, adj_214, adj_219);
    wp::adj_sub(var_200, var_206, adj_200, adj_206, adj_218);
    wp::adj_add(var_206, var_216, adj_206, adj_216, adj_217);
    wp::adj_mul(var_215, var_214, adj_215, adj_214, adj_216);
    wp::adj_sub(var_199, var_206, adj_199, adj_206, adj_215);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    wp::adj_float32(var_213, adj_213, adj_214);
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_212, var_210, adj_hit, adj_i, adj_212, adj_210);
    wp::adj_add(var_211, var_197, adj_211, adj_197, adj_212);
    wp::adj_add(var_201, var_205, adj_201, adj_205, adj_209);
    wp::adj_add(var_200, var_205, adj_200, adj_205, adj_208);
    wp::adj_add(var_199, var_205, adj_199, adj_205, adj_207);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_12, var_197, var_198, adj_12, adj_197, adj_198, adj_206);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_202, var_197, var_204, adj_202, adj_197, adj_204, adj_205);
    wp::adj_float32(var_203, adj_203, adj_204);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_202);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_197, var_198, adj_v2, adj_197, adj_198, adj_201);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_197, var_198, adj_v1, adj_197, adj_198, adj_200);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_197, var_198, adj_v0, adj_197, adj_198, adj_199);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_197, adj_v0, adj_197, adj_198);
    // adj: c = v0[axis]                                                                      <L 29>
    wp::adj_array_store(var_hit, var_i, var_196, var_194, adj_hit, adj_i, adj_196, adj_194);
    wp::adj_add(var_195, var_115, adj_195, adj_115, adj_196);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_188, var_193, adj_188, adj_193, adj_194);
    adj_flat_0(var_191, var_115, var_116, adj_191, adj_115, adj_116, adj_192);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_191);
    adj_flat_0(var_q, var_115, var_116, adj_q, adj_115, adj_116, adj_190);
    adj_flat_0(var_p, var_115, var_116, adj_p, adj_115, adj_116, adj_189);
    wp::adj_mul(var_186, var_187, adj_186, adj_187, adj_188);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_182, var_185, adj_182, adj_185, adj_186);
    adj_flat_0(var_q, var_115, var_116, adj_q, adj_115, adj_116, adj_184);
    adj_flat_0(var_p, var_115, var_116, adj_p, adj_115, adj_116, adj_183);
    wp::adj_mul(var_180, var_181, adj_180, adj_181, adj_182);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_178, var_179, adj_178, adj_179, adj_180);
    wp::adj_mul(var_176, var_177, adj_176, adj_177, adj_178);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_174, var_175, adj_174, adj_175, adj_176);
    wp::adj_mul(var_172, var_173, adj_172, adj_173, adj_174);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_168, var_171, adj_168, adj_171, adj_172);
    wp::adj_sub(var_169, var_119, adj_169, adj_119, adj_170);
    wp::adj_add(var_117, var_118, adj_117, adj_118, adj_169);
    wp::adj_mul(var_166, var_167, adj_166, adj_167, adj_168);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_161, var_165, adj_161, adj_165, adj_166);
    wp::adj_add(var_119, var_159, adj_119, adj_159, adj_164);
    wp::adj_add(var_118, var_159, adj_118, adj_159, adj_163);
    wp::adj_add(var_117, var_159, adj_117, adj_159, adj_162);
    wp::adj_mul(var_156, var_160, adj_156, adj_160, adj_161);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_123, var_158, adj_123, adj_158, adj_159);
    wp::adj_float32(var_157, adj_157, adj_158);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_124, var_154, adj_124, adj_154, adj_155);
    wp::adj_mul(var_153, var_146, adj_153, adj_146, adj_154);
    wp::adj_sub(var_119, var_124, adj_119, adj_124, adj_153);
    wp::adj_add(var_124, var_151, adj_124, adj_151, adj_152);
    wp::adj_mul(var_150, var_146, adj_150, adj_146, adj_151);
    wp::adj_sub(var_118, var_124, adj_118, adj_124, adj_150);
    wp::adj_add(var_124, var_148, adj_124, adj_148, adj_149);
    wp::adj_mul(var_147, var_146, adj_147, adj_146, adj_148);
    wp::adj_sub(var_117, var_124, adj_117, adj_124, adj_147);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    wp::adj_float32(var_145, adj_145, adj_146);
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_144, var_142, adj_hit, adj_i, adj_144, adj_142);
    wp::adj_add(var_143, var_115, adj_143, adj_115, adj_144);
    wp::adj_add(var_124, var_140, adj_124, adj_140, adj_141);
    wp::adj_mul(var_139, var_132, adj_139, adj_132, adj_140);
    wp::adj_sub(var_119, var_124, adj_119, adj_124, adj_139);
    wp::adj_add(var_124, var_137, adj_124, adj_137, adj_138);
    wp::adj_mul(var_136, var_132, adj_136, adj_132, adj_137);
    wp::adj_sub(var_118, var_124, adj_118, adj_124, adj_136);
    wp::adj_add(var_124, var_134, adj_124, adj_134, adj_135);
    wp::adj_mul(var_133, var_132, adj_133, adj_132, adj_134);
    wp::adj_sub(var_117, var_124, adj_117, adj_124, adj_133);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    wp::adj_float32(var_131, adj_131, adj_132);
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_130, var_128, adj_hit, adj_i, adj_130, adj_128);
    wp::adj_add(var_129, var_115, adj_129, adj_115, adj_130);
    wp::adj_add(var_119, var_123, adj_119, adj_123, adj_127);
    wp::adj_add(var_118, var_123, adj_118, adj_123, adj_126);
    wp::adj_add(var_117, var_123, adj_117, adj_123, adj_125);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_12, var_115, var_116, adj_12, adj_115, adj_116, adj_124);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_120, var_115, var_122, adj_120, adj_115, adj_122, adj_123);
    wp::adj_float32(var_121, adj_121, adj_122);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_120);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_115, var_116, adj_v2, adj_115, adj_116, adj_119);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_115, var_116, adj_v1, adj_115, adj_116, adj_118);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_115, var_116, adj_v0, adj_115, adj_116, adj_117);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_115, adj_v0, adj_115, adj_116);
    // adj: c = v0[axis]                                                                      <L 29>
    // adj: for axis in range(3):                                                             <L 28>
    wp::adj_array_store(var_hit, var_i, var_114, var_113, adj_hit, adj_i, adj_114, adj_113);
    wp::adj_add(var_v2, var_111, adj_v2, adj_111, adj_112);
    wp::adj_mul(var_15, var_102, adj_15, adj_102, adj_111);
    wp::adj_add(var_108, var_109, adj_108, adj_109, adj_110);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_109);
    wp::adj_add(var_v1, var_107, adj_v1, adj_107, adj_108);
    wp::adj_mul(var_15, var_102, adj_15, adj_102, adj_107);
    wp::adj_add(var_104, var_105, adj_104, adj_105, adj_106);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_105);
    wp::adj_add(var_v0, var_103, adj_v0, adj_103, adj_104);
    wp::adj_mul(var_15, var_102, adj_15, adj_102, adj_103);
    // adj: hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)  <L 26>
    wp::adj_float32(var_101, adj_101, adj_102);
    wp::adj_extract(var_v0, var_99, adj_v0, adj_99, adj_100);
    // adj: s = type(v0[0])(1.0e-9)                                                           <L 25>
    wp::adj_array_store(var_hit, var_i, var_98, var_97, adj_hit, adj_i, adj_98, adj_97);
    // adj: hit[i, 8] = w                                                                     <L 24>
    wp::adj_add(var_91, var_96, adj_91, adj_96, adj_97);
    wp::adj_sub(var_94, var_q, adj_94, adj_q, adj_95);
    wp::adj_sub(var_v1, var_15, adj_v1, adj_15, adj_94);
    wp::adj_add(var_92, var_q, adj_92, adj_q, adj_93);
    wp::adj_add(var_v1, var_15, adj_v1, adj_15, adj_92);
    wp::adj_mul(var_89, var_90, adj_89, adj_90, adj_91);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)          <L 23>
    wp::adj_add(var_83, var_88, adj_83, adj_88, adj_89);
    wp::adj_add(var_86, var_p, adj_86, adj_p, adj_87);
    wp::adj_sub(var_v0, var_15, adj_v0, adj_15, adj_86);
    wp::adj_add(var_84, var_p, adj_84, adj_p, adj_85);
    wp::adj_add(var_v0, var_15, adj_v0, adj_15, adj_84);
    wp::adj_mul(var_81, var_82, adj_81, adj_82, adj_83);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)          <L 22>
    wp::adj_add(var_75, var_80, adj_75, adj_80, adj_81);
    wp::adj_add(var_78, var_p, adj_78, adj_p, adj_79);
    wp::adj_sub(var_v0, var_15, adj_v0, adj_15, adj_78);
    wp::adj_add(var_76, var_p, adj_76, adj_p, adj_77);
    wp::adj_add(var_v0, var_15, adj_v0, adj_15, adj_76);
    wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)          <L 21>
    wp::adj_add(var_v2, var_71, adj_v2, adj_71, adj_72);
    wp::adj_mul(var_15, var_9, adj_15, adj_9, adj_71);
    wp::adj_add(var_v1, var_69, adj_v1, adj_69, adj_70);
    wp::adj_mul(var_15, var_9, adj_15, adj_9, adj_69);
    wp::adj_add(var_v0, var_67, adj_v0, adj_67, adj_68);
    wp::adj_mul(var_15, var_9, adj_15, adj_9, adj_67);
    // adj: w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)  <L 19>
    wp::adj_array_store(var_hit, var_i, var_66, var_65, adj_hit, adj_i, adj_66, adj_65);
    wp::adj_sub(var_63, var_v2, adj_63, adj_v2, adj_64);
    wp::adj_add(var_v0, var_v1, adj_v0, adj_v1, adj_63);
    // adj: hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                <L 17>
    wp::adj_array_store(var_hit, var_i, var_62, var_61, adj_hit, adj_i, adj_62, adj_61);
    wp::adj_add(var_v2, var_15, adj_v2, adj_15, adj_60);
    // adj: hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                      <L 16>
    wp::adj_array_store(var_hit, var_i, var_59, var_58, adj_hit, adj_i, adj_59, adj_58);
    wp::adj_sub(var_56, var_p, adj_56, adj_p, adj_57);
    wp::adj_add(var_v0, var_15, adj_v0, adj_15, adj_56);
    wp::adj_add(var_54, var_p, adj_54, adj_p, adj_55);
    wp::adj_add(var_v0, var_15, adj_v0, adj_15, adj_54);
    // adj: hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)          <L 15>
    wp::adj_array_store(var_hit, var_i, var_53, var_52, adj_hit, adj_i, adj_53, adj_52);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_51);
    wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_50);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_49);
    // adj: hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                 <L 13>
    wp::adj_array_store(var_hit, var_i, var_48, var_47, adj_hit, adj_i, adj_48, adj_47);
    wp::adj_add(var_12, var_45, adj_12, adj_45, adj_46);
    wp::adj_mul(var_16, var_44, adj_16, adj_44, adj_45);
    wp::adj_float32(var_43, adj_43, adj_44);
    wp::adj_extract(var_v0, var_41, adj_v0, adj_41, adj_42);
    wp::adj_add(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_mul(var_16, var_38, adj_16, adj_38, adj_39);
    wp::adj_float32(var_37, adj_37, adj_38);
    wp::adj_extract(var_v0, var_35, adj_v0, adj_35, adj_36);
    wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_34);
    wp::adj_add(var_27, var_32, adj_27, adj_32, adj_33);
    wp::adj_mul(var_16, var_31, adj_16, adj_31, adj_32);
    wp::adj_float32(var_30, adj_30, adj_31);
    wp::adj_extract(var_v0, var_28, adj_v0, adj_28, adj_29);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_27);
    // adj: hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))  <L 12>
    wp::adj_array_store(var_hit, var_i, var_26, var_25, adj_hit, adj_i, adj_26, adj_25);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_24);
    wp::adj_sub(var_12, var_15, adj_12, adj_15, adj_23);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_22);
    // adj: hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                 <L 11>
    wp::adj_array_store(var_hit, var_i, var_21, var_20, adj_hit, adj_i, adj_21, adj_20);
    // adj: hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                             <L 9>
    wp::adj_array_store(var_hit, var_i, var_19, var_18, adj_hit, adj_i, adj_19, adj_18);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_17);
    // adj: hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                        <L 8>
    wp::adj_sub(var_v1, var_v0, adj_v1, adj_v0, adj_16);
    // adj: e = v1 - v0                                                                       <L 6>
    wp::adj_cross(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_sub(var_v2, var_v0, adj_v2, adj_v0, adj_14);
    wp::adj_sub(var_v1, var_v0, adj_v1, adj_v0, adj_13);
    // adj: n = wp.cross(v1 - v0, v2 - v0)                                                    <L 5>
    wp::adj_mul(var_11, var_5, adj_11, adj_5, adj_12);
    wp::adj_add(var_10, var_v2, adj_10, adj_v2, adj_11);
    wp::adj_add(var_v0, var_v1, adj_v0, adj_v1, adj_10);
    // adj: g = (v0 + v1 + v2) * third                                                        <L 4>
    wp::adj_float32(var_8, adj_8, adj_9);
    wp::adj_extract(var_v0, var_6, adj_v0, adj_6, adj_7);
    // adj: half = type(v0[0])(0.5)                                                           <L 3>
    wp::adj_float32(var_4, adj_4, adj_5);
    wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
    wp::adj_extract(var_v0, var_0, adj_v0, adj_0, adj_1);
    // adj: third = type(v0[0])(1.0 / 3.0)                                                    <L 2>
    // adj: def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):  <L 1>
    return;
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void adj_flat_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::int32 var_axis,
    wp::float64 var_c,
    wp::vec_t<3, wp::float64> & adj_v,
    wp::int32 & adj_axis,
    wp::float64 & adj_c,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    const wp::int32 var_2 = 1;
    wp::float64 var_3;
    const wp::int32 var_4 = 2;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    //---------
    // forward
    // def flat(v: Any, axis: int, c: Any):                                                   <L 1>
    // x = v[0]                                                                               <L 3>
    var_1 = wp::extract(var_v, var_0);
    // y = v[1]                                                                               <L 4>
    var_3 = wp::extract(var_v, var_2);
    // z = v[2]                                                                               <L 5>
    var_5 = wp::extract(var_v, var_4);
    // if axis == 0:                                                                          <L 6>
    var_7 = (var_axis == var_6);
    if (var_7) {
        // x = c                                                                              <L 7>
        var_8 = wp::copy(var_c);
    }
    var_9 = wp::where(var_7, var_8, var_1);
    // if axis == 1:                                                                          <L 8>
    var_11 = (var_axis == var_10);
    if (var_11) {
        // y = c                                                                              <L 9>
        var_12 = wp::copy(var_c);
    }
    var_13 = wp::where(var_11, var_12, var_3);
    // if axis == 2:                                                                          <L 10>
    var_15 = (var_axis == var_14);
    if (var_15) {
        // z = c                                                                              <L 11>
        var_16 = wp::copy(var_c);
    }
    var_17 = wp::where(var_15, var_16, var_5);
    // return type(v)(x, y, z)                                                                <L 12>
    var_18 = wp::vec_t<3, wp::float64>(var_9, var_13, var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_vec_t(var_9, var_13, var_17, adj_9, adj_13, adj_17, adj_18);
    // adj: return type(v)(x, y, z)                                                           <L 12>
    wp::adj_where(var_15, var_16, var_5, adj_15, adj_16, adj_5, adj_17);
    if (var_15) {
        wp::adj_copy(var_c, adj_c, adj_16);
        // adj: z = c                                                                         <L 11>
    }
    // adj: if axis == 2:                                                                     <L 10>
    wp::adj_where(var_11, var_12, var_3, adj_11, adj_12, adj_3, adj_13);
    if (var_11) {
        wp::adj_copy(var_c, adj_c, adj_12);
        // adj: y = c                                                                         <L 9>
    }
    // adj: if axis == 1:                                                                     <L 8>
    wp::adj_where(var_7, var_8, var_1, adj_7, adj_8, adj_1, adj_9);
    if (var_7) {
        wp::adj_copy(var_c, adj_c, adj_8);
        // adj: x = c                                                                         <L 7>
    }
    // adj: if axis == 0:                                                                     <L 6>
    wp::adj_extract(var_v, var_4, adj_v, adj_4, adj_5);
    // adj: z = v[2]                                                                          <L 5>
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_3);
    // adj: y = v[1]                                                                          <L 4>
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: x = v[0]                                                                          <L 3>
    // adj: def flat(v: Any, axis: int, c: Any):                                              <L 1>
    return;
}


// corpus/817_intersect_tri_tri.py:0
static CUDA_CALLABLE void adj_tri_cases_0(
    wp::vec_t<3, wp::float64> var_v0,
    wp::vec_t<3, wp::float64> var_v1,
    wp::vec_t<3, wp::float64> var_v2,
    wp::vec_t<3, wp::float64> var_p,
    wp::vec_t<3, wp::float64> var_q,
    wp::array_t<wp::int32> var_hit,
    wp::int32 var_i,
    wp::vec_t<3, wp::float64> & adj_v0,
    wp::vec_t<3, wp::float64> & adj_v1,
    wp::vec_t<3, wp::float64> & adj_v2,
    wp::vec_t<3, wp::float64> & adj_p,
    wp::vec_t<3, wp::float64> & adj_q,
    wp::array_t<wp::int32> & adj_hit,
    wp::int32 & adj_i)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::vec_t<3, wp::float64> var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::vec_t<3, wp::float64> var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 2;
    wp::vec_t<3, wp::float64> var_26;
    const wp::int32 var_27 = 0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    wp::vec_t<3, wp::float64> var_32;
    const wp::int32 var_33 = 0;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    const wp::int32 var_38 = 0;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::vec_t<3, wp::float64> var_41;
    wp::vec_t<3, wp::float64> var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 3;
    wp::vec_t<3, wp::float64> var_45;
    wp::vec_t<3, wp::float64> var_46;
    wp::vec_t<3, wp::float64> var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 4;
    wp::vec_t<3, wp::float64> var_50;
    wp::vec_t<3, wp::float64> var_51;
    wp::vec_t<3, wp::float64> var_52;
    wp::vec_t<3, wp::float64> var_53;
    wp::int32 var_54;
    const wp::int32 var_55 = 5;
    wp::vec_t<3, wp::float64> var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 6;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 7;
    wp::vec_t<3, wp::float64> var_63;
    wp::vec_t<3, wp::float64> var_64;
    wp::vec_t<3, wp::float64> var_65;
    wp::vec_t<3, wp::float64> var_66;
    wp::vec_t<3, wp::float64> var_67;
    wp::vec_t<3, wp::float64> var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::int32 var_71;
    wp::vec_t<3, wp::float64> var_72;
    wp::vec_t<3, wp::float64> var_73;
    wp::vec_t<3, wp::float64> var_74;
    wp::vec_t<3, wp::float64> var_75;
    wp::int32 var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::vec_t<3, wp::float64> var_80;
    wp::vec_t<3, wp::float64> var_81;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    wp::int32 var_84;
    wp::int32 var_85;
    const wp::int32 var_86 = 2;
    wp::int32 var_87;
    wp::vec_t<3, wp::float64> var_88;
    wp::vec_t<3, wp::float64> var_89;
    wp::vec_t<3, wp::float64> var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::int32 var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 8;
    const wp::int32 var_95 = 0;
    wp::float64 var_96;
    wp::float64 var_97;
    wp::vec_t<3, wp::float64> var_98;
    wp::vec_t<3, wp::float64> var_99;
    wp::vec_t<3, wp::float64> var_100;
    wp::vec_t<3, wp::float64> var_101;
    wp::vec_t<3, wp::float64> var_102;
    wp::vec_t<3, wp::float64> var_103;
    wp::vec_t<3, wp::float64> var_104;
    wp::vec_t<3, wp::float64> var_105;
    wp::vec_t<3, wp::float64> var_106;
    wp::vec_t<3, wp::float64> var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 9;
    const wp::int32 var_110 = 0;
    wp::float64 var_111;
    wp::vec_t<3, wp::float64> var_112;
    wp::vec_t<3, wp::float64> var_113;
    wp::vec_t<3, wp::float64> var_114;
    wp::vec_t<3, wp::float64> var_115;
    wp::float64 var_116;
    wp::vec_t<3, wp::float64> var_117;
    wp::vec_t<3, wp::float64> var_118;
    wp::vec_t<3, wp::float64> var_119;
    wp::vec_t<3, wp::float64> var_120;
    wp::vec_t<3, wp::float64> var_121;
    wp::int32 var_122;
    const wp::int32 var_123 = 10;
    wp::int32 var_124;
    wp::float64 var_125;
    wp::vec_t<3, wp::float64> var_126;
    wp::vec_t<3, wp::float64> var_127;
    wp::vec_t<3, wp::float64> var_128;
    wp::vec_t<3, wp::float64> var_129;
    wp::vec_t<3, wp::float64> var_130;
    wp::vec_t<3, wp::float64> var_131;
    wp::vec_t<3, wp::float64> var_132;
    wp::vec_t<3, wp::float64> var_133;
    wp::vec_t<3, wp::float64> var_134;
    wp::int32 var_135;
    const wp::int32 var_136 = 13;
    wp::int32 var_137;
    wp::float64 var_138;
    wp::vec_t<3, wp::float64> var_139;
    wp::vec_t<3, wp::float64> var_140;
    wp::vec_t<3, wp::float64> var_141;
    wp::vec_t<3, wp::float64> var_142;
    wp::vec_t<3, wp::float64> var_143;
    wp::vec_t<3, wp::float64> var_144;
    wp::vec_t<3, wp::float64> var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::vec_t<3, wp::float64> var_147;
    wp::int32 var_148;
    wp::float64 var_149;
    wp::vec_t<3, wp::float64> var_150;
    const wp::int32 var_151 = 2;
    wp::int32 var_152;
    wp::vec_t<3, wp::float64> var_153;
    wp::vec_t<3, wp::float64> var_154;
    wp::vec_t<3, wp::float64> var_155;
    wp::int32 var_156;
    wp::int32 var_157;
    const wp::int32 var_158 = 2;
    wp::int32 var_159;
    wp::vec_t<3, wp::float64> var_160;
    wp::vec_t<3, wp::float64> var_161;
    wp::int32 var_162;
    wp::int32 var_163;
    const wp::int32 var_164 = 2;
    wp::int32 var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    const wp::int32 var_168 = 2;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::int32 var_171;
    const wp::int32 var_172 = 2;
    wp::int32 var_173;
    wp::vec_t<3, wp::float64> var_174;
    wp::vec_t<3, wp::float64> var_175;
    wp::int32 var_176;
    wp::int32 var_177;
    const wp::int32 var_178 = 2;
    wp::int32 var_179;
    wp::vec_t<3, wp::float64> var_180;
    wp::vec_t<3, wp::float64> var_181;
    wp::vec_t<3, wp::float64> var_182;
    wp::vec_t<3, wp::float64> var_183;
    wp::int32 var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 16;
    wp::int32 var_187;
    const wp::int32 var_188 = 1;
    wp::float64 var_189;
    wp::vec_t<3, wp::float64> var_190;
    wp::vec_t<3, wp::float64> var_191;
    wp::vec_t<3, wp::float64> var_192;
    wp::vec_t<3, wp::float64> var_193;
    wp::float64 var_194;
    wp::vec_t<3, wp::float64> var_195;
    wp::vec_t<3, wp::float64> var_196;
    wp::vec_t<3, wp::float64> var_197;
    wp::vec_t<3, wp::float64> var_198;
    wp::vec_t<3, wp::float64> var_199;
    wp::int32 var_200;
    const wp::int32 var_201 = 10;
    wp::int32 var_202;
    wp::float64 var_203;
    wp::vec_t<3, wp::float64> var_204;
    wp::vec_t<3, wp::float64> var_205;
    wp::vec_t<3, wp::float64> var_206;
    wp::vec_t<3, wp::float64> var_207;
    wp::vec_t<3, wp::float64> var_208;
    wp::vec_t<3, wp::float64> var_209;
    wp::vec_t<3, wp::float64> var_210;
    wp::vec_t<3, wp::float64> var_211;
    wp::vec_t<3, wp::float64> var_212;
    wp::int32 var_213;
    const wp::int32 var_214 = 13;
    wp::int32 var_215;
    wp::float64 var_216;
    wp::vec_t<3, wp::float64> var_217;
    wp::vec_t<3, wp::float64> var_218;
    wp::vec_t<3, wp::float64> var_219;
    wp::vec_t<3, wp::float64> var_220;
    wp::vec_t<3, wp::float64> var_221;
    wp::vec_t<3, wp::float64> var_222;
    wp::vec_t<3, wp::float64> var_223;
    wp::vec_t<3, wp::float64> var_224;
    wp::vec_t<3, wp::float64> var_225;
    wp::int32 var_226;
    wp::float64 var_227;
    wp::vec_t<3, wp::float64> var_228;
    const wp::int32 var_229 = 2;
    wp::int32 var_230;
    wp::vec_t<3, wp::float64> var_231;
    wp::vec_t<3, wp::float64> var_232;
    wp::vec_t<3, wp::float64> var_233;
    wp::int32 var_234;
    wp::int32 var_235;
    const wp::int32 var_236 = 2;
    wp::int32 var_237;
    wp::vec_t<3, wp::float64> var_238;
    wp::vec_t<3, wp::float64> var_239;
    wp::int32 var_240;
    wp::int32 var_241;
    const wp::int32 var_242 = 2;
    wp::int32 var_243;
    wp::int32 var_244;
    wp::int32 var_245;
    const wp::int32 var_246 = 2;
    wp::int32 var_247;
    wp::int32 var_248;
    wp::int32 var_249;
    const wp::int32 var_250 = 2;
    wp::int32 var_251;
    wp::vec_t<3, wp::float64> var_252;
    wp::vec_t<3, wp::float64> var_253;
    wp::int32 var_254;
    wp::int32 var_255;
    const wp::int32 var_256 = 2;
    wp::int32 var_257;
    wp::vec_t<3, wp::float64> var_258;
    wp::vec_t<3, wp::float64> var_259;
    wp::vec_t<3, wp::float64> var_260;
    wp::vec_t<3, wp::float64> var_261;
    wp::int32 var_262;
    wp::int32 var_263;
    const wp::int32 var_264 = 16;
    wp::int32 var_265;
    const wp::int32 var_266 = 2;
    wp::float64 var_267;
    wp::vec_t<3, wp::float64> var_268;
    wp::vec_t<3, wp::float64> var_269;
    wp::vec_t<3, wp::float64> var_270;
    wp::vec_t<3, wp::float64> var_271;
    wp::float64 var_272;
    wp::vec_t<3, wp::float64> var_273;
    wp::vec_t<3, wp::float64> var_274;
    wp::vec_t<3, wp::float64> var_275;
    wp::vec_t<3, wp::float64> var_276;
    wp::vec_t<3, wp::float64> var_277;
    wp::int32 var_278;
    const wp::int32 var_279 = 10;
    wp::int32 var_280;
    wp::float64 var_281;
    wp::vec_t<3, wp::float64> var_282;
    wp::vec_t<3, wp::float64> var_283;
    wp::vec_t<3, wp::float64> var_284;
    wp::vec_t<3, wp::float64> var_285;
    wp::vec_t<3, wp::float64> var_286;
    wp::vec_t<3, wp::float64> var_287;
    wp::vec_t<3, wp::float64> var_288;
    wp::vec_t<3, wp::float64> var_289;
    wp::vec_t<3, wp::float64> var_290;
    wp::int32 var_291;
    const wp::int32 var_292 = 13;
    wp::int32 var_293;
    wp::float64 var_294;
    wp::vec_t<3, wp::float64> var_295;
    wp::vec_t<3, wp::float64> var_296;
    wp::vec_t<3, wp::float64> var_297;
    wp::vec_t<3, wp::float64> var_298;
    wp::vec_t<3, wp::float64> var_299;
    wp::vec_t<3, wp::float64> var_300;
    wp::vec_t<3, wp::float64> var_301;
    wp::vec_t<3, wp::float64> var_302;
    wp::vec_t<3, wp::float64> var_303;
    wp::int32 var_304;
    wp::float64 var_305;
    wp::vec_t<3, wp::float64> var_306;
    const wp::int32 var_307 = 2;
    wp::int32 var_308;
    wp::vec_t<3, wp::float64> var_309;
    wp::vec_t<3, wp::float64> var_310;
    wp::vec_t<3, wp::float64> var_311;
    wp::int32 var_312;
    wp::int32 var_313;
    const wp::int32 var_314 = 2;
    wp::int32 var_315;
    wp::vec_t<3, wp::float64> var_316;
    wp::vec_t<3, wp::float64> var_317;
    wp::int32 var_318;
    wp::int32 var_319;
    const wp::int32 var_320 = 2;
    wp::int32 var_321;
    wp::int32 var_322;
    wp::int32 var_323;
    const wp::int32 var_324 = 2;
    wp::int32 var_325;
    wp::int32 var_326;
    wp::int32 var_327;
    const wp::int32 var_328 = 2;
    wp::int32 var_329;
    wp::vec_t<3, wp::float64> var_330;
    wp::vec_t<3, wp::float64> var_331;
    wp::int32 var_332;
    wp::int32 var_333;
    const wp::int32 var_334 = 2;
    wp::int32 var_335;
    wp::vec_t<3, wp::float64> var_336;
    wp::vec_t<3, wp::float64> var_337;
    wp::vec_t<3, wp::float64> var_338;
    wp::vec_t<3, wp::float64> var_339;
    wp::int32 var_340;
    wp::int32 var_341;
    const wp::int32 var_342 = 16;
    wp::int32 var_343;
    wp::vec_t<3, wp::float64> var_344;
    wp::vec_t<3, wp::float64> var_345;
    wp::vec_t<3, wp::float64> var_346;
    wp::int32 var_347;
    const wp::int32 var_348 = 2;
    wp::int32 var_349;
    wp::int32 var_350;
    wp::int32 var_351;
    const wp::int32 var_352 = 2;
    wp::int32 var_353;
    const wp::int32 var_354 = 0;
    wp::float64 var_355;
    wp::float64 var_356;
    wp::vec_t<3, wp::float64> var_357;
    wp::vec_t<3, wp::float64> var_358;
    wp::vec_t<3, wp::float64> var_359;
    wp::vec_t<3, wp::float64> var_360;
    wp::int32 var_361;
    wp::int32 var_362;
    const wp::int32 var_363 = 2;
    wp::int32 var_364;
    const wp::int32 var_365 = 0;
    wp::float64 var_366;
    wp::float64 var_367;
    wp::vec_t<3, wp::float64> var_368;
    wp::vec_t<3, wp::float64> var_369;
    const wp::int32 var_370 = 0;
    wp::float64 var_371;
    wp::float64 var_372;
    wp::vec_t<3, wp::float64> var_373;
    wp::vec_t<3, wp::float64> var_374;
    wp::int32 var_375;
    wp::int32 var_376;
    const wp::int32 var_377 = 2;
    wp::int32 var_378;
    wp::int32 var_379;
    wp::int32 var_380;
    const wp::int32 var_381 = 19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::vec_t<3, wp::float64> adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float64> adj_21 = {};
    wp::vec_t<3, wp::float64> adj_22 = {};
    wp::vec_t<3, wp::float64> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float64> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::vec_t<3, wp::float64> adj_31 = {};
    wp::vec_t<3, wp::float64> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::vec_t<3, wp::float64> adj_36 = {};
    wp::vec_t<3, wp::float64> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::vec_t<3, wp::float64> adj_41 = {};
    wp::vec_t<3, wp::float64> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<3, wp::float64> adj_45 = {};
    wp::vec_t<3, wp::float64> adj_46 = {};
    wp::vec_t<3, wp::float64> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<3, wp::float64> adj_50 = {};
    wp::vec_t<3, wp::float64> adj_51 = {};
    wp::vec_t<3, wp::float64> adj_52 = {};
    wp::vec_t<3, wp::float64> adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::vec_t<3, wp::float64> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::vec_t<3, wp::float64> adj_59 = {};
    wp::vec_t<3, wp::float64> adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::vec_t<3, wp::float64> adj_63 = {};
    wp::vec_t<3, wp::float64> adj_64 = {};
    wp::vec_t<3, wp::float64> adj_65 = {};
    wp::vec_t<3, wp::float64> adj_66 = {};
    wp::vec_t<3, wp::float64> adj_67 = {};
    wp::vec_t<3, wp::float64> adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::vec_t<3, wp::float64> adj_72 = {};
    wp::vec_t<3, wp::float64> adj_73 = {};
    wp::vec_t<3, wp::float64> adj_74 = {};
    wp::vec_t<3, wp::float64> adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::vec_t<3, wp::float64> adj_80 = {};
    wp::vec_t<3, wp::float64> adj_81 = {};
    wp::vec_t<3, wp::float64> adj_82 = {};
    wp::vec_t<3, wp::float64> adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::vec_t<3, wp::float64> adj_88 = {};
    wp::vec_t<3, wp::float64> adj_89 = {};
    wp::vec_t<3, wp::float64> adj_90 = {};
    wp::vec_t<3, wp::float64> adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::float64 adj_97 = {};
    wp::vec_t<3, wp::float64> adj_98 = {};
    wp::vec_t<3, wp::float64> adj_99 = {};
    wp::vec_t<3, wp::float64> adj_100 = {};
    wp::vec_t<3, wp::float64> adj_101 = {};
    wp::vec_t<3, wp::float64> adj_102 = {};
    wp::vec_t<3, wp::float64> adj_103 = {};
    wp::vec_t<3, wp::float64> adj_104 = {};
    wp::vec_t<3, wp::float64> adj_105 = {};
    wp::vec_t<3, wp::float64> adj_106 = {};
    wp::vec_t<3, wp::float64> adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::float64 adj_111 = {};
    wp::vec_t<3, wp::float64> adj_112 = {};
    wp::vec_t<3, wp::float64> adj_113 = {};
    wp::vec_t<3, wp::float64> adj_114 = {};
    wp::vec_t<3, wp::float64> adj_115 = {};
    wp::float64 adj_116 = {};
    wp::vec_t<3, wp::float64> adj_117 = {};
    wp::vec_t<3, wp::float64> adj_118 = {};
    wp::vec_t<3, wp::float64> adj_119 = {};
    wp::vec_t<3, wp::float64> adj_120 = {};
    wp::vec_t<3, wp::float64> adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::float64 adj_125 = {};
    wp::vec_t<3, wp::float64> adj_126 = {};
    wp::vec_t<3, wp::float64> adj_127 = {};
    wp::vec_t<3, wp::float64> adj_128 = {};
    wp::vec_t<3, wp::float64> adj_129 = {};
    wp::vec_t<3, wp::float64> adj_130 = {};
    wp::vec_t<3, wp::float64> adj_131 = {};
    wp::vec_t<3, wp::float64> adj_132 = {};
    wp::vec_t<3, wp::float64> adj_133 = {};
    wp::vec_t<3, wp::float64> adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::float64 adj_138 = {};
    wp::vec_t<3, wp::float64> adj_139 = {};
    wp::vec_t<3, wp::float64> adj_140 = {};
    wp::vec_t<3, wp::float64> adj_141 = {};
    wp::vec_t<3, wp::float64> adj_142 = {};
    wp::vec_t<3, wp::float64> adj_143 = {};
    wp::vec_t<3, wp::float64> adj_144 = {};
    wp::vec_t<3, wp::float64> adj_145 = {};
    wp::vec_t<3, wp::float64> adj_146 = {};
    wp::vec_t<3, wp::float64> adj_147 = {};
    wp::int32 adj_148 = {};
    wp::float64 adj_149 = {};
    wp::vec_t<3, wp::float64> adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::vec_t<3, wp::float64> adj_153 = {};
    wp::vec_t<3, wp::float64> adj_154 = {};
    wp::vec_t<3, wp::float64> adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::int32 adj_159 = {};
    wp::vec_t<3, wp::float64> adj_160 = {};
    wp::vec_t<3, wp::float64> adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::vec_t<3, wp::float64> adj_174 = {};
    wp::vec_t<3, wp::float64> adj_175 = {};
    wp::int32 adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::vec_t<3, wp::float64> adj_180 = {};
    wp::vec_t<3, wp::float64> adj_181 = {};
    wp::vec_t<3, wp::float64> adj_182 = {};
    wp::vec_t<3, wp::float64> adj_183 = {};
    wp::int32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::float64 adj_189 = {};
    wp::vec_t<3, wp::float64> adj_190 = {};
    wp::vec_t<3, wp::float64> adj_191 = {};
    wp::vec_t<3, wp::float64> adj_192 = {};
    wp::vec_t<3, wp::float64> adj_193 = {};
    wp::float64 adj_194 = {};
    wp::vec_t<3, wp::float64> adj_195 = {};
    wp::vec_t<3, wp::float64> adj_196 = {};
    wp::vec_t<3, wp::float64> adj_197 = {};
    wp::vec_t<3, wp::float64> adj_198 = {};
    wp::vec_t<3, wp::float64> adj_199 = {};
    wp::int32 adj_200 = {};
    wp::int32 adj_201 = {};
    wp::int32 adj_202 = {};
    wp::float64 adj_203 = {};
    wp::vec_t<3, wp::float64> adj_204 = {};
    wp::vec_t<3, wp::float64> adj_205 = {};
    wp::vec_t<3, wp::float64> adj_206 = {};
    wp::vec_t<3, wp::float64> adj_207 = {};
    wp::vec_t<3, wp::float64> adj_208 = {};
    wp::vec_t<3, wp::float64> adj_209 = {};
    wp::vec_t<3, wp::float64> adj_210 = {};
    wp::vec_t<3, wp::float64> adj_211 = {};
    wp::vec_t<3, wp::float64> adj_212 = {};
    wp::int32 adj_213 = {};
    wp::int32 adj_214 = {};
    wp::int32 adj_215 = {};
    wp::float64 adj_216 = {};
    wp::vec_t<3, wp::float64> adj_217 = {};
    wp::vec_t<3, wp::float64> adj_218 = {};
    wp::vec_t<3, wp::float64> adj_219 = {};
    wp::vec_t<3, wp::float64> adj_220 = {};
    wp::vec_t<3, wp::float64> adj_221 = {};
    wp::vec_t<3, wp::float64> adj_222 = {};
    wp::vec_t<3, wp::float64> adj_223 = {};
    wp::vec_t<3, wp::float64> adj_224 = {};
    wp::vec_t<3, wp::float64> adj_225 = {};
    wp::int32 adj_226 = {};
    wp::float64 adj_227 = {};
    wp::vec_t<3, wp::float64> adj_228 = {};
    wp::int32 adj_229 = {};
    wp::int32 adj_230 = {};
    wp::vec_t<3, wp::float64> adj_231 = {};
    wp::vec_t<3, wp::float64> adj_232 = {};
    wp::vec_t<3, wp::float64> adj_233 = {};
    wp::int32 adj_234 = {};
    wp::int32 adj_235 = {};
    wp::int32 adj_236 = {};
    wp::int32 adj_237 = {};
    wp::vec_t<3, wp::float64> adj_238 = {};
    wp::vec_t<3, wp::float64> adj_239 = {};
    wp::int32 adj_240 = {};
    wp::int32 adj_241 = {};
    wp::int32 adj_242 = {};
    wp::int32 adj_243 = {};
    wp::int32 adj_244 = {};
    wp::int32 adj_245 = {};
    wp::int32 adj_246 = {};
    wp::int32 adj_247 = {};
    wp::int32 adj_248 = {};
    wp::int32 adj_249 = {};
    wp::int32 adj_250 = {};
    wp::int32 adj_251 = {};
    wp::vec_t<3, wp::float64> adj_252 = {};
    wp::vec_t<3, wp::float64> adj_253 = {};
    wp::int32 adj_254 = {};
    wp::int32 adj_255 = {};
    wp::int32 adj_256 = {};
    wp::int32 adj_257 = {};
    wp::vec_t<3, wp::float64> adj_258 = {};
    wp::vec_t<3, wp::float64> adj_259 = {};
    wp::vec_t<3, wp::float64> adj_260 = {};
    wp::vec_t<3, wp::float64> adj_261 = {};
    wp::int32 adj_262 = {};
    wp::int32 adj_263 = {};
    wp::int32 adj_264 = {};
    wp::int32 adj_265 = {};
    wp::int32 adj_266 = {};
    wp::float64 adj_267 = {};
    wp::vec_t<3, wp::float64> adj_268 = {};
    wp::vec_t<3, wp::float64> adj_269 = {};
    wp::vec_t<3, wp::float64> adj_270 = {};
    wp::vec_t<3, wp::float64> adj_271 = {};
    wp::float64 adj_272 = {};
    wp::vec_t<3, wp::float64> adj_273 = {};
    wp::vec_t<3, wp::float64> adj_274 = {};
    wp::vec_t<3, wp::float64> adj_275 = {};
    wp::vec_t<3, wp::float64> adj_276 = {};
    wp::vec_t<3, wp::float64> adj_277 = {};
    wp::int32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::int32 adj_280 = {};
    wp::float64 adj_281 = {};
    wp::vec_t<3, wp::float64> adj_282 = {};
    wp::vec_t<3, wp::float64> adj_283 = {};
    wp::vec_t<3, wp::float64> adj_284 = {};
    wp::vec_t<3, wp::float64> adj_285 = {};
    wp::vec_t<3, wp::float64> adj_286 = {};
    wp::vec_t<3, wp::float64> adj_287 = {};
    wp::vec_t<3, wp::float64> adj_288 = {};
    wp::vec_t<3, wp::float64> adj_289 = {};
    wp::vec_t<3, wp::float64> adj_290 = {};
    wp::int32 adj_291 = {};
    wp::int32 adj_292 = {};
    wp::int32 adj_293 = {};
    wp::float64 adj_294 = {};
    wp::vec_t<3, wp::float64> adj_295 = {};
    wp::vec_t<3, wp::float64> adj_296 = {};
    wp::vec_t<3, wp::float64> adj_297 = {};
    wp::vec_t<3, wp::float64> adj_298 = {};
    wp::vec_t<3, wp::float64> adj_299 = {};
    wp::vec_t<3, wp::float64> adj_300 = {};
    wp::vec_t<3, wp::float64> adj_301 = {};
    wp::vec_t<3, wp::float64> adj_302 = {};
    wp::vec_t<3, wp::float64> adj_303 = {};
    wp::int32 adj_304 = {};
    wp::float64 adj_305 = {};
    wp::vec_t<3, wp::float64> adj_306 = {};
    wp::int32 adj_307 = {};
    wp::int32 adj_308 = {};
    wp::vec_t<3, wp::float64> adj_309 = {};
    wp::vec_t<3, wp::float64> adj_310 = {};
    wp::vec_t<3, wp::float64> adj_311 = {};
    wp::int32 adj_312 = {};
    wp::int32 adj_313 = {};
    wp::int32 adj_314 = {};
    wp::int32 adj_315 = {};
    wp::vec_t<3, wp::float64> adj_316 = {};
    wp::vec_t<3, wp::float64> adj_317 = {};
    wp::int32 adj_318 = {};
    wp::int32 adj_319 = {};
    wp::int32 adj_320 = {};
    wp::int32 adj_321 = {};
    wp::int32 adj_322 = {};
    wp::int32 adj_323 = {};
    wp::int32 adj_324 = {};
    wp::int32 adj_325 = {};
    wp::int32 adj_326 = {};
    wp::int32 adj_327 = {};
    wp::int32 adj_328 = {};
    wp::int32 adj_329 = {};
    wp::vec_t<3, wp::float64> adj_330 = {};
    wp::vec_t<3, wp::float64> adj_331 = {};
    wp::int32 adj_332 = {};
    wp::int32 adj_333 = {};
    wp::int32 adj_334 = {};
    wp::int32 adj_335 = {};
    wp::vec_t<3, wp::float64> adj_336 = {};
    wp::vec_t<3, wp::float64> adj_337 = {};
    wp::vec_t<3, wp::float64> adj_338 = {};
    wp::vec_t<3, wp::float64> adj_339 = {};
    wp::int32 adj_340 = {};
    wp::int32 adj_341 = {};
    wp::int32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::vec_t<3, wp::float64> adj_344 = {};
    wp::vec_t<3, wp::float64> adj_345 = {};
    wp::vec_t<3, wp::float64> adj_346 = {};
    wp::int32 adj_347 = {};
    wp::int32 adj_348 = {};
    wp::int32 adj_349 = {};
    wp::int32 adj_350 = {};
    wp::int32 adj_351 = {};
    wp::int32 adj_352 = {};
    wp::int32 adj_353 = {};
    wp::int32 adj_354 = {};
    wp::float64 adj_355 = {};
    wp::float64 adj_356 = {};
    wp::vec_t<3, wp::float64> adj_357 = {};
    wp::vec_t<3, wp::float64> adj_358 = {};
    wp::vec_t<3, wp::float64> adj_359 = {};
    wp::vec_t<3, wp::float64> adj_360 = {};
    wp::int32 adj_361 = {};
    wp::int32 adj_362 = {};
    wp::int32 adj_363 = {};
    wp::int32 adj_364 = {};
    wp::int32 adj_365 = {};
    wp::float64 adj_366 = {};
    wp::float64 adj_367 = {};
    wp::vec_t<3, wp::float64> adj_368 = {};
    wp::vec_t<3, wp::float64> adj_369 = {};
    wp::int32 adj_370 = {};
    wp::float64 adj_371 = {};
    wp::float64 adj_372 = {};
    wp::vec_t<3, wp::float64> adj_373 = {};
    wp::vec_t<3, wp::float64> adj_374 = {};
    wp::int32 adj_375 = {};
    wp::int32 adj_376 = {};
    wp::int32 adj_377 = {};
    wp::int32 adj_378 = {};
    wp::int32 adj_379 = {};
    wp::int32 adj_380 = {};
    wp::int32 adj_381 = {};
    //---------
    // forward
    // def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):       <L 1>
    // third = type(v0[0])(1.0 / 3.0)                                                         <L 2>
    var_1 = wp::extract(var_v0, var_0);
    var_4 = wp::div(var_2, var_3);
    var_5 = wp::float64(var_4);
    // half = type(v0[0])(0.5)                                                                <L 3>
    var_7 = wp::extract(var_v0, var_6);
    var_8 = 0.5;
    // g = (v0 + v1 + v2) * third                                                             <L 4>
    var_9 = wp::add(var_v0, var_v1);
    var_10 = wp::add(var_9, var_v2);
    var_11 = wp::mul(var_10, var_5);
    // n = wp.cross(v1 - v0, v2 - v0)                                                         <L 5>
    var_12 = wp::sub(var_v1, var_v0);
    var_13 = wp::sub(var_v2, var_v0);
    var_14 = wp::cross(var_12, var_13);
    // e = v1 - v0                                                                            <L 6>
    var_15 = wp::sub(var_v1, var_v0);
    // hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                             <L 8>
    var_16 = wp::add(var_v0, var_p);
    var_17 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_16);
    // wp::array_store(var_hit, var_i, var_18, var_17);
    // hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                                  <L 9>
    var_19 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_p, var_q, var_11);
    // wp::array_store(var_hit, var_i, var_20, var_19);
    // hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                      <L 11>
    var_21 = wp::add(var_11, var_14);
    var_22 = wp::sub(var_11, var_14);
    var_23 = wp::add(var_11, var_15);
    var_24 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_21, var_22, var_23);
    // wp::array_store(var_hit, var_i, var_25, var_24);
    // hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))       <L 12>
    var_26 = wp::add(var_11, var_14);
    var_28 = wp::extract(var_v0, var_27);
    var_29 = 3.0;
    var_30 = wp::mul(var_15, var_29);
    var_31 = wp::add(var_26, var_30);
    var_32 = wp::sub(var_11, var_14);
    var_34 = wp::extract(var_v0, var_33);
    var_35 = 3.0;
    var_36 = wp::mul(var_15, var_35);
    var_37 = wp::add(var_32, var_36);
    var_39 = wp::extract(var_v0, var_38);
    var_40 = 4.0;
    var_41 = wp::mul(var_15, var_40);
    var_42 = wp::add(var_11, var_41);
    var_43 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_31, var_37, var_42);
    // wp::array_store(var_hit, var_i, var_44, var_43);
    // hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                      <L 13>
    var_45 = wp::add(var_11, var_14);
    var_46 = wp::sub(var_11, var_14);
    var_47 = wp::add(var_11, var_15);
    var_48 = wp::intersect_tri_tri(var_45, var_46, var_47, var_v0, var_v1, var_v2);
    // wp::array_store(var_hit, var_i, var_49, var_48);
    // hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)               <L 15>
    var_50 = wp::add(var_v0, var_14);
    var_51 = wp::add(var_50, var_p);
    var_52 = wp::add(var_v0, var_14);
    var_53 = wp::sub(var_52, var_p);
    var_54 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_51, var_53);
    // wp::array_store(var_hit, var_i, var_55, var_54);
    // hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                           <L 16>
    var_56 = wp::add(var_v2, var_14);
    var_57 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_v1, var_56);
    // wp::array_store(var_hit, var_i, var_58, var_57);
    // hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                     <L 17>
    var_59 = wp::add(var_v0, var_v1);
    var_60 = wp::sub(var_59, var_v2);
    var_61 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v1, var_v0, var_60);
    // wp::array_store(var_hit, var_i, var_62, var_61);
    // w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)       <L 19>
    var_63 = wp::mul(var_14, var_8);
    var_64 = wp::add(var_v0, var_63);
    var_65 = wp::mul(var_14, var_8);
    var_66 = wp::add(var_v1, var_65);
    var_67 = wp::mul(var_14, var_8);
    var_68 = wp::add(var_v2, var_67);
    var_69 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_64, var_66, var_68);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)               <L 21>
    var_71 = wp::mul(var_69, var_70);
    var_72 = wp::add(var_v0, var_14);
    var_73 = wp::add(var_72, var_p);
    var_74 = wp::sub(var_v0, var_14);
    var_75 = wp::add(var_74, var_p);
    var_76 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_v0, var_73, var_75);
    var_77 = wp::add(var_71, var_76);
    // w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)               <L 22>
    var_79 = wp::mul(var_77, var_78);
    var_80 = wp::add(var_v0, var_14);
    var_81 = wp::add(var_80, var_p);
    var_82 = wp::sub(var_v0, var_14);
    var_83 = wp::add(var_82, var_p);
    var_84 = wp::intersect_tri_tri(var_81, var_v0, var_83, var_v0, var_v1, var_v2);
    var_85 = wp::add(var_79, var_84);
    // w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)               <L 23>
    var_87 = wp::mul(var_85, var_86);
    var_88 = wp::add(var_v1, var_14);
    var_89 = wp::add(var_88, var_q);
    var_90 = wp::sub(var_v1, var_14);
    var_91 = wp::sub(var_90, var_q);
    var_92 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_89, var_91, var_v1);
    var_93 = wp::add(var_87, var_92);
    // hit[i, 8] = w                                                                          <L 24>
    // wp::array_store(var_hit, var_i, var_94, var_93);
    // s = type(v0[0])(1.0e-9)                                                                <L 25>
    var_96 = wp::extract(var_v0, var_95);
    var_97 = 1e-09;
    // hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)       <L 26>
    var_98 = wp::mul(var_14, var_97);
    var_99 = wp::add(var_v0, var_98);
    var_100 = wp::mul(var_15, var_8);
    var_101 = wp::add(var_99, var_100);
    var_102 = wp::mul(var_14, var_97);
    var_103 = wp::add(var_v1, var_102);
    var_104 = wp::mul(var_15, var_8);
    var_105 = wp::add(var_103, var_104);
    var_106 = wp::mul(var_14, var_97);
    var_107 = wp::add(var_v2, var_106);
    var_108 = wp::intersect_tri_tri(var_v0, var_v1, var_v2, var_101, var_105, var_107);
    // wp::array_store(var_hit, var_i, var_109, var_108);
    // for axis in range(3):                                                                  <L 28>
    // c = v0[axis]                                                                           <L 29>
    var_111 = wp::extract(var_v0, var_110);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_112 = flat_0(var_v0, var_110, var_111);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_113 = flat_0(var_v1, var_110, var_111);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_114 = flat_0(var_v2, var_110, var_111);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_115 = wp::mul(var_15, var_8);
    var_116 = 0.0;
    var_117 = flat_0(var_115, var_110, var_116);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_118 = flat_0(var_11, var_110, var_111);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_119 = wp::add(var_112, var_117);
    var_120 = wp::add(var_113, var_117);
    var_121 = wp::add(var_114, var_117);
    var_122 = wp::intersect_tri_tri(var_112, var_113, var_114, var_119, var_120, var_121);
    var_124 = wp::add(var_123, var_110);
    // wp::array_store(var_hit, var_i, var_124, var_122);
    // k = type(c)(0.25)                                                                      <L 37>
    var_125 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_126 = wp::sub(var_112, var_118);
    var_127 = wp::mul(var_126, var_125);
    var_128 = wp::add(var_118, var_127);
    var_129 = wp::sub(var_113, var_118);
    var_130 = wp::mul(var_129, var_125);
    var_131 = wp::add(var_118, var_130);
    var_132 = wp::sub(var_114, var_118);
    var_133 = wp::mul(var_132, var_125);
    var_134 = wp::add(var_118, var_133);
    var_135 = wp::intersect_tri_tri(var_112, var_113, var_114, var_128, var_131, var_134);
    var_137 = wp::add(var_136, var_110);
    // wp::array_store(var_hit, var_i, var_137, var_135);
    // k = type(c)(3.0)                                                                       <L 39>
    var_138 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_139 = wp::sub(var_112, var_118);
    var_140 = wp::mul(var_139, var_138);
    var_141 = wp::add(var_118, var_140);
    var_142 = wp::sub(var_113, var_118);
    var_143 = wp::mul(var_142, var_138);
    var_144 = wp::add(var_118, var_143);
    var_145 = wp::sub(var_114, var_118);
    var_146 = wp::mul(var_145, var_138);
    var_147 = wp::add(var_118, var_146);
    var_148 = wp::intersect_tri_tri(var_112, var_113, var_114, var_141, var_144, var_147);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_149 = 8.0;
    var_150 = wp::mul(var_117, var_149);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_152 = wp::mul(var_148, var_151);
    var_153 = wp::add(var_112, var_150);
    var_154 = wp::add(var_113, var_150);
    var_155 = wp::add(var_114, var_150);
    var_156 = wp::intersect_tri_tri(var_112, var_113, var_114, var_153, var_154, var_155);
    var_157 = wp::add(var_152, var_156);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_159 = wp::mul(var_157, var_158);
    var_160 = wp::add(var_112, var_113);
    var_161 = wp::sub(var_160, var_114);
    var_162 = wp::intersect_tri_tri(var_112, var_113, var_114, var_113, var_112, var_161);
    var_163 = wp::add(var_159, var_162);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_165 = wp::mul(var_163, var_164);
    var_166 = wp::intersect_tri_tri(var_112, var_113, var_114, var_112, var_113, var_114);
    var_167 = wp::add(var_165, var_166);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_169 = wp::mul(var_167, var_168);
    var_170 = wp::intersect_tri_tri(var_112, var_113, var_114, var_114, var_113, var_112);
    var_171 = wp::add(var_169, var_170);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_173 = wp::mul(var_171, var_172);
    var_174 = flat_0(var_p, var_110, var_111);
    var_175 = flat_0(var_q, var_110, var_111);
    var_176 = wp::intersect_tri_tri(var_112, var_113, var_114, var_174, var_175, var_118);
    var_177 = wp::add(var_173, var_176);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_179 = wp::mul(var_177, var_178);
    var_180 = flat_0(var_p, var_110, var_111);
    var_181 = flat_0(var_q, var_110, var_111);
    var_182 = wp::add(var_v0, var_p);
    var_183 = flat_0(var_182, var_110, var_111);
    var_184 = wp::intersect_tri_tri(var_112, var_113, var_114, var_180, var_181, var_183);
    var_185 = wp::add(var_179, var_184);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_187 = wp::add(var_186, var_110);
    // wp::array_store(var_hit, var_i, var_187, var_185);
    // c = v0[axis]                                                                           <L 29>
    var_189 = wp::extract(var_v0, var_188);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_190 = flat_0(var_v0, var_188, var_189);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_191 = flat_0(var_v1, var_188, var_189);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_192 = flat_0(var_v2, var_188, var_189);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_193 = wp::mul(var_15, var_8);
    var_194 = 0.0;
    var_195 = flat_0(var_193, var_188, var_194);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_196 = flat_0(var_11, var_188, var_189);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_197 = wp::add(var_190, var_195);
    var_198 = wp::add(var_191, var_195);
    var_199 = wp::add(var_192, var_195);
    var_200 = wp::intersect_tri_tri(var_190, var_191, var_192, var_197, var_198, var_199);
    var_202 = wp::add(var_201, var_188);
    // wp::array_store(var_hit, var_i, var_202, var_200);
    // k = type(c)(0.25)                                                                      <L 37>
    var_203 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_204 = wp::sub(var_190, var_196);
    var_205 = wp::mul(var_204, var_203);
    var_206 = wp::add(var_196, var_205);
    var_207 = wp::sub(var_191, var_196);
    var_208 = wp::mul(var_207, var_203);
    var_209 = wp::add(var_196, var_208);
    var_210 = wp::sub(var_192, var_196);
    var_211 = wp::mul(var_210, var_203);
    var_212 = wp::add(var_196, var_211);
    var_213 = wp::intersect_tri_tri(var_190, var_191, var_192, var_206, var_209, var_212);
    var_215 = wp::add(var_214, var_188);
    // wp::array_store(var_hit, var_i, var_215, var_213);
    // k = type(c)(3.0)                                                                       <L 39>
    var_216 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_217 = wp::sub(var_190, var_196);
    var_218 = wp::mul(var_217, var_216);
    var_219 = wp::add(var_196, var_218);
    var_220 = wp::sub(var_191, var_196);
    var_221 = wp::mul(var_220, var_216);
    var_222 = wp::add(var_196, var_221);
    var_223 = wp::sub(var_192, var_196);
    var_224 = wp::mul(var_223, var_216);
    var_225 = wp::add(var_196, var_224);
    var_226 = wp::intersect_tri_tri(var_190, var_191, var_192, var_219, var_222, var_225);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_227 = 8.0;
    var_228 = wp::mul(var_195, var_227);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_230 = wp::mul(var_226, var_229);
    var_231 = wp::add(var_190, var_228);
    var_232 = wp::add(var_191, var_228);
    var_233 = wp::add(var_192, var_228);
    var_234 = wp::intersect_tri_tri(var_190, var_191, var_192, var_231, var_232, var_233);
    var_235 = wp::add(var_230, var_234);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_237 = wp::mul(var_235, var_236);
    var_238 = wp::add(var_190, var_191);
    var_239 = wp::sub(var_238, var_192);
    var_240 = wp::intersect_tri_tri(var_190, var_191, var_192, var_191, var_190, var_239);
    var_241 = wp::add(var_237, var_240);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_243 = wp::mul(var_241, var_242);
    var_244 = wp::intersect_tri_tri(var_190, var_191, var_192, var_190, var_191, var_192);
    var_245 = wp::add(var_243, var_244);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_247 = wp::mul(var_245, var_246);
    var_248 = wp::intersect_tri_tri(var_190, var_191, var_192, var_192, var_191, var_190);
    var_249 = wp::add(var_247, var_248);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_251 = wp::mul(var_249, var_250);
    var_252 = flat_0(var_p, var_188, var_189);
    var_253 = flat_0(var_q, var_188, var_189);
    var_254 = wp::intersect_tri_tri(var_190, var_191, var_192, var_252, var_253, var_196);
    var_255 = wp::add(var_251, var_254);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_257 = wp::mul(var_255, var_256);
    var_258 = flat_0(var_p, var_188, var_189);
    var_259 = flat_0(var_q, var_188, var_189);
    var_260 = wp::add(var_v0, var_p);
    var_261 = flat_0(var_260, var_188, var_189);
    var_262 = wp::intersect_tri_tri(var_190, var_191, var_192, var_258, var_259, var_261);
    var_263 = wp::add(var_257, var_262);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_265 = wp::add(var_264, var_188);
    // wp::array_store(var_hit, var_i, var_265, var_263);
    // c = v0[axis]                                                                           <L 29>
    var_267 = wp::extract(var_v0, var_266);
    // a0 = flat(v0, axis, c)                                                                 <L 30>
    var_268 = flat_0(var_v0, var_266, var_267);
    // a1 = flat(v1, axis, c)                                                                 <L 31>
    var_269 = flat_0(var_v1, var_266, var_267);
    // a2 = flat(v2, axis, c)                                                                 <L 32>
    var_270 = flat_0(var_v2, var_266, var_267);
    // sh = flat(e * half, axis, type(c)(0.0))                                                <L 33>
    var_271 = wp::mul(var_15, var_8);
    var_272 = 0.0;
    var_273 = flat_0(var_271, var_266, var_272);
    // gf = flat(g, axis, c)                                                                  <L 34>
    var_274 = flat_0(var_11, var_266, var_267);
    // hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)        <L 36>
    var_275 = wp::add(var_268, var_273);
    var_276 = wp::add(var_269, var_273);
    var_277 = wp::add(var_270, var_273);
    var_278 = wp::intersect_tri_tri(var_268, var_269, var_270, var_275, var_276, var_277);
    var_280 = wp::add(var_279, var_266);
    // wp::array_store(var_hit, var_i, var_280, var_278);
    // k = type(c)(0.25)                                                                      <L 37>
    var_281 = 0.25;
    // hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 38>
    var_282 = wp::sub(var_268, var_274);
    var_283 = wp::mul(var_282, var_281);
    var_284 = wp::add(var_274, var_283);
    var_285 = wp::sub(var_269, var_274);
    var_286 = wp::mul(var_285, var_281);
    var_287 = wp::add(var_274, var_286);
    var_288 = wp::sub(var_270, var_274);
    var_289 = wp::mul(var_288, var_281);
    var_290 = wp::add(var_274, var_289);
    var_291 = wp::intersect_tri_tri(var_268, var_269, var_270, var_284, var_287, var_290);
    var_293 = wp::add(var_292, var_266);
    // wp::array_store(var_hit, var_i, var_293, var_291);
    // k = type(c)(3.0)                                                                       <L 39>
    var_294 = 3.0;
    // m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)       <L 40>
    var_295 = wp::sub(var_268, var_274);
    var_296 = wp::mul(var_295, var_294);
    var_297 = wp::add(var_274, var_296);
    var_298 = wp::sub(var_269, var_274);
    var_299 = wp::mul(var_298, var_294);
    var_300 = wp::add(var_274, var_299);
    var_301 = wp::sub(var_270, var_274);
    var_302 = wp::mul(var_301, var_294);
    var_303 = wp::add(var_274, var_302);
    var_304 = wp::intersect_tri_tri(var_268, var_269, var_270, var_297, var_300, var_303);
    // far = sh * type(c)(8.0)                                                                <L 41>
    var_305 = 8.0;
    var_306 = wp::mul(var_273, var_305);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)             <L 42>
    var_308 = wp::mul(var_304, var_307);
    var_309 = wp::add(var_268, var_306);
    var_310 = wp::add(var_269, var_306);
    var_311 = wp::add(var_270, var_306);
    var_312 = wp::intersect_tri_tri(var_268, var_269, var_270, var_309, var_310, var_311);
    var_313 = wp::add(var_308, var_312);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                     <L 43>
    var_315 = wp::mul(var_313, var_314);
    var_316 = wp::add(var_268, var_269);
    var_317 = wp::sub(var_316, var_270);
    var_318 = wp::intersect_tri_tri(var_268, var_269, var_270, var_269, var_268, var_317);
    var_319 = wp::add(var_315, var_318);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                               <L 44>
    var_321 = wp::mul(var_319, var_320);
    var_322 = wp::intersect_tri_tri(var_268, var_269, var_270, var_268, var_269, var_270);
    var_323 = wp::add(var_321, var_322);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                               <L 45>
    var_325 = wp::mul(var_323, var_324);
    var_326 = wp::intersect_tri_tri(var_268, var_269, var_270, var_270, var_269, var_268);
    var_327 = wp::add(var_325, var_326);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)       <L 46>
    var_329 = wp::mul(var_327, var_328);
    var_330 = flat_0(var_p, var_266, var_267);
    var_331 = flat_0(var_q, var_266, var_267);
    var_332 = wp::intersect_tri_tri(var_268, var_269, var_270, var_330, var_331, var_274);
    var_333 = wp::add(var_329, var_332);
    // m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))       <L 47>
    var_335 = wp::mul(var_333, var_334);
    var_336 = flat_0(var_p, var_266, var_267);
    var_337 = flat_0(var_q, var_266, var_267);
    var_338 = wp::add(var_v0, var_p);
    var_339 = flat_0(var_338, var_266, var_267);
    var_340 = wp::intersect_tri_tri(var_268, var_269, var_270, var_336, var_337, var_339);
    var_341 = wp::add(var_335, var_340);
    // hit[i, 16 + axis] = m                                                                  <L 48>
    var_343 = wp::add(var_342, var_266);
    // wp::array_store(var_hit, var_i, var_343, var_341);
    // d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                              <L 50>
    var_344 = wp::add(var_11, var_14);
    var_345 = wp::sub(var_11, var_14);
    var_346 = wp::add(var_11, var_15);
    var_347 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_344, var_345, var_346);
    // d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                               <L 51>
    var_349 = wp::mul(var_347, var_348);
    var_350 = wp::intersect_tri_tri(var_v0, var_v0, var_v0, var_v0, var_v0, var_v0);
    var_351 = wp::add(var_349, var_350);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)       <L 52>
    var_353 = wp::mul(var_351, var_352);
    var_355 = wp::extract(var_v0, var_354);
    var_356 = 2.0;
    var_357 = wp::mul(var_v1, var_356);
    var_358 = wp::sub(var_357, var_v0);
    var_359 = wp::add(var_11, var_14);
    var_360 = wp::sub(var_11, var_14);
    var_361 = wp::intersect_tri_tri(var_v0, var_v1, var_358, var_359, var_360, var_p);
    var_362 = wp::add(var_353, var_361);
    // d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)       <L 53>
    var_364 = wp::mul(var_362, var_363);
    var_366 = wp::extract(var_v0, var_365);
    var_367 = 2.0;
    var_368 = wp::mul(var_v1, var_367);
    var_369 = wp::sub(var_368, var_v0);
    var_371 = wp::extract(var_v0, var_370);
    var_372 = 2.0;
    var_373 = wp::mul(var_v1, var_372);
    var_374 = wp::sub(var_373, var_v0);
    var_375 = wp::intersect_tri_tri(var_v0, var_v1, var_369, var_v0, var_v1, var_374);
    var_376 = wp::add(var_364, var_375);
    // d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                                  <L 54>
    var_378 = wp::mul(var_376, var_377);
    var_379 = wp::intersect_tri_tri(var_11, var_11, var_11, var_v0, var_v1, var_v2);
    var_380 = wp::add(var_378, var_379);
    // hit[i, 19] = d                                                                         <L 55>
    // wp::array_store(var_hit, var_i, var_381, var_380);
    //---------
    // reverse
    wp::adj_array_store(var_hit, var_i, var_381, var_380, adj_hit, adj_i, adj_381, adj_380);
    // adj: hit[i, 19] = d                                                                    <L 55>
    wp::adj_add(var_378, var_379, adj_378, adj_379, adj_380);
    wp::adj_mul(var_376, var_377, adj_376, adj_377, adj_378);
    // adj: d = d * 2 + wp.intersect_tri_tri(g, g, g, v0, v1, v2)                             <L 54>
    wp::adj_add(var_364, var_375, adj_364, adj_375, adj_376);
    wp::adj_sub(var_373, var_v0, adj_373, adj_v0, adj_374);
    wp::adj_mul(var_v1, var_372, adj_v1, adj_372, adj_373);
    wp::adj_extract(var_v0, var_370, adj_v0, adj_370, adj_371);
    wp::adj_sub(var_368, var_v0, adj_368, adj_v0, adj_369);
    wp::adj_mul(var_v1, var_367, adj_v1, adj_367, adj_368);
    wp::adj_extract(var_v0, var_365, adj_v0, adj_365, adj_366);
    wp::adj_mul(var_362, var_363, adj_362, adj_363, adj_364);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, v0, v1, v1 * type(v0[0])(2.0) - v0)  <L 53>
    wp::adj_add(var_353, var_361, adj_353, adj_361, adj_362);
    wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_360);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_359);
    wp::adj_sub(var_357, var_v0, adj_357, adj_v0, adj_358);
    wp::adj_mul(var_v1, var_356, adj_v1, adj_356, adj_357);
    wp::adj_extract(var_v0, var_354, adj_v0, adj_354, adj_355);
    wp::adj_mul(var_351, var_352, adj_351, adj_352, adj_353);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v1, v1 * type(v0[0])(2.0) - v0, g + n, g - n, p)  <L 52>
    wp::adj_add(var_349, var_350, adj_349, adj_350, adj_351);
    wp::adj_mul(var_347, var_348, adj_347, adj_348, adj_349);
    // adj: d = d * 2 + wp.intersect_tri_tri(v0, v0, v0, v0, v0, v0)                          <L 51>
    wp::adj_add(var_11, var_15, adj_11, adj_15, adj_346);
    wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_345);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_344);
    // adj: d = wp.intersect_tri_tri(v0, v0, v0, g + n, g - n, g + e)                         <L 50>
    wp::adj_array_store(var_hit, var_i, var_343, var_341, adj_hit, adj_i, adj_343, adj_341);
    wp::adj_add(var_342, var_266, adj_342, adj_266, adj_343);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_335, var_340, adj_335, adj_340, adj_341);
    adj_flat_0(var_338, var_266, var_267, adj_338, adj_266, adj_267, adj_339);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_338);
    adj_flat_0(var_q, var_266, var_267, adj_q, adj_266, adj_267, adj_337);
    adj_flat_0(var_p, var_266, var_267, adj_p, adj_266, adj_267, adj_336);
    wp::adj_mul(var_333, var_334, adj_333, adj_334, adj_335);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_329, var_332, adj_329, adj_332, adj_333);
    adj_flat_0(var_q, var_266, var_267, adj_q, adj_266, adj_267, adj_331);
    adj_flat_0(var_p, var_266, var_267, adj_p, adj_266, adj_267, adj_330);
    wp::adj_mul(var_327, var_328, adj_327, adj_328, adj_329);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_325, var_326, adj_325, adj_326, adj_327);
    wp::adj_mul(var_323, var_324, adj_323, adj_324, adj_325);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_321, var_322, adj_321, adj_322, adj_323);
    wp::adj_mul(var_319, var_320, adj_319, adj_320, adj_321);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_315, var_318, adj_315, adj_318, adj_319);
    wp::adj_sub(var_316, var_270, adj_316, adj_270, adj_317);
    wp::adj_add(var_268, var_269, adj_268, adj_269, adj_316);
    wp::adj_mul(var_313, var_314, adj_313, adj_314, adj_315);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_308, var_312, adj_308, adj_312, adj_313);
    wp::adj_add(var_270, var_306, adj_270, adj_306, adj_311);
    wp::adj_add(var_269, var_306, adj_269, adj_306, adj_310);
    wp::adj_add(var_268, var_306, adj_268, adj_306, adj_309);
    wp::adj_mul(var_304, var_307, adj_304, adj_307, adj_308);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_273, var_305, adj_273, adj_305, adj_306);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_274, var_302, adj_274, adj_302, adj_303);
    wp::adj_mul(var_301, var_294, adj_301, adj_294, adj_302);
    wp::adj_sub(var_270, var_274, adj_270, adj_274, adj_301);
    wp::adj_add(var_274, var_299, adj_274, adj_299, adj_300);
    wp::adj_mul(var_298, var_294, adj_298, adj_294, adj_299);
    wp::adj_sub(var_269, var_274, adj_269, adj_274, adj_298);
    wp::adj_add(var_274, var_296, adj_274, adj_296, adj_297);
    wp::adj_mul(var_295, var_294, adj_295, adj_294, adj_296);
    wp::adj_sub(var_268, var_274, adj_268, adj_274, adj_295);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_293, var_291, adj_hit, adj_i, adj_293, adj_291);
    wp::adj_add(var_292, var_266, adj_292, adj_266, adj_293);
    wp::adj_add(var_274, var_289, adj_274, adj_289, adj_290);
    wp::adj_mul(var_288, var_281, adj_288, adj_281, adj_289);
    wp::adj_sub(var_270, var_274, adj_270, adj_274, adj_288);
    wp::adj_add(var_274, var_286, adj_274, adj_286, adj_287);
    wp::adj_mul(var_285, var_281, adj_285, adj_281, adj_286);
    wp::adj_sub(var_269, var_274, adj_269, adj_274, adj_285);
    wp::adj_add(var_274, var_283, adj_274, adj_283, adj_284);
    wp::adj_mul(var_282, var_281, adj_282, adj_281, adj_283);
    wp::adj_sub(var_268, var_274, adj_268, adj_274, adj_282);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_280, var_278, adj_hit, adj_i, adj_280, adj_278);
    wp::adj_add(var_279, var_266, adj_279, adj_266, adj_280);
    wp::adj_add(var_270, var_273, adj_270, adj_273, adj_277);
    wp::adj_add(var_269, var_273, adj_269, adj_273, adj_276);
    wp::adj_add(var_268, var_273, adj_268, adj_273, adj_275);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_11, var_266, var_267, adj_11, adj_266, adj_267, adj_274);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_271, var_266, var_272, adj_271, adj_266, adj_272, adj_273);
    wp::adj_mul(var_15, var_8, adj_15, adj_8, adj_271);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_266, var_267, adj_v2, adj_266, adj_267, adj_270);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_266, var_267, adj_v1, adj_266, adj_267, adj_269);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_266, var_267, adj_v0, adj_266, adj_267, adj_268);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_266, adj_v0, adj_266, adj_267);
    // adj: c = v0[axis]                                                                      <L 29>
    wp::adj_array_store(var_hit, var_i, var_265, var_263, adj_hit, adj_i, adj_265, adj_263);
    wp::adj_add(var_264, var_188, adj_264, adj_188, adj_265);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_257, var_262, adj_257, adj_262, adj_263);
    adj_flat_0(var_260, var_188, var_189, adj_260, adj_188, adj_189, adj_261);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_260);
    adj_flat_0(var_q, var_188, var_189, adj_q, adj_188, adj_189, adj_259);
    adj_flat_0(var_p, var_188, var_189, adj_p, adj_188, adj_189, adj_258);
    wp::adj_mul(var_255, var_256, adj_255, adj_256, adj_257);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_251, var_254, adj_251, adj_254, adj_255);
    adj_flat_0(var_q, var_188, var_189, adj_q, adj_188, adj_189, adj_253);
    adj_flat_0(var_p, var_188, var_189, adj_p, adj_188, adj_189, adj_252);
    wp::adj_mul(var_249, var_250, adj_249, adj_250, adj_251);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_247, var_248, adj_247, adj_248, adj_249);
    wp::adj_mul(var_245, var_246, adj_245, adj_246, adj_247);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_243, var_244, adj_243, adj_244, adj_245);
    wp::adj_mul(var_241, var_242, adj_241, adj_242, adj_243);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_237, var_240, adj_237, adj_240, adj_241);
    wp::adj_sub(var_238, var_192, adj_238, adj_192, adj_239);
    wp::adj_add(var_190, var_191, adj_190, adj_191, adj_238);
    wp::adj_mul(var_235, var_236, adj_235, adj_236, adj_237);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_230, var_234, adj_230, adj_234, adj_235);
    wp::adj_add(var_192, var_228, adj_192, adj_228, adj_233);
    wp::adj_add(var_191, var_228, adj_191, adj_228, adj_232);
    wp::adj_add(var_190, var_228, adj_190, adj_228, adj_231);
    wp::adj_mul(var_226, var_229, adj_226, adj_229, adj_230);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_195, var_227, adj_195, adj_227, adj_228);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_196, var_224, adj_196, adj_224, adj_225);
    wp::adj_mul(var_223, var_216, adj_223, adj_216, adj_224);
    wp::adj_sub(var_192, var_196, adj_192, adj_196, adj_223);
    wp::adj_add(var_196, var_221, adj_196, adj_221, adj_222);
    wp::adj_mul(var_220, var_216, adj_220, adj_216, adj_221);
    wp::adj_sub(var_191, var_196, adj_191, adj_196, adj_220);
    wp::adj_add(var_196, var_218, adj_196, adj_218, adj_219);
    wp::adj_mul(var_217, var_216, adj_217, adj_216, adj_218);
    wp::adj_sub(var_190, var_196, adj_190, adj_196, adj_217);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_215, var_213, adj_hit, adj_i, adj_215, adj_213);
    wp::adj_add(var_214, var_188, adj_214, adj_188, adj_215);
    wp::adj_add(var_196, var_211, adj_196, adj_211, adj_212);
    wp::adj_mul(var_210, var_203, adj_210, adj_203, adj_211);
    wp::adj_sub(var_192, var_196, adj_192, adj_196, adj_210);
    wp::adj_add(var_196, var_208, adj_196, adj_208, adj_209);
    wp::adj_mul(var_207, var_203, adj_207, adj_203, adj_208);
    wp::adj_sub(var_191, var_196, adj_191, adj_196, adj_207);
    wp::adj_add(var_196, var_205, adj_196, adj_205, adj_206);
    wp::adj_mul(var_204, var_203, adj_204, adj_203, adj_205);
    wp::adj_sub(var_190, var_196, adj_190, adj_196, adj_204);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_202, var_200, adj_hit, adj_i, adj_202, adj_200);
    wp::adj_add(var_201, var_188, adj_201, adj_188, adj_202);
    wp::adj_add(var_192, var_195, adj_192, adj_195, adj_199);
    wp::adj_add(var_191, var_195, adj_191, adj_195, adj_198);
    wp::adj_add(var_190, var_195, adj_190, adj_195, adj_197);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_11, var_188, var_189, adj_11, adj_188, adj_189, adj_196);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_193, var_188, var_194, adj_193, adj_188, adj_194, adj_195);
    wp::adj_mul(var_15, var_8, adj_15, adj_8, adj_193);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_188, var_189, adj_v2, adj_188, adj_189, adj_192);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_188, var_189, adj_v1, adj_188, adj_189, adj_191);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_188, var_189, adj_v0, adj_188, adj_189, adj_190);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_188, adj_v0, adj_188, adj_189);
    // adj: c = v0[axis]                                                                      <L 29>
    wp::adj_array_store(var_hit, var_i, var_187, var_185, adj_hit, adj_i, adj_187, adj_185);
    wp::adj_add(var_186, var_110, adj_186, adj_110, adj_187);
    // adj: hit[i, 16 + axis] = m                                                             <L 48>
    wp::adj_add(var_179, var_184, adj_179, adj_184, adj_185);
    adj_flat_0(var_182, var_110, var_111, adj_182, adj_110, adj_111, adj_183);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_182);
    adj_flat_0(var_q, var_110, var_111, adj_q, adj_110, adj_111, adj_181);
    adj_flat_0(var_p, var_110, var_111, adj_p, adj_110, adj_111, adj_180);
    wp::adj_mul(var_177, var_178, adj_177, adj_178, adj_179);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), flat(v0 + p, axis, c))  <L 47>
    wp::adj_add(var_173, var_176, adj_173, adj_176, adj_177);
    adj_flat_0(var_q, var_110, var_111, adj_q, adj_110, adj_111, adj_175);
    adj_flat_0(var_p, var_110, var_111, adj_p, adj_110, adj_111, adj_174);
    wp::adj_mul(var_171, var_172, adj_171, adj_172, adj_173);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, flat(p, axis, c), flat(q, axis, c), gf)  <L 46>
    wp::adj_add(var_169, var_170, adj_169, adj_170, adj_171);
    wp::adj_mul(var_167, var_168, adj_167, adj_168, adj_169);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a2, a1, a0)                          <L 45>
    wp::adj_add(var_165, var_166, adj_165, adj_166, adj_167);
    wp::adj_mul(var_163, var_164, adj_163, adj_164, adj_165);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0, a1, a2)                          <L 44>
    wp::adj_add(var_159, var_162, adj_159, adj_162, adj_163);
    wp::adj_sub(var_160, var_114, adj_160, adj_114, adj_161);
    wp::adj_add(var_112, var_113, adj_112, adj_113, adj_160);
    wp::adj_mul(var_157, var_158, adj_157, adj_158, adj_159);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a1, a0, a0 + a1 - a2)                <L 43>
    wp::adj_add(var_152, var_156, adj_152, adj_156, adj_157);
    wp::adj_add(var_114, var_150, adj_114, adj_150, adj_155);
    wp::adj_add(var_113, var_150, adj_113, adj_150, adj_154);
    wp::adj_add(var_112, var_150, adj_112, adj_150, adj_153);
    wp::adj_mul(var_148, var_151, adj_148, adj_151, adj_152);
    // adj: m = m * 2 + wp.intersect_tri_tri(a0, a1, a2, a0 + far, a1 + far, a2 + far)        <L 42>
    wp::adj_mul(var_117, var_149, adj_117, adj_149, adj_150);
    // adj: far = sh * type(c)(8.0)                                                           <L 41>
    wp::adj_add(var_118, var_146, adj_118, adj_146, adj_147);
    wp::adj_mul(var_145, var_138, adj_145, adj_138, adj_146);
    wp::adj_sub(var_114, var_118, adj_114, adj_118, adj_145);
    wp::adj_add(var_118, var_143, adj_118, adj_143, adj_144);
    wp::adj_mul(var_142, var_138, adj_142, adj_138, adj_143);
    wp::adj_sub(var_113, var_118, adj_113, adj_118, adj_142);
    wp::adj_add(var_118, var_140, adj_118, adj_140, adj_141);
    wp::adj_mul(var_139, var_138, adj_139, adj_138, adj_140);
    wp::adj_sub(var_112, var_118, adj_112, adj_118, adj_139);
    // adj: m = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 40>
    // adj: k = type(c)(3.0)                                                                  <L 39>
    wp::adj_array_store(var_hit, var_i, var_137, var_135, adj_hit, adj_i, adj_137, adj_135);
    wp::adj_add(var_136, var_110, adj_136, adj_110, adj_137);
    wp::adj_add(var_118, var_133, adj_118, adj_133, adj_134);
    wp::adj_mul(var_132, var_125, adj_132, adj_125, adj_133);
    wp::adj_sub(var_114, var_118, adj_114, adj_118, adj_132);
    wp::adj_add(var_118, var_130, adj_118, adj_130, adj_131);
    wp::adj_mul(var_129, var_125, adj_129, adj_125, adj_130);
    wp::adj_sub(var_113, var_118, adj_113, adj_118, adj_129);
    wp::adj_add(var_118, var_127, adj_118, adj_127, adj_128);
    wp::adj_mul(var_126, var_125, adj_126, adj_125, adj_127);
    wp::adj_sub(var_112, var_118, adj_112, adj_118, adj_126);
    // adj: hit[i, 13 + axis] = wp.intersect_tri_tri(a0, a1, a2, gf + (a0 - gf) * k, gf + (a1 - gf) * k, gf + (a2 - gf) * k)  <L 38>
    // adj: k = type(c)(0.25)                                                                 <L 37>
    wp::adj_array_store(var_hit, var_i, var_124, var_122, adj_hit, adj_i, adj_124, adj_122);
    wp::adj_add(var_123, var_110, adj_123, adj_110, adj_124);
    wp::adj_add(var_114, var_117, adj_114, adj_117, adj_121);
    wp::adj_add(var_113, var_117, adj_113, adj_117, adj_120);
    wp::adj_add(var_112, var_117, adj_112, adj_117, adj_119);
    // adj: hit[i, 10 + axis] = wp.intersect_tri_tri(a0, a1, a2, a0 + sh, a1 + sh, a2 + sh)   <L 36>
    adj_flat_0(var_11, var_110, var_111, adj_11, adj_110, adj_111, adj_118);
    // adj: gf = flat(g, axis, c)                                                             <L 34>
    adj_flat_0(var_115, var_110, var_116, adj_115, adj_110, adj_116, adj_117);
    wp::adj_mul(var_15, var_8, adj_15, adj_8, adj_115);
    // adj: sh = flat(e * half, axis, type(c)(0.0))                                           <L 33>
    adj_flat_0(var_v2, var_110, var_111, adj_v2, adj_110, adj_111, adj_114);
    // adj: a2 = flat(v2, axis, c)                                                            <L 32>
    adj_flat_0(var_v1, var_110, var_111, adj_v1, adj_110, adj_111, adj_113);
    // adj: a1 = flat(v1, axis, c)                                                            <L 31>
    adj_flat_0(var_v0, var_110, var_111, adj_v0, adj_110, adj_111, adj_112);
    // adj: a0 = flat(v0, axis, c)                                                            <L 30>
    wp::adj_extract(var_v0, var_110, adj_v0, adj_110, adj_111);
    // adj: c = v0[axis]                                                                      <L 29>
    // adj: for axis in range(3):                                                             <L 28>
    wp::adj_array_store(var_hit, var_i, var_109, var_108, adj_hit, adj_i, adj_109, adj_108);
    wp::adj_add(var_v2, var_106, adj_v2, adj_106, adj_107);
    wp::adj_mul(var_14, var_97, adj_14, adj_97, adj_106);
    wp::adj_add(var_103, var_104, adj_103, adj_104, adj_105);
    wp::adj_mul(var_15, var_8, adj_15, adj_8, adj_104);
    wp::adj_add(var_v1, var_102, adj_v1, adj_102, adj_103);
    wp::adj_mul(var_14, var_97, adj_14, adj_97, adj_102);
    wp::adj_add(var_99, var_100, adj_99, adj_100, adj_101);
    wp::adj_mul(var_15, var_8, adj_15, adj_8, adj_100);
    wp::adj_add(var_v0, var_98, adj_v0, adj_98, adj_99);
    wp::adj_mul(var_14, var_97, adj_14, adj_97, adj_98);
    // adj: hit[i, 9] = wp.intersect_tri_tri(v0, v1, v2, v0 + n * s + e * half, v1 + n * s + e * half, v2 + n * s)  <L 26>
    wp::adj_extract(var_v0, var_95, adj_v0, adj_95, adj_96);
    // adj: s = type(v0[0])(1.0e-9)                                                           <L 25>
    wp::adj_array_store(var_hit, var_i, var_94, var_93, adj_hit, adj_i, adj_94, adj_93);
    // adj: hit[i, 8] = w                                                                     <L 24>
    wp::adj_add(var_87, var_92, adj_87, adj_92, adj_93);
    wp::adj_sub(var_90, var_q, adj_90, adj_q, adj_91);
    wp::adj_sub(var_v1, var_14, adj_v1, adj_14, adj_90);
    wp::adj_add(var_88, var_q, adj_88, adj_q, adj_89);
    wp::adj_add(var_v1, var_14, adj_v1, adj_14, adj_88);
    wp::adj_mul(var_85, var_86, adj_85, adj_86, adj_87);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v1 + n + q, v1 - n - q, v1)          <L 23>
    wp::adj_add(var_79, var_84, adj_79, adj_84, adj_85);
    wp::adj_add(var_82, var_p, adj_82, adj_p, adj_83);
    wp::adj_sub(var_v0, var_14, adj_v0, adj_14, adj_82);
    wp::adj_add(var_80, var_p, adj_80, adj_p, adj_81);
    wp::adj_add(var_v0, var_14, adj_v0, adj_14, adj_80);
    wp::adj_mul(var_77, var_78, adj_77, adj_78, adj_79);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0 + n + p, v0, v0 - n + p, v0, v1, v2)          <L 22>
    wp::adj_add(var_71, var_76, adj_71, adj_76, adj_77);
    wp::adj_add(var_74, var_p, adj_74, adj_p, adj_75);
    wp::adj_sub(var_v0, var_14, adj_v0, adj_14, adj_74);
    wp::adj_add(var_72, var_p, adj_72, adj_p, adj_73);
    wp::adj_add(var_v0, var_14, adj_v0, adj_14, adj_72);
    wp::adj_mul(var_69, var_70, adj_69, adj_70, adj_71);
    // adj: w = w * 2 + wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 - n + p)          <L 21>
    wp::adj_add(var_v2, var_67, adj_v2, adj_67, adj_68);
    wp::adj_mul(var_14, var_8, adj_14, adj_8, adj_67);
    wp::adj_add(var_v1, var_65, adj_v1, adj_65, adj_66);
    wp::adj_mul(var_14, var_8, adj_14, adj_8, adj_65);
    wp::adj_add(var_v0, var_63, adj_v0, adj_63, adj_64);
    wp::adj_mul(var_14, var_8, adj_14, adj_8, adj_63);
    // adj: w = wp.intersect_tri_tri(v0, v1, v2, v0 + n * half, v1 + n * half, v2 + n * half)  <L 19>
    wp::adj_array_store(var_hit, var_i, var_62, var_61, adj_hit, adj_i, adj_62, adj_61);
    wp::adj_sub(var_59, var_v2, adj_59, adj_v2, adj_60);
    wp::adj_add(var_v0, var_v1, adj_v0, adj_v1, adj_59);
    // adj: hit[i, 7] = wp.intersect_tri_tri(v0, v1, v2, v1, v0, v0 + v1 - v2)                <L 17>
    wp::adj_array_store(var_hit, var_i, var_58, var_57, adj_hit, adj_i, adj_58, adj_57);
    wp::adj_add(var_v2, var_14, adj_v2, adj_14, adj_56);
    // adj: hit[i, 6] = wp.intersect_tri_tri(v0, v1, v2, v0, v1, v2 + n)                      <L 16>
    wp::adj_array_store(var_hit, var_i, var_55, var_54, adj_hit, adj_i, adj_55, adj_54);
    wp::adj_sub(var_52, var_p, adj_52, adj_p, adj_53);
    wp::adj_add(var_v0, var_14, adj_v0, adj_14, adj_52);
    wp::adj_add(var_50, var_p, adj_50, adj_p, adj_51);
    wp::adj_add(var_v0, var_14, adj_v0, adj_14, adj_50);
    // adj: hit[i, 5] = wp.intersect_tri_tri(v0, v1, v2, v0, v0 + n + p, v0 + n - p)          <L 15>
    wp::adj_array_store(var_hit, var_i, var_49, var_48, adj_hit, adj_i, adj_49, adj_48);
    wp::adj_add(var_11, var_15, adj_11, adj_15, adj_47);
    wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_46);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_45);
    // adj: hit[i, 4] = wp.intersect_tri_tri(g + n, g - n, g + e, v0, v1, v2)                 <L 13>
    wp::adj_array_store(var_hit, var_i, var_44, var_43, adj_hit, adj_i, adj_44, adj_43);
    wp::adj_add(var_11, var_41, adj_11, adj_41, adj_42);
    wp::adj_mul(var_15, var_40, adj_15, adj_40, adj_41);
    wp::adj_extract(var_v0, var_38, adj_v0, adj_38, adj_39);
    wp::adj_add(var_32, var_36, adj_32, adj_36, adj_37);
    wp::adj_mul(var_15, var_35, adj_15, adj_35, adj_36);
    wp::adj_extract(var_v0, var_33, adj_v0, adj_33, adj_34);
    wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_32);
    wp::adj_add(var_26, var_30, adj_26, adj_30, adj_31);
    wp::adj_mul(var_15, var_29, adj_15, adj_29, adj_30);
    wp::adj_extract(var_v0, var_27, adj_v0, adj_27, adj_28);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_26);
    // adj: hit[i, 3] = wp.intersect_tri_tri(v0, v1, v2, g + n + e * type(v0[0])(3.0), g - n + e * type(v0[0])(3.0), g + e * type(v0[0])(4.0))  <L 12>
    wp::adj_array_store(var_hit, var_i, var_25, var_24, adj_hit, adj_i, adj_25, adj_24);
    wp::adj_add(var_11, var_15, adj_11, adj_15, adj_23);
    wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_22);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_21);
    // adj: hit[i, 2] = wp.intersect_tri_tri(v0, v1, v2, g + n, g - n, g + e)                 <L 11>
    wp::adj_array_store(var_hit, var_i, var_20, var_19, adj_hit, adj_i, adj_20, adj_19);
    // adj: hit[i, 1] = wp.intersect_tri_tri(v0, v1, v2, p, q, g)                             <L 9>
    wp::adj_array_store(var_hit, var_i, var_18, var_17, adj_hit, adj_i, adj_18, adj_17);
    wp::adj_add(var_v0, var_p, adj_v0, adj_p, adj_16);
    // adj: hit[i, 0] = wp.intersect_tri_tri(v0, v1, v2, p, q, v0 + p)                        <L 8>
    wp::adj_sub(var_v1, var_v0, adj_v1, adj_v0, adj_15);
    // adj: e = v1 - v0                                                                       <L 6>
    wp::adj_cross(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_sub(var_v2, var_v0, adj_v2, adj_v0, adj_13);
    wp::adj_sub(var_v1, var_v0, adj_v1, adj_v0, adj_12);
    // adj: n = wp.cross(v1 - v0, v2 - v0)                                                    <L 5>
    wp::adj_mul(var_10, var_5, adj_10, adj_5, adj_11);
    wp::adj_add(var_9, var_v2, adj_9, adj_v2, adj_10);
    wp::adj_add(var_v0, var_v1, adj_v0, adj_v1, adj_9);
    // adj: g = (v0 + v1 + v2) * third                                                        <L 4>
    wp::adj_extract(var_v0, var_6, adj_v0, adj_6, adj_7);
    // adj: half = type(v0[0])(0.5)                                                           <L 3>
    wp::adj_float64(var_4, adj_4, adj_5);
    wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
    wp::adj_extract(var_v0, var_0, adj_v0, adj_0, adj_1);
    // adj: third = type(v0[0])(1.0 / 3.0)                                                    <L 2>
    // adj: def tri_cases(v0: Any, v1: Any, v2: Any, p: Any, q: Any, hit: wp.array2d(dtype=int), i: int):  <L 1>
    return;
}



extern "C" __global__ void tri_tri_f32_161ac16c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // forward
        // def tri_tri_f32(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),       <L 86>
        // i = wp.tid()                                                                           <L 88>
        var_0 = builtin_tid1d();
        // j = (i + 3) % 16                                                                       <L 89>
        var_2 = wp::add(var_0, var_1);
        var_4 = wp::mod(var_2, var_3);
        // tri_cases(a[i], b[i], c[i], p[i], a[j], hit, i)                                        <L 90>
        var_5 = wp::address(var_a, var_0);
        var_6 = wp::address(var_b, var_0);
        var_7 = wp::address(var_c, var_0);
        var_8 = wp::address(var_p, var_0);
        var_9 = wp::address(var_a, var_4);
        var_10 = wp::load(var_5);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_8);
        var_14 = wp::load(var_9);
        tri_cases_0(var_10, var_11, var_12, var_13, var_14, var_hit, var_0);
    }
}



extern "C" __global__ void tri_tri_f32_161ac16c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_hit,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::int32> adj_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        //---------
        // forward
        // def tri_tri_f32(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),       <L 86>
        // i = wp.tid()                                                                           <L 88>
        var_0 = builtin_tid1d();
        // j = (i + 3) % 16                                                                       <L 89>
        var_2 = wp::add(var_0, var_1);
        var_4 = wp::mod(var_2, var_3);
        // tri_cases(a[i], b[i], c[i], p[i], a[j], hit, i)                                        <L 90>
        var_5 = wp::address(var_a, var_0);
        var_6 = wp::address(var_b, var_0);
        var_7 = wp::address(var_c, var_0);
        var_8 = wp::address(var_p, var_0);
        var_9 = wp::address(var_a, var_4);
        var_10 = wp::load(var_5);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_8);
        var_14 = wp::load(var_9);
        tri_cases_0(var_10, var_11, var_12, var_13, var_14, var_hit, var_0);
        //---------
        // reverse
        adj_tri_cases_0(var_10, var_11, var_12, var_13, var_14, var_hit, var_0, adj_5, adj_6, adj_7, adj_8, adj_9, adj_hit, adj_0);
        wp::adj_address(var_a, var_4, adj_a, adj_4, adj_9);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_8);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_7);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: tri_cases(a[i], b[i], c[i], p[i], a[j], hit, i)                                   <L 90>
        wp::adj_mod(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: j = (i + 3) % 16                                                                  <L 89>
        // adj: i = wp.tid()                                                                      <L 88>
        // adj: def tri_tri_f32(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),  <L 86>
        continue;
    }
}



extern "C" __global__ void tri_tri_f64_fd483e79_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // forward
        // def tri_tri_f64(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),       <L 94>
        // i = wp.tid()                                                                           <L 96>
        var_0 = builtin_tid1d();
        // j = (i + 3) % 16                                                                       <L 97>
        var_2 = wp::add(var_0, var_1);
        var_4 = wp::mod(var_2, var_3);
        // tri_cases(wp.vec3d(a[i]), wp.vec3d(b[i]), wp.vec3d(c[i]), wp.vec3d(p[i]), wp.vec3d(a[j]), hit, i)       <L 98>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<3, wp::float64>(var_7);
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<3, wp::float64>(var_10);
        var_11 = wp::address(var_c, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::vec_t<3, wp::float64>(var_13);
        var_14 = wp::address(var_p, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::vec_t<3, wp::float64>(var_16);
        var_17 = wp::address(var_a, var_4);
        var_19 = wp::load(var_17);
        var_18 = wp::vec_t<3, wp::float64>(var_19);
        tri_cases_0(var_6, var_9, var_12, var_15, var_18, var_hit, var_0);
    }
}



extern "C" __global__ void tri_tri_f64_fd483e79_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::int32> var_hit,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::int32> adj_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float64> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float64> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        //---------
        // forward
        // def tri_tri_f64(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),       <L 94>
        // i = wp.tid()                                                                           <L 96>
        var_0 = builtin_tid1d();
        // j = (i + 3) % 16                                                                       <L 97>
        var_2 = wp::add(var_0, var_1);
        var_4 = wp::mod(var_2, var_3);
        // tri_cases(wp.vec3d(a[i]), wp.vec3d(b[i]), wp.vec3d(c[i]), wp.vec3d(p[i]), wp.vec3d(a[j]), hit, i)       <L 98>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<3, wp::float64>(var_7);
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<3, wp::float64>(var_10);
        var_11 = wp::address(var_c, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::vec_t<3, wp::float64>(var_13);
        var_14 = wp::address(var_p, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::vec_t<3, wp::float64>(var_16);
        var_17 = wp::address(var_a, var_4);
        var_19 = wp::load(var_17);
        var_18 = wp::vec_t<3, wp::float64>(var_19);
        tri_cases_0(var_6, var_9, var_12, var_15, var_18, var_hit, var_0);
        //---------
        // reverse
        adj_tri_cases_0(var_6, var_9, var_12, var_15, var_18, var_hit, var_0, adj_6, adj_9, adj_12, adj_15, adj_18, adj_hit, adj_0);
        wp::adj_vec_t(var_19, adj_17, adj_18);
        wp::adj_address(var_a, var_4, adj_a, adj_4, adj_17);
        wp::adj_vec_t(var_16, adj_14, adj_15);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_14);
        wp::adj_vec_t(var_13, adj_11, adj_12);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_11);
        wp::adj_vec_t(var_10, adj_8, adj_9);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
        wp::adj_vec_t(var_7, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: tri_cases(wp.vec3d(a[i]), wp.vec3d(b[i]), wp.vec3d(c[i]), wp.vec3d(p[i]), wp.vec3d(a[j]), hit, i)  <L 98>
        wp::adj_mod(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: j = (i + 3) % 16                                                                  <L 97>
        // adj: i = wp.tid()                                                                      <L 96>
        // adj: def tri_tri_f64(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3),  <L 94>
        continue;
    }
}



extern "C" __global__ void tri_tri_plain_18aa42c1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v0,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v1,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v2,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u0,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u1,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u2,
    wp::array_t<wp::int32> var_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::vec_t<3, wp::float64>* var_3;
        wp::vec_t<3, wp::float64>* var_4;
        wp::vec_t<3, wp::float64>* var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        //---------
        // forward
        // def tri_tri_plain(v0: wp.array(dtype=wp.vec3d), v1: wp.array(dtype=wp.vec3d), v2: wp.array(dtype=wp.vec3d),       <L 102>
        // i = wp.tid()                                                                           <L 105>
        var_0 = builtin_tid1d();
        // hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])                <L 106>
        var_1 = wp::address(var_v0, var_0);
        var_2 = wp::address(var_v1, var_0);
        var_3 = wp::address(var_v2, var_0);
        var_4 = wp::address(var_u0, var_0);
        var_5 = wp::address(var_u1, var_0);
        var_6 = wp::address(var_u2, var_0);
        var_8 = wp::load(var_1);
        var_9 = wp::load(var_2);
        var_10 = wp::load(var_3);
        var_11 = wp::load(var_4);
        var_12 = wp::load(var_5);
        var_13 = wp::load(var_6);
        var_7 = wp::intersect_tri_tri(var_8, var_9, var_10, var_11, var_12, var_13);
        wp::array_store(var_hit, var_0, var_7);
    }
}



extern "C" __global__ void tri_tri_plain_18aa42c1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v0,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v1,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v2,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u0,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u1,
    wp::array_t<wp::vec_t<3, wp::float64>> var_u2,
    wp::array_t<wp::int32> var_hit,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v0,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v1,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v2,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_u0,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_u1,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_u2,
    wp::array_t<wp::int32> adj_hit)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::vec_t<3, wp::float64>* var_3;
        wp::vec_t<3, wp::float64>* var_4;
        wp::vec_t<3, wp::float64>* var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::vec_t<3, wp::float64> adj_3 = {};
        wp::vec_t<3, wp::float64> adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<3, wp::float64> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::vec_t<3, wp::float64> adj_13 = {};
        //---------
        // forward
        // def tri_tri_plain(v0: wp.array(dtype=wp.vec3d), v1: wp.array(dtype=wp.vec3d), v2: wp.array(dtype=wp.vec3d),       <L 102>
        // i = wp.tid()                                                                           <L 105>
        var_0 = builtin_tid1d();
        // hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])                <L 106>
        var_1 = wp::address(var_v0, var_0);
        var_2 = wp::address(var_v1, var_0);
        var_3 = wp::address(var_v2, var_0);
        var_4 = wp::address(var_u0, var_0);
        var_5 = wp::address(var_u1, var_0);
        var_6 = wp::address(var_u2, var_0);
        var_8 = wp::load(var_1);
        var_9 = wp::load(var_2);
        var_10 = wp::load(var_3);
        var_11 = wp::load(var_4);
        var_12 = wp::load(var_5);
        var_13 = wp::load(var_6);
        var_7 = wp::intersect_tri_tri(var_8, var_9, var_10, var_11, var_12, var_13);
        // wp::array_store(var_hit, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_hit, var_0, var_7, adj_hit, adj_0, adj_7);
        wp::adj_address(var_u2, var_0, adj_u2, adj_0, adj_6);
        wp::adj_address(var_u1, var_0, adj_u1, adj_0, adj_5);
        wp::adj_address(var_u0, var_0, adj_u0, adj_0, adj_4);
        wp::adj_address(var_v2, var_0, adj_v2, adj_0, adj_3);
        wp::adj_address(var_v1, var_0, adj_v1, adj_0, adj_2);
        wp::adj_address(var_v0, var_0, adj_v0, adj_0, adj_1);
        // adj: hit[i] = wp.intersect_tri_tri(v0[i], v1[i], v2[i], u0[i], u1[i], u2[i])           <L 106>
        // adj: i = wp.tid()                                                                      <L 105>
        // adj: def tri_tri_plain(v0: wp.array(dtype=wp.vec3d), v1: wp.array(dtype=wp.vec3d), v2: wp.array(dtype=wp.vec3d),  <L 102>
        continue;
    }
}

