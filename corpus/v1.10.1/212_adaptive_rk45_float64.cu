
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


// corpus/212_adaptive_rk45_float64.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float64> lorenz_0(
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
static CUDA_CALLABLE void rk45_step_0(
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
    const wp::float32 var_1 = 0.25;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 32.0;
    wp::float32 var_9;
    wp::float64 var_10;
    wp::vec_t<3, wp::float64> var_11;
    const wp::float32 var_12 = 9.0;
    const wp::float32 var_13 = 32.0;
    wp::float32 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    const wp::float32 var_21 = 1932.0;
    const wp::float32 var_22 = 2197.0;
    wp::float32 var_23;
    wp::float64 var_24;
    wp::vec_t<3, wp::float64> var_25;
    const wp::float32 var_26 = 7200.0;
    const wp::float32 var_27 = 2197.0;
    wp::float32 var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    const wp::float32 var_32 = 7296.0;
    const wp::float32 var_33 = 2197.0;
    wp::float32 var_34;
    wp::float64 var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    wp::vec_t<3, wp::float64> var_38;
    wp::vec_t<3, wp::float64> var_39;
    wp::vec_t<3, wp::float64> var_40;
    const wp::float32 var_41 = 439.0;
    const wp::float32 var_42 = 216.0;
    wp::float32 var_43;
    wp::float64 var_44;
    wp::vec_t<3, wp::float64> var_45;
    const wp::float32 var_46 = 8.0;
    wp::float64 var_47;
    wp::vec_t<3, wp::float64> var_48;
    wp::vec_t<3, wp::float64> var_49;
    const wp::float32 var_50 = 3680.0;
    const wp::float32 var_51 = 513.0;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::vec_t<3, wp::float64> var_54;
    wp::vec_t<3, wp::float64> var_55;
    const wp::float32 var_56 = 845.0;
    const wp::float32 var_57 = 4104.0;
    wp::float32 var_58;
    wp::float64 var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    wp::vec_t<3, wp::float64> var_62;
    wp::vec_t<3, wp::float64> var_63;
    wp::vec_t<3, wp::float64> var_64;
    wp::vec_t<3, wp::float64> var_65;
    const wp::float32 var_66 = 8.0;
    const wp::float32 var_67 = 27.0;
    wp::float32 var_68;
    wp::float64 var_69;
    wp::vec_t<3, wp::float64> var_70;
    const wp::float32 var_71 = 2.0;
    wp::float64 var_72;
    wp::vec_t<3, wp::float64> var_73;
    wp::vec_t<3, wp::float64> var_74;
    const wp::float32 var_75 = 3544.0;
    const wp::float32 var_76 = 2565.0;
    wp::float32 var_77;
    wp::float64 var_78;
    wp::vec_t<3, wp::float64> var_79;
    wp::vec_t<3, wp::float64> var_80;
    const wp::float32 var_81 = 1859.0;
    const wp::float32 var_82 = 4104.0;
    wp::float32 var_83;
    wp::float64 var_84;
    wp::vec_t<3, wp::float64> var_85;
    wp::vec_t<3, wp::float64> var_86;
    const wp::float32 var_87 = 11.0;
    const wp::float32 var_88 = 40.0;
    wp::float32 var_89;
    wp::float64 var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::vec_t<3, wp::float64> var_92;
    wp::vec_t<3, wp::float64> var_93;
    wp::vec_t<3, wp::float64> var_94;
    wp::vec_t<3, wp::float64> var_95;
    const wp::float32 var_96 = 25.0;
    const wp::float32 var_97 = 216.0;
    wp::float32 var_98;
    wp::float64 var_99;
    wp::vec_t<3, wp::float64> var_100;
    const wp::float32 var_101 = 1408.0;
    const wp::float32 var_102 = 2565.0;
    wp::float32 var_103;
    wp::float64 var_104;
    wp::vec_t<3, wp::float64> var_105;
    wp::vec_t<3, wp::float64> var_106;
    const wp::float32 var_107 = 2197.0;
    const wp::float32 var_108 = 4104.0;
    wp::float32 var_109;
    wp::float64 var_110;
    wp::vec_t<3, wp::float64> var_111;
    wp::vec_t<3, wp::float64> var_112;
    const wp::float32 var_113 = 0.2;
    wp::float64 var_114;
    wp::vec_t<3, wp::float64> var_115;
    wp::vec_t<3, wp::float64> var_116;
    wp::vec_t<3, wp::float64> var_117;
    wp::vec_t<3, wp::float64> var_118;
    const wp::float32 var_119 = 16.0;
    const wp::float32 var_120 = 135.0;
    wp::float32 var_121;
    wp::float64 var_122;
    wp::vec_t<3, wp::float64> var_123;
    const wp::float32 var_124 = 6656.0;
    const wp::float32 var_125 = 12825.0;
    wp::float32 var_126;
    wp::float64 var_127;
    wp::vec_t<3, wp::float64> var_128;
    wp::vec_t<3, wp::float64> var_129;
    const wp::float32 var_130 = 28561.0;
    const wp::float32 var_131 = 56430.0;
    wp::float32 var_132;
    wp::float64 var_133;
    wp::vec_t<3, wp::float64> var_134;
    wp::vec_t<3, wp::float64> var_135;
    const wp::float32 var_136 = 9.0;
    const wp::float32 var_137 = 50.0;
    wp::float32 var_138;
    wp::float64 var_139;
    wp::vec_t<3, wp::float64> var_140;
    wp::vec_t<3, wp::float64> var_141;
    const wp::float32 var_142 = 2.0;
    const wp::float32 var_143 = 55.0;
    wp::float32 var_144;
    wp::float64 var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::vec_t<3, wp::float64> var_147;
    wp::vec_t<3, wp::float64> var_148;
    wp::vec_t<3, wp::float64> var_149;
    wp::vec_t<3, wp::float64> var_150;
    wp::float64 var_151;
    //---------
    // forward
    // def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):       <L 10>
    // k1 = lorenz(s, sigma, rho, beta)                                                       <L 11>
    var_0 = lorenz_0(var_s, var_sigma, var_rho, var_beta);
    // k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                         <L 12>
    var_2 = wp::float64(var_1);
    var_3 = wp::mul(var_h, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_s, var_4);
    var_6 = lorenz_0(var_5, var_sigma, var_rho, var_beta);
    // k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)       <L 13>
    var_9 = wp::div(var_7, var_8);
    var_10 = wp::float64(var_9);
    var_11 = wp::mul(var_0, var_10);
    var_14 = wp::div(var_12, var_13);
    var_15 = wp::float64(var_14);
    var_16 = wp::mul(var_6, var_15);
    var_17 = wp::add(var_11, var_16);
    var_18 = wp::mul(var_17, var_h);
    var_19 = wp::add(var_s, var_18);
    var_20 = lorenz_0(var_19, var_sigma, var_rho, var_beta);
    // k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)       <L 14>
    var_23 = wp::div(var_21, var_22);
    var_24 = wp::float64(var_23);
    var_25 = wp::mul(var_0, var_24);
    var_28 = wp::div(var_26, var_27);
    var_29 = wp::float64(var_28);
    var_30 = wp::mul(var_6, var_29);
    var_31 = wp::sub(var_25, var_30);
    var_34 = wp::div(var_32, var_33);
    var_35 = wp::float64(var_34);
    var_36 = wp::mul(var_20, var_35);
    var_37 = wp::add(var_31, var_36);
    var_38 = wp::mul(var_37, var_h);
    var_39 = wp::add(var_s, var_38);
    var_40 = lorenz_0(var_39, var_sigma, var_rho, var_beta);
    // k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)       <L 15>
    var_43 = wp::div(var_41, var_42);
    var_44 = wp::float64(var_43);
    var_45 = wp::mul(var_0, var_44);
    var_47 = wp::float64(var_46);
    var_48 = wp::mul(var_6, var_47);
    var_49 = wp::sub(var_45, var_48);
    var_52 = wp::div(var_50, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::mul(var_20, var_53);
    var_55 = wp::add(var_49, var_54);
    var_58 = wp::div(var_56, var_57);
    var_59 = wp::float64(var_58);
    var_60 = wp::mul(var_40, var_59);
    var_61 = wp::sub(var_55, var_60);
    var_62 = wp::mul(var_61, var_h);
    var_63 = wp::add(var_s, var_62);
    var_64 = lorenz_0(var_63, var_sigma, var_rho, var_beta);
    // k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)       <L 16>
    var_65 = wp::neg(var_0);
    var_68 = wp::div(var_66, var_67);
    var_69 = wp::float64(var_68);
    var_70 = wp::mul(var_65, var_69);
    var_72 = wp::float64(var_71);
    var_73 = wp::mul(var_6, var_72);
    var_74 = wp::add(var_70, var_73);
    var_77 = wp::div(var_75, var_76);
    var_78 = wp::float64(var_77);
    var_79 = wp::mul(var_20, var_78);
    var_80 = wp::sub(var_74, var_79);
    var_83 = wp::div(var_81, var_82);
    var_84 = wp::float64(var_83);
    var_85 = wp::mul(var_40, var_84);
    var_86 = wp::add(var_80, var_85);
    var_89 = wp::div(var_87, var_88);
    var_90 = wp::float64(var_89);
    var_91 = wp::mul(var_64, var_90);
    var_92 = wp::sub(var_86, var_91);
    var_93 = wp::mul(var_92, var_h);
    var_94 = wp::add(var_s, var_93);
    var_95 = lorenz_0(var_94, var_sigma, var_rho, var_beta);
    // y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h       <L 17>
    var_98 = wp::div(var_96, var_97);
    var_99 = wp::float64(var_98);
    var_100 = wp::mul(var_0, var_99);
    var_103 = wp::div(var_101, var_102);
    var_104 = wp::float64(var_103);
    var_105 = wp::mul(var_20, var_104);
    var_106 = wp::add(var_100, var_105);
    var_109 = wp::div(var_107, var_108);
    var_110 = wp::float64(var_109);
    var_111 = wp::mul(var_40, var_110);
    var_112 = wp::add(var_106, var_111);
    var_114 = wp::float64(var_113);
    var_115 = wp::mul(var_64, var_114);
    var_116 = wp::sub(var_112, var_115);
    var_117 = wp::mul(var_116, var_h);
    var_118 = wp::add(var_s, var_117);
    // y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h       <L 18>
    var_121 = wp::div(var_119, var_120);
    var_122 = wp::float64(var_121);
    var_123 = wp::mul(var_0, var_122);
    var_126 = wp::div(var_124, var_125);
    var_127 = wp::float64(var_126);
    var_128 = wp::mul(var_20, var_127);
    var_129 = wp::add(var_123, var_128);
    var_132 = wp::div(var_130, var_131);
    var_133 = wp::float64(var_132);
    var_134 = wp::mul(var_40, var_133);
    var_135 = wp::add(var_129, var_134);
    var_138 = wp::div(var_136, var_137);
    var_139 = wp::float64(var_138);
    var_140 = wp::mul(var_64, var_139);
    var_141 = wp::sub(var_135, var_140);
    var_144 = wp::div(var_142, var_143);
    var_145 = wp::float64(var_144);
    var_146 = wp::mul(var_95, var_145);
    var_147 = wp::add(var_141, var_146);
    var_148 = wp::mul(var_147, var_h);
    var_149 = wp::add(var_s, var_148);
    // return y5, wp.length(y5 - y4)                                                          <L 19>
    var_150 = wp::sub(var_149, var_118);
    var_151 = wp::length(var_150);
    ret_0 = var_149;
    ret_1 = var_151;
    return;
}


// corpus/212_adaptive_rk45_float64.py:4
static CUDA_CALLABLE void adj_lorenz_0(
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
static CUDA_CALLABLE void adj_rk45_step_0(
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
    const wp::float32 var_1 = 0.25;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 32.0;
    wp::float32 var_9;
    wp::float64 var_10;
    wp::vec_t<3, wp::float64> var_11;
    const wp::float32 var_12 = 9.0;
    const wp::float32 var_13 = 32.0;
    wp::float32 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    const wp::float32 var_21 = 1932.0;
    const wp::float32 var_22 = 2197.0;
    wp::float32 var_23;
    wp::float64 var_24;
    wp::vec_t<3, wp::float64> var_25;
    const wp::float32 var_26 = 7200.0;
    const wp::float32 var_27 = 2197.0;
    wp::float32 var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    const wp::float32 var_32 = 7296.0;
    const wp::float32 var_33 = 2197.0;
    wp::float32 var_34;
    wp::float64 var_35;
    wp::vec_t<3, wp::float64> var_36;
    wp::vec_t<3, wp::float64> var_37;
    wp::vec_t<3, wp::float64> var_38;
    wp::vec_t<3, wp::float64> var_39;
    wp::vec_t<3, wp::float64> var_40;
    const wp::float32 var_41 = 439.0;
    const wp::float32 var_42 = 216.0;
    wp::float32 var_43;
    wp::float64 var_44;
    wp::vec_t<3, wp::float64> var_45;
    const wp::float32 var_46 = 8.0;
    wp::float64 var_47;
    wp::vec_t<3, wp::float64> var_48;
    wp::vec_t<3, wp::float64> var_49;
    const wp::float32 var_50 = 3680.0;
    const wp::float32 var_51 = 513.0;
    wp::float32 var_52;
    wp::float64 var_53;
    wp::vec_t<3, wp::float64> var_54;
    wp::vec_t<3, wp::float64> var_55;
    const wp::float32 var_56 = 845.0;
    const wp::float32 var_57 = 4104.0;
    wp::float32 var_58;
    wp::float64 var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    wp::vec_t<3, wp::float64> var_62;
    wp::vec_t<3, wp::float64> var_63;
    wp::vec_t<3, wp::float64> var_64;
    wp::vec_t<3, wp::float64> var_65;
    const wp::float32 var_66 = 8.0;
    const wp::float32 var_67 = 27.0;
    wp::float32 var_68;
    wp::float64 var_69;
    wp::vec_t<3, wp::float64> var_70;
    const wp::float32 var_71 = 2.0;
    wp::float64 var_72;
    wp::vec_t<3, wp::float64> var_73;
    wp::vec_t<3, wp::float64> var_74;
    const wp::float32 var_75 = 3544.0;
    const wp::float32 var_76 = 2565.0;
    wp::float32 var_77;
    wp::float64 var_78;
    wp::vec_t<3, wp::float64> var_79;
    wp::vec_t<3, wp::float64> var_80;
    const wp::float32 var_81 = 1859.0;
    const wp::float32 var_82 = 4104.0;
    wp::float32 var_83;
    wp::float64 var_84;
    wp::vec_t<3, wp::float64> var_85;
    wp::vec_t<3, wp::float64> var_86;
    const wp::float32 var_87 = 11.0;
    const wp::float32 var_88 = 40.0;
    wp::float32 var_89;
    wp::float64 var_90;
    wp::vec_t<3, wp::float64> var_91;
    wp::vec_t<3, wp::float64> var_92;
    wp::vec_t<3, wp::float64> var_93;
    wp::vec_t<3, wp::float64> var_94;
    wp::vec_t<3, wp::float64> var_95;
    const wp::float32 var_96 = 25.0;
    const wp::float32 var_97 = 216.0;
    wp::float32 var_98;
    wp::float64 var_99;
    wp::vec_t<3, wp::float64> var_100;
    const wp::float32 var_101 = 1408.0;
    const wp::float32 var_102 = 2565.0;
    wp::float32 var_103;
    wp::float64 var_104;
    wp::vec_t<3, wp::float64> var_105;
    wp::vec_t<3, wp::float64> var_106;
    const wp::float32 var_107 = 2197.0;
    const wp::float32 var_108 = 4104.0;
    wp::float32 var_109;
    wp::float64 var_110;
    wp::vec_t<3, wp::float64> var_111;
    wp::vec_t<3, wp::float64> var_112;
    const wp::float32 var_113 = 0.2;
    wp::float64 var_114;
    wp::vec_t<3, wp::float64> var_115;
    wp::vec_t<3, wp::float64> var_116;
    wp::vec_t<3, wp::float64> var_117;
    wp::vec_t<3, wp::float64> var_118;
    const wp::float32 var_119 = 16.0;
    const wp::float32 var_120 = 135.0;
    wp::float32 var_121;
    wp::float64 var_122;
    wp::vec_t<3, wp::float64> var_123;
    const wp::float32 var_124 = 6656.0;
    const wp::float32 var_125 = 12825.0;
    wp::float32 var_126;
    wp::float64 var_127;
    wp::vec_t<3, wp::float64> var_128;
    wp::vec_t<3, wp::float64> var_129;
    const wp::float32 var_130 = 28561.0;
    const wp::float32 var_131 = 56430.0;
    wp::float32 var_132;
    wp::float64 var_133;
    wp::vec_t<3, wp::float64> var_134;
    wp::vec_t<3, wp::float64> var_135;
    const wp::float32 var_136 = 9.0;
    const wp::float32 var_137 = 50.0;
    wp::float32 var_138;
    wp::float64 var_139;
    wp::vec_t<3, wp::float64> var_140;
    wp::vec_t<3, wp::float64> var_141;
    const wp::float32 var_142 = 2.0;
    const wp::float32 var_143 = 55.0;
    wp::float32 var_144;
    wp::float64 var_145;
    wp::vec_t<3, wp::float64> var_146;
    wp::vec_t<3, wp::float64> var_147;
    wp::vec_t<3, wp::float64> var_148;
    wp::vec_t<3, wp::float64> var_149;
    wp::vec_t<3, wp::float64> var_150;
    wp::float64 var_151;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::vec_t<3, wp::float64> adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::vec_t<3, wp::float64> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::vec_t<3, wp::float64> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::vec_t<3, wp::float64> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::vec_t<3, wp::float64> adj_36 = {};
    wp::vec_t<3, wp::float64> adj_37 = {};
    wp::vec_t<3, wp::float64> adj_38 = {};
    wp::vec_t<3, wp::float64> adj_39 = {};
    wp::vec_t<3, wp::float64> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::vec_t<3, wp::float64> adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::vec_t<3, wp::float64> adj_48 = {};
    wp::vec_t<3, wp::float64> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::vec_t<3, wp::float64> adj_54 = {};
    wp::vec_t<3, wp::float64> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float64 adj_59 = {};
    wp::vec_t<3, wp::float64> adj_60 = {};
    wp::vec_t<3, wp::float64> adj_61 = {};
    wp::vec_t<3, wp::float64> adj_62 = {};
    wp::vec_t<3, wp::float64> adj_63 = {};
    wp::vec_t<3, wp::float64> adj_64 = {};
    wp::vec_t<3, wp::float64> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float64 adj_69 = {};
    wp::vec_t<3, wp::float64> adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float64 adj_72 = {};
    wp::vec_t<3, wp::float64> adj_73 = {};
    wp::vec_t<3, wp::float64> adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float64 adj_78 = {};
    wp::vec_t<3, wp::float64> adj_79 = {};
    wp::vec_t<3, wp::float64> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float64 adj_84 = {};
    wp::vec_t<3, wp::float64> adj_85 = {};
    wp::vec_t<3, wp::float64> adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float64 adj_90 = {};
    wp::vec_t<3, wp::float64> adj_91 = {};
    wp::vec_t<3, wp::float64> adj_92 = {};
    wp::vec_t<3, wp::float64> adj_93 = {};
    wp::vec_t<3, wp::float64> adj_94 = {};
    wp::vec_t<3, wp::float64> adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float64 adj_99 = {};
    wp::vec_t<3, wp::float64> adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float64 adj_104 = {};
    wp::vec_t<3, wp::float64> adj_105 = {};
    wp::vec_t<3, wp::float64> adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float64 adj_110 = {};
    wp::vec_t<3, wp::float64> adj_111 = {};
    wp::vec_t<3, wp::float64> adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float64 adj_114 = {};
    wp::vec_t<3, wp::float64> adj_115 = {};
    wp::vec_t<3, wp::float64> adj_116 = {};
    wp::vec_t<3, wp::float64> adj_117 = {};
    wp::vec_t<3, wp::float64> adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float64 adj_122 = {};
    wp::vec_t<3, wp::float64> adj_123 = {};
    wp::float32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float64 adj_127 = {};
    wp::vec_t<3, wp::float64> adj_128 = {};
    wp::vec_t<3, wp::float64> adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float64 adj_133 = {};
    wp::vec_t<3, wp::float64> adj_134 = {};
    wp::vec_t<3, wp::float64> adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float64 adj_139 = {};
    wp::vec_t<3, wp::float64> adj_140 = {};
    wp::vec_t<3, wp::float64> adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::float64 adj_145 = {};
    wp::vec_t<3, wp::float64> adj_146 = {};
    wp::vec_t<3, wp::float64> adj_147 = {};
    wp::vec_t<3, wp::float64> adj_148 = {};
    wp::vec_t<3, wp::float64> adj_149 = {};
    wp::vec_t<3, wp::float64> adj_150 = {};
    wp::float64 adj_151 = {};
    //---------
    // forward
    // def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):       <L 10>
    // k1 = lorenz(s, sigma, rho, beta)                                                       <L 11>
    var_0 = lorenz_0(var_s, var_sigma, var_rho, var_beta);
    // k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                         <L 12>
    var_2 = wp::float64(var_1);
    var_3 = wp::mul(var_h, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_s, var_4);
    var_6 = lorenz_0(var_5, var_sigma, var_rho, var_beta);
    // k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)       <L 13>
    var_9 = wp::div(var_7, var_8);
    var_10 = wp::float64(var_9);
    var_11 = wp::mul(var_0, var_10);
    var_14 = wp::div(var_12, var_13);
    var_15 = wp::float64(var_14);
    var_16 = wp::mul(var_6, var_15);
    var_17 = wp::add(var_11, var_16);
    var_18 = wp::mul(var_17, var_h);
    var_19 = wp::add(var_s, var_18);
    var_20 = lorenz_0(var_19, var_sigma, var_rho, var_beta);
    // k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)       <L 14>
    var_23 = wp::div(var_21, var_22);
    var_24 = wp::float64(var_23);
    var_25 = wp::mul(var_0, var_24);
    var_28 = wp::div(var_26, var_27);
    var_29 = wp::float64(var_28);
    var_30 = wp::mul(var_6, var_29);
    var_31 = wp::sub(var_25, var_30);
    var_34 = wp::div(var_32, var_33);
    var_35 = wp::float64(var_34);
    var_36 = wp::mul(var_20, var_35);
    var_37 = wp::add(var_31, var_36);
    var_38 = wp::mul(var_37, var_h);
    var_39 = wp::add(var_s, var_38);
    var_40 = lorenz_0(var_39, var_sigma, var_rho, var_beta);
    // k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)       <L 15>
    var_43 = wp::div(var_41, var_42);
    var_44 = wp::float64(var_43);
    var_45 = wp::mul(var_0, var_44);
    var_47 = wp::float64(var_46);
    var_48 = wp::mul(var_6, var_47);
    var_49 = wp::sub(var_45, var_48);
    var_52 = wp::div(var_50, var_51);
    var_53 = wp::float64(var_52);
    var_54 = wp::mul(var_20, var_53);
    var_55 = wp::add(var_49, var_54);
    var_58 = wp::div(var_56, var_57);
    var_59 = wp::float64(var_58);
    var_60 = wp::mul(var_40, var_59);
    var_61 = wp::sub(var_55, var_60);
    var_62 = wp::mul(var_61, var_h);
    var_63 = wp::add(var_s, var_62);
    var_64 = lorenz_0(var_63, var_sigma, var_rho, var_beta);
    // k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)       <L 16>
    var_65 = wp::neg(var_0);
    var_68 = wp::div(var_66, var_67);
    var_69 = wp::float64(var_68);
    var_70 = wp::mul(var_65, var_69);
    var_72 = wp::float64(var_71);
    var_73 = wp::mul(var_6, var_72);
    var_74 = wp::add(var_70, var_73);
    var_77 = wp::div(var_75, var_76);
    var_78 = wp::float64(var_77);
    var_79 = wp::mul(var_20, var_78);
    var_80 = wp::sub(var_74, var_79);
    var_83 = wp::div(var_81, var_82);
    var_84 = wp::float64(var_83);
    var_85 = wp::mul(var_40, var_84);
    var_86 = wp::add(var_80, var_85);
    var_89 = wp::div(var_87, var_88);
    var_90 = wp::float64(var_89);
    var_91 = wp::mul(var_64, var_90);
    var_92 = wp::sub(var_86, var_91);
    var_93 = wp::mul(var_92, var_h);
    var_94 = wp::add(var_s, var_93);
    var_95 = lorenz_0(var_94, var_sigma, var_rho, var_beta);
    // y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h       <L 17>
    var_98 = wp::div(var_96, var_97);
    var_99 = wp::float64(var_98);
    var_100 = wp::mul(var_0, var_99);
    var_103 = wp::div(var_101, var_102);
    var_104 = wp::float64(var_103);
    var_105 = wp::mul(var_20, var_104);
    var_106 = wp::add(var_100, var_105);
    var_109 = wp::div(var_107, var_108);
    var_110 = wp::float64(var_109);
    var_111 = wp::mul(var_40, var_110);
    var_112 = wp::add(var_106, var_111);
    var_114 = wp::float64(var_113);
    var_115 = wp::mul(var_64, var_114);
    var_116 = wp::sub(var_112, var_115);
    var_117 = wp::mul(var_116, var_h);
    var_118 = wp::add(var_s, var_117);
    // y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h       <L 18>
    var_121 = wp::div(var_119, var_120);
    var_122 = wp::float64(var_121);
    var_123 = wp::mul(var_0, var_122);
    var_126 = wp::div(var_124, var_125);
    var_127 = wp::float64(var_126);
    var_128 = wp::mul(var_20, var_127);
    var_129 = wp::add(var_123, var_128);
    var_132 = wp::div(var_130, var_131);
    var_133 = wp::float64(var_132);
    var_134 = wp::mul(var_40, var_133);
    var_135 = wp::add(var_129, var_134);
    var_138 = wp::div(var_136, var_137);
    var_139 = wp::float64(var_138);
    var_140 = wp::mul(var_64, var_139);
    var_141 = wp::sub(var_135, var_140);
    var_144 = wp::div(var_142, var_143);
    var_145 = wp::float64(var_144);
    var_146 = wp::mul(var_95, var_145);
    var_147 = wp::add(var_141, var_146);
    var_148 = wp::mul(var_147, var_h);
    var_149 = wp::add(var_s, var_148);
    // return y5, wp.length(y5 - y4)                                                          <L 19>
    var_150 = wp::sub(var_149, var_118);
    var_151 = wp::length(var_150);
    ret_0 = var_149;
    ret_1 = var_151;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_151 += adj_ret_1;
    adj_149 += adj_ret_0;
    wp::adj_length(var_150, var_151, adj_150, adj_151);
    wp::adj_sub(var_149, var_118, adj_149, adj_118, adj_150);
    // adj: return y5, wp.length(y5 - y4)                                                     <L 19>
    wp::adj_add(var_s, var_148, adj_s, adj_148, adj_149);
    wp::adj_mul(var_147, var_h, adj_147, adj_h, adj_148);
    wp::adj_add(var_141, var_146, adj_141, adj_146, adj_147);
    wp::adj_mul(var_95, var_145, adj_95, adj_145, adj_146);
    wp::adj_float64(var_144, adj_144, adj_145);
    wp::adj_div(var_142, var_143, var_144, adj_142, adj_143, adj_144);
    wp::adj_sub(var_135, var_140, adj_135, adj_140, adj_141);
    wp::adj_mul(var_64, var_139, adj_64, adj_139, adj_140);
    wp::adj_float64(var_138, adj_138, adj_139);
    wp::adj_div(var_136, var_137, var_138, adj_136, adj_137, adj_138);
    wp::adj_add(var_129, var_134, adj_129, adj_134, adj_135);
    wp::adj_mul(var_40, var_133, adj_40, adj_133, adj_134);
    wp::adj_float64(var_132, adj_132, adj_133);
    wp::adj_div(var_130, var_131, var_132, adj_130, adj_131, adj_132);
    wp::adj_add(var_123, var_128, adj_123, adj_128, adj_129);
    wp::adj_mul(var_20, var_127, adj_20, adj_127, adj_128);
    wp::adj_float64(var_126, adj_126, adj_127);
    wp::adj_div(var_124, var_125, var_126, adj_124, adj_125, adj_126);
    wp::adj_mul(var_0, var_122, adj_0, adj_122, adj_123);
    wp::adj_float64(var_121, adj_121, adj_122);
    wp::adj_div(var_119, var_120, var_121, adj_119, adj_120, adj_121);
    // adj: y5 = s + (k1 * wp.float64(16.0 / 135.0) + k3 * wp.float64(6656.0 / 12825.0) + k4 * wp.float64(28561.0 / 56430.0) - k5 * wp.float64(9.0 / 50.0) + k6 * wp.float64(2.0 / 55.0)) * h  <L 18>
    wp::adj_add(var_s, var_117, adj_s, adj_117, adj_118);
    wp::adj_mul(var_116, var_h, adj_116, adj_h, adj_117);
    wp::adj_sub(var_112, var_115, adj_112, adj_115, adj_116);
    wp::adj_mul(var_64, var_114, adj_64, adj_114, adj_115);
    wp::adj_float64(var_113, adj_113, adj_114);
    wp::adj_add(var_106, var_111, adj_106, adj_111, adj_112);
    wp::adj_mul(var_40, var_110, adj_40, adj_110, adj_111);
    wp::adj_float64(var_109, adj_109, adj_110);
    wp::adj_div(var_107, var_108, var_109, adj_107, adj_108, adj_109);
    wp::adj_add(var_100, var_105, adj_100, adj_105, adj_106);
    wp::adj_mul(var_20, var_104, adj_20, adj_104, adj_105);
    wp::adj_float64(var_103, adj_103, adj_104);
    wp::adj_div(var_101, var_102, var_103, adj_101, adj_102, adj_103);
    wp::adj_mul(var_0, var_99, adj_0, adj_99, adj_100);
    wp::adj_float64(var_98, adj_98, adj_99);
    wp::adj_div(var_96, var_97, var_98, adj_96, adj_97, adj_98);
    // adj: y4 = s + (k1 * wp.float64(25.0 / 216.0) + k3 * wp.float64(1408.0 / 2565.0) + k4 * wp.float64(2197.0 / 4104.0) - k5 * wp.float64(0.2)) * h  <L 17>
    adj_lorenz_0(var_94, var_sigma, var_rho, var_beta, adj_94, adj_sigma, adj_rho, adj_beta, adj_95);
    wp::adj_add(var_s, var_93, adj_s, adj_93, adj_94);
    wp::adj_mul(var_92, var_h, adj_92, adj_h, adj_93);
    wp::adj_sub(var_86, var_91, adj_86, adj_91, adj_92);
    wp::adj_mul(var_64, var_90, adj_64, adj_90, adj_91);
    wp::adj_float64(var_89, adj_89, adj_90);
    wp::adj_div(var_87, var_88, var_89, adj_87, adj_88, adj_89);
    wp::adj_add(var_80, var_85, adj_80, adj_85, adj_86);
    wp::adj_mul(var_40, var_84, adj_40, adj_84, adj_85);
    wp::adj_float64(var_83, adj_83, adj_84);
    wp::adj_div(var_81, var_82, var_83, adj_81, adj_82, adj_83);
    wp::adj_sub(var_74, var_79, adj_74, adj_79, adj_80);
    wp::adj_mul(var_20, var_78, adj_20, adj_78, adj_79);
    wp::adj_float64(var_77, adj_77, adj_78);
    wp::adj_div(var_75, var_76, var_77, adj_75, adj_76, adj_77);
    wp::adj_add(var_70, var_73, adj_70, adj_73, adj_74);
    wp::adj_mul(var_6, var_72, adj_6, adj_72, adj_73);
    wp::adj_float64(var_71, adj_71, adj_72);
    wp::adj_mul(var_65, var_69, adj_65, adj_69, adj_70);
    wp::adj_float64(var_68, adj_68, adj_69);
    wp::adj_div(var_66, var_67, var_68, adj_66, adj_67, adj_68);
    wp::adj_neg(var_0, adj_0, adj_65);
    // adj: k6 = lorenz(s + (-k1 * wp.float64(8.0 / 27.0) + k2 * wp.float64(2.0) - k3 * wp.float64(3544.0 / 2565.0) + k4 * wp.float64(1859.0 / 4104.0) - k5 * wp.float64(11.0 / 40.0)) * h, sigma, rho, beta)  <L 16>
    adj_lorenz_0(var_63, var_sigma, var_rho, var_beta, adj_63, adj_sigma, adj_rho, adj_beta, adj_64);
    wp::adj_add(var_s, var_62, adj_s, adj_62, adj_63);
    wp::adj_mul(var_61, var_h, adj_61, adj_h, adj_62);
    wp::adj_sub(var_55, var_60, adj_55, adj_60, adj_61);
    wp::adj_mul(var_40, var_59, adj_40, adj_59, adj_60);
    wp::adj_float64(var_58, adj_58, adj_59);
    wp::adj_div(var_56, var_57, var_58, adj_56, adj_57, adj_58);
    wp::adj_add(var_49, var_54, adj_49, adj_54, adj_55);
    wp::adj_mul(var_20, var_53, adj_20, adj_53, adj_54);
    wp::adj_float64(var_52, adj_52, adj_53);
    wp::adj_div(var_50, var_51, var_52, adj_50, adj_51, adj_52);
    wp::adj_sub(var_45, var_48, adj_45, adj_48, adj_49);
    wp::adj_mul(var_6, var_47, adj_6, adj_47, adj_48);
    wp::adj_float64(var_46, adj_46, adj_47);
    wp::adj_mul(var_0, var_44, adj_0, adj_44, adj_45);
    wp::adj_float64(var_43, adj_43, adj_44);
    wp::adj_div(var_41, var_42, var_43, adj_41, adj_42, adj_43);
    // adj: k5 = lorenz(s + (k1 * wp.float64(439.0 / 216.0) - k2 * wp.float64(8.0) + k3 * wp.float64(3680.0 / 513.0) - k4 * wp.float64(845.0 / 4104.0)) * h, sigma, rho, beta)  <L 15>
    adj_lorenz_0(var_39, var_sigma, var_rho, var_beta, adj_39, adj_sigma, adj_rho, adj_beta, adj_40);
    wp::adj_add(var_s, var_38, adj_s, adj_38, adj_39);
    wp::adj_mul(var_37, var_h, adj_37, adj_h, adj_38);
    wp::adj_add(var_31, var_36, adj_31, adj_36, adj_37);
    wp::adj_mul(var_20, var_35, adj_20, adj_35, adj_36);
    wp::adj_float64(var_34, adj_34, adj_35);
    wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
    wp::adj_sub(var_25, var_30, adj_25, adj_30, adj_31);
    wp::adj_mul(var_6, var_29, adj_6, adj_29, adj_30);
    wp::adj_float64(var_28, adj_28, adj_29);
    wp::adj_div(var_26, var_27, var_28, adj_26, adj_27, adj_28);
    wp::adj_mul(var_0, var_24, adj_0, adj_24, adj_25);
    wp::adj_float64(var_23, adj_23, adj_24);
    wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
    // adj: k4 = lorenz(s + (k1 * wp.float64(1932.0 / 2197.0) - k2 * wp.float64(7200.0 / 2197.0) + k3 * wp.float64(7296.0 / 2197.0)) * h, sigma, rho, beta)  <L 14>
    adj_lorenz_0(var_19, var_sigma, var_rho, var_beta, adj_19, adj_sigma, adj_rho, adj_beta, adj_20);
    wp::adj_add(var_s, var_18, adj_s, adj_18, adj_19);
    wp::adj_mul(var_17, var_h, adj_17, adj_h, adj_18);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_mul(var_6, var_15, adj_6, adj_15, adj_16);
    wp::adj_float64(var_14, adj_14, adj_15);
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
    wp::adj_float64(var_9, adj_9, adj_10);
    wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
    // adj: k3 = lorenz(s + (k1 * wp.float64(3.0 / 32.0) + k2 * wp.float64(9.0 / 32.0)) * h, sigma, rho, beta)  <L 13>
    adj_lorenz_0(var_5, var_sigma, var_rho, var_beta, adj_5, adj_sigma, adj_rho, adj_beta, adj_6);
    wp::adj_add(var_s, var_4, adj_s, adj_4, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_h, var_2, adj_h, adj_2, adj_3);
    wp::adj_float64(var_1, adj_1, adj_2);
    // adj: k2 = lorenz(s + k1 * (h * wp.float64(0.25)), sigma, rho, beta)                    <L 12>
    adj_lorenz_0(var_s, var_sigma, var_rho, var_beta, adj_s, adj_sigma, adj_rho, adj_beta, adj_0);
    // adj: k1 = lorenz(s, sigma, rho, beta)                                                  <L 11>
    // adj: def rk45_step(s: wp.vec3d, h: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64):  <L 10>
    return;
}



extern "C" __global__ void integrate_ensemble_c1b5ae8d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_states,
    wp::float64 var_t_end,
    wp::float64 var_tol,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta,
    wp::array_t<wp::int32> var_steps_taken,
    wp::array_t<wp::int32> var_rejected)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float64 var_5;
        const wp::float32 var_6 = 0.01;
        wp::float64 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 100000;
        bool var_14;
        bool var_15;
        wp::float64 var_16;
        bool var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::vec_t<3, wp::float64> var_20;
        wp::float64 var_21;
        bool var_22;
        const wp::float32 var_23 = 1e-10;
        wp::float64 var_24;
        bool var_25;
        bool var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::float64 var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::vec_t<3, wp::float64> var_32;
        wp::float64 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        const wp::float32 var_39 = 0.9;
        wp::float64 var_40;
        const wp::float32 var_41 = 1e-300;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        const wp::float32 var_45 = 0.2;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        const wp::float32 var_49 = 0.2;
        wp::float64 var_50;
        const wp::float32 var_51 = 5.0;
        wp::float64 var_52;
        wp::float64 var_53;
        wp::float64 var_54;
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
        var_5 = wp::float64(var_4);
        // h = wp.float64(0.01)                                                                   <L 27>
        var_7 = wp::float64(var_6);
        // n = int(0)                                                                             <L 28>
        var_9 = wp::int(var_8);
        // nrej = int(0)                                                                          <L 29>
        var_11 = wp::int(var_10);
        // while t < t_end and n < 100000:                                                        <L 30>
        start_while_0:;
        var_12 = (var_5 < var_t_end);
        var_14 = (var_9 < var_13);
        var_15 = var_12 && var_14;
        if ((var_15) == false) goto end_while_0;
            // if t + h > t_end:                                                                  <L 31>
            var_16 = wp::add(var_5, var_7);
            var_17 = (var_16 > var_t_end);
            if (var_17) {
                // h = t_end - t                                                                  <L 32>
                var_18 = wp::sub(var_t_end, var_5);
            }
            var_19 = wp::where(var_17, var_18, var_7);
            // y, err = rk45_step(s, h, sigma, rho, beta)                                         <L 33>
            rk45_step_0(var_2, var_19, var_sigma, var_rho, var_beta, var_20, var_21);
            // if err <= tol or h < wp.float64(1.0e-10):                                          <L 34>
            var_22 = (var_21 <= var_tol);
            var_24 = wp::float64(var_23);
            var_25 = (var_19 < var_24);
            var_26 = var_22 || var_25;
            if (var_26) {
                // s = y                                                                          <L 35>
                var_27 = wp::copy(var_20);
                // t = t + h                                                                      <L 36>
                var_28 = wp::add(var_5, var_19);
                // n += 1                                                                         <L 37>
                var_31 = wp::add(var_9, var_30);
            }
            var_32 = wp::where(var_26, var_27, var_2);
            var_33 = wp::where(var_26, var_28, var_5);
            var_34 = wp::where(var_26, var_31, var_9);
            if (!var_26) {
                // nrej += 1                                                                      <L 39>
                var_37 = wp::add(var_11, var_36);
            }
            var_38 = wp::where(var_26, var_11, var_37);
            // scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))       <L 40>
            var_40 = wp::float64(var_39);
            var_42 = wp::float64(var_41);
            var_43 = wp::max(var_21, var_42);
            var_44 = wp::div(var_tol, var_43);
            var_46 = wp::float64(var_45);
            var_47 = wp::pow(var_44, var_46);
            var_48 = wp::mul(var_40, var_47);
            // h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                          <L 41>
            var_50 = wp::float64(var_49);
            var_52 = wp::float64(var_51);
            var_53 = wp::clamp(var_48, var_50, var_52);
            var_54 = wp::mul(var_19, var_53);
            wp::assign(var_2, var_32);
            wp::assign(var_5, var_33);
            wp::assign(var_7, var_54);
            wp::assign(var_9, var_34);
            wp::assign(var_11, var_38);
        goto start_while_0;
        end_while_0:;
        // states[i] = s                                                                          <L 42>
        wp::array_store(var_states, var_0, var_2);
        // steps_taken[i] = n                                                                     <L 43>
        wp::array_store(var_steps_taken, var_0, var_9);
        // rejected[i] = nrej                                                                     <L 44>
        wp::array_store(var_rejected, var_0, var_11);
    }
}



extern "C" __global__ void integrate_ensemble_c1b5ae8d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_states,
    wp::float64 var_t_end,
    wp::float64 var_tol,
    wp::float64 var_sigma,
    wp::float64 var_rho,
    wp::float64 var_beta,
    wp::array_t<wp::int32> var_steps_taken,
    wp::array_t<wp::int32> var_rejected,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_states,
    wp::float64 adj_t_end,
    wp::float64 adj_tol,
    wp::float64 adj_sigma,
    wp::float64 adj_rho,
    wp::float64 adj_beta,
    wp::array_t<wp::int32> adj_steps_taken,
    wp::array_t<wp::int32> adj_rejected)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float64 var_5;
        const wp::float32 var_6 = 0.01;
        wp::float64 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 100000;
        bool var_14;
        bool var_15;
        wp::float64 var_16;
        bool var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::vec_t<3, wp::float64> var_20;
        wp::float64 var_21;
        bool var_22;
        const wp::float32 var_23 = 1e-10;
        wp::float64 var_24;
        bool var_25;
        bool var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::float64 var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::vec_t<3, wp::float64> var_32;
        wp::float64 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        const wp::float32 var_39 = 0.9;
        wp::float64 var_40;
        const wp::float32 var_41 = 1e-300;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        const wp::float32 var_45 = 0.2;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        const wp::float32 var_49 = 0.2;
        wp::float64 var_50;
        const wp::float32 var_51 = 5.0;
        wp::float64 var_52;
        wp::float64 var_53;
        wp::float64 var_54;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::vec_t<3, wp::float64> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        bool adj_15 = {};
        wp::float64 adj_16 = {};
        bool adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::vec_t<3, wp::float64> adj_20 = {};
        wp::float64 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float64 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::vec_t<3, wp::float64> adj_27 = {};
        wp::float64 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::vec_t<3, wp::float64> adj_32 = {};
        wp::float64 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::float64 adj_47 = {};
        wp::float64 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float64 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float64 adj_52 = {};
        wp::float64 adj_53 = {};
        wp::float64 adj_54 = {};
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
        var_5 = wp::float64(var_4);
        // h = wp.float64(0.01)                                                                   <L 27>
        var_7 = wp::float64(var_6);
        // n = int(0)                                                                             <L 28>
        var_9 = wp::int(var_8);
        // nrej = int(0)                                                                          <L 29>
        var_11 = wp::int(var_10);
        // while t < t_end and n < 100000:                                                        <L 30>
        // states[i] = s                                                                          <L 42>
        // wp::array_store(var_states, var_0, var_2);
        // steps_taken[i] = n                                                                     <L 43>
        // wp::array_store(var_steps_taken, var_0, var_9);
        // rejected[i] = nrej                                                                     <L 44>
        // wp::array_store(var_rejected, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_rejected, var_0, var_11, adj_rejected, adj_0, adj_11);
        // adj: rejected[i] = nrej                                                                <L 44>
        wp::adj_array_store(var_steps_taken, var_0, var_9, adj_steps_taken, adj_0, adj_9);
        // adj: steps_taken[i] = n                                                                <L 43>
        wp::adj_array_store(var_states, var_0, var_2, adj_states, adj_0, adj_2);
        // adj: states[i] = s                                                                     <L 42>
        start_while_0:;
        var_12 = (var_5 < var_t_end);
        var_14 = (var_9 < var_13);
        var_15 = var_12 && var_14;
        if ((var_15) == false) goto end_while_0;
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
            // if t + h > t_end:                                                                  <L 31>
            var_16 = wp::add(var_5, var_7);
            var_17 = (var_16 > var_t_end);
            if (var_17) {
                // h = t_end - t                                                                  <L 32>
                var_18 = wp::sub(var_t_end, var_5);
            }
            var_19 = wp::where(var_17, var_18, var_7);
            // y, err = rk45_step(s, h, sigma, rho, beta)                                         <L 33>
            rk45_step_0(var_2, var_19, var_sigma, var_rho, var_beta, var_20, var_21);
            // if err <= tol or h < wp.float64(1.0e-10):                                          <L 34>
            var_22 = (var_21 <= var_tol);
            var_24 = wp::float64(var_23);
            var_25 = (var_19 < var_24);
            var_26 = var_22 || var_25;
            if (var_26) {
                // s = y                                                                          <L 35>
                var_27 = wp::copy(var_20);
                // t = t + h                                                                      <L 36>
                var_28 = wp::add(var_5, var_19);
                // n += 1                                                                         <L 37>
                var_31 = wp::add(var_9, var_30);
            }
            var_32 = wp::where(var_26, var_27, var_2);
            var_33 = wp::where(var_26, var_28, var_5);
            var_34 = wp::where(var_26, var_31, var_9);
            if (!var_26) {
                // nrej += 1                                                                      <L 39>
                var_37 = wp::add(var_11, var_36);
            }
            var_38 = wp::where(var_26, var_11, var_37);
            // scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))       <L 40>
            var_40 = wp::float64(var_39);
            var_42 = wp::float64(var_41);
            var_43 = wp::max(var_21, var_42);
            var_44 = wp::div(var_tol, var_43);
            var_46 = wp::float64(var_45);
            var_47 = wp::pow(var_44, var_46);
            var_48 = wp::mul(var_40, var_47);
            // h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                          <L 41>
            var_50 = wp::float64(var_49);
            var_52 = wp::float64(var_51);
            var_53 = wp::clamp(var_48, var_50, var_52);
            var_54 = wp::mul(var_19, var_53);
            wp::assign(var_2, var_32);
            wp::assign(var_5, var_33);
            wp::assign(var_7, var_54);
            wp::assign(var_9, var_34);
            wp::assign(var_11, var_38);
            wp::adj_assign(var_11, var_38, adj_11, adj_38);
            wp::adj_assign(var_9, var_34, adj_9, adj_34);
            wp::adj_assign(var_7, var_54, adj_7, adj_54);
            wp::adj_assign(var_5, var_33, adj_5, adj_33);
            wp::adj_assign(var_2, var_32, adj_2, adj_32);
            wp::adj_mul(var_19, var_53, adj_19, adj_53, adj_54);
            wp::adj_clamp(var_48, var_50, var_52, adj_48, adj_50, adj_52, adj_53);
            wp::adj_float64(var_51, adj_51, adj_52);
            wp::adj_float64(var_49, adj_49, adj_50);
            // adj: h = h * wp.clamp(scale, wp.float64(0.2), wp.float64(5.0))                     <L 41>
            wp::adj_mul(var_40, var_47, adj_40, adj_47, adj_48);
            wp::adj_pow(var_44, var_46, var_47, adj_44, adj_46, adj_47);
            wp::adj_float64(var_45, adj_45, adj_46);
            wp::adj_div(var_tol, var_43, var_44, adj_tol, adj_43, adj_44);
            wp::adj_max(var_21, var_42, adj_21, adj_42, adj_43);
            wp::adj_float64(var_41, adj_41, adj_42);
            wp::adj_float64(var_39, adj_39, adj_40);
            // adj: scale = wp.float64(0.9) * wp.pow(tol / wp.max(err, wp.float64(1.0e-300)), wp.float64(0.2))  <L 40>
            wp::adj_where(var_26, var_11, var_37, adj_26, adj_11, adj_37, adj_38);
            if (!var_26) {
                wp::adj_add(var_11, var_36, adj_11, adj_36, adj_37);
                // adj: nrej += 1                                                                 <L 39>
            }
            wp::adj_where(var_26, var_31, var_9, adj_26, adj_31, adj_9, adj_34);
            wp::adj_where(var_26, var_28, var_5, adj_26, adj_28, adj_5, adj_33);
            wp::adj_where(var_26, var_27, var_2, adj_26, adj_27, adj_2, adj_32);
            if (var_26) {
                wp::adj_add(var_9, var_30, adj_9, adj_30, adj_31);
                // adj: n += 1                                                                    <L 37>
                wp::adj_add(var_5, var_19, adj_5, adj_19, adj_28);
                // adj: t = t + h                                                                 <L 36>
                wp::adj_copy(var_20, adj_20, adj_27);
                // adj: s = y                                                                     <L 35>
            }
            wp::adj_float64(var_23, adj_23, adj_24);
            // adj: if err <= tol or h < wp.float64(1.0e-10):                                     <L 34>
            adj_rk45_step_0(var_2, var_19, var_sigma, var_rho, var_beta, var_20, var_21, adj_2, adj_19, adj_sigma, adj_rho, adj_beta, adj_20, adj_21);
            // adj: y, err = rk45_step(s, h, sigma, rho, beta)                                    <L 33>
            wp::adj_where(var_17, var_18, var_7, adj_17, adj_18, adj_7, adj_19);
            if (var_17) {
                wp::adj_sub(var_t_end, var_5, adj_t_end, adj_5, adj_18);
                // adj: h = t_end - t                                                             <L 32>
            }
            wp::adj_add(var_5, var_7, adj_5, adj_7, adj_16);
            // adj: if t + h > t_end:                                                             <L 31>
        goto start_while_0;
        end_while_0:;
        // adj: while t < t_end and n < 100000:                                                   <L 30>
        wp::adj_int(var_10, adj_10, adj_11);
        // adj: nrej = int(0)                                                                     <L 29>
        wp::adj_int(var_8, adj_8, adj_9);
        // adj: n = int(0)                                                                        <L 28>
        wp::adj_float64(var_6, adj_6, adj_7);
        // adj: h = wp.float64(0.01)                                                              <L 27>
        wp::adj_float64(var_4, adj_4, adj_5);
        // adj: t = wp.float64(0.0)                                                               <L 26>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_states, var_0, adj_states, adj_0, adj_1);
        // adj: s = states[i]                                                                     <L 25>
        // adj: i = wp.tid()                                                                      <L 24>
        // adj: def integrate_ensemble(states: wp.array(dtype=wp.vec3d), t_end: wp.float64, tol: wp.float64, sigma: wp.float64, rho: wp.float64, beta: wp.float64, steps_taken: wp.array(dtype=int), rejected: wp.array(dtype=int)):  <L 23>
        continue;
    }
}

