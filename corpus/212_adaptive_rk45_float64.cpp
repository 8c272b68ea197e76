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


// corpus/212_adaptive_rk45_float64.py:4
static wp::vec_t<3, wp::float64> lorenz_0(
    wp::vec_t<3, wp::float64> var_s,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float64 var_1;
    const wp::int32 var_2 = 0;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::float64 var_7;
    const wp::int32 var_8 = 2;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    const wp::int32 var_12 = 1;
    wp::float64 var_13;
    wp::float64 var_14;
    const wp::int32 var_15 = 0;
    wp::float64 var_16;
    const wp::int32 var_17 = 1;
    wp::float64 var_18;
    wp::float64 var_19;
    const wp::int32 var_20 = 2;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::vec_t<3, wp::float64> var_24;
    //---------
    // forward
    // def lorenz(s: wp.vec3d, sigma: wp.float64, rho: wp.float64, beta: wp.float64) -> wp.vec3d:       <L 5>
    // return wp.vec3d(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])       <L 6>
    var_1 = wp::extract(var_s, var_0);
    var_3 = wp::extract(var_s, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_sigma, var_4);
    var_7 = wp::extract(var_s, var_6);
    var_9 = wp::extract(var_s, var_8);
    var_10 = wp::sub(var_rho, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_s, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_s, var_15);
    var_18 = wp::extract(var_s, var_17);
    var_19 = wp::mul(var_16, var_18);
    var_21 = wp::extract(var_s, var_20);
    var_22 = wp::mul(var_beta, var_21);
    var_23 = wp::sub(var_19, var_22);
    var_24 = wp::vec_t<3, wp::float64>(var_5, var_14, var_23);
    return var_24;
}


// corpus/212_adaptive_rk45_float64.py:9
static void rk45_step_0(
    wp::vec_t<3, wp::float64> var_s,
    wp::float64 var_h,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta,
    wp::vec_t<3, wp::float64> & ret_0,
    wp::float64 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 32.0;
    wp::float32 var_8;
    wp::float64 var_9;
    wp::vec_t<3, wp::float64> var_10;
    const wp::float32 var_11 = 9.0;
    const wp::float32 var_12 = 32.0;
    wp::float32 var_13;
    wp::float64 var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    const wp::float32 var_20 = 1932.0;
    const wp::float32 var_21 = 2197.0;
    wp::float32 var_22;
    wp::float64 var_23;
    wp::vec_t<3, wp::float64> var_24;
    const wp::float32 var_25 = 7200.0;
    const wp::float32 var_26 = 2197.0;
    wp::float32 var_27;
    wp::float64 var_28;
    wp::vec_t<3, wp::float64> var_29;
    wp::vec_t<3, wp::float64> var_30;
    const wp::float32 var_31 = 7296.0;
    const wp::float32 var_32 = 2197.0;
    wp::float32 var_33;
    wp::float64 var_34;
    wp::vec_t<3, wp::float64> var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    wp::vec_t<3, wp::float64> var_38;
    wp::vec_t<3, wp::float64> var_39;
    const wp::float32 var_40 = 439.0;
    const wp::float32 var_41 = 216.0;
    wp::float32 var_42;
    wp::float64 var_43;
    wp::vec_t<3, wp::float64> var_44;
    wp::float64 var_45;
    wp::vec_t<3, wp::float64> var_46;
    wp::vec_t<3, wp::float64> var_47;
    const wp::float32 var_48 = 3680.0;
    const wp::float32 var_49 = 513.0;
    wp::float32 var_50;
    wp::float64 var_51;
    wp::vec_t<3, wp::float64> var_52;
    wp::vec_t<3, wp::float64> var_53;
    const wp::float32 var_54 = 845.0;
    const wp::float32 var_55 = 4104.0;
    wp::float32 var_56;
    wp::float64 var_57;
    wp::vec_t<3, wp::float64> var_58;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    wp::vec_t<3, wp::float64> var_62;
    wp::vec_t<3, wp::float64> var_63;
    const wp::float32 var_64 = 8.0;
    const wp::float32 var_65 = 27.0;
    wp::float32 var_66;
    wp::float64 var_67;
    wp::vec_t<3, wp::float64> var_68;
    wp::float64 var_69;
    wp::vec_t<3, wp::float64> var_70;
    wp::vec_t<3, wp::float64> var_71;
    const wp::float32 var_72 = 3544.0;
    const wp::float32 var_73 = 2565.0;
    wp::float32 var_74;
    wp::float64 var_75;
    wp::vec_t<3, wp::float64> var_76;
    wp::vec_t<3, wp::float64> var_77;
    const wp::float32 var_78 = 1859.0;
    const wp::float32 var_79 = 4104.0;
    wp::float32 var_80;
    wp::float64 var_81;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    const wp::float32 var_84 = 11.0;
    const wp::float32 var_85 = 40.0;
    wp::float32 var_86;
    wp::float64 var_87;
    wp::vec_t<3, wp::float64> var_88;
    wp::vec_t<3, wp::float64> var_89;
    wp::vec_t<3, wp::float64> var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::vec_t<3, wp::float64> var_92;
    const wp::float32 var_93 = 25.0;
    const wp::float32 var_94 = 216.0;
    wp::float32 var_95;
    wp::float64 var_96;
    wp::vec_t<3, wp::float64> var_97;
    const wp::float32 var_98 = 1408.0;
    const wp::float32 var_99 = 2565.0;
    wp::float32 var_100;
    wp::float64 var_101;
    wp::vec_t<3, wp::float64> var_102;
    wp::vec_t<3, wp::float64> var_103;
    const wp::float32 var_104 = 2197.0;
    const wp::float32 var_105 = 4104.0;
    wp::float32 var_106;
    wp::float64 var_107;
    wp::vec_t<3, wp::float64> var_108;
    wp::vec_t<3, wp::float64> var_109;
    wp::float64 var_110;
    wp::vec_t<3, wp::float64> var_111;
    wp::vec_t<3, wp::float64> var_112;
    wp::vec_t<3, wp::float64> var_113;
    wp::vec_t<3, wp::float64> var_114;
    const wp::float32 var_115 = 16.0;
    const wp::float32 var_116 = 135.0;
    wp::float32 var_117;
    wp::float64 var_118;
    wp::vec_t<3, wp::float64> var_119;
    const wp::float32 var_120 = 6656.0;
    const wp::float32 var_121 = 12825.0;
    wp::float32 var_122;
    wp::float64 var_123;
    wp::vec_t<3, wp::float64> var_124;
    wp::vec_t<3, wp::float64> var_125;
    const wp::float32 var_126 = 28561.0;
    const wp::float32 var_127 = 56430.0;
    wp::float32 var_128;
    wp::float64 var_129;
    wp::vec_t<3, wp::float64> var_130;
    wp::vec_t<3, wp::float64> var_131;
    const wp::float32 var_132 = 9.0;
    const wp::float32 var_133 = 50.0;
    wp::float32 var_134;
    wp::float64 var_135;
    wp::vec_t<3, wp::float64> var_136;
    wp::vec_t<3, wp::float64> var_137;
    const wp::float32 var_138 = 2.0;
    const wp::float32 var_139 = 55.0;
    wp::float32 var_140;
    wp::float64 var_141;
    wp::vec_t<3, wp::float64> var_142;
    wp::vec_t<3, wp::float64> var_143;
    wp::vec_t<3, wp::float64> var_144;
    wp::vec_t<3, wp::float64> var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::float64 var_147;
    //---------
    // forward
    // def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):       <L 10>
    // k1 = lorenz(s, sigma, rho, beta)                                                       <L 11>
    var_0 = lorenz_0(var_s, var_sigma, var_rho, var_beta);
    // k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                         <L 12>
    var_1 = 0.25;
    var_2 = wp::mul(var_h, var_1);
    var_3 = wp::mul(var_0, var_2);
    var_4 = wp::add(var_s, var_3);
    var_5 = lorenz_0(var_4, var_sigma, var_rho, var_beta);
    // k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)       <L 13>
    var_8 = wp::div(var_6, var_7);
    var_9 = wp::float64(var_8);
    var_10 = wp::mul(var_0, var_9);
    var_13 = wp::div(var_11, var_12);
    var_14 = wp::float64(var_13);
    var_15 = wp::mul(var_5, var_14);
    var_16 = wp::add(var_10, var_15);
    var_17 = wp::mul(var_16, var_h);
    var_18 = wp::add(var_s, var_17);
    var_19 = lorenz_0(var_18, var_sigma, var_rho, var_beta);
    // k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)       <L 14>
    var_22 = wp::div(var_20, var_21);
    var_23 = wp::float64(var_22);
    var_24 = wp::mul(var_0, var_23);
    var_27 = wp::div(var_25, var_26);
    var_28 = wp::float64(var_27);
    var_29 = wp::mul(var_5, var_28);
    var_30 = wp::sub(var_24, var_29);
    var_33 = wp::div(var_31, var_32);
    var_34 = wp::float64(var_33);
    var_35 = wp::mul(var_19, var_34);
    var_36 = wp::add(var_30, var_35);
    var_37 = wp::mul(var_36, var_h);
    var_38 = wp::add(var_s, var_37);
    var_39 = lorenz_0(var_38, var_sigma, var_rho, var_beta);
    // k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)       <L 15>
    var_42 = wp::div(var_40, var_41);
    var_43 = wp::float64(var_42);
    var_44 = wp::mul(var_0, var_43);
    var_45 = 8.0;
    var_46 = wp::mul(var_5, var_45);
    var_47 = wp::sub(var_44, var_46);
    var_50 = wp::div(var_48, var_49);
    var_51 = wp::float64(var_50);
    var_52 = wp::mul(var_19, var_51);
    var_53 = wp::add(var_47, var_52);
    var_56 = wp::div(var_54, var_55);
    var_57 = wp::float64(var_56);
    var_58 = wp::mul(var_39, var_57);
    var_59 = wp::sub(var_53, var_58);
    var_60 = wp::mul(var_59, var_h);
    var_61 = wp::add(var_s, var_60);
    var_62 = lorenz_0(var_61, var_sigma, var_rho, var_beta);
    // k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)       <L 16>
    var_63 = wp::neg(var_0);
    var_66 = wp::div(var_64, var_65);
    var_67 = wp::float64(var_66);
    var_68 = wp::mul(var_63, var_67);
    var_69 = 2.0;
    var_70 = wp::mul(var_5, var_69);
    var_71 = wp::add(var_68, var_70);
    var_74 = wp::div(var_72, var_73);
    var_75 = wp::float64(var_74);
    var_76 = wp::mul(var_19, var_75);
    var_77 = wp::sub(var_71, var_76);
    var_80 = wp::div(var_78, var_79);
    var_81 = wp::float64(var_80);
    var_82 = wp::mul(var_39, var_81);
    var_83 = wp::add(var_77, var_82);
    var_86 = wp::div(var_84, var_85);
    var_87 = wp::float64(var_86);
    var_88 = wp::mul(var_62, var_87);
    var_89 = wp::sub(var_83, var_88);
    var_90 = wp::mul(var_89, var_h);
    var_91 = wp::add(var_s, var_90);
    var_92 = lorenz_0(var_91, var_sigma, var_rho, var_beta);
    // y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h       <L 17>
    var_95 = wp::div(var_93, var_94);
    var_96 = wp::float64(var_95);
    var_97 = wp::mul(var_0, var_96);
    var_100 = wp::div(var_98, var_99);
    var_101 = wp::float64(var_100);
    var_102 = wp::mul(var_19, var_101);
    var_103 = wp::add(var_97, var_102);
    var_106 = wp::div(var_104, var_105);
    var_107 = wp::float64(var_106);
    var_108 = wp::mul(var_39, var_107);
    var_109 = wp::add(var_103, var_108);
    var_110 = 0.2;
    var_111 = wp::mul(var_62, var_110);
    var_112 = wp::sub(var_109, var_111);
    var_113 = wp::mul(var_112, var_h);
    var_114 = wp::add(var_s, var_113);
    // y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h       <L 18>
    var_117 = wp::div(var_115, var_116);
    var_118 = wp::float64(var_117);
    var_119 = wp::mul(var_0, var_118);
    var_122 = wp::div(var_120, var_121);
    var_123 = wp::float64(var_122);
    var_124 = wp::mul(var_19, var_123);
    var_125 = wp::add(var_119, var_124);
    var_128 = wp::div(var_126, var_127);
    var_129 = wp::float64(var_128);
    var_130 = wp::mul(var_39, var_129);
    var_131 = wp::add(var_125, var_130);
    var_134 = wp::div(var_132, var_133);
    var_135 = wp::float64(var_134);
    var_136 = wp::mul(var_62, var_135);
    var_137 = wp::sub(var_131, var_136);
    var_140 = wp::div(var_138, var_139);
    var_141 = wp::float64(var_140);
    var_142 = wp::mul(var_92, var_141);
    var_143 = wp::add(var_137, var_142);
    var_144 = wp::mul(var_143, var_h);
    var_145 = wp::add(var_s, var_144);
    // return y5, wp.length(y5 - y4)                                                          <L 19>
    var_146 = wp::sub(var_145, var_114);
    var_147 = wp::length(var_146);
    ret_0 = var_145;
    ret_1 = var_147;
    return;
}


// corpus/212_adaptive_rk45_float64.py:4
static void adj_lorenz_0(
    wp::vec_t<3, wp::float64> var_s,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta,
    wp::vec_t<3, wp::float64> & adj_s,
    wp::float64 & adj_sigma,
    wp::float64 & adj_rho,
    wp::float64 & adj_beta,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float64 var_1;
    const wp::int32 var_2 = 0;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::float64 var_7;
    const wp::int32 var_8 = 2;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    const wp::int32 var_12 = 1;
    wp::float64 var_13;
    wp::float64 var_14;
    const wp::int32 var_15 = 0;
    wp::float64 var_16;
    const wp::int32 var_17 = 1;
    wp::float64 var_18;
    wp::float64 var_19;
    const wp::int32 var_20 = 2;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::vec_t<3, wp::float64> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::vec_t<3, wp::float64> adj_24 = {};
    //---------
    // forward
    // def lorenz(s: wp.vec3d, sigma: wp.float64, rho: wp.float64, beta: wp.float64) -> wp.vec3d:       <L 5>
    // return wp.vec3d(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])       <L 6>
    var_1 = wp::extract(var_s, var_0);
    var_3 = wp::extract(var_s, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_sigma, var_4);
    var_7 = wp::extract(var_s, var_6);
    var_9 = wp::extract(var_s, var_8);
    var_10 = wp::sub(var_rho, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_s, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_s, var_15);
    var_18 = wp::extract(var_s, var_17);
    var_19 = wp::mul(var_16, var_18);
    var_21 = wp::extract(var_s, var_20);
    var_22 = wp::mul(var_beta, var_21);
    var_23 = wp::sub(var_19, var_22);
    var_24 = wp::vec_t<3, wp::float64>(var_5, var_14, var_23);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_24 += adj_ret;
    wp::adj_vec_t(var_5, var_14, var_23, adj_5, adj_14, adj_23, adj_24);
    wp::adj_sub(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_mul(var_beta, var_21, adj_beta, adj_21, adj_22);
    wp::adj_extract(var_s, var_20, adj_s, adj_20, adj_21);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_extract(var_s, var_17, adj_s, adj_17, adj_18);
    wp::adj_extract(var_s, var_15, adj_s, adj_15, adj_16);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_s, var_12, adj_s, adj_12, adj_13);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_sub(var_rho, var_9, adj_rho, adj_9, adj_10);
    wp::adj_extract(var_s, var_8, adj_s, adj_8, adj_9);
    wp::adj_extract(var_s, var_6, adj_s, adj_6, adj_7);
    wp::adj_mul(var_sigma, var_4, adj_sigma, adj_4, adj_5);
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_s, var_2, adj_s, adj_2, adj_3);
    wp::adj_extract(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: return wp.vec3d(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])  <L 6>
    // adj: def lorenz(s: wp.vec3d, sigma: wp.float64, rho: wp.float64, beta: wp.float64) -> wp.vec3d:  <L 5>
    return;
}


// corpus/212_adaptive_rk45_float64.py:9
static void adj_rk45_step_0(
    wp::vec_t<3, wp::float64> var_s,
    wp::float64 var_h,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta,
    wp::vec_t<3, wp::float64> & ret_0,
    wp::float64 & ret_1,
    wp::vec_t<3, wp::float64> & adj_s,
    wp::float64 & adj_h,
    wp::float64 & adj_sigma,
    wp::float64 & adj_rho,
    wp::float64 & adj_beta,
    wp::vec_t<3, wp::float64> & adj_ret_0,
    wp::float64 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 32.0;
    wp::float32 var_8;
    wp::float64 var_9;
    wp::vec_t<3, wp::float64> var_10;
    const wp::float32 var_11 = 9.0;
    const wp::float32 var_12 = 32.0;
    wp::float32 var_13;
    wp::float64 var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    const wp::float32 var_20 = 1932.0;
    const wp::float32 var_21 = 2197.0;
    wp::float32 var_22;
    wp::float64 var_23;
    wp::vec_t<3, wp::float64> var_24;
    const wp::float32 var_25 = 7200.0;
    const wp::float32 var_26 = 2197.0;
    wp::float32 var_27;
    wp::float64 var_28;
    wp::vec_t<3, wp::float64> var_29;
    wp::vec_t<3, wp::float64> var_30;
    const wp::float32 var_31 = 7296.0;
    const wp::float32 var_32 = 2197.0;
    wp::float32 var_33;
    wp::float64 var_34;
    wp::vec_t<3, wp::float64> var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    wp::vec_t<3, wp::float64> var_38;
    wp::vec_t<3, wp::float64> var_39;
    const wp::float32 var_40 = 439.0;
    const wp::float32 var_41 = 216.0;
    wp::float32 var_42;
    wp::float64 var_43;
    wp::vec_t<3, wp::float64> var_44;
    wp::float64 var_45;
    wp::vec_t<3, wp::float64> var_46;
    wp::vec_t<3, wp::float64> var_47;
    const wp::float32 var_48 = 3680.0;
    const wp::float32 var_49 = 513.0;
    wp::float32 var_50;
    wp::float64 var_51;
    wp::vec_t<3, wp::float64> var_52;
    wp::vec_t<3, wp::float64> var_53;
    const wp::float32 var_54 = 845.0;
    const wp::float32 var_55 = 4104.0;
    wp::float32 var_56;
    wp::float64 var_57;
    wp::vec_t<3, wp::float64> var_58;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    wp::vec_t<3, wp::float64> var_62;
    wp::vec_t<3, wp::float64> var_63;
    const wp::float32 var_64 = 8.0;
    const wp::float32 var_65 = 27.0;
    wp::float32 var_66;
    wp::float64 var_67;
    wp::vec_t<3, wp::float64> var_68;
    wp::float64 var_69;
    wp::vec_t<3, wp::float64> var_70;
    wp::vec_t<3, wp::float64> var_71;
    const wp::float32 var_72 = 3544.0;
    const wp::float32 var_73 = 2565.0;
    wp::float32 var_74;
    wp::float64 var_75;
    wp::vec_t<3, wp::float64> var_76;
    wp::vec_t<3, wp::float64> var_77;
    const wp::float32 var_78 = 1859.0;
    const wp::float32 var_79 = 4104.0;
    wp::float32 var_80;
    wp::float64 var_81;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    const wp::float32 var_84 = 11.0;
    const wp::float32 var_85 = 40.0;
    wp::float32 var_86;
    wp::float64 var_87;
    wp::vec_t<3, wp::float64> var_88;
    wp::vec_t<3, wp::float64> var_89;
    wp::vec_t<3, wp::float64> var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::vec_t<3, wp::float64> var_92;
    const wp::float32 var_93 = 25.0;
    const wp::float32 var_94 = 216.0;
    wp::float32 var_95;
    wp::float64 var_96;
    wp::vec_t<3, wp::float64> var_97;
    const wp::float32 var_98 = 1408.0;
    const wp::float32 var_99 = 2565.0;
    wp::float32 var_100;
    wp::float64 var_101;
    wp::vec_t<3, wp::float64> var_102;
    wp::vec_t<3, wp::float64> var_103;
    const wp::float32 var_104 = 2197.0;
    const wp::float32 var_105 = 4104.0;
    wp::float32 var_106;
    wp::float64 var_107;
    wp::vec_t<3, wp::float64> var_108;
    wp::vec_t<3, wp::float64> var_109;
    wp::float64 var_110;
    wp::vec_t<3, wp::float64> var_111;
    wp::vec_t<3, wp::float64> var_112;
    wp::vec_t<3, wp::float64> var_113;
    wp::vec_t<3, wp::float64> var_114;
    const wp::float32 var_115 = 16.0;
    const wp::float32 var_116 = 135.0;
    wp::float32 var_117;
    wp::float64 var_118;
    wp::vec_t<3, wp::float64> var_119;
    const wp::float32 var_120 = 6656.0;
    const wp::float32 var_121 = 12825.0;
    wp::float32 var_122;
    wp::float64 var_123;
    wp::vec_t<3, wp::float64> var_124;
    wp::vec_t<3, wp::float64> var_125;
    const wp::float32 var_126 = 28561.0;
    const wp::float32 var_127 = 56430.0;
    wp::float32 var_128;
    wp::float64 var_129;
    wp::vec_t<3, wp::float64> var_130;
    wp::vec_t<3, wp::float64> var_131;
    const wp::float32 var_132 = 9.0;
    const wp::float32 var_133 = 50.0;
    wp::float32 var_134;
    wp::float64 var_135;
    wp::vec_t<3, wp::float64> var_136;
    wp::vec_t<3, wp::float64> var_137;
    const wp::float32 var_138 = 2.0;
    const wp::float32 var_139 = 55.0;
    wp::float32 var_140;
    wp::float64 var_141;
    wp::vec_t<3, wp::float64> var_142;
    wp::vec_t<3, wp::float64> var_143;
    wp::vec_t<3, wp::float64> var_144;
    wp::vec_t<3, wp::float64> var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::float64 var_147;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::vec_t<3, wp::float64> adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::vec_t<3, wp::float64> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::vec_t<3, wp::float64> adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::vec_t<3, wp::float64> adj_35 = {};
    wp::vec_t<3, wp::float64> adj_36 = {};
    wp::vec_t<3, wp::float64> adj_37 = {};
    wp::vec_t<3, wp::float64> adj_38 = {};
    wp::vec_t<3, wp::float64> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::vec_t<3, wp::float64> adj_44 = {};
    wp::float64 adj_45 = {};
    wp::vec_t<3, wp::float64> adj_46 = {};
    wp::vec_t<3, wp::float64> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float64 adj_51 = {};
    wp::vec_t<3, wp::float64> adj_52 = {};
    wp::vec_t<3, wp::float64> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float64 adj_57 = {};
    wp::vec_t<3, wp::float64> adj_58 = {};
    wp::vec_t<3, wp::float64> adj_59 = {};
    wp::vec_t<3, wp::float64> adj_60 = {};
    wp::vec_t<3, wp::float64> adj_61 = {};
    wp::vec_t<3, wp::float64> adj_62 = {};
    wp::vec_t<3, wp::float64> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float64 adj_67 = {};
    wp::vec_t<3, wp::float64> adj_68 = {};
    wp::float64 adj_69 = {};
    wp::vec_t<3, wp::float64> adj_70 = {};
    wp::vec_t<3, wp::float64> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float64 adj_75 = {};
    wp::vec_t<3, wp::float64> adj_76 = {};
    wp::vec_t<3, wp::float64> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float64 adj_81 = {};
    wp::vec_t<3, wp::float64> adj_82 = {};
    wp::vec_t<3, wp::float64> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float64 adj_87 = {};
    wp::vec_t<3, wp::float64> adj_88 = {};
    wp::vec_t<3, wp::float64> adj_89 = {};
    wp::vec_t<3, wp::float64> adj_90 = {};
    wp::vec_t<3, wp::float64> adj_91 = {};
    wp::vec_t<3, wp::float64> adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::vec_t<3, wp::float64> adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float64 adj_101 = {};
    wp::vec_t<3, wp::float64> adj_102 = {};
    wp::vec_t<3, wp::float64> adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float64 adj_107 = {};
    wp::vec_t<3, wp::float64> adj_108 = {};
    wp::vec_t<3, wp::float64> adj_109 = {};
    wp::float64 adj_110 = {};
    wp::vec_t<3, wp::float64> adj_111 = {};
    wp::vec_t<3, wp::float64> adj_112 = {};
    wp::vec_t<3, wp::float64> adj_113 = {};
    wp::vec_t<3, wp::float64> adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float64 adj_118 = {};
    wp::vec_t<3, wp::float64> adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float64 adj_123 = {};
    wp::vec_t<3, wp::float64> adj_124 = {};
    wp::vec_t<3, wp::float64> adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float64 adj_129 = {};
    wp::vec_t<3, wp::float64> adj_130 = {};
    wp::vec_t<3, wp::float64> adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float64 adj_135 = {};
    wp::vec_t<3, wp::float64> adj_136 = {};
    wp::vec_t<3, wp::float64> adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float64 adj_141 = {};
    wp::vec_t<3, wp::float64> adj_142 = {};
    wp::vec_t<3, wp::float64> adj_143 = {};
    wp::vec_t<3, wp::float64> adj_144 = {};
    wp::vec_t<3, wp::float64> adj_145 = {};
    wp::vec_t<3, wp::float64> adj_146 = {};
    wp::float64 adj_147 = {};
    //---------
    // forward
    // def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):       <L 10>
    // k1 = lorenz(s, sigma, rho, beta)                                                       <L 11>
    var_0 = lorenz_0(var_s, var_sigma, var_rho, var_beta);
    // k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                         <L 12>
    var_1 = 0.25;
    var_2 = wp::mul(var_h, var_1);
    var_3 = wp::mul(var_0, var_2);
    var_4 = wp::add(var_s, var_3);
    var_5 = lorenz_0(var_4, var_sigma, var_rho, var_beta);
    // k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)       <L 13>
    var_8 = wp::div(var_6, var_7);
    var_9 = wp::float64(var_8);
    var_10 = wp::mul(var_0, var_9);
    var_13 = wp::div(var_11, var_12);
    var_14 = wp::float64(var_13);
    var_15 = wp::mul(var_5, var_14);
    var_16 = wp::add(var_10, var_15);
    var_17 = wp::mul(var_16, var_h);
    var_18 = wp::add(var_s, var_17);
    var_19 = lorenz_0(var_18, var_sigma, var_rho, var_beta);
    // k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)       <L 14>
    var_22 = wp::div(var_20, var_21);
    var_23 = wp::float64(var_22);
    var_24 = wp::mul(var_0, var_23);
    var_27 = wp::div(var_25, var_26);
    var_28 = wp::float64(var_27);
    var_29 = wp::mul(var_5, var_28);
    var_30 = wp::sub(var_24, var_29);
    var_33 = wp::div(var_31, var_32);
    var_34 = wp::float64(var_33);
    var_35 = wp::mul(var_19, var_34);
    var_36 = wp::add(var_30, var_35);
    var_37 = wp::mul(var_36, var_h);
    var_38 = wp::add(var_s, var_37);
    var_39 = lorenz_0(var_38, var_sigma, var_rho, var_beta);
    // k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)       <L 15>
    var_42 = wp::div(var_40, var_41);
    var_43 = wp::float64(var_42);
    var_44 = wp::mul(var_0, var_43);
    var_45 = 8.0;
    var_46 = wp::mul(var_5, var_45);
    var_47 = wp::sub(var_44, var_46);
    var_50 = wp::div(var_48, var_49);
    var_51 = wp::float64(var_50);
    var_52 = wp::mul(var_19, var_51);
    var_53 = wp::add(var_47, var_52);
    var_56 = wp::div(var_54, var_55);
    var_57 = wp::float64(var_56);
    var_58 = wp::mul(var_39, var_57);
    var_59 = wp::sub(var_53, var_58);
    var_60 = wp::mul(var_59, var_h);
    var_61 = wp::add(var_s, var_60);
    var_62 = lorenz_0(var_61, var_sigma, var_rho, var_beta);
    // k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)       <L 16>
    var_63 = wp::neg(var_0);
    var_66 = wp::div(var_64, var_65);
    var_67 = wp::float64(var_66);
    var_68 = wp::mul(var_63, var_67);
    var_69 = 2.0;
    var_70 = wp::mul(var_5, var_69);
    var_71 = wp::add(var_68, var_70);
    var_74 = wp::div(var_72, var_73);
    var_75 = wp::float64(var_74);
    var_76 = wp::mul(var_19, var_75);
    var_77 = wp::sub(var_71, var_76);
    var_80 = wp::div(var_78, var_79);
    var_81 = wp::float64(var_80);
    var_82 = wp::mul(var_39, var_81);
    var_83 = wp::add(var_77, var_82);
    var_86 = wp::div(var_84, var_85);
    var_87 = wp::float64(var_86);
    var_88 = wp::mul(var_62, var_87);
    var_89 = wp::sub(var_83, var_88);
    var_90 = wp::mul(var_89, var_h);
    var_91 = wp::add(var_s, var_90);
    var_92 = lorenz_0(var_91, var_sigma, var_rho, var_beta);
    // y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h       <L 17>
    var_95 = wp::div(var_93, var_94);
    var_96 = wp::float64(var_95);
    var_97 = wp::mul(var_0, var_96);
    var_100 = wp::div(var_98, var_99);
    var_101 = wp::float64(var_100);
    var_102 = wp::mul(var_19, var_101);
    var_103 = wp::add(var_97, var_102);
    var_106 = wp::div(var_104, var_105);
    var_107 = wp::float64(var_106);
    var_108 = wp::mul(var_39, var_107);
    var_109 = wp::add(var_103, var_108);
    var_110 = 0.2;
    var_111 = wp::mul(var_62, var_110);
    var_112 = wp::sub(var_109, var_111);
    var_113 = wp::mul(var_112, var_h);
    var_114 = wp::add(var_s, var_113);
    // y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h       <L 18>
    var_117 = wp::div(var_115, var_116);
    var_118 = wp::float64(var_117);
    var_119 = wp::mul(var_0, var_118);
    var_122 = wp::div(var_120, var_121);
    var_123 = wp::float64(var_122);
    var_124 = wp::mul(var_19, var_123);
    var_125 = wp::add(var_119, var_124);
    var_128 = wp::div(var_126, var_127);
    var_129 = wp::float64(var_128);
    var_130 = wp::mul(var_39, var_129);
    var_131 = wp::add(var_125, var_130);
    var_134 = wp::div(var_132, var_133);
    var_135 = wp::float64(var_134);
    var_136 = wp::mul(var_62, var_135);
    var_137 = wp::sub(var_131, var_136);
    var_140 = wp::div(var_138, var_139);
    var_141 = wp::float64(var_140);
    var_142 = wp::mul(var_92, var_141);
    var_143 = wp::add(var_137, var_142);
    var_144 = wp::mul(var_143, var_h);
    var_145 = wp::add(var_s, var_144);
    // return y5, wp.length(y5 - y4)                                                          <L 19>
    var_146 = wp::sub(var_145, var_114);
    var_147 = wp::length(var_146);
    ret_0 = var_145;
    ret_1 = var_147;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_147 += adj_ret_1;
    adj_145 += adj_ret_0;
    wp::adj_length(var_146, var_147, adj_146, adj_147);
    wp::adj_sub(var_145, var_114, adj_145, adj_114, adj_146);
    // adj: return y5, wp.length(y5 - y4)                                                     <L 19>
    wp::adj_add(var_s, var_144, adj_s, adj_144, adj_145);
    wp::adj_mul(var_143, var_h, adj_143, adj_h, adj_144);
    wp::adj_add(var_137, var_142, adj_137, adj_142, adj_143);
    wp::adj_mul(var_92, var_141, adj_92, adj_141, adj_142);
    wp::adj_float64(var_140, adj_140, adj_141);
    wp::adj_div(var_138, var_139, var_140, adj_138, adj_139, adj_140);
    wp::adj_sub(var_131, var_136, adj_131, adj_136, adj_137);
    wp::adj_mul(var_62, var_135, adj_62, adj_135, adj_136);
    wp::adj_float64(var_134, adj_134, adj_135);
    wp::adj_div(var_132, var_133, var_134, adj_132, adj_133, adj_134);
    wp::adj_add(var_125, var_130, adj_125, adj_130, adj_131);
    wp::adj_mul(var_39, var_129, adj_39, adj_129, adj_130);
    wp::adj_float64(var_128, adj_128, adj_129);
    wp::adj_div(var_126, var_127, var_128, adj_126, adj_127, adj_128);
    wp::adj_add(var_119, var_124, adj_119, adj_124, adj_125);
    wp::adj_mul(var_19, var_123, adj_19, adj_123, adj_124);
    wp::adj_float64(var_122, adj_122, adj_123);
    wp::adj_div(var_120, var_121, var_122, adj_120, adj_121, adj_122);
    wp::adj_mul(var_0, var_118, adj_0, adj_118, adj_119);
    wp::adj_float64(var_117, adj_117, adj_118);
    wp::adj_div(var_115, var_116, var_117, adj_115, adj_116, adj_117);
    // adj: y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h  <L 18>
    wp::adj_add(var_s, var_113, adj_s, adj_113, adj_114);
    wp::adj_mul(var_112, var_h, adj_112, adj_h, adj_113);
    wp::adj_sub(var_109, var_111, adj_109, adj_111, adj_112);
    wp::adj_mul(var_62, var_110, adj_62, adj_110, adj_111);
    wp::adj_add(var_103, var_108, adj_103, adj_108, adj_109);
    wp::adj_mul(var_39, var_107, adj_39, adj_107, adj_108);
    wp::adj_float64(var_106, adj_106, adj_107);
    wp::adj_div(var_104, var_105, var_106, adj_104, adj_105, adj_106);
    wp::adj_add(var_97, var_102, adj_97, adj_102, adj_103);
    wp::adj_mul(var_19, var_101, adj_19, adj_101, adj_102);
    wp::adj_float64(var_100, adj_100, adj_101);
    wp::adj_div(var_98, var_99, var_100, adj_98, adj_99, adj_100);
    wp::adj_mul(var_0, var_96, adj_0, adj_96, adj_97);
    wp::adj_float64(var_95, adj_95, adj_96);
    wp::adj_div(var_93, var_94, var_95, adj_93, adj_94, adj_95);
    // adj: y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h  <L 17>
    adj_lorenz_0(var_91, var_sigma, var_rho, var_beta, adj_91, adj_sigma, adj_rho, adj_beta, adj_92);
    wp::adj_add(var_s, var_90, adj_s, adj_90, adj_91);
    wp::adj_mul(var_89, var_h, adj_89, adj_h, adj_90);
    wp::adj_sub(var_83, var_88, adj_83, adj_88, adj_89);
    wp::adj_mul(var_62, var_87, adj_62, adj_87, adj_88);
    wp::adj_float64(var_86, adj_86, adj_87);
    wp::adj_div(var_84, var_85, var_86, adj_84, adj_85, adj_86);
    wp::adj_add(var_77, var_82, adj_77, adj_82, adj_83);
    wp::adj_mul(var_39, var_81, adj_39, adj_81, adj_82);
    wp::adj_float64(var_80, adj_80, adj_81);
    wp::adj_div(var_78, var_79, var_80, adj_78, adj_79, adj_80);
    wp::adj_sub(var_71, var_76, adj_71, adj_76, adj_77);
    wp::adj_mul(var_19, var_75, adj_19, adj_75, adj_76);
    wp::adj_float64(var_74, adj_74, adj_75);
    wp::adj_div(var_72, var_73, var_74, adj_72, adj_73, adj_74);
    wp::adj_add(var_68, var_70, adj_68, adj_70, adj_71);
    wp::adj_mul(var_5, var_69, adj_5, adj_69, adj_70);
    wp::adj_mul(var_63, var_67, adj_63, adj_67, adj_68);
    wp::adj_float64(var_66, adj_66, adj_67);
    wp::adj_div(var_64, var_65, var_66, adj_64, adj_65, adj_66);
    wp::adj_neg(var_0, adj_0, adj_63);
    // adj: k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)  <L 16>
    adj_lorenz_0(var_61, var_sigma, var_rho, var_beta, adj_61, adj_sigma, adj_rho, adj_beta, adj_62);
    wp::adj_add(var_s, var_60, adj_s, adj_60, adj_61);
    wp::adj_mul(var_59, var_h, adj_59, adj_h, adj_60);
    wp::adj_sub(var_53, var_58, adj_53, adj_58, adj_59);
    wp::adj_mul(var_39, var_57, adj_39, adj_57, adj_58);
    wp::adj_float64(var_56, adj_56, adj_57);
    wp::adj_div(var_54, var_55, var_56, adj_54, adj_55, adj_56);
    wp::adj_add(var_47, var_52, adj_47, adj_52, adj_53);
    wp::adj_mul(var_19, var_51, adj_19, adj_51, adj_52);
    wp::adj_float64(var_50, adj_50, adj_51);
    wp::adj_div(var_48, var_49, var_50, adj_48, adj_49, adj_50);
    wp::adj_sub(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_mul(var_5, var_45, adj_5, adj_45, adj_46);
    wp::adj_mul(var_0, var_43, adj_0, adj_43, adj_44);
    wp::adj_float64(var_42, adj_42, adj_43);
    wp::adj_div(var_40, var_41, var_42, adj_40, adj_41, adj_42);
    // adj: k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)  <L 15>
    adj_lorenz_0(var_38, var_sigma, var_rho, var_beta, adj_38, adj_sigma, adj_rho, adj_beta, adj_39);
    wp::adj_add(var_s, var_37, adj_s, adj_37, adj_38);
    wp::adj_mul(var_36, var_h, adj_36, adj_h, adj_37);
    wp::adj_add(var_30, var_35, adj_30, adj_35, adj_36);
    wp::adj_mul(var_19, var_34, adj_19, adj_34, adj_35);
    wp::adj_float64(var_33, adj_33, adj_34);
    wp::adj_div(var_31, var_32, var_33, adj_31, adj_32, adj_33);
    wp::adj_sub(var_24, var_29, adj_24, adj_29, adj_30);
    wp::adj_mul(var_5, var_28, adj_5, adj_28, adj_29);
    wp::adj_float64(var_27, adj_27, adj_28);
    wp::adj_div(var_25, var_26, var_27, adj_25, adj_26, adj_27);
    wp::adj_mul(var_0, var_23, adj_0, adj_23, adj_24);
    wp::adj_float64(var_22, adj_22, adj_23);
    wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
    // adj: k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)  <L 14>
    adj_lorenz_0(var_18, var_sigma, var_rho, var_beta, adj_18, adj_sigma, adj_rho, adj_beta, adj_19);
    wp::adj_add(var_s, var_17, adj_s, adj_17, adj_18);
    wp::adj_mul(var_16, var_h, adj_16, adj_h, adj_17);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_mul(var_5, var_14, adj_5, adj_14, adj_15);
    wp::adj_float64(var_13, adj_13, adj_14);
    wp::adj_div(var_11, var_12, var_13, adj_11, adj_12, adj_13);
    wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
    wp::adj_float64(var_8, adj_8, adj_9);
    wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
    // adj: k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)  <L 13>
    adj_lorenz_0(var_4, var_sigma, var_rho, var_beta, adj_4, adj_sigma, adj_rho, adj_beta, adj_5);
    wp::adj_add(var_s, var_3, adj_s, adj_3, adj_4);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_mul(var_h, var_1, adj_h, adj_1, adj_2);
    // adj: k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                    <L 12>
    adj_lorenz_0(var_s, var_sigma, var_rho, var_beta, adj_s, adj_sigma, adj_rho, adj_beta, adj_0);
    // adj: k1 = lorenz(s, sigma, rho, beta)                                                  <L 11>
    // adj: def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):  <L 10>
    return;
}

struct wp_args_integrate_ensemble_c1b5ae8d {
    wp::array_t<wp::vec_t<3, wp::float64>> states;
    wp::float64 t_end;
    wp::float64 tol;
    wp::float64 sigma;
    wp::float64 rho;
    wp::float64 beta;
    wp::array_t<wp::int32> steps_taken;
    wp::array_t<wp::int32> rejected;
};


void integrate_ensemble_c1b5ae8d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_states = _wp_args->states;
    wp::float64 var_t_end = _wp_args->t_end;
    wp::float64 var_tol = _wp_args->tol;
    wp::float64 var_sigma = _wp_args->sigma;
    wp::float64 var_rho = _wp_args->rho;
    wp::float64 var_beta = _wp_args->beta;
    wp::array_t<wp::int32> var_steps_taken = _wp_args->steps_taken;
    wp::array_t<wp::int32> var_rejected = _wp_args->rejected;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    bool var_11;
    const wp::int32 var_12 = 100000;
    bool var_13;
    wp::float64 var_14;
    bool var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::float64 var_19;
    bool var_20;
    bool var_21;
    wp::float64 var_22;
    bool var_23;
    wp::vec_t<3, wp::float64> var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::float64 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    //---------
    // forward
    // def integrate_ensemble(states: wp.array(dtype=wp.vec3d), t_end: wp.float64, tol: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64, steps_taken: wp.array(dtype=int), rejected: wp.array(dtype=int)):       <L 23>
    // i = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // s = states[i]                                                                          <L 25>
    var_1 = wp::address(var_states, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = wp.float64(0.0)                                                                    <L 26>
    var_4 = 0.0;
    // h = wp.float64(0.01)                                                                   <L 27>
    var_5 = 0.01;
    // n = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // nrej = int(0)                                                                          <L 29>
    var_9 = wp::int(var_8);
    // while t < t_end and n < 100000:                                                        <L 30>
    start_while_0:;
    var_11 = (var_4 < var_t_end);
    var_10 = var_11;
    if (var_10) {
        var_13 = (var_7 < var_12);
        var_10 = var_10 && var_13;
    }
    if ((var_10) == false) goto end_while_0;
        // if t + h > t_end:                                                                  <L 31>
        var_14 = wp::add(var_4, var_5);
        var_15 = (var_14 > var_t_end);
        if (var_15) {
            // h = t_end - t                                                                  <L 32>
            var_16 = wp::sub(var_t_end, var_4);
        }
        var_17 = wp::where(var_15, var_16, var_5);
        // y, err = rk45_step(s, h, sigma, rho, beta)                                         <L 33>
        rk45_step_0(var_2, var_17, var_sigma, var_rho, var_beta, var_18, var_19);
        // if err <= tol or h < wp.float64(1.0e-10):                                          <L 34>
        var_21 = (var_19 <= var_tol);
        var_20 = var_21;
        if (!var_20) {
            var_22 = 1e-10;
            var_23 = (var_17 < var_22);
            var_20 = var_20 || var_23;
        }
        if (var_20) {
            // s = y                                                                          <L 35>
            var_24 = wp::copy(var_18);
            // t = t + h                                                                      <L 36>
            var_25 = wp::add(var_4, var_17);
            // n += 1                                                                         <L 37>
            var_27 = wp::add(var_7, var_26);
        }
        if (!var_20) {
            // nrej += 1                                                                      <L 39>
            var_29 = wp::add(var_9, var_28);
        }
        var_30 = wp::where(var_20, var_24, var_2);
        var_31 = wp::where(var_20, var_25, var_4);
        var_32 = wp::where(var_20, var_27, var_7);
        var_33 = wp::where(var_20, var_9, var_29);
        // scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))       <L 40>
        var_34 = 0.9;
        var_35 = 1e-300;
        var_36 = wp::max(var_19, var_35);
        var_37 = wp::div(var_tol, var_36);
        var_38 = 0.2;
        var_39 = wp::pow(var_37, var_38);
        var_40 = wp::mul(var_34, var_39);
        // h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                          <L 41>
        var_41 = 0.2;
        var_42 = 5.0;
        var_43 = wp::clamp(var_40, var_41, var_42);
        var_44 = wp::mul(var_17, var_43);
        wp::assign(var_2, var_30);
        wp::assign(var_4, var_31);
        wp::assign(var_5, var_44);
        wp::assign(var_7, var_32);
        wp::assign(var_9, var_33);
    goto start_while_0;
    end_while_0:;
    // states[i] = s                                                                          <L 42>
    wp::array_store(var_states, var_0, var_2);
    // steps_taken[i] = n                                                                     <L 43>
    wp::array_store(var_steps_taken, var_0, var_7);
    // rejected[i] = nrej                                                                     <L 44>
    wp::array_store(var_rejected, var_0, var_9);
}



void integrate_ensemble_c1b5ae8d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_args,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_states = _wp_args->states;
    wp::float64 var_t_end = _wp_args->t_end;
    wp::float64 var_tol = _wp_args->tol;
    wp::float64 var_sigma = _wp_args->sigma;
    wp::float64 var_rho = _wp_args->rho;
    wp::float64 var_beta = _wp_args->beta;
    wp::array_t<wp::int32> var_steps_taken = _wp_args->steps_taken;
    wp::array_t<wp::int32> var_rejected = _wp_args->rejected;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_states = _wp_adj_args->states;
    wp::float64 adj_t_end = _wp_adj_args->t_end;
    wp::float64 adj_tol = _wp_adj_args->tol;
    wp::float64 adj_sigma = _wp_adj_args->sigma;
    wp::float64 adj_rho = _wp_adj_args->rho;
    wp::float64 adj_beta = _wp_adj_args->beta;
    wp::array_t<wp::int32> adj_steps_taken = _wp_adj_args->steps_taken;
    wp::array_t<wp::int32> adj_rejected = _wp_adj_args->rejected;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    bool var_11;
    const wp::int32 var_12 = 100000;
    bool var_13;
    wp::float64 var_14;
    bool var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::float64 var_19;
    bool var_20;
    bool var_21;
    wp::float64 var_22;
    bool var_23;
    wp::vec_t<3, wp::float64> var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::float64 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::float64 adj_14 = {};
    bool adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::float64 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::float64 adj_22 = {};
    bool adj_23 = {};
    wp::vec_t<3, wp::float64> adj_24 = {};
    wp::float64 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::float64 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    //---------
    // forward
    // def integrate_ensemble(states: wp.array(dtype=wp.vec3d), t_end: wp.float64, tol: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64, steps_taken: wp.array(dtype=int), rejected: wp.array(dtype=int)):       <L 23>
    // i = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // s = states[i]                                                                          <L 25>
    var_1 = wp::address(var_states, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = wp.float64(0.0)                                                                    <L 26>
    var_4 = 0.0;
    // h = wp.float64(0.01)                                                                   <L 27>
    var_5 = 0.01;
    // n = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // nrej = int(0)                                                                          <L 29>
    var_9 = wp::int(var_8);
    // while t < t_end and n < 100000:                                                        <L 30>
    // states[i] = s                                                                          <L 42>
    // wp::array_store(var_states, var_0, var_2);
    // steps_taken[i] = n                                                                     <L 43>
    // wp::array_store(var_steps_taken, var_0, var_7);
    // rejected[i] = nrej                                                                     <L 44>
    // wp::array_store(var_rejected, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_rejected, var_0, var_9, adj_rejected, adj_0, adj_9);
    // adj: rejected[i] = nrej                                                                <L 44>
    wp::adj_array_store(var_steps_taken, var_0, var_7, adj_steps_taken, adj_0, adj_7);
    // adj: steps_taken[i] = n                                                                <L 43>
    wp::adj_array_store(var_states, var_0, var_2, adj_states, adj_0, adj_2);
    // adj: states[i] = s                                                                     <L 42>
    start_while_0:;
    var_11 = (var_4 < var_t_end);
    var_10 = var_11;
    if (var_10) {
        var_13 = (var_7 < var_12);
        var_10 = var_10 && var_13;
    }
    if ((var_10) == false) goto end_while_0;
    adj_14 = {};
    adj_15 = {};
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
    adj_42 = {};
    adj_43 = {};
    adj_44 = {};
        // if t + h > t_end:                                                                  <L 31>
        var_14 = wp::add(var_4, var_5);
        var_15 = (var_14 > var_t_end);
        if (var_15) {
            // h = t_end - t                                                                  <L 32>
            var_16 = wp::sub(var_t_end, var_4);
        }
        var_17 = wp::where(var_15, var_16, var_5);
        // y, err = rk45_step(s, h, sigma, rho, beta)                                         <L 33>
        rk45_step_0(var_2, var_17, var_sigma, var_rho, var_beta, var_18, var_19);
        // if err <= tol or h < wp.float64(1.0e-10):                                          <L 34>
        var_21 = (var_19 <= var_tol);
        var_20 = var_21;
        if (!var_20) {
            var_22 = 1e-10;
            var_23 = (var_17 < var_22);
            var_20 = var_20 || var_23;
        }
        if (var_20) {
            // s = y                                                                          <L 35>
            var_24 = wp::copy(var_18);
            // t = t + h                                                                      <L 36>
            var_25 = wp::add(var_4, var_17);
            // n += 1                                                                         <L 37>
            var_27 = wp::add(var_7, var_26);
        }
        if (!var_20) {
            // nrej += 1                                                                      <L 39>
            var_29 = wp::add(var_9, var_28);
        }
        var_30 = wp::where(var_20, var_24, var_2);
        var_31 = wp::where(var_20, var_25, var_4);
        var_32 = wp::where(var_20, var_27, var_7);
        var_33 = wp::where(var_20, var_9, var_29);
        // scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))       <L 40>
        var_34 = 0.9;
        var_35 = 1e-300;
        var_36 = wp::max(var_19, var_35);
        var_37 = wp::div(var_tol, var_36);
        var_38 = 0.2;
        var_39 = wp::pow(var_37, var_38);
        var_40 = wp::mul(var_34, var_39);
        // h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                          <L 41>
        var_41 = 0.2;
        var_42 = 5.0;
        var_43 = wp::clamp(var_40, var_41, var_42);
        var_44 = wp::mul(var_17, var_43);
        wp::assign(var_2, var_30);
        wp::assign(var_4, var_31);
        wp::assign(var_5, var_44);
        wp::assign(var_7, var_32);
        wp::assign(var_9, var_33);
        wp::adj_assign(var_9, var_33, adj_9, adj_33);
        wp::adj_assign(var_7, var_32, adj_7, adj_32);
        wp::adj_assign(var_5, var_44, adj_5, adj_44);
        wp::adj_assign(var_4, var_31, adj_4, adj_31);
        wp::adj_assign(var_2, var_30, adj_2, adj_30);
        wp::adj_mul(var_17, var_43, adj_17, adj_43, adj_44);
        wp::adj_clamp(var_40, var_41, var_42, adj_40, adj_41, adj_42, adj_43);
        // adj: h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                     <L 41>
        wp::adj_mul(var_34, var_39, adj_34, adj_39, adj_40);
        wp::adj_pow(var_37, var_38, var_39, adj_37, adj_38, adj_39);
        wp::adj_div(var_tol, var_36, var_37, adj_tol, adj_36, adj_37);
        wp::adj_max(var_19, var_35, adj_19, adj_35, adj_36);
        // adj: scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))  <L 40>
        wp::adj_where(var_20, var_9, var_29, adj_20, adj_9, adj_29, adj_33);
        wp::adj_where(var_20, var_27, var_7, adj_20, adj_27, adj_7, adj_32);
        wp::adj_where(var_20, var_25, var_4, adj_20, adj_25, adj_4, adj_31);
        wp::adj_where(var_20, var_24, var_2, adj_20, adj_24, adj_2, adj_30);
        if (!var_20) {
            wp::adj_add(var_9, var_28, adj_9, adj_28, adj_29);
            // adj: nrej += 1                                                                 <L 39>
        }
        if (var_20) {
            wp::adj_add(var_7, var_26, adj_7, adj_26, adj_27);
            // adj: n += 1                                                                    <L 37>
            wp::adj_add(var_4, var_17, adj_4, adj_17, adj_25);
            // adj: t = t + h                                                                 <L 36>
            wp::adj_copy(var_18, adj_18, adj_24);
            // adj: s = y                                                                     <L 35>
        }
        if (!var_20) {
        }
        // adj: if err <= tol or h < wp.float64(1.0e-10):                                     <L 34>
        adj_rk45_step_0(var_2, var_17, var_sigma, var_rho, var_beta, var_18, var_19, adj_2, adj_17, adj_sigma, adj_rho, adj_beta, adj_18, adj_19);
        // adj: y, err = rk45_step(s, h, sigma, rho, beta)                                    <L 33>
        wp::adj_where(var_15, var_16, var_5, adj_15, adj_16, adj_5, adj_17);
        if (var_15) {
            wp::adj_sub(var_t_end, var_4, adj_t_end, adj_4, adj_16);
            // adj: h = t_end - t                                                             <L 32>
        }
        wp::adj_add(var_4, var_5, adj_4, adj_5, adj_14);
        // adj: if t + h > t_end:                                                             <L 31>
    goto start_while_0;
    end_while_0:;
    // adj: while t < t_end and n < 100000:                                                   <L 30>
    // adj: nrej = int(0)                                                                     <L 29>
    // adj: n = int(0)                                                                        <L 28>
    // adj: h = wp.float64(0.01)                                                              <L 27>
    // adj: t = wp.float64(0.0)                                                               <L 26>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_states, var_0, adj_states, adj_0, adj_1);
    // adj: s = states[i]                                                                     <L 25>
    // adj: i = wp.tid()                                                                      <L 24>
    // adj: def integrate_ensemble(states: wp.array(dtype=wp.vec3d), t_end: wp.float64, tol: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64, steps_taken: wp.array(dtype=int), rejected: wp.array(dtype=int)):  <L 23>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_ensemble_c1b5ae8d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_ensemble_c1b5ae8d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_ensemble_c1b5ae8d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_args,
    wp_args_integrate_ensemble_c1b5ae8d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_ensemble_c1b5ae8d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

