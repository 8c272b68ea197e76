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



extern "C" __global__ void matmul_naive_18738c4a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::float32 var_alpha,
    wp::float32 var_beta)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // forward
        // def matmul_naive(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), alpha: float, beta: float):       <L 7>
        // i, j = wp.tid()                                                                        <L 8>
        builtin_tid2d(var_0, var_1);
        // K = A.shape[1]                                                                         <L 9>
        var_2 = &(var_A.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // s = float(0.0)                                                                         <L 10>
        var_7 = wp::float(var_6);
        // for k in range(K):                                                                     <L 11>
        var_8 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // s += A[i, k] * B[k, j]                                                             <L 12>
            var_10 = wp::address(var_A, var_0, var_9);
            var_11 = wp::address(var_B, var_9, var_1);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::mul(var_13, var_14);
            var_15 = wp::add(var_7, var_12);
            wp::assign(var_7, var_15);
            goto start_for_0;
        end_for_0:;
        // C[i, j] = alpha * s + beta * C[i, j]                                                   <L 13>
        var_16 = wp::mul(var_alpha, var_7);
        var_17 = wp::address(var_C, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_beta, var_19);
        var_20 = wp::add(var_16, var_18);
        wp::array_store(var_C, var_0, var_1, var_20);
    }
}



extern "C" __global__ void matmul_naive_18738c4a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::float32 adj_alpha,
    wp::float32 adj_beta)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
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
        //---------
        // forward
        // def matmul_naive(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), alpha: float, beta: float):       <L 7>
        // i, j = wp.tid()                                                                        <L 8>
        builtin_tid2d(var_0, var_1);
        // K = A.shape[1]                                                                         <L 9>
        var_2 = &(var_A.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // s = float(0.0)                                                                         <L 10>
        var_7 = wp::float(var_6);
        // for k in range(K):                                                                     <L 11>
        var_8 = wp::range(var_4);
        // C[i, j] = alpha * s + beta * C[i, j]                                                   <L 13>
        var_16 = wp::mul(var_alpha, var_7);
        var_17 = wp::address(var_C, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_beta, var_19);
        var_20 = wp::add(var_16, var_18);
        // wp::array_store(var_C, var_0, var_1, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_C, var_0, var_1, var_20, adj_C, adj_0, adj_1, adj_20);
        wp::adj_add(var_16, var_18, adj_16, adj_18, adj_20);
        wp::adj_mul(var_beta, var_19, adj_beta, adj_17, adj_18);
        wp::adj_address(var_C, var_0, var_1, adj_C, adj_0, adj_1, adj_17);
        wp::adj_mul(var_alpha, var_7, adj_alpha, adj_7, adj_16);
        // adj: C[i, j] = alpha * s + beta * C[i, j]                                              <L 13>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
            // s += A[i, k] * B[k, j]                                                             <L 12>
            var_10 = wp::address(var_A, var_0, var_9);
            var_11 = wp::address(var_B, var_9, var_1);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::mul(var_13, var_14);
            var_15 = wp::add(var_7, var_12);
            wp::assign(var_7, var_15);
            wp::adj_assign(var_7, var_15, adj_7, adj_15);
            wp::adj_add(var_7, var_12, adj_7, adj_12, adj_15);
            wp::adj_mul(var_13, var_14, adj_10, adj_11, adj_12);
            wp::adj_address(var_B, var_9, var_1, adj_B, adj_9, adj_1, adj_11);
            wp::adj_address(var_A, var_0, var_9, adj_A, adj_0, adj_9, adj_10);
            // adj: s += A[i, k] * B[k, j]                                                        <L 12>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(K):                                                                <L 11>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: s = float(0.0)                                                                    <L 10>
        adj_A.shape = adj_2;
        // adj: K = A.shape[1]                                                                    <L 9>
        // adj: i, j = wp.tid()                                                                   <L 8>
        // adj: def matmul_naive(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), alpha: float, beta: float):  <L 7>
        continue;
    }
}



extern "C" __global__ void matmul_register_blocked_173ce77d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 4;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<4, wp::float32> var_20;
        wp::vec_t<4, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        bool var_24;
        wp::int32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::int32 var_28;
        bool var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        bool var_35;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        bool var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 2;
        wp::int32 var_45;
        bool var_46;
        wp::int32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        bool var_51;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 3;
        wp::int32 var_56;
        bool var_57;
        wp::int32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::int32 var_61;
        bool var_62;
        wp::int32 var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::mat_t<4, 4, wp::float32> var_66;
        wp::mat_t<4, 4, wp::float32> var_67;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        bool var_70;
        wp::int32 var_71;
        bool var_72;
        wp::int32 var_73;
        bool var_74;
        wp::float32 var_75;
        wp::int32 var_76;
        wp::int32 var_77;
        const wp::int32 var_78 = 1;
        bool var_79;
        wp::int32 var_80;
        bool var_81;
        wp::int32 var_82;
        bool var_83;
        wp::float32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 2;
        bool var_88;
        wp::int32 var_89;
        bool var_90;
        wp::int32 var_91;
        bool var_92;
        wp::float32 var_93;
        wp::int32 var_94;
        wp::int32 var_95;
        const wp::int32 var_96 = 3;
        bool var_97;
        wp::int32 var_98;
        bool var_99;
        wp::int32 var_100;
        bool var_101;
        wp::float32 var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        const wp::int32 var_105 = 1;
        const wp::int32 var_106 = 0;
        bool var_107;
        wp::int32 var_108;
        bool var_109;
        wp::int32 var_110;
        bool var_111;
        wp::float32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        bool var_116;
        wp::int32 var_117;
        bool var_118;
        wp::int32 var_119;
        bool var_120;
        wp::float32 var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        const wp::int32 var_124 = 2;
        bool var_125;
        wp::int32 var_126;
        bool var_127;
        wp::int32 var_128;
        bool var_129;
        wp::float32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 3;
        bool var_134;
        wp::int32 var_135;
        bool var_136;
        wp::int32 var_137;
        bool var_138;
        wp::float32 var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        const wp::int32 var_142 = 2;
        const wp::int32 var_143 = 0;
        bool var_144;
        wp::int32 var_145;
        bool var_146;
        wp::int32 var_147;
        bool var_148;
        wp::float32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 1;
        bool var_153;
        wp::int32 var_154;
        bool var_155;
        wp::int32 var_156;
        bool var_157;
        wp::float32 var_158;
        wp::int32 var_159;
        wp::int32 var_160;
        const wp::int32 var_161 = 2;
        bool var_162;
        wp::int32 var_163;
        bool var_164;
        wp::int32 var_165;
        bool var_166;
        wp::float32 var_167;
        wp::int32 var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 3;
        bool var_171;
        wp::int32 var_172;
        bool var_173;
        wp::int32 var_174;
        bool var_175;
        wp::float32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        const wp::int32 var_179 = 3;
        const wp::int32 var_180 = 0;
        bool var_181;
        wp::int32 var_182;
        bool var_183;
        wp::int32 var_184;
        bool var_185;
        wp::float32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        const wp::int32 var_189 = 1;
        bool var_190;
        wp::int32 var_191;
        bool var_192;
        wp::int32 var_193;
        bool var_194;
        wp::float32 var_195;
        wp::int32 var_196;
        wp::int32 var_197;
        const wp::int32 var_198 = 2;
        bool var_199;
        wp::int32 var_200;
        bool var_201;
        wp::int32 var_202;
        bool var_203;
        wp::float32 var_204;
        wp::int32 var_205;
        wp::int32 var_206;
        const wp::int32 var_207 = 3;
        bool var_208;
        wp::int32 var_209;
        bool var_210;
        wp::int32 var_211;
        bool var_212;
        wp::float32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        //---------
        // forward
        // def matmul_register_blocked(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 17>
        // bi, bj = wp.tid()                                                                      <L 18>
        builtin_tid2d(var_0, var_1);
        // M = A.shape[0]                                                                         <L 19>
        var_2 = &(var_A.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // N = B.shape[1]                                                                         <L 20>
        var_6 = &(var_B.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // K = A.shape[1]                                                                         <L 21>
        var_10 = &(var_A.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // i0 = bi * TILE                                                                         <L 22>
        var_15 = wp::mul(var_0, var_14);
        // j0 = bj * TILE                                                                         <L 23>
        var_16 = wp::mul(var_1, var_14);
        // acc = wp.mat44()                                                                       <L 24>
        var_17 = wp::mat_t<4, 4, wp::float32>();
        // for k in range(K):                                                                     <L 25>
        var_18 = wp::range(var_12);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
            // a = wp.vec4()                                                                      <L 26>
            var_20 = wp::vec_t<4, wp::float32>();
            // b = wp.vec4()                                                                      <L 27>
            var_21 = wp::vec_t<4, wp::float32>();
            // for t in range(TILE):                                                              <L 28>
            // if i0 + t < M:                                                                     <L 29>
            var_23 = wp::add(var_15, var_22);
            var_24 = (var_23 < var_4);
            if (var_24) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_25 = wp::add(var_15, var_22);
                var_26 = wp::address(var_A, var_25, var_19);
                var_27 = wp::load(var_26);
                wp::assign_inplace(var_20, var_22, var_27);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_28 = wp::add(var_16, var_22);
            var_29 = (var_28 < var_8);
            if (var_29) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_30 = wp::add(var_16, var_22);
                var_31 = wp::address(var_B, var_19, var_30);
                var_32 = wp::load(var_31);
                wp::assign_inplace(var_21, var_22, var_32);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_34 = wp::add(var_15, var_33);
            var_35 = (var_34 < var_4);
            if (var_35) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_36 = wp::add(var_15, var_33);
                var_37 = wp::address(var_A, var_36, var_19);
                var_38 = wp::load(var_37);
                wp::assign_inplace(var_20, var_33, var_38);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_39 = wp::add(var_16, var_33);
            var_40 = (var_39 < var_8);
            if (var_40) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_41 = wp::add(var_16, var_33);
                var_42 = wp::address(var_B, var_19, var_41);
                var_43 = wp::load(var_42);
                wp::assign_inplace(var_21, var_33, var_43);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_45 = wp::add(var_15, var_44);
            var_46 = (var_45 < var_4);
            if (var_46) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_47 = wp::add(var_15, var_44);
                var_48 = wp::address(var_A, var_47, var_19);
                var_49 = wp::load(var_48);
                wp::assign_inplace(var_20, var_44, var_49);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_50 = wp::add(var_16, var_44);
            var_51 = (var_50 < var_8);
            if (var_51) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_52 = wp::add(var_16, var_44);
                var_53 = wp::address(var_B, var_19, var_52);
                var_54 = wp::load(var_53);
                wp::assign_inplace(var_21, var_44, var_54);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_56 = wp::add(var_15, var_55);
            var_57 = (var_56 < var_4);
            if (var_57) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_58 = wp::add(var_15, var_55);
                var_59 = wp::address(var_A, var_58, var_19);
                var_60 = wp::load(var_59);
                wp::assign_inplace(var_20, var_55, var_60);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_61 = wp::add(var_16, var_55);
            var_62 = (var_61 < var_8);
            if (var_62) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_63 = wp::add(var_16, var_55);
                var_64 = wp::address(var_B, var_19, var_63);
                var_65 = wp::load(var_64);
                wp::assign_inplace(var_21, var_55, var_65);
            }
            // acc = acc + wp.outer(a, b)                                                         <L 33>
            var_66 = wp::outer(var_20, var_21);
            var_67 = wp::add(var_17, var_66);
            wp::assign(var_17, var_67);
            goto start_for_0;
        end_for_0:;
        // for r in range(TILE):                                                                  <L 34>
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_71 = wp::add(var_15, var_68);
        var_72 = (var_71 < var_4);
        var_70 = var_72;
        if (var_70) {
            var_73 = wp::add(var_16, var_69);
            var_74 = (var_73 < var_8);
            var_70 = var_70 && var_74;
        }
        if (var_70) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_75 = wp::extract(var_17, var_68, var_69);
            var_76 = wp::add(var_15, var_68);
            var_77 = wp::add(var_16, var_69);
            wp::array_store(var_C, var_76, var_77, var_75);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_80 = wp::add(var_15, var_68);
        var_81 = (var_80 < var_4);
        var_79 = var_81;
        if (var_79) {
            var_82 = wp::add(var_16, var_78);
            var_83 = (var_82 < var_8);
            var_79 = var_79 && var_83;
        }
        if (var_79) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_84 = wp::extract(var_17, var_68, var_78);
            var_85 = wp::add(var_15, var_68);
            var_86 = wp::add(var_16, var_78);
            wp::array_store(var_C, var_85, var_86, var_84);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_89 = wp::add(var_15, var_68);
        var_90 = (var_89 < var_4);
        var_88 = var_90;
        if (var_88) {
            var_91 = wp::add(var_16, var_87);
            var_92 = (var_91 < var_8);
            var_88 = var_88 && var_92;
        }
        if (var_88) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_93 = wp::extract(var_17, var_68, var_87);
            var_94 = wp::add(var_15, var_68);
            var_95 = wp::add(var_16, var_87);
            wp::array_store(var_C, var_94, var_95, var_93);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_98 = wp::add(var_15, var_68);
        var_99 = (var_98 < var_4);
        var_97 = var_99;
        if (var_97) {
            var_100 = wp::add(var_16, var_96);
            var_101 = (var_100 < var_8);
            var_97 = var_97 && var_101;
        }
        if (var_97) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_102 = wp::extract(var_17, var_68, var_96);
            var_103 = wp::add(var_15, var_68);
            var_104 = wp::add(var_16, var_96);
            wp::array_store(var_C, var_103, var_104, var_102);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_108 = wp::add(var_15, var_105);
        var_109 = (var_108 < var_4);
        var_107 = var_109;
        if (var_107) {
            var_110 = wp::add(var_16, var_106);
            var_111 = (var_110 < var_8);
            var_107 = var_107 && var_111;
        }
        if (var_107) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_112 = wp::extract(var_17, var_105, var_106);
            var_113 = wp::add(var_15, var_105);
            var_114 = wp::add(var_16, var_106);
            wp::array_store(var_C, var_113, var_114, var_112);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_117 = wp::add(var_15, var_105);
        var_118 = (var_117 < var_4);
        var_116 = var_118;
        if (var_116) {
            var_119 = wp::add(var_16, var_115);
            var_120 = (var_119 < var_8);
            var_116 = var_116 && var_120;
        }
        if (var_116) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_121 = wp::extract(var_17, var_105, var_115);
            var_122 = wp::add(var_15, var_105);
            var_123 = wp::add(var_16, var_115);
            wp::array_store(var_C, var_122, var_123, var_121);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_126 = wp::add(var_15, var_105);
        var_127 = (var_126 < var_4);
        var_125 = var_127;
        if (var_125) {
            var_128 = wp::add(var_16, var_124);
            var_129 = (var_128 < var_8);
            var_125 = var_125 && var_129;
        }
        if (var_125) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_130 = wp::extract(var_17, var_105, var_124);
            var_131 = wp::add(var_15, var_105);
            var_132 = wp::add(var_16, var_124);
            wp::array_store(var_C, var_131, var_132, var_130);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_135 = wp::add(var_15, var_105);
        var_136 = (var_135 < var_4);
        var_134 = var_136;
        if (var_134) {
            var_137 = wp::add(var_16, var_133);
            var_138 = (var_137 < var_8);
            var_134 = var_134 && var_138;
        }
        if (var_134) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_139 = wp::extract(var_17, var_105, var_133);
            var_140 = wp::add(var_15, var_105);
            var_141 = wp::add(var_16, var_133);
            wp::array_store(var_C, var_140, var_141, var_139);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_145 = wp::add(var_15, var_142);
        var_146 = (var_145 < var_4);
        var_144 = var_146;
        if (var_144) {
            var_147 = wp::add(var_16, var_143);
            var_148 = (var_147 < var_8);
            var_144 = var_144 && var_148;
        }
        if (var_144) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_149 = wp::extract(var_17, var_142, var_143);
            var_150 = wp::add(var_15, var_142);
            var_151 = wp::add(var_16, var_143);
            wp::array_store(var_C, var_150, var_151, var_149);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_154 = wp::add(var_15, var_142);
        var_155 = (var_154 < var_4);
        var_153 = var_155;
        if (var_153) {
            var_156 = wp::add(var_16, var_152);
            var_157 = (var_156 < var_8);
            var_153 = var_153 && var_157;
        }
        if (var_153) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_158 = wp::extract(var_17, var_142, var_152);
            var_159 = wp::add(var_15, var_142);
            var_160 = wp::add(var_16, var_152);
            wp::array_store(var_C, var_159, var_160, var_158);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_163 = wp::add(var_15, var_142);
        var_164 = (var_163 < var_4);
        var_162 = var_164;
        if (var_162) {
            var_165 = wp::add(var_16, var_161);
            var_166 = (var_165 < var_8);
            var_162 = var_162 && var_166;
        }
        if (var_162) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_167 = wp::extract(var_17, var_142, var_161);
            var_168 = wp::add(var_15, var_142);
            var_169 = wp::add(var_16, var_161);
            wp::array_store(var_C, var_168, var_169, var_167);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_172 = wp::add(var_15, var_142);
        var_173 = (var_172 < var_4);
        var_171 = var_173;
        if (var_171) {
            var_174 = wp::add(var_16, var_170);
            var_175 = (var_174 < var_8);
            var_171 = var_171 && var_175;
        }
        if (var_171) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_176 = wp::extract(var_17, var_142, var_170);
            var_177 = wp::add(var_15, var_142);
            var_178 = wp::add(var_16, var_170);
            wp::array_store(var_C, var_177, var_178, var_176);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_182 = wp::add(var_15, var_179);
        var_183 = (var_182 < var_4);
        var_181 = var_183;
        if (var_181) {
            var_184 = wp::add(var_16, var_180);
            var_185 = (var_184 < var_8);
            var_181 = var_181 && var_185;
        }
        if (var_181) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_186 = wp::extract(var_17, var_179, var_180);
            var_187 = wp::add(var_15, var_179);
            var_188 = wp::add(var_16, var_180);
            wp::array_store(var_C, var_187, var_188, var_186);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_191 = wp::add(var_15, var_179);
        var_192 = (var_191 < var_4);
        var_190 = var_192;
        if (var_190) {
            var_193 = wp::add(var_16, var_189);
            var_194 = (var_193 < var_8);
            var_190 = var_190 && var_194;
        }
        if (var_190) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_195 = wp::extract(var_17, var_179, var_189);
            var_196 = wp::add(var_15, var_179);
            var_197 = wp::add(var_16, var_189);
            wp::array_store(var_C, var_196, var_197, var_195);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_200 = wp::add(var_15, var_179);
        var_201 = (var_200 < var_4);
        var_199 = var_201;
        if (var_199) {
            var_202 = wp::add(var_16, var_198);
            var_203 = (var_202 < var_8);
            var_199 = var_199 && var_203;
        }
        if (var_199) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_204 = wp::extract(var_17, var_179, var_198);
            var_205 = wp::add(var_15, var_179);
            var_206 = wp::add(var_16, var_198);
            wp::array_store(var_C, var_205, var_206, var_204);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_209 = wp::add(var_15, var_179);
        var_210 = (var_209 < var_4);
        var_208 = var_210;
        if (var_208) {
            var_211 = wp::add(var_16, var_207);
            var_212 = (var_211 < var_8);
            var_208 = var_208 && var_212;
        }
        if (var_208) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_213 = wp::extract(var_17, var_179, var_207);
            var_214 = wp::add(var_15, var_179);
            var_215 = wp::add(var_16, var_207);
            wp::array_store(var_C, var_214, var_215, var_213);
        }
    }
}



extern "C" __global__ void matmul_register_blocked_173ce77d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 4;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<4, wp::float32> var_20;
        wp::vec_t<4, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        bool var_24;
        wp::int32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::int32 var_28;
        bool var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        bool var_35;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        bool var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 2;
        wp::int32 var_45;
        bool var_46;
        wp::int32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::int32 var_50;
        bool var_51;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 3;
        wp::int32 var_56;
        bool var_57;
        wp::int32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::int32 var_61;
        bool var_62;
        wp::int32 var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::mat_t<4, 4, wp::float32> var_66;
        wp::mat_t<4, 4, wp::float32> var_67;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 0;
        bool var_70;
        wp::int32 var_71;
        bool var_72;
        wp::int32 var_73;
        bool var_74;
        wp::float32 var_75;
        wp::int32 var_76;
        wp::int32 var_77;
        const wp::int32 var_78 = 1;
        bool var_79;
        wp::int32 var_80;
        bool var_81;
        wp::int32 var_82;
        bool var_83;
        wp::float32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 2;
        bool var_88;
        wp::int32 var_89;
        bool var_90;
        wp::int32 var_91;
        bool var_92;
        wp::float32 var_93;
        wp::int32 var_94;
        wp::int32 var_95;
        const wp::int32 var_96 = 3;
        bool var_97;
        wp::int32 var_98;
        bool var_99;
        wp::int32 var_100;
        bool var_101;
        wp::float32 var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        const wp::int32 var_105 = 1;
        const wp::int32 var_106 = 0;
        bool var_107;
        wp::int32 var_108;
        bool var_109;
        wp::int32 var_110;
        bool var_111;
        wp::float32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        bool var_116;
        wp::int32 var_117;
        bool var_118;
        wp::int32 var_119;
        bool var_120;
        wp::float32 var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        const wp::int32 var_124 = 2;
        bool var_125;
        wp::int32 var_126;
        bool var_127;
        wp::int32 var_128;
        bool var_129;
        wp::float32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 3;
        bool var_134;
        wp::int32 var_135;
        bool var_136;
        wp::int32 var_137;
        bool var_138;
        wp::float32 var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        const wp::int32 var_142 = 2;
        const wp::int32 var_143 = 0;
        bool var_144;
        wp::int32 var_145;
        bool var_146;
        wp::int32 var_147;
        bool var_148;
        wp::float32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 1;
        bool var_153;
        wp::int32 var_154;
        bool var_155;
        wp::int32 var_156;
        bool var_157;
        wp::float32 var_158;
        wp::int32 var_159;
        wp::int32 var_160;
        const wp::int32 var_161 = 2;
        bool var_162;
        wp::int32 var_163;
        bool var_164;
        wp::int32 var_165;
        bool var_166;
        wp::float32 var_167;
        wp::int32 var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 3;
        bool var_171;
        wp::int32 var_172;
        bool var_173;
        wp::int32 var_174;
        bool var_175;
        wp::float32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        const wp::int32 var_179 = 3;
        const wp::int32 var_180 = 0;
        bool var_181;
        wp::int32 var_182;
        bool var_183;
        wp::int32 var_184;
        bool var_185;
        wp::float32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        const wp::int32 var_189 = 1;
        bool var_190;
        wp::int32 var_191;
        bool var_192;
        wp::int32 var_193;
        bool var_194;
        wp::float32 var_195;
        wp::int32 var_196;
        wp::int32 var_197;
        const wp::int32 var_198 = 2;
        bool var_199;
        wp::int32 var_200;
        bool var_201;
        wp::int32 var_202;
        bool var_203;
        wp::float32 var_204;
        wp::int32 var_205;
        wp::int32 var_206;
        const wp::int32 var_207 = 3;
        bool var_208;
        wp::int32 var_209;
        bool var_210;
        wp::int32 var_211;
        bool var_212;
        wp::float32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
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
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::mat_t<4, 4, wp::float32> adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<4, wp::float32> adj_20 = {};
        wp::vec_t<4, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        bool adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        bool adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        bool adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        bool adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::mat_t<4, 4, wp::float32> adj_66 = {};
        wp::mat_t<4, 4, wp::float32> adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        bool adj_70 = {};
        wp::int32 adj_71 = {};
        bool adj_72 = {};
        wp::int32 adj_73 = {};
        bool adj_74 = {};
        wp::float32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        bool adj_79 = {};
        wp::int32 adj_80 = {};
        bool adj_81 = {};
        wp::int32 adj_82 = {};
        bool adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        bool adj_88 = {};
        wp::int32 adj_89 = {};
        bool adj_90 = {};
        wp::int32 adj_91 = {};
        bool adj_92 = {};
        wp::float32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        bool adj_97 = {};
        wp::int32 adj_98 = {};
        bool adj_99 = {};
        wp::int32 adj_100 = {};
        bool adj_101 = {};
        wp::float32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        bool adj_107 = {};
        wp::int32 adj_108 = {};
        bool adj_109 = {};
        wp::int32 adj_110 = {};
        bool adj_111 = {};
        wp::float32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        bool adj_116 = {};
        wp::int32 adj_117 = {};
        bool adj_118 = {};
        wp::int32 adj_119 = {};
        bool adj_120 = {};
        wp::float32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        bool adj_125 = {};
        wp::int32 adj_126 = {};
        bool adj_127 = {};
        wp::int32 adj_128 = {};
        bool adj_129 = {};
        wp::float32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        bool adj_134 = {};
        wp::int32 adj_135 = {};
        bool adj_136 = {};
        wp::int32 adj_137 = {};
        bool adj_138 = {};
        wp::float32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        bool adj_144 = {};
        wp::int32 adj_145 = {};
        bool adj_146 = {};
        wp::int32 adj_147 = {};
        bool adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        bool adj_153 = {};
        wp::int32 adj_154 = {};
        bool adj_155 = {};
        wp::int32 adj_156 = {};
        bool adj_157 = {};
        wp::float32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        bool adj_162 = {};
        wp::int32 adj_163 = {};
        bool adj_164 = {};
        wp::int32 adj_165 = {};
        bool adj_166 = {};
        wp::float32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        bool adj_171 = {};
        wp::int32 adj_172 = {};
        bool adj_173 = {};
        wp::int32 adj_174 = {};
        bool adj_175 = {};
        wp::float32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        bool adj_181 = {};
        wp::int32 adj_182 = {};
        bool adj_183 = {};
        wp::int32 adj_184 = {};
        bool adj_185 = {};
        wp::float32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        bool adj_190 = {};
        wp::int32 adj_191 = {};
        bool adj_192 = {};
        wp::int32 adj_193 = {};
        bool adj_194 = {};
        wp::float32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        bool adj_199 = {};
        wp::int32 adj_200 = {};
        bool adj_201 = {};
        wp::int32 adj_202 = {};
        bool adj_203 = {};
        wp::float32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::int32 adj_206 = {};
        wp::int32 adj_207 = {};
        bool adj_208 = {};
        wp::int32 adj_209 = {};
        bool adj_210 = {};
        wp::int32 adj_211 = {};
        bool adj_212 = {};
        wp::float32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::int32 adj_215 = {};
        //---------
        // forward
        // def matmul_register_blocked(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 17>
        // bi, bj = wp.tid()                                                                      <L 18>
        builtin_tid2d(var_0, var_1);
        // M = A.shape[0]                                                                         <L 19>
        var_2 = &(var_A.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // N = B.shape[1]                                                                         <L 20>
        var_6 = &(var_B.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // K = A.shape[1]                                                                         <L 21>
        var_10 = &(var_A.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // i0 = bi * TILE                                                                         <L 22>
        var_15 = wp::mul(var_0, var_14);
        // j0 = bj * TILE                                                                         <L 23>
        var_16 = wp::mul(var_1, var_14);
        // acc = wp.mat44()                                                                       <L 24>
        var_17 = wp::mat_t<4, 4, wp::float32>();
        // for k in range(K):                                                                     <L 25>
        var_18 = wp::range(var_12);
        // for r in range(TILE):                                                                  <L 34>
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_71 = wp::add(var_15, var_68);
        var_72 = (var_71 < var_4);
        var_70 = var_72;
        if (var_70) {
            var_73 = wp::add(var_16, var_69);
            var_74 = (var_73 < var_8);
            var_70 = var_70 && var_74;
        }
        if (var_70) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_75 = wp::extract(var_17, var_68, var_69);
            var_76 = wp::add(var_15, var_68);
            var_77 = wp::add(var_16, var_69);
            // wp::array_store(var_C, var_76, var_77, var_75);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_80 = wp::add(var_15, var_68);
        var_81 = (var_80 < var_4);
        var_79 = var_81;
        if (var_79) {
            var_82 = wp::add(var_16, var_78);
            var_83 = (var_82 < var_8);
            var_79 = var_79 && var_83;
        }
        if (var_79) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_84 = wp::extract(var_17, var_68, var_78);
            var_85 = wp::add(var_15, var_68);
            var_86 = wp::add(var_16, var_78);
            // wp::array_store(var_C, var_85, var_86, var_84);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_89 = wp::add(var_15, var_68);
        var_90 = (var_89 < var_4);
        var_88 = var_90;
        if (var_88) {
            var_91 = wp::add(var_16, var_87);
            var_92 = (var_91 < var_8);
            var_88 = var_88 && var_92;
        }
        if (var_88) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_93 = wp::extract(var_17, var_68, var_87);
            var_94 = wp::add(var_15, var_68);
            var_95 = wp::add(var_16, var_87);
            // wp::array_store(var_C, var_94, var_95, var_93);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_98 = wp::add(var_15, var_68);
        var_99 = (var_98 < var_4);
        var_97 = var_99;
        if (var_97) {
            var_100 = wp::add(var_16, var_96);
            var_101 = (var_100 < var_8);
            var_97 = var_97 && var_101;
        }
        if (var_97) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_102 = wp::extract(var_17, var_68, var_96);
            var_103 = wp::add(var_15, var_68);
            var_104 = wp::add(var_16, var_96);
            // wp::array_store(var_C, var_103, var_104, var_102);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_108 = wp::add(var_15, var_105);
        var_109 = (var_108 < var_4);
        var_107 = var_109;
        if (var_107) {
            var_110 = wp::add(var_16, var_106);
            var_111 = (var_110 < var_8);
            var_107 = var_107 && var_111;
        }
        if (var_107) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_112 = wp::extract(var_17, var_105, var_106);
            var_113 = wp::add(var_15, var_105);
            var_114 = wp::add(var_16, var_106);
            // wp::array_store(var_C, var_113, var_114, var_112);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_117 = wp::add(var_15, var_105);
        var_118 = (var_117 < var_4);
        var_116 = var_118;
        if (var_116) {
            var_119 = wp::add(var_16, var_115);
            var_120 = (var_119 < var_8);
            var_116 = var_116 && var_120;
        }
        if (var_116) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_121 = wp::extract(var_17, var_105, var_115);
            var_122 = wp::add(var_15, var_105);
            var_123 = wp::add(var_16, var_115);
            // wp::array_store(var_C, var_122, var_123, var_121);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_126 = wp::add(var_15, var_105);
        var_127 = (var_126 < var_4);
        var_125 = var_127;
        if (var_125) {
            var_128 = wp::add(var_16, var_124);
            var_129 = (var_128 < var_8);
            var_125 = var_125 && var_129;
        }
        if (var_125) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_130 = wp::extract(var_17, var_105, var_124);
            var_131 = wp::add(var_15, var_105);
            var_132 = wp::add(var_16, var_124);
            // wp::array_store(var_C, var_131, var_132, var_130);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_135 = wp::add(var_15, var_105);
        var_136 = (var_135 < var_4);
        var_134 = var_136;
        if (var_134) {
            var_137 = wp::add(var_16, var_133);
            var_138 = (var_137 < var_8);
            var_134 = var_134 && var_138;
        }
        if (var_134) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_139 = wp::extract(var_17, var_105, var_133);
            var_140 = wp::add(var_15, var_105);
            var_141 = wp::add(var_16, var_133);
            // wp::array_store(var_C, var_140, var_141, var_139);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_145 = wp::add(var_15, var_142);
        var_146 = (var_145 < var_4);
        var_144 = var_146;
        if (var_144) {
            var_147 = wp::add(var_16, var_143);
            var_148 = (var_147 < var_8);
            var_144 = var_144 && var_148;
        }
        if (var_144) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_149 = wp::extract(var_17, var_142, var_143);
            var_150 = wp::add(var_15, var_142);
            var_151 = wp::add(var_16, var_143);
            // wp::array_store(var_C, var_150, var_151, var_149);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_154 = wp::add(var_15, var_142);
        var_155 = (var_154 < var_4);
        var_153 = var_155;
        if (var_153) {
            var_156 = wp::add(var_16, var_152);
            var_157 = (var_156 < var_8);
            var_153 = var_153 && var_157;
        }
        if (var_153) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_158 = wp::extract(var_17, var_142, var_152);
            var_159 = wp::add(var_15, var_142);
            var_160 = wp::add(var_16, var_152);
            // wp::array_store(var_C, var_159, var_160, var_158);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_163 = wp::add(var_15, var_142);
        var_164 = (var_163 < var_4);
        var_162 = var_164;
        if (var_162) {
            var_165 = wp::add(var_16, var_161);
            var_166 = (var_165 < var_8);
            var_162 = var_162 && var_166;
        }
        if (var_162) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_167 = wp::extract(var_17, var_142, var_161);
            var_168 = wp::add(var_15, var_142);
            var_169 = wp::add(var_16, var_161);
            // wp::array_store(var_C, var_168, var_169, var_167);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_172 = wp::add(var_15, var_142);
        var_173 = (var_172 < var_4);
        var_171 = var_173;
        if (var_171) {
            var_174 = wp::add(var_16, var_170);
            var_175 = (var_174 < var_8);
            var_171 = var_171 && var_175;
        }
        if (var_171) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_176 = wp::extract(var_17, var_142, var_170);
            var_177 = wp::add(var_15, var_142);
            var_178 = wp::add(var_16, var_170);
            // wp::array_store(var_C, var_177, var_178, var_176);
        }
        // for c in range(TILE):                                                                  <L 35>
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_182 = wp::add(var_15, var_179);
        var_183 = (var_182 < var_4);
        var_181 = var_183;
        if (var_181) {
            var_184 = wp::add(var_16, var_180);
            var_185 = (var_184 < var_8);
            var_181 = var_181 && var_185;
        }
        if (var_181) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_186 = wp::extract(var_17, var_179, var_180);
            var_187 = wp::add(var_15, var_179);
            var_188 = wp::add(var_16, var_180);
            // wp::array_store(var_C, var_187, var_188, var_186);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_191 = wp::add(var_15, var_179);
        var_192 = (var_191 < var_4);
        var_190 = var_192;
        if (var_190) {
            var_193 = wp::add(var_16, var_189);
            var_194 = (var_193 < var_8);
            var_190 = var_190 && var_194;
        }
        if (var_190) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_195 = wp::extract(var_17, var_179, var_189);
            var_196 = wp::add(var_15, var_179);
            var_197 = wp::add(var_16, var_189);
            // wp::array_store(var_C, var_196, var_197, var_195);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_200 = wp::add(var_15, var_179);
        var_201 = (var_200 < var_4);
        var_199 = var_201;
        if (var_199) {
            var_202 = wp::add(var_16, var_198);
            var_203 = (var_202 < var_8);
            var_199 = var_199 && var_203;
        }
        if (var_199) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_204 = wp::extract(var_17, var_179, var_198);
            var_205 = wp::add(var_15, var_179);
            var_206 = wp::add(var_16, var_198);
            // wp::array_store(var_C, var_205, var_206, var_204);
        }
        // if i0 + r < M and j0 + c < N:                                                          <L 36>
        var_209 = wp::add(var_15, var_179);
        var_210 = (var_209 < var_4);
        var_208 = var_210;
        if (var_208) {
            var_211 = wp::add(var_16, var_207);
            var_212 = (var_211 < var_8);
            var_208 = var_208 && var_212;
        }
        if (var_208) {
            // C[i0 + r, j0 + c] = acc[r, c]                                                      <L 37>
            var_213 = wp::extract(var_17, var_179, var_207);
            var_214 = wp::add(var_15, var_179);
            var_215 = wp::add(var_16, var_207);
            // wp::array_store(var_C, var_214, var_215, var_213);
        }
        //---------
        // reverse
        if (var_208) {
            wp::adj_array_store(var_C, var_214, var_215, var_213, adj_C, adj_214, adj_215, adj_213);
            wp::adj_add(var_16, var_207, adj_16, adj_207, adj_215);
            wp::adj_add(var_15, var_179, adj_15, adj_179, adj_214);
            wp::adj_extract(var_17, var_179, var_207, adj_17, adj_179, adj_207, adj_213);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_208) {
            wp::adj_add(var_16, var_207, adj_16, adj_207, adj_211);
        }
        wp::adj_add(var_15, var_179, adj_15, adj_179, adj_209);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_199) {
            wp::adj_array_store(var_C, var_205, var_206, var_204, adj_C, adj_205, adj_206, adj_204);
            wp::adj_add(var_16, var_198, adj_16, adj_198, adj_206);
            wp::adj_add(var_15, var_179, adj_15, adj_179, adj_205);
            wp::adj_extract(var_17, var_179, var_198, adj_17, adj_179, adj_198, adj_204);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_199) {
            wp::adj_add(var_16, var_198, adj_16, adj_198, adj_202);
        }
        wp::adj_add(var_15, var_179, adj_15, adj_179, adj_200);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_190) {
            wp::adj_array_store(var_C, var_196, var_197, var_195, adj_C, adj_196, adj_197, adj_195);
            wp::adj_add(var_16, var_189, adj_16, adj_189, adj_197);
            wp::adj_add(var_15, var_179, adj_15, adj_179, adj_196);
            wp::adj_extract(var_17, var_179, var_189, adj_17, adj_179, adj_189, adj_195);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_190) {
            wp::adj_add(var_16, var_189, adj_16, adj_189, adj_193);
        }
        wp::adj_add(var_15, var_179, adj_15, adj_179, adj_191);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_181) {
            wp::adj_array_store(var_C, var_187, var_188, var_186, adj_C, adj_187, adj_188, adj_186);
            wp::adj_add(var_16, var_180, adj_16, adj_180, adj_188);
            wp::adj_add(var_15, var_179, adj_15, adj_179, adj_187);
            wp::adj_extract(var_17, var_179, var_180, adj_17, adj_179, adj_180, adj_186);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_181) {
            wp::adj_add(var_16, var_180, adj_16, adj_180, adj_184);
        }
        wp::adj_add(var_15, var_179, adj_15, adj_179, adj_182);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        // adj: for c in range(TILE):                                                             <L 35>
        if (var_171) {
            wp::adj_array_store(var_C, var_177, var_178, var_176, adj_C, adj_177, adj_178, adj_176);
            wp::adj_add(var_16, var_170, adj_16, adj_170, adj_178);
            wp::adj_add(var_15, var_142, adj_15, adj_142, adj_177);
            wp::adj_extract(var_17, var_142, var_170, adj_17, adj_142, adj_170, adj_176);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_171) {
            wp::adj_add(var_16, var_170, adj_16, adj_170, adj_174);
        }
        wp::adj_add(var_15, var_142, adj_15, adj_142, adj_172);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_162) {
            wp::adj_array_store(var_C, var_168, var_169, var_167, adj_C, adj_168, adj_169, adj_167);
            wp::adj_add(var_16, var_161, adj_16, adj_161, adj_169);
            wp::adj_add(var_15, var_142, adj_15, adj_142, adj_168);
            wp::adj_extract(var_17, var_142, var_161, adj_17, adj_142, adj_161, adj_167);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_162) {
            wp::adj_add(var_16, var_161, adj_16, adj_161, adj_165);
        }
        wp::adj_add(var_15, var_142, adj_15, adj_142, adj_163);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_153) {
            wp::adj_array_store(var_C, var_159, var_160, var_158, adj_C, adj_159, adj_160, adj_158);
            wp::adj_add(var_16, var_152, adj_16, adj_152, adj_160);
            wp::adj_add(var_15, var_142, adj_15, adj_142, adj_159);
            wp::adj_extract(var_17, var_142, var_152, adj_17, adj_142, adj_152, adj_158);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_153) {
            wp::adj_add(var_16, var_152, adj_16, adj_152, adj_156);
        }
        wp::adj_add(var_15, var_142, adj_15, adj_142, adj_154);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_144) {
            wp::adj_array_store(var_C, var_150, var_151, var_149, adj_C, adj_150, adj_151, adj_149);
            wp::adj_add(var_16, var_143, adj_16, adj_143, adj_151);
            wp::adj_add(var_15, var_142, adj_15, adj_142, adj_150);
            wp::adj_extract(var_17, var_142, var_143, adj_17, adj_142, adj_143, adj_149);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_144) {
            wp::adj_add(var_16, var_143, adj_16, adj_143, adj_147);
        }
        wp::adj_add(var_15, var_142, adj_15, adj_142, adj_145);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        // adj: for c in range(TILE):                                                             <L 35>
        if (var_134) {
            wp::adj_array_store(var_C, var_140, var_141, var_139, adj_C, adj_140, adj_141, adj_139);
            wp::adj_add(var_16, var_133, adj_16, adj_133, adj_141);
            wp::adj_add(var_15, var_105, adj_15, adj_105, adj_140);
            wp::adj_extract(var_17, var_105, var_133, adj_17, adj_105, adj_133, adj_139);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_134) {
            wp::adj_add(var_16, var_133, adj_16, adj_133, adj_137);
        }
        wp::adj_add(var_15, var_105, adj_15, adj_105, adj_135);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_125) {
            wp::adj_array_store(var_C, var_131, var_132, var_130, adj_C, adj_131, adj_132, adj_130);
            wp::adj_add(var_16, var_124, adj_16, adj_124, adj_132);
            wp::adj_add(var_15, var_105, adj_15, adj_105, adj_131);
            wp::adj_extract(var_17, var_105, var_124, adj_17, adj_105, adj_124, adj_130);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_125) {
            wp::adj_add(var_16, var_124, adj_16, adj_124, adj_128);
        }
        wp::adj_add(var_15, var_105, adj_15, adj_105, adj_126);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_116) {
            wp::adj_array_store(var_C, var_122, var_123, var_121, adj_C, adj_122, adj_123, adj_121);
            wp::adj_add(var_16, var_115, adj_16, adj_115, adj_123);
            wp::adj_add(var_15, var_105, adj_15, adj_105, adj_122);
            wp::adj_extract(var_17, var_105, var_115, adj_17, adj_105, adj_115, adj_121);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_116) {
            wp::adj_add(var_16, var_115, adj_16, adj_115, adj_119);
        }
        wp::adj_add(var_15, var_105, adj_15, adj_105, adj_117);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_107) {
            wp::adj_array_store(var_C, var_113, var_114, var_112, adj_C, adj_113, adj_114, adj_112);
            wp::adj_add(var_16, var_106, adj_16, adj_106, adj_114);
            wp::adj_add(var_15, var_105, adj_15, adj_105, adj_113);
            wp::adj_extract(var_17, var_105, var_106, adj_17, adj_105, adj_106, adj_112);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_107) {
            wp::adj_add(var_16, var_106, adj_16, adj_106, adj_110);
        }
        wp::adj_add(var_15, var_105, adj_15, adj_105, adj_108);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        // adj: for c in range(TILE):                                                             <L 35>
        if (var_97) {
            wp::adj_array_store(var_C, var_103, var_104, var_102, adj_C, adj_103, adj_104, adj_102);
            wp::adj_add(var_16, var_96, adj_16, adj_96, adj_104);
            wp::adj_add(var_15, var_68, adj_15, adj_68, adj_103);
            wp::adj_extract(var_17, var_68, var_96, adj_17, adj_68, adj_96, adj_102);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_97) {
            wp::adj_add(var_16, var_96, adj_16, adj_96, adj_100);
        }
        wp::adj_add(var_15, var_68, adj_15, adj_68, adj_98);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_88) {
            wp::adj_array_store(var_C, var_94, var_95, var_93, adj_C, adj_94, adj_95, adj_93);
            wp::adj_add(var_16, var_87, adj_16, adj_87, adj_95);
            wp::adj_add(var_15, var_68, adj_15, adj_68, adj_94);
            wp::adj_extract(var_17, var_68, var_87, adj_17, adj_68, adj_87, adj_93);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_88) {
            wp::adj_add(var_16, var_87, adj_16, adj_87, adj_91);
        }
        wp::adj_add(var_15, var_68, adj_15, adj_68, adj_89);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_79) {
            wp::adj_array_store(var_C, var_85, var_86, var_84, adj_C, adj_85, adj_86, adj_84);
            wp::adj_add(var_16, var_78, adj_16, adj_78, adj_86);
            wp::adj_add(var_15, var_68, adj_15, adj_68, adj_85);
            wp::adj_extract(var_17, var_68, var_78, adj_17, adj_68, adj_78, adj_84);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_79) {
            wp::adj_add(var_16, var_78, adj_16, adj_78, adj_82);
        }
        wp::adj_add(var_15, var_68, adj_15, adj_68, adj_80);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        if (var_70) {
            wp::adj_array_store(var_C, var_76, var_77, var_75, adj_C, adj_76, adj_77, adj_75);
            wp::adj_add(var_16, var_69, adj_16, adj_69, adj_77);
            wp::adj_add(var_15, var_68, adj_15, adj_68, adj_76);
            wp::adj_extract(var_17, var_68, var_69, adj_17, adj_68, adj_69, adj_75);
            // adj: C[i0 + r, j0 + c] = acc[r, c]                                                 <L 37>
        }
        if (var_70) {
            wp::adj_add(var_16, var_69, adj_16, adj_69, adj_73);
        }
        wp::adj_add(var_15, var_68, adj_15, adj_68, adj_71);
        // adj: if i0 + r < M and j0 + c < N:                                                     <L 36>
        // adj: for c in range(TILE):                                                             <L 35>
        // adj: for r in range(TILE):                                                             <L 34>
        var_18 = wp::iter_reverse(var_18);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
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
            // a = wp.vec4()                                                                      <L 26>
            var_20 = wp::vec_t<4, wp::float32>();
            // b = wp.vec4()                                                                      <L 27>
            var_21 = wp::vec_t<4, wp::float32>();
            // for t in range(TILE):                                                              <L 28>
            // if i0 + t < M:                                                                     <L 29>
            var_23 = wp::add(var_15, var_22);
            var_24 = (var_23 < var_4);
            if (var_24) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_25 = wp::add(var_15, var_22);
                var_26 = wp::address(var_A, var_25, var_19);
                var_27 = wp::load(var_26);
                wp::assign_inplace(var_20, var_22, var_27);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_28 = wp::add(var_16, var_22);
            var_29 = (var_28 < var_8);
            if (var_29) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_30 = wp::add(var_16, var_22);
                var_31 = wp::address(var_B, var_19, var_30);
                var_32 = wp::load(var_31);
                wp::assign_inplace(var_21, var_22, var_32);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_34 = wp::add(var_15, var_33);
            var_35 = (var_34 < var_4);
            if (var_35) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_36 = wp::add(var_15, var_33);
                var_37 = wp::address(var_A, var_36, var_19);
                var_38 = wp::load(var_37);
                wp::assign_inplace(var_20, var_33, var_38);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_39 = wp::add(var_16, var_33);
            var_40 = (var_39 < var_8);
            if (var_40) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_41 = wp::add(var_16, var_33);
                var_42 = wp::address(var_B, var_19, var_41);
                var_43 = wp::load(var_42);
                wp::assign_inplace(var_21, var_33, var_43);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_45 = wp::add(var_15, var_44);
            var_46 = (var_45 < var_4);
            if (var_46) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_47 = wp::add(var_15, var_44);
                var_48 = wp::address(var_A, var_47, var_19);
                var_49 = wp::load(var_48);
                wp::assign_inplace(var_20, var_44, var_49);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_50 = wp::add(var_16, var_44);
            var_51 = (var_50 < var_8);
            if (var_51) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_52 = wp::add(var_16, var_44);
                var_53 = wp::address(var_B, var_19, var_52);
                var_54 = wp::load(var_53);
                wp::assign_inplace(var_21, var_44, var_54);
            }
            // if i0 + t < M:                                                                     <L 29>
            var_56 = wp::add(var_15, var_55);
            var_57 = (var_56 < var_4);
            if (var_57) {
                // a[t] = A[i0 + t, k]                                                            <L 30>
                var_58 = wp::add(var_15, var_55);
                var_59 = wp::address(var_A, var_58, var_19);
                var_60 = wp::load(var_59);
                wp::assign_inplace(var_20, var_55, var_60);
            }
            // if j0 + t < N:                                                                     <L 31>
            var_61 = wp::add(var_16, var_55);
            var_62 = (var_61 < var_8);
            if (var_62) {
                // b[t] = B[k, j0 + t]                                                            <L 32>
                var_63 = wp::add(var_16, var_55);
                var_64 = wp::address(var_B, var_19, var_63);
                var_65 = wp::load(var_64);
                wp::assign_inplace(var_21, var_55, var_65);
            }
            // acc = acc + wp.outer(a, b)                                                         <L 33>
            var_66 = wp::outer(var_20, var_21);
            var_67 = wp::add(var_17, var_66);
            wp::assign(var_17, var_67);
            wp::adj_assign(var_17, var_67, adj_17, adj_67);
            wp::adj_add(var_17, var_66, adj_17, adj_66, adj_67);
            wp::adj_outer(var_20, var_21, adj_20, adj_21, adj_66);
            // adj: acc = acc + wp.outer(a, b)                                                    <L 33>
            if (var_62) {
                wp::adj_assign_inplace(var_21, var_55, var_65, adj_21, adj_55, adj_64);
                wp::adj_address(var_B, var_19, var_63, adj_B, adj_19, adj_63, adj_64);
                wp::adj_add(var_16, var_55, adj_16, adj_55, adj_63);
                // adj: b[t] = B[k, j0 + t]                                                       <L 32>
            }
            wp::adj_add(var_16, var_55, adj_16, adj_55, adj_61);
            // adj: if j0 + t < N:                                                                <L 31>
            if (var_57) {
                wp::adj_assign_inplace(var_20, var_55, var_60, adj_20, adj_55, adj_59);
                wp::adj_address(var_A, var_58, var_19, adj_A, adj_58, adj_19, adj_59);
                wp::adj_add(var_15, var_55, adj_15, adj_55, adj_58);
                // adj: a[t] = A[i0 + t, k]                                                       <L 30>
            }
            wp::adj_add(var_15, var_55, adj_15, adj_55, adj_56);
            // adj: if i0 + t < M:                                                                <L 29>
            if (var_51) {
                wp::adj_assign_inplace(var_21, var_44, var_54, adj_21, adj_44, adj_53);
                wp::adj_address(var_B, var_19, var_52, adj_B, adj_19, adj_52, adj_53);
                wp::adj_add(var_16, var_44, adj_16, adj_44, adj_52);
                // adj: b[t] = B[k, j0 + t]                                                       <L 32>
            }
            wp::adj_add(var_16, var_44, adj_16, adj_44, adj_50);
            // adj: if j0 + t < N:                                                                <L 31>
            if (var_46) {
                wp::adj_assign_inplace(var_20, var_44, var_49, adj_20, adj_44, adj_48);
                wp::adj_address(var_A, var_47, var_19, adj_A, adj_47, adj_19, adj_48);
                wp::adj_add(var_15, var_44, adj_15, adj_44, adj_47);
                // adj: a[t] = A[i0 + t, k]                                                       <L 30>
            }
            wp::adj_add(var_15, var_44, adj_15, adj_44, adj_45);
            // adj: if i0 + t < M:                                                                <L 29>
            if (var_40) {
                wp::adj_assign_inplace(var_21, var_33, var_43, adj_21, adj_33, adj_42);
                wp::adj_address(var_B, var_19, var_41, adj_B, adj_19, adj_41, adj_42);
                wp::adj_add(var_16, var_33, adj_16, adj_33, adj_41);
                // adj: b[t] = B[k, j0 + t]                                                       <L 32>
            }
            wp::adj_add(var_16, var_33, adj_16, adj_33, adj_39);
            // adj: if j0 + t < N:                                                                <L 31>
            if (var_35) {
                wp::adj_assign_inplace(var_20, var_33, var_38, adj_20, adj_33, adj_37);
                wp::adj_address(var_A, var_36, var_19, adj_A, adj_36, adj_19, adj_37);
                wp::adj_add(var_15, var_33, adj_15, adj_33, adj_36);
                // adj: a[t] = A[i0 + t, k]                                                       <L 30>
            }
            wp::adj_add(var_15, var_33, adj_15, adj_33, adj_34);
            // adj: if i0 + t < M:                                                                <L 29>
            if (var_29) {
                wp::adj_assign_inplace(var_21, var_22, var_32, adj_21, adj_22, adj_31);
                wp::adj_address(var_B, var_19, var_30, adj_B, adj_19, adj_30, adj_31);
                wp::adj_add(var_16, var_22, adj_16, adj_22, adj_30);
                // adj: b[t] = B[k, j0 + t]                                                       <L 32>
            }
            wp::adj_add(var_16, var_22, adj_16, adj_22, adj_28);
            // adj: if j0 + t < N:                                                                <L 31>
            if (var_24) {
                wp::adj_assign_inplace(var_20, var_22, var_27, adj_20, adj_22, adj_26);
                wp::adj_address(var_A, var_25, var_19, adj_A, adj_25, adj_19, adj_26);
                wp::adj_add(var_15, var_22, adj_15, adj_22, adj_25);
                // adj: a[t] = A[i0 + t, k]                                                       <L 30>
            }
            wp::adj_add(var_15, var_22, adj_15, adj_22, adj_23);
            // adj: if i0 + t < M:                                                                <L 29>
            // adj: for t in range(TILE):                                                         <L 28>
            // adj: b = wp.vec4()                                                                 <L 27>
            // adj: a = wp.vec4()                                                                 <L 26>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(K):                                                                <L 25>
        // adj: acc = wp.mat44()                                                                  <L 24>
        wp::adj_mul(var_1, var_14, adj_1, adj_14, adj_16);
        // adj: j0 = bj * TILE                                                                    <L 23>
        wp::adj_mul(var_0, var_14, adj_0, adj_14, adj_15);
        // adj: i0 = bi * TILE                                                                    <L 22>
        adj_A.shape = adj_10;
        // adj: K = A.shape[1]                                                                    <L 21>
        adj_B.shape = adj_6;
        // adj: N = B.shape[1]                                                                    <L 20>
        adj_A.shape = adj_2;
        // adj: M = A.shape[0]                                                                    <L 19>
        // adj: bi, bj = wp.tid()                                                                 <L 18>
        // adj: def matmul_register_blocked(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 17>
        continue;
    }
}



extern "C" __global__ void batched_mat33_f4d67a31_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_B,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_C,
    bool var_transpose_b)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32>* var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // forward
        // def batched_mat33(A: wp.array(dtype=wp.mat33), B: wp.array(dtype=wp.mat33), C: wp.array(dtype=wp.mat33), transpose_b: bool):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // b = B[i]                                                                               <L 43>
        var_1 = wp::address(var_B, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if transpose_b:                                                                        <L 44>
        if (var_transpose_b) {
            // b = wp.transpose(b)                                                                <L 45>
            var_4 = wp::transpose(var_2);
        }
        var_5 = wp::where(var_transpose_b, var_4, var_2);
        // C[i] = wp.mul(A[i], b)                                                                 <L 46>
        var_6 = wp::address(var_A, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_5);
        wp::array_store(var_C, var_0, var_7);
    }
}



extern "C" __global__ void batched_mat33_f4d67a31_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_B,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_C,
    bool var_transpose_b,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_B,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_C,
    bool adj_transpose_b)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32>* var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def batched_mat33(A: wp.array(dtype=wp.mat33), B: wp.array(dtype=wp.mat33), C: wp.array(dtype=wp.mat33), transpose_b: bool):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // b = B[i]                                                                               <L 43>
        var_1 = wp::address(var_B, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if transpose_b:                                                                        <L 44>
        if (var_transpose_b) {
            // b = wp.transpose(b)                                                                <L 45>
            var_4 = wp::transpose(var_2);
        }
        var_5 = wp::where(var_transpose_b, var_4, var_2);
        // C[i] = wp.mul(A[i], b)                                                                 <L 46>
        var_6 = wp::address(var_A, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_5);
        // wp::array_store(var_C, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_C, var_0, var_7, adj_C, adj_0, adj_7);
        wp::adj_mul(var_8, var_5, adj_6, adj_5, adj_7);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_6);
        // adj: C[i] = wp.mul(A[i], b)                                                            <L 46>
        wp::adj_where(var_transpose_b, var_4, var_2, adj_transpose_b, adj_4, adj_2, adj_5);
        if (var_transpose_b) {
            wp::adj_transpose(var_2, adj_2, adj_4);
            // adj: b = wp.transpose(b)                                                           <L 45>
        }
        // adj: if transpose_b:                                                                   <L 44>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_B, var_0, adj_B, adj_0, adj_1);
        // adj: b = B[i]                                                                          <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def batched_mat33(A: wp.array(dtype=wp.mat33), B: wp.array(dtype=wp.mat33), C: wp.array(dtype=wp.mat33), transpose_b: bool):  <L 41>
        continue;
    }
}



extern "C" __global__ void gemv_transposed_2f3f6a09_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def gemv_transposed(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 50>
        // j = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 52>
        var_2 = wp::float(var_1);
        // for i in range(A.shape[0]):                                                            <L 53>
        var_3 = &(var_A.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // s += A[i, j] * x[i]                                                                <L 54>
            var_9 = wp::address(var_A, var_8, var_0);
            var_10 = wp::address(var_x, var_8);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_13);
            var_14 = wp::add(var_2, var_11);
            wp::assign(var_2, var_14);
            goto start_for_0;
        end_for_0:;
        // y[j] = s                                                                               <L 55>
        wp::array_store(var_y, var_0, var_2);
    }
}



extern "C" __global__ void gemv_transposed_2f3f6a09_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def gemv_transposed(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 50>
        // j = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 52>
        var_2 = wp::float(var_1);
        // for i in range(A.shape[0]):                                                            <L 53>
        var_3 = &(var_A.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        // y[j] = s                                                                               <L 55>
        // wp::array_store(var_y, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_2, adj_y, adj_0, adj_2);
        // adj: y[j] = s                                                                          <L 55>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
            // s += A[i, j] * x[i]                                                                <L 54>
            var_9 = wp::address(var_A, var_8, var_0);
            var_10 = wp::address(var_x, var_8);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_13);
            var_14 = wp::add(var_2, var_11);
            wp::assign(var_2, var_14);
            wp::adj_assign(var_2, var_14, adj_2, adj_14);
            wp::adj_add(var_2, var_11, adj_2, adj_11, adj_14);
            wp::adj_mul(var_12, var_13, adj_9, adj_10, adj_11);
            wp::adj_address(var_x, var_8, adj_x, adj_8, adj_10);
            wp::adj_address(var_A, var_8, var_0, adj_A, adj_8, adj_0, adj_9);
            // adj: s += A[i, j] * x[i]                                                           <L 54>
        	goto start_for_0;
        end_for_0:;
        adj_A.shape = adj_3;
        // adj: for i in range(A.shape[0]):                                                       <L 53>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 52>
        // adj: j = wp.tid()                                                                      <L 51>
        // adj: def gemv_transposed(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 50>
        continue;
    }
}



extern "C" __global__ void frobenius_and_trace_64f1d658_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        bool var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        //---------
        // forward
        // def frobenius_and_trace(A: wp.array2d(dtype=float), out: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // v = A[i, j]                                                                            <L 61>
        var_2 = wp::address(var_A, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp.atomic_add(out, 0, v * v)                                                           <L 62>
        var_6 = wp::mul(var_3, var_3);
        var_7 = wp::atomic_add(var_out, var_5, var_6);
        // if i == j:                                                                             <L 63>
        var_8 = (var_0 == var_1);
        if (var_8) {
            // wp.atomic_add(out, 1, v)                                                           <L 64>
            var_10 = wp::atomic_add(var_out, var_9, var_3);
        }
    }
}



extern "C" __global__ void frobenius_and_trace_64f1d658_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        bool var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def frobenius_and_trace(A: wp.array2d(dtype=float), out: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // v = A[i, j]                                                                            <L 61>
        var_2 = wp::address(var_A, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp.atomic_add(out, 0, v * v)                                                           <L 62>
        var_6 = wp::mul(var_3, var_3);
        // var_7 = wp::atomic_add(var_out, var_5, var_6);
        // if i == j:                                                                             <L 63>
        var_8 = (var_0 == var_1);
        if (var_8) {
            // wp.atomic_add(out, 1, v)                                                           <L 64>
            // var_10 = wp::atomic_add(var_out, var_9, var_3);
        }
        //---------
        // reverse
        if (var_8) {
            wp::adj_atomic_add(var_out, var_9, var_3, adj_out, adj_9, adj_3, adj_10);
            // adj: wp.atomic_add(out, 1, v)                                                      <L 64>
        }
        // adj: if i == j:                                                                        <L 63>
        wp::adj_atomic_add(var_out, var_5, var_6, adj_out, adj_5, adj_6, adj_7);
        wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_6);
        // adj: wp.atomic_add(out, 0, v * v)                                                      <L 62>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_A, var_0, var_1, adj_A, adj_0, adj_1, adj_2);
        // adj: v = A[i, j]                                                                       <L 61>
        // adj: i, j = wp.tid()                                                                   <L 60>
        // adj: def frobenius_and_trace(A: wp.array2d(dtype=float), out: wp.array(dtype=float)):  <L 59>
        continue;
    }
}



extern "C" __global__ void batched_mat44_chain_10dab2b6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 4;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::mat_t<4, 4, wp::float32>* var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        //---------
        // forward
        // def batched_mat44_chain(A: wp.array2d(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 68>
        // b = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // n = A.shape[1]                                                                         <L 70>
        var_1 = &(var_A.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // M = wp.identity(n=4, dtype=float)                                                      <L 71>
        var_6 = wp::identity<4, wp::float32>();
        // for k in range(n):                                                                     <L 72>
        var_7 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // M = M * A[b, k]                                                                    <L 73>
            var_9 = wp::address(var_A, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::mul(var_6, var_11);
            wp::assign(var_6, var_10);
            goto start_for_0;
        end_for_0:;
        // out[b] = M                                                                             <L 74>
        wp::array_store(var_out, var_0, var_6);
    }
}



extern "C" __global__ void batched_mat44_chain_10dab2b6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 4;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::mat_t<4, 4, wp::float32>* var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::mat_t<4, 4, wp::float32> adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::mat_t<4, 4, wp::float32> adj_9 = {};
        wp::mat_t<4, 4, wp::float32> adj_10 = {};
        wp::mat_t<4, 4, wp::float32> adj_11 = {};
        //---------
        // forward
        // def batched_mat44_chain(A: wp.array2d(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 68>
        // b = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // n = A.shape[1]                                                                         <L 70>
        var_1 = &(var_A.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // M = wp.identity(n=4, dtype=float)                                                      <L 71>
        var_6 = wp::identity<4, wp::float32>();
        // for k in range(n):                                                                     <L 72>
        var_7 = wp::range(var_3);
        // out[b] = M                                                                             <L 74>
        // wp::array_store(var_out, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
        // adj: out[b] = M                                                                        <L 74>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
            // M = M * A[b, k]                                                                    <L 73>
            var_9 = wp::address(var_A, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::mul(var_6, var_11);
            wp::assign(var_6, var_10);
            wp::adj_assign(var_6, var_10, adj_6, adj_10);
            wp::adj_mul(var_6, var_11, adj_6, adj_9, adj_10);
            wp::adj_address(var_A, var_0, var_8, adj_A, adj_0, adj_8, adj_9);
            // adj: M = M * A[b, k]                                                               <L 73>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 72>
        // adj: M = wp.identity(n=4, dtype=float)                                                 <L 71>
        adj_A.shape = adj_1;
        // adj: n = A.shape[1]                                                                    <L 70>
        // adj: b = wp.tid()                                                                      <L 69>
        // adj: def batched_mat44_chain(A: wp.array2d(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):  <L 68>
        continue;
    }
}

