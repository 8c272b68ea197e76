
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


// corpus/099_occupancy_grid.py:9
static CUDA_CALLABLE void update_cell_0(
    wp::array_t<wp::float32> var_grid,
    wp::int32 var_ix,
    wp::int32 var_iy,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
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
    var_1 = (var_ix < var_0);
    var_3 = (var_iy < var_2);
    var_4 = &(var_grid.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_ix >= var_6);
    var_9 = &(var_grid.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = (var_iy >= var_11);
    var_14 = var_1 || var_3 || var_8 || var_13;
    if (var_14) {
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
static CUDA_CALLABLE void adj_update_cell_0(
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
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    bool var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = -2.0;
    const wp::float32 var_19 = 3.5;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    bool adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    bool adj_13 = {};
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
    var_1 = (var_ix < var_0);
    var_3 = (var_iy < var_2);
    var_4 = &(var_grid.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_ix >= var_6);
    var_9 = &(var_grid.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = (var_iy >= var_11);
    var_14 = var_1 || var_3 || var_8 || var_13;
    if (var_14) {
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
    if (var_14) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_grid.shape = adj_9;
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_grid.shape = adj_4;
    // adj: if ix < 0 or iy < 0 or ix >= grid.shape[0] or iy >= grid.shape[1]:                <L 11>
    // adj: def update_cell(grid: wp.array2d(dtype=float), ix: int, iy: int, delta: float):   <L 10>
    return;
}



extern "C" __global__ void integrate_scan_7f02fdbf_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_grid,
    wp::vec_t<3, wp::float32> var_pose,
    wp::array_t<wp::float32> var_ranges,
    wp::float32 var_angle_min,
    wp::float32 var_angle_step,
    wp::float32 var_max_range,
    wp::float32 var_resolution,
    wp::vec_t<2, wp::float32> var_origin)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const bool var_4 = true;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
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
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = -1;
        wp::int32 var_56;
        bool var_57;
        const wp::int32 var_58 = 1;
        const wp::int32 var_59 = 1;
        const wp::int32 var_60 = -1;
        wp::int32 var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        wp::int32 var_66;
        bool var_67;
        bool var_68;
        bool var_69;
        const wp::int32 var_70 = 4096;
        bool var_71;
        bool var_72;
        const wp::float32 var_73 = -0.4;
        const wp::int32 var_74 = 2;
        wp::int32 var_75;
        bool var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        bool var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        const wp::int32 var_86 = 1;
        const wp::int32 var_87 = 1;
        wp::int32 var_88;
        const wp::float32 var_89 = 0.85;
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
        var_5 = (var_2 >= var_max_range);
        var_7 = (var_2 <= var_6);
        var_8 = var_5 || var_7;
        if (var_8) {
            // dist = max_range                                                                   <L 23>
            var_9 = wp::copy(var_max_range);
            // hit = False                                                                        <L 24>
        }
        var_11 = wp::where(var_8, var_9, var_2);
        var_12 = wp::where(var_8, var_10, var_4);
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
        var_56 = wp::where(var_52, var_53, var_55);
        // sy = wp.where(y0 < y1, 1, -1)                                                          <L 38>
        var_57 = (var_42 < var_46);
        var_61 = wp::where(var_57, var_58, var_60);
        // err = dx + dy                                                                          <L 39>
        var_62 = wp::add(var_48, var_51);
        // x = x0                                                                                 <L 40>
        var_63 = wp::copy(var_40);
        // y = y0                                                                                 <L 41>
        var_64 = wp::copy(var_42);
        // steps = int(0)                                                                         <L 42>
        var_66 = wp::int(var_65);
        // while (x != x1 or y != y1) and steps < 4096:                                           <L 43>
        start_while_0:;
        var_67 = (var_63 != var_44);
        var_68 = (var_64 != var_46);
        var_69 = var_67 || var_68;
        var_71 = (var_66 < var_70);
        var_72 = var_69 && var_71;
        if ((var_72) == false) goto end_while_0;
            // update_cell(grid, x, y, LOG_ODDS_MISS)                                             <L 44>
            update_cell_0(var_grid, var_63, var_64, var_73);
            // e2 = 2 * err                                                                       <L 45>
            var_75 = wp::mul(var_74, var_62);
            // if e2 >= dy:                                                                       <L 46>
            var_76 = (var_75 >= var_51);
            if (var_76) {
                // err += dy                                                                      <L 47>
                var_77 = wp::add(var_62, var_51);
                // x += sx                                                                        <L 48>
                var_78 = wp::add(var_63, var_56);
            }
            var_79 = wp::where(var_76, var_77, var_62);
            var_80 = wp::where(var_76, var_78, var_63);
            // if e2 <= dx:                                                                       <L 49>
            var_81 = (var_75 <= var_48);
            if (var_81) {
                // err += dx                                                                      <L 50>
                var_82 = wp::add(var_79, var_48);
                // y += sy                                                                        <L 51>
                var_83 = wp::add(var_64, var_61);
            }
            var_84 = wp::where(var_81, var_82, var_79);
            var_85 = wp::where(var_81, var_83, var_64);
            // steps += 1                                                                         <L 52>
            var_88 = wp::add(var_66, var_87);
            wp::assign(var_62, var_84);
            wp::assign(var_63, var_80);
            wp::assign(var_64, var_85);
            wp::assign(var_66, var_88);
        goto start_while_0;
        end_while_0:;
        // if hit:                                                                                <L 53>
        if (var_12) {
            // update_cell(grid, x1, y1, LOG_ODDS_HIT)                                            <L 54>
            update_cell_0(var_grid, var_44, var_46, var_89);
        }
    }
}



extern "C" __global__ void integrate_scan_7f02fdbf_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_grid,
    wp::vec_t<3, wp::float32> var_pose,
    wp::array_t<wp::float32> var_ranges,
    wp::float32 var_angle_min,
    wp::float32 var_angle_step,
    wp::float32 var_max_range,
    wp::float32 var_resolution,
    wp::vec_t<2, wp::float32> var_origin,
    wp::array_t<wp::float32> adj_grid,
    wp::vec_t<3, wp::float32> adj_pose,
    wp::array_t<wp::float32> adj_ranges,
    wp::float32 adj_angle_min,
    wp::float32 adj_angle_step,
    wp::float32 adj_max_range,
    wp::float32 adj_resolution,
    wp::vec_t<2, wp::float32> adj_origin)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const bool var_4 = true;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
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
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = -1;
        wp::int32 var_56;
        bool var_57;
        const wp::int32 var_58 = 1;
        const wp::int32 var_59 = 1;
        const wp::int32 var_60 = -1;
        wp::int32 var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        wp::int32 var_66;
        bool var_67;
        bool var_68;
        bool var_69;
        const wp::int32 var_70 = 4096;
        bool var_71;
        bool var_72;
        const wp::float32 var_73 = -0.4;
        const wp::int32 var_74 = 2;
        wp::int32 var_75;
        bool var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        bool var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        const wp::int32 var_86 = 1;
        const wp::int32 var_87 = 1;
        wp::int32 var_88;
        const wp::float32 var_89 = 0.85;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
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
        wp::int32 adj_56 = {};
        bool adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        bool adj_67 = {};
        bool adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        bool adj_72 = {};
        wp::float32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        bool adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        bool adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
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
        var_5 = (var_2 >= var_max_range);
        var_7 = (var_2 <= var_6);
        var_8 = var_5 || var_7;
        if (var_8) {
            // dist = max_range                                                                   <L 23>
            var_9 = wp::copy(var_max_range);
            // hit = False                                                                        <L 24>
        }
        var_11 = wp::where(var_8, var_9, var_2);
        var_12 = wp::where(var_8, var_10, var_4);
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
        var_56 = wp::where(var_52, var_53, var_55);
        // sy = wp.where(y0 < y1, 1, -1)                                                          <L 38>
        var_57 = (var_42 < var_46);
        var_61 = wp::where(var_57, var_58, var_60);
        // err = dx + dy                                                                          <L 39>
        var_62 = wp::add(var_48, var_51);
        // x = x0                                                                                 <L 40>
        var_63 = wp::copy(var_40);
        // y = y0                                                                                 <L 41>
        var_64 = wp::copy(var_42);
        // steps = int(0)                                                                         <L 42>
        var_66 = wp::int(var_65);
        // while (x != x1 or y != y1) and steps < 4096:                                           <L 43>
        // if hit:                                                                                <L 53>
        if (var_12) {
            // update_cell(grid, x1, y1, LOG_ODDS_HIT)                                            <L 54>
            update_cell_0(var_grid, var_44, var_46, var_89);
        }
        //---------
        // reverse
        if (var_12) {
            adj_update_cell_0(var_grid, var_44, var_46, var_89, adj_grid, adj_44, adj_46, adj_89);
            // adj: update_cell(grid, x1, y1, LOG_ODDS_HIT)                                       <L 54>
        }
        // adj: if hit:                                                                           <L 53>
        start_while_0:;
        var_67 = (var_63 != var_44);
        var_68 = (var_64 != var_46);
        var_69 = var_67 || var_68;
        var_71 = (var_66 < var_70);
        var_72 = var_69 && var_71;
        if ((var_72) == false) goto end_while_0;
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
            // update_cell(grid, x, y, LOG_ODDS_MISS)                                             <L 44>
            update_cell_0(var_grid, var_63, var_64, var_73);
            // e2 = 2 * err                                                                       <L 45>
            var_75 = wp::mul(var_74, var_62);
            // if e2 >= dy:                                                                       <L 46>
            var_76 = (var_75 >= var_51);
            if (var_76) {
                // err += dy                                                                      <L 47>
                var_77 = wp::add(var_62, var_51);
                // x += sx                                                                        <L 48>
                var_78 = wp::add(var_63, var_56);
            }
            var_79 = wp::where(var_76, var_77, var_62);
            var_80 = wp::where(var_76, var_78, var_63);
            // if e2 <= dx:                                                                       <L 49>
            var_81 = (var_75 <= var_48);
            if (var_81) {
                // err += dx                                                                      <L 50>
                var_82 = wp::add(var_79, var_48);
                // y += sy                                                                        <L 51>
                var_83 = wp::add(var_64, var_61);
            }
            var_84 = wp::where(var_81, var_82, var_79);
            var_85 = wp::where(var_81, var_83, var_64);
            // steps += 1                                                                         <L 52>
            var_88 = wp::add(var_66, var_87);
            wp::assign(var_62, var_84);
            wp::assign(var_63, var_80);
            wp::assign(var_64, var_85);
            wp::assign(var_66, var_88);
            wp::adj_assign(var_66, var_88, adj_66, adj_88);
            wp::adj_assign(var_64, var_85, adj_64, adj_85);
            wp::adj_assign(var_63, var_80, adj_63, adj_80);
            wp::adj_assign(var_62, var_84, adj_62, adj_84);
            wp::adj_add(var_66, var_87, adj_66, adj_87, adj_88);
            // adj: steps += 1                                                                    <L 52>
            wp::adj_where(var_81, var_83, var_64, adj_81, adj_83, adj_64, adj_85);
            wp::adj_where(var_81, var_82, var_79, adj_81, adj_82, adj_79, adj_84);
            if (var_81) {
                wp::adj_add(var_64, var_61, adj_64, adj_61, adj_83);
                // adj: y += sy                                                                   <L 51>
                wp::adj_add(var_79, var_48, adj_79, adj_48, adj_82);
                // adj: err += dx                                                                 <L 50>
            }
            // adj: if e2 <= dx:                                                                  <L 49>
            wp::adj_where(var_76, var_78, var_63, adj_76, adj_78, adj_63, adj_80);
            wp::adj_where(var_76, var_77, var_62, adj_76, adj_77, adj_62, adj_79);
            if (var_76) {
                wp::adj_add(var_63, var_56, adj_63, adj_56, adj_78);
                // adj: x += sx                                                                   <L 48>
                wp::adj_add(var_62, var_51, adj_62, adj_51, adj_77);
                // adj: err += dy                                                                 <L 47>
            }
            // adj: if e2 >= dy:                                                                  <L 46>
            wp::adj_mul(var_74, var_62, adj_74, adj_62, adj_75);
            // adj: e2 = 2 * err                                                                  <L 45>
            adj_update_cell_0(var_grid, var_63, var_64, var_73, adj_grid, adj_63, adj_64, adj_73);
            // adj: update_cell(grid, x, y, LOG_ODDS_MISS)                                        <L 44>
        goto start_while_0;
        end_while_0:;
        // adj: while (x != x1 or y != y1) and steps < 4096:                                      <L 43>
        wp::adj_int(var_65, adj_65, adj_66);
        // adj: steps = int(0)                                                                    <L 42>
        wp::adj_copy(var_42, adj_42, adj_64);
        // adj: y = y0                                                                            <L 41>
        wp::adj_copy(var_40, adj_40, adj_63);
        // adj: x = x0                                                                            <L 40>
        wp::adj_add(var_48, var_51, adj_48, adj_51, adj_62);
        // adj: err = dx + dy                                                                     <L 39>
        wp::adj_where(var_57, var_58, var_60, adj_57, adj_58, adj_60, adj_61);
        // adj: sy = wp.where(y0 < y1, 1, -1)                                                     <L 38>
        wp::adj_where(var_52, var_53, var_55, adj_52, adj_53, adj_55, adj_56);
        // adj: sx = wp.where(x0 < x1, 1, -1)                                                     <L 37>
        wp::adj_neg(var_50, adj_50, adj_51);
        wp::adj_abs(var_49, adj_49, adj_50);
        wp::adj_sub(var_46, var_42, adj_46, adj_42, adj_49);
        // adj: dy = -wp.abs(y1 - y0)                                                             <L 36>
        wp::adj_abs(var_47, adj_47, adj_48);
        wp::adj_sub(var_44, var_40, adj_44, adj_40, adj_47);
        // adj: dx = wp.abs(x1 - x0)                                                              <L 35>
        wp::adj_int(var_45, adj_45, adj_46);
        // adj: y1 = int(wp.floor(ey))                                                            <L 34>
        wp::adj_int(var_43, adj_43, adj_44);
        // adj: x1 = int(wp.floor(ex))                                                            <L 33>
        wp::adj_int(var_41, adj_41, adj_42);
        // adj: y0 = int(wp.floor(oy))                                                            <L 32>
        wp::adj_int(var_39, adj_39, adj_40);
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
        wp::adj_where(var_8, var_10, var_4, adj_8, adj_10, adj_4, adj_12);
        wp::adj_where(var_8, var_9, var_2, adj_8, adj_9, adj_2, adj_11);
        if (var_8) {
            // adj: hit = False                                                                   <L 24>
            wp::adj_copy(var_max_range, adj_max_range, adj_9);
            // adj: dist = max_range                                                              <L 23>
        }
        // adj: if dist >= max_range or dist <= 0.0:                                              <L 22>
        // adj: hit = True                                                                        <L 21>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ranges, var_0, adj_ranges, adj_0, adj_1);
        // adj: dist = ranges[r]                                                                  <L 20>
        // adj: r = wp.tid()                                                                      <L 19>
        // adj: def integrate_scan(grid: wp.array2d(dtype=float), pose: wp.vec3, ranges: wp.array(dtype=float), angle_min: float, angle_step: float, max_range: float, resolution: float, origin: wp.vec2):  <L 18>
        continue;
    }
}



extern "C" __global__ void occupancy_probability_f576b1b9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_prob,
    wp::array_t<bool> var_occupied,
    wp::float32 var_threshold,
    wp::array_t<wp::int32> var_known)
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
}



extern "C" __global__ void occupancy_probability_f576b1b9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_prob,
    wp::array_t<bool> var_occupied,
    wp::float32 var_threshold,
    wp::array_t<wp::int32> var_known,
    wp::array_t<wp::float32> adj_grid,
    wp::array_t<wp::float32> adj_prob,
    wp::array_t<bool> adj_occupied,
    wp::float32 adj_threshold,
    wp::array_t<wp::int32> adj_known)
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
        continue;
    }
}



extern "C" __global__ void inflate_obstacles_9bdf57fd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<bool> var_occupied,
    wp::int32 var_radius,
    wp::array_t<wp::float32> var_cost)
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
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        bool var_24;
        wp::shape_t* var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::shape_t var_28;
        bool var_29;
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
                var_17 = (var_14 < var_16);
                var_19 = (var_15 < var_18);
                var_20 = &(var_occupied.shape);
                var_23 = wp::load(var_20);
                var_22 = wp::extract(var_23, var_21);
                var_24 = (var_14 >= var_22);
                var_25 = &(var_occupied.shape);
                var_28 = wp::load(var_25);
                var_27 = wp::extract(var_28, var_26);
                var_29 = (var_15 >= var_27);
                var_30 = var_17 || var_19 || var_24 || var_29;
                if (var_30) {
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
}



extern "C" __global__ void inflate_obstacles_9bdf57fd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<bool> var_occupied,
    wp::int32 var_radius,
    wp::array_t<wp::float32> var_cost,
    wp::array_t<bool> adj_occupied,
    wp::int32 adj_radius,
    wp::array_t<wp::float32> adj_cost)
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
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        bool var_24;
        wp::shape_t* var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::shape_t var_28;
        bool var_29;
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
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        bool adj_24 = {};
        wp::shape_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::shape_t adj_28 = {};
        bool adj_29 = {};
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
                var_17 = (var_14 < var_16);
                var_19 = (var_15 < var_18);
                var_20 = &(var_occupied.shape);
                var_23 = wp::load(var_20);
                var_22 = wp::extract(var_23, var_21);
                var_24 = (var_14 >= var_22);
                var_25 = &(var_occupied.shape);
                var_28 = wp::load(var_25);
                var_27 = wp::extract(var_28, var_26);
                var_29 = (var_15 >= var_27);
                var_30 = var_17 || var_19 || var_24 || var_29;
                if (var_30) {
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
                if (var_30) {
                    // adj: continue                                                              <L 77>
                }
                wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
                adj_occupied.shape = adj_25;
                wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
                adj_occupied.shape = adj_20;
                // adj: if ni < 0 or nj < 0 or ni >= occupied.shape[0] or nj >= occupied.shape[1]:  <L 76>
                wp::adj_add(var_1, var_13, adj_1, adj_13, adj_15);
                // adj: nj = j + dj                                                               <L 75>
                wp::adj_add(var_0, var_8, adj_0, adj_8, adj_14);
                // adj: ni = i + di                                                               <L 74>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_9, var_11, adj_9, adj_11, adj_12);
            wp::adj_add(var_radius, var_10, adj_radius, adj_10, adj_11);
            wp::adj_neg(var_radius, adj_radius, adj_9);
            // adj: for dj in range(-radius, radius + 1):                                         <L 73>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_add(var_radius, var_5, adj_radius, adj_5, adj_6);
        wp::adj_neg(var_radius, adj_radius, adj_4);
        // adj: for di in range(-radius, radius + 1):                                             <L 72>
        wp::adj_float(var_2, adj_2, adj_3);
        // adj: best = float(1.0e10)                                                              <L 71>
        // adj: i, j = wp.tid()                                                                   <L 70>
        // adj: def inflate_obstacles(occupied: wp.array2d(dtype=wp.bool), radius: int, cost: wp.array2d(dtype=float)):  <L 69>
        continue;
    }
}



extern "C" __global__ void frontier_clusters_400ca33b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_prob,
    wp::float32 var_free_thresh,
    wp::float32 var_occ_thresh,
    wp::vec_t<2, wp::int32> var_robot,
    wp::int32 var_max_radius,
    wp::array_t<wp::uint8> var_frontier,
    wp::array_t<wp::float32> var_scores,
    wp::array_t<wp::float32> var_best_score,
    wp::array_t<wp::int32> var_frontier_count)
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
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::int32 var_28 = 0;
        bool var_29;
        bool var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 0;
        bool var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
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
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        bool var_50;
        const wp::int32 var_51 = 1;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 0;
        const wp::int32 var_57 = -1;
        const wp::int32 var_58 = 2;
        wp::range_t var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        const wp::int32 var_63 = 0;
        bool var_64;
        bool var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        bool var_72;
        bool var_73;
        bool var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        bool var_80;
        bool var_81;
        bool var_82;
        const wp::int32 var_83 = 1;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        bool var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 1;
        const wp::int32 var_94 = -1;
        const wp::int32 var_95 = 2;
        wp::range_t var_96;
        wp::int32 var_97;
        const wp::int32 var_98 = 0;
        bool var_99;
        const wp::int32 var_100 = 0;
        bool var_101;
        bool var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        bool var_106;
        const wp::int32 var_107 = 0;
        bool var_108;
        bool var_109;
        bool var_110;
        bool var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        bool var_117;
        bool var_118;
        bool var_119;
        const wp::int32 var_120 = 1;
        const wp::int32 var_121 = 1;
        wp::int32 var_122;
        wp::int32 var_123;
        bool var_124;
        const wp::int32 var_125 = 1;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        wp::int32 var_128;
        wp::int32 var_129;
        const wp::int32 var_130 = 0;
        bool var_131;
        const wp::int32 var_132 = 1;
        wp::uint8 var_133;
        const wp::int32 var_134 = 0;
        const wp::int32 var_135 = 1;
        wp::int32 var_136;
        const wp::float32 var_137 = 0.0;
        wp::float32 var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 1;
        wp::int32 var_141;
        wp::range_t var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        const wp::int32 var_145 = 0;
        bool var_146;
        bool var_147;
        bool var_148;
        wp::int32 var_149;
        wp::int32 var_150;
        const wp::int32 var_151 = 1;
        wp::int32 var_152;
        wp::range_t var_153;
        wp::int32 var_154;
        wp::int32 var_155;
        const wp::int32 var_156 = 0;
        bool var_157;
        bool var_158;
        bool var_159;
        wp::int32 var_160;
        wp::int32 var_161;
        wp::int32 var_162;
        wp::int32 var_163;
        wp::int32 var_164;
        bool var_165;
        wp::int32 var_166;
        wp::float32* var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        bool var_170;
        bool var_171;
        bool var_172;
        const wp::float32 var_173 = 1.0;
        const wp::float32 var_174 = 1.0;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 0;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32 var_180;
        const wp::int32 var_181 = 1;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        const wp::float32 var_189 = 1.0;
        const wp::float32 var_190 = 0.1;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::float32 var_194 = 2.0;
        wp::float32 var_195;
        wp::float32 var_196;
        wp::float32 var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
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
            continue;
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
            var_27 = (var_21 == var_26);
            var_29 = (var_25 == var_28);
            var_30 = var_27 && var_29;
            if (var_30) {
                // continue                                                                       <L 113>
                goto start_for_1;
            }
            // ni = i + di                                                                        <L 114>
            var_31 = wp::add(var_0, var_21);
            // nj = j + dj                                                                        <L 115>
            var_32 = wp::add(var_1, var_25);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_34 = (var_31 < var_33);
            var_36 = (var_32 < var_35);
            var_37 = (var_31 >= var_4);
            var_38 = (var_32 >= var_8);
            var_39 = var_34 || var_36 || var_37 || var_38;
            if (var_39) {
                // continue                                                                       <L 117>
                goto start_for_1;
            }
            // q = prob[ni, nj]                                                                   <L 118>
            var_40 = wp::address(var_prob, var_31, var_32);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_43 = (var_41 > var_free_thresh);
            var_44 = (var_41 < var_occ_thresh);
            var_45 = var_43 && var_44;
            if (var_45) {
                // unknown += 1                                                                   <L 120>
                var_48 = wp::add(var_18, var_47);
            }
            var_49 = wp::where(var_45, var_48, var_18);
            if (!var_45) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_50 = (var_41 >= var_occ_thresh);
                if (var_50) {
                    // occupied_near += 1                                                         <L 122>
                    var_53 = wp::add(var_20, var_52);
                }
                var_54 = wp::where(var_50, var_53, var_20);
            }
            var_55 = wp::where(var_45, var_20, var_54);
            wp::assign(var_18, var_49);
            wp::assign(var_20, var_55);
            goto start_for_1;
        end_for_1:;
        // for dj in range(-1, 2):                                                                <L 111>
        var_59 = wp::range(var_57, var_58);
        start_for_3:;
            if (iter_cmp(var_59) == 0) goto end_for_3;
            var_60 = wp::iter_next(var_59);
            // if di == 0 and dj == 0:                                                            <L 112>
            var_62 = (var_56 == var_61);
            var_64 = (var_60 == var_63);
            var_65 = var_62 && var_64;
            if (var_65) {
                // continue                                                                       <L 113>
                goto start_for_3;
            }
            // ni = i + di                                                                        <L 114>
            var_66 = wp::add(var_0, var_56);
            // nj = j + dj                                                                        <L 115>
            var_67 = wp::add(var_1, var_60);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_69 = (var_66 < var_68);
            var_71 = (var_67 < var_70);
            var_72 = (var_66 >= var_4);
            var_73 = (var_67 >= var_8);
            var_74 = var_69 || var_71 || var_72 || var_73;
            if (var_74) {
                // continue                                                                       <L 117>
                wp::assign(var_31, var_66);
                wp::assign(var_32, var_67);
                goto start_for_3;
            }
            var_75 = wp::where(var_74, var_31, var_66);
            var_76 = wp::where(var_74, var_32, var_67);
            // q = prob[ni, nj]                                                                   <L 118>
            var_77 = wp::address(var_prob, var_75, var_76);
            var_79 = wp::load(var_77);
            var_78 = wp::copy(var_79);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_80 = (var_78 > var_free_thresh);
            var_81 = (var_78 < var_occ_thresh);
            var_82 = var_80 && var_81;
            if (var_82) {
                // unknown += 1                                                                   <L 120>
                var_85 = wp::add(var_18, var_84);
            }
            var_86 = wp::where(var_82, var_85, var_18);
            if (!var_82) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_87 = (var_78 >= var_occ_thresh);
                if (var_87) {
                    // occupied_near += 1                                                         <L 122>
                    var_90 = wp::add(var_20, var_89);
                }
                var_91 = wp::where(var_87, var_90, var_20);
            }
            var_92 = wp::where(var_82, var_20, var_91);
            wp::assign(var_18, var_86);
            wp::assign(var_20, var_92);
            wp::assign(var_31, var_75);
            wp::assign(var_32, var_76);
            wp::assign(var_41, var_78);
            goto start_for_3;
        end_for_3:;
        // for dj in range(-1, 2):                                                                <L 111>
        var_96 = wp::range(var_94, var_95);
        start_for_5:;
            if (iter_cmp(var_96) == 0) goto end_for_5;
            var_97 = wp::iter_next(var_96);
            // if di == 0 and dj == 0:                                                            <L 112>
            var_99 = (var_93 == var_98);
            var_101 = (var_97 == var_100);
            var_102 = var_99 && var_101;
            if (var_102) {
                // continue                                                                       <L 113>
                goto start_for_5;
            }
            // ni = i + di                                                                        <L 114>
            var_103 = wp::add(var_0, var_93);
            // nj = j + dj                                                                        <L 115>
            var_104 = wp::add(var_1, var_97);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_106 = (var_103 < var_105);
            var_108 = (var_104 < var_107);
            var_109 = (var_103 >= var_4);
            var_110 = (var_104 >= var_8);
            var_111 = var_106 || var_108 || var_109 || var_110;
            if (var_111) {
                // continue                                                                       <L 117>
                wp::assign(var_31, var_103);
                wp::assign(var_32, var_104);
                goto start_for_5;
            }
            var_112 = wp::where(var_111, var_31, var_103);
            var_113 = wp::where(var_111, var_32, var_104);
            // q = prob[ni, nj]                                                                   <L 118>
            var_114 = wp::address(var_prob, var_112, var_113);
            var_116 = wp::load(var_114);
            var_115 = wp::copy(var_116);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_117 = (var_115 > var_free_thresh);
            var_118 = (var_115 < var_occ_thresh);
            var_119 = var_117 && var_118;
            if (var_119) {
                // unknown += 1                                                                   <L 120>
                var_122 = wp::add(var_18, var_121);
            }
            var_123 = wp::where(var_119, var_122, var_18);
            if (!var_119) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_124 = (var_115 >= var_occ_thresh);
                if (var_124) {
                    // occupied_near += 1                                                         <L 122>
                    var_127 = wp::add(var_20, var_126);
                }
                var_128 = wp::where(var_124, var_127, var_20);
            }
            var_129 = wp::where(var_119, var_20, var_128);
            wp::assign(var_18, var_123);
            wp::assign(var_20, var_129);
            wp::assign(var_31, var_112);
            wp::assign(var_32, var_113);
            wp::assign(var_41, var_115);
            goto start_for_5;
        end_for_5:;
        // if unknown == 0:                                                                       <L 123>
        var_131 = (var_18 == var_130);
        if (var_131) {
            // return                                                                             <L 124>
            continue;
        }
        // frontier[i, j] = wp.uint8(1)                                                           <L 125>
        var_133 = wp::uint8(var_132);
        wp::array_store(var_frontier, var_0, var_1, var_133);
        // wp.atomic_add(frontier_count, 0, 1)                                                    <L 126>
        var_136 = wp::atomic_add(var_frontier_count, var_134, var_135);
        // gain = float(0.0)                                                                      <L 128>
        var_138 = wp::float(var_137);
        // for di in range(-max_radius, max_radius + 1):                                          <L 129>
        var_139 = wp::neg(var_max_radius);
        var_141 = wp::add(var_max_radius, var_140);
        var_142 = wp::range(var_139, var_141);
        start_for_8:;
            if (iter_cmp(var_142) == 0) goto end_for_8;
            var_143 = wp::iter_next(var_142);
            // ni = i + di                                                                        <L 130>
            var_144 = wp::add(var_0, var_143);
            // if ni < 0 or ni >= h:                                                              <L 131>
            var_146 = (var_144 < var_145);
            var_147 = (var_144 >= var_4);
            var_148 = var_146 || var_147;
            if (var_148) {
                // continue                                                                       <L 132>
                wp::assign(var_31, var_144);
                goto start_for_8;
            }
            var_149 = wp::where(var_148, var_31, var_144);
            // for dj in range(-max_radius, max_radius + 1):                                      <L 133>
            var_150 = wp::neg(var_max_radius);
            var_152 = wp::add(var_max_radius, var_151);
            var_153 = wp::range(var_150, var_152);
            start_for_10:;
                if (iter_cmp(var_153) == 0) goto end_for_10;
                var_154 = wp::iter_next(var_153);
                // nj = j + dj                                                                    <L 134>
                var_155 = wp::add(var_1, var_154);
                // if nj < 0 or nj >= w:                                                          <L 135>
                var_157 = (var_155 < var_156);
                var_158 = (var_155 >= var_8);
                var_159 = var_157 || var_158;
                if (var_159) {
                    // continue                                                                   <L 136>
                    wp::assign(var_32, var_155);
                    goto start_for_10;
                }
                var_160 = wp::where(var_159, var_32, var_155);
                // if di * di + dj * dj > max_radius * max_radius:                                <L 137>
                var_161 = wp::mul(var_143, var_143);
                var_162 = wp::mul(var_154, var_154);
                var_163 = wp::add(var_161, var_162);
                var_164 = wp::mul(var_max_radius, var_max_radius);
                var_165 = (var_163 > var_164);
                if (var_165) {
                    // continue                                                                   <L 138>
                    wp::assign(var_32, var_160);
                    goto start_for_10;
                }
                var_166 = wp::where(var_165, var_32, var_160);
                // q = prob[ni, nj]                                                               <L 139>
                var_167 = wp::address(var_prob, var_149, var_166);
                var_169 = wp::load(var_167);
                var_168 = wp::copy(var_169);
                // if q > free_thresh and q < occ_thresh:                                         <L 140>
                var_170 = (var_168 > var_free_thresh);
                var_171 = (var_168 < var_occ_thresh);
                var_172 = var_170 && var_171;
                if (var_172) {
                    // gain += 1.0                                                                <L 141>
                    var_175 = wp::add(var_138, var_174);
                }
                var_176 = wp::where(var_172, var_175, var_138);
                wp::assign(var_32, var_166);
                wp::assign(var_41, var_168);
                wp::assign(var_138, var_176);
                goto start_for_10;
            end_for_10:;
            wp::assign(var_97, var_154);
            wp::assign(var_31, var_149);
            goto start_for_8;
        end_for_8:;
        // dx = float(i - robot[0])                                                               <L 142>
        var_178 = wp::extract(var_robot, var_177);
        var_179 = wp::sub(var_0, var_178);
        var_180 = wp::float(var_179);
        // dy = float(j - robot[1])                                                               <L 143>
        var_182 = wp::extract(var_robot, var_181);
        var_183 = wp::sub(var_1, var_182);
        var_184 = wp::float(var_183);
        // dist = wp.sqrt(dx * dx + dy * dy)                                                      <L 144>
        var_185 = wp::mul(var_180, var_180);
        var_186 = wp::mul(var_184, var_184);
        var_187 = wp::add(var_185, var_186);
        var_188 = wp::sqrt(var_187);
        // score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                         <L 145>
        var_191 = wp::mul(var_190, var_188);
        var_192 = wp::add(var_189, var_191);
        var_193 = wp::div(var_138, var_192);
        var_195 = wp::float(var_20);
        var_196 = wp::mul(var_194, var_195);
        var_197 = wp::sub(var_193, var_196);
        // scores[i, j] = score                                                                   <L 146>
        wp::array_store(var_scores, var_0, var_1, var_197);
        // wp.atomic_max(best_score, 0, score)                                                    <L 147>
        var_199 = wp::atomic_max(var_best_score, var_198, var_197);
    }
}



extern "C" __global__ void frontier_clusters_400ca33b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_prob,
    wp::float32 var_free_thresh,
    wp::float32 var_occ_thresh,
    wp::vec_t<2, wp::int32> var_robot,
    wp::int32 var_max_radius,
    wp::array_t<wp::uint8> var_frontier,
    wp::array_t<wp::float32> var_scores,
    wp::array_t<wp::float32> var_best_score,
    wp::array_t<wp::int32> var_frontier_count,
    wp::array_t<wp::float32> adj_prob,
    wp::float32 adj_free_thresh,
    wp::float32 adj_occ_thresh,
    wp::vec_t<2, wp::int32> adj_robot,
    wp::int32 adj_max_radius,
    wp::array_t<wp::uint8> adj_frontier,
    wp::array_t<wp::float32> adj_scores,
    wp::array_t<wp::float32> adj_best_score,
    wp::array_t<wp::int32> adj_frontier_count)
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
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::int32 var_28 = 0;
        bool var_29;
        bool var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 0;
        bool var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
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
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        bool var_50;
        const wp::int32 var_51 = 1;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 0;
        const wp::int32 var_57 = -1;
        const wp::int32 var_58 = 2;
        wp::range_t var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        const wp::int32 var_63 = 0;
        bool var_64;
        bool var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        bool var_72;
        bool var_73;
        bool var_74;
        wp::int32 var_75;
        wp::int32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        bool var_80;
        bool var_81;
        bool var_82;
        const wp::int32 var_83 = 1;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        bool var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 1;
        const wp::int32 var_94 = -1;
        const wp::int32 var_95 = 2;
        wp::range_t var_96;
        wp::int32 var_97;
        const wp::int32 var_98 = 0;
        bool var_99;
        const wp::int32 var_100 = 0;
        bool var_101;
        bool var_102;
        wp::int32 var_103;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        bool var_106;
        const wp::int32 var_107 = 0;
        bool var_108;
        bool var_109;
        bool var_110;
        bool var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        bool var_117;
        bool var_118;
        bool var_119;
        const wp::int32 var_120 = 1;
        const wp::int32 var_121 = 1;
        wp::int32 var_122;
        wp::int32 var_123;
        bool var_124;
        const wp::int32 var_125 = 1;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        wp::int32 var_128;
        wp::int32 var_129;
        const wp::int32 var_130 = 0;
        bool var_131;
        const wp::int32 var_132 = 1;
        wp::uint8 var_133;
        const wp::int32 var_134 = 0;
        const wp::int32 var_135 = 1;
        wp::int32 var_136;
        const wp::float32 var_137 = 0.0;
        wp::float32 var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 1;
        wp::int32 var_141;
        wp::range_t var_142;
        wp::int32 var_143;
        wp::int32 var_144;
        const wp::int32 var_145 = 0;
        bool var_146;
        bool var_147;
        bool var_148;
        wp::int32 var_149;
        wp::int32 var_150;
        const wp::int32 var_151 = 1;
        wp::int32 var_152;
        wp::range_t var_153;
        wp::int32 var_154;
        wp::int32 var_155;
        const wp::int32 var_156 = 0;
        bool var_157;
        bool var_158;
        bool var_159;
        wp::int32 var_160;
        wp::int32 var_161;
        wp::int32 var_162;
        wp::int32 var_163;
        wp::int32 var_164;
        bool var_165;
        wp::int32 var_166;
        wp::float32* var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        bool var_170;
        bool var_171;
        bool var_172;
        const wp::float32 var_173 = 1.0;
        const wp::float32 var_174 = 1.0;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::int32 var_177 = 0;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32 var_180;
        const wp::int32 var_181 = 1;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        const wp::float32 var_189 = 1.0;
        const wp::float32 var_190 = 0.1;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::float32 var_194 = 2.0;
        wp::float32 var_195;
        wp::float32 var_196;
        wp::float32 var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
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
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
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
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::range_t adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        bool adj_62 = {};
        wp::int32 adj_63 = {};
        bool adj_64 = {};
        bool adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        bool adj_72 = {};
        bool adj_73 = {};
        bool adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        bool adj_80 = {};
        bool adj_81 = {};
        bool adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        bool adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::range_t adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        bool adj_99 = {};
        wp::int32 adj_100 = {};
        bool adj_101 = {};
        bool adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        bool adj_106 = {};
        wp::int32 adj_107 = {};
        bool adj_108 = {};
        bool adj_109 = {};
        bool adj_110 = {};
        bool adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        bool adj_117 = {};
        bool adj_118 = {};
        bool adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        bool adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        bool adj_131 = {};
        wp::int32 adj_132 = {};
        wp::uint8 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::range_t adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        bool adj_146 = {};
        bool adj_147 = {};
        bool adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::range_t adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        bool adj_157 = {};
        bool adj_158 = {};
        bool adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::int32 adj_164 = {};
        bool adj_165 = {};
        wp::int32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        bool adj_170 = {};
        bool adj_171 = {};
        bool adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::float32 adj_193 = {};
        wp::float32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::float32 adj_199 = {};
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
        var_59 = wp::range(var_57, var_58);
        // for dj in range(-1, 2):                                                                <L 111>
        var_96 = wp::range(var_94, var_95);
        // if unknown == 0:                                                                       <L 123>
        var_131 = (var_18 == var_130);
        if (var_131) {
            // return                                                                             <L 124>
            goto label7;
        }
        // frontier[i, j] = wp.uint8(1)                                                           <L 125>
        var_133 = wp::uint8(var_132);
        // wp::array_store(var_frontier, var_0, var_1, var_133);
        // wp.atomic_add(frontier_count, 0, 1)                                                    <L 126>
        // var_136 = wp::atomic_add(var_frontier_count, var_134, var_135);
        // gain = float(0.0)                                                                      <L 128>
        var_138 = wp::float(var_137);
        // for di in range(-max_radius, max_radius + 1):                                          <L 129>
        var_139 = wp::neg(var_max_radius);
        var_141 = wp::add(var_max_radius, var_140);
        var_142 = wp::range(var_139, var_141);
        // dx = float(i - robot[0])                                                               <L 142>
        var_178 = wp::extract(var_robot, var_177);
        var_179 = wp::sub(var_0, var_178);
        var_180 = wp::float(var_179);
        // dy = float(j - robot[1])                                                               <L 143>
        var_182 = wp::extract(var_robot, var_181);
        var_183 = wp::sub(var_1, var_182);
        var_184 = wp::float(var_183);
        // dist = wp.sqrt(dx * dx + dy * dy)                                                      <L 144>
        var_185 = wp::mul(var_180, var_180);
        var_186 = wp::mul(var_184, var_184);
        var_187 = wp::add(var_185, var_186);
        var_188 = wp::sqrt(var_187);
        // score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                         <L 145>
        var_191 = wp::mul(var_190, var_188);
        var_192 = wp::add(var_189, var_191);
        var_193 = wp::div(var_138, var_192);
        var_195 = wp::float(var_20);
        var_196 = wp::mul(var_194, var_195);
        var_197 = wp::sub(var_193, var_196);
        // scores[i, j] = score                                                                   <L 146>
        // wp::array_store(var_scores, var_0, var_1, var_197);
        // wp.atomic_max(best_score, 0, score)                                                    <L 147>
        // var_199 = wp::atomic_max(var_best_score, var_198, var_197);
        //---------
        // reverse
        wp::adj_atomic_max(var_best_score, var_198, var_197, adj_best_score, adj_198, adj_197, adj_199);
        // adj: wp.atomic_max(best_score, 0, score)                                               <L 147>
        wp::adj_array_store(var_scores, var_0, var_1, var_197, adj_scores, adj_0, adj_1, adj_197);
        // adj: scores[i, j] = score                                                              <L 146>
        wp::adj_sub(var_193, var_196, adj_193, adj_196, adj_197);
        wp::adj_mul(var_194, var_195, adj_194, adj_195, adj_196);
        wp::adj_float(var_20, adj_20, adj_195);
        wp::adj_div(var_138, var_192, var_193, adj_138, adj_192, adj_193);
        wp::adj_add(var_189, var_191, adj_189, adj_191, adj_192);
        wp::adj_mul(var_190, var_188, adj_190, adj_188, adj_191);
        // adj: score = gain / (1.0 + 0.1 * dist) - 2.0 * float(occupied_near)                    <L 145>
        wp::adj_sqrt(var_187, var_188, adj_187, adj_188);
        wp::adj_add(var_185, var_186, adj_185, adj_186, adj_187);
        wp::adj_mul(var_184, var_184, adj_184, adj_184, adj_186);
        wp::adj_mul(var_180, var_180, adj_180, adj_180, adj_185);
        // adj: dist = wp.sqrt(dx * dx + dy * dy)                                                 <L 144>
        wp::adj_float(var_183, adj_183, adj_184);
        wp::adj_sub(var_1, var_182, adj_1, adj_182, adj_183);
        wp::adj_extract(var_robot, var_181, adj_robot, adj_181, adj_182);
        // adj: dy = float(j - robot[1])                                                          <L 143>
        wp::adj_float(var_179, adj_179, adj_180);
        wp::adj_sub(var_0, var_178, adj_0, adj_178, adj_179);
        wp::adj_extract(var_robot, var_177, adj_robot, adj_177, adj_178);
        // adj: dx = float(i - robot[0])                                                          <L 142>
        var_142 = wp::iter_reverse(var_142);
        start_for_8:;
            if (iter_cmp(var_142) == 0) goto end_for_8;
            var_143 = wp::iter_next(var_142);
        	adj_144 = {};
        	adj_145 = {};
        	adj_146 = {};
        	adj_147 = {};
        	adj_148 = {};
        	adj_149 = {};
        	adj_150 = {};
        	adj_151 = {};
        	adj_152 = {};
        	adj_153 = {};
            // ni = i + di                                                                        <L 130>
            var_144 = wp::add(var_0, var_143);
            // if ni < 0 or ni >= h:                                                              <L 131>
            var_146 = (var_144 < var_145);
            var_147 = (var_144 >= var_4);
            var_148 = var_146 || var_147;
            if (var_148) {
                // continue                                                                       <L 132>
                wp::assign(var_31, var_144);
                goto start_for_8;
            }
            var_149 = wp::where(var_148, var_31, var_144);
            // for dj in range(-max_radius, max_radius + 1):                                      <L 133>
            var_150 = wp::neg(var_max_radius);
            var_152 = wp::add(var_max_radius, var_151);
            var_153 = wp::range(var_150, var_152);
            wp::assign(var_97, var_154);
            wp::assign(var_31, var_149);
            wp::adj_assign(var_31, var_149, adj_31, adj_149);
            wp::adj_assign(var_97, var_154, adj_97, adj_154);
            var_153 = wp::iter_reverse(var_153);
            start_for_10:;
                if (iter_cmp(var_153) == 0) goto end_for_10;
                var_154 = wp::iter_next(var_153);
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
            	adj_170 = {};
            	adj_171 = {};
            	adj_172 = {};
            	adj_173 = {};
            	adj_174 = {};
            	adj_175 = {};
            	adj_176 = {};
                // nj = j + dj                                                                    <L 134>
                var_155 = wp::add(var_1, var_154);
                // if nj < 0 or nj >= w:                                                          <L 135>
                var_157 = (var_155 < var_156);
                var_158 = (var_155 >= var_8);
                var_159 = var_157 || var_158;
                if (var_159) {
                    // continue                                                                   <L 136>
                    wp::assign(var_32, var_155);
                    goto start_for_10;
                }
                var_160 = wp::where(var_159, var_32, var_155);
                // if di * di + dj * dj > max_radius * max_radius:                                <L 137>
                var_161 = wp::mul(var_143, var_143);
                var_162 = wp::mul(var_154, var_154);
                var_163 = wp::add(var_161, var_162);
                var_164 = wp::mul(var_max_radius, var_max_radius);
                var_165 = (var_163 > var_164);
                if (var_165) {
                    // continue                                                                   <L 138>
                    wp::assign(var_32, var_160);
                    goto start_for_10;
                }
                var_166 = wp::where(var_165, var_32, var_160);
                // q = prob[ni, nj]                                                               <L 139>
                var_167 = wp::address(var_prob, var_149, var_166);
                var_169 = wp::load(var_167);
                var_168 = wp::copy(var_169);
                // if q > free_thresh and q < occ_thresh:                                         <L 140>
                var_170 = (var_168 > var_free_thresh);
                var_171 = (var_168 < var_occ_thresh);
                var_172 = var_170 && var_171;
                if (var_172) {
                    // gain += 1.0                                                                <L 141>
                    var_175 = wp::add(var_138, var_174);
                }
                var_176 = wp::where(var_172, var_175, var_138);
                wp::assign(var_32, var_166);
                wp::assign(var_41, var_168);
                wp::assign(var_138, var_176);
                wp::adj_assign(var_138, var_176, adj_138, adj_176);
                wp::adj_assign(var_41, var_168, adj_41, adj_168);
                wp::adj_assign(var_32, var_166, adj_32, adj_166);
                wp::adj_where(var_172, var_175, var_138, adj_172, adj_175, adj_138, adj_176);
                if (var_172) {
                    wp::adj_add(var_138, var_174, adj_138, adj_174, adj_175);
                    // adj: gain += 1.0                                                           <L 141>
                }
                // adj: if q > free_thresh and q < occ_thresh:                                    <L 140>
                wp::adj_copy(var_169, adj_167, adj_168);
                wp::adj_address(var_prob, var_149, var_166, adj_prob, adj_149, adj_166, adj_167);
                // adj: q = prob[ni, nj]                                                          <L 139>
                wp::adj_where(var_165, var_32, var_160, adj_165, adj_32, adj_160, adj_166);
                if (var_165) {
                    wp::adj_assign(var_32, var_160, adj_32, adj_160);
                    // adj: continue                                                              <L 138>
                }
                wp::adj_mul(var_max_radius, var_max_radius, adj_max_radius, adj_max_radius, adj_164);
                wp::adj_add(var_161, var_162, adj_161, adj_162, adj_163);
                wp::adj_mul(var_154, var_154, adj_154, adj_154, adj_162);
                wp::adj_mul(var_143, var_143, adj_143, adj_143, adj_161);
                // adj: if di * di + dj * dj > max_radius * max_radius:                           <L 137>
                wp::adj_where(var_159, var_32, var_155, adj_159, adj_32, adj_155, adj_160);
                if (var_159) {
                    wp::adj_assign(var_32, var_155, adj_32, adj_155);
                    // adj: continue                                                              <L 136>
                }
                // adj: if nj < 0 or nj >= w:                                                     <L 135>
                wp::adj_add(var_1, var_154, adj_1, adj_154, adj_155);
                // adj: nj = j + dj                                                               <L 134>
            	goto start_for_10;
            end_for_10:;
            wp::adj_range(var_150, var_152, adj_150, adj_152, adj_153);
            wp::adj_add(var_max_radius, var_151, adj_max_radius, adj_151, adj_152);
            wp::adj_neg(var_max_radius, adj_max_radius, adj_150);
            // adj: for dj in range(-max_radius, max_radius + 1):                                 <L 133>
            wp::adj_where(var_148, var_31, var_144, adj_148, adj_31, adj_144, adj_149);
            if (var_148) {
                wp::adj_assign(var_31, var_144, adj_31, adj_144);
                // adj: continue                                                                  <L 132>
            }
            // adj: if ni < 0 or ni >= h:                                                         <L 131>
            wp::adj_add(var_0, var_143, adj_0, adj_143, adj_144);
            // adj: ni = i + di                                                                   <L 130>
        	goto start_for_8;
        end_for_8:;
        wp::adj_range(var_139, var_141, adj_139, adj_141, adj_142);
        wp::adj_add(var_max_radius, var_140, adj_max_radius, adj_140, adj_141);
        wp::adj_neg(var_max_radius, adj_max_radius, adj_139);
        // adj: for di in range(-max_radius, max_radius + 1):                                     <L 129>
        wp::adj_float(var_137, adj_137, adj_138);
        // adj: gain = float(0.0)                                                                 <L 128>
        wp::adj_atomic_add(var_frontier_count, var_134, var_135, adj_frontier_count, adj_134, adj_135, adj_136);
        // adj: wp.atomic_add(frontier_count, 0, 1)                                               <L 126>
        wp::adj_array_store(var_frontier, var_0, var_1, var_133, adj_frontier, adj_0, adj_1, adj_133);
        wp::adj_uint8(var_132, adj_132, adj_133);
        // adj: frontier[i, j] = wp.uint8(1)                                                      <L 125>
        if (var_131) {
            label7:;
            // adj: return                                                                        <L 124>
        }
        // adj: if unknown == 0:                                                                  <L 123>
        var_96 = wp::iter_reverse(var_96);
        start_for_5:;
            if (iter_cmp(var_96) == 0) goto end_for_5;
            var_97 = wp::iter_next(var_96);
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
        	adj_124 = {};
        	adj_125 = {};
        	adj_126 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
            // if di == 0 and dj == 0:                                                            <L 112>
            var_99 = (var_93 == var_98);
            var_101 = (var_97 == var_100);
            var_102 = var_99 && var_101;
            if (var_102) {
                // continue                                                                       <L 113>
                goto start_for_5;
            }
            // ni = i + di                                                                        <L 114>
            var_103 = wp::add(var_0, var_93);
            // nj = j + dj                                                                        <L 115>
            var_104 = wp::add(var_1, var_97);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_106 = (var_103 < var_105);
            var_108 = (var_104 < var_107);
            var_109 = (var_103 >= var_4);
            var_110 = (var_104 >= var_8);
            var_111 = var_106 || var_108 || var_109 || var_110;
            if (var_111) {
                // continue                                                                       <L 117>
                wp::assign(var_31, var_103);
                wp::assign(var_32, var_104);
                goto start_for_5;
            }
            var_112 = wp::where(var_111, var_31, var_103);
            var_113 = wp::where(var_111, var_32, var_104);
            // q = prob[ni, nj]                                                                   <L 118>
            var_114 = wp::address(var_prob, var_112, var_113);
            var_116 = wp::load(var_114);
            var_115 = wp::copy(var_116);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_117 = (var_115 > var_free_thresh);
            var_118 = (var_115 < var_occ_thresh);
            var_119 = var_117 && var_118;
            if (var_119) {
                // unknown += 1                                                                   <L 120>
                var_122 = wp::add(var_18, var_121);
            }
            var_123 = wp::where(var_119, var_122, var_18);
            if (!var_119) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_124 = (var_115 >= var_occ_thresh);
                if (var_124) {
                    // occupied_near += 1                                                         <L 122>
                    var_127 = wp::add(var_20, var_126);
                }
                var_128 = wp::where(var_124, var_127, var_20);
            }
            var_129 = wp::where(var_119, var_20, var_128);
            wp::assign(var_18, var_123);
            wp::assign(var_20, var_129);
            wp::assign(var_31, var_112);
            wp::assign(var_32, var_113);
            wp::assign(var_41, var_115);
            wp::adj_assign(var_41, var_115, adj_41, adj_115);
            wp::adj_assign(var_32, var_113, adj_32, adj_113);
            wp::adj_assign(var_31, var_112, adj_31, adj_112);
            wp::adj_assign(var_20, var_129, adj_20, adj_129);
            wp::adj_assign(var_18, var_123, adj_18, adj_123);
            wp::adj_where(var_119, var_20, var_128, adj_119, adj_20, adj_128, adj_129);
            if (!var_119) {
                wp::adj_where(var_124, var_127, var_20, adj_124, adj_127, adj_20, adj_128);
                if (var_124) {
                    wp::adj_add(var_20, var_126, adj_20, adj_126, adj_127);
                    // adj: occupied_near += 1                                                    <L 122>
                }
                // adj: elif q >= occ_thresh:                                                     <L 121>
            }
            wp::adj_where(var_119, var_122, var_18, adj_119, adj_122, adj_18, adj_123);
            if (var_119) {
                wp::adj_add(var_18, var_121, adj_18, adj_121, adj_122);
                // adj: unknown += 1                                                              <L 120>
            }
            // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
            wp::adj_copy(var_116, adj_114, adj_115);
            wp::adj_address(var_prob, var_112, var_113, adj_prob, adj_112, adj_113, adj_114);
            // adj: q = prob[ni, nj]                                                              <L 118>
            wp::adj_where(var_111, var_32, var_104, adj_111, adj_32, adj_104, adj_113);
            wp::adj_where(var_111, var_31, var_103, adj_111, adj_31, adj_103, adj_112);
            if (var_111) {
                wp::adj_assign(var_32, var_104, adj_32, adj_104);
                wp::adj_assign(var_31, var_103, adj_31, adj_103);
                // adj: continue                                                                  <L 117>
            }
            // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
            wp::adj_add(var_1, var_97, adj_1, adj_97, adj_104);
            // adj: nj = j + dj                                                                   <L 115>
            wp::adj_add(var_0, var_93, adj_0, adj_93, adj_103);
            // adj: ni = i + di                                                                   <L 114>
            if (var_102) {
                // adj: continue                                                                  <L 113>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 112>
        	goto start_for_5;
        end_for_5:;
        wp::adj_range(var_94, var_95, adj_94, adj_95, adj_96);
        // adj: for dj in range(-1, 2):                                                           <L 111>
        var_59 = wp::iter_reverse(var_59);
        start_for_3:;
            if (iter_cmp(var_59) == 0) goto end_for_3;
            var_60 = wp::iter_next(var_59);
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
        	adj_89 = {};
        	adj_90 = {};
        	adj_91 = {};
        	adj_92 = {};
            // if di == 0 and dj == 0:                                                            <L 112>
            var_62 = (var_56 == var_61);
            var_64 = (var_60 == var_63);
            var_65 = var_62 && var_64;
            if (var_65) {
                // continue                                                                       <L 113>
                goto start_for_3;
            }
            // ni = i + di                                                                        <L 114>
            var_66 = wp::add(var_0, var_56);
            // nj = j + dj                                                                        <L 115>
            var_67 = wp::add(var_1, var_60);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_69 = (var_66 < var_68);
            var_71 = (var_67 < var_70);
            var_72 = (var_66 >= var_4);
            var_73 = (var_67 >= var_8);
            var_74 = var_69 || var_71 || var_72 || var_73;
            if (var_74) {
                // continue                                                                       <L 117>
                wp::assign(var_31, var_66);
                wp::assign(var_32, var_67);
                goto start_for_3;
            }
            var_75 = wp::where(var_74, var_31, var_66);
            var_76 = wp::where(var_74, var_32, var_67);
            // q = prob[ni, nj]                                                                   <L 118>
            var_77 = wp::address(var_prob, var_75, var_76);
            var_79 = wp::load(var_77);
            var_78 = wp::copy(var_79);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_80 = (var_78 > var_free_thresh);
            var_81 = (var_78 < var_occ_thresh);
            var_82 = var_80 && var_81;
            if (var_82) {
                // unknown += 1                                                                   <L 120>
                var_85 = wp::add(var_18, var_84);
            }
            var_86 = wp::where(var_82, var_85, var_18);
            if (!var_82) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_87 = (var_78 >= var_occ_thresh);
                if (var_87) {
                    // occupied_near += 1                                                         <L 122>
                    var_90 = wp::add(var_20, var_89);
                }
                var_91 = wp::where(var_87, var_90, var_20);
            }
            var_92 = wp::where(var_82, var_20, var_91);
            wp::assign(var_18, var_86);
            wp::assign(var_20, var_92);
            wp::assign(var_31, var_75);
            wp::assign(var_32, var_76);
            wp::assign(var_41, var_78);
            wp::adj_assign(var_41, var_78, adj_41, adj_78);
            wp::adj_assign(var_32, var_76, adj_32, adj_76);
            wp::adj_assign(var_31, var_75, adj_31, adj_75);
            wp::adj_assign(var_20, var_92, adj_20, adj_92);
            wp::adj_assign(var_18, var_86, adj_18, adj_86);
            wp::adj_where(var_82, var_20, var_91, adj_82, adj_20, adj_91, adj_92);
            if (!var_82) {
                wp::adj_where(var_87, var_90, var_20, adj_87, adj_90, adj_20, adj_91);
                if (var_87) {
                    wp::adj_add(var_20, var_89, adj_20, adj_89, adj_90);
                    // adj: occupied_near += 1                                                    <L 122>
                }
                // adj: elif q >= occ_thresh:                                                     <L 121>
            }
            wp::adj_where(var_82, var_85, var_18, adj_82, adj_85, adj_18, adj_86);
            if (var_82) {
                wp::adj_add(var_18, var_84, adj_18, adj_84, adj_85);
                // adj: unknown += 1                                                              <L 120>
            }
            // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
            wp::adj_copy(var_79, adj_77, adj_78);
            wp::adj_address(var_prob, var_75, var_76, adj_prob, adj_75, adj_76, adj_77);
            // adj: q = prob[ni, nj]                                                              <L 118>
            wp::adj_where(var_74, var_32, var_67, adj_74, adj_32, adj_67, adj_76);
            wp::adj_where(var_74, var_31, var_66, adj_74, adj_31, adj_66, adj_75);
            if (var_74) {
                wp::adj_assign(var_32, var_67, adj_32, adj_67);
                wp::adj_assign(var_31, var_66, adj_31, adj_66);
                // adj: continue                                                                  <L 117>
            }
            // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
            wp::adj_add(var_1, var_60, adj_1, adj_60, adj_67);
            // adj: nj = j + dj                                                                   <L 115>
            wp::adj_add(var_0, var_56, adj_0, adj_56, adj_66);
            // adj: ni = i + di                                                                   <L 114>
            if (var_65) {
                // adj: continue                                                                  <L 113>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 112>
        	goto start_for_3;
        end_for_3:;
        wp::adj_range(var_57, var_58, adj_57, adj_58, adj_59);
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
        	adj_54 = {};
        	adj_55 = {};
            // if di == 0 and dj == 0:                                                            <L 112>
            var_27 = (var_21 == var_26);
            var_29 = (var_25 == var_28);
            var_30 = var_27 && var_29;
            if (var_30) {
                // continue                                                                       <L 113>
                goto start_for_1;
            }
            // ni = i + di                                                                        <L 114>
            var_31 = wp::add(var_0, var_21);
            // nj = j + dj                                                                        <L 115>
            var_32 = wp::add(var_1, var_25);
            // if ni < 0 or nj < 0 or ni >= h or nj >= w:                                         <L 116>
            var_34 = (var_31 < var_33);
            var_36 = (var_32 < var_35);
            var_37 = (var_31 >= var_4);
            var_38 = (var_32 >= var_8);
            var_39 = var_34 || var_36 || var_37 || var_38;
            if (var_39) {
                // continue                                                                       <L 117>
                goto start_for_1;
            }
            // q = prob[ni, nj]                                                                   <L 118>
            var_40 = wp::address(var_prob, var_31, var_32);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // if q > free_thresh and q < occ_thresh:                                             <L 119>
            var_43 = (var_41 > var_free_thresh);
            var_44 = (var_41 < var_occ_thresh);
            var_45 = var_43 && var_44;
            if (var_45) {
                // unknown += 1                                                                   <L 120>
                var_48 = wp::add(var_18, var_47);
            }
            var_49 = wp::where(var_45, var_48, var_18);
            if (!var_45) {
                // elif q >= occ_thresh:                                                          <L 121>
                var_50 = (var_41 >= var_occ_thresh);
                if (var_50) {
                    // occupied_near += 1                                                         <L 122>
                    var_53 = wp::add(var_20, var_52);
                }
                var_54 = wp::where(var_50, var_53, var_20);
            }
            var_55 = wp::where(var_45, var_20, var_54);
            wp::assign(var_18, var_49);
            wp::assign(var_20, var_55);
            wp::adj_assign(var_20, var_55, adj_20, adj_55);
            wp::adj_assign(var_18, var_49, adj_18, adj_49);
            wp::adj_where(var_45, var_20, var_54, adj_45, adj_20, adj_54, adj_55);
            if (!var_45) {
                wp::adj_where(var_50, var_53, var_20, adj_50, adj_53, adj_20, adj_54);
                if (var_50) {
                    wp::adj_add(var_20, var_52, adj_20, adj_52, adj_53);
                    // adj: occupied_near += 1                                                    <L 122>
                }
                // adj: elif q >= occ_thresh:                                                     <L 121>
            }
            wp::adj_where(var_45, var_48, var_18, adj_45, adj_48, adj_18, adj_49);
            if (var_45) {
                wp::adj_add(var_18, var_47, adj_18, adj_47, adj_48);
                // adj: unknown += 1                                                              <L 120>
            }
            // adj: if q > free_thresh and q < occ_thresh:                                        <L 119>
            wp::adj_copy(var_42, adj_40, adj_41);
            wp::adj_address(var_prob, var_31, var_32, adj_prob, adj_31, adj_32, adj_40);
            // adj: q = prob[ni, nj]                                                              <L 118>
            if (var_39) {
                // adj: continue                                                                  <L 117>
            }
            // adj: if ni < 0 or nj < 0 or ni >= h or nj >= w:                                    <L 116>
            wp::adj_add(var_1, var_25, adj_1, adj_25, adj_32);
            // adj: nj = j + dj                                                                   <L 115>
            wp::adj_add(var_0, var_21, adj_0, adj_21, adj_31);
            // adj: ni = i + di                                                                   <L 114>
            if (var_30) {
                // adj: continue                                                                  <L 113>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 112>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_22, var_23, adj_22, adj_23, adj_24);
        // adj: for dj in range(-1, 2):                                                           <L 111>
        // adj: for di in range(-1, 2):                                                           <L 110>
        wp::adj_int(var_19, adj_19, adj_20);
        // adj: occupied_near = int(0)                                                            <L 109>
        wp::adj_int(var_17, adj_17, adj_18);
        // adj: unknown = int(0)                                                                  <L 108>
        if (var_16) {
            label0:;
            // adj: return                                                                        <L 107>
        }
        // adj: if p >= free_thresh:                                                              <L 106>
        wp::adj_array_store(var_scores, var_0, var_1, var_15, adj_scores, adj_0, adj_1, adj_15);
        // adj: scores[i, j] = 0.0                                                                <L 104>
        wp::adj_array_store(var_frontier, var_0, var_1, var_14, adj_frontier, adj_0, adj_1, adj_14);
        wp::adj_uint8(var_13, adj_13, adj_14);
        // adj: frontier[i, j] = wp.uint8(0)                                                      <L 103>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_prob, var_0, var_1, adj_prob, adj_0, adj_1, adj_10);
        // adj: p = prob[i, j]                                                                    <L 102>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_prob.shape = adj_6;
        // adj: w = prob.shape[1]                                                                 <L 101>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_prob.shape = adj_2;
        // adj: h = prob.shape[0]                                                                 <L 100>
        // adj: i, j = wp.tid()                                                                   <L 99>
        // adj: def frontier_clusters(                                                            <L 88>
        continue;
    }
}

