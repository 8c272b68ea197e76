
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


// corpus/168_stable_fluids_2d.py:19
static wp::vec_t<2, wp::float32> sample_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
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
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::vec_t<2, wp::float32>* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<2, wp::float32>* var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
    //---------
    // forward
    // def sample_vel(u: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:           <L 20>
    // nx = u.shape[0]                                                                        <L 21>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 22>
    var_4 = &(var_u.shape);
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
    // return wp.lerp(wp.lerp(u[i, j], u[i + 1, j], tx), wp.lerp(u[i, j + 1], u[i + 1, j + 1], tx), ty)       <L 29>
    var_28 = wp::address(var_u, var_22, var_23);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::address(var_u, var_30, var_23);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_31);
    var_32 = wp::lerp(var_33, var_34, var_25);
    var_36 = wp::add(var_23, var_35);
    var_37 = wp::address(var_u, var_22, var_36);
    var_39 = wp::add(var_22, var_38);
    var_41 = wp::add(var_23, var_40);
    var_42 = wp::address(var_u, var_39, var_41);
    var_44 = wp::load(var_37);
    var_45 = wp::load(var_42);
    var_43 = wp::lerp(var_44, var_45, var_25);
    var_46 = wp::lerp(var_32, var_43, var_27);
    return var_46;
}


// corpus/168_stable_fluids_2d.py:4
static wp::float32 sample_bilinear_0(
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
    // def sample_bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:          <L 5>
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


// corpus/168_stable_fluids_2d.py:19
static void adj_sample_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_u,
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
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::vec_t<2, wp::float32>* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<2, wp::float32>* var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
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
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::vec_t<2, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<2, wp::float32> adj_42 = {};
    wp::vec_t<2, wp::float32> adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::vec_t<2, wp::float32> adj_46 = {};
    //---------
    // forward
    // def sample_vel(u: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:           <L 20>
    // nx = u.shape[0]                                                                        <L 21>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 22>
    var_4 = &(var_u.shape);
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
    // return wp.lerp(wp.lerp(u[i, j], u[i + 1, j], tx), wp.lerp(u[i, j + 1], u[i + 1, j + 1], tx), ty)       <L 29>
    var_28 = wp::address(var_u, var_22, var_23);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::address(var_u, var_30, var_23);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_31);
    var_32 = wp::lerp(var_33, var_34, var_25);
    var_36 = wp::add(var_23, var_35);
    var_37 = wp::address(var_u, var_22, var_36);
    var_39 = wp::add(var_22, var_38);
    var_41 = wp::add(var_23, var_40);
    var_42 = wp::address(var_u, var_39, var_41);
    var_44 = wp::load(var_37);
    var_45 = wp::load(var_42);
    var_43 = wp::lerp(var_44, var_45, var_25);
    var_46 = wp::lerp(var_32, var_43, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_46 += adj_ret;
    wp::adj_lerp(var_32, var_43, var_27, adj_32, adj_43, adj_27, adj_46);
    wp::adj_lerp(var_44, var_45, var_25, adj_37, adj_42, adj_25, adj_43);
    wp::adj_address(var_u, var_39, var_41, adj_u, adj_39, adj_41, adj_42);
    wp::adj_add(var_23, var_40, adj_23, adj_40, adj_41);
    wp::adj_add(var_22, var_38, adj_22, adj_38, adj_39);
    wp::adj_address(var_u, var_22, var_36, adj_u, adj_22, adj_36, adj_37);
    wp::adj_add(var_23, var_35, adj_23, adj_35, adj_36);
    wp::adj_lerp(var_33, var_34, var_25, adj_28, adj_31, adj_25, adj_32);
    wp::adj_address(var_u, var_30, var_23, adj_u, adj_30, adj_23, adj_31);
    wp::adj_add(var_22, var_29, adj_22, adj_29, adj_30);
    wp::adj_address(var_u, var_22, var_23, adj_u, adj_22, adj_23, adj_28);
    // adj: return wp.lerp(wp.lerp(u[i, j], u[i + 1, j], tx), wp.lerp(u[i, j + 1], u[i + 1, j + 1], tx), ty)  <L 29>
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
    adj_u.shape = adj_4;
    // adj: ny = u.shape[1]                                                                   <L 22>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_u.shape = adj_0;
    // adj: nx = u.shape[0]                                                                   <L 21>
    // adj: def sample_vel(u: wp.array2d(dtype=wp.vec2), x: float, y: float) -> wp.vec2:      <L 20>
    return;
}


// corpus/168_stable_fluids_2d.py:4
static void adj_sample_bilinear_0(
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
    // def sample_bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:          <L 5>
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
    // adj: def sample_bilinear(f: wp.array2d(dtype=float), x: float, y: float) -> float:     <L 5>
    return;
}

struct wp_args_advect_42ef6bdd {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> dens;
    wp::float32 dt;
    wp::array_t<wp::vec_t<2, wp::float32>> u_out;
    wp::array_t<wp::float32> dens_out;
};


void advect_42ef6bdd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_42ef6bdd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_dens = _wp_args->dens;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_dens_out = _wp_args->dens_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def advect(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), dt: float, u_out: wp.array2d(dtype=wp.vec2), dens_out: wp.array2d(dtype=float)):       <L 33>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // v = u[i, j]                                                                            <L 35>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // mid = wp.vec2(float(i), float(j)) - v * (0.5 * dt)                                     <L 37>
    var_5 = wp::float(var_0);
    var_6 = wp::float(var_1);
    var_7 = wp::vec_t<2, wp::float32>(var_5, var_6);
    var_9 = wp::mul(var_8, var_dt);
    var_10 = wp::mul(var_3, var_9);
    var_11 = wp::sub(var_7, var_10);
    // vm = sample_vel(u, mid[0], mid[1])                                                     <L 38>
    var_13 = wp::extract(var_11, var_12);
    var_15 = wp::extract(var_11, var_14);
    var_16 = sample_vel_0(var_u, var_13, var_15);
    // p = wp.vec2(float(i), float(j)) - vm * dt                                              <L 39>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_1);
    var_19 = wp::vec_t<2, wp::float32>(var_17, var_18);
    var_20 = wp::mul(var_16, var_dt);
    var_21 = wp::sub(var_19, var_20);
    // u_out[i, j] = sample_vel(u, p[0], p[1])                                                <L 40>
    var_23 = wp::extract(var_21, var_22);
    var_25 = wp::extract(var_21, var_24);
    var_26 = sample_vel_0(var_u, var_23, var_25);
    wp::array_store(var_u_out, var_0, var_1, var_26);
    // dens_out[i, j] = sample_bilinear(dens, p[0], p[1])                                     <L 41>
    var_28 = wp::extract(var_21, var_27);
    var_30 = wp::extract(var_21, var_29);
    var_31 = sample_bilinear_0(var_dens, var_28, var_30);
    wp::array_store(var_dens_out, var_0, var_1, var_31);
}



void advect_42ef6bdd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_42ef6bdd *_wp_args,
    wp_args_advect_42ef6bdd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_dens = _wp_args->dens;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::float32> var_dens_out = _wp_args->dens_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_dens = _wp_adj_args->dens;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    wp::array_t<wp::float32> adj_dens_out = _wp_adj_args->dens_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    //---------
    // forward
    // def advect(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), dt: float, u_out: wp.array2d(dtype=wp.vec2), dens_out: wp.array2d(dtype=float)):       <L 33>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // v = u[i, j]                                                                            <L 35>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // mid = wp.vec2(float(i), float(j)) - v * (0.5 * dt)                                     <L 37>
    var_5 = wp::float(var_0);
    var_6 = wp::float(var_1);
    var_7 = wp::vec_t<2, wp::float32>(var_5, var_6);
    var_9 = wp::mul(var_8, var_dt);
    var_10 = wp::mul(var_3, var_9);
    var_11 = wp::sub(var_7, var_10);
    // vm = sample_vel(u, mid[0], mid[1])                                                     <L 38>
    var_13 = wp::extract(var_11, var_12);
    var_15 = wp::extract(var_11, var_14);
    var_16 = sample_vel_0(var_u, var_13, var_15);
    // p = wp.vec2(float(i), float(j)) - vm * dt                                              <L 39>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_1);
    var_19 = wp::vec_t<2, wp::float32>(var_17, var_18);
    var_20 = wp::mul(var_16, var_dt);
    var_21 = wp::sub(var_19, var_20);
    // u_out[i, j] = sample_vel(u, p[0], p[1])                                                <L 40>
    var_23 = wp::extract(var_21, var_22);
    var_25 = wp::extract(var_21, var_24);
    var_26 = sample_vel_0(var_u, var_23, var_25);
    // wp::array_store(var_u_out, var_0, var_1, var_26);
    // dens_out[i, j] = sample_bilinear(dens, p[0], p[1])                                     <L 41>
    var_28 = wp::extract(var_21, var_27);
    var_30 = wp::extract(var_21, var_29);
    var_31 = sample_bilinear_0(var_dens, var_28, var_30);
    // wp::array_store(var_dens_out, var_0, var_1, var_31);
    //---------
    // reverse
    wp::adj_array_store(var_dens_out, var_0, var_1, var_31, adj_dens_out, adj_0, adj_1, adj_31);
    adj_sample_bilinear_0(var_dens, var_28, var_30, adj_dens, adj_28, adj_30, adj_31);
    wp::adj_extract(var_21, var_29, adj_21, adj_29, adj_30);
    wp::adj_extract(var_21, var_27, adj_21, adj_27, adj_28);
    // adj: dens_out[i, j] = sample_bilinear(dens, p[0], p[1])                                <L 41>
    wp::adj_array_store(var_u_out, var_0, var_1, var_26, adj_u_out, adj_0, adj_1, adj_26);
    adj_sample_vel_0(var_u, var_23, var_25, adj_u, adj_23, adj_25, adj_26);
    wp::adj_extract(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_extract(var_21, var_22, adj_21, adj_22, adj_23);
    // adj: u_out[i, j] = sample_vel(u, p[0], p[1])                                           <L 40>
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_mul(var_16, var_dt, adj_16, adj_dt, adj_20);
    wp::adj_vec_t(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_float(var_1, adj_1, adj_18);
    wp::adj_float(var_0, adj_0, adj_17);
    // adj: p = wp.vec2(float(i), float(j)) - vm * dt                                         <L 39>
    adj_sample_vel_0(var_u, var_13, var_15, adj_u, adj_13, adj_15, adj_16);
    wp::adj_extract(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_extract(var_11, var_12, adj_11, adj_12, adj_13);
    // adj: vm = sample_vel(u, mid[0], mid[1])                                                <L 38>
    wp::adj_sub(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_mul(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_9);
    wp::adj_vec_t(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_1, adj_1, adj_6);
    wp::adj_float(var_0, adj_0, adj_5);
    // adj: mid = wp.vec2(float(i), float(j)) - v * (0.5 * dt)                                <L 37>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
    // adj: v = u[i, j]                                                                       <L 35>
    // adj: i, j = wp.tid()                                                                   <L 34>
    // adj: def advect(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), dt: float, u_out: wp.array2d(dtype=wp.vec2), dens_out: wp.array2d(dtype=float)):  <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void advect_42ef6bdd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_advect_42ef6bdd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_42ef6bdd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void advect_42ef6bdd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_advect_42ef6bdd *_wp_args,
    wp_args_advect_42ef6bdd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_42ef6bdd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_divergence_a5a8437c {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> div;
    wp::array_t<wp::float32> p;
};


void divergence_a5a8437c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_divergence_a5a8437c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_p = _wp_args->p;
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
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.5;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::vec_t<2, wp::float32> var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::vec_t<2, wp::float32>* var_31;
    const wp::int32 var_32 = 0;
    wp::float32 var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::vec_t<2, wp::float32>* var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::vec_t<2, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
    //---------
    // forward
    // def divergence(u: wp.array2d(dtype=wp.vec2), div: wp.array2d(dtype=float), p: wp.array2d(dtype=float)):       <L 45>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // nx = u.shape[0]                                                                        <L 47>
    var_2 = &(var_u.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = u.shape[1]                                                                        <L 48>
    var_6 = &(var_u.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 49>
    var_11 = (var_0 == var_10);
    var_13 = (var_1 == var_12);
    var_15 = wp::sub(var_4, var_14);
    var_16 = (var_0 == var_15);
    var_18 = wp::sub(var_8, var_17);
    var_19 = (var_1 == var_18);
    var_20 = var_11 || var_13 || var_16 || var_19;
    if (var_20) {
        // div[i, j] = 0.0                                                                    <L 50>
        wp::array_store(var_div, var_0, var_1, var_21);
        // return                                                                             <L 51>
        return;
    }
    // div[i, j] = 0.5 * (u[i + 1, j][0] - u[i - 1, j][0] + u[i, j + 1][1] - u[i, j - 1][1])       <L 52>
    var_24 = wp::add(var_0, var_23);
    var_25 = wp::address(var_u, var_24, var_1);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_30 = wp::sub(var_0, var_29);
    var_31 = wp::address(var_u, var_30, var_1);
    var_34 = wp::load(var_31);
    var_33 = wp::extract(var_34, var_32);
    var_35 = wp::sub(var_27, var_33);
    var_37 = wp::add(var_1, var_36);
    var_38 = wp::address(var_u, var_0, var_37);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_42 = wp::add(var_35, var_40);
    var_44 = wp::sub(var_1, var_43);
    var_45 = wp::address(var_u, var_0, var_44);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_49 = wp::sub(var_42, var_47);
    var_50 = wp::mul(var_22, var_49);
    wp::array_store(var_div, var_0, var_1, var_50);
    // p[i, j] = 0.0                                                                          <L 53>
    wp::array_store(var_p, var_0, var_1, var_51);
}



void divergence_a5a8437c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_divergence_a5a8437c *_wp_args,
    wp_args_divergence_a5a8437c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
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
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.5;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::vec_t<2, wp::float32> var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::vec_t<2, wp::float32>* var_31;
    const wp::int32 var_32 = 0;
    wp::float32 var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::vec_t<2, wp::float32>* var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::vec_t<2, wp::float32>* var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
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
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::vec_t<2, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<2, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    //---------
    // forward
    // def divergence(u: wp.array2d(dtype=wp.vec2), div: wp.array2d(dtype=float), p: wp.array2d(dtype=float)):       <L 45>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // nx = u.shape[0]                                                                        <L 47>
    var_2 = &(var_u.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = u.shape[1]                                                                        <L 48>
    var_6 = &(var_u.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 49>
    var_11 = (var_0 == var_10);
    var_13 = (var_1 == var_12);
    var_15 = wp::sub(var_4, var_14);
    var_16 = (var_0 == var_15);
    var_18 = wp::sub(var_8, var_17);
    var_19 = (var_1 == var_18);
    var_20 = var_11 || var_13 || var_16 || var_19;
    if (var_20) {
        // div[i, j] = 0.0                                                                    <L 50>
        // wp::array_store(var_div, var_0, var_1, var_21);
        // return                                                                             <L 51>
        goto label0;
    }
    // div[i, j] = 0.5 * (u[i + 1, j][0] - u[i - 1, j][0] + u[i, j + 1][1] - u[i, j - 1][1])       <L 52>
    var_24 = wp::add(var_0, var_23);
    var_25 = wp::address(var_u, var_24, var_1);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_30 = wp::sub(var_0, var_29);
    var_31 = wp::address(var_u, var_30, var_1);
    var_34 = wp::load(var_31);
    var_33 = wp::extract(var_34, var_32);
    var_35 = wp::sub(var_27, var_33);
    var_37 = wp::add(var_1, var_36);
    var_38 = wp::address(var_u, var_0, var_37);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_42 = wp::add(var_35, var_40);
    var_44 = wp::sub(var_1, var_43);
    var_45 = wp::address(var_u, var_0, var_44);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_49 = wp::sub(var_42, var_47);
    var_50 = wp::mul(var_22, var_49);
    // wp::array_store(var_div, var_0, var_1, var_50);
    // p[i, j] = 0.0                                                                          <L 53>
    // wp::array_store(var_p, var_0, var_1, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_1, var_51, adj_p, adj_0, adj_1, adj_51);
    // adj: p[i, j] = 0.0                                                                     <L 53>
    wp::adj_array_store(var_div, var_0, var_1, var_50, adj_div, adj_0, adj_1, adj_50);
    wp::adj_mul(var_22, var_49, adj_22, adj_49, adj_50);
    wp::adj_sub(var_42, var_47, adj_42, adj_47, adj_49);
    wp::adj_extract(var_48, var_46, adj_45, adj_46, adj_47);
    wp::adj_address(var_u, var_0, var_44, adj_u, adj_0, adj_44, adj_45);
    wp::adj_sub(var_1, var_43, adj_1, adj_43, adj_44);
    wp::adj_add(var_35, var_40, adj_35, adj_40, adj_42);
    wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
    wp::adj_address(var_u, var_0, var_37, adj_u, adj_0, adj_37, adj_38);
    wp::adj_add(var_1, var_36, adj_1, adj_36, adj_37);
    wp::adj_sub(var_27, var_33, adj_27, adj_33, adj_35);
    wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
    wp::adj_address(var_u, var_30, var_1, adj_u, adj_30, adj_1, adj_31);
    wp::adj_sub(var_0, var_29, adj_0, adj_29, adj_30);
    wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
    wp::adj_address(var_u, var_24, var_1, adj_u, adj_24, adj_1, adj_25);
    wp::adj_add(var_0, var_23, adj_0, adj_23, adj_24);
    // adj: div[i, j] = 0.5 * (u[i + 1, j][0] - u[i - 1, j][0] + u[i, j + 1][1] - u[i, j - 1][1])  <L 52>
    if (var_20) {
        label0:;
        // adj: return                                                                        <L 51>
        wp::adj_array_store(var_div, var_0, var_1, var_21, adj_div, adj_0, adj_1, adj_21);
        // adj: div[i, j] = 0.0                                                               <L 50>
    }
    wp::adj_sub(var_8, var_17, adj_8, adj_17, adj_18);
    wp::adj_sub(var_4, var_14, adj_4, adj_14, adj_15);
    // adj: if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                <L 49>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_u.shape = adj_6;
    // adj: ny = u.shape[1]                                                                   <L 48>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_u.shape = adj_2;
    // adj: nx = u.shape[0]                                                                   <L 47>
    // adj: i, j = wp.tid()                                                                   <L 46>
    // adj: def divergence(u: wp.array2d(dtype=wp.vec2), div: wp.array2d(dtype=float), p: wp.array2d(dtype=float)):  <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void divergence_a5a8437c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_divergence_a5a8437c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        divergence_a5a8437c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void divergence_a5a8437c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_divergence_a5a8437c *_wp_args,
    wp_args_divergence_a5a8437c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        divergence_a5a8437c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_jacobi_pressure_86a0b2df {
    wp::array_t<wp::float32> p;
    wp::array_t<wp::float32> div;
    wp::array_t<wp::float32> p_out;
};


void jacobi_pressure_86a0b2df_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_jacobi_pressure_86a0b2df *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_p_out = _wp_args->p_out;
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
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    wp::float32* var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::float32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    bool var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    wp::float32* var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 1;
    const wp::int32 var_72 = 1;
    wp::int32 var_73;
    wp::float32 var_74;
    wp::int32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    //---------
    // forward
    // def jacobi_pressure(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), p_out: wp.array2d(dtype=float)):       <L 57>
    // i, j = wp.tid()                                                                        <L 58>
    builtin_tid2d(var_0, var_1);
    // nx = p.shape[0]                                                                        <L 59>
    var_2 = &(var_p.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = p.shape[1]                                                                        <L 60>
    var_6 = &(var_p.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // s = float(0.0)                                                                         <L 61>
    var_11 = wp::float(var_10);
    // n = int(0)                                                                             <L 62>
    var_13 = wp::int(var_12);
    // if i > 0:                                                                              <L 63>
    var_15 = (var_0 > var_14);
    if (var_15) {
        // s += p[i - 1, j]                                                                   <L 64>
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::address(var_p, var_17, var_1);
        var_20 = wp::sub(var_0, var_19);
        var_21 = wp::address(var_p, var_20, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_11, var_23);
        // n += 1                                                                             <L 65>
        var_26 = wp::add(var_13, var_25);
    }
    var_27 = wp::where(var_15, var_22, var_11);
    var_28 = wp::where(var_15, var_26, var_13);
    // if i < nx - 1:                                                                         <L 66>
    var_30 = wp::sub(var_4, var_29);
    var_31 = (var_0 < var_30);
    if (var_31) {
        // s += p[i + 1, j]                                                                   <L 67>
        var_33 = wp::add(var_0, var_32);
        var_34 = wp::address(var_p, var_33, var_1);
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_p, var_36, var_1);
        var_39 = wp::load(var_37);
        var_38 = wp::add(var_27, var_39);
        // n += 1                                                                             <L 68>
        var_42 = wp::add(var_28, var_41);
    }
    var_43 = wp::where(var_31, var_38, var_27);
    var_44 = wp::where(var_31, var_42, var_28);
    // if j > 0:                                                                              <L 69>
    var_46 = (var_1 > var_45);
    if (var_46) {
        // s += p[i, j - 1]                                                                   <L 70>
        var_48 = wp::sub(var_1, var_47);
        var_49 = wp::address(var_p, var_0, var_48);
        var_51 = wp::sub(var_1, var_50);
        var_52 = wp::address(var_p, var_0, var_51);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_43, var_54);
        // n += 1                                                                             <L 71>
        var_57 = wp::add(var_44, var_56);
    }
    var_58 = wp::where(var_46, var_53, var_43);
    var_59 = wp::where(var_46, var_57, var_44);
    // if j < ny - 1:                                                                         <L 72>
    var_61 = wp::sub(var_8, var_60);
    var_62 = (var_1 < var_61);
    if (var_62) {
        // s += p[i, j + 1]                                                                   <L 73>
        var_64 = wp::add(var_1, var_63);
        var_65 = wp::address(var_p, var_0, var_64);
        var_67 = wp::add(var_1, var_66);
        var_68 = wp::address(var_p, var_0, var_67);
        var_70 = wp::load(var_68);
        var_69 = wp::add(var_58, var_70);
        // n += 1                                                                             <L 74>
        var_73 = wp::add(var_59, var_72);
    }
    var_74 = wp::where(var_62, var_69, var_58);
    var_75 = wp::where(var_62, var_73, var_59);
    // p_out[i, j] = (s - div[i, j]) / float(wp.max(n, 1))                                    <L 75>
    var_76 = wp::address(var_div, var_0, var_1);
    var_78 = wp::load(var_76);
    var_77 = wp::sub(var_74, var_78);
    var_80 = wp::max(var_75, var_79);
    var_81 = wp::float(var_80);
    var_82 = wp::div(var_77, var_81);
    wp::array_store(var_p_out, var_0, var_1, var_82);
}



void jacobi_pressure_86a0b2df_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_jacobi_pressure_86a0b2df *_wp_args,
    wp_args_jacobi_pressure_86a0b2df *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_p_out = _wp_args->p_out;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    wp::array_t<wp::float32> adj_p_out = _wp_adj_args->p_out;
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
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    wp::float32* var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::float32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    bool var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    wp::float32* var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 1;
    const wp::int32 var_72 = 1;
    wp::int32 var_73;
    wp::float32 var_74;
    wp::int32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
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
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    bool adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    //---------
    // forward
    // def jacobi_pressure(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), p_out: wp.array2d(dtype=float)):       <L 57>
    // i, j = wp.tid()                                                                        <L 58>
    builtin_tid2d(var_0, var_1);
    // nx = p.shape[0]                                                                        <L 59>
    var_2 = &(var_p.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = p.shape[1]                                                                        <L 60>
    var_6 = &(var_p.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // s = float(0.0)                                                                         <L 61>
    var_11 = wp::float(var_10);
    // n = int(0)                                                                             <L 62>
    var_13 = wp::int(var_12);
    // if i > 0:                                                                              <L 63>
    var_15 = (var_0 > var_14);
    if (var_15) {
        // s += p[i - 1, j]                                                                   <L 64>
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::address(var_p, var_17, var_1);
        var_20 = wp::sub(var_0, var_19);
        var_21 = wp::address(var_p, var_20, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_11, var_23);
        // n += 1                                                                             <L 65>
        var_26 = wp::add(var_13, var_25);
    }
    var_27 = wp::where(var_15, var_22, var_11);
    var_28 = wp::where(var_15, var_26, var_13);
    // if i < nx - 1:                                                                         <L 66>
    var_30 = wp::sub(var_4, var_29);
    var_31 = (var_0 < var_30);
    if (var_31) {
        // s += p[i + 1, j]                                                                   <L 67>
        var_33 = wp::add(var_0, var_32);
        var_34 = wp::address(var_p, var_33, var_1);
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_p, var_36, var_1);
        var_39 = wp::load(var_37);
        var_38 = wp::add(var_27, var_39);
        // n += 1                                                                             <L 68>
        var_42 = wp::add(var_28, var_41);
    }
    var_43 = wp::where(var_31, var_38, var_27);
    var_44 = wp::where(var_31, var_42, var_28);
    // if j > 0:                                                                              <L 69>
    var_46 = (var_1 > var_45);
    if (var_46) {
        // s += p[i, j - 1]                                                                   <L 70>
        var_48 = wp::sub(var_1, var_47);
        var_49 = wp::address(var_p, var_0, var_48);
        var_51 = wp::sub(var_1, var_50);
        var_52 = wp::address(var_p, var_0, var_51);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_43, var_54);
        // n += 1                                                                             <L 71>
        var_57 = wp::add(var_44, var_56);
    }
    var_58 = wp::where(var_46, var_53, var_43);
    var_59 = wp::where(var_46, var_57, var_44);
    // if j < ny - 1:                                                                         <L 72>
    var_61 = wp::sub(var_8, var_60);
    var_62 = (var_1 < var_61);
    if (var_62) {
        // s += p[i, j + 1]                                                                   <L 73>
        var_64 = wp::add(var_1, var_63);
        var_65 = wp::address(var_p, var_0, var_64);
        var_67 = wp::add(var_1, var_66);
        var_68 = wp::address(var_p, var_0, var_67);
        var_70 = wp::load(var_68);
        var_69 = wp::add(var_58, var_70);
        // n += 1                                                                             <L 74>
        var_73 = wp::add(var_59, var_72);
    }
    var_74 = wp::where(var_62, var_69, var_58);
    var_75 = wp::where(var_62, var_73, var_59);
    // p_out[i, j] = (s - div[i, j]) / float(wp.max(n, 1))                                    <L 75>
    var_76 = wp::address(var_div, var_0, var_1);
    var_78 = wp::load(var_76);
    var_77 = wp::sub(var_74, var_78);
    var_80 = wp::max(var_75, var_79);
    var_81 = wp::float(var_80);
    var_82 = wp::div(var_77, var_81);
    // wp::array_store(var_p_out, var_0, var_1, var_82);
    //---------
    // reverse
    wp::adj_array_store(var_p_out, var_0, var_1, var_82, adj_p_out, adj_0, adj_1, adj_82);
    wp::adj_div(var_77, var_81, var_82, adj_77, adj_81, adj_82);
    wp::adj_float(var_80, adj_80, adj_81);
    wp::adj_max(var_75, var_79, adj_75, adj_79, adj_80);
    wp::adj_sub(var_74, var_78, adj_74, adj_76, adj_77);
    wp::adj_address(var_div, var_0, var_1, adj_div, adj_0, adj_1, adj_76);
    // adj: p_out[i, j] = (s - div[i, j]) / float(wp.max(n, 1))                               <L 75>
    wp::adj_where(var_62, var_73, var_59, adj_62, adj_73, adj_59, adj_75);
    wp::adj_where(var_62, var_69, var_58, adj_62, adj_69, adj_58, adj_74);
    if (var_62) {
        wp::adj_add(var_59, var_72, adj_59, adj_72, adj_73);
        // adj: n += 1                                                                        <L 74>
        wp::adj_add(var_58, var_70, adj_58, adj_68, adj_69);
        wp::adj_address(var_p, var_0, var_67, adj_p, adj_0, adj_67, adj_68);
        wp::adj_add(var_1, var_66, adj_1, adj_66, adj_67);
        wp::adj_address(var_p, var_0, var_64, adj_p, adj_0, adj_64, adj_65);
        wp::adj_add(var_1, var_63, adj_1, adj_63, adj_64);
        // adj: s += p[i, j + 1]                                                              <L 73>
    }
    wp::adj_sub(var_8, var_60, adj_8, adj_60, adj_61);
    // adj: if j < ny - 1:                                                                    <L 72>
    wp::adj_where(var_46, var_57, var_44, adj_46, adj_57, adj_44, adj_59);
    wp::adj_where(var_46, var_53, var_43, adj_46, adj_53, adj_43, adj_58);
    if (var_46) {
        wp::adj_add(var_44, var_56, adj_44, adj_56, adj_57);
        // adj: n += 1                                                                        <L 71>
        wp::adj_add(var_43, var_54, adj_43, adj_52, adj_53);
        wp::adj_address(var_p, var_0, var_51, adj_p, adj_0, adj_51, adj_52);
        wp::adj_sub(var_1, var_50, adj_1, adj_50, adj_51);
        wp::adj_address(var_p, var_0, var_48, adj_p, adj_0, adj_48, adj_49);
        wp::adj_sub(var_1, var_47, adj_1, adj_47, adj_48);
        // adj: s += p[i, j - 1]                                                              <L 70>
    }
    // adj: if j > 0:                                                                         <L 69>
    wp::adj_where(var_31, var_42, var_28, adj_31, adj_42, adj_28, adj_44);
    wp::adj_where(var_31, var_38, var_27, adj_31, adj_38, adj_27, adj_43);
    if (var_31) {
        wp::adj_add(var_28, var_41, adj_28, adj_41, adj_42);
        // adj: n += 1                                                                        <L 68>
        wp::adj_add(var_27, var_39, adj_27, adj_37, adj_38);
        wp::adj_address(var_p, var_36, var_1, adj_p, adj_36, adj_1, adj_37);
        wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
        wp::adj_address(var_p, var_33, var_1, adj_p, adj_33, adj_1, adj_34);
        wp::adj_add(var_0, var_32, adj_0, adj_32, adj_33);
        // adj: s += p[i + 1, j]                                                              <L 67>
    }
    wp::adj_sub(var_4, var_29, adj_4, adj_29, adj_30);
    // adj: if i < nx - 1:                                                                    <L 66>
    wp::adj_where(var_15, var_26, var_13, adj_15, adj_26, adj_13, adj_28);
    wp::adj_where(var_15, var_22, var_11, adj_15, adj_22, adj_11, adj_27);
    if (var_15) {
        wp::adj_add(var_13, var_25, adj_13, adj_25, adj_26);
        // adj: n += 1                                                                        <L 65>
        wp::adj_add(var_11, var_23, adj_11, adj_21, adj_22);
        wp::adj_address(var_p, var_20, var_1, adj_p, adj_20, adj_1, adj_21);
        wp::adj_sub(var_0, var_19, adj_0, adj_19, adj_20);
        wp::adj_address(var_p, var_17, var_1, adj_p, adj_17, adj_1, adj_18);
        wp::adj_sub(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: s += p[i - 1, j]                                                              <L 64>
    }
    // adj: if i > 0:                                                                         <L 63>
    wp::adj_int(var_12, adj_12, adj_13);
    // adj: n = int(0)                                                                        <L 62>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: s = float(0.0)                                                                    <L 61>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_p.shape = adj_6;
    // adj: ny = p.shape[1]                                                                   <L 60>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_p.shape = adj_2;
    // adj: nx = p.shape[0]                                                                   <L 59>
    // adj: i, j = wp.tid()                                                                   <L 58>
    // adj: def jacobi_pressure(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), p_out: wp.array2d(dtype=float)):  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jacobi_pressure_86a0b2df_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_jacobi_pressure_86a0b2df *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        jacobi_pressure_86a0b2df_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jacobi_pressure_86a0b2df_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_jacobi_pressure_86a0b2df *_wp_args,
    wp_args_jacobi_pressure_86a0b2df *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        jacobi_pressure_86a0b2df_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_subtract_gradient_03087486 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> p;
};


void subtract_gradient_03087486_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_subtract_gradient_03087486 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_p = _wp_args->p;
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
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool var_19;
    bool var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::float32* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<2, wp::float32> var_40;
    const wp::float32 var_41 = 0.5;
    wp::vec_t<2, wp::float32> var_42;
    wp::vec_t<2, wp::float32>* var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    //---------
    // forward
    // def subtract_gradient(u: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float)):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = u.shape[0]                                                                        <L 81>
    var_2 = &(var_u.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = u.shape[1]                                                                        <L 82>
    var_6 = &(var_u.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 83>
    var_11 = (var_0 == var_10);
    var_13 = (var_1 == var_12);
    var_15 = wp::sub(var_4, var_14);
    var_16 = (var_0 == var_15);
    var_18 = wp::sub(var_8, var_17);
    var_19 = (var_1 == var_18);
    var_20 = var_11 || var_13 || var_16 || var_19;
    if (var_20) {
        // u[i, j] = wp.vec2()                                                                <L 84>
        var_21 = wp::vec_t<2, wp::float32>();
        wp::array_store(var_u, var_0, var_1, var_21);
        // return                                                                             <L 85>
        return;
    }
    // g = wp.vec2(p[i + 1, j] - p[i - 1, j], p[i, j + 1] - p[i, j - 1]) * 0.5                <L 86>
    var_23 = wp::add(var_0, var_22);
    var_24 = wp::address(var_p, var_23, var_1);
    var_26 = wp::sub(var_0, var_25);
    var_27 = wp::address(var_p, var_26, var_1);
    var_29 = wp::load(var_24);
    var_30 = wp::load(var_27);
    var_28 = wp::sub(var_29, var_30);
    var_32 = wp::add(var_1, var_31);
    var_33 = wp::address(var_p, var_0, var_32);
    var_35 = wp::sub(var_1, var_34);
    var_36 = wp::address(var_p, var_0, var_35);
    var_38 = wp::load(var_33);
    var_39 = wp::load(var_36);
    var_37 = wp::sub(var_38, var_39);
    var_40 = wp::vec_t<2, wp::float32>(var_28, var_37);
    var_42 = wp::mul(var_40, var_41);
    // u[i, j] = u[i, j] - g                                                                  <L 87>
    var_43 = wp::address(var_u, var_0, var_1);
    var_45 = wp::load(var_43);
    var_44 = wp::sub(var_45, var_42);
    wp::array_store(var_u, var_0, var_1, var_44);
}



void subtract_gradient_03087486_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_subtract_gradient_03087486 *_wp_args,
    wp_args_subtract_gradient_03087486 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
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
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool var_19;
    bool var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::float32* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<2, wp::float32> var_40;
    const wp::float32 var_41 = 0.5;
    wp::vec_t<2, wp::float32> var_42;
    wp::vec_t<2, wp::float32>* var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
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
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<2, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<2, wp::float32> adj_42 = {};
    wp::vec_t<2, wp::float32> adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    //---------
    // forward
    // def subtract_gradient(u: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float)):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = u.shape[0]                                                                        <L 81>
    var_2 = &(var_u.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = u.shape[1]                                                                        <L 82>
    var_6 = &(var_u.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 83>
    var_11 = (var_0 == var_10);
    var_13 = (var_1 == var_12);
    var_15 = wp::sub(var_4, var_14);
    var_16 = (var_0 == var_15);
    var_18 = wp::sub(var_8, var_17);
    var_19 = (var_1 == var_18);
    var_20 = var_11 || var_13 || var_16 || var_19;
    if (var_20) {
        // u[i, j] = wp.vec2()                                                                <L 84>
        var_21 = wp::vec_t<2, wp::float32>();
        // wp::array_store(var_u, var_0, var_1, var_21);
        // return                                                                             <L 85>
        goto label0;
    }
    // g = wp.vec2(p[i + 1, j] - p[i - 1, j], p[i, j + 1] - p[i, j - 1]) * 0.5                <L 86>
    var_23 = wp::add(var_0, var_22);
    var_24 = wp::address(var_p, var_23, var_1);
    var_26 = wp::sub(var_0, var_25);
    var_27 = wp::address(var_p, var_26, var_1);
    var_29 = wp::load(var_24);
    var_30 = wp::load(var_27);
    var_28 = wp::sub(var_29, var_30);
    var_32 = wp::add(var_1, var_31);
    var_33 = wp::address(var_p, var_0, var_32);
    var_35 = wp::sub(var_1, var_34);
    var_36 = wp::address(var_p, var_0, var_35);
    var_38 = wp::load(var_33);
    var_39 = wp::load(var_36);
    var_37 = wp::sub(var_38, var_39);
    var_40 = wp::vec_t<2, wp::float32>(var_28, var_37);
    var_42 = wp::mul(var_40, var_41);
    // u[i, j] = u[i, j] - g                                                                  <L 87>
    var_43 = wp::address(var_u, var_0, var_1);
    var_45 = wp::load(var_43);
    var_44 = wp::sub(var_45, var_42);
    // wp::array_store(var_u, var_0, var_1, var_44);
    //---------
    // reverse
    wp::adj_array_store(var_u, var_0, var_1, var_44, adj_u, adj_0, adj_1, adj_44);
    wp::adj_sub(var_45, var_42, adj_43, adj_42, adj_44);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_43);
    // adj: u[i, j] = u[i, j] - g                                                             <L 87>
    wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_vec_t(var_28, var_37, adj_28, adj_37, adj_40);
    wp::adj_sub(var_38, var_39, adj_33, adj_36, adj_37);
    wp::adj_address(var_p, var_0, var_35, adj_p, adj_0, adj_35, adj_36);
    wp::adj_sub(var_1, var_34, adj_1, adj_34, adj_35);
    wp::adj_address(var_p, var_0, var_32, adj_p, adj_0, adj_32, adj_33);
    wp::adj_add(var_1, var_31, adj_1, adj_31, adj_32);
    wp::adj_sub(var_29, var_30, adj_24, adj_27, adj_28);
    wp::adj_address(var_p, var_26, var_1, adj_p, adj_26, adj_1, adj_27);
    wp::adj_sub(var_0, var_25, adj_0, adj_25, adj_26);
    wp::adj_address(var_p, var_23, var_1, adj_p, adj_23, adj_1, adj_24);
    wp::adj_add(var_0, var_22, adj_0, adj_22, adj_23);
    // adj: g = wp.vec2(p[i + 1, j] - p[i - 1, j], p[i, j + 1] - p[i, j - 1]) * 0.5           <L 86>
    if (var_20) {
        label0:;
        // adj: return                                                                        <L 85>
        wp::adj_array_store(var_u, var_0, var_1, var_21, adj_u, adj_0, adj_1, adj_21);
        // adj: u[i, j] = wp.vec2()                                                           <L 84>
    }
    wp::adj_sub(var_8, var_17, adj_8, adj_17, adj_18);
    wp::adj_sub(var_4, var_14, adj_4, adj_14, adj_15);
    // adj: if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                <L 83>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_u.shape = adj_6;
    // adj: ny = u.shape[1]                                                                   <L 82>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_u.shape = adj_2;
    // adj: nx = u.shape[0]                                                                   <L 81>
    // adj: i, j = wp.tid()                                                                   <L 80>
    // adj: def subtract_gradient(u: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float)):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void subtract_gradient_03087486_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_subtract_gradient_03087486 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        subtract_gradient_03087486_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void subtract_gradient_03087486_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_subtract_gradient_03087486 *_wp_args,
    wp_args_subtract_gradient_03087486 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        subtract_gradient_03087486_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_add_source_06ce3a30 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> dens;
    wp::vec_t<2, wp::float32> center;
    wp::float32 radius;
    wp::vec_t<2, wp::float32> force;
    wp::float32 amount;
    wp::float32 dt;
};


void add_source_06ce3a30_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_add_source_06ce3a30 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_dens = _wp_args->dens;
    wp::vec_t<2, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::vec_t<2, wp::float32> var_force = _wp_args->force;
    wp::float32 var_amount = _wp_args->amount;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def add_source(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), center: wp.vec2, radius: float, force: wp.vec2, amount: float, dt: float):       <L 91>
    // i, j = wp.tid()                                                                        <L 92>
    builtin_tid2d(var_0, var_1);
    // d = wp.vec2(float(i), float(j)) - center                                               <L 93>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
    var_5 = wp::sub(var_4, var_center);
    // r2 = wp.dot(d, d)                                                                      <L 94>
    var_6 = wp::dot(var_5, var_5);
    // if r2 < radius * radius:                                                               <L 95>
    var_7 = wp::mul(var_radius, var_radius);
    var_8 = (var_6 < var_7);
    if (var_8) {
        // w = wp.exp(-r2 / (radius * radius))                                                <L 96>
        var_9 = wp::neg(var_6);
        var_10 = wp::mul(var_radius, var_radius);
        var_11 = wp::div(var_9, var_10);
        var_12 = wp::exp(var_11);
        // u[i, j] = u[i, j] + force * (w * dt)                                               <L 97>
        var_13 = wp::address(var_u, var_0, var_1);
        var_14 = wp::mul(var_12, var_dt);
        var_15 = wp::mul(var_force, var_14);
        var_17 = wp::load(var_13);
        var_16 = wp::add(var_17, var_15);
        wp::array_store(var_u, var_0, var_1, var_16);
        // dens[i, j] = dens[i, j] + amount * w * dt                                          <L 98>
        var_18 = wp::address(var_dens, var_0, var_1);
        var_19 = wp::mul(var_amount, var_12);
        var_20 = wp::mul(var_19, var_dt);
        var_22 = wp::load(var_18);
        var_21 = wp::add(var_22, var_20);
        wp::array_store(var_dens, var_0, var_1, var_21);
    }
}



void add_source_06ce3a30_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_add_source_06ce3a30 *_wp_args,
    wp_args_add_source_06ce3a30 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_dens = _wp_args->dens;
    wp::vec_t<2, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::vec_t<2, wp::float32> var_force = _wp_args->force;
    wp::float32 var_amount = _wp_args->amount;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_dens = _wp_adj_args->dens;
    wp::vec_t<2, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::vec_t<2, wp::float32> adj_force = _wp_adj_args->force;
    wp::float32 adj_amount = _wp_adj_args->amount;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def add_source(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), center: wp.vec2, radius: float, force: wp.vec2, amount: float, dt: float):       <L 91>
    // i, j = wp.tid()                                                                        <L 92>
    builtin_tid2d(var_0, var_1);
    // d = wp.vec2(float(i), float(j)) - center                                               <L 93>
    var_2 = wp::float(var_0);
    var_3 = wp::float(var_1);
    var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
    var_5 = wp::sub(var_4, var_center);
    // r2 = wp.dot(d, d)                                                                      <L 94>
    var_6 = wp::dot(var_5, var_5);
    // if r2 < radius * radius:                                                               <L 95>
    var_7 = wp::mul(var_radius, var_radius);
    var_8 = (var_6 < var_7);
    if (var_8) {
        // w = wp.exp(-r2 / (radius * radius))                                                <L 96>
        var_9 = wp::neg(var_6);
        var_10 = wp::mul(var_radius, var_radius);
        var_11 = wp::div(var_9, var_10);
        var_12 = wp::exp(var_11);
        // u[i, j] = u[i, j] + force * (w * dt)                                               <L 97>
        var_13 = wp::address(var_u, var_0, var_1);
        var_14 = wp::mul(var_12, var_dt);
        var_15 = wp::mul(var_force, var_14);
        var_17 = wp::load(var_13);
        var_16 = wp::add(var_17, var_15);
        // wp::array_store(var_u, var_0, var_1, var_16);
        // dens[i, j] = dens[i, j] + amount * w * dt                                          <L 98>
        var_18 = wp::address(var_dens, var_0, var_1);
        var_19 = wp::mul(var_amount, var_12);
        var_20 = wp::mul(var_19, var_dt);
        var_22 = wp::load(var_18);
        var_21 = wp::add(var_22, var_20);
        // wp::array_store(var_dens, var_0, var_1, var_21);
    }
    //---------
    // reverse
    if (var_8) {
        wp::adj_array_store(var_dens, var_0, var_1, var_21, adj_dens, adj_0, adj_1, adj_21);
        wp::adj_add(var_22, var_20, adj_18, adj_20, adj_21);
        wp::adj_mul(var_19, var_dt, adj_19, adj_dt, adj_20);
        wp::adj_mul(var_amount, var_12, adj_amount, adj_12, adj_19);
        wp::adj_address(var_dens, var_0, var_1, adj_dens, adj_0, adj_1, adj_18);
        // adj: dens[i, j] = dens[i, j] + amount * w * dt                                     <L 98>
        wp::adj_array_store(var_u, var_0, var_1, var_16, adj_u, adj_0, adj_1, adj_16);
        wp::adj_add(var_17, var_15, adj_13, adj_15, adj_16);
        wp::adj_mul(var_force, var_14, adj_force, adj_14, adj_15);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_14);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_13);
        // adj: u[i, j] = u[i, j] + force * (w * dt)                                          <L 97>
        wp::adj_exp(var_11, var_12, adj_11, adj_12);
        wp::adj_div(var_9, var_10, var_11, adj_9, adj_10, adj_11);
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_10);
        wp::adj_neg(var_6, adj_6, adj_9);
        // adj: w = wp.exp(-r2 / (radius * radius))                                           <L 96>
    }
    wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_7);
    // adj: if r2 < radius * radius:                                                          <L 95>
    wp::adj_dot(var_5, var_5, adj_5, adj_5, adj_6);
    // adj: r2 = wp.dot(d, d)                                                                 <L 94>
    wp::adj_sub(var_4, var_center, adj_4, adj_center, adj_5);
    wp::adj_vec_t(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_1, adj_1, adj_3);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: d = wp.vec2(float(i), float(j)) - center                                          <L 93>
    // adj: i, j = wp.tid()                                                                   <L 92>
    // adj: def add_source(u: wp.array2d(dtype=wp.vec2), dens: wp.array2d(dtype=float), center: wp.vec2, radius: float, force: wp.vec2, amount: float, dt: float):  <L 91>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void add_source_06ce3a30_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_add_source_06ce3a30 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        add_source_06ce3a30_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void add_source_06ce3a30_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_add_source_06ce3a30 *_wp_args,
    wp_args_add_source_06ce3a30 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        add_source_06ce3a30_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

