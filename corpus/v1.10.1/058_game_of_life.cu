
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


// corpus/058_game_of_life.py:6
static CUDA_CALLABLE wp::int32 cell_0(
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
static CUDA_CALLABLE wp::int32 count_neighbors_0(
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
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    bool var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    bool var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    bool var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    const wp::int32 var_32 = 0;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    bool var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    const wp::int32 var_46 = -1;
    const wp::int32 var_47 = 0;
    bool var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    bool var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 0;
    bool var_62;
    const wp::int32 var_63 = 0;
    bool var_64;
    bool var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    wp::int32 var_72;
    wp::int32 var_73;
    const wp::int32 var_74 = 1;
    const wp::int32 var_75 = 0;
    bool var_76;
    const wp::int32 var_77 = 0;
    bool var_78;
    bool var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    wp::int32 var_84;
    wp::int32 var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    const wp::int32 var_88 = 1;
    const wp::int32 var_89 = -1;
    const wp::int32 var_90 = 0;
    bool var_91;
    const wp::int32 var_92 = 0;
    bool var_93;
    bool var_94;
    wp::int32 var_95;
    wp::int32 var_96;
    wp::int32 var_97;
    wp::int32 var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    wp::int32 var_101;
    wp::int32 var_102;
    const wp::int32 var_103 = 0;
    const wp::int32 var_104 = 0;
    bool var_105;
    const wp::int32 var_106 = 0;
    bool var_107;
    bool var_108;
    wp::int32 var_109;
    wp::int32 var_110;
    wp::int32 var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    wp::int32 var_114;
    wp::int32 var_115;
    wp::int32 var_116;
    const wp::int32 var_117 = 1;
    const wp::int32 var_118 = 0;
    bool var_119;
    const wp::int32 var_120 = 0;
    bool var_121;
    bool var_122;
    wp::int32 var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    wp::int32 var_128;
    wp::int32 var_129;
    wp::int32 var_130;
    //---------
    // forward
    // def count_neighbors(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:          <L 16>
    // n = int(0)                                                                             <L 17>
    var_1 = wp::int(var_0);
    // for dy in range(-1, 2):                                                                <L 18>
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_5 = (var_2 != var_4);
    var_7 = (var_3 != var_6);
    var_8 = var_5 || var_7;
    if (var_8) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_9 = wp::add(var_y, var_2);
        var_10 = wp::add(var_x, var_3);
        var_11 = cell_0(var_grid, var_9, var_10);
        var_12 = wp::add(var_y, var_2);
        var_13 = wp::add(var_x, var_3);
        var_14 = cell_0(var_grid, var_12, var_13);
        var_15 = wp::add(var_1, var_14);
    }
    var_16 = wp::where(var_8, var_15, var_1);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_19 = (var_2 != var_18);
    var_21 = (var_17 != var_20);
    var_22 = var_19 || var_21;
    if (var_22) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_23 = wp::add(var_y, var_2);
        var_24 = wp::add(var_x, var_17);
        var_25 = cell_0(var_grid, var_23, var_24);
        var_26 = wp::add(var_y, var_2);
        var_27 = wp::add(var_x, var_17);
        var_28 = cell_0(var_grid, var_26, var_27);
        var_29 = wp::add(var_16, var_28);
    }
    var_30 = wp::where(var_22, var_29, var_16);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_33 = (var_2 != var_32);
    var_35 = (var_31 != var_34);
    var_36 = var_33 || var_35;
    if (var_36) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_37 = wp::add(var_y, var_2);
        var_38 = wp::add(var_x, var_31);
        var_39 = cell_0(var_grid, var_37, var_38);
        var_40 = wp::add(var_y, var_2);
        var_41 = wp::add(var_x, var_31);
        var_42 = cell_0(var_grid, var_40, var_41);
        var_43 = wp::add(var_30, var_42);
    }
    var_44 = wp::where(var_36, var_43, var_30);
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_48 = (var_45 != var_47);
    var_50 = (var_46 != var_49);
    var_51 = var_48 || var_50;
    if (var_51) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_52 = wp::add(var_y, var_45);
        var_53 = wp::add(var_x, var_46);
        var_54 = cell_0(var_grid, var_52, var_53);
        var_55 = wp::add(var_y, var_45);
        var_56 = wp::add(var_x, var_46);
        var_57 = cell_0(var_grid, var_55, var_56);
        var_58 = wp::add(var_44, var_57);
    }
    var_59 = wp::where(var_51, var_58, var_44);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_62 = (var_45 != var_61);
    var_64 = (var_60 != var_63);
    var_65 = var_62 || var_64;
    if (var_65) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_66 = wp::add(var_y, var_45);
        var_67 = wp::add(var_x, var_60);
        var_68 = cell_0(var_grid, var_66, var_67);
        var_69 = wp::add(var_y, var_45);
        var_70 = wp::add(var_x, var_60);
        var_71 = cell_0(var_grid, var_69, var_70);
        var_72 = wp::add(var_59, var_71);
    }
    var_73 = wp::where(var_65, var_72, var_59);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_76 = (var_45 != var_75);
    var_78 = (var_74 != var_77);
    var_79 = var_76 || var_78;
    if (var_79) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_80 = wp::add(var_y, var_45);
        var_81 = wp::add(var_x, var_74);
        var_82 = cell_0(var_grid, var_80, var_81);
        var_83 = wp::add(var_y, var_45);
        var_84 = wp::add(var_x, var_74);
        var_85 = cell_0(var_grid, var_83, var_84);
        var_86 = wp::add(var_73, var_85);
    }
    var_87 = wp::where(var_79, var_86, var_73);
    // for dx in range(-1, 2):                                                                <L 19>
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_91 = (var_88 != var_90);
    var_93 = (var_89 != var_92);
    var_94 = var_91 || var_93;
    if (var_94) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_95 = wp::add(var_y, var_88);
        var_96 = wp::add(var_x, var_89);
        var_97 = cell_0(var_grid, var_95, var_96);
        var_98 = wp::add(var_y, var_88);
        var_99 = wp::add(var_x, var_89);
        var_100 = cell_0(var_grid, var_98, var_99);
        var_101 = wp::add(var_87, var_100);
    }
    var_102 = wp::where(var_94, var_101, var_87);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_105 = (var_88 != var_104);
    var_107 = (var_103 != var_106);
    var_108 = var_105 || var_107;
    if (var_108) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_109 = wp::add(var_y, var_88);
        var_110 = wp::add(var_x, var_103);
        var_111 = cell_0(var_grid, var_109, var_110);
        var_112 = wp::add(var_y, var_88);
        var_113 = wp::add(var_x, var_103);
        var_114 = cell_0(var_grid, var_112, var_113);
        var_115 = wp::add(var_102, var_114);
    }
    var_116 = wp::where(var_108, var_115, var_102);
    // if dy != 0 or dx != 0:                                                                 <L 20>
    var_119 = (var_88 != var_118);
    var_121 = (var_117 != var_120);
    var_122 = var_119 || var_121;
    if (var_122) {
        // n += cell(grid, y + dy, x + dx)                                                    <L 21>
        var_123 = wp::add(var_y, var_88);
        var_124 = wp::add(var_x, var_117);
        var_125 = cell_0(var_grid, var_123, var_124);
        var_126 = wp::add(var_y, var_88);
        var_127 = wp::add(var_x, var_117);
        var_128 = cell_0(var_grid, var_126, var_127);
        var_129 = wp::add(var_116, var_128);
    }
    var_130 = wp::where(var_122, var_129, var_116);
    // return n                                                                               <L 22>
    return var_130;
}


// corpus/058_game_of_life.py:6
static CUDA_CALLABLE void adj_cell_0(
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
static CUDA_CALLABLE void adj_count_neighbors_0(
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



extern "C" __global__ void life_step_a630efb6_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_src,
    wp::array_t<wp::uint8> var_dst,
    wp::array_t<wp::int32> var_age,
    wp::array_t<wp::int32> var_births,
    wp::array_t<wp::int32> var_deaths)
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
        wp::uint8* var_3;
        const wp::int32 var_4 = 0;
        wp::uint8 var_5;
        bool var_6;
        wp::uint8 var_7;
        const bool var_8 = false;
        const wp::int32 var_9 = 2;
        bool var_10;
        const wp::int32 var_11 = 3;
        bool var_12;
        bool var_13;
        const bool var_14 = true;
        bool var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 3;
        bool var_21;
        const bool var_22 = true;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        bool var_26;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::uint8 var_29;
        wp::int32* var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        wp::uint8 var_35;
        const wp::int32 var_36 = 0;
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
            var_10 = (var_2 == var_9);
            var_12 = (var_2 == var_11);
            var_13 = var_10 || var_12;
            if (var_13) {
                // next_alive = True                                                              <L 33>
            }
            var_15 = wp::where(var_13, var_14, var_8);
            if (!var_13) {
                // wp.atomic_add(deaths, 0, 1)                                                    <L 35>
                var_18 = wp::atomic_add(var_deaths, var_16, var_17);
            }
        }
        var_19 = wp::where(var_6, var_15, var_8);
        if (!var_6) {
            // if n == 3:                                                                         <L 37>
            var_21 = (var_2 == var_20);
            if (var_21) {
                // next_alive = True                                                              <L 38>
                // wp.atomic_add(births, 0, 1)                                                    <L 39>
                var_25 = wp::atomic_add(var_births, var_23, var_24);
            }
            var_26 = wp::where(var_21, var_22, var_19);
        }
        var_27 = wp::where(var_6, var_19, var_26);
        // if next_alive:                                                                         <L 40>
        if (var_27) {
            // dst[y, x] = wp.uint8(1)                                                            <L 41>
            var_29 = wp::uint8(var_28);
            wp::array_store(var_dst, var_0, var_1, var_29);
            // age[y, x] = age[y, x] + 1                                                          <L 42>
            var_30 = wp::address(var_age, var_0, var_1);
            var_33 = wp::load(var_30);
            var_32 = wp::add(var_33, var_31);
            wp::array_store(var_age, var_0, var_1, var_32);
        }
        if (!var_27) {
            // dst[y, x] = wp.uint8(0)                                                            <L 44>
            var_35 = wp::uint8(var_34);
            wp::array_store(var_dst, var_0, var_1, var_35);
            // age[y, x] = 0                                                                      <L 45>
            wp::array_store(var_age, var_0, var_1, var_36);
        }
    }
}



extern "C" __global__ void seed_glider_f2a19e38_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_grid,
    wp::int32 var_oy,
    wp::int32 var_ox)
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
        const wp::int32 var_1 = 0;
        const wp::int32 var_2 = 0;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        const wp::int32 var_7 = 1;
        bool var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        bool var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        const wp::int32 var_17 = 3;
        bool var_18;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::uint8 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
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
        var_6 = wp::where(var_4, var_5, var_2);
        if (!var_4) {
            // elif k == 1:                                                                       <L 55>
            var_8 = (var_0 == var_7);
            if (var_8) {
                // dy = 1                                                                         <L 56>
                // dx = 2                                                                         <L 57>
            }
            var_11 = wp::where(var_8, var_9, var_1);
            var_12 = wp::where(var_8, var_10, var_6);
            if (!var_8) {
                // elif k == 2:                                                                   <L 58>
                var_14 = (var_0 == var_13);
                if (var_14) {
                    // dy = 2                                                                     <L 59>
                }
                var_16 = wp::where(var_14, var_15, var_11);
                if (!var_14) {
                    // elif k == 3:                                                               <L 60>
                    var_18 = (var_0 == var_17);
                    if (var_18) {
                        // dy = 2                                                                 <L 61>
                        // dx = 1                                                                 <L 62>
                    }
                    var_21 = wp::where(var_18, var_19, var_16);
                    var_22 = wp::where(var_18, var_20, var_12);
                    if (!var_18) {
                        // dy = 2                                                                 <L 64>
                        // dx = 2                                                                 <L 65>
                    }
                    var_25 = wp::where(var_18, var_21, var_23);
                    var_26 = wp::where(var_18, var_22, var_24);
                }
                var_27 = wp::where(var_14, var_16, var_25);
                var_28 = wp::where(var_14, var_12, var_26);
            }
            var_29 = wp::where(var_8, var_11, var_27);
            var_30 = wp::where(var_8, var_12, var_28);
        }
        var_31 = wp::where(var_4, var_1, var_29);
        var_32 = wp::where(var_4, var_6, var_30);
        // grid[oy + dy, ox + dx] = wp.uint8(1)                                                   <L 66>
        var_34 = wp::uint8(var_33);
        var_35 = wp::add(var_oy, var_31);
        var_36 = wp::add(var_ox, var_32);
        wp::array_store(var_grid, var_35, var_36, var_34);
    }
}



extern "C" __global__ void population_9233267f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_grid,
    wp::array_t<wp::int32> var_age,
    wp::array_t<wp::int32> var_count,
    wp::array_t<wp::int32> var_oldest)
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
}

