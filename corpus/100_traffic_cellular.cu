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


// corpus/100_traffic_cellular.py:8
static CUDA_CALLABLE wp::int32 gap_ahead_0(
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
    wp::int32 var_18;
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
        var_18 = wp::add(var_5, var_17);
        wp::assign(var_5, var_18);
        goto start_for_0;
    end_for_0:;
    // return g                                                                               <L 16>
    return var_5;
}


// corpus/100_traffic_cellular.py:8
static CUDA_CALLABLE void adj_gap_ahead_0(
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



extern "C" __global__ void nagel_schreckenberg_0ebe34fb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_road,
    wp::array_t<wp::int32> var_next_road,
    wp::int32 var_seed,
    wp::int32 var_step,
    wp::float32 var_p_slow,
    wp::array_t<wp::int32> var_flow)
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
        bool var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
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
            continue;
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
        var_28 = (var_25 > var_27);
        var_26 = var_28;
        if (var_26) {
            var_29 = wp::randf(var_19);
            var_30 = (var_29 < var_p_slow);
            var_26 = var_26 && var_30;
        }
        if (var_26) {
            // v -= 1                                                                             <L 34>
            var_32 = wp::sub(var_25, var_31);
        }
        var_33 = wp::where(var_26, var_32, var_25);
        // new_pos = pos + v                                                                      <L 35>
        var_34 = wp::add(var_1, var_33);
        // if new_pos >= n:                                                                       <L 36>
        var_35 = (var_34 >= var_9);
        if (var_35) {
            // wp.atomic_add(flow, lane, 1)                                                       <L 37>
            var_37 = wp::atomic_add(var_flow, var_0, var_36);
        }
        // next_road[lane, new_pos % n] = v                                                       <L 38>
        var_38 = wp::mod(var_34, var_9);
        wp::array_store(var_next_road, var_0, var_38, var_33);
    }
}



extern "C" __global__ void lane_change_663172e5_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_road,
    wp::array_t<wp::int32> var_next_road,
    wp::int32 var_seed,
    wp::float32 var_p_change)
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
        bool var_32;
        const wp::int32 var_33 = 0;
        bool var_34;
        bool var_35;
        wp::int32* var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::int32 var_39;
        bool var_40;
        wp::int32 var_41;
        bool var_42;
        wp::float32 var_43;
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
            continue;
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
                var_34 = (var_31 < var_33);
                var_32 = var_34;
                if (!var_32) {
                    var_35 = (var_31 >= var_9);
                    var_32 = var_32 || var_35;
                }
                if (var_32) {
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
                var_41 = gap_ahead_0(var_road, var_31, var_1, var_19);
                var_42 = (var_41 > var_3);
                var_40 = var_42;
                if (var_40) {
                    var_43 = wp::randf(var_17);
                    var_44 = (var_43 < var_p_change);
                    var_40 = var_40 && var_44;
                }
                if (var_40) {
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
}



extern "C" __global__ void clear_road_a5a35ecc_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_road)
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
        const wp::int32 var_2 = -1;
        //---------
        // forward
        // def clear_road(road: wp.array2d(dtype=int)):                                           <L 64>
        // lane, pos = wp.tid()                                                                   <L 65>
        builtin_tid2d(var_0, var_1);
        // road[lane, pos] = -1                                                                   <L 66>
        wp::array_store(var_road, var_0, var_1, var_2);
    }
}



extern "C" __global__ void density_speed_170aefef_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_road,
    wp::array_t<wp::int32> var_cars,
    wp::array_t<wp::int32> var_speed_sum,
    wp::array_t<wp::int32> var_stopped)
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
}

