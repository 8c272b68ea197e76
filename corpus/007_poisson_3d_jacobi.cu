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
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    //---------
    // forward
    // def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:              <L 5>
    // return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz                   <L 6>
    var_2 = (var_i >= var_1);
    var_0 = var_2;
    if (var_0) {
        var_4 = (var_j >= var_3);
        var_0 = var_0 && var_4;
    }
    if (var_0) {
        var_6 = (var_k >= var_5);
        var_0 = var_0 && var_6;
    }
    if (var_0) {
        var_7 = (var_i < var_nx);
        var_0 = var_0 && var_7;
    }
    if (var_0) {
        var_8 = (var_j < var_ny);
        var_0 = var_0 && var_8;
    }
    if (var_0) {
        var_9 = (var_k < var_nz);
        var_0 = var_0 && var_9;
    }
    return var_0;
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
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    //---------
    // forward
    // def idx_valid(i: int, j: int, k: int, nx: int, ny: int, nz: int) -> bool:              <L 5>
    // return i >= 0 and j >= 0 and k >= 0 and i < nx and j < ny and k < nz                   <L 6>
    var_2 = (var_i >= var_1);
    var_0 = var_2;
    if (var_0) {
        var_4 = (var_j >= var_3);
        var_0 = var_0 && var_4;
    }
    if (var_0) {
        var_6 = (var_k >= var_5);
        var_0 = var_0 && var_6;
    }
    if (var_0) {
        var_7 = (var_i < var_nx);
        var_0 = var_0 && var_7;
    }
    if (var_0) {
        var_8 = (var_j < var_ny);
        var_0 = var_0 && var_8;
    }
    if (var_0) {
        var_9 = (var_k < var_nz);
        var_0 = var_0 && var_9;
    }
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    if (var_0) {
    }
    if (var_0) {
    }
    if (var_0) {
    }
    if (var_0) {
    }
    if (var_0) {
    }
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
    adj_p.shape = adj_8;
    adj_p.shape = adj_4;
    adj_p.shape = adj_0;
    // adj: if idx_valid(i, j, k, p.shape[0], p.shape[1], p.shape[2]):                        <L 11>
    // adj: def fetch(p: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:           <L 10>
    return;
}



extern "C" __global__ void jacobi_iteration_588baf5a_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
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
        const wp::int32 var_26 = 1;
        bool var_27;
        wp::int32 var_28;
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
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 1;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        bool var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 1;
        bool var_77;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::shape_t* var_88;
        const wp::int32 var_89 = 0;
        wp::int32 var_90;
        wp::shape_t var_91;
        wp::shape_t* var_92;
        const wp::int32 var_93 = 1;
        wp::int32 var_94;
        wp::shape_t var_95;
        wp::shape_t* var_96;
        const wp::int32 var_97 = 2;
        wp::int32 var_98;
        wp::shape_t var_99;
        bool var_100;
        wp::uint8* var_101;
        const wp::int32 var_102 = 0;
        wp::uint8 var_103;
        bool var_104;
        wp::uint8 var_105;
        wp::float32* var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::float32 var_111;
        wp::int32 var_112;
        wp::float32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 0;
        const wp::int32 var_117 = 0;
        const wp::int32 var_118 = 0;
        const wp::int32 var_119 = 0;
        const wp::int32 var_120 = 2;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        const wp::int32 var_124 = 0;
        bool var_125;
        wp::int32 var_126;
        const wp::int32 var_127 = 1;
        bool var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::shape_t* var_139;
        const wp::int32 var_140 = 0;
        wp::int32 var_141;
        wp::shape_t var_142;
        wp::shape_t* var_143;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::shape_t var_146;
        wp::shape_t* var_147;
        const wp::int32 var_148 = 2;
        wp::int32 var_149;
        wp::shape_t var_150;
        bool var_151;
        wp::uint8* var_152;
        const wp::int32 var_153 = 0;
        wp::uint8 var_154;
        bool var_155;
        wp::uint8 var_156;
        wp::float32* var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        wp::int32 var_161;
        wp::float32 var_162;
        wp::int32 var_163;
        wp::float32 var_164;
        wp::int32 var_165;
        const wp::int32 var_166 = 1;
        const wp::int32 var_167 = 0;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 0;
        const wp::int32 var_170 = 2;
        wp::int32 var_171;
        const wp::int32 var_172 = 1;
        wp::int32 var_173;
        const wp::int32 var_174 = 0;
        bool var_175;
        wp::int32 var_176;
        const wp::int32 var_177 = 1;
        bool var_178;
        wp::int32 var_179;
        wp::int32 var_180;
        wp::int32 var_181;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::int32 var_184;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::shape_t* var_189;
        const wp::int32 var_190 = 0;
        wp::int32 var_191;
        wp::shape_t var_192;
        wp::shape_t* var_193;
        const wp::int32 var_194 = 1;
        wp::int32 var_195;
        wp::shape_t var_196;
        wp::shape_t* var_197;
        const wp::int32 var_198 = 2;
        wp::int32 var_199;
        wp::shape_t var_200;
        bool var_201;
        wp::uint8* var_202;
        const wp::int32 var_203 = 0;
        wp::uint8 var_204;
        bool var_205;
        wp::uint8 var_206;
        wp::float32* var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 1;
        wp::int32 var_211;
        wp::float32 var_212;
        wp::int32 var_213;
        wp::float32 var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 2;
        const wp::int32 var_217 = 0;
        const wp::int32 var_218 = 0;
        const wp::int32 var_219 = 0;
        const wp::int32 var_220 = 0;
        const wp::int32 var_221 = 2;
        wp::int32 var_222;
        const wp::int32 var_223 = 1;
        wp::int32 var_224;
        const wp::int32 var_225 = 0;
        bool var_226;
        wp::int32 var_227;
        const wp::int32 var_228 = 1;
        bool var_229;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        wp::int32 var_237;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::shape_t* var_240;
        const wp::int32 var_241 = 0;
        wp::int32 var_242;
        wp::shape_t var_243;
        wp::shape_t* var_244;
        const wp::int32 var_245 = 1;
        wp::int32 var_246;
        wp::shape_t var_247;
        wp::shape_t* var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::shape_t var_251;
        bool var_252;
        wp::uint8* var_253;
        const wp::int32 var_254 = 0;
        wp::uint8 var_255;
        bool var_256;
        wp::uint8 var_257;
        wp::float32* var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        const wp::int32 var_261 = 1;
        wp::int32 var_262;
        wp::float32 var_263;
        wp::int32 var_264;
        wp::float32 var_265;
        wp::int32 var_266;
        const wp::int32 var_267 = 1;
        const wp::int32 var_268 = 0;
        const wp::int32 var_269 = 0;
        const wp::int32 var_270 = 0;
        const wp::int32 var_271 = 2;
        wp::int32 var_272;
        const wp::int32 var_273 = 1;
        wp::int32 var_274;
        const wp::int32 var_275 = 0;
        bool var_276;
        wp::int32 var_277;
        const wp::int32 var_278 = 1;
        bool var_279;
        wp::int32 var_280;
        wp::int32 var_281;
        wp::int32 var_282;
        wp::int32 var_283;
        wp::int32 var_284;
        wp::int32 var_285;
        wp::int32 var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        wp::int32 var_289;
        wp::shape_t* var_290;
        const wp::int32 var_291 = 0;
        wp::int32 var_292;
        wp::shape_t var_293;
        wp::shape_t* var_294;
        const wp::int32 var_295 = 1;
        wp::int32 var_296;
        wp::shape_t var_297;
        wp::shape_t* var_298;
        const wp::int32 var_299 = 2;
        wp::int32 var_300;
        wp::shape_t var_301;
        bool var_302;
        wp::uint8* var_303;
        const wp::int32 var_304 = 0;
        wp::uint8 var_305;
        bool var_306;
        wp::uint8 var_307;
        wp::float32* var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        const wp::int32 var_311 = 1;
        wp::int32 var_312;
        wp::float32 var_313;
        wp::int32 var_314;
        wp::float32 var_315;
        wp::int32 var_316;
        const wp::int32 var_317 = 0;
        bool var_318;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32* var_321;
        wp::float32 var_322;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        const wp::float32 var_327 = 1.0;
        wp::float32 var_328;
        wp::float32* var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
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
        if (!var_24) {
            // elif axis == 1:                                                                    <L 40>
            var_27 = (var_14 == var_26);
            if (var_27) {
                // dj = off                                                                       <L 41>
                var_28 = wp::copy(var_22);
            }
            if (!var_27) {
                // dk = off                                                                       <L 43>
                var_29 = wp::copy(var_22);
            }
            var_30 = wp::where(var_27, var_28, var_17);
            var_31 = wp::where(var_27, var_18, var_29);
        }
        var_32 = wp::where(var_24, var_25, var_16);
        var_33 = wp::where(var_24, var_17, var_30);
        var_34 = wp::where(var_24, var_18, var_31);
        // ni = i + di                                                                            <L 44>
        var_35 = wp::add(var_0, var_32);
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
                var_58 = wp::load(var_56);
                var_57 = wp::add(var_11, var_58);
                // n += 1                                                                         <L 50>
                var_60 = wp::add(var_13, var_59);
            }
            var_61 = wp::where(var_54, var_57, var_11);
            var_62 = wp::where(var_54, var_60, var_13);
        }
        var_63 = wp::where(var_50, var_61, var_11);
        var_64 = wp::where(var_50, var_62, var_13);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_70 = wp::mul(var_65, var_69);
        var_72 = wp::sub(var_70, var_71);
        // if axis == 0:                                                                          <L 38>
        var_74 = (var_14 == var_73);
        if (var_74) {
            // di = off                                                                           <L 39>
            var_75 = wp::copy(var_72);
        }
        if (!var_74) {
            // elif axis == 1:                                                                    <L 40>
            var_77 = (var_14 == var_76);
            if (var_77) {
                // dj = off                                                                       <L 41>
                var_78 = wp::copy(var_72);
            }
            if (!var_77) {
                // dk = off                                                                       <L 43>
                var_79 = wp::copy(var_72);
            }
            var_80 = wp::where(var_77, var_78, var_67);
            var_81 = wp::where(var_77, var_68, var_79);
        }
        var_82 = wp::where(var_74, var_75, var_66);
        var_83 = wp::where(var_74, var_67, var_80);
        var_84 = wp::where(var_74, var_68, var_81);
        // ni = i + di                                                                            <L 44>
        var_85 = wp::add(var_0, var_82);
        // nj = j + dj                                                                            <L 45>
        var_86 = wp::add(var_1, var_83);
        // nk = k + dk                                                                            <L 46>
        var_87 = wp::add(var_2, var_84);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_88 = &(var_phi.shape);
        var_91 = wp::load(var_88);
        var_90 = wp::extract(var_91, var_89);
        var_92 = &(var_phi.shape);
        var_95 = wp::load(var_92);
        var_94 = wp::extract(var_95, var_93);
        var_96 = &(var_phi.shape);
        var_99 = wp::load(var_96);
        var_98 = wp::extract(var_99, var_97);
        var_100 = idx_valid_0(var_85, var_86, var_87, var_90, var_94, var_98);
        if (var_100) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_101 = wp::address(var_solid, var_85, var_86, var_87);
            var_103 = wp::uint8(var_102);
            var_105 = wp::load(var_101);
            var_104 = (var_105 == var_103);
            if (var_104) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_106 = wp::address(var_phi, var_85, var_86, var_87);
                var_108 = wp::load(var_106);
                var_107 = wp::add(var_63, var_108);
                // n += 1                                                                         <L 50>
                var_110 = wp::add(var_64, var_109);
            }
            var_111 = wp::where(var_104, var_107, var_63);
            var_112 = wp::where(var_104, var_110, var_64);
        }
        var_113 = wp::where(var_100, var_111, var_63);
        var_114 = wp::where(var_100, var_112, var_64);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_121 = wp::mul(var_116, var_120);
        var_123 = wp::sub(var_121, var_122);
        // if axis == 0:                                                                          <L 38>
        var_125 = (var_115 == var_124);
        if (var_125) {
            // di = off                                                                           <L 39>
            var_126 = wp::copy(var_123);
        }
        if (!var_125) {
            // elif axis == 1:                                                                    <L 40>
            var_128 = (var_115 == var_127);
            if (var_128) {
                // dj = off                                                                       <L 41>
                var_129 = wp::copy(var_123);
            }
            if (!var_128) {
                // dk = off                                                                       <L 43>
                var_130 = wp::copy(var_123);
            }
            var_131 = wp::where(var_128, var_129, var_118);
            var_132 = wp::where(var_128, var_119, var_130);
        }
        var_133 = wp::where(var_125, var_126, var_117);
        var_134 = wp::where(var_125, var_118, var_131);
        var_135 = wp::where(var_125, var_119, var_132);
        // ni = i + di                                                                            <L 44>
        var_136 = wp::add(var_0, var_133);
        // nj = j + dj                                                                            <L 45>
        var_137 = wp::add(var_1, var_134);
        // nk = k + dk                                                                            <L 46>
        var_138 = wp::add(var_2, var_135);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_139 = &(var_phi.shape);
        var_142 = wp::load(var_139);
        var_141 = wp::extract(var_142, var_140);
        var_143 = &(var_phi.shape);
        var_146 = wp::load(var_143);
        var_145 = wp::extract(var_146, var_144);
        var_147 = &(var_phi.shape);
        var_150 = wp::load(var_147);
        var_149 = wp::extract(var_150, var_148);
        var_151 = idx_valid_0(var_136, var_137, var_138, var_141, var_145, var_149);
        if (var_151) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_152 = wp::address(var_solid, var_136, var_137, var_138);
            var_154 = wp::uint8(var_153);
            var_156 = wp::load(var_152);
            var_155 = (var_156 == var_154);
            if (var_155) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_157 = wp::address(var_phi, var_136, var_137, var_138);
                var_159 = wp::load(var_157);
                var_158 = wp::add(var_113, var_159);
                // n += 1                                                                         <L 50>
                var_161 = wp::add(var_114, var_160);
            }
            var_162 = wp::where(var_155, var_158, var_113);
            var_163 = wp::where(var_155, var_161, var_114);
        }
        var_164 = wp::where(var_151, var_162, var_113);
        var_165 = wp::where(var_151, var_163, var_114);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_171 = wp::mul(var_166, var_170);
        var_173 = wp::sub(var_171, var_172);
        // if axis == 0:                                                                          <L 38>
        var_175 = (var_115 == var_174);
        if (var_175) {
            // di = off                                                                           <L 39>
            var_176 = wp::copy(var_173);
        }
        if (!var_175) {
            // elif axis == 1:                                                                    <L 40>
            var_178 = (var_115 == var_177);
            if (var_178) {
                // dj = off                                                                       <L 41>
                var_179 = wp::copy(var_173);
            }
            if (!var_178) {
                // dk = off                                                                       <L 43>
                var_180 = wp::copy(var_173);
            }
            var_181 = wp::where(var_178, var_179, var_168);
            var_182 = wp::where(var_178, var_169, var_180);
        }
        var_183 = wp::where(var_175, var_176, var_167);
        var_184 = wp::where(var_175, var_168, var_181);
        var_185 = wp::where(var_175, var_169, var_182);
        // ni = i + di                                                                            <L 44>
        var_186 = wp::add(var_0, var_183);
        // nj = j + dj                                                                            <L 45>
        var_187 = wp::add(var_1, var_184);
        // nk = k + dk                                                                            <L 46>
        var_188 = wp::add(var_2, var_185);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_189 = &(var_phi.shape);
        var_192 = wp::load(var_189);
        var_191 = wp::extract(var_192, var_190);
        var_193 = &(var_phi.shape);
        var_196 = wp::load(var_193);
        var_195 = wp::extract(var_196, var_194);
        var_197 = &(var_phi.shape);
        var_200 = wp::load(var_197);
        var_199 = wp::extract(var_200, var_198);
        var_201 = idx_valid_0(var_186, var_187, var_188, var_191, var_195, var_199);
        if (var_201) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_202 = wp::address(var_solid, var_186, var_187, var_188);
            var_204 = wp::uint8(var_203);
            var_206 = wp::load(var_202);
            var_205 = (var_206 == var_204);
            if (var_205) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_207 = wp::address(var_phi, var_186, var_187, var_188);
                var_209 = wp::load(var_207);
                var_208 = wp::add(var_164, var_209);
                // n += 1                                                                         <L 50>
                var_211 = wp::add(var_165, var_210);
            }
            var_212 = wp::where(var_205, var_208, var_164);
            var_213 = wp::where(var_205, var_211, var_165);
        }
        var_214 = wp::where(var_201, var_212, var_164);
        var_215 = wp::where(var_201, var_213, var_165);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_222 = wp::mul(var_217, var_221);
        var_224 = wp::sub(var_222, var_223);
        // if axis == 0:                                                                          <L 38>
        var_226 = (var_216 == var_225);
        if (var_226) {
            // di = off                                                                           <L 39>
            var_227 = wp::copy(var_224);
        }
        if (!var_226) {
            // elif axis == 1:                                                                    <L 40>
            var_229 = (var_216 == var_228);
            if (var_229) {
                // dj = off                                                                       <L 41>
                var_230 = wp::copy(var_224);
            }
            if (!var_229) {
                // dk = off                                                                       <L 43>
                var_231 = wp::copy(var_224);
            }
            var_232 = wp::where(var_229, var_230, var_219);
            var_233 = wp::where(var_229, var_220, var_231);
        }
        var_234 = wp::where(var_226, var_227, var_218);
        var_235 = wp::where(var_226, var_219, var_232);
        var_236 = wp::where(var_226, var_220, var_233);
        // ni = i + di                                                                            <L 44>
        var_237 = wp::add(var_0, var_234);
        // nj = j + dj                                                                            <L 45>
        var_238 = wp::add(var_1, var_235);
        // nk = k + dk                                                                            <L 46>
        var_239 = wp::add(var_2, var_236);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_240 = &(var_phi.shape);
        var_243 = wp::load(var_240);
        var_242 = wp::extract(var_243, var_241);
        var_244 = &(var_phi.shape);
        var_247 = wp::load(var_244);
        var_246 = wp::extract(var_247, var_245);
        var_248 = &(var_phi.shape);
        var_251 = wp::load(var_248);
        var_250 = wp::extract(var_251, var_249);
        var_252 = idx_valid_0(var_237, var_238, var_239, var_242, var_246, var_250);
        if (var_252) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_253 = wp::address(var_solid, var_237, var_238, var_239);
            var_255 = wp::uint8(var_254);
            var_257 = wp::load(var_253);
            var_256 = (var_257 == var_255);
            if (var_256) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_258 = wp::address(var_phi, var_237, var_238, var_239);
                var_260 = wp::load(var_258);
                var_259 = wp::add(var_214, var_260);
                // n += 1                                                                         <L 50>
                var_262 = wp::add(var_215, var_261);
            }
            var_263 = wp::where(var_256, var_259, var_214);
            var_264 = wp::where(var_256, var_262, var_215);
        }
        var_265 = wp::where(var_252, var_263, var_214);
        var_266 = wp::where(var_252, var_264, var_215);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_272 = wp::mul(var_267, var_271);
        var_274 = wp::sub(var_272, var_273);
        // if axis == 0:                                                                          <L 38>
        var_276 = (var_216 == var_275);
        if (var_276) {
            // di = off                                                                           <L 39>
            var_277 = wp::copy(var_274);
        }
        if (!var_276) {
            // elif axis == 1:                                                                    <L 40>
            var_279 = (var_216 == var_278);
            if (var_279) {
                // dj = off                                                                       <L 41>
                var_280 = wp::copy(var_274);
            }
            if (!var_279) {
                // dk = off                                                                       <L 43>
                var_281 = wp::copy(var_274);
            }
            var_282 = wp::where(var_279, var_280, var_269);
            var_283 = wp::where(var_279, var_270, var_281);
        }
        var_284 = wp::where(var_276, var_277, var_268);
        var_285 = wp::where(var_276, var_269, var_282);
        var_286 = wp::where(var_276, var_270, var_283);
        // ni = i + di                                                                            <L 44>
        var_287 = wp::add(var_0, var_284);
        // nj = j + dj                                                                            <L 45>
        var_288 = wp::add(var_1, var_285);
        // nk = k + dk                                                                            <L 46>
        var_289 = wp::add(var_2, var_286);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_290 = &(var_phi.shape);
        var_293 = wp::load(var_290);
        var_292 = wp::extract(var_293, var_291);
        var_294 = &(var_phi.shape);
        var_297 = wp::load(var_294);
        var_296 = wp::extract(var_297, var_295);
        var_298 = &(var_phi.shape);
        var_301 = wp::load(var_298);
        var_300 = wp::extract(var_301, var_299);
        var_302 = idx_valid_0(var_287, var_288, var_289, var_292, var_296, var_300);
        if (var_302) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_303 = wp::address(var_solid, var_287, var_288, var_289);
            var_305 = wp::uint8(var_304);
            var_307 = wp::load(var_303);
            var_306 = (var_307 == var_305);
            if (var_306) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_308 = wp::address(var_phi, var_287, var_288, var_289);
                var_310 = wp::load(var_308);
                var_309 = wp::add(var_265, var_310);
                // n += 1                                                                         <L 50>
                var_312 = wp::add(var_266, var_311);
            }
            var_313 = wp::where(var_306, var_309, var_265);
            var_314 = wp::where(var_306, var_312, var_266);
        }
        var_315 = wp::where(var_302, var_313, var_265);
        var_316 = wp::where(var_302, var_314, var_266);
        // if n == 0:                                                                             <L 51>
        var_318 = (var_316 == var_317);
        if (var_318) {
            // phi_out[i, j, k] = phi[i, j, k]                                                    <L 52>
            var_319 = wp::address(var_phi, var_0, var_1, var_2);
            var_320 = wp::load(var_319);
            wp::array_store(var_phi_out, var_0, var_1, var_2, var_320);
            // return                                                                             <L 53>
            continue;
        }
        // jac = (s - h2 * rhs[i, j, k]) / float(n)                                               <L 54>
        var_321 = wp::address(var_rhs, var_0, var_1, var_2);
        var_323 = wp::load(var_321);
        var_322 = wp::mul(var_9, var_323);
        var_324 = wp::sub(var_315, var_322);
        var_325 = wp::float(var_316);
        var_326 = wp::div(var_324, var_325);
        // phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                          <L 55>
        var_328 = wp::sub(var_327, var_omega);
        var_329 = wp::address(var_phi, var_0, var_1, var_2);
        var_331 = wp::load(var_329);
        var_330 = wp::mul(var_328, var_331);
        var_332 = wp::mul(var_omega, var_326);
        var_333 = wp::add(var_330, var_332);
        wp::array_store(var_phi_out, var_0, var_1, var_2, var_333);
    }
}



extern "C" __global__ void jacobi_iteration_588baf5a_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
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
        const wp::int32 var_26 = 1;
        bool var_27;
        wp::int32 var_28;
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
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 1;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        bool var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 1;
        bool var_77;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::shape_t* var_88;
        const wp::int32 var_89 = 0;
        wp::int32 var_90;
        wp::shape_t var_91;
        wp::shape_t* var_92;
        const wp::int32 var_93 = 1;
        wp::int32 var_94;
        wp::shape_t var_95;
        wp::shape_t* var_96;
        const wp::int32 var_97 = 2;
        wp::int32 var_98;
        wp::shape_t var_99;
        bool var_100;
        wp::uint8* var_101;
        const wp::int32 var_102 = 0;
        wp::uint8 var_103;
        bool var_104;
        wp::uint8 var_105;
        wp::float32* var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::float32 var_111;
        wp::int32 var_112;
        wp::float32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 0;
        const wp::int32 var_117 = 0;
        const wp::int32 var_118 = 0;
        const wp::int32 var_119 = 0;
        const wp::int32 var_120 = 2;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        const wp::int32 var_124 = 0;
        bool var_125;
        wp::int32 var_126;
        const wp::int32 var_127 = 1;
        bool var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::shape_t* var_139;
        const wp::int32 var_140 = 0;
        wp::int32 var_141;
        wp::shape_t var_142;
        wp::shape_t* var_143;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::shape_t var_146;
        wp::shape_t* var_147;
        const wp::int32 var_148 = 2;
        wp::int32 var_149;
        wp::shape_t var_150;
        bool var_151;
        wp::uint8* var_152;
        const wp::int32 var_153 = 0;
        wp::uint8 var_154;
        bool var_155;
        wp::uint8 var_156;
        wp::float32* var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        wp::int32 var_161;
        wp::float32 var_162;
        wp::int32 var_163;
        wp::float32 var_164;
        wp::int32 var_165;
        const wp::int32 var_166 = 1;
        const wp::int32 var_167 = 0;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 0;
        const wp::int32 var_170 = 2;
        wp::int32 var_171;
        const wp::int32 var_172 = 1;
        wp::int32 var_173;
        const wp::int32 var_174 = 0;
        bool var_175;
        wp::int32 var_176;
        const wp::int32 var_177 = 1;
        bool var_178;
        wp::int32 var_179;
        wp::int32 var_180;
        wp::int32 var_181;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::int32 var_184;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::shape_t* var_189;
        const wp::int32 var_190 = 0;
        wp::int32 var_191;
        wp::shape_t var_192;
        wp::shape_t* var_193;
        const wp::int32 var_194 = 1;
        wp::int32 var_195;
        wp::shape_t var_196;
        wp::shape_t* var_197;
        const wp::int32 var_198 = 2;
        wp::int32 var_199;
        wp::shape_t var_200;
        bool var_201;
        wp::uint8* var_202;
        const wp::int32 var_203 = 0;
        wp::uint8 var_204;
        bool var_205;
        wp::uint8 var_206;
        wp::float32* var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 1;
        wp::int32 var_211;
        wp::float32 var_212;
        wp::int32 var_213;
        wp::float32 var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 2;
        const wp::int32 var_217 = 0;
        const wp::int32 var_218 = 0;
        const wp::int32 var_219 = 0;
        const wp::int32 var_220 = 0;
        const wp::int32 var_221 = 2;
        wp::int32 var_222;
        const wp::int32 var_223 = 1;
        wp::int32 var_224;
        const wp::int32 var_225 = 0;
        bool var_226;
        wp::int32 var_227;
        const wp::int32 var_228 = 1;
        bool var_229;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        wp::int32 var_237;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::shape_t* var_240;
        const wp::int32 var_241 = 0;
        wp::int32 var_242;
        wp::shape_t var_243;
        wp::shape_t* var_244;
        const wp::int32 var_245 = 1;
        wp::int32 var_246;
        wp::shape_t var_247;
        wp::shape_t* var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::shape_t var_251;
        bool var_252;
        wp::uint8* var_253;
        const wp::int32 var_254 = 0;
        wp::uint8 var_255;
        bool var_256;
        wp::uint8 var_257;
        wp::float32* var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        const wp::int32 var_261 = 1;
        wp::int32 var_262;
        wp::float32 var_263;
        wp::int32 var_264;
        wp::float32 var_265;
        wp::int32 var_266;
        const wp::int32 var_267 = 1;
        const wp::int32 var_268 = 0;
        const wp::int32 var_269 = 0;
        const wp::int32 var_270 = 0;
        const wp::int32 var_271 = 2;
        wp::int32 var_272;
        const wp::int32 var_273 = 1;
        wp::int32 var_274;
        const wp::int32 var_275 = 0;
        bool var_276;
        wp::int32 var_277;
        const wp::int32 var_278 = 1;
        bool var_279;
        wp::int32 var_280;
        wp::int32 var_281;
        wp::int32 var_282;
        wp::int32 var_283;
        wp::int32 var_284;
        wp::int32 var_285;
        wp::int32 var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        wp::int32 var_289;
        wp::shape_t* var_290;
        const wp::int32 var_291 = 0;
        wp::int32 var_292;
        wp::shape_t var_293;
        wp::shape_t* var_294;
        const wp::int32 var_295 = 1;
        wp::int32 var_296;
        wp::shape_t var_297;
        wp::shape_t* var_298;
        const wp::int32 var_299 = 2;
        wp::int32 var_300;
        wp::shape_t var_301;
        bool var_302;
        wp::uint8* var_303;
        const wp::int32 var_304 = 0;
        wp::uint8 var_305;
        bool var_306;
        wp::uint8 var_307;
        wp::float32* var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        const wp::int32 var_311 = 1;
        wp::int32 var_312;
        wp::float32 var_313;
        wp::int32 var_314;
        wp::float32 var_315;
        wp::int32 var_316;
        const wp::int32 var_317 = 0;
        bool var_318;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32* var_321;
        wp::float32 var_322;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        const wp::float32 var_327 = 1.0;
        wp::float32 var_328;
        wp::float32* var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
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
        bool adj_27 = {};
        wp::int32 adj_28 = {};
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
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        bool adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        bool adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::shape_t adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::shape_t adj_91 = {};
        wp::shape_t adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::shape_t adj_95 = {};
        wp::shape_t adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::shape_t adj_99 = {};
        bool adj_100 = {};
        wp::uint8 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::uint8 adj_103 = {};
        bool adj_104 = {};
        wp::uint8 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        bool adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        bool adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::shape_t adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::shape_t adj_142 = {};
        wp::shape_t adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::shape_t adj_146 = {};
        wp::shape_t adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::shape_t adj_150 = {};
        bool adj_151 = {};
        wp::uint8 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::uint8 adj_154 = {};
        bool adj_155 = {};
        wp::uint8 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        bool adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        bool adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::int32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::shape_t adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::shape_t adj_192 = {};
        wp::shape_t adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::shape_t adj_196 = {};
        wp::shape_t adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::shape_t adj_200 = {};
        bool adj_201 = {};
        wp::uint8 adj_202 = {};
        wp::int32 adj_203 = {};
        wp::uint8 adj_204 = {};
        bool adj_205 = {};
        wp::uint8 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::float32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        bool adj_226 = {};
        wp::int32 adj_227 = {};
        wp::int32 adj_228 = {};
        bool adj_229 = {};
        wp::int32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::int32 adj_238 = {};
        wp::int32 adj_239 = {};
        wp::shape_t adj_240 = {};
        wp::int32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::shape_t adj_243 = {};
        wp::shape_t adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::shape_t adj_247 = {};
        wp::shape_t adj_248 = {};
        wp::int32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::shape_t adj_251 = {};
        bool adj_252 = {};
        wp::uint8 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::uint8 adj_255 = {};
        bool adj_256 = {};
        wp::uint8 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::float32 adj_260 = {};
        wp::int32 adj_261 = {};
        wp::int32 adj_262 = {};
        wp::float32 adj_263 = {};
        wp::int32 adj_264 = {};
        wp::float32 adj_265 = {};
        wp::int32 adj_266 = {};
        wp::int32 adj_267 = {};
        wp::int32 adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::int32 adj_273 = {};
        wp::int32 adj_274 = {};
        wp::int32 adj_275 = {};
        bool adj_276 = {};
        wp::int32 adj_277 = {};
        wp::int32 adj_278 = {};
        bool adj_279 = {};
        wp::int32 adj_280 = {};
        wp::int32 adj_281 = {};
        wp::int32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::int32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::int32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::shape_t adj_290 = {};
        wp::int32 adj_291 = {};
        wp::int32 adj_292 = {};
        wp::shape_t adj_293 = {};
        wp::shape_t adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::shape_t adj_297 = {};
        wp::shape_t adj_298 = {};
        wp::int32 adj_299 = {};
        wp::int32 adj_300 = {};
        wp::shape_t adj_301 = {};
        bool adj_302 = {};
        wp::uint8 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::uint8 adj_305 = {};
        bool adj_306 = {};
        wp::uint8 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::int32 adj_316 = {};
        wp::int32 adj_317 = {};
        bool adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::float32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::float32 adj_333 = {};
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
        if (!var_24) {
            // elif axis == 1:                                                                    <L 40>
            var_27 = (var_14 == var_26);
            if (var_27) {
                // dj = off                                                                       <L 41>
                var_28 = wp::copy(var_22);
            }
            if (!var_27) {
                // dk = off                                                                       <L 43>
                var_29 = wp::copy(var_22);
            }
            var_30 = wp::where(var_27, var_28, var_17);
            var_31 = wp::where(var_27, var_18, var_29);
        }
        var_32 = wp::where(var_24, var_25, var_16);
        var_33 = wp::where(var_24, var_17, var_30);
        var_34 = wp::where(var_24, var_18, var_31);
        // ni = i + di                                                                            <L 44>
        var_35 = wp::add(var_0, var_32);
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
                var_58 = wp::load(var_56);
                var_57 = wp::add(var_11, var_58);
                // n += 1                                                                         <L 50>
                var_60 = wp::add(var_13, var_59);
            }
            var_61 = wp::where(var_54, var_57, var_11);
            var_62 = wp::where(var_54, var_60, var_13);
        }
        var_63 = wp::where(var_50, var_61, var_11);
        var_64 = wp::where(var_50, var_62, var_13);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_70 = wp::mul(var_65, var_69);
        var_72 = wp::sub(var_70, var_71);
        // if axis == 0:                                                                          <L 38>
        var_74 = (var_14 == var_73);
        if (var_74) {
            // di = off                                                                           <L 39>
            var_75 = wp::copy(var_72);
        }
        if (!var_74) {
            // elif axis == 1:                                                                    <L 40>
            var_77 = (var_14 == var_76);
            if (var_77) {
                // dj = off                                                                       <L 41>
                var_78 = wp::copy(var_72);
            }
            if (!var_77) {
                // dk = off                                                                       <L 43>
                var_79 = wp::copy(var_72);
            }
            var_80 = wp::where(var_77, var_78, var_67);
            var_81 = wp::where(var_77, var_68, var_79);
        }
        var_82 = wp::where(var_74, var_75, var_66);
        var_83 = wp::where(var_74, var_67, var_80);
        var_84 = wp::where(var_74, var_68, var_81);
        // ni = i + di                                                                            <L 44>
        var_85 = wp::add(var_0, var_82);
        // nj = j + dj                                                                            <L 45>
        var_86 = wp::add(var_1, var_83);
        // nk = k + dk                                                                            <L 46>
        var_87 = wp::add(var_2, var_84);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_88 = &(var_phi.shape);
        var_91 = wp::load(var_88);
        var_90 = wp::extract(var_91, var_89);
        var_92 = &(var_phi.shape);
        var_95 = wp::load(var_92);
        var_94 = wp::extract(var_95, var_93);
        var_96 = &(var_phi.shape);
        var_99 = wp::load(var_96);
        var_98 = wp::extract(var_99, var_97);
        var_100 = idx_valid_0(var_85, var_86, var_87, var_90, var_94, var_98);
        if (var_100) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_101 = wp::address(var_solid, var_85, var_86, var_87);
            var_103 = wp::uint8(var_102);
            var_105 = wp::load(var_101);
            var_104 = (var_105 == var_103);
            if (var_104) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_106 = wp::address(var_phi, var_85, var_86, var_87);
                var_108 = wp::load(var_106);
                var_107 = wp::add(var_63, var_108);
                // n += 1                                                                         <L 50>
                var_110 = wp::add(var_64, var_109);
            }
            var_111 = wp::where(var_104, var_107, var_63);
            var_112 = wp::where(var_104, var_110, var_64);
        }
        var_113 = wp::where(var_100, var_111, var_63);
        var_114 = wp::where(var_100, var_112, var_64);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_121 = wp::mul(var_116, var_120);
        var_123 = wp::sub(var_121, var_122);
        // if axis == 0:                                                                          <L 38>
        var_125 = (var_115 == var_124);
        if (var_125) {
            // di = off                                                                           <L 39>
            var_126 = wp::copy(var_123);
        }
        if (!var_125) {
            // elif axis == 1:                                                                    <L 40>
            var_128 = (var_115 == var_127);
            if (var_128) {
                // dj = off                                                                       <L 41>
                var_129 = wp::copy(var_123);
            }
            if (!var_128) {
                // dk = off                                                                       <L 43>
                var_130 = wp::copy(var_123);
            }
            var_131 = wp::where(var_128, var_129, var_118);
            var_132 = wp::where(var_128, var_119, var_130);
        }
        var_133 = wp::where(var_125, var_126, var_117);
        var_134 = wp::where(var_125, var_118, var_131);
        var_135 = wp::where(var_125, var_119, var_132);
        // ni = i + di                                                                            <L 44>
        var_136 = wp::add(var_0, var_133);
        // nj = j + dj                                                                            <L 45>
        var_137 = wp::add(var_1, var_134);
        // nk = k + dk                                                                            <L 46>
        var_138 = wp::add(var_2, var_135);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_139 = &(var_phi.shape);
        var_142 = wp::load(var_139);
        var_141 = wp::extract(var_142, var_140);
        var_143 = &(var_phi.shape);
        var_146 = wp::load(var_143);
        var_145 = wp::extract(var_146, var_144);
        var_147 = &(var_phi.shape);
        var_150 = wp::load(var_147);
        var_149 = wp::extract(var_150, var_148);
        var_151 = idx_valid_0(var_136, var_137, var_138, var_141, var_145, var_149);
        if (var_151) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_152 = wp::address(var_solid, var_136, var_137, var_138);
            var_154 = wp::uint8(var_153);
            var_156 = wp::load(var_152);
            var_155 = (var_156 == var_154);
            if (var_155) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_157 = wp::address(var_phi, var_136, var_137, var_138);
                var_159 = wp::load(var_157);
                var_158 = wp::add(var_113, var_159);
                // n += 1                                                                         <L 50>
                var_161 = wp::add(var_114, var_160);
            }
            var_162 = wp::where(var_155, var_158, var_113);
            var_163 = wp::where(var_155, var_161, var_114);
        }
        var_164 = wp::where(var_151, var_162, var_113);
        var_165 = wp::where(var_151, var_163, var_114);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_171 = wp::mul(var_166, var_170);
        var_173 = wp::sub(var_171, var_172);
        // if axis == 0:                                                                          <L 38>
        var_175 = (var_115 == var_174);
        if (var_175) {
            // di = off                                                                           <L 39>
            var_176 = wp::copy(var_173);
        }
        if (!var_175) {
            // elif axis == 1:                                                                    <L 40>
            var_178 = (var_115 == var_177);
            if (var_178) {
                // dj = off                                                                       <L 41>
                var_179 = wp::copy(var_173);
            }
            if (!var_178) {
                // dk = off                                                                       <L 43>
                var_180 = wp::copy(var_173);
            }
            var_181 = wp::where(var_178, var_179, var_168);
            var_182 = wp::where(var_178, var_169, var_180);
        }
        var_183 = wp::where(var_175, var_176, var_167);
        var_184 = wp::where(var_175, var_168, var_181);
        var_185 = wp::where(var_175, var_169, var_182);
        // ni = i + di                                                                            <L 44>
        var_186 = wp::add(var_0, var_183);
        // nj = j + dj                                                                            <L 45>
        var_187 = wp::add(var_1, var_184);
        // nk = k + dk                                                                            <L 46>
        var_188 = wp::add(var_2, var_185);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_189 = &(var_phi.shape);
        var_192 = wp::load(var_189);
        var_191 = wp::extract(var_192, var_190);
        var_193 = &(var_phi.shape);
        var_196 = wp::load(var_193);
        var_195 = wp::extract(var_196, var_194);
        var_197 = &(var_phi.shape);
        var_200 = wp::load(var_197);
        var_199 = wp::extract(var_200, var_198);
        var_201 = idx_valid_0(var_186, var_187, var_188, var_191, var_195, var_199);
        if (var_201) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_202 = wp::address(var_solid, var_186, var_187, var_188);
            var_204 = wp::uint8(var_203);
            var_206 = wp::load(var_202);
            var_205 = (var_206 == var_204);
            if (var_205) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_207 = wp::address(var_phi, var_186, var_187, var_188);
                var_209 = wp::load(var_207);
                var_208 = wp::add(var_164, var_209);
                // n += 1                                                                         <L 50>
                var_211 = wp::add(var_165, var_210);
            }
            var_212 = wp::where(var_205, var_208, var_164);
            var_213 = wp::where(var_205, var_211, var_165);
        }
        var_214 = wp::where(var_201, var_212, var_164);
        var_215 = wp::where(var_201, var_213, var_165);
        // for side in range(2):                                                                  <L 33>
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_222 = wp::mul(var_217, var_221);
        var_224 = wp::sub(var_222, var_223);
        // if axis == 0:                                                                          <L 38>
        var_226 = (var_216 == var_225);
        if (var_226) {
            // di = off                                                                           <L 39>
            var_227 = wp::copy(var_224);
        }
        if (!var_226) {
            // elif axis == 1:                                                                    <L 40>
            var_229 = (var_216 == var_228);
            if (var_229) {
                // dj = off                                                                       <L 41>
                var_230 = wp::copy(var_224);
            }
            if (!var_229) {
                // dk = off                                                                       <L 43>
                var_231 = wp::copy(var_224);
            }
            var_232 = wp::where(var_229, var_230, var_219);
            var_233 = wp::where(var_229, var_220, var_231);
        }
        var_234 = wp::where(var_226, var_227, var_218);
        var_235 = wp::where(var_226, var_219, var_232);
        var_236 = wp::where(var_226, var_220, var_233);
        // ni = i + di                                                                            <L 44>
        var_237 = wp::add(var_0, var_234);
        // nj = j + dj                                                                            <L 45>
        var_238 = wp::add(var_1, var_235);
        // nk = k + dk                                                                            <L 46>
        var_239 = wp::add(var_2, var_236);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_240 = &(var_phi.shape);
        var_243 = wp::load(var_240);
        var_242 = wp::extract(var_243, var_241);
        var_244 = &(var_phi.shape);
        var_247 = wp::load(var_244);
        var_246 = wp::extract(var_247, var_245);
        var_248 = &(var_phi.shape);
        var_251 = wp::load(var_248);
        var_250 = wp::extract(var_251, var_249);
        var_252 = idx_valid_0(var_237, var_238, var_239, var_242, var_246, var_250);
        if (var_252) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_253 = wp::address(var_solid, var_237, var_238, var_239);
            var_255 = wp::uint8(var_254);
            var_257 = wp::load(var_253);
            var_256 = (var_257 == var_255);
            if (var_256) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_258 = wp::address(var_phi, var_237, var_238, var_239);
                var_260 = wp::load(var_258);
                var_259 = wp::add(var_214, var_260);
                // n += 1                                                                         <L 50>
                var_262 = wp::add(var_215, var_261);
            }
            var_263 = wp::where(var_256, var_259, var_214);
            var_264 = wp::where(var_256, var_262, var_215);
        }
        var_265 = wp::where(var_252, var_263, var_214);
        var_266 = wp::where(var_252, var_264, var_215);
        // di = 0                                                                                 <L 34>
        // dj = 0                                                                                 <L 35>
        // dk = 0                                                                                 <L 36>
        // off = side * 2 - 1                                                                     <L 37>
        var_272 = wp::mul(var_267, var_271);
        var_274 = wp::sub(var_272, var_273);
        // if axis == 0:                                                                          <L 38>
        var_276 = (var_216 == var_275);
        if (var_276) {
            // di = off                                                                           <L 39>
            var_277 = wp::copy(var_274);
        }
        if (!var_276) {
            // elif axis == 1:                                                                    <L 40>
            var_279 = (var_216 == var_278);
            if (var_279) {
                // dj = off                                                                       <L 41>
                var_280 = wp::copy(var_274);
            }
            if (!var_279) {
                // dk = off                                                                       <L 43>
                var_281 = wp::copy(var_274);
            }
            var_282 = wp::where(var_279, var_280, var_269);
            var_283 = wp::where(var_279, var_270, var_281);
        }
        var_284 = wp::where(var_276, var_277, var_268);
        var_285 = wp::where(var_276, var_269, var_282);
        var_286 = wp::where(var_276, var_270, var_283);
        // ni = i + di                                                                            <L 44>
        var_287 = wp::add(var_0, var_284);
        // nj = j + dj                                                                            <L 45>
        var_288 = wp::add(var_1, var_285);
        // nk = k + dk                                                                            <L 46>
        var_289 = wp::add(var_2, var_286);
        // if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):                    <L 47>
        var_290 = &(var_phi.shape);
        var_293 = wp::load(var_290);
        var_292 = wp::extract(var_293, var_291);
        var_294 = &(var_phi.shape);
        var_297 = wp::load(var_294);
        var_296 = wp::extract(var_297, var_295);
        var_298 = &(var_phi.shape);
        var_301 = wp::load(var_298);
        var_300 = wp::extract(var_301, var_299);
        var_302 = idx_valid_0(var_287, var_288, var_289, var_292, var_296, var_300);
        if (var_302) {
            // if solid[ni, nj, nk] == wp.uint8(0):                                               <L 48>
            var_303 = wp::address(var_solid, var_287, var_288, var_289);
            var_305 = wp::uint8(var_304);
            var_307 = wp::load(var_303);
            var_306 = (var_307 == var_305);
            if (var_306) {
                // s += phi[ni, nj, nk]                                                           <L 49>
                var_308 = wp::address(var_phi, var_287, var_288, var_289);
                var_310 = wp::load(var_308);
                var_309 = wp::add(var_265, var_310);
                // n += 1                                                                         <L 50>
                var_312 = wp::add(var_266, var_311);
            }
            var_313 = wp::where(var_306, var_309, var_265);
            var_314 = wp::where(var_306, var_312, var_266);
        }
        var_315 = wp::where(var_302, var_313, var_265);
        var_316 = wp::where(var_302, var_314, var_266);
        // if n == 0:                                                                             <L 51>
        var_318 = (var_316 == var_317);
        if (var_318) {
            // phi_out[i, j, k] = phi[i, j, k]                                                    <L 52>
            var_319 = wp::address(var_phi, var_0, var_1, var_2);
            var_320 = wp::load(var_319);
            // wp::array_store(var_phi_out, var_0, var_1, var_2, var_320);
            // return                                                                             <L 53>
            goto label1;
        }
        // jac = (s - h2 * rhs[i, j, k]) / float(n)                                               <L 54>
        var_321 = wp::address(var_rhs, var_0, var_1, var_2);
        var_323 = wp::load(var_321);
        var_322 = wp::mul(var_9, var_323);
        var_324 = wp::sub(var_315, var_322);
        var_325 = wp::float(var_316);
        var_326 = wp::div(var_324, var_325);
        // phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                          <L 55>
        var_328 = wp::sub(var_327, var_omega);
        var_329 = wp::address(var_phi, var_0, var_1, var_2);
        var_331 = wp::load(var_329);
        var_330 = wp::mul(var_328, var_331);
        var_332 = wp::mul(var_omega, var_326);
        var_333 = wp::add(var_330, var_332);
        // wp::array_store(var_phi_out, var_0, var_1, var_2, var_333);
        //---------
        // reverse
        wp::adj_array_store(var_phi_out, var_0, var_1, var_2, var_333, adj_phi_out, adj_0, adj_1, adj_2, adj_333);
        wp::adj_add(var_330, var_332, adj_330, adj_332, adj_333);
        wp::adj_mul(var_omega, var_326, adj_omega, adj_326, adj_332);
        wp::adj_mul(var_328, var_331, adj_328, adj_329, adj_330);
        wp::adj_address(var_phi, var_0, var_1, var_2, adj_phi, adj_0, adj_1, adj_2, adj_329);
        wp::adj_sub(var_327, var_omega, adj_327, adj_omega, adj_328);
        // adj: phi_out[i, j, k] = (1.0 - omega) * phi[i, j, k] + omega * jac                     <L 55>
        wp::adj_div(var_324, var_325, var_326, adj_324, adj_325, adj_326);
        wp::adj_float(var_316, adj_316, adj_325);
        wp::adj_sub(var_315, var_322, adj_315, adj_322, adj_324);
        wp::adj_mul(var_9, var_323, adj_9, adj_321, adj_322);
        wp::adj_address(var_rhs, var_0, var_1, var_2, adj_rhs, adj_0, adj_1, adj_2, adj_321);
        // adj: jac = (s - h2 * rhs[i, j, k]) / float(n)                                          <L 54>
        if (var_318) {
            label1:;
            // adj: return                                                                        <L 53>
            wp::adj_array_store(var_phi_out, var_0, var_1, var_2, var_320, adj_phi_out, adj_0, adj_1, adj_2, adj_319);
            wp::adj_address(var_phi, var_0, var_1, var_2, adj_phi, adj_0, adj_1, adj_2, adj_319);
            // adj: phi_out[i, j, k] = phi[i, j, k]                                               <L 52>
        }
        // adj: if n == 0:                                                                        <L 51>
        wp::adj_where(var_302, var_314, var_266, adj_302, adj_314, adj_266, adj_316);
        wp::adj_where(var_302, var_313, var_265, adj_302, adj_313, adj_265, adj_315);
        if (var_302) {
            wp::adj_where(var_306, var_312, var_266, adj_306, adj_312, adj_266, adj_314);
            wp::adj_where(var_306, var_309, var_265, adj_306, adj_309, adj_265, adj_313);
            if (var_306) {
                wp::adj_add(var_266, var_311, adj_266, adj_311, adj_312);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_265, var_310, adj_265, adj_308, adj_309);
                wp::adj_address(var_phi, var_287, var_288, var_289, adj_phi, adj_287, adj_288, adj_289, adj_308);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_287, var_288, var_289, adj_solid, adj_287, adj_288, adj_289, adj_303);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_287, var_288, var_289, var_292, var_296, var_300, adj_287, adj_288, adj_289, adj_292, adj_296, adj_300, adj_302);
        adj_phi.shape = adj_298;
        adj_phi.shape = adj_294;
        adj_phi.shape = adj_290;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_286, adj_2, adj_286, adj_289);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_285, adj_1, adj_285, adj_288);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_284, adj_0, adj_284, adj_287);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_276, var_270, var_283, adj_276, adj_270, adj_283, adj_286);
        wp::adj_where(var_276, var_269, var_282, adj_276, adj_269, adj_282, adj_285);
        wp::adj_where(var_276, var_277, var_268, adj_276, adj_277, adj_268, adj_284);
        if (!var_276) {
            wp::adj_where(var_279, var_270, var_281, adj_279, adj_270, adj_281, adj_283);
            wp::adj_where(var_279, var_280, var_269, adj_279, adj_280, adj_269, adj_282);
            if (!var_279) {
                wp::adj_copy(var_274, adj_274, adj_281);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_279) {
                wp::adj_copy(var_274, adj_274, adj_280);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        if (var_276) {
            wp::adj_copy(var_274, adj_274, adj_277);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_272, var_273, adj_272, adj_273, adj_274);
        wp::adj_mul(var_267, var_271, adj_267, adj_271, adj_272);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_252, var_264, var_215, adj_252, adj_264, adj_215, adj_266);
        wp::adj_where(var_252, var_263, var_214, adj_252, adj_263, adj_214, adj_265);
        if (var_252) {
            wp::adj_where(var_256, var_262, var_215, adj_256, adj_262, adj_215, adj_264);
            wp::adj_where(var_256, var_259, var_214, adj_256, adj_259, adj_214, adj_263);
            if (var_256) {
                wp::adj_add(var_215, var_261, adj_215, adj_261, adj_262);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_214, var_260, adj_214, adj_258, adj_259);
                wp::adj_address(var_phi, var_237, var_238, var_239, adj_phi, adj_237, adj_238, adj_239, adj_258);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_237, var_238, var_239, adj_solid, adj_237, adj_238, adj_239, adj_253);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_237, var_238, var_239, var_242, var_246, var_250, adj_237, adj_238, adj_239, adj_242, adj_246, adj_250, adj_252);
        adj_phi.shape = adj_248;
        adj_phi.shape = adj_244;
        adj_phi.shape = adj_240;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_236, adj_2, adj_236, adj_239);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_235, adj_1, adj_235, adj_238);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_234, adj_0, adj_234, adj_237);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_226, var_220, var_233, adj_226, adj_220, adj_233, adj_236);
        wp::adj_where(var_226, var_219, var_232, adj_226, adj_219, adj_232, adj_235);
        wp::adj_where(var_226, var_227, var_218, adj_226, adj_227, adj_218, adj_234);
        if (!var_226) {
            wp::adj_where(var_229, var_220, var_231, adj_229, adj_220, adj_231, adj_233);
            wp::adj_where(var_229, var_230, var_219, adj_229, adj_230, adj_219, adj_232);
            if (!var_229) {
                wp::adj_copy(var_224, adj_224, adj_231);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_229) {
                wp::adj_copy(var_224, adj_224, adj_230);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        if (var_226) {
            wp::adj_copy(var_224, adj_224, adj_227);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_222, var_223, adj_222, adj_223, adj_224);
        wp::adj_mul(var_217, var_221, adj_217, adj_221, adj_222);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        // adj: for side in range(2):                                                             <L 33>
        wp::adj_where(var_201, var_213, var_165, adj_201, adj_213, adj_165, adj_215);
        wp::adj_where(var_201, var_212, var_164, adj_201, adj_212, adj_164, adj_214);
        if (var_201) {
            wp::adj_where(var_205, var_211, var_165, adj_205, adj_211, adj_165, adj_213);
            wp::adj_where(var_205, var_208, var_164, adj_205, adj_208, adj_164, adj_212);
            if (var_205) {
                wp::adj_add(var_165, var_210, adj_165, adj_210, adj_211);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_164, var_209, adj_164, adj_207, adj_208);
                wp::adj_address(var_phi, var_186, var_187, var_188, adj_phi, adj_186, adj_187, adj_188, adj_207);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_186, var_187, var_188, adj_solid, adj_186, adj_187, adj_188, adj_202);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_186, var_187, var_188, var_191, var_195, var_199, adj_186, adj_187, adj_188, adj_191, adj_195, adj_199, adj_201);
        adj_phi.shape = adj_197;
        adj_phi.shape = adj_193;
        adj_phi.shape = adj_189;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_185, adj_2, adj_185, adj_188);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_184, adj_1, adj_184, adj_187);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_183, adj_0, adj_183, adj_186);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_175, var_169, var_182, adj_175, adj_169, adj_182, adj_185);
        wp::adj_where(var_175, var_168, var_181, adj_175, adj_168, adj_181, adj_184);
        wp::adj_where(var_175, var_176, var_167, adj_175, adj_176, adj_167, adj_183);
        if (!var_175) {
            wp::adj_where(var_178, var_169, var_180, adj_178, adj_169, adj_180, adj_182);
            wp::adj_where(var_178, var_179, var_168, adj_178, adj_179, adj_168, adj_181);
            if (!var_178) {
                wp::adj_copy(var_173, adj_173, adj_180);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_178) {
                wp::adj_copy(var_173, adj_173, adj_179);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        if (var_175) {
            wp::adj_copy(var_173, adj_173, adj_176);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_171, var_172, adj_171, adj_172, adj_173);
        wp::adj_mul(var_166, var_170, adj_166, adj_170, adj_171);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_151, var_163, var_114, adj_151, adj_163, adj_114, adj_165);
        wp::adj_where(var_151, var_162, var_113, adj_151, adj_162, adj_113, adj_164);
        if (var_151) {
            wp::adj_where(var_155, var_161, var_114, adj_155, adj_161, adj_114, adj_163);
            wp::adj_where(var_155, var_158, var_113, adj_155, adj_158, adj_113, adj_162);
            if (var_155) {
                wp::adj_add(var_114, var_160, adj_114, adj_160, adj_161);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_113, var_159, adj_113, adj_157, adj_158);
                wp::adj_address(var_phi, var_136, var_137, var_138, adj_phi, adj_136, adj_137, adj_138, adj_157);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_136, var_137, var_138, adj_solid, adj_136, adj_137, adj_138, adj_152);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_136, var_137, var_138, var_141, var_145, var_149, adj_136, adj_137, adj_138, adj_141, adj_145, adj_149, adj_151);
        adj_phi.shape = adj_147;
        adj_phi.shape = adj_143;
        adj_phi.shape = adj_139;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_135, adj_2, adj_135, adj_138);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_134, adj_1, adj_134, adj_137);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_133, adj_0, adj_133, adj_136);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_125, var_119, var_132, adj_125, adj_119, adj_132, adj_135);
        wp::adj_where(var_125, var_118, var_131, adj_125, adj_118, adj_131, adj_134);
        wp::adj_where(var_125, var_126, var_117, adj_125, adj_126, adj_117, adj_133);
        if (!var_125) {
            wp::adj_where(var_128, var_119, var_130, adj_128, adj_119, adj_130, adj_132);
            wp::adj_where(var_128, var_129, var_118, adj_128, adj_129, adj_118, adj_131);
            if (!var_128) {
                wp::adj_copy(var_123, adj_123, adj_130);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_128) {
                wp::adj_copy(var_123, adj_123, adj_129);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        if (var_125) {
            wp::adj_copy(var_123, adj_123, adj_126);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_121, var_122, adj_121, adj_122, adj_123);
        wp::adj_mul(var_116, var_120, adj_116, adj_120, adj_121);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        // adj: for side in range(2):                                                             <L 33>
        wp::adj_where(var_100, var_112, var_64, adj_100, adj_112, adj_64, adj_114);
        wp::adj_where(var_100, var_111, var_63, adj_100, adj_111, adj_63, adj_113);
        if (var_100) {
            wp::adj_where(var_104, var_110, var_64, adj_104, adj_110, adj_64, adj_112);
            wp::adj_where(var_104, var_107, var_63, adj_104, adj_107, adj_63, adj_111);
            if (var_104) {
                wp::adj_add(var_64, var_109, adj_64, adj_109, adj_110);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_63, var_108, adj_63, adj_106, adj_107);
                wp::adj_address(var_phi, var_85, var_86, var_87, adj_phi, adj_85, adj_86, adj_87, adj_106);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_85, var_86, var_87, adj_solid, adj_85, adj_86, adj_87, adj_101);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_85, var_86, var_87, var_90, var_94, var_98, adj_85, adj_86, adj_87, adj_90, adj_94, adj_98, adj_100);
        adj_phi.shape = adj_96;
        adj_phi.shape = adj_92;
        adj_phi.shape = adj_88;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_84, adj_2, adj_84, adj_87);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_83, adj_1, adj_83, adj_86);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_82, adj_0, adj_82, adj_85);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_74, var_68, var_81, adj_74, adj_68, adj_81, adj_84);
        wp::adj_where(var_74, var_67, var_80, adj_74, adj_67, adj_80, adj_83);
        wp::adj_where(var_74, var_75, var_66, adj_74, adj_75, adj_66, adj_82);
        if (!var_74) {
            wp::adj_where(var_77, var_68, var_79, adj_77, adj_68, adj_79, adj_81);
            wp::adj_where(var_77, var_78, var_67, adj_77, adj_78, adj_67, adj_80);
            if (!var_77) {
                wp::adj_copy(var_72, adj_72, adj_79);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_77) {
                wp::adj_copy(var_72, adj_72, adj_78);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
        if (var_74) {
            wp::adj_copy(var_72, adj_72, adj_75);
            // adj: di = off                                                                      <L 39>
        }
        // adj: if axis == 0:                                                                     <L 38>
        wp::adj_sub(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_mul(var_65, var_69, adj_65, adj_69, adj_70);
        // adj: off = side * 2 - 1                                                                <L 37>
        // adj: dk = 0                                                                            <L 36>
        // adj: dj = 0                                                                            <L 35>
        // adj: di = 0                                                                            <L 34>
        wp::adj_where(var_50, var_62, var_13, adj_50, adj_62, adj_13, adj_64);
        wp::adj_where(var_50, var_61, var_11, adj_50, adj_61, adj_11, adj_63);
        if (var_50) {
            wp::adj_where(var_54, var_60, var_13, adj_54, adj_60, adj_13, adj_62);
            wp::adj_where(var_54, var_57, var_11, adj_54, adj_57, adj_11, adj_61);
            if (var_54) {
                wp::adj_add(var_13, var_59, adj_13, adj_59, adj_60);
                // adj: n += 1                                                                    <L 50>
                wp::adj_add(var_11, var_58, adj_11, adj_56, adj_57);
                wp::adj_address(var_phi, var_35, var_36, var_37, adj_phi, adj_35, adj_36, adj_37, adj_56);
                // adj: s += phi[ni, nj, nk]                                                      <L 49>
            }
            wp::adj_address(var_solid, var_35, var_36, var_37, adj_solid, adj_35, adj_36, adj_37, adj_51);
            // adj: if solid[ni, nj, nk] == wp.uint8(0):                                          <L 48>
        }
        adj_idx_valid_0(var_35, var_36, var_37, var_40, var_44, var_48, adj_35, adj_36, adj_37, adj_40, adj_44, adj_48, adj_50);
        adj_phi.shape = adj_46;
        adj_phi.shape = adj_42;
        adj_phi.shape = adj_38;
        // adj: if idx_valid(ni, nj, nk, phi.shape[0], phi.shape[1], phi.shape[2]):               <L 47>
        wp::adj_add(var_2, var_34, adj_2, adj_34, adj_37);
        // adj: nk = k + dk                                                                       <L 46>
        wp::adj_add(var_1, var_33, adj_1, adj_33, adj_36);
        // adj: nj = j + dj                                                                       <L 45>
        wp::adj_add(var_0, var_32, adj_0, adj_32, adj_35);
        // adj: ni = i + di                                                                       <L 44>
        wp::adj_where(var_24, var_18, var_31, adj_24, adj_18, adj_31, adj_34);
        wp::adj_where(var_24, var_17, var_30, adj_24, adj_17, adj_30, adj_33);
        wp::adj_where(var_24, var_25, var_16, adj_24, adj_25, adj_16, adj_32);
        if (!var_24) {
            wp::adj_where(var_27, var_18, var_29, adj_27, adj_18, adj_29, adj_31);
            wp::adj_where(var_27, var_28, var_17, adj_27, adj_28, adj_17, adj_30);
            if (!var_27) {
                wp::adj_copy(var_22, adj_22, adj_29);
                // adj: dk = off                                                                  <L 43>
            }
            if (var_27) {
                wp::adj_copy(var_22, adj_22, adj_28);
                // adj: dj = off                                                                  <L 41>
            }
            // adj: elif axis == 1:                                                               <L 40>
        }
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
        wp::adj_address(var_solid, var_0, var_1, var_2, adj_solid, adj_0, adj_1, adj_2, adj_3);
        // adj: if solid[i, j, k] != wp.uint8(0):                                                 <L 26>
        // adj: i, j, k = wp.tid()                                                                <L 25>
        // adj: def jacobi_iteration(                                                             <L 17>
        continue;
    }
}



extern "C" __global__ void compute_residual_2a01fe21_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
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
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 6.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
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
        var_20 = wp::add(var_12, var_19);
        // lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                               <L 70>
        var_22 = wp::sub(var_2, var_21);
        var_23 = fetch_0(var_phi, var_0, var_1, var_22);
        var_25 = wp::add(var_2, var_24);
        var_26 = fetch_0(var_phi, var_0, var_1, var_25);
        var_27 = wp::add(var_23, var_26);
        var_28 = wp::add(var_20, var_27);
        // lap = (lap - 6.0 * c) / (h * h)                                                        <L 71>
        var_30 = wp::mul(var_29, var_4);
        var_31 = wp::sub(var_28, var_30);
        var_32 = wp::mul(var_h, var_h);
        var_33 = wp::div(var_31, var_32);
        // r = rhs[i, j, k] - lap                                                                 <L 72>
        var_34 = wp::address(var_rhs, var_0, var_1, var_2);
        var_36 = wp::load(var_34);
        var_35 = wp::sub(var_36, var_33);
        // res[i, j, k] = r                                                                       <L 73>
        wp::array_store(var_res, var_0, var_1, var_2, var_35);
        // wp.atomic_add(total, 0, r * r)                                                         <L 74>
        var_38 = wp::mul(var_35, var_35);
        var_39 = wp::atomic_add(var_total, var_37, var_38);
    }
}



extern "C" __global__ void compute_residual_2a01fe21_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
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
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 6.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
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
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
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
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
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
        var_20 = wp::add(var_12, var_19);
        // lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                               <L 70>
        var_22 = wp::sub(var_2, var_21);
        var_23 = fetch_0(var_phi, var_0, var_1, var_22);
        var_25 = wp::add(var_2, var_24);
        var_26 = fetch_0(var_phi, var_0, var_1, var_25);
        var_27 = wp::add(var_23, var_26);
        var_28 = wp::add(var_20, var_27);
        // lap = (lap - 6.0 * c) / (h * h)                                                        <L 71>
        var_30 = wp::mul(var_29, var_4);
        var_31 = wp::sub(var_28, var_30);
        var_32 = wp::mul(var_h, var_h);
        var_33 = wp::div(var_31, var_32);
        // r = rhs[i, j, k] - lap                                                                 <L 72>
        var_34 = wp::address(var_rhs, var_0, var_1, var_2);
        var_36 = wp::load(var_34);
        var_35 = wp::sub(var_36, var_33);
        // res[i, j, k] = r                                                                       <L 73>
        // wp::array_store(var_res, var_0, var_1, var_2, var_35);
        // wp.atomic_add(total, 0, r * r)                                                         <L 74>
        var_38 = wp::mul(var_35, var_35);
        // var_39 = wp::atomic_add(var_total, var_37, var_38);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_37, var_38, adj_total, adj_37, adj_38, adj_39);
        wp::adj_mul(var_35, var_35, adj_35, adj_35, adj_38);
        // adj: wp.atomic_add(total, 0, r * r)                                                    <L 74>
        wp::adj_array_store(var_res, var_0, var_1, var_2, var_35, adj_res, adj_0, adj_1, adj_2, adj_35);
        // adj: res[i, j, k] = r                                                                  <L 73>
        wp::adj_sub(var_36, var_33, adj_34, adj_33, adj_35);
        wp::adj_address(var_rhs, var_0, var_1, var_2, adj_rhs, adj_0, adj_1, adj_2, adj_34);
        // adj: r = rhs[i, j, k] - lap                                                            <L 72>
        wp::adj_div(var_31, var_32, var_33, adj_31, adj_32, adj_33);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_32);
        wp::adj_sub(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_mul(var_29, var_4, adj_29, adj_4, adj_30);
        // adj: lap = (lap - 6.0 * c) / (h * h)                                                   <L 71>
        wp::adj_add(var_20, var_27, adj_20, adj_27, adj_28);
        wp::adj_add(var_23, var_26, adj_23, adj_26, adj_27);
        adj_fetch_0(var_phi, var_0, var_1, var_25, adj_phi, adj_0, adj_1, adj_25, adj_26);
        wp::adj_add(var_2, var_24, adj_2, adj_24, adj_25);
        adj_fetch_0(var_phi, var_0, var_1, var_22, adj_phi, adj_0, adj_1, adj_22, adj_23);
        wp::adj_sub(var_2, var_21, adj_2, adj_21, adj_22);
        // adj: lap += fetch(phi, i, j, k - 1) + fetch(phi, i, j, k + 1)                          <L 70>
        wp::adj_add(var_12, var_19, adj_12, adj_19, adj_20);
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
    wp::launch_bounds_t<3> dim,
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
    wp::launch_bounds_t<3> dim,
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

