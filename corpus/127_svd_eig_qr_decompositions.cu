#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


// corpus/127_svd_eig_qr_decompositions.py:4
static CUDA_CALLABLE void polar_decomposition_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::mat_t<3, 3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    //---------
    // forward
    // def polar_decomposition(F: wp.mat33):                                                  <L 5>
    // U = wp.mat33()                                                                         <L 6>
    var_0 = wp::mat_t<3, 3, wp::float32>();
    // sigma = wp.vec3()                                                                      <L 7>
    var_1 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 8>
    var_2 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U, sigma, V)                                                                <L 9>
    wp::svd3(var_F, var_0, var_1, var_2);
    // R = U * wp.transpose(V)                                                                <L 10>
    var_3 = wp::transpose(var_2);
    var_4 = wp::mul(var_0, var_3);
    // S = V * wp.diag(sigma) * wp.transpose(V)                                               <L 11>
    var_5 = wp::diag(var_1);
    var_6 = wp::mul(var_2, var_5);
    var_7 = wp::transpose(var_2);
    var_8 = wp::mul(var_6, var_7);
    // return R, S                                                                            <L 12>
    ret_0 = var_4;
    ret_1 = var_8;
    return;
}


// corpus/127_svd_eig_qr_decompositions.py:15
static CUDA_CALLABLE wp::float32 frobenius_0(
    wp::mat_t<3, 3, wp::float32> var_A)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    //---------
    // forward
    // def frobenius(A: wp.mat33) -> float:                                                   <L 16>
    // s = float(0.0)                                                                         <L 17>
    var_1 = wp::float(var_0);
    // for i in range(3):                                                                     <L 18>
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_4 = wp::extract(var_A, var_2, var_3);
    var_5 = wp::extract(var_A, var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::add(var_1, var_6);
    var_9 = wp::extract(var_A, var_2, var_8);
    var_10 = wp::extract(var_A, var_2, var_8);
    var_11 = wp::mul(var_9, var_10);
    var_12 = wp::add(var_7, var_11);
    var_14 = wp::extract(var_A, var_2, var_13);
    var_15 = wp::extract(var_A, var_2, var_13);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::add(var_12, var_16);
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_20 = wp::extract(var_A, var_18, var_19);
    var_21 = wp::extract(var_A, var_18, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_17, var_22);
    var_25 = wp::extract(var_A, var_18, var_24);
    var_26 = wp::extract(var_A, var_18, var_24);
    var_27 = wp::mul(var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    var_30 = wp::extract(var_A, var_18, var_29);
    var_31 = wp::extract(var_A, var_18, var_29);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_28, var_32);
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_36 = wp::extract(var_A, var_34, var_35);
    var_37 = wp::extract(var_A, var_34, var_35);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_41 = wp::extract(var_A, var_34, var_40);
    var_42 = wp::extract(var_A, var_34, var_40);
    var_43 = wp::mul(var_41, var_42);
    var_44 = wp::add(var_39, var_43);
    var_46 = wp::extract(var_A, var_34, var_45);
    var_47 = wp::extract(var_A, var_34, var_45);
    var_48 = wp::mul(var_46, var_47);
    var_49 = wp::add(var_44, var_48);
    // return wp.sqrt(s)                                                                      <L 21>
    var_50 = wp::sqrt(var_49);
    return var_50;
}


// corpus/127_svd_eig_qr_decompositions.py:24
static CUDA_CALLABLE wp::vec_t<3, wp::float32> solve_spd_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-12;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def solve_spd(A: wp.mat33, b: wp.vec3) -> wp.vec3:                                     <L 25>
    // det = wp.determinant(A)                                                                <L 26>
    var_0 = wp::determinant(var_A);
    // if wp.abs(det) < 1.0e-12:                                                              <L 27>
    var_1 = wp::abs(var_0);
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 28>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        return var_5;
    }
    // return wp.inverse(A) * b                                                               <L 29>
    var_6 = wp::inverse(var_A);
    var_7 = wp::mul(var_6, var_b);
    return var_7;
}


// corpus/127_svd_eig_qr_decompositions.py:4
static CUDA_CALLABLE void adj_polar_decomposition_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::mat_t<3, 3, wp::float32> & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::mat_t<3, 3, wp::float32> & adj_ret_0,
    wp::mat_t<3, 3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def polar_decomposition(F: wp.mat33):                                                  <L 5>
    // U = wp.mat33()                                                                         <L 6>
    var_0 = wp::mat_t<3, 3, wp::float32>();
    // sigma = wp.vec3()                                                                      <L 7>
    var_1 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 8>
    var_2 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U, sigma, V)                                                                <L 9>
    wp::svd3(var_F, var_0, var_1, var_2);
    // R = U * wp.transpose(V)                                                                <L 10>
    var_3 = wp::transpose(var_2);
    var_4 = wp::mul(var_0, var_3);
    // S = V * wp.diag(sigma) * wp.transpose(V)                                               <L 11>
    var_5 = wp::diag(var_1);
    var_6 = wp::mul(var_2, var_5);
    var_7 = wp::transpose(var_2);
    var_8 = wp::mul(var_6, var_7);
    // return R, S                                                                            <L 12>
    ret_0 = var_4;
    ret_1 = var_8;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret_1;
    adj_4 += adj_ret_0;
    // adj: return R, S                                                                       <L 12>
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_transpose(var_2, adj_2, adj_7);
    wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_diag(var_1, adj_1, adj_5);
    // adj: S = V * wp.diag(sigma) * wp.transpose(V)                                          <L 11>
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_transpose(var_2, adj_2, adj_3);
    // adj: R = U * wp.transpose(V)                                                           <L 10>
    wp::adj_svd3(var_F, var_0, var_1, var_2, adj_F, adj_0, adj_1, adj_2);
    // adj: wp.svd3(F, U, sigma, V)                                                           <L 9>
    // adj: V = wp.mat33()                                                                    <L 8>
    // adj: sigma = wp.vec3()                                                                 <L 7>
    // adj: U = wp.mat33()                                                                    <L 6>
    // adj: def polar_decomposition(F: wp.mat33):                                             <L 5>
    return;
}


// corpus/127_svd_eig_qr_decompositions.py:15
static CUDA_CALLABLE void adj_frobenius_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::mat_t<3, 3, wp::float32> & adj_A,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    //---------
    // forward
    // def frobenius(A: wp.mat33) -> float:                                                   <L 16>
    // s = float(0.0)                                                                         <L 17>
    var_1 = wp::float(var_0);
    // for i in range(3):                                                                     <L 18>
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_4 = wp::extract(var_A, var_2, var_3);
    var_5 = wp::extract(var_A, var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::add(var_1, var_6);
    var_9 = wp::extract(var_A, var_2, var_8);
    var_10 = wp::extract(var_A, var_2, var_8);
    var_11 = wp::mul(var_9, var_10);
    var_12 = wp::add(var_7, var_11);
    var_14 = wp::extract(var_A, var_2, var_13);
    var_15 = wp::extract(var_A, var_2, var_13);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::add(var_12, var_16);
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_20 = wp::extract(var_A, var_18, var_19);
    var_21 = wp::extract(var_A, var_18, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_17, var_22);
    var_25 = wp::extract(var_A, var_18, var_24);
    var_26 = wp::extract(var_A, var_18, var_24);
    var_27 = wp::mul(var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    var_30 = wp::extract(var_A, var_18, var_29);
    var_31 = wp::extract(var_A, var_18, var_29);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_28, var_32);
    // for j in range(3):                                                                     <L 19>
    // s += A[i, j] * A[i, j]                                                                 <L 20>
    var_36 = wp::extract(var_A, var_34, var_35);
    var_37 = wp::extract(var_A, var_34, var_35);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_41 = wp::extract(var_A, var_34, var_40);
    var_42 = wp::extract(var_A, var_34, var_40);
    var_43 = wp::mul(var_41, var_42);
    var_44 = wp::add(var_39, var_43);
    var_46 = wp::extract(var_A, var_34, var_45);
    var_47 = wp::extract(var_A, var_34, var_45);
    var_48 = wp::mul(var_46, var_47);
    var_49 = wp::add(var_44, var_48);
    // return wp.sqrt(s)                                                                      <L 21>
    var_50 = wp::sqrt(var_49);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_50 += adj_ret;
    wp::adj_sqrt(var_49, var_50, adj_49, adj_50);
    // adj: return wp.sqrt(s)                                                                 <L 21>
    wp::adj_add(var_44, var_48, adj_44, adj_48, adj_49);
    wp::adj_mul(var_46, var_47, adj_46, adj_47, adj_48);
    wp::adj_extract(var_A, var_34, var_45, adj_A, adj_34, adj_45, adj_47);
    wp::adj_extract(var_A, var_34, var_45, adj_A, adj_34, adj_45, adj_46);
    wp::adj_add(var_39, var_43, adj_39, adj_43, adj_44);
    wp::adj_mul(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_extract(var_A, var_34, var_40, adj_A, adj_34, adj_40, adj_42);
    wp::adj_extract(var_A, var_34, var_40, adj_A, adj_34, adj_40, adj_41);
    wp::adj_add(var_33, var_38, adj_33, adj_38, adj_39);
    wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_extract(var_A, var_34, var_35, adj_A, adj_34, adj_35, adj_37);
    wp::adj_extract(var_A, var_34, var_35, adj_A, adj_34, adj_35, adj_36);
    // adj: s += A[i, j] * A[i, j]                                                            <L 20>
    // adj: for j in range(3):                                                                <L 19>
    wp::adj_add(var_28, var_32, adj_28, adj_32, adj_33);
    wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_extract(var_A, var_18, var_29, adj_A, adj_18, adj_29, adj_31);
    wp::adj_extract(var_A, var_18, var_29, adj_A, adj_18, adj_29, adj_30);
    wp::adj_add(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_extract(var_A, var_18, var_24, adj_A, adj_18, adj_24, adj_26);
    wp::adj_extract(var_A, var_18, var_24, adj_A, adj_18, adj_24, adj_25);
    wp::adj_add(var_17, var_22, adj_17, adj_22, adj_23);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_A, var_18, var_19, adj_A, adj_18, adj_19, adj_21);
    wp::adj_extract(var_A, var_18, var_19, adj_A, adj_18, adj_19, adj_20);
    // adj: s += A[i, j] * A[i, j]                                                            <L 20>
    // adj: for j in range(3):                                                                <L 19>
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_extract(var_A, var_2, var_13, adj_A, adj_2, adj_13, adj_15);
    wp::adj_extract(var_A, var_2, var_13, adj_A, adj_2, adj_13, adj_14);
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_extract(var_A, var_2, var_8, adj_A, adj_2, adj_8, adj_10);
    wp::adj_extract(var_A, var_2, var_8, adj_A, adj_2, adj_8, adj_9);
    wp::adj_add(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_5);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_4);
    // adj: s += A[i, j] * A[i, j]                                                            <L 20>
    // adj: for j in range(3):                                                                <L 19>
    // adj: for i in range(3):                                                                <L 18>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 17>
    // adj: def frobenius(A: wp.mat33) -> float:                                              <L 16>
    return;
}


// corpus/127_svd_eig_qr_decompositions.py:24
static CUDA_CALLABLE void adj_solve_spd_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::vec_t<3, wp::float32> var_b,
    wp::mat_t<3, 3, wp::float32> & adj_A,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-12;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def solve_spd(A: wp.mat33, b: wp.vec3) -> wp.vec3:                                     <L 25>
    // det = wp.determinant(A)                                                                <L 26>
    var_0 = wp::determinant(var_A);
    // if wp.abs(det) < 1.0e-12:                                                              <L 27>
    var_1 = wp::abs(var_0);
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 28>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        goto label0;
    }
    // return wp.inverse(A) * b                                                               <L 29>
    var_6 = wp::inverse(var_A);
    var_7 = wp::mul(var_6, var_b);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_mul(var_6, var_b, adj_6, adj_b, adj_7);
    wp::adj_inverse(var_A, var_6, adj_A, adj_6);
    // adj: return wp.inverse(A) * b                                                          <L 29>
    if (var_3) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_vec_t(var_4, adj_4, adj_5);
        // adj: return wp.vec3(0.0)                                                           <L 28>
    }
    wp::adj_abs(var_0, adj_0, adj_1);
    // adj: if wp.abs(det) < 1.0e-12:                                                         <L 27>
    wp::adj_determinant(var_A, adj_A, adj_0);
    // adj: det = wp.determinant(A)                                                           <L 26>
    // adj: def solve_spd(A: wp.mat33, b: wp.vec3) -> wp.vec3:                                <L 25>
    return;
}



extern "C" __global__ void corotated_energy_efc8e719_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::float32> var_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_P)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        const wp::int32 var_39 = 0;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 2;
        const wp::int32 var_54 = 1;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        const wp::int32 var_61 = 0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 0;
        const wp::int32 var_73 = 1;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 2;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 0;
        const wp::int32 var_81 = 0;
        wp::float32 var_82;
        const wp::int32 var_83 = 2;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = 2;
        wp::float32 var_89;
        const wp::int32 var_90 = 2;
        const wp::int32 var_91 = 0;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::float32 var_97;
        const wp::int32 var_98 = 2;
        const wp::int32 var_99 = 0;
        wp::float32 var_100;
        wp::float32 var_101;
        const wp::int32 var_102 = 0;
        const wp::int32 var_103 = 0;
        wp::float32 var_104;
        const wp::int32 var_105 = 2;
        const wp::int32 var_106 = 1;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::float32 var_112;
        const wp::int32 var_113 = 1;
        const wp::int32 var_114 = 2;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::int32 var_117 = 0;
        const wp::int32 var_118 = 2;
        wp::float32 var_119;
        const wp::int32 var_120 = 1;
        const wp::int32 var_121 = 1;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::int32 var_125 = 0;
        const wp::int32 var_126 = 2;
        wp::float32 var_127;
        const wp::int32 var_128 = 1;
        const wp::int32 var_129 = 0;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 0;
        const wp::int32 var_133 = 0;
        wp::float32 var_134;
        const wp::int32 var_135 = 1;
        const wp::int32 var_136 = 2;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::int32 var_140 = 0;
        const wp::int32 var_141 = 0;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::float32 var_149;
        const wp::int32 var_150 = 1;
        const wp::int32 var_151 = 0;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::mat_t<3, 3, wp::float32> var_155;
        const wp::float32 var_156 = 2.0;
        wp::float32 var_157;
        wp::mat_t<3, 3, wp::float32> var_158;
        const wp::float32 var_159 = 1.0;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::mat_t<3, 3, wp::float32> var_162;
        wp::mat_t<3, 3, wp::float32> var_163;
        //---------
        // forward
        // def corotated_energy(F: wp.array(dtype=wp.mat33), mu: float, lam: float, psi: wp.array(dtype=float), P: wp.array(dtype=wp.mat33)):       <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // f = F[i]                                                                               <L 35>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // R, S = polar_decomposition(f)                                                          <L 36>
        polar_decomposition_0(var_2, var_4, var_5);
        // J = wp.determinant(f)                                                                  <L 37>
        var_6 = wp::determinant(var_2);
        // d = f - R                                                                              <L 38>
        var_7 = wp::sub(var_2, var_4);
        // e = frobenius(d)                                                                       <L 39>
        var_8 = frobenius_0(var_7);
        // psi[i] = mu * e * e + 0.5 * lam * (J - 1.0) * (J - 1.0)                                <L 40>
        var_9 = wp::mul(var_mu, var_8);
        var_10 = wp::mul(var_9, var_8);
        var_12 = wp::mul(var_11, var_lam);
        var_14 = wp::sub(var_6, var_13);
        var_15 = wp::mul(var_12, var_14);
        var_17 = wp::sub(var_6, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_10, var_18);
        wp::array_store(var_psi, var_0, var_19);
        // JFinvT = wp.mat33(                                                                     <L 41>
        // f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],       <L 42>
        var_22 = wp::extract(var_2, var_20, var_21);
        var_25 = wp::extract(var_2, var_23, var_24);
        var_26 = wp::mul(var_22, var_25);
        var_29 = wp::extract(var_2, var_27, var_28);
        var_32 = wp::extract(var_2, var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        var_34 = wp::sub(var_26, var_33);
        var_37 = wp::extract(var_2, var_35, var_36);
        var_40 = wp::extract(var_2, var_38, var_39);
        var_41 = wp::mul(var_37, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_47 = wp::extract(var_2, var_45, var_46);
        var_48 = wp::mul(var_44, var_47);
        var_49 = wp::sub(var_41, var_48);
        var_52 = wp::extract(var_2, var_50, var_51);
        var_55 = wp::extract(var_2, var_53, var_54);
        var_56 = wp::mul(var_52, var_55);
        var_59 = wp::extract(var_2, var_57, var_58);
        var_62 = wp::extract(var_2, var_60, var_61);
        var_63 = wp::mul(var_59, var_62);
        var_64 = wp::sub(var_56, var_63);
        // f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],       <L 43>
        var_67 = wp::extract(var_2, var_65, var_66);
        var_70 = wp::extract(var_2, var_68, var_69);
        var_71 = wp::mul(var_67, var_70);
        var_74 = wp::extract(var_2, var_72, var_73);
        var_77 = wp::extract(var_2, var_75, var_76);
        var_78 = wp::mul(var_74, var_77);
        var_79 = wp::sub(var_71, var_78);
        var_82 = wp::extract(var_2, var_80, var_81);
        var_85 = wp::extract(var_2, var_83, var_84);
        var_86 = wp::mul(var_82, var_85);
        var_89 = wp::extract(var_2, var_87, var_88);
        var_92 = wp::extract(var_2, var_90, var_91);
        var_93 = wp::mul(var_89, var_92);
        var_94 = wp::sub(var_86, var_93);
        var_97 = wp::extract(var_2, var_95, var_96);
        var_100 = wp::extract(var_2, var_98, var_99);
        var_101 = wp::mul(var_97, var_100);
        var_104 = wp::extract(var_2, var_102, var_103);
        var_107 = wp::extract(var_2, var_105, var_106);
        var_108 = wp::mul(var_104, var_107);
        var_109 = wp::sub(var_101, var_108);
        // f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],       <L 44>
        var_112 = wp::extract(var_2, var_110, var_111);
        var_115 = wp::extract(var_2, var_113, var_114);
        var_116 = wp::mul(var_112, var_115);
        var_119 = wp::extract(var_2, var_117, var_118);
        var_122 = wp::extract(var_2, var_120, var_121);
        var_123 = wp::mul(var_119, var_122);
        var_124 = wp::sub(var_116, var_123);
        var_127 = wp::extract(var_2, var_125, var_126);
        var_130 = wp::extract(var_2, var_128, var_129);
        var_131 = wp::mul(var_127, var_130);
        var_134 = wp::extract(var_2, var_132, var_133);
        var_137 = wp::extract(var_2, var_135, var_136);
        var_138 = wp::mul(var_134, var_137);
        var_139 = wp::sub(var_131, var_138);
        var_142 = wp::extract(var_2, var_140, var_141);
        var_145 = wp::extract(var_2, var_143, var_144);
        var_146 = wp::mul(var_142, var_145);
        var_149 = wp::extract(var_2, var_147, var_148);
        var_152 = wp::extract(var_2, var_150, var_151);
        var_153 = wp::mul(var_149, var_152);
        var_154 = wp::sub(var_146, var_153);
        var_155 = wp::mat_t<3, 3, wp::float32>(var_34, var_49, var_64, var_79, var_94, var_109, var_124, var_139, var_154);
        // P[i] = 2.0 * mu * d + lam * (J - 1.0) * JFinvT                                         <L 46>
        var_157 = wp::mul(var_156, var_mu);
        var_158 = wp::mul(var_157, var_7);
        var_160 = wp::sub(var_6, var_159);
        var_161 = wp::mul(var_lam, var_160);
        var_162 = wp::mul(var_161, var_155);
        var_163 = wp::add(var_158, var_162);
        wp::array_store(var_P, var_0, var_163);
    }
}



extern "C" __global__ void corotated_energy_efc8e719_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::float32> var_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_P,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::float32 adj_mu,
    wp::float32 adj_lam,
    wp::array_t<wp::float32> adj_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_P)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        const wp::int32 var_39 = 0;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 2;
        const wp::int32 var_54 = 1;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        const wp::int32 var_61 = 0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        const wp::int32 var_69 = 1;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 0;
        const wp::int32 var_73 = 1;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        const wp::int32 var_76 = 2;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 0;
        const wp::int32 var_81 = 0;
        wp::float32 var_82;
        const wp::int32 var_83 = 2;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = 2;
        wp::float32 var_89;
        const wp::int32 var_90 = 2;
        const wp::int32 var_91 = 0;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::float32 var_97;
        const wp::int32 var_98 = 2;
        const wp::int32 var_99 = 0;
        wp::float32 var_100;
        wp::float32 var_101;
        const wp::int32 var_102 = 0;
        const wp::int32 var_103 = 0;
        wp::float32 var_104;
        const wp::int32 var_105 = 2;
        const wp::int32 var_106 = 1;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::float32 var_112;
        const wp::int32 var_113 = 1;
        const wp::int32 var_114 = 2;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::int32 var_117 = 0;
        const wp::int32 var_118 = 2;
        wp::float32 var_119;
        const wp::int32 var_120 = 1;
        const wp::int32 var_121 = 1;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::int32 var_125 = 0;
        const wp::int32 var_126 = 2;
        wp::float32 var_127;
        const wp::int32 var_128 = 1;
        const wp::int32 var_129 = 0;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 0;
        const wp::int32 var_133 = 0;
        wp::float32 var_134;
        const wp::int32 var_135 = 1;
        const wp::int32 var_136 = 2;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::int32 var_140 = 0;
        const wp::int32 var_141 = 0;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::float32 var_149;
        const wp::int32 var_150 = 1;
        const wp::int32 var_151 = 0;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::mat_t<3, 3, wp::float32> var_155;
        const wp::float32 var_156 = 2.0;
        wp::float32 var_157;
        wp::mat_t<3, 3, wp::float32> var_158;
        const wp::float32 var_159 = 1.0;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::mat_t<3, 3, wp::float32> var_162;
        wp::mat_t<3, 3, wp::float32> var_163;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
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
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::mat_t<3, 3, wp::float32> adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::mat_t<3, 3, wp::float32> adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::mat_t<3, 3, wp::float32> adj_162 = {};
        wp::mat_t<3, 3, wp::float32> adj_163 = {};
        //---------
        // forward
        // def corotated_energy(F: wp.array(dtype=wp.mat33), mu: float, lam: float, psi: wp.array(dtype=float), P: wp.array(dtype=wp.mat33)):       <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // f = F[i]                                                                               <L 35>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // R, S = polar_decomposition(f)                                                          <L 36>
        polar_decomposition_0(var_2, var_4, var_5);
        // J = wp.determinant(f)                                                                  <L 37>
        var_6 = wp::determinant(var_2);
        // d = f - R                                                                              <L 38>
        var_7 = wp::sub(var_2, var_4);
        // e = frobenius(d)                                                                       <L 39>
        var_8 = frobenius_0(var_7);
        // psi[i] = mu * e * e + 0.5 * lam * (J - 1.0) * (J - 1.0)                                <L 40>
        var_9 = wp::mul(var_mu, var_8);
        var_10 = wp::mul(var_9, var_8);
        var_12 = wp::mul(var_11, var_lam);
        var_14 = wp::sub(var_6, var_13);
        var_15 = wp::mul(var_12, var_14);
        var_17 = wp::sub(var_6, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_10, var_18);
        // wp::array_store(var_psi, var_0, var_19);
        // JFinvT = wp.mat33(                                                                     <L 41>
        // f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],       <L 42>
        var_22 = wp::extract(var_2, var_20, var_21);
        var_25 = wp::extract(var_2, var_23, var_24);
        var_26 = wp::mul(var_22, var_25);
        var_29 = wp::extract(var_2, var_27, var_28);
        var_32 = wp::extract(var_2, var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        var_34 = wp::sub(var_26, var_33);
        var_37 = wp::extract(var_2, var_35, var_36);
        var_40 = wp::extract(var_2, var_38, var_39);
        var_41 = wp::mul(var_37, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_47 = wp::extract(var_2, var_45, var_46);
        var_48 = wp::mul(var_44, var_47);
        var_49 = wp::sub(var_41, var_48);
        var_52 = wp::extract(var_2, var_50, var_51);
        var_55 = wp::extract(var_2, var_53, var_54);
        var_56 = wp::mul(var_52, var_55);
        var_59 = wp::extract(var_2, var_57, var_58);
        var_62 = wp::extract(var_2, var_60, var_61);
        var_63 = wp::mul(var_59, var_62);
        var_64 = wp::sub(var_56, var_63);
        // f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],       <L 43>
        var_67 = wp::extract(var_2, var_65, var_66);
        var_70 = wp::extract(var_2, var_68, var_69);
        var_71 = wp::mul(var_67, var_70);
        var_74 = wp::extract(var_2, var_72, var_73);
        var_77 = wp::extract(var_2, var_75, var_76);
        var_78 = wp::mul(var_74, var_77);
        var_79 = wp::sub(var_71, var_78);
        var_82 = wp::extract(var_2, var_80, var_81);
        var_85 = wp::extract(var_2, var_83, var_84);
        var_86 = wp::mul(var_82, var_85);
        var_89 = wp::extract(var_2, var_87, var_88);
        var_92 = wp::extract(var_2, var_90, var_91);
        var_93 = wp::mul(var_89, var_92);
        var_94 = wp::sub(var_86, var_93);
        var_97 = wp::extract(var_2, var_95, var_96);
        var_100 = wp::extract(var_2, var_98, var_99);
        var_101 = wp::mul(var_97, var_100);
        var_104 = wp::extract(var_2, var_102, var_103);
        var_107 = wp::extract(var_2, var_105, var_106);
        var_108 = wp::mul(var_104, var_107);
        var_109 = wp::sub(var_101, var_108);
        // f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],       <L 44>
        var_112 = wp::extract(var_2, var_110, var_111);
        var_115 = wp::extract(var_2, var_113, var_114);
        var_116 = wp::mul(var_112, var_115);
        var_119 = wp::extract(var_2, var_117, var_118);
        var_122 = wp::extract(var_2, var_120, var_121);
        var_123 = wp::mul(var_119, var_122);
        var_124 = wp::sub(var_116, var_123);
        var_127 = wp::extract(var_2, var_125, var_126);
        var_130 = wp::extract(var_2, var_128, var_129);
        var_131 = wp::mul(var_127, var_130);
        var_134 = wp::extract(var_2, var_132, var_133);
        var_137 = wp::extract(var_2, var_135, var_136);
        var_138 = wp::mul(var_134, var_137);
        var_139 = wp::sub(var_131, var_138);
        var_142 = wp::extract(var_2, var_140, var_141);
        var_145 = wp::extract(var_2, var_143, var_144);
        var_146 = wp::mul(var_142, var_145);
        var_149 = wp::extract(var_2, var_147, var_148);
        var_152 = wp::extract(var_2, var_150, var_151);
        var_153 = wp::mul(var_149, var_152);
        var_154 = wp::sub(var_146, var_153);
        var_155 = wp::mat_t<3, 3, wp::float32>(var_34, var_49, var_64, var_79, var_94, var_109, var_124, var_139, var_154);
        // P[i] = 2.0 * mu * d + lam * (J - 1.0) * JFinvT                                         <L 46>
        var_157 = wp::mul(var_156, var_mu);
        var_158 = wp::mul(var_157, var_7);
        var_160 = wp::sub(var_6, var_159);
        var_161 = wp::mul(var_lam, var_160);
        var_162 = wp::mul(var_161, var_155);
        var_163 = wp::add(var_158, var_162);
        // wp::array_store(var_P, var_0, var_163);
        //---------
        // reverse
        wp::adj_array_store(var_P, var_0, var_163, adj_P, adj_0, adj_163);
        wp::adj_add(var_158, var_162, adj_158, adj_162, adj_163);
        wp::adj_mul(var_161, var_155, adj_161, adj_155, adj_162);
        wp::adj_mul(var_lam, var_160, adj_lam, adj_160, adj_161);
        wp::adj_sub(var_6, var_159, adj_6, adj_159, adj_160);
        wp::adj_mul(var_157, var_7, adj_157, adj_7, adj_158);
        wp::adj_mul(var_156, var_mu, adj_156, adj_mu, adj_157);
        // adj: P[i] = 2.0 * mu * d + lam * (J - 1.0) * JFinvT                                    <L 46>
        wp::adj_mat_t(var_34, var_49, var_64, var_79, var_94, var_109, var_124, var_139, var_154, adj_34, adj_49, adj_64, adj_79, adj_94, adj_109, adj_124, adj_139, adj_154, adj_155);
        wp::adj_sub(var_146, var_153, adj_146, adj_153, adj_154);
        wp::adj_mul(var_149, var_152, adj_149, adj_152, adj_153);
        wp::adj_extract(var_2, var_150, var_151, adj_2, adj_150, adj_151, adj_152);
        wp::adj_extract(var_2, var_147, var_148, adj_2, adj_147, adj_148, adj_149);
        wp::adj_mul(var_142, var_145, adj_142, adj_145, adj_146);
        wp::adj_extract(var_2, var_143, var_144, adj_2, adj_143, adj_144, adj_145);
        wp::adj_extract(var_2, var_140, var_141, adj_2, adj_140, adj_141, adj_142);
        wp::adj_sub(var_131, var_138, adj_131, adj_138, adj_139);
        wp::adj_mul(var_134, var_137, adj_134, adj_137, adj_138);
        wp::adj_extract(var_2, var_135, var_136, adj_2, adj_135, adj_136, adj_137);
        wp::adj_extract(var_2, var_132, var_133, adj_2, adj_132, adj_133, adj_134);
        wp::adj_mul(var_127, var_130, adj_127, adj_130, adj_131);
        wp::adj_extract(var_2, var_128, var_129, adj_2, adj_128, adj_129, adj_130);
        wp::adj_extract(var_2, var_125, var_126, adj_2, adj_125, adj_126, adj_127);
        wp::adj_sub(var_116, var_123, adj_116, adj_123, adj_124);
        wp::adj_mul(var_119, var_122, adj_119, adj_122, adj_123);
        wp::adj_extract(var_2, var_120, var_121, adj_2, adj_120, adj_121, adj_122);
        wp::adj_extract(var_2, var_117, var_118, adj_2, adj_117, adj_118, adj_119);
        wp::adj_mul(var_112, var_115, adj_112, adj_115, adj_116);
        wp::adj_extract(var_2, var_113, var_114, adj_2, adj_113, adj_114, adj_115);
        wp::adj_extract(var_2, var_110, var_111, adj_2, adj_110, adj_111, adj_112);
        // adj: f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],  <L 44>
        wp::adj_sub(var_101, var_108, adj_101, adj_108, adj_109);
        wp::adj_mul(var_104, var_107, adj_104, adj_107, adj_108);
        wp::adj_extract(var_2, var_105, var_106, adj_2, adj_105, adj_106, adj_107);
        wp::adj_extract(var_2, var_102, var_103, adj_2, adj_102, adj_103, adj_104);
        wp::adj_mul(var_97, var_100, adj_97, adj_100, adj_101);
        wp::adj_extract(var_2, var_98, var_99, adj_2, adj_98, adj_99, adj_100);
        wp::adj_extract(var_2, var_95, var_96, adj_2, adj_95, adj_96, adj_97);
        wp::adj_sub(var_86, var_93, adj_86, adj_93, adj_94);
        wp::adj_mul(var_89, var_92, adj_89, adj_92, adj_93);
        wp::adj_extract(var_2, var_90, var_91, adj_2, adj_90, adj_91, adj_92);
        wp::adj_extract(var_2, var_87, var_88, adj_2, adj_87, adj_88, adj_89);
        wp::adj_mul(var_82, var_85, adj_82, adj_85, adj_86);
        wp::adj_extract(var_2, var_83, var_84, adj_2, adj_83, adj_84, adj_85);
        wp::adj_extract(var_2, var_80, var_81, adj_2, adj_80, adj_81, adj_82);
        wp::adj_sub(var_71, var_78, adj_71, adj_78, adj_79);
        wp::adj_mul(var_74, var_77, adj_74, adj_77, adj_78);
        wp::adj_extract(var_2, var_75, var_76, adj_2, adj_75, adj_76, adj_77);
        wp::adj_extract(var_2, var_72, var_73, adj_2, adj_72, adj_73, adj_74);
        wp::adj_mul(var_67, var_70, adj_67, adj_70, adj_71);
        wp::adj_extract(var_2, var_68, var_69, adj_2, adj_68, adj_69, adj_70);
        wp::adj_extract(var_2, var_65, var_66, adj_2, adj_65, adj_66, adj_67);
        // adj: f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],  <L 43>
        wp::adj_sub(var_56, var_63, adj_56, adj_63, adj_64);
        wp::adj_mul(var_59, var_62, adj_59, adj_62, adj_63);
        wp::adj_extract(var_2, var_60, var_61, adj_2, adj_60, adj_61, adj_62);
        wp::adj_extract(var_2, var_57, var_58, adj_2, adj_57, adj_58, adj_59);
        wp::adj_mul(var_52, var_55, adj_52, adj_55, adj_56);
        wp::adj_extract(var_2, var_53, var_54, adj_2, adj_53, adj_54, adj_55);
        wp::adj_extract(var_2, var_50, var_51, adj_2, adj_50, adj_51, adj_52);
        wp::adj_sub(var_41, var_48, adj_41, adj_48, adj_49);
        wp::adj_mul(var_44, var_47, adj_44, adj_47, adj_48);
        wp::adj_extract(var_2, var_45, var_46, adj_2, adj_45, adj_46, adj_47);
        wp::adj_extract(var_2, var_42, var_43, adj_2, adj_42, adj_43, adj_44);
        wp::adj_mul(var_37, var_40, adj_37, adj_40, adj_41);
        wp::adj_extract(var_2, var_38, var_39, adj_2, adj_38, adj_39, adj_40);
        wp::adj_extract(var_2, var_35, var_36, adj_2, adj_35, adj_36, adj_37);
        wp::adj_sub(var_26, var_33, adj_26, adj_33, adj_34);
        wp::adj_mul(var_29, var_32, adj_29, adj_32, adj_33);
        wp::adj_extract(var_2, var_30, var_31, adj_2, adj_30, adj_31, adj_32);
        wp::adj_extract(var_2, var_27, var_28, adj_2, adj_27, adj_28, adj_29);
        wp::adj_mul(var_22, var_25, adj_22, adj_25, adj_26);
        wp::adj_extract(var_2, var_23, var_24, adj_2, adj_23, adj_24, adj_25);
        wp::adj_extract(var_2, var_20, var_21, adj_2, adj_20, adj_21, adj_22);
        // adj: f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],  <L 42>
        // adj: JFinvT = wp.mat33(                                                                <L 41>
        wp::adj_array_store(var_psi, var_0, var_19, adj_psi, adj_0, adj_19);
        wp::adj_add(var_10, var_18, adj_10, adj_18, adj_19);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_17);
        wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_sub(var_6, var_13, adj_6, adj_13, adj_14);
        wp::adj_mul(var_11, var_lam, adj_11, adj_lam, adj_12);
        wp::adj_mul(var_9, var_8, adj_9, adj_8, adj_10);
        wp::adj_mul(var_mu, var_8, adj_mu, adj_8, adj_9);
        // adj: psi[i] = mu * e * e + 0.5 * lam * (J - 1.0) * (J - 1.0)                           <L 40>
        adj_frobenius_0(var_7, adj_7, adj_8);
        // adj: e = frobenius(d)                                                                  <L 39>
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_7);
        // adj: d = f - R                                                                         <L 38>
        wp::adj_determinant(var_2, adj_2, adj_6);
        // adj: J = wp.determinant(f)                                                             <L 37>
        adj_polar_decomposition_0(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        // adj: R, S = polar_decomposition(f)                                                     <L 36>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: f = F[i]                                                                          <L 35>
        // adj: i = wp.tid()                                                                      <L 34>
        // adj: def corotated_energy(F: wp.array(dtype=wp.mat33), mu: float, lam: float, psi: wp.array(dtype=float), P: wp.array(dtype=wp.mat33)):  <L 33>
        continue;
    }
}



extern "C" __global__ void eigen_analysis_ed6e0cc7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_vecs,
    wp::array_t<wp::float32> var_cond)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1e+30;
        //---------
        // forward
        // def eigen_analysis(A: wp.array(dtype=wp.mat33), vals: wp.array(dtype=wp.vec3), vecs: wp.array(dtype=wp.mat33), cond: wp.array(dtype=float)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // S = A[i] + wp.transpose(A[i])                                                          <L 52>
        var_1 = wp::address(var_A, var_0);
        var_2 = wp::address(var_A, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::transpose(var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // Q = wp.mat33()                                                                         <L 53>
        var_7 = wp::mat_t<3, 3, wp::float32>();
        // d = wp.vec3()                                                                          <L 54>
        var_8 = wp::vec_t<3, wp::float32>();
        // wp.eig3(S, Q, d)                                                                       <L 55>
        wp::eig3(var_5, var_7, var_8);
        // vals[i] = d                                                                            <L 56>
        wp::array_store(var_vals, var_0, var_8);
        // vecs[i] = Q                                                                            <L 57>
        wp::array_store(var_vecs, var_0, var_7);
        // lo = wp.min(wp.abs(d[0]), wp.min(wp.abs(d[1]), wp.abs(d[2])))                          <L 58>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::abs(var_10);
        var_13 = wp::extract(var_8, var_12);
        var_14 = wp::abs(var_13);
        var_16 = wp::extract(var_8, var_15);
        var_17 = wp::abs(var_16);
        var_18 = wp::min(var_14, var_17);
        var_19 = wp::min(var_11, var_18);
        // hi = wp.max(wp.abs(d[0]), wp.max(wp.abs(d[1]), wp.abs(d[2])))                          <L 59>
        var_21 = wp::extract(var_8, var_20);
        var_22 = wp::abs(var_21);
        var_24 = wp::extract(var_8, var_23);
        var_25 = wp::abs(var_24);
        var_27 = wp::extract(var_8, var_26);
        var_28 = wp::abs(var_27);
        var_29 = wp::max(var_25, var_28);
        var_30 = wp::max(var_22, var_29);
        // if lo > 0.0:                                                                           <L 60>
        var_32 = (var_19 > var_31);
        if (var_32) {
            // cond[i] = hi / lo                                                                  <L 61>
            var_33 = wp::div(var_30, var_19);
            wp::array_store(var_cond, var_0, var_33);
        }
        if (!var_32) {
            // cond[i] = 1.0e30                                                                   <L 63>
            wp::array_store(var_cond, var_0, var_34);
        }
    }
}



extern "C" __global__ void eigen_analysis_ed6e0cc7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_vecs,
    wp::array_t<wp::float32> var_cond,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vals,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_vecs,
    wp::array_t<wp::float32> adj_cond)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1e+30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
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
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        //---------
        // forward
        // def eigen_analysis(A: wp.array(dtype=wp.mat33), vals: wp.array(dtype=wp.vec3), vecs: wp.array(dtype=wp.mat33), cond: wp.array(dtype=float)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // S = A[i] + wp.transpose(A[i])                                                          <L 52>
        var_1 = wp::address(var_A, var_0);
        var_2 = wp::address(var_A, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::transpose(var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // Q = wp.mat33()                                                                         <L 53>
        var_7 = wp::mat_t<3, 3, wp::float32>();
        // d = wp.vec3()                                                                          <L 54>
        var_8 = wp::vec_t<3, wp::float32>();
        // wp.eig3(S, Q, d)                                                                       <L 55>
        wp::eig3(var_5, var_7, var_8);
        // vals[i] = d                                                                            <L 56>
        // wp::array_store(var_vals, var_0, var_8);
        // vecs[i] = Q                                                                            <L 57>
        // wp::array_store(var_vecs, var_0, var_7);
        // lo = wp.min(wp.abs(d[0]), wp.min(wp.abs(d[1]), wp.abs(d[2])))                          <L 58>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::abs(var_10);
        var_13 = wp::extract(var_8, var_12);
        var_14 = wp::abs(var_13);
        var_16 = wp::extract(var_8, var_15);
        var_17 = wp::abs(var_16);
        var_18 = wp::min(var_14, var_17);
        var_19 = wp::min(var_11, var_18);
        // hi = wp.max(wp.abs(d[0]), wp.max(wp.abs(d[1]), wp.abs(d[2])))                          <L 59>
        var_21 = wp::extract(var_8, var_20);
        var_22 = wp::abs(var_21);
        var_24 = wp::extract(var_8, var_23);
        var_25 = wp::abs(var_24);
        var_27 = wp::extract(var_8, var_26);
        var_28 = wp::abs(var_27);
        var_29 = wp::max(var_25, var_28);
        var_30 = wp::max(var_22, var_29);
        // if lo > 0.0:                                                                           <L 60>
        var_32 = (var_19 > var_31);
        if (var_32) {
            // cond[i] = hi / lo                                                                  <L 61>
            var_33 = wp::div(var_30, var_19);
            // wp::array_store(var_cond, var_0, var_33);
        }
        if (!var_32) {
            // cond[i] = 1.0e30                                                                   <L 63>
            // wp::array_store(var_cond, var_0, var_34);
        }
        //---------
        // reverse
        if (!var_32) {
            wp::adj_array_store(var_cond, var_0, var_34, adj_cond, adj_0, adj_34);
            // adj: cond[i] = 1.0e30                                                              <L 63>
        }
        if (var_32) {
            wp::adj_array_store(var_cond, var_0, var_33, adj_cond, adj_0, adj_33);
            wp::adj_div(var_30, var_19, var_33, adj_30, adj_19, adj_33);
            // adj: cond[i] = hi / lo                                                             <L 61>
        }
        // adj: if lo > 0.0:                                                                      <L 60>
        wp::adj_max(var_22, var_29, adj_22, adj_29, adj_30);
        wp::adj_max(var_25, var_28, adj_25, adj_28, adj_29);
        wp::adj_abs(var_27, adj_27, adj_28);
        wp::adj_extract(var_8, var_26, adj_8, adj_26, adj_27);
        wp::adj_abs(var_24, adj_24, adj_25);
        wp::adj_extract(var_8, var_23, adj_8, adj_23, adj_24);
        wp::adj_abs(var_21, adj_21, adj_22);
        wp::adj_extract(var_8, var_20, adj_8, adj_20, adj_21);
        // adj: hi = wp.max(wp.abs(d[0]), wp.max(wp.abs(d[1]), wp.abs(d[2])))                     <L 59>
        wp::adj_min(var_11, var_18, adj_11, adj_18, adj_19);
        wp::adj_min(var_14, var_17, adj_14, adj_17, adj_18);
        wp::adj_abs(var_16, adj_16, adj_17);
        wp::adj_extract(var_8, var_15, adj_8, adj_15, adj_16);
        wp::adj_abs(var_13, adj_13, adj_14);
        wp::adj_extract(var_8, var_12, adj_8, adj_12, adj_13);
        wp::adj_abs(var_10, adj_10, adj_11);
        wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: lo = wp.min(wp.abs(d[0]), wp.min(wp.abs(d[1]), wp.abs(d[2])))                     <L 58>
        wp::adj_array_store(var_vecs, var_0, var_7, adj_vecs, adj_0, adj_7);
        // adj: vecs[i] = Q                                                                       <L 57>
        wp::adj_array_store(var_vals, var_0, var_8, adj_vals, adj_0, adj_8);
        // adj: vals[i] = d                                                                       <L 56>
        wp::adj_eig3(var_5, var_7, var_8, adj_5, adj_7, adj_8);
        // adj: wp.eig3(S, Q, d)                                                                  <L 55>
        // adj: d = wp.vec3()                                                                     <L 54>
        // adj: Q = wp.mat33()                                                                    <L 53>
        wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_transpose(var_4, adj_2, adj_3);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_2);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: S = A[i] + wp.transpose(A[i])                                                     <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def eigen_analysis(A: wp.array(dtype=wp.mat33), vals: wp.array(dtype=wp.vec3), vecs: wp.array(dtype=wp.mat33), cond: wp.array(dtype=float)):  <L 50>
        continue;
    }
}



extern "C" __global__ void qr_solve_1c14e9b5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x2)
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
        wp::mat_t<3, 3, wp::float32> var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32>* var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 3;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 3;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        const wp::int32 var_40 = 3;
        wp::range_t var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::mat_t<3, 3, wp::float32>* var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        wp::mat_t<3, 3, wp::float32>* var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        wp::mat_t<3, 3, wp::float32>* var_55;
        wp::mat_t<3, 3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        //---------
        // forward
        // def qr_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), x2: wp.array(dtype=wp.vec3)):       <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // Q = wp.mat33()                                                                         <L 69>
        var_1 = wp::mat_t<3, 3, wp::float32>();
        // R = wp.mat33()                                                                         <L 70>
        var_2 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(A[i], Q, R)                                                                     <L 71>
        var_3 = wp::address(var_A, var_0);
        var_4 = wp::load(var_3);
        wp::qr3(var_4, var_1, var_2);
        // y = wp.transpose(Q) * b[i]                                                             <L 72>
        var_5 = wp::transpose(var_1);
        var_6 = wp::address(var_b, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        // z = wp.vec3()                                                                          <L 73>
        var_9 = wp::vec_t<3, wp::float32>();
        // for k in range(2, -1, -1):                                                             <L 74>
        // s = y[k]                                                                               <L 75>
        var_11 = wp::extract(var_7, var_10);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_13 = wp::add(var_10, var_12);
        var_15 = wp::range(var_13, var_14);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_17 = wp::extract(var_2, var_10, var_16);
            var_18 = wp::extract(var_9, var_16);
            var_19 = wp::mul(var_17, var_18);
            var_20 = wp::sub(var_11, var_19);
            wp::assign(var_11, var_20);
            goto start_for_0;
        end_for_0:;
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_21 = wp::extract(var_2, var_10, var_10);
        var_22 = wp::div(var_11, var_21);
        wp::assign_inplace(var_9, var_10, var_22);
        // s = y[k]                                                                               <L 75>
        var_24 = wp::extract(var_7, var_23);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_26 = wp::add(var_23, var_25);
        var_28 = wp::range(var_26, var_27);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_30 = wp::extract(var_2, var_23, var_29);
            var_31 = wp::extract(var_9, var_29);
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::sub(var_24, var_32);
            wp::assign(var_24, var_33);
            goto start_for_2;
        end_for_2:;
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_34 = wp::extract(var_2, var_23, var_23);
        var_35 = wp::div(var_24, var_34);
        wp::assign_inplace(var_9, var_23, var_35);
        // s = y[k]                                                                               <L 75>
        var_37 = wp::extract(var_7, var_36);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_39 = wp::add(var_36, var_38);
        var_41 = wp::range(var_39, var_40);
        start_for_4:;
            if (iter_cmp(var_41) == 0) goto end_for_4;
            var_42 = wp::iter_next(var_41);
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_43 = wp::extract(var_2, var_36, var_42);
            var_44 = wp::extract(var_9, var_42);
            var_45 = wp::mul(var_43, var_44);
            var_46 = wp::sub(var_37, var_45);
            wp::assign(var_37, var_46);
            goto start_for_4;
        end_for_4:;
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_47 = wp::extract(var_2, var_36, var_36);
        var_48 = wp::div(var_37, var_47);
        wp::assign_inplace(var_9, var_36, var_48);
        // x[i] = z                                                                               <L 79>
        wp::array_store(var_x, var_0, var_9);
        // x2[i] = solve_spd(wp.transpose(A[i]) * A[i], wp.transpose(A[i]) * b[i])                <L 80>
        var_49 = wp::address(var_A, var_0);
        var_51 = wp::load(var_49);
        var_50 = wp::transpose(var_51);
        var_52 = wp::address(var_A, var_0);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_50, var_54);
        var_55 = wp::address(var_A, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::transpose(var_57);
        var_58 = wp::address(var_b, var_0);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_56, var_60);
        var_61 = solve_spd_0(var_53, var_59);
        wp::array_store(var_x2, var_0, var_61);
    }
}



extern "C" __global__ void qr_solve_1c14e9b5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x2,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x2)
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
        wp::mat_t<3, 3, wp::float32> var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32>* var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 3;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 3;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        const wp::int32 var_40 = 3;
        wp::range_t var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::mat_t<3, 3, wp::float32>* var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        wp::mat_t<3, 3, wp::float32>* var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        wp::mat_t<3, 3, wp::float32>* var_55;
        wp::mat_t<3, 3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::range_t adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::mat_t<3, 3, wp::float32> adj_49 = {};
        wp::mat_t<3, 3, wp::float32> adj_50 = {};
        wp::mat_t<3, 3, wp::float32> adj_51 = {};
        wp::mat_t<3, 3, wp::float32> adj_52 = {};
        wp::mat_t<3, 3, wp::float32> adj_53 = {};
        wp::mat_t<3, 3, wp::float32> adj_54 = {};
        wp::mat_t<3, 3, wp::float32> adj_55 = {};
        wp::mat_t<3, 3, wp::float32> adj_56 = {};
        wp::mat_t<3, 3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        //---------
        // forward
        // def qr_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), x2: wp.array(dtype=wp.vec3)):       <L 67>
        // i = wp.tid()                                                                           <L 68>
        var_0 = builtin_tid1d();
        // Q = wp.mat33()                                                                         <L 69>
        var_1 = wp::mat_t<3, 3, wp::float32>();
        // R = wp.mat33()                                                                         <L 70>
        var_2 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(A[i], Q, R)                                                                     <L 71>
        var_3 = wp::address(var_A, var_0);
        var_4 = wp::load(var_3);
        wp::qr3(var_4, var_1, var_2);
        // y = wp.transpose(Q) * b[i]                                                             <L 72>
        var_5 = wp::transpose(var_1);
        var_6 = wp::address(var_b, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        // z = wp.vec3()                                                                          <L 73>
        var_9 = wp::vec_t<3, wp::float32>();
        // for k in range(2, -1, -1):                                                             <L 74>
        // s = y[k]                                                                               <L 75>
        var_11 = wp::extract(var_7, var_10);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_13 = wp::add(var_10, var_12);
        var_15 = wp::range(var_13, var_14);
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_21 = wp::extract(var_2, var_10, var_10);
        var_22 = wp::div(var_11, var_21);
        wp::assign_inplace(var_9, var_10, var_22);
        // s = y[k]                                                                               <L 75>
        var_24 = wp::extract(var_7, var_23);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_26 = wp::add(var_23, var_25);
        var_28 = wp::range(var_26, var_27);
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_34 = wp::extract(var_2, var_23, var_23);
        var_35 = wp::div(var_24, var_34);
        wp::assign_inplace(var_9, var_23, var_35);
        // s = y[k]                                                                               <L 75>
        var_37 = wp::extract(var_7, var_36);
        // for j in range(k + 1, 3):                                                              <L 76>
        var_39 = wp::add(var_36, var_38);
        var_41 = wp::range(var_39, var_40);
        // z[k] = s / R[k, k]                                                                     <L 78>
        var_47 = wp::extract(var_2, var_36, var_36);
        var_48 = wp::div(var_37, var_47);
        wp::assign_inplace(var_9, var_36, var_48);
        // x[i] = z                                                                               <L 79>
        // wp::array_store(var_x, var_0, var_9);
        // x2[i] = solve_spd(wp.transpose(A[i]) * A[i], wp.transpose(A[i]) * b[i])                <L 80>
        var_49 = wp::address(var_A, var_0);
        var_51 = wp::load(var_49);
        var_50 = wp::transpose(var_51);
        var_52 = wp::address(var_A, var_0);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_50, var_54);
        var_55 = wp::address(var_A, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::transpose(var_57);
        var_58 = wp::address(var_b, var_0);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_56, var_60);
        var_61 = solve_spd_0(var_53, var_59);
        // wp::array_store(var_x2, var_0, var_61);
        //---------
        // reverse
        wp::adj_array_store(var_x2, var_0, var_61, adj_x2, adj_0, adj_61);
        adj_solve_spd_0(var_53, var_59, adj_53, adj_59, adj_61);
        wp::adj_mul(var_56, var_60, adj_56, adj_58, adj_59);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_58);
        wp::adj_transpose(var_57, adj_55, adj_56);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_55);
        wp::adj_mul(var_50, var_54, adj_50, adj_52, adj_53);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_52);
        wp::adj_transpose(var_51, adj_49, adj_50);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_49);
        // adj: x2[i] = solve_spd(wp.transpose(A[i]) * A[i], wp.transpose(A[i]) * b[i])           <L 80>
        wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
        // adj: x[i] = z                                                                          <L 79>
        wp::adj_assign_inplace(var_9, var_36, var_48, adj_9, adj_36, adj_48);
        wp::adj_div(var_37, var_47, var_48, adj_37, adj_47, adj_48);
        wp::adj_extract(var_2, var_36, var_36, adj_2, adj_36, adj_36, adj_47);
        // adj: z[k] = s / R[k, k]                                                                <L 78>
        var_41 = wp::iter_reverse(var_41);
        start_for_4:;
            if (iter_cmp(var_41) == 0) goto end_for_4;
            var_42 = wp::iter_next(var_41);
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_43 = wp::extract(var_2, var_36, var_42);
            var_44 = wp::extract(var_9, var_42);
            var_45 = wp::mul(var_43, var_44);
            var_46 = wp::sub(var_37, var_45);
            wp::assign(var_37, var_46);
            wp::adj_assign(var_37, var_46, adj_37, adj_46);
            wp::adj_sub(var_37, var_45, adj_37, adj_45, adj_46);
            wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
            wp::adj_extract(var_9, var_42, adj_9, adj_42, adj_44);
            wp::adj_extract(var_2, var_36, var_42, adj_2, adj_36, adj_42, adj_43);
            // adj: s -= R[k, j] * z[j]                                                           <L 77>
        	goto start_for_4;
        end_for_4:;
        wp::adj_add(var_36, var_38, adj_36, adj_38, adj_39);
        // adj: for j in range(k + 1, 3):                                                         <L 76>
        wp::adj_extract(var_7, var_36, adj_7, adj_36, adj_37);
        // adj: s = y[k]                                                                          <L 75>
        wp::adj_assign_inplace(var_9, var_23, var_35, adj_9, adj_23, adj_35);
        wp::adj_div(var_24, var_34, var_35, adj_24, adj_34, adj_35);
        wp::adj_extract(var_2, var_23, var_23, adj_2, adj_23, adj_23, adj_34);
        // adj: z[k] = s / R[k, k]                                                                <L 78>
        var_28 = wp::iter_reverse(var_28);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_30 = wp::extract(var_2, var_23, var_29);
            var_31 = wp::extract(var_9, var_29);
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::sub(var_24, var_32);
            wp::assign(var_24, var_33);
            wp::adj_assign(var_24, var_33, adj_24, adj_33);
            wp::adj_sub(var_24, var_32, adj_24, adj_32, adj_33);
            wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
            wp::adj_extract(var_9, var_29, adj_9, adj_29, adj_31);
            wp::adj_extract(var_2, var_23, var_29, adj_2, adj_23, adj_29, adj_30);
            // adj: s -= R[k, j] * z[j]                                                           <L 77>
        	goto start_for_2;
        end_for_2:;
        wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
        // adj: for j in range(k + 1, 3):                                                         <L 76>
        wp::adj_extract(var_7, var_23, adj_7, adj_23, adj_24);
        // adj: s = y[k]                                                                          <L 75>
        wp::adj_assign_inplace(var_9, var_10, var_22, adj_9, adj_10, adj_22);
        wp::adj_div(var_11, var_21, var_22, adj_11, adj_21, adj_22);
        wp::adj_extract(var_2, var_10, var_10, adj_2, adj_10, adj_10, adj_21);
        // adj: z[k] = s / R[k, k]                                                                <L 78>
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
            // s -= R[k, j] * z[j]                                                                <L 77>
            var_17 = wp::extract(var_2, var_10, var_16);
            var_18 = wp::extract(var_9, var_16);
            var_19 = wp::mul(var_17, var_18);
            var_20 = wp::sub(var_11, var_19);
            wp::assign(var_11, var_20);
            wp::adj_assign(var_11, var_20, adj_11, adj_20);
            wp::adj_sub(var_11, var_19, adj_11, adj_19, adj_20);
            wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
            wp::adj_extract(var_9, var_16, adj_9, adj_16, adj_18);
            wp::adj_extract(var_2, var_10, var_16, adj_2, adj_10, adj_16, adj_17);
            // adj: s -= R[k, j] * z[j]                                                           <L 77>
        	goto start_for_0;
        end_for_0:;
        wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
        // adj: for j in range(k + 1, 3):                                                         <L 76>
        wp::adj_extract(var_7, var_10, adj_7, adj_10, adj_11);
        // adj: s = y[k]                                                                          <L 75>
        // adj: for k in range(2, -1, -1):                                                        <L 74>
        // adj: z = wp.vec3()                                                                     <L 73>
        wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_6);
        wp::adj_transpose(var_1, adj_1, adj_5);
        // adj: y = wp.transpose(Q) * b[i]                                                        <L 72>
        wp::adj_qr3(var_4, var_1, var_2, adj_3, adj_1, adj_2);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_3);
        // adj: wp.qr3(A[i], Q, R)                                                                <L 71>
        // adj: R = wp.mat33()                                                                    <L 70>
        // adj: Q = wp.mat33()                                                                    <L 69>
        // adj: i = wp.tid()                                                                      <L 68>
        // adj: def qr_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), x2: wp.array(dtype=wp.vec3)):  <L 67>
        continue;
    }
}



extern "C" __global__ void mat22_mat44_ops_3451dc29_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_b,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_out2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out4,
    wp::array_t<wp::float32> var_tr)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        wp::vec_t<2, wp::float32> var_8;
        const wp::float32 var_9 = 3.0;
        const wp::float32 var_10 = 4.0;
        wp::vec_t<2, wp::float32> var_11;
        wp::mat_t<2, 2, wp::float32> var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::mat_t<4, 4, wp::float32>* var_14;
        wp::mat_t<4, 4, wp::float32> var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        wp::mat_t<4, 4, wp::float32> var_18;
        const wp::int32 var_19 = 4;
        wp::mat_t<4, 4, wp::float32> var_20;
        wp::mat_t<4, 4, wp::float32> var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        //---------
        // forward
        // def mat22_mat44_ops(a: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.mat44), out2: wp.array(dtype=wp.mat22), out4: wp.array(dtype=wp.mat44), tr: wp.array(dtype=float)):       <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // m = a[i]                                                                               <L 86>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inv2 = wp.inverse(m)                                                                   <L 87>
        var_4 = wp::inverse(var_2);
        // out2[i] = m * inv2 + wp.outer(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))                    <L 88>
        var_5 = wp::mul(var_2, var_4);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_11 = wp::vec_t<2, wp::float32>(var_9, var_10);
        var_12 = wp::outer(var_8, var_11);
        var_13 = wp::add(var_5, var_12);
        wp::array_store(var_out2, var_0, var_13);
        // M = b[i]                                                                               <L 89>
        var_14 = wp::address(var_b, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // out4[i] = wp.transpose(M) * M - wp.identity(n=4, dtype=float)                          <L 90>
        var_17 = wp::transpose(var_15);
        var_18 = wp::mul(var_17, var_15);
        var_20 = wp::identity<4, wp::float32>();
        var_21 = wp::sub(var_18, var_20);
        wp::array_store(var_out4, var_0, var_21);
        // tr[i] = wp.trace(M) + wp.trace(m) + wp.determinant(M) + wp.ddot(m, inv2)               <L 91>
        var_22 = wp::trace(var_15);
        var_23 = wp::trace(var_2);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::determinant(var_15);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::ddot(var_2, var_4);
        var_28 = wp::add(var_26, var_27);
        wp::array_store(var_tr, var_0, var_28);
    }
}



extern "C" __global__ void mat22_mat44_ops_3451dc29_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_b,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_out2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out4,
    wp::array_t<wp::float32> var_tr,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_a,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_b,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_out2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out4,
    wp::array_t<wp::float32> adj_tr)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 2.0;
        wp::vec_t<2, wp::float32> var_8;
        const wp::float32 var_9 = 3.0;
        const wp::float32 var_10 = 4.0;
        wp::vec_t<2, wp::float32> var_11;
        wp::mat_t<2, 2, wp::float32> var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::mat_t<4, 4, wp::float32>* var_14;
        wp::mat_t<4, 4, wp::float32> var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        wp::mat_t<4, 4, wp::float32> var_18;
        const wp::int32 var_19 = 4;
        wp::mat_t<4, 4, wp::float32> var_20;
        wp::mat_t<4, 4, wp::float32> var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::mat_t<2, 2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::mat_t<2, 2, wp::float32> adj_12 = {};
        wp::mat_t<2, 2, wp::float32> adj_13 = {};
        wp::mat_t<4, 4, wp::float32> adj_14 = {};
        wp::mat_t<4, 4, wp::float32> adj_15 = {};
        wp::mat_t<4, 4, wp::float32> adj_16 = {};
        wp::mat_t<4, 4, wp::float32> adj_17 = {};
        wp::mat_t<4, 4, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::mat_t<4, 4, wp::float32> adj_20 = {};
        wp::mat_t<4, 4, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        //---------
        // forward
        // def mat22_mat44_ops(a: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.mat44), out2: wp.array(dtype=wp.mat22), out4: wp.array(dtype=wp.mat44), tr: wp.array(dtype=float)):       <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // m = a[i]                                                                               <L 86>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inv2 = wp.inverse(m)                                                                   <L 87>
        var_4 = wp::inverse(var_2);
        // out2[i] = m * inv2 + wp.outer(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))                    <L 88>
        var_5 = wp::mul(var_2, var_4);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_11 = wp::vec_t<2, wp::float32>(var_9, var_10);
        var_12 = wp::outer(var_8, var_11);
        var_13 = wp::add(var_5, var_12);
        // wp::array_store(var_out2, var_0, var_13);
        // M = b[i]                                                                               <L 89>
        var_14 = wp::address(var_b, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // out4[i] = wp.transpose(M) * M - wp.identity(n=4, dtype=float)                          <L 90>
        var_17 = wp::transpose(var_15);
        var_18 = wp::mul(var_17, var_15);
        var_20 = wp::identity<4, wp::float32>();
        var_21 = wp::sub(var_18, var_20);
        // wp::array_store(var_out4, var_0, var_21);
        // tr[i] = wp.trace(M) + wp.trace(m) + wp.determinant(M) + wp.ddot(m, inv2)               <L 91>
        var_22 = wp::trace(var_15);
        var_23 = wp::trace(var_2);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::determinant(var_15);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::ddot(var_2, var_4);
        var_28 = wp::add(var_26, var_27);
        // wp::array_store(var_tr, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_tr, var_0, var_28, adj_tr, adj_0, adj_28);
        wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_ddot(var_2, var_4, adj_2, adj_4, adj_27);
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_determinant(var_15, adj_15, adj_25);
        wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_trace(var_2, adj_2, adj_23);
        wp::adj_trace(var_15, adj_15, adj_22);
        // adj: tr[i] = wp.trace(M) + wp.trace(m) + wp.determinant(M) + wp.ddot(m, inv2)          <L 91>
        wp::adj_array_store(var_out4, var_0, var_21, adj_out4, adj_0, adj_21);
        wp::adj_sub(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_mul(var_17, var_15, adj_17, adj_15, adj_18);
        wp::adj_transpose(var_15, adj_15, adj_17);
        // adj: out4[i] = wp.transpose(M) * M - wp.identity(n=4, dtype=float)                     <L 90>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_14);
        // adj: M = b[i]                                                                          <L 89>
        wp::adj_array_store(var_out2, var_0, var_13, adj_out2, adj_0, adj_13);
        wp::adj_add(var_5, var_12, adj_5, adj_12, adj_13);
        wp::adj_outer(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_vec_t(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: out2[i] = m * inv2 + wp.outer(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))               <L 88>
        wp::adj_inverse(var_2, var_4, adj_2, adj_4);
        // adj: inv2 = wp.inverse(m)                                                              <L 87>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: m = a[i]                                                                          <L 86>
        // adj: i = wp.tid()                                                                      <L 85>
        // adj: def mat22_mat44_ops(a: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.mat44), out2: wp.array(dtype=wp.mat22), out4: wp.array(dtype=wp.mat44), tr: wp.array(dtype=float)):  <L 84>
        continue;
    }
}

