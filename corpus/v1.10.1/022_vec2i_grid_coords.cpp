
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


// corpus/022_vec2i_grid_coords.py:6
static bool in_bounds_0(
    wp::vec_t<2, wp::int32> var_c,
    wp::vec_t<2, wp::int32> var_dims)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    bool var_17;
    bool var_18;
    //---------
    // forward
    // def in_bounds(c: wp.vec2i, dims: wp.vec2i) -> bool:                                    <L 7>
    // return c[0] >= 0 and c[1] >= 0 and c[0] < dims[0] and c[1] < dims[1]                   <L 8>
    var_1 = wp::extract(var_c, var_0);
    var_3 = (var_1 >= var_2);
    var_5 = wp::extract(var_c, var_4);
    var_7 = (var_5 >= var_6);
    var_9 = wp::extract(var_c, var_8);
    var_11 = wp::extract(var_dims, var_10);
    var_12 = (var_9 < var_11);
    var_14 = wp::extract(var_c, var_13);
    var_16 = wp::extract(var_dims, var_15);
    var_17 = (var_14 < var_16);
    var_18 = var_3 && var_7 && var_12 && var_17;
    return var_18;
}


// corpus/022_vec2i_grid_coords.py:11
static wp::int32 linear_index_0(
    wp::vec_t<2, wp::int32> var_c,
    wp::vec_t<2, wp::int32> var_dims)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def linear_index(c: wp.vec2i, dims: wp.vec2i) -> int:                                  <L 12>
    // return c[1] * dims[0] + c[0]                                                           <L 13>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::extract(var_dims, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_c, var_5);
    var_7 = wp::add(var_4, var_6);
    return var_7;
}


// corpus/022_vec2i_grid_coords.py:16
static wp::int32 manhattan_0(
    wp::vec_t<2, wp::int32> var_a,
    wp::vec_t<2, wp::int32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::int32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def manhattan(a: wp.vec2i, b: wp.vec2i) -> int:                                        <L 17>
    // d = a - b                                                                              <L 18>
    var_0 = wp::sub(var_a, var_b);
    // return wp.abs(d[0]) + wp.abs(d[1])                                                     <L 19>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::abs(var_2);
    var_5 = wp::extract(var_0, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::add(var_3, var_6);
    return var_7;
}


// corpus/022_vec2i_grid_coords.py:6
static void adj_in_bounds_0(
    wp::vec_t<2, wp::int32> var_c,
    wp::vec_t<2, wp::int32> var_dims,
    wp::vec_t<2, wp::int32> & adj_c,
    wp::vec_t<2, wp::int32> & adj_dims,
    bool & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/022_vec2i_grid_coords.py:11
static void adj_linear_index_0(
    wp::vec_t<2, wp::int32> var_c,
    wp::vec_t<2, wp::int32> var_dims,
    wp::vec_t<2, wp::int32> & adj_c,
    wp::vec_t<2, wp::int32> & adj_dims,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/022_vec2i_grid_coords.py:16
static void adj_manhattan_0(
    wp::vec_t<2, wp::int32> var_a,
    wp::vec_t<2, wp::int32> var_b,
    wp::vec_t<2, wp::int32> & adj_a,
    wp::vec_t<2, wp::int32> & adj_b,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_world_to_grid_375e8596 {
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::vec_t<2, wp::float32> origin;
    wp::float32 cell;
    wp::vec_t<2, wp::int32> dims;
    wp::array_t<wp::vec_t<2, wp::int32>> coords;
    wp::array_t<wp::int32> occupancy;
};


void world_to_grid_375e8596_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_world_to_grid_375e8596 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<2, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_cell = _wp_args->cell;
    wp::vec_t<2, wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::vec_t<2, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::int32> var_13;
    bool var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // forward
    // def world_to_grid(points: wp.array(dtype=wp.vec2), origin: wp.vec2, cell: float, dims: wp.vec2i, coords: wp.array(dtype=wp.vec2i), occupancy: wp.array(dtype=int)):       <L 23>
    // i = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // p = (points[i] - origin) / cell                                                        <L 25>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_origin);
    var_4 = wp::div(var_2, var_cell);
    // c = wp.vec2i(int(wp.floor(p[0])), int(wp.floor(p[1])))                                 <L 26>
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::floor(var_6);
    var_8 = wp::int(var_7);
    var_10 = wp::extract(var_4, var_9);
    var_11 = wp::floor(var_10);
    var_12 = wp::int(var_11);
    var_13 = wp::vec_t<2, wp::int32>(var_8, var_12);
    // coords[i] = c                                                                          <L 27>
    wp::array_store(var_coords, var_0, var_13);
    // if in_bounds(c, dims):                                                                 <L 28>
    var_14 = in_bounds_0(var_13, var_dims);
    if (var_14) {
        // wp.atomic_add(occupancy, linear_index(c, dims), 1)                                 <L 29>
        var_15 = linear_index_0(var_13, var_dims);
        var_17 = wp::atomic_add(var_occupancy, var_15, var_16);
    }
}



extern "C" {

// Python CPU entry points
WP_API void world_to_grid_375e8596_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_world_to_grid_375e8596 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        world_to_grid_375e8596_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_flood_step_1c5779cd {
    wp::array_t<wp::int32> dist;
    wp::vec_t<2, wp::int32> dims;
    wp::array_t<wp::uint8> blocked;
    wp::array_t<wp::int32> changed;
};


void flood_step_1c5779cd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_flood_step_1c5779cd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_dist = _wp_args->dist;
    wp::vec_t<2, wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::uint8> var_blocked = _wp_args->blocked;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::int32 var_3;
    wp::uint8* var_4;
    const wp::int32 var_5 = 0;
    wp::uint8 var_6;
    bool var_7;
    wp::uint8 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 4;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::vec_t<2, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    bool var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 0;
    wp::vec_t<2, wp::int32> var_22;
    wp::vec_t<2, wp::int32> var_23;
    const wp::int32 var_24 = 1;
    bool var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = -1;
    const wp::int32 var_28 = 0;
    wp::vec_t<2, wp::int32> var_29;
    wp::vec_t<2, wp::int32> var_30;
    const wp::int32 var_31 = 2;
    bool var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::vec_t<2, wp::int32> var_35;
    wp::vec_t<2, wp::int32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = -1;
    wp::vec_t<2, wp::int32> var_40;
    wp::vec_t<2, wp::int32> var_41;
    wp::vec_t<2, wp::int32> var_42;
    wp::vec_t<2, wp::int32> var_43;
    wp::vec_t<2, wp::int32> var_44;
    bool var_45;
    bool var_46;
    wp::int32 var_47;
    wp::int32* var_48;
    wp::int32 var_49;
    wp::int32 var_50;
    const wp::int32 var_51 = 0;
    bool var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    bool var_57;
    bool var_58;
    bool var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32* var_63;
    bool var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 1;
    const wp::int32 var_67 = 0;
    //---------
    // forward
    // def flood_step(dist: wp.array(dtype=int), dims: wp.vec2i, blocked: wp.array(dtype=wp.uint8), changed: wp.array(dtype=int)):       <L 33>
    // x, y = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // c = wp.vec2i(x, y)                                                                     <L 35>
    var_2 = wp::vec_t<2, wp::int32>(var_0, var_1);
    // idx = linear_index(c, dims)                                                            <L 36>
    var_3 = linear_index_0(var_2, var_dims);
    // if blocked[idx] != wp.uint8(0):                                                        <L 37>
    var_4 = wp::address(var_blocked, var_3);
    var_6 = wp::uint8(var_5);
    var_8 = wp::load(var_4);
    var_7 = (var_8 != var_6);
    if (var_7) {
        // return                                                                             <L 38>
        return;
    }
    // best = dist[idx]                                                                       <L 39>
    var_9 = wp::address(var_dist, var_3);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // for k in range(4):                                                                     <L 40>
    var_13 = wp::range(var_12);
    start_for_1:;
        if (iter_cmp(var_13) == 0) goto end_for_1;
        var_14 = wp::iter_next(var_13);
        // off = wp.vec2i(0, 0)                                                               <L 41>
        var_17 = wp::vec_t<2, wp::int32>(var_15, var_16);
        // if k == 0:                                                                         <L 42>
        var_19 = (var_14 == var_18);
        if (var_19) {
            // off = wp.vec2i(1, 0)                                                           <L 43>
            var_22 = wp::vec_t<2, wp::int32>(var_20, var_21);
        }
        var_23 = wp::where(var_19, var_22, var_17);
        if (!var_19) {
            // elif k == 1:                                                                   <L 44>
            var_25 = (var_14 == var_24);
            if (var_25) {
                // off = wp.vec2i(-1, 0)                                                      <L 45>
                var_29 = wp::vec_t<2, wp::int32>(var_27, var_28);
            }
            var_30 = wp::where(var_25, var_29, var_23);
            if (!var_25) {
                // elif k == 2:                                                               <L 46>
                var_32 = (var_14 == var_31);
                if (var_32) {
                    // off = wp.vec2i(0, 1)                                                   <L 47>
                    var_35 = wp::vec_t<2, wp::int32>(var_33, var_34);
                }
                var_36 = wp::where(var_32, var_35, var_30);
                if (!var_32) {
                    // off = wp.vec2i(0, -1)                                                  <L 49>
                    var_40 = wp::vec_t<2, wp::int32>(var_37, var_39);
                }
                var_41 = wp::where(var_32, var_36, var_40);
            }
            var_42 = wp::where(var_25, var_30, var_41);
        }
        var_43 = wp::where(var_19, var_23, var_42);
        // n = c + off                                                                        <L 50>
        var_44 = wp::add(var_2, var_43);
        // if not in_bounds(n, dims):                                                         <L 51>
        var_45 = in_bounds_0(var_44, var_dims);
        var_46 = wp::unot(var_45);
        if (var_46) {
            // continue                                                                       <L 52>
            goto start_for_1;
        }
        // nd = dist[linear_index(n, dims)]                                                   <L 53>
        var_47 = linear_index_0(var_44, var_dims);
        var_48 = wp::address(var_dist, var_47);
        var_50 = wp::load(var_48);
        var_49 = wp::copy(var_50);
        // if nd >= 0 and (best < 0 or nd + 1 < best):                                        <L 54>
        var_52 = (var_49 >= var_51);
        var_54 = (var_10 < var_53);
        var_56 = wp::add(var_49, var_55);
        var_57 = (var_56 < var_10);
        var_58 = var_54 || var_57;
        var_59 = var_52 && var_58;
        if (var_59) {
            // best = nd + 1                                                                  <L 55>
            var_61 = wp::add(var_49, var_60);
        }
        var_62 = wp::where(var_59, var_61, var_10);
        wp::assign(var_10, var_62);
        goto start_for_1;
    end_for_1:;
    // if best != dist[idx]:                                                                  <L 56>
    var_63 = wp::address(var_dist, var_3);
    var_65 = wp::load(var_63);
    var_64 = (var_10 != var_65);
    if (var_64) {
        // dist[idx] = best                                                                   <L 57>
        wp::array_store(var_dist, var_3, var_10);
        // changed[0] = 1                                                                     <L 58>
        wp::array_store(var_changed, var_67, var_66);
    }
}



extern "C" {

// Python CPU entry points
WP_API void flood_step_1c5779cd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_flood_step_1c5779cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        flood_step_1c5779cd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_nearest_seed_ead1ef5a {
    wp::array_t<wp::vec_t<2, wp::int32>> seeds;
    wp::vec_t<2, wp::int32> dims;
    wp::array_t<wp::int32> label;
    wp::array_t<wp::int32> dist;
};


void nearest_seed_ead1ef5a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_nearest_seed_ead1ef5a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_seeds = _wp_args->seeds;
    wp::vec_t<2, wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::int32> var_label = _wp_args->label;
    wp::array_t<wp::int32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::int32> var_2;
    const wp::int32 var_3 = 1000000;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::int32>* var_14;
    wp::int32 var_15;
    wp::vec_t<2, wp::int32> var_16;
    bool var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    //---------
    // forward
    // def nearest_seed(seeds: wp.array(dtype=wp.vec2i), dims: wp.vec2i, label: wp.array2d(dtype=int), dist: wp.array2d(dtype=int)):       <L 62>
    // x, y = wp.tid()                                                                        <L 63>
    builtin_tid2d(var_0, var_1);
    // c = wp.vec2i(x, y)                                                                     <L 64>
    var_2 = wp::vec_t<2, wp::int32>(var_0, var_1);
    // best = int(1000000)                                                                    <L 65>
    var_4 = wp::int(var_3);
    // best_id = int(-1)                                                                      <L 66>
    var_7 = wp::int(var_6);
    // for s in range(seeds.shape[0]):                                                        <L 67>
    var_8 = &(var_seeds.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_12 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // d = manhattan(c, seeds[s])                                                         <L 68>
        var_14 = wp::address(var_seeds, var_13);
        var_16 = wp::load(var_14);
        var_15 = manhattan_0(var_2, var_16);
        // if d < best:                                                                       <L 69>
        var_17 = (var_15 < var_4);
        if (var_17) {
            // best = d                                                                       <L 70>
            var_18 = wp::copy(var_15);
            // best_id = s                                                                    <L 71>
            var_19 = wp::copy(var_13);
        }
        var_20 = wp::where(var_17, var_18, var_4);
        var_21 = wp::where(var_17, var_19, var_7);
        wp::assign(var_4, var_20);
        wp::assign(var_7, var_21);
        goto start_for_0;
    end_for_0:;
    // label[x, y] = best_id                                                                  <L 72>
    wp::array_store(var_label, var_0, var_1, var_7);
    // dist[x, y] = best                                                                      <L 73>
    wp::array_store(var_dist, var_0, var_1, var_4);
}



extern "C" {

// Python CPU entry points
WP_API void nearest_seed_ead1ef5a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_nearest_seed_ead1ef5a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        nearest_seed_ead1ef5a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_bounding_rects_a947ceea {
    wp::array_t<wp::vec_t<2, wp::int32>> coords;
    wp::array_t<wp::int32> labels;
    wp::array_t<wp::vec_t<2, wp::int32>> rect_min;
    wp::array_t<wp::vec_t<2, wp::int32>> rect_max;
};


void bounding_rects_a947ceea_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bounding_rects_a947ceea *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::array_t<wp::vec_t<2, wp::int32>> var_rect_min = _wp_args->rect_min;
    wp::array_t<wp::vec_t<2, wp::int32>> var_rect_max = _wp_args->rect_max;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::int32>* var_4;
    wp::vec_t<2, wp::int32> var_5;
    wp::vec_t<2, wp::int32> var_6;
    wp::vec_t<2, wp::int32> var_7;
    wp::vec_t<2, wp::int32> var_8;
    //---------
    // forward
    // def bounding_rects(coords: wp.array(dtype=wp.vec2i), labels: wp.array(dtype=int), rect_min: wp.array(dtype=wp.vec2i), rect_max: wp.array(dtype=wp.vec2i)):       <L 77>
    // i = wp.tid()                                                                           <L 78>
    var_0 = builtin_tid1d();
    // l = labels[i]                                                                          <L 79>
    var_1 = wp::address(var_labels, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = coords[i]                                                                          <L 80>
    var_4 = wp::address(var_coords, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_min(rect_min, l, c)                                                          <L 81>
    var_7 = wp::atomic_min(var_rect_min, var_2, var_5);
    // wp.atomic_max(rect_max, l, c)                                                          <L 82>
    var_8 = wp::atomic_max(var_rect_max, var_2, var_5);
}



extern "C" {

// Python CPU entry points
WP_API void bounding_rects_a947ceea_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_bounding_rects_a947ceea *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bounding_rects_a947ceea_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_trace_grid_paths_8df8faad {
    wp::array_t<wp::vec_t<2, wp::int32>> starts;
    wp::array_t<wp::vec_t<2, wp::int32>> goals;
    wp::vec_t<2, wp::int32> dims;
    wp::array_t<wp::float32> cost;
    wp::array_t<wp::uint8> blocked;
    wp::int32 max_steps;
    wp::array_t<wp::vec_t<2, wp::int32>> paths;
    wp::array_t<wp::int32> path_len;
    wp::array_t<wp::float32> path_cost;
    wp::array_t<wp::int32> reached;
};


void trace_grid_paths_8df8faad_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_trace_grid_paths_8df8faad *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_starts = _wp_args->starts;
    wp::array_t<wp::vec_t<2, wp::int32>> var_goals = _wp_args->goals;
    wp::vec_t<2, wp::int32> var_dims = _wp_args->dims;
    wp::array_t<wp::float32> var_cost = _wp_args->cost;
    wp::array_t<wp::uint8> var_blocked = _wp_args->blocked;
    wp::int32 var_max_steps = _wp_args->max_steps;
    wp::array_t<wp::vec_t<2, wp::int32>> var_paths = _wp_args->paths;
    wp::array_t<wp::int32> var_path_len = _wp_args->path_len;
    wp::array_t<wp::float32> var_path_cost = _wp_args->path_cost;
    wp::array_t<wp::int32> var_reached = _wp_args->reached;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    wp::vec_t<2, wp::int32>* var_4;
    wp::vec_t<2, wp::int32> var_5;
    wp::vec_t<2, wp::int32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    bool var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    bool var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::vec_t<2, wp::int32> var_31;
    const wp::float32 var_32 = 1e+30;
    wp::float32 var_33;
    const wp::int32 var_34 = -1;
    const wp::int32 var_35 = -1;
    const wp::int32 var_36 = 2;
    wp::range_t var_37;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    bool var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    bool var_43;
    wp::vec_t<2, wp::int32> var_44;
    wp::vec_t<2, wp::int32> var_45;
    bool var_46;
    bool var_47;
    wp::int32 var_48;
    wp::uint8* var_49;
    const wp::int32 var_50 = 0;
    wp::uint8 var_51;
    bool var_52;
    wp::uint8 var_53;
    const wp::float32 var_54 = 1.0;
    const wp::int32 var_55 = 0;
    bool var_56;
    const wp::int32 var_57 = 0;
    bool var_58;
    bool var_59;
    const wp::float32 var_60 = 1.41421356;
    wp::float32 var_61;
    wp::int32 var_62;
    wp::float32 var_63;
    wp::float32* var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    bool var_68;
    wp::float32 var_69;
    wp::vec_t<2, wp::int32> var_70;
    wp::vec_t<2, wp::int32> var_71;
    wp::float32 var_72;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = -1;
    const wp::int32 var_75 = 2;
    wp::range_t var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 0;
    bool var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    bool var_82;
    wp::vec_t<2, wp::int32> var_83;
    wp::vec_t<2, wp::int32> var_84;
    bool var_85;
    bool var_86;
    wp::vec_t<2, wp::int32> var_87;
    wp::int32 var_88;
    wp::uint8* var_89;
    const wp::int32 var_90 = 0;
    wp::uint8 var_91;
    bool var_92;
    wp::uint8 var_93;
    wp::vec_t<2, wp::int32> var_94;
    wp::int32 var_95;
    const wp::float32 var_96 = 1.0;
    const wp::int32 var_97 = 0;
    bool var_98;
    const wp::int32 var_99 = 0;
    bool var_100;
    bool var_101;
    const wp::float32 var_102 = 1.41421356;
    wp::float32 var_103;
    wp::int32 var_104;
    wp::float32 var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    bool var_110;
    wp::float32 var_111;
    wp::vec_t<2, wp::int32> var_112;
    wp::vec_t<2, wp::int32> var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    const wp::int32 var_116 = -1;
    const wp::int32 var_117 = 2;
    wp::range_t var_118;
    wp::int32 var_119;
    const wp::int32 var_120 = 0;
    bool var_121;
    const wp::int32 var_122 = 0;
    bool var_123;
    bool var_124;
    wp::vec_t<2, wp::int32> var_125;
    wp::vec_t<2, wp::int32> var_126;
    bool var_127;
    bool var_128;
    wp::vec_t<2, wp::int32> var_129;
    wp::int32 var_130;
    wp::uint8* var_131;
    const wp::int32 var_132 = 0;
    wp::uint8 var_133;
    bool var_134;
    wp::uint8 var_135;
    wp::vec_t<2, wp::int32> var_136;
    wp::int32 var_137;
    const wp::float32 var_138 = 1.0;
    const wp::int32 var_139 = 0;
    bool var_140;
    const wp::int32 var_141 = 0;
    bool var_142;
    bool var_143;
    const wp::float32 var_144 = 1.41421356;
    wp::float32 var_145;
    wp::int32 var_146;
    wp::float32 var_147;
    wp::float32* var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    bool var_152;
    wp::float32 var_153;
    wp::vec_t<2, wp::int32> var_154;
    wp::vec_t<2, wp::int32> var_155;
    wp::float32 var_156;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
    const wp::int32 var_159 = 0;
    wp::int32 var_160;
    bool var_161;
    const wp::int32 var_162 = 1;
    wp::int32 var_163;
    const wp::int32 var_164 = 1;
    wp::int32 var_165;
    bool var_166;
    bool var_167;
    wp::int32 var_168;
    wp::float32* var_169;
    wp::int32 var_170;
    wp::float32* var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::vec_t<2, wp::int32> var_174;
    const wp::int32 var_175 = 1;
    const wp::int32 var_176 = 1;
    wp::int32 var_177;
    const wp::int32 var_178 = 1;
    wp::int32 var_179;
    wp::int32 var_180;
    //---------
    // forward
    // def trace_grid_paths(                                                                  <L 86>
    // a = wp.tid()                                                                           <L 98>
    var_0 = builtin_tid1d();
    // cur = starts[a]                                                                        <L 99>
    var_1 = wp::address(var_starts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // goal = goals[a]                                                                        <L 100>
    var_4 = wp::address(var_goals, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // total = float(0.0)                                                                     <L 101>
    var_8 = wp::float(var_7);
    // steps = int(0)                                                                         <L 102>
    var_10 = wp::int(var_9);
    // capacity = paths.shape[1]                                                              <L 103>
    var_11 = &(var_paths.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // while steps < max_steps:                                                               <L 104>
    start_while_0:;
    var_15 = (var_10 < var_max_steps);
    if ((var_15) == false) goto end_while_0;
        // if steps < capacity:                                                               <L 105>
        var_16 = (var_10 < var_13);
        if (var_16) {
            // paths[a, steps] = cur                                                          <L 106>
            wp::array_store(var_paths, var_0, var_10, var_2);
        }
        // if cur[0] == goal[0] and cur[1] == goal[1]:                                        <L 107>
        var_18 = wp::extract(var_2, var_17);
        var_20 = wp::extract(var_5, var_19);
        var_21 = (var_18 == var_20);
        var_23 = wp::extract(var_2, var_22);
        var_25 = wp::extract(var_5, var_24);
        var_26 = (var_23 == var_25);
        var_27 = var_21 && var_26;
        if (var_27) {
            // wp.atomic_add(reached, 0, 1)                                                   <L 108>
            var_30 = wp::atomic_add(var_reached, var_28, var_29);
            // break                                                                          <L 109>
            goto end_while_0;
        }
        // best = cur                                                                         <L 111>
        var_31 = wp::copy(var_2);
        // best_score = float(1.0e30)                                                         <L 112>
        var_33 = wp::float(var_32);
        // for dy in range(-1, 2):                                                            <L 113>
        // for dx in range(-1, 2):                                                            <L 114>
        var_37 = wp::range(var_35, var_36);
        start_for_2:;
            if (iter_cmp(var_37) == 0) goto end_for_2;
            var_38 = wp::iter_next(var_37);
            // if dx == 0 and dy == 0:                                                        <L 115>
            var_40 = (var_38 == var_39);
            var_42 = (var_34 == var_41);
            var_43 = var_40 && var_42;
            if (var_43) {
                // continue                                                                   <L 116>
                goto start_for_2;
            }
            // n = cur + wp.vec2i(dx, dy)                                                     <L 117>
            var_44 = wp::vec_t<2, wp::int32>(var_38, var_34);
            var_45 = wp::add(var_2, var_44);
            // if not in_bounds(n, dims):                                                     <L 118>
            var_46 = in_bounds_0(var_45, var_dims);
            var_47 = wp::unot(var_46);
            if (var_47) {
                // continue                                                                   <L 119>
                goto start_for_2;
            }
            // idx = linear_index(n, dims)                                                    <L 120>
            var_48 = linear_index_0(var_45, var_dims);
            // if blocked[idx] != wp.uint8(0):                                                <L 121>
            var_49 = wp::address(var_blocked, var_48);
            var_51 = wp::uint8(var_50);
            var_53 = wp::load(var_49);
            var_52 = (var_53 != var_51);
            if (var_52) {
                // continue                                                                   <L 122>
                goto start_for_2;
            }
            // step_len = 1.0                                                                 <L 123>
            // if dx != 0 and dy != 0:                                                        <L 124>
            var_56 = (var_38 != var_55);
            var_58 = (var_34 != var_57);
            var_59 = var_56 && var_58;
            if (var_59) {
                // step_len = 1.41421356                                                      <L 125>
            }
            var_61 = wp::where(var_59, var_60, var_54);
            // h = float(manhattan(n, goal))                                                  <L 126>
            var_62 = manhattan_0(var_45, var_5);
            var_63 = wp::float(var_62);
            // score = cost[idx] * step_len + h                                               <L 127>
            var_64 = wp::address(var_cost, var_48);
            var_66 = wp::load(var_64);
            var_65 = wp::mul(var_66, var_61);
            var_67 = wp::add(var_65, var_63);
            // if score < best_score:                                                         <L 128>
            var_68 = (var_67 < var_33);
            if (var_68) {
                // best_score = score                                                         <L 129>
                var_69 = wp::copy(var_67);
                // best = n                                                                   <L 130>
                var_70 = wp::copy(var_45);
            }
            var_71 = wp::where(var_68, var_70, var_31);
            var_72 = wp::where(var_68, var_69, var_33);
            wp::assign(var_31, var_71);
            wp::assign(var_33, var_72);
            goto start_for_2;
        end_for_2:;
        // for dx in range(-1, 2):                                                            <L 114>
        var_76 = wp::range(var_74, var_75);
        start_for_4:;
            if (iter_cmp(var_76) == 0) goto end_for_4;
            var_77 = wp::iter_next(var_76);
            // if dx == 0 and dy == 0:                                                        <L 115>
            var_79 = (var_77 == var_78);
            var_81 = (var_73 == var_80);
            var_82 = var_79 && var_81;
            if (var_82) {
                // continue                                                                   <L 116>
                goto start_for_4;
            }
            // n = cur + wp.vec2i(dx, dy)                                                     <L 117>
            var_83 = wp::vec_t<2, wp::int32>(var_77, var_73);
            var_84 = wp::add(var_2, var_83);
            // if not in_bounds(n, dims):                                                     <L 118>
            var_85 = in_bounds_0(var_84, var_dims);
            var_86 = wp::unot(var_85);
            if (var_86) {
                // continue                                                                   <L 119>
                wp::assign(var_45, var_84);
                goto start_for_4;
            }
            var_87 = wp::where(var_86, var_45, var_84);
            // idx = linear_index(n, dims)                                                    <L 120>
            var_88 = linear_index_0(var_87, var_dims);
            // if blocked[idx] != wp.uint8(0):                                                <L 121>
            var_89 = wp::address(var_blocked, var_88);
            var_91 = wp::uint8(var_90);
            var_93 = wp::load(var_89);
            var_92 = (var_93 != var_91);
            if (var_92) {
                // continue                                                                   <L 122>
                wp::assign(var_45, var_87);
                wp::assign(var_48, var_88);
                goto start_for_4;
            }
            var_94 = wp::where(var_92, var_45, var_87);
            var_95 = wp::where(var_92, var_48, var_88);
            // step_len = 1.0                                                                 <L 123>
            // if dx != 0 and dy != 0:                                                        <L 124>
            var_98 = (var_77 != var_97);
            var_100 = (var_73 != var_99);
            var_101 = var_98 && var_100;
            if (var_101) {
                // step_len = 1.41421356                                                      <L 125>
            }
            var_103 = wp::where(var_101, var_102, var_96);
            // h = float(manhattan(n, goal))                                                  <L 126>
            var_104 = manhattan_0(var_94, var_5);
            var_105 = wp::float(var_104);
            // score = cost[idx] * step_len + h                                               <L 127>
            var_106 = wp::address(var_cost, var_95);
            var_108 = wp::load(var_106);
            var_107 = wp::mul(var_108, var_103);
            var_109 = wp::add(var_107, var_105);
            // if score < best_score:                                                         <L 128>
            var_110 = (var_109 < var_33);
            if (var_110) {
                // best_score = score                                                         <L 129>
                var_111 = wp::copy(var_109);
                // best = n                                                                   <L 130>
                var_112 = wp::copy(var_94);
            }
            var_113 = wp::where(var_110, var_112, var_31);
            var_114 = wp::where(var_110, var_111, var_33);
            wp::assign(var_31, var_113);
            wp::assign(var_33, var_114);
            wp::assign(var_45, var_94);
            wp::assign(var_48, var_95);
            wp::assign(var_61, var_103);
            wp::assign(var_63, var_105);
            wp::assign(var_67, var_109);
            goto start_for_4;
        end_for_4:;
        // for dx in range(-1, 2):                                                            <L 114>
        var_118 = wp::range(var_116, var_117);
        start_for_6:;
            if (iter_cmp(var_118) == 0) goto end_for_6;
            var_119 = wp::iter_next(var_118);
            // if dx == 0 and dy == 0:                                                        <L 115>
            var_121 = (var_119 == var_120);
            var_123 = (var_115 == var_122);
            var_124 = var_121 && var_123;
            if (var_124) {
                // continue                                                                   <L 116>
                goto start_for_6;
            }
            // n = cur + wp.vec2i(dx, dy)                                                     <L 117>
            var_125 = wp::vec_t<2, wp::int32>(var_119, var_115);
            var_126 = wp::add(var_2, var_125);
            // if not in_bounds(n, dims):                                                     <L 118>
            var_127 = in_bounds_0(var_126, var_dims);
            var_128 = wp::unot(var_127);
            if (var_128) {
                // continue                                                                   <L 119>
                wp::assign(var_45, var_126);
                goto start_for_6;
            }
            var_129 = wp::where(var_128, var_45, var_126);
            // idx = linear_index(n, dims)                                                    <L 120>
            var_130 = linear_index_0(var_129, var_dims);
            // if blocked[idx] != wp.uint8(0):                                                <L 121>
            var_131 = wp::address(var_blocked, var_130);
            var_133 = wp::uint8(var_132);
            var_135 = wp::load(var_131);
            var_134 = (var_135 != var_133);
            if (var_134) {
                // continue                                                                   <L 122>
                wp::assign(var_45, var_129);
                wp::assign(var_48, var_130);
                goto start_for_6;
            }
            var_136 = wp::where(var_134, var_45, var_129);
            var_137 = wp::where(var_134, var_48, var_130);
            // step_len = 1.0                                                                 <L 123>
            // if dx != 0 and dy != 0:                                                        <L 124>
            var_140 = (var_119 != var_139);
            var_142 = (var_115 != var_141);
            var_143 = var_140 && var_142;
            if (var_143) {
                // step_len = 1.41421356                                                      <L 125>
            }
            var_145 = wp::where(var_143, var_144, var_138);
            // h = float(manhattan(n, goal))                                                  <L 126>
            var_146 = manhattan_0(var_136, var_5);
            var_147 = wp::float(var_146);
            // score = cost[idx] * step_len + h                                               <L 127>
            var_148 = wp::address(var_cost, var_137);
            var_150 = wp::load(var_148);
            var_149 = wp::mul(var_150, var_145);
            var_151 = wp::add(var_149, var_147);
            // if score < best_score:                                                         <L 128>
            var_152 = (var_151 < var_33);
            if (var_152) {
                // best_score = score                                                         <L 129>
                var_153 = wp::copy(var_151);
                // best = n                                                                   <L 130>
                var_154 = wp::copy(var_136);
            }
            var_155 = wp::where(var_152, var_154, var_31);
            var_156 = wp::where(var_152, var_153, var_33);
            wp::assign(var_31, var_155);
            wp::assign(var_33, var_156);
            wp::assign(var_45, var_136);
            wp::assign(var_48, var_137);
            wp::assign(var_61, var_145);
            wp::assign(var_63, var_147);
            wp::assign(var_67, var_151);
            goto start_for_6;
        end_for_6:;
        // if best[0] == cur[0] and best[1] == cur[1]:                                        <L 131>
        var_158 = wp::extract(var_31, var_157);
        var_160 = wp::extract(var_2, var_159);
        var_161 = (var_158 == var_160);
        var_163 = wp::extract(var_31, var_162);
        var_165 = wp::extract(var_2, var_164);
        var_166 = (var_163 == var_165);
        var_167 = var_161 && var_166;
        if (var_167) {
            // break                                                                          <L 133>
            goto end_while_0;
        }
        // total += cost[linear_index(best, dims)]                                            <L 134>
        var_168 = linear_index_0(var_31, var_dims);
        var_169 = wp::address(var_cost, var_168);
        var_170 = linear_index_0(var_31, var_dims);
        var_171 = wp::address(var_cost, var_170);
        var_173 = wp::load(var_171);
        var_172 = wp::add(var_8, var_173);
        // cur = best                                                                         <L 135>
        var_174 = wp::copy(var_31);
        // steps += 1                                                                         <L 136>
        var_177 = wp::add(var_10, var_176);
        wp::assign(var_2, var_174);
        wp::assign(var_8, var_172);
        wp::assign(var_10, var_177);
    goto start_while_0;
    end_while_0:;
    // path_len[a] = wp.min(steps + 1, capacity)                                              <L 137>
    var_179 = wp::add(var_10, var_178);
    var_180 = wp::min(var_179, var_13);
    wp::array_store(var_path_len, var_0, var_180);
    // path_cost[a] = total                                                                   <L 138>
    wp::array_store(var_path_cost, var_0, var_8);
}



extern "C" {

// Python CPU entry points
WP_API void trace_grid_paths_8df8faad_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_trace_grid_paths_8df8faad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        trace_grid_paths_8df8faad_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

