
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/069_barycentric_interp.py:4
static wp::vec_t<3, wp::float32> barycentric_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1e-12;
    bool var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def barycentric(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:            <L 5>
    // v0 = b - a                                                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    // v1 = c - a                                                                             <L 7>
    var_1 = wp::sub(var_c, var_a);
    // v2 = p - a                                                                             <L 8>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(v0, v0)                                                                   <L 9>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(v0, v1)                                                                   <L 10>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(v1, v1)                                                                   <L 11>
    var_5 = wp::dot(var_1, var_1);
    // d20 = wp.dot(v2, v0)                                                                   <L 12>
    var_6 = wp::dot(var_2, var_0);
    // d21 = wp.dot(v2, v1)                                                                   <L 13>
    var_7 = wp::dot(var_2, var_1);
    // denom = d00 * d11 - d01 * d01                                                          <L 14>
    var_8 = wp::mul(var_3, var_5);
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if wp.abs(denom) < 1.0e-12:                                                            <L 15>
    var_11 = wp::abs(var_10);
    var_13 = (var_11 < var_12);
    if (var_13) {
        // return wp.vec3(1.0, 0.0, 0.0)                                                      <L 16>
        var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
        return var_17;
    }
    // v = (d11 * d20 - d01 * d21) / denom                                                    <L 17>
    var_18 = wp::mul(var_5, var_6);
    var_19 = wp::mul(var_4, var_7);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::div(var_20, var_10);
    // w = (d00 * d21 - d01 * d20) / denom                                                    <L 18>
    var_22 = wp::mul(var_3, var_7);
    var_23 = wp::mul(var_4, var_6);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::div(var_24, var_10);
    // return wp.vec3(1.0 - v - w, v, w)                                                      <L 19>
    var_27 = wp::sub(var_26, var_21);
    var_28 = wp::sub(var_27, var_25);
    var_29 = wp::vec_t<3, wp::float32>(var_28, var_21, var_25);
    return var_29;
}


// corpus/069_barycentric_interp.py:22
static void closest_point_triangle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::int32 var_5 = 2;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 1;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 2;
    bool var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    wp::float32 var_46;
    const wp::float32 var_47 = 0.0;
    bool var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    bool var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 1;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const wp::int32 var_70 = 1;
    bool var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    const wp::int32 var_76 = 2;
    bool var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 0.0;
    wp::float32 var_87;
    const wp::float32 var_88 = 0.0;
    bool var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    const wp::float32 var_93 = 0.0;
    const wp::float32 var_94 = 1.0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::float32 var_100;
    bool var_101;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::float32 var_107;
    const wp::int32 var_108 = 2;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    const wp::int32 var_111 = 1;
    bool var_112;
    wp::vec_t<3, wp::float32> var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::int32 var_117 = 2;
    bool var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::vec_t<3, wp::float32> var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::float32 var_126;
    const wp::float32 var_127 = 0.0;
    wp::float32 var_128;
    const wp::float32 var_129 = 0.0;
    bool var_130;
    wp::vec_t<3, wp::float32> var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::float32 var_134 = 0.0;
    const wp::float32 var_135 = 1.0;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::float32 var_141;
    bool var_142;
    wp::float32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::vec_t<3, wp::float32> var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::float32 var_148;
    //---------
    // forward
    // def closest_point_triangle(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):            <L 23>
    // bary = barycentric(p, a, b, c)                                                         <L 24>
    var_0 = barycentric_0(var_p, var_a, var_b, var_c);
    // u = bary[0]                                                                            <L 25>
    var_2 = wp::extract(var_0, var_1);
    // v = bary[1]                                                                            <L 26>
    var_4 = wp::extract(var_0, var_3);
    // w = bary[2]                                                                            <L 27>
    var_6 = wp::extract(var_0, var_5);
    // if u >= 0.0 and v >= 0.0 and w >= 0.0:                                                 <L 28>
    var_8 = (var_2 >= var_7);
    var_10 = (var_4 >= var_9);
    var_12 = (var_6 >= var_11);
    var_13 = var_8 && var_10 && var_12;
    if (var_13) {
        // return a * u + b * v + c * w, bary                                                 <L 29>
        var_14 = wp::mul(var_a, var_2);
        var_15 = wp::mul(var_b, var_4);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::mul(var_c, var_6);
        var_18 = wp::add(var_16, var_17);
        ret_0 = var_18;
        ret_1 = var_0;
        return;
    }
    // best = a                                                                               <L 31>
    var_19 = wp::copy(var_a);
    // best_b = wp.vec3(1.0, 0.0, 0.0)                                                        <L 32>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    // best_d = wp.length_sq(p - a)                                                           <L 33>
    var_24 = wp::sub(var_p, var_a);
    var_25 = wp::length_sq(var_24);
    // for e in range(3):                                                                     <L 34>
    // s = a                                                                                  <L 35>
    var_27 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_28 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_30 = (var_26 == var_29);
    if (var_30) {
        // s = b                                                                              <L 38>
        var_31 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_32 = wp::copy(var_c);
    }
    var_33 = wp::where(var_30, var_31, var_27);
    var_34 = wp::where(var_30, var_32, var_28);
    if (!var_30) {
        // elif e == 2:                                                                       <L 40>
        var_36 = (var_26 == var_35);
        if (var_36) {
            // s = c                                                                          <L 41>
            var_37 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_38 = wp::copy(var_a);
        }
        var_39 = wp::where(var_36, var_37, var_33);
        var_40 = wp::where(var_36, var_38, var_34);
    }
    var_41 = wp::where(var_30, var_33, var_39);
    var_42 = wp::where(var_30, var_34, var_40);
    // d = t - s                                                                              <L 43>
    var_43 = wp::sub(var_42, var_41);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_44 = wp::dot(var_43, var_43);
    // k = float(0.0)                                                                         <L 45>
    var_46 = wp::float(var_45);
    // if l2 > 0.0:                                                                           <L 46>
    var_48 = (var_44 > var_47);
    if (var_48) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_49 = wp::sub(var_p, var_41);
        var_50 = wp::dot(var_49, var_43);
        var_51 = wp::div(var_50, var_44);
        var_54 = wp::clamp(var_51, var_52, var_53);
    }
    var_55 = wp::where(var_48, var_54, var_46);
    // q = s + d * k                                                                          <L 48>
    var_56 = wp::mul(var_43, var_55);
    var_57 = wp::add(var_41, var_56);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_58 = wp::sub(var_p, var_57);
    var_59 = wp::length_sq(var_58);
    // if dist < best_d:                                                                      <L 50>
    var_60 = (var_59 < var_25);
    if (var_60) {
        // best_d = dist                                                                      <L 51>
        var_61 = wp::copy(var_59);
        // best = q                                                                           <L 52>
        var_62 = wp::copy(var_57);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_63 = barycentric_0(var_57, var_a, var_b, var_c);
    }
    var_64 = wp::where(var_60, var_62, var_19);
    var_65 = wp::where(var_60, var_63, var_23);
    var_66 = wp::where(var_60, var_61, var_25);
    // s = a                                                                                  <L 35>
    var_68 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_69 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_71 = (var_67 == var_70);
    if (var_71) {
        // s = b                                                                              <L 38>
        var_72 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_73 = wp::copy(var_c);
    }
    var_74 = wp::where(var_71, var_72, var_68);
    var_75 = wp::where(var_71, var_73, var_69);
    if (!var_71) {
        // elif e == 2:                                                                       <L 40>
        var_77 = (var_67 == var_76);
        if (var_77) {
            // s = c                                                                          <L 41>
            var_78 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_79 = wp::copy(var_a);
        }
        var_80 = wp::where(var_77, var_78, var_74);
        var_81 = wp::where(var_77, var_79, var_75);
    }
    var_82 = wp::where(var_71, var_74, var_80);
    var_83 = wp::where(var_71, var_75, var_81);
    // d = t - s                                                                              <L 43>
    var_84 = wp::sub(var_83, var_82);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_85 = wp::dot(var_84, var_84);
    // k = float(0.0)                                                                         <L 45>
    var_87 = wp::float(var_86);
    // if l2 > 0.0:                                                                           <L 46>
    var_89 = (var_85 > var_88);
    if (var_89) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_90 = wp::sub(var_p, var_82);
        var_91 = wp::dot(var_90, var_84);
        var_92 = wp::div(var_91, var_85);
        var_95 = wp::clamp(var_92, var_93, var_94);
    }
    var_96 = wp::where(var_89, var_95, var_87);
    // q = s + d * k                                                                          <L 48>
    var_97 = wp::mul(var_84, var_96);
    var_98 = wp::add(var_82, var_97);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_99 = wp::sub(var_p, var_98);
    var_100 = wp::length_sq(var_99);
    // if dist < best_d:                                                                      <L 50>
    var_101 = (var_100 < var_66);
    if (var_101) {
        // best_d = dist                                                                      <L 51>
        var_102 = wp::copy(var_100);
        // best = q                                                                           <L 52>
        var_103 = wp::copy(var_98);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_104 = barycentric_0(var_98, var_a, var_b, var_c);
    }
    var_105 = wp::where(var_101, var_103, var_64);
    var_106 = wp::where(var_101, var_104, var_65);
    var_107 = wp::where(var_101, var_102, var_66);
    // s = a                                                                                  <L 35>
    var_109 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_110 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_112 = (var_108 == var_111);
    if (var_112) {
        // s = b                                                                              <L 38>
        var_113 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_114 = wp::copy(var_c);
    }
    var_115 = wp::where(var_112, var_113, var_109);
    var_116 = wp::where(var_112, var_114, var_110);
    if (!var_112) {
        // elif e == 2:                                                                       <L 40>
        var_118 = (var_108 == var_117);
        if (var_118) {
            // s = c                                                                          <L 41>
            var_119 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_120 = wp::copy(var_a);
        }
        var_121 = wp::where(var_118, var_119, var_115);
        var_122 = wp::where(var_118, var_120, var_116);
    }
    var_123 = wp::where(var_112, var_115, var_121);
    var_124 = wp::where(var_112, var_116, var_122);
    // d = t - s                                                                              <L 43>
    var_125 = wp::sub(var_124, var_123);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_126 = wp::dot(var_125, var_125);
    // k = float(0.0)                                                                         <L 45>
    var_128 = wp::float(var_127);
    // if l2 > 0.0:                                                                           <L 46>
    var_130 = (var_126 > var_129);
    if (var_130) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_131 = wp::sub(var_p, var_123);
        var_132 = wp::dot(var_131, var_125);
        var_133 = wp::div(var_132, var_126);
        var_136 = wp::clamp(var_133, var_134, var_135);
    }
    var_137 = wp::where(var_130, var_136, var_128);
    // q = s + d * k                                                                          <L 48>
    var_138 = wp::mul(var_125, var_137);
    var_139 = wp::add(var_123, var_138);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_140 = wp::sub(var_p, var_139);
    var_141 = wp::length_sq(var_140);
    // if dist < best_d:                                                                      <L 50>
    var_142 = (var_141 < var_107);
    if (var_142) {
        // best_d = dist                                                                      <L 51>
        var_143 = wp::copy(var_141);
        // best = q                                                                           <L 52>
        var_144 = wp::copy(var_139);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_145 = barycentric_0(var_139, var_a, var_b, var_c);
    }
    var_146 = wp::where(var_142, var_144, var_105);
    var_147 = wp::where(var_142, var_145, var_106);
    var_148 = wp::where(var_142, var_143, var_107);
    // return best, best_b                                                                    <L 54>
    ret_0 = var_146;
    ret_1 = var_147;
    return;
}


// corpus/069_barycentric_interp.py:4
static void adj_barycentric_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1e-12;
    bool var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
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
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
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
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def barycentric(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:            <L 5>
    // v0 = b - a                                                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    // v1 = c - a                                                                             <L 7>
    var_1 = wp::sub(var_c, var_a);
    // v2 = p - a                                                                             <L 8>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(v0, v0)                                                                   <L 9>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(v0, v1)                                                                   <L 10>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(v1, v1)                                                                   <L 11>
    var_5 = wp::dot(var_1, var_1);
    // d20 = wp.dot(v2, v0)                                                                   <L 12>
    var_6 = wp::dot(var_2, var_0);
    // d21 = wp.dot(v2, v1)                                                                   <L 13>
    var_7 = wp::dot(var_2, var_1);
    // denom = d00 * d11 - d01 * d01                                                          <L 14>
    var_8 = wp::mul(var_3, var_5);
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if wp.abs(denom) < 1.0e-12:                                                            <L 15>
    var_11 = wp::abs(var_10);
    var_13 = (var_11 < var_12);
    if (var_13) {
        // return wp.vec3(1.0, 0.0, 0.0)                                                      <L 16>
        var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
        goto label0;
    }
    // v = (d11 * d20 - d01 * d21) / denom                                                    <L 17>
    var_18 = wp::mul(var_5, var_6);
    var_19 = wp::mul(var_4, var_7);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::div(var_20, var_10);
    // w = (d00 * d21 - d01 * d20) / denom                                                    <L 18>
    var_22 = wp::mul(var_3, var_7);
    var_23 = wp::mul(var_4, var_6);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::div(var_24, var_10);
    // return wp.vec3(1.0 - v - w, v, w)                                                      <L 19>
    var_27 = wp::sub(var_26, var_21);
    var_28 = wp::sub(var_27, var_25);
    var_29 = wp::vec_t<3, wp::float32>(var_28, var_21, var_25);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_29 += adj_ret;
    wp::adj_vec_t(var_28, var_21, var_25, adj_28, adj_21, adj_25, adj_29);
    wp::adj_sub(var_27, var_25, adj_27, adj_25, adj_28);
    wp::adj_sub(var_26, var_21, adj_26, adj_21, adj_27);
    // adj: return wp.vec3(1.0 - v - w, v, w)                                                 <L 19>
    wp::adj_div(var_24, var_10, var_25, adj_24, adj_10, adj_25);
    wp::adj_sub(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_23);
    wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_22);
    // adj: w = (d00 * d21 - d01 * d20) / denom                                               <L 18>
    wp::adj_div(var_20, var_10, var_21, adj_20, adj_10, adj_21);
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_19);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_18);
    // adj: v = (d11 * d20 - d01 * d21) / denom                                               <L 17>
    if (var_13) {
        label0:;
        adj_17 += adj_ret;
        wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
        // adj: return wp.vec3(1.0, 0.0, 0.0)                                                 <L 16>
    }
    wp::adj_abs(var_10, adj_10, adj_11);
    // adj: if wp.abs(denom) < 1.0e-12:                                                       <L 15>
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_9);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_8);
    // adj: denom = d00 * d11 - d01 * d01                                                     <L 14>
    wp::adj_dot(var_2, var_1, adj_2, adj_1, adj_7);
    // adj: d21 = wp.dot(v2, v1)                                                              <L 13>
    wp::adj_dot(var_2, var_0, adj_2, adj_0, adj_6);
    // adj: d20 = wp.dot(v2, v0)                                                              <L 12>
    wp::adj_dot(var_1, var_1, adj_1, adj_1, adj_5);
    // adj: d11 = wp.dot(v1, v1)                                                              <L 11>
    wp::adj_dot(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: d01 = wp.dot(v0, v1)                                                              <L 10>
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    // adj: d00 = wp.dot(v0, v0)                                                              <L 9>
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_2);
    // adj: v2 = p - a                                                                        <L 8>
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    // adj: v1 = c - a                                                                        <L 7>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: v0 = b - a                                                                        <L 6>
    // adj: def barycentric(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:       <L 5>
    return;
}


// corpus/069_barycentric_interp.py:22
static void adj_closest_point_triangle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::int32 var_5 = 2;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 1;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 2;
    bool var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    wp::float32 var_46;
    const wp::float32 var_47 = 0.0;
    bool var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.0;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    bool var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 1;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const wp::int32 var_70 = 1;
    bool var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    const wp::int32 var_76 = 2;
    bool var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 0.0;
    wp::float32 var_87;
    const wp::float32 var_88 = 0.0;
    bool var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    const wp::float32 var_93 = 0.0;
    const wp::float32 var_94 = 1.0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::float32 var_100;
    bool var_101;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::float32 var_107;
    const wp::int32 var_108 = 2;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    const wp::int32 var_111 = 1;
    bool var_112;
    wp::vec_t<3, wp::float32> var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::int32 var_117 = 2;
    bool var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::vec_t<3, wp::float32> var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    wp::float32 var_126;
    const wp::float32 var_127 = 0.0;
    wp::float32 var_128;
    const wp::float32 var_129 = 0.0;
    bool var_130;
    wp::vec_t<3, wp::float32> var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::float32 var_134 = 0.0;
    const wp::float32 var_135 = 1.0;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::float32 var_141;
    bool var_142;
    wp::float32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::vec_t<3, wp::float32> var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::float32 var_148;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    bool adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    bool adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::int32 adj_76 = {};
    bool adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    bool adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::float32 adj_100 = {};
    bool adj_101 = {};
    wp::float32 adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    wp::vec_t<3, wp::float32> adj_106 = {};
    wp::float32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::vec_t<3, wp::float32> adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::int32 adj_111 = {};
    bool adj_112 = {};
    wp::vec_t<3, wp::float32> adj_113 = {};
    wp::vec_t<3, wp::float32> adj_114 = {};
    wp::vec_t<3, wp::float32> adj_115 = {};
    wp::vec_t<3, wp::float32> adj_116 = {};
    wp::int32 adj_117 = {};
    bool adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::vec_t<3, wp::float32> adj_121 = {};
    wp::vec_t<3, wp::float32> adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    bool adj_130 = {};
    wp::vec_t<3, wp::float32> adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::vec_t<3, wp::float32> adj_138 = {};
    wp::vec_t<3, wp::float32> adj_139 = {};
    wp::vec_t<3, wp::float32> adj_140 = {};
    wp::float32 adj_141 = {};
    bool adj_142 = {};
    wp::float32 adj_143 = {};
    wp::vec_t<3, wp::float32> adj_144 = {};
    wp::vec_t<3, wp::float32> adj_145 = {};
    wp::vec_t<3, wp::float32> adj_146 = {};
    wp::vec_t<3, wp::float32> adj_147 = {};
    wp::float32 adj_148 = {};
    //---------
    // forward
    // def closest_point_triangle(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):            <L 23>
    // bary = barycentric(p, a, b, c)                                                         <L 24>
    var_0 = barycentric_0(var_p, var_a, var_b, var_c);
    // u = bary[0]                                                                            <L 25>
    var_2 = wp::extract(var_0, var_1);
    // v = bary[1]                                                                            <L 26>
    var_4 = wp::extract(var_0, var_3);
    // w = bary[2]                                                                            <L 27>
    var_6 = wp::extract(var_0, var_5);
    // if u >= 0.0 and v >= 0.0 and w >= 0.0:                                                 <L 28>
    var_8 = (var_2 >= var_7);
    var_10 = (var_4 >= var_9);
    var_12 = (var_6 >= var_11);
    var_13 = var_8 && var_10 && var_12;
    if (var_13) {
        // return a * u + b * v + c * w, bary                                                 <L 29>
        var_14 = wp::mul(var_a, var_2);
        var_15 = wp::mul(var_b, var_4);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::mul(var_c, var_6);
        var_18 = wp::add(var_16, var_17);
        ret_0 = var_18;
        ret_1 = var_0;
        goto label0;
    }
    // best = a                                                                               <L 31>
    var_19 = wp::copy(var_a);
    // best_b = wp.vec3(1.0, 0.0, 0.0)                                                        <L 32>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    // best_d = wp.length_sq(p - a)                                                           <L 33>
    var_24 = wp::sub(var_p, var_a);
    var_25 = wp::length_sq(var_24);
    // for e in range(3):                                                                     <L 34>
    // s = a                                                                                  <L 35>
    var_27 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_28 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_30 = (var_26 == var_29);
    if (var_30) {
        // s = b                                                                              <L 38>
        var_31 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_32 = wp::copy(var_c);
    }
    var_33 = wp::where(var_30, var_31, var_27);
    var_34 = wp::where(var_30, var_32, var_28);
    if (!var_30) {
        // elif e == 2:                                                                       <L 40>
        var_36 = (var_26 == var_35);
        if (var_36) {
            // s = c                                                                          <L 41>
            var_37 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_38 = wp::copy(var_a);
        }
        var_39 = wp::where(var_36, var_37, var_33);
        var_40 = wp::where(var_36, var_38, var_34);
    }
    var_41 = wp::where(var_30, var_33, var_39);
    var_42 = wp::where(var_30, var_34, var_40);
    // d = t - s                                                                              <L 43>
    var_43 = wp::sub(var_42, var_41);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_44 = wp::dot(var_43, var_43);
    // k = float(0.0)                                                                         <L 45>
    var_46 = wp::float(var_45);
    // if l2 > 0.0:                                                                           <L 46>
    var_48 = (var_44 > var_47);
    if (var_48) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_49 = wp::sub(var_p, var_41);
        var_50 = wp::dot(var_49, var_43);
        var_51 = wp::div(var_50, var_44);
        var_54 = wp::clamp(var_51, var_52, var_53);
    }
    var_55 = wp::where(var_48, var_54, var_46);
    // q = s + d * k                                                                          <L 48>
    var_56 = wp::mul(var_43, var_55);
    var_57 = wp::add(var_41, var_56);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_58 = wp::sub(var_p, var_57);
    var_59 = wp::length_sq(var_58);
    // if dist < best_d:                                                                      <L 50>
    var_60 = (var_59 < var_25);
    if (var_60) {
        // best_d = dist                                                                      <L 51>
        var_61 = wp::copy(var_59);
        // best = q                                                                           <L 52>
        var_62 = wp::copy(var_57);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_63 = barycentric_0(var_57, var_a, var_b, var_c);
    }
    var_64 = wp::where(var_60, var_62, var_19);
    var_65 = wp::where(var_60, var_63, var_23);
    var_66 = wp::where(var_60, var_61, var_25);
    // s = a                                                                                  <L 35>
    var_68 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_69 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_71 = (var_67 == var_70);
    if (var_71) {
        // s = b                                                                              <L 38>
        var_72 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_73 = wp::copy(var_c);
    }
    var_74 = wp::where(var_71, var_72, var_68);
    var_75 = wp::where(var_71, var_73, var_69);
    if (!var_71) {
        // elif e == 2:                                                                       <L 40>
        var_77 = (var_67 == var_76);
        if (var_77) {
            // s = c                                                                          <L 41>
            var_78 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_79 = wp::copy(var_a);
        }
        var_80 = wp::where(var_77, var_78, var_74);
        var_81 = wp::where(var_77, var_79, var_75);
    }
    var_82 = wp::where(var_71, var_74, var_80);
    var_83 = wp::where(var_71, var_75, var_81);
    // d = t - s                                                                              <L 43>
    var_84 = wp::sub(var_83, var_82);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_85 = wp::dot(var_84, var_84);
    // k = float(0.0)                                                                         <L 45>
    var_87 = wp::float(var_86);
    // if l2 > 0.0:                                                                           <L 46>
    var_89 = (var_85 > var_88);
    if (var_89) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_90 = wp::sub(var_p, var_82);
        var_91 = wp::dot(var_90, var_84);
        var_92 = wp::div(var_91, var_85);
        var_95 = wp::clamp(var_92, var_93, var_94);
    }
    var_96 = wp::where(var_89, var_95, var_87);
    // q = s + d * k                                                                          <L 48>
    var_97 = wp::mul(var_84, var_96);
    var_98 = wp::add(var_82, var_97);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_99 = wp::sub(var_p, var_98);
    var_100 = wp::length_sq(var_99);
    // if dist < best_d:                                                                      <L 50>
    var_101 = (var_100 < var_66);
    if (var_101) {
        // best_d = dist                                                                      <L 51>
        var_102 = wp::copy(var_100);
        // best = q                                                                           <L 52>
        var_103 = wp::copy(var_98);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_104 = barycentric_0(var_98, var_a, var_b, var_c);
    }
    var_105 = wp::where(var_101, var_103, var_64);
    var_106 = wp::where(var_101, var_104, var_65);
    var_107 = wp::where(var_101, var_102, var_66);
    // s = a                                                                                  <L 35>
    var_109 = wp::copy(var_a);
    // t = b                                                                                  <L 36>
    var_110 = wp::copy(var_b);
    // if e == 1:                                                                             <L 37>
    var_112 = (var_108 == var_111);
    if (var_112) {
        // s = b                                                                              <L 38>
        var_113 = wp::copy(var_b);
        // t = c                                                                              <L 39>
        var_114 = wp::copy(var_c);
    }
    var_115 = wp::where(var_112, var_113, var_109);
    var_116 = wp::where(var_112, var_114, var_110);
    if (!var_112) {
        // elif e == 2:                                                                       <L 40>
        var_118 = (var_108 == var_117);
        if (var_118) {
            // s = c                                                                          <L 41>
            var_119 = wp::copy(var_c);
            // t = a                                                                          <L 42>
            var_120 = wp::copy(var_a);
        }
        var_121 = wp::where(var_118, var_119, var_115);
        var_122 = wp::where(var_118, var_120, var_116);
    }
    var_123 = wp::where(var_112, var_115, var_121);
    var_124 = wp::where(var_112, var_116, var_122);
    // d = t - s                                                                              <L 43>
    var_125 = wp::sub(var_124, var_123);
    // l2 = wp.dot(d, d)                                                                      <L 44>
    var_126 = wp::dot(var_125, var_125);
    // k = float(0.0)                                                                         <L 45>
    var_128 = wp::float(var_127);
    // if l2 > 0.0:                                                                           <L 46>
    var_130 = (var_126 > var_129);
    if (var_130) {
        // k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                      <L 47>
        var_131 = wp::sub(var_p, var_123);
        var_132 = wp::dot(var_131, var_125);
        var_133 = wp::div(var_132, var_126);
        var_136 = wp::clamp(var_133, var_134, var_135);
    }
    var_137 = wp::where(var_130, var_136, var_128);
    // q = s + d * k                                                                          <L 48>
    var_138 = wp::mul(var_125, var_137);
    var_139 = wp::add(var_123, var_138);
    // dist = wp.length_sq(p - q)                                                             <L 49>
    var_140 = wp::sub(var_p, var_139);
    var_141 = wp::length_sq(var_140);
    // if dist < best_d:                                                                      <L 50>
    var_142 = (var_141 < var_107);
    if (var_142) {
        // best_d = dist                                                                      <L 51>
        var_143 = wp::copy(var_141);
        // best = q                                                                           <L 52>
        var_144 = wp::copy(var_139);
        // best_b = barycentric(q, a, b, c)                                                   <L 53>
        var_145 = barycentric_0(var_139, var_a, var_b, var_c);
    }
    var_146 = wp::where(var_142, var_144, var_105);
    var_147 = wp::where(var_142, var_145, var_106);
    var_148 = wp::where(var_142, var_143, var_107);
    // return best, best_b                                                                    <L 54>
    ret_0 = var_146;
    ret_1 = var_147;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_147 += adj_ret_1;
    adj_146 += adj_ret_0;
    // adj: return best, best_b                                                               <L 54>
    wp::adj_where(var_142, var_143, var_107, adj_142, adj_143, adj_107, adj_148);
    wp::adj_where(var_142, var_145, var_106, adj_142, adj_145, adj_106, adj_147);
    wp::adj_where(var_142, var_144, var_105, adj_142, adj_144, adj_105, adj_146);
    if (var_142) {
        adj_barycentric_0(var_139, var_a, var_b, var_c, adj_139, adj_a, adj_b, adj_c, adj_145);
        // adj: best_b = barycentric(q, a, b, c)                                              <L 53>
        wp::adj_copy(var_139, adj_139, adj_144);
        // adj: best = q                                                                      <L 52>
        wp::adj_copy(var_141, adj_141, adj_143);
        // adj: best_d = dist                                                                 <L 51>
    }
    // adj: if dist < best_d:                                                                 <L 50>
    wp::adj_length_sq(var_140, adj_140, adj_141);
    wp::adj_sub(var_p, var_139, adj_p, adj_139, adj_140);
    // adj: dist = wp.length_sq(p - q)                                                        <L 49>
    wp::adj_add(var_123, var_138, adj_123, adj_138, adj_139);
    wp::adj_mul(var_125, var_137, adj_125, adj_137, adj_138);
    // adj: q = s + d * k                                                                     <L 48>
    wp::adj_where(var_130, var_136, var_128, adj_130, adj_136, adj_128, adj_137);
    if (var_130) {
        wp::adj_clamp(var_133, var_134, var_135, adj_133, adj_134, adj_135, adj_136);
        wp::adj_div(var_132, var_126, var_133, adj_132, adj_126, adj_133);
        wp::adj_dot(var_131, var_125, adj_131, adj_125, adj_132);
        wp::adj_sub(var_p, var_123, adj_p, adj_123, adj_131);
        // adj: k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                 <L 47>
    }
    // adj: if l2 > 0.0:                                                                      <L 46>
    wp::adj_float(var_127, adj_127, adj_128);
    // adj: k = float(0.0)                                                                    <L 45>
    wp::adj_dot(var_125, var_125, adj_125, adj_125, adj_126);
    // adj: l2 = wp.dot(d, d)                                                                 <L 44>
    wp::adj_sub(var_124, var_123, adj_124, adj_123, adj_125);
    // adj: d = t - s                                                                         <L 43>
    wp::adj_where(var_112, var_116, var_122, adj_112, adj_116, adj_122, adj_124);
    wp::adj_where(var_112, var_115, var_121, adj_112, adj_115, adj_121, adj_123);
    if (!var_112) {
        wp::adj_where(var_118, var_120, var_116, adj_118, adj_120, adj_116, adj_122);
        wp::adj_where(var_118, var_119, var_115, adj_118, adj_119, adj_115, adj_121);
        if (var_118) {
            wp::adj_copy(var_a, adj_a, adj_120);
            // adj: t = a                                                                     <L 42>
            wp::adj_copy(var_c, adj_c, adj_119);
            // adj: s = c                                                                     <L 41>
        }
        // adj: elif e == 2:                                                                  <L 40>
    }
    wp::adj_where(var_112, var_114, var_110, adj_112, adj_114, adj_110, adj_116);
    wp::adj_where(var_112, var_113, var_109, adj_112, adj_113, adj_109, adj_115);
    if (var_112) {
        wp::adj_copy(var_c, adj_c, adj_114);
        // adj: t = c                                                                         <L 39>
        wp::adj_copy(var_b, adj_b, adj_113);
        // adj: s = b                                                                         <L 38>
    }
    // adj: if e == 1:                                                                        <L 37>
    wp::adj_copy(var_b, adj_b, adj_110);
    // adj: t = b                                                                             <L 36>
    wp::adj_copy(var_a, adj_a, adj_109);
    // adj: s = a                                                                             <L 35>
    wp::adj_where(var_101, var_102, var_66, adj_101, adj_102, adj_66, adj_107);
    wp::adj_where(var_101, var_104, var_65, adj_101, adj_104, adj_65, adj_106);
    wp::adj_where(var_101, var_103, var_64, adj_101, adj_103, adj_64, adj_105);
    if (var_101) {
        adj_barycentric_0(var_98, var_a, var_b, var_c, adj_98, adj_a, adj_b, adj_c, adj_104);
        // adj: best_b = barycentric(q, a, b, c)                                              <L 53>
        wp::adj_copy(var_98, adj_98, adj_103);
        // adj: best = q                                                                      <L 52>
        wp::adj_copy(var_100, adj_100, adj_102);
        // adj: best_d = dist                                                                 <L 51>
    }
    // adj: if dist < best_d:                                                                 <L 50>
    wp::adj_length_sq(var_99, adj_99, adj_100);
    wp::adj_sub(var_p, var_98, adj_p, adj_98, adj_99);
    // adj: dist = wp.length_sq(p - q)                                                        <L 49>
    wp::adj_add(var_82, var_97, adj_82, adj_97, adj_98);
    wp::adj_mul(var_84, var_96, adj_84, adj_96, adj_97);
    // adj: q = s + d * k                                                                     <L 48>
    wp::adj_where(var_89, var_95, var_87, adj_89, adj_95, adj_87, adj_96);
    if (var_89) {
        wp::adj_clamp(var_92, var_93, var_94, adj_92, adj_93, adj_94, adj_95);
        wp::adj_div(var_91, var_85, var_92, adj_91, adj_85, adj_92);
        wp::adj_dot(var_90, var_84, adj_90, adj_84, adj_91);
        wp::adj_sub(var_p, var_82, adj_p, adj_82, adj_90);
        // adj: k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                 <L 47>
    }
    // adj: if l2 > 0.0:                                                                      <L 46>
    wp::adj_float(var_86, adj_86, adj_87);
    // adj: k = float(0.0)                                                                    <L 45>
    wp::adj_dot(var_84, var_84, adj_84, adj_84, adj_85);
    // adj: l2 = wp.dot(d, d)                                                                 <L 44>
    wp::adj_sub(var_83, var_82, adj_83, adj_82, adj_84);
    // adj: d = t - s                                                                         <L 43>
    wp::adj_where(var_71, var_75, var_81, adj_71, adj_75, adj_81, adj_83);
    wp::adj_where(var_71, var_74, var_80, adj_71, adj_74, adj_80, adj_82);
    if (!var_71) {
        wp::adj_where(var_77, var_79, var_75, adj_77, adj_79, adj_75, adj_81);
        wp::adj_where(var_77, var_78, var_74, adj_77, adj_78, adj_74, adj_80);
        if (var_77) {
            wp::adj_copy(var_a, adj_a, adj_79);
            // adj: t = a                                                                     <L 42>
            wp::adj_copy(var_c, adj_c, adj_78);
            // adj: s = c                                                                     <L 41>
        }
        // adj: elif e == 2:                                                                  <L 40>
    }
    wp::adj_where(var_71, var_73, var_69, adj_71, adj_73, adj_69, adj_75);
    wp::adj_where(var_71, var_72, var_68, adj_71, adj_72, adj_68, adj_74);
    if (var_71) {
        wp::adj_copy(var_c, adj_c, adj_73);
        // adj: t = c                                                                         <L 39>
        wp::adj_copy(var_b, adj_b, adj_72);
        // adj: s = b                                                                         <L 38>
    }
    // adj: if e == 1:                                                                        <L 37>
    wp::adj_copy(var_b, adj_b, adj_69);
    // adj: t = b                                                                             <L 36>
    wp::adj_copy(var_a, adj_a, adj_68);
    // adj: s = a                                                                             <L 35>
    wp::adj_where(var_60, var_61, var_25, adj_60, adj_61, adj_25, adj_66);
    wp::adj_where(var_60, var_63, var_23, adj_60, adj_63, adj_23, adj_65);
    wp::adj_where(var_60, var_62, var_19, adj_60, adj_62, adj_19, adj_64);
    if (var_60) {
        adj_barycentric_0(var_57, var_a, var_b, var_c, adj_57, adj_a, adj_b, adj_c, adj_63);
        // adj: best_b = barycentric(q, a, b, c)                                              <L 53>
        wp::adj_copy(var_57, adj_57, adj_62);
        // adj: best = q                                                                      <L 52>
        wp::adj_copy(var_59, adj_59, adj_61);
        // adj: best_d = dist                                                                 <L 51>
    }
    // adj: if dist < best_d:                                                                 <L 50>
    wp::adj_length_sq(var_58, adj_58, adj_59);
    wp::adj_sub(var_p, var_57, adj_p, adj_57, adj_58);
    // adj: dist = wp.length_sq(p - q)                                                        <L 49>
    wp::adj_add(var_41, var_56, adj_41, adj_56, adj_57);
    wp::adj_mul(var_43, var_55, adj_43, adj_55, adj_56);
    // adj: q = s + d * k                                                                     <L 48>
    wp::adj_where(var_48, var_54, var_46, adj_48, adj_54, adj_46, adj_55);
    if (var_48) {
        wp::adj_clamp(var_51, var_52, var_53, adj_51, adj_52, adj_53, adj_54);
        wp::adj_div(var_50, var_44, var_51, adj_50, adj_44, adj_51);
        wp::adj_dot(var_49, var_43, adj_49, adj_43, adj_50);
        wp::adj_sub(var_p, var_41, adj_p, adj_41, adj_49);
        // adj: k = wp.clamp(wp.dot(p - s, d) / l2, 0.0, 1.0)                                 <L 47>
    }
    // adj: if l2 > 0.0:                                                                      <L 46>
    wp::adj_float(var_45, adj_45, adj_46);
    // adj: k = float(0.0)                                                                    <L 45>
    wp::adj_dot(var_43, var_43, adj_43, adj_43, adj_44);
    // adj: l2 = wp.dot(d, d)                                                                 <L 44>
    wp::adj_sub(var_42, var_41, adj_42, adj_41, adj_43);
    // adj: d = t - s                                                                         <L 43>
    wp::adj_where(var_30, var_34, var_40, adj_30, adj_34, adj_40, adj_42);
    wp::adj_where(var_30, var_33, var_39, adj_30, adj_33, adj_39, adj_41);
    if (!var_30) {
        wp::adj_where(var_36, var_38, var_34, adj_36, adj_38, adj_34, adj_40);
        wp::adj_where(var_36, var_37, var_33, adj_36, adj_37, adj_33, adj_39);
        if (var_36) {
            wp::adj_copy(var_a, adj_a, adj_38);
            // adj: t = a                                                                     <L 42>
            wp::adj_copy(var_c, adj_c, adj_37);
            // adj: s = c                                                                     <L 41>
        }
        // adj: elif e == 2:                                                                  <L 40>
    }
    wp::adj_where(var_30, var_32, var_28, adj_30, adj_32, adj_28, adj_34);
    wp::adj_where(var_30, var_31, var_27, adj_30, adj_31, adj_27, adj_33);
    if (var_30) {
        wp::adj_copy(var_c, adj_c, adj_32);
        // adj: t = c                                                                         <L 39>
        wp::adj_copy(var_b, adj_b, adj_31);
        // adj: s = b                                                                         <L 38>
    }
    // adj: if e == 1:                                                                        <L 37>
    wp::adj_copy(var_b, adj_b, adj_28);
    // adj: t = b                                                                             <L 36>
    wp::adj_copy(var_a, adj_a, adj_27);
    // adj: s = a                                                                             <L 35>
    // adj: for e in range(3):                                                                <L 34>
    wp::adj_length_sq(var_24, adj_24, adj_25);
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_24);
    // adj: best_d = wp.length_sq(p - a)                                                      <L 33>
    wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    // adj: best_b = wp.vec3(1.0, 0.0, 0.0)                                                   <L 32>
    wp::adj_copy(var_a, adj_a, adj_19);
    // adj: best = a                                                                          <L 31>
    if (var_13) {
        label0:;
        adj_0 += adj_ret_1;
        adj_18 += adj_ret_0;
        wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_c, var_6, adj_c, adj_6, adj_17);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_mul(var_b, var_4, adj_b, adj_4, adj_15);
        wp::adj_mul(var_a, var_2, adj_a, adj_2, adj_14);
        // adj: return a * u + b * v + c * w, bary                                            <L 29>
    }
    // adj: if u >= 0.0 and v >= 0.0 and w >= 0.0:                                            <L 28>
    wp::adj_extract(var_0, var_5, adj_0, adj_5, adj_6);
    // adj: w = bary[2]                                                                       <L 27>
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    // adj: v = bary[1]                                                                       <L 26>
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: u = bary[0]                                                                       <L 25>
    adj_barycentric_0(var_p, var_a, var_b, var_c, adj_p, adj_a, adj_b, adj_c, adj_0);
    // adj: bary = barycentric(p, a, b, c)                                                    <L 24>
    // adj: def closest_point_triangle(p: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):       <L 23>
    return;
}

struct wp_args_interpolate_attributes_e46b6bc4 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> tri_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::vec_t<4, wp::float32>> colors;
    wp::array_t<wp::vec_t<2, wp::float32>> uvs;
    wp::array_t<wp::vec_t<4, wp::float32>> out_color;
    wp::array_t<wp::vec_t<2, wp::float32>> out_uv;
    wp::array_t<wp::float32> dist;
};


void interpolate_attributes_e46b6bc4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_tri_ids = _wp_args->tri_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_uvs = _wp_args->uvs;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_color = _wp_args->out_color;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out_uv = _wp_args->out_uv;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<4, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<4, wp::float32> var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32>* var_35;
    const wp::int32 var_36 = 1;
    wp::float32 var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    wp::vec_t<4, wp::float32> var_40;
    wp::vec_t<4, wp::float32>* var_41;
    const wp::int32 var_42 = 2;
    wp::float32 var_43;
    wp::vec_t<4, wp::float32> var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::vec_t<2, wp::float32>* var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::vec_t<2, wp::float32> var_50;
    wp::vec_t<2, wp::float32> var_51;
    wp::vec_t<2, wp::float32>* var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32>* var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::vec_t<2, wp::float32> var_62;
    wp::vec_t<2, wp::float32> var_63;
    //---------
    // forward
    // def interpolate_attributes(                                                            <L 58>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // t = tri_ids[i]                                                                         <L 70>
    var_1 = wp::address(var_tri_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ia = indices[t, 0]                                                                     <L 71>
    var_5 = wp::address(var_indices, var_2, var_4);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // ib = indices[t, 1]                                                                     <L 72>
    var_9 = wp::address(var_indices, var_2, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // ic = indices[t, 2]                                                                     <L 73>
    var_13 = wp::address(var_indices, var_2, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // q, bary = closest_point_triangle(points[i], verts[ia], verts[ib], verts[ic])           <L 74>
    var_16 = wp::address(var_points, var_0);
    var_17 = wp::address(var_verts, var_6);
    var_18 = wp::address(var_verts, var_10);
    var_19 = wp::address(var_verts, var_14);
    var_22 = wp::load(var_16);
    var_23 = wp::load(var_17);
    var_24 = wp::load(var_18);
    var_25 = wp::load(var_19);
    closest_point_triangle_0(var_22, var_23, var_24, var_25, var_20, var_21);
    // dist[i] = wp.length(points[i] - q)                                                     <L 75>
    var_26 = wp::address(var_points, var_0);
    var_28 = wp::load(var_26);
    var_27 = wp::sub(var_28, var_20);
    var_29 = wp::length(var_27);
    wp::array_store(var_dist, var_0, var_29);
    // out_color[i] = colors[ia] * bary[0] + colors[ib] * bary[1] + colors[ic] * bary[2]       <L 76>
    var_30 = wp::address(var_colors, var_6);
    var_32 = wp::extract(var_21, var_31);
    var_34 = wp::load(var_30);
    var_33 = wp::mul(var_34, var_32);
    var_35 = wp::address(var_colors, var_10);
    var_37 = wp::extract(var_21, var_36);
    var_39 = wp::load(var_35);
    var_38 = wp::mul(var_39, var_37);
    var_40 = wp::add(var_33, var_38);
    var_41 = wp::address(var_colors, var_14);
    var_43 = wp::extract(var_21, var_42);
    var_45 = wp::load(var_41);
    var_44 = wp::mul(var_45, var_43);
    var_46 = wp::add(var_40, var_44);
    wp::array_store(var_out_color, var_0, var_46);
    // out_uv[i] = uvs[ia] * bary[0] + uvs[ib] * bary[1] + uvs[ic] * bary[2]                  <L 77>
    var_47 = wp::address(var_uvs, var_6);
    var_49 = wp::extract(var_21, var_48);
    var_51 = wp::load(var_47);
    var_50 = wp::mul(var_51, var_49);
    var_52 = wp::address(var_uvs, var_10);
    var_54 = wp::extract(var_21, var_53);
    var_56 = wp::load(var_52);
    var_55 = wp::mul(var_56, var_54);
    var_57 = wp::add(var_50, var_55);
    var_58 = wp::address(var_uvs, var_14);
    var_60 = wp::extract(var_21, var_59);
    var_62 = wp::load(var_58);
    var_61 = wp::mul(var_62, var_60);
    var_63 = wp::add(var_57, var_61);
    wp::array_store(var_out_uv, var_0, var_63);
}



void interpolate_attributes_e46b6bc4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_args,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_tri_ids = _wp_args->tri_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_uvs = _wp_args->uvs;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_color = _wp_args->out_color;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out_uv = _wp_args->out_uv;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_tri_ids = _wp_adj_args->tri_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_colors = _wp_adj_args->colors;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_uvs = _wp_adj_args->uvs;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out_color = _wp_adj_args->out_color;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out_uv = _wp_adj_args->out_uv;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<4, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<4, wp::float32> var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32>* var_35;
    const wp::int32 var_36 = 1;
    wp::float32 var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    wp::vec_t<4, wp::float32> var_40;
    wp::vec_t<4, wp::float32>* var_41;
    const wp::int32 var_42 = 2;
    wp::float32 var_43;
    wp::vec_t<4, wp::float32> var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::vec_t<2, wp::float32>* var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::vec_t<2, wp::float32> var_50;
    wp::vec_t<2, wp::float32> var_51;
    wp::vec_t<2, wp::float32>* var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32>* var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::vec_t<2, wp::float32> var_62;
    wp::vec_t<2, wp::float32> var_63;
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
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<4, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<4, wp::float32> adj_33 = {};
    wp::vec_t<4, wp::float32> adj_34 = {};
    wp::vec_t<4, wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<4, wp::float32> adj_38 = {};
    wp::vec_t<4, wp::float32> adj_39 = {};
    wp::vec_t<4, wp::float32> adj_40 = {};
    wp::vec_t<4, wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<4, wp::float32> adj_44 = {};
    wp::vec_t<4, wp::float32> adj_45 = {};
    wp::vec_t<4, wp::float32> adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<2, wp::float32> adj_50 = {};
    wp::vec_t<2, wp::float32> adj_51 = {};
    wp::vec_t<2, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<2, wp::float32> adj_61 = {};
    wp::vec_t<2, wp::float32> adj_62 = {};
    wp::vec_t<2, wp::float32> adj_63 = {};
    //---------
    // forward
    // def interpolate_attributes(                                                            <L 58>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // t = tri_ids[i]                                                                         <L 70>
    var_1 = wp::address(var_tri_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ia = indices[t, 0]                                                                     <L 71>
    var_5 = wp::address(var_indices, var_2, var_4);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // ib = indices[t, 1]                                                                     <L 72>
    var_9 = wp::address(var_indices, var_2, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // ic = indices[t, 2]                                                                     <L 73>
    var_13 = wp::address(var_indices, var_2, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // q, bary = closest_point_triangle(points[i], verts[ia], verts[ib], verts[ic])           <L 74>
    var_16 = wp::address(var_points, var_0);
    var_17 = wp::address(var_verts, var_6);
    var_18 = wp::address(var_verts, var_10);
    var_19 = wp::address(var_verts, var_14);
    var_22 = wp::load(var_16);
    var_23 = wp::load(var_17);
    var_24 = wp::load(var_18);
    var_25 = wp::load(var_19);
    closest_point_triangle_0(var_22, var_23, var_24, var_25, var_20, var_21);
    // dist[i] = wp.length(points[i] - q)                                                     <L 75>
    var_26 = wp::address(var_points, var_0);
    var_28 = wp::load(var_26);
    var_27 = wp::sub(var_28, var_20);
    var_29 = wp::length(var_27);
    // wp::array_store(var_dist, var_0, var_29);
    // out_color[i] = colors[ia] * bary[0] + colors[ib] * bary[1] + colors[ic] * bary[2]       <L 76>
    var_30 = wp::address(var_colors, var_6);
    var_32 = wp::extract(var_21, var_31);
    var_34 = wp::load(var_30);
    var_33 = wp::mul(var_34, var_32);
    var_35 = wp::address(var_colors, var_10);
    var_37 = wp::extract(var_21, var_36);
    var_39 = wp::load(var_35);
    var_38 = wp::mul(var_39, var_37);
    var_40 = wp::add(var_33, var_38);
    var_41 = wp::address(var_colors, var_14);
    var_43 = wp::extract(var_21, var_42);
    var_45 = wp::load(var_41);
    var_44 = wp::mul(var_45, var_43);
    var_46 = wp::add(var_40, var_44);
    // wp::array_store(var_out_color, var_0, var_46);
    // out_uv[i] = uvs[ia] * bary[0] + uvs[ib] * bary[1] + uvs[ic] * bary[2]                  <L 77>
    var_47 = wp::address(var_uvs, var_6);
    var_49 = wp::extract(var_21, var_48);
    var_51 = wp::load(var_47);
    var_50 = wp::mul(var_51, var_49);
    var_52 = wp::address(var_uvs, var_10);
    var_54 = wp::extract(var_21, var_53);
    var_56 = wp::load(var_52);
    var_55 = wp::mul(var_56, var_54);
    var_57 = wp::add(var_50, var_55);
    var_58 = wp::address(var_uvs, var_14);
    var_60 = wp::extract(var_21, var_59);
    var_62 = wp::load(var_58);
    var_61 = wp::mul(var_62, var_60);
    var_63 = wp::add(var_57, var_61);
    // wp::array_store(var_out_uv, var_0, var_63);
    //---------
    // reverse
    wp::adj_array_store(var_out_uv, var_0, var_63, adj_out_uv, adj_0, adj_63);
    wp::adj_add(var_57, var_61, adj_57, adj_61, adj_63);
    wp::adj_mul(var_62, var_60, adj_58, adj_60, adj_61);
    wp::adj_extract(var_21, var_59, adj_21, adj_59, adj_60);
    wp::adj_address(var_uvs, var_14, adj_uvs, adj_14, adj_58);
    wp::adj_add(var_50, var_55, adj_50, adj_55, adj_57);
    wp::adj_mul(var_56, var_54, adj_52, adj_54, adj_55);
    wp::adj_extract(var_21, var_53, adj_21, adj_53, adj_54);
    wp::adj_address(var_uvs, var_10, adj_uvs, adj_10, adj_52);
    wp::adj_mul(var_51, var_49, adj_47, adj_49, adj_50);
    wp::adj_extract(var_21, var_48, adj_21, adj_48, adj_49);
    wp::adj_address(var_uvs, var_6, adj_uvs, adj_6, adj_47);
    // adj: out_uv[i] = uvs[ia] * bary[0] + uvs[ib] * bary[1] + uvs[ic] * bary[2]             <L 77>
    wp::adj_array_store(var_out_color, var_0, var_46, adj_out_color, adj_0, adj_46);
    wp::adj_add(var_40, var_44, adj_40, adj_44, adj_46);
    wp::adj_mul(var_45, var_43, adj_41, adj_43, adj_44);
    wp::adj_extract(var_21, var_42, adj_21, adj_42, adj_43);
    wp::adj_address(var_colors, var_14, adj_colors, adj_14, adj_41);
    wp::adj_add(var_33, var_38, adj_33, adj_38, adj_40);
    wp::adj_mul(var_39, var_37, adj_35, adj_37, adj_38);
    wp::adj_extract(var_21, var_36, adj_21, adj_36, adj_37);
    wp::adj_address(var_colors, var_10, adj_colors, adj_10, adj_35);
    wp::adj_mul(var_34, var_32, adj_30, adj_32, adj_33);
    wp::adj_extract(var_21, var_31, adj_21, adj_31, adj_32);
    wp::adj_address(var_colors, var_6, adj_colors, adj_6, adj_30);
    // adj: out_color[i] = colors[ia] * bary[0] + colors[ib] * bary[1] + colors[ic] * bary[2]  <L 76>
    wp::adj_array_store(var_dist, var_0, var_29, adj_dist, adj_0, adj_29);
    wp::adj_length(var_27, var_29, adj_27, adj_29);
    wp::adj_sub(var_28, var_20, adj_26, adj_20, adj_27);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_26);
    // adj: dist[i] = wp.length(points[i] - q)                                                <L 75>
    adj_closest_point_triangle_0(var_22, var_23, var_24, var_25, var_20, var_21, adj_16, adj_17, adj_18, adj_19, adj_20, adj_21);
    wp::adj_address(var_verts, var_14, adj_verts, adj_14, adj_19);
    wp::adj_address(var_verts, var_10, adj_verts, adj_10, adj_18);
    wp::adj_address(var_verts, var_6, adj_verts, adj_6, adj_17);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_16);
    // adj: q, bary = closest_point_triangle(points[i], verts[ia], verts[ib], verts[ic])      <L 74>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_indices, var_2, var_12, adj_indices, adj_2, adj_12, adj_13);
    // adj: ic = indices[t, 2]                                                                <L 73>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_indices, var_2, var_8, adj_indices, adj_2, adj_8, adj_9);
    // adj: ib = indices[t, 1]                                                                <L 72>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_indices, var_2, var_4, adj_indices, adj_2, adj_4, adj_5);
    // adj: ia = indices[t, 0]                                                                <L 71>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_tri_ids, var_0, adj_tri_ids, adj_0, adj_1);
    // adj: t = tri_ids[i]                                                                    <L 70>
    // adj: i = wp.tid()                                                                      <L 69>
    // adj: def interpolate_attributes(                                                       <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void interpolate_attributes_e46b6bc4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        interpolate_attributes_e46b6bc4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void interpolate_attributes_e46b6bc4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_args,
    wp_args_interpolate_attributes_e46b6bc4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        interpolate_attributes_e46b6bc4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_closest_on_mesh_dbe6ac03 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::vec_t<3, wp::float32>> closest;
    wp::array_t<wp::int32> face;
};


void closest_on_mesh_dbe6ac03_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    wp::array_t<wp::int32> var_face = _wp_args->face;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int32 var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    bool var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::int32 var_41;
    //---------
    // forward
    // def closest_on_mesh(points: wp.array(dtype=wp.vec3), verts: wp.array(dtype=wp.vec3), indices: wp.array2d(dtype=int), closest: wp.array(dtype=wp.vec3), face: wp.array(dtype=int)):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 83>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best_d = float(1.0e30)                                                                 <L 84>
    var_5 = wp::float(var_4);
    // best_q = wp.vec3()                                                                     <L 85>
    var_6 = wp::vec_t<3, wp::float32>();
    // best_f = int(-1)                                                                       <L 86>
    var_9 = wp::int(var_8);
    // for f in range(indices.shape[0]):                                                      <L 87>
    var_10 = &(var_indices.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::range(var_12);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // q, bary = closest_point_triangle(p, verts[indices[f, 0]], verts[indices[f, 1]], verts[indices[f, 2]])       <L 88>
        var_17 = wp::address(var_indices, var_15, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::address(var_verts, var_19);
        var_21 = wp::address(var_indices, var_15, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::address(var_verts, var_23);
        var_25 = wp::address(var_indices, var_15, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::address(var_verts, var_27);
        var_30 = wp::load(var_18);
        var_31 = wp::load(var_22);
        var_32 = wp::load(var_26);
        closest_point_triangle_0(var_2, var_30, var_31, var_32, var_28, var_29);
        // d = wp.length_sq(p - q)                                                            <L 89>
        var_33 = wp::sub(var_2, var_28);
        var_34 = wp::length_sq(var_33);
        // if d < best_d:                                                                     <L 90>
        var_35 = (var_34 < var_5);
        if (var_35) {
            // best_d = d                                                                     <L 91>
            var_36 = wp::copy(var_34);
            // best_q = q                                                                     <L 92>
            var_37 = wp::copy(var_28);
            // best_f = f                                                                     <L 93>
            var_38 = wp::copy(var_15);
        }
        var_39 = wp::where(var_35, var_36, var_5);
        var_40 = wp::where(var_35, var_37, var_6);
        var_41 = wp::where(var_35, var_38, var_9);
        wp::assign(var_5, var_39);
        wp::assign(var_6, var_40);
        wp::assign(var_9, var_41);
        goto start_for_0;
    end_for_0:;
    // closest[i] = best_q                                                                    <L 94>
    wp::array_store(var_closest, var_0, var_6);
    // face[i] = best_f                                                                       <L 95>
    wp::array_store(var_face, var_0, var_9);
}



void closest_on_mesh_dbe6ac03_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_args,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    wp::array_t<wp::int32> var_face = _wp_args->face;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_closest = _wp_adj_args->closest;
    wp::array_t<wp::int32> adj_face = _wp_adj_args->face;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int32 var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    wp::range_t var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    bool var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::int32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    //---------
    // forward
    // def closest_on_mesh(points: wp.array(dtype=wp.vec3), verts: wp.array(dtype=wp.vec3), indices: wp.array2d(dtype=int), closest: wp.array(dtype=wp.vec3), face: wp.array(dtype=int)):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 83>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best_d = float(1.0e30)                                                                 <L 84>
    var_5 = wp::float(var_4);
    // best_q = wp.vec3()                                                                     <L 85>
    var_6 = wp::vec_t<3, wp::float32>();
    // best_f = int(-1)                                                                       <L 86>
    var_9 = wp::int(var_8);
    // for f in range(indices.shape[0]):                                                      <L 87>
    var_10 = &(var_indices.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::range(var_12);
    // closest[i] = best_q                                                                    <L 94>
    // wp::array_store(var_closest, var_0, var_6);
    // face[i] = best_f                                                                       <L 95>
    // wp::array_store(var_face, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_face, var_0, var_9, adj_face, adj_0, adj_9);
    // adj: face[i] = best_f                                                                  <L 95>
    wp::adj_array_store(var_closest, var_0, var_6, adj_closest, adj_0, adj_6);
    // adj: closest[i] = best_q                                                               <L 94>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
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
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
        // q, bary = closest_point_triangle(p, verts[indices[f, 0]], verts[indices[f, 1]], verts[indices[f, 2]])       <L 88>
        var_17 = wp::address(var_indices, var_15, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::address(var_verts, var_19);
        var_21 = wp::address(var_indices, var_15, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::address(var_verts, var_23);
        var_25 = wp::address(var_indices, var_15, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::address(var_verts, var_27);
        var_30 = wp::load(var_18);
        var_31 = wp::load(var_22);
        var_32 = wp::load(var_26);
        closest_point_triangle_0(var_2, var_30, var_31, var_32, var_28, var_29);
        // d = wp.length_sq(p - q)                                                            <L 89>
        var_33 = wp::sub(var_2, var_28);
        var_34 = wp::length_sq(var_33);
        // if d < best_d:                                                                     <L 90>
        var_35 = (var_34 < var_5);
        if (var_35) {
            // best_d = d                                                                     <L 91>
            var_36 = wp::copy(var_34);
            // best_q = q                                                                     <L 92>
            var_37 = wp::copy(var_28);
            // best_f = f                                                                     <L 93>
            var_38 = wp::copy(var_15);
        }
        var_39 = wp::where(var_35, var_36, var_5);
        var_40 = wp::where(var_35, var_37, var_6);
        var_41 = wp::where(var_35, var_38, var_9);
        wp::assign(var_5, var_39);
        wp::assign(var_6, var_40);
        wp::assign(var_9, var_41);
        wp::adj_assign(var_9, var_41, adj_9, adj_41);
        wp::adj_assign(var_6, var_40, adj_6, adj_40);
        wp::adj_assign(var_5, var_39, adj_5, adj_39);
        wp::adj_where(var_35, var_38, var_9, adj_35, adj_38, adj_9, adj_41);
        wp::adj_where(var_35, var_37, var_6, adj_35, adj_37, adj_6, adj_40);
        wp::adj_where(var_35, var_36, var_5, adj_35, adj_36, adj_5, adj_39);
        if (var_35) {
            wp::adj_copy(var_15, adj_15, adj_38);
            // adj: best_f = f                                                                <L 93>
            wp::adj_copy(var_28, adj_28, adj_37);
            // adj: best_q = q                                                                <L 92>
            wp::adj_copy(var_34, adj_34, adj_36);
            // adj: best_d = d                                                                <L 91>
        }
        // adj: if d < best_d:                                                                <L 90>
        wp::adj_length_sq(var_33, adj_33, adj_34);
        wp::adj_sub(var_2, var_28, adj_2, adj_28, adj_33);
        // adj: d = wp.length_sq(p - q)                                                       <L 89>
        adj_closest_point_triangle_0(var_2, var_30, var_31, var_32, var_28, var_29, adj_2, adj_18, adj_22, adj_26, adj_28, adj_29);
        wp::adj_address(var_verts, var_27, adj_verts, adj_25, adj_26);
        wp::adj_address(var_indices, var_15, var_24, adj_indices, adj_15, adj_24, adj_25);
        wp::adj_address(var_verts, var_23, adj_verts, adj_21, adj_22);
        wp::adj_address(var_indices, var_15, var_20, adj_indices, adj_15, adj_20, adj_21);
        wp::adj_address(var_verts, var_19, adj_verts, adj_17, adj_18);
        wp::adj_address(var_indices, var_15, var_16, adj_indices, adj_15, adj_16, adj_17);
        // adj: q, bary = closest_point_triangle(p, verts[indices[f, 0]], verts[indices[f, 1]], verts[indices[f, 2]])  <L 88>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_12, adj_12, adj_14);
    wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
    adj_indices.shape = adj_10;
    // adj: for f in range(indices.shape[0]):                                                 <L 87>
    wp::adj_int(var_8, adj_8, adj_9);
    // adj: best_f = int(-1)                                                                  <L 86>
    // adj: best_q = wp.vec3()                                                                <L 85>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: best_d = float(1.0e30)                                                            <L 84>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def closest_on_mesh(points: wp.array(dtype=wp.vec3), verts: wp.array(dtype=wp.vec3), indices: wp.array2d(dtype=int), closest: wp.array(dtype=wp.vec3), face: wp.array(dtype=int)):  <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void closest_on_mesh_dbe6ac03_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        closest_on_mesh_dbe6ac03_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void closest_on_mesh_dbe6ac03_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_args,
    wp_args_closest_on_mesh_dbe6ac03 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        closest_on_mesh_dbe6ac03_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

