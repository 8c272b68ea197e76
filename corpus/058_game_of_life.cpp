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


// corpus/058_game_of_life.py:6
static wp::int32 cell_0(
    wp::array_t<wp::uint8> var_grid,
    wp::int32 var_y,
    wp::int32 var_x)
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
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::uint8* var_12;
    wp::int32 var_13;
    wp::uint8 var_14;
    //---------
    // forward
    // def cell(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:                     <L 7>
    // h = grid.shape[0]                                                                      <L 8>
    var_0 = &(var_grid.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // w = grid.shape[1]                                                                      <L 9>
    var_4 = &(var_grid.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // yy = (y + h) % h                                                                       <L 10>
    var_8 = wp::add(var_y, var_2);
    var_9 = wp::mod(var_8, var_2);
    // xx = (x + w) % w                                                                       <L 11>
    var_10 = wp::add(var_x, var_6);
    var_11 = wp::mod(var_10, var_6);
    // return int(grid[yy, xx])                                                               <L 12>
    var_12 = wp::address(var_grid, var_9, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::int(var_14);
    return var_13;
}


// corpus/058_game_of_life.py:15
static wp::int32 count_neighbors_0(
    wp::array_t<wp::uint8> var_grid,
    wp::int32 var_y,
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    const wp::int32 var_3 = -1;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 0;
    bool var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    bool var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = -1;
    bool var_38;
    const wp::int32 var_39 = 0;
    bool var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    bool var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    const wp::int32 var_52 = 0;
    bool var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    bool var_60;
    const wp::int32 var_61 = 0;
    bool var_62;
    const wp::int32 var_63 = 0;
    bool var_64;
    wp::int32 var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 1;
    const wp::int32 var_71 = -1;
    bool var_72;
    const wp::int32 var_73 = 0;
    bool var_74;
    const wp::int32 var_75 = 0;
    bool var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    const wp::int32 var_82 = 0;
    bool var_83;
    const wp::int32 var_84 = 0;
    bool var_85;
    const wp::int32 var_86 = 0;
    bool var_87;
    wp::int32 var_88;
    wp::int32 var_89;
    wp::int32 var_90;
    wp::int32 var_91;
    wp::int32 var_92;
    const wp::int32 var_93 = 1;
    bool var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    const wp::int32 var_97 = 0;
    bool var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    wp::int32 var_101;
    wp::int32 var_102;
    wp::int32 var_103;
    //---------
    // forward
    // def count_neighbors(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:          <L 16>
    // n = int(0)                                                                             <L 17>
    var_1 = wp::int(var_0);
    // for dy in range(-1, 2):                                                                <L 18>
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_6 = (var_2 != var_5);
    var_4 = var_6;
    if (!var_4) {
        var_8 = (var_3 != var_7);
        var_4 = var_4 || var_8;
    }
    if (var_4) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_9 = wp::add(var_y, var_2);
        var_10 = wp::add(var_x, var_3);
        var_11 = cell_0(var_grid, var_9, var_10);
        var_12 = wp::add(var_1, var_11);
    }
    var_13 = wp::where(var_4, var_12, var_1);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_17 = (var_2 != var_16);
    var_15 = var_17;
    if (!var_15) {
        var_19 = (var_14 != var_18);
        var_15 = var_15 || var_19;
    }
    if (var_15) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_20 = wp::add(var_y, var_2);
        var_21 = wp::add(var_x, var_14);
        var_22 = cell_0(var_grid, var_20, var_21);
        var_23 = wp::add(var_13, var_22);
    }
    var_24 = wp::where(var_15, var_23, var_13);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_28 = (var_2 != var_27);
    var_26 = var_28;
    if (!var_26) {
        var_30 = (var_25 != var_29);
        var_26 = var_26 || var_30;
    }
    if (var_26) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_31 = wp::add(var_y, var_2);
        var_32 = wp::add(var_x, var_25);
        var_33 = cell_0(var_grid, var_31, var_32);
        var_34 = wp::add(var_24, var_33);
    }
    var_35 = wp::where(var_26, var_34, var_24);
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_40 = (var_36 != var_39);
    var_38 = var_40;
    if (!var_38) {
        var_42 = (var_37 != var_41);
        var_38 = var_38 || var_42;
    }
    if (var_38) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_43 = wp::add(var_y, var_36);
        var_44 = wp::add(var_x, var_37);
        var_45 = cell_0(var_grid, var_43, var_44);
        var_46 = wp::add(var_35, var_45);
    }
    var_47 = wp::where(var_38, var_46, var_35);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_51 = (var_36 != var_50);
    var_49 = var_51;
    if (!var_49) {
        var_53 = (var_48 != var_52);
        var_49 = var_49 || var_53;
    }
    if (var_49) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_54 = wp::add(var_y, var_36);
        var_55 = wp::add(var_x, var_48);
        var_56 = cell_0(var_grid, var_54, var_55);
        var_57 = wp::add(var_47, var_56);
    }
    var_58 = wp::where(var_49, var_57, var_47);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_62 = (var_36 != var_61);
    var_60 = var_62;
    if (!var_60) {
        var_64 = (var_59 != var_63);
        var_60 = var_60 || var_64;
    }
    if (var_60) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_65 = wp::add(var_y, var_36);
        var_66 = wp::add(var_x, var_59);
        var_67 = cell_0(var_grid, var_65, var_66);
        var_68 = wp::add(var_58, var_67);
    }
    var_69 = wp::where(var_60, var_68, var_58);
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_74 = (var_70 != var_73);
    var_72 = var_74;
    if (!var_72) {
        var_76 = (var_71 != var_75);
        var_72 = var_72 || var_76;
    }
    if (var_72) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_77 = wp::add(var_y, var_70);
        var_78 = wp::add(var_x, var_71);
        var_79 = cell_0(var_grid, var_77, var_78);
        var_80 = wp::add(var_69, var_79);
    }
    var_81 = wp::where(var_72, var_80, var_69);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_85 = (var_70 != var_84);
    var_83 = var_85;
    if (!var_83) {
        var_87 = (var_82 != var_86);
        var_83 = var_83 || var_87;
    }
    if (var_83) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_88 = wp::add(var_y, var_70);
        var_89 = wp::add(var_x, var_82);
        var_90 = cell_0(var_grid, var_88, var_89);
        var_91 = wp::add(var_81, var_90);
    }
    var_92 = wp::where(var_83, var_91, var_81);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_96 = (var_70 != var_95);
    var_94 = var_96;
    if (!var_94) {
        var_98 = (var_93 != var_97);
        var_94 = var_94 || var_98;
    }
    if (var_94) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_99 = wp::add(var_y, var_70);
        var_100 = wp::add(var_x, var_93);
        var_101 = cell_0(var_grid, var_99, var_100);
        var_102 = wp::add(var_92, var_101);
    }
    var_103 = wp::where(var_94, var_102, var_92);
    // return n                                                                               <L 22>
    return var_103;
}


// corpus/058_game_of_life.py:6
static void adj_cell_0(
    wp::array_t<wp::uint8> var_grid,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::array_t<wp::uint8> & adj_grid,
    wp::int32 & adj_y,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/058_game_of_life.py:15
static void adj_count_neighbors_0(
    wp::array_t<wp::uint8> var_grid,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::array_t<wp::uint8> & adj_grid,
    wp::int32 & adj_y,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_life_step_a630efb6 {
    wp::array_t<wp::uint8> src;
    wp::array_t<wp::uint8> dst;
    wp::array_t<wp::int32> age;
    wp::array_t<wp::int32> births;
    wp::array_t<wp::int32> deaths;
};


void life_step_a630efb6_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_life_step_a630efb6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_src = _wp_args->src;
    wp::array_t<wp::uint8> var_dst = _wp_args->dst;
    wp::array_t<wp::int32> var_age = _wp_args->age;
    wp::array_t<wp::int32> var_births = _wp_args->births;
    wp::array_t<wp::int32> var_deaths = _wp_args->deaths;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::uint8* var_3;
    const wp::int32 var_4 = 0;
    wp::uint8 var_5;
    bool var_6;
    wp::uint8 var_7;
    const bool var_8 = false;
    bool var_9;
    const wp::int32 var_10 = 2;
    bool var_11;
    const wp::int32 var_12 = 3;
    bool var_13;
    const bool var_14 = true;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 3;
    bool var_20;
    const bool var_21 = true;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    bool var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::uint8 var_28;
    wp::int32* var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 0;
    wp::uint8 var_34;
    const wp::int32 var_35 = 0;
    //---------
    // forward
    // def life_step(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.int32), births: wp.array(dtype=int), deaths: wp.array(dtype=int)):       <L 26>
    // y, x = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // n = count_neighbors(src, y, x)                                                         <L 28>
    var_2 = count_neighbors_0(var_src, var_0, var_1);
    // alive = src[y, x] != wp.uint8(0)                                                       <L 29>
    var_3 = wp::address(var_src, var_0, var_1);
    var_5 = wp::uint8(var_4);
    var_7 = wp::load(var_3);
    var_6 = (var_7 != var_5);
    // next_alive = False                                                                     <L 30>
    // if alive:                                                                              <L 31>
    if (var_6) {
        // if n == 2 or n == 3:                                                               <L 32>
        var_11 = (var_2 == var_10);
        var_9 = var_11;
        if (!var_9) {
            var_13 = (var_2 == var_12);
            var_9 = var_9 || var_13;
        }
        if (var_9) {
            // next_alive = True                                                              <L 33>
        }
        if (!var_9) {
            // wp.atomic_add(deaths, 0, 1)                                                    <L 35>
            var_17 = wp::atomic_add(var_deaths, var_15, var_16);
        }
        var_18 = wp::where(var_9, var_14, var_8);
    }
    if (!var_6) {
        // if n == 3:                                                                         <L 37>
        var_20 = (var_2 == var_19);
        if (var_20) {
            // next_alive = True                                                              <L 38>
            // wp.atomic_add(births, 0, 1)                                                    <L 39>
            var_24 = wp::atomic_add(var_births, var_22, var_23);
        }
        var_25 = wp::where(var_20, var_21, var_8);
    }
    var_26 = wp::where(var_6, var_18, var_25);
    // if next_alive:                                                                         <L 40>
    if (var_26) {
        // dst[y, x] = wp.uint8(1)                                                            <L 41>
        var_28 = wp::uint8(var_27);
        wp::array_store(var_dst, var_0, var_1, var_28);
        // age[y, x] = age[y, x] + 1                                                          <L 42>
        var_29 = wp::address(var_age, var_0, var_1);
        var_32 = wp::load(var_29);
        var_31 = wp::add(var_32, var_30);
        wp::array_store(var_age, var_0, var_1, var_31);
    }
    if (!var_26) {
        // dst[y, x] = wp.uint8(0)                                                            <L 44>
        var_34 = wp::uint8(var_33);
        wp::array_store(var_dst, var_0, var_1, var_34);
        // age[y, x] = 0                                                                      <L 45>
        wp::array_store(var_age, var_0, var_1, var_35);
    }
}



extern "C" {

// Python CPU entry points
WP_API void life_step_a630efb6_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_life_step_a630efb6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        life_step_a630efb6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_seed_glider_f2a19e38 {
    wp::array_t<wp::uint8> grid;
    wp::int32 oy;
    wp::int32 ox;
};


void seed_glider_f2a19e38_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_seed_glider_f2a19e38 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_grid = _wp_args->grid;
    wp::int32 var_oy = _wp_args->oy;
    wp::int32 var_ox = _wp_args->ox;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    bool var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    const wp::int32 var_10 = 2;
    bool var_11;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 3;
    bool var_14;
    const wp::int32 var_15 = 2;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::uint8 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    //---------
    // forward
    // def seed_glider(grid: wp.array2d(dtype=wp.uint8), oy: int, ox: int):                   <L 49>
    // k = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // dy = 0                                                                                 <L 51>
    // dx = 0                                                                                 <L 52>
    // if k == 0:                                                                             <L 53>
    var_4 = (var_0 == var_3);
    if (var_4) {
        // dx = 1                                                                             <L 54>
    }
    if (!var_4) {
        // elif k == 1:                                                                       <L 55>
        var_7 = (var_0 == var_6);
        if (var_7) {
            // dy = 1                                                                         <L 56>
            // dx = 2                                                                         <L 57>
        }
        if (!var_7) {
            // elif k == 2:                                                                   <L 58>
            var_11 = (var_0 == var_10);
            if (var_11) {
                // dy = 2                                                                     <L 59>
            }
            if (!var_11) {
                // elif k == 3:                                                               <L 60>
                var_14 = (var_0 == var_13);
                if (var_14) {
                    // dy = 2                                                                 <L 61>
                    // dx = 1                                                                 <L 62>
                }
                if (!var_14) {
                    // dy = 2                                                                 <L 64>
                    // dx = 2                                                                 <L 65>
                }
                var_19 = wp::where(var_14, var_15, var_17);
                var_20 = wp::where(var_14, var_16, var_18);
            }
            var_21 = wp::where(var_11, var_12, var_19);
            var_22 = wp::where(var_11, var_2, var_20);
        }
        var_23 = wp::where(var_7, var_8, var_21);
        var_24 = wp::where(var_7, var_9, var_22);
    }
    var_25 = wp::where(var_4, var_1, var_23);
    var_26 = wp::where(var_4, var_5, var_24);
    // grid[oy + dy, ox + dx] = wp.uint8(1)                                                   <L 66>
    var_28 = wp::uint8(var_27);
    var_29 = wp::add(var_oy, var_25);
    var_30 = wp::add(var_ox, var_26);
    wp::array_store(var_grid, var_29, var_30, var_28);
}



extern "C" {

// Python CPU entry points
WP_API void seed_glider_f2a19e38_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_seed_glider_f2a19e38 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        seed_glider_f2a19e38_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_population_9233267f {
    wp::array_t<wp::uint8> grid;
    wp::array_t<wp::int32> age;
    wp::array_t<wp::int32> count;
    wp::array_t<wp::int32> oldest;
};


void population_9233267f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_population_9233267f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_age = _wp_args->age;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::int32> var_oldest = _wp_args->oldest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    const wp::int32 var_3 = 0;
    wp::uint8 var_4;
    bool var_5;
    wp::uint8 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def population(grid: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.int32), count: wp.array(dtype=int), oldest: wp.array(dtype=int)):       <L 70>
    // y, x = wp.tid()                                                                        <L 71>
    builtin_tid2d(var_0, var_1);
    // if grid[y, x] != wp.uint8(0):                                                          <L 72>
    var_2 = wp::address(var_grid, var_0, var_1);
    var_4 = wp::uint8(var_3);
    var_6 = wp::load(var_2);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // wp.atomic_add(count, 0, 1)                                                         <L 73>
        var_9 = wp::atomic_add(var_count, var_7, var_8);
        // wp.atomic_max(oldest, 0, age[y, x])                                                <L 74>
        var_11 = wp::address(var_age, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::atomic_max(var_oldest, var_10, var_13);
    }
}



extern "C" {

// Python CPU entry points
WP_API void population_9233267f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_population_9233267f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        population_9233267f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

