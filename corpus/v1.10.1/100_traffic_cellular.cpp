
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


// corpus/100_traffic_cellular.py:8
static wp::int32 gap_ahead_0(
    wp::array_t<wp::int32> var_road,
    wp::int32 var_lane,
    wp::int32 var_pos,
    wp::int32 var_max_look)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // forward
    // def gap_ahead(road: wp.array2d(dtype=int), lane: int, pos: int, max_look: int) -> int:       <L 9>
    // n = road.shape[1]                                                                      <L 10>
    var_0 = &(var_road.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // g = int(0)                                                                             <L 11>
    var_5 = wp::int(var_4);
    // for k in range(1, max_look + 1):                                                       <L 12>
    var_7 = wp::add(var_max_look, var_6);
    var_9 = wp::range(var_8, var_7);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // if road[lane, (pos + k) % n] >= 0:                                                 <L 13>
        var_11 = wp::add(var_pos, var_10);
        var_12 = wp::mod(var_11, var_2);
        var_13 = wp::address(var_road, var_lane, var_12);
        var_16 = wp::load(var_13);
        var_15 = (var_16 >= var_14);
        if (var_15) {
            // return g                                                                       <L 14>
            return var_5;
        }
        // g += 1                                                                             <L 15>
        var_19 = wp::add(var_5, var_18);
        wp::assign(var_5, var_19);
        goto start_for_0;
    end_for_0:;
    // return g                                                                               <L 16>
    return var_5;
}


// corpus/100_traffic_cellular.py:8
static void adj_gap_ahead_0(
    wp::array_t<wp::int32> var_road,
    wp::int32 var_lane,
    wp::int32 var_pos,
    wp::int32 var_max_look,
    wp::array_t<wp::int32> & adj_road,
    wp::int32 & adj_lane,
    wp::int32 & adj_pos,
    wp::int32 & adj_max_look,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_nagel_schreckenberg_0ebe34fb {
    wp::array_t<wp::int32> road;
    wp::array_t<wp::int32> next_road;
    wp::int32 seed;
    wp::int32 step;
    wp::float32 p_slow;
    wp::array_t<wp::int32> flow;
};


void nagel_schreckenberg_0ebe34fb_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_nagel_schreckenberg_0ebe34fb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_road = _wp_args->road;
    wp::array_t<wp::int32> var_next_road = _wp_args->next_road;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_step = _wp_args->step;
    wp::float32 var_p_slow = _wp_args->p_slow;
    wp::array_t<wp::int32> var_flow = _wp_args->flow;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::uint32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 5;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    wp::float32 var_28;
    bool var_29;
    bool var_30;
    const wp::int32 var_31 = 1;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    //---------
    // forward
    // def nagel_schreckenberg(road: wp.array2d(dtype=int), next_road: wp.array2d(dtype=int), seed: int, step: int, p_slow: float, flow: wp.array(dtype=int)):       <L 20>
    // lane, pos = wp.tid()                                                                   <L 21>
    builtin_tid2d(var_0, var_1);
    // v = road[lane, pos]                                                                    <L 22>
    var_2 = wp::address(var_road, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if v < 0:                                                                              <L 23>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 24>
        return;
    }
    // n = road.shape[1]                                                                      <L 25>
    var_7 = &(var_road.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // state = wp.rand_init(seed, (step * road.shape[0] + lane) * n + pos)                    <L 26>
    var_11 = &(var_road.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::mul(var_step, var_13);
    var_16 = wp::add(var_15, var_0);
    var_17 = wp::mul(var_16, var_9);
    var_18 = wp::add(var_17, var_1);
    var_19 = wp::rand_init(var_seed, var_18);
    // v = wp.min(v + 1, VMAX)                                                                <L 28>
    var_21 = wp::add(var_3, var_20);
    var_23 = wp::min(var_21, var_22);
    // g = gap_ahead(road, lane, pos, VMAX)                                                   <L 30>
    var_24 = gap_ahead_0(var_road, var_0, var_1, var_22);
    // v = wp.min(v, g)                                                                       <L 31>
    var_25 = wp::min(var_23, var_24);
    // if v > 0 and wp.randf(state) < p_slow:                                                 <L 33>
    var_27 = (var_25 > var_26);
    var_28 = wp::randf(var_19);
    var_29 = (var_28 < var_p_slow);
    var_30 = var_27 && var_29;
    if (var_30) {
        // v -= 1                                                                             <L 34>
        var_33 = wp::sub(var_25, var_32);
    }
    var_34 = wp::where(var_30, var_33, var_25);
    // new_pos = pos + v                                                                      <L 35>
    var_35 = wp::add(var_1, var_34);
    // if new_pos >= n:                                                                       <L 36>
    var_36 = (var_35 >= var_9);
    if (var_36) {
        // wp.atomic_add(flow, lane, 1)                                                       <L 37>
        var_38 = wp::atomic_add(var_flow, var_0, var_37);
    }
    // next_road[lane, new_pos % n] = v                                                       <L 38>
    var_39 = wp::mod(var_35, var_9);
    wp::array_store(var_next_road, var_0, var_39, var_34);
}



extern "C" {

// Python CPU entry points
WP_API void nagel_schreckenberg_0ebe34fb_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_nagel_schreckenberg_0ebe34fb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        nagel_schreckenberg_0ebe34fb_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_lane_change_663172e5 {
    wp::array_t<wp::int32> road;
    wp::array_t<wp::int32> next_road;
    wp::int32 seed;
    wp::float32 p_change;
};


void lane_change_663172e5_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_lane_change_663172e5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_road = _wp_args->road;
    wp::array_t<wp::int32> var_next_road = _wp_args->next_road;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_p_change = _wp_args->p_change;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::uint32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 5;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    const wp::int32 var_24 = 2;
    wp::range_t var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 2;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    bool var_34;
    bool var_35;
    wp::int32* var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    bool var_41;
    wp::float32 var_42;
    bool var_43;
    bool var_44;
    wp::int32 var_45;
    //---------
    // forward
    // def lane_change(road: wp.array2d(dtype=int), next_road: wp.array2d(dtype=int), seed: int, p_change: float):       <L 42>
    // lane, pos = wp.tid()                                                                   <L 43>
    builtin_tid2d(var_0, var_1);
    // v = road[lane, pos]                                                                    <L 44>
    var_2 = wp::address(var_road, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if v < 0:                                                                              <L 45>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 46>
        return;
    }
    // num_lanes = road.shape[0]                                                              <L 47>
    var_7 = &(var_road.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // state = wp.rand_init(seed, lane * road.shape[1] + pos)                                 <L 48>
    var_11 = &(var_road.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::mul(var_0, var_13);
    var_16 = wp::add(var_15, var_1);
    var_17 = wp::rand_init(var_seed, var_16);
    // target = lane                                                                          <L 49>
    var_18 = wp::copy(var_0);
    // if gap_ahead(road, lane, pos, VMAX) < v + 1:                                           <L 50>
    var_20 = gap_ahead_0(var_road, var_0, var_1, var_19);
    var_22 = wp::add(var_3, var_21);
    var_23 = (var_20 < var_22);
    if (var_23) {
        // for side in range(2):                                                              <L 51>
        var_25 = wp::range(var_24);
        start_for_1:;
            if (iter_cmp(var_25) == 0) goto end_for_1;
            var_26 = wp::iter_next(var_25);
            // other = lane - 1 + side * 2                                                    <L 52>
            var_28 = wp::sub(var_0, var_27);
            var_30 = wp::mul(var_26, var_29);
            var_31 = wp::add(var_28, var_30);
            // if other < 0 or other >= num_lanes:                                            <L 53>
            var_33 = (var_31 < var_32);
            var_34 = (var_31 >= var_9);
            var_35 = var_33 || var_34;
            if (var_35) {
                // continue                                                                   <L 54>
                goto start_for_1;
            }
            // if road[other, pos] >= 0:                                                      <L 55>
            var_36 = wp::address(var_road, var_31, var_1);
            var_39 = wp::load(var_36);
            var_38 = (var_39 >= var_37);
            if (var_38) {
                // continue                                                                   <L 56>
                goto start_for_1;
            }
            // if gap_ahead(road, other, pos, VMAX) > v and wp.randf(state) < p_change:       <L 57>
            var_40 = gap_ahead_0(var_road, var_31, var_1, var_19);
            var_41 = (var_40 > var_3);
            var_42 = wp::randf(var_17);
            var_43 = (var_42 < var_p_change);
            var_44 = var_41 && var_43;
            if (var_44) {
                // target = other                                                             <L 58>
                var_45 = wp::copy(var_31);
                // break                                                                      <L 59>
                wp::assign(var_18, var_45);
                goto end_for_1;
            }
            goto start_for_1;
        end_for_1:;
    }
    // next_road[target, pos] = v                                                             <L 60>
    wp::array_store(var_next_road, var_18, var_1, var_3);
}



extern "C" {

// Python CPU entry points
WP_API void lane_change_663172e5_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_lane_change_663172e5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        lane_change_663172e5_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_clear_road_a5a35ecc {
    wp::array_t<wp::int32> road;
};


void clear_road_a5a35ecc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clear_road_a5a35ecc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_road = _wp_args->road;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    const wp::int32 var_3 = -1;
    //---------
    // forward
    // def clear_road(road: wp.array2d(dtype=int)):                                           <L 64>
    // lane, pos = wp.tid()                                                                   <L 65>
    builtin_tid2d(var_0, var_1);
    // road[lane, pos] = -1                                                                   <L 66>
    wp::array_store(var_road, var_0, var_1, var_3);
}



extern "C" {

// Python CPU entry points
WP_API void clear_road_a5a35ecc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_clear_road_a5a35ecc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_road_a5a35ecc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_density_speed_170aefef {
    wp::array_t<wp::int32> road;
    wp::array_t<wp::int32> cars;
    wp::array_t<wp::int32> speed_sum;
    wp::array_t<wp::int32> stopped;
};


void density_speed_170aefef_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_density_speed_170aefef *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_road = _wp_args->road;
    wp::array_t<wp::int32> var_cars = _wp_args->cars;
    wp::array_t<wp::int32> var_speed_sum = _wp_args->speed_sum;
    wp::array_t<wp::int32> var_stopped = _wp_args->stopped;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // forward
    // def density_speed(road: wp.array2d(dtype=int), cars: wp.array(dtype=int), speed_sum: wp.array(dtype=int), stopped: wp.array(dtype=int)):       <L 70>
    // lane, pos = wp.tid()                                                                   <L 71>
    builtin_tid2d(var_0, var_1);
    // v = road[lane, pos]                                                                    <L 72>
    var_2 = wp::address(var_road, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if v >= 0:                                                                             <L 73>
    var_6 = (var_3 >= var_5);
    if (var_6) {
        // wp.atomic_add(cars, lane, 1)                                                       <L 74>
        var_8 = wp::atomic_add(var_cars, var_0, var_7);
        // wp.atomic_add(speed_sum, lane, v)                                                  <L 75>
        var_9 = wp::atomic_add(var_speed_sum, var_0, var_3);
        // if v == 0:                                                                         <L 76>
        var_11 = (var_3 == var_10);
        if (var_11) {
            // wp.atomic_add(stopped, 0, 1)                                                   <L 77>
            var_14 = wp::atomic_add(var_stopped, var_12, var_13);
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void density_speed_170aefef_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_density_speed_170aefef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        density_speed_170aefef_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

