
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


// corpus/070_linear_blend_skinning.py:6
static CUDA_CALLABLE wp::mat_t<4, 4, wp::float32> blend_matrix_0(
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones,
    wp::vec_t<4, wp::int32> var_ids,
    wp::vec_t<4, wp::float32> var_weights)
{
    //---------
    // primal vars
    wp::mat_t<4, 4, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    bool var_10;
    wp::mat_t<4, 4, wp::float32>* var_11;
    wp::mat_t<4, 4, wp::float32> var_12;
    wp::mat_t<4, 4, wp::float32> var_13;
    wp::mat_t<4, 4, wp::float32> var_14;
    wp::float32 var_15;
    wp::mat_t<4, 4, wp::float32> var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    bool var_25;
    wp::mat_t<4, 4, wp::float32>* var_26;
    wp::mat_t<4, 4, wp::float32> var_27;
    wp::mat_t<4, 4, wp::float32> var_28;
    wp::mat_t<4, 4, wp::float32> var_29;
    wp::float32 var_30;
    wp::mat_t<4, 4, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    wp::int32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    bool var_40;
    wp::mat_t<4, 4, wp::float32>* var_41;
    wp::mat_t<4, 4, wp::float32> var_42;
    wp::mat_t<4, 4, wp::float32> var_43;
    wp::mat_t<4, 4, wp::float32> var_44;
    wp::float32 var_45;
    wp::mat_t<4, 4, wp::float32> var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 0;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    bool var_55;
    wp::mat_t<4, 4, wp::float32>* var_56;
    wp::mat_t<4, 4, wp::float32> var_57;
    wp::mat_t<4, 4, wp::float32> var_58;
    wp::mat_t<4, 4, wp::float32> var_59;
    wp::float32 var_60;
    wp::mat_t<4, 4, wp::float32> var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    const wp::int32 var_65 = 4;
    wp::mat_t<4, 4, wp::float32> var_66;
    const wp::float32 var_67 = 1.0;
    wp::float32 var_68;
    wp::mat_t<4, 4, wp::float32> var_69;
    //---------
    // forward
    // def blend_matrix(bones: wp.array(dtype=wp.mat44), ids: wp.vec4i, weights: wp.vec4) -> wp.mat44:       <L 7>
    // M = wp.mat44()                                                                         <L 8>
    var_0 = wp::mat_t<4, 4, wp::float32>();
    // wsum = float(0.0)                                                                      <L 9>
    var_2 = wp::float(var_1);
    // for k in range(MAX_INFLUENCES):                                                        <L 10>
    // b = ids[k]                                                                             <L 11>
    var_4 = wp::extract(var_ids, var_3);
    // w = weights[k]                                                                         <L 12>
    var_5 = wp::extract(var_weights, var_3);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_7 = (var_4 >= var_6);
    var_9 = (var_5 > var_8);
    var_10 = var_7 && var_9;
    if (var_10) {
        // M = M + bones[b] * w                                                               <L 14>
        var_11 = wp::address(var_bones, var_4);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_5);
        var_14 = wp::add(var_0, var_12);
        // wsum += w                                                                          <L 15>
        var_15 = wp::add(var_2, var_5);
    }
    var_16 = wp::where(var_10, var_14, var_0);
    var_17 = wp::where(var_10, var_15, var_2);
    // b = ids[k]                                                                             <L 11>
    var_19 = wp::extract(var_ids, var_18);
    // w = weights[k]                                                                         <L 12>
    var_20 = wp::extract(var_weights, var_18);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_22 = (var_19 >= var_21);
    var_24 = (var_20 > var_23);
    var_25 = var_22 && var_24;
    if (var_25) {
        // M = M + bones[b] * w                                                               <L 14>
        var_26 = wp::address(var_bones, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_28, var_20);
        var_29 = wp::add(var_16, var_27);
        // wsum += w                                                                          <L 15>
        var_30 = wp::add(var_17, var_20);
    }
    var_31 = wp::where(var_25, var_29, var_16);
    var_32 = wp::where(var_25, var_30, var_17);
    // b = ids[k]                                                                             <L 11>
    var_34 = wp::extract(var_ids, var_33);
    // w = weights[k]                                                                         <L 12>
    var_35 = wp::extract(var_weights, var_33);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_37 = (var_34 >= var_36);
    var_39 = (var_35 > var_38);
    var_40 = var_37 && var_39;
    if (var_40) {
        // M = M + bones[b] * w                                                               <L 14>
        var_41 = wp::address(var_bones, var_34);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_35);
        var_44 = wp::add(var_31, var_42);
        // wsum += w                                                                          <L 15>
        var_45 = wp::add(var_32, var_35);
    }
    var_46 = wp::where(var_40, var_44, var_31);
    var_47 = wp::where(var_40, var_45, var_32);
    // b = ids[k]                                                                             <L 11>
    var_49 = wp::extract(var_ids, var_48);
    // w = weights[k]                                                                         <L 12>
    var_50 = wp::extract(var_weights, var_48);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_52 = (var_49 >= var_51);
    var_54 = (var_50 > var_53);
    var_55 = var_52 && var_54;
    if (var_55) {
        // M = M + bones[b] * w                                                               <L 14>
        var_56 = wp::address(var_bones, var_49);
        var_58 = wp::load(var_56);
        var_57 = wp::mul(var_58, var_50);
        var_59 = wp::add(var_46, var_57);
        // wsum += w                                                                          <L 15>
        var_60 = wp::add(var_47, var_50);
    }
    var_61 = wp::where(var_55, var_59, var_46);
    var_62 = wp::where(var_55, var_60, var_47);
    // if wsum <= 0.0:                                                                        <L 16>
    var_64 = (var_62 <= var_63);
    if (var_64) {
        // return wp.identity(n=4, dtype=float)                                               <L 17>
        var_66 = wp::identity<4, wp::float32>();
        return var_66;
    }
    // return M * (1.0 / wsum)                                                                <L 18>
    var_68 = wp::div(var_67, var_62);
    var_69 = wp::mul(var_61, var_68);
    return var_69;
}


// corpus/070_linear_blend_skinning.py:21
static CUDA_CALLABLE wp::vec_t<3, wp::float32> xform_point_0(
    wp::mat_t<4, 4, wp::float32> var_M,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def xform_point(M: wp.mat44, p: wp.vec3) -> wp.vec3:                                   <L 22>
    // h = M * wp.vec4(p[0], p[1], p[2], 1.0)                                                 <L 23>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::extract(var_p, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_M, var_7);
    // return wp.vec3(h[0], h[1], h[2])                                                       <L 24>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    return var_15;
}


// corpus/070_linear_blend_skinning.py:27
static CUDA_CALLABLE wp::vec_t<3, wp::float32> xform_vector_0(
    wp::mat_t<4, 4, wp::float32> var_M,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def xform_vector(M: wp.mat44, v: wp.vec3) -> wp.vec3:                                  <L 28>
    // h = M * wp.vec4(v[0], v[1], v[2], 0.0)                                                 <L 29>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::extract(var_v, var_2);
    var_5 = wp::extract(var_v, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_M, var_7);
    // return wp.vec3(h[0], h[1], h[2])                                                       <L 30>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    return var_15;
}


// corpus/070_linear_blend_skinning.py:6
static CUDA_CALLABLE void adj_blend_matrix_0(
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones,
    wp::vec_t<4, wp::int32> var_ids,
    wp::vec_t<4, wp::float32> var_weights,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> & adj_bones,
    wp::vec_t<4, wp::int32> & adj_ids,
    wp::vec_t<4, wp::float32> & adj_weights,
    wp::mat_t<4, 4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<4, 4, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    bool var_10;
    wp::mat_t<4, 4, wp::float32>* var_11;
    wp::mat_t<4, 4, wp::float32> var_12;
    wp::mat_t<4, 4, wp::float32> var_13;
    wp::mat_t<4, 4, wp::float32> var_14;
    wp::float32 var_15;
    wp::mat_t<4, 4, wp::float32> var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    bool var_25;
    wp::mat_t<4, 4, wp::float32>* var_26;
    wp::mat_t<4, 4, wp::float32> var_27;
    wp::mat_t<4, 4, wp::float32> var_28;
    wp::mat_t<4, 4, wp::float32> var_29;
    wp::float32 var_30;
    wp::mat_t<4, 4, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    wp::int32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    bool var_40;
    wp::mat_t<4, 4, wp::float32>* var_41;
    wp::mat_t<4, 4, wp::float32> var_42;
    wp::mat_t<4, 4, wp::float32> var_43;
    wp::mat_t<4, 4, wp::float32> var_44;
    wp::float32 var_45;
    wp::mat_t<4, 4, wp::float32> var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 0;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    bool var_55;
    wp::mat_t<4, 4, wp::float32>* var_56;
    wp::mat_t<4, 4, wp::float32> var_57;
    wp::mat_t<4, 4, wp::float32> var_58;
    wp::mat_t<4, 4, wp::float32> var_59;
    wp::float32 var_60;
    wp::mat_t<4, 4, wp::float32> var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    const wp::int32 var_65 = 4;
    wp::mat_t<4, 4, wp::float32> var_66;
    const wp::float32 var_67 = 1.0;
    wp::float32 var_68;
    wp::mat_t<4, 4, wp::float32> var_69;
    //---------
    // dual vars
    wp::mat_t<4, 4, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::mat_t<4, 4, wp::float32> adj_11 = {};
    wp::mat_t<4, 4, wp::float32> adj_12 = {};
    wp::mat_t<4, 4, wp::float32> adj_13 = {};
    wp::mat_t<4, 4, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::mat_t<4, 4, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::mat_t<4, 4, wp::float32> adj_26 = {};
    wp::mat_t<4, 4, wp::float32> adj_27 = {};
    wp::mat_t<4, 4, wp::float32> adj_28 = {};
    wp::mat_t<4, 4, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::mat_t<4, 4, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    bool adj_40 = {};
    wp::mat_t<4, 4, wp::float32> adj_41 = {};
    wp::mat_t<4, 4, wp::float32> adj_42 = {};
    wp::mat_t<4, 4, wp::float32> adj_43 = {};
    wp::mat_t<4, 4, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::mat_t<4, 4, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    bool adj_55 = {};
    wp::mat_t<4, 4, wp::float32> adj_56 = {};
    wp::mat_t<4, 4, wp::float32> adj_57 = {};
    wp::mat_t<4, 4, wp::float32> adj_58 = {};
    wp::mat_t<4, 4, wp::float32> adj_59 = {};
    wp::float32 adj_60 = {};
    wp::mat_t<4, 4, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    bool adj_64 = {};
    wp::int32 adj_65 = {};
    wp::mat_t<4, 4, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::mat_t<4, 4, wp::float32> adj_69 = {};
    //---------
    // forward
    // def blend_matrix(bones: wp.array(dtype=wp.mat44), ids: wp.vec4i, weights: wp.vec4) -> wp.mat44:       <L 7>
    // M = wp.mat44()                                                                         <L 8>
    var_0 = wp::mat_t<4, 4, wp::float32>();
    // wsum = float(0.0)                                                                      <L 9>
    var_2 = wp::float(var_1);
    // for k in range(MAX_INFLUENCES):                                                        <L 10>
    // b = ids[k]                                                                             <L 11>
    var_4 = wp::extract(var_ids, var_3);
    // w = weights[k]                                                                         <L 12>
    var_5 = wp::extract(var_weights, var_3);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_7 = (var_4 >= var_6);
    var_9 = (var_5 > var_8);
    var_10 = var_7 && var_9;
    if (var_10) {
        // M = M + bones[b] * w                                                               <L 14>
        var_11 = wp::address(var_bones, var_4);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_5);
        var_14 = wp::add(var_0, var_12);
        // wsum += w                                                                          <L 15>
        var_15 = wp::add(var_2, var_5);
    }
    var_16 = wp::where(var_10, var_14, var_0);
    var_17 = wp::where(var_10, var_15, var_2);
    // b = ids[k]                                                                             <L 11>
    var_19 = wp::extract(var_ids, var_18);
    // w = weights[k]                                                                         <L 12>
    var_20 = wp::extract(var_weights, var_18);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_22 = (var_19 >= var_21);
    var_24 = (var_20 > var_23);
    var_25 = var_22 && var_24;
    if (var_25) {
        // M = M + bones[b] * w                                                               <L 14>
        var_26 = wp::address(var_bones, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_28, var_20);
        var_29 = wp::add(var_16, var_27);
        // wsum += w                                                                          <L 15>
        var_30 = wp::add(var_17, var_20);
    }
    var_31 = wp::where(var_25, var_29, var_16);
    var_32 = wp::where(var_25, var_30, var_17);
    // b = ids[k]                                                                             <L 11>
    var_34 = wp::extract(var_ids, var_33);
    // w = weights[k]                                                                         <L 12>
    var_35 = wp::extract(var_weights, var_33);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_37 = (var_34 >= var_36);
    var_39 = (var_35 > var_38);
    var_40 = var_37 && var_39;
    if (var_40) {
        // M = M + bones[b] * w                                                               <L 14>
        var_41 = wp::address(var_bones, var_34);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_35);
        var_44 = wp::add(var_31, var_42);
        // wsum += w                                                                          <L 15>
        var_45 = wp::add(var_32, var_35);
    }
    var_46 = wp::where(var_40, var_44, var_31);
    var_47 = wp::where(var_40, var_45, var_32);
    // b = ids[k]                                                                             <L 11>
    var_49 = wp::extract(var_ids, var_48);
    // w = weights[k]                                                                         <L 12>
    var_50 = wp::extract(var_weights, var_48);
    // if b >= 0 and w > 0.0:                                                                 <L 13>
    var_52 = (var_49 >= var_51);
    var_54 = (var_50 > var_53);
    var_55 = var_52 && var_54;
    if (var_55) {
        // M = M + bones[b] * w                                                               <L 14>
        var_56 = wp::address(var_bones, var_49);
        var_58 = wp::load(var_56);
        var_57 = wp::mul(var_58, var_50);
        var_59 = wp::add(var_46, var_57);
        // wsum += w                                                                          <L 15>
        var_60 = wp::add(var_47, var_50);
    }
    var_61 = wp::where(var_55, var_59, var_46);
    var_62 = wp::where(var_55, var_60, var_47);
    // if wsum <= 0.0:                                                                        <L 16>
    var_64 = (var_62 <= var_63);
    if (var_64) {
        // return wp.identity(n=4, dtype=float)                                               <L 17>
        var_66 = wp::identity<4, wp::float32>();
        goto label0;
    }
    // return M * (1.0 / wsum)                                                                <L 18>
    var_68 = wp::div(var_67, var_62);
    var_69 = wp::mul(var_61, var_68);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_69 += adj_ret;
    wp::adj_mul(var_61, var_68, adj_61, adj_68, adj_69);
    wp::adj_div(var_67, var_62, var_68, adj_67, adj_62, adj_68);
    // adj: return M * (1.0 / wsum)                                                           <L 18>
    if (var_64) {
        label0:;
        adj_66 += adj_ret;
        // adj: return wp.identity(n=4, dtype=float)                                          <L 17>
    }
    // adj: if wsum <= 0.0:                                                                   <L 16>
    wp::adj_where(var_55, var_60, var_47, adj_55, adj_60, adj_47, adj_62);
    wp::adj_where(var_55, var_59, var_46, adj_55, adj_59, adj_46, adj_61);
    if (var_55) {
        wp::adj_add(var_47, var_50, adj_47, adj_50, adj_60);
        // adj: wsum += w                                                                     <L 15>
        wp::adj_add(var_46, var_57, adj_46, adj_57, adj_59);
        wp::adj_mul(var_58, var_50, adj_56, adj_50, adj_57);
        wp::adj_address(var_bones, var_49, adj_bones, adj_49, adj_56);
        // adj: M = M + bones[b] * w                                                          <L 14>
    }
    // adj: if b >= 0 and w > 0.0:                                                            <L 13>
    wp::adj_extract(var_weights, var_48, adj_weights, adj_48, adj_50);
    // adj: w = weights[k]                                                                    <L 12>
    wp::adj_extract(var_ids, var_48, adj_ids, adj_48, adj_49);
    // adj: b = ids[k]                                                                        <L 11>
    wp::adj_where(var_40, var_45, var_32, adj_40, adj_45, adj_32, adj_47);
    wp::adj_where(var_40, var_44, var_31, adj_40, adj_44, adj_31, adj_46);
    if (var_40) {
        wp::adj_add(var_32, var_35, adj_32, adj_35, adj_45);
        // adj: wsum += w                                                                     <L 15>
        wp::adj_add(var_31, var_42, adj_31, adj_42, adj_44);
        wp::adj_mul(var_43, var_35, adj_41, adj_35, adj_42);
        wp::adj_address(var_bones, var_34, adj_bones, adj_34, adj_41);
        // adj: M = M + bones[b] * w                                                          <L 14>
    }
    // adj: if b >= 0 and w > 0.0:                                                            <L 13>
    wp::adj_extract(var_weights, var_33, adj_weights, adj_33, adj_35);
    // adj: w = weights[k]                                                                    <L 12>
    wp::adj_extract(var_ids, var_33, adj_ids, adj_33, adj_34);
    // adj: b = ids[k]                                                                        <L 11>
    wp::adj_where(var_25, var_30, var_17, adj_25, adj_30, adj_17, adj_32);
    wp::adj_where(var_25, var_29, var_16, adj_25, adj_29, adj_16, adj_31);
    if (var_25) {
        wp::adj_add(var_17, var_20, adj_17, adj_20, adj_30);
        // adj: wsum += w                                                                     <L 15>
        wp::adj_add(var_16, var_27, adj_16, adj_27, adj_29);
        wp::adj_mul(var_28, var_20, adj_26, adj_20, adj_27);
        wp::adj_address(var_bones, var_19, adj_bones, adj_19, adj_26);
        // adj: M = M + bones[b] * w                                                          <L 14>
    }
    // adj: if b >= 0 and w > 0.0:                                                            <L 13>
    wp::adj_extract(var_weights, var_18, adj_weights, adj_18, adj_20);
    // adj: w = weights[k]                                                                    <L 12>
    wp::adj_extract(var_ids, var_18, adj_ids, adj_18, adj_19);
    // adj: b = ids[k]                                                                        <L 11>
    wp::adj_where(var_10, var_15, var_2, adj_10, adj_15, adj_2, adj_17);
    wp::adj_where(var_10, var_14, var_0, adj_10, adj_14, adj_0, adj_16);
    if (var_10) {
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_15);
        // adj: wsum += w                                                                     <L 15>
        wp::adj_add(var_0, var_12, adj_0, adj_12, adj_14);
        wp::adj_mul(var_13, var_5, adj_11, adj_5, adj_12);
        wp::adj_address(var_bones, var_4, adj_bones, adj_4, adj_11);
        // adj: M = M + bones[b] * w                                                          <L 14>
    }
    // adj: if b >= 0 and w > 0.0:                                                            <L 13>
    wp::adj_extract(var_weights, var_3, adj_weights, adj_3, adj_5);
    // adj: w = weights[k]                                                                    <L 12>
    wp::adj_extract(var_ids, var_3, adj_ids, adj_3, adj_4);
    // adj: b = ids[k]                                                                        <L 11>
    // adj: for k in range(MAX_INFLUENCES):                                                   <L 10>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: wsum = float(0.0)                                                                 <L 9>
    // adj: M = wp.mat44()                                                                    <L 8>
    // adj: def blend_matrix(bones: wp.array(dtype=wp.mat44), ids: wp.vec4i, weights: wp.vec4) -> wp.mat44:  <L 7>
    return;
}


// corpus/070_linear_blend_skinning.py:21
static CUDA_CALLABLE void adj_xform_point_0(
    wp::mat_t<4, 4, wp::float32> var_M,
    wp::vec_t<3, wp::float32> var_p,
    wp::mat_t<4, 4, wp::float32> & adj_M,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def xform_point(M: wp.mat44, p: wp.vec3) -> wp.vec3:                                   <L 22>
    // h = M * wp.vec4(p[0], p[1], p[2], 1.0)                                                 <L 23>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::extract(var_p, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_M, var_7);
    // return wp.vec3(h[0], h[1], h[2])                                                       <L 24>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_vec_t(var_10, var_12, var_14, adj_10, adj_12, adj_14, adj_15);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: return wp.vec3(h[0], h[1], h[2])                                                  <L 24>
    wp::adj_mul(var_M, var_7, adj_M, adj_7, adj_8);
    wp::adj_vec_t(var_1, var_3, var_5, var_6, adj_1, adj_3, adj_5, adj_6, adj_7);
    wp::adj_extract(var_p, var_4, adj_p, adj_4, adj_5);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: h = M * wp.vec4(p[0], p[1], p[2], 1.0)                                            <L 23>
    // adj: def xform_point(M: wp.mat44, p: wp.vec3) -> wp.vec3:                              <L 22>
    return;
}


// corpus/070_linear_blend_skinning.py:27
static CUDA_CALLABLE void adj_xform_vector_0(
    wp::mat_t<4, 4, wp::float32> var_M,
    wp::vec_t<3, wp::float32> var_v,
    wp::mat_t<4, 4, wp::float32> & adj_M,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def xform_vector(M: wp.mat44, v: wp.vec3) -> wp.vec3:                                  <L 28>
    // h = M * wp.vec4(v[0], v[1], v[2], 0.0)                                                 <L 29>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::extract(var_v, var_2);
    var_5 = wp::extract(var_v, var_4);
    var_7 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_M, var_7);
    // return wp.vec3(h[0], h[1], h[2])                                                       <L 30>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_10, var_12, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_vec_t(var_10, var_12, var_14, adj_10, adj_12, adj_14, adj_15);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: return wp.vec3(h[0], h[1], h[2])                                                  <L 30>
    wp::adj_mul(var_M, var_7, adj_M, adj_7, adj_8);
    wp::adj_vec_t(var_1, var_3, var_5, var_6, adj_1, adj_3, adj_5, adj_6, adj_7);
    wp::adj_extract(var_v, var_4, adj_v, adj_4, adj_5);
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_3);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: h = M * wp.vec4(v[0], v[1], v[2], 0.0)                                            <L 29>
    // adj: def xform_vector(M: wp.mat44, v: wp.vec3) -> wp.vec3:                             <L 28>
    return;
}



extern "C" __global__ void skin_vertices_5aa8ac06_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_nrm,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bone_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_bone_w,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_nrm)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::vec_t<4, wp::int32> var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def skin_vertices(                                                                     <L 34>
        // v = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // M = blend_matrix(bones, bone_ids[v], bone_w[v])                                        <L 44>
        var_1 = wp::address(var_bone_ids, var_0);
        var_2 = wp::address(var_bone_w, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = blend_matrix_0(var_bones, var_4, var_5);
        // out_pos[v] = xform_point(M, rest_pos[v])                                               <L 45>
        var_6 = wp::address(var_rest_pos, var_0);
        var_8 = wp::load(var_6);
        var_7 = xform_point_0(var_3, var_8);
        wp::array_store(var_out_pos, var_0, var_7);
        // n = xform_vector(M, rest_nrm[v])                                                       <L 46>
        var_9 = wp::address(var_rest_nrm, var_0);
        var_11 = wp::load(var_9);
        var_10 = xform_vector_0(var_3, var_11);
        // l = wp.length(n)                                                                       <L 47>
        var_12 = wp::length(var_10);
        // if l > 0.0:                                                                            <L 48>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // out_nrm[v] = n / l                                                                 <L 49>
            var_15 = wp::div(var_10, var_12);
            wp::array_store(var_out_nrm, var_0, var_15);
        }
        if (!var_14) {
            // out_nrm[v] = rest_nrm[v]                                                           <L 51>
            var_16 = wp::address(var_rest_nrm, var_0);
            var_17 = wp::load(var_16);
            wp::array_store(var_out_nrm, var_0, var_17);
        }
    }
}



extern "C" __global__ void skin_vertices_5aa8ac06_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_nrm,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bone_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_bone_w,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_bones,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_nrm,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_nrm,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bone_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_bone_w,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_bones,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_nrm)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::vec_t<4, wp::int32> var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::int32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def skin_vertices(                                                                     <L 34>
        // v = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // M = blend_matrix(bones, bone_ids[v], bone_w[v])                                        <L 44>
        var_1 = wp::address(var_bone_ids, var_0);
        var_2 = wp::address(var_bone_w, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = blend_matrix_0(var_bones, var_4, var_5);
        // out_pos[v] = xform_point(M, rest_pos[v])                                               <L 45>
        var_6 = wp::address(var_rest_pos, var_0);
        var_8 = wp::load(var_6);
        var_7 = xform_point_0(var_3, var_8);
        // wp::array_store(var_out_pos, var_0, var_7);
        // n = xform_vector(M, rest_nrm[v])                                                       <L 46>
        var_9 = wp::address(var_rest_nrm, var_0);
        var_11 = wp::load(var_9);
        var_10 = xform_vector_0(var_3, var_11);
        // l = wp.length(n)                                                                       <L 47>
        var_12 = wp::length(var_10);
        // if l > 0.0:                                                                            <L 48>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // out_nrm[v] = n / l                                                                 <L 49>
            var_15 = wp::div(var_10, var_12);
            // wp::array_store(var_out_nrm, var_0, var_15);
        }
        if (!var_14) {
            // out_nrm[v] = rest_nrm[v]                                                           <L 51>
            var_16 = wp::address(var_rest_nrm, var_0);
            var_17 = wp::load(var_16);
            // wp::array_store(var_out_nrm, var_0, var_17);
        }
        //---------
        // reverse
        if (!var_14) {
            wp::adj_array_store(var_out_nrm, var_0, var_17, adj_out_nrm, adj_0, adj_16);
            wp::adj_address(var_rest_nrm, var_0, adj_rest_nrm, adj_0, adj_16);
            // adj: out_nrm[v] = rest_nrm[v]                                                      <L 51>
        }
        if (var_14) {
            wp::adj_array_store(var_out_nrm, var_0, var_15, adj_out_nrm, adj_0, adj_15);
            wp::adj_div(var_10, var_12, adj_10, adj_12, adj_15);
            // adj: out_nrm[v] = n / l                                                            <L 49>
        }
        // adj: if l > 0.0:                                                                       <L 48>
        wp::adj_length(var_10, var_12, adj_10, adj_12);
        // adj: l = wp.length(n)                                                                  <L 47>
        adj_xform_vector_0(var_3, var_11, adj_3, adj_9, adj_10);
        wp::adj_address(var_rest_nrm, var_0, adj_rest_nrm, adj_0, adj_9);
        // adj: n = xform_vector(M, rest_nrm[v])                                                  <L 46>
        wp::adj_array_store(var_out_pos, var_0, var_7, adj_out_pos, adj_0, adj_7);
        adj_xform_point_0(var_3, var_8, adj_3, adj_6, adj_7);
        wp::adj_address(var_rest_pos, var_0, adj_rest_pos, adj_0, adj_6);
        // adj: out_pos[v] = xform_point(M, rest_pos[v])                                          <L 45>
        adj_blend_matrix_0(var_bones, var_4, var_5, adj_bones, adj_1, adj_2, adj_3);
        wp::adj_address(var_bone_w, var_0, adj_bone_w, adj_0, adj_2);
        wp::adj_address(var_bone_ids, var_0, adj_bone_ids, adj_0, adj_1);
        // adj: M = blend_matrix(bones, bone_ids[v], bone_w[v])                                   <L 44>
        // adj: v = wp.tid()                                                                      <L 43>
        // adj: def skin_vertices(                                                                <L 34>
        continue;
    }
}



extern "C" __global__ void compose_bones_020471da_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_local,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv_bind,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_skin)
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
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::mat_t<4, 4, wp::float32>* var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::mat_t<4, 4, wp::float32>* var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        //---------
        // forward
        // def compose_bones(local: wp.array(dtype=wp.mat44), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), skin: wp.array(dtype=wp.mat44)):       <L 55>
        // b = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // G = local[b]                                                                           <L 57>
        var_1 = wp::address(var_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = parent[b]                                                                          <L 58>
        var_4 = wp::address(var_parent, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // while p >= 0:                                                                          <L 59>
        start_while_0:;
        var_8 = (var_5 >= var_7);
        if ((var_8) == false) goto end_while_0;
            // G = local[p] * G                                                                   <L 60>
            var_9 = wp::address(var_local, var_5);
            var_11 = wp::load(var_9);
            var_10 = wp::mul(var_11, var_2);
            // p = parent[p]                                                                      <L 61>
            var_12 = wp::address(var_parent, var_5);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            wp::assign(var_2, var_10);
            wp::assign(var_5, var_13);
        goto start_while_0;
        end_while_0:;
        // skin[b] = G * inv_bind[b]                                                              <L 62>
        var_15 = wp::address(var_inv_bind, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_2, var_17);
        wp::array_store(var_skin, var_0, var_16);
    }
}



extern "C" __global__ void compose_bones_020471da_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_local,
    wp::array_t<wp::int32> var_parent,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv_bind,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_skin,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_local,
    wp::array_t<wp::int32> adj_parent,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_inv_bind,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_skin)
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
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::mat_t<4, 4, wp::float32>* var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::mat_t<4, 4, wp::float32>* var_15;
        wp::mat_t<4, 4, wp::float32> var_16;
        wp::mat_t<4, 4, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::mat_t<4, 4, wp::float32> adj_9 = {};
        wp::mat_t<4, 4, wp::float32> adj_10 = {};
        wp::mat_t<4, 4, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::mat_t<4, 4, wp::float32> adj_15 = {};
        wp::mat_t<4, 4, wp::float32> adj_16 = {};
        wp::mat_t<4, 4, wp::float32> adj_17 = {};
        //---------
        // forward
        // def compose_bones(local: wp.array(dtype=wp.mat44), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), skin: wp.array(dtype=wp.mat44)):       <L 55>
        // b = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // G = local[b]                                                                           <L 57>
        var_1 = wp::address(var_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = parent[b]                                                                          <L 58>
        var_4 = wp::address(var_parent, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // while p >= 0:                                                                          <L 59>
        // skin[b] = G * inv_bind[b]                                                              <L 62>
        var_15 = wp::address(var_inv_bind, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_2, var_17);
        // wp::array_store(var_skin, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_skin, var_0, var_16, adj_skin, adj_0, adj_16);
        wp::adj_mul(var_2, var_17, adj_2, adj_15, adj_16);
        wp::adj_address(var_inv_bind, var_0, adj_inv_bind, adj_0, adj_15);
        // adj: skin[b] = G * inv_bind[b]                                                         <L 62>
        start_while_0:;
        var_8 = (var_5 >= var_7);
        if ((var_8) == false) goto end_while_0;
        adj_9 = {};
        adj_10 = {};
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
            // G = local[p] * G                                                                   <L 60>
            var_9 = wp::address(var_local, var_5);
            var_11 = wp::load(var_9);
            var_10 = wp::mul(var_11, var_2);
            // p = parent[p]                                                                      <L 61>
            var_12 = wp::address(var_parent, var_5);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            wp::assign(var_2, var_10);
            wp::assign(var_5, var_13);
            wp::adj_assign(var_5, var_13, adj_5, adj_13);
            wp::adj_assign(var_2, var_10, adj_2, adj_10);
            wp::adj_copy(var_14, adj_12, adj_13);
            wp::adj_address(var_parent, var_5, adj_parent, adj_5, adj_12);
            // adj: p = parent[p]                                                                 <L 61>
            wp::adj_mul(var_11, var_2, adj_9, adj_2, adj_10);
            wp::adj_address(var_local, var_5, adj_local, adj_5, adj_9);
            // adj: G = local[p] * G                                                              <L 60>
        goto start_while_0;
        end_while_0:;
        // adj: while p >= 0:                                                                     <L 59>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_parent, var_0, adj_parent, adj_0, adj_4);
        // adj: p = parent[b]                                                                     <L 58>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_local, var_0, adj_local, adj_0, adj_1);
        // adj: G = local[b]                                                                      <L 57>
        // adj: b = wp.tid()                                                                      <L 56>
        // adj: def compose_bones(local: wp.array(dtype=wp.mat44), parent: wp.array(dtype=int), inv_bind: wp.array(dtype=wp.mat44), skin: wp.array(dtype=wp.mat44)):  <L 55>
        continue;
    }
}



extern "C" __global__ void normalize_weights_3471456d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_bone_w,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bone_ids,
    wp::float32 var_min_weight,
    wp::array_t<wp::int32> var_pruned)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::int32>* var_4;
        wp::vec_t<4, wp::int32> var_5;
        wp::vec_t<4, wp::int32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = -1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        const wp::int32 var_30 = 0;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::int32 var_34 = 1;
        const wp::int32 var_35 = -1;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 2;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        const wp::int32 var_45 = 0;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = -1;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 3;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.0;
        bool var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        const wp::float32 var_63 = 0.0;
        const wp::int32 var_64 = 1;
        const wp::int32 var_65 = -1;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 0.0;
        bool var_70;
        wp::vec_t<4, wp::float32> var_71;
        wp::vec_t<4, wp::float32> var_72;
        //---------
        // forward
        // def normalize_weights(bone_w: wp.array(dtype=wp.vec4), bone_ids: wp.array(dtype=wp.vec4i), min_weight: float, pruned: wp.array(dtype=int)):       <L 66>
        // v = wp.tid()                                                                           <L 67>
        var_0 = builtin_tid1d();
        // w = bone_w[v]                                                                          <L 68>
        var_1 = wp::address(var_bone_w, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ids = bone_ids[v]                                                                      <L 69>
        var_4 = wp::address(var_bone_ids, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s = float(0.0)                                                                         <L 70>
        var_8 = wp::float(var_7);
        // for k in range(MAX_INFLUENCES):                                                        <L 71>
        // if w[k] < min_weight:                                                                  <L 72>
        var_10 = wp::extract(var_2, var_9);
        var_11 = (var_10 < var_min_weight);
        if (var_11) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_12 = wp::extract(var_2, var_9);
            var_14 = (var_12 > var_13);
            if (var_14) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                var_17 = wp::atomic_add(var_pruned, var_15, var_16);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_9, var_18);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_9, var_20);
        }
        // s += w[k]                                                                              <L 77>
        var_21 = wp::extract(var_2, var_9);
        var_22 = wp::extract(var_2, var_9);
        var_23 = wp::add(var_8, var_22);
        // if w[k] < min_weight:                                                                  <L 72>
        var_25 = wp::extract(var_2, var_24);
        var_26 = (var_25 < var_min_weight);
        if (var_26) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_27 = wp::extract(var_2, var_24);
            var_29 = (var_27 > var_28);
            if (var_29) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                var_32 = wp::atomic_add(var_pruned, var_30, var_31);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_24, var_33);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_24, var_35);
        }
        // s += w[k]                                                                              <L 77>
        var_36 = wp::extract(var_2, var_24);
        var_37 = wp::extract(var_2, var_24);
        var_38 = wp::add(var_23, var_37);
        // if w[k] < min_weight:                                                                  <L 72>
        var_40 = wp::extract(var_2, var_39);
        var_41 = (var_40 < var_min_weight);
        if (var_41) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_42 = wp::extract(var_2, var_39);
            var_44 = (var_42 > var_43);
            if (var_44) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                var_47 = wp::atomic_add(var_pruned, var_45, var_46);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_39, var_48);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_39, var_50);
        }
        // s += w[k]                                                                              <L 77>
        var_51 = wp::extract(var_2, var_39);
        var_52 = wp::extract(var_2, var_39);
        var_53 = wp::add(var_38, var_52);
        // if w[k] < min_weight:                                                                  <L 72>
        var_55 = wp::extract(var_2, var_54);
        var_56 = (var_55 < var_min_weight);
        if (var_56) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_57 = wp::extract(var_2, var_54);
            var_59 = (var_57 > var_58);
            if (var_59) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                var_62 = wp::atomic_add(var_pruned, var_60, var_61);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_54, var_63);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_54, var_65);
        }
        // s += w[k]                                                                              <L 77>
        var_66 = wp::extract(var_2, var_54);
        var_67 = wp::extract(var_2, var_54);
        var_68 = wp::add(var_53, var_67);
        // if s > 0.0:                                                                            <L 78>
        var_70 = (var_68 > var_69);
        if (var_70) {
            // w = w / s                                                                          <L 79>
            var_71 = wp::div(var_2, var_68);
        }
        var_72 = wp::where(var_70, var_71, var_2);
        // bone_w[v] = w                                                                          <L 80>
        wp::array_store(var_bone_w, var_0, var_72);
        // bone_ids[v] = ids                                                                      <L 81>
        wp::array_store(var_bone_ids, var_0, var_5);
    }
}



extern "C" __global__ void normalize_weights_3471456d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_bone_w,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bone_ids,
    wp::float32 var_min_weight,
    wp::array_t<wp::int32> var_pruned,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_bone_w,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bone_ids,
    wp::float32 adj_min_weight,
    wp::array_t<wp::int32> adj_pruned)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::int32>* var_4;
        wp::vec_t<4, wp::int32> var_5;
        wp::vec_t<4, wp::int32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = -1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        const wp::int32 var_30 = 0;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::int32 var_34 = 1;
        const wp::int32 var_35 = -1;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 2;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        const wp::int32 var_45 = 0;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = -1;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 3;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.0;
        bool var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        const wp::float32 var_63 = 0.0;
        const wp::int32 var_64 = 1;
        const wp::int32 var_65 = -1;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 0.0;
        bool var_70;
        wp::vec_t<4, wp::float32> var_71;
        wp::vec_t<4, wp::float32> var_72;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::int32> adj_4 = {};
        wp::vec_t<4, wp::int32> adj_5 = {};
        wp::vec_t<4, wp::int32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        bool adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        bool adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        bool adj_70 = {};
        wp::vec_t<4, wp::float32> adj_71 = {};
        wp::vec_t<4, wp::float32> adj_72 = {};
        //---------
        // forward
        // def normalize_weights(bone_w: wp.array(dtype=wp.vec4), bone_ids: wp.array(dtype=wp.vec4i), min_weight: float, pruned: wp.array(dtype=int)):       <L 66>
        // v = wp.tid()                                                                           <L 67>
        var_0 = builtin_tid1d();
        // w = bone_w[v]                                                                          <L 68>
        var_1 = wp::address(var_bone_w, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ids = bone_ids[v]                                                                      <L 69>
        var_4 = wp::address(var_bone_ids, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s = float(0.0)                                                                         <L 70>
        var_8 = wp::float(var_7);
        // for k in range(MAX_INFLUENCES):                                                        <L 71>
        // if w[k] < min_weight:                                                                  <L 72>
        var_10 = wp::extract(var_2, var_9);
        var_11 = (var_10 < var_min_weight);
        if (var_11) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_12 = wp::extract(var_2, var_9);
            var_14 = (var_12 > var_13);
            if (var_14) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                // var_17 = wp::atomic_add(var_pruned, var_15, var_16);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_9, var_18);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_9, var_20);
        }
        // s += w[k]                                                                              <L 77>
        var_21 = wp::extract(var_2, var_9);
        var_22 = wp::extract(var_2, var_9);
        var_23 = wp::add(var_8, var_22);
        // if w[k] < min_weight:                                                                  <L 72>
        var_25 = wp::extract(var_2, var_24);
        var_26 = (var_25 < var_min_weight);
        if (var_26) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_27 = wp::extract(var_2, var_24);
            var_29 = (var_27 > var_28);
            if (var_29) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                // var_32 = wp::atomic_add(var_pruned, var_30, var_31);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_24, var_33);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_24, var_35);
        }
        // s += w[k]                                                                              <L 77>
        var_36 = wp::extract(var_2, var_24);
        var_37 = wp::extract(var_2, var_24);
        var_38 = wp::add(var_23, var_37);
        // if w[k] < min_weight:                                                                  <L 72>
        var_40 = wp::extract(var_2, var_39);
        var_41 = (var_40 < var_min_weight);
        if (var_41) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_42 = wp::extract(var_2, var_39);
            var_44 = (var_42 > var_43);
            if (var_44) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                // var_47 = wp::atomic_add(var_pruned, var_45, var_46);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_39, var_48);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_39, var_50);
        }
        // s += w[k]                                                                              <L 77>
        var_51 = wp::extract(var_2, var_39);
        var_52 = wp::extract(var_2, var_39);
        var_53 = wp::add(var_38, var_52);
        // if w[k] < min_weight:                                                                  <L 72>
        var_55 = wp::extract(var_2, var_54);
        var_56 = (var_55 < var_min_weight);
        if (var_56) {
            // if w[k] > 0.0:                                                                     <L 73>
            var_57 = wp::extract(var_2, var_54);
            var_59 = (var_57 > var_58);
            if (var_59) {
                // wp.atomic_add(pruned, 0, 1)                                                    <L 74>
                // var_62 = wp::atomic_add(var_pruned, var_60, var_61);
            }
            // w[k] = 0.0                                                                         <L 75>
            wp::assign_inplace(var_2, var_54, var_63);
            // ids[k] = -1                                                                        <L 76>
            wp::assign_inplace(var_5, var_54, var_65);
        }
        // s += w[k]                                                                              <L 77>
        var_66 = wp::extract(var_2, var_54);
        var_67 = wp::extract(var_2, var_54);
        var_68 = wp::add(var_53, var_67);
        // if s > 0.0:                                                                            <L 78>
        var_70 = (var_68 > var_69);
        if (var_70) {
            // w = w / s                                                                          <L 79>
            var_71 = wp::div(var_2, var_68);
        }
        var_72 = wp::where(var_70, var_71, var_2);
        // bone_w[v] = w                                                                          <L 80>
        // wp::array_store(var_bone_w, var_0, var_72);
        // bone_ids[v] = ids                                                                      <L 81>
        // wp::array_store(var_bone_ids, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_bone_ids, var_0, var_5, adj_bone_ids, adj_0, adj_5);
        // adj: bone_ids[v] = ids                                                                 <L 81>
        wp::adj_array_store(var_bone_w, var_0, var_72, adj_bone_w, adj_0, adj_72);
        // adj: bone_w[v] = w                                                                     <L 80>
        wp::adj_where(var_70, var_71, var_2, adj_70, adj_71, adj_2, adj_72);
        if (var_70) {
            wp::adj_div(var_2, var_68, adj_2, adj_68, adj_71);
            // adj: w = w / s                                                                     <L 79>
        }
        // adj: if s > 0.0:                                                                       <L 78>
        wp::adj_add(var_53, var_67, adj_53, adj_67, adj_68);
        wp::adj_extract(var_2, var_54, adj_2, adj_54, adj_67);
        wp::adj_extract(var_2, var_54, adj_2, adj_54, adj_66);
        // adj: s += w[k]                                                                         <L 77>
        if (var_56) {
            wp::adj_assign_inplace(var_5, var_54, var_65, adj_5, adj_54, adj_65);
            // adj: ids[k] = -1                                                                   <L 76>
            wp::adj_assign_inplace(var_2, var_54, var_63, adj_2, adj_54, adj_63);
            // adj: w[k] = 0.0                                                                    <L 75>
            if (var_59) {
                wp::adj_atomic_add(var_pruned, var_60, var_61, adj_pruned, adj_60, adj_61, adj_62);
                // adj: wp.atomic_add(pruned, 0, 1)                                               <L 74>
            }
            wp::adj_extract(var_2, var_54, adj_2, adj_54, adj_57);
            // adj: if w[k] > 0.0:                                                                <L 73>
        }
        wp::adj_extract(var_2, var_54, adj_2, adj_54, adj_55);
        // adj: if w[k] < min_weight:                                                             <L 72>
        wp::adj_add(var_38, var_52, adj_38, adj_52, adj_53);
        wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_52);
        wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_51);
        // adj: s += w[k]                                                                         <L 77>
        if (var_41) {
            wp::adj_assign_inplace(var_5, var_39, var_50, adj_5, adj_39, adj_50);
            // adj: ids[k] = -1                                                                   <L 76>
            wp::adj_assign_inplace(var_2, var_39, var_48, adj_2, adj_39, adj_48);
            // adj: w[k] = 0.0                                                                    <L 75>
            if (var_44) {
                wp::adj_atomic_add(var_pruned, var_45, var_46, adj_pruned, adj_45, adj_46, adj_47);
                // adj: wp.atomic_add(pruned, 0, 1)                                               <L 74>
            }
            wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_42);
            // adj: if w[k] > 0.0:                                                                <L 73>
        }
        wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
        // adj: if w[k] < min_weight:                                                             <L 72>
        wp::adj_add(var_23, var_37, adj_23, adj_37, adj_38);
        wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_37);
        wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_36);
        // adj: s += w[k]                                                                         <L 77>
        if (var_26) {
            wp::adj_assign_inplace(var_5, var_24, var_35, adj_5, adj_24, adj_35);
            // adj: ids[k] = -1                                                                   <L 76>
            wp::adj_assign_inplace(var_2, var_24, var_33, adj_2, adj_24, adj_33);
            // adj: w[k] = 0.0                                                                    <L 75>
            if (var_29) {
                wp::adj_atomic_add(var_pruned, var_30, var_31, adj_pruned, adj_30, adj_31, adj_32);
                // adj: wp.atomic_add(pruned, 0, 1)                                               <L 74>
            }
            wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_27);
            // adj: if w[k] > 0.0:                                                                <L 73>
        }
        wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
        // adj: if w[k] < min_weight:                                                             <L 72>
        wp::adj_add(var_8, var_22, adj_8, adj_22, adj_23);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_22);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_21);
        // adj: s += w[k]                                                                         <L 77>
        if (var_11) {
            wp::adj_assign_inplace(var_5, var_9, var_20, adj_5, adj_9, adj_20);
            // adj: ids[k] = -1                                                                   <L 76>
            wp::adj_assign_inplace(var_2, var_9, var_18, adj_2, adj_9, adj_18);
            // adj: w[k] = 0.0                                                                    <L 75>
            if (var_14) {
                wp::adj_atomic_add(var_pruned, var_15, var_16, adj_pruned, adj_15, adj_16, adj_17);
                // adj: wp.atomic_add(pruned, 0, 1)                                               <L 74>
            }
            wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_12);
            // adj: if w[k] > 0.0:                                                                <L 73>
        }
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: if w[k] < min_weight:                                                             <L 72>
        // adj: for k in range(MAX_INFLUENCES):                                                   <L 71>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: s = float(0.0)                                                                    <L 70>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_bone_ids, var_0, adj_bone_ids, adj_0, adj_4);
        // adj: ids = bone_ids[v]                                                                 <L 69>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bone_w, var_0, adj_bone_w, adj_0, adj_1);
        // adj: w = bone_w[v]                                                                     <L 68>
        // adj: v = wp.tid()                                                                      <L 67>
        // adj: def normalize_weights(bone_w: wp.array(dtype=wp.vec4), bone_ids: wp.array(dtype=wp.vec4i), min_weight: float, pruned: wp.array(dtype=int)):  <L 66>
        continue;
    }
}



extern "C" __global__ void bone_from_trs_3193c5e3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_t,
    wp::array_t<wp::quat_t<wp::float32>> var_r,
    wp::array_t<wp::vec_t<3, wp::float32>> var_s,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out)
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
        wp::quat_t<wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 1;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 2;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        const wp::float32 var_70 = 0.0;
        const wp::float32 var_71 = 0.0;
        const wp::float32 var_72 = 0.0;
        const wp::float32 var_73 = 1.0;
        wp::mat_t<4, 4, wp::float32> var_74;
        //---------
        // forward
        // def bone_from_trs(t: wp.array(dtype=wp.vec3), r: wp.array(dtype=wp.quat), s: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.mat44)):       <L 85>
        // b = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // R = wp.quat_to_matrix(r[b])                                                            <L 87>
        var_1 = wp::address(var_r, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::quat_to_matrix(var_3);
        // sc = s[b]                                                                              <L 88>
        var_4 = wp::address(var_s, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // tr = t[b]                                                                              <L 89>
        var_7 = wp::address(var_t, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[b] = wp.mat44(                                                                     <L 90>
        // R[0, 0] * sc[0], R[0, 1] * sc[1], R[0, 2] * sc[2], tr[0],                              <L 91>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_14 = wp::extract(var_5, var_13);
        var_15 = wp::mul(var_12, var_14);
        var_18 = wp::extract(var_2, var_16, var_17);
        var_20 = wp::extract(var_5, var_19);
        var_21 = wp::mul(var_18, var_20);
        var_24 = wp::extract(var_2, var_22, var_23);
        var_26 = wp::extract(var_5, var_25);
        var_27 = wp::mul(var_24, var_26);
        var_29 = wp::extract(var_8, var_28);
        // R[1, 0] * sc[0], R[1, 1] * sc[1], R[1, 2] * sc[2], tr[1],                              <L 92>
        var_32 = wp::extract(var_2, var_30, var_31);
        var_34 = wp::extract(var_5, var_33);
        var_35 = wp::mul(var_32, var_34);
        var_38 = wp::extract(var_2, var_36, var_37);
        var_40 = wp::extract(var_5, var_39);
        var_41 = wp::mul(var_38, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_46 = wp::extract(var_5, var_45);
        var_47 = wp::mul(var_44, var_46);
        var_49 = wp::extract(var_8, var_48);
        // R[2, 0] * sc[0], R[2, 1] * sc[1], R[2, 2] * sc[2], tr[2],                              <L 93>
        var_52 = wp::extract(var_2, var_50, var_51);
        var_54 = wp::extract(var_5, var_53);
        var_55 = wp::mul(var_52, var_54);
        var_58 = wp::extract(var_2, var_56, var_57);
        var_60 = wp::extract(var_5, var_59);
        var_61 = wp::mul(var_58, var_60);
        var_64 = wp::extract(var_2, var_62, var_63);
        var_66 = wp::extract(var_5, var_65);
        var_67 = wp::mul(var_64, var_66);
        var_69 = wp::extract(var_8, var_68);
        // 0.0, 0.0, 0.0, 1.0,                                                                    <L 94>
        var_74 = wp::mat_t<4, 4, wp::float32>(var_15, var_21, var_27, var_29, var_35, var_41, var_47, var_49, var_55, var_61, var_67, var_69, var_70, var_71, var_72, var_73);
        // out[b] = wp.mat44(                                                                     <L 90>
        wp::array_store(var_out, var_0, var_74);
    }
}



extern "C" __global__ void bone_from_trs_3193c5e3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_t,
    wp::array_t<wp::quat_t<wp::float32>> var_r,
    wp::array_t<wp::vec_t<3, wp::float32>> var_s,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_t,
    wp::array_t<wp::quat_t<wp::float32>> adj_r,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_s,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out)
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
        wp::quat_t<wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        const wp::int32 var_37 = 1;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 2;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 1;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 2;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        const wp::float32 var_70 = 0.0;
        const wp::float32 var_71 = 0.0;
        const wp::float32 var_72 = 0.0;
        const wp::float32 var_73 = 1.0;
        wp::mat_t<4, 4, wp::float32> var_74;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::mat_t<4, 4, wp::float32> adj_74 = {};
        //---------
        // forward
        // def bone_from_trs(t: wp.array(dtype=wp.vec3), r: wp.array(dtype=wp.quat), s: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.mat44)):       <L 85>
        // b = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // R = wp.quat_to_matrix(r[b])                                                            <L 87>
        var_1 = wp::address(var_r, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::quat_to_matrix(var_3);
        // sc = s[b]                                                                              <L 88>
        var_4 = wp::address(var_s, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // tr = t[b]                                                                              <L 89>
        var_7 = wp::address(var_t, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[b] = wp.mat44(                                                                     <L 90>
        // R[0, 0] * sc[0], R[0, 1] * sc[1], R[0, 2] * sc[2], tr[0],                              <L 91>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_14 = wp::extract(var_5, var_13);
        var_15 = wp::mul(var_12, var_14);
        var_18 = wp::extract(var_2, var_16, var_17);
        var_20 = wp::extract(var_5, var_19);
        var_21 = wp::mul(var_18, var_20);
        var_24 = wp::extract(var_2, var_22, var_23);
        var_26 = wp::extract(var_5, var_25);
        var_27 = wp::mul(var_24, var_26);
        var_29 = wp::extract(var_8, var_28);
        // R[1, 0] * sc[0], R[1, 1] * sc[1], R[1, 2] * sc[2], tr[1],                              <L 92>
        var_32 = wp::extract(var_2, var_30, var_31);
        var_34 = wp::extract(var_5, var_33);
        var_35 = wp::mul(var_32, var_34);
        var_38 = wp::extract(var_2, var_36, var_37);
        var_40 = wp::extract(var_5, var_39);
        var_41 = wp::mul(var_38, var_40);
        var_44 = wp::extract(var_2, var_42, var_43);
        var_46 = wp::extract(var_5, var_45);
        var_47 = wp::mul(var_44, var_46);
        var_49 = wp::extract(var_8, var_48);
        // R[2, 0] * sc[0], R[2, 1] * sc[1], R[2, 2] * sc[2], tr[2],                              <L 93>
        var_52 = wp::extract(var_2, var_50, var_51);
        var_54 = wp::extract(var_5, var_53);
        var_55 = wp::mul(var_52, var_54);
        var_58 = wp::extract(var_2, var_56, var_57);
        var_60 = wp::extract(var_5, var_59);
        var_61 = wp::mul(var_58, var_60);
        var_64 = wp::extract(var_2, var_62, var_63);
        var_66 = wp::extract(var_5, var_65);
        var_67 = wp::mul(var_64, var_66);
        var_69 = wp::extract(var_8, var_68);
        // 0.0, 0.0, 0.0, 1.0,                                                                    <L 94>
        var_74 = wp::mat_t<4, 4, wp::float32>(var_15, var_21, var_27, var_29, var_35, var_41, var_47, var_49, var_55, var_61, var_67, var_69, var_70, var_71, var_72, var_73);
        // out[b] = wp.mat44(                                                                     <L 90>
        // wp::array_store(var_out, var_0, var_74);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_74, adj_out, adj_0, adj_74);
        // adj: out[b] = wp.mat44(                                                                <L 90>
        wp::adj_mat_t(var_15, var_21, var_27, var_29, var_35, var_41, var_47, var_49, var_55, var_61, var_67, var_69, var_70, var_71, var_72, var_73, adj_15, adj_21, adj_27, adj_29, adj_35, adj_41, adj_47, adj_49, adj_55, adj_61, adj_67, adj_69, adj_70, adj_71, adj_72, adj_73, adj_74);
        // adj: 0.0, 0.0, 0.0, 1.0,                                                               <L 94>
        wp::adj_extract(var_8, var_68, adj_8, adj_68, adj_69);
        wp::adj_mul(var_64, var_66, adj_64, adj_66, adj_67);
        wp::adj_extract(var_5, var_65, adj_5, adj_65, adj_66);
        wp::adj_extract(var_2, var_62, var_63, adj_2, adj_62, adj_63, adj_64);
        wp::adj_mul(var_58, var_60, adj_58, adj_60, adj_61);
        wp::adj_extract(var_5, var_59, adj_5, adj_59, adj_60);
        wp::adj_extract(var_2, var_56, var_57, adj_2, adj_56, adj_57, adj_58);
        wp::adj_mul(var_52, var_54, adj_52, adj_54, adj_55);
        wp::adj_extract(var_5, var_53, adj_5, adj_53, adj_54);
        wp::adj_extract(var_2, var_50, var_51, adj_2, adj_50, adj_51, adj_52);
        // adj: R[2, 0] * sc[0], R[2, 1] * sc[1], R[2, 2] * sc[2], tr[2],                         <L 93>
        wp::adj_extract(var_8, var_48, adj_8, adj_48, adj_49);
        wp::adj_mul(var_44, var_46, adj_44, adj_46, adj_47);
        wp::adj_extract(var_5, var_45, adj_5, adj_45, adj_46);
        wp::adj_extract(var_2, var_42, var_43, adj_2, adj_42, adj_43, adj_44);
        wp::adj_mul(var_38, var_40, adj_38, adj_40, adj_41);
        wp::adj_extract(var_5, var_39, adj_5, adj_39, adj_40);
        wp::adj_extract(var_2, var_36, var_37, adj_2, adj_36, adj_37, adj_38);
        wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_extract(var_5, var_33, adj_5, adj_33, adj_34);
        wp::adj_extract(var_2, var_30, var_31, adj_2, adj_30, adj_31, adj_32);
        // adj: R[1, 0] * sc[0], R[1, 1] * sc[1], R[1, 2] * sc[2], tr[1],                         <L 92>
        wp::adj_extract(var_8, var_28, adj_8, adj_28, adj_29);
        wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_extract(var_5, var_25, adj_5, adj_25, adj_26);
        wp::adj_extract(var_2, var_22, var_23, adj_2, adj_22, adj_23, adj_24);
        wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_extract(var_5, var_19, adj_5, adj_19, adj_20);
        wp::adj_extract(var_2, var_16, var_17, adj_2, adj_16, adj_17, adj_18);
        wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_extract(var_5, var_13, adj_5, adj_13, adj_14);
        wp::adj_extract(var_2, var_10, var_11, adj_2, adj_10, adj_11, adj_12);
        // adj: R[0, 0] * sc[0], R[0, 1] * sc[1], R[0, 2] * sc[2], tr[0],                         <L 91>
        // adj: out[b] = wp.mat44(                                                                <L 90>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_7);
        // adj: tr = t[b]                                                                         <L 89>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_s, var_0, adj_s, adj_0, adj_4);
        // adj: sc = s[b]                                                                         <L 88>
        wp::adj_quat_to_matrix(var_3, adj_1, adj_2);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_1);
        // adj: R = wp.quat_to_matrix(r[b])                                                       <L 87>
        // adj: b = wp.tid()                                                                      <L 86>
        // adj: def bone_from_trs(t: wp.array(dtype=wp.vec3), r: wp.array(dtype=wp.quat), s: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.mat44)):  <L 85>
        continue;
    }
}

