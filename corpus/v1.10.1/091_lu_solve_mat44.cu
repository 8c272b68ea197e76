
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


// corpus/091_lu_solve_mat44.py:4
static CUDA_CALLABLE void lu_decompose_0(
    wp::mat_t<4, 4, wp::float32> var_A,
    wp::mat_t<4, 4, wp::float32> & ret_0,
    wp::vec_t<4, wp::int32> & ret_1,
    wp::float32 & ret_2,
    bool & ret_3)
{
    //---------
    // primal vars
    wp::mat_t<4, 4, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 2;
    const wp::int32 var_4 = 3;
    wp::vec_t<4, wp::int32> var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const bool var_8 = false;
    bool var_9;
    const wp::int32 var_10 = 4;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 4;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::float32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-12;
    bool var_29;
    const bool var_30 = true;
    bool var_31;
    wp::vec_t<4, wp::float32> var_32;
    wp::vec_t<4, wp::float32> var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 4;
    wp::range_t var_41;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 4;
    wp::range_t var_49;
    wp::int32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    //---------
    // forward
    // def lu_decompose(A: wp.mat44):                                                         <L 5>
    // LU = A                                                                                 <L 6>
    var_0 = wp::copy(var_A);
    // perm = wp.vec4i(0, 1, 2, 3)                                                            <L 7>
    var_5 = wp::vec_t<4, wp::int32>(var_1, var_2, var_3, var_4);
    // sign = float(1.0)                                                                      <L 8>
    var_7 = wp::float(var_6);
    // singular = bool(False)                                                                 <L 9>
    var_9 = bool(var_8);
    // for k in range(4):                                                                     <L 10>
    var_11 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // p = k                                                                              <L 12>
        var_13 = wp::copy(var_12);
        // best = wp.abs(LU[k, k])                                                            <L 13>
        var_14 = wp::extract(var_0, var_12, var_12);
        var_15 = wp::abs(var_14);
        // for i in range(k + 1, 4):                                                          <L 14>
        var_17 = wp::add(var_12, var_16);
        var_19 = wp::range(var_17, var_18);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
            // v = wp.abs(LU[i, k])                                                           <L 15>
            var_21 = wp::extract(var_0, var_20, var_12);
            var_22 = wp::abs(var_21);
            // if v > best:                                                                   <L 16>
            var_23 = (var_22 > var_15);
            if (var_23) {
                // best = v                                                                   <L 17>
                var_24 = wp::copy(var_22);
                // p = i                                                                      <L 18>
                var_25 = wp::copy(var_20);
            }
            var_26 = wp::where(var_23, var_25, var_13);
            var_27 = wp::where(var_23, var_24, var_15);
            wp::assign(var_13, var_26);
            wp::assign(var_15, var_27);
            goto start_for_2;
        end_for_2:;
        // if best < 1.0e-12:                                                                 <L 19>
        var_29 = (var_15 < var_28);
        if (var_29) {
            // singular = True                                                                <L 20>
            // continue                                                                       <L 21>
            wp::assign(var_9, var_30);
            goto start_for_0;
        }
        // if p != k:                                                                         <L 22>
        var_31 = (var_13 != var_12);
        if (var_31) {
            // row_k = LU[k]                                                                  <L 23>
            var_32 = wp::extract(var_0, var_12);
            // LU[k] = LU[p]                                                                  <L 24>
            var_33 = wp::extract(var_0, var_13);
            wp::assign_inplace(var_0, var_12, var_33);
            // LU[p] = row_k                                                                  <L 25>
            wp::assign_inplace(var_0, var_13, var_32);
            // tmp = perm[k]                                                                  <L 26>
            var_34 = wp::extract(var_5, var_12);
            // perm[k] = perm[p]                                                              <L 27>
            var_35 = wp::extract(var_5, var_13);
            wp::assign_inplace(var_5, var_12, var_35);
            // perm[p] = tmp                                                                  <L 28>
            wp::assign_inplace(var_5, var_13, var_34);
            // sign = -sign                                                                   <L 29>
            var_36 = wp::neg(var_7);
        }
        var_37 = wp::where(var_31, var_36, var_7);
        // for i in range(k + 1, 4):                                                          <L 30>
        var_39 = wp::add(var_12, var_38);
        var_41 = wp::range(var_39, var_40);
        start_for_4:;
            if (iter_cmp(var_41) == 0) goto end_for_4;
            var_42 = wp::iter_next(var_41);
            // f = LU[i, k] / LU[k, k]                                                        <L 31>
            var_43 = wp::extract(var_0, var_42, var_12);
            var_44 = wp::extract(var_0, var_12, var_12);
            var_45 = wp::div(var_43, var_44);
            // LU[i, k] = f                                                                   <L 32>
            wp::assign_inplace(var_0, var_42, var_12, var_45);
            // for j in range(k + 1, 4):                                                      <L 33>
            var_47 = wp::add(var_12, var_46);
            var_49 = wp::range(var_47, var_48);
            start_for_6:;
                if (iter_cmp(var_49) == 0) goto end_for_6;
                var_50 = wp::iter_next(var_49);
                // LU[i, j] = LU[i, j] - f * LU[k, j]                                         <L 34>
                var_51 = wp::extract(var_0, var_42, var_50);
                var_52 = wp::extract(var_0, var_12, var_50);
                var_53 = wp::mul(var_45, var_52);
                var_54 = wp::sub(var_51, var_53);
                wp::assign_inplace(var_0, var_42, var_50, var_54);
                goto start_for_6;
            end_for_6:;
            goto start_for_4;
        end_for_4:;
        wp::assign(var_7, var_37);
        goto start_for_0;
    end_for_0:;
    // return LU, perm, sign, singular                                                        <L 35>
    ret_0 = var_0;
    ret_1 = var_5;
    ret_2 = var_7;
    ret_3 = var_9;
    return;
}


// corpus/091_lu_solve_mat44.py:38
static CUDA_CALLABLE wp::vec_t<4, wp::float32> lu_solve_0(
    wp::mat_t<4, 4, wp::float32> var_LU,
    wp::vec_t<4, wp::int32> var_perm,
    wp::vec_t<4, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 3;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<4, wp::float32> var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 3;
    wp::int32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::int32 var_50 = 4;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 3;
    wp::int32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 4;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 2;
    const wp::int32 var_75 = 3;
    wp::int32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    const wp::int32 var_80 = 4;
    wp::range_t var_81;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 3;
    const wp::int32 var_90 = 3;
    wp::int32 var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    const wp::int32 var_95 = 4;
    wp::range_t var_96;
    wp::int32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    //---------
    // forward
    // def lu_solve(LU: wp.mat44, perm: wp.vec4i, b: wp.vec4) -> wp.vec4:                     <L 39>
    // y = wp.vec4()                                                                          <L 40>
    var_0 = wp::vec_t<4, wp::float32>();
    // for i in range(4):                                                                     <L 41>
    // s = b[perm[i]]                                                                         <L 42>
    var_2 = wp::extract(var_perm, var_1);
    var_3 = wp::extract(var_b, var_2);
    // for k in range(i):                                                                     <L 43>
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_1, var_3);
    // s = b[perm[i]]                                                                         <L 42>
    var_5 = wp::extract(var_perm, var_4);
    var_6 = wp::extract(var_b, var_5);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_8 = wp::extract(var_LU, var_4, var_7);
    var_9 = wp::extract(var_0, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::sub(var_6, var_10);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_4, var_11);
    // s = b[perm[i]]                                                                         <L 42>
    var_13 = wp::extract(var_perm, var_12);
    var_14 = wp::extract(var_b, var_13);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_16 = wp::extract(var_LU, var_12, var_15);
    var_17 = wp::extract(var_0, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::sub(var_14, var_18);
    var_21 = wp::extract(var_LU, var_12, var_20);
    var_22 = wp::extract(var_0, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_12, var_24);
    // s = b[perm[i]]                                                                         <L 42>
    var_26 = wp::extract(var_perm, var_25);
    var_27 = wp::extract(var_b, var_26);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_29 = wp::extract(var_LU, var_25, var_28);
    var_30 = wp::extract(var_0, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::sub(var_27, var_31);
    var_34 = wp::extract(var_LU, var_25, var_33);
    var_35 = wp::extract(var_0, var_33);
    var_36 = wp::mul(var_34, var_35);
    var_37 = wp::sub(var_32, var_36);
    var_39 = wp::extract(var_LU, var_25, var_38);
    var_40 = wp::extract(var_0, var_38);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::sub(var_37, var_41);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_25, var_42);
    // x = wp.vec4()                                                                          <L 46>
    var_43 = wp::vec_t<4, wp::float32>();
    // for ii in range(4):                                                                    <L 47>
    // i = 3 - ii                                                                             <L 48>
    var_46 = wp::sub(var_45, var_44);
    // s = y[i]                                                                               <L 49>
    var_47 = wp::extract(var_0, var_46);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_49 = wp::add(var_46, var_48);
    var_51 = wp::range(var_49, var_50);
    start_for_0:;
        if (iter_cmp(var_51) == 0) goto end_for_0;
        var_52 = wp::iter_next(var_51);
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_53 = wp::extract(var_LU, var_46, var_52);
        var_54 = wp::extract(var_43, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::sub(var_47, var_55);
        wp::assign(var_47, var_56);
        goto start_for_0;
    end_for_0:;
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_57 = wp::extract(var_LU, var_46, var_46);
    var_58 = wp::div(var_47, var_57);
    wp::assign_inplace(var_43, var_46, var_58);
    // i = 3 - ii                                                                             <L 48>
    var_61 = wp::sub(var_60, var_59);
    // s = y[i]                                                                               <L 49>
    var_62 = wp::extract(var_0, var_61);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_64 = wp::add(var_61, var_63);
    var_66 = wp::range(var_64, var_65);
    start_for_2:;
        if (iter_cmp(var_66) == 0) goto end_for_2;
        var_67 = wp::iter_next(var_66);
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_68 = wp::extract(var_LU, var_61, var_67);
        var_69 = wp::extract(var_43, var_67);
        var_70 = wp::mul(var_68, var_69);
        var_71 = wp::sub(var_62, var_70);
        wp::assign(var_62, var_71);
        goto start_for_2;
    end_for_2:;
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_72 = wp::extract(var_LU, var_61, var_61);
    var_73 = wp::div(var_62, var_72);
    wp::assign_inplace(var_43, var_61, var_73);
    // i = 3 - ii                                                                             <L 48>
    var_76 = wp::sub(var_75, var_74);
    // s = y[i]                                                                               <L 49>
    var_77 = wp::extract(var_0, var_76);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_79 = wp::add(var_76, var_78);
    var_81 = wp::range(var_79, var_80);
    start_for_4:;
        if (iter_cmp(var_81) == 0) goto end_for_4;
        var_82 = wp::iter_next(var_81);
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_83 = wp::extract(var_LU, var_76, var_82);
        var_84 = wp::extract(var_43, var_82);
        var_85 = wp::mul(var_83, var_84);
        var_86 = wp::sub(var_77, var_85);
        wp::assign(var_77, var_86);
        goto start_for_4;
    end_for_4:;
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_87 = wp::extract(var_LU, var_76, var_76);
    var_88 = wp::div(var_77, var_87);
    wp::assign_inplace(var_43, var_76, var_88);
    // i = 3 - ii                                                                             <L 48>
    var_91 = wp::sub(var_90, var_89);
    // s = y[i]                                                                               <L 49>
    var_92 = wp::extract(var_0, var_91);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_94 = wp::add(var_91, var_93);
    var_96 = wp::range(var_94, var_95);
    start_for_6:;
        if (iter_cmp(var_96) == 0) goto end_for_6;
        var_97 = wp::iter_next(var_96);
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_98 = wp::extract(var_LU, var_91, var_97);
        var_99 = wp::extract(var_43, var_97);
        var_100 = wp::mul(var_98, var_99);
        var_101 = wp::sub(var_92, var_100);
        wp::assign(var_92, var_101);
        goto start_for_6;
    end_for_6:;
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_102 = wp::extract(var_LU, var_91, var_91);
    var_103 = wp::div(var_92, var_102);
    wp::assign_inplace(var_43, var_91, var_103);
    // return x                                                                               <L 53>
    return var_43;
}


// corpus/091_lu_solve_mat44.py:4
static CUDA_CALLABLE void adj_lu_decompose_0(
    wp::mat_t<4, 4, wp::float32> var_A,
    wp::mat_t<4, 4, wp::float32> & ret_0,
    wp::vec_t<4, wp::int32> & ret_1,
    wp::float32 & ret_2,
    bool & ret_3,
    wp::mat_t<4, 4, wp::float32> & adj_A,
    wp::mat_t<4, 4, wp::float32> & adj_ret_0,
    wp::vec_t<4, wp::int32> & adj_ret_1,
    wp::float32 & adj_ret_2,
    bool & adj_ret_3)
{
    //---------
    // primal vars
    wp::mat_t<4, 4, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = 2;
    const wp::int32 var_4 = 3;
    wp::vec_t<4, wp::int32> var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const bool var_8 = false;
    bool var_9;
    const wp::int32 var_10 = 4;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 4;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::float32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-12;
    bool var_29;
    const bool var_30 = true;
    bool var_31;
    wp::vec_t<4, wp::float32> var_32;
    wp::vec_t<4, wp::float32> var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::int32 var_40 = 4;
    wp::range_t var_41;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 4;
    wp::range_t var_49;
    wp::int32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    //---------
    // dual vars
    wp::mat_t<4, 4, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<4, wp::int32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::range_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::vec_t<4, wp::float32> adj_32 = {};
    wp::vec_t<4, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::range_t adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::range_t adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    //---------
    // forward
    // def lu_decompose(A: wp.mat44):                                                         <L 5>
    // LU = A                                                                                 <L 6>
    var_0 = wp::copy(var_A);
    // perm = wp.vec4i(0, 1, 2, 3)                                                            <L 7>
    var_5 = wp::vec_t<4, wp::int32>(var_1, var_2, var_3, var_4);
    // sign = float(1.0)                                                                      <L 8>
    var_7 = wp::float(var_6);
    // singular = bool(False)                                                                 <L 9>
    var_9 = bool(var_8);
    // for k in range(4):                                                                     <L 10>
    var_11 = wp::range(var_10);
    // return LU, perm, sign, singular                                                        <L 35>
    ret_0 = var_0;
    ret_1 = var_5;
    ret_2 = var_7;
    ret_3 = var_9;
    goto label8;
    //---------
    // reverse
    label8:;
    adj_9 += adj_ret_3;
    adj_7 += adj_ret_2;
    adj_5 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return LU, perm, sign, singular                                                   <L 35>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
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
        // p = k                                                                              <L 12>
        var_13 = wp::copy(var_12);
        // best = wp.abs(LU[k, k])                                                            <L 13>
        var_14 = wp::extract(var_0, var_12, var_12);
        var_15 = wp::abs(var_14);
        // for i in range(k + 1, 4):                                                          <L 14>
        var_17 = wp::add(var_12, var_16);
        var_19 = wp::range(var_17, var_18);
        // if best < 1.0e-12:                                                                 <L 19>
        var_29 = (var_15 < var_28);
        if (var_29) {
            // singular = True                                                                <L 20>
            // continue                                                                       <L 21>
            wp::assign(var_9, var_30);
            goto start_for_0;
        }
        // if p != k:                                                                         <L 22>
        var_31 = (var_13 != var_12);
        if (var_31) {
            // row_k = LU[k]                                                                  <L 23>
            var_32 = wp::extract(var_0, var_12);
            // LU[k] = LU[p]                                                                  <L 24>
            var_33 = wp::extract(var_0, var_13);
            wp::assign_inplace(var_0, var_12, var_33);
            // LU[p] = row_k                                                                  <L 25>
            wp::assign_inplace(var_0, var_13, var_32);
            // tmp = perm[k]                                                                  <L 26>
            var_34 = wp::extract(var_5, var_12);
            // perm[k] = perm[p]                                                              <L 27>
            var_35 = wp::extract(var_5, var_13);
            wp::assign_inplace(var_5, var_12, var_35);
            // perm[p] = tmp                                                                  <L 28>
            wp::assign_inplace(var_5, var_13, var_34);
            // sign = -sign                                                                   <L 29>
            var_36 = wp::neg(var_7);
        }
        var_37 = wp::where(var_31, var_36, var_7);
        // for i in range(k + 1, 4):                                                          <L 30>
        var_39 = wp::add(var_12, var_38);
        var_41 = wp::range(var_39, var_40);
        wp::assign(var_7, var_37);
        wp::adj_assign(var_7, var_37, adj_7, adj_37);
        var_41 = wp::iter_reverse(var_41);
        start_for_4:;
            if (iter_cmp(var_41) == 0) goto end_for_4;
            var_42 = wp::iter_next(var_41);
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
            // f = LU[i, k] / LU[k, k]                                                        <L 31>
            var_43 = wp::extract(var_0, var_42, var_12);
            var_44 = wp::extract(var_0, var_12, var_12);
            var_45 = wp::div(var_43, var_44);
            // LU[i, k] = f                                                                   <L 32>
            wp::assign_inplace(var_0, var_42, var_12, var_45);
            // for j in range(k + 1, 4):                                                      <L 33>
            var_47 = wp::add(var_12, var_46);
            var_49 = wp::range(var_47, var_48);
            var_49 = wp::iter_reverse(var_49);
            start_for_6:;
                if (iter_cmp(var_49) == 0) goto end_for_6;
                var_50 = wp::iter_next(var_49);
            	adj_51 = {};
            	adj_52 = {};
            	adj_53 = {};
            	adj_54 = {};
                // LU[i, j] = LU[i, j] - f * LU[k, j]                                         <L 34>
                var_51 = wp::extract(var_0, var_42, var_50);
                var_52 = wp::extract(var_0, var_12, var_50);
                var_53 = wp::mul(var_45, var_52);
                var_54 = wp::sub(var_51, var_53);
                wp::assign_inplace(var_0, var_42, var_50, var_54);
                wp::adj_assign_inplace(var_0, var_42, var_50, var_54, adj_0, adj_42, adj_50, adj_54);
                wp::adj_sub(var_51, var_53, adj_51, adj_53, adj_54);
                wp::adj_mul(var_45, var_52, adj_45, adj_52, adj_53);
                wp::adj_extract(var_0, var_12, var_50, adj_0, adj_12, adj_50, adj_52);
                wp::adj_extract(var_0, var_42, var_50, adj_0, adj_42, adj_50, adj_51);
                // adj: LU[i, j] = LU[i, j] - f * LU[k, j]                                    <L 34>
            	goto start_for_6;
            end_for_6:;
            wp::adj_range(var_47, var_48, adj_47, adj_48, adj_49);
            wp::adj_add(var_12, var_46, adj_12, adj_46, adj_47);
            // adj: for j in range(k + 1, 4):                                                 <L 33>
            wp::adj_assign_inplace(var_0, var_42, var_12, var_45, adj_0, adj_42, adj_12, adj_45);
            // adj: LU[i, k] = f                                                              <L 32>
            wp::adj_div(var_43, var_44, var_45, adj_43, adj_44, adj_45);
            wp::adj_extract(var_0, var_12, var_12, adj_0, adj_12, adj_12, adj_44);
            wp::adj_extract(var_0, var_42, var_12, adj_0, adj_42, adj_12, adj_43);
            // adj: f = LU[i, k] / LU[k, k]                                                   <L 31>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_add(var_12, var_38, adj_12, adj_38, adj_39);
        // adj: for i in range(k + 1, 4):                                                     <L 30>
        wp::adj_where(var_31, var_36, var_7, adj_31, adj_36, adj_7, adj_37);
        if (var_31) {
            wp::adj_neg(var_7, adj_7, adj_36);
            // adj: sign = -sign                                                              <L 29>
            wp::adj_assign_inplace(var_5, var_13, var_34, adj_5, adj_13, adj_34);
            // adj: perm[p] = tmp                                                             <L 28>
            wp::adj_assign_inplace(var_5, var_12, var_35, adj_5, adj_12, adj_35);
            wp::adj_extract(var_5, var_13, adj_5, adj_13, adj_35);
            // adj: perm[k] = perm[p]                                                         <L 27>
            wp::adj_extract(var_5, var_12, adj_5, adj_12, adj_34);
            // adj: tmp = perm[k]                                                             <L 26>
            wp::adj_assign_inplace(var_0, var_13, var_32, adj_0, adj_13, adj_32);
            // adj: LU[p] = row_k                                                             <L 25>
            wp::adj_assign_inplace(var_0, var_12, var_33, adj_0, adj_12, adj_33);
            wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_33);
            // adj: LU[k] = LU[p]                                                             <L 24>
            wp::adj_extract(var_0, var_12, adj_0, adj_12, adj_32);
            // adj: row_k = LU[k]                                                             <L 23>
        }
        // adj: if p != k:                                                                    <L 22>
        if (var_29) {
            wp::adj_assign(var_9, var_30, adj_9, adj_30);
            // adj: continue                                                                  <L 21>
            // adj: singular = True                                                           <L 20>
        }
        // adj: if best < 1.0e-12:                                                            <L 19>
        var_19 = wp::iter_reverse(var_19);
        start_for_2:;
            if (iter_cmp(var_19) == 0) goto end_for_2;
            var_20 = wp::iter_next(var_19);
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
            // v = wp.abs(LU[i, k])                                                           <L 15>
            var_21 = wp::extract(var_0, var_20, var_12);
            var_22 = wp::abs(var_21);
            // if v > best:                                                                   <L 16>
            var_23 = (var_22 > var_15);
            if (var_23) {
                // best = v                                                                   <L 17>
                var_24 = wp::copy(var_22);
                // p = i                                                                      <L 18>
                var_25 = wp::copy(var_20);
            }
            var_26 = wp::where(var_23, var_25, var_13);
            var_27 = wp::where(var_23, var_24, var_15);
            wp::assign(var_13, var_26);
            wp::assign(var_15, var_27);
            wp::adj_assign(var_15, var_27, adj_15, adj_27);
            wp::adj_assign(var_13, var_26, adj_13, adj_26);
            wp::adj_where(var_23, var_24, var_15, adj_23, adj_24, adj_15, adj_27);
            wp::adj_where(var_23, var_25, var_13, adj_23, adj_25, adj_13, adj_26);
            if (var_23) {
                wp::adj_copy(var_20, adj_20, adj_25);
                // adj: p = i                                                                 <L 18>
                wp::adj_copy(var_22, adj_22, adj_24);
                // adj: best = v                                                              <L 17>
            }
            // adj: if v > best:                                                              <L 16>
            wp::adj_abs(var_21, adj_21, adj_22);
            wp::adj_extract(var_0, var_20, var_12, adj_0, adj_20, adj_12, adj_21);
            // adj: v = wp.abs(LU[i, k])                                                      <L 15>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
        // adj: for i in range(k + 1, 4):                                                     <L 14>
        wp::adj_abs(var_14, adj_14, adj_15);
        wp::adj_extract(var_0, var_12, var_12, adj_0, adj_12, adj_12, adj_14);
        // adj: best = wp.abs(LU[k, k])                                                       <L 13>
        wp::adj_copy(var_12, adj_12, adj_13);
        // adj: p = k                                                                         <L 12>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_10, adj_10, adj_11);
    // adj: for k in range(4):                                                                <L 10>
    adj_bool(var_8, adj_8, adj_9);
    // adj: singular = bool(False)                                                            <L 9>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: sign = float(1.0)                                                                 <L 8>
    wp::adj_vec_t(var_1, var_2, var_3, var_4, adj_1, adj_2, adj_3, adj_4, adj_5);
    // adj: perm = wp.vec4i(0, 1, 2, 3)                                                       <L 7>
    wp::adj_copy(var_A, adj_A, adj_0);
    // adj: LU = A                                                                            <L 6>
    // adj: def lu_decompose(A: wp.mat44):                                                    <L 5>
    return;
}


// corpus/091_lu_solve_mat44.py:38
static CUDA_CALLABLE void adj_lu_solve_0(
    wp::mat_t<4, 4, wp::float32> var_LU,
    wp::vec_t<4, wp::int32> var_perm,
    wp::vec_t<4, wp::float32> var_b,
    wp::mat_t<4, 4, wp::float32> & adj_LU,
    wp::vec_t<4, wp::int32> & adj_perm,
    wp::vec_t<4, wp::float32> & adj_b,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 3;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<4, wp::float32> var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 3;
    wp::int32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::int32 var_50 = 4;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 3;
    wp::int32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 4;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 2;
    const wp::int32 var_75 = 3;
    wp::int32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    const wp::int32 var_80 = 4;
    wp::range_t var_81;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 3;
    const wp::int32 var_90 = 3;
    wp::int32 var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    const wp::int32 var_95 = 4;
    wp::range_t var_96;
    wp::int32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    //---------
    // dual vars
    wp::vec_t<4, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<4, wp::float32> adj_43 = {};
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
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::range_t adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::range_t adj_96 = {};
    wp::int32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    //---------
    // forward
    // def lu_solve(LU: wp.mat44, perm: wp.vec4i, b: wp.vec4) -> wp.vec4:                     <L 39>
    // y = wp.vec4()                                                                          <L 40>
    var_0 = wp::vec_t<4, wp::float32>();
    // for i in range(4):                                                                     <L 41>
    // s = b[perm[i]]                                                                         <L 42>
    var_2 = wp::extract(var_perm, var_1);
    var_3 = wp::extract(var_b, var_2);
    // for k in range(i):                                                                     <L 43>
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_1, var_3);
    // s = b[perm[i]]                                                                         <L 42>
    var_5 = wp::extract(var_perm, var_4);
    var_6 = wp::extract(var_b, var_5);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_8 = wp::extract(var_LU, var_4, var_7);
    var_9 = wp::extract(var_0, var_7);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::sub(var_6, var_10);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_4, var_11);
    // s = b[perm[i]]                                                                         <L 42>
    var_13 = wp::extract(var_perm, var_12);
    var_14 = wp::extract(var_b, var_13);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_16 = wp::extract(var_LU, var_12, var_15);
    var_17 = wp::extract(var_0, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::sub(var_14, var_18);
    var_21 = wp::extract(var_LU, var_12, var_20);
    var_22 = wp::extract(var_0, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_12, var_24);
    // s = b[perm[i]]                                                                         <L 42>
    var_26 = wp::extract(var_perm, var_25);
    var_27 = wp::extract(var_b, var_26);
    // for k in range(i):                                                                     <L 43>
    // s = s - LU[i, k] * y[k]                                                                <L 44>
    var_29 = wp::extract(var_LU, var_25, var_28);
    var_30 = wp::extract(var_0, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::sub(var_27, var_31);
    var_34 = wp::extract(var_LU, var_25, var_33);
    var_35 = wp::extract(var_0, var_33);
    var_36 = wp::mul(var_34, var_35);
    var_37 = wp::sub(var_32, var_36);
    var_39 = wp::extract(var_LU, var_25, var_38);
    var_40 = wp::extract(var_0, var_38);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::sub(var_37, var_41);
    // y[i] = s                                                                               <L 45>
    wp::assign_inplace(var_0, var_25, var_42);
    // x = wp.vec4()                                                                          <L 46>
    var_43 = wp::vec_t<4, wp::float32>();
    // for ii in range(4):                                                                    <L 47>
    // i = 3 - ii                                                                             <L 48>
    var_46 = wp::sub(var_45, var_44);
    // s = y[i]                                                                               <L 49>
    var_47 = wp::extract(var_0, var_46);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_49 = wp::add(var_46, var_48);
    var_51 = wp::range(var_49, var_50);
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_57 = wp::extract(var_LU, var_46, var_46);
    var_58 = wp::div(var_47, var_57);
    wp::assign_inplace(var_43, var_46, var_58);
    // i = 3 - ii                                                                             <L 48>
    var_61 = wp::sub(var_60, var_59);
    // s = y[i]                                                                               <L 49>
    var_62 = wp::extract(var_0, var_61);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_64 = wp::add(var_61, var_63);
    var_66 = wp::range(var_64, var_65);
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_72 = wp::extract(var_LU, var_61, var_61);
    var_73 = wp::div(var_62, var_72);
    wp::assign_inplace(var_43, var_61, var_73);
    // i = 3 - ii                                                                             <L 48>
    var_76 = wp::sub(var_75, var_74);
    // s = y[i]                                                                               <L 49>
    var_77 = wp::extract(var_0, var_76);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_79 = wp::add(var_76, var_78);
    var_81 = wp::range(var_79, var_80);
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_87 = wp::extract(var_LU, var_76, var_76);
    var_88 = wp::div(var_77, var_87);
    wp::assign_inplace(var_43, var_76, var_88);
    // i = 3 - ii                                                                             <L 48>
    var_91 = wp::sub(var_90, var_89);
    // s = y[i]                                                                               <L 49>
    var_92 = wp::extract(var_0, var_91);
    // for k in range(i + 1, 4):                                                              <L 50>
    var_94 = wp::add(var_91, var_93);
    var_96 = wp::range(var_94, var_95);
    // x[i] = s / LU[i, i]                                                                    <L 52>
    var_102 = wp::extract(var_LU, var_91, var_91);
    var_103 = wp::div(var_92, var_102);
    wp::assign_inplace(var_43, var_91, var_103);
    // return x                                                                               <L 53>
    goto label8;
    //---------
    // reverse
    label8:;
    adj_43 += adj_ret;
    // adj: return x                                                                          <L 53>
    wp::adj_assign_inplace(var_43, var_91, var_103, adj_43, adj_91, adj_103);
    wp::adj_div(var_92, var_102, var_103, adj_92, adj_102, adj_103);
    wp::adj_extract(var_LU, var_91, var_91, adj_LU, adj_91, adj_91, adj_102);
    // adj: x[i] = s / LU[i, i]                                                               <L 52>
    var_96 = wp::iter_reverse(var_96);
    start_for_6:;
        if (iter_cmp(var_96) == 0) goto end_for_6;
        var_97 = wp::iter_next(var_96);
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_98 = wp::extract(var_LU, var_91, var_97);
        var_99 = wp::extract(var_43, var_97);
        var_100 = wp::mul(var_98, var_99);
        var_101 = wp::sub(var_92, var_100);
        wp::assign(var_92, var_101);
        wp::adj_assign(var_92, var_101, adj_92, adj_101);
        wp::adj_sub(var_92, var_100, adj_92, adj_100, adj_101);
        wp::adj_mul(var_98, var_99, adj_98, adj_99, adj_100);
        wp::adj_extract(var_43, var_97, adj_43, adj_97, adj_99);
        wp::adj_extract(var_LU, var_91, var_97, adj_LU, adj_91, adj_97, adj_98);
        // adj: s = s - LU[i, k] * x[k]                                                       <L 51>
    	goto start_for_6;
    end_for_6:;
    wp::adj_range(var_94, var_95, adj_94, adj_95, adj_96);
    wp::adj_add(var_91, var_93, adj_91, adj_93, adj_94);
    // adj: for k in range(i + 1, 4):                                                         <L 50>
    wp::adj_extract(var_0, var_91, adj_0, adj_91, adj_92);
    // adj: s = y[i]                                                                          <L 49>
    wp::adj_sub(var_90, var_89, adj_90, adj_89, adj_91);
    // adj: i = 3 - ii                                                                        <L 48>
    wp::adj_assign_inplace(var_43, var_76, var_88, adj_43, adj_76, adj_88);
    wp::adj_div(var_77, var_87, var_88, adj_77, adj_87, adj_88);
    wp::adj_extract(var_LU, var_76, var_76, adj_LU, adj_76, adj_76, adj_87);
    // adj: x[i] = s / LU[i, i]                                                               <L 52>
    var_81 = wp::iter_reverse(var_81);
    start_for_4:;
        if (iter_cmp(var_81) == 0) goto end_for_4;
        var_82 = wp::iter_next(var_81);
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_83 = wp::extract(var_LU, var_76, var_82);
        var_84 = wp::extract(var_43, var_82);
        var_85 = wp::mul(var_83, var_84);
        var_86 = wp::sub(var_77, var_85);
        wp::assign(var_77, var_86);
        wp::adj_assign(var_77, var_86, adj_77, adj_86);
        wp::adj_sub(var_77, var_85, adj_77, adj_85, adj_86);
        wp::adj_mul(var_83, var_84, adj_83, adj_84, adj_85);
        wp::adj_extract(var_43, var_82, adj_43, adj_82, adj_84);
        wp::adj_extract(var_LU, var_76, var_82, adj_LU, adj_76, adj_82, adj_83);
        // adj: s = s - LU[i, k] * x[k]                                                       <L 51>
    	goto start_for_4;
    end_for_4:;
    wp::adj_range(var_79, var_80, adj_79, adj_80, adj_81);
    wp::adj_add(var_76, var_78, adj_76, adj_78, adj_79);
    // adj: for k in range(i + 1, 4):                                                         <L 50>
    wp::adj_extract(var_0, var_76, adj_0, adj_76, adj_77);
    // adj: s = y[i]                                                                          <L 49>
    wp::adj_sub(var_75, var_74, adj_75, adj_74, adj_76);
    // adj: i = 3 - ii                                                                        <L 48>
    wp::adj_assign_inplace(var_43, var_61, var_73, adj_43, adj_61, adj_73);
    wp::adj_div(var_62, var_72, var_73, adj_62, adj_72, adj_73);
    wp::adj_extract(var_LU, var_61, var_61, adj_LU, adj_61, adj_61, adj_72);
    // adj: x[i] = s / LU[i, i]                                                               <L 52>
    var_66 = wp::iter_reverse(var_66);
    start_for_2:;
        if (iter_cmp(var_66) == 0) goto end_for_2;
        var_67 = wp::iter_next(var_66);
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_68 = wp::extract(var_LU, var_61, var_67);
        var_69 = wp::extract(var_43, var_67);
        var_70 = wp::mul(var_68, var_69);
        var_71 = wp::sub(var_62, var_70);
        wp::assign(var_62, var_71);
        wp::adj_assign(var_62, var_71, adj_62, adj_71);
        wp::adj_sub(var_62, var_70, adj_62, adj_70, adj_71);
        wp::adj_mul(var_68, var_69, adj_68, adj_69, adj_70);
        wp::adj_extract(var_43, var_67, adj_43, adj_67, adj_69);
        wp::adj_extract(var_LU, var_61, var_67, adj_LU, adj_61, adj_67, adj_68);
        // adj: s = s - LU[i, k] * x[k]                                                       <L 51>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_64, var_65, adj_64, adj_65, adj_66);
    wp::adj_add(var_61, var_63, adj_61, adj_63, adj_64);
    // adj: for k in range(i + 1, 4):                                                         <L 50>
    wp::adj_extract(var_0, var_61, adj_0, adj_61, adj_62);
    // adj: s = y[i]                                                                          <L 49>
    wp::adj_sub(var_60, var_59, adj_60, adj_59, adj_61);
    // adj: i = 3 - ii                                                                        <L 48>
    wp::adj_assign_inplace(var_43, var_46, var_58, adj_43, adj_46, adj_58);
    wp::adj_div(var_47, var_57, var_58, adj_47, adj_57, adj_58);
    wp::adj_extract(var_LU, var_46, var_46, adj_LU, adj_46, adj_46, adj_57);
    // adj: x[i] = s / LU[i, i]                                                               <L 52>
    var_51 = wp::iter_reverse(var_51);
    start_for_0:;
        if (iter_cmp(var_51) == 0) goto end_for_0;
        var_52 = wp::iter_next(var_51);
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
        // s = s - LU[i, k] * x[k]                                                            <L 51>
        var_53 = wp::extract(var_LU, var_46, var_52);
        var_54 = wp::extract(var_43, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::sub(var_47, var_55);
        wp::assign(var_47, var_56);
        wp::adj_assign(var_47, var_56, adj_47, adj_56);
        wp::adj_sub(var_47, var_55, adj_47, adj_55, adj_56);
        wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_extract(var_43, var_52, adj_43, adj_52, adj_54);
        wp::adj_extract(var_LU, var_46, var_52, adj_LU, adj_46, adj_52, adj_53);
        // adj: s = s - LU[i, k] * x[k]                                                       <L 51>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_add(var_46, var_48, adj_46, adj_48, adj_49);
    // adj: for k in range(i + 1, 4):                                                         <L 50>
    wp::adj_extract(var_0, var_46, adj_0, adj_46, adj_47);
    // adj: s = y[i]                                                                          <L 49>
    wp::adj_sub(var_45, var_44, adj_45, adj_44, adj_46);
    // adj: i = 3 - ii                                                                        <L 48>
    // adj: for ii in range(4):                                                               <L 47>
    // adj: x = wp.vec4()                                                                     <L 46>
    wp::adj_assign_inplace(var_0, var_25, var_42, adj_0, adj_25, adj_42);
    // adj: y[i] = s                                                                          <L 45>
    wp::adj_sub(var_37, var_41, adj_37, adj_41, adj_42);
    wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_extract(var_0, var_38, adj_0, adj_38, adj_40);
    wp::adj_extract(var_LU, var_25, var_38, adj_LU, adj_25, adj_38, adj_39);
    wp::adj_sub(var_32, var_36, adj_32, adj_36, adj_37);
    wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_extract(var_0, var_33, adj_0, adj_33, adj_35);
    wp::adj_extract(var_LU, var_25, var_33, adj_LU, adj_25, adj_33, adj_34);
    wp::adj_sub(var_27, var_31, adj_27, adj_31, adj_32);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_extract(var_0, var_28, adj_0, adj_28, adj_30);
    wp::adj_extract(var_LU, var_25, var_28, adj_LU, adj_25, adj_28, adj_29);
    // adj: s = s - LU[i, k] * y[k]                                                           <L 44>
    // adj: for k in range(i):                                                                <L 43>
    wp::adj_extract(var_b, var_26, adj_b, adj_26, adj_27);
    wp::adj_extract(var_perm, var_25, adj_perm, adj_25, adj_26);
    // adj: s = b[perm[i]]                                                                    <L 42>
    wp::adj_assign_inplace(var_0, var_12, var_24, adj_0, adj_12, adj_24);
    // adj: y[i] = s                                                                          <L 45>
    wp::adj_sub(var_19, var_23, adj_19, adj_23, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_extract(var_0, var_20, adj_0, adj_20, adj_22);
    wp::adj_extract(var_LU, var_12, var_20, adj_LU, adj_12, adj_20, adj_21);
    wp::adj_sub(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_0, var_15, adj_0, adj_15, adj_17);
    wp::adj_extract(var_LU, var_12, var_15, adj_LU, adj_12, adj_15, adj_16);
    // adj: s = s - LU[i, k] * y[k]                                                           <L 44>
    // adj: for k in range(i):                                                                <L 43>
    wp::adj_extract(var_b, var_13, adj_b, adj_13, adj_14);
    wp::adj_extract(var_perm, var_12, adj_perm, adj_12, adj_13);
    // adj: s = b[perm[i]]                                                                    <L 42>
    wp::adj_assign_inplace(var_0, var_4, var_11, adj_0, adj_4, adj_11);
    // adj: y[i] = s                                                                          <L 45>
    wp::adj_sub(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_extract(var_0, var_7, adj_0, adj_7, adj_9);
    wp::adj_extract(var_LU, var_4, var_7, adj_LU, adj_4, adj_7, adj_8);
    // adj: s = s - LU[i, k] * y[k]                                                           <L 44>
    // adj: for k in range(i):                                                                <L 43>
    wp::adj_extract(var_b, var_5, adj_b, adj_5, adj_6);
    wp::adj_extract(var_perm, var_4, adj_perm, adj_4, adj_5);
    // adj: s = b[perm[i]]                                                                    <L 42>
    wp::adj_assign_inplace(var_0, var_1, var_3, adj_0, adj_1, adj_3);
    // adj: y[i] = s                                                                          <L 45>
    // adj: for k in range(i):                                                                <L 43>
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_perm, var_1, adj_perm, adj_1, adj_2);
    // adj: s = b[perm[i]]                                                                    <L 42>
    // adj: for i in range(4):                                                                <L 41>
    // adj: y = wp.vec4()                                                                     <L 40>
    // adj: def lu_solve(LU: wp.mat44, perm: wp.vec4i, b: wp.vec4) -> wp.vec4:                <L 39>
    return;
}



extern "C" __global__ void solve_batched_0d49be9a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::vec_t<4, wp::float32>> var_b,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x,
    wp::array_t<wp::float32> var_det,
    wp::array_t<wp::int32> var_singular_count)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<4, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<4, wp::float32>* var_12;
        wp::vec_t<4, wp::float32> var_13;
        wp::vec_t<4, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 3;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // forward
        // def solve_batched(A: wp.array(dtype=wp.mat44), b: wp.array(dtype=wp.vec4), x: wp.array(dtype=wp.vec4), det: wp.array(dtype=float), singular_count: wp.array(dtype=int)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // LU, perm, sign, singular = lu_decompose(A[i])                                          <L 59>
        var_1 = wp::address(var_A, var_0);
        var_6 = wp::load(var_1);
        lu_decompose_0(var_6, var_2, var_3, var_4, var_5);
        // if singular:                                                                           <L 60>
        if (var_5) {
            // wp.atomic_add(singular_count, 0, 1)                                                <L 61>
            var_9 = wp::atomic_add(var_singular_count, var_7, var_8);
            // x[i] = wp.vec4()                                                                   <L 62>
            var_10 = wp::vec_t<4, wp::float32>();
            wp::array_store(var_x, var_0, var_10);
            // det[i] = 0.0                                                                       <L 63>
            wp::array_store(var_det, var_0, var_11);
            // return                                                                             <L 64>
            continue;
        }
        // x[i] = lu_solve(LU, perm, b[i])                                                        <L 65>
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        var_13 = lu_solve_0(var_2, var_3, var_14);
        wp::array_store(var_x, var_0, var_13);
        // d = sign                                                                               <L 66>
        var_15 = wp::copy(var_4);
        // for k in range(4):                                                                     <L 67>
        // d = d * LU[k, k]                                                                       <L 68>
        var_17 = wp::extract(var_2, var_16, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_2, var_19, var_19);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::extract(var_2, var_22, var_22);
        var_24 = wp::mul(var_21, var_23);
        var_26 = wp::extract(var_2, var_25, var_25);
        var_27 = wp::mul(var_24, var_26);
        // det[i] = d                                                                             <L 69>
        wp::array_store(var_det, var_0, var_27);
    }
}



extern "C" __global__ void solve_batched_0d49be9a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::vec_t<4, wp::float32>> var_b,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x,
    wp::array_t<wp::float32> var_det,
    wp::array_t<wp::int32> var_singular_count,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_A,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_det,
    wp::array_t<wp::int32> adj_singular_count)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<4, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<4, wp::float32>* var_12;
        wp::vec_t<4, wp::float32> var_13;
        wp::vec_t<4, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 3;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::mat_t<4, 4, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<4, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<4, wp::float32> adj_12 = {};
        wp::vec_t<4, wp::float32> adj_13 = {};
        wp::vec_t<4, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def solve_batched(A: wp.array(dtype=wp.mat44), b: wp.array(dtype=wp.vec4), x: wp.array(dtype=wp.vec4), det: wp.array(dtype=float), singular_count: wp.array(dtype=int)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // LU, perm, sign, singular = lu_decompose(A[i])                                          <L 59>
        var_1 = wp::address(var_A, var_0);
        var_6 = wp::load(var_1);
        lu_decompose_0(var_6, var_2, var_3, var_4, var_5);
        // if singular:                                                                           <L 60>
        if (var_5) {
            // wp.atomic_add(singular_count, 0, 1)                                                <L 61>
            // var_9 = wp::atomic_add(var_singular_count, var_7, var_8);
            // x[i] = wp.vec4()                                                                   <L 62>
            var_10 = wp::vec_t<4, wp::float32>();
            // wp::array_store(var_x, var_0, var_10);
            // det[i] = 0.0                                                                       <L 63>
            // wp::array_store(var_det, var_0, var_11);
            // return                                                                             <L 64>
            goto label0;
        }
        // x[i] = lu_solve(LU, perm, b[i])                                                        <L 65>
        var_12 = wp::address(var_b, var_0);
        var_14 = wp::load(var_12);
        var_13 = lu_solve_0(var_2, var_3, var_14);
        // wp::array_store(var_x, var_0, var_13);
        // d = sign                                                                               <L 66>
        var_15 = wp::copy(var_4);
        // for k in range(4):                                                                     <L 67>
        // d = d * LU[k, k]                                                                       <L 68>
        var_17 = wp::extract(var_2, var_16, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_2, var_19, var_19);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::extract(var_2, var_22, var_22);
        var_24 = wp::mul(var_21, var_23);
        var_26 = wp::extract(var_2, var_25, var_25);
        var_27 = wp::mul(var_24, var_26);
        // det[i] = d                                                                             <L 69>
        // wp::array_store(var_det, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_det, var_0, var_27, adj_det, adj_0, adj_27);
        // adj: det[i] = d                                                                        <L 69>
        wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_extract(var_2, var_25, var_25, adj_2, adj_25, adj_25, adj_26);
        wp::adj_mul(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_extract(var_2, var_22, var_22, adj_2, adj_22, adj_22, adj_23);
        wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_extract(var_2, var_19, var_19, adj_2, adj_19, adj_19, adj_20);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_2, var_16, var_16, adj_2, adj_16, adj_16, adj_17);
        // adj: d = d * LU[k, k]                                                                  <L 68>
        // adj: for k in range(4):                                                                <L 67>
        wp::adj_copy(var_4, adj_4, adj_15);
        // adj: d = sign                                                                          <L 66>
        wp::adj_array_store(var_x, var_0, var_13, adj_x, adj_0, adj_13);
        adj_lu_solve_0(var_2, var_3, var_14, adj_2, adj_3, adj_12, adj_13);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
        // adj: x[i] = lu_solve(LU, perm, b[i])                                                   <L 65>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 64>
            wp::adj_array_store(var_det, var_0, var_11, adj_det, adj_0, adj_11);
            // adj: det[i] = 0.0                                                                  <L 63>
            wp::adj_array_store(var_x, var_0, var_10, adj_x, adj_0, adj_10);
            // adj: x[i] = wp.vec4()                                                              <L 62>
            wp::adj_atomic_add(var_singular_count, var_7, var_8, adj_singular_count, adj_7, adj_8, adj_9);
            // adj: wp.atomic_add(singular_count, 0, 1)                                           <L 61>
        }
        // adj: if singular:                                                                      <L 60>
        adj_lu_decompose_0(var_6, var_2, var_3, var_4, var_5, adj_1, adj_2, adj_3, adj_4, adj_5);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: LU, perm, sign, singular = lu_decompose(A[i])                                     <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def solve_batched(A: wp.array(dtype=wp.mat44), b: wp.array(dtype=wp.vec4), x: wp.array(dtype=wp.vec4), det: wp.array(dtype=float), singular_count: wp.array(dtype=int)):  <L 57>
        continue;
    }
}



extern "C" __global__ void compare_determinants_54e72b5c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::float32> var_det_lu,
    wp::array_t<wp::float32> var_err)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def compare_determinants(A: wp.array(dtype=wp.mat44), det_lu: wp.array(dtype=float), err: wp.array(dtype=float)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // d = wp.determinant(A[i])                                                               <L 75>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // wp.atomic_max(err, 0, wp.abs(d - det_lu[i]))                                           <L 76>
        var_5 = wp::address(var_det_lu, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_2, var_7);
        var_8 = wp::abs(var_6);
        var_9 = wp::atomic_max(var_err, var_4, var_8);
    }
}



extern "C" __global__ void compare_determinants_54e72b5c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::float32> var_det_lu,
    wp::array_t<wp::float32> var_err,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_A,
    wp::array_t<wp::float32> adj_det_lu,
    wp::array_t<wp::float32> adj_err)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def compare_determinants(A: wp.array(dtype=wp.mat44), det_lu: wp.array(dtype=float), err: wp.array(dtype=float)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // d = wp.determinant(A[i])                                                               <L 75>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // wp.atomic_max(err, 0, wp.abs(d - det_lu[i]))                                           <L 76>
        var_5 = wp::address(var_det_lu, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_2, var_7);
        var_8 = wp::abs(var_6);
        // var_9 = wp::atomic_max(var_err, var_4, var_8);
        //---------
        // reverse
        wp::adj_atomic_max(var_err, var_4, var_8, adj_err, adj_4, adj_8, adj_9);
        wp::adj_abs(var_6, adj_6, adj_8);
        wp::adj_sub(var_2, var_7, adj_2, adj_5, adj_6);
        wp::adj_address(var_det_lu, var_0, adj_det_lu, adj_0, adj_5);
        // adj: wp.atomic_max(err, 0, wp.abs(d - det_lu[i]))                                      <L 76>
        wp::adj_determinant(var_3, adj_1, adj_2);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: d = wp.determinant(A[i])                                                          <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def compare_determinants(A: wp.array(dtype=wp.mat44), det_lu: wp.array(dtype=float), err: wp.array(dtype=float)):  <L 73>
        continue;
    }
}



extern "C" __global__ void inverse_columns_d201033d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::mat_t<4, 4, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::vec_t<4, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        wp::vec_t<4, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::vec_t<4, wp::float32> var_22;
        const wp::float32 var_23 = 1.0;
        wp::vec_t<4, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        wp::float32 var_30;
        const wp::int32 var_31 = 3;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<4, wp::float32> var_34;
        const wp::float32 var_35 = 1.0;
        wp::vec_t<4, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        const wp::int32 var_43 = 3;
        wp::float32 var_44;
        const wp::int32 var_45 = 3;
        wp::vec_t<4, wp::float32> var_46;
        const wp::float32 var_47 = 1.0;
        wp::vec_t<4, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        const wp::int32 var_53 = 2;
        wp::float32 var_54;
        const wp::int32 var_55 = 3;
        wp::float32 var_56;
        //---------
        // forward
        // def inverse_columns(A: wp.array(dtype=wp.mat44), inv: wp.array(dtype=wp.mat44)):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // LU, perm, sign, singular = lu_decompose(A[i])                                          <L 82>
        var_1 = wp::address(var_A, var_0);
        var_6 = wp::load(var_1);
        lu_decompose_0(var_6, var_2, var_3, var_4, var_5);
        // if singular:                                                                           <L 83>
        if (var_5) {
            // inv[i] = wp.mat44()                                                                <L 84>
            var_7 = wp::mat_t<4, 4, wp::float32>();
            wp::array_store(var_inv, var_0, var_7);
            // return                                                                             <L 85>
            continue;
        }
        // R = wp.mat44()                                                                         <L 86>
        var_8 = wp::mat_t<4, 4, wp::float32>();
        // for c in range(4):                                                                     <L 87>
        // e = wp.vec4()                                                                          <L 88>
        var_10 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_10, var_9, var_11);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_12 = lu_solve_0(var_2, var_3, var_10);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_14 = wp::extract(var_12, var_13);
        wp::assign_inplace(var_8, var_13, var_9, var_14);
        var_16 = wp::extract(var_12, var_15);
        wp::assign_inplace(var_8, var_15, var_9, var_16);
        var_18 = wp::extract(var_12, var_17);
        wp::assign_inplace(var_8, var_17, var_9, var_18);
        var_20 = wp::extract(var_12, var_19);
        wp::assign_inplace(var_8, var_19, var_9, var_20);
        // e = wp.vec4()                                                                          <L 88>
        var_22 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_22, var_21, var_23);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_24 = lu_solve_0(var_2, var_3, var_22);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_26 = wp::extract(var_24, var_25);
        wp::assign_inplace(var_8, var_25, var_21, var_26);
        var_28 = wp::extract(var_24, var_27);
        wp::assign_inplace(var_8, var_27, var_21, var_28);
        var_30 = wp::extract(var_24, var_29);
        wp::assign_inplace(var_8, var_29, var_21, var_30);
        var_32 = wp::extract(var_24, var_31);
        wp::assign_inplace(var_8, var_31, var_21, var_32);
        // e = wp.vec4()                                                                          <L 88>
        var_34 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_34, var_33, var_35);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_36 = lu_solve_0(var_2, var_3, var_34);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_38 = wp::extract(var_36, var_37);
        wp::assign_inplace(var_8, var_37, var_33, var_38);
        var_40 = wp::extract(var_36, var_39);
        wp::assign_inplace(var_8, var_39, var_33, var_40);
        var_42 = wp::extract(var_36, var_41);
        wp::assign_inplace(var_8, var_41, var_33, var_42);
        var_44 = wp::extract(var_36, var_43);
        wp::assign_inplace(var_8, var_43, var_33, var_44);
        // e = wp.vec4()                                                                          <L 88>
        var_46 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_46, var_45, var_47);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_48 = lu_solve_0(var_2, var_3, var_46);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_50 = wp::extract(var_48, var_49);
        wp::assign_inplace(var_8, var_49, var_45, var_50);
        var_52 = wp::extract(var_48, var_51);
        wp::assign_inplace(var_8, var_51, var_45, var_52);
        var_54 = wp::extract(var_48, var_53);
        wp::assign_inplace(var_8, var_53, var_45, var_54);
        var_56 = wp::extract(var_48, var_55);
        wp::assign_inplace(var_8, var_55, var_45, var_56);
        // inv[i] = R                                                                             <L 93>
        wp::array_store(var_inv, var_0, var_8);
    }
}



extern "C" __global__ void inverse_columns_d201033d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_A,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_inv)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::mat_t<4, 4, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::vec_t<4, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        wp::vec_t<4, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::int32 var_19 = 3;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::vec_t<4, wp::float32> var_22;
        const wp::float32 var_23 = 1.0;
        wp::vec_t<4, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        wp::float32 var_30;
        const wp::int32 var_31 = 3;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::vec_t<4, wp::float32> var_34;
        const wp::float32 var_35 = 1.0;
        wp::vec_t<4, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        const wp::int32 var_43 = 3;
        wp::float32 var_44;
        const wp::int32 var_45 = 3;
        wp::vec_t<4, wp::float32> var_46;
        const wp::float32 var_47 = 1.0;
        wp::vec_t<4, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        const wp::int32 var_53 = 2;
        wp::float32 var_54;
        const wp::int32 var_55 = 3;
        wp::float32 var_56;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::mat_t<4, 4, wp::float32> adj_6 = {};
        wp::mat_t<4, 4, wp::float32> adj_7 = {};
        wp::mat_t<4, 4, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<4, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<4, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<4, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<4, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<4, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<4, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<4, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<4, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        //---------
        // forward
        // def inverse_columns(A: wp.array(dtype=wp.mat44), inv: wp.array(dtype=wp.mat44)):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // LU, perm, sign, singular = lu_decompose(A[i])                                          <L 82>
        var_1 = wp::address(var_A, var_0);
        var_6 = wp::load(var_1);
        lu_decompose_0(var_6, var_2, var_3, var_4, var_5);
        // if singular:                                                                           <L 83>
        if (var_5) {
            // inv[i] = wp.mat44()                                                                <L 84>
            var_7 = wp::mat_t<4, 4, wp::float32>();
            // wp::array_store(var_inv, var_0, var_7);
            // return                                                                             <L 85>
            goto label0;
        }
        // R = wp.mat44()                                                                         <L 86>
        var_8 = wp::mat_t<4, 4, wp::float32>();
        // for c in range(4):                                                                     <L 87>
        // e = wp.vec4()                                                                          <L 88>
        var_10 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_10, var_9, var_11);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_12 = lu_solve_0(var_2, var_3, var_10);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_14 = wp::extract(var_12, var_13);
        wp::assign_inplace(var_8, var_13, var_9, var_14);
        var_16 = wp::extract(var_12, var_15);
        wp::assign_inplace(var_8, var_15, var_9, var_16);
        var_18 = wp::extract(var_12, var_17);
        wp::assign_inplace(var_8, var_17, var_9, var_18);
        var_20 = wp::extract(var_12, var_19);
        wp::assign_inplace(var_8, var_19, var_9, var_20);
        // e = wp.vec4()                                                                          <L 88>
        var_22 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_22, var_21, var_23);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_24 = lu_solve_0(var_2, var_3, var_22);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_26 = wp::extract(var_24, var_25);
        wp::assign_inplace(var_8, var_25, var_21, var_26);
        var_28 = wp::extract(var_24, var_27);
        wp::assign_inplace(var_8, var_27, var_21, var_28);
        var_30 = wp::extract(var_24, var_29);
        wp::assign_inplace(var_8, var_29, var_21, var_30);
        var_32 = wp::extract(var_24, var_31);
        wp::assign_inplace(var_8, var_31, var_21, var_32);
        // e = wp.vec4()                                                                          <L 88>
        var_34 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_34, var_33, var_35);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_36 = lu_solve_0(var_2, var_3, var_34);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_38 = wp::extract(var_36, var_37);
        wp::assign_inplace(var_8, var_37, var_33, var_38);
        var_40 = wp::extract(var_36, var_39);
        wp::assign_inplace(var_8, var_39, var_33, var_40);
        var_42 = wp::extract(var_36, var_41);
        wp::assign_inplace(var_8, var_41, var_33, var_42);
        var_44 = wp::extract(var_36, var_43);
        wp::assign_inplace(var_8, var_43, var_33, var_44);
        // e = wp.vec4()                                                                          <L 88>
        var_46 = wp::vec_t<4, wp::float32>();
        // e[c] = 1.0                                                                             <L 89>
        wp::assign_inplace(var_46, var_45, var_47);
        // col = lu_solve(LU, perm, e)                                                            <L 90>
        var_48 = lu_solve_0(var_2, var_3, var_46);
        // for r in range(4):                                                                     <L 91>
        // R[r, c] = col[r]                                                                       <L 92>
        var_50 = wp::extract(var_48, var_49);
        wp::assign_inplace(var_8, var_49, var_45, var_50);
        var_52 = wp::extract(var_48, var_51);
        wp::assign_inplace(var_8, var_51, var_45, var_52);
        var_54 = wp::extract(var_48, var_53);
        wp::assign_inplace(var_8, var_53, var_45, var_54);
        var_56 = wp::extract(var_48, var_55);
        wp::assign_inplace(var_8, var_55, var_45, var_56);
        // inv[i] = R                                                                             <L 93>
        // wp::array_store(var_inv, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_inv, var_0, var_8, adj_inv, adj_0, adj_8);
        // adj: inv[i] = R                                                                        <L 93>
        wp::adj_assign_inplace(var_8, var_55, var_45, var_56, adj_8, adj_55, adj_45, adj_56);
        wp::adj_extract(var_48, var_55, adj_48, adj_55, adj_56);
        wp::adj_assign_inplace(var_8, var_53, var_45, var_54, adj_8, adj_53, adj_45, adj_54);
        wp::adj_extract(var_48, var_53, adj_48, adj_53, adj_54);
        wp::adj_assign_inplace(var_8, var_51, var_45, var_52, adj_8, adj_51, adj_45, adj_52);
        wp::adj_extract(var_48, var_51, adj_48, adj_51, adj_52);
        wp::adj_assign_inplace(var_8, var_49, var_45, var_50, adj_8, adj_49, adj_45, adj_50);
        wp::adj_extract(var_48, var_49, adj_48, adj_49, adj_50);
        // adj: R[r, c] = col[r]                                                                  <L 92>
        // adj: for r in range(4):                                                                <L 91>
        adj_lu_solve_0(var_2, var_3, var_46, adj_2, adj_3, adj_46, adj_48);
        // adj: col = lu_solve(LU, perm, e)                                                       <L 90>
        wp::adj_assign_inplace(var_46, var_45, var_47, adj_46, adj_45, adj_47);
        // adj: e[c] = 1.0                                                                        <L 89>
        // adj: e = wp.vec4()                                                                     <L 88>
        wp::adj_assign_inplace(var_8, var_43, var_33, var_44, adj_8, adj_43, adj_33, adj_44);
        wp::adj_extract(var_36, var_43, adj_36, adj_43, adj_44);
        wp::adj_assign_inplace(var_8, var_41, var_33, var_42, adj_8, adj_41, adj_33, adj_42);
        wp::adj_extract(var_36, var_41, adj_36, adj_41, adj_42);
        wp::adj_assign_inplace(var_8, var_39, var_33, var_40, adj_8, adj_39, adj_33, adj_40);
        wp::adj_extract(var_36, var_39, adj_36, adj_39, adj_40);
        wp::adj_assign_inplace(var_8, var_37, var_33, var_38, adj_8, adj_37, adj_33, adj_38);
        wp::adj_extract(var_36, var_37, adj_36, adj_37, adj_38);
        // adj: R[r, c] = col[r]                                                                  <L 92>
        // adj: for r in range(4):                                                                <L 91>
        adj_lu_solve_0(var_2, var_3, var_34, adj_2, adj_3, adj_34, adj_36);
        // adj: col = lu_solve(LU, perm, e)                                                       <L 90>
        wp::adj_assign_inplace(var_34, var_33, var_35, adj_34, adj_33, adj_35);
        // adj: e[c] = 1.0                                                                        <L 89>
        // adj: e = wp.vec4()                                                                     <L 88>
        wp::adj_assign_inplace(var_8, var_31, var_21, var_32, adj_8, adj_31, adj_21, adj_32);
        wp::adj_extract(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_assign_inplace(var_8, var_29, var_21, var_30, adj_8, adj_29, adj_21, adj_30);
        wp::adj_extract(var_24, var_29, adj_24, adj_29, adj_30);
        wp::adj_assign_inplace(var_8, var_27, var_21, var_28, adj_8, adj_27, adj_21, adj_28);
        wp::adj_extract(var_24, var_27, adj_24, adj_27, adj_28);
        wp::adj_assign_inplace(var_8, var_25, var_21, var_26, adj_8, adj_25, adj_21, adj_26);
        wp::adj_extract(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: R[r, c] = col[r]                                                                  <L 92>
        // adj: for r in range(4):                                                                <L 91>
        adj_lu_solve_0(var_2, var_3, var_22, adj_2, adj_3, adj_22, adj_24);
        // adj: col = lu_solve(LU, perm, e)                                                       <L 90>
        wp::adj_assign_inplace(var_22, var_21, var_23, adj_22, adj_21, adj_23);
        // adj: e[c] = 1.0                                                                        <L 89>
        // adj: e = wp.vec4()                                                                     <L 88>
        wp::adj_assign_inplace(var_8, var_19, var_9, var_20, adj_8, adj_19, adj_9, adj_20);
        wp::adj_extract(var_12, var_19, adj_12, adj_19, adj_20);
        wp::adj_assign_inplace(var_8, var_17, var_9, var_18, adj_8, adj_17, adj_9, adj_18);
        wp::adj_extract(var_12, var_17, adj_12, adj_17, adj_18);
        wp::adj_assign_inplace(var_8, var_15, var_9, var_16, adj_8, adj_15, adj_9, adj_16);
        wp::adj_extract(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_assign_inplace(var_8, var_13, var_9, var_14, adj_8, adj_13, adj_9, adj_14);
        wp::adj_extract(var_12, var_13, adj_12, adj_13, adj_14);
        // adj: R[r, c] = col[r]                                                                  <L 92>
        // adj: for r in range(4):                                                                <L 91>
        adj_lu_solve_0(var_2, var_3, var_10, adj_2, adj_3, adj_10, adj_12);
        // adj: col = lu_solve(LU, perm, e)                                                       <L 90>
        wp::adj_assign_inplace(var_10, var_9, var_11, adj_10, adj_9, adj_11);
        // adj: e[c] = 1.0                                                                        <L 89>
        // adj: e = wp.vec4()                                                                     <L 88>
        // adj: for c in range(4):                                                                <L 87>
        // adj: R = wp.mat44()                                                                    <L 86>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 85>
            wp::adj_array_store(var_inv, var_0, var_7, adj_inv, adj_0, adj_7);
            // adj: inv[i] = wp.mat44()                                                           <L 84>
        }
        // adj: if singular:                                                                      <L 83>
        adj_lu_decompose_0(var_6, var_2, var_3, var_4, var_5, adj_1, adj_2, adj_3, adj_4, adj_5);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: LU, perm, sign, singular = lu_decompose(A[i])                                     <L 82>
        // adj: i = wp.tid()                                                                      <L 81>
        // adj: def inverse_columns(A: wp.array(dtype=wp.mat44), inv: wp.array(dtype=wp.mat44)):  <L 80>
        continue;
    }
}

