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


// corpus/193_voxel_dda_raycast.py:4
static CUDA_CALLABLE void dda_init_0(
    wp::float32 var_o,
    wp::float32 var_d,
    wp::int32 var_cell,
    wp::float32 var_h,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = -1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1e+30;
    const wp::float32 var_21 = 1e+30;
    //---------
    // forward
    // def dda_init(o: float, d: float, cell: int, h: float):                                 <L 5>
    // if d > 0.0:                                                                            <L 6>
    var_1 = (var_d > var_0);
    if (var_1) {
        // return 1, (float(cell + 1) * h - o) / d, h / d                                     <L 7>
        var_4 = wp::add(var_cell, var_3);
        var_5 = wp::float(var_4);
        var_6 = wp::mul(var_5, var_h);
        var_7 = wp::sub(var_6, var_o);
        var_8 = wp::div(var_7, var_d);
        var_9 = wp::div(var_h, var_d);
        ret_0 = var_2;
        ret_1 = var_8;
        ret_2 = var_9;
        return;
    }
    if (!var_1) {
        // elif d < 0.0:                                                                      <L 8>
        var_11 = (var_d < var_10);
        if (var_11) {
            // return -1, (float(cell) * h - o) / d, -h / d                                   <L 9>
            var_13 = wp::float(var_cell);
            var_14 = wp::mul(var_13, var_h);
            var_15 = wp::sub(var_14, var_o);
            var_16 = wp::div(var_15, var_d);
            var_17 = wp::neg(var_h);
            var_18 = wp::div(var_17, var_d);
            ret_0 = var_12;
            ret_1 = var_16;
            ret_2 = var_18;
            return;
        }
    }
    // return 0, 1.0e30, 1.0e30                                                               <L 10>
    ret_0 = var_19;
    ret_1 = var_20;
    ret_2 = var_21;
    return;
}


// corpus/193_voxel_dda_raycast.py:4
static CUDA_CALLABLE void adj_dda_init_0(
    wp::float32 var_o,
    wp::float32 var_d,
    wp::int32 var_cell,
    wp::float32 var_h,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & adj_o,
    wp::float32 & adj_d,
    wp::int32 & adj_cell,
    wp::float32 & adj_h,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = -1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1e+30;
    const wp::float32 var_21 = 1e+30;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def dda_init(o: float, d: float, cell: int, h: float):                                 <L 5>
    // if d > 0.0:                                                                            <L 6>
    var_1 = (var_d > var_0);
    if (var_1) {
        // return 1, (float(cell + 1) * h - o) / d, h / d                                     <L 7>
        var_4 = wp::add(var_cell, var_3);
        var_5 = wp::float(var_4);
        var_6 = wp::mul(var_5, var_h);
        var_7 = wp::sub(var_6, var_o);
        var_8 = wp::div(var_7, var_d);
        var_9 = wp::div(var_h, var_d);
        ret_0 = var_2;
        ret_1 = var_8;
        ret_2 = var_9;
        goto label0;
    }
    if (!var_1) {
        // elif d < 0.0:                                                                      <L 8>
        var_11 = (var_d < var_10);
        if (var_11) {
            // return -1, (float(cell) * h - o) / d, -h / d                                   <L 9>
            var_13 = wp::float(var_cell);
            var_14 = wp::mul(var_13, var_h);
            var_15 = wp::sub(var_14, var_o);
            var_16 = wp::div(var_15, var_d);
            var_17 = wp::neg(var_h);
            var_18 = wp::div(var_17, var_d);
            ret_0 = var_12;
            ret_1 = var_16;
            ret_2 = var_18;
            goto label1;
        }
    }
    // return 0, 1.0e30, 1.0e30                                                               <L 10>
    ret_0 = var_19;
    ret_1 = var_20;
    ret_2 = var_21;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_21 += adj_ret_2;
    adj_20 += adj_ret_1;
    adj_19 += adj_ret_0;
    // adj: return 0, 1.0e30, 1.0e30                                                          <L 10>
    if (!var_1) {
        if (var_11) {
            label1:;
            adj_18 += adj_ret_2;
            adj_16 += adj_ret_1;
            adj_12 += adj_ret_0;
            wp::adj_div(var_17, var_d, var_18, adj_17, adj_d, adj_18);
            wp::adj_neg(var_h, adj_h, adj_17);
            wp::adj_div(var_15, var_d, var_16, adj_15, adj_d, adj_16);
            wp::adj_sub(var_14, var_o, adj_14, adj_o, adj_15);
            wp::adj_mul(var_13, var_h, adj_13, adj_h, adj_14);
            wp::adj_float(var_cell, adj_cell, adj_13);
            // adj: return -1, (float(cell) * h - o) / d, -h / d                              <L 9>
        }
        // adj: elif d < 0.0:                                                                 <L 8>
    }
    if (var_1) {
        label0:;
        adj_9 += adj_ret_2;
        adj_8 += adj_ret_1;
        adj_2 += adj_ret_0;
        wp::adj_div(var_h, var_d, var_9, adj_h, adj_d, adj_9);
        wp::adj_div(var_7, var_d, var_8, adj_7, adj_d, adj_8);
        wp::adj_sub(var_6, var_o, adj_6, adj_o, adj_7);
        wp::adj_mul(var_5, var_h, adj_5, adj_h, adj_6);
        wp::adj_float(var_4, adj_4, adj_5);
        wp::adj_add(var_cell, var_3, adj_cell, adj_3, adj_4);
        // adj: return 1, (float(cell + 1) * h - o) / d, h / d                                <L 7>
    }
    // adj: if d > 0.0:                                                                       <L 6>
    // adj: def dda_init(o: float, d: float, cell: int, h: float):                            <L 5>
    return;
}



extern "C" __global__ void raycast_voxels_8af8e09b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_occ,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::int32 var_max_steps,
    wp::array_t<wp::vec_t<3, wp::int32>> var_hit_cell,
    wp::array_t<wp::float32> var_hit_t)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::int32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        const wp::int32 var_52 = -1;
        const wp::int32 var_53 = -1;
        const wp::int32 var_54 = -1;
        wp::vec_t<3, wp::int32> var_55;
        const wp::float32 var_56 = -1.0;
        wp::range_t var_57;
        wp::int32 var_58;
        bool var_59;
        const wp::int32 var_60 = 0;
        wp::int32 var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        const wp::int32 var_66 = 0;
        bool var_67;
        const wp::int32 var_68 = 2;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        const wp::int32 var_72 = 0;
        wp::int32 var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 0;
        wp::int32 var_76;
        wp::shape_t var_77;
        bool var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::shape_t* var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        wp::shape_t var_84;
        bool var_85;
        const wp::int32 var_86 = 2;
        wp::int32 var_87;
        wp::shape_t* var_88;
        const wp::int32 var_89 = 2;
        wp::int32 var_90;
        wp::shape_t var_91;
        bool var_92;
        const wp::int32 var_93 = 0;
        wp::int32 var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        const wp::int32 var_97 = 2;
        wp::int32 var_98;
        wp::uint8* var_99;
        const wp::int32 var_100 = 0;
        wp::uint8 var_101;
        bool var_102;
        wp::uint8 var_103;
        bool var_104;
        bool var_105;
        bool var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::int32 var_109 = 0;
        wp::int32 var_110;
        wp::int32 var_111;
        const wp::int32 var_112 = 0;
        bool var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 2;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        //---------
        // forward
        // def raycast_voxels(occ: wp.array3d(dtype=wp.uint8), h: float, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_steps: int, hit_cell: wp.array(dtype=wp.vec3i), hit_t: wp.array(dtype=float)):       <L 14>
        // r = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 16>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[r])                                                              <L 17>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // c = wp.vec3i(int(wp.floor(o[0] / h)), int(wp.floor(o[1] / h)), int(wp.floor(o[2] / h)))       <L 18>
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::div(var_8, var_h);
        var_10 = wp::floor(var_9);
        var_11 = wp::int(var_10);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::div(var_13, var_h);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_2, var_17);
        var_19 = wp::div(var_18, var_h);
        var_20 = wp::floor(var_19);
        var_21 = wp::int(var_20);
        var_22 = wp::vec_t<3, wp::int32>(var_11, var_16, var_21);
        // sx, tx, dx = dda_init(o[0], d[0], c[0], h)                                             <L 19>
        var_24 = wp::extract(var_2, var_23);
        var_26 = wp::extract(var_5, var_25);
        var_28 = wp::extract(var_22, var_27);
        dda_init_0(var_24, var_26, var_28, var_h, var_29, var_30, var_31);
        // sy, ty, dy = dda_init(o[1], d[1], c[1], h)                                             <L 20>
        var_33 = wp::extract(var_2, var_32);
        var_35 = wp::extract(var_5, var_34);
        var_37 = wp::extract(var_22, var_36);
        dda_init_0(var_33, var_35, var_37, var_h, var_38, var_39, var_40);
        // sz, tz, dz = dda_init(o[2], d[2], c[2], h)                                             <L 21>
        var_42 = wp::extract(var_2, var_41);
        var_44 = wp::extract(var_5, var_43);
        var_46 = wp::extract(var_22, var_45);
        dda_init_0(var_42, var_44, var_46, var_h, var_47, var_48, var_49);
        // t = float(0.0)                                                                         <L 22>
        var_51 = wp::float(var_50);
        // hit_cell[r] = wp.vec3i(-1, -1, -1)                                                     <L 23>
        var_55 = wp::vec_t<3, wp::int32>(var_52, var_53, var_54);
        wp::array_store(var_hit_cell, var_0, var_55);
        // hit_t[r] = -1.0                                                                        <L 24>
        wp::array_store(var_hit_t, var_0, var_56);
        // for s in range(max_steps):                                                             <L 25>
        var_57 = wp::range(var_max_steps);
        start_for_0:;
            if (iter_cmp(var_57) == 0) goto end_for_0;
            var_58 = wp::iter_next(var_57);
            // if c[0] < 0 or c[1] < 0 or c[2] < 0 or c[0] >= occ.shape[0] or c[1] >= occ.shape[1] or c[2] >= occ.shape[2]:       <L 26>
            var_61 = wp::extract(var_22, var_60);
            var_63 = (var_61 < var_62);
            var_59 = var_63;
            if (!var_59) {
                var_65 = wp::extract(var_22, var_64);
                var_67 = (var_65 < var_66);
                var_59 = var_59 || var_67;
            }
            if (!var_59) {
                var_69 = wp::extract(var_22, var_68);
                var_71 = (var_69 < var_70);
                var_59 = var_59 || var_71;
            }
            if (!var_59) {
                var_73 = wp::extract(var_22, var_72);
                var_74 = &(var_occ.shape);
                var_77 = wp::load(var_74);
                var_76 = wp::extract(var_77, var_75);
                var_78 = (var_73 >= var_76);
                var_59 = var_59 || var_78;
            }
            if (!var_59) {
                var_80 = wp::extract(var_22, var_79);
                var_81 = &(var_occ.shape);
                var_84 = wp::load(var_81);
                var_83 = wp::extract(var_84, var_82);
                var_85 = (var_80 >= var_83);
                var_59 = var_59 || var_85;
            }
            if (!var_59) {
                var_87 = wp::extract(var_22, var_86);
                var_88 = &(var_occ.shape);
                var_91 = wp::load(var_88);
                var_90 = wp::extract(var_91, var_89);
                var_92 = (var_87 >= var_90);
                var_59 = var_59 || var_92;
            }
            if (var_59) {
                // return                                                                         <L 27>
                continue;
            }
            // if occ[c[0], c[1], c[2]] != wp.uint8(0):                                           <L 28>
            var_94 = wp::extract(var_22, var_93);
            var_96 = wp::extract(var_22, var_95);
            var_98 = wp::extract(var_22, var_97);
            var_99 = wp::address(var_occ, var_94, var_96, var_98);
            var_101 = wp::uint8(var_100);
            var_103 = wp::load(var_99);
            var_102 = (var_103 != var_101);
            if (var_102) {
                // hit_cell[r] = c                                                                <L 29>
                wp::array_store(var_hit_cell, var_0, var_22);
                // hit_t[r] = t                                                                   <L 30>
                wp::array_store(var_hit_t, var_0, var_51);
                // return                                                                         <L 31>
                continue;
            }
            // if tx < ty and tx < tz:                                                            <L 32>
            var_105 = (var_30 < var_39);
            var_104 = var_105;
            if (var_104) {
                var_106 = (var_30 < var_48);
                var_104 = var_104 && var_106;
            }
            if (var_104) {
                // t = tx                                                                         <L 33>
                var_107 = wp::copy(var_30);
                // tx += dx                                                                       <L 34>
                var_108 = wp::add(var_30, var_31);
                // c[0] = c[0] + sx                                                               <L 35>
                var_110 = wp::extract(var_22, var_109);
                var_111 = wp::add(var_110, var_29);
                wp::assign_inplace(var_22, var_112, var_111);
            }
            if (!var_104) {
                // elif ty < tz:                                                                  <L 36>
                var_113 = (var_39 < var_48);
                if (var_113) {
                    // t = ty                                                                     <L 37>
                    var_114 = wp::copy(var_39);
                    // ty += dy                                                                   <L 38>
                    var_115 = wp::add(var_39, var_40);
                    // c[1] = c[1] + sy                                                           <L 39>
                    var_117 = wp::extract(var_22, var_116);
                    var_118 = wp::add(var_117, var_38);
                    wp::assign_inplace(var_22, var_119, var_118);
                }
                if (!var_113) {
                    // t = tz                                                                     <L 41>
                    var_120 = wp::copy(var_48);
                    // tz += dz                                                                   <L 42>
                    var_121 = wp::add(var_48, var_49);
                    // c[2] = c[2] + sz                                                           <L 43>
                    var_123 = wp::extract(var_22, var_122);
                    var_124 = wp::add(var_123, var_47);
                    wp::assign_inplace(var_22, var_125, var_124);
                }
                var_126 = wp::where(var_113, var_115, var_39);
                var_127 = wp::where(var_113, var_48, var_121);
                var_128 = wp::where(var_113, var_114, var_120);
            }
            var_129 = wp::where(var_104, var_108, var_30);
            var_130 = wp::where(var_104, var_39, var_126);
            var_131 = wp::where(var_104, var_48, var_127);
            var_132 = wp::where(var_104, var_107, var_128);
            wp::assign(var_30, var_129);
            wp::assign(var_39, var_130);
            wp::assign(var_48, var_131);
            wp::assign(var_51, var_132);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void raycast_voxels_8af8e09b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_occ,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::int32 var_max_steps,
    wp::array_t<wp::vec_t<3, wp::int32>> var_hit_cell,
    wp::array_t<wp::float32> var_hit_t,
    wp::array_t<wp::uint8> adj_occ,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::int32 adj_max_steps,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_hit_cell,
    wp::array_t<wp::float32> adj_hit_t)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::int32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        const wp::int32 var_52 = -1;
        const wp::int32 var_53 = -1;
        const wp::int32 var_54 = -1;
        wp::vec_t<3, wp::int32> var_55;
        const wp::float32 var_56 = -1.0;
        wp::range_t var_57;
        wp::int32 var_58;
        bool var_59;
        const wp::int32 var_60 = 0;
        wp::int32 var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        const wp::int32 var_66 = 0;
        bool var_67;
        const wp::int32 var_68 = 2;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        const wp::int32 var_72 = 0;
        wp::int32 var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 0;
        wp::int32 var_76;
        wp::shape_t var_77;
        bool var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::shape_t* var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        wp::shape_t var_84;
        bool var_85;
        const wp::int32 var_86 = 2;
        wp::int32 var_87;
        wp::shape_t* var_88;
        const wp::int32 var_89 = 2;
        wp::int32 var_90;
        wp::shape_t var_91;
        bool var_92;
        const wp::int32 var_93 = 0;
        wp::int32 var_94;
        const wp::int32 var_95 = 1;
        wp::int32 var_96;
        const wp::int32 var_97 = 2;
        wp::int32 var_98;
        wp::uint8* var_99;
        const wp::int32 var_100 = 0;
        wp::uint8 var_101;
        bool var_102;
        wp::uint8 var_103;
        bool var_104;
        bool var_105;
        bool var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::int32 var_109 = 0;
        wp::int32 var_110;
        wp::int32 var_111;
        const wp::int32 var_112 = 0;
        bool var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 1;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 2;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::int32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::vec_t<3, wp::int32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::range_t adj_57 = {};
        wp::int32 adj_58 = {};
        bool adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        bool adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::shape_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::shape_t adj_77 = {};
        bool adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::shape_t adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::shape_t adj_84 = {};
        bool adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::shape_t adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::shape_t adj_91 = {};
        bool adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::uint8 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::uint8 adj_101 = {};
        bool adj_102 = {};
        wp::uint8 adj_103 = {};
        bool adj_104 = {};
        bool adj_105 = {};
        bool adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        bool adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        //---------
        // forward
        // def raycast_voxels(occ: wp.array3d(dtype=wp.uint8), h: float, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_steps: int, hit_cell: wp.array(dtype=wp.vec3i), hit_t: wp.array(dtype=float)):       <L 14>
        // r = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 16>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[r])                                                              <L 17>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // c = wp.vec3i(int(wp.floor(o[0] / h)), int(wp.floor(o[1] / h)), int(wp.floor(o[2] / h)))       <L 18>
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::div(var_8, var_h);
        var_10 = wp::floor(var_9);
        var_11 = wp::int(var_10);
        var_13 = wp::extract(var_2, var_12);
        var_14 = wp::div(var_13, var_h);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_2, var_17);
        var_19 = wp::div(var_18, var_h);
        var_20 = wp::floor(var_19);
        var_21 = wp::int(var_20);
        var_22 = wp::vec_t<3, wp::int32>(var_11, var_16, var_21);
        // sx, tx, dx = dda_init(o[0], d[0], c[0], h)                                             <L 19>
        var_24 = wp::extract(var_2, var_23);
        var_26 = wp::extract(var_5, var_25);
        var_28 = wp::extract(var_22, var_27);
        dda_init_0(var_24, var_26, var_28, var_h, var_29, var_30, var_31);
        // sy, ty, dy = dda_init(o[1], d[1], c[1], h)                                             <L 20>
        var_33 = wp::extract(var_2, var_32);
        var_35 = wp::extract(var_5, var_34);
        var_37 = wp::extract(var_22, var_36);
        dda_init_0(var_33, var_35, var_37, var_h, var_38, var_39, var_40);
        // sz, tz, dz = dda_init(o[2], d[2], c[2], h)                                             <L 21>
        var_42 = wp::extract(var_2, var_41);
        var_44 = wp::extract(var_5, var_43);
        var_46 = wp::extract(var_22, var_45);
        dda_init_0(var_42, var_44, var_46, var_h, var_47, var_48, var_49);
        // t = float(0.0)                                                                         <L 22>
        var_51 = wp::float(var_50);
        // hit_cell[r] = wp.vec3i(-1, -1, -1)                                                     <L 23>
        var_55 = wp::vec_t<3, wp::int32>(var_52, var_53, var_54);
        // wp::array_store(var_hit_cell, var_0, var_55);
        // hit_t[r] = -1.0                                                                        <L 24>
        // wp::array_store(var_hit_t, var_0, var_56);
        // for s in range(max_steps):                                                             <L 25>
        var_57 = wp::range(var_max_steps);
        //---------
        // reverse
        var_57 = wp::iter_reverse(var_57);
        start_for_0:;
            if (iter_cmp(var_57) == 0) goto end_for_0;
            var_58 = wp::iter_next(var_57);
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
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
        	adj_91 = {};
        	adj_92 = {};
        	adj_93 = {};
        	adj_94 = {};
        	adj_95 = {};
        	adj_96 = {};
        	adj_97 = {};
        	adj_98 = {};
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
        	adj_119 = {};
        	adj_120 = {};
        	adj_121 = {};
        	adj_122 = {};
        	adj_123 = {};
        	adj_124 = {};
        	adj_125 = {};
        	adj_126 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
            // if c[0] < 0 or c[1] < 0 or c[2] < 0 or c[0] >= occ.shape[0] or c[1] >= occ.shape[1] or c[2] >= occ.shape[2]:       <L 26>
            var_61 = wp::extract(var_22, var_60);
            var_63 = (var_61 < var_62);
            var_59 = var_63;
            if (!var_59) {
                var_65 = wp::extract(var_22, var_64);
                var_67 = (var_65 < var_66);
                var_59 = var_59 || var_67;
            }
            if (!var_59) {
                var_69 = wp::extract(var_22, var_68);
                var_71 = (var_69 < var_70);
                var_59 = var_59 || var_71;
            }
            if (!var_59) {
                var_73 = wp::extract(var_22, var_72);
                var_74 = &(var_occ.shape);
                var_77 = wp::load(var_74);
                var_76 = wp::extract(var_77, var_75);
                var_78 = (var_73 >= var_76);
                var_59 = var_59 || var_78;
            }
            if (!var_59) {
                var_80 = wp::extract(var_22, var_79);
                var_81 = &(var_occ.shape);
                var_84 = wp::load(var_81);
                var_83 = wp::extract(var_84, var_82);
                var_85 = (var_80 >= var_83);
                var_59 = var_59 || var_85;
            }
            if (!var_59) {
                var_87 = wp::extract(var_22, var_86);
                var_88 = &(var_occ.shape);
                var_91 = wp::load(var_88);
                var_90 = wp::extract(var_91, var_89);
                var_92 = (var_87 >= var_90);
                var_59 = var_59 || var_92;
            }
            if (var_59) {
                // return                                                                         <L 27>
                goto label2;
            }
            // if occ[c[0], c[1], c[2]] != wp.uint8(0):                                           <L 28>
            var_94 = wp::extract(var_22, var_93);
            var_96 = wp::extract(var_22, var_95);
            var_98 = wp::extract(var_22, var_97);
            var_99 = wp::address(var_occ, var_94, var_96, var_98);
            var_101 = wp::uint8(var_100);
            var_103 = wp::load(var_99);
            var_102 = (var_103 != var_101);
            if (var_102) {
                // hit_cell[r] = c                                                                <L 29>
                // wp::array_store(var_hit_cell, var_0, var_22);
                // hit_t[r] = t                                                                   <L 30>
                // wp::array_store(var_hit_t, var_0, var_51);
                // return                                                                         <L 31>
                goto label3;
            }
            // if tx < ty and tx < tz:                                                            <L 32>
            var_105 = (var_30 < var_39);
            var_104 = var_105;
            if (var_104) {
                var_106 = (var_30 < var_48);
                var_104 = var_104 && var_106;
            }
            if (var_104) {
                // t = tx                                                                         <L 33>
                var_107 = wp::copy(var_30);
                // tx += dx                                                                       <L 34>
                var_108 = wp::add(var_30, var_31);
                // c[0] = c[0] + sx                                                               <L 35>
                var_110 = wp::extract(var_22, var_109);
                var_111 = wp::add(var_110, var_29);
                wp::assign_inplace(var_22, var_112, var_111);
            }
            if (!var_104) {
                // elif ty < tz:                                                                  <L 36>
                var_113 = (var_39 < var_48);
                if (var_113) {
                    // t = ty                                                                     <L 37>
                    var_114 = wp::copy(var_39);
                    // ty += dy                                                                   <L 38>
                    var_115 = wp::add(var_39, var_40);
                    // c[1] = c[1] + sy                                                           <L 39>
                    var_117 = wp::extract(var_22, var_116);
                    var_118 = wp::add(var_117, var_38);
                    wp::assign_inplace(var_22, var_119, var_118);
                }
                if (!var_113) {
                    // t = tz                                                                     <L 41>
                    var_120 = wp::copy(var_48);
                    // tz += dz                                                                   <L 42>
                    var_121 = wp::add(var_48, var_49);
                    // c[2] = c[2] + sz                                                           <L 43>
                    var_123 = wp::extract(var_22, var_122);
                    var_124 = wp::add(var_123, var_47);
                    wp::assign_inplace(var_22, var_125, var_124);
                }
                var_126 = wp::where(var_113, var_115, var_39);
                var_127 = wp::where(var_113, var_48, var_121);
                var_128 = wp::where(var_113, var_114, var_120);
            }
            var_129 = wp::where(var_104, var_108, var_30);
            var_130 = wp::where(var_104, var_39, var_126);
            var_131 = wp::where(var_104, var_48, var_127);
            var_132 = wp::where(var_104, var_107, var_128);
            wp::assign(var_30, var_129);
            wp::assign(var_39, var_130);
            wp::assign(var_48, var_131);
            wp::assign(var_51, var_132);
            wp::adj_assign(var_51, var_132, adj_51, adj_132);
            wp::adj_assign(var_48, var_131, adj_48, adj_131);
            wp::adj_assign(var_39, var_130, adj_39, adj_130);
            wp::adj_assign(var_30, var_129, adj_30, adj_129);
            wp::adj_where(var_104, var_107, var_128, adj_104, adj_107, adj_128, adj_132);
            wp::adj_where(var_104, var_48, var_127, adj_104, adj_48, adj_127, adj_131);
            wp::adj_where(var_104, var_39, var_126, adj_104, adj_39, adj_126, adj_130);
            wp::adj_where(var_104, var_108, var_30, adj_104, adj_108, adj_30, adj_129);
            if (!var_104) {
                wp::adj_where(var_113, var_114, var_120, adj_113, adj_114, adj_120, adj_128);
                wp::adj_where(var_113, var_48, var_121, adj_113, adj_48, adj_121, adj_127);
                wp::adj_where(var_113, var_115, var_39, adj_113, adj_115, adj_39, adj_126);
                if (!var_113) {
                    wp::adj_assign_inplace(var_22, var_125, var_124, adj_22, adj_125, adj_124);
                    wp::adj_add(var_123, var_47, adj_123, adj_47, adj_124);
                    wp::adj_extract(var_22, var_122, adj_22, adj_122, adj_123);
                    // adj: c[2] = c[2] + sz                                                      <L 43>
                    wp::adj_add(var_48, var_49, adj_48, adj_49, adj_121);
                    // adj: tz += dz                                                              <L 42>
                    wp::adj_copy(var_48, adj_48, adj_120);
                    // adj: t = tz                                                                <L 41>
                }
                if (var_113) {
                    wp::adj_assign_inplace(var_22, var_119, var_118, adj_22, adj_119, adj_118);
                    wp::adj_add(var_117, var_38, adj_117, adj_38, adj_118);
                    wp::adj_extract(var_22, var_116, adj_22, adj_116, adj_117);
                    // adj: c[1] = c[1] + sy                                                      <L 39>
                    wp::adj_add(var_39, var_40, adj_39, adj_40, adj_115);
                    // adj: ty += dy                                                              <L 38>
                    wp::adj_copy(var_39, adj_39, adj_114);
                    // adj: t = ty                                                                <L 37>
                }
                // adj: elif ty < tz:                                                             <L 36>
            }
            if (var_104) {
                wp::adj_assign_inplace(var_22, var_112, var_111, adj_22, adj_112, adj_111);
                wp::adj_add(var_110, var_29, adj_110, adj_29, adj_111);
                wp::adj_extract(var_22, var_109, adj_22, adj_109, adj_110);
                // adj: c[0] = c[0] + sx                                                          <L 35>
                wp::adj_add(var_30, var_31, adj_30, adj_31, adj_108);
                // adj: tx += dx                                                                  <L 34>
                wp::adj_copy(var_30, adj_30, adj_107);
                // adj: t = tx                                                                    <L 33>
            }
            if (var_104) {
            }
            // adj: if tx < ty and tx < tz:                                                       <L 32>
            if (var_102) {
                label3:;
                // adj: return                                                                    <L 31>
                wp::adj_array_store(var_hit_t, var_0, var_51, adj_hit_t, adj_0, adj_51);
                // adj: hit_t[r] = t                                                              <L 30>
                wp::adj_array_store(var_hit_cell, var_0, var_22, adj_hit_cell, adj_0, adj_22);
                // adj: hit_cell[r] = c                                                           <L 29>
            }
            wp::adj_address(var_occ, var_94, var_96, var_98, adj_occ, adj_94, adj_96, adj_98, adj_99);
            wp::adj_extract(var_22, var_97, adj_22, adj_97, adj_98);
            wp::adj_extract(var_22, var_95, adj_22, adj_95, adj_96);
            wp::adj_extract(var_22, var_93, adj_22, adj_93, adj_94);
            // adj: if occ[c[0], c[1], c[2]] != wp.uint8(0):                                      <L 28>
            if (var_59) {
                label2:;
                // adj: return                                                                    <L 27>
            }
            if (!var_59) {
                adj_occ.shape = adj_88;
                wp::adj_extract(var_22, var_86, adj_22, adj_86, adj_87);
            }
            if (!var_59) {
                adj_occ.shape = adj_81;
                wp::adj_extract(var_22, var_79, adj_22, adj_79, adj_80);
            }
            if (!var_59) {
                adj_occ.shape = adj_74;
                wp::adj_extract(var_22, var_72, adj_22, adj_72, adj_73);
            }
            if (!var_59) {
                wp::adj_extract(var_22, var_68, adj_22, adj_68, adj_69);
            }
            if (!var_59) {
                wp::adj_extract(var_22, var_64, adj_22, adj_64, adj_65);
            }
            wp::adj_extract(var_22, var_60, adj_22, adj_60, adj_61);
            // adj: if c[0] < 0 or c[1] < 0 or c[2] < 0 or c[0] >= occ.shape[0] or c[1] >= occ.shape[1] or c[2] >= occ.shape[2]:  <L 26>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(max_steps):                                                        <L 25>
        wp::adj_array_store(var_hit_t, var_0, var_56, adj_hit_t, adj_0, adj_56);
        // adj: hit_t[r] = -1.0                                                                   <L 24>
        wp::adj_array_store(var_hit_cell, var_0, var_55, adj_hit_cell, adj_0, adj_55);
        wp::adj_vec_t(var_52, var_53, var_54, adj_52, adj_53, adj_54, adj_55);
        // adj: hit_cell[r] = wp.vec3i(-1, -1, -1)                                                <L 23>
        wp::adj_float(var_50, adj_50, adj_51);
        // adj: t = float(0.0)                                                                    <L 22>
        adj_dda_init_0(var_42, var_44, var_46, var_h, var_47, var_48, var_49, adj_42, adj_44, adj_46, adj_h, adj_47, adj_48, adj_49);
        wp::adj_extract(var_22, var_45, adj_22, adj_45, adj_46);
        wp::adj_extract(var_5, var_43, adj_5, adj_43, adj_44);
        wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
        // adj: sz, tz, dz = dda_init(o[2], d[2], c[2], h)                                        <L 21>
        adj_dda_init_0(var_33, var_35, var_37, var_h, var_38, var_39, var_40, adj_33, adj_35, adj_37, adj_h, adj_38, adj_39, adj_40);
        wp::adj_extract(var_22, var_36, adj_22, adj_36, adj_37);
        wp::adj_extract(var_5, var_34, adj_5, adj_34, adj_35);
        wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
        // adj: sy, ty, dy = dda_init(o[1], d[1], c[1], h)                                        <L 20>
        adj_dda_init_0(var_24, var_26, var_28, var_h, var_29, var_30, var_31, adj_24, adj_26, adj_28, adj_h, adj_29, adj_30, adj_31);
        wp::adj_extract(var_22, var_27, adj_22, adj_27, adj_28);
        wp::adj_extract(var_5, var_25, adj_5, adj_25, adj_26);
        wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_24);
        // adj: sx, tx, dx = dda_init(o[0], d[0], c[0], h)                                        <L 19>
        wp::adj_vec_t(var_11, var_16, var_21, adj_11, adj_16, adj_21, adj_22);
        wp::adj_div(var_18, var_h, var_19, adj_18, adj_h, adj_19);
        wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
        wp::adj_div(var_13, var_h, var_14, adj_13, adj_h, adj_14);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_div(var_8, var_h, var_9, adj_8, adj_h, adj_9);
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: c = wp.vec3i(int(wp.floor(o[0] / h)), int(wp.floor(o[1] / h)), int(wp.floor(o[2] / h)))  <L 18>
        wp::adj_normalize(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
        // adj: d = wp.normalize(dirs[r])                                                         <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
        // adj: o = origins[r]                                                                    <L 16>
        // adj: r = wp.tid()                                                                      <L 15>
        // adj: def raycast_voxels(occ: wp.array3d(dtype=wp.uint8), h: float, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_steps: int, hit_cell: wp.array(dtype=wp.vec3i), hit_t: wp.array(dtype=float)):  <L 14>
        continue;
    }
}



extern "C" __global__ void voxelize_spheres_7cf18d55_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::float32 var_h,
    wp::array_t<wp::uint8> var_occ)
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
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        bool var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::uint8 var_28;
        const wp::int32 var_29 = 0;
        wp::uint8 var_30;
        //---------
        // forward
        // def voxelize_spheres(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), h: float, occ: wp.array3d(dtype=wp.uint8)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5) * h                        <L 49>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::float(var_2);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_5, var_8, var_11);
        var_13 = wp::mul(var_12, var_h);
        // for s in range(centers.shape[0]):                                                      <L 50>
        var_14 = &(var_centers.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
            // if wp.length(p - centers[s]) <= radii[s]:                                          <L 51>
            var_20 = wp::address(var_centers, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_13, var_22);
            var_23 = wp::length(var_21);
            var_24 = wp::address(var_radii, var_19);
            var_26 = wp::load(var_24);
            var_25 = (var_23 <= var_26);
            if (var_25) {
                // occ[i, j, k] = wp.uint8(1)                                                     <L 52>
                var_28 = wp::uint8(var_27);
                wp::array_store(var_occ, var_0, var_1, var_2, var_28);
                // return                                                                         <L 53>
                continue;
            }
            goto start_for_0;
        end_for_0:;
        // occ[i, j, k] = wp.uint8(0)                                                             <L 54>
        var_30 = wp::uint8(var_29);
        wp::array_store(var_occ, var_0, var_1, var_2, var_30);
    }
}



extern "C" __global__ void voxelize_spheres_7cf18d55_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::float32 var_h,
    wp::array_t<wp::uint8> var_occ,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::float32 adj_h,
    wp::array_t<wp::uint8> adj_occ)
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
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        bool var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::uint8 var_28;
        const wp::int32 var_29 = 0;
        wp::uint8 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::uint8 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::uint8 adj_30 = {};
        //---------
        // forward
        // def voxelize_spheres(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), h: float, occ: wp.array3d(dtype=wp.uint8)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5) * h                        <L 49>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::float(var_2);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_5, var_8, var_11);
        var_13 = wp::mul(var_12, var_h);
        // for s in range(centers.shape[0]):                                                      <L 50>
        var_14 = &(var_centers.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        // occ[i, j, k] = wp.uint8(0)                                                             <L 54>
        var_30 = wp::uint8(var_29);
        // wp::array_store(var_occ, var_0, var_1, var_2, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_occ, var_0, var_1, var_2, var_30, adj_occ, adj_0, adj_1, adj_2, adj_30);
        // adj: occ[i, j, k] = wp.uint8(0)                                                        <L 54>
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
            // if wp.length(p - centers[s]) <= radii[s]:                                          <L 51>
            var_20 = wp::address(var_centers, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_13, var_22);
            var_23 = wp::length(var_21);
            var_24 = wp::address(var_radii, var_19);
            var_26 = wp::load(var_24);
            var_25 = (var_23 <= var_26);
            if (var_25) {
                // occ[i, j, k] = wp.uint8(1)                                                     <L 52>
                var_28 = wp::uint8(var_27);
                // wp::array_store(var_occ, var_0, var_1, var_2, var_28);
                // return                                                                         <L 53>
                goto label2;
            }
            if (var_25) {
                label2:;
                // adj: return                                                                    <L 53>
                wp::adj_array_store(var_occ, var_0, var_1, var_2, var_28, adj_occ, adj_0, adj_1, adj_2, adj_28);
                // adj: occ[i, j, k] = wp.uint8(1)                                                <L 52>
            }
            wp::adj_address(var_radii, var_19, adj_radii, adj_19, adj_24);
            wp::adj_length(var_21, var_23, adj_21, adj_23);
            wp::adj_sub(var_13, var_22, adj_13, adj_20, adj_21);
            wp::adj_address(var_centers, var_19, adj_centers, adj_19, adj_20);
            // adj: if wp.length(p - centers[s]) <= radii[s]:                                     <L 51>
        	goto start_for_0;
        end_for_0:;
        adj_centers.shape = adj_14;
        // adj: for s in range(centers.shape[0]):                                                 <L 50>
        wp::adj_mul(var_12, var_h, adj_12, adj_h, adj_13);
        wp::adj_vec_t(var_5, var_8, var_11, adj_5, adj_8, adj_11, adj_12);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_float(var_2, adj_2, adj_9);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5) * h                   <L 49>
        // adj: i, j, k = wp.tid()                                                                <L 48>
        // adj: def voxelize_spheres(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), h: float, occ: wp.array3d(dtype=wp.uint8)):  <L 47>
        continue;
    }
}



extern "C" __global__ void surface_voxels_5a5746c5_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::uint8> var_occ,
    wp::array_t<wp::int32> var_surface)
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
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        const bool var_20 = false;
        bool var_21;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        bool var_37;
        const bool var_38 = true;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::uint8* var_42;
        const wp::int32 var_43 = 0;
        wp::uint8 var_44;
        bool var_45;
        wp::uint8 var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::uint8* var_49;
        const wp::int32 var_50 = 0;
        wp::uint8 var_51;
        bool var_52;
        wp::uint8 var_53;
        const bool var_54 = true;
        bool var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::uint8* var_58;
        const wp::int32 var_59 = 0;
        wp::uint8 var_60;
        bool var_61;
        wp::uint8 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::uint8* var_65;
        const wp::int32 var_66 = 0;
        wp::uint8 var_67;
        bool var_68;
        wp::uint8 var_69;
        const bool var_70 = true;
        bool var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::uint8* var_74;
        const wp::int32 var_75 = 0;
        wp::uint8 var_76;
        bool var_77;
        wp::uint8 var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::uint8* var_81;
        const wp::int32 var_82 = 0;
        wp::uint8 var_83;
        bool var_84;
        wp::uint8 var_85;
        const bool var_86 = true;
        bool var_87;
        bool var_88;
        bool var_89;
        bool var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        //---------
        // forward
        // def surface_voxels(occ: wp.array3d(dtype=wp.uint8), surface: wp.array(dtype=int)):       <L 58>
        // i, j, k = wp.tid()                                                                     <L 59>
        builtin_tid3d(var_0, var_1, var_2);
        // if occ[i, j, k] == wp.uint8(0):                                                        <L 60>
        var_3 = wp::address(var_occ, var_0, var_1, var_2);
        var_5 = wp::uint8(var_4);
        var_7 = wp::load(var_3);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 61>
            continue;
        }
        // nx = occ.shape[0]                                                                      <L 62>
        var_8 = &(var_occ.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = occ.shape[1]                                                                      <L 63>
        var_12 = &(var_occ.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = occ.shape[2]                                                                      <L 64>
        var_16 = &(var_occ.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // exposed = bool(False)                                                                  <L 65>
        var_21 = bool(var_20);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 66>
        var_24 = (var_0 == var_23);
        var_22 = var_24;
        if (!var_22) {
            var_26 = (var_1 == var_25);
            var_22 = var_22 || var_26;
        }
        if (!var_22) {
            var_28 = (var_2 == var_27);
            var_22 = var_22 || var_28;
        }
        if (!var_22) {
            var_30 = wp::sub(var_10, var_29);
            var_31 = (var_0 == var_30);
            var_22 = var_22 || var_31;
        }
        if (!var_22) {
            var_33 = wp::sub(var_14, var_32);
            var_34 = (var_1 == var_33);
            var_22 = var_22 || var_34;
        }
        if (!var_22) {
            var_36 = wp::sub(var_18, var_35);
            var_37 = (var_2 == var_36);
            var_22 = var_22 || var_37;
        }
        if (var_22) {
            // exposed = True                                                                     <L 67>
        }
        if (!var_22) {
            // elif occ[i - 1, j, k] == wp.uint8(0) or occ[i + 1, j, k] == wp.uint8(0):           <L 68>
            var_41 = wp::sub(var_0, var_40);
            var_42 = wp::address(var_occ, var_41, var_1, var_2);
            var_44 = wp::uint8(var_43);
            var_46 = wp::load(var_42);
            var_45 = (var_46 == var_44);
            var_39 = var_45;
            if (!var_39) {
                var_48 = wp::add(var_0, var_47);
                var_49 = wp::address(var_occ, var_48, var_1, var_2);
                var_51 = wp::uint8(var_50);
                var_53 = wp::load(var_49);
                var_52 = (var_53 == var_51);
                var_39 = var_39 || var_52;
            }
            if (var_39) {
                // exposed = True                                                                 <L 69>
            }
            if (!var_39) {
                // elif occ[i, j - 1, k] == wp.uint8(0) or occ[i, j + 1, k] == wp.uint8(0):       <L 70>
                var_57 = wp::sub(var_1, var_56);
                var_58 = wp::address(var_occ, var_0, var_57, var_2);
                var_60 = wp::uint8(var_59);
                var_62 = wp::load(var_58);
                var_61 = (var_62 == var_60);
                var_55 = var_61;
                if (!var_55) {
                    var_64 = wp::add(var_1, var_63);
                    var_65 = wp::address(var_occ, var_0, var_64, var_2);
                    var_67 = wp::uint8(var_66);
                    var_69 = wp::load(var_65);
                    var_68 = (var_69 == var_67);
                    var_55 = var_55 || var_68;
                }
                if (var_55) {
                    // exposed = True                                                             <L 71>
                }
                if (!var_55) {
                    // elif occ[i, j, k - 1] == wp.uint8(0) or occ[i, j, k + 1] == wp.uint8(0):       <L 72>
                    var_73 = wp::sub(var_2, var_72);
                    var_74 = wp::address(var_occ, var_0, var_1, var_73);
                    var_76 = wp::uint8(var_75);
                    var_78 = wp::load(var_74);
                    var_77 = (var_78 == var_76);
                    var_71 = var_77;
                    if (!var_71) {
                        var_80 = wp::add(var_2, var_79);
                        var_81 = wp::address(var_occ, var_0, var_1, var_80);
                        var_83 = wp::uint8(var_82);
                        var_85 = wp::load(var_81);
                        var_84 = (var_85 == var_83);
                        var_71 = var_71 || var_84;
                    }
                    if (var_71) {
                        // exposed = True                                                         <L 73>
                    }
                    var_87 = wp::where(var_71, var_86, var_21);
                }
                var_88 = wp::where(var_55, var_70, var_87);
            }
            var_89 = wp::where(var_39, var_54, var_88);
        }
        var_90 = wp::where(var_22, var_38, var_89);
        // if exposed:                                                                            <L 74>
        if (var_90) {
            // wp.atomic_add(surface, 0, 1)                                                       <L 75>
            var_93 = wp::atomic_add(var_surface, var_91, var_92);
        }
    }
}



extern "C" __global__ void surface_voxels_5a5746c5_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::uint8> var_occ,
    wp::array_t<wp::int32> var_surface,
    wp::array_t<wp::uint8> adj_occ,
    wp::array_t<wp::int32> adj_surface)
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
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        const bool var_20 = false;
        bool var_21;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        bool var_37;
        const bool var_38 = true;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::uint8* var_42;
        const wp::int32 var_43 = 0;
        wp::uint8 var_44;
        bool var_45;
        wp::uint8 var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::uint8* var_49;
        const wp::int32 var_50 = 0;
        wp::uint8 var_51;
        bool var_52;
        wp::uint8 var_53;
        const bool var_54 = true;
        bool var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::uint8* var_58;
        const wp::int32 var_59 = 0;
        wp::uint8 var_60;
        bool var_61;
        wp::uint8 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::uint8* var_65;
        const wp::int32 var_66 = 0;
        wp::uint8 var_67;
        bool var_68;
        wp::uint8 var_69;
        const bool var_70 = true;
        bool var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::uint8* var_74;
        const wp::int32 var_75 = 0;
        wp::uint8 var_76;
        bool var_77;
        wp::uint8 var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::uint8* var_81;
        const wp::int32 var_82 = 0;
        wp::uint8 var_83;
        bool var_84;
        wp::uint8 var_85;
        const bool var_86 = true;
        bool var_87;
        bool var_88;
        bool var_89;
        bool var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
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
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        bool adj_20 = {};
        bool adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        bool adj_37 = {};
        bool adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::uint8 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::uint8 adj_44 = {};
        bool adj_45 = {};
        wp::uint8 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::uint8 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::uint8 adj_51 = {};
        bool adj_52 = {};
        wp::uint8 adj_53 = {};
        bool adj_54 = {};
        bool adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::uint8 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::uint8 adj_60 = {};
        bool adj_61 = {};
        wp::uint8 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::uint8 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::uint8 adj_67 = {};
        bool adj_68 = {};
        wp::uint8 adj_69 = {};
        bool adj_70 = {};
        bool adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::uint8 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::uint8 adj_76 = {};
        bool adj_77 = {};
        wp::uint8 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::uint8 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::uint8 adj_83 = {};
        bool adj_84 = {};
        wp::uint8 adj_85 = {};
        bool adj_86 = {};
        bool adj_87 = {};
        bool adj_88 = {};
        bool adj_89 = {};
        bool adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        //---------
        // forward
        // def surface_voxels(occ: wp.array3d(dtype=wp.uint8), surface: wp.array(dtype=int)):       <L 58>
        // i, j, k = wp.tid()                                                                     <L 59>
        builtin_tid3d(var_0, var_1, var_2);
        // if occ[i, j, k] == wp.uint8(0):                                                        <L 60>
        var_3 = wp::address(var_occ, var_0, var_1, var_2);
        var_5 = wp::uint8(var_4);
        var_7 = wp::load(var_3);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 61>
            goto label0;
        }
        // nx = occ.shape[0]                                                                      <L 62>
        var_8 = &(var_occ.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = occ.shape[1]                                                                      <L 63>
        var_12 = &(var_occ.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = occ.shape[2]                                                                      <L 64>
        var_16 = &(var_occ.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // exposed = bool(False)                                                                  <L 65>
        var_21 = bool(var_20);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 66>
        var_24 = (var_0 == var_23);
        var_22 = var_24;
        if (!var_22) {
            var_26 = (var_1 == var_25);
            var_22 = var_22 || var_26;
        }
        if (!var_22) {
            var_28 = (var_2 == var_27);
            var_22 = var_22 || var_28;
        }
        if (!var_22) {
            var_30 = wp::sub(var_10, var_29);
            var_31 = (var_0 == var_30);
            var_22 = var_22 || var_31;
        }
        if (!var_22) {
            var_33 = wp::sub(var_14, var_32);
            var_34 = (var_1 == var_33);
            var_22 = var_22 || var_34;
        }
        if (!var_22) {
            var_36 = wp::sub(var_18, var_35);
            var_37 = (var_2 == var_36);
            var_22 = var_22 || var_37;
        }
        if (var_22) {
            // exposed = True                                                                     <L 67>
        }
        if (!var_22) {
            // elif occ[i - 1, j, k] == wp.uint8(0) or occ[i + 1, j, k] == wp.uint8(0):           <L 68>
            var_41 = wp::sub(var_0, var_40);
            var_42 = wp::address(var_occ, var_41, var_1, var_2);
            var_44 = wp::uint8(var_43);
            var_46 = wp::load(var_42);
            var_45 = (var_46 == var_44);
            var_39 = var_45;
            if (!var_39) {
                var_48 = wp::add(var_0, var_47);
                var_49 = wp::address(var_occ, var_48, var_1, var_2);
                var_51 = wp::uint8(var_50);
                var_53 = wp::load(var_49);
                var_52 = (var_53 == var_51);
                var_39 = var_39 || var_52;
            }
            if (var_39) {
                // exposed = True                                                                 <L 69>
            }
            if (!var_39) {
                // elif occ[i, j - 1, k] == wp.uint8(0) or occ[i, j + 1, k] == wp.uint8(0):       <L 70>
                var_57 = wp::sub(var_1, var_56);
                var_58 = wp::address(var_occ, var_0, var_57, var_2);
                var_60 = wp::uint8(var_59);
                var_62 = wp::load(var_58);
                var_61 = (var_62 == var_60);
                var_55 = var_61;
                if (!var_55) {
                    var_64 = wp::add(var_1, var_63);
                    var_65 = wp::address(var_occ, var_0, var_64, var_2);
                    var_67 = wp::uint8(var_66);
                    var_69 = wp::load(var_65);
                    var_68 = (var_69 == var_67);
                    var_55 = var_55 || var_68;
                }
                if (var_55) {
                    // exposed = True                                                             <L 71>
                }
                if (!var_55) {
                    // elif occ[i, j, k - 1] == wp.uint8(0) or occ[i, j, k + 1] == wp.uint8(0):       <L 72>
                    var_73 = wp::sub(var_2, var_72);
                    var_74 = wp::address(var_occ, var_0, var_1, var_73);
                    var_76 = wp::uint8(var_75);
                    var_78 = wp::load(var_74);
                    var_77 = (var_78 == var_76);
                    var_71 = var_77;
                    if (!var_71) {
                        var_80 = wp::add(var_2, var_79);
                        var_81 = wp::address(var_occ, var_0, var_1, var_80);
                        var_83 = wp::uint8(var_82);
                        var_85 = wp::load(var_81);
                        var_84 = (var_85 == var_83);
                        var_71 = var_71 || var_84;
                    }
                    if (var_71) {
                        // exposed = True                                                         <L 73>
                    }
                    var_87 = wp::where(var_71, var_86, var_21);
                }
                var_88 = wp::where(var_55, var_70, var_87);
            }
            var_89 = wp::where(var_39, var_54, var_88);
        }
        var_90 = wp::where(var_22, var_38, var_89);
        // if exposed:                                                                            <L 74>
        if (var_90) {
            // wp.atomic_add(surface, 0, 1)                                                       <L 75>
            // var_93 = wp::atomic_add(var_surface, var_91, var_92);
        }
        //---------
        // reverse
        if (var_90) {
            wp::adj_atomic_add(var_surface, var_91, var_92, adj_surface, adj_91, adj_92, adj_93);
            // adj: wp.atomic_add(surface, 0, 1)                                                  <L 75>
        }
        // adj: if exposed:                                                                       <L 74>
        wp::adj_where(var_22, var_38, var_89, adj_22, adj_38, adj_89, adj_90);
        if (!var_22) {
            wp::adj_where(var_39, var_54, var_88, adj_39, adj_54, adj_88, adj_89);
            if (!var_39) {
                wp::adj_where(var_55, var_70, var_87, adj_55, adj_70, adj_87, adj_88);
                if (!var_55) {
                    wp::adj_where(var_71, var_86, var_21, adj_71, adj_86, adj_21, adj_87);
                    if (var_71) {
                        // adj: exposed = True                                                    <L 73>
                    }
                    if (!var_71) {
                        wp::adj_address(var_occ, var_0, var_1, var_80, adj_occ, adj_0, adj_1, adj_80, adj_81);
                        wp::adj_add(var_2, var_79, adj_2, adj_79, adj_80);
                    }
                    wp::adj_address(var_occ, var_0, var_1, var_73, adj_occ, adj_0, adj_1, adj_73, adj_74);
                    wp::adj_sub(var_2, var_72, adj_2, adj_72, adj_73);
                    // adj: elif occ[i, j, k - 1] == wp.uint8(0) or occ[i, j, k + 1] == wp.uint8(0):  <L 72>
                }
                if (var_55) {
                    // adj: exposed = True                                                        <L 71>
                }
                if (!var_55) {
                    wp::adj_address(var_occ, var_0, var_64, var_2, adj_occ, adj_0, adj_64, adj_2, adj_65);
                    wp::adj_add(var_1, var_63, adj_1, adj_63, adj_64);
                }
                wp::adj_address(var_occ, var_0, var_57, var_2, adj_occ, adj_0, adj_57, adj_2, adj_58);
                wp::adj_sub(var_1, var_56, adj_1, adj_56, adj_57);
                // adj: elif occ[i, j - 1, k] == wp.uint8(0) or occ[i, j + 1, k] == wp.uint8(0):  <L 70>
            }
            if (var_39) {
                // adj: exposed = True                                                            <L 69>
            }
            if (!var_39) {
                wp::adj_address(var_occ, var_48, var_1, var_2, adj_occ, adj_48, adj_1, adj_2, adj_49);
                wp::adj_add(var_0, var_47, adj_0, adj_47, adj_48);
            }
            wp::adj_address(var_occ, var_41, var_1, var_2, adj_occ, adj_41, adj_1, adj_2, adj_42);
            wp::adj_sub(var_0, var_40, adj_0, adj_40, adj_41);
            // adj: elif occ[i - 1, j, k] == wp.uint8(0) or occ[i + 1, j, k] == wp.uint8(0):      <L 68>
        }
        if (var_22) {
            // adj: exposed = True                                                                <L 67>
        }
        if (!var_22) {
            wp::adj_sub(var_18, var_35, adj_18, adj_35, adj_36);
        }
        if (!var_22) {
            wp::adj_sub(var_14, var_32, adj_14, adj_32, adj_33);
        }
        if (!var_22) {
            wp::adj_sub(var_10, var_29, adj_10, adj_29, adj_30);
        }
        if (!var_22) {
        }
        if (!var_22) {
        }
        // adj: if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:       <L 66>
        // adj: exposed = bool(False)                                                             <L 65>
        adj_occ.shape = adj_16;
        // adj: nz = occ.shape[2]                                                                 <L 64>
        adj_occ.shape = adj_12;
        // adj: ny = occ.shape[1]                                                                 <L 63>
        adj_occ.shape = adj_8;
        // adj: nx = occ.shape[0]                                                                 <L 62>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 61>
        }
        wp::adj_address(var_occ, var_0, var_1, var_2, adj_occ, adj_0, adj_1, adj_2, adj_3);
        // adj: if occ[i, j, k] == wp.uint8(0):                                                   <L 60>
        // adj: i, j, k = wp.tid()                                                                <L 59>
        // adj: def surface_voxels(occ: wp.array3d(dtype=wp.uint8), surface: wp.array(dtype=int)):  <L 58>
        continue;
    }
}

