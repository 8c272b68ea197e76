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


// corpus/192_heightfield_hydraulic_erosion.py:9
static void height_grad_0(
    wp::array_t<wp::float32> var_h,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1)
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
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 1.0;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 1.0;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<2, wp::float32> var_62;
    const wp::float32 var_63 = 1.0;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::float32 var_70 = 1.0;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::float32 var_74 = 1.0;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    //---------
    // forward
    // def height_grad(h: wp.array2d(dtype=float), p: wp.vec2):                               <L 10>
    // nx = h.shape[0]                                                                        <L 11>
    var_0 = &(var_h.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = h.shape[1]                                                                        <L 12>
    var_4 = &(var_h.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // x = wp.clamp(p[0], 0.0, float(nx) - 1.001)                                             <L 13>
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::float(var_2);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_9, var_10, var_13);
    // y = wp.clamp(p[1], 0.0, float(ny) - 1.001)                                             <L 14>
    var_16 = wp::extract(var_p, var_15);
    var_18 = wp::float(var_6);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_16, var_17, var_20);
    // i = int(x)                                                                             <L 15>
    var_22 = wp::int(var_14);
    // j = int(y)                                                                             <L 16>
    var_23 = wp::int(var_21);
    // u = x - float(i)                                                                       <L 17>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // v = y - float(j)                                                                       <L 18>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // h00 = h[i, j]                                                                          <L 19>
    var_28 = wp::address(var_h, var_22, var_23);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // h10 = h[i + 1, j]                                                                      <L 20>
    var_32 = wp::add(var_22, var_31);
    var_33 = wp::address(var_h, var_32, var_23);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // h01 = h[i, j + 1]                                                                      <L 21>
    var_37 = wp::add(var_23, var_36);
    var_38 = wp::address(var_h, var_22, var_37);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // h11 = h[i + 1, j + 1]                                                                  <L 22>
    var_42 = wp::add(var_22, var_41);
    var_44 = wp::add(var_23, var_43);
    var_45 = wp::address(var_h, var_42, var_44);
    var_47 = wp::load(var_45);
    var_46 = wp::copy(var_47);
    // g = wp.vec2((h10 - h00) * (1.0 - v) + (h11 - h01) * v, (h01 - h00) * (1.0 - u) + (h11 - h10) * u)       <L 23>
    var_48 = wp::sub(var_34, var_29);
    var_50 = wp::sub(var_49, var_27);
    var_51 = wp::mul(var_48, var_50);
    var_52 = wp::sub(var_46, var_39);
    var_53 = wp::mul(var_52, var_27);
    var_54 = wp::add(var_51, var_53);
    var_55 = wp::sub(var_39, var_29);
    var_57 = wp::sub(var_56, var_25);
    var_58 = wp::mul(var_55, var_57);
    var_59 = wp::sub(var_46, var_34);
    var_60 = wp::mul(var_59, var_25);
    var_61 = wp::add(var_58, var_60);
    var_62 = wp::vec_t<2, wp::float32>(var_54, var_61);
    // height = h00 * (1.0 - u) * (1.0 - v) + h10 * u * (1.0 - v) + h01 * (1.0 - u) * v + h11 * u * v       <L 24>
    var_64 = wp::sub(var_63, var_25);
    var_65 = wp::mul(var_29, var_64);
    var_67 = wp::sub(var_66, var_27);
    var_68 = wp::mul(var_65, var_67);
    var_69 = wp::mul(var_34, var_25);
    var_71 = wp::sub(var_70, var_27);
    var_72 = wp::mul(var_69, var_71);
    var_73 = wp::add(var_68, var_72);
    var_75 = wp::sub(var_74, var_25);
    var_76 = wp::mul(var_39, var_75);
    var_77 = wp::mul(var_76, var_27);
    var_78 = wp::add(var_73, var_77);
    var_79 = wp::mul(var_46, var_25);
    var_80 = wp::mul(var_79, var_27);
    var_81 = wp::add(var_78, var_80);
    // return height, g                                                                       <L 25>
    ret_0 = var_81;
    ret_1 = var_62;
    return;
}


// corpus/192_heightfield_hydraulic_erosion.py:28
static void deposit_0(
    wp::array_t<wp::float32> var_h,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 var_amount)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def deposit(h: wp.array2d(dtype=float), p: wp.vec2, amount: float):                    <L 29>
    // i = int(p[0])                                                                          <L 30>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::int(var_1);
    // j = int(p[1])                                                                          <L 31>
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::int(var_4);
    // u = p[0] - float(i)                                                                    <L 32>
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::float(var_2);
    var_9 = wp::sub(var_7, var_8);
    // v = p[1] - float(j)                                                                    <L 33>
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::float(var_5);
    var_13 = wp::sub(var_11, var_12);
    // wp.atomic_add(h, i, j, amount * (1.0 - u) * (1.0 - v))                                 <L 34>
    var_15 = wp::sub(var_14, var_9);
    var_16 = wp::mul(var_amount, var_15);
    var_18 = wp::sub(var_17, var_13);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::atomic_add(var_h, var_2, var_5, var_19);
    // wp.atomic_add(h, i + 1, j, amount * u * (1.0 - v))                                     <L 35>
    var_22 = wp::add(var_2, var_21);
    var_23 = wp::mul(var_amount, var_9);
    var_25 = wp::sub(var_24, var_13);
    var_26 = wp::mul(var_23, var_25);
    var_27 = wp::atomic_add(var_h, var_22, var_5, var_26);
    // wp.atomic_add(h, i, j + 1, amount * (1.0 - u) * v)                                     <L 36>
    var_29 = wp::add(var_5, var_28);
    var_31 = wp::sub(var_30, var_9);
    var_32 = wp::mul(var_amount, var_31);
    var_33 = wp::mul(var_32, var_13);
    var_34 = wp::atomic_add(var_h, var_2, var_29, var_33);
    // wp.atomic_add(h, i + 1, j + 1, amount * u * v)                                         <L 37>
    var_36 = wp::add(var_2, var_35);
    var_38 = wp::add(var_5, var_37);
    var_39 = wp::mul(var_amount, var_9);
    var_40 = wp::mul(var_39, var_13);
    var_41 = wp::atomic_add(var_h, var_36, var_38, var_40);
}


// corpus/192_heightfield_hydraulic_erosion.py:9
static void adj_height_grad_0(
    wp::array_t<wp::float32> var_h,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1,
    wp::array_t<wp::float32> & adj_h,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::float32 & adj_ret_0,
    wp::vec_t<2, wp::float32> & adj_ret_1)
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
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.001;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.001;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 1.0;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 1.0;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<2, wp::float32> var_62;
    const wp::float32 var_63 = 1.0;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::float32 var_70 = 1.0;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::float32 var_74 = 1.0;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
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
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
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
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
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
    wp::vec_t<2, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    //---------
    // forward
    // def height_grad(h: wp.array2d(dtype=float), p: wp.vec2):                               <L 10>
    // nx = h.shape[0]                                                                        <L 11>
    var_0 = &(var_h.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = h.shape[1]                                                                        <L 12>
    var_4 = &(var_h.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // x = wp.clamp(p[0], 0.0, float(nx) - 1.001)                                             <L 13>
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::float(var_2);
    var_13 = wp::sub(var_11, var_12);
    var_14 = wp::clamp(var_9, var_10, var_13);
    // y = wp.clamp(p[1], 0.0, float(ny) - 1.001)                                             <L 14>
    var_16 = wp::extract(var_p, var_15);
    var_18 = wp::float(var_6);
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::clamp(var_16, var_17, var_20);
    // i = int(x)                                                                             <L 15>
    var_22 = wp::int(var_14);
    // j = int(y)                                                                             <L 16>
    var_23 = wp::int(var_21);
    // u = x - float(i)                                                                       <L 17>
    var_24 = wp::float(var_22);
    var_25 = wp::sub(var_14, var_24);
    // v = y - float(j)                                                                       <L 18>
    var_26 = wp::float(var_23);
    var_27 = wp::sub(var_21, var_26);
    // h00 = h[i, j]                                                                          <L 19>
    var_28 = wp::address(var_h, var_22, var_23);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // h10 = h[i + 1, j]                                                                      <L 20>
    var_32 = wp::add(var_22, var_31);
    var_33 = wp::address(var_h, var_32, var_23);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // h01 = h[i, j + 1]                                                                      <L 21>
    var_37 = wp::add(var_23, var_36);
    var_38 = wp::address(var_h, var_22, var_37);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // h11 = h[i + 1, j + 1]                                                                  <L 22>
    var_42 = wp::add(var_22, var_41);
    var_44 = wp::add(var_23, var_43);
    var_45 = wp::address(var_h, var_42, var_44);
    var_47 = wp::load(var_45);
    var_46 = wp::copy(var_47);
    // g = wp.vec2((h10 - h00) * (1.0 - v) + (h11 - h01) * v, (h01 - h00) * (1.0 - u) + (h11 - h10) * u)       <L 23>
    var_48 = wp::sub(var_34, var_29);
    var_50 = wp::sub(var_49, var_27);
    var_51 = wp::mul(var_48, var_50);
    var_52 = wp::sub(var_46, var_39);
    var_53 = wp::mul(var_52, var_27);
    var_54 = wp::add(var_51, var_53);
    var_55 = wp::sub(var_39, var_29);
    var_57 = wp::sub(var_56, var_25);
    var_58 = wp::mul(var_55, var_57);
    var_59 = wp::sub(var_46, var_34);
    var_60 = wp::mul(var_59, var_25);
    var_61 = wp::add(var_58, var_60);
    var_62 = wp::vec_t<2, wp::float32>(var_54, var_61);
    // height = h00 * (1.0 - u) * (1.0 - v) + h10 * u * (1.0 - v) + h01 * (1.0 - u) * v + h11 * u * v       <L 24>
    var_64 = wp::sub(var_63, var_25);
    var_65 = wp::mul(var_29, var_64);
    var_67 = wp::sub(var_66, var_27);
    var_68 = wp::mul(var_65, var_67);
    var_69 = wp::mul(var_34, var_25);
    var_71 = wp::sub(var_70, var_27);
    var_72 = wp::mul(var_69, var_71);
    var_73 = wp::add(var_68, var_72);
    var_75 = wp::sub(var_74, var_25);
    var_76 = wp::mul(var_39, var_75);
    var_77 = wp::mul(var_76, var_27);
    var_78 = wp::add(var_73, var_77);
    var_79 = wp::mul(var_46, var_25);
    var_80 = wp::mul(var_79, var_27);
    var_81 = wp::add(var_78, var_80);
    // return height, g                                                                       <L 25>
    ret_0 = var_81;
    ret_1 = var_62;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_62 += adj_ret_1;
    adj_81 += adj_ret_0;
    // adj: return height, g                                                                  <L 25>
    wp::adj_add(var_78, var_80, adj_78, adj_80, adj_81);
    wp::adj_mul(var_79, var_27, adj_79, adj_27, adj_80);
    wp::adj_mul(var_46, var_25, adj_46, adj_25, adj_79);
    wp::adj_add(var_73, var_77, adj_73, adj_77, adj_78);
    wp::adj_mul(var_76, var_27, adj_76, adj_27, adj_77);
    wp::adj_mul(var_39, var_75, adj_39, adj_75, adj_76);
    wp::adj_sub(var_74, var_25, adj_74, adj_25, adj_75);
    wp::adj_add(var_68, var_72, adj_68, adj_72, adj_73);
    wp::adj_mul(var_69, var_71, adj_69, adj_71, adj_72);
    wp::adj_sub(var_70, var_27, adj_70, adj_27, adj_71);
    wp::adj_mul(var_34, var_25, adj_34, adj_25, adj_69);
    wp::adj_mul(var_65, var_67, adj_65, adj_67, adj_68);
    wp::adj_sub(var_66, var_27, adj_66, adj_27, adj_67);
    wp::adj_mul(var_29, var_64, adj_29, adj_64, adj_65);
    wp::adj_sub(var_63, var_25, adj_63, adj_25, adj_64);
    // adj: height = h00 * (1.0 - u) * (1.0 - v) + h10 * u * (1.0 - v) + h01 * (1.0 - u) * v + h11 * u * v  <L 24>
    wp::adj_vec_t(var_54, var_61, adj_54, adj_61, adj_62);
    wp::adj_add(var_58, var_60, adj_58, adj_60, adj_61);
    wp::adj_mul(var_59, var_25, adj_59, adj_25, adj_60);
    wp::adj_sub(var_46, var_34, adj_46, adj_34, adj_59);
    wp::adj_mul(var_55, var_57, adj_55, adj_57, adj_58);
    wp::adj_sub(var_56, var_25, adj_56, adj_25, adj_57);
    wp::adj_sub(var_39, var_29, adj_39, adj_29, adj_55);
    wp::adj_add(var_51, var_53, adj_51, adj_53, adj_54);
    wp::adj_mul(var_52, var_27, adj_52, adj_27, adj_53);
    wp::adj_sub(var_46, var_39, adj_46, adj_39, adj_52);
    wp::adj_mul(var_48, var_50, adj_48, adj_50, adj_51);
    wp::adj_sub(var_49, var_27, adj_49, adj_27, adj_50);
    wp::adj_sub(var_34, var_29, adj_34, adj_29, adj_48);
    // adj: g = wp.vec2((h10 - h00) * (1.0 - v) + (h11 - h01) * v, (h01 - h00) * (1.0 - u) + (h11 - h10) * u)  <L 23>
    wp::adj_copy(var_47, adj_45, adj_46);
    wp::adj_address(var_h, var_42, var_44, adj_h, adj_42, adj_44, adj_45);
    wp::adj_add(var_23, var_43, adj_23, adj_43, adj_44);
    wp::adj_add(var_22, var_41, adj_22, adj_41, adj_42);
    // adj: h11 = h[i + 1, j + 1]                                                             <L 22>
    wp::adj_copy(var_40, adj_38, adj_39);
    wp::adj_address(var_h, var_22, var_37, adj_h, adj_22, adj_37, adj_38);
    wp::adj_add(var_23, var_36, adj_23, adj_36, adj_37);
    // adj: h01 = h[i, j + 1]                                                                 <L 21>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_h, var_32, var_23, adj_h, adj_32, adj_23, adj_33);
    wp::adj_add(var_22, var_31, adj_22, adj_31, adj_32);
    // adj: h10 = h[i + 1, j]                                                                 <L 20>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_h, var_22, var_23, adj_h, adj_22, adj_23, adj_28);
    // adj: h00 = h[i, j]                                                                     <L 19>
    wp::adj_sub(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_float(var_23, adj_23, adj_26);
    // adj: v = y - float(j)                                                                  <L 18>
    wp::adj_sub(var_14, var_24, adj_14, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_24);
    // adj: u = x - float(i)                                                                  <L 17>
    // adj: j = int(y)                                                                        <L 16>
    // adj: i = int(x)                                                                        <L 15>
    wp::adj_clamp(var_16, var_17, var_20, adj_16, adj_17, adj_20, adj_21);
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_float(var_6, adj_6, adj_18);
    wp::adj_extract(var_p, var_15, adj_p, adj_15, adj_16);
    // adj: y = wp.clamp(p[1], 0.0, float(ny) - 1.001)                                        <L 14>
    wp::adj_clamp(var_9, var_10, var_13, adj_9, adj_10, adj_13, adj_14);
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_2, adj_2, adj_11);
    wp::adj_extract(var_p, var_8, adj_p, adj_8, adj_9);
    // adj: x = wp.clamp(p[0], 0.0, float(nx) - 1.001)                                        <L 13>
    adj_h.shape = adj_4;
    // adj: ny = h.shape[1]                                                                   <L 12>
    adj_h.shape = adj_0;
    // adj: nx = h.shape[0]                                                                   <L 11>
    // adj: def height_grad(h: wp.array2d(dtype=float), p: wp.vec2):                          <L 10>
    return;
}


// corpus/192_heightfield_hydraulic_erosion.py:28
static void adj_deposit_0(
    wp::array_t<wp::float32> var_h,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 var_amount,
    wp::array_t<wp::float32> & adj_h,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::float32 & adj_amount)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
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
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def deposit(h: wp.array2d(dtype=float), p: wp.vec2, amount: float):                    <L 29>
    // i = int(p[0])                                                                          <L 30>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::int(var_1);
    // j = int(p[1])                                                                          <L 31>
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::int(var_4);
    // u = p[0] - float(i)                                                                    <L 32>
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::float(var_2);
    var_9 = wp::sub(var_7, var_8);
    // v = p[1] - float(j)                                                                    <L 33>
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::float(var_5);
    var_13 = wp::sub(var_11, var_12);
    // wp.atomic_add(h, i, j, amount * (1.0 - u) * (1.0 - v))                                 <L 34>
    var_15 = wp::sub(var_14, var_9);
    var_16 = wp::mul(var_amount, var_15);
    var_18 = wp::sub(var_17, var_13);
    var_19 = wp::mul(var_16, var_18);
    // var_20 = wp::atomic_add(var_h, var_2, var_5, var_19);
    // wp.atomic_add(h, i + 1, j, amount * u * (1.0 - v))                                     <L 35>
    var_22 = wp::add(var_2, var_21);
    var_23 = wp::mul(var_amount, var_9);
    var_25 = wp::sub(var_24, var_13);
    var_26 = wp::mul(var_23, var_25);
    // var_27 = wp::atomic_add(var_h, var_22, var_5, var_26);
    // wp.atomic_add(h, i, j + 1, amount * (1.0 - u) * v)                                     <L 36>
    var_29 = wp::add(var_5, var_28);
    var_31 = wp::sub(var_30, var_9);
    var_32 = wp::mul(var_amount, var_31);
    var_33 = wp::mul(var_32, var_13);
    // var_34 = wp::atomic_add(var_h, var_2, var_29, var_33);
    // wp.atomic_add(h, i + 1, j + 1, amount * u * v)                                         <L 37>
    var_36 = wp::add(var_2, var_35);
    var_38 = wp::add(var_5, var_37);
    var_39 = wp::mul(var_amount, var_9);
    var_40 = wp::mul(var_39, var_13);
    // var_41 = wp::atomic_add(var_h, var_36, var_38, var_40);
    //---------
    // reverse
    wp::adj_atomic_add(var_h, var_36, var_38, var_40, adj_h, adj_36, adj_38, adj_40, adj_41);
    wp::adj_mul(var_39, var_13, adj_39, adj_13, adj_40);
    wp::adj_mul(var_amount, var_9, adj_amount, adj_9, adj_39);
    wp::adj_add(var_5, var_37, adj_5, adj_37, adj_38);
    wp::adj_add(var_2, var_35, adj_2, adj_35, adj_36);
    // adj: wp.atomic_add(h, i + 1, j + 1, amount * u * v)                                    <L 37>
    wp::adj_atomic_add(var_h, var_2, var_29, var_33, adj_h, adj_2, adj_29, adj_33, adj_34);
    wp::adj_mul(var_32, var_13, adj_32, adj_13, adj_33);
    wp::adj_mul(var_amount, var_31, adj_amount, adj_31, adj_32);
    wp::adj_sub(var_30, var_9, adj_30, adj_9, adj_31);
    wp::adj_add(var_5, var_28, adj_5, adj_28, adj_29);
    // adj: wp.atomic_add(h, i, j + 1, amount * (1.0 - u) * v)                                <L 36>
    wp::adj_atomic_add(var_h, var_22, var_5, var_26, adj_h, adj_22, adj_5, adj_26, adj_27);
    wp::adj_mul(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_sub(var_24, var_13, adj_24, adj_13, adj_25);
    wp::adj_mul(var_amount, var_9, adj_amount, adj_9, adj_23);
    wp::adj_add(var_2, var_21, adj_2, adj_21, adj_22);
    // adj: wp.atomic_add(h, i + 1, j, amount * u * (1.0 - v))                                <L 35>
    wp::adj_atomic_add(var_h, var_2, var_5, var_19, adj_h, adj_2, adj_5, adj_19, adj_20);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_sub(var_17, var_13, adj_17, adj_13, adj_18);
    wp::adj_mul(var_amount, var_15, adj_amount, adj_15, adj_16);
    wp::adj_sub(var_14, var_9, adj_14, adj_9, adj_15);
    // adj: wp.atomic_add(h, i, j, amount * (1.0 - u) * (1.0 - v))                            <L 34>
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_5, adj_5, adj_12);
    wp::adj_extract(var_p, var_10, adj_p, adj_10, adj_11);
    // adj: v = p[1] - float(j)                                                               <L 33>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_float(var_2, adj_2, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: u = p[0] - float(i)                                                               <L 32>
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    // adj: j = int(p[1])                                                                     <L 31>
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: i = int(p[0])                                                                     <L 30>
    // adj: def deposit(h: wp.array2d(dtype=float), p: wp.vec2, amount: float):               <L 29>
    return;
}

struct wp_args_droplets_03252f5b {
    wp::array_t<wp::float32> h;
    wp::int32 seed;
    wp::int32 steps;
    wp::float32 inertia;
    wp::array_t<wp::float32> eroded;
};


void droplets_03252f5b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_droplets_03252f5b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_steps = _wp_args->steps;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::array_t<wp::float32> var_eroded = _wp_args->eroded;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::range_t var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    const wp::float32 var_33 = 1.0;
    wp::float32 var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1e-06;
    bool var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::vec_t<2, wp::float32> var_42;
    bool var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    const wp::float32 var_50 = 0.0;
    bool var_51;
    const wp::int32 var_52 = 0;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::float32 var_56;
    bool var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32 var_62;
    bool var_63;
    wp::vec_t<2, wp::float32> var_64;
    wp::float32 var_65;
    wp::vec_t<2, wp::float32> var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 4.0;
    wp::float32 var_72;
    const wp::float32 var_73 = 0.01;
    wp::float32 var_74;
    bool var_75;
    bool var_76;
    const wp::float32 var_77 = 0.0;
    bool var_78;
    const wp::float32 var_79 = 0.0;
    bool var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::float32 var_83 = 0.3;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::float32 var_88 = 0.3;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 4.0;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 0.0;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::float32 var_105 = 1.0;
    const wp::float32 var_106 = 0.02;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::vec_t<2, wp::float32> var_109;
    //---------
    // forward
    // def droplets(h: wp.array2d(dtype=float), seed: int, steps: int, inertia: float, eroded: wp.array(dtype=float)):       <L 41>
    // d = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, d)                                                          <L 43>
    var_1 = wp::rand_init(var_seed, var_0);
    // nx = h.shape[0]                                                                        <L 44>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = h.shape[1]                                                                        <L 45>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // p = wp.vec2(wp.randf(state) * float(nx - 2), wp.randf(state) * float(ny - 2))          <L 46>
    var_10 = wp::randf(var_1);
    var_12 = wp::sub(var_4, var_11);
    var_13 = wp::float(var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::randf(var_1);
    var_17 = wp::sub(var_8, var_16);
    var_18 = wp::float(var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::vec_t<2, wp::float32>(var_14, var_19);
    // dir = wp.vec2()                                                                        <L 47>
    var_21 = wp::vec_t<2, wp::float32>();
    // speed = float(1.0)                                                                     <L 48>
    var_23 = wp::float(var_22);
    // water = float(1.0)                                                                     <L 49>
    var_25 = wp::float(var_24);
    // sediment = float(0.0)                                                                  <L 50>
    var_27 = wp::float(var_26);
    // for s in range(steps):                                                                 <L 51>
    var_28 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_28) == 0) goto end_for_0;
        var_29 = wp::iter_next(var_28);
        // hp, g = height_grad(h, p)                                                          <L 52>
        height_grad_0(var_h, var_20, var_30, var_31);
        // dir = dir * inertia - g * (1.0 - inertia)                                          <L 53>
        var_32 = wp::mul(var_21, var_inertia);
        var_34 = wp::sub(var_33, var_inertia);
        var_35 = wp::mul(var_31, var_34);
        var_36 = wp::sub(var_32, var_35);
        // l = wp.length(dir)                                                                 <L 54>
        var_37 = wp::length(var_36);
        // if l < 1.0e-6:                                                                     <L 55>
        var_39 = (var_37 < var_38);
        if (var_39) {
            // break                                                                          <L 56>
            wp::assign(var_21, var_36);
            goto end_for_0;
        }
        var_40 = wp::where(var_39, var_21, var_36);
        // dir = dir / l                                                                      <L 57>
        var_41 = wp::div(var_40, var_37);
        // np_ = p + dir                                                                      <L 58>
        var_42 = wp::add(var_20, var_41);
        // if np_[0] < 0.0 or np_[1] < 0.0 or np_[0] >= float(nx - 1) or np_[1] >= float(ny - 1):       <L 59>
        var_45 = wp::extract(var_42, var_44);
        var_47 = (var_45 < var_46);
        var_43 = var_47;
        if (!var_43) {
            var_49 = wp::extract(var_42, var_48);
            var_51 = (var_49 < var_50);
            var_43 = var_43 || var_51;
        }
        if (!var_43) {
            var_53 = wp::extract(var_42, var_52);
            var_55 = wp::sub(var_4, var_54);
            var_56 = wp::float(var_55);
            var_57 = (var_53 >= var_56);
            var_43 = var_43 || var_57;
        }
        if (!var_43) {
            var_59 = wp::extract(var_42, var_58);
            var_61 = wp::sub(var_8, var_60);
            var_62 = wp::float(var_61);
            var_63 = (var_59 >= var_62);
            var_43 = var_43 || var_63;
        }
        if (var_43) {
            // break                                                                          <L 60>
            wp::assign(var_21, var_41);
            goto end_for_0;
        }
        var_64 = wp::where(var_43, var_21, var_41);
        // hn, gn = height_grad(h, np_)                                                       <L 61>
        height_grad_0(var_h, var_42, var_65, var_66);
        // dh = hn - hp                                                                       <L 62>
        var_67 = wp::sub(var_65, var_30);
        // cap = wp.max(-dh * speed * water * CAPACITY, 0.01)                                 <L 63>
        var_68 = wp::neg(var_67);
        var_69 = wp::mul(var_68, var_23);
        var_70 = wp::mul(var_69, var_25);
        var_72 = wp::mul(var_70, var_71);
        var_74 = wp::max(var_72, var_73);
        // if sediment > cap or dh > 0.0:                                                     <L 64>
        var_76 = (var_27 > var_74);
        var_75 = var_76;
        if (!var_75) {
            var_78 = (var_67 > var_77);
            var_75 = var_75 || var_78;
        }
        if (var_75) {
            // amt = wp.min(dh, sediment) if dh > 0.0 else (sediment - cap) * DEPOSITION       <L 65>
            var_80 = (var_67 > var_79);
            if (var_80) {
                var_81 = wp::min(var_67, var_27);
            }
            if (!var_80) {
                var_82 = wp::sub(var_27, var_74);
                var_84 = wp::mul(var_82, var_83);
            }
            var_85 = wp::where(var_80, var_81, var_84);
            // sediment -= amt                                                                <L 66>
            var_86 = wp::sub(var_27, var_85);
            // deposit(h, p, amt)                                                             <L 67>
            deposit_0(var_h, var_20, var_85);
        }
        if (!var_75) {
            // amt = wp.min((cap - sediment) * EROSION, -dh)                                  <L 69>
            var_87 = wp::sub(var_74, var_27);
            var_89 = wp::mul(var_87, var_88);
            var_90 = wp::neg(var_67);
            var_91 = wp::min(var_89, var_90);
            // sediment += amt                                                                <L 70>
            var_92 = wp::add(var_27, var_91);
            // deposit(h, p, -amt)                                                            <L 71>
            var_93 = wp::neg(var_91);
            deposit_0(var_h, var_20, var_93);
            // wp.atomic_add(eroded, 0, amt)                                                  <L 72>
            var_95 = wp::atomic_add(var_eroded, var_94, var_91);
        }
        var_96 = wp::where(var_75, var_86, var_92);
        var_97 = wp::where(var_75, var_85, var_91);
        // speed = wp.sqrt(wp.max(speed * speed + dh * 4.0, 0.0))                             <L 73>
        var_98 = wp::mul(var_23, var_23);
        var_100 = wp::mul(var_67, var_99);
        var_101 = wp::add(var_98, var_100);
        var_103 = wp::max(var_101, var_102);
        var_104 = wp::sqrt(var_103);
        // water *= 1.0 - EVAPORATION                                                         <L 74>
        var_107 = wp::sub(var_105, var_106);
        var_108 = wp::mul(var_25, var_107);
        // p = np_                                                                            <L 75>
        var_109 = wp::copy(var_42);
        wp::assign(var_20, var_109);
        wp::assign(var_21, var_64);
        wp::assign(var_23, var_104);
        wp::assign(var_25, var_108);
        wp::assign(var_27, var_96);
        goto start_for_0;
    end_for_0:;
}



void droplets_03252f5b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_droplets_03252f5b *_wp_args,
    wp_args_droplets_03252f5b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_steps = _wp_args->steps;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::array_t<wp::float32> var_eroded = _wp_args->eroded;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_steps = _wp_adj_args->steps;
    wp::float32 adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::float32> adj_eroded = _wp_adj_args->eroded;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::range_t var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    const wp::float32 var_33 = 1.0;
    wp::float32 var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1e-06;
    bool var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::vec_t<2, wp::float32> var_42;
    bool var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    const wp::float32 var_50 = 0.0;
    bool var_51;
    const wp::int32 var_52 = 0;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::float32 var_56;
    bool var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32 var_62;
    bool var_63;
    wp::vec_t<2, wp::float32> var_64;
    wp::float32 var_65;
    wp::vec_t<2, wp::float32> var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 4.0;
    wp::float32 var_72;
    const wp::float32 var_73 = 0.01;
    wp::float32 var_74;
    bool var_75;
    bool var_76;
    const wp::float32 var_77 = 0.0;
    bool var_78;
    const wp::float32 var_79 = 0.0;
    bool var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::float32 var_83 = 0.3;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::float32 var_88 = 0.3;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 4.0;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 0.0;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::float32 var_105 = 1.0;
    const wp::float32 var_106 = 0.02;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::vec_t<2, wp::float32> var_109;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
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
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::range_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::vec_t<2, wp::float32> adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::vec_t<2, wp::float32> adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    bool adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::vec_t<2, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<2, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    bool adj_75 = {};
    bool adj_76 = {};
    wp::float32 adj_77 = {};
    bool adj_78 = {};
    wp::float32 adj_79 = {};
    bool adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::vec_t<2, wp::float32> adj_109 = {};
    //---------
    // forward
    // def droplets(h: wp.array2d(dtype=float), seed: int, steps: int, inertia: float, eroded: wp.array(dtype=float)):       <L 41>
    // d = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, d)                                                          <L 43>
    var_1 = wp::rand_init(var_seed, var_0);
    // nx = h.shape[0]                                                                        <L 44>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = h.shape[1]                                                                        <L 45>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // p = wp.vec2(wp.randf(state) * float(nx - 2), wp.randf(state) * float(ny - 2))          <L 46>
    var_10 = wp::randf(var_1);
    var_12 = wp::sub(var_4, var_11);
    var_13 = wp::float(var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::randf(var_1);
    var_17 = wp::sub(var_8, var_16);
    var_18 = wp::float(var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::vec_t<2, wp::float32>(var_14, var_19);
    // dir = wp.vec2()                                                                        <L 47>
    var_21 = wp::vec_t<2, wp::float32>();
    // speed = float(1.0)                                                                     <L 48>
    var_23 = wp::float(var_22);
    // water = float(1.0)                                                                     <L 49>
    var_25 = wp::float(var_24);
    // sediment = float(0.0)                                                                  <L 50>
    var_27 = wp::float(var_26);
    // for s in range(steps):                                                                 <L 51>
    var_28 = wp::range(var_steps);
    //---------
    // reverse
    var_28 = wp::iter_reverse(var_28);
    start_for_0:;
        if (iter_cmp(var_28) == 0) goto end_for_0;
        var_29 = wp::iter_next(var_28);
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
        // hp, g = height_grad(h, p)                                                          <L 52>
        height_grad_0(var_h, var_20, var_30, var_31);
        // dir = dir * inertia - g * (1.0 - inertia)                                          <L 53>
        var_32 = wp::mul(var_21, var_inertia);
        var_34 = wp::sub(var_33, var_inertia);
        var_35 = wp::mul(var_31, var_34);
        var_36 = wp::sub(var_32, var_35);
        // l = wp.length(dir)                                                                 <L 54>
        var_37 = wp::length(var_36);
        // if l < 1.0e-6:                                                                     <L 55>
        var_39 = (var_37 < var_38);
        if (var_39) {
            // break                                                                          <L 56>
            wp::assign(var_21, var_36);
            goto end_for_0;
        }
        var_40 = wp::where(var_39, var_21, var_36);
        // dir = dir / l                                                                      <L 57>
        var_41 = wp::div(var_40, var_37);
        // np_ = p + dir                                                                      <L 58>
        var_42 = wp::add(var_20, var_41);
        // if np_[0] < 0.0 or np_[1] < 0.0 or np_[0] >= float(nx - 1) or np_[1] >= float(ny - 1):       <L 59>
        var_45 = wp::extract(var_42, var_44);
        var_47 = (var_45 < var_46);
        var_43 = var_47;
        if (!var_43) {
            var_49 = wp::extract(var_42, var_48);
            var_51 = (var_49 < var_50);
            var_43 = var_43 || var_51;
        }
        if (!var_43) {
            var_53 = wp::extract(var_42, var_52);
            var_55 = wp::sub(var_4, var_54);
            var_56 = wp::float(var_55);
            var_57 = (var_53 >= var_56);
            var_43 = var_43 || var_57;
        }
        if (!var_43) {
            var_59 = wp::extract(var_42, var_58);
            var_61 = wp::sub(var_8, var_60);
            var_62 = wp::float(var_61);
            var_63 = (var_59 >= var_62);
            var_43 = var_43 || var_63;
        }
        if (var_43) {
            // break                                                                          <L 60>
            wp::assign(var_21, var_41);
            goto end_for_0;
        }
        var_64 = wp::where(var_43, var_21, var_41);
        // hn, gn = height_grad(h, np_)                                                       <L 61>
        height_grad_0(var_h, var_42, var_65, var_66);
        // dh = hn - hp                                                                       <L 62>
        var_67 = wp::sub(var_65, var_30);
        // cap = wp.max(-dh * speed * water * CAPACITY, 0.01)                                 <L 63>
        var_68 = wp::neg(var_67);
        var_69 = wp::mul(var_68, var_23);
        var_70 = wp::mul(var_69, var_25);
        var_72 = wp::mul(var_70, var_71);
        var_74 = wp::max(var_72, var_73);
        // if sediment > cap or dh > 0.0:                                                     <L 64>
        var_76 = (var_27 > var_74);
        var_75 = var_76;
        if (!var_75) {
            var_78 = (var_67 > var_77);
            var_75 = var_75 || var_78;
        }
        if (var_75) {
            // amt = wp.min(dh, sediment) if dh > 0.0 else (sediment - cap) * DEPOSITION       <L 65>
            var_80 = (var_67 > var_79);
            if (var_80) {
                var_81 = wp::min(var_67, var_27);
            }
            if (!var_80) {
                var_82 = wp::sub(var_27, var_74);
                var_84 = wp::mul(var_82, var_83);
            }
            var_85 = wp::where(var_80, var_81, var_84);
            // sediment -= amt                                                                <L 66>
            var_86 = wp::sub(var_27, var_85);
            // deposit(h, p, amt)                                                             <L 67>
            deposit_0(var_h, var_20, var_85);
        }
        if (!var_75) {
            // amt = wp.min((cap - sediment) * EROSION, -dh)                                  <L 69>
            var_87 = wp::sub(var_74, var_27);
            var_89 = wp::mul(var_87, var_88);
            var_90 = wp::neg(var_67);
            var_91 = wp::min(var_89, var_90);
            // sediment += amt                                                                <L 70>
            var_92 = wp::add(var_27, var_91);
            // deposit(h, p, -amt)                                                            <L 71>
            var_93 = wp::neg(var_91);
            deposit_0(var_h, var_20, var_93);
            // wp.atomic_add(eroded, 0, amt)                                                  <L 72>
            // var_95 = wp::atomic_add(var_eroded, var_94, var_91);
        }
        var_96 = wp::where(var_75, var_86, var_92);
        var_97 = wp::where(var_75, var_85, var_91);
        // speed = wp.sqrt(wp.max(speed * speed + dh * 4.0, 0.0))                             <L 73>
        var_98 = wp::mul(var_23, var_23);
        var_100 = wp::mul(var_67, var_99);
        var_101 = wp::add(var_98, var_100);
        var_103 = wp::max(var_101, var_102);
        var_104 = wp::sqrt(var_103);
        // water *= 1.0 - EVAPORATION                                                         <L 74>
        var_107 = wp::sub(var_105, var_106);
        var_108 = wp::mul(var_25, var_107);
        // p = np_                                                                            <L 75>
        var_109 = wp::copy(var_42);
        wp::assign(var_20, var_109);
        wp::assign(var_21, var_64);
        wp::assign(var_23, var_104);
        wp::assign(var_25, var_108);
        wp::assign(var_27, var_96);
        wp::adj_assign(var_27, var_96, adj_27, adj_96);
        wp::adj_assign(var_25, var_108, adj_25, adj_108);
        wp::adj_assign(var_23, var_104, adj_23, adj_104);
        wp::adj_assign(var_21, var_64, adj_21, adj_64);
        wp::adj_assign(var_20, var_109, adj_20, adj_109);
        wp::adj_copy(var_42, adj_42, adj_109);
        // adj: p = np_                                                                       <L 75>
        wp::adj_mul(var_25, var_107, adj_25, adj_107, adj_108);
        wp::adj_sub(var_105, var_106, adj_105, adj_106, adj_107);
        // adj: water *= 1.0 - EVAPORATION                                                    <L 74>
        wp::adj_sqrt(var_103, var_104, adj_103, adj_104);
        wp::adj_max(var_101, var_102, adj_101, adj_102, adj_103);
        wp::adj_add(var_98, var_100, adj_98, adj_100, adj_101);
        wp::adj_mul(var_67, var_99, adj_67, adj_99, adj_100);
        wp::adj_mul(var_23, var_23, adj_23, adj_23, adj_98);
        // adj: speed = wp.sqrt(wp.max(speed * speed + dh * 4.0, 0.0))                        <L 73>
        wp::adj_where(var_75, var_85, var_91, adj_75, adj_85, adj_91, adj_97);
        wp::adj_where(var_75, var_86, var_92, adj_75, adj_86, adj_92, adj_96);
        if (!var_75) {
            wp::adj_atomic_add(var_eroded, var_94, var_91, adj_eroded, adj_94, adj_91, adj_95);
            // adj: wp.atomic_add(eroded, 0, amt)                                             <L 72>
            adj_deposit_0(var_h, var_20, var_93, adj_h, adj_20, adj_93);
            wp::adj_neg(var_91, adj_91, adj_93);
            // adj: deposit(h, p, -amt)                                                       <L 71>
            wp::adj_add(var_27, var_91, adj_27, adj_91, adj_92);
            // adj: sediment += amt                                                           <L 70>
            wp::adj_min(var_89, var_90, adj_89, adj_90, adj_91);
            wp::adj_neg(var_67, adj_67, adj_90);
            wp::adj_mul(var_87, var_88, adj_87, adj_88, adj_89);
            wp::adj_sub(var_74, var_27, adj_74, adj_27, adj_87);
            // adj: amt = wp.min((cap - sediment) * EROSION, -dh)                             <L 69>
        }
        if (var_75) {
            adj_deposit_0(var_h, var_20, var_85, adj_h, adj_20, adj_85);
            // adj: deposit(h, p, amt)                                                        <L 67>
            wp::adj_sub(var_27, var_85, adj_27, adj_85, adj_86);
            // adj: sediment -= amt                                                           <L 66>
            wp::adj_where(var_80, var_81, var_84, adj_80, adj_81, adj_84, adj_85);
            if (!var_80) {
                wp::adj_mul(var_82, var_83, adj_82, adj_83, adj_84);
                wp::adj_sub(var_27, var_74, adj_27, adj_74, adj_82);
            }
            if (var_80) {
                wp::adj_min(var_67, var_27, adj_67, adj_27, adj_81);
            }
            // adj: amt = wp.min(dh, sediment) if dh > 0.0 else (sediment - cap) * DEPOSITION  <L 65>
        }
        if (!var_75) {
        }
        // adj: if sediment > cap or dh > 0.0:                                                <L 64>
        wp::adj_max(var_72, var_73, adj_72, adj_73, adj_74);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_mul(var_69, var_25, adj_69, adj_25, adj_70);
        wp::adj_mul(var_68, var_23, adj_68, adj_23, adj_69);
        wp::adj_neg(var_67, adj_67, adj_68);
        // adj: cap = wp.max(-dh * speed * water * CAPACITY, 0.01)                            <L 63>
        wp::adj_sub(var_65, var_30, adj_65, adj_30, adj_67);
        // adj: dh = hn - hp                                                                  <L 62>
        adj_height_grad_0(var_h, var_42, var_65, var_66, adj_h, adj_42, adj_65, adj_66);
        // adj: hn, gn = height_grad(h, np_)                                                  <L 61>
        wp::adj_where(var_43, var_21, var_41, adj_43, adj_21, adj_41, adj_64);
        if (var_43) {
            wp::adj_assign(var_21, var_41, adj_21, adj_41);
            // adj: break                                                                     <L 60>
        }
        if (!var_43) {
            wp::adj_float(var_61, adj_61, adj_62);
            wp::adj_sub(var_8, var_60, adj_8, adj_60, adj_61);
            wp::adj_extract(var_42, var_58, adj_42, adj_58, adj_59);
        }
        if (!var_43) {
            wp::adj_float(var_55, adj_55, adj_56);
            wp::adj_sub(var_4, var_54, adj_4, adj_54, adj_55);
            wp::adj_extract(var_42, var_52, adj_42, adj_52, adj_53);
        }
        if (!var_43) {
            wp::adj_extract(var_42, var_48, adj_42, adj_48, adj_49);
        }
        wp::adj_extract(var_42, var_44, adj_42, adj_44, adj_45);
        // adj: if np_[0] < 0.0 or np_[1] < 0.0 or np_[0] >= float(nx - 1) or np_[1] >= float(ny - 1):  <L 59>
        wp::adj_add(var_20, var_41, adj_20, adj_41, adj_42);
        // adj: np_ = p + dir                                                                 <L 58>
        wp::adj_div(var_40, var_37, adj_40, adj_37, adj_41);
        // adj: dir = dir / l                                                                 <L 57>
        wp::adj_where(var_39, var_21, var_36, adj_39, adj_21, adj_36, adj_40);
        if (var_39) {
            wp::adj_assign(var_21, var_36, adj_21, adj_36);
            // adj: break                                                                     <L 56>
        }
        // adj: if l < 1.0e-6:                                                                <L 55>
        wp::adj_length(var_36, var_37, adj_36, adj_37);
        // adj: l = wp.length(dir)                                                            <L 54>
        wp::adj_sub(var_32, var_35, adj_32, adj_35, adj_36);
        wp::adj_mul(var_31, var_34, adj_31, adj_34, adj_35);
        wp::adj_sub(var_33, var_inertia, adj_33, adj_inertia, adj_34);
        wp::adj_mul(var_21, var_inertia, adj_21, adj_inertia, adj_32);
        // adj: dir = dir * inertia - g * (1.0 - inertia)                                     <L 53>
        adj_height_grad_0(var_h, var_20, var_30, var_31, adj_h, adj_20, adj_30, adj_31);
        // adj: hp, g = height_grad(h, p)                                                     <L 52>
    	goto start_for_0;
    end_for_0:;
    // adj: for s in range(steps):                                                            <L 51>
    wp::adj_float(var_26, adj_26, adj_27);
    // adj: sediment = float(0.0)                                                             <L 50>
    wp::adj_float(var_24, adj_24, adj_25);
    // adj: water = float(1.0)                                                                <L 49>
    wp::adj_float(var_22, adj_22, adj_23);
    // adj: speed = float(1.0)                                                                <L 48>
    // adj: dir = wp.vec2()                                                                   <L 47>
    wp::adj_vec_t(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_mul(var_15, var_18, adj_15, adj_18, adj_19);
    wp::adj_float(var_17, adj_17, adj_18);
    wp::adj_sub(var_8, var_16, adj_8, adj_16, adj_17);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_float(var_12, adj_12, adj_13);
    wp::adj_sub(var_4, var_11, adj_4, adj_11, adj_12);
    // adj: p = wp.vec2(wp.randf(state) * float(nx - 2), wp.randf(state) * float(ny - 2))     <L 46>
    adj_h.shape = adj_6;
    // adj: ny = h.shape[1]                                                                   <L 45>
    adj_h.shape = adj_2;
    // adj: nx = h.shape[0]                                                                   <L 44>
    // adj: state = wp.rand_init(seed, d)                                                     <L 43>
    // adj: d = wp.tid()                                                                      <L 42>
    // adj: def droplets(h: wp.array2d(dtype=float), seed: int, steps: int, inertia: float, eroded: wp.array(dtype=float)):  <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void droplets_03252f5b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_droplets_03252f5b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        droplets_03252f5b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void droplets_03252f5b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_droplets_03252f5b *_wp_args,
    wp_args_droplets_03252f5b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        droplets_03252f5b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_thermal_relax_ea02672b {
    wp::array_t<wp::float32> h;
    wp::array_t<wp::float32> out;
    wp::float32 talus;
    wp::float32 rate;
};


void thermal_relax_ea02672b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_thermal_relax_ea02672b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_talus = _wp_args->talus;
    wp::float32 var_rate = _wp_args->rate;
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
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::int32 var_15 = -1;
    const wp::int32 var_16 = -1;
    const wp::int32 var_17 = 2;
    wp::range_t var_18;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = -1;
    const wp::int32 var_51 = 2;
    wp::range_t var_52;
    wp::int32 var_53;
    bool var_54;
    const wp::int32 var_55 = 0;
    bool var_56;
    const wp::int32 var_57 = 0;
    bool var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::float32* var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    bool var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    const wp::int32 var_84 = -1;
    const wp::int32 var_85 = 2;
    wp::range_t var_86;
    wp::int32 var_87;
    bool var_88;
    const wp::int32 var_89 = 0;
    bool var_90;
    const wp::int32 var_91 = 0;
    bool var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 0;
    const wp::int32 var_95 = 1;
    wp::int32 var_96;
    wp::int32 var_97;
    wp::int32 var_98;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    wp::int32 var_102;
    wp::float32* var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    bool var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    bool var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 8.0;
    wp::float32 var_118;
    wp::float32 var_119;
    //---------
    // forward
    // def thermal_relax(h: wp.array2d(dtype=float), out: wp.array2d(dtype=float), talus: float, rate: float):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = h.shape[0]                                                                        <L 81>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = h.shape[1]                                                                        <L 82>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // c = h[i, j]                                                                            <L 83>
    var_10 = wp::address(var_h, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // delta = float(0.0)                                                                     <L 84>
    var_14 = wp::float(var_13);
    // for di in range(-1, 2):                                                                <L 85>
    // for dj in range(-1, 2):                                                                <L 86>
    var_18 = wp::range(var_16, var_17);
    start_for_0:;
        if (iter_cmp(var_18) == 0) goto end_for_0;
        var_19 = wp::iter_next(var_18);
        // if di == 0 and dj == 0:                                                            <L 87>
        var_22 = (var_15 == var_21);
        var_20 = var_22;
        if (var_20) {
            var_24 = (var_19 == var_23);
            var_20 = var_20 && var_24;
        }
        if (var_20) {
            // continue                                                                       <L 88>
            goto start_for_0;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_25 = wp::add(var_0, var_15);
        var_28 = wp::sub(var_4, var_27);
        var_29 = wp::clamp(var_25, var_26, var_28);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_30 = wp::add(var_1, var_19);
        var_33 = wp::sub(var_8, var_32);
        var_34 = wp::clamp(var_30, var_31, var_33);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_35 = wp::address(var_h, var_29, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_11);
        // if diff > talus:                                                                   <L 92>
        var_38 = (var_36 > var_talus);
        if (var_38) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_39 = wp::sub(var_36, var_talus);
            var_40 = wp::mul(var_rate, var_39);
            var_41 = wp::add(var_14, var_40);
        }
        if (!var_38) {
            // elif diff < -talus:                                                            <L 94>
            var_42 = wp::neg(var_talus);
            var_43 = (var_36 < var_42);
            if (var_43) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_44 = wp::add(var_36, var_talus);
                var_45 = wp::mul(var_rate, var_44);
                var_46 = wp::add(var_14, var_45);
            }
            var_47 = wp::where(var_43, var_46, var_14);
        }
        var_48 = wp::where(var_38, var_41, var_47);
        wp::assign(var_14, var_48);
        goto start_for_0;
    end_for_0:;
    // for dj in range(-1, 2):                                                                <L 86>
    var_52 = wp::range(var_50, var_51);
    start_for_2:;
        if (iter_cmp(var_52) == 0) goto end_for_2;
        var_53 = wp::iter_next(var_52);
        // if di == 0 and dj == 0:                                                            <L 87>
        var_56 = (var_49 == var_55);
        var_54 = var_56;
        if (var_54) {
            var_58 = (var_53 == var_57);
            var_54 = var_54 && var_58;
        }
        if (var_54) {
            // continue                                                                       <L 88>
            goto start_for_2;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_59 = wp::add(var_0, var_49);
        var_62 = wp::sub(var_4, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_64 = wp::add(var_1, var_53);
        var_67 = wp::sub(var_8, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_69 = wp::address(var_h, var_63, var_68);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_71, var_11);
        // if diff > talus:                                                                   <L 92>
        var_72 = (var_70 > var_talus);
        if (var_72) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_73 = wp::sub(var_70, var_talus);
            var_74 = wp::mul(var_rate, var_73);
            var_75 = wp::add(var_14, var_74);
        }
        if (!var_72) {
            // elif diff < -talus:                                                            <L 94>
            var_76 = wp::neg(var_talus);
            var_77 = (var_70 < var_76);
            if (var_77) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_78 = wp::add(var_70, var_talus);
                var_79 = wp::mul(var_rate, var_78);
                var_80 = wp::add(var_14, var_79);
            }
            var_81 = wp::where(var_77, var_80, var_14);
        }
        var_82 = wp::where(var_72, var_75, var_81);
        wp::assign(var_14, var_82);
        wp::assign(var_29, var_63);
        wp::assign(var_34, var_68);
        wp::assign(var_36, var_70);
        goto start_for_2;
    end_for_2:;
    // for dj in range(-1, 2):                                                                <L 86>
    var_86 = wp::range(var_84, var_85);
    start_for_4:;
        if (iter_cmp(var_86) == 0) goto end_for_4;
        var_87 = wp::iter_next(var_86);
        // if di == 0 and dj == 0:                                                            <L 87>
        var_90 = (var_83 == var_89);
        var_88 = var_90;
        if (var_88) {
            var_92 = (var_87 == var_91);
            var_88 = var_88 && var_92;
        }
        if (var_88) {
            // continue                                                                       <L 88>
            goto start_for_4;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_93 = wp::add(var_0, var_83);
        var_96 = wp::sub(var_4, var_95);
        var_97 = wp::clamp(var_93, var_94, var_96);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_98 = wp::add(var_1, var_87);
        var_101 = wp::sub(var_8, var_100);
        var_102 = wp::clamp(var_98, var_99, var_101);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_103 = wp::address(var_h, var_97, var_102);
        var_105 = wp::load(var_103);
        var_104 = wp::sub(var_105, var_11);
        // if diff > talus:                                                                   <L 92>
        var_106 = (var_104 > var_talus);
        if (var_106) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_107 = wp::sub(var_104, var_talus);
            var_108 = wp::mul(var_rate, var_107);
            var_109 = wp::add(var_14, var_108);
        }
        if (!var_106) {
            // elif diff < -talus:                                                            <L 94>
            var_110 = wp::neg(var_talus);
            var_111 = (var_104 < var_110);
            if (var_111) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_112 = wp::add(var_104, var_talus);
                var_113 = wp::mul(var_rate, var_112);
                var_114 = wp::add(var_14, var_113);
            }
            var_115 = wp::where(var_111, var_114, var_14);
        }
        var_116 = wp::where(var_106, var_109, var_115);
        wp::assign(var_14, var_116);
        wp::assign(var_29, var_97);
        wp::assign(var_34, var_102);
        wp::assign(var_36, var_104);
        goto start_for_4;
    end_for_4:;
    // out[i, j] = c + delta / 8.0                                                            <L 96>
    var_118 = wp::div(var_14, var_117);
    var_119 = wp::add(var_11, var_118);
    wp::array_store(var_out, var_0, var_1, var_119);
}



void thermal_relax_ea02672b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_thermal_relax_ea02672b *_wp_args,
    wp_args_thermal_relax_ea02672b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_talus = _wp_args->talus;
    wp::float32 var_rate = _wp_args->rate;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::float32 adj_talus = _wp_adj_args->talus;
    wp::float32 adj_rate = _wp_adj_args->rate;
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
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::int32 var_15 = -1;
    const wp::int32 var_16 = -1;
    const wp::int32 var_17 = 2;
    wp::range_t var_18;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = -1;
    const wp::int32 var_51 = 2;
    wp::range_t var_52;
    wp::int32 var_53;
    bool var_54;
    const wp::int32 var_55 = 0;
    bool var_56;
    const wp::int32 var_57 = 0;
    bool var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::float32* var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    bool var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    bool var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    const wp::int32 var_84 = -1;
    const wp::int32 var_85 = 2;
    wp::range_t var_86;
    wp::int32 var_87;
    bool var_88;
    const wp::int32 var_89 = 0;
    bool var_90;
    const wp::int32 var_91 = 0;
    bool var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 0;
    const wp::int32 var_95 = 1;
    wp::int32 var_96;
    wp::int32 var_97;
    wp::int32 var_98;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    wp::int32 var_102;
    wp::float32* var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    bool var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    bool var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 8.0;
    wp::float32 var_118;
    wp::float32 var_119;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::range_t adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::range_t adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::int32 adj_55 = {};
    bool adj_56 = {};
    wp::int32 adj_57 = {};
    bool adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    bool adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::range_t adj_86 = {};
    wp::int32 adj_87 = {};
    bool adj_88 = {};
    wp::int32 adj_89 = {};
    bool adj_90 = {};
    wp::int32 adj_91 = {};
    bool adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    bool adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    bool adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    //---------
    // forward
    // def thermal_relax(h: wp.array2d(dtype=float), out: wp.array2d(dtype=float), talus: float, rate: float):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = h.shape[0]                                                                        <L 81>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = h.shape[1]                                                                        <L 82>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // c = h[i, j]                                                                            <L 83>
    var_10 = wp::address(var_h, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // delta = float(0.0)                                                                     <L 84>
    var_14 = wp::float(var_13);
    // for di in range(-1, 2):                                                                <L 85>
    // for dj in range(-1, 2):                                                                <L 86>
    var_18 = wp::range(var_16, var_17);
    // for dj in range(-1, 2):                                                                <L 86>
    var_52 = wp::range(var_50, var_51);
    // for dj in range(-1, 2):                                                                <L 86>
    var_86 = wp::range(var_84, var_85);
    // out[i, j] = c + delta / 8.0                                                            <L 96>
    var_118 = wp::div(var_14, var_117);
    var_119 = wp::add(var_11, var_118);
    // wp::array_store(var_out, var_0, var_1, var_119);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_119, adj_out, adj_0, adj_1, adj_119);
    wp::adj_add(var_11, var_118, adj_11, adj_118, adj_119);
    wp::adj_div(var_14, var_117, var_118, adj_14, adj_117, adj_118);
    // adj: out[i, j] = c + delta / 8.0                                                       <L 96>
    var_86 = wp::iter_reverse(var_86);
    start_for_4:;
        if (iter_cmp(var_86) == 0) goto end_for_4;
        var_87 = wp::iter_next(var_86);
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
        // if di == 0 and dj == 0:                                                            <L 87>
        var_90 = (var_83 == var_89);
        var_88 = var_90;
        if (var_88) {
            var_92 = (var_87 == var_91);
            var_88 = var_88 && var_92;
        }
        if (var_88) {
            // continue                                                                       <L 88>
            goto start_for_4;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_93 = wp::add(var_0, var_83);
        var_96 = wp::sub(var_4, var_95);
        var_97 = wp::clamp(var_93, var_94, var_96);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_98 = wp::add(var_1, var_87);
        var_101 = wp::sub(var_8, var_100);
        var_102 = wp::clamp(var_98, var_99, var_101);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_103 = wp::address(var_h, var_97, var_102);
        var_105 = wp::load(var_103);
        var_104 = wp::sub(var_105, var_11);
        // if diff > talus:                                                                   <L 92>
        var_106 = (var_104 > var_talus);
        if (var_106) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_107 = wp::sub(var_104, var_talus);
            var_108 = wp::mul(var_rate, var_107);
            var_109 = wp::add(var_14, var_108);
        }
        if (!var_106) {
            // elif diff < -talus:                                                            <L 94>
            var_110 = wp::neg(var_talus);
            var_111 = (var_104 < var_110);
            if (var_111) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_112 = wp::add(var_104, var_talus);
                var_113 = wp::mul(var_rate, var_112);
                var_114 = wp::add(var_14, var_113);
            }
            var_115 = wp::where(var_111, var_114, var_14);
        }
        var_116 = wp::where(var_106, var_109, var_115);
        wp::assign(var_14, var_116);
        wp::assign(var_29, var_97);
        wp::assign(var_34, var_102);
        wp::assign(var_36, var_104);
        wp::adj_assign(var_36, var_104, adj_36, adj_104);
        wp::adj_assign(var_34, var_102, adj_34, adj_102);
        wp::adj_assign(var_29, var_97, adj_29, adj_97);
        wp::adj_assign(var_14, var_116, adj_14, adj_116);
        wp::adj_where(var_106, var_109, var_115, adj_106, adj_109, adj_115, adj_116);
        if (!var_106) {
            wp::adj_where(var_111, var_114, var_14, adj_111, adj_114, adj_14, adj_115);
            if (var_111) {
                wp::adj_add(var_14, var_113, adj_14, adj_113, adj_114);
                wp::adj_mul(var_rate, var_112, adj_rate, adj_112, adj_113);
                wp::adj_add(var_104, var_talus, adj_104, adj_talus, adj_112);
                // adj: delta += rate * (diff + talus)                                        <L 95>
            }
            wp::adj_neg(var_talus, adj_talus, adj_110);
            // adj: elif diff < -talus:                                                       <L 94>
        }
        if (var_106) {
            wp::adj_add(var_14, var_108, adj_14, adj_108, adj_109);
            wp::adj_mul(var_rate, var_107, adj_rate, adj_107, adj_108);
            wp::adj_sub(var_104, var_talus, adj_104, adj_talus, adj_107);
            // adj: delta += rate * (diff - talus)                                            <L 93>
        }
        // adj: if diff > talus:                                                              <L 92>
        wp::adj_sub(var_105, var_11, adj_103, adj_11, adj_104);
        wp::adj_address(var_h, var_97, var_102, adj_h, adj_97, adj_102, adj_103);
        // adj: diff = h[ii, jj] - c                                                          <L 91>
        wp::adj_clamp(var_98, var_99, var_101, adj_98, adj_99, adj_101, adj_102);
        wp::adj_sub(var_8, var_100, adj_8, adj_100, adj_101);
        wp::adj_add(var_1, var_87, adj_1, adj_87, adj_98);
        // adj: jj = wp.clamp(j + dj, 0, ny - 1)                                              <L 90>
        wp::adj_clamp(var_93, var_94, var_96, adj_93, adj_94, adj_96, adj_97);
        wp::adj_sub(var_4, var_95, adj_4, adj_95, adj_96);
        wp::adj_add(var_0, var_83, adj_0, adj_83, adj_93);
        // adj: ii = wp.clamp(i + di, 0, nx - 1)                                              <L 89>
        if (var_88) {
            // adj: continue                                                                  <L 88>
        }
        if (var_88) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 87>
    	goto start_for_4;
    end_for_4:;
    // adj: for dj in range(-1, 2):                                                           <L 86>
    var_52 = wp::iter_reverse(var_52);
    start_for_2:;
        if (iter_cmp(var_52) == 0) goto end_for_2;
        var_53 = wp::iter_next(var_52);
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
        // if di == 0 and dj == 0:                                                            <L 87>
        var_56 = (var_49 == var_55);
        var_54 = var_56;
        if (var_54) {
            var_58 = (var_53 == var_57);
            var_54 = var_54 && var_58;
        }
        if (var_54) {
            // continue                                                                       <L 88>
            goto start_for_2;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_59 = wp::add(var_0, var_49);
        var_62 = wp::sub(var_4, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_64 = wp::add(var_1, var_53);
        var_67 = wp::sub(var_8, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_69 = wp::address(var_h, var_63, var_68);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_71, var_11);
        // if diff > talus:                                                                   <L 92>
        var_72 = (var_70 > var_talus);
        if (var_72) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_73 = wp::sub(var_70, var_talus);
            var_74 = wp::mul(var_rate, var_73);
            var_75 = wp::add(var_14, var_74);
        }
        if (!var_72) {
            // elif diff < -talus:                                                            <L 94>
            var_76 = wp::neg(var_talus);
            var_77 = (var_70 < var_76);
            if (var_77) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_78 = wp::add(var_70, var_talus);
                var_79 = wp::mul(var_rate, var_78);
                var_80 = wp::add(var_14, var_79);
            }
            var_81 = wp::where(var_77, var_80, var_14);
        }
        var_82 = wp::where(var_72, var_75, var_81);
        wp::assign(var_14, var_82);
        wp::assign(var_29, var_63);
        wp::assign(var_34, var_68);
        wp::assign(var_36, var_70);
        wp::adj_assign(var_36, var_70, adj_36, adj_70);
        wp::adj_assign(var_34, var_68, adj_34, adj_68);
        wp::adj_assign(var_29, var_63, adj_29, adj_63);
        wp::adj_assign(var_14, var_82, adj_14, adj_82);
        wp::adj_where(var_72, var_75, var_81, adj_72, adj_75, adj_81, adj_82);
        if (!var_72) {
            wp::adj_where(var_77, var_80, var_14, adj_77, adj_80, adj_14, adj_81);
            if (var_77) {
                wp::adj_add(var_14, var_79, adj_14, adj_79, adj_80);
                wp::adj_mul(var_rate, var_78, adj_rate, adj_78, adj_79);
                wp::adj_add(var_70, var_talus, adj_70, adj_talus, adj_78);
                // adj: delta += rate * (diff + talus)                                        <L 95>
            }
            wp::adj_neg(var_talus, adj_talus, adj_76);
            // adj: elif diff < -talus:                                                       <L 94>
        }
        if (var_72) {
            wp::adj_add(var_14, var_74, adj_14, adj_74, adj_75);
            wp::adj_mul(var_rate, var_73, adj_rate, adj_73, adj_74);
            wp::adj_sub(var_70, var_talus, adj_70, adj_talus, adj_73);
            // adj: delta += rate * (diff - talus)                                            <L 93>
        }
        // adj: if diff > talus:                                                              <L 92>
        wp::adj_sub(var_71, var_11, adj_69, adj_11, adj_70);
        wp::adj_address(var_h, var_63, var_68, adj_h, adj_63, adj_68, adj_69);
        // adj: diff = h[ii, jj] - c                                                          <L 91>
        wp::adj_clamp(var_64, var_65, var_67, adj_64, adj_65, adj_67, adj_68);
        wp::adj_sub(var_8, var_66, adj_8, adj_66, adj_67);
        wp::adj_add(var_1, var_53, adj_1, adj_53, adj_64);
        // adj: jj = wp.clamp(j + dj, 0, ny - 1)                                              <L 90>
        wp::adj_clamp(var_59, var_60, var_62, adj_59, adj_60, adj_62, adj_63);
        wp::adj_sub(var_4, var_61, adj_4, adj_61, adj_62);
        wp::adj_add(var_0, var_49, adj_0, adj_49, adj_59);
        // adj: ii = wp.clamp(i + di, 0, nx - 1)                                              <L 89>
        if (var_54) {
            // adj: continue                                                                  <L 88>
        }
        if (var_54) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 87>
    	goto start_for_2;
    end_for_2:;
    // adj: for dj in range(-1, 2):                                                           <L 86>
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
        // if di == 0 and dj == 0:                                                            <L 87>
        var_22 = (var_15 == var_21);
        var_20 = var_22;
        if (var_20) {
            var_24 = (var_19 == var_23);
            var_20 = var_20 && var_24;
        }
        if (var_20) {
            // continue                                                                       <L 88>
            goto start_for_0;
        }
        // ii = wp.clamp(i + di, 0, nx - 1)                                                   <L 89>
        var_25 = wp::add(var_0, var_15);
        var_28 = wp::sub(var_4, var_27);
        var_29 = wp::clamp(var_25, var_26, var_28);
        // jj = wp.clamp(j + dj, 0, ny - 1)                                                   <L 90>
        var_30 = wp::add(var_1, var_19);
        var_33 = wp::sub(var_8, var_32);
        var_34 = wp::clamp(var_30, var_31, var_33);
        // diff = h[ii, jj] - c                                                               <L 91>
        var_35 = wp::address(var_h, var_29, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_11);
        // if diff > talus:                                                                   <L 92>
        var_38 = (var_36 > var_talus);
        if (var_38) {
            // delta += rate * (diff - talus)                                                 <L 93>
            var_39 = wp::sub(var_36, var_talus);
            var_40 = wp::mul(var_rate, var_39);
            var_41 = wp::add(var_14, var_40);
        }
        if (!var_38) {
            // elif diff < -talus:                                                            <L 94>
            var_42 = wp::neg(var_talus);
            var_43 = (var_36 < var_42);
            if (var_43) {
                // delta += rate * (diff + talus)                                             <L 95>
                var_44 = wp::add(var_36, var_talus);
                var_45 = wp::mul(var_rate, var_44);
                var_46 = wp::add(var_14, var_45);
            }
            var_47 = wp::where(var_43, var_46, var_14);
        }
        var_48 = wp::where(var_38, var_41, var_47);
        wp::assign(var_14, var_48);
        wp::adj_assign(var_14, var_48, adj_14, adj_48);
        wp::adj_where(var_38, var_41, var_47, adj_38, adj_41, adj_47, adj_48);
        if (!var_38) {
            wp::adj_where(var_43, var_46, var_14, adj_43, adj_46, adj_14, adj_47);
            if (var_43) {
                wp::adj_add(var_14, var_45, adj_14, adj_45, adj_46);
                wp::adj_mul(var_rate, var_44, adj_rate, adj_44, adj_45);
                wp::adj_add(var_36, var_talus, adj_36, adj_talus, adj_44);
                // adj: delta += rate * (diff + talus)                                        <L 95>
            }
            wp::adj_neg(var_talus, adj_talus, adj_42);
            // adj: elif diff < -talus:                                                       <L 94>
        }
        if (var_38) {
            wp::adj_add(var_14, var_40, adj_14, adj_40, adj_41);
            wp::adj_mul(var_rate, var_39, adj_rate, adj_39, adj_40);
            wp::adj_sub(var_36, var_talus, adj_36, adj_talus, adj_39);
            // adj: delta += rate * (diff - talus)                                            <L 93>
        }
        // adj: if diff > talus:                                                              <L 92>
        wp::adj_sub(var_37, var_11, adj_35, adj_11, adj_36);
        wp::adj_address(var_h, var_29, var_34, adj_h, adj_29, adj_34, adj_35);
        // adj: diff = h[ii, jj] - c                                                          <L 91>
        wp::adj_clamp(var_30, var_31, var_33, adj_30, adj_31, adj_33, adj_34);
        wp::adj_sub(var_8, var_32, adj_8, adj_32, adj_33);
        wp::adj_add(var_1, var_19, adj_1, adj_19, adj_30);
        // adj: jj = wp.clamp(j + dj, 0, ny - 1)                                              <L 90>
        wp::adj_clamp(var_25, var_26, var_28, adj_25, adj_26, adj_28, adj_29);
        wp::adj_sub(var_4, var_27, adj_4, adj_27, adj_28);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_25);
        // adj: ii = wp.clamp(i + di, 0, nx - 1)                                              <L 89>
        if (var_20) {
            // adj: continue                                                                  <L 88>
        }
        if (var_20) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 87>
    	goto start_for_0;
    end_for_0:;
    // adj: for dj in range(-1, 2):                                                           <L 86>
    // adj: for di in range(-1, 2):                                                           <L 85>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: delta = float(0.0)                                                                <L 84>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_10);
    // adj: c = h[i, j]                                                                       <L 83>
    adj_h.shape = adj_6;
    // adj: ny = h.shape[1]                                                                   <L 82>
    adj_h.shape = adj_2;
    // adj: nx = h.shape[0]                                                                   <L 81>
    // adj: i, j = wp.tid()                                                                   <L 80>
    // adj: def thermal_relax(h: wp.array2d(dtype=float), out: wp.array2d(dtype=float), talus: float, rate: float):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void thermal_relax_ea02672b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_thermal_relax_ea02672b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        thermal_relax_ea02672b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void thermal_relax_ea02672b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_thermal_relax_ea02672b *_wp_args,
    wp_args_thermal_relax_ea02672b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        thermal_relax_ea02672b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

