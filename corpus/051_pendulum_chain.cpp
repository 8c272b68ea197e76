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


// corpus/051_pendulum_chain.py:6
static wp::float32 pendulum_accel_0(
    wp::float32 var_theta,
    wp::float32 var_omega,
    wp::float32 var_length,
    wp::float32 var_damping,
    wp::float32 var_torque)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 9.81;
    const wp::float32 var_1 = -9.81;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def pendulum_accel(theta: float, omega: float, length: float, damping: float, torque: float) -> float:       <L 7>
    // return -GRAV / length * wp.sin(theta) - damping * omega + torque                       <L 8>
    var_2 = wp::div(var_1, var_length);
    var_3 = wp::sin(var_theta);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_damping, var_omega);
    var_6 = wp::sub(var_4, var_5);
    var_7 = wp::add(var_6, var_torque);
    return var_7;
}


// corpus/051_pendulum_chain.py:11
static wp::vec_t<4, wp::float32> double_pendulum_rhs_0(
    wp::vec_t<4, wp::float32> var_s,
    wp::float32 var_m1,
    wp::float32 var_m2,
    wp::float32 var_l1,
    wp::float32 var_l2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 9.81;
    const wp::float32 var_18 = -9.81;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 2.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::float32 var_47 = 2.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::vec_t<4, wp::float32> var_68;
    //---------
    // forward
    // def double_pendulum_rhs(s: wp.vec4, m1: float, m2: float, l1: float, l2: float) -> wp.vec4:       <L 12>
    // t1 = s[0]                                                                              <L 13>
    var_1 = wp::extract(var_s, var_0);
    // t2 = s[1]                                                                              <L 14>
    var_3 = wp::extract(var_s, var_2);
    // w1 = s[2]                                                                              <L 15>
    var_5 = wp::extract(var_s, var_4);
    // w2 = s[3]                                                                              <L 16>
    var_7 = wp::extract(var_s, var_6);
    // d = t1 - t2                                                                            <L 17>
    var_8 = wp::sub(var_1, var_3);
    // den = 2.0 * m1 + m2 - m2 * wp.cos(2.0 * d)                                             <L 18>
    var_10 = wp::mul(var_9, var_m1);
    var_11 = wp::add(var_10, var_m2);
    var_13 = wp::mul(var_12, var_8);
    var_14 = wp::cos(var_13);
    var_15 = wp::mul(var_m2, var_14);
    var_16 = wp::sub(var_11, var_15);
    // a1 = (-GRAV * (2.0 * m1 + m2) * wp.sin(t1) - m2 * GRAV * wp.sin(t1 - 2.0 * t2) - 2.0 * wp.sin(d) * m2 * (w2 * w2 * l2 + w1 * w1 * l1 * wp.cos(d))) / (l1 * den)       <L 19>
    var_20 = wp::mul(var_19, var_m1);
    var_21 = wp::add(var_20, var_m2);
    var_22 = wp::mul(var_18, var_21);
    var_23 = wp::sin(var_1);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::mul(var_m2, var_17);
    var_27 = wp::mul(var_26, var_3);
    var_28 = wp::sub(var_1, var_27);
    var_29 = wp::sin(var_28);
    var_30 = wp::mul(var_25, var_29);
    var_31 = wp::sub(var_24, var_30);
    var_33 = wp::sin(var_8);
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::mul(var_34, var_m2);
    var_36 = wp::mul(var_7, var_7);
    var_37 = wp::mul(var_36, var_l2);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::mul(var_38, var_l1);
    var_40 = wp::cos(var_8);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::add(var_37, var_41);
    var_43 = wp::mul(var_35, var_42);
    var_44 = wp::sub(var_31, var_43);
    var_45 = wp::mul(var_l1, var_16);
    var_46 = wp::div(var_44, var_45);
    // a2 = (2.0 * wp.sin(d) * (w1 * w1 * l1 * (m1 + m2) + GRAV * (m1 + m2) * wp.cos(t1) + w2 * w2 * l2 * m2 * wp.cos(d))) / (l2 * den)       <L 20>
    var_48 = wp::sin(var_8);
    var_49 = wp::mul(var_47, var_48);
    var_50 = wp::mul(var_5, var_5);
    var_51 = wp::mul(var_50, var_l1);
    var_52 = wp::add(var_m1, var_m2);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::add(var_m1, var_m2);
    var_55 = wp::mul(var_17, var_54);
    var_56 = wp::cos(var_1);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::add(var_53, var_57);
    var_59 = wp::mul(var_7, var_7);
    var_60 = wp::mul(var_59, var_l2);
    var_61 = wp::mul(var_60, var_m2);
    var_62 = wp::cos(var_8);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::add(var_58, var_63);
    var_65 = wp::mul(var_49, var_64);
    var_66 = wp::mul(var_l2, var_16);
    var_67 = wp::div(var_65, var_66);
    // return wp.vec4(w1, w2, a1, a2)                                                         <L 21>
    var_68 = wp::vec_t<4, wp::float32>(var_5, var_7, var_46, var_67);
    return var_68;
}


// corpus/051_pendulum_chain.py:6
static void adj_pendulum_accel_0(
    wp::float32 var_theta,
    wp::float32 var_omega,
    wp::float32 var_length,
    wp::float32 var_damping,
    wp::float32 var_torque,
    wp::float32 & adj_theta,
    wp::float32 & adj_omega,
    wp::float32 & adj_length,
    wp::float32 & adj_damping,
    wp::float32 & adj_torque,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 9.81;
    const wp::float32 var_1 = -9.81;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
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
    //---------
    // forward
    // def pendulum_accel(theta: float, omega: float, length: float, damping: float, torque: float) -> float:       <L 7>
    // return -GRAV / length * wp.sin(theta) - damping * omega + torque                       <L 8>
    var_2 = wp::div(var_1, var_length);
    var_3 = wp::sin(var_theta);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_damping, var_omega);
    var_6 = wp::sub(var_4, var_5);
    var_7 = wp::add(var_6, var_torque);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_add(var_6, var_torque, adj_6, adj_torque, adj_7);
    wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_damping, var_omega, adj_damping, adj_omega, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sin(var_theta, adj_theta, adj_3);
    wp::adj_div(var_1, var_length, var_2, adj_1, adj_length, adj_2);
    // adj: return -GRAV / length * wp.sin(theta) - damping * omega + torque                  <L 8>
    // adj: def pendulum_accel(theta: float, omega: float, length: float, damping: float, torque: float) -> float:  <L 7>
    return;
}


// corpus/051_pendulum_chain.py:11
static void adj_double_pendulum_rhs_0(
    wp::vec_t<4, wp::float32> var_s,
    wp::float32 var_m1,
    wp::float32 var_m2,
    wp::float32 var_l1,
    wp::float32 var_l2,
    wp::vec_t<4, wp::float32> & adj_s,
    wp::float32 & adj_m1,
    wp::float32 & adj_m2,
    wp::float32 & adj_l1,
    wp::float32 & adj_l2,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 9.81;
    const wp::float32 var_18 = -9.81;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 2.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::float32 var_47 = 2.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::vec_t<4, wp::float32> var_68;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
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
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<4, wp::float32> adj_68 = {};
    //---------
    // forward
    // def double_pendulum_rhs(s: wp.vec4, m1: float, m2: float, l1: float, l2: float) -> wp.vec4:       <L 12>
    // t1 = s[0]                                                                              <L 13>
    var_1 = wp::extract(var_s, var_0);
    // t2 = s[1]                                                                              <L 14>
    var_3 = wp::extract(var_s, var_2);
    // w1 = s[2]                                                                              <L 15>
    var_5 = wp::extract(var_s, var_4);
    // w2 = s[3]                                                                              <L 16>
    var_7 = wp::extract(var_s, var_6);
    // d = t1 - t2                                                                            <L 17>
    var_8 = wp::sub(var_1, var_3);
    // den = 2.0 * m1 + m2 - m2 * wp.cos(2.0 * d)                                             <L 18>
    var_10 = wp::mul(var_9, var_m1);
    var_11 = wp::add(var_10, var_m2);
    var_13 = wp::mul(var_12, var_8);
    var_14 = wp::cos(var_13);
    var_15 = wp::mul(var_m2, var_14);
    var_16 = wp::sub(var_11, var_15);
    // a1 = (-GRAV * (2.0 * m1 + m2) * wp.sin(t1) - m2 * GRAV * wp.sin(t1 - 2.0 * t2) - 2.0 * wp.sin(d) * m2 * (w2 * w2 * l2 + w1 * w1 * l1 * wp.cos(d))) / (l1 * den)       <L 19>
    var_20 = wp::mul(var_19, var_m1);
    var_21 = wp::add(var_20, var_m2);
    var_22 = wp::mul(var_18, var_21);
    var_23 = wp::sin(var_1);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::mul(var_m2, var_17);
    var_27 = wp::mul(var_26, var_3);
    var_28 = wp::sub(var_1, var_27);
    var_29 = wp::sin(var_28);
    var_30 = wp::mul(var_25, var_29);
    var_31 = wp::sub(var_24, var_30);
    var_33 = wp::sin(var_8);
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::mul(var_34, var_m2);
    var_36 = wp::mul(var_7, var_7);
    var_37 = wp::mul(var_36, var_l2);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::mul(var_38, var_l1);
    var_40 = wp::cos(var_8);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::add(var_37, var_41);
    var_43 = wp::mul(var_35, var_42);
    var_44 = wp::sub(var_31, var_43);
    var_45 = wp::mul(var_l1, var_16);
    var_46 = wp::div(var_44, var_45);
    // a2 = (2.0 * wp.sin(d) * (w1 * w1 * l1 * (m1 + m2) + GRAV * (m1 + m2) * wp.cos(t1) + w2 * w2 * l2 * m2 * wp.cos(d))) / (l2 * den)       <L 20>
    var_48 = wp::sin(var_8);
    var_49 = wp::mul(var_47, var_48);
    var_50 = wp::mul(var_5, var_5);
    var_51 = wp::mul(var_50, var_l1);
    var_52 = wp::add(var_m1, var_m2);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::add(var_m1, var_m2);
    var_55 = wp::mul(var_17, var_54);
    var_56 = wp::cos(var_1);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::add(var_53, var_57);
    var_59 = wp::mul(var_7, var_7);
    var_60 = wp::mul(var_59, var_l2);
    var_61 = wp::mul(var_60, var_m2);
    var_62 = wp::cos(var_8);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::add(var_58, var_63);
    var_65 = wp::mul(var_49, var_64);
    var_66 = wp::mul(var_l2, var_16);
    var_67 = wp::div(var_65, var_66);
    // return wp.vec4(w1, w2, a1, a2)                                                         <L 21>
    var_68 = wp::vec_t<4, wp::float32>(var_5, var_7, var_46, var_67);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_68 += adj_ret;
    wp::adj_vec_t(var_5, var_7, var_46, var_67, adj_5, adj_7, adj_46, adj_67, adj_68);
    // adj: return wp.vec4(w1, w2, a1, a2)                                                    <L 21>
    wp::adj_div(var_65, var_66, var_67, adj_65, adj_66, adj_67);
    wp::adj_mul(var_l2, var_16, adj_l2, adj_16, adj_66);
    wp::adj_mul(var_49, var_64, adj_49, adj_64, adj_65);
    wp::adj_add(var_58, var_63, adj_58, adj_63, adj_64);
    wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
    wp::adj_cos(var_8, adj_8, adj_62);
    wp::adj_mul(var_60, var_m2, adj_60, adj_m2, adj_61);
    wp::adj_mul(var_59, var_l2, adj_59, adj_l2, adj_60);
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_59);
    wp::adj_add(var_53, var_57, adj_53, adj_57, adj_58);
    wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
    wp::adj_cos(var_1, adj_1, adj_56);
    wp::adj_mul(var_17, var_54, adj_17, adj_54, adj_55);
    wp::adj_add(var_m1, var_m2, adj_m1, adj_m2, adj_54);
    wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_add(var_m1, var_m2, adj_m1, adj_m2, adj_52);
    wp::adj_mul(var_50, var_l1, adj_50, adj_l1, adj_51);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_50);
    wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
    wp::adj_sin(var_8, adj_8, adj_48);
    // adj: a2 = (2.0 * wp.sin(d) * (w1 * w1 * l1 * (m1 + m2) + GRAV * (m1 + m2) * wp.cos(t1) + w2 * w2 * l2 * m2 * wp.cos(d))) / (l2 * den)  <L 20>
    wp::adj_div(var_44, var_45, var_46, adj_44, adj_45, adj_46);
    wp::adj_mul(var_l1, var_16, adj_l1, adj_16, adj_45);
    wp::adj_sub(var_31, var_43, adj_31, adj_43, adj_44);
    wp::adj_mul(var_35, var_42, adj_35, adj_42, adj_43);
    wp::adj_add(var_37, var_41, adj_37, adj_41, adj_42);
    wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_cos(var_8, adj_8, adj_40);
    wp::adj_mul(var_38, var_l1, adj_38, adj_l1, adj_39);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_38);
    wp::adj_mul(var_36, var_l2, adj_36, adj_l2, adj_37);
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_36);
    wp::adj_mul(var_34, var_m2, adj_34, adj_m2, adj_35);
    wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
    wp::adj_sin(var_8, adj_8, adj_33);
    wp::adj_sub(var_24, var_30, adj_24, adj_30, adj_31);
    wp::adj_mul(var_25, var_29, adj_25, adj_29, adj_30);
    wp::adj_sin(var_28, adj_28, adj_29);
    wp::adj_sub(var_1, var_27, adj_1, adj_27, adj_28);
    wp::adj_mul(var_26, var_3, adj_26, adj_3, adj_27);
    wp::adj_mul(var_m2, var_17, adj_m2, adj_17, adj_25);
    wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_sin(var_1, adj_1, adj_23);
    wp::adj_mul(var_18, var_21, adj_18, adj_21, adj_22);
    wp::adj_add(var_20, var_m2, adj_20, adj_m2, adj_21);
    wp::adj_mul(var_19, var_m1, adj_19, adj_m1, adj_20);
    // adj: a1 = (-GRAV * (2.0 * m1 + m2) * wp.sin(t1) - m2 * GRAV * wp.sin(t1 - 2.0 * t2) - 2.0 * wp.sin(d) * m2 * (w2 * w2 * l2 + w1 * w1 * l1 * wp.cos(d))) / (l1 * den)  <L 19>
    wp::adj_sub(var_11, var_15, adj_11, adj_15, adj_16);
    wp::adj_mul(var_m2, var_14, adj_m2, adj_14, adj_15);
    wp::adj_cos(var_13, adj_13, adj_14);
    wp::adj_mul(var_12, var_8, adj_12, adj_8, adj_13);
    wp::adj_add(var_10, var_m2, adj_10, adj_m2, adj_11);
    wp::adj_mul(var_9, var_m1, adj_9, adj_m1, adj_10);
    // adj: den = 2.0 * m1 + m2 - m2 * wp.cos(2.0 * d)                                        <L 18>
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_8);
    // adj: d = t1 - t2                                                                       <L 17>
    wp::adj_extract(var_s, var_6, adj_s, adj_6, adj_7);
    // adj: w2 = s[3]                                                                         <L 16>
    wp::adj_extract(var_s, var_4, adj_s, adj_4, adj_5);
    // adj: w1 = s[2]                                                                         <L 15>
    wp::adj_extract(var_s, var_2, adj_s, adj_2, adj_3);
    // adj: t2 = s[1]                                                                         <L 14>
    wp::adj_extract(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: t1 = s[0]                                                                         <L 13>
    // adj: def double_pendulum_rhs(s: wp.vec4, m1: float, m2: float, l1: float, l2: float) -> wp.vec4:  <L 12>
    return;
}

struct wp_args_simple_pendulums_096e42fd {
    wp::array_t<wp::float32> theta;
    wp::array_t<wp::float32> omega;
    wp::array_t<wp::float32> lengths;
    wp::float32 damping;
    wp::array_t<wp::float32> torque;
    wp::float32 dt;
    wp::int32 substeps;
};


void simple_pendulums_096e42fd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simple_pendulums_096e42fd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::array_t<wp::float32> var_lengths = _wp_args->lengths;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::float32> var_torque = _wp_args->torque;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 3.141592653589793;
    bool var_22;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.141592653589793;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 3.141592653589793;
    const wp::float32 var_28 = -3.141592653589793;
    bool var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 3.141592653589793;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // forward
    // def simple_pendulums(theta: wp.array(dtype=float), omega: wp.array(dtype=float), lengths: wp.array(dtype=float), damping: float, torque: wp.array(dtype=float), dt: float, substeps: int):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // th = theta[i]                                                                          <L 27>
    var_1 = wp::address(var_theta, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // om = omega[i]                                                                          <L 28>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // L = lengths[i]                                                                         <L 29>
    var_7 = wp::address(var_lengths, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // h = dt / float(substeps)                                                               <L 30>
    var_10 = wp::float(var_substeps);
    var_11 = wp::div(var_dt, var_10);
    // for s in range(substeps):                                                              <L 31>
    var_12 = wp::range(var_substeps);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // a = pendulum_accel(th, om, L, damping, torque[i])                                  <L 32>
        var_14 = wp::address(var_torque, var_0);
        var_16 = wp::load(var_14);
        var_15 = pendulum_accel_0(var_2, var_5, var_8, var_damping, var_16);
        // om = om + a * h                                                                    <L 33>
        var_17 = wp::mul(var_15, var_11);
        var_18 = wp::add(var_5, var_17);
        // th = th + om * h                                                                   <L 34>
        var_19 = wp::mul(var_18, var_11);
        var_20 = wp::add(var_2, var_19);
        wp::assign(var_2, var_20);
        wp::assign(var_5, var_18);
        goto start_for_0;
    end_for_0:;
    // if th > wp.pi:                                                                         <L 35>
    var_22 = (var_2 > var_21);
    if (var_22) {
        // th = th - 2.0 * wp.pi                                                              <L 36>
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::sub(var_2, var_25);
    }
    if (!var_22) {
        // elif th < -wp.pi:                                                                  <L 37>
        var_29 = (var_2 < var_28);
        if (var_29) {
            // th = th + 2.0 * wp.pi                                                          <L 38>
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::add(var_2, var_32);
        }
        var_34 = wp::where(var_29, var_33, var_2);
    }
    var_35 = wp::where(var_22, var_26, var_34);
    // theta[i] = th                                                                          <L 39>
    wp::array_store(var_theta, var_0, var_35);
    // omega[i] = om                                                                          <L 40>
    wp::array_store(var_omega, var_0, var_5);
}



void simple_pendulums_096e42fd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simple_pendulums_096e42fd *_wp_args,
    wp_args_simple_pendulums_096e42fd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::array_t<wp::float32> var_lengths = _wp_args->lengths;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::float32> var_torque = _wp_args->torque;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::float32> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::float32> adj_lengths = _wp_adj_args->lengths;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::array_t<wp::float32> adj_torque = _wp_adj_args->torque;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_substeps = _wp_adj_args->substeps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 3.141592653589793;
    bool var_22;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.141592653589793;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 3.141592653589793;
    const wp::float32 var_28 = -3.141592653589793;
    bool var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 3.141592653589793;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
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
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def simple_pendulums(theta: wp.array(dtype=float), omega: wp.array(dtype=float), lengths: wp.array(dtype=float), damping: float, torque: wp.array(dtype=float), dt: float, substeps: int):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // th = theta[i]                                                                          <L 27>
    var_1 = wp::address(var_theta, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // om = omega[i]                                                                          <L 28>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // L = lengths[i]                                                                         <L 29>
    var_7 = wp::address(var_lengths, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // h = dt / float(substeps)                                                               <L 30>
    var_10 = wp::float(var_substeps);
    var_11 = wp::div(var_dt, var_10);
    // for s in range(substeps):                                                              <L 31>
    var_12 = wp::range(var_substeps);
    // if th > wp.pi:                                                                         <L 35>
    var_22 = (var_2 > var_21);
    if (var_22) {
        // th = th - 2.0 * wp.pi                                                              <L 36>
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::sub(var_2, var_25);
    }
    if (!var_22) {
        // elif th < -wp.pi:                                                                  <L 37>
        var_29 = (var_2 < var_28);
        if (var_29) {
            // th = th + 2.0 * wp.pi                                                          <L 38>
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::add(var_2, var_32);
        }
        var_34 = wp::where(var_29, var_33, var_2);
    }
    var_35 = wp::where(var_22, var_26, var_34);
    // theta[i] = th                                                                          <L 39>
    // wp::array_store(var_theta, var_0, var_35);
    // omega[i] = om                                                                          <L 40>
    // wp::array_store(var_omega, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_omega, var_0, var_5, adj_omega, adj_0, adj_5);
    // adj: omega[i] = om                                                                     <L 40>
    wp::adj_array_store(var_theta, var_0, var_35, adj_theta, adj_0, adj_35);
    // adj: theta[i] = th                                                                     <L 39>
    wp::adj_where(var_22, var_26, var_34, adj_22, adj_26, adj_34, adj_35);
    if (!var_22) {
        wp::adj_where(var_29, var_33, var_2, adj_29, adj_33, adj_2, adj_34);
        if (var_29) {
            wp::adj_add(var_2, var_32, adj_2, adj_32, adj_33);
            wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
            // adj: th = th + 2.0 * wp.pi                                                     <L 38>
        }
        // adj: elif th < -wp.pi:                                                             <L 37>
    }
    if (var_22) {
        wp::adj_sub(var_2, var_25, adj_2, adj_25, adj_26);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        // adj: th = th - 2.0 * wp.pi                                                         <L 36>
    }
    // adj: if th > wp.pi:                                                                    <L 35>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // a = pendulum_accel(th, om, L, damping, torque[i])                                  <L 32>
        var_14 = wp::address(var_torque, var_0);
        var_16 = wp::load(var_14);
        var_15 = pendulum_accel_0(var_2, var_5, var_8, var_damping, var_16);
        // om = om + a * h                                                                    <L 33>
        var_17 = wp::mul(var_15, var_11);
        var_18 = wp::add(var_5, var_17);
        // th = th + om * h                                                                   <L 34>
        var_19 = wp::mul(var_18, var_11);
        var_20 = wp::add(var_2, var_19);
        wp::assign(var_2, var_20);
        wp::assign(var_5, var_18);
        wp::adj_assign(var_5, var_18, adj_5, adj_18);
        wp::adj_assign(var_2, var_20, adj_2, adj_20);
        wp::adj_add(var_2, var_19, adj_2, adj_19, adj_20);
        wp::adj_mul(var_18, var_11, adj_18, adj_11, adj_19);
        // adj: th = th + om * h                                                              <L 34>
        wp::adj_add(var_5, var_17, adj_5, adj_17, adj_18);
        wp::adj_mul(var_15, var_11, adj_15, adj_11, adj_17);
        // adj: om = om + a * h                                                               <L 33>
        adj_pendulum_accel_0(var_2, var_5, var_8, var_damping, var_16, adj_2, adj_5, adj_8, adj_damping, adj_14, adj_15);
        wp::adj_address(var_torque, var_0, adj_torque, adj_0, adj_14);
        // adj: a = pendulum_accel(th, om, L, damping, torque[i])                             <L 32>
    	goto start_for_0;
    end_for_0:;
    // adj: for s in range(substeps):                                                         <L 31>
    wp::adj_div(var_dt, var_10, var_11, adj_dt, adj_10, adj_11);
    wp::adj_float(var_substeps, adj_substeps, adj_10);
    // adj: h = dt / float(substeps)                                                          <L 30>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_lengths, var_0, adj_lengths, adj_0, adj_7);
    // adj: L = lengths[i]                                                                    <L 29>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_4);
    // adj: om = omega[i]                                                                     <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_1);
    // adj: th = theta[i]                                                                     <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def simple_pendulums(theta: wp.array(dtype=float), omega: wp.array(dtype=float), lengths: wp.array(dtype=float), damping: float, torque: wp.array(dtype=float), dt: float, substeps: int):  <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void simple_pendulums_096e42fd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simple_pendulums_096e42fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        simple_pendulums_096e42fd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void simple_pendulums_096e42fd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simple_pendulums_096e42fd *_wp_args,
    wp_args_simple_pendulums_096e42fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        simple_pendulums_096e42fd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_double_pendulums_36f0cd35 {
    wp::array_t<wp::vec_t<4, wp::float32>> states;
    wp::array_t<wp::vec_t<2, wp::float32>> masses;
    wp::array_t<wp::vec_t<2, wp::float32>> lengths;
    wp::float32 dt;
    wp::int32 steps;
    wp::array_t<wp::vec_t<2, wp::float32>> tips;
    wp::array_t<wp::int32> flips;
};


void double_pendulums_36f0cd35_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_double_pendulums_36f0cd35 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_states = _wp_args->states;
    wp::array_t<wp::vec_t<2, wp::float32>> var_masses = _wp_args->masses;
    wp::array_t<wp::vec_t<2, wp::float32>> var_lengths = _wp_args->lengths;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::vec_t<2, wp::float32>> var_tips = _wp_args->tips;
    wp::array_t<wp::int32> var_flips = _wp_args->flips;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::vec_t<4, wp::float32> var_25;
    wp::vec_t<4, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::vec_t<4, wp::float32> var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<4, wp::float32> var_48;
    wp::vec_t<4, wp::float32> var_49;
    wp::vec_t<4, wp::float32> var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::float32 var_58;
    wp::vec_t<4, wp::float32> var_59;
    const wp::int32 var_60 = 1;
    wp::float32 var_61;
    const wp::float32 var_62 = 2.0;
    wp::vec_t<4, wp::float32> var_63;
    wp::vec_t<4, wp::float32> var_64;
    const wp::float32 var_65 = 2.0;
    wp::vec_t<4, wp::float32> var_66;
    wp::vec_t<4, wp::float32> var_67;
    wp::vec_t<4, wp::float32> var_68;
    const wp::float32 var_69 = 6.0;
    wp::float32 var_70;
    wp::vec_t<4, wp::float32> var_71;
    wp::vec_t<4, wp::float32> var_72;
    bool var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::float32 var_77 = 3.141592653589793;
    bool var_78;
    wp::float32 var_79;
    const wp::float32 var_80 = 3.141592653589793;
    bool var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::int32 var_84;
    const wp::int32 var_85 = 0;
    wp::float32 var_86;
    const wp::int32 var_87 = 0;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    const wp::int32 var_100 = 1;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::int32 var_105 = 1;
    wp::float32 var_106;
    const wp::int32 var_107 = 1;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::vec_t<2, wp::float32> var_112;
    //---------
    // forward
    // def double_pendulums(states: wp.array(dtype=wp.vec4), masses: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=wp.vec2), dt: float, steps: int, tips: wp.array(dtype=wp.vec2), flips: wp.array(dtype=int)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // s = states[i]                                                                          <L 46>
    var_1 = wp::address(var_states, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = masses[i]                                                                          <L 47>
    var_4 = wp::address(var_masses, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // l = lengths[i]                                                                         <L 48>
    var_7 = wp::address(var_lengths, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // flipped = int(0)                                                                       <L 49>
    var_11 = wp::int(var_10);
    // for k in range(steps):                                                                 <L 50>
    var_12 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // k1 = double_pendulum_rhs(s, m[0], m[1], l[0], l[1])                                <L 51>
        var_15 = wp::extract(var_5, var_14);
        var_17 = wp::extract(var_5, var_16);
        var_19 = wp::extract(var_8, var_18);
        var_21 = wp::extract(var_8, var_20);
        var_22 = double_pendulum_rhs_0(var_2, var_15, var_17, var_19, var_21);
        // k2 = double_pendulum_rhs(s + k1 * (0.5 * dt), m[0], m[1], l[0], l[1])              <L 52>
        var_24 = wp::mul(var_23, var_dt);
        var_25 = wp::mul(var_22, var_24);
        var_26 = wp::add(var_2, var_25);
        var_28 = wp::extract(var_5, var_27);
        var_30 = wp::extract(var_5, var_29);
        var_32 = wp::extract(var_8, var_31);
        var_34 = wp::extract(var_8, var_33);
        var_35 = double_pendulum_rhs_0(var_26, var_28, var_30, var_32, var_34);
        // k3 = double_pendulum_rhs(s + k2 * (0.5 * dt), m[0], m[1], l[0], l[1])              <L 53>
        var_37 = wp::mul(var_36, var_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_2, var_38);
        var_41 = wp::extract(var_5, var_40);
        var_43 = wp::extract(var_5, var_42);
        var_45 = wp::extract(var_8, var_44);
        var_47 = wp::extract(var_8, var_46);
        var_48 = double_pendulum_rhs_0(var_39, var_41, var_43, var_45, var_47);
        // k4 = double_pendulum_rhs(s + k3 * dt, m[0], m[1], l[0], l[1])                      <L 54>
        var_49 = wp::mul(var_48, var_dt);
        var_50 = wp::add(var_2, var_49);
        var_52 = wp::extract(var_5, var_51);
        var_54 = wp::extract(var_5, var_53);
        var_56 = wp::extract(var_8, var_55);
        var_58 = wp::extract(var_8, var_57);
        var_59 = double_pendulum_rhs_0(var_50, var_52, var_54, var_56, var_58);
        // prev = s[1]                                                                        <L 55>
        var_61 = wp::extract(var_2, var_60);
        // s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (dt / 6.0)                               <L 56>
        var_63 = wp::mul(var_35, var_62);
        var_64 = wp::add(var_22, var_63);
        var_66 = wp::mul(var_48, var_65);
        var_67 = wp::add(var_64, var_66);
        var_68 = wp::add(var_67, var_59);
        var_70 = wp::div(var_dt, var_69);
        var_71 = wp::mul(var_68, var_70);
        var_72 = wp::add(var_2, var_71);
        // if wp.abs(s[1]) > wp.pi and wp.abs(prev) <= wp.pi:                                 <L 57>
        var_75 = wp::extract(var_72, var_74);
        var_76 = wp::abs(var_75);
        var_78 = (var_76 > var_77);
        var_73 = var_78;
        if (var_73) {
            var_79 = wp::abs(var_61);
            var_81 = (var_79 <= var_80);
            var_73 = var_73 && var_81;
        }
        if (var_73) {
            // flipped += 1                                                                   <L 58>
            var_83 = wp::add(var_11, var_82);
        }
        var_84 = wp::where(var_73, var_83, var_11);
        wp::assign(var_2, var_72);
        wp::assign(var_11, var_84);
        goto start_for_0;
    end_for_0:;
    // states[i] = s                                                                          <L 59>
    wp::array_store(var_states, var_0, var_2);
    // x1 = l[0] * wp.sin(s[0])                                                               <L 60>
    var_86 = wp::extract(var_8, var_85);
    var_88 = wp::extract(var_2, var_87);
    var_89 = wp::sin(var_88);
    var_90 = wp::mul(var_86, var_89);
    // y1 = -l[0] * wp.cos(s[0])                                                              <L 61>
    var_92 = wp::extract(var_8, var_91);
    var_93 = wp::neg(var_92);
    var_95 = wp::extract(var_2, var_94);
    var_96 = wp::cos(var_95);
    var_97 = wp::mul(var_93, var_96);
    // tips[i] = wp.vec2(x1 + l[1] * wp.sin(s[1]), y1 - l[1] * wp.cos(s[1]))                  <L 62>
    var_99 = wp::extract(var_8, var_98);
    var_101 = wp::extract(var_2, var_100);
    var_102 = wp::sin(var_101);
    var_103 = wp::mul(var_99, var_102);
    var_104 = wp::add(var_90, var_103);
    var_106 = wp::extract(var_8, var_105);
    var_108 = wp::extract(var_2, var_107);
    var_109 = wp::cos(var_108);
    var_110 = wp::mul(var_106, var_109);
    var_111 = wp::sub(var_97, var_110);
    var_112 = wp::vec_t<2, wp::float32>(var_104, var_111);
    wp::array_store(var_tips, var_0, var_112);
    // flips[i] = flipped                                                                     <L 63>
    wp::array_store(var_flips, var_0, var_11);
}



void double_pendulums_36f0cd35_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_double_pendulums_36f0cd35 *_wp_args,
    wp_args_double_pendulums_36f0cd35 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_states = _wp_args->states;
    wp::array_t<wp::vec_t<2, wp::float32>> var_masses = _wp_args->masses;
    wp::array_t<wp::vec_t<2, wp::float32>> var_lengths = _wp_args->lengths;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::vec_t<2, wp::float32>> var_tips = _wp_args->tips;
    wp::array_t<wp::int32> var_flips = _wp_args->flips;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_states = _wp_adj_args->states;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_masses = _wp_adj_args->masses;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_lengths = _wp_adj_args->lengths;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_steps = _wp_adj_args->steps;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_tips = _wp_adj_args->tips;
    wp::array_t<wp::int32> adj_flips = _wp_adj_args->flips;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::vec_t<4, wp::float32> var_25;
    wp::vec_t<4, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::vec_t<4, wp::float32> var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<4, wp::float32> var_48;
    wp::vec_t<4, wp::float32> var_49;
    wp::vec_t<4, wp::float32> var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::float32 var_58;
    wp::vec_t<4, wp::float32> var_59;
    const wp::int32 var_60 = 1;
    wp::float32 var_61;
    const wp::float32 var_62 = 2.0;
    wp::vec_t<4, wp::float32> var_63;
    wp::vec_t<4, wp::float32> var_64;
    const wp::float32 var_65 = 2.0;
    wp::vec_t<4, wp::float32> var_66;
    wp::vec_t<4, wp::float32> var_67;
    wp::vec_t<4, wp::float32> var_68;
    const wp::float32 var_69 = 6.0;
    wp::float32 var_70;
    wp::vec_t<4, wp::float32> var_71;
    wp::vec_t<4, wp::float32> var_72;
    bool var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::float32 var_77 = 3.141592653589793;
    bool var_78;
    wp::float32 var_79;
    const wp::float32 var_80 = 3.141592653589793;
    bool var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    wp::int32 var_84;
    const wp::int32 var_85 = 0;
    wp::float32 var_86;
    const wp::int32 var_87 = 0;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    const wp::int32 var_100 = 1;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::int32 var_105 = 1;
    wp::float32 var_106;
    const wp::int32 var_107 = 1;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::vec_t<2, wp::float32> var_112;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<4, wp::float32> adj_25 = {};
    wp::vec_t<4, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<4, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<4, wp::float32> adj_38 = {};
    wp::vec_t<4, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<4, wp::float32> adj_48 = {};
    wp::vec_t<4, wp::float32> adj_49 = {};
    wp::vec_t<4, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<4, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<4, wp::float32> adj_63 = {};
    wp::vec_t<4, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<4, wp::float32> adj_66 = {};
    wp::vec_t<4, wp::float32> adj_67 = {};
    wp::vec_t<4, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<4, wp::float32> adj_71 = {};
    wp::vec_t<4, wp::float32> adj_72 = {};
    bool adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    bool adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    bool adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::vec_t<2, wp::float32> adj_112 = {};
    //---------
    // forward
    // def double_pendulums(states: wp.array(dtype=wp.vec4), masses: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=wp.vec2), dt: float, steps: int, tips: wp.array(dtype=wp.vec2), flips: wp.array(dtype=int)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // s = states[i]                                                                          <L 46>
    var_1 = wp::address(var_states, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = masses[i]                                                                          <L 47>
    var_4 = wp::address(var_masses, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // l = lengths[i]                                                                         <L 48>
    var_7 = wp::address(var_lengths, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // flipped = int(0)                                                                       <L 49>
    var_11 = wp::int(var_10);
    // for k in range(steps):                                                                 <L 50>
    var_12 = wp::range(var_steps);
    // states[i] = s                                                                          <L 59>
    // wp::array_store(var_states, var_0, var_2);
    // x1 = l[0] * wp.sin(s[0])                                                               <L 60>
    var_86 = wp::extract(var_8, var_85);
    var_88 = wp::extract(var_2, var_87);
    var_89 = wp::sin(var_88);
    var_90 = wp::mul(var_86, var_89);
    // y1 = -l[0] * wp.cos(s[0])                                                              <L 61>
    var_92 = wp::extract(var_8, var_91);
    var_93 = wp::neg(var_92);
    var_95 = wp::extract(var_2, var_94);
    var_96 = wp::cos(var_95);
    var_97 = wp::mul(var_93, var_96);
    // tips[i] = wp.vec2(x1 + l[1] * wp.sin(s[1]), y1 - l[1] * wp.cos(s[1]))                  <L 62>
    var_99 = wp::extract(var_8, var_98);
    var_101 = wp::extract(var_2, var_100);
    var_102 = wp::sin(var_101);
    var_103 = wp::mul(var_99, var_102);
    var_104 = wp::add(var_90, var_103);
    var_106 = wp::extract(var_8, var_105);
    var_108 = wp::extract(var_2, var_107);
    var_109 = wp::cos(var_108);
    var_110 = wp::mul(var_106, var_109);
    var_111 = wp::sub(var_97, var_110);
    var_112 = wp::vec_t<2, wp::float32>(var_104, var_111);
    // wp::array_store(var_tips, var_0, var_112);
    // flips[i] = flipped                                                                     <L 63>
    // wp::array_store(var_flips, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_flips, var_0, var_11, adj_flips, adj_0, adj_11);
    // adj: flips[i] = flipped                                                                <L 63>
    wp::adj_array_store(var_tips, var_0, var_112, adj_tips, adj_0, adj_112);
    wp::adj_vec_t(var_104, var_111, adj_104, adj_111, adj_112);
    wp::adj_sub(var_97, var_110, adj_97, adj_110, adj_111);
    wp::adj_mul(var_106, var_109, adj_106, adj_109, adj_110);
    wp::adj_cos(var_108, adj_108, adj_109);
    wp::adj_extract(var_2, var_107, adj_2, adj_107, adj_108);
    wp::adj_extract(var_8, var_105, adj_8, adj_105, adj_106);
    wp::adj_add(var_90, var_103, adj_90, adj_103, adj_104);
    wp::adj_mul(var_99, var_102, adj_99, adj_102, adj_103);
    wp::adj_sin(var_101, adj_101, adj_102);
    wp::adj_extract(var_2, var_100, adj_2, adj_100, adj_101);
    wp::adj_extract(var_8, var_98, adj_8, adj_98, adj_99);
    // adj: tips[i] = wp.vec2(x1 + l[1] * wp.sin(s[1]), y1 - l[1] * wp.cos(s[1]))             <L 62>
    wp::adj_mul(var_93, var_96, adj_93, adj_96, adj_97);
    wp::adj_cos(var_95, adj_95, adj_96);
    wp::adj_extract(var_2, var_94, adj_2, adj_94, adj_95);
    wp::adj_neg(var_92, adj_92, adj_93);
    wp::adj_extract(var_8, var_91, adj_8, adj_91, adj_92);
    // adj: y1 = -l[0] * wp.cos(s[0])                                                         <L 61>
    wp::adj_mul(var_86, var_89, adj_86, adj_89, adj_90);
    wp::adj_sin(var_88, adj_88, adj_89);
    wp::adj_extract(var_2, var_87, adj_2, adj_87, adj_88);
    wp::adj_extract(var_8, var_85, adj_8, adj_85, adj_86);
    // adj: x1 = l[0] * wp.sin(s[0])                                                          <L 60>
    wp::adj_array_store(var_states, var_0, var_2, adj_states, adj_0, adj_2);
    // adj: states[i] = s                                                                     <L 59>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
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
        // k1 = double_pendulum_rhs(s, m[0], m[1], l[0], l[1])                                <L 51>
        var_15 = wp::extract(var_5, var_14);
        var_17 = wp::extract(var_5, var_16);
        var_19 = wp::extract(var_8, var_18);
        var_21 = wp::extract(var_8, var_20);
        var_22 = double_pendulum_rhs_0(var_2, var_15, var_17, var_19, var_21);
        // k2 = double_pendulum_rhs(s + k1 * (0.5 * dt), m[0], m[1], l[0], l[1])              <L 52>
        var_24 = wp::mul(var_23, var_dt);
        var_25 = wp::mul(var_22, var_24);
        var_26 = wp::add(var_2, var_25);
        var_28 = wp::extract(var_5, var_27);
        var_30 = wp::extract(var_5, var_29);
        var_32 = wp::extract(var_8, var_31);
        var_34 = wp::extract(var_8, var_33);
        var_35 = double_pendulum_rhs_0(var_26, var_28, var_30, var_32, var_34);
        // k3 = double_pendulum_rhs(s + k2 * (0.5 * dt), m[0], m[1], l[0], l[1])              <L 53>
        var_37 = wp::mul(var_36, var_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_2, var_38);
        var_41 = wp::extract(var_5, var_40);
        var_43 = wp::extract(var_5, var_42);
        var_45 = wp::extract(var_8, var_44);
        var_47 = wp::extract(var_8, var_46);
        var_48 = double_pendulum_rhs_0(var_39, var_41, var_43, var_45, var_47);
        // k4 = double_pendulum_rhs(s + k3 * dt, m[0], m[1], l[0], l[1])                      <L 54>
        var_49 = wp::mul(var_48, var_dt);
        var_50 = wp::add(var_2, var_49);
        var_52 = wp::extract(var_5, var_51);
        var_54 = wp::extract(var_5, var_53);
        var_56 = wp::extract(var_8, var_55);
        var_58 = wp::extract(var_8, var_57);
        var_59 = double_pendulum_rhs_0(var_50, var_52, var_54, var_56, var_58);
        // prev = s[1]                                                                        <L 55>
        var_61 = wp::extract(var_2, var_60);
        // s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (dt / 6.0)                               <L 56>
        var_63 = wp::mul(var_35, var_62);
        var_64 = wp::add(var_22, var_63);
        var_66 = wp::mul(var_48, var_65);
        var_67 = wp::add(var_64, var_66);
        var_68 = wp::add(var_67, var_59);
        var_70 = wp::div(var_dt, var_69);
        var_71 = wp::mul(var_68, var_70);
        var_72 = wp::add(var_2, var_71);
        // if wp.abs(s[1]) > wp.pi and wp.abs(prev) <= wp.pi:                                 <L 57>
        var_75 = wp::extract(var_72, var_74);
        var_76 = wp::abs(var_75);
        var_78 = (var_76 > var_77);
        var_73 = var_78;
        if (var_73) {
            var_79 = wp::abs(var_61);
            var_81 = (var_79 <= var_80);
            var_73 = var_73 && var_81;
        }
        if (var_73) {
            // flipped += 1                                                                   <L 58>
            var_83 = wp::add(var_11, var_82);
        }
        var_84 = wp::where(var_73, var_83, var_11);
        wp::assign(var_2, var_72);
        wp::assign(var_11, var_84);
        wp::adj_assign(var_11, var_84, adj_11, adj_84);
        wp::adj_assign(var_2, var_72, adj_2, adj_72);
        wp::adj_where(var_73, var_83, var_11, adj_73, adj_83, adj_11, adj_84);
        if (var_73) {
            wp::adj_add(var_11, var_82, adj_11, adj_82, adj_83);
            // adj: flipped += 1                                                              <L 58>
        }
        if (var_73) {
            wp::adj_abs(var_61, adj_61, adj_79);
        }
        wp::adj_abs(var_75, adj_75, adj_76);
        wp::adj_extract(var_72, var_74, adj_72, adj_74, adj_75);
        // adj: if wp.abs(s[1]) > wp.pi and wp.abs(prev) <= wp.pi:                            <L 57>
        wp::adj_add(var_2, var_71, adj_2, adj_71, adj_72);
        wp::adj_mul(var_68, var_70, adj_68, adj_70, adj_71);
        wp::adj_div(var_dt, var_69, var_70, adj_dt, adj_69, adj_70);
        wp::adj_add(var_67, var_59, adj_67, adj_59, adj_68);
        wp::adj_add(var_64, var_66, adj_64, adj_66, adj_67);
        wp::adj_mul(var_48, var_65, adj_48, adj_65, adj_66);
        wp::adj_add(var_22, var_63, adj_22, adj_63, adj_64);
        wp::adj_mul(var_35, var_62, adj_35, adj_62, adj_63);
        // adj: s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (dt / 6.0)                          <L 56>
        wp::adj_extract(var_2, var_60, adj_2, adj_60, adj_61);
        // adj: prev = s[1]                                                                   <L 55>
        adj_double_pendulum_rhs_0(var_50, var_52, var_54, var_56, var_58, adj_50, adj_52, adj_54, adj_56, adj_58, adj_59);
        wp::adj_extract(var_8, var_57, adj_8, adj_57, adj_58);
        wp::adj_extract(var_8, var_55, adj_8, adj_55, adj_56);
        wp::adj_extract(var_5, var_53, adj_5, adj_53, adj_54);
        wp::adj_extract(var_5, var_51, adj_5, adj_51, adj_52);
        wp::adj_add(var_2, var_49, adj_2, adj_49, adj_50);
        wp::adj_mul(var_48, var_dt, adj_48, adj_dt, adj_49);
        // adj: k4 = double_pendulum_rhs(s + k3 * dt, m[0], m[1], l[0], l[1])                 <L 54>
        adj_double_pendulum_rhs_0(var_39, var_41, var_43, var_45, var_47, adj_39, adj_41, adj_43, adj_45, adj_47, adj_48);
        wp::adj_extract(var_8, var_46, adj_8, adj_46, adj_47);
        wp::adj_extract(var_8, var_44, adj_8, adj_44, adj_45);
        wp::adj_extract(var_5, var_42, adj_5, adj_42, adj_43);
        wp::adj_extract(var_5, var_40, adj_5, adj_40, adj_41);
        wp::adj_add(var_2, var_38, adj_2, adj_38, adj_39);
        wp::adj_mul(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_36, var_dt, adj_36, adj_dt, adj_37);
        // adj: k3 = double_pendulum_rhs(s + k2 * (0.5 * dt), m[0], m[1], l[0], l[1])         <L 53>
        adj_double_pendulum_rhs_0(var_26, var_28, var_30, var_32, var_34, adj_26, adj_28, adj_30, adj_32, adj_34, adj_35);
        wp::adj_extract(var_8, var_33, adj_8, adj_33, adj_34);
        wp::adj_extract(var_8, var_31, adj_8, adj_31, adj_32);
        wp::adj_extract(var_5, var_29, adj_5, adj_29, adj_30);
        wp::adj_extract(var_5, var_27, adj_5, adj_27, adj_28);
        wp::adj_add(var_2, var_25, adj_2, adj_25, adj_26);
        wp::adj_mul(var_22, var_24, adj_22, adj_24, adj_25);
        wp::adj_mul(var_23, var_dt, adj_23, adj_dt, adj_24);
        // adj: k2 = double_pendulum_rhs(s + k1 * (0.5 * dt), m[0], m[1], l[0], l[1])         <L 52>
        adj_double_pendulum_rhs_0(var_2, var_15, var_17, var_19, var_21, adj_2, adj_15, adj_17, adj_19, adj_21, adj_22);
        wp::adj_extract(var_8, var_20, adj_8, adj_20, adj_21);
        wp::adj_extract(var_8, var_18, adj_8, adj_18, adj_19);
        wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
        wp::adj_extract(var_5, var_14, adj_5, adj_14, adj_15);
        // adj: k1 = double_pendulum_rhs(s, m[0], m[1], l[0], l[1])                           <L 51>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(steps):                                                            <L 50>
    // adj: flipped = int(0)                                                                  <L 49>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_lengths, var_0, adj_lengths, adj_0, adj_7);
    // adj: l = lengths[i]                                                                    <L 48>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_4);
    // adj: m = masses[i]                                                                     <L 47>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_states, var_0, adj_states, adj_0, adj_1);
    // adj: s = states[i]                                                                     <L 46>
    // adj: i = wp.tid()                                                                      <L 45>
    // adj: def double_pendulums(states: wp.array(dtype=wp.vec4), masses: wp.array(dtype=wp.vec2), lengths: wp.array(dtype=wp.vec2), dt: float, steps: int, tips: wp.array(dtype=wp.vec2), flips: wp.array(dtype=int)):  <L 44>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_pendulums_36f0cd35_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_double_pendulums_36f0cd35 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        double_pendulums_36f0cd35_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_pendulums_36f0cd35_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_double_pendulums_36f0cd35 *_wp_args,
    wp_args_double_pendulums_36f0cd35 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        double_pendulums_36f0cd35_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_chain_positions_e3ad53c9 {
    wp::array_t<wp::float32> angles;
    wp::float32 seg_len;
    wp::array_t<wp::vec_t<2, wp::float32>> pos;
};


void chain_positions_e3ad53c9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chain_positions_e3ad53c9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::float32 var_seg_len = _wp_args->seg_len;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pos = _wp_args->pos;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    //---------
    // forward
    // def chain_positions(angles: wp.array2d(dtype=float), seg_len: float, pos: wp.array2d(dtype=wp.vec2)):       <L 67>
    // c = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // n = angles.shape[1]                                                                    <L 69>
    var_1 = &(var_angles.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // p = wp.vec2(0.0, 0.0)                                                                  <L 70>
    var_7 = wp::vec_t<2, wp::float32>(var_5, var_6);
    // acc_angle = float(0.0)                                                                 <L 71>
    var_9 = wp::float(var_8);
    // for k in range(n):                                                                     <L 72>
    var_10 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // acc_angle += angles[c, k]                                                          <L 73>
        var_12 = wp::address(var_angles, var_0, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_9, var_14);
        // p = p + wp.vec2(wp.sin(acc_angle), -wp.cos(acc_angle)) * seg_len                   <L 74>
        var_15 = wp::sin(var_13);
        var_16 = wp::cos(var_13);
        var_17 = wp::neg(var_16);
        var_18 = wp::vec_t<2, wp::float32>(var_15, var_17);
        var_19 = wp::mul(var_18, var_seg_len);
        var_20 = wp::add(var_7, var_19);
        // pos[c, k] = p                                                                      <L 75>
        wp::array_store(var_pos, var_0, var_11, var_20);
        wp::assign(var_7, var_20);
        wp::assign(var_9, var_13);
        goto start_for_0;
    end_for_0:;
}



void chain_positions_e3ad53c9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chain_positions_e3ad53c9 *_wp_args,
    wp_args_chain_positions_e3ad53c9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::float32 var_seg_len = _wp_args->seg_len;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::float32> adj_angles = _wp_adj_args->angles;
    wp::float32 adj_seg_len = _wp_adj_args->seg_len;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pos = _wp_adj_args->pos;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    //---------
    // forward
    // def chain_positions(angles: wp.array2d(dtype=float), seg_len: float, pos: wp.array2d(dtype=wp.vec2)):       <L 67>
    // c = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // n = angles.shape[1]                                                                    <L 69>
    var_1 = &(var_angles.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // p = wp.vec2(0.0, 0.0)                                                                  <L 70>
    var_7 = wp::vec_t<2, wp::float32>(var_5, var_6);
    // acc_angle = float(0.0)                                                                 <L 71>
    var_9 = wp::float(var_8);
    // for k in range(n):                                                                     <L 72>
    var_10 = wp::range(var_3);
    //---------
    // reverse
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // acc_angle += angles[c, k]                                                          <L 73>
        var_12 = wp::address(var_angles, var_0, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_9, var_14);
        // p = p + wp.vec2(wp.sin(acc_angle), -wp.cos(acc_angle)) * seg_len                   <L 74>
        var_15 = wp::sin(var_13);
        var_16 = wp::cos(var_13);
        var_17 = wp::neg(var_16);
        var_18 = wp::vec_t<2, wp::float32>(var_15, var_17);
        var_19 = wp::mul(var_18, var_seg_len);
        var_20 = wp::add(var_7, var_19);
        // pos[c, k] = p                                                                      <L 75>
        // wp::array_store(var_pos, var_0, var_11, var_20);
        wp::assign(var_7, var_20);
        wp::assign(var_9, var_13);
        wp::adj_assign(var_9, var_13, adj_9, adj_13);
        wp::adj_assign(var_7, var_20, adj_7, adj_20);
        wp::adj_array_store(var_pos, var_0, var_11, var_20, adj_pos, adj_0, adj_11, adj_20);
        // adj: pos[c, k] = p                                                                 <L 75>
        wp::adj_add(var_7, var_19, adj_7, adj_19, adj_20);
        wp::adj_mul(var_18, var_seg_len, adj_18, adj_seg_len, adj_19);
        wp::adj_vec_t(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_neg(var_16, adj_16, adj_17);
        wp::adj_cos(var_13, adj_13, adj_16);
        wp::adj_sin(var_13, adj_13, adj_15);
        // adj: p = p + wp.vec2(wp.sin(acc_angle), -wp.cos(acc_angle)) * seg_len              <L 74>
        wp::adj_add(var_9, var_14, adj_9, adj_12, adj_13);
        wp::adj_address(var_angles, var_0, var_11, adj_angles, adj_0, adj_11, adj_12);
        // adj: acc_angle += angles[c, k]                                                     <L 73>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 72>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: acc_angle = float(0.0)                                                            <L 71>
    wp::adj_vec_t(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: p = wp.vec2(0.0, 0.0)                                                             <L 70>
    adj_angles.shape = adj_1;
    // adj: n = angles.shape[1]                                                               <L 69>
    // adj: c = wp.tid()                                                                      <L 68>
    // adj: def chain_positions(angles: wp.array2d(dtype=float), seg_len: float, pos: wp.array2d(dtype=wp.vec2)):  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void chain_positions_e3ad53c9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chain_positions_e3ad53c9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chain_positions_e3ad53c9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void chain_positions_e3ad53c9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chain_positions_e3ad53c9 *_wp_args,
    wp_args_chain_positions_e3ad53c9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chain_positions_e3ad53c9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

