#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// corpus/098_voxelize_triangles.py:6
static bool point_in_triangle_2d_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 0;
    wp::float32 var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 0;
    wp::float32 var_58;
    const wp::int32 var_59 = 0;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::int32 var_62 = 1;
    wp::float32 var_63;
    const wp::int32 var_64 = 1;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    bool var_69;
    const wp::float32 var_70 = 0.0;
    bool var_71;
    const wp::float32 var_72 = 0.0;
    bool var_73;
    const wp::float32 var_74 = 0.0;
    bool var_75;
    bool var_76;
    const wp::float32 var_77 = 0.0;
    bool var_78;
    const wp::float32 var_79 = 0.0;
    bool var_80;
    const wp::float32 var_81 = 0.0;
    bool var_82;
    bool var_83;
    bool var_84;
    //---------
    // forward
    // def point_in_triangle_2d(p: wp.vec2, a: wp.vec2, b: wp.vec2, c: wp.vec2) -> bool:       <L 7>
    // d1 = (p[0] - b[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (p[1] - b[1])                     <L 8>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::mul(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::sub(var_12, var_14);
    var_17 = wp::extract(var_p, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::mul(var_15, var_20);
    var_22 = wp::sub(var_10, var_21);
    // d2 = (p[0] - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (p[1] - c[1])                     <L 9>
    var_24 = wp::extract(var_p, var_23);
    var_26 = wp::extract(var_c, var_25);
    var_27 = wp::sub(var_24, var_26);
    var_29 = wp::extract(var_b, var_28);
    var_31 = wp::extract(var_c, var_30);
    var_32 = wp::sub(var_29, var_31);
    var_33 = wp::mul(var_27, var_32);
    var_35 = wp::extract(var_b, var_34);
    var_37 = wp::extract(var_c, var_36);
    var_38 = wp::sub(var_35, var_37);
    var_40 = wp::extract(var_p, var_39);
    var_42 = wp::extract(var_c, var_41);
    var_43 = wp::sub(var_40, var_42);
    var_44 = wp::mul(var_38, var_43);
    var_45 = wp::sub(var_33, var_44);
    // d3 = (p[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (p[1] - a[1])                     <L 10>
    var_47 = wp::extract(var_p, var_46);
    var_49 = wp::extract(var_a, var_48);
    var_50 = wp::sub(var_47, var_49);
    var_52 = wp::extract(var_c, var_51);
    var_54 = wp::extract(var_a, var_53);
    var_55 = wp::sub(var_52, var_54);
    var_56 = wp::mul(var_50, var_55);
    var_58 = wp::extract(var_c, var_57);
    var_60 = wp::extract(var_a, var_59);
    var_61 = wp::sub(var_58, var_60);
    var_63 = wp::extract(var_p, var_62);
    var_65 = wp::extract(var_a, var_64);
    var_66 = wp::sub(var_63, var_65);
    var_67 = wp::mul(var_61, var_66);
    var_68 = wp::sub(var_56, var_67);
    // has_neg = d1 < 0.0 or d2 < 0.0 or d3 < 0.0                                             <L 11>
    var_71 = (var_22 < var_70);
    var_69 = var_71;
    if (!var_69) {
        var_73 = (var_45 < var_72);
        var_69 = var_69 || var_73;
    }
    if (!var_69) {
        var_75 = (var_68 < var_74);
        var_69 = var_69 || var_75;
    }
    // has_pos = d1 > 0.0 or d2 > 0.0 or d3 > 0.0                                             <L 12>
    var_78 = (var_22 > var_77);
    var_76 = var_78;
    if (!var_76) {
        var_80 = (var_45 > var_79);
        var_76 = var_76 || var_80;
    }
    if (!var_76) {
        var_82 = (var_68 > var_81);
        var_76 = var_76 || var_82;
    }
    // return not (has_neg and has_pos)                                                       <L 13>
    var_83 = var_69;
    if (var_83) {
        var_83 = var_83 && var_76;
    }
    var_84 = wp::unot(var_83);
    return var_84;
}


// corpus/098_voxelize_triangles.py:16
static void plane_z_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_x,
    wp::float32 var_y,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 2;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-12;
    bool var_7;
    const bool var_8 = false;
    const wp::float32 var_9 = 0.0;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const bool var_29 = true;
    //---------
    // forward
    // def plane_z(a: wp.vec3, b: wp.vec3, c: wp.vec3, x: float, y: float):                   <L 17>
    // n = wp.cross(b - a, c - a)                                                             <L 18>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    // if wp.abs(n[2]) < 1.0e-12:                                                             <L 19>
    var_4 = wp::extract(var_2, var_3);
    var_5 = wp::abs(var_4);
    var_7 = (var_5 < var_6);
    if (var_7) {
        // return False, 0.0                                                                  <L 20>
        ret_0 = var_8;
        ret_1 = var_9;
        return;
    }
    // z = a[2] - (n[0] * (x - a[0]) + n[1] * (y - a[1])) / n[2]                              <L 21>
    var_11 = wp::extract(var_a, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_15 = wp::extract(var_a, var_14);
    var_16 = wp::sub(var_x, var_15);
    var_17 = wp::mul(var_13, var_16);
    var_19 = wp::extract(var_2, var_18);
    var_21 = wp::extract(var_a, var_20);
    var_22 = wp::sub(var_y, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::add(var_17, var_23);
    var_26 = wp::extract(var_2, var_25);
    var_27 = wp::div(var_24, var_26);
    var_28 = wp::sub(var_11, var_27);
    // return True, z                                                                         <L 22>
    ret_0 = var_29;
    ret_1 = var_28;
    return;
}


// corpus/098_voxelize_triangles.py:6
static void adj_point_in_triangle_2d_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> var_c,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_c,
    bool & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/098_voxelize_triangles.py:16
static void adj_plane_z_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_x,
    wp::float32 var_y,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_surface_voxels_3f4744ce {
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::int32>> faces;
    wp::vec_t<3, wp::float32> origin;
    wp::float32 voxel;
    wp::array_t<wp::uint8> grid;
    wp::array_t<wp::int32> marked;
};


void surface_voxels_3f4744ce_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_surface_voxels_3f4744ce *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces = _wp_args->faces;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_voxel = _wp_args->voxel;
    wp::array_t<wp::uint8> var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_marked = _wp_args->marked;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::shape_t var_29;
    wp::shape_t* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::shape_t var_33;
    wp::shape_t* var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::shape_t var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 0;
    wp::int32 var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    wp::int32 var_49;
    const wp::int32 var_50 = 2;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 0;
    wp::int32 var_55;
    const wp::int32 var_56 = 0;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::int32 var_62;
    const wp::int32 var_63 = 1;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::int32 var_66;
    const wp::int32 var_67 = 1;
    wp::int32 var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::int32 var_73;
    const wp::int32 var_74 = 1;
    wp::int32 var_75;
    wp::int32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::range_t var_83;
    wp::int32 var_84;
    const wp::int32 var_85 = 1;
    wp::int32 var_86;
    wp::range_t var_87;
    wp::int32 var_88;
    const wp::int32 var_89 = 1;
    wp::int32 var_90;
    wp::range_t var_91;
    wp::int32 var_92;
    wp::float32 var_93;
    const wp::float32 var_94 = 0.5;
    wp::float32 var_95;
    wp::float32 var_96;
    const wp::float32 var_97 = 0.5;
    wp::float32 var_98;
    wp::float32 var_99;
    const wp::float32 var_100 = 0.5;
    wp::float32 var_101;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    const wp::float32 var_106 = 0.87;
    bool var_107;
    wp::uint8* var_108;
    const wp::int32 var_109 = 0;
    wp::uint8 var_110;
    bool var_111;
    wp::uint8 var_112;
    const wp::int32 var_113 = 1;
    wp::uint8 var_114;
    const wp::int32 var_115 = 0;
    const wp::int32 var_116 = 1;
    wp::int32 var_117;
    //---------
    // forward
    // def surface_voxels(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), origin: wp.vec3, voxel: float, grid: wp.array3d(dtype=wp.uint8), marked: wp.array(dtype=int)):       <L 26>
    // f = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // ids = faces[f]                                                                         <L 28>
    var_1 = wp::address(var_faces, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = (verts[ids[0]] - origin) / voxel                                                   <L 29>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_verts, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_origin);
    var_9 = wp::div(var_7, var_voxel);
    // b = (verts[ids[1]] - origin) / voxel                                                   <L 30>
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::address(var_verts, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::sub(var_14, var_origin);
    var_15 = wp::div(var_13, var_voxel);
    // c = (verts[ids[2]] - origin) / voxel                                                   <L 31>
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::address(var_verts, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_origin);
    var_21 = wp::div(var_19, var_voxel);
    // lo = wp.min(wp.min(a, b), c)                                                           <L 32>
    var_22 = wp::min(var_9, var_15);
    var_23 = wp::min(var_22, var_21);
    // hi = wp.max(wp.max(a, b), c)                                                           <L 33>
    var_24 = wp::max(var_9, var_15);
    var_25 = wp::max(var_24, var_21);
    // nx = grid.shape[0]                                                                     <L 34>
    var_26 = &(var_grid.shape);
    var_29 = wp::load(var_26);
    var_28 = wp::extract(var_29, var_27);
    // ny = grid.shape[1]                                                                     <L 35>
    var_30 = &(var_grid.shape);
    var_33 = wp::load(var_30);
    var_32 = wp::extract(var_33, var_31);
    // nz = grid.shape[2]                                                                     <L 36>
    var_34 = &(var_grid.shape);
    var_37 = wp::load(var_34);
    var_36 = wp::extract(var_37, var_35);
    // i0 = wp.max(int(wp.floor(lo[0])), 0)                                                   <L 37>
    var_39 = wp::extract(var_23, var_38);
    var_40 = wp::floor(var_39);
    var_41 = wp::int(var_40);
    var_43 = wp::max(var_41, var_42);
    // j0 = wp.max(int(wp.floor(lo[1])), 0)                                                   <L 38>
    var_45 = wp::extract(var_23, var_44);
    var_46 = wp::floor(var_45);
    var_47 = wp::int(var_46);
    var_49 = wp::max(var_47, var_48);
    // k0 = wp.max(int(wp.floor(lo[2])), 0)                                                   <L 39>
    var_51 = wp::extract(var_23, var_50);
    var_52 = wp::floor(var_51);
    var_53 = wp::int(var_52);
    var_55 = wp::max(var_53, var_54);
    // i1 = wp.min(int(wp.floor(hi[0])), nx - 1)                                              <L 40>
    var_57 = wp::extract(var_25, var_56);
    var_58 = wp::floor(var_57);
    var_59 = wp::int(var_58);
    var_61 = wp::sub(var_28, var_60);
    var_62 = wp::min(var_59, var_61);
    // j1 = wp.min(int(wp.floor(hi[1])), ny - 1)                                              <L 41>
    var_64 = wp::extract(var_25, var_63);
    var_65 = wp::floor(var_64);
    var_66 = wp::int(var_65);
    var_68 = wp::sub(var_32, var_67);
    var_69 = wp::min(var_66, var_68);
    // k1 = wp.min(int(wp.floor(hi[2])), nz - 1)                                              <L 42>
    var_71 = wp::extract(var_25, var_70);
    var_72 = wp::floor(var_71);
    var_73 = wp::int(var_72);
    var_75 = wp::sub(var_36, var_74);
    var_76 = wp::min(var_73, var_75);
    // n = wp.normalize(wp.cross(b - a, c - a))                                               <L 43>
    var_77 = wp::sub(var_15, var_9);
    var_78 = wp::sub(var_21, var_9);
    var_79 = wp::cross(var_77, var_78);
    var_80 = wp::normalize(var_79);
    // for i in range(i0, i1 + 1):                                                            <L 44>
    var_82 = wp::add(var_62, var_81);
    var_83 = wp::range(var_43, var_82);
    start_for_0:;
        if (iter_cmp(var_83) == 0) goto end_for_0;
        var_84 = wp::iter_next(var_83);
        // for j in range(j0, j1 + 1):                                                        <L 45>
        var_86 = wp::add(var_69, var_85);
        var_87 = wp::range(var_49, var_86);
        start_for_2:;
            if (iter_cmp(var_87) == 0) goto end_for_2;
            var_88 = wp::iter_next(var_87);
            // for k in range(k0, k1 + 1):                                                    <L 46>
            var_90 = wp::add(var_76, var_89);
            var_91 = wp::range(var_55, var_90);
            start_for_4:;
                if (iter_cmp(var_91) == 0) goto end_for_4;
                var_92 = wp::iter_next(var_91);
                // center = wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)           <L 47>
                var_93 = wp::float(var_84);
                var_95 = wp::add(var_93, var_94);
                var_96 = wp::float(var_88);
                var_98 = wp::add(var_96, var_97);
                var_99 = wp::float(var_92);
                var_101 = wp::add(var_99, var_100);
                var_102 = wp::vec_t<3, wp::float32>(var_95, var_98, var_101);
                // d = wp.abs(wp.dot(center - a, n))                                          <L 48>
                var_103 = wp::sub(var_102, var_9);
                var_104 = wp::dot(var_103, var_80);
                var_105 = wp::abs(var_104);
                // if d <= 0.87:                                                              <L 49>
                var_107 = (var_105 <= var_106);
                if (var_107) {
                    // if grid[i, j, k] == wp.uint8(0):                                       <L 50>
                    var_108 = wp::address(var_grid, var_84, var_88, var_92);
                    var_110 = wp::uint8(var_109);
                    var_112 = wp::load(var_108);
                    var_111 = (var_112 == var_110);
                    if (var_111) {
                        // grid[i, j, k] = wp.uint8(1)                                        <L 51>
                        var_114 = wp::uint8(var_113);
                        wp::array_store(var_grid, var_84, var_88, var_92, var_114);
                        // wp.atomic_add(marked, 0, 1)                                        <L 52>
                        var_117 = wp::atomic_add(var_marked, var_115, var_116);
                    }
                }
                goto start_for_4;
            end_for_4:;
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void surface_voxels_3f4744ce_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_surface_voxels_3f4744ce *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        surface_voxels_3f4744ce_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_parity_fill_fb80b1ed {
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::int32>> faces;
    wp::vec_t<3, wp::float32> origin;
    wp::float32 voxel;
    wp::array_t<wp::uint8> grid;
};


void parity_fill_fb80b1ed_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_parity_fill_fb80b1ed *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces = _wp_args->faces;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_voxel = _wp_args->voxel;
    wp::array_t<wp::uint8> var_grid = _wp_args->grid;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::range_t var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::shape_t var_35;
    wp::range_t var_36;
    wp::int32 var_37;
    wp::vec_t<3, wp::int32>* var_38;
    wp::vec_t<3, wp::int32> var_39;
    wp::vec_t<3, wp::int32> var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    wp::vec_t<3, wp::float32>* var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::vec_t<3, wp::float32>* var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::int32 var_51 = 2;
    wp::int32 var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::int32 var_56 = 0;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    wp::vec_t<2, wp::float32> var_60;
    const wp::int32 var_61 = 0;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::float32 var_64;
    wp::vec_t<2, wp::float32> var_65;
    const wp::int32 var_66 = 0;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    wp::float32 var_69;
    wp::vec_t<2, wp::float32> var_70;
    bool var_71;
    bool var_72;
    bool var_73;
    wp::float32 var_74;
    bool var_75;
    bool var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::int32 var_79;
    bool var_80;
    const wp::int32 var_81 = 2;
    wp::int32 var_82;
    const wp::int32 var_83 = 1;
    bool var_84;
    wp::uint8* var_85;
    const wp::int32 var_86 = 0;
    wp::uint8 var_87;
    bool var_88;
    wp::uint8 var_89;
    const wp::int32 var_90 = 2;
    wp::uint8 var_91;
    //---------
    // forward
    // def parity_fill(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), origin: wp.vec3, voxel: float, grid: wp.array3d(dtype=wp.uint8)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // x = origin[0] + (float(i) + 0.5) * voxel                                               <L 58>
    var_3 = wp::extract(var_origin, var_2);
    var_4 = wp::float(var_0);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_6, var_voxel);
    var_8 = wp::add(var_3, var_7);
    // y = origin[1] + (float(j) + 0.5) * voxel                                               <L 59>
    var_10 = wp::extract(var_origin, var_9);
    var_11 = wp::float(var_1);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_13, var_voxel);
    var_15 = wp::add(var_10, var_14);
    // p = wp.vec2(x, y)                                                                      <L 60>
    var_16 = wp::vec_t<2, wp::float32>(var_8, var_15);
    // nz = grid.shape[2]                                                                     <L 61>
    var_17 = &(var_grid.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    // for k in range(nz):                                                                    <L 62>
    var_21 = wp::range(var_19);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
        // z = origin[2] + (float(k) + 0.5) * voxel                                           <L 63>
        var_24 = wp::extract(var_origin, var_23);
        var_25 = wp::float(var_22);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::mul(var_27, var_voxel);
        var_29 = wp::add(var_24, var_28);
        // crossings = int(0)                                                                 <L 64>
        var_31 = wp::int(var_30);
        // for f in range(faces.shape[0]):                                                    <L 65>
        var_32 = &(var_faces.shape);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::range(var_34);
        start_for_2:;
            if (iter_cmp(var_36) == 0) goto end_for_2;
            var_37 = wp::iter_next(var_36);
            // ids = faces[f]                                                                 <L 66>
            var_38 = wp::address(var_faces, var_37);
            var_40 = wp::load(var_38);
            var_39 = wp::copy(var_40);
            // a = verts[ids[0]]                                                              <L 67>
            var_42 = wp::extract(var_39, var_41);
            var_43 = wp::address(var_verts, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::copy(var_45);
            // b = verts[ids[1]]                                                              <L 68>
            var_47 = wp::extract(var_39, var_46);
            var_48 = wp::address(var_verts, var_47);
            var_50 = wp::load(var_48);
            var_49 = wp::copy(var_50);
            // c = verts[ids[2]]                                                              <L 69>
            var_52 = wp::extract(var_39, var_51);
            var_53 = wp::address(var_verts, var_52);
            var_55 = wp::load(var_53);
            var_54 = wp::copy(var_55);
            // if not point_in_triangle_2d(p, wp.vec2(a[0], a[1]), wp.vec2(b[0], b[1]), wp.vec2(c[0], c[1])):       <L 70>
            var_57 = wp::extract(var_44, var_56);
            var_59 = wp::extract(var_44, var_58);
            var_60 = wp::vec_t<2, wp::float32>(var_57, var_59);
            var_62 = wp::extract(var_49, var_61);
            var_64 = wp::extract(var_49, var_63);
            var_65 = wp::vec_t<2, wp::float32>(var_62, var_64);
            var_67 = wp::extract(var_54, var_66);
            var_69 = wp::extract(var_54, var_68);
            var_70 = wp::vec_t<2, wp::float32>(var_67, var_69);
            var_71 = point_in_triangle_2d_0(var_16, var_60, var_65, var_70);
            var_72 = wp::unot(var_71);
            if (var_72) {
                // continue                                                                   <L 71>
                goto start_for_2;
            }
            // ok, zf = plane_z(a, b, c, x, y)                                                <L 72>
            plane_z_0(var_44, var_49, var_54, var_8, var_15, var_73, var_74);
            // if ok and zf > z:                                                              <L 73>
            var_75 = var_73;
            if (var_75) {
                var_76 = (var_74 > var_29);
                var_75 = var_75 && var_76;
            }
            if (var_75) {
                // crossings += 1                                                             <L 74>
                var_78 = wp::add(var_31, var_77);
            }
            var_79 = wp::where(var_75, var_78, var_31);
            wp::assign(var_31, var_79);
            goto start_for_2;
        end_for_2:;
        // if crossings % 2 == 1 and grid[i, j, k] == wp.uint8(0):                            <L 75>
        var_82 = wp::mod(var_31, var_81);
        var_84 = (var_82 == var_83);
        var_80 = var_84;
        if (var_80) {
            var_85 = wp::address(var_grid, var_0, var_1, var_22);
            var_87 = wp::uint8(var_86);
            var_89 = wp::load(var_85);
            var_88 = (var_89 == var_87);
            var_80 = var_80 && var_88;
        }
        if (var_80) {
            // grid[i, j, k] = wp.uint8(2)                                                    <L 76>
            var_91 = wp::uint8(var_90);
            wp::array_store(var_grid, var_0, var_1, var_22, var_91);
        }
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void parity_fill_fb80b1ed_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_parity_fill_fb80b1ed *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        parity_fill_fb80b1ed_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

