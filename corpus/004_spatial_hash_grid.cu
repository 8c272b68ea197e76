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


// corpus/004_spatial_hash_grid.py:18
static CUDA_CALLABLE void world_to_cell_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_cell_size,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    //---------
    // forward
    // def world_to_cell(p: wp.vec3, cell_size: float):                                       <L 19>
    // inv = 1.0 / cell_size                                                                  <L 20>
    var_1 = wp::div(var_0, var_cell_size);
    // return int(wp.floor(p[0] * inv)), int(wp.floor(p[1] * inv)), int(wp.floor(p[2] * inv))       <L 21>
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::mul(var_3, var_1);
    var_5 = wp::floor(var_4);
    var_6 = wp::int(var_5);
    var_8 = wp::extract(var_p, var_7);
    var_9 = wp::mul(var_8, var_1);
    var_10 = wp::floor(var_9);
    var_11 = wp::int(var_10);
    var_13 = wp::extract(var_p, var_12);
    var_14 = wp::mul(var_13, var_1);
    var_15 = wp::floor(var_14);
    var_16 = wp::int(var_15);
    ret_0 = var_6;
    ret_1 = var_11;
    ret_2 = var_16;
    return;
}


// corpus/004_spatial_hash_grid.py:10
static CUDA_CALLABLE wp::int32 hash_cell_0(
    wp::int32 var_cx,
    wp::int32 var_cy,
    wp::int32 var_cz,
    wp::int32 var_table_size)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 73856093;
    wp::int32 var_1;
    const wp::int32 var_2 = 19349663;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 83492791;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    //---------
    // forward
    // def hash_cell(cx: int, cy: int, cz: int, table_size: int) -> int:                      <L 11>
    // h = (cx * HASH_P1) ^ (cy * HASH_P2) ^ (cz * HASH_P3)                                   <L 12>
    var_1 = wp::mul(var_cx, var_0);
    var_3 = wp::mul(var_cy, var_2);
    var_4 = wp::bit_xor(var_1, var_3);
    var_6 = wp::mul(var_cz, var_5);
    var_7 = wp::bit_xor(var_4, var_6);
    // if h < 0:                                                                              <L 13>
    var_9 = (var_7 < var_8);
    if (var_9) {
        // h = -h                                                                             <L 14>
        var_10 = wp::neg(var_7);
    }
    var_11 = wp::where(var_9, var_10, var_7);
    // return h % table_size                                                                  <L 15>
    var_12 = wp::mod(var_11, var_table_size);
    return var_12;
}


// corpus/004_spatial_hash_grid.py:18
static CUDA_CALLABLE void adj_world_to_cell_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_cell_size,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::int32 & ret_2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_cell_size,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1,
    wp::int32 & adj_ret_2)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/004_spatial_hash_grid.py:10
static CUDA_CALLABLE void adj_hash_cell_0(
    wp::int32 var_cx,
    wp::int32 var_cy,
    wp::int32 var_cz,
    wp::int32 var_table_size,
    wp::int32 & adj_cx,
    wp::int32 & adj_cy,
    wp::int32 & adj_cz,
    wp::int32 & adj_table_size,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void assign_cells_678e739c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_cell_size,
    wp::int32 var_table_size,
    wp::array_t<wp::int32> var_point_cell,
    wp::array_t<wp::int32> var_cell_counts)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        //---------
        // forward
        // def assign_cells(                                                                      <L 25>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // cx, cy, cz = world_to_cell(points[tid], cell_size)                                     <L 33>
        var_1 = wp::address(var_points, var_0);
        var_5 = wp::load(var_1);
        world_to_cell_0(var_5, var_cell_size, var_2, var_3, var_4);
        // h = hash_cell(cx, cy, cz, table_size)                                                  <L 34>
        var_6 = hash_cell_0(var_2, var_3, var_4, var_table_size);
        // point_cell[tid] = h                                                                    <L 35>
        wp::array_store(var_point_cell, var_0, var_6);
        // wp.atomic_add(cell_counts, h, 1)                                                       <L 36>
        var_8 = wp::atomic_add(var_cell_counts, var_6, var_7);
    }
}



extern "C" __global__ void exclusive_scan_serial_8e5a0f15_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_offsets,
    wp::int32 var_n)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        //---------
        // forward
        // def exclusive_scan_serial(counts: wp.array(dtype=int), offsets: wp.array(dtype=int), n: int):       <L 40>
        // running = int(0)                                                                       <L 41>
        var_1 = wp::int(var_0);
        // for i in range(n):                                                                     <L 42>
        var_2 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // offsets[i] = running                                                               <L 43>
            wp::array_store(var_offsets, var_3, var_1);
            // running += counts[i]                                                               <L 44>
            var_4 = wp::address(var_counts, var_3);
            var_6 = wp::load(var_4);
            var_5 = wp::add(var_1, var_6);
            wp::assign(var_1, var_5);
            goto start_for_0;
        end_for_0:;
        // offsets[n] = running                                                                   <L 45>
        wp::array_store(var_offsets, var_n, var_1);
    }
}



extern "C" __global__ void scatter_points_295e7ab4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_point_cell,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_fill,
    wp::array_t<wp::int32> var_sorted_ids)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        //---------
        // forward
        // def scatter_points(                                                                    <L 49>
        // tid = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // c = point_cell[tid]                                                                    <L 56>
        var_1 = wp::address(var_point_cell, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // slot = wp.atomic_add(fill, c, 1)                                                       <L 57>
        var_5 = wp::atomic_add(var_fill, var_2, var_4);
        // sorted_ids[offsets[c] + slot] = tid                                                    <L 58>
        var_6 = wp::address(var_offsets, var_2);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_8, var_5);
        wp::array_store(var_sorted_ids, var_7, var_0);
    }
}



extern "C" __global__ void neighbor_query_0dcc21b0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::int32> var_sorted_ids,
    wp::array_t<wp::int32> var_offsets,
    wp::float32 var_cell_size,
    wp::int32 var_table_size,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_neighbor_count,
    wp::array_t<wp::int32> var_closest)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = -1;
        wp::int32 var_11;
        const wp::float32 var_12 = 1e+30;
        wp::float32 var_13;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = -1;
        const wp::int32 var_16 = -1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32* var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        bool var_30;
        wp::int32* var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        bool var_36;
        wp::int32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        bool var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 0;
        wp::int32 var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::int32* var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        bool var_67;
        wp::int32* var_68;
        wp::int32 var_69;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        bool var_73;
        wp::int32 var_74;
        wp::int32 var_75;
        wp::vec_t<3, wp::float32>* var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32 var_79;
        bool var_80;
        const wp::int32 var_81 = 1;
        wp::int32 var_82;
        bool var_83;
        wp::float32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        wp::float32 var_87;
        wp::int32 var_88;
        wp::int32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32* var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 1;
        wp::int32 var_100;
        wp::int32* var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        bool var_105;
        wp::int32* var_106;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        bool var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::vec_t<3, wp::float32>* var_114;
        wp::vec_t<3, wp::float32> var_115;
        wp::vec_t<3, wp::float32> var_116;
        wp::float32 var_117;
        bool var_118;
        const wp::int32 var_119 = 1;
        wp::int32 var_120;
        bool var_121;
        wp::float32 var_122;
        wp::int32 var_123;
        wp::int32 var_124;
        wp::float32 var_125;
        wp::int32 var_126;
        wp::int32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = -1;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32* var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        const wp::int32 var_138 = 1;
        wp::int32 var_139;
        wp::int32* var_140;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        bool var_144;
        wp::int32* var_145;
        wp::int32 var_146;
        wp::int32 var_147;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        bool var_150;
        wp::int32 var_151;
        wp::int32 var_152;
        wp::vec_t<3, wp::float32>* var_153;
        wp::vec_t<3, wp::float32> var_154;
        wp::vec_t<3, wp::float32> var_155;
        wp::float32 var_156;
        bool var_157;
        const wp::int32 var_158 = 1;
        wp::int32 var_159;
        bool var_160;
        wp::float32 var_161;
        wp::int32 var_162;
        wp::int32 var_163;
        wp::float32 var_164;
        wp::int32 var_165;
        wp::int32 var_166;
        wp::float32 var_167;
        const wp::int32 var_168 = 0;
        wp::int32 var_169;
        wp::int32 var_170;
        wp::int32 var_171;
        wp::int32 var_172;
        wp::int32* var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        const wp::int32 var_176 = 1;
        wp::int32 var_177;
        wp::int32* var_178;
        wp::int32 var_179;
        wp::int32 var_180;
        wp::int32 var_181;
        bool var_182;
        wp::int32* var_183;
        wp::int32 var_184;
        wp::int32 var_185;
        const wp::int32 var_186 = 1;
        wp::int32 var_187;
        bool var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::vec_t<3, wp::float32>* var_191;
        wp::vec_t<3, wp::float32> var_192;
        wp::vec_t<3, wp::float32> var_193;
        wp::float32 var_194;
        bool var_195;
        const wp::int32 var_196 = 1;
        wp::int32 var_197;
        bool var_198;
        wp::float32 var_199;
        wp::int32 var_200;
        wp::int32 var_201;
        wp::float32 var_202;
        wp::int32 var_203;
        wp::int32 var_204;
        wp::float32 var_205;
        const wp::int32 var_206 = 1;
        wp::int32 var_207;
        wp::int32 var_208;
        wp::int32 var_209;
        wp::int32 var_210;
        wp::int32* var_211;
        wp::int32 var_212;
        wp::int32 var_213;
        const wp::int32 var_214 = 1;
        wp::int32 var_215;
        wp::int32* var_216;
        wp::int32 var_217;
        wp::int32 var_218;
        wp::int32 var_219;
        bool var_220;
        wp::int32* var_221;
        wp::int32 var_222;
        wp::int32 var_223;
        const wp::int32 var_224 = 1;
        wp::int32 var_225;
        bool var_226;
        wp::int32 var_227;
        wp::int32 var_228;
        wp::vec_t<3, wp::float32>* var_229;
        wp::vec_t<3, wp::float32> var_230;
        wp::vec_t<3, wp::float32> var_231;
        wp::float32 var_232;
        bool var_233;
        const wp::int32 var_234 = 1;
        wp::int32 var_235;
        bool var_236;
        wp::float32 var_237;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::float32 var_240;
        wp::int32 var_241;
        wp::int32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 1;
        const wp::int32 var_245 = -1;
        wp::int32 var_246;
        wp::int32 var_247;
        wp::int32 var_248;
        wp::int32 var_249;
        wp::int32* var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        const wp::int32 var_253 = 1;
        wp::int32 var_254;
        wp::int32* var_255;
        wp::int32 var_256;
        wp::int32 var_257;
        wp::int32 var_258;
        bool var_259;
        wp::int32* var_260;
        wp::int32 var_261;
        wp::int32 var_262;
        const wp::int32 var_263 = 1;
        wp::int32 var_264;
        bool var_265;
        wp::int32 var_266;
        wp::int32 var_267;
        wp::vec_t<3, wp::float32>* var_268;
        wp::vec_t<3, wp::float32> var_269;
        wp::vec_t<3, wp::float32> var_270;
        wp::float32 var_271;
        bool var_272;
        const wp::int32 var_273 = 1;
        wp::int32 var_274;
        bool var_275;
        wp::float32 var_276;
        wp::int32 var_277;
        wp::int32 var_278;
        wp::float32 var_279;
        wp::int32 var_280;
        wp::int32 var_281;
        wp::float32 var_282;
        const wp::int32 var_283 = 0;
        wp::int32 var_284;
        wp::int32 var_285;
        wp::int32 var_286;
        wp::int32 var_287;
        wp::int32* var_288;
        wp::int32 var_289;
        wp::int32 var_290;
        const wp::int32 var_291 = 1;
        wp::int32 var_292;
        wp::int32* var_293;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        bool var_297;
        wp::int32* var_298;
        wp::int32 var_299;
        wp::int32 var_300;
        const wp::int32 var_301 = 1;
        wp::int32 var_302;
        bool var_303;
        wp::int32 var_304;
        wp::int32 var_305;
        wp::vec_t<3, wp::float32>* var_306;
        wp::vec_t<3, wp::float32> var_307;
        wp::vec_t<3, wp::float32> var_308;
        wp::float32 var_309;
        bool var_310;
        const wp::int32 var_311 = 1;
        wp::int32 var_312;
        bool var_313;
        wp::float32 var_314;
        wp::int32 var_315;
        wp::int32 var_316;
        wp::float32 var_317;
        wp::int32 var_318;
        wp::int32 var_319;
        wp::float32 var_320;
        const wp::int32 var_321 = 1;
        wp::int32 var_322;
        wp::int32 var_323;
        wp::int32 var_324;
        wp::int32 var_325;
        wp::int32* var_326;
        wp::int32 var_327;
        wp::int32 var_328;
        const wp::int32 var_329 = 1;
        wp::int32 var_330;
        wp::int32* var_331;
        wp::int32 var_332;
        wp::int32 var_333;
        wp::int32 var_334;
        bool var_335;
        wp::int32* var_336;
        wp::int32 var_337;
        wp::int32 var_338;
        const wp::int32 var_339 = 1;
        wp::int32 var_340;
        bool var_341;
        wp::int32 var_342;
        wp::int32 var_343;
        wp::vec_t<3, wp::float32>* var_344;
        wp::vec_t<3, wp::float32> var_345;
        wp::vec_t<3, wp::float32> var_346;
        wp::float32 var_347;
        bool var_348;
        const wp::int32 var_349 = 1;
        wp::int32 var_350;
        bool var_351;
        wp::float32 var_352;
        wp::int32 var_353;
        wp::int32 var_354;
        wp::float32 var_355;
        wp::int32 var_356;
        wp::int32 var_357;
        wp::float32 var_358;
        const wp::int32 var_359 = 0;
        const wp::int32 var_360 = -1;
        const wp::int32 var_361 = -1;
        wp::int32 var_362;
        wp::int32 var_363;
        wp::int32 var_364;
        wp::int32 var_365;
        wp::int32* var_366;
        wp::int32 var_367;
        wp::int32 var_368;
        const wp::int32 var_369 = 1;
        wp::int32 var_370;
        wp::int32* var_371;
        wp::int32 var_372;
        wp::int32 var_373;
        wp::int32 var_374;
        bool var_375;
        wp::int32* var_376;
        wp::int32 var_377;
        wp::int32 var_378;
        const wp::int32 var_379 = 1;
        wp::int32 var_380;
        bool var_381;
        wp::int32 var_382;
        wp::int32 var_383;
        wp::vec_t<3, wp::float32>* var_384;
        wp::vec_t<3, wp::float32> var_385;
        wp::vec_t<3, wp::float32> var_386;
        wp::float32 var_387;
        bool var_388;
        const wp::int32 var_389 = 1;
        wp::int32 var_390;
        bool var_391;
        wp::float32 var_392;
        wp::int32 var_393;
        wp::int32 var_394;
        wp::float32 var_395;
        wp::int32 var_396;
        wp::int32 var_397;
        wp::float32 var_398;
        const wp::int32 var_399 = 0;
        wp::int32 var_400;
        wp::int32 var_401;
        wp::int32 var_402;
        wp::int32 var_403;
        wp::int32* var_404;
        wp::int32 var_405;
        wp::int32 var_406;
        const wp::int32 var_407 = 1;
        wp::int32 var_408;
        wp::int32* var_409;
        wp::int32 var_410;
        wp::int32 var_411;
        wp::int32 var_412;
        bool var_413;
        wp::int32* var_414;
        wp::int32 var_415;
        wp::int32 var_416;
        const wp::int32 var_417 = 1;
        wp::int32 var_418;
        bool var_419;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::vec_t<3, wp::float32>* var_422;
        wp::vec_t<3, wp::float32> var_423;
        wp::vec_t<3, wp::float32> var_424;
        wp::float32 var_425;
        bool var_426;
        const wp::int32 var_427 = 1;
        wp::int32 var_428;
        bool var_429;
        wp::float32 var_430;
        wp::int32 var_431;
        wp::int32 var_432;
        wp::float32 var_433;
        wp::int32 var_434;
        wp::int32 var_435;
        wp::float32 var_436;
        const wp::int32 var_437 = 1;
        wp::int32 var_438;
        wp::int32 var_439;
        wp::int32 var_440;
        wp::int32 var_441;
        wp::int32* var_442;
        wp::int32 var_443;
        wp::int32 var_444;
        const wp::int32 var_445 = 1;
        wp::int32 var_446;
        wp::int32* var_447;
        wp::int32 var_448;
        wp::int32 var_449;
        wp::int32 var_450;
        bool var_451;
        wp::int32* var_452;
        wp::int32 var_453;
        wp::int32 var_454;
        const wp::int32 var_455 = 1;
        wp::int32 var_456;
        bool var_457;
        wp::int32 var_458;
        wp::int32 var_459;
        wp::vec_t<3, wp::float32>* var_460;
        wp::vec_t<3, wp::float32> var_461;
        wp::vec_t<3, wp::float32> var_462;
        wp::float32 var_463;
        bool var_464;
        const wp::int32 var_465 = 1;
        wp::int32 var_466;
        bool var_467;
        wp::float32 var_468;
        wp::int32 var_469;
        wp::int32 var_470;
        wp::float32 var_471;
        wp::int32 var_472;
        wp::int32 var_473;
        wp::float32 var_474;
        const wp::int32 var_475 = 0;
        const wp::int32 var_476 = -1;
        wp::int32 var_477;
        wp::int32 var_478;
        wp::int32 var_479;
        wp::int32 var_480;
        wp::int32* var_481;
        wp::int32 var_482;
        wp::int32 var_483;
        const wp::int32 var_484 = 1;
        wp::int32 var_485;
        wp::int32* var_486;
        wp::int32 var_487;
        wp::int32 var_488;
        wp::int32 var_489;
        bool var_490;
        wp::int32* var_491;
        wp::int32 var_492;
        wp::int32 var_493;
        const wp::int32 var_494 = 1;
        wp::int32 var_495;
        bool var_496;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::vec_t<3, wp::float32>* var_499;
        wp::vec_t<3, wp::float32> var_500;
        wp::vec_t<3, wp::float32> var_501;
        wp::float32 var_502;
        bool var_503;
        const wp::int32 var_504 = 1;
        wp::int32 var_505;
        bool var_506;
        wp::float32 var_507;
        wp::int32 var_508;
        wp::int32 var_509;
        wp::float32 var_510;
        wp::int32 var_511;
        wp::int32 var_512;
        wp::float32 var_513;
        const wp::int32 var_514 = 0;
        wp::int32 var_515;
        wp::int32 var_516;
        wp::int32 var_517;
        wp::int32 var_518;
        wp::int32* var_519;
        wp::int32 var_520;
        wp::int32 var_521;
        const wp::int32 var_522 = 1;
        wp::int32 var_523;
        wp::int32* var_524;
        wp::int32 var_525;
        wp::int32 var_526;
        wp::int32 var_527;
        bool var_528;
        wp::int32* var_529;
        wp::int32 var_530;
        wp::int32 var_531;
        const wp::int32 var_532 = 1;
        wp::int32 var_533;
        bool var_534;
        wp::int32 var_535;
        wp::int32 var_536;
        wp::vec_t<3, wp::float32>* var_537;
        wp::vec_t<3, wp::float32> var_538;
        wp::vec_t<3, wp::float32> var_539;
        wp::float32 var_540;
        bool var_541;
        const wp::int32 var_542 = 1;
        wp::int32 var_543;
        bool var_544;
        wp::float32 var_545;
        wp::int32 var_546;
        wp::int32 var_547;
        wp::float32 var_548;
        wp::int32 var_549;
        wp::int32 var_550;
        wp::float32 var_551;
        const wp::int32 var_552 = 1;
        wp::int32 var_553;
        wp::int32 var_554;
        wp::int32 var_555;
        wp::int32 var_556;
        wp::int32* var_557;
        wp::int32 var_558;
        wp::int32 var_559;
        const wp::int32 var_560 = 1;
        wp::int32 var_561;
        wp::int32* var_562;
        wp::int32 var_563;
        wp::int32 var_564;
        wp::int32 var_565;
        bool var_566;
        wp::int32* var_567;
        wp::int32 var_568;
        wp::int32 var_569;
        const wp::int32 var_570 = 1;
        wp::int32 var_571;
        bool var_572;
        wp::int32 var_573;
        wp::int32 var_574;
        wp::vec_t<3, wp::float32>* var_575;
        wp::vec_t<3, wp::float32> var_576;
        wp::vec_t<3, wp::float32> var_577;
        wp::float32 var_578;
        bool var_579;
        const wp::int32 var_580 = 1;
        wp::int32 var_581;
        bool var_582;
        wp::float32 var_583;
        wp::int32 var_584;
        wp::int32 var_585;
        wp::float32 var_586;
        wp::int32 var_587;
        wp::int32 var_588;
        wp::float32 var_589;
        const wp::int32 var_590 = 1;
        const wp::int32 var_591 = -1;
        wp::int32 var_592;
        wp::int32 var_593;
        wp::int32 var_594;
        wp::int32 var_595;
        wp::int32* var_596;
        wp::int32 var_597;
        wp::int32 var_598;
        const wp::int32 var_599 = 1;
        wp::int32 var_600;
        wp::int32* var_601;
        wp::int32 var_602;
        wp::int32 var_603;
        wp::int32 var_604;
        bool var_605;
        wp::int32* var_606;
        wp::int32 var_607;
        wp::int32 var_608;
        const wp::int32 var_609 = 1;
        wp::int32 var_610;
        bool var_611;
        wp::int32 var_612;
        wp::int32 var_613;
        wp::vec_t<3, wp::float32>* var_614;
        wp::vec_t<3, wp::float32> var_615;
        wp::vec_t<3, wp::float32> var_616;
        wp::float32 var_617;
        bool var_618;
        const wp::int32 var_619 = 1;
        wp::int32 var_620;
        bool var_621;
        wp::float32 var_622;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::float32 var_625;
        wp::int32 var_626;
        wp::int32 var_627;
        wp::float32 var_628;
        const wp::int32 var_629 = 0;
        wp::int32 var_630;
        wp::int32 var_631;
        wp::int32 var_632;
        wp::int32 var_633;
        wp::int32* var_634;
        wp::int32 var_635;
        wp::int32 var_636;
        const wp::int32 var_637 = 1;
        wp::int32 var_638;
        wp::int32* var_639;
        wp::int32 var_640;
        wp::int32 var_641;
        wp::int32 var_642;
        bool var_643;
        wp::int32* var_644;
        wp::int32 var_645;
        wp::int32 var_646;
        const wp::int32 var_647 = 1;
        wp::int32 var_648;
        bool var_649;
        wp::int32 var_650;
        wp::int32 var_651;
        wp::vec_t<3, wp::float32>* var_652;
        wp::vec_t<3, wp::float32> var_653;
        wp::vec_t<3, wp::float32> var_654;
        wp::float32 var_655;
        bool var_656;
        const wp::int32 var_657 = 1;
        wp::int32 var_658;
        bool var_659;
        wp::float32 var_660;
        wp::int32 var_661;
        wp::int32 var_662;
        wp::float32 var_663;
        wp::int32 var_664;
        wp::int32 var_665;
        wp::float32 var_666;
        const wp::int32 var_667 = 1;
        wp::int32 var_668;
        wp::int32 var_669;
        wp::int32 var_670;
        wp::int32 var_671;
        wp::int32* var_672;
        wp::int32 var_673;
        wp::int32 var_674;
        const wp::int32 var_675 = 1;
        wp::int32 var_676;
        wp::int32* var_677;
        wp::int32 var_678;
        wp::int32 var_679;
        wp::int32 var_680;
        bool var_681;
        wp::int32* var_682;
        wp::int32 var_683;
        wp::int32 var_684;
        const wp::int32 var_685 = 1;
        wp::int32 var_686;
        bool var_687;
        wp::int32 var_688;
        wp::int32 var_689;
        wp::vec_t<3, wp::float32>* var_690;
        wp::vec_t<3, wp::float32> var_691;
        wp::vec_t<3, wp::float32> var_692;
        wp::float32 var_693;
        bool var_694;
        const wp::int32 var_695 = 1;
        wp::int32 var_696;
        bool var_697;
        wp::float32 var_698;
        wp::int32 var_699;
        wp::int32 var_700;
        wp::float32 var_701;
        wp::int32 var_702;
        wp::int32 var_703;
        wp::float32 var_704;
        const wp::int32 var_705 = 1;
        const wp::int32 var_706 = -1;
        const wp::int32 var_707 = -1;
        wp::int32 var_708;
        wp::int32 var_709;
        wp::int32 var_710;
        wp::int32 var_711;
        wp::int32* var_712;
        wp::int32 var_713;
        wp::int32 var_714;
        const wp::int32 var_715 = 1;
        wp::int32 var_716;
        wp::int32* var_717;
        wp::int32 var_718;
        wp::int32 var_719;
        wp::int32 var_720;
        bool var_721;
        wp::int32* var_722;
        wp::int32 var_723;
        wp::int32 var_724;
        const wp::int32 var_725 = 1;
        wp::int32 var_726;
        bool var_727;
        wp::int32 var_728;
        wp::int32 var_729;
        wp::vec_t<3, wp::float32>* var_730;
        wp::vec_t<3, wp::float32> var_731;
        wp::vec_t<3, wp::float32> var_732;
        wp::float32 var_733;
        bool var_734;
        const wp::int32 var_735 = 1;
        wp::int32 var_736;
        bool var_737;
        wp::float32 var_738;
        wp::int32 var_739;
        wp::int32 var_740;
        wp::float32 var_741;
        wp::int32 var_742;
        wp::int32 var_743;
        wp::float32 var_744;
        const wp::int32 var_745 = 0;
        wp::int32 var_746;
        wp::int32 var_747;
        wp::int32 var_748;
        wp::int32 var_749;
        wp::int32* var_750;
        wp::int32 var_751;
        wp::int32 var_752;
        const wp::int32 var_753 = 1;
        wp::int32 var_754;
        wp::int32* var_755;
        wp::int32 var_756;
        wp::int32 var_757;
        wp::int32 var_758;
        bool var_759;
        wp::int32* var_760;
        wp::int32 var_761;
        wp::int32 var_762;
        const wp::int32 var_763 = 1;
        wp::int32 var_764;
        bool var_765;
        wp::int32 var_766;
        wp::int32 var_767;
        wp::vec_t<3, wp::float32>* var_768;
        wp::vec_t<3, wp::float32> var_769;
        wp::vec_t<3, wp::float32> var_770;
        wp::float32 var_771;
        bool var_772;
        const wp::int32 var_773 = 1;
        wp::int32 var_774;
        bool var_775;
        wp::float32 var_776;
        wp::int32 var_777;
        wp::int32 var_778;
        wp::float32 var_779;
        wp::int32 var_780;
        wp::int32 var_781;
        wp::float32 var_782;
        const wp::int32 var_783 = 1;
        wp::int32 var_784;
        wp::int32 var_785;
        wp::int32 var_786;
        wp::int32 var_787;
        wp::int32* var_788;
        wp::int32 var_789;
        wp::int32 var_790;
        const wp::int32 var_791 = 1;
        wp::int32 var_792;
        wp::int32* var_793;
        wp::int32 var_794;
        wp::int32 var_795;
        wp::int32 var_796;
        bool var_797;
        wp::int32* var_798;
        wp::int32 var_799;
        wp::int32 var_800;
        const wp::int32 var_801 = 1;
        wp::int32 var_802;
        bool var_803;
        wp::int32 var_804;
        wp::int32 var_805;
        wp::vec_t<3, wp::float32>* var_806;
        wp::vec_t<3, wp::float32> var_807;
        wp::vec_t<3, wp::float32> var_808;
        wp::float32 var_809;
        bool var_810;
        const wp::int32 var_811 = 1;
        wp::int32 var_812;
        bool var_813;
        wp::float32 var_814;
        wp::int32 var_815;
        wp::int32 var_816;
        wp::float32 var_817;
        wp::int32 var_818;
        wp::int32 var_819;
        wp::float32 var_820;
        const wp::int32 var_821 = 0;
        const wp::int32 var_822 = -1;
        wp::int32 var_823;
        wp::int32 var_824;
        wp::int32 var_825;
        wp::int32 var_826;
        wp::int32* var_827;
        wp::int32 var_828;
        wp::int32 var_829;
        const wp::int32 var_830 = 1;
        wp::int32 var_831;
        wp::int32* var_832;
        wp::int32 var_833;
        wp::int32 var_834;
        wp::int32 var_835;
        bool var_836;
        wp::int32* var_837;
        wp::int32 var_838;
        wp::int32 var_839;
        const wp::int32 var_840 = 1;
        wp::int32 var_841;
        bool var_842;
        wp::int32 var_843;
        wp::int32 var_844;
        wp::vec_t<3, wp::float32>* var_845;
        wp::vec_t<3, wp::float32> var_846;
        wp::vec_t<3, wp::float32> var_847;
        wp::float32 var_848;
        bool var_849;
        const wp::int32 var_850 = 1;
        wp::int32 var_851;
        bool var_852;
        wp::float32 var_853;
        wp::int32 var_854;
        wp::int32 var_855;
        wp::float32 var_856;
        wp::int32 var_857;
        wp::int32 var_858;
        wp::float32 var_859;
        const wp::int32 var_860 = 0;
        wp::int32 var_861;
        wp::int32 var_862;
        wp::int32 var_863;
        wp::int32 var_864;
        wp::int32* var_865;
        wp::int32 var_866;
        wp::int32 var_867;
        const wp::int32 var_868 = 1;
        wp::int32 var_869;
        wp::int32* var_870;
        wp::int32 var_871;
        wp::int32 var_872;
        wp::int32 var_873;
        bool var_874;
        wp::int32* var_875;
        wp::int32 var_876;
        wp::int32 var_877;
        const wp::int32 var_878 = 1;
        wp::int32 var_879;
        bool var_880;
        wp::int32 var_881;
        wp::int32 var_882;
        wp::vec_t<3, wp::float32>* var_883;
        wp::vec_t<3, wp::float32> var_884;
        wp::vec_t<3, wp::float32> var_885;
        wp::float32 var_886;
        bool var_887;
        const wp::int32 var_888 = 1;
        wp::int32 var_889;
        bool var_890;
        wp::float32 var_891;
        wp::int32 var_892;
        wp::int32 var_893;
        wp::float32 var_894;
        wp::int32 var_895;
        wp::int32 var_896;
        wp::float32 var_897;
        const wp::int32 var_898 = 1;
        wp::int32 var_899;
        wp::int32 var_900;
        wp::int32 var_901;
        wp::int32 var_902;
        wp::int32* var_903;
        wp::int32 var_904;
        wp::int32 var_905;
        const wp::int32 var_906 = 1;
        wp::int32 var_907;
        wp::int32* var_908;
        wp::int32 var_909;
        wp::int32 var_910;
        wp::int32 var_911;
        bool var_912;
        wp::int32* var_913;
        wp::int32 var_914;
        wp::int32 var_915;
        const wp::int32 var_916 = 1;
        wp::int32 var_917;
        bool var_918;
        wp::int32 var_919;
        wp::int32 var_920;
        wp::vec_t<3, wp::float32>* var_921;
        wp::vec_t<3, wp::float32> var_922;
        wp::vec_t<3, wp::float32> var_923;
        wp::float32 var_924;
        bool var_925;
        const wp::int32 var_926 = 1;
        wp::int32 var_927;
        bool var_928;
        wp::float32 var_929;
        wp::int32 var_930;
        wp::int32 var_931;
        wp::float32 var_932;
        wp::int32 var_933;
        wp::int32 var_934;
        wp::float32 var_935;
        const wp::int32 var_936 = 1;
        const wp::int32 var_937 = -1;
        wp::int32 var_938;
        wp::int32 var_939;
        wp::int32 var_940;
        wp::int32 var_941;
        wp::int32* var_942;
        wp::int32 var_943;
        wp::int32 var_944;
        const wp::int32 var_945 = 1;
        wp::int32 var_946;
        wp::int32* var_947;
        wp::int32 var_948;
        wp::int32 var_949;
        wp::int32 var_950;
        bool var_951;
        wp::int32* var_952;
        wp::int32 var_953;
        wp::int32 var_954;
        const wp::int32 var_955 = 1;
        wp::int32 var_956;
        bool var_957;
        wp::int32 var_958;
        wp::int32 var_959;
        wp::vec_t<3, wp::float32>* var_960;
        wp::vec_t<3, wp::float32> var_961;
        wp::vec_t<3, wp::float32> var_962;
        wp::float32 var_963;
        bool var_964;
        const wp::int32 var_965 = 1;
        wp::int32 var_966;
        bool var_967;
        wp::float32 var_968;
        wp::int32 var_969;
        wp::int32 var_970;
        wp::float32 var_971;
        wp::int32 var_972;
        wp::int32 var_973;
        wp::float32 var_974;
        const wp::int32 var_975 = 0;
        wp::int32 var_976;
        wp::int32 var_977;
        wp::int32 var_978;
        wp::int32 var_979;
        wp::int32* var_980;
        wp::int32 var_981;
        wp::int32 var_982;
        const wp::int32 var_983 = 1;
        wp::int32 var_984;
        wp::int32* var_985;
        wp::int32 var_986;
        wp::int32 var_987;
        wp::int32 var_988;
        bool var_989;
        wp::int32* var_990;
        wp::int32 var_991;
        wp::int32 var_992;
        const wp::int32 var_993 = 1;
        wp::int32 var_994;
        bool var_995;
        wp::int32 var_996;
        wp::int32 var_997;
        wp::vec_t<3, wp::float32>* var_998;
        wp::vec_t<3, wp::float32> var_999;
        wp::vec_t<3, wp::float32> var_1000;
        wp::float32 var_1001;
        bool var_1002;
        const wp::int32 var_1003 = 1;
        wp::int32 var_1004;
        bool var_1005;
        wp::float32 var_1006;
        wp::int32 var_1007;
        wp::int32 var_1008;
        wp::float32 var_1009;
        wp::int32 var_1010;
        wp::int32 var_1011;
        wp::float32 var_1012;
        const wp::int32 var_1013 = 1;
        wp::int32 var_1014;
        wp::int32 var_1015;
        wp::int32 var_1016;
        wp::int32 var_1017;
        wp::int32* var_1018;
        wp::int32 var_1019;
        wp::int32 var_1020;
        const wp::int32 var_1021 = 1;
        wp::int32 var_1022;
        wp::int32* var_1023;
        wp::int32 var_1024;
        wp::int32 var_1025;
        wp::int32 var_1026;
        bool var_1027;
        wp::int32* var_1028;
        wp::int32 var_1029;
        wp::int32 var_1030;
        const wp::int32 var_1031 = 1;
        wp::int32 var_1032;
        bool var_1033;
        wp::int32 var_1034;
        wp::int32 var_1035;
        wp::vec_t<3, wp::float32>* var_1036;
        wp::vec_t<3, wp::float32> var_1037;
        wp::vec_t<3, wp::float32> var_1038;
        wp::float32 var_1039;
        bool var_1040;
        const wp::int32 var_1041 = 1;
        wp::int32 var_1042;
        bool var_1043;
        wp::float32 var_1044;
        wp::int32 var_1045;
        wp::int32 var_1046;
        wp::float32 var_1047;
        wp::int32 var_1048;
        wp::int32 var_1049;
        wp::float32 var_1050;
        //---------
        // forward
        // def neighbor_query(                                                                    <L 62>
        // tid = wp.tid()                                                                         <L 72>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 73>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // cx, cy, cz = world_to_cell(p, cell_size)                                               <L 74>
        world_to_cell_0(var_2, var_cell_size, var_4, var_5, var_6);
        // r2 = radius * radius                                                                   <L 75>
        var_7 = wp::mul(var_radius, var_radius);
        // count = int(0)                                                                         <L 76>
        var_9 = wp::int(var_8);
        // best = int(-1)                                                                         <L 77>
        var_11 = wp::int(var_10);
        // best_d2 = float(1.0e30)                                                                <L 78>
        var_13 = wp::float(var_12);
        // for dz in range(-1, 2):                                                                <L 79>
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_17 = wp::add(var_4, var_16);
        var_18 = wp::add(var_5, var_15);
        var_19 = wp::add(var_6, var_14);
        var_20 = hash_cell_0(var_17, var_18, var_19, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_21 = wp::address(var_offsets, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // end = offsets[h + 1]                                                                   <L 84>
        var_25 = wp::add(var_20, var_24);
        var_26 = wp::address(var_offsets, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // k = start                                                                              <L 85>
        var_29 = wp::copy(var_22);
        // while k < end:                                                                         <L 86>
        start_while_0:;
        var_30 = (var_29 < var_27);
        if ((var_30) == false) goto end_while_0;
            // j = sorted_ids[k]                                                                  <L 87>
            var_31 = wp::address(var_sorted_ids, var_29);
            var_33 = wp::load(var_31);
            var_32 = wp::copy(var_33);
            // k += 1                                                                             <L 88>
            var_35 = wp::add(var_29, var_34);
            // if j == tid:                                                                       <L 89>
            var_36 = (var_32 == var_0);
            if (var_36) {
                // continue                                                                       <L 90>
                wp::assign(var_29, var_35);
                goto start_while_0;
            }
            var_37 = wp::where(var_36, var_29, var_35);
            // d = points[j] - p                                                                  <L 91>
            var_38 = wp::address(var_points, var_32);
            var_40 = wp::load(var_38);
            var_39 = wp::sub(var_40, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_41 = wp::dot(var_39, var_39);
            // if d2 < r2:                                                                        <L 93>
            var_42 = (var_41 < var_7);
            if (var_42) {
                // count += 1                                                                     <L 94>
                var_44 = wp::add(var_9, var_43);
                // if d2 < best_d2:                                                               <L 95>
                var_45 = (var_41 < var_13);
                if (var_45) {
                    // best_d2 = d2                                                               <L 96>
                    var_46 = wp::copy(var_41);
                    // best = j                                                                   <L 97>
                    var_47 = wp::copy(var_32);
                }
                var_48 = wp::where(var_45, var_47, var_11);
                var_49 = wp::where(var_45, var_46, var_13);
            }
            var_50 = wp::where(var_42, var_44, var_9);
            var_51 = wp::where(var_42, var_48, var_11);
            var_52 = wp::where(var_42, var_49, var_13);
            wp::assign(var_9, var_50);
            wp::assign(var_11, var_51);
            wp::assign(var_13, var_52);
            wp::assign(var_29, var_37);
        goto start_while_0;
        end_while_0:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_54 = wp::add(var_4, var_53);
        var_55 = wp::add(var_5, var_15);
        var_56 = wp::add(var_6, var_14);
        var_57 = hash_cell_0(var_54, var_55, var_56, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_58 = wp::address(var_offsets, var_57);
        var_60 = wp::load(var_58);
        var_59 = wp::copy(var_60);
        // end = offsets[h + 1]                                                                   <L 84>
        var_62 = wp::add(var_57, var_61);
        var_63 = wp::address(var_offsets, var_62);
        var_65 = wp::load(var_63);
        var_64 = wp::copy(var_65);
        // k = start                                                                              <L 85>
        var_66 = wp::copy(var_59);
        // while k < end:                                                                         <L 86>
        start_while_2:;
        var_67 = (var_66 < var_64);
        if ((var_67) == false) goto end_while_2;
            // j = sorted_ids[k]                                                                  <L 87>
            var_68 = wp::address(var_sorted_ids, var_66);
            var_70 = wp::load(var_68);
            var_69 = wp::copy(var_70);
            // k += 1                                                                             <L 88>
            var_72 = wp::add(var_66, var_71);
            // if j == tid:                                                                       <L 89>
            var_73 = (var_69 == var_0);
            if (var_73) {
                // continue                                                                       <L 90>
                wp::assign(var_66, var_72);
                wp::assign(var_32, var_69);
                goto start_while_2;
            }
            var_74 = wp::where(var_73, var_66, var_72);
            var_75 = wp::where(var_73, var_32, var_69);
            // d = points[j] - p                                                                  <L 91>
            var_76 = wp::address(var_points, var_75);
            var_78 = wp::load(var_76);
            var_77 = wp::sub(var_78, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_79 = wp::dot(var_77, var_77);
            // if d2 < r2:                                                                        <L 93>
            var_80 = (var_79 < var_7);
            if (var_80) {
                // count += 1                                                                     <L 94>
                var_82 = wp::add(var_9, var_81);
                // if d2 < best_d2:                                                               <L 95>
                var_83 = (var_79 < var_13);
                if (var_83) {
                    // best_d2 = d2                                                               <L 96>
                    var_84 = wp::copy(var_79);
                    // best = j                                                                   <L 97>
                    var_85 = wp::copy(var_75);
                }
                var_86 = wp::where(var_83, var_85, var_11);
                var_87 = wp::where(var_83, var_84, var_13);
            }
            var_88 = wp::where(var_80, var_82, var_9);
            var_89 = wp::where(var_80, var_86, var_11);
            var_90 = wp::where(var_80, var_87, var_13);
            wp::assign(var_9, var_88);
            wp::assign(var_11, var_89);
            wp::assign(var_13, var_90);
            wp::assign(var_66, var_74);
            wp::assign(var_32, var_75);
            wp::assign(var_39, var_77);
            wp::assign(var_41, var_79);
        goto start_while_2;
        end_while_2:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_92 = wp::add(var_4, var_91);
        var_93 = wp::add(var_5, var_15);
        var_94 = wp::add(var_6, var_14);
        var_95 = hash_cell_0(var_92, var_93, var_94, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_96 = wp::address(var_offsets, var_95);
        var_98 = wp::load(var_96);
        var_97 = wp::copy(var_98);
        // end = offsets[h + 1]                                                                   <L 84>
        var_100 = wp::add(var_95, var_99);
        var_101 = wp::address(var_offsets, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::copy(var_103);
        // k = start                                                                              <L 85>
        var_104 = wp::copy(var_97);
        // while k < end:                                                                         <L 86>
        start_while_4:;
        var_105 = (var_104 < var_102);
        if ((var_105) == false) goto end_while_4;
            // j = sorted_ids[k]                                                                  <L 87>
            var_106 = wp::address(var_sorted_ids, var_104);
            var_108 = wp::load(var_106);
            var_107 = wp::copy(var_108);
            // k += 1                                                                             <L 88>
            var_110 = wp::add(var_104, var_109);
            // if j == tid:                                                                       <L 89>
            var_111 = (var_107 == var_0);
            if (var_111) {
                // continue                                                                       <L 90>
                wp::assign(var_104, var_110);
                wp::assign(var_32, var_107);
                goto start_while_4;
            }
            var_112 = wp::where(var_111, var_104, var_110);
            var_113 = wp::where(var_111, var_32, var_107);
            // d = points[j] - p                                                                  <L 91>
            var_114 = wp::address(var_points, var_113);
            var_116 = wp::load(var_114);
            var_115 = wp::sub(var_116, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_117 = wp::dot(var_115, var_115);
            // if d2 < r2:                                                                        <L 93>
            var_118 = (var_117 < var_7);
            if (var_118) {
                // count += 1                                                                     <L 94>
                var_120 = wp::add(var_9, var_119);
                // if d2 < best_d2:                                                               <L 95>
                var_121 = (var_117 < var_13);
                if (var_121) {
                    // best_d2 = d2                                                               <L 96>
                    var_122 = wp::copy(var_117);
                    // best = j                                                                   <L 97>
                    var_123 = wp::copy(var_113);
                }
                var_124 = wp::where(var_121, var_123, var_11);
                var_125 = wp::where(var_121, var_122, var_13);
            }
            var_126 = wp::where(var_118, var_120, var_9);
            var_127 = wp::where(var_118, var_124, var_11);
            var_128 = wp::where(var_118, var_125, var_13);
            wp::assign(var_9, var_126);
            wp::assign(var_11, var_127);
            wp::assign(var_13, var_128);
            wp::assign(var_104, var_112);
            wp::assign(var_32, var_113);
            wp::assign(var_39, var_115);
            wp::assign(var_41, var_117);
        goto start_while_4;
        end_while_4:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_131 = wp::add(var_4, var_130);
        var_132 = wp::add(var_5, var_129);
        var_133 = wp::add(var_6, var_14);
        var_134 = hash_cell_0(var_131, var_132, var_133, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_135 = wp::address(var_offsets, var_134);
        var_137 = wp::load(var_135);
        var_136 = wp::copy(var_137);
        // end = offsets[h + 1]                                                                   <L 84>
        var_139 = wp::add(var_134, var_138);
        var_140 = wp::address(var_offsets, var_139);
        var_142 = wp::load(var_140);
        var_141 = wp::copy(var_142);
        // k = start                                                                              <L 85>
        var_143 = wp::copy(var_136);
        // while k < end:                                                                         <L 86>
        start_while_6:;
        var_144 = (var_143 < var_141);
        if ((var_144) == false) goto end_while_6;
            // j = sorted_ids[k]                                                                  <L 87>
            var_145 = wp::address(var_sorted_ids, var_143);
            var_147 = wp::load(var_145);
            var_146 = wp::copy(var_147);
            // k += 1                                                                             <L 88>
            var_149 = wp::add(var_143, var_148);
            // if j == tid:                                                                       <L 89>
            var_150 = (var_146 == var_0);
            if (var_150) {
                // continue                                                                       <L 90>
                wp::assign(var_143, var_149);
                wp::assign(var_32, var_146);
                goto start_while_6;
            }
            var_151 = wp::where(var_150, var_143, var_149);
            var_152 = wp::where(var_150, var_32, var_146);
            // d = points[j] - p                                                                  <L 91>
            var_153 = wp::address(var_points, var_152);
            var_155 = wp::load(var_153);
            var_154 = wp::sub(var_155, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_156 = wp::dot(var_154, var_154);
            // if d2 < r2:                                                                        <L 93>
            var_157 = (var_156 < var_7);
            if (var_157) {
                // count += 1                                                                     <L 94>
                var_159 = wp::add(var_9, var_158);
                // if d2 < best_d2:                                                               <L 95>
                var_160 = (var_156 < var_13);
                if (var_160) {
                    // best_d2 = d2                                                               <L 96>
                    var_161 = wp::copy(var_156);
                    // best = j                                                                   <L 97>
                    var_162 = wp::copy(var_152);
                }
                var_163 = wp::where(var_160, var_162, var_11);
                var_164 = wp::where(var_160, var_161, var_13);
            }
            var_165 = wp::where(var_157, var_159, var_9);
            var_166 = wp::where(var_157, var_163, var_11);
            var_167 = wp::where(var_157, var_164, var_13);
            wp::assign(var_9, var_165);
            wp::assign(var_11, var_166);
            wp::assign(var_13, var_167);
            wp::assign(var_143, var_151);
            wp::assign(var_32, var_152);
            wp::assign(var_39, var_154);
            wp::assign(var_41, var_156);
        goto start_while_6;
        end_while_6:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_169 = wp::add(var_4, var_168);
        var_170 = wp::add(var_5, var_129);
        var_171 = wp::add(var_6, var_14);
        var_172 = hash_cell_0(var_169, var_170, var_171, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_173 = wp::address(var_offsets, var_172);
        var_175 = wp::load(var_173);
        var_174 = wp::copy(var_175);
        // end = offsets[h + 1]                                                                   <L 84>
        var_177 = wp::add(var_172, var_176);
        var_178 = wp::address(var_offsets, var_177);
        var_180 = wp::load(var_178);
        var_179 = wp::copy(var_180);
        // k = start                                                                              <L 85>
        var_181 = wp::copy(var_174);
        // while k < end:                                                                         <L 86>
        start_while_8:;
        var_182 = (var_181 < var_179);
        if ((var_182) == false) goto end_while_8;
            // j = sorted_ids[k]                                                                  <L 87>
            var_183 = wp::address(var_sorted_ids, var_181);
            var_185 = wp::load(var_183);
            var_184 = wp::copy(var_185);
            // k += 1                                                                             <L 88>
            var_187 = wp::add(var_181, var_186);
            // if j == tid:                                                                       <L 89>
            var_188 = (var_184 == var_0);
            if (var_188) {
                // continue                                                                       <L 90>
                wp::assign(var_181, var_187);
                wp::assign(var_32, var_184);
                goto start_while_8;
            }
            var_189 = wp::where(var_188, var_181, var_187);
            var_190 = wp::where(var_188, var_32, var_184);
            // d = points[j] - p                                                                  <L 91>
            var_191 = wp::address(var_points, var_190);
            var_193 = wp::load(var_191);
            var_192 = wp::sub(var_193, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_194 = wp::dot(var_192, var_192);
            // if d2 < r2:                                                                        <L 93>
            var_195 = (var_194 < var_7);
            if (var_195) {
                // count += 1                                                                     <L 94>
                var_197 = wp::add(var_9, var_196);
                // if d2 < best_d2:                                                               <L 95>
                var_198 = (var_194 < var_13);
                if (var_198) {
                    // best_d2 = d2                                                               <L 96>
                    var_199 = wp::copy(var_194);
                    // best = j                                                                   <L 97>
                    var_200 = wp::copy(var_190);
                }
                var_201 = wp::where(var_198, var_200, var_11);
                var_202 = wp::where(var_198, var_199, var_13);
            }
            var_203 = wp::where(var_195, var_197, var_9);
            var_204 = wp::where(var_195, var_201, var_11);
            var_205 = wp::where(var_195, var_202, var_13);
            wp::assign(var_9, var_203);
            wp::assign(var_11, var_204);
            wp::assign(var_13, var_205);
            wp::assign(var_181, var_189);
            wp::assign(var_32, var_190);
            wp::assign(var_39, var_192);
            wp::assign(var_41, var_194);
        goto start_while_8;
        end_while_8:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_207 = wp::add(var_4, var_206);
        var_208 = wp::add(var_5, var_129);
        var_209 = wp::add(var_6, var_14);
        var_210 = hash_cell_0(var_207, var_208, var_209, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_211 = wp::address(var_offsets, var_210);
        var_213 = wp::load(var_211);
        var_212 = wp::copy(var_213);
        // end = offsets[h + 1]                                                                   <L 84>
        var_215 = wp::add(var_210, var_214);
        var_216 = wp::address(var_offsets, var_215);
        var_218 = wp::load(var_216);
        var_217 = wp::copy(var_218);
        // k = start                                                                              <L 85>
        var_219 = wp::copy(var_212);
        // while k < end:                                                                         <L 86>
        start_while_10:;
        var_220 = (var_219 < var_217);
        if ((var_220) == false) goto end_while_10;
            // j = sorted_ids[k]                                                                  <L 87>
            var_221 = wp::address(var_sorted_ids, var_219);
            var_223 = wp::load(var_221);
            var_222 = wp::copy(var_223);
            // k += 1                                                                             <L 88>
            var_225 = wp::add(var_219, var_224);
            // if j == tid:                                                                       <L 89>
            var_226 = (var_222 == var_0);
            if (var_226) {
                // continue                                                                       <L 90>
                wp::assign(var_219, var_225);
                wp::assign(var_32, var_222);
                goto start_while_10;
            }
            var_227 = wp::where(var_226, var_219, var_225);
            var_228 = wp::where(var_226, var_32, var_222);
            // d = points[j] - p                                                                  <L 91>
            var_229 = wp::address(var_points, var_228);
            var_231 = wp::load(var_229);
            var_230 = wp::sub(var_231, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_232 = wp::dot(var_230, var_230);
            // if d2 < r2:                                                                        <L 93>
            var_233 = (var_232 < var_7);
            if (var_233) {
                // count += 1                                                                     <L 94>
                var_235 = wp::add(var_9, var_234);
                // if d2 < best_d2:                                                               <L 95>
                var_236 = (var_232 < var_13);
                if (var_236) {
                    // best_d2 = d2                                                               <L 96>
                    var_237 = wp::copy(var_232);
                    // best = j                                                                   <L 97>
                    var_238 = wp::copy(var_228);
                }
                var_239 = wp::where(var_236, var_238, var_11);
                var_240 = wp::where(var_236, var_237, var_13);
            }
            var_241 = wp::where(var_233, var_235, var_9);
            var_242 = wp::where(var_233, var_239, var_11);
            var_243 = wp::where(var_233, var_240, var_13);
            wp::assign(var_9, var_241);
            wp::assign(var_11, var_242);
            wp::assign(var_13, var_243);
            wp::assign(var_219, var_227);
            wp::assign(var_32, var_228);
            wp::assign(var_39, var_230);
            wp::assign(var_41, var_232);
        goto start_while_10;
        end_while_10:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_246 = wp::add(var_4, var_245);
        var_247 = wp::add(var_5, var_244);
        var_248 = wp::add(var_6, var_14);
        var_249 = hash_cell_0(var_246, var_247, var_248, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_250 = wp::address(var_offsets, var_249);
        var_252 = wp::load(var_250);
        var_251 = wp::copy(var_252);
        // end = offsets[h + 1]                                                                   <L 84>
        var_254 = wp::add(var_249, var_253);
        var_255 = wp::address(var_offsets, var_254);
        var_257 = wp::load(var_255);
        var_256 = wp::copy(var_257);
        // k = start                                                                              <L 85>
        var_258 = wp::copy(var_251);
        // while k < end:                                                                         <L 86>
        start_while_12:;
        var_259 = (var_258 < var_256);
        if ((var_259) == false) goto end_while_12;
            // j = sorted_ids[k]                                                                  <L 87>
            var_260 = wp::address(var_sorted_ids, var_258);
            var_262 = wp::load(var_260);
            var_261 = wp::copy(var_262);
            // k += 1                                                                             <L 88>
            var_264 = wp::add(var_258, var_263);
            // if j == tid:                                                                       <L 89>
            var_265 = (var_261 == var_0);
            if (var_265) {
                // continue                                                                       <L 90>
                wp::assign(var_258, var_264);
                wp::assign(var_32, var_261);
                goto start_while_12;
            }
            var_266 = wp::where(var_265, var_258, var_264);
            var_267 = wp::where(var_265, var_32, var_261);
            // d = points[j] - p                                                                  <L 91>
            var_268 = wp::address(var_points, var_267);
            var_270 = wp::load(var_268);
            var_269 = wp::sub(var_270, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_271 = wp::dot(var_269, var_269);
            // if d2 < r2:                                                                        <L 93>
            var_272 = (var_271 < var_7);
            if (var_272) {
                // count += 1                                                                     <L 94>
                var_274 = wp::add(var_9, var_273);
                // if d2 < best_d2:                                                               <L 95>
                var_275 = (var_271 < var_13);
                if (var_275) {
                    // best_d2 = d2                                                               <L 96>
                    var_276 = wp::copy(var_271);
                    // best = j                                                                   <L 97>
                    var_277 = wp::copy(var_267);
                }
                var_278 = wp::where(var_275, var_277, var_11);
                var_279 = wp::where(var_275, var_276, var_13);
            }
            var_280 = wp::where(var_272, var_274, var_9);
            var_281 = wp::where(var_272, var_278, var_11);
            var_282 = wp::where(var_272, var_279, var_13);
            wp::assign(var_9, var_280);
            wp::assign(var_11, var_281);
            wp::assign(var_13, var_282);
            wp::assign(var_258, var_266);
            wp::assign(var_32, var_267);
            wp::assign(var_39, var_269);
            wp::assign(var_41, var_271);
        goto start_while_12;
        end_while_12:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_284 = wp::add(var_4, var_283);
        var_285 = wp::add(var_5, var_244);
        var_286 = wp::add(var_6, var_14);
        var_287 = hash_cell_0(var_284, var_285, var_286, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_288 = wp::address(var_offsets, var_287);
        var_290 = wp::load(var_288);
        var_289 = wp::copy(var_290);
        // end = offsets[h + 1]                                                                   <L 84>
        var_292 = wp::add(var_287, var_291);
        var_293 = wp::address(var_offsets, var_292);
        var_295 = wp::load(var_293);
        var_294 = wp::copy(var_295);
        // k = start                                                                              <L 85>
        var_296 = wp::copy(var_289);
        // while k < end:                                                                         <L 86>
        start_while_14:;
        var_297 = (var_296 < var_294);
        if ((var_297) == false) goto end_while_14;
            // j = sorted_ids[k]                                                                  <L 87>
            var_298 = wp::address(var_sorted_ids, var_296);
            var_300 = wp::load(var_298);
            var_299 = wp::copy(var_300);
            // k += 1                                                                             <L 88>
            var_302 = wp::add(var_296, var_301);
            // if j == tid:                                                                       <L 89>
            var_303 = (var_299 == var_0);
            if (var_303) {
                // continue                                                                       <L 90>
                wp::assign(var_296, var_302);
                wp::assign(var_32, var_299);
                goto start_while_14;
            }
            var_304 = wp::where(var_303, var_296, var_302);
            var_305 = wp::where(var_303, var_32, var_299);
            // d = points[j] - p                                                                  <L 91>
            var_306 = wp::address(var_points, var_305);
            var_308 = wp::load(var_306);
            var_307 = wp::sub(var_308, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_309 = wp::dot(var_307, var_307);
            // if d2 < r2:                                                                        <L 93>
            var_310 = (var_309 < var_7);
            if (var_310) {
                // count += 1                                                                     <L 94>
                var_312 = wp::add(var_9, var_311);
                // if d2 < best_d2:                                                               <L 95>
                var_313 = (var_309 < var_13);
                if (var_313) {
                    // best_d2 = d2                                                               <L 96>
                    var_314 = wp::copy(var_309);
                    // best = j                                                                   <L 97>
                    var_315 = wp::copy(var_305);
                }
                var_316 = wp::where(var_313, var_315, var_11);
                var_317 = wp::where(var_313, var_314, var_13);
            }
            var_318 = wp::where(var_310, var_312, var_9);
            var_319 = wp::where(var_310, var_316, var_11);
            var_320 = wp::where(var_310, var_317, var_13);
            wp::assign(var_9, var_318);
            wp::assign(var_11, var_319);
            wp::assign(var_13, var_320);
            wp::assign(var_296, var_304);
            wp::assign(var_32, var_305);
            wp::assign(var_39, var_307);
            wp::assign(var_41, var_309);
        goto start_while_14;
        end_while_14:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_322 = wp::add(var_4, var_321);
        var_323 = wp::add(var_5, var_244);
        var_324 = wp::add(var_6, var_14);
        var_325 = hash_cell_0(var_322, var_323, var_324, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_326 = wp::address(var_offsets, var_325);
        var_328 = wp::load(var_326);
        var_327 = wp::copy(var_328);
        // end = offsets[h + 1]                                                                   <L 84>
        var_330 = wp::add(var_325, var_329);
        var_331 = wp::address(var_offsets, var_330);
        var_333 = wp::load(var_331);
        var_332 = wp::copy(var_333);
        // k = start                                                                              <L 85>
        var_334 = wp::copy(var_327);
        // while k < end:                                                                         <L 86>
        start_while_16:;
        var_335 = (var_334 < var_332);
        if ((var_335) == false) goto end_while_16;
            // j = sorted_ids[k]                                                                  <L 87>
            var_336 = wp::address(var_sorted_ids, var_334);
            var_338 = wp::load(var_336);
            var_337 = wp::copy(var_338);
            // k += 1                                                                             <L 88>
            var_340 = wp::add(var_334, var_339);
            // if j == tid:                                                                       <L 89>
            var_341 = (var_337 == var_0);
            if (var_341) {
                // continue                                                                       <L 90>
                wp::assign(var_334, var_340);
                wp::assign(var_32, var_337);
                goto start_while_16;
            }
            var_342 = wp::where(var_341, var_334, var_340);
            var_343 = wp::where(var_341, var_32, var_337);
            // d = points[j] - p                                                                  <L 91>
            var_344 = wp::address(var_points, var_343);
            var_346 = wp::load(var_344);
            var_345 = wp::sub(var_346, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_347 = wp::dot(var_345, var_345);
            // if d2 < r2:                                                                        <L 93>
            var_348 = (var_347 < var_7);
            if (var_348) {
                // count += 1                                                                     <L 94>
                var_350 = wp::add(var_9, var_349);
                // if d2 < best_d2:                                                               <L 95>
                var_351 = (var_347 < var_13);
                if (var_351) {
                    // best_d2 = d2                                                               <L 96>
                    var_352 = wp::copy(var_347);
                    // best = j                                                                   <L 97>
                    var_353 = wp::copy(var_343);
                }
                var_354 = wp::where(var_351, var_353, var_11);
                var_355 = wp::where(var_351, var_352, var_13);
            }
            var_356 = wp::where(var_348, var_350, var_9);
            var_357 = wp::where(var_348, var_354, var_11);
            var_358 = wp::where(var_348, var_355, var_13);
            wp::assign(var_9, var_356);
            wp::assign(var_11, var_357);
            wp::assign(var_13, var_358);
            wp::assign(var_334, var_342);
            wp::assign(var_32, var_343);
            wp::assign(var_39, var_345);
            wp::assign(var_41, var_347);
        goto start_while_16;
        end_while_16:;
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_362 = wp::add(var_4, var_361);
        var_363 = wp::add(var_5, var_360);
        var_364 = wp::add(var_6, var_359);
        var_365 = hash_cell_0(var_362, var_363, var_364, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_366 = wp::address(var_offsets, var_365);
        var_368 = wp::load(var_366);
        var_367 = wp::copy(var_368);
        // end = offsets[h + 1]                                                                   <L 84>
        var_370 = wp::add(var_365, var_369);
        var_371 = wp::address(var_offsets, var_370);
        var_373 = wp::load(var_371);
        var_372 = wp::copy(var_373);
        // k = start                                                                              <L 85>
        var_374 = wp::copy(var_367);
        // while k < end:                                                                         <L 86>
        start_while_18:;
        var_375 = (var_374 < var_372);
        if ((var_375) == false) goto end_while_18;
            // j = sorted_ids[k]                                                                  <L 87>
            var_376 = wp::address(var_sorted_ids, var_374);
            var_378 = wp::load(var_376);
            var_377 = wp::copy(var_378);
            // k += 1                                                                             <L 88>
            var_380 = wp::add(var_374, var_379);
            // if j == tid:                                                                       <L 89>
            var_381 = (var_377 == var_0);
            if (var_381) {
                // continue                                                                       <L 90>
                wp::assign(var_374, var_380);
                wp::assign(var_32, var_377);
                goto start_while_18;
            }
            var_382 = wp::where(var_381, var_374, var_380);
            var_383 = wp::where(var_381, var_32, var_377);
            // d = points[j] - p                                                                  <L 91>
            var_384 = wp::address(var_points, var_383);
            var_386 = wp::load(var_384);
            var_385 = wp::sub(var_386, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_387 = wp::dot(var_385, var_385);
            // if d2 < r2:                                                                        <L 93>
            var_388 = (var_387 < var_7);
            if (var_388) {
                // count += 1                                                                     <L 94>
                var_390 = wp::add(var_9, var_389);
                // if d2 < best_d2:                                                               <L 95>
                var_391 = (var_387 < var_13);
                if (var_391) {
                    // best_d2 = d2                                                               <L 96>
                    var_392 = wp::copy(var_387);
                    // best = j                                                                   <L 97>
                    var_393 = wp::copy(var_383);
                }
                var_394 = wp::where(var_391, var_393, var_11);
                var_395 = wp::where(var_391, var_392, var_13);
            }
            var_396 = wp::where(var_388, var_390, var_9);
            var_397 = wp::where(var_388, var_394, var_11);
            var_398 = wp::where(var_388, var_395, var_13);
            wp::assign(var_9, var_396);
            wp::assign(var_11, var_397);
            wp::assign(var_13, var_398);
            wp::assign(var_374, var_382);
            wp::assign(var_32, var_383);
            wp::assign(var_39, var_385);
            wp::assign(var_41, var_387);
        goto start_while_18;
        end_while_18:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_400 = wp::add(var_4, var_399);
        var_401 = wp::add(var_5, var_360);
        var_402 = wp::add(var_6, var_359);
        var_403 = hash_cell_0(var_400, var_401, var_402, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_404 = wp::address(var_offsets, var_403);
        var_406 = wp::load(var_404);
        var_405 = wp::copy(var_406);
        // end = offsets[h + 1]                                                                   <L 84>
        var_408 = wp::add(var_403, var_407);
        var_409 = wp::address(var_offsets, var_408);
        var_411 = wp::load(var_409);
        var_410 = wp::copy(var_411);
        // k = start                                                                              <L 85>
        var_412 = wp::copy(var_405);
        // while k < end:                                                                         <L 86>
        start_while_20:;
        var_413 = (var_412 < var_410);
        if ((var_413) == false) goto end_while_20;
            // j = sorted_ids[k]                                                                  <L 87>
            var_414 = wp::address(var_sorted_ids, var_412);
            var_416 = wp::load(var_414);
            var_415 = wp::copy(var_416);
            // k += 1                                                                             <L 88>
            var_418 = wp::add(var_412, var_417);
            // if j == tid:                                                                       <L 89>
            var_419 = (var_415 == var_0);
            if (var_419) {
                // continue                                                                       <L 90>
                wp::assign(var_412, var_418);
                wp::assign(var_32, var_415);
                goto start_while_20;
            }
            var_420 = wp::where(var_419, var_412, var_418);
            var_421 = wp::where(var_419, var_32, var_415);
            // d = points[j] - p                                                                  <L 91>
            var_422 = wp::address(var_points, var_421);
            var_424 = wp::load(var_422);
            var_423 = wp::sub(var_424, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_425 = wp::dot(var_423, var_423);
            // if d2 < r2:                                                                        <L 93>
            var_426 = (var_425 < var_7);
            if (var_426) {
                // count += 1                                                                     <L 94>
                var_428 = wp::add(var_9, var_427);
                // if d2 < best_d2:                                                               <L 95>
                var_429 = (var_425 < var_13);
                if (var_429) {
                    // best_d2 = d2                                                               <L 96>
                    var_430 = wp::copy(var_425);
                    // best = j                                                                   <L 97>
                    var_431 = wp::copy(var_421);
                }
                var_432 = wp::where(var_429, var_431, var_11);
                var_433 = wp::where(var_429, var_430, var_13);
            }
            var_434 = wp::where(var_426, var_428, var_9);
            var_435 = wp::where(var_426, var_432, var_11);
            var_436 = wp::where(var_426, var_433, var_13);
            wp::assign(var_9, var_434);
            wp::assign(var_11, var_435);
            wp::assign(var_13, var_436);
            wp::assign(var_412, var_420);
            wp::assign(var_32, var_421);
            wp::assign(var_39, var_423);
            wp::assign(var_41, var_425);
        goto start_while_20;
        end_while_20:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_438 = wp::add(var_4, var_437);
        var_439 = wp::add(var_5, var_360);
        var_440 = wp::add(var_6, var_359);
        var_441 = hash_cell_0(var_438, var_439, var_440, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_442 = wp::address(var_offsets, var_441);
        var_444 = wp::load(var_442);
        var_443 = wp::copy(var_444);
        // end = offsets[h + 1]                                                                   <L 84>
        var_446 = wp::add(var_441, var_445);
        var_447 = wp::address(var_offsets, var_446);
        var_449 = wp::load(var_447);
        var_448 = wp::copy(var_449);
        // k = start                                                                              <L 85>
        var_450 = wp::copy(var_443);
        // while k < end:                                                                         <L 86>
        start_while_22:;
        var_451 = (var_450 < var_448);
        if ((var_451) == false) goto end_while_22;
            // j = sorted_ids[k]                                                                  <L 87>
            var_452 = wp::address(var_sorted_ids, var_450);
            var_454 = wp::load(var_452);
            var_453 = wp::copy(var_454);
            // k += 1                                                                             <L 88>
            var_456 = wp::add(var_450, var_455);
            // if j == tid:                                                                       <L 89>
            var_457 = (var_453 == var_0);
            if (var_457) {
                // continue                                                                       <L 90>
                wp::assign(var_450, var_456);
                wp::assign(var_32, var_453);
                goto start_while_22;
            }
            var_458 = wp::where(var_457, var_450, var_456);
            var_459 = wp::where(var_457, var_32, var_453);
            // d = points[j] - p                                                                  <L 91>
            var_460 = wp::address(var_points, var_459);
            var_462 = wp::load(var_460);
            var_461 = wp::sub(var_462, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_463 = wp::dot(var_461, var_461);
            // if d2 < r2:                                                                        <L 93>
            var_464 = (var_463 < var_7);
            if (var_464) {
                // count += 1                                                                     <L 94>
                var_466 = wp::add(var_9, var_465);
                // if d2 < best_d2:                                                               <L 95>
                var_467 = (var_463 < var_13);
                if (var_467) {
                    // best_d2 = d2                                                               <L 96>
                    var_468 = wp::copy(var_463);
                    // best = j                                                                   <L 97>
                    var_469 = wp::copy(var_459);
                }
                var_470 = wp::where(var_467, var_469, var_11);
                var_471 = wp::where(var_467, var_468, var_13);
            }
            var_472 = wp::where(var_464, var_466, var_9);
            var_473 = wp::where(var_464, var_470, var_11);
            var_474 = wp::where(var_464, var_471, var_13);
            wp::assign(var_9, var_472);
            wp::assign(var_11, var_473);
            wp::assign(var_13, var_474);
            wp::assign(var_450, var_458);
            wp::assign(var_32, var_459);
            wp::assign(var_39, var_461);
            wp::assign(var_41, var_463);
        goto start_while_22;
        end_while_22:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_477 = wp::add(var_4, var_476);
        var_478 = wp::add(var_5, var_475);
        var_479 = wp::add(var_6, var_359);
        var_480 = hash_cell_0(var_477, var_478, var_479, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_481 = wp::address(var_offsets, var_480);
        var_483 = wp::load(var_481);
        var_482 = wp::copy(var_483);
        // end = offsets[h + 1]                                                                   <L 84>
        var_485 = wp::add(var_480, var_484);
        var_486 = wp::address(var_offsets, var_485);
        var_488 = wp::load(var_486);
        var_487 = wp::copy(var_488);
        // k = start                                                                              <L 85>
        var_489 = wp::copy(var_482);
        // while k < end:                                                                         <L 86>
        start_while_24:;
        var_490 = (var_489 < var_487);
        if ((var_490) == false) goto end_while_24;
            // j = sorted_ids[k]                                                                  <L 87>
            var_491 = wp::address(var_sorted_ids, var_489);
            var_493 = wp::load(var_491);
            var_492 = wp::copy(var_493);
            // k += 1                                                                             <L 88>
            var_495 = wp::add(var_489, var_494);
            // if j == tid:                                                                       <L 89>
            var_496 = (var_492 == var_0);
            if (var_496) {
                // continue                                                                       <L 90>
                wp::assign(var_489, var_495);
                wp::assign(var_32, var_492);
                goto start_while_24;
            }
            var_497 = wp::where(var_496, var_489, var_495);
            var_498 = wp::where(var_496, var_32, var_492);
            // d = points[j] - p                                                                  <L 91>
            var_499 = wp::address(var_points, var_498);
            var_501 = wp::load(var_499);
            var_500 = wp::sub(var_501, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_502 = wp::dot(var_500, var_500);
            // if d2 < r2:                                                                        <L 93>
            var_503 = (var_502 < var_7);
            if (var_503) {
                // count += 1                                                                     <L 94>
                var_505 = wp::add(var_9, var_504);
                // if d2 < best_d2:                                                               <L 95>
                var_506 = (var_502 < var_13);
                if (var_506) {
                    // best_d2 = d2                                                               <L 96>
                    var_507 = wp::copy(var_502);
                    // best = j                                                                   <L 97>
                    var_508 = wp::copy(var_498);
                }
                var_509 = wp::where(var_506, var_508, var_11);
                var_510 = wp::where(var_506, var_507, var_13);
            }
            var_511 = wp::where(var_503, var_505, var_9);
            var_512 = wp::where(var_503, var_509, var_11);
            var_513 = wp::where(var_503, var_510, var_13);
            wp::assign(var_9, var_511);
            wp::assign(var_11, var_512);
            wp::assign(var_13, var_513);
            wp::assign(var_489, var_497);
            wp::assign(var_32, var_498);
            wp::assign(var_39, var_500);
            wp::assign(var_41, var_502);
        goto start_while_24;
        end_while_24:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_515 = wp::add(var_4, var_514);
        var_516 = wp::add(var_5, var_475);
        var_517 = wp::add(var_6, var_359);
        var_518 = hash_cell_0(var_515, var_516, var_517, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_519 = wp::address(var_offsets, var_518);
        var_521 = wp::load(var_519);
        var_520 = wp::copy(var_521);
        // end = offsets[h + 1]                                                                   <L 84>
        var_523 = wp::add(var_518, var_522);
        var_524 = wp::address(var_offsets, var_523);
        var_526 = wp::load(var_524);
        var_525 = wp::copy(var_526);
        // k = start                                                                              <L 85>
        var_527 = wp::copy(var_520);
        // while k < end:                                                                         <L 86>
        start_while_26:;
        var_528 = (var_527 < var_525);
        if ((var_528) == false) goto end_while_26;
            // j = sorted_ids[k]                                                                  <L 87>
            var_529 = wp::address(var_sorted_ids, var_527);
            var_531 = wp::load(var_529);
            var_530 = wp::copy(var_531);
            // k += 1                                                                             <L 88>
            var_533 = wp::add(var_527, var_532);
            // if j == tid:                                                                       <L 89>
            var_534 = (var_530 == var_0);
            if (var_534) {
                // continue                                                                       <L 90>
                wp::assign(var_527, var_533);
                wp::assign(var_32, var_530);
                goto start_while_26;
            }
            var_535 = wp::where(var_534, var_527, var_533);
            var_536 = wp::where(var_534, var_32, var_530);
            // d = points[j] - p                                                                  <L 91>
            var_537 = wp::address(var_points, var_536);
            var_539 = wp::load(var_537);
            var_538 = wp::sub(var_539, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_540 = wp::dot(var_538, var_538);
            // if d2 < r2:                                                                        <L 93>
            var_541 = (var_540 < var_7);
            if (var_541) {
                // count += 1                                                                     <L 94>
                var_543 = wp::add(var_9, var_542);
                // if d2 < best_d2:                                                               <L 95>
                var_544 = (var_540 < var_13);
                if (var_544) {
                    // best_d2 = d2                                                               <L 96>
                    var_545 = wp::copy(var_540);
                    // best = j                                                                   <L 97>
                    var_546 = wp::copy(var_536);
                }
                var_547 = wp::where(var_544, var_546, var_11);
                var_548 = wp::where(var_544, var_545, var_13);
            }
            var_549 = wp::where(var_541, var_543, var_9);
            var_550 = wp::where(var_541, var_547, var_11);
            var_551 = wp::where(var_541, var_548, var_13);
            wp::assign(var_9, var_549);
            wp::assign(var_11, var_550);
            wp::assign(var_13, var_551);
            wp::assign(var_527, var_535);
            wp::assign(var_32, var_536);
            wp::assign(var_39, var_538);
            wp::assign(var_41, var_540);
        goto start_while_26;
        end_while_26:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_553 = wp::add(var_4, var_552);
        var_554 = wp::add(var_5, var_475);
        var_555 = wp::add(var_6, var_359);
        var_556 = hash_cell_0(var_553, var_554, var_555, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_557 = wp::address(var_offsets, var_556);
        var_559 = wp::load(var_557);
        var_558 = wp::copy(var_559);
        // end = offsets[h + 1]                                                                   <L 84>
        var_561 = wp::add(var_556, var_560);
        var_562 = wp::address(var_offsets, var_561);
        var_564 = wp::load(var_562);
        var_563 = wp::copy(var_564);
        // k = start                                                                              <L 85>
        var_565 = wp::copy(var_558);
        // while k < end:                                                                         <L 86>
        start_while_28:;
        var_566 = (var_565 < var_563);
        if ((var_566) == false) goto end_while_28;
            // j = sorted_ids[k]                                                                  <L 87>
            var_567 = wp::address(var_sorted_ids, var_565);
            var_569 = wp::load(var_567);
            var_568 = wp::copy(var_569);
            // k += 1                                                                             <L 88>
            var_571 = wp::add(var_565, var_570);
            // if j == tid:                                                                       <L 89>
            var_572 = (var_568 == var_0);
            if (var_572) {
                // continue                                                                       <L 90>
                wp::assign(var_565, var_571);
                wp::assign(var_32, var_568);
                goto start_while_28;
            }
            var_573 = wp::where(var_572, var_565, var_571);
            var_574 = wp::where(var_572, var_32, var_568);
            // d = points[j] - p                                                                  <L 91>
            var_575 = wp::address(var_points, var_574);
            var_577 = wp::load(var_575);
            var_576 = wp::sub(var_577, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_578 = wp::dot(var_576, var_576);
            // if d2 < r2:                                                                        <L 93>
            var_579 = (var_578 < var_7);
            if (var_579) {
                // count += 1                                                                     <L 94>
                var_581 = wp::add(var_9, var_580);
                // if d2 < best_d2:                                                               <L 95>
                var_582 = (var_578 < var_13);
                if (var_582) {
                    // best_d2 = d2                                                               <L 96>
                    var_583 = wp::copy(var_578);
                    // best = j                                                                   <L 97>
                    var_584 = wp::copy(var_574);
                }
                var_585 = wp::where(var_582, var_584, var_11);
                var_586 = wp::where(var_582, var_583, var_13);
            }
            var_587 = wp::where(var_579, var_581, var_9);
            var_588 = wp::where(var_579, var_585, var_11);
            var_589 = wp::where(var_579, var_586, var_13);
            wp::assign(var_9, var_587);
            wp::assign(var_11, var_588);
            wp::assign(var_13, var_589);
            wp::assign(var_565, var_573);
            wp::assign(var_32, var_574);
            wp::assign(var_39, var_576);
            wp::assign(var_41, var_578);
        goto start_while_28;
        end_while_28:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_592 = wp::add(var_4, var_591);
        var_593 = wp::add(var_5, var_590);
        var_594 = wp::add(var_6, var_359);
        var_595 = hash_cell_0(var_592, var_593, var_594, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_596 = wp::address(var_offsets, var_595);
        var_598 = wp::load(var_596);
        var_597 = wp::copy(var_598);
        // end = offsets[h + 1]                                                                   <L 84>
        var_600 = wp::add(var_595, var_599);
        var_601 = wp::address(var_offsets, var_600);
        var_603 = wp::load(var_601);
        var_602 = wp::copy(var_603);
        // k = start                                                                              <L 85>
        var_604 = wp::copy(var_597);
        // while k < end:                                                                         <L 86>
        start_while_30:;
        var_605 = (var_604 < var_602);
        if ((var_605) == false) goto end_while_30;
            // j = sorted_ids[k]                                                                  <L 87>
            var_606 = wp::address(var_sorted_ids, var_604);
            var_608 = wp::load(var_606);
            var_607 = wp::copy(var_608);
            // k += 1                                                                             <L 88>
            var_610 = wp::add(var_604, var_609);
            // if j == tid:                                                                       <L 89>
            var_611 = (var_607 == var_0);
            if (var_611) {
                // continue                                                                       <L 90>
                wp::assign(var_604, var_610);
                wp::assign(var_32, var_607);
                goto start_while_30;
            }
            var_612 = wp::where(var_611, var_604, var_610);
            var_613 = wp::where(var_611, var_32, var_607);
            // d = points[j] - p                                                                  <L 91>
            var_614 = wp::address(var_points, var_613);
            var_616 = wp::load(var_614);
            var_615 = wp::sub(var_616, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_617 = wp::dot(var_615, var_615);
            // if d2 < r2:                                                                        <L 93>
            var_618 = (var_617 < var_7);
            if (var_618) {
                // count += 1                                                                     <L 94>
                var_620 = wp::add(var_9, var_619);
                // if d2 < best_d2:                                                               <L 95>
                var_621 = (var_617 < var_13);
                if (var_621) {
                    // best_d2 = d2                                                               <L 96>
                    var_622 = wp::copy(var_617);
                    // best = j                                                                   <L 97>
                    var_623 = wp::copy(var_613);
                }
                var_624 = wp::where(var_621, var_623, var_11);
                var_625 = wp::where(var_621, var_622, var_13);
            }
            var_626 = wp::where(var_618, var_620, var_9);
            var_627 = wp::where(var_618, var_624, var_11);
            var_628 = wp::where(var_618, var_625, var_13);
            wp::assign(var_9, var_626);
            wp::assign(var_11, var_627);
            wp::assign(var_13, var_628);
            wp::assign(var_604, var_612);
            wp::assign(var_32, var_613);
            wp::assign(var_39, var_615);
            wp::assign(var_41, var_617);
        goto start_while_30;
        end_while_30:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_630 = wp::add(var_4, var_629);
        var_631 = wp::add(var_5, var_590);
        var_632 = wp::add(var_6, var_359);
        var_633 = hash_cell_0(var_630, var_631, var_632, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_634 = wp::address(var_offsets, var_633);
        var_636 = wp::load(var_634);
        var_635 = wp::copy(var_636);
        // end = offsets[h + 1]                                                                   <L 84>
        var_638 = wp::add(var_633, var_637);
        var_639 = wp::address(var_offsets, var_638);
        var_641 = wp::load(var_639);
        var_640 = wp::copy(var_641);
        // k = start                                                                              <L 85>
        var_642 = wp::copy(var_635);
        // while k < end:                                                                         <L 86>
        start_while_32:;
        var_643 = (var_642 < var_640);
        if ((var_643) == false) goto end_while_32;
            // j = sorted_ids[k]                                                                  <L 87>
            var_644 = wp::address(var_sorted_ids, var_642);
            var_646 = wp::load(var_644);
            var_645 = wp::copy(var_646);
            // k += 1                                                                             <L 88>
            var_648 = wp::add(var_642, var_647);
            // if j == tid:                                                                       <L 89>
            var_649 = (var_645 == var_0);
            if (var_649) {
                // continue                                                                       <L 90>
                wp::assign(var_642, var_648);
                wp::assign(var_32, var_645);
                goto start_while_32;
            }
            var_650 = wp::where(var_649, var_642, var_648);
            var_651 = wp::where(var_649, var_32, var_645);
            // d = points[j] - p                                                                  <L 91>
            var_652 = wp::address(var_points, var_651);
            var_654 = wp::load(var_652);
            var_653 = wp::sub(var_654, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_655 = wp::dot(var_653, var_653);
            // if d2 < r2:                                                                        <L 93>
            var_656 = (var_655 < var_7);
            if (var_656) {
                // count += 1                                                                     <L 94>
                var_658 = wp::add(var_9, var_657);
                // if d2 < best_d2:                                                               <L 95>
                var_659 = (var_655 < var_13);
                if (var_659) {
                    // best_d2 = d2                                                               <L 96>
                    var_660 = wp::copy(var_655);
                    // best = j                                                                   <L 97>
                    var_661 = wp::copy(var_651);
                }
                var_662 = wp::where(var_659, var_661, var_11);
                var_663 = wp::where(var_659, var_660, var_13);
            }
            var_664 = wp::where(var_656, var_658, var_9);
            var_665 = wp::where(var_656, var_662, var_11);
            var_666 = wp::where(var_656, var_663, var_13);
            wp::assign(var_9, var_664);
            wp::assign(var_11, var_665);
            wp::assign(var_13, var_666);
            wp::assign(var_642, var_650);
            wp::assign(var_32, var_651);
            wp::assign(var_39, var_653);
            wp::assign(var_41, var_655);
        goto start_while_32;
        end_while_32:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_668 = wp::add(var_4, var_667);
        var_669 = wp::add(var_5, var_590);
        var_670 = wp::add(var_6, var_359);
        var_671 = hash_cell_0(var_668, var_669, var_670, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_672 = wp::address(var_offsets, var_671);
        var_674 = wp::load(var_672);
        var_673 = wp::copy(var_674);
        // end = offsets[h + 1]                                                                   <L 84>
        var_676 = wp::add(var_671, var_675);
        var_677 = wp::address(var_offsets, var_676);
        var_679 = wp::load(var_677);
        var_678 = wp::copy(var_679);
        // k = start                                                                              <L 85>
        var_680 = wp::copy(var_673);
        // while k < end:                                                                         <L 86>
        start_while_34:;
        var_681 = (var_680 < var_678);
        if ((var_681) == false) goto end_while_34;
            // j = sorted_ids[k]                                                                  <L 87>
            var_682 = wp::address(var_sorted_ids, var_680);
            var_684 = wp::load(var_682);
            var_683 = wp::copy(var_684);
            // k += 1                                                                             <L 88>
            var_686 = wp::add(var_680, var_685);
            // if j == tid:                                                                       <L 89>
            var_687 = (var_683 == var_0);
            if (var_687) {
                // continue                                                                       <L 90>
                wp::assign(var_680, var_686);
                wp::assign(var_32, var_683);
                goto start_while_34;
            }
            var_688 = wp::where(var_687, var_680, var_686);
            var_689 = wp::where(var_687, var_32, var_683);
            // d = points[j] - p                                                                  <L 91>
            var_690 = wp::address(var_points, var_689);
            var_692 = wp::load(var_690);
            var_691 = wp::sub(var_692, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_693 = wp::dot(var_691, var_691);
            // if d2 < r2:                                                                        <L 93>
            var_694 = (var_693 < var_7);
            if (var_694) {
                // count += 1                                                                     <L 94>
                var_696 = wp::add(var_9, var_695);
                // if d2 < best_d2:                                                               <L 95>
                var_697 = (var_693 < var_13);
                if (var_697) {
                    // best_d2 = d2                                                               <L 96>
                    var_698 = wp::copy(var_693);
                    // best = j                                                                   <L 97>
                    var_699 = wp::copy(var_689);
                }
                var_700 = wp::where(var_697, var_699, var_11);
                var_701 = wp::where(var_697, var_698, var_13);
            }
            var_702 = wp::where(var_694, var_696, var_9);
            var_703 = wp::where(var_694, var_700, var_11);
            var_704 = wp::where(var_694, var_701, var_13);
            wp::assign(var_9, var_702);
            wp::assign(var_11, var_703);
            wp::assign(var_13, var_704);
            wp::assign(var_680, var_688);
            wp::assign(var_32, var_689);
            wp::assign(var_39, var_691);
            wp::assign(var_41, var_693);
        goto start_while_34;
        end_while_34:;
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_708 = wp::add(var_4, var_707);
        var_709 = wp::add(var_5, var_706);
        var_710 = wp::add(var_6, var_705);
        var_711 = hash_cell_0(var_708, var_709, var_710, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_712 = wp::address(var_offsets, var_711);
        var_714 = wp::load(var_712);
        var_713 = wp::copy(var_714);
        // end = offsets[h + 1]                                                                   <L 84>
        var_716 = wp::add(var_711, var_715);
        var_717 = wp::address(var_offsets, var_716);
        var_719 = wp::load(var_717);
        var_718 = wp::copy(var_719);
        // k = start                                                                              <L 85>
        var_720 = wp::copy(var_713);
        // while k < end:                                                                         <L 86>
        start_while_36:;
        var_721 = (var_720 < var_718);
        if ((var_721) == false) goto end_while_36;
            // j = sorted_ids[k]                                                                  <L 87>
            var_722 = wp::address(var_sorted_ids, var_720);
            var_724 = wp::load(var_722);
            var_723 = wp::copy(var_724);
            // k += 1                                                                             <L 88>
            var_726 = wp::add(var_720, var_725);
            // if j == tid:                                                                       <L 89>
            var_727 = (var_723 == var_0);
            if (var_727) {
                // continue                                                                       <L 90>
                wp::assign(var_720, var_726);
                wp::assign(var_32, var_723);
                goto start_while_36;
            }
            var_728 = wp::where(var_727, var_720, var_726);
            var_729 = wp::where(var_727, var_32, var_723);
            // d = points[j] - p                                                                  <L 91>
            var_730 = wp::address(var_points, var_729);
            var_732 = wp::load(var_730);
            var_731 = wp::sub(var_732, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_733 = wp::dot(var_731, var_731);
            // if d2 < r2:                                                                        <L 93>
            var_734 = (var_733 < var_7);
            if (var_734) {
                // count += 1                                                                     <L 94>
                var_736 = wp::add(var_9, var_735);
                // if d2 < best_d2:                                                               <L 95>
                var_737 = (var_733 < var_13);
                if (var_737) {
                    // best_d2 = d2                                                               <L 96>
                    var_738 = wp::copy(var_733);
                    // best = j                                                                   <L 97>
                    var_739 = wp::copy(var_729);
                }
                var_740 = wp::where(var_737, var_739, var_11);
                var_741 = wp::where(var_737, var_738, var_13);
            }
            var_742 = wp::where(var_734, var_736, var_9);
            var_743 = wp::where(var_734, var_740, var_11);
            var_744 = wp::where(var_734, var_741, var_13);
            wp::assign(var_9, var_742);
            wp::assign(var_11, var_743);
            wp::assign(var_13, var_744);
            wp::assign(var_720, var_728);
            wp::assign(var_32, var_729);
            wp::assign(var_39, var_731);
            wp::assign(var_41, var_733);
        goto start_while_36;
        end_while_36:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_746 = wp::add(var_4, var_745);
        var_747 = wp::add(var_5, var_706);
        var_748 = wp::add(var_6, var_705);
        var_749 = hash_cell_0(var_746, var_747, var_748, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_750 = wp::address(var_offsets, var_749);
        var_752 = wp::load(var_750);
        var_751 = wp::copy(var_752);
        // end = offsets[h + 1]                                                                   <L 84>
        var_754 = wp::add(var_749, var_753);
        var_755 = wp::address(var_offsets, var_754);
        var_757 = wp::load(var_755);
        var_756 = wp::copy(var_757);
        // k = start                                                                              <L 85>
        var_758 = wp::copy(var_751);
        // while k < end:                                                                         <L 86>
        start_while_38:;
        var_759 = (var_758 < var_756);
        if ((var_759) == false) goto end_while_38;
            // j = sorted_ids[k]                                                                  <L 87>
            var_760 = wp::address(var_sorted_ids, var_758);
            var_762 = wp::load(var_760);
            var_761 = wp::copy(var_762);
            // k += 1                                                                             <L 88>
            var_764 = wp::add(var_758, var_763);
            // if j == tid:                                                                       <L 89>
            var_765 = (var_761 == var_0);
            if (var_765) {
                // continue                                                                       <L 90>
                wp::assign(var_758, var_764);
                wp::assign(var_32, var_761);
                goto start_while_38;
            }
            var_766 = wp::where(var_765, var_758, var_764);
            var_767 = wp::where(var_765, var_32, var_761);
            // d = points[j] - p                                                                  <L 91>
            var_768 = wp::address(var_points, var_767);
            var_770 = wp::load(var_768);
            var_769 = wp::sub(var_770, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_771 = wp::dot(var_769, var_769);
            // if d2 < r2:                                                                        <L 93>
            var_772 = (var_771 < var_7);
            if (var_772) {
                // count += 1                                                                     <L 94>
                var_774 = wp::add(var_9, var_773);
                // if d2 < best_d2:                                                               <L 95>
                var_775 = (var_771 < var_13);
                if (var_775) {
                    // best_d2 = d2                                                               <L 96>
                    var_776 = wp::copy(var_771);
                    // best = j                                                                   <L 97>
                    var_777 = wp::copy(var_767);
                }
                var_778 = wp::where(var_775, var_777, var_11);
                var_779 = wp::where(var_775, var_776, var_13);
            }
            var_780 = wp::where(var_772, var_774, var_9);
            var_781 = wp::where(var_772, var_778, var_11);
            var_782 = wp::where(var_772, var_779, var_13);
            wp::assign(var_9, var_780);
            wp::assign(var_11, var_781);
            wp::assign(var_13, var_782);
            wp::assign(var_758, var_766);
            wp::assign(var_32, var_767);
            wp::assign(var_39, var_769);
            wp::assign(var_41, var_771);
        goto start_while_38;
        end_while_38:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_784 = wp::add(var_4, var_783);
        var_785 = wp::add(var_5, var_706);
        var_786 = wp::add(var_6, var_705);
        var_787 = hash_cell_0(var_784, var_785, var_786, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_788 = wp::address(var_offsets, var_787);
        var_790 = wp::load(var_788);
        var_789 = wp::copy(var_790);
        // end = offsets[h + 1]                                                                   <L 84>
        var_792 = wp::add(var_787, var_791);
        var_793 = wp::address(var_offsets, var_792);
        var_795 = wp::load(var_793);
        var_794 = wp::copy(var_795);
        // k = start                                                                              <L 85>
        var_796 = wp::copy(var_789);
        // while k < end:                                                                         <L 86>
        start_while_40:;
        var_797 = (var_796 < var_794);
        if ((var_797) == false) goto end_while_40;
            // j = sorted_ids[k]                                                                  <L 87>
            var_798 = wp::address(var_sorted_ids, var_796);
            var_800 = wp::load(var_798);
            var_799 = wp::copy(var_800);
            // k += 1                                                                             <L 88>
            var_802 = wp::add(var_796, var_801);
            // if j == tid:                                                                       <L 89>
            var_803 = (var_799 == var_0);
            if (var_803) {
                // continue                                                                       <L 90>
                wp::assign(var_796, var_802);
                wp::assign(var_32, var_799);
                goto start_while_40;
            }
            var_804 = wp::where(var_803, var_796, var_802);
            var_805 = wp::where(var_803, var_32, var_799);
            // d = points[j] - p                                                                  <L 91>
            var_806 = wp::address(var_points, var_805);
            var_808 = wp::load(var_806);
            var_807 = wp::sub(var_808, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_809 = wp::dot(var_807, var_807);
            // if d2 < r2:                                                                        <L 93>
            var_810 = (var_809 < var_7);
            if (var_810) {
                // count += 1                                                                     <L 94>
                var_812 = wp::add(var_9, var_811);
                // if d2 < best_d2:                                                               <L 95>
                var_813 = (var_809 < var_13);
                if (var_813) {
                    // best_d2 = d2                                                               <L 96>
                    var_814 = wp::copy(var_809);
                    // best = j                                                                   <L 97>
                    var_815 = wp::copy(var_805);
                }
                var_816 = wp::where(var_813, var_815, var_11);
                var_817 = wp::where(var_813, var_814, var_13);
            }
            var_818 = wp::where(var_810, var_812, var_9);
            var_819 = wp::where(var_810, var_816, var_11);
            var_820 = wp::where(var_810, var_817, var_13);
            wp::assign(var_9, var_818);
            wp::assign(var_11, var_819);
            wp::assign(var_13, var_820);
            wp::assign(var_796, var_804);
            wp::assign(var_32, var_805);
            wp::assign(var_39, var_807);
            wp::assign(var_41, var_809);
        goto start_while_40;
        end_while_40:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_823 = wp::add(var_4, var_822);
        var_824 = wp::add(var_5, var_821);
        var_825 = wp::add(var_6, var_705);
        var_826 = hash_cell_0(var_823, var_824, var_825, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_827 = wp::address(var_offsets, var_826);
        var_829 = wp::load(var_827);
        var_828 = wp::copy(var_829);
        // end = offsets[h + 1]                                                                   <L 84>
        var_831 = wp::add(var_826, var_830);
        var_832 = wp::address(var_offsets, var_831);
        var_834 = wp::load(var_832);
        var_833 = wp::copy(var_834);
        // k = start                                                                              <L 85>
        var_835 = wp::copy(var_828);
        // while k < end:                                                                         <L 86>
        start_while_42:;
        var_836 = (var_835 < var_833);
        if ((var_836) == false) goto end_while_42;
            // j = sorted_ids[k]                                                                  <L 87>
            var_837 = wp::address(var_sorted_ids, var_835);
            var_839 = wp::load(var_837);
            var_838 = wp::copy(var_839);
            // k += 1                                                                             <L 88>
            var_841 = wp::add(var_835, var_840);
            // if j == tid:                                                                       <L 89>
            var_842 = (var_838 == var_0);
            if (var_842) {
                // continue                                                                       <L 90>
                wp::assign(var_835, var_841);
                wp::assign(var_32, var_838);
                goto start_while_42;
            }
            var_843 = wp::where(var_842, var_835, var_841);
            var_844 = wp::where(var_842, var_32, var_838);
            // d = points[j] - p                                                                  <L 91>
            var_845 = wp::address(var_points, var_844);
            var_847 = wp::load(var_845);
            var_846 = wp::sub(var_847, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_848 = wp::dot(var_846, var_846);
            // if d2 < r2:                                                                        <L 93>
            var_849 = (var_848 < var_7);
            if (var_849) {
                // count += 1                                                                     <L 94>
                var_851 = wp::add(var_9, var_850);
                // if d2 < best_d2:                                                               <L 95>
                var_852 = (var_848 < var_13);
                if (var_852) {
                    // best_d2 = d2                                                               <L 96>
                    var_853 = wp::copy(var_848);
                    // best = j                                                                   <L 97>
                    var_854 = wp::copy(var_844);
                }
                var_855 = wp::where(var_852, var_854, var_11);
                var_856 = wp::where(var_852, var_853, var_13);
            }
            var_857 = wp::where(var_849, var_851, var_9);
            var_858 = wp::where(var_849, var_855, var_11);
            var_859 = wp::where(var_849, var_856, var_13);
            wp::assign(var_9, var_857);
            wp::assign(var_11, var_858);
            wp::assign(var_13, var_859);
            wp::assign(var_835, var_843);
            wp::assign(var_32, var_844);
            wp::assign(var_39, var_846);
            wp::assign(var_41, var_848);
        goto start_while_42;
        end_while_42:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_861 = wp::add(var_4, var_860);
        var_862 = wp::add(var_5, var_821);
        var_863 = wp::add(var_6, var_705);
        var_864 = hash_cell_0(var_861, var_862, var_863, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_865 = wp::address(var_offsets, var_864);
        var_867 = wp::load(var_865);
        var_866 = wp::copy(var_867);
        // end = offsets[h + 1]                                                                   <L 84>
        var_869 = wp::add(var_864, var_868);
        var_870 = wp::address(var_offsets, var_869);
        var_872 = wp::load(var_870);
        var_871 = wp::copy(var_872);
        // k = start                                                                              <L 85>
        var_873 = wp::copy(var_866);
        // while k < end:                                                                         <L 86>
        start_while_44:;
        var_874 = (var_873 < var_871);
        if ((var_874) == false) goto end_while_44;
            // j = sorted_ids[k]                                                                  <L 87>
            var_875 = wp::address(var_sorted_ids, var_873);
            var_877 = wp::load(var_875);
            var_876 = wp::copy(var_877);
            // k += 1                                                                             <L 88>
            var_879 = wp::add(var_873, var_878);
            // if j == tid:                                                                       <L 89>
            var_880 = (var_876 == var_0);
            if (var_880) {
                // continue                                                                       <L 90>
                wp::assign(var_873, var_879);
                wp::assign(var_32, var_876);
                goto start_while_44;
            }
            var_881 = wp::where(var_880, var_873, var_879);
            var_882 = wp::where(var_880, var_32, var_876);
            // d = points[j] - p                                                                  <L 91>
            var_883 = wp::address(var_points, var_882);
            var_885 = wp::load(var_883);
            var_884 = wp::sub(var_885, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_886 = wp::dot(var_884, var_884);
            // if d2 < r2:                                                                        <L 93>
            var_887 = (var_886 < var_7);
            if (var_887) {
                // count += 1                                                                     <L 94>
                var_889 = wp::add(var_9, var_888);
                // if d2 < best_d2:                                                               <L 95>
                var_890 = (var_886 < var_13);
                if (var_890) {
                    // best_d2 = d2                                                               <L 96>
                    var_891 = wp::copy(var_886);
                    // best = j                                                                   <L 97>
                    var_892 = wp::copy(var_882);
                }
                var_893 = wp::where(var_890, var_892, var_11);
                var_894 = wp::where(var_890, var_891, var_13);
            }
            var_895 = wp::where(var_887, var_889, var_9);
            var_896 = wp::where(var_887, var_893, var_11);
            var_897 = wp::where(var_887, var_894, var_13);
            wp::assign(var_9, var_895);
            wp::assign(var_11, var_896);
            wp::assign(var_13, var_897);
            wp::assign(var_873, var_881);
            wp::assign(var_32, var_882);
            wp::assign(var_39, var_884);
            wp::assign(var_41, var_886);
        goto start_while_44;
        end_while_44:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_899 = wp::add(var_4, var_898);
        var_900 = wp::add(var_5, var_821);
        var_901 = wp::add(var_6, var_705);
        var_902 = hash_cell_0(var_899, var_900, var_901, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_903 = wp::address(var_offsets, var_902);
        var_905 = wp::load(var_903);
        var_904 = wp::copy(var_905);
        // end = offsets[h + 1]                                                                   <L 84>
        var_907 = wp::add(var_902, var_906);
        var_908 = wp::address(var_offsets, var_907);
        var_910 = wp::load(var_908);
        var_909 = wp::copy(var_910);
        // k = start                                                                              <L 85>
        var_911 = wp::copy(var_904);
        // while k < end:                                                                         <L 86>
        start_while_46:;
        var_912 = (var_911 < var_909);
        if ((var_912) == false) goto end_while_46;
            // j = sorted_ids[k]                                                                  <L 87>
            var_913 = wp::address(var_sorted_ids, var_911);
            var_915 = wp::load(var_913);
            var_914 = wp::copy(var_915);
            // k += 1                                                                             <L 88>
            var_917 = wp::add(var_911, var_916);
            // if j == tid:                                                                       <L 89>
            var_918 = (var_914 == var_0);
            if (var_918) {
                // continue                                                                       <L 90>
                wp::assign(var_911, var_917);
                wp::assign(var_32, var_914);
                goto start_while_46;
            }
            var_919 = wp::where(var_918, var_911, var_917);
            var_920 = wp::where(var_918, var_32, var_914);
            // d = points[j] - p                                                                  <L 91>
            var_921 = wp::address(var_points, var_920);
            var_923 = wp::load(var_921);
            var_922 = wp::sub(var_923, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_924 = wp::dot(var_922, var_922);
            // if d2 < r2:                                                                        <L 93>
            var_925 = (var_924 < var_7);
            if (var_925) {
                // count += 1                                                                     <L 94>
                var_927 = wp::add(var_9, var_926);
                // if d2 < best_d2:                                                               <L 95>
                var_928 = (var_924 < var_13);
                if (var_928) {
                    // best_d2 = d2                                                               <L 96>
                    var_929 = wp::copy(var_924);
                    // best = j                                                                   <L 97>
                    var_930 = wp::copy(var_920);
                }
                var_931 = wp::where(var_928, var_930, var_11);
                var_932 = wp::where(var_928, var_929, var_13);
            }
            var_933 = wp::where(var_925, var_927, var_9);
            var_934 = wp::where(var_925, var_931, var_11);
            var_935 = wp::where(var_925, var_932, var_13);
            wp::assign(var_9, var_933);
            wp::assign(var_11, var_934);
            wp::assign(var_13, var_935);
            wp::assign(var_911, var_919);
            wp::assign(var_32, var_920);
            wp::assign(var_39, var_922);
            wp::assign(var_41, var_924);
        goto start_while_46;
        end_while_46:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_938 = wp::add(var_4, var_937);
        var_939 = wp::add(var_5, var_936);
        var_940 = wp::add(var_6, var_705);
        var_941 = hash_cell_0(var_938, var_939, var_940, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_942 = wp::address(var_offsets, var_941);
        var_944 = wp::load(var_942);
        var_943 = wp::copy(var_944);
        // end = offsets[h + 1]                                                                   <L 84>
        var_946 = wp::add(var_941, var_945);
        var_947 = wp::address(var_offsets, var_946);
        var_949 = wp::load(var_947);
        var_948 = wp::copy(var_949);
        // k = start                                                                              <L 85>
        var_950 = wp::copy(var_943);
        // while k < end:                                                                         <L 86>
        start_while_48:;
        var_951 = (var_950 < var_948);
        if ((var_951) == false) goto end_while_48;
            // j = sorted_ids[k]                                                                  <L 87>
            var_952 = wp::address(var_sorted_ids, var_950);
            var_954 = wp::load(var_952);
            var_953 = wp::copy(var_954);
            // k += 1                                                                             <L 88>
            var_956 = wp::add(var_950, var_955);
            // if j == tid:                                                                       <L 89>
            var_957 = (var_953 == var_0);
            if (var_957) {
                // continue                                                                       <L 90>
                wp::assign(var_950, var_956);
                wp::assign(var_32, var_953);
                goto start_while_48;
            }
            var_958 = wp::where(var_957, var_950, var_956);
            var_959 = wp::where(var_957, var_32, var_953);
            // d = points[j] - p                                                                  <L 91>
            var_960 = wp::address(var_points, var_959);
            var_962 = wp::load(var_960);
            var_961 = wp::sub(var_962, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_963 = wp::dot(var_961, var_961);
            // if d2 < r2:                                                                        <L 93>
            var_964 = (var_963 < var_7);
            if (var_964) {
                // count += 1                                                                     <L 94>
                var_966 = wp::add(var_9, var_965);
                // if d2 < best_d2:                                                               <L 95>
                var_967 = (var_963 < var_13);
                if (var_967) {
                    // best_d2 = d2                                                               <L 96>
                    var_968 = wp::copy(var_963);
                    // best = j                                                                   <L 97>
                    var_969 = wp::copy(var_959);
                }
                var_970 = wp::where(var_967, var_969, var_11);
                var_971 = wp::where(var_967, var_968, var_13);
            }
            var_972 = wp::where(var_964, var_966, var_9);
            var_973 = wp::where(var_964, var_970, var_11);
            var_974 = wp::where(var_964, var_971, var_13);
            wp::assign(var_9, var_972);
            wp::assign(var_11, var_973);
            wp::assign(var_13, var_974);
            wp::assign(var_950, var_958);
            wp::assign(var_32, var_959);
            wp::assign(var_39, var_961);
            wp::assign(var_41, var_963);
        goto start_while_48;
        end_while_48:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_976 = wp::add(var_4, var_975);
        var_977 = wp::add(var_5, var_936);
        var_978 = wp::add(var_6, var_705);
        var_979 = hash_cell_0(var_976, var_977, var_978, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_980 = wp::address(var_offsets, var_979);
        var_982 = wp::load(var_980);
        var_981 = wp::copy(var_982);
        // end = offsets[h + 1]                                                                   <L 84>
        var_984 = wp::add(var_979, var_983);
        var_985 = wp::address(var_offsets, var_984);
        var_987 = wp::load(var_985);
        var_986 = wp::copy(var_987);
        // k = start                                                                              <L 85>
        var_988 = wp::copy(var_981);
        // while k < end:                                                                         <L 86>
        start_while_50:;
        var_989 = (var_988 < var_986);
        if ((var_989) == false) goto end_while_50;
            // j = sorted_ids[k]                                                                  <L 87>
            var_990 = wp::address(var_sorted_ids, var_988);
            var_992 = wp::load(var_990);
            var_991 = wp::copy(var_992);
            // k += 1                                                                             <L 88>
            var_994 = wp::add(var_988, var_993);
            // if j == tid:                                                                       <L 89>
            var_995 = (var_991 == var_0);
            if (var_995) {
                // continue                                                                       <L 90>
                wp::assign(var_988, var_994);
                wp::assign(var_32, var_991);
                goto start_while_50;
            }
            var_996 = wp::where(var_995, var_988, var_994);
            var_997 = wp::where(var_995, var_32, var_991);
            // d = points[j] - p                                                                  <L 91>
            var_998 = wp::address(var_points, var_997);
            var_1000 = wp::load(var_998);
            var_999 = wp::sub(var_1000, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_1001 = wp::dot(var_999, var_999);
            // if d2 < r2:                                                                        <L 93>
            var_1002 = (var_1001 < var_7);
            if (var_1002) {
                // count += 1                                                                     <L 94>
                var_1004 = wp::add(var_9, var_1003);
                // if d2 < best_d2:                                                               <L 95>
                var_1005 = (var_1001 < var_13);
                if (var_1005) {
                    // best_d2 = d2                                                               <L 96>
                    var_1006 = wp::copy(var_1001);
                    // best = j                                                                   <L 97>
                    var_1007 = wp::copy(var_997);
                }
                var_1008 = wp::where(var_1005, var_1007, var_11);
                var_1009 = wp::where(var_1005, var_1006, var_13);
            }
            var_1010 = wp::where(var_1002, var_1004, var_9);
            var_1011 = wp::where(var_1002, var_1008, var_11);
            var_1012 = wp::where(var_1002, var_1009, var_13);
            wp::assign(var_9, var_1010);
            wp::assign(var_11, var_1011);
            wp::assign(var_13, var_1012);
            wp::assign(var_988, var_996);
            wp::assign(var_32, var_997);
            wp::assign(var_39, var_999);
            wp::assign(var_41, var_1001);
        goto start_while_50;
        end_while_50:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_1014 = wp::add(var_4, var_1013);
        var_1015 = wp::add(var_5, var_936);
        var_1016 = wp::add(var_6, var_705);
        var_1017 = hash_cell_0(var_1014, var_1015, var_1016, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_1018 = wp::address(var_offsets, var_1017);
        var_1020 = wp::load(var_1018);
        var_1019 = wp::copy(var_1020);
        // end = offsets[h + 1]                                                                   <L 84>
        var_1022 = wp::add(var_1017, var_1021);
        var_1023 = wp::address(var_offsets, var_1022);
        var_1025 = wp::load(var_1023);
        var_1024 = wp::copy(var_1025);
        // k = start                                                                              <L 85>
        var_1026 = wp::copy(var_1019);
        // while k < end:                                                                         <L 86>
        start_while_52:;
        var_1027 = (var_1026 < var_1024);
        if ((var_1027) == false) goto end_while_52;
            // j = sorted_ids[k]                                                                  <L 87>
            var_1028 = wp::address(var_sorted_ids, var_1026);
            var_1030 = wp::load(var_1028);
            var_1029 = wp::copy(var_1030);
            // k += 1                                                                             <L 88>
            var_1032 = wp::add(var_1026, var_1031);
            // if j == tid:                                                                       <L 89>
            var_1033 = (var_1029 == var_0);
            if (var_1033) {
                // continue                                                                       <L 90>
                wp::assign(var_1026, var_1032);
                wp::assign(var_32, var_1029);
                goto start_while_52;
            }
            var_1034 = wp::where(var_1033, var_1026, var_1032);
            var_1035 = wp::where(var_1033, var_32, var_1029);
            // d = points[j] - p                                                                  <L 91>
            var_1036 = wp::address(var_points, var_1035);
            var_1038 = wp::load(var_1036);
            var_1037 = wp::sub(var_1038, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_1039 = wp::dot(var_1037, var_1037);
            // if d2 < r2:                                                                        <L 93>
            var_1040 = (var_1039 < var_7);
            if (var_1040) {
                // count += 1                                                                     <L 94>
                var_1042 = wp::add(var_9, var_1041);
                // if d2 < best_d2:                                                               <L 95>
                var_1043 = (var_1039 < var_13);
                if (var_1043) {
                    // best_d2 = d2                                                               <L 96>
                    var_1044 = wp::copy(var_1039);
                    // best = j                                                                   <L 97>
                    var_1045 = wp::copy(var_1035);
                }
                var_1046 = wp::where(var_1043, var_1045, var_11);
                var_1047 = wp::where(var_1043, var_1044, var_13);
            }
            var_1048 = wp::where(var_1040, var_1042, var_9);
            var_1049 = wp::where(var_1040, var_1046, var_11);
            var_1050 = wp::where(var_1040, var_1047, var_13);
            wp::assign(var_9, var_1048);
            wp::assign(var_11, var_1049);
            wp::assign(var_13, var_1050);
            wp::assign(var_1026, var_1034);
            wp::assign(var_32, var_1035);
            wp::assign(var_39, var_1037);
            wp::assign(var_41, var_1039);
        goto start_while_52;
        end_while_52:;
        // neighbor_count[tid] = count                                                            <L 98>
        wp::array_store(var_neighbor_count, var_0, var_9);
        // closest[tid] = best                                                                    <L 99>
        wp::array_store(var_closest, var_0, var_11);
    }
}

