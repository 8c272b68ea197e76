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


// corpus/129_random_ao_sampling.py:7
static wp::vec_t<3, wp::float32> sample_hemisphere_0(
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
static void adj_sample_hemisphere_0(
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

struct wp_args_ambient_occlusion_3d70dd62 {
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::int32 seed;
    wp::array_t<wp::vec_t<3, wp::float32>> centers;
    wp::float32 radius;
    wp::array_t<wp::float32> ao;
};


void ambient_occlusion_3d70dd62_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ambient_occlusion_3d70dd62 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_ao = _wp_args->ao;
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
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::vec_t<3, wp::float32> var_35;
    wp::shape_t* var_36;
    const wp::int32 var_37 = 0;
    wp::int32 var_38;
    wp::shape_t var_39;
    wp::range_t var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    bool var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    bool var_53;
    const wp::float32 var_54 = 0.0;
    bool var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    wp::vec_t<3, wp::float32> var_62;
    wp::shape_t* var_63;
    const wp::int32 var_64 = 0;
    wp::int32 var_65;
    wp::shape_t var_66;
    wp::range_t var_67;
    wp::int32 var_68;
    wp::vec_t<3, wp::float32>* var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    bool var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 0.0;
    bool var_80;
    const wp::float32 var_81 = 0.0;
    bool var_82;
    const wp::int32 var_83 = 1;
    wp::int32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 3;
    wp::vec_t<3, wp::float32> var_89;
    wp::shape_t* var_90;
    const wp::int32 var_91 = 0;
    wp::int32 var_92;
    wp::shape_t var_93;
    wp::range_t var_94;
    wp::int32 var_95;
    wp::vec_t<3, wp::float32>* var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    bool var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    const wp::float32 var_106 = 0.0;
    bool var_107;
    const wp::float32 var_108 = 0.0;
    bool var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 4;
    wp::vec_t<3, wp::float32> var_116;
    wp::shape_t* var_117;
    const wp::int32 var_118 = 0;
    wp::int32 var_119;
    wp::shape_t var_120;
    wp::range_t var_121;
    wp::int32 var_122;
    wp::vec_t<3, wp::float32>* var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    bool var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    const wp::float32 var_133 = 0.0;
    bool var_134;
    const wp::float32 var_135 = 0.0;
    bool var_136;
    const wp::int32 var_137 = 1;
    wp::int32 var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 5;
    wp::vec_t<3, wp::float32> var_143;
    wp::shape_t* var_144;
    const wp::int32 var_145 = 0;
    wp::int32 var_146;
    wp::shape_t var_147;
    wp::range_t var_148;
    wp::int32 var_149;
    wp::vec_t<3, wp::float32>* var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    bool var_157;
    wp::float32 var_158;
    wp::float32 var_159;
    const wp::float32 var_160 = 0.0;
    bool var_161;
    const wp::float32 var_162 = 0.0;
    bool var_163;
    const wp::int32 var_164 = 1;
    wp::int32 var_165;
    wp::vec_t<3, wp::float32> var_166;
    wp::float32 var_167;
    wp::float32 var_168;
    const wp::int32 var_169 = 6;
    wp::vec_t<3, wp::float32> var_170;
    wp::shape_t* var_171;
    const wp::int32 var_172 = 0;
    wp::int32 var_173;
    wp::shape_t var_174;
    wp::range_t var_175;
    wp::int32 var_176;
    wp::vec_t<3, wp::float32>* var_177;
    wp::vec_t<3, wp::float32> var_178;
    wp::vec_t<3, wp::float32> var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    bool var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    const wp::float32 var_187 = 0.0;
    bool var_188;
    const wp::float32 var_189 = 0.0;
    bool var_190;
    const wp::int32 var_191 = 1;
    wp::int32 var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::float32 var_194;
    wp::float32 var_195;
    const wp::int32 var_196 = 7;
    wp::vec_t<3, wp::float32> var_197;
    wp::shape_t* var_198;
    const wp::int32 var_199 = 0;
    wp::int32 var_200;
    wp::shape_t var_201;
    wp::range_t var_202;
    wp::int32 var_203;
    wp::vec_t<3, wp::float32>* var_204;
    wp::vec_t<3, wp::float32> var_205;
    wp::vec_t<3, wp::float32> var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    bool var_211;
    wp::float32 var_212;
    wp::float32 var_213;
    const wp::float32 var_214 = 0.0;
    bool var_215;
    const wp::float32 var_216 = 0.0;
    bool var_217;
    const wp::int32 var_218 = 1;
    wp::int32 var_219;
    wp::vec_t<3, wp::float32> var_220;
    wp::float32 var_221;
    wp::float32 var_222;
    const wp::int32 var_223 = 8;
    wp::vec_t<3, wp::float32> var_224;
    wp::shape_t* var_225;
    const wp::int32 var_226 = 0;
    wp::int32 var_227;
    wp::shape_t var_228;
    wp::range_t var_229;
    wp::int32 var_230;
    wp::vec_t<3, wp::float32>* var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    wp::float32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    bool var_238;
    wp::float32 var_239;
    wp::float32 var_240;
    const wp::float32 var_241 = 0.0;
    bool var_242;
    const wp::float32 var_243 = 0.0;
    bool var_244;
    const wp::int32 var_245 = 1;
    wp::int32 var_246;
    wp::vec_t<3, wp::float32> var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    const wp::int32 var_250 = 9;
    wp::vec_t<3, wp::float32> var_251;
    wp::shape_t* var_252;
    const wp::int32 var_253 = 0;
    wp::int32 var_254;
    wp::shape_t var_255;
    wp::range_t var_256;
    wp::int32 var_257;
    wp::vec_t<3, wp::float32>* var_258;
    wp::vec_t<3, wp::float32> var_259;
    wp::vec_t<3, wp::float32> var_260;
    wp::float32 var_261;
    wp::float32 var_262;
    wp::float32 var_263;
    wp::float32 var_264;
    bool var_265;
    wp::float32 var_266;
    wp::float32 var_267;
    const wp::float32 var_268 = 0.0;
    bool var_269;
    const wp::float32 var_270 = 0.0;
    bool var_271;
    const wp::int32 var_272 = 1;
    wp::int32 var_273;
    wp::vec_t<3, wp::float32> var_274;
    wp::float32 var_275;
    wp::float32 var_276;
    const wp::int32 var_277 = 10;
    wp::vec_t<3, wp::float32> var_278;
    wp::shape_t* var_279;
    const wp::int32 var_280 = 0;
    wp::int32 var_281;
    wp::shape_t var_282;
    wp::range_t var_283;
    wp::int32 var_284;
    wp::vec_t<3, wp::float32>* var_285;
    wp::vec_t<3, wp::float32> var_286;
    wp::vec_t<3, wp::float32> var_287;
    wp::float32 var_288;
    wp::float32 var_289;
    wp::float32 var_290;
    wp::float32 var_291;
    bool var_292;
    wp::float32 var_293;
    wp::float32 var_294;
    const wp::float32 var_295 = 0.0;
    bool var_296;
    const wp::float32 var_297 = 0.0;
    bool var_298;
    const wp::int32 var_299 = 1;
    wp::int32 var_300;
    wp::vec_t<3, wp::float32> var_301;
    wp::float32 var_302;
    wp::float32 var_303;
    const wp::int32 var_304 = 11;
    wp::vec_t<3, wp::float32> var_305;
    wp::shape_t* var_306;
    const wp::int32 var_307 = 0;
    wp::int32 var_308;
    wp::shape_t var_309;
    wp::range_t var_310;
    wp::int32 var_311;
    wp::vec_t<3, wp::float32>* var_312;
    wp::vec_t<3, wp::float32> var_313;
    wp::vec_t<3, wp::float32> var_314;
    wp::float32 var_315;
    wp::float32 var_316;
    wp::float32 var_317;
    wp::float32 var_318;
    bool var_319;
    wp::float32 var_320;
    wp::float32 var_321;
    const wp::float32 var_322 = 0.0;
    bool var_323;
    const wp::float32 var_324 = 0.0;
    bool var_325;
    const wp::int32 var_326 = 1;
    wp::int32 var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::float32 var_329;
    wp::float32 var_330;
    const wp::int32 var_331 = 12;
    wp::vec_t<3, wp::float32> var_332;
    wp::shape_t* var_333;
    const wp::int32 var_334 = 0;
    wp::int32 var_335;
    wp::shape_t var_336;
    wp::range_t var_337;
    wp::int32 var_338;
    wp::vec_t<3, wp::float32>* var_339;
    wp::vec_t<3, wp::float32> var_340;
    wp::vec_t<3, wp::float32> var_341;
    wp::float32 var_342;
    wp::float32 var_343;
    wp::float32 var_344;
    wp::float32 var_345;
    bool var_346;
    wp::float32 var_347;
    wp::float32 var_348;
    const wp::float32 var_349 = 0.0;
    bool var_350;
    const wp::float32 var_351 = 0.0;
    bool var_352;
    const wp::int32 var_353 = 1;
    wp::int32 var_354;
    wp::vec_t<3, wp::float32> var_355;
    wp::float32 var_356;
    wp::float32 var_357;
    const wp::int32 var_358 = 13;
    wp::vec_t<3, wp::float32> var_359;
    wp::shape_t* var_360;
    const wp::int32 var_361 = 0;
    wp::int32 var_362;
    wp::shape_t var_363;
    wp::range_t var_364;
    wp::int32 var_365;
    wp::vec_t<3, wp::float32>* var_366;
    wp::vec_t<3, wp::float32> var_367;
    wp::vec_t<3, wp::float32> var_368;
    wp::float32 var_369;
    wp::float32 var_370;
    wp::float32 var_371;
    wp::float32 var_372;
    bool var_373;
    wp::float32 var_374;
    wp::float32 var_375;
    const wp::float32 var_376 = 0.0;
    bool var_377;
    const wp::float32 var_378 = 0.0;
    bool var_379;
    const wp::int32 var_380 = 1;
    wp::int32 var_381;
    wp::vec_t<3, wp::float32> var_382;
    wp::float32 var_383;
    wp::float32 var_384;
    const wp::int32 var_385 = 14;
    wp::vec_t<3, wp::float32> var_386;
    wp::shape_t* var_387;
    const wp::int32 var_388 = 0;
    wp::int32 var_389;
    wp::shape_t var_390;
    wp::range_t var_391;
    wp::int32 var_392;
    wp::vec_t<3, wp::float32>* var_393;
    wp::vec_t<3, wp::float32> var_394;
    wp::vec_t<3, wp::float32> var_395;
    wp::float32 var_396;
    wp::float32 var_397;
    wp::float32 var_398;
    wp::float32 var_399;
    bool var_400;
    wp::float32 var_401;
    wp::float32 var_402;
    const wp::float32 var_403 = 0.0;
    bool var_404;
    const wp::float32 var_405 = 0.0;
    bool var_406;
    const wp::int32 var_407 = 1;
    wp::int32 var_408;
    wp::vec_t<3, wp::float32> var_409;
    wp::float32 var_410;
    wp::float32 var_411;
    const wp::int32 var_412 = 15;
    wp::vec_t<3, wp::float32> var_413;
    wp::shape_t* var_414;
    const wp::int32 var_415 = 0;
    wp::int32 var_416;
    wp::shape_t var_417;
    wp::range_t var_418;
    wp::int32 var_419;
    wp::vec_t<3, wp::float32>* var_420;
    wp::vec_t<3, wp::float32> var_421;
    wp::vec_t<3, wp::float32> var_422;
    wp::float32 var_423;
    wp::float32 var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    bool var_427;
    wp::float32 var_428;
    wp::float32 var_429;
    const wp::float32 var_430 = 0.0;
    bool var_431;
    const wp::float32 var_432 = 0.0;
    bool var_433;
    const wp::int32 var_434 = 1;
    wp::int32 var_435;
    wp::vec_t<3, wp::float32> var_436;
    wp::float32 var_437;
    wp::float32 var_438;
    const wp::float32 var_439 = 1.0;
    wp::float32 var_440;
    const wp::int32 var_441 = 16;
    wp::float32 var_442;
    wp::float32 var_443;
    wp::float32 var_444;
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
        var_26 = wp::mul(var_21, var_21);
        var_27 = wp::sub(var_26, var_24);
        var_29 = (var_27 > var_28);
        var_25 = var_29;
        if (var_25) {
            var_31 = (var_21 < var_30);
            var_25 = var_25 && var_31;
        }
        if (var_25) {
            // hits += 1                                                                      <L 36>
            var_33 = wp::add(var_9, var_32);
            // break                                                                          <L 37>
            wp::assign(var_9, var_33);
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_35 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_36 = &(var_centers.shape);
    var_39 = wp::load(var_36);
    var_38 = wp::extract(var_39, var_37);
    var_40 = wp::range(var_38);
    start_for_2:;
        if (iter_cmp(var_40) == 0) goto end_for_2;
        var_41 = wp::iter_next(var_40);
        // oc = p - centers[c]                                                                <L 32>
        var_42 = wp::address(var_centers, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::sub(var_6, var_44);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_45 = wp::dot(var_43, var_35);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_46 = wp::dot(var_43, var_43);
        var_47 = wp::mul(var_radius, var_radius);
        var_48 = wp::sub(var_46, var_47);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_50 = wp::mul(var_45, var_45);
        var_51 = wp::sub(var_50, var_48);
        var_53 = (var_51 > var_52);
        var_49 = var_53;
        if (var_49) {
            var_55 = (var_45 < var_54);
            var_49 = var_49 && var_55;
        }
        if (var_49) {
            // hits += 1                                                                      <L 36>
            var_57 = wp::add(var_9, var_56);
            // break                                                                          <L 37>
            wp::assign(var_9, var_57);
            wp::assign(var_19, var_43);
            wp::assign(var_21, var_45);
            wp::assign(var_24, var_48);
            goto end_for_2;
        }
        var_58 = wp::where(var_49, var_19, var_43);
        var_59 = wp::where(var_49, var_21, var_45);
        var_60 = wp::where(var_49, var_24, var_48);
        wp::assign(var_19, var_58);
        wp::assign(var_21, var_59);
        wp::assign(var_24, var_60);
        goto start_for_2;
    end_for_2:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_62 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_63 = &(var_centers.shape);
    var_66 = wp::load(var_63);
    var_65 = wp::extract(var_66, var_64);
    var_67 = wp::range(var_65);
    start_for_4:;
        if (iter_cmp(var_67) == 0) goto end_for_4;
        var_68 = wp::iter_next(var_67);
        // oc = p - centers[c]                                                                <L 32>
        var_69 = wp::address(var_centers, var_68);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_6, var_71);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_72 = wp::dot(var_70, var_62);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_73 = wp::dot(var_70, var_70);
        var_74 = wp::mul(var_radius, var_radius);
        var_75 = wp::sub(var_73, var_74);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_77 = wp::mul(var_72, var_72);
        var_78 = wp::sub(var_77, var_75);
        var_80 = (var_78 > var_79);
        var_76 = var_80;
        if (var_76) {
            var_82 = (var_72 < var_81);
            var_76 = var_76 && var_82;
        }
        if (var_76) {
            // hits += 1                                                                      <L 36>
            var_84 = wp::add(var_9, var_83);
            // break                                                                          <L 37>
            wp::assign(var_9, var_84);
            wp::assign(var_19, var_70);
            wp::assign(var_21, var_72);
            wp::assign(var_24, var_75);
            goto end_for_4;
        }
        var_85 = wp::where(var_76, var_19, var_70);
        var_86 = wp::where(var_76, var_21, var_72);
        var_87 = wp::where(var_76, var_24, var_75);
        wp::assign(var_19, var_85);
        wp::assign(var_21, var_86);
        wp::assign(var_24, var_87);
        goto start_for_4;
    end_for_4:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_89 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_90 = &(var_centers.shape);
    var_93 = wp::load(var_90);
    var_92 = wp::extract(var_93, var_91);
    var_94 = wp::range(var_92);
    start_for_6:;
        if (iter_cmp(var_94) == 0) goto end_for_6;
        var_95 = wp::iter_next(var_94);
        // oc = p - centers[c]                                                                <L 32>
        var_96 = wp::address(var_centers, var_95);
        var_98 = wp::load(var_96);
        var_97 = wp::sub(var_6, var_98);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_99 = wp::dot(var_97, var_89);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_100 = wp::dot(var_97, var_97);
        var_101 = wp::mul(var_radius, var_radius);
        var_102 = wp::sub(var_100, var_101);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_104 = wp::mul(var_99, var_99);
        var_105 = wp::sub(var_104, var_102);
        var_107 = (var_105 > var_106);
        var_103 = var_107;
        if (var_103) {
            var_109 = (var_99 < var_108);
            var_103 = var_103 && var_109;
        }
        if (var_103) {
            // hits += 1                                                                      <L 36>
            var_111 = wp::add(var_9, var_110);
            // break                                                                          <L 37>
            wp::assign(var_9, var_111);
            wp::assign(var_19, var_97);
            wp::assign(var_21, var_99);
            wp::assign(var_24, var_102);
            goto end_for_6;
        }
        var_112 = wp::where(var_103, var_19, var_97);
        var_113 = wp::where(var_103, var_21, var_99);
        var_114 = wp::where(var_103, var_24, var_102);
        wp::assign(var_19, var_112);
        wp::assign(var_21, var_113);
        wp::assign(var_24, var_114);
        goto start_for_6;
    end_for_6:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_116 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_117 = &(var_centers.shape);
    var_120 = wp::load(var_117);
    var_119 = wp::extract(var_120, var_118);
    var_121 = wp::range(var_119);
    start_for_8:;
        if (iter_cmp(var_121) == 0) goto end_for_8;
        var_122 = wp::iter_next(var_121);
        // oc = p - centers[c]                                                                <L 32>
        var_123 = wp::address(var_centers, var_122);
        var_125 = wp::load(var_123);
        var_124 = wp::sub(var_6, var_125);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_126 = wp::dot(var_124, var_116);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_127 = wp::dot(var_124, var_124);
        var_128 = wp::mul(var_radius, var_radius);
        var_129 = wp::sub(var_127, var_128);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_131 = wp::mul(var_126, var_126);
        var_132 = wp::sub(var_131, var_129);
        var_134 = (var_132 > var_133);
        var_130 = var_134;
        if (var_130) {
            var_136 = (var_126 < var_135);
            var_130 = var_130 && var_136;
        }
        if (var_130) {
            // hits += 1                                                                      <L 36>
            var_138 = wp::add(var_9, var_137);
            // break                                                                          <L 37>
            wp::assign(var_9, var_138);
            wp::assign(var_19, var_124);
            wp::assign(var_21, var_126);
            wp::assign(var_24, var_129);
            goto end_for_8;
        }
        var_139 = wp::where(var_130, var_19, var_124);
        var_140 = wp::where(var_130, var_21, var_126);
        var_141 = wp::where(var_130, var_24, var_129);
        wp::assign(var_19, var_139);
        wp::assign(var_21, var_140);
        wp::assign(var_24, var_141);
        goto start_for_8;
    end_for_8:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_143 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_144 = &(var_centers.shape);
    var_147 = wp::load(var_144);
    var_146 = wp::extract(var_147, var_145);
    var_148 = wp::range(var_146);
    start_for_10:;
        if (iter_cmp(var_148) == 0) goto end_for_10;
        var_149 = wp::iter_next(var_148);
        // oc = p - centers[c]                                                                <L 32>
        var_150 = wp::address(var_centers, var_149);
        var_152 = wp::load(var_150);
        var_151 = wp::sub(var_6, var_152);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_153 = wp::dot(var_151, var_143);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_154 = wp::dot(var_151, var_151);
        var_155 = wp::mul(var_radius, var_radius);
        var_156 = wp::sub(var_154, var_155);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_158 = wp::mul(var_153, var_153);
        var_159 = wp::sub(var_158, var_156);
        var_161 = (var_159 > var_160);
        var_157 = var_161;
        if (var_157) {
            var_163 = (var_153 < var_162);
            var_157 = var_157 && var_163;
        }
        if (var_157) {
            // hits += 1                                                                      <L 36>
            var_165 = wp::add(var_9, var_164);
            // break                                                                          <L 37>
            wp::assign(var_9, var_165);
            wp::assign(var_19, var_151);
            wp::assign(var_21, var_153);
            wp::assign(var_24, var_156);
            goto end_for_10;
        }
        var_166 = wp::where(var_157, var_19, var_151);
        var_167 = wp::where(var_157, var_21, var_153);
        var_168 = wp::where(var_157, var_24, var_156);
        wp::assign(var_19, var_166);
        wp::assign(var_21, var_167);
        wp::assign(var_24, var_168);
        goto start_for_10;
    end_for_10:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_170 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_171 = &(var_centers.shape);
    var_174 = wp::load(var_171);
    var_173 = wp::extract(var_174, var_172);
    var_175 = wp::range(var_173);
    start_for_12:;
        if (iter_cmp(var_175) == 0) goto end_for_12;
        var_176 = wp::iter_next(var_175);
        // oc = p - centers[c]                                                                <L 32>
        var_177 = wp::address(var_centers, var_176);
        var_179 = wp::load(var_177);
        var_178 = wp::sub(var_6, var_179);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_180 = wp::dot(var_178, var_170);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_181 = wp::dot(var_178, var_178);
        var_182 = wp::mul(var_radius, var_radius);
        var_183 = wp::sub(var_181, var_182);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_185 = wp::mul(var_180, var_180);
        var_186 = wp::sub(var_185, var_183);
        var_188 = (var_186 > var_187);
        var_184 = var_188;
        if (var_184) {
            var_190 = (var_180 < var_189);
            var_184 = var_184 && var_190;
        }
        if (var_184) {
            // hits += 1                                                                      <L 36>
            var_192 = wp::add(var_9, var_191);
            // break                                                                          <L 37>
            wp::assign(var_9, var_192);
            wp::assign(var_19, var_178);
            wp::assign(var_21, var_180);
            wp::assign(var_24, var_183);
            goto end_for_12;
        }
        var_193 = wp::where(var_184, var_19, var_178);
        var_194 = wp::where(var_184, var_21, var_180);
        var_195 = wp::where(var_184, var_24, var_183);
        wp::assign(var_19, var_193);
        wp::assign(var_21, var_194);
        wp::assign(var_24, var_195);
        goto start_for_12;
    end_for_12:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_197 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_198 = &(var_centers.shape);
    var_201 = wp::load(var_198);
    var_200 = wp::extract(var_201, var_199);
    var_202 = wp::range(var_200);
    start_for_14:;
        if (iter_cmp(var_202) == 0) goto end_for_14;
        var_203 = wp::iter_next(var_202);
        // oc = p - centers[c]                                                                <L 32>
        var_204 = wp::address(var_centers, var_203);
        var_206 = wp::load(var_204);
        var_205 = wp::sub(var_6, var_206);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_207 = wp::dot(var_205, var_197);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_208 = wp::dot(var_205, var_205);
        var_209 = wp::mul(var_radius, var_radius);
        var_210 = wp::sub(var_208, var_209);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_212 = wp::mul(var_207, var_207);
        var_213 = wp::sub(var_212, var_210);
        var_215 = (var_213 > var_214);
        var_211 = var_215;
        if (var_211) {
            var_217 = (var_207 < var_216);
            var_211 = var_211 && var_217;
        }
        if (var_211) {
            // hits += 1                                                                      <L 36>
            var_219 = wp::add(var_9, var_218);
            // break                                                                          <L 37>
            wp::assign(var_9, var_219);
            wp::assign(var_19, var_205);
            wp::assign(var_21, var_207);
            wp::assign(var_24, var_210);
            goto end_for_14;
        }
        var_220 = wp::where(var_211, var_19, var_205);
        var_221 = wp::where(var_211, var_21, var_207);
        var_222 = wp::where(var_211, var_24, var_210);
        wp::assign(var_19, var_220);
        wp::assign(var_21, var_221);
        wp::assign(var_24, var_222);
        goto start_for_14;
    end_for_14:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_224 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_225 = &(var_centers.shape);
    var_228 = wp::load(var_225);
    var_227 = wp::extract(var_228, var_226);
    var_229 = wp::range(var_227);
    start_for_16:;
        if (iter_cmp(var_229) == 0) goto end_for_16;
        var_230 = wp::iter_next(var_229);
        // oc = p - centers[c]                                                                <L 32>
        var_231 = wp::address(var_centers, var_230);
        var_233 = wp::load(var_231);
        var_232 = wp::sub(var_6, var_233);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_234 = wp::dot(var_232, var_224);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_235 = wp::dot(var_232, var_232);
        var_236 = wp::mul(var_radius, var_radius);
        var_237 = wp::sub(var_235, var_236);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_239 = wp::mul(var_234, var_234);
        var_240 = wp::sub(var_239, var_237);
        var_242 = (var_240 > var_241);
        var_238 = var_242;
        if (var_238) {
            var_244 = (var_234 < var_243);
            var_238 = var_238 && var_244;
        }
        if (var_238) {
            // hits += 1                                                                      <L 36>
            var_246 = wp::add(var_9, var_245);
            // break                                                                          <L 37>
            wp::assign(var_9, var_246);
            wp::assign(var_19, var_232);
            wp::assign(var_21, var_234);
            wp::assign(var_24, var_237);
            goto end_for_16;
        }
        var_247 = wp::where(var_238, var_19, var_232);
        var_248 = wp::where(var_238, var_21, var_234);
        var_249 = wp::where(var_238, var_24, var_237);
        wp::assign(var_19, var_247);
        wp::assign(var_21, var_248);
        wp::assign(var_24, var_249);
        goto start_for_16;
    end_for_16:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_251 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_252 = &(var_centers.shape);
    var_255 = wp::load(var_252);
    var_254 = wp::extract(var_255, var_253);
    var_256 = wp::range(var_254);
    start_for_18:;
        if (iter_cmp(var_256) == 0) goto end_for_18;
        var_257 = wp::iter_next(var_256);
        // oc = p - centers[c]                                                                <L 32>
        var_258 = wp::address(var_centers, var_257);
        var_260 = wp::load(var_258);
        var_259 = wp::sub(var_6, var_260);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_261 = wp::dot(var_259, var_251);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_262 = wp::dot(var_259, var_259);
        var_263 = wp::mul(var_radius, var_radius);
        var_264 = wp::sub(var_262, var_263);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_266 = wp::mul(var_261, var_261);
        var_267 = wp::sub(var_266, var_264);
        var_269 = (var_267 > var_268);
        var_265 = var_269;
        if (var_265) {
            var_271 = (var_261 < var_270);
            var_265 = var_265 && var_271;
        }
        if (var_265) {
            // hits += 1                                                                      <L 36>
            var_273 = wp::add(var_9, var_272);
            // break                                                                          <L 37>
            wp::assign(var_9, var_273);
            wp::assign(var_19, var_259);
            wp::assign(var_21, var_261);
            wp::assign(var_24, var_264);
            goto end_for_18;
        }
        var_274 = wp::where(var_265, var_19, var_259);
        var_275 = wp::where(var_265, var_21, var_261);
        var_276 = wp::where(var_265, var_24, var_264);
        wp::assign(var_19, var_274);
        wp::assign(var_21, var_275);
        wp::assign(var_24, var_276);
        goto start_for_18;
    end_for_18:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_278 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_279 = &(var_centers.shape);
    var_282 = wp::load(var_279);
    var_281 = wp::extract(var_282, var_280);
    var_283 = wp::range(var_281);
    start_for_20:;
        if (iter_cmp(var_283) == 0) goto end_for_20;
        var_284 = wp::iter_next(var_283);
        // oc = p - centers[c]                                                                <L 32>
        var_285 = wp::address(var_centers, var_284);
        var_287 = wp::load(var_285);
        var_286 = wp::sub(var_6, var_287);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_288 = wp::dot(var_286, var_278);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_289 = wp::dot(var_286, var_286);
        var_290 = wp::mul(var_radius, var_radius);
        var_291 = wp::sub(var_289, var_290);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_293 = wp::mul(var_288, var_288);
        var_294 = wp::sub(var_293, var_291);
        var_296 = (var_294 > var_295);
        var_292 = var_296;
        if (var_292) {
            var_298 = (var_288 < var_297);
            var_292 = var_292 && var_298;
        }
        if (var_292) {
            // hits += 1                                                                      <L 36>
            var_300 = wp::add(var_9, var_299);
            // break                                                                          <L 37>
            wp::assign(var_9, var_300);
            wp::assign(var_19, var_286);
            wp::assign(var_21, var_288);
            wp::assign(var_24, var_291);
            goto end_for_20;
        }
        var_301 = wp::where(var_292, var_19, var_286);
        var_302 = wp::where(var_292, var_21, var_288);
        var_303 = wp::where(var_292, var_24, var_291);
        wp::assign(var_19, var_301);
        wp::assign(var_21, var_302);
        wp::assign(var_24, var_303);
        goto start_for_20;
    end_for_20:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_305 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_306 = &(var_centers.shape);
    var_309 = wp::load(var_306);
    var_308 = wp::extract(var_309, var_307);
    var_310 = wp::range(var_308);
    start_for_22:;
        if (iter_cmp(var_310) == 0) goto end_for_22;
        var_311 = wp::iter_next(var_310);
        // oc = p - centers[c]                                                                <L 32>
        var_312 = wp::address(var_centers, var_311);
        var_314 = wp::load(var_312);
        var_313 = wp::sub(var_6, var_314);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_315 = wp::dot(var_313, var_305);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_316 = wp::dot(var_313, var_313);
        var_317 = wp::mul(var_radius, var_radius);
        var_318 = wp::sub(var_316, var_317);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_320 = wp::mul(var_315, var_315);
        var_321 = wp::sub(var_320, var_318);
        var_323 = (var_321 > var_322);
        var_319 = var_323;
        if (var_319) {
            var_325 = (var_315 < var_324);
            var_319 = var_319 && var_325;
        }
        if (var_319) {
            // hits += 1                                                                      <L 36>
            var_327 = wp::add(var_9, var_326);
            // break                                                                          <L 37>
            wp::assign(var_9, var_327);
            wp::assign(var_19, var_313);
            wp::assign(var_21, var_315);
            wp::assign(var_24, var_318);
            goto end_for_22;
        }
        var_328 = wp::where(var_319, var_19, var_313);
        var_329 = wp::where(var_319, var_21, var_315);
        var_330 = wp::where(var_319, var_24, var_318);
        wp::assign(var_19, var_328);
        wp::assign(var_21, var_329);
        wp::assign(var_24, var_330);
        goto start_for_22;
    end_for_22:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_332 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_333 = &(var_centers.shape);
    var_336 = wp::load(var_333);
    var_335 = wp::extract(var_336, var_334);
    var_337 = wp::range(var_335);
    start_for_24:;
        if (iter_cmp(var_337) == 0) goto end_for_24;
        var_338 = wp::iter_next(var_337);
        // oc = p - centers[c]                                                                <L 32>
        var_339 = wp::address(var_centers, var_338);
        var_341 = wp::load(var_339);
        var_340 = wp::sub(var_6, var_341);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_342 = wp::dot(var_340, var_332);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_343 = wp::dot(var_340, var_340);
        var_344 = wp::mul(var_radius, var_radius);
        var_345 = wp::sub(var_343, var_344);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_347 = wp::mul(var_342, var_342);
        var_348 = wp::sub(var_347, var_345);
        var_350 = (var_348 > var_349);
        var_346 = var_350;
        if (var_346) {
            var_352 = (var_342 < var_351);
            var_346 = var_346 && var_352;
        }
        if (var_346) {
            // hits += 1                                                                      <L 36>
            var_354 = wp::add(var_9, var_353);
            // break                                                                          <L 37>
            wp::assign(var_9, var_354);
            wp::assign(var_19, var_340);
            wp::assign(var_21, var_342);
            wp::assign(var_24, var_345);
            goto end_for_24;
        }
        var_355 = wp::where(var_346, var_19, var_340);
        var_356 = wp::where(var_346, var_21, var_342);
        var_357 = wp::where(var_346, var_24, var_345);
        wp::assign(var_19, var_355);
        wp::assign(var_21, var_356);
        wp::assign(var_24, var_357);
        goto start_for_24;
    end_for_24:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_359 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_360 = &(var_centers.shape);
    var_363 = wp::load(var_360);
    var_362 = wp::extract(var_363, var_361);
    var_364 = wp::range(var_362);
    start_for_26:;
        if (iter_cmp(var_364) == 0) goto end_for_26;
        var_365 = wp::iter_next(var_364);
        // oc = p - centers[c]                                                                <L 32>
        var_366 = wp::address(var_centers, var_365);
        var_368 = wp::load(var_366);
        var_367 = wp::sub(var_6, var_368);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_369 = wp::dot(var_367, var_359);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_370 = wp::dot(var_367, var_367);
        var_371 = wp::mul(var_radius, var_radius);
        var_372 = wp::sub(var_370, var_371);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_374 = wp::mul(var_369, var_369);
        var_375 = wp::sub(var_374, var_372);
        var_377 = (var_375 > var_376);
        var_373 = var_377;
        if (var_373) {
            var_379 = (var_369 < var_378);
            var_373 = var_373 && var_379;
        }
        if (var_373) {
            // hits += 1                                                                      <L 36>
            var_381 = wp::add(var_9, var_380);
            // break                                                                          <L 37>
            wp::assign(var_9, var_381);
            wp::assign(var_19, var_367);
            wp::assign(var_21, var_369);
            wp::assign(var_24, var_372);
            goto end_for_26;
        }
        var_382 = wp::where(var_373, var_19, var_367);
        var_383 = wp::where(var_373, var_21, var_369);
        var_384 = wp::where(var_373, var_24, var_372);
        wp::assign(var_19, var_382);
        wp::assign(var_21, var_383);
        wp::assign(var_24, var_384);
        goto start_for_26;
    end_for_26:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_386 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_387 = &(var_centers.shape);
    var_390 = wp::load(var_387);
    var_389 = wp::extract(var_390, var_388);
    var_391 = wp::range(var_389);
    start_for_28:;
        if (iter_cmp(var_391) == 0) goto end_for_28;
        var_392 = wp::iter_next(var_391);
        // oc = p - centers[c]                                                                <L 32>
        var_393 = wp::address(var_centers, var_392);
        var_395 = wp::load(var_393);
        var_394 = wp::sub(var_6, var_395);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_396 = wp::dot(var_394, var_386);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_397 = wp::dot(var_394, var_394);
        var_398 = wp::mul(var_radius, var_radius);
        var_399 = wp::sub(var_397, var_398);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_401 = wp::mul(var_396, var_396);
        var_402 = wp::sub(var_401, var_399);
        var_404 = (var_402 > var_403);
        var_400 = var_404;
        if (var_400) {
            var_406 = (var_396 < var_405);
            var_400 = var_400 && var_406;
        }
        if (var_400) {
            // hits += 1                                                                      <L 36>
            var_408 = wp::add(var_9, var_407);
            // break                                                                          <L 37>
            wp::assign(var_9, var_408);
            wp::assign(var_19, var_394);
            wp::assign(var_21, var_396);
            wp::assign(var_24, var_399);
            goto end_for_28;
        }
        var_409 = wp::where(var_400, var_19, var_394);
        var_410 = wp::where(var_400, var_21, var_396);
        var_411 = wp::where(var_400, var_24, var_399);
        wp::assign(var_19, var_409);
        wp::assign(var_21, var_410);
        wp::assign(var_24, var_411);
        goto start_for_28;
    end_for_28:;
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_413 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_414 = &(var_centers.shape);
    var_417 = wp::load(var_414);
    var_416 = wp::extract(var_417, var_415);
    var_418 = wp::range(var_416);
    start_for_30:;
        if (iter_cmp(var_418) == 0) goto end_for_30;
        var_419 = wp::iter_next(var_418);
        // oc = p - centers[c]                                                                <L 32>
        var_420 = wp::address(var_centers, var_419);
        var_422 = wp::load(var_420);
        var_421 = wp::sub(var_6, var_422);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_423 = wp::dot(var_421, var_413);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_424 = wp::dot(var_421, var_421);
        var_425 = wp::mul(var_radius, var_radius);
        var_426 = wp::sub(var_424, var_425);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_428 = wp::mul(var_423, var_423);
        var_429 = wp::sub(var_428, var_426);
        var_431 = (var_429 > var_430);
        var_427 = var_431;
        if (var_427) {
            var_433 = (var_423 < var_432);
            var_427 = var_427 && var_433;
        }
        if (var_427) {
            // hits += 1                                                                      <L 36>
            var_435 = wp::add(var_9, var_434);
            // break                                                                          <L 37>
            wp::assign(var_9, var_435);
            wp::assign(var_19, var_421);
            wp::assign(var_21, var_423);
            wp::assign(var_24, var_426);
            goto end_for_30;
        }
        var_436 = wp::where(var_427, var_19, var_421);
        var_437 = wp::where(var_427, var_21, var_423);
        var_438 = wp::where(var_427, var_24, var_426);
        wp::assign(var_19, var_436);
        wp::assign(var_21, var_437);
        wp::assign(var_24, var_438);
        goto start_for_30;
    end_for_30:;
    // ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                         <L 38>
    var_440 = wp::float(var_9);
    var_442 = wp::float(var_441);
    var_443 = wp::div(var_440, var_442);
    var_444 = wp::sub(var_439, var_443);
    wp::array_store(var_ao, var_0, var_444);
}



void ambient_occlusion_3d70dd62_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ambient_occlusion_3d70dd62 *_wp_args,
    wp_args_ambient_occlusion_3d70dd62 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_ao = _wp_args->ao;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers = _wp_adj_args->centers;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_ao = _wp_adj_args->ao;
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
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::vec_t<3, wp::float32> var_35;
    wp::shape_t* var_36;
    const wp::int32 var_37 = 0;
    wp::int32 var_38;
    wp::shape_t var_39;
    wp::range_t var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    bool var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    bool var_53;
    const wp::float32 var_54 = 0.0;
    bool var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    wp::vec_t<3, wp::float32> var_62;
    wp::shape_t* var_63;
    const wp::int32 var_64 = 0;
    wp::int32 var_65;
    wp::shape_t var_66;
    wp::range_t var_67;
    wp::int32 var_68;
    wp::vec_t<3, wp::float32>* var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    bool var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 0.0;
    bool var_80;
    const wp::float32 var_81 = 0.0;
    bool var_82;
    const wp::int32 var_83 = 1;
    wp::int32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 3;
    wp::vec_t<3, wp::float32> var_89;
    wp::shape_t* var_90;
    const wp::int32 var_91 = 0;
    wp::int32 var_92;
    wp::shape_t var_93;
    wp::range_t var_94;
    wp::int32 var_95;
    wp::vec_t<3, wp::float32>* var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    bool var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    const wp::float32 var_106 = 0.0;
    bool var_107;
    const wp::float32 var_108 = 0.0;
    bool var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 4;
    wp::vec_t<3, wp::float32> var_116;
    wp::shape_t* var_117;
    const wp::int32 var_118 = 0;
    wp::int32 var_119;
    wp::shape_t var_120;
    wp::range_t var_121;
    wp::int32 var_122;
    wp::vec_t<3, wp::float32>* var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    bool var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    const wp::float32 var_133 = 0.0;
    bool var_134;
    const wp::float32 var_135 = 0.0;
    bool var_136;
    const wp::int32 var_137 = 1;
    wp::int32 var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 5;
    wp::vec_t<3, wp::float32> var_143;
    wp::shape_t* var_144;
    const wp::int32 var_145 = 0;
    wp::int32 var_146;
    wp::shape_t var_147;
    wp::range_t var_148;
    wp::int32 var_149;
    wp::vec_t<3, wp::float32>* var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    bool var_157;
    wp::float32 var_158;
    wp::float32 var_159;
    const wp::float32 var_160 = 0.0;
    bool var_161;
    const wp::float32 var_162 = 0.0;
    bool var_163;
    const wp::int32 var_164 = 1;
    wp::int32 var_165;
    wp::vec_t<3, wp::float32> var_166;
    wp::float32 var_167;
    wp::float32 var_168;
    const wp::int32 var_169 = 6;
    wp::vec_t<3, wp::float32> var_170;
    wp::shape_t* var_171;
    const wp::int32 var_172 = 0;
    wp::int32 var_173;
    wp::shape_t var_174;
    wp::range_t var_175;
    wp::int32 var_176;
    wp::vec_t<3, wp::float32>* var_177;
    wp::vec_t<3, wp::float32> var_178;
    wp::vec_t<3, wp::float32> var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    bool var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    const wp::float32 var_187 = 0.0;
    bool var_188;
    const wp::float32 var_189 = 0.0;
    bool var_190;
    const wp::int32 var_191 = 1;
    wp::int32 var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::float32 var_194;
    wp::float32 var_195;
    const wp::int32 var_196 = 7;
    wp::vec_t<3, wp::float32> var_197;
    wp::shape_t* var_198;
    const wp::int32 var_199 = 0;
    wp::int32 var_200;
    wp::shape_t var_201;
    wp::range_t var_202;
    wp::int32 var_203;
    wp::vec_t<3, wp::float32>* var_204;
    wp::vec_t<3, wp::float32> var_205;
    wp::vec_t<3, wp::float32> var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    bool var_211;
    wp::float32 var_212;
    wp::float32 var_213;
    const wp::float32 var_214 = 0.0;
    bool var_215;
    const wp::float32 var_216 = 0.0;
    bool var_217;
    const wp::int32 var_218 = 1;
    wp::int32 var_219;
    wp::vec_t<3, wp::float32> var_220;
    wp::float32 var_221;
    wp::float32 var_222;
    const wp::int32 var_223 = 8;
    wp::vec_t<3, wp::float32> var_224;
    wp::shape_t* var_225;
    const wp::int32 var_226 = 0;
    wp::int32 var_227;
    wp::shape_t var_228;
    wp::range_t var_229;
    wp::int32 var_230;
    wp::vec_t<3, wp::float32>* var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    wp::float32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    bool var_238;
    wp::float32 var_239;
    wp::float32 var_240;
    const wp::float32 var_241 = 0.0;
    bool var_242;
    const wp::float32 var_243 = 0.0;
    bool var_244;
    const wp::int32 var_245 = 1;
    wp::int32 var_246;
    wp::vec_t<3, wp::float32> var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    const wp::int32 var_250 = 9;
    wp::vec_t<3, wp::float32> var_251;
    wp::shape_t* var_252;
    const wp::int32 var_253 = 0;
    wp::int32 var_254;
    wp::shape_t var_255;
    wp::range_t var_256;
    wp::int32 var_257;
    wp::vec_t<3, wp::float32>* var_258;
    wp::vec_t<3, wp::float32> var_259;
    wp::vec_t<3, wp::float32> var_260;
    wp::float32 var_261;
    wp::float32 var_262;
    wp::float32 var_263;
    wp::float32 var_264;
    bool var_265;
    wp::float32 var_266;
    wp::float32 var_267;
    const wp::float32 var_268 = 0.0;
    bool var_269;
    const wp::float32 var_270 = 0.0;
    bool var_271;
    const wp::int32 var_272 = 1;
    wp::int32 var_273;
    wp::vec_t<3, wp::float32> var_274;
    wp::float32 var_275;
    wp::float32 var_276;
    const wp::int32 var_277 = 10;
    wp::vec_t<3, wp::float32> var_278;
    wp::shape_t* var_279;
    const wp::int32 var_280 = 0;
    wp::int32 var_281;
    wp::shape_t var_282;
    wp::range_t var_283;
    wp::int32 var_284;
    wp::vec_t<3, wp::float32>* var_285;
    wp::vec_t<3, wp::float32> var_286;
    wp::vec_t<3, wp::float32> var_287;
    wp::float32 var_288;
    wp::float32 var_289;
    wp::float32 var_290;
    wp::float32 var_291;
    bool var_292;
    wp::float32 var_293;
    wp::float32 var_294;
    const wp::float32 var_295 = 0.0;
    bool var_296;
    const wp::float32 var_297 = 0.0;
    bool var_298;
    const wp::int32 var_299 = 1;
    wp::int32 var_300;
    wp::vec_t<3, wp::float32> var_301;
    wp::float32 var_302;
    wp::float32 var_303;
    const wp::int32 var_304 = 11;
    wp::vec_t<3, wp::float32> var_305;
    wp::shape_t* var_306;
    const wp::int32 var_307 = 0;
    wp::int32 var_308;
    wp::shape_t var_309;
    wp::range_t var_310;
    wp::int32 var_311;
    wp::vec_t<3, wp::float32>* var_312;
    wp::vec_t<3, wp::float32> var_313;
    wp::vec_t<3, wp::float32> var_314;
    wp::float32 var_315;
    wp::float32 var_316;
    wp::float32 var_317;
    wp::float32 var_318;
    bool var_319;
    wp::float32 var_320;
    wp::float32 var_321;
    const wp::float32 var_322 = 0.0;
    bool var_323;
    const wp::float32 var_324 = 0.0;
    bool var_325;
    const wp::int32 var_326 = 1;
    wp::int32 var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::float32 var_329;
    wp::float32 var_330;
    const wp::int32 var_331 = 12;
    wp::vec_t<3, wp::float32> var_332;
    wp::shape_t* var_333;
    const wp::int32 var_334 = 0;
    wp::int32 var_335;
    wp::shape_t var_336;
    wp::range_t var_337;
    wp::int32 var_338;
    wp::vec_t<3, wp::float32>* var_339;
    wp::vec_t<3, wp::float32> var_340;
    wp::vec_t<3, wp::float32> var_341;
    wp::float32 var_342;
    wp::float32 var_343;
    wp::float32 var_344;
    wp::float32 var_345;
    bool var_346;
    wp::float32 var_347;
    wp::float32 var_348;
    const wp::float32 var_349 = 0.0;
    bool var_350;
    const wp::float32 var_351 = 0.0;
    bool var_352;
    const wp::int32 var_353 = 1;
    wp::int32 var_354;
    wp::vec_t<3, wp::float32> var_355;
    wp::float32 var_356;
    wp::float32 var_357;
    const wp::int32 var_358 = 13;
    wp::vec_t<3, wp::float32> var_359;
    wp::shape_t* var_360;
    const wp::int32 var_361 = 0;
    wp::int32 var_362;
    wp::shape_t var_363;
    wp::range_t var_364;
    wp::int32 var_365;
    wp::vec_t<3, wp::float32>* var_366;
    wp::vec_t<3, wp::float32> var_367;
    wp::vec_t<3, wp::float32> var_368;
    wp::float32 var_369;
    wp::float32 var_370;
    wp::float32 var_371;
    wp::float32 var_372;
    bool var_373;
    wp::float32 var_374;
    wp::float32 var_375;
    const wp::float32 var_376 = 0.0;
    bool var_377;
    const wp::float32 var_378 = 0.0;
    bool var_379;
    const wp::int32 var_380 = 1;
    wp::int32 var_381;
    wp::vec_t<3, wp::float32> var_382;
    wp::float32 var_383;
    wp::float32 var_384;
    const wp::int32 var_385 = 14;
    wp::vec_t<3, wp::float32> var_386;
    wp::shape_t* var_387;
    const wp::int32 var_388 = 0;
    wp::int32 var_389;
    wp::shape_t var_390;
    wp::range_t var_391;
    wp::int32 var_392;
    wp::vec_t<3, wp::float32>* var_393;
    wp::vec_t<3, wp::float32> var_394;
    wp::vec_t<3, wp::float32> var_395;
    wp::float32 var_396;
    wp::float32 var_397;
    wp::float32 var_398;
    wp::float32 var_399;
    bool var_400;
    wp::float32 var_401;
    wp::float32 var_402;
    const wp::float32 var_403 = 0.0;
    bool var_404;
    const wp::float32 var_405 = 0.0;
    bool var_406;
    const wp::int32 var_407 = 1;
    wp::int32 var_408;
    wp::vec_t<3, wp::float32> var_409;
    wp::float32 var_410;
    wp::float32 var_411;
    const wp::int32 var_412 = 15;
    wp::vec_t<3, wp::float32> var_413;
    wp::shape_t* var_414;
    const wp::int32 var_415 = 0;
    wp::int32 var_416;
    wp::shape_t var_417;
    wp::range_t var_418;
    wp::int32 var_419;
    wp::vec_t<3, wp::float32>* var_420;
    wp::vec_t<3, wp::float32> var_421;
    wp::vec_t<3, wp::float32> var_422;
    wp::float32 var_423;
    wp::float32 var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    bool var_427;
    wp::float32 var_428;
    wp::float32 var_429;
    const wp::float32 var_430 = 0.0;
    bool var_431;
    const wp::float32 var_432 = 0.0;
    bool var_433;
    const wp::int32 var_434 = 1;
    wp::int32 var_435;
    wp::vec_t<3, wp::float32> var_436;
    wp::float32 var_437;
    wp::float32 var_438;
    const wp::float32 var_439 = 1.0;
    wp::float32 var_440;
    const wp::int32 var_441 = 16;
    wp::float32 var_442;
    wp::float32 var_443;
    wp::float32 var_444;
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
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::shape_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::shape_t adj_39 = {};
    wp::range_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    bool adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::shape_t adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::shape_t adj_66 = {};
    wp::range_t adj_67 = {};
    wp::int32 adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    bool adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    bool adj_80 = {};
    wp::float32 adj_81 = {};
    bool adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::shape_t adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::shape_t adj_93 = {};
    wp::range_t adj_94 = {};
    wp::int32 adj_95 = {};
    wp::vec_t<3, wp::float32> adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    bool adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    bool adj_107 = {};
    wp::float32 adj_108 = {};
    bool adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::vec_t<3, wp::float32> adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::vec_t<3, wp::float32> adj_116 = {};
    wp::shape_t adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::shape_t adj_120 = {};
    wp::range_t adj_121 = {};
    wp::int32 adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    bool adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    bool adj_134 = {};
    wp::float32 adj_135 = {};
    bool adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::vec_t<3, wp::float32> adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::vec_t<3, wp::float32> adj_143 = {};
    wp::shape_t adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::shape_t adj_147 = {};
    wp::range_t adj_148 = {};
    wp::int32 adj_149 = {};
    wp::vec_t<3, wp::float32> adj_150 = {};
    wp::vec_t<3, wp::float32> adj_151 = {};
    wp::vec_t<3, wp::float32> adj_152 = {};
    wp::float32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float32 adj_155 = {};
    wp::float32 adj_156 = {};
    bool adj_157 = {};
    wp::float32 adj_158 = {};
    wp::float32 adj_159 = {};
    wp::float32 adj_160 = {};
    bool adj_161 = {};
    wp::float32 adj_162 = {};
    bool adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::vec_t<3, wp::float32> adj_166 = {};
    wp::float32 adj_167 = {};
    wp::float32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::vec_t<3, wp::float32> adj_170 = {};
    wp::shape_t adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::shape_t adj_174 = {};
    wp::range_t adj_175 = {};
    wp::int32 adj_176 = {};
    wp::vec_t<3, wp::float32> adj_177 = {};
    wp::vec_t<3, wp::float32> adj_178 = {};
    wp::vec_t<3, wp::float32> adj_179 = {};
    wp::float32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    bool adj_184 = {};
    wp::float32 adj_185 = {};
    wp::float32 adj_186 = {};
    wp::float32 adj_187 = {};
    bool adj_188 = {};
    wp::float32 adj_189 = {};
    bool adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::vec_t<3, wp::float32> adj_193 = {};
    wp::float32 adj_194 = {};
    wp::float32 adj_195 = {};
    wp::int32 adj_196 = {};
    wp::vec_t<3, wp::float32> adj_197 = {};
    wp::shape_t adj_198 = {};
    wp::int32 adj_199 = {};
    wp::int32 adj_200 = {};
    wp::shape_t adj_201 = {};
    wp::range_t adj_202 = {};
    wp::int32 adj_203 = {};
    wp::vec_t<3, wp::float32> adj_204 = {};
    wp::vec_t<3, wp::float32> adj_205 = {};
    wp::vec_t<3, wp::float32> adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::float32 adj_209 = {};
    wp::float32 adj_210 = {};
    bool adj_211 = {};
    wp::float32 adj_212 = {};
    wp::float32 adj_213 = {};
    wp::float32 adj_214 = {};
    bool adj_215 = {};
    wp::float32 adj_216 = {};
    bool adj_217 = {};
    wp::int32 adj_218 = {};
    wp::int32 adj_219 = {};
    wp::vec_t<3, wp::float32> adj_220 = {};
    wp::float32 adj_221 = {};
    wp::float32 adj_222 = {};
    wp::int32 adj_223 = {};
    wp::vec_t<3, wp::float32> adj_224 = {};
    wp::shape_t adj_225 = {};
    wp::int32 adj_226 = {};
    wp::int32 adj_227 = {};
    wp::shape_t adj_228 = {};
    wp::range_t adj_229 = {};
    wp::int32 adj_230 = {};
    wp::vec_t<3, wp::float32> adj_231 = {};
    wp::vec_t<3, wp::float32> adj_232 = {};
    wp::vec_t<3, wp::float32> adj_233 = {};
    wp::float32 adj_234 = {};
    wp::float32 adj_235 = {};
    wp::float32 adj_236 = {};
    wp::float32 adj_237 = {};
    bool adj_238 = {};
    wp::float32 adj_239 = {};
    wp::float32 adj_240 = {};
    wp::float32 adj_241 = {};
    bool adj_242 = {};
    wp::float32 adj_243 = {};
    bool adj_244 = {};
    wp::int32 adj_245 = {};
    wp::int32 adj_246 = {};
    wp::vec_t<3, wp::float32> adj_247 = {};
    wp::float32 adj_248 = {};
    wp::float32 adj_249 = {};
    wp::int32 adj_250 = {};
    wp::vec_t<3, wp::float32> adj_251 = {};
    wp::shape_t adj_252 = {};
    wp::int32 adj_253 = {};
    wp::int32 adj_254 = {};
    wp::shape_t adj_255 = {};
    wp::range_t adj_256 = {};
    wp::int32 adj_257 = {};
    wp::vec_t<3, wp::float32> adj_258 = {};
    wp::vec_t<3, wp::float32> adj_259 = {};
    wp::vec_t<3, wp::float32> adj_260 = {};
    wp::float32 adj_261 = {};
    wp::float32 adj_262 = {};
    wp::float32 adj_263 = {};
    wp::float32 adj_264 = {};
    bool adj_265 = {};
    wp::float32 adj_266 = {};
    wp::float32 adj_267 = {};
    wp::float32 adj_268 = {};
    bool adj_269 = {};
    wp::float32 adj_270 = {};
    bool adj_271 = {};
    wp::int32 adj_272 = {};
    wp::int32 adj_273 = {};
    wp::vec_t<3, wp::float32> adj_274 = {};
    wp::float32 adj_275 = {};
    wp::float32 adj_276 = {};
    wp::int32 adj_277 = {};
    wp::vec_t<3, wp::float32> adj_278 = {};
    wp::shape_t adj_279 = {};
    wp::int32 adj_280 = {};
    wp::int32 adj_281 = {};
    wp::shape_t adj_282 = {};
    wp::range_t adj_283 = {};
    wp::int32 adj_284 = {};
    wp::vec_t<3, wp::float32> adj_285 = {};
    wp::vec_t<3, wp::float32> adj_286 = {};
    wp::vec_t<3, wp::float32> adj_287 = {};
    wp::float32 adj_288 = {};
    wp::float32 adj_289 = {};
    wp::float32 adj_290 = {};
    wp::float32 adj_291 = {};
    bool adj_292 = {};
    wp::float32 adj_293 = {};
    wp::float32 adj_294 = {};
    wp::float32 adj_295 = {};
    bool adj_296 = {};
    wp::float32 adj_297 = {};
    bool adj_298 = {};
    wp::int32 adj_299 = {};
    wp::int32 adj_300 = {};
    wp::vec_t<3, wp::float32> adj_301 = {};
    wp::float32 adj_302 = {};
    wp::float32 adj_303 = {};
    wp::int32 adj_304 = {};
    wp::vec_t<3, wp::float32> adj_305 = {};
    wp::shape_t adj_306 = {};
    wp::int32 adj_307 = {};
    wp::int32 adj_308 = {};
    wp::shape_t adj_309 = {};
    wp::range_t adj_310 = {};
    wp::int32 adj_311 = {};
    wp::vec_t<3, wp::float32> adj_312 = {};
    wp::vec_t<3, wp::float32> adj_313 = {};
    wp::vec_t<3, wp::float32> adj_314 = {};
    wp::float32 adj_315 = {};
    wp::float32 adj_316 = {};
    wp::float32 adj_317 = {};
    wp::float32 adj_318 = {};
    bool adj_319 = {};
    wp::float32 adj_320 = {};
    wp::float32 adj_321 = {};
    wp::float32 adj_322 = {};
    bool adj_323 = {};
    wp::float32 adj_324 = {};
    bool adj_325 = {};
    wp::int32 adj_326 = {};
    wp::int32 adj_327 = {};
    wp::vec_t<3, wp::float32> adj_328 = {};
    wp::float32 adj_329 = {};
    wp::float32 adj_330 = {};
    wp::int32 adj_331 = {};
    wp::vec_t<3, wp::float32> adj_332 = {};
    wp::shape_t adj_333 = {};
    wp::int32 adj_334 = {};
    wp::int32 adj_335 = {};
    wp::shape_t adj_336 = {};
    wp::range_t adj_337 = {};
    wp::int32 adj_338 = {};
    wp::vec_t<3, wp::float32> adj_339 = {};
    wp::vec_t<3, wp::float32> adj_340 = {};
    wp::vec_t<3, wp::float32> adj_341 = {};
    wp::float32 adj_342 = {};
    wp::float32 adj_343 = {};
    wp::float32 adj_344 = {};
    wp::float32 adj_345 = {};
    bool adj_346 = {};
    wp::float32 adj_347 = {};
    wp::float32 adj_348 = {};
    wp::float32 adj_349 = {};
    bool adj_350 = {};
    wp::float32 adj_351 = {};
    bool adj_352 = {};
    wp::int32 adj_353 = {};
    wp::int32 adj_354 = {};
    wp::vec_t<3, wp::float32> adj_355 = {};
    wp::float32 adj_356 = {};
    wp::float32 adj_357 = {};
    wp::int32 adj_358 = {};
    wp::vec_t<3, wp::float32> adj_359 = {};
    wp::shape_t adj_360 = {};
    wp::int32 adj_361 = {};
    wp::int32 adj_362 = {};
    wp::shape_t adj_363 = {};
    wp::range_t adj_364 = {};
    wp::int32 adj_365 = {};
    wp::vec_t<3, wp::float32> adj_366 = {};
    wp::vec_t<3, wp::float32> adj_367 = {};
    wp::vec_t<3, wp::float32> adj_368 = {};
    wp::float32 adj_369 = {};
    wp::float32 adj_370 = {};
    wp::float32 adj_371 = {};
    wp::float32 adj_372 = {};
    bool adj_373 = {};
    wp::float32 adj_374 = {};
    wp::float32 adj_375 = {};
    wp::float32 adj_376 = {};
    bool adj_377 = {};
    wp::float32 adj_378 = {};
    bool adj_379 = {};
    wp::int32 adj_380 = {};
    wp::int32 adj_381 = {};
    wp::vec_t<3, wp::float32> adj_382 = {};
    wp::float32 adj_383 = {};
    wp::float32 adj_384 = {};
    wp::int32 adj_385 = {};
    wp::vec_t<3, wp::float32> adj_386 = {};
    wp::shape_t adj_387 = {};
    wp::int32 adj_388 = {};
    wp::int32 adj_389 = {};
    wp::shape_t adj_390 = {};
    wp::range_t adj_391 = {};
    wp::int32 adj_392 = {};
    wp::vec_t<3, wp::float32> adj_393 = {};
    wp::vec_t<3, wp::float32> adj_394 = {};
    wp::vec_t<3, wp::float32> adj_395 = {};
    wp::float32 adj_396 = {};
    wp::float32 adj_397 = {};
    wp::float32 adj_398 = {};
    wp::float32 adj_399 = {};
    bool adj_400 = {};
    wp::float32 adj_401 = {};
    wp::float32 adj_402 = {};
    wp::float32 adj_403 = {};
    bool adj_404 = {};
    wp::float32 adj_405 = {};
    bool adj_406 = {};
    wp::int32 adj_407 = {};
    wp::int32 adj_408 = {};
    wp::vec_t<3, wp::float32> adj_409 = {};
    wp::float32 adj_410 = {};
    wp::float32 adj_411 = {};
    wp::int32 adj_412 = {};
    wp::vec_t<3, wp::float32> adj_413 = {};
    wp::shape_t adj_414 = {};
    wp::int32 adj_415 = {};
    wp::int32 adj_416 = {};
    wp::shape_t adj_417 = {};
    wp::range_t adj_418 = {};
    wp::int32 adj_419 = {};
    wp::vec_t<3, wp::float32> adj_420 = {};
    wp::vec_t<3, wp::float32> adj_421 = {};
    wp::vec_t<3, wp::float32> adj_422 = {};
    wp::float32 adj_423 = {};
    wp::float32 adj_424 = {};
    wp::float32 adj_425 = {};
    wp::float32 adj_426 = {};
    bool adj_427 = {};
    wp::float32 adj_428 = {};
    wp::float32 adj_429 = {};
    wp::float32 adj_430 = {};
    bool adj_431 = {};
    wp::float32 adj_432 = {};
    bool adj_433 = {};
    wp::int32 adj_434 = {};
    wp::int32 adj_435 = {};
    wp::vec_t<3, wp::float32> adj_436 = {};
    wp::float32 adj_437 = {};
    wp::float32 adj_438 = {};
    wp::float32 adj_439 = {};
    wp::float32 adj_440 = {};
    wp::int32 adj_441 = {};
    wp::float32 adj_442 = {};
    wp::float32 adj_443 = {};
    wp::float32 adj_444 = {};
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
    var_35 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_36 = &(var_centers.shape);
    var_39 = wp::load(var_36);
    var_38 = wp::extract(var_39, var_37);
    var_40 = wp::range(var_38);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_62 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_63 = &(var_centers.shape);
    var_66 = wp::load(var_63);
    var_65 = wp::extract(var_66, var_64);
    var_67 = wp::range(var_65);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_89 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_90 = &(var_centers.shape);
    var_93 = wp::load(var_90);
    var_92 = wp::extract(var_93, var_91);
    var_94 = wp::range(var_92);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_116 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_117 = &(var_centers.shape);
    var_120 = wp::load(var_117);
    var_119 = wp::extract(var_120, var_118);
    var_121 = wp::range(var_119);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_143 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_144 = &(var_centers.shape);
    var_147 = wp::load(var_144);
    var_146 = wp::extract(var_147, var_145);
    var_148 = wp::range(var_146);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_170 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_171 = &(var_centers.shape);
    var_174 = wp::load(var_171);
    var_173 = wp::extract(var_174, var_172);
    var_175 = wp::range(var_173);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_197 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_198 = &(var_centers.shape);
    var_201 = wp::load(var_198);
    var_200 = wp::extract(var_201, var_199);
    var_202 = wp::range(var_200);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_224 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_225 = &(var_centers.shape);
    var_228 = wp::load(var_225);
    var_227 = wp::extract(var_228, var_226);
    var_229 = wp::range(var_227);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_251 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_252 = &(var_centers.shape);
    var_255 = wp::load(var_252);
    var_254 = wp::extract(var_255, var_253);
    var_256 = wp::range(var_254);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_278 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_279 = &(var_centers.shape);
    var_282 = wp::load(var_279);
    var_281 = wp::extract(var_282, var_280);
    var_283 = wp::range(var_281);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_305 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_306 = &(var_centers.shape);
    var_309 = wp::load(var_306);
    var_308 = wp::extract(var_309, var_307);
    var_310 = wp::range(var_308);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_332 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_333 = &(var_centers.shape);
    var_336 = wp::load(var_333);
    var_335 = wp::extract(var_336, var_334);
    var_337 = wp::range(var_335);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_359 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_360 = &(var_centers.shape);
    var_363 = wp::load(var_360);
    var_362 = wp::extract(var_363, var_361);
    var_364 = wp::range(var_362);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_386 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_387 = &(var_centers.shape);
    var_390 = wp::load(var_387);
    var_389 = wp::extract(var_390, var_388);
    var_391 = wp::range(var_389);
    // d = sample_hemisphere(rng, n)                                                          <L 30>
    var_413 = sample_hemisphere_0(var_1, var_3);
    // for c in range(centers.shape[0]):                                                      <L 31>
    var_414 = &(var_centers.shape);
    var_417 = wp::load(var_414);
    var_416 = wp::extract(var_417, var_415);
    var_418 = wp::range(var_416);
    // ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                         <L 38>
    var_440 = wp::float(var_9);
    var_442 = wp::float(var_441);
    var_443 = wp::div(var_440, var_442);
    var_444 = wp::sub(var_439, var_443);
    // wp::array_store(var_ao, var_0, var_444);
    //---------
    // reverse
    wp::adj_array_store(var_ao, var_0, var_444, adj_ao, adj_0, adj_444);
    wp::adj_sub(var_439, var_443, adj_439, adj_443, adj_444);
    wp::adj_div(var_440, var_442, var_443, adj_440, adj_442, adj_443);
    wp::adj_float(var_441, adj_441, adj_442);
    wp::adj_float(var_9, adj_9, adj_440);
    // adj: ao[i] = 1.0 - float(hits) / float(NUM_SAMPLES)                                    <L 38>
    var_418 = wp::iter_reverse(var_418);
    start_for_30:;
        if (iter_cmp(var_418) == 0) goto end_for_30;
        var_419 = wp::iter_next(var_418);
    	adj_420 = {};
    	adj_421 = {};
    	adj_422 = {};
    	adj_423 = {};
    	adj_424 = {};
    	adj_425 = {};
    	adj_426 = {};
    	adj_427 = {};
    	adj_428 = {};
    	adj_429 = {};
    	adj_430 = {};
    	adj_431 = {};
    	adj_432 = {};
    	adj_433 = {};
    	adj_434 = {};
    	adj_435 = {};
    	adj_436 = {};
    	adj_437 = {};
    	adj_438 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_420 = wp::address(var_centers, var_419);
        var_422 = wp::load(var_420);
        var_421 = wp::sub(var_6, var_422);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_423 = wp::dot(var_421, var_413);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_424 = wp::dot(var_421, var_421);
        var_425 = wp::mul(var_radius, var_radius);
        var_426 = wp::sub(var_424, var_425);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_428 = wp::mul(var_423, var_423);
        var_429 = wp::sub(var_428, var_426);
        var_431 = (var_429 > var_430);
        var_427 = var_431;
        if (var_427) {
            var_433 = (var_423 < var_432);
            var_427 = var_427 && var_433;
        }
        if (var_427) {
            // hits += 1                                                                      <L 36>
            var_435 = wp::add(var_9, var_434);
            // break                                                                          <L 37>
            wp::assign(var_9, var_435);
            wp::assign(var_19, var_421);
            wp::assign(var_21, var_423);
            wp::assign(var_24, var_426);
            goto end_for_30;
        }
        var_436 = wp::where(var_427, var_19, var_421);
        var_437 = wp::where(var_427, var_21, var_423);
        var_438 = wp::where(var_427, var_24, var_426);
        wp::assign(var_19, var_436);
        wp::assign(var_21, var_437);
        wp::assign(var_24, var_438);
        wp::adj_assign(var_24, var_438, adj_24, adj_438);
        wp::adj_assign(var_21, var_437, adj_21, adj_437);
        wp::adj_assign(var_19, var_436, adj_19, adj_436);
        wp::adj_where(var_427, var_24, var_426, adj_427, adj_24, adj_426, adj_438);
        wp::adj_where(var_427, var_21, var_423, adj_427, adj_21, adj_423, adj_437);
        wp::adj_where(var_427, var_19, var_421, adj_427, adj_19, adj_421, adj_436);
        if (var_427) {
            wp::adj_assign(var_24, var_426, adj_24, adj_426);
            wp::adj_assign(var_21, var_423, adj_21, adj_423);
            wp::adj_assign(var_19, var_421, adj_19, adj_421);
            wp::adj_assign(var_9, var_435, adj_9, adj_435);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_434, adj_9, adj_434, adj_435);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_427) {
        }
        wp::adj_sub(var_428, var_426, adj_428, adj_426, adj_429);
        wp::adj_mul(var_423, var_423, adj_423, adj_423, adj_428);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_424, var_425, adj_424, adj_425, adj_426);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_425);
        wp::adj_dot(var_421, var_421, adj_421, adj_421, adj_424);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_421, var_413, adj_421, adj_413, adj_423);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_422, adj_6, adj_420, adj_421);
        wp::adj_address(var_centers, var_419, adj_centers, adj_419, adj_420);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_30;
    end_for_30:;
    adj_centers.shape = adj_414;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_413);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_391 = wp::iter_reverse(var_391);
    start_for_28:;
        if (iter_cmp(var_391) == 0) goto end_for_28;
        var_392 = wp::iter_next(var_391);
    	adj_393 = {};
    	adj_394 = {};
    	adj_395 = {};
    	adj_396 = {};
    	adj_397 = {};
    	adj_398 = {};
    	adj_399 = {};
    	adj_400 = {};
    	adj_401 = {};
    	adj_402 = {};
    	adj_403 = {};
    	adj_404 = {};
    	adj_405 = {};
    	adj_406 = {};
    	adj_407 = {};
    	adj_408 = {};
    	adj_409 = {};
    	adj_410 = {};
    	adj_411 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_393 = wp::address(var_centers, var_392);
        var_395 = wp::load(var_393);
        var_394 = wp::sub(var_6, var_395);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_396 = wp::dot(var_394, var_386);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_397 = wp::dot(var_394, var_394);
        var_398 = wp::mul(var_radius, var_radius);
        var_399 = wp::sub(var_397, var_398);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_401 = wp::mul(var_396, var_396);
        var_402 = wp::sub(var_401, var_399);
        var_404 = (var_402 > var_403);
        var_400 = var_404;
        if (var_400) {
            var_406 = (var_396 < var_405);
            var_400 = var_400 && var_406;
        }
        if (var_400) {
            // hits += 1                                                                      <L 36>
            var_408 = wp::add(var_9, var_407);
            // break                                                                          <L 37>
            wp::assign(var_9, var_408);
            wp::assign(var_19, var_394);
            wp::assign(var_21, var_396);
            wp::assign(var_24, var_399);
            goto end_for_28;
        }
        var_409 = wp::where(var_400, var_19, var_394);
        var_410 = wp::where(var_400, var_21, var_396);
        var_411 = wp::where(var_400, var_24, var_399);
        wp::assign(var_19, var_409);
        wp::assign(var_21, var_410);
        wp::assign(var_24, var_411);
        wp::adj_assign(var_24, var_411, adj_24, adj_411);
        wp::adj_assign(var_21, var_410, adj_21, adj_410);
        wp::adj_assign(var_19, var_409, adj_19, adj_409);
        wp::adj_where(var_400, var_24, var_399, adj_400, adj_24, adj_399, adj_411);
        wp::adj_where(var_400, var_21, var_396, adj_400, adj_21, adj_396, adj_410);
        wp::adj_where(var_400, var_19, var_394, adj_400, adj_19, adj_394, adj_409);
        if (var_400) {
            wp::adj_assign(var_24, var_399, adj_24, adj_399);
            wp::adj_assign(var_21, var_396, adj_21, adj_396);
            wp::adj_assign(var_19, var_394, adj_19, adj_394);
            wp::adj_assign(var_9, var_408, adj_9, adj_408);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_407, adj_9, adj_407, adj_408);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_400) {
        }
        wp::adj_sub(var_401, var_399, adj_401, adj_399, adj_402);
        wp::adj_mul(var_396, var_396, adj_396, adj_396, adj_401);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_397, var_398, adj_397, adj_398, adj_399);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_398);
        wp::adj_dot(var_394, var_394, adj_394, adj_394, adj_397);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_394, var_386, adj_394, adj_386, adj_396);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_395, adj_6, adj_393, adj_394);
        wp::adj_address(var_centers, var_392, adj_centers, adj_392, adj_393);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_28;
    end_for_28:;
    adj_centers.shape = adj_387;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_386);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_364 = wp::iter_reverse(var_364);
    start_for_26:;
        if (iter_cmp(var_364) == 0) goto end_for_26;
        var_365 = wp::iter_next(var_364);
    	adj_366 = {};
    	adj_367 = {};
    	adj_368 = {};
    	adj_369 = {};
    	adj_370 = {};
    	adj_371 = {};
    	adj_372 = {};
    	adj_373 = {};
    	adj_374 = {};
    	adj_375 = {};
    	adj_376 = {};
    	adj_377 = {};
    	adj_378 = {};
    	adj_379 = {};
    	adj_380 = {};
    	adj_381 = {};
    	adj_382 = {};
    	adj_383 = {};
    	adj_384 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_366 = wp::address(var_centers, var_365);
        var_368 = wp::load(var_366);
        var_367 = wp::sub(var_6, var_368);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_369 = wp::dot(var_367, var_359);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_370 = wp::dot(var_367, var_367);
        var_371 = wp::mul(var_radius, var_radius);
        var_372 = wp::sub(var_370, var_371);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_374 = wp::mul(var_369, var_369);
        var_375 = wp::sub(var_374, var_372);
        var_377 = (var_375 > var_376);
        var_373 = var_377;
        if (var_373) {
            var_379 = (var_369 < var_378);
            var_373 = var_373 && var_379;
        }
        if (var_373) {
            // hits += 1                                                                      <L 36>
            var_381 = wp::add(var_9, var_380);
            // break                                                                          <L 37>
            wp::assign(var_9, var_381);
            wp::assign(var_19, var_367);
            wp::assign(var_21, var_369);
            wp::assign(var_24, var_372);
            goto end_for_26;
        }
        var_382 = wp::where(var_373, var_19, var_367);
        var_383 = wp::where(var_373, var_21, var_369);
        var_384 = wp::where(var_373, var_24, var_372);
        wp::assign(var_19, var_382);
        wp::assign(var_21, var_383);
        wp::assign(var_24, var_384);
        wp::adj_assign(var_24, var_384, adj_24, adj_384);
        wp::adj_assign(var_21, var_383, adj_21, adj_383);
        wp::adj_assign(var_19, var_382, adj_19, adj_382);
        wp::adj_where(var_373, var_24, var_372, adj_373, adj_24, adj_372, adj_384);
        wp::adj_where(var_373, var_21, var_369, adj_373, adj_21, adj_369, adj_383);
        wp::adj_where(var_373, var_19, var_367, adj_373, adj_19, adj_367, adj_382);
        if (var_373) {
            wp::adj_assign(var_24, var_372, adj_24, adj_372);
            wp::adj_assign(var_21, var_369, adj_21, adj_369);
            wp::adj_assign(var_19, var_367, adj_19, adj_367);
            wp::adj_assign(var_9, var_381, adj_9, adj_381);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_380, adj_9, adj_380, adj_381);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_373) {
        }
        wp::adj_sub(var_374, var_372, adj_374, adj_372, adj_375);
        wp::adj_mul(var_369, var_369, adj_369, adj_369, adj_374);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_370, var_371, adj_370, adj_371, adj_372);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_371);
        wp::adj_dot(var_367, var_367, adj_367, adj_367, adj_370);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_367, var_359, adj_367, adj_359, adj_369);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_368, adj_6, adj_366, adj_367);
        wp::adj_address(var_centers, var_365, adj_centers, adj_365, adj_366);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_26;
    end_for_26:;
    adj_centers.shape = adj_360;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_359);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_337 = wp::iter_reverse(var_337);
    start_for_24:;
        if (iter_cmp(var_337) == 0) goto end_for_24;
        var_338 = wp::iter_next(var_337);
    	adj_339 = {};
    	adj_340 = {};
    	adj_341 = {};
    	adj_342 = {};
    	adj_343 = {};
    	adj_344 = {};
    	adj_345 = {};
    	adj_346 = {};
    	adj_347 = {};
    	adj_348 = {};
    	adj_349 = {};
    	adj_350 = {};
    	adj_351 = {};
    	adj_352 = {};
    	adj_353 = {};
    	adj_354 = {};
    	adj_355 = {};
    	adj_356 = {};
    	adj_357 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_339 = wp::address(var_centers, var_338);
        var_341 = wp::load(var_339);
        var_340 = wp::sub(var_6, var_341);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_342 = wp::dot(var_340, var_332);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_343 = wp::dot(var_340, var_340);
        var_344 = wp::mul(var_radius, var_radius);
        var_345 = wp::sub(var_343, var_344);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_347 = wp::mul(var_342, var_342);
        var_348 = wp::sub(var_347, var_345);
        var_350 = (var_348 > var_349);
        var_346 = var_350;
        if (var_346) {
            var_352 = (var_342 < var_351);
            var_346 = var_346 && var_352;
        }
        if (var_346) {
            // hits += 1                                                                      <L 36>
            var_354 = wp::add(var_9, var_353);
            // break                                                                          <L 37>
            wp::assign(var_9, var_354);
            wp::assign(var_19, var_340);
            wp::assign(var_21, var_342);
            wp::assign(var_24, var_345);
            goto end_for_24;
        }
        var_355 = wp::where(var_346, var_19, var_340);
        var_356 = wp::where(var_346, var_21, var_342);
        var_357 = wp::where(var_346, var_24, var_345);
        wp::assign(var_19, var_355);
        wp::assign(var_21, var_356);
        wp::assign(var_24, var_357);
        wp::adj_assign(var_24, var_357, adj_24, adj_357);
        wp::adj_assign(var_21, var_356, adj_21, adj_356);
        wp::adj_assign(var_19, var_355, adj_19, adj_355);
        wp::adj_where(var_346, var_24, var_345, adj_346, adj_24, adj_345, adj_357);
        wp::adj_where(var_346, var_21, var_342, adj_346, adj_21, adj_342, adj_356);
        wp::adj_where(var_346, var_19, var_340, adj_346, adj_19, adj_340, adj_355);
        if (var_346) {
            wp::adj_assign(var_24, var_345, adj_24, adj_345);
            wp::adj_assign(var_21, var_342, adj_21, adj_342);
            wp::adj_assign(var_19, var_340, adj_19, adj_340);
            wp::adj_assign(var_9, var_354, adj_9, adj_354);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_353, adj_9, adj_353, adj_354);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_346) {
        }
        wp::adj_sub(var_347, var_345, adj_347, adj_345, adj_348);
        wp::adj_mul(var_342, var_342, adj_342, adj_342, adj_347);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_343, var_344, adj_343, adj_344, adj_345);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_344);
        wp::adj_dot(var_340, var_340, adj_340, adj_340, adj_343);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_340, var_332, adj_340, adj_332, adj_342);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_341, adj_6, adj_339, adj_340);
        wp::adj_address(var_centers, var_338, adj_centers, adj_338, adj_339);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_24;
    end_for_24:;
    adj_centers.shape = adj_333;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_332);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_310 = wp::iter_reverse(var_310);
    start_for_22:;
        if (iter_cmp(var_310) == 0) goto end_for_22;
        var_311 = wp::iter_next(var_310);
    	adj_312 = {};
    	adj_313 = {};
    	adj_314 = {};
    	adj_315 = {};
    	adj_316 = {};
    	adj_317 = {};
    	adj_318 = {};
    	adj_319 = {};
    	adj_320 = {};
    	adj_321 = {};
    	adj_322 = {};
    	adj_323 = {};
    	adj_324 = {};
    	adj_325 = {};
    	adj_326 = {};
    	adj_327 = {};
    	adj_328 = {};
    	adj_329 = {};
    	adj_330 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_312 = wp::address(var_centers, var_311);
        var_314 = wp::load(var_312);
        var_313 = wp::sub(var_6, var_314);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_315 = wp::dot(var_313, var_305);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_316 = wp::dot(var_313, var_313);
        var_317 = wp::mul(var_radius, var_radius);
        var_318 = wp::sub(var_316, var_317);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_320 = wp::mul(var_315, var_315);
        var_321 = wp::sub(var_320, var_318);
        var_323 = (var_321 > var_322);
        var_319 = var_323;
        if (var_319) {
            var_325 = (var_315 < var_324);
            var_319 = var_319 && var_325;
        }
        if (var_319) {
            // hits += 1                                                                      <L 36>
            var_327 = wp::add(var_9, var_326);
            // break                                                                          <L 37>
            wp::assign(var_9, var_327);
            wp::assign(var_19, var_313);
            wp::assign(var_21, var_315);
            wp::assign(var_24, var_318);
            goto end_for_22;
        }
        var_328 = wp::where(var_319, var_19, var_313);
        var_329 = wp::where(var_319, var_21, var_315);
        var_330 = wp::where(var_319, var_24, var_318);
        wp::assign(var_19, var_328);
        wp::assign(var_21, var_329);
        wp::assign(var_24, var_330);
        wp::adj_assign(var_24, var_330, adj_24, adj_330);
        wp::adj_assign(var_21, var_329, adj_21, adj_329);
        wp::adj_assign(var_19, var_328, adj_19, adj_328);
        wp::adj_where(var_319, var_24, var_318, adj_319, adj_24, adj_318, adj_330);
        wp::adj_where(var_319, var_21, var_315, adj_319, adj_21, adj_315, adj_329);
        wp::adj_where(var_319, var_19, var_313, adj_319, adj_19, adj_313, adj_328);
        if (var_319) {
            wp::adj_assign(var_24, var_318, adj_24, adj_318);
            wp::adj_assign(var_21, var_315, adj_21, adj_315);
            wp::adj_assign(var_19, var_313, adj_19, adj_313);
            wp::adj_assign(var_9, var_327, adj_9, adj_327);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_326, adj_9, adj_326, adj_327);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_319) {
        }
        wp::adj_sub(var_320, var_318, adj_320, adj_318, adj_321);
        wp::adj_mul(var_315, var_315, adj_315, adj_315, adj_320);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_316, var_317, adj_316, adj_317, adj_318);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_317);
        wp::adj_dot(var_313, var_313, adj_313, adj_313, adj_316);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_313, var_305, adj_313, adj_305, adj_315);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_314, adj_6, adj_312, adj_313);
        wp::adj_address(var_centers, var_311, adj_centers, adj_311, adj_312);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_22;
    end_for_22:;
    adj_centers.shape = adj_306;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_305);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_283 = wp::iter_reverse(var_283);
    start_for_20:;
        if (iter_cmp(var_283) == 0) goto end_for_20;
        var_284 = wp::iter_next(var_283);
    	adj_285 = {};
    	adj_286 = {};
    	adj_287 = {};
    	adj_288 = {};
    	adj_289 = {};
    	adj_290 = {};
    	adj_291 = {};
    	adj_292 = {};
    	adj_293 = {};
    	adj_294 = {};
    	adj_295 = {};
    	adj_296 = {};
    	adj_297 = {};
    	adj_298 = {};
    	adj_299 = {};
    	adj_300 = {};
    	adj_301 = {};
    	adj_302 = {};
    	adj_303 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_285 = wp::address(var_centers, var_284);
        var_287 = wp::load(var_285);
        var_286 = wp::sub(var_6, var_287);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_288 = wp::dot(var_286, var_278);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_289 = wp::dot(var_286, var_286);
        var_290 = wp::mul(var_radius, var_radius);
        var_291 = wp::sub(var_289, var_290);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_293 = wp::mul(var_288, var_288);
        var_294 = wp::sub(var_293, var_291);
        var_296 = (var_294 > var_295);
        var_292 = var_296;
        if (var_292) {
            var_298 = (var_288 < var_297);
            var_292 = var_292 && var_298;
        }
        if (var_292) {
            // hits += 1                                                                      <L 36>
            var_300 = wp::add(var_9, var_299);
            // break                                                                          <L 37>
            wp::assign(var_9, var_300);
            wp::assign(var_19, var_286);
            wp::assign(var_21, var_288);
            wp::assign(var_24, var_291);
            goto end_for_20;
        }
        var_301 = wp::where(var_292, var_19, var_286);
        var_302 = wp::where(var_292, var_21, var_288);
        var_303 = wp::where(var_292, var_24, var_291);
        wp::assign(var_19, var_301);
        wp::assign(var_21, var_302);
        wp::assign(var_24, var_303);
        wp::adj_assign(var_24, var_303, adj_24, adj_303);
        wp::adj_assign(var_21, var_302, adj_21, adj_302);
        wp::adj_assign(var_19, var_301, adj_19, adj_301);
        wp::adj_where(var_292, var_24, var_291, adj_292, adj_24, adj_291, adj_303);
        wp::adj_where(var_292, var_21, var_288, adj_292, adj_21, adj_288, adj_302);
        wp::adj_where(var_292, var_19, var_286, adj_292, adj_19, adj_286, adj_301);
        if (var_292) {
            wp::adj_assign(var_24, var_291, adj_24, adj_291);
            wp::adj_assign(var_21, var_288, adj_21, adj_288);
            wp::adj_assign(var_19, var_286, adj_19, adj_286);
            wp::adj_assign(var_9, var_300, adj_9, adj_300);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_299, adj_9, adj_299, adj_300);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_292) {
        }
        wp::adj_sub(var_293, var_291, adj_293, adj_291, adj_294);
        wp::adj_mul(var_288, var_288, adj_288, adj_288, adj_293);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_289, var_290, adj_289, adj_290, adj_291);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_290);
        wp::adj_dot(var_286, var_286, adj_286, adj_286, adj_289);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_286, var_278, adj_286, adj_278, adj_288);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_287, adj_6, adj_285, adj_286);
        wp::adj_address(var_centers, var_284, adj_centers, adj_284, adj_285);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_20;
    end_for_20:;
    adj_centers.shape = adj_279;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_278);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_256 = wp::iter_reverse(var_256);
    start_for_18:;
        if (iter_cmp(var_256) == 0) goto end_for_18;
        var_257 = wp::iter_next(var_256);
    	adj_258 = {};
    	adj_259 = {};
    	adj_260 = {};
    	adj_261 = {};
    	adj_262 = {};
    	adj_263 = {};
    	adj_264 = {};
    	adj_265 = {};
    	adj_266 = {};
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
        // oc = p - centers[c]                                                                <L 32>
        var_258 = wp::address(var_centers, var_257);
        var_260 = wp::load(var_258);
        var_259 = wp::sub(var_6, var_260);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_261 = wp::dot(var_259, var_251);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_262 = wp::dot(var_259, var_259);
        var_263 = wp::mul(var_radius, var_radius);
        var_264 = wp::sub(var_262, var_263);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_266 = wp::mul(var_261, var_261);
        var_267 = wp::sub(var_266, var_264);
        var_269 = (var_267 > var_268);
        var_265 = var_269;
        if (var_265) {
            var_271 = (var_261 < var_270);
            var_265 = var_265 && var_271;
        }
        if (var_265) {
            // hits += 1                                                                      <L 36>
            var_273 = wp::add(var_9, var_272);
            // break                                                                          <L 37>
            wp::assign(var_9, var_273);
            wp::assign(var_19, var_259);
            wp::assign(var_21, var_261);
            wp::assign(var_24, var_264);
            goto end_for_18;
        }
        var_274 = wp::where(var_265, var_19, var_259);
        var_275 = wp::where(var_265, var_21, var_261);
        var_276 = wp::where(var_265, var_24, var_264);
        wp::assign(var_19, var_274);
        wp::assign(var_21, var_275);
        wp::assign(var_24, var_276);
        wp::adj_assign(var_24, var_276, adj_24, adj_276);
        wp::adj_assign(var_21, var_275, adj_21, adj_275);
        wp::adj_assign(var_19, var_274, adj_19, adj_274);
        wp::adj_where(var_265, var_24, var_264, adj_265, adj_24, adj_264, adj_276);
        wp::adj_where(var_265, var_21, var_261, adj_265, adj_21, adj_261, adj_275);
        wp::adj_where(var_265, var_19, var_259, adj_265, adj_19, adj_259, adj_274);
        if (var_265) {
            wp::adj_assign(var_24, var_264, adj_24, adj_264);
            wp::adj_assign(var_21, var_261, adj_21, adj_261);
            wp::adj_assign(var_19, var_259, adj_19, adj_259);
            wp::adj_assign(var_9, var_273, adj_9, adj_273);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_272, adj_9, adj_272, adj_273);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_265) {
        }
        wp::adj_sub(var_266, var_264, adj_266, adj_264, adj_267);
        wp::adj_mul(var_261, var_261, adj_261, adj_261, adj_266);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_262, var_263, adj_262, adj_263, adj_264);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_263);
        wp::adj_dot(var_259, var_259, adj_259, adj_259, adj_262);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_259, var_251, adj_259, adj_251, adj_261);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_260, adj_6, adj_258, adj_259);
        wp::adj_address(var_centers, var_257, adj_centers, adj_257, adj_258);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_18;
    end_for_18:;
    adj_centers.shape = adj_252;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_251);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_229 = wp::iter_reverse(var_229);
    start_for_16:;
        if (iter_cmp(var_229) == 0) goto end_for_16;
        var_230 = wp::iter_next(var_229);
    	adj_231 = {};
    	adj_232 = {};
    	adj_233 = {};
    	adj_234 = {};
    	adj_235 = {};
    	adj_236 = {};
    	adj_237 = {};
    	adj_238 = {};
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
        // oc = p - centers[c]                                                                <L 32>
        var_231 = wp::address(var_centers, var_230);
        var_233 = wp::load(var_231);
        var_232 = wp::sub(var_6, var_233);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_234 = wp::dot(var_232, var_224);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_235 = wp::dot(var_232, var_232);
        var_236 = wp::mul(var_radius, var_radius);
        var_237 = wp::sub(var_235, var_236);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_239 = wp::mul(var_234, var_234);
        var_240 = wp::sub(var_239, var_237);
        var_242 = (var_240 > var_241);
        var_238 = var_242;
        if (var_238) {
            var_244 = (var_234 < var_243);
            var_238 = var_238 && var_244;
        }
        if (var_238) {
            // hits += 1                                                                      <L 36>
            var_246 = wp::add(var_9, var_245);
            // break                                                                          <L 37>
            wp::assign(var_9, var_246);
            wp::assign(var_19, var_232);
            wp::assign(var_21, var_234);
            wp::assign(var_24, var_237);
            goto end_for_16;
        }
        var_247 = wp::where(var_238, var_19, var_232);
        var_248 = wp::where(var_238, var_21, var_234);
        var_249 = wp::where(var_238, var_24, var_237);
        wp::assign(var_19, var_247);
        wp::assign(var_21, var_248);
        wp::assign(var_24, var_249);
        wp::adj_assign(var_24, var_249, adj_24, adj_249);
        wp::adj_assign(var_21, var_248, adj_21, adj_248);
        wp::adj_assign(var_19, var_247, adj_19, adj_247);
        wp::adj_where(var_238, var_24, var_237, adj_238, adj_24, adj_237, adj_249);
        wp::adj_where(var_238, var_21, var_234, adj_238, adj_21, adj_234, adj_248);
        wp::adj_where(var_238, var_19, var_232, adj_238, adj_19, adj_232, adj_247);
        if (var_238) {
            wp::adj_assign(var_24, var_237, adj_24, adj_237);
            wp::adj_assign(var_21, var_234, adj_21, adj_234);
            wp::adj_assign(var_19, var_232, adj_19, adj_232);
            wp::adj_assign(var_9, var_246, adj_9, adj_246);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_245, adj_9, adj_245, adj_246);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_238) {
        }
        wp::adj_sub(var_239, var_237, adj_239, adj_237, adj_240);
        wp::adj_mul(var_234, var_234, adj_234, adj_234, adj_239);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_235, var_236, adj_235, adj_236, adj_237);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_236);
        wp::adj_dot(var_232, var_232, adj_232, adj_232, adj_235);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_232, var_224, adj_232, adj_224, adj_234);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_233, adj_6, adj_231, adj_232);
        wp::adj_address(var_centers, var_230, adj_centers, adj_230, adj_231);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_16;
    end_for_16:;
    adj_centers.shape = adj_225;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_224);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_202 = wp::iter_reverse(var_202);
    start_for_14:;
        if (iter_cmp(var_202) == 0) goto end_for_14;
        var_203 = wp::iter_next(var_202);
    	adj_204 = {};
    	adj_205 = {};
    	adj_206 = {};
    	adj_207 = {};
    	adj_208 = {};
    	adj_209 = {};
    	adj_210 = {};
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
        // oc = p - centers[c]                                                                <L 32>
        var_204 = wp::address(var_centers, var_203);
        var_206 = wp::load(var_204);
        var_205 = wp::sub(var_6, var_206);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_207 = wp::dot(var_205, var_197);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_208 = wp::dot(var_205, var_205);
        var_209 = wp::mul(var_radius, var_radius);
        var_210 = wp::sub(var_208, var_209);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_212 = wp::mul(var_207, var_207);
        var_213 = wp::sub(var_212, var_210);
        var_215 = (var_213 > var_214);
        var_211 = var_215;
        if (var_211) {
            var_217 = (var_207 < var_216);
            var_211 = var_211 && var_217;
        }
        if (var_211) {
            // hits += 1                                                                      <L 36>
            var_219 = wp::add(var_9, var_218);
            // break                                                                          <L 37>
            wp::assign(var_9, var_219);
            wp::assign(var_19, var_205);
            wp::assign(var_21, var_207);
            wp::assign(var_24, var_210);
            goto end_for_14;
        }
        var_220 = wp::where(var_211, var_19, var_205);
        var_221 = wp::where(var_211, var_21, var_207);
        var_222 = wp::where(var_211, var_24, var_210);
        wp::assign(var_19, var_220);
        wp::assign(var_21, var_221);
        wp::assign(var_24, var_222);
        wp::adj_assign(var_24, var_222, adj_24, adj_222);
        wp::adj_assign(var_21, var_221, adj_21, adj_221);
        wp::adj_assign(var_19, var_220, adj_19, adj_220);
        wp::adj_where(var_211, var_24, var_210, adj_211, adj_24, adj_210, adj_222);
        wp::adj_where(var_211, var_21, var_207, adj_211, adj_21, adj_207, adj_221);
        wp::adj_where(var_211, var_19, var_205, adj_211, adj_19, adj_205, adj_220);
        if (var_211) {
            wp::adj_assign(var_24, var_210, adj_24, adj_210);
            wp::adj_assign(var_21, var_207, adj_21, adj_207);
            wp::adj_assign(var_19, var_205, adj_19, adj_205);
            wp::adj_assign(var_9, var_219, adj_9, adj_219);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_218, adj_9, adj_218, adj_219);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_211) {
        }
        wp::adj_sub(var_212, var_210, adj_212, adj_210, adj_213);
        wp::adj_mul(var_207, var_207, adj_207, adj_207, adj_212);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_208, var_209, adj_208, adj_209, adj_210);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_209);
        wp::adj_dot(var_205, var_205, adj_205, adj_205, adj_208);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_205, var_197, adj_205, adj_197, adj_207);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_206, adj_6, adj_204, adj_205);
        wp::adj_address(var_centers, var_203, adj_centers, adj_203, adj_204);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_14;
    end_for_14:;
    adj_centers.shape = adj_198;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_197);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_175 = wp::iter_reverse(var_175);
    start_for_12:;
        if (iter_cmp(var_175) == 0) goto end_for_12;
        var_176 = wp::iter_next(var_175);
    	adj_177 = {};
    	adj_178 = {};
    	adj_179 = {};
    	adj_180 = {};
    	adj_181 = {};
    	adj_182 = {};
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
        // oc = p - centers[c]                                                                <L 32>
        var_177 = wp::address(var_centers, var_176);
        var_179 = wp::load(var_177);
        var_178 = wp::sub(var_6, var_179);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_180 = wp::dot(var_178, var_170);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_181 = wp::dot(var_178, var_178);
        var_182 = wp::mul(var_radius, var_radius);
        var_183 = wp::sub(var_181, var_182);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_185 = wp::mul(var_180, var_180);
        var_186 = wp::sub(var_185, var_183);
        var_188 = (var_186 > var_187);
        var_184 = var_188;
        if (var_184) {
            var_190 = (var_180 < var_189);
            var_184 = var_184 && var_190;
        }
        if (var_184) {
            // hits += 1                                                                      <L 36>
            var_192 = wp::add(var_9, var_191);
            // break                                                                          <L 37>
            wp::assign(var_9, var_192);
            wp::assign(var_19, var_178);
            wp::assign(var_21, var_180);
            wp::assign(var_24, var_183);
            goto end_for_12;
        }
        var_193 = wp::where(var_184, var_19, var_178);
        var_194 = wp::where(var_184, var_21, var_180);
        var_195 = wp::where(var_184, var_24, var_183);
        wp::assign(var_19, var_193);
        wp::assign(var_21, var_194);
        wp::assign(var_24, var_195);
        wp::adj_assign(var_24, var_195, adj_24, adj_195);
        wp::adj_assign(var_21, var_194, adj_21, adj_194);
        wp::adj_assign(var_19, var_193, adj_19, adj_193);
        wp::adj_where(var_184, var_24, var_183, adj_184, adj_24, adj_183, adj_195);
        wp::adj_where(var_184, var_21, var_180, adj_184, adj_21, adj_180, adj_194);
        wp::adj_where(var_184, var_19, var_178, adj_184, adj_19, adj_178, adj_193);
        if (var_184) {
            wp::adj_assign(var_24, var_183, adj_24, adj_183);
            wp::adj_assign(var_21, var_180, adj_21, adj_180);
            wp::adj_assign(var_19, var_178, adj_19, adj_178);
            wp::adj_assign(var_9, var_192, adj_9, adj_192);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_191, adj_9, adj_191, adj_192);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_184) {
        }
        wp::adj_sub(var_185, var_183, adj_185, adj_183, adj_186);
        wp::adj_mul(var_180, var_180, adj_180, adj_180, adj_185);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_181, var_182, adj_181, adj_182, adj_183);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_182);
        wp::adj_dot(var_178, var_178, adj_178, adj_178, adj_181);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_178, var_170, adj_178, adj_170, adj_180);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_179, adj_6, adj_177, adj_178);
        wp::adj_address(var_centers, var_176, adj_centers, adj_176, adj_177);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_12;
    end_for_12:;
    adj_centers.shape = adj_171;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_170);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_148 = wp::iter_reverse(var_148);
    start_for_10:;
        if (iter_cmp(var_148) == 0) goto end_for_10;
        var_149 = wp::iter_next(var_148);
    	adj_150 = {};
    	adj_151 = {};
    	adj_152 = {};
    	adj_153 = {};
    	adj_154 = {};
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
        // oc = p - centers[c]                                                                <L 32>
        var_150 = wp::address(var_centers, var_149);
        var_152 = wp::load(var_150);
        var_151 = wp::sub(var_6, var_152);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_153 = wp::dot(var_151, var_143);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_154 = wp::dot(var_151, var_151);
        var_155 = wp::mul(var_radius, var_radius);
        var_156 = wp::sub(var_154, var_155);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_158 = wp::mul(var_153, var_153);
        var_159 = wp::sub(var_158, var_156);
        var_161 = (var_159 > var_160);
        var_157 = var_161;
        if (var_157) {
            var_163 = (var_153 < var_162);
            var_157 = var_157 && var_163;
        }
        if (var_157) {
            // hits += 1                                                                      <L 36>
            var_165 = wp::add(var_9, var_164);
            // break                                                                          <L 37>
            wp::assign(var_9, var_165);
            wp::assign(var_19, var_151);
            wp::assign(var_21, var_153);
            wp::assign(var_24, var_156);
            goto end_for_10;
        }
        var_166 = wp::where(var_157, var_19, var_151);
        var_167 = wp::where(var_157, var_21, var_153);
        var_168 = wp::where(var_157, var_24, var_156);
        wp::assign(var_19, var_166);
        wp::assign(var_21, var_167);
        wp::assign(var_24, var_168);
        wp::adj_assign(var_24, var_168, adj_24, adj_168);
        wp::adj_assign(var_21, var_167, adj_21, adj_167);
        wp::adj_assign(var_19, var_166, adj_19, adj_166);
        wp::adj_where(var_157, var_24, var_156, adj_157, adj_24, adj_156, adj_168);
        wp::adj_where(var_157, var_21, var_153, adj_157, adj_21, adj_153, adj_167);
        wp::adj_where(var_157, var_19, var_151, adj_157, adj_19, adj_151, adj_166);
        if (var_157) {
            wp::adj_assign(var_24, var_156, adj_24, adj_156);
            wp::adj_assign(var_21, var_153, adj_21, adj_153);
            wp::adj_assign(var_19, var_151, adj_19, adj_151);
            wp::adj_assign(var_9, var_165, adj_9, adj_165);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_164, adj_9, adj_164, adj_165);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_157) {
        }
        wp::adj_sub(var_158, var_156, adj_158, adj_156, adj_159);
        wp::adj_mul(var_153, var_153, adj_153, adj_153, adj_158);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_154, var_155, adj_154, adj_155, adj_156);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_155);
        wp::adj_dot(var_151, var_151, adj_151, adj_151, adj_154);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_151, var_143, adj_151, adj_143, adj_153);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_152, adj_6, adj_150, adj_151);
        wp::adj_address(var_centers, var_149, adj_centers, adj_149, adj_150);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_10;
    end_for_10:;
    adj_centers.shape = adj_144;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_143);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_121 = wp::iter_reverse(var_121);
    start_for_8:;
        if (iter_cmp(var_121) == 0) goto end_for_8;
        var_122 = wp::iter_next(var_121);
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
    	adj_133 = {};
    	adj_134 = {};
    	adj_135 = {};
    	adj_136 = {};
    	adj_137 = {};
    	adj_138 = {};
    	adj_139 = {};
    	adj_140 = {};
    	adj_141 = {};
        // oc = p - centers[c]                                                                <L 32>
        var_123 = wp::address(var_centers, var_122);
        var_125 = wp::load(var_123);
        var_124 = wp::sub(var_6, var_125);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_126 = wp::dot(var_124, var_116);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_127 = wp::dot(var_124, var_124);
        var_128 = wp::mul(var_radius, var_radius);
        var_129 = wp::sub(var_127, var_128);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_131 = wp::mul(var_126, var_126);
        var_132 = wp::sub(var_131, var_129);
        var_134 = (var_132 > var_133);
        var_130 = var_134;
        if (var_130) {
            var_136 = (var_126 < var_135);
            var_130 = var_130 && var_136;
        }
        if (var_130) {
            // hits += 1                                                                      <L 36>
            var_138 = wp::add(var_9, var_137);
            // break                                                                          <L 37>
            wp::assign(var_9, var_138);
            wp::assign(var_19, var_124);
            wp::assign(var_21, var_126);
            wp::assign(var_24, var_129);
            goto end_for_8;
        }
        var_139 = wp::where(var_130, var_19, var_124);
        var_140 = wp::where(var_130, var_21, var_126);
        var_141 = wp::where(var_130, var_24, var_129);
        wp::assign(var_19, var_139);
        wp::assign(var_21, var_140);
        wp::assign(var_24, var_141);
        wp::adj_assign(var_24, var_141, adj_24, adj_141);
        wp::adj_assign(var_21, var_140, adj_21, adj_140);
        wp::adj_assign(var_19, var_139, adj_19, adj_139);
        wp::adj_where(var_130, var_24, var_129, adj_130, adj_24, adj_129, adj_141);
        wp::adj_where(var_130, var_21, var_126, adj_130, adj_21, adj_126, adj_140);
        wp::adj_where(var_130, var_19, var_124, adj_130, adj_19, adj_124, adj_139);
        if (var_130) {
            wp::adj_assign(var_24, var_129, adj_24, adj_129);
            wp::adj_assign(var_21, var_126, adj_21, adj_126);
            wp::adj_assign(var_19, var_124, adj_19, adj_124);
            wp::adj_assign(var_9, var_138, adj_9, adj_138);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_137, adj_9, adj_137, adj_138);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_130) {
        }
        wp::adj_sub(var_131, var_129, adj_131, adj_129, adj_132);
        wp::adj_mul(var_126, var_126, adj_126, adj_126, adj_131);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_127, var_128, adj_127, adj_128, adj_129);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_128);
        wp::adj_dot(var_124, var_124, adj_124, adj_124, adj_127);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_124, var_116, adj_124, adj_116, adj_126);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_125, adj_6, adj_123, adj_124);
        wp::adj_address(var_centers, var_122, adj_centers, adj_122, adj_123);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_8;
    end_for_8:;
    adj_centers.shape = adj_117;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_116);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_94 = wp::iter_reverse(var_94);
    start_for_6:;
        if (iter_cmp(var_94) == 0) goto end_for_6;
        var_95 = wp::iter_next(var_94);
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
        // oc = p - centers[c]                                                                <L 32>
        var_96 = wp::address(var_centers, var_95);
        var_98 = wp::load(var_96);
        var_97 = wp::sub(var_6, var_98);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_99 = wp::dot(var_97, var_89);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_100 = wp::dot(var_97, var_97);
        var_101 = wp::mul(var_radius, var_radius);
        var_102 = wp::sub(var_100, var_101);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_104 = wp::mul(var_99, var_99);
        var_105 = wp::sub(var_104, var_102);
        var_107 = (var_105 > var_106);
        var_103 = var_107;
        if (var_103) {
            var_109 = (var_99 < var_108);
            var_103 = var_103 && var_109;
        }
        if (var_103) {
            // hits += 1                                                                      <L 36>
            var_111 = wp::add(var_9, var_110);
            // break                                                                          <L 37>
            wp::assign(var_9, var_111);
            wp::assign(var_19, var_97);
            wp::assign(var_21, var_99);
            wp::assign(var_24, var_102);
            goto end_for_6;
        }
        var_112 = wp::where(var_103, var_19, var_97);
        var_113 = wp::where(var_103, var_21, var_99);
        var_114 = wp::where(var_103, var_24, var_102);
        wp::assign(var_19, var_112);
        wp::assign(var_21, var_113);
        wp::assign(var_24, var_114);
        wp::adj_assign(var_24, var_114, adj_24, adj_114);
        wp::adj_assign(var_21, var_113, adj_21, adj_113);
        wp::adj_assign(var_19, var_112, adj_19, adj_112);
        wp::adj_where(var_103, var_24, var_102, adj_103, adj_24, adj_102, adj_114);
        wp::adj_where(var_103, var_21, var_99, adj_103, adj_21, adj_99, adj_113);
        wp::adj_where(var_103, var_19, var_97, adj_103, adj_19, adj_97, adj_112);
        if (var_103) {
            wp::adj_assign(var_24, var_102, adj_24, adj_102);
            wp::adj_assign(var_21, var_99, adj_21, adj_99);
            wp::adj_assign(var_19, var_97, adj_19, adj_97);
            wp::adj_assign(var_9, var_111, adj_9, adj_111);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_110, adj_9, adj_110, adj_111);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_103) {
        }
        wp::adj_sub(var_104, var_102, adj_104, adj_102, adj_105);
        wp::adj_mul(var_99, var_99, adj_99, adj_99, adj_104);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_100, var_101, adj_100, adj_101, adj_102);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_101);
        wp::adj_dot(var_97, var_97, adj_97, adj_97, adj_100);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_97, var_89, adj_97, adj_89, adj_99);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_98, adj_6, adj_96, adj_97);
        wp::adj_address(var_centers, var_95, adj_centers, adj_95, adj_96);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_6;
    end_for_6:;
    adj_centers.shape = adj_90;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_89);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_67 = wp::iter_reverse(var_67);
    start_for_4:;
        if (iter_cmp(var_67) == 0) goto end_for_4;
        var_68 = wp::iter_next(var_67);
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
        // oc = p - centers[c]                                                                <L 32>
        var_69 = wp::address(var_centers, var_68);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_6, var_71);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_72 = wp::dot(var_70, var_62);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_73 = wp::dot(var_70, var_70);
        var_74 = wp::mul(var_radius, var_radius);
        var_75 = wp::sub(var_73, var_74);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_77 = wp::mul(var_72, var_72);
        var_78 = wp::sub(var_77, var_75);
        var_80 = (var_78 > var_79);
        var_76 = var_80;
        if (var_76) {
            var_82 = (var_72 < var_81);
            var_76 = var_76 && var_82;
        }
        if (var_76) {
            // hits += 1                                                                      <L 36>
            var_84 = wp::add(var_9, var_83);
            // break                                                                          <L 37>
            wp::assign(var_9, var_84);
            wp::assign(var_19, var_70);
            wp::assign(var_21, var_72);
            wp::assign(var_24, var_75);
            goto end_for_4;
        }
        var_85 = wp::where(var_76, var_19, var_70);
        var_86 = wp::where(var_76, var_21, var_72);
        var_87 = wp::where(var_76, var_24, var_75);
        wp::assign(var_19, var_85);
        wp::assign(var_21, var_86);
        wp::assign(var_24, var_87);
        wp::adj_assign(var_24, var_87, adj_24, adj_87);
        wp::adj_assign(var_21, var_86, adj_21, adj_86);
        wp::adj_assign(var_19, var_85, adj_19, adj_85);
        wp::adj_where(var_76, var_24, var_75, adj_76, adj_24, adj_75, adj_87);
        wp::adj_where(var_76, var_21, var_72, adj_76, adj_21, adj_72, adj_86);
        wp::adj_where(var_76, var_19, var_70, adj_76, adj_19, adj_70, adj_85);
        if (var_76) {
            wp::adj_assign(var_24, var_75, adj_24, adj_75);
            wp::adj_assign(var_21, var_72, adj_21, adj_72);
            wp::adj_assign(var_19, var_70, adj_19, adj_70);
            wp::adj_assign(var_9, var_84, adj_9, adj_84);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_83, adj_9, adj_83, adj_84);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_76) {
        }
        wp::adj_sub(var_77, var_75, adj_77, adj_75, adj_78);
        wp::adj_mul(var_72, var_72, adj_72, adj_72, adj_77);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_73, var_74, adj_73, adj_74, adj_75);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_74);
        wp::adj_dot(var_70, var_70, adj_70, adj_70, adj_73);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_70, var_62, adj_70, adj_62, adj_72);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_71, adj_6, adj_69, adj_70);
        wp::adj_address(var_centers, var_68, adj_centers, adj_68, adj_69);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_4;
    end_for_4:;
    adj_centers.shape = adj_63;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_62);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    var_40 = wp::iter_reverse(var_40);
    start_for_2:;
        if (iter_cmp(var_40) == 0) goto end_for_2;
        var_41 = wp::iter_next(var_40);
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
        // oc = p - centers[c]                                                                <L 32>
        var_42 = wp::address(var_centers, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::sub(var_6, var_44);
        // b = wp.dot(oc, d)                                                                  <L 33>
        var_45 = wp::dot(var_43, var_35);
        // cc = wp.dot(oc, oc) - radius * radius                                              <L 34>
        var_46 = wp::dot(var_43, var_43);
        var_47 = wp::mul(var_radius, var_radius);
        var_48 = wp::sub(var_46, var_47);
        // if b * b - cc > 0.0 and b < 0.0:                                                   <L 35>
        var_50 = wp::mul(var_45, var_45);
        var_51 = wp::sub(var_50, var_48);
        var_53 = (var_51 > var_52);
        var_49 = var_53;
        if (var_49) {
            var_55 = (var_45 < var_54);
            var_49 = var_49 && var_55;
        }
        if (var_49) {
            // hits += 1                                                                      <L 36>
            var_57 = wp::add(var_9, var_56);
            // break                                                                          <L 37>
            wp::assign(var_9, var_57);
            wp::assign(var_19, var_43);
            wp::assign(var_21, var_45);
            wp::assign(var_24, var_48);
            goto end_for_2;
        }
        var_58 = wp::where(var_49, var_19, var_43);
        var_59 = wp::where(var_49, var_21, var_45);
        var_60 = wp::where(var_49, var_24, var_48);
        wp::assign(var_19, var_58);
        wp::assign(var_21, var_59);
        wp::assign(var_24, var_60);
        wp::adj_assign(var_24, var_60, adj_24, adj_60);
        wp::adj_assign(var_21, var_59, adj_21, adj_59);
        wp::adj_assign(var_19, var_58, adj_19, adj_58);
        wp::adj_where(var_49, var_24, var_48, adj_49, adj_24, adj_48, adj_60);
        wp::adj_where(var_49, var_21, var_45, adj_49, adj_21, adj_45, adj_59);
        wp::adj_where(var_49, var_19, var_43, adj_49, adj_19, adj_43, adj_58);
        if (var_49) {
            wp::adj_assign(var_24, var_48, adj_24, adj_48);
            wp::adj_assign(var_21, var_45, adj_21, adj_45);
            wp::adj_assign(var_19, var_43, adj_19, adj_43);
            wp::adj_assign(var_9, var_57, adj_9, adj_57);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_56, adj_9, adj_56, adj_57);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_49) {
        }
        wp::adj_sub(var_50, var_48, adj_50, adj_48, adj_51);
        wp::adj_mul(var_45, var_45, adj_45, adj_45, adj_50);
        // adj: if b * b - cc > 0.0 and b < 0.0:                                              <L 35>
        wp::adj_sub(var_46, var_47, adj_46, adj_47, adj_48);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_47);
        wp::adj_dot(var_43, var_43, adj_43, adj_43, adj_46);
        // adj: cc = wp.dot(oc, oc) - radius * radius                                         <L 34>
        wp::adj_dot(var_43, var_35, adj_43, adj_35, adj_45);
        // adj: b = wp.dot(oc, d)                                                             <L 33>
        wp::adj_sub(var_6, var_44, adj_6, adj_42, adj_43);
        wp::adj_address(var_centers, var_41, adj_centers, adj_41, adj_42);
        // adj: oc = p - centers[c]                                                           <L 32>
    	goto start_for_2;
    end_for_2:;
    adj_centers.shape = adj_36;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_35);
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
        var_26 = wp::mul(var_21, var_21);
        var_27 = wp::sub(var_26, var_24);
        var_29 = (var_27 > var_28);
        var_25 = var_29;
        if (var_25) {
            var_31 = (var_21 < var_30);
            var_25 = var_25 && var_31;
        }
        if (var_25) {
            // hits += 1                                                                      <L 36>
            var_33 = wp::add(var_9, var_32);
            // break                                                                          <L 37>
            wp::assign(var_9, var_33);
            goto end_for_0;
        }
        if (var_25) {
            wp::adj_assign(var_9, var_33, adj_9, adj_33);
            // adj: break                                                                     <L 37>
            wp::adj_add(var_9, var_32, adj_9, adj_32, adj_33);
            // adj: hits += 1                                                                 <L 36>
        }
        if (var_25) {
        }
        wp::adj_sub(var_26, var_24, adj_26, adj_24, adj_27);
        wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_26);
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
    adj_centers.shape = adj_12;
    // adj: for c in range(centers.shape[0]):                                                 <L 31>
    adj_sample_hemisphere_0(var_1, var_3, adj_1, adj_3, adj_11);
    // adj: d = sample_hemisphere(rng, n)                                                     <L 30>
    // adj: for s in range(NUM_SAMPLES):                                                      <L 29>
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ambient_occlusion_3d70dd62_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ambient_occlusion_3d70dd62 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ambient_occlusion_3d70dd62_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ambient_occlusion_3d70dd62_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ambient_occlusion_3d70dd62 *_wp_args,
    wp_args_ambient_occlusion_3d70dd62 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ambient_occlusion_3d70dd62_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_jitter_particles_6f7d5a46 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::int32 seed;
    wp::float32 amount;
    wp::array_t<wp::int32> kinds;
};


void jitter_particles_6f7d5a46_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jitter_particles_6f7d5a46 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_amount = _wp_args->amount;
    wp::array_t<wp::int32> var_kinds = _wp_args->kinds;
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



void jitter_particles_6f7d5a46_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jitter_particles_6f7d5a46 *_wp_args,
    wp_args_jitter_particles_6f7d5a46 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_amount = _wp_args->amount;
    wp::array_t<wp::int32> var_kinds = _wp_args->kinds;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_amount = _wp_adj_args->amount;
    wp::array_t<wp::int32> adj_kinds = _wp_adj_args->kinds;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jitter_particles_6f7d5a46_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_particles_6f7d5a46 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jitter_particles_6f7d5a46_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jitter_particles_6f7d5a46_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_particles_6f7d5a46 *_wp_args,
    wp_args_jitter_particles_6f7d5a46 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jitter_particles_6f7d5a46_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_estimate_pi_a378f25b {
    wp::int32 seed;
    wp::int32 per_thread;
    wp::array_t<wp::int32> inside;
};


void estimate_pi_a378f25b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_estimate_pi_a378f25b *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_per_thread = _wp_args->per_thread;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
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
        var_8 = wp::randf(var_1, var_6, var_7);
        // y = wp.randf(state, -1.0, 1.0)                                                     <L 57>
        var_11 = wp::randf(var_1, var_9, var_10);
        // if x * x + y * y <= 1.0:                                                           <L 58>
        var_12 = wp::mul(var_8, var_8);
        var_13 = wp::mul(var_11, var_11);
        var_14 = wp::add(var_12, var_13);
        var_16 = (var_14 <= var_15);
        if (var_16) {
            // count += 1                                                                     <L 59>
            var_18 = wp::add(var_3, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_3);
        wp::assign(var_3, var_19);
        goto start_for_0;
    end_for_0:;
    // wp.atomic_add(inside, 0, count)                                                        <L 60>
    var_21 = wp::atomic_add(var_inside, var_20, var_3);
}



void estimate_pi_a378f25b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_estimate_pi_a378f25b *_wp_args,
    wp_args_estimate_pi_a378f25b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_per_thread = _wp_args->per_thread;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_per_thread = _wp_adj_args->per_thread;
    wp::array_t<wp::int32> adj_inside = _wp_adj_args->inside;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
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
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
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
    // var_21 = wp::atomic_add(var_inside, var_20, var_3);
    //---------
    // reverse
    wp::adj_atomic_add(var_inside, var_20, var_3, adj_inside, adj_20, adj_3, adj_21);
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
        // x = wp.randf(state, -1.0, 1.0)                                                     <L 56>
        var_8 = wp::randf(var_1, var_6, var_7);
        // y = wp.randf(state, -1.0, 1.0)                                                     <L 57>
        var_11 = wp::randf(var_1, var_9, var_10);
        // if x * x + y * y <= 1.0:                                                           <L 58>
        var_12 = wp::mul(var_8, var_8);
        var_13 = wp::mul(var_11, var_11);
        var_14 = wp::add(var_12, var_13);
        var_16 = (var_14 <= var_15);
        if (var_16) {
            // count += 1                                                                     <L 59>
            var_18 = wp::add(var_3, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_3);
        wp::assign(var_3, var_19);
        wp::adj_assign(var_3, var_19, adj_3, adj_19);
        wp::adj_where(var_16, var_18, var_3, adj_16, adj_18, adj_3, adj_19);
        if (var_16) {
            wp::adj_add(var_3, var_17, adj_3, adj_17, adj_18);
            // adj: count += 1                                                                <L 59>
        }
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_13);
        wp::adj_mul(var_8, var_8, adj_8, adj_8, adj_12);
        // adj: if x * x + y * y <= 1.0:                                                      <L 58>
        // adj: y = wp.randf(state, -1.0, 1.0)                                                <L 57>
        // adj: x = wp.randf(state, -1.0, 1.0)                                                <L 56>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(per_thread):                                                       <L 55>
    // adj: count = int(0)                                                                    <L 54>
    // adj: state = wp.rand_init(seed, tid)                                                   <L 53>
    // adj: tid = wp.tid()                                                                    <L 52>
    // adj: def estimate_pi(seed: int, per_thread: int, inside: wp.array(dtype=int)):         <L 51>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void estimate_pi_a378f25b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_pi_a378f25b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        estimate_pi_a378f25b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void estimate_pi_a378f25b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_pi_a378f25b *_wp_args,
    wp_args_estimate_pi_a378f25b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        estimate_pi_a378f25b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_random_directions_effdc697 {
    wp::int32 seed;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::vec_t<2, wp::float32>> disk;
    wp::array_t<wp::uint32> bits;
};


void random_directions_effdc697_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_directions_effdc697 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_disk = _wp_args->disk;
    wp::array_t<wp::uint32> var_bits = _wp_args->bits;
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



void random_directions_effdc697_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_directions_effdc697 *_wp_args,
    wp_args_random_directions_effdc697 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_disk = _wp_args->disk;
    wp::array_t<wp::uint32> var_bits = _wp_args->bits;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_disk = _wp_adj_args->disk;
    wp::array_t<wp::uint32> adj_bits = _wp_adj_args->bits;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void random_directions_effdc697_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_directions_effdc697 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_directions_effdc697_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void random_directions_effdc697_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_directions_effdc697 *_wp_args,
    wp_args_random_directions_effdc697 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_directions_effdc697_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

