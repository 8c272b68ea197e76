
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


// corpus/130_multigrid_max_unroll.py:6
static CUDA_CALLABLE wp::int32 idx_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def idx_clamp(i: int, n: int) -> int:                                                  <L 7>
    // return wp.clamp(i, 0, n - 1)                                                           <L 8>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    return var_3;
}


// corpus/130_multigrid_max_unroll.py:11
static CUDA_CALLABLE wp::float32 laplacian3_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::float32 var_inv_h2)
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
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::float32* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    wp::int32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    wp::int32 var_65;
    wp::float32* var_66;
    const wp::int32 var_67 = 1;
    wp::int32 var_68;
    wp::int32 var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::int32 var_75;
    wp::int32 var_76;
    wp::float32* var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    wp::int32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 6.0;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    //---------
    // forward
    // def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:       <L 12>
    // nx = u.shape[0]                                                                        <L 13>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 14>
    var_4 = &(var_u.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = u.shape[2]                                                                        <L 15>
    var_8 = &(var_u.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // c = u[i, j, k]                                                                         <L 16>
    var_12 = wp::address(var_u, var_i, var_j, var_k);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // s = float(0.0)                                                                         <L 17>
    var_16 = wp::float(var_15);
    // s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                     <L 18>
    var_18 = wp::sub(var_i, var_17);
    var_19 = idx_clamp_0(var_18, var_2);
    var_20 = wp::address(var_u, var_19, var_j, var_k);
    var_22 = wp::add(var_i, var_21);
    var_23 = idx_clamp_0(var_22, var_2);
    var_24 = wp::address(var_u, var_23, var_j, var_k);
    var_26 = wp::load(var_20);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_29 = wp::sub(var_i, var_28);
    var_30 = idx_clamp_0(var_29, var_2);
    var_31 = wp::address(var_u, var_30, var_j, var_k);
    var_33 = wp::add(var_i, var_32);
    var_34 = idx_clamp_0(var_33, var_2);
    var_35 = wp::address(var_u, var_34, var_j, var_k);
    var_37 = wp::load(var_31);
    var_38 = wp::load(var_35);
    var_36 = wp::add(var_37, var_38);
    var_39 = wp::add(var_16, var_36);
    // s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                     <L 19>
    var_41 = wp::sub(var_j, var_40);
    var_42 = idx_clamp_0(var_41, var_6);
    var_43 = wp::address(var_u, var_i, var_42, var_k);
    var_45 = wp::add(var_j, var_44);
    var_46 = idx_clamp_0(var_45, var_6);
    var_47 = wp::address(var_u, var_i, var_46, var_k);
    var_49 = wp::load(var_43);
    var_50 = wp::load(var_47);
    var_48 = wp::add(var_49, var_50);
    var_52 = wp::sub(var_j, var_51);
    var_53 = idx_clamp_0(var_52, var_6);
    var_54 = wp::address(var_u, var_i, var_53, var_k);
    var_56 = wp::add(var_j, var_55);
    var_57 = idx_clamp_0(var_56, var_6);
    var_58 = wp::address(var_u, var_i, var_57, var_k);
    var_60 = wp::load(var_54);
    var_61 = wp::load(var_58);
    var_59 = wp::add(var_60, var_61);
    var_62 = wp::add(var_39, var_59);
    // s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                     <L 20>
    var_64 = wp::sub(var_k, var_63);
    var_65 = idx_clamp_0(var_64, var_10);
    var_66 = wp::address(var_u, var_i, var_j, var_65);
    var_68 = wp::add(var_k, var_67);
    var_69 = idx_clamp_0(var_68, var_10);
    var_70 = wp::address(var_u, var_i, var_j, var_69);
    var_72 = wp::load(var_66);
    var_73 = wp::load(var_70);
    var_71 = wp::add(var_72, var_73);
    var_75 = wp::sub(var_k, var_74);
    var_76 = idx_clamp_0(var_75, var_10);
    var_77 = wp::address(var_u, var_i, var_j, var_76);
    var_79 = wp::add(var_k, var_78);
    var_80 = idx_clamp_0(var_79, var_10);
    var_81 = wp::address(var_u, var_i, var_j, var_80);
    var_83 = wp::load(var_77);
    var_84 = wp::load(var_81);
    var_82 = wp::add(var_83, var_84);
    var_85 = wp::add(var_62, var_82);
    // return (s - 6.0 * c) * inv_h2                                                          <L 21>
    var_87 = wp::mul(var_86, var_13);
    var_88 = wp::sub(var_85, var_87);
    var_89 = wp::mul(var_88, var_inv_h2);
    return var_89;
}


// corpus/130_multigrid_max_unroll.py:6
static CUDA_CALLABLE void adj_idx_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def idx_clamp(i: int, n: int) -> int:                                                  <L 7>
    // return wp.clamp(i, 0, n - 1)                                                           <L 8>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_clamp(var_i, var_0, var_2, adj_i, adj_0, adj_2, adj_3);
    wp::adj_sub(var_n, var_1, adj_n, adj_1, adj_2);
    // adj: return wp.clamp(i, 0, n - 1)                                                      <L 8>
    // adj: def idx_clamp(i: int, n: int) -> int:                                             <L 7>
    return;
}


// corpus/130_multigrid_max_unroll.py:11
static CUDA_CALLABLE void adj_laplacian3_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::float32 var_inv_h2,
    wp::array_t<wp::float32> & adj_u,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::float32 & adj_inv_h2,
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
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::float32* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    wp::int32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    wp::int32 var_65;
    wp::float32* var_66;
    const wp::int32 var_67 = 1;
    wp::int32 var_68;
    wp::int32 var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::int32 var_75;
    wp::int32 var_76;
    wp::float32* var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    wp::int32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 6.0;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
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
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
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
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    //---------
    // forward
    // def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:       <L 12>
    // nx = u.shape[0]                                                                        <L 13>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 14>
    var_4 = &(var_u.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = u.shape[2]                                                                        <L 15>
    var_8 = &(var_u.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // c = u[i, j, k]                                                                         <L 16>
    var_12 = wp::address(var_u, var_i, var_j, var_k);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // s = float(0.0)                                                                         <L 17>
    var_16 = wp::float(var_15);
    // s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                     <L 18>
    var_18 = wp::sub(var_i, var_17);
    var_19 = idx_clamp_0(var_18, var_2);
    var_20 = wp::address(var_u, var_19, var_j, var_k);
    var_22 = wp::add(var_i, var_21);
    var_23 = idx_clamp_0(var_22, var_2);
    var_24 = wp::address(var_u, var_23, var_j, var_k);
    var_26 = wp::load(var_20);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_29 = wp::sub(var_i, var_28);
    var_30 = idx_clamp_0(var_29, var_2);
    var_31 = wp::address(var_u, var_30, var_j, var_k);
    var_33 = wp::add(var_i, var_32);
    var_34 = idx_clamp_0(var_33, var_2);
    var_35 = wp::address(var_u, var_34, var_j, var_k);
    var_37 = wp::load(var_31);
    var_38 = wp::load(var_35);
    var_36 = wp::add(var_37, var_38);
    var_39 = wp::add(var_16, var_36);
    // s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                     <L 19>
    var_41 = wp::sub(var_j, var_40);
    var_42 = idx_clamp_0(var_41, var_6);
    var_43 = wp::address(var_u, var_i, var_42, var_k);
    var_45 = wp::add(var_j, var_44);
    var_46 = idx_clamp_0(var_45, var_6);
    var_47 = wp::address(var_u, var_i, var_46, var_k);
    var_49 = wp::load(var_43);
    var_50 = wp::load(var_47);
    var_48 = wp::add(var_49, var_50);
    var_52 = wp::sub(var_j, var_51);
    var_53 = idx_clamp_0(var_52, var_6);
    var_54 = wp::address(var_u, var_i, var_53, var_k);
    var_56 = wp::add(var_j, var_55);
    var_57 = idx_clamp_0(var_56, var_6);
    var_58 = wp::address(var_u, var_i, var_57, var_k);
    var_60 = wp::load(var_54);
    var_61 = wp::load(var_58);
    var_59 = wp::add(var_60, var_61);
    var_62 = wp::add(var_39, var_59);
    // s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                     <L 20>
    var_64 = wp::sub(var_k, var_63);
    var_65 = idx_clamp_0(var_64, var_10);
    var_66 = wp::address(var_u, var_i, var_j, var_65);
    var_68 = wp::add(var_k, var_67);
    var_69 = idx_clamp_0(var_68, var_10);
    var_70 = wp::address(var_u, var_i, var_j, var_69);
    var_72 = wp::load(var_66);
    var_73 = wp::load(var_70);
    var_71 = wp::add(var_72, var_73);
    var_75 = wp::sub(var_k, var_74);
    var_76 = idx_clamp_0(var_75, var_10);
    var_77 = wp::address(var_u, var_i, var_j, var_76);
    var_79 = wp::add(var_k, var_78);
    var_80 = idx_clamp_0(var_79, var_10);
    var_81 = wp::address(var_u, var_i, var_j, var_80);
    var_83 = wp::load(var_77);
    var_84 = wp::load(var_81);
    var_82 = wp::add(var_83, var_84);
    var_85 = wp::add(var_62, var_82);
    // return (s - 6.0 * c) * inv_h2                                                          <L 21>
    var_87 = wp::mul(var_86, var_13);
    var_88 = wp::sub(var_85, var_87);
    var_89 = wp::mul(var_88, var_inv_h2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_89 += adj_ret;
    wp::adj_mul(var_88, var_inv_h2, adj_88, adj_inv_h2, adj_89);
    wp::adj_sub(var_85, var_87, adj_85, adj_87, adj_88);
    wp::adj_mul(var_86, var_13, adj_86, adj_13, adj_87);
    // adj: return (s - 6.0 * c) * inv_h2                                                     <L 21>
    wp::adj_add(var_62, var_82, adj_62, adj_82, adj_85);
    wp::adj_add(var_83, var_84, adj_77, adj_81, adj_82);
    wp::adj_address(var_u, var_i, var_j, var_80, adj_u, adj_i, adj_j, adj_80, adj_81);
    adj_idx_clamp_0(var_79, var_10, adj_79, adj_10, adj_80);
    wp::adj_add(var_k, var_78, adj_k, adj_78, adj_79);
    wp::adj_address(var_u, var_i, var_j, var_76, adj_u, adj_i, adj_j, adj_76, adj_77);
    adj_idx_clamp_0(var_75, var_10, adj_75, adj_10, adj_76);
    wp::adj_sub(var_k, var_74, adj_k, adj_74, adj_75);
    wp::adj_add(var_72, var_73, adj_66, adj_70, adj_71);
    wp::adj_address(var_u, var_i, var_j, var_69, adj_u, adj_i, adj_j, adj_69, adj_70);
    adj_idx_clamp_0(var_68, var_10, adj_68, adj_10, adj_69);
    wp::adj_add(var_k, var_67, adj_k, adj_67, adj_68);
    wp::adj_address(var_u, var_i, var_j, var_65, adj_u, adj_i, adj_j, adj_65, adj_66);
    adj_idx_clamp_0(var_64, var_10, adj_64, adj_10, adj_65);
    wp::adj_sub(var_k, var_63, adj_k, adj_63, adj_64);
    // adj: s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                <L 20>
    wp::adj_add(var_39, var_59, adj_39, adj_59, adj_62);
    wp::adj_add(var_60, var_61, adj_54, adj_58, adj_59);
    wp::adj_address(var_u, var_i, var_57, var_k, adj_u, adj_i, adj_57, adj_k, adj_58);
    adj_idx_clamp_0(var_56, var_6, adj_56, adj_6, adj_57);
    wp::adj_add(var_j, var_55, adj_j, adj_55, adj_56);
    wp::adj_address(var_u, var_i, var_53, var_k, adj_u, adj_i, adj_53, adj_k, adj_54);
    adj_idx_clamp_0(var_52, var_6, adj_52, adj_6, adj_53);
    wp::adj_sub(var_j, var_51, adj_j, adj_51, adj_52);
    wp::adj_add(var_49, var_50, adj_43, adj_47, adj_48);
    wp::adj_address(var_u, var_i, var_46, var_k, adj_u, adj_i, adj_46, adj_k, adj_47);
    adj_idx_clamp_0(var_45, var_6, adj_45, adj_6, adj_46);
    wp::adj_add(var_j, var_44, adj_j, adj_44, adj_45);
    wp::adj_address(var_u, var_i, var_42, var_k, adj_u, adj_i, adj_42, adj_k, adj_43);
    adj_idx_clamp_0(var_41, var_6, adj_41, adj_6, adj_42);
    wp::adj_sub(var_j, var_40, adj_j, adj_40, adj_41);
    // adj: s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                <L 19>
    wp::adj_add(var_16, var_36, adj_16, adj_36, adj_39);
    wp::adj_add(var_37, var_38, adj_31, adj_35, adj_36);
    wp::adj_address(var_u, var_34, var_j, var_k, adj_u, adj_34, adj_j, adj_k, adj_35);
    adj_idx_clamp_0(var_33, var_2, adj_33, adj_2, adj_34);
    wp::adj_add(var_i, var_32, adj_i, adj_32, adj_33);
    wp::adj_address(var_u, var_30, var_j, var_k, adj_u, adj_30, adj_j, adj_k, adj_31);
    adj_idx_clamp_0(var_29, var_2, adj_29, adj_2, adj_30);
    wp::adj_sub(var_i, var_28, adj_i, adj_28, adj_29);
    wp::adj_add(var_26, var_27, adj_20, adj_24, adj_25);
    wp::adj_address(var_u, var_23, var_j, var_k, adj_u, adj_23, adj_j, adj_k, adj_24);
    adj_idx_clamp_0(var_22, var_2, adj_22, adj_2, adj_23);
    wp::adj_add(var_i, var_21, adj_i, adj_21, adj_22);
    wp::adj_address(var_u, var_19, var_j, var_k, adj_u, adj_19, adj_j, adj_k, adj_20);
    adj_idx_clamp_0(var_18, var_2, adj_18, adj_2, adj_19);
    wp::adj_sub(var_i, var_17, adj_i, adj_17, adj_18);
    // adj: s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                <L 18>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: s = float(0.0)                                                                    <L 17>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_u, var_i, var_j, var_k, adj_u, adj_i, adj_j, adj_k, adj_12);
    // adj: c = u[i, j, k]                                                                    <L 16>
    wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
    adj_u.shape = adj_8;
    // adj: nz = u.shape[2]                                                                   <L 15>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_u.shape = adj_4;
    // adj: ny = u.shape[1]                                                                   <L 14>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_u.shape = adj_0;
    // adj: nx = u.shape[0]                                                                   <L 13>
    // adj: def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:  <L 12>
    return;
}



extern "C" __global__ void smooth_rbgs_73eed53d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::int32 var_color)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 6.0;
        wp::float32 var_71;
        //---------
        // forward
        // def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):       <L 25>
        // i, j, k = wp.tid()                                                                     <L 26>
        builtin_tid3d(var_0, var_1, var_2);
        // if (i + j + k) % 2 != color:                                                           <L 27>
        var_3 = wp::add(var_0, var_1);
        var_4 = wp::add(var_3, var_2);
        var_6 = wp::mod(var_4, var_5);
        var_7 = (var_6 != var_color);
        if (var_7) {
            // return                                                                             <L 28>
            continue;
        }
        // nx = u.shape[0]                                                                        <L 29>
        var_8 = &(var_u.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = u.shape[1]                                                                        <L 30>
        var_12 = &(var_u.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = u.shape[2]                                                                        <L 31>
        var_16 = &(var_u.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 32>
        var_21 = (var_0 == var_20);
        var_23 = (var_1 == var_22);
        var_25 = (var_2 == var_24);
        var_27 = wp::sub(var_10, var_26);
        var_28 = (var_0 == var_27);
        var_30 = wp::sub(var_14, var_29);
        var_31 = (var_1 == var_30);
        var_33 = wp::sub(var_18, var_32);
        var_34 = (var_2 == var_33);
        var_35 = var_21 || var_23 || var_25 || var_28 || var_31 || var_34;
        if (var_35) {
            // return                                                                             <L 33>
            continue;
        }
        // s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]       <L 34>
        var_37 = wp::sub(var_0, var_36);
        var_38 = wp::address(var_u, var_37, var_1, var_2);
        var_40 = wp::add(var_0, var_39);
        var_41 = wp::address(var_u, var_40, var_1, var_2);
        var_43 = wp::load(var_38);
        var_44 = wp::load(var_41);
        var_42 = wp::add(var_43, var_44);
        var_46 = wp::sub(var_1, var_45);
        var_47 = wp::address(var_u, var_0, var_46, var_2);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_42, var_49);
        var_51 = wp::add(var_1, var_50);
        var_52 = wp::address(var_u, var_0, var_51, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_48, var_54);
        var_56 = wp::sub(var_2, var_55);
        var_57 = wp::address(var_u, var_0, var_1, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_53, var_59);
        var_61 = wp::add(var_2, var_60);
        var_62 = wp::address(var_u, var_0, var_1, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::add(var_58, var_64);
        // u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                            <L 35>
        var_65 = wp::mul(var_h, var_h);
        var_66 = wp::address(var_f, var_0, var_1, var_2);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_65, var_68);
        var_69 = wp::sub(var_63, var_67);
        var_71 = wp::div(var_69, var_70);
        wp::array_store(var_u, var_0, var_1, var_2, var_71);
    }
}



extern "C" __global__ void smooth_rbgs_73eed53d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::int32 var_color,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_f,
    wp::float32 adj_h,
    wp::int32 adj_color)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 6.0;
        wp::float32 var_71;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        //---------
        // forward
        // def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):       <L 25>
        // i, j, k = wp.tid()                                                                     <L 26>
        builtin_tid3d(var_0, var_1, var_2);
        // if (i + j + k) % 2 != color:                                                           <L 27>
        var_3 = wp::add(var_0, var_1);
        var_4 = wp::add(var_3, var_2);
        var_6 = wp::mod(var_4, var_5);
        var_7 = (var_6 != var_color);
        if (var_7) {
            // return                                                                             <L 28>
            goto label0;
        }
        // nx = u.shape[0]                                                                        <L 29>
        var_8 = &(var_u.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = u.shape[1]                                                                        <L 30>
        var_12 = &(var_u.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = u.shape[2]                                                                        <L 31>
        var_16 = &(var_u.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 32>
        var_21 = (var_0 == var_20);
        var_23 = (var_1 == var_22);
        var_25 = (var_2 == var_24);
        var_27 = wp::sub(var_10, var_26);
        var_28 = (var_0 == var_27);
        var_30 = wp::sub(var_14, var_29);
        var_31 = (var_1 == var_30);
        var_33 = wp::sub(var_18, var_32);
        var_34 = (var_2 == var_33);
        var_35 = var_21 || var_23 || var_25 || var_28 || var_31 || var_34;
        if (var_35) {
            // return                                                                             <L 33>
            goto label1;
        }
        // s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]       <L 34>
        var_37 = wp::sub(var_0, var_36);
        var_38 = wp::address(var_u, var_37, var_1, var_2);
        var_40 = wp::add(var_0, var_39);
        var_41 = wp::address(var_u, var_40, var_1, var_2);
        var_43 = wp::load(var_38);
        var_44 = wp::load(var_41);
        var_42 = wp::add(var_43, var_44);
        var_46 = wp::sub(var_1, var_45);
        var_47 = wp::address(var_u, var_0, var_46, var_2);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_42, var_49);
        var_51 = wp::add(var_1, var_50);
        var_52 = wp::address(var_u, var_0, var_51, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_48, var_54);
        var_56 = wp::sub(var_2, var_55);
        var_57 = wp::address(var_u, var_0, var_1, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_53, var_59);
        var_61 = wp::add(var_2, var_60);
        var_62 = wp::address(var_u, var_0, var_1, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::add(var_58, var_64);
        // u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                            <L 35>
        var_65 = wp::mul(var_h, var_h);
        var_66 = wp::address(var_f, var_0, var_1, var_2);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_65, var_68);
        var_69 = wp::sub(var_63, var_67);
        var_71 = wp::div(var_69, var_70);
        // wp::array_store(var_u, var_0, var_1, var_2, var_71);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_1, var_2, var_71, adj_u, adj_0, adj_1, adj_2, adj_71);
        wp::adj_div(var_69, var_70, var_71, adj_69, adj_70, adj_71);
        wp::adj_sub(var_63, var_67, adj_63, adj_67, adj_69);
        wp::adj_mul(var_65, var_68, adj_65, adj_66, adj_67);
        wp::adj_address(var_f, var_0, var_1, var_2, adj_f, adj_0, adj_1, adj_2, adj_66);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_65);
        // adj: u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                       <L 35>
        wp::adj_add(var_58, var_64, adj_58, adj_62, adj_63);
        wp::adj_address(var_u, var_0, var_1, var_61, adj_u, adj_0, adj_1, adj_61, adj_62);
        wp::adj_add(var_2, var_60, adj_2, adj_60, adj_61);
        wp::adj_add(var_53, var_59, adj_53, adj_57, adj_58);
        wp::adj_address(var_u, var_0, var_1, var_56, adj_u, adj_0, adj_1, adj_56, adj_57);
        wp::adj_sub(var_2, var_55, adj_2, adj_55, adj_56);
        wp::adj_add(var_48, var_54, adj_48, adj_52, adj_53);
        wp::adj_address(var_u, var_0, var_51, var_2, adj_u, adj_0, adj_51, adj_2, adj_52);
        wp::adj_add(var_1, var_50, adj_1, adj_50, adj_51);
        wp::adj_add(var_42, var_49, adj_42, adj_47, adj_48);
        wp::adj_address(var_u, var_0, var_46, var_2, adj_u, adj_0, adj_46, adj_2, adj_47);
        wp::adj_sub(var_1, var_45, adj_1, adj_45, adj_46);
        wp::adj_add(var_43, var_44, adj_38, adj_41, adj_42);
        wp::adj_address(var_u, var_40, var_1, var_2, adj_u, adj_40, adj_1, adj_2, adj_41);
        wp::adj_add(var_0, var_39, adj_0, adj_39, adj_40);
        wp::adj_address(var_u, var_37, var_1, var_2, adj_u, adj_37, adj_1, adj_2, adj_38);
        wp::adj_sub(var_0, var_36, adj_0, adj_36, adj_37);
        // adj: s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]  <L 34>
        if (var_35) {
            label1:;
            // adj: return                                                                        <L 33>
        }
        wp::adj_sub(var_18, var_32, adj_18, adj_32, adj_33);
        wp::adj_sub(var_14, var_29, adj_14, adj_29, adj_30);
        wp::adj_sub(var_10, var_26, adj_10, adj_26, adj_27);
        // adj: if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:       <L 32>
        wp::adj_extract(var_19, var_17, adj_16, adj_17, adj_18);
        adj_u.shape = adj_16;
        // adj: nz = u.shape[2]                                                                   <L 31>
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        adj_u.shape = adj_12;
        // adj: ny = u.shape[1]                                                                   <L 30>
        wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
        adj_u.shape = adj_8;
        // adj: nx = u.shape[0]                                                                   <L 29>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 28>
        }
        wp::adj_mod(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_add(var_3, var_2, adj_3, adj_2, adj_4);
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_3);
        // adj: if (i + j + k) % 2 != color:                                                      <L 27>
        // adj: i, j, k = wp.tid()                                                                <L 26>
        // adj: def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):  <L 25>
        continue;
    }
}



extern "C" __global__ void residual_914694db_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_norm)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):       <L 39>
        // i, j, k = wp.tid()                                                                     <L 40>
        builtin_tid3d(var_0, var_1, var_2);
        // res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                               <L 41>
        var_3 = wp::address(var_f, var_0, var_1, var_2);
        var_5 = wp::mul(var_h, var_h);
        var_6 = wp::div(var_4, var_5);
        var_7 = laplacian3_0(var_u, var_0, var_1, var_2, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::sub(var_9, var_7);
        // r[i, j, k] = res                                                                       <L 42>
        wp::array_store(var_r, var_0, var_1, var_2, var_8);
        // wp.atomic_add(norm, 0, res * res)                                                      <L 43>
        var_11 = wp::mul(var_8, var_8);
        var_12 = wp::atomic_add(var_norm, var_10, var_11);
    }
}



extern "C" __global__ void residual_914694db_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_norm,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_f,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_norm)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):       <L 39>
        // i, j, k = wp.tid()                                                                     <L 40>
        builtin_tid3d(var_0, var_1, var_2);
        // res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                               <L 41>
        var_3 = wp::address(var_f, var_0, var_1, var_2);
        var_5 = wp::mul(var_h, var_h);
        var_6 = wp::div(var_4, var_5);
        var_7 = laplacian3_0(var_u, var_0, var_1, var_2, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::sub(var_9, var_7);
        // r[i, j, k] = res                                                                       <L 42>
        // wp::array_store(var_r, var_0, var_1, var_2, var_8);
        // wp.atomic_add(norm, 0, res * res)                                                      <L 43>
        var_11 = wp::mul(var_8, var_8);
        // var_12 = wp::atomic_add(var_norm, var_10, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_norm, var_10, var_11, adj_norm, adj_10, adj_11, adj_12);
        wp::adj_mul(var_8, var_8, adj_8, adj_8, adj_11);
        // adj: wp.atomic_add(norm, 0, res * res)                                                 <L 43>
        wp::adj_array_store(var_r, var_0, var_1, var_2, var_8, adj_r, adj_0, adj_1, adj_2, adj_8);
        // adj: r[i, j, k] = res                                                                  <L 42>
        wp::adj_sub(var_9, var_7, adj_3, adj_7, adj_8);
        adj_laplacian3_0(var_u, var_0, var_1, var_2, var_6, adj_u, adj_0, adj_1, adj_2, adj_6, adj_7);
        wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_5);
        wp::adj_address(var_f, var_0, var_1, var_2, adj_f, adj_0, adj_1, adj_2, adj_3);
        // adj: res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                          <L 41>
        // adj: i, j, k = wp.tid()                                                                <L 40>
        // adj: def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):  <L 39>
        continue;
    }
}



extern "C" __global__ void restrict_full_weight_bbd22170_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> var_coarse)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::shape_t* var_66;
        const wp::int32 var_67 = 0;
        wp::int32 var_68;
        wp::shape_t var_69;
        wp::int32 var_70;
        const wp::int32 var_71 = 2;
        wp::int32 var_72;
        wp::int32 var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::shape_t var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::shape_t* var_82;
        const wp::int32 var_83 = 2;
        wp::int32 var_84;
        wp::shape_t var_85;
        wp::int32 var_86;
        wp::float32* var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 1;
        const wp::int32 var_96 = 1;
        const wp::int32 var_97 = 3;
        wp::int32 var_98;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 2;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::shape_t* var_109;
        const wp::int32 var_110 = 0;
        wp::int32 var_111;
        wp::shape_t var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 2;
        wp::int32 var_115;
        wp::int32 var_116;
        wp::shape_t* var_117;
        const wp::int32 var_118 = 1;
        wp::int32 var_119;
        wp::shape_t var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        wp::int32 var_124;
        wp::shape_t* var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        wp::shape_t var_128;
        wp::int32 var_129;
        wp::float32* var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32* var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 0;
        const wp::int32 var_139 = -1;
        const wp::int32 var_140 = 1;
        const wp::int32 var_141 = 3;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        wp::int32 var_145;
        wp::int32 var_146;
        wp::int32 var_147;
        wp::int32 var_148;
        wp::float32 var_149;
        const wp::int32 var_150 = 2;
        wp::int32 var_151;
        wp::int32 var_152;
        wp::shape_t* var_153;
        const wp::int32 var_154 = 0;
        wp::int32 var_155;
        wp::shape_t var_156;
        wp::int32 var_157;
        const wp::int32 var_158 = 2;
        wp::int32 var_159;
        wp::int32 var_160;
        wp::shape_t* var_161;
        const wp::int32 var_162 = 1;
        wp::int32 var_163;
        wp::shape_t var_164;
        wp::int32 var_165;
        const wp::int32 var_166 = 2;
        wp::int32 var_167;
        wp::int32 var_168;
        wp::shape_t* var_169;
        const wp::int32 var_170 = 2;
        wp::int32 var_171;
        wp::shape_t var_172;
        wp::int32 var_173;
        wp::float32* var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        wp::float32* var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        const wp::int32 var_182 = 0;
        const wp::int32 var_183 = 1;
        const wp::int32 var_184 = 3;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 2;
        wp::int32 var_194;
        wp::int32 var_195;
        wp::shape_t* var_196;
        const wp::int32 var_197 = 0;
        wp::int32 var_198;
        wp::shape_t var_199;
        wp::int32 var_200;
        const wp::int32 var_201 = 2;
        wp::int32 var_202;
        wp::int32 var_203;
        wp::shape_t* var_204;
        const wp::int32 var_205 = 1;
        wp::int32 var_206;
        wp::shape_t var_207;
        wp::int32 var_208;
        const wp::int32 var_209 = 2;
        wp::int32 var_210;
        wp::int32 var_211;
        wp::shape_t* var_212;
        const wp::int32 var_213 = 2;
        wp::int32 var_214;
        wp::shape_t var_215;
        wp::int32 var_216;
        wp::float32* var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        wp::float32* var_220;
        wp::float32 var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 1;
        const wp::int32 var_226 = 1;
        const wp::int32 var_227 = 3;
        wp::int32 var_228;
        wp::int32 var_229;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::float32 var_235;
        const wp::int32 var_236 = 2;
        wp::int32 var_237;
        wp::int32 var_238;
        wp::shape_t* var_239;
        const wp::int32 var_240 = 0;
        wp::int32 var_241;
        wp::shape_t var_242;
        wp::int32 var_243;
        const wp::int32 var_244 = 2;
        wp::int32 var_245;
        wp::int32 var_246;
        wp::shape_t* var_247;
        const wp::int32 var_248 = 1;
        wp::int32 var_249;
        wp::shape_t var_250;
        wp::int32 var_251;
        const wp::int32 var_252 = 2;
        wp::int32 var_253;
        wp::int32 var_254;
        wp::shape_t* var_255;
        const wp::int32 var_256 = 2;
        wp::int32 var_257;
        wp::shape_t var_258;
        wp::int32 var_259;
        wp::float32* var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::float32* var_263;
        wp::float32 var_264;
        wp::float32 var_265;
        wp::float32 var_266;
        wp::float32 var_267;
        const wp::int32 var_268 = 1;
        const wp::int32 var_269 = -1;
        const wp::int32 var_270 = 1;
        const wp::int32 var_271 = 3;
        wp::int32 var_272;
        wp::int32 var_273;
        wp::int32 var_274;
        wp::int32 var_275;
        wp::int32 var_276;
        wp::int32 var_277;
        wp::int32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 2;
        wp::int32 var_281;
        wp::int32 var_282;
        wp::shape_t* var_283;
        const wp::int32 var_284 = 0;
        wp::int32 var_285;
        wp::shape_t var_286;
        wp::int32 var_287;
        const wp::int32 var_288 = 2;
        wp::int32 var_289;
        wp::int32 var_290;
        wp::shape_t* var_291;
        const wp::int32 var_292 = 1;
        wp::int32 var_293;
        wp::shape_t var_294;
        wp::int32 var_295;
        const wp::int32 var_296 = 2;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::shape_t* var_299;
        const wp::int32 var_300 = 2;
        wp::int32 var_301;
        wp::shape_t var_302;
        wp::int32 var_303;
        wp::float32* var_304;
        wp::float32 var_305;
        wp::float32 var_306;
        wp::float32* var_307;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 0;
        const wp::int32 var_313 = 1;
        const wp::int32 var_314 = 3;
        wp::int32 var_315;
        wp::int32 var_316;
        wp::int32 var_317;
        wp::int32 var_318;
        wp::int32 var_319;
        wp::int32 var_320;
        wp::int32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 2;
        wp::int32 var_324;
        wp::int32 var_325;
        wp::shape_t* var_326;
        const wp::int32 var_327 = 0;
        wp::int32 var_328;
        wp::shape_t var_329;
        wp::int32 var_330;
        const wp::int32 var_331 = 2;
        wp::int32 var_332;
        wp::int32 var_333;
        wp::shape_t* var_334;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        wp::shape_t var_337;
        wp::int32 var_338;
        const wp::int32 var_339 = 2;
        wp::int32 var_340;
        wp::int32 var_341;
        wp::shape_t* var_342;
        const wp::int32 var_343 = 2;
        wp::int32 var_344;
        wp::shape_t var_345;
        wp::int32 var_346;
        wp::float32* var_347;
        wp::float32 var_348;
        wp::float32 var_349;
        wp::float32* var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        wp::float32 var_354;
        const wp::int32 var_355 = 1;
        const wp::int32 var_356 = 1;
        const wp::int32 var_357 = 3;
        wp::int32 var_358;
        wp::int32 var_359;
        wp::int32 var_360;
        wp::int32 var_361;
        wp::int32 var_362;
        wp::int32 var_363;
        wp::int32 var_364;
        wp::float32 var_365;
        const wp::int32 var_366 = 2;
        wp::int32 var_367;
        wp::int32 var_368;
        wp::shape_t* var_369;
        const wp::int32 var_370 = 0;
        wp::int32 var_371;
        wp::shape_t var_372;
        wp::int32 var_373;
        const wp::int32 var_374 = 2;
        wp::int32 var_375;
        wp::int32 var_376;
        wp::shape_t* var_377;
        const wp::int32 var_378 = 1;
        wp::int32 var_379;
        wp::shape_t var_380;
        wp::int32 var_381;
        const wp::int32 var_382 = 2;
        wp::int32 var_383;
        wp::int32 var_384;
        wp::shape_t* var_385;
        const wp::int32 var_386 = 2;
        wp::int32 var_387;
        wp::shape_t var_388;
        wp::int32 var_389;
        wp::float32* var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        wp::float32* var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32 var_396;
        wp::float32 var_397;
        const wp::int32 var_398 = 0;
        const wp::int32 var_399 = -1;
        const wp::int32 var_400 = -1;
        const wp::int32 var_401 = 1;
        const wp::int32 var_402 = 3;
        wp::int32 var_403;
        wp::int32 var_404;
        wp::int32 var_405;
        wp::int32 var_406;
        wp::int32 var_407;
        wp::int32 var_408;
        wp::int32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 2;
        wp::int32 var_412;
        wp::int32 var_413;
        wp::shape_t* var_414;
        const wp::int32 var_415 = 0;
        wp::int32 var_416;
        wp::shape_t var_417;
        wp::int32 var_418;
        const wp::int32 var_419 = 2;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::shape_t* var_422;
        const wp::int32 var_423 = 1;
        wp::int32 var_424;
        wp::shape_t var_425;
        wp::int32 var_426;
        const wp::int32 var_427 = 2;
        wp::int32 var_428;
        wp::int32 var_429;
        wp::shape_t* var_430;
        const wp::int32 var_431 = 2;
        wp::int32 var_432;
        wp::shape_t var_433;
        wp::int32 var_434;
        wp::float32* var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        wp::float32* var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        const wp::int32 var_443 = 0;
        const wp::int32 var_444 = 1;
        const wp::int32 var_445 = 3;
        wp::int32 var_446;
        wp::int32 var_447;
        wp::int32 var_448;
        wp::int32 var_449;
        wp::int32 var_450;
        wp::int32 var_451;
        wp::int32 var_452;
        wp::float32 var_453;
        const wp::int32 var_454 = 2;
        wp::int32 var_455;
        wp::int32 var_456;
        wp::shape_t* var_457;
        const wp::int32 var_458 = 0;
        wp::int32 var_459;
        wp::shape_t var_460;
        wp::int32 var_461;
        const wp::int32 var_462 = 2;
        wp::int32 var_463;
        wp::int32 var_464;
        wp::shape_t* var_465;
        const wp::int32 var_466 = 1;
        wp::int32 var_467;
        wp::shape_t var_468;
        wp::int32 var_469;
        const wp::int32 var_470 = 2;
        wp::int32 var_471;
        wp::int32 var_472;
        wp::shape_t* var_473;
        const wp::int32 var_474 = 2;
        wp::int32 var_475;
        wp::shape_t var_476;
        wp::int32 var_477;
        wp::float32* var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32* var_481;
        wp::float32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        const wp::int32 var_486 = 1;
        const wp::int32 var_487 = 1;
        const wp::int32 var_488 = 3;
        wp::int32 var_489;
        wp::int32 var_490;
        wp::int32 var_491;
        wp::int32 var_492;
        wp::int32 var_493;
        wp::int32 var_494;
        wp::int32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 2;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::shape_t* var_500;
        const wp::int32 var_501 = 0;
        wp::int32 var_502;
        wp::shape_t var_503;
        wp::int32 var_504;
        const wp::int32 var_505 = 2;
        wp::int32 var_506;
        wp::int32 var_507;
        wp::shape_t* var_508;
        const wp::int32 var_509 = 1;
        wp::int32 var_510;
        wp::shape_t var_511;
        wp::int32 var_512;
        const wp::int32 var_513 = 2;
        wp::int32 var_514;
        wp::int32 var_515;
        wp::shape_t* var_516;
        const wp::int32 var_517 = 2;
        wp::int32 var_518;
        wp::shape_t var_519;
        wp::int32 var_520;
        wp::float32* var_521;
        wp::float32 var_522;
        wp::float32 var_523;
        wp::float32* var_524;
        wp::float32 var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        wp::float32 var_528;
        const wp::int32 var_529 = 0;
        const wp::int32 var_530 = -1;
        const wp::int32 var_531 = 1;
        const wp::int32 var_532 = 3;
        wp::int32 var_533;
        wp::int32 var_534;
        wp::int32 var_535;
        wp::int32 var_536;
        wp::int32 var_537;
        wp::int32 var_538;
        wp::int32 var_539;
        wp::float32 var_540;
        const wp::int32 var_541 = 2;
        wp::int32 var_542;
        wp::int32 var_543;
        wp::shape_t* var_544;
        const wp::int32 var_545 = 0;
        wp::int32 var_546;
        wp::shape_t var_547;
        wp::int32 var_548;
        const wp::int32 var_549 = 2;
        wp::int32 var_550;
        wp::int32 var_551;
        wp::shape_t* var_552;
        const wp::int32 var_553 = 1;
        wp::int32 var_554;
        wp::shape_t var_555;
        wp::int32 var_556;
        const wp::int32 var_557 = 2;
        wp::int32 var_558;
        wp::int32 var_559;
        wp::shape_t* var_560;
        const wp::int32 var_561 = 2;
        wp::int32 var_562;
        wp::shape_t var_563;
        wp::int32 var_564;
        wp::float32* var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32* var_568;
        wp::float32 var_569;
        wp::float32 var_570;
        wp::float32 var_571;
        wp::float32 var_572;
        const wp::int32 var_573 = 0;
        const wp::int32 var_574 = 1;
        const wp::int32 var_575 = 3;
        wp::int32 var_576;
        wp::int32 var_577;
        wp::int32 var_578;
        wp::int32 var_579;
        wp::int32 var_580;
        wp::int32 var_581;
        wp::int32 var_582;
        wp::float32 var_583;
        const wp::int32 var_584 = 2;
        wp::int32 var_585;
        wp::int32 var_586;
        wp::shape_t* var_587;
        const wp::int32 var_588 = 0;
        wp::int32 var_589;
        wp::shape_t var_590;
        wp::int32 var_591;
        const wp::int32 var_592 = 2;
        wp::int32 var_593;
        wp::int32 var_594;
        wp::shape_t* var_595;
        const wp::int32 var_596 = 1;
        wp::int32 var_597;
        wp::shape_t var_598;
        wp::int32 var_599;
        const wp::int32 var_600 = 2;
        wp::int32 var_601;
        wp::int32 var_602;
        wp::shape_t* var_603;
        const wp::int32 var_604 = 2;
        wp::int32 var_605;
        wp::shape_t var_606;
        wp::int32 var_607;
        wp::float32* var_608;
        wp::float32 var_609;
        wp::float32 var_610;
        wp::float32* var_611;
        wp::float32 var_612;
        wp::float32 var_613;
        wp::float32 var_614;
        wp::float32 var_615;
        const wp::int32 var_616 = 1;
        const wp::int32 var_617 = 1;
        const wp::int32 var_618 = 3;
        wp::int32 var_619;
        wp::int32 var_620;
        wp::int32 var_621;
        wp::int32 var_622;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::int32 var_625;
        wp::float32 var_626;
        const wp::int32 var_627 = 2;
        wp::int32 var_628;
        wp::int32 var_629;
        wp::shape_t* var_630;
        const wp::int32 var_631 = 0;
        wp::int32 var_632;
        wp::shape_t var_633;
        wp::int32 var_634;
        const wp::int32 var_635 = 2;
        wp::int32 var_636;
        wp::int32 var_637;
        wp::shape_t* var_638;
        const wp::int32 var_639 = 1;
        wp::int32 var_640;
        wp::shape_t var_641;
        wp::int32 var_642;
        const wp::int32 var_643 = 2;
        wp::int32 var_644;
        wp::int32 var_645;
        wp::shape_t* var_646;
        const wp::int32 var_647 = 2;
        wp::int32 var_648;
        wp::shape_t var_649;
        wp::int32 var_650;
        wp::float32* var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        wp::float32* var_654;
        wp::float32 var_655;
        wp::float32 var_656;
        wp::float32 var_657;
        wp::float32 var_658;
        const wp::int32 var_659 = 1;
        const wp::int32 var_660 = -1;
        const wp::int32 var_661 = 1;
        const wp::int32 var_662 = 3;
        wp::int32 var_663;
        wp::int32 var_664;
        wp::int32 var_665;
        wp::int32 var_666;
        wp::int32 var_667;
        wp::int32 var_668;
        wp::int32 var_669;
        wp::float32 var_670;
        const wp::int32 var_671 = 2;
        wp::int32 var_672;
        wp::int32 var_673;
        wp::shape_t* var_674;
        const wp::int32 var_675 = 0;
        wp::int32 var_676;
        wp::shape_t var_677;
        wp::int32 var_678;
        const wp::int32 var_679 = 2;
        wp::int32 var_680;
        wp::int32 var_681;
        wp::shape_t* var_682;
        const wp::int32 var_683 = 1;
        wp::int32 var_684;
        wp::shape_t var_685;
        wp::int32 var_686;
        const wp::int32 var_687 = 2;
        wp::int32 var_688;
        wp::int32 var_689;
        wp::shape_t* var_690;
        const wp::int32 var_691 = 2;
        wp::int32 var_692;
        wp::shape_t var_693;
        wp::int32 var_694;
        wp::float32* var_695;
        wp::float32 var_696;
        wp::float32 var_697;
        wp::float32* var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        wp::float32 var_701;
        wp::float32 var_702;
        const wp::int32 var_703 = 0;
        const wp::int32 var_704 = 1;
        const wp::int32 var_705 = 3;
        wp::int32 var_706;
        wp::int32 var_707;
        wp::int32 var_708;
        wp::int32 var_709;
        wp::int32 var_710;
        wp::int32 var_711;
        wp::int32 var_712;
        wp::float32 var_713;
        const wp::int32 var_714 = 2;
        wp::int32 var_715;
        wp::int32 var_716;
        wp::shape_t* var_717;
        const wp::int32 var_718 = 0;
        wp::int32 var_719;
        wp::shape_t var_720;
        wp::int32 var_721;
        const wp::int32 var_722 = 2;
        wp::int32 var_723;
        wp::int32 var_724;
        wp::shape_t* var_725;
        const wp::int32 var_726 = 1;
        wp::int32 var_727;
        wp::shape_t var_728;
        wp::int32 var_729;
        const wp::int32 var_730 = 2;
        wp::int32 var_731;
        wp::int32 var_732;
        wp::shape_t* var_733;
        const wp::int32 var_734 = 2;
        wp::int32 var_735;
        wp::shape_t var_736;
        wp::int32 var_737;
        wp::float32* var_738;
        wp::float32 var_739;
        wp::float32 var_740;
        wp::float32* var_741;
        wp::float32 var_742;
        wp::float32 var_743;
        wp::float32 var_744;
        wp::float32 var_745;
        const wp::int32 var_746 = 1;
        const wp::int32 var_747 = 1;
        const wp::int32 var_748 = 3;
        wp::int32 var_749;
        wp::int32 var_750;
        wp::int32 var_751;
        wp::int32 var_752;
        wp::int32 var_753;
        wp::int32 var_754;
        wp::int32 var_755;
        wp::float32 var_756;
        const wp::int32 var_757 = 2;
        wp::int32 var_758;
        wp::int32 var_759;
        wp::shape_t* var_760;
        const wp::int32 var_761 = 0;
        wp::int32 var_762;
        wp::shape_t var_763;
        wp::int32 var_764;
        const wp::int32 var_765 = 2;
        wp::int32 var_766;
        wp::int32 var_767;
        wp::shape_t* var_768;
        const wp::int32 var_769 = 1;
        wp::int32 var_770;
        wp::shape_t var_771;
        wp::int32 var_772;
        const wp::int32 var_773 = 2;
        wp::int32 var_774;
        wp::int32 var_775;
        wp::shape_t* var_776;
        const wp::int32 var_777 = 2;
        wp::int32 var_778;
        wp::shape_t var_779;
        wp::int32 var_780;
        wp::float32* var_781;
        wp::float32 var_782;
        wp::float32 var_783;
        wp::float32* var_784;
        wp::float32 var_785;
        wp::float32 var_786;
        wp::float32 var_787;
        wp::float32 var_788;
        const wp::int32 var_789 = 1;
        const wp::int32 var_790 = -1;
        const wp::int32 var_791 = -1;
        const wp::int32 var_792 = 1;
        const wp::int32 var_793 = 3;
        wp::int32 var_794;
        wp::int32 var_795;
        wp::int32 var_796;
        wp::int32 var_797;
        wp::int32 var_798;
        wp::int32 var_799;
        wp::int32 var_800;
        wp::float32 var_801;
        const wp::int32 var_802 = 2;
        wp::int32 var_803;
        wp::int32 var_804;
        wp::shape_t* var_805;
        const wp::int32 var_806 = 0;
        wp::int32 var_807;
        wp::shape_t var_808;
        wp::int32 var_809;
        const wp::int32 var_810 = 2;
        wp::int32 var_811;
        wp::int32 var_812;
        wp::shape_t* var_813;
        const wp::int32 var_814 = 1;
        wp::int32 var_815;
        wp::shape_t var_816;
        wp::int32 var_817;
        const wp::int32 var_818 = 2;
        wp::int32 var_819;
        wp::int32 var_820;
        wp::shape_t* var_821;
        const wp::int32 var_822 = 2;
        wp::int32 var_823;
        wp::shape_t var_824;
        wp::int32 var_825;
        wp::float32* var_826;
        wp::float32 var_827;
        wp::float32 var_828;
        wp::float32* var_829;
        wp::float32 var_830;
        wp::float32 var_831;
        wp::float32 var_832;
        wp::float32 var_833;
        const wp::int32 var_834 = 0;
        const wp::int32 var_835 = 1;
        const wp::int32 var_836 = 3;
        wp::int32 var_837;
        wp::int32 var_838;
        wp::int32 var_839;
        wp::int32 var_840;
        wp::int32 var_841;
        wp::int32 var_842;
        wp::int32 var_843;
        wp::float32 var_844;
        const wp::int32 var_845 = 2;
        wp::int32 var_846;
        wp::int32 var_847;
        wp::shape_t* var_848;
        const wp::int32 var_849 = 0;
        wp::int32 var_850;
        wp::shape_t var_851;
        wp::int32 var_852;
        const wp::int32 var_853 = 2;
        wp::int32 var_854;
        wp::int32 var_855;
        wp::shape_t* var_856;
        const wp::int32 var_857 = 1;
        wp::int32 var_858;
        wp::shape_t var_859;
        wp::int32 var_860;
        const wp::int32 var_861 = 2;
        wp::int32 var_862;
        wp::int32 var_863;
        wp::shape_t* var_864;
        const wp::int32 var_865 = 2;
        wp::int32 var_866;
        wp::shape_t var_867;
        wp::int32 var_868;
        wp::float32* var_869;
        wp::float32 var_870;
        wp::float32 var_871;
        wp::float32* var_872;
        wp::float32 var_873;
        wp::float32 var_874;
        wp::float32 var_875;
        wp::float32 var_876;
        const wp::int32 var_877 = 1;
        const wp::int32 var_878 = 1;
        const wp::int32 var_879 = 3;
        wp::int32 var_880;
        wp::int32 var_881;
        wp::int32 var_882;
        wp::int32 var_883;
        wp::int32 var_884;
        wp::int32 var_885;
        wp::int32 var_886;
        wp::float32 var_887;
        const wp::int32 var_888 = 2;
        wp::int32 var_889;
        wp::int32 var_890;
        wp::shape_t* var_891;
        const wp::int32 var_892 = 0;
        wp::int32 var_893;
        wp::shape_t var_894;
        wp::int32 var_895;
        const wp::int32 var_896 = 2;
        wp::int32 var_897;
        wp::int32 var_898;
        wp::shape_t* var_899;
        const wp::int32 var_900 = 1;
        wp::int32 var_901;
        wp::shape_t var_902;
        wp::int32 var_903;
        const wp::int32 var_904 = 2;
        wp::int32 var_905;
        wp::int32 var_906;
        wp::shape_t* var_907;
        const wp::int32 var_908 = 2;
        wp::int32 var_909;
        wp::shape_t var_910;
        wp::int32 var_911;
        wp::float32* var_912;
        wp::float32 var_913;
        wp::float32 var_914;
        wp::float32* var_915;
        wp::float32 var_916;
        wp::float32 var_917;
        wp::float32 var_918;
        wp::float32 var_919;
        const wp::int32 var_920 = 0;
        const wp::int32 var_921 = -1;
        const wp::int32 var_922 = 1;
        const wp::int32 var_923 = 3;
        wp::int32 var_924;
        wp::int32 var_925;
        wp::int32 var_926;
        wp::int32 var_927;
        wp::int32 var_928;
        wp::int32 var_929;
        wp::int32 var_930;
        wp::float32 var_931;
        const wp::int32 var_932 = 2;
        wp::int32 var_933;
        wp::int32 var_934;
        wp::shape_t* var_935;
        const wp::int32 var_936 = 0;
        wp::int32 var_937;
        wp::shape_t var_938;
        wp::int32 var_939;
        const wp::int32 var_940 = 2;
        wp::int32 var_941;
        wp::int32 var_942;
        wp::shape_t* var_943;
        const wp::int32 var_944 = 1;
        wp::int32 var_945;
        wp::shape_t var_946;
        wp::int32 var_947;
        const wp::int32 var_948 = 2;
        wp::int32 var_949;
        wp::int32 var_950;
        wp::shape_t* var_951;
        const wp::int32 var_952 = 2;
        wp::int32 var_953;
        wp::shape_t var_954;
        wp::int32 var_955;
        wp::float32* var_956;
        wp::float32 var_957;
        wp::float32 var_958;
        wp::float32* var_959;
        wp::float32 var_960;
        wp::float32 var_961;
        wp::float32 var_962;
        wp::float32 var_963;
        const wp::int32 var_964 = 0;
        const wp::int32 var_965 = 1;
        const wp::int32 var_966 = 3;
        wp::int32 var_967;
        wp::int32 var_968;
        wp::int32 var_969;
        wp::int32 var_970;
        wp::int32 var_971;
        wp::int32 var_972;
        wp::int32 var_973;
        wp::float32 var_974;
        const wp::int32 var_975 = 2;
        wp::int32 var_976;
        wp::int32 var_977;
        wp::shape_t* var_978;
        const wp::int32 var_979 = 0;
        wp::int32 var_980;
        wp::shape_t var_981;
        wp::int32 var_982;
        const wp::int32 var_983 = 2;
        wp::int32 var_984;
        wp::int32 var_985;
        wp::shape_t* var_986;
        const wp::int32 var_987 = 1;
        wp::int32 var_988;
        wp::shape_t var_989;
        wp::int32 var_990;
        const wp::int32 var_991 = 2;
        wp::int32 var_992;
        wp::int32 var_993;
        wp::shape_t* var_994;
        const wp::int32 var_995 = 2;
        wp::int32 var_996;
        wp::shape_t var_997;
        wp::int32 var_998;
        wp::float32* var_999;
        wp::float32 var_1000;
        wp::float32 var_1001;
        wp::float32* var_1002;
        wp::float32 var_1003;
        wp::float32 var_1004;
        wp::float32 var_1005;
        wp::float32 var_1006;
        const wp::int32 var_1007 = 1;
        const wp::int32 var_1008 = 1;
        const wp::int32 var_1009 = 3;
        wp::int32 var_1010;
        wp::int32 var_1011;
        wp::int32 var_1012;
        wp::int32 var_1013;
        wp::int32 var_1014;
        wp::int32 var_1015;
        wp::int32 var_1016;
        wp::float32 var_1017;
        const wp::int32 var_1018 = 2;
        wp::int32 var_1019;
        wp::int32 var_1020;
        wp::shape_t* var_1021;
        const wp::int32 var_1022 = 0;
        wp::int32 var_1023;
        wp::shape_t var_1024;
        wp::int32 var_1025;
        const wp::int32 var_1026 = 2;
        wp::int32 var_1027;
        wp::int32 var_1028;
        wp::shape_t* var_1029;
        const wp::int32 var_1030 = 1;
        wp::int32 var_1031;
        wp::shape_t var_1032;
        wp::int32 var_1033;
        const wp::int32 var_1034 = 2;
        wp::int32 var_1035;
        wp::int32 var_1036;
        wp::shape_t* var_1037;
        const wp::int32 var_1038 = 2;
        wp::int32 var_1039;
        wp::shape_t var_1040;
        wp::int32 var_1041;
        wp::float32* var_1042;
        wp::float32 var_1043;
        wp::float32 var_1044;
        wp::float32* var_1045;
        wp::float32 var_1046;
        wp::float32 var_1047;
        wp::float32 var_1048;
        wp::float32 var_1049;
        const wp::int32 var_1050 = 1;
        const wp::int32 var_1051 = -1;
        const wp::int32 var_1052 = 1;
        const wp::int32 var_1053 = 3;
        wp::int32 var_1054;
        wp::int32 var_1055;
        wp::int32 var_1056;
        wp::int32 var_1057;
        wp::int32 var_1058;
        wp::int32 var_1059;
        wp::int32 var_1060;
        wp::float32 var_1061;
        const wp::int32 var_1062 = 2;
        wp::int32 var_1063;
        wp::int32 var_1064;
        wp::shape_t* var_1065;
        const wp::int32 var_1066 = 0;
        wp::int32 var_1067;
        wp::shape_t var_1068;
        wp::int32 var_1069;
        const wp::int32 var_1070 = 2;
        wp::int32 var_1071;
        wp::int32 var_1072;
        wp::shape_t* var_1073;
        const wp::int32 var_1074 = 1;
        wp::int32 var_1075;
        wp::shape_t var_1076;
        wp::int32 var_1077;
        const wp::int32 var_1078 = 2;
        wp::int32 var_1079;
        wp::int32 var_1080;
        wp::shape_t* var_1081;
        const wp::int32 var_1082 = 2;
        wp::int32 var_1083;
        wp::shape_t var_1084;
        wp::int32 var_1085;
        wp::float32* var_1086;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::float32* var_1089;
        wp::float32 var_1090;
        wp::float32 var_1091;
        wp::float32 var_1092;
        wp::float32 var_1093;
        const wp::int32 var_1094 = 0;
        const wp::int32 var_1095 = 1;
        const wp::int32 var_1096 = 3;
        wp::int32 var_1097;
        wp::int32 var_1098;
        wp::int32 var_1099;
        wp::int32 var_1100;
        wp::int32 var_1101;
        wp::int32 var_1102;
        wp::int32 var_1103;
        wp::float32 var_1104;
        const wp::int32 var_1105 = 2;
        wp::int32 var_1106;
        wp::int32 var_1107;
        wp::shape_t* var_1108;
        const wp::int32 var_1109 = 0;
        wp::int32 var_1110;
        wp::shape_t var_1111;
        wp::int32 var_1112;
        const wp::int32 var_1113 = 2;
        wp::int32 var_1114;
        wp::int32 var_1115;
        wp::shape_t* var_1116;
        const wp::int32 var_1117 = 1;
        wp::int32 var_1118;
        wp::shape_t var_1119;
        wp::int32 var_1120;
        const wp::int32 var_1121 = 2;
        wp::int32 var_1122;
        wp::int32 var_1123;
        wp::shape_t* var_1124;
        const wp::int32 var_1125 = 2;
        wp::int32 var_1126;
        wp::shape_t var_1127;
        wp::int32 var_1128;
        wp::float32* var_1129;
        wp::float32 var_1130;
        wp::float32 var_1131;
        wp::float32* var_1132;
        wp::float32 var_1133;
        wp::float32 var_1134;
        wp::float32 var_1135;
        wp::float32 var_1136;
        const wp::int32 var_1137 = 1;
        const wp::int32 var_1138 = 1;
        const wp::int32 var_1139 = 3;
        wp::int32 var_1140;
        wp::int32 var_1141;
        wp::int32 var_1142;
        wp::int32 var_1143;
        wp::int32 var_1144;
        wp::int32 var_1145;
        wp::int32 var_1146;
        wp::float32 var_1147;
        const wp::int32 var_1148 = 2;
        wp::int32 var_1149;
        wp::int32 var_1150;
        wp::shape_t* var_1151;
        const wp::int32 var_1152 = 0;
        wp::int32 var_1153;
        wp::shape_t var_1154;
        wp::int32 var_1155;
        const wp::int32 var_1156 = 2;
        wp::int32 var_1157;
        wp::int32 var_1158;
        wp::shape_t* var_1159;
        const wp::int32 var_1160 = 1;
        wp::int32 var_1161;
        wp::shape_t var_1162;
        wp::int32 var_1163;
        const wp::int32 var_1164 = 2;
        wp::int32 var_1165;
        wp::int32 var_1166;
        wp::shape_t* var_1167;
        const wp::int32 var_1168 = 2;
        wp::int32 var_1169;
        wp::shape_t var_1170;
        wp::int32 var_1171;
        wp::float32* var_1172;
        wp::float32 var_1173;
        wp::float32 var_1174;
        wp::float32* var_1175;
        wp::float32 var_1176;
        wp::float32 var_1177;
        wp::float32 var_1178;
        wp::float32 var_1179;
        wp::float32 var_1180;
        //---------
        // forward
        // def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // acc = float(0.0)                                                                       <L 49>
        var_4 = wp::float(var_3);
        // wsum = float(0.0)                                                                      <L 50>
        var_6 = wp::float(var_5);
        // for di in range(-1, 2):                                                                <L 51>
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_12 = wp::abs(var_7);
        var_13 = wp::abs(var_8);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::abs(var_9);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::sub(var_11, var_16);
        var_18 = wp::lshift(var_10, var_17);
        var_19 = wp::float(var_18);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_21 = wp::mul(var_20, var_0);
        var_22 = wp::add(var_21, var_7);
        var_23 = &(var_fine.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = idx_clamp_0(var_22, var_25);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_29 = wp::mul(var_28, var_1);
        var_30 = wp::add(var_29, var_8);
        var_31 = &(var_fine.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = idx_clamp_0(var_30, var_33);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_37 = wp::mul(var_36, var_2);
        var_38 = wp::add(var_37, var_9);
        var_39 = &(var_fine.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = idx_clamp_0(var_38, var_41);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_44 = wp::address(var_fine, var_27, var_35, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::mul(var_19, var_46);
        var_47 = wp::address(var_fine, var_27, var_35, var_43);
        var_49 = wp::load(var_47);
        var_48 = wp::mul(var_19, var_49);
        var_50 = wp::add(var_4, var_48);
        // wsum += w                                                                              <L 59>
        var_51 = wp::add(var_6, var_19);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_55 = wp::abs(var_7);
        var_56 = wp::abs(var_8);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::abs(var_52);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::sub(var_54, var_59);
        var_61 = wp::lshift(var_53, var_60);
        var_62 = wp::float(var_61);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_64 = wp::mul(var_63, var_0);
        var_65 = wp::add(var_64, var_7);
        var_66 = &(var_fine.shape);
        var_69 = wp::load(var_66);
        var_68 = wp::extract(var_69, var_67);
        var_70 = idx_clamp_0(var_65, var_68);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_72 = wp::mul(var_71, var_1);
        var_73 = wp::add(var_72, var_8);
        var_74 = &(var_fine.shape);
        var_77 = wp::load(var_74);
        var_76 = wp::extract(var_77, var_75);
        var_78 = idx_clamp_0(var_73, var_76);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_80 = wp::mul(var_79, var_2);
        var_81 = wp::add(var_80, var_52);
        var_82 = &(var_fine.shape);
        var_85 = wp::load(var_82);
        var_84 = wp::extract(var_85, var_83);
        var_86 = idx_clamp_0(var_81, var_84);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_87 = wp::address(var_fine, var_70, var_78, var_86);
        var_89 = wp::load(var_87);
        var_88 = wp::mul(var_62, var_89);
        var_90 = wp::address(var_fine, var_70, var_78, var_86);
        var_92 = wp::load(var_90);
        var_91 = wp::mul(var_62, var_92);
        var_93 = wp::add(var_50, var_91);
        // wsum += w                                                                              <L 59>
        var_94 = wp::add(var_51, var_62);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_98 = wp::abs(var_7);
        var_99 = wp::abs(var_8);
        var_100 = wp::add(var_98, var_99);
        var_101 = wp::abs(var_95);
        var_102 = wp::add(var_100, var_101);
        var_103 = wp::sub(var_97, var_102);
        var_104 = wp::lshift(var_96, var_103);
        var_105 = wp::float(var_104);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_107 = wp::mul(var_106, var_0);
        var_108 = wp::add(var_107, var_7);
        var_109 = &(var_fine.shape);
        var_112 = wp::load(var_109);
        var_111 = wp::extract(var_112, var_110);
        var_113 = idx_clamp_0(var_108, var_111);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_115 = wp::mul(var_114, var_1);
        var_116 = wp::add(var_115, var_8);
        var_117 = &(var_fine.shape);
        var_120 = wp::load(var_117);
        var_119 = wp::extract(var_120, var_118);
        var_121 = idx_clamp_0(var_116, var_119);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_123 = wp::mul(var_122, var_2);
        var_124 = wp::add(var_123, var_95);
        var_125 = &(var_fine.shape);
        var_128 = wp::load(var_125);
        var_127 = wp::extract(var_128, var_126);
        var_129 = idx_clamp_0(var_124, var_127);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_130 = wp::address(var_fine, var_113, var_121, var_129);
        var_132 = wp::load(var_130);
        var_131 = wp::mul(var_105, var_132);
        var_133 = wp::address(var_fine, var_113, var_121, var_129);
        var_135 = wp::load(var_133);
        var_134 = wp::mul(var_105, var_135);
        var_136 = wp::add(var_93, var_134);
        // wsum += w                                                                              <L 59>
        var_137 = wp::add(var_94, var_105);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_142 = wp::abs(var_7);
        var_143 = wp::abs(var_138);
        var_144 = wp::add(var_142, var_143);
        var_145 = wp::abs(var_139);
        var_146 = wp::add(var_144, var_145);
        var_147 = wp::sub(var_141, var_146);
        var_148 = wp::lshift(var_140, var_147);
        var_149 = wp::float(var_148);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_151 = wp::mul(var_150, var_0);
        var_152 = wp::add(var_151, var_7);
        var_153 = &(var_fine.shape);
        var_156 = wp::load(var_153);
        var_155 = wp::extract(var_156, var_154);
        var_157 = idx_clamp_0(var_152, var_155);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_159 = wp::mul(var_158, var_1);
        var_160 = wp::add(var_159, var_138);
        var_161 = &(var_fine.shape);
        var_164 = wp::load(var_161);
        var_163 = wp::extract(var_164, var_162);
        var_165 = idx_clamp_0(var_160, var_163);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_167 = wp::mul(var_166, var_2);
        var_168 = wp::add(var_167, var_139);
        var_169 = &(var_fine.shape);
        var_172 = wp::load(var_169);
        var_171 = wp::extract(var_172, var_170);
        var_173 = idx_clamp_0(var_168, var_171);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_174 = wp::address(var_fine, var_157, var_165, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::mul(var_149, var_176);
        var_177 = wp::address(var_fine, var_157, var_165, var_173);
        var_179 = wp::load(var_177);
        var_178 = wp::mul(var_149, var_179);
        var_180 = wp::add(var_136, var_178);
        // wsum += w                                                                              <L 59>
        var_181 = wp::add(var_137, var_149);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_185 = wp::abs(var_7);
        var_186 = wp::abs(var_138);
        var_187 = wp::add(var_185, var_186);
        var_188 = wp::abs(var_182);
        var_189 = wp::add(var_187, var_188);
        var_190 = wp::sub(var_184, var_189);
        var_191 = wp::lshift(var_183, var_190);
        var_192 = wp::float(var_191);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_194 = wp::mul(var_193, var_0);
        var_195 = wp::add(var_194, var_7);
        var_196 = &(var_fine.shape);
        var_199 = wp::load(var_196);
        var_198 = wp::extract(var_199, var_197);
        var_200 = idx_clamp_0(var_195, var_198);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_202 = wp::mul(var_201, var_1);
        var_203 = wp::add(var_202, var_138);
        var_204 = &(var_fine.shape);
        var_207 = wp::load(var_204);
        var_206 = wp::extract(var_207, var_205);
        var_208 = idx_clamp_0(var_203, var_206);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_210 = wp::mul(var_209, var_2);
        var_211 = wp::add(var_210, var_182);
        var_212 = &(var_fine.shape);
        var_215 = wp::load(var_212);
        var_214 = wp::extract(var_215, var_213);
        var_216 = idx_clamp_0(var_211, var_214);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_217 = wp::address(var_fine, var_200, var_208, var_216);
        var_219 = wp::load(var_217);
        var_218 = wp::mul(var_192, var_219);
        var_220 = wp::address(var_fine, var_200, var_208, var_216);
        var_222 = wp::load(var_220);
        var_221 = wp::mul(var_192, var_222);
        var_223 = wp::add(var_180, var_221);
        // wsum += w                                                                              <L 59>
        var_224 = wp::add(var_181, var_192);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_228 = wp::abs(var_7);
        var_229 = wp::abs(var_138);
        var_230 = wp::add(var_228, var_229);
        var_231 = wp::abs(var_225);
        var_232 = wp::add(var_230, var_231);
        var_233 = wp::sub(var_227, var_232);
        var_234 = wp::lshift(var_226, var_233);
        var_235 = wp::float(var_234);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_237 = wp::mul(var_236, var_0);
        var_238 = wp::add(var_237, var_7);
        var_239 = &(var_fine.shape);
        var_242 = wp::load(var_239);
        var_241 = wp::extract(var_242, var_240);
        var_243 = idx_clamp_0(var_238, var_241);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_245 = wp::mul(var_244, var_1);
        var_246 = wp::add(var_245, var_138);
        var_247 = &(var_fine.shape);
        var_250 = wp::load(var_247);
        var_249 = wp::extract(var_250, var_248);
        var_251 = idx_clamp_0(var_246, var_249);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_253 = wp::mul(var_252, var_2);
        var_254 = wp::add(var_253, var_225);
        var_255 = &(var_fine.shape);
        var_258 = wp::load(var_255);
        var_257 = wp::extract(var_258, var_256);
        var_259 = idx_clamp_0(var_254, var_257);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_260 = wp::address(var_fine, var_243, var_251, var_259);
        var_262 = wp::load(var_260);
        var_261 = wp::mul(var_235, var_262);
        var_263 = wp::address(var_fine, var_243, var_251, var_259);
        var_265 = wp::load(var_263);
        var_264 = wp::mul(var_235, var_265);
        var_266 = wp::add(var_223, var_264);
        // wsum += w                                                                              <L 59>
        var_267 = wp::add(var_224, var_235);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_272 = wp::abs(var_7);
        var_273 = wp::abs(var_268);
        var_274 = wp::add(var_272, var_273);
        var_275 = wp::abs(var_269);
        var_276 = wp::add(var_274, var_275);
        var_277 = wp::sub(var_271, var_276);
        var_278 = wp::lshift(var_270, var_277);
        var_279 = wp::float(var_278);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_281 = wp::mul(var_280, var_0);
        var_282 = wp::add(var_281, var_7);
        var_283 = &(var_fine.shape);
        var_286 = wp::load(var_283);
        var_285 = wp::extract(var_286, var_284);
        var_287 = idx_clamp_0(var_282, var_285);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_289 = wp::mul(var_288, var_1);
        var_290 = wp::add(var_289, var_268);
        var_291 = &(var_fine.shape);
        var_294 = wp::load(var_291);
        var_293 = wp::extract(var_294, var_292);
        var_295 = idx_clamp_0(var_290, var_293);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_297 = wp::mul(var_296, var_2);
        var_298 = wp::add(var_297, var_269);
        var_299 = &(var_fine.shape);
        var_302 = wp::load(var_299);
        var_301 = wp::extract(var_302, var_300);
        var_303 = idx_clamp_0(var_298, var_301);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_304 = wp::address(var_fine, var_287, var_295, var_303);
        var_306 = wp::load(var_304);
        var_305 = wp::mul(var_279, var_306);
        var_307 = wp::address(var_fine, var_287, var_295, var_303);
        var_309 = wp::load(var_307);
        var_308 = wp::mul(var_279, var_309);
        var_310 = wp::add(var_266, var_308);
        // wsum += w                                                                              <L 59>
        var_311 = wp::add(var_267, var_279);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_315 = wp::abs(var_7);
        var_316 = wp::abs(var_268);
        var_317 = wp::add(var_315, var_316);
        var_318 = wp::abs(var_312);
        var_319 = wp::add(var_317, var_318);
        var_320 = wp::sub(var_314, var_319);
        var_321 = wp::lshift(var_313, var_320);
        var_322 = wp::float(var_321);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_324 = wp::mul(var_323, var_0);
        var_325 = wp::add(var_324, var_7);
        var_326 = &(var_fine.shape);
        var_329 = wp::load(var_326);
        var_328 = wp::extract(var_329, var_327);
        var_330 = idx_clamp_0(var_325, var_328);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_332 = wp::mul(var_331, var_1);
        var_333 = wp::add(var_332, var_268);
        var_334 = &(var_fine.shape);
        var_337 = wp::load(var_334);
        var_336 = wp::extract(var_337, var_335);
        var_338 = idx_clamp_0(var_333, var_336);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_340 = wp::mul(var_339, var_2);
        var_341 = wp::add(var_340, var_312);
        var_342 = &(var_fine.shape);
        var_345 = wp::load(var_342);
        var_344 = wp::extract(var_345, var_343);
        var_346 = idx_clamp_0(var_341, var_344);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_347 = wp::address(var_fine, var_330, var_338, var_346);
        var_349 = wp::load(var_347);
        var_348 = wp::mul(var_322, var_349);
        var_350 = wp::address(var_fine, var_330, var_338, var_346);
        var_352 = wp::load(var_350);
        var_351 = wp::mul(var_322, var_352);
        var_353 = wp::add(var_310, var_351);
        // wsum += w                                                                              <L 59>
        var_354 = wp::add(var_311, var_322);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_358 = wp::abs(var_7);
        var_359 = wp::abs(var_268);
        var_360 = wp::add(var_358, var_359);
        var_361 = wp::abs(var_355);
        var_362 = wp::add(var_360, var_361);
        var_363 = wp::sub(var_357, var_362);
        var_364 = wp::lshift(var_356, var_363);
        var_365 = wp::float(var_364);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_367 = wp::mul(var_366, var_0);
        var_368 = wp::add(var_367, var_7);
        var_369 = &(var_fine.shape);
        var_372 = wp::load(var_369);
        var_371 = wp::extract(var_372, var_370);
        var_373 = idx_clamp_0(var_368, var_371);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_375 = wp::mul(var_374, var_1);
        var_376 = wp::add(var_375, var_268);
        var_377 = &(var_fine.shape);
        var_380 = wp::load(var_377);
        var_379 = wp::extract(var_380, var_378);
        var_381 = idx_clamp_0(var_376, var_379);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_383 = wp::mul(var_382, var_2);
        var_384 = wp::add(var_383, var_355);
        var_385 = &(var_fine.shape);
        var_388 = wp::load(var_385);
        var_387 = wp::extract(var_388, var_386);
        var_389 = idx_clamp_0(var_384, var_387);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_390 = wp::address(var_fine, var_373, var_381, var_389);
        var_392 = wp::load(var_390);
        var_391 = wp::mul(var_365, var_392);
        var_393 = wp::address(var_fine, var_373, var_381, var_389);
        var_395 = wp::load(var_393);
        var_394 = wp::mul(var_365, var_395);
        var_396 = wp::add(var_353, var_394);
        // wsum += w                                                                              <L 59>
        var_397 = wp::add(var_354, var_365);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_403 = wp::abs(var_398);
        var_404 = wp::abs(var_399);
        var_405 = wp::add(var_403, var_404);
        var_406 = wp::abs(var_400);
        var_407 = wp::add(var_405, var_406);
        var_408 = wp::sub(var_402, var_407);
        var_409 = wp::lshift(var_401, var_408);
        var_410 = wp::float(var_409);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_412 = wp::mul(var_411, var_0);
        var_413 = wp::add(var_412, var_398);
        var_414 = &(var_fine.shape);
        var_417 = wp::load(var_414);
        var_416 = wp::extract(var_417, var_415);
        var_418 = idx_clamp_0(var_413, var_416);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_420 = wp::mul(var_419, var_1);
        var_421 = wp::add(var_420, var_399);
        var_422 = &(var_fine.shape);
        var_425 = wp::load(var_422);
        var_424 = wp::extract(var_425, var_423);
        var_426 = idx_clamp_0(var_421, var_424);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_428 = wp::mul(var_427, var_2);
        var_429 = wp::add(var_428, var_400);
        var_430 = &(var_fine.shape);
        var_433 = wp::load(var_430);
        var_432 = wp::extract(var_433, var_431);
        var_434 = idx_clamp_0(var_429, var_432);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_435 = wp::address(var_fine, var_418, var_426, var_434);
        var_437 = wp::load(var_435);
        var_436 = wp::mul(var_410, var_437);
        var_438 = wp::address(var_fine, var_418, var_426, var_434);
        var_440 = wp::load(var_438);
        var_439 = wp::mul(var_410, var_440);
        var_441 = wp::add(var_396, var_439);
        // wsum += w                                                                              <L 59>
        var_442 = wp::add(var_397, var_410);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_446 = wp::abs(var_398);
        var_447 = wp::abs(var_399);
        var_448 = wp::add(var_446, var_447);
        var_449 = wp::abs(var_443);
        var_450 = wp::add(var_448, var_449);
        var_451 = wp::sub(var_445, var_450);
        var_452 = wp::lshift(var_444, var_451);
        var_453 = wp::float(var_452);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_455 = wp::mul(var_454, var_0);
        var_456 = wp::add(var_455, var_398);
        var_457 = &(var_fine.shape);
        var_460 = wp::load(var_457);
        var_459 = wp::extract(var_460, var_458);
        var_461 = idx_clamp_0(var_456, var_459);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_463 = wp::mul(var_462, var_1);
        var_464 = wp::add(var_463, var_399);
        var_465 = &(var_fine.shape);
        var_468 = wp::load(var_465);
        var_467 = wp::extract(var_468, var_466);
        var_469 = idx_clamp_0(var_464, var_467);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_471 = wp::mul(var_470, var_2);
        var_472 = wp::add(var_471, var_443);
        var_473 = &(var_fine.shape);
        var_476 = wp::load(var_473);
        var_475 = wp::extract(var_476, var_474);
        var_477 = idx_clamp_0(var_472, var_475);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_478 = wp::address(var_fine, var_461, var_469, var_477);
        var_480 = wp::load(var_478);
        var_479 = wp::mul(var_453, var_480);
        var_481 = wp::address(var_fine, var_461, var_469, var_477);
        var_483 = wp::load(var_481);
        var_482 = wp::mul(var_453, var_483);
        var_484 = wp::add(var_441, var_482);
        // wsum += w                                                                              <L 59>
        var_485 = wp::add(var_442, var_453);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_489 = wp::abs(var_398);
        var_490 = wp::abs(var_399);
        var_491 = wp::add(var_489, var_490);
        var_492 = wp::abs(var_486);
        var_493 = wp::add(var_491, var_492);
        var_494 = wp::sub(var_488, var_493);
        var_495 = wp::lshift(var_487, var_494);
        var_496 = wp::float(var_495);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_498 = wp::mul(var_497, var_0);
        var_499 = wp::add(var_498, var_398);
        var_500 = &(var_fine.shape);
        var_503 = wp::load(var_500);
        var_502 = wp::extract(var_503, var_501);
        var_504 = idx_clamp_0(var_499, var_502);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_506 = wp::mul(var_505, var_1);
        var_507 = wp::add(var_506, var_399);
        var_508 = &(var_fine.shape);
        var_511 = wp::load(var_508);
        var_510 = wp::extract(var_511, var_509);
        var_512 = idx_clamp_0(var_507, var_510);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_514 = wp::mul(var_513, var_2);
        var_515 = wp::add(var_514, var_486);
        var_516 = &(var_fine.shape);
        var_519 = wp::load(var_516);
        var_518 = wp::extract(var_519, var_517);
        var_520 = idx_clamp_0(var_515, var_518);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_521 = wp::address(var_fine, var_504, var_512, var_520);
        var_523 = wp::load(var_521);
        var_522 = wp::mul(var_496, var_523);
        var_524 = wp::address(var_fine, var_504, var_512, var_520);
        var_526 = wp::load(var_524);
        var_525 = wp::mul(var_496, var_526);
        var_527 = wp::add(var_484, var_525);
        // wsum += w                                                                              <L 59>
        var_528 = wp::add(var_485, var_496);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_533 = wp::abs(var_398);
        var_534 = wp::abs(var_529);
        var_535 = wp::add(var_533, var_534);
        var_536 = wp::abs(var_530);
        var_537 = wp::add(var_535, var_536);
        var_538 = wp::sub(var_532, var_537);
        var_539 = wp::lshift(var_531, var_538);
        var_540 = wp::float(var_539);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_542 = wp::mul(var_541, var_0);
        var_543 = wp::add(var_542, var_398);
        var_544 = &(var_fine.shape);
        var_547 = wp::load(var_544);
        var_546 = wp::extract(var_547, var_545);
        var_548 = idx_clamp_0(var_543, var_546);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_550 = wp::mul(var_549, var_1);
        var_551 = wp::add(var_550, var_529);
        var_552 = &(var_fine.shape);
        var_555 = wp::load(var_552);
        var_554 = wp::extract(var_555, var_553);
        var_556 = idx_clamp_0(var_551, var_554);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_558 = wp::mul(var_557, var_2);
        var_559 = wp::add(var_558, var_530);
        var_560 = &(var_fine.shape);
        var_563 = wp::load(var_560);
        var_562 = wp::extract(var_563, var_561);
        var_564 = idx_clamp_0(var_559, var_562);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_565 = wp::address(var_fine, var_548, var_556, var_564);
        var_567 = wp::load(var_565);
        var_566 = wp::mul(var_540, var_567);
        var_568 = wp::address(var_fine, var_548, var_556, var_564);
        var_570 = wp::load(var_568);
        var_569 = wp::mul(var_540, var_570);
        var_571 = wp::add(var_527, var_569);
        // wsum += w                                                                              <L 59>
        var_572 = wp::add(var_528, var_540);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_576 = wp::abs(var_398);
        var_577 = wp::abs(var_529);
        var_578 = wp::add(var_576, var_577);
        var_579 = wp::abs(var_573);
        var_580 = wp::add(var_578, var_579);
        var_581 = wp::sub(var_575, var_580);
        var_582 = wp::lshift(var_574, var_581);
        var_583 = wp::float(var_582);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_585 = wp::mul(var_584, var_0);
        var_586 = wp::add(var_585, var_398);
        var_587 = &(var_fine.shape);
        var_590 = wp::load(var_587);
        var_589 = wp::extract(var_590, var_588);
        var_591 = idx_clamp_0(var_586, var_589);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_593 = wp::mul(var_592, var_1);
        var_594 = wp::add(var_593, var_529);
        var_595 = &(var_fine.shape);
        var_598 = wp::load(var_595);
        var_597 = wp::extract(var_598, var_596);
        var_599 = idx_clamp_0(var_594, var_597);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_601 = wp::mul(var_600, var_2);
        var_602 = wp::add(var_601, var_573);
        var_603 = &(var_fine.shape);
        var_606 = wp::load(var_603);
        var_605 = wp::extract(var_606, var_604);
        var_607 = idx_clamp_0(var_602, var_605);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_608 = wp::address(var_fine, var_591, var_599, var_607);
        var_610 = wp::load(var_608);
        var_609 = wp::mul(var_583, var_610);
        var_611 = wp::address(var_fine, var_591, var_599, var_607);
        var_613 = wp::load(var_611);
        var_612 = wp::mul(var_583, var_613);
        var_614 = wp::add(var_571, var_612);
        // wsum += w                                                                              <L 59>
        var_615 = wp::add(var_572, var_583);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_619 = wp::abs(var_398);
        var_620 = wp::abs(var_529);
        var_621 = wp::add(var_619, var_620);
        var_622 = wp::abs(var_616);
        var_623 = wp::add(var_621, var_622);
        var_624 = wp::sub(var_618, var_623);
        var_625 = wp::lshift(var_617, var_624);
        var_626 = wp::float(var_625);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_628 = wp::mul(var_627, var_0);
        var_629 = wp::add(var_628, var_398);
        var_630 = &(var_fine.shape);
        var_633 = wp::load(var_630);
        var_632 = wp::extract(var_633, var_631);
        var_634 = idx_clamp_0(var_629, var_632);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_636 = wp::mul(var_635, var_1);
        var_637 = wp::add(var_636, var_529);
        var_638 = &(var_fine.shape);
        var_641 = wp::load(var_638);
        var_640 = wp::extract(var_641, var_639);
        var_642 = idx_clamp_0(var_637, var_640);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_644 = wp::mul(var_643, var_2);
        var_645 = wp::add(var_644, var_616);
        var_646 = &(var_fine.shape);
        var_649 = wp::load(var_646);
        var_648 = wp::extract(var_649, var_647);
        var_650 = idx_clamp_0(var_645, var_648);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_651 = wp::address(var_fine, var_634, var_642, var_650);
        var_653 = wp::load(var_651);
        var_652 = wp::mul(var_626, var_653);
        var_654 = wp::address(var_fine, var_634, var_642, var_650);
        var_656 = wp::load(var_654);
        var_655 = wp::mul(var_626, var_656);
        var_657 = wp::add(var_614, var_655);
        // wsum += w                                                                              <L 59>
        var_658 = wp::add(var_615, var_626);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_663 = wp::abs(var_398);
        var_664 = wp::abs(var_659);
        var_665 = wp::add(var_663, var_664);
        var_666 = wp::abs(var_660);
        var_667 = wp::add(var_665, var_666);
        var_668 = wp::sub(var_662, var_667);
        var_669 = wp::lshift(var_661, var_668);
        var_670 = wp::float(var_669);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_672 = wp::mul(var_671, var_0);
        var_673 = wp::add(var_672, var_398);
        var_674 = &(var_fine.shape);
        var_677 = wp::load(var_674);
        var_676 = wp::extract(var_677, var_675);
        var_678 = idx_clamp_0(var_673, var_676);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_680 = wp::mul(var_679, var_1);
        var_681 = wp::add(var_680, var_659);
        var_682 = &(var_fine.shape);
        var_685 = wp::load(var_682);
        var_684 = wp::extract(var_685, var_683);
        var_686 = idx_clamp_0(var_681, var_684);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_688 = wp::mul(var_687, var_2);
        var_689 = wp::add(var_688, var_660);
        var_690 = &(var_fine.shape);
        var_693 = wp::load(var_690);
        var_692 = wp::extract(var_693, var_691);
        var_694 = idx_clamp_0(var_689, var_692);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_695 = wp::address(var_fine, var_678, var_686, var_694);
        var_697 = wp::load(var_695);
        var_696 = wp::mul(var_670, var_697);
        var_698 = wp::address(var_fine, var_678, var_686, var_694);
        var_700 = wp::load(var_698);
        var_699 = wp::mul(var_670, var_700);
        var_701 = wp::add(var_657, var_699);
        // wsum += w                                                                              <L 59>
        var_702 = wp::add(var_658, var_670);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_706 = wp::abs(var_398);
        var_707 = wp::abs(var_659);
        var_708 = wp::add(var_706, var_707);
        var_709 = wp::abs(var_703);
        var_710 = wp::add(var_708, var_709);
        var_711 = wp::sub(var_705, var_710);
        var_712 = wp::lshift(var_704, var_711);
        var_713 = wp::float(var_712);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_715 = wp::mul(var_714, var_0);
        var_716 = wp::add(var_715, var_398);
        var_717 = &(var_fine.shape);
        var_720 = wp::load(var_717);
        var_719 = wp::extract(var_720, var_718);
        var_721 = idx_clamp_0(var_716, var_719);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_723 = wp::mul(var_722, var_1);
        var_724 = wp::add(var_723, var_659);
        var_725 = &(var_fine.shape);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = idx_clamp_0(var_724, var_727);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_731 = wp::mul(var_730, var_2);
        var_732 = wp::add(var_731, var_703);
        var_733 = &(var_fine.shape);
        var_736 = wp::load(var_733);
        var_735 = wp::extract(var_736, var_734);
        var_737 = idx_clamp_0(var_732, var_735);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_738 = wp::address(var_fine, var_721, var_729, var_737);
        var_740 = wp::load(var_738);
        var_739 = wp::mul(var_713, var_740);
        var_741 = wp::address(var_fine, var_721, var_729, var_737);
        var_743 = wp::load(var_741);
        var_742 = wp::mul(var_713, var_743);
        var_744 = wp::add(var_701, var_742);
        // wsum += w                                                                              <L 59>
        var_745 = wp::add(var_702, var_713);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_749 = wp::abs(var_398);
        var_750 = wp::abs(var_659);
        var_751 = wp::add(var_749, var_750);
        var_752 = wp::abs(var_746);
        var_753 = wp::add(var_751, var_752);
        var_754 = wp::sub(var_748, var_753);
        var_755 = wp::lshift(var_747, var_754);
        var_756 = wp::float(var_755);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_758 = wp::mul(var_757, var_0);
        var_759 = wp::add(var_758, var_398);
        var_760 = &(var_fine.shape);
        var_763 = wp::load(var_760);
        var_762 = wp::extract(var_763, var_761);
        var_764 = idx_clamp_0(var_759, var_762);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_766 = wp::mul(var_765, var_1);
        var_767 = wp::add(var_766, var_659);
        var_768 = &(var_fine.shape);
        var_771 = wp::load(var_768);
        var_770 = wp::extract(var_771, var_769);
        var_772 = idx_clamp_0(var_767, var_770);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_774 = wp::mul(var_773, var_2);
        var_775 = wp::add(var_774, var_746);
        var_776 = &(var_fine.shape);
        var_779 = wp::load(var_776);
        var_778 = wp::extract(var_779, var_777);
        var_780 = idx_clamp_0(var_775, var_778);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_781 = wp::address(var_fine, var_764, var_772, var_780);
        var_783 = wp::load(var_781);
        var_782 = wp::mul(var_756, var_783);
        var_784 = wp::address(var_fine, var_764, var_772, var_780);
        var_786 = wp::load(var_784);
        var_785 = wp::mul(var_756, var_786);
        var_787 = wp::add(var_744, var_785);
        // wsum += w                                                                              <L 59>
        var_788 = wp::add(var_745, var_756);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_794 = wp::abs(var_789);
        var_795 = wp::abs(var_790);
        var_796 = wp::add(var_794, var_795);
        var_797 = wp::abs(var_791);
        var_798 = wp::add(var_796, var_797);
        var_799 = wp::sub(var_793, var_798);
        var_800 = wp::lshift(var_792, var_799);
        var_801 = wp::float(var_800);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_803 = wp::mul(var_802, var_0);
        var_804 = wp::add(var_803, var_789);
        var_805 = &(var_fine.shape);
        var_808 = wp::load(var_805);
        var_807 = wp::extract(var_808, var_806);
        var_809 = idx_clamp_0(var_804, var_807);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_811 = wp::mul(var_810, var_1);
        var_812 = wp::add(var_811, var_790);
        var_813 = &(var_fine.shape);
        var_816 = wp::load(var_813);
        var_815 = wp::extract(var_816, var_814);
        var_817 = idx_clamp_0(var_812, var_815);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_819 = wp::mul(var_818, var_2);
        var_820 = wp::add(var_819, var_791);
        var_821 = &(var_fine.shape);
        var_824 = wp::load(var_821);
        var_823 = wp::extract(var_824, var_822);
        var_825 = idx_clamp_0(var_820, var_823);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_826 = wp::address(var_fine, var_809, var_817, var_825);
        var_828 = wp::load(var_826);
        var_827 = wp::mul(var_801, var_828);
        var_829 = wp::address(var_fine, var_809, var_817, var_825);
        var_831 = wp::load(var_829);
        var_830 = wp::mul(var_801, var_831);
        var_832 = wp::add(var_787, var_830);
        // wsum += w                                                                              <L 59>
        var_833 = wp::add(var_788, var_801);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_837 = wp::abs(var_789);
        var_838 = wp::abs(var_790);
        var_839 = wp::add(var_837, var_838);
        var_840 = wp::abs(var_834);
        var_841 = wp::add(var_839, var_840);
        var_842 = wp::sub(var_836, var_841);
        var_843 = wp::lshift(var_835, var_842);
        var_844 = wp::float(var_843);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_846 = wp::mul(var_845, var_0);
        var_847 = wp::add(var_846, var_789);
        var_848 = &(var_fine.shape);
        var_851 = wp::load(var_848);
        var_850 = wp::extract(var_851, var_849);
        var_852 = idx_clamp_0(var_847, var_850);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_854 = wp::mul(var_853, var_1);
        var_855 = wp::add(var_854, var_790);
        var_856 = &(var_fine.shape);
        var_859 = wp::load(var_856);
        var_858 = wp::extract(var_859, var_857);
        var_860 = idx_clamp_0(var_855, var_858);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_862 = wp::mul(var_861, var_2);
        var_863 = wp::add(var_862, var_834);
        var_864 = &(var_fine.shape);
        var_867 = wp::load(var_864);
        var_866 = wp::extract(var_867, var_865);
        var_868 = idx_clamp_0(var_863, var_866);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_869 = wp::address(var_fine, var_852, var_860, var_868);
        var_871 = wp::load(var_869);
        var_870 = wp::mul(var_844, var_871);
        var_872 = wp::address(var_fine, var_852, var_860, var_868);
        var_874 = wp::load(var_872);
        var_873 = wp::mul(var_844, var_874);
        var_875 = wp::add(var_832, var_873);
        // wsum += w                                                                              <L 59>
        var_876 = wp::add(var_833, var_844);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_880 = wp::abs(var_789);
        var_881 = wp::abs(var_790);
        var_882 = wp::add(var_880, var_881);
        var_883 = wp::abs(var_877);
        var_884 = wp::add(var_882, var_883);
        var_885 = wp::sub(var_879, var_884);
        var_886 = wp::lshift(var_878, var_885);
        var_887 = wp::float(var_886);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_889 = wp::mul(var_888, var_0);
        var_890 = wp::add(var_889, var_789);
        var_891 = &(var_fine.shape);
        var_894 = wp::load(var_891);
        var_893 = wp::extract(var_894, var_892);
        var_895 = idx_clamp_0(var_890, var_893);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_897 = wp::mul(var_896, var_1);
        var_898 = wp::add(var_897, var_790);
        var_899 = &(var_fine.shape);
        var_902 = wp::load(var_899);
        var_901 = wp::extract(var_902, var_900);
        var_903 = idx_clamp_0(var_898, var_901);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_905 = wp::mul(var_904, var_2);
        var_906 = wp::add(var_905, var_877);
        var_907 = &(var_fine.shape);
        var_910 = wp::load(var_907);
        var_909 = wp::extract(var_910, var_908);
        var_911 = idx_clamp_0(var_906, var_909);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_912 = wp::address(var_fine, var_895, var_903, var_911);
        var_914 = wp::load(var_912);
        var_913 = wp::mul(var_887, var_914);
        var_915 = wp::address(var_fine, var_895, var_903, var_911);
        var_917 = wp::load(var_915);
        var_916 = wp::mul(var_887, var_917);
        var_918 = wp::add(var_875, var_916);
        // wsum += w                                                                              <L 59>
        var_919 = wp::add(var_876, var_887);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_924 = wp::abs(var_789);
        var_925 = wp::abs(var_920);
        var_926 = wp::add(var_924, var_925);
        var_927 = wp::abs(var_921);
        var_928 = wp::add(var_926, var_927);
        var_929 = wp::sub(var_923, var_928);
        var_930 = wp::lshift(var_922, var_929);
        var_931 = wp::float(var_930);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_933 = wp::mul(var_932, var_0);
        var_934 = wp::add(var_933, var_789);
        var_935 = &(var_fine.shape);
        var_938 = wp::load(var_935);
        var_937 = wp::extract(var_938, var_936);
        var_939 = idx_clamp_0(var_934, var_937);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_941 = wp::mul(var_940, var_1);
        var_942 = wp::add(var_941, var_920);
        var_943 = &(var_fine.shape);
        var_946 = wp::load(var_943);
        var_945 = wp::extract(var_946, var_944);
        var_947 = idx_clamp_0(var_942, var_945);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_949 = wp::mul(var_948, var_2);
        var_950 = wp::add(var_949, var_921);
        var_951 = &(var_fine.shape);
        var_954 = wp::load(var_951);
        var_953 = wp::extract(var_954, var_952);
        var_955 = idx_clamp_0(var_950, var_953);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_956 = wp::address(var_fine, var_939, var_947, var_955);
        var_958 = wp::load(var_956);
        var_957 = wp::mul(var_931, var_958);
        var_959 = wp::address(var_fine, var_939, var_947, var_955);
        var_961 = wp::load(var_959);
        var_960 = wp::mul(var_931, var_961);
        var_962 = wp::add(var_918, var_960);
        // wsum += w                                                                              <L 59>
        var_963 = wp::add(var_919, var_931);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_967 = wp::abs(var_789);
        var_968 = wp::abs(var_920);
        var_969 = wp::add(var_967, var_968);
        var_970 = wp::abs(var_964);
        var_971 = wp::add(var_969, var_970);
        var_972 = wp::sub(var_966, var_971);
        var_973 = wp::lshift(var_965, var_972);
        var_974 = wp::float(var_973);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_976 = wp::mul(var_975, var_0);
        var_977 = wp::add(var_976, var_789);
        var_978 = &(var_fine.shape);
        var_981 = wp::load(var_978);
        var_980 = wp::extract(var_981, var_979);
        var_982 = idx_clamp_0(var_977, var_980);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_984 = wp::mul(var_983, var_1);
        var_985 = wp::add(var_984, var_920);
        var_986 = &(var_fine.shape);
        var_989 = wp::load(var_986);
        var_988 = wp::extract(var_989, var_987);
        var_990 = idx_clamp_0(var_985, var_988);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_992 = wp::mul(var_991, var_2);
        var_993 = wp::add(var_992, var_964);
        var_994 = &(var_fine.shape);
        var_997 = wp::load(var_994);
        var_996 = wp::extract(var_997, var_995);
        var_998 = idx_clamp_0(var_993, var_996);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_999 = wp::address(var_fine, var_982, var_990, var_998);
        var_1001 = wp::load(var_999);
        var_1000 = wp::mul(var_974, var_1001);
        var_1002 = wp::address(var_fine, var_982, var_990, var_998);
        var_1004 = wp::load(var_1002);
        var_1003 = wp::mul(var_974, var_1004);
        var_1005 = wp::add(var_962, var_1003);
        // wsum += w                                                                              <L 59>
        var_1006 = wp::add(var_963, var_974);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1010 = wp::abs(var_789);
        var_1011 = wp::abs(var_920);
        var_1012 = wp::add(var_1010, var_1011);
        var_1013 = wp::abs(var_1007);
        var_1014 = wp::add(var_1012, var_1013);
        var_1015 = wp::sub(var_1009, var_1014);
        var_1016 = wp::lshift(var_1008, var_1015);
        var_1017 = wp::float(var_1016);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1019 = wp::mul(var_1018, var_0);
        var_1020 = wp::add(var_1019, var_789);
        var_1021 = &(var_fine.shape);
        var_1024 = wp::load(var_1021);
        var_1023 = wp::extract(var_1024, var_1022);
        var_1025 = idx_clamp_0(var_1020, var_1023);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1027 = wp::mul(var_1026, var_1);
        var_1028 = wp::add(var_1027, var_920);
        var_1029 = &(var_fine.shape);
        var_1032 = wp::load(var_1029);
        var_1031 = wp::extract(var_1032, var_1030);
        var_1033 = idx_clamp_0(var_1028, var_1031);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1035 = wp::mul(var_1034, var_2);
        var_1036 = wp::add(var_1035, var_1007);
        var_1037 = &(var_fine.shape);
        var_1040 = wp::load(var_1037);
        var_1039 = wp::extract(var_1040, var_1038);
        var_1041 = idx_clamp_0(var_1036, var_1039);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1042 = wp::address(var_fine, var_1025, var_1033, var_1041);
        var_1044 = wp::load(var_1042);
        var_1043 = wp::mul(var_1017, var_1044);
        var_1045 = wp::address(var_fine, var_1025, var_1033, var_1041);
        var_1047 = wp::load(var_1045);
        var_1046 = wp::mul(var_1017, var_1047);
        var_1048 = wp::add(var_1005, var_1046);
        // wsum += w                                                                              <L 59>
        var_1049 = wp::add(var_1006, var_1017);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1054 = wp::abs(var_789);
        var_1055 = wp::abs(var_1050);
        var_1056 = wp::add(var_1054, var_1055);
        var_1057 = wp::abs(var_1051);
        var_1058 = wp::add(var_1056, var_1057);
        var_1059 = wp::sub(var_1053, var_1058);
        var_1060 = wp::lshift(var_1052, var_1059);
        var_1061 = wp::float(var_1060);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1063 = wp::mul(var_1062, var_0);
        var_1064 = wp::add(var_1063, var_789);
        var_1065 = &(var_fine.shape);
        var_1068 = wp::load(var_1065);
        var_1067 = wp::extract(var_1068, var_1066);
        var_1069 = idx_clamp_0(var_1064, var_1067);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1071 = wp::mul(var_1070, var_1);
        var_1072 = wp::add(var_1071, var_1050);
        var_1073 = &(var_fine.shape);
        var_1076 = wp::load(var_1073);
        var_1075 = wp::extract(var_1076, var_1074);
        var_1077 = idx_clamp_0(var_1072, var_1075);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1079 = wp::mul(var_1078, var_2);
        var_1080 = wp::add(var_1079, var_1051);
        var_1081 = &(var_fine.shape);
        var_1084 = wp::load(var_1081);
        var_1083 = wp::extract(var_1084, var_1082);
        var_1085 = idx_clamp_0(var_1080, var_1083);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1086 = wp::address(var_fine, var_1069, var_1077, var_1085);
        var_1088 = wp::load(var_1086);
        var_1087 = wp::mul(var_1061, var_1088);
        var_1089 = wp::address(var_fine, var_1069, var_1077, var_1085);
        var_1091 = wp::load(var_1089);
        var_1090 = wp::mul(var_1061, var_1091);
        var_1092 = wp::add(var_1048, var_1090);
        // wsum += w                                                                              <L 59>
        var_1093 = wp::add(var_1049, var_1061);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1097 = wp::abs(var_789);
        var_1098 = wp::abs(var_1050);
        var_1099 = wp::add(var_1097, var_1098);
        var_1100 = wp::abs(var_1094);
        var_1101 = wp::add(var_1099, var_1100);
        var_1102 = wp::sub(var_1096, var_1101);
        var_1103 = wp::lshift(var_1095, var_1102);
        var_1104 = wp::float(var_1103);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1106 = wp::mul(var_1105, var_0);
        var_1107 = wp::add(var_1106, var_789);
        var_1108 = &(var_fine.shape);
        var_1111 = wp::load(var_1108);
        var_1110 = wp::extract(var_1111, var_1109);
        var_1112 = idx_clamp_0(var_1107, var_1110);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1114 = wp::mul(var_1113, var_1);
        var_1115 = wp::add(var_1114, var_1050);
        var_1116 = &(var_fine.shape);
        var_1119 = wp::load(var_1116);
        var_1118 = wp::extract(var_1119, var_1117);
        var_1120 = idx_clamp_0(var_1115, var_1118);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1122 = wp::mul(var_1121, var_2);
        var_1123 = wp::add(var_1122, var_1094);
        var_1124 = &(var_fine.shape);
        var_1127 = wp::load(var_1124);
        var_1126 = wp::extract(var_1127, var_1125);
        var_1128 = idx_clamp_0(var_1123, var_1126);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1129 = wp::address(var_fine, var_1112, var_1120, var_1128);
        var_1131 = wp::load(var_1129);
        var_1130 = wp::mul(var_1104, var_1131);
        var_1132 = wp::address(var_fine, var_1112, var_1120, var_1128);
        var_1134 = wp::load(var_1132);
        var_1133 = wp::mul(var_1104, var_1134);
        var_1135 = wp::add(var_1092, var_1133);
        // wsum += w                                                                              <L 59>
        var_1136 = wp::add(var_1093, var_1104);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1140 = wp::abs(var_789);
        var_1141 = wp::abs(var_1050);
        var_1142 = wp::add(var_1140, var_1141);
        var_1143 = wp::abs(var_1137);
        var_1144 = wp::add(var_1142, var_1143);
        var_1145 = wp::sub(var_1139, var_1144);
        var_1146 = wp::lshift(var_1138, var_1145);
        var_1147 = wp::float(var_1146);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1149 = wp::mul(var_1148, var_0);
        var_1150 = wp::add(var_1149, var_789);
        var_1151 = &(var_fine.shape);
        var_1154 = wp::load(var_1151);
        var_1153 = wp::extract(var_1154, var_1152);
        var_1155 = idx_clamp_0(var_1150, var_1153);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1157 = wp::mul(var_1156, var_1);
        var_1158 = wp::add(var_1157, var_1050);
        var_1159 = &(var_fine.shape);
        var_1162 = wp::load(var_1159);
        var_1161 = wp::extract(var_1162, var_1160);
        var_1163 = idx_clamp_0(var_1158, var_1161);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1165 = wp::mul(var_1164, var_2);
        var_1166 = wp::add(var_1165, var_1137);
        var_1167 = &(var_fine.shape);
        var_1170 = wp::load(var_1167);
        var_1169 = wp::extract(var_1170, var_1168);
        var_1171 = idx_clamp_0(var_1166, var_1169);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1172 = wp::address(var_fine, var_1155, var_1163, var_1171);
        var_1174 = wp::load(var_1172);
        var_1173 = wp::mul(var_1147, var_1174);
        var_1175 = wp::address(var_fine, var_1155, var_1163, var_1171);
        var_1177 = wp::load(var_1175);
        var_1176 = wp::mul(var_1147, var_1177);
        var_1178 = wp::add(var_1135, var_1176);
        // wsum += w                                                                              <L 59>
        var_1179 = wp::add(var_1136, var_1147);
        // coarse[i, j, k] = acc / wsum                                                           <L 60>
        var_1180 = wp::div(var_1178, var_1179);
        wp::array_store(var_coarse, var_0, var_1, var_2, var_1180);
    }
}



extern "C" __global__ void restrict_full_weight_bbd22170_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> adj_fine,
    wp::array_t<wp::float32> adj_coarse)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::shape_t* var_66;
        const wp::int32 var_67 = 0;
        wp::int32 var_68;
        wp::shape_t var_69;
        wp::int32 var_70;
        const wp::int32 var_71 = 2;
        wp::int32 var_72;
        wp::int32 var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::shape_t var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        wp::int32 var_81;
        wp::shape_t* var_82;
        const wp::int32 var_83 = 2;
        wp::int32 var_84;
        wp::shape_t var_85;
        wp::int32 var_86;
        wp::float32* var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 1;
        const wp::int32 var_96 = 1;
        const wp::int32 var_97 = 3;
        wp::int32 var_98;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::float32 var_105;
        const wp::int32 var_106 = 2;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::shape_t* var_109;
        const wp::int32 var_110 = 0;
        wp::int32 var_111;
        wp::shape_t var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 2;
        wp::int32 var_115;
        wp::int32 var_116;
        wp::shape_t* var_117;
        const wp::int32 var_118 = 1;
        wp::int32 var_119;
        wp::shape_t var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        wp::int32 var_124;
        wp::shape_t* var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        wp::shape_t var_128;
        wp::int32 var_129;
        wp::float32* var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32* var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 0;
        const wp::int32 var_139 = -1;
        const wp::int32 var_140 = 1;
        const wp::int32 var_141 = 3;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        wp::int32 var_145;
        wp::int32 var_146;
        wp::int32 var_147;
        wp::int32 var_148;
        wp::float32 var_149;
        const wp::int32 var_150 = 2;
        wp::int32 var_151;
        wp::int32 var_152;
        wp::shape_t* var_153;
        const wp::int32 var_154 = 0;
        wp::int32 var_155;
        wp::shape_t var_156;
        wp::int32 var_157;
        const wp::int32 var_158 = 2;
        wp::int32 var_159;
        wp::int32 var_160;
        wp::shape_t* var_161;
        const wp::int32 var_162 = 1;
        wp::int32 var_163;
        wp::shape_t var_164;
        wp::int32 var_165;
        const wp::int32 var_166 = 2;
        wp::int32 var_167;
        wp::int32 var_168;
        wp::shape_t* var_169;
        const wp::int32 var_170 = 2;
        wp::int32 var_171;
        wp::shape_t var_172;
        wp::int32 var_173;
        wp::float32* var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        wp::float32* var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        const wp::int32 var_182 = 0;
        const wp::int32 var_183 = 1;
        const wp::int32 var_184 = 3;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 2;
        wp::int32 var_194;
        wp::int32 var_195;
        wp::shape_t* var_196;
        const wp::int32 var_197 = 0;
        wp::int32 var_198;
        wp::shape_t var_199;
        wp::int32 var_200;
        const wp::int32 var_201 = 2;
        wp::int32 var_202;
        wp::int32 var_203;
        wp::shape_t* var_204;
        const wp::int32 var_205 = 1;
        wp::int32 var_206;
        wp::shape_t var_207;
        wp::int32 var_208;
        const wp::int32 var_209 = 2;
        wp::int32 var_210;
        wp::int32 var_211;
        wp::shape_t* var_212;
        const wp::int32 var_213 = 2;
        wp::int32 var_214;
        wp::shape_t var_215;
        wp::int32 var_216;
        wp::float32* var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        wp::float32* var_220;
        wp::float32 var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 1;
        const wp::int32 var_226 = 1;
        const wp::int32 var_227 = 3;
        wp::int32 var_228;
        wp::int32 var_229;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::float32 var_235;
        const wp::int32 var_236 = 2;
        wp::int32 var_237;
        wp::int32 var_238;
        wp::shape_t* var_239;
        const wp::int32 var_240 = 0;
        wp::int32 var_241;
        wp::shape_t var_242;
        wp::int32 var_243;
        const wp::int32 var_244 = 2;
        wp::int32 var_245;
        wp::int32 var_246;
        wp::shape_t* var_247;
        const wp::int32 var_248 = 1;
        wp::int32 var_249;
        wp::shape_t var_250;
        wp::int32 var_251;
        const wp::int32 var_252 = 2;
        wp::int32 var_253;
        wp::int32 var_254;
        wp::shape_t* var_255;
        const wp::int32 var_256 = 2;
        wp::int32 var_257;
        wp::shape_t var_258;
        wp::int32 var_259;
        wp::float32* var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::float32* var_263;
        wp::float32 var_264;
        wp::float32 var_265;
        wp::float32 var_266;
        wp::float32 var_267;
        const wp::int32 var_268 = 1;
        const wp::int32 var_269 = -1;
        const wp::int32 var_270 = 1;
        const wp::int32 var_271 = 3;
        wp::int32 var_272;
        wp::int32 var_273;
        wp::int32 var_274;
        wp::int32 var_275;
        wp::int32 var_276;
        wp::int32 var_277;
        wp::int32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 2;
        wp::int32 var_281;
        wp::int32 var_282;
        wp::shape_t* var_283;
        const wp::int32 var_284 = 0;
        wp::int32 var_285;
        wp::shape_t var_286;
        wp::int32 var_287;
        const wp::int32 var_288 = 2;
        wp::int32 var_289;
        wp::int32 var_290;
        wp::shape_t* var_291;
        const wp::int32 var_292 = 1;
        wp::int32 var_293;
        wp::shape_t var_294;
        wp::int32 var_295;
        const wp::int32 var_296 = 2;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::shape_t* var_299;
        const wp::int32 var_300 = 2;
        wp::int32 var_301;
        wp::shape_t var_302;
        wp::int32 var_303;
        wp::float32* var_304;
        wp::float32 var_305;
        wp::float32 var_306;
        wp::float32* var_307;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 0;
        const wp::int32 var_313 = 1;
        const wp::int32 var_314 = 3;
        wp::int32 var_315;
        wp::int32 var_316;
        wp::int32 var_317;
        wp::int32 var_318;
        wp::int32 var_319;
        wp::int32 var_320;
        wp::int32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 2;
        wp::int32 var_324;
        wp::int32 var_325;
        wp::shape_t* var_326;
        const wp::int32 var_327 = 0;
        wp::int32 var_328;
        wp::shape_t var_329;
        wp::int32 var_330;
        const wp::int32 var_331 = 2;
        wp::int32 var_332;
        wp::int32 var_333;
        wp::shape_t* var_334;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        wp::shape_t var_337;
        wp::int32 var_338;
        const wp::int32 var_339 = 2;
        wp::int32 var_340;
        wp::int32 var_341;
        wp::shape_t* var_342;
        const wp::int32 var_343 = 2;
        wp::int32 var_344;
        wp::shape_t var_345;
        wp::int32 var_346;
        wp::float32* var_347;
        wp::float32 var_348;
        wp::float32 var_349;
        wp::float32* var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        wp::float32 var_354;
        const wp::int32 var_355 = 1;
        const wp::int32 var_356 = 1;
        const wp::int32 var_357 = 3;
        wp::int32 var_358;
        wp::int32 var_359;
        wp::int32 var_360;
        wp::int32 var_361;
        wp::int32 var_362;
        wp::int32 var_363;
        wp::int32 var_364;
        wp::float32 var_365;
        const wp::int32 var_366 = 2;
        wp::int32 var_367;
        wp::int32 var_368;
        wp::shape_t* var_369;
        const wp::int32 var_370 = 0;
        wp::int32 var_371;
        wp::shape_t var_372;
        wp::int32 var_373;
        const wp::int32 var_374 = 2;
        wp::int32 var_375;
        wp::int32 var_376;
        wp::shape_t* var_377;
        const wp::int32 var_378 = 1;
        wp::int32 var_379;
        wp::shape_t var_380;
        wp::int32 var_381;
        const wp::int32 var_382 = 2;
        wp::int32 var_383;
        wp::int32 var_384;
        wp::shape_t* var_385;
        const wp::int32 var_386 = 2;
        wp::int32 var_387;
        wp::shape_t var_388;
        wp::int32 var_389;
        wp::float32* var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        wp::float32* var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32 var_396;
        wp::float32 var_397;
        const wp::int32 var_398 = 0;
        const wp::int32 var_399 = -1;
        const wp::int32 var_400 = -1;
        const wp::int32 var_401 = 1;
        const wp::int32 var_402 = 3;
        wp::int32 var_403;
        wp::int32 var_404;
        wp::int32 var_405;
        wp::int32 var_406;
        wp::int32 var_407;
        wp::int32 var_408;
        wp::int32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 2;
        wp::int32 var_412;
        wp::int32 var_413;
        wp::shape_t* var_414;
        const wp::int32 var_415 = 0;
        wp::int32 var_416;
        wp::shape_t var_417;
        wp::int32 var_418;
        const wp::int32 var_419 = 2;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::shape_t* var_422;
        const wp::int32 var_423 = 1;
        wp::int32 var_424;
        wp::shape_t var_425;
        wp::int32 var_426;
        const wp::int32 var_427 = 2;
        wp::int32 var_428;
        wp::int32 var_429;
        wp::shape_t* var_430;
        const wp::int32 var_431 = 2;
        wp::int32 var_432;
        wp::shape_t var_433;
        wp::int32 var_434;
        wp::float32* var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        wp::float32* var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        wp::float32 var_442;
        const wp::int32 var_443 = 0;
        const wp::int32 var_444 = 1;
        const wp::int32 var_445 = 3;
        wp::int32 var_446;
        wp::int32 var_447;
        wp::int32 var_448;
        wp::int32 var_449;
        wp::int32 var_450;
        wp::int32 var_451;
        wp::int32 var_452;
        wp::float32 var_453;
        const wp::int32 var_454 = 2;
        wp::int32 var_455;
        wp::int32 var_456;
        wp::shape_t* var_457;
        const wp::int32 var_458 = 0;
        wp::int32 var_459;
        wp::shape_t var_460;
        wp::int32 var_461;
        const wp::int32 var_462 = 2;
        wp::int32 var_463;
        wp::int32 var_464;
        wp::shape_t* var_465;
        const wp::int32 var_466 = 1;
        wp::int32 var_467;
        wp::shape_t var_468;
        wp::int32 var_469;
        const wp::int32 var_470 = 2;
        wp::int32 var_471;
        wp::int32 var_472;
        wp::shape_t* var_473;
        const wp::int32 var_474 = 2;
        wp::int32 var_475;
        wp::shape_t var_476;
        wp::int32 var_477;
        wp::float32* var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32* var_481;
        wp::float32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        const wp::int32 var_486 = 1;
        const wp::int32 var_487 = 1;
        const wp::int32 var_488 = 3;
        wp::int32 var_489;
        wp::int32 var_490;
        wp::int32 var_491;
        wp::int32 var_492;
        wp::int32 var_493;
        wp::int32 var_494;
        wp::int32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 2;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::shape_t* var_500;
        const wp::int32 var_501 = 0;
        wp::int32 var_502;
        wp::shape_t var_503;
        wp::int32 var_504;
        const wp::int32 var_505 = 2;
        wp::int32 var_506;
        wp::int32 var_507;
        wp::shape_t* var_508;
        const wp::int32 var_509 = 1;
        wp::int32 var_510;
        wp::shape_t var_511;
        wp::int32 var_512;
        const wp::int32 var_513 = 2;
        wp::int32 var_514;
        wp::int32 var_515;
        wp::shape_t* var_516;
        const wp::int32 var_517 = 2;
        wp::int32 var_518;
        wp::shape_t var_519;
        wp::int32 var_520;
        wp::float32* var_521;
        wp::float32 var_522;
        wp::float32 var_523;
        wp::float32* var_524;
        wp::float32 var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        wp::float32 var_528;
        const wp::int32 var_529 = 0;
        const wp::int32 var_530 = -1;
        const wp::int32 var_531 = 1;
        const wp::int32 var_532 = 3;
        wp::int32 var_533;
        wp::int32 var_534;
        wp::int32 var_535;
        wp::int32 var_536;
        wp::int32 var_537;
        wp::int32 var_538;
        wp::int32 var_539;
        wp::float32 var_540;
        const wp::int32 var_541 = 2;
        wp::int32 var_542;
        wp::int32 var_543;
        wp::shape_t* var_544;
        const wp::int32 var_545 = 0;
        wp::int32 var_546;
        wp::shape_t var_547;
        wp::int32 var_548;
        const wp::int32 var_549 = 2;
        wp::int32 var_550;
        wp::int32 var_551;
        wp::shape_t* var_552;
        const wp::int32 var_553 = 1;
        wp::int32 var_554;
        wp::shape_t var_555;
        wp::int32 var_556;
        const wp::int32 var_557 = 2;
        wp::int32 var_558;
        wp::int32 var_559;
        wp::shape_t* var_560;
        const wp::int32 var_561 = 2;
        wp::int32 var_562;
        wp::shape_t var_563;
        wp::int32 var_564;
        wp::float32* var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32* var_568;
        wp::float32 var_569;
        wp::float32 var_570;
        wp::float32 var_571;
        wp::float32 var_572;
        const wp::int32 var_573 = 0;
        const wp::int32 var_574 = 1;
        const wp::int32 var_575 = 3;
        wp::int32 var_576;
        wp::int32 var_577;
        wp::int32 var_578;
        wp::int32 var_579;
        wp::int32 var_580;
        wp::int32 var_581;
        wp::int32 var_582;
        wp::float32 var_583;
        const wp::int32 var_584 = 2;
        wp::int32 var_585;
        wp::int32 var_586;
        wp::shape_t* var_587;
        const wp::int32 var_588 = 0;
        wp::int32 var_589;
        wp::shape_t var_590;
        wp::int32 var_591;
        const wp::int32 var_592 = 2;
        wp::int32 var_593;
        wp::int32 var_594;
        wp::shape_t* var_595;
        const wp::int32 var_596 = 1;
        wp::int32 var_597;
        wp::shape_t var_598;
        wp::int32 var_599;
        const wp::int32 var_600 = 2;
        wp::int32 var_601;
        wp::int32 var_602;
        wp::shape_t* var_603;
        const wp::int32 var_604 = 2;
        wp::int32 var_605;
        wp::shape_t var_606;
        wp::int32 var_607;
        wp::float32* var_608;
        wp::float32 var_609;
        wp::float32 var_610;
        wp::float32* var_611;
        wp::float32 var_612;
        wp::float32 var_613;
        wp::float32 var_614;
        wp::float32 var_615;
        const wp::int32 var_616 = 1;
        const wp::int32 var_617 = 1;
        const wp::int32 var_618 = 3;
        wp::int32 var_619;
        wp::int32 var_620;
        wp::int32 var_621;
        wp::int32 var_622;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::int32 var_625;
        wp::float32 var_626;
        const wp::int32 var_627 = 2;
        wp::int32 var_628;
        wp::int32 var_629;
        wp::shape_t* var_630;
        const wp::int32 var_631 = 0;
        wp::int32 var_632;
        wp::shape_t var_633;
        wp::int32 var_634;
        const wp::int32 var_635 = 2;
        wp::int32 var_636;
        wp::int32 var_637;
        wp::shape_t* var_638;
        const wp::int32 var_639 = 1;
        wp::int32 var_640;
        wp::shape_t var_641;
        wp::int32 var_642;
        const wp::int32 var_643 = 2;
        wp::int32 var_644;
        wp::int32 var_645;
        wp::shape_t* var_646;
        const wp::int32 var_647 = 2;
        wp::int32 var_648;
        wp::shape_t var_649;
        wp::int32 var_650;
        wp::float32* var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        wp::float32* var_654;
        wp::float32 var_655;
        wp::float32 var_656;
        wp::float32 var_657;
        wp::float32 var_658;
        const wp::int32 var_659 = 1;
        const wp::int32 var_660 = -1;
        const wp::int32 var_661 = 1;
        const wp::int32 var_662 = 3;
        wp::int32 var_663;
        wp::int32 var_664;
        wp::int32 var_665;
        wp::int32 var_666;
        wp::int32 var_667;
        wp::int32 var_668;
        wp::int32 var_669;
        wp::float32 var_670;
        const wp::int32 var_671 = 2;
        wp::int32 var_672;
        wp::int32 var_673;
        wp::shape_t* var_674;
        const wp::int32 var_675 = 0;
        wp::int32 var_676;
        wp::shape_t var_677;
        wp::int32 var_678;
        const wp::int32 var_679 = 2;
        wp::int32 var_680;
        wp::int32 var_681;
        wp::shape_t* var_682;
        const wp::int32 var_683 = 1;
        wp::int32 var_684;
        wp::shape_t var_685;
        wp::int32 var_686;
        const wp::int32 var_687 = 2;
        wp::int32 var_688;
        wp::int32 var_689;
        wp::shape_t* var_690;
        const wp::int32 var_691 = 2;
        wp::int32 var_692;
        wp::shape_t var_693;
        wp::int32 var_694;
        wp::float32* var_695;
        wp::float32 var_696;
        wp::float32 var_697;
        wp::float32* var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        wp::float32 var_701;
        wp::float32 var_702;
        const wp::int32 var_703 = 0;
        const wp::int32 var_704 = 1;
        const wp::int32 var_705 = 3;
        wp::int32 var_706;
        wp::int32 var_707;
        wp::int32 var_708;
        wp::int32 var_709;
        wp::int32 var_710;
        wp::int32 var_711;
        wp::int32 var_712;
        wp::float32 var_713;
        const wp::int32 var_714 = 2;
        wp::int32 var_715;
        wp::int32 var_716;
        wp::shape_t* var_717;
        const wp::int32 var_718 = 0;
        wp::int32 var_719;
        wp::shape_t var_720;
        wp::int32 var_721;
        const wp::int32 var_722 = 2;
        wp::int32 var_723;
        wp::int32 var_724;
        wp::shape_t* var_725;
        const wp::int32 var_726 = 1;
        wp::int32 var_727;
        wp::shape_t var_728;
        wp::int32 var_729;
        const wp::int32 var_730 = 2;
        wp::int32 var_731;
        wp::int32 var_732;
        wp::shape_t* var_733;
        const wp::int32 var_734 = 2;
        wp::int32 var_735;
        wp::shape_t var_736;
        wp::int32 var_737;
        wp::float32* var_738;
        wp::float32 var_739;
        wp::float32 var_740;
        wp::float32* var_741;
        wp::float32 var_742;
        wp::float32 var_743;
        wp::float32 var_744;
        wp::float32 var_745;
        const wp::int32 var_746 = 1;
        const wp::int32 var_747 = 1;
        const wp::int32 var_748 = 3;
        wp::int32 var_749;
        wp::int32 var_750;
        wp::int32 var_751;
        wp::int32 var_752;
        wp::int32 var_753;
        wp::int32 var_754;
        wp::int32 var_755;
        wp::float32 var_756;
        const wp::int32 var_757 = 2;
        wp::int32 var_758;
        wp::int32 var_759;
        wp::shape_t* var_760;
        const wp::int32 var_761 = 0;
        wp::int32 var_762;
        wp::shape_t var_763;
        wp::int32 var_764;
        const wp::int32 var_765 = 2;
        wp::int32 var_766;
        wp::int32 var_767;
        wp::shape_t* var_768;
        const wp::int32 var_769 = 1;
        wp::int32 var_770;
        wp::shape_t var_771;
        wp::int32 var_772;
        const wp::int32 var_773 = 2;
        wp::int32 var_774;
        wp::int32 var_775;
        wp::shape_t* var_776;
        const wp::int32 var_777 = 2;
        wp::int32 var_778;
        wp::shape_t var_779;
        wp::int32 var_780;
        wp::float32* var_781;
        wp::float32 var_782;
        wp::float32 var_783;
        wp::float32* var_784;
        wp::float32 var_785;
        wp::float32 var_786;
        wp::float32 var_787;
        wp::float32 var_788;
        const wp::int32 var_789 = 1;
        const wp::int32 var_790 = -1;
        const wp::int32 var_791 = -1;
        const wp::int32 var_792 = 1;
        const wp::int32 var_793 = 3;
        wp::int32 var_794;
        wp::int32 var_795;
        wp::int32 var_796;
        wp::int32 var_797;
        wp::int32 var_798;
        wp::int32 var_799;
        wp::int32 var_800;
        wp::float32 var_801;
        const wp::int32 var_802 = 2;
        wp::int32 var_803;
        wp::int32 var_804;
        wp::shape_t* var_805;
        const wp::int32 var_806 = 0;
        wp::int32 var_807;
        wp::shape_t var_808;
        wp::int32 var_809;
        const wp::int32 var_810 = 2;
        wp::int32 var_811;
        wp::int32 var_812;
        wp::shape_t* var_813;
        const wp::int32 var_814 = 1;
        wp::int32 var_815;
        wp::shape_t var_816;
        wp::int32 var_817;
        const wp::int32 var_818 = 2;
        wp::int32 var_819;
        wp::int32 var_820;
        wp::shape_t* var_821;
        const wp::int32 var_822 = 2;
        wp::int32 var_823;
        wp::shape_t var_824;
        wp::int32 var_825;
        wp::float32* var_826;
        wp::float32 var_827;
        wp::float32 var_828;
        wp::float32* var_829;
        wp::float32 var_830;
        wp::float32 var_831;
        wp::float32 var_832;
        wp::float32 var_833;
        const wp::int32 var_834 = 0;
        const wp::int32 var_835 = 1;
        const wp::int32 var_836 = 3;
        wp::int32 var_837;
        wp::int32 var_838;
        wp::int32 var_839;
        wp::int32 var_840;
        wp::int32 var_841;
        wp::int32 var_842;
        wp::int32 var_843;
        wp::float32 var_844;
        const wp::int32 var_845 = 2;
        wp::int32 var_846;
        wp::int32 var_847;
        wp::shape_t* var_848;
        const wp::int32 var_849 = 0;
        wp::int32 var_850;
        wp::shape_t var_851;
        wp::int32 var_852;
        const wp::int32 var_853 = 2;
        wp::int32 var_854;
        wp::int32 var_855;
        wp::shape_t* var_856;
        const wp::int32 var_857 = 1;
        wp::int32 var_858;
        wp::shape_t var_859;
        wp::int32 var_860;
        const wp::int32 var_861 = 2;
        wp::int32 var_862;
        wp::int32 var_863;
        wp::shape_t* var_864;
        const wp::int32 var_865 = 2;
        wp::int32 var_866;
        wp::shape_t var_867;
        wp::int32 var_868;
        wp::float32* var_869;
        wp::float32 var_870;
        wp::float32 var_871;
        wp::float32* var_872;
        wp::float32 var_873;
        wp::float32 var_874;
        wp::float32 var_875;
        wp::float32 var_876;
        const wp::int32 var_877 = 1;
        const wp::int32 var_878 = 1;
        const wp::int32 var_879 = 3;
        wp::int32 var_880;
        wp::int32 var_881;
        wp::int32 var_882;
        wp::int32 var_883;
        wp::int32 var_884;
        wp::int32 var_885;
        wp::int32 var_886;
        wp::float32 var_887;
        const wp::int32 var_888 = 2;
        wp::int32 var_889;
        wp::int32 var_890;
        wp::shape_t* var_891;
        const wp::int32 var_892 = 0;
        wp::int32 var_893;
        wp::shape_t var_894;
        wp::int32 var_895;
        const wp::int32 var_896 = 2;
        wp::int32 var_897;
        wp::int32 var_898;
        wp::shape_t* var_899;
        const wp::int32 var_900 = 1;
        wp::int32 var_901;
        wp::shape_t var_902;
        wp::int32 var_903;
        const wp::int32 var_904 = 2;
        wp::int32 var_905;
        wp::int32 var_906;
        wp::shape_t* var_907;
        const wp::int32 var_908 = 2;
        wp::int32 var_909;
        wp::shape_t var_910;
        wp::int32 var_911;
        wp::float32* var_912;
        wp::float32 var_913;
        wp::float32 var_914;
        wp::float32* var_915;
        wp::float32 var_916;
        wp::float32 var_917;
        wp::float32 var_918;
        wp::float32 var_919;
        const wp::int32 var_920 = 0;
        const wp::int32 var_921 = -1;
        const wp::int32 var_922 = 1;
        const wp::int32 var_923 = 3;
        wp::int32 var_924;
        wp::int32 var_925;
        wp::int32 var_926;
        wp::int32 var_927;
        wp::int32 var_928;
        wp::int32 var_929;
        wp::int32 var_930;
        wp::float32 var_931;
        const wp::int32 var_932 = 2;
        wp::int32 var_933;
        wp::int32 var_934;
        wp::shape_t* var_935;
        const wp::int32 var_936 = 0;
        wp::int32 var_937;
        wp::shape_t var_938;
        wp::int32 var_939;
        const wp::int32 var_940 = 2;
        wp::int32 var_941;
        wp::int32 var_942;
        wp::shape_t* var_943;
        const wp::int32 var_944 = 1;
        wp::int32 var_945;
        wp::shape_t var_946;
        wp::int32 var_947;
        const wp::int32 var_948 = 2;
        wp::int32 var_949;
        wp::int32 var_950;
        wp::shape_t* var_951;
        const wp::int32 var_952 = 2;
        wp::int32 var_953;
        wp::shape_t var_954;
        wp::int32 var_955;
        wp::float32* var_956;
        wp::float32 var_957;
        wp::float32 var_958;
        wp::float32* var_959;
        wp::float32 var_960;
        wp::float32 var_961;
        wp::float32 var_962;
        wp::float32 var_963;
        const wp::int32 var_964 = 0;
        const wp::int32 var_965 = 1;
        const wp::int32 var_966 = 3;
        wp::int32 var_967;
        wp::int32 var_968;
        wp::int32 var_969;
        wp::int32 var_970;
        wp::int32 var_971;
        wp::int32 var_972;
        wp::int32 var_973;
        wp::float32 var_974;
        const wp::int32 var_975 = 2;
        wp::int32 var_976;
        wp::int32 var_977;
        wp::shape_t* var_978;
        const wp::int32 var_979 = 0;
        wp::int32 var_980;
        wp::shape_t var_981;
        wp::int32 var_982;
        const wp::int32 var_983 = 2;
        wp::int32 var_984;
        wp::int32 var_985;
        wp::shape_t* var_986;
        const wp::int32 var_987 = 1;
        wp::int32 var_988;
        wp::shape_t var_989;
        wp::int32 var_990;
        const wp::int32 var_991 = 2;
        wp::int32 var_992;
        wp::int32 var_993;
        wp::shape_t* var_994;
        const wp::int32 var_995 = 2;
        wp::int32 var_996;
        wp::shape_t var_997;
        wp::int32 var_998;
        wp::float32* var_999;
        wp::float32 var_1000;
        wp::float32 var_1001;
        wp::float32* var_1002;
        wp::float32 var_1003;
        wp::float32 var_1004;
        wp::float32 var_1005;
        wp::float32 var_1006;
        const wp::int32 var_1007 = 1;
        const wp::int32 var_1008 = 1;
        const wp::int32 var_1009 = 3;
        wp::int32 var_1010;
        wp::int32 var_1011;
        wp::int32 var_1012;
        wp::int32 var_1013;
        wp::int32 var_1014;
        wp::int32 var_1015;
        wp::int32 var_1016;
        wp::float32 var_1017;
        const wp::int32 var_1018 = 2;
        wp::int32 var_1019;
        wp::int32 var_1020;
        wp::shape_t* var_1021;
        const wp::int32 var_1022 = 0;
        wp::int32 var_1023;
        wp::shape_t var_1024;
        wp::int32 var_1025;
        const wp::int32 var_1026 = 2;
        wp::int32 var_1027;
        wp::int32 var_1028;
        wp::shape_t* var_1029;
        const wp::int32 var_1030 = 1;
        wp::int32 var_1031;
        wp::shape_t var_1032;
        wp::int32 var_1033;
        const wp::int32 var_1034 = 2;
        wp::int32 var_1035;
        wp::int32 var_1036;
        wp::shape_t* var_1037;
        const wp::int32 var_1038 = 2;
        wp::int32 var_1039;
        wp::shape_t var_1040;
        wp::int32 var_1041;
        wp::float32* var_1042;
        wp::float32 var_1043;
        wp::float32 var_1044;
        wp::float32* var_1045;
        wp::float32 var_1046;
        wp::float32 var_1047;
        wp::float32 var_1048;
        wp::float32 var_1049;
        const wp::int32 var_1050 = 1;
        const wp::int32 var_1051 = -1;
        const wp::int32 var_1052 = 1;
        const wp::int32 var_1053 = 3;
        wp::int32 var_1054;
        wp::int32 var_1055;
        wp::int32 var_1056;
        wp::int32 var_1057;
        wp::int32 var_1058;
        wp::int32 var_1059;
        wp::int32 var_1060;
        wp::float32 var_1061;
        const wp::int32 var_1062 = 2;
        wp::int32 var_1063;
        wp::int32 var_1064;
        wp::shape_t* var_1065;
        const wp::int32 var_1066 = 0;
        wp::int32 var_1067;
        wp::shape_t var_1068;
        wp::int32 var_1069;
        const wp::int32 var_1070 = 2;
        wp::int32 var_1071;
        wp::int32 var_1072;
        wp::shape_t* var_1073;
        const wp::int32 var_1074 = 1;
        wp::int32 var_1075;
        wp::shape_t var_1076;
        wp::int32 var_1077;
        const wp::int32 var_1078 = 2;
        wp::int32 var_1079;
        wp::int32 var_1080;
        wp::shape_t* var_1081;
        const wp::int32 var_1082 = 2;
        wp::int32 var_1083;
        wp::shape_t var_1084;
        wp::int32 var_1085;
        wp::float32* var_1086;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::float32* var_1089;
        wp::float32 var_1090;
        wp::float32 var_1091;
        wp::float32 var_1092;
        wp::float32 var_1093;
        const wp::int32 var_1094 = 0;
        const wp::int32 var_1095 = 1;
        const wp::int32 var_1096 = 3;
        wp::int32 var_1097;
        wp::int32 var_1098;
        wp::int32 var_1099;
        wp::int32 var_1100;
        wp::int32 var_1101;
        wp::int32 var_1102;
        wp::int32 var_1103;
        wp::float32 var_1104;
        const wp::int32 var_1105 = 2;
        wp::int32 var_1106;
        wp::int32 var_1107;
        wp::shape_t* var_1108;
        const wp::int32 var_1109 = 0;
        wp::int32 var_1110;
        wp::shape_t var_1111;
        wp::int32 var_1112;
        const wp::int32 var_1113 = 2;
        wp::int32 var_1114;
        wp::int32 var_1115;
        wp::shape_t* var_1116;
        const wp::int32 var_1117 = 1;
        wp::int32 var_1118;
        wp::shape_t var_1119;
        wp::int32 var_1120;
        const wp::int32 var_1121 = 2;
        wp::int32 var_1122;
        wp::int32 var_1123;
        wp::shape_t* var_1124;
        const wp::int32 var_1125 = 2;
        wp::int32 var_1126;
        wp::shape_t var_1127;
        wp::int32 var_1128;
        wp::float32* var_1129;
        wp::float32 var_1130;
        wp::float32 var_1131;
        wp::float32* var_1132;
        wp::float32 var_1133;
        wp::float32 var_1134;
        wp::float32 var_1135;
        wp::float32 var_1136;
        const wp::int32 var_1137 = 1;
        const wp::int32 var_1138 = 1;
        const wp::int32 var_1139 = 3;
        wp::int32 var_1140;
        wp::int32 var_1141;
        wp::int32 var_1142;
        wp::int32 var_1143;
        wp::int32 var_1144;
        wp::int32 var_1145;
        wp::int32 var_1146;
        wp::float32 var_1147;
        const wp::int32 var_1148 = 2;
        wp::int32 var_1149;
        wp::int32 var_1150;
        wp::shape_t* var_1151;
        const wp::int32 var_1152 = 0;
        wp::int32 var_1153;
        wp::shape_t var_1154;
        wp::int32 var_1155;
        const wp::int32 var_1156 = 2;
        wp::int32 var_1157;
        wp::int32 var_1158;
        wp::shape_t* var_1159;
        const wp::int32 var_1160 = 1;
        wp::int32 var_1161;
        wp::shape_t var_1162;
        wp::int32 var_1163;
        const wp::int32 var_1164 = 2;
        wp::int32 var_1165;
        wp::int32 var_1166;
        wp::shape_t* var_1167;
        const wp::int32 var_1168 = 2;
        wp::int32 var_1169;
        wp::shape_t var_1170;
        wp::int32 var_1171;
        wp::float32* var_1172;
        wp::float32 var_1173;
        wp::float32 var_1174;
        wp::float32* var_1175;
        wp::float32 var_1176;
        wp::float32 var_1177;
        wp::float32 var_1178;
        wp::float32 var_1179;
        wp::float32 var_1180;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::shape_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::shape_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::shape_t adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::shape_t adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::shape_t adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::shape_t adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::shape_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::shape_t adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::shape_t adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::shape_t adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::shape_t adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::shape_t adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::shape_t adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::shape_t adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::shape_t adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::shape_t adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::shape_t adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::shape_t adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::shape_t adj_161 = {};
        wp::int32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::shape_t adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::shape_t adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::shape_t adj_172 = {};
        wp::int32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::int32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::shape_t adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::shape_t adj_199 = {};
        wp::int32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::int32 adj_202 = {};
        wp::int32 adj_203 = {};
        wp::shape_t adj_204 = {};
        wp::int32 adj_205 = {};
        wp::int32 adj_206 = {};
        wp::shape_t adj_207 = {};
        wp::int32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::shape_t adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::shape_t adj_215 = {};
        wp::int32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::float32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::float32 adj_221 = {};
        wp::float32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::int32 adj_228 = {};
        wp::int32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::float32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::int32 adj_238 = {};
        wp::shape_t adj_239 = {};
        wp::int32 adj_240 = {};
        wp::int32 adj_241 = {};
        wp::shape_t adj_242 = {};
        wp::int32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::shape_t adj_247 = {};
        wp::int32 adj_248 = {};
        wp::int32 adj_249 = {};
        wp::shape_t adj_250 = {};
        wp::int32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::int32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::shape_t adj_255 = {};
        wp::int32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::shape_t adj_258 = {};
        wp::int32 adj_259 = {};
        wp::float32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::float32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::float32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::int32 adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::int32 adj_273 = {};
        wp::int32 adj_274 = {};
        wp::int32 adj_275 = {};
        wp::int32 adj_276 = {};
        wp::int32 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::int32 adj_280 = {};
        wp::int32 adj_281 = {};
        wp::int32 adj_282 = {};
        wp::shape_t adj_283 = {};
        wp::int32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::shape_t adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::shape_t adj_291 = {};
        wp::int32 adj_292 = {};
        wp::int32 adj_293 = {};
        wp::shape_t adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::shape_t adj_299 = {};
        wp::int32 adj_300 = {};
        wp::int32 adj_301 = {};
        wp::shape_t adj_302 = {};
        wp::int32 adj_303 = {};
        wp::float32 adj_304 = {};
        wp::float32 adj_305 = {};
        wp::float32 adj_306 = {};
        wp::float32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::float32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::int32 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::int32 adj_315 = {};
        wp::int32 adj_316 = {};
        wp::int32 adj_317 = {};
        wp::int32 adj_318 = {};
        wp::int32 adj_319 = {};
        wp::int32 adj_320 = {};
        wp::int32 adj_321 = {};
        wp::float32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::int32 adj_324 = {};
        wp::int32 adj_325 = {};
        wp::shape_t adj_326 = {};
        wp::int32 adj_327 = {};
        wp::int32 adj_328 = {};
        wp::shape_t adj_329 = {};
        wp::int32 adj_330 = {};
        wp::int32 adj_331 = {};
        wp::int32 adj_332 = {};
        wp::int32 adj_333 = {};
        wp::shape_t adj_334 = {};
        wp::int32 adj_335 = {};
        wp::int32 adj_336 = {};
        wp::shape_t adj_337 = {};
        wp::int32 adj_338 = {};
        wp::int32 adj_339 = {};
        wp::int32 adj_340 = {};
        wp::int32 adj_341 = {};
        wp::shape_t adj_342 = {};
        wp::int32 adj_343 = {};
        wp::int32 adj_344 = {};
        wp::shape_t adj_345 = {};
        wp::int32 adj_346 = {};
        wp::float32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::float32 adj_349 = {};
        wp::float32 adj_350 = {};
        wp::float32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::float32 adj_353 = {};
        wp::float32 adj_354 = {};
        wp::int32 adj_355 = {};
        wp::int32 adj_356 = {};
        wp::int32 adj_357 = {};
        wp::int32 adj_358 = {};
        wp::int32 adj_359 = {};
        wp::int32 adj_360 = {};
        wp::int32 adj_361 = {};
        wp::int32 adj_362 = {};
        wp::int32 adj_363 = {};
        wp::int32 adj_364 = {};
        wp::float32 adj_365 = {};
        wp::int32 adj_366 = {};
        wp::int32 adj_367 = {};
        wp::int32 adj_368 = {};
        wp::shape_t adj_369 = {};
        wp::int32 adj_370 = {};
        wp::int32 adj_371 = {};
        wp::shape_t adj_372 = {};
        wp::int32 adj_373 = {};
        wp::int32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::int32 adj_376 = {};
        wp::shape_t adj_377 = {};
        wp::int32 adj_378 = {};
        wp::int32 adj_379 = {};
        wp::shape_t adj_380 = {};
        wp::int32 adj_381 = {};
        wp::int32 adj_382 = {};
        wp::int32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::shape_t adj_385 = {};
        wp::int32 adj_386 = {};
        wp::int32 adj_387 = {};
        wp::shape_t adj_388 = {};
        wp::int32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::float32 adj_391 = {};
        wp::float32 adj_392 = {};
        wp::float32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::float32 adj_396 = {};
        wp::float32 adj_397 = {};
        wp::int32 adj_398 = {};
        wp::int32 adj_399 = {};
        wp::int32 adj_400 = {};
        wp::int32 adj_401 = {};
        wp::int32 adj_402 = {};
        wp::int32 adj_403 = {};
        wp::int32 adj_404 = {};
        wp::int32 adj_405 = {};
        wp::int32 adj_406 = {};
        wp::int32 adj_407 = {};
        wp::int32 adj_408 = {};
        wp::int32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::int32 adj_411 = {};
        wp::int32 adj_412 = {};
        wp::int32 adj_413 = {};
        wp::shape_t adj_414 = {};
        wp::int32 adj_415 = {};
        wp::int32 adj_416 = {};
        wp::shape_t adj_417 = {};
        wp::int32 adj_418 = {};
        wp::int32 adj_419 = {};
        wp::int32 adj_420 = {};
        wp::int32 adj_421 = {};
        wp::shape_t adj_422 = {};
        wp::int32 adj_423 = {};
        wp::int32 adj_424 = {};
        wp::shape_t adj_425 = {};
        wp::int32 adj_426 = {};
        wp::int32 adj_427 = {};
        wp::int32 adj_428 = {};
        wp::int32 adj_429 = {};
        wp::shape_t adj_430 = {};
        wp::int32 adj_431 = {};
        wp::int32 adj_432 = {};
        wp::shape_t adj_433 = {};
        wp::int32 adj_434 = {};
        wp::float32 adj_435 = {};
        wp::float32 adj_436 = {};
        wp::float32 adj_437 = {};
        wp::float32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::float32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::float32 adj_442 = {};
        wp::int32 adj_443 = {};
        wp::int32 adj_444 = {};
        wp::int32 adj_445 = {};
        wp::int32 adj_446 = {};
        wp::int32 adj_447 = {};
        wp::int32 adj_448 = {};
        wp::int32 adj_449 = {};
        wp::int32 adj_450 = {};
        wp::int32 adj_451 = {};
        wp::int32 adj_452 = {};
        wp::float32 adj_453 = {};
        wp::int32 adj_454 = {};
        wp::int32 adj_455 = {};
        wp::int32 adj_456 = {};
        wp::shape_t adj_457 = {};
        wp::int32 adj_458 = {};
        wp::int32 adj_459 = {};
        wp::shape_t adj_460 = {};
        wp::int32 adj_461 = {};
        wp::int32 adj_462 = {};
        wp::int32 adj_463 = {};
        wp::int32 adj_464 = {};
        wp::shape_t adj_465 = {};
        wp::int32 adj_466 = {};
        wp::int32 adj_467 = {};
        wp::shape_t adj_468 = {};
        wp::int32 adj_469 = {};
        wp::int32 adj_470 = {};
        wp::int32 adj_471 = {};
        wp::int32 adj_472 = {};
        wp::shape_t adj_473 = {};
        wp::int32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::shape_t adj_476 = {};
        wp::int32 adj_477 = {};
        wp::float32 adj_478 = {};
        wp::float32 adj_479 = {};
        wp::float32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::float32 adj_482 = {};
        wp::float32 adj_483 = {};
        wp::float32 adj_484 = {};
        wp::float32 adj_485 = {};
        wp::int32 adj_486 = {};
        wp::int32 adj_487 = {};
        wp::int32 adj_488 = {};
        wp::int32 adj_489 = {};
        wp::int32 adj_490 = {};
        wp::int32 adj_491 = {};
        wp::int32 adj_492 = {};
        wp::int32 adj_493 = {};
        wp::int32 adj_494 = {};
        wp::int32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::int32 adj_497 = {};
        wp::int32 adj_498 = {};
        wp::int32 adj_499 = {};
        wp::shape_t adj_500 = {};
        wp::int32 adj_501 = {};
        wp::int32 adj_502 = {};
        wp::shape_t adj_503 = {};
        wp::int32 adj_504 = {};
        wp::int32 adj_505 = {};
        wp::int32 adj_506 = {};
        wp::int32 adj_507 = {};
        wp::shape_t adj_508 = {};
        wp::int32 adj_509 = {};
        wp::int32 adj_510 = {};
        wp::shape_t adj_511 = {};
        wp::int32 adj_512 = {};
        wp::int32 adj_513 = {};
        wp::int32 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::shape_t adj_516 = {};
        wp::int32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::shape_t adj_519 = {};
        wp::int32 adj_520 = {};
        wp::float32 adj_521 = {};
        wp::float32 adj_522 = {};
        wp::float32 adj_523 = {};
        wp::float32 adj_524 = {};
        wp::float32 adj_525 = {};
        wp::float32 adj_526 = {};
        wp::float32 adj_527 = {};
        wp::float32 adj_528 = {};
        wp::int32 adj_529 = {};
        wp::int32 adj_530 = {};
        wp::int32 adj_531 = {};
        wp::int32 adj_532 = {};
        wp::int32 adj_533 = {};
        wp::int32 adj_534 = {};
        wp::int32 adj_535 = {};
        wp::int32 adj_536 = {};
        wp::int32 adj_537 = {};
        wp::int32 adj_538 = {};
        wp::int32 adj_539 = {};
        wp::float32 adj_540 = {};
        wp::int32 adj_541 = {};
        wp::int32 adj_542 = {};
        wp::int32 adj_543 = {};
        wp::shape_t adj_544 = {};
        wp::int32 adj_545 = {};
        wp::int32 adj_546 = {};
        wp::shape_t adj_547 = {};
        wp::int32 adj_548 = {};
        wp::int32 adj_549 = {};
        wp::int32 adj_550 = {};
        wp::int32 adj_551 = {};
        wp::shape_t adj_552 = {};
        wp::int32 adj_553 = {};
        wp::int32 adj_554 = {};
        wp::shape_t adj_555 = {};
        wp::int32 adj_556 = {};
        wp::int32 adj_557 = {};
        wp::int32 adj_558 = {};
        wp::int32 adj_559 = {};
        wp::shape_t adj_560 = {};
        wp::int32 adj_561 = {};
        wp::int32 adj_562 = {};
        wp::shape_t adj_563 = {};
        wp::int32 adj_564 = {};
        wp::float32 adj_565 = {};
        wp::float32 adj_566 = {};
        wp::float32 adj_567 = {};
        wp::float32 adj_568 = {};
        wp::float32 adj_569 = {};
        wp::float32 adj_570 = {};
        wp::float32 adj_571 = {};
        wp::float32 adj_572 = {};
        wp::int32 adj_573 = {};
        wp::int32 adj_574 = {};
        wp::int32 adj_575 = {};
        wp::int32 adj_576 = {};
        wp::int32 adj_577 = {};
        wp::int32 adj_578 = {};
        wp::int32 adj_579 = {};
        wp::int32 adj_580 = {};
        wp::int32 adj_581 = {};
        wp::int32 adj_582 = {};
        wp::float32 adj_583 = {};
        wp::int32 adj_584 = {};
        wp::int32 adj_585 = {};
        wp::int32 adj_586 = {};
        wp::shape_t adj_587 = {};
        wp::int32 adj_588 = {};
        wp::int32 adj_589 = {};
        wp::shape_t adj_590 = {};
        wp::int32 adj_591 = {};
        wp::int32 adj_592 = {};
        wp::int32 adj_593 = {};
        wp::int32 adj_594 = {};
        wp::shape_t adj_595 = {};
        wp::int32 adj_596 = {};
        wp::int32 adj_597 = {};
        wp::shape_t adj_598 = {};
        wp::int32 adj_599 = {};
        wp::int32 adj_600 = {};
        wp::int32 adj_601 = {};
        wp::int32 adj_602 = {};
        wp::shape_t adj_603 = {};
        wp::int32 adj_604 = {};
        wp::int32 adj_605 = {};
        wp::shape_t adj_606 = {};
        wp::int32 adj_607 = {};
        wp::float32 adj_608 = {};
        wp::float32 adj_609 = {};
        wp::float32 adj_610 = {};
        wp::float32 adj_611 = {};
        wp::float32 adj_612 = {};
        wp::float32 adj_613 = {};
        wp::float32 adj_614 = {};
        wp::float32 adj_615 = {};
        wp::int32 adj_616 = {};
        wp::int32 adj_617 = {};
        wp::int32 adj_618 = {};
        wp::int32 adj_619 = {};
        wp::int32 adj_620 = {};
        wp::int32 adj_621 = {};
        wp::int32 adj_622 = {};
        wp::int32 adj_623 = {};
        wp::int32 adj_624 = {};
        wp::int32 adj_625 = {};
        wp::float32 adj_626 = {};
        wp::int32 adj_627 = {};
        wp::int32 adj_628 = {};
        wp::int32 adj_629 = {};
        wp::shape_t adj_630 = {};
        wp::int32 adj_631 = {};
        wp::int32 adj_632 = {};
        wp::shape_t adj_633 = {};
        wp::int32 adj_634 = {};
        wp::int32 adj_635 = {};
        wp::int32 adj_636 = {};
        wp::int32 adj_637 = {};
        wp::shape_t adj_638 = {};
        wp::int32 adj_639 = {};
        wp::int32 adj_640 = {};
        wp::shape_t adj_641 = {};
        wp::int32 adj_642 = {};
        wp::int32 adj_643 = {};
        wp::int32 adj_644 = {};
        wp::int32 adj_645 = {};
        wp::shape_t adj_646 = {};
        wp::int32 adj_647 = {};
        wp::int32 adj_648 = {};
        wp::shape_t adj_649 = {};
        wp::int32 adj_650 = {};
        wp::float32 adj_651 = {};
        wp::float32 adj_652 = {};
        wp::float32 adj_653 = {};
        wp::float32 adj_654 = {};
        wp::float32 adj_655 = {};
        wp::float32 adj_656 = {};
        wp::float32 adj_657 = {};
        wp::float32 adj_658 = {};
        wp::int32 adj_659 = {};
        wp::int32 adj_660 = {};
        wp::int32 adj_661 = {};
        wp::int32 adj_662 = {};
        wp::int32 adj_663 = {};
        wp::int32 adj_664 = {};
        wp::int32 adj_665 = {};
        wp::int32 adj_666 = {};
        wp::int32 adj_667 = {};
        wp::int32 adj_668 = {};
        wp::int32 adj_669 = {};
        wp::float32 adj_670 = {};
        wp::int32 adj_671 = {};
        wp::int32 adj_672 = {};
        wp::int32 adj_673 = {};
        wp::shape_t adj_674 = {};
        wp::int32 adj_675 = {};
        wp::int32 adj_676 = {};
        wp::shape_t adj_677 = {};
        wp::int32 adj_678 = {};
        wp::int32 adj_679 = {};
        wp::int32 adj_680 = {};
        wp::int32 adj_681 = {};
        wp::shape_t adj_682 = {};
        wp::int32 adj_683 = {};
        wp::int32 adj_684 = {};
        wp::shape_t adj_685 = {};
        wp::int32 adj_686 = {};
        wp::int32 adj_687 = {};
        wp::int32 adj_688 = {};
        wp::int32 adj_689 = {};
        wp::shape_t adj_690 = {};
        wp::int32 adj_691 = {};
        wp::int32 adj_692 = {};
        wp::shape_t adj_693 = {};
        wp::int32 adj_694 = {};
        wp::float32 adj_695 = {};
        wp::float32 adj_696 = {};
        wp::float32 adj_697 = {};
        wp::float32 adj_698 = {};
        wp::float32 adj_699 = {};
        wp::float32 adj_700 = {};
        wp::float32 adj_701 = {};
        wp::float32 adj_702 = {};
        wp::int32 adj_703 = {};
        wp::int32 adj_704 = {};
        wp::int32 adj_705 = {};
        wp::int32 adj_706 = {};
        wp::int32 adj_707 = {};
        wp::int32 adj_708 = {};
        wp::int32 adj_709 = {};
        wp::int32 adj_710 = {};
        wp::int32 adj_711 = {};
        wp::int32 adj_712 = {};
        wp::float32 adj_713 = {};
        wp::int32 adj_714 = {};
        wp::int32 adj_715 = {};
        wp::int32 adj_716 = {};
        wp::shape_t adj_717 = {};
        wp::int32 adj_718 = {};
        wp::int32 adj_719 = {};
        wp::shape_t adj_720 = {};
        wp::int32 adj_721 = {};
        wp::int32 adj_722 = {};
        wp::int32 adj_723 = {};
        wp::int32 adj_724 = {};
        wp::shape_t adj_725 = {};
        wp::int32 adj_726 = {};
        wp::int32 adj_727 = {};
        wp::shape_t adj_728 = {};
        wp::int32 adj_729 = {};
        wp::int32 adj_730 = {};
        wp::int32 adj_731 = {};
        wp::int32 adj_732 = {};
        wp::shape_t adj_733 = {};
        wp::int32 adj_734 = {};
        wp::int32 adj_735 = {};
        wp::shape_t adj_736 = {};
        wp::int32 adj_737 = {};
        wp::float32 adj_738 = {};
        wp::float32 adj_739 = {};
        wp::float32 adj_740 = {};
        wp::float32 adj_741 = {};
        wp::float32 adj_742 = {};
        wp::float32 adj_743 = {};
        wp::float32 adj_744 = {};
        wp::float32 adj_745 = {};
        wp::int32 adj_746 = {};
        wp::int32 adj_747 = {};
        wp::int32 adj_748 = {};
        wp::int32 adj_749 = {};
        wp::int32 adj_750 = {};
        wp::int32 adj_751 = {};
        wp::int32 adj_752 = {};
        wp::int32 adj_753 = {};
        wp::int32 adj_754 = {};
        wp::int32 adj_755 = {};
        wp::float32 adj_756 = {};
        wp::int32 adj_757 = {};
        wp::int32 adj_758 = {};
        wp::int32 adj_759 = {};
        wp::shape_t adj_760 = {};
        wp::int32 adj_761 = {};
        wp::int32 adj_762 = {};
        wp::shape_t adj_763 = {};
        wp::int32 adj_764 = {};
        wp::int32 adj_765 = {};
        wp::int32 adj_766 = {};
        wp::int32 adj_767 = {};
        wp::shape_t adj_768 = {};
        wp::int32 adj_769 = {};
        wp::int32 adj_770 = {};
        wp::shape_t adj_771 = {};
        wp::int32 adj_772 = {};
        wp::int32 adj_773 = {};
        wp::int32 adj_774 = {};
        wp::int32 adj_775 = {};
        wp::shape_t adj_776 = {};
        wp::int32 adj_777 = {};
        wp::int32 adj_778 = {};
        wp::shape_t adj_779 = {};
        wp::int32 adj_780 = {};
        wp::float32 adj_781 = {};
        wp::float32 adj_782 = {};
        wp::float32 adj_783 = {};
        wp::float32 adj_784 = {};
        wp::float32 adj_785 = {};
        wp::float32 adj_786 = {};
        wp::float32 adj_787 = {};
        wp::float32 adj_788 = {};
        wp::int32 adj_789 = {};
        wp::int32 adj_790 = {};
        wp::int32 adj_791 = {};
        wp::int32 adj_792 = {};
        wp::int32 adj_793 = {};
        wp::int32 adj_794 = {};
        wp::int32 adj_795 = {};
        wp::int32 adj_796 = {};
        wp::int32 adj_797 = {};
        wp::int32 adj_798 = {};
        wp::int32 adj_799 = {};
        wp::int32 adj_800 = {};
        wp::float32 adj_801 = {};
        wp::int32 adj_802 = {};
        wp::int32 adj_803 = {};
        wp::int32 adj_804 = {};
        wp::shape_t adj_805 = {};
        wp::int32 adj_806 = {};
        wp::int32 adj_807 = {};
        wp::shape_t adj_808 = {};
        wp::int32 adj_809 = {};
        wp::int32 adj_810 = {};
        wp::int32 adj_811 = {};
        wp::int32 adj_812 = {};
        wp::shape_t adj_813 = {};
        wp::int32 adj_814 = {};
        wp::int32 adj_815 = {};
        wp::shape_t adj_816 = {};
        wp::int32 adj_817 = {};
        wp::int32 adj_818 = {};
        wp::int32 adj_819 = {};
        wp::int32 adj_820 = {};
        wp::shape_t adj_821 = {};
        wp::int32 adj_822 = {};
        wp::int32 adj_823 = {};
        wp::shape_t adj_824 = {};
        wp::int32 adj_825 = {};
        wp::float32 adj_826 = {};
        wp::float32 adj_827 = {};
        wp::float32 adj_828 = {};
        wp::float32 adj_829 = {};
        wp::float32 adj_830 = {};
        wp::float32 adj_831 = {};
        wp::float32 adj_832 = {};
        wp::float32 adj_833 = {};
        wp::int32 adj_834 = {};
        wp::int32 adj_835 = {};
        wp::int32 adj_836 = {};
        wp::int32 adj_837 = {};
        wp::int32 adj_838 = {};
        wp::int32 adj_839 = {};
        wp::int32 adj_840 = {};
        wp::int32 adj_841 = {};
        wp::int32 adj_842 = {};
        wp::int32 adj_843 = {};
        wp::float32 adj_844 = {};
        wp::int32 adj_845 = {};
        wp::int32 adj_846 = {};
        wp::int32 adj_847 = {};
        wp::shape_t adj_848 = {};
        wp::int32 adj_849 = {};
        wp::int32 adj_850 = {};
        wp::shape_t adj_851 = {};
        wp::int32 adj_852 = {};
        wp::int32 adj_853 = {};
        wp::int32 adj_854 = {};
        wp::int32 adj_855 = {};
        wp::shape_t adj_856 = {};
        wp::int32 adj_857 = {};
        wp::int32 adj_858 = {};
        wp::shape_t adj_859 = {};
        wp::int32 adj_860 = {};
        wp::int32 adj_861 = {};
        wp::int32 adj_862 = {};
        wp::int32 adj_863 = {};
        wp::shape_t adj_864 = {};
        wp::int32 adj_865 = {};
        wp::int32 adj_866 = {};
        wp::shape_t adj_867 = {};
        wp::int32 adj_868 = {};
        wp::float32 adj_869 = {};
        wp::float32 adj_870 = {};
        wp::float32 adj_871 = {};
        wp::float32 adj_872 = {};
        wp::float32 adj_873 = {};
        wp::float32 adj_874 = {};
        wp::float32 adj_875 = {};
        wp::float32 adj_876 = {};
        wp::int32 adj_877 = {};
        wp::int32 adj_878 = {};
        wp::int32 adj_879 = {};
        wp::int32 adj_880 = {};
        wp::int32 adj_881 = {};
        wp::int32 adj_882 = {};
        wp::int32 adj_883 = {};
        wp::int32 adj_884 = {};
        wp::int32 adj_885 = {};
        wp::int32 adj_886 = {};
        wp::float32 adj_887 = {};
        wp::int32 adj_888 = {};
        wp::int32 adj_889 = {};
        wp::int32 adj_890 = {};
        wp::shape_t adj_891 = {};
        wp::int32 adj_892 = {};
        wp::int32 adj_893 = {};
        wp::shape_t adj_894 = {};
        wp::int32 adj_895 = {};
        wp::int32 adj_896 = {};
        wp::int32 adj_897 = {};
        wp::int32 adj_898 = {};
        wp::shape_t adj_899 = {};
        wp::int32 adj_900 = {};
        wp::int32 adj_901 = {};
        wp::shape_t adj_902 = {};
        wp::int32 adj_903 = {};
        wp::int32 adj_904 = {};
        wp::int32 adj_905 = {};
        wp::int32 adj_906 = {};
        wp::shape_t adj_907 = {};
        wp::int32 adj_908 = {};
        wp::int32 adj_909 = {};
        wp::shape_t adj_910 = {};
        wp::int32 adj_911 = {};
        wp::float32 adj_912 = {};
        wp::float32 adj_913 = {};
        wp::float32 adj_914 = {};
        wp::float32 adj_915 = {};
        wp::float32 adj_916 = {};
        wp::float32 adj_917 = {};
        wp::float32 adj_918 = {};
        wp::float32 adj_919 = {};
        wp::int32 adj_920 = {};
        wp::int32 adj_921 = {};
        wp::int32 adj_922 = {};
        wp::int32 adj_923 = {};
        wp::int32 adj_924 = {};
        wp::int32 adj_925 = {};
        wp::int32 adj_926 = {};
        wp::int32 adj_927 = {};
        wp::int32 adj_928 = {};
        wp::int32 adj_929 = {};
        wp::int32 adj_930 = {};
        wp::float32 adj_931 = {};
        wp::int32 adj_932 = {};
        wp::int32 adj_933 = {};
        wp::int32 adj_934 = {};
        wp::shape_t adj_935 = {};
        wp::int32 adj_936 = {};
        wp::int32 adj_937 = {};
        wp::shape_t adj_938 = {};
        wp::int32 adj_939 = {};
        wp::int32 adj_940 = {};
        wp::int32 adj_941 = {};
        wp::int32 adj_942 = {};
        wp::shape_t adj_943 = {};
        wp::int32 adj_944 = {};
        wp::int32 adj_945 = {};
        wp::shape_t adj_946 = {};
        wp::int32 adj_947 = {};
        wp::int32 adj_948 = {};
        wp::int32 adj_949 = {};
        wp::int32 adj_950 = {};
        wp::shape_t adj_951 = {};
        wp::int32 adj_952 = {};
        wp::int32 adj_953 = {};
        wp::shape_t adj_954 = {};
        wp::int32 adj_955 = {};
        wp::float32 adj_956 = {};
        wp::float32 adj_957 = {};
        wp::float32 adj_958 = {};
        wp::float32 adj_959 = {};
        wp::float32 adj_960 = {};
        wp::float32 adj_961 = {};
        wp::float32 adj_962 = {};
        wp::float32 adj_963 = {};
        wp::int32 adj_964 = {};
        wp::int32 adj_965 = {};
        wp::int32 adj_966 = {};
        wp::int32 adj_967 = {};
        wp::int32 adj_968 = {};
        wp::int32 adj_969 = {};
        wp::int32 adj_970 = {};
        wp::int32 adj_971 = {};
        wp::int32 adj_972 = {};
        wp::int32 adj_973 = {};
        wp::float32 adj_974 = {};
        wp::int32 adj_975 = {};
        wp::int32 adj_976 = {};
        wp::int32 adj_977 = {};
        wp::shape_t adj_978 = {};
        wp::int32 adj_979 = {};
        wp::int32 adj_980 = {};
        wp::shape_t adj_981 = {};
        wp::int32 adj_982 = {};
        wp::int32 adj_983 = {};
        wp::int32 adj_984 = {};
        wp::int32 adj_985 = {};
        wp::shape_t adj_986 = {};
        wp::int32 adj_987 = {};
        wp::int32 adj_988 = {};
        wp::shape_t adj_989 = {};
        wp::int32 adj_990 = {};
        wp::int32 adj_991 = {};
        wp::int32 adj_992 = {};
        wp::int32 adj_993 = {};
        wp::shape_t adj_994 = {};
        wp::int32 adj_995 = {};
        wp::int32 adj_996 = {};
        wp::shape_t adj_997 = {};
        wp::int32 adj_998 = {};
        wp::float32 adj_999 = {};
        wp::float32 adj_1000 = {};
        wp::float32 adj_1001 = {};
        wp::float32 adj_1002 = {};
        wp::float32 adj_1003 = {};
        wp::float32 adj_1004 = {};
        wp::float32 adj_1005 = {};
        wp::float32 adj_1006 = {};
        wp::int32 adj_1007 = {};
        wp::int32 adj_1008 = {};
        wp::int32 adj_1009 = {};
        wp::int32 adj_1010 = {};
        wp::int32 adj_1011 = {};
        wp::int32 adj_1012 = {};
        wp::int32 adj_1013 = {};
        wp::int32 adj_1014 = {};
        wp::int32 adj_1015 = {};
        wp::int32 adj_1016 = {};
        wp::float32 adj_1017 = {};
        wp::int32 adj_1018 = {};
        wp::int32 adj_1019 = {};
        wp::int32 adj_1020 = {};
        wp::shape_t adj_1021 = {};
        wp::int32 adj_1022 = {};
        wp::int32 adj_1023 = {};
        wp::shape_t adj_1024 = {};
        wp::int32 adj_1025 = {};
        wp::int32 adj_1026 = {};
        wp::int32 adj_1027 = {};
        wp::int32 adj_1028 = {};
        wp::shape_t adj_1029 = {};
        wp::int32 adj_1030 = {};
        wp::int32 adj_1031 = {};
        wp::shape_t adj_1032 = {};
        wp::int32 adj_1033 = {};
        wp::int32 adj_1034 = {};
        wp::int32 adj_1035 = {};
        wp::int32 adj_1036 = {};
        wp::shape_t adj_1037 = {};
        wp::int32 adj_1038 = {};
        wp::int32 adj_1039 = {};
        wp::shape_t adj_1040 = {};
        wp::int32 adj_1041 = {};
        wp::float32 adj_1042 = {};
        wp::float32 adj_1043 = {};
        wp::float32 adj_1044 = {};
        wp::float32 adj_1045 = {};
        wp::float32 adj_1046 = {};
        wp::float32 adj_1047 = {};
        wp::float32 adj_1048 = {};
        wp::float32 adj_1049 = {};
        wp::int32 adj_1050 = {};
        wp::int32 adj_1051 = {};
        wp::int32 adj_1052 = {};
        wp::int32 adj_1053 = {};
        wp::int32 adj_1054 = {};
        wp::int32 adj_1055 = {};
        wp::int32 adj_1056 = {};
        wp::int32 adj_1057 = {};
        wp::int32 adj_1058 = {};
        wp::int32 adj_1059 = {};
        wp::int32 adj_1060 = {};
        wp::float32 adj_1061 = {};
        wp::int32 adj_1062 = {};
        wp::int32 adj_1063 = {};
        wp::int32 adj_1064 = {};
        wp::shape_t adj_1065 = {};
        wp::int32 adj_1066 = {};
        wp::int32 adj_1067 = {};
        wp::shape_t adj_1068 = {};
        wp::int32 adj_1069 = {};
        wp::int32 adj_1070 = {};
        wp::int32 adj_1071 = {};
        wp::int32 adj_1072 = {};
        wp::shape_t adj_1073 = {};
        wp::int32 adj_1074 = {};
        wp::int32 adj_1075 = {};
        wp::shape_t adj_1076 = {};
        wp::int32 adj_1077 = {};
        wp::int32 adj_1078 = {};
        wp::int32 adj_1079 = {};
        wp::int32 adj_1080 = {};
        wp::shape_t adj_1081 = {};
        wp::int32 adj_1082 = {};
        wp::int32 adj_1083 = {};
        wp::shape_t adj_1084 = {};
        wp::int32 adj_1085 = {};
        wp::float32 adj_1086 = {};
        wp::float32 adj_1087 = {};
        wp::float32 adj_1088 = {};
        wp::float32 adj_1089 = {};
        wp::float32 adj_1090 = {};
        wp::float32 adj_1091 = {};
        wp::float32 adj_1092 = {};
        wp::float32 adj_1093 = {};
        wp::int32 adj_1094 = {};
        wp::int32 adj_1095 = {};
        wp::int32 adj_1096 = {};
        wp::int32 adj_1097 = {};
        wp::int32 adj_1098 = {};
        wp::int32 adj_1099 = {};
        wp::int32 adj_1100 = {};
        wp::int32 adj_1101 = {};
        wp::int32 adj_1102 = {};
        wp::int32 adj_1103 = {};
        wp::float32 adj_1104 = {};
        wp::int32 adj_1105 = {};
        wp::int32 adj_1106 = {};
        wp::int32 adj_1107 = {};
        wp::shape_t adj_1108 = {};
        wp::int32 adj_1109 = {};
        wp::int32 adj_1110 = {};
        wp::shape_t adj_1111 = {};
        wp::int32 adj_1112 = {};
        wp::int32 adj_1113 = {};
        wp::int32 adj_1114 = {};
        wp::int32 adj_1115 = {};
        wp::shape_t adj_1116 = {};
        wp::int32 adj_1117 = {};
        wp::int32 adj_1118 = {};
        wp::shape_t adj_1119 = {};
        wp::int32 adj_1120 = {};
        wp::int32 adj_1121 = {};
        wp::int32 adj_1122 = {};
        wp::int32 adj_1123 = {};
        wp::shape_t adj_1124 = {};
        wp::int32 adj_1125 = {};
        wp::int32 adj_1126 = {};
        wp::shape_t adj_1127 = {};
        wp::int32 adj_1128 = {};
        wp::float32 adj_1129 = {};
        wp::float32 adj_1130 = {};
        wp::float32 adj_1131 = {};
        wp::float32 adj_1132 = {};
        wp::float32 adj_1133 = {};
        wp::float32 adj_1134 = {};
        wp::float32 adj_1135 = {};
        wp::float32 adj_1136 = {};
        wp::int32 adj_1137 = {};
        wp::int32 adj_1138 = {};
        wp::int32 adj_1139 = {};
        wp::int32 adj_1140 = {};
        wp::int32 adj_1141 = {};
        wp::int32 adj_1142 = {};
        wp::int32 adj_1143 = {};
        wp::int32 adj_1144 = {};
        wp::int32 adj_1145 = {};
        wp::int32 adj_1146 = {};
        wp::float32 adj_1147 = {};
        wp::int32 adj_1148 = {};
        wp::int32 adj_1149 = {};
        wp::int32 adj_1150 = {};
        wp::shape_t adj_1151 = {};
        wp::int32 adj_1152 = {};
        wp::int32 adj_1153 = {};
        wp::shape_t adj_1154 = {};
        wp::int32 adj_1155 = {};
        wp::int32 adj_1156 = {};
        wp::int32 adj_1157 = {};
        wp::int32 adj_1158 = {};
        wp::shape_t adj_1159 = {};
        wp::int32 adj_1160 = {};
        wp::int32 adj_1161 = {};
        wp::shape_t adj_1162 = {};
        wp::int32 adj_1163 = {};
        wp::int32 adj_1164 = {};
        wp::int32 adj_1165 = {};
        wp::int32 adj_1166 = {};
        wp::shape_t adj_1167 = {};
        wp::int32 adj_1168 = {};
        wp::int32 adj_1169 = {};
        wp::shape_t adj_1170 = {};
        wp::int32 adj_1171 = {};
        wp::float32 adj_1172 = {};
        wp::float32 adj_1173 = {};
        wp::float32 adj_1174 = {};
        wp::float32 adj_1175 = {};
        wp::float32 adj_1176 = {};
        wp::float32 adj_1177 = {};
        wp::float32 adj_1178 = {};
        wp::float32 adj_1179 = {};
        wp::float32 adj_1180 = {};
        //---------
        // forward
        // def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // acc = float(0.0)                                                                       <L 49>
        var_4 = wp::float(var_3);
        // wsum = float(0.0)                                                                      <L 50>
        var_6 = wp::float(var_5);
        // for di in range(-1, 2):                                                                <L 51>
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_12 = wp::abs(var_7);
        var_13 = wp::abs(var_8);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::abs(var_9);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::sub(var_11, var_16);
        var_18 = wp::lshift(var_10, var_17);
        var_19 = wp::float(var_18);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_21 = wp::mul(var_20, var_0);
        var_22 = wp::add(var_21, var_7);
        var_23 = &(var_fine.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = idx_clamp_0(var_22, var_25);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_29 = wp::mul(var_28, var_1);
        var_30 = wp::add(var_29, var_8);
        var_31 = &(var_fine.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = idx_clamp_0(var_30, var_33);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_37 = wp::mul(var_36, var_2);
        var_38 = wp::add(var_37, var_9);
        var_39 = &(var_fine.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = idx_clamp_0(var_38, var_41);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_44 = wp::address(var_fine, var_27, var_35, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::mul(var_19, var_46);
        var_47 = wp::address(var_fine, var_27, var_35, var_43);
        var_49 = wp::load(var_47);
        var_48 = wp::mul(var_19, var_49);
        var_50 = wp::add(var_4, var_48);
        // wsum += w                                                                              <L 59>
        var_51 = wp::add(var_6, var_19);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_55 = wp::abs(var_7);
        var_56 = wp::abs(var_8);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::abs(var_52);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::sub(var_54, var_59);
        var_61 = wp::lshift(var_53, var_60);
        var_62 = wp::float(var_61);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_64 = wp::mul(var_63, var_0);
        var_65 = wp::add(var_64, var_7);
        var_66 = &(var_fine.shape);
        var_69 = wp::load(var_66);
        var_68 = wp::extract(var_69, var_67);
        var_70 = idx_clamp_0(var_65, var_68);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_72 = wp::mul(var_71, var_1);
        var_73 = wp::add(var_72, var_8);
        var_74 = &(var_fine.shape);
        var_77 = wp::load(var_74);
        var_76 = wp::extract(var_77, var_75);
        var_78 = idx_clamp_0(var_73, var_76);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_80 = wp::mul(var_79, var_2);
        var_81 = wp::add(var_80, var_52);
        var_82 = &(var_fine.shape);
        var_85 = wp::load(var_82);
        var_84 = wp::extract(var_85, var_83);
        var_86 = idx_clamp_0(var_81, var_84);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_87 = wp::address(var_fine, var_70, var_78, var_86);
        var_89 = wp::load(var_87);
        var_88 = wp::mul(var_62, var_89);
        var_90 = wp::address(var_fine, var_70, var_78, var_86);
        var_92 = wp::load(var_90);
        var_91 = wp::mul(var_62, var_92);
        var_93 = wp::add(var_50, var_91);
        // wsum += w                                                                              <L 59>
        var_94 = wp::add(var_51, var_62);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_98 = wp::abs(var_7);
        var_99 = wp::abs(var_8);
        var_100 = wp::add(var_98, var_99);
        var_101 = wp::abs(var_95);
        var_102 = wp::add(var_100, var_101);
        var_103 = wp::sub(var_97, var_102);
        var_104 = wp::lshift(var_96, var_103);
        var_105 = wp::float(var_104);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_107 = wp::mul(var_106, var_0);
        var_108 = wp::add(var_107, var_7);
        var_109 = &(var_fine.shape);
        var_112 = wp::load(var_109);
        var_111 = wp::extract(var_112, var_110);
        var_113 = idx_clamp_0(var_108, var_111);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_115 = wp::mul(var_114, var_1);
        var_116 = wp::add(var_115, var_8);
        var_117 = &(var_fine.shape);
        var_120 = wp::load(var_117);
        var_119 = wp::extract(var_120, var_118);
        var_121 = idx_clamp_0(var_116, var_119);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_123 = wp::mul(var_122, var_2);
        var_124 = wp::add(var_123, var_95);
        var_125 = &(var_fine.shape);
        var_128 = wp::load(var_125);
        var_127 = wp::extract(var_128, var_126);
        var_129 = idx_clamp_0(var_124, var_127);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_130 = wp::address(var_fine, var_113, var_121, var_129);
        var_132 = wp::load(var_130);
        var_131 = wp::mul(var_105, var_132);
        var_133 = wp::address(var_fine, var_113, var_121, var_129);
        var_135 = wp::load(var_133);
        var_134 = wp::mul(var_105, var_135);
        var_136 = wp::add(var_93, var_134);
        // wsum += w                                                                              <L 59>
        var_137 = wp::add(var_94, var_105);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_142 = wp::abs(var_7);
        var_143 = wp::abs(var_138);
        var_144 = wp::add(var_142, var_143);
        var_145 = wp::abs(var_139);
        var_146 = wp::add(var_144, var_145);
        var_147 = wp::sub(var_141, var_146);
        var_148 = wp::lshift(var_140, var_147);
        var_149 = wp::float(var_148);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_151 = wp::mul(var_150, var_0);
        var_152 = wp::add(var_151, var_7);
        var_153 = &(var_fine.shape);
        var_156 = wp::load(var_153);
        var_155 = wp::extract(var_156, var_154);
        var_157 = idx_clamp_0(var_152, var_155);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_159 = wp::mul(var_158, var_1);
        var_160 = wp::add(var_159, var_138);
        var_161 = &(var_fine.shape);
        var_164 = wp::load(var_161);
        var_163 = wp::extract(var_164, var_162);
        var_165 = idx_clamp_0(var_160, var_163);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_167 = wp::mul(var_166, var_2);
        var_168 = wp::add(var_167, var_139);
        var_169 = &(var_fine.shape);
        var_172 = wp::load(var_169);
        var_171 = wp::extract(var_172, var_170);
        var_173 = idx_clamp_0(var_168, var_171);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_174 = wp::address(var_fine, var_157, var_165, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::mul(var_149, var_176);
        var_177 = wp::address(var_fine, var_157, var_165, var_173);
        var_179 = wp::load(var_177);
        var_178 = wp::mul(var_149, var_179);
        var_180 = wp::add(var_136, var_178);
        // wsum += w                                                                              <L 59>
        var_181 = wp::add(var_137, var_149);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_185 = wp::abs(var_7);
        var_186 = wp::abs(var_138);
        var_187 = wp::add(var_185, var_186);
        var_188 = wp::abs(var_182);
        var_189 = wp::add(var_187, var_188);
        var_190 = wp::sub(var_184, var_189);
        var_191 = wp::lshift(var_183, var_190);
        var_192 = wp::float(var_191);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_194 = wp::mul(var_193, var_0);
        var_195 = wp::add(var_194, var_7);
        var_196 = &(var_fine.shape);
        var_199 = wp::load(var_196);
        var_198 = wp::extract(var_199, var_197);
        var_200 = idx_clamp_0(var_195, var_198);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_202 = wp::mul(var_201, var_1);
        var_203 = wp::add(var_202, var_138);
        var_204 = &(var_fine.shape);
        var_207 = wp::load(var_204);
        var_206 = wp::extract(var_207, var_205);
        var_208 = idx_clamp_0(var_203, var_206);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_210 = wp::mul(var_209, var_2);
        var_211 = wp::add(var_210, var_182);
        var_212 = &(var_fine.shape);
        var_215 = wp::load(var_212);
        var_214 = wp::extract(var_215, var_213);
        var_216 = idx_clamp_0(var_211, var_214);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_217 = wp::address(var_fine, var_200, var_208, var_216);
        var_219 = wp::load(var_217);
        var_218 = wp::mul(var_192, var_219);
        var_220 = wp::address(var_fine, var_200, var_208, var_216);
        var_222 = wp::load(var_220);
        var_221 = wp::mul(var_192, var_222);
        var_223 = wp::add(var_180, var_221);
        // wsum += w                                                                              <L 59>
        var_224 = wp::add(var_181, var_192);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_228 = wp::abs(var_7);
        var_229 = wp::abs(var_138);
        var_230 = wp::add(var_228, var_229);
        var_231 = wp::abs(var_225);
        var_232 = wp::add(var_230, var_231);
        var_233 = wp::sub(var_227, var_232);
        var_234 = wp::lshift(var_226, var_233);
        var_235 = wp::float(var_234);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_237 = wp::mul(var_236, var_0);
        var_238 = wp::add(var_237, var_7);
        var_239 = &(var_fine.shape);
        var_242 = wp::load(var_239);
        var_241 = wp::extract(var_242, var_240);
        var_243 = idx_clamp_0(var_238, var_241);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_245 = wp::mul(var_244, var_1);
        var_246 = wp::add(var_245, var_138);
        var_247 = &(var_fine.shape);
        var_250 = wp::load(var_247);
        var_249 = wp::extract(var_250, var_248);
        var_251 = idx_clamp_0(var_246, var_249);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_253 = wp::mul(var_252, var_2);
        var_254 = wp::add(var_253, var_225);
        var_255 = &(var_fine.shape);
        var_258 = wp::load(var_255);
        var_257 = wp::extract(var_258, var_256);
        var_259 = idx_clamp_0(var_254, var_257);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_260 = wp::address(var_fine, var_243, var_251, var_259);
        var_262 = wp::load(var_260);
        var_261 = wp::mul(var_235, var_262);
        var_263 = wp::address(var_fine, var_243, var_251, var_259);
        var_265 = wp::load(var_263);
        var_264 = wp::mul(var_235, var_265);
        var_266 = wp::add(var_223, var_264);
        // wsum += w                                                                              <L 59>
        var_267 = wp::add(var_224, var_235);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_272 = wp::abs(var_7);
        var_273 = wp::abs(var_268);
        var_274 = wp::add(var_272, var_273);
        var_275 = wp::abs(var_269);
        var_276 = wp::add(var_274, var_275);
        var_277 = wp::sub(var_271, var_276);
        var_278 = wp::lshift(var_270, var_277);
        var_279 = wp::float(var_278);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_281 = wp::mul(var_280, var_0);
        var_282 = wp::add(var_281, var_7);
        var_283 = &(var_fine.shape);
        var_286 = wp::load(var_283);
        var_285 = wp::extract(var_286, var_284);
        var_287 = idx_clamp_0(var_282, var_285);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_289 = wp::mul(var_288, var_1);
        var_290 = wp::add(var_289, var_268);
        var_291 = &(var_fine.shape);
        var_294 = wp::load(var_291);
        var_293 = wp::extract(var_294, var_292);
        var_295 = idx_clamp_0(var_290, var_293);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_297 = wp::mul(var_296, var_2);
        var_298 = wp::add(var_297, var_269);
        var_299 = &(var_fine.shape);
        var_302 = wp::load(var_299);
        var_301 = wp::extract(var_302, var_300);
        var_303 = idx_clamp_0(var_298, var_301);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_304 = wp::address(var_fine, var_287, var_295, var_303);
        var_306 = wp::load(var_304);
        var_305 = wp::mul(var_279, var_306);
        var_307 = wp::address(var_fine, var_287, var_295, var_303);
        var_309 = wp::load(var_307);
        var_308 = wp::mul(var_279, var_309);
        var_310 = wp::add(var_266, var_308);
        // wsum += w                                                                              <L 59>
        var_311 = wp::add(var_267, var_279);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_315 = wp::abs(var_7);
        var_316 = wp::abs(var_268);
        var_317 = wp::add(var_315, var_316);
        var_318 = wp::abs(var_312);
        var_319 = wp::add(var_317, var_318);
        var_320 = wp::sub(var_314, var_319);
        var_321 = wp::lshift(var_313, var_320);
        var_322 = wp::float(var_321);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_324 = wp::mul(var_323, var_0);
        var_325 = wp::add(var_324, var_7);
        var_326 = &(var_fine.shape);
        var_329 = wp::load(var_326);
        var_328 = wp::extract(var_329, var_327);
        var_330 = idx_clamp_0(var_325, var_328);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_332 = wp::mul(var_331, var_1);
        var_333 = wp::add(var_332, var_268);
        var_334 = &(var_fine.shape);
        var_337 = wp::load(var_334);
        var_336 = wp::extract(var_337, var_335);
        var_338 = idx_clamp_0(var_333, var_336);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_340 = wp::mul(var_339, var_2);
        var_341 = wp::add(var_340, var_312);
        var_342 = &(var_fine.shape);
        var_345 = wp::load(var_342);
        var_344 = wp::extract(var_345, var_343);
        var_346 = idx_clamp_0(var_341, var_344);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_347 = wp::address(var_fine, var_330, var_338, var_346);
        var_349 = wp::load(var_347);
        var_348 = wp::mul(var_322, var_349);
        var_350 = wp::address(var_fine, var_330, var_338, var_346);
        var_352 = wp::load(var_350);
        var_351 = wp::mul(var_322, var_352);
        var_353 = wp::add(var_310, var_351);
        // wsum += w                                                                              <L 59>
        var_354 = wp::add(var_311, var_322);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_358 = wp::abs(var_7);
        var_359 = wp::abs(var_268);
        var_360 = wp::add(var_358, var_359);
        var_361 = wp::abs(var_355);
        var_362 = wp::add(var_360, var_361);
        var_363 = wp::sub(var_357, var_362);
        var_364 = wp::lshift(var_356, var_363);
        var_365 = wp::float(var_364);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_367 = wp::mul(var_366, var_0);
        var_368 = wp::add(var_367, var_7);
        var_369 = &(var_fine.shape);
        var_372 = wp::load(var_369);
        var_371 = wp::extract(var_372, var_370);
        var_373 = idx_clamp_0(var_368, var_371);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_375 = wp::mul(var_374, var_1);
        var_376 = wp::add(var_375, var_268);
        var_377 = &(var_fine.shape);
        var_380 = wp::load(var_377);
        var_379 = wp::extract(var_380, var_378);
        var_381 = idx_clamp_0(var_376, var_379);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_383 = wp::mul(var_382, var_2);
        var_384 = wp::add(var_383, var_355);
        var_385 = &(var_fine.shape);
        var_388 = wp::load(var_385);
        var_387 = wp::extract(var_388, var_386);
        var_389 = idx_clamp_0(var_384, var_387);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_390 = wp::address(var_fine, var_373, var_381, var_389);
        var_392 = wp::load(var_390);
        var_391 = wp::mul(var_365, var_392);
        var_393 = wp::address(var_fine, var_373, var_381, var_389);
        var_395 = wp::load(var_393);
        var_394 = wp::mul(var_365, var_395);
        var_396 = wp::add(var_353, var_394);
        // wsum += w                                                                              <L 59>
        var_397 = wp::add(var_354, var_365);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_403 = wp::abs(var_398);
        var_404 = wp::abs(var_399);
        var_405 = wp::add(var_403, var_404);
        var_406 = wp::abs(var_400);
        var_407 = wp::add(var_405, var_406);
        var_408 = wp::sub(var_402, var_407);
        var_409 = wp::lshift(var_401, var_408);
        var_410 = wp::float(var_409);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_412 = wp::mul(var_411, var_0);
        var_413 = wp::add(var_412, var_398);
        var_414 = &(var_fine.shape);
        var_417 = wp::load(var_414);
        var_416 = wp::extract(var_417, var_415);
        var_418 = idx_clamp_0(var_413, var_416);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_420 = wp::mul(var_419, var_1);
        var_421 = wp::add(var_420, var_399);
        var_422 = &(var_fine.shape);
        var_425 = wp::load(var_422);
        var_424 = wp::extract(var_425, var_423);
        var_426 = idx_clamp_0(var_421, var_424);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_428 = wp::mul(var_427, var_2);
        var_429 = wp::add(var_428, var_400);
        var_430 = &(var_fine.shape);
        var_433 = wp::load(var_430);
        var_432 = wp::extract(var_433, var_431);
        var_434 = idx_clamp_0(var_429, var_432);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_435 = wp::address(var_fine, var_418, var_426, var_434);
        var_437 = wp::load(var_435);
        var_436 = wp::mul(var_410, var_437);
        var_438 = wp::address(var_fine, var_418, var_426, var_434);
        var_440 = wp::load(var_438);
        var_439 = wp::mul(var_410, var_440);
        var_441 = wp::add(var_396, var_439);
        // wsum += w                                                                              <L 59>
        var_442 = wp::add(var_397, var_410);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_446 = wp::abs(var_398);
        var_447 = wp::abs(var_399);
        var_448 = wp::add(var_446, var_447);
        var_449 = wp::abs(var_443);
        var_450 = wp::add(var_448, var_449);
        var_451 = wp::sub(var_445, var_450);
        var_452 = wp::lshift(var_444, var_451);
        var_453 = wp::float(var_452);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_455 = wp::mul(var_454, var_0);
        var_456 = wp::add(var_455, var_398);
        var_457 = &(var_fine.shape);
        var_460 = wp::load(var_457);
        var_459 = wp::extract(var_460, var_458);
        var_461 = idx_clamp_0(var_456, var_459);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_463 = wp::mul(var_462, var_1);
        var_464 = wp::add(var_463, var_399);
        var_465 = &(var_fine.shape);
        var_468 = wp::load(var_465);
        var_467 = wp::extract(var_468, var_466);
        var_469 = idx_clamp_0(var_464, var_467);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_471 = wp::mul(var_470, var_2);
        var_472 = wp::add(var_471, var_443);
        var_473 = &(var_fine.shape);
        var_476 = wp::load(var_473);
        var_475 = wp::extract(var_476, var_474);
        var_477 = idx_clamp_0(var_472, var_475);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_478 = wp::address(var_fine, var_461, var_469, var_477);
        var_480 = wp::load(var_478);
        var_479 = wp::mul(var_453, var_480);
        var_481 = wp::address(var_fine, var_461, var_469, var_477);
        var_483 = wp::load(var_481);
        var_482 = wp::mul(var_453, var_483);
        var_484 = wp::add(var_441, var_482);
        // wsum += w                                                                              <L 59>
        var_485 = wp::add(var_442, var_453);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_489 = wp::abs(var_398);
        var_490 = wp::abs(var_399);
        var_491 = wp::add(var_489, var_490);
        var_492 = wp::abs(var_486);
        var_493 = wp::add(var_491, var_492);
        var_494 = wp::sub(var_488, var_493);
        var_495 = wp::lshift(var_487, var_494);
        var_496 = wp::float(var_495);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_498 = wp::mul(var_497, var_0);
        var_499 = wp::add(var_498, var_398);
        var_500 = &(var_fine.shape);
        var_503 = wp::load(var_500);
        var_502 = wp::extract(var_503, var_501);
        var_504 = idx_clamp_0(var_499, var_502);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_506 = wp::mul(var_505, var_1);
        var_507 = wp::add(var_506, var_399);
        var_508 = &(var_fine.shape);
        var_511 = wp::load(var_508);
        var_510 = wp::extract(var_511, var_509);
        var_512 = idx_clamp_0(var_507, var_510);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_514 = wp::mul(var_513, var_2);
        var_515 = wp::add(var_514, var_486);
        var_516 = &(var_fine.shape);
        var_519 = wp::load(var_516);
        var_518 = wp::extract(var_519, var_517);
        var_520 = idx_clamp_0(var_515, var_518);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_521 = wp::address(var_fine, var_504, var_512, var_520);
        var_523 = wp::load(var_521);
        var_522 = wp::mul(var_496, var_523);
        var_524 = wp::address(var_fine, var_504, var_512, var_520);
        var_526 = wp::load(var_524);
        var_525 = wp::mul(var_496, var_526);
        var_527 = wp::add(var_484, var_525);
        // wsum += w                                                                              <L 59>
        var_528 = wp::add(var_485, var_496);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_533 = wp::abs(var_398);
        var_534 = wp::abs(var_529);
        var_535 = wp::add(var_533, var_534);
        var_536 = wp::abs(var_530);
        var_537 = wp::add(var_535, var_536);
        var_538 = wp::sub(var_532, var_537);
        var_539 = wp::lshift(var_531, var_538);
        var_540 = wp::float(var_539);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_542 = wp::mul(var_541, var_0);
        var_543 = wp::add(var_542, var_398);
        var_544 = &(var_fine.shape);
        var_547 = wp::load(var_544);
        var_546 = wp::extract(var_547, var_545);
        var_548 = idx_clamp_0(var_543, var_546);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_550 = wp::mul(var_549, var_1);
        var_551 = wp::add(var_550, var_529);
        var_552 = &(var_fine.shape);
        var_555 = wp::load(var_552);
        var_554 = wp::extract(var_555, var_553);
        var_556 = idx_clamp_0(var_551, var_554);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_558 = wp::mul(var_557, var_2);
        var_559 = wp::add(var_558, var_530);
        var_560 = &(var_fine.shape);
        var_563 = wp::load(var_560);
        var_562 = wp::extract(var_563, var_561);
        var_564 = idx_clamp_0(var_559, var_562);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_565 = wp::address(var_fine, var_548, var_556, var_564);
        var_567 = wp::load(var_565);
        var_566 = wp::mul(var_540, var_567);
        var_568 = wp::address(var_fine, var_548, var_556, var_564);
        var_570 = wp::load(var_568);
        var_569 = wp::mul(var_540, var_570);
        var_571 = wp::add(var_527, var_569);
        // wsum += w                                                                              <L 59>
        var_572 = wp::add(var_528, var_540);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_576 = wp::abs(var_398);
        var_577 = wp::abs(var_529);
        var_578 = wp::add(var_576, var_577);
        var_579 = wp::abs(var_573);
        var_580 = wp::add(var_578, var_579);
        var_581 = wp::sub(var_575, var_580);
        var_582 = wp::lshift(var_574, var_581);
        var_583 = wp::float(var_582);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_585 = wp::mul(var_584, var_0);
        var_586 = wp::add(var_585, var_398);
        var_587 = &(var_fine.shape);
        var_590 = wp::load(var_587);
        var_589 = wp::extract(var_590, var_588);
        var_591 = idx_clamp_0(var_586, var_589);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_593 = wp::mul(var_592, var_1);
        var_594 = wp::add(var_593, var_529);
        var_595 = &(var_fine.shape);
        var_598 = wp::load(var_595);
        var_597 = wp::extract(var_598, var_596);
        var_599 = idx_clamp_0(var_594, var_597);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_601 = wp::mul(var_600, var_2);
        var_602 = wp::add(var_601, var_573);
        var_603 = &(var_fine.shape);
        var_606 = wp::load(var_603);
        var_605 = wp::extract(var_606, var_604);
        var_607 = idx_clamp_0(var_602, var_605);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_608 = wp::address(var_fine, var_591, var_599, var_607);
        var_610 = wp::load(var_608);
        var_609 = wp::mul(var_583, var_610);
        var_611 = wp::address(var_fine, var_591, var_599, var_607);
        var_613 = wp::load(var_611);
        var_612 = wp::mul(var_583, var_613);
        var_614 = wp::add(var_571, var_612);
        // wsum += w                                                                              <L 59>
        var_615 = wp::add(var_572, var_583);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_619 = wp::abs(var_398);
        var_620 = wp::abs(var_529);
        var_621 = wp::add(var_619, var_620);
        var_622 = wp::abs(var_616);
        var_623 = wp::add(var_621, var_622);
        var_624 = wp::sub(var_618, var_623);
        var_625 = wp::lshift(var_617, var_624);
        var_626 = wp::float(var_625);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_628 = wp::mul(var_627, var_0);
        var_629 = wp::add(var_628, var_398);
        var_630 = &(var_fine.shape);
        var_633 = wp::load(var_630);
        var_632 = wp::extract(var_633, var_631);
        var_634 = idx_clamp_0(var_629, var_632);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_636 = wp::mul(var_635, var_1);
        var_637 = wp::add(var_636, var_529);
        var_638 = &(var_fine.shape);
        var_641 = wp::load(var_638);
        var_640 = wp::extract(var_641, var_639);
        var_642 = idx_clamp_0(var_637, var_640);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_644 = wp::mul(var_643, var_2);
        var_645 = wp::add(var_644, var_616);
        var_646 = &(var_fine.shape);
        var_649 = wp::load(var_646);
        var_648 = wp::extract(var_649, var_647);
        var_650 = idx_clamp_0(var_645, var_648);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_651 = wp::address(var_fine, var_634, var_642, var_650);
        var_653 = wp::load(var_651);
        var_652 = wp::mul(var_626, var_653);
        var_654 = wp::address(var_fine, var_634, var_642, var_650);
        var_656 = wp::load(var_654);
        var_655 = wp::mul(var_626, var_656);
        var_657 = wp::add(var_614, var_655);
        // wsum += w                                                                              <L 59>
        var_658 = wp::add(var_615, var_626);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_663 = wp::abs(var_398);
        var_664 = wp::abs(var_659);
        var_665 = wp::add(var_663, var_664);
        var_666 = wp::abs(var_660);
        var_667 = wp::add(var_665, var_666);
        var_668 = wp::sub(var_662, var_667);
        var_669 = wp::lshift(var_661, var_668);
        var_670 = wp::float(var_669);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_672 = wp::mul(var_671, var_0);
        var_673 = wp::add(var_672, var_398);
        var_674 = &(var_fine.shape);
        var_677 = wp::load(var_674);
        var_676 = wp::extract(var_677, var_675);
        var_678 = idx_clamp_0(var_673, var_676);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_680 = wp::mul(var_679, var_1);
        var_681 = wp::add(var_680, var_659);
        var_682 = &(var_fine.shape);
        var_685 = wp::load(var_682);
        var_684 = wp::extract(var_685, var_683);
        var_686 = idx_clamp_0(var_681, var_684);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_688 = wp::mul(var_687, var_2);
        var_689 = wp::add(var_688, var_660);
        var_690 = &(var_fine.shape);
        var_693 = wp::load(var_690);
        var_692 = wp::extract(var_693, var_691);
        var_694 = idx_clamp_0(var_689, var_692);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_695 = wp::address(var_fine, var_678, var_686, var_694);
        var_697 = wp::load(var_695);
        var_696 = wp::mul(var_670, var_697);
        var_698 = wp::address(var_fine, var_678, var_686, var_694);
        var_700 = wp::load(var_698);
        var_699 = wp::mul(var_670, var_700);
        var_701 = wp::add(var_657, var_699);
        // wsum += w                                                                              <L 59>
        var_702 = wp::add(var_658, var_670);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_706 = wp::abs(var_398);
        var_707 = wp::abs(var_659);
        var_708 = wp::add(var_706, var_707);
        var_709 = wp::abs(var_703);
        var_710 = wp::add(var_708, var_709);
        var_711 = wp::sub(var_705, var_710);
        var_712 = wp::lshift(var_704, var_711);
        var_713 = wp::float(var_712);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_715 = wp::mul(var_714, var_0);
        var_716 = wp::add(var_715, var_398);
        var_717 = &(var_fine.shape);
        var_720 = wp::load(var_717);
        var_719 = wp::extract(var_720, var_718);
        var_721 = idx_clamp_0(var_716, var_719);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_723 = wp::mul(var_722, var_1);
        var_724 = wp::add(var_723, var_659);
        var_725 = &(var_fine.shape);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = idx_clamp_0(var_724, var_727);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_731 = wp::mul(var_730, var_2);
        var_732 = wp::add(var_731, var_703);
        var_733 = &(var_fine.shape);
        var_736 = wp::load(var_733);
        var_735 = wp::extract(var_736, var_734);
        var_737 = idx_clamp_0(var_732, var_735);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_738 = wp::address(var_fine, var_721, var_729, var_737);
        var_740 = wp::load(var_738);
        var_739 = wp::mul(var_713, var_740);
        var_741 = wp::address(var_fine, var_721, var_729, var_737);
        var_743 = wp::load(var_741);
        var_742 = wp::mul(var_713, var_743);
        var_744 = wp::add(var_701, var_742);
        // wsum += w                                                                              <L 59>
        var_745 = wp::add(var_702, var_713);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_749 = wp::abs(var_398);
        var_750 = wp::abs(var_659);
        var_751 = wp::add(var_749, var_750);
        var_752 = wp::abs(var_746);
        var_753 = wp::add(var_751, var_752);
        var_754 = wp::sub(var_748, var_753);
        var_755 = wp::lshift(var_747, var_754);
        var_756 = wp::float(var_755);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_758 = wp::mul(var_757, var_0);
        var_759 = wp::add(var_758, var_398);
        var_760 = &(var_fine.shape);
        var_763 = wp::load(var_760);
        var_762 = wp::extract(var_763, var_761);
        var_764 = idx_clamp_0(var_759, var_762);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_766 = wp::mul(var_765, var_1);
        var_767 = wp::add(var_766, var_659);
        var_768 = &(var_fine.shape);
        var_771 = wp::load(var_768);
        var_770 = wp::extract(var_771, var_769);
        var_772 = idx_clamp_0(var_767, var_770);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_774 = wp::mul(var_773, var_2);
        var_775 = wp::add(var_774, var_746);
        var_776 = &(var_fine.shape);
        var_779 = wp::load(var_776);
        var_778 = wp::extract(var_779, var_777);
        var_780 = idx_clamp_0(var_775, var_778);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_781 = wp::address(var_fine, var_764, var_772, var_780);
        var_783 = wp::load(var_781);
        var_782 = wp::mul(var_756, var_783);
        var_784 = wp::address(var_fine, var_764, var_772, var_780);
        var_786 = wp::load(var_784);
        var_785 = wp::mul(var_756, var_786);
        var_787 = wp::add(var_744, var_785);
        // wsum += w                                                                              <L 59>
        var_788 = wp::add(var_745, var_756);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_794 = wp::abs(var_789);
        var_795 = wp::abs(var_790);
        var_796 = wp::add(var_794, var_795);
        var_797 = wp::abs(var_791);
        var_798 = wp::add(var_796, var_797);
        var_799 = wp::sub(var_793, var_798);
        var_800 = wp::lshift(var_792, var_799);
        var_801 = wp::float(var_800);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_803 = wp::mul(var_802, var_0);
        var_804 = wp::add(var_803, var_789);
        var_805 = &(var_fine.shape);
        var_808 = wp::load(var_805);
        var_807 = wp::extract(var_808, var_806);
        var_809 = idx_clamp_0(var_804, var_807);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_811 = wp::mul(var_810, var_1);
        var_812 = wp::add(var_811, var_790);
        var_813 = &(var_fine.shape);
        var_816 = wp::load(var_813);
        var_815 = wp::extract(var_816, var_814);
        var_817 = idx_clamp_0(var_812, var_815);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_819 = wp::mul(var_818, var_2);
        var_820 = wp::add(var_819, var_791);
        var_821 = &(var_fine.shape);
        var_824 = wp::load(var_821);
        var_823 = wp::extract(var_824, var_822);
        var_825 = idx_clamp_0(var_820, var_823);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_826 = wp::address(var_fine, var_809, var_817, var_825);
        var_828 = wp::load(var_826);
        var_827 = wp::mul(var_801, var_828);
        var_829 = wp::address(var_fine, var_809, var_817, var_825);
        var_831 = wp::load(var_829);
        var_830 = wp::mul(var_801, var_831);
        var_832 = wp::add(var_787, var_830);
        // wsum += w                                                                              <L 59>
        var_833 = wp::add(var_788, var_801);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_837 = wp::abs(var_789);
        var_838 = wp::abs(var_790);
        var_839 = wp::add(var_837, var_838);
        var_840 = wp::abs(var_834);
        var_841 = wp::add(var_839, var_840);
        var_842 = wp::sub(var_836, var_841);
        var_843 = wp::lshift(var_835, var_842);
        var_844 = wp::float(var_843);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_846 = wp::mul(var_845, var_0);
        var_847 = wp::add(var_846, var_789);
        var_848 = &(var_fine.shape);
        var_851 = wp::load(var_848);
        var_850 = wp::extract(var_851, var_849);
        var_852 = idx_clamp_0(var_847, var_850);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_854 = wp::mul(var_853, var_1);
        var_855 = wp::add(var_854, var_790);
        var_856 = &(var_fine.shape);
        var_859 = wp::load(var_856);
        var_858 = wp::extract(var_859, var_857);
        var_860 = idx_clamp_0(var_855, var_858);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_862 = wp::mul(var_861, var_2);
        var_863 = wp::add(var_862, var_834);
        var_864 = &(var_fine.shape);
        var_867 = wp::load(var_864);
        var_866 = wp::extract(var_867, var_865);
        var_868 = idx_clamp_0(var_863, var_866);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_869 = wp::address(var_fine, var_852, var_860, var_868);
        var_871 = wp::load(var_869);
        var_870 = wp::mul(var_844, var_871);
        var_872 = wp::address(var_fine, var_852, var_860, var_868);
        var_874 = wp::load(var_872);
        var_873 = wp::mul(var_844, var_874);
        var_875 = wp::add(var_832, var_873);
        // wsum += w                                                                              <L 59>
        var_876 = wp::add(var_833, var_844);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_880 = wp::abs(var_789);
        var_881 = wp::abs(var_790);
        var_882 = wp::add(var_880, var_881);
        var_883 = wp::abs(var_877);
        var_884 = wp::add(var_882, var_883);
        var_885 = wp::sub(var_879, var_884);
        var_886 = wp::lshift(var_878, var_885);
        var_887 = wp::float(var_886);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_889 = wp::mul(var_888, var_0);
        var_890 = wp::add(var_889, var_789);
        var_891 = &(var_fine.shape);
        var_894 = wp::load(var_891);
        var_893 = wp::extract(var_894, var_892);
        var_895 = idx_clamp_0(var_890, var_893);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_897 = wp::mul(var_896, var_1);
        var_898 = wp::add(var_897, var_790);
        var_899 = &(var_fine.shape);
        var_902 = wp::load(var_899);
        var_901 = wp::extract(var_902, var_900);
        var_903 = idx_clamp_0(var_898, var_901);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_905 = wp::mul(var_904, var_2);
        var_906 = wp::add(var_905, var_877);
        var_907 = &(var_fine.shape);
        var_910 = wp::load(var_907);
        var_909 = wp::extract(var_910, var_908);
        var_911 = idx_clamp_0(var_906, var_909);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_912 = wp::address(var_fine, var_895, var_903, var_911);
        var_914 = wp::load(var_912);
        var_913 = wp::mul(var_887, var_914);
        var_915 = wp::address(var_fine, var_895, var_903, var_911);
        var_917 = wp::load(var_915);
        var_916 = wp::mul(var_887, var_917);
        var_918 = wp::add(var_875, var_916);
        // wsum += w                                                                              <L 59>
        var_919 = wp::add(var_876, var_887);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_924 = wp::abs(var_789);
        var_925 = wp::abs(var_920);
        var_926 = wp::add(var_924, var_925);
        var_927 = wp::abs(var_921);
        var_928 = wp::add(var_926, var_927);
        var_929 = wp::sub(var_923, var_928);
        var_930 = wp::lshift(var_922, var_929);
        var_931 = wp::float(var_930);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_933 = wp::mul(var_932, var_0);
        var_934 = wp::add(var_933, var_789);
        var_935 = &(var_fine.shape);
        var_938 = wp::load(var_935);
        var_937 = wp::extract(var_938, var_936);
        var_939 = idx_clamp_0(var_934, var_937);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_941 = wp::mul(var_940, var_1);
        var_942 = wp::add(var_941, var_920);
        var_943 = &(var_fine.shape);
        var_946 = wp::load(var_943);
        var_945 = wp::extract(var_946, var_944);
        var_947 = idx_clamp_0(var_942, var_945);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_949 = wp::mul(var_948, var_2);
        var_950 = wp::add(var_949, var_921);
        var_951 = &(var_fine.shape);
        var_954 = wp::load(var_951);
        var_953 = wp::extract(var_954, var_952);
        var_955 = idx_clamp_0(var_950, var_953);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_956 = wp::address(var_fine, var_939, var_947, var_955);
        var_958 = wp::load(var_956);
        var_957 = wp::mul(var_931, var_958);
        var_959 = wp::address(var_fine, var_939, var_947, var_955);
        var_961 = wp::load(var_959);
        var_960 = wp::mul(var_931, var_961);
        var_962 = wp::add(var_918, var_960);
        // wsum += w                                                                              <L 59>
        var_963 = wp::add(var_919, var_931);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_967 = wp::abs(var_789);
        var_968 = wp::abs(var_920);
        var_969 = wp::add(var_967, var_968);
        var_970 = wp::abs(var_964);
        var_971 = wp::add(var_969, var_970);
        var_972 = wp::sub(var_966, var_971);
        var_973 = wp::lshift(var_965, var_972);
        var_974 = wp::float(var_973);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_976 = wp::mul(var_975, var_0);
        var_977 = wp::add(var_976, var_789);
        var_978 = &(var_fine.shape);
        var_981 = wp::load(var_978);
        var_980 = wp::extract(var_981, var_979);
        var_982 = idx_clamp_0(var_977, var_980);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_984 = wp::mul(var_983, var_1);
        var_985 = wp::add(var_984, var_920);
        var_986 = &(var_fine.shape);
        var_989 = wp::load(var_986);
        var_988 = wp::extract(var_989, var_987);
        var_990 = idx_clamp_0(var_985, var_988);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_992 = wp::mul(var_991, var_2);
        var_993 = wp::add(var_992, var_964);
        var_994 = &(var_fine.shape);
        var_997 = wp::load(var_994);
        var_996 = wp::extract(var_997, var_995);
        var_998 = idx_clamp_0(var_993, var_996);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_999 = wp::address(var_fine, var_982, var_990, var_998);
        var_1001 = wp::load(var_999);
        var_1000 = wp::mul(var_974, var_1001);
        var_1002 = wp::address(var_fine, var_982, var_990, var_998);
        var_1004 = wp::load(var_1002);
        var_1003 = wp::mul(var_974, var_1004);
        var_1005 = wp::add(var_962, var_1003);
        // wsum += w                                                                              <L 59>
        var_1006 = wp::add(var_963, var_974);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1010 = wp::abs(var_789);
        var_1011 = wp::abs(var_920);
        var_1012 = wp::add(var_1010, var_1011);
        var_1013 = wp::abs(var_1007);
        var_1014 = wp::add(var_1012, var_1013);
        var_1015 = wp::sub(var_1009, var_1014);
        var_1016 = wp::lshift(var_1008, var_1015);
        var_1017 = wp::float(var_1016);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1019 = wp::mul(var_1018, var_0);
        var_1020 = wp::add(var_1019, var_789);
        var_1021 = &(var_fine.shape);
        var_1024 = wp::load(var_1021);
        var_1023 = wp::extract(var_1024, var_1022);
        var_1025 = idx_clamp_0(var_1020, var_1023);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1027 = wp::mul(var_1026, var_1);
        var_1028 = wp::add(var_1027, var_920);
        var_1029 = &(var_fine.shape);
        var_1032 = wp::load(var_1029);
        var_1031 = wp::extract(var_1032, var_1030);
        var_1033 = idx_clamp_0(var_1028, var_1031);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1035 = wp::mul(var_1034, var_2);
        var_1036 = wp::add(var_1035, var_1007);
        var_1037 = &(var_fine.shape);
        var_1040 = wp::load(var_1037);
        var_1039 = wp::extract(var_1040, var_1038);
        var_1041 = idx_clamp_0(var_1036, var_1039);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1042 = wp::address(var_fine, var_1025, var_1033, var_1041);
        var_1044 = wp::load(var_1042);
        var_1043 = wp::mul(var_1017, var_1044);
        var_1045 = wp::address(var_fine, var_1025, var_1033, var_1041);
        var_1047 = wp::load(var_1045);
        var_1046 = wp::mul(var_1017, var_1047);
        var_1048 = wp::add(var_1005, var_1046);
        // wsum += w                                                                              <L 59>
        var_1049 = wp::add(var_1006, var_1017);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1054 = wp::abs(var_789);
        var_1055 = wp::abs(var_1050);
        var_1056 = wp::add(var_1054, var_1055);
        var_1057 = wp::abs(var_1051);
        var_1058 = wp::add(var_1056, var_1057);
        var_1059 = wp::sub(var_1053, var_1058);
        var_1060 = wp::lshift(var_1052, var_1059);
        var_1061 = wp::float(var_1060);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1063 = wp::mul(var_1062, var_0);
        var_1064 = wp::add(var_1063, var_789);
        var_1065 = &(var_fine.shape);
        var_1068 = wp::load(var_1065);
        var_1067 = wp::extract(var_1068, var_1066);
        var_1069 = idx_clamp_0(var_1064, var_1067);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1071 = wp::mul(var_1070, var_1);
        var_1072 = wp::add(var_1071, var_1050);
        var_1073 = &(var_fine.shape);
        var_1076 = wp::load(var_1073);
        var_1075 = wp::extract(var_1076, var_1074);
        var_1077 = idx_clamp_0(var_1072, var_1075);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1079 = wp::mul(var_1078, var_2);
        var_1080 = wp::add(var_1079, var_1051);
        var_1081 = &(var_fine.shape);
        var_1084 = wp::load(var_1081);
        var_1083 = wp::extract(var_1084, var_1082);
        var_1085 = idx_clamp_0(var_1080, var_1083);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1086 = wp::address(var_fine, var_1069, var_1077, var_1085);
        var_1088 = wp::load(var_1086);
        var_1087 = wp::mul(var_1061, var_1088);
        var_1089 = wp::address(var_fine, var_1069, var_1077, var_1085);
        var_1091 = wp::load(var_1089);
        var_1090 = wp::mul(var_1061, var_1091);
        var_1092 = wp::add(var_1048, var_1090);
        // wsum += w                                                                              <L 59>
        var_1093 = wp::add(var_1049, var_1061);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1097 = wp::abs(var_789);
        var_1098 = wp::abs(var_1050);
        var_1099 = wp::add(var_1097, var_1098);
        var_1100 = wp::abs(var_1094);
        var_1101 = wp::add(var_1099, var_1100);
        var_1102 = wp::sub(var_1096, var_1101);
        var_1103 = wp::lshift(var_1095, var_1102);
        var_1104 = wp::float(var_1103);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1106 = wp::mul(var_1105, var_0);
        var_1107 = wp::add(var_1106, var_789);
        var_1108 = &(var_fine.shape);
        var_1111 = wp::load(var_1108);
        var_1110 = wp::extract(var_1111, var_1109);
        var_1112 = idx_clamp_0(var_1107, var_1110);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1114 = wp::mul(var_1113, var_1);
        var_1115 = wp::add(var_1114, var_1050);
        var_1116 = &(var_fine.shape);
        var_1119 = wp::load(var_1116);
        var_1118 = wp::extract(var_1119, var_1117);
        var_1120 = idx_clamp_0(var_1115, var_1118);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1122 = wp::mul(var_1121, var_2);
        var_1123 = wp::add(var_1122, var_1094);
        var_1124 = &(var_fine.shape);
        var_1127 = wp::load(var_1124);
        var_1126 = wp::extract(var_1127, var_1125);
        var_1128 = idx_clamp_0(var_1123, var_1126);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1129 = wp::address(var_fine, var_1112, var_1120, var_1128);
        var_1131 = wp::load(var_1129);
        var_1130 = wp::mul(var_1104, var_1131);
        var_1132 = wp::address(var_fine, var_1112, var_1120, var_1128);
        var_1134 = wp::load(var_1132);
        var_1133 = wp::mul(var_1104, var_1134);
        var_1135 = wp::add(var_1092, var_1133);
        // wsum += w                                                                              <L 59>
        var_1136 = wp::add(var_1093, var_1104);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1140 = wp::abs(var_789);
        var_1141 = wp::abs(var_1050);
        var_1142 = wp::add(var_1140, var_1141);
        var_1143 = wp::abs(var_1137);
        var_1144 = wp::add(var_1142, var_1143);
        var_1145 = wp::sub(var_1139, var_1144);
        var_1146 = wp::lshift(var_1138, var_1145);
        var_1147 = wp::float(var_1146);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1149 = wp::mul(var_1148, var_0);
        var_1150 = wp::add(var_1149, var_789);
        var_1151 = &(var_fine.shape);
        var_1154 = wp::load(var_1151);
        var_1153 = wp::extract(var_1154, var_1152);
        var_1155 = idx_clamp_0(var_1150, var_1153);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1157 = wp::mul(var_1156, var_1);
        var_1158 = wp::add(var_1157, var_1050);
        var_1159 = &(var_fine.shape);
        var_1162 = wp::load(var_1159);
        var_1161 = wp::extract(var_1162, var_1160);
        var_1163 = idx_clamp_0(var_1158, var_1161);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1165 = wp::mul(var_1164, var_2);
        var_1166 = wp::add(var_1165, var_1137);
        var_1167 = &(var_fine.shape);
        var_1170 = wp::load(var_1167);
        var_1169 = wp::extract(var_1170, var_1168);
        var_1171 = idx_clamp_0(var_1166, var_1169);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1172 = wp::address(var_fine, var_1155, var_1163, var_1171);
        var_1174 = wp::load(var_1172);
        var_1173 = wp::mul(var_1147, var_1174);
        var_1175 = wp::address(var_fine, var_1155, var_1163, var_1171);
        var_1177 = wp::load(var_1175);
        var_1176 = wp::mul(var_1147, var_1177);
        var_1178 = wp::add(var_1135, var_1176);
        // wsum += w                                                                              <L 59>
        var_1179 = wp::add(var_1136, var_1147);
        // coarse[i, j, k] = acc / wsum                                                           <L 60>
        var_1180 = wp::div(var_1178, var_1179);
        // wp::array_store(var_coarse, var_0, var_1, var_2, var_1180);
        //---------
        // reverse
        wp::adj_array_store(var_coarse, var_0, var_1, var_2, var_1180, adj_coarse, adj_0, adj_1, adj_2, adj_1180);
        wp::adj_div(var_1178, var_1179, var_1180, adj_1178, adj_1179, adj_1180);
        // adj: coarse[i, j, k] = acc / wsum                                                      <L 60>
        wp::adj_add(var_1136, var_1147, adj_1136, adj_1147, adj_1179);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1135, var_1176, adj_1135, adj_1176, adj_1178);
        wp::adj_mul(var_1147, var_1177, adj_1147, adj_1175, adj_1176);
        wp::adj_address(var_fine, var_1155, var_1163, var_1171, adj_fine, adj_1155, adj_1163, adj_1171, adj_1175);
        wp::adj_mul(var_1147, var_1174, adj_1147, adj_1172, adj_1173);
        wp::adj_address(var_fine, var_1155, var_1163, var_1171, adj_fine, adj_1155, adj_1163, adj_1171, adj_1172);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1166, var_1169, adj_1166, adj_1169, adj_1171);
        wp::adj_extract(var_1170, var_1168, adj_1167, adj_1168, adj_1169);
        adj_fine.shape = adj_1167;
        wp::adj_add(var_1165, var_1137, adj_1165, adj_1137, adj_1166);
        wp::adj_mul(var_1164, var_2, adj_1164, adj_2, adj_1165);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1158, var_1161, adj_1158, adj_1161, adj_1163);
        wp::adj_extract(var_1162, var_1160, adj_1159, adj_1160, adj_1161);
        adj_fine.shape = adj_1159;
        wp::adj_add(var_1157, var_1050, adj_1157, adj_1050, adj_1158);
        wp::adj_mul(var_1156, var_1, adj_1156, adj_1, adj_1157);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1150, var_1153, adj_1150, adj_1153, adj_1155);
        wp::adj_extract(var_1154, var_1152, adj_1151, adj_1152, adj_1153);
        adj_fine.shape = adj_1151;
        wp::adj_add(var_1149, var_789, adj_1149, adj_789, adj_1150);
        wp::adj_mul(var_1148, var_0, adj_1148, adj_0, adj_1149);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1146, adj_1146, adj_1147);
        wp::adj_sub(var_1139, var_1144, adj_1139, adj_1144, adj_1145);
        wp::adj_add(var_1142, var_1143, adj_1142, adj_1143, adj_1144);
        wp::adj_abs(var_1137, adj_1137, adj_1143);
        wp::adj_add(var_1140, var_1141, adj_1140, adj_1141, adj_1142);
        wp::adj_abs(var_1050, adj_1050, adj_1141);
        wp::adj_abs(var_789, adj_789, adj_1140);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_1093, var_1104, adj_1093, adj_1104, adj_1136);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1092, var_1133, adj_1092, adj_1133, adj_1135);
        wp::adj_mul(var_1104, var_1134, adj_1104, adj_1132, adj_1133);
        wp::adj_address(var_fine, var_1112, var_1120, var_1128, adj_fine, adj_1112, adj_1120, adj_1128, adj_1132);
        wp::adj_mul(var_1104, var_1131, adj_1104, adj_1129, adj_1130);
        wp::adj_address(var_fine, var_1112, var_1120, var_1128, adj_fine, adj_1112, adj_1120, adj_1128, adj_1129);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1123, var_1126, adj_1123, adj_1126, adj_1128);
        wp::adj_extract(var_1127, var_1125, adj_1124, adj_1125, adj_1126);
        adj_fine.shape = adj_1124;
        wp::adj_add(var_1122, var_1094, adj_1122, adj_1094, adj_1123);
        wp::adj_mul(var_1121, var_2, adj_1121, adj_2, adj_1122);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1115, var_1118, adj_1115, adj_1118, adj_1120);
        wp::adj_extract(var_1119, var_1117, adj_1116, adj_1117, adj_1118);
        adj_fine.shape = adj_1116;
        wp::adj_add(var_1114, var_1050, adj_1114, adj_1050, adj_1115);
        wp::adj_mul(var_1113, var_1, adj_1113, adj_1, adj_1114);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1107, var_1110, adj_1107, adj_1110, adj_1112);
        wp::adj_extract(var_1111, var_1109, adj_1108, adj_1109, adj_1110);
        adj_fine.shape = adj_1108;
        wp::adj_add(var_1106, var_789, adj_1106, adj_789, adj_1107);
        wp::adj_mul(var_1105, var_0, adj_1105, adj_0, adj_1106);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1103, adj_1103, adj_1104);
        wp::adj_sub(var_1096, var_1101, adj_1096, adj_1101, adj_1102);
        wp::adj_add(var_1099, var_1100, adj_1099, adj_1100, adj_1101);
        wp::adj_abs(var_1094, adj_1094, adj_1100);
        wp::adj_add(var_1097, var_1098, adj_1097, adj_1098, adj_1099);
        wp::adj_abs(var_1050, adj_1050, adj_1098);
        wp::adj_abs(var_789, adj_789, adj_1097);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_1049, var_1061, adj_1049, adj_1061, adj_1093);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1048, var_1090, adj_1048, adj_1090, adj_1092);
        wp::adj_mul(var_1061, var_1091, adj_1061, adj_1089, adj_1090);
        wp::adj_address(var_fine, var_1069, var_1077, var_1085, adj_fine, adj_1069, adj_1077, adj_1085, adj_1089);
        wp::adj_mul(var_1061, var_1088, adj_1061, adj_1086, adj_1087);
        wp::adj_address(var_fine, var_1069, var_1077, var_1085, adj_fine, adj_1069, adj_1077, adj_1085, adj_1086);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1080, var_1083, adj_1080, adj_1083, adj_1085);
        wp::adj_extract(var_1084, var_1082, adj_1081, adj_1082, adj_1083);
        adj_fine.shape = adj_1081;
        wp::adj_add(var_1079, var_1051, adj_1079, adj_1051, adj_1080);
        wp::adj_mul(var_1078, var_2, adj_1078, adj_2, adj_1079);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1072, var_1075, adj_1072, adj_1075, adj_1077);
        wp::adj_extract(var_1076, var_1074, adj_1073, adj_1074, adj_1075);
        adj_fine.shape = adj_1073;
        wp::adj_add(var_1071, var_1050, adj_1071, adj_1050, adj_1072);
        wp::adj_mul(var_1070, var_1, adj_1070, adj_1, adj_1071);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1064, var_1067, adj_1064, adj_1067, adj_1069);
        wp::adj_extract(var_1068, var_1066, adj_1065, adj_1066, adj_1067);
        adj_fine.shape = adj_1065;
        wp::adj_add(var_1063, var_789, adj_1063, adj_789, adj_1064);
        wp::adj_mul(var_1062, var_0, adj_1062, adj_0, adj_1063);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1060, adj_1060, adj_1061);
        wp::adj_sub(var_1053, var_1058, adj_1053, adj_1058, adj_1059);
        wp::adj_add(var_1056, var_1057, adj_1056, adj_1057, adj_1058);
        wp::adj_abs(var_1051, adj_1051, adj_1057);
        wp::adj_add(var_1054, var_1055, adj_1054, adj_1055, adj_1056);
        wp::adj_abs(var_1050, adj_1050, adj_1055);
        wp::adj_abs(var_789, adj_789, adj_1054);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_1006, var_1017, adj_1006, adj_1017, adj_1049);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1005, var_1046, adj_1005, adj_1046, adj_1048);
        wp::adj_mul(var_1017, var_1047, adj_1017, adj_1045, adj_1046);
        wp::adj_address(var_fine, var_1025, var_1033, var_1041, adj_fine, adj_1025, adj_1033, adj_1041, adj_1045);
        wp::adj_mul(var_1017, var_1044, adj_1017, adj_1042, adj_1043);
        wp::adj_address(var_fine, var_1025, var_1033, var_1041, adj_fine, adj_1025, adj_1033, adj_1041, adj_1042);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1036, var_1039, adj_1036, adj_1039, adj_1041);
        wp::adj_extract(var_1040, var_1038, adj_1037, adj_1038, adj_1039);
        adj_fine.shape = adj_1037;
        wp::adj_add(var_1035, var_1007, adj_1035, adj_1007, adj_1036);
        wp::adj_mul(var_1034, var_2, adj_1034, adj_2, adj_1035);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1028, var_1031, adj_1028, adj_1031, adj_1033);
        wp::adj_extract(var_1032, var_1030, adj_1029, adj_1030, adj_1031);
        adj_fine.shape = adj_1029;
        wp::adj_add(var_1027, var_920, adj_1027, adj_920, adj_1028);
        wp::adj_mul(var_1026, var_1, adj_1026, adj_1, adj_1027);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1020, var_1023, adj_1020, adj_1023, adj_1025);
        wp::adj_extract(var_1024, var_1022, adj_1021, adj_1022, adj_1023);
        adj_fine.shape = adj_1021;
        wp::adj_add(var_1019, var_789, adj_1019, adj_789, adj_1020);
        wp::adj_mul(var_1018, var_0, adj_1018, adj_0, adj_1019);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1016, adj_1016, adj_1017);
        wp::adj_sub(var_1009, var_1014, adj_1009, adj_1014, adj_1015);
        wp::adj_add(var_1012, var_1013, adj_1012, adj_1013, adj_1014);
        wp::adj_abs(var_1007, adj_1007, adj_1013);
        wp::adj_add(var_1010, var_1011, adj_1010, adj_1011, adj_1012);
        wp::adj_abs(var_920, adj_920, adj_1011);
        wp::adj_abs(var_789, adj_789, adj_1010);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_963, var_974, adj_963, adj_974, adj_1006);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_962, var_1003, adj_962, adj_1003, adj_1005);
        wp::adj_mul(var_974, var_1004, adj_974, adj_1002, adj_1003);
        wp::adj_address(var_fine, var_982, var_990, var_998, adj_fine, adj_982, adj_990, adj_998, adj_1002);
        wp::adj_mul(var_974, var_1001, adj_974, adj_999, adj_1000);
        wp::adj_address(var_fine, var_982, var_990, var_998, adj_fine, adj_982, adj_990, adj_998, adj_999);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_993, var_996, adj_993, adj_996, adj_998);
        wp::adj_extract(var_997, var_995, adj_994, adj_995, adj_996);
        adj_fine.shape = adj_994;
        wp::adj_add(var_992, var_964, adj_992, adj_964, adj_993);
        wp::adj_mul(var_991, var_2, adj_991, adj_2, adj_992);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_985, var_988, adj_985, adj_988, adj_990);
        wp::adj_extract(var_989, var_987, adj_986, adj_987, adj_988);
        adj_fine.shape = adj_986;
        wp::adj_add(var_984, var_920, adj_984, adj_920, adj_985);
        wp::adj_mul(var_983, var_1, adj_983, adj_1, adj_984);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_977, var_980, adj_977, adj_980, adj_982);
        wp::adj_extract(var_981, var_979, adj_978, adj_979, adj_980);
        adj_fine.shape = adj_978;
        wp::adj_add(var_976, var_789, adj_976, adj_789, adj_977);
        wp::adj_mul(var_975, var_0, adj_975, adj_0, adj_976);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_973, adj_973, adj_974);
        wp::adj_sub(var_966, var_971, adj_966, adj_971, adj_972);
        wp::adj_add(var_969, var_970, adj_969, adj_970, adj_971);
        wp::adj_abs(var_964, adj_964, adj_970);
        wp::adj_add(var_967, var_968, adj_967, adj_968, adj_969);
        wp::adj_abs(var_920, adj_920, adj_968);
        wp::adj_abs(var_789, adj_789, adj_967);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_919, var_931, adj_919, adj_931, adj_963);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_918, var_960, adj_918, adj_960, adj_962);
        wp::adj_mul(var_931, var_961, adj_931, adj_959, adj_960);
        wp::adj_address(var_fine, var_939, var_947, var_955, adj_fine, adj_939, adj_947, adj_955, adj_959);
        wp::adj_mul(var_931, var_958, adj_931, adj_956, adj_957);
        wp::adj_address(var_fine, var_939, var_947, var_955, adj_fine, adj_939, adj_947, adj_955, adj_956);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_950, var_953, adj_950, adj_953, adj_955);
        wp::adj_extract(var_954, var_952, adj_951, adj_952, adj_953);
        adj_fine.shape = adj_951;
        wp::adj_add(var_949, var_921, adj_949, adj_921, adj_950);
        wp::adj_mul(var_948, var_2, adj_948, adj_2, adj_949);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_942, var_945, adj_942, adj_945, adj_947);
        wp::adj_extract(var_946, var_944, adj_943, adj_944, adj_945);
        adj_fine.shape = adj_943;
        wp::adj_add(var_941, var_920, adj_941, adj_920, adj_942);
        wp::adj_mul(var_940, var_1, adj_940, adj_1, adj_941);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_934, var_937, adj_934, adj_937, adj_939);
        wp::adj_extract(var_938, var_936, adj_935, adj_936, adj_937);
        adj_fine.shape = adj_935;
        wp::adj_add(var_933, var_789, adj_933, adj_789, adj_934);
        wp::adj_mul(var_932, var_0, adj_932, adj_0, adj_933);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_930, adj_930, adj_931);
        wp::adj_sub(var_923, var_928, adj_923, adj_928, adj_929);
        wp::adj_add(var_926, var_927, adj_926, adj_927, adj_928);
        wp::adj_abs(var_921, adj_921, adj_927);
        wp::adj_add(var_924, var_925, adj_924, adj_925, adj_926);
        wp::adj_abs(var_920, adj_920, adj_925);
        wp::adj_abs(var_789, adj_789, adj_924);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_876, var_887, adj_876, adj_887, adj_919);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_875, var_916, adj_875, adj_916, adj_918);
        wp::adj_mul(var_887, var_917, adj_887, adj_915, adj_916);
        wp::adj_address(var_fine, var_895, var_903, var_911, adj_fine, adj_895, adj_903, adj_911, adj_915);
        wp::adj_mul(var_887, var_914, adj_887, adj_912, adj_913);
        wp::adj_address(var_fine, var_895, var_903, var_911, adj_fine, adj_895, adj_903, adj_911, adj_912);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_906, var_909, adj_906, adj_909, adj_911);
        wp::adj_extract(var_910, var_908, adj_907, adj_908, adj_909);
        adj_fine.shape = adj_907;
        wp::adj_add(var_905, var_877, adj_905, adj_877, adj_906);
        wp::adj_mul(var_904, var_2, adj_904, adj_2, adj_905);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_898, var_901, adj_898, adj_901, adj_903);
        wp::adj_extract(var_902, var_900, adj_899, adj_900, adj_901);
        adj_fine.shape = adj_899;
        wp::adj_add(var_897, var_790, adj_897, adj_790, adj_898);
        wp::adj_mul(var_896, var_1, adj_896, adj_1, adj_897);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_890, var_893, adj_890, adj_893, adj_895);
        wp::adj_extract(var_894, var_892, adj_891, adj_892, adj_893);
        adj_fine.shape = adj_891;
        wp::adj_add(var_889, var_789, adj_889, adj_789, adj_890);
        wp::adj_mul(var_888, var_0, adj_888, adj_0, adj_889);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_886, adj_886, adj_887);
        wp::adj_sub(var_879, var_884, adj_879, adj_884, adj_885);
        wp::adj_add(var_882, var_883, adj_882, adj_883, adj_884);
        wp::adj_abs(var_877, adj_877, adj_883);
        wp::adj_add(var_880, var_881, adj_880, adj_881, adj_882);
        wp::adj_abs(var_790, adj_790, adj_881);
        wp::adj_abs(var_789, adj_789, adj_880);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_833, var_844, adj_833, adj_844, adj_876);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_832, var_873, adj_832, adj_873, adj_875);
        wp::adj_mul(var_844, var_874, adj_844, adj_872, adj_873);
        wp::adj_address(var_fine, var_852, var_860, var_868, adj_fine, adj_852, adj_860, adj_868, adj_872);
        wp::adj_mul(var_844, var_871, adj_844, adj_869, adj_870);
        wp::adj_address(var_fine, var_852, var_860, var_868, adj_fine, adj_852, adj_860, adj_868, adj_869);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_863, var_866, adj_863, adj_866, adj_868);
        wp::adj_extract(var_867, var_865, adj_864, adj_865, adj_866);
        adj_fine.shape = adj_864;
        wp::adj_add(var_862, var_834, adj_862, adj_834, adj_863);
        wp::adj_mul(var_861, var_2, adj_861, adj_2, adj_862);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_855, var_858, adj_855, adj_858, adj_860);
        wp::adj_extract(var_859, var_857, adj_856, adj_857, adj_858);
        adj_fine.shape = adj_856;
        wp::adj_add(var_854, var_790, adj_854, adj_790, adj_855);
        wp::adj_mul(var_853, var_1, adj_853, adj_1, adj_854);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_847, var_850, adj_847, adj_850, adj_852);
        wp::adj_extract(var_851, var_849, adj_848, adj_849, adj_850);
        adj_fine.shape = adj_848;
        wp::adj_add(var_846, var_789, adj_846, adj_789, adj_847);
        wp::adj_mul(var_845, var_0, adj_845, adj_0, adj_846);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_843, adj_843, adj_844);
        wp::adj_sub(var_836, var_841, adj_836, adj_841, adj_842);
        wp::adj_add(var_839, var_840, adj_839, adj_840, adj_841);
        wp::adj_abs(var_834, adj_834, adj_840);
        wp::adj_add(var_837, var_838, adj_837, adj_838, adj_839);
        wp::adj_abs(var_790, adj_790, adj_838);
        wp::adj_abs(var_789, adj_789, adj_837);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_788, var_801, adj_788, adj_801, adj_833);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_787, var_830, adj_787, adj_830, adj_832);
        wp::adj_mul(var_801, var_831, adj_801, adj_829, adj_830);
        wp::adj_address(var_fine, var_809, var_817, var_825, adj_fine, adj_809, adj_817, adj_825, adj_829);
        wp::adj_mul(var_801, var_828, adj_801, adj_826, adj_827);
        wp::adj_address(var_fine, var_809, var_817, var_825, adj_fine, adj_809, adj_817, adj_825, adj_826);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_820, var_823, adj_820, adj_823, adj_825);
        wp::adj_extract(var_824, var_822, adj_821, adj_822, adj_823);
        adj_fine.shape = adj_821;
        wp::adj_add(var_819, var_791, adj_819, adj_791, adj_820);
        wp::adj_mul(var_818, var_2, adj_818, adj_2, adj_819);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_812, var_815, adj_812, adj_815, adj_817);
        wp::adj_extract(var_816, var_814, adj_813, adj_814, adj_815);
        adj_fine.shape = adj_813;
        wp::adj_add(var_811, var_790, adj_811, adj_790, adj_812);
        wp::adj_mul(var_810, var_1, adj_810, adj_1, adj_811);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_804, var_807, adj_804, adj_807, adj_809);
        wp::adj_extract(var_808, var_806, adj_805, adj_806, adj_807);
        adj_fine.shape = adj_805;
        wp::adj_add(var_803, var_789, adj_803, adj_789, adj_804);
        wp::adj_mul(var_802, var_0, adj_802, adj_0, adj_803);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_800, adj_800, adj_801);
        wp::adj_sub(var_793, var_798, adj_793, adj_798, adj_799);
        wp::adj_add(var_796, var_797, adj_796, adj_797, adj_798);
        wp::adj_abs(var_791, adj_791, adj_797);
        wp::adj_add(var_794, var_795, adj_794, adj_795, adj_796);
        wp::adj_abs(var_790, adj_790, adj_795);
        wp::adj_abs(var_789, adj_789, adj_794);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        wp::adj_add(var_745, var_756, adj_745, adj_756, adj_788);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_744, var_785, adj_744, adj_785, adj_787);
        wp::adj_mul(var_756, var_786, adj_756, adj_784, adj_785);
        wp::adj_address(var_fine, var_764, var_772, var_780, adj_fine, adj_764, adj_772, adj_780, adj_784);
        wp::adj_mul(var_756, var_783, adj_756, adj_781, adj_782);
        wp::adj_address(var_fine, var_764, var_772, var_780, adj_fine, adj_764, adj_772, adj_780, adj_781);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_775, var_778, adj_775, adj_778, adj_780);
        wp::adj_extract(var_779, var_777, adj_776, adj_777, adj_778);
        adj_fine.shape = adj_776;
        wp::adj_add(var_774, var_746, adj_774, adj_746, adj_775);
        wp::adj_mul(var_773, var_2, adj_773, adj_2, adj_774);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_767, var_770, adj_767, adj_770, adj_772);
        wp::adj_extract(var_771, var_769, adj_768, adj_769, adj_770);
        adj_fine.shape = adj_768;
        wp::adj_add(var_766, var_659, adj_766, adj_659, adj_767);
        wp::adj_mul(var_765, var_1, adj_765, adj_1, adj_766);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_759, var_762, adj_759, adj_762, adj_764);
        wp::adj_extract(var_763, var_761, adj_760, adj_761, adj_762);
        adj_fine.shape = adj_760;
        wp::adj_add(var_758, var_398, adj_758, adj_398, adj_759);
        wp::adj_mul(var_757, var_0, adj_757, adj_0, adj_758);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_755, adj_755, adj_756);
        wp::adj_sub(var_748, var_753, adj_748, adj_753, adj_754);
        wp::adj_add(var_751, var_752, adj_751, adj_752, adj_753);
        wp::adj_abs(var_746, adj_746, adj_752);
        wp::adj_add(var_749, var_750, adj_749, adj_750, adj_751);
        wp::adj_abs(var_659, adj_659, adj_750);
        wp::adj_abs(var_398, adj_398, adj_749);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_702, var_713, adj_702, adj_713, adj_745);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_701, var_742, adj_701, adj_742, adj_744);
        wp::adj_mul(var_713, var_743, adj_713, adj_741, adj_742);
        wp::adj_address(var_fine, var_721, var_729, var_737, adj_fine, adj_721, adj_729, adj_737, adj_741);
        wp::adj_mul(var_713, var_740, adj_713, adj_738, adj_739);
        wp::adj_address(var_fine, var_721, var_729, var_737, adj_fine, adj_721, adj_729, adj_737, adj_738);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_732, var_735, adj_732, adj_735, adj_737);
        wp::adj_extract(var_736, var_734, adj_733, adj_734, adj_735);
        adj_fine.shape = adj_733;
        wp::adj_add(var_731, var_703, adj_731, adj_703, adj_732);
        wp::adj_mul(var_730, var_2, adj_730, adj_2, adj_731);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_724, var_727, adj_724, adj_727, adj_729);
        wp::adj_extract(var_728, var_726, adj_725, adj_726, adj_727);
        adj_fine.shape = adj_725;
        wp::adj_add(var_723, var_659, adj_723, adj_659, adj_724);
        wp::adj_mul(var_722, var_1, adj_722, adj_1, adj_723);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_716, var_719, adj_716, adj_719, adj_721);
        wp::adj_extract(var_720, var_718, adj_717, adj_718, adj_719);
        adj_fine.shape = adj_717;
        wp::adj_add(var_715, var_398, adj_715, adj_398, adj_716);
        wp::adj_mul(var_714, var_0, adj_714, adj_0, adj_715);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_712, adj_712, adj_713);
        wp::adj_sub(var_705, var_710, adj_705, adj_710, adj_711);
        wp::adj_add(var_708, var_709, adj_708, adj_709, adj_710);
        wp::adj_abs(var_703, adj_703, adj_709);
        wp::adj_add(var_706, var_707, adj_706, adj_707, adj_708);
        wp::adj_abs(var_659, adj_659, adj_707);
        wp::adj_abs(var_398, adj_398, adj_706);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_658, var_670, adj_658, adj_670, adj_702);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_657, var_699, adj_657, adj_699, adj_701);
        wp::adj_mul(var_670, var_700, adj_670, adj_698, adj_699);
        wp::adj_address(var_fine, var_678, var_686, var_694, adj_fine, adj_678, adj_686, adj_694, adj_698);
        wp::adj_mul(var_670, var_697, adj_670, adj_695, adj_696);
        wp::adj_address(var_fine, var_678, var_686, var_694, adj_fine, adj_678, adj_686, adj_694, adj_695);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_689, var_692, adj_689, adj_692, adj_694);
        wp::adj_extract(var_693, var_691, adj_690, adj_691, adj_692);
        adj_fine.shape = adj_690;
        wp::adj_add(var_688, var_660, adj_688, adj_660, adj_689);
        wp::adj_mul(var_687, var_2, adj_687, adj_2, adj_688);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_681, var_684, adj_681, adj_684, adj_686);
        wp::adj_extract(var_685, var_683, adj_682, adj_683, adj_684);
        adj_fine.shape = adj_682;
        wp::adj_add(var_680, var_659, adj_680, adj_659, adj_681);
        wp::adj_mul(var_679, var_1, adj_679, adj_1, adj_680);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_673, var_676, adj_673, adj_676, adj_678);
        wp::adj_extract(var_677, var_675, adj_674, adj_675, adj_676);
        adj_fine.shape = adj_674;
        wp::adj_add(var_672, var_398, adj_672, adj_398, adj_673);
        wp::adj_mul(var_671, var_0, adj_671, adj_0, adj_672);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_669, adj_669, adj_670);
        wp::adj_sub(var_662, var_667, adj_662, adj_667, adj_668);
        wp::adj_add(var_665, var_666, adj_665, adj_666, adj_667);
        wp::adj_abs(var_660, adj_660, adj_666);
        wp::adj_add(var_663, var_664, adj_663, adj_664, adj_665);
        wp::adj_abs(var_659, adj_659, adj_664);
        wp::adj_abs(var_398, adj_398, adj_663);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_615, var_626, adj_615, adj_626, adj_658);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_614, var_655, adj_614, adj_655, adj_657);
        wp::adj_mul(var_626, var_656, adj_626, adj_654, adj_655);
        wp::adj_address(var_fine, var_634, var_642, var_650, adj_fine, adj_634, adj_642, adj_650, adj_654);
        wp::adj_mul(var_626, var_653, adj_626, adj_651, adj_652);
        wp::adj_address(var_fine, var_634, var_642, var_650, adj_fine, adj_634, adj_642, adj_650, adj_651);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_645, var_648, adj_645, adj_648, adj_650);
        wp::adj_extract(var_649, var_647, adj_646, adj_647, adj_648);
        adj_fine.shape = adj_646;
        wp::adj_add(var_644, var_616, adj_644, adj_616, adj_645);
        wp::adj_mul(var_643, var_2, adj_643, adj_2, adj_644);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_637, var_640, adj_637, adj_640, adj_642);
        wp::adj_extract(var_641, var_639, adj_638, adj_639, adj_640);
        adj_fine.shape = adj_638;
        wp::adj_add(var_636, var_529, adj_636, adj_529, adj_637);
        wp::adj_mul(var_635, var_1, adj_635, adj_1, adj_636);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_629, var_632, adj_629, adj_632, adj_634);
        wp::adj_extract(var_633, var_631, adj_630, adj_631, adj_632);
        adj_fine.shape = adj_630;
        wp::adj_add(var_628, var_398, adj_628, adj_398, adj_629);
        wp::adj_mul(var_627, var_0, adj_627, adj_0, adj_628);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_625, adj_625, adj_626);
        wp::adj_sub(var_618, var_623, adj_618, adj_623, adj_624);
        wp::adj_add(var_621, var_622, adj_621, adj_622, adj_623);
        wp::adj_abs(var_616, adj_616, adj_622);
        wp::adj_add(var_619, var_620, adj_619, adj_620, adj_621);
        wp::adj_abs(var_529, adj_529, adj_620);
        wp::adj_abs(var_398, adj_398, adj_619);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_572, var_583, adj_572, adj_583, adj_615);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_571, var_612, adj_571, adj_612, adj_614);
        wp::adj_mul(var_583, var_613, adj_583, adj_611, adj_612);
        wp::adj_address(var_fine, var_591, var_599, var_607, adj_fine, adj_591, adj_599, adj_607, adj_611);
        wp::adj_mul(var_583, var_610, adj_583, adj_608, adj_609);
        wp::adj_address(var_fine, var_591, var_599, var_607, adj_fine, adj_591, adj_599, adj_607, adj_608);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_602, var_605, adj_602, adj_605, adj_607);
        wp::adj_extract(var_606, var_604, adj_603, adj_604, adj_605);
        adj_fine.shape = adj_603;
        wp::adj_add(var_601, var_573, adj_601, adj_573, adj_602);
        wp::adj_mul(var_600, var_2, adj_600, adj_2, adj_601);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_594, var_597, adj_594, adj_597, adj_599);
        wp::adj_extract(var_598, var_596, adj_595, adj_596, adj_597);
        adj_fine.shape = adj_595;
        wp::adj_add(var_593, var_529, adj_593, adj_529, adj_594);
        wp::adj_mul(var_592, var_1, adj_592, adj_1, adj_593);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_586, var_589, adj_586, adj_589, adj_591);
        wp::adj_extract(var_590, var_588, adj_587, adj_588, adj_589);
        adj_fine.shape = adj_587;
        wp::adj_add(var_585, var_398, adj_585, adj_398, adj_586);
        wp::adj_mul(var_584, var_0, adj_584, adj_0, adj_585);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_582, adj_582, adj_583);
        wp::adj_sub(var_575, var_580, adj_575, adj_580, adj_581);
        wp::adj_add(var_578, var_579, adj_578, adj_579, adj_580);
        wp::adj_abs(var_573, adj_573, adj_579);
        wp::adj_add(var_576, var_577, adj_576, adj_577, adj_578);
        wp::adj_abs(var_529, adj_529, adj_577);
        wp::adj_abs(var_398, adj_398, adj_576);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_528, var_540, adj_528, adj_540, adj_572);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_527, var_569, adj_527, adj_569, adj_571);
        wp::adj_mul(var_540, var_570, adj_540, adj_568, adj_569);
        wp::adj_address(var_fine, var_548, var_556, var_564, adj_fine, adj_548, adj_556, adj_564, adj_568);
        wp::adj_mul(var_540, var_567, adj_540, adj_565, adj_566);
        wp::adj_address(var_fine, var_548, var_556, var_564, adj_fine, adj_548, adj_556, adj_564, adj_565);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_559, var_562, adj_559, adj_562, adj_564);
        wp::adj_extract(var_563, var_561, adj_560, adj_561, adj_562);
        adj_fine.shape = adj_560;
        wp::adj_add(var_558, var_530, adj_558, adj_530, adj_559);
        wp::adj_mul(var_557, var_2, adj_557, adj_2, adj_558);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_551, var_554, adj_551, adj_554, adj_556);
        wp::adj_extract(var_555, var_553, adj_552, adj_553, adj_554);
        adj_fine.shape = adj_552;
        wp::adj_add(var_550, var_529, adj_550, adj_529, adj_551);
        wp::adj_mul(var_549, var_1, adj_549, adj_1, adj_550);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_543, var_546, adj_543, adj_546, adj_548);
        wp::adj_extract(var_547, var_545, adj_544, adj_545, adj_546);
        adj_fine.shape = adj_544;
        wp::adj_add(var_542, var_398, adj_542, adj_398, adj_543);
        wp::adj_mul(var_541, var_0, adj_541, adj_0, adj_542);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_539, adj_539, adj_540);
        wp::adj_sub(var_532, var_537, adj_532, adj_537, adj_538);
        wp::adj_add(var_535, var_536, adj_535, adj_536, adj_537);
        wp::adj_abs(var_530, adj_530, adj_536);
        wp::adj_add(var_533, var_534, adj_533, adj_534, adj_535);
        wp::adj_abs(var_529, adj_529, adj_534);
        wp::adj_abs(var_398, adj_398, adj_533);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_485, var_496, adj_485, adj_496, adj_528);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_484, var_525, adj_484, adj_525, adj_527);
        wp::adj_mul(var_496, var_526, adj_496, adj_524, adj_525);
        wp::adj_address(var_fine, var_504, var_512, var_520, adj_fine, adj_504, adj_512, adj_520, adj_524);
        wp::adj_mul(var_496, var_523, adj_496, adj_521, adj_522);
        wp::adj_address(var_fine, var_504, var_512, var_520, adj_fine, adj_504, adj_512, adj_520, adj_521);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_515, var_518, adj_515, adj_518, adj_520);
        wp::adj_extract(var_519, var_517, adj_516, adj_517, adj_518);
        adj_fine.shape = adj_516;
        wp::adj_add(var_514, var_486, adj_514, adj_486, adj_515);
        wp::adj_mul(var_513, var_2, adj_513, adj_2, adj_514);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_507, var_510, adj_507, adj_510, adj_512);
        wp::adj_extract(var_511, var_509, adj_508, adj_509, adj_510);
        adj_fine.shape = adj_508;
        wp::adj_add(var_506, var_399, adj_506, adj_399, adj_507);
        wp::adj_mul(var_505, var_1, adj_505, adj_1, adj_506);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_499, var_502, adj_499, adj_502, adj_504);
        wp::adj_extract(var_503, var_501, adj_500, adj_501, adj_502);
        adj_fine.shape = adj_500;
        wp::adj_add(var_498, var_398, adj_498, adj_398, adj_499);
        wp::adj_mul(var_497, var_0, adj_497, adj_0, adj_498);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_495, adj_495, adj_496);
        wp::adj_sub(var_488, var_493, adj_488, adj_493, adj_494);
        wp::adj_add(var_491, var_492, adj_491, adj_492, adj_493);
        wp::adj_abs(var_486, adj_486, adj_492);
        wp::adj_add(var_489, var_490, adj_489, adj_490, adj_491);
        wp::adj_abs(var_399, adj_399, adj_490);
        wp::adj_abs(var_398, adj_398, adj_489);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_442, var_453, adj_442, adj_453, adj_485);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_441, var_482, adj_441, adj_482, adj_484);
        wp::adj_mul(var_453, var_483, adj_453, adj_481, adj_482);
        wp::adj_address(var_fine, var_461, var_469, var_477, adj_fine, adj_461, adj_469, adj_477, adj_481);
        wp::adj_mul(var_453, var_480, adj_453, adj_478, adj_479);
        wp::adj_address(var_fine, var_461, var_469, var_477, adj_fine, adj_461, adj_469, adj_477, adj_478);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_472, var_475, adj_472, adj_475, adj_477);
        wp::adj_extract(var_476, var_474, adj_473, adj_474, adj_475);
        adj_fine.shape = adj_473;
        wp::adj_add(var_471, var_443, adj_471, adj_443, adj_472);
        wp::adj_mul(var_470, var_2, adj_470, adj_2, adj_471);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_464, var_467, adj_464, adj_467, adj_469);
        wp::adj_extract(var_468, var_466, adj_465, adj_466, adj_467);
        adj_fine.shape = adj_465;
        wp::adj_add(var_463, var_399, adj_463, adj_399, adj_464);
        wp::adj_mul(var_462, var_1, adj_462, adj_1, adj_463);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_456, var_459, adj_456, adj_459, adj_461);
        wp::adj_extract(var_460, var_458, adj_457, adj_458, adj_459);
        adj_fine.shape = adj_457;
        wp::adj_add(var_455, var_398, adj_455, adj_398, adj_456);
        wp::adj_mul(var_454, var_0, adj_454, adj_0, adj_455);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_452, adj_452, adj_453);
        wp::adj_sub(var_445, var_450, adj_445, adj_450, adj_451);
        wp::adj_add(var_448, var_449, adj_448, adj_449, adj_450);
        wp::adj_abs(var_443, adj_443, adj_449);
        wp::adj_add(var_446, var_447, adj_446, adj_447, adj_448);
        wp::adj_abs(var_399, adj_399, adj_447);
        wp::adj_abs(var_398, adj_398, adj_446);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_397, var_410, adj_397, adj_410, adj_442);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_396, var_439, adj_396, adj_439, adj_441);
        wp::adj_mul(var_410, var_440, adj_410, adj_438, adj_439);
        wp::adj_address(var_fine, var_418, var_426, var_434, adj_fine, adj_418, adj_426, adj_434, adj_438);
        wp::adj_mul(var_410, var_437, adj_410, adj_435, adj_436);
        wp::adj_address(var_fine, var_418, var_426, var_434, adj_fine, adj_418, adj_426, adj_434, adj_435);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_429, var_432, adj_429, adj_432, adj_434);
        wp::adj_extract(var_433, var_431, adj_430, adj_431, adj_432);
        adj_fine.shape = adj_430;
        wp::adj_add(var_428, var_400, adj_428, adj_400, adj_429);
        wp::adj_mul(var_427, var_2, adj_427, adj_2, adj_428);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_421, var_424, adj_421, adj_424, adj_426);
        wp::adj_extract(var_425, var_423, adj_422, adj_423, adj_424);
        adj_fine.shape = adj_422;
        wp::adj_add(var_420, var_399, adj_420, adj_399, adj_421);
        wp::adj_mul(var_419, var_1, adj_419, adj_1, adj_420);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_413, var_416, adj_413, adj_416, adj_418);
        wp::adj_extract(var_417, var_415, adj_414, adj_415, adj_416);
        adj_fine.shape = adj_414;
        wp::adj_add(var_412, var_398, adj_412, adj_398, adj_413);
        wp::adj_mul(var_411, var_0, adj_411, adj_0, adj_412);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_409, adj_409, adj_410);
        wp::adj_sub(var_402, var_407, adj_402, adj_407, adj_408);
        wp::adj_add(var_405, var_406, adj_405, adj_406, adj_407);
        wp::adj_abs(var_400, adj_400, adj_406);
        wp::adj_add(var_403, var_404, adj_403, adj_404, adj_405);
        wp::adj_abs(var_399, adj_399, adj_404);
        wp::adj_abs(var_398, adj_398, adj_403);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        wp::adj_add(var_354, var_365, adj_354, adj_365, adj_397);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_353, var_394, adj_353, adj_394, adj_396);
        wp::adj_mul(var_365, var_395, adj_365, adj_393, adj_394);
        wp::adj_address(var_fine, var_373, var_381, var_389, adj_fine, adj_373, adj_381, adj_389, adj_393);
        wp::adj_mul(var_365, var_392, adj_365, adj_390, adj_391);
        wp::adj_address(var_fine, var_373, var_381, var_389, adj_fine, adj_373, adj_381, adj_389, adj_390);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_384, var_387, adj_384, adj_387, adj_389);
        wp::adj_extract(var_388, var_386, adj_385, adj_386, adj_387);
        adj_fine.shape = adj_385;
        wp::adj_add(var_383, var_355, adj_383, adj_355, adj_384);
        wp::adj_mul(var_382, var_2, adj_382, adj_2, adj_383);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_376, var_379, adj_376, adj_379, adj_381);
        wp::adj_extract(var_380, var_378, adj_377, adj_378, adj_379);
        adj_fine.shape = adj_377;
        wp::adj_add(var_375, var_268, adj_375, adj_268, adj_376);
        wp::adj_mul(var_374, var_1, adj_374, adj_1, adj_375);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_368, var_371, adj_368, adj_371, adj_373);
        wp::adj_extract(var_372, var_370, adj_369, adj_370, adj_371);
        adj_fine.shape = adj_369;
        wp::adj_add(var_367, var_7, adj_367, adj_7, adj_368);
        wp::adj_mul(var_366, var_0, adj_366, adj_0, adj_367);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_364, adj_364, adj_365);
        wp::adj_sub(var_357, var_362, adj_357, adj_362, adj_363);
        wp::adj_add(var_360, var_361, adj_360, adj_361, adj_362);
        wp::adj_abs(var_355, adj_355, adj_361);
        wp::adj_add(var_358, var_359, adj_358, adj_359, adj_360);
        wp::adj_abs(var_268, adj_268, adj_359);
        wp::adj_abs(var_7, adj_7, adj_358);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_311, var_322, adj_311, adj_322, adj_354);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_310, var_351, adj_310, adj_351, adj_353);
        wp::adj_mul(var_322, var_352, adj_322, adj_350, adj_351);
        wp::adj_address(var_fine, var_330, var_338, var_346, adj_fine, adj_330, adj_338, adj_346, adj_350);
        wp::adj_mul(var_322, var_349, adj_322, adj_347, adj_348);
        wp::adj_address(var_fine, var_330, var_338, var_346, adj_fine, adj_330, adj_338, adj_346, adj_347);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_341, var_344, adj_341, adj_344, adj_346);
        wp::adj_extract(var_345, var_343, adj_342, adj_343, adj_344);
        adj_fine.shape = adj_342;
        wp::adj_add(var_340, var_312, adj_340, adj_312, adj_341);
        wp::adj_mul(var_339, var_2, adj_339, adj_2, adj_340);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_333, var_336, adj_333, adj_336, adj_338);
        wp::adj_extract(var_337, var_335, adj_334, adj_335, adj_336);
        adj_fine.shape = adj_334;
        wp::adj_add(var_332, var_268, adj_332, adj_268, adj_333);
        wp::adj_mul(var_331, var_1, adj_331, adj_1, adj_332);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_325, var_328, adj_325, adj_328, adj_330);
        wp::adj_extract(var_329, var_327, adj_326, adj_327, adj_328);
        adj_fine.shape = adj_326;
        wp::adj_add(var_324, var_7, adj_324, adj_7, adj_325);
        wp::adj_mul(var_323, var_0, adj_323, adj_0, adj_324);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_321, adj_321, adj_322);
        wp::adj_sub(var_314, var_319, adj_314, adj_319, adj_320);
        wp::adj_add(var_317, var_318, adj_317, adj_318, adj_319);
        wp::adj_abs(var_312, adj_312, adj_318);
        wp::adj_add(var_315, var_316, adj_315, adj_316, adj_317);
        wp::adj_abs(var_268, adj_268, adj_316);
        wp::adj_abs(var_7, adj_7, adj_315);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_267, var_279, adj_267, adj_279, adj_311);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_266, var_308, adj_266, adj_308, adj_310);
        wp::adj_mul(var_279, var_309, adj_279, adj_307, adj_308);
        wp::adj_address(var_fine, var_287, var_295, var_303, adj_fine, adj_287, adj_295, adj_303, adj_307);
        wp::adj_mul(var_279, var_306, adj_279, adj_304, adj_305);
        wp::adj_address(var_fine, var_287, var_295, var_303, adj_fine, adj_287, adj_295, adj_303, adj_304);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_298, var_301, adj_298, adj_301, adj_303);
        wp::adj_extract(var_302, var_300, adj_299, adj_300, adj_301);
        adj_fine.shape = adj_299;
        wp::adj_add(var_297, var_269, adj_297, adj_269, adj_298);
        wp::adj_mul(var_296, var_2, adj_296, adj_2, adj_297);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_290, var_293, adj_290, adj_293, adj_295);
        wp::adj_extract(var_294, var_292, adj_291, adj_292, adj_293);
        adj_fine.shape = adj_291;
        wp::adj_add(var_289, var_268, adj_289, adj_268, adj_290);
        wp::adj_mul(var_288, var_1, adj_288, adj_1, adj_289);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_282, var_285, adj_282, adj_285, adj_287);
        wp::adj_extract(var_286, var_284, adj_283, adj_284, adj_285);
        adj_fine.shape = adj_283;
        wp::adj_add(var_281, var_7, adj_281, adj_7, adj_282);
        wp::adj_mul(var_280, var_0, adj_280, adj_0, adj_281);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_278, adj_278, adj_279);
        wp::adj_sub(var_271, var_276, adj_271, adj_276, adj_277);
        wp::adj_add(var_274, var_275, adj_274, adj_275, adj_276);
        wp::adj_abs(var_269, adj_269, adj_275);
        wp::adj_add(var_272, var_273, adj_272, adj_273, adj_274);
        wp::adj_abs(var_268, adj_268, adj_273);
        wp::adj_abs(var_7, adj_7, adj_272);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_224, var_235, adj_224, adj_235, adj_267);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_223, var_264, adj_223, adj_264, adj_266);
        wp::adj_mul(var_235, var_265, adj_235, adj_263, adj_264);
        wp::adj_address(var_fine, var_243, var_251, var_259, adj_fine, adj_243, adj_251, adj_259, adj_263);
        wp::adj_mul(var_235, var_262, adj_235, adj_260, adj_261);
        wp::adj_address(var_fine, var_243, var_251, var_259, adj_fine, adj_243, adj_251, adj_259, adj_260);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_254, var_257, adj_254, adj_257, adj_259);
        wp::adj_extract(var_258, var_256, adj_255, adj_256, adj_257);
        adj_fine.shape = adj_255;
        wp::adj_add(var_253, var_225, adj_253, adj_225, adj_254);
        wp::adj_mul(var_252, var_2, adj_252, adj_2, adj_253);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_246, var_249, adj_246, adj_249, adj_251);
        wp::adj_extract(var_250, var_248, adj_247, adj_248, adj_249);
        adj_fine.shape = adj_247;
        wp::adj_add(var_245, var_138, adj_245, adj_138, adj_246);
        wp::adj_mul(var_244, var_1, adj_244, adj_1, adj_245);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_238, var_241, adj_238, adj_241, adj_243);
        wp::adj_extract(var_242, var_240, adj_239, adj_240, adj_241);
        adj_fine.shape = adj_239;
        wp::adj_add(var_237, var_7, adj_237, adj_7, adj_238);
        wp::adj_mul(var_236, var_0, adj_236, adj_0, adj_237);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_234, adj_234, adj_235);
        wp::adj_sub(var_227, var_232, adj_227, adj_232, adj_233);
        wp::adj_add(var_230, var_231, adj_230, adj_231, adj_232);
        wp::adj_abs(var_225, adj_225, adj_231);
        wp::adj_add(var_228, var_229, adj_228, adj_229, adj_230);
        wp::adj_abs(var_138, adj_138, adj_229);
        wp::adj_abs(var_7, adj_7, adj_228);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_181, var_192, adj_181, adj_192, adj_224);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_180, var_221, adj_180, adj_221, adj_223);
        wp::adj_mul(var_192, var_222, adj_192, adj_220, adj_221);
        wp::adj_address(var_fine, var_200, var_208, var_216, adj_fine, adj_200, adj_208, adj_216, adj_220);
        wp::adj_mul(var_192, var_219, adj_192, adj_217, adj_218);
        wp::adj_address(var_fine, var_200, var_208, var_216, adj_fine, adj_200, adj_208, adj_216, adj_217);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_211, var_214, adj_211, adj_214, adj_216);
        wp::adj_extract(var_215, var_213, adj_212, adj_213, adj_214);
        adj_fine.shape = adj_212;
        wp::adj_add(var_210, var_182, adj_210, adj_182, adj_211);
        wp::adj_mul(var_209, var_2, adj_209, adj_2, adj_210);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_203, var_206, adj_203, adj_206, adj_208);
        wp::adj_extract(var_207, var_205, adj_204, adj_205, adj_206);
        adj_fine.shape = adj_204;
        wp::adj_add(var_202, var_138, adj_202, adj_138, adj_203);
        wp::adj_mul(var_201, var_1, adj_201, adj_1, adj_202);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_195, var_198, adj_195, adj_198, adj_200);
        wp::adj_extract(var_199, var_197, adj_196, adj_197, adj_198);
        adj_fine.shape = adj_196;
        wp::adj_add(var_194, var_7, adj_194, adj_7, adj_195);
        wp::adj_mul(var_193, var_0, adj_193, adj_0, adj_194);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_191, adj_191, adj_192);
        wp::adj_sub(var_184, var_189, adj_184, adj_189, adj_190);
        wp::adj_add(var_187, var_188, adj_187, adj_188, adj_189);
        wp::adj_abs(var_182, adj_182, adj_188);
        wp::adj_add(var_185, var_186, adj_185, adj_186, adj_187);
        wp::adj_abs(var_138, adj_138, adj_186);
        wp::adj_abs(var_7, adj_7, adj_185);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_137, var_149, adj_137, adj_149, adj_181);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_136, var_178, adj_136, adj_178, adj_180);
        wp::adj_mul(var_149, var_179, adj_149, adj_177, adj_178);
        wp::adj_address(var_fine, var_157, var_165, var_173, adj_fine, adj_157, adj_165, adj_173, adj_177);
        wp::adj_mul(var_149, var_176, adj_149, adj_174, adj_175);
        wp::adj_address(var_fine, var_157, var_165, var_173, adj_fine, adj_157, adj_165, adj_173, adj_174);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_168, var_171, adj_168, adj_171, adj_173);
        wp::adj_extract(var_172, var_170, adj_169, adj_170, adj_171);
        adj_fine.shape = adj_169;
        wp::adj_add(var_167, var_139, adj_167, adj_139, adj_168);
        wp::adj_mul(var_166, var_2, adj_166, adj_2, adj_167);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_160, var_163, adj_160, adj_163, adj_165);
        wp::adj_extract(var_164, var_162, adj_161, adj_162, adj_163);
        adj_fine.shape = adj_161;
        wp::adj_add(var_159, var_138, adj_159, adj_138, adj_160);
        wp::adj_mul(var_158, var_1, adj_158, adj_1, adj_159);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_152, var_155, adj_152, adj_155, adj_157);
        wp::adj_extract(var_156, var_154, adj_153, adj_154, adj_155);
        adj_fine.shape = adj_153;
        wp::adj_add(var_151, var_7, adj_151, adj_7, adj_152);
        wp::adj_mul(var_150, var_0, adj_150, adj_0, adj_151);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_148, adj_148, adj_149);
        wp::adj_sub(var_141, var_146, adj_141, adj_146, adj_147);
        wp::adj_add(var_144, var_145, adj_144, adj_145, adj_146);
        wp::adj_abs(var_139, adj_139, adj_145);
        wp::adj_add(var_142, var_143, adj_142, adj_143, adj_144);
        wp::adj_abs(var_138, adj_138, adj_143);
        wp::adj_abs(var_7, adj_7, adj_142);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_94, var_105, adj_94, adj_105, adj_137);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_93, var_134, adj_93, adj_134, adj_136);
        wp::adj_mul(var_105, var_135, adj_105, adj_133, adj_134);
        wp::adj_address(var_fine, var_113, var_121, var_129, adj_fine, adj_113, adj_121, adj_129, adj_133);
        wp::adj_mul(var_105, var_132, adj_105, adj_130, adj_131);
        wp::adj_address(var_fine, var_113, var_121, var_129, adj_fine, adj_113, adj_121, adj_129, adj_130);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_124, var_127, adj_124, adj_127, adj_129);
        wp::adj_extract(var_128, var_126, adj_125, adj_126, adj_127);
        adj_fine.shape = adj_125;
        wp::adj_add(var_123, var_95, adj_123, adj_95, adj_124);
        wp::adj_mul(var_122, var_2, adj_122, adj_2, adj_123);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_116, var_119, adj_116, adj_119, adj_121);
        wp::adj_extract(var_120, var_118, adj_117, adj_118, adj_119);
        adj_fine.shape = adj_117;
        wp::adj_add(var_115, var_8, adj_115, adj_8, adj_116);
        wp::adj_mul(var_114, var_1, adj_114, adj_1, adj_115);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_108, var_111, adj_108, adj_111, adj_113);
        wp::adj_extract(var_112, var_110, adj_109, adj_110, adj_111);
        adj_fine.shape = adj_109;
        wp::adj_add(var_107, var_7, adj_107, adj_7, adj_108);
        wp::adj_mul(var_106, var_0, adj_106, adj_0, adj_107);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_104, adj_104, adj_105);
        wp::adj_sub(var_97, var_102, adj_97, adj_102, adj_103);
        wp::adj_add(var_100, var_101, adj_100, adj_101, adj_102);
        wp::adj_abs(var_95, adj_95, adj_101);
        wp::adj_add(var_98, var_99, adj_98, adj_99, adj_100);
        wp::adj_abs(var_8, adj_8, adj_99);
        wp::adj_abs(var_7, adj_7, adj_98);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_51, var_62, adj_51, adj_62, adj_94);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_50, var_91, adj_50, adj_91, adj_93);
        wp::adj_mul(var_62, var_92, adj_62, adj_90, adj_91);
        wp::adj_address(var_fine, var_70, var_78, var_86, adj_fine, adj_70, adj_78, adj_86, adj_90);
        wp::adj_mul(var_62, var_89, adj_62, adj_87, adj_88);
        wp::adj_address(var_fine, var_70, var_78, var_86, adj_fine, adj_70, adj_78, adj_86, adj_87);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_81, var_84, adj_81, adj_84, adj_86);
        wp::adj_extract(var_85, var_83, adj_82, adj_83, adj_84);
        adj_fine.shape = adj_82;
        wp::adj_add(var_80, var_52, adj_80, adj_52, adj_81);
        wp::adj_mul(var_79, var_2, adj_79, adj_2, adj_80);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_73, var_76, adj_73, adj_76, adj_78);
        wp::adj_extract(var_77, var_75, adj_74, adj_75, adj_76);
        adj_fine.shape = adj_74;
        wp::adj_add(var_72, var_8, adj_72, adj_8, adj_73);
        wp::adj_mul(var_71, var_1, adj_71, adj_1, adj_72);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_65, var_68, adj_65, adj_68, adj_70);
        wp::adj_extract(var_69, var_67, adj_66, adj_67, adj_68);
        adj_fine.shape = adj_66;
        wp::adj_add(var_64, var_7, adj_64, adj_7, adj_65);
        wp::adj_mul(var_63, var_0, adj_63, adj_0, adj_64);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_61, adj_61, adj_62);
        wp::adj_sub(var_54, var_59, adj_54, adj_59, adj_60);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_abs(var_52, adj_52, adj_58);
        wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_abs(var_8, adj_8, adj_56);
        wp::adj_abs(var_7, adj_7, adj_55);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_6, var_19, adj_6, adj_19, adj_51);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_4, var_48, adj_4, adj_48, adj_50);
        wp::adj_mul(var_19, var_49, adj_19, adj_47, adj_48);
        wp::adj_address(var_fine, var_27, var_35, var_43, adj_fine, adj_27, adj_35, adj_43, adj_47);
        wp::adj_mul(var_19, var_46, adj_19, adj_44, adj_45);
        wp::adj_address(var_fine, var_27, var_35, var_43, adj_fine, adj_27, adj_35, adj_43, adj_44);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_38, var_41, adj_38, adj_41, adj_43);
        wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
        adj_fine.shape = adj_39;
        wp::adj_add(var_37, var_9, adj_37, adj_9, adj_38);
        wp::adj_mul(var_36, var_2, adj_36, adj_2, adj_37);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_30, var_33, adj_30, adj_33, adj_35);
        wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
        adj_fine.shape = adj_31;
        wp::adj_add(var_29, var_8, adj_29, adj_8, adj_30);
        wp::adj_mul(var_28, var_1, adj_28, adj_1, adj_29);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_22, var_25, adj_22, adj_25, adj_27);
        wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
        adj_fine.shape = adj_23;
        wp::adj_add(var_21, var_7, adj_21, adj_7, adj_22);
        wp::adj_mul(var_20, var_0, adj_20, adj_0, adj_21);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_18, adj_18, adj_19);
        wp::adj_sub(var_11, var_16, adj_11, adj_16, adj_17);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_abs(var_9, adj_9, adj_15);
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_abs(var_8, adj_8, adj_13);
        wp::adj_abs(var_7, adj_7, adj_12);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        // adj: for di in range(-1, 2):                                                           <L 51>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: wsum = float(0.0)                                                                 <L 50>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: acc = float(0.0)                                                                  <L 49>
        // adj: i, j, k = wp.tid()                                                                <L 48>
        // adj: def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):  <L 47>
        continue;
    }
}



extern "C" __global__ void prolong_add_44126e0b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> var_fine)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 2;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t* var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::shape_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        //---------
        // forward
        // def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):       <L 64>
        // i, j, k = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // ci = i // 2                                                                            <L 66>
        var_4 = wp::floordiv(var_0, var_3);
        // cj = j // 2                                                                            <L 67>
        var_6 = wp::floordiv(var_1, var_5);
        // ck = k // 2                                                                            <L 68>
        var_8 = wp::floordiv(var_2, var_7);
        // fx = float(i % 2) * 0.5                                                                <L 69>
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::float(var_10);
        var_13 = wp::mul(var_11, var_12);
        // fy = float(j % 2) * 0.5                                                                <L 70>
        var_15 = wp::mod(var_1, var_14);
        var_16 = wp::float(var_15);
        var_18 = wp::mul(var_16, var_17);
        // fz = float(k % 2) * 0.5                                                                <L 71>
        var_20 = wp::mod(var_2, var_19);
        var_21 = wp::float(var_20);
        var_23 = wp::mul(var_21, var_22);
        // ci1 = idx_clamp(ci + 1, coarse.shape[0])                                               <L 72>
        var_25 = wp::add(var_4, var_24);
        var_26 = &(var_coarse.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = idx_clamp_0(var_25, var_28);
        // cj1 = idx_clamp(cj + 1, coarse.shape[1])                                               <L 73>
        var_32 = wp::add(var_6, var_31);
        var_33 = &(var_coarse.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = idx_clamp_0(var_32, var_35);
        // ck1 = idx_clamp(ck + 1, coarse.shape[2])                                               <L 74>
        var_39 = wp::add(var_8, var_38);
        var_40 = &(var_coarse.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = idx_clamp_0(var_39, var_42);
        // c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                             <L 75>
        var_45 = wp::address(var_coarse, var_4, var_6, var_8);
        var_46 = wp::address(var_coarse, var_30, var_6, var_8);
        var_48 = wp::load(var_45);
        var_49 = wp::load(var_46);
        var_47 = wp::lerp(var_48, var_49, var_13);
        // c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                           <L 76>
        var_50 = wp::address(var_coarse, var_4, var_37, var_8);
        var_51 = wp::address(var_coarse, var_30, var_37, var_8);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::lerp(var_53, var_54, var_13);
        // c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                           <L 77>
        var_55 = wp::address(var_coarse, var_4, var_6, var_44);
        var_56 = wp::address(var_coarse, var_30, var_6, var_44);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::lerp(var_58, var_59, var_13);
        // c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                         <L 78>
        var_60 = wp::address(var_coarse, var_4, var_37, var_44);
        var_61 = wp::address(var_coarse, var_30, var_37, var_44);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::lerp(var_63, var_64, var_13);
        // v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                          <L 79>
        var_65 = wp::lerp(var_47, var_52, var_18);
        var_66 = wp::lerp(var_57, var_62, var_18);
        var_67 = wp::lerp(var_65, var_66, var_23);
        // fine[i, j, k] += v                                                                     <L 80>
        var_68 = wp::atomic_add(var_fine, var_0, var_1, var_2, var_67);
    }
}



extern "C" __global__ void prolong_add_44126e0b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> adj_coarse,
    wp::array_t<wp::float32> adj_fine)
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 2;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t* var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::shape_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::shape_t adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::shape_t adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::shape_t adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::shape_t adj_43 = {};
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
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        //---------
        // forward
        // def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):       <L 64>
        // i, j, k = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // ci = i // 2                                                                            <L 66>
        var_4 = wp::floordiv(var_0, var_3);
        // cj = j // 2                                                                            <L 67>
        var_6 = wp::floordiv(var_1, var_5);
        // ck = k // 2                                                                            <L 68>
        var_8 = wp::floordiv(var_2, var_7);
        // fx = float(i % 2) * 0.5                                                                <L 69>
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::float(var_10);
        var_13 = wp::mul(var_11, var_12);
        // fy = float(j % 2) * 0.5                                                                <L 70>
        var_15 = wp::mod(var_1, var_14);
        var_16 = wp::float(var_15);
        var_18 = wp::mul(var_16, var_17);
        // fz = float(k % 2) * 0.5                                                                <L 71>
        var_20 = wp::mod(var_2, var_19);
        var_21 = wp::float(var_20);
        var_23 = wp::mul(var_21, var_22);
        // ci1 = idx_clamp(ci + 1, coarse.shape[0])                                               <L 72>
        var_25 = wp::add(var_4, var_24);
        var_26 = &(var_coarse.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = idx_clamp_0(var_25, var_28);
        // cj1 = idx_clamp(cj + 1, coarse.shape[1])                                               <L 73>
        var_32 = wp::add(var_6, var_31);
        var_33 = &(var_coarse.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = idx_clamp_0(var_32, var_35);
        // ck1 = idx_clamp(ck + 1, coarse.shape[2])                                               <L 74>
        var_39 = wp::add(var_8, var_38);
        var_40 = &(var_coarse.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = idx_clamp_0(var_39, var_42);
        // c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                             <L 75>
        var_45 = wp::address(var_coarse, var_4, var_6, var_8);
        var_46 = wp::address(var_coarse, var_30, var_6, var_8);
        var_48 = wp::load(var_45);
        var_49 = wp::load(var_46);
        var_47 = wp::lerp(var_48, var_49, var_13);
        // c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                           <L 76>
        var_50 = wp::address(var_coarse, var_4, var_37, var_8);
        var_51 = wp::address(var_coarse, var_30, var_37, var_8);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::lerp(var_53, var_54, var_13);
        // c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                           <L 77>
        var_55 = wp::address(var_coarse, var_4, var_6, var_44);
        var_56 = wp::address(var_coarse, var_30, var_6, var_44);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::lerp(var_58, var_59, var_13);
        // c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                         <L 78>
        var_60 = wp::address(var_coarse, var_4, var_37, var_44);
        var_61 = wp::address(var_coarse, var_30, var_37, var_44);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::lerp(var_63, var_64, var_13);
        // v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                          <L 79>
        var_65 = wp::lerp(var_47, var_52, var_18);
        var_66 = wp::lerp(var_57, var_62, var_18);
        var_67 = wp::lerp(var_65, var_66, var_23);
        // fine[i, j, k] += v                                                                     <L 80>
        // var_68 = wp::atomic_add(var_fine, var_0, var_1, var_2, var_67);
        //---------
        // reverse
        wp::adj_atomic_add(var_fine, var_0, var_1, var_2, var_67, adj_fine, adj_0, adj_1, adj_2, adj_67, adj_68);
        // adj: fine[i, j, k] += v                                                                <L 80>
        wp::adj_lerp(var_65, var_66, var_23, adj_65, adj_66, adj_23, adj_67);
        wp::adj_lerp(var_57, var_62, var_18, adj_57, adj_62, adj_18, adj_66);
        wp::adj_lerp(var_47, var_52, var_18, adj_47, adj_52, adj_18, adj_65);
        // adj: v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                     <L 79>
        wp::adj_lerp(var_63, var_64, var_13, adj_60, adj_61, adj_13, adj_62);
        wp::adj_address(var_coarse, var_30, var_37, var_44, adj_coarse, adj_30, adj_37, adj_44, adj_61);
        wp::adj_address(var_coarse, var_4, var_37, var_44, adj_coarse, adj_4, adj_37, adj_44, adj_60);
        // adj: c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                    <L 78>
        wp::adj_lerp(var_58, var_59, var_13, adj_55, adj_56, adj_13, adj_57);
        wp::adj_address(var_coarse, var_30, var_6, var_44, adj_coarse, adj_30, adj_6, adj_44, adj_56);
        wp::adj_address(var_coarse, var_4, var_6, var_44, adj_coarse, adj_4, adj_6, adj_44, adj_55);
        // adj: c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                      <L 77>
        wp::adj_lerp(var_53, var_54, var_13, adj_50, adj_51, adj_13, adj_52);
        wp::adj_address(var_coarse, var_30, var_37, var_8, adj_coarse, adj_30, adj_37, adj_8, adj_51);
        wp::adj_address(var_coarse, var_4, var_37, var_8, adj_coarse, adj_4, adj_37, adj_8, adj_50);
        // adj: c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                      <L 76>
        wp::adj_lerp(var_48, var_49, var_13, adj_45, adj_46, adj_13, adj_47);
        wp::adj_address(var_coarse, var_30, var_6, var_8, adj_coarse, adj_30, adj_6, adj_8, adj_46);
        wp::adj_address(var_coarse, var_4, var_6, var_8, adj_coarse, adj_4, adj_6, adj_8, adj_45);
        // adj: c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                        <L 75>
        adj_idx_clamp_0(var_39, var_42, adj_39, adj_42, adj_44);
        wp::adj_extract(var_43, var_41, adj_40, adj_41, adj_42);
        adj_coarse.shape = adj_40;
        wp::adj_add(var_8, var_38, adj_8, adj_38, adj_39);
        // adj: ck1 = idx_clamp(ck + 1, coarse.shape[2])                                          <L 74>
        adj_idx_clamp_0(var_32, var_35, adj_32, adj_35, adj_37);
        wp::adj_extract(var_36, var_34, adj_33, adj_34, adj_35);
        adj_coarse.shape = adj_33;
        wp::adj_add(var_6, var_31, adj_6, adj_31, adj_32);
        // adj: cj1 = idx_clamp(cj + 1, coarse.shape[1])                                          <L 73>
        adj_idx_clamp_0(var_25, var_28, adj_25, adj_28, adj_30);
        wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
        adj_coarse.shape = adj_26;
        wp::adj_add(var_4, var_24, adj_4, adj_24, adj_25);
        // adj: ci1 = idx_clamp(ci + 1, coarse.shape[0])                                          <L 72>
        wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_float(var_20, adj_20, adj_21);
        wp::adj_mod(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: fz = float(k % 2) * 0.5                                                           <L 71>
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_float(var_15, adj_15, adj_16);
        wp::adj_mod(var_1, var_14, adj_1, adj_14, adj_15);
        // adj: fy = float(j % 2) * 0.5                                                           <L 70>
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_10, adj_10, adj_11);
        wp::adj_mod(var_0, var_9, adj_0, adj_9, adj_10);
        // adj: fx = float(i % 2) * 0.5                                                           <L 69>
        // adj: ck = k // 2                                                                       <L 68>
        // adj: cj = j // 2                                                                       <L 67>
        // adj: ci = i // 2                                                                       <L 66>
        // adj: i, j, k = wp.tid()                                                                <L 65>
        // adj: def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):  <L 64>
        continue;
    }
}



extern "C" __global__ void unrolled_stencil_99339061_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::float32* var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 8;
        wp::range_t var_47;
        wp::int32 var_48;
        const wp::float32 var_49 = 0.01;
        wp::int32 var_50;
        const wp::int32 var_51 = 4;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.01;
        wp::int32 var_58;
        const wp::int32 var_59 = 4;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // forward
        // def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):          <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 86>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 87>
        var_6 = wp::float(var_5);
        // for k in range(3):                                                                     <L 88>
        // acc += src[idx_clamp(i + k - 1, n)]                                                    <L 89>
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::sub(var_8, var_9);
        var_11 = idx_clamp_0(var_10, var_3);
        var_12 = wp::address(var_src, var_11);
        var_13 = wp::add(var_0, var_7);
        var_15 = wp::sub(var_13, var_14);
        var_16 = idx_clamp_0(var_15, var_3);
        var_17 = wp::address(var_src, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_6, var_19);
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_24 = idx_clamp_0(var_23, var_3);
        var_25 = wp::address(var_src, var_24);
        var_26 = wp::add(var_0, var_20);
        var_28 = wp::sub(var_26, var_27);
        var_29 = idx_clamp_0(var_28, var_3);
        var_30 = wp::address(var_src, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_18, var_32);
        var_34 = wp::add(var_0, var_33);
        var_36 = wp::sub(var_34, var_35);
        var_37 = idx_clamp_0(var_36, var_3);
        var_38 = wp::address(var_src, var_37);
        var_39 = wp::add(var_0, var_33);
        var_41 = wp::sub(var_39, var_40);
        var_42 = idx_clamp_0(var_41, var_3);
        var_43 = wp::address(var_src, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_31, var_45);
        // for k in range(8):                                                                     <L 90>
        var_47 = wp::range(var_46);
        start_for_0:;
            if (iter_cmp(var_47) == 0) goto end_for_0;
            var_48 = wp::iter_next(var_47);
            // acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                         <L 91>
            var_50 = wp::add(var_0, var_48);
            var_52 = wp::sub(var_50, var_51);
            var_53 = idx_clamp_0(var_52, var_3);
            var_54 = wp::address(var_src, var_53);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_49, var_56);
            var_58 = wp::add(var_0, var_48);
            var_60 = wp::sub(var_58, var_59);
            var_61 = idx_clamp_0(var_60, var_3);
            var_62 = wp::address(var_src, var_61);
            var_64 = wp::load(var_62);
            var_63 = wp::mul(var_57, var_64);
            var_65 = wp::add(var_44, var_63);
            wp::assign(var_44, var_65);
            goto start_for_0;
        end_for_0:;
        // dst[i] = acc                                                                           <L 92>
        wp::array_store(var_dst, var_0, var_44);
    }
}



extern "C" __global__ void unrolled_stencil_99339061_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::float32* var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 8;
        wp::range_t var_47;
        wp::int32 var_48;
        const wp::float32 var_49 = 0.01;
        wp::int32 var_50;
        const wp::int32 var_51 = 4;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.01;
        wp::int32 var_58;
        const wp::int32 var_59 = 4;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::range_t adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        //---------
        // forward
        // def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):          <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 86>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 87>
        var_6 = wp::float(var_5);
        // for k in range(3):                                                                     <L 88>
        // acc += src[idx_clamp(i + k - 1, n)]                                                    <L 89>
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::sub(var_8, var_9);
        var_11 = idx_clamp_0(var_10, var_3);
        var_12 = wp::address(var_src, var_11);
        var_13 = wp::add(var_0, var_7);
        var_15 = wp::sub(var_13, var_14);
        var_16 = idx_clamp_0(var_15, var_3);
        var_17 = wp::address(var_src, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_6, var_19);
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_21, var_22);
        var_24 = idx_clamp_0(var_23, var_3);
        var_25 = wp::address(var_src, var_24);
        var_26 = wp::add(var_0, var_20);
        var_28 = wp::sub(var_26, var_27);
        var_29 = idx_clamp_0(var_28, var_3);
        var_30 = wp::address(var_src, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_18, var_32);
        var_34 = wp::add(var_0, var_33);
        var_36 = wp::sub(var_34, var_35);
        var_37 = idx_clamp_0(var_36, var_3);
        var_38 = wp::address(var_src, var_37);
        var_39 = wp::add(var_0, var_33);
        var_41 = wp::sub(var_39, var_40);
        var_42 = idx_clamp_0(var_41, var_3);
        var_43 = wp::address(var_src, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_31, var_45);
        // for k in range(8):                                                                     <L 90>
        var_47 = wp::range(var_46);
        // dst[i] = acc                                                                           <L 92>
        // wp::array_store(var_dst, var_0, var_44);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_44, adj_dst, adj_0, adj_44);
        // adj: dst[i] = acc                                                                      <L 92>
        var_47 = wp::iter_reverse(var_47);
        start_for_0:;
            if (iter_cmp(var_47) == 0) goto end_for_0;
            var_48 = wp::iter_next(var_47);
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
            // acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                         <L 91>
            var_50 = wp::add(var_0, var_48);
            var_52 = wp::sub(var_50, var_51);
            var_53 = idx_clamp_0(var_52, var_3);
            var_54 = wp::address(var_src, var_53);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_49, var_56);
            var_58 = wp::add(var_0, var_48);
            var_60 = wp::sub(var_58, var_59);
            var_61 = idx_clamp_0(var_60, var_3);
            var_62 = wp::address(var_src, var_61);
            var_64 = wp::load(var_62);
            var_63 = wp::mul(var_57, var_64);
            var_65 = wp::add(var_44, var_63);
            wp::assign(var_44, var_65);
            wp::adj_assign(var_44, var_65, adj_44, adj_65);
            wp::adj_add(var_44, var_63, adj_44, adj_63, adj_65);
            wp::adj_mul(var_57, var_64, adj_57, adj_62, adj_63);
            wp::adj_address(var_src, var_61, adj_src, adj_61, adj_62);
            adj_idx_clamp_0(var_60, var_3, adj_60, adj_3, adj_61);
            wp::adj_sub(var_58, var_59, adj_58, adj_59, adj_60);
            wp::adj_add(var_0, var_48, adj_0, adj_48, adj_58);
            wp::adj_mul(var_49, var_56, adj_49, adj_54, adj_55);
            wp::adj_address(var_src, var_53, adj_src, adj_53, adj_54);
            adj_idx_clamp_0(var_52, var_3, adj_52, adj_3, adj_53);
            wp::adj_sub(var_50, var_51, adj_50, adj_51, adj_52);
            wp::adj_add(var_0, var_48, adj_0, adj_48, adj_50);
            // adj: acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                    <L 91>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_46, adj_46, adj_47);
        // adj: for k in range(8):                                                                <L 90>
        wp::adj_add(var_31, var_45, adj_31, adj_43, adj_44);
        wp::adj_address(var_src, var_42, adj_src, adj_42, adj_43);
        adj_idx_clamp_0(var_41, var_3, adj_41, adj_3, adj_42);
        wp::adj_sub(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_add(var_0, var_33, adj_0, adj_33, adj_39);
        wp::adj_address(var_src, var_37, adj_src, adj_37, adj_38);
        adj_idx_clamp_0(var_36, var_3, adj_36, adj_3, adj_37);
        wp::adj_sub(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_add(var_0, var_33, adj_0, adj_33, adj_34);
        wp::adj_add(var_18, var_32, adj_18, adj_30, adj_31);
        wp::adj_address(var_src, var_29, adj_src, adj_29, adj_30);
        adj_idx_clamp_0(var_28, var_3, adj_28, adj_3, adj_29);
        wp::adj_sub(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_26);
        wp::adj_address(var_src, var_24, adj_src, adj_24, adj_25);
        adj_idx_clamp_0(var_23, var_3, adj_23, adj_3, adj_24);
        wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
        wp::adj_add(var_6, var_19, adj_6, adj_17, adj_18);
        wp::adj_address(var_src, var_16, adj_src, adj_16, adj_17);
        adj_idx_clamp_0(var_15, var_3, adj_15, adj_3, adj_16);
        wp::adj_sub(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_13);
        wp::adj_address(var_src, var_11, adj_src, adj_11, adj_12);
        adj_idx_clamp_0(var_10, var_3, adj_10, adj_3, adj_11);
        wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: acc += src[idx_clamp(i + k - 1, n)]                                               <L 89>
        // adj: for k in range(3):                                                                <L 88>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc = float(0.0)                                                                  <L 87>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_src.shape = adj_1;
        // adj: n = src.shape[0]                                                                  <L 86>
        // adj: i = wp.tid()                                                                      <L 85>
        // adj: def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):     <L 84>
        continue;
    }
}

