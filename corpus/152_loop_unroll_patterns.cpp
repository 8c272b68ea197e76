#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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


// corpus/152_loop_unroll_patterns.py:8
static wp::float32 tap_weight_0(
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def tap_weight(k: int) -> float:                                                       <L 9>
    // return 1.0 / float(k + 1)                                                              <L 10>
    var_2 = wp::add(var_k, var_1);
    var_3 = wp::float(var_2);
    var_4 = wp::div(var_0, var_3);
    return var_4;
}


// corpus/152_loop_unroll_patterns.py:8
static void adj_tap_weight_0(
    wp::int32 var_k,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def tap_weight(k: int) -> float:                                                       <L 9>
    // return 1.0 / float(k + 1)                                                              <L 10>
    var_2 = wp::add(var_k, var_1);
    var_3 = wp::float(var_2);
    var_4 = wp::div(var_0, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_div(var_0, var_3, var_4, adj_0, adj_3, adj_4);
    wp::adj_float(var_2, adj_2, adj_3);
    wp::adj_add(var_k, var_1, adj_k, adj_1, adj_2);
    // adj: return 1.0 / float(k + 1)                                                         <L 10>
    // adj: def tap_weight(k: int) -> float:                                                  <L 9>
    return;
}

struct wp_args_fir_filter_e0665b57 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void fir_filter_e0665b57_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fir_filter_e0665b57 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
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
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 3;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    bool var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 4;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    wp::float32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // forward
    // def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):                    <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 16>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // acc = float(0.0)                                                                       <L 17>
    var_6 = wp::float(var_5);
    // for k in range(N_TAPS):                                                                <L 18>
    // j = i - k                                                                              <L 19>
    var_8 = wp::sub(var_0, var_7);
    // if j >= 0:                                                                             <L 20>
    var_10 = (var_8 >= var_9);
    if (var_10) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_11 = tap_weight_0(var_7);
        var_12 = wp::address(var_x, var_8);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_11, var_14);
        var_15 = wp::add(var_6, var_13);
    }
    var_16 = wp::where(var_10, var_15, var_6);
    // j = i - k                                                                              <L 19>
    var_18 = wp::sub(var_0, var_17);
    // if j >= 0:                                                                             <L 20>
    var_20 = (var_18 >= var_19);
    if (var_20) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_21 = tap_weight_0(var_17);
        var_22 = wp::address(var_x, var_18);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
        var_25 = wp::add(var_16, var_23);
    }
    var_26 = wp::where(var_20, var_25, var_16);
    // j = i - k                                                                              <L 19>
    var_28 = wp::sub(var_0, var_27);
    // if j >= 0:                                                                             <L 20>
    var_30 = (var_28 >= var_29);
    if (var_30) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_31 = tap_weight_0(var_27);
        var_32 = wp::address(var_x, var_28);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_31, var_34);
        var_35 = wp::add(var_26, var_33);
    }
    var_36 = wp::where(var_30, var_35, var_26);
    // j = i - k                                                                              <L 19>
    var_38 = wp::sub(var_0, var_37);
    // if j >= 0:                                                                             <L 20>
    var_40 = (var_38 >= var_39);
    if (var_40) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_41 = tap_weight_0(var_37);
        var_42 = wp::address(var_x, var_38);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_41, var_44);
        var_45 = wp::add(var_36, var_43);
    }
    var_46 = wp::where(var_40, var_45, var_36);
    // j = i - k                                                                              <L 19>
    var_48 = wp::sub(var_0, var_47);
    // if j >= 0:                                                                             <L 20>
    var_50 = (var_48 >= var_49);
    if (var_50) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_51 = tap_weight_0(var_47);
        var_52 = wp::address(var_x, var_48);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_51, var_54);
        var_55 = wp::add(var_46, var_53);
    }
    var_56 = wp::where(var_50, var_55, var_46);
    // y[i] = acc                                                                             <L 22>
    wp::array_store(var_y, var_0, var_56);
}



void fir_filter_e0665b57_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fir_filter_e0665b57 *_wp_args,
    wp_args_fir_filter_e0665b57 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
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
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 3;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    bool var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 4;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    wp::float32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
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
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    //---------
    // forward
    // def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):                    <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 16>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // acc = float(0.0)                                                                       <L 17>
    var_6 = wp::float(var_5);
    // for k in range(N_TAPS):                                                                <L 18>
    // j = i - k                                                                              <L 19>
    var_8 = wp::sub(var_0, var_7);
    // if j >= 0:                                                                             <L 20>
    var_10 = (var_8 >= var_9);
    if (var_10) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_11 = tap_weight_0(var_7);
        var_12 = wp::address(var_x, var_8);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_11, var_14);
        var_15 = wp::add(var_6, var_13);
    }
    var_16 = wp::where(var_10, var_15, var_6);
    // j = i - k                                                                              <L 19>
    var_18 = wp::sub(var_0, var_17);
    // if j >= 0:                                                                             <L 20>
    var_20 = (var_18 >= var_19);
    if (var_20) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_21 = tap_weight_0(var_17);
        var_22 = wp::address(var_x, var_18);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
        var_25 = wp::add(var_16, var_23);
    }
    var_26 = wp::where(var_20, var_25, var_16);
    // j = i - k                                                                              <L 19>
    var_28 = wp::sub(var_0, var_27);
    // if j >= 0:                                                                             <L 20>
    var_30 = (var_28 >= var_29);
    if (var_30) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_31 = tap_weight_0(var_27);
        var_32 = wp::address(var_x, var_28);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_31, var_34);
        var_35 = wp::add(var_26, var_33);
    }
    var_36 = wp::where(var_30, var_35, var_26);
    // j = i - k                                                                              <L 19>
    var_38 = wp::sub(var_0, var_37);
    // if j >= 0:                                                                             <L 20>
    var_40 = (var_38 >= var_39);
    if (var_40) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_41 = tap_weight_0(var_37);
        var_42 = wp::address(var_x, var_38);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_41, var_44);
        var_45 = wp::add(var_36, var_43);
    }
    var_46 = wp::where(var_40, var_45, var_36);
    // j = i - k                                                                              <L 19>
    var_48 = wp::sub(var_0, var_47);
    // if j >= 0:                                                                             <L 20>
    var_50 = (var_48 >= var_49);
    if (var_50) {
        // acc += tap_weight(k) * x[j]                                                        <L 21>
        var_51 = tap_weight_0(var_47);
        var_52 = wp::address(var_x, var_48);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_51, var_54);
        var_55 = wp::add(var_46, var_53);
    }
    var_56 = wp::where(var_50, var_55, var_46);
    // y[i] = acc                                                                             <L 22>
    // wp::array_store(var_y, var_0, var_56);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_56, adj_y, adj_0, adj_56);
    // adj: y[i] = acc                                                                        <L 22>
    wp::adj_where(var_50, var_55, var_46, adj_50, adj_55, adj_46, adj_56);
    if (var_50) {
        wp::adj_add(var_46, var_53, adj_46, adj_53, adj_55);
        wp::adj_mul(var_51, var_54, adj_51, adj_52, adj_53);
        wp::adj_address(var_x, var_48, adj_x, adj_48, adj_52);
        adj_tap_weight_0(var_47, adj_47, adj_51);
        // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
    }
    // adj: if j >= 0:                                                                        <L 20>
    wp::adj_sub(var_0, var_47, adj_0, adj_47, adj_48);
    // adj: j = i - k                                                                         <L 19>
    wp::adj_where(var_40, var_45, var_36, adj_40, adj_45, adj_36, adj_46);
    if (var_40) {
        wp::adj_add(var_36, var_43, adj_36, adj_43, adj_45);
        wp::adj_mul(var_41, var_44, adj_41, adj_42, adj_43);
        wp::adj_address(var_x, var_38, adj_x, adj_38, adj_42);
        adj_tap_weight_0(var_37, adj_37, adj_41);
        // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
    }
    // adj: if j >= 0:                                                                        <L 20>
    wp::adj_sub(var_0, var_37, adj_0, adj_37, adj_38);
    // adj: j = i - k                                                                         <L 19>
    wp::adj_where(var_30, var_35, var_26, adj_30, adj_35, adj_26, adj_36);
    if (var_30) {
        wp::adj_add(var_26, var_33, adj_26, adj_33, adj_35);
        wp::adj_mul(var_31, var_34, adj_31, adj_32, adj_33);
        wp::adj_address(var_x, var_28, adj_x, adj_28, adj_32);
        adj_tap_weight_0(var_27, adj_27, adj_31);
        // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
    }
    // adj: if j >= 0:                                                                        <L 20>
    wp::adj_sub(var_0, var_27, adj_0, adj_27, adj_28);
    // adj: j = i - k                                                                         <L 19>
    wp::adj_where(var_20, var_25, var_16, adj_20, adj_25, adj_16, adj_26);
    if (var_20) {
        wp::adj_add(var_16, var_23, adj_16, adj_23, adj_25);
        wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
        wp::adj_address(var_x, var_18, adj_x, adj_18, adj_22);
        adj_tap_weight_0(var_17, adj_17, adj_21);
        // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
    }
    // adj: if j >= 0:                                                                        <L 20>
    wp::adj_sub(var_0, var_17, adj_0, adj_17, adj_18);
    // adj: j = i - k                                                                         <L 19>
    wp::adj_where(var_10, var_15, var_6, adj_10, adj_15, adj_6, adj_16);
    if (var_10) {
        wp::adj_add(var_6, var_13, adj_6, adj_13, adj_15);
        wp::adj_mul(var_11, var_14, adj_11, adj_12, adj_13);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_12);
        adj_tap_weight_0(var_7, adj_7, adj_11);
        // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
    }
    // adj: if j >= 0:                                                                        <L 20>
    wp::adj_sub(var_0, var_7, adj_0, adj_7, adj_8);
    // adj: j = i - k                                                                         <L 19>
    // adj: for k in range(N_TAPS):                                                           <L 18>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: acc = float(0.0)                                                                  <L 17>
    adj_x.shape = adj_1;
    // adj: n = x.shape[0]                                                                    <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):               <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fir_filter_e0665b57_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fir_filter_e0665b57 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fir_filter_e0665b57_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fir_filter_e0665b57_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fir_filter_e0665b57 *_wp_args,
    wp_args_fir_filter_e0665b57 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fir_filter_e0665b57_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_big_loop_7043be11 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void big_loop_7043be11_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_big_loop_7043be11 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 24;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                      <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 28>
    var_2 = wp::float(var_1);
    // for k in range(N_BIG):                                                                 <L 29>
    var_4 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // acc += x[(i + k) % x.shape[0]] * float(k)                                          <L 30>
        var_6 = wp::add(var_0, var_5);
        var_7 = &(var_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_6, var_9);
        var_12 = wp::address(var_x, var_11);
        var_13 = wp::float(var_5);
        var_15 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_13);
        var_16 = wp::add(var_2, var_14);
        wp::assign(var_2, var_16);
        goto start_for_0;
    end_for_0:;
    // y[i] = acc                                                                             <L 31>
    wp::array_store(var_y, var_0, var_2);
}



void big_loop_7043be11_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_big_loop_7043be11 *_wp_args,
    wp_args_big_loop_7043be11 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 24;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                      <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 28>
    var_2 = wp::float(var_1);
    // for k in range(N_BIG):                                                                 <L 29>
    var_4 = wp::range(var_3);
    // y[i] = acc                                                                             <L 31>
    // wp::array_store(var_y, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_2, adj_y, adj_0, adj_2);
    // adj: y[i] = acc                                                                        <L 31>
    var_4 = wp::iter_reverse(var_4);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
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
        // acc += x[(i + k) % x.shape[0]] * float(k)                                          <L 30>
        var_6 = wp::add(var_0, var_5);
        var_7 = &(var_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_6, var_9);
        var_12 = wp::address(var_x, var_11);
        var_13 = wp::float(var_5);
        var_15 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_13);
        var_16 = wp::add(var_2, var_14);
        wp::assign(var_2, var_16);
        wp::adj_assign(var_2, var_16, adj_2, adj_16);
        wp::adj_add(var_2, var_14, adj_2, adj_14, adj_16);
        wp::adj_mul(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_float(var_5, adj_5, adj_13);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_12);
        wp::adj_mod(var_6, var_9, adj_6, adj_9, adj_11);
        adj_x.shape = adj_7;
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: acc += x[(i + k) % x.shape[0]] * float(k)                                     <L 30>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(N_BIG):                                                            <L 29>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: acc = float(0.0)                                                                  <L 28>
    // adj: i = wp.tid()                                                                      <L 27>
    // adj: def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void big_loop_7043be11_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_big_loop_7043be11 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        big_loop_7043be11_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void big_loop_7043be11_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_big_loop_7043be11 *_wp_args,
    wp_args_big_loop_7043be11 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        big_loop_7043be11_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_stepped_loops_fdff76c2 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void stepped_loops_fdff76c2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stepped_loops_fdff76c2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 6;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 9;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 10;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 8;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 6;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 4;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::float32 var_41 = 1.0;
    const wp::float32 var_42 = 0.1;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 3;
    const wp::float32 var_48 = 1.0;
    const wp::float32 var_49 = 0.1;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 4;
    const wp::float32 var_55 = 1.0;
    const wp::float32 var_56 = 0.1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    //---------
    // forward
    // def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 37>
    var_2 = wp::float(var_1);
    // for k in range(0, 10, STEP):                                                           <L 38>
    // acc += float(k)                                                                        <L 39>
    var_4 = wp::float(var_3);
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::float(var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::float(var_9);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::float(var_12);
    var_14 = wp::add(var_11, var_13);
    // for k in range(10, 0, -2):                                                             <L 40>
    // acc -= float(k) * 0.5                                                                  <L 41>
    var_16 = wp::float(var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::sub(var_14, var_18);
    var_21 = wp::float(var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    var_26 = wp::float(var_25);
    var_28 = wp::mul(var_26, var_27);
    var_29 = wp::sub(var_24, var_28);
    var_31 = wp::float(var_30);
    var_33 = wp::mul(var_31, var_32);
    var_34 = wp::sub(var_29, var_33);
    var_36 = wp::float(var_35);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::sub(var_34, var_38);
    // for k in range(2, 5):                                                                  <L 42>
    // acc *= 1.0 + 0.1 * float(k)                                                            <L 43>
    var_43 = wp::float(var_40);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::add(var_41, var_44);
    var_46 = wp::mul(var_39, var_45);
    var_50 = wp::float(var_47);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::add(var_48, var_51);
    var_53 = wp::mul(var_46, var_52);
    var_57 = wp::float(var_54);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::add(var_55, var_58);
    var_60 = wp::mul(var_53, var_59);
    // y[i] = x[i] + acc                                                                      <L 44>
    var_61 = wp::address(var_x, var_0);
    var_63 = wp::load(var_61);
    var_62 = wp::add(var_63, var_60);
    wp::array_store(var_y, var_0, var_62);
}



void stepped_loops_fdff76c2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stepped_loops_fdff76c2 *_wp_args,
    wp_args_stepped_loops_fdff76c2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 6;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 9;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 10;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 8;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 6;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 4;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::float32 var_41 = 1.0;
    const wp::float32 var_42 = 0.1;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 3;
    const wp::float32 var_48 = 1.0;
    const wp::float32 var_49 = 0.1;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::int32 var_54 = 4;
    const wp::float32 var_55 = 1.0;
    const wp::float32 var_56 = 0.1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
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
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
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
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    //---------
    // forward
    // def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 37>
    var_2 = wp::float(var_1);
    // for k in range(0, 10, STEP):                                                           <L 38>
    // acc += float(k)                                                                        <L 39>
    var_4 = wp::float(var_3);
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::float(var_6);
    var_8 = wp::add(var_5, var_7);
    var_10 = wp::float(var_9);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::float(var_12);
    var_14 = wp::add(var_11, var_13);
    // for k in range(10, 0, -2):                                                             <L 40>
    // acc -= float(k) * 0.5                                                                  <L 41>
    var_16 = wp::float(var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::sub(var_14, var_18);
    var_21 = wp::float(var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    var_26 = wp::float(var_25);
    var_28 = wp::mul(var_26, var_27);
    var_29 = wp::sub(var_24, var_28);
    var_31 = wp::float(var_30);
    var_33 = wp::mul(var_31, var_32);
    var_34 = wp::sub(var_29, var_33);
    var_36 = wp::float(var_35);
    var_38 = wp::mul(var_36, var_37);
    var_39 = wp::sub(var_34, var_38);
    // for k in range(2, 5):                                                                  <L 42>
    // acc *= 1.0 + 0.1 * float(k)                                                            <L 43>
    var_43 = wp::float(var_40);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::add(var_41, var_44);
    var_46 = wp::mul(var_39, var_45);
    var_50 = wp::float(var_47);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::add(var_48, var_51);
    var_53 = wp::mul(var_46, var_52);
    var_57 = wp::float(var_54);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::add(var_55, var_58);
    var_60 = wp::mul(var_53, var_59);
    // y[i] = x[i] + acc                                                                      <L 44>
    var_61 = wp::address(var_x, var_0);
    var_63 = wp::load(var_61);
    var_62 = wp::add(var_63, var_60);
    // wp::array_store(var_y, var_0, var_62);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_62, adj_y, adj_0, adj_62);
    wp::adj_add(var_63, var_60, adj_61, adj_60, adj_62);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_61);
    // adj: y[i] = x[i] + acc                                                                 <L 44>
    wp::adj_mul(var_53, var_59, adj_53, adj_59, adj_60);
    wp::adj_add(var_55, var_58, adj_55, adj_58, adj_59);
    wp::adj_mul(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_float(var_54, adj_54, adj_57);
    wp::adj_mul(var_46, var_52, adj_46, adj_52, adj_53);
    wp::adj_add(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_mul(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_float(var_47, adj_47, adj_50);
    wp::adj_mul(var_39, var_45, adj_39, adj_45, adj_46);
    wp::adj_add(var_41, var_44, adj_41, adj_44, adj_45);
    wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
    wp::adj_float(var_40, adj_40, adj_43);
    // adj: acc *= 1.0 + 0.1 * float(k)                                                       <L 43>
    // adj: for k in range(2, 5):                                                             <L 42>
    wp::adj_sub(var_34, var_38, adj_34, adj_38, adj_39);
    wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_float(var_35, adj_35, adj_36);
    wp::adj_sub(var_29, var_33, adj_29, adj_33, adj_34);
    wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_float(var_30, adj_30, adj_31);
    wp::adj_sub(var_24, var_28, adj_24, adj_28, adj_29);
    wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_float(var_25, adj_25, adj_26);
    wp::adj_sub(var_19, var_23, adj_19, adj_23, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_float(var_20, adj_20, adj_21);
    wp::adj_sub(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: acc -= float(k) * 0.5                                                             <L 41>
    // adj: for k in range(10, 0, -2):                                                        <L 40>
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_float(var_12, adj_12, adj_13);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_float(var_9, adj_9, adj_10);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_float(var_6, adj_6, adj_7);
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: acc += float(k)                                                                   <L 39>
    // adj: for k in range(0, 10, STEP):                                                      <L 38>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: acc = float(0.0)                                                                  <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):            <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void stepped_loops_fdff76c2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stepped_loops_fdff76c2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stepped_loops_fdff76c2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void stepped_loops_fdff76c2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stepped_loops_fdff76c2 *_wp_args,
    wp_args_stepped_loops_fdff76c2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stepped_loops_fdff76c2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_unrolled_with_break_8b413439 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::int32> y;
};


void unrolled_with_break_8b413439_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_with_break_8b413439 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = -1;
    wp::int32 var_2;
    const wp::int32 var_3 = 8;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = 0.5;
    bool var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 6;
    wp::range_t var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::int32 var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 100;
    wp::int32 var_38;
    wp::int32 var_39;
    //---------
    // forward
    // def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):             <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // found = int(-1)                                                                        <L 50>
    var_2 = wp::int(var_1);
    // for k in range(8):                                                                     <L 51>
    var_4 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // if x[(i + k) % x.shape[0]] > 0.5:                                                  <L 52>
        var_6 = wp::add(var_0, var_5);
        var_7 = &(var_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_6, var_9);
        var_12 = wp::address(var_x, var_11);
        var_15 = wp::load(var_12);
        var_14 = (var_15 > var_13);
        if (var_14) {
            // found = k                                                                      <L 53>
            var_16 = wp::copy(var_5);
            // break                                                                          <L 54>
            wp::assign(var_2, var_16);
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
    // count = int(0)                                                                         <L 55>
    var_18 = wp::int(var_17);
    // for k in range(6):                                                                     <L 56>
    var_20 = wp::range(var_19);
    start_for_2:;
        if (iter_cmp(var_20) == 0) goto end_for_2;
        var_21 = wp::iter_next(var_20);
        // if k == 2:                                                                         <L 57>
        var_23 = (var_21 == var_22);
        if (var_23) {
            // continue                                                                       <L 58>
            goto start_for_2;
        }
        // if x[(i * k) % x.shape[0]] < 0.0:                                                  <L 59>
        var_24 = wp::mul(var_0, var_21);
        var_25 = &(var_x.shape);
        var_28 = wp::load(var_25);
        var_27 = wp::extract(var_28, var_26);
        var_29 = wp::mod(var_24, var_27);
        var_30 = wp::address(var_x, var_29);
        var_33 = wp::load(var_30);
        var_32 = (var_33 < var_31);
        if (var_32) {
            // count += 1                                                                     <L 60>
            var_35 = wp::add(var_18, var_34);
        }
        var_36 = wp::where(var_32, var_35, var_18);
        wp::assign(var_18, var_36);
        goto start_for_2;
    end_for_2:;
    // y[i] = found * 100 + count                                                             <L 61>
    var_38 = wp::mul(var_2, var_37);
    var_39 = wp::add(var_38, var_18);
    wp::array_store(var_y, var_0, var_39);
}



void unrolled_with_break_8b413439_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_with_break_8b413439 *_wp_args,
    wp_args_unrolled_with_break_8b413439 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = -1;
    wp::int32 var_2;
    const wp::int32 var_3 = 8;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = 0.5;
    bool var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 6;
    wp::range_t var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::int32 var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 100;
    wp::int32 var_38;
    wp::int32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::range_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    //---------
    // forward
    // def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):             <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // found = int(-1)                                                                        <L 50>
    var_2 = wp::int(var_1);
    // for k in range(8):                                                                     <L 51>
    var_4 = wp::range(var_3);
    // count = int(0)                                                                         <L 55>
    var_18 = wp::int(var_17);
    // for k in range(6):                                                                     <L 56>
    var_20 = wp::range(var_19);
    // y[i] = found * 100 + count                                                             <L 61>
    var_38 = wp::mul(var_2, var_37);
    var_39 = wp::add(var_38, var_18);
    // wp::array_store(var_y, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_39, adj_y, adj_0, adj_39);
    wp::adj_add(var_38, var_18, adj_38, adj_18, adj_39);
    wp::adj_mul(var_2, var_37, adj_2, adj_37, adj_38);
    // adj: y[i] = found * 100 + count                                                        <L 61>
    var_20 = wp::iter_reverse(var_20);
    start_for_2:;
        if (iter_cmp(var_20) == 0) goto end_for_2;
        var_21 = wp::iter_next(var_20);
    	adj_22 = {};
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
        // if k == 2:                                                                         <L 57>
        var_23 = (var_21 == var_22);
        if (var_23) {
            // continue                                                                       <L 58>
            goto start_for_2;
        }
        // if x[(i * k) % x.shape[0]] < 0.0:                                                  <L 59>
        var_24 = wp::mul(var_0, var_21);
        var_25 = &(var_x.shape);
        var_28 = wp::load(var_25);
        var_27 = wp::extract(var_28, var_26);
        var_29 = wp::mod(var_24, var_27);
        var_30 = wp::address(var_x, var_29);
        var_33 = wp::load(var_30);
        var_32 = (var_33 < var_31);
        if (var_32) {
            // count += 1                                                                     <L 60>
            var_35 = wp::add(var_18, var_34);
        }
        var_36 = wp::where(var_32, var_35, var_18);
        wp::assign(var_18, var_36);
        wp::adj_assign(var_18, var_36, adj_18, adj_36);
        wp::adj_where(var_32, var_35, var_18, adj_32, adj_35, adj_18, adj_36);
        if (var_32) {
            wp::adj_add(var_18, var_34, adj_18, adj_34, adj_35);
            // adj: count += 1                                                                <L 60>
        }
        wp::adj_address(var_x, var_29, adj_x, adj_29, adj_30);
        wp::adj_mod(var_24, var_27, adj_24, adj_27, adj_29);
        adj_x.shape = adj_25;
        wp::adj_mul(var_0, var_21, adj_0, adj_21, adj_24);
        // adj: if x[(i * k) % x.shape[0]] < 0.0:                                             <L 59>
        if (var_23) {
            // adj: continue                                                                  <L 58>
        }
        // adj: if k == 2:                                                                    <L 57>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in range(6):                                                                <L 56>
    // adj: count = int(0)                                                                    <L 55>
    var_4 = wp::iter_reverse(var_4);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
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
        // if x[(i + k) % x.shape[0]] > 0.5:                                                  <L 52>
        var_6 = wp::add(var_0, var_5);
        var_7 = &(var_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_6, var_9);
        var_12 = wp::address(var_x, var_11);
        var_15 = wp::load(var_12);
        var_14 = (var_15 > var_13);
        if (var_14) {
            // found = k                                                                      <L 53>
            var_16 = wp::copy(var_5);
            // break                                                                          <L 54>
            wp::assign(var_2, var_16);
            goto end_for_0;
        }
        if (var_14) {
            wp::adj_assign(var_2, var_16, adj_2, adj_16);
            // adj: break                                                                     <L 54>
            wp::adj_copy(var_5, adj_5, adj_16);
            // adj: found = k                                                                 <L 53>
        }
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_12);
        wp::adj_mod(var_6, var_9, adj_6, adj_9, adj_11);
        adj_x.shape = adj_7;
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: if x[(i + k) % x.shape[0]] > 0.5:                                             <L 52>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(8):                                                                <L 51>
    // adj: found = int(-1)                                                                   <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):        <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void unrolled_with_break_8b413439_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_with_break_8b413439 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        unrolled_with_break_8b413439_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void unrolled_with_break_8b413439_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_with_break_8b413439 *_wp_args,
    wp_args_unrolled_with_break_8b413439 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        unrolled_with_break_8b413439_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_nested_unrolled_445b8c4c {
    wp::array_t<wp::mat_t<4, 4, wp::float32>> m;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> out;
};


void nested_unrolled_445b8c4c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_unrolled_445b8c4c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::mat_t<4, 4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    const wp::float32 var_30 = 0.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    const wp::float32 var_53 = 0.0;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 2;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 3;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::int32 var_75 = 3;
    const wp::float32 var_76 = 0.0;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 2;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 3;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    const wp::int32 var_99 = 0;
    const wp::float32 var_100 = 0.0;
    wp::float32 var_101;
    const wp::int32 var_102 = 0;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::int32 var_107 = 1;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::int32 var_112 = 2;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::int32 var_117 = 3;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    const wp::int32 var_122 = 1;
    const wp::float32 var_123 = 0.0;
    wp::float32 var_124;
    const wp::int32 var_125 = 0;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 1;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 2;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    const wp::int32 var_140 = 3;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 2;
    const wp::float32 var_146 = 0.0;
    wp::float32 var_147;
    const wp::int32 var_148 = 0;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::float32 var_152;
    const wp::int32 var_153 = 1;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 2;
    wp::float32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    const wp::int32 var_163 = 3;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
    const wp::int32 var_168 = 3;
    const wp::float32 var_169 = 0.0;
    wp::float32 var_170;
    const wp::int32 var_171 = 0;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::float32 var_174;
    wp::float32 var_175;
    const wp::int32 var_176 = 1;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::float32 var_179;
    wp::float32 var_180;
    const wp::int32 var_181 = 2;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    wp::float32 var_185;
    const wp::int32 var_186 = 3;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    const wp::int32 var_191 = 2;
    const wp::int32 var_192 = 0;
    const wp::float32 var_193 = 0.0;
    wp::float32 var_194;
    const wp::int32 var_195 = 0;
    wp::float32 var_196;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::float32 var_199;
    const wp::int32 var_200 = 1;
    wp::float32 var_201;
    wp::float32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    const wp::int32 var_205 = 2;
    wp::float32 var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    const wp::int32 var_210 = 3;
    wp::float32 var_211;
    wp::float32 var_212;
    wp::float32 var_213;
    wp::float32 var_214;
    const wp::int32 var_215 = 1;
    const wp::float32 var_216 = 0.0;
    wp::float32 var_217;
    const wp::int32 var_218 = 0;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    wp::float32 var_222;
    const wp::int32 var_223 = 1;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::float32 var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 2;
    wp::float32 var_229;
    wp::float32 var_230;
    wp::float32 var_231;
    wp::float32 var_232;
    const wp::int32 var_233 = 3;
    wp::float32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    const wp::int32 var_238 = 2;
    const wp::float32 var_239 = 0.0;
    wp::float32 var_240;
    const wp::int32 var_241 = 0;
    wp::float32 var_242;
    wp::float32 var_243;
    wp::float32 var_244;
    wp::float32 var_245;
    const wp::int32 var_246 = 1;
    wp::float32 var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    wp::float32 var_250;
    const wp::int32 var_251 = 2;
    wp::float32 var_252;
    wp::float32 var_253;
    wp::float32 var_254;
    wp::float32 var_255;
    const wp::int32 var_256 = 3;
    wp::float32 var_257;
    wp::float32 var_258;
    wp::float32 var_259;
    wp::float32 var_260;
    const wp::int32 var_261 = 3;
    const wp::float32 var_262 = 0.0;
    wp::float32 var_263;
    const wp::int32 var_264 = 0;
    wp::float32 var_265;
    wp::float32 var_266;
    wp::float32 var_267;
    wp::float32 var_268;
    const wp::int32 var_269 = 1;
    wp::float32 var_270;
    wp::float32 var_271;
    wp::float32 var_272;
    wp::float32 var_273;
    const wp::int32 var_274 = 2;
    wp::float32 var_275;
    wp::float32 var_276;
    wp::float32 var_277;
    wp::float32 var_278;
    const wp::int32 var_279 = 3;
    wp::float32 var_280;
    wp::float32 var_281;
    wp::float32 var_282;
    wp::float32 var_283;
    const wp::int32 var_284 = 3;
    const wp::int32 var_285 = 0;
    const wp::float32 var_286 = 0.0;
    wp::float32 var_287;
    const wp::int32 var_288 = 0;
    wp::float32 var_289;
    wp::float32 var_290;
    wp::float32 var_291;
    wp::float32 var_292;
    const wp::int32 var_293 = 1;
    wp::float32 var_294;
    wp::float32 var_295;
    wp::float32 var_296;
    wp::float32 var_297;
    const wp::int32 var_298 = 2;
    wp::float32 var_299;
    wp::float32 var_300;
    wp::float32 var_301;
    wp::float32 var_302;
    const wp::int32 var_303 = 3;
    wp::float32 var_304;
    wp::float32 var_305;
    wp::float32 var_306;
    wp::float32 var_307;
    const wp::int32 var_308 = 1;
    const wp::float32 var_309 = 0.0;
    wp::float32 var_310;
    const wp::int32 var_311 = 0;
    wp::float32 var_312;
    wp::float32 var_313;
    wp::float32 var_314;
    wp::float32 var_315;
    const wp::int32 var_316 = 1;
    wp::float32 var_317;
    wp::float32 var_318;
    wp::float32 var_319;
    wp::float32 var_320;
    const wp::int32 var_321 = 2;
    wp::float32 var_322;
    wp::float32 var_323;
    wp::float32 var_324;
    wp::float32 var_325;
    const wp::int32 var_326 = 3;
    wp::float32 var_327;
    wp::float32 var_328;
    wp::float32 var_329;
    wp::float32 var_330;
    const wp::int32 var_331 = 2;
    const wp::float32 var_332 = 0.0;
    wp::float32 var_333;
    const wp::int32 var_334 = 0;
    wp::float32 var_335;
    wp::float32 var_336;
    wp::float32 var_337;
    wp::float32 var_338;
    const wp::int32 var_339 = 1;
    wp::float32 var_340;
    wp::float32 var_341;
    wp::float32 var_342;
    wp::float32 var_343;
    const wp::int32 var_344 = 2;
    wp::float32 var_345;
    wp::float32 var_346;
    wp::float32 var_347;
    wp::float32 var_348;
    const wp::int32 var_349 = 3;
    wp::float32 var_350;
    wp::float32 var_351;
    wp::float32 var_352;
    wp::float32 var_353;
    const wp::int32 var_354 = 3;
    const wp::float32 var_355 = 0.0;
    wp::float32 var_356;
    const wp::int32 var_357 = 0;
    wp::float32 var_358;
    wp::float32 var_359;
    wp::float32 var_360;
    wp::float32 var_361;
    const wp::int32 var_362 = 1;
    wp::float32 var_363;
    wp::float32 var_364;
    wp::float32 var_365;
    wp::float32 var_366;
    const wp::int32 var_367 = 2;
    wp::float32 var_368;
    wp::float32 var_369;
    wp::float32 var_370;
    wp::float32 var_371;
    const wp::int32 var_372 = 3;
    wp::float32 var_373;
    wp::float32 var_374;
    wp::float32 var_375;
    wp::float32 var_376;
    //---------
    // forward
    // def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 67>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // B = wp.mat44()                                                                         <L 68>
    var_4 = wp::mat_t<4, 4, wp::float32>();
    // for r in range(4):                                                                     <L 69>
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_8 = wp::float(var_7);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_10 = wp::extract(var_2, var_5, var_9);
    var_11 = wp::extract(var_2, var_9, var_6);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::add(var_8, var_12);
    var_15 = wp::extract(var_2, var_5, var_14);
    var_16 = wp::extract(var_2, var_14, var_6);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::add(var_13, var_17);
    var_20 = wp::extract(var_2, var_5, var_19);
    var_21 = wp::extract(var_2, var_19, var_6);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_18, var_22);
    var_25 = wp::extract(var_2, var_5, var_24);
    var_26 = wp::extract(var_2, var_24, var_6);
    var_27 = wp::mul(var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_6, var_28);
    // s = float(0.0)                                                                         <L 71>
    var_31 = wp::float(var_30);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_33 = wp::extract(var_2, var_5, var_32);
    var_34 = wp::extract(var_2, var_32, var_29);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::add(var_31, var_35);
    var_38 = wp::extract(var_2, var_5, var_37);
    var_39 = wp::extract(var_2, var_37, var_29);
    var_40 = wp::mul(var_38, var_39);
    var_41 = wp::add(var_36, var_40);
    var_43 = wp::extract(var_2, var_5, var_42);
    var_44 = wp::extract(var_2, var_42, var_29);
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::add(var_41, var_45);
    var_48 = wp::extract(var_2, var_5, var_47);
    var_49 = wp::extract(var_2, var_47, var_29);
    var_50 = wp::mul(var_48, var_49);
    var_51 = wp::add(var_46, var_50);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_29, var_51);
    // s = float(0.0)                                                                         <L 71>
    var_54 = wp::float(var_53);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_56 = wp::extract(var_2, var_5, var_55);
    var_57 = wp::extract(var_2, var_55, var_52);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::add(var_54, var_58);
    var_61 = wp::extract(var_2, var_5, var_60);
    var_62 = wp::extract(var_2, var_60, var_52);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::add(var_59, var_63);
    var_66 = wp::extract(var_2, var_5, var_65);
    var_67 = wp::extract(var_2, var_65, var_52);
    var_68 = wp::mul(var_66, var_67);
    var_69 = wp::add(var_64, var_68);
    var_71 = wp::extract(var_2, var_5, var_70);
    var_72 = wp::extract(var_2, var_70, var_52);
    var_73 = wp::mul(var_71, var_72);
    var_74 = wp::add(var_69, var_73);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_52, var_74);
    // s = float(0.0)                                                                         <L 71>
    var_77 = wp::float(var_76);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_79 = wp::extract(var_2, var_5, var_78);
    var_80 = wp::extract(var_2, var_78, var_75);
    var_81 = wp::mul(var_79, var_80);
    var_82 = wp::add(var_77, var_81);
    var_84 = wp::extract(var_2, var_5, var_83);
    var_85 = wp::extract(var_2, var_83, var_75);
    var_86 = wp::mul(var_84, var_85);
    var_87 = wp::add(var_82, var_86);
    var_89 = wp::extract(var_2, var_5, var_88);
    var_90 = wp::extract(var_2, var_88, var_75);
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::add(var_87, var_91);
    var_94 = wp::extract(var_2, var_5, var_93);
    var_95 = wp::extract(var_2, var_93, var_75);
    var_96 = wp::mul(var_94, var_95);
    var_97 = wp::add(var_92, var_96);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_75, var_97);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_101 = wp::float(var_100);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_103 = wp::extract(var_2, var_98, var_102);
    var_104 = wp::extract(var_2, var_102, var_99);
    var_105 = wp::mul(var_103, var_104);
    var_106 = wp::add(var_101, var_105);
    var_108 = wp::extract(var_2, var_98, var_107);
    var_109 = wp::extract(var_2, var_107, var_99);
    var_110 = wp::mul(var_108, var_109);
    var_111 = wp::add(var_106, var_110);
    var_113 = wp::extract(var_2, var_98, var_112);
    var_114 = wp::extract(var_2, var_112, var_99);
    var_115 = wp::mul(var_113, var_114);
    var_116 = wp::add(var_111, var_115);
    var_118 = wp::extract(var_2, var_98, var_117);
    var_119 = wp::extract(var_2, var_117, var_99);
    var_120 = wp::mul(var_118, var_119);
    var_121 = wp::add(var_116, var_120);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_99, var_121);
    // s = float(0.0)                                                                         <L 71>
    var_124 = wp::float(var_123);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_126 = wp::extract(var_2, var_98, var_125);
    var_127 = wp::extract(var_2, var_125, var_122);
    var_128 = wp::mul(var_126, var_127);
    var_129 = wp::add(var_124, var_128);
    var_131 = wp::extract(var_2, var_98, var_130);
    var_132 = wp::extract(var_2, var_130, var_122);
    var_133 = wp::mul(var_131, var_132);
    var_134 = wp::add(var_129, var_133);
    var_136 = wp::extract(var_2, var_98, var_135);
    var_137 = wp::extract(var_2, var_135, var_122);
    var_138 = wp::mul(var_136, var_137);
    var_139 = wp::add(var_134, var_138);
    var_141 = wp::extract(var_2, var_98, var_140);
    var_142 = wp::extract(var_2, var_140, var_122);
    var_143 = wp::mul(var_141, var_142);
    var_144 = wp::add(var_139, var_143);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_122, var_144);
    // s = float(0.0)                                                                         <L 71>
    var_147 = wp::float(var_146);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_149 = wp::extract(var_2, var_98, var_148);
    var_150 = wp::extract(var_2, var_148, var_145);
    var_151 = wp::mul(var_149, var_150);
    var_152 = wp::add(var_147, var_151);
    var_154 = wp::extract(var_2, var_98, var_153);
    var_155 = wp::extract(var_2, var_153, var_145);
    var_156 = wp::mul(var_154, var_155);
    var_157 = wp::add(var_152, var_156);
    var_159 = wp::extract(var_2, var_98, var_158);
    var_160 = wp::extract(var_2, var_158, var_145);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_157, var_161);
    var_164 = wp::extract(var_2, var_98, var_163);
    var_165 = wp::extract(var_2, var_163, var_145);
    var_166 = wp::mul(var_164, var_165);
    var_167 = wp::add(var_162, var_166);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_145, var_167);
    // s = float(0.0)                                                                         <L 71>
    var_170 = wp::float(var_169);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_172 = wp::extract(var_2, var_98, var_171);
    var_173 = wp::extract(var_2, var_171, var_168);
    var_174 = wp::mul(var_172, var_173);
    var_175 = wp::add(var_170, var_174);
    var_177 = wp::extract(var_2, var_98, var_176);
    var_178 = wp::extract(var_2, var_176, var_168);
    var_179 = wp::mul(var_177, var_178);
    var_180 = wp::add(var_175, var_179);
    var_182 = wp::extract(var_2, var_98, var_181);
    var_183 = wp::extract(var_2, var_181, var_168);
    var_184 = wp::mul(var_182, var_183);
    var_185 = wp::add(var_180, var_184);
    var_187 = wp::extract(var_2, var_98, var_186);
    var_188 = wp::extract(var_2, var_186, var_168);
    var_189 = wp::mul(var_187, var_188);
    var_190 = wp::add(var_185, var_189);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_168, var_190);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_194 = wp::float(var_193);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_196 = wp::extract(var_2, var_191, var_195);
    var_197 = wp::extract(var_2, var_195, var_192);
    var_198 = wp::mul(var_196, var_197);
    var_199 = wp::add(var_194, var_198);
    var_201 = wp::extract(var_2, var_191, var_200);
    var_202 = wp::extract(var_2, var_200, var_192);
    var_203 = wp::mul(var_201, var_202);
    var_204 = wp::add(var_199, var_203);
    var_206 = wp::extract(var_2, var_191, var_205);
    var_207 = wp::extract(var_2, var_205, var_192);
    var_208 = wp::mul(var_206, var_207);
    var_209 = wp::add(var_204, var_208);
    var_211 = wp::extract(var_2, var_191, var_210);
    var_212 = wp::extract(var_2, var_210, var_192);
    var_213 = wp::mul(var_211, var_212);
    var_214 = wp::add(var_209, var_213);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_192, var_214);
    // s = float(0.0)                                                                         <L 71>
    var_217 = wp::float(var_216);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_219 = wp::extract(var_2, var_191, var_218);
    var_220 = wp::extract(var_2, var_218, var_215);
    var_221 = wp::mul(var_219, var_220);
    var_222 = wp::add(var_217, var_221);
    var_224 = wp::extract(var_2, var_191, var_223);
    var_225 = wp::extract(var_2, var_223, var_215);
    var_226 = wp::mul(var_224, var_225);
    var_227 = wp::add(var_222, var_226);
    var_229 = wp::extract(var_2, var_191, var_228);
    var_230 = wp::extract(var_2, var_228, var_215);
    var_231 = wp::mul(var_229, var_230);
    var_232 = wp::add(var_227, var_231);
    var_234 = wp::extract(var_2, var_191, var_233);
    var_235 = wp::extract(var_2, var_233, var_215);
    var_236 = wp::mul(var_234, var_235);
    var_237 = wp::add(var_232, var_236);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_215, var_237);
    // s = float(0.0)                                                                         <L 71>
    var_240 = wp::float(var_239);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_242 = wp::extract(var_2, var_191, var_241);
    var_243 = wp::extract(var_2, var_241, var_238);
    var_244 = wp::mul(var_242, var_243);
    var_245 = wp::add(var_240, var_244);
    var_247 = wp::extract(var_2, var_191, var_246);
    var_248 = wp::extract(var_2, var_246, var_238);
    var_249 = wp::mul(var_247, var_248);
    var_250 = wp::add(var_245, var_249);
    var_252 = wp::extract(var_2, var_191, var_251);
    var_253 = wp::extract(var_2, var_251, var_238);
    var_254 = wp::mul(var_252, var_253);
    var_255 = wp::add(var_250, var_254);
    var_257 = wp::extract(var_2, var_191, var_256);
    var_258 = wp::extract(var_2, var_256, var_238);
    var_259 = wp::mul(var_257, var_258);
    var_260 = wp::add(var_255, var_259);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_238, var_260);
    // s = float(0.0)                                                                         <L 71>
    var_263 = wp::float(var_262);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_265 = wp::extract(var_2, var_191, var_264);
    var_266 = wp::extract(var_2, var_264, var_261);
    var_267 = wp::mul(var_265, var_266);
    var_268 = wp::add(var_263, var_267);
    var_270 = wp::extract(var_2, var_191, var_269);
    var_271 = wp::extract(var_2, var_269, var_261);
    var_272 = wp::mul(var_270, var_271);
    var_273 = wp::add(var_268, var_272);
    var_275 = wp::extract(var_2, var_191, var_274);
    var_276 = wp::extract(var_2, var_274, var_261);
    var_277 = wp::mul(var_275, var_276);
    var_278 = wp::add(var_273, var_277);
    var_280 = wp::extract(var_2, var_191, var_279);
    var_281 = wp::extract(var_2, var_279, var_261);
    var_282 = wp::mul(var_280, var_281);
    var_283 = wp::add(var_278, var_282);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_261, var_283);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_287 = wp::float(var_286);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_289 = wp::extract(var_2, var_284, var_288);
    var_290 = wp::extract(var_2, var_288, var_285);
    var_291 = wp::mul(var_289, var_290);
    var_292 = wp::add(var_287, var_291);
    var_294 = wp::extract(var_2, var_284, var_293);
    var_295 = wp::extract(var_2, var_293, var_285);
    var_296 = wp::mul(var_294, var_295);
    var_297 = wp::add(var_292, var_296);
    var_299 = wp::extract(var_2, var_284, var_298);
    var_300 = wp::extract(var_2, var_298, var_285);
    var_301 = wp::mul(var_299, var_300);
    var_302 = wp::add(var_297, var_301);
    var_304 = wp::extract(var_2, var_284, var_303);
    var_305 = wp::extract(var_2, var_303, var_285);
    var_306 = wp::mul(var_304, var_305);
    var_307 = wp::add(var_302, var_306);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_285, var_307);
    // s = float(0.0)                                                                         <L 71>
    var_310 = wp::float(var_309);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_312 = wp::extract(var_2, var_284, var_311);
    var_313 = wp::extract(var_2, var_311, var_308);
    var_314 = wp::mul(var_312, var_313);
    var_315 = wp::add(var_310, var_314);
    var_317 = wp::extract(var_2, var_284, var_316);
    var_318 = wp::extract(var_2, var_316, var_308);
    var_319 = wp::mul(var_317, var_318);
    var_320 = wp::add(var_315, var_319);
    var_322 = wp::extract(var_2, var_284, var_321);
    var_323 = wp::extract(var_2, var_321, var_308);
    var_324 = wp::mul(var_322, var_323);
    var_325 = wp::add(var_320, var_324);
    var_327 = wp::extract(var_2, var_284, var_326);
    var_328 = wp::extract(var_2, var_326, var_308);
    var_329 = wp::mul(var_327, var_328);
    var_330 = wp::add(var_325, var_329);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_308, var_330);
    // s = float(0.0)                                                                         <L 71>
    var_333 = wp::float(var_332);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_335 = wp::extract(var_2, var_284, var_334);
    var_336 = wp::extract(var_2, var_334, var_331);
    var_337 = wp::mul(var_335, var_336);
    var_338 = wp::add(var_333, var_337);
    var_340 = wp::extract(var_2, var_284, var_339);
    var_341 = wp::extract(var_2, var_339, var_331);
    var_342 = wp::mul(var_340, var_341);
    var_343 = wp::add(var_338, var_342);
    var_345 = wp::extract(var_2, var_284, var_344);
    var_346 = wp::extract(var_2, var_344, var_331);
    var_347 = wp::mul(var_345, var_346);
    var_348 = wp::add(var_343, var_347);
    var_350 = wp::extract(var_2, var_284, var_349);
    var_351 = wp::extract(var_2, var_349, var_331);
    var_352 = wp::mul(var_350, var_351);
    var_353 = wp::add(var_348, var_352);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_331, var_353);
    // s = float(0.0)                                                                         <L 71>
    var_356 = wp::float(var_355);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_358 = wp::extract(var_2, var_284, var_357);
    var_359 = wp::extract(var_2, var_357, var_354);
    var_360 = wp::mul(var_358, var_359);
    var_361 = wp::add(var_356, var_360);
    var_363 = wp::extract(var_2, var_284, var_362);
    var_364 = wp::extract(var_2, var_362, var_354);
    var_365 = wp::mul(var_363, var_364);
    var_366 = wp::add(var_361, var_365);
    var_368 = wp::extract(var_2, var_284, var_367);
    var_369 = wp::extract(var_2, var_367, var_354);
    var_370 = wp::mul(var_368, var_369);
    var_371 = wp::add(var_366, var_370);
    var_373 = wp::extract(var_2, var_284, var_372);
    var_374 = wp::extract(var_2, var_372, var_354);
    var_375 = wp::mul(var_373, var_374);
    var_376 = wp::add(var_371, var_375);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_354, var_376);
    // out[i] = B                                                                             <L 75>
    wp::array_store(var_out, var_0, var_4);
}



void nested_unrolled_445b8c4c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_unrolled_445b8c4c *_wp_args,
    wp_args_nested_unrolled_445b8c4c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::mat_t<4, 4, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    const wp::float32 var_30 = 0.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    const wp::float32 var_53 = 0.0;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 2;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 3;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::int32 var_75 = 3;
    const wp::float32 var_76 = 0.0;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 2;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    const wp::int32 var_93 = 3;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    const wp::int32 var_99 = 0;
    const wp::float32 var_100 = 0.0;
    wp::float32 var_101;
    const wp::int32 var_102 = 0;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::int32 var_107 = 1;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::int32 var_112 = 2;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::int32 var_117 = 3;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    const wp::int32 var_122 = 1;
    const wp::float32 var_123 = 0.0;
    wp::float32 var_124;
    const wp::int32 var_125 = 0;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 1;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 2;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    const wp::int32 var_140 = 3;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 2;
    const wp::float32 var_146 = 0.0;
    wp::float32 var_147;
    const wp::int32 var_148 = 0;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::float32 var_152;
    const wp::int32 var_153 = 1;
    wp::float32 var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 2;
    wp::float32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    const wp::int32 var_163 = 3;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
    const wp::int32 var_168 = 3;
    const wp::float32 var_169 = 0.0;
    wp::float32 var_170;
    const wp::int32 var_171 = 0;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::float32 var_174;
    wp::float32 var_175;
    const wp::int32 var_176 = 1;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::float32 var_179;
    wp::float32 var_180;
    const wp::int32 var_181 = 2;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    wp::float32 var_185;
    const wp::int32 var_186 = 3;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    const wp::int32 var_191 = 2;
    const wp::int32 var_192 = 0;
    const wp::float32 var_193 = 0.0;
    wp::float32 var_194;
    const wp::int32 var_195 = 0;
    wp::float32 var_196;
    wp::float32 var_197;
    wp::float32 var_198;
    wp::float32 var_199;
    const wp::int32 var_200 = 1;
    wp::float32 var_201;
    wp::float32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    const wp::int32 var_205 = 2;
    wp::float32 var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    const wp::int32 var_210 = 3;
    wp::float32 var_211;
    wp::float32 var_212;
    wp::float32 var_213;
    wp::float32 var_214;
    const wp::int32 var_215 = 1;
    const wp::float32 var_216 = 0.0;
    wp::float32 var_217;
    const wp::int32 var_218 = 0;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    wp::float32 var_222;
    const wp::int32 var_223 = 1;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::float32 var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 2;
    wp::float32 var_229;
    wp::float32 var_230;
    wp::float32 var_231;
    wp::float32 var_232;
    const wp::int32 var_233 = 3;
    wp::float32 var_234;
    wp::float32 var_235;
    wp::float32 var_236;
    wp::float32 var_237;
    const wp::int32 var_238 = 2;
    const wp::float32 var_239 = 0.0;
    wp::float32 var_240;
    const wp::int32 var_241 = 0;
    wp::float32 var_242;
    wp::float32 var_243;
    wp::float32 var_244;
    wp::float32 var_245;
    const wp::int32 var_246 = 1;
    wp::float32 var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    wp::float32 var_250;
    const wp::int32 var_251 = 2;
    wp::float32 var_252;
    wp::float32 var_253;
    wp::float32 var_254;
    wp::float32 var_255;
    const wp::int32 var_256 = 3;
    wp::float32 var_257;
    wp::float32 var_258;
    wp::float32 var_259;
    wp::float32 var_260;
    const wp::int32 var_261 = 3;
    const wp::float32 var_262 = 0.0;
    wp::float32 var_263;
    const wp::int32 var_264 = 0;
    wp::float32 var_265;
    wp::float32 var_266;
    wp::float32 var_267;
    wp::float32 var_268;
    const wp::int32 var_269 = 1;
    wp::float32 var_270;
    wp::float32 var_271;
    wp::float32 var_272;
    wp::float32 var_273;
    const wp::int32 var_274 = 2;
    wp::float32 var_275;
    wp::float32 var_276;
    wp::float32 var_277;
    wp::float32 var_278;
    const wp::int32 var_279 = 3;
    wp::float32 var_280;
    wp::float32 var_281;
    wp::float32 var_282;
    wp::float32 var_283;
    const wp::int32 var_284 = 3;
    const wp::int32 var_285 = 0;
    const wp::float32 var_286 = 0.0;
    wp::float32 var_287;
    const wp::int32 var_288 = 0;
    wp::float32 var_289;
    wp::float32 var_290;
    wp::float32 var_291;
    wp::float32 var_292;
    const wp::int32 var_293 = 1;
    wp::float32 var_294;
    wp::float32 var_295;
    wp::float32 var_296;
    wp::float32 var_297;
    const wp::int32 var_298 = 2;
    wp::float32 var_299;
    wp::float32 var_300;
    wp::float32 var_301;
    wp::float32 var_302;
    const wp::int32 var_303 = 3;
    wp::float32 var_304;
    wp::float32 var_305;
    wp::float32 var_306;
    wp::float32 var_307;
    const wp::int32 var_308 = 1;
    const wp::float32 var_309 = 0.0;
    wp::float32 var_310;
    const wp::int32 var_311 = 0;
    wp::float32 var_312;
    wp::float32 var_313;
    wp::float32 var_314;
    wp::float32 var_315;
    const wp::int32 var_316 = 1;
    wp::float32 var_317;
    wp::float32 var_318;
    wp::float32 var_319;
    wp::float32 var_320;
    const wp::int32 var_321 = 2;
    wp::float32 var_322;
    wp::float32 var_323;
    wp::float32 var_324;
    wp::float32 var_325;
    const wp::int32 var_326 = 3;
    wp::float32 var_327;
    wp::float32 var_328;
    wp::float32 var_329;
    wp::float32 var_330;
    const wp::int32 var_331 = 2;
    const wp::float32 var_332 = 0.0;
    wp::float32 var_333;
    const wp::int32 var_334 = 0;
    wp::float32 var_335;
    wp::float32 var_336;
    wp::float32 var_337;
    wp::float32 var_338;
    const wp::int32 var_339 = 1;
    wp::float32 var_340;
    wp::float32 var_341;
    wp::float32 var_342;
    wp::float32 var_343;
    const wp::int32 var_344 = 2;
    wp::float32 var_345;
    wp::float32 var_346;
    wp::float32 var_347;
    wp::float32 var_348;
    const wp::int32 var_349 = 3;
    wp::float32 var_350;
    wp::float32 var_351;
    wp::float32 var_352;
    wp::float32 var_353;
    const wp::int32 var_354 = 3;
    const wp::float32 var_355 = 0.0;
    wp::float32 var_356;
    const wp::int32 var_357 = 0;
    wp::float32 var_358;
    wp::float32 var_359;
    wp::float32 var_360;
    wp::float32 var_361;
    const wp::int32 var_362 = 1;
    wp::float32 var_363;
    wp::float32 var_364;
    wp::float32 var_365;
    wp::float32 var_366;
    const wp::int32 var_367 = 2;
    wp::float32 var_368;
    wp::float32 var_369;
    wp::float32 var_370;
    wp::float32 var_371;
    const wp::int32 var_372 = 3;
    wp::float32 var_373;
    wp::float32 var_374;
    wp::float32 var_375;
    wp::float32 var_376;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<4, 4, wp::float32> adj_1 = {};
    wp::mat_t<4, 4, wp::float32> adj_2 = {};
    wp::mat_t<4, 4, wp::float32> adj_3 = {};
    wp::mat_t<4, 4, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
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
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    wp::float32 adj_151 = {};
    wp::float32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float32 adj_155 = {};
    wp::float32 adj_156 = {};
    wp::float32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::float32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::float32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::float32 adj_169 = {};
    wp::float32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::float32 adj_172 = {};
    wp::float32 adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::int32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::float32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::float32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::float32 adj_189 = {};
    wp::float32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::float32 adj_193 = {};
    wp::float32 adj_194 = {};
    wp::int32 adj_195 = {};
    wp::float32 adj_196 = {};
    wp::float32 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::float32 adj_199 = {};
    wp::int32 adj_200 = {};
    wp::float32 adj_201 = {};
    wp::float32 adj_202 = {};
    wp::float32 adj_203 = {};
    wp::float32 adj_204 = {};
    wp::int32 adj_205 = {};
    wp::float32 adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::float32 adj_209 = {};
    wp::int32 adj_210 = {};
    wp::float32 adj_211 = {};
    wp::float32 adj_212 = {};
    wp::float32 adj_213 = {};
    wp::float32 adj_214 = {};
    wp::int32 adj_215 = {};
    wp::float32 adj_216 = {};
    wp::float32 adj_217 = {};
    wp::int32 adj_218 = {};
    wp::float32 adj_219 = {};
    wp::float32 adj_220 = {};
    wp::float32 adj_221 = {};
    wp::float32 adj_222 = {};
    wp::int32 adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float32 adj_225 = {};
    wp::float32 adj_226 = {};
    wp::float32 adj_227 = {};
    wp::int32 adj_228 = {};
    wp::float32 adj_229 = {};
    wp::float32 adj_230 = {};
    wp::float32 adj_231 = {};
    wp::float32 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::float32 adj_234 = {};
    wp::float32 adj_235 = {};
    wp::float32 adj_236 = {};
    wp::float32 adj_237 = {};
    wp::int32 adj_238 = {};
    wp::float32 adj_239 = {};
    wp::float32 adj_240 = {};
    wp::int32 adj_241 = {};
    wp::float32 adj_242 = {};
    wp::float32 adj_243 = {};
    wp::float32 adj_244 = {};
    wp::float32 adj_245 = {};
    wp::int32 adj_246 = {};
    wp::float32 adj_247 = {};
    wp::float32 adj_248 = {};
    wp::float32 adj_249 = {};
    wp::float32 adj_250 = {};
    wp::int32 adj_251 = {};
    wp::float32 adj_252 = {};
    wp::float32 adj_253 = {};
    wp::float32 adj_254 = {};
    wp::float32 adj_255 = {};
    wp::int32 adj_256 = {};
    wp::float32 adj_257 = {};
    wp::float32 adj_258 = {};
    wp::float32 adj_259 = {};
    wp::float32 adj_260 = {};
    wp::int32 adj_261 = {};
    wp::float32 adj_262 = {};
    wp::float32 adj_263 = {};
    wp::int32 adj_264 = {};
    wp::float32 adj_265 = {};
    wp::float32 adj_266 = {};
    wp::float32 adj_267 = {};
    wp::float32 adj_268 = {};
    wp::int32 adj_269 = {};
    wp::float32 adj_270 = {};
    wp::float32 adj_271 = {};
    wp::float32 adj_272 = {};
    wp::float32 adj_273 = {};
    wp::int32 adj_274 = {};
    wp::float32 adj_275 = {};
    wp::float32 adj_276 = {};
    wp::float32 adj_277 = {};
    wp::float32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::float32 adj_280 = {};
    wp::float32 adj_281 = {};
    wp::float32 adj_282 = {};
    wp::float32 adj_283 = {};
    wp::int32 adj_284 = {};
    wp::int32 adj_285 = {};
    wp::float32 adj_286 = {};
    wp::float32 adj_287 = {};
    wp::int32 adj_288 = {};
    wp::float32 adj_289 = {};
    wp::float32 adj_290 = {};
    wp::float32 adj_291 = {};
    wp::float32 adj_292 = {};
    wp::int32 adj_293 = {};
    wp::float32 adj_294 = {};
    wp::float32 adj_295 = {};
    wp::float32 adj_296 = {};
    wp::float32 adj_297 = {};
    wp::int32 adj_298 = {};
    wp::float32 adj_299 = {};
    wp::float32 adj_300 = {};
    wp::float32 adj_301 = {};
    wp::float32 adj_302 = {};
    wp::int32 adj_303 = {};
    wp::float32 adj_304 = {};
    wp::float32 adj_305 = {};
    wp::float32 adj_306 = {};
    wp::float32 adj_307 = {};
    wp::int32 adj_308 = {};
    wp::float32 adj_309 = {};
    wp::float32 adj_310 = {};
    wp::int32 adj_311 = {};
    wp::float32 adj_312 = {};
    wp::float32 adj_313 = {};
    wp::float32 adj_314 = {};
    wp::float32 adj_315 = {};
    wp::int32 adj_316 = {};
    wp::float32 adj_317 = {};
    wp::float32 adj_318 = {};
    wp::float32 adj_319 = {};
    wp::float32 adj_320 = {};
    wp::int32 adj_321 = {};
    wp::float32 adj_322 = {};
    wp::float32 adj_323 = {};
    wp::float32 adj_324 = {};
    wp::float32 adj_325 = {};
    wp::int32 adj_326 = {};
    wp::float32 adj_327 = {};
    wp::float32 adj_328 = {};
    wp::float32 adj_329 = {};
    wp::float32 adj_330 = {};
    wp::int32 adj_331 = {};
    wp::float32 adj_332 = {};
    wp::float32 adj_333 = {};
    wp::int32 adj_334 = {};
    wp::float32 adj_335 = {};
    wp::float32 adj_336 = {};
    wp::float32 adj_337 = {};
    wp::float32 adj_338 = {};
    wp::int32 adj_339 = {};
    wp::float32 adj_340 = {};
    wp::float32 adj_341 = {};
    wp::float32 adj_342 = {};
    wp::float32 adj_343 = {};
    wp::int32 adj_344 = {};
    wp::float32 adj_345 = {};
    wp::float32 adj_346 = {};
    wp::float32 adj_347 = {};
    wp::float32 adj_348 = {};
    wp::int32 adj_349 = {};
    wp::float32 adj_350 = {};
    wp::float32 adj_351 = {};
    wp::float32 adj_352 = {};
    wp::float32 adj_353 = {};
    wp::int32 adj_354 = {};
    wp::float32 adj_355 = {};
    wp::float32 adj_356 = {};
    wp::int32 adj_357 = {};
    wp::float32 adj_358 = {};
    wp::float32 adj_359 = {};
    wp::float32 adj_360 = {};
    wp::float32 adj_361 = {};
    wp::int32 adj_362 = {};
    wp::float32 adj_363 = {};
    wp::float32 adj_364 = {};
    wp::float32 adj_365 = {};
    wp::float32 adj_366 = {};
    wp::int32 adj_367 = {};
    wp::float32 adj_368 = {};
    wp::float32 adj_369 = {};
    wp::float32 adj_370 = {};
    wp::float32 adj_371 = {};
    wp::int32 adj_372 = {};
    wp::float32 adj_373 = {};
    wp::float32 adj_374 = {};
    wp::float32 adj_375 = {};
    wp::float32 adj_376 = {};
    //---------
    // forward
    // def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 67>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // B = wp.mat44()                                                                         <L 68>
    var_4 = wp::mat_t<4, 4, wp::float32>();
    // for r in range(4):                                                                     <L 69>
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_8 = wp::float(var_7);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_10 = wp::extract(var_2, var_5, var_9);
    var_11 = wp::extract(var_2, var_9, var_6);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::add(var_8, var_12);
    var_15 = wp::extract(var_2, var_5, var_14);
    var_16 = wp::extract(var_2, var_14, var_6);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::add(var_13, var_17);
    var_20 = wp::extract(var_2, var_5, var_19);
    var_21 = wp::extract(var_2, var_19, var_6);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_18, var_22);
    var_25 = wp::extract(var_2, var_5, var_24);
    var_26 = wp::extract(var_2, var_24, var_6);
    var_27 = wp::mul(var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_6, var_28);
    // s = float(0.0)                                                                         <L 71>
    var_31 = wp::float(var_30);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_33 = wp::extract(var_2, var_5, var_32);
    var_34 = wp::extract(var_2, var_32, var_29);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::add(var_31, var_35);
    var_38 = wp::extract(var_2, var_5, var_37);
    var_39 = wp::extract(var_2, var_37, var_29);
    var_40 = wp::mul(var_38, var_39);
    var_41 = wp::add(var_36, var_40);
    var_43 = wp::extract(var_2, var_5, var_42);
    var_44 = wp::extract(var_2, var_42, var_29);
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::add(var_41, var_45);
    var_48 = wp::extract(var_2, var_5, var_47);
    var_49 = wp::extract(var_2, var_47, var_29);
    var_50 = wp::mul(var_48, var_49);
    var_51 = wp::add(var_46, var_50);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_29, var_51);
    // s = float(0.0)                                                                         <L 71>
    var_54 = wp::float(var_53);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_56 = wp::extract(var_2, var_5, var_55);
    var_57 = wp::extract(var_2, var_55, var_52);
    var_58 = wp::mul(var_56, var_57);
    var_59 = wp::add(var_54, var_58);
    var_61 = wp::extract(var_2, var_5, var_60);
    var_62 = wp::extract(var_2, var_60, var_52);
    var_63 = wp::mul(var_61, var_62);
    var_64 = wp::add(var_59, var_63);
    var_66 = wp::extract(var_2, var_5, var_65);
    var_67 = wp::extract(var_2, var_65, var_52);
    var_68 = wp::mul(var_66, var_67);
    var_69 = wp::add(var_64, var_68);
    var_71 = wp::extract(var_2, var_5, var_70);
    var_72 = wp::extract(var_2, var_70, var_52);
    var_73 = wp::mul(var_71, var_72);
    var_74 = wp::add(var_69, var_73);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_52, var_74);
    // s = float(0.0)                                                                         <L 71>
    var_77 = wp::float(var_76);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_79 = wp::extract(var_2, var_5, var_78);
    var_80 = wp::extract(var_2, var_78, var_75);
    var_81 = wp::mul(var_79, var_80);
    var_82 = wp::add(var_77, var_81);
    var_84 = wp::extract(var_2, var_5, var_83);
    var_85 = wp::extract(var_2, var_83, var_75);
    var_86 = wp::mul(var_84, var_85);
    var_87 = wp::add(var_82, var_86);
    var_89 = wp::extract(var_2, var_5, var_88);
    var_90 = wp::extract(var_2, var_88, var_75);
    var_91 = wp::mul(var_89, var_90);
    var_92 = wp::add(var_87, var_91);
    var_94 = wp::extract(var_2, var_5, var_93);
    var_95 = wp::extract(var_2, var_93, var_75);
    var_96 = wp::mul(var_94, var_95);
    var_97 = wp::add(var_92, var_96);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_5, var_75, var_97);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_101 = wp::float(var_100);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_103 = wp::extract(var_2, var_98, var_102);
    var_104 = wp::extract(var_2, var_102, var_99);
    var_105 = wp::mul(var_103, var_104);
    var_106 = wp::add(var_101, var_105);
    var_108 = wp::extract(var_2, var_98, var_107);
    var_109 = wp::extract(var_2, var_107, var_99);
    var_110 = wp::mul(var_108, var_109);
    var_111 = wp::add(var_106, var_110);
    var_113 = wp::extract(var_2, var_98, var_112);
    var_114 = wp::extract(var_2, var_112, var_99);
    var_115 = wp::mul(var_113, var_114);
    var_116 = wp::add(var_111, var_115);
    var_118 = wp::extract(var_2, var_98, var_117);
    var_119 = wp::extract(var_2, var_117, var_99);
    var_120 = wp::mul(var_118, var_119);
    var_121 = wp::add(var_116, var_120);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_99, var_121);
    // s = float(0.0)                                                                         <L 71>
    var_124 = wp::float(var_123);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_126 = wp::extract(var_2, var_98, var_125);
    var_127 = wp::extract(var_2, var_125, var_122);
    var_128 = wp::mul(var_126, var_127);
    var_129 = wp::add(var_124, var_128);
    var_131 = wp::extract(var_2, var_98, var_130);
    var_132 = wp::extract(var_2, var_130, var_122);
    var_133 = wp::mul(var_131, var_132);
    var_134 = wp::add(var_129, var_133);
    var_136 = wp::extract(var_2, var_98, var_135);
    var_137 = wp::extract(var_2, var_135, var_122);
    var_138 = wp::mul(var_136, var_137);
    var_139 = wp::add(var_134, var_138);
    var_141 = wp::extract(var_2, var_98, var_140);
    var_142 = wp::extract(var_2, var_140, var_122);
    var_143 = wp::mul(var_141, var_142);
    var_144 = wp::add(var_139, var_143);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_122, var_144);
    // s = float(0.0)                                                                         <L 71>
    var_147 = wp::float(var_146);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_149 = wp::extract(var_2, var_98, var_148);
    var_150 = wp::extract(var_2, var_148, var_145);
    var_151 = wp::mul(var_149, var_150);
    var_152 = wp::add(var_147, var_151);
    var_154 = wp::extract(var_2, var_98, var_153);
    var_155 = wp::extract(var_2, var_153, var_145);
    var_156 = wp::mul(var_154, var_155);
    var_157 = wp::add(var_152, var_156);
    var_159 = wp::extract(var_2, var_98, var_158);
    var_160 = wp::extract(var_2, var_158, var_145);
    var_161 = wp::mul(var_159, var_160);
    var_162 = wp::add(var_157, var_161);
    var_164 = wp::extract(var_2, var_98, var_163);
    var_165 = wp::extract(var_2, var_163, var_145);
    var_166 = wp::mul(var_164, var_165);
    var_167 = wp::add(var_162, var_166);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_145, var_167);
    // s = float(0.0)                                                                         <L 71>
    var_170 = wp::float(var_169);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_172 = wp::extract(var_2, var_98, var_171);
    var_173 = wp::extract(var_2, var_171, var_168);
    var_174 = wp::mul(var_172, var_173);
    var_175 = wp::add(var_170, var_174);
    var_177 = wp::extract(var_2, var_98, var_176);
    var_178 = wp::extract(var_2, var_176, var_168);
    var_179 = wp::mul(var_177, var_178);
    var_180 = wp::add(var_175, var_179);
    var_182 = wp::extract(var_2, var_98, var_181);
    var_183 = wp::extract(var_2, var_181, var_168);
    var_184 = wp::mul(var_182, var_183);
    var_185 = wp::add(var_180, var_184);
    var_187 = wp::extract(var_2, var_98, var_186);
    var_188 = wp::extract(var_2, var_186, var_168);
    var_189 = wp::mul(var_187, var_188);
    var_190 = wp::add(var_185, var_189);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_98, var_168, var_190);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_194 = wp::float(var_193);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_196 = wp::extract(var_2, var_191, var_195);
    var_197 = wp::extract(var_2, var_195, var_192);
    var_198 = wp::mul(var_196, var_197);
    var_199 = wp::add(var_194, var_198);
    var_201 = wp::extract(var_2, var_191, var_200);
    var_202 = wp::extract(var_2, var_200, var_192);
    var_203 = wp::mul(var_201, var_202);
    var_204 = wp::add(var_199, var_203);
    var_206 = wp::extract(var_2, var_191, var_205);
    var_207 = wp::extract(var_2, var_205, var_192);
    var_208 = wp::mul(var_206, var_207);
    var_209 = wp::add(var_204, var_208);
    var_211 = wp::extract(var_2, var_191, var_210);
    var_212 = wp::extract(var_2, var_210, var_192);
    var_213 = wp::mul(var_211, var_212);
    var_214 = wp::add(var_209, var_213);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_192, var_214);
    // s = float(0.0)                                                                         <L 71>
    var_217 = wp::float(var_216);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_219 = wp::extract(var_2, var_191, var_218);
    var_220 = wp::extract(var_2, var_218, var_215);
    var_221 = wp::mul(var_219, var_220);
    var_222 = wp::add(var_217, var_221);
    var_224 = wp::extract(var_2, var_191, var_223);
    var_225 = wp::extract(var_2, var_223, var_215);
    var_226 = wp::mul(var_224, var_225);
    var_227 = wp::add(var_222, var_226);
    var_229 = wp::extract(var_2, var_191, var_228);
    var_230 = wp::extract(var_2, var_228, var_215);
    var_231 = wp::mul(var_229, var_230);
    var_232 = wp::add(var_227, var_231);
    var_234 = wp::extract(var_2, var_191, var_233);
    var_235 = wp::extract(var_2, var_233, var_215);
    var_236 = wp::mul(var_234, var_235);
    var_237 = wp::add(var_232, var_236);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_215, var_237);
    // s = float(0.0)                                                                         <L 71>
    var_240 = wp::float(var_239);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_242 = wp::extract(var_2, var_191, var_241);
    var_243 = wp::extract(var_2, var_241, var_238);
    var_244 = wp::mul(var_242, var_243);
    var_245 = wp::add(var_240, var_244);
    var_247 = wp::extract(var_2, var_191, var_246);
    var_248 = wp::extract(var_2, var_246, var_238);
    var_249 = wp::mul(var_247, var_248);
    var_250 = wp::add(var_245, var_249);
    var_252 = wp::extract(var_2, var_191, var_251);
    var_253 = wp::extract(var_2, var_251, var_238);
    var_254 = wp::mul(var_252, var_253);
    var_255 = wp::add(var_250, var_254);
    var_257 = wp::extract(var_2, var_191, var_256);
    var_258 = wp::extract(var_2, var_256, var_238);
    var_259 = wp::mul(var_257, var_258);
    var_260 = wp::add(var_255, var_259);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_238, var_260);
    // s = float(0.0)                                                                         <L 71>
    var_263 = wp::float(var_262);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_265 = wp::extract(var_2, var_191, var_264);
    var_266 = wp::extract(var_2, var_264, var_261);
    var_267 = wp::mul(var_265, var_266);
    var_268 = wp::add(var_263, var_267);
    var_270 = wp::extract(var_2, var_191, var_269);
    var_271 = wp::extract(var_2, var_269, var_261);
    var_272 = wp::mul(var_270, var_271);
    var_273 = wp::add(var_268, var_272);
    var_275 = wp::extract(var_2, var_191, var_274);
    var_276 = wp::extract(var_2, var_274, var_261);
    var_277 = wp::mul(var_275, var_276);
    var_278 = wp::add(var_273, var_277);
    var_280 = wp::extract(var_2, var_191, var_279);
    var_281 = wp::extract(var_2, var_279, var_261);
    var_282 = wp::mul(var_280, var_281);
    var_283 = wp::add(var_278, var_282);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_191, var_261, var_283);
    // for c in range(4):                                                                     <L 70>
    // s = float(0.0)                                                                         <L 71>
    var_287 = wp::float(var_286);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_289 = wp::extract(var_2, var_284, var_288);
    var_290 = wp::extract(var_2, var_288, var_285);
    var_291 = wp::mul(var_289, var_290);
    var_292 = wp::add(var_287, var_291);
    var_294 = wp::extract(var_2, var_284, var_293);
    var_295 = wp::extract(var_2, var_293, var_285);
    var_296 = wp::mul(var_294, var_295);
    var_297 = wp::add(var_292, var_296);
    var_299 = wp::extract(var_2, var_284, var_298);
    var_300 = wp::extract(var_2, var_298, var_285);
    var_301 = wp::mul(var_299, var_300);
    var_302 = wp::add(var_297, var_301);
    var_304 = wp::extract(var_2, var_284, var_303);
    var_305 = wp::extract(var_2, var_303, var_285);
    var_306 = wp::mul(var_304, var_305);
    var_307 = wp::add(var_302, var_306);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_285, var_307);
    // s = float(0.0)                                                                         <L 71>
    var_310 = wp::float(var_309);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_312 = wp::extract(var_2, var_284, var_311);
    var_313 = wp::extract(var_2, var_311, var_308);
    var_314 = wp::mul(var_312, var_313);
    var_315 = wp::add(var_310, var_314);
    var_317 = wp::extract(var_2, var_284, var_316);
    var_318 = wp::extract(var_2, var_316, var_308);
    var_319 = wp::mul(var_317, var_318);
    var_320 = wp::add(var_315, var_319);
    var_322 = wp::extract(var_2, var_284, var_321);
    var_323 = wp::extract(var_2, var_321, var_308);
    var_324 = wp::mul(var_322, var_323);
    var_325 = wp::add(var_320, var_324);
    var_327 = wp::extract(var_2, var_284, var_326);
    var_328 = wp::extract(var_2, var_326, var_308);
    var_329 = wp::mul(var_327, var_328);
    var_330 = wp::add(var_325, var_329);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_308, var_330);
    // s = float(0.0)                                                                         <L 71>
    var_333 = wp::float(var_332);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_335 = wp::extract(var_2, var_284, var_334);
    var_336 = wp::extract(var_2, var_334, var_331);
    var_337 = wp::mul(var_335, var_336);
    var_338 = wp::add(var_333, var_337);
    var_340 = wp::extract(var_2, var_284, var_339);
    var_341 = wp::extract(var_2, var_339, var_331);
    var_342 = wp::mul(var_340, var_341);
    var_343 = wp::add(var_338, var_342);
    var_345 = wp::extract(var_2, var_284, var_344);
    var_346 = wp::extract(var_2, var_344, var_331);
    var_347 = wp::mul(var_345, var_346);
    var_348 = wp::add(var_343, var_347);
    var_350 = wp::extract(var_2, var_284, var_349);
    var_351 = wp::extract(var_2, var_349, var_331);
    var_352 = wp::mul(var_350, var_351);
    var_353 = wp::add(var_348, var_352);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_331, var_353);
    // s = float(0.0)                                                                         <L 71>
    var_356 = wp::float(var_355);
    // for k in range(4):                                                                     <L 72>
    // s += A[r, k] * A[k, c]                                                                 <L 73>
    var_358 = wp::extract(var_2, var_284, var_357);
    var_359 = wp::extract(var_2, var_357, var_354);
    var_360 = wp::mul(var_358, var_359);
    var_361 = wp::add(var_356, var_360);
    var_363 = wp::extract(var_2, var_284, var_362);
    var_364 = wp::extract(var_2, var_362, var_354);
    var_365 = wp::mul(var_363, var_364);
    var_366 = wp::add(var_361, var_365);
    var_368 = wp::extract(var_2, var_284, var_367);
    var_369 = wp::extract(var_2, var_367, var_354);
    var_370 = wp::mul(var_368, var_369);
    var_371 = wp::add(var_366, var_370);
    var_373 = wp::extract(var_2, var_284, var_372);
    var_374 = wp::extract(var_2, var_372, var_354);
    var_375 = wp::mul(var_373, var_374);
    var_376 = wp::add(var_371, var_375);
    // B[r, c] = s                                                                            <L 74>
    wp::assign_inplace(var_4, var_284, var_354, var_376);
    // out[i] = B                                                                             <L 75>
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    // adj: out[i] = B                                                                        <L 75>
    wp::adj_assign_inplace(var_4, var_284, var_354, var_376, adj_4, adj_284, adj_354, adj_376);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_371, var_375, adj_371, adj_375, adj_376);
    wp::adj_mul(var_373, var_374, adj_373, adj_374, adj_375);
    wp::adj_extract(var_2, var_372, var_354, adj_2, adj_372, adj_354, adj_374);
    wp::adj_extract(var_2, var_284, var_372, adj_2, adj_284, adj_372, adj_373);
    wp::adj_add(var_366, var_370, adj_366, adj_370, adj_371);
    wp::adj_mul(var_368, var_369, adj_368, adj_369, adj_370);
    wp::adj_extract(var_2, var_367, var_354, adj_2, adj_367, adj_354, adj_369);
    wp::adj_extract(var_2, var_284, var_367, adj_2, adj_284, adj_367, adj_368);
    wp::adj_add(var_361, var_365, adj_361, adj_365, adj_366);
    wp::adj_mul(var_363, var_364, adj_363, adj_364, adj_365);
    wp::adj_extract(var_2, var_362, var_354, adj_2, adj_362, adj_354, adj_364);
    wp::adj_extract(var_2, var_284, var_362, adj_2, adj_284, adj_362, adj_363);
    wp::adj_add(var_356, var_360, adj_356, adj_360, adj_361);
    wp::adj_mul(var_358, var_359, adj_358, adj_359, adj_360);
    wp::adj_extract(var_2, var_357, var_354, adj_2, adj_357, adj_354, adj_359);
    wp::adj_extract(var_2, var_284, var_357, adj_2, adj_284, adj_357, adj_358);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_355, adj_355, adj_356);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_284, var_331, var_353, adj_4, adj_284, adj_331, adj_353);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_348, var_352, adj_348, adj_352, adj_353);
    wp::adj_mul(var_350, var_351, adj_350, adj_351, adj_352);
    wp::adj_extract(var_2, var_349, var_331, adj_2, adj_349, adj_331, adj_351);
    wp::adj_extract(var_2, var_284, var_349, adj_2, adj_284, adj_349, adj_350);
    wp::adj_add(var_343, var_347, adj_343, adj_347, adj_348);
    wp::adj_mul(var_345, var_346, adj_345, adj_346, adj_347);
    wp::adj_extract(var_2, var_344, var_331, adj_2, adj_344, adj_331, adj_346);
    wp::adj_extract(var_2, var_284, var_344, adj_2, adj_284, adj_344, adj_345);
    wp::adj_add(var_338, var_342, adj_338, adj_342, adj_343);
    wp::adj_mul(var_340, var_341, adj_340, adj_341, adj_342);
    wp::adj_extract(var_2, var_339, var_331, adj_2, adj_339, adj_331, adj_341);
    wp::adj_extract(var_2, var_284, var_339, adj_2, adj_284, adj_339, adj_340);
    wp::adj_add(var_333, var_337, adj_333, adj_337, adj_338);
    wp::adj_mul(var_335, var_336, adj_335, adj_336, adj_337);
    wp::adj_extract(var_2, var_334, var_331, adj_2, adj_334, adj_331, adj_336);
    wp::adj_extract(var_2, var_284, var_334, adj_2, adj_284, adj_334, adj_335);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_332, adj_332, adj_333);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_284, var_308, var_330, adj_4, adj_284, adj_308, adj_330);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_325, var_329, adj_325, adj_329, adj_330);
    wp::adj_mul(var_327, var_328, adj_327, adj_328, adj_329);
    wp::adj_extract(var_2, var_326, var_308, adj_2, adj_326, adj_308, adj_328);
    wp::adj_extract(var_2, var_284, var_326, adj_2, adj_284, adj_326, adj_327);
    wp::adj_add(var_320, var_324, adj_320, adj_324, adj_325);
    wp::adj_mul(var_322, var_323, adj_322, adj_323, adj_324);
    wp::adj_extract(var_2, var_321, var_308, adj_2, adj_321, adj_308, adj_323);
    wp::adj_extract(var_2, var_284, var_321, adj_2, adj_284, adj_321, adj_322);
    wp::adj_add(var_315, var_319, adj_315, adj_319, adj_320);
    wp::adj_mul(var_317, var_318, adj_317, adj_318, adj_319);
    wp::adj_extract(var_2, var_316, var_308, adj_2, adj_316, adj_308, adj_318);
    wp::adj_extract(var_2, var_284, var_316, adj_2, adj_284, adj_316, adj_317);
    wp::adj_add(var_310, var_314, adj_310, adj_314, adj_315);
    wp::adj_mul(var_312, var_313, adj_312, adj_313, adj_314);
    wp::adj_extract(var_2, var_311, var_308, adj_2, adj_311, adj_308, adj_313);
    wp::adj_extract(var_2, var_284, var_311, adj_2, adj_284, adj_311, adj_312);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_309, adj_309, adj_310);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_284, var_285, var_307, adj_4, adj_284, adj_285, adj_307);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_302, var_306, adj_302, adj_306, adj_307);
    wp::adj_mul(var_304, var_305, adj_304, adj_305, adj_306);
    wp::adj_extract(var_2, var_303, var_285, adj_2, adj_303, adj_285, adj_305);
    wp::adj_extract(var_2, var_284, var_303, adj_2, adj_284, adj_303, adj_304);
    wp::adj_add(var_297, var_301, adj_297, adj_301, adj_302);
    wp::adj_mul(var_299, var_300, adj_299, adj_300, adj_301);
    wp::adj_extract(var_2, var_298, var_285, adj_2, adj_298, adj_285, adj_300);
    wp::adj_extract(var_2, var_284, var_298, adj_2, adj_284, adj_298, adj_299);
    wp::adj_add(var_292, var_296, adj_292, adj_296, adj_297);
    wp::adj_mul(var_294, var_295, adj_294, adj_295, adj_296);
    wp::adj_extract(var_2, var_293, var_285, adj_2, adj_293, adj_285, adj_295);
    wp::adj_extract(var_2, var_284, var_293, adj_2, adj_284, adj_293, adj_294);
    wp::adj_add(var_287, var_291, adj_287, adj_291, adj_292);
    wp::adj_mul(var_289, var_290, adj_289, adj_290, adj_291);
    wp::adj_extract(var_2, var_288, var_285, adj_2, adj_288, adj_285, adj_290);
    wp::adj_extract(var_2, var_284, var_288, adj_2, adj_284, adj_288, adj_289);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_286, adj_286, adj_287);
    // adj: s = float(0.0)                                                                    <L 71>
    // adj: for c in range(4):                                                                <L 70>
    wp::adj_assign_inplace(var_4, var_191, var_261, var_283, adj_4, adj_191, adj_261, adj_283);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_278, var_282, adj_278, adj_282, adj_283);
    wp::adj_mul(var_280, var_281, adj_280, adj_281, adj_282);
    wp::adj_extract(var_2, var_279, var_261, adj_2, adj_279, adj_261, adj_281);
    wp::adj_extract(var_2, var_191, var_279, adj_2, adj_191, adj_279, adj_280);
    wp::adj_add(var_273, var_277, adj_273, adj_277, adj_278);
    wp::adj_mul(var_275, var_276, adj_275, adj_276, adj_277);
    wp::adj_extract(var_2, var_274, var_261, adj_2, adj_274, adj_261, adj_276);
    wp::adj_extract(var_2, var_191, var_274, adj_2, adj_191, adj_274, adj_275);
    wp::adj_add(var_268, var_272, adj_268, adj_272, adj_273);
    wp::adj_mul(var_270, var_271, adj_270, adj_271, adj_272);
    wp::adj_extract(var_2, var_269, var_261, adj_2, adj_269, adj_261, adj_271);
    wp::adj_extract(var_2, var_191, var_269, adj_2, adj_191, adj_269, adj_270);
    wp::adj_add(var_263, var_267, adj_263, adj_267, adj_268);
    wp::adj_mul(var_265, var_266, adj_265, adj_266, adj_267);
    wp::adj_extract(var_2, var_264, var_261, adj_2, adj_264, adj_261, adj_266);
    wp::adj_extract(var_2, var_191, var_264, adj_2, adj_191, adj_264, adj_265);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_262, adj_262, adj_263);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_191, var_238, var_260, adj_4, adj_191, adj_238, adj_260);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_255, var_259, adj_255, adj_259, adj_260);
    wp::adj_mul(var_257, var_258, adj_257, adj_258, adj_259);
    wp::adj_extract(var_2, var_256, var_238, adj_2, adj_256, adj_238, adj_258);
    wp::adj_extract(var_2, var_191, var_256, adj_2, adj_191, adj_256, adj_257);
    wp::adj_add(var_250, var_254, adj_250, adj_254, adj_255);
    wp::adj_mul(var_252, var_253, adj_252, adj_253, adj_254);
    wp::adj_extract(var_2, var_251, var_238, adj_2, adj_251, adj_238, adj_253);
    wp::adj_extract(var_2, var_191, var_251, adj_2, adj_191, adj_251, adj_252);
    wp::adj_add(var_245, var_249, adj_245, adj_249, adj_250);
    wp::adj_mul(var_247, var_248, adj_247, adj_248, adj_249);
    wp::adj_extract(var_2, var_246, var_238, adj_2, adj_246, adj_238, adj_248);
    wp::adj_extract(var_2, var_191, var_246, adj_2, adj_191, adj_246, adj_247);
    wp::adj_add(var_240, var_244, adj_240, adj_244, adj_245);
    wp::adj_mul(var_242, var_243, adj_242, adj_243, adj_244);
    wp::adj_extract(var_2, var_241, var_238, adj_2, adj_241, adj_238, adj_243);
    wp::adj_extract(var_2, var_191, var_241, adj_2, adj_191, adj_241, adj_242);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_239, adj_239, adj_240);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_191, var_215, var_237, adj_4, adj_191, adj_215, adj_237);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_232, var_236, adj_232, adj_236, adj_237);
    wp::adj_mul(var_234, var_235, adj_234, adj_235, adj_236);
    wp::adj_extract(var_2, var_233, var_215, adj_2, adj_233, adj_215, adj_235);
    wp::adj_extract(var_2, var_191, var_233, adj_2, adj_191, adj_233, adj_234);
    wp::adj_add(var_227, var_231, adj_227, adj_231, adj_232);
    wp::adj_mul(var_229, var_230, adj_229, adj_230, adj_231);
    wp::adj_extract(var_2, var_228, var_215, adj_2, adj_228, adj_215, adj_230);
    wp::adj_extract(var_2, var_191, var_228, adj_2, adj_191, adj_228, adj_229);
    wp::adj_add(var_222, var_226, adj_222, adj_226, adj_227);
    wp::adj_mul(var_224, var_225, adj_224, adj_225, adj_226);
    wp::adj_extract(var_2, var_223, var_215, adj_2, adj_223, adj_215, adj_225);
    wp::adj_extract(var_2, var_191, var_223, adj_2, adj_191, adj_223, adj_224);
    wp::adj_add(var_217, var_221, adj_217, adj_221, adj_222);
    wp::adj_mul(var_219, var_220, adj_219, adj_220, adj_221);
    wp::adj_extract(var_2, var_218, var_215, adj_2, adj_218, adj_215, adj_220);
    wp::adj_extract(var_2, var_191, var_218, adj_2, adj_191, adj_218, adj_219);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_216, adj_216, adj_217);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_191, var_192, var_214, adj_4, adj_191, adj_192, adj_214);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_209, var_213, adj_209, adj_213, adj_214);
    wp::adj_mul(var_211, var_212, adj_211, adj_212, adj_213);
    wp::adj_extract(var_2, var_210, var_192, adj_2, adj_210, adj_192, adj_212);
    wp::adj_extract(var_2, var_191, var_210, adj_2, adj_191, adj_210, adj_211);
    wp::adj_add(var_204, var_208, adj_204, adj_208, adj_209);
    wp::adj_mul(var_206, var_207, adj_206, adj_207, adj_208);
    wp::adj_extract(var_2, var_205, var_192, adj_2, adj_205, adj_192, adj_207);
    wp::adj_extract(var_2, var_191, var_205, adj_2, adj_191, adj_205, adj_206);
    wp::adj_add(var_199, var_203, adj_199, adj_203, adj_204);
    wp::adj_mul(var_201, var_202, adj_201, adj_202, adj_203);
    wp::adj_extract(var_2, var_200, var_192, adj_2, adj_200, adj_192, adj_202);
    wp::adj_extract(var_2, var_191, var_200, adj_2, adj_191, adj_200, adj_201);
    wp::adj_add(var_194, var_198, adj_194, adj_198, adj_199);
    wp::adj_mul(var_196, var_197, adj_196, adj_197, adj_198);
    wp::adj_extract(var_2, var_195, var_192, adj_2, adj_195, adj_192, adj_197);
    wp::adj_extract(var_2, var_191, var_195, adj_2, adj_191, adj_195, adj_196);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_193, adj_193, adj_194);
    // adj: s = float(0.0)                                                                    <L 71>
    // adj: for c in range(4):                                                                <L 70>
    wp::adj_assign_inplace(var_4, var_98, var_168, var_190, adj_4, adj_98, adj_168, adj_190);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_185, var_189, adj_185, adj_189, adj_190);
    wp::adj_mul(var_187, var_188, adj_187, adj_188, adj_189);
    wp::adj_extract(var_2, var_186, var_168, adj_2, adj_186, adj_168, adj_188);
    wp::adj_extract(var_2, var_98, var_186, adj_2, adj_98, adj_186, adj_187);
    wp::adj_add(var_180, var_184, adj_180, adj_184, adj_185);
    wp::adj_mul(var_182, var_183, adj_182, adj_183, adj_184);
    wp::adj_extract(var_2, var_181, var_168, adj_2, adj_181, adj_168, adj_183);
    wp::adj_extract(var_2, var_98, var_181, adj_2, adj_98, adj_181, adj_182);
    wp::adj_add(var_175, var_179, adj_175, adj_179, adj_180);
    wp::adj_mul(var_177, var_178, adj_177, adj_178, adj_179);
    wp::adj_extract(var_2, var_176, var_168, adj_2, adj_176, adj_168, adj_178);
    wp::adj_extract(var_2, var_98, var_176, adj_2, adj_98, adj_176, adj_177);
    wp::adj_add(var_170, var_174, adj_170, adj_174, adj_175);
    wp::adj_mul(var_172, var_173, adj_172, adj_173, adj_174);
    wp::adj_extract(var_2, var_171, var_168, adj_2, adj_171, adj_168, adj_173);
    wp::adj_extract(var_2, var_98, var_171, adj_2, adj_98, adj_171, adj_172);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_169, adj_169, adj_170);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_98, var_145, var_167, adj_4, adj_98, adj_145, adj_167);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_162, var_166, adj_162, adj_166, adj_167);
    wp::adj_mul(var_164, var_165, adj_164, adj_165, adj_166);
    wp::adj_extract(var_2, var_163, var_145, adj_2, adj_163, adj_145, adj_165);
    wp::adj_extract(var_2, var_98, var_163, adj_2, adj_98, adj_163, adj_164);
    wp::adj_add(var_157, var_161, adj_157, adj_161, adj_162);
    wp::adj_mul(var_159, var_160, adj_159, adj_160, adj_161);
    wp::adj_extract(var_2, var_158, var_145, adj_2, adj_158, adj_145, adj_160);
    wp::adj_extract(var_2, var_98, var_158, adj_2, adj_98, adj_158, adj_159);
    wp::adj_add(var_152, var_156, adj_152, adj_156, adj_157);
    wp::adj_mul(var_154, var_155, adj_154, adj_155, adj_156);
    wp::adj_extract(var_2, var_153, var_145, adj_2, adj_153, adj_145, adj_155);
    wp::adj_extract(var_2, var_98, var_153, adj_2, adj_98, adj_153, adj_154);
    wp::adj_add(var_147, var_151, adj_147, adj_151, adj_152);
    wp::adj_mul(var_149, var_150, adj_149, adj_150, adj_151);
    wp::adj_extract(var_2, var_148, var_145, adj_2, adj_148, adj_145, adj_150);
    wp::adj_extract(var_2, var_98, var_148, adj_2, adj_98, adj_148, adj_149);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_146, adj_146, adj_147);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_98, var_122, var_144, adj_4, adj_98, adj_122, adj_144);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_139, var_143, adj_139, adj_143, adj_144);
    wp::adj_mul(var_141, var_142, adj_141, adj_142, adj_143);
    wp::adj_extract(var_2, var_140, var_122, adj_2, adj_140, adj_122, adj_142);
    wp::adj_extract(var_2, var_98, var_140, adj_2, adj_98, adj_140, adj_141);
    wp::adj_add(var_134, var_138, adj_134, adj_138, adj_139);
    wp::adj_mul(var_136, var_137, adj_136, adj_137, adj_138);
    wp::adj_extract(var_2, var_135, var_122, adj_2, adj_135, adj_122, adj_137);
    wp::adj_extract(var_2, var_98, var_135, adj_2, adj_98, adj_135, adj_136);
    wp::adj_add(var_129, var_133, adj_129, adj_133, adj_134);
    wp::adj_mul(var_131, var_132, adj_131, adj_132, adj_133);
    wp::adj_extract(var_2, var_130, var_122, adj_2, adj_130, adj_122, adj_132);
    wp::adj_extract(var_2, var_98, var_130, adj_2, adj_98, adj_130, adj_131);
    wp::adj_add(var_124, var_128, adj_124, adj_128, adj_129);
    wp::adj_mul(var_126, var_127, adj_126, adj_127, adj_128);
    wp::adj_extract(var_2, var_125, var_122, adj_2, adj_125, adj_122, adj_127);
    wp::adj_extract(var_2, var_98, var_125, adj_2, adj_98, adj_125, adj_126);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_123, adj_123, adj_124);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_98, var_99, var_121, adj_4, adj_98, adj_99, adj_121);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_116, var_120, adj_116, adj_120, adj_121);
    wp::adj_mul(var_118, var_119, adj_118, adj_119, adj_120);
    wp::adj_extract(var_2, var_117, var_99, adj_2, adj_117, adj_99, adj_119);
    wp::adj_extract(var_2, var_98, var_117, adj_2, adj_98, adj_117, adj_118);
    wp::adj_add(var_111, var_115, adj_111, adj_115, adj_116);
    wp::adj_mul(var_113, var_114, adj_113, adj_114, adj_115);
    wp::adj_extract(var_2, var_112, var_99, adj_2, adj_112, adj_99, adj_114);
    wp::adj_extract(var_2, var_98, var_112, adj_2, adj_98, adj_112, adj_113);
    wp::adj_add(var_106, var_110, adj_106, adj_110, adj_111);
    wp::adj_mul(var_108, var_109, adj_108, adj_109, adj_110);
    wp::adj_extract(var_2, var_107, var_99, adj_2, adj_107, adj_99, adj_109);
    wp::adj_extract(var_2, var_98, var_107, adj_2, adj_98, adj_107, adj_108);
    wp::adj_add(var_101, var_105, adj_101, adj_105, adj_106);
    wp::adj_mul(var_103, var_104, adj_103, adj_104, adj_105);
    wp::adj_extract(var_2, var_102, var_99, adj_2, adj_102, adj_99, adj_104);
    wp::adj_extract(var_2, var_98, var_102, adj_2, adj_98, adj_102, adj_103);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_100, adj_100, adj_101);
    // adj: s = float(0.0)                                                                    <L 71>
    // adj: for c in range(4):                                                                <L 70>
    wp::adj_assign_inplace(var_4, var_5, var_75, var_97, adj_4, adj_5, adj_75, adj_97);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_92, var_96, adj_92, adj_96, adj_97);
    wp::adj_mul(var_94, var_95, adj_94, adj_95, adj_96);
    wp::adj_extract(var_2, var_93, var_75, adj_2, adj_93, adj_75, adj_95);
    wp::adj_extract(var_2, var_5, var_93, adj_2, adj_5, adj_93, adj_94);
    wp::adj_add(var_87, var_91, adj_87, adj_91, adj_92);
    wp::adj_mul(var_89, var_90, adj_89, adj_90, adj_91);
    wp::adj_extract(var_2, var_88, var_75, adj_2, adj_88, adj_75, adj_90);
    wp::adj_extract(var_2, var_5, var_88, adj_2, adj_5, adj_88, adj_89);
    wp::adj_add(var_82, var_86, adj_82, adj_86, adj_87);
    wp::adj_mul(var_84, var_85, adj_84, adj_85, adj_86);
    wp::adj_extract(var_2, var_83, var_75, adj_2, adj_83, adj_75, adj_85);
    wp::adj_extract(var_2, var_5, var_83, adj_2, adj_5, adj_83, adj_84);
    wp::adj_add(var_77, var_81, adj_77, adj_81, adj_82);
    wp::adj_mul(var_79, var_80, adj_79, adj_80, adj_81);
    wp::adj_extract(var_2, var_78, var_75, adj_2, adj_78, adj_75, adj_80);
    wp::adj_extract(var_2, var_5, var_78, adj_2, adj_5, adj_78, adj_79);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_76, adj_76, adj_77);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_5, var_52, var_74, adj_4, adj_5, adj_52, adj_74);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_69, var_73, adj_69, adj_73, adj_74);
    wp::adj_mul(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_extract(var_2, var_70, var_52, adj_2, adj_70, adj_52, adj_72);
    wp::adj_extract(var_2, var_5, var_70, adj_2, adj_5, adj_70, adj_71);
    wp::adj_add(var_64, var_68, adj_64, adj_68, adj_69);
    wp::adj_mul(var_66, var_67, adj_66, adj_67, adj_68);
    wp::adj_extract(var_2, var_65, var_52, adj_2, adj_65, adj_52, adj_67);
    wp::adj_extract(var_2, var_5, var_65, adj_2, adj_5, adj_65, adj_66);
    wp::adj_add(var_59, var_63, adj_59, adj_63, adj_64);
    wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
    wp::adj_extract(var_2, var_60, var_52, adj_2, adj_60, adj_52, adj_62);
    wp::adj_extract(var_2, var_5, var_60, adj_2, adj_5, adj_60, adj_61);
    wp::adj_add(var_54, var_58, adj_54, adj_58, adj_59);
    wp::adj_mul(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_extract(var_2, var_55, var_52, adj_2, adj_55, adj_52, adj_57);
    wp::adj_extract(var_2, var_5, var_55, adj_2, adj_5, adj_55, adj_56);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_53, adj_53, adj_54);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_5, var_29, var_51, adj_4, adj_5, adj_29, adj_51);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_46, var_50, adj_46, adj_50, adj_51);
    wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
    wp::adj_extract(var_2, var_47, var_29, adj_2, adj_47, adj_29, adj_49);
    wp::adj_extract(var_2, var_5, var_47, adj_2, adj_5, adj_47, adj_48);
    wp::adj_add(var_41, var_45, adj_41, adj_45, adj_46);
    wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
    wp::adj_extract(var_2, var_42, var_29, adj_2, adj_42, adj_29, adj_44);
    wp::adj_extract(var_2, var_5, var_42, adj_2, adj_5, adj_42, adj_43);
    wp::adj_add(var_36, var_40, adj_36, adj_40, adj_41);
    wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_extract(var_2, var_37, var_29, adj_2, adj_37, adj_29, adj_39);
    wp::adj_extract(var_2, var_5, var_37, adj_2, adj_5, adj_37, adj_38);
    wp::adj_add(var_31, var_35, adj_31, adj_35, adj_36);
    wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_extract(var_2, var_32, var_29, adj_2, adj_32, adj_29, adj_34);
    wp::adj_extract(var_2, var_5, var_32, adj_2, adj_5, adj_32, adj_33);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_30, adj_30, adj_31);
    // adj: s = float(0.0)                                                                    <L 71>
    wp::adj_assign_inplace(var_4, var_5, var_6, var_28, adj_4, adj_5, adj_6, adj_28);
    // adj: B[r, c] = s                                                                       <L 74>
    wp::adj_add(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_extract(var_2, var_24, var_6, adj_2, adj_24, adj_6, adj_26);
    wp::adj_extract(var_2, var_5, var_24, adj_2, adj_5, adj_24, adj_25);
    wp::adj_add(var_18, var_22, adj_18, adj_22, adj_23);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_2, var_19, var_6, adj_2, adj_19, adj_6, adj_21);
    wp::adj_extract(var_2, var_5, var_19, adj_2, adj_5, adj_19, adj_20);
    wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_extract(var_2, var_14, var_6, adj_2, adj_14, adj_6, adj_16);
    wp::adj_extract(var_2, var_5, var_14, adj_2, adj_5, adj_14, adj_15);
    wp::adj_add(var_8, var_12, adj_8, adj_12, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_extract(var_2, var_9, var_6, adj_2, adj_9, adj_6, adj_11);
    wp::adj_extract(var_2, var_5, var_9, adj_2, adj_5, adj_9, adj_10);
    // adj: s += A[r, k] * A[k, c]                                                            <L 73>
    // adj: for k in range(4):                                                                <L 72>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: s = float(0.0)                                                                    <L 71>
    // adj: for c in range(4):                                                                <L 70>
    // adj: for r in range(4):                                                                <L 69>
    // adj: B = wp.mat44()                                                                    <L 68>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: A = m[i]                                                                          <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):  <L 65>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void nested_unrolled_445b8c4c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_unrolled_445b8c4c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        nested_unrolled_445b8c4c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void nested_unrolled_445b8c4c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_unrolled_445b8c4c *_wp_args,
    wp_args_nested_unrolled_445b8c4c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        nested_unrolled_445b8c4c_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_loop_var_after_d127024a {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void loop_var_after_d127024a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_var_after_d127024a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::shape_t* var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::shape_t var_26;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 79>
    // i = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // last = float(0.0)                                                                      <L 81>
    var_2 = wp::float(var_1);
    // for k in range(4):                                                                     <L 82>
    // last = x[i] * float(k)                                                                 <L 83>
    var_4 = wp::address(var_x, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::address(var_x, var_0);
    var_10 = wp::float(var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::mul(var_12, var_10);
    var_14 = wp::address(var_x, var_0);
    var_15 = wp::float(var_13);
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    var_19 = wp::address(var_x, var_0);
    var_20 = wp::float(var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    // n = x.shape[0]                                                                         <L 84>
    var_23 = &(var_x.shape);
    var_26 = wp::load(var_23);
    var_25 = wp::extract(var_26, var_24);
    // for k in range(n):                                                                     <L 85>
    var_27 = wp::range(var_25);
    start_for_0:;
        if (iter_cmp(var_27) == 0) goto end_for_0;
        var_28 = wp::iter_next(var_27);
        // last += x[k]                                                                       <L 86>
        var_29 = wp::address(var_x, var_28);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_21, var_31);
        wp::assign(var_21, var_30);
        goto start_for_0;
    end_for_0:;
    // y[i] = last                                                                            <L 87>
    wp::array_store(var_y, var_0, var_21);
}



void loop_var_after_d127024a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_var_after_d127024a *_wp_args,
    wp_args_loop_var_after_d127024a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::shape_t* var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::shape_t var_26;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
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
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::shape_t adj_26 = {};
    wp::range_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    //---------
    // forward
    // def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 79>
    // i = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // last = float(0.0)                                                                      <L 81>
    var_2 = wp::float(var_1);
    // for k in range(4):                                                                     <L 82>
    // last = x[i] * float(k)                                                                 <L 83>
    var_4 = wp::address(var_x, var_0);
    var_5 = wp::float(var_3);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::address(var_x, var_0);
    var_10 = wp::float(var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::mul(var_12, var_10);
    var_14 = wp::address(var_x, var_0);
    var_15 = wp::float(var_13);
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    var_19 = wp::address(var_x, var_0);
    var_20 = wp::float(var_18);
    var_22 = wp::load(var_19);
    var_21 = wp::mul(var_22, var_20);
    // n = x.shape[0]                                                                         <L 84>
    var_23 = &(var_x.shape);
    var_26 = wp::load(var_23);
    var_25 = wp::extract(var_26, var_24);
    // for k in range(n):                                                                     <L 85>
    var_27 = wp::range(var_25);
    // y[i] = last                                                                            <L 87>
    // wp::array_store(var_y, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_21, adj_y, adj_0, adj_21);
    // adj: y[i] = last                                                                       <L 87>
    var_27 = wp::iter_reverse(var_27);
    start_for_0:;
        if (iter_cmp(var_27) == 0) goto end_for_0;
        var_28 = wp::iter_next(var_27);
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
        // last += x[k]                                                                       <L 86>
        var_29 = wp::address(var_x, var_28);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_21, var_31);
        wp::assign(var_21, var_30);
        wp::adj_assign(var_21, var_30, adj_21, adj_30);
        wp::adj_add(var_21, var_31, adj_21, adj_29, adj_30);
        wp::adj_address(var_x, var_28, adj_x, adj_28, adj_29);
        // adj: last += x[k]                                                                  <L 86>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 85>
    adj_x.shape = adj_23;
    // adj: n = x.shape[0]                                                                    <L 84>
    wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
    wp::adj_float(var_18, adj_18, adj_20);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_19);
    wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_13, adj_13, adj_15);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_14);
    wp::adj_mul(var_12, var_10, adj_9, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_10);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_3, adj_3, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: last = x[i] * float(k)                                                            <L 83>
    // adj: for k in range(4):                                                                <L 82>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: last = float(0.0)                                                                 <L 81>
    // adj: i = wp.tid()                                                                      <L 80>
    // adj: def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):           <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void loop_var_after_d127024a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_var_after_d127024a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loop_var_after_d127024a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void loop_var_after_d127024a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_var_after_d127024a *_wp_args,
    wp_args_loop_var_after_d127024a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loop_var_after_d127024a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

