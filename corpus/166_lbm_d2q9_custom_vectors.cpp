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


// corpus/166_lbm_d2q9_custom_vectors.py:19
static wp::vec_t<2, wp::int32> lattice_dir_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = -1;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 1;
    wp::vec_t<9, wp::int32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = -1;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = -1;
    const wp::int32 var_18 = -1;
    wp::vec_t<9, wp::int32> var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::vec_t<2, wp::int32> var_22;
    //---------
    // forward
    // def lattice_dir(q: int) -> wp.vec2i:                                                   <L 20>
    // ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                               <L 21>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                               <L 22>
    var_19 = wp::vec_t<9, wp::int32>({var_10, var_11, var_12, var_13, var_14, var_15, var_16, var_17, var_18});
    // return wp.vec2i(ex[q], ey[q])                                                          <L 23>
    var_20 = wp::extract(var_9, var_q);
    var_21 = wp::extract(var_19, var_q);
    var_22 = wp::vec_t<2, wp::int32>(var_20, var_21);
    return var_22;
}


// corpus/166_lbm_d2q9_custom_vectors.py:40
static void moments_0(
    wp::vec_t<9, wp::float32> var_f,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::int32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<2, wp::int32> var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<2, wp::int32> var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 3;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<2, wp::int32> var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 4;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::vec_t<2, wp::int32> var_73;
    wp::float32 var_74;
    const wp::int32 var_75 = 0;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 5;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<2, wp::int32> var_89;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::int32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    const wp::int32 var_97 = 1;
    wp::int32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 6;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::int32> var_105;
    wp::float32 var_106;
    const wp::int32 var_107 = 0;
    wp::int32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 7;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::vec_t<2, wp::int32> var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 0;
    wp::int32 var_124;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 8;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::vec_t<2, wp::int32> var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 0;
    wp::int32 var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::float32 var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    const wp::float32 var_150 = 0.0;
    bool var_151;
    wp::float32 var_152;
    wp::float32 var_153;
    wp::vec_t<2, wp::float32> var_154;
    wp::vec_t<2, wp::float32> var_155;
    //---------
    // forward
    // def moments(f: vec9):                                                                  <L 41>
    // rho = float(0.0)                                                                       <L 42>
    var_1 = wp::float(var_0);
    // mx = float(0.0)                                                                        <L 43>
    var_3 = wp::float(var_2);
    // my = float(0.0)                                                                        <L 44>
    var_5 = wp::float(var_4);
    // for q in range(Q):                                                                     <L 45>
    // rho += f[q]                                                                            <L 46>
    var_7 = wp::extract(var_f, var_6);
    var_8 = wp::add(var_1, var_7);
    // e = lattice_dir(q)                                                                     <L 47>
    var_9 = lattice_dir_0(var_6);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_10 = wp::extract(var_f, var_6);
    var_12 = wp::extract(var_9, var_11);
    var_13 = wp::float(var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::add(var_3, var_14);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_16 = wp::extract(var_f, var_6);
    var_18 = wp::extract(var_9, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::add(var_5, var_20);
    // rho += f[q]                                                                            <L 46>
    var_23 = wp::extract(var_f, var_22);
    var_24 = wp::add(var_8, var_23);
    // e = lattice_dir(q)                                                                     <L 47>
    var_25 = lattice_dir_0(var_22);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_26 = wp::extract(var_f, var_22);
    var_28 = wp::extract(var_25, var_27);
    var_29 = wp::float(var_28);
    var_30 = wp::mul(var_26, var_29);
    var_31 = wp::add(var_15, var_30);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_32 = wp::extract(var_f, var_22);
    var_34 = wp::extract(var_25, var_33);
    var_35 = wp::float(var_34);
    var_36 = wp::mul(var_32, var_35);
    var_37 = wp::add(var_21, var_36);
    // rho += f[q]                                                                            <L 46>
    var_39 = wp::extract(var_f, var_38);
    var_40 = wp::add(var_24, var_39);
    // e = lattice_dir(q)                                                                     <L 47>
    var_41 = lattice_dir_0(var_38);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_42 = wp::extract(var_f, var_38);
    var_44 = wp::extract(var_41, var_43);
    var_45 = wp::float(var_44);
    var_46 = wp::mul(var_42, var_45);
    var_47 = wp::add(var_31, var_46);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_48 = wp::extract(var_f, var_38);
    var_50 = wp::extract(var_41, var_49);
    var_51 = wp::float(var_50);
    var_52 = wp::mul(var_48, var_51);
    var_53 = wp::add(var_37, var_52);
    // rho += f[q]                                                                            <L 46>
    var_55 = wp::extract(var_f, var_54);
    var_56 = wp::add(var_40, var_55);
    // e = lattice_dir(q)                                                                     <L 47>
    var_57 = lattice_dir_0(var_54);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_58 = wp::extract(var_f, var_54);
    var_60 = wp::extract(var_57, var_59);
    var_61 = wp::float(var_60);
    var_62 = wp::mul(var_58, var_61);
    var_63 = wp::add(var_47, var_62);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_64 = wp::extract(var_f, var_54);
    var_66 = wp::extract(var_57, var_65);
    var_67 = wp::float(var_66);
    var_68 = wp::mul(var_64, var_67);
    var_69 = wp::add(var_53, var_68);
    // rho += f[q]                                                                            <L 46>
    var_71 = wp::extract(var_f, var_70);
    var_72 = wp::add(var_56, var_71);
    // e = lattice_dir(q)                                                                     <L 47>
    var_73 = lattice_dir_0(var_70);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_74 = wp::extract(var_f, var_70);
    var_76 = wp::extract(var_73, var_75);
    var_77 = wp::float(var_76);
    var_78 = wp::mul(var_74, var_77);
    var_79 = wp::add(var_63, var_78);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_80 = wp::extract(var_f, var_70);
    var_82 = wp::extract(var_73, var_81);
    var_83 = wp::float(var_82);
    var_84 = wp::mul(var_80, var_83);
    var_85 = wp::add(var_69, var_84);
    // rho += f[q]                                                                            <L 46>
    var_87 = wp::extract(var_f, var_86);
    var_88 = wp::add(var_72, var_87);
    // e = lattice_dir(q)                                                                     <L 47>
    var_89 = lattice_dir_0(var_86);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_90 = wp::extract(var_f, var_86);
    var_92 = wp::extract(var_89, var_91);
    var_93 = wp::float(var_92);
    var_94 = wp::mul(var_90, var_93);
    var_95 = wp::add(var_79, var_94);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_96 = wp::extract(var_f, var_86);
    var_98 = wp::extract(var_89, var_97);
    var_99 = wp::float(var_98);
    var_100 = wp::mul(var_96, var_99);
    var_101 = wp::add(var_85, var_100);
    // rho += f[q]                                                                            <L 46>
    var_103 = wp::extract(var_f, var_102);
    var_104 = wp::add(var_88, var_103);
    // e = lattice_dir(q)                                                                     <L 47>
    var_105 = lattice_dir_0(var_102);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_106 = wp::extract(var_f, var_102);
    var_108 = wp::extract(var_105, var_107);
    var_109 = wp::float(var_108);
    var_110 = wp::mul(var_106, var_109);
    var_111 = wp::add(var_95, var_110);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_112 = wp::extract(var_f, var_102);
    var_114 = wp::extract(var_105, var_113);
    var_115 = wp::float(var_114);
    var_116 = wp::mul(var_112, var_115);
    var_117 = wp::add(var_101, var_116);
    // rho += f[q]                                                                            <L 46>
    var_119 = wp::extract(var_f, var_118);
    var_120 = wp::add(var_104, var_119);
    // e = lattice_dir(q)                                                                     <L 47>
    var_121 = lattice_dir_0(var_118);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_122 = wp::extract(var_f, var_118);
    var_124 = wp::extract(var_121, var_123);
    var_125 = wp::float(var_124);
    var_126 = wp::mul(var_122, var_125);
    var_127 = wp::add(var_111, var_126);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_128 = wp::extract(var_f, var_118);
    var_130 = wp::extract(var_121, var_129);
    var_131 = wp::float(var_130);
    var_132 = wp::mul(var_128, var_131);
    var_133 = wp::add(var_117, var_132);
    // rho += f[q]                                                                            <L 46>
    var_135 = wp::extract(var_f, var_134);
    var_136 = wp::add(var_120, var_135);
    // e = lattice_dir(q)                                                                     <L 47>
    var_137 = lattice_dir_0(var_134);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_138 = wp::extract(var_f, var_134);
    var_140 = wp::extract(var_137, var_139);
    var_141 = wp::float(var_140);
    var_142 = wp::mul(var_138, var_141);
    var_143 = wp::add(var_127, var_142);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_144 = wp::extract(var_f, var_134);
    var_146 = wp::extract(var_137, var_145);
    var_147 = wp::float(var_146);
    var_148 = wp::mul(var_144, var_147);
    var_149 = wp::add(var_133, var_148);
    // if rho > 0.0:                                                                          <L 50>
    var_151 = (var_136 > var_150);
    if (var_151) {
        // return rho, wp.vec2(mx / rho, my / rho)                                            <L 51>
        var_152 = wp::div(var_143, var_136);
        var_153 = wp::div(var_149, var_136);
        var_154 = wp::vec_t<2, wp::float32>(var_152, var_153);
        ret_0 = var_136;
        ret_1 = var_154;
        return;
    }
    // return rho, wp.vec2()                                                                  <L 52>
    var_155 = wp::vec_t<2, wp::float32>();
    ret_0 = var_136;
    ret_1 = var_155;
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:10
static wp::float32 lattice_weight_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 4.0;
    const wp::float32 var_3 = 9.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 5;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 36.0;
    wp::float32 var_12;
    //---------
    // forward
    // def lattice_weight(q: int) -> float:                                                   <L 11>
    // if q == 0:                                                                             <L 12>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 4.0 / 9.0                                                                   <L 13>
        var_4 = wp::div(var_2, var_3);
        return var_4;
    }
    if (!var_1) {
        // elif q < 5:                                                                        <L 14>
        var_6 = (var_q < var_5);
        if (var_6) {
            // return 1.0 / 9.0                                                               <L 15>
            var_9 = wp::div(var_7, var_8);
            return var_9;
        }
    }
    // return 1.0 / 36.0                                                                      <L 16>
    var_12 = wp::div(var_10, var_11);
    return var_12;
}


// corpus/166_lbm_d2q9_custom_vectors.py:32
static wp::float32 equilibrium_0(
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u,
    wp::int32 var_q)
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
    // def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                              <L 33>
    // e = lattice_dir(q)                                                                     <L 34>
    var_0 = lattice_dir_0(var_q);
    // eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                           <L 35>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::extract(var_u, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_8 = wp::extract(var_0, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_u, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_6, var_12);
    // uu = wp.dot(u, u)                                                                      <L 36>
    var_14 = wp::dot(var_u, var_u);
    // return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)       <L 37>
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


// corpus/166_lbm_d2q9_custom_vectors.py:26
static wp::int32 opposite_0(
    wp::int32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    const wp::int32 var_5 = 7;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 5;
    const wp::int32 var_8 = 6;
    wp::vec_t<9, wp::int32> var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def opposite(q: int) -> int:                                                           <L 27>
    // opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                                 <L 28>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // return opp[q]                                                                          <L 29>
    var_10 = wp::extract(var_9, var_q);
    return var_10;
}


// corpus/166_lbm_d2q9_custom_vectors.py:19
static void adj_lattice_dir_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::vec_t<2, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = -1;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 1;
    wp::vec_t<9, wp::int32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = -1;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = -1;
    const wp::int32 var_18 = -1;
    wp::vec_t<9, wp::int32> var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::vec_t<2, wp::int32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<9, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<9, wp::int32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<2, wp::int32> adj_22 = {};
    //---------
    // forward
    // def lattice_dir(q: int) -> wp.vec2i:                                                   <L 20>
    // ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                               <L 21>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                               <L 22>
    var_19 = wp::vec_t<9, wp::int32>({var_10, var_11, var_12, var_13, var_14, var_15, var_16, var_17, var_18});
    // return wp.vec2i(ex[q], ey[q])                                                          <L 23>
    var_20 = wp::extract(var_9, var_q);
    var_21 = wp::extract(var_19, var_q);
    var_22 = wp::vec_t<2, wp::int32>(var_20, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_vec_t(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_19, var_q, adj_19, adj_q, adj_21);
    wp::adj_extract(var_9, var_q, adj_9, adj_q, adj_20);
    // adj: return wp.vec2i(ex[q], ey[q])                                                     <L 23>
    wp::adj_vec_t({var_10, var_11, var_12, var_13, var_14, var_15, var_16, var_17, var_18}, {&adj_10, &adj_11, &adj_12, &adj_13, &adj_14, &adj_15, &adj_16, &adj_17, &adj_18}, adj_19);
    // adj: ey = vec9i(0, 0, 1, 0, -1, 1, 1, -1, -1)                                          <L 22>
    wp::adj_vec_t({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8}, {&adj_0, &adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6, &adj_7, &adj_8}, adj_9);
    // adj: ex = vec9i(0, 1, 0, -1, 0, 1, -1, -1, 1)                                          <L 21>
    // adj: def lattice_dir(q: int) -> wp.vec2i:                                              <L 20>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:40
static void adj_moments_0(
    wp::vec_t<9, wp::float32> var_f,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1,
    wp::vec_t<9, wp::float32> & adj_f,
    wp::float32 & adj_ret_0,
    wp::vec_t<2, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::int32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<2, wp::int32> var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<2, wp::int32> var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 3;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<2, wp::int32> var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 4;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::vec_t<2, wp::int32> var_73;
    wp::float32 var_74;
    const wp::int32 var_75 = 0;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 5;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<2, wp::int32> var_89;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::int32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    const wp::int32 var_97 = 1;
    wp::int32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 6;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::int32> var_105;
    wp::float32 var_106;
    const wp::int32 var_107 = 0;
    wp::int32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 7;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::vec_t<2, wp::int32> var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 0;
    wp::int32 var_124;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 8;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::vec_t<2, wp::int32> var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 0;
    wp::int32 var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::float32 var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    const wp::float32 var_150 = 0.0;
    bool var_151;
    wp::float32 var_152;
    wp::float32 var_153;
    wp::vec_t<2, wp::float32> var_154;
    wp::vec_t<2, wp::float32> var_155;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::int32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<2, wp::int32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<2, wp::int32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<2, wp::int32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::vec_t<2, wp::int32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::vec_t<2, wp::int32> adj_89 = {};
    wp::float32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::vec_t<2, wp::int32> adj_105 = {};
    wp::float32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::vec_t<2, wp::int32> adj_121 = {};
    wp::float32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::vec_t<2, wp::int32> adj_137 = {};
    wp::float32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::float32 adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    bool adj_151 = {};
    wp::float32 adj_152 = {};
    wp::float32 adj_153 = {};
    wp::vec_t<2, wp::float32> adj_154 = {};
    wp::vec_t<2, wp::float32> adj_155 = {};
    //---------
    // forward
    // def moments(f: vec9):                                                                  <L 41>
    // rho = float(0.0)                                                                       <L 42>
    var_1 = wp::float(var_0);
    // mx = float(0.0)                                                                        <L 43>
    var_3 = wp::float(var_2);
    // my = float(0.0)                                                                        <L 44>
    var_5 = wp::float(var_4);
    // for q in range(Q):                                                                     <L 45>
    // rho += f[q]                                                                            <L 46>
    var_7 = wp::extract(var_f, var_6);
    var_8 = wp::add(var_1, var_7);
    // e = lattice_dir(q)                                                                     <L 47>
    var_9 = lattice_dir_0(var_6);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_10 = wp::extract(var_f, var_6);
    var_12 = wp::extract(var_9, var_11);
    var_13 = wp::float(var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::add(var_3, var_14);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_16 = wp::extract(var_f, var_6);
    var_18 = wp::extract(var_9, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::add(var_5, var_20);
    // rho += f[q]                                                                            <L 46>
    var_23 = wp::extract(var_f, var_22);
    var_24 = wp::add(var_8, var_23);
    // e = lattice_dir(q)                                                                     <L 47>
    var_25 = lattice_dir_0(var_22);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_26 = wp::extract(var_f, var_22);
    var_28 = wp::extract(var_25, var_27);
    var_29 = wp::float(var_28);
    var_30 = wp::mul(var_26, var_29);
    var_31 = wp::add(var_15, var_30);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_32 = wp::extract(var_f, var_22);
    var_34 = wp::extract(var_25, var_33);
    var_35 = wp::float(var_34);
    var_36 = wp::mul(var_32, var_35);
    var_37 = wp::add(var_21, var_36);
    // rho += f[q]                                                                            <L 46>
    var_39 = wp::extract(var_f, var_38);
    var_40 = wp::add(var_24, var_39);
    // e = lattice_dir(q)                                                                     <L 47>
    var_41 = lattice_dir_0(var_38);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_42 = wp::extract(var_f, var_38);
    var_44 = wp::extract(var_41, var_43);
    var_45 = wp::float(var_44);
    var_46 = wp::mul(var_42, var_45);
    var_47 = wp::add(var_31, var_46);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_48 = wp::extract(var_f, var_38);
    var_50 = wp::extract(var_41, var_49);
    var_51 = wp::float(var_50);
    var_52 = wp::mul(var_48, var_51);
    var_53 = wp::add(var_37, var_52);
    // rho += f[q]                                                                            <L 46>
    var_55 = wp::extract(var_f, var_54);
    var_56 = wp::add(var_40, var_55);
    // e = lattice_dir(q)                                                                     <L 47>
    var_57 = lattice_dir_0(var_54);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_58 = wp::extract(var_f, var_54);
    var_60 = wp::extract(var_57, var_59);
    var_61 = wp::float(var_60);
    var_62 = wp::mul(var_58, var_61);
    var_63 = wp::add(var_47, var_62);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_64 = wp::extract(var_f, var_54);
    var_66 = wp::extract(var_57, var_65);
    var_67 = wp::float(var_66);
    var_68 = wp::mul(var_64, var_67);
    var_69 = wp::add(var_53, var_68);
    // rho += f[q]                                                                            <L 46>
    var_71 = wp::extract(var_f, var_70);
    var_72 = wp::add(var_56, var_71);
    // e = lattice_dir(q)                                                                     <L 47>
    var_73 = lattice_dir_0(var_70);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_74 = wp::extract(var_f, var_70);
    var_76 = wp::extract(var_73, var_75);
    var_77 = wp::float(var_76);
    var_78 = wp::mul(var_74, var_77);
    var_79 = wp::add(var_63, var_78);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_80 = wp::extract(var_f, var_70);
    var_82 = wp::extract(var_73, var_81);
    var_83 = wp::float(var_82);
    var_84 = wp::mul(var_80, var_83);
    var_85 = wp::add(var_69, var_84);
    // rho += f[q]                                                                            <L 46>
    var_87 = wp::extract(var_f, var_86);
    var_88 = wp::add(var_72, var_87);
    // e = lattice_dir(q)                                                                     <L 47>
    var_89 = lattice_dir_0(var_86);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_90 = wp::extract(var_f, var_86);
    var_92 = wp::extract(var_89, var_91);
    var_93 = wp::float(var_92);
    var_94 = wp::mul(var_90, var_93);
    var_95 = wp::add(var_79, var_94);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_96 = wp::extract(var_f, var_86);
    var_98 = wp::extract(var_89, var_97);
    var_99 = wp::float(var_98);
    var_100 = wp::mul(var_96, var_99);
    var_101 = wp::add(var_85, var_100);
    // rho += f[q]                                                                            <L 46>
    var_103 = wp::extract(var_f, var_102);
    var_104 = wp::add(var_88, var_103);
    // e = lattice_dir(q)                                                                     <L 47>
    var_105 = lattice_dir_0(var_102);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_106 = wp::extract(var_f, var_102);
    var_108 = wp::extract(var_105, var_107);
    var_109 = wp::float(var_108);
    var_110 = wp::mul(var_106, var_109);
    var_111 = wp::add(var_95, var_110);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_112 = wp::extract(var_f, var_102);
    var_114 = wp::extract(var_105, var_113);
    var_115 = wp::float(var_114);
    var_116 = wp::mul(var_112, var_115);
    var_117 = wp::add(var_101, var_116);
    // rho += f[q]                                                                            <L 46>
    var_119 = wp::extract(var_f, var_118);
    var_120 = wp::add(var_104, var_119);
    // e = lattice_dir(q)                                                                     <L 47>
    var_121 = lattice_dir_0(var_118);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_122 = wp::extract(var_f, var_118);
    var_124 = wp::extract(var_121, var_123);
    var_125 = wp::float(var_124);
    var_126 = wp::mul(var_122, var_125);
    var_127 = wp::add(var_111, var_126);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_128 = wp::extract(var_f, var_118);
    var_130 = wp::extract(var_121, var_129);
    var_131 = wp::float(var_130);
    var_132 = wp::mul(var_128, var_131);
    var_133 = wp::add(var_117, var_132);
    // rho += f[q]                                                                            <L 46>
    var_135 = wp::extract(var_f, var_134);
    var_136 = wp::add(var_120, var_135);
    // e = lattice_dir(q)                                                                     <L 47>
    var_137 = lattice_dir_0(var_134);
    // mx += f[q] * float(e[0])                                                               <L 48>
    var_138 = wp::extract(var_f, var_134);
    var_140 = wp::extract(var_137, var_139);
    var_141 = wp::float(var_140);
    var_142 = wp::mul(var_138, var_141);
    var_143 = wp::add(var_127, var_142);
    // my += f[q] * float(e[1])                                                               <L 49>
    var_144 = wp::extract(var_f, var_134);
    var_146 = wp::extract(var_137, var_145);
    var_147 = wp::float(var_146);
    var_148 = wp::mul(var_144, var_147);
    var_149 = wp::add(var_133, var_148);
    // if rho > 0.0:                                                                          <L 50>
    var_151 = (var_136 > var_150);
    if (var_151) {
        // return rho, wp.vec2(mx / rho, my / rho)                                            <L 51>
        var_152 = wp::div(var_143, var_136);
        var_153 = wp::div(var_149, var_136);
        var_154 = wp::vec_t<2, wp::float32>(var_152, var_153);
        ret_0 = var_136;
        ret_1 = var_154;
        goto label0;
    }
    // return rho, wp.vec2()                                                                  <L 52>
    var_155 = wp::vec_t<2, wp::float32>();
    ret_0 = var_136;
    ret_1 = var_155;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_155 += adj_ret_1;
    adj_136 += adj_ret_0;
    // adj: return rho, wp.vec2()                                                             <L 52>
    if (var_151) {
        label0:;
        adj_154 += adj_ret_1;
        adj_136 += adj_ret_0;
        wp::adj_vec_t(var_152, var_153, adj_152, adj_153, adj_154);
        wp::adj_div(var_149, var_136, var_153, adj_149, adj_136, adj_153);
        wp::adj_div(var_143, var_136, var_152, adj_143, adj_136, adj_152);
        // adj: return rho, wp.vec2(mx / rho, my / rho)                                       <L 51>
    }
    // adj: if rho > 0.0:                                                                     <L 50>
    wp::adj_add(var_133, var_148, adj_133, adj_148, adj_149);
    wp::adj_mul(var_144, var_147, adj_144, adj_147, adj_148);
    wp::adj_float(var_146, adj_146, adj_147);
    wp::adj_extract(var_137, var_145, adj_137, adj_145, adj_146);
    wp::adj_extract(var_f, var_134, adj_f, adj_134, adj_144);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_127, var_142, adj_127, adj_142, adj_143);
    wp::adj_mul(var_138, var_141, adj_138, adj_141, adj_142);
    wp::adj_float(var_140, adj_140, adj_141);
    wp::adj_extract(var_137, var_139, adj_137, adj_139, adj_140);
    wp::adj_extract(var_f, var_134, adj_f, adj_134, adj_138);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_134, adj_134, adj_137);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_120, var_135, adj_120, adj_135, adj_136);
    wp::adj_extract(var_f, var_134, adj_f, adj_134, adj_135);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_117, var_132, adj_117, adj_132, adj_133);
    wp::adj_mul(var_128, var_131, adj_128, adj_131, adj_132);
    wp::adj_float(var_130, adj_130, adj_131);
    wp::adj_extract(var_121, var_129, adj_121, adj_129, adj_130);
    wp::adj_extract(var_f, var_118, adj_f, adj_118, adj_128);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_111, var_126, adj_111, adj_126, adj_127);
    wp::adj_mul(var_122, var_125, adj_122, adj_125, adj_126);
    wp::adj_float(var_124, adj_124, adj_125);
    wp::adj_extract(var_121, var_123, adj_121, adj_123, adj_124);
    wp::adj_extract(var_f, var_118, adj_f, adj_118, adj_122);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_118, adj_118, adj_121);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_104, var_119, adj_104, adj_119, adj_120);
    wp::adj_extract(var_f, var_118, adj_f, adj_118, adj_119);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_101, var_116, adj_101, adj_116, adj_117);
    wp::adj_mul(var_112, var_115, adj_112, adj_115, adj_116);
    wp::adj_float(var_114, adj_114, adj_115);
    wp::adj_extract(var_105, var_113, adj_105, adj_113, adj_114);
    wp::adj_extract(var_f, var_102, adj_f, adj_102, adj_112);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_95, var_110, adj_95, adj_110, adj_111);
    wp::adj_mul(var_106, var_109, adj_106, adj_109, adj_110);
    wp::adj_float(var_108, adj_108, adj_109);
    wp::adj_extract(var_105, var_107, adj_105, adj_107, adj_108);
    wp::adj_extract(var_f, var_102, adj_f, adj_102, adj_106);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_102, adj_102, adj_105);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_88, var_103, adj_88, adj_103, adj_104);
    wp::adj_extract(var_f, var_102, adj_f, adj_102, adj_103);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_85, var_100, adj_85, adj_100, adj_101);
    wp::adj_mul(var_96, var_99, adj_96, adj_99, adj_100);
    wp::adj_float(var_98, adj_98, adj_99);
    wp::adj_extract(var_89, var_97, adj_89, adj_97, adj_98);
    wp::adj_extract(var_f, var_86, adj_f, adj_86, adj_96);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_79, var_94, adj_79, adj_94, adj_95);
    wp::adj_mul(var_90, var_93, adj_90, adj_93, adj_94);
    wp::adj_float(var_92, adj_92, adj_93);
    wp::adj_extract(var_89, var_91, adj_89, adj_91, adj_92);
    wp::adj_extract(var_f, var_86, adj_f, adj_86, adj_90);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_86, adj_86, adj_89);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_72, var_87, adj_72, adj_87, adj_88);
    wp::adj_extract(var_f, var_86, adj_f, adj_86, adj_87);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_69, var_84, adj_69, adj_84, adj_85);
    wp::adj_mul(var_80, var_83, adj_80, adj_83, adj_84);
    wp::adj_float(var_82, adj_82, adj_83);
    wp::adj_extract(var_73, var_81, adj_73, adj_81, adj_82);
    wp::adj_extract(var_f, var_70, adj_f, adj_70, adj_80);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_63, var_78, adj_63, adj_78, adj_79);
    wp::adj_mul(var_74, var_77, adj_74, adj_77, adj_78);
    wp::adj_float(var_76, adj_76, adj_77);
    wp::adj_extract(var_73, var_75, adj_73, adj_75, adj_76);
    wp::adj_extract(var_f, var_70, adj_f, adj_70, adj_74);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_70, adj_70, adj_73);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_56, var_71, adj_56, adj_71, adj_72);
    wp::adj_extract(var_f, var_70, adj_f, adj_70, adj_71);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_53, var_68, adj_53, adj_68, adj_69);
    wp::adj_mul(var_64, var_67, adj_64, adj_67, adj_68);
    wp::adj_float(var_66, adj_66, adj_67);
    wp::adj_extract(var_57, var_65, adj_57, adj_65, adj_66);
    wp::adj_extract(var_f, var_54, adj_f, adj_54, adj_64);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_47, var_62, adj_47, adj_62, adj_63);
    wp::adj_mul(var_58, var_61, adj_58, adj_61, adj_62);
    wp::adj_float(var_60, adj_60, adj_61);
    wp::adj_extract(var_57, var_59, adj_57, adj_59, adj_60);
    wp::adj_extract(var_f, var_54, adj_f, adj_54, adj_58);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_54, adj_54, adj_57);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_40, var_55, adj_40, adj_55, adj_56);
    wp::adj_extract(var_f, var_54, adj_f, adj_54, adj_55);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_37, var_52, adj_37, adj_52, adj_53);
    wp::adj_mul(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_float(var_50, adj_50, adj_51);
    wp::adj_extract(var_41, var_49, adj_41, adj_49, adj_50);
    wp::adj_extract(var_f, var_38, adj_f, adj_38, adj_48);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_31, var_46, adj_31, adj_46, adj_47);
    wp::adj_mul(var_42, var_45, adj_42, adj_45, adj_46);
    wp::adj_float(var_44, adj_44, adj_45);
    wp::adj_extract(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_extract(var_f, var_38, adj_f, adj_38, adj_42);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_38, adj_38, adj_41);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_24, var_39, adj_24, adj_39, adj_40);
    wp::adj_extract(var_f, var_38, adj_f, adj_38, adj_39);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_21, var_36, adj_21, adj_36, adj_37);
    wp::adj_mul(var_32, var_35, adj_32, adj_35, adj_36);
    wp::adj_float(var_34, adj_34, adj_35);
    wp::adj_extract(var_25, var_33, adj_25, adj_33, adj_34);
    wp::adj_extract(var_f, var_22, adj_f, adj_22, adj_32);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_15, var_30, adj_15, adj_30, adj_31);
    wp::adj_mul(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_float(var_28, adj_28, adj_29);
    wp::adj_extract(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_extract(var_f, var_22, adj_f, adj_22, adj_26);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_22, adj_22, adj_25);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_8, var_23, adj_8, adj_23, adj_24);
    wp::adj_extract(var_f, var_22, adj_f, adj_22, adj_23);
    // adj: rho += f[q]                                                                       <L 46>
    wp::adj_add(var_5, var_20, adj_5, adj_20, adj_21);
    wp::adj_mul(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    wp::adj_extract(var_9, var_17, adj_9, adj_17, adj_18);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_16);
    // adj: my += f[q] * float(e[1])                                                          <L 49>
    wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_float(var_12, adj_12, adj_13);
    wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_10);
    // adj: mx += f[q] * float(e[0])                                                          <L 48>
    adj_lattice_dir_0(var_6, adj_6, adj_9);
    // adj: e = lattice_dir(q)                                                                <L 47>
    wp::adj_add(var_1, var_7, adj_1, adj_7, adj_8);
    wp::adj_extract(var_f, var_6, adj_f, adj_6, adj_7);
    // adj: rho += f[q]                                                                       <L 46>
    // adj: for q in range(Q):                                                                <L 45>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: my = float(0.0)                                                                   <L 44>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: mx = float(0.0)                                                                   <L 43>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: rho = float(0.0)                                                                  <L 42>
    // adj: def moments(f: vec9):                                                             <L 41>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:10
static void adj_lattice_weight_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 4.0;
    const wp::float32 var_3 = 9.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 5;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 36.0;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def lattice_weight(q: int) -> float:                                                   <L 11>
    // if q == 0:                                                                             <L 12>
    var_1 = (var_q == var_0);
    if (var_1) {
        // return 4.0 / 9.0                                                                   <L 13>
        var_4 = wp::div(var_2, var_3);
        goto label0;
    }
    if (!var_1) {
        // elif q < 5:                                                                        <L 14>
        var_6 = (var_q < var_5);
        if (var_6) {
            // return 1.0 / 9.0                                                               <L 15>
            var_9 = wp::div(var_7, var_8);
            goto label1;
        }
    }
    // return 1.0 / 36.0                                                                      <L 16>
    var_12 = wp::div(var_10, var_11);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_12 += adj_ret;
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    // adj: return 1.0 / 36.0                                                                 <L 16>
    if (!var_1) {
        if (var_6) {
            label1:;
            adj_9 += adj_ret;
            wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
            // adj: return 1.0 / 9.0                                                          <L 15>
        }
        // adj: elif q < 5:                                                                   <L 14>
    }
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        // adj: return 4.0 / 9.0                                                              <L 13>
    }
    // adj: if q == 0:                                                                        <L 12>
    // adj: def lattice_weight(q: int) -> float:                                              <L 11>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:32
static void adj_equilibrium_0(
    wp::float32 var_rho,
    wp::vec_t<2, wp::float32> var_u,
    wp::int32 var_q,
    wp::float32 & adj_rho,
    wp::vec_t<2, wp::float32> & adj_u,
    wp::int32 & adj_q,
    wp::float32 & adj_ret)
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
    // dual vars
    wp::vec_t<2, wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
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
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    //---------
    // forward
    // def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                              <L 33>
    // e = lattice_dir(q)                                                                     <L 34>
    var_0 = lattice_dir_0(var_q);
    // eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                           <L 35>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::float(var_2);
    var_5 = wp::extract(var_u, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_8 = wp::extract(var_0, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_u, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_6, var_12);
    // uu = wp.dot(u, u)                                                                      <L 36>
    var_14 = wp::dot(var_u, var_u);
    // return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)       <L 37>
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
    goto label0;
    //---------
    // reverse
    label0:;
    adj_31 += adj_ret;
    wp::adj_mul(var_16, var_30, adj_16, adj_30, adj_31);
    wp::adj_sub(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_div(var_28, var_18, var_29, adj_28, adj_18, adj_29);
    wp::adj_mul(var_27, var_14, adj_27, adj_14, adj_28);
    wp::adj_add(var_20, var_25, adj_20, adj_25, adj_26);
    wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
    wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_24);
    wp::adj_mul(var_22, var_13, adj_22, adj_13, adj_23);
    wp::adj_mul(var_21, var_13, adj_21, adj_13, adj_22);
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_div(var_13, var_18, var_19, adj_13, adj_18, adj_19);
    wp::adj_mul(var_15, var_rho, adj_15, adj_rho, adj_16);
    adj_lattice_weight_0(var_q, adj_q, adj_15);
    // adj: return lattice_weight(q) * rho * (1.0 + eu / CS2 + 0.5 * eu * eu / (CS2 * CS2) - 0.5 * uu / CS2)  <L 37>
    wp::adj_dot(var_u, var_u, adj_u, adj_u, adj_14);
    // adj: uu = wp.dot(u, u)                                                                 <L 36>
    wp::adj_add(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_u, var_10, adj_u, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_extract(var_u, var_4, adj_u, adj_4, adj_5);
    wp::adj_float(var_2, adj_2, adj_3);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: eu = float(e[0]) * u[0] + float(e[1]) * u[1]                                      <L 35>
    adj_lattice_dir_0(var_q, adj_q, adj_0);
    // adj: e = lattice_dir(q)                                                                <L 34>
    // adj: def equilibrium(rho: float, u: wp.vec2, q: int) -> float:                         <L 33>
    return;
}


// corpus/166_lbm_d2q9_custom_vectors.py:26
static void adj_opposite_0(
    wp::int32 var_q,
    wp::int32 & adj_q,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    const wp::int32 var_5 = 7;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 5;
    const wp::int32 var_8 = 6;
    wp::vec_t<9, wp::int32> var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<9, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def opposite(q: int) -> int:                                                           <L 27>
    // opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                                 <L 28>
    var_9 = wp::vec_t<9, wp::int32>({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8});
    // return opp[q]                                                                          <L 29>
    var_10 = wp::extract(var_9, var_q);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_extract(var_9, var_q, adj_9, adj_q, adj_10);
    // adj: return opp[q]                                                                     <L 29>
    wp::adj_vec_t({var_0, var_1, var_2, var_3, var_4, var_5, var_6, var_7, var_8}, {&adj_0, &adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6, &adj_7, &adj_8}, adj_9);
    // adj: opp = vec9i(0, 3, 4, 1, 2, 7, 8, 5, 6)                                            <L 28>
    // adj: def opposite(q: int) -> int:                                                      <L 27>
    return;
}

struct wp_args_collide_stream_fb1c3f7f {
    wp::array_t<wp::float32> f_in;
    wp::array_t<wp::float32> f_out;
    wp::array_t<bool> solid;
    wp::float32 omega;
    wp::float32 u_lid;
};


void collide_stream_fb1c3f7f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_collide_stream_fb1c3f7f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f_in = _wp_args->f_in;
    wp::array_t<wp::float32> var_f_out = _wp_args->f_out;
    wp::array_t<bool> var_solid = _wp_args->solid;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_u_lid = _wp_args->u_lid;
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
    wp::vec_t<9, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32* var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32* var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32* var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 4;
    wp::float32* var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 5;
    wp::float32* var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 6;
    wp::float32* var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 7;
    wp::float32* var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 8;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 9;
    wp::range_t var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::int32> var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    bool var_62;
    const wp::int32 var_63 = 0;
    bool var_64;
    bool var_65;
    const wp::int32 var_66 = 0;
    bool var_67;
    bool var_68;
    wp::int32 var_69;
    bool* var_70;
    bool var_71;
    wp::int32 var_72;
    bool var_73;
    bool var_74;
    bool var_75;
    //---------
    // forward
    // def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):       <L 56>
    // x, y = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // nx = f_in.shape[0]                                                                     <L 58>
    var_2 = &(var_f_in.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = f_in.shape[1]                                                                     <L 59>
    var_6 = &(var_f_in.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // f = vec9()                                                                             <L 60>
    var_10 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 61>
    // f[q] = f_in[x, y, q]                                                                   <L 62>
    var_12 = wp::address(var_f_in, var_0, var_1, var_11);
    var_13 = wp::load(var_12);
    wp::assign_inplace(var_10, var_11, var_13);
    var_15 = wp::address(var_f_in, var_0, var_1, var_14);
    var_16 = wp::load(var_15);
    wp::assign_inplace(var_10, var_14, var_16);
    var_18 = wp::address(var_f_in, var_0, var_1, var_17);
    var_19 = wp::load(var_18);
    wp::assign_inplace(var_10, var_17, var_19);
    var_21 = wp::address(var_f_in, var_0, var_1, var_20);
    var_22 = wp::load(var_21);
    wp::assign_inplace(var_10, var_20, var_22);
    var_24 = wp::address(var_f_in, var_0, var_1, var_23);
    var_25 = wp::load(var_24);
    wp::assign_inplace(var_10, var_23, var_25);
    var_27 = wp::address(var_f_in, var_0, var_1, var_26);
    var_28 = wp::load(var_27);
    wp::assign_inplace(var_10, var_26, var_28);
    var_30 = wp::address(var_f_in, var_0, var_1, var_29);
    var_31 = wp::load(var_30);
    wp::assign_inplace(var_10, var_29, var_31);
    var_33 = wp::address(var_f_in, var_0, var_1, var_32);
    var_34 = wp::load(var_33);
    wp::assign_inplace(var_10, var_32, var_34);
    var_36 = wp::address(var_f_in, var_0, var_1, var_35);
    var_37 = wp::load(var_36);
    wp::assign_inplace(var_10, var_35, var_37);
    // rho, u = moments(f)                                                                    <L 63>
    moments_0(var_10, var_38, var_39);
    // if y == ny - 1:                                                                        <L 64>
    var_41 = wp::sub(var_8, var_40);
    var_42 = (var_1 == var_41);
    if (var_42) {
        // u = wp.vec2(u_lid, 0.0)                                                            <L 65>
        var_44 = wp::vec_t<2, wp::float32>(var_u_lid, var_43);
    }
    var_45 = wp::where(var_42, var_44, var_39);
    // for q in range(Q):                                                                     <L 66>
    var_47 = wp::range(var_46);
    start_for_0:;
        if (iter_cmp(var_47) == 0) goto end_for_0;
        var_48 = wp::iter_next(var_47);
        // feq = equilibrium(rho, u, q)                                                       <L 67>
        var_49 = equilibrium_0(var_38, var_45, var_48);
        // post = f[q] - omega * (f[q] - feq)                                                 <L 68>
        var_50 = wp::extract(var_10, var_48);
        var_51 = wp::extract(var_10, var_48);
        var_52 = wp::sub(var_51, var_49);
        var_53 = wp::mul(var_omega, var_52);
        var_54 = wp::sub(var_50, var_53);
        // e = lattice_dir(q)                                                                 <L 69>
        var_55 = lattice_dir_0(var_48);
        // xn = x + e[0]                                                                      <L 70>
        var_57 = wp::extract(var_55, var_56);
        var_58 = wp::add(var_0, var_57);
        // yn = y + e[1]                                                                      <L 71>
        var_60 = wp::extract(var_55, var_59);
        var_61 = wp::add(var_1, var_60);
        // if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                       <L 72>
        var_64 = (var_58 < var_63);
        var_62 = var_64;
        if (!var_62) {
            var_65 = (var_58 >= var_4);
            var_62 = var_62 || var_65;
        }
        if (!var_62) {
            var_67 = (var_61 < var_66);
            var_62 = var_62 || var_67;
        }
        if (!var_62) {
            var_68 = (var_61 >= var_8);
            var_62 = var_62 || var_68;
        }
        if (var_62) {
            // f_out[x, y, opposite(q)] = post                                                <L 73>
            var_69 = opposite_0(var_48);
            wp::array_store(var_f_out, var_0, var_1, var_69, var_54);
            // continue                                                                       <L 74>
            goto start_for_0;
        }
        // if solid[xn, yn]:                                                                  <L 75>
        var_70 = wp::address(var_solid, var_58, var_61);
        var_71 = wp::load(var_70);
        if (var_71) {
            // f_out[x, y, opposite(q)] = post                                                <L 76>
            var_72 = opposite_0(var_48);
            wp::array_store(var_f_out, var_0, var_1, var_72, var_54);
        }
        var_73 = wp::load(var_70);
        var_74 = wp::load(var_70);
        if (!var_74) {
            // f_out[xn, yn, q] = post                                                        <L 78>
            wp::array_store(var_f_out, var_58, var_61, var_48, var_54);
        }
        var_75 = wp::load(var_70);
        goto start_for_0;
    end_for_0:;
}



void collide_stream_fb1c3f7f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_collide_stream_fb1c3f7f *_wp_args,
    wp_args_collide_stream_fb1c3f7f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f_in = _wp_args->f_in;
    wp::array_t<wp::float32> var_f_out = _wp_args->f_out;
    wp::array_t<bool> var_solid = _wp_args->solid;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_u_lid = _wp_args->u_lid;
    wp::array_t<wp::float32> adj_f_in = _wp_adj_args->f_in;
    wp::array_t<wp::float32> adj_f_out = _wp_adj_args->f_out;
    wp::array_t<bool> adj_solid = _wp_adj_args->solid;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_u_lid = _wp_adj_args->u_lid;
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
    wp::vec_t<9, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32* var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32* var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 3;
    wp::float32* var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 4;
    wp::float32* var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 5;
    wp::float32* var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 6;
    wp::float32* var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 7;
    wp::float32* var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 8;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 9;
    wp::range_t var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::int32> var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    bool var_62;
    const wp::int32 var_63 = 0;
    bool var_64;
    bool var_65;
    const wp::int32 var_66 = 0;
    bool var_67;
    bool var_68;
    wp::int32 var_69;
    bool* var_70;
    bool var_71;
    wp::int32 var_72;
    bool var_73;
    bool var_74;
    bool var_75;
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
    wp::vec_t<9, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<2, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::range_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::int32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    bool adj_62 = {};
    wp::int32 adj_63 = {};
    bool adj_64 = {};
    bool adj_65 = {};
    wp::int32 adj_66 = {};
    bool adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    bool adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    bool adj_74 = {};
    bool adj_75 = {};
    //---------
    // forward
    // def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):       <L 56>
    // x, y = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // nx = f_in.shape[0]                                                                     <L 58>
    var_2 = &(var_f_in.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = f_in.shape[1]                                                                     <L 59>
    var_6 = &(var_f_in.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // f = vec9()                                                                             <L 60>
    var_10 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 61>
    // f[q] = f_in[x, y, q]                                                                   <L 62>
    var_12 = wp::address(var_f_in, var_0, var_1, var_11);
    var_13 = wp::load(var_12);
    wp::assign_inplace(var_10, var_11, var_13);
    var_15 = wp::address(var_f_in, var_0, var_1, var_14);
    var_16 = wp::load(var_15);
    wp::assign_inplace(var_10, var_14, var_16);
    var_18 = wp::address(var_f_in, var_0, var_1, var_17);
    var_19 = wp::load(var_18);
    wp::assign_inplace(var_10, var_17, var_19);
    var_21 = wp::address(var_f_in, var_0, var_1, var_20);
    var_22 = wp::load(var_21);
    wp::assign_inplace(var_10, var_20, var_22);
    var_24 = wp::address(var_f_in, var_0, var_1, var_23);
    var_25 = wp::load(var_24);
    wp::assign_inplace(var_10, var_23, var_25);
    var_27 = wp::address(var_f_in, var_0, var_1, var_26);
    var_28 = wp::load(var_27);
    wp::assign_inplace(var_10, var_26, var_28);
    var_30 = wp::address(var_f_in, var_0, var_1, var_29);
    var_31 = wp::load(var_30);
    wp::assign_inplace(var_10, var_29, var_31);
    var_33 = wp::address(var_f_in, var_0, var_1, var_32);
    var_34 = wp::load(var_33);
    wp::assign_inplace(var_10, var_32, var_34);
    var_36 = wp::address(var_f_in, var_0, var_1, var_35);
    var_37 = wp::load(var_36);
    wp::assign_inplace(var_10, var_35, var_37);
    // rho, u = moments(f)                                                                    <L 63>
    moments_0(var_10, var_38, var_39);
    // if y == ny - 1:                                                                        <L 64>
    var_41 = wp::sub(var_8, var_40);
    var_42 = (var_1 == var_41);
    if (var_42) {
        // u = wp.vec2(u_lid, 0.0)                                                            <L 65>
        var_44 = wp::vec_t<2, wp::float32>(var_u_lid, var_43);
    }
    var_45 = wp::where(var_42, var_44, var_39);
    // for q in range(Q):                                                                     <L 66>
    var_47 = wp::range(var_46);
    //---------
    // reverse
    var_47 = wp::iter_reverse(var_47);
    start_for_0:;
        if (iter_cmp(var_47) == 0) goto end_for_0;
        var_48 = wp::iter_next(var_47);
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
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
        // feq = equilibrium(rho, u, q)                                                       <L 67>
        var_49 = equilibrium_0(var_38, var_45, var_48);
        // post = f[q] - omega * (f[q] - feq)                                                 <L 68>
        var_50 = wp::extract(var_10, var_48);
        var_51 = wp::extract(var_10, var_48);
        var_52 = wp::sub(var_51, var_49);
        var_53 = wp::mul(var_omega, var_52);
        var_54 = wp::sub(var_50, var_53);
        // e = lattice_dir(q)                                                                 <L 69>
        var_55 = lattice_dir_0(var_48);
        // xn = x + e[0]                                                                      <L 70>
        var_57 = wp::extract(var_55, var_56);
        var_58 = wp::add(var_0, var_57);
        // yn = y + e[1]                                                                      <L 71>
        var_60 = wp::extract(var_55, var_59);
        var_61 = wp::add(var_1, var_60);
        // if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                       <L 72>
        var_64 = (var_58 < var_63);
        var_62 = var_64;
        if (!var_62) {
            var_65 = (var_58 >= var_4);
            var_62 = var_62 || var_65;
        }
        if (!var_62) {
            var_67 = (var_61 < var_66);
            var_62 = var_62 || var_67;
        }
        if (!var_62) {
            var_68 = (var_61 >= var_8);
            var_62 = var_62 || var_68;
        }
        if (var_62) {
            // f_out[x, y, opposite(q)] = post                                                <L 73>
            var_69 = opposite_0(var_48);
            // wp::array_store(var_f_out, var_0, var_1, var_69, var_54);
            // continue                                                                       <L 74>
            goto start_for_0;
        }
        // if solid[xn, yn]:                                                                  <L 75>
        var_70 = wp::address(var_solid, var_58, var_61);
        var_71 = wp::load(var_70);
        if (var_71) {
            // f_out[x, y, opposite(q)] = post                                                <L 76>
            var_72 = opposite_0(var_48);
            // wp::array_store(var_f_out, var_0, var_1, var_72, var_54);
        }
        var_73 = wp::load(var_70);
        var_74 = wp::load(var_70);
        if (!var_74) {
            // f_out[xn, yn, q] = post                                                        <L 78>
            // wp::array_store(var_f_out, var_58, var_61, var_48, var_54);
        }
        var_75 = wp::load(var_70);
        if (!var_75) {
            wp::adj_array_store(var_f_out, var_58, var_61, var_48, var_54, adj_f_out, adj_58, adj_61, adj_48, adj_54);
            // adj: f_out[xn, yn, q] = post                                                   <L 78>
        }
        if (var_73) {
            wp::adj_array_store(var_f_out, var_0, var_1, var_72, var_54, adj_f_out, adj_0, adj_1, adj_72, adj_54);
            adj_opposite_0(var_48, adj_48, adj_72);
            // adj: f_out[x, y, opposite(q)] = post                                           <L 76>
        }
        wp::adj_address(var_solid, var_58, var_61, adj_solid, adj_58, adj_61, adj_70);
        // adj: if solid[xn, yn]:                                                             <L 75>
        if (var_62) {
            // adj: continue                                                                  <L 74>
            wp::adj_array_store(var_f_out, var_0, var_1, var_69, var_54, adj_f_out, adj_0, adj_1, adj_69, adj_54);
            adj_opposite_0(var_48, adj_48, adj_69);
            // adj: f_out[x, y, opposite(q)] = post                                           <L 73>
        }
        if (!var_62) {
        }
        if (!var_62) {
        }
        if (!var_62) {
        }
        // adj: if xn < 0 or xn >= nx or yn < 0 or yn >= ny:                                  <L 72>
        wp::adj_add(var_1, var_60, adj_1, adj_60, adj_61);
        wp::adj_extract(var_55, var_59, adj_55, adj_59, adj_60);
        // adj: yn = y + e[1]                                                                 <L 71>
        wp::adj_add(var_0, var_57, adj_0, adj_57, adj_58);
        wp::adj_extract(var_55, var_56, adj_55, adj_56, adj_57);
        // adj: xn = x + e[0]                                                                 <L 70>
        adj_lattice_dir_0(var_48, adj_48, adj_55);
        // adj: e = lattice_dir(q)                                                            <L 69>
        wp::adj_sub(var_50, var_53, adj_50, adj_53, adj_54);
        wp::adj_mul(var_omega, var_52, adj_omega, adj_52, adj_53);
        wp::adj_sub(var_51, var_49, adj_51, adj_49, adj_52);
        wp::adj_extract(var_10, var_48, adj_10, adj_48, adj_51);
        wp::adj_extract(var_10, var_48, adj_10, adj_48, adj_50);
        // adj: post = f[q] - omega * (f[q] - feq)                                            <L 68>
        adj_equilibrium_0(var_38, var_45, var_48, adj_38, adj_45, adj_48, adj_49);
        // adj: feq = equilibrium(rho, u, q)                                                  <L 67>
    	goto start_for_0;
    end_for_0:;
    // adj: for q in range(Q):                                                                <L 66>
    wp::adj_where(var_42, var_44, var_39, adj_42, adj_44, adj_39, adj_45);
    if (var_42) {
        wp::adj_vec_t(var_u_lid, var_43, adj_u_lid, adj_43, adj_44);
        // adj: u = wp.vec2(u_lid, 0.0)                                                       <L 65>
    }
    wp::adj_sub(var_8, var_40, adj_8, adj_40, adj_41);
    // adj: if y == ny - 1:                                                                   <L 64>
    adj_moments_0(var_10, var_38, var_39, adj_10, adj_38, adj_39);
    // adj: rho, u = moments(f)                                                               <L 63>
    wp::adj_assign_inplace(var_10, var_35, var_37, adj_10, adj_35, adj_36);
    wp::adj_address(var_f_in, var_0, var_1, var_35, adj_f_in, adj_0, adj_1, adj_35, adj_36);
    wp::adj_assign_inplace(var_10, var_32, var_34, adj_10, adj_32, adj_33);
    wp::adj_address(var_f_in, var_0, var_1, var_32, adj_f_in, adj_0, adj_1, adj_32, adj_33);
    wp::adj_assign_inplace(var_10, var_29, var_31, adj_10, adj_29, adj_30);
    wp::adj_address(var_f_in, var_0, var_1, var_29, adj_f_in, adj_0, adj_1, adj_29, adj_30);
    wp::adj_assign_inplace(var_10, var_26, var_28, adj_10, adj_26, adj_27);
    wp::adj_address(var_f_in, var_0, var_1, var_26, adj_f_in, adj_0, adj_1, adj_26, adj_27);
    wp::adj_assign_inplace(var_10, var_23, var_25, adj_10, adj_23, adj_24);
    wp::adj_address(var_f_in, var_0, var_1, var_23, adj_f_in, adj_0, adj_1, adj_23, adj_24);
    wp::adj_assign_inplace(var_10, var_20, var_22, adj_10, adj_20, adj_21);
    wp::adj_address(var_f_in, var_0, var_1, var_20, adj_f_in, adj_0, adj_1, adj_20, adj_21);
    wp::adj_assign_inplace(var_10, var_17, var_19, adj_10, adj_17, adj_18);
    wp::adj_address(var_f_in, var_0, var_1, var_17, adj_f_in, adj_0, adj_1, adj_17, adj_18);
    wp::adj_assign_inplace(var_10, var_14, var_16, adj_10, adj_14, adj_15);
    wp::adj_address(var_f_in, var_0, var_1, var_14, adj_f_in, adj_0, adj_1, adj_14, adj_15);
    wp::adj_assign_inplace(var_10, var_11, var_13, adj_10, adj_11, adj_12);
    wp::adj_address(var_f_in, var_0, var_1, var_11, adj_f_in, adj_0, adj_1, adj_11, adj_12);
    // adj: f[q] = f_in[x, y, q]                                                              <L 62>
    // adj: for q in range(Q):                                                                <L 61>
    // adj: f = vec9()                                                                        <L 60>
    adj_f_in.shape = adj_6;
    // adj: ny = f_in.shape[1]                                                                <L 59>
    adj_f_in.shape = adj_2;
    // adj: nx = f_in.shape[0]                                                                <L 58>
    // adj: x, y = wp.tid()                                                                   <L 57>
    // adj: def collide_stream(f_in: wp.array3d(dtype=float), f_out: wp.array3d(dtype=float), solid: wp.array2d(dtype=wp.bool), omega: float, u_lid: float):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void collide_stream_fb1c3f7f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_collide_stream_fb1c3f7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        collide_stream_fb1c3f7f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void collide_stream_fb1c3f7f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_collide_stream_fb1c3f7f *_wp_args,
    wp_args_collide_stream_fb1c3f7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        collide_stream_fb1c3f7f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_macroscopic_eaf2716a {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float32> rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> u_out;
    wp::array_t<wp::float32> vort;
};


void macroscopic_eaf2716a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_macroscopic_eaf2716a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho_out = _wp_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_vort = _wp_args->vort;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<9, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32* var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 4;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 5;
    wp::float32* var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 6;
    wp::float32* var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 7;
    wp::float32* var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 8;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 0;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // forward
    // def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):       <L 82>
    // x, y = wp.tid()                                                                        <L 83>
    builtin_tid2d(var_0, var_1);
    // g = vec9()                                                                             <L 84>
    var_2 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 85>
    // g[q] = f[x, y, q]                                                                      <L 86>
    var_4 = wp::address(var_f, var_0, var_1, var_3);
    var_5 = wp::load(var_4);
    wp::assign_inplace(var_2, var_3, var_5);
    var_7 = wp::address(var_f, var_0, var_1, var_6);
    var_8 = wp::load(var_7);
    wp::assign_inplace(var_2, var_6, var_8);
    var_10 = wp::address(var_f, var_0, var_1, var_9);
    var_11 = wp::load(var_10);
    wp::assign_inplace(var_2, var_9, var_11);
    var_13 = wp::address(var_f, var_0, var_1, var_12);
    var_14 = wp::load(var_13);
    wp::assign_inplace(var_2, var_12, var_14);
    var_16 = wp::address(var_f, var_0, var_1, var_15);
    var_17 = wp::load(var_16);
    wp::assign_inplace(var_2, var_15, var_17);
    var_19 = wp::address(var_f, var_0, var_1, var_18);
    var_20 = wp::load(var_19);
    wp::assign_inplace(var_2, var_18, var_20);
    var_22 = wp::address(var_f, var_0, var_1, var_21);
    var_23 = wp::load(var_22);
    wp::assign_inplace(var_2, var_21, var_23);
    var_25 = wp::address(var_f, var_0, var_1, var_24);
    var_26 = wp::load(var_25);
    wp::assign_inplace(var_2, var_24, var_26);
    var_28 = wp::address(var_f, var_0, var_1, var_27);
    var_29 = wp::load(var_28);
    wp::assign_inplace(var_2, var_27, var_29);
    // rho, u = moments(g)                                                                    <L 87>
    moments_0(var_2, var_30, var_31);
    // rho_out[x, y] = rho                                                                    <L 88>
    wp::array_store(var_rho_out, var_0, var_1, var_30);
    // u_out[x, y] = u                                                                        <L 89>
    wp::array_store(var_u_out, var_0, var_1, var_31);
    // if x > 0 and y > 0:                                                                    <L 90>
    var_34 = (var_0 > var_33);
    var_32 = var_34;
    if (var_32) {
        var_36 = (var_1 > var_35);
        var_32 = var_32 && var_36;
    }
    if (var_32) {
        // vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])             <L 91>
        var_38 = wp::extract(var_31, var_37);
        var_40 = wp::sub(var_0, var_39);
        var_41 = wp::address(var_u_out, var_40, var_1);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        var_45 = wp::sub(var_38, var_43);
        var_47 = wp::extract(var_31, var_46);
        var_49 = wp::sub(var_1, var_48);
        var_50 = wp::address(var_u_out, var_0, var_49);
        var_53 = wp::load(var_50);
        var_52 = wp::extract(var_53, var_51);
        var_54 = wp::sub(var_47, var_52);
        var_55 = wp::sub(var_45, var_54);
        wp::array_store(var_vort, var_0, var_1, var_55);
    }
}



void macroscopic_eaf2716a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_macroscopic_eaf2716a *_wp_args,
    wp_args_macroscopic_eaf2716a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho_out = _wp_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_vort = _wp_args->vort;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_rho_out = _wp_adj_args->rho_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    wp::array_t<wp::float32> adj_vort = _wp_adj_args->vort;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<9, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32* var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 4;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 5;
    wp::float32* var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 6;
    wp::float32* var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 7;
    wp::float32* var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 8;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 0;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<9, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<2, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    //---------
    // forward
    // def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):       <L 82>
    // x, y = wp.tid()                                                                        <L 83>
    builtin_tid2d(var_0, var_1);
    // g = vec9()                                                                             <L 84>
    var_2 = wp::vec_t<9, wp::float32>();
    // for q in range(Q):                                                                     <L 85>
    // g[q] = f[x, y, q]                                                                      <L 86>
    var_4 = wp::address(var_f, var_0, var_1, var_3);
    var_5 = wp::load(var_4);
    wp::assign_inplace(var_2, var_3, var_5);
    var_7 = wp::address(var_f, var_0, var_1, var_6);
    var_8 = wp::load(var_7);
    wp::assign_inplace(var_2, var_6, var_8);
    var_10 = wp::address(var_f, var_0, var_1, var_9);
    var_11 = wp::load(var_10);
    wp::assign_inplace(var_2, var_9, var_11);
    var_13 = wp::address(var_f, var_0, var_1, var_12);
    var_14 = wp::load(var_13);
    wp::assign_inplace(var_2, var_12, var_14);
    var_16 = wp::address(var_f, var_0, var_1, var_15);
    var_17 = wp::load(var_16);
    wp::assign_inplace(var_2, var_15, var_17);
    var_19 = wp::address(var_f, var_0, var_1, var_18);
    var_20 = wp::load(var_19);
    wp::assign_inplace(var_2, var_18, var_20);
    var_22 = wp::address(var_f, var_0, var_1, var_21);
    var_23 = wp::load(var_22);
    wp::assign_inplace(var_2, var_21, var_23);
    var_25 = wp::address(var_f, var_0, var_1, var_24);
    var_26 = wp::load(var_25);
    wp::assign_inplace(var_2, var_24, var_26);
    var_28 = wp::address(var_f, var_0, var_1, var_27);
    var_29 = wp::load(var_28);
    wp::assign_inplace(var_2, var_27, var_29);
    // rho, u = moments(g)                                                                    <L 87>
    moments_0(var_2, var_30, var_31);
    // rho_out[x, y] = rho                                                                    <L 88>
    // wp::array_store(var_rho_out, var_0, var_1, var_30);
    // u_out[x, y] = u                                                                        <L 89>
    // wp::array_store(var_u_out, var_0, var_1, var_31);
    // if x > 0 and y > 0:                                                                    <L 90>
    var_34 = (var_0 > var_33);
    var_32 = var_34;
    if (var_32) {
        var_36 = (var_1 > var_35);
        var_32 = var_32 && var_36;
    }
    if (var_32) {
        // vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])             <L 91>
        var_38 = wp::extract(var_31, var_37);
        var_40 = wp::sub(var_0, var_39);
        var_41 = wp::address(var_u_out, var_40, var_1);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        var_45 = wp::sub(var_38, var_43);
        var_47 = wp::extract(var_31, var_46);
        var_49 = wp::sub(var_1, var_48);
        var_50 = wp::address(var_u_out, var_0, var_49);
        var_53 = wp::load(var_50);
        var_52 = wp::extract(var_53, var_51);
        var_54 = wp::sub(var_47, var_52);
        var_55 = wp::sub(var_45, var_54);
        // wp::array_store(var_vort, var_0, var_1, var_55);
    }
    //---------
    // reverse
    if (var_32) {
        wp::adj_array_store(var_vort, var_0, var_1, var_55, adj_vort, adj_0, adj_1, adj_55);
        wp::adj_sub(var_45, var_54, adj_45, adj_54, adj_55);
        wp::adj_sub(var_47, var_52, adj_47, adj_52, adj_54);
        wp::adj_extract(var_53, var_51, adj_50, adj_51, adj_52);
        wp::adj_address(var_u_out, var_0, var_49, adj_u_out, adj_0, adj_49, adj_50);
        wp::adj_sub(var_1, var_48, adj_1, adj_48, adj_49);
        wp::adj_extract(var_31, var_46, adj_31, adj_46, adj_47);
        wp::adj_sub(var_38, var_43, adj_38, adj_43, adj_45);
        wp::adj_extract(var_44, var_42, adj_41, adj_42, adj_43);
        wp::adj_address(var_u_out, var_40, var_1, adj_u_out, adj_40, adj_1, adj_41);
        wp::adj_sub(var_0, var_39, adj_0, adj_39, adj_40);
        wp::adj_extract(var_31, var_37, adj_31, adj_37, adj_38);
        // adj: vort[x, y] = (u[1] - u_out[x - 1, y][1]) - (u[0] - u_out[x, y - 1][0])        <L 91>
    }
    if (var_32) {
    }
    // adj: if x > 0 and y > 0:                                                               <L 90>
    wp::adj_array_store(var_u_out, var_0, var_1, var_31, adj_u_out, adj_0, adj_1, adj_31);
    // adj: u_out[x, y] = u                                                                   <L 89>
    wp::adj_array_store(var_rho_out, var_0, var_1, var_30, adj_rho_out, adj_0, adj_1, adj_30);
    // adj: rho_out[x, y] = rho                                                               <L 88>
    adj_moments_0(var_2, var_30, var_31, adj_2, adj_30, adj_31);
    // adj: rho, u = moments(g)                                                               <L 87>
    wp::adj_assign_inplace(var_2, var_27, var_29, adj_2, adj_27, adj_28);
    wp::adj_address(var_f, var_0, var_1, var_27, adj_f, adj_0, adj_1, adj_27, adj_28);
    wp::adj_assign_inplace(var_2, var_24, var_26, adj_2, adj_24, adj_25);
    wp::adj_address(var_f, var_0, var_1, var_24, adj_f, adj_0, adj_1, adj_24, adj_25);
    wp::adj_assign_inplace(var_2, var_21, var_23, adj_2, adj_21, adj_22);
    wp::adj_address(var_f, var_0, var_1, var_21, adj_f, adj_0, adj_1, adj_21, adj_22);
    wp::adj_assign_inplace(var_2, var_18, var_20, adj_2, adj_18, adj_19);
    wp::adj_address(var_f, var_0, var_1, var_18, adj_f, adj_0, adj_1, adj_18, adj_19);
    wp::adj_assign_inplace(var_2, var_15, var_17, adj_2, adj_15, adj_16);
    wp::adj_address(var_f, var_0, var_1, var_15, adj_f, adj_0, adj_1, adj_15, adj_16);
    wp::adj_assign_inplace(var_2, var_12, var_14, adj_2, adj_12, adj_13);
    wp::adj_address(var_f, var_0, var_1, var_12, adj_f, adj_0, adj_1, adj_12, adj_13);
    wp::adj_assign_inplace(var_2, var_9, var_11, adj_2, adj_9, adj_10);
    wp::adj_address(var_f, var_0, var_1, var_9, adj_f, adj_0, adj_1, adj_9, adj_10);
    wp::adj_assign_inplace(var_2, var_6, var_8, adj_2, adj_6, adj_7);
    wp::adj_address(var_f, var_0, var_1, var_6, adj_f, adj_0, adj_1, adj_6, adj_7);
    wp::adj_assign_inplace(var_2, var_3, var_5, adj_2, adj_3, adj_4);
    wp::adj_address(var_f, var_0, var_1, var_3, adj_f, adj_0, adj_1, adj_3, adj_4);
    // adj: g[q] = f[x, y, q]                                                                 <L 86>
    // adj: for q in range(Q):                                                                <L 85>
    // adj: g = vec9()                                                                        <L 84>
    // adj: x, y = wp.tid()                                                                   <L 83>
    // adj: def macroscopic(f: wp.array3d(dtype=float), rho_out: wp.array2d(dtype=float), u_out: wp.array2d(dtype=wp.vec2), vort: wp.array2d(dtype=float)):  <L 82>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void macroscopic_eaf2716a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_macroscopic_eaf2716a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        macroscopic_eaf2716a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void macroscopic_eaf2716a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_macroscopic_eaf2716a *_wp_args,
    wp_args_macroscopic_eaf2716a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        macroscopic_eaf2716a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_init_equilibrium_83127b8f {
    wp::array_t<wp::float32> f;
    wp::float32 rho0;
    wp::vec_t<2, wp::float32> u0;
};


void init_equilibrium_83127b8f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_equilibrium_83127b8f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::float32 var_rho0 = _wp_args->rho0;
    wp::vec_t<2, wp::float32> var_u0 = _wp_args->u0;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    const wp::int32 var_12 = 5;
    wp::float32 var_13;
    const wp::int32 var_14 = 6;
    wp::float32 var_15;
    const wp::int32 var_16 = 7;
    wp::float32 var_17;
    const wp::int32 var_18 = 8;
    wp::float32 var_19;
    //---------
    // forward
    // def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):            <L 95>
    // x, y = wp.tid()                                                                        <L 96>
    builtin_tid2d(var_0, var_1);
    // for q in range(Q):                                                                     <L 97>
    // f[x, y, q] = equilibrium(rho0, u0, q)                                                  <L 98>
    var_3 = equilibrium_0(var_rho0, var_u0, var_2);
    wp::array_store(var_f, var_0, var_1, var_2, var_3);
    var_5 = equilibrium_0(var_rho0, var_u0, var_4);
    wp::array_store(var_f, var_0, var_1, var_4, var_5);
    var_7 = equilibrium_0(var_rho0, var_u0, var_6);
    wp::array_store(var_f, var_0, var_1, var_6, var_7);
    var_9 = equilibrium_0(var_rho0, var_u0, var_8);
    wp::array_store(var_f, var_0, var_1, var_8, var_9);
    var_11 = equilibrium_0(var_rho0, var_u0, var_10);
    wp::array_store(var_f, var_0, var_1, var_10, var_11);
    var_13 = equilibrium_0(var_rho0, var_u0, var_12);
    wp::array_store(var_f, var_0, var_1, var_12, var_13);
    var_15 = equilibrium_0(var_rho0, var_u0, var_14);
    wp::array_store(var_f, var_0, var_1, var_14, var_15);
    var_17 = equilibrium_0(var_rho0, var_u0, var_16);
    wp::array_store(var_f, var_0, var_1, var_16, var_17);
    var_19 = equilibrium_0(var_rho0, var_u0, var_18);
    wp::array_store(var_f, var_0, var_1, var_18, var_19);
}



void init_equilibrium_83127b8f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_equilibrium_83127b8f *_wp_args,
    wp_args_init_equilibrium_83127b8f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::float32 var_rho0 = _wp_args->rho0;
    wp::vec_t<2, wp::float32> var_u0 = _wp_args->u0;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::float32 adj_rho0 = _wp_adj_args->rho0;
    wp::vec_t<2, wp::float32> adj_u0 = _wp_adj_args->u0;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    const wp::int32 var_12 = 5;
    wp::float32 var_13;
    const wp::int32 var_14 = 6;
    wp::float32 var_15;
    const wp::int32 var_16 = 7;
    wp::float32 var_17;
    const wp::int32 var_18 = 8;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):            <L 95>
    // x, y = wp.tid()                                                                        <L 96>
    builtin_tid2d(var_0, var_1);
    // for q in range(Q):                                                                     <L 97>
    // f[x, y, q] = equilibrium(rho0, u0, q)                                                  <L 98>
    var_3 = equilibrium_0(var_rho0, var_u0, var_2);
    // wp::array_store(var_f, var_0, var_1, var_2, var_3);
    var_5 = equilibrium_0(var_rho0, var_u0, var_4);
    // wp::array_store(var_f, var_0, var_1, var_4, var_5);
    var_7 = equilibrium_0(var_rho0, var_u0, var_6);
    // wp::array_store(var_f, var_0, var_1, var_6, var_7);
    var_9 = equilibrium_0(var_rho0, var_u0, var_8);
    // wp::array_store(var_f, var_0, var_1, var_8, var_9);
    var_11 = equilibrium_0(var_rho0, var_u0, var_10);
    // wp::array_store(var_f, var_0, var_1, var_10, var_11);
    var_13 = equilibrium_0(var_rho0, var_u0, var_12);
    // wp::array_store(var_f, var_0, var_1, var_12, var_13);
    var_15 = equilibrium_0(var_rho0, var_u0, var_14);
    // wp::array_store(var_f, var_0, var_1, var_14, var_15);
    var_17 = equilibrium_0(var_rho0, var_u0, var_16);
    // wp::array_store(var_f, var_0, var_1, var_16, var_17);
    var_19 = equilibrium_0(var_rho0, var_u0, var_18);
    // wp::array_store(var_f, var_0, var_1, var_18, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_1, var_18, var_19, adj_f, adj_0, adj_1, adj_18, adj_19);
    adj_equilibrium_0(var_rho0, var_u0, var_18, adj_rho0, adj_u0, adj_18, adj_19);
    wp::adj_array_store(var_f, var_0, var_1, var_16, var_17, adj_f, adj_0, adj_1, adj_16, adj_17);
    adj_equilibrium_0(var_rho0, var_u0, var_16, adj_rho0, adj_u0, adj_16, adj_17);
    wp::adj_array_store(var_f, var_0, var_1, var_14, var_15, adj_f, adj_0, adj_1, adj_14, adj_15);
    adj_equilibrium_0(var_rho0, var_u0, var_14, adj_rho0, adj_u0, adj_14, adj_15);
    wp::adj_array_store(var_f, var_0, var_1, var_12, var_13, adj_f, adj_0, adj_1, adj_12, adj_13);
    adj_equilibrium_0(var_rho0, var_u0, var_12, adj_rho0, adj_u0, adj_12, adj_13);
    wp::adj_array_store(var_f, var_0, var_1, var_10, var_11, adj_f, adj_0, adj_1, adj_10, adj_11);
    adj_equilibrium_0(var_rho0, var_u0, var_10, adj_rho0, adj_u0, adj_10, adj_11);
    wp::adj_array_store(var_f, var_0, var_1, var_8, var_9, adj_f, adj_0, adj_1, adj_8, adj_9);
    adj_equilibrium_0(var_rho0, var_u0, var_8, adj_rho0, adj_u0, adj_8, adj_9);
    wp::adj_array_store(var_f, var_0, var_1, var_6, var_7, adj_f, adj_0, adj_1, adj_6, adj_7);
    adj_equilibrium_0(var_rho0, var_u0, var_6, adj_rho0, adj_u0, adj_6, adj_7);
    wp::adj_array_store(var_f, var_0, var_1, var_4, var_5, adj_f, adj_0, adj_1, adj_4, adj_5);
    adj_equilibrium_0(var_rho0, var_u0, var_4, adj_rho0, adj_u0, adj_4, adj_5);
    wp::adj_array_store(var_f, var_0, var_1, var_2, var_3, adj_f, adj_0, adj_1, adj_2, adj_3);
    adj_equilibrium_0(var_rho0, var_u0, var_2, adj_rho0, adj_u0, adj_2, adj_3);
    // adj: f[x, y, q] = equilibrium(rho0, u0, q)                                             <L 98>
    // adj: for q in range(Q):                                                                <L 97>
    // adj: x, y = wp.tid()                                                                   <L 96>
    // adj: def init_equilibrium(f: wp.array3d(dtype=float), rho0: float, u0: wp.vec2):       <L 95>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void init_equilibrium_83127b8f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_equilibrium_83127b8f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_equilibrium_83127b8f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void init_equilibrium_83127b8f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_equilibrium_83127b8f *_wp_args,
    wp_args_init_equilibrium_83127b8f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_equilibrium_83127b8f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

