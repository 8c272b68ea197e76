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


// corpus/172_crank_nicolson_thomas_f64.py:4
static CUDA_CALLABLE void thomas_solve_0(
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_cp,
    wp::array_t<wp::float64> var_x,
    wp::int32 var_row)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 0;
    wp::float64* var_5;
    const wp::int32 var_6 = 0;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float64* var_13;
    const wp::int32 var_14 = 0;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 1;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::float64* var_23;
    wp::float64* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float64* var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64* var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64* var_36;
    wp::float64* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::float64* var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    const wp::int32 var_49 = -1;
    const wp::int32 var_50 = -1;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float64* var_53;
    wp::float64* var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float64* var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    wp::float64 var_62;
    //---------
    // forward
    // def thomas_solve(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), row: int):       <L 5>
    // n = b.shape[1]                                                                         <L 6>
    var_0 = &(var_b.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // cp[row, 0] = c[row, 0] / b[row, 0]                                                     <L 7>
    var_5 = wp::address(var_c, var_row, var_4);
    var_7 = wp::address(var_b, var_row, var_6);
    var_9 = wp::load(var_5);
    var_10 = wp::load(var_7);
    var_8 = wp::div(var_9, var_10);
    wp::array_store(var_cp, var_row, var_11, var_8);
    // x[row, 0] = d[row, 0] / b[row, 0]                                                      <L 8>
    var_13 = wp::address(var_d, var_row, var_12);
    var_15 = wp::address(var_b, var_row, var_14);
    var_17 = wp::load(var_13);
    var_18 = wp::load(var_15);
    var_16 = wp::div(var_17, var_18);
    wp::array_store(var_x, var_row, var_19, var_16);
    // for i in range(1, n):                                                                  <L 9>
    var_21 = wp::range(var_20, var_2);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
        // m = b[row, i] - a[row, i] * cp[row, i - 1]                                         <L 10>
        var_23 = wp::address(var_b, var_row, var_22);
        var_24 = wp::address(var_a, var_row, var_22);
        var_26 = wp::sub(var_22, var_25);
        var_27 = wp::address(var_cp, var_row, var_26);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_30);
        var_32 = wp::load(var_23);
        var_31 = wp::sub(var_32, var_28);
        // cp[row, i] = c[row, i] / m                                                         <L 11>
        var_33 = wp::address(var_c, var_row, var_22);
        var_35 = wp::load(var_33);
        var_34 = wp::div(var_35, var_31);
        wp::array_store(var_cp, var_row, var_22, var_34);
        // x[row, i] = (d[row, i] - a[row, i] * x[row, i - 1]) / m                            <L 12>
        var_36 = wp::address(var_d, var_row, var_22);
        var_37 = wp::address(var_a, var_row, var_22);
        var_39 = wp::sub(var_22, var_38);
        var_40 = wp::address(var_x, var_row, var_39);
        var_42 = wp::load(var_37);
        var_43 = wp::load(var_40);
        var_41 = wp::mul(var_42, var_43);
        var_45 = wp::load(var_36);
        var_44 = wp::sub(var_45, var_41);
        var_46 = wp::div(var_44, var_31);
        wp::array_store(var_x, var_row, var_22, var_46);
        goto start_for_0;
    end_for_0:;
    // for i in range(n - 2, -1, -1):                                                         <L 13>
    var_48 = wp::sub(var_2, var_47);
    var_51 = wp::range(var_48, var_49, var_50);
    start_for_2:;
        if (iter_cmp(var_51) == 0) goto end_for_2;
        var_52 = wp::iter_next(var_51);
        // x[row, i] = x[row, i] - cp[row, i] * x[row, i + 1]                                 <L 14>
        var_53 = wp::address(var_x, var_row, var_52);
        var_54 = wp::address(var_cp, var_row, var_52);
        var_56 = wp::add(var_52, var_55);
        var_57 = wp::address(var_x, var_row, var_56);
        var_59 = wp::load(var_54);
        var_60 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_60);
        var_62 = wp::load(var_53);
        var_61 = wp::sub(var_62, var_58);
        wp::array_store(var_x, var_row, var_52, var_61);
        goto start_for_2;
    end_for_2:;
}


// corpus/172_crank_nicolson_thomas_f64.py:4
static CUDA_CALLABLE void adj_thomas_solve_0(
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_cp,
    wp::array_t<wp::float64> var_x,
    wp::int32 var_row,
    wp::array_t<wp::float64> & adj_a,
    wp::array_t<wp::float64> & adj_b,
    wp::array_t<wp::float64> & adj_c,
    wp::array_t<wp::float64> & adj_d,
    wp::array_t<wp::float64> & adj_cp,
    wp::array_t<wp::float64> & adj_x,
    wp::int32 & adj_row)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 0;
    wp::float64* var_5;
    const wp::int32 var_6 = 0;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float64* var_13;
    const wp::int32 var_14 = 0;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 1;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::float64* var_23;
    wp::float64* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float64* var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64* var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64* var_36;
    wp::float64* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::float64* var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    const wp::int32 var_49 = -1;
    const wp::int32 var_50 = -1;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::float64* var_53;
    wp::float64* var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float64* var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    wp::float64 var_62;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::range_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::range_t adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float64 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float64 adj_57 = {};
    wp::float64 adj_58 = {};
    wp::float64 adj_59 = {};
    wp::float64 adj_60 = {};
    wp::float64 adj_61 = {};
    wp::float64 adj_62 = {};
    //---------
    // forward
    // def thomas_solve(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), row: int):       <L 5>
    // n = b.shape[1]                                                                         <L 6>
    var_0 = &(var_b.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // cp[row, 0] = c[row, 0] / b[row, 0]                                                     <L 7>
    var_5 = wp::address(var_c, var_row, var_4);
    var_7 = wp::address(var_b, var_row, var_6);
    var_9 = wp::load(var_5);
    var_10 = wp::load(var_7);
    var_8 = wp::div(var_9, var_10);
    // wp::array_store(var_cp, var_row, var_11, var_8);
    // x[row, 0] = d[row, 0] / b[row, 0]                                                      <L 8>
    var_13 = wp::address(var_d, var_row, var_12);
    var_15 = wp::address(var_b, var_row, var_14);
    var_17 = wp::load(var_13);
    var_18 = wp::load(var_15);
    var_16 = wp::div(var_17, var_18);
    // wp::array_store(var_x, var_row, var_19, var_16);
    // for i in range(1, n):                                                                  <L 9>
    var_21 = wp::range(var_20, var_2);
    // for i in range(n - 2, -1, -1):                                                         <L 13>
    var_48 = wp::sub(var_2, var_47);
    var_51 = wp::range(var_48, var_49, var_50);
    //---------
    // reverse
    var_51 = wp::iter_reverse(var_51);
    start_for_2:;
        if (iter_cmp(var_51) == 0) goto end_for_2;
        var_52 = wp::iter_next(var_51);
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
        // x[row, i] = x[row, i] - cp[row, i] * x[row, i + 1]                                 <L 14>
        var_53 = wp::address(var_x, var_row, var_52);
        var_54 = wp::address(var_cp, var_row, var_52);
        var_56 = wp::add(var_52, var_55);
        var_57 = wp::address(var_x, var_row, var_56);
        var_59 = wp::load(var_54);
        var_60 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_60);
        var_62 = wp::load(var_53);
        var_61 = wp::sub(var_62, var_58);
        // wp::array_store(var_x, var_row, var_52, var_61);
        wp::adj_array_store(var_x, var_row, var_52, var_61, adj_x, adj_row, adj_52, adj_61);
        wp::adj_sub(var_62, var_58, adj_53, adj_58, adj_61);
        wp::adj_mul(var_59, var_60, adj_54, adj_57, adj_58);
        wp::adj_address(var_x, var_row, var_56, adj_x, adj_row, adj_56, adj_57);
        wp::adj_add(var_52, var_55, adj_52, adj_55, adj_56);
        wp::adj_address(var_cp, var_row, var_52, adj_cp, adj_row, adj_52, adj_54);
        wp::adj_address(var_x, var_row, var_52, adj_x, adj_row, adj_52, adj_53);
        // adj: x[row, i] = x[row, i] - cp[row, i] * x[row, i + 1]                            <L 14>
    	goto start_for_2;
    end_for_2:;
    wp::adj_sub(var_2, var_47, adj_2, adj_47, adj_48);
    // adj: for i in range(n - 2, -1, -1):                                                    <L 13>
    var_21 = wp::iter_reverse(var_21);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
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
        // m = b[row, i] - a[row, i] * cp[row, i - 1]                                         <L 10>
        var_23 = wp::address(var_b, var_row, var_22);
        var_24 = wp::address(var_a, var_row, var_22);
        var_26 = wp::sub(var_22, var_25);
        var_27 = wp::address(var_cp, var_row, var_26);
        var_29 = wp::load(var_24);
        var_30 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_30);
        var_32 = wp::load(var_23);
        var_31 = wp::sub(var_32, var_28);
        // cp[row, i] = c[row, i] / m                                                         <L 11>
        var_33 = wp::address(var_c, var_row, var_22);
        var_35 = wp::load(var_33);
        var_34 = wp::div(var_35, var_31);
        // wp::array_store(var_cp, var_row, var_22, var_34);
        // x[row, i] = (d[row, i] - a[row, i] * x[row, i - 1]) / m                            <L 12>
        var_36 = wp::address(var_d, var_row, var_22);
        var_37 = wp::address(var_a, var_row, var_22);
        var_39 = wp::sub(var_22, var_38);
        var_40 = wp::address(var_x, var_row, var_39);
        var_42 = wp::load(var_37);
        var_43 = wp::load(var_40);
        var_41 = wp::mul(var_42, var_43);
        var_45 = wp::load(var_36);
        var_44 = wp::sub(var_45, var_41);
        var_46 = wp::div(var_44, var_31);
        // wp::array_store(var_x, var_row, var_22, var_46);
        wp::adj_array_store(var_x, var_row, var_22, var_46, adj_x, adj_row, adj_22, adj_46);
        wp::adj_div(var_44, var_31, var_46, adj_44, adj_31, adj_46);
        wp::adj_sub(var_45, var_41, adj_36, adj_41, adj_44);
        wp::adj_mul(var_42, var_43, adj_37, adj_40, adj_41);
        wp::adj_address(var_x, var_row, var_39, adj_x, adj_row, adj_39, adj_40);
        wp::adj_sub(var_22, var_38, adj_22, adj_38, adj_39);
        wp::adj_address(var_a, var_row, var_22, adj_a, adj_row, adj_22, adj_37);
        wp::adj_address(var_d, var_row, var_22, adj_d, adj_row, adj_22, adj_36);
        // adj: x[row, i] = (d[row, i] - a[row, i] * x[row, i - 1]) / m                       <L 12>
        wp::adj_array_store(var_cp, var_row, var_22, var_34, adj_cp, adj_row, adj_22, adj_34);
        wp::adj_div(var_35, var_31, var_34, adj_33, adj_31, adj_34);
        wp::adj_address(var_c, var_row, var_22, adj_c, adj_row, adj_22, adj_33);
        // adj: cp[row, i] = c[row, i] / m                                                    <L 11>
        wp::adj_sub(var_32, var_28, adj_23, adj_28, adj_31);
        wp::adj_mul(var_29, var_30, adj_24, adj_27, adj_28);
        wp::adj_address(var_cp, var_row, var_26, adj_cp, adj_row, adj_26, adj_27);
        wp::adj_sub(var_22, var_25, adj_22, adj_25, adj_26);
        wp::adj_address(var_a, var_row, var_22, adj_a, adj_row, adj_22, adj_24);
        wp::adj_address(var_b, var_row, var_22, adj_b, adj_row, adj_22, adj_23);
        // adj: m = b[row, i] - a[row, i] * cp[row, i - 1]                                    <L 10>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(1, n):                                                             <L 9>
    wp::adj_array_store(var_x, var_row, var_19, var_16, adj_x, adj_row, adj_19, adj_16);
    wp::adj_div(var_17, var_18, var_16, adj_13, adj_15, adj_16);
    wp::adj_address(var_b, var_row, var_14, adj_b, adj_row, adj_14, adj_15);
    wp::adj_address(var_d, var_row, var_12, adj_d, adj_row, adj_12, adj_13);
    // adj: x[row, 0] = d[row, 0] / b[row, 0]                                                 <L 8>
    wp::adj_array_store(var_cp, var_row, var_11, var_8, adj_cp, adj_row, adj_11, adj_8);
    wp::adj_div(var_9, var_10, var_8, adj_5, adj_7, adj_8);
    wp::adj_address(var_b, var_row, var_6, adj_b, adj_row, adj_6, adj_7);
    wp::adj_address(var_c, var_row, var_4, adj_c, adj_row, adj_4, adj_5);
    // adj: cp[row, 0] = c[row, 0] / b[row, 0]                                                <L 7>
    adj_b.shape = adj_0;
    // adj: n = b.shape[1]                                                                    <L 6>
    // adj: def thomas_solve(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), row: int):  <L 5>
    return;
}



extern "C" __global__ void build_crank_nicolson_6cd2a1f2_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_u,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float64* var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::float64* var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64* var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        const wp::int32 var_42 = 0;
        bool var_43;
        wp::float64 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        bool var_47;
        wp::float64 var_48;
        //---------
        // forward
        // def build_crank_nicolson(u: wp.array2d(dtype=wp.float64), r: wp.float64, a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64)):       <L 18>
        // row, i = wp.tid()                                                                      <L 19>
        builtin_tid2d(var_0, var_1);
        // n = u.shape[1]                                                                         <L 20>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // half = wp.float64(0.5)                                                                 <L 21>
        var_6 = 0.5;
        // one = wp.float64(1.0)                                                                  <L 22>
        var_7 = 1.0;
        // a[row, i] = -half * r                                                                  <L 23>
        var_8 = wp::neg(var_6);
        var_9 = wp::mul(var_8, var_r);
        wp::array_store(var_a, var_0, var_1, var_9);
        // c[row, i] = -half * r                                                                  <L 24>
        var_10 = wp::neg(var_6);
        var_11 = wp::mul(var_10, var_r);
        wp::array_store(var_c, var_0, var_1, var_11);
        // b[row, i] = one + r                                                                    <L 25>
        var_12 = wp::add(var_7, var_r);
        wp::array_store(var_b, var_0, var_1, var_12);
        // left = wp.float64(0.0)                                                                 <L 26>
        var_13 = 0.0;
        // right = wp.float64(0.0)                                                                <L 27>
        var_14 = 0.0;
        // if i > 0:                                                                              <L 28>
        var_16 = (var_1 > var_15);
        if (var_16) {
            // left = u[row, i - 1]                                                               <L 29>
            var_18 = wp::sub(var_1, var_17);
            var_19 = wp::address(var_u, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
        }
        var_22 = wp::where(var_16, var_20, var_13);
        // if i < n - 1:                                                                          <L 30>
        var_24 = wp::sub(var_4, var_23);
        var_25 = (var_1 < var_24);
        if (var_25) {
            // right = u[row, i + 1]                                                              <L 31>
            var_27 = wp::add(var_1, var_26);
            var_28 = wp::address(var_u, var_0, var_27);
            var_30 = wp::load(var_28);
            var_29 = wp::copy(var_30);
        }
        var_31 = wp::where(var_25, var_29, var_14);
        // d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right                 <L 32>
        var_32 = wp::mul(var_6, var_r);
        var_33 = wp::mul(var_32, var_22);
        var_34 = wp::sub(var_7, var_r);
        var_35 = wp::address(var_u, var_0, var_1);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_34, var_37);
        var_38 = wp::add(var_33, var_36);
        var_39 = wp::mul(var_6, var_r);
        var_40 = wp::mul(var_39, var_31);
        var_41 = wp::add(var_38, var_40);
        wp::array_store(var_d, var_0, var_1, var_41);
        // if i == 0:                                                                             <L 33>
        var_43 = (var_1 == var_42);
        if (var_43) {
            // a[row, i] = wp.float64(0.0)                                                        <L 34>
            var_44 = 0.0;
            wp::array_store(var_a, var_0, var_1, var_44);
        }
        // if i == n - 1:                                                                         <L 35>
        var_46 = wp::sub(var_4, var_45);
        var_47 = (var_1 == var_46);
        if (var_47) {
            // c[row, i] = wp.float64(0.0)                                                        <L 36>
            var_48 = 0.0;
            wp::array_store(var_c, var_0, var_1, var_48);
        }
    }
}



extern "C" __global__ void build_crank_nicolson_6cd2a1f2_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_u,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> adj_u,
    wp::float64 adj_r,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::float64> adj_b,
    wp::array_t<wp::float64> adj_c,
    wp::array_t<wp::float64> adj_d)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float64* var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::float64* var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64* var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        const wp::int32 var_42 = 0;
        bool var_43;
        wp::float64 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        bool var_47;
        wp::float64 var_48;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float64 adj_38 = {};
        wp::float64 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::float64 adj_41 = {};
        wp::int32 adj_42 = {};
        bool adj_43 = {};
        wp::float64 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        bool adj_47 = {};
        wp::float64 adj_48 = {};
        //---------
        // forward
        // def build_crank_nicolson(u: wp.array2d(dtype=wp.float64), r: wp.float64, a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64)):       <L 18>
        // row, i = wp.tid()                                                                      <L 19>
        builtin_tid2d(var_0, var_1);
        // n = u.shape[1]                                                                         <L 20>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // half = wp.float64(0.5)                                                                 <L 21>
        var_6 = 0.5;
        // one = wp.float64(1.0)                                                                  <L 22>
        var_7 = 1.0;
        // a[row, i] = -half * r                                                                  <L 23>
        var_8 = wp::neg(var_6);
        var_9 = wp::mul(var_8, var_r);
        // wp::array_store(var_a, var_0, var_1, var_9);
        // c[row, i] = -half * r                                                                  <L 24>
        var_10 = wp::neg(var_6);
        var_11 = wp::mul(var_10, var_r);
        // wp::array_store(var_c, var_0, var_1, var_11);
        // b[row, i] = one + r                                                                    <L 25>
        var_12 = wp::add(var_7, var_r);
        // wp::array_store(var_b, var_0, var_1, var_12);
        // left = wp.float64(0.0)                                                                 <L 26>
        var_13 = 0.0;
        // right = wp.float64(0.0)                                                                <L 27>
        var_14 = 0.0;
        // if i > 0:                                                                              <L 28>
        var_16 = (var_1 > var_15);
        if (var_16) {
            // left = u[row, i - 1]                                                               <L 29>
            var_18 = wp::sub(var_1, var_17);
            var_19 = wp::address(var_u, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
        }
        var_22 = wp::where(var_16, var_20, var_13);
        // if i < n - 1:                                                                          <L 30>
        var_24 = wp::sub(var_4, var_23);
        var_25 = (var_1 < var_24);
        if (var_25) {
            // right = u[row, i + 1]                                                              <L 31>
            var_27 = wp::add(var_1, var_26);
            var_28 = wp::address(var_u, var_0, var_27);
            var_30 = wp::load(var_28);
            var_29 = wp::copy(var_30);
        }
        var_31 = wp::where(var_25, var_29, var_14);
        // d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right                 <L 32>
        var_32 = wp::mul(var_6, var_r);
        var_33 = wp::mul(var_32, var_22);
        var_34 = wp::sub(var_7, var_r);
        var_35 = wp::address(var_u, var_0, var_1);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_34, var_37);
        var_38 = wp::add(var_33, var_36);
        var_39 = wp::mul(var_6, var_r);
        var_40 = wp::mul(var_39, var_31);
        var_41 = wp::add(var_38, var_40);
        // wp::array_store(var_d, var_0, var_1, var_41);
        // if i == 0:                                                                             <L 33>
        var_43 = (var_1 == var_42);
        if (var_43) {
            // a[row, i] = wp.float64(0.0)                                                        <L 34>
            var_44 = 0.0;
            // wp::array_store(var_a, var_0, var_1, var_44);
        }
        // if i == n - 1:                                                                         <L 35>
        var_46 = wp::sub(var_4, var_45);
        var_47 = (var_1 == var_46);
        if (var_47) {
            // c[row, i] = wp.float64(0.0)                                                        <L 36>
            var_48 = 0.0;
            // wp::array_store(var_c, var_0, var_1, var_48);
        }
        //---------
        // reverse
        if (var_47) {
            wp::adj_array_store(var_c, var_0, var_1, var_48, adj_c, adj_0, adj_1, adj_48);
            // adj: c[row, i] = wp.float64(0.0)                                                   <L 36>
        }
        wp::adj_sub(var_4, var_45, adj_4, adj_45, adj_46);
        // adj: if i == n - 1:                                                                    <L 35>
        if (var_43) {
            wp::adj_array_store(var_a, var_0, var_1, var_44, adj_a, adj_0, adj_1, adj_44);
            // adj: a[row, i] = wp.float64(0.0)                                                   <L 34>
        }
        // adj: if i == 0:                                                                        <L 33>
        wp::adj_array_store(var_d, var_0, var_1, var_41, adj_d, adj_0, adj_1, adj_41);
        wp::adj_add(var_38, var_40, adj_38, adj_40, adj_41);
        wp::adj_mul(var_39, var_31, adj_39, adj_31, adj_40);
        wp::adj_mul(var_6, var_r, adj_6, adj_r, adj_39);
        wp::adj_add(var_33, var_36, adj_33, adj_36, adj_38);
        wp::adj_mul(var_34, var_37, adj_34, adj_35, adj_36);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_35);
        wp::adj_sub(var_7, var_r, adj_7, adj_r, adj_34);
        wp::adj_mul(var_32, var_22, adj_32, adj_22, adj_33);
        wp::adj_mul(var_6, var_r, adj_6, adj_r, adj_32);
        // adj: d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right            <L 32>
        wp::adj_where(var_25, var_29, var_14, adj_25, adj_29, adj_14, adj_31);
        if (var_25) {
            wp::adj_copy(var_30, adj_28, adj_29);
            wp::adj_address(var_u, var_0, var_27, adj_u, adj_0, adj_27, adj_28);
            wp::adj_add(var_1, var_26, adj_1, adj_26, adj_27);
            // adj: right = u[row, i + 1]                                                         <L 31>
        }
        wp::adj_sub(var_4, var_23, adj_4, adj_23, adj_24);
        // adj: if i < n - 1:                                                                     <L 30>
        wp::adj_where(var_16, var_20, var_13, adj_16, adj_20, adj_13, adj_22);
        if (var_16) {
            wp::adj_copy(var_21, adj_19, adj_20);
            wp::adj_address(var_u, var_0, var_18, adj_u, adj_0, adj_18, adj_19);
            wp::adj_sub(var_1, var_17, adj_1, adj_17, adj_18);
            // adj: left = u[row, i - 1]                                                          <L 29>
        }
        // adj: if i > 0:                                                                         <L 28>
        // adj: right = wp.float64(0.0)                                                           <L 27>
        // adj: left = wp.float64(0.0)                                                            <L 26>
        wp::adj_array_store(var_b, var_0, var_1, var_12, adj_b, adj_0, adj_1, adj_12);
        wp::adj_add(var_7, var_r, adj_7, adj_r, adj_12);
        // adj: b[row, i] = one + r                                                               <L 25>
        wp::adj_array_store(var_c, var_0, var_1, var_11, adj_c, adj_0, adj_1, adj_11);
        wp::adj_mul(var_10, var_r, adj_10, adj_r, adj_11);
        wp::adj_neg(var_6, adj_6, adj_10);
        // adj: c[row, i] = -half * r                                                             <L 24>
        wp::adj_array_store(var_a, var_0, var_1, var_9, adj_a, adj_0, adj_1, adj_9);
        wp::adj_mul(var_8, var_r, adj_8, adj_r, adj_9);
        wp::adj_neg(var_6, adj_6, adj_8);
        // adj: a[row, i] = -half * r                                                             <L 23>
        // adj: one = wp.float64(1.0)                                                             <L 22>
        // adj: half = wp.float64(0.5)                                                            <L 21>
        adj_u.shape = adj_2;
        // adj: n = u.shape[1]                                                                    <L 20>
        // adj: row, i = wp.tid()                                                                 <L 19>
        // adj: def build_crank_nicolson(u: wp.array2d(dtype=wp.float64), r: wp.float64, a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64)):  <L 18>
        continue;
    }
}



extern "C" __global__ void solve_rows_334d9d58_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_cp,
    wp::array_t<wp::float64> var_x)
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
        //---------
        // forward
        // def solve_rows(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64)):       <L 40>
        // row = wp.tid()                                                                         <L 41>
        var_0 = builtin_tid1d();
        // thomas_solve(a, b, c, d, cp, x, row)                                                   <L 42>
        thomas_solve_0(var_a, var_b, var_c, var_d, var_cp, var_x, var_0);
    }
}



extern "C" __global__ void solve_rows_334d9d58_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_cp,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::float64> adj_b,
    wp::array_t<wp::float64> adj_c,
    wp::array_t<wp::float64> adj_d,
    wp::array_t<wp::float64> adj_cp,
    wp::array_t<wp::float64> adj_x)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        //---------
        // forward
        // def solve_rows(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64)):       <L 40>
        // row = wp.tid()                                                                         <L 41>
        var_0 = builtin_tid1d();
        // thomas_solve(a, b, c, d, cp, x, row)                                                   <L 42>
        thomas_solve_0(var_a, var_b, var_c, var_d, var_cp, var_x, var_0);
        //---------
        // reverse
        adj_thomas_solve_0(var_a, var_b, var_c, var_d, var_cp, var_x, var_0, adj_a, adj_b, adj_c, adj_d, adj_cp, adj_x, adj_0);
        // adj: thomas_solve(a, b, c, d, cp, x, row)                                              <L 42>
        // adj: row = wp.tid()                                                                    <L 41>
        // adj: def solve_rows(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64)):  <L 40>
        continue;
    }
}



extern "C" __global__ void residual_norm_50b88607_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float64* var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64* var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::float64* var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float64* var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        wp::float64* var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float64* var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        //---------
        // forward
        // def residual_norm(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 46>
        // row, i = wp.tid()                                                                      <L 47>
        builtin_tid2d(var_0, var_1);
        // n = b.shape[1]                                                                         <L 48>
        var_2 = &(var_b.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // r = b[row, i] * x[row, i] - d[row, i]                                                  <L 49>
        var_6 = wp::address(var_b, var_0, var_1);
        var_7 = wp::address(var_x, var_0, var_1);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        var_11 = wp::address(var_d, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_8, var_13);
        // if i > 0:                                                                              <L 50>
        var_15 = (var_1 > var_14);
        if (var_15) {
            // r += a[row, i] * x[row, i - 1]                                                     <L 51>
            var_16 = wp::address(var_a, var_0, var_1);
            var_18 = wp::sub(var_1, var_17);
            var_19 = wp::address(var_x, var_0, var_18);
            var_21 = wp::load(var_16);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::add(var_12, var_20);
        }
        var_24 = wp::where(var_15, var_23, var_12);
        // if i < n - 1:                                                                          <L 52>
        var_26 = wp::sub(var_4, var_25);
        var_27 = (var_1 < var_26);
        if (var_27) {
            // r += c[row, i] * x[row, i + 1]                                                     <L 53>
            var_28 = wp::address(var_c, var_0, var_1);
            var_30 = wp::add(var_1, var_29);
            var_31 = wp::address(var_x, var_0, var_30);
            var_33 = wp::load(var_28);
            var_34 = wp::load(var_31);
            var_32 = wp::mul(var_33, var_34);
            var_35 = wp::add(var_24, var_32);
        }
        var_36 = wp::where(var_27, var_35, var_24);
        // wp.atomic_add(out, row, r * r)                                                         <L 54>
        var_37 = wp::mul(var_36, var_36);
        var_38 = wp::atomic_add(var_out, var_0, var_37);
    }
}



extern "C" __global__ void residual_norm_50b88607_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::float64> adj_b,
    wp::array_t<wp::float64> adj_c,
    wp::array_t<wp::float64> adj_d,
    wp::array_t<wp::float64> adj_x,
    wp::array_t<wp::float64> adj_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float64* var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64* var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::float64* var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::float64* var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        wp::float64* var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float64* var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::float64 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::float64 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float64 adj_38 = {};
        //---------
        // forward
        // def residual_norm(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 46>
        // row, i = wp.tid()                                                                      <L 47>
        builtin_tid2d(var_0, var_1);
        // n = b.shape[1]                                                                         <L 48>
        var_2 = &(var_b.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // r = b[row, i] * x[row, i] - d[row, i]                                                  <L 49>
        var_6 = wp::address(var_b, var_0, var_1);
        var_7 = wp::address(var_x, var_0, var_1);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        var_11 = wp::address(var_d, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_8, var_13);
        // if i > 0:                                                                              <L 50>
        var_15 = (var_1 > var_14);
        if (var_15) {
            // r += a[row, i] * x[row, i - 1]                                                     <L 51>
            var_16 = wp::address(var_a, var_0, var_1);
            var_18 = wp::sub(var_1, var_17);
            var_19 = wp::address(var_x, var_0, var_18);
            var_21 = wp::load(var_16);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::add(var_12, var_20);
        }
        var_24 = wp::where(var_15, var_23, var_12);
        // if i < n - 1:                                                                          <L 52>
        var_26 = wp::sub(var_4, var_25);
        var_27 = (var_1 < var_26);
        if (var_27) {
            // r += c[row, i] * x[row, i + 1]                                                     <L 53>
            var_28 = wp::address(var_c, var_0, var_1);
            var_30 = wp::add(var_1, var_29);
            var_31 = wp::address(var_x, var_0, var_30);
            var_33 = wp::load(var_28);
            var_34 = wp::load(var_31);
            var_32 = wp::mul(var_33, var_34);
            var_35 = wp::add(var_24, var_32);
        }
        var_36 = wp::where(var_27, var_35, var_24);
        // wp.atomic_add(out, row, r * r)                                                         <L 54>
        var_37 = wp::mul(var_36, var_36);
        // var_38 = wp::atomic_add(var_out, var_0, var_37);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_0, var_37, adj_out, adj_0, adj_37, adj_38);
        wp::adj_mul(var_36, var_36, adj_36, adj_36, adj_37);
        // adj: wp.atomic_add(out, row, r * r)                                                    <L 54>
        wp::adj_where(var_27, var_35, var_24, adj_27, adj_35, adj_24, adj_36);
        if (var_27) {
            wp::adj_add(var_24, var_32, adj_24, adj_32, adj_35);
            wp::adj_mul(var_33, var_34, adj_28, adj_31, adj_32);
            wp::adj_address(var_x, var_0, var_30, adj_x, adj_0, adj_30, adj_31);
            wp::adj_add(var_1, var_29, adj_1, adj_29, adj_30);
            wp::adj_address(var_c, var_0, var_1, adj_c, adj_0, adj_1, adj_28);
            // adj: r += c[row, i] * x[row, i + 1]                                                <L 53>
        }
        wp::adj_sub(var_4, var_25, adj_4, adj_25, adj_26);
        // adj: if i < n - 1:                                                                     <L 52>
        wp::adj_where(var_15, var_23, var_12, adj_15, adj_23, adj_12, adj_24);
        if (var_15) {
            wp::adj_add(var_12, var_20, adj_12, adj_20, adj_23);
            wp::adj_mul(var_21, var_22, adj_16, adj_19, adj_20);
            wp::adj_address(var_x, var_0, var_18, adj_x, adj_0, adj_18, adj_19);
            wp::adj_sub(var_1, var_17, adj_1, adj_17, adj_18);
            wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_16);
            // adj: r += a[row, i] * x[row, i - 1]                                                <L 51>
        }
        // adj: if i > 0:                                                                         <L 50>
        wp::adj_sub(var_8, var_13, adj_8, adj_11, adj_12);
        wp::adj_address(var_d, var_0, var_1, adj_d, adj_0, adj_1, adj_11);
        wp::adj_mul(var_9, var_10, adj_6, adj_7, adj_8);
        wp::adj_address(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_7);
        wp::adj_address(var_b, var_0, var_1, adj_b, adj_0, adj_1, adj_6);
        // adj: r = b[row, i] * x[row, i] - d[row, i]                                             <L 49>
        adj_b.shape = adj_2;
        // adj: n = b.shape[1]                                                                    <L 48>
        // adj: row, i = wp.tid()                                                                 <L 47>
        // adj: def residual_norm(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), out: wp.array(dtype=wp.float64)):  <L 46>
        continue;
    }
}

