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


// corpus/090_cholesky_solve.py:4
static CUDA_CALLABLE void cholesky3_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    bool & ret_1)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const bool var_1 = true;
    bool var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const bool var_7 = false;
    const wp::float32 var_8 = 1e-12;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 3;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    const bool var_28 = false;
    const wp::float32 var_29 = 1e-12;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 3;
    wp::range_t var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    wp::float32 var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::float32 var_58 = 0.0;
    bool var_59;
    const bool var_60 = false;
    const wp::float32 var_61 = 1e-12;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    const wp::int32 var_67 = 3;
    wp::range_t var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    //---------
    // forward
    // def cholesky3(A: wp.mat33):                                                            <L 5>
    // L = wp.mat33()                                                                         <L 6>
    var_0 = wp::mat_t<3, 3, wp::float32>();
    // ok = bool(True)                                                                        <L 7>
    var_2 = bool(var_1);
    // for j in range(3):                                                                     <L 8>
    // s = A[j, j]                                                                            <L 9>
    var_4 = wp::extract(var_A, var_3, var_3);
    // for k in range(j):                                                                     <L 10>
    // if s <= 0.0:                                                                           <L 12>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_9 = wp::where(var_6, var_7, var_2);
    var_10 = wp::where(var_6, var_8, var_4);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_11 = wp::sqrt(var_10);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_3, var_3, var_11);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_13 = wp::add(var_3, var_12);
    var_15 = wp::range(var_13, var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // t = A[i, j]                                                                        <L 18>
        var_17 = wp::extract(var_A, var_16, var_3);
        // for k in range(j):                                                                 <L 19>
        // L[i, j] = t / d                                                                    <L 21>
        var_18 = wp::div(var_17, var_11);
        wp::assign_inplace(var_0, var_16, var_3, var_18);
        goto start_for_0;
    end_for_0:;
    // s = A[j, j]                                                                            <L 9>
    var_20 = wp::extract(var_A, var_19, var_19);
    // for k in range(j):                                                                     <L 10>
    // s = s - L[j, k] * L[j, k]                                                              <L 11>
    var_22 = wp::extract(var_0, var_19, var_21);
    var_23 = wp::extract(var_0, var_19, var_21);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_24);
    // if s <= 0.0:                                                                           <L 12>
    var_27 = (var_25 <= var_26);
    if (var_27) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_30 = wp::where(var_27, var_28, var_9);
    var_31 = wp::where(var_27, var_29, var_25);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_32 = wp::sqrt(var_31);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_19, var_19, var_32);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_34 = wp::add(var_19, var_33);
    var_36 = wp::range(var_34, var_35);
    var_37 = wp::copy(var_21);
    start_for_2:;
        if (iter_cmp(var_36) == 0) goto end_for_2;
        var_38 = wp::iter_next(var_36);
        // t = A[i, j]                                                                        <L 18>
        var_39 = wp::extract(var_A, var_38, var_19);
        // for k in range(j):                                                                 <L 19>
        // t = t - L[i, k] * L[j, k]                                                          <L 20>
        var_41 = wp::extract(var_0, var_38, var_40);
        var_42 = wp::extract(var_0, var_19, var_40);
        var_43 = wp::mul(var_41, var_42);
        var_44 = wp::sub(var_39, var_43);
        // L[i, j] = t / d                                                                    <L 21>
        var_45 = wp::div(var_44, var_32);
        wp::assign_inplace(var_0, var_38, var_19, var_45);
        wp::assign(var_17, var_44);
        wp::assign(var_37, var_40);
        goto start_for_2;
    end_for_2:;
    // s = A[j, j]                                                                            <L 9>
    var_47 = wp::extract(var_A, var_46, var_46);
    // for k in range(j):                                                                     <L 10>
    // s = s - L[j, k] * L[j, k]                                                              <L 11>
    var_49 = wp::extract(var_0, var_46, var_48);
    var_50 = wp::extract(var_0, var_46, var_48);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::sub(var_47, var_51);
    var_54 = wp::extract(var_0, var_46, var_53);
    var_55 = wp::extract(var_0, var_46, var_53);
    var_56 = wp::mul(var_54, var_55);
    var_57 = wp::sub(var_52, var_56);
    // if s <= 0.0:                                                                           <L 12>
    var_59 = (var_57 <= var_58);
    if (var_59) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_62 = wp::where(var_59, var_60, var_30);
    var_63 = wp::where(var_59, var_61, var_57);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_64 = wp::sqrt(var_63);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_46, var_46, var_64);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_66 = wp::add(var_46, var_65);
    var_68 = wp::range(var_66, var_67);
    var_69 = wp::copy(var_53);
    start_for_4:;
        if (iter_cmp(var_68) == 0) goto end_for_4;
        var_70 = wp::iter_next(var_68);
        // t = A[i, j]                                                                        <L 18>
        var_71 = wp::extract(var_A, var_70, var_46);
        // for k in range(j):                                                                 <L 19>
        // t = t - L[i, k] * L[j, k]                                                          <L 20>
        var_73 = wp::extract(var_0, var_70, var_72);
        var_74 = wp::extract(var_0, var_46, var_72);
        var_75 = wp::mul(var_73, var_74);
        var_76 = wp::sub(var_71, var_75);
        var_78 = wp::extract(var_0, var_70, var_77);
        var_79 = wp::extract(var_0, var_46, var_77);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::sub(var_76, var_80);
        // L[i, j] = t / d                                                                    <L 21>
        var_82 = wp::div(var_81, var_64);
        wp::assign_inplace(var_0, var_70, var_46, var_82);
        wp::assign(var_17, var_81);
        wp::assign(var_69, var_77);
        goto start_for_4;
    end_for_4:;
    // return L, ok                                                                           <L 22>
    ret_0 = var_0;
    ret_1 = var_62;
    return;
}


// corpus/090_cholesky_solve.py:25
static CUDA_CALLABLE wp::vec_t<3, wp::float32> chol_solve3_0(
    wp::mat_t<3, 3, wp::float32> var_L,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
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
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 3;
    wp::range_t var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::int32 var_50 = 3;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 2;
    const wp::int32 var_60 = 2;
    wp::int32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 3;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    //---------
    // forward
    // def chol_solve3(L: wp.mat33, b: wp.vec3) -> wp.vec3:                                   <L 26>
    // y = wp.vec3()                                                                          <L 27>
    var_0 = wp::vec_t<3, wp::float32>();
    // for i in range(3):                                                                     <L 28>
    // s = b[i]                                                                               <L 29>
    var_2 = wp::extract(var_b, var_1);
    // for k in range(i):                                                                     <L 30>
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_3 = wp::extract(var_L, var_1, var_1);
    var_4 = wp::div(var_2, var_3);
    wp::assign_inplace(var_0, var_1, var_4);
    // s = b[i]                                                                               <L 29>
    var_6 = wp::extract(var_b, var_5);
    // for k in range(i):                                                                     <L 30>
    // s = s - L[i, k] * y[k]                                                                 <L 31>
    var_8 = wp::extract(var_L, var_5, var_7);
    var_9 = wp::extract(var_0, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::sub(var_6, var_10);
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_12 = wp::extract(var_L, var_5, var_5);
    var_13 = wp::div(var_11, var_12);
    wp::assign_inplace(var_0, var_5, var_13);
    // s = b[i]                                                                               <L 29>
    var_15 = wp::extract(var_b, var_14);
    // for k in range(i):                                                                     <L 30>
    // s = s - L[i, k] * y[k]                                                                 <L 31>
    var_17 = wp::extract(var_L, var_14, var_16);
    var_18 = wp::extract(var_0, var_16);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::sub(var_15, var_19);
    var_22 = wp::extract(var_L, var_14, var_21);
    var_23 = wp::extract(var_0, var_21);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_24);
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_26 = wp::extract(var_L, var_14, var_14);
    var_27 = wp::div(var_25, var_26);
    wp::assign_inplace(var_0, var_14, var_27);
    // x = wp.vec3()                                                                          <L 33>
    var_28 = wp::vec_t<3, wp::float32>();
    // for ii in range(3):                                                                    <L 34>
    // i = 2 - ii                                                                             <L 35>
    var_31 = wp::sub(var_30, var_29);
    // s = y[i]                                                                               <L 36>
    var_32 = wp::extract(var_0, var_31);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_34 = wp::add(var_31, var_33);
    var_36 = wp::range(var_34, var_35);
    start_for_0:;
        if (iter_cmp(var_36) == 0) goto end_for_0;
        var_37 = wp::iter_next(var_36);
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_38 = wp::extract(var_L, var_37, var_31);
        var_39 = wp::extract(var_28, var_37);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::sub(var_32, var_40);
        wp::assign(var_32, var_41);
        goto start_for_0;
    end_for_0:;
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_42 = wp::extract(var_L, var_31, var_31);
    var_43 = wp::div(var_32, var_42);
    wp::assign_inplace(var_28, var_31, var_43);
    // i = 2 - ii                                                                             <L 35>
    var_46 = wp::sub(var_45, var_44);
    // s = y[i]                                                                               <L 36>
    var_47 = wp::extract(var_0, var_46);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_49 = wp::add(var_46, var_48);
    var_51 = wp::range(var_49, var_50);
    start_for_2:;
        if (iter_cmp(var_51) == 0) goto end_for_2;
        var_52 = wp::iter_next(var_51);
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_53 = wp::extract(var_L, var_52, var_46);
        var_54 = wp::extract(var_28, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::sub(var_47, var_55);
        wp::assign(var_47, var_56);
        goto start_for_2;
    end_for_2:;
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_57 = wp::extract(var_L, var_46, var_46);
    var_58 = wp::div(var_47, var_57);
    wp::assign_inplace(var_28, var_46, var_58);
    // i = 2 - ii                                                                             <L 35>
    var_61 = wp::sub(var_60, var_59);
    // s = y[i]                                                                               <L 36>
    var_62 = wp::extract(var_0, var_61);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_64 = wp::add(var_61, var_63);
    var_66 = wp::range(var_64, var_65);
    start_for_4:;
        if (iter_cmp(var_66) == 0) goto end_for_4;
        var_67 = wp::iter_next(var_66);
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_68 = wp::extract(var_L, var_67, var_61);
        var_69 = wp::extract(var_28, var_67);
        var_70 = wp::mul(var_68, var_69);
        var_71 = wp::sub(var_62, var_70);
        wp::assign(var_62, var_71);
        goto start_for_4;
    end_for_4:;
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_72 = wp::extract(var_L, var_61, var_61);
    var_73 = wp::div(var_62, var_72);
    wp::assign_inplace(var_28, var_61, var_73);
    // return x                                                                               <L 40>
    return var_28;
}


// corpus/090_cholesky_solve.py:4
static CUDA_CALLABLE void adj_cholesky3_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    bool & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_A,
    wp::mat_t<3, 3, wp::float32> & adj_ret_0,
    bool & adj_ret_1)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const bool var_1 = true;
    bool var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const bool var_7 = false;
    const wp::float32 var_8 = 1e-12;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 3;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    const bool var_28 = false;
    const wp::float32 var_29 = 1e-12;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 3;
    wp::range_t var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    wp::float32 var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::float32 var_58 = 0.0;
    bool var_59;
    const bool var_60 = false;
    const wp::float32 var_61 = 1e-12;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    const wp::int32 var_67 = 3;
    wp::range_t var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::range_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    bool adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::range_t adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    //---------
    // forward
    // def cholesky3(A: wp.mat33):                                                            <L 5>
    // L = wp.mat33()                                                                         <L 6>
    var_0 = wp::mat_t<3, 3, wp::float32>();
    // ok = bool(True)                                                                        <L 7>
    var_2 = bool(var_1);
    // for j in range(3):                                                                     <L 8>
    // s = A[j, j]                                                                            <L 9>
    var_4 = wp::extract(var_A, var_3, var_3);
    // for k in range(j):                                                                     <L 10>
    // if s <= 0.0:                                                                           <L 12>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_9 = wp::where(var_6, var_7, var_2);
    var_10 = wp::where(var_6, var_8, var_4);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_11 = wp::sqrt(var_10);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_3, var_3, var_11);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_13 = wp::add(var_3, var_12);
    var_15 = wp::range(var_13, var_14);
    // s = A[j, j]                                                                            <L 9>
    var_20 = wp::extract(var_A, var_19, var_19);
    // for k in range(j):                                                                     <L 10>
    // s = s - L[j, k] * L[j, k]                                                              <L 11>
    var_22 = wp::extract(var_0, var_19, var_21);
    var_23 = wp::extract(var_0, var_19, var_21);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_24);
    // if s <= 0.0:                                                                           <L 12>
    var_27 = (var_25 <= var_26);
    if (var_27) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_30 = wp::where(var_27, var_28, var_9);
    var_31 = wp::where(var_27, var_29, var_25);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_32 = wp::sqrt(var_31);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_19, var_19, var_32);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_34 = wp::add(var_19, var_33);
    var_36 = wp::range(var_34, var_35);
    var_37 = wp::copy(var_21);
    // s = A[j, j]                                                                            <L 9>
    var_47 = wp::extract(var_A, var_46, var_46);
    // for k in range(j):                                                                     <L 10>
    // s = s - L[j, k] * L[j, k]                                                              <L 11>
    var_49 = wp::extract(var_0, var_46, var_48);
    var_50 = wp::extract(var_0, var_46, var_48);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::sub(var_47, var_51);
    var_54 = wp::extract(var_0, var_46, var_53);
    var_55 = wp::extract(var_0, var_46, var_53);
    var_56 = wp::mul(var_54, var_55);
    var_57 = wp::sub(var_52, var_56);
    // if s <= 0.0:                                                                           <L 12>
    var_59 = (var_57 <= var_58);
    if (var_59) {
        // ok = False                                                                         <L 13>
        // s = 1.0e-12                                                                        <L 14>
    }
    var_62 = wp::where(var_59, var_60, var_30);
    var_63 = wp::where(var_59, var_61, var_57);
    // d = wp.sqrt(s)                                                                         <L 15>
    var_64 = wp::sqrt(var_63);
    // L[j, j] = d                                                                            <L 16>
    wp::assign_inplace(var_0, var_46, var_46, var_64);
    // for i in range(j + 1, 3):                                                              <L 17>
    var_66 = wp::add(var_46, var_65);
    var_68 = wp::range(var_66, var_67);
    var_69 = wp::copy(var_53);
    // return L, ok                                                                           <L 22>
    ret_0 = var_0;
    ret_1 = var_62;
    goto label6;
    //---------
    // reverse
    label6:;
    adj_62 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return L, ok                                                                      <L 22>
    var_68 = wp::iter_reverse(var_68);
    start_for_4:;
        if (iter_cmp(var_68) == 0) goto end_for_4;
        var_70 = wp::iter_next(var_68);
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
        // t = A[i, j]                                                                        <L 18>
        var_71 = wp::extract(var_A, var_70, var_46);
        // for k in range(j):                                                                 <L 19>
        // t = t - L[i, k] * L[j, k]                                                          <L 20>
        var_73 = wp::extract(var_0, var_70, var_72);
        var_74 = wp::extract(var_0, var_46, var_72);
        var_75 = wp::mul(var_73, var_74);
        var_76 = wp::sub(var_71, var_75);
        var_78 = wp::extract(var_0, var_70, var_77);
        var_79 = wp::extract(var_0, var_46, var_77);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::sub(var_76, var_80);
        // L[i, j] = t / d                                                                    <L 21>
        var_82 = wp::div(var_81, var_64);
        wp::assign_inplace(var_0, var_70, var_46, var_82);
        wp::assign(var_17, var_81);
        wp::assign(var_69, var_77);
        wp::adj_assign(var_69, var_77, adj_69, adj_77);
        wp::adj_assign(var_17, var_81, adj_17, adj_81);
        wp::adj_assign_inplace(var_0, var_70, var_46, var_82, adj_0, adj_70, adj_46, adj_82);
        wp::adj_div(var_81, var_64, var_82, adj_81, adj_64, adj_82);
        // adj: L[i, j] = t / d                                                               <L 21>
        wp::adj_sub(var_76, var_80, adj_76, adj_80, adj_81);
        wp::adj_mul(var_78, var_79, adj_78, adj_79, adj_80);
        wp::adj_extract(var_0, var_46, var_77, adj_0, adj_46, adj_77, adj_79);
        wp::adj_extract(var_0, var_70, var_77, adj_0, adj_70, adj_77, adj_78);
        wp::adj_sub(var_71, var_75, adj_71, adj_75, adj_76);
        wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
        wp::adj_extract(var_0, var_46, var_72, adj_0, adj_46, adj_72, adj_74);
        wp::adj_extract(var_0, var_70, var_72, adj_0, adj_70, adj_72, adj_73);
        // adj: t = t - L[i, k] * L[j, k]                                                     <L 20>
        // adj: for k in range(j):                                                            <L 19>
        wp::adj_extract(var_A, var_70, var_46, adj_A, adj_70, adj_46, adj_71);
        // adj: t = A[i, j]                                                                   <L 18>
    	goto start_for_4;
    end_for_4:;
    wp::adj_copy(var_53, adj_53, adj_69);
    wp::adj_add(var_46, var_65, adj_46, adj_65, adj_66);
    // adj: for i in range(j + 1, 3):                                                         <L 17>
    wp::adj_assign_inplace(var_0, var_46, var_46, var_64, adj_0, adj_46, adj_46, adj_64);
    // adj: L[j, j] = d                                                                       <L 16>
    wp::adj_sqrt(var_63, var_64, adj_63, adj_64);
    // adj: d = wp.sqrt(s)                                                                    <L 15>
    wp::adj_where(var_59, var_61, var_57, adj_59, adj_61, adj_57, adj_63);
    wp::adj_where(var_59, var_60, var_30, adj_59, adj_60, adj_30, adj_62);
    if (var_59) {
        // adj: s = 1.0e-12                                                                   <L 14>
        // adj: ok = False                                                                    <L 13>
    }
    // adj: if s <= 0.0:                                                                      <L 12>
    wp::adj_sub(var_52, var_56, adj_52, adj_56, adj_57);
    wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
    wp::adj_extract(var_0, var_46, var_53, adj_0, adj_46, adj_53, adj_55);
    wp::adj_extract(var_0, var_46, var_53, adj_0, adj_46, adj_53, adj_54);
    wp::adj_sub(var_47, var_51, adj_47, adj_51, adj_52);
    wp::adj_mul(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_extract(var_0, var_46, var_48, adj_0, adj_46, adj_48, adj_50);
    wp::adj_extract(var_0, var_46, var_48, adj_0, adj_46, adj_48, adj_49);
    // adj: s = s - L[j, k] * L[j, k]                                                         <L 11>
    // adj: for k in range(j):                                                                <L 10>
    wp::adj_extract(var_A, var_46, var_46, adj_A, adj_46, adj_46, adj_47);
    // adj: s = A[j, j]                                                                       <L 9>
    var_36 = wp::iter_reverse(var_36);
    start_for_2:;
        if (iter_cmp(var_36) == 0) goto end_for_2;
        var_38 = wp::iter_next(var_36);
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
        // t = A[i, j]                                                                        <L 18>
        var_39 = wp::extract(var_A, var_38, var_19);
        // for k in range(j):                                                                 <L 19>
        // t = t - L[i, k] * L[j, k]                                                          <L 20>
        var_41 = wp::extract(var_0, var_38, var_40);
        var_42 = wp::extract(var_0, var_19, var_40);
        var_43 = wp::mul(var_41, var_42);
        var_44 = wp::sub(var_39, var_43);
        // L[i, j] = t / d                                                                    <L 21>
        var_45 = wp::div(var_44, var_32);
        wp::assign_inplace(var_0, var_38, var_19, var_45);
        wp::assign(var_17, var_44);
        wp::assign(var_37, var_40);
        wp::adj_assign(var_37, var_40, adj_37, adj_40);
        wp::adj_assign(var_17, var_44, adj_17, adj_44);
        wp::adj_assign_inplace(var_0, var_38, var_19, var_45, adj_0, adj_38, adj_19, adj_45);
        wp::adj_div(var_44, var_32, var_45, adj_44, adj_32, adj_45);
        // adj: L[i, j] = t / d                                                               <L 21>
        wp::adj_sub(var_39, var_43, adj_39, adj_43, adj_44);
        wp::adj_mul(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_extract(var_0, var_19, var_40, adj_0, adj_19, adj_40, adj_42);
        wp::adj_extract(var_0, var_38, var_40, adj_0, adj_38, adj_40, adj_41);
        // adj: t = t - L[i, k] * L[j, k]                                                     <L 20>
        // adj: for k in range(j):                                                            <L 19>
        wp::adj_extract(var_A, var_38, var_19, adj_A, adj_38, adj_19, adj_39);
        // adj: t = A[i, j]                                                                   <L 18>
    	goto start_for_2;
    end_for_2:;
    wp::adj_copy(var_21, adj_21, adj_37);
    wp::adj_add(var_19, var_33, adj_19, adj_33, adj_34);
    // adj: for i in range(j + 1, 3):                                                         <L 17>
    wp::adj_assign_inplace(var_0, var_19, var_19, var_32, adj_0, adj_19, adj_19, adj_32);
    // adj: L[j, j] = d                                                                       <L 16>
    wp::adj_sqrt(var_31, var_32, adj_31, adj_32);
    // adj: d = wp.sqrt(s)                                                                    <L 15>
    wp::adj_where(var_27, var_29, var_25, adj_27, adj_29, adj_25, adj_31);
    wp::adj_where(var_27, var_28, var_9, adj_27, adj_28, adj_9, adj_30);
    if (var_27) {
        // adj: s = 1.0e-12                                                                   <L 14>
        // adj: ok = False                                                                    <L 13>
    }
    // adj: if s <= 0.0:                                                                      <L 12>
    wp::adj_sub(var_20, var_24, adj_20, adj_24, adj_25);
    wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_extract(var_0, var_19, var_21, adj_0, adj_19, adj_21, adj_23);
    wp::adj_extract(var_0, var_19, var_21, adj_0, adj_19, adj_21, adj_22);
    // adj: s = s - L[j, k] * L[j, k]                                                         <L 11>
    // adj: for k in range(j):                                                                <L 10>
    wp::adj_extract(var_A, var_19, var_19, adj_A, adj_19, adj_19, adj_20);
    // adj: s = A[j, j]                                                                       <L 9>
    var_15 = wp::iter_reverse(var_15);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
    	adj_17 = {};
    	adj_18 = {};
        // t = A[i, j]                                                                        <L 18>
        var_17 = wp::extract(var_A, var_16, var_3);
        // for k in range(j):                                                                 <L 19>
        // L[i, j] = t / d                                                                    <L 21>
        var_18 = wp::div(var_17, var_11);
        wp::assign_inplace(var_0, var_16, var_3, var_18);
        wp::adj_assign_inplace(var_0, var_16, var_3, var_18, adj_0, adj_16, adj_3, adj_18);
        wp::adj_div(var_17, var_11, var_18, adj_17, adj_11, adj_18);
        // adj: L[i, j] = t / d                                                               <L 21>
        // adj: for k in range(j):                                                            <L 19>
        wp::adj_extract(var_A, var_16, var_3, adj_A, adj_16, adj_3, adj_17);
        // adj: t = A[i, j]                                                                   <L 18>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
    // adj: for i in range(j + 1, 3):                                                         <L 17>
    wp::adj_assign_inplace(var_0, var_3, var_3, var_11, adj_0, adj_3, adj_3, adj_11);
    // adj: L[j, j] = d                                                                       <L 16>
    wp::adj_sqrt(var_10, var_11, adj_10, adj_11);
    // adj: d = wp.sqrt(s)                                                                    <L 15>
    wp::adj_where(var_6, var_8, var_4, adj_6, adj_8, adj_4, adj_10);
    wp::adj_where(var_6, var_7, var_2, adj_6, adj_7, adj_2, adj_9);
    if (var_6) {
        // adj: s = 1.0e-12                                                                   <L 14>
        // adj: ok = False                                                                    <L 13>
    }
    // adj: if s <= 0.0:                                                                      <L 12>
    // adj: for k in range(j):                                                                <L 10>
    wp::adj_extract(var_A, var_3, var_3, adj_A, adj_3, adj_3, adj_4);
    // adj: s = A[j, j]                                                                       <L 9>
    // adj: for j in range(3):                                                                <L 8>
    // adj: ok = bool(True)                                                                   <L 7>
    // adj: L = wp.mat33()                                                                    <L 6>
    // adj: def cholesky3(A: wp.mat33):                                                       <L 5>
    return;
}


// corpus/090_cholesky_solve.py:25
static CUDA_CALLABLE void adj_chol_solve3_0(
    wp::mat_t<3, 3, wp::float32> var_L,
    wp::vec_t<3, wp::float32> var_b,
    wp::mat_t<3, 3, wp::float32> & adj_L,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
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
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 3;
    wp::range_t var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::int32 var_50 = 3;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 2;
    const wp::int32 var_60 = 2;
    wp::int32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 3;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
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
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::range_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::range_t adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::range_t adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    //---------
    // forward
    // def chol_solve3(L: wp.mat33, b: wp.vec3) -> wp.vec3:                                   <L 26>
    // y = wp.vec3()                                                                          <L 27>
    var_0 = wp::vec_t<3, wp::float32>();
    // for i in range(3):                                                                     <L 28>
    // s = b[i]                                                                               <L 29>
    var_2 = wp::extract(var_b, var_1);
    // for k in range(i):                                                                     <L 30>
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_3 = wp::extract(var_L, var_1, var_1);
    var_4 = wp::div(var_2, var_3);
    wp::assign_inplace(var_0, var_1, var_4);
    // s = b[i]                                                                               <L 29>
    var_6 = wp::extract(var_b, var_5);
    // for k in range(i):                                                                     <L 30>
    // s = s - L[i, k] * y[k]                                                                 <L 31>
    var_8 = wp::extract(var_L, var_5, var_7);
    var_9 = wp::extract(var_0, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::sub(var_6, var_10);
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_12 = wp::extract(var_L, var_5, var_5);
    var_13 = wp::div(var_11, var_12);
    wp::assign_inplace(var_0, var_5, var_13);
    // s = b[i]                                                                               <L 29>
    var_15 = wp::extract(var_b, var_14);
    // for k in range(i):                                                                     <L 30>
    // s = s - L[i, k] * y[k]                                                                 <L 31>
    var_17 = wp::extract(var_L, var_14, var_16);
    var_18 = wp::extract(var_0, var_16);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::sub(var_15, var_19);
    var_22 = wp::extract(var_L, var_14, var_21);
    var_23 = wp::extract(var_0, var_21);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_24);
    // y[i] = s / L[i, i]                                                                     <L 32>
    var_26 = wp::extract(var_L, var_14, var_14);
    var_27 = wp::div(var_25, var_26);
    wp::assign_inplace(var_0, var_14, var_27);
    // x = wp.vec3()                                                                          <L 33>
    var_28 = wp::vec_t<3, wp::float32>();
    // for ii in range(3):                                                                    <L 34>
    // i = 2 - ii                                                                             <L 35>
    var_31 = wp::sub(var_30, var_29);
    // s = y[i]                                                                               <L 36>
    var_32 = wp::extract(var_0, var_31);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_34 = wp::add(var_31, var_33);
    var_36 = wp::range(var_34, var_35);
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_42 = wp::extract(var_L, var_31, var_31);
    var_43 = wp::div(var_32, var_42);
    wp::assign_inplace(var_28, var_31, var_43);
    // i = 2 - ii                                                                             <L 35>
    var_46 = wp::sub(var_45, var_44);
    // s = y[i]                                                                               <L 36>
    var_47 = wp::extract(var_0, var_46);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_49 = wp::add(var_46, var_48);
    var_51 = wp::range(var_49, var_50);
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_57 = wp::extract(var_L, var_46, var_46);
    var_58 = wp::div(var_47, var_57);
    wp::assign_inplace(var_28, var_46, var_58);
    // i = 2 - ii                                                                             <L 35>
    var_61 = wp::sub(var_60, var_59);
    // s = y[i]                                                                               <L 36>
    var_62 = wp::extract(var_0, var_61);
    // for k in range(i + 1, 3):                                                              <L 37>
    var_64 = wp::add(var_61, var_63);
    var_66 = wp::range(var_64, var_65);
    // x[i] = s / L[i, i]                                                                     <L 39>
    var_72 = wp::extract(var_L, var_61, var_61);
    var_73 = wp::div(var_62, var_72);
    wp::assign_inplace(var_28, var_61, var_73);
    // return x                                                                               <L 40>
    goto label6;
    //---------
    // reverse
    label6:;
    adj_28 += adj_ret;
    // adj: return x                                                                          <L 40>
    wp::adj_assign_inplace(var_28, var_61, var_73, adj_28, adj_61, adj_73);
    wp::adj_div(var_62, var_72, var_73, adj_62, adj_72, adj_73);
    wp::adj_extract(var_L, var_61, var_61, adj_L, adj_61, adj_61, adj_72);
    // adj: x[i] = s / L[i, i]                                                                <L 39>
    var_66 = wp::iter_reverse(var_66);
    start_for_4:;
        if (iter_cmp(var_66) == 0) goto end_for_4;
        var_67 = wp::iter_next(var_66);
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_68 = wp::extract(var_L, var_67, var_61);
        var_69 = wp::extract(var_28, var_67);
        var_70 = wp::mul(var_68, var_69);
        var_71 = wp::sub(var_62, var_70);
        wp::assign(var_62, var_71);
        wp::adj_assign(var_62, var_71, adj_62, adj_71);
        wp::adj_sub(var_62, var_70, adj_62, adj_70, adj_71);
        wp::adj_mul(var_68, var_69, adj_68, adj_69, adj_70);
        wp::adj_extract(var_28, var_67, adj_28, adj_67, adj_69);
        wp::adj_extract(var_L, var_67, var_61, adj_L, adj_67, adj_61, adj_68);
        // adj: s = s - L[k, i] * x[k]                                                        <L 38>
    	goto start_for_4;
    end_for_4:;
    wp::adj_add(var_61, var_63, adj_61, adj_63, adj_64);
    // adj: for k in range(i + 1, 3):                                                         <L 37>
    wp::adj_extract(var_0, var_61, adj_0, adj_61, adj_62);
    // adj: s = y[i]                                                                          <L 36>
    wp::adj_sub(var_60, var_59, adj_60, adj_59, adj_61);
    // adj: i = 2 - ii                                                                        <L 35>
    wp::adj_assign_inplace(var_28, var_46, var_58, adj_28, adj_46, adj_58);
    wp::adj_div(var_47, var_57, var_58, adj_47, adj_57, adj_58);
    wp::adj_extract(var_L, var_46, var_46, adj_L, adj_46, adj_46, adj_57);
    // adj: x[i] = s / L[i, i]                                                                <L 39>
    var_51 = wp::iter_reverse(var_51);
    start_for_2:;
        if (iter_cmp(var_51) == 0) goto end_for_2;
        var_52 = wp::iter_next(var_51);
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_53 = wp::extract(var_L, var_52, var_46);
        var_54 = wp::extract(var_28, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::sub(var_47, var_55);
        wp::assign(var_47, var_56);
        wp::adj_assign(var_47, var_56, adj_47, adj_56);
        wp::adj_sub(var_47, var_55, adj_47, adj_55, adj_56);
        wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_extract(var_28, var_52, adj_28, adj_52, adj_54);
        wp::adj_extract(var_L, var_52, var_46, adj_L, adj_52, adj_46, adj_53);
        // adj: s = s - L[k, i] * x[k]                                                        <L 38>
    	goto start_for_2;
    end_for_2:;
    wp::adj_add(var_46, var_48, adj_46, adj_48, adj_49);
    // adj: for k in range(i + 1, 3):                                                         <L 37>
    wp::adj_extract(var_0, var_46, adj_0, adj_46, adj_47);
    // adj: s = y[i]                                                                          <L 36>
    wp::adj_sub(var_45, var_44, adj_45, adj_44, adj_46);
    // adj: i = 2 - ii                                                                        <L 35>
    wp::adj_assign_inplace(var_28, var_31, var_43, adj_28, adj_31, adj_43);
    wp::adj_div(var_32, var_42, var_43, adj_32, adj_42, adj_43);
    wp::adj_extract(var_L, var_31, var_31, adj_L, adj_31, adj_31, adj_42);
    // adj: x[i] = s / L[i, i]                                                                <L 39>
    var_36 = wp::iter_reverse(var_36);
    start_for_0:;
        if (iter_cmp(var_36) == 0) goto end_for_0;
        var_37 = wp::iter_next(var_36);
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
        // s = s - L[k, i] * x[k]                                                             <L 38>
        var_38 = wp::extract(var_L, var_37, var_31);
        var_39 = wp::extract(var_28, var_37);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::sub(var_32, var_40);
        wp::assign(var_32, var_41);
        wp::adj_assign(var_32, var_41, adj_32, adj_41);
        wp::adj_sub(var_32, var_40, adj_32, adj_40, adj_41);
        wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_extract(var_28, var_37, adj_28, adj_37, adj_39);
        wp::adj_extract(var_L, var_37, var_31, adj_L, adj_37, adj_31, adj_38);
        // adj: s = s - L[k, i] * x[k]                                                        <L 38>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
    // adj: for k in range(i + 1, 3):                                                         <L 37>
    wp::adj_extract(var_0, var_31, adj_0, adj_31, adj_32);
    // adj: s = y[i]                                                                          <L 36>
    wp::adj_sub(var_30, var_29, adj_30, adj_29, adj_31);
    // adj: i = 2 - ii                                                                        <L 35>
    // adj: for ii in range(3):                                                               <L 34>
    // adj: x = wp.vec3()                                                                     <L 33>
    wp::adj_assign_inplace(var_0, var_14, var_27, adj_0, adj_14, adj_27);
    wp::adj_div(var_25, var_26, var_27, adj_25, adj_26, adj_27);
    wp::adj_extract(var_L, var_14, var_14, adj_L, adj_14, adj_14, adj_26);
    // adj: y[i] = s / L[i, i]                                                                <L 32>
    wp::adj_sub(var_20, var_24, adj_20, adj_24, adj_25);
    wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_extract(var_0, var_21, adj_0, adj_21, adj_23);
    wp::adj_extract(var_L, var_14, var_21, adj_L, adj_14, adj_21, adj_22);
    wp::adj_sub(var_15, var_19, adj_15, adj_19, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_extract(var_0, var_16, adj_0, adj_16, adj_18);
    wp::adj_extract(var_L, var_14, var_16, adj_L, adj_14, adj_16, adj_17);
    // adj: s = s - L[i, k] * y[k]                                                            <L 31>
    // adj: for k in range(i):                                                                <L 30>
    wp::adj_extract(var_b, var_14, adj_b, adj_14, adj_15);
    // adj: s = b[i]                                                                          <L 29>
    wp::adj_assign_inplace(var_0, var_5, var_13, adj_0, adj_5, adj_13);
    wp::adj_div(var_11, var_12, var_13, adj_11, adj_12, adj_13);
    wp::adj_extract(var_L, var_5, var_5, adj_L, adj_5, adj_5, adj_12);
    // adj: y[i] = s / L[i, i]                                                                <L 32>
    wp::adj_sub(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_extract(var_0, var_7, adj_0, adj_7, adj_9);
    wp::adj_extract(var_L, var_5, var_7, adj_L, adj_5, adj_7, adj_8);
    // adj: s = s - L[i, k] * y[k]                                                            <L 31>
    // adj: for k in range(i):                                                                <L 30>
    wp::adj_extract(var_b, var_5, adj_b, adj_5, adj_6);
    // adj: s = b[i]                                                                          <L 29>
    wp::adj_assign_inplace(var_0, var_1, var_4, adj_0, adj_1, adj_4);
    wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
    wp::adj_extract(var_L, var_1, var_1, adj_L, adj_1, adj_1, adj_3);
    // adj: y[i] = s / L[i, i]                                                                <L 32>
    // adj: for k in range(i):                                                                <L 30>
    wp::adj_extract(var_b, var_1, adj_b, adj_1, adj_2);
    // adj: s = b[i]                                                                          <L 29>
    // adj: for i in range(3):                                                                <L 28>
    // adj: y = wp.vec3()                                                                     <L 27>
    // adj: def chol_solve3(L: wp.mat33, b: wp.vec3) -> wp.vec3:                              <L 26>
    return;
}



extern "C" __global__ void batched_spd_solve_0d6a9197_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_failures,
    wp::array_t<wp::float32> var_residual)
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
        bool var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // forward
        // def batched_spd_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), failures: wp.array(dtype=int), residual: wp.array(dtype=float)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // L, ok = cholesky3(A[i])                                                                <L 46>
        var_1 = wp::address(var_A, var_0);
        var_4 = wp::load(var_1);
        cholesky3_0(var_4, var_2, var_3);
        // if not ok:                                                                             <L 47>
        var_5 = wp::unot(var_3);
        if (var_5) {
            // wp.atomic_add(failures, 0, 1)                                                      <L 48>
            var_8 = wp::atomic_add(var_failures, var_6, var_7);
        }
        // sol = chol_solve3(L, b[i])                                                             <L 49>
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_9);
        var_10 = chol_solve3_0(var_2, var_11);
        // x[i] = sol                                                                             <L 50>
        wp::array_store(var_x, var_0, var_10);
        // r = A[i] * sol - b[i]                                                                  <L 51>
        var_12 = wp::address(var_A, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_10);
        var_15 = wp::address(var_b, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_13, var_17);
        // wp.atomic_max(residual, 0, wp.length(r))                                               <L 52>
        var_19 = wp::length(var_16);
        var_20 = wp::atomic_max(var_residual, var_18, var_19);
    }
}



extern "C" __global__ void batched_spd_solve_0d6a9197_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_failures,
    wp::array_t<wp::float32> var_residual,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::int32> adj_failures,
    wp::array_t<wp::float32> adj_residual)
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
        bool var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        bool adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        //---------
        // forward
        // def batched_spd_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), failures: wp.array(dtype=int), residual: wp.array(dtype=float)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // L, ok = cholesky3(A[i])                                                                <L 46>
        var_1 = wp::address(var_A, var_0);
        var_4 = wp::load(var_1);
        cholesky3_0(var_4, var_2, var_3);
        // if not ok:                                                                             <L 47>
        var_5 = wp::unot(var_3);
        if (var_5) {
            // wp.atomic_add(failures, 0, 1)                                                      <L 48>
            // var_8 = wp::atomic_add(var_failures, var_6, var_7);
        }
        // sol = chol_solve3(L, b[i])                                                             <L 49>
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_9);
        var_10 = chol_solve3_0(var_2, var_11);
        // x[i] = sol                                                                             <L 50>
        // wp::array_store(var_x, var_0, var_10);
        // r = A[i] * sol - b[i]                                                                  <L 51>
        var_12 = wp::address(var_A, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_10);
        var_15 = wp::address(var_b, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_13, var_17);
        // wp.atomic_max(residual, 0, wp.length(r))                                               <L 52>
        var_19 = wp::length(var_16);
        // var_20 = wp::atomic_max(var_residual, var_18, var_19);
        //---------
        // reverse
        wp::adj_atomic_max(var_residual, var_18, var_19, adj_residual, adj_18, adj_19, adj_20);
        wp::adj_length(var_16, var_19, adj_16, adj_19);
        // adj: wp.atomic_max(residual, 0, wp.length(r))                                          <L 52>
        wp::adj_sub(var_13, var_17, adj_13, adj_15, adj_16);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_15);
        wp::adj_mul(var_14, var_10, adj_12, adj_10, adj_13);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_12);
        // adj: r = A[i] * sol - b[i]                                                             <L 51>
        wp::adj_array_store(var_x, var_0, var_10, adj_x, adj_0, adj_10);
        // adj: x[i] = sol                                                                        <L 50>
        adj_chol_solve3_0(var_2, var_11, adj_2, adj_9, adj_10);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
        // adj: sol = chol_solve3(L, b[i])                                                        <L 49>
        if (var_5) {
            wp::adj_atomic_add(var_failures, var_6, var_7, adj_failures, adj_6, adj_7, adj_8);
            // adj: wp.atomic_add(failures, 0, 1)                                                 <L 48>
        }
        // adj: if not ok:                                                                        <L 47>
        adj_cholesky3_0(var_4, var_2, var_3, adj_1, adj_2, adj_3);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: L, ok = cholesky3(A[i])                                                           <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def batched_spd_solve(A: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), failures: wp.array(dtype=int), residual: wp.array(dtype=float)):  <L 44>
        continue;
    }
}



extern "C" __global__ void dense_cholesky_inplace_ce639adb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_status)
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
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::range_t var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        //---------
        // forward
        // def dense_cholesky_inplace(A: wp.array3d(dtype=float), n: int, status: wp.array(dtype=int)):       <L 56>
        // batch = wp.tid()                                                                       <L 57>
        var_0 = builtin_tid1d();
        // st = int(0)                                                                            <L 58>
        var_2 = wp::int(var_1);
        // for j in range(n):                                                                     <L 59>
        var_3 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
            // s = A[batch, j, j]                                                                 <L 60>
            var_5 = wp::address(var_A, var_0, var_4, var_4);
            var_7 = wp::load(var_5);
            var_6 = wp::copy(var_7);
            // for k in range(j):                                                                 <L 61>
            var_8 = wp::range(var_4);
            start_for_2:;
                if (iter_cmp(var_8) == 0) goto end_for_2;
                var_9 = wp::iter_next(var_8);
                // s -= A[batch, j, k] * A[batch, j, k]                                           <L 62>
                var_10 = wp::address(var_A, var_0, var_4, var_9);
                var_11 = wp::address(var_A, var_0, var_4, var_9);
                var_13 = wp::load(var_10);
                var_14 = wp::load(var_11);
                var_12 = wp::mul(var_13, var_14);
                var_15 = wp::sub(var_6, var_12);
                wp::assign(var_6, var_15);
                goto start_for_2;
            end_for_2:;
            // if s <= 0.0:                                                                       <L 63>
            var_17 = (var_6 <= var_16);
            if (var_17) {
                // st = j + 1                                                                     <L 64>
                var_19 = wp::add(var_4, var_18);
                // break                                                                          <L 65>
                wp::assign(var_2, var_19);
                goto end_for_0;
            }
            // d = wp.sqrt(s)                                                                     <L 66>
            var_20 = wp::sqrt(var_6);
            // A[batch, j, j] = d                                                                 <L 67>
            wp::array_store(var_A, var_0, var_4, var_4, var_20);
            // for i in range(j + 1, n):                                                          <L 68>
            var_22 = wp::add(var_4, var_21);
            var_23 = wp::range(var_22, var_n);
            start_for_4:;
                if (iter_cmp(var_23) == 0) goto end_for_4;
                var_24 = wp::iter_next(var_23);
                // t = A[batch, i, j]                                                             <L 69>
                var_25 = wp::address(var_A, var_0, var_24, var_4);
                var_27 = wp::load(var_25);
                var_26 = wp::copy(var_27);
                // for k in range(j):                                                             <L 70>
                var_28 = wp::range(var_4);
                start_for_6:;
                    if (iter_cmp(var_28) == 0) goto end_for_6;
                    var_29 = wp::iter_next(var_28);
                    // t -= A[batch, i, k] * A[batch, j, k]                                       <L 71>
                    var_30 = wp::address(var_A, var_0, var_24, var_29);
                    var_31 = wp::address(var_A, var_0, var_4, var_29);
                    var_33 = wp::load(var_30);
                    var_34 = wp::load(var_31);
                    var_32 = wp::mul(var_33, var_34);
                    var_35 = wp::sub(var_26, var_32);
                    wp::assign(var_26, var_35);
                    goto start_for_6;
                end_for_6:;
                // A[batch, i, j] = t / d                                                         <L 72>
                var_36 = wp::div(var_26, var_20);
                wp::array_store(var_A, var_0, var_24, var_4, var_36);
                wp::assign(var_9, var_29);
                goto start_for_4;
            end_for_4:;
            goto start_for_0;
        end_for_0:;
        // status[batch] = st                                                                     <L 73>
        wp::array_store(var_status, var_0, var_2);
    }
}



extern "C" __global__ void dense_cholesky_inplace_ce639adb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_status,
    wp::array_t<wp::float32> adj_A,
    wp::int32 adj_n,
    wp::array_t<wp::int32> adj_status)
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
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::range_t var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::range_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::range_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        //---------
        // forward
        // def dense_cholesky_inplace(A: wp.array3d(dtype=float), n: int, status: wp.array(dtype=int)):       <L 56>
        // batch = wp.tid()                                                                       <L 57>
        var_0 = builtin_tid1d();
        // st = int(0)                                                                            <L 58>
        var_2 = wp::int(var_1);
        // for j in range(n):                                                                     <L 59>
        var_3 = wp::range(var_n);
        // status[batch] = st                                                                     <L 73>
        // wp::array_store(var_status, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_status, var_0, var_2, adj_status, adj_0, adj_2);
        // adj: status[batch] = st                                                                <L 73>
        var_3 = wp::iter_reverse(var_3);
        start_for_0:;
            if (iter_cmp(var_3) == 0) goto end_for_0;
            var_4 = wp::iter_next(var_3);
        	adj_5 = {};
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // s = A[batch, j, j]                                                                 <L 60>
            var_5 = wp::address(var_A, var_0, var_4, var_4);
            var_7 = wp::load(var_5);
            var_6 = wp::copy(var_7);
            // for k in range(j):                                                                 <L 61>
            var_8 = wp::range(var_4);
            // if s <= 0.0:                                                                       <L 63>
            var_17 = (var_6 <= var_16);
            if (var_17) {
                // st = j + 1                                                                     <L 64>
                var_19 = wp::add(var_4, var_18);
                // break                                                                          <L 65>
                wp::assign(var_2, var_19);
                goto end_for_0;
            }
            // d = wp.sqrt(s)                                                                     <L 66>
            var_20 = wp::sqrt(var_6);
            // A[batch, j, j] = d                                                                 <L 67>
            // wp::array_store(var_A, var_0, var_4, var_4, var_20);
            // for i in range(j + 1, n):                                                          <L 68>
            var_22 = wp::add(var_4, var_21);
            var_23 = wp::range(var_22, var_n);
            var_23 = wp::iter_reverse(var_23);
            start_for_4:;
                if (iter_cmp(var_23) == 0) goto end_for_4;
                var_24 = wp::iter_next(var_23);
            	adj_25 = {};
            	adj_26 = {};
            	adj_27 = {};
            	adj_28 = {};
            	adj_36 = {};
                // t = A[batch, i, j]                                                             <L 69>
                var_25 = wp::address(var_A, var_0, var_24, var_4);
                var_27 = wp::load(var_25);
                var_26 = wp::copy(var_27);
                // for k in range(j):                                                             <L 70>
                var_28 = wp::range(var_4);
                // A[batch, i, j] = t / d                                                         <L 72>
                var_36 = wp::div(var_26, var_20);
                // wp::array_store(var_A, var_0, var_24, var_4, var_36);
                wp::assign(var_9, var_29);
                wp::adj_assign(var_9, var_29, adj_9, adj_29);
                wp::adj_array_store(var_A, var_0, var_24, var_4, var_36, adj_A, adj_0, adj_24, adj_4, adj_36);
                wp::adj_div(var_26, var_20, var_36, adj_26, adj_20, adj_36);
                // adj: A[batch, i, j] = t / d                                                    <L 72>
                var_28 = wp::iter_reverse(var_28);
                start_for_6:;
                    if (iter_cmp(var_28) == 0) goto end_for_6;
                    var_29 = wp::iter_next(var_28);
                	adj_30 = {};
                	adj_31 = {};
                	adj_32 = {};
                	adj_33 = {};
                	adj_34 = {};
                	adj_35 = {};
                    // t -= A[batch, i, k] * A[batch, j, k]                                       <L 71>
                    var_30 = wp::address(var_A, var_0, var_24, var_29);
                    var_31 = wp::address(var_A, var_0, var_4, var_29);
                    var_33 = wp::load(var_30);
                    var_34 = wp::load(var_31);
                    var_32 = wp::mul(var_33, var_34);
                    var_35 = wp::sub(var_26, var_32);
                    wp::assign(var_26, var_35);
                    wp::adj_assign(var_26, var_35, adj_26, adj_35);
                    wp::adj_sub(var_26, var_32, adj_26, adj_32, adj_35);
                    wp::adj_mul(var_33, var_34, adj_30, adj_31, adj_32);
                    wp::adj_address(var_A, var_0, var_4, var_29, adj_A, adj_0, adj_4, adj_29, adj_31);
                    wp::adj_address(var_A, var_0, var_24, var_29, adj_A, adj_0, adj_24, adj_29, adj_30);
                    // adj: t -= A[batch, i, k] * A[batch, j, k]                                  <L 71>
                	goto start_for_6;
                end_for_6:;
                // adj: for k in range(j):                                                        <L 70>
                wp::adj_copy(var_27, adj_25, adj_26);
                wp::adj_address(var_A, var_0, var_24, var_4, adj_A, adj_0, adj_24, adj_4, adj_25);
                // adj: t = A[batch, i, j]                                                        <L 69>
            	goto start_for_4;
            end_for_4:;
            wp::adj_add(var_4, var_21, adj_4, adj_21, adj_22);
            // adj: for i in range(j + 1, n):                                                     <L 68>
            wp::adj_array_store(var_A, var_0, var_4, var_4, var_20, adj_A, adj_0, adj_4, adj_4, adj_20);
            // adj: A[batch, j, j] = d                                                            <L 67>
            wp::adj_sqrt(var_6, var_20, adj_6, adj_20);
            // adj: d = wp.sqrt(s)                                                                <L 66>
            if (var_17) {
                wp::adj_assign(var_2, var_19, adj_2, adj_19);
                // adj: break                                                                     <L 65>
                wp::adj_add(var_4, var_18, adj_4, adj_18, adj_19);
                // adj: st = j + 1                                                                <L 64>
            }
            // adj: if s <= 0.0:                                                                  <L 63>
            var_8 = wp::iter_reverse(var_8);
            start_for_2:;
                if (iter_cmp(var_8) == 0) goto end_for_2;
                var_9 = wp::iter_next(var_8);
            	adj_10 = {};
            	adj_11 = {};
            	adj_12 = {};
            	adj_13 = {};
            	adj_14 = {};
            	adj_15 = {};
                // s -= A[batch, j, k] * A[batch, j, k]                                           <L 62>
                var_10 = wp::address(var_A, var_0, var_4, var_9);
                var_11 = wp::address(var_A, var_0, var_4, var_9);
                var_13 = wp::load(var_10);
                var_14 = wp::load(var_11);
                var_12 = wp::mul(var_13, var_14);
                var_15 = wp::sub(var_6, var_12);
                wp::assign(var_6, var_15);
                wp::adj_assign(var_6, var_15, adj_6, adj_15);
                wp::adj_sub(var_6, var_12, adj_6, adj_12, adj_15);
                wp::adj_mul(var_13, var_14, adj_10, adj_11, adj_12);
                wp::adj_address(var_A, var_0, var_4, var_9, adj_A, adj_0, adj_4, adj_9, adj_11);
                wp::adj_address(var_A, var_0, var_4, var_9, adj_A, adj_0, adj_4, adj_9, adj_10);
                // adj: s -= A[batch, j, k] * A[batch, j, k]                                      <L 62>
            	goto start_for_2;
            end_for_2:;
            // adj: for k in range(j):                                                            <L 61>
            wp::adj_copy(var_7, adj_5, adj_6);
            wp::adj_address(var_A, var_0, var_4, var_4, adj_A, adj_0, adj_4, adj_4, adj_5);
            // adj: s = A[batch, j, j]                                                            <L 60>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(n):                                                                <L 59>
        // adj: st = int(0)                                                                       <L 58>
        // adj: batch = wp.tid()                                                                  <L 57>
        // adj: def dense_cholesky_inplace(A: wp.array3d(dtype=float), n: int, status: wp.array(dtype=int)):  <L 56>
        continue;
    }
}



extern "C" __global__ void regularize_b409aa6d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::float32 var_lam)
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
        const wp::float32 var_6 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::mat_t<3, 3, wp::float32> var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        //---------
        // forward
        // def regularize(A: wp.array(dtype=wp.mat33), lam: float):                               <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // M = A[i]                                                                               <L 79>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // M = (M + wp.transpose(M)) * 0.5                                                        <L 80>
        var_4 = wp::transpose(var_2);
        var_5 = wp::add(var_2, var_4);
        var_7 = wp::mul(var_5, var_6);
        // tr = M[0, 0] + M[1, 1] + M[2, 2]                                                       <L 81>
        var_10 = wp::extract(var_7, var_8, var_9);
        var_13 = wp::extract(var_7, var_11, var_12);
        var_14 = wp::add(var_10, var_13);
        var_17 = wp::extract(var_7, var_15, var_16);
        var_18 = wp::add(var_14, var_17);
        // A[i] = M + wp.identity(n=3, dtype=float) * (lam * wp.max(tr, 1.0))                     <L 82>
        var_20 = wp::identity<3, wp::float32>();
        var_22 = wp::max(var_18, var_21);
        var_23 = wp::mul(var_lam, var_22);
        var_24 = wp::mul(var_20, var_23);
        var_25 = wp::add(var_7, var_24);
        wp::array_store(var_A, var_0, var_25);
    }
}



extern "C" __global__ void regularize_b409aa6d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A,
    wp::float32 var_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A,
    wp::float32 adj_lam)
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
        const wp::float32 var_6 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::mat_t<3, 3, wp::float32> var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
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
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::mat_t<3, 3, wp::float32> adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def regularize(A: wp.array(dtype=wp.mat33), lam: float):                               <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // M = A[i]                                                                               <L 79>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // M = (M + wp.transpose(M)) * 0.5                                                        <L 80>
        var_4 = wp::transpose(var_2);
        var_5 = wp::add(var_2, var_4);
        var_7 = wp::mul(var_5, var_6);
        // tr = M[0, 0] + M[1, 1] + M[2, 2]                                                       <L 81>
        var_10 = wp::extract(var_7, var_8, var_9);
        var_13 = wp::extract(var_7, var_11, var_12);
        var_14 = wp::add(var_10, var_13);
        var_17 = wp::extract(var_7, var_15, var_16);
        var_18 = wp::add(var_14, var_17);
        // A[i] = M + wp.identity(n=3, dtype=float) * (lam * wp.max(tr, 1.0))                     <L 82>
        var_20 = wp::identity<3, wp::float32>();
        var_22 = wp::max(var_18, var_21);
        var_23 = wp::mul(var_lam, var_22);
        var_24 = wp::mul(var_20, var_23);
        var_25 = wp::add(var_7, var_24);
        // wp::array_store(var_A, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_A, var_0, var_25, adj_A, adj_0, adj_25);
        wp::adj_add(var_7, var_24, adj_7, adj_24, adj_25);
        wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_mul(var_lam, var_22, adj_lam, adj_22, adj_23);
        wp::adj_max(var_18, var_21, adj_18, adj_21, adj_22);
        // adj: A[i] = M + wp.identity(n=3, dtype=float) * (lam * wp.max(tr, 1.0))                <L 82>
        wp::adj_add(var_14, var_17, adj_14, adj_17, adj_18);
        wp::adj_extract(var_7, var_15, var_16, adj_7, adj_15, adj_16, adj_17);
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_extract(var_7, var_11, var_12, adj_7, adj_11, adj_12, adj_13);
        wp::adj_extract(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        // adj: tr = M[0, 0] + M[1, 1] + M[2, 2]                                                  <L 81>
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_transpose(var_2, adj_2, adj_4);
        // adj: M = (M + wp.transpose(M)) * 0.5                                                   <L 80>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: M = A[i]                                                                          <L 79>
        // adj: i = wp.tid()                                                                      <L 78>
        // adj: def regularize(A: wp.array(dtype=wp.mat33), lam: float):                          <L 77>
        continue;
    }
}

