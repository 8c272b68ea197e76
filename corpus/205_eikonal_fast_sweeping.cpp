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


// corpus/205_eikonal_fast_sweeping.py:6
static wp::float32 solve_eikonal_2d_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_h,
    wp::float32 var_f)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def solve_eikonal_2d(a: float, b: float, h: float, f: float) -> float:                 <L 7>
    // hf = h / f                                                                             <L 8>
    var_0 = wp::div(var_h, var_f);
    // if wp.abs(a - b) >= hf:                                                                <L 9>
    var_1 = wp::sub(var_a, var_b);
    var_2 = wp::abs(var_1);
    var_3 = (var_2 >= var_0);
    if (var_3) {
        // return wp.min(a, b) + hf                                                           <L 10>
        var_4 = wp::min(var_a, var_b);
        var_5 = wp::add(var_4, var_0);
        return var_5;
    }
    // return 0.5 * (a + b + wp.sqrt(2.0 * hf * hf - (a - b) * (a - b)))                      <L 11>
    var_7 = wp::add(var_a, var_b);
    var_9 = wp::mul(var_8, var_0);
    var_10 = wp::mul(var_9, var_0);
    var_11 = wp::sub(var_a, var_b);
    var_12 = wp::sub(var_a, var_b);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::sub(var_10, var_13);
    var_15 = wp::sqrt(var_14);
    var_16 = wp::add(var_7, var_15);
    var_17 = wp::mul(var_6, var_16);
    return var_17;
}


// corpus/205_eikonal_fast_sweeping.py:6
static void adj_solve_eikonal_2d_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_h,
    wp::float32 var_f,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_h,
    wp::float32 & adj_f,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
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
    //---------
    // forward
    // def solve_eikonal_2d(a: float, b: float, h: float, f: float) -> float:                 <L 7>
    // hf = h / f                                                                             <L 8>
    var_0 = wp::div(var_h, var_f);
    // if wp.abs(a - b) >= hf:                                                                <L 9>
    var_1 = wp::sub(var_a, var_b);
    var_2 = wp::abs(var_1);
    var_3 = (var_2 >= var_0);
    if (var_3) {
        // return wp.min(a, b) + hf                                                           <L 10>
        var_4 = wp::min(var_a, var_b);
        var_5 = wp::add(var_4, var_0);
        goto label0;
    }
    // return 0.5 * (a + b + wp.sqrt(2.0 * hf * hf - (a - b) * (a - b)))                      <L 11>
    var_7 = wp::add(var_a, var_b);
    var_9 = wp::mul(var_8, var_0);
    var_10 = wp::mul(var_9, var_0);
    var_11 = wp::sub(var_a, var_b);
    var_12 = wp::sub(var_a, var_b);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::sub(var_10, var_13);
    var_15 = wp::sqrt(var_14);
    var_16 = wp::add(var_7, var_15);
    var_17 = wp::mul(var_6, var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_mul(var_6, var_16, adj_6, adj_16, adj_17);
    wp::adj_add(var_7, var_15, adj_7, adj_15, adj_16);
    wp::adj_sqrt(var_14, var_15, adj_14, adj_15);
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_12);
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_11);
    wp::adj_mul(var_9, var_0, adj_9, adj_0, adj_10);
    wp::adj_mul(var_8, var_0, adj_8, adj_0, adj_9);
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_7);
    // adj: return 0.5 * (a + b + wp.sqrt(2.0 * hf * hf - (a - b) * (a - b)))                 <L 11>
    if (var_3) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_add(var_4, var_0, adj_4, adj_0, adj_5);
        wp::adj_min(var_a, var_b, adj_a, adj_b, adj_4);
        // adj: return wp.min(a, b) + hf                                                      <L 10>
    }
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_1);
    // adj: if wp.abs(a - b) >= hf:                                                           <L 9>
    wp::adj_div(var_h, var_f, var_0, adj_h, adj_f, adj_0);
    // adj: hf = h / f                                                                        <L 8>
    // adj: def solve_eikonal_2d(a: float, b: float, h: float, f: float) -> float:            <L 7>
    return;
}

struct wp_args_fast_sweep_70f44ed2 {
    wp::array_t<wp::float32> dist;
    wp::array_t<wp::float32> speed;
    wp::float32 h;
    wp::int32 dir_x;
    wp::int32 dir_y;
    wp::array_t<wp::int32> changed;
};


void fast_sweep_70f44ed2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fast_sweep_70f44ed2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    wp::float32 var_h = _wp_args->h;
    wp::int32 var_dir_x = _wp_args->dir_x;
    wp::int32 var_dir_y = _wp_args->dir_y;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1e+20;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    bool var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    bool var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    bool var_67;
    bool var_68;
    wp::float32* var_69;
    const wp::float32 var_70 = 1e-06;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32* var_74;
    bool var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 0;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    //---------
    // forward
    // def fast_sweep(dist: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), h: float, dir_x: int, dir_y: int, changed: wp.array(dtype=int)):       <L 15>
    // row = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // nx = dist.shape[0]                                                                     <L 17>
    var_1 = &(var_dist.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // ny = dist.shape[1]                                                                     <L 18>
    var_5 = &(var_dist.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // i = row                                                                                <L 19>
    var_9 = wp::copy(var_0);
    // if dir_x < 0:                                                                          <L 20>
    var_11 = (var_dir_x < var_10);
    if (var_11) {
        // i = nx - 1 - row                                                                   <L 21>
        var_13 = wp::sub(var_3, var_12);
        var_14 = wp::sub(var_13, var_0);
    }
    var_15 = wp::where(var_11, var_14, var_9);
    // for jj in range(ny):                                                                   <L 22>
    var_16 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // j = jj                                                                             <L 23>
        var_18 = wp::copy(var_17);
        // if dir_y < 0:                                                                      <L 24>
        var_20 = (var_dir_y < var_19);
        if (var_20) {
            // j = ny - 1 - jj                                                                <L 25>
            var_22 = wp::sub(var_7, var_21);
            var_23 = wp::sub(var_22, var_17);
        }
        var_24 = wp::where(var_20, var_23, var_18);
        // if dist[i, j] == 0.0:                                                              <L 26>
        var_25 = wp::address(var_dist, var_15, var_24);
        var_28 = wp::load(var_25);
        var_27 = (var_28 == var_26);
        if (var_27) {
            // continue                                                                       <L 27>
            goto start_for_0;
        }
        // a = INF                                                                            <L 28>
        var_30 = wp::copy(var_29);
        // if i > 0:                                                                          <L 29>
        var_32 = (var_15 > var_31);
        if (var_32) {
            // a = wp.min(a, dist[i - 1, j])                                                  <L 30>
            var_34 = wp::sub(var_15, var_33);
            var_35 = wp::address(var_dist, var_34, var_24);
            var_37 = wp::load(var_35);
            var_36 = wp::min(var_30, var_37);
        }
        var_38 = wp::where(var_32, var_36, var_30);
        // if i < nx - 1:                                                                     <L 31>
        var_40 = wp::sub(var_3, var_39);
        var_41 = (var_15 < var_40);
        if (var_41) {
            // a = wp.min(a, dist[i + 1, j])                                                  <L 32>
            var_43 = wp::add(var_15, var_42);
            var_44 = wp::address(var_dist, var_43, var_24);
            var_46 = wp::load(var_44);
            var_45 = wp::min(var_38, var_46);
        }
        var_47 = wp::where(var_41, var_45, var_38);
        // b = INF                                                                            <L 33>
        var_48 = wp::copy(var_29);
        // if j > 0:                                                                          <L 34>
        var_50 = (var_24 > var_49);
        if (var_50) {
            // b = wp.min(b, dist[i, j - 1])                                                  <L 35>
            var_52 = wp::sub(var_24, var_51);
            var_53 = wp::address(var_dist, var_15, var_52);
            var_55 = wp::load(var_53);
            var_54 = wp::min(var_48, var_55);
        }
        var_56 = wp::where(var_50, var_54, var_48);
        // if j < ny - 1:                                                                     <L 36>
        var_58 = wp::sub(var_7, var_57);
        var_59 = (var_24 < var_58);
        if (var_59) {
            // b = wp.min(b, dist[i, j + 1])                                                  <L 37>
            var_61 = wp::add(var_24, var_60);
            var_62 = wp::address(var_dist, var_15, var_61);
            var_64 = wp::load(var_62);
            var_63 = wp::min(var_56, var_64);
        }
        var_65 = wp::where(var_59, var_63, var_56);
        // if a >= INF and b >= INF:                                                          <L 38>
        var_67 = (var_47 >= var_29);
        var_66 = var_67;
        if (var_66) {
            var_68 = (var_65 >= var_29);
            var_66 = var_66 && var_68;
        }
        if (var_66) {
            // continue                                                                       <L 39>
            goto start_for_0;
        }
        // d = solve_eikonal_2d(a, b, h, wp.max(speed[i, j], 1.0e-6))                         <L 40>
        var_69 = wp::address(var_speed, var_15, var_24);
        var_72 = wp::load(var_69);
        var_71 = wp::max(var_72, var_70);
        var_73 = solve_eikonal_2d_0(var_47, var_65, var_h, var_71);
        // if d < dist[i, j]:                                                                 <L 41>
        var_74 = wp::address(var_dist, var_15, var_24);
        var_76 = wp::load(var_74);
        var_75 = (var_73 < var_76);
        if (var_75) {
            // dist[i, j] = d                                                                 <L 42>
            wp::array_store(var_dist, var_15, var_24, var_73);
            // wp.atomic_add(changed, 0, 1)                                                   <L 43>
            var_79 = wp::atomic_add(var_changed, var_77, var_78);
        }
        goto start_for_0;
    end_for_0:;
}



void fast_sweep_70f44ed2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fast_sweep_70f44ed2 *_wp_args,
    wp_args_fast_sweep_70f44ed2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    wp::float32 var_h = _wp_args->h;
    wp::int32 var_dir_x = _wp_args->dir_x;
    wp::int32 var_dir_y = _wp_args->dir_y;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    wp::array_t<wp::float32> adj_speed = _wp_adj_args->speed;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::int32 adj_dir_x = _wp_adj_args->dir_x;
    wp::int32 adj_dir_y = _wp_adj_args->dir_y;
    wp::array_t<wp::int32> adj_changed = _wp_adj_args->changed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1e+20;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    bool var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    bool var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    bool var_67;
    bool var_68;
    wp::float32* var_69;
    const wp::float32 var_70 = 1e-06;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32* var_74;
    bool var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 0;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    bool adj_67 = {};
    bool adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    bool adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    //---------
    // forward
    // def fast_sweep(dist: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), h: float, dir_x: int, dir_y: int, changed: wp.array(dtype=int)):       <L 15>
    // row = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // nx = dist.shape[0]                                                                     <L 17>
    var_1 = &(var_dist.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // ny = dist.shape[1]                                                                     <L 18>
    var_5 = &(var_dist.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // i = row                                                                                <L 19>
    var_9 = wp::copy(var_0);
    // if dir_x < 0:                                                                          <L 20>
    var_11 = (var_dir_x < var_10);
    if (var_11) {
        // i = nx - 1 - row                                                                   <L 21>
        var_13 = wp::sub(var_3, var_12);
        var_14 = wp::sub(var_13, var_0);
    }
    var_15 = wp::where(var_11, var_14, var_9);
    // for jj in range(ny):                                                                   <L 22>
    var_16 = wp::range(var_7);
    //---------
    // reverse
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
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
    	adj_48 = {};
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
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
        // j = jj                                                                             <L 23>
        var_18 = wp::copy(var_17);
        // if dir_y < 0:                                                                      <L 24>
        var_20 = (var_dir_y < var_19);
        if (var_20) {
            // j = ny - 1 - jj                                                                <L 25>
            var_22 = wp::sub(var_7, var_21);
            var_23 = wp::sub(var_22, var_17);
        }
        var_24 = wp::where(var_20, var_23, var_18);
        // if dist[i, j] == 0.0:                                                              <L 26>
        var_25 = wp::address(var_dist, var_15, var_24);
        var_28 = wp::load(var_25);
        var_27 = (var_28 == var_26);
        if (var_27) {
            // continue                                                                       <L 27>
            goto start_for_0;
        }
        // a = INF                                                                            <L 28>
        var_30 = wp::copy(var_29);
        // if i > 0:                                                                          <L 29>
        var_32 = (var_15 > var_31);
        if (var_32) {
            // a = wp.min(a, dist[i - 1, j])                                                  <L 30>
            var_34 = wp::sub(var_15, var_33);
            var_35 = wp::address(var_dist, var_34, var_24);
            var_37 = wp::load(var_35);
            var_36 = wp::min(var_30, var_37);
        }
        var_38 = wp::where(var_32, var_36, var_30);
        // if i < nx - 1:                                                                     <L 31>
        var_40 = wp::sub(var_3, var_39);
        var_41 = (var_15 < var_40);
        if (var_41) {
            // a = wp.min(a, dist[i + 1, j])                                                  <L 32>
            var_43 = wp::add(var_15, var_42);
            var_44 = wp::address(var_dist, var_43, var_24);
            var_46 = wp::load(var_44);
            var_45 = wp::min(var_38, var_46);
        }
        var_47 = wp::where(var_41, var_45, var_38);
        // b = INF                                                                            <L 33>
        var_48 = wp::copy(var_29);
        // if j > 0:                                                                          <L 34>
        var_50 = (var_24 > var_49);
        if (var_50) {
            // b = wp.min(b, dist[i, j - 1])                                                  <L 35>
            var_52 = wp::sub(var_24, var_51);
            var_53 = wp::address(var_dist, var_15, var_52);
            var_55 = wp::load(var_53);
            var_54 = wp::min(var_48, var_55);
        }
        var_56 = wp::where(var_50, var_54, var_48);
        // if j < ny - 1:                                                                     <L 36>
        var_58 = wp::sub(var_7, var_57);
        var_59 = (var_24 < var_58);
        if (var_59) {
            // b = wp.min(b, dist[i, j + 1])                                                  <L 37>
            var_61 = wp::add(var_24, var_60);
            var_62 = wp::address(var_dist, var_15, var_61);
            var_64 = wp::load(var_62);
            var_63 = wp::min(var_56, var_64);
        }
        var_65 = wp::where(var_59, var_63, var_56);
        // if a >= INF and b >= INF:                                                          <L 38>
        var_67 = (var_47 >= var_29);
        var_66 = var_67;
        if (var_66) {
            var_68 = (var_65 >= var_29);
            var_66 = var_66 && var_68;
        }
        if (var_66) {
            // continue                                                                       <L 39>
            goto start_for_0;
        }
        // d = solve_eikonal_2d(a, b, h, wp.max(speed[i, j], 1.0e-6))                         <L 40>
        var_69 = wp::address(var_speed, var_15, var_24);
        var_72 = wp::load(var_69);
        var_71 = wp::max(var_72, var_70);
        var_73 = solve_eikonal_2d_0(var_47, var_65, var_h, var_71);
        // if d < dist[i, j]:                                                                 <L 41>
        var_74 = wp::address(var_dist, var_15, var_24);
        var_76 = wp::load(var_74);
        var_75 = (var_73 < var_76);
        if (var_75) {
            // dist[i, j] = d                                                                 <L 42>
            // wp::array_store(var_dist, var_15, var_24, var_73);
            // wp.atomic_add(changed, 0, 1)                                                   <L 43>
            // var_79 = wp::atomic_add(var_changed, var_77, var_78);
        }
        if (var_75) {
            wp::adj_atomic_add(var_changed, var_77, var_78, adj_changed, adj_77, adj_78, adj_79);
            // adj: wp.atomic_add(changed, 0, 1)                                              <L 43>
            wp::adj_array_store(var_dist, var_15, var_24, var_73, adj_dist, adj_15, adj_24, adj_73);
            // adj: dist[i, j] = d                                                            <L 42>
        }
        wp::adj_address(var_dist, var_15, var_24, adj_dist, adj_15, adj_24, adj_74);
        // adj: if d < dist[i, j]:                                                            <L 41>
        adj_solve_eikonal_2d_0(var_47, var_65, var_h, var_71, adj_47, adj_65, adj_h, adj_71, adj_73);
        wp::adj_max(var_72, var_70, adj_69, adj_70, adj_71);
        wp::adj_address(var_speed, var_15, var_24, adj_speed, adj_15, adj_24, adj_69);
        // adj: d = solve_eikonal_2d(a, b, h, wp.max(speed[i, j], 1.0e-6))                    <L 40>
        if (var_66) {
            // adj: continue                                                                  <L 39>
        }
        if (var_66) {
        }
        // adj: if a >= INF and b >= INF:                                                     <L 38>
        wp::adj_where(var_59, var_63, var_56, adj_59, adj_63, adj_56, adj_65);
        if (var_59) {
            wp::adj_min(var_56, var_64, adj_56, adj_62, adj_63);
            wp::adj_address(var_dist, var_15, var_61, adj_dist, adj_15, adj_61, adj_62);
            wp::adj_add(var_24, var_60, adj_24, adj_60, adj_61);
            // adj: b = wp.min(b, dist[i, j + 1])                                             <L 37>
        }
        wp::adj_sub(var_7, var_57, adj_7, adj_57, adj_58);
        // adj: if j < ny - 1:                                                                <L 36>
        wp::adj_where(var_50, var_54, var_48, adj_50, adj_54, adj_48, adj_56);
        if (var_50) {
            wp::adj_min(var_48, var_55, adj_48, adj_53, adj_54);
            wp::adj_address(var_dist, var_15, var_52, adj_dist, adj_15, adj_52, adj_53);
            wp::adj_sub(var_24, var_51, adj_24, adj_51, adj_52);
            // adj: b = wp.min(b, dist[i, j - 1])                                             <L 35>
        }
        // adj: if j > 0:                                                                     <L 34>
        wp::adj_copy(var_29, adj_29, adj_48);
        // adj: b = INF                                                                       <L 33>
        wp::adj_where(var_41, var_45, var_38, adj_41, adj_45, adj_38, adj_47);
        if (var_41) {
            wp::adj_min(var_38, var_46, adj_38, adj_44, adj_45);
            wp::adj_address(var_dist, var_43, var_24, adj_dist, adj_43, adj_24, adj_44);
            wp::adj_add(var_15, var_42, adj_15, adj_42, adj_43);
            // adj: a = wp.min(a, dist[i + 1, j])                                             <L 32>
        }
        wp::adj_sub(var_3, var_39, adj_3, adj_39, adj_40);
        // adj: if i < nx - 1:                                                                <L 31>
        wp::adj_where(var_32, var_36, var_30, adj_32, adj_36, adj_30, adj_38);
        if (var_32) {
            wp::adj_min(var_30, var_37, adj_30, adj_35, adj_36);
            wp::adj_address(var_dist, var_34, var_24, adj_dist, adj_34, adj_24, adj_35);
            wp::adj_sub(var_15, var_33, adj_15, adj_33, adj_34);
            // adj: a = wp.min(a, dist[i - 1, j])                                             <L 30>
        }
        // adj: if i > 0:                                                                     <L 29>
        wp::adj_copy(var_29, adj_29, adj_30);
        // adj: a = INF                                                                       <L 28>
        if (var_27) {
            // adj: continue                                                                  <L 27>
        }
        wp::adj_address(var_dist, var_15, var_24, adj_dist, adj_15, adj_24, adj_25);
        // adj: if dist[i, j] == 0.0:                                                         <L 26>
        wp::adj_where(var_20, var_23, var_18, adj_20, adj_23, adj_18, adj_24);
        if (var_20) {
            wp::adj_sub(var_22, var_17, adj_22, adj_17, adj_23);
            wp::adj_sub(var_7, var_21, adj_7, adj_21, adj_22);
            // adj: j = ny - 1 - jj                                                           <L 25>
        }
        // adj: if dir_y < 0:                                                                 <L 24>
        wp::adj_copy(var_17, adj_17, adj_18);
        // adj: j = jj                                                                        <L 23>
    	goto start_for_0;
    end_for_0:;
    // adj: for jj in range(ny):                                                              <L 22>
    wp::adj_where(var_11, var_14, var_9, adj_11, adj_14, adj_9, adj_15);
    if (var_11) {
        wp::adj_sub(var_13, var_0, adj_13, adj_0, adj_14);
        wp::adj_sub(var_3, var_12, adj_3, adj_12, adj_13);
        // adj: i = nx - 1 - row                                                              <L 21>
    }
    // adj: if dir_x < 0:                                                                     <L 20>
    wp::adj_copy(var_0, adj_0, adj_9);
    // adj: i = row                                                                           <L 19>
    adj_dist.shape = adj_5;
    // adj: ny = dist.shape[1]                                                                <L 18>
    adj_dist.shape = adj_1;
    // adj: nx = dist.shape[0]                                                                <L 17>
    // adj: row = wp.tid()                                                                    <L 16>
    // adj: def fast_sweep(dist: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), h: float, dir_x: int, dir_y: int, changed: wp.array(dtype=int)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fast_sweep_70f44ed2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fast_sweep_70f44ed2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fast_sweep_70f44ed2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fast_sweep_70f44ed2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fast_sweep_70f44ed2 *_wp_args,
    wp_args_fast_sweep_70f44ed2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fast_sweep_70f44ed2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_init_distance_6ffcbadb {
    wp::array_t<wp::uint8> seeds;
    wp::array_t<wp::float32> dist;
};


void init_distance_6ffcbadb_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_distance_6ffcbadb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_seeds = _wp_args->seeds;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    const wp::int32 var_3 = 0;
    wp::uint8 var_4;
    bool var_5;
    wp::uint8 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1e+20;
    wp::float32 var_9;
    //---------
    // forward
    // def init_distance(seeds: wp.array2d(dtype=wp.uint8), dist: wp.array2d(dtype=float)):       <L 47>
    // i, j = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // dist[i, j] = wp.where(seeds[i, j] != wp.uint8(0), 0.0, INF)                            <L 49>
    var_2 = wp::address(var_seeds, var_0, var_1);
    var_4 = wp::uint8(var_3);
    var_6 = wp::load(var_2);
    var_5 = (var_6 != var_4);
    var_9 = wp::where(var_5, var_7, var_8);
    wp::array_store(var_dist, var_0, var_1, var_9);
}



void init_distance_6ffcbadb_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_distance_6ffcbadb *_wp_args,
    wp_args_init_distance_6ffcbadb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_seeds = _wp_args->seeds;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::uint8> adj_seeds = _wp_adj_args->seeds;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    const wp::int32 var_3 = 0;
    wp::uint8 var_4;
    bool var_5;
    wp::uint8 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1e+20;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint8 adj_4 = {};
    bool adj_5 = {};
    wp::uint8 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def init_distance(seeds: wp.array2d(dtype=wp.uint8), dist: wp.array2d(dtype=float)):       <L 47>
    // i, j = wp.tid()                                                                        <L 48>
    builtin_tid2d(var_0, var_1);
    // dist[i, j] = wp.where(seeds[i, j] != wp.uint8(0), 0.0, INF)                            <L 49>
    var_2 = wp::address(var_seeds, var_0, var_1);
    var_4 = wp::uint8(var_3);
    var_6 = wp::load(var_2);
    var_5 = (var_6 != var_4);
    var_9 = wp::where(var_5, var_7, var_8);
    // wp::array_store(var_dist, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_dist, var_0, var_1, var_9, adj_dist, adj_0, adj_1, adj_9);
    wp::adj_where(var_5, var_7, var_8, adj_5, adj_7, adj_8, adj_9);
    wp::adj_address(var_seeds, var_0, var_1, adj_seeds, adj_0, adj_1, adj_2);
    // adj: dist[i, j] = wp.where(seeds[i, j] != wp.uint8(0), 0.0, INF)                       <L 49>
    // adj: i, j = wp.tid()                                                                   <L 48>
    // adj: def init_distance(seeds: wp.array2d(dtype=wp.uint8), dist: wp.array2d(dtype=float)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void init_distance_6ffcbadb_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_distance_6ffcbadb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_distance_6ffcbadb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void init_distance_6ffcbadb_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_distance_6ffcbadb *_wp_args,
    wp_args_init_distance_6ffcbadb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_distance_6ffcbadb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gradient_descent_paths_0313c804 {
    wp::array_t<wp::float32> dist;
    wp::array_t<wp::vec_t<2, wp::int32>> starts;
    wp::int32 max_len;
    wp::array_t<wp::vec_t<2, wp::int32>> paths;
    wp::array_t<wp::int32> lengths;
};


void gradient_descent_paths_0313c804_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gradient_descent_paths_0313c804 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::vec_t<2, wp::int32>> var_starts = _wp_args->starts;
    wp::int32 var_max_len = _wp_args->max_len;
    wp::array_t<wp::vec_t<2, wp::int32>> var_paths = _wp_args->paths;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::vec_t<2, wp::int32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = -1;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 2;
    wp::range_t var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    const wp::int32 var_40 = 0;
    bool var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    bool var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::shape_t var_50;
    bool var_51;
    wp::float32* var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::vec_t<2, wp::int32> var_58;
    wp::vec_t<2, wp::int32> var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = -1;
    const wp::int32 var_63 = 2;
    wp::range_t var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::int32 var_71;
    bool var_72;
    const wp::int32 var_73 = 0;
    bool var_74;
    const wp::int32 var_75 = 0;
    bool var_76;
    wp::shape_t* var_77;
    const wp::int32 var_78 = 0;
    wp::int32 var_79;
    wp::shape_t var_80;
    bool var_81;
    wp::shape_t* var_82;
    const wp::int32 var_83 = 1;
    wp::int32 var_84;
    wp::shape_t var_85;
    bool var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    wp::float32* var_89;
    bool var_90;
    wp::float32 var_91;
    wp::float32* var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::vec_t<2, wp::int32> var_95;
    wp::vec_t<2, wp::int32> var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    const wp::int32 var_99 = -1;
    const wp::int32 var_100 = 2;
    wp::range_t var_101;
    wp::int32 var_102;
    const wp::int32 var_103 = 0;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 1;
    wp::int32 var_107;
    wp::int32 var_108;
    bool var_109;
    const wp::int32 var_110 = 0;
    bool var_111;
    const wp::int32 var_112 = 0;
    bool var_113;
    wp::shape_t* var_114;
    const wp::int32 var_115 = 0;
    wp::int32 var_116;
    wp::shape_t var_117;
    bool var_118;
    wp::shape_t* var_119;
    const wp::int32 var_120 = 1;
    wp::int32 var_121;
    wp::shape_t var_122;
    bool var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32* var_126;
    bool var_127;
    wp::float32 var_128;
    wp::float32* var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::vec_t<2, wp::int32> var_132;
    wp::vec_t<2, wp::int32> var_133;
    wp::float32 var_134;
    bool var_135;
    const wp::int32 var_136 = 0;
    wp::int32 var_137;
    const wp::int32 var_138 = 0;
    wp::int32 var_139;
    bool var_140;
    const wp::int32 var_141 = 1;
    wp::int32 var_142;
    const wp::int32 var_143 = 1;
    wp::int32 var_144;
    bool var_145;
    wp::int32 var_146;
    wp::vec_t<2, wp::int32> var_147;
    //---------
    // forward
    // def gradient_descent_paths(dist: wp.array2d(dtype=float), starts: wp.array(dtype=wp.vec2i), max_len: int, paths: wp.array2d(dtype=wp.vec2i), lengths: wp.array(dtype=int)):       <L 53>
    // p = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // c = starts[p]                                                                          <L 55>
    var_1 = wp::address(var_starts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = int(0)                                                                             <L 56>
    var_5 = wp::int(var_4);
    // while n < max_len:                                                                     <L 57>
    start_while_0:;
    var_6 = (var_5 < var_max_len);
    if ((var_6) == false) goto end_while_0;
        // paths[p, n] = c                                                                    <L 58>
        wp::array_store(var_paths, var_0, var_5, var_2);
        // n += 1                                                                             <L 59>
        var_8 = wp::add(var_5, var_7);
        // if dist[c[0], c[1]] == 0.0:                                                        <L 60>
        var_10 = wp::extract(var_2, var_9);
        var_12 = wp::extract(var_2, var_11);
        var_13 = wp::address(var_dist, var_10, var_12);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_14);
        if (var_15) {
            // break                                                                          <L 61>
            wp::assign(var_5, var_8);
            goto end_while_0;
        }
        var_17 = wp::where(var_15, var_5, var_8);
        // best = c                                                                           <L 62>
        var_18 = wp::copy(var_2);
        // bd = dist[c[0], c[1]]                                                              <L 63>
        var_20 = wp::extract(var_2, var_19);
        var_22 = wp::extract(var_2, var_21);
        var_23 = wp::address(var_dist, var_20, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // for dx in range(-1, 2):                                                            <L 64>
        // for dy in range(-1, 2):                                                            <L 65>
        var_29 = wp::range(var_27, var_28);
        start_for_2:;
            if (iter_cmp(var_29) == 0) goto end_for_2;
            var_30 = wp::iter_next(var_29);
            // ni = c[0] + dx                                                                 <L 66>
            var_32 = wp::extract(var_2, var_31);
            var_33 = wp::add(var_32, var_26);
            // nj = c[1] + dy                                                                 <L 67>
            var_35 = wp::extract(var_2, var_34);
            var_36 = wp::add(var_35, var_30);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_39 = (var_33 < var_38);
            var_37 = var_39;
            if (!var_37) {
                var_41 = (var_36 < var_40);
                var_37 = var_37 || var_41;
            }
            if (!var_37) {
                var_42 = &(var_dist.shape);
                var_45 = wp::load(var_42);
                var_44 = wp::extract(var_45, var_43);
                var_46 = (var_33 >= var_44);
                var_37 = var_37 || var_46;
            }
            if (!var_37) {
                var_47 = &(var_dist.shape);
                var_50 = wp::load(var_47);
                var_49 = wp::extract(var_50, var_48);
                var_51 = (var_36 >= var_49);
                var_37 = var_37 || var_51;
            }
            if (var_37) {
                // continue                                                                   <L 69>
                goto start_for_2;
            }
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_52 = wp::address(var_dist, var_33, var_36);
            var_54 = wp::load(var_52);
            var_53 = (var_54 < var_24);
            if (var_53) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_55 = wp::address(var_dist, var_33, var_36);
                var_57 = wp::load(var_55);
                var_56 = wp::copy(var_57);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_58 = wp::vec_t<2, wp::int32>(var_33, var_36);
            }
            var_59 = wp::where(var_53, var_58, var_18);
            var_60 = wp::where(var_53, var_56, var_24);
            wp::assign(var_18, var_59);
            wp::assign(var_24, var_60);
            goto start_for_2;
        end_for_2:;
        // for dy in range(-1, 2):                                                            <L 65>
        var_64 = wp::range(var_62, var_63);
        start_for_4:;
            if (iter_cmp(var_64) == 0) goto end_for_4;
            var_65 = wp::iter_next(var_64);
            // ni = c[0] + dx                                                                 <L 66>
            var_67 = wp::extract(var_2, var_66);
            var_68 = wp::add(var_67, var_61);
            // nj = c[1] + dy                                                                 <L 67>
            var_70 = wp::extract(var_2, var_69);
            var_71 = wp::add(var_70, var_65);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_74 = (var_68 < var_73);
            var_72 = var_74;
            if (!var_72) {
                var_76 = (var_71 < var_75);
                var_72 = var_72 || var_76;
            }
            if (!var_72) {
                var_77 = &(var_dist.shape);
                var_80 = wp::load(var_77);
                var_79 = wp::extract(var_80, var_78);
                var_81 = (var_68 >= var_79);
                var_72 = var_72 || var_81;
            }
            if (!var_72) {
                var_82 = &(var_dist.shape);
                var_85 = wp::load(var_82);
                var_84 = wp::extract(var_85, var_83);
                var_86 = (var_71 >= var_84);
                var_72 = var_72 || var_86;
            }
            if (var_72) {
                // continue                                                                   <L 69>
                wp::assign(var_33, var_68);
                wp::assign(var_36, var_71);
                goto start_for_4;
            }
            var_87 = wp::where(var_72, var_33, var_68);
            var_88 = wp::where(var_72, var_36, var_71);
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_89 = wp::address(var_dist, var_87, var_88);
            var_91 = wp::load(var_89);
            var_90 = (var_91 < var_24);
            if (var_90) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_92 = wp::address(var_dist, var_87, var_88);
                var_94 = wp::load(var_92);
                var_93 = wp::copy(var_94);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_95 = wp::vec_t<2, wp::int32>(var_87, var_88);
            }
            var_96 = wp::where(var_90, var_95, var_18);
            var_97 = wp::where(var_90, var_93, var_24);
            wp::assign(var_18, var_96);
            wp::assign(var_24, var_97);
            wp::assign(var_33, var_87);
            wp::assign(var_36, var_88);
            goto start_for_4;
        end_for_4:;
        // for dy in range(-1, 2):                                                            <L 65>
        var_101 = wp::range(var_99, var_100);
        start_for_6:;
            if (iter_cmp(var_101) == 0) goto end_for_6;
            var_102 = wp::iter_next(var_101);
            // ni = c[0] + dx                                                                 <L 66>
            var_104 = wp::extract(var_2, var_103);
            var_105 = wp::add(var_104, var_98);
            // nj = c[1] + dy                                                                 <L 67>
            var_107 = wp::extract(var_2, var_106);
            var_108 = wp::add(var_107, var_102);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_111 = (var_105 < var_110);
            var_109 = var_111;
            if (!var_109) {
                var_113 = (var_108 < var_112);
                var_109 = var_109 || var_113;
            }
            if (!var_109) {
                var_114 = &(var_dist.shape);
                var_117 = wp::load(var_114);
                var_116 = wp::extract(var_117, var_115);
                var_118 = (var_105 >= var_116);
                var_109 = var_109 || var_118;
            }
            if (!var_109) {
                var_119 = &(var_dist.shape);
                var_122 = wp::load(var_119);
                var_121 = wp::extract(var_122, var_120);
                var_123 = (var_108 >= var_121);
                var_109 = var_109 || var_123;
            }
            if (var_109) {
                // continue                                                                   <L 69>
                wp::assign(var_33, var_105);
                wp::assign(var_36, var_108);
                goto start_for_6;
            }
            var_124 = wp::where(var_109, var_33, var_105);
            var_125 = wp::where(var_109, var_36, var_108);
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_126 = wp::address(var_dist, var_124, var_125);
            var_128 = wp::load(var_126);
            var_127 = (var_128 < var_24);
            if (var_127) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_129 = wp::address(var_dist, var_124, var_125);
                var_131 = wp::load(var_129);
                var_130 = wp::copy(var_131);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_132 = wp::vec_t<2, wp::int32>(var_124, var_125);
            }
            var_133 = wp::where(var_127, var_132, var_18);
            var_134 = wp::where(var_127, var_130, var_24);
            wp::assign(var_18, var_133);
            wp::assign(var_24, var_134);
            wp::assign(var_33, var_124);
            wp::assign(var_36, var_125);
            goto start_for_6;
        end_for_6:;
        // if best[0] == c[0] and best[1] == c[1]:                                            <L 73>
        var_137 = wp::extract(var_18, var_136);
        var_139 = wp::extract(var_2, var_138);
        var_140 = (var_137 == var_139);
        var_135 = var_140;
        if (var_135) {
            var_142 = wp::extract(var_18, var_141);
            var_144 = wp::extract(var_2, var_143);
            var_145 = (var_142 == var_144);
            var_135 = var_135 && var_145;
        }
        if (var_135) {
            // break                                                                          <L 74>
            wp::assign(var_5, var_17);
            goto end_while_0;
        }
        var_146 = wp::where(var_135, var_5, var_17);
        // c = best                                                                           <L 75>
        var_147 = wp::copy(var_18);
        wp::assign(var_2, var_147);
        wp::assign(var_5, var_146);
    goto start_while_0;
    end_while_0:;
    // lengths[p] = n                                                                         <L 76>
    wp::array_store(var_lengths, var_0, var_5);
}



void gradient_descent_paths_0313c804_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gradient_descent_paths_0313c804 *_wp_args,
    wp_args_gradient_descent_paths_0313c804 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::vec_t<2, wp::int32>> var_starts = _wp_args->starts;
    wp::int32 var_max_len = _wp_args->max_len;
    wp::array_t<wp::vec_t<2, wp::int32>> var_paths = _wp_args->paths;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_starts = _wp_adj_args->starts;
    wp::int32 adj_max_len = _wp_adj_args->max_len;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_paths = _wp_adj_args->paths;
    wp::array_t<wp::int32> adj_lengths = _wp_adj_args->lengths;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::vec_t<2, wp::int32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = -1;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 2;
    wp::range_t var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    const wp::int32 var_40 = 0;
    bool var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    bool var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::shape_t var_50;
    bool var_51;
    wp::float32* var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::vec_t<2, wp::int32> var_58;
    wp::vec_t<2, wp::int32> var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = -1;
    const wp::int32 var_63 = 2;
    wp::range_t var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::int32 var_71;
    bool var_72;
    const wp::int32 var_73 = 0;
    bool var_74;
    const wp::int32 var_75 = 0;
    bool var_76;
    wp::shape_t* var_77;
    const wp::int32 var_78 = 0;
    wp::int32 var_79;
    wp::shape_t var_80;
    bool var_81;
    wp::shape_t* var_82;
    const wp::int32 var_83 = 1;
    wp::int32 var_84;
    wp::shape_t var_85;
    bool var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    wp::float32* var_89;
    bool var_90;
    wp::float32 var_91;
    wp::float32* var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::vec_t<2, wp::int32> var_95;
    wp::vec_t<2, wp::int32> var_96;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    const wp::int32 var_99 = -1;
    const wp::int32 var_100 = 2;
    wp::range_t var_101;
    wp::int32 var_102;
    const wp::int32 var_103 = 0;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 1;
    wp::int32 var_107;
    wp::int32 var_108;
    bool var_109;
    const wp::int32 var_110 = 0;
    bool var_111;
    const wp::int32 var_112 = 0;
    bool var_113;
    wp::shape_t* var_114;
    const wp::int32 var_115 = 0;
    wp::int32 var_116;
    wp::shape_t var_117;
    bool var_118;
    wp::shape_t* var_119;
    const wp::int32 var_120 = 1;
    wp::int32 var_121;
    wp::shape_t var_122;
    bool var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32* var_126;
    bool var_127;
    wp::float32 var_128;
    wp::float32* var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::vec_t<2, wp::int32> var_132;
    wp::vec_t<2, wp::int32> var_133;
    wp::float32 var_134;
    bool var_135;
    const wp::int32 var_136 = 0;
    wp::int32 var_137;
    const wp::int32 var_138 = 0;
    wp::int32 var_139;
    bool var_140;
    const wp::int32 var_141 = 1;
    wp::int32 var_142;
    const wp::int32 var_143 = 1;
    wp::int32 var_144;
    bool var_145;
    wp::int32 var_146;
    wp::vec_t<2, wp::int32> var_147;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::int32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<2, wp::int32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::range_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::shape_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::shape_t adj_45 = {};
    bool adj_46 = {};
    wp::shape_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::shape_t adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<2, wp::int32> adj_58 = {};
    wp::vec_t<2, wp::int32> adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::range_t adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    bool adj_72 = {};
    wp::int32 adj_73 = {};
    bool adj_74 = {};
    wp::int32 adj_75 = {};
    bool adj_76 = {};
    wp::shape_t adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::shape_t adj_80 = {};
    bool adj_81 = {};
    wp::shape_t adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::shape_t adj_85 = {};
    bool adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    bool adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::vec_t<2, wp::int32> adj_95 = {};
    wp::vec_t<2, wp::int32> adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::range_t adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    bool adj_109 = {};
    wp::int32 adj_110 = {};
    bool adj_111 = {};
    wp::int32 adj_112 = {};
    bool adj_113 = {};
    wp::shape_t adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::shape_t adj_117 = {};
    bool adj_118 = {};
    wp::shape_t adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::shape_t adj_122 = {};
    bool adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::float32 adj_126 = {};
    bool adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::vec_t<2, wp::int32> adj_132 = {};
    wp::vec_t<2, wp::int32> adj_133 = {};
    wp::float32 adj_134 = {};
    bool adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    bool adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    bool adj_145 = {};
    wp::int32 adj_146 = {};
    wp::vec_t<2, wp::int32> adj_147 = {};
    //---------
    // forward
    // def gradient_descent_paths(dist: wp.array2d(dtype=float), starts: wp.array(dtype=wp.vec2i), max_len: int, paths: wp.array2d(dtype=wp.vec2i), lengths: wp.array(dtype=int)):       <L 53>
    // p = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // c = starts[p]                                                                          <L 55>
    var_1 = wp::address(var_starts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = int(0)                                                                             <L 56>
    var_5 = wp::int(var_4);
    // while n < max_len:                                                                     <L 57>
    // lengths[p] = n                                                                         <L 76>
    // wp::array_store(var_lengths, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_lengths, var_0, var_5, adj_lengths, adj_0, adj_5);
    // adj: lengths[p] = n                                                                    <L 76>
    start_while_0:;
    var_6 = (var_5 < var_max_len);
    if ((var_6) == false) goto end_while_0;
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
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_61 = {};
    adj_62 = {};
    adj_63 = {};
    adj_64 = {};
    adj_98 = {};
    adj_99 = {};
    adj_100 = {};
    adj_101 = {};
    adj_135 = {};
    adj_136 = {};
    adj_137 = {};
    adj_138 = {};
    adj_139 = {};
    adj_140 = {};
    adj_141 = {};
    adj_142 = {};
    adj_143 = {};
    adj_144 = {};
    adj_145 = {};
    adj_146 = {};
    adj_147 = {};
        // paths[p, n] = c                                                                    <L 58>
        // wp::array_store(var_paths, var_0, var_5, var_2);
        // n += 1                                                                             <L 59>
        var_8 = wp::add(var_5, var_7);
        // if dist[c[0], c[1]] == 0.0:                                                        <L 60>
        var_10 = wp::extract(var_2, var_9);
        var_12 = wp::extract(var_2, var_11);
        var_13 = wp::address(var_dist, var_10, var_12);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_14);
        if (var_15) {
            // break                                                                          <L 61>
            wp::assign(var_5, var_8);
            goto end_while_0;
        }
        var_17 = wp::where(var_15, var_5, var_8);
        // best = c                                                                           <L 62>
        var_18 = wp::copy(var_2);
        // bd = dist[c[0], c[1]]                                                              <L 63>
        var_20 = wp::extract(var_2, var_19);
        var_22 = wp::extract(var_2, var_21);
        var_23 = wp::address(var_dist, var_20, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // for dx in range(-1, 2):                                                            <L 64>
        // for dy in range(-1, 2):                                                            <L 65>
        var_29 = wp::range(var_27, var_28);
        // for dy in range(-1, 2):                                                            <L 65>
        var_64 = wp::range(var_62, var_63);
        // for dy in range(-1, 2):                                                            <L 65>
        var_101 = wp::range(var_99, var_100);
        // if best[0] == c[0] and best[1] == c[1]:                                            <L 73>
        var_137 = wp::extract(var_18, var_136);
        var_139 = wp::extract(var_2, var_138);
        var_140 = (var_137 == var_139);
        var_135 = var_140;
        if (var_135) {
            var_142 = wp::extract(var_18, var_141);
            var_144 = wp::extract(var_2, var_143);
            var_145 = (var_142 == var_144);
            var_135 = var_135 && var_145;
        }
        if (var_135) {
            // break                                                                          <L 74>
            wp::assign(var_5, var_17);
            goto end_while_0;
        }
        var_146 = wp::where(var_135, var_5, var_17);
        // c = best                                                                           <L 75>
        var_147 = wp::copy(var_18);
        wp::assign(var_2, var_147);
        wp::assign(var_5, var_146);
        wp::adj_assign(var_5, var_146, adj_5, adj_146);
        wp::adj_assign(var_2, var_147, adj_2, adj_147);
        wp::adj_copy(var_18, adj_18, adj_147);
        // adj: c = best                                                                      <L 75>
        wp::adj_where(var_135, var_5, var_17, adj_135, adj_5, adj_17, adj_146);
        if (var_135) {
            wp::adj_assign(var_5, var_17, adj_5, adj_17);
            // adj: break                                                                     <L 74>
        }
        if (var_135) {
            wp::adj_extract(var_2, var_143, adj_2, adj_143, adj_144);
            wp::adj_extract(var_18, var_141, adj_18, adj_141, adj_142);
        }
        wp::adj_extract(var_2, var_138, adj_2, adj_138, adj_139);
        wp::adj_extract(var_18, var_136, adj_18, adj_136, adj_137);
        // adj: if best[0] == c[0] and best[1] == c[1]:                                       <L 73>
        var_101 = wp::iter_reverse(var_101);
        start_for_6:;
            if (iter_cmp(var_101) == 0) goto end_for_6;
            var_102 = wp::iter_next(var_101);
        	adj_103 = {};
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
        	adj_108 = {};
        	adj_109 = {};
        	adj_110 = {};
        	adj_111 = {};
        	adj_112 = {};
        	adj_113 = {};
        	adj_114 = {};
        	adj_115 = {};
        	adj_116 = {};
        	adj_117 = {};
        	adj_118 = {};
        	adj_119 = {};
        	adj_120 = {};
        	adj_121 = {};
        	adj_122 = {};
        	adj_123 = {};
        	adj_124 = {};
        	adj_125 = {};
        	adj_126 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
        	adj_133 = {};
        	adj_134 = {};
            // ni = c[0] + dx                                                                 <L 66>
            var_104 = wp::extract(var_2, var_103);
            var_105 = wp::add(var_104, var_98);
            // nj = c[1] + dy                                                                 <L 67>
            var_107 = wp::extract(var_2, var_106);
            var_108 = wp::add(var_107, var_102);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_111 = (var_105 < var_110);
            var_109 = var_111;
            if (!var_109) {
                var_113 = (var_108 < var_112);
                var_109 = var_109 || var_113;
            }
            if (!var_109) {
                var_114 = &(var_dist.shape);
                var_117 = wp::load(var_114);
                var_116 = wp::extract(var_117, var_115);
                var_118 = (var_105 >= var_116);
                var_109 = var_109 || var_118;
            }
            if (!var_109) {
                var_119 = &(var_dist.shape);
                var_122 = wp::load(var_119);
                var_121 = wp::extract(var_122, var_120);
                var_123 = (var_108 >= var_121);
                var_109 = var_109 || var_123;
            }
            if (var_109) {
                // continue                                                                   <L 69>
                wp::assign(var_33, var_105);
                wp::assign(var_36, var_108);
                goto start_for_6;
            }
            var_124 = wp::where(var_109, var_33, var_105);
            var_125 = wp::where(var_109, var_36, var_108);
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_126 = wp::address(var_dist, var_124, var_125);
            var_128 = wp::load(var_126);
            var_127 = (var_128 < var_24);
            if (var_127) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_129 = wp::address(var_dist, var_124, var_125);
                var_131 = wp::load(var_129);
                var_130 = wp::copy(var_131);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_132 = wp::vec_t<2, wp::int32>(var_124, var_125);
            }
            var_133 = wp::where(var_127, var_132, var_18);
            var_134 = wp::where(var_127, var_130, var_24);
            wp::assign(var_18, var_133);
            wp::assign(var_24, var_134);
            wp::assign(var_33, var_124);
            wp::assign(var_36, var_125);
            wp::adj_assign(var_36, var_125, adj_36, adj_125);
            wp::adj_assign(var_33, var_124, adj_33, adj_124);
            wp::adj_assign(var_24, var_134, adj_24, adj_134);
            wp::adj_assign(var_18, var_133, adj_18, adj_133);
            wp::adj_where(var_127, var_130, var_24, adj_127, adj_130, adj_24, adj_134);
            wp::adj_where(var_127, var_132, var_18, adj_127, adj_132, adj_18, adj_133);
            if (var_127) {
                wp::adj_vec_t(var_124, var_125, adj_124, adj_125, adj_132);
                // adj: best = wp.vec2i(ni, nj)                                               <L 72>
                wp::adj_copy(var_131, adj_129, adj_130);
                wp::adj_address(var_dist, var_124, var_125, adj_dist, adj_124, adj_125, adj_129);
                // adj: bd = dist[ni, nj]                                                     <L 71>
            }
            wp::adj_address(var_dist, var_124, var_125, adj_dist, adj_124, adj_125, adj_126);
            // adj: if dist[ni, nj] < bd:                                                     <L 70>
            wp::adj_where(var_109, var_36, var_108, adj_109, adj_36, adj_108, adj_125);
            wp::adj_where(var_109, var_33, var_105, adj_109, adj_33, adj_105, adj_124);
            if (var_109) {
                wp::adj_assign(var_36, var_108, adj_36, adj_108);
                wp::adj_assign(var_33, var_105, adj_33, adj_105);
                // adj: continue                                                              <L 69>
            }
            if (!var_109) {
                adj_dist.shape = adj_119;
            }
            if (!var_109) {
                adj_dist.shape = adj_114;
            }
            if (!var_109) {
            }
            // adj: if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:        <L 68>
            wp::adj_add(var_107, var_102, adj_107, adj_102, adj_108);
            wp::adj_extract(var_2, var_106, adj_2, adj_106, adj_107);
            // adj: nj = c[1] + dy                                                            <L 67>
            wp::adj_add(var_104, var_98, adj_104, adj_98, adj_105);
            wp::adj_extract(var_2, var_103, adj_2, adj_103, adj_104);
            // adj: ni = c[0] + dx                                                            <L 66>
        	goto start_for_6;
        end_for_6:;
        // adj: for dy in range(-1, 2):                                                       <L 65>
        var_64 = wp::iter_reverse(var_64);
        start_for_4:;
            if (iter_cmp(var_64) == 0) goto end_for_4;
            var_65 = wp::iter_next(var_64);
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
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
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
        	adj_90 = {};
        	adj_91 = {};
        	adj_92 = {};
        	adj_93 = {};
        	adj_94 = {};
        	adj_95 = {};
        	adj_96 = {};
        	adj_97 = {};
            // ni = c[0] + dx                                                                 <L 66>
            var_67 = wp::extract(var_2, var_66);
            var_68 = wp::add(var_67, var_61);
            // nj = c[1] + dy                                                                 <L 67>
            var_70 = wp::extract(var_2, var_69);
            var_71 = wp::add(var_70, var_65);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_74 = (var_68 < var_73);
            var_72 = var_74;
            if (!var_72) {
                var_76 = (var_71 < var_75);
                var_72 = var_72 || var_76;
            }
            if (!var_72) {
                var_77 = &(var_dist.shape);
                var_80 = wp::load(var_77);
                var_79 = wp::extract(var_80, var_78);
                var_81 = (var_68 >= var_79);
                var_72 = var_72 || var_81;
            }
            if (!var_72) {
                var_82 = &(var_dist.shape);
                var_85 = wp::load(var_82);
                var_84 = wp::extract(var_85, var_83);
                var_86 = (var_71 >= var_84);
                var_72 = var_72 || var_86;
            }
            if (var_72) {
                // continue                                                                   <L 69>
                wp::assign(var_33, var_68);
                wp::assign(var_36, var_71);
                goto start_for_4;
            }
            var_87 = wp::where(var_72, var_33, var_68);
            var_88 = wp::where(var_72, var_36, var_71);
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_89 = wp::address(var_dist, var_87, var_88);
            var_91 = wp::load(var_89);
            var_90 = (var_91 < var_24);
            if (var_90) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_92 = wp::address(var_dist, var_87, var_88);
                var_94 = wp::load(var_92);
                var_93 = wp::copy(var_94);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_95 = wp::vec_t<2, wp::int32>(var_87, var_88);
            }
            var_96 = wp::where(var_90, var_95, var_18);
            var_97 = wp::where(var_90, var_93, var_24);
            wp::assign(var_18, var_96);
            wp::assign(var_24, var_97);
            wp::assign(var_33, var_87);
            wp::assign(var_36, var_88);
            wp::adj_assign(var_36, var_88, adj_36, adj_88);
            wp::adj_assign(var_33, var_87, adj_33, adj_87);
            wp::adj_assign(var_24, var_97, adj_24, adj_97);
            wp::adj_assign(var_18, var_96, adj_18, adj_96);
            wp::adj_where(var_90, var_93, var_24, adj_90, adj_93, adj_24, adj_97);
            wp::adj_where(var_90, var_95, var_18, adj_90, adj_95, adj_18, adj_96);
            if (var_90) {
                wp::adj_vec_t(var_87, var_88, adj_87, adj_88, adj_95);
                // adj: best = wp.vec2i(ni, nj)                                               <L 72>
                wp::adj_copy(var_94, adj_92, adj_93);
                wp::adj_address(var_dist, var_87, var_88, adj_dist, adj_87, adj_88, adj_92);
                // adj: bd = dist[ni, nj]                                                     <L 71>
            }
            wp::adj_address(var_dist, var_87, var_88, adj_dist, adj_87, adj_88, adj_89);
            // adj: if dist[ni, nj] < bd:                                                     <L 70>
            wp::adj_where(var_72, var_36, var_71, adj_72, adj_36, adj_71, adj_88);
            wp::adj_where(var_72, var_33, var_68, adj_72, adj_33, adj_68, adj_87);
            if (var_72) {
                wp::adj_assign(var_36, var_71, adj_36, adj_71);
                wp::adj_assign(var_33, var_68, adj_33, adj_68);
                // adj: continue                                                              <L 69>
            }
            if (!var_72) {
                adj_dist.shape = adj_82;
            }
            if (!var_72) {
                adj_dist.shape = adj_77;
            }
            if (!var_72) {
            }
            // adj: if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:        <L 68>
            wp::adj_add(var_70, var_65, adj_70, adj_65, adj_71);
            wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_70);
            // adj: nj = c[1] + dy                                                            <L 67>
            wp::adj_add(var_67, var_61, adj_67, adj_61, adj_68);
            wp::adj_extract(var_2, var_66, adj_2, adj_66, adj_67);
            // adj: ni = c[0] + dx                                                            <L 66>
        	goto start_for_4;
        end_for_4:;
        // adj: for dy in range(-1, 2):                                                       <L 65>
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
        	adj_48 = {};
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
            // ni = c[0] + dx                                                                 <L 66>
            var_32 = wp::extract(var_2, var_31);
            var_33 = wp::add(var_32, var_26);
            // nj = c[1] + dy                                                                 <L 67>
            var_35 = wp::extract(var_2, var_34);
            var_36 = wp::add(var_35, var_30);
            // if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:             <L 68>
            var_39 = (var_33 < var_38);
            var_37 = var_39;
            if (!var_37) {
                var_41 = (var_36 < var_40);
                var_37 = var_37 || var_41;
            }
            if (!var_37) {
                var_42 = &(var_dist.shape);
                var_45 = wp::load(var_42);
                var_44 = wp::extract(var_45, var_43);
                var_46 = (var_33 >= var_44);
                var_37 = var_37 || var_46;
            }
            if (!var_37) {
                var_47 = &(var_dist.shape);
                var_50 = wp::load(var_47);
                var_49 = wp::extract(var_50, var_48);
                var_51 = (var_36 >= var_49);
                var_37 = var_37 || var_51;
            }
            if (var_37) {
                // continue                                                                   <L 69>
                goto start_for_2;
            }
            // if dist[ni, nj] < bd:                                                          <L 70>
            var_52 = wp::address(var_dist, var_33, var_36);
            var_54 = wp::load(var_52);
            var_53 = (var_54 < var_24);
            if (var_53) {
                // bd = dist[ni, nj]                                                          <L 71>
                var_55 = wp::address(var_dist, var_33, var_36);
                var_57 = wp::load(var_55);
                var_56 = wp::copy(var_57);
                // best = wp.vec2i(ni, nj)                                                    <L 72>
                var_58 = wp::vec_t<2, wp::int32>(var_33, var_36);
            }
            var_59 = wp::where(var_53, var_58, var_18);
            var_60 = wp::where(var_53, var_56, var_24);
            wp::assign(var_18, var_59);
            wp::assign(var_24, var_60);
            wp::adj_assign(var_24, var_60, adj_24, adj_60);
            wp::adj_assign(var_18, var_59, adj_18, adj_59);
            wp::adj_where(var_53, var_56, var_24, adj_53, adj_56, adj_24, adj_60);
            wp::adj_where(var_53, var_58, var_18, adj_53, adj_58, adj_18, adj_59);
            if (var_53) {
                wp::adj_vec_t(var_33, var_36, adj_33, adj_36, adj_58);
                // adj: best = wp.vec2i(ni, nj)                                               <L 72>
                wp::adj_copy(var_57, adj_55, adj_56);
                wp::adj_address(var_dist, var_33, var_36, adj_dist, adj_33, adj_36, adj_55);
                // adj: bd = dist[ni, nj]                                                     <L 71>
            }
            wp::adj_address(var_dist, var_33, var_36, adj_dist, adj_33, adj_36, adj_52);
            // adj: if dist[ni, nj] < bd:                                                     <L 70>
            if (var_37) {
                // adj: continue                                                              <L 69>
            }
            if (!var_37) {
                adj_dist.shape = adj_47;
            }
            if (!var_37) {
                adj_dist.shape = adj_42;
            }
            if (!var_37) {
            }
            // adj: if ni < 0 or nj < 0 or ni >= dist.shape[0] or nj >= dist.shape[1]:        <L 68>
            wp::adj_add(var_35, var_30, adj_35, adj_30, adj_36);
            wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_35);
            // adj: nj = c[1] + dy                                                            <L 67>
            wp::adj_add(var_32, var_26, adj_32, adj_26, adj_33);
            wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_32);
            // adj: ni = c[0] + dx                                                            <L 66>
        	goto start_for_2;
        end_for_2:;
        // adj: for dy in range(-1, 2):                                                       <L 65>
        // adj: for dx in range(-1, 2):                                                       <L 64>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_dist, var_20, var_22, adj_dist, adj_20, adj_22, adj_23);
        wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_22);
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: bd = dist[c[0], c[1]]                                                         <L 63>
        wp::adj_copy(var_2, adj_2, adj_18);
        // adj: best = c                                                                      <L 62>
        wp::adj_where(var_15, var_5, var_8, adj_15, adj_5, adj_8, adj_17);
        if (var_15) {
            wp::adj_assign(var_5, var_8, adj_5, adj_8);
            // adj: break                                                                     <L 61>
        }
        wp::adj_address(var_dist, var_10, var_12, adj_dist, adj_10, adj_12, adj_13);
        wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: if dist[c[0], c[1]] == 0.0:                                                   <L 60>
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: n += 1                                                                        <L 59>
        wp::adj_array_store(var_paths, var_0, var_5, var_2, adj_paths, adj_0, adj_5, adj_2);
        // adj: paths[p, n] = c                                                               <L 58>
    goto start_while_0;
    end_while_0:;
    // adj: while n < max_len:                                                                <L 57>
    // adj: n = int(0)                                                                        <L 56>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_1);
    // adj: c = starts[p]                                                                     <L 55>
    // adj: p = wp.tid()                                                                      <L 54>
    // adj: def gradient_descent_paths(dist: wp.array2d(dtype=float), starts: wp.array(dtype=wp.vec2i), max_len: int, paths: wp.array2d(dtype=wp.vec2i), lengths: wp.array(dtype=int)):  <L 53>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gradient_descent_paths_0313c804_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gradient_descent_paths_0313c804 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gradient_descent_paths_0313c804_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gradient_descent_paths_0313c804_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gradient_descent_paths_0313c804 *_wp_args,
    wp_args_gradient_descent_paths_0313c804 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gradient_descent_paths_0313c804_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

