
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


// corpus/088_polar_decomposition.py:4
static CUDA_CALLABLE wp::float32 frob_norm_0(
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
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    //---------
    // forward
    // def frob_norm(A: wp.mat33) -> float:                                                   <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for i in range(3):                                                                     <L 7>
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_4 = wp::extract(var_A, var_2, var_3);
    var_5 = wp::extract(var_A, var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::extract(var_A, var_2, var_3);
    var_8 = wp::extract(var_A, var_2, var_3);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::add(var_1, var_9);
    var_12 = wp::extract(var_A, var_2, var_11);
    var_13 = wp::extract(var_A, var_2, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::extract(var_A, var_2, var_11);
    var_16 = wp::extract(var_A, var_2, var_11);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::add(var_10, var_17);
    var_20 = wp::extract(var_A, var_2, var_19);
    var_21 = wp::extract(var_A, var_2, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::extract(var_A, var_2, var_19);
    var_24 = wp::extract(var_A, var_2, var_19);
    var_25 = wp::mul(var_23, var_24);
    var_26 = wp::add(var_18, var_25);
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_29 = wp::extract(var_A, var_27, var_28);
    var_30 = wp::extract(var_A, var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::extract(var_A, var_27, var_28);
    var_33 = wp::extract(var_A, var_27, var_28);
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::add(var_26, var_34);
    var_37 = wp::extract(var_A, var_27, var_36);
    var_38 = wp::extract(var_A, var_27, var_36);
    var_39 = wp::mul(var_37, var_38);
    var_40 = wp::extract(var_A, var_27, var_36);
    var_41 = wp::extract(var_A, var_27, var_36);
    var_42 = wp::mul(var_40, var_41);
    var_43 = wp::add(var_35, var_42);
    var_45 = wp::extract(var_A, var_27, var_44);
    var_46 = wp::extract(var_A, var_27, var_44);
    var_47 = wp::mul(var_45, var_46);
    var_48 = wp::extract(var_A, var_27, var_44);
    var_49 = wp::extract(var_A, var_27, var_44);
    var_50 = wp::mul(var_48, var_49);
    var_51 = wp::add(var_43, var_50);
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_54 = wp::extract(var_A, var_52, var_53);
    var_55 = wp::extract(var_A, var_52, var_53);
    var_56 = wp::mul(var_54, var_55);
    var_57 = wp::extract(var_A, var_52, var_53);
    var_58 = wp::extract(var_A, var_52, var_53);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_51, var_59);
    var_62 = wp::extract(var_A, var_52, var_61);
    var_63 = wp::extract(var_A, var_52, var_61);
    var_64 = wp::mul(var_62, var_63);
    var_65 = wp::extract(var_A, var_52, var_61);
    var_66 = wp::extract(var_A, var_52, var_61);
    var_67 = wp::mul(var_65, var_66);
    var_68 = wp::add(var_60, var_67);
    var_70 = wp::extract(var_A, var_52, var_69);
    var_71 = wp::extract(var_A, var_52, var_69);
    var_72 = wp::mul(var_70, var_71);
    var_73 = wp::extract(var_A, var_52, var_69);
    var_74 = wp::extract(var_A, var_52, var_69);
    var_75 = wp::mul(var_73, var_74);
    var_76 = wp::add(var_68, var_75);
    // return wp.sqrt(s)                                                                      <L 10>
    var_77 = wp::sqrt(var_76);
    return var_77;
}


// corpus/088_polar_decomposition.py:13
static CUDA_CALLABLE void polar_newton_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::int32 var_max_iter,
    wp::float32 var_tol,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::mat_t<3, 3, wp::float32> & ret_1,
    wp::int32 & ret_2)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-12;
    bool var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::float32 var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::int32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // forward
    // def polar_newton(F: wp.mat33, max_iter: int, tol: float):                              <L 14>
    // R = F                                                                                  <L 15>
    var_0 = wp::copy(var_F);
    // iters = int(0)                                                                         <L 16>
    var_2 = wp::int(var_1);
    // for k in range(max_iter):                                                              <L 17>
    var_3 = wp::range(var_max_iter);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // det = wp.determinant(R)                                                            <L 18>
        var_5 = wp::determinant(var_0);
        // if wp.abs(det) < 1.0e-12:                                                          <L 19>
        var_6 = wp::abs(var_5);
        var_8 = (var_6 < var_7);
        if (var_8) {
            // break                                                                          <L 20>
            goto end_for_0;
        }
        // R_next = (R + wp.transpose(wp.inverse(R))) * 0.5                                   <L 21>
        var_9 = wp::inverse(var_0);
        var_10 = wp::transpose(var_9);
        var_11 = wp::add(var_0, var_10);
        var_13 = wp::mul(var_11, var_12);
        // diff = frob_norm(R_next - R)                                                       <L 22>
        var_14 = wp::sub(var_13, var_0);
        var_15 = frob_norm_0(var_14);
        // R = R_next                                                                         <L 23>
        var_16 = wp::copy(var_13);
        // iters += 1                                                                         <L 24>
        var_19 = wp::add(var_2, var_18);
        // if diff < tol:                                                                     <L 25>
        var_20 = (var_15 < var_tol);
        if (var_20) {
            // break                                                                          <L 26>
            wp::assign(var_0, var_16);
            wp::assign(var_2, var_19);
            goto end_for_0;
        }
        var_21 = wp::where(var_20, var_0, var_16);
        var_22 = wp::where(var_20, var_2, var_19);
        wp::assign(var_0, var_21);
        wp::assign(var_2, var_22);
        goto start_for_0;
    end_for_0:;
    // S = wp.transpose(R) * F                                                                <L 27>
    var_23 = wp::transpose(var_0);
    var_24 = wp::mul(var_23, var_F);
    // return R, S, iters                                                                     <L 28>
    ret_0 = var_0;
    ret_1 = var_24;
    ret_2 = var_2;
    return;
}


// corpus/088_polar_decomposition.py:4
static CUDA_CALLABLE void adj_frob_norm_0(
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
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    //---------
    // forward
    // def frob_norm(A: wp.mat33) -> float:                                                   <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for i in range(3):                                                                     <L 7>
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_4 = wp::extract(var_A, var_2, var_3);
    var_5 = wp::extract(var_A, var_2, var_3);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::extract(var_A, var_2, var_3);
    var_8 = wp::extract(var_A, var_2, var_3);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::add(var_1, var_9);
    var_12 = wp::extract(var_A, var_2, var_11);
    var_13 = wp::extract(var_A, var_2, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::extract(var_A, var_2, var_11);
    var_16 = wp::extract(var_A, var_2, var_11);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::add(var_10, var_17);
    var_20 = wp::extract(var_A, var_2, var_19);
    var_21 = wp::extract(var_A, var_2, var_19);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::extract(var_A, var_2, var_19);
    var_24 = wp::extract(var_A, var_2, var_19);
    var_25 = wp::mul(var_23, var_24);
    var_26 = wp::add(var_18, var_25);
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_29 = wp::extract(var_A, var_27, var_28);
    var_30 = wp::extract(var_A, var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::extract(var_A, var_27, var_28);
    var_33 = wp::extract(var_A, var_27, var_28);
    var_34 = wp::mul(var_32, var_33);
    var_35 = wp::add(var_26, var_34);
    var_37 = wp::extract(var_A, var_27, var_36);
    var_38 = wp::extract(var_A, var_27, var_36);
    var_39 = wp::mul(var_37, var_38);
    var_40 = wp::extract(var_A, var_27, var_36);
    var_41 = wp::extract(var_A, var_27, var_36);
    var_42 = wp::mul(var_40, var_41);
    var_43 = wp::add(var_35, var_42);
    var_45 = wp::extract(var_A, var_27, var_44);
    var_46 = wp::extract(var_A, var_27, var_44);
    var_47 = wp::mul(var_45, var_46);
    var_48 = wp::extract(var_A, var_27, var_44);
    var_49 = wp::extract(var_A, var_27, var_44);
    var_50 = wp::mul(var_48, var_49);
    var_51 = wp::add(var_43, var_50);
    // for j in range(3):                                                                     <L 8>
    // s += A[i, j] * A[i, j]                                                                 <L 9>
    var_54 = wp::extract(var_A, var_52, var_53);
    var_55 = wp::extract(var_A, var_52, var_53);
    var_56 = wp::mul(var_54, var_55);
    var_57 = wp::extract(var_A, var_52, var_53);
    var_58 = wp::extract(var_A, var_52, var_53);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_51, var_59);
    var_62 = wp::extract(var_A, var_52, var_61);
    var_63 = wp::extract(var_A, var_52, var_61);
    var_64 = wp::mul(var_62, var_63);
    var_65 = wp::extract(var_A, var_52, var_61);
    var_66 = wp::extract(var_A, var_52, var_61);
    var_67 = wp::mul(var_65, var_66);
    var_68 = wp::add(var_60, var_67);
    var_70 = wp::extract(var_A, var_52, var_69);
    var_71 = wp::extract(var_A, var_52, var_69);
    var_72 = wp::mul(var_70, var_71);
    var_73 = wp::extract(var_A, var_52, var_69);
    var_74 = wp::extract(var_A, var_52, var_69);
    var_75 = wp::mul(var_73, var_74);
    var_76 = wp::add(var_68, var_75);
    // return wp.sqrt(s)                                                                      <L 10>
    var_77 = wp::sqrt(var_76);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_77 += adj_ret;
    wp::adj_sqrt(var_76, var_77, adj_76, adj_77);
    // adj: return wp.sqrt(s)                                                                 <L 10>
    wp::adj_add(var_68, var_75, adj_68, adj_75, adj_76);
    wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
    wp::adj_extract(var_A, var_52, var_69, adj_A, adj_52, adj_69, adj_74);
    wp::adj_extract(var_A, var_52, var_69, adj_A, adj_52, adj_69, adj_73);
    wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
    wp::adj_extract(var_A, var_52, var_69, adj_A, adj_52, adj_69, adj_71);
    wp::adj_extract(var_A, var_52, var_69, adj_A, adj_52, adj_69, adj_70);
    wp::adj_add(var_60, var_67, adj_60, adj_67, adj_68);
    wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
    wp::adj_extract(var_A, var_52, var_61, adj_A, adj_52, adj_61, adj_66);
    wp::adj_extract(var_A, var_52, var_61, adj_A, adj_52, adj_61, adj_65);
    wp::adj_mul(var_62, var_63, adj_62, adj_63, adj_64);
    wp::adj_extract(var_A, var_52, var_61, adj_A, adj_52, adj_61, adj_63);
    wp::adj_extract(var_A, var_52, var_61, adj_A, adj_52, adj_61, adj_62);
    wp::adj_add(var_51, var_59, adj_51, adj_59, adj_60);
    wp::adj_mul(var_57, var_58, adj_57, adj_58, adj_59);
    wp::adj_extract(var_A, var_52, var_53, adj_A, adj_52, adj_53, adj_58);
    wp::adj_extract(var_A, var_52, var_53, adj_A, adj_52, adj_53, adj_57);
    wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
    wp::adj_extract(var_A, var_52, var_53, adj_A, adj_52, adj_53, adj_55);
    wp::adj_extract(var_A, var_52, var_53, adj_A, adj_52, adj_53, adj_54);
    // adj: s += A[i, j] * A[i, j]                                                            <L 9>
    // adj: for j in range(3):                                                                <L 8>
    wp::adj_add(var_43, var_50, adj_43, adj_50, adj_51);
    wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
    wp::adj_extract(var_A, var_27, var_44, adj_A, adj_27, adj_44, adj_49);
    wp::adj_extract(var_A, var_27, var_44, adj_A, adj_27, adj_44, adj_48);
    wp::adj_mul(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_extract(var_A, var_27, var_44, adj_A, adj_27, adj_44, adj_46);
    wp::adj_extract(var_A, var_27, var_44, adj_A, adj_27, adj_44, adj_45);
    wp::adj_add(var_35, var_42, adj_35, adj_42, adj_43);
    wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_extract(var_A, var_27, var_36, adj_A, adj_27, adj_36, adj_41);
    wp::adj_extract(var_A, var_27, var_36, adj_A, adj_27, adj_36, adj_40);
    wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_extract(var_A, var_27, var_36, adj_A, adj_27, adj_36, adj_38);
    wp::adj_extract(var_A, var_27, var_36, adj_A, adj_27, adj_36, adj_37);
    wp::adj_add(var_26, var_34, adj_26, adj_34, adj_35);
    wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
    wp::adj_extract(var_A, var_27, var_28, adj_A, adj_27, adj_28, adj_33);
    wp::adj_extract(var_A, var_27, var_28, adj_A, adj_27, adj_28, adj_32);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_extract(var_A, var_27, var_28, adj_A, adj_27, adj_28, adj_30);
    wp::adj_extract(var_A, var_27, var_28, adj_A, adj_27, adj_28, adj_29);
    // adj: s += A[i, j] * A[i, j]                                                            <L 9>
    // adj: for j in range(3):                                                                <L 8>
    wp::adj_add(var_18, var_25, adj_18, adj_25, adj_26);
    wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_extract(var_A, var_2, var_19, adj_A, adj_2, adj_19, adj_24);
    wp::adj_extract(var_A, var_2, var_19, adj_A, adj_2, adj_19, adj_23);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_A, var_2, var_19, adj_A, adj_2, adj_19, adj_21);
    wp::adj_extract(var_A, var_2, var_19, adj_A, adj_2, adj_19, adj_20);
    wp::adj_add(var_10, var_17, adj_10, adj_17, adj_18);
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_extract(var_A, var_2, var_11, adj_A, adj_2, adj_11, adj_16);
    wp::adj_extract(var_A, var_2, var_11, adj_A, adj_2, adj_11, adj_15);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_extract(var_A, var_2, var_11, adj_A, adj_2, adj_11, adj_13);
    wp::adj_extract(var_A, var_2, var_11, adj_A, adj_2, adj_11, adj_12);
    wp::adj_add(var_1, var_9, adj_1, adj_9, adj_10);
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_8);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_7);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_5);
    wp::adj_extract(var_A, var_2, var_3, adj_A, adj_2, adj_3, adj_4);
    // adj: s += A[i, j] * A[i, j]                                                            <L 9>
    // adj: for j in range(3):                                                                <L 8>
    // adj: for i in range(3):                                                                <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 6>
    // adj: def frob_norm(A: wp.mat33) -> float:                                              <L 5>
    return;
}


// corpus/088_polar_decomposition.py:13
static CUDA_CALLABLE void adj_polar_newton_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::int32 var_max_iter,
    wp::float32 var_tol,
    wp::mat_t<3, 3, wp::float32> & ret_0,
    wp::mat_t<3, 3, wp::float32> & ret_1,
    wp::int32 & ret_2,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::int32 & adj_max_iter,
    wp::float32 & adj_tol,
    wp::mat_t<3, 3, wp::float32> & adj_ret_0,
    wp::mat_t<3, 3, wp::float32> & adj_ret_1,
    wp::int32 & adj_ret_2)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-12;
    bool var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::float32 var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::int32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def polar_newton(F: wp.mat33, max_iter: int, tol: float):                              <L 14>
    // R = F                                                                                  <L 15>
    var_0 = wp::copy(var_F);
    // iters = int(0)                                                                         <L 16>
    var_2 = wp::int(var_1);
    // for k in range(max_iter):                                                              <L 17>
    var_3 = wp::range(var_max_iter);
    // S = wp.transpose(R) * F                                                                <L 27>
    var_23 = wp::transpose(var_0);
    var_24 = wp::mul(var_23, var_F);
    // return R, S, iters                                                                     <L 28>
    ret_0 = var_0;
    ret_1 = var_24;
    ret_2 = var_2;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_2 += adj_ret_2;
    adj_24 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return R, S, iters                                                                <L 28>
    wp::adj_mul(var_23, var_F, adj_23, adj_F, adj_24);
    wp::adj_transpose(var_0, adj_0, adj_23);
    // adj: S = wp.transpose(R) * F                                                           <L 27>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
        // det = wp.determinant(R)                                                            <L 18>
        var_5 = wp::determinant(var_0);
        // if wp.abs(det) < 1.0e-12:                                                          <L 19>
        var_6 = wp::abs(var_5);
        var_8 = (var_6 < var_7);
        if (var_8) {
            // break                                                                          <L 20>
            goto end_for_0;
        }
        // R_next = (R + wp.transpose(wp.inverse(R))) * 0.5                                   <L 21>
        var_9 = wp::inverse(var_0);
        var_10 = wp::transpose(var_9);
        var_11 = wp::add(var_0, var_10);
        var_13 = wp::mul(var_11, var_12);
        // diff = frob_norm(R_next - R)                                                       <L 22>
        var_14 = wp::sub(var_13, var_0);
        var_15 = frob_norm_0(var_14);
        // R = R_next                                                                         <L 23>
        var_16 = wp::copy(var_13);
        // iters += 1                                                                         <L 24>
        var_19 = wp::add(var_2, var_18);
        // if diff < tol:                                                                     <L 25>
        var_20 = (var_15 < var_tol);
        if (var_20) {
            // break                                                                          <L 26>
            wp::assign(var_0, var_16);
            wp::assign(var_2, var_19);
            goto end_for_0;
        }
        var_21 = wp::where(var_20, var_0, var_16);
        var_22 = wp::where(var_20, var_2, var_19);
        wp::assign(var_0, var_21);
        wp::assign(var_2, var_22);
        wp::adj_assign(var_2, var_22, adj_2, adj_22);
        wp::adj_assign(var_0, var_21, adj_0, adj_21);
        wp::adj_where(var_20, var_2, var_19, adj_20, adj_2, adj_19, adj_22);
        wp::adj_where(var_20, var_0, var_16, adj_20, adj_0, adj_16, adj_21);
        if (var_20) {
            wp::adj_assign(var_2, var_19, adj_2, adj_19);
            wp::adj_assign(var_0, var_16, adj_0, adj_16);
            // adj: break                                                                     <L 26>
        }
        // adj: if diff < tol:                                                                <L 25>
        wp::adj_add(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: iters += 1                                                                    <L 24>
        wp::adj_copy(var_13, adj_13, adj_16);
        // adj: R = R_next                                                                    <L 23>
        adj_frob_norm_0(var_14, adj_14, adj_15);
        wp::adj_sub(var_13, var_0, adj_13, adj_0, adj_14);
        // adj: diff = frob_norm(R_next - R)                                                  <L 22>
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
        wp::adj_transpose(var_9, adj_9, adj_10);
        wp::adj_inverse(var_0, var_9, adj_0, adj_9);
        // adj: R_next = (R + wp.transpose(wp.inverse(R))) * 0.5                              <L 21>
        if (var_8) {
            // adj: break                                                                     <L 20>
        }
        wp::adj_abs(var_5, adj_5, adj_6);
        // adj: if wp.abs(det) < 1.0e-12:                                                     <L 19>
        wp::adj_determinant(var_0, adj_0, adj_5);
        // adj: det = wp.determinant(R)                                                       <L 18>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_max_iter, adj_max_iter, adj_3);
    // adj: for k in range(max_iter):                                                         <L 17>
    wp::adj_int(var_1, adj_1, adj_2);
    // adj: iters = int(0)                                                                    <L 16>
    wp::adj_copy(var_F, adj_F, adj_0);
    // adj: R = F                                                                             <L 15>
    // adj: def polar_newton(F: wp.mat33, max_iter: int, tol: float):                         <L 14>
    return;
}



extern "C" __global__ void decompose_385c85c0_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_S_out,
    wp::array_t<wp::int32> var_iterations,
    wp::int32 var_max_iter,
    wp::float32 var_tol,
    wp::array_t<wp::int32> var_reflections)
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
        wp::int32 var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = -1.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        //---------
        // forward
        // def decompose(F: wp.array(dtype=wp.mat33), R_out: wp.array(dtype=wp.mat33), S_out: wp.array(dtype=wp.mat33), iterations: wp.array(dtype=int), max_iter: int, tol: float, reflections: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // R, S, n = polar_newton(F[i], max_iter, tol)                                            <L 34>
        var_1 = wp::address(var_F, var_0);
        var_5 = wp::load(var_1);
        polar_newton_0(var_5, var_max_iter, var_tol, var_2, var_3, var_4);
        // if wp.determinant(R) < 0.0:                                                            <L 35>
        var_6 = wp::determinant(var_2);
        var_8 = (var_6 < var_7);
        if (var_8) {
            // wp.atomic_add(reflections, 0, 1)                                                   <L 36>
            var_11 = wp::atomic_add(var_reflections, var_9, var_10);
            // flip = wp.diag(wp.vec3(1.0, 1.0, -1.0))                                            <L 37>
            var_16 = wp::vec_t<3, wp::float32>(var_12, var_13, var_15);
            var_17 = wp::diag(var_16);
            // R = R * flip                                                                       <L 38>
            var_18 = wp::mul(var_2, var_17);
            // S = flip * S                                                                       <L 39>
            var_19 = wp::mul(var_17, var_3);
        }
        var_20 = wp::where(var_8, var_18, var_2);
        var_21 = wp::where(var_8, var_19, var_3);
        // R_out[i] = R                                                                           <L 40>
        wp::array_store(var_R_out, var_0, var_20);
        // S_out[i] = S                                                                           <L 41>
        wp::array_store(var_S_out, var_0, var_21);
        // iterations[i] = n                                                                      <L 42>
        wp::array_store(var_iterations, var_0, var_4);
    }
}



extern "C" __global__ void decompose_385c85c0_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_S_out,
    wp::array_t<wp::int32> var_iterations,
    wp::int32 var_max_iter,
    wp::float32 var_tol,
    wp::array_t<wp::int32> var_reflections,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_S_out,
    wp::array_t<wp::int32> adj_iterations,
    wp::int32 adj_max_iter,
    wp::float32 adj_tol,
    wp::array_t<wp::int32> adj_reflections)
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
        wp::int32 var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = -1.0;
        wp::vec_t<3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::mat_t<3, 3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::mat_t<3, 3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def decompose(F: wp.array(dtype=wp.mat33), R_out: wp.array(dtype=wp.mat33), S_out: wp.array(dtype=wp.mat33), iterations: wp.array(dtype=int), max_iter: int, tol: float, reflections: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // R, S, n = polar_newton(F[i], max_iter, tol)                                            <L 34>
        var_1 = wp::address(var_F, var_0);
        var_5 = wp::load(var_1);
        polar_newton_0(var_5, var_max_iter, var_tol, var_2, var_3, var_4);
        // if wp.determinant(R) < 0.0:                                                            <L 35>
        var_6 = wp::determinant(var_2);
        var_8 = (var_6 < var_7);
        if (var_8) {
            // wp.atomic_add(reflections, 0, 1)                                                   <L 36>
            // var_11 = wp::atomic_add(var_reflections, var_9, var_10);
            // flip = wp.diag(wp.vec3(1.0, 1.0, -1.0))                                            <L 37>
            var_16 = wp::vec_t<3, wp::float32>(var_12, var_13, var_15);
            var_17 = wp::diag(var_16);
            // R = R * flip                                                                       <L 38>
            var_18 = wp::mul(var_2, var_17);
            // S = flip * S                                                                       <L 39>
            var_19 = wp::mul(var_17, var_3);
        }
        var_20 = wp::where(var_8, var_18, var_2);
        var_21 = wp::where(var_8, var_19, var_3);
        // R_out[i] = R                                                                           <L 40>
        // wp::array_store(var_R_out, var_0, var_20);
        // S_out[i] = S                                                                           <L 41>
        // wp::array_store(var_S_out, var_0, var_21);
        // iterations[i] = n                                                                      <L 42>
        // wp::array_store(var_iterations, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_iterations, var_0, var_4, adj_iterations, adj_0, adj_4);
        // adj: iterations[i] = n                                                                 <L 42>
        wp::adj_array_store(var_S_out, var_0, var_21, adj_S_out, adj_0, adj_21);
        // adj: S_out[i] = S                                                                      <L 41>
        wp::adj_array_store(var_R_out, var_0, var_20, adj_R_out, adj_0, adj_20);
        // adj: R_out[i] = R                                                                      <L 40>
        wp::adj_where(var_8, var_19, var_3, adj_8, adj_19, adj_3, adj_21);
        wp::adj_where(var_8, var_18, var_2, adj_8, adj_18, adj_2, adj_20);
        if (var_8) {
            wp::adj_mul(var_17, var_3, adj_17, adj_3, adj_19);
            // adj: S = flip * S                                                                  <L 39>
            wp::adj_mul(var_2, var_17, adj_2, adj_17, adj_18);
            // adj: R = R * flip                                                                  <L 38>
            wp::adj_diag(var_16, adj_16, adj_17);
            wp::adj_vec_t(var_12, var_13, var_15, adj_12, adj_13, adj_15, adj_16);
            // adj: flip = wp.diag(wp.vec3(1.0, 1.0, -1.0))                                       <L 37>
            wp::adj_atomic_add(var_reflections, var_9, var_10, adj_reflections, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(reflections, 0, 1)                                              <L 36>
        }
        wp::adj_determinant(var_2, adj_2, adj_6);
        // adj: if wp.determinant(R) < 0.0:                                                       <L 35>
        adj_polar_newton_0(var_5, var_max_iter, var_tol, var_2, var_3, var_4, adj_1, adj_max_iter, adj_tol, adj_2, adj_3, adj_4);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: R, S, n = polar_newton(F[i], max_iter, tol)                                       <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def decompose(F: wp.array(dtype=wp.mat33), R_out: wp.array(dtype=wp.mat33), S_out: wp.array(dtype=wp.mat33), iterations: wp.array(dtype=int), max_iter: int, tol: float, reflections: wp.array(dtype=int)):  <L 32>
        continue;
    }
}



extern "C" __global__ void corotated_stress_6067781b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_P,
    wp::array_t<wp::float32> var_psi)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::float32 var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        const wp::int32 var_55 = 2;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 1;
        wp::float32 var_63;
        const wp::int32 var_64 = 2;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        const wp::int32 var_73 = 2;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 0;
        const wp::int32 var_77 = 2;
        wp::float32 var_78;
        const wp::int32 var_79 = 2;
        const wp::int32 var_80 = 0;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::float32 var_86;
        const wp::int32 var_87 = 2;
        const wp::int32 var_88 = 0;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 0;
        wp::float32 var_93;
        const wp::int32 var_94 = 2;
        const wp::int32 var_95 = 1;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        const wp::int32 var_99 = 0;
        const wp::int32 var_100 = 1;
        wp::float32 var_101;
        const wp::int32 var_102 = 1;
        const wp::int32 var_103 = 2;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 2;
        wp::float32 var_108;
        const wp::int32 var_109 = 1;
        const wp::int32 var_110 = 1;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 2;
        wp::float32 var_116;
        const wp::int32 var_117 = 1;
        const wp::int32 var_118 = 0;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::int32 var_121 = 0;
        const wp::int32 var_122 = 0;
        wp::float32 var_123;
        const wp::int32 var_124 = 1;
        const wp::int32 var_125 = 2;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 0;
        wp::float32 var_131;
        const wp::int32 var_132 = 1;
        const wp::int32 var_133 = 1;
        wp::float32 var_134;
        wp::float32 var_135;
        const wp::int32 var_136 = 0;
        const wp::int32 var_137 = 1;
        wp::float32 var_138;
        const wp::int32 var_139 = 1;
        const wp::int32 var_140 = 0;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::mat_t<3, 3, wp::float32> var_144;
        const wp::float32 var_145 = 2.0;
        wp::float32 var_146;
        wp::mat_t<3, 3, wp::float32> var_147;
        const wp::float32 var_148 = 1.0;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::mat_t<3, 3, wp::float32> var_151;
        wp::mat_t<3, 3, wp::float32> var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::float32 var_156 = 0.5;
        wp::float32 var_157;
        const wp::float32 var_158 = 1.0;
        wp::float32 var_159;
        wp::float32 var_160;
        const wp::float32 var_161 = 1.0;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        //---------
        // forward
        // def corotated_stress(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), mu: float, lam: float, P: wp.array(dtype=wp.mat33), psi: wp.array(dtype=float)):       <L 46>
        // i = wp.tid()                                                                           <L 47>
        var_0 = builtin_tid1d();
        // f = F[i]                                                                               <L 48>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = R[i]                                                                               <L 49>
        var_4 = wp::address(var_R, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // J = wp.determinant(f)                                                                  <L 50>
        var_7 = wp::determinant(var_2);
        // d = f - r                                                                              <L 51>
        var_8 = wp::sub(var_2, var_5);
        // cof = wp.mat33(                                                                        <L 52>
        // f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],       <L 53>
        var_11 = wp::extract(var_2, var_9, var_10);
        var_14 = wp::extract(var_2, var_12, var_13);
        var_15 = wp::mul(var_11, var_14);
        var_18 = wp::extract(var_2, var_16, var_17);
        var_21 = wp::extract(var_2, var_19, var_20);
        var_22 = wp::mul(var_18, var_21);
        var_23 = wp::sub(var_15, var_22);
        var_26 = wp::extract(var_2, var_24, var_25);
        var_29 = wp::extract(var_2, var_27, var_28);
        var_30 = wp::mul(var_26, var_29);
        var_33 = wp::extract(var_2, var_31, var_32);
        var_36 = wp::extract(var_2, var_34, var_35);
        var_37 = wp::mul(var_33, var_36);
        var_38 = wp::sub(var_30, var_37);
        var_41 = wp::extract(var_2, var_39, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_45 = wp::mul(var_41, var_44);
        var_48 = wp::extract(var_2, var_46, var_47);
        var_51 = wp::extract(var_2, var_49, var_50);
        var_52 = wp::mul(var_48, var_51);
        var_53 = wp::sub(var_45, var_52);
        // f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],       <L 54>
        var_56 = wp::extract(var_2, var_54, var_55);
        var_59 = wp::extract(var_2, var_57, var_58);
        var_60 = wp::mul(var_56, var_59);
        var_63 = wp::extract(var_2, var_61, var_62);
        var_66 = wp::extract(var_2, var_64, var_65);
        var_67 = wp::mul(var_63, var_66);
        var_68 = wp::sub(var_60, var_67);
        var_71 = wp::extract(var_2, var_69, var_70);
        var_74 = wp::extract(var_2, var_72, var_73);
        var_75 = wp::mul(var_71, var_74);
        var_78 = wp::extract(var_2, var_76, var_77);
        var_81 = wp::extract(var_2, var_79, var_80);
        var_82 = wp::mul(var_78, var_81);
        var_83 = wp::sub(var_75, var_82);
        var_86 = wp::extract(var_2, var_84, var_85);
        var_89 = wp::extract(var_2, var_87, var_88);
        var_90 = wp::mul(var_86, var_89);
        var_93 = wp::extract(var_2, var_91, var_92);
        var_96 = wp::extract(var_2, var_94, var_95);
        var_97 = wp::mul(var_93, var_96);
        var_98 = wp::sub(var_90, var_97);
        // f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],       <L 55>
        var_101 = wp::extract(var_2, var_99, var_100);
        var_104 = wp::extract(var_2, var_102, var_103);
        var_105 = wp::mul(var_101, var_104);
        var_108 = wp::extract(var_2, var_106, var_107);
        var_111 = wp::extract(var_2, var_109, var_110);
        var_112 = wp::mul(var_108, var_111);
        var_113 = wp::sub(var_105, var_112);
        var_116 = wp::extract(var_2, var_114, var_115);
        var_119 = wp::extract(var_2, var_117, var_118);
        var_120 = wp::mul(var_116, var_119);
        var_123 = wp::extract(var_2, var_121, var_122);
        var_126 = wp::extract(var_2, var_124, var_125);
        var_127 = wp::mul(var_123, var_126);
        var_128 = wp::sub(var_120, var_127);
        var_131 = wp::extract(var_2, var_129, var_130);
        var_134 = wp::extract(var_2, var_132, var_133);
        var_135 = wp::mul(var_131, var_134);
        var_138 = wp::extract(var_2, var_136, var_137);
        var_141 = wp::extract(var_2, var_139, var_140);
        var_142 = wp::mul(var_138, var_141);
        var_143 = wp::sub(var_135, var_142);
        var_144 = wp::mat_t<3, 3, wp::float32>(var_23, var_38, var_53, var_68, var_83, var_98, var_113, var_128, var_143);
        // P[i] = d * (2.0 * mu) + cof * (lam * (J - 1.0))                                        <L 57>
        var_146 = wp::mul(var_145, var_mu);
        var_147 = wp::mul(var_8, var_146);
        var_149 = wp::sub(var_7, var_148);
        var_150 = wp::mul(var_lam, var_149);
        var_151 = wp::mul(var_144, var_150);
        var_152 = wp::add(var_147, var_151);
        wp::array_store(var_P, var_0, var_152);
        // n = frob_norm(d)                                                                       <L 58>
        var_153 = frob_norm_0(var_8);
        // psi[i] = mu * n * n + 0.5 * lam * (J - 1.0) * (J - 1.0)                                <L 59>
        var_154 = wp::mul(var_mu, var_153);
        var_155 = wp::mul(var_154, var_153);
        var_157 = wp::mul(var_156, var_lam);
        var_159 = wp::sub(var_7, var_158);
        var_160 = wp::mul(var_157, var_159);
        var_162 = wp::sub(var_7, var_161);
        var_163 = wp::mul(var_160, var_162);
        var_164 = wp::add(var_155, var_163);
        wp::array_store(var_psi, var_0, var_164);
    }
}



extern "C" __global__ void corotated_stress_6067781b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_P,
    wp::array_t<wp::float32> var_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R,
    wp::float32 adj_mu,
    wp::float32 adj_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_P,
    wp::array_t<wp::float32> adj_psi)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::float32 var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        const wp::int32 var_55 = 2;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 1;
        wp::float32 var_63;
        const wp::int32 var_64 = 2;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        const wp::int32 var_73 = 2;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 0;
        const wp::int32 var_77 = 2;
        wp::float32 var_78;
        const wp::int32 var_79 = 2;
        const wp::int32 var_80 = 0;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::float32 var_86;
        const wp::int32 var_87 = 2;
        const wp::int32 var_88 = 0;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 0;
        wp::float32 var_93;
        const wp::int32 var_94 = 2;
        const wp::int32 var_95 = 1;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        const wp::int32 var_99 = 0;
        const wp::int32 var_100 = 1;
        wp::float32 var_101;
        const wp::int32 var_102 = 1;
        const wp::int32 var_103 = 2;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 2;
        wp::float32 var_108;
        const wp::int32 var_109 = 1;
        const wp::int32 var_110 = 1;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 2;
        wp::float32 var_116;
        const wp::int32 var_117 = 1;
        const wp::int32 var_118 = 0;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::int32 var_121 = 0;
        const wp::int32 var_122 = 0;
        wp::float32 var_123;
        const wp::int32 var_124 = 1;
        const wp::int32 var_125 = 2;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 0;
        wp::float32 var_131;
        const wp::int32 var_132 = 1;
        const wp::int32 var_133 = 1;
        wp::float32 var_134;
        wp::float32 var_135;
        const wp::int32 var_136 = 0;
        const wp::int32 var_137 = 1;
        wp::float32 var_138;
        const wp::int32 var_139 = 1;
        const wp::int32 var_140 = 0;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::mat_t<3, 3, wp::float32> var_144;
        const wp::float32 var_145 = 2.0;
        wp::float32 var_146;
        wp::mat_t<3, 3, wp::float32> var_147;
        const wp::float32 var_148 = 1.0;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::mat_t<3, 3, wp::float32> var_151;
        wp::mat_t<3, 3, wp::float32> var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::float32 var_156 = 0.5;
        wp::float32 var_157;
        const wp::float32 var_158 = 1.0;
        wp::float32 var_159;
        wp::float32 var_160;
        const wp::float32 var_161 = 1.0;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
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
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
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
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::mat_t<3, 3, wp::float32> adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::mat_t<3, 3, wp::float32> adj_147 = {};
        wp::float32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::mat_t<3, 3, wp::float32> adj_151 = {};
        wp::mat_t<3, 3, wp::float32> adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        //---------
        // forward
        // def corotated_stress(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), mu: float, lam: float, P: wp.array(dtype=wp.mat33), psi: wp.array(dtype=float)):       <L 46>
        // i = wp.tid()                                                                           <L 47>
        var_0 = builtin_tid1d();
        // f = F[i]                                                                               <L 48>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = R[i]                                                                               <L 49>
        var_4 = wp::address(var_R, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // J = wp.determinant(f)                                                                  <L 50>
        var_7 = wp::determinant(var_2);
        // d = f - r                                                                              <L 51>
        var_8 = wp::sub(var_2, var_5);
        // cof = wp.mat33(                                                                        <L 52>
        // f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],       <L 53>
        var_11 = wp::extract(var_2, var_9, var_10);
        var_14 = wp::extract(var_2, var_12, var_13);
        var_15 = wp::mul(var_11, var_14);
        var_18 = wp::extract(var_2, var_16, var_17);
        var_21 = wp::extract(var_2, var_19, var_20);
        var_22 = wp::mul(var_18, var_21);
        var_23 = wp::sub(var_15, var_22);
        var_26 = wp::extract(var_2, var_24, var_25);
        var_29 = wp::extract(var_2, var_27, var_28);
        var_30 = wp::mul(var_26, var_29);
        var_33 = wp::extract(var_2, var_31, var_32);
        var_36 = wp::extract(var_2, var_34, var_35);
        var_37 = wp::mul(var_33, var_36);
        var_38 = wp::sub(var_30, var_37);
        var_41 = wp::extract(var_2, var_39, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_45 = wp::mul(var_41, var_44);
        var_48 = wp::extract(var_2, var_46, var_47);
        var_51 = wp::extract(var_2, var_49, var_50);
        var_52 = wp::mul(var_48, var_51);
        var_53 = wp::sub(var_45, var_52);
        // f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],       <L 54>
        var_56 = wp::extract(var_2, var_54, var_55);
        var_59 = wp::extract(var_2, var_57, var_58);
        var_60 = wp::mul(var_56, var_59);
        var_63 = wp::extract(var_2, var_61, var_62);
        var_66 = wp::extract(var_2, var_64, var_65);
        var_67 = wp::mul(var_63, var_66);
        var_68 = wp::sub(var_60, var_67);
        var_71 = wp::extract(var_2, var_69, var_70);
        var_74 = wp::extract(var_2, var_72, var_73);
        var_75 = wp::mul(var_71, var_74);
        var_78 = wp::extract(var_2, var_76, var_77);
        var_81 = wp::extract(var_2, var_79, var_80);
        var_82 = wp::mul(var_78, var_81);
        var_83 = wp::sub(var_75, var_82);
        var_86 = wp::extract(var_2, var_84, var_85);
        var_89 = wp::extract(var_2, var_87, var_88);
        var_90 = wp::mul(var_86, var_89);
        var_93 = wp::extract(var_2, var_91, var_92);
        var_96 = wp::extract(var_2, var_94, var_95);
        var_97 = wp::mul(var_93, var_96);
        var_98 = wp::sub(var_90, var_97);
        // f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],       <L 55>
        var_101 = wp::extract(var_2, var_99, var_100);
        var_104 = wp::extract(var_2, var_102, var_103);
        var_105 = wp::mul(var_101, var_104);
        var_108 = wp::extract(var_2, var_106, var_107);
        var_111 = wp::extract(var_2, var_109, var_110);
        var_112 = wp::mul(var_108, var_111);
        var_113 = wp::sub(var_105, var_112);
        var_116 = wp::extract(var_2, var_114, var_115);
        var_119 = wp::extract(var_2, var_117, var_118);
        var_120 = wp::mul(var_116, var_119);
        var_123 = wp::extract(var_2, var_121, var_122);
        var_126 = wp::extract(var_2, var_124, var_125);
        var_127 = wp::mul(var_123, var_126);
        var_128 = wp::sub(var_120, var_127);
        var_131 = wp::extract(var_2, var_129, var_130);
        var_134 = wp::extract(var_2, var_132, var_133);
        var_135 = wp::mul(var_131, var_134);
        var_138 = wp::extract(var_2, var_136, var_137);
        var_141 = wp::extract(var_2, var_139, var_140);
        var_142 = wp::mul(var_138, var_141);
        var_143 = wp::sub(var_135, var_142);
        var_144 = wp::mat_t<3, 3, wp::float32>(var_23, var_38, var_53, var_68, var_83, var_98, var_113, var_128, var_143);
        // P[i] = d * (2.0 * mu) + cof * (lam * (J - 1.0))                                        <L 57>
        var_146 = wp::mul(var_145, var_mu);
        var_147 = wp::mul(var_8, var_146);
        var_149 = wp::sub(var_7, var_148);
        var_150 = wp::mul(var_lam, var_149);
        var_151 = wp::mul(var_144, var_150);
        var_152 = wp::add(var_147, var_151);
        // wp::array_store(var_P, var_0, var_152);
        // n = frob_norm(d)                                                                       <L 58>
        var_153 = frob_norm_0(var_8);
        // psi[i] = mu * n * n + 0.5 * lam * (J - 1.0) * (J - 1.0)                                <L 59>
        var_154 = wp::mul(var_mu, var_153);
        var_155 = wp::mul(var_154, var_153);
        var_157 = wp::mul(var_156, var_lam);
        var_159 = wp::sub(var_7, var_158);
        var_160 = wp::mul(var_157, var_159);
        var_162 = wp::sub(var_7, var_161);
        var_163 = wp::mul(var_160, var_162);
        var_164 = wp::add(var_155, var_163);
        // wp::array_store(var_psi, var_0, var_164);
        //---------
        // reverse
        wp::adj_array_store(var_psi, var_0, var_164, adj_psi, adj_0, adj_164);
        wp::adj_add(var_155, var_163, adj_155, adj_163, adj_164);
        wp::adj_mul(var_160, var_162, adj_160, adj_162, adj_163);
        wp::adj_sub(var_7, var_161, adj_7, adj_161, adj_162);
        wp::adj_mul(var_157, var_159, adj_157, adj_159, adj_160);
        wp::adj_sub(var_7, var_158, adj_7, adj_158, adj_159);
        wp::adj_mul(var_156, var_lam, adj_156, adj_lam, adj_157);
        wp::adj_mul(var_154, var_153, adj_154, adj_153, adj_155);
        wp::adj_mul(var_mu, var_153, adj_mu, adj_153, adj_154);
        // adj: psi[i] = mu * n * n + 0.5 * lam * (J - 1.0) * (J - 1.0)                           <L 59>
        adj_frob_norm_0(var_8, adj_8, adj_153);
        // adj: n = frob_norm(d)                                                                  <L 58>
        wp::adj_array_store(var_P, var_0, var_152, adj_P, adj_0, adj_152);
        wp::adj_add(var_147, var_151, adj_147, adj_151, adj_152);
        wp::adj_mul(var_144, var_150, adj_144, adj_150, adj_151);
        wp::adj_mul(var_lam, var_149, adj_lam, adj_149, adj_150);
        wp::adj_sub(var_7, var_148, adj_7, adj_148, adj_149);
        wp::adj_mul(var_8, var_146, adj_8, adj_146, adj_147);
        wp::adj_mul(var_145, var_mu, adj_145, adj_mu, adj_146);
        // adj: P[i] = d * (2.0 * mu) + cof * (lam * (J - 1.0))                                   <L 57>
        wp::adj_mat_t(var_23, var_38, var_53, var_68, var_83, var_98, var_113, var_128, var_143, adj_23, adj_38, adj_53, adj_68, adj_83, adj_98, adj_113, adj_128, adj_143, adj_144);
        wp::adj_sub(var_135, var_142, adj_135, adj_142, adj_143);
        wp::adj_mul(var_138, var_141, adj_138, adj_141, adj_142);
        wp::adj_extract(var_2, var_139, var_140, adj_2, adj_139, adj_140, adj_141);
        wp::adj_extract(var_2, var_136, var_137, adj_2, adj_136, adj_137, adj_138);
        wp::adj_mul(var_131, var_134, adj_131, adj_134, adj_135);
        wp::adj_extract(var_2, var_132, var_133, adj_2, adj_132, adj_133, adj_134);
        wp::adj_extract(var_2, var_129, var_130, adj_2, adj_129, adj_130, adj_131);
        wp::adj_sub(var_120, var_127, adj_120, adj_127, adj_128);
        wp::adj_mul(var_123, var_126, adj_123, adj_126, adj_127);
        wp::adj_extract(var_2, var_124, var_125, adj_2, adj_124, adj_125, adj_126);
        wp::adj_extract(var_2, var_121, var_122, adj_2, adj_121, adj_122, adj_123);
        wp::adj_mul(var_116, var_119, adj_116, adj_119, adj_120);
        wp::adj_extract(var_2, var_117, var_118, adj_2, adj_117, adj_118, adj_119);
        wp::adj_extract(var_2, var_114, var_115, adj_2, adj_114, adj_115, adj_116);
        wp::adj_sub(var_105, var_112, adj_105, adj_112, adj_113);
        wp::adj_mul(var_108, var_111, adj_108, adj_111, adj_112);
        wp::adj_extract(var_2, var_109, var_110, adj_2, adj_109, adj_110, adj_111);
        wp::adj_extract(var_2, var_106, var_107, adj_2, adj_106, adj_107, adj_108);
        wp::adj_mul(var_101, var_104, adj_101, adj_104, adj_105);
        wp::adj_extract(var_2, var_102, var_103, adj_2, adj_102, adj_103, adj_104);
        wp::adj_extract(var_2, var_99, var_100, adj_2, adj_99, adj_100, adj_101);
        // adj: f[0, 1] * f[1, 2] - f[0, 2] * f[1, 1], f[0, 2] * f[1, 0] - f[0, 0] * f[1, 2], f[0, 0] * f[1, 1] - f[0, 1] * f[1, 0],  <L 55>
        wp::adj_sub(var_90, var_97, adj_90, adj_97, adj_98);
        wp::adj_mul(var_93, var_96, adj_93, adj_96, adj_97);
        wp::adj_extract(var_2, var_94, var_95, adj_2, adj_94, adj_95, adj_96);
        wp::adj_extract(var_2, var_91, var_92, adj_2, adj_91, adj_92, adj_93);
        wp::adj_mul(var_86, var_89, adj_86, adj_89, adj_90);
        wp::adj_extract(var_2, var_87, var_88, adj_2, adj_87, adj_88, adj_89);
        wp::adj_extract(var_2, var_84, var_85, adj_2, adj_84, adj_85, adj_86);
        wp::adj_sub(var_75, var_82, adj_75, adj_82, adj_83);
        wp::adj_mul(var_78, var_81, adj_78, adj_81, adj_82);
        wp::adj_extract(var_2, var_79, var_80, adj_2, adj_79, adj_80, adj_81);
        wp::adj_extract(var_2, var_76, var_77, adj_2, adj_76, adj_77, adj_78);
        wp::adj_mul(var_71, var_74, adj_71, adj_74, adj_75);
        wp::adj_extract(var_2, var_72, var_73, adj_2, adj_72, adj_73, adj_74);
        wp::adj_extract(var_2, var_69, var_70, adj_2, adj_69, adj_70, adj_71);
        wp::adj_sub(var_60, var_67, adj_60, adj_67, adj_68);
        wp::adj_mul(var_63, var_66, adj_63, adj_66, adj_67);
        wp::adj_extract(var_2, var_64, var_65, adj_2, adj_64, adj_65, adj_66);
        wp::adj_extract(var_2, var_61, var_62, adj_2, adj_61, adj_62, adj_63);
        wp::adj_mul(var_56, var_59, adj_56, adj_59, adj_60);
        wp::adj_extract(var_2, var_57, var_58, adj_2, adj_57, adj_58, adj_59);
        wp::adj_extract(var_2, var_54, var_55, adj_2, adj_54, adj_55, adj_56);
        // adj: f[0, 2] * f[2, 1] - f[0, 1] * f[2, 2], f[0, 0] * f[2, 2] - f[0, 2] * f[2, 0], f[0, 1] * f[2, 0] - f[0, 0] * f[2, 1],  <L 54>
        wp::adj_sub(var_45, var_52, adj_45, adj_52, adj_53);
        wp::adj_mul(var_48, var_51, adj_48, adj_51, adj_52);
        wp::adj_extract(var_2, var_49, var_50, adj_2, adj_49, adj_50, adj_51);
        wp::adj_extract(var_2, var_46, var_47, adj_2, adj_46, adj_47, adj_48);
        wp::adj_mul(var_41, var_44, adj_41, adj_44, adj_45);
        wp::adj_extract(var_2, var_42, var_43, adj_2, adj_42, adj_43, adj_44);
        wp::adj_extract(var_2, var_39, var_40, adj_2, adj_39, adj_40, adj_41);
        wp::adj_sub(var_30, var_37, adj_30, adj_37, adj_38);
        wp::adj_mul(var_33, var_36, adj_33, adj_36, adj_37);
        wp::adj_extract(var_2, var_34, var_35, adj_2, adj_34, adj_35, adj_36);
        wp::adj_extract(var_2, var_31, var_32, adj_2, adj_31, adj_32, adj_33);
        wp::adj_mul(var_26, var_29, adj_26, adj_29, adj_30);
        wp::adj_extract(var_2, var_27, var_28, adj_2, adj_27, adj_28, adj_29);
        wp::adj_extract(var_2, var_24, var_25, adj_2, adj_24, adj_25, adj_26);
        wp::adj_sub(var_15, var_22, adj_15, adj_22, adj_23);
        wp::adj_mul(var_18, var_21, adj_18, adj_21, adj_22);
        wp::adj_extract(var_2, var_19, var_20, adj_2, adj_19, adj_20, adj_21);
        wp::adj_extract(var_2, var_16, var_17, adj_2, adj_16, adj_17, adj_18);
        wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_15);
        wp::adj_extract(var_2, var_12, var_13, adj_2, adj_12, adj_13, adj_14);
        wp::adj_extract(var_2, var_9, var_10, adj_2, adj_9, adj_10, adj_11);
        // adj: f[1, 1] * f[2, 2] - f[1, 2] * f[2, 1], f[1, 2] * f[2, 0] - f[1, 0] * f[2, 2], f[1, 0] * f[2, 1] - f[1, 1] * f[2, 0],  <L 53>
        // adj: cof = wp.mat33(                                                                   <L 52>
        wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_8);
        // adj: d = f - r                                                                         <L 51>
        wp::adj_determinant(var_2, adj_2, adj_7);
        // adj: J = wp.determinant(f)                                                             <L 50>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_R, var_0, adj_R, adj_0, adj_4);
        // adj: r = R[i]                                                                          <L 49>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: f = F[i]                                                                          <L 48>
        // adj: i = wp.tid()                                                                      <L 47>
        // adj: def corotated_stress(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), mu: float, lam: float, P: wp.array(dtype=wp.mat33), psi: wp.array(dtype=float)):  <L 46>
        continue;
    }
}



extern "C" __global__ void orthogonality_error_c7e54fb9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::int32 var_7 = 3;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def orthogonality_error(R: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):       <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // E = wp.transpose(R[i]) * R[i] - wp.identity(n=3, dtype=float)                          <L 65>
        var_1 = wp::address(var_R, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transpose(var_3);
        var_4 = wp::address(var_R, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        var_8 = wp::identity<3, wp::float32>();
        var_9 = wp::sub(var_5, var_8);
        // wp.atomic_max(err, 0, frob_norm(E))                                                    <L 66>
        var_11 = frob_norm_0(var_9);
        var_12 = wp::atomic_max(var_err, var_10, var_11);
    }
}



extern "C" __global__ void orthogonality_error_c7e54fb9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R,
    wp::array_t<wp::float32> var_err,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::int32 var_7 = 3;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def orthogonality_error(R: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):       <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // E = wp.transpose(R[i]) * R[i] - wp.identity(n=3, dtype=float)                          <L 65>
        var_1 = wp::address(var_R, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transpose(var_3);
        var_4 = wp::address(var_R, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        var_8 = wp::identity<3, wp::float32>();
        var_9 = wp::sub(var_5, var_8);
        // wp.atomic_max(err, 0, frob_norm(E))                                                    <L 66>
        var_11 = frob_norm_0(var_9);
        // var_12 = wp::atomic_max(var_err, var_10, var_11);
        //---------
        // reverse
        wp::adj_atomic_max(var_err, var_10, var_11, adj_err, adj_10, adj_11, adj_12);
        adj_frob_norm_0(var_9, adj_9, adj_11);
        // adj: wp.atomic_max(err, 0, frob_norm(E))                                               <L 66>
        wp::adj_sub(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_R, var_0, adj_R, adj_0, adj_4);
        wp::adj_transpose(var_3, adj_1, adj_2);
        wp::adj_address(var_R, var_0, adj_R, adj_0, adj_1);
        // adj: E = wp.transpose(R[i]) * R[i] - wp.identity(n=3, dtype=float)                     <L 65>
        // adj: i = wp.tid()                                                                      <L 64>
        // adj: def orthogonality_error(R: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):  <L 63>
        continue;
    }
}

