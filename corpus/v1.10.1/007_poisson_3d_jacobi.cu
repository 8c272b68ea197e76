
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/007_poisson_3d_jacobi.py:4
static CUDA_CALLABLE bool idx_valid_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_nx,
    wp::int32 var_ny,
    wp::int32 var_nz)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    //---------
    // forward
    // def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:              <L 5>
    // return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz                   <L 6>
    var_1 = (var_i >= var_0);
    var_3 = (var_j >= var_2);
    var_5 = (var_k >= var_4);
    var_6 = (var_i < var_nx);
    var_7 = (var_j < var_ny);
    var_8 = (var_k < var_nz);
    var_9 = var_1 && var_3 && var_5 && var_6 && var_7 && var_8;
    return var_9;
}


// corpus/007_poisson_3d_jacobi.py:9
static CUDA_CALLABLE wp::float32 fetch_0(
    wp::array_t<wp::float32> var_p,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    //---------
    // forward
    // def fetch(p: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:                <L 10>
    // if idx_valid(i, j, k, p.shape[0], p.shape[1], p.shape[2]):                             <L 11>
    var_0 = &(var_p.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = &(var_p.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = &(var_p.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = idx_valid_0(var_i, var_j, var_k, var_2, var_6, var_10);
    if (var_12) {
        // return p[i, j, k]                                                                  <L 12>
        var_13 = wp::address(var_p, var_i, var_j, var_k);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        return var_14;
    }
    // return 0.0                                                                             <L 13>
    return var_16;
}


// corpus/007_poisson_3d_jacobi.py:4
static CUDA_CALLABLE void adj_idx_valid_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_nx,
    wp::int32 var_ny,
    wp::int32 var_nz,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::int32 & adj_nx,
    wp::int32 & adj_ny,
    wp::int32 & adj_nz,
    bool & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    //---------
    // forward
    // def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:              <L 5>
    // return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz                   <L 6>
    var_1 = (var_i >= var_0);
    var_3 = (var_j >= var_2);
    var_5 = (var_k >= var_4);
    var_6 = (var_i < var_nx);
    var_7 = (var_j < var_ny);
    var_8 = (var_k < var_nz);
    var_9 = var_1 && var_3 && var_5 && var_6 && var_7 && var_8;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    // adj: return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz              <L 6>
    // adj: def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:         <L 5>
    return;
}


// corpus/007_poisson_3d_jacobi.py:9
static CUDA_CALLABLE void adj_fetch_0(
    wp::array_t<wp::float32> var_p,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::array_t<wp::float32> & adj_p,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    bool var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def fetch(p: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:                <L 10>
    // if idx_valid(i, j, k, p.shape[0], p.shape[1], p.shape[2]):                             <L 11>
    var_0 = &(var_p.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = &(var_p.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = &(var_p.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = idx_valid_0(var_i, var_j, var_k, var_2, var_6, var_10);
    if (var_12) {
        // return p[i, j, k]                                                                  <L 12>
        var_13 = wp::address(var_p, var_i, var_j, var_k);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        goto label0;
    }
    // return 0.0                                                                             <L 13>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_16 += adj_ret;
    // adj: return 0.0                                                                        <L 13>
    if (var_12) {
        label0:;
        adj_14 += adj_ret;
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_p, var_i, var_j, var_k, adj_p, adj_i, adj_j, adj_k, adj_13);
        // adj: return p[i, j, k]                                                             <L 12>
    }
    adj_idx_valid_0(var_i, var_j, var_k, var_2, var_6, var_10, adj_i, adj_j, adj_k, adj_2, adj_6, adj_10, adj_12);
    wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
    adj_p.shape = adj_8;
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_p.shape = adj_4;
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_p.shape = adj_0;
    // adj: if idx_valid(i, j, k, p.shape[0], p.shape[1], p.shape[2]):                        <L 11>
    // adj: def fetch(p: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:           <L 10>
    return;
}



extern "C" __global__ void jacobi_iteration_588baf5a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_phi_out,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::uint8> var_solid,
    wp::float32 var_h,
    wp::float32 var_omega)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::uint8* var_3;
        const wp::int32 var_4 = 0;
        wp::uint8 var_5;
        bool var_6;
        wp::uint8 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        bool var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::shape_t* var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::shape_t var_41;
        wp::shape_t* var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::shape_t var_45;
        wp::shape_t* var_46;
        const wp::int32 var_47 = 2;
        wp::int32 var_48;
        wp::shape_t var_49;
        bool var_50;
        wp::uint8* var_51;
        const wp::int32 var_52 = 0;
        wp::uint8 var_53;
        bool var_54;
        wp::uint8 var_55;
        wp::float32* var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 2;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        const wp::int32 var_75 = 0;
        bool var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 1;
        bool var_80;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        wp::int32 var_89;
        wp::shape_t* var_90;
        const wp::int32 var_91 = 0;
        wp::int32 var_92;
        wp::shape_t var_93;
        wp::shape_t* var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        wp::shape_t var_97;
        wp::shape_t* var_98;
        const wp::int32 var_99 = 2;
        wp::int32 var_100;
        wp::shape_t var_101;
        bool var_102;
        wp::uint8* var_103;
        const wp::int32 var_104 = 0;
        wp::uint8 var_105;
        bool var_106;
        wp::uint8 var_107;
        wp::float32* var_108;
        wp::float32* var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 1;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        wp::float32 var_115;
        wp::int32 var_116;
        wp::float32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        const wp::int32 var_120 = 0;
        const wp::int32 var_121 = 0;
        const wp::int32 var_122 = 0;
        const wp::int32 var_123 = 0;
        const wp::int32 var_124 = 2;
        wp::int32 var_125;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        bool var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        const wp::int32 var_132 = 1;
        bool var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::shape_t* var_143;
        const wp::int32 var_144 = 0;
        wp::int32 var_145;
        wp::shape_t var_146;
        wp::shape_t* var_147;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::shape_t var_150;
        wp::shape_t* var_151;
        const wp::int32 var_152 = 2;
        wp::int32 var_153;
        wp::shape_t var_154;
        bool var_155;
        wp::uint8* var_156;
        const wp::int32 var_157 = 0;
        wp::uint8 var_158;
        bool var_159;
        wp::uint8 var_160;
        wp::float32* var_161;
        wp::float32* var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::float32 var_168;
        wp::int32 var_169;
        wp::float32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 1;
        const wp::int32 var_173 = 0;
        const wp::int32 var_174 = 0;
        const wp::int32 var_175 = 0;
        const wp::int32 var_176 = 2;
        wp::int32 var_177;
        const wp::int32 var_178 = 1;
        wp::int32 var_179;
        const wp::int32 var_180 = 0;
        bool var_181;
        wp::int32 var_182;
        wp::int32 var_183;
        const wp::int32 var_184 = 1;
        bool var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::int32 var_192;
        wp::int32 var_193;
        wp::int32 var_194;
        wp::shape_t* var_195;
        const wp::int32 var_196 = 0;
        wp::int32 var_197;
        wp::shape_t var_198;
        wp::shape_t* var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::shape_t var_202;
        wp::shape_t* var_203;
        const wp::int32 var_204 = 2;
        wp::int32 var_205;
        wp::shape_t var_206;
        bool var_207;
        wp::uint8* var_208;
        const wp::int32 var_209 = 0;
        wp::uint8 var_210;
        bool var_211;
        wp::uint8 var_212;
        wp::float32* var_213;
        wp::float32* var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 1;
        const wp::int32 var_218 = 1;
        wp::int32 var_219;
        wp::float32 var_220;
        wp::int32 var_221;
        wp::float32 var_222;
        wp::int32 var_223;
        const wp::int32 var_224 = 2;
        const wp::int32 var_225 = 0;
        const wp::int32 var_226 = 0;
        const wp::int32 var_227 = 0;
        const wp::int32 var_228 = 0;
        const wp::int32 var_229 = 2;
        wp::int32 var_230;
        const wp::int32 var_231 = 1;
        wp::int32 var_232;
        const wp::int32 var_233 = 0;
        bool var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 1;
        bool var_238;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::int32 var_241;
        wp::int32 var_242;
        wp::int32 var_243;
        wp::int32 var_244;
        wp::int32 var_245;
        wp::int32 var_246;
        wp::int32 var_247;
        wp::shape_t* var_248;
        const wp::int32 var_249 = 0;
        wp::int32 var_250;
        wp::shape_t var_251;
        wp::shape_t* var_252;
        const wp::int32 var_253 = 1;
        wp::int32 var_254;
        wp::shape_t var_255;
        wp::shape_t* var_256;
        const wp::int32 var_257 = 2;
        wp::int32 var_258;
        wp::shape_t var_259;
        bool var_260;
        wp::uint8* var_261;
        const wp::int32 var_262 = 0;
        wp::uint8 var_263;
        bool var_264;
        wp::uint8 var_265;
        wp::float32* var_266;
        wp::float32* var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 1;
        const wp::int32 var_271 = 1;
        wp::int32 var_272;
        wp::float32 var_273;
        wp::int32 var_274;
        wp::float32 var_275;
        wp::int32 var_276;
        const wp::int32 var_277 = 1;
        const wp::int32 var_278 = 0;
        const wp::int32 var_279 = 0;
        const wp::int32 var_280 = 0;
        const wp::int32 var_281 = 2;
        wp::int32 var_282;
        const wp::int32 var_283 = 1;
        wp::int32 var_284;
        const wp::int32 var_285 = 0;
        bool var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 1;
        bool var_290;
        wp::int32 var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::int32 var_299;
        wp::shape_t* var_300;
        const wp::int32 var_301 = 0;
        wp::int32 var_302;
        wp::shape_t var_303;
        wp::shape_t* var_304;
        const wp::int32 var_305 = 1;
        wp::int32 var_306;
        wp::shape_t var_307;
        wp::shape_t* var_308;
        const wp::int32 var_309 = 2;
        wp::int32 var_310;
        wp::shape_t var_311;
        bool var_312;
        wp::uint8* var_313;
        const wp::int32 var_314 = 0;
        wp::uint8 var_315;
        bool var_316;
        wp::uint8 var_317;
        wp::float32* var_318;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        const wp::int32 var_322 = 1;
        const wp::int32 var_323 = 1;
        wp::int32 var_324;
        wp::float32 var_325;
        wp::int32 var_326;
        wp::float32 var_327;
        wp::int32 var_328;
        const wp::int32 var_329 = 0;
        bool var_330;
        wp::float32* var_331;
        wp::float32 var_332;
        wp::float32* var_333;
        wp::float32 var_334;
        wp::float32 var_335;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        const wp::float32 var_339 = 1.0;
        wp::float32 var_340;
        wp::float32* var_341;
        wp::float32 var_342;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        //---------
        // forward
        // def jacobi_iteration(                                                                  <L 17>
        // i, j, k = wp.tid()                                                                     <L 25>
        builtin_tid3d(var_0, var_1, var_2);
        // if solid[i, j, k] != wp.uint8(0):                                                      <L 26>
        var_3 = wp::address(var_solid, var_0, var_1, var_2);
        var_5 = wp::uint8(var_4);
        var_7 = wp::load(var_3);
        var_6 = (var_7 != var_5);
        if (var_6) {
            // phi_out[i, j, k] = 0.0                                                             <L 27>
            wp::array_store(var_phi_out, var_0, var_1, var_2, var_8);
            // return                                                                             <L 28>
            continue;
        }
        // h2 = h * h                                                                             <L 29>
        var_9 = wp::mul(var_h, var_h);
        // s = float(0.0)                                                                         <L 30>
        var_11 = wp::float(var_10);
        // n = int(0)                                                                             <L 31>
        var_13 = wp::int(var_12);
        // for axis in range(3):                                                                  <L 32>
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_20 = wp::mul(var_15, var_19);
        var_22 = wp::sub(var_20, var_21);
        // if axis == 0:                                                                          <L 38>
        var_24 = (var_14 == var_23);
        if (var_24) {
            // di = off                                                                           <L 39>
            var_25 = wp::copy(var_22);
        }
        var_26 = wp::where(var_24, var_25, var_16);
        if (!var_24) {
            // elif axis == 1:                                                                    <L 40>
            var_28 = (var_14 == var_27);
            if (var_28) {
                // dj = off                                                                       <L 41>
                var_29 = wp::copy(var_22);
            }
            var_30 = wp::where(var_28, var_29, var_17);
            if (!var_28) {
                // dk = off                                                                       <L 43>
                var_31 = wp::copy(var_22);
            }
            var_32 = wp::where(var_28, var_18, var_31);
        }
        var_33 = wp::where(var_24, var_17, var_30);
        var_34 = wp::where(var_24, var_18, var_32);
        // ni = i + di                                                                            <L 44>
        var_35 = wp::add(var_0, var_26);
        // nj = j + dj                                                                            <L 45>
        var_36 = wp::add(var_1, var_33);
        // nk = k + dk                                                                            <L 46>
        var_37 = wp::add(var_2, var_34);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_38 = &(var_phi.shape);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = &(var_phi.shape);
        var_45 = wp::load(var_42);
        var_44 = wp::extract(var_45, var_43);
        var_46 = &(var_phi.shape);
        var_49 = wp::load(var_46);
        var_48 = wp::extract(var_49, var_47);
        var_50 = idx_valid_0(var_35, var_36, var_37, var_40, var_44, var_48);
        if (var_50) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_51 = wp::address(var_solid, var_35, var_36, var_37);
            var_53 = wp::uint8(var_52);
            var_55 = wp::load(var_51);
            var_54 = (var_55 == var_53);
            if (var_54) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_56 = wp::address(var_phi, var_35, var_36, var_37);
                var_57 = wp::address(var_phi, var_35, var_36, var_37);
                var_59 = wp::load(var_57);
                var_58 = wp::add(var_11, var_59);
                // n += 1                                                                         <L 50>
                var_62 = wp::add(var_13, var_61);
            }
            var_63 = wp::where(var_54, var_58, var_11);
            var_64 = wp::where(var_54, var_62, var_13);
        }
        var_65 = wp::where(var_50, var_63, var_11);
        var_66 = wp::where(var_50, var_64, var_13);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_72 = wp::mul(var_67, var_71);
        var_74 = wp::sub(var_72, var_73);
        // if axis == 0:                                                                          <L 38>
        var_76 = (var_14 == var_75);
        if (var_76) {
            // di = off                                                                           <L 39>
            var_77 = wp::copy(var_74);
        }
        var_78 = wp::where(var_76, var_77, var_68);
        if (!var_76) {
            // elif axis == 1:                                                                    <L 40>
            var_80 = (var_14 == var_79);
            if (var_80) {
                // dj = off                                                                       <L 41>
                var_81 = wp::copy(var_74);
            }
            var_82 = wp::where(var_80, var_81, var_69);
            if (!var_80) {
                // dk = off                                                                       <L 43>
                var_83 = wp::copy(var_74);
            }
            var_84 = wp::where(var_80, var_70, var_83);
        }
        var_85 = wp::where(var_76, var_69, var_82);
        var_86 = wp::where(var_76, var_70, var_84);
        // ni = i + di                                                                            <L 44>
        var_87 = wp::add(var_0, var_78);
        // nj = j + dj                                                                            <L 45>
        var_88 = wp::add(var_1, var_85);
        // nk = k + dk                                                                            <L 46>
        var_89 = wp::add(var_2, var_86);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_90 = &(var_phi.shape);
        var_93 = wp::load(var_90);
        var_92 = wp::extract(var_93, var_91);
        var_94 = &(var_phi.shape);
        var_97 = wp::load(var_94);
        var_96 = wp::extract(var_97, var_95);
        var_98 = &(var_phi.shape);
        var_101 = wp::load(var_98);
        var_100 = wp::extract(var_101, var_99);
        var_102 = idx_valid_0(var_87, var_88, var_89, var_92, var_96, var_100);
        if (var_102) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_103 = wp::address(var_solid, var_87, var_88, var_89);
            var_105 = wp::uint8(var_104);
            var_107 = wp::load(var_103);
            var_106 = (var_107 == var_105);
            if (var_106) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_108 = wp::address(var_phi, var_87, var_88, var_89);
                var_109 = wp::address(var_phi, var_87, var_88, var_89);
                var_111 = wp::load(var_109);
                var_110 = wp::add(var_65, var_111);
                // n += 1                                                                         <L 50>
                var_114 = wp::add(var_66, var_113);
            }
            var_115 = wp::where(var_106, var_110, var_65);
            var_116 = wp::where(var_106, var_114, var_66);
        }
        var_117 = wp::where(var_102, var_115, var_65);
        var_118 = wp::where(var_102, var_116, var_66);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_125 = wp::mul(var_120, var_124);
        var_127 = wp::sub(var_125, var_126);
        // if axis == 0:                                                                          <L 38>
        var_129 = (var_119 == var_128);
        if (var_129) {
            // di = off                                                                           <L 39>
            var_130 = wp::copy(var_127);
        }
        var_131 = wp::where(var_129, var_130, var_121);
        if (!var_129) {
            // elif axis == 1:                                                                    <L 40>
            var_133 = (var_119 == var_132);
            if (var_133) {
                // dj = off                                                                       <L 41>
                var_134 = wp::copy(var_127);
            }
            var_135 = wp::where(var_133, var_134, var_122);
            if (!var_133) {
                // dk = off                                                                       <L 43>
                var_136 = wp::copy(var_127);
            }
            var_137 = wp::where(var_133, var_123, var_136);
        }
        var_138 = wp::where(var_129, var_122, var_135);
        var_139 = wp::where(var_129, var_123, var_137);
        // ni = i + di                                                                            <L 44>
        var_140 = wp::add(var_0, var_131);
        // nj = j + dj                                                                            <L 45>
        var_141 = wp::add(var_1, var_138);
        // nk = k + dk                                                                            <L 46>
        var_142 = wp::add(var_2, var_139);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_143 = &(var_phi.shape);
        var_146 = wp::load(var_143);
        var_145 = wp::extract(var_146, var_144);
        var_147 = &(var_phi.shape);
        var_150 = wp::load(var_147);
        var_149 = wp::extract(var_150, var_148);
        var_151 = &(var_phi.shape);
        var_154 = wp::load(var_151);
        var_153 = wp::extract(var_154, var_152);
        var_155 = idx_valid_0(var_140, var_141, var_142, var_145, var_149, var_153);
        if (var_155) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_156 = wp::address(var_solid, var_140, var_141, var_142);
            var_158 = wp::uint8(var_157);
            var_160 = wp::load(var_156);
            var_159 = (var_160 == var_158);
            if (var_159) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_161 = wp::address(var_phi, var_140, var_141, var_142);
                var_162 = wp::address(var_phi, var_140, var_141, var_142);
                var_164 = wp::load(var_162);
                var_163 = wp::add(var_117, var_164);
                // n += 1                                                                         <L 50>
                var_167 = wp::add(var_118, var_166);
            }
            var_168 = wp::where(var_159, var_163, var_117);
            var_169 = wp::where(var_159, var_167, var_118);
        }
        var_170 = wp::where(var_155, var_168, var_117);
        var_171 = wp::where(var_155, var_169, var_118);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_177 = wp::mul(var_172, var_176);
        var_179 = wp::sub(var_177, var_178);
        // if axis == 0:                                                                          <L 38>
        var_181 = (var_119 == var_180);
        if (var_181) {
            // di = off                                                                           <L 39>
            var_182 = wp::copy(var_179);
        }
        var_183 = wp::where(var_181, var_182, var_173);
        if (!var_181) {
            // elif axis == 1:                                                                    <L 40>
            var_185 = (var_119 == var_184);
            if (var_185) {
                // dj = off                                                                       <L 41>
                var_186 = wp::copy(var_179);
            }
            var_187 = wp::where(var_185, var_186, var_174);
            if (!var_185) {
                // dk = off                                                                       <L 43>
                var_188 = wp::copy(var_179);
            }
            var_189 = wp::where(var_185, var_175, var_188);
        }
        var_190 = wp::where(var_181, var_174, var_187);
        var_191 = wp::where(var_181, var_175, var_189);
        // ni = i + di                                                                            <L 44>
        var_192 = wp::add(var_0, var_183);
        // nj = j + dj                                                                            <L 45>
        var_193 = wp::add(var_1, var_190);
        // nk = k + dk                                                                            <L 46>
        var_194 = wp::add(var_2, var_191);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_195 = &(var_phi.shape);
        var_198 = wp::load(var_195);
        var_197 = wp::extract(var_198, var_196);
        var_199 = &(var_phi.shape);
        var_202 = wp::load(var_199);
        var_201 = wp::extract(var_202, var_200);
        var_203 = &(var_phi.shape);
        var_206 = wp::load(var_203);
        var_205 = wp::extract(var_206, var_204);
        var_207 = idx_valid_0(var_192, var_193, var_194, var_197, var_201, var_205);
        if (var_207) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_208 = wp::address(var_solid, var_192, var_193, var_194);
            var_210 = wp::uint8(var_209);
            var_212 = wp::load(var_208);
            var_211 = (var_212 == var_210);
            if (var_211) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_213 = wp::address(var_phi, var_192, var_193, var_194);
                var_214 = wp::address(var_phi, var_192, var_193, var_194);
                var_216 = wp::load(var_214);
                var_215 = wp::add(var_170, var_216);
                // n += 1                                                                         <L 50>
                var_219 = wp::add(var_171, var_218);
            }
            var_220 = wp::where(var_211, var_215, var_170);
            var_221 = wp::where(var_211, var_219, var_171);
        }
        var_222 = wp::where(var_207, var_220, var_170);
        var_223 = wp::where(var_207, var_221, var_171);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_230 = wp::mul(var_225, var_229);
        var_232 = wp::sub(var_230, var_231);
        // if axis == 0:                                                                          <L 38>
        var_234 = (var_224 == var_233);
        if (var_234) {
            // di = off                                                                           <L 39>
            var_235 = wp::copy(var_232);
        }
        var_236 = wp::where(var_234, var_235, var_226);
        if (!var_234) {
            // elif axis == 1:                                                                    <L 40>
            var_238 = (var_224 == var_237);
            if (var_238) {
                // dj = off                                                                       <L 41>
                var_239 = wp::copy(var_232);
            }
            var_240 = wp::where(var_238, var_239, var_227);
            if (!var_238) {
                // dk = off                                                                       <L 43>
                var_241 = wp::copy(var_232);
            }
            var_242 = wp::where(var_238, var_228, var_241);
        }
        var_243 = wp::where(var_234, var_227, var_240);
        var_244 = wp::where(var_234, var_228, var_242);
        // ni = i + di                                                                            <L 44>
        var_245 = wp::add(var_0, var_236);
        // nj = j + dj                                                                            <L 45>
        var_246 = wp::add(var_1, var_243);
        // nk = k + dk                                                                            <L 46>
        var_247 = wp::add(var_2, var_244);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_248 = &(var_phi.shape);
        var_251 = wp::load(var_248);
        var_250 = wp::extract(var_251, var_249);
        var_252 = &(var_phi.shape);
        var_255 = wp::load(var_252);
        var_254 = wp::extract(var_255, var_253);
        var_256 = &(var_phi.shape);
        var_259 = wp::load(var_256);
        var_258 = wp::extract(var_259, var_257);
        var_260 = idx_valid_0(var_245, var_246, var_247, var_250, var_254, var_258);
        if (var_260) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_261 = wp::address(var_solid, var_245, var_246, var_247);
            var_263 = wp::uint8(var_262);
            var_265 = wp::load(var_261);
            var_264 = (var_265 == var_263);
            if (var_264) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_266 = wp::address(var_phi, var_245, var_246, var_247);
                var_267 = wp::address(var_phi, var_245, var_246, var_247);
                var_269 = wp::load(var_267);
                var_268 = wp::add(var_222, var_269);
                // n += 1                                                                         <L 50>
                var_272 = wp::add(var_223, var_271);
            }
            var_273 = wp::where(var_264, var_268, var_222);
            var_274 = wp::where(var_264, var_272, var_223);
        }
        var_275 = wp::where(var_260, var_273, var_222);
        var_276 = wp::where(var_260, var_274, var_223);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_282 = wp::mul(var_277, var_281);
        var_284 = wp::sub(var_282, var_283);
        // if axis == 0:                                                                          <L 38>
        var_286 = (var_224 == var_285);
        if (var_286) {
            // di = off                                                                           <L 39>
            var_287 = wp::copy(var_284);
        }
        var_288 = wp::where(var_286, var_287, var_278);
        if (!var_286) {
            // elif axis == 1:                                                                    <L 40>
            var_290 = (var_224 == var_289);
            if (var_290) {
                // dj = off                                                                       <L 41>
                var_291 = wp::copy(var_284);
            }
            var_292 = wp::where(var_290, var_291, var_279);
            if (!var_290) {
                // dk = off                                                                       <L 43>
                var_293 = wp::copy(var_284);
            }
            var_294 = wp::where(var_290, var_280, var_293);
        }
        var_295 = wp::where(var_286, var_279, var_292);
        var_296 = wp::where(var_286, var_280, var_294);
        // ni = i + di                                                                            <L 44>
        var_297 = wp::add(var_0, var_288);
        // nj = j + dj                                                                            <L 45>
        var_298 = wp::add(var_1, var_295);
        // nk = k + dk                                                                            <L 46>
        var_299 = wp::add(var_2, var_296);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_300 = &(var_phi.shape);
        var_303 = wp::load(var_300);
        var_302 = wp::extract(var_303, var_301);
        var_304 = &(var_phi.shape);
        var_307 = wp::load(var_304);
        var_306 = wp::extract(var_307, var_305);
        var_308 = &(var_phi.shape);
        var_311 = wp::load(var_308);
        var_310 = wp::extract(var_311, var_309);
        var_312 = idx_valid_0(var_297, var_298, var_299, var_302, var_306, var_310);
        if (var_312) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_313 = wp::address(var_solid, var_297, var_298, var_299);
            var_315 = wp::uint8(var_314);
            var_317 = wp::load(var_313);
            var_316 = (var_317 == var_315);
            if (var_316) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_318 = wp::address(var_phi, var_297, var_298, var_299);
                var_319 = wp::address(var_phi, var_297, var_298, var_299);
                var_321 = wp::load(var_319);
                var_320 = wp::add(var_275, var_321);
                // n += 1                                                                         <L 50>
                var_324 = wp::add(var_276, var_323);
            }
            var_325 = wp::where(var_316, var_320, var_275);
            var_326 = wp::where(var_316, var_324, var_276);
        }
        var_327 = wp::where(var_312, var_325, var_275);
        var_328 = wp::where(var_312, var_326, var_276);
        // if n == 0:                                                                             <L 51>
        var_330 = (var_328 == var_329);
        if (var_330) {
            // phi_out[i, j, k] = phi[i, j, k]                                                    <L 52>
            var_331 = wp::address(var_phi, var_0, var_1, var_2);
            var_332 = wp::load(var_331);
            wp::array_store(var_phi_out, var_0, var_1, var_2, var_332);
            // return                                                                             <L 53>
            continue;
        }
        // jac = (s - h2 * rhs[i, j, k]) / float(n)                                               <L 54>
        var_333 = wp::address(var_rhs, var_0, var_1, var_2);
        var_335 = wp::load(var_333);
        var_334 = wp::mul(var_9, var_335);
        var_336 = wp::sub(var_327, var_334);
        var_337 = wp::float(var_328);
        var_338 = wp::div(var_336, var_337);
        // phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                          <L 55>
        var_340 = wp::sub(var_339, var_omega);
        var_341 = wp::address(var_phi, var_0, var_1, var_2);
        var_343 = wp::load(var_341);
        var_342 = wp::mul(var_340, var_343);
        var_344 = wp::mul(var_omega, var_338);
        var_345 = wp::add(var_342, var_344);
        wp::array_store(var_phi_out, var_0, var_1, var_2, var_345);
    }
}



extern "C" __global__ void jacobi_iteration_588baf5a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_phi_out,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::uint8> var_solid,
    wp::float32 var_h,
    wp::float32 var_omega,
    wp::array_t<wp::float32> adj_phi,
    wp::array_t<wp::float32> adj_phi_out,
    wp::array_t<wp::float32> adj_rhs,
    wp::array_t<wp::uint8> adj_solid,
    wp::float32 adj_h,
    wp::float32 adj_omega)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::uint8* var_3;
        const wp::int32 var_4 = 0;
        wp::uint8 var_5;
        bool var_6;
        wp::uint8 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        bool var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::shape_t* var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::shape_t var_41;
        wp::shape_t* var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::shape_t var_45;
        wp::shape_t* var_46;
        const wp::int32 var_47 = 2;
        wp::int32 var_48;
        wp::shape_t var_49;
        bool var_50;
        wp::uint8* var_51;
        const wp::int32 var_52 = 0;
        wp::uint8 var_53;
        bool var_54;
        wp::uint8 var_55;
        wp::float32* var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 2;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        const wp::int32 var_75 = 0;
        bool var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 1;
        bool var_80;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        wp::int32 var_89;
        wp::shape_t* var_90;
        const wp::int32 var_91 = 0;
        wp::int32 var_92;
        wp::shape_t var_93;
        wp::shape_t* var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        wp::shape_t var_97;
        wp::shape_t* var_98;
        const wp::int32 var_99 = 2;
        wp::int32 var_100;
        wp::shape_t var_101;
        bool var_102;
        wp::uint8* var_103;
        const wp::int32 var_104 = 0;
        wp::uint8 var_105;
        bool var_106;
        wp::uint8 var_107;
        wp::float32* var_108;
        wp::float32* var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 1;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        wp::float32 var_115;
        wp::int32 var_116;
        wp::float32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        const wp::int32 var_120 = 0;
        const wp::int32 var_121 = 0;
        const wp::int32 var_122 = 0;
        const wp::int32 var_123 = 0;
        const wp::int32 var_124 = 2;
        wp::int32 var_125;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        bool var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        const wp::int32 var_132 = 1;
        bool var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::shape_t* var_143;
        const wp::int32 var_144 = 0;
        wp::int32 var_145;
        wp::shape_t var_146;
        wp::shape_t* var_147;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::shape_t var_150;
        wp::shape_t* var_151;
        const wp::int32 var_152 = 2;
        wp::int32 var_153;
        wp::shape_t var_154;
        bool var_155;
        wp::uint8* var_156;
        const wp::int32 var_157 = 0;
        wp::uint8 var_158;
        bool var_159;
        wp::uint8 var_160;
        wp::float32* var_161;
        wp::float32* var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::float32 var_168;
        wp::int32 var_169;
        wp::float32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 1;
        const wp::int32 var_173 = 0;
        const wp::int32 var_174 = 0;
        const wp::int32 var_175 = 0;
        const wp::int32 var_176 = 2;
        wp::int32 var_177;
        const wp::int32 var_178 = 1;
        wp::int32 var_179;
        const wp::int32 var_180 = 0;
        bool var_181;
        wp::int32 var_182;
        wp::int32 var_183;
        const wp::int32 var_184 = 1;
        bool var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::int32 var_192;
        wp::int32 var_193;
        wp::int32 var_194;
        wp::shape_t* var_195;
        const wp::int32 var_196 = 0;
        wp::int32 var_197;
        wp::shape_t var_198;
        wp::shape_t* var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::shape_t var_202;
        wp::shape_t* var_203;
        const wp::int32 var_204 = 2;
        wp::int32 var_205;
        wp::shape_t var_206;
        bool var_207;
        wp::uint8* var_208;
        const wp::int32 var_209 = 0;
        wp::uint8 var_210;
        bool var_211;
        wp::uint8 var_212;
        wp::float32* var_213;
        wp::float32* var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 1;
        const wp::int32 var_218 = 1;
        wp::int32 var_219;
        wp::float32 var_220;
        wp::int32 var_221;
        wp::float32 var_222;
        wp::int32 var_223;
        const wp::int32 var_224 = 2;
        const wp::int32 var_225 = 0;
        const wp::int32 var_226 = 0;
        const wp::int32 var_227 = 0;
        const wp::int32 var_228 = 0;
        const wp::int32 var_229 = 2;
        wp::int32 var_230;
        const wp::int32 var_231 = 1;
        wp::int32 var_232;
        const wp::int32 var_233 = 0;
        bool var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 1;
        bool var_238;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::int32 var_241;
        wp::int32 var_242;
        wp::int32 var_243;
        wp::int32 var_244;
        wp::int32 var_245;
        wp::int32 var_246;
        wp::int32 var_247;
        wp::shape_t* var_248;
        const wp::int32 var_249 = 0;
        wp::int32 var_250;
        wp::shape_t var_251;
        wp::shape_t* var_252;
        const wp::int32 var_253 = 1;
        wp::int32 var_254;
        wp::shape_t var_255;
        wp::shape_t* var_256;
        const wp::int32 var_257 = 2;
        wp::int32 var_258;
        wp::shape_t var_259;
        bool var_260;
        wp::uint8* var_261;
        const wp::int32 var_262 = 0;
        wp::uint8 var_263;
        bool var_264;
        wp::uint8 var_265;
        wp::float32* var_266;
        wp::float32* var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 1;
        const wp::int32 var_271 = 1;
        wp::int32 var_272;
        wp::float32 var_273;
        wp::int32 var_274;
        wp::float32 var_275;
        wp::int32 var_276;
        const wp::int32 var_277 = 1;
        const wp::int32 var_278 = 0;
        const wp::int32 var_279 = 0;
        const wp::int32 var_280 = 0;
        const wp::int32 var_281 = 2;
        wp::int32 var_282;
        const wp::int32 var_283 = 1;
        wp::int32 var_284;
        const wp::int32 var_285 = 0;
        bool var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 1;
        bool var_290;
        wp::int32 var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::int32 var_299;
        wp::shape_t* var_300;
        const wp::int32 var_301 = 0;
        wp::int32 var_302;
        wp::shape_t var_303;
        wp::shape_t* var_304;
        const wp::int32 var_305 = 1;
        wp::int32 var_306;
        wp::shape_t var_307;
        wp::shape_t* var_308;
        const wp::int32 var_309 = 2;
        wp::int32 var_310;
        wp::shape_t var_311;
        bool var_312;
        wp::uint8* var_313;
        const wp::int32 var_314 = 0;
        wp::uint8 var_315;
        bool var_316;
        wp::uint8 var_317;
        wp::float32* var_318;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        const wp::int32 var_322 = 1;
        const wp::int32 var_323 = 1;
        wp::int32 var_324;
        wp::float32 var_325;
        wp::int32 var_326;
        wp::float32 var_327;
        wp::int32 var_328;
        const wp::int32 var_329 = 0;
        bool var_330;
        wp::float32* var_331;
        wp::float32 var_332;
        wp::float32* var_333;
        wp::float32 var_334;
        wp::float32 var_335;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        const wp::float32 var_339 = 1.0;
        wp::float32 var_340;
        wp::float32* var_341;
        wp::float32 var_342;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::uint8 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint8 adj_5 = {};
        bool adj_6 = {};
        wp::uint8 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
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
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::shape_t adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::shape_t adj_41 = {};
        wp::shape_t adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::shape_t adj_45 = {};
        wp::shape_t adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::shape_t adj_49 = {};
        bool adj_50 = {};
        wp::uint8 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::uint8 adj_53 = {};
        bool adj_54 = {};
        wp::uint8 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        bool adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        bool adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::shape_t adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::shape_t adj_93 = {};
        wp::shape_t adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::shape_t adj_97 = {};
        wp::shape_t adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::shape_t adj_101 = {};
        bool adj_102 = {};
        wp::uint8 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::uint8 adj_105 = {};
        bool adj_106 = {};
        wp::uint8 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        bool adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        bool adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::shape_t adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::shape_t adj_146 = {};
        wp::shape_t adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::shape_t adj_150 = {};
        wp::shape_t adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::shape_t adj_154 = {};
        bool adj_155 = {};
        wp::uint8 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::uint8 adj_158 = {};
        bool adj_159 = {};
        wp::uint8 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::float32 adj_170 = {};
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
        bool adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::int32 adj_184 = {};
        bool adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::shape_t adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::shape_t adj_198 = {};
        wp::shape_t adj_199 = {};
        wp::int32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::shape_t adj_202 = {};
        wp::shape_t adj_203 = {};
        wp::int32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::shape_t adj_206 = {};
        bool adj_207 = {};
        wp::uint8 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::uint8 adj_210 = {};
        bool adj_211 = {};
        wp::uint8 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::float32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::int32 adj_228 = {};
        wp::int32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        bool adj_234 = {};
        wp::int32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        bool adj_238 = {};
        wp::int32 adj_239 = {};
        wp::int32 adj_240 = {};
        wp::int32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::int32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::shape_t adj_248 = {};
        wp::int32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::shape_t adj_251 = {};
        wp::shape_t adj_252 = {};
        wp::int32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::shape_t adj_255 = {};
        wp::shape_t adj_256 = {};
        wp::int32 adj_257 = {};
        wp::int32 adj_258 = {};
        wp::shape_t adj_259 = {};
        bool adj_260 = {};
        wp::uint8 adj_261 = {};
        wp::int32 adj_262 = {};
        wp::uint8 adj_263 = {};
        bool adj_264 = {};
        wp::uint8 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::float32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::int32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::int32 adj_276 = {};
        wp::int32 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::int32 adj_279 = {};
        wp::int32 adj_280 = {};
        wp::int32 adj_281 = {};
        wp::int32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::int32 adj_284 = {};
        wp::int32 adj_285 = {};
        bool adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::int32 adj_289 = {};
        bool adj_290 = {};
        wp::int32 adj_291 = {};
        wp::int32 adj_292 = {};
        wp::int32 adj_293 = {};
        wp::int32 adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::int32 adj_299 = {};
        wp::shape_t adj_300 = {};
        wp::int32 adj_301 = {};
        wp::int32 adj_302 = {};
        wp::shape_t adj_303 = {};
        wp::shape_t adj_304 = {};
        wp::int32 adj_305 = {};
        wp::int32 adj_306 = {};
        wp::shape_t adj_307 = {};
        wp::shape_t adj_308 = {};
        wp::int32 adj_309 = {};
        wp::int32 adj_310 = {};
        wp::shape_t adj_311 = {};
        bool adj_312 = {};
        wp::uint8 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::uint8 adj_315 = {};
        bool adj_316 = {};
        wp::uint8 adj_317 = {};
        wp::float32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::int32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::int32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::int32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::int32 adj_328 = {};
        wp::int32 adj_329 = {};
        bool adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::float32 adj_333 = {};
        wp::float32 adj_334 = {};
        wp::float32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::float32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::float32 adj_339 = {};
        wp::float32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::float32 adj_342 = {};
        wp::float32 adj_343 = {};
        wp::float32 adj_344 = {};
        wp::float32 adj_345 = {};
        //---------
        // forward
        // def jacobi_iteration(                                                                  <L 17>
        // i, j, k = wp.tid()                                                                     <L 25>
        builtin_tid3d(var_0, var_1, var_2);
        // if solid[i, j, k] != wp.uint8(0):                                                      <L 26>
        var_3 = wp::address(var_solid, var_0, var_1, var_2);
        var_5 = wp::uint8(var_4);
        var_7 = wp::load(var_3);
        var_6 = (var_7 != var_5);
        if (var_6) {
            // phi_out[i, j, k] = 0.0                                                             <L 27>
            // wp::array_store(var_phi_out, var_0, var_1, var_2, var_8);
            // return                                                                             <L 28>
            goto label0;
        }
        // h2 = h * h                                                                             <L 29>
        var_9 = wp::mul(var_h, var_h);
        // s = float(0.0)                                                                         <L 30>
        var_11 = wp::float(var_10);
        // n = int(0)                                                                             <L 31>
        var_13 = wp::int(var_12);
        // for axis in range(3):                                                                  <L 32>
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_20 = wp::mul(var_15, var_19);
        var_22 = wp::sub(var_20, var_21);
        // if axis == 0:                                                                          <L 38>
        var_24 = (var_14 == var_23);
        if (var_24) {
            // di = off                                                                           <L 39>
            var_25 = wp::copy(var_22);
        }
        var_26 = wp::where(var_24, var_25, var_16);
        if (!var_24) {
            // elif axis == 1:                                                                    <L 40>
            var_28 = (var_14 == var_27);
            if (var_28) {
                // dj = off                                                                       <L 41>
                var_29 = wp::copy(var_22);
            }
            var_30 = wp::where(var_28, var_29, var_17);
            if (!var_28) {
                // dk = off                                                                       <L 43>
                var_31 = wp::copy(var_22);
            }
            var_32 = wp::where(var_28, var_18, var_31);
        }
        var_33 = wp::where(var_24, var_17, var_30);
        var_34 = wp::where(var_24, var_18, var_32);
        // ni = i + di                                                                            <L 44>
        var_35 = wp::add(var_0, var_26);
        // nj = j + dj                                                                            <L 45>
        var_36 = wp::add(var_1, var_33);
        // nk = k + dk                                                                            <L 46>
        var_37 = wp::add(var_2, var_34);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_38 = &(var_phi.shape);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = &(var_phi.shape);
        var_45 = wp::load(var_42);
        var_44 = wp::extract(var_45, var_43);
        var_46 = &(var_phi.shape);
        var_49 = wp::load(var_46);
        var_48 = wp::extract(var_49, var_47);
        var_50 = idx_valid_0(var_35, var_36, var_37, var_40, var_44, var_48);
        if (var_50) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_51 = wp::address(var_solid, var_35, var_36, var_37);
            var_53 = wp::uint8(var_52);
            var_55 = wp::load(var_51);
            var_54 = (var_55 == var_53);
            if (var_54) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_56 = wp::address(var_phi, var_35, var_36, var_37);
                var_57 = wp::address(var_phi, var_35, var_36, var_37);
                var_59 = wp::load(var_57);
                var_58 = wp::add(var_11, var_59);
                // n += 1                                                                         <L 50>
                var_62 = wp::add(var_13, var_61);
            }
            var_63 = wp::where(var_54, var_58, var_11);
            var_64 = wp::where(var_54, var_62, var_13);
        }
        var_65 = wp::where(var_50, var_63, var_11);
        var_66 = wp::where(var_50, var_64, var_13);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_72 = wp::mul(var_67, var_71);
        var_74 = wp::sub(var_72, var_73);
        // if axis == 0:                                                                          <L 38>
        var_76 = (var_14 == var_75);
        if (var_76) {
            // di = off                                                                           <L 39>
            var_77 = wp::copy(var_74);
        }
        var_78 = wp::where(var_76, var_77, var_68);
        if (!var_76) {
            // elif axis == 1:                                                                    <L 40>
            var_80 = (var_14 == var_79);
            if (var_80) {
                // dj = off                                                                       <L 41>
                var_81 = wp::copy(var_74);
            }
            var_82 = wp::where(var_80, var_81, var_69);
            if (!var_80) {
                // dk = off                                                                       <L 43>
                var_83 = wp::copy(var_74);
            }
            var_84 = wp::where(var_80, var_70, var_83);
        }
        var_85 = wp::where(var_76, var_69, var_82);
        var_86 = wp::where(var_76, var_70, var_84);
        // ni = i + di                                                                            <L 44>
        var_87 = wp::add(var_0, var_78);
        // nj = j + dj                                                                            <L 45>
        var_88 = wp::add(var_1, var_85);
        // nk = k + dk                                                                            <L 46>
        var_89 = wp::add(var_2, var_86);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_90 = &(var_phi.shape);
        var_93 = wp::load(var_90);
        var_92 = wp::extract(var_93, var_91);
        var_94 = &(var_phi.shape);
        var_97 = wp::load(var_94);
        var_96 = wp::extract(var_97, var_95);
        var_98 = &(var_phi.shape);
        var_101 = wp::load(var_98);
        var_100 = wp::extract(var_101, var_99);
        var_102 = idx_valid_0(var_87, var_88, var_89, var_92, var_96, var_100);
        if (var_102) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_103 = wp::address(var_solid, var_87, var_88, var_89);
            var_105 = wp::uint8(var_104);
            var_107 = wp::load(var_103);
            var_106 = (var_107 == var_105);
            if (var_106) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_108 = wp::address(var_phi, var_87, var_88, var_89);
                var_109 = wp::address(var_phi, var_87, var_88, var_89);
                var_111 = wp::load(var_109);
                var_110 = wp::add(var_65, var_111);
                // n += 1                                                                         <L 50>
                var_114 = wp::add(var_66, var_113);
            }
            var_115 = wp::where(var_106, var_110, var_65);
            var_116 = wp::where(var_106, var_114, var_66);
        }
        var_117 = wp::where(var_102, var_115, var_65);
        var_118 = wp::where(var_102, var_116, var_66);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_125 = wp::mul(var_120, var_124);
        var_127 = wp::sub(var_125, var_126);
        // if axis == 0:                                                                          <L 38>
        var_129 = (var_119 == var_128);
        if (var_129) {
            // di = off                                                                           <L 39>
            var_130 = wp::copy(var_127);
        }
        var_131 = wp::where(var_129, var_130, var_121);
        if (!var_129) {
            // elif axis == 1:                                                                    <L 40>
            var_133 = (var_119 == var_132);
            if (var_133) {
                // dj = off                                                                       <L 41>
                var_134 = wp::copy(var_127);
            }
            var_135 = wp::where(var_133, var_134, var_122);
            if (!var_133) {
                // dk = off                                                                       <L 43>
                var_136 = wp::copy(var_127);
            }
            var_137 = wp::where(var_133, var_123, var_136);
        }
        var_138 = wp::where(var_129, var_122, var_135);
        var_139 = wp::where(var_129, var_123, var_137);
        // ni = i + di                                                                            <L 44>
        var_140 = wp::add(var_0, var_131);
        // nj = j + dj                                                                            <L 45>
        var_141 = wp::add(var_1, var_138);
        // nk = k + dk                                                                            <L 46>
        var_142 = wp::add(var_2, var_139);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_143 = &(var_phi.shape);
        var_146 = wp::load(var_143);
        var_145 = wp::extract(var_146, var_144);
        var_147 = &(var_phi.shape);
        var_150 = wp::load(var_147);
        var_149 = wp::extract(var_150, var_148);
        var_151 = &(var_phi.shape);
        var_154 = wp::load(var_151);
        var_153 = wp::extract(var_154, var_152);
        var_155 = idx_valid_0(var_140, var_141, var_142, var_145, var_149, var_153);
        if (var_155) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_156 = wp::address(var_solid, var_140, var_141, var_142);
            var_158 = wp::uint8(var_157);
            var_160 = wp::load(var_156);
            var_159 = (var_160 == var_158);
            if (var_159) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_161 = wp::address(var_phi, var_140, var_141, var_142);
                var_162 = wp::address(var_phi, var_140, var_141, var_142);
                var_164 = wp::load(var_162);
                var_163 = wp::add(var_117, var_164);
                // n += 1                                                                         <L 50>
                var_167 = wp::add(var_118, var_166);
            }
            var_168 = wp::where(var_159, var_163, var_117);
            var_169 = wp::where(var_159, var_167, var_118);
        }
        var_170 = wp::where(var_155, var_168, var_117);
        var_171 = wp::where(var_155, var_169, var_118);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_177 = wp::mul(var_172, var_176);
        var_179 = wp::sub(var_177, var_178);
        // if axis == 0:                                                                          <L 38>
        var_181 = (var_119 == var_180);
        if (var_181) {
            // di = off                                                                           <L 39>
            var_182 = wp::copy(var_179);
        }
        var_183 = wp::where(var_181, var_182, var_173);
        if (!var_181) {
            // elif axis == 1:                                                                    <L 40>
            var_185 = (var_119 == var_184);
            if (var_185) {
                // dj = off                                                                       <L 41>
                var_186 = wp::copy(var_179);
            }
            var_187 = wp::where(var_185, var_186, var_174);
            if (!var_185) {
                // dk = off                                                                       <L 43>
                var_188 = wp::copy(var_179);
            }
            var_189 = wp::where(var_185, var_175, var_188);
        }
        var_190 = wp::where(var_181, var_174, var_187);
        var_191 = wp::where(var_181, var_175, var_189);
        // ni = i + di                                                                            <L 44>
        var_192 = wp::add(var_0, var_183);
        // nj = j + dj                                                                            <L 45>
        var_193 = wp::add(var_1, var_190);
        // nk = k + dk                                                                            <L 46>
        var_194 = wp::add(var_2, var_191);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_195 = &(var_phi.shape);
        var_198 = wp::load(var_195);
        var_197 = wp::extract(var_198, var_196);
        var_199 = &(var_phi.shape);
        var_202 = wp::load(var_199);
        var_201 = wp::extract(var_202, var_200);
        var_203 = &(var_phi.shape);
        var_206 = wp::load(var_203);
        var_205 = wp::extract(var_206, var_204);
        var_207 = idx_valid_0(var_192, var_193, var_194, var_197, var_201, var_205);
        if (var_207) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_208 = wp::address(var_solid, var_192, var_193, var_194);
            var_210 = wp::uint8(var_209);
            var_212 = wp::load(var_208);
            var_211 = (var_212 == var_210);
            if (var_211) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_213 = wp::address(var_phi, var_192, var_193, var_194);
                var_214 = wp::address(var_phi, var_192, var_193, var_194);
                var_216 = wp::load(var_214);
                var_215 = wp::add(var_170, var_216);
                // n += 1                                                                         <L 50>
                var_219 = wp::add(var_171, var_218);
            }
            var_220 = wp::where(var_211, var_215, var_170);
            var_221 = wp::where(var_211, var_219, var_171);
        }
        var_222 = wp::where(var_207, var_220, var_170);
        var_223 = wp::where(var_207, var_221, var_171);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_230 = wp::mul(var_225, var_229);
        var_232 = wp::sub(var_230, var_231);
        // if axis == 0:                                                                          <L 38>
        var_234 = (var_224 == var_233);
        if (var_234) {
            // di = off                                                                           <L 39>
            var_235 = wp::copy(var_232);
        }
        var_236 = wp::where(var_234, var_235, var_226);
        if (!var_234) {
            // elif axis == 1:                                                                    <L 40>
            var_238 = (var_224 == var_237);
            if (var_238) {
                // dj = off                                                                       <L 41>
                var_239 = wp::copy(var_232);
            }
            var_240 = wp::where(var_238, var_239, var_227);
            if (!var_238) {
                // dk = off                                                                       <L 43>
                var_241 = wp::copy(var_232);
            }
            var_242 = wp::where(var_238, var_228, var_241);
        }
        var_243 = wp::where(var_234, var_227, var_240);
        var_244 = wp::where(var_234, var_228, var_242);
        // ni = i + di                                                                            <L 44>
        var_245 = wp::add(var_0, var_236);
        // nj = j + dj                                                                            <L 45>
        var_246 = wp::add(var_1, var_243);
        // nk = k + dk                                                                            <L 46>
        var_247 = wp::add(var_2, var_244);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_248 = &(var_phi.shape);
        var_251 = wp::load(var_248);
        var_250 = wp::extract(var_251, var_249);
        var_252 = &(var_phi.shape);
        var_255 = wp::load(var_252);
        var_254 = wp::extract(var_255, var_253);
        var_256 = &(var_phi.shape);
        var_259 = wp::load(var_256);
        var_258 = wp::extract(var_259, var_257);
        var_260 = idx_valid_0(var_245, var_246, var_247, var_250, var_254, var_258);
        if (var_260) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_261 = wp::address(var_solid, var_245, var_246, var_247);
            var_263 = wp::uint8(var_262);
            var_265 = wp::load(var_261);
            var_264 = (var_265 == var_263);
            if (var_264) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_266 = wp::address(var_phi, var_245, var_246, var_247);
                var_267 = wp::address(var_phi, var_245, var_246, var_247);
                var_269 = wp::load(var_267);
                var_268 = wp::add(var_222, var_269);
                // n += 1                                                                         <L 50>
                var_272 = wp::add(var_223, var_271);
            }
            var_273 = wp::where(var_264, var_268, var_222);
            var_274 = wp::where(var_264, var_272, var_223);
        }
        var_275 = wp::where(var_260, var_273, var_222);
        var_276 = wp::where(var_260, var_274, var_223);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_282 = wp::mul(var_277, var_281);
        var_284 = wp::sub(var_282, var_283);
        // if axis == 0:                                                                          <L 38>
        var_286 = (var_224 == var_285);
        if (var_286) {
            // di = off                                                                           <L 39>
            var_287 = wp::copy(var_284);
        }
        var_288 = wp::where(var_286, var_287, var_278);
        if (!var_286) {
            // elif axis == 1:                                                                    <L 40>
            var_290 = (var_224 == var_289);
            if (var_290) {
                // dj = off                                                                       <L 41>
                var_291 = wp::copy(var_284);
            }
            var_292 = wp::where(var_290, var_291, var_279);
            if (!var_290) {
                // dk = off                                                                       <L 43>
                var_293 = wp::copy(var_284);
            }
            var_294 = wp::where(var_290, var_280, var_293);
        }
        var_295 = wp::where(var_286, var_279, var_292);
        var_296 = wp::where(var_286, var_280, var_294);
        // ni = i + di                                                                            <L 44>
        var_297 = wp::add(var_0, var_288);
        // nj = j + dj                                                                            <L 45>
        var_298 = wp::add(var_1, var_295);
        // nk = k + dk                                                                            <L 46>
        var_299 = wp::add(var_2, var_296);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_300 = &(var_phi.shape);
        var_303 = wp::load(var_300);
        var_302 = wp::extract(var_303, var_301);
        var_304 = &(var_phi.shape);
        var_307 = wp::load(var_304);
        var_306 = wp::extract(var_307, var_305);
        var_308 = &(var_phi.shape);
        var_311 = wp::load(var_308);
        var_310 = wp::extract(var_311, var_309);
        var_312 = idx_valid_0(var_297, var_298, var_299, var_302, var_306, var_310);
        if (var_312) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_313 = wp::address(var_solid, var_297, var_298, var_299);
            var_315 = wp::uint8(var_314);
            var_317 = wp::load(var_313);
            var_316 = (var_317 == var_315);
            if (var_316) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_318 = wp::address(var_phi, var_297, var_298, var_299);
                var_319 = wp::address(var_phi, var_297, var_298, var_299);
                var_321 = wp::load(var_319);
                var_320 = wp::add(var_275, var_321);
                // n += 1                                                                         <L 50>
                var_324 = wp::add(var_276, var_323);
            }
            var_325 = wp::where(var_316, var_320, var_275);
            var_326 = wp::where(var_316, var_324, var_276);
        }
        var_327 = wp::where(var_312, var_325, var_275);
        var_328 = wp::where(var_312, var_326, var_276);
        // if n == 0:                                                                             <L 51>
        var_330 = (var_328 == var_329);
        if (var_330) {
            // phi_out[i, j, k] = phi[i, j, k]                                                    <L 52>
            var_331 = wp::address(var_phi, var_0, var_1, var_2);
            var_332 = wp::load(var_331);
            // wp::array_store(var_phi_out, var_0, var_1, var_2, var_332);
            // return                                                                             <L 53>
            goto label1;
        }
        // jac = (s - h2 * rhs[i, j, k]) / float(n)                                               <L 54>
        var_333 = wp::address(var_rhs, var_0, var_1, var_2);
        var_335 = wp::load(var_333);
        var_334 = wp::mul(var_9, var_335);
        var_336 = wp::sub(var_327, var_334);
        var_337 = wp::float(var_328);
        var_338 = wp::div(var_336, var_337);
        // phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                          <L 55>
        var_340 = wp::sub(var_339, var_omega);
        var_341 = wp::address(var_phi, var_0, var_1, var_2);
        var_343 = wp::load(var_341);
        var_342 = wp::mul(var_340, var_343);
        var_344 = wp::mul(var_omega, var_338);
        var_345 = wp::add(var_342, var_344);
        // wp::array_store(var_phi_out, var_0, var_1, var_2, var_345);
        //---------
        // reverse
        wp::adj_array_store(var_phi_out, var_0, var_1, var_2, var_345, adj_phi_out, adj_0, adj_1, adj_2, adj_345);
        wp::adj_add(var_342, var_344, adj_342, adj_344, adj_345);
        wp::adj_mul(var_omega, var_338, adj_omega, adj_338, adj_344);
        wp::adj_mul(var_340, var_343, adj_340, adj_341, adj_342);
        wp::adj_address(var_phi, var_0, var_1, var_2, adj_phi, adj_0, adj_1, adj_2, adj_341);
        wp::adj_sub(var_339, var_omega, adj_339, adj_omega, adj_340);
        // adj: phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                     <L 55>
        wp::adj_div(var_336, var_337, var_338, adj_336, adj_337, adj_338);
        wp::adj_float(var_328, adj_328, adj_337);
        wp::adj_sub(var_327, var_334, adj_327, adj_334, adj_336);
        wp::adj_mul(var_9, var_335, adj_9, adj_333, adj_334);
        wp::adj_address(var_rhs, var_0, var_1, var_2, adj_rhs, adj_0, adj_1, adj_2, adj_333);
        // adj: jac = (s - h2 * rhs[i, j, k]) / float(n)                                          <L 54>
        if (var_330) {
            label1:;
            // adj: return                                                                        <L 53>
            wp::adj_array_store(var_phi_out, var_0, var_1, var_2, var_332, adj_phi_out, adj_0, adj_1, adj_2, adj_331);
            wp::adj_address(var_phi, var_0, var_1, var_2, adj_phi, adj_0, adj_1, adj_2, adj_331);
            // adj: phi_out[i, j, k] = phi[i, j, k]                                               <L 52>
        }
        // adj: if n == 0:                                                                        <L 51>
        wp::adj_where(var_312, var_326, var_276, adj_312, adj_326, adj_276, adj_328);
        wp::adj_where(var_312, var_325, var_275, adj_312, adj_325, adj_275, adj_327);
        if (var_312) {
            wp::adj_where(var_316, var_324, var_276, adj_316, adj_324, adj_276, adj_326);
            wp::adj_where(var_316, var_320, var_275, adj_316, adj_320, adj_275, adj_325);
            if (var_316) {
                wp::adj_add(var_276, var_323, adj_276, adj_323, adj_324);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_275, var_321, adj_275, adj_319, adj_320);
                wp::adj_address(var_phi, var_297, var_298, var_299, adj_phi, adj_297, adj_298, adj_299, adj_319);
                wp::adj_address(var_phi, var_297, var_298, var_299, adj_phi, adj_297, adj_298, adj_299, adj_318);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_314, adj_314, adj_315);
            wp::adj_address(var_solid, var_297, var_298, var_299, adj_solid, adj_297, adj_298, adj_299, adj_313);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_297, var_298, var_299, var_302, var_306, var_310, adj_297, adj_298, adj_299, adj_302, adj_306, adj_310, adj_312);
        wp::adj_extract(var_311, var_309, adj_308, adj_309, adj_310);
        adj_phi.shape = adj_308;
        wp::adj_extract(var_307, var_305, adj_304, adj_305, adj_306);
        adj_phi.shape = adj_304;
        wp::adj_extract(var_303, var_301, adj_300, adj_301, adj_302);
        adj_phi.shape = adj_300;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_296, adj_2, adj_296, adj_299);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_295, adj_1, adj_295, adj_298);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_288, adj_0, adj_288, adj_297);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_286, var_280, var_294, adj_286, adj_280, adj_294, adj_296);
        wp::adj_where(var_286, var_279, var_292, adj_286, adj_279, adj_292, adj_295);
        if (!var_286) {
            wp::adj_where(var_290, var_280, var_293, adj_290, adj_280, adj_293, adj_294);
            if (!var_290) {
                wp::adj_copy(var_284, adj_284, adj_293);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_290, var_291, var_279, adj_290, adj_291, adj_279, adj_292);
            if (var_290) {
                wp::adj_copy(var_284, adj_284, adj_291);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_286, var_287, var_278, adj_286, adj_287, adj_278, adj_288);
        if (var_286) {
            wp::adj_copy(var_284, adj_284, adj_287);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_282, var_283, adj_282, adj_283, adj_284);
        wp::adj_mul(var_277, var_281, adj_277, adj_281, adj_282);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_260, var_274, var_223, adj_260, adj_274, adj_223, adj_276);
        wp::adj_where(var_260, var_273, var_222, adj_260, adj_273, adj_222, adj_275);
        if (var_260) {
            wp::adj_where(var_264, var_272, var_223, adj_264, adj_272, adj_223, adj_274);
            wp::adj_where(var_264, var_268, var_222, adj_264, adj_268, adj_222, adj_273);
            if (var_264) {
                wp::adj_add(var_223, var_271, adj_223, adj_271, adj_272);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_222, var_269, adj_222, adj_267, adj_268);
                wp::adj_address(var_phi, var_245, var_246, var_247, adj_phi, adj_245, adj_246, adj_247, adj_267);
                wp::adj_address(var_phi, var_245, var_246, var_247, adj_phi, adj_245, adj_246, adj_247, adj_266);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_262, adj_262, adj_263);
            wp::adj_address(var_solid, var_245, var_246, var_247, adj_solid, adj_245, adj_246, adj_247, adj_261);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_245, var_246, var_247, var_250, var_254, var_258, adj_245, adj_246, adj_247, adj_250, adj_254, adj_258, adj_260);
        wp::adj_extract(var_259, var_257, adj_256, adj_257, adj_258);
        adj_phi.shape = adj_256;
        wp::adj_extract(var_255, var_253, adj_252, adj_253, adj_254);
        adj_phi.shape = adj_252;
        wp::adj_extract(var_251, var_249, adj_248, adj_249, adj_250);
        adj_phi.shape = adj_248;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_244, adj_2, adj_244, adj_247);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_243, adj_1, adj_243, adj_246);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_236, adj_0, adj_236, adj_245);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_234, var_228, var_242, adj_234, adj_228, adj_242, adj_244);
        wp::adj_where(var_234, var_227, var_240, adj_234, adj_227, adj_240, adj_243);
        if (!var_234) {
            wp::adj_where(var_238, var_228, var_241, adj_238, adj_228, adj_241, adj_242);
            if (!var_238) {
                wp::adj_copy(var_232, adj_232, adj_241);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_238, var_239, var_227, adj_238, adj_239, adj_227, adj_240);
            if (var_238) {
                wp::adj_copy(var_232, adj_232, adj_239);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_234, var_235, var_226, adj_234, adj_235, adj_226, adj_236);
        if (var_234) {
            wp::adj_copy(var_232, adj_232, adj_235);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_230, var_231, adj_230, adj_231, adj_232);
        wp::adj_mul(var_225, var_229, adj_225, adj_229, adj_230);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        // adj: for side in range(2):                                                             <L 33>
        wp::adj_where(var_207, var_221, var_171, adj_207, adj_221, adj_171, adj_223);
        wp::adj_where(var_207, var_220, var_170, adj_207, adj_220, adj_170, adj_222);
        if (var_207) {
            wp::adj_where(var_211, var_219, var_171, adj_211, adj_219, adj_171, adj_221);
            wp::adj_where(var_211, var_215, var_170, adj_211, adj_215, adj_170, adj_220);
            if (var_211) {
                wp::adj_add(var_171, var_218, adj_171, adj_218, adj_219);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_170, var_216, adj_170, adj_214, adj_215);
                wp::adj_address(var_phi, var_192, var_193, var_194, adj_phi, adj_192, adj_193, adj_194, adj_214);
                wp::adj_address(var_phi, var_192, var_193, var_194, adj_phi, adj_192, adj_193, adj_194, adj_213);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_209, adj_209, adj_210);
            wp::adj_address(var_solid, var_192, var_193, var_194, adj_solid, adj_192, adj_193, adj_194, adj_208);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_192, var_193, var_194, var_197, var_201, var_205, adj_192, adj_193, adj_194, adj_197, adj_201, adj_205, adj_207);
        wp::adj_extract(var_206, var_204, adj_203, adj_204, adj_205);
        adj_phi.shape = adj_203;
        wp::adj_extract(var_202, var_200, adj_199, adj_200, adj_201);
        adj_phi.shape = adj_199;
        wp::adj_extract(var_198, var_196, adj_195, adj_196, adj_197);
        adj_phi.shape = adj_195;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_191, adj_2, adj_191, adj_194);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_190, adj_1, adj_190, adj_193);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_183, adj_0, adj_183, adj_192);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_181, var_175, var_189, adj_181, adj_175, adj_189, adj_191);
        wp::adj_where(var_181, var_174, var_187, adj_181, adj_174, adj_187, adj_190);
        if (!var_181) {
            wp::adj_where(var_185, var_175, var_188, adj_185, adj_175, adj_188, adj_189);
            if (!var_185) {
                wp::adj_copy(var_179, adj_179, adj_188);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_185, var_186, var_174, adj_185, adj_186, adj_174, adj_187);
            if (var_185) {
                wp::adj_copy(var_179, adj_179, adj_186);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_181, var_182, var_173, adj_181, adj_182, adj_173, adj_183);
        if (var_181) {
            wp::adj_copy(var_179, adj_179, adj_182);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_177, var_178, adj_177, adj_178, adj_179);
        wp::adj_mul(var_172, var_176, adj_172, adj_176, adj_177);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_155, var_169, var_118, adj_155, adj_169, adj_118, adj_171);
        wp::adj_where(var_155, var_168, var_117, adj_155, adj_168, adj_117, adj_170);
        if (var_155) {
            wp::adj_where(var_159, var_167, var_118, adj_159, adj_167, adj_118, adj_169);
            wp::adj_where(var_159, var_163, var_117, adj_159, adj_163, adj_117, adj_168);
            if (var_159) {
                wp::adj_add(var_118, var_166, adj_118, adj_166, adj_167);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_117, var_164, adj_117, adj_162, adj_163);
                wp::adj_address(var_phi, var_140, var_141, var_142, adj_phi, adj_140, adj_141, adj_142, adj_162);
                wp::adj_address(var_phi, var_140, var_141, var_142, adj_phi, adj_140, adj_141, adj_142, adj_161);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_157, adj_157, adj_158);
            wp::adj_address(var_solid, var_140, var_141, var_142, adj_solid, adj_140, adj_141, adj_142, adj_156);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_140, var_141, var_142, var_145, var_149, var_153, adj_140, adj_141, adj_142, adj_145, adj_149, adj_153, adj_155);
        wp::adj_extract(var_154, var_152, adj_151, adj_152, adj_153);
        adj_phi.shape = adj_151;
        wp::adj_extract(var_150, var_148, adj_147, adj_148, adj_149);
        adj_phi.shape = adj_147;
        wp::adj_extract(var_146, var_144, adj_143, adj_144, adj_145);
        adj_phi.shape = adj_143;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_139, adj_2, adj_139, adj_142);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_138, adj_1, adj_138, adj_141);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_131, adj_0, adj_131, adj_140);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_129, var_123, var_137, adj_129, adj_123, adj_137, adj_139);
        wp::adj_where(var_129, var_122, var_135, adj_129, adj_122, adj_135, adj_138);
        if (!var_129) {
            wp::adj_where(var_133, var_123, var_136, adj_133, adj_123, adj_136, adj_137);
            if (!var_133) {
                wp::adj_copy(var_127, adj_127, adj_136);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_133, var_134, var_122, adj_133, adj_134, adj_122, adj_135);
            if (var_133) {
                wp::adj_copy(var_127, adj_127, adj_134);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_129, var_130, var_121, adj_129, adj_130, adj_121, adj_131);
        if (var_129) {
            wp::adj_copy(var_127, adj_127, adj_130);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_125, var_126, adj_125, adj_126, adj_127);
        wp::adj_mul(var_120, var_124, adj_120, adj_124, adj_125);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        // adj: for side in range(2):                                                             <L 33>
        wp::adj_where(var_102, var_116, var_66, adj_102, adj_116, adj_66, adj_118);
        wp::adj_where(var_102, var_115, var_65, adj_102, adj_115, adj_65, adj_117);
        if (var_102) {
            wp::adj_where(var_106, var_114, var_66, adj_106, adj_114, adj_66, adj_116);
            wp::adj_where(var_106, var_110, var_65, adj_106, adj_110, adj_65, adj_115);
            if (var_106) {
                wp::adj_add(var_66, var_113, adj_66, adj_113, adj_114);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_65, var_111, adj_65, adj_109, adj_110);
                wp::adj_address(var_phi, var_87, var_88, var_89, adj_phi, adj_87, adj_88, adj_89, adj_109);
                wp::adj_address(var_phi, var_87, var_88, var_89, adj_phi, adj_87, adj_88, adj_89, adj_108);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_104, adj_104, adj_105);
            wp::adj_address(var_solid, var_87, var_88, var_89, adj_solid, adj_87, adj_88, adj_89, adj_103);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_87, var_88, var_89, var_92, var_96, var_100, adj_87, adj_88, adj_89, adj_92, adj_96, adj_100, adj_102);
        wp::adj_extract(var_101, var_99, adj_98, adj_99, adj_100);
        adj_phi.shape = adj_98;
        wp::adj_extract(var_97, var_95, adj_94, adj_95, adj_96);
        adj_phi.shape = adj_94;
        wp::adj_extract(var_93, var_91, adj_90, adj_91, adj_92);
        adj_phi.shape = adj_90;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_86, adj_2, adj_86, adj_89);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_85, adj_1, adj_85, adj_88);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_78, adj_0, adj_78, adj_87);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_76, var_70, var_84, adj_76, adj_70, adj_84, adj_86);
        wp::adj_where(var_76, var_69, var_82, adj_76, adj_69, adj_82, adj_85);
        if (!var_76) {
            wp::adj_where(var_80, var_70, var_83, adj_80, adj_70, adj_83, adj_84);
            if (!var_80) {
                wp::adj_copy(var_74, adj_74, adj_83);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_80, var_81, var_69, adj_80, adj_81, adj_69, adj_82);
            if (var_80) {
                wp::adj_copy(var_74, adj_74, adj_81);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_76, var_77, var_68, adj_76, adj_77, adj_68, adj_78);
        if (var_76) {
            wp::adj_copy(var_74, adj_74, adj_77);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_72, var_73, adj_72, adj_73, adj_74);
        wp::adj_mul(var_67, var_71, adj_67, adj_71, adj_72);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_50, var_64, var_13, adj_50, adj_64, adj_13, adj_66);
        wp::adj_where(var_50, var_63, var_11, adj_50, adj_63, adj_11, adj_65);
        if (var_50) {
            wp::adj_where(var_54, var_62, var_13, adj_54, adj_62, adj_13, adj_64);
            wp::adj_where(var_54, var_58, var_11, adj_54, adj_58, adj_11, adj_63);
            if (var_54) {
                wp::adj_add(var_13, var_61, adj_13, adj_61, adj_62);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_11, var_59, adj_11, adj_57, adj_58);
                wp::adj_address(var_phi, var_35, var_36, var_37, adj_phi, adj_35, adj_36, adj_37, adj_57);
                wp::adj_address(var_phi, var_35, var_36, var_37, adj_phi, adj_35, adj_36, adj_37, adj_56);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_uint8(var_52, adj_52, adj_53);
            wp::adj_address(var_solid, var_35, var_36, var_37, adj_solid, adj_35, adj_36, adj_37, adj_51);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_35, var_36, var_37, var_40, var_44, var_48, adj_35, adj_36, adj_37, adj_40, adj_44, adj_48, adj_50);
        wp::adj_extract(var_49, var_47, adj_46, adj_47, adj_48);
        adj_phi.shape = adj_46;
        wp::adj_extract(var_45, var_43, adj_42, adj_43, adj_44);
        adj_phi.shape = adj_42;
        wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
        adj_phi.shape = adj_38;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_34, adj_2, adj_34, adj_37);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_33, adj_1, adj_33, adj_36);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_26, adj_0, adj_26, adj_35);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_24, var_18, var_32, adj_24, adj_18, adj_32, adj_34);
        wp::adj_where(var_24, var_17, var_30, adj_24, adj_17, adj_30, adj_33);
        if (!var_24) {
            wp::adj_where(var_28, var_18, var_31, adj_28, adj_18, adj_31, adj_32);
            if (!var_28) {
                wp::adj_copy(var_22, adj_22, adj_31);
                // adj: dk = off                                                                  <L 43>
            }
            wp::adj_where(var_28, var_29, var_17, adj_28, adj_29, adj_17, adj_30);
            if (var_28) {
                wp::adj_copy(var_22, adj_22, adj_29);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        wp::adj_where(var_24, var_25, var_16, adj_24, adj_25, adj_16, adj_26);
        if (var_24) {
            wp::adj_copy(var_22, adj_22, adj_25);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_mul(var_15, var_19, adj_15, adj_19, adj_20);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        // adj: for side in range(2):                                                             <L 33>
        // adj: for axis in range(3):                                                             <L 32>
        wp::adj_int(var_12, adj_12, adj_13);
        // adj: n = int(0)                                                                        <L 31>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: s = float(0.0)                                                                    <L 30>
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_9);
        // adj: h2 = h * h                                                                        <L 29>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 28>
            wp::adj_array_store(var_phi_out, var_0, var_1, var_2, var_8, adj_phi_out, adj_0, adj_1, adj_2, adj_8);
            // adj: phi_out[i, j, k] = 0.0                                                        <L 27>
        }
        wp::adj_uint8(var_4, adj_4, adj_5);
        wp::adj_address(var_solid, var_0, var_1, var_2, adj_solid, adj_0, adj_1, adj_2, adj_3);
        // adj: if solid[i, j, k] != wp.uint8(0):                                                 <L 26>
        // adj: i, j, k = wp.tid()                                                                <L 25>
        // adj: def jacobi_iteration(                                                             <L 17>
        continue;
    }
}



extern "C" __global__ void compute_residual_2a01fe21_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_rhs,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_res,
    wp::array_t<wp::float32> var_total)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        wp::float32 var_53;
        //---------
        // forward
        // def compute_residual(                                                                  <L 59>
        // i, j, k = wp.tid()                                                                     <L 66>
        builtin_tid3d(var_0, var_1, var_2);
        // c = phi[i, j, k]                                                                       <L 67>
        var_3 = wp::address(var_phi, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // lap = fetch(phi, i - 1, j, k) + fetch(phi, i + 1, j, k)                                <L 68>
        var_7 = wp::sub(var_0, var_6);
        var_8 = fetch_0(var_phi, var_7, var_1, var_2);
        var_10 = wp::add(var_0, var_9);
        var_11 = fetch_0(var_phi, var_10, var_1, var_2);
        var_12 = wp::add(var_8, var_11);
        // lap += fetch(phi, i, j - 1, k) + fetch(phi, i, j + 1, k)                               <L 69>
        var_14 = wp::sub(var_1, var_13);
        var_15 = fetch_0(var_phi, var_0, var_14, var_2);
        var_17 = wp::add(var_1, var_16);
        var_18 = fetch_0(var_phi, var_0, var_17, var_2);
        var_19 = wp::add(var_15, var_18);
        var_21 = wp::sub(var_1, var_20);
        var_22 = fetch_0(var_phi, var_0, var_21, var_2);
        var_24 = wp::add(var_1, var_23);
        var_25 = fetch_0(var_phi, var_0, var_24, var_2);
        var_26 = wp::add(var_22, var_25);
        var_27 = wp::add(var_12, var_26);
        // lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                               <L 70>
        var_29 = wp::sub(var_2, var_28);
        var_30 = fetch_0(var_phi, var_0, var_1, var_29);
        var_32 = wp::add(var_2, var_31);
        var_33 = fetch_0(var_phi, var_0, var_1, var_32);
        var_34 = wp::add(var_30, var_33);
        var_36 = wp::sub(var_2, var_35);
        var_37 = fetch_0(var_phi, var_0, var_1, var_36);
        var_39 = wp::add(var_2, var_38);
        var_40 = fetch_0(var_phi, var_0, var_1, var_39);
        var_41 = wp::add(var_37, var_40);
        var_42 = wp::add(var_27, var_41);
        // lap = (lap - 6.0 * c) / (h * h)                                                        <L 71>
        var_44 = wp::mul(var_43, var_4);
        var_45 = wp::sub(var_42, var_44);
        var_46 = wp::mul(var_h, var_h);
        var_47 = wp::div(var_45, var_46);
        // r = rhs[i, j, k] - lap                                                                 <L 72>
        var_48 = wp::address(var_rhs, var_0, var_1, var_2);
        var_50 = wp::load(var_48);
        var_49 = wp::sub(var_50, var_47);
        // res[i, j, k] = r                                                                       <L 73>
        wp::array_store(var_res, var_0, var_1, var_2, var_49);
        // wp.atomic_add(total, 0, r * r)                                                         <L 74>
        var_52 = wp::mul(var_49, var_49);
        var_53 = wp::atomic_add(var_total, var_51, var_52);
    }
}



extern "C" __global__ void compute_residual_2a01fe21_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_rhs,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_res,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> adj_phi,
    wp::array_t<wp::float32> adj_rhs,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_res,
    wp::array_t<wp::float32> adj_total)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        wp::float32 var_53;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
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
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        //---------
        // forward
        // def compute_residual(                                                                  <L 59>
        // i, j, k = wp.tid()                                                                     <L 66>
        builtin_tid3d(var_0, var_1, var_2);
        // c = phi[i, j, k]                                                                       <L 67>
        var_3 = wp::address(var_phi, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // lap = fetch(phi, i - 1, j, k) + fetch(phi, i + 1, j, k)                                <L 68>
        var_7 = wp::sub(var_0, var_6);
        var_8 = fetch_0(var_phi, var_7, var_1, var_2);
        var_10 = wp::add(var_0, var_9);
        var_11 = fetch_0(var_phi, var_10, var_1, var_2);
        var_12 = wp::add(var_8, var_11);
        // lap += fetch(phi, i, j - 1, k) + fetch(phi, i, j + 1, k)                               <L 69>
        var_14 = wp::sub(var_1, var_13);
        var_15 = fetch_0(var_phi, var_0, var_14, var_2);
        var_17 = wp::add(var_1, var_16);
        var_18 = fetch_0(var_phi, var_0, var_17, var_2);
        var_19 = wp::add(var_15, var_18);
        var_21 = wp::sub(var_1, var_20);
        var_22 = fetch_0(var_phi, var_0, var_21, var_2);
        var_24 = wp::add(var_1, var_23);
        var_25 = fetch_0(var_phi, var_0, var_24, var_2);
        var_26 = wp::add(var_22, var_25);
        var_27 = wp::add(var_12, var_26);
        // lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                               <L 70>
        var_29 = wp::sub(var_2, var_28);
        var_30 = fetch_0(var_phi, var_0, var_1, var_29);
        var_32 = wp::add(var_2, var_31);
        var_33 = fetch_0(var_phi, var_0, var_1, var_32);
        var_34 = wp::add(var_30, var_33);
        var_36 = wp::sub(var_2, var_35);
        var_37 = fetch_0(var_phi, var_0, var_1, var_36);
        var_39 = wp::add(var_2, var_38);
        var_40 = fetch_0(var_phi, var_0, var_1, var_39);
        var_41 = wp::add(var_37, var_40);
        var_42 = wp::add(var_27, var_41);
        // lap = (lap - 6.0 * c) / (h * h)                                                        <L 71>
        var_44 = wp::mul(var_43, var_4);
        var_45 = wp::sub(var_42, var_44);
        var_46 = wp::mul(var_h, var_h);
        var_47 = wp::div(var_45, var_46);
        // r = rhs[i, j, k] - lap                                                                 <L 72>
        var_48 = wp::address(var_rhs, var_0, var_1, var_2);
        var_50 = wp::load(var_48);
        var_49 = wp::sub(var_50, var_47);
        // res[i, j, k] = r                                                                       <L 73>
        // wp::array_store(var_res, var_0, var_1, var_2, var_49);
        // wp.atomic_add(total, 0, r * r)                                                         <L 74>
        var_52 = wp::mul(var_49, var_49);
        // var_53 = wp::atomic_add(var_total, var_51, var_52);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_51, var_52, adj_total, adj_51, adj_52, adj_53);
        wp::adj_mul(var_49, var_49, adj_49, adj_49, adj_52);
        // adj: wp.atomic_add(total, 0, r * r)                                                    <L 74>
        wp::adj_array_store(var_res, var_0, var_1, var_2, var_49, adj_res, adj_0, adj_1, adj_2, adj_49);
        // adj: res[i, j, k] = r                                                                  <L 73>
        wp::adj_sub(var_50, var_47, adj_48, adj_47, adj_49);
        wp::adj_address(var_rhs, var_0, var_1, var_2, adj_rhs, adj_0, adj_1, adj_2, adj_48);
        // adj: r = rhs[i, j, k] - lap                                                            <L 72>
        wp::adj_div(var_45, var_46, var_47, adj_45, adj_46, adj_47);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_46);
        wp::adj_sub(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_mul(var_43, var_4, adj_43, adj_4, adj_44);
        // adj: lap = (lap - 6.0 * c) / (h * h)                                                   <L 71>
        wp::adj_add(var_27, var_41, adj_27, adj_41, adj_42);
        wp::adj_add(var_37, var_40, adj_37, adj_40, adj_41);
        adj_fetch_0(var_phi, var_0, var_1, var_39, adj_phi, adj_0, adj_1, adj_39, adj_40);
        wp::adj_add(var_2, var_38, adj_2, adj_38, adj_39);
        adj_fetch_0(var_phi, var_0, var_1, var_36, adj_phi, adj_0, adj_1, adj_36, adj_37);
        wp::adj_sub(var_2, var_35, adj_2, adj_35, adj_36);
        wp::adj_add(var_30, var_33, adj_30, adj_33, adj_34);
        adj_fetch_0(var_phi, var_0, var_1, var_32, adj_phi, adj_0, adj_1, adj_32, adj_33);
        wp::adj_add(var_2, var_31, adj_2, adj_31, adj_32);
        adj_fetch_0(var_phi, var_0, var_1, var_29, adj_phi, adj_0, adj_1, adj_29, adj_30);
        wp::adj_sub(var_2, var_28, adj_2, adj_28, adj_29);
        // adj: lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                          <L 70>
        wp::adj_add(var_12, var_26, adj_12, adj_26, adj_27);
        wp::adj_add(var_22, var_25, adj_22, adj_25, adj_26);
        adj_fetch_0(var_phi, var_0, var_24, var_2, adj_phi, adj_0, adj_24, adj_2, adj_25);
        wp::adj_add(var_1, var_23, adj_1, adj_23, adj_24);
        adj_fetch_0(var_phi, var_0, var_21, var_2, adj_phi, adj_0, adj_21, adj_2, adj_22);
        wp::adj_sub(var_1, var_20, adj_1, adj_20, adj_21);
        wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
        adj_fetch_0(var_phi, var_0, var_17, var_2, adj_phi, adj_0, adj_17, adj_2, adj_18);
        wp::adj_add(var_1, var_16, adj_1, adj_16, adj_17);
        adj_fetch_0(var_phi, var_0, var_14, var_2, adj_phi, adj_0, adj_14, adj_2, adj_15);
        wp::adj_sub(var_1, var_13, adj_1, adj_13, adj_14);
        // adj: lap += fetch(phi, i, j - 1, k) + fetch(phi, i, j + 1, k)                          <L 69>
        wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
        adj_fetch_0(var_phi, var_10, var_1, var_2, adj_phi, adj_10, adj_1, adj_2, adj_11);
        wp::adj_add(var_0, var_9, adj_0, adj_9, adj_10);
        adj_fetch_0(var_phi, var_7, var_1, var_2, adj_phi, adj_7, adj_1, adj_2, adj_8);
        wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
        // adj: lap = fetch(phi, i - 1, j, k) + fetch(phi, i + 1, j, k)                           <L 68>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_phi, var_0, var_1, var_2, adj_phi, adj_0, adj_1, adj_2, adj_3);
        // adj: c = phi[i, j, k]                                                                  <L 67>
        // adj: i, j, k = wp.tid()                                                                <L 66>
        // adj: def compute_residual(                                                             <L 59>
        continue;
    }
}



extern "C" __global__ void gradient_field_75353619_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def gradient_field(phi: wp.array3d(dtype=float), h: float, grad: wp.array3d(dtype=wp.vec3)):       <L 78>
        // i, j, k = wp.tid()                                                                     <L 79>
        builtin_tid3d(var_0, var_1, var_2);
        // inv = 0.5 / h                                                                          <L 80>
        var_4 = wp::div(var_3, var_h);
        // gx = (fetch(phi, i + 1, j, k) - fetch(phi, i - 1, j, k)) * inv                         <L 81>
        var_6 = wp::add(var_0, var_5);
        var_7 = fetch_0(var_phi, var_6, var_1, var_2);
        var_9 = wp::sub(var_0, var_8);
        var_10 = fetch_0(var_phi, var_9, var_1, var_2);
        var_11 = wp::sub(var_7, var_10);
        var_12 = wp::mul(var_11, var_4);
        // gy = (fetch(phi, i, j + 1, k) - fetch(phi, i, j - 1, k)) * inv                         <L 82>
        var_14 = wp::add(var_1, var_13);
        var_15 = fetch_0(var_phi, var_0, var_14, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = fetch_0(var_phi, var_0, var_17, var_2);
        var_19 = wp::sub(var_15, var_18);
        var_20 = wp::mul(var_19, var_4);
        // gz = (fetch(phi, i, j, k + 1) - fetch(phi, i, j, k - 1)) * inv                         <L 83>
        var_22 = wp::add(var_2, var_21);
        var_23 = fetch_0(var_phi, var_0, var_1, var_22);
        var_25 = wp::sub(var_2, var_24);
        var_26 = fetch_0(var_phi, var_0, var_1, var_25);
        var_27 = wp::sub(var_23, var_26);
        var_28 = wp::mul(var_27, var_4);
        // grad[i, j, k] = wp.vec3(gx, gy, gz)                                                    <L 84>
        var_29 = wp::vec_t<3, wp::float32>(var_12, var_20, var_28);
        wp::array_store(var_grad, var_0, var_1, var_2, var_29);
    }
}



extern "C" __global__ void gradient_field_75353619_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_phi,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad,
    wp::array_t<wp::float32> adj_phi,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grad)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def gradient_field(phi: wp.array3d(dtype=float), h: float, grad: wp.array3d(dtype=wp.vec3)):       <L 78>
        // i, j, k = wp.tid()                                                                     <L 79>
        builtin_tid3d(var_0, var_1, var_2);
        // inv = 0.5 / h                                                                          <L 80>
        var_4 = wp::div(var_3, var_h);
        // gx = (fetch(phi, i + 1, j, k) - fetch(phi, i - 1, j, k)) * inv                         <L 81>
        var_6 = wp::add(var_0, var_5);
        var_7 = fetch_0(var_phi, var_6, var_1, var_2);
        var_9 = wp::sub(var_0, var_8);
        var_10 = fetch_0(var_phi, var_9, var_1, var_2);
        var_11 = wp::sub(var_7, var_10);
        var_12 = wp::mul(var_11, var_4);
        // gy = (fetch(phi, i, j + 1, k) - fetch(phi, i, j - 1, k)) * inv                         <L 82>
        var_14 = wp::add(var_1, var_13);
        var_15 = fetch_0(var_phi, var_0, var_14, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = fetch_0(var_phi, var_0, var_17, var_2);
        var_19 = wp::sub(var_15, var_18);
        var_20 = wp::mul(var_19, var_4);
        // gz = (fetch(phi, i, j, k + 1) - fetch(phi, i, j, k - 1)) * inv                         <L 83>
        var_22 = wp::add(var_2, var_21);
        var_23 = fetch_0(var_phi, var_0, var_1, var_22);
        var_25 = wp::sub(var_2, var_24);
        var_26 = fetch_0(var_phi, var_0, var_1, var_25);
        var_27 = wp::sub(var_23, var_26);
        var_28 = wp::mul(var_27, var_4);
        // grad[i, j, k] = wp.vec3(gx, gy, gz)                                                    <L 84>
        var_29 = wp::vec_t<3, wp::float32>(var_12, var_20, var_28);
        // wp::array_store(var_grad, var_0, var_1, var_2, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_grad, var_0, var_1, var_2, var_29, adj_grad, adj_0, adj_1, adj_2, adj_29);
        wp::adj_vec_t(var_12, var_20, var_28, adj_12, adj_20, adj_28, adj_29);
        // adj: grad[i, j, k] = wp.vec3(gx, gy, gz)                                               <L 84>
        wp::adj_mul(var_27, var_4, adj_27, adj_4, adj_28);
        wp::adj_sub(var_23, var_26, adj_23, adj_26, adj_27);
        adj_fetch_0(var_phi, var_0, var_1, var_25, adj_phi, adj_0, adj_1, adj_25, adj_26);
        wp::adj_sub(var_2, var_24, adj_2, adj_24, adj_25);
        adj_fetch_0(var_phi, var_0, var_1, var_22, adj_phi, adj_0, adj_1, adj_22, adj_23);
        wp::adj_add(var_2, var_21, adj_2, adj_21, adj_22);
        // adj: gz = (fetch(phi, i, j, k + 1) - fetch(phi, i, j, k - 1)) * inv                    <L 83>
        wp::adj_mul(var_19, var_4, adj_19, adj_4, adj_20);
        wp::adj_sub(var_15, var_18, adj_15, adj_18, adj_19);
        adj_fetch_0(var_phi, var_0, var_17, var_2, adj_phi, adj_0, adj_17, adj_2, adj_18);
        wp::adj_sub(var_1, var_16, adj_1, adj_16, adj_17);
        adj_fetch_0(var_phi, var_0, var_14, var_2, adj_phi, adj_0, adj_14, adj_2, adj_15);
        wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
        // adj: gy = (fetch(phi, i, j + 1, k) - fetch(phi, i, j - 1, k)) * inv                    <L 82>
        wp::adj_mul(var_11, var_4, adj_11, adj_4, adj_12);
        wp::adj_sub(var_7, var_10, adj_7, adj_10, adj_11);
        adj_fetch_0(var_phi, var_9, var_1, var_2, adj_phi, adj_9, adj_1, adj_2, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        adj_fetch_0(var_phi, var_6, var_1, var_2, adj_phi, adj_6, adj_1, adj_2, adj_7);
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: gx = (fetch(phi, i + 1, j, k) - fetch(phi, i - 1, j, k)) * inv                    <L 81>
        wp::adj_div(var_3, var_h, var_4, adj_3, adj_h, adj_4);
        // adj: inv = 0.5 / h                                                                     <L 80>
        // adj: i, j, k = wp.tid()                                                                <L 79>
        // adj: def gradient_field(phi: wp.array3d(dtype=float), h: float, grad: wp.array3d(dtype=wp.vec3)):  <L 78>
        continue;
    }
}

