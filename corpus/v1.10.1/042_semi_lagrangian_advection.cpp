
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


// corpus/042_semi_lagrangian_advection.py:19
static wp::vec_t<2, wp::float32> bilinear_vec_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::float32 var_8 = 0.0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::vec_t<2, wp::float32>* var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::vec_t<2, wp::float32> var_37;
    wp::vec_t<2, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    wp::vec_t<2, wp::float32> var_51;
    wp::vec_t<2, wp::float32> var_52;
    wp::vec_t<2, wp::float32> var_53;
    const wp::float32 var_54 = 1.0;
    wp::float32 var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    //---------
    // forward
    // def bilinear_vec(f: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:         <L 20>
    // nx = f.shape[0]                                                                        <L 21>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 22>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                          <L 23>
    var_10 = wp::sub(var_2, var_9);
    var_11 = wp::float(var_10);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_x, var_8, var_13);
    // fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                          <L 24>
    var_17 = wp::sub(var_6, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_y, var_15, var_20);
    // i = int(fx)                                                                            <L 25>
    var_22 = wp::int(var_14);
    // j = int(fy)                                                                            <L 26>
    var_23 = wp::int(var_21);
    // tx = fx - float(i)                                                                     <L 27>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // ty = fy - float(j)                                                                     <L 28>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // a = f[i, j] * (1.0 - tx) + f[i + 1, j] * tx                                            <L 29>
    var_28 = wp::address(var_f, var_22, var_23);
    var_30 = wp::sub(var_29, var_25);
    var_32 = wp::load(var_28);
    var_31 = wp::mul(var_32, var_30);
    var_34 = wp::add(var_22, var_33);
    var_35 = wp::address(var_f, var_34, var_23);
    var_37 = wp::load(var_35);
    var_36 = wp::mul(var_37, var_25);
    var_38 = wp::add(var_31, var_36);
    // b = f[i, j + 1] * (1.0 - tx) + f[i + 1, j + 1] * tx                                    <L 30>
    var_40 = wp::add(var_23, var_39);
    var_41 = wp::address(var_f, var_22, var_40);
    var_43 = wp::sub(var_42, var_25);
    var_45 = wp::load(var_41);
    var_44 = wp::mul(var_45, var_43);
    var_47 = wp::add(var_22, var_46);
    var_49 = wp::add(var_23, var_48);
    var_50 = wp::address(var_f, var_47, var_49);
    var_52 = wp::load(var_50);
    var_51 = wp::mul(var_52, var_25);
    var_53 = wp::add(var_44, var_51);
    // return a * (1.0 - ty) + b * ty                                                         <L 31>
    var_55 = wp::sub(var_54, var_27);
    var_56 = wp::mul(var_38, var_55);
    var_57 = wp::mul(var_53, var_27);
    var_58 = wp::add(var_56, var_57);
    return var_58;
}


// corpus/042_semi_lagrangian_advection.py:34
static void backtrace_rk2_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def backtrace_rk2(vel: wp.array2d(dtype=wp.vec2), x: float, y: float, dt: float, inv_h: float):       <L 35>
    // v0 = bilinear_vec(vel, x, y)                                                           <L 36>
    var_0 = bilinear_vec_0(var_vel, var_x, var_y);
    // mx = x - 0.5 * dt * v0[0] * inv_h                                                      <L 37>
    var_2 = wp::mul(var_1, var_dt);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::mul(var_5, var_inv_h);
    var_7 = wp::sub(var_x, var_6);
    // my = y - 0.5 * dt * v0[1] * inv_h                                                      <L 38>
    var_9 = wp::mul(var_8, var_dt);
    var_11 = wp::extract(var_0, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::mul(var_12, var_inv_h);
    var_14 = wp::sub(var_y, var_13);
    // v1 = bilinear_vec(vel, mx, my)                                                         <L 39>
    var_15 = bilinear_vec_0(var_vel, var_7, var_14);
    // return x - dt * v1[0] * inv_h, y - dt * v1[1] * inv_h                                  <L 40>
    var_17 = wp::extract(var_15, var_16);
    var_18 = wp::mul(var_dt, var_17);
    var_19 = wp::mul(var_18, var_inv_h);
    var_20 = wp::sub(var_x, var_19);
    var_22 = wp::extract(var_15, var_21);
    var_23 = wp::mul(var_dt, var_22);
    var_24 = wp::mul(var_23, var_inv_h);
    var_25 = wp::sub(var_y, var_24);
    ret_0 = var_20;
    ret_1 = var_25;
    return;
}


// corpus/042_semi_lagrangian_advection.py:4
static wp::float32 bilinear_0(
    wp::array_t<wp::float32> var_f,
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::float32 var_8 = 0.0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    //---------
    // forward
    // def bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:                 <L 5>
    // nx = f.shape[0]                                                                        <L 6>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 7>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                          <L 8>
    var_10 = wp::sub(var_2, var_9);
    var_11 = wp::float(var_10);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_x, var_8, var_13);
    // fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                          <L 9>
    var_17 = wp::sub(var_6, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_y, var_15, var_20);
    // i = int(fx)                                                                            <L 10>
    var_22 = wp::int(var_14);
    // j = int(fy)                                                                            <L 11>
    var_23 = wp::int(var_21);
    // tx = fx - float(i)                                                                     <L 12>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // ty = fy - float(j)                                                                     <L 13>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // a = wp.lerp(f[i, j], f[i + 1, j], tx)                                                  <L 14>
    var_28 = wp::address(var_f, var_22, var_23);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::address(var_f, var_30, var_23);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_31);
    var_32 = wp::lerp(var_33, var_34, var_25);
    // b = wp.lerp(f[i, j + 1], f[i + 1, j + 1], tx)                                          <L 15>
    var_36 = wp::add(var_23, var_35);
    var_37 = wp::address(var_f, var_22, var_36);
    var_39 = wp::add(var_22, var_38);
    var_41 = wp::add(var_23, var_40);
    var_42 = wp::address(var_f, var_39, var_41);
    var_44 = wp::load(var_37);
    var_45 = wp::load(var_42);
    var_43 = wp::lerp(var_44, var_45, var_25);
    // return wp.lerp(a, b, ty)                                                               <L 16>
    var_46 = wp::lerp(var_32, var_43, var_27);
    return var_46;
}


// corpus/042_semi_lagrangian_advection.py:19
static void adj_bilinear_vec_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_f,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::float32 var_8 = 0.0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<2, wp::float32>* var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::vec_t<2, wp::float32>* var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::vec_t<2, wp::float32> var_37;
    wp::vec_t<2, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::vec_t<2, wp::float32>* var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::vec_t<2, wp::float32>* var_50;
    wp::vec_t<2, wp::float32> var_51;
    wp::vec_t<2, wp::float32> var_52;
    wp::vec_t<2, wp::float32> var_53;
    const wp::float32 var_54 = 1.0;
    wp::float32 var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::vec_t<2, wp::float32> adj_37 = {};
    wp::vec_t<2, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<2, wp::float32> adj_50 = {};
    wp::vec_t<2, wp::float32> adj_51 = {};
    wp::vec_t<2, wp::float32> adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    //---------
    // forward
    // def bilinear_vec(f: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:         <L 20>
    // nx = f.shape[0]                                                                        <L 21>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 22>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                          <L 23>
    var_10 = wp::sub(var_2, var_9);
    var_11 = wp::float(var_10);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_x, var_8, var_13);
    // fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                          <L 24>
    var_17 = wp::sub(var_6, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_y, var_15, var_20);
    // i = int(fx)                                                                            <L 25>
    var_22 = wp::int(var_14);
    // j = int(fy)                                                                            <L 26>
    var_23 = wp::int(var_21);
    // tx = fx - float(i)                                                                     <L 27>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // ty = fy - float(j)                                                                     <L 28>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // a = f[i, j] * (1.0 - tx) + f[i + 1, j] * tx                                            <L 29>
    var_28 = wp::address(var_f, var_22, var_23);
    var_30 = wp::sub(var_29, var_25);
    var_32 = wp::load(var_28);
    var_31 = wp::mul(var_32, var_30);
    var_34 = wp::add(var_22, var_33);
    var_35 = wp::address(var_f, var_34, var_23);
    var_37 = wp::load(var_35);
    var_36 = wp::mul(var_37, var_25);
    var_38 = wp::add(var_31, var_36);
    // b = f[i, j + 1] * (1.0 - tx) + f[i + 1, j + 1] * tx                                    <L 30>
    var_40 = wp::add(var_23, var_39);
    var_41 = wp::address(var_f, var_22, var_40);
    var_43 = wp::sub(var_42, var_25);
    var_45 = wp::load(var_41);
    var_44 = wp::mul(var_45, var_43);
    var_47 = wp::add(var_22, var_46);
    var_49 = wp::add(var_23, var_48);
    var_50 = wp::address(var_f, var_47, var_49);
    var_52 = wp::load(var_50);
    var_51 = wp::mul(var_52, var_25);
    var_53 = wp::add(var_44, var_51);
    // return a * (1.0 - ty) + b * ty                                                         <L 31>
    var_55 = wp::sub(var_54, var_27);
    var_56 = wp::mul(var_38, var_55);
    var_57 = wp::mul(var_53, var_27);
    var_58 = wp::add(var_56, var_57);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_58 += adj_ret;
    wp::adj_add(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_mul(var_53, var_27, adj_53, adj_27, adj_57);
    wp::adj_mul(var_38, var_55, adj_38, adj_55, adj_56);
    wp::adj_sub(var_54, var_27, adj_54, adj_27, adj_55);
    // adj: return a * (1.0 - ty) + b * ty                                                    <L 31>
    wp::adj_add(var_44, var_51, adj_44, adj_51, adj_53);
    wp::adj_mul(var_52, var_25, adj_50, adj_25, adj_51);
    wp::adj_address(var_f, var_47, var_49, adj_f, adj_47, adj_49, adj_50);
    wp::adj_add(var_23, var_48, adj_23, adj_48, adj_49);
    wp::adj_add(var_22, var_46, adj_22, adj_46, adj_47);
    wp::adj_mul(var_45, var_43, adj_41, adj_43, adj_44);
    wp::adj_sub(var_42, var_25, adj_42, adj_25, adj_43);
    wp::adj_address(var_f, var_22, var_40, adj_f, adj_22, adj_40, adj_41);
    wp::adj_add(var_23, var_39, adj_23, adj_39, adj_40);
    // adj: b = f[i, j + 1] * (1.0 - tx) + f[i + 1, j + 1] * tx                               <L 30>
    wp::adj_add(var_31, var_36, adj_31, adj_36, adj_38);
    wp::adj_mul(var_37, var_25, adj_35, adj_25, adj_36);
    wp::adj_address(var_f, var_34, var_23, adj_f, adj_34, adj_23, adj_35);
    wp::adj_add(var_22, var_33, adj_22, adj_33, adj_34);
    wp::adj_mul(var_32, var_30, adj_28, adj_30, adj_31);
    wp::adj_sub(var_29, var_25, adj_29, adj_25, adj_30);
    wp::adj_address(var_f, var_22, var_23, adj_f, adj_22, adj_23, adj_28);
    // adj: a = f[i, j] * (1.0 - tx) + f[i + 1, j] * tx                                       <L 29>
    wp::adj_sub(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_float(var_23, adj_23, adj_26);
    // adj: ty = fy - float(j)                                                                <L 28>
    wp::adj_sub(var_14, var_24, adj_14, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_24);
    // adj: tx = fx - float(i)                                                                <L 27>
    wp::adj_int(var_21, adj_21, adj_23);
    // adj: j = int(fy)                                                                       <L 26>
    wp::adj_int(var_14, adj_14, adj_22);
    // adj: i = int(fx)                                                                       <L 25>
    wp::adj_clamp(var_y, var_15, var_20, adj_y, adj_15, adj_20, adj_21);
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_18);
    wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_17);
    // adj: fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                     <L 24>
    wp::adj_clamp(var_x, var_8, var_13, adj_x, adj_8, adj_13, adj_14);
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_10, adj_10, adj_11);
    wp::adj_sub(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                     <L 23>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_f.shape = adj_4;
    // adj: ny = f.shape[1]                                                                   <L 22>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_f.shape = adj_0;
    // adj: nx = f.shape[0]                                                                   <L 21>
    // adj: def bilinear_vec(f: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:    <L 20>
    return;
}


// corpus/042_semi_lagrangian_advection.py:34
static void adj_backtrace_rk2_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_vel,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_dt,
    wp::float32 & adj_inv_h,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def backtrace_rk2(vel: wp.array2d(dtype=wp.vec2), x: float, y: float, dt: float, inv_h: float):       <L 35>
    // v0 = bilinear_vec(vel, x, y)                                                           <L 36>
    var_0 = bilinear_vec_0(var_vel, var_x, var_y);
    // mx = x - 0.5 * dt * v0[0] * inv_h                                                      <L 37>
    var_2 = wp::mul(var_1, var_dt);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::mul(var_5, var_inv_h);
    var_7 = wp::sub(var_x, var_6);
    // my = y - 0.5 * dt * v0[1] * inv_h                                                      <L 38>
    var_9 = wp::mul(var_8, var_dt);
    var_11 = wp::extract(var_0, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::mul(var_12, var_inv_h);
    var_14 = wp::sub(var_y, var_13);
    // v1 = bilinear_vec(vel, mx, my)                                                         <L 39>
    var_15 = bilinear_vec_0(var_vel, var_7, var_14);
    // return x - dt * v1[0] * inv_h, y - dt * v1[1] * inv_h                                  <L 40>
    var_17 = wp::extract(var_15, var_16);
    var_18 = wp::mul(var_dt, var_17);
    var_19 = wp::mul(var_18, var_inv_h);
    var_20 = wp::sub(var_x, var_19);
    var_22 = wp::extract(var_15, var_21);
    var_23 = wp::mul(var_dt, var_22);
    var_24 = wp::mul(var_23, var_inv_h);
    var_25 = wp::sub(var_y, var_24);
    ret_0 = var_20;
    ret_1 = var_25;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_25 += adj_ret_1;
    adj_20 += adj_ret_0;
    wp::adj_sub(var_y, var_24, adj_y, adj_24, adj_25);
    wp::adj_mul(var_23, var_inv_h, adj_23, adj_inv_h, adj_24);
    wp::adj_mul(var_dt, var_22, adj_dt, adj_22, adj_23);
    wp::adj_extract(var_15, var_21, adj_15, adj_21, adj_22);
    wp::adj_sub(var_x, var_19, adj_x, adj_19, adj_20);
    wp::adj_mul(var_18, var_inv_h, adj_18, adj_inv_h, adj_19);
    wp::adj_mul(var_dt, var_17, adj_dt, adj_17, adj_18);
    wp::adj_extract(var_15, var_16, adj_15, adj_16, adj_17);
    // adj: return x - dt * v1[0] * inv_h, y - dt * v1[1] * inv_h                             <L 40>
    adj_bilinear_vec_0(var_vel, var_7, var_14, adj_vel, adj_7, adj_14, adj_15);
    // adj: v1 = bilinear_vec(vel, mx, my)                                                    <L 39>
    wp::adj_sub(var_y, var_13, adj_y, adj_13, adj_14);
    wp::adj_mul(var_12, var_inv_h, adj_12, adj_inv_h, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_0, var_10, adj_0, adj_10, adj_11);
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_9);
    // adj: my = y - 0.5 * dt * v0[1] * inv_h                                                 <L 38>
    wp::adj_sub(var_x, var_6, adj_x, adj_6, adj_7);
    wp::adj_mul(var_5, var_inv_h, adj_5, adj_inv_h, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_1, var_dt, adj_1, adj_dt, adj_2);
    // adj: mx = x - 0.5 * dt * v0[0] * inv_h                                                 <L 37>
    adj_bilinear_vec_0(var_vel, var_x, var_y, adj_vel, adj_x, adj_y, adj_0);
    // adj: v0 = bilinear_vec(vel, x, y)                                                      <L 36>
    // adj: def backtrace_rk2(vel: wp.array2d(dtype=wp.vec2), x: float, y: float, dt: float, inv_h: float):  <L 35>
    return;
}


// corpus/042_semi_lagrangian_advection.py:4
static void adj_bilinear_0(
    wp::array_t<wp::float32> var_f,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::array_t<wp::float32> & adj_f,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::float32 var_8 = 0.0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    //---------
    // forward
    // def bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:                 <L 5>
    // nx = f.shape[0]                                                                        <L 6>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 7>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                          <L 8>
    var_10 = wp::sub(var_2, var_9);
    var_11 = wp::float(var_10);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_x, var_8, var_13);
    // fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                          <L 9>
    var_17 = wp::sub(var_6, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_y, var_15, var_20);
    // i = int(fx)                                                                            <L 10>
    var_22 = wp::int(var_14);
    // j = int(fy)                                                                            <L 11>
    var_23 = wp::int(var_21);
    // tx = fx - float(i)                                                                     <L 12>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // ty = fy - float(j)                                                                     <L 13>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // a = wp.lerp(f[i, j], f[i + 1, j], tx)                                                  <L 14>
    var_28 = wp::address(var_f, var_22, var_23);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::address(var_f, var_30, var_23);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_31);
    var_32 = wp::lerp(var_33, var_34, var_25);
    // b = wp.lerp(f[i, j + 1], f[i + 1, j + 1], tx)                                          <L 15>
    var_36 = wp::add(var_23, var_35);
    var_37 = wp::address(var_f, var_22, var_36);
    var_39 = wp::add(var_22, var_38);
    var_41 = wp::add(var_23, var_40);
    var_42 = wp::address(var_f, var_39, var_41);
    var_44 = wp::load(var_37);
    var_45 = wp::load(var_42);
    var_43 = wp::lerp(var_44, var_45, var_25);
    // return wp.lerp(a, b, ty)                                                               <L 16>
    var_46 = wp::lerp(var_32, var_43, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_46 += adj_ret;
    wp::adj_lerp(var_32, var_43, var_27, adj_32, adj_43, adj_27, adj_46);
    // adj: return wp.lerp(a, b, ty)                                                          <L 16>
    wp::adj_lerp(var_44, var_45, var_25, adj_37, adj_42, adj_25, adj_43);
    wp::adj_address(var_f, var_39, var_41, adj_f, adj_39, adj_41, adj_42);
    wp::adj_add(var_23, var_40, adj_23, adj_40, adj_41);
    wp::adj_add(var_22, var_38, adj_22, adj_38, adj_39);
    wp::adj_address(var_f, var_22, var_36, adj_f, adj_22, adj_36, adj_37);
    wp::adj_add(var_23, var_35, adj_23, adj_35, adj_36);
    // adj: b = wp.lerp(f[i, j + 1], f[i + 1, j + 1], tx)                                     <L 15>
    wp::adj_lerp(var_33, var_34, var_25, adj_28, adj_31, adj_25, adj_32);
    wp::adj_address(var_f, var_30, var_23, adj_f, adj_30, adj_23, adj_31);
    wp::adj_add(var_22, var_29, adj_22, adj_29, adj_30);
    wp::adj_address(var_f, var_22, var_23, adj_f, adj_22, adj_23, adj_28);
    // adj: a = wp.lerp(f[i, j], f[i + 1, j], tx)                                             <L 14>
    wp::adj_sub(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_float(var_23, adj_23, adj_26);
    // adj: ty = fy - float(j)                                                                <L 13>
    wp::adj_sub(var_14, var_24, adj_14, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_24);
    // adj: tx = fx - float(i)                                                                <L 12>
    wp::adj_int(var_21, adj_21, adj_23);
    // adj: j = int(fy)                                                                       <L 11>
    wp::adj_int(var_14, adj_14, adj_22);
    // adj: i = int(fx)                                                                       <L 10>
    wp::adj_clamp(var_y, var_15, var_20, adj_y, adj_15, adj_20, adj_21);
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_18);
    wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_17);
    // adj: fy = wp.clamp(y, 0.0, float(ny - 1) - 1.0e-4)                                     <L 9>
    wp::adj_clamp(var_x, var_8, var_13, adj_x, adj_8, adj_13, adj_14);
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_10, adj_10, adj_11);
    wp::adj_sub(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: fx = wp.clamp(x, 0.0, float(nx - 1) - 1.0e-4)                                     <L 8>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_f.shape = adj_4;
    // adj: ny = f.shape[1]                                                                   <L 7>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_f.shape = adj_0;
    // adj: nx = f.shape[0]                                                                   <L 6>
    // adj: def bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:            <L 5>
    return;
}

struct wp_args_advect_scalar_1624c66b {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::vec_t<2, wp::float32>> vel;
    wp::array_t<wp::float32> dst;
    wp::float32 dt;
    wp::float32 inv_h;
    wp::float32 decay;
};


void advect_scalar_1624c66b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_scalar_1624c66b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::float32 var_decay = _wp_args->decay;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def advect_scalar(src: wp.array2d(dtype=float), vel: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=float), dt: float, inv_h: float, decay: float):       <L 44>
    // i, j = wp.tid()                                                                        <L 45>
    builtin_tid2d(var_0, var_1);
    // px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                             <L 46>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    backtrace_rk2_0(var_vel, var_2, var_3, var_dt, var_inv_h, var_4, var_5);
    // dst[i, j] = bilinear(src, px, py) * (1.0 - decay * dt)                                 <L 47>
    var_6 = bilinear_0(var_src, var_4, var_5);
    var_8 = wp::mul(var_decay, var_dt);
    var_9 = wp::sub(var_7, var_8);
    var_10 = wp::mul(var_6, var_9);
    wp::array_store(var_dst, var_0, var_1, var_10);
}



void advect_scalar_1624c66b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_scalar_1624c66b *_wp_args,
    wp_args_advect_scalar_1624c66b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::float32 var_decay = _wp_args->decay;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    wp::float32 adj_decay = _wp_adj_args->decay;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def advect_scalar(src: wp.array2d(dtype=float), vel: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=float), dt: float, inv_h: float, decay: float):       <L 44>
    // i, j = wp.tid()                                                                        <L 45>
    builtin_tid2d(var_0, var_1);
    // px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                             <L 46>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    backtrace_rk2_0(var_vel, var_2, var_3, var_dt, var_inv_h, var_4, var_5);
    // dst[i, j] = bilinear(src, px, py) * (1.0 - decay * dt)                                 <L 47>
    var_6 = bilinear_0(var_src, var_4, var_5);
    var_8 = wp::mul(var_decay, var_dt);
    var_9 = wp::sub(var_7, var_8);
    var_10 = wp::mul(var_6, var_9);
    // wp::array_store(var_dst, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_10, adj_dst, adj_0, adj_1, adj_10);
    wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_decay, var_dt, adj_decay, adj_dt, adj_8);
    adj_bilinear_0(var_src, var_4, var_5, adj_src, adj_4, adj_5, adj_6);
    // adj: dst[i, j] = bilinear(src, px, py) * (1.0 - decay * dt)                            <L 47>
    adj_backtrace_rk2_0(var_vel, var_2, var_3, var_dt, var_inv_h, var_4, var_5, adj_vel, adj_2, adj_3, adj_dt, adj_inv_h, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_3);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                        <L 46>
    // adj: i, j = wp.tid()                                                                   <L 45>
    // adj: def advect_scalar(src: wp.array2d(dtype=float), vel: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=float), dt: float, inv_h: float, decay: float):  <L 44>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void advect_scalar_1624c66b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_advect_scalar_1624c66b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_scalar_1624c66b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void advect_scalar_1624c66b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_advect_scalar_1624c66b *_wp_args,
    wp_args_advect_scalar_1624c66b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_scalar_1624c66b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_advect_velocity_1162e317 {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::vec_t<2, wp::float32>> dst;
    wp::float32 dt;
    wp::float32 inv_h;
};


void advect_velocity_1162e317_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_velocity_1162e317 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // forward
    // def advect_velocity(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), dt: float, inv_h: float):       <L 51>
    // i, j = wp.tid()                                                                        <L 52>
    builtin_tid2d(var_0, var_1);
    // px, py = backtrace_rk2(src, float(i), float(j), dt, inv_h)                             <L 53>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    backtrace_rk2_0(var_src, var_2, var_3, var_dt, var_inv_h, var_4, var_5);
    // dst[i, j] = bilinear_vec(src, px, py)                                                  <L 54>
    var_6 = bilinear_vec_0(var_src, var_4, var_5);
    wp::array_store(var_dst, var_0, var_1, var_6);
}



void advect_velocity_1162e317_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_velocity_1162e317 *_wp_args,
    wp_args_advect_velocity_1162e317 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dst = _wp_adj_args->dst;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def advect_velocity(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), dt: float, inv_h: float):       <L 51>
    // i, j = wp.tid()                                                                        <L 52>
    builtin_tid2d(var_0, var_1);
    // px, py = backtrace_rk2(src, float(i), float(j), dt, inv_h)                             <L 53>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    backtrace_rk2_0(var_src, var_2, var_3, var_dt, var_inv_h, var_4, var_5);
    // dst[i, j] = bilinear_vec(src, px, py)                                                  <L 54>
    var_6 = bilinear_vec_0(var_src, var_4, var_5);
    // wp::array_store(var_dst, var_0, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
    adj_bilinear_vec_0(var_src, var_4, var_5, adj_src, adj_4, adj_5, adj_6);
    // adj: dst[i, j] = bilinear_vec(src, px, py)                                             <L 54>
    adj_backtrace_rk2_0(var_src, var_2, var_3, var_dt, var_inv_h, var_4, var_5, adj_src, adj_2, adj_3, adj_dt, adj_inv_h, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_3);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: px, py = backtrace_rk2(src, float(i), float(j), dt, inv_h)                        <L 53>
    // adj: i, j = wp.tid()                                                                   <L 52>
    // adj: def advect_velocity(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), dt: float, inv_h: float):  <L 51>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void advect_velocity_1162e317_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_advect_velocity_1162e317 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_velocity_1162e317_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void advect_velocity_1162e317_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_advect_velocity_1162e317 *_wp_args,
    wp_args_advect_velocity_1162e317 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_velocity_1162e317_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_maccormack_correct_978e3323 {
    wp::array_t<wp::float32> phi_n;
    wp::array_t<wp::float32> phi_fwd;
    wp::array_t<wp::float32> phi_back;
    wp::array_t<wp::vec_t<2, wp::float32>> vel;
    wp::float32 dt;
    wp::float32 inv_h;
    wp::array_t<wp::float32> out;
};


void maccormack_correct_978e3323_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_maccormack_correct_978e3323 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_phi_n = _wp_args->phi_n;
    wp::array_t<wp::float32> var_phi_fwd = _wp_args->phi_fwd;
    wp::array_t<wp::float32> var_phi_back = _wp_args->phi_back;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::shape_t var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32* var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::float32* var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    bool var_73;
    bool var_74;
    wp::float32* var_75;
    wp::float32 var_76;
    //---------
    // forward
    // def maccormack_correct(                                                                <L 58>
    // i, j = wp.tid()                                                                        <L 67>
    builtin_tid2d(var_0, var_1);
    // corrected = phi_fwd[i, j] + 0.5 * (phi_n[i, j] - phi_back[i, j])                       <L 68>
    var_2 = wp::address(var_phi_fwd, var_0, var_1);
    var_4 = wp::address(var_phi_n, var_0, var_1);
    var_5 = wp::address(var_phi_back, var_0, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    var_9 = wp::mul(var_3, var_6);
    var_11 = wp::load(var_2);
    var_10 = wp::add(var_11, var_9);
    // px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                             <L 69>
    var_12 = wp::float(var_0);
    var_13 = wp::float(var_1);
    backtrace_rk2_0(var_vel, var_12, var_13, var_dt, var_inv_h, var_14, var_15);
    // ci = wp.clamp(int(px), 0, phi_n.shape[0] - 2)                                          <L 70>
    var_16 = wp::int(var_14);
    var_18 = &(var_phi_n.shape);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_23 = wp::sub(var_20, var_22);
    var_24 = wp::clamp(var_16, var_17, var_23);
    // cj = wp.clamp(int(py), 0, phi_n.shape[1] - 2)                                          <L 71>
    var_25 = wp::int(var_15);
    var_27 = &(var_phi_n.shape);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_32 = wp::sub(var_29, var_31);
    var_33 = wp::clamp(var_25, var_26, var_32);
    // lo = wp.min(wp.min(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.min(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))       <L 72>
    var_34 = wp::address(var_phi_n, var_24, var_33);
    var_36 = wp::add(var_24, var_35);
    var_37 = wp::address(var_phi_n, var_36, var_33);
    var_39 = wp::load(var_34);
    var_40 = wp::load(var_37);
    var_38 = wp::min(var_39, var_40);
    var_42 = wp::add(var_33, var_41);
    var_43 = wp::address(var_phi_n, var_24, var_42);
    var_45 = wp::add(var_24, var_44);
    var_47 = wp::add(var_33, var_46);
    var_48 = wp::address(var_phi_n, var_45, var_47);
    var_50 = wp::load(var_43);
    var_51 = wp::load(var_48);
    var_49 = wp::min(var_50, var_51);
    var_52 = wp::min(var_38, var_49);
    // hi = wp.max(wp.max(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.max(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))       <L 73>
    var_53 = wp::address(var_phi_n, var_24, var_33);
    var_55 = wp::add(var_24, var_54);
    var_56 = wp::address(var_phi_n, var_55, var_33);
    var_58 = wp::load(var_53);
    var_59 = wp::load(var_56);
    var_57 = wp::max(var_58, var_59);
    var_61 = wp::add(var_33, var_60);
    var_62 = wp::address(var_phi_n, var_24, var_61);
    var_64 = wp::add(var_24, var_63);
    var_66 = wp::add(var_33, var_65);
    var_67 = wp::address(var_phi_n, var_64, var_66);
    var_69 = wp::load(var_62);
    var_70 = wp::load(var_67);
    var_68 = wp::max(var_69, var_70);
    var_71 = wp::max(var_57, var_68);
    // if corrected < lo or corrected > hi:                                                   <L 74>
    var_72 = (var_10 < var_52);
    var_73 = (var_10 > var_71);
    var_74 = var_72 || var_73;
    if (var_74) {
        // out[i, j] = phi_fwd[i, j]                                                          <L 75>
        var_75 = wp::address(var_phi_fwd, var_0, var_1);
        var_76 = wp::load(var_75);
        wp::array_store(var_out, var_0, var_1, var_76);
    }
    if (!var_74) {
        // out[i, j] = corrected                                                              <L 77>
        wp::array_store(var_out, var_0, var_1, var_10);
    }
}



void maccormack_correct_978e3323_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_maccormack_correct_978e3323 *_wp_args,
    wp_args_maccormack_correct_978e3323 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_phi_n = _wp_args->phi_n;
    wp::array_t<wp::float32> var_phi_fwd = _wp_args->phi_fwd;
    wp::array_t<wp::float32> var_phi_back = _wp_args->phi_back;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_phi_n = _wp_adj_args->phi_n;
    wp::array_t<wp::float32> adj_phi_fwd = _wp_adj_args->phi_fwd;
    wp::array_t<wp::float32> adj_phi_back = _wp_adj_args->phi_back;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::shape_t var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32* var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::float32* var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    bool var_73;
    bool var_74;
    wp::float32* var_75;
    wp::float32 var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
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
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::shape_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::shape_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    bool adj_73 = {};
    bool adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    //---------
    // forward
    // def maccormack_correct(                                                                <L 58>
    // i, j = wp.tid()                                                                        <L 67>
    builtin_tid2d(var_0, var_1);
    // corrected = phi_fwd[i, j] + 0.5 * (phi_n[i, j] - phi_back[i, j])                       <L 68>
    var_2 = wp::address(var_phi_fwd, var_0, var_1);
    var_4 = wp::address(var_phi_n, var_0, var_1);
    var_5 = wp::address(var_phi_back, var_0, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    var_9 = wp::mul(var_3, var_6);
    var_11 = wp::load(var_2);
    var_10 = wp::add(var_11, var_9);
    // px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                             <L 69>
    var_12 = wp::float(var_0);
    var_13 = wp::float(var_1);
    backtrace_rk2_0(var_vel, var_12, var_13, var_dt, var_inv_h, var_14, var_15);
    // ci = wp.clamp(int(px), 0, phi_n.shape[0] - 2)                                          <L 70>
    var_16 = wp::int(var_14);
    var_18 = &(var_phi_n.shape);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_23 = wp::sub(var_20, var_22);
    var_24 = wp::clamp(var_16, var_17, var_23);
    // cj = wp.clamp(int(py), 0, phi_n.shape[1] - 2)                                          <L 71>
    var_25 = wp::int(var_15);
    var_27 = &(var_phi_n.shape);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_32 = wp::sub(var_29, var_31);
    var_33 = wp::clamp(var_25, var_26, var_32);
    // lo = wp.min(wp.min(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.min(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))       <L 72>
    var_34 = wp::address(var_phi_n, var_24, var_33);
    var_36 = wp::add(var_24, var_35);
    var_37 = wp::address(var_phi_n, var_36, var_33);
    var_39 = wp::load(var_34);
    var_40 = wp::load(var_37);
    var_38 = wp::min(var_39, var_40);
    var_42 = wp::add(var_33, var_41);
    var_43 = wp::address(var_phi_n, var_24, var_42);
    var_45 = wp::add(var_24, var_44);
    var_47 = wp::add(var_33, var_46);
    var_48 = wp::address(var_phi_n, var_45, var_47);
    var_50 = wp::load(var_43);
    var_51 = wp::load(var_48);
    var_49 = wp::min(var_50, var_51);
    var_52 = wp::min(var_38, var_49);
    // hi = wp.max(wp.max(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.max(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))       <L 73>
    var_53 = wp::address(var_phi_n, var_24, var_33);
    var_55 = wp::add(var_24, var_54);
    var_56 = wp::address(var_phi_n, var_55, var_33);
    var_58 = wp::load(var_53);
    var_59 = wp::load(var_56);
    var_57 = wp::max(var_58, var_59);
    var_61 = wp::add(var_33, var_60);
    var_62 = wp::address(var_phi_n, var_24, var_61);
    var_64 = wp::add(var_24, var_63);
    var_66 = wp::add(var_33, var_65);
    var_67 = wp::address(var_phi_n, var_64, var_66);
    var_69 = wp::load(var_62);
    var_70 = wp::load(var_67);
    var_68 = wp::max(var_69, var_70);
    var_71 = wp::max(var_57, var_68);
    // if corrected < lo or corrected > hi:                                                   <L 74>
    var_72 = (var_10 < var_52);
    var_73 = (var_10 > var_71);
    var_74 = var_72 || var_73;
    if (var_74) {
        // out[i, j] = phi_fwd[i, j]                                                          <L 75>
        var_75 = wp::address(var_phi_fwd, var_0, var_1);
        var_76 = wp::load(var_75);
        // wp::array_store(var_out, var_0, var_1, var_76);
    }
    if (!var_74) {
        // out[i, j] = corrected                                                              <L 77>
        // wp::array_store(var_out, var_0, var_1, var_10);
    }
    //---------
    // reverse
    if (!var_74) {
        wp::adj_array_store(var_out, var_0, var_1, var_10, adj_out, adj_0, adj_1, adj_10);
        // adj: out[i, j] = corrected                                                         <L 77>
    }
    if (var_74) {
        wp::adj_array_store(var_out, var_0, var_1, var_76, adj_out, adj_0, adj_1, adj_75);
        wp::adj_address(var_phi_fwd, var_0, var_1, adj_phi_fwd, adj_0, adj_1, adj_75);
        // adj: out[i, j] = phi_fwd[i, j]                                                     <L 75>
    }
    // adj: if corrected < lo or corrected > hi:                                              <L 74>
    wp::adj_max(var_57, var_68, adj_57, adj_68, adj_71);
    wp::adj_max(var_69, var_70, adj_62, adj_67, adj_68);
    wp::adj_address(var_phi_n, var_64, var_66, adj_phi_n, adj_64, adj_66, adj_67);
    wp::adj_add(var_33, var_65, adj_33, adj_65, adj_66);
    wp::adj_add(var_24, var_63, adj_24, adj_63, adj_64);
    wp::adj_address(var_phi_n, var_24, var_61, adj_phi_n, adj_24, adj_61, adj_62);
    wp::adj_add(var_33, var_60, adj_33, adj_60, adj_61);
    wp::adj_max(var_58, var_59, adj_53, adj_56, adj_57);
    wp::adj_address(var_phi_n, var_55, var_33, adj_phi_n, adj_55, adj_33, adj_56);
    wp::adj_add(var_24, var_54, adj_24, adj_54, adj_55);
    wp::adj_address(var_phi_n, var_24, var_33, adj_phi_n, adj_24, adj_33, adj_53);
    // adj: hi = wp.max(wp.max(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.max(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))  <L 73>
    wp::adj_min(var_38, var_49, adj_38, adj_49, adj_52);
    wp::adj_min(var_50, var_51, adj_43, adj_48, adj_49);
    wp::adj_address(var_phi_n, var_45, var_47, adj_phi_n, adj_45, adj_47, adj_48);
    wp::adj_add(var_33, var_46, adj_33, adj_46, adj_47);
    wp::adj_add(var_24, var_44, adj_24, adj_44, adj_45);
    wp::adj_address(var_phi_n, var_24, var_42, adj_phi_n, adj_24, adj_42, adj_43);
    wp::adj_add(var_33, var_41, adj_33, adj_41, adj_42);
    wp::adj_min(var_39, var_40, adj_34, adj_37, adj_38);
    wp::adj_address(var_phi_n, var_36, var_33, adj_phi_n, adj_36, adj_33, adj_37);
    wp::adj_add(var_24, var_35, adj_24, adj_35, adj_36);
    wp::adj_address(var_phi_n, var_24, var_33, adj_phi_n, adj_24, adj_33, adj_34);
    // adj: lo = wp.min(wp.min(phi_n[ci, cj], phi_n[ci + 1, cj]), wp.min(phi_n[ci, cj + 1], phi_n[ci + 1, cj + 1]))  <L 72>
    wp::adj_clamp(var_25, var_26, var_32, adj_25, adj_26, adj_32, adj_33);
    wp::adj_sub(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_extract(var_30, var_28, adj_27, adj_28, adj_29);
    adj_phi_n.shape = adj_27;
    wp::adj_int(var_15, adj_15, adj_25);
    // adj: cj = wp.clamp(int(py), 0, phi_n.shape[1] - 2)                                     <L 71>
    wp::adj_clamp(var_16, var_17, var_23, adj_16, adj_17, adj_23, adj_24);
    wp::adj_sub(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_extract(var_21, var_19, adj_18, adj_19, adj_20);
    adj_phi_n.shape = adj_18;
    wp::adj_int(var_14, adj_14, adj_16);
    // adj: ci = wp.clamp(int(px), 0, phi_n.shape[0] - 2)                                     <L 70>
    adj_backtrace_rk2_0(var_vel, var_12, var_13, var_dt, var_inv_h, var_14, var_15, adj_vel, adj_12, adj_13, adj_dt, adj_inv_h, adj_14, adj_15);
    wp::adj_float(var_1, adj_1, adj_13);
    wp::adj_float(var_0, adj_0, adj_12);
    // adj: px, py = backtrace_rk2(vel, float(i), float(j), dt, inv_h)                        <L 69>
    wp::adj_add(var_11, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_9);
    wp::adj_sub(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_phi_back, var_0, var_1, adj_phi_back, adj_0, adj_1, adj_5);
    wp::adj_address(var_phi_n, var_0, var_1, adj_phi_n, adj_0, adj_1, adj_4);
    wp::adj_address(var_phi_fwd, var_0, var_1, adj_phi_fwd, adj_0, adj_1, adj_2);
    // adj: corrected = phi_fwd[i, j] + 0.5 * (phi_n[i, j] - phi_back[i, j])                  <L 68>
    // adj: i, j = wp.tid()                                                                   <L 67>
    // adj: def maccormack_correct(                                                           <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void maccormack_correct_978e3323_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_maccormack_correct_978e3323 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        maccormack_correct_978e3323_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void maccormack_correct_978e3323_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_maccormack_correct_978e3323 *_wp_args,
    wp_args_maccormack_correct_978e3323 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        maccormack_correct_978e3323_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_add_buoyancy_9f21cfd8 {
    wp::array_t<wp::vec_t<2, wp::float32>> vel;
    wp::array_t<wp::float32> density;
    wp::array_t<wp::float32> temperature;
    wp::float32 ambient;
    wp::float32 alpha;
    wp::float32 beta;
    wp::float32 dt;
};


void add_buoyancy_9f21cfd8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_add_buoyancy_9f21cfd8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_ambient = _wp_args->ambient;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32>* var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // forward
    // def add_buoyancy(vel: wp.array2d(dtype=wp.vec2), density: wp.array2d(dtype=float), temperature: wp.array2d(dtype=float), ambient: float, alpha: float, beta: float, dt: float):       <L 81>
    // i, j = wp.tid()                                                                        <L 82>
    builtin_tid2d(var_0, var_1);
    // fb = -alpha * density[i, j] + beta * (temperature[i, j] - ambient)                     <L 83>
    var_2 = wp::neg(var_alpha);
    var_3 = wp::address(var_density, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_2, var_5);
    var_6 = wp::address(var_temperature, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_ambient);
    var_9 = wp::mul(var_beta, var_7);
    var_10 = wp::add(var_4, var_9);
    // vel[i, j] = vel[i, j] + wp.vec2(0.0, fb * dt)                                          <L 84>
    var_11 = wp::address(var_vel, var_0, var_1);
    var_13 = wp::mul(var_10, var_dt);
    var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
    var_16 = wp::load(var_11);
    var_15 = wp::add(var_16, var_14);
    wp::array_store(var_vel, var_0, var_1, var_15);
}



void add_buoyancy_9f21cfd8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_add_buoyancy_9f21cfd8 *_wp_args,
    wp_args_add_buoyancy_9f21cfd8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_ambient = _wp_args->ambient;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::array_t<wp::float32> adj_temperature = _wp_adj_args->temperature;
    wp::float32 adj_ambient = _wp_adj_args->ambient;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_beta = _wp_adj_args->beta;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32>* var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    //---------
    // forward
    // def add_buoyancy(vel: wp.array2d(dtype=wp.vec2), density: wp.array2d(dtype=float), temperature: wp.array2d(dtype=float), ambient: float, alpha: float, beta: float, dt: float):       <L 81>
    // i, j = wp.tid()                                                                        <L 82>
    builtin_tid2d(var_0, var_1);
    // fb = -alpha * density[i, j] + beta * (temperature[i, j] - ambient)                     <L 83>
    var_2 = wp::neg(var_alpha);
    var_3 = wp::address(var_density, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_2, var_5);
    var_6 = wp::address(var_temperature, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_ambient);
    var_9 = wp::mul(var_beta, var_7);
    var_10 = wp::add(var_4, var_9);
    // vel[i, j] = vel[i, j] + wp.vec2(0.0, fb * dt)                                          <L 84>
    var_11 = wp::address(var_vel, var_0, var_1);
    var_13 = wp::mul(var_10, var_dt);
    var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
    var_16 = wp::load(var_11);
    var_15 = wp::add(var_16, var_14);
    // wp::array_store(var_vel, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_vel, var_0, var_1, var_15, adj_vel, adj_0, adj_1, adj_15);
    wp::adj_add(var_16, var_14, adj_11, adj_14, adj_15);
    wp::adj_vec_t(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_13);
    wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_11);
    // adj: vel[i, j] = vel[i, j] + wp.vec2(0.0, fb * dt)                                     <L 84>
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_beta, var_7, adj_beta, adj_7, adj_9);
    wp::adj_sub(var_8, var_ambient, adj_6, adj_ambient, adj_7);
    wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_6);
    wp::adj_mul(var_2, var_5, adj_2, adj_3, adj_4);
    wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_3);
    wp::adj_neg(var_alpha, adj_alpha, adj_2);
    // adj: fb = -alpha * density[i, j] + beta * (temperature[i, j] - ambient)                <L 83>
    // adj: i, j = wp.tid()                                                                   <L 82>
    // adj: def add_buoyancy(vel: wp.array2d(dtype=wp.vec2), density: wp.array2d(dtype=float), temperature: wp.array2d(dtype=float), ambient: float, alpha: float, beta: float, dt: float):  <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void add_buoyancy_9f21cfd8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_add_buoyancy_9f21cfd8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        add_buoyancy_9f21cfd8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void add_buoyancy_9f21cfd8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_add_buoyancy_9f21cfd8 *_wp_args,
    wp_args_add_buoyancy_9f21cfd8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        add_buoyancy_9f21cfd8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

