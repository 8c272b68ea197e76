#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 128
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


// corpus/510_module_options_blur_expect.py:6
static wp::float32 smoothstep_edge_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def smoothstep_edge(x: float):                                                         <L 7>
    // if x <= 0.0:                                                                           <L 8>
    var_1 = (var_x <= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 9>
        return var_2;
    }
    if (!var_1) {
        // elif x >= 1.0:                                                                     <L 10>
        var_4 = (var_x >= var_3);
        if (var_4) {
            // return 1.0                                                                     <L 11>
            return var_5;
        }
    }
    // return x * x * (3.0 - 2.0 * x)                                                         <L 12>
    var_6 = wp::mul(var_x, var_x);
    var_9 = wp::mul(var_8, var_x);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::mul(var_6, var_10);
    return var_11;
}


// corpus/510_module_options_blur_expect.py:6
static void adj_smoothstep_edge_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def smoothstep_edge(x: float):                                                         <L 7>
    // if x <= 0.0:                                                                           <L 8>
    var_1 = (var_x <= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 9>
        goto label0;
    }
    if (!var_1) {
        // elif x >= 1.0:                                                                     <L 10>
        var_4 = (var_x >= var_3);
        if (var_4) {
            // return 1.0                                                                     <L 11>
            goto label1;
        }
    }
    // return x * x * (3.0 - 2.0 * x)                                                         <L 12>
    var_6 = wp::mul(var_x, var_x);
    var_9 = wp::mul(var_8, var_x);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::mul(var_6, var_10);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_11 += adj_ret;
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_8, var_x, adj_8, adj_x, adj_9);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_6);
    // adj: return x * x * (3.0 - 2.0 * x)                                                    <L 12>
    if (!var_1) {
        if (var_4) {
            label1:;
            adj_5 += adj_ret;
            // adj: return 1.0                                                                <L 11>
        }
        // adj: elif x >= 1.0:                                                                <L 10>
    }
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 9>
    }
    // adj: if x <= 0.0:                                                                      <L 8>
    // adj: def smoothstep_edge(x: float):                                                    <L 7>
    return;
}

struct wp_args_blur_523d6a74 {
    wp::array_t<wp::float16> src;
    wp::array_t<wp::float16> dst;
    wp::int32 w;
    wp::int32 h;
};


void blur_523d6a74_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_blur_523d6a74 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_src = _wp_args->src;
    wp::array_t<wp::float16> var_dst = _wp_args->dst;
    wp::int32 var_w = _wp_args->w;
    wp::int32 var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 2;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    bool var_19;
    wp::float16* var_20;
    wp::float32 var_21;
    wp::float16 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 2;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    bool var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float16* var_42;
    wp::float32 var_43;
    wp::float16 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 1;
    const wp::int32 var_49 = -1;
    const wp::int32 var_50 = 2;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    bool var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    bool var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    bool var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::float16* var_64;
    wp::float32 var_65;
    wp::float16 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float16 var_73;
    //---------
    // forward
    // def blur(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), w: int, h: int):       <L 16>
    // x, y = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // acc = float(0.0)                                                                       <L 18>
    var_3 = wp::float(var_2);
    // cnt = int(0)                                                                           <L 19>
    var_5 = wp::int(var_4);
    // for dy in range(-1, 2):                                                                <L 20>
    // for dx in range(-1, 2):                                                                <L 21>
    var_9 = wp::range(var_7, var_8);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // xx = x + dx                                                                        <L 22>
        var_11 = wp::add(var_0, var_10);
        // yy = y + dy                                                                        <L 23>
        var_12 = wp::add(var_1, var_6);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_15 = (var_11 < var_14);
        var_13 = var_15;
        if (!var_13) {
            var_16 = (var_11 >= var_w);
            var_13 = var_13 || var_16;
        }
        if (!var_13) {
            var_18 = (var_12 < var_17);
            var_13 = var_13 || var_18;
        }
        if (!var_13) {
            var_19 = (var_12 >= var_h);
            var_13 = var_13 || var_19;
        }
        if (var_13) {
            // continue                                                                       <L 25>
            goto start_for_0;
        }
        // acc += float(src[xx, yy])                                                          <L 26>
        var_20 = wp::address(var_src, var_11, var_12);
        var_22 = wp::load(var_20);
        var_21 = wp::float(var_22);
        var_23 = wp::add(var_3, var_21);
        // cnt += 1                                                                           <L 27>
        var_25 = wp::add(var_5, var_24);
        wp::assign(var_3, var_23);
        wp::assign(var_5, var_25);
        goto start_for_0;
    end_for_0:;
    // for dx in range(-1, 2):                                                                <L 21>
    var_29 = wp::range(var_27, var_28);
    start_for_2:;
        if (iter_cmp(var_29) == 0) goto end_for_2;
        var_30 = wp::iter_next(var_29);
        // xx = x + dx                                                                        <L 22>
        var_31 = wp::add(var_0, var_30);
        // yy = y + dy                                                                        <L 23>
        var_32 = wp::add(var_1, var_26);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_35 = (var_31 < var_34);
        var_33 = var_35;
        if (!var_33) {
            var_36 = (var_31 >= var_w);
            var_33 = var_33 || var_36;
        }
        if (!var_33) {
            var_38 = (var_32 < var_37);
            var_33 = var_33 || var_38;
        }
        if (!var_33) {
            var_39 = (var_32 >= var_h);
            var_33 = var_33 || var_39;
        }
        if (var_33) {
            // continue                                                                       <L 25>
            wp::assign(var_11, var_31);
            wp::assign(var_12, var_32);
            goto start_for_2;
        }
        var_40 = wp::where(var_33, var_11, var_31);
        var_41 = wp::where(var_33, var_12, var_32);
        // acc += float(src[xx, yy])                                                          <L 26>
        var_42 = wp::address(var_src, var_40, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::float(var_44);
        var_45 = wp::add(var_3, var_43);
        // cnt += 1                                                                           <L 27>
        var_47 = wp::add(var_5, var_46);
        wp::assign(var_3, var_45);
        wp::assign(var_5, var_47);
        wp::assign(var_11, var_40);
        wp::assign(var_12, var_41);
        goto start_for_2;
    end_for_2:;
    // for dx in range(-1, 2):                                                                <L 21>
    var_51 = wp::range(var_49, var_50);
    start_for_4:;
        if (iter_cmp(var_51) == 0) goto end_for_4;
        var_52 = wp::iter_next(var_51);
        // xx = x + dx                                                                        <L 22>
        var_53 = wp::add(var_0, var_52);
        // yy = y + dy                                                                        <L 23>
        var_54 = wp::add(var_1, var_48);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_57 = (var_53 < var_56);
        var_55 = var_57;
        if (!var_55) {
            var_58 = (var_53 >= var_w);
            var_55 = var_55 || var_58;
        }
        if (!var_55) {
            var_60 = (var_54 < var_59);
            var_55 = var_55 || var_60;
        }
        if (!var_55) {
            var_61 = (var_54 >= var_h);
            var_55 = var_55 || var_61;
        }
        if (var_55) {
            // continue                                                                       <L 25>
            wp::assign(var_11, var_53);
            wp::assign(var_12, var_54);
            goto start_for_4;
        }
        var_62 = wp::where(var_55, var_11, var_53);
        var_63 = wp::where(var_55, var_12, var_54);
        // acc += float(src[xx, yy])                                                          <L 26>
        var_64 = wp::address(var_src, var_62, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::float(var_66);
        var_67 = wp::add(var_3, var_65);
        // cnt += 1                                                                           <L 27>
        var_69 = wp::add(var_5, var_68);
        wp::assign(var_3, var_67);
        wp::assign(var_5, var_69);
        wp::assign(var_11, var_62);
        wp::assign(var_12, var_63);
        goto start_for_4;
    end_for_4:;
    // dst[x, y] = wp.float16(smoothstep_edge(acc / float(cnt)))                              <L 28>
    var_70 = wp::float(var_5);
    var_71 = wp::div(var_3, var_70);
    var_72 = smoothstep_edge_0(var_71);
    var_73 = wp::float16(var_72);
    wp::array_store(var_dst, var_0, var_1, var_73);
}



void blur_523d6a74_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_blur_523d6a74 *_wp_args,
    wp_args_blur_523d6a74 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_src = _wp_args->src;
    wp::array_t<wp::float16> var_dst = _wp_args->dst;
    wp::int32 var_w = _wp_args->w;
    wp::int32 var_h = _wp_args->h;
    wp::array_t<wp::float16> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float16> adj_dst = _wp_adj_args->dst;
    wp::int32 adj_w = _wp_adj_args->w;
    wp::int32 adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = -1;
    const wp::int32 var_7 = -1;
    const wp::int32 var_8 = 2;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    bool var_19;
    wp::float16* var_20;
    wp::float32 var_21;
    wp::float16 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 2;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    bool var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float16* var_42;
    wp::float32 var_43;
    wp::float16 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    const wp::int32 var_48 = 1;
    const wp::int32 var_49 = -1;
    const wp::int32 var_50 = 2;
    wp::range_t var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    bool var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    bool var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    bool var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::float16* var_64;
    wp::float32 var_65;
    wp::float16 var_66;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float16 var_73;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::float16 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float16 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::range_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float16 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float16 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::range_t adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    bool adj_55 = {};
    wp::int32 adj_56 = {};
    bool adj_57 = {};
    bool adj_58 = {};
    wp::int32 adj_59 = {};
    bool adj_60 = {};
    bool adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float16 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float16 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float16 adj_73 = {};
    //---------
    // forward
    // def blur(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), w: int, h: int):       <L 16>
    // x, y = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // acc = float(0.0)                                                                       <L 18>
    var_3 = wp::float(var_2);
    // cnt = int(0)                                                                           <L 19>
    var_5 = wp::int(var_4);
    // for dy in range(-1, 2):                                                                <L 20>
    // for dx in range(-1, 2):                                                                <L 21>
    var_9 = wp::range(var_7, var_8);
    // for dx in range(-1, 2):                                                                <L 21>
    var_29 = wp::range(var_27, var_28);
    // for dx in range(-1, 2):                                                                <L 21>
    var_51 = wp::range(var_49, var_50);
    // dst[x, y] = wp.float16(smoothstep_edge(acc / float(cnt)))                              <L 28>
    var_70 = wp::float(var_5);
    var_71 = wp::div(var_3, var_70);
    var_72 = smoothstep_edge_0(var_71);
    var_73 = wp::float16(var_72);
    // wp::array_store(var_dst, var_0, var_1, var_73);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_73, adj_dst, adj_0, adj_1, adj_73);
    wp::adj_float16(var_72, adj_72, adj_73);
    adj_smoothstep_edge_0(var_71, adj_71, adj_72);
    wp::adj_div(var_3, var_70, var_71, adj_3, adj_70, adj_71);
    wp::adj_float(var_5, adj_5, adj_70);
    // adj: dst[x, y] = wp.float16(smoothstep_edge(acc / float(cnt)))                         <L 28>
    var_51 = wp::iter_reverse(var_51);
    start_for_4:;
        if (iter_cmp(var_51) == 0) goto end_for_4;
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
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
        // xx = x + dx                                                                        <L 22>
        var_53 = wp::add(var_0, var_52);
        // yy = y + dy                                                                        <L 23>
        var_54 = wp::add(var_1, var_48);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_57 = (var_53 < var_56);
        var_55 = var_57;
        if (!var_55) {
            var_58 = (var_53 >= var_w);
            var_55 = var_55 || var_58;
        }
        if (!var_55) {
            var_60 = (var_54 < var_59);
            var_55 = var_55 || var_60;
        }
        if (!var_55) {
            var_61 = (var_54 >= var_h);
            var_55 = var_55 || var_61;
        }
        if (var_55) {
            // continue                                                                       <L 25>
            wp::assign(var_11, var_53);
            wp::assign(var_12, var_54);
            goto start_for_4;
        }
        var_62 = wp::where(var_55, var_11, var_53);
        var_63 = wp::where(var_55, var_12, var_54);
        // acc += float(src[xx, yy])                                                          <L 26>
        var_64 = wp::address(var_src, var_62, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::float(var_66);
        var_67 = wp::add(var_3, var_65);
        // cnt += 1                                                                           <L 27>
        var_69 = wp::add(var_5, var_68);
        wp::assign(var_3, var_67);
        wp::assign(var_5, var_69);
        wp::assign(var_11, var_62);
        wp::assign(var_12, var_63);
        wp::adj_assign(var_12, var_63, adj_12, adj_63);
        wp::adj_assign(var_11, var_62, adj_11, adj_62);
        wp::adj_assign(var_5, var_69, adj_5, adj_69);
        wp::adj_assign(var_3, var_67, adj_3, adj_67);
        wp::adj_add(var_5, var_68, adj_5, adj_68, adj_69);
        // adj: cnt += 1                                                                      <L 27>
        wp::adj_add(var_3, var_65, adj_3, adj_65, adj_67);
        wp::adj_float(var_66, adj_64, adj_65);
        wp::adj_address(var_src, var_62, var_63, adj_src, adj_62, adj_63, adj_64);
        // adj: acc += float(src[xx, yy])                                                     <L 26>
        wp::adj_where(var_55, var_12, var_54, adj_55, adj_12, adj_54, adj_63);
        wp::adj_where(var_55, var_11, var_53, adj_55, adj_11, adj_53, adj_62);
        if (var_55) {
            wp::adj_assign(var_12, var_54, adj_12, adj_54);
            wp::adj_assign(var_11, var_53, adj_11, adj_53);
            // adj: continue                                                                  <L 25>
        }
        if (!var_55) {
        }
        if (!var_55) {
        }
        if (!var_55) {
        }
        // adj: if xx < 0 or xx >= w or yy < 0 or yy >= h:                                    <L 24>
        wp::adj_add(var_1, var_48, adj_1, adj_48, adj_54);
        // adj: yy = y + dy                                                                   <L 23>
        wp::adj_add(var_0, var_52, adj_0, adj_52, adj_53);
        // adj: xx = x + dx                                                                   <L 22>
    	goto start_for_4;
    end_for_4:;
    // adj: for dx in range(-1, 2):                                                           <L 21>
    var_29 = wp::iter_reverse(var_29);
    start_for_2:;
        if (iter_cmp(var_29) == 0) goto end_for_2;
        var_30 = wp::iter_next(var_29);
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
    	adj_47 = {};
        // xx = x + dx                                                                        <L 22>
        var_31 = wp::add(var_0, var_30);
        // yy = y + dy                                                                        <L 23>
        var_32 = wp::add(var_1, var_26);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_35 = (var_31 < var_34);
        var_33 = var_35;
        if (!var_33) {
            var_36 = (var_31 >= var_w);
            var_33 = var_33 || var_36;
        }
        if (!var_33) {
            var_38 = (var_32 < var_37);
            var_33 = var_33 || var_38;
        }
        if (!var_33) {
            var_39 = (var_32 >= var_h);
            var_33 = var_33 || var_39;
        }
        if (var_33) {
            // continue                                                                       <L 25>
            wp::assign(var_11, var_31);
            wp::assign(var_12, var_32);
            goto start_for_2;
        }
        var_40 = wp::where(var_33, var_11, var_31);
        var_41 = wp::where(var_33, var_12, var_32);
        // acc += float(src[xx, yy])                                                          <L 26>
        var_42 = wp::address(var_src, var_40, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::float(var_44);
        var_45 = wp::add(var_3, var_43);
        // cnt += 1                                                                           <L 27>
        var_47 = wp::add(var_5, var_46);
        wp::assign(var_3, var_45);
        wp::assign(var_5, var_47);
        wp::assign(var_11, var_40);
        wp::assign(var_12, var_41);
        wp::adj_assign(var_12, var_41, adj_12, adj_41);
        wp::adj_assign(var_11, var_40, adj_11, adj_40);
        wp::adj_assign(var_5, var_47, adj_5, adj_47);
        wp::adj_assign(var_3, var_45, adj_3, adj_45);
        wp::adj_add(var_5, var_46, adj_5, adj_46, adj_47);
        // adj: cnt += 1                                                                      <L 27>
        wp::adj_add(var_3, var_43, adj_3, adj_43, adj_45);
        wp::adj_float(var_44, adj_42, adj_43);
        wp::adj_address(var_src, var_40, var_41, adj_src, adj_40, adj_41, adj_42);
        // adj: acc += float(src[xx, yy])                                                     <L 26>
        wp::adj_where(var_33, var_12, var_32, adj_33, adj_12, adj_32, adj_41);
        wp::adj_where(var_33, var_11, var_31, adj_33, adj_11, adj_31, adj_40);
        if (var_33) {
            wp::adj_assign(var_12, var_32, adj_12, adj_32);
            wp::adj_assign(var_11, var_31, adj_11, adj_31);
            // adj: continue                                                                  <L 25>
        }
        if (!var_33) {
        }
        if (!var_33) {
        }
        if (!var_33) {
        }
        // adj: if xx < 0 or xx >= w or yy < 0 or yy >= h:                                    <L 24>
        wp::adj_add(var_1, var_26, adj_1, adj_26, adj_32);
        // adj: yy = y + dy                                                                   <L 23>
        wp::adj_add(var_0, var_30, adj_0, adj_30, adj_31);
        // adj: xx = x + dx                                                                   <L 22>
    	goto start_for_2;
    end_for_2:;
    // adj: for dx in range(-1, 2):                                                           <L 21>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
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
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
        // xx = x + dx                                                                        <L 22>
        var_11 = wp::add(var_0, var_10);
        // yy = y + dy                                                                        <L 23>
        var_12 = wp::add(var_1, var_6);
        // if xx < 0 or xx >= w or yy < 0 or yy >= h:                                         <L 24>
        var_15 = (var_11 < var_14);
        var_13 = var_15;
        if (!var_13) {
            var_16 = (var_11 >= var_w);
            var_13 = var_13 || var_16;
        }
        if (!var_13) {
            var_18 = (var_12 < var_17);
            var_13 = var_13 || var_18;
        }
        if (!var_13) {
            var_19 = (var_12 >= var_h);
            var_13 = var_13 || var_19;
        }
        if (var_13) {
            // continue                                                                       <L 25>
            goto start_for_0;
        }
        // acc += float(src[xx, yy])                                                          <L 26>
        var_20 = wp::address(var_src, var_11, var_12);
        var_22 = wp::load(var_20);
        var_21 = wp::float(var_22);
        var_23 = wp::add(var_3, var_21);
        // cnt += 1                                                                           <L 27>
        var_25 = wp::add(var_5, var_24);
        wp::assign(var_3, var_23);
        wp::assign(var_5, var_25);
        wp::adj_assign(var_5, var_25, adj_5, adj_25);
        wp::adj_assign(var_3, var_23, adj_3, adj_23);
        wp::adj_add(var_5, var_24, adj_5, adj_24, adj_25);
        // adj: cnt += 1                                                                      <L 27>
        wp::adj_add(var_3, var_21, adj_3, adj_21, adj_23);
        wp::adj_float(var_22, adj_20, adj_21);
        wp::adj_address(var_src, var_11, var_12, adj_src, adj_11, adj_12, adj_20);
        // adj: acc += float(src[xx, yy])                                                     <L 26>
        if (var_13) {
            // adj: continue                                                                  <L 25>
        }
        if (!var_13) {
        }
        if (!var_13) {
        }
        if (!var_13) {
        }
        // adj: if xx < 0 or xx >= w or yy < 0 or yy >= h:                                    <L 24>
        wp::adj_add(var_1, var_6, adj_1, adj_6, adj_12);
        // adj: yy = y + dy                                                                   <L 23>
        wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: xx = x + dx                                                                   <L 22>
    	goto start_for_0;
    end_for_0:;
    // adj: for dx in range(-1, 2):                                                           <L 21>
    // adj: for dy in range(-1, 2):                                                           <L 20>
    // adj: cnt = int(0)                                                                      <L 19>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: acc = float(0.0)                                                                  <L 18>
    // adj: x, y = wp.tid()                                                                   <L 17>
    // adj: def blur(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), w: int, h: int):  <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void blur_523d6a74_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_blur_523d6a74 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blur_523d6a74_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void blur_523d6a74_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_blur_523d6a74 *_wp_args,
    wp_args_blur_523d6a74 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blur_523d6a74_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_expect_e71ce0fe {
    wp::array_t<wp::int32> a;
};


void expect_e71ce0fe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_expect_e71ce0fe *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = -1;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::float32 var_10 = 1e-06;
    //---------
    // forward
    // def expect(a: wp.array(dtype=int)):                                                    <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // wp.expect_neq(a[i], -1)                                                                <L 34>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    wp::expect_neq(var_3, var_2);
    // wp.expect_near(float(a[i]), float(a[i]), 1.0e-6)                                       <L 35>
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_7 = wp::address(var_a, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::float(var_9);
    wp::expect_near(var_5, var_8, var_10);
}



extern "C" {

// Python CPU entry points
WP_API void expect_e71ce0fe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_expect_e71ce0fe *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        expect_e71ce0fe_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

