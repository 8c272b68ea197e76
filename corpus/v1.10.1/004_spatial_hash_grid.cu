
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
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
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
            var_5 = wp::address(var_counts, var_3);
            var_7 = wp::load(var_5);
            var_6 = wp::add(var_1, var_7);
            wp::assign(var_1, var_6);
            goto start_for_0;
        end_for_0:;
        // offsets[n] = running                                                                   <L 45>
        wp::array_store(var_offsets, var_n, var_1);
    }
}



extern "C" __global__ void scatter_points_295e7ab4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
    wp::launch_bounds_t dim,
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
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = -1;
        wp::int32 var_12;
        const wp::float32 var_13 = 1e+30;
        wp::float32 var_14;
        const wp::int32 var_15 = -1;
        const wp::int32 var_16 = -1;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        bool var_31;
        wp::int32* var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        bool var_38;
        wp::int32 var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        bool var_44;
        const wp::int32 var_45 = 1;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        bool var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::float32 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 0;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32* var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        wp::int32* var_66;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        bool var_70;
        wp::int32* var_71;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 1;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        bool var_77;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::vec_t<3, wp::float32>* var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::float32 var_83;
        bool var_84;
        const wp::int32 var_85 = 1;
        const wp::int32 var_86 = 1;
        wp::int32 var_87;
        bool var_88;
        wp::float32 var_89;
        wp::int32 var_90;
        wp::int32 var_91;
        wp::float32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::float32 var_95;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32* var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        const wp::int32 var_104 = 1;
        wp::int32 var_105;
        wp::int32* var_106;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        bool var_110;
        wp::int32* var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 1;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        bool var_117;
        wp::int32 var_118;
        wp::int32 var_119;
        wp::vec_t<3, wp::float32>* var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::float32 var_123;
        bool var_124;
        const wp::int32 var_125 = 1;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        bool var_128;
        wp::float32 var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::float32 var_132;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::float32 var_135;
        const wp::int32 var_136 = 0;
        const wp::int32 var_137 = -1;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        wp::int32* var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        const wp::int32 var_145 = 1;
        wp::int32 var_146;
        wp::int32* var_147;
        wp::int32 var_148;
        wp::int32 var_149;
        wp::int32 var_150;
        bool var_151;
        wp::int32* var_152;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        bool var_158;
        wp::int32 var_159;
        wp::int32 var_160;
        wp::vec_t<3, wp::float32>* var_161;
        wp::vec_t<3, wp::float32> var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::float32 var_164;
        bool var_165;
        const wp::int32 var_166 = 1;
        const wp::int32 var_167 = 1;
        wp::int32 var_168;
        bool var_169;
        wp::float32 var_170;
        wp::int32 var_171;
        wp::int32 var_172;
        wp::float32 var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 0;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::int32 var_180;
        wp::int32 var_181;
        wp::int32* var_182;
        wp::int32 var_183;
        wp::int32 var_184;
        const wp::int32 var_185 = 1;
        wp::int32 var_186;
        wp::int32* var_187;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        bool var_191;
        wp::int32* var_192;
        wp::int32 var_193;
        wp::int32 var_194;
        const wp::int32 var_195 = 1;
        const wp::int32 var_196 = 1;
        wp::int32 var_197;
        bool var_198;
        wp::int32 var_199;
        wp::int32 var_200;
        wp::vec_t<3, wp::float32>* var_201;
        wp::vec_t<3, wp::float32> var_202;
        wp::vec_t<3, wp::float32> var_203;
        wp::float32 var_204;
        bool var_205;
        const wp::int32 var_206 = 1;
        const wp::int32 var_207 = 1;
        wp::int32 var_208;
        bool var_209;
        wp::float32 var_210;
        wp::int32 var_211;
        wp::int32 var_212;
        wp::float32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 1;
        wp::int32 var_218;
        wp::int32 var_219;
        wp::int32 var_220;
        wp::int32 var_221;
        wp::int32* var_222;
        wp::int32 var_223;
        wp::int32 var_224;
        const wp::int32 var_225 = 1;
        wp::int32 var_226;
        wp::int32* var_227;
        wp::int32 var_228;
        wp::int32 var_229;
        wp::int32 var_230;
        bool var_231;
        wp::int32* var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        const wp::int32 var_235 = 1;
        const wp::int32 var_236 = 1;
        wp::int32 var_237;
        bool var_238;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::vec_t<3, wp::float32>* var_241;
        wp::vec_t<3, wp::float32> var_242;
        wp::vec_t<3, wp::float32> var_243;
        wp::float32 var_244;
        bool var_245;
        const wp::int32 var_246 = 1;
        const wp::int32 var_247 = 1;
        wp::int32 var_248;
        bool var_249;
        wp::float32 var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        wp::float32 var_253;
        wp::int32 var_254;
        wp::int32 var_255;
        wp::float32 var_256;
        const wp::int32 var_257 = 1;
        const wp::int32 var_258 = -1;
        wp::int32 var_259;
        wp::int32 var_260;
        wp::int32 var_261;
        wp::int32 var_262;
        wp::int32* var_263;
        wp::int32 var_264;
        wp::int32 var_265;
        const wp::int32 var_266 = 1;
        wp::int32 var_267;
        wp::int32* var_268;
        wp::int32 var_269;
        wp::int32 var_270;
        wp::int32 var_271;
        bool var_272;
        wp::int32* var_273;
        wp::int32 var_274;
        wp::int32 var_275;
        const wp::int32 var_276 = 1;
        const wp::int32 var_277 = 1;
        wp::int32 var_278;
        bool var_279;
        wp::int32 var_280;
        wp::int32 var_281;
        wp::vec_t<3, wp::float32>* var_282;
        wp::vec_t<3, wp::float32> var_283;
        wp::vec_t<3, wp::float32> var_284;
        wp::float32 var_285;
        bool var_286;
        const wp::int32 var_287 = 1;
        const wp::int32 var_288 = 1;
        wp::int32 var_289;
        bool var_290;
        wp::float32 var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        wp::float32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        wp::float32 var_297;
        const wp::int32 var_298 = 0;
        wp::int32 var_299;
        wp::int32 var_300;
        wp::int32 var_301;
        wp::int32 var_302;
        wp::int32* var_303;
        wp::int32 var_304;
        wp::int32 var_305;
        const wp::int32 var_306 = 1;
        wp::int32 var_307;
        wp::int32* var_308;
        wp::int32 var_309;
        wp::int32 var_310;
        wp::int32 var_311;
        bool var_312;
        wp::int32* var_313;
        wp::int32 var_314;
        wp::int32 var_315;
        const wp::int32 var_316 = 1;
        const wp::int32 var_317 = 1;
        wp::int32 var_318;
        bool var_319;
        wp::int32 var_320;
        wp::int32 var_321;
        wp::vec_t<3, wp::float32>* var_322;
        wp::vec_t<3, wp::float32> var_323;
        wp::vec_t<3, wp::float32> var_324;
        wp::float32 var_325;
        bool var_326;
        const wp::int32 var_327 = 1;
        const wp::int32 var_328 = 1;
        wp::int32 var_329;
        bool var_330;
        wp::float32 var_331;
        wp::int32 var_332;
        wp::int32 var_333;
        wp::float32 var_334;
        wp::int32 var_335;
        wp::int32 var_336;
        wp::float32 var_337;
        const wp::int32 var_338 = 1;
        wp::int32 var_339;
        wp::int32 var_340;
        wp::int32 var_341;
        wp::int32 var_342;
        wp::int32* var_343;
        wp::int32 var_344;
        wp::int32 var_345;
        const wp::int32 var_346 = 1;
        wp::int32 var_347;
        wp::int32* var_348;
        wp::int32 var_349;
        wp::int32 var_350;
        wp::int32 var_351;
        bool var_352;
        wp::int32* var_353;
        wp::int32 var_354;
        wp::int32 var_355;
        const wp::int32 var_356 = 1;
        const wp::int32 var_357 = 1;
        wp::int32 var_358;
        bool var_359;
        wp::int32 var_360;
        wp::int32 var_361;
        wp::vec_t<3, wp::float32>* var_362;
        wp::vec_t<3, wp::float32> var_363;
        wp::vec_t<3, wp::float32> var_364;
        wp::float32 var_365;
        bool var_366;
        const wp::int32 var_367 = 1;
        const wp::int32 var_368 = 1;
        wp::int32 var_369;
        bool var_370;
        wp::float32 var_371;
        wp::int32 var_372;
        wp::int32 var_373;
        wp::float32 var_374;
        wp::int32 var_375;
        wp::int32 var_376;
        wp::float32 var_377;
        const wp::int32 var_378 = 0;
        const wp::int32 var_379 = -1;
        const wp::int32 var_380 = -1;
        wp::int32 var_381;
        wp::int32 var_382;
        wp::int32 var_383;
        wp::int32 var_384;
        wp::int32* var_385;
        wp::int32 var_386;
        wp::int32 var_387;
        const wp::int32 var_388 = 1;
        wp::int32 var_389;
        wp::int32* var_390;
        wp::int32 var_391;
        wp::int32 var_392;
        wp::int32 var_393;
        bool var_394;
        wp::int32* var_395;
        wp::int32 var_396;
        wp::int32 var_397;
        const wp::int32 var_398 = 1;
        const wp::int32 var_399 = 1;
        wp::int32 var_400;
        bool var_401;
        wp::int32 var_402;
        wp::int32 var_403;
        wp::vec_t<3, wp::float32>* var_404;
        wp::vec_t<3, wp::float32> var_405;
        wp::vec_t<3, wp::float32> var_406;
        wp::float32 var_407;
        bool var_408;
        const wp::int32 var_409 = 1;
        const wp::int32 var_410 = 1;
        wp::int32 var_411;
        bool var_412;
        wp::float32 var_413;
        wp::int32 var_414;
        wp::int32 var_415;
        wp::float32 var_416;
        wp::int32 var_417;
        wp::int32 var_418;
        wp::float32 var_419;
        const wp::int32 var_420 = 0;
        wp::int32 var_421;
        wp::int32 var_422;
        wp::int32 var_423;
        wp::int32 var_424;
        wp::int32* var_425;
        wp::int32 var_426;
        wp::int32 var_427;
        const wp::int32 var_428 = 1;
        wp::int32 var_429;
        wp::int32* var_430;
        wp::int32 var_431;
        wp::int32 var_432;
        wp::int32 var_433;
        bool var_434;
        wp::int32* var_435;
        wp::int32 var_436;
        wp::int32 var_437;
        const wp::int32 var_438 = 1;
        const wp::int32 var_439 = 1;
        wp::int32 var_440;
        bool var_441;
        wp::int32 var_442;
        wp::int32 var_443;
        wp::vec_t<3, wp::float32>* var_444;
        wp::vec_t<3, wp::float32> var_445;
        wp::vec_t<3, wp::float32> var_446;
        wp::float32 var_447;
        bool var_448;
        const wp::int32 var_449 = 1;
        const wp::int32 var_450 = 1;
        wp::int32 var_451;
        bool var_452;
        wp::float32 var_453;
        wp::int32 var_454;
        wp::int32 var_455;
        wp::float32 var_456;
        wp::int32 var_457;
        wp::int32 var_458;
        wp::float32 var_459;
        const wp::int32 var_460 = 1;
        wp::int32 var_461;
        wp::int32 var_462;
        wp::int32 var_463;
        wp::int32 var_464;
        wp::int32* var_465;
        wp::int32 var_466;
        wp::int32 var_467;
        const wp::int32 var_468 = 1;
        wp::int32 var_469;
        wp::int32* var_470;
        wp::int32 var_471;
        wp::int32 var_472;
        wp::int32 var_473;
        bool var_474;
        wp::int32* var_475;
        wp::int32 var_476;
        wp::int32 var_477;
        const wp::int32 var_478 = 1;
        const wp::int32 var_479 = 1;
        wp::int32 var_480;
        bool var_481;
        wp::int32 var_482;
        wp::int32 var_483;
        wp::vec_t<3, wp::float32>* var_484;
        wp::vec_t<3, wp::float32> var_485;
        wp::vec_t<3, wp::float32> var_486;
        wp::float32 var_487;
        bool var_488;
        const wp::int32 var_489 = 1;
        const wp::int32 var_490 = 1;
        wp::int32 var_491;
        bool var_492;
        wp::float32 var_493;
        wp::int32 var_494;
        wp::int32 var_495;
        wp::float32 var_496;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::float32 var_499;
        const wp::int32 var_500 = 0;
        const wp::int32 var_501 = -1;
        wp::int32 var_502;
        wp::int32 var_503;
        wp::int32 var_504;
        wp::int32 var_505;
        wp::int32* var_506;
        wp::int32 var_507;
        wp::int32 var_508;
        const wp::int32 var_509 = 1;
        wp::int32 var_510;
        wp::int32* var_511;
        wp::int32 var_512;
        wp::int32 var_513;
        wp::int32 var_514;
        bool var_515;
        wp::int32* var_516;
        wp::int32 var_517;
        wp::int32 var_518;
        const wp::int32 var_519 = 1;
        const wp::int32 var_520 = 1;
        wp::int32 var_521;
        bool var_522;
        wp::int32 var_523;
        wp::int32 var_524;
        wp::vec_t<3, wp::float32>* var_525;
        wp::vec_t<3, wp::float32> var_526;
        wp::vec_t<3, wp::float32> var_527;
        wp::float32 var_528;
        bool var_529;
        const wp::int32 var_530 = 1;
        const wp::int32 var_531 = 1;
        wp::int32 var_532;
        bool var_533;
        wp::float32 var_534;
        wp::int32 var_535;
        wp::int32 var_536;
        wp::float32 var_537;
        wp::int32 var_538;
        wp::int32 var_539;
        wp::float32 var_540;
        const wp::int32 var_541 = 0;
        wp::int32 var_542;
        wp::int32 var_543;
        wp::int32 var_544;
        wp::int32 var_545;
        wp::int32* var_546;
        wp::int32 var_547;
        wp::int32 var_548;
        const wp::int32 var_549 = 1;
        wp::int32 var_550;
        wp::int32* var_551;
        wp::int32 var_552;
        wp::int32 var_553;
        wp::int32 var_554;
        bool var_555;
        wp::int32* var_556;
        wp::int32 var_557;
        wp::int32 var_558;
        const wp::int32 var_559 = 1;
        const wp::int32 var_560 = 1;
        wp::int32 var_561;
        bool var_562;
        wp::int32 var_563;
        wp::int32 var_564;
        wp::vec_t<3, wp::float32>* var_565;
        wp::vec_t<3, wp::float32> var_566;
        wp::vec_t<3, wp::float32> var_567;
        wp::float32 var_568;
        bool var_569;
        const wp::int32 var_570 = 1;
        const wp::int32 var_571 = 1;
        wp::int32 var_572;
        bool var_573;
        wp::float32 var_574;
        wp::int32 var_575;
        wp::int32 var_576;
        wp::float32 var_577;
        wp::int32 var_578;
        wp::int32 var_579;
        wp::float32 var_580;
        const wp::int32 var_581 = 1;
        wp::int32 var_582;
        wp::int32 var_583;
        wp::int32 var_584;
        wp::int32 var_585;
        wp::int32* var_586;
        wp::int32 var_587;
        wp::int32 var_588;
        const wp::int32 var_589 = 1;
        wp::int32 var_590;
        wp::int32* var_591;
        wp::int32 var_592;
        wp::int32 var_593;
        wp::int32 var_594;
        bool var_595;
        wp::int32* var_596;
        wp::int32 var_597;
        wp::int32 var_598;
        const wp::int32 var_599 = 1;
        const wp::int32 var_600 = 1;
        wp::int32 var_601;
        bool var_602;
        wp::int32 var_603;
        wp::int32 var_604;
        wp::vec_t<3, wp::float32>* var_605;
        wp::vec_t<3, wp::float32> var_606;
        wp::vec_t<3, wp::float32> var_607;
        wp::float32 var_608;
        bool var_609;
        const wp::int32 var_610 = 1;
        const wp::int32 var_611 = 1;
        wp::int32 var_612;
        bool var_613;
        wp::float32 var_614;
        wp::int32 var_615;
        wp::int32 var_616;
        wp::float32 var_617;
        wp::int32 var_618;
        wp::int32 var_619;
        wp::float32 var_620;
        const wp::int32 var_621 = 1;
        const wp::int32 var_622 = -1;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::int32 var_625;
        wp::int32 var_626;
        wp::int32* var_627;
        wp::int32 var_628;
        wp::int32 var_629;
        const wp::int32 var_630 = 1;
        wp::int32 var_631;
        wp::int32* var_632;
        wp::int32 var_633;
        wp::int32 var_634;
        wp::int32 var_635;
        bool var_636;
        wp::int32* var_637;
        wp::int32 var_638;
        wp::int32 var_639;
        const wp::int32 var_640 = 1;
        const wp::int32 var_641 = 1;
        wp::int32 var_642;
        bool var_643;
        wp::int32 var_644;
        wp::int32 var_645;
        wp::vec_t<3, wp::float32>* var_646;
        wp::vec_t<3, wp::float32> var_647;
        wp::vec_t<3, wp::float32> var_648;
        wp::float32 var_649;
        bool var_650;
        const wp::int32 var_651 = 1;
        const wp::int32 var_652 = 1;
        wp::int32 var_653;
        bool var_654;
        wp::float32 var_655;
        wp::int32 var_656;
        wp::int32 var_657;
        wp::float32 var_658;
        wp::int32 var_659;
        wp::int32 var_660;
        wp::float32 var_661;
        const wp::int32 var_662 = 0;
        wp::int32 var_663;
        wp::int32 var_664;
        wp::int32 var_665;
        wp::int32 var_666;
        wp::int32* var_667;
        wp::int32 var_668;
        wp::int32 var_669;
        const wp::int32 var_670 = 1;
        wp::int32 var_671;
        wp::int32* var_672;
        wp::int32 var_673;
        wp::int32 var_674;
        wp::int32 var_675;
        bool var_676;
        wp::int32* var_677;
        wp::int32 var_678;
        wp::int32 var_679;
        const wp::int32 var_680 = 1;
        const wp::int32 var_681 = 1;
        wp::int32 var_682;
        bool var_683;
        wp::int32 var_684;
        wp::int32 var_685;
        wp::vec_t<3, wp::float32>* var_686;
        wp::vec_t<3, wp::float32> var_687;
        wp::vec_t<3, wp::float32> var_688;
        wp::float32 var_689;
        bool var_690;
        const wp::int32 var_691 = 1;
        const wp::int32 var_692 = 1;
        wp::int32 var_693;
        bool var_694;
        wp::float32 var_695;
        wp::int32 var_696;
        wp::int32 var_697;
        wp::float32 var_698;
        wp::int32 var_699;
        wp::int32 var_700;
        wp::float32 var_701;
        const wp::int32 var_702 = 1;
        wp::int32 var_703;
        wp::int32 var_704;
        wp::int32 var_705;
        wp::int32 var_706;
        wp::int32* var_707;
        wp::int32 var_708;
        wp::int32 var_709;
        const wp::int32 var_710 = 1;
        wp::int32 var_711;
        wp::int32* var_712;
        wp::int32 var_713;
        wp::int32 var_714;
        wp::int32 var_715;
        bool var_716;
        wp::int32* var_717;
        wp::int32 var_718;
        wp::int32 var_719;
        const wp::int32 var_720 = 1;
        const wp::int32 var_721 = 1;
        wp::int32 var_722;
        bool var_723;
        wp::int32 var_724;
        wp::int32 var_725;
        wp::vec_t<3, wp::float32>* var_726;
        wp::vec_t<3, wp::float32> var_727;
        wp::vec_t<3, wp::float32> var_728;
        wp::float32 var_729;
        bool var_730;
        const wp::int32 var_731 = 1;
        const wp::int32 var_732 = 1;
        wp::int32 var_733;
        bool var_734;
        wp::float32 var_735;
        wp::int32 var_736;
        wp::int32 var_737;
        wp::float32 var_738;
        wp::int32 var_739;
        wp::int32 var_740;
        wp::float32 var_741;
        const wp::int32 var_742 = 1;
        const wp::int32 var_743 = -1;
        const wp::int32 var_744 = -1;
        wp::int32 var_745;
        wp::int32 var_746;
        wp::int32 var_747;
        wp::int32 var_748;
        wp::int32* var_749;
        wp::int32 var_750;
        wp::int32 var_751;
        const wp::int32 var_752 = 1;
        wp::int32 var_753;
        wp::int32* var_754;
        wp::int32 var_755;
        wp::int32 var_756;
        wp::int32 var_757;
        bool var_758;
        wp::int32* var_759;
        wp::int32 var_760;
        wp::int32 var_761;
        const wp::int32 var_762 = 1;
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
        const wp::int32 var_774 = 1;
        wp::int32 var_775;
        bool var_776;
        wp::float32 var_777;
        wp::int32 var_778;
        wp::int32 var_779;
        wp::float32 var_780;
        wp::int32 var_781;
        wp::int32 var_782;
        wp::float32 var_783;
        const wp::int32 var_784 = 0;
        wp::int32 var_785;
        wp::int32 var_786;
        wp::int32 var_787;
        wp::int32 var_788;
        wp::int32* var_789;
        wp::int32 var_790;
        wp::int32 var_791;
        const wp::int32 var_792 = 1;
        wp::int32 var_793;
        wp::int32* var_794;
        wp::int32 var_795;
        wp::int32 var_796;
        wp::int32 var_797;
        bool var_798;
        wp::int32* var_799;
        wp::int32 var_800;
        wp::int32 var_801;
        const wp::int32 var_802 = 1;
        const wp::int32 var_803 = 1;
        wp::int32 var_804;
        bool var_805;
        wp::int32 var_806;
        wp::int32 var_807;
        wp::vec_t<3, wp::float32>* var_808;
        wp::vec_t<3, wp::float32> var_809;
        wp::vec_t<3, wp::float32> var_810;
        wp::float32 var_811;
        bool var_812;
        const wp::int32 var_813 = 1;
        const wp::int32 var_814 = 1;
        wp::int32 var_815;
        bool var_816;
        wp::float32 var_817;
        wp::int32 var_818;
        wp::int32 var_819;
        wp::float32 var_820;
        wp::int32 var_821;
        wp::int32 var_822;
        wp::float32 var_823;
        const wp::int32 var_824 = 1;
        wp::int32 var_825;
        wp::int32 var_826;
        wp::int32 var_827;
        wp::int32 var_828;
        wp::int32* var_829;
        wp::int32 var_830;
        wp::int32 var_831;
        const wp::int32 var_832 = 1;
        wp::int32 var_833;
        wp::int32* var_834;
        wp::int32 var_835;
        wp::int32 var_836;
        wp::int32 var_837;
        bool var_838;
        wp::int32* var_839;
        wp::int32 var_840;
        wp::int32 var_841;
        const wp::int32 var_842 = 1;
        const wp::int32 var_843 = 1;
        wp::int32 var_844;
        bool var_845;
        wp::int32 var_846;
        wp::int32 var_847;
        wp::vec_t<3, wp::float32>* var_848;
        wp::vec_t<3, wp::float32> var_849;
        wp::vec_t<3, wp::float32> var_850;
        wp::float32 var_851;
        bool var_852;
        const wp::int32 var_853 = 1;
        const wp::int32 var_854 = 1;
        wp::int32 var_855;
        bool var_856;
        wp::float32 var_857;
        wp::int32 var_858;
        wp::int32 var_859;
        wp::float32 var_860;
        wp::int32 var_861;
        wp::int32 var_862;
        wp::float32 var_863;
        const wp::int32 var_864 = 0;
        const wp::int32 var_865 = -1;
        wp::int32 var_866;
        wp::int32 var_867;
        wp::int32 var_868;
        wp::int32 var_869;
        wp::int32* var_870;
        wp::int32 var_871;
        wp::int32 var_872;
        const wp::int32 var_873 = 1;
        wp::int32 var_874;
        wp::int32* var_875;
        wp::int32 var_876;
        wp::int32 var_877;
        wp::int32 var_878;
        bool var_879;
        wp::int32* var_880;
        wp::int32 var_881;
        wp::int32 var_882;
        const wp::int32 var_883 = 1;
        const wp::int32 var_884 = 1;
        wp::int32 var_885;
        bool var_886;
        wp::int32 var_887;
        wp::int32 var_888;
        wp::vec_t<3, wp::float32>* var_889;
        wp::vec_t<3, wp::float32> var_890;
        wp::vec_t<3, wp::float32> var_891;
        wp::float32 var_892;
        bool var_893;
        const wp::int32 var_894 = 1;
        const wp::int32 var_895 = 1;
        wp::int32 var_896;
        bool var_897;
        wp::float32 var_898;
        wp::int32 var_899;
        wp::int32 var_900;
        wp::float32 var_901;
        wp::int32 var_902;
        wp::int32 var_903;
        wp::float32 var_904;
        const wp::int32 var_905 = 0;
        wp::int32 var_906;
        wp::int32 var_907;
        wp::int32 var_908;
        wp::int32 var_909;
        wp::int32* var_910;
        wp::int32 var_911;
        wp::int32 var_912;
        const wp::int32 var_913 = 1;
        wp::int32 var_914;
        wp::int32* var_915;
        wp::int32 var_916;
        wp::int32 var_917;
        wp::int32 var_918;
        bool var_919;
        wp::int32* var_920;
        wp::int32 var_921;
        wp::int32 var_922;
        const wp::int32 var_923 = 1;
        const wp::int32 var_924 = 1;
        wp::int32 var_925;
        bool var_926;
        wp::int32 var_927;
        wp::int32 var_928;
        wp::vec_t<3, wp::float32>* var_929;
        wp::vec_t<3, wp::float32> var_930;
        wp::vec_t<3, wp::float32> var_931;
        wp::float32 var_932;
        bool var_933;
        const wp::int32 var_934 = 1;
        const wp::int32 var_935 = 1;
        wp::int32 var_936;
        bool var_937;
        wp::float32 var_938;
        wp::int32 var_939;
        wp::int32 var_940;
        wp::float32 var_941;
        wp::int32 var_942;
        wp::int32 var_943;
        wp::float32 var_944;
        const wp::int32 var_945 = 1;
        wp::int32 var_946;
        wp::int32 var_947;
        wp::int32 var_948;
        wp::int32 var_949;
        wp::int32* var_950;
        wp::int32 var_951;
        wp::int32 var_952;
        const wp::int32 var_953 = 1;
        wp::int32 var_954;
        wp::int32* var_955;
        wp::int32 var_956;
        wp::int32 var_957;
        wp::int32 var_958;
        bool var_959;
        wp::int32* var_960;
        wp::int32 var_961;
        wp::int32 var_962;
        const wp::int32 var_963 = 1;
        const wp::int32 var_964 = 1;
        wp::int32 var_965;
        bool var_966;
        wp::int32 var_967;
        wp::int32 var_968;
        wp::vec_t<3, wp::float32>* var_969;
        wp::vec_t<3, wp::float32> var_970;
        wp::vec_t<3, wp::float32> var_971;
        wp::float32 var_972;
        bool var_973;
        const wp::int32 var_974 = 1;
        const wp::int32 var_975 = 1;
        wp::int32 var_976;
        bool var_977;
        wp::float32 var_978;
        wp::int32 var_979;
        wp::int32 var_980;
        wp::float32 var_981;
        wp::int32 var_982;
        wp::int32 var_983;
        wp::float32 var_984;
        const wp::int32 var_985 = 1;
        const wp::int32 var_986 = -1;
        wp::int32 var_987;
        wp::int32 var_988;
        wp::int32 var_989;
        wp::int32 var_990;
        wp::int32* var_991;
        wp::int32 var_992;
        wp::int32 var_993;
        const wp::int32 var_994 = 1;
        wp::int32 var_995;
        wp::int32* var_996;
        wp::int32 var_997;
        wp::int32 var_998;
        wp::int32 var_999;
        bool var_1000;
        wp::int32* var_1001;
        wp::int32 var_1002;
        wp::int32 var_1003;
        const wp::int32 var_1004 = 1;
        const wp::int32 var_1005 = 1;
        wp::int32 var_1006;
        bool var_1007;
        wp::int32 var_1008;
        wp::int32 var_1009;
        wp::vec_t<3, wp::float32>* var_1010;
        wp::vec_t<3, wp::float32> var_1011;
        wp::vec_t<3, wp::float32> var_1012;
        wp::float32 var_1013;
        bool var_1014;
        const wp::int32 var_1015 = 1;
        const wp::int32 var_1016 = 1;
        wp::int32 var_1017;
        bool var_1018;
        wp::float32 var_1019;
        wp::int32 var_1020;
        wp::int32 var_1021;
        wp::float32 var_1022;
        wp::int32 var_1023;
        wp::int32 var_1024;
        wp::float32 var_1025;
        const wp::int32 var_1026 = 0;
        wp::int32 var_1027;
        wp::int32 var_1028;
        wp::int32 var_1029;
        wp::int32 var_1030;
        wp::int32* var_1031;
        wp::int32 var_1032;
        wp::int32 var_1033;
        const wp::int32 var_1034 = 1;
        wp::int32 var_1035;
        wp::int32* var_1036;
        wp::int32 var_1037;
        wp::int32 var_1038;
        wp::int32 var_1039;
        bool var_1040;
        wp::int32* var_1041;
        wp::int32 var_1042;
        wp::int32 var_1043;
        const wp::int32 var_1044 = 1;
        const wp::int32 var_1045 = 1;
        wp::int32 var_1046;
        bool var_1047;
        wp::int32 var_1048;
        wp::int32 var_1049;
        wp::vec_t<3, wp::float32>* var_1050;
        wp::vec_t<3, wp::float32> var_1051;
        wp::vec_t<3, wp::float32> var_1052;
        wp::float32 var_1053;
        bool var_1054;
        const wp::int32 var_1055 = 1;
        const wp::int32 var_1056 = 1;
        wp::int32 var_1057;
        bool var_1058;
        wp::float32 var_1059;
        wp::int32 var_1060;
        wp::int32 var_1061;
        wp::float32 var_1062;
        wp::int32 var_1063;
        wp::int32 var_1064;
        wp::float32 var_1065;
        const wp::int32 var_1066 = 1;
        wp::int32 var_1067;
        wp::int32 var_1068;
        wp::int32 var_1069;
        wp::int32 var_1070;
        wp::int32* var_1071;
        wp::int32 var_1072;
        wp::int32 var_1073;
        const wp::int32 var_1074 = 1;
        wp::int32 var_1075;
        wp::int32* var_1076;
        wp::int32 var_1077;
        wp::int32 var_1078;
        wp::int32 var_1079;
        bool var_1080;
        wp::int32* var_1081;
        wp::int32 var_1082;
        wp::int32 var_1083;
        const wp::int32 var_1084 = 1;
        const wp::int32 var_1085 = 1;
        wp::int32 var_1086;
        bool var_1087;
        wp::int32 var_1088;
        wp::int32 var_1089;
        wp::vec_t<3, wp::float32>* var_1090;
        wp::vec_t<3, wp::float32> var_1091;
        wp::vec_t<3, wp::float32> var_1092;
        wp::float32 var_1093;
        bool var_1094;
        const wp::int32 var_1095 = 1;
        const wp::int32 var_1096 = 1;
        wp::int32 var_1097;
        bool var_1098;
        wp::float32 var_1099;
        wp::int32 var_1100;
        wp::int32 var_1101;
        wp::float32 var_1102;
        wp::int32 var_1103;
        wp::int32 var_1104;
        wp::float32 var_1105;
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
        var_12 = wp::int(var_11);
        // best_d2 = float(1.0e30)                                                                <L 78>
        var_14 = wp::float(var_13);
        // for dz in range(-1, 2):                                                                <L 79>
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_18 = wp::add(var_4, var_17);
        var_19 = wp::add(var_5, var_16);
        var_20 = wp::add(var_6, var_15);
        var_21 = hash_cell_0(var_18, var_19, var_20, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_22 = wp::address(var_offsets, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // end = offsets[h + 1]                                                                   <L 84>
        var_26 = wp::add(var_21, var_25);
        var_27 = wp::address(var_offsets, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // k = start                                                                              <L 85>
        var_30 = wp::copy(var_23);
        // while k < end:                                                                         <L 86>
        start_while_0:;
        var_31 = (var_30 < var_28);
        if ((var_31) == false) goto end_while_0;
            // j = sorted_ids[k]                                                                  <L 87>
            var_32 = wp::address(var_sorted_ids, var_30);
            var_34 = wp::load(var_32);
            var_33 = wp::copy(var_34);
            // k += 1                                                                             <L 88>
            var_37 = wp::add(var_30, var_36);
            // if j == tid:                                                                       <L 89>
            var_38 = (var_33 == var_0);
            if (var_38) {
                // continue                                                                       <L 90>
                wp::assign(var_30, var_37);
                goto start_while_0;
            }
            var_39 = wp::where(var_38, var_30, var_37);
            // d = points[j] - p                                                                  <L 91>
            var_40 = wp::address(var_points, var_33);
            var_42 = wp::load(var_40);
            var_41 = wp::sub(var_42, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_43 = wp::dot(var_41, var_41);
            // if d2 < r2:                                                                        <L 93>
            var_44 = (var_43 < var_7);
            if (var_44) {
                // count += 1                                                                     <L 94>
                var_47 = wp::add(var_9, var_46);
                // if d2 < best_d2:                                                               <L 95>
                var_48 = (var_43 < var_14);
                if (var_48) {
                    // best_d2 = d2                                                               <L 96>
                    var_49 = wp::copy(var_43);
                    // best = j                                                                   <L 97>
                    var_50 = wp::copy(var_33);
                }
                var_51 = wp::where(var_48, var_50, var_12);
                var_52 = wp::where(var_48, var_49, var_14);
            }
            var_53 = wp::where(var_44, var_47, var_9);
            var_54 = wp::where(var_44, var_51, var_12);
            var_55 = wp::where(var_44, var_52, var_14);
            wp::assign(var_9, var_53);
            wp::assign(var_12, var_54);
            wp::assign(var_14, var_55);
            wp::assign(var_30, var_39);
        goto start_while_0;
        end_while_0:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_57 = wp::add(var_4, var_56);
        var_58 = wp::add(var_5, var_16);
        var_59 = wp::add(var_6, var_15);
        var_60 = hash_cell_0(var_57, var_58, var_59, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_61 = wp::address(var_offsets, var_60);
        var_63 = wp::load(var_61);
        var_62 = wp::copy(var_63);
        // end = offsets[h + 1]                                                                   <L 84>
        var_65 = wp::add(var_60, var_64);
        var_66 = wp::address(var_offsets, var_65);
        var_68 = wp::load(var_66);
        var_67 = wp::copy(var_68);
        // k = start                                                                              <L 85>
        var_69 = wp::copy(var_62);
        // while k < end:                                                                         <L 86>
        start_while_2:;
        var_70 = (var_69 < var_67);
        if ((var_70) == false) goto end_while_2;
            // j = sorted_ids[k]                                                                  <L 87>
            var_71 = wp::address(var_sorted_ids, var_69);
            var_73 = wp::load(var_71);
            var_72 = wp::copy(var_73);
            // k += 1                                                                             <L 88>
            var_76 = wp::add(var_69, var_75);
            // if j == tid:                                                                       <L 89>
            var_77 = (var_72 == var_0);
            if (var_77) {
                // continue                                                                       <L 90>
                wp::assign(var_69, var_76);
                wp::assign(var_33, var_72);
                goto start_while_2;
            }
            var_78 = wp::where(var_77, var_69, var_76);
            var_79 = wp::where(var_77, var_33, var_72);
            // d = points[j] - p                                                                  <L 91>
            var_80 = wp::address(var_points, var_79);
            var_82 = wp::load(var_80);
            var_81 = wp::sub(var_82, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_83 = wp::dot(var_81, var_81);
            // if d2 < r2:                                                                        <L 93>
            var_84 = (var_83 < var_7);
            if (var_84) {
                // count += 1                                                                     <L 94>
                var_87 = wp::add(var_9, var_86);
                // if d2 < best_d2:                                                               <L 95>
                var_88 = (var_83 < var_14);
                if (var_88) {
                    // best_d2 = d2                                                               <L 96>
                    var_89 = wp::copy(var_83);
                    // best = j                                                                   <L 97>
                    var_90 = wp::copy(var_79);
                }
                var_91 = wp::where(var_88, var_90, var_12);
                var_92 = wp::where(var_88, var_89, var_14);
            }
            var_93 = wp::where(var_84, var_87, var_9);
            var_94 = wp::where(var_84, var_91, var_12);
            var_95 = wp::where(var_84, var_92, var_14);
            wp::assign(var_9, var_93);
            wp::assign(var_12, var_94);
            wp::assign(var_14, var_95);
            wp::assign(var_69, var_78);
            wp::assign(var_33, var_79);
            wp::assign(var_41, var_81);
            wp::assign(var_43, var_83);
        goto start_while_2;
        end_while_2:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_97 = wp::add(var_4, var_96);
        var_98 = wp::add(var_5, var_16);
        var_99 = wp::add(var_6, var_15);
        var_100 = hash_cell_0(var_97, var_98, var_99, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_101 = wp::address(var_offsets, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::copy(var_103);
        // end = offsets[h + 1]                                                                   <L 84>
        var_105 = wp::add(var_100, var_104);
        var_106 = wp::address(var_offsets, var_105);
        var_108 = wp::load(var_106);
        var_107 = wp::copy(var_108);
        // k = start                                                                              <L 85>
        var_109 = wp::copy(var_102);
        // while k < end:                                                                         <L 86>
        start_while_4:;
        var_110 = (var_109 < var_107);
        if ((var_110) == false) goto end_while_4;
            // j = sorted_ids[k]                                                                  <L 87>
            var_111 = wp::address(var_sorted_ids, var_109);
            var_113 = wp::load(var_111);
            var_112 = wp::copy(var_113);
            // k += 1                                                                             <L 88>
            var_116 = wp::add(var_109, var_115);
            // if j == tid:                                                                       <L 89>
            var_117 = (var_112 == var_0);
            if (var_117) {
                // continue                                                                       <L 90>
                wp::assign(var_109, var_116);
                wp::assign(var_33, var_112);
                goto start_while_4;
            }
            var_118 = wp::where(var_117, var_109, var_116);
            var_119 = wp::where(var_117, var_33, var_112);
            // d = points[j] - p                                                                  <L 91>
            var_120 = wp::address(var_points, var_119);
            var_122 = wp::load(var_120);
            var_121 = wp::sub(var_122, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_123 = wp::dot(var_121, var_121);
            // if d2 < r2:                                                                        <L 93>
            var_124 = (var_123 < var_7);
            if (var_124) {
                // count += 1                                                                     <L 94>
                var_127 = wp::add(var_9, var_126);
                // if d2 < best_d2:                                                               <L 95>
                var_128 = (var_123 < var_14);
                if (var_128) {
                    // best_d2 = d2                                                               <L 96>
                    var_129 = wp::copy(var_123);
                    // best = j                                                                   <L 97>
                    var_130 = wp::copy(var_119);
                }
                var_131 = wp::where(var_128, var_130, var_12);
                var_132 = wp::where(var_128, var_129, var_14);
            }
            var_133 = wp::where(var_124, var_127, var_9);
            var_134 = wp::where(var_124, var_131, var_12);
            var_135 = wp::where(var_124, var_132, var_14);
            wp::assign(var_9, var_133);
            wp::assign(var_12, var_134);
            wp::assign(var_14, var_135);
            wp::assign(var_109, var_118);
            wp::assign(var_33, var_119);
            wp::assign(var_41, var_121);
            wp::assign(var_43, var_123);
        goto start_while_4;
        end_while_4:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_138 = wp::add(var_4, var_137);
        var_139 = wp::add(var_5, var_136);
        var_140 = wp::add(var_6, var_15);
        var_141 = hash_cell_0(var_138, var_139, var_140, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_142 = wp::address(var_offsets, var_141);
        var_144 = wp::load(var_142);
        var_143 = wp::copy(var_144);
        // end = offsets[h + 1]                                                                   <L 84>
        var_146 = wp::add(var_141, var_145);
        var_147 = wp::address(var_offsets, var_146);
        var_149 = wp::load(var_147);
        var_148 = wp::copy(var_149);
        // k = start                                                                              <L 85>
        var_150 = wp::copy(var_143);
        // while k < end:                                                                         <L 86>
        start_while_6:;
        var_151 = (var_150 < var_148);
        if ((var_151) == false) goto end_while_6;
            // j = sorted_ids[k]                                                                  <L 87>
            var_152 = wp::address(var_sorted_ids, var_150);
            var_154 = wp::load(var_152);
            var_153 = wp::copy(var_154);
            // k += 1                                                                             <L 88>
            var_157 = wp::add(var_150, var_156);
            // if j == tid:                                                                       <L 89>
            var_158 = (var_153 == var_0);
            if (var_158) {
                // continue                                                                       <L 90>
                wp::assign(var_150, var_157);
                wp::assign(var_33, var_153);
                goto start_while_6;
            }
            var_159 = wp::where(var_158, var_150, var_157);
            var_160 = wp::where(var_158, var_33, var_153);
            // d = points[j] - p                                                                  <L 91>
            var_161 = wp::address(var_points, var_160);
            var_163 = wp::load(var_161);
            var_162 = wp::sub(var_163, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_164 = wp::dot(var_162, var_162);
            // if d2 < r2:                                                                        <L 93>
            var_165 = (var_164 < var_7);
            if (var_165) {
                // count += 1                                                                     <L 94>
                var_168 = wp::add(var_9, var_167);
                // if d2 < best_d2:                                                               <L 95>
                var_169 = (var_164 < var_14);
                if (var_169) {
                    // best_d2 = d2                                                               <L 96>
                    var_170 = wp::copy(var_164);
                    // best = j                                                                   <L 97>
                    var_171 = wp::copy(var_160);
                }
                var_172 = wp::where(var_169, var_171, var_12);
                var_173 = wp::where(var_169, var_170, var_14);
            }
            var_174 = wp::where(var_165, var_168, var_9);
            var_175 = wp::where(var_165, var_172, var_12);
            var_176 = wp::where(var_165, var_173, var_14);
            wp::assign(var_9, var_174);
            wp::assign(var_12, var_175);
            wp::assign(var_14, var_176);
            wp::assign(var_150, var_159);
            wp::assign(var_33, var_160);
            wp::assign(var_41, var_162);
            wp::assign(var_43, var_164);
        goto start_while_6;
        end_while_6:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_178 = wp::add(var_4, var_177);
        var_179 = wp::add(var_5, var_136);
        var_180 = wp::add(var_6, var_15);
        var_181 = hash_cell_0(var_178, var_179, var_180, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_182 = wp::address(var_offsets, var_181);
        var_184 = wp::load(var_182);
        var_183 = wp::copy(var_184);
        // end = offsets[h + 1]                                                                   <L 84>
        var_186 = wp::add(var_181, var_185);
        var_187 = wp::address(var_offsets, var_186);
        var_189 = wp::load(var_187);
        var_188 = wp::copy(var_189);
        // k = start                                                                              <L 85>
        var_190 = wp::copy(var_183);
        // while k < end:                                                                         <L 86>
        start_while_8:;
        var_191 = (var_190 < var_188);
        if ((var_191) == false) goto end_while_8;
            // j = sorted_ids[k]                                                                  <L 87>
            var_192 = wp::address(var_sorted_ids, var_190);
            var_194 = wp::load(var_192);
            var_193 = wp::copy(var_194);
            // k += 1                                                                             <L 88>
            var_197 = wp::add(var_190, var_196);
            // if j == tid:                                                                       <L 89>
            var_198 = (var_193 == var_0);
            if (var_198) {
                // continue                                                                       <L 90>
                wp::assign(var_190, var_197);
                wp::assign(var_33, var_193);
                goto start_while_8;
            }
            var_199 = wp::where(var_198, var_190, var_197);
            var_200 = wp::where(var_198, var_33, var_193);
            // d = points[j] - p                                                                  <L 91>
            var_201 = wp::address(var_points, var_200);
            var_203 = wp::load(var_201);
            var_202 = wp::sub(var_203, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_204 = wp::dot(var_202, var_202);
            // if d2 < r2:                                                                        <L 93>
            var_205 = (var_204 < var_7);
            if (var_205) {
                // count += 1                                                                     <L 94>
                var_208 = wp::add(var_9, var_207);
                // if d2 < best_d2:                                                               <L 95>
                var_209 = (var_204 < var_14);
                if (var_209) {
                    // best_d2 = d2                                                               <L 96>
                    var_210 = wp::copy(var_204);
                    // best = j                                                                   <L 97>
                    var_211 = wp::copy(var_200);
                }
                var_212 = wp::where(var_209, var_211, var_12);
                var_213 = wp::where(var_209, var_210, var_14);
            }
            var_214 = wp::where(var_205, var_208, var_9);
            var_215 = wp::where(var_205, var_212, var_12);
            var_216 = wp::where(var_205, var_213, var_14);
            wp::assign(var_9, var_214);
            wp::assign(var_12, var_215);
            wp::assign(var_14, var_216);
            wp::assign(var_190, var_199);
            wp::assign(var_33, var_200);
            wp::assign(var_41, var_202);
            wp::assign(var_43, var_204);
        goto start_while_8;
        end_while_8:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_218 = wp::add(var_4, var_217);
        var_219 = wp::add(var_5, var_136);
        var_220 = wp::add(var_6, var_15);
        var_221 = hash_cell_0(var_218, var_219, var_220, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_222 = wp::address(var_offsets, var_221);
        var_224 = wp::load(var_222);
        var_223 = wp::copy(var_224);
        // end = offsets[h + 1]                                                                   <L 84>
        var_226 = wp::add(var_221, var_225);
        var_227 = wp::address(var_offsets, var_226);
        var_229 = wp::load(var_227);
        var_228 = wp::copy(var_229);
        // k = start                                                                              <L 85>
        var_230 = wp::copy(var_223);
        // while k < end:                                                                         <L 86>
        start_while_10:;
        var_231 = (var_230 < var_228);
        if ((var_231) == false) goto end_while_10;
            // j = sorted_ids[k]                                                                  <L 87>
            var_232 = wp::address(var_sorted_ids, var_230);
            var_234 = wp::load(var_232);
            var_233 = wp::copy(var_234);
            // k += 1                                                                             <L 88>
            var_237 = wp::add(var_230, var_236);
            // if j == tid:                                                                       <L 89>
            var_238 = (var_233 == var_0);
            if (var_238) {
                // continue                                                                       <L 90>
                wp::assign(var_230, var_237);
                wp::assign(var_33, var_233);
                goto start_while_10;
            }
            var_239 = wp::where(var_238, var_230, var_237);
            var_240 = wp::where(var_238, var_33, var_233);
            // d = points[j] - p                                                                  <L 91>
            var_241 = wp::address(var_points, var_240);
            var_243 = wp::load(var_241);
            var_242 = wp::sub(var_243, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_244 = wp::dot(var_242, var_242);
            // if d2 < r2:                                                                        <L 93>
            var_245 = (var_244 < var_7);
            if (var_245) {
                // count += 1                                                                     <L 94>
                var_248 = wp::add(var_9, var_247);
                // if d2 < best_d2:                                                               <L 95>
                var_249 = (var_244 < var_14);
                if (var_249) {
                    // best_d2 = d2                                                               <L 96>
                    var_250 = wp::copy(var_244);
                    // best = j                                                                   <L 97>
                    var_251 = wp::copy(var_240);
                }
                var_252 = wp::where(var_249, var_251, var_12);
                var_253 = wp::where(var_249, var_250, var_14);
            }
            var_254 = wp::where(var_245, var_248, var_9);
            var_255 = wp::where(var_245, var_252, var_12);
            var_256 = wp::where(var_245, var_253, var_14);
            wp::assign(var_9, var_254);
            wp::assign(var_12, var_255);
            wp::assign(var_14, var_256);
            wp::assign(var_230, var_239);
            wp::assign(var_33, var_240);
            wp::assign(var_41, var_242);
            wp::assign(var_43, var_244);
        goto start_while_10;
        end_while_10:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_259 = wp::add(var_4, var_258);
        var_260 = wp::add(var_5, var_257);
        var_261 = wp::add(var_6, var_15);
        var_262 = hash_cell_0(var_259, var_260, var_261, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_263 = wp::address(var_offsets, var_262);
        var_265 = wp::load(var_263);
        var_264 = wp::copy(var_265);
        // end = offsets[h + 1]                                                                   <L 84>
        var_267 = wp::add(var_262, var_266);
        var_268 = wp::address(var_offsets, var_267);
        var_270 = wp::load(var_268);
        var_269 = wp::copy(var_270);
        // k = start                                                                              <L 85>
        var_271 = wp::copy(var_264);
        // while k < end:                                                                         <L 86>
        start_while_12:;
        var_272 = (var_271 < var_269);
        if ((var_272) == false) goto end_while_12;
            // j = sorted_ids[k]                                                                  <L 87>
            var_273 = wp::address(var_sorted_ids, var_271);
            var_275 = wp::load(var_273);
            var_274 = wp::copy(var_275);
            // k += 1                                                                             <L 88>
            var_278 = wp::add(var_271, var_277);
            // if j == tid:                                                                       <L 89>
            var_279 = (var_274 == var_0);
            if (var_279) {
                // continue                                                                       <L 90>
                wp::assign(var_271, var_278);
                wp::assign(var_33, var_274);
                goto start_while_12;
            }
            var_280 = wp::where(var_279, var_271, var_278);
            var_281 = wp::where(var_279, var_33, var_274);
            // d = points[j] - p                                                                  <L 91>
            var_282 = wp::address(var_points, var_281);
            var_284 = wp::load(var_282);
            var_283 = wp::sub(var_284, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_285 = wp::dot(var_283, var_283);
            // if d2 < r2:                                                                        <L 93>
            var_286 = (var_285 < var_7);
            if (var_286) {
                // count += 1                                                                     <L 94>
                var_289 = wp::add(var_9, var_288);
                // if d2 < best_d2:                                                               <L 95>
                var_290 = (var_285 < var_14);
                if (var_290) {
                    // best_d2 = d2                                                               <L 96>
                    var_291 = wp::copy(var_285);
                    // best = j                                                                   <L 97>
                    var_292 = wp::copy(var_281);
                }
                var_293 = wp::where(var_290, var_292, var_12);
                var_294 = wp::where(var_290, var_291, var_14);
            }
            var_295 = wp::where(var_286, var_289, var_9);
            var_296 = wp::where(var_286, var_293, var_12);
            var_297 = wp::where(var_286, var_294, var_14);
            wp::assign(var_9, var_295);
            wp::assign(var_12, var_296);
            wp::assign(var_14, var_297);
            wp::assign(var_271, var_280);
            wp::assign(var_33, var_281);
            wp::assign(var_41, var_283);
            wp::assign(var_43, var_285);
        goto start_while_12;
        end_while_12:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_299 = wp::add(var_4, var_298);
        var_300 = wp::add(var_5, var_257);
        var_301 = wp::add(var_6, var_15);
        var_302 = hash_cell_0(var_299, var_300, var_301, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_303 = wp::address(var_offsets, var_302);
        var_305 = wp::load(var_303);
        var_304 = wp::copy(var_305);
        // end = offsets[h + 1]                                                                   <L 84>
        var_307 = wp::add(var_302, var_306);
        var_308 = wp::address(var_offsets, var_307);
        var_310 = wp::load(var_308);
        var_309 = wp::copy(var_310);
        // k = start                                                                              <L 85>
        var_311 = wp::copy(var_304);
        // while k < end:                                                                         <L 86>
        start_while_14:;
        var_312 = (var_311 < var_309);
        if ((var_312) == false) goto end_while_14;
            // j = sorted_ids[k]                                                                  <L 87>
            var_313 = wp::address(var_sorted_ids, var_311);
            var_315 = wp::load(var_313);
            var_314 = wp::copy(var_315);
            // k += 1                                                                             <L 88>
            var_318 = wp::add(var_311, var_317);
            // if j == tid:                                                                       <L 89>
            var_319 = (var_314 == var_0);
            if (var_319) {
                // continue                                                                       <L 90>
                wp::assign(var_311, var_318);
                wp::assign(var_33, var_314);
                goto start_while_14;
            }
            var_320 = wp::where(var_319, var_311, var_318);
            var_321 = wp::where(var_319, var_33, var_314);
            // d = points[j] - p                                                                  <L 91>
            var_322 = wp::address(var_points, var_321);
            var_324 = wp::load(var_322);
            var_323 = wp::sub(var_324, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_325 = wp::dot(var_323, var_323);
            // if d2 < r2:                                                                        <L 93>
            var_326 = (var_325 < var_7);
            if (var_326) {
                // count += 1                                                                     <L 94>
                var_329 = wp::add(var_9, var_328);
                // if d2 < best_d2:                                                               <L 95>
                var_330 = (var_325 < var_14);
                if (var_330) {
                    // best_d2 = d2                                                               <L 96>
                    var_331 = wp::copy(var_325);
                    // best = j                                                                   <L 97>
                    var_332 = wp::copy(var_321);
                }
                var_333 = wp::where(var_330, var_332, var_12);
                var_334 = wp::where(var_330, var_331, var_14);
            }
            var_335 = wp::where(var_326, var_329, var_9);
            var_336 = wp::where(var_326, var_333, var_12);
            var_337 = wp::where(var_326, var_334, var_14);
            wp::assign(var_9, var_335);
            wp::assign(var_12, var_336);
            wp::assign(var_14, var_337);
            wp::assign(var_311, var_320);
            wp::assign(var_33, var_321);
            wp::assign(var_41, var_323);
            wp::assign(var_43, var_325);
        goto start_while_14;
        end_while_14:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_339 = wp::add(var_4, var_338);
        var_340 = wp::add(var_5, var_257);
        var_341 = wp::add(var_6, var_15);
        var_342 = hash_cell_0(var_339, var_340, var_341, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_343 = wp::address(var_offsets, var_342);
        var_345 = wp::load(var_343);
        var_344 = wp::copy(var_345);
        // end = offsets[h + 1]                                                                   <L 84>
        var_347 = wp::add(var_342, var_346);
        var_348 = wp::address(var_offsets, var_347);
        var_350 = wp::load(var_348);
        var_349 = wp::copy(var_350);
        // k = start                                                                              <L 85>
        var_351 = wp::copy(var_344);
        // while k < end:                                                                         <L 86>
        start_while_16:;
        var_352 = (var_351 < var_349);
        if ((var_352) == false) goto end_while_16;
            // j = sorted_ids[k]                                                                  <L 87>
            var_353 = wp::address(var_sorted_ids, var_351);
            var_355 = wp::load(var_353);
            var_354 = wp::copy(var_355);
            // k += 1                                                                             <L 88>
            var_358 = wp::add(var_351, var_357);
            // if j == tid:                                                                       <L 89>
            var_359 = (var_354 == var_0);
            if (var_359) {
                // continue                                                                       <L 90>
                wp::assign(var_351, var_358);
                wp::assign(var_33, var_354);
                goto start_while_16;
            }
            var_360 = wp::where(var_359, var_351, var_358);
            var_361 = wp::where(var_359, var_33, var_354);
            // d = points[j] - p                                                                  <L 91>
            var_362 = wp::address(var_points, var_361);
            var_364 = wp::load(var_362);
            var_363 = wp::sub(var_364, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_365 = wp::dot(var_363, var_363);
            // if d2 < r2:                                                                        <L 93>
            var_366 = (var_365 < var_7);
            if (var_366) {
                // count += 1                                                                     <L 94>
                var_369 = wp::add(var_9, var_368);
                // if d2 < best_d2:                                                               <L 95>
                var_370 = (var_365 < var_14);
                if (var_370) {
                    // best_d2 = d2                                                               <L 96>
                    var_371 = wp::copy(var_365);
                    // best = j                                                                   <L 97>
                    var_372 = wp::copy(var_361);
                }
                var_373 = wp::where(var_370, var_372, var_12);
                var_374 = wp::where(var_370, var_371, var_14);
            }
            var_375 = wp::where(var_366, var_369, var_9);
            var_376 = wp::where(var_366, var_373, var_12);
            var_377 = wp::where(var_366, var_374, var_14);
            wp::assign(var_9, var_375);
            wp::assign(var_12, var_376);
            wp::assign(var_14, var_377);
            wp::assign(var_351, var_360);
            wp::assign(var_33, var_361);
            wp::assign(var_41, var_363);
            wp::assign(var_43, var_365);
        goto start_while_16;
        end_while_16:;
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_381 = wp::add(var_4, var_380);
        var_382 = wp::add(var_5, var_379);
        var_383 = wp::add(var_6, var_378);
        var_384 = hash_cell_0(var_381, var_382, var_383, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_385 = wp::address(var_offsets, var_384);
        var_387 = wp::load(var_385);
        var_386 = wp::copy(var_387);
        // end = offsets[h + 1]                                                                   <L 84>
        var_389 = wp::add(var_384, var_388);
        var_390 = wp::address(var_offsets, var_389);
        var_392 = wp::load(var_390);
        var_391 = wp::copy(var_392);
        // k = start                                                                              <L 85>
        var_393 = wp::copy(var_386);
        // while k < end:                                                                         <L 86>
        start_while_18:;
        var_394 = (var_393 < var_391);
        if ((var_394) == false) goto end_while_18;
            // j = sorted_ids[k]                                                                  <L 87>
            var_395 = wp::address(var_sorted_ids, var_393);
            var_397 = wp::load(var_395);
            var_396 = wp::copy(var_397);
            // k += 1                                                                             <L 88>
            var_400 = wp::add(var_393, var_399);
            // if j == tid:                                                                       <L 89>
            var_401 = (var_396 == var_0);
            if (var_401) {
                // continue                                                                       <L 90>
                wp::assign(var_393, var_400);
                wp::assign(var_33, var_396);
                goto start_while_18;
            }
            var_402 = wp::where(var_401, var_393, var_400);
            var_403 = wp::where(var_401, var_33, var_396);
            // d = points[j] - p                                                                  <L 91>
            var_404 = wp::address(var_points, var_403);
            var_406 = wp::load(var_404);
            var_405 = wp::sub(var_406, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_407 = wp::dot(var_405, var_405);
            // if d2 < r2:                                                                        <L 93>
            var_408 = (var_407 < var_7);
            if (var_408) {
                // count += 1                                                                     <L 94>
                var_411 = wp::add(var_9, var_410);
                // if d2 < best_d2:                                                               <L 95>
                var_412 = (var_407 < var_14);
                if (var_412) {
                    // best_d2 = d2                                                               <L 96>
                    var_413 = wp::copy(var_407);
                    // best = j                                                                   <L 97>
                    var_414 = wp::copy(var_403);
                }
                var_415 = wp::where(var_412, var_414, var_12);
                var_416 = wp::where(var_412, var_413, var_14);
            }
            var_417 = wp::where(var_408, var_411, var_9);
            var_418 = wp::where(var_408, var_415, var_12);
            var_419 = wp::where(var_408, var_416, var_14);
            wp::assign(var_9, var_417);
            wp::assign(var_12, var_418);
            wp::assign(var_14, var_419);
            wp::assign(var_393, var_402);
            wp::assign(var_33, var_403);
            wp::assign(var_41, var_405);
            wp::assign(var_43, var_407);
        goto start_while_18;
        end_while_18:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_421 = wp::add(var_4, var_420);
        var_422 = wp::add(var_5, var_379);
        var_423 = wp::add(var_6, var_378);
        var_424 = hash_cell_0(var_421, var_422, var_423, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_425 = wp::address(var_offsets, var_424);
        var_427 = wp::load(var_425);
        var_426 = wp::copy(var_427);
        // end = offsets[h + 1]                                                                   <L 84>
        var_429 = wp::add(var_424, var_428);
        var_430 = wp::address(var_offsets, var_429);
        var_432 = wp::load(var_430);
        var_431 = wp::copy(var_432);
        // k = start                                                                              <L 85>
        var_433 = wp::copy(var_426);
        // while k < end:                                                                         <L 86>
        start_while_20:;
        var_434 = (var_433 < var_431);
        if ((var_434) == false) goto end_while_20;
            // j = sorted_ids[k]                                                                  <L 87>
            var_435 = wp::address(var_sorted_ids, var_433);
            var_437 = wp::load(var_435);
            var_436 = wp::copy(var_437);
            // k += 1                                                                             <L 88>
            var_440 = wp::add(var_433, var_439);
            // if j == tid:                                                                       <L 89>
            var_441 = (var_436 == var_0);
            if (var_441) {
                // continue                                                                       <L 90>
                wp::assign(var_433, var_440);
                wp::assign(var_33, var_436);
                goto start_while_20;
            }
            var_442 = wp::where(var_441, var_433, var_440);
            var_443 = wp::where(var_441, var_33, var_436);
            // d = points[j] - p                                                                  <L 91>
            var_444 = wp::address(var_points, var_443);
            var_446 = wp::load(var_444);
            var_445 = wp::sub(var_446, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_447 = wp::dot(var_445, var_445);
            // if d2 < r2:                                                                        <L 93>
            var_448 = (var_447 < var_7);
            if (var_448) {
                // count += 1                                                                     <L 94>
                var_451 = wp::add(var_9, var_450);
                // if d2 < best_d2:                                                               <L 95>
                var_452 = (var_447 < var_14);
                if (var_452) {
                    // best_d2 = d2                                                               <L 96>
                    var_453 = wp::copy(var_447);
                    // best = j                                                                   <L 97>
                    var_454 = wp::copy(var_443);
                }
                var_455 = wp::where(var_452, var_454, var_12);
                var_456 = wp::where(var_452, var_453, var_14);
            }
            var_457 = wp::where(var_448, var_451, var_9);
            var_458 = wp::where(var_448, var_455, var_12);
            var_459 = wp::where(var_448, var_456, var_14);
            wp::assign(var_9, var_457);
            wp::assign(var_12, var_458);
            wp::assign(var_14, var_459);
            wp::assign(var_433, var_442);
            wp::assign(var_33, var_443);
            wp::assign(var_41, var_445);
            wp::assign(var_43, var_447);
        goto start_while_20;
        end_while_20:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_461 = wp::add(var_4, var_460);
        var_462 = wp::add(var_5, var_379);
        var_463 = wp::add(var_6, var_378);
        var_464 = hash_cell_0(var_461, var_462, var_463, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_465 = wp::address(var_offsets, var_464);
        var_467 = wp::load(var_465);
        var_466 = wp::copy(var_467);
        // end = offsets[h + 1]                                                                   <L 84>
        var_469 = wp::add(var_464, var_468);
        var_470 = wp::address(var_offsets, var_469);
        var_472 = wp::load(var_470);
        var_471 = wp::copy(var_472);
        // k = start                                                                              <L 85>
        var_473 = wp::copy(var_466);
        // while k < end:                                                                         <L 86>
        start_while_22:;
        var_474 = (var_473 < var_471);
        if ((var_474) == false) goto end_while_22;
            // j = sorted_ids[k]                                                                  <L 87>
            var_475 = wp::address(var_sorted_ids, var_473);
            var_477 = wp::load(var_475);
            var_476 = wp::copy(var_477);
            // k += 1                                                                             <L 88>
            var_480 = wp::add(var_473, var_479);
            // if j == tid:                                                                       <L 89>
            var_481 = (var_476 == var_0);
            if (var_481) {
                // continue                                                                       <L 90>
                wp::assign(var_473, var_480);
                wp::assign(var_33, var_476);
                goto start_while_22;
            }
            var_482 = wp::where(var_481, var_473, var_480);
            var_483 = wp::where(var_481, var_33, var_476);
            // d = points[j] - p                                                                  <L 91>
            var_484 = wp::address(var_points, var_483);
            var_486 = wp::load(var_484);
            var_485 = wp::sub(var_486, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_487 = wp::dot(var_485, var_485);
            // if d2 < r2:                                                                        <L 93>
            var_488 = (var_487 < var_7);
            if (var_488) {
                // count += 1                                                                     <L 94>
                var_491 = wp::add(var_9, var_490);
                // if d2 < best_d2:                                                               <L 95>
                var_492 = (var_487 < var_14);
                if (var_492) {
                    // best_d2 = d2                                                               <L 96>
                    var_493 = wp::copy(var_487);
                    // best = j                                                                   <L 97>
                    var_494 = wp::copy(var_483);
                }
                var_495 = wp::where(var_492, var_494, var_12);
                var_496 = wp::where(var_492, var_493, var_14);
            }
            var_497 = wp::where(var_488, var_491, var_9);
            var_498 = wp::where(var_488, var_495, var_12);
            var_499 = wp::where(var_488, var_496, var_14);
            wp::assign(var_9, var_497);
            wp::assign(var_12, var_498);
            wp::assign(var_14, var_499);
            wp::assign(var_473, var_482);
            wp::assign(var_33, var_483);
            wp::assign(var_41, var_485);
            wp::assign(var_43, var_487);
        goto start_while_22;
        end_while_22:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_502 = wp::add(var_4, var_501);
        var_503 = wp::add(var_5, var_500);
        var_504 = wp::add(var_6, var_378);
        var_505 = hash_cell_0(var_502, var_503, var_504, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_506 = wp::address(var_offsets, var_505);
        var_508 = wp::load(var_506);
        var_507 = wp::copy(var_508);
        // end = offsets[h + 1]                                                                   <L 84>
        var_510 = wp::add(var_505, var_509);
        var_511 = wp::address(var_offsets, var_510);
        var_513 = wp::load(var_511);
        var_512 = wp::copy(var_513);
        // k = start                                                                              <L 85>
        var_514 = wp::copy(var_507);
        // while k < end:                                                                         <L 86>
        start_while_24:;
        var_515 = (var_514 < var_512);
        if ((var_515) == false) goto end_while_24;
            // j = sorted_ids[k]                                                                  <L 87>
            var_516 = wp::address(var_sorted_ids, var_514);
            var_518 = wp::load(var_516);
            var_517 = wp::copy(var_518);
            // k += 1                                                                             <L 88>
            var_521 = wp::add(var_514, var_520);
            // if j == tid:                                                                       <L 89>
            var_522 = (var_517 == var_0);
            if (var_522) {
                // continue                                                                       <L 90>
                wp::assign(var_514, var_521);
                wp::assign(var_33, var_517);
                goto start_while_24;
            }
            var_523 = wp::where(var_522, var_514, var_521);
            var_524 = wp::where(var_522, var_33, var_517);
            // d = points[j] - p                                                                  <L 91>
            var_525 = wp::address(var_points, var_524);
            var_527 = wp::load(var_525);
            var_526 = wp::sub(var_527, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_528 = wp::dot(var_526, var_526);
            // if d2 < r2:                                                                        <L 93>
            var_529 = (var_528 < var_7);
            if (var_529) {
                // count += 1                                                                     <L 94>
                var_532 = wp::add(var_9, var_531);
                // if d2 < best_d2:                                                               <L 95>
                var_533 = (var_528 < var_14);
                if (var_533) {
                    // best_d2 = d2                                                               <L 96>
                    var_534 = wp::copy(var_528);
                    // best = j                                                                   <L 97>
                    var_535 = wp::copy(var_524);
                }
                var_536 = wp::where(var_533, var_535, var_12);
                var_537 = wp::where(var_533, var_534, var_14);
            }
            var_538 = wp::where(var_529, var_532, var_9);
            var_539 = wp::where(var_529, var_536, var_12);
            var_540 = wp::where(var_529, var_537, var_14);
            wp::assign(var_9, var_538);
            wp::assign(var_12, var_539);
            wp::assign(var_14, var_540);
            wp::assign(var_514, var_523);
            wp::assign(var_33, var_524);
            wp::assign(var_41, var_526);
            wp::assign(var_43, var_528);
        goto start_while_24;
        end_while_24:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_542 = wp::add(var_4, var_541);
        var_543 = wp::add(var_5, var_500);
        var_544 = wp::add(var_6, var_378);
        var_545 = hash_cell_0(var_542, var_543, var_544, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_546 = wp::address(var_offsets, var_545);
        var_548 = wp::load(var_546);
        var_547 = wp::copy(var_548);
        // end = offsets[h + 1]                                                                   <L 84>
        var_550 = wp::add(var_545, var_549);
        var_551 = wp::address(var_offsets, var_550);
        var_553 = wp::load(var_551);
        var_552 = wp::copy(var_553);
        // k = start                                                                              <L 85>
        var_554 = wp::copy(var_547);
        // while k < end:                                                                         <L 86>
        start_while_26:;
        var_555 = (var_554 < var_552);
        if ((var_555) == false) goto end_while_26;
            // j = sorted_ids[k]                                                                  <L 87>
            var_556 = wp::address(var_sorted_ids, var_554);
            var_558 = wp::load(var_556);
            var_557 = wp::copy(var_558);
            // k += 1                                                                             <L 88>
            var_561 = wp::add(var_554, var_560);
            // if j == tid:                                                                       <L 89>
            var_562 = (var_557 == var_0);
            if (var_562) {
                // continue                                                                       <L 90>
                wp::assign(var_554, var_561);
                wp::assign(var_33, var_557);
                goto start_while_26;
            }
            var_563 = wp::where(var_562, var_554, var_561);
            var_564 = wp::where(var_562, var_33, var_557);
            // d = points[j] - p                                                                  <L 91>
            var_565 = wp::address(var_points, var_564);
            var_567 = wp::load(var_565);
            var_566 = wp::sub(var_567, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_568 = wp::dot(var_566, var_566);
            // if d2 < r2:                                                                        <L 93>
            var_569 = (var_568 < var_7);
            if (var_569) {
                // count += 1                                                                     <L 94>
                var_572 = wp::add(var_9, var_571);
                // if d2 < best_d2:                                                               <L 95>
                var_573 = (var_568 < var_14);
                if (var_573) {
                    // best_d2 = d2                                                               <L 96>
                    var_574 = wp::copy(var_568);
                    // best = j                                                                   <L 97>
                    var_575 = wp::copy(var_564);
                }
                var_576 = wp::where(var_573, var_575, var_12);
                var_577 = wp::where(var_573, var_574, var_14);
            }
            var_578 = wp::where(var_569, var_572, var_9);
            var_579 = wp::where(var_569, var_576, var_12);
            var_580 = wp::where(var_569, var_577, var_14);
            wp::assign(var_9, var_578);
            wp::assign(var_12, var_579);
            wp::assign(var_14, var_580);
            wp::assign(var_554, var_563);
            wp::assign(var_33, var_564);
            wp::assign(var_41, var_566);
            wp::assign(var_43, var_568);
        goto start_while_26;
        end_while_26:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_582 = wp::add(var_4, var_581);
        var_583 = wp::add(var_5, var_500);
        var_584 = wp::add(var_6, var_378);
        var_585 = hash_cell_0(var_582, var_583, var_584, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_586 = wp::address(var_offsets, var_585);
        var_588 = wp::load(var_586);
        var_587 = wp::copy(var_588);
        // end = offsets[h + 1]                                                                   <L 84>
        var_590 = wp::add(var_585, var_589);
        var_591 = wp::address(var_offsets, var_590);
        var_593 = wp::load(var_591);
        var_592 = wp::copy(var_593);
        // k = start                                                                              <L 85>
        var_594 = wp::copy(var_587);
        // while k < end:                                                                         <L 86>
        start_while_28:;
        var_595 = (var_594 < var_592);
        if ((var_595) == false) goto end_while_28;
            // j = sorted_ids[k]                                                                  <L 87>
            var_596 = wp::address(var_sorted_ids, var_594);
            var_598 = wp::load(var_596);
            var_597 = wp::copy(var_598);
            // k += 1                                                                             <L 88>
            var_601 = wp::add(var_594, var_600);
            // if j == tid:                                                                       <L 89>
            var_602 = (var_597 == var_0);
            if (var_602) {
                // continue                                                                       <L 90>
                wp::assign(var_594, var_601);
                wp::assign(var_33, var_597);
                goto start_while_28;
            }
            var_603 = wp::where(var_602, var_594, var_601);
            var_604 = wp::where(var_602, var_33, var_597);
            // d = points[j] - p                                                                  <L 91>
            var_605 = wp::address(var_points, var_604);
            var_607 = wp::load(var_605);
            var_606 = wp::sub(var_607, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_608 = wp::dot(var_606, var_606);
            // if d2 < r2:                                                                        <L 93>
            var_609 = (var_608 < var_7);
            if (var_609) {
                // count += 1                                                                     <L 94>
                var_612 = wp::add(var_9, var_611);
                // if d2 < best_d2:                                                               <L 95>
                var_613 = (var_608 < var_14);
                if (var_613) {
                    // best_d2 = d2                                                               <L 96>
                    var_614 = wp::copy(var_608);
                    // best = j                                                                   <L 97>
                    var_615 = wp::copy(var_604);
                }
                var_616 = wp::where(var_613, var_615, var_12);
                var_617 = wp::where(var_613, var_614, var_14);
            }
            var_618 = wp::where(var_609, var_612, var_9);
            var_619 = wp::where(var_609, var_616, var_12);
            var_620 = wp::where(var_609, var_617, var_14);
            wp::assign(var_9, var_618);
            wp::assign(var_12, var_619);
            wp::assign(var_14, var_620);
            wp::assign(var_594, var_603);
            wp::assign(var_33, var_604);
            wp::assign(var_41, var_606);
            wp::assign(var_43, var_608);
        goto start_while_28;
        end_while_28:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_623 = wp::add(var_4, var_622);
        var_624 = wp::add(var_5, var_621);
        var_625 = wp::add(var_6, var_378);
        var_626 = hash_cell_0(var_623, var_624, var_625, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_627 = wp::address(var_offsets, var_626);
        var_629 = wp::load(var_627);
        var_628 = wp::copy(var_629);
        // end = offsets[h + 1]                                                                   <L 84>
        var_631 = wp::add(var_626, var_630);
        var_632 = wp::address(var_offsets, var_631);
        var_634 = wp::load(var_632);
        var_633 = wp::copy(var_634);
        // k = start                                                                              <L 85>
        var_635 = wp::copy(var_628);
        // while k < end:                                                                         <L 86>
        start_while_30:;
        var_636 = (var_635 < var_633);
        if ((var_636) == false) goto end_while_30;
            // j = sorted_ids[k]                                                                  <L 87>
            var_637 = wp::address(var_sorted_ids, var_635);
            var_639 = wp::load(var_637);
            var_638 = wp::copy(var_639);
            // k += 1                                                                             <L 88>
            var_642 = wp::add(var_635, var_641);
            // if j == tid:                                                                       <L 89>
            var_643 = (var_638 == var_0);
            if (var_643) {
                // continue                                                                       <L 90>
                wp::assign(var_635, var_642);
                wp::assign(var_33, var_638);
                goto start_while_30;
            }
            var_644 = wp::where(var_643, var_635, var_642);
            var_645 = wp::where(var_643, var_33, var_638);
            // d = points[j] - p                                                                  <L 91>
            var_646 = wp::address(var_points, var_645);
            var_648 = wp::load(var_646);
            var_647 = wp::sub(var_648, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_649 = wp::dot(var_647, var_647);
            // if d2 < r2:                                                                        <L 93>
            var_650 = (var_649 < var_7);
            if (var_650) {
                // count += 1                                                                     <L 94>
                var_653 = wp::add(var_9, var_652);
                // if d2 < best_d2:                                                               <L 95>
                var_654 = (var_649 < var_14);
                if (var_654) {
                    // best_d2 = d2                                                               <L 96>
                    var_655 = wp::copy(var_649);
                    // best = j                                                                   <L 97>
                    var_656 = wp::copy(var_645);
                }
                var_657 = wp::where(var_654, var_656, var_12);
                var_658 = wp::where(var_654, var_655, var_14);
            }
            var_659 = wp::where(var_650, var_653, var_9);
            var_660 = wp::where(var_650, var_657, var_12);
            var_661 = wp::where(var_650, var_658, var_14);
            wp::assign(var_9, var_659);
            wp::assign(var_12, var_660);
            wp::assign(var_14, var_661);
            wp::assign(var_635, var_644);
            wp::assign(var_33, var_645);
            wp::assign(var_41, var_647);
            wp::assign(var_43, var_649);
        goto start_while_30;
        end_while_30:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_663 = wp::add(var_4, var_662);
        var_664 = wp::add(var_5, var_621);
        var_665 = wp::add(var_6, var_378);
        var_666 = hash_cell_0(var_663, var_664, var_665, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_667 = wp::address(var_offsets, var_666);
        var_669 = wp::load(var_667);
        var_668 = wp::copy(var_669);
        // end = offsets[h + 1]                                                                   <L 84>
        var_671 = wp::add(var_666, var_670);
        var_672 = wp::address(var_offsets, var_671);
        var_674 = wp::load(var_672);
        var_673 = wp::copy(var_674);
        // k = start                                                                              <L 85>
        var_675 = wp::copy(var_668);
        // while k < end:                                                                         <L 86>
        start_while_32:;
        var_676 = (var_675 < var_673);
        if ((var_676) == false) goto end_while_32;
            // j = sorted_ids[k]                                                                  <L 87>
            var_677 = wp::address(var_sorted_ids, var_675);
            var_679 = wp::load(var_677);
            var_678 = wp::copy(var_679);
            // k += 1                                                                             <L 88>
            var_682 = wp::add(var_675, var_681);
            // if j == tid:                                                                       <L 89>
            var_683 = (var_678 == var_0);
            if (var_683) {
                // continue                                                                       <L 90>
                wp::assign(var_675, var_682);
                wp::assign(var_33, var_678);
                goto start_while_32;
            }
            var_684 = wp::where(var_683, var_675, var_682);
            var_685 = wp::where(var_683, var_33, var_678);
            // d = points[j] - p                                                                  <L 91>
            var_686 = wp::address(var_points, var_685);
            var_688 = wp::load(var_686);
            var_687 = wp::sub(var_688, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_689 = wp::dot(var_687, var_687);
            // if d2 < r2:                                                                        <L 93>
            var_690 = (var_689 < var_7);
            if (var_690) {
                // count += 1                                                                     <L 94>
                var_693 = wp::add(var_9, var_692);
                // if d2 < best_d2:                                                               <L 95>
                var_694 = (var_689 < var_14);
                if (var_694) {
                    // best_d2 = d2                                                               <L 96>
                    var_695 = wp::copy(var_689);
                    // best = j                                                                   <L 97>
                    var_696 = wp::copy(var_685);
                }
                var_697 = wp::where(var_694, var_696, var_12);
                var_698 = wp::where(var_694, var_695, var_14);
            }
            var_699 = wp::where(var_690, var_693, var_9);
            var_700 = wp::where(var_690, var_697, var_12);
            var_701 = wp::where(var_690, var_698, var_14);
            wp::assign(var_9, var_699);
            wp::assign(var_12, var_700);
            wp::assign(var_14, var_701);
            wp::assign(var_675, var_684);
            wp::assign(var_33, var_685);
            wp::assign(var_41, var_687);
            wp::assign(var_43, var_689);
        goto start_while_32;
        end_while_32:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_703 = wp::add(var_4, var_702);
        var_704 = wp::add(var_5, var_621);
        var_705 = wp::add(var_6, var_378);
        var_706 = hash_cell_0(var_703, var_704, var_705, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_707 = wp::address(var_offsets, var_706);
        var_709 = wp::load(var_707);
        var_708 = wp::copy(var_709);
        // end = offsets[h + 1]                                                                   <L 84>
        var_711 = wp::add(var_706, var_710);
        var_712 = wp::address(var_offsets, var_711);
        var_714 = wp::load(var_712);
        var_713 = wp::copy(var_714);
        // k = start                                                                              <L 85>
        var_715 = wp::copy(var_708);
        // while k < end:                                                                         <L 86>
        start_while_34:;
        var_716 = (var_715 < var_713);
        if ((var_716) == false) goto end_while_34;
            // j = sorted_ids[k]                                                                  <L 87>
            var_717 = wp::address(var_sorted_ids, var_715);
            var_719 = wp::load(var_717);
            var_718 = wp::copy(var_719);
            // k += 1                                                                             <L 88>
            var_722 = wp::add(var_715, var_721);
            // if j == tid:                                                                       <L 89>
            var_723 = (var_718 == var_0);
            if (var_723) {
                // continue                                                                       <L 90>
                wp::assign(var_715, var_722);
                wp::assign(var_33, var_718);
                goto start_while_34;
            }
            var_724 = wp::where(var_723, var_715, var_722);
            var_725 = wp::where(var_723, var_33, var_718);
            // d = points[j] - p                                                                  <L 91>
            var_726 = wp::address(var_points, var_725);
            var_728 = wp::load(var_726);
            var_727 = wp::sub(var_728, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_729 = wp::dot(var_727, var_727);
            // if d2 < r2:                                                                        <L 93>
            var_730 = (var_729 < var_7);
            if (var_730) {
                // count += 1                                                                     <L 94>
                var_733 = wp::add(var_9, var_732);
                // if d2 < best_d2:                                                               <L 95>
                var_734 = (var_729 < var_14);
                if (var_734) {
                    // best_d2 = d2                                                               <L 96>
                    var_735 = wp::copy(var_729);
                    // best = j                                                                   <L 97>
                    var_736 = wp::copy(var_725);
                }
                var_737 = wp::where(var_734, var_736, var_12);
                var_738 = wp::where(var_734, var_735, var_14);
            }
            var_739 = wp::where(var_730, var_733, var_9);
            var_740 = wp::where(var_730, var_737, var_12);
            var_741 = wp::where(var_730, var_738, var_14);
            wp::assign(var_9, var_739);
            wp::assign(var_12, var_740);
            wp::assign(var_14, var_741);
            wp::assign(var_715, var_724);
            wp::assign(var_33, var_725);
            wp::assign(var_41, var_727);
            wp::assign(var_43, var_729);
        goto start_while_34;
        end_while_34:;
        // for dy in range(-1, 2):                                                                <L 80>
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_745 = wp::add(var_4, var_744);
        var_746 = wp::add(var_5, var_743);
        var_747 = wp::add(var_6, var_742);
        var_748 = hash_cell_0(var_745, var_746, var_747, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_749 = wp::address(var_offsets, var_748);
        var_751 = wp::load(var_749);
        var_750 = wp::copy(var_751);
        // end = offsets[h + 1]                                                                   <L 84>
        var_753 = wp::add(var_748, var_752);
        var_754 = wp::address(var_offsets, var_753);
        var_756 = wp::load(var_754);
        var_755 = wp::copy(var_756);
        // k = start                                                                              <L 85>
        var_757 = wp::copy(var_750);
        // while k < end:                                                                         <L 86>
        start_while_36:;
        var_758 = (var_757 < var_755);
        if ((var_758) == false) goto end_while_36;
            // j = sorted_ids[k]                                                                  <L 87>
            var_759 = wp::address(var_sorted_ids, var_757);
            var_761 = wp::load(var_759);
            var_760 = wp::copy(var_761);
            // k += 1                                                                             <L 88>
            var_764 = wp::add(var_757, var_763);
            // if j == tid:                                                                       <L 89>
            var_765 = (var_760 == var_0);
            if (var_765) {
                // continue                                                                       <L 90>
                wp::assign(var_757, var_764);
                wp::assign(var_33, var_760);
                goto start_while_36;
            }
            var_766 = wp::where(var_765, var_757, var_764);
            var_767 = wp::where(var_765, var_33, var_760);
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
                var_775 = wp::add(var_9, var_774);
                // if d2 < best_d2:                                                               <L 95>
                var_776 = (var_771 < var_14);
                if (var_776) {
                    // best_d2 = d2                                                               <L 96>
                    var_777 = wp::copy(var_771);
                    // best = j                                                                   <L 97>
                    var_778 = wp::copy(var_767);
                }
                var_779 = wp::where(var_776, var_778, var_12);
                var_780 = wp::where(var_776, var_777, var_14);
            }
            var_781 = wp::where(var_772, var_775, var_9);
            var_782 = wp::where(var_772, var_779, var_12);
            var_783 = wp::where(var_772, var_780, var_14);
            wp::assign(var_9, var_781);
            wp::assign(var_12, var_782);
            wp::assign(var_14, var_783);
            wp::assign(var_757, var_766);
            wp::assign(var_33, var_767);
            wp::assign(var_41, var_769);
            wp::assign(var_43, var_771);
        goto start_while_36;
        end_while_36:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_785 = wp::add(var_4, var_784);
        var_786 = wp::add(var_5, var_743);
        var_787 = wp::add(var_6, var_742);
        var_788 = hash_cell_0(var_785, var_786, var_787, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_789 = wp::address(var_offsets, var_788);
        var_791 = wp::load(var_789);
        var_790 = wp::copy(var_791);
        // end = offsets[h + 1]                                                                   <L 84>
        var_793 = wp::add(var_788, var_792);
        var_794 = wp::address(var_offsets, var_793);
        var_796 = wp::load(var_794);
        var_795 = wp::copy(var_796);
        // k = start                                                                              <L 85>
        var_797 = wp::copy(var_790);
        // while k < end:                                                                         <L 86>
        start_while_38:;
        var_798 = (var_797 < var_795);
        if ((var_798) == false) goto end_while_38;
            // j = sorted_ids[k]                                                                  <L 87>
            var_799 = wp::address(var_sorted_ids, var_797);
            var_801 = wp::load(var_799);
            var_800 = wp::copy(var_801);
            // k += 1                                                                             <L 88>
            var_804 = wp::add(var_797, var_803);
            // if j == tid:                                                                       <L 89>
            var_805 = (var_800 == var_0);
            if (var_805) {
                // continue                                                                       <L 90>
                wp::assign(var_797, var_804);
                wp::assign(var_33, var_800);
                goto start_while_38;
            }
            var_806 = wp::where(var_805, var_797, var_804);
            var_807 = wp::where(var_805, var_33, var_800);
            // d = points[j] - p                                                                  <L 91>
            var_808 = wp::address(var_points, var_807);
            var_810 = wp::load(var_808);
            var_809 = wp::sub(var_810, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_811 = wp::dot(var_809, var_809);
            // if d2 < r2:                                                                        <L 93>
            var_812 = (var_811 < var_7);
            if (var_812) {
                // count += 1                                                                     <L 94>
                var_815 = wp::add(var_9, var_814);
                // if d2 < best_d2:                                                               <L 95>
                var_816 = (var_811 < var_14);
                if (var_816) {
                    // best_d2 = d2                                                               <L 96>
                    var_817 = wp::copy(var_811);
                    // best = j                                                                   <L 97>
                    var_818 = wp::copy(var_807);
                }
                var_819 = wp::where(var_816, var_818, var_12);
                var_820 = wp::where(var_816, var_817, var_14);
            }
            var_821 = wp::where(var_812, var_815, var_9);
            var_822 = wp::where(var_812, var_819, var_12);
            var_823 = wp::where(var_812, var_820, var_14);
            wp::assign(var_9, var_821);
            wp::assign(var_12, var_822);
            wp::assign(var_14, var_823);
            wp::assign(var_797, var_806);
            wp::assign(var_33, var_807);
            wp::assign(var_41, var_809);
            wp::assign(var_43, var_811);
        goto start_while_38;
        end_while_38:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_825 = wp::add(var_4, var_824);
        var_826 = wp::add(var_5, var_743);
        var_827 = wp::add(var_6, var_742);
        var_828 = hash_cell_0(var_825, var_826, var_827, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_829 = wp::address(var_offsets, var_828);
        var_831 = wp::load(var_829);
        var_830 = wp::copy(var_831);
        // end = offsets[h + 1]                                                                   <L 84>
        var_833 = wp::add(var_828, var_832);
        var_834 = wp::address(var_offsets, var_833);
        var_836 = wp::load(var_834);
        var_835 = wp::copy(var_836);
        // k = start                                                                              <L 85>
        var_837 = wp::copy(var_830);
        // while k < end:                                                                         <L 86>
        start_while_40:;
        var_838 = (var_837 < var_835);
        if ((var_838) == false) goto end_while_40;
            // j = sorted_ids[k]                                                                  <L 87>
            var_839 = wp::address(var_sorted_ids, var_837);
            var_841 = wp::load(var_839);
            var_840 = wp::copy(var_841);
            // k += 1                                                                             <L 88>
            var_844 = wp::add(var_837, var_843);
            // if j == tid:                                                                       <L 89>
            var_845 = (var_840 == var_0);
            if (var_845) {
                // continue                                                                       <L 90>
                wp::assign(var_837, var_844);
                wp::assign(var_33, var_840);
                goto start_while_40;
            }
            var_846 = wp::where(var_845, var_837, var_844);
            var_847 = wp::where(var_845, var_33, var_840);
            // d = points[j] - p                                                                  <L 91>
            var_848 = wp::address(var_points, var_847);
            var_850 = wp::load(var_848);
            var_849 = wp::sub(var_850, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_851 = wp::dot(var_849, var_849);
            // if d2 < r2:                                                                        <L 93>
            var_852 = (var_851 < var_7);
            if (var_852) {
                // count += 1                                                                     <L 94>
                var_855 = wp::add(var_9, var_854);
                // if d2 < best_d2:                                                               <L 95>
                var_856 = (var_851 < var_14);
                if (var_856) {
                    // best_d2 = d2                                                               <L 96>
                    var_857 = wp::copy(var_851);
                    // best = j                                                                   <L 97>
                    var_858 = wp::copy(var_847);
                }
                var_859 = wp::where(var_856, var_858, var_12);
                var_860 = wp::where(var_856, var_857, var_14);
            }
            var_861 = wp::where(var_852, var_855, var_9);
            var_862 = wp::where(var_852, var_859, var_12);
            var_863 = wp::where(var_852, var_860, var_14);
            wp::assign(var_9, var_861);
            wp::assign(var_12, var_862);
            wp::assign(var_14, var_863);
            wp::assign(var_837, var_846);
            wp::assign(var_33, var_847);
            wp::assign(var_41, var_849);
            wp::assign(var_43, var_851);
        goto start_while_40;
        end_while_40:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_866 = wp::add(var_4, var_865);
        var_867 = wp::add(var_5, var_864);
        var_868 = wp::add(var_6, var_742);
        var_869 = hash_cell_0(var_866, var_867, var_868, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_870 = wp::address(var_offsets, var_869);
        var_872 = wp::load(var_870);
        var_871 = wp::copy(var_872);
        // end = offsets[h + 1]                                                                   <L 84>
        var_874 = wp::add(var_869, var_873);
        var_875 = wp::address(var_offsets, var_874);
        var_877 = wp::load(var_875);
        var_876 = wp::copy(var_877);
        // k = start                                                                              <L 85>
        var_878 = wp::copy(var_871);
        // while k < end:                                                                         <L 86>
        start_while_42:;
        var_879 = (var_878 < var_876);
        if ((var_879) == false) goto end_while_42;
            // j = sorted_ids[k]                                                                  <L 87>
            var_880 = wp::address(var_sorted_ids, var_878);
            var_882 = wp::load(var_880);
            var_881 = wp::copy(var_882);
            // k += 1                                                                             <L 88>
            var_885 = wp::add(var_878, var_884);
            // if j == tid:                                                                       <L 89>
            var_886 = (var_881 == var_0);
            if (var_886) {
                // continue                                                                       <L 90>
                wp::assign(var_878, var_885);
                wp::assign(var_33, var_881);
                goto start_while_42;
            }
            var_887 = wp::where(var_886, var_878, var_885);
            var_888 = wp::where(var_886, var_33, var_881);
            // d = points[j] - p                                                                  <L 91>
            var_889 = wp::address(var_points, var_888);
            var_891 = wp::load(var_889);
            var_890 = wp::sub(var_891, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_892 = wp::dot(var_890, var_890);
            // if d2 < r2:                                                                        <L 93>
            var_893 = (var_892 < var_7);
            if (var_893) {
                // count += 1                                                                     <L 94>
                var_896 = wp::add(var_9, var_895);
                // if d2 < best_d2:                                                               <L 95>
                var_897 = (var_892 < var_14);
                if (var_897) {
                    // best_d2 = d2                                                               <L 96>
                    var_898 = wp::copy(var_892);
                    // best = j                                                                   <L 97>
                    var_899 = wp::copy(var_888);
                }
                var_900 = wp::where(var_897, var_899, var_12);
                var_901 = wp::where(var_897, var_898, var_14);
            }
            var_902 = wp::where(var_893, var_896, var_9);
            var_903 = wp::where(var_893, var_900, var_12);
            var_904 = wp::where(var_893, var_901, var_14);
            wp::assign(var_9, var_902);
            wp::assign(var_12, var_903);
            wp::assign(var_14, var_904);
            wp::assign(var_878, var_887);
            wp::assign(var_33, var_888);
            wp::assign(var_41, var_890);
            wp::assign(var_43, var_892);
        goto start_while_42;
        end_while_42:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_906 = wp::add(var_4, var_905);
        var_907 = wp::add(var_5, var_864);
        var_908 = wp::add(var_6, var_742);
        var_909 = hash_cell_0(var_906, var_907, var_908, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_910 = wp::address(var_offsets, var_909);
        var_912 = wp::load(var_910);
        var_911 = wp::copy(var_912);
        // end = offsets[h + 1]                                                                   <L 84>
        var_914 = wp::add(var_909, var_913);
        var_915 = wp::address(var_offsets, var_914);
        var_917 = wp::load(var_915);
        var_916 = wp::copy(var_917);
        // k = start                                                                              <L 85>
        var_918 = wp::copy(var_911);
        // while k < end:                                                                         <L 86>
        start_while_44:;
        var_919 = (var_918 < var_916);
        if ((var_919) == false) goto end_while_44;
            // j = sorted_ids[k]                                                                  <L 87>
            var_920 = wp::address(var_sorted_ids, var_918);
            var_922 = wp::load(var_920);
            var_921 = wp::copy(var_922);
            // k += 1                                                                             <L 88>
            var_925 = wp::add(var_918, var_924);
            // if j == tid:                                                                       <L 89>
            var_926 = (var_921 == var_0);
            if (var_926) {
                // continue                                                                       <L 90>
                wp::assign(var_918, var_925);
                wp::assign(var_33, var_921);
                goto start_while_44;
            }
            var_927 = wp::where(var_926, var_918, var_925);
            var_928 = wp::where(var_926, var_33, var_921);
            // d = points[j] - p                                                                  <L 91>
            var_929 = wp::address(var_points, var_928);
            var_931 = wp::load(var_929);
            var_930 = wp::sub(var_931, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_932 = wp::dot(var_930, var_930);
            // if d2 < r2:                                                                        <L 93>
            var_933 = (var_932 < var_7);
            if (var_933) {
                // count += 1                                                                     <L 94>
                var_936 = wp::add(var_9, var_935);
                // if d2 < best_d2:                                                               <L 95>
                var_937 = (var_932 < var_14);
                if (var_937) {
                    // best_d2 = d2                                                               <L 96>
                    var_938 = wp::copy(var_932);
                    // best = j                                                                   <L 97>
                    var_939 = wp::copy(var_928);
                }
                var_940 = wp::where(var_937, var_939, var_12);
                var_941 = wp::where(var_937, var_938, var_14);
            }
            var_942 = wp::where(var_933, var_936, var_9);
            var_943 = wp::where(var_933, var_940, var_12);
            var_944 = wp::where(var_933, var_941, var_14);
            wp::assign(var_9, var_942);
            wp::assign(var_12, var_943);
            wp::assign(var_14, var_944);
            wp::assign(var_918, var_927);
            wp::assign(var_33, var_928);
            wp::assign(var_41, var_930);
            wp::assign(var_43, var_932);
        goto start_while_44;
        end_while_44:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_946 = wp::add(var_4, var_945);
        var_947 = wp::add(var_5, var_864);
        var_948 = wp::add(var_6, var_742);
        var_949 = hash_cell_0(var_946, var_947, var_948, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_950 = wp::address(var_offsets, var_949);
        var_952 = wp::load(var_950);
        var_951 = wp::copy(var_952);
        // end = offsets[h + 1]                                                                   <L 84>
        var_954 = wp::add(var_949, var_953);
        var_955 = wp::address(var_offsets, var_954);
        var_957 = wp::load(var_955);
        var_956 = wp::copy(var_957);
        // k = start                                                                              <L 85>
        var_958 = wp::copy(var_951);
        // while k < end:                                                                         <L 86>
        start_while_46:;
        var_959 = (var_958 < var_956);
        if ((var_959) == false) goto end_while_46;
            // j = sorted_ids[k]                                                                  <L 87>
            var_960 = wp::address(var_sorted_ids, var_958);
            var_962 = wp::load(var_960);
            var_961 = wp::copy(var_962);
            // k += 1                                                                             <L 88>
            var_965 = wp::add(var_958, var_964);
            // if j == tid:                                                                       <L 89>
            var_966 = (var_961 == var_0);
            if (var_966) {
                // continue                                                                       <L 90>
                wp::assign(var_958, var_965);
                wp::assign(var_33, var_961);
                goto start_while_46;
            }
            var_967 = wp::where(var_966, var_958, var_965);
            var_968 = wp::where(var_966, var_33, var_961);
            // d = points[j] - p                                                                  <L 91>
            var_969 = wp::address(var_points, var_968);
            var_971 = wp::load(var_969);
            var_970 = wp::sub(var_971, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_972 = wp::dot(var_970, var_970);
            // if d2 < r2:                                                                        <L 93>
            var_973 = (var_972 < var_7);
            if (var_973) {
                // count += 1                                                                     <L 94>
                var_976 = wp::add(var_9, var_975);
                // if d2 < best_d2:                                                               <L 95>
                var_977 = (var_972 < var_14);
                if (var_977) {
                    // best_d2 = d2                                                               <L 96>
                    var_978 = wp::copy(var_972);
                    // best = j                                                                   <L 97>
                    var_979 = wp::copy(var_968);
                }
                var_980 = wp::where(var_977, var_979, var_12);
                var_981 = wp::where(var_977, var_978, var_14);
            }
            var_982 = wp::where(var_973, var_976, var_9);
            var_983 = wp::where(var_973, var_980, var_12);
            var_984 = wp::where(var_973, var_981, var_14);
            wp::assign(var_9, var_982);
            wp::assign(var_12, var_983);
            wp::assign(var_14, var_984);
            wp::assign(var_958, var_967);
            wp::assign(var_33, var_968);
            wp::assign(var_41, var_970);
            wp::assign(var_43, var_972);
        goto start_while_46;
        end_while_46:;
        // for dx in range(-1, 2):                                                                <L 81>
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_987 = wp::add(var_4, var_986);
        var_988 = wp::add(var_5, var_985);
        var_989 = wp::add(var_6, var_742);
        var_990 = hash_cell_0(var_987, var_988, var_989, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_991 = wp::address(var_offsets, var_990);
        var_993 = wp::load(var_991);
        var_992 = wp::copy(var_993);
        // end = offsets[h + 1]                                                                   <L 84>
        var_995 = wp::add(var_990, var_994);
        var_996 = wp::address(var_offsets, var_995);
        var_998 = wp::load(var_996);
        var_997 = wp::copy(var_998);
        // k = start                                                                              <L 85>
        var_999 = wp::copy(var_992);
        // while k < end:                                                                         <L 86>
        start_while_48:;
        var_1000 = (var_999 < var_997);
        if ((var_1000) == false) goto end_while_48;
            // j = sorted_ids[k]                                                                  <L 87>
            var_1001 = wp::address(var_sorted_ids, var_999);
            var_1003 = wp::load(var_1001);
            var_1002 = wp::copy(var_1003);
            // k += 1                                                                             <L 88>
            var_1006 = wp::add(var_999, var_1005);
            // if j == tid:                                                                       <L 89>
            var_1007 = (var_1002 == var_0);
            if (var_1007) {
                // continue                                                                       <L 90>
                wp::assign(var_999, var_1006);
                wp::assign(var_33, var_1002);
                goto start_while_48;
            }
            var_1008 = wp::where(var_1007, var_999, var_1006);
            var_1009 = wp::where(var_1007, var_33, var_1002);
            // d = points[j] - p                                                                  <L 91>
            var_1010 = wp::address(var_points, var_1009);
            var_1012 = wp::load(var_1010);
            var_1011 = wp::sub(var_1012, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_1013 = wp::dot(var_1011, var_1011);
            // if d2 < r2:                                                                        <L 93>
            var_1014 = (var_1013 < var_7);
            if (var_1014) {
                // count += 1                                                                     <L 94>
                var_1017 = wp::add(var_9, var_1016);
                // if d2 < best_d2:                                                               <L 95>
                var_1018 = (var_1013 < var_14);
                if (var_1018) {
                    // best_d2 = d2                                                               <L 96>
                    var_1019 = wp::copy(var_1013);
                    // best = j                                                                   <L 97>
                    var_1020 = wp::copy(var_1009);
                }
                var_1021 = wp::where(var_1018, var_1020, var_12);
                var_1022 = wp::where(var_1018, var_1019, var_14);
            }
            var_1023 = wp::where(var_1014, var_1017, var_9);
            var_1024 = wp::where(var_1014, var_1021, var_12);
            var_1025 = wp::where(var_1014, var_1022, var_14);
            wp::assign(var_9, var_1023);
            wp::assign(var_12, var_1024);
            wp::assign(var_14, var_1025);
            wp::assign(var_999, var_1008);
            wp::assign(var_33, var_1009);
            wp::assign(var_41, var_1011);
            wp::assign(var_43, var_1013);
        goto start_while_48;
        end_while_48:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_1027 = wp::add(var_4, var_1026);
        var_1028 = wp::add(var_5, var_985);
        var_1029 = wp::add(var_6, var_742);
        var_1030 = hash_cell_0(var_1027, var_1028, var_1029, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_1031 = wp::address(var_offsets, var_1030);
        var_1033 = wp::load(var_1031);
        var_1032 = wp::copy(var_1033);
        // end = offsets[h + 1]                                                                   <L 84>
        var_1035 = wp::add(var_1030, var_1034);
        var_1036 = wp::address(var_offsets, var_1035);
        var_1038 = wp::load(var_1036);
        var_1037 = wp::copy(var_1038);
        // k = start                                                                              <L 85>
        var_1039 = wp::copy(var_1032);
        // while k < end:                                                                         <L 86>
        start_while_50:;
        var_1040 = (var_1039 < var_1037);
        if ((var_1040) == false) goto end_while_50;
            // j = sorted_ids[k]                                                                  <L 87>
            var_1041 = wp::address(var_sorted_ids, var_1039);
            var_1043 = wp::load(var_1041);
            var_1042 = wp::copy(var_1043);
            // k += 1                                                                             <L 88>
            var_1046 = wp::add(var_1039, var_1045);
            // if j == tid:                                                                       <L 89>
            var_1047 = (var_1042 == var_0);
            if (var_1047) {
                // continue                                                                       <L 90>
                wp::assign(var_1039, var_1046);
                wp::assign(var_33, var_1042);
                goto start_while_50;
            }
            var_1048 = wp::where(var_1047, var_1039, var_1046);
            var_1049 = wp::where(var_1047, var_33, var_1042);
            // d = points[j] - p                                                                  <L 91>
            var_1050 = wp::address(var_points, var_1049);
            var_1052 = wp::load(var_1050);
            var_1051 = wp::sub(var_1052, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_1053 = wp::dot(var_1051, var_1051);
            // if d2 < r2:                                                                        <L 93>
            var_1054 = (var_1053 < var_7);
            if (var_1054) {
                // count += 1                                                                     <L 94>
                var_1057 = wp::add(var_9, var_1056);
                // if d2 < best_d2:                                                               <L 95>
                var_1058 = (var_1053 < var_14);
                if (var_1058) {
                    // best_d2 = d2                                                               <L 96>
                    var_1059 = wp::copy(var_1053);
                    // best = j                                                                   <L 97>
                    var_1060 = wp::copy(var_1049);
                }
                var_1061 = wp::where(var_1058, var_1060, var_12);
                var_1062 = wp::where(var_1058, var_1059, var_14);
            }
            var_1063 = wp::where(var_1054, var_1057, var_9);
            var_1064 = wp::where(var_1054, var_1061, var_12);
            var_1065 = wp::where(var_1054, var_1062, var_14);
            wp::assign(var_9, var_1063);
            wp::assign(var_12, var_1064);
            wp::assign(var_14, var_1065);
            wp::assign(var_1039, var_1048);
            wp::assign(var_33, var_1049);
            wp::assign(var_41, var_1051);
            wp::assign(var_43, var_1053);
        goto start_while_50;
        end_while_50:;
        // h = hash_cell(cx + dx, cy + dy, cz + dz, table_size)                                   <L 82>
        var_1067 = wp::add(var_4, var_1066);
        var_1068 = wp::add(var_5, var_985);
        var_1069 = wp::add(var_6, var_742);
        var_1070 = hash_cell_0(var_1067, var_1068, var_1069, var_table_size);
        // start = offsets[h]                                                                     <L 83>
        var_1071 = wp::address(var_offsets, var_1070);
        var_1073 = wp::load(var_1071);
        var_1072 = wp::copy(var_1073);
        // end = offsets[h + 1]                                                                   <L 84>
        var_1075 = wp::add(var_1070, var_1074);
        var_1076 = wp::address(var_offsets, var_1075);
        var_1078 = wp::load(var_1076);
        var_1077 = wp::copy(var_1078);
        // k = start                                                                              <L 85>
        var_1079 = wp::copy(var_1072);
        // while k < end:                                                                         <L 86>
        start_while_52:;
        var_1080 = (var_1079 < var_1077);
        if ((var_1080) == false) goto end_while_52;
            // j = sorted_ids[k]                                                                  <L 87>
            var_1081 = wp::address(var_sorted_ids, var_1079);
            var_1083 = wp::load(var_1081);
            var_1082 = wp::copy(var_1083);
            // k += 1                                                                             <L 88>
            var_1086 = wp::add(var_1079, var_1085);
            // if j == tid:                                                                       <L 89>
            var_1087 = (var_1082 == var_0);
            if (var_1087) {
                // continue                                                                       <L 90>
                wp::assign(var_1079, var_1086);
                wp::assign(var_33, var_1082);
                goto start_while_52;
            }
            var_1088 = wp::where(var_1087, var_1079, var_1086);
            var_1089 = wp::where(var_1087, var_33, var_1082);
            // d = points[j] - p                                                                  <L 91>
            var_1090 = wp::address(var_points, var_1089);
            var_1092 = wp::load(var_1090);
            var_1091 = wp::sub(var_1092, var_2);
            // d2 = wp.dot(d, d)                                                                  <L 92>
            var_1093 = wp::dot(var_1091, var_1091);
            // if d2 < r2:                                                                        <L 93>
            var_1094 = (var_1093 < var_7);
            if (var_1094) {
                // count += 1                                                                     <L 94>
                var_1097 = wp::add(var_9, var_1096);
                // if d2 < best_d2:                                                               <L 95>
                var_1098 = (var_1093 < var_14);
                if (var_1098) {
                    // best_d2 = d2                                                               <L 96>
                    var_1099 = wp::copy(var_1093);
                    // best = j                                                                   <L 97>
                    var_1100 = wp::copy(var_1089);
                }
                var_1101 = wp::where(var_1098, var_1100, var_12);
                var_1102 = wp::where(var_1098, var_1099, var_14);
            }
            var_1103 = wp::where(var_1094, var_1097, var_9);
            var_1104 = wp::where(var_1094, var_1101, var_12);
            var_1105 = wp::where(var_1094, var_1102, var_14);
            wp::assign(var_9, var_1103);
            wp::assign(var_12, var_1104);
            wp::assign(var_14, var_1105);
            wp::assign(var_1079, var_1088);
            wp::assign(var_33, var_1089);
            wp::assign(var_41, var_1091);
            wp::assign(var_43, var_1093);
        goto start_while_52;
        end_while_52:;
        // neighbor_count[tid] = count                                                            <L 98>
        wp::array_store(var_neighbor_count, var_0, var_9);
        // closest[tid] = best                                                                    <L 99>
        wp::array_store(var_closest, var_0, var_12);
    }
}

