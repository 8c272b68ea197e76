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


// corpus/099_occupancy_grid.py:9
static void update_cell_0(
    wp::array_t<wp::float32> var_grid,
    wp::int32 var_ix,
    wp::int32 var_iy,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = -2.0;
    const wp::float32 var_19 = 3.5;
    wp::float32 var_20;
    //---------
    // forward
    // def update_cell(grid: wp.array2d(dtype=float), ix: int, iy: int, delta: float):        <L 10>
    // if ix < 0 or iy < 0 or ix >= grid.shape[0] or iy >= grid.shape[1]:                     <L 11>
    var_2 = (var_ix < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_iy < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_grid.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_ix >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_grid.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_iy >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return                                                                             <L 12>
        return;
    }
    // v = grid[ix, iy] + delta                                                               <L 13>
    var_15 = wp::address(var_grid, var_ix, var_iy);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_17, var_delta);
    // grid[ix, iy] = wp.clamp(v, LOG_ODDS_MIN, LOG_ODDS_MAX)                                 <L 14>
    var_20 = wp::clamp(var_16, var_18, var_19);
    wp::array_store(var_grid, var_ix, var_iy, var_20);
}


// corpus/099_occupancy_grid.py:9
static void adj_update_cell_0(
    wp::array_t<wp::float32> var_grid,
    wp::int32 var_ix,
    wp::int32 var_iy,
    wp::float32 var_delta,
    wp::array_t<wp::float32> & adj_grid,
    wp::int32 & adj_ix,
    wp::int32 & adj_iy,
    wp::float32 & adj_delta)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = -2.0;
    const wp::float32 var_19 = 3.5;
    wp::float32 var_20;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def update_cell(grid: wp.array2d(dtype=float), ix: int, iy: int, delta: float):        <L 10>
    // if ix < 0 or iy < 0 or ix >= grid.shape[0] or iy >= grid.shape[1]:                     <L 11>
    var_2 = (var_ix < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_iy < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_grid.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_ix >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_grid.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_iy >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return                                                                             <L 12>
        goto label0;
    }
    // v = grid[ix, iy] + delta                                                               <L 13>
    var_15 = wp::address(var_grid, var_ix, var_iy);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_17, var_delta);
    // grid[ix, iy] = wp.clamp(v, LOG_ODDS_MIN, LOG_ODDS_MAX)                                 <L 14>
    var_20 = wp::clamp(var_16, var_18, var_19);
    // wp::array_store(var_grid, var_ix, var_iy, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_grid, var_ix, var_iy, var_20, adj_grid, adj_ix, adj_iy, adj_20);
    wp::adj_clamp(var_16, var_18, var_19, adj_16, adj_18, adj_19, adj_20);
    // adj: grid[ix, iy] = wp.clamp(v, LOG_ODDS_MIN, LOG_ODDS_MAX)                            <L 14>
    wp::adj_add(var_17, var_delta, adj_15, adj_delta, adj_16);
    wp::adj_address(var_grid, var_ix, var_iy, adj_grid, adj_ix, adj_iy, adj_15);
    // adj: v = grid[ix, iy] + delta                                                          <L 13>
    if (var_0) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    if (!var_0) {
        adj_grid.shape = adj_10;
    }
    if (!var_0) {
        adj_grid.shape = adj_5;
    }
    if (!var_0) {
    }
    // adj: if ix < 0 or iy < 0 or ix >= grid.shape[0] or iy >= grid.shape[1]:                <L 11>
    // adj: def update_cell(grid: wp.array2d(dtype=float), ix: int, iy: int, delta: float):   <L 10>
    return;
}

struct wp_args_integrate_scan_7f02fdbf {
    wp::array_t<wp::float32> grid;
    wp::vec_t<3, wp::float32> pose;
    wp::array_t<wp::float32> ranges;
    wp::float32 angle_min;
    wp::float32 angle_step;
    wp::float32 max_range;
    wp::float32 resolution;
    wp::vec_t<2, wp::float32> origin;
};


void integrate_scan_7f02fdbf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_scan_7f02fdbf *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::vec_t<3, wp::float32> var_pose = _wp_args->pose;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::float32 var_angle_min = _wp_args->angle_min;
    wp::float32 var_angle_step = _wp_args->angle_step;
    wp::float32 var_max_range = _wp_args->max_range;
    wp::float32 var_resolution = _wp_args->resolution;
    wp::vec_t<2, wp::float32> var_origin = _wp_args->origin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const bool var_4 = true;
    bool var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::float32 var_9;
    const bool var_10 = false;
    wp::float32 var_11;
    bool var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    bool var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = -1;
    wp::int32 var_55;
    bool var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = -1;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    bool var_65;
    bool var_66;
    bool var_67;
    bool var_68;
    const wp::int32 var_69 = 4096;
    bool var_70;
    const wp::float32 var_71 = -0.4;
    const wp::int32 var_72 = 2;
    wp::int32 var_73;
    bool var_74;
    wp::int32 var_75;
    wp::int32 var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    bool var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    const wp::float32 var_86 = 0.85;
    //---------
    // forward
    // def integrate_scan(grid: wp.array2d(dtype=float), pose: wp.vec3, ranges: wp.array(dtype=float), angle_min: float, angle_step: float, max_range: float, resolution: float, origin: wp.vec2):       <L 18>
    // r = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // dist = ranges[r]                                                                       <L 20>
    var_1 = wp::address(var_ranges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // hit = True                                                                             <L 21>
    // if dist >= max_range or dist <= 0.0:                                                   <L 22>
    var_6 = (var_2 >= var_max_range);
    var_5 = var_6;
    if (!var_5) {
        var_8 = (var_2 <= var_7);
        var_5 = var_5 || var_8;
    }
    if (var_5) {
        // dist = max_range                                                                   <L 23>
        var_9 = wp::copy(var_max_range);
        // hit = False                                                                        <L 24>
    }
    var_11 = wp::where(var_5, var_9, var_2);
    var_12 = wp::where(var_5, var_10, var_4);
    // theta = pose[2] + angle_min + float(r) * angle_step                                    <L 25>
    var_14 = wp::extract(var_pose, var_13);
    var_15 = wp::add(var_14, var_angle_min);
    var_16 = wp::float(var_0);
    var_17 = wp::mul(var_16, var_angle_step);
    var_18 = wp::add(var_15, var_17);
    // ox = (pose[0] - origin[0]) / resolution                                                <L 26>
    var_20 = wp::extract(var_pose, var_19);
    var_22 = wp::extract(var_origin, var_21);
    var_23 = wp::sub(var_20, var_22);
    var_24 = wp::div(var_23, var_resolution);
    // oy = (pose[1] - origin[1]) / resolution                                                <L 27>
    var_26 = wp::extract(var_pose, var_25);
    var_28 = wp::extract(var_origin, var_27);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::div(var_29, var_resolution);
    // ex = ox + wp.cos(theta) * dist / resolution                                            <L 28>
    var_31 = wp::cos(var_18);
    var_32 = wp::mul(var_31, var_11);
    var_33 = wp::div(var_32, var_resolution);
    var_34 = wp::add(var_24, var_33);
    // ey = oy + wp.sin(theta) * dist / resolution                                            <L 29>
    var_35 = wp::sin(var_18);
    var_36 = wp::mul(var_35, var_11);
    var_37 = wp::div(var_36, var_resolution);
    var_38 = wp::add(var_30, var_37);
    // x0 = int(wp.floor(ox))                                                                 <L 31>
    var_39 = wp::floor(var_24);
    var_40 = wp::int(var_39);
    // y0 = int(wp.floor(oy))                                                                 <L 32>
    var_41 = wp::floor(var_30);
    var_42 = wp::int(var_41);
    // x1 = int(wp.floor(ex))                                                                 <L 33>
    var_43 = wp::floor(var_34);
    var_44 = wp::int(var_43);
    // y1 = int(wp.floor(ey))                                                                 <L 34>
    var_45 = wp::floor(var_38);
    var_46 = wp::int(var_45);
    // dx = wp.abs(x1 - x0)                                                                   <L 35>
    var_47 = wp::sub(var_44, var_40);
    var_48 = wp::abs(var_47);
    // dy = -wp.abs(y1 - y0)                                                                  <L 36>
    var_49 = wp::sub(var_46, var_42);
    var_50 = wp::abs(var_49);
    var_51 = wp::neg(var_50);
    // sx = wp.where(x0 < x1, 1, -1)                                                          <L 37>
    var_52 = (var_40 < var_44);
    var_55 = wp::where(var_52, var_53, var_54);
    // sy = wp.where(y0 < y1, 1, -1)                                                          <L 38>
    var_56 = (var_42 < var_46);
    var_59 = wp::where(var_56, var_57, var_58);
    // err = dx + dy                                                                          <L 39>
    var_60 = wp::add(var_48, var_51);
    // x = x0                                                                                 <L 40>
    var_61 = wp::copy(var_40);
    // y = y0                                                                                 <L 41>
    var_62 = wp::copy(var_42);
    // steps = int(0)                                                                         <L 42>
    var_64 = wp::int(var_63);
    // while (x != x1 or y != y1) and steps < 4096:                                           <L 43>
    start_while_0:;
    var_67 = (var_61 != var_44);
    var_66 = var_67;
    if (!var_66) {
        var_68 = (var_62 != var_46);
        var_66 = var_66 || var_68;
    }
    var_65 = var_66;
    if (var_65) {
        var_70 = (var_64 < var_69);
        var_65 = var_65 && var_70;
    }
    if ((var_65) == false) goto end_while_0;
        // update_cell(grid, x, y, LOG_ODDS_MISS)                                             <L 44>
        update_cell_0(var_grid, var_61, var_62, var_71);
        // e2 = 2 * err                                                                       <L 45>
        var_73 = wp::mul(var_72, var_60);
        // if e2 >= dy:                                                                       <L 46>
        var_74 = (var_73 >= var_51);
        if (var_74) {
            // err += dy                                                                      <L 47>
            var_75 = wp::add(var_60, var_51);
            // x += sx                                                                        <L 48>
            var_76 = wp::add(var_61, var_55);
        }
        var_77 = wp::where(var_74, var_75, var_60);
        var_78 = wp::where(var_74, var_76, var_61);
        // if e2 <= dx:                                                                       <L 49>
        var_79 = (var_73 <= var_48);
        if (var_79) {
            // err += dx                                                                      <L 50>
            var_80 = wp::add(var_77, var_48);
            // y += sy                                                                        <L 51>
            var_81 = wp::add(var_62, var_59);
        }
        var_82 = wp::where(var_79, var_80, var_77);
        var_83 = wp::where(var_79, var_81, var_62);
        // steps += 1                                                                         <L 52>
        var_85 = wp::add(var_64, var_84);
        wp::assign(var_60, var_82);
        wp::assign(var_61, var_78);
        wp::assign(var_62, var_83);
        wp::assign(var_64, var_85);
    goto start_while_0;
    end_while_0:;
    // if hit:                                                                                <L 53>
    if (var_12) {
        // update_cell(grid, x1, y1, LOG_ODDS_HIT)                                            <L 54>
        update_cell_0(var_grid, var_44, var_46, var_86);
    }
}



void integrate_scan_7f02fdbf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_scan_7f02fdbf *_wp_args,
    wp_args_integrate_scan_7f02fdbf *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::vec_t<3, wp::float32> var_pose = _wp_args->pose;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::float32 var_angle_min = _wp_args->angle_min;
    wp::float32 var_angle_step = _wp_args->angle_step;
    wp::float32 var_max_range = _wp_args->max_range;
    wp::float32 var_resolution = _wp_args->resolution;
    wp::vec_t<2, wp::float32> var_origin = _wp_args->origin;
    wp::array_t<wp::float32> adj_grid = _wp_adj_args->grid;
    wp::vec_t<3, wp::float32> adj_pose = _wp_adj_args->pose;
    wp::array_t<wp::float32> adj_ranges = _wp_adj_args->ranges;
    wp::float32 adj_angle_min = _wp_adj_args->angle_min;
    wp::float32 adj_angle_step = _wp_adj_args->angle_step;
    wp::float32 adj_max_range = _wp_adj_args->max_range;
    wp::float32 adj_resolution = _wp_adj_args->resolution;
    wp::vec_t<2, wp::float32> adj_origin = _wp_adj_args->origin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const bool var_4 = true;
    bool var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::float32 var_9;
    const bool var_10 = false;
    wp::float32 var_11;
    bool var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    wp::float32 var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    bool var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = -1;
    wp::int32 var_55;
    bool var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = -1;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    bool var_65;
    bool var_66;
    bool var_67;
    bool var_68;
    const wp::int32 var_69 = 4096;
    bool var_70;
    const wp::float32 var_71 = -0.4;
    const wp::int32 var_72 = 2;
    wp::int32 var_73;
    bool var_74;
    wp::int32 var_75;
    wp::int32 var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    bool var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    const wp::float32 var_86 = 0.85;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    bool adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    bool adj_65 = {};
    bool adj_66 = {};
    bool adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    bool adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    bool adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::float32 adj_86 = {};
    //---------
    // forward
    // def integrate_scan(grid: wp.array2d(dtype=float), pose: wp.vec3, ranges: wp.array(dtype=float), angle_min: float, angle_step: float, max_range: float, resolution: float, origin: wp.vec2):       <L 18>
    // r = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // dist = ranges[r]                                                                       <L 20>
    var_1 = wp::address(var_ranges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // hit = True                                                                             <L 21>
    // if dist >= max_range or dist <= 0.0:                                                   <L 22>
    var_6 = (var_2 >= var_max_range);
    var_5 = var_6;
    if (!var_5) {
        var_8 = (var_2 <= var_7);
        var_5 = var_5 || var_8;
    }
    if (var_5) {
        // dist = max_range                                                                   <L 23>
        var_9 = wp::copy(var_max_range);
        // hit = False                                                                        <L 24>
    }
    var_11 = wp::where(var_5, var_9, var_2);
    var_12 = wp::where(var_5, var_10, var_4);
    // theta = pose[2] + angle_min + float(r) * angle_step                                    <L 25>
    var_14 = wp::extract(var_pose, var_13);
    var_15 = wp::add(var_14, var_angle_min);
    var_16 = wp::float(var_0);
    var_17 = wp::mul(var_16, var_angle_step);
    var_18 = wp::add(var_15, var_17);
    // ox = (pose[0] - origin[0]) / resolution                                                <L 26>
    var_20 = wp::extract(var_pose, var_19);
    var_22 = wp::extract(var_origin, var_21);
    var_23 = wp::sub(var_20, var_22);
    var_24 = wp::div(var_23, var_resolution);
    // oy = (pose[1] - origin[1]) / resolution                                                <L 27>
    var_26 = wp::extract(var_pose, var_25);
    var_28 = wp::extract(var_origin, var_27);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::div(var_29, var_resolution);
    // ex = ox + wp.cos(theta) * dist / resolution                                            <L 28>
    var_31 = wp::cos(var_18);
    var_32 = wp::mul(var_31, var_11);
    var_33 = wp::div(var_32, var_resolution);
    var_34 = wp::add(var_24, var_33);
    // ey = oy + wp.sin(theta) * dist / resolution                                            <L 29>
    var_35 = wp::sin(var_18);
    var_36 = wp::mul(var_35, var_11);
    var_37 = wp::div(var_36, var_resolution);
    var_38 = wp::add(var_30, var_37);
    // x0 = int(wp.floor(ox))                                                                 <L 31>
    var_39 = wp::floor(var_24);
    var_40 = wp::int(var_39);
    // y0 = int(wp.floor(oy))                                                                 <L 32>
    var_41 = wp::floor(var_30);
    var_42 = wp::int(var_41);
    // x1 = int(wp.floor(ex))                                                                 <L 33>
    var_43 = wp::floor(var_34);
    var_44 = wp::int(var_43);
    // y1 = int(wp.floor(ey))                                                                 <L 34>
    var_45 = wp::floor(var_38);
    var_46 = wp::int(var_45);
    // dx = wp.abs(x1 - x0)                                                                   <L 35>
    var_47 = wp::sub(var_44, var_40);
    var_48 = wp::abs(var_47);
    // dy = -wp.abs(y1 - y0)                                                                  <L 36>
    var_49 = wp::sub(var_46, var_42);
    var_50 = wp::abs(var_49);
    var_51 = wp::neg(var_50);
    // sx = wp.where(x0 < x1, 1, -1)                                                          <L 37>
    var_52 = (var_40 < var_44);
    var_55 = wp::where(var_52, var_53, var_54);
    // sy = wp.where(y0 < y1, 1, -1)                                                          <L 38>
    var_56 = (var_42 < var_46);
    var_59 = wp::where(var_56, var_57, var_58);
    // err = dx + dy                                                                          <L 39>
    var_60 = wp::add(var_48, var_51);
    // x = x0                                                                                 <L 40>
    var_61 = wp::copy(var_40);
    // y = y0                                                                                 <L 41>
    var_62 = wp::copy(var_42);
    // steps = int(0)                                                                         <L 42>
    var_64 = wp::int(var_63);
    // while (x != x1 or y != y1) and steps < 4096:                                           <L 43>
    // if hit:                                                                                <L 53>
    if (var_12) {
        // update_cell(grid, x1, y1, LOG_ODDS_HIT)                                            <L 54>
        update_cell_0(var_grid, var_44, var_46, var_86);
    }
    //---------
    // reverse
    if (var_12) {
        adj_update_cell_0(var_grid, var_44, var_46, var_86, adj_grid, adj_44, adj_46, adj_86);
        // adj: update_cell(grid, x1, y1, LOG_ODDS_HIT)                                       <L 54>
    }
    // adj: if hit:                                                                           <L 53>
    start_while_0:;
    var_67 = (var_61 != var_44);
    var_66 = var_67;
    if (!var_66) {
        var_68 = (var_62 != var_46);
        var_66 = var_66 || var_68;
    }
    var_65 = var_66;
    if (var_65) {
        var_70 = (var_64 < var_69);
        var_65 = var_65 && var_70;
    }
    if ((var_65) == false) goto end_while_0;
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
        // update_cell(grid, x, y, LOG_ODDS_MISS)                                             <L 44>
        update_cell_0(var_grid, var_61, var_62, var_71);
        // e2 = 2 * err                                                                       <L 45>
        var_73 = wp::mul(var_72, var_60);
        // if e2 >= dy:                                                                       <L 46>
        var_74 = (var_73 >= var_51);
        if (var_74) {
            // err += dy                                                                      <L 47>
            var_75 = wp::add(var_60, var_51);
            // x += sx                                                                        <L 48>
            var_76 = wp::add(var_61, var_55);
        }
        var_77 = wp::where(var_74, var_75, var_60);
        var_78 = wp::where(var_74, var_76, var_61);
        // if e2 <= dx:                                                                       <L 49>
        var_79 = (var_73 <= var_48);
        if (var_79) {
            // err += dx                                                                      <L 50>
            var_80 = wp::add(var_77, var_48);
            // y += sy                                                                        <L 51>
            var_81 = wp::add(var_62, var_59);
        }
        var_82 = wp::where(var_79, var_80, var_77);
        var_83 = wp::where(var_79, var_81, var_62);
        // steps += 1                                                                         <L 52>
        var_85 = wp::add(var_64, var_84);
        wp::assign(var_60, var_82);
        wp::assign(var_61, var_78);
        wp::assign(var_62, var_83);
        wp::assign(var_64, var_85);
        wp::adj_assign(var_64, var_85, adj_64, adj_85);
        wp::adj_assign(var_62, var_83, adj_62, adj_83);
        wp::adj_assign(var_61, var_78, adj_61, adj_78);
        wp::adj_assign(var_60, var_82, adj_60, adj_82);
        wp::adj_add(var_64, var_84, adj_64, adj_84, adj_85);
        // adj: steps += 1                                                                    <L 52>
        wp::adj_where(var_79, var_81, var_62, adj_79, adj_81, adj_62, adj_83);
        wp::adj_where(var_79, var_80, var_77, adj_79, adj_80, adj_77, adj_82);
        if (var_79) {
            wp::adj_add(var_62, var_59, adj_62, adj_59, adj_81);
            // adj: y += sy                                                                   <L 51>
            wp::adj_add(var_77, var_48, adj_77, adj_48, adj_80);
            // adj: err += dx                                                                 <L 50>
        }
        // adj: if e2 <= dx:                                                                  <L 49>
        wp::adj_where(var_74, var_76, var_61, adj_74, adj_76, adj_61, adj_78);
        wp::adj_where(var_74, var_75, var_60, adj_74, adj_75, adj_60, adj_77);
        if (var_74) {
            wp::adj_add(var_61, var_55, adj_61, adj_55, adj_76);
            // adj: x += sx                                                                   <L 48>
            wp::adj_add(var_60, var_51, adj_60, adj_51, adj_75);
            // adj: err += dy                                                                 <L 47>
        }
        // adj: if e2 >= dy:                                                                  <L 46>
        wp::adj_mul(var_72, var_60, adj_72, adj_60, adj_73);
        // adj: e2 = 2 * err                                                                  <L 45>
        adj_update_cell_0(var_grid, var_61, var_62, var_71, adj_grid, adj_61, adj_62, adj_71);
        // adj: update_cell(grid, x, y, LOG_ODDS_MISS)                                        <L 44>
    goto start_while_0;
    end_while_0:;
    // adj: while (x != x1 or y != y1) and steps < 4096:                                      <L 43>
    // adj: steps = int(0)                                                                    <L 42>
    wp::adj_copy(var_42, adj_42, adj_62);
    // adj: y = y0                                                                            <L 41>
    wp::adj_copy(var_40, adj_40, adj_61);
    // adj: x = x0                                                                            <L 40>
    wp::adj_add(var_48, var_51, adj_48, adj_51, adj_60);
    // adj: err = dx + dy                                                                     <L 39>
    wp::adj_where(var_56, var_57, var_58, adj_56, adj_57, adj_58, adj_59);
    // adj: sy = wp.where(y0 < y1, 1, -1)                                                     <L 38>
    wp::adj_where(var_52, var_53, var_54, adj_52, adj_53, adj_54, adj_55);
    // adj: sx = wp.where(x0 < x1, 1, -1)                                                     <L 37>
    wp::adj_neg(var_50, adj_50, adj_51);
    wp::adj_abs(var_49, adj_49, adj_50);
    wp::adj_sub(var_46, var_42, adj_46, adj_42, adj_49);
    // adj: dy = -wp.abs(y1 - y0)                                                             <L 36>
    wp::adj_abs(var_47, adj_47, adj_48);
    wp::adj_sub(var_44, var_40, adj_44, adj_40, adj_47);
    // adj: dx = wp.abs(x1 - x0)                                                              <L 35>
    // adj: y1 = int(wp.floor(ey))                                                            <L 34>
    // adj: x1 = int(wp.floor(ex))                                                            <L 33>
    // adj: y0 = int(wp.floor(oy))                                                            <L 32>
    // adj: x0 = int(wp.floor(ox))                                                            <L 31>
    wp::adj_add(var_30, var_37, adj_30, adj_37, adj_38);
    wp::adj_div(var_36, var_resolution, var_37, adj_36, adj_resolution, adj_37);
    wp::adj_mul(var_35, var_11, adj_35, adj_11, adj_36);
    wp::adj_sin(var_18, adj_18, adj_35);
    // adj: ey = oy + wp.sin(theta) * dist / resolution                                       <L 29>
    wp::adj_add(var_24, var_33, adj_24, adj_33, adj_34);
    wp::adj_div(var_32, var_resolution, var_33, adj_32, adj_resolution, adj_33);
    wp::adj_mul(var_31, var_11, adj_31, adj_11, adj_32);
    wp::adj_cos(var_18, adj_18, adj_31);
    // adj: ex = ox + wp.cos(theta) * dist / resolution                                       <L 28>
    wp::adj_div(var_29, var_resolution, var_30, adj_29, adj_resolution, adj_30);
    wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_extract(var_origin, var_27, adj_origin, adj_27, adj_28);
    wp::adj_extract(var_pose, var_25, adj_pose, adj_25, adj_26);
    // adj: oy = (pose[1] - origin[1]) / resolution                                           <L 27>
    wp::adj_div(var_23, var_resolution, var_24, adj_23, adj_resolution, adj_24);
    wp::adj_sub(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_extract(var_origin, var_21, adj_origin, adj_21, adj_22);
    wp::adj_extract(var_pose, var_19, adj_pose, adj_19, adj_20);
    // adj: ox = (pose[0] - origin[0]) / resolution                                           <L 26>
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mul(var_16, var_angle_step, adj_16, adj_angle_step, adj_17);
    wp::adj_float(var_0, adj_0, adj_16);
    wp::adj_add(var_14, var_angle_min, adj_14, adj_angle_min, adj_15);
    wp::adj_extract(var_pose, var_13, adj_pose, adj_13, adj_14);
    // adj: theta = pose[2] + angle_min + float(r) * angle_step                               <L 25>
    wp::adj_where(var_5, var_10, var_4, adj_5, adj_10, adj_4, adj_12);
    wp::adj_where(var_5, var_9, var_2, adj_5, adj_9, adj_2, adj_11);
    if (var_5) {
        // adj: hit = False                                                                   <L 24>
        wp::adj_copy(var_max_range, adj_max_range, adj_9);
        // adj: dist = max_range                                                              <L 23>
    }
    if (!var_5) {
    }
    // adj: if dist >= max_range or dist <= 0.0:                                              <L 22>
    // adj: hit = True                                                                        <L 21>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_ranges, var_0, adj_ranges, adj_0, adj_1);
    // adj: dist = ranges[r]                                                                  <L 20>
    // adj: r = wp.tid()                                                                      <L 19>
    // adj: def integrate_scan(grid: wp.array2d(dtype=float), pose: wp.vec3, ranges: wp.array(dtype=float), angle_min: float, angle_step: float, max_range: float, resolution: float, origin: wp.vec2):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_scan_7f02fdbf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_scan_7f02fdbf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_scan_7f02fdbf_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_scan_7f02fdbf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_scan_7f02fdbf *_wp_args,
    wp_args_integrate_scan_7f02fdbf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_scan_7f02fdbf_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_occupancy_probability_f576b1b9 {
    wp::array_t<wp::float32> grid;
    wp::array_t<wp::float32> prob;
    wp::array_t<bool> occupied;
    wp::float32 threshold;
    wp::array_t<wp::int32> known;
};


void occupancy_probability_f576b1b9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_occupancy_probability_f576b1b9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_prob = _wp_args->prob;
    wp::array_t<bool> var_occupied = _wp_args->occupied;
    wp::float32 var_threshold = _wp_args->threshold;
    wp::array_t<wp::int32> var_known = _wp_args->known;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // forward
    // def occupancy_probability(grid: wp.array2d(dtype=float), prob: wp.array2d(dtype=float), occupied: wp.array2d(dtype=wp.bool), threshold: float, known: wp.array(dtype=int)):       <L 58>
    // i, j = wp.tid()                                                                        <L 59>
    builtin_tid2d(var_0, var_1);
    // l = grid[i, j]                                                                         <L 60>
    var_2 = wp::address(var_grid, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = 1.0 - 1.0 / (1.0 + wp.exp(l))                                                      <L 61>
    var_8 = wp::exp(var_3);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::div(var_6, var_9);
    var_11 = wp::sub(var_5, var_10);
    // prob[i, j] = p                                                                         <L 62>
    wp::array_store(var_prob, var_0, var_1, var_11);
    // occupied[i, j] = p > threshold                                                         <L 63>
    var_12 = (var_11 > var_threshold);
    wp::array_store(var_occupied, var_0, var_1, var_12);
    // if l != 0.0:                                                                           <L 64>
    var_14 = (var_3 != var_13);
    if (var_14) {
        // wp.atomic_add(known, 0, 1)                                                         <L 65>
        var_17 = wp::atomic_add(var_known, var_15, var_16);
    }
}



void occupancy_probability_f576b1b9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_occupancy_probability_f576b1b9 *_wp_args,
    wp_args_occupancy_probability_f576b1b9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_prob = _wp_args->prob;
    wp::array_t<bool> var_occupied = _wp_args->occupied;
    wp::float32 var_threshold = _wp_args->threshold;
    wp::array_t<wp::int32> var_known = _wp_args->known;
    wp::array_t<wp::float32> adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::float32> adj_prob = _wp_adj_args->prob;
    wp::array_t<bool> adj_occupied = _wp_adj_args->occupied;
    wp::float32 adj_threshold = _wp_adj_args->threshold;
    wp::array_t<wp::int32> adj_known = _wp_adj_args->known;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def occupancy_probability(grid: wp.array2d(dtype=float), prob: wp.array2d(dtype=float), occupied: wp.array2d(dtype=wp.bool), threshold: float, known: wp.array(dtype=int)):       <L 58>
    // i, j = wp.tid()                                                                        <L 59>
    builtin_tid2d(var_0, var_1);
    // l = grid[i, j]                                                                         <L 60>
    var_2 = wp::address(var_grid, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = 1.0 - 1.0 / (1.0 + wp.exp(l))                                                      <L 61>
    var_8 = wp::exp(var_3);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::div(var_6, var_9);
    var_11 = wp::sub(var_5, var_10);
    // prob[i, j] = p                                                                         <L 62>
    // wp::array_store(var_prob, var_0, var_1, var_11);
    // occupied[i, j] = p > threshold                                                         <L 63>
    var_12 = (var_11 > var_threshold);
    // wp::array_store(var_occupied, var_0, var_1, var_12);
    // if l != 0.0:                                                                           <L 64>
    var_14 = (var_3 != var_13);
    if (var_14) {
        // wp.atomic_add(known, 0, 1)                                                         <L 65>
        // var_17 = wp::atomic_add(var_known, var_15, var_16);
    }
    //---------
    // reverse
    if (var_14) {
        wp::adj_atomic_add(var_known, var_15, var_16, adj_known, adj_15, adj_16, adj_17);
        // adj: wp.atomic_add(known, 0, 1)                                                    <L 65>
    }
    // adj: if l != 0.0:                                                                      <L 64>
    wp::adj_array_store(var_occupied, var_0, var_1, var_12, adj_occupied, adj_0, adj_1, adj_12);
    // adj: occupied[i, j] = p > threshold                                                    <L 63>
    wp::adj_array_store(var_prob, var_0, var_1, var_11, adj_prob, adj_0, adj_1, adj_11);
    // adj: prob[i, j] = p                                                                    <L 62>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_div(var_6, var_9, var_10, adj_6, adj_9, adj_10);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_exp(var_3, var_8, adj_3, adj_8);
    // adj: p = 1.0 - 1.0 / (1.0 + wp.exp(l))                                                 <L 61>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_grid, var_0, var_1, adj_grid, adj_0, adj_1, adj_2);
    // adj: l = grid[i, j]                                                                    <L 60>
    // adj: i, j = wp.tid()                                                                   <L 59>
    // adj: def occupancy_probability(grid: wp.array2d(dtype=float), prob: wp.array2d(dtype=float), occupied: wp.array2d(dtype=wp.bool), threshold: float, known: wp.array(dtype=int)):  <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void occupancy_probability_f576b1b9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_occupancy_probability_f576b1b9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        occupancy_probability_f576b1b9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void occupancy_probability_f576b1b9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_occupancy_probability_f576b1b9 *_wp_args,
    wp_args_occupancy_probability_f576b1b9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        occupancy_probability_f576b1b9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_inflate_obstacles_9bdf57fd {
    wp::array_t<bool> occupied;
    wp::int32 radius;
    wp::array_t<wp::float32> cost;
};


void inflate_obstacles_9bdf57fd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_inflate_obstacles_9bdf57fd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_occupied = _wp_args->occupied;
    wp::int32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_cost = _wp_args->cost;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 10000000000.0;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::shape_t var_29;
    bool var_30;
    bool* var_31;
    bool var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    bool var_39;
    wp::float32 var_40;
    bool var_41;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 1.0;
    wp::float32 var_46;
    const wp::float32 var_47 = 1.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    //---------
    // forward
    // def inflate_obstacles(occupied: wp.array2d(dtype=wp.bool), radius: int, cost: wp.array2d(dtype=float)):       <L 69>
    // i, j = wp.tid()                                                                        <L 70>
    builtin_tid2d(var_0, var_1);
    // best = float(1.0e10)                                                                   <L 71>
    var_3 = wp::float(var_2);
    // for di in range(-radius, radius + 1):                                                  <L 72>
    var_4 = wp::neg(var_radius);
    var_6 = wp::add(var_radius, var_5);
    var_7 = wp::range(var_4, var_6);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // for dj in range(-radius, radius + 1):                                              <L 73>
        var_9 = wp::neg(var_radius);
        var_11 = wp::add(var_radius, var_10);
        var_12 = wp::range(var_9, var_11);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // ni = i + di                                                                    <L 74>
            var_14 = wp::add(var_0, var_8);
            // nj = j + dj                                                                    <L 75>
            var_15 = wp::add(var_1, var_13);
            // if ni < 0 or nj < 0 or ni >= occupied.shape[0] or nj >= occupied.shape[1]:       <L 76>
            var_18 = (var_14 < var_17);
            var_16 = var_18;
            if (!var_16) {
                var_20 = (var_15 < var_19);
                var_16 = var_16 || var_20;
            }
            if (!var_16) {
                var_21 = &(var_occupied.shape);
                var_24 = wp::load(var_21);
                var_23 = wp::extract(var_24, var_22);
                var_25 = (var_14 >= var_23);
                var_16 = var_16 || var_25;
            }
            if (!var_16) {
                var_26 = &(var_occupied.shape);
                var_29 = wp::load(var_26);
                var_28 = wp::extract(var_29, var_27);
                var_30 = (var_15 >= var_28);
                var_16 = var_16 || var_30;
            }
            if (var_16) {
                // continue                                                                   <L 77>
                goto start_for_2;
            }
            // if occupied[ni, nj]:                                                           <L 78>
            var_31 = wp::address(var_occupied, var_14, var_15);
            var_32 = wp::load(var_31);
            if (var_32) {
                // d = wp.sqrt(float(di * di + dj * dj))                                      <L 79>
                var_33 = wp::mul(var_8, var_8);
                var_34 = wp::mul(var_13, var_13);
                var_35 = wp::add(var_33, var_34);
                var_36 = wp::float(var_35);
                var_37 = wp::sqrt(var_36);
                // best = wp.min(best, d)                                                     <L 80>
                var_38 = wp::min(var_3, var_37);
            }
            var_39 = wp::load(var_31);
            var_41 = wp::load(var_31);
            var_40 = wp::where(var_41, var_38, var_3);
            wp::assign(var_3, var_40);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // if best > float(radius):                                                               <L 81>
    var_42 = wp::float(var_radius);
    var_43 = (var_3 > var_42);
    if (var_43) {
        // cost[i, j] = 0.0                                                                   <L 82>
        wp::array_store(var_cost, var_0, var_1, var_44);
    }
    if (!var_43) {
        // cost[i, j] = 1.0 - best / (float(radius) + 1.0)                                    <L 84>
        var_46 = wp::float(var_radius);
        var_48 = wp::add(var_46, var_47);
        var_49 = wp::div(var_3, var_48);
        var_50 = wp::sub(var_45, var_49);
        wp::array_store(var_cost, var_0, var_1, var_50);
    }
}



void inflate_obstacles_9bdf57fd_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_inflate_obstacles_9bdf57fd *_wp_args,
    wp_args_inflate_obstacles_9bdf57fd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_occupied = _wp_args->occupied;
    wp::int32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_cost = _wp_args->cost;
    wp::array_t<bool> adj_occupied = _wp_adj_args->occupied;
    wp::int32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_cost = _wp_adj_args->cost;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 10000000000.0;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::shape_t var_29;
    bool var_30;
    bool* var_31;
    bool var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    bool var_39;
    wp::float32 var_40;
    bool var_41;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 1.0;
    wp::float32 var_46;
    const wp::float32 var_47 = 1.0;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    bool adj_25 = {};
    wp::shape_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::shape_t adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    //---------
    // forward
    // def inflate_obstacles(occupied: wp.array2d(dtype=wp.bool), radius: int, cost: wp.array2d(dtype=float)):       <L 69>
    // i, j = wp.tid()                                                                        <L 70>
    builtin_tid2d(var_0, var_1);
    // best = float(1.0e10)                                                                   <L 71>
    var_3 = wp::float(var_2);
    // for di in range(-radius, radius + 1):                                                  <L 72>
    var_4 = wp::neg(var_radius);
    var_6 = wp::add(var_radius, var_5);
    var_7 = wp::range(var_4, var_6);
    // if best > float(radius):                                                               <L 81>
    var_42 = wp::float(var_radius);
    var_43 = (var_3 > var_42);
    if (var_43) {
        // cost[i, j] = 0.0                                                                   <L 82>
        // wp::array_store(var_cost, var_0, var_1, var_44);
    }
    if (!var_43) {
        // cost[i, j] = 1.0 - best / (float(radius) + 1.0)                                    <L 84>
        var_46 = wp::float(var_radius);
        var_48 = wp::add(var_46, var_47);
        var_49 = wp::div(var_3, var_48);
        var_50 = wp::sub(var_45, var_49);
        // wp::array_store(var_cost, var_0, var_1, var_50);
    }
    //---------
    // reverse
    if (!var_43) {
        wp::adj_array_store(var_cost, var_0, var_1, var_50, adj_cost, adj_0, adj_1, adj_50);
        wp::adj_sub(var_45, var_49, adj_45, adj_49, adj_50);
        wp::adj_div(var_3, var_48, var_49, adj_3, adj_48, adj_49);
        wp::adj_add(var_46, var_47, adj_46, adj_47, adj_48);
        wp::adj_float(var_radius, adj_radius, adj_46);
        // adj: cost[i, j] = 1.0 - best / (float(radius) + 1.0)                               <L 84>
    }
    if (var_43) {
        wp::adj_array_store(var_cost, var_0, var_1, var_44, adj_cost, adj_0, adj_1, adj_44);
        // adj: cost[i, j] = 0.0                                                              <L 82>
    }
    wp::adj_float(var_radius, adj_radius, adj_42);
    // adj: if best > float(radius):                                                          <L 81>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
        // for dj in range(-radius, radius + 1):                                              <L 73>
        var_9 = wp::neg(var_radius);
        var_11 = wp::add(var_radius, var_10);
        var_12 = wp::range(var_9, var_11);
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
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
            // ni = i + di                                                                    <L 74>
            var_14 = wp::add(var_0, var_8);
            // nj = j + dj                                                                    <L 75>
            var_15 = wp::add(var_1, var_13);
            // if ni < 0 or nj < 0 or ni >= occupied.shape[0] or nj >= occupied.shape[1]:       <L 76>
            var_18 = (var_14 < var_17);
            var_16 = var_18;
            if (!var_16) {
                var_20 = (var_15 < var_19);
                var_16 = var_16 || var_20;
            }
            if (!var_16) {
                var_21 = &(var_occupied.shape);
                var_24 = wp::load(var_21);
                var_23 = wp::extract(var_24, var_22);
                var_25 = (var_14 >= var_23);
                var_16 = var_16 || var_25;
            }
            if (!var_16) {
                var_26 = &(var_occupied.shape);
                var_29 = wp::load(var_26);
                var_28 = wp::extract(var_29, var_27);
                var_30 = (var_15 >= var_28);
                var_16 = var_16 || var_30;
            }
            if (var_16) {
                // continue                                                                   <L 77>
                goto start_for_2;
            }
            // if occupied[ni, nj]:                                                           <L 78>
            var_31 = wp::address(var_occupied, var_14, var_15);
            var_32 = wp::load(var_31);
            if (var_32) {
                // d = wp.sqrt(float(di * di + dj * dj))                                      <L 79>
                var_33 = wp::mul(var_8, var_8);
                var_34 = wp::mul(var_13, var_13);
                var_35 = wp::add(var_33, var_34);
                var_36 = wp::float(var_35);
                var_37 = wp::sqrt(var_36);
                // best = wp.min(best, d)                                                     <L 80>
                var_38 = wp::min(var_3, var_37);
            }
            var_39 = wp::load(var_31);
            var_41 = wp::load(var_31);
            var_40 = wp::where(var_41, var_38, var_3);
            wp::assign(var_3, var_40);
            wp::adj_assign(var_3, var_40, adj_3, adj_40);
            wp::adj_where(var_41, var_38, var_3, adj_31, adj_38, adj_3, adj_40);
            if (var_39) {
                wp::adj_min(var_3, var_37, adj_3, adj_37, adj_38);
                // adj: best = wp.min(best, d)                                                <L 80>
                wp::adj_sqrt(var_36, var_37, adj_36, adj_37);
                wp::adj_float(var_35, adj_35, adj_36);
                wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
                wp::adj_mul(var_13, var_13, adj_13, adj_13, adj_34);
                wp::adj_mul(var_8, var_8, adj_8, adj_8, adj_33);
                // adj: d = wp.sqrt(float(di * di + dj * dj))                                 <L 79>
            }
            wp::adj_address(var_occupied, var_14, var_15, adj_occupied, adj_14, adj_15, adj_31);
            // adj: if occupied[ni, nj]:                                                      <L 78>
            if (var_16) {
                // adj: continue                                                              <L 77>
            }
            if (!var_16) {
                adj_occupied.shape = adj_26;
            }
            if (!var_16) {
                adj_occupied.shape = adj_21;
            }
            if (!var_16) {
            }
            // adj: if ni < 0 or nj < 0 or ni >= occupied.shape[0] or nj >= occupied.shape[1]:  <L 76>
            wp::adj_add(var_1, var_13, adj_1, adj_13, adj_15);
            // adj: nj = j + dj                                                               <L 75>
            wp::adj_add(var_0, var_8, adj_0, adj_8, adj_14);
            // adj: ni = i + di                                                               <L 74>
        	goto start_for_2;
        end_for_2:;
        wp::adj_add(var_radius, var_10, adj_radius, adj_10, adj_11);
        wp::adj_neg(var_radius, adj_radius, adj_9);
        // adj: for dj in range(-radius, radius + 1):                                         <L 73>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_radius, var_5, adj_radius, adj_5, adj_6);
    wp::adj_neg(var_radius, adj_radius, adj_4);
    // adj: for di in range(-radius, radius + 1):                                             <L 72>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: best = float(1.0e10)                                                              <L 71>
    // adj: i, j = wp.tid()                                                                   <L 70>
    // adj: def inflate_obstacles(occupied: wp.array2d(dtype=wp.bool), radius: int, cost: wp.array2d(dtype=float)):  <L 69>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void inflate_obstacles_9bdf57fd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_inflate_obstacles_9bdf57fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inflate_obstacles_9bdf57fd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void inflate_obstacles_9bdf57fd_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_inflate_obstacles_9bdf57fd *_wp_args,
    wp_args_inflate_obstacles_9bdf57fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inflate_obstacles_9bdf57fd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_frontier_clusters_400ca33b {
    wp::array_t<wp::float32> prob;
    wp::float32 free_thresh;
    wp::float32 occ_thresh;
    wp::vec_t<2, wp::int32> robot;
    wp::int32 max_radius;
    wp::array_t<wp::uint8> frontier;
    wp::array_t<wp::float32> scores;
    wp::array_t<wp::float32> best_score;
    wp::array_t<wp::int32> frontier_count;
};


void frontier_clusters_400ca33b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_frontier_clusters_400ca33b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_prob = _wp_args->prob;
    wp::float32 var_free_thresh = _wp_args->free_thresh;
    wp::float32 var_occ_thresh = _wp_args->occ_thresh;
    wp::vec_t<2, wp::int32> var_robot = _wp_args->robot;
    wp::int32 var_max_radius = _wp_args->max_radius;
    wp::array_t<wp::uint8> var_frontier = _wp_args->frontier;
    wp::array_t<wp::float32> var_scores = _wp_args->scores;
    wp::array_t<wp::float32> var_best_score = _wp_args->best_score;
    wp::array_t<wp::int32> var_frontier_count = _wp_args->frontier_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::uint8 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = -1;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 2;
    wp::range_t var_24;
    wp::int32 var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    bool var_38;
    bool var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    bool var_44;
    bool var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    bool var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = -1;
    const wp::int32 var_56 = 2;
    wp::range_t var_57;
    wp::int32 var_58;
    bool var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    const wp::int32 var_62 = 0;
    bool var_63;
    wp::int32 var_64;
    wp::int32 var_65;
    bool var_66;
    const wp::int32 var_67 = 0;
    bool var_68;
    const wp::int32 var_69 = 0;
    bool var_70;
    bool var_71;
    bool var_72;
    wp::int32 var_73;
    wp::int32 var_74;
    wp::float32* var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    bool var_78;
    bool var_79;
    bool var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    bool var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    const wp::int32 var_89 = 1;
    const wp::int32 var_90 = -1;
    const wp::int32 var_91 = 2;
    wp::range_t var_92;
    wp::int32 var_93;
    bool var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    const wp::int32 var_97 = 0;
    bool var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    bool var_101;
    const wp::int32 var_102 = 0;
    bool var_103;
    const wp::int32 var_104 = 0;
    bool var_105;
    bool var_106;
    bool var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    bool var_113;
    bool var_114;
    bool var_115;
    const wp::int32 var_116 = 1;
    wp::int32 var_117;
    bool var_118;
    const wp::int32 var_119 = 1;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    const wp::int32 var_124 = 0;
    bool var_125;
    const wp::int32 var_126 = 1;
    wp::uint8 var_127;
    const wp::int32 var_128 = 0;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    const wp::float32 var_131 = 0.0;
    wp::float32 var_132;
    wp::int32 var_133;
    const wp::int32 var_134 = 1;
    wp::int32 var_135;
    wp::range_t var_136;
    wp::int32 var_137;
    wp::int32 var_138;
    bool var_139;
    const wp::int32 var_140 = 0;
    bool var_141;
    bool var_142;
    wp::int32 var_143;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::range_t var_147;
    wp::int32 var_148;
    wp::int32 var_149;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    bool var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::int32 var_156;
    wp::int32 var_157;
    wp::int32 var_158;
    bool var_159;
    wp::int32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    bool var_164;
    bool var_165;
    bool var_166;
    const wp::float32 var_167 = 1.0;
    wp::float32 var_168;
    wp::float32 var_169;
    const wp::int32 var_170 = 0;
    wp::int32 var_171;
    wp::int32 var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 1;
    wp::int32 var_175;
    wp::int32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::float32 var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    const wp::float32 var_182 = 1.0;
    const wp::float32 var_183 = 0.1;
    wp::float32 var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    const wp::float32 var_187 = 2.0;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    const wp::int32 var_191 = 0;
    wp::float32 var_192;
    //---------
    // forward
    // def frontier_clusters(                                                                 <L 88>
    // i, j = wp.tid()                                                                        <L 99>
    builtin_tid2d(var_0, var_1);
    // h = prob.shape[0]                                                                      <L 100>
    var_2 = &(var_prob.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = prob.shape[1]                                                                      <L 101>
    var_6 = &(var_prob.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // p = prob[i, j]                                                                         <L 102>
    var_10 = wp::address(var_prob, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // frontier[i, j] = wp.uint8(0)                                                           <L 103>
    var_14 = wp::uint8(var_13);
    wp::array_store(var_frontier, var_0, var_1, var_14);
    // scores[i, j] = 0.0                                                                     <L 104>
    wp::array_store(var_scores, var_0, var_1, var_15);
    // if p >= free_thresh:                                                                   <L 106>
    var_16 = (var_11 >= var_free_thresh);
    if (var_16) {
        // return                                                                             <L 107>
        return;
    }
    // unknown = int(0)                                                                       <L 108>
    var_18 = wp::int(var_17);
    // occupied_near = int(0)                                                                 <L 109>
    var_20 = wp::int(var_19);
    // for di in range(-1, 2):                                                                <L 110>
    // for dj in range(-1, 2):                                                                <L 111>
    var_24 = wp::range(var_22, var_23);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
        // if di == 0 and dj == 0:                                                            <L 112>
        var_28 = (var_21 == var_27);
        var_26 = var_28;
        if (var_26) {
            var_30 = (var_25 == var_29);
            var_26 = var_26 && var_30;
        }
        if (var_26) {
            // continue                                                                       <L 113>
            goto start_for_1;
        }
        // ni = i + di                                                                        <L 114>
        var_31 = wp::add(var_0, var_21);
        // nj = j + dj                                                                        <L 115>
        var_32 = wp::add(var_1, var_25);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_35 = (var_31 < var_34);
        var_33 = var_35;
        if (!var_33) {
            var_37 = (var_32 < var_36);
            var_33 = var_33 || var_37;
        }
        if (!var_33) {
            var_38 = (var_31 >= var_4);
            var_33 = var_33 || var_38;
        }
        if (!var_33) {
            var_39 = (var_32 >= var_8);
            var_33 = var_33 || var_39;
        }
        if (var_33) {
            // continue                                                                       <L 117>
            goto start_for_1;
        }
        // q = prob[ni, nj]                                                                   <L 118>
        var_40 = wp::address(var_prob, var_31, var_32);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_44 = (var_41 > var_free_thresh);
        var_43 = var_44;
        if (var_43) {
            var_45 = (var_41 < var_occ_thresh);
            var_43 = var_43 && var_45;
        }
        if (var_43) {
            // unknown += 1                                                                   <L 120>
            var_47 = wp::add(var_18, var_46);
        }
        if (!var_43) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_48 = (var_41 >= var_occ_thresh);
            if (var_48) {
                // occupied_near += 1                                                         <L 122>
                var_50 = wp::add(var_20, var_49);
            }
            var_51 = wp::where(var_48, var_50, var_20);
        }
        var_52 = wp::where(var_43, var_47, var_18);
        var_53 = wp::where(var_43, var_20, var_51);
        wp::assign(var_18, var_52);
        wp::assign(var_20, var_53);
        goto start_for_1;
    end_for_1:;
    // for dj in range(-1, 2):                                                                <L 111>
    var_57 = wp::range(var_55, var_56);
    start_for_3:;
        if (iter_cmp(var_57) == 0) goto end_for_3;
        var_58 = wp::iter_next(var_57);
        // if di == 0 and dj == 0:                                                            <L 112>
        var_61 = (var_54 == var_60);
        var_59 = var_61;
        if (var_59) {
            var_63 = (var_58 == var_62);
            var_59 = var_59 && var_63;
        }
        if (var_59) {
            // continue                                                                       <L 113>
            goto start_for_3;
        }
        // ni = i + di                                                                        <L 114>
        var_64 = wp::add(var_0, var_54);
        // nj = j + dj                                                                        <L 115>
        var_65 = wp::add(var_1, var_58);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_68 = (var_64 < var_67);
        var_66 = var_68;
        if (!var_66) {
            var_70 = (var_65 < var_69);
            var_66 = var_66 || var_70;
        }
        if (!var_66) {
            var_71 = (var_64 >= var_4);
            var_66 = var_66 || var_71;
        }
        if (!var_66) {
            var_72 = (var_65 >= var_8);
            var_66 = var_66 || var_72;
        }
        if (var_66) {
            // continue                                                                       <L 117>
            wp::assign(var_31, var_64);
            wp::assign(var_32, var_65);
            goto start_for_3;
        }
        var_73 = wp::where(var_66, var_31, var_64);
        var_74 = wp::where(var_66, var_32, var_65);
        // q = prob[ni, nj]                                                                   <L 118>
        var_75 = wp::address(var_prob, var_73, var_74);
        var_77 = wp::load(var_75);
        var_76 = wp::copy(var_77);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_79 = (var_76 > var_free_thresh);
        var_78 = var_79;
        if (var_78) {
            var_80 = (var_76 < var_occ_thresh);
            var_78 = var_78 && var_80;
        }
        if (var_78) {
            // unknown += 1                                                                   <L 120>
            var_82 = wp::add(var_18, var_81);
        }
        if (!var_78) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_83 = (var_76 >= var_occ_thresh);
            if (var_83) {
                // occupied_near += 1                                                         <L 122>
                var_85 = wp::add(var_20, var_84);
            }
            var_86 = wp::where(var_83, var_85, var_20);
        }
        var_87 = wp::where(var_78, var_82, var_18);
        var_88 = wp::where(var_78, var_20, var_86);
        wp::assign(var_18, var_87);
        wp::assign(var_20, var_88);
        wp::assign(var_31, var_73);
        wp::assign(var_32, var_74);
        wp::assign(var_41, var_76);
        goto start_for_3;
    end_for_3:;
    // for dj in range(-1, 2):                                                                <L 111>
    var_92 = wp::range(var_90, var_91);
    start_for_5:;
        if (iter_cmp(var_92) == 0) goto end_for_5;
        var_93 = wp::iter_next(var_92);
        // if di == 0 and dj == 0:                                                            <L 112>
        var_96 = (var_89 == var_95);
        var_94 = var_96;
        if (var_94) {
            var_98 = (var_93 == var_97);
            var_94 = var_94 && var_98;
        }
        if (var_94) {
            // continue                                                                       <L 113>
            goto start_for_5;
        }
        // ni = i + di                                                                        <L 114>
        var_99 = wp::add(var_0, var_89);
        // nj = j + dj                                                                        <L 115>
        var_100 = wp::add(var_1, var_93);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_103 = (var_99 < var_102);
        var_101 = var_103;
        if (!var_101) {
            var_105 = (var_100 < var_104);
            var_101 = var_101 || var_105;
        }
        if (!var_101) {
            var_106 = (var_99 >= var_4);
            var_101 = var_101 || var_106;
        }
        if (!var_101) {
            var_107 = (var_100 >= var_8);
            var_101 = var_101 || var_107;
        }
        if (var_101) {
            // continue                                                                       <L 117>
            wp::assign(var_31, var_99);
            wp::assign(var_32, var_100);
            goto start_for_5;
        }
        var_108 = wp::where(var_101, var_31, var_99);
        var_109 = wp::where(var_101, var_32, var_100);
        // q = prob[ni, nj]                                                                   <L 118>
        var_110 = wp::address(var_prob, var_108, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::copy(var_112);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_114 = (var_111 > var_free_thresh);
        var_113 = var_114;
        if (var_113) {
            var_115 = (var_111 < var_occ_thresh);
            var_113 = var_113 && var_115;
        }
        if (var_113) {
            // unknown += 1                                                                   <L 120>
            var_117 = wp::add(var_18, var_116);
        }
        if (!var_113) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_118 = (var_111 >= var_occ_thresh);
            if (var_118) {
                // occupied_near += 1                                                         <L 122>
                var_120 = wp::add(var_20, var_119);
            }
            var_121 = wp::where(var_118, var_120, var_20);
        }
        var_122 = wp::where(var_113, var_117, var_18);
        var_123 = wp::where(var_113, var_20, var_121);
        wp::assign(var_18, var_122);
        wp::assign(var_20, var_123);
        wp::assign(var_31, var_108);
        wp::assign(var_32, var_109);
        wp::assign(var_41, var_111);
        goto start_for_5;
    end_for_5:;
    // if unknown == 0:                                                                       <L 123>
    var_125 = (var_18 == var_124);
    if (var_125) {
        // return                                                                             <L 124>
        return;
    }
    // frontier[i, j] = wp.uint8(1)                                                           <L 125>
    var_127 = wp::uint8(var_126);
    wp::array_store(var_frontier, var_0, var_1, var_127);
    // wp.atomic_add(frontier_count, 0, 1)                                                    <L 126>
    var_130 = wp::atomic_add(var_frontier_count, var_128, var_129);
    // gain = float(0.0)                                                                      <L 128>
    var_132 = wp::float(var_131);
    // for di in range(-max_radius, max_radius + 1):                                          <L 129>
    var_133 = wp::neg(var_max_radius);
    var_135 = wp::add(var_max_radius, var_134);
    var_136 = wp::range(var_133, var_135);
    start_for_8:;
        if (iter_cmp(var_136) == 0) goto end_for_8;
        var_137 = wp::iter_next(var_136);
        // ni = i + di                                                                        <L 130>
        var_138 = wp::add(var_0, var_137);
        // if ni < 0 or ni >= h:                                                              <L 131>
        var_141 = (var_138 < var_140);
        var_139 = var_141;
        if (!var_139) {
            var_142 = (var_138 >= var_4);
            var_139 = var_139 || var_142;
        }
        if (var_139) {
            // continue                                                                       <L 132>
            wp::assign(var_31, var_138);
            goto start_for_8;
        }
        var_143 = wp::where(var_139, var_31, var_138);
        // for dj in range(-max_radius, max_radius + 1):                                      <L 133>
        var_144 = wp::neg(var_max_radius);
        var_146 = wp::add(var_max_radius, var_145);
        var_147 = wp::range(var_144, var_146);
        start_for_10:;
            if (iter_cmp(var_147) == 0) goto end_for_10;
            var_148 = wp::iter_next(var_147);
            // nj = j + dj                                                                    <L 134>
            var_149 = wp::add(var_1, var_148);
            // if nj < 0 or nj >= w:                                                          <L 135>
            var_152 = (var_149 < var_151);
            var_150 = var_152;
            if (!var_150) {
                var_153 = (var_149 >= var_8);
                var_150 = var_150 || var_153;
            }
            if (var_150) {
                // continue                                                                   <L 136>
                wp::assign(var_32, var_149);
                goto start_for_10;
            }
            var_154 = wp::where(var_150, var_32, var_149);
            // if di * di + dj * dj > max_radius * max_radius:                                <L 137>
            var_155 = wp::mul(var_137, var_137);
            var_156 = wp::mul(var_148, var_148);
            var_157 = wp::add(var_155, var_156);
            var_158 = wp::mul(var_max_radius, var_max_radius);
            var_159 = (var_157 > var_158);
            if (var_159) {
                // continue                                                                   <L 138>
                wp::assign(var_32, var_154);
                goto start_for_10;
            }
            var_160 = wp::where(var_159, var_32, var_154);
            // q = prob[ni, nj]                                                               <L 139>
            var_161 = wp::address(var_prob, var_143, var_160);
            var_163 = wp::load(var_161);
            var_162 = wp::copy(var_163);
            // if q > free_thresh and q < occ_thresh:                                         <L 140>
            var_165 = (var_162 > var_free_thresh);
            var_164 = var_165;
            if (var_164) {
                var_166 = (var_162 < var_occ_thresh);
                var_164 = var_164 && var_166;
            }
            if (var_164) {
                // gain += 1.0                                                                <L 141>
                var_168 = wp::add(var_132, var_167);
            }
            var_169 = wp::where(var_164, var_168, var_132);
            wp::assign(var_32, var_160);
            wp::assign(var_41, var_162);
            wp::assign(var_132, var_169);
            goto start_for_10;
        end_for_10:;
        wp::assign(var_93, var_148);
        wp::assign(var_31, var_143);
        goto start_for_8;
    end_for_8:;
    // dx = float(i - robot[0])                                                               <L 142>
    var_171 = wp::extract(var_robot, var_170);
    var_172 = wp::sub(var_0, var_171);
    var_173 = wp::float(var_172);
    // dy = float(j - robot[1])                                                               <L 143>
    var_175 = wp::extract(var_robot, var_174);
    var_176 = wp::sub(var_1, var_175);
    var_177 = wp::float(var_176);
    // dist = wp.sqrt(dx * dx + dy * dy)                                                      <L 144>
    var_178 = wp::mul(var_173, var_173);
    var_179 = wp::mul(var_177, var_177);
    var_180 = wp::add(var_178, var_179);
    var_181 = wp::sqrt(var_180);
    // score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                         <L 145>
    var_184 = wp::mul(var_183, var_181);
    var_185 = wp::add(var_182, var_184);
    var_186 = wp::div(var_132, var_185);
    var_188 = wp::float(var_20);
    var_189 = wp::mul(var_187, var_188);
    var_190 = wp::sub(var_186, var_189);
    // scores[i, j] = score                                                                   <L 146>
    wp::array_store(var_scores, var_0, var_1, var_190);
    // wp.atomic_max(best_score, 0, score)                                                    <L 147>
    var_192 = wp::atomic_max(var_best_score, var_191, var_190);
}



void frontier_clusters_400ca33b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_frontier_clusters_400ca33b *_wp_args,
    wp_args_frontier_clusters_400ca33b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_prob = _wp_args->prob;
    wp::float32 var_free_thresh = _wp_args->free_thresh;
    wp::float32 var_occ_thresh = _wp_args->occ_thresh;
    wp::vec_t<2, wp::int32> var_robot = _wp_args->robot;
    wp::int32 var_max_radius = _wp_args->max_radius;
    wp::array_t<wp::uint8> var_frontier = _wp_args->frontier;
    wp::array_t<wp::float32> var_scores = _wp_args->scores;
    wp::array_t<wp::float32> var_best_score = _wp_args->best_score;
    wp::array_t<wp::int32> var_frontier_count = _wp_args->frontier_count;
    wp::array_t<wp::float32> adj_prob = _wp_adj_args->prob;
    wp::float32 adj_free_thresh = _wp_adj_args->free_thresh;
    wp::float32 adj_occ_thresh = _wp_adj_args->occ_thresh;
    wp::vec_t<2, wp::int32> adj_robot = _wp_adj_args->robot;
    wp::int32 adj_max_radius = _wp_adj_args->max_radius;
    wp::array_t<wp::uint8> adj_frontier = _wp_adj_args->frontier;
    wp::array_t<wp::float32> adj_scores = _wp_adj_args->scores;
    wp::array_t<wp::float32> adj_best_score = _wp_adj_args->best_score;
    wp::array_t<wp::int32> adj_frontier_count = _wp_adj_args->frontier_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::uint8 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = -1;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 2;
    wp::range_t var_24;
    wp::int32 var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    bool var_38;
    bool var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    bool var_44;
    bool var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    bool var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = -1;
    const wp::int32 var_56 = 2;
    wp::range_t var_57;
    wp::int32 var_58;
    bool var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    const wp::int32 var_62 = 0;
    bool var_63;
    wp::int32 var_64;
    wp::int32 var_65;
    bool var_66;
    const wp::int32 var_67 = 0;
    bool var_68;
    const wp::int32 var_69 = 0;
    bool var_70;
    bool var_71;
    bool var_72;
    wp::int32 var_73;
    wp::int32 var_74;
    wp::float32* var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    bool var_78;
    bool var_79;
    bool var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    bool var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    wp::int32 var_88;
    const wp::int32 var_89 = 1;
    const wp::int32 var_90 = -1;
    const wp::int32 var_91 = 2;
    wp::range_t var_92;
    wp::int32 var_93;
    bool var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    const wp::int32 var_97 = 0;
    bool var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    bool var_101;
    const wp::int32 var_102 = 0;
    bool var_103;
    const wp::int32 var_104 = 0;
    bool var_105;
    bool var_106;
    bool var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    bool var_113;
    bool var_114;
    bool var_115;
    const wp::int32 var_116 = 1;
    wp::int32 var_117;
    bool var_118;
    const wp::int32 var_119 = 1;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    const wp::int32 var_124 = 0;
    bool var_125;
    const wp::int32 var_126 = 1;
    wp::uint8 var_127;
    const wp::int32 var_128 = 0;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    const wp::float32 var_131 = 0.0;
    wp::float32 var_132;
    wp::int32 var_133;
    const wp::int32 var_134 = 1;
    wp::int32 var_135;
    wp::range_t var_136;
    wp::int32 var_137;
    wp::int32 var_138;
    bool var_139;
    const wp::int32 var_140 = 0;
    bool var_141;
    bool var_142;
    wp::int32 var_143;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::range_t var_147;
    wp::int32 var_148;
    wp::int32 var_149;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    bool var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::int32 var_156;
    wp::int32 var_157;
    wp::int32 var_158;
    bool var_159;
    wp::int32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    bool var_164;
    bool var_165;
    bool var_166;
    const wp::float32 var_167 = 1.0;
    wp::float32 var_168;
    wp::float32 var_169;
    const wp::int32 var_170 = 0;
    wp::int32 var_171;
    wp::int32 var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 1;
    wp::int32 var_175;
    wp::int32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::float32 var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    const wp::float32 var_182 = 1.0;
    const wp::float32 var_183 = 0.1;
    wp::float32 var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    const wp::float32 var_187 = 2.0;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    const wp::int32 var_191 = 0;
    wp::float32 var_192;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::uint8 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::range_t adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::range_t adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    wp::int32 adj_60 = {};
    bool adj_61 = {};
    wp::int32 adj_62 = {};
    bool adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    bool adj_66 = {};
    wp::int32 adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    bool adj_71 = {};
    bool adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    bool adj_78 = {};
    bool adj_79 = {};
    bool adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    bool adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::range_t adj_92 = {};
    wp::int32 adj_93 = {};
    bool adj_94 = {};
    wp::int32 adj_95 = {};
    bool adj_96 = {};
    wp::int32 adj_97 = {};
    bool adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    bool adj_101 = {};
    wp::int32 adj_102 = {};
    bool adj_103 = {};
    wp::int32 adj_104 = {};
    bool adj_105 = {};
    bool adj_106 = {};
    bool adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    bool adj_113 = {};
    bool adj_114 = {};
    bool adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    bool adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    bool adj_125 = {};
    wp::int32 adj_126 = {};
    wp::uint8 adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::range_t adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    bool adj_139 = {};
    wp::int32 adj_140 = {};
    bool adj_141 = {};
    bool adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::range_t adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    bool adj_150 = {};
    wp::int32 adj_151 = {};
    bool adj_152 = {};
    bool adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    bool adj_159 = {};
    wp::int32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    bool adj_164 = {};
    bool adj_165 = {};
    bool adj_166 = {};
    wp::float32 adj_167 = {};
    wp::float32 adj_168 = {};
    wp::float32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::float32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::int32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::float32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::float32 adj_185 = {};
    wp::float32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::float32 adj_189 = {};
    wp::float32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::float32 adj_192 = {};
    //---------
    // forward
    // def frontier_clusters(                                                                 <L 88>
    // i, j = wp.tid()                                                                        <L 99>
    builtin_tid2d(var_0, var_1);
    // h = prob.shape[0]                                                                      <L 100>
    var_2 = &(var_prob.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = prob.shape[1]                                                                      <L 101>
    var_6 = &(var_prob.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // p = prob[i, j]                                                                         <L 102>
    var_10 = wp::address(var_prob, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // frontier[i, j] = wp.uint8(0)                                                           <L 103>
    var_14 = wp::uint8(var_13);
    // wp::array_store(var_frontier, var_0, var_1, var_14);
    // scores[i, j] = 0.0                                                                     <L 104>
    // wp::array_store(var_scores, var_0, var_1, var_15);
    // if p >= free_thresh:                                                                   <L 106>
    var_16 = (var_11 >= var_free_thresh);
    if (var_16) {
        // return                                                                             <L 107>
        goto label0;
    }
    // unknown = int(0)                                                                       <L 108>
    var_18 = wp::int(var_17);
    // occupied_near = int(0)                                                                 <L 109>
    var_20 = wp::int(var_19);
    // for di in range(-1, 2):                                                                <L 110>
    // for dj in range(-1, 2):                                                                <L 111>
    var_24 = wp::range(var_22, var_23);
    // for dj in range(-1, 2):                                                                <L 111>
    var_57 = wp::range(var_55, var_56);
    // for dj in range(-1, 2):                                                                <L 111>
    var_92 = wp::range(var_90, var_91);
    // if unknown == 0:                                                                       <L 123>
    var_125 = (var_18 == var_124);
    if (var_125) {
        // return                                                                             <L 124>
        goto label7;
    }
    // frontier[i, j] = wp.uint8(1)                                                           <L 125>
    var_127 = wp::uint8(var_126);
    // wp::array_store(var_frontier, var_0, var_1, var_127);
    // wp.atomic_add(frontier_count, 0, 1)                                                    <L 126>
    // var_130 = wp::atomic_add(var_frontier_count, var_128, var_129);
    // gain = float(0.0)                                                                      <L 128>
    var_132 = wp::float(var_131);
    // for di in range(-max_radius, max_radius + 1):                                          <L 129>
    var_133 = wp::neg(var_max_radius);
    var_135 = wp::add(var_max_radius, var_134);
    var_136 = wp::range(var_133, var_135);
    // dx = float(i - robot[0])                                                               <L 142>
    var_171 = wp::extract(var_robot, var_170);
    var_172 = wp::sub(var_0, var_171);
    var_173 = wp::float(var_172);
    // dy = float(j - robot[1])                                                               <L 143>
    var_175 = wp::extract(var_robot, var_174);
    var_176 = wp::sub(var_1, var_175);
    var_177 = wp::float(var_176);
    // dist = wp.sqrt(dx * dx + dy * dy)                                                      <L 144>
    var_178 = wp::mul(var_173, var_173);
    var_179 = wp::mul(var_177, var_177);
    var_180 = wp::add(var_178, var_179);
    var_181 = wp::sqrt(var_180);
    // score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                         <L 145>
    var_184 = wp::mul(var_183, var_181);
    var_185 = wp::add(var_182, var_184);
    var_186 = wp::div(var_132, var_185);
    var_188 = wp::float(var_20);
    var_189 = wp::mul(var_187, var_188);
    var_190 = wp::sub(var_186, var_189);
    // scores[i, j] = score                                                                   <L 146>
    // wp::array_store(var_scores, var_0, var_1, var_190);
    // wp.atomic_max(best_score, 0, score)                                                    <L 147>
    // var_192 = wp::atomic_max(var_best_score, var_191, var_190);
    //---------
    // reverse
    wp::adj_atomic_max(var_best_score, var_191, var_190, adj_best_score, adj_191, adj_190, adj_192);
    // adj: wp.atomic_max(best_score, 0, score)                                               <L 147>
    wp::adj_array_store(var_scores, var_0, var_1, var_190, adj_scores, adj_0, adj_1, adj_190);
    // adj: scores[i, j] = score                                                              <L 146>
    wp::adj_sub(var_186, var_189, adj_186, adj_189, adj_190);
    wp::adj_mul(var_187, var_188, adj_187, adj_188, adj_189);
    wp::adj_float(var_20, adj_20, adj_188);
    wp::adj_div(var_132, var_185, var_186, adj_132, adj_185, adj_186);
    wp::adj_add(var_182, var_184, adj_182, adj_184, adj_185);
    wp::adj_mul(var_183, var_181, adj_183, adj_181, adj_184);
    // adj: score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                    <L 145>
    wp::adj_sqrt(var_180, var_181, adj_180, adj_181);
    wp::adj_add(var_178, var_179, adj_178, adj_179, adj_180);
    wp::adj_mul(var_177, var_177, adj_177, adj_177, adj_179);
    wp::adj_mul(var_173, var_173, adj_173, adj_173, adj_178);
    // adj: dist = wp.sqrt(dx * dx + dy * dy)                                                 <L 144>
    wp::adj_float(var_176, adj_176, adj_177);
    wp::adj_sub(var_1, var_175, adj_1, adj_175, adj_176);
    wp::adj_extract(var_robot, var_174, adj_robot, adj_174, adj_175);
    // adj: dy = float(j - robot[1])                                                          <L 143>
    wp::adj_float(var_172, adj_172, adj_173);
    wp::adj_sub(var_0, var_171, adj_0, adj_171, adj_172);
    wp::adj_extract(var_robot, var_170, adj_robot, adj_170, adj_171);
    // adj: dx = float(i - robot[0])                                                          <L 142>
    var_136 = wp::iter_reverse(var_136);
    start_for_8:;
        if (iter_cmp(var_136) == 0) goto end_for_8;
        var_137 = wp::iter_next(var_136);
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
        // ni = i + di                                                                        <L 130>
        var_138 = wp::add(var_0, var_137);
        // if ni < 0 or ni >= h:                                                              <L 131>
        var_141 = (var_138 < var_140);
        var_139 = var_141;
        if (!var_139) {
            var_142 = (var_138 >= var_4);
            var_139 = var_139 || var_142;
        }
        if (var_139) {
            // continue                                                                       <L 132>
            wp::assign(var_31, var_138);
            goto start_for_8;
        }
        var_143 = wp::where(var_139, var_31, var_138);
        // for dj in range(-max_radius, max_radius + 1):                                      <L 133>
        var_144 = wp::neg(var_max_radius);
        var_146 = wp::add(var_max_radius, var_145);
        var_147 = wp::range(var_144, var_146);
        wp::assign(var_93, var_148);
        wp::assign(var_31, var_143);
        wp::adj_assign(var_31, var_143, adj_31, adj_143);
        wp::adj_assign(var_93, var_148, adj_93, adj_148);
        var_147 = wp::iter_reverse(var_147);
        start_for_10:;
            if (iter_cmp(var_147) == 0) goto end_for_10;
            var_148 = wp::iter_next(var_147);
        	adj_149 = {};
        	adj_150 = {};
        	adj_151 = {};
        	adj_152 = {};
        	adj_153 = {};
        	adj_154 = {};
        	adj_155 = {};
        	adj_156 = {};
        	adj_157 = {};
        	adj_158 = {};
        	adj_159 = {};
        	adj_160 = {};
        	adj_161 = {};
        	adj_162 = {};
        	adj_163 = {};
        	adj_164 = {};
        	adj_165 = {};
        	adj_166 = {};
        	adj_167 = {};
        	adj_168 = {};
        	adj_169 = {};
            // nj = j + dj                                                                    <L 134>
            var_149 = wp::add(var_1, var_148);
            // if nj < 0 or nj >= w:                                                          <L 135>
            var_152 = (var_149 < var_151);
            var_150 = var_152;
            if (!var_150) {
                var_153 = (var_149 >= var_8);
                var_150 = var_150 || var_153;
            }
            if (var_150) {
                // continue                                                                   <L 136>
                wp::assign(var_32, var_149);
                goto start_for_10;
            }
            var_154 = wp::where(var_150, var_32, var_149);
            // if di * di + dj * dj > max_radius * max_radius:                                <L 137>
            var_155 = wp::mul(var_137, var_137);
            var_156 = wp::mul(var_148, var_148);
            var_157 = wp::add(var_155, var_156);
            var_158 = wp::mul(var_max_radius, var_max_radius);
            var_159 = (var_157 > var_158);
            if (var_159) {
                // continue                                                                   <L 138>
                wp::assign(var_32, var_154);
                goto start_for_10;
            }
            var_160 = wp::where(var_159, var_32, var_154);
            // q = prob[ni, nj]                                                               <L 139>
            var_161 = wp::address(var_prob, var_143, var_160);
            var_163 = wp::load(var_161);
            var_162 = wp::copy(var_163);
            // if q > free_thresh and q < occ_thresh:                                         <L 140>
            var_165 = (var_162 > var_free_thresh);
            var_164 = var_165;
            if (var_164) {
                var_166 = (var_162 < var_occ_thresh);
                var_164 = var_164 && var_166;
            }
            if (var_164) {
                // gain += 1.0                                                                <L 141>
                var_168 = wp::add(var_132, var_167);
            }
            var_169 = wp::where(var_164, var_168, var_132);
            wp::assign(var_32, var_160);
            wp::assign(var_41, var_162);
            wp::assign(var_132, var_169);
            wp::adj_assign(var_132, var_169, adj_132, adj_169);
            wp::adj_assign(var_41, var_162, adj_41, adj_162);
            wp::adj_assign(var_32, var_160, adj_32, adj_160);
            wp::adj_where(var_164, var_168, var_132, adj_164, adj_168, adj_132, adj_169);
            if (var_164) {
                wp::adj_add(var_132, var_167, adj_132, adj_167, adj_168);
                // adj: gain += 1.0                                                           <L 141>
            }
            if (var_164) {
            }
            // adj: if q > free_thresh and q < occ_thresh:                                    <L 140>
            wp::adj_copy(var_163, adj_161, adj_162);
            wp::adj_address(var_prob, var_143, var_160, adj_prob, adj_143, adj_160, adj_161);
            // adj: q = prob[ni, nj]                                                          <L 139>
            wp::adj_where(var_159, var_32, var_154, adj_159, adj_32, adj_154, adj_160);
            if (var_159) {
                wp::adj_assign(var_32, var_154, adj_32, adj_154);
                // adj: continue                                                              <L 138>
            }
            wp::adj_mul(var_max_radius, var_max_radius, adj_max_radius, adj_max_radius, adj_158);
            wp::adj_add(var_155, var_156, adj_155, adj_156, adj_157);
            wp::adj_mul(var_148, var_148, adj_148, adj_148, adj_156);
            wp::adj_mul(var_137, var_137, adj_137, adj_137, adj_155);
            // adj: if di * di + dj * dj > max_radius * max_radius:                           <L 137>
            wp::adj_where(var_150, var_32, var_149, adj_150, adj_32, adj_149, adj_154);
            if (var_150) {
                wp::adj_assign(var_32, var_149, adj_32, adj_149);
                // adj: continue                                                              <L 136>
            }
            if (!var_150) {
            }
            // adj: if nj < 0 or nj >= w:                                                     <L 135>
            wp::adj_add(var_1, var_148, adj_1, adj_148, adj_149);
            // adj: nj = j + dj                                                               <L 134>
        	goto start_for_10;
        end_for_10:;
        wp::adj_add(var_max_radius, var_145, adj_max_radius, adj_145, adj_146);
        wp::adj_neg(var_max_radius, adj_max_radius, adj_144);
        // adj: for dj in range(-max_radius, max_radius + 1):                                 <L 133>
        wp::adj_where(var_139, var_31, var_138, adj_139, adj_31, adj_138, adj_143);
        if (var_139) {
            wp::adj_assign(var_31, var_138, adj_31, adj_138);
            // adj: continue                                                                  <L 132>
        }
        if (!var_139) {
        }
        // adj: if ni < 0 or ni >= h:                                                         <L 131>
        wp::adj_add(var_0, var_137, adj_0, adj_137, adj_138);
        // adj: ni = i + di                                                                   <L 130>
    	goto start_for_8;
    end_for_8:;
    wp::adj_add(var_max_radius, var_134, adj_max_radius, adj_134, adj_135);
    wp::adj_neg(var_max_radius, adj_max_radius, adj_133);
    // adj: for di in range(-max_radius, max_radius + 1):                                     <L 129>
    wp::adj_float(var_131, adj_131, adj_132);
    // adj: gain = float(0.0)                                                                 <L 128>
    wp::adj_atomic_add(var_frontier_count, var_128, var_129, adj_frontier_count, adj_128, adj_129, adj_130);
    // adj: wp.atomic_add(frontier_count, 0, 1)                                               <L 126>
    wp::adj_array_store(var_frontier, var_0, var_1, var_127, adj_frontier, adj_0, adj_1, adj_127);
    // adj: frontier[i, j] = wp.uint8(1)                                                      <L 125>
    if (var_125) {
        label7:;
        // adj: return                                                                        <L 124>
    }
    // adj: if unknown == 0:                                                                  <L 123>
    var_92 = wp::iter_reverse(var_92);
    start_for_5:;
        if (iter_cmp(var_92) == 0) goto end_for_5;
        var_93 = wp::iter_next(var_92);
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
    	adj_97 = {};
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
    	adj_102 = {};
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
        // if di == 0 and dj == 0:                                                            <L 112>
        var_96 = (var_89 == var_95);
        var_94 = var_96;
        if (var_94) {
            var_98 = (var_93 == var_97);
            var_94 = var_94 && var_98;
        }
        if (var_94) {
            // continue                                                                       <L 113>
            goto start_for_5;
        }
        // ni = i + di                                                                        <L 114>
        var_99 = wp::add(var_0, var_89);
        // nj = j + dj                                                                        <L 115>
        var_100 = wp::add(var_1, var_93);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_103 = (var_99 < var_102);
        var_101 = var_103;
        if (!var_101) {
            var_105 = (var_100 < var_104);
            var_101 = var_101 || var_105;
        }
        if (!var_101) {
            var_106 = (var_99 >= var_4);
            var_101 = var_101 || var_106;
        }
        if (!var_101) {
            var_107 = (var_100 >= var_8);
            var_101 = var_101 || var_107;
        }
        if (var_101) {
            // continue                                                                       <L 117>
            wp::assign(var_31, var_99);
            wp::assign(var_32, var_100);
            goto start_for_5;
        }
        var_108 = wp::where(var_101, var_31, var_99);
        var_109 = wp::where(var_101, var_32, var_100);
        // q = prob[ni, nj]                                                                   <L 118>
        var_110 = wp::address(var_prob, var_108, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::copy(var_112);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_114 = (var_111 > var_free_thresh);
        var_113 = var_114;
        if (var_113) {
            var_115 = (var_111 < var_occ_thresh);
            var_113 = var_113 && var_115;
        }
        if (var_113) {
            // unknown += 1                                                                   <L 120>
            var_117 = wp::add(var_18, var_116);
        }
        if (!var_113) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_118 = (var_111 >= var_occ_thresh);
            if (var_118) {
                // occupied_near += 1                                                         <L 122>
                var_120 = wp::add(var_20, var_119);
            }
            var_121 = wp::where(var_118, var_120, var_20);
        }
        var_122 = wp::where(var_113, var_117, var_18);
        var_123 = wp::where(var_113, var_20, var_121);
        wp::assign(var_18, var_122);
        wp::assign(var_20, var_123);
        wp::assign(var_31, var_108);
        wp::assign(var_32, var_109);
        wp::assign(var_41, var_111);
        wp::adj_assign(var_41, var_111, adj_41, adj_111);
        wp::adj_assign(var_32, var_109, adj_32, adj_109);
        wp::adj_assign(var_31, var_108, adj_31, adj_108);
        wp::adj_assign(var_20, var_123, adj_20, adj_123);
        wp::adj_assign(var_18, var_122, adj_18, adj_122);
        wp::adj_where(var_113, var_20, var_121, adj_113, adj_20, adj_121, adj_123);
        wp::adj_where(var_113, var_117, var_18, adj_113, adj_117, adj_18, adj_122);
        if (!var_113) {
            wp::adj_where(var_118, var_120, var_20, adj_118, adj_120, adj_20, adj_121);
            if (var_118) {
                wp::adj_add(var_20, var_119, adj_20, adj_119, adj_120);
                // adj: occupied_near += 1                                                    <L 122>
            }
            // adj: elif q >= occ_thresh:                                                     <L 121>
        }
        if (var_113) {
            wp::adj_add(var_18, var_116, adj_18, adj_116, adj_117);
            // adj: unknown += 1                                                              <L 120>
        }
        if (var_113) {
        }
        // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
        wp::adj_copy(var_112, adj_110, adj_111);
        wp::adj_address(var_prob, var_108, var_109, adj_prob, adj_108, adj_109, adj_110);
        // adj: q = prob[ni, nj]                                                              <L 118>
        wp::adj_where(var_101, var_32, var_100, adj_101, adj_32, adj_100, adj_109);
        wp::adj_where(var_101, var_31, var_99, adj_101, adj_31, adj_99, adj_108);
        if (var_101) {
            wp::adj_assign(var_32, var_100, adj_32, adj_100);
            wp::adj_assign(var_31, var_99, adj_31, adj_99);
            // adj: continue                                                                  <L 117>
        }
        if (!var_101) {
        }
        if (!var_101) {
        }
        if (!var_101) {
        }
        // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
        wp::adj_add(var_1, var_93, adj_1, adj_93, adj_100);
        // adj: nj = j + dj                                                                   <L 115>
        wp::adj_add(var_0, var_89, adj_0, adj_89, adj_99);
        // adj: ni = i + di                                                                   <L 114>
        if (var_94) {
            // adj: continue                                                                  <L 113>
        }
        if (var_94) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 112>
    	goto start_for_5;
    end_for_5:;
    // adj: for dj in range(-1, 2):                                                           <L 111>
    var_57 = wp::iter_reverse(var_57);
    start_for_3:;
        if (iter_cmp(var_57) == 0) goto end_for_3;
        var_58 = wp::iter_next(var_57);
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
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
        // if di == 0 and dj == 0:                                                            <L 112>
        var_61 = (var_54 == var_60);
        var_59 = var_61;
        if (var_59) {
            var_63 = (var_58 == var_62);
            var_59 = var_59 && var_63;
        }
        if (var_59) {
            // continue                                                                       <L 113>
            goto start_for_3;
        }
        // ni = i + di                                                                        <L 114>
        var_64 = wp::add(var_0, var_54);
        // nj = j + dj                                                                        <L 115>
        var_65 = wp::add(var_1, var_58);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_68 = (var_64 < var_67);
        var_66 = var_68;
        if (!var_66) {
            var_70 = (var_65 < var_69);
            var_66 = var_66 || var_70;
        }
        if (!var_66) {
            var_71 = (var_64 >= var_4);
            var_66 = var_66 || var_71;
        }
        if (!var_66) {
            var_72 = (var_65 >= var_8);
            var_66 = var_66 || var_72;
        }
        if (var_66) {
            // continue                                                                       <L 117>
            wp::assign(var_31, var_64);
            wp::assign(var_32, var_65);
            goto start_for_3;
        }
        var_73 = wp::where(var_66, var_31, var_64);
        var_74 = wp::where(var_66, var_32, var_65);
        // q = prob[ni, nj]                                                                   <L 118>
        var_75 = wp::address(var_prob, var_73, var_74);
        var_77 = wp::load(var_75);
        var_76 = wp::copy(var_77);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_79 = (var_76 > var_free_thresh);
        var_78 = var_79;
        if (var_78) {
            var_80 = (var_76 < var_occ_thresh);
            var_78 = var_78 && var_80;
        }
        if (var_78) {
            // unknown += 1                                                                   <L 120>
            var_82 = wp::add(var_18, var_81);
        }
        if (!var_78) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_83 = (var_76 >= var_occ_thresh);
            if (var_83) {
                // occupied_near += 1                                                         <L 122>
                var_85 = wp::add(var_20, var_84);
            }
            var_86 = wp::where(var_83, var_85, var_20);
        }
        var_87 = wp::where(var_78, var_82, var_18);
        var_88 = wp::where(var_78, var_20, var_86);
        wp::assign(var_18, var_87);
        wp::assign(var_20, var_88);
        wp::assign(var_31, var_73);
        wp::assign(var_32, var_74);
        wp::assign(var_41, var_76);
        wp::adj_assign(var_41, var_76, adj_41, adj_76);
        wp::adj_assign(var_32, var_74, adj_32, adj_74);
        wp::adj_assign(var_31, var_73, adj_31, adj_73);
        wp::adj_assign(var_20, var_88, adj_20, adj_88);
        wp::adj_assign(var_18, var_87, adj_18, adj_87);
        wp::adj_where(var_78, var_20, var_86, adj_78, adj_20, adj_86, adj_88);
        wp::adj_where(var_78, var_82, var_18, adj_78, adj_82, adj_18, adj_87);
        if (!var_78) {
            wp::adj_where(var_83, var_85, var_20, adj_83, adj_85, adj_20, adj_86);
            if (var_83) {
                wp::adj_add(var_20, var_84, adj_20, adj_84, adj_85);
                // adj: occupied_near += 1                                                    <L 122>
            }
            // adj: elif q >= occ_thresh:                                                     <L 121>
        }
        if (var_78) {
            wp::adj_add(var_18, var_81, adj_18, adj_81, adj_82);
            // adj: unknown += 1                                                              <L 120>
        }
        if (var_78) {
        }
        // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
        wp::adj_copy(var_77, adj_75, adj_76);
        wp::adj_address(var_prob, var_73, var_74, adj_prob, adj_73, adj_74, adj_75);
        // adj: q = prob[ni, nj]                                                              <L 118>
        wp::adj_where(var_66, var_32, var_65, adj_66, adj_32, adj_65, adj_74);
        wp::adj_where(var_66, var_31, var_64, adj_66, adj_31, adj_64, adj_73);
        if (var_66) {
            wp::adj_assign(var_32, var_65, adj_32, adj_65);
            wp::adj_assign(var_31, var_64, adj_31, adj_64);
            // adj: continue                                                                  <L 117>
        }
        if (!var_66) {
        }
        if (!var_66) {
        }
        if (!var_66) {
        }
        // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
        wp::adj_add(var_1, var_58, adj_1, adj_58, adj_65);
        // adj: nj = j + dj                                                                   <L 115>
        wp::adj_add(var_0, var_54, adj_0, adj_54, adj_64);
        // adj: ni = i + di                                                                   <L 114>
        if (var_59) {
            // adj: continue                                                                  <L 113>
        }
        if (var_59) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 112>
    	goto start_for_3;
    end_for_3:;
    // adj: for dj in range(-1, 2):                                                           <L 111>
    var_24 = wp::iter_reverse(var_24);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
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
        // if di == 0 and dj == 0:                                                            <L 112>
        var_28 = (var_21 == var_27);
        var_26 = var_28;
        if (var_26) {
            var_30 = (var_25 == var_29);
            var_26 = var_26 && var_30;
        }
        if (var_26) {
            // continue                                                                       <L 113>
            goto start_for_1;
        }
        // ni = i + di                                                                        <L 114>
        var_31 = wp::add(var_0, var_21);
        // nj = j + dj                                                                        <L 115>
        var_32 = wp::add(var_1, var_25);
        // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
        var_35 = (var_31 < var_34);
        var_33 = var_35;
        if (!var_33) {
            var_37 = (var_32 < var_36);
            var_33 = var_33 || var_37;
        }
        if (!var_33) {
            var_38 = (var_31 >= var_4);
            var_33 = var_33 || var_38;
        }
        if (!var_33) {
            var_39 = (var_32 >= var_8);
            var_33 = var_33 || var_39;
        }
        if (var_33) {
            // continue                                                                       <L 117>
            goto start_for_1;
        }
        // q = prob[ni, nj]                                                                   <L 118>
        var_40 = wp::address(var_prob, var_31, var_32);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // if q > free_thresh and q < occ_thresh:                                             <L 119>
        var_44 = (var_41 > var_free_thresh);
        var_43 = var_44;
        if (var_43) {
            var_45 = (var_41 < var_occ_thresh);
            var_43 = var_43 && var_45;
        }
        if (var_43) {
            // unknown += 1                                                                   <L 120>
            var_47 = wp::add(var_18, var_46);
        }
        if (!var_43) {
            // elif q >= occ_thresh:                                                          <L 121>
            var_48 = (var_41 >= var_occ_thresh);
            if (var_48) {
                // occupied_near += 1                                                         <L 122>
                var_50 = wp::add(var_20, var_49);
            }
            var_51 = wp::where(var_48, var_50, var_20);
        }
        var_52 = wp::where(var_43, var_47, var_18);
        var_53 = wp::where(var_43, var_20, var_51);
        wp::assign(var_18, var_52);
        wp::assign(var_20, var_53);
        wp::adj_assign(var_20, var_53, adj_20, adj_53);
        wp::adj_assign(var_18, var_52, adj_18, adj_52);
        wp::adj_where(var_43, var_20, var_51, adj_43, adj_20, adj_51, adj_53);
        wp::adj_where(var_43, var_47, var_18, adj_43, adj_47, adj_18, adj_52);
        if (!var_43) {
            wp::adj_where(var_48, var_50, var_20, adj_48, adj_50, adj_20, adj_51);
            if (var_48) {
                wp::adj_add(var_20, var_49, adj_20, adj_49, adj_50);
                // adj: occupied_near += 1                                                    <L 122>
            }
            // adj: elif q >= occ_thresh:                                                     <L 121>
        }
        if (var_43) {
            wp::adj_add(var_18, var_46, adj_18, adj_46, adj_47);
            // adj: unknown += 1                                                              <L 120>
        }
        if (var_43) {
        }
        // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
        wp::adj_copy(var_42, adj_40, adj_41);
        wp::adj_address(var_prob, var_31, var_32, adj_prob, adj_31, adj_32, adj_40);
        // adj: q = prob[ni, nj]                                                              <L 118>
        if (var_33) {
            // adj: continue                                                                  <L 117>
        }
        if (!var_33) {
        }
        if (!var_33) {
        }
        if (!var_33) {
        }
        // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
        wp::adj_add(var_1, var_25, adj_1, adj_25, adj_32);
        // adj: nj = j + dj                                                                   <L 115>
        wp::adj_add(var_0, var_21, adj_0, adj_21, adj_31);
        // adj: ni = i + di                                                                   <L 114>
        if (var_26) {
            // adj: continue                                                                  <L 113>
        }
        if (var_26) {
        }
        // adj: if di == 0 and dj == 0:                                                       <L 112>
    	goto start_for_1;
    end_for_1:;
    // adj: for dj in range(-1, 2):                                                           <L 111>
    // adj: for di in range(-1, 2):                                                           <L 110>
    // adj: occupied_near = int(0)                                                            <L 109>
    // adj: unknown = int(0)                                                                  <L 108>
    if (var_16) {
        label0:;
        // adj: return                                                                        <L 107>
    }
    // adj: if p >= free_thresh:                                                              <L 106>
    wp::adj_array_store(var_scores, var_0, var_1, var_15, adj_scores, adj_0, adj_1, adj_15);
    // adj: scores[i, j] = 0.0                                                                <L 104>
    wp::adj_array_store(var_frontier, var_0, var_1, var_14, adj_frontier, adj_0, adj_1, adj_14);
    // adj: frontier[i, j] = wp.uint8(0)                                                      <L 103>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_prob, var_0, var_1, adj_prob, adj_0, adj_1, adj_10);
    // adj: p = prob[i, j]                                                                    <L 102>
    adj_prob.shape = adj_6;
    // adj: w = prob.shape[1]                                                                 <L 101>
    adj_prob.shape = adj_2;
    // adj: h = prob.shape[0]                                                                 <L 100>
    // adj: i, j = wp.tid()                                                                   <L 99>
    // adj: def frontier_clusters(                                                            <L 88>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void frontier_clusters_400ca33b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_frontier_clusters_400ca33b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        frontier_clusters_400ca33b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void frontier_clusters_400ca33b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_frontier_clusters_400ca33b *_wp_args,
    wp_args_frontier_clusters_400ca33b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        frontier_clusters_400ca33b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

