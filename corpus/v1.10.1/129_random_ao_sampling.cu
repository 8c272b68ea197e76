
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


// corpus/129_random_ao_sampling.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float32> sample_hemisphere_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.14159265358979;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.99;
    bool var_25;
    const wp::float32 var_26 = 1.0;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 0.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    //---------
    // forward
    // def sample_hemisphere(state: wp.uint32, n: wp.vec3):                                   <L 8>
    // u1 = wp.randf(state)                                                                   <L 9>
    var_0 = wp::randf(var_state);
    // u2 = wp.randf(state)                                                                   <L 10>
    var_1 = wp::randf(var_state);
    // r = wp.sqrt(u1)                                                                        <L 11>
    var_2 = wp::sqrt(var_0);
    // phi = 2.0 * PI * u2                                                                    <L 12>
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::mul(var_5, var_1);
    // local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), wp.sqrt(wp.max(0.0, 1.0 - u1)))       <L 13>
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_2, var_7);
    var_9 = wp::sin(var_6);
    var_10 = wp::mul(var_2, var_9);
    var_13 = wp::sub(var_12, var_0);
    var_14 = wp::max(var_11, var_13);
    var_15 = wp::sqrt(var_14);
    var_16 = wp::vec_t<3, wp::float32>(var_8, var_10, var_15);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 14>
    var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
    // if wp.abs(n[1]) > 0.99:                                                                <L 15>
    var_22 = wp::extract(var_n, var_21);
    var_23 = wp::abs(var_22);
    var_25 = (var_23 > var_24);
    if (var_25) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 16>
        var_29 = wp::vec_t<3, wp::float32>(var_26, var_27, var_28);
    }
    var_30 = wp::where(var_25, var_29, var_20);
    // t = wp.normalize(wp.cross(up, n))                                                      <L 17>
    var_31 = wp::cross(var_30, var_n);
    var_32 = wp::normalize(var_31);
    // b = wp.cross(n, t)                                                                     <L 18>
    var_33 = wp::cross(var_n, var_32);
    // return t * local[0] + b * local[1] + n * local[2]                                      <L 19>
    var_35 = wp::extract(var_16, var_34);
    var_36 = wp::mul(var_32, var_35);
    var_38 = wp::extract(var_16, var_37);
    var_39 = wp::mul(var_33, var_38);
    var_40 = wp::add(var_36, var_39);
    var_42 = wp::extract(var_16, var_41);
    var_43 = wp::mul(var_n, var_42);
    var_44 = wp::add(var_40, var_43);
    return var_44;
}


// corpus/129_random_ao_sampling.py:7
static CUDA_CALLABLE void adj_sample_hemisphere_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_n,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.14159265358979;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.99;
    bool var_25;
    const wp::float32 var_26 = 1.0;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 0.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    //---------
    // forward
    // def sample_hemisphere(state: wp.uint32, n: wp.vec3):                                   <L 8>
    // u1 = wp.randf(state)                                                                   <L 9>
    var_0 = wp::randf(var_state);
    // u2 = wp.randf(state)                                                                   <L 10>
    var_1 = wp::randf(var_state);
    // r = wp.sqrt(u1)                                                                        <L 11>
    var_2 = wp::sqrt(var_0);
    // phi = 2.0 * PI * u2                                                                    <L 12>
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::mul(var_5, var_1);
    // local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), wp.sqrt(wp.max(0.0, 1.0 - u1)))       <L 13>
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_2, var_7);
    var_9 = wp::sin(var_6);
    var_10 = wp::mul(var_2, var_9);
    var_13 = wp::sub(var_12, var_0);
    var_14 = wp::max(var_11, var_13);
    var_15 = wp::sqrt(var_14);
    var_16 = wp::vec_t<3, wp::float32>(var_8, var_10, var_15);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 14>
    var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
    // if wp.abs(n[1]) > 0.99:                                                                <L 15>
    var_22 = wp::extract(var_n, var_21);
    var_23 = wp::abs(var_22);
    var_25 = (var_23 > var_24);
    if (var_25) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 16>
        var_29 = wp::vec_t<3, wp::float32>(var_26, var_27, var_28);
    }
    var_30 = wp::where(var_25, var_29, var_20);
    // t = wp.normalize(wp.cross(up, n))                                                      <L 17>
    var_31 = wp::cross(var_30, var_n);
    var_32 = wp::normalize(var_31);
    // b = wp.cross(n, t)                                                                     <L 18>
    var_33 = wp::cross(var_n, var_32);
    // return t * local[0] + b * local[1] + n * local[2]                                      <L 19>
    var_35 = wp::extract(var_16, var_34);
    var_36 = wp::mul(var_32, var_35);
    var_38 = wp::extract(var_16, var_37);
    var_39 = wp::mul(var_33, var_38);
    var_40 = wp::add(var_36, var_39);
    var_42 = wp::extract(var_16, var_41);
    var_43 = wp::mul(var_n, var_42);
    var_44 = wp::add(var_40, var_43);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_44 += adj_ret;
    wp::adj_add(var_40, var_43, adj_40, adj_43, adj_44);
    wp::adj_mul(var_n, var_42, adj_n, adj_42, adj_43);
    wp::adj_extract(var_16, var_41, adj_16, adj_41, adj_42);
    wp::adj_add(var_36, var_39, adj_36, adj_39, adj_40);
    wp::adj_mul(var_33, var_38, adj_33, adj_38, adj_39);
    wp::adj_extract(var_16, var_37, adj_16, adj_37, adj_38);
    wp::adj_mul(var_32, var_35, adj_32, adj_35, adj_36);
    wp::adj_extract(var_16, var_34, adj_16, adj_34, adj_35);
    // adj: return t * local[0] + b * local[1] + n * local[2]                                 <L 19>
    wp::adj_cross(var_n, var_32, adj_n, adj_32, adj_33);
    // adj: b = wp.cross(n, t)                                                                <L 18>
    wp::adj_normalize(var_31, var_32, adj_31, adj_32);
    wp::adj_cross(var_30, var_n, adj_30, adj_n, adj_31);
    // adj: t = wp.normalize(wp.cross(up, n))                                                 <L 17>
    wp::adj_where(var_25, var_29, var_20, adj_25, adj_29, adj_20, adj_30);
    if (var_25) {
        wp::adj_vec_t(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
        // adj: up = wp.vec3(1.0, 0.0, 0.0)                                                   <L 16>
    }
    wp::adj_abs(var_22, adj_22, adj_23);
    wp::adj_extract(var_n, var_21, adj_n, adj_21, adj_22);
    // adj: if wp.abs(n[1]) > 0.99:                                                           <L 15>
    wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
    // adj: up = wp.vec3(0.0, 1.0, 0.0)                                                       <L 14>
    wp::adj_vec_t(var_8, var_10, var_15, adj_8, adj_10, adj_15, adj_16);
    wp::adj_sqrt(var_14, var_15, adj_14, adj_15);
    wp::adj_max(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_sub(var_12, var_0, adj_12, adj_0, adj_13);
    wp::adj_mul(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_sin(var_6, adj_6, adj_9);
    wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_cos(var_6, adj_6, adj_7);
    // adj: local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), wp.sqrt(wp.max(0.0, 1.0 - u1)))  <L 13>
    wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_6);
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    // adj: phi = 2.0 * PI * u2                                                               <L 12>
    wp::adj_sqrt(var_0, var_2, adj_0, adj_2);
    // adj: r = wp.sqrt(u1)                                                                   <L 11>
    // adj: u2 = wp.randf(state)                                                              <L 10>
    // adj: u1 = wp.randf(state)                                                              <L 9>
    // adj: def sample_hemisphere(state: wp.uint32, n: wp.vec3):                              <L 8>
    return;
}



extern "C" __global__ void ambient_occlusion_3d70dd62_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_radius,
    wp::array_t<wp::float32> var_ao)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::vec_t<3, wp::float32> var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::vec_t<3, wp::float32> var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 0;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::range_t var_41;
        wp::int32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        bool var_53;
        const wp::float32 var_54 = 0.0;
        bool var_55;
        bool var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::vec_t<3, wp::float32> var_64;
        wp::shape_t* var_65;
        const wp::int32 var_66 = 0;
        wp::int32 var_67;
        wp::shape_t var_68;
        wp::range_t var_69;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32>* var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::float32 var_80 = 0.0;
        bool var_81;
        const wp::float32 var_82 = 0.0;
        bool var_83;
        bool var_84;
        const wp::int32 var_85 = 1;
        const wp::int32 var_86 = 1;
        wp::int32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 3;
        wp::vec_t<3, wp::float32> var_92;
        wp::shape_t* var_93;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::shape_t var_96;
        wp::range_t var_97;
        wp::int32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        const wp::float32 var_108 = 0.0;
        bool var_109;
        const wp::float32 var_110 = 0.0;
        bool var_111;
        bool var_112;
        const wp::int32 var_113 = 1;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::vec_t<3, wp::float32> var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        const wp::int32 var_119 = 4;
        wp::vec_t<3, wp::float32> var_120;
        wp::shape_t* var_121;
        const wp::int32 var_122 = 0;
        wp::int32 var_123;
        wp::shape_t var_124;
        wp::range_t var_125;
        wp::int32 var_126;
        wp::vec_t<3, wp::float32>* var_127;
        wp::vec_t<3, wp::float32> var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        const wp::float32 var_136 = 0.0;
        bool var_137;
        const wp::float32 var_138 = 0.0;
        bool var_139;
        bool var_140;
        const wp::int32 var_141 = 1;
        const wp::int32 var_142 = 1;
        wp::int32 var_143;
        wp::vec_t<3, wp::float32> var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 5;
        wp::vec_t<3, wp::float32> var_148;
        wp::shape_t* var_149;
        const wp::int32 var_150 = 0;
        wp::int32 var_151;
        wp::shape_t var_152;
        wp::range_t var_153;
        wp::int32 var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        const wp::float32 var_164 = 0.0;
        bool var_165;
        const wp::float32 var_166 = 0.0;
        bool var_167;
        bool var_168;
        const wp::int32 var_169 = 1;
        const wp::int32 var_170 = 1;
        wp::int32 var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::float32 var_173;
        wp::float32 var_174;
        const wp::int32 var_175 = 6;
        wp::vec_t<3, wp::float32> var_176;
        wp::shape_t* var_177;
        const wp::int32 var_178 = 0;
        wp::int32 var_179;
        wp::shape_t var_180;
        wp::range_t var_181;
        wp::int32 var_182;
        wp::vec_t<3, wp::float32>* var_183;
        wp::vec_t<3, wp::float32> var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        const wp::float32 var_192 = 0.0;
        bool var_193;
        const wp::float32 var_194 = 0.0;
        bool var_195;
        bool var_196;
        const wp::int32 var_197 = 1;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        wp::vec_t<3, wp::float32> var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 7;
        wp::vec_t<3, wp::float32> var_204;
        wp::shape_t* var_205;
        const wp::int32 var_206 = 0;
        wp::int32 var_207;
        wp::shape_t var_208;
        wp::range_t var_209;
        wp::int32 var_210;
        wp::vec_t<3, wp::float32>* var_211;
        wp::vec_t<3, wp::float32> var_212;
        wp::vec_t<3, wp::float32> var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        const wp::float32 var_220 = 0.0;
        bool var_221;
        const wp::float32 var_222 = 0.0;
        bool var_223;
        bool var_224;
        const wp::int32 var_225 = 1;
        const wp::int32 var_226 = 1;
        wp::int32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::int32 var_231 = 8;
        wp::vec_t<3, wp::float32> var_232;
        wp::shape_t* var_233;
        const wp::int32 var_234 = 0;
        wp::int32 var_235;
        wp::shape_t var_236;
        wp::range_t var_237;
        wp::int32 var_238;
        wp::vec_t<3, wp::float32>* var_239;
        wp::vec_t<3, wp::float32> var_240;
        wp::vec_t<3, wp::float32> var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::float32 var_248 = 0.0;
        bool var_249;
        const wp::float32 var_250 = 0.0;
        bool var_251;
        bool var_252;
        const wp::int32 var_253 = 1;
        const wp::int32 var_254 = 1;
        wp::int32 var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::float32 var_257;
        wp::float32 var_258;
        const wp::int32 var_259 = 9;
        wp::vec_t<3, wp::float32> var_260;
        wp::shape_t* var_261;
        const wp::int32 var_262 = 0;
        wp::int32 var_263;
        wp::shape_t var_264;
        wp::range_t var_265;
        wp::int32 var_266;
        wp::vec_t<3, wp::float32>* var_267;
        wp::vec_t<3, wp::float32> var_268;
        wp::vec_t<3, wp::float32> var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        const wp::float32 var_276 = 0.0;
        bool var_277;
        const wp::float32 var_278 = 0.0;
        bool var_279;
        bool var_280;
        const wp::int32 var_281 = 1;
        const wp::int32 var_282 = 1;
        wp::int32 var_283;
        wp::vec_t<3, wp::float32> var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 10;
        wp::vec_t<3, wp::float32> var_288;
        wp::shape_t* var_289;
        const wp::int32 var_290 = 0;
        wp::int32 var_291;
        wp::shape_t var_292;
        wp::range_t var_293;
        wp::int32 var_294;
        wp::vec_t<3, wp::float32>* var_295;
        wp::vec_t<3, wp::float32> var_296;
        wp::vec_t<3, wp::float32> var_297;
        wp::float32 var_298;
        wp::float32 var_299;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::float32 var_304 = 0.0;
        bool var_305;
        const wp::float32 var_306 = 0.0;
        bool var_307;
        bool var_308;
        const wp::int32 var_309 = 1;
        const wp::int32 var_310 = 1;
        wp::int32 var_311;
        wp::vec_t<3, wp::float32> var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 11;
        wp::vec_t<3, wp::float32> var_316;
        wp::shape_t* var_317;
        const wp::int32 var_318 = 0;
        wp::int32 var_319;
        wp::shape_t var_320;
        wp::range_t var_321;
        wp::int32 var_322;
        wp::vec_t<3, wp::float32>* var_323;
        wp::vec_t<3, wp::float32> var_324;
        wp::vec_t<3, wp::float32> var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        const wp::float32 var_332 = 0.0;
        bool var_333;
        const wp::float32 var_334 = 0.0;
        bool var_335;
        bool var_336;
        const wp::int32 var_337 = 1;
        const wp::int32 var_338 = 1;
        wp::int32 var_339;
        wp::vec_t<3, wp::float32> var_340;
        wp::float32 var_341;
        wp::float32 var_342;
        const wp::int32 var_343 = 12;
        wp::vec_t<3, wp::float32> var_344;
        wp::shape_t* var_345;
        const wp::int32 var_346 = 0;
        wp::int32 var_347;
        wp::shape_t var_348;
        wp::range_t var_349;
        wp::int32 var_350;
        wp::vec_t<3, wp::float32>* var_351;
        wp::vec_t<3, wp::float32> var_352;
        wp::vec_t<3, wp::float32> var_353;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        wp::float32 var_359;
        const wp::float32 var_360 = 0.0;
        bool var_361;
        const wp::float32 var_362 = 0.0;
        bool var_363;
        bool var_364;
        const wp::int32 var_365 = 1;
        const wp::int32 var_366 = 1;
        wp::int32 var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 13;
        wp::vec_t<3, wp::float32> var_372;
        wp::shape_t* var_373;
        const wp::int32 var_374 = 0;
        wp::int32 var_375;
        wp::shape_t var_376;
        wp::range_t var_377;
        wp::int32 var_378;
        wp::vec_t<3, wp::float32>* var_379;
        wp::vec_t<3, wp::float32> var_380;
        wp::vec_t<3, wp::float32> var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        wp::float32 var_384;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::float32 var_388 = 0.0;
        bool var_389;
        const wp::float32 var_390 = 0.0;
        bool var_391;
        bool var_392;
        const wp::int32 var_393 = 1;
        const wp::int32 var_394 = 1;
        wp::int32 var_395;
        wp::vec_t<3, wp::float32> var_396;
        wp::float32 var_397;
        wp::float32 var_398;
        const wp::int32 var_399 = 14;
        wp::vec_t<3, wp::float32> var_400;
        wp::shape_t* var_401;
        const wp::int32 var_402 = 0;
        wp::int32 var_403;
        wp::shape_t var_404;
        wp::range_t var_405;
        wp::int32 var_406;
        wp::vec_t<3, wp::float32>* var_407;
        wp::vec_t<3, wp::float32> var_408;
        wp::vec_t<3, wp::float32> var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::float32 var_412;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        const wp::float32 var_416 = 0.0;
        bool var_417;
        const wp::float32 var_418 = 0.0;
        bool var_419;
        bool var_420;
        const wp::int32 var_421 = 1;
        const wp::int32 var_422 = 1;
        wp::int32 var_423;
        wp::vec_t<3, wp::float32> var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        const wp::int32 var_427 = 15;
        wp::vec_t<3, wp::float32> var_428;
        wp::shape_t* var_429;
        const wp::int32 var_430 = 0;
        wp::int32 var_431;
        wp::shape_t var_432;
        wp::range_t var_433;
        wp::int32 var_434;
        wp::vec_t<3, wp::float32>* var_435;
        wp::vec_t<3, wp::float32> var_436;
        wp::vec_t<3, wp::float32> var_437;
        wp::float32 var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        const wp::float32 var_444 = 0.0;
        bool var_445;
        const wp::float32 var_446 = 0.0;
        bool var_447;
        bool var_448;
        const wp::int32 var_449 = 1;
        const wp::int32 var_450 = 1;
        wp::int32 var_451;
        wp::vec_t<3, wp::float32> var_452;
        wp::float32 var_453;
        wp::float32 var_454;
        const wp::float32 var_455 = 1.0;
        wp::float32 var_456;
        const wp::int32 var_457 = 16;
        wp::float32 var_458;
        wp::float32 var_459;
        wp::float32 var_460;
        //---------
        // forward
        // def ambient_occlusion(normals: wp.array(dtype=wp.vec3), positions: wp.array(dtype=wp.vec3), seed: int, centers: wp.array(dtype=wp.vec3), radius: float, ao: wp.array(dtype=float)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, i)                                                            <L 25>
        var_1 = wp::rand_init(var_seed, var_0);
        // n = normals[i]                                                                         <L 26>
        var_2 = wp::address(var_normals, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // p = positions[i]                                                                       <L 27>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // hits = int(0)                                                                          <L 28>
        var_9 = wp::int(var_8);
        // for s in range(NUM_SAMPLES):                                                           <L 29>
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_11 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_12 = &(var_centers.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // oc = p - centers[c]                                                                <L 32>
            var_18 = wp::address(var_centers, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_6, var_20);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_21 = wp::dot(var_19, var_11);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_22 = wp::dot(var_19, var_19);
            var_23 = wp::mul(var_radius, var_radius);
            var_24 = wp::sub(var_22, var_23);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_25 = wp::mul(var_21, var_21);
            var_26 = wp::sub(var_25, var_24);
            var_28 = (var_26 > var_27);
            var_30 = (var_21 < var_29);
            var_31 = var_28 && var_30;
            if (var_31) {
                // hits += 1                                                                      <L 36>
                var_34 = wp::add(var_9, var_33);
                // break                                                                          <L 37>
                wp::assign(var_9, var_34);
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_36 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_37 = &(var_centers.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        var_41 = wp::range(var_39);
        start_for_2:;
            if (iter_cmp(var_41) == 0) goto end_for_2;
            var_42 = wp::iter_next(var_41);
            // oc = p - centers[c]                                                                <L 32>
            var_43 = wp::address(var_centers, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::sub(var_6, var_45);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_46 = wp::dot(var_44, var_36);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_47 = wp::dot(var_44, var_44);
            var_48 = wp::mul(var_radius, var_radius);
            var_49 = wp::sub(var_47, var_48);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_50 = wp::mul(var_46, var_46);
            var_51 = wp::sub(var_50, var_49);
            var_53 = (var_51 > var_52);
            var_55 = (var_46 < var_54);
            var_56 = var_53 && var_55;
            if (var_56) {
                // hits += 1                                                                      <L 36>
                var_59 = wp::add(var_9, var_58);
                // break                                                                          <L 37>
                wp::assign(var_9, var_59);
                wp::assign(var_19, var_44);
                wp::assign(var_21, var_46);
                wp::assign(var_24, var_49);
                goto end_for_2;
            }
            var_60 = wp::where(var_56, var_19, var_44);
            var_61 = wp::where(var_56, var_21, var_46);
            var_62 = wp::where(var_56, var_24, var_49);
            wp::assign(var_19, var_60);
            wp::assign(var_21, var_61);
            wp::assign(var_24, var_62);
            goto start_for_2;
        end_for_2:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_64 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_65 = &(var_centers.shape);
        var_68 = wp::load(var_65);
        var_67 = wp::extract(var_68, var_66);
        var_69 = wp::range(var_67);
        start_for_4:;
            if (iter_cmp(var_69) == 0) goto end_for_4;
            var_70 = wp::iter_next(var_69);
            // oc = p - centers[c]                                                                <L 32>
            var_71 = wp::address(var_centers, var_70);
            var_73 = wp::load(var_71);
            var_72 = wp::sub(var_6, var_73);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_74 = wp::dot(var_72, var_64);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_75 = wp::dot(var_72, var_72);
            var_76 = wp::mul(var_radius, var_radius);
            var_77 = wp::sub(var_75, var_76);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_78 = wp::mul(var_74, var_74);
            var_79 = wp::sub(var_78, var_77);
            var_81 = (var_79 > var_80);
            var_83 = (var_74 < var_82);
            var_84 = var_81 && var_83;
            if (var_84) {
                // hits += 1                                                                      <L 36>
                var_87 = wp::add(var_9, var_86);
                // break                                                                          <L 37>
                wp::assign(var_9, var_87);
                wp::assign(var_19, var_72);
                wp::assign(var_21, var_74);
                wp::assign(var_24, var_77);
                goto end_for_4;
            }
            var_88 = wp::where(var_84, var_19, var_72);
            var_89 = wp::where(var_84, var_21, var_74);
            var_90 = wp::where(var_84, var_24, var_77);
            wp::assign(var_19, var_88);
            wp::assign(var_21, var_89);
            wp::assign(var_24, var_90);
            goto start_for_4;
        end_for_4:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_92 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_93 = &(var_centers.shape);
        var_96 = wp::load(var_93);
        var_95 = wp::extract(var_96, var_94);
        var_97 = wp::range(var_95);
        start_for_6:;
            if (iter_cmp(var_97) == 0) goto end_for_6;
            var_98 = wp::iter_next(var_97);
            // oc = p - centers[c]                                                                <L 32>
            var_99 = wp::address(var_centers, var_98);
            var_101 = wp::load(var_99);
            var_100 = wp::sub(var_6, var_101);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_102 = wp::dot(var_100, var_92);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_103 = wp::dot(var_100, var_100);
            var_104 = wp::mul(var_radius, var_radius);
            var_105 = wp::sub(var_103, var_104);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_106 = wp::mul(var_102, var_102);
            var_107 = wp::sub(var_106, var_105);
            var_109 = (var_107 > var_108);
            var_111 = (var_102 < var_110);
            var_112 = var_109 && var_111;
            if (var_112) {
                // hits += 1                                                                      <L 36>
                var_115 = wp::add(var_9, var_114);
                // break                                                                          <L 37>
                wp::assign(var_9, var_115);
                wp::assign(var_19, var_100);
                wp::assign(var_21, var_102);
                wp::assign(var_24, var_105);
                goto end_for_6;
            }
            var_116 = wp::where(var_112, var_19, var_100);
            var_117 = wp::where(var_112, var_21, var_102);
            var_118 = wp::where(var_112, var_24, var_105);
            wp::assign(var_19, var_116);
            wp::assign(var_21, var_117);
            wp::assign(var_24, var_118);
            goto start_for_6;
        end_for_6:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_120 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_121 = &(var_centers.shape);
        var_124 = wp::load(var_121);
        var_123 = wp::extract(var_124, var_122);
        var_125 = wp::range(var_123);
        start_for_8:;
            if (iter_cmp(var_125) == 0) goto end_for_8;
            var_126 = wp::iter_next(var_125);
            // oc = p - centers[c]                                                                <L 32>
            var_127 = wp::address(var_centers, var_126);
            var_129 = wp::load(var_127);
            var_128 = wp::sub(var_6, var_129);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_130 = wp::dot(var_128, var_120);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_131 = wp::dot(var_128, var_128);
            var_132 = wp::mul(var_radius, var_radius);
            var_133 = wp::sub(var_131, var_132);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_134 = wp::mul(var_130, var_130);
            var_135 = wp::sub(var_134, var_133);
            var_137 = (var_135 > var_136);
            var_139 = (var_130 < var_138);
            var_140 = var_137 && var_139;
            if (var_140) {
                // hits += 1                                                                      <L 36>
                var_143 = wp::add(var_9, var_142);
                // break                                                                          <L 37>
                wp::assign(var_9, var_143);
                wp::assign(var_19, var_128);
                wp::assign(var_21, var_130);
                wp::assign(var_24, var_133);
                goto end_for_8;
            }
            var_144 = wp::where(var_140, var_19, var_128);
            var_145 = wp::where(var_140, var_21, var_130);
            var_146 = wp::where(var_140, var_24, var_133);
            wp::assign(var_19, var_144);
            wp::assign(var_21, var_145);
            wp::assign(var_24, var_146);
            goto start_for_8;
        end_for_8:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_148 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_149 = &(var_centers.shape);
        var_152 = wp::load(var_149);
        var_151 = wp::extract(var_152, var_150);
        var_153 = wp::range(var_151);
        start_for_10:;
            if (iter_cmp(var_153) == 0) goto end_for_10;
            var_154 = wp::iter_next(var_153);
            // oc = p - centers[c]                                                                <L 32>
            var_155 = wp::address(var_centers, var_154);
            var_157 = wp::load(var_155);
            var_156 = wp::sub(var_6, var_157);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_158 = wp::dot(var_156, var_148);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_159 = wp::dot(var_156, var_156);
            var_160 = wp::mul(var_radius, var_radius);
            var_161 = wp::sub(var_159, var_160);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_162 = wp::mul(var_158, var_158);
            var_163 = wp::sub(var_162, var_161);
            var_165 = (var_163 > var_164);
            var_167 = (var_158 < var_166);
            var_168 = var_165 && var_167;
            if (var_168) {
                // hits += 1                                                                      <L 36>
                var_171 = wp::add(var_9, var_170);
                // break                                                                          <L 37>
                wp::assign(var_9, var_171);
                wp::assign(var_19, var_156);
                wp::assign(var_21, var_158);
                wp::assign(var_24, var_161);
                goto end_for_10;
            }
            var_172 = wp::where(var_168, var_19, var_156);
            var_173 = wp::where(var_168, var_21, var_158);
            var_174 = wp::where(var_168, var_24, var_161);
            wp::assign(var_19, var_172);
            wp::assign(var_21, var_173);
            wp::assign(var_24, var_174);
            goto start_for_10;
        end_for_10:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_176 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_177 = &(var_centers.shape);
        var_180 = wp::load(var_177);
        var_179 = wp::extract(var_180, var_178);
        var_181 = wp::range(var_179);
        start_for_12:;
            if (iter_cmp(var_181) == 0) goto end_for_12;
            var_182 = wp::iter_next(var_181);
            // oc = p - centers[c]                                                                <L 32>
            var_183 = wp::address(var_centers, var_182);
            var_185 = wp::load(var_183);
            var_184 = wp::sub(var_6, var_185);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_186 = wp::dot(var_184, var_176);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_187 = wp::dot(var_184, var_184);
            var_188 = wp::mul(var_radius, var_radius);
            var_189 = wp::sub(var_187, var_188);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_190 = wp::mul(var_186, var_186);
            var_191 = wp::sub(var_190, var_189);
            var_193 = (var_191 > var_192);
            var_195 = (var_186 < var_194);
            var_196 = var_193 && var_195;
            if (var_196) {
                // hits += 1                                                                      <L 36>
                var_199 = wp::add(var_9, var_198);
                // break                                                                          <L 37>
                wp::assign(var_9, var_199);
                wp::assign(var_19, var_184);
                wp::assign(var_21, var_186);
                wp::assign(var_24, var_189);
                goto end_for_12;
            }
            var_200 = wp::where(var_196, var_19, var_184);
            var_201 = wp::where(var_196, var_21, var_186);
            var_202 = wp::where(var_196, var_24, var_189);
            wp::assign(var_19, var_200);
            wp::assign(var_21, var_201);
            wp::assign(var_24, var_202);
            goto start_for_12;
        end_for_12:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_204 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_205 = &(var_centers.shape);
        var_208 = wp::load(var_205);
        var_207 = wp::extract(var_208, var_206);
        var_209 = wp::range(var_207);
        start_for_14:;
            if (iter_cmp(var_209) == 0) goto end_for_14;
            var_210 = wp::iter_next(var_209);
            // oc = p - centers[c]                                                                <L 32>
            var_211 = wp::address(var_centers, var_210);
            var_213 = wp::load(var_211);
            var_212 = wp::sub(var_6, var_213);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_214 = wp::dot(var_212, var_204);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_215 = wp::dot(var_212, var_212);
            var_216 = wp::mul(var_radius, var_radius);
            var_217 = wp::sub(var_215, var_216);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_218 = wp::mul(var_214, var_214);
            var_219 = wp::sub(var_218, var_217);
            var_221 = (var_219 > var_220);
            var_223 = (var_214 < var_222);
            var_224 = var_221 && var_223;
            if (var_224) {
                // hits += 1                                                                      <L 36>
                var_227 = wp::add(var_9, var_226);
                // break                                                                          <L 37>
                wp::assign(var_9, var_227);
                wp::assign(var_19, var_212);
                wp::assign(var_21, var_214);
                wp::assign(var_24, var_217);
                goto end_for_14;
            }
            var_228 = wp::where(var_224, var_19, var_212);
            var_229 = wp::where(var_224, var_21, var_214);
            var_230 = wp::where(var_224, var_24, var_217);
            wp::assign(var_19, var_228);
            wp::assign(var_21, var_229);
            wp::assign(var_24, var_230);
            goto start_for_14;
        end_for_14:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_232 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_233 = &(var_centers.shape);
        var_236 = wp::load(var_233);
        var_235 = wp::extract(var_236, var_234);
        var_237 = wp::range(var_235);
        start_for_16:;
            if (iter_cmp(var_237) == 0) goto end_for_16;
            var_238 = wp::iter_next(var_237);
            // oc = p - centers[c]                                                                <L 32>
            var_239 = wp::address(var_centers, var_238);
            var_241 = wp::load(var_239);
            var_240 = wp::sub(var_6, var_241);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_242 = wp::dot(var_240, var_232);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_243 = wp::dot(var_240, var_240);
            var_244 = wp::mul(var_radius, var_radius);
            var_245 = wp::sub(var_243, var_244);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_246 = wp::mul(var_242, var_242);
            var_247 = wp::sub(var_246, var_245);
            var_249 = (var_247 > var_248);
            var_251 = (var_242 < var_250);
            var_252 = var_249 && var_251;
            if (var_252) {
                // hits += 1                                                                      <L 36>
                var_255 = wp::add(var_9, var_254);
                // break                                                                          <L 37>
                wp::assign(var_9, var_255);
                wp::assign(var_19, var_240);
                wp::assign(var_21, var_242);
                wp::assign(var_24, var_245);
                goto end_for_16;
            }
            var_256 = wp::where(var_252, var_19, var_240);
            var_257 = wp::where(var_252, var_21, var_242);
            var_258 = wp::where(var_252, var_24, var_245);
            wp::assign(var_19, var_256);
            wp::assign(var_21, var_257);
            wp::assign(var_24, var_258);
            goto start_for_16;
        end_for_16:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_260 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_261 = &(var_centers.shape);
        var_264 = wp::load(var_261);
        var_263 = wp::extract(var_264, var_262);
        var_265 = wp::range(var_263);
        start_for_18:;
            if (iter_cmp(var_265) == 0) goto end_for_18;
            var_266 = wp::iter_next(var_265);
            // oc = p - centers[c]                                                                <L 32>
            var_267 = wp::address(var_centers, var_266);
            var_269 = wp::load(var_267);
            var_268 = wp::sub(var_6, var_269);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_270 = wp::dot(var_268, var_260);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_271 = wp::dot(var_268, var_268);
            var_272 = wp::mul(var_radius, var_radius);
            var_273 = wp::sub(var_271, var_272);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_274 = wp::mul(var_270, var_270);
            var_275 = wp::sub(var_274, var_273);
            var_277 = (var_275 > var_276);
            var_279 = (var_270 < var_278);
            var_280 = var_277 && var_279;
            if (var_280) {
                // hits += 1                                                                      <L 36>
                var_283 = wp::add(var_9, var_282);
                // break                                                                          <L 37>
                wp::assign(var_9, var_283);
                wp::assign(var_19, var_268);
                wp::assign(var_21, var_270);
                wp::assign(var_24, var_273);
                goto end_for_18;
            }
            var_284 = wp::where(var_280, var_19, var_268);
            var_285 = wp::where(var_280, var_21, var_270);
            var_286 = wp::where(var_280, var_24, var_273);
            wp::assign(var_19, var_284);
            wp::assign(var_21, var_285);
            wp::assign(var_24, var_286);
            goto start_for_18;
        end_for_18:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_288 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_289 = &(var_centers.shape);
        var_292 = wp::load(var_289);
        var_291 = wp::extract(var_292, var_290);
        var_293 = wp::range(var_291);
        start_for_20:;
            if (iter_cmp(var_293) == 0) goto end_for_20;
            var_294 = wp::iter_next(var_293);
            // oc = p - centers[c]                                                                <L 32>
            var_295 = wp::address(var_centers, var_294);
            var_297 = wp::load(var_295);
            var_296 = wp::sub(var_6, var_297);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_298 = wp::dot(var_296, var_288);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_299 = wp::dot(var_296, var_296);
            var_300 = wp::mul(var_radius, var_radius);
            var_301 = wp::sub(var_299, var_300);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_302 = wp::mul(var_298, var_298);
            var_303 = wp::sub(var_302, var_301);
            var_305 = (var_303 > var_304);
            var_307 = (var_298 < var_306);
            var_308 = var_305 && var_307;
            if (var_308) {
                // hits += 1                                                                      <L 36>
                var_311 = wp::add(var_9, var_310);
                // break                                                                          <L 37>
                wp::assign(var_9, var_311);
                wp::assign(var_19, var_296);
                wp::assign(var_21, var_298);
                wp::assign(var_24, var_301);
                goto end_for_20;
            }
            var_312 = wp::where(var_308, var_19, var_296);
            var_313 = wp::where(var_308, var_21, var_298);
            var_314 = wp::where(var_308, var_24, var_301);
            wp::assign(var_19, var_312);
            wp::assign(var_21, var_313);
            wp::assign(var_24, var_314);
            goto start_for_20;
        end_for_20:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_316 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_317 = &(var_centers.shape);
        var_320 = wp::load(var_317);
        var_319 = wp::extract(var_320, var_318);
        var_321 = wp::range(var_319);
        start_for_22:;
            if (iter_cmp(var_321) == 0) goto end_for_22;
            var_322 = wp::iter_next(var_321);
            // oc = p - centers[c]                                                                <L 32>
            var_323 = wp::address(var_centers, var_322);
            var_325 = wp::load(var_323);
            var_324 = wp::sub(var_6, var_325);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_326 = wp::dot(var_324, var_316);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_327 = wp::dot(var_324, var_324);
            var_328 = wp::mul(var_radius, var_radius);
            var_329 = wp::sub(var_327, var_328);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_330 = wp::mul(var_326, var_326);
            var_331 = wp::sub(var_330, var_329);
            var_333 = (var_331 > var_332);
            var_335 = (var_326 < var_334);
            var_336 = var_333 && var_335;
            if (var_336) {
                // hits += 1                                                                      <L 36>
                var_339 = wp::add(var_9, var_338);
                // break                                                                          <L 37>
                wp::assign(var_9, var_339);
                wp::assign(var_19, var_324);
                wp::assign(var_21, var_326);
                wp::assign(var_24, var_329);
                goto end_for_22;
            }
            var_340 = wp::where(var_336, var_19, var_324);
            var_341 = wp::where(var_336, var_21, var_326);
            var_342 = wp::where(var_336, var_24, var_329);
            wp::assign(var_19, var_340);
            wp::assign(var_21, var_341);
            wp::assign(var_24, var_342);
            goto start_for_22;
        end_for_22:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_344 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_345 = &(var_centers.shape);
        var_348 = wp::load(var_345);
        var_347 = wp::extract(var_348, var_346);
        var_349 = wp::range(var_347);
        start_for_24:;
            if (iter_cmp(var_349) == 0) goto end_for_24;
            var_350 = wp::iter_next(var_349);
            // oc = p - centers[c]                                                                <L 32>
            var_351 = wp::address(var_centers, var_350);
            var_353 = wp::load(var_351);
            var_352 = wp::sub(var_6, var_353);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_354 = wp::dot(var_352, var_344);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_355 = wp::dot(var_352, var_352);
            var_356 = wp::mul(var_radius, var_radius);
            var_357 = wp::sub(var_355, var_356);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_358 = wp::mul(var_354, var_354);
            var_359 = wp::sub(var_358, var_357);
            var_361 = (var_359 > var_360);
            var_363 = (var_354 < var_362);
            var_364 = var_361 && var_363;
            if (var_364) {
                // hits += 1                                                                      <L 36>
                var_367 = wp::add(var_9, var_366);
                // break                                                                          <L 37>
                wp::assign(var_9, var_367);
                wp::assign(var_19, var_352);
                wp::assign(var_21, var_354);
                wp::assign(var_24, var_357);
                goto end_for_24;
            }
            var_368 = wp::where(var_364, var_19, var_352);
            var_369 = wp::where(var_364, var_21, var_354);
            var_370 = wp::where(var_364, var_24, var_357);
            wp::assign(var_19, var_368);
            wp::assign(var_21, var_369);
            wp::assign(var_24, var_370);
            goto start_for_24;
        end_for_24:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_372 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_373 = &(var_centers.shape);
        var_376 = wp::load(var_373);
        var_375 = wp::extract(var_376, var_374);
        var_377 = wp::range(var_375);
        start_for_26:;
            if (iter_cmp(var_377) == 0) goto end_for_26;
            var_378 = wp::iter_next(var_377);
            // oc = p - centers[c]                                                                <L 32>
            var_379 = wp::address(var_centers, var_378);
            var_381 = wp::load(var_379);
            var_380 = wp::sub(var_6, var_381);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_382 = wp::dot(var_380, var_372);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_383 = wp::dot(var_380, var_380);
            var_384 = wp::mul(var_radius, var_radius);
            var_385 = wp::sub(var_383, var_384);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_386 = wp::mul(var_382, var_382);
            var_387 = wp::sub(var_386, var_385);
            var_389 = (var_387 > var_388);
            var_391 = (var_382 < var_390);
            var_392 = var_389 && var_391;
            if (var_392) {
                // hits += 1                                                                      <L 36>
                var_395 = wp::add(var_9, var_394);
                // break                                                                          <L 37>
                wp::assign(var_9, var_395);
                wp::assign(var_19, var_380);
                wp::assign(var_21, var_382);
                wp::assign(var_24, var_385);
                goto end_for_26;
            }
            var_396 = wp::where(var_392, var_19, var_380);
            var_397 = wp::where(var_392, var_21, var_382);
            var_398 = wp::where(var_392, var_24, var_385);
            wp::assign(var_19, var_396);
            wp::assign(var_21, var_397);
            wp::assign(var_24, var_398);
            goto start_for_26;
        end_for_26:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_400 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_401 = &(var_centers.shape);
        var_404 = wp::load(var_401);
        var_403 = wp::extract(var_404, var_402);
        var_405 = wp::range(var_403);
        start_for_28:;
            if (iter_cmp(var_405) == 0) goto end_for_28;
            var_406 = wp::iter_next(var_405);
            // oc = p - centers[c]                                                                <L 32>
            var_407 = wp::address(var_centers, var_406);
            var_409 = wp::load(var_407);
            var_408 = wp::sub(var_6, var_409);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_410 = wp::dot(var_408, var_400);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_411 = wp::dot(var_408, var_408);
            var_412 = wp::mul(var_radius, var_radius);
            var_413 = wp::sub(var_411, var_412);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_414 = wp::mul(var_410, var_410);
            var_415 = wp::sub(var_414, var_413);
            var_417 = (var_415 > var_416);
            var_419 = (var_410 < var_418);
            var_420 = var_417 && var_419;
            if (var_420) {
                // hits += 1                                                                      <L 36>
                var_423 = wp::add(var_9, var_422);
                // break                                                                          <L 37>
                wp::assign(var_9, var_423);
                wp::assign(var_19, var_408);
                wp::assign(var_21, var_410);
                wp::assign(var_24, var_413);
                goto end_for_28;
            }
            var_424 = wp::where(var_420, var_19, var_408);
            var_425 = wp::where(var_420, var_21, var_410);
            var_426 = wp::where(var_420, var_24, var_413);
            wp::assign(var_19, var_424);
            wp::assign(var_21, var_425);
            wp::assign(var_24, var_426);
            goto start_for_28;
        end_for_28:;
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_428 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_429 = &(var_centers.shape);
        var_432 = wp::load(var_429);
        var_431 = wp::extract(var_432, var_430);
        var_433 = wp::range(var_431);
        start_for_30:;
            if (iter_cmp(var_433) == 0) goto end_for_30;
            var_434 = wp::iter_next(var_433);
            // oc = p - centers[c]                                                                <L 32>
            var_435 = wp::address(var_centers, var_434);
            var_437 = wp::load(var_435);
            var_436 = wp::sub(var_6, var_437);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_438 = wp::dot(var_436, var_428);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_439 = wp::dot(var_436, var_436);
            var_440 = wp::mul(var_radius, var_radius);
            var_441 = wp::sub(var_439, var_440);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_442 = wp::mul(var_438, var_438);
            var_443 = wp::sub(var_442, var_441);
            var_445 = (var_443 > var_444);
            var_447 = (var_438 < var_446);
            var_448 = var_445 && var_447;
            if (var_448) {
                // hits += 1                                                                      <L 36>
                var_451 = wp::add(var_9, var_450);
                // break                                                                          <L 37>
                wp::assign(var_9, var_451);
                wp::assign(var_19, var_436);
                wp::assign(var_21, var_438);
                wp::assign(var_24, var_441);
                goto end_for_30;
            }
            var_452 = wp::where(var_448, var_19, var_436);
            var_453 = wp::where(var_448, var_21, var_438);
            var_454 = wp::where(var_448, var_24, var_441);
            wp::assign(var_19, var_452);
            wp::assign(var_21, var_453);
            wp::assign(var_24, var_454);
            goto start_for_30;
        end_for_30:;
        // ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                         <L 38>
        var_456 = wp::float(var_9);
        var_458 = wp::float(var_457);
        var_459 = wp::div(var_456, var_458);
        var_460 = wp::sub(var_455, var_459);
        wp::array_store(var_ao, var_0, var_460);
    }
}



extern "C" __global__ void ambient_occlusion_3d70dd62_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_radius,
    wp::array_t<wp::float32> var_ao,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::float32 adj_radius,
    wp::array_t<wp::float32> adj_ao)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::vec_t<3, wp::float32> var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::vec_t<3, wp::float32> var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 0;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::range_t var_41;
        wp::int32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        bool var_53;
        const wp::float32 var_54 = 0.0;
        bool var_55;
        bool var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::vec_t<3, wp::float32> var_64;
        wp::shape_t* var_65;
        const wp::int32 var_66 = 0;
        wp::int32 var_67;
        wp::shape_t var_68;
        wp::range_t var_69;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32>* var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::float32 var_80 = 0.0;
        bool var_81;
        const wp::float32 var_82 = 0.0;
        bool var_83;
        bool var_84;
        const wp::int32 var_85 = 1;
        const wp::int32 var_86 = 1;
        wp::int32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 3;
        wp::vec_t<3, wp::float32> var_92;
        wp::shape_t* var_93;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::shape_t var_96;
        wp::range_t var_97;
        wp::int32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        const wp::float32 var_108 = 0.0;
        bool var_109;
        const wp::float32 var_110 = 0.0;
        bool var_111;
        bool var_112;
        const wp::int32 var_113 = 1;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::vec_t<3, wp::float32> var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        const wp::int32 var_119 = 4;
        wp::vec_t<3, wp::float32> var_120;
        wp::shape_t* var_121;
        const wp::int32 var_122 = 0;
        wp::int32 var_123;
        wp::shape_t var_124;
        wp::range_t var_125;
        wp::int32 var_126;
        wp::vec_t<3, wp::float32>* var_127;
        wp::vec_t<3, wp::float32> var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        const wp::float32 var_136 = 0.0;
        bool var_137;
        const wp::float32 var_138 = 0.0;
        bool var_139;
        bool var_140;
        const wp::int32 var_141 = 1;
        const wp::int32 var_142 = 1;
        wp::int32 var_143;
        wp::vec_t<3, wp::float32> var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 5;
        wp::vec_t<3, wp::float32> var_148;
        wp::shape_t* var_149;
        const wp::int32 var_150 = 0;
        wp::int32 var_151;
        wp::shape_t var_152;
        wp::range_t var_153;
        wp::int32 var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        const wp::float32 var_164 = 0.0;
        bool var_165;
        const wp::float32 var_166 = 0.0;
        bool var_167;
        bool var_168;
        const wp::int32 var_169 = 1;
        const wp::int32 var_170 = 1;
        wp::int32 var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::float32 var_173;
        wp::float32 var_174;
        const wp::int32 var_175 = 6;
        wp::vec_t<3, wp::float32> var_176;
        wp::shape_t* var_177;
        const wp::int32 var_178 = 0;
        wp::int32 var_179;
        wp::shape_t var_180;
        wp::range_t var_181;
        wp::int32 var_182;
        wp::vec_t<3, wp::float32>* var_183;
        wp::vec_t<3, wp::float32> var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        const wp::float32 var_192 = 0.0;
        bool var_193;
        const wp::float32 var_194 = 0.0;
        bool var_195;
        bool var_196;
        const wp::int32 var_197 = 1;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        wp::vec_t<3, wp::float32> var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 7;
        wp::vec_t<3, wp::float32> var_204;
        wp::shape_t* var_205;
        const wp::int32 var_206 = 0;
        wp::int32 var_207;
        wp::shape_t var_208;
        wp::range_t var_209;
        wp::int32 var_210;
        wp::vec_t<3, wp::float32>* var_211;
        wp::vec_t<3, wp::float32> var_212;
        wp::vec_t<3, wp::float32> var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        const wp::float32 var_220 = 0.0;
        bool var_221;
        const wp::float32 var_222 = 0.0;
        bool var_223;
        bool var_224;
        const wp::int32 var_225 = 1;
        const wp::int32 var_226 = 1;
        wp::int32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::int32 var_231 = 8;
        wp::vec_t<3, wp::float32> var_232;
        wp::shape_t* var_233;
        const wp::int32 var_234 = 0;
        wp::int32 var_235;
        wp::shape_t var_236;
        wp::range_t var_237;
        wp::int32 var_238;
        wp::vec_t<3, wp::float32>* var_239;
        wp::vec_t<3, wp::float32> var_240;
        wp::vec_t<3, wp::float32> var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::float32 var_248 = 0.0;
        bool var_249;
        const wp::float32 var_250 = 0.0;
        bool var_251;
        bool var_252;
        const wp::int32 var_253 = 1;
        const wp::int32 var_254 = 1;
        wp::int32 var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::float32 var_257;
        wp::float32 var_258;
        const wp::int32 var_259 = 9;
        wp::vec_t<3, wp::float32> var_260;
        wp::shape_t* var_261;
        const wp::int32 var_262 = 0;
        wp::int32 var_263;
        wp::shape_t var_264;
        wp::range_t var_265;
        wp::int32 var_266;
        wp::vec_t<3, wp::float32>* var_267;
        wp::vec_t<3, wp::float32> var_268;
        wp::vec_t<3, wp::float32> var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        const wp::float32 var_276 = 0.0;
        bool var_277;
        const wp::float32 var_278 = 0.0;
        bool var_279;
        bool var_280;
        const wp::int32 var_281 = 1;
        const wp::int32 var_282 = 1;
        wp::int32 var_283;
        wp::vec_t<3, wp::float32> var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 10;
        wp::vec_t<3, wp::float32> var_288;
        wp::shape_t* var_289;
        const wp::int32 var_290 = 0;
        wp::int32 var_291;
        wp::shape_t var_292;
        wp::range_t var_293;
        wp::int32 var_294;
        wp::vec_t<3, wp::float32>* var_295;
        wp::vec_t<3, wp::float32> var_296;
        wp::vec_t<3, wp::float32> var_297;
        wp::float32 var_298;
        wp::float32 var_299;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::float32 var_304 = 0.0;
        bool var_305;
        const wp::float32 var_306 = 0.0;
        bool var_307;
        bool var_308;
        const wp::int32 var_309 = 1;
        const wp::int32 var_310 = 1;
        wp::int32 var_311;
        wp::vec_t<3, wp::float32> var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 11;
        wp::vec_t<3, wp::float32> var_316;
        wp::shape_t* var_317;
        const wp::int32 var_318 = 0;
        wp::int32 var_319;
        wp::shape_t var_320;
        wp::range_t var_321;
        wp::int32 var_322;
        wp::vec_t<3, wp::float32>* var_323;
        wp::vec_t<3, wp::float32> var_324;
        wp::vec_t<3, wp::float32> var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        const wp::float32 var_332 = 0.0;
        bool var_333;
        const wp::float32 var_334 = 0.0;
        bool var_335;
        bool var_336;
        const wp::int32 var_337 = 1;
        const wp::int32 var_338 = 1;
        wp::int32 var_339;
        wp::vec_t<3, wp::float32> var_340;
        wp::float32 var_341;
        wp::float32 var_342;
        const wp::int32 var_343 = 12;
        wp::vec_t<3, wp::float32> var_344;
        wp::shape_t* var_345;
        const wp::int32 var_346 = 0;
        wp::int32 var_347;
        wp::shape_t var_348;
        wp::range_t var_349;
        wp::int32 var_350;
        wp::vec_t<3, wp::float32>* var_351;
        wp::vec_t<3, wp::float32> var_352;
        wp::vec_t<3, wp::float32> var_353;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        wp::float32 var_359;
        const wp::float32 var_360 = 0.0;
        bool var_361;
        const wp::float32 var_362 = 0.0;
        bool var_363;
        bool var_364;
        const wp::int32 var_365 = 1;
        const wp::int32 var_366 = 1;
        wp::int32 var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 13;
        wp::vec_t<3, wp::float32> var_372;
        wp::shape_t* var_373;
        const wp::int32 var_374 = 0;
        wp::int32 var_375;
        wp::shape_t var_376;
        wp::range_t var_377;
        wp::int32 var_378;
        wp::vec_t<3, wp::float32>* var_379;
        wp::vec_t<3, wp::float32> var_380;
        wp::vec_t<3, wp::float32> var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        wp::float32 var_384;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::float32 var_388 = 0.0;
        bool var_389;
        const wp::float32 var_390 = 0.0;
        bool var_391;
        bool var_392;
        const wp::int32 var_393 = 1;
        const wp::int32 var_394 = 1;
        wp::int32 var_395;
        wp::vec_t<3, wp::float32> var_396;
        wp::float32 var_397;
        wp::float32 var_398;
        const wp::int32 var_399 = 14;
        wp::vec_t<3, wp::float32> var_400;
        wp::shape_t* var_401;
        const wp::int32 var_402 = 0;
        wp::int32 var_403;
        wp::shape_t var_404;
        wp::range_t var_405;
        wp::int32 var_406;
        wp::vec_t<3, wp::float32>* var_407;
        wp::vec_t<3, wp::float32> var_408;
        wp::vec_t<3, wp::float32> var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::float32 var_412;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        const wp::float32 var_416 = 0.0;
        bool var_417;
        const wp::float32 var_418 = 0.0;
        bool var_419;
        bool var_420;
        const wp::int32 var_421 = 1;
        const wp::int32 var_422 = 1;
        wp::int32 var_423;
        wp::vec_t<3, wp::float32> var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        const wp::int32 var_427 = 15;
        wp::vec_t<3, wp::float32> var_428;
        wp::shape_t* var_429;
        const wp::int32 var_430 = 0;
        wp::int32 var_431;
        wp::shape_t var_432;
        wp::range_t var_433;
        wp::int32 var_434;
        wp::vec_t<3, wp::float32>* var_435;
        wp::vec_t<3, wp::float32> var_436;
        wp::vec_t<3, wp::float32> var_437;
        wp::float32 var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        const wp::float32 var_444 = 0.0;
        bool var_445;
        const wp::float32 var_446 = 0.0;
        bool var_447;
        bool var_448;
        const wp::int32 var_449 = 1;
        const wp::int32 var_450 = 1;
        wp::int32 var_451;
        wp::vec_t<3, wp::float32> var_452;
        wp::float32 var_453;
        wp::float32 var_454;
        const wp::float32 var_455 = 1.0;
        wp::float32 var_456;
        const wp::int32 var_457 = 16;
        wp::float32 var_458;
        wp::float32 var_459;
        wp::float32 var_460;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::shape_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::shape_t adj_40 = {};
        wp::range_t adj_41 = {};
        wp::int32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        wp::float32 adj_54 = {};
        bool adj_55 = {};
        bool adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::shape_t adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::shape_t adj_68 = {};
        wp::range_t adj_69 = {};
        wp::int32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        bool adj_81 = {};
        wp::float32 adj_82 = {};
        bool adj_83 = {};
        bool adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::shape_t adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::shape_t adj_96 = {};
        wp::range_t adj_97 = {};
        wp::int32 adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        bool adj_109 = {};
        wp::float32 adj_110 = {};
        bool adj_111 = {};
        bool adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::shape_t adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::shape_t adj_124 = {};
        wp::range_t adj_125 = {};
        wp::int32 adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::vec_t<3, wp::float32> adj_128 = {};
        wp::vec_t<3, wp::float32> adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        bool adj_137 = {};
        wp::float32 adj_138 = {};
        bool adj_139 = {};
        bool adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::vec_t<3, wp::float32> adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::vec_t<3, wp::float32> adj_148 = {};
        wp::shape_t adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::shape_t adj_152 = {};
        wp::range_t adj_153 = {};
        wp::int32 adj_154 = {};
        wp::vec_t<3, wp::float32> adj_155 = {};
        wp::vec_t<3, wp::float32> adj_156 = {};
        wp::vec_t<3, wp::float32> adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        bool adj_165 = {};
        wp::float32 adj_166 = {};
        bool adj_167 = {};
        bool adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::vec_t<3, wp::float32> adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::vec_t<3, wp::float32> adj_176 = {};
        wp::shape_t adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::shape_t adj_180 = {};
        wp::range_t adj_181 = {};
        wp::int32 adj_182 = {};
        wp::vec_t<3, wp::float32> adj_183 = {};
        wp::vec_t<3, wp::float32> adj_184 = {};
        wp::vec_t<3, wp::float32> adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        bool adj_193 = {};
        wp::float32 adj_194 = {};
        bool adj_195 = {};
        bool adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::vec_t<3, wp::float32> adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::int32 adj_203 = {};
        wp::vec_t<3, wp::float32> adj_204 = {};
        wp::shape_t adj_205 = {};
        wp::int32 adj_206 = {};
        wp::int32 adj_207 = {};
        wp::shape_t adj_208 = {};
        wp::range_t adj_209 = {};
        wp::int32 adj_210 = {};
        wp::vec_t<3, wp::float32> adj_211 = {};
        wp::vec_t<3, wp::float32> adj_212 = {};
        wp::vec_t<3, wp::float32> adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::float32 adj_219 = {};
        wp::float32 adj_220 = {};
        bool adj_221 = {};
        wp::float32 adj_222 = {};
        bool adj_223 = {};
        bool adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::vec_t<3, wp::float32> adj_232 = {};
        wp::shape_t adj_233 = {};
        wp::int32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::shape_t adj_236 = {};
        wp::range_t adj_237 = {};
        wp::int32 adj_238 = {};
        wp::vec_t<3, wp::float32> adj_239 = {};
        wp::vec_t<3, wp::float32> adj_240 = {};
        wp::vec_t<3, wp::float32> adj_241 = {};
        wp::float32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::float32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::float32 adj_248 = {};
        bool adj_249 = {};
        wp::float32 adj_250 = {};
        bool adj_251 = {};
        bool adj_252 = {};
        wp::int32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::vec_t<3, wp::float32> adj_256 = {};
        wp::float32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::int32 adj_259 = {};
        wp::vec_t<3, wp::float32> adj_260 = {};
        wp::shape_t adj_261 = {};
        wp::int32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::shape_t adj_264 = {};
        wp::range_t adj_265 = {};
        wp::int32 adj_266 = {};
        wp::vec_t<3, wp::float32> adj_267 = {};
        wp::vec_t<3, wp::float32> adj_268 = {};
        wp::vec_t<3, wp::float32> adj_269 = {};
        wp::float32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::float32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::float32 adj_276 = {};
        bool adj_277 = {};
        wp::float32 adj_278 = {};
        bool adj_279 = {};
        bool adj_280 = {};
        wp::int32 adj_281 = {};
        wp::int32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::vec_t<3, wp::float32> adj_284 = {};
        wp::float32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::vec_t<3, wp::float32> adj_288 = {};
        wp::shape_t adj_289 = {};
        wp::int32 adj_290 = {};
        wp::int32 adj_291 = {};
        wp::shape_t adj_292 = {};
        wp::range_t adj_293 = {};
        wp::int32 adj_294 = {};
        wp::vec_t<3, wp::float32> adj_295 = {};
        wp::vec_t<3, wp::float32> adj_296 = {};
        wp::vec_t<3, wp::float32> adj_297 = {};
        wp::float32 adj_298 = {};
        wp::float32 adj_299 = {};
        wp::float32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::float32 adj_304 = {};
        bool adj_305 = {};
        wp::float32 adj_306 = {};
        bool adj_307 = {};
        bool adj_308 = {};
        wp::int32 adj_309 = {};
        wp::int32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::vec_t<3, wp::float32> adj_312 = {};
        wp::float32 adj_313 = {};
        wp::float32 adj_314 = {};
        wp::int32 adj_315 = {};
        wp::vec_t<3, wp::float32> adj_316 = {};
        wp::shape_t adj_317 = {};
        wp::int32 adj_318 = {};
        wp::int32 adj_319 = {};
        wp::shape_t adj_320 = {};
        wp::range_t adj_321 = {};
        wp::int32 adj_322 = {};
        wp::vec_t<3, wp::float32> adj_323 = {};
        wp::vec_t<3, wp::float32> adj_324 = {};
        wp::vec_t<3, wp::float32> adj_325 = {};
        wp::float32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        bool adj_333 = {};
        wp::float32 adj_334 = {};
        bool adj_335 = {};
        bool adj_336 = {};
        wp::int32 adj_337 = {};
        wp::int32 adj_338 = {};
        wp::int32 adj_339 = {};
        wp::vec_t<3, wp::float32> adj_340 = {};
        wp::float32 adj_341 = {};
        wp::float32 adj_342 = {};
        wp::int32 adj_343 = {};
        wp::vec_t<3, wp::float32> adj_344 = {};
        wp::shape_t adj_345 = {};
        wp::int32 adj_346 = {};
        wp::int32 adj_347 = {};
        wp::shape_t adj_348 = {};
        wp::range_t adj_349 = {};
        wp::int32 adj_350 = {};
        wp::vec_t<3, wp::float32> adj_351 = {};
        wp::vec_t<3, wp::float32> adj_352 = {};
        wp::vec_t<3, wp::float32> adj_353 = {};
        wp::float32 adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::float32 adj_358 = {};
        wp::float32 adj_359 = {};
        wp::float32 adj_360 = {};
        bool adj_361 = {};
        wp::float32 adj_362 = {};
        bool adj_363 = {};
        bool adj_364 = {};
        wp::int32 adj_365 = {};
        wp::int32 adj_366 = {};
        wp::int32 adj_367 = {};
        wp::vec_t<3, wp::float32> adj_368 = {};
        wp::float32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::int32 adj_371 = {};
        wp::vec_t<3, wp::float32> adj_372 = {};
        wp::shape_t adj_373 = {};
        wp::int32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::shape_t adj_376 = {};
        wp::range_t adj_377 = {};
        wp::int32 adj_378 = {};
        wp::vec_t<3, wp::float32> adj_379 = {};
        wp::vec_t<3, wp::float32> adj_380 = {};
        wp::vec_t<3, wp::float32> adj_381 = {};
        wp::float32 adj_382 = {};
        wp::float32 adj_383 = {};
        wp::float32 adj_384 = {};
        wp::float32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::float32 adj_388 = {};
        bool adj_389 = {};
        wp::float32 adj_390 = {};
        bool adj_391 = {};
        bool adj_392 = {};
        wp::int32 adj_393 = {};
        wp::int32 adj_394 = {};
        wp::int32 adj_395 = {};
        wp::vec_t<3, wp::float32> adj_396 = {};
        wp::float32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::int32 adj_399 = {};
        wp::vec_t<3, wp::float32> adj_400 = {};
        wp::shape_t adj_401 = {};
        wp::int32 adj_402 = {};
        wp::int32 adj_403 = {};
        wp::shape_t adj_404 = {};
        wp::range_t adj_405 = {};
        wp::int32 adj_406 = {};
        wp::vec_t<3, wp::float32> adj_407 = {};
        wp::vec_t<3, wp::float32> adj_408 = {};
        wp::vec_t<3, wp::float32> adj_409 = {};
        wp::float32 adj_410 = {};
        wp::float32 adj_411 = {};
        wp::float32 adj_412 = {};
        wp::float32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::float32 adj_415 = {};
        wp::float32 adj_416 = {};
        bool adj_417 = {};
        wp::float32 adj_418 = {};
        bool adj_419 = {};
        bool adj_420 = {};
        wp::int32 adj_421 = {};
        wp::int32 adj_422 = {};
        wp::int32 adj_423 = {};
        wp::vec_t<3, wp::float32> adj_424 = {};
        wp::float32 adj_425 = {};
        wp::float32 adj_426 = {};
        wp::int32 adj_427 = {};
        wp::vec_t<3, wp::float32> adj_428 = {};
        wp::shape_t adj_429 = {};
        wp::int32 adj_430 = {};
        wp::int32 adj_431 = {};
        wp::shape_t adj_432 = {};
        wp::range_t adj_433 = {};
        wp::int32 adj_434 = {};
        wp::vec_t<3, wp::float32> adj_435 = {};
        wp::vec_t<3, wp::float32> adj_436 = {};
        wp::vec_t<3, wp::float32> adj_437 = {};
        wp::float32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::float32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::float32 adj_442 = {};
        wp::float32 adj_443 = {};
        wp::float32 adj_444 = {};
        bool adj_445 = {};
        wp::float32 adj_446 = {};
        bool adj_447 = {};
        bool adj_448 = {};
        wp::int32 adj_449 = {};
        wp::int32 adj_450 = {};
        wp::int32 adj_451 = {};
        wp::vec_t<3, wp::float32> adj_452 = {};
        wp::float32 adj_453 = {};
        wp::float32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::float32 adj_456 = {};
        wp::int32 adj_457 = {};
        wp::float32 adj_458 = {};
        wp::float32 adj_459 = {};
        wp::float32 adj_460 = {};
        //---------
        // forward
        // def ambient_occlusion(normals: wp.array(dtype=wp.vec3), positions: wp.array(dtype=wp.vec3), seed: int, centers: wp.array(dtype=wp.vec3), radius: float, ao: wp.array(dtype=float)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, i)                                                            <L 25>
        var_1 = wp::rand_init(var_seed, var_0);
        // n = normals[i]                                                                         <L 26>
        var_2 = wp::address(var_normals, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // p = positions[i]                                                                       <L 27>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // hits = int(0)                                                                          <L 28>
        var_9 = wp::int(var_8);
        // for s in range(NUM_SAMPLES):                                                           <L 29>
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_11 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_12 = &(var_centers.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::range(var_14);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_36 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_37 = &(var_centers.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        var_41 = wp::range(var_39);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_64 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_65 = &(var_centers.shape);
        var_68 = wp::load(var_65);
        var_67 = wp::extract(var_68, var_66);
        var_69 = wp::range(var_67);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_92 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_93 = &(var_centers.shape);
        var_96 = wp::load(var_93);
        var_95 = wp::extract(var_96, var_94);
        var_97 = wp::range(var_95);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_120 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_121 = &(var_centers.shape);
        var_124 = wp::load(var_121);
        var_123 = wp::extract(var_124, var_122);
        var_125 = wp::range(var_123);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_148 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_149 = &(var_centers.shape);
        var_152 = wp::load(var_149);
        var_151 = wp::extract(var_152, var_150);
        var_153 = wp::range(var_151);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_176 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_177 = &(var_centers.shape);
        var_180 = wp::load(var_177);
        var_179 = wp::extract(var_180, var_178);
        var_181 = wp::range(var_179);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_204 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_205 = &(var_centers.shape);
        var_208 = wp::load(var_205);
        var_207 = wp::extract(var_208, var_206);
        var_209 = wp::range(var_207);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_232 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_233 = &(var_centers.shape);
        var_236 = wp::load(var_233);
        var_235 = wp::extract(var_236, var_234);
        var_237 = wp::range(var_235);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_260 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_261 = &(var_centers.shape);
        var_264 = wp::load(var_261);
        var_263 = wp::extract(var_264, var_262);
        var_265 = wp::range(var_263);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_288 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_289 = &(var_centers.shape);
        var_292 = wp::load(var_289);
        var_291 = wp::extract(var_292, var_290);
        var_293 = wp::range(var_291);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_316 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_317 = &(var_centers.shape);
        var_320 = wp::load(var_317);
        var_319 = wp::extract(var_320, var_318);
        var_321 = wp::range(var_319);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_344 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_345 = &(var_centers.shape);
        var_348 = wp::load(var_345);
        var_347 = wp::extract(var_348, var_346);
        var_349 = wp::range(var_347);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_372 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_373 = &(var_centers.shape);
        var_376 = wp::load(var_373);
        var_375 = wp::extract(var_376, var_374);
        var_377 = wp::range(var_375);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_400 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_401 = &(var_centers.shape);
        var_404 = wp::load(var_401);
        var_403 = wp::extract(var_404, var_402);
        var_405 = wp::range(var_403);
        // d = sample_hemisphere(rng, n)                                                          <L 30>
        var_428 = sample_hemisphere_0(var_1, var_3);
        // for c in range(centers.shape[0]):                                                      <L 31>
        var_429 = &(var_centers.shape);
        var_432 = wp::load(var_429);
        var_431 = wp::extract(var_432, var_430);
        var_433 = wp::range(var_431);
        // ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                         <L 38>
        var_456 = wp::float(var_9);
        var_458 = wp::float(var_457);
        var_459 = wp::div(var_456, var_458);
        var_460 = wp::sub(var_455, var_459);
        // wp::array_store(var_ao, var_0, var_460);
        //---------
        // reverse
        wp::adj_array_store(var_ao, var_0, var_460, adj_ao, adj_0, adj_460);
        wp::adj_sub(var_455, var_459, adj_455, adj_459, adj_460);
        wp::adj_div(var_456, var_458, var_459, adj_456, adj_458, adj_459);
        wp::adj_float(var_457, adj_457, adj_458);
        wp::adj_float(var_9, adj_9, adj_456);
        // adj: ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                    <L 38>
        var_433 = wp::iter_reverse(var_433);
        start_for_30:;
            if (iter_cmp(var_433) == 0) goto end_for_30;
            var_434 = wp::iter_next(var_433);
        	adj_435 = {};
        	adj_436 = {};
        	adj_437 = {};
        	adj_438 = {};
        	adj_439 = {};
        	adj_440 = {};
        	adj_441 = {};
        	adj_442 = {};
        	adj_443 = {};
        	adj_444 = {};
        	adj_445 = {};
        	adj_446 = {};
        	adj_447 = {};
        	adj_448 = {};
        	adj_449 = {};
        	adj_450 = {};
        	adj_451 = {};
        	adj_452 = {};
        	adj_453 = {};
        	adj_454 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_435 = wp::address(var_centers, var_434);
            var_437 = wp::load(var_435);
            var_436 = wp::sub(var_6, var_437);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_438 = wp::dot(var_436, var_428);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_439 = wp::dot(var_436, var_436);
            var_440 = wp::mul(var_radius, var_radius);
            var_441 = wp::sub(var_439, var_440);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_442 = wp::mul(var_438, var_438);
            var_443 = wp::sub(var_442, var_441);
            var_445 = (var_443 > var_444);
            var_447 = (var_438 < var_446);
            var_448 = var_445 && var_447;
            if (var_448) {
                // hits += 1                                                                      <L 36>
                var_451 = wp::add(var_9, var_450);
                // break                                                                          <L 37>
                wp::assign(var_9, var_451);
                wp::assign(var_19, var_436);
                wp::assign(var_21, var_438);
                wp::assign(var_24, var_441);
                goto end_for_30;
            }
            var_452 = wp::where(var_448, var_19, var_436);
            var_453 = wp::where(var_448, var_21, var_438);
            var_454 = wp::where(var_448, var_24, var_441);
            wp::assign(var_19, var_452);
            wp::assign(var_21, var_453);
            wp::assign(var_24, var_454);
            wp::adj_assign(var_24, var_454, adj_24, adj_454);
            wp::adj_assign(var_21, var_453, adj_21, adj_453);
            wp::adj_assign(var_19, var_452, adj_19, adj_452);
            wp::adj_where(var_448, var_24, var_441, adj_448, adj_24, adj_441, adj_454);
            wp::adj_where(var_448, var_21, var_438, adj_448, adj_21, adj_438, adj_453);
            wp::adj_where(var_448, var_19, var_436, adj_448, adj_19, adj_436, adj_452);
            if (var_448) {
                wp::adj_assign(var_24, var_441, adj_24, adj_441);
                wp::adj_assign(var_21, var_438, adj_21, adj_438);
                wp::adj_assign(var_19, var_436, adj_19, adj_436);
                wp::adj_assign(var_9, var_451, adj_9, adj_451);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_450, adj_9, adj_450, adj_451);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_442, var_441, adj_442, adj_441, adj_443);
            wp::adj_mul(var_438, var_438, adj_438, adj_438, adj_442);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_439, var_440, adj_439, adj_440, adj_441);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_440);
            wp::adj_dot(var_436, var_436, adj_436, adj_436, adj_439);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_436, var_428, adj_436, adj_428, adj_438);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_437, adj_6, adj_435, adj_436);
            wp::adj_address(var_centers, var_434, adj_centers, adj_434, adj_435);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_30;
        end_for_30:;
        wp::adj_range(var_431, adj_431, adj_433);
        wp::adj_extract(var_432, var_430, adj_429, adj_430, adj_431);
        adj_centers.shape = adj_429;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_428);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_405 = wp::iter_reverse(var_405);
        start_for_28:;
            if (iter_cmp(var_405) == 0) goto end_for_28;
            var_406 = wp::iter_next(var_405);
        	adj_407 = {};
        	adj_408 = {};
        	adj_409 = {};
        	adj_410 = {};
        	adj_411 = {};
        	adj_412 = {};
        	adj_413 = {};
        	adj_414 = {};
        	adj_415 = {};
        	adj_416 = {};
        	adj_417 = {};
        	adj_418 = {};
        	adj_419 = {};
        	adj_420 = {};
        	adj_421 = {};
        	adj_422 = {};
        	adj_423 = {};
        	adj_424 = {};
        	adj_425 = {};
        	adj_426 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_407 = wp::address(var_centers, var_406);
            var_409 = wp::load(var_407);
            var_408 = wp::sub(var_6, var_409);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_410 = wp::dot(var_408, var_400);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_411 = wp::dot(var_408, var_408);
            var_412 = wp::mul(var_radius, var_radius);
            var_413 = wp::sub(var_411, var_412);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_414 = wp::mul(var_410, var_410);
            var_415 = wp::sub(var_414, var_413);
            var_417 = (var_415 > var_416);
            var_419 = (var_410 < var_418);
            var_420 = var_417 && var_419;
            if (var_420) {
                // hits += 1                                                                      <L 36>
                var_423 = wp::add(var_9, var_422);
                // break                                                                          <L 37>
                wp::assign(var_9, var_423);
                wp::assign(var_19, var_408);
                wp::assign(var_21, var_410);
                wp::assign(var_24, var_413);
                goto end_for_28;
            }
            var_424 = wp::where(var_420, var_19, var_408);
            var_425 = wp::where(var_420, var_21, var_410);
            var_426 = wp::where(var_420, var_24, var_413);
            wp::assign(var_19, var_424);
            wp::assign(var_21, var_425);
            wp::assign(var_24, var_426);
            wp::adj_assign(var_24, var_426, adj_24, adj_426);
            wp::adj_assign(var_21, var_425, adj_21, adj_425);
            wp::adj_assign(var_19, var_424, adj_19, adj_424);
            wp::adj_where(var_420, var_24, var_413, adj_420, adj_24, adj_413, adj_426);
            wp::adj_where(var_420, var_21, var_410, adj_420, adj_21, adj_410, adj_425);
            wp::adj_where(var_420, var_19, var_408, adj_420, adj_19, adj_408, adj_424);
            if (var_420) {
                wp::adj_assign(var_24, var_413, adj_24, adj_413);
                wp::adj_assign(var_21, var_410, adj_21, adj_410);
                wp::adj_assign(var_19, var_408, adj_19, adj_408);
                wp::adj_assign(var_9, var_423, adj_9, adj_423);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_422, adj_9, adj_422, adj_423);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_414, var_413, adj_414, adj_413, adj_415);
            wp::adj_mul(var_410, var_410, adj_410, adj_410, adj_414);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_411, var_412, adj_411, adj_412, adj_413);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_412);
            wp::adj_dot(var_408, var_408, adj_408, adj_408, adj_411);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_408, var_400, adj_408, adj_400, adj_410);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_409, adj_6, adj_407, adj_408);
            wp::adj_address(var_centers, var_406, adj_centers, adj_406, adj_407);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_28;
        end_for_28:;
        wp::adj_range(var_403, adj_403, adj_405);
        wp::adj_extract(var_404, var_402, adj_401, adj_402, adj_403);
        adj_centers.shape = adj_401;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_400);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_377 = wp::iter_reverse(var_377);
        start_for_26:;
            if (iter_cmp(var_377) == 0) goto end_for_26;
            var_378 = wp::iter_next(var_377);
        	adj_379 = {};
        	adj_380 = {};
        	adj_381 = {};
        	adj_382 = {};
        	adj_383 = {};
        	adj_384 = {};
        	adj_385 = {};
        	adj_386 = {};
        	adj_387 = {};
        	adj_388 = {};
        	adj_389 = {};
        	adj_390 = {};
        	adj_391 = {};
        	adj_392 = {};
        	adj_393 = {};
        	adj_394 = {};
        	adj_395 = {};
        	adj_396 = {};
        	adj_397 = {};
        	adj_398 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_379 = wp::address(var_centers, var_378);
            var_381 = wp::load(var_379);
            var_380 = wp::sub(var_6, var_381);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_382 = wp::dot(var_380, var_372);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_383 = wp::dot(var_380, var_380);
            var_384 = wp::mul(var_radius, var_radius);
            var_385 = wp::sub(var_383, var_384);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_386 = wp::mul(var_382, var_382);
            var_387 = wp::sub(var_386, var_385);
            var_389 = (var_387 > var_388);
            var_391 = (var_382 < var_390);
            var_392 = var_389 && var_391;
            if (var_392) {
                // hits += 1                                                                      <L 36>
                var_395 = wp::add(var_9, var_394);
                // break                                                                          <L 37>
                wp::assign(var_9, var_395);
                wp::assign(var_19, var_380);
                wp::assign(var_21, var_382);
                wp::assign(var_24, var_385);
                goto end_for_26;
            }
            var_396 = wp::where(var_392, var_19, var_380);
            var_397 = wp::where(var_392, var_21, var_382);
            var_398 = wp::where(var_392, var_24, var_385);
            wp::assign(var_19, var_396);
            wp::assign(var_21, var_397);
            wp::assign(var_24, var_398);
            wp::adj_assign(var_24, var_398, adj_24, adj_398);
            wp::adj_assign(var_21, var_397, adj_21, adj_397);
            wp::adj_assign(var_19, var_396, adj_19, adj_396);
            wp::adj_where(var_392, var_24, var_385, adj_392, adj_24, adj_385, adj_398);
            wp::adj_where(var_392, var_21, var_382, adj_392, adj_21, adj_382, adj_397);
            wp::adj_where(var_392, var_19, var_380, adj_392, adj_19, adj_380, adj_396);
            if (var_392) {
                wp::adj_assign(var_24, var_385, adj_24, adj_385);
                wp::adj_assign(var_21, var_382, adj_21, adj_382);
                wp::adj_assign(var_19, var_380, adj_19, adj_380);
                wp::adj_assign(var_9, var_395, adj_9, adj_395);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_394, adj_9, adj_394, adj_395);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_386, var_385, adj_386, adj_385, adj_387);
            wp::adj_mul(var_382, var_382, adj_382, adj_382, adj_386);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_383, var_384, adj_383, adj_384, adj_385);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_384);
            wp::adj_dot(var_380, var_380, adj_380, adj_380, adj_383);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_380, var_372, adj_380, adj_372, adj_382);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_381, adj_6, adj_379, adj_380);
            wp::adj_address(var_centers, var_378, adj_centers, adj_378, adj_379);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_26;
        end_for_26:;
        wp::adj_range(var_375, adj_375, adj_377);
        wp::adj_extract(var_376, var_374, adj_373, adj_374, adj_375);
        adj_centers.shape = adj_373;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_372);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_349 = wp::iter_reverse(var_349);
        start_for_24:;
            if (iter_cmp(var_349) == 0) goto end_for_24;
            var_350 = wp::iter_next(var_349);
        	adj_351 = {};
        	adj_352 = {};
        	adj_353 = {};
        	adj_354 = {};
        	adj_355 = {};
        	adj_356 = {};
        	adj_357 = {};
        	adj_358 = {};
        	adj_359 = {};
        	adj_360 = {};
        	adj_361 = {};
        	adj_362 = {};
        	adj_363 = {};
        	adj_364 = {};
        	adj_365 = {};
        	adj_366 = {};
        	adj_367 = {};
        	adj_368 = {};
        	adj_369 = {};
        	adj_370 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_351 = wp::address(var_centers, var_350);
            var_353 = wp::load(var_351);
            var_352 = wp::sub(var_6, var_353);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_354 = wp::dot(var_352, var_344);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_355 = wp::dot(var_352, var_352);
            var_356 = wp::mul(var_radius, var_radius);
            var_357 = wp::sub(var_355, var_356);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_358 = wp::mul(var_354, var_354);
            var_359 = wp::sub(var_358, var_357);
            var_361 = (var_359 > var_360);
            var_363 = (var_354 < var_362);
            var_364 = var_361 && var_363;
            if (var_364) {
                // hits += 1                                                                      <L 36>
                var_367 = wp::add(var_9, var_366);
                // break                                                                          <L 37>
                wp::assign(var_9, var_367);
                wp::assign(var_19, var_352);
                wp::assign(var_21, var_354);
                wp::assign(var_24, var_357);
                goto end_for_24;
            }
            var_368 = wp::where(var_364, var_19, var_352);
            var_369 = wp::where(var_364, var_21, var_354);
            var_370 = wp::where(var_364, var_24, var_357);
            wp::assign(var_19, var_368);
            wp::assign(var_21, var_369);
            wp::assign(var_24, var_370);
            wp::adj_assign(var_24, var_370, adj_24, adj_370);
            wp::adj_assign(var_21, var_369, adj_21, adj_369);
            wp::adj_assign(var_19, var_368, adj_19, adj_368);
            wp::adj_where(var_364, var_24, var_357, adj_364, adj_24, adj_357, adj_370);
            wp::adj_where(var_364, var_21, var_354, adj_364, adj_21, adj_354, adj_369);
            wp::adj_where(var_364, var_19, var_352, adj_364, adj_19, adj_352, adj_368);
            if (var_364) {
                wp::adj_assign(var_24, var_357, adj_24, adj_357);
                wp::adj_assign(var_21, var_354, adj_21, adj_354);
                wp::adj_assign(var_19, var_352, adj_19, adj_352);
                wp::adj_assign(var_9, var_367, adj_9, adj_367);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_366, adj_9, adj_366, adj_367);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_358, var_357, adj_358, adj_357, adj_359);
            wp::adj_mul(var_354, var_354, adj_354, adj_354, adj_358);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_355, var_356, adj_355, adj_356, adj_357);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_356);
            wp::adj_dot(var_352, var_352, adj_352, adj_352, adj_355);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_352, var_344, adj_352, adj_344, adj_354);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_353, adj_6, adj_351, adj_352);
            wp::adj_address(var_centers, var_350, adj_centers, adj_350, adj_351);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_24;
        end_for_24:;
        wp::adj_range(var_347, adj_347, adj_349);
        wp::adj_extract(var_348, var_346, adj_345, adj_346, adj_347);
        adj_centers.shape = adj_345;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_344);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_321 = wp::iter_reverse(var_321);
        start_for_22:;
            if (iter_cmp(var_321) == 0) goto end_for_22;
            var_322 = wp::iter_next(var_321);
        	adj_323 = {};
        	adj_324 = {};
        	adj_325 = {};
        	adj_326 = {};
        	adj_327 = {};
        	adj_328 = {};
        	adj_329 = {};
        	adj_330 = {};
        	adj_331 = {};
        	adj_332 = {};
        	adj_333 = {};
        	adj_334 = {};
        	adj_335 = {};
        	adj_336 = {};
        	adj_337 = {};
        	adj_338 = {};
        	adj_339 = {};
        	adj_340 = {};
        	adj_341 = {};
        	adj_342 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_323 = wp::address(var_centers, var_322);
            var_325 = wp::load(var_323);
            var_324 = wp::sub(var_6, var_325);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_326 = wp::dot(var_324, var_316);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_327 = wp::dot(var_324, var_324);
            var_328 = wp::mul(var_radius, var_radius);
            var_329 = wp::sub(var_327, var_328);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_330 = wp::mul(var_326, var_326);
            var_331 = wp::sub(var_330, var_329);
            var_333 = (var_331 > var_332);
            var_335 = (var_326 < var_334);
            var_336 = var_333 && var_335;
            if (var_336) {
                // hits += 1                                                                      <L 36>
                var_339 = wp::add(var_9, var_338);
                // break                                                                          <L 37>
                wp::assign(var_9, var_339);
                wp::assign(var_19, var_324);
                wp::assign(var_21, var_326);
                wp::assign(var_24, var_329);
                goto end_for_22;
            }
            var_340 = wp::where(var_336, var_19, var_324);
            var_341 = wp::where(var_336, var_21, var_326);
            var_342 = wp::where(var_336, var_24, var_329);
            wp::assign(var_19, var_340);
            wp::assign(var_21, var_341);
            wp::assign(var_24, var_342);
            wp::adj_assign(var_24, var_342, adj_24, adj_342);
            wp::adj_assign(var_21, var_341, adj_21, adj_341);
            wp::adj_assign(var_19, var_340, adj_19, adj_340);
            wp::adj_where(var_336, var_24, var_329, adj_336, adj_24, adj_329, adj_342);
            wp::adj_where(var_336, var_21, var_326, adj_336, adj_21, adj_326, adj_341);
            wp::adj_where(var_336, var_19, var_324, adj_336, adj_19, adj_324, adj_340);
            if (var_336) {
                wp::adj_assign(var_24, var_329, adj_24, adj_329);
                wp::adj_assign(var_21, var_326, adj_21, adj_326);
                wp::adj_assign(var_19, var_324, adj_19, adj_324);
                wp::adj_assign(var_9, var_339, adj_9, adj_339);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_338, adj_9, adj_338, adj_339);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_330, var_329, adj_330, adj_329, adj_331);
            wp::adj_mul(var_326, var_326, adj_326, adj_326, adj_330);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_327, var_328, adj_327, adj_328, adj_329);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_328);
            wp::adj_dot(var_324, var_324, adj_324, adj_324, adj_327);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_324, var_316, adj_324, adj_316, adj_326);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_325, adj_6, adj_323, adj_324);
            wp::adj_address(var_centers, var_322, adj_centers, adj_322, adj_323);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_22;
        end_for_22:;
        wp::adj_range(var_319, adj_319, adj_321);
        wp::adj_extract(var_320, var_318, adj_317, adj_318, adj_319);
        adj_centers.shape = adj_317;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_316);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_293 = wp::iter_reverse(var_293);
        start_for_20:;
            if (iter_cmp(var_293) == 0) goto end_for_20;
            var_294 = wp::iter_next(var_293);
        	adj_295 = {};
        	adj_296 = {};
        	adj_297 = {};
        	adj_298 = {};
        	adj_299 = {};
        	adj_300 = {};
        	adj_301 = {};
        	adj_302 = {};
        	adj_303 = {};
        	adj_304 = {};
        	adj_305 = {};
        	adj_306 = {};
        	adj_307 = {};
        	adj_308 = {};
        	adj_309 = {};
        	adj_310 = {};
        	adj_311 = {};
        	adj_312 = {};
        	adj_313 = {};
        	adj_314 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_295 = wp::address(var_centers, var_294);
            var_297 = wp::load(var_295);
            var_296 = wp::sub(var_6, var_297);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_298 = wp::dot(var_296, var_288);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_299 = wp::dot(var_296, var_296);
            var_300 = wp::mul(var_radius, var_radius);
            var_301 = wp::sub(var_299, var_300);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_302 = wp::mul(var_298, var_298);
            var_303 = wp::sub(var_302, var_301);
            var_305 = (var_303 > var_304);
            var_307 = (var_298 < var_306);
            var_308 = var_305 && var_307;
            if (var_308) {
                // hits += 1                                                                      <L 36>
                var_311 = wp::add(var_9, var_310);
                // break                                                                          <L 37>
                wp::assign(var_9, var_311);
                wp::assign(var_19, var_296);
                wp::assign(var_21, var_298);
                wp::assign(var_24, var_301);
                goto end_for_20;
            }
            var_312 = wp::where(var_308, var_19, var_296);
            var_313 = wp::where(var_308, var_21, var_298);
            var_314 = wp::where(var_308, var_24, var_301);
            wp::assign(var_19, var_312);
            wp::assign(var_21, var_313);
            wp::assign(var_24, var_314);
            wp::adj_assign(var_24, var_314, adj_24, adj_314);
            wp::adj_assign(var_21, var_313, adj_21, adj_313);
            wp::adj_assign(var_19, var_312, adj_19, adj_312);
            wp::adj_where(var_308, var_24, var_301, adj_308, adj_24, adj_301, adj_314);
            wp::adj_where(var_308, var_21, var_298, adj_308, adj_21, adj_298, adj_313);
            wp::adj_where(var_308, var_19, var_296, adj_308, adj_19, adj_296, adj_312);
            if (var_308) {
                wp::adj_assign(var_24, var_301, adj_24, adj_301);
                wp::adj_assign(var_21, var_298, adj_21, adj_298);
                wp::adj_assign(var_19, var_296, adj_19, adj_296);
                wp::adj_assign(var_9, var_311, adj_9, adj_311);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_310, adj_9, adj_310, adj_311);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_302, var_301, adj_302, adj_301, adj_303);
            wp::adj_mul(var_298, var_298, adj_298, adj_298, adj_302);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_299, var_300, adj_299, adj_300, adj_301);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_300);
            wp::adj_dot(var_296, var_296, adj_296, adj_296, adj_299);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_296, var_288, adj_296, adj_288, adj_298);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_297, adj_6, adj_295, adj_296);
            wp::adj_address(var_centers, var_294, adj_centers, adj_294, adj_295);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_20;
        end_for_20:;
        wp::adj_range(var_291, adj_291, adj_293);
        wp::adj_extract(var_292, var_290, adj_289, adj_290, adj_291);
        adj_centers.shape = adj_289;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_288);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_265 = wp::iter_reverse(var_265);
        start_for_18:;
            if (iter_cmp(var_265) == 0) goto end_for_18;
            var_266 = wp::iter_next(var_265);
        	adj_267 = {};
        	adj_268 = {};
        	adj_269 = {};
        	adj_270 = {};
        	adj_271 = {};
        	adj_272 = {};
        	adj_273 = {};
        	adj_274 = {};
        	adj_275 = {};
        	adj_276 = {};
        	adj_277 = {};
        	adj_278 = {};
        	adj_279 = {};
        	adj_280 = {};
        	adj_281 = {};
        	adj_282 = {};
        	adj_283 = {};
        	adj_284 = {};
        	adj_285 = {};
        	adj_286 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_267 = wp::address(var_centers, var_266);
            var_269 = wp::load(var_267);
            var_268 = wp::sub(var_6, var_269);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_270 = wp::dot(var_268, var_260);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_271 = wp::dot(var_268, var_268);
            var_272 = wp::mul(var_radius, var_radius);
            var_273 = wp::sub(var_271, var_272);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_274 = wp::mul(var_270, var_270);
            var_275 = wp::sub(var_274, var_273);
            var_277 = (var_275 > var_276);
            var_279 = (var_270 < var_278);
            var_280 = var_277 && var_279;
            if (var_280) {
                // hits += 1                                                                      <L 36>
                var_283 = wp::add(var_9, var_282);
                // break                                                                          <L 37>
                wp::assign(var_9, var_283);
                wp::assign(var_19, var_268);
                wp::assign(var_21, var_270);
                wp::assign(var_24, var_273);
                goto end_for_18;
            }
            var_284 = wp::where(var_280, var_19, var_268);
            var_285 = wp::where(var_280, var_21, var_270);
            var_286 = wp::where(var_280, var_24, var_273);
            wp::assign(var_19, var_284);
            wp::assign(var_21, var_285);
            wp::assign(var_24, var_286);
            wp::adj_assign(var_24, var_286, adj_24, adj_286);
            wp::adj_assign(var_21, var_285, adj_21, adj_285);
            wp::adj_assign(var_19, var_284, adj_19, adj_284);
            wp::adj_where(var_280, var_24, var_273, adj_280, adj_24, adj_273, adj_286);
            wp::adj_where(var_280, var_21, var_270, adj_280, adj_21, adj_270, adj_285);
            wp::adj_where(var_280, var_19, var_268, adj_280, adj_19, adj_268, adj_284);
            if (var_280) {
                wp::adj_assign(var_24, var_273, adj_24, adj_273);
                wp::adj_assign(var_21, var_270, adj_21, adj_270);
                wp::adj_assign(var_19, var_268, adj_19, adj_268);
                wp::adj_assign(var_9, var_283, adj_9, adj_283);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_282, adj_9, adj_282, adj_283);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_274, var_273, adj_274, adj_273, adj_275);
            wp::adj_mul(var_270, var_270, adj_270, adj_270, adj_274);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_271, var_272, adj_271, adj_272, adj_273);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_272);
            wp::adj_dot(var_268, var_268, adj_268, adj_268, adj_271);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_268, var_260, adj_268, adj_260, adj_270);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_269, adj_6, adj_267, adj_268);
            wp::adj_address(var_centers, var_266, adj_centers, adj_266, adj_267);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_18;
        end_for_18:;
        wp::adj_range(var_263, adj_263, adj_265);
        wp::adj_extract(var_264, var_262, adj_261, adj_262, adj_263);
        adj_centers.shape = adj_261;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_260);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_237 = wp::iter_reverse(var_237);
        start_for_16:;
            if (iter_cmp(var_237) == 0) goto end_for_16;
            var_238 = wp::iter_next(var_237);
        	adj_239 = {};
        	adj_240 = {};
        	adj_241 = {};
        	adj_242 = {};
        	adj_243 = {};
        	adj_244 = {};
        	adj_245 = {};
        	adj_246 = {};
        	adj_247 = {};
        	adj_248 = {};
        	adj_249 = {};
        	adj_250 = {};
        	adj_251 = {};
        	adj_252 = {};
        	adj_253 = {};
        	adj_254 = {};
        	adj_255 = {};
        	adj_256 = {};
        	adj_257 = {};
        	adj_258 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_239 = wp::address(var_centers, var_238);
            var_241 = wp::load(var_239);
            var_240 = wp::sub(var_6, var_241);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_242 = wp::dot(var_240, var_232);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_243 = wp::dot(var_240, var_240);
            var_244 = wp::mul(var_radius, var_radius);
            var_245 = wp::sub(var_243, var_244);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_246 = wp::mul(var_242, var_242);
            var_247 = wp::sub(var_246, var_245);
            var_249 = (var_247 > var_248);
            var_251 = (var_242 < var_250);
            var_252 = var_249 && var_251;
            if (var_252) {
                // hits += 1                                                                      <L 36>
                var_255 = wp::add(var_9, var_254);
                // break                                                                          <L 37>
                wp::assign(var_9, var_255);
                wp::assign(var_19, var_240);
                wp::assign(var_21, var_242);
                wp::assign(var_24, var_245);
                goto end_for_16;
            }
            var_256 = wp::where(var_252, var_19, var_240);
            var_257 = wp::where(var_252, var_21, var_242);
            var_258 = wp::where(var_252, var_24, var_245);
            wp::assign(var_19, var_256);
            wp::assign(var_21, var_257);
            wp::assign(var_24, var_258);
            wp::adj_assign(var_24, var_258, adj_24, adj_258);
            wp::adj_assign(var_21, var_257, adj_21, adj_257);
            wp::adj_assign(var_19, var_256, adj_19, adj_256);
            wp::adj_where(var_252, var_24, var_245, adj_252, adj_24, adj_245, adj_258);
            wp::adj_where(var_252, var_21, var_242, adj_252, adj_21, adj_242, adj_257);
            wp::adj_where(var_252, var_19, var_240, adj_252, adj_19, adj_240, adj_256);
            if (var_252) {
                wp::adj_assign(var_24, var_245, adj_24, adj_245);
                wp::adj_assign(var_21, var_242, adj_21, adj_242);
                wp::adj_assign(var_19, var_240, adj_19, adj_240);
                wp::adj_assign(var_9, var_255, adj_9, adj_255);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_254, adj_9, adj_254, adj_255);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_246, var_245, adj_246, adj_245, adj_247);
            wp::adj_mul(var_242, var_242, adj_242, adj_242, adj_246);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_243, var_244, adj_243, adj_244, adj_245);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_244);
            wp::adj_dot(var_240, var_240, adj_240, adj_240, adj_243);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_240, var_232, adj_240, adj_232, adj_242);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_241, adj_6, adj_239, adj_240);
            wp::adj_address(var_centers, var_238, adj_centers, adj_238, adj_239);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_16;
        end_for_16:;
        wp::adj_range(var_235, adj_235, adj_237);
        wp::adj_extract(var_236, var_234, adj_233, adj_234, adj_235);
        adj_centers.shape = adj_233;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_232);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_209 = wp::iter_reverse(var_209);
        start_for_14:;
            if (iter_cmp(var_209) == 0) goto end_for_14;
            var_210 = wp::iter_next(var_209);
        	adj_211 = {};
        	adj_212 = {};
        	adj_213 = {};
        	adj_214 = {};
        	adj_215 = {};
        	adj_216 = {};
        	adj_217 = {};
        	adj_218 = {};
        	adj_219 = {};
        	adj_220 = {};
        	adj_221 = {};
        	adj_222 = {};
        	adj_223 = {};
        	adj_224 = {};
        	adj_225 = {};
        	adj_226 = {};
        	adj_227 = {};
        	adj_228 = {};
        	adj_229 = {};
        	adj_230 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_211 = wp::address(var_centers, var_210);
            var_213 = wp::load(var_211);
            var_212 = wp::sub(var_6, var_213);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_214 = wp::dot(var_212, var_204);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_215 = wp::dot(var_212, var_212);
            var_216 = wp::mul(var_radius, var_radius);
            var_217 = wp::sub(var_215, var_216);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_218 = wp::mul(var_214, var_214);
            var_219 = wp::sub(var_218, var_217);
            var_221 = (var_219 > var_220);
            var_223 = (var_214 < var_222);
            var_224 = var_221 && var_223;
            if (var_224) {
                // hits += 1                                                                      <L 36>
                var_227 = wp::add(var_9, var_226);
                // break                                                                          <L 37>
                wp::assign(var_9, var_227);
                wp::assign(var_19, var_212);
                wp::assign(var_21, var_214);
                wp::assign(var_24, var_217);
                goto end_for_14;
            }
            var_228 = wp::where(var_224, var_19, var_212);
            var_229 = wp::where(var_224, var_21, var_214);
            var_230 = wp::where(var_224, var_24, var_217);
            wp::assign(var_19, var_228);
            wp::assign(var_21, var_229);
            wp::assign(var_24, var_230);
            wp::adj_assign(var_24, var_230, adj_24, adj_230);
            wp::adj_assign(var_21, var_229, adj_21, adj_229);
            wp::adj_assign(var_19, var_228, adj_19, adj_228);
            wp::adj_where(var_224, var_24, var_217, adj_224, adj_24, adj_217, adj_230);
            wp::adj_where(var_224, var_21, var_214, adj_224, adj_21, adj_214, adj_229);
            wp::adj_where(var_224, var_19, var_212, adj_224, adj_19, adj_212, adj_228);
            if (var_224) {
                wp::adj_assign(var_24, var_217, adj_24, adj_217);
                wp::adj_assign(var_21, var_214, adj_21, adj_214);
                wp::adj_assign(var_19, var_212, adj_19, adj_212);
                wp::adj_assign(var_9, var_227, adj_9, adj_227);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_226, adj_9, adj_226, adj_227);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_218, var_217, adj_218, adj_217, adj_219);
            wp::adj_mul(var_214, var_214, adj_214, adj_214, adj_218);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_215, var_216, adj_215, adj_216, adj_217);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_216);
            wp::adj_dot(var_212, var_212, adj_212, adj_212, adj_215);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_212, var_204, adj_212, adj_204, adj_214);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_213, adj_6, adj_211, adj_212);
            wp::adj_address(var_centers, var_210, adj_centers, adj_210, adj_211);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_14;
        end_for_14:;
        wp::adj_range(var_207, adj_207, adj_209);
        wp::adj_extract(var_208, var_206, adj_205, adj_206, adj_207);
        adj_centers.shape = adj_205;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_204);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_181 = wp::iter_reverse(var_181);
        start_for_12:;
            if (iter_cmp(var_181) == 0) goto end_for_12;
            var_182 = wp::iter_next(var_181);
        	adj_183 = {};
        	adj_184 = {};
        	adj_185 = {};
        	adj_186 = {};
        	adj_187 = {};
        	adj_188 = {};
        	adj_189 = {};
        	adj_190 = {};
        	adj_191 = {};
        	adj_192 = {};
        	adj_193 = {};
        	adj_194 = {};
        	adj_195 = {};
        	adj_196 = {};
        	adj_197 = {};
        	adj_198 = {};
        	adj_199 = {};
        	adj_200 = {};
        	adj_201 = {};
        	adj_202 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_183 = wp::address(var_centers, var_182);
            var_185 = wp::load(var_183);
            var_184 = wp::sub(var_6, var_185);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_186 = wp::dot(var_184, var_176);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_187 = wp::dot(var_184, var_184);
            var_188 = wp::mul(var_radius, var_radius);
            var_189 = wp::sub(var_187, var_188);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_190 = wp::mul(var_186, var_186);
            var_191 = wp::sub(var_190, var_189);
            var_193 = (var_191 > var_192);
            var_195 = (var_186 < var_194);
            var_196 = var_193 && var_195;
            if (var_196) {
                // hits += 1                                                                      <L 36>
                var_199 = wp::add(var_9, var_198);
                // break                                                                          <L 37>
                wp::assign(var_9, var_199);
                wp::assign(var_19, var_184);
                wp::assign(var_21, var_186);
                wp::assign(var_24, var_189);
                goto end_for_12;
            }
            var_200 = wp::where(var_196, var_19, var_184);
            var_201 = wp::where(var_196, var_21, var_186);
            var_202 = wp::where(var_196, var_24, var_189);
            wp::assign(var_19, var_200);
            wp::assign(var_21, var_201);
            wp::assign(var_24, var_202);
            wp::adj_assign(var_24, var_202, adj_24, adj_202);
            wp::adj_assign(var_21, var_201, adj_21, adj_201);
            wp::adj_assign(var_19, var_200, adj_19, adj_200);
            wp::adj_where(var_196, var_24, var_189, adj_196, adj_24, adj_189, adj_202);
            wp::adj_where(var_196, var_21, var_186, adj_196, adj_21, adj_186, adj_201);
            wp::adj_where(var_196, var_19, var_184, adj_196, adj_19, adj_184, adj_200);
            if (var_196) {
                wp::adj_assign(var_24, var_189, adj_24, adj_189);
                wp::adj_assign(var_21, var_186, adj_21, adj_186);
                wp::adj_assign(var_19, var_184, adj_19, adj_184);
                wp::adj_assign(var_9, var_199, adj_9, adj_199);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_198, adj_9, adj_198, adj_199);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_190, var_189, adj_190, adj_189, adj_191);
            wp::adj_mul(var_186, var_186, adj_186, adj_186, adj_190);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_187, var_188, adj_187, adj_188, adj_189);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_188);
            wp::adj_dot(var_184, var_184, adj_184, adj_184, adj_187);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_184, var_176, adj_184, adj_176, adj_186);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_185, adj_6, adj_183, adj_184);
            wp::adj_address(var_centers, var_182, adj_centers, adj_182, adj_183);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_12;
        end_for_12:;
        wp::adj_range(var_179, adj_179, adj_181);
        wp::adj_extract(var_180, var_178, adj_177, adj_178, adj_179);
        adj_centers.shape = adj_177;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_176);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_153 = wp::iter_reverse(var_153);
        start_for_10:;
            if (iter_cmp(var_153) == 0) goto end_for_10;
            var_154 = wp::iter_next(var_153);
        	adj_155 = {};
        	adj_156 = {};
        	adj_157 = {};
        	adj_158 = {};
        	adj_159 = {};
        	adj_160 = {};
        	adj_161 = {};
        	adj_162 = {};
        	adj_163 = {};
        	adj_164 = {};
        	adj_165 = {};
        	adj_166 = {};
        	adj_167 = {};
        	adj_168 = {};
        	adj_169 = {};
        	adj_170 = {};
        	adj_171 = {};
        	adj_172 = {};
        	adj_173 = {};
        	adj_174 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_155 = wp::address(var_centers, var_154);
            var_157 = wp::load(var_155);
            var_156 = wp::sub(var_6, var_157);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_158 = wp::dot(var_156, var_148);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_159 = wp::dot(var_156, var_156);
            var_160 = wp::mul(var_radius, var_radius);
            var_161 = wp::sub(var_159, var_160);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_162 = wp::mul(var_158, var_158);
            var_163 = wp::sub(var_162, var_161);
            var_165 = (var_163 > var_164);
            var_167 = (var_158 < var_166);
            var_168 = var_165 && var_167;
            if (var_168) {
                // hits += 1                                                                      <L 36>
                var_171 = wp::add(var_9, var_170);
                // break                                                                          <L 37>
                wp::assign(var_9, var_171);
                wp::assign(var_19, var_156);
                wp::assign(var_21, var_158);
                wp::assign(var_24, var_161);
                goto end_for_10;
            }
            var_172 = wp::where(var_168, var_19, var_156);
            var_173 = wp::where(var_168, var_21, var_158);
            var_174 = wp::where(var_168, var_24, var_161);
            wp::assign(var_19, var_172);
            wp::assign(var_21, var_173);
            wp::assign(var_24, var_174);
            wp::adj_assign(var_24, var_174, adj_24, adj_174);
            wp::adj_assign(var_21, var_173, adj_21, adj_173);
            wp::adj_assign(var_19, var_172, adj_19, adj_172);
            wp::adj_where(var_168, var_24, var_161, adj_168, adj_24, adj_161, adj_174);
            wp::adj_where(var_168, var_21, var_158, adj_168, adj_21, adj_158, adj_173);
            wp::adj_where(var_168, var_19, var_156, adj_168, adj_19, adj_156, adj_172);
            if (var_168) {
                wp::adj_assign(var_24, var_161, adj_24, adj_161);
                wp::adj_assign(var_21, var_158, adj_21, adj_158);
                wp::adj_assign(var_19, var_156, adj_19, adj_156);
                wp::adj_assign(var_9, var_171, adj_9, adj_171);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_170, adj_9, adj_170, adj_171);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_162, var_161, adj_162, adj_161, adj_163);
            wp::adj_mul(var_158, var_158, adj_158, adj_158, adj_162);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_159, var_160, adj_159, adj_160, adj_161);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_160);
            wp::adj_dot(var_156, var_156, adj_156, adj_156, adj_159);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_156, var_148, adj_156, adj_148, adj_158);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_157, adj_6, adj_155, adj_156);
            wp::adj_address(var_centers, var_154, adj_centers, adj_154, adj_155);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_10;
        end_for_10:;
        wp::adj_range(var_151, adj_151, adj_153);
        wp::adj_extract(var_152, var_150, adj_149, adj_150, adj_151);
        adj_centers.shape = adj_149;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_148);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_125 = wp::iter_reverse(var_125);
        start_for_8:;
            if (iter_cmp(var_125) == 0) goto end_for_8;
            var_126 = wp::iter_next(var_125);
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
        	adj_133 = {};
        	adj_134 = {};
        	adj_135 = {};
        	adj_136 = {};
        	adj_137 = {};
        	adj_138 = {};
        	adj_139 = {};
        	adj_140 = {};
        	adj_141 = {};
        	adj_142 = {};
        	adj_143 = {};
        	adj_144 = {};
        	adj_145 = {};
        	adj_146 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_127 = wp::address(var_centers, var_126);
            var_129 = wp::load(var_127);
            var_128 = wp::sub(var_6, var_129);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_130 = wp::dot(var_128, var_120);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_131 = wp::dot(var_128, var_128);
            var_132 = wp::mul(var_radius, var_radius);
            var_133 = wp::sub(var_131, var_132);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_134 = wp::mul(var_130, var_130);
            var_135 = wp::sub(var_134, var_133);
            var_137 = (var_135 > var_136);
            var_139 = (var_130 < var_138);
            var_140 = var_137 && var_139;
            if (var_140) {
                // hits += 1                                                                      <L 36>
                var_143 = wp::add(var_9, var_142);
                // break                                                                          <L 37>
                wp::assign(var_9, var_143);
                wp::assign(var_19, var_128);
                wp::assign(var_21, var_130);
                wp::assign(var_24, var_133);
                goto end_for_8;
            }
            var_144 = wp::where(var_140, var_19, var_128);
            var_145 = wp::where(var_140, var_21, var_130);
            var_146 = wp::where(var_140, var_24, var_133);
            wp::assign(var_19, var_144);
            wp::assign(var_21, var_145);
            wp::assign(var_24, var_146);
            wp::adj_assign(var_24, var_146, adj_24, adj_146);
            wp::adj_assign(var_21, var_145, adj_21, adj_145);
            wp::adj_assign(var_19, var_144, adj_19, adj_144);
            wp::adj_where(var_140, var_24, var_133, adj_140, adj_24, adj_133, adj_146);
            wp::adj_where(var_140, var_21, var_130, adj_140, adj_21, adj_130, adj_145);
            wp::adj_where(var_140, var_19, var_128, adj_140, adj_19, adj_128, adj_144);
            if (var_140) {
                wp::adj_assign(var_24, var_133, adj_24, adj_133);
                wp::adj_assign(var_21, var_130, adj_21, adj_130);
                wp::adj_assign(var_19, var_128, adj_19, adj_128);
                wp::adj_assign(var_9, var_143, adj_9, adj_143);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_142, adj_9, adj_142, adj_143);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_134, var_133, adj_134, adj_133, adj_135);
            wp::adj_mul(var_130, var_130, adj_130, adj_130, adj_134);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_131, var_132, adj_131, adj_132, adj_133);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_132);
            wp::adj_dot(var_128, var_128, adj_128, adj_128, adj_131);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_128, var_120, adj_128, adj_120, adj_130);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_129, adj_6, adj_127, adj_128);
            wp::adj_address(var_centers, var_126, adj_centers, adj_126, adj_127);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_8;
        end_for_8:;
        wp::adj_range(var_123, adj_123, adj_125);
        wp::adj_extract(var_124, var_122, adj_121, adj_122, adj_123);
        adj_centers.shape = adj_121;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_120);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_97 = wp::iter_reverse(var_97);
        start_for_6:;
            if (iter_cmp(var_97) == 0) goto end_for_6;
            var_98 = wp::iter_next(var_97);
        	adj_99 = {};
        	adj_100 = {};
        	adj_101 = {};
        	adj_102 = {};
        	adj_103 = {};
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
        	adj_108 = {};
        	adj_109 = {};
        	adj_110 = {};
        	adj_111 = {};
        	adj_112 = {};
        	adj_113 = {};
        	adj_114 = {};
        	adj_115 = {};
        	adj_116 = {};
        	adj_117 = {};
        	adj_118 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_99 = wp::address(var_centers, var_98);
            var_101 = wp::load(var_99);
            var_100 = wp::sub(var_6, var_101);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_102 = wp::dot(var_100, var_92);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_103 = wp::dot(var_100, var_100);
            var_104 = wp::mul(var_radius, var_radius);
            var_105 = wp::sub(var_103, var_104);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_106 = wp::mul(var_102, var_102);
            var_107 = wp::sub(var_106, var_105);
            var_109 = (var_107 > var_108);
            var_111 = (var_102 < var_110);
            var_112 = var_109 && var_111;
            if (var_112) {
                // hits += 1                                                                      <L 36>
                var_115 = wp::add(var_9, var_114);
                // break                                                                          <L 37>
                wp::assign(var_9, var_115);
                wp::assign(var_19, var_100);
                wp::assign(var_21, var_102);
                wp::assign(var_24, var_105);
                goto end_for_6;
            }
            var_116 = wp::where(var_112, var_19, var_100);
            var_117 = wp::where(var_112, var_21, var_102);
            var_118 = wp::where(var_112, var_24, var_105);
            wp::assign(var_19, var_116);
            wp::assign(var_21, var_117);
            wp::assign(var_24, var_118);
            wp::adj_assign(var_24, var_118, adj_24, adj_118);
            wp::adj_assign(var_21, var_117, adj_21, adj_117);
            wp::adj_assign(var_19, var_116, adj_19, adj_116);
            wp::adj_where(var_112, var_24, var_105, adj_112, adj_24, adj_105, adj_118);
            wp::adj_where(var_112, var_21, var_102, adj_112, adj_21, adj_102, adj_117);
            wp::adj_where(var_112, var_19, var_100, adj_112, adj_19, adj_100, adj_116);
            if (var_112) {
                wp::adj_assign(var_24, var_105, adj_24, adj_105);
                wp::adj_assign(var_21, var_102, adj_21, adj_102);
                wp::adj_assign(var_19, var_100, adj_19, adj_100);
                wp::adj_assign(var_9, var_115, adj_9, adj_115);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_114, adj_9, adj_114, adj_115);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_106, var_105, adj_106, adj_105, adj_107);
            wp::adj_mul(var_102, var_102, adj_102, adj_102, adj_106);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_103, var_104, adj_103, adj_104, adj_105);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_104);
            wp::adj_dot(var_100, var_100, adj_100, adj_100, adj_103);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_100, var_92, adj_100, adj_92, adj_102);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_101, adj_6, adj_99, adj_100);
            wp::adj_address(var_centers, var_98, adj_centers, adj_98, adj_99);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_6;
        end_for_6:;
        wp::adj_range(var_95, adj_95, adj_97);
        wp::adj_extract(var_96, var_94, adj_93, adj_94, adj_95);
        adj_centers.shape = adj_93;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_92);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_69 = wp::iter_reverse(var_69);
        start_for_4:;
            if (iter_cmp(var_69) == 0) goto end_for_4;
            var_70 = wp::iter_next(var_69);
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
        	adj_90 = {};
            // oc = p - centers[c]                                                                <L 32>
            var_71 = wp::address(var_centers, var_70);
            var_73 = wp::load(var_71);
            var_72 = wp::sub(var_6, var_73);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_74 = wp::dot(var_72, var_64);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_75 = wp::dot(var_72, var_72);
            var_76 = wp::mul(var_radius, var_radius);
            var_77 = wp::sub(var_75, var_76);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_78 = wp::mul(var_74, var_74);
            var_79 = wp::sub(var_78, var_77);
            var_81 = (var_79 > var_80);
            var_83 = (var_74 < var_82);
            var_84 = var_81 && var_83;
            if (var_84) {
                // hits += 1                                                                      <L 36>
                var_87 = wp::add(var_9, var_86);
                // break                                                                          <L 37>
                wp::assign(var_9, var_87);
                wp::assign(var_19, var_72);
                wp::assign(var_21, var_74);
                wp::assign(var_24, var_77);
                goto end_for_4;
            }
            var_88 = wp::where(var_84, var_19, var_72);
            var_89 = wp::where(var_84, var_21, var_74);
            var_90 = wp::where(var_84, var_24, var_77);
            wp::assign(var_19, var_88);
            wp::assign(var_21, var_89);
            wp::assign(var_24, var_90);
            wp::adj_assign(var_24, var_90, adj_24, adj_90);
            wp::adj_assign(var_21, var_89, adj_21, adj_89);
            wp::adj_assign(var_19, var_88, adj_19, adj_88);
            wp::adj_where(var_84, var_24, var_77, adj_84, adj_24, adj_77, adj_90);
            wp::adj_where(var_84, var_21, var_74, adj_84, adj_21, adj_74, adj_89);
            wp::adj_where(var_84, var_19, var_72, adj_84, adj_19, adj_72, adj_88);
            if (var_84) {
                wp::adj_assign(var_24, var_77, adj_24, adj_77);
                wp::adj_assign(var_21, var_74, adj_21, adj_74);
                wp::adj_assign(var_19, var_72, adj_19, adj_72);
                wp::adj_assign(var_9, var_87, adj_9, adj_87);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_86, adj_9, adj_86, adj_87);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_78, var_77, adj_78, adj_77, adj_79);
            wp::adj_mul(var_74, var_74, adj_74, adj_74, adj_78);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_75, var_76, adj_75, adj_76, adj_77);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_76);
            wp::adj_dot(var_72, var_72, adj_72, adj_72, adj_75);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_72, var_64, adj_72, adj_64, adj_74);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_73, adj_6, adj_71, adj_72);
            wp::adj_address(var_centers, var_70, adj_centers, adj_70, adj_71);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_67, adj_67, adj_69);
        wp::adj_extract(var_68, var_66, adj_65, adj_66, adj_67);
        adj_centers.shape = adj_65;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_64);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_41 = wp::iter_reverse(var_41);
        start_for_2:;
            if (iter_cmp(var_41) == 0) goto end_for_2;
            var_42 = wp::iter_next(var_41);
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
            // oc = p - centers[c]                                                                <L 32>
            var_43 = wp::address(var_centers, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::sub(var_6, var_45);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_46 = wp::dot(var_44, var_36);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_47 = wp::dot(var_44, var_44);
            var_48 = wp::mul(var_radius, var_radius);
            var_49 = wp::sub(var_47, var_48);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_50 = wp::mul(var_46, var_46);
            var_51 = wp::sub(var_50, var_49);
            var_53 = (var_51 > var_52);
            var_55 = (var_46 < var_54);
            var_56 = var_53 && var_55;
            if (var_56) {
                // hits += 1                                                                      <L 36>
                var_59 = wp::add(var_9, var_58);
                // break                                                                          <L 37>
                wp::assign(var_9, var_59);
                wp::assign(var_19, var_44);
                wp::assign(var_21, var_46);
                wp::assign(var_24, var_49);
                goto end_for_2;
            }
            var_60 = wp::where(var_56, var_19, var_44);
            var_61 = wp::where(var_56, var_21, var_46);
            var_62 = wp::where(var_56, var_24, var_49);
            wp::assign(var_19, var_60);
            wp::assign(var_21, var_61);
            wp::assign(var_24, var_62);
            wp::adj_assign(var_24, var_62, adj_24, adj_62);
            wp::adj_assign(var_21, var_61, adj_21, adj_61);
            wp::adj_assign(var_19, var_60, adj_19, adj_60);
            wp::adj_where(var_56, var_24, var_49, adj_56, adj_24, adj_49, adj_62);
            wp::adj_where(var_56, var_21, var_46, adj_56, adj_21, adj_46, adj_61);
            wp::adj_where(var_56, var_19, var_44, adj_56, adj_19, adj_44, adj_60);
            if (var_56) {
                wp::adj_assign(var_24, var_49, adj_24, adj_49);
                wp::adj_assign(var_21, var_46, adj_21, adj_46);
                wp::adj_assign(var_19, var_44, adj_19, adj_44);
                wp::adj_assign(var_9, var_59, adj_9, adj_59);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_58, adj_9, adj_58, adj_59);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_50, var_49, adj_50, adj_49, adj_51);
            wp::adj_mul(var_46, var_46, adj_46, adj_46, adj_50);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_47, var_48, adj_47, adj_48, adj_49);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_48);
            wp::adj_dot(var_44, var_44, adj_44, adj_44, adj_47);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_44, var_36, adj_44, adj_36, adj_46);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_45, adj_6, adj_43, adj_44);
            wp::adj_address(var_centers, var_42, adj_centers, adj_42, adj_43);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_39, adj_39, adj_41);
        wp::adj_extract(var_40, var_38, adj_37, adj_38, adj_39);
        adj_centers.shape = adj_37;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_36);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
        	adj_18 = {};
        	adj_19 = {};
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
            // oc = p - centers[c]                                                                <L 32>
            var_18 = wp::address(var_centers, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_6, var_20);
            // b = wp.dot(oc, d)                                                                  <L 33>
            var_21 = wp::dot(var_19, var_11);
            // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
            var_22 = wp::dot(var_19, var_19);
            var_23 = wp::mul(var_radius, var_radius);
            var_24 = wp::sub(var_22, var_23);
            // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
            var_25 = wp::mul(var_21, var_21);
            var_26 = wp::sub(var_25, var_24);
            var_28 = (var_26 > var_27);
            var_30 = (var_21 < var_29);
            var_31 = var_28 && var_30;
            if (var_31) {
                // hits += 1                                                                      <L 36>
                var_34 = wp::add(var_9, var_33);
                // break                                                                          <L 37>
                wp::assign(var_9, var_34);
                goto end_for_0;
            }
            if (var_31) {
                wp::adj_assign(var_9, var_34, adj_9, adj_34);
                // adj: break                                                                     <L 37>
                wp::adj_add(var_9, var_33, adj_9, adj_33, adj_34);
                // adj: hits += 1                                                                 <L 36>
            }
            wp::adj_sub(var_25, var_24, adj_25, adj_24, adj_26);
            wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_25);
            // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
            wp::adj_sub(var_22, var_23, adj_22, adj_23, adj_24);
            wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_23);
            wp::adj_dot(var_19, var_19, adj_19, adj_19, adj_22);
            // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
            wp::adj_dot(var_19, var_11, adj_19, adj_11, adj_21);
            // adj: b = wp.dot(oc, d)                                                             <L 33>
            wp::adj_sub(var_6, var_20, adj_6, adj_18, adj_19);
            wp::adj_address(var_centers, var_17, adj_centers, adj_17, adj_18);
            // adj: oc = p - centers[c]                                                           <L 32>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_14, adj_14, adj_16);
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        adj_centers.shape = adj_12;
        // adj: for c in range(centers.shape[0]):                                                 <L 31>
        adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_11);
        // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
        // adj: for s in range(NUM_SAMPLES):                                                      <L 29>
        wp::adj_int(var_8, adj_8, adj_9);
        // adj: hits = int(0)                                                                     <L 28>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
        // adj: p = positions[i]                                                                  <L 27>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_2);
        // adj: n = normals[i]                                                                    <L 26>
        // adj: rng = wp.rand_init(seed, i)                                                       <L 25>
        // adj: i = wp.tid()                                                                      <L 24>
        // adj: def ambient_occlusion(normals: wp.array(dtype=wp.vec3), positions: wp.array(dtype=wp.vec3), seed: int, centers: wp.array(dtype=wp.vec3), radius: float, ao: wp.array(dtype=float)):  <L 23>
        continue;
    }
}



extern "C" __global__ void jitter_particles_6f7d5a46_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_seed,
    wp::float32 var_amount,
    wp::array_t<wp::int32> var_kinds)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 4;
        wp::int32 var_12;
        //---------
        // forward
        // def jitter_particles(x: wp.array(dtype=wp.vec3), seed: int, amount: float, kinds: wp.array(dtype=int)):       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 44>
        var_1 = wp::rand_init(var_seed, var_0);
        // dx = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state))                        <L 45>
        var_2 = wp::randn(var_1);
        var_3 = wp::randn(var_1);
        var_4 = wp::randn(var_1);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        // x[i] = x[i] + dx * amount                                                              <L 46>
        var_6 = wp::address(var_x, var_0);
        var_7 = wp::mul(var_5, var_amount);
        var_9 = wp::load(var_6);
        var_8 = wp::add(var_9, var_7);
        wp::array_store(var_x, var_0, var_8);
        // kinds[i] = wp.randi(state, 0, 4)                                                       <L 47>
        var_12 = wp::randi(var_1, var_10, var_11);
        wp::array_store(var_kinds, var_0, var_12);
    }
}



extern "C" __global__ void jitter_particles_6f7d5a46_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_seed,
    wp::float32 var_amount,
    wp::array_t<wp::int32> var_kinds,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::int32 adj_seed,
    wp::float32 adj_amount,
    wp::array_t<wp::int32> adj_kinds)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 4;
        wp::int32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def jitter_particles(x: wp.array(dtype=wp.vec3), seed: int, amount: float, kinds: wp.array(dtype=int)):       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 44>
        var_1 = wp::rand_init(var_seed, var_0);
        // dx = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state))                        <L 45>
        var_2 = wp::randn(var_1);
        var_3 = wp::randn(var_1);
        var_4 = wp::randn(var_1);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        // x[i] = x[i] + dx * amount                                                              <L 46>
        var_6 = wp::address(var_x, var_0);
        var_7 = wp::mul(var_5, var_amount);
        var_9 = wp::load(var_6);
        var_8 = wp::add(var_9, var_7);
        // wp::array_store(var_x, var_0, var_8);
        // kinds[i] = wp.randi(state, 0, 4)                                                       <L 47>
        var_12 = wp::randi(var_1, var_10, var_11);
        // wp::array_store(var_kinds, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_kinds, var_0, var_12, adj_kinds, adj_0, adj_12);
        // adj: kinds[i] = wp.randi(state, 0, 4)                                                  <L 47>
        wp::adj_array_store(var_x, var_0, var_8, adj_x, adj_0, adj_8);
        wp::adj_add(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_mul(var_5, var_amount, adj_5, adj_amount, adj_7);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
        // adj: x[i] = x[i] + dx * amount                                                         <L 46>
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        // adj: dx = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state))                   <L 45>
        // adj: state = wp.rand_init(seed, i)                                                     <L 44>
        // adj: i = wp.tid()                                                                      <L 43>
        // adj: def jitter_particles(x: wp.array(dtype=wp.vec3), seed: int, amount: float, kinds: wp.array(dtype=int)):  <L 42>
        continue;
    }
}



extern "C" __global__ void estimate_pi_a378f25b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_per_thread,
    wp::array_t<wp::int32> var_inside)
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
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = -1.0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = -1.0;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        bool var_18;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        //---------
        // forward
        // def estimate_pi(seed: int, per_thread: int, inside: wp.array(dtype=int)):              <L 51>
        // tid = wp.tid()                                                                         <L 52>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 53>
        var_1 = wp::rand_init(var_seed, var_0);
        // count = int(0)                                                                         <L 54>
        var_3 = wp::int(var_2);
        // for k in range(per_thread):                                                            <L 55>
        var_4 = wp::range(var_per_thread);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // x = wp.randf(state, -1.0, 1.0)                                                     <L 56>
            var_9 = wp::randf(var_1, var_7, var_8);
            // y = wp.randf(state, -1.0, 1.0)                                                     <L 57>
            var_13 = wp::randf(var_1, var_11, var_12);
            // if x * x + y * y <= 1.0:                                                           <L 58>
            var_14 = wp::mul(var_9, var_9);
            var_15 = wp::mul(var_13, var_13);
            var_16 = wp::add(var_14, var_15);
            var_18 = (var_16 <= var_17);
            if (var_18) {
                // count += 1                                                                     <L 59>
                var_21 = wp::add(var_3, var_20);
            }
            var_22 = wp::where(var_18, var_21, var_3);
            wp::assign(var_3, var_22);
            goto start_for_0;
        end_for_0:;
        // wp.atomic_add(inside, 0, count)                                                        <L 60>
        var_24 = wp::atomic_add(var_inside, var_23, var_3);
    }
}



extern "C" __global__ void estimate_pi_a378f25b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_per_thread,
    wp::array_t<wp::int32> var_inside,
    wp::int32 adj_seed,
    wp::int32 adj_per_thread,
    wp::array_t<wp::int32> adj_inside)
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
        wp::uint32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = -1.0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = -1.0;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        bool var_18;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::range_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def estimate_pi(seed: int, per_thread: int, inside: wp.array(dtype=int)):              <L 51>
        // tid = wp.tid()                                                                         <L 52>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 53>
        var_1 = wp::rand_init(var_seed, var_0);
        // count = int(0)                                                                         <L 54>
        var_3 = wp::int(var_2);
        // for k in range(per_thread):                                                            <L 55>
        var_4 = wp::range(var_per_thread);
        // wp.atomic_add(inside, 0, count)                                                        <L 60>
        // var_24 = wp::atomic_add(var_inside, var_23, var_3);
        //---------
        // reverse
        wp::adj_atomic_add(var_inside, var_23, var_3, adj_inside, adj_23, adj_3, adj_24);
        // adj: wp.atomic_add(inside, 0, count)                                                   <L 60>
        var_4 = wp::iter_reverse(var_4);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // x = wp.randf(state, -1.0, 1.0)                                                     <L 56>
            var_9 = wp::randf(var_1, var_7, var_8);
            // y = wp.randf(state, -1.0, 1.0)                                                     <L 57>
            var_13 = wp::randf(var_1, var_11, var_12);
            // if x * x + y * y <= 1.0:                                                           <L 58>
            var_14 = wp::mul(var_9, var_9);
            var_15 = wp::mul(var_13, var_13);
            var_16 = wp::add(var_14, var_15);
            var_18 = (var_16 <= var_17);
            if (var_18) {
                // count += 1                                                                     <L 59>
                var_21 = wp::add(var_3, var_20);
            }
            var_22 = wp::where(var_18, var_21, var_3);
            wp::assign(var_3, var_22);
            wp::adj_assign(var_3, var_22, adj_3, adj_22);
            wp::adj_where(var_18, var_21, var_3, adj_18, adj_21, adj_3, adj_22);
            if (var_18) {
                wp::adj_add(var_3, var_20, adj_3, adj_20, adj_21);
                // adj: count += 1                                                                <L 59>
            }
            wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_mul(var_13, var_13, adj_13, adj_13, adj_15);
            wp::adj_mul(var_9, var_9, adj_9, adj_9, adj_14);
            // adj: if x * x + y * y <= 1.0:                                                      <L 58>
            // adj: y = wp.randf(state, -1.0, 1.0)                                                <L 57>
            // adj: x = wp.randf(state, -1.0, 1.0)                                                <L 56>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_per_thread, adj_per_thread, adj_4);
        // adj: for k in range(per_thread):                                                       <L 55>
        wp::adj_int(var_2, adj_2, adj_3);
        // adj: count = int(0)                                                                    <L 54>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 53>
        // adj: tid = wp.tid()                                                                    <L 52>
        // adj: def estimate_pi(seed: int, per_thread: int, inside: wp.array(dtype=int)):         <L 51>
        continue;
    }
}



extern "C" __global__ void random_directions_effdc697_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_disk,
    wp::array_t<wp::uint32> var_bits)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::uint32 var_4;
        //---------
        // forward
        // def random_directions(seed: int, dirs: wp.array(dtype=wp.vec3), disk: wp.array(dtype=wp.vec2), bits: wp.array(dtype=wp.uint32)):       <L 64>
        // tid = wp.tid()                                                                         <L 65>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 66>
        var_1 = wp::rand_init(var_seed, var_0);
        // dirs[tid] = wp.sample_unit_sphere_surface(state)                                       <L 67>
        var_2 = wp::sample_unit_sphere_surface(var_1);
        wp::array_store(var_dirs, var_0, var_2);
        // disk[tid] = wp.sample_unit_disk(state)                                                 <L 68>
        var_3 = wp::sample_unit_disk(var_1);
        wp::array_store(var_disk, var_0, var_3);
        // bits[tid] = wp.randu(state)                                                            <L 69>
        var_4 = wp::randu(var_1);
        wp::array_store(var_bits, var_0, var_4);
    }
}



extern "C" __global__ void random_directions_effdc697_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_disk,
    wp::array_t<wp::uint32> var_bits,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_disk,
    wp::array_t<wp::uint32> adj_bits)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::uint32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::uint32 adj_4 = {};
        //---------
        // forward
        // def random_directions(seed: int, dirs: wp.array(dtype=wp.vec3), disk: wp.array(dtype=wp.vec2), bits: wp.array(dtype=wp.uint32)):       <L 64>
        // tid = wp.tid()                                                                         <L 65>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 66>
        var_1 = wp::rand_init(var_seed, var_0);
        // dirs[tid] = wp.sample_unit_sphere_surface(state)                                       <L 67>
        var_2 = wp::sample_unit_sphere_surface(var_1);
        // wp::array_store(var_dirs, var_0, var_2);
        // disk[tid] = wp.sample_unit_disk(state)                                                 <L 68>
        var_3 = wp::sample_unit_disk(var_1);
        // wp::array_store(var_disk, var_0, var_3);
        // bits[tid] = wp.randu(state)                                                            <L 69>
        var_4 = wp::randu(var_1);
        // wp::array_store(var_bits, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_bits, var_0, var_4, adj_bits, adj_0, adj_4);
        // adj: bits[tid] = wp.randu(state)                                                       <L 69>
        wp::adj_array_store(var_disk, var_0, var_3, adj_disk, adj_0, adj_3);
        // adj: disk[tid] = wp.sample_unit_disk(state)                                            <L 68>
        wp::adj_array_store(var_dirs, var_0, var_2, adj_dirs, adj_0, adj_2);
        // adj: dirs[tid] = wp.sample_unit_sphere_surface(state)                                  <L 67>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 66>
        // adj: tid = wp.tid()                                                                    <L 65>
        // adj: def random_directions(seed: int, dirs: wp.array(dtype=wp.vec3), disk: wp.array(dtype=wp.vec2), bits: wp.array(dtype=wp.uint32)):  <L 64>
        continue;
    }
}

