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


// corpus/057_lattice_boltzmann_d2q9.py:39
static CUDA_CALLABLE wp::int32 opposite_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 4;
    bool var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    const wp::int32 var_9 = 4;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 5;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    const wp::int32 var_17 = 4;
    wp::int32 var_18;
    const wp::int32 var_19 = 5;
    wp::int32 var_20;
    //---------
    // forward
    // def opposite(q: int) -> int:                                                           <L 40>
    // if q == 0:                                                                             <L 41>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 0                                                                           <L 42>
        return var_2;
    }
    // if q <= 4:                                                                             <L 43>
    var_4 = (var_q <= var_3);
    if (var_4) {
        // return ((q - 1 + 2) % 4) + 1                                                       <L 44>
        var_6 = wp::sub(var_q, var_5);
        var_8 = wp::add(var_6, var_7);
        var_10 = wp::mod(var_8, var_9);
        var_12 = wp::add(var_10, var_11);
        return var_12;
    }
    // return ((q - 5 + 2) % 4) + 5                                                           <L 45>
    var_14 = wp::sub(var_q, var_13);
    var_16 = wp::add(var_14, var_15);
    var_18 = wp::mod(var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    return var_20;
}


// corpus/057_lattice_boltzmann_d2q9.py:9
static CUDA_CALLABLE wp::vec_t<2, wp::int32> lattice_dir_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 0;
    wp::vec_t<2, wp::int32> var_4;
    const wp::int32 var_5 = 2;
    bool var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::vec_t<2, wp::int32> var_9;
    const wp::int32 var_10 = 3;
    bool var_11;
    const wp::int32 var_12 = -1;
    const wp::int32 var_13 = 0;
    wp::vec_t<2, wp::int32> var_14;
    const wp::int32 var_15 = 4;
    bool var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = -1;
    wp::vec_t<2, wp::int32> var_19;
    const wp::int32 var_20 = 5;
    bool var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    wp::vec_t<2, wp::int32> var_24;
    const wp::int32 var_25 = 6;
    bool var_26;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 1;
    wp::vec_t<2, wp::int32> var_29;
    const wp::int32 var_30 = 7;
    bool var_31;
    const wp::int32 var_32 = -1;
    const wp::int32 var_33 = -1;
    wp::vec_t<2, wp::int32> var_34;
    const wp::int32 var_35 = 8;
    bool var_36;
    const wp::int32 var_37 = 1;
    const wp::int32 var_38 = -1;
    wp::vec_t<2, wp::int32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 0;
    wp::vec_t<2, wp::int32> var_42;
    //---------
    // forward
    // def lattice_dir(q: int) -> wp.vec2i:                                                   <L 10>
    // if q == 1:                                                                             <L 11>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return wp.vec2i(1, 0)                                                              <L 12>
        var_4 = wp::vec_t<2, wp::int32>(var_2, var_3);
        return var_4;
    }
    if (!var_1) {
        // elif q == 2:                                                                       <L 13>
        var_6 = (var_q == var_5);
        if (var_6) {
            // return wp.vec2i(0, 1)                                                          <L 14>
            var_9 = wp::vec_t<2, wp::int32>(var_7, var_8);
            return var_9;
        }
        if (!var_6) {
            // elif q == 3:                                                                   <L 15>
            var_11 = (var_q == var_10);
            if (var_11) {
                // return wp.vec2i(-1, 0)                                                     <L 16>
                var_14 = wp::vec_t<2, wp::int32>(var_12, var_13);
                return var_14;
            }
            if (!var_11) {
                // elif q == 4:                                                               <L 17>
                var_16 = (var_q == var_15);
                if (var_16) {
                    // return wp.vec2i(0, -1)                                                 <L 18>
                    var_19 = wp::vec_t<2, wp::int32>(var_17, var_18);
                    return var_19;
                }
                if (!var_16) {
                    // elif q == 5:                                                           <L 19>
                    var_21 = (var_q == var_20);
                    if (var_21) {
                        // return wp.vec2i(1, 1)                                              <L 20>
                        var_24 = wp::vec_t<2, wp::int32>(var_22, var_23);
                        return var_24;
                    }
                    if (!var_21) {
                        // elif q == 6:                                                       <L 21>
                        var_26 = (var_q == var_25);
                        if (var_26) {
                            // return wp.vec2i(-1, 1)                                         <L 22>
                            var_29 = wp::vec_t<2, wp::int32>(var_27, var_28);
                            return var_29;
                        }
                        if (!var_26) {
                            // elif q == 7:                                                   <L 23>
                            var_31 = (var_q == var_30);
                            if (var_31) {
                                // return wp.vec2i(-1, -1)                                    <L 24>
                                var_34 = wp::vec_t<2, wp::int32>(var_32, var_33);
                                return var_34;
                            }
                            if (!var_31) {
                                // elif q == 8:                                               <L 25>
                                var_36 = (var_q == var_35);
                                if (var_36) {
                                    // return wp.vec2i(1, -1)                                 <L 26>
                                    var_39 = wp::vec_t<2, wp::int32>(var_37, var_38);
                                    return var_39;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // return wp.vec2i(0, 0)                                                                  <L 27>
    var_42 = wp::vec_t<2, wp::int32>(var_40, var_41);
    return var_42;
}


// corpus/057_lattice_boltzmann_d2q9.py:30
static CUDA_CALLABLE wp::float32 lattice_weight_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 4.0;
    const wp::float32 var_3 = 9.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 4;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 36.0;
    wp::float32 var_12;
    //---------
    // forward
    // def lattice_weight(q: int) -> float:                                                   <L 31>
    // if q == 0:                                                                             <L 32>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 4.0 / 9.0                                                                   <L 33>
        var_4 = wp::div(var_2, var_3);
        return var_4;
    }
    // if q <= 4:                                                                             <L 34>
    var_6 = (var_q <= var_5);
    if (var_6) {
        // return 1.0 / 9.0                                                                   <L 35>
        var_9 = wp::div(var_7, var_8);
        return var_9;
    }
    // return 1.0 / 36.0                                                                      <L 36>
    var_12 = wp::div(var_10, var_11);
    return var_12;
}


// corpus/057_lattice_boltzmann_d2q9.py:48
static CUDA_CALLABLE wp::float32 equilibrium_0(
    wp::int32 var_q,
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u)
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
    // def equilibrium(q: int, rho: float, u: wp.vec2) -> float:                              <L 49>
    // c = lattice_dir(q)                                                                     <L 50>
    var_0 = lattice_dir_0(var_q);
    // cu = float(c[0]) * u[0] + float(c[1]) * u[1]                                           <L 51>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::extract(var_u, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_8 = wp::extract(var_0, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_u, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_6, var_12);
    // uu = wp.dot(u, u)                                                                      <L 52>
    var_14 = wp::dot(var_u, var_u);
    // return lattice_weight(q) * rho * (1.0 + cu / CS2 + 0.5 * cu * cu / (CS2 * CS2) - 0.5 * uu / CS2)       <L 53>
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


// corpus/057_lattice_boltzmann_d2q9.py:39
static CUDA_CALLABLE void adj_opposite_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/057_lattice_boltzmann_d2q9.py:9
static CUDA_CALLABLE void adj_lattice_dir_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::vec_t<2, wp::int32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/057_lattice_boltzmann_d2q9.py:30
static CUDA_CALLABLE void adj_lattice_weight_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/057_lattice_boltzmann_d2q9.py:48
static CUDA_CALLABLE void adj_equilibrium_0(
    wp::int32 var_q,
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u,
    wp::int32 & adj_q,
    wp::float32 & adj_rho,
    wp::vec_t<2, wp::float32> & adj_u,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void collide_stream_e96d4dea_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_f_in,
    wp::array_t<wp::float32> var_f_out,
    wp::array_t<bool> var_solid,
    wp::float32 var_omega,
    wp::array_t<wp::float32> var_rho_out,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out)
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
        bool* var_10;
        bool var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 3;
        wp::int32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 4;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 5;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 6;
        wp::int32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 7;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 8;
        wp::int32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        bool var_48;
        const wp::float32 var_49 = 0.0;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.0;
        const wp::float32 var_52 = 0.0;
        wp::vec_t<2, wp::float32> var_53;
        const wp::int32 var_54 = 0;
        wp::float32* var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::vec_t<2, wp::int32> var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 0;
        wp::int32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::float32 var_65;
        wp::vec_t<2, wp::float32> var_66;
        wp::vec_t<2, wp::float32> var_67;
        wp::vec_t<2, wp::float32> var_68;
        const wp::int32 var_69 = 1;
        wp::float32* var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<2, wp::int32> var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 0;
        wp::int32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::float32 var_80;
        wp::vec_t<2, wp::float32> var_81;
        wp::vec_t<2, wp::float32> var_82;
        wp::vec_t<2, wp::float32> var_83;
        const wp::int32 var_84 = 2;
        wp::float32* var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::vec_t<2, wp::int32> var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 0;
        wp::int32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 1;
        wp::int32 var_94;
        wp::float32 var_95;
        wp::vec_t<2, wp::float32> var_96;
        wp::vec_t<2, wp::float32> var_97;
        wp::vec_t<2, wp::float32> var_98;
        const wp::int32 var_99 = 3;
        wp::float32* var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::vec_t<2, wp::int32> var_103;
        wp::float32 var_104;
        const wp::int32 var_105 = 0;
        wp::int32 var_106;
        wp::float32 var_107;
        const wp::int32 var_108 = 1;
        wp::int32 var_109;
        wp::float32 var_110;
        wp::vec_t<2, wp::float32> var_111;
        wp::vec_t<2, wp::float32> var_112;
        wp::vec_t<2, wp::float32> var_113;
        const wp::int32 var_114 = 4;
        wp::float32* var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::vec_t<2, wp::int32> var_118;
        wp::float32 var_119;
        const wp::int32 var_120 = 0;
        wp::int32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 1;
        wp::int32 var_124;
        wp::float32 var_125;
        wp::vec_t<2, wp::float32> var_126;
        wp::vec_t<2, wp::float32> var_127;
        wp::vec_t<2, wp::float32> var_128;
        const wp::int32 var_129 = 5;
        wp::float32* var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::vec_t<2, wp::int32> var_133;
        wp::float32 var_134;
        const wp::int32 var_135 = 0;
        wp::int32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 1;
        wp::int32 var_139;
        wp::float32 var_140;
        wp::vec_t<2, wp::float32> var_141;
        wp::vec_t<2, wp::float32> var_142;
        wp::vec_t<2, wp::float32> var_143;
        const wp::int32 var_144 = 6;
        wp::float32* var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::vec_t<2, wp::int32> var_148;
        wp::float32 var_149;
        const wp::int32 var_150 = 0;
        wp::int32 var_151;
        wp::float32 var_152;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::float32 var_155;
        wp::vec_t<2, wp::float32> var_156;
        wp::vec_t<2, wp::float32> var_157;
        wp::vec_t<2, wp::float32> var_158;
        const wp::int32 var_159 = 7;
        wp::float32* var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::vec_t<2, wp::int32> var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 0;
        wp::int32 var_166;
        wp::float32 var_167;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::float32 var_170;
        wp::vec_t<2, wp::float32> var_171;
        wp::vec_t<2, wp::float32> var_172;
        wp::vec_t<2, wp::float32> var_173;
        const wp::int32 var_174 = 8;
        wp::float32* var_175;
        wp::float32 var_176;
        wp::float32 var_177;
        wp::vec_t<2, wp::int32> var_178;
        wp::float32 var_179;
        const wp::int32 var_180 = 0;
        wp::int32 var_181;
        wp::float32 var_182;
        const wp::int32 var_183 = 1;
        wp::int32 var_184;
        wp::float32 var_185;
        wp::vec_t<2, wp::float32> var_186;
        wp::vec_t<2, wp::float32> var_187;
        wp::vec_t<2, wp::float32> var_188;
        const wp::float32 var_189 = 0.0;
        const wp::float32 var_190 = 0.0;
        wp::vec_t<2, wp::float32> var_191;
        const wp::float32 var_192 = 0.0;
        bool var_193;
        wp::vec_t<2, wp::float32> var_194;
        wp::vec_t<2, wp::float32> var_195;
        const wp::int32 var_196 = 0;
        wp::float32 var_197;
        wp::float32* var_198;
        wp::float32* var_199;
        wp::float32 var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::vec_t<2, wp::int32> var_205;
        const wp::int32 var_206 = 0;
        wp::int32 var_207;
        wp::int32 var_208;
        wp::int32 var_209;
        wp::int32 var_210;
        const wp::int32 var_211 = 1;
        wp::int32 var_212;
        wp::int32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        bool* var_216;
        bool var_217;
        wp::int32 var_218;
        bool var_219;
        bool var_220;
        bool var_221;
        const wp::int32 var_222 = 1;
        wp::float32 var_223;
        wp::float32* var_224;
        wp::float32* var_225;
        wp::float32 var_226;
        wp::float32 var_227;
        wp::float32 var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        wp::vec_t<2, wp::int32> var_231;
        const wp::int32 var_232 = 0;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 1;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::int32 var_241;
        bool* var_242;
        bool var_243;
        wp::int32 var_244;
        bool var_245;
        bool var_246;
        bool var_247;
        const wp::int32 var_248 = 2;
        wp::float32 var_249;
        wp::float32* var_250;
        wp::float32* var_251;
        wp::float32 var_252;
        wp::float32 var_253;
        wp::float32 var_254;
        wp::float32 var_255;
        wp::float32 var_256;
        wp::vec_t<2, wp::int32> var_257;
        const wp::int32 var_258 = 0;
        wp::int32 var_259;
        wp::int32 var_260;
        wp::int32 var_261;
        wp::int32 var_262;
        const wp::int32 var_263 = 1;
        wp::int32 var_264;
        wp::int32 var_265;
        wp::int32 var_266;
        wp::int32 var_267;
        bool* var_268;
        bool var_269;
        wp::int32 var_270;
        bool var_271;
        bool var_272;
        bool var_273;
        const wp::int32 var_274 = 3;
        wp::float32 var_275;
        wp::float32* var_276;
        wp::float32* var_277;
        wp::float32 var_278;
        wp::float32 var_279;
        wp::float32 var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        wp::vec_t<2, wp::int32> var_283;
        const wp::int32 var_284 = 0;
        wp::int32 var_285;
        wp::int32 var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 1;
        wp::int32 var_290;
        wp::int32 var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        bool* var_294;
        bool var_295;
        wp::int32 var_296;
        bool var_297;
        bool var_298;
        bool var_299;
        const wp::int32 var_300 = 4;
        wp::float32 var_301;
        wp::float32* var_302;
        wp::float32* var_303;
        wp::float32 var_304;
        wp::float32 var_305;
        wp::float32 var_306;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::vec_t<2, wp::int32> var_309;
        const wp::int32 var_310 = 0;
        wp::int32 var_311;
        wp::int32 var_312;
        wp::int32 var_313;
        wp::int32 var_314;
        const wp::int32 var_315 = 1;
        wp::int32 var_316;
        wp::int32 var_317;
        wp::int32 var_318;
        wp::int32 var_319;
        bool* var_320;
        bool var_321;
        wp::int32 var_322;
        bool var_323;
        bool var_324;
        bool var_325;
        const wp::int32 var_326 = 5;
        wp::float32 var_327;
        wp::float32* var_328;
        wp::float32* var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
        wp::float32 var_334;
        wp::vec_t<2, wp::int32> var_335;
        const wp::int32 var_336 = 0;
        wp::int32 var_337;
        wp::int32 var_338;
        wp::int32 var_339;
        wp::int32 var_340;
        const wp::int32 var_341 = 1;
        wp::int32 var_342;
        wp::int32 var_343;
        wp::int32 var_344;
        wp::int32 var_345;
        bool* var_346;
        bool var_347;
        wp::int32 var_348;
        bool var_349;
        bool var_350;
        bool var_351;
        const wp::int32 var_352 = 6;
        wp::float32 var_353;
        wp::float32* var_354;
        wp::float32* var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        wp::float32 var_359;
        wp::float32 var_360;
        wp::vec_t<2, wp::int32> var_361;
        const wp::int32 var_362 = 0;
        wp::int32 var_363;
        wp::int32 var_364;
        wp::int32 var_365;
        wp::int32 var_366;
        const wp::int32 var_367 = 1;
        wp::int32 var_368;
        wp::int32 var_369;
        wp::int32 var_370;
        wp::int32 var_371;
        bool* var_372;
        bool var_373;
        wp::int32 var_374;
        bool var_375;
        bool var_376;
        bool var_377;
        const wp::int32 var_378 = 7;
        wp::float32 var_379;
        wp::float32* var_380;
        wp::float32* var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        wp::float32 var_384;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::vec_t<2, wp::int32> var_387;
        const wp::int32 var_388 = 0;
        wp::int32 var_389;
        wp::int32 var_390;
        wp::int32 var_391;
        wp::int32 var_392;
        const wp::int32 var_393 = 1;
        wp::int32 var_394;
        wp::int32 var_395;
        wp::int32 var_396;
        wp::int32 var_397;
        bool* var_398;
        bool var_399;
        wp::int32 var_400;
        bool var_401;
        bool var_402;
        bool var_403;
        const wp::int32 var_404 = 8;
        wp::float32 var_405;
        wp::float32* var_406;
        wp::float32* var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::float32 var_412;
        wp::vec_t<2, wp::int32> var_413;
        const wp::int32 var_414 = 0;
        wp::int32 var_415;
        wp::int32 var_416;
        wp::int32 var_417;
        wp::int32 var_418;
        const wp::int32 var_419 = 1;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::int32 var_422;
        wp::int32 var_423;
        bool* var_424;
        bool var_425;
        wp::int32 var_426;
        bool var_427;
        bool var_428;
        bool var_429;
        //---------
        // forward
        // def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2)):       <L 57>
        // x, y = wp.tid()                                                                        <L 58>
        builtin_tid2d(var_0, var_1);
        // nx = f_in.shape[0]                                                                     <L 59>
        var_2 = &(var_f_in.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = f_in.shape[1]                                                                     <L 60>
        var_6 = &(var_f_in.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if solid[x, y]:                                                                        <L 61>
        var_10 = wp::address(var_solid, var_0, var_1);
        var_11 = wp::load(var_10);
        if (var_11) {
            // for q in range(Q):                                                                 <L 62>
            // f_out[x, y, q] = f_in[x, y, opposite(q)]                                           <L 63>
            var_13 = opposite_0(var_12);
            var_14 = wp::address(var_f_in, var_0, var_1, var_13);
            var_15 = wp::load(var_14);
            wp::array_store(var_f_out, var_0, var_1, var_12, var_15);
            var_17 = opposite_0(var_16);
            var_18 = wp::address(var_f_in, var_0, var_1, var_17);
            var_19 = wp::load(var_18);
            wp::array_store(var_f_out, var_0, var_1, var_16, var_19);
            var_21 = opposite_0(var_20);
            var_22 = wp::address(var_f_in, var_0, var_1, var_21);
            var_23 = wp::load(var_22);
            wp::array_store(var_f_out, var_0, var_1, var_20, var_23);
            var_25 = opposite_0(var_24);
            var_26 = wp::address(var_f_in, var_0, var_1, var_25);
            var_27 = wp::load(var_26);
            wp::array_store(var_f_out, var_0, var_1, var_24, var_27);
            var_29 = opposite_0(var_28);
            var_30 = wp::address(var_f_in, var_0, var_1, var_29);
            var_31 = wp::load(var_30);
            wp::array_store(var_f_out, var_0, var_1, var_28, var_31);
            var_33 = opposite_0(var_32);
            var_34 = wp::address(var_f_in, var_0, var_1, var_33);
            var_35 = wp::load(var_34);
            wp::array_store(var_f_out, var_0, var_1, var_32, var_35);
            var_37 = opposite_0(var_36);
            var_38 = wp::address(var_f_in, var_0, var_1, var_37);
            var_39 = wp::load(var_38);
            wp::array_store(var_f_out, var_0, var_1, var_36, var_39);
            var_41 = opposite_0(var_40);
            var_42 = wp::address(var_f_in, var_0, var_1, var_41);
            var_43 = wp::load(var_42);
            wp::array_store(var_f_out, var_0, var_1, var_40, var_43);
            var_45 = opposite_0(var_44);
            var_46 = wp::address(var_f_in, var_0, var_1, var_45);
            var_47 = wp::load(var_46);
            wp::array_store(var_f_out, var_0, var_1, var_44, var_47);
            // return                                                                             <L 64>
            continue;
        }
        var_48 = wp::load(var_10);
        // rho = float(0.0)                                                                       <L 65>
        var_50 = wp::float(var_49);
        // mom = wp.vec2(0.0, 0.0)                                                                <L 66>
        var_53 = wp::vec_t<2, wp::float32>(var_51, var_52);
        // for q in range(Q):                                                                     <L 67>
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_55 = wp::address(var_f_in, var_0, var_1, var_54);
        var_57 = wp::load(var_55);
        var_56 = wp::copy(var_57);
        // c = lattice_dir(q)                                                                     <L 69>
        var_58 = lattice_dir_0(var_54);
        // rho += fq                                                                              <L 70>
        var_59 = wp::add(var_50, var_56);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_61 = wp::extract(var_58, var_60);
        var_62 = wp::float(var_61);
        var_64 = wp::extract(var_58, var_63);
        var_65 = wp::float(var_64);
        var_66 = wp::vec_t<2, wp::float32>(var_62, var_65);
        var_67 = wp::mul(var_66, var_56);
        var_68 = wp::add(var_53, var_67);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_70 = wp::address(var_f_in, var_0, var_1, var_69);
        var_72 = wp::load(var_70);
        var_71 = wp::copy(var_72);
        // c = lattice_dir(q)                                                                     <L 69>
        var_73 = lattice_dir_0(var_69);
        // rho += fq                                                                              <L 70>
        var_74 = wp::add(var_59, var_71);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_76 = wp::extract(var_73, var_75);
        var_77 = wp::float(var_76);
        var_79 = wp::extract(var_73, var_78);
        var_80 = wp::float(var_79);
        var_81 = wp::vec_t<2, wp::float32>(var_77, var_80);
        var_82 = wp::mul(var_81, var_71);
        var_83 = wp::add(var_68, var_82);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_85 = wp::address(var_f_in, var_0, var_1, var_84);
        var_87 = wp::load(var_85);
        var_86 = wp::copy(var_87);
        // c = lattice_dir(q)                                                                     <L 69>
        var_88 = lattice_dir_0(var_84);
        // rho += fq                                                                              <L 70>
        var_89 = wp::add(var_74, var_86);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_91 = wp::extract(var_88, var_90);
        var_92 = wp::float(var_91);
        var_94 = wp::extract(var_88, var_93);
        var_95 = wp::float(var_94);
        var_96 = wp::vec_t<2, wp::float32>(var_92, var_95);
        var_97 = wp::mul(var_96, var_86);
        var_98 = wp::add(var_83, var_97);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_100 = wp::address(var_f_in, var_0, var_1, var_99);
        var_102 = wp::load(var_100);
        var_101 = wp::copy(var_102);
        // c = lattice_dir(q)                                                                     <L 69>
        var_103 = lattice_dir_0(var_99);
        // rho += fq                                                                              <L 70>
        var_104 = wp::add(var_89, var_101);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_106 = wp::extract(var_103, var_105);
        var_107 = wp::float(var_106);
        var_109 = wp::extract(var_103, var_108);
        var_110 = wp::float(var_109);
        var_111 = wp::vec_t<2, wp::float32>(var_107, var_110);
        var_112 = wp::mul(var_111, var_101);
        var_113 = wp::add(var_98, var_112);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_115 = wp::address(var_f_in, var_0, var_1, var_114);
        var_117 = wp::load(var_115);
        var_116 = wp::copy(var_117);
        // c = lattice_dir(q)                                                                     <L 69>
        var_118 = lattice_dir_0(var_114);
        // rho += fq                                                                              <L 70>
        var_119 = wp::add(var_104, var_116);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_121 = wp::extract(var_118, var_120);
        var_122 = wp::float(var_121);
        var_124 = wp::extract(var_118, var_123);
        var_125 = wp::float(var_124);
        var_126 = wp::vec_t<2, wp::float32>(var_122, var_125);
        var_127 = wp::mul(var_126, var_116);
        var_128 = wp::add(var_113, var_127);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_130 = wp::address(var_f_in, var_0, var_1, var_129);
        var_132 = wp::load(var_130);
        var_131 = wp::copy(var_132);
        // c = lattice_dir(q)                                                                     <L 69>
        var_133 = lattice_dir_0(var_129);
        // rho += fq                                                                              <L 70>
        var_134 = wp::add(var_119, var_131);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_136 = wp::extract(var_133, var_135);
        var_137 = wp::float(var_136);
        var_139 = wp::extract(var_133, var_138);
        var_140 = wp::float(var_139);
        var_141 = wp::vec_t<2, wp::float32>(var_137, var_140);
        var_142 = wp::mul(var_141, var_131);
        var_143 = wp::add(var_128, var_142);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_145 = wp::address(var_f_in, var_0, var_1, var_144);
        var_147 = wp::load(var_145);
        var_146 = wp::copy(var_147);
        // c = lattice_dir(q)                                                                     <L 69>
        var_148 = lattice_dir_0(var_144);
        // rho += fq                                                                              <L 70>
        var_149 = wp::add(var_134, var_146);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_151 = wp::extract(var_148, var_150);
        var_152 = wp::float(var_151);
        var_154 = wp::extract(var_148, var_153);
        var_155 = wp::float(var_154);
        var_156 = wp::vec_t<2, wp::float32>(var_152, var_155);
        var_157 = wp::mul(var_156, var_146);
        var_158 = wp::add(var_143, var_157);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_160 = wp::address(var_f_in, var_0, var_1, var_159);
        var_162 = wp::load(var_160);
        var_161 = wp::copy(var_162);
        // c = lattice_dir(q)                                                                     <L 69>
        var_163 = lattice_dir_0(var_159);
        // rho += fq                                                                              <L 70>
        var_164 = wp::add(var_149, var_161);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_166 = wp::extract(var_163, var_165);
        var_167 = wp::float(var_166);
        var_169 = wp::extract(var_163, var_168);
        var_170 = wp::float(var_169);
        var_171 = wp::vec_t<2, wp::float32>(var_167, var_170);
        var_172 = wp::mul(var_171, var_161);
        var_173 = wp::add(var_158, var_172);
        // fq = f_in[x, y, q]                                                                     <L 68>
        var_175 = wp::address(var_f_in, var_0, var_1, var_174);
        var_177 = wp::load(var_175);
        var_176 = wp::copy(var_177);
        // c = lattice_dir(q)                                                                     <L 69>
        var_178 = lattice_dir_0(var_174);
        // rho += fq                                                                              <L 70>
        var_179 = wp::add(var_164, var_176);
        // mom = mom + wp.vec2(float(c[0]), float(c[1])) * fq                                     <L 71>
        var_181 = wp::extract(var_178, var_180);
        var_182 = wp::float(var_181);
        var_184 = wp::extract(var_178, var_183);
        var_185 = wp::float(var_184);
        var_186 = wp::vec_t<2, wp::float32>(var_182, var_185);
        var_187 = wp::mul(var_186, var_176);
        var_188 = wp::add(var_173, var_187);
        // u = wp.vec2(0.0, 0.0)                                                                  <L 72>
        var_191 = wp::vec_t<2, wp::float32>(var_189, var_190);
        // if rho > 0.0:                                                                          <L 73>
        var_193 = (var_179 > var_192);
        if (var_193) {
            // u = mom / rho                                                                      <L 74>
            var_194 = wp::div(var_188, var_179);
        }
        var_195 = wp::where(var_193, var_194, var_191);
        // rho_out[x, y] = rho                                                                    <L 75>
        wp::array_store(var_rho_out, var_0, var_1, var_179);
        // u_out[x, y] = u                                                                        <L 76>
        wp::array_store(var_u_out, var_0, var_1, var_195);
        // for q in range(Q):                                                                     <L 77>
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_197 = equilibrium_0(var_196, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_198 = wp::address(var_f_in, var_0, var_1, var_196);
        var_199 = wp::address(var_f_in, var_0, var_1, var_196);
        var_201 = wp::load(var_199);
        var_200 = wp::sub(var_201, var_197);
        var_202 = wp::mul(var_omega, var_200);
        var_204 = wp::load(var_198);
        var_203 = wp::sub(var_204, var_202);
        // c = lattice_dir(q)                                                                     <L 80>
        var_205 = lattice_dir_0(var_196);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_207 = wp::extract(var_205, var_206);
        var_208 = wp::add(var_0, var_207);
        var_209 = wp::add(var_208, var_4);
        var_210 = wp::mod(var_209, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_212 = wp::extract(var_205, var_211);
        var_213 = wp::add(var_1, var_212);
        var_214 = wp::add(var_213, var_8);
        var_215 = wp::mod(var_214, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_216 = wp::address(var_solid, var_210, var_215);
        var_217 = wp::load(var_216);
        if (var_217) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_218 = opposite_0(var_196);
            wp::array_store(var_f_out, var_0, var_1, var_218, var_203);
        }
        var_219 = wp::load(var_216);
        var_220 = wp::load(var_216);
        if (!var_220) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_210, var_215, var_196, var_203);
        }
        var_221 = wp::load(var_216);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_223 = equilibrium_0(var_222, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_224 = wp::address(var_f_in, var_0, var_1, var_222);
        var_225 = wp::address(var_f_in, var_0, var_1, var_222);
        var_227 = wp::load(var_225);
        var_226 = wp::sub(var_227, var_223);
        var_228 = wp::mul(var_omega, var_226);
        var_230 = wp::load(var_224);
        var_229 = wp::sub(var_230, var_228);
        // c = lattice_dir(q)                                                                     <L 80>
        var_231 = lattice_dir_0(var_222);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_233 = wp::extract(var_231, var_232);
        var_234 = wp::add(var_0, var_233);
        var_235 = wp::add(var_234, var_4);
        var_236 = wp::mod(var_235, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_238 = wp::extract(var_231, var_237);
        var_239 = wp::add(var_1, var_238);
        var_240 = wp::add(var_239, var_8);
        var_241 = wp::mod(var_240, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_242 = wp::address(var_solid, var_236, var_241);
        var_243 = wp::load(var_242);
        if (var_243) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_244 = opposite_0(var_222);
            wp::array_store(var_f_out, var_0, var_1, var_244, var_229);
        }
        var_245 = wp::load(var_242);
        var_246 = wp::load(var_242);
        if (!var_246) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_236, var_241, var_222, var_229);
        }
        var_247 = wp::load(var_242);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_249 = equilibrium_0(var_248, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_250 = wp::address(var_f_in, var_0, var_1, var_248);
        var_251 = wp::address(var_f_in, var_0, var_1, var_248);
        var_253 = wp::load(var_251);
        var_252 = wp::sub(var_253, var_249);
        var_254 = wp::mul(var_omega, var_252);
        var_256 = wp::load(var_250);
        var_255 = wp::sub(var_256, var_254);
        // c = lattice_dir(q)                                                                     <L 80>
        var_257 = lattice_dir_0(var_248);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_259 = wp::extract(var_257, var_258);
        var_260 = wp::add(var_0, var_259);
        var_261 = wp::add(var_260, var_4);
        var_262 = wp::mod(var_261, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_264 = wp::extract(var_257, var_263);
        var_265 = wp::add(var_1, var_264);
        var_266 = wp::add(var_265, var_8);
        var_267 = wp::mod(var_266, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_268 = wp::address(var_solid, var_262, var_267);
        var_269 = wp::load(var_268);
        if (var_269) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_270 = opposite_0(var_248);
            wp::array_store(var_f_out, var_0, var_1, var_270, var_255);
        }
        var_271 = wp::load(var_268);
        var_272 = wp::load(var_268);
        if (!var_272) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_262, var_267, var_248, var_255);
        }
        var_273 = wp::load(var_268);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_275 = equilibrium_0(var_274, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_276 = wp::address(var_f_in, var_0, var_1, var_274);
        var_277 = wp::address(var_f_in, var_0, var_1, var_274);
        var_279 = wp::load(var_277);
        var_278 = wp::sub(var_279, var_275);
        var_280 = wp::mul(var_omega, var_278);
        var_282 = wp::load(var_276);
        var_281 = wp::sub(var_282, var_280);
        // c = lattice_dir(q)                                                                     <L 80>
        var_283 = lattice_dir_0(var_274);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_285 = wp::extract(var_283, var_284);
        var_286 = wp::add(var_0, var_285);
        var_287 = wp::add(var_286, var_4);
        var_288 = wp::mod(var_287, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_290 = wp::extract(var_283, var_289);
        var_291 = wp::add(var_1, var_290);
        var_292 = wp::add(var_291, var_8);
        var_293 = wp::mod(var_292, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_294 = wp::address(var_solid, var_288, var_293);
        var_295 = wp::load(var_294);
        if (var_295) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_296 = opposite_0(var_274);
            wp::array_store(var_f_out, var_0, var_1, var_296, var_281);
        }
        var_297 = wp::load(var_294);
        var_298 = wp::load(var_294);
        if (!var_298) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_288, var_293, var_274, var_281);
        }
        var_299 = wp::load(var_294);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_301 = equilibrium_0(var_300, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_302 = wp::address(var_f_in, var_0, var_1, var_300);
        var_303 = wp::address(var_f_in, var_0, var_1, var_300);
        var_305 = wp::load(var_303);
        var_304 = wp::sub(var_305, var_301);
        var_306 = wp::mul(var_omega, var_304);
        var_308 = wp::load(var_302);
        var_307 = wp::sub(var_308, var_306);
        // c = lattice_dir(q)                                                                     <L 80>
        var_309 = lattice_dir_0(var_300);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_311 = wp::extract(var_309, var_310);
        var_312 = wp::add(var_0, var_311);
        var_313 = wp::add(var_312, var_4);
        var_314 = wp::mod(var_313, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_316 = wp::extract(var_309, var_315);
        var_317 = wp::add(var_1, var_316);
        var_318 = wp::add(var_317, var_8);
        var_319 = wp::mod(var_318, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_320 = wp::address(var_solid, var_314, var_319);
        var_321 = wp::load(var_320);
        if (var_321) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_322 = opposite_0(var_300);
            wp::array_store(var_f_out, var_0, var_1, var_322, var_307);
        }
        var_323 = wp::load(var_320);
        var_324 = wp::load(var_320);
        if (!var_324) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_314, var_319, var_300, var_307);
        }
        var_325 = wp::load(var_320);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_327 = equilibrium_0(var_326, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_328 = wp::address(var_f_in, var_0, var_1, var_326);
        var_329 = wp::address(var_f_in, var_0, var_1, var_326);
        var_331 = wp::load(var_329);
        var_330 = wp::sub(var_331, var_327);
        var_332 = wp::mul(var_omega, var_330);
        var_334 = wp::load(var_328);
        var_333 = wp::sub(var_334, var_332);
        // c = lattice_dir(q)                                                                     <L 80>
        var_335 = lattice_dir_0(var_326);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_337 = wp::extract(var_335, var_336);
        var_338 = wp::add(var_0, var_337);
        var_339 = wp::add(var_338, var_4);
        var_340 = wp::mod(var_339, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_342 = wp::extract(var_335, var_341);
        var_343 = wp::add(var_1, var_342);
        var_344 = wp::add(var_343, var_8);
        var_345 = wp::mod(var_344, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_346 = wp::address(var_solid, var_340, var_345);
        var_347 = wp::load(var_346);
        if (var_347) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_348 = opposite_0(var_326);
            wp::array_store(var_f_out, var_0, var_1, var_348, var_333);
        }
        var_349 = wp::load(var_346);
        var_350 = wp::load(var_346);
        if (!var_350) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_340, var_345, var_326, var_333);
        }
        var_351 = wp::load(var_346);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_353 = equilibrium_0(var_352, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_354 = wp::address(var_f_in, var_0, var_1, var_352);
        var_355 = wp::address(var_f_in, var_0, var_1, var_352);
        var_357 = wp::load(var_355);
        var_356 = wp::sub(var_357, var_353);
        var_358 = wp::mul(var_omega, var_356);
        var_360 = wp::load(var_354);
        var_359 = wp::sub(var_360, var_358);
        // c = lattice_dir(q)                                                                     <L 80>
        var_361 = lattice_dir_0(var_352);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_363 = wp::extract(var_361, var_362);
        var_364 = wp::add(var_0, var_363);
        var_365 = wp::add(var_364, var_4);
        var_366 = wp::mod(var_365, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_368 = wp::extract(var_361, var_367);
        var_369 = wp::add(var_1, var_368);
        var_370 = wp::add(var_369, var_8);
        var_371 = wp::mod(var_370, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_372 = wp::address(var_solid, var_366, var_371);
        var_373 = wp::load(var_372);
        if (var_373) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_374 = opposite_0(var_352);
            wp::array_store(var_f_out, var_0, var_1, var_374, var_359);
        }
        var_375 = wp::load(var_372);
        var_376 = wp::load(var_372);
        if (!var_376) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_366, var_371, var_352, var_359);
        }
        var_377 = wp::load(var_372);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_379 = equilibrium_0(var_378, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_380 = wp::address(var_f_in, var_0, var_1, var_378);
        var_381 = wp::address(var_f_in, var_0, var_1, var_378);
        var_383 = wp::load(var_381);
        var_382 = wp::sub(var_383, var_379);
        var_384 = wp::mul(var_omega, var_382);
        var_386 = wp::load(var_380);
        var_385 = wp::sub(var_386, var_384);
        // c = lattice_dir(q)                                                                     <L 80>
        var_387 = lattice_dir_0(var_378);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_389 = wp::extract(var_387, var_388);
        var_390 = wp::add(var_0, var_389);
        var_391 = wp::add(var_390, var_4);
        var_392 = wp::mod(var_391, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_394 = wp::extract(var_387, var_393);
        var_395 = wp::add(var_1, var_394);
        var_396 = wp::add(var_395, var_8);
        var_397 = wp::mod(var_396, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_398 = wp::address(var_solid, var_392, var_397);
        var_399 = wp::load(var_398);
        if (var_399) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_400 = opposite_0(var_378);
            wp::array_store(var_f_out, var_0, var_1, var_400, var_385);
        }
        var_401 = wp::load(var_398);
        var_402 = wp::load(var_398);
        if (!var_402) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_392, var_397, var_378, var_385);
        }
        var_403 = wp::load(var_398);
        // feq = equilibrium(q, rho, u)                                                           <L 78>
        var_405 = equilibrium_0(var_404, var_179, var_195);
        // post = f_in[x, y, q] - omega * (f_in[x, y, q] - feq)                                   <L 79>
        var_406 = wp::address(var_f_in, var_0, var_1, var_404);
        var_407 = wp::address(var_f_in, var_0, var_1, var_404);
        var_409 = wp::load(var_407);
        var_408 = wp::sub(var_409, var_405);
        var_410 = wp::mul(var_omega, var_408);
        var_412 = wp::load(var_406);
        var_411 = wp::sub(var_412, var_410);
        // c = lattice_dir(q)                                                                     <L 80>
        var_413 = lattice_dir_0(var_404);
        // xn = (x + c[0] + nx) % nx                                                              <L 81>
        var_415 = wp::extract(var_413, var_414);
        var_416 = wp::add(var_0, var_415);
        var_417 = wp::add(var_416, var_4);
        var_418 = wp::mod(var_417, var_4);
        // yn = (y + c[1] + ny) % ny                                                              <L 82>
        var_420 = wp::extract(var_413, var_419);
        var_421 = wp::add(var_1, var_420);
        var_422 = wp::add(var_421, var_8);
        var_423 = wp::mod(var_422, var_8);
        // if solid[xn, yn]:                                                                      <L 83>
        var_424 = wp::address(var_solid, var_418, var_423);
        var_425 = wp::load(var_424);
        if (var_425) {
            // f_out[x, y, opposite(q)] = post                                                    <L 84>
            var_426 = opposite_0(var_404);
            wp::array_store(var_f_out, var_0, var_1, var_426, var_411);
        }
        var_427 = wp::load(var_424);
        var_428 = wp::load(var_424);
        if (!var_428) {
            // f_out[xn, yn, q] = post                                                            <L 86>
            wp::array_store(var_f_out, var_418, var_423, var_404, var_411);
        }
        var_429 = wp::load(var_424);
    }
}



extern "C" __global__ void init_equilibrium_5e9a8560_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_rho0,
    wp::vec_t<2, wp::float32> var_u0)
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
        wp::float32 var_3;
        //---------
        // forward
        // def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):            <L 90>
        // x, y, q = wp.tid()                                                                     <L 91>
        builtin_tid3d(var_0, var_1, var_2);
        // f[x, y, q] = equilibrium(q, rho0, u0)                                                  <L 92>
        var_3 = equilibrium_0(var_2, var_rho0, var_u0);
        wp::array_store(var_f, var_0, var_1, var_2, var_3);
    }
}



extern "C" __global__ void inlet_outlet_d5679301_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_u_in)
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
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<2, wp::float32> var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::float32* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        wp::vec_t<2, wp::float32> var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        wp::float32* var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        const wp::float32 var_30 = 1.0;
        const wp::float32 var_31 = 0.0;
        wp::vec_t<2, wp::float32> var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        wp::float32* var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 3;
        const wp::float32 var_42 = 1.0;
        const wp::float32 var_43 = 0.0;
        wp::vec_t<2, wp::float32> var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 2;
        wp::int32 var_48;
        wp::float32* var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 4;
        const wp::float32 var_54 = 1.0;
        const wp::float32 var_55 = 0.0;
        wp::vec_t<2, wp::float32> var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 0;
        const wp::int32 var_59 = 2;
        wp::int32 var_60;
        wp::float32* var_61;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 5;
        const wp::float32 var_66 = 1.0;
        const wp::float32 var_67 = 0.0;
        wp::vec_t<2, wp::float32> var_68;
        wp::float32 var_69;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 2;
        wp::int32 var_72;
        wp::float32* var_73;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::float32 var_76;
        const wp::int32 var_77 = 6;
        const wp::float32 var_78 = 1.0;
        const wp::float32 var_79 = 0.0;
        wp::vec_t<2, wp::float32> var_80;
        wp::float32 var_81;
        const wp::int32 var_82 = 0;
        const wp::int32 var_83 = 2;
        wp::int32 var_84;
        wp::float32* var_85;
        const wp::int32 var_86 = 1;
        wp::int32 var_87;
        wp::float32 var_88;
        const wp::int32 var_89 = 7;
        const wp::float32 var_90 = 1.0;
        const wp::float32 var_91 = 0.0;
        wp::vec_t<2, wp::float32> var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 0;
        const wp::int32 var_95 = 2;
        wp::int32 var_96;
        wp::float32* var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 8;
        const wp::float32 var_102 = 1.0;
        const wp::float32 var_103 = 0.0;
        wp::vec_t<2, wp::float32> var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 2;
        wp::int32 var_108;
        wp::float32* var_109;
        const wp::int32 var_110 = 1;
        wp::int32 var_111;
        wp::float32 var_112;
        //---------
        // forward
        // def inlet_outlet(f: wp.array3d(dtype=float), u_in: float):                             <L 96>
        // y = wp.tid()                                                                           <L 97>
        var_0 = builtin_tid1d();
        // nx = f.shape[0]                                                                        <L 98>
        var_1 = &(var_f.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // for q in range(Q):                                                                     <L 99>
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_8 = wp::vec_t<2, wp::float32>(var_u_in, var_7);
        var_9 = equilibrium_0(var_5, var_6, var_8);
        wp::array_store(var_f, var_10, var_0, var_5, var_9);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_12 = wp::sub(var_3, var_11);
        var_13 = wp::address(var_f, var_12, var_0, var_5);
        var_15 = wp::sub(var_3, var_14);
        var_16 = wp::load(var_13);
        wp::array_store(var_f, var_15, var_0, var_5, var_16);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_20 = wp::vec_t<2, wp::float32>(var_u_in, var_19);
        var_21 = equilibrium_0(var_17, var_18, var_20);
        wp::array_store(var_f, var_22, var_0, var_17, var_21);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_24 = wp::sub(var_3, var_23);
        var_25 = wp::address(var_f, var_24, var_0, var_17);
        var_27 = wp::sub(var_3, var_26);
        var_28 = wp::load(var_25);
        wp::array_store(var_f, var_27, var_0, var_17, var_28);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_32 = wp::vec_t<2, wp::float32>(var_u_in, var_31);
        var_33 = equilibrium_0(var_29, var_30, var_32);
        wp::array_store(var_f, var_34, var_0, var_29, var_33);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_36 = wp::sub(var_3, var_35);
        var_37 = wp::address(var_f, var_36, var_0, var_29);
        var_39 = wp::sub(var_3, var_38);
        var_40 = wp::load(var_37);
        wp::array_store(var_f, var_39, var_0, var_29, var_40);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_44 = wp::vec_t<2, wp::float32>(var_u_in, var_43);
        var_45 = equilibrium_0(var_41, var_42, var_44);
        wp::array_store(var_f, var_46, var_0, var_41, var_45);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_48 = wp::sub(var_3, var_47);
        var_49 = wp::address(var_f, var_48, var_0, var_41);
        var_51 = wp::sub(var_3, var_50);
        var_52 = wp::load(var_49);
        wp::array_store(var_f, var_51, var_0, var_41, var_52);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_56 = wp::vec_t<2, wp::float32>(var_u_in, var_55);
        var_57 = equilibrium_0(var_53, var_54, var_56);
        wp::array_store(var_f, var_58, var_0, var_53, var_57);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_60 = wp::sub(var_3, var_59);
        var_61 = wp::address(var_f, var_60, var_0, var_53);
        var_63 = wp::sub(var_3, var_62);
        var_64 = wp::load(var_61);
        wp::array_store(var_f, var_63, var_0, var_53, var_64);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_68 = wp::vec_t<2, wp::float32>(var_u_in, var_67);
        var_69 = equilibrium_0(var_65, var_66, var_68);
        wp::array_store(var_f, var_70, var_0, var_65, var_69);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_72 = wp::sub(var_3, var_71);
        var_73 = wp::address(var_f, var_72, var_0, var_65);
        var_75 = wp::sub(var_3, var_74);
        var_76 = wp::load(var_73);
        wp::array_store(var_f, var_75, var_0, var_65, var_76);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_80 = wp::vec_t<2, wp::float32>(var_u_in, var_79);
        var_81 = equilibrium_0(var_77, var_78, var_80);
        wp::array_store(var_f, var_82, var_0, var_77, var_81);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_84 = wp::sub(var_3, var_83);
        var_85 = wp::address(var_f, var_84, var_0, var_77);
        var_87 = wp::sub(var_3, var_86);
        var_88 = wp::load(var_85);
        wp::array_store(var_f, var_87, var_0, var_77, var_88);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_92 = wp::vec_t<2, wp::float32>(var_u_in, var_91);
        var_93 = equilibrium_0(var_89, var_90, var_92);
        wp::array_store(var_f, var_94, var_0, var_89, var_93);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_96 = wp::sub(var_3, var_95);
        var_97 = wp::address(var_f, var_96, var_0, var_89);
        var_99 = wp::sub(var_3, var_98);
        var_100 = wp::load(var_97);
        wp::array_store(var_f, var_99, var_0, var_89, var_100);
        // f[0, y, q] = equilibrium(q, 1.0, wp.vec2(u_in, 0.0))                                   <L 100>
        var_104 = wp::vec_t<2, wp::float32>(var_u_in, var_103);
        var_105 = equilibrium_0(var_101, var_102, var_104);
        wp::array_store(var_f, var_106, var_0, var_101, var_105);
        // f[nx - 1, y, q] = f[nx - 2, y, q]                                                      <L 101>
        var_108 = wp::sub(var_3, var_107);
        var_109 = wp::address(var_f, var_108, var_0, var_101);
        var_111 = wp::sub(var_3, var_110);
        var_112 = wp::load(var_109);
        wp::array_store(var_f, var_111, var_0, var_101, var_112);
    }
}

