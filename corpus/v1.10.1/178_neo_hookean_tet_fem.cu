
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


// corpus/178_neo_hookean_tet_fem.py:4
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> deformation_gradient_0(
    wp::vec_t<3, wp::float32> var_x0,
    wp::vec_t<3, wp::float32> var_x1,
    wp::vec_t<3, wp::float32> var_x2,
    wp::vec_t<3, wp::float32> var_x3,
    wp::mat_t<3, 3, wp::float32> var_Dm_inv)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    //---------
    // forward
    // def deformation_gradient(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3, x3: wp.vec3, Dm_inv: wp.mat33) -> wp.mat33:       <L 5>
    // Ds = wp.matrix_from_cols(x1 - x0, x2 - x0, x3 - x0)                                    <L 6>
    var_0 = wp::sub(var_x1, var_x0);
    var_1 = wp::sub(var_x2, var_x0);
    var_2 = wp::sub(var_x3, var_x0);
    var_3 = wp::matrix_from_cols<wp::float32>(var_0, var_1, var_2);
    // return Ds * Dm_inv                                                                     <L 7>
    var_4 = wp::mul(var_3, var_Dm_inv);
    return var_4;
}


// corpus/178_neo_hookean_tet_fem.py:10
static CUDA_CALLABLE void neo_hookean_pk1_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::mat_t<3, 3, wp::float32> var_38;
    wp::mat_t<3, 3, wp::float32> var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    const wp::float32 var_44 = 0.5;
    wp::float32 var_45;
    const wp::float32 var_46 = 3.0;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.5;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // forward
    // def neo_hookean_pk1(F: wp.mat33, mu: float, lam: float):                               <L 11>
    // J = wp.determinant(F)                                                                  <L 12>
    var_0 = wp::determinant(var_F);
    // Ic = wp.ddot(F, F)                                                                     <L 13>
    var_1 = wp::ddot(var_F, var_F);
    // alpha = 1.0 + mu / lam                                                                 <L 14>
    var_3 = wp::div(var_mu, var_lam);
    var_4 = wp::add(var_2, var_3);
    // c0 = wp.vec3(F[0, 0], F[1, 0], F[2, 0])                                                <L 15>
    var_7 = wp::extract(var_F, var_5, var_6);
    var_10 = wp::extract(var_F, var_8, var_9);
    var_13 = wp::extract(var_F, var_11, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_7, var_10, var_13);
    // c1 = wp.vec3(F[0, 1], F[1, 1], F[2, 1])                                                <L 16>
    var_17 = wp::extract(var_F, var_15, var_16);
    var_20 = wp::extract(var_F, var_18, var_19);
    var_23 = wp::extract(var_F, var_21, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_17, var_20, var_23);
    // c2 = wp.vec3(F[0, 2], F[1, 2], F[2, 2])                                                <L 17>
    var_27 = wp::extract(var_F, var_25, var_26);
    var_30 = wp::extract(var_F, var_28, var_29);
    var_33 = wp::extract(var_F, var_31, var_32);
    var_34 = wp::vec_t<3, wp::float32>(var_27, var_30, var_33);
    // dJdF = wp.matrix_from_cols(wp.cross(c1, c2), wp.cross(c2, c0), wp.cross(c0, c1))       <L 18>
    var_35 = wp::cross(var_24, var_34);
    var_36 = wp::cross(var_34, var_14);
    var_37 = wp::cross(var_14, var_24);
    var_38 = wp::matrix_from_cols<wp::float32>(var_35, var_36, var_37);
    // P = F * mu + dJdF * (lam * (J - alpha))                                                <L 19>
    var_39 = wp::mul(var_F, var_mu);
    var_40 = wp::sub(var_0, var_4);
    var_41 = wp::mul(var_lam, var_40);
    var_42 = wp::mul(var_38, var_41);
    var_43 = wp::add(var_39, var_42);
    // psi = 0.5 * mu * (Ic - 3.0) + 0.5 * lam * (J - alpha) * (J - alpha)                    <L 20>
    var_45 = wp::mul(var_44, var_mu);
    var_47 = wp::sub(var_1, var_46);
    var_48 = wp::mul(var_45, var_47);
    var_50 = wp::mul(var_49, var_lam);
    var_51 = wp::sub(var_0, var_4);
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::sub(var_0, var_4);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::add(var_48, var_54);
    // return P, psi                                                                          <L 21>
    ret_0 = var_43;
    ret_1 = var_55;
    return;
}


// corpus/178_neo_hookean_tet_fem.py:4
static CUDA_CALLABLE void adj_deformation_gradient_0(
    wp::vec_t<3, wp::float32> var_x0,
    wp::vec_t<3, wp::float32> var_x1,
    wp::vec_t<3, wp::float32> var_x2,
    wp::vec_t<3, wp::float32> var_x3,
    wp::mat_t<3, 3, wp::float32> var_Dm_inv,
    wp::vec_t<3, wp::float32> & adj_x0,
    wp::vec_t<3, wp::float32> & adj_x1,
    wp::vec_t<3, wp::float32> & adj_x2,
    wp::vec_t<3, wp::float32> & adj_x3,
    wp::mat_t<3, 3, wp::float32> & adj_Dm_inv,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def deformation_gradient(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3, x3: wp.vec3, Dm_inv: wp.mat33) -> wp.mat33:       <L 5>
    // Ds = wp.matrix_from_cols(x1 - x0, x2 - x0, x3 - x0)                                    <L 6>
    var_0 = wp::sub(var_x1, var_x0);
    var_1 = wp::sub(var_x2, var_x0);
    var_2 = wp::sub(var_x3, var_x0);
    var_3 = wp::matrix_from_cols<wp::float32>(var_0, var_1, var_2);
    // return Ds * Dm_inv                                                                     <L 7>
    var_4 = wp::mul(var_3, var_Dm_inv);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_mul(var_3, var_Dm_inv, adj_3, adj_Dm_inv, adj_4);
    // adj: return Ds * Dm_inv                                                                <L 7>
    wp::adj_matrix_from_cols(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    wp::adj_sub(var_x3, var_x0, adj_x3, adj_x0, adj_2);
    wp::adj_sub(var_x2, var_x0, adj_x2, adj_x0, adj_1);
    wp::adj_sub(var_x1, var_x0, adj_x1, adj_x0, adj_0);
    // adj: Ds = wp.matrix_from_cols(x1 - x0, x2 - x0, x3 - x0)                               <L 6>
    // adj: def deformation_gradient(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3, x3: wp.vec3, Dm_inv: wp.mat33) -> wp.mat33:  <L 5>
    return;
}


// corpus/178_neo_hookean_tet_fem.py:10
static CUDA_CALLABLE void adj_neo_hookean_pk1_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::mat_t<3, 3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::mat_t<3, 3, wp::float32> var_38;
    wp::mat_t<3, 3, wp::float32> var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    const wp::float32 var_44 = 0.5;
    wp::float32 var_45;
    const wp::float32 var_46 = 3.0;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.5;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::mat_t<3, 3, wp::float32> adj_38 = {};
    wp::mat_t<3, 3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::mat_t<3, 3, wp::float32> adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
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
    //---------
    // forward
    // def neo_hookean_pk1(F: wp.mat33, mu: float, lam: float):                               <L 11>
    // J = wp.determinant(F)                                                                  <L 12>
    var_0 = wp::determinant(var_F);
    // Ic = wp.ddot(F, F)                                                                     <L 13>
    var_1 = wp::ddot(var_F, var_F);
    // alpha = 1.0 + mu / lam                                                                 <L 14>
    var_3 = wp::div(var_mu, var_lam);
    var_4 = wp::add(var_2, var_3);
    // c0 = wp.vec3(F[0, 0], F[1, 0], F[2, 0])                                                <L 15>
    var_7 = wp::extract(var_F, var_5, var_6);
    var_10 = wp::extract(var_F, var_8, var_9);
    var_13 = wp::extract(var_F, var_11, var_12);
    var_14 = wp::vec_t<3, wp::float32>(var_7, var_10, var_13);
    // c1 = wp.vec3(F[0, 1], F[1, 1], F[2, 1])                                                <L 16>
    var_17 = wp::extract(var_F, var_15, var_16);
    var_20 = wp::extract(var_F, var_18, var_19);
    var_23 = wp::extract(var_F, var_21, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_17, var_20, var_23);
    // c2 = wp.vec3(F[0, 2], F[1, 2], F[2, 2])                                                <L 17>
    var_27 = wp::extract(var_F, var_25, var_26);
    var_30 = wp::extract(var_F, var_28, var_29);
    var_33 = wp::extract(var_F, var_31, var_32);
    var_34 = wp::vec_t<3, wp::float32>(var_27, var_30, var_33);
    // dJdF = wp.matrix_from_cols(wp.cross(c1, c2), wp.cross(c2, c0), wp.cross(c0, c1))       <L 18>
    var_35 = wp::cross(var_24, var_34);
    var_36 = wp::cross(var_34, var_14);
    var_37 = wp::cross(var_14, var_24);
    var_38 = wp::matrix_from_cols<wp::float32>(var_35, var_36, var_37);
    // P = F * mu + dJdF * (lam * (J - alpha))                                                <L 19>
    var_39 = wp::mul(var_F, var_mu);
    var_40 = wp::sub(var_0, var_4);
    var_41 = wp::mul(var_lam, var_40);
    var_42 = wp::mul(var_38, var_41);
    var_43 = wp::add(var_39, var_42);
    // psi = 0.5 * mu * (Ic - 3.0) + 0.5 * lam * (J - alpha) * (J - alpha)                    <L 20>
    var_45 = wp::mul(var_44, var_mu);
    var_47 = wp::sub(var_1, var_46);
    var_48 = wp::mul(var_45, var_47);
    var_50 = wp::mul(var_49, var_lam);
    var_51 = wp::sub(var_0, var_4);
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::sub(var_0, var_4);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::add(var_48, var_54);
    // return P, psi                                                                          <L 21>
    ret_0 = var_43;
    ret_1 = var_55;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_55 += adj_ret_1;
    adj_43 += adj_ret_0;
    // adj: return P, psi                                                                     <L 21>
    wp::adj_add(var_48, var_54, adj_48, adj_54, adj_55);
    wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
    wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_53);
    wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
    wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_51);
    wp::adj_mul(var_49, var_lam, adj_49, adj_lam, adj_50);
    wp::adj_mul(var_45, var_47, adj_45, adj_47, adj_48);
    wp::adj_sub(var_1, var_46, adj_1, adj_46, adj_47);
    wp::adj_mul(var_44, var_mu, adj_44, adj_mu, adj_45);
    // adj: psi = 0.5 * mu * (Ic - 3.0) + 0.5 * lam * (J - alpha) * (J - alpha)               <L 20>
    wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
    wp::adj_mul(var_38, var_41, adj_38, adj_41, adj_42);
    wp::adj_mul(var_lam, var_40, adj_lam, adj_40, adj_41);
    wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_40);
    wp::adj_mul(var_F, var_mu, adj_F, adj_mu, adj_39);
    // adj: P = F * mu + dJdF * (lam * (J - alpha))                                           <L 19>
    wp::adj_matrix_from_cols(var_35, var_36, var_37, adj_35, adj_36, adj_37, adj_38);
    wp::adj_cross(var_14, var_24, adj_14, adj_24, adj_37);
    wp::adj_cross(var_34, var_14, adj_34, adj_14, adj_36);
    wp::adj_cross(var_24, var_34, adj_24, adj_34, adj_35);
    // adj: dJdF = wp.matrix_from_cols(wp.cross(c1, c2), wp.cross(c2, c0), wp.cross(c0, c1))  <L 18>
    wp::adj_vec_t(var_27, var_30, var_33, adj_27, adj_30, adj_33, adj_34);
    wp::adj_extract(var_F, var_31, var_32, adj_F, adj_31, adj_32, adj_33);
    wp::adj_extract(var_F, var_28, var_29, adj_F, adj_28, adj_29, adj_30);
    wp::adj_extract(var_F, var_25, var_26, adj_F, adj_25, adj_26, adj_27);
    // adj: c2 = wp.vec3(F[0, 2], F[1, 2], F[2, 2])                                           <L 17>
    wp::adj_vec_t(var_17, var_20, var_23, adj_17, adj_20, adj_23, adj_24);
    wp::adj_extract(var_F, var_21, var_22, adj_F, adj_21, adj_22, adj_23);
    wp::adj_extract(var_F, var_18, var_19, adj_F, adj_18, adj_19, adj_20);
    wp::adj_extract(var_F, var_15, var_16, adj_F, adj_15, adj_16, adj_17);
    // adj: c1 = wp.vec3(F[0, 1], F[1, 1], F[2, 1])                                           <L 16>
    wp::adj_vec_t(var_7, var_10, var_13, adj_7, adj_10, adj_13, adj_14);
    wp::adj_extract(var_F, var_11, var_12, adj_F, adj_11, adj_12, adj_13);
    wp::adj_extract(var_F, var_8, var_9, adj_F, adj_8, adj_9, adj_10);
    wp::adj_extract(var_F, var_5, var_6, adj_F, adj_5, adj_6, adj_7);
    // adj: c0 = wp.vec3(F[0, 0], F[1, 0], F[2, 0])                                           <L 15>
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_div(var_mu, var_lam, var_3, adj_mu, adj_lam, adj_3);
    // adj: alpha = 1.0 + mu / lam                                                            <L 14>
    wp::adj_ddot(var_F, var_F, adj_F, adj_F, adj_1);
    // adj: Ic = wp.ddot(F, F)                                                                <L 13>
    wp::adj_determinant(var_F, adj_F, adj_0);
    // adj: J = wp.determinant(F)                                                             <L 12>
    // adj: def neo_hookean_pk1(F: wp.mat33, mu: float, lam: float):                          <L 11>
    return;
}



extern "C" __global__ void tet_forces_81ece7ee_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_vol,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::int32> var_inverted)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::int32 var_13 = 3;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32>* var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::mat_t<3, 3, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::float32 var_30;
        wp::mat_t<3, 3, wp::float32>* var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 0;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 1;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 0;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        const wp::int32 var_62 = 1;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        const wp::int32 var_78 = 2;
        wp::int32 var_79;
        wp::vec_t<3, wp::float32> var_80;
        const wp::int32 var_81 = 3;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        const wp::int32 var_84 = 0;
        wp::float32* var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        //---------
        // forward
        // def tet_forces(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float), mu: float, lam: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float), inverted: wp.array(dtype=int)):       <L 25>
        // t = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // idx = tets[t]                                                                          <L 27>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // F = deformation_gradient(x[idx[0]], x[idx[1]], x[idx[2]], x[idx[3]], Dm_inv[t])        <L 28>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::address(var_x, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::address(var_x, var_14);
        var_16 = wp::address(var_Dm_inv, var_0);
        var_18 = wp::load(var_6);
        var_19 = wp::load(var_9);
        var_20 = wp::load(var_12);
        var_21 = wp::load(var_15);
        var_22 = wp::load(var_16);
        var_17 = deformation_gradient_0(var_18, var_19, var_20, var_21, var_22);
        // if wp.determinant(F) <= 0.0:                                                           <L 29>
        var_23 = wp::determinant(var_17);
        var_25 = (var_23 <= var_24);
        if (var_25) {
            // wp.atomic_add(inverted, 0, 1)                                                      <L 30>
            var_28 = wp::atomic_add(var_inverted, var_26, var_27);
        }
        // P, psi = neo_hookean_pk1(F, mu, lam)                                                   <L 31>
        neo_hookean_pk1_0(var_17, var_mu, var_lam, var_29, var_30);
        // H = P * wp.transpose(Dm_inv[t]) * (-rest_vol[t])                                       <L 32>
        var_31 = wp::address(var_Dm_inv, var_0);
        var_33 = wp::load(var_31);
        var_32 = wp::transpose(var_33);
        var_34 = wp::mul(var_29, var_32);
        var_35 = wp::address(var_rest_vol, var_0);
        var_37 = wp::load(var_35);
        var_36 = wp::neg(var_37);
        var_38 = wp::mul(var_34, var_36);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 33>
        var_41 = wp::extract(var_38, var_39, var_40);
        var_44 = wp::extract(var_38, var_42, var_43);
        var_47 = wp::extract(var_38, var_45, var_46);
        var_48 = wp::vec_t<3, wp::float32>(var_41, var_44, var_47);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 34>
        var_51 = wp::extract(var_38, var_49, var_50);
        var_54 = wp::extract(var_38, var_52, var_53);
        var_57 = wp::extract(var_38, var_55, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_51, var_54, var_57);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 35>
        var_61 = wp::extract(var_38, var_59, var_60);
        var_64 = wp::extract(var_38, var_62, var_63);
        var_67 = wp::extract(var_38, var_65, var_66);
        var_68 = wp::vec_t<3, wp::float32>(var_61, var_64, var_67);
        // wp.atomic_add(f, idx[0], -(f1 + f2 + f3))                                              <L 36>
        var_70 = wp::extract(var_2, var_69);
        var_71 = wp::add(var_48, var_58);
        var_72 = wp::add(var_71, var_68);
        var_73 = wp::neg(var_72);
        var_74 = wp::atomic_add(var_f, var_70, var_73);
        // wp.atomic_add(f, idx[1], f1)                                                           <L 37>
        var_76 = wp::extract(var_2, var_75);
        var_77 = wp::atomic_add(var_f, var_76, var_48);
        // wp.atomic_add(f, idx[2], f2)                                                           <L 38>
        var_79 = wp::extract(var_2, var_78);
        var_80 = wp::atomic_add(var_f, var_79, var_58);
        // wp.atomic_add(f, idx[3], f3)                                                           <L 39>
        var_82 = wp::extract(var_2, var_81);
        var_83 = wp::atomic_add(var_f, var_82, var_68);
        // wp.atomic_add(energy, 0, psi * rest_vol[t])                                            <L 40>
        var_85 = wp::address(var_rest_vol, var_0);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_30, var_87);
        var_88 = wp::atomic_add(var_energy, var_84, var_86);
    }
}



extern "C" __global__ void tet_forces_81ece7ee_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_vol,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::int32> var_inverted,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::float32> adj_rest_vol,
    wp::float32 adj_mu,
    wp::float32 adj_lam,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_energy,
    wp::array_t<wp::int32> adj_inverted)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::int32 var_13 = 3;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32>* var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::mat_t<3, 3, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::float32 var_30;
        wp::mat_t<3, 3, wp::float32>* var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 0;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 1;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 0;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        const wp::int32 var_62 = 1;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        const wp::int32 var_78 = 2;
        wp::int32 var_79;
        wp::vec_t<3, wp::float32> var_80;
        const wp::int32 var_81 = 3;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        const wp::int32 var_84 = 0;
        wp::float32* var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::mat_t<3, 3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        wp::mat_t<3, 3, wp::float32> adj_32 = {};
        wp::mat_t<3, 3, wp::float32> adj_33 = {};
        wp::mat_t<3, 3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::mat_t<3, 3, wp::float32> adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        //---------
        // forward
        // def tet_forces(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float), mu: float, lam: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float), inverted: wp.array(dtype=int)):       <L 25>
        // t = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // idx = tets[t]                                                                          <L 27>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // F = deformation_gradient(x[idx[0]], x[idx[1]], x[idx[2]], x[idx[3]], Dm_inv[t])        <L 28>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::address(var_x, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::address(var_x, var_14);
        var_16 = wp::address(var_Dm_inv, var_0);
        var_18 = wp::load(var_6);
        var_19 = wp::load(var_9);
        var_20 = wp::load(var_12);
        var_21 = wp::load(var_15);
        var_22 = wp::load(var_16);
        var_17 = deformation_gradient_0(var_18, var_19, var_20, var_21, var_22);
        // if wp.determinant(F) <= 0.0:                                                           <L 29>
        var_23 = wp::determinant(var_17);
        var_25 = (var_23 <= var_24);
        if (var_25) {
            // wp.atomic_add(inverted, 0, 1)                                                      <L 30>
            // var_28 = wp::atomic_add(var_inverted, var_26, var_27);
        }
        // P, psi = neo_hookean_pk1(F, mu, lam)                                                   <L 31>
        neo_hookean_pk1_0(var_17, var_mu, var_lam, var_29, var_30);
        // H = P * wp.transpose(Dm_inv[t]) * (-rest_vol[t])                                       <L 32>
        var_31 = wp::address(var_Dm_inv, var_0);
        var_33 = wp::load(var_31);
        var_32 = wp::transpose(var_33);
        var_34 = wp::mul(var_29, var_32);
        var_35 = wp::address(var_rest_vol, var_0);
        var_37 = wp::load(var_35);
        var_36 = wp::neg(var_37);
        var_38 = wp::mul(var_34, var_36);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 33>
        var_41 = wp::extract(var_38, var_39, var_40);
        var_44 = wp::extract(var_38, var_42, var_43);
        var_47 = wp::extract(var_38, var_45, var_46);
        var_48 = wp::vec_t<3, wp::float32>(var_41, var_44, var_47);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 34>
        var_51 = wp::extract(var_38, var_49, var_50);
        var_54 = wp::extract(var_38, var_52, var_53);
        var_57 = wp::extract(var_38, var_55, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_51, var_54, var_57);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 35>
        var_61 = wp::extract(var_38, var_59, var_60);
        var_64 = wp::extract(var_38, var_62, var_63);
        var_67 = wp::extract(var_38, var_65, var_66);
        var_68 = wp::vec_t<3, wp::float32>(var_61, var_64, var_67);
        // wp.atomic_add(f, idx[0], -(f1 + f2 + f3))                                              <L 36>
        var_70 = wp::extract(var_2, var_69);
        var_71 = wp::add(var_48, var_58);
        var_72 = wp::add(var_71, var_68);
        var_73 = wp::neg(var_72);
        // var_74 = wp::atomic_add(var_f, var_70, var_73);
        // wp.atomic_add(f, idx[1], f1)                                                           <L 37>
        var_76 = wp::extract(var_2, var_75);
        // var_77 = wp::atomic_add(var_f, var_76, var_48);
        // wp.atomic_add(f, idx[2], f2)                                                           <L 38>
        var_79 = wp::extract(var_2, var_78);
        // var_80 = wp::atomic_add(var_f, var_79, var_58);
        // wp.atomic_add(f, idx[3], f3)                                                           <L 39>
        var_82 = wp::extract(var_2, var_81);
        // var_83 = wp::atomic_add(var_f, var_82, var_68);
        // wp.atomic_add(energy, 0, psi * rest_vol[t])                                            <L 40>
        var_85 = wp::address(var_rest_vol, var_0);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_30, var_87);
        // var_88 = wp::atomic_add(var_energy, var_84, var_86);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_84, var_86, adj_energy, adj_84, adj_86, adj_88);
        wp::adj_mul(var_30, var_87, adj_30, adj_85, adj_86);
        wp::adj_address(var_rest_vol, var_0, adj_rest_vol, adj_0, adj_85);
        // adj: wp.atomic_add(energy, 0, psi * rest_vol[t])                                       <L 40>
        wp::adj_atomic_add(var_f, var_82, var_68, adj_f, adj_82, adj_68, adj_83);
        wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_82);
        // adj: wp.atomic_add(f, idx[3], f3)                                                      <L 39>
        wp::adj_atomic_add(var_f, var_79, var_58, adj_f, adj_79, adj_58, adj_80);
        wp::adj_extract(var_2, var_78, adj_2, adj_78, adj_79);
        // adj: wp.atomic_add(f, idx[2], f2)                                                      <L 38>
        wp::adj_atomic_add(var_f, var_76, var_48, adj_f, adj_76, adj_48, adj_77);
        wp::adj_extract(var_2, var_75, adj_2, adj_75, adj_76);
        // adj: wp.atomic_add(f, idx[1], f1)                                                      <L 37>
        wp::adj_atomic_add(var_f, var_70, var_73, adj_f, adj_70, adj_73, adj_74);
        wp::adj_neg(var_72, adj_72, adj_73);
        wp::adj_add(var_71, var_68, adj_71, adj_68, adj_72);
        wp::adj_add(var_48, var_58, adj_48, adj_58, adj_71);
        wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_70);
        // adj: wp.atomic_add(f, idx[0], -(f1 + f2 + f3))                                         <L 36>
        wp::adj_vec_t(var_61, var_64, var_67, adj_61, adj_64, adj_67, adj_68);
        wp::adj_extract(var_38, var_65, var_66, adj_38, adj_65, adj_66, adj_67);
        wp::adj_extract(var_38, var_62, var_63, adj_38, adj_62, adj_63, adj_64);
        wp::adj_extract(var_38, var_59, var_60, adj_38, adj_59, adj_60, adj_61);
        // adj: f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                           <L 35>
        wp::adj_vec_t(var_51, var_54, var_57, adj_51, adj_54, adj_57, adj_58);
        wp::adj_extract(var_38, var_55, var_56, adj_38, adj_55, adj_56, adj_57);
        wp::adj_extract(var_38, var_52, var_53, adj_38, adj_52, adj_53, adj_54);
        wp::adj_extract(var_38, var_49, var_50, adj_38, adj_49, adj_50, adj_51);
        // adj: f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                           <L 34>
        wp::adj_vec_t(var_41, var_44, var_47, adj_41, adj_44, adj_47, adj_48);
        wp::adj_extract(var_38, var_45, var_46, adj_38, adj_45, adj_46, adj_47);
        wp::adj_extract(var_38, var_42, var_43, adj_38, adj_42, adj_43, adj_44);
        wp::adj_extract(var_38, var_39, var_40, adj_38, adj_39, adj_40, adj_41);
        // adj: f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                           <L 33>
        wp::adj_mul(var_34, var_36, adj_34, adj_36, adj_38);
        wp::adj_neg(var_37, adj_35, adj_36);
        wp::adj_address(var_rest_vol, var_0, adj_rest_vol, adj_0, adj_35);
        wp::adj_mul(var_29, var_32, adj_29, adj_32, adj_34);
        wp::adj_transpose(var_33, adj_31, adj_32);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_31);
        // adj: H = P * wp.transpose(Dm_inv[t]) * (-rest_vol[t])                                  <L 32>
        adj_neo_hookean_pk1_0(var_17, var_mu, var_lam, var_29, var_30, adj_17, adj_mu, adj_lam, adj_29, adj_30);
        // adj: P, psi = neo_hookean_pk1(F, mu, lam)                                              <L 31>
        if (var_25) {
            wp::adj_atomic_add(var_inverted, var_26, var_27, adj_inverted, adj_26, adj_27, adj_28);
            // adj: wp.atomic_add(inverted, 0, 1)                                                 <L 30>
        }
        wp::adj_determinant(var_17, adj_17, adj_23);
        // adj: if wp.determinant(F) <= 0.0:                                                      <L 29>
        adj_deformation_gradient_0(var_18, var_19, var_20, var_21, var_22, adj_6, adj_9, adj_12, adj_15, adj_16, adj_17);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_16);
        wp::adj_address(var_x, var_14, adj_x, adj_14, adj_15);
        wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_12);
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_9);
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: F = deformation_gradient(x[idx[0]], x[idx[1]], x[idx[2]], x[idx[3]], Dm_inv[t])   <L 28>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_1);
        // adj: idx = tets[t]                                                                     <L 27>
        // adj: t = wp.tid()                                                                      <L 26>
        // adj: def tet_forces(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float), mu: float, lam: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float), inverted: wp.array(dtype=int)):  <L 25>
        continue;
    }
}



extern "C" __global__ void rest_state_71d5939d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_vol)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 6.0;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        //---------
        // forward
        // def rest_state(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float)):       <L 44>
        // t = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // idx = tets[t]                                                                          <L 46>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Dm = wp.matrix_from_cols(x[idx[1]] - x[idx[0]], x[idx[2]] - x[idx[0]], x[idx[3]] - x[idx[0]])       <L 47>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::address(var_x, var_14);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::address(var_x, var_17);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::extract(var_2, var_22);
        var_24 = wp::address(var_x, var_23);
        var_26 = wp::extract(var_2, var_25);
        var_27 = wp::address(var_x, var_26);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_30);
        var_31 = wp::matrix_from_cols<wp::float32>(var_10, var_19, var_28);
        // v = wp.determinant(Dm) / 6.0                                                           <L 48>
        var_32 = wp::determinant(var_31);
        var_34 = wp::div(var_32, var_33);
        // rest_vol[t] = wp.abs(v)                                                                <L 49>
        var_35 = wp::abs(var_34);
        wp::array_store(var_rest_vol, var_0, var_35);
        // Dm_inv[t] = wp.inverse(Dm)                                                             <L 50>
        var_36 = wp::inverse(var_31);
        wp::array_store(var_Dm_inv, var_0, var_36);
    }
}



extern "C" __global__ void rest_state_71d5939d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_vol,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::float32> adj_rest_vol)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 6.0;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::mat_t<3, 3, wp::float32> adj_36 = {};
        //---------
        // forward
        // def rest_state(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float)):       <L 44>
        // t = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // idx = tets[t]                                                                          <L 46>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Dm = wp.matrix_from_cols(x[idx[1]] - x[idx[0]], x[idx[2]] - x[idx[0]], x[idx[3]] - x[idx[0]])       <L 47>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::address(var_x, var_14);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::address(var_x, var_17);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::extract(var_2, var_22);
        var_24 = wp::address(var_x, var_23);
        var_26 = wp::extract(var_2, var_25);
        var_27 = wp::address(var_x, var_26);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_30);
        var_31 = wp::matrix_from_cols<wp::float32>(var_10, var_19, var_28);
        // v = wp.determinant(Dm) / 6.0                                                           <L 48>
        var_32 = wp::determinant(var_31);
        var_34 = wp::div(var_32, var_33);
        // rest_vol[t] = wp.abs(v)                                                                <L 49>
        var_35 = wp::abs(var_34);
        // wp::array_store(var_rest_vol, var_0, var_35);
        // Dm_inv[t] = wp.inverse(Dm)                                                             <L 50>
        var_36 = wp::inverse(var_31);
        // wp::array_store(var_Dm_inv, var_0, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_Dm_inv, var_0, var_36, adj_Dm_inv, adj_0, adj_36);
        wp::adj_inverse(var_31, var_36, adj_31, adj_36);
        // adj: Dm_inv[t] = wp.inverse(Dm)                                                        <L 50>
        wp::adj_array_store(var_rest_vol, var_0, var_35, adj_rest_vol, adj_0, adj_35);
        wp::adj_abs(var_34, adj_34, adj_35);
        // adj: rest_vol[t] = wp.abs(v)                                                           <L 49>
        wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
        wp::adj_determinant(var_31, adj_31, adj_32);
        // adj: v = wp.determinant(Dm) / 6.0                                                      <L 48>
        wp::adj_matrix_from_cols(var_10, var_19, var_28, adj_10, adj_19, adj_28, adj_31);
        wp::adj_sub(var_29, var_30, adj_24, adj_27, adj_28);
        wp::adj_address(var_x, var_26, adj_x, adj_26, adj_27);
        wp::adj_extract(var_2, var_25, adj_2, adj_25, adj_26);
        wp::adj_address(var_x, var_23, adj_x, adj_23, adj_24);
        wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
        wp::adj_sub(var_20, var_21, adj_15, adj_18, adj_19);
        wp::adj_address(var_x, var_17, adj_x, adj_17, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_address(var_x, var_14, adj_x, adj_14, adj_15);
        wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_sub(var_11, var_12, adj_6, adj_9, adj_10);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_9);
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: Dm = wp.matrix_from_cols(x[idx[1]] - x[idx[0]], x[idx[2]] - x[idx[0]], x[idx[3]] - x[idx[0]])  <L 47>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_1);
        // adj: idx = tets[t]                                                                     <L 46>
        // adj: t = wp.tid()                                                                      <L 45>
        // adj: def rest_state(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), rest_vol: wp.array(dtype=float)):  <L 44>
        continue;
    }
}

