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


// corpus/173_game_of_life_uint8.py:9
static CUDA_CALLABLE wp::int32 wrap_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::int32 var_2;
    bool var_3;
    wp::int32 var_4;
    //---------
    // forward
    // def wrap(i: int, n: int) -> int:                                                       <L 10>
    // if i < 0:                                                                              <L 11>
    var_1 = (var_i < var_0);
    if (var_1) {
        // return i + n                                                                       <L 12>
        var_2 = wp::add(var_i, var_n);
        return var_2;
    }
    // if i >= n:                                                                             <L 13>
    var_3 = (var_i >= var_n);
    if (var_3) {
        // return i - n                                                                       <L 14>
        var_4 = wp::sub(var_i, var_n);
        return var_4;
    }
    // return i                                                                               <L 15>
    return var_i;
}


// corpus/173_game_of_life_uint8.py:18
static CUDA_CALLABLE wp::int32 count_neighbors_0(
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
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 2;
    wp::range_t var_13;
    wp::int32 var_14;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 0;
    bool var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::uint8* var_24;
    wp::int32 var_25;
    wp::uint8 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = -1;
    const wp::int32 var_30 = 2;
    wp::range_t var_31;
    wp::int32 var_32;
    bool var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::uint8* var_42;
    wp::int32 var_43;
    wp::uint8 var_44;
    wp::int32 var_45;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = -1;
    const wp::int32 var_48 = 2;
    wp::range_t var_49;
    wp::int32 var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    bool var_53;
    const wp::int32 var_54 = 0;
    bool var_55;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::uint8* var_60;
    wp::int32 var_61;
    wp::uint8 var_62;
    wp::int32 var_63;
    //---------
    // forward
    // def count_neighbors(grid: wp.array2d(dtype=wp.uint8), y: int, x: int) -> int:          <L 19>
    // h = grid.shape[0]                                                                      <L 20>
    var_0 = &(var_grid.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // w = grid.shape[1]                                                                      <L 21>
    var_4 = &(var_grid.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // n = int(0)                                                                             <L 22>
    var_9 = wp::int(var_8);
    // for dy in range(-1, 2):                                                                <L 23>
    // for dx in range(-1, 2):                                                                <L 24>
    var_13 = wp::range(var_11, var_12);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // if dx == 0 and dy == 0:                                                            <L 25>
        var_17 = (var_14 == var_16);
        var_15 = var_17;
        if (var_15) {
            var_19 = (var_10 == var_18);
            var_15 = var_15 && var_19;
        }
        if (var_15) {
            // continue                                                                       <L 26>
            goto start_for_0;
        }
        // n += int(grid[wrap(y + dy, h), wrap(x + dx, w)])                                   <L 27>
        var_20 = wp::add(var_y, var_10);
        var_21 = wrap_0(var_20, var_2);
        var_22 = wp::add(var_x, var_14);
        var_23 = wrap_0(var_22, var_6);
        var_24 = wp::address(var_grid, var_21, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::int(var_26);
        var_27 = wp::add(var_9, var_25);
        wp::assign(var_9, var_27);
        goto start_for_0;
    end_for_0:;
    // for dx in range(-1, 2):                                                                <L 24>
    var_31 = wp::range(var_29, var_30);
    start_for_2:;
        if (iter_cmp(var_31) == 0) goto end_for_2;
        var_32 = wp::iter_next(var_31);
        // if dx == 0 and dy == 0:                                                            <L 25>
        var_35 = (var_32 == var_34);
        var_33 = var_35;
        if (var_33) {
            var_37 = (var_28 == var_36);
            var_33 = var_33 && var_37;
        }
        if (var_33) {
            // continue                                                                       <L 26>
            goto start_for_2;
        }
        // n += int(grid[wrap(y + dy, h), wrap(x + dx, w)])                                   <L 27>
        var_38 = wp::add(var_y, var_28);
        var_39 = wrap_0(var_38, var_2);
        var_40 = wp::add(var_x, var_32);
        var_41 = wrap_0(var_40, var_6);
        var_42 = wp::address(var_grid, var_39, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::int(var_44);
        var_45 = wp::add(var_9, var_43);
        wp::assign(var_9, var_45);
        goto start_for_2;
    end_for_2:;
    // for dx in range(-1, 2):                                                                <L 24>
    var_49 = wp::range(var_47, var_48);
    start_for_4:;
        if (iter_cmp(var_49) == 0) goto end_for_4;
        var_50 = wp::iter_next(var_49);
        // if dx == 0 and dy == 0:                                                            <L 25>
        var_53 = (var_50 == var_52);
        var_51 = var_53;
        if (var_51) {
            var_55 = (var_46 == var_54);
            var_51 = var_51 && var_55;
        }
        if (var_51) {
            // continue                                                                       <L 26>
            goto start_for_4;
        }
        // n += int(grid[wrap(y + dy, h), wrap(x + dx, w)])                                   <L 27>
        var_56 = wp::add(var_y, var_46);
        var_57 = wrap_0(var_56, var_2);
        var_58 = wp::add(var_x, var_50);
        var_59 = wrap_0(var_58, var_6);
        var_60 = wp::address(var_grid, var_57, var_59);
        var_62 = wp::load(var_60);
        var_61 = wp::int(var_62);
        var_63 = wp::add(var_9, var_61);
        wp::assign(var_9, var_63);
        goto start_for_4;
    end_for_4:;
    // return n                                                                               <L 28>
    return var_9;
}


// corpus/173_game_of_life_uint8.py:9
static CUDA_CALLABLE void adj_wrap_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/173_game_of_life_uint8.py:18
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



extern "C" __global__ void life_step_484dae5b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_src,
    wp::array_t<wp::uint8> var_dst,
    wp::array_t<wp::int32> var_births)
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
        const wp::uint8 var_4 = 1;
        bool var_5;
        wp::uint8 var_6;
        bool var_7;
        bool var_8;
        const wp::int32 var_9 = 2;
        bool var_10;
        const wp::int32 var_11 = 3;
        bool var_12;
        bool var_13;
        bool var_14;
        const wp::int32 var_15 = 3;
        bool var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::uint8 var_20 = 0;
        //---------
        // forward
        // def life_step(src: wp.array2d(dtype=wp.uint8), dst: wp.array2d(dtype=wp.uint8), births: wp.array(dtype=int)):       <L 32>
        // y, x = wp.tid()                                                                        <L 33>
        builtin_tid2d(var_0, var_1);
        // n = count_neighbors(src, y, x)                                                         <L 34>
        var_2 = count_neighbors_0(var_src, var_0, var_1);
        // alive = src[y, x] == ALIVE                                                             <L 35>
        var_3 = wp::address(var_src, var_0, var_1);
        var_6 = wp::load(var_3);
        var_5 = (var_6 == var_4);
        // if alive and (n == 2 or n == 3):                                                       <L 36>
        var_7 = var_5;
        if (var_7) {
            var_10 = (var_2 == var_9);
            var_8 = var_10;
            if (!var_8) {
                var_12 = (var_2 == var_11);
                var_8 = var_8 || var_12;
            }
            var_7 = var_7 && var_8;
        }
        if (var_7) {
            // dst[y, x] = ALIVE                                                                  <L 37>
            wp::array_store(var_dst, var_0, var_1, var_4);
        }
        if (!var_7) {
            // elif not alive and n == 3:                                                         <L 38>
            var_14 = wp::unot(var_5);
            var_13 = var_14;
            if (var_13) {
                var_16 = (var_2 == var_15);
                var_13 = var_13 && var_16;
            }
            if (var_13) {
                // dst[y, x] = ALIVE                                                              <L 39>
                wp::array_store(var_dst, var_0, var_1, var_4);
                // wp.atomic_add(births, 0, 1)                                                    <L 40>
                var_19 = wp::atomic_add(var_births, var_17, var_18);
            }
            if (!var_13) {
                // dst[y, x] = DEAD                                                               <L 42>
                wp::array_store(var_dst, var_0, var_1, var_20);
            }
        }
    }
}



extern "C" __global__ void age_cells_6f3a00c3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_state,
    wp::array_t<wp::uint16> var_age,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color)
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
        const wp::uint8 var_3 = 1;
        bool var_4;
        wp::uint8 var_5;
        wp::uint16* var_6;
        const wp::int32 var_7 = 65535;
        wp::uint16 var_8;
        bool var_9;
        wp::uint16 var_10;
        wp::uint16* var_11;
        const wp::int32 var_12 = 1;
        wp::uint16 var_13;
        wp::uint16 var_14;
        wp::uint16 var_15;
        const wp::int32 var_16 = 0;
        wp::uint16 var_17;
        wp::uint16* var_18;
        wp::float32 var_19;
        wp::uint16 var_20;
        const wp::float32 var_21 = 64.0;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.1;
        const wp::float32 var_26 = 0.8;
        const wp::float32 var_27 = 0.2;
        wp::vec_t<3, wp::float32> var_28;
        const wp::float32 var_29 = 0.9;
        const wp::float32 var_30 = 0.1;
        const wp::float32 var_31 = 0.1;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::uint8* var_34;
        wp::float32 var_35;
        wp::uint8 var_36;
        wp::vec_t<3, wp::float32> var_37;
        //---------
        // forward
        // def age_cells(state: wp.array2d(dtype=wp.uint8), age: wp.array2d(dtype=wp.uint16), color: wp.array2d(dtype=wp.vec3)):       <L 46>
        // y, x = wp.tid()                                                                        <L 47>
        builtin_tid2d(var_0, var_1);
        // if state[y, x] == ALIVE:                                                               <L 48>
        var_2 = wp::address(var_state, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // if age[y, x] < wp.uint16(65535):                                                   <L 49>
            var_6 = wp::address(var_age, var_0, var_1);
            var_8 = wp::uint16(var_7);
            var_10 = wp::load(var_6);
            var_9 = (var_10 < var_8);
            if (var_9) {
                // age[y, x] = age[y, x] + wp.uint16(1)                                           <L 50>
                var_11 = wp::address(var_age, var_0, var_1);
                var_13 = wp::uint16(var_12);
                var_15 = wp::load(var_11);
                var_14 = wp::add(var_15, var_13);
                wp::array_store(var_age, var_0, var_1, var_14);
            }
        }
        if (!var_4) {
            // age[y, x] = wp.uint16(0)                                                           <L 52>
            var_17 = wp::uint16(var_16);
            wp::array_store(var_age, var_0, var_1, var_17);
        }
        // t = wp.min(float(age[y, x]) / 64.0, 1.0)                                               <L 53>
        var_18 = wp::address(var_age, var_0, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::float(var_20);
        var_22 = wp::div(var_19, var_21);
        var_24 = wp::min(var_22, var_23);
        // color[y, x] = wp.lerp(wp.vec3(0.1, 0.8, 0.2), wp.vec3(0.9, 0.1, 0.1), t) * float(state[y, x])       <L 54>
        var_28 = wp::vec_t<3, wp::float32>(var_25, var_26, var_27);
        var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
        var_33 = wp::lerp(var_28, var_32, var_24);
        var_34 = wp::address(var_state, var_0, var_1);
        var_36 = wp::load(var_34);
        var_35 = wp::float(var_36);
        var_37 = wp::mul(var_33, var_35);
        wp::array_store(var_color, var_0, var_1, var_37);
    }
}



extern "C" __global__ void random_fill_197e06ec_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_density,
    wp::array_t<wp::uint8> var_grid)
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
        wp::int32 var_6;
        wp::int32 var_7;
        wp::uint32 var_8;
        wp::float32 var_9;
        bool var_10;
        const wp::uint8 var_11 = 1;
        const wp::uint8 var_12 = 0;
        wp::uint8 var_13;
        //---------
        // forward
        // def random_fill(seed: int, density: float, grid: wp.array2d(dtype=wp.uint8)):          <L 58>
        // y, x = wp.tid()                                                                        <L 59>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed, y * grid.shape[1] + x)                                      <L 60>
        var_2 = &(var_grid.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::mul(var_0, var_4);
        var_7 = wp::add(var_6, var_1);
        var_8 = wp::rand_init(var_seed, var_7);
        // grid[y, x] = wp.where(wp.randf(state) < density, ALIVE, DEAD)                          <L 61>
        var_9 = wp::randf(var_8);
        var_10 = (var_9 < var_density);
        var_13 = wp::where(var_10, var_11, var_12);
        wp::array_store(var_grid, var_0, var_1, var_13);
    }
}



extern "C" __global__ void population_d0b90655_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_grid,
    wp::array_t<wp::int32> var_rows,
    wp::array_t<wp::int64> var_total)
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
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::uint8* var_9;
        wp::int32 var_10;
        wp::uint8 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int64 var_14;
        wp::int64 var_15;
        //---------
        // forward
        // def population(grid: wp.array2d(dtype=wp.uint8), rows: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64)):       <L 65>
        // y = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // c = wp.int32(0)                                                                        <L 67>
        var_2 = wp::int32(var_1);
        // for x in range(grid.shape[1]):                                                         <L 68>
        var_3 = &(var_grid.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // c += wp.int32(grid[y, x])                                                          <L 69>
            var_9 = wp::address(var_grid, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::int32(var_11);
            var_12 = wp::add(var_2, var_10);
            wp::assign(var_2, var_12);
            goto start_for_0;
        end_for_0:;
        // rows[y] = c                                                                            <L 70>
        wp::array_store(var_rows, var_0, var_2);
        // wp.atomic_add(total, 0, wp.int64(c))                                                   <L 71>
        var_14 = wp::int64(var_2);
        var_15 = wp::atomic_add(var_total, var_13, var_14);
    }
}

