
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


// corpus/172_crank_nicolson_thomas_f64.py:4
static void thomas_solve_0(
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
static void adj_thomas_solve_0(
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
    wp::adj_range(var_48, var_49, var_50, adj_48, adj_49, adj_50, adj_51);
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
    wp::adj_range(var_20, var_2, adj_20, adj_2, adj_21);
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
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_b.shape = adj_0;
    // adj: n = b.shape[1]                                                                    <L 6>
    // adj: def thomas_solve(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), cp: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), row: int):  <L 5>
    return;
}

struct wp_args_build_crank_nicolson_6cd2a1f2 {
    wp::array_t<wp::float64> u;
    wp::float64 r;
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float64> c;
    wp::array_t<wp::float64> d;
};


void build_crank_nicolson_6cd2a1f2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_u = _wp_args->u;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = 0.5;
    wp::float64 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float64 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float64 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float64* var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::float64* var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64* var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    const wp::int32 var_46 = 0;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    wp::float64 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    wp::float64 var_54;
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
    var_7 = wp::float64(var_6);
    // one = wp.float64(1.0)                                                                  <L 22>
    var_9 = wp::float64(var_8);
    // a[row, i] = -half * r                                                                  <L 23>
    var_10 = wp::neg(var_7);
    var_11 = wp::mul(var_10, var_r);
    wp::array_store(var_a, var_0, var_1, var_11);
    // c[row, i] = -half * r                                                                  <L 24>
    var_12 = wp::neg(var_7);
    var_13 = wp::mul(var_12, var_r);
    wp::array_store(var_c, var_0, var_1, var_13);
    // b[row, i] = one + r                                                                    <L 25>
    var_14 = wp::add(var_9, var_r);
    wp::array_store(var_b, var_0, var_1, var_14);
    // left = wp.float64(0.0)                                                                 <L 26>
    var_16 = wp::float64(var_15);
    // right = wp.float64(0.0)                                                                <L 27>
    var_18 = wp::float64(var_17);
    // if i > 0:                                                                              <L 28>
    var_20 = (var_1 > var_19);
    if (var_20) {
        // left = u[row, i - 1]                                                               <L 29>
        var_22 = wp::sub(var_1, var_21);
        var_23 = wp::address(var_u, var_0, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
    }
    var_26 = wp::where(var_20, var_24, var_16);
    // if i < n - 1:                                                                          <L 30>
    var_28 = wp::sub(var_4, var_27);
    var_29 = (var_1 < var_28);
    if (var_29) {
        // right = u[row, i + 1]                                                              <L 31>
        var_31 = wp::add(var_1, var_30);
        var_32 = wp::address(var_u, var_0, var_31);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
    }
    var_35 = wp::where(var_29, var_33, var_18);
    // d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right                 <L 32>
    var_36 = wp::mul(var_7, var_r);
    var_37 = wp::mul(var_36, var_26);
    var_38 = wp::sub(var_9, var_r);
    var_39 = wp::address(var_u, var_0, var_1);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_38, var_41);
    var_42 = wp::add(var_37, var_40);
    var_43 = wp::mul(var_7, var_r);
    var_44 = wp::mul(var_43, var_35);
    var_45 = wp::add(var_42, var_44);
    wp::array_store(var_d, var_0, var_1, var_45);
    // if i == 0:                                                                             <L 33>
    var_47 = (var_1 == var_46);
    if (var_47) {
        // a[row, i] = wp.float64(0.0)                                                        <L 34>
        var_49 = wp::float64(var_48);
        wp::array_store(var_a, var_0, var_1, var_49);
    }
    // if i == n - 1:                                                                         <L 35>
    var_51 = wp::sub(var_4, var_50);
    var_52 = (var_1 == var_51);
    if (var_52) {
        // c[row, i] = wp.float64(0.0)                                                        <L 36>
        var_54 = wp::float64(var_53);
        wp::array_store(var_c, var_0, var_1, var_54);
    }
}



void build_crank_nicolson_6cd2a1f2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_args,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_u = _wp_args->u;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float64> adj_u = _wp_adj_args->u;
    wp::float64 adj_r = _wp_adj_args->r;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float64> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::float32 var_6 = 0.5;
    wp::float64 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float64 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float64 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float64* var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::float64* var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64* var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    const wp::int32 var_46 = 0;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    wp::float64 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    bool var_52;
    const wp::float32 var_53 = 0.0;
    wp::float64 var_54;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
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
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::int32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float64 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float64 adj_54 = {};
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
    var_7 = wp::float64(var_6);
    // one = wp.float64(1.0)                                                                  <L 22>
    var_9 = wp::float64(var_8);
    // a[row, i] = -half * r                                                                  <L 23>
    var_10 = wp::neg(var_7);
    var_11 = wp::mul(var_10, var_r);
    // wp::array_store(var_a, var_0, var_1, var_11);
    // c[row, i] = -half * r                                                                  <L 24>
    var_12 = wp::neg(var_7);
    var_13 = wp::mul(var_12, var_r);
    // wp::array_store(var_c, var_0, var_1, var_13);
    // b[row, i] = one + r                                                                    <L 25>
    var_14 = wp::add(var_9, var_r);
    // wp::array_store(var_b, var_0, var_1, var_14);
    // left = wp.float64(0.0)                                                                 <L 26>
    var_16 = wp::float64(var_15);
    // right = wp.float64(0.0)                                                                <L 27>
    var_18 = wp::float64(var_17);
    // if i > 0:                                                                              <L 28>
    var_20 = (var_1 > var_19);
    if (var_20) {
        // left = u[row, i - 1]                                                               <L 29>
        var_22 = wp::sub(var_1, var_21);
        var_23 = wp::address(var_u, var_0, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
    }
    var_26 = wp::where(var_20, var_24, var_16);
    // if i < n - 1:                                                                          <L 30>
    var_28 = wp::sub(var_4, var_27);
    var_29 = (var_1 < var_28);
    if (var_29) {
        // right = u[row, i + 1]                                                              <L 31>
        var_31 = wp::add(var_1, var_30);
        var_32 = wp::address(var_u, var_0, var_31);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
    }
    var_35 = wp::where(var_29, var_33, var_18);
    // d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right                 <L 32>
    var_36 = wp::mul(var_7, var_r);
    var_37 = wp::mul(var_36, var_26);
    var_38 = wp::sub(var_9, var_r);
    var_39 = wp::address(var_u, var_0, var_1);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_38, var_41);
    var_42 = wp::add(var_37, var_40);
    var_43 = wp::mul(var_7, var_r);
    var_44 = wp::mul(var_43, var_35);
    var_45 = wp::add(var_42, var_44);
    // wp::array_store(var_d, var_0, var_1, var_45);
    // if i == 0:                                                                             <L 33>
    var_47 = (var_1 == var_46);
    if (var_47) {
        // a[row, i] = wp.float64(0.0)                                                        <L 34>
        var_49 = wp::float64(var_48);
        // wp::array_store(var_a, var_0, var_1, var_49);
    }
    // if i == n - 1:                                                                         <L 35>
    var_51 = wp::sub(var_4, var_50);
    var_52 = (var_1 == var_51);
    if (var_52) {
        // c[row, i] = wp.float64(0.0)                                                        <L 36>
        var_54 = wp::float64(var_53);
        // wp::array_store(var_c, var_0, var_1, var_54);
    }
    //---------
    // reverse
    if (var_52) {
        wp::adj_array_store(var_c, var_0, var_1, var_54, adj_c, adj_0, adj_1, adj_54);
        wp::adj_float64(var_53, adj_53, adj_54);
        // adj: c[row, i] = wp.float64(0.0)                                                   <L 36>
    }
    wp::adj_sub(var_4, var_50, adj_4, adj_50, adj_51);
    // adj: if i == n - 1:                                                                    <L 35>
    if (var_47) {
        wp::adj_array_store(var_a, var_0, var_1, var_49, adj_a, adj_0, adj_1, adj_49);
        wp::adj_float64(var_48, adj_48, adj_49);
        // adj: a[row, i] = wp.float64(0.0)                                                   <L 34>
    }
    // adj: if i == 0:                                                                        <L 33>
    wp::adj_array_store(var_d, var_0, var_1, var_45, adj_d, adj_0, adj_1, adj_45);
    wp::adj_add(var_42, var_44, adj_42, adj_44, adj_45);
    wp::adj_mul(var_43, var_35, adj_43, adj_35, adj_44);
    wp::adj_mul(var_7, var_r, adj_7, adj_r, adj_43);
    wp::adj_add(var_37, var_40, adj_37, adj_40, adj_42);
    wp::adj_mul(var_38, var_41, adj_38, adj_39, adj_40);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_39);
    wp::adj_sub(var_9, var_r, adj_9, adj_r, adj_38);
    wp::adj_mul(var_36, var_26, adj_36, adj_26, adj_37);
    wp::adj_mul(var_7, var_r, adj_7, adj_r, adj_36);
    // adj: d[row, i] = half * r * left + (one - r) * u[row, i] + half * r * right            <L 32>
    wp::adj_where(var_29, var_33, var_18, adj_29, adj_33, adj_18, adj_35);
    if (var_29) {
        wp::adj_copy(var_34, adj_32, adj_33);
        wp::adj_address(var_u, var_0, var_31, adj_u, adj_0, adj_31, adj_32);
        wp::adj_add(var_1, var_30, adj_1, adj_30, adj_31);
        // adj: right = u[row, i + 1]                                                         <L 31>
    }
    wp::adj_sub(var_4, var_27, adj_4, adj_27, adj_28);
    // adj: if i < n - 1:                                                                     <L 30>
    wp::adj_where(var_20, var_24, var_16, adj_20, adj_24, adj_16, adj_26);
    if (var_20) {
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_u, var_0, var_22, adj_u, adj_0, adj_22, adj_23);
        wp::adj_sub(var_1, var_21, adj_1, adj_21, adj_22);
        // adj: left = u[row, i - 1]                                                          <L 29>
    }
    // adj: if i > 0:                                                                         <L 28>
    wp::adj_float64(var_17, adj_17, adj_18);
    // adj: right = wp.float64(0.0)                                                           <L 27>
    wp::adj_float64(var_15, adj_15, adj_16);
    // adj: left = wp.float64(0.0)                                                            <L 26>
    wp::adj_array_store(var_b, var_0, var_1, var_14, adj_b, adj_0, adj_1, adj_14);
    wp::adj_add(var_9, var_r, adj_9, adj_r, adj_14);
    // adj: b[row, i] = one + r                                                               <L 25>
    wp::adj_array_store(var_c, var_0, var_1, var_13, adj_c, adj_0, adj_1, adj_13);
    wp::adj_mul(var_12, var_r, adj_12, adj_r, adj_13);
    wp::adj_neg(var_7, adj_7, adj_12);
    // adj: c[row, i] = -half * r                                                             <L 24>
    wp::adj_array_store(var_a, var_0, var_1, var_11, adj_a, adj_0, adj_1, adj_11);
    wp::adj_mul(var_10, var_r, adj_10, adj_r, adj_11);
    wp::adj_neg(var_7, adj_7, adj_10);
    // adj: a[row, i] = -half * r                                                             <L 23>
    wp::adj_float64(var_8, adj_8, adj_9);
    // adj: one = wp.float64(1.0)                                                             <L 22>
    wp::adj_float64(var_6, adj_6, adj_7);
    // adj: half = wp.float64(0.5)                                                            <L 21>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_u.shape = adj_2;
    // adj: n = u.shape[1]                                                                    <L 20>
    // adj: row, i = wp.tid()                                                                 <L 19>
    // adj: def build_crank_nicolson(u: wp.array2d(dtype=wp.float64), r: wp.float64, a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64)):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void build_crank_nicolson_6cd2a1f2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_crank_nicolson_6cd2a1f2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void build_crank_nicolson_6cd2a1f2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_args,
    wp_args_build_crank_nicolson_6cd2a1f2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_crank_nicolson_6cd2a1f2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_solve_rows_334d9d58 {
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float64> c;
    wp::array_t<wp::float64> d;
    wp::array_t<wp::float64> cp;
    wp::array_t<wp::float64> x;
};


void solve_rows_334d9d58_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_rows_334d9d58 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float64> var_cp = _wp_args->cp;
    wp::array_t<wp::float64> var_x = _wp_args->x;
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



void solve_rows_334d9d58_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_rows_334d9d58 *_wp_args,
    wp_args_solve_rows_334d9d58 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float64> var_cp = _wp_args->cp;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float64> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    wp::array_t<wp::float64> adj_cp = _wp_adj_args->cp;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void solve_rows_334d9d58_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_solve_rows_334d9d58 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_rows_334d9d58_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void solve_rows_334d9d58_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_solve_rows_334d9d58 *_wp_args,
    wp_args_solve_rows_334d9d58 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_rows_334d9d58_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_residual_norm_50b88607 {
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float64> c;
    wp::array_t<wp::float64> d;
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> out;
};


void residual_norm_50b88607_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_residual_norm_50b88607 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_out = _wp_args->out;
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
    wp::float64* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float64* var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    bool var_34;
    wp::float64* var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::float64* var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64* var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float64* var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64 var_51;
    wp::float64 var_52;
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
        var_23 = wp::address(var_a, var_0, var_1);
        var_25 = wp::sub(var_1, var_24);
        var_26 = wp::address(var_x, var_0, var_25);
        var_28 = wp::load(var_23);
        var_29 = wp::load(var_26);
        var_27 = wp::mul(var_28, var_29);
        var_30 = wp::add(var_12, var_27);
    }
    var_31 = wp::where(var_15, var_30, var_12);
    // if i < n - 1:                                                                          <L 52>
    var_33 = wp::sub(var_4, var_32);
    var_34 = (var_1 < var_33);
    if (var_34) {
        // r += c[row, i] * x[row, i + 1]                                                     <L 53>
        var_35 = wp::address(var_c, var_0, var_1);
        var_37 = wp::add(var_1, var_36);
        var_38 = wp::address(var_x, var_0, var_37);
        var_40 = wp::load(var_35);
        var_41 = wp::load(var_38);
        var_39 = wp::mul(var_40, var_41);
        var_42 = wp::address(var_c, var_0, var_1);
        var_44 = wp::add(var_1, var_43);
        var_45 = wp::address(var_x, var_0, var_44);
        var_47 = wp::load(var_42);
        var_48 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_48);
        var_49 = wp::add(var_31, var_46);
    }
    var_50 = wp::where(var_34, var_49, var_31);
    // wp.atomic_add(out, row, r * r)                                                         <L 54>
    var_51 = wp::mul(var_50, var_50);
    var_52 = wp::atomic_add(var_out, var_0, var_51);
}



void residual_norm_50b88607_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_residual_norm_50b88607 *_wp_args,
    wp_args_residual_norm_50b88607 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float64> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
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
    wp::float64* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float64* var_26;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    bool var_34;
    wp::float64* var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::float64* var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64* var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float64* var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64 var_51;
    wp::float64 var_52;
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
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    wp::float64 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::float64 adj_49 = {};
    wp::float64 adj_50 = {};
    wp::float64 adj_51 = {};
    wp::float64 adj_52 = {};
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
        var_23 = wp::address(var_a, var_0, var_1);
        var_25 = wp::sub(var_1, var_24);
        var_26 = wp::address(var_x, var_0, var_25);
        var_28 = wp::load(var_23);
        var_29 = wp::load(var_26);
        var_27 = wp::mul(var_28, var_29);
        var_30 = wp::add(var_12, var_27);
    }
    var_31 = wp::where(var_15, var_30, var_12);
    // if i < n - 1:                                                                          <L 52>
    var_33 = wp::sub(var_4, var_32);
    var_34 = (var_1 < var_33);
    if (var_34) {
        // r += c[row, i] * x[row, i + 1]                                                     <L 53>
        var_35 = wp::address(var_c, var_0, var_1);
        var_37 = wp::add(var_1, var_36);
        var_38 = wp::address(var_x, var_0, var_37);
        var_40 = wp::load(var_35);
        var_41 = wp::load(var_38);
        var_39 = wp::mul(var_40, var_41);
        var_42 = wp::address(var_c, var_0, var_1);
        var_44 = wp::add(var_1, var_43);
        var_45 = wp::address(var_x, var_0, var_44);
        var_47 = wp::load(var_42);
        var_48 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_48);
        var_49 = wp::add(var_31, var_46);
    }
    var_50 = wp::where(var_34, var_49, var_31);
    // wp.atomic_add(out, row, r * r)                                                         <L 54>
    var_51 = wp::mul(var_50, var_50);
    // var_52 = wp::atomic_add(var_out, var_0, var_51);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_51, adj_out, adj_0, adj_51, adj_52);
    wp::adj_mul(var_50, var_50, adj_50, adj_50, adj_51);
    // adj: wp.atomic_add(out, row, r * r)                                                    <L 54>
    wp::adj_where(var_34, var_49, var_31, adj_34, adj_49, adj_31, adj_50);
    if (var_34) {
        wp::adj_add(var_31, var_46, adj_31, adj_46, adj_49);
        wp::adj_mul(var_47, var_48, adj_42, adj_45, adj_46);
        wp::adj_address(var_x, var_0, var_44, adj_x, adj_0, adj_44, adj_45);
        wp::adj_add(var_1, var_43, adj_1, adj_43, adj_44);
        wp::adj_address(var_c, var_0, var_1, adj_c, adj_0, adj_1, adj_42);
        wp::adj_mul(var_40, var_41, adj_35, adj_38, adj_39);
        wp::adj_address(var_x, var_0, var_37, adj_x, adj_0, adj_37, adj_38);
        wp::adj_add(var_1, var_36, adj_1, adj_36, adj_37);
        wp::adj_address(var_c, var_0, var_1, adj_c, adj_0, adj_1, adj_35);
        // adj: r += c[row, i] * x[row, i + 1]                                                <L 53>
    }
    wp::adj_sub(var_4, var_32, adj_4, adj_32, adj_33);
    // adj: if i < n - 1:                                                                     <L 52>
    wp::adj_where(var_15, var_30, var_12, adj_15, adj_30, adj_12, adj_31);
    if (var_15) {
        wp::adj_add(var_12, var_27, adj_12, adj_27, adj_30);
        wp::adj_mul(var_28, var_29, adj_23, adj_26, adj_27);
        wp::adj_address(var_x, var_0, var_25, adj_x, adj_0, adj_25, adj_26);
        wp::adj_sub(var_1, var_24, adj_1, adj_24, adj_25);
        wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_23);
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
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_b.shape = adj_2;
    // adj: n = b.shape[1]                                                                    <L 48>
    // adj: row, i = wp.tid()                                                                 <L 47>
    // adj: def residual_norm(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64), c: wp.array2d(dtype=wp.float64), d: wp.array2d(dtype=wp.float64), x: wp.array2d(dtype=wp.float64), out: wp.array(dtype=wp.float64)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void residual_norm_50b88607_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_residual_norm_50b88607 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        residual_norm_50b88607_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void residual_norm_50b88607_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_residual_norm_50b88607 *_wp_args,
    wp_args_residual_norm_50b88607 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        residual_norm_50b88607_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

