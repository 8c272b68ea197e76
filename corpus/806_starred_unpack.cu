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


// corpus/806_starred_unpack.py:8
static CUDA_CALLABLE wp::float32 sum3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def sum3(a: float, b: float, c: float):                                                <L 9>
    // return a + b + c                                                                       <L 10>
    var_0 = wp::add(var_a, var_b);
    var_1 = wp::add(var_0, var_c);
    return var_1;
}


// corpus/806_starred_unpack.py:8
static CUDA_CALLABLE void adj_sum3_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_c,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_c,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def sum3(a: float, b: float, c: float):                                                <L 9>
    // return a + b + c                                                                       <L 10>
    var_0 = wp::add(var_a, var_b);
    var_1 = wp::add(var_0, var_c);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_0, var_c, adj_0, adj_c, adj_1);
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return a + b + c                                                                  <L 10>
    // adj: def sum3(a: float, b: float, c: float):                                           <L 9>
    return;
}



extern "C" __global__ void unpack_kernel_fbc13abf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_vs,
    wp::array_t<wp::quat_t<wp::float32>> var_qs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_ms,
    wp::array_t<wp::float32> var_arr,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 4;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::int32 var_20 = 3;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        const wp::int32 var_23 = -1;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::float32 var_34;
        const wp::int32 var_35 = 0;
        wp::float32 var_36;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        const wp::int32 var_44 = 2;
        wp::float32 var_45;
        const wp::float32 var_46 = 4.0;
        wp::vec_t<4, wp::float32> var_47;
        wp::mat_t<3, 3, wp::float32>* var_48;
        const wp::int32 var_49 = 0;
        wp::vec_t<3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::int32 var_52 = 1;
        wp::vec_t<3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        const wp::int32 var_55 = 2;
        wp::vec_t<3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        const wp::int32 var_59 = 2;
        const wp::int32 var_60 = 0;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 1;
        wp::vec_t<3, wp::float32> var_63;
        wp::mat_t<3, 2, wp::float32> var_64;
        wp::transform_t<wp::float32> var_65;
        const wp::int32 var_66 = 3;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        const wp::int32 var_71 = 2;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        const wp::int32 var_74 = 2;
        const wp::int32 var_75 = 0;
        const wp::int32 var_76 = 6;
        const wp::int32 var_77 = 0;
        wp::float32* var_78;
        const wp::int32 var_79 = 2;
        wp::float32* var_80;
        const wp::int32 var_81 = 4;
        wp::float32* var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        wp::float32 var_88;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        wp::float32 var_94;
        const wp::int32 var_95 = 1;
        wp::float32 var_96;
        const wp::int32 var_97 = 2;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = -2;
        const wp::int32 var_102 = 3;
        wp::float32 var_103;
        const wp::int32 var_104 = 1;
        wp::float32 var_105;
        wp::vec_t<2, wp::float32> var_106;
        wp::vec_t<3, wp::float32> var_107;
        const wp::int32 var_108 = 0;
        wp::float32 var_109;
        const wp::int32 var_110 = 3;
        wp::float32 var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::int32 var_114 = 1;
        const wp::int32 var_115 = 4;
        const wp::int32 var_116 = 1;
        wp::float32* var_117;
        const wp::int32 var_118 = 2;
        wp::float32* var_119;
        const wp::int32 var_120 = 3;
        wp::float32* var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::vec_t<3, wp::float32> var_126;
        const wp::int32 var_127 = 0;
        const wp::int32 var_128 = 0;
        wp::float32 var_129;
        const wp::int32 var_130 = 1;
        const wp::int32 var_131 = 1;
        wp::float32 var_132;
        const wp::int32 var_133 = 2;
        const wp::int32 var_134 = 0;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        const wp::int32 var_139 = 0;
        wp::float32 var_140;
        const wp::int32 var_141 = 1;
        wp::float32 var_142;
        const wp::float32 var_143 = 0.0;
        wp::vec_t<3, wp::float32> var_144;
        wp::vec_t<3, wp::float32> var_145;
        //---------
        // forward
        // def unpack_kernel(                                                                     <L 14>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // v = vs[i]                                                                              <L 22>
        var_1 = wp::address(var_vs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = qs[i]                                                                              <L 23>
        var_4 = wp::address(var_qs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // a = wp.vec3(*v[:3])                                                                    <L 24>
        var_9 = wp::extract(var_2, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
        // b = wp.vec2(*v[1:4:2])                                                                 <L 25>
        var_19 = wp::extract(var_2, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::vec_t<2, wp::float32>(var_19, var_21);
        // c = wp.vec3(*q[:-1])                                                                   <L 26>
        var_25 = wp::extract(var_5, var_24);
        var_27 = wp::extract(var_5, var_26);
        var_29 = wp::extract(var_5, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_25, var_27, var_29);
        // d = wp.vec4(*b, *b)                                                                    <L 27>
        var_32 = wp::extract(var_22, var_31);
        var_34 = wp::extract(var_22, var_33);
        var_36 = wp::extract(var_22, var_35);
        var_38 = wp::extract(var_22, var_37);
        var_39 = wp::vec_t<4, wp::float32>(var_32, var_34, var_36, var_38);
        // e = wp.vec4(*a, 4.0)                                                                   <L 28>
        var_41 = wp::extract(var_14, var_40);
        var_43 = wp::extract(var_14, var_42);
        var_45 = wp::extract(var_14, var_44);
        var_47 = wp::vec_t<4, wp::float32>(var_41, var_43, var_45, var_46);
        // m = wp.matrix_from_rows(*ms[i])                                                        <L 29>
        var_48 = wp::address(var_ms, var_0);
        var_51 = wp::load(var_48);
        var_50 = wp::extract(var_51, var_49);
        var_54 = wp::load(var_48);
        var_53 = wp::extract(var_54, var_52);
        var_57 = wp::load(var_48);
        var_56 = wp::extract(var_57, var_55);
        var_58 = wp::matrix_from_rows<wp::float32>(var_50, var_53, var_56);
        // n = wp.matrix_from_cols(*m[:2])                                                        <L 30>
        var_61 = wp::extract(var_58, var_60);
        var_63 = wp::extract(var_58, var_62);
        var_64 = wp::matrix_from_cols<3, 2, wp::float32>({var_61, var_63});
        // t = wp.transform_identity()                                                            <L 31>
        var_65 = wp::transform_identity<wp::float32>();
        // p = wp.vec3(*t[:3])                                                                    <L 32>
        var_68 = wp::extract(var_65, var_67);
        var_70 = wp::extract(var_65, var_69);
        var_72 = wp::extract(var_65, var_71);
        var_73 = wp::vec_t<3, wp::float32>(var_68, var_70, var_72);
        // s = sum3(*arr[0:6:2]) + wp.max(*b) + sum3(*c)                                          <L 33>
        var_78 = wp::address(var_arr, var_77);
        var_80 = wp::address(var_arr, var_79);
        var_82 = wp::address(var_arr, var_81);
        var_84 = wp::load(var_78);
        var_85 = wp::load(var_80);
        var_86 = wp::load(var_82);
        var_83 = sum3_0(var_84, var_85, var_86);
        var_88 = wp::extract(var_22, var_87);
        var_90 = wp::extract(var_22, var_89);
        var_91 = wp::max(var_88, var_90);
        var_92 = wp::add(var_83, var_91);
        var_94 = wp::extract(var_30, var_93);
        var_96 = wp::extract(var_30, var_95);
        var_98 = wp::extract(var_30, var_97);
        var_99 = sum3_0(var_94, var_96, var_98);
        var_100 = wp::add(var_92, var_99);
        // r = wp.vec2(*v[::-2])                                                                  <L 34>
        var_103 = wp::extract(var_2, var_102);
        var_105 = wp::extract(var_2, var_104);
        var_106 = wp::vec_t<2, wp::float32>(var_103, var_105);
        // out[i] = a + c + wp.vec3(d[0], e[3], s) + wp.vec3(*arr[1:4]) + wp.vec3(n[0, 0], n[1, 1], n[2, 0]) + p + wp.vec3(r[0], r[1], 0.0)       <L 35>
        var_107 = wp::add(var_14, var_30);
        var_109 = wp::extract(var_39, var_108);
        var_111 = wp::extract(var_47, var_110);
        var_112 = wp::vec_t<3, wp::float32>(var_109, var_111, var_100);
        var_113 = wp::add(var_107, var_112);
        var_117 = wp::address(var_arr, var_116);
        var_119 = wp::address(var_arr, var_118);
        var_121 = wp::address(var_arr, var_120);
        var_123 = wp::load(var_117);
        var_124 = wp::load(var_119);
        var_125 = wp::load(var_121);
        var_122 = wp::vec_t<3, wp::float32>(var_123, var_124, var_125);
        var_126 = wp::add(var_113, var_122);
        var_129 = wp::extract(var_64, var_127, var_128);
        var_132 = wp::extract(var_64, var_130, var_131);
        var_135 = wp::extract(var_64, var_133, var_134);
        var_136 = wp::vec_t<3, wp::float32>(var_129, var_132, var_135);
        var_137 = wp::add(var_126, var_136);
        var_138 = wp::add(var_137, var_73);
        var_140 = wp::extract(var_106, var_139);
        var_142 = wp::extract(var_106, var_141);
        var_144 = wp::vec_t<3, wp::float32>(var_140, var_142, var_143);
        var_145 = wp::add(var_138, var_144);
        wp::array_store(var_out, var_0, var_145);
    }
}



extern "C" __global__ void unpack_kernel_fbc13abf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_vs,
    wp::array_t<wp::quat_t<wp::float32>> var_qs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_ms,
    wp::array_t<wp::float32> var_arr,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_vs,
    wp::array_t<wp::quat_t<wp::float32>> adj_qs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_ms,
    wp::array_t<wp::float32> adj_arr,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        const wp::int32 var_7 = 3;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 4;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::int32 var_20 = 3;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        const wp::int32 var_23 = -1;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 1;
        wp::float32 var_34;
        const wp::int32 var_35 = 0;
        wp::float32 var_36;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        const wp::int32 var_44 = 2;
        wp::float32 var_45;
        const wp::float32 var_46 = 4.0;
        wp::vec_t<4, wp::float32> var_47;
        wp::mat_t<3, 3, wp::float32>* var_48;
        const wp::int32 var_49 = 0;
        wp::vec_t<3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::int32 var_52 = 1;
        wp::vec_t<3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        const wp::int32 var_55 = 2;
        wp::vec_t<3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        const wp::int32 var_59 = 2;
        const wp::int32 var_60 = 0;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 1;
        wp::vec_t<3, wp::float32> var_63;
        wp::mat_t<3, 2, wp::float32> var_64;
        wp::transform_t<wp::float32> var_65;
        const wp::int32 var_66 = 3;
        const wp::int32 var_67 = 0;
        wp::float32 var_68;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        const wp::int32 var_71 = 2;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        const wp::int32 var_74 = 2;
        const wp::int32 var_75 = 0;
        const wp::int32 var_76 = 6;
        const wp::int32 var_77 = 0;
        wp::float32* var_78;
        const wp::int32 var_79 = 2;
        wp::float32* var_80;
        const wp::int32 var_81 = 4;
        wp::float32* var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        wp::float32 var_88;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        wp::float32 var_94;
        const wp::int32 var_95 = 1;
        wp::float32 var_96;
        const wp::int32 var_97 = 2;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = -2;
        const wp::int32 var_102 = 3;
        wp::float32 var_103;
        const wp::int32 var_104 = 1;
        wp::float32 var_105;
        wp::vec_t<2, wp::float32> var_106;
        wp::vec_t<3, wp::float32> var_107;
        const wp::int32 var_108 = 0;
        wp::float32 var_109;
        const wp::int32 var_110 = 3;
        wp::float32 var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::int32 var_114 = 1;
        const wp::int32 var_115 = 4;
        const wp::int32 var_116 = 1;
        wp::float32* var_117;
        const wp::int32 var_118 = 2;
        wp::float32* var_119;
        const wp::int32 var_120 = 3;
        wp::float32* var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::vec_t<3, wp::float32> var_126;
        const wp::int32 var_127 = 0;
        const wp::int32 var_128 = 0;
        wp::float32 var_129;
        const wp::int32 var_130 = 1;
        const wp::int32 var_131 = 1;
        wp::float32 var_132;
        const wp::int32 var_133 = 2;
        const wp::int32 var_134 = 0;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        const wp::int32 var_139 = 0;
        wp::float32 var_140;
        const wp::int32 var_141 = 1;
        wp::float32 var_142;
        const wp::float32 var_143 = 0.0;
        wp::vec_t<3, wp::float32> var_144;
        wp::vec_t<3, wp::float32> var_145;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<4, wp::float32> adj_47 = {};
        wp::mat_t<3, 3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::mat_t<3, 3, wp::float32> adj_51 = {};
        wp::int32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::mat_t<3, 3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::mat_t<3, 3, wp::float32> adj_57 = {};
        wp::mat_t<3, 3, wp::float32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::int32 adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::mat_t<3, 2, wp::float32> adj_64 = {};
        wp::transform_t<wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::vec_t<2, wp::float32> adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::int32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::vec_t<3, wp::float32> adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::vec_t<3, wp::float32> adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::vec_t<3, wp::float32> adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        wp::vec_t<3, wp::float32> adj_138 = {};
        wp::int32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::vec_t<3, wp::float32> adj_144 = {};
        wp::vec_t<3, wp::float32> adj_145 = {};
        //---------
        // forward
        // def unpack_kernel(                                                                     <L 14>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // v = vs[i]                                                                              <L 22>
        var_1 = wp::address(var_vs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = qs[i]                                                                              <L 23>
        var_4 = wp::address(var_qs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // a = wp.vec3(*v[:3])                                                                    <L 24>
        var_9 = wp::extract(var_2, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::vec_t<3, wp::float32>(var_9, var_11, var_13);
        // b = wp.vec2(*v[1:4:2])                                                                 <L 25>
        var_19 = wp::extract(var_2, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::vec_t<2, wp::float32>(var_19, var_21);
        // c = wp.vec3(*q[:-1])                                                                   <L 26>
        var_25 = wp::extract(var_5, var_24);
        var_27 = wp::extract(var_5, var_26);
        var_29 = wp::extract(var_5, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_25, var_27, var_29);
        // d = wp.vec4(*b, *b)                                                                    <L 27>
        var_32 = wp::extract(var_22, var_31);
        var_34 = wp::extract(var_22, var_33);
        var_36 = wp::extract(var_22, var_35);
        var_38 = wp::extract(var_22, var_37);
        var_39 = wp::vec_t<4, wp::float32>(var_32, var_34, var_36, var_38);
        // e = wp.vec4(*a, 4.0)                                                                   <L 28>
        var_41 = wp::extract(var_14, var_40);
        var_43 = wp::extract(var_14, var_42);
        var_45 = wp::extract(var_14, var_44);
        var_47 = wp::vec_t<4, wp::float32>(var_41, var_43, var_45, var_46);
        // m = wp.matrix_from_rows(*ms[i])                                                        <L 29>
        var_48 = wp::address(var_ms, var_0);
        var_51 = wp::load(var_48);
        var_50 = wp::extract(var_51, var_49);
        var_54 = wp::load(var_48);
        var_53 = wp::extract(var_54, var_52);
        var_57 = wp::load(var_48);
        var_56 = wp::extract(var_57, var_55);
        var_58 = wp::matrix_from_rows<wp::float32>(var_50, var_53, var_56);
        // n = wp.matrix_from_cols(*m[:2])                                                        <L 30>
        var_61 = wp::extract(var_58, var_60);
        var_63 = wp::extract(var_58, var_62);
        var_64 = wp::matrix_from_cols<3, 2, wp::float32>({var_61, var_63});
        // t = wp.transform_identity()                                                            <L 31>
        var_65 = wp::transform_identity<wp::float32>();
        // p = wp.vec3(*t[:3])                                                                    <L 32>
        var_68 = wp::extract(var_65, var_67);
        var_70 = wp::extract(var_65, var_69);
        var_72 = wp::extract(var_65, var_71);
        var_73 = wp::vec_t<3, wp::float32>(var_68, var_70, var_72);
        // s = sum3(*arr[0:6:2]) + wp.max(*b) + sum3(*c)                                          <L 33>
        var_78 = wp::address(var_arr, var_77);
        var_80 = wp::address(var_arr, var_79);
        var_82 = wp::address(var_arr, var_81);
        var_84 = wp::load(var_78);
        var_85 = wp::load(var_80);
        var_86 = wp::load(var_82);
        var_83 = sum3_0(var_84, var_85, var_86);
        var_88 = wp::extract(var_22, var_87);
        var_90 = wp::extract(var_22, var_89);
        var_91 = wp::max(var_88, var_90);
        var_92 = wp::add(var_83, var_91);
        var_94 = wp::extract(var_30, var_93);
        var_96 = wp::extract(var_30, var_95);
        var_98 = wp::extract(var_30, var_97);
        var_99 = sum3_0(var_94, var_96, var_98);
        var_100 = wp::add(var_92, var_99);
        // r = wp.vec2(*v[::-2])                                                                  <L 34>
        var_103 = wp::extract(var_2, var_102);
        var_105 = wp::extract(var_2, var_104);
        var_106 = wp::vec_t<2, wp::float32>(var_103, var_105);
        // out[i] = a + c + wp.vec3(d[0], e[3], s) + wp.vec3(*arr[1:4]) + wp.vec3(n[0, 0], n[1, 1], n[2, 0]) + p + wp.vec3(r[0], r[1], 0.0)       <L 35>
        var_107 = wp::add(var_14, var_30);
        var_109 = wp::extract(var_39, var_108);
        var_111 = wp::extract(var_47, var_110);
        var_112 = wp::vec_t<3, wp::float32>(var_109, var_111, var_100);
        var_113 = wp::add(var_107, var_112);
        var_117 = wp::address(var_arr, var_116);
        var_119 = wp::address(var_arr, var_118);
        var_121 = wp::address(var_arr, var_120);
        var_123 = wp::load(var_117);
        var_124 = wp::load(var_119);
        var_125 = wp::load(var_121);
        var_122 = wp::vec_t<3, wp::float32>(var_123, var_124, var_125);
        var_126 = wp::add(var_113, var_122);
        var_129 = wp::extract(var_64, var_127, var_128);
        var_132 = wp::extract(var_64, var_130, var_131);
        var_135 = wp::extract(var_64, var_133, var_134);
        var_136 = wp::vec_t<3, wp::float32>(var_129, var_132, var_135);
        var_137 = wp::add(var_126, var_136);
        var_138 = wp::add(var_137, var_73);
        var_140 = wp::extract(var_106, var_139);
        var_142 = wp::extract(var_106, var_141);
        var_144 = wp::vec_t<3, wp::float32>(var_140, var_142, var_143);
        var_145 = wp::add(var_138, var_144);
        // wp::array_store(var_out, var_0, var_145);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_145, adj_out, adj_0, adj_145);
        wp::adj_add(var_138, var_144, adj_138, adj_144, adj_145);
        wp::adj_vec_t(var_140, var_142, var_143, adj_140, adj_142, adj_143, adj_144);
        wp::adj_extract(var_106, var_141, adj_106, adj_141, adj_142);
        wp::adj_extract(var_106, var_139, adj_106, adj_139, adj_140);
        wp::adj_add(var_137, var_73, adj_137, adj_73, adj_138);
        wp::adj_add(var_126, var_136, adj_126, adj_136, adj_137);
        wp::adj_vec_t(var_129, var_132, var_135, adj_129, adj_132, adj_135, adj_136);
        wp::adj_extract(var_64, var_133, var_134, adj_64, adj_133, adj_134, adj_135);
        wp::adj_extract(var_64, var_130, var_131, adj_64, adj_130, adj_131, adj_132);
        wp::adj_extract(var_64, var_127, var_128, adj_64, adj_127, adj_128, adj_129);
        wp::adj_add(var_113, var_122, adj_113, adj_122, adj_126);
        wp::adj_vec_t(var_123, var_124, var_125, adj_117, adj_119, adj_121, adj_122);
        wp::adj_address(var_arr, var_120, adj_arr, adj_120, adj_121);
        wp::adj_address(var_arr, var_118, adj_arr, adj_118, adj_119);
        wp::adj_address(var_arr, var_116, adj_arr, adj_116, adj_117);
        wp::adj_add(var_107, var_112, adj_107, adj_112, adj_113);
        wp::adj_vec_t(var_109, var_111, var_100, adj_109, adj_111, adj_100, adj_112);
        wp::adj_extract(var_47, var_110, adj_47, adj_110, adj_111);
        wp::adj_extract(var_39, var_108, adj_39, adj_108, adj_109);
        wp::adj_add(var_14, var_30, adj_14, adj_30, adj_107);
        // adj: out[i] = a + c + wp.vec3(d[0], e[3], s) + wp.vec3(*arr[1:4]) + wp.vec3(n[0, 0], n[1, 1], n[2, 0]) + p + wp.vec3(r[0], r[1], 0.0)  <L 35>
        wp::adj_vec_t(var_103, var_105, adj_103, adj_105, adj_106);
        wp::adj_extract(var_2, var_104, adj_2, adj_104, adj_105);
        wp::adj_extract(var_2, var_102, adj_2, adj_102, adj_103);
        // adj: r = wp.vec2(*v[::-2])                                                             <L 34>
        wp::adj_add(var_92, var_99, adj_92, adj_99, adj_100);
        adj_sum3_0(var_94, var_96, var_98, adj_94, adj_96, adj_98, adj_99);
        wp::adj_extract(var_30, var_97, adj_30, adj_97, adj_98);
        wp::adj_extract(var_30, var_95, adj_30, adj_95, adj_96);
        wp::adj_extract(var_30, var_93, adj_30, adj_93, adj_94);
        wp::adj_add(var_83, var_91, adj_83, adj_91, adj_92);
        wp::adj_max(var_88, var_90, adj_88, adj_90, adj_91);
        wp::adj_extract(var_22, var_89, adj_22, adj_89, adj_90);
        wp::adj_extract(var_22, var_87, adj_22, adj_87, adj_88);
        adj_sum3_0(var_84, var_85, var_86, adj_78, adj_80, adj_82, adj_83);
        wp::adj_address(var_arr, var_81, adj_arr, adj_81, adj_82);
        wp::adj_address(var_arr, var_79, adj_arr, adj_79, adj_80);
        wp::adj_address(var_arr, var_77, adj_arr, adj_77, adj_78);
        // adj: s = sum3(*arr[0:6:2]) + wp.max(*b) + sum3(*c)                                     <L 33>
        wp::adj_vec_t(var_68, var_70, var_72, adj_68, adj_70, adj_72, adj_73);
        wp::adj_extract(var_65, var_71, adj_65, adj_71, adj_72);
        wp::adj_extract(var_65, var_69, adj_65, adj_69, adj_70);
        wp::adj_extract(var_65, var_67, adj_65, adj_67, adj_68);
        // adj: p = wp.vec3(*t[:3])                                                               <L 32>
        // adj: t = wp.transform_identity()                                                       <L 31>
        wp::adj_matrix_from_cols({var_61, var_63}, {&adj_61, &adj_63}, adj_64);
        wp::adj_extract(var_58, var_62, adj_58, adj_62, adj_63);
        wp::adj_extract(var_58, var_60, adj_58, adj_60, adj_61);
        // adj: n = wp.matrix_from_cols(*m[:2])                                                   <L 30>
        wp::adj_matrix_from_rows(var_50, var_53, var_56, adj_50, adj_53, adj_56, adj_58);
        wp::adj_extract(var_57, var_55, adj_48, adj_55, adj_56);
        wp::adj_extract(var_54, var_52, adj_48, adj_52, adj_53);
        wp::adj_extract(var_51, var_49, adj_48, adj_49, adj_50);
        wp::adj_address(var_ms, var_0, adj_ms, adj_0, adj_48);
        // adj: m = wp.matrix_from_rows(*ms[i])                                                   <L 29>
        wp::adj_vec_t(var_41, var_43, var_45, var_46, adj_41, adj_43, adj_45, adj_46, adj_47);
        wp::adj_extract(var_14, var_44, adj_14, adj_44, adj_45);
        wp::adj_extract(var_14, var_42, adj_14, adj_42, adj_43);
        wp::adj_extract(var_14, var_40, adj_14, adj_40, adj_41);
        // adj: e = wp.vec4(*a, 4.0)                                                              <L 28>
        wp::adj_vec_t(var_32, var_34, var_36, var_38, adj_32, adj_34, adj_36, adj_38, adj_39);
        wp::adj_extract(var_22, var_37, adj_22, adj_37, adj_38);
        wp::adj_extract(var_22, var_35, adj_22, adj_35, adj_36);
        wp::adj_extract(var_22, var_33, adj_22, adj_33, adj_34);
        wp::adj_extract(var_22, var_31, adj_22, adj_31, adj_32);
        // adj: d = wp.vec4(*b, *b)                                                               <L 27>
        wp::adj_vec_t(var_25, var_27, var_29, adj_25, adj_27, adj_29, adj_30);
        wp::adj_extract(var_5, var_28, adj_5, adj_28, adj_29);
        wp::adj_extract(var_5, var_26, adj_5, adj_26, adj_27);
        wp::adj_extract(var_5, var_24, adj_5, adj_24, adj_25);
        // adj: c = wp.vec3(*q[:-1])                                                              <L 26>
        wp::adj_vec_t(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: b = wp.vec2(*v[1:4:2])                                                            <L 25>
        wp::adj_vec_t(var_9, var_11, var_13, adj_9, adj_11, adj_13, adj_14);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: a = wp.vec3(*v[:3])                                                               <L 24>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_qs, var_0, adj_qs, adj_0, adj_4);
        // adj: q = qs[i]                                                                         <L 23>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_1);
        // adj: v = vs[i]                                                                         <L 22>
        // adj: i = wp.tid()                                                                      <L 21>
        // adj: def unpack_kernel(                                                                <L 14>
        continue;
    }
}

