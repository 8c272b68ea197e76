
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


// corpus/202_spacetime_4d_volumes.py:4
static wp::int32 idx4_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def idx4_clamp(i: int, n: int) -> int:                                                 <L 5>
    // return wp.clamp(i, 0, n - 1)                                                           <L 6>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    return var_3;
}


// corpus/202_spacetime_4d_volumes.py:4
static void adj_idx4_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def idx4_clamp(i: int, n: int) -> int:                                                 <L 5>
    // return wp.clamp(i, 0, n - 1)                                                           <L 6>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_clamp(var_i, var_0, var_2, adj_i, adj_0, adj_2, adj_3);
    wp::adj_sub(var_n, var_1, adj_n, adj_1, adj_2);
    // adj: return wp.clamp(i, 0, n - 1)                                                      <L 6>
    // adj: def idx4_clamp(i: int, n: int) -> int:                                            <L 5>
    return;
}

struct wp_args_temporal_smooth_6c4e33e9 {
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::vec_t<3, wp::float32>> dst;
    wp::float32 alpha;
};


void temporal_smooth_6c4e33e9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_temporal_smooth_6c4e33e9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::float32 var_alpha = _wp_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):       <L 10>
    // t, x, y, z = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // nt = src.shape[0]                                                                      <L 12>
    var_4 = &(var_src.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // prev = src[idx4_clamp(t - 1, nt), x, y, z]                                             <L 13>
    var_9 = wp::sub(var_0, var_8);
    var_10 = idx4_clamp_0(var_9, var_6);
    var_11 = wp::address(var_src, var_10, var_1, var_2, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                              <L 14>
    var_15 = wp::add(var_0, var_14);
    var_16 = idx4_clamp_0(var_15, var_6);
    var_17 = wp::address(var_src, var_16, var_1, var_2, var_3);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)       <L 15>
    var_20 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_22 = wp::sub(var_21, var_alpha);
    var_24 = wp::load(var_20);
    var_23 = wp::mul(var_24, var_22);
    var_25 = wp::add(var_12, var_18);
    var_27 = wp::mul(var_26, var_alpha);
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_23, var_28);
    wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_29);
}



void temporal_smooth_6c4e33e9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_temporal_smooth_6c4e33e9 *_wp_args,
    wp_args_temporal_smooth_6c4e33e9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst = _wp_adj_args->dst;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):       <L 10>
    // t, x, y, z = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // nt = src.shape[0]                                                                      <L 12>
    var_4 = &(var_src.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // prev = src[idx4_clamp(t - 1, nt), x, y, z]                                             <L 13>
    var_9 = wp::sub(var_0, var_8);
    var_10 = idx4_clamp_0(var_9, var_6);
    var_11 = wp::address(var_src, var_10, var_1, var_2, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                              <L 14>
    var_15 = wp::add(var_0, var_14);
    var_16 = idx4_clamp_0(var_15, var_6);
    var_17 = wp::address(var_src, var_16, var_1, var_2, var_3);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)       <L 15>
    var_20 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_22 = wp::sub(var_21, var_alpha);
    var_24 = wp::load(var_20);
    var_23 = wp::mul(var_24, var_22);
    var_25 = wp::add(var_12, var_18);
    var_27 = wp::mul(var_26, var_alpha);
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_23, var_28);
    // wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_2, var_3, var_29, adj_dst, adj_0, adj_1, adj_2, adj_3, adj_29);
    wp::adj_add(var_23, var_28, adj_23, adj_28, adj_29);
    wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_mul(var_26, var_alpha, adj_26, adj_alpha, adj_27);
    wp::adj_add(var_12, var_18, adj_12, adj_18, adj_25);
    wp::adj_mul(var_24, var_22, adj_20, adj_22, adj_23);
    wp::adj_sub(var_21, var_alpha, adj_21, adj_alpha, adj_22);
    wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_20);
    // adj: dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)  <L 15>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_src, var_16, var_1, var_2, var_3, adj_src, adj_16, adj_1, adj_2, adj_3, adj_17);
    adj_idx4_clamp_0(var_15, var_6, adj_15, adj_6, adj_16);
    wp::adj_add(var_0, var_14, adj_0, adj_14, adj_15);
    // adj: nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                         <L 14>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_src, var_10, var_1, var_2, var_3, adj_src, adj_10, adj_1, adj_2, adj_3, adj_11);
    adj_idx4_clamp_0(var_9, var_6, adj_9, adj_6, adj_10);
    wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
    // adj: prev = src[idx4_clamp(t - 1, nt), x, y, z]                                        <L 13>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_src.shape = adj_4;
    // adj: nt = src.shape[0]                                                                 <L 12>
    // adj: t, x, y, z = wp.tid()                                                             <L 11>
    // adj: def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):  <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void temporal_smooth_6c4e33e9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_temporal_smooth_6c4e33e9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        temporal_smooth_6c4e33e9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void temporal_smooth_6c4e33e9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_temporal_smooth_6c4e33e9 *_wp_args,
    wp_args_temporal_smooth_6c4e33e9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        temporal_smooth_6c4e33e9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_frame_difference_377842cc {
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::float32> motion;
    wp::array_t<wp::float32> energy;
};


void frame_difference_377842cc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_frame_difference_377842cc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_motion = _wp_args->motion;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):       <L 19>
    // t, x, y, z = wp.tid()                                                                  <L 20>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // if t == 0:                                                                             <L 21>
    var_5 = (var_0 == var_4);
    if (var_5) {
        // motion[t, x, y, z] = 0.0                                                           <L 22>
        wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_6);
        // return                                                                             <L 23>
        return;
    }
    // d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                                   <L 24>
    var_7 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_src, var_9, var_1, var_2, var_3);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::length(var_11);
    // motion[t, x, y, z] = d                                                                 <L 25>
    wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_14);
    // wp.atomic_add(energy, t, d * d)                                                        <L 26>
    var_15 = wp::mul(var_14, var_14);
    var_16 = wp::atomic_add(var_energy, var_0, var_15);
}



void frame_difference_377842cc_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_frame_difference_377842cc *_wp_args,
    wp_args_frame_difference_377842cc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_motion = _wp_args->motion;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_motion = _wp_adj_args->motion;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):       <L 19>
    // t, x, y, z = wp.tid()                                                                  <L 20>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // if t == 0:                                                                             <L 21>
    var_5 = (var_0 == var_4);
    if (var_5) {
        // motion[t, x, y, z] = 0.0                                                           <L 22>
        // wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_6);
        // return                                                                             <L 23>
        goto label0;
    }
    // d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                                   <L 24>
    var_7 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_src, var_9, var_1, var_2, var_3);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::length(var_11);
    // motion[t, x, y, z] = d                                                                 <L 25>
    // wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_14);
    // wp.atomic_add(energy, t, d * d)                                                        <L 26>
    var_15 = wp::mul(var_14, var_14);
    // var_16 = wp::atomic_add(var_energy, var_0, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_0, var_15, adj_energy, adj_0, adj_15, adj_16);
    wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_15);
    // adj: wp.atomic_add(energy, t, d * d)                                                   <L 26>
    wp::adj_array_store(var_motion, var_0, var_1, var_2, var_3, var_14, adj_motion, adj_0, adj_1, adj_2, adj_3, adj_14);
    // adj: motion[t, x, y, z] = d                                                            <L 25>
    wp::adj_length(var_11, var_14, adj_11, adj_14);
    wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
    wp::adj_address(var_src, var_9, var_1, var_2, var_3, adj_src, adj_9, adj_1, adj_2, adj_3, adj_10);
    wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                              <L 24>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 23>
        wp::adj_array_store(var_motion, var_0, var_1, var_2, var_3, var_6, adj_motion, adj_0, adj_1, adj_2, adj_3, adj_6);
        // adj: motion[t, x, y, z] = 0.0                                                      <L 22>
    }
    // adj: if t == 0:                                                                        <L 21>
    // adj: t, x, y, z = wp.tid()                                                             <L 20>
    // adj: def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void frame_difference_377842cc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_frame_difference_377842cc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        frame_difference_377842cc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void frame_difference_377842cc_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_frame_difference_377842cc *_wp_args,
    wp_args_frame_difference_377842cc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        frame_difference_377842cc_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_downsample_space_3d9aa711 {
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::vec_t<3, wp::float32>> dst;
};


void downsample_space_3d9aa711_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_downsample_space_3d9aa711 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 2;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    wp::vec_t<3, wp::float32>* var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 2;
    wp::int32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 2;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32>* var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 2;
    wp::int32 var_69;
    wp::int32 var_70;
    const wp::int32 var_71 = 2;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::vec_t<3, wp::float32>* var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    const wp::int32 var_77 = 1;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::int32 var_80;
    const wp::int32 var_81 = 2;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 2;
    wp::int32 var_85;
    wp::int32 var_86;
    wp::vec_t<3, wp::float32>* var_87;
    const wp::int32 var_88 = 2;
    wp::int32 var_89;
    wp::int32 var_90;
    const wp::int32 var_91 = 2;
    wp::int32 var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 2;
    wp::int32 var_95;
    wp::int32 var_96;
    wp::vec_t<3, wp::float32>* var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::vec_t<3, wp::float32> var_99;
    const wp::int32 var_100 = 1;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 2;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 2;
    wp::int32 var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 2;
    wp::int32 var_110;
    wp::int32 var_111;
    wp::vec_t<3, wp::float32>* var_112;
    const wp::int32 var_113 = 2;
    wp::int32 var_114;
    wp::int32 var_115;
    const wp::int32 var_116 = 2;
    wp::int32 var_117;
    wp::int32 var_118;
    const wp::int32 var_119 = 2;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::vec_t<3, wp::float32>* var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    const wp::int32 var_125 = 1;
    const wp::int32 var_126 = 2;
    wp::int32 var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 2;
    wp::int32 var_130;
    wp::int32 var_131;
    const wp::int32 var_132 = 2;
    wp::int32 var_133;
    wp::int32 var_134;
    wp::vec_t<3, wp::float32>* var_135;
    const wp::int32 var_136 = 2;
    wp::int32 var_137;
    wp::int32 var_138;
    const wp::int32 var_139 = 2;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    wp::int32 var_144;
    wp::vec_t<3, wp::float32>* var_145;
    wp::vec_t<3, wp::float32> var_146;
    wp::vec_t<3, wp::float32> var_147;
    const wp::int32 var_148 = 1;
    const wp::int32 var_149 = 0;
    const wp::int32 var_150 = 2;
    wp::int32 var_151;
    wp::int32 var_152;
    const wp::int32 var_153 = 2;
    wp::int32 var_154;
    wp::int32 var_155;
    const wp::int32 var_156 = 2;
    wp::int32 var_157;
    wp::int32 var_158;
    wp::vec_t<3, wp::float32>* var_159;
    const wp::int32 var_160 = 2;
    wp::int32 var_161;
    wp::int32 var_162;
    const wp::int32 var_163 = 2;
    wp::int32 var_164;
    wp::int32 var_165;
    const wp::int32 var_166 = 2;
    wp::int32 var_167;
    wp::int32 var_168;
    wp::vec_t<3, wp::float32>* var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const wp::int32 var_172 = 1;
    const wp::int32 var_173 = 2;
    wp::int32 var_174;
    wp::int32 var_175;
    const wp::int32 var_176 = 2;
    wp::int32 var_177;
    wp::int32 var_178;
    const wp::int32 var_179 = 2;
    wp::int32 var_180;
    wp::int32 var_181;
    wp::vec_t<3, wp::float32>* var_182;
    const wp::int32 var_183 = 2;
    wp::int32 var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 2;
    wp::int32 var_187;
    wp::int32 var_188;
    const wp::int32 var_189 = 2;
    wp::int32 var_190;
    wp::int32 var_191;
    wp::vec_t<3, wp::float32>* var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::vec_t<3, wp::float32> var_194;
    const wp::float32 var_195 = 0.125;
    wp::vec_t<3, wp::float32> var_196;
    //---------
    // forward
    // def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):       <L 30>
    // t, x, y, z = wp.tid()                                                                  <L 31>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // acc = wp.vec3()                                                                        <L 32>
    var_4 = wp::vec_t<3, wp::float32>();
    // for dx in range(2):                                                                    <L 33>
    // for dy in range(2):                                                                    <L 34>
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_9 = wp::mul(var_8, var_1);
    var_10 = wp::add(var_9, var_5);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::add(var_12, var_6);
    var_15 = wp::mul(var_14, var_3);
    var_16 = wp::add(var_15, var_7);
    var_17 = wp::address(var_src, var_0, var_10, var_13, var_16);
    var_19 = wp::mul(var_18, var_1);
    var_20 = wp::add(var_19, var_5);
    var_22 = wp::mul(var_21, var_2);
    var_23 = wp::add(var_22, var_6);
    var_25 = wp::mul(var_24, var_3);
    var_26 = wp::add(var_25, var_7);
    var_27 = wp::address(var_src, var_0, var_20, var_23, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::add(var_4, var_29);
    var_32 = wp::mul(var_31, var_1);
    var_33 = wp::add(var_32, var_5);
    var_35 = wp::mul(var_34, var_2);
    var_36 = wp::add(var_35, var_6);
    var_38 = wp::mul(var_37, var_3);
    var_39 = wp::add(var_38, var_30);
    var_40 = wp::address(var_src, var_0, var_33, var_36, var_39);
    var_42 = wp::mul(var_41, var_1);
    var_43 = wp::add(var_42, var_5);
    var_45 = wp::mul(var_44, var_2);
    var_46 = wp::add(var_45, var_6);
    var_48 = wp::mul(var_47, var_3);
    var_49 = wp::add(var_48, var_30);
    var_50 = wp::address(var_src, var_0, var_43, var_46, var_49);
    var_52 = wp::load(var_50);
    var_51 = wp::add(var_28, var_52);
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_56 = wp::mul(var_55, var_1);
    var_57 = wp::add(var_56, var_5);
    var_59 = wp::mul(var_58, var_2);
    var_60 = wp::add(var_59, var_53);
    var_62 = wp::mul(var_61, var_3);
    var_63 = wp::add(var_62, var_54);
    var_64 = wp::address(var_src, var_0, var_57, var_60, var_63);
    var_66 = wp::mul(var_65, var_1);
    var_67 = wp::add(var_66, var_5);
    var_69 = wp::mul(var_68, var_2);
    var_70 = wp::add(var_69, var_53);
    var_72 = wp::mul(var_71, var_3);
    var_73 = wp::add(var_72, var_54);
    var_74 = wp::address(var_src, var_0, var_67, var_70, var_73);
    var_76 = wp::load(var_74);
    var_75 = wp::add(var_51, var_76);
    var_79 = wp::mul(var_78, var_1);
    var_80 = wp::add(var_79, var_5);
    var_82 = wp::mul(var_81, var_2);
    var_83 = wp::add(var_82, var_53);
    var_85 = wp::mul(var_84, var_3);
    var_86 = wp::add(var_85, var_77);
    var_87 = wp::address(var_src, var_0, var_80, var_83, var_86);
    var_89 = wp::mul(var_88, var_1);
    var_90 = wp::add(var_89, var_5);
    var_92 = wp::mul(var_91, var_2);
    var_93 = wp::add(var_92, var_53);
    var_95 = wp::mul(var_94, var_3);
    var_96 = wp::add(var_95, var_77);
    var_97 = wp::address(var_src, var_0, var_90, var_93, var_96);
    var_99 = wp::load(var_97);
    var_98 = wp::add(var_75, var_99);
    // for dy in range(2):                                                                    <L 34>
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_104 = wp::mul(var_103, var_1);
    var_105 = wp::add(var_104, var_100);
    var_107 = wp::mul(var_106, var_2);
    var_108 = wp::add(var_107, var_101);
    var_110 = wp::mul(var_109, var_3);
    var_111 = wp::add(var_110, var_102);
    var_112 = wp::address(var_src, var_0, var_105, var_108, var_111);
    var_114 = wp::mul(var_113, var_1);
    var_115 = wp::add(var_114, var_100);
    var_117 = wp::mul(var_116, var_2);
    var_118 = wp::add(var_117, var_101);
    var_120 = wp::mul(var_119, var_3);
    var_121 = wp::add(var_120, var_102);
    var_122 = wp::address(var_src, var_0, var_115, var_118, var_121);
    var_124 = wp::load(var_122);
    var_123 = wp::add(var_98, var_124);
    var_127 = wp::mul(var_126, var_1);
    var_128 = wp::add(var_127, var_100);
    var_130 = wp::mul(var_129, var_2);
    var_131 = wp::add(var_130, var_101);
    var_133 = wp::mul(var_132, var_3);
    var_134 = wp::add(var_133, var_125);
    var_135 = wp::address(var_src, var_0, var_128, var_131, var_134);
    var_137 = wp::mul(var_136, var_1);
    var_138 = wp::add(var_137, var_100);
    var_140 = wp::mul(var_139, var_2);
    var_141 = wp::add(var_140, var_101);
    var_143 = wp::mul(var_142, var_3);
    var_144 = wp::add(var_143, var_125);
    var_145 = wp::address(var_src, var_0, var_138, var_141, var_144);
    var_147 = wp::load(var_145);
    var_146 = wp::add(var_123, var_147);
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_151 = wp::mul(var_150, var_1);
    var_152 = wp::add(var_151, var_100);
    var_154 = wp::mul(var_153, var_2);
    var_155 = wp::add(var_154, var_148);
    var_157 = wp::mul(var_156, var_3);
    var_158 = wp::add(var_157, var_149);
    var_159 = wp::address(var_src, var_0, var_152, var_155, var_158);
    var_161 = wp::mul(var_160, var_1);
    var_162 = wp::add(var_161, var_100);
    var_164 = wp::mul(var_163, var_2);
    var_165 = wp::add(var_164, var_148);
    var_167 = wp::mul(var_166, var_3);
    var_168 = wp::add(var_167, var_149);
    var_169 = wp::address(var_src, var_0, var_162, var_165, var_168);
    var_171 = wp::load(var_169);
    var_170 = wp::add(var_146, var_171);
    var_174 = wp::mul(var_173, var_1);
    var_175 = wp::add(var_174, var_100);
    var_177 = wp::mul(var_176, var_2);
    var_178 = wp::add(var_177, var_148);
    var_180 = wp::mul(var_179, var_3);
    var_181 = wp::add(var_180, var_172);
    var_182 = wp::address(var_src, var_0, var_175, var_178, var_181);
    var_184 = wp::mul(var_183, var_1);
    var_185 = wp::add(var_184, var_100);
    var_187 = wp::mul(var_186, var_2);
    var_188 = wp::add(var_187, var_148);
    var_190 = wp::mul(var_189, var_3);
    var_191 = wp::add(var_190, var_172);
    var_192 = wp::address(var_src, var_0, var_185, var_188, var_191);
    var_194 = wp::load(var_192);
    var_193 = wp::add(var_170, var_194);
    // dst[t, x, y, z] = acc * 0.125                                                          <L 37>
    var_196 = wp::mul(var_193, var_195);
    wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_196);
}



void downsample_space_3d9aa711_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_downsample_space_3d9aa711 *_wp_args,
    wp_args_downsample_space_3d9aa711 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 2;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    wp::vec_t<3, wp::float32>* var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 2;
    wp::int32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 2;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32>* var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 2;
    wp::int32 var_69;
    wp::int32 var_70;
    const wp::int32 var_71 = 2;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::vec_t<3, wp::float32>* var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    const wp::int32 var_77 = 1;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::int32 var_80;
    const wp::int32 var_81 = 2;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 2;
    wp::int32 var_85;
    wp::int32 var_86;
    wp::vec_t<3, wp::float32>* var_87;
    const wp::int32 var_88 = 2;
    wp::int32 var_89;
    wp::int32 var_90;
    const wp::int32 var_91 = 2;
    wp::int32 var_92;
    wp::int32 var_93;
    const wp::int32 var_94 = 2;
    wp::int32 var_95;
    wp::int32 var_96;
    wp::vec_t<3, wp::float32>* var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::vec_t<3, wp::float32> var_99;
    const wp::int32 var_100 = 1;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 2;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 2;
    wp::int32 var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 2;
    wp::int32 var_110;
    wp::int32 var_111;
    wp::vec_t<3, wp::float32>* var_112;
    const wp::int32 var_113 = 2;
    wp::int32 var_114;
    wp::int32 var_115;
    const wp::int32 var_116 = 2;
    wp::int32 var_117;
    wp::int32 var_118;
    const wp::int32 var_119 = 2;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::vec_t<3, wp::float32>* var_122;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    const wp::int32 var_125 = 1;
    const wp::int32 var_126 = 2;
    wp::int32 var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 2;
    wp::int32 var_130;
    wp::int32 var_131;
    const wp::int32 var_132 = 2;
    wp::int32 var_133;
    wp::int32 var_134;
    wp::vec_t<3, wp::float32>* var_135;
    const wp::int32 var_136 = 2;
    wp::int32 var_137;
    wp::int32 var_138;
    const wp::int32 var_139 = 2;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    wp::int32 var_144;
    wp::vec_t<3, wp::float32>* var_145;
    wp::vec_t<3, wp::float32> var_146;
    wp::vec_t<3, wp::float32> var_147;
    const wp::int32 var_148 = 1;
    const wp::int32 var_149 = 0;
    const wp::int32 var_150 = 2;
    wp::int32 var_151;
    wp::int32 var_152;
    const wp::int32 var_153 = 2;
    wp::int32 var_154;
    wp::int32 var_155;
    const wp::int32 var_156 = 2;
    wp::int32 var_157;
    wp::int32 var_158;
    wp::vec_t<3, wp::float32>* var_159;
    const wp::int32 var_160 = 2;
    wp::int32 var_161;
    wp::int32 var_162;
    const wp::int32 var_163 = 2;
    wp::int32 var_164;
    wp::int32 var_165;
    const wp::int32 var_166 = 2;
    wp::int32 var_167;
    wp::int32 var_168;
    wp::vec_t<3, wp::float32>* var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const wp::int32 var_172 = 1;
    const wp::int32 var_173 = 2;
    wp::int32 var_174;
    wp::int32 var_175;
    const wp::int32 var_176 = 2;
    wp::int32 var_177;
    wp::int32 var_178;
    const wp::int32 var_179 = 2;
    wp::int32 var_180;
    wp::int32 var_181;
    wp::vec_t<3, wp::float32>* var_182;
    const wp::int32 var_183 = 2;
    wp::int32 var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 2;
    wp::int32 var_187;
    wp::int32 var_188;
    const wp::int32 var_189 = 2;
    wp::int32 var_190;
    wp::int32 var_191;
    wp::vec_t<3, wp::float32>* var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::vec_t<3, wp::float32> var_194;
    const wp::float32 var_195 = 0.125;
    wp::vec_t<3, wp::float32> var_196;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::vec_t<3, wp::float32> adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::vec_t<3, wp::float32> adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::vec_t<3, wp::float32> adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::vec_t<3, wp::float32> adj_145 = {};
    wp::vec_t<3, wp::float32> adj_146 = {};
    wp::vec_t<3, wp::float32> adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::vec_t<3, wp::float32> adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::vec_t<3, wp::float32> adj_170 = {};
    wp::vec_t<3, wp::float32> adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::int32 adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::vec_t<3, wp::float32> adj_182 = {};
    wp::int32 adj_183 = {};
    wp::int32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::int32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::vec_t<3, wp::float32> adj_192 = {};
    wp::vec_t<3, wp::float32> adj_193 = {};
    wp::vec_t<3, wp::float32> adj_194 = {};
    wp::float32 adj_195 = {};
    wp::vec_t<3, wp::float32> adj_196 = {};
    //---------
    // forward
    // def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):       <L 30>
    // t, x, y, z = wp.tid()                                                                  <L 31>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // acc = wp.vec3()                                                                        <L 32>
    var_4 = wp::vec_t<3, wp::float32>();
    // for dx in range(2):                                                                    <L 33>
    // for dy in range(2):                                                                    <L 34>
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_9 = wp::mul(var_8, var_1);
    var_10 = wp::add(var_9, var_5);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::add(var_12, var_6);
    var_15 = wp::mul(var_14, var_3);
    var_16 = wp::add(var_15, var_7);
    var_17 = wp::address(var_src, var_0, var_10, var_13, var_16);
    var_19 = wp::mul(var_18, var_1);
    var_20 = wp::add(var_19, var_5);
    var_22 = wp::mul(var_21, var_2);
    var_23 = wp::add(var_22, var_6);
    var_25 = wp::mul(var_24, var_3);
    var_26 = wp::add(var_25, var_7);
    var_27 = wp::address(var_src, var_0, var_20, var_23, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::add(var_4, var_29);
    var_32 = wp::mul(var_31, var_1);
    var_33 = wp::add(var_32, var_5);
    var_35 = wp::mul(var_34, var_2);
    var_36 = wp::add(var_35, var_6);
    var_38 = wp::mul(var_37, var_3);
    var_39 = wp::add(var_38, var_30);
    var_40 = wp::address(var_src, var_0, var_33, var_36, var_39);
    var_42 = wp::mul(var_41, var_1);
    var_43 = wp::add(var_42, var_5);
    var_45 = wp::mul(var_44, var_2);
    var_46 = wp::add(var_45, var_6);
    var_48 = wp::mul(var_47, var_3);
    var_49 = wp::add(var_48, var_30);
    var_50 = wp::address(var_src, var_0, var_43, var_46, var_49);
    var_52 = wp::load(var_50);
    var_51 = wp::add(var_28, var_52);
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_56 = wp::mul(var_55, var_1);
    var_57 = wp::add(var_56, var_5);
    var_59 = wp::mul(var_58, var_2);
    var_60 = wp::add(var_59, var_53);
    var_62 = wp::mul(var_61, var_3);
    var_63 = wp::add(var_62, var_54);
    var_64 = wp::address(var_src, var_0, var_57, var_60, var_63);
    var_66 = wp::mul(var_65, var_1);
    var_67 = wp::add(var_66, var_5);
    var_69 = wp::mul(var_68, var_2);
    var_70 = wp::add(var_69, var_53);
    var_72 = wp::mul(var_71, var_3);
    var_73 = wp::add(var_72, var_54);
    var_74 = wp::address(var_src, var_0, var_67, var_70, var_73);
    var_76 = wp::load(var_74);
    var_75 = wp::add(var_51, var_76);
    var_79 = wp::mul(var_78, var_1);
    var_80 = wp::add(var_79, var_5);
    var_82 = wp::mul(var_81, var_2);
    var_83 = wp::add(var_82, var_53);
    var_85 = wp::mul(var_84, var_3);
    var_86 = wp::add(var_85, var_77);
    var_87 = wp::address(var_src, var_0, var_80, var_83, var_86);
    var_89 = wp::mul(var_88, var_1);
    var_90 = wp::add(var_89, var_5);
    var_92 = wp::mul(var_91, var_2);
    var_93 = wp::add(var_92, var_53);
    var_95 = wp::mul(var_94, var_3);
    var_96 = wp::add(var_95, var_77);
    var_97 = wp::address(var_src, var_0, var_90, var_93, var_96);
    var_99 = wp::load(var_97);
    var_98 = wp::add(var_75, var_99);
    // for dy in range(2):                                                                    <L 34>
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_104 = wp::mul(var_103, var_1);
    var_105 = wp::add(var_104, var_100);
    var_107 = wp::mul(var_106, var_2);
    var_108 = wp::add(var_107, var_101);
    var_110 = wp::mul(var_109, var_3);
    var_111 = wp::add(var_110, var_102);
    var_112 = wp::address(var_src, var_0, var_105, var_108, var_111);
    var_114 = wp::mul(var_113, var_1);
    var_115 = wp::add(var_114, var_100);
    var_117 = wp::mul(var_116, var_2);
    var_118 = wp::add(var_117, var_101);
    var_120 = wp::mul(var_119, var_3);
    var_121 = wp::add(var_120, var_102);
    var_122 = wp::address(var_src, var_0, var_115, var_118, var_121);
    var_124 = wp::load(var_122);
    var_123 = wp::add(var_98, var_124);
    var_127 = wp::mul(var_126, var_1);
    var_128 = wp::add(var_127, var_100);
    var_130 = wp::mul(var_129, var_2);
    var_131 = wp::add(var_130, var_101);
    var_133 = wp::mul(var_132, var_3);
    var_134 = wp::add(var_133, var_125);
    var_135 = wp::address(var_src, var_0, var_128, var_131, var_134);
    var_137 = wp::mul(var_136, var_1);
    var_138 = wp::add(var_137, var_100);
    var_140 = wp::mul(var_139, var_2);
    var_141 = wp::add(var_140, var_101);
    var_143 = wp::mul(var_142, var_3);
    var_144 = wp::add(var_143, var_125);
    var_145 = wp::address(var_src, var_0, var_138, var_141, var_144);
    var_147 = wp::load(var_145);
    var_146 = wp::add(var_123, var_147);
    // for dz in range(2):                                                                    <L 35>
    // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
    var_151 = wp::mul(var_150, var_1);
    var_152 = wp::add(var_151, var_100);
    var_154 = wp::mul(var_153, var_2);
    var_155 = wp::add(var_154, var_148);
    var_157 = wp::mul(var_156, var_3);
    var_158 = wp::add(var_157, var_149);
    var_159 = wp::address(var_src, var_0, var_152, var_155, var_158);
    var_161 = wp::mul(var_160, var_1);
    var_162 = wp::add(var_161, var_100);
    var_164 = wp::mul(var_163, var_2);
    var_165 = wp::add(var_164, var_148);
    var_167 = wp::mul(var_166, var_3);
    var_168 = wp::add(var_167, var_149);
    var_169 = wp::address(var_src, var_0, var_162, var_165, var_168);
    var_171 = wp::load(var_169);
    var_170 = wp::add(var_146, var_171);
    var_174 = wp::mul(var_173, var_1);
    var_175 = wp::add(var_174, var_100);
    var_177 = wp::mul(var_176, var_2);
    var_178 = wp::add(var_177, var_148);
    var_180 = wp::mul(var_179, var_3);
    var_181 = wp::add(var_180, var_172);
    var_182 = wp::address(var_src, var_0, var_175, var_178, var_181);
    var_184 = wp::mul(var_183, var_1);
    var_185 = wp::add(var_184, var_100);
    var_187 = wp::mul(var_186, var_2);
    var_188 = wp::add(var_187, var_148);
    var_190 = wp::mul(var_189, var_3);
    var_191 = wp::add(var_190, var_172);
    var_192 = wp::address(var_src, var_0, var_185, var_188, var_191);
    var_194 = wp::load(var_192);
    var_193 = wp::add(var_170, var_194);
    // dst[t, x, y, z] = acc * 0.125                                                          <L 37>
    var_196 = wp::mul(var_193, var_195);
    // wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_196);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_2, var_3, var_196, adj_dst, adj_0, adj_1, adj_2, adj_3, adj_196);
    wp::adj_mul(var_193, var_195, adj_193, adj_195, adj_196);
    // adj: dst[t, x, y, z] = acc * 0.125                                                     <L 37>
    wp::adj_add(var_170, var_194, adj_170, adj_192, adj_193);
    wp::adj_address(var_src, var_0, var_185, var_188, var_191, adj_src, adj_0, adj_185, adj_188, adj_191, adj_192);
    wp::adj_add(var_190, var_172, adj_190, adj_172, adj_191);
    wp::adj_mul(var_189, var_3, adj_189, adj_3, adj_190);
    wp::adj_add(var_187, var_148, adj_187, adj_148, adj_188);
    wp::adj_mul(var_186, var_2, adj_186, adj_2, adj_187);
    wp::adj_add(var_184, var_100, adj_184, adj_100, adj_185);
    wp::adj_mul(var_183, var_1, adj_183, adj_1, adj_184);
    wp::adj_address(var_src, var_0, var_175, var_178, var_181, adj_src, adj_0, adj_175, adj_178, adj_181, adj_182);
    wp::adj_add(var_180, var_172, adj_180, adj_172, adj_181);
    wp::adj_mul(var_179, var_3, adj_179, adj_3, adj_180);
    wp::adj_add(var_177, var_148, adj_177, adj_148, adj_178);
    wp::adj_mul(var_176, var_2, adj_176, adj_2, adj_177);
    wp::adj_add(var_174, var_100, adj_174, adj_100, adj_175);
    wp::adj_mul(var_173, var_1, adj_173, adj_1, adj_174);
    wp::adj_add(var_146, var_171, adj_146, adj_169, adj_170);
    wp::adj_address(var_src, var_0, var_162, var_165, var_168, adj_src, adj_0, adj_162, adj_165, adj_168, adj_169);
    wp::adj_add(var_167, var_149, adj_167, adj_149, adj_168);
    wp::adj_mul(var_166, var_3, adj_166, adj_3, adj_167);
    wp::adj_add(var_164, var_148, adj_164, adj_148, adj_165);
    wp::adj_mul(var_163, var_2, adj_163, adj_2, adj_164);
    wp::adj_add(var_161, var_100, adj_161, adj_100, adj_162);
    wp::adj_mul(var_160, var_1, adj_160, adj_1, adj_161);
    wp::adj_address(var_src, var_0, var_152, var_155, var_158, adj_src, adj_0, adj_152, adj_155, adj_158, adj_159);
    wp::adj_add(var_157, var_149, adj_157, adj_149, adj_158);
    wp::adj_mul(var_156, var_3, adj_156, adj_3, adj_157);
    wp::adj_add(var_154, var_148, adj_154, adj_148, adj_155);
    wp::adj_mul(var_153, var_2, adj_153, adj_2, adj_154);
    wp::adj_add(var_151, var_100, adj_151, adj_100, adj_152);
    wp::adj_mul(var_150, var_1, adj_150, adj_1, adj_151);
    // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
    // adj: for dz in range(2):                                                               <L 35>
    wp::adj_add(var_123, var_147, adj_123, adj_145, adj_146);
    wp::adj_address(var_src, var_0, var_138, var_141, var_144, adj_src, adj_0, adj_138, adj_141, adj_144, adj_145);
    wp::adj_add(var_143, var_125, adj_143, adj_125, adj_144);
    wp::adj_mul(var_142, var_3, adj_142, adj_3, adj_143);
    wp::adj_add(var_140, var_101, adj_140, adj_101, adj_141);
    wp::adj_mul(var_139, var_2, adj_139, adj_2, adj_140);
    wp::adj_add(var_137, var_100, adj_137, adj_100, adj_138);
    wp::adj_mul(var_136, var_1, adj_136, adj_1, adj_137);
    wp::adj_address(var_src, var_0, var_128, var_131, var_134, adj_src, adj_0, adj_128, adj_131, adj_134, adj_135);
    wp::adj_add(var_133, var_125, adj_133, adj_125, adj_134);
    wp::adj_mul(var_132, var_3, adj_132, adj_3, adj_133);
    wp::adj_add(var_130, var_101, adj_130, adj_101, adj_131);
    wp::adj_mul(var_129, var_2, adj_129, adj_2, adj_130);
    wp::adj_add(var_127, var_100, adj_127, adj_100, adj_128);
    wp::adj_mul(var_126, var_1, adj_126, adj_1, adj_127);
    wp::adj_add(var_98, var_124, adj_98, adj_122, adj_123);
    wp::adj_address(var_src, var_0, var_115, var_118, var_121, adj_src, adj_0, adj_115, adj_118, adj_121, adj_122);
    wp::adj_add(var_120, var_102, adj_120, adj_102, adj_121);
    wp::adj_mul(var_119, var_3, adj_119, adj_3, adj_120);
    wp::adj_add(var_117, var_101, adj_117, adj_101, adj_118);
    wp::adj_mul(var_116, var_2, adj_116, adj_2, adj_117);
    wp::adj_add(var_114, var_100, adj_114, adj_100, adj_115);
    wp::adj_mul(var_113, var_1, adj_113, adj_1, adj_114);
    wp::adj_address(var_src, var_0, var_105, var_108, var_111, adj_src, adj_0, adj_105, adj_108, adj_111, adj_112);
    wp::adj_add(var_110, var_102, adj_110, adj_102, adj_111);
    wp::adj_mul(var_109, var_3, adj_109, adj_3, adj_110);
    wp::adj_add(var_107, var_101, adj_107, adj_101, adj_108);
    wp::adj_mul(var_106, var_2, adj_106, adj_2, adj_107);
    wp::adj_add(var_104, var_100, adj_104, adj_100, adj_105);
    wp::adj_mul(var_103, var_1, adj_103, adj_1, adj_104);
    // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
    // adj: for dz in range(2):                                                               <L 35>
    // adj: for dy in range(2):                                                               <L 34>
    wp::adj_add(var_75, var_99, adj_75, adj_97, adj_98);
    wp::adj_address(var_src, var_0, var_90, var_93, var_96, adj_src, adj_0, adj_90, adj_93, adj_96, adj_97);
    wp::adj_add(var_95, var_77, adj_95, adj_77, adj_96);
    wp::adj_mul(var_94, var_3, adj_94, adj_3, adj_95);
    wp::adj_add(var_92, var_53, adj_92, adj_53, adj_93);
    wp::adj_mul(var_91, var_2, adj_91, adj_2, adj_92);
    wp::adj_add(var_89, var_5, adj_89, adj_5, adj_90);
    wp::adj_mul(var_88, var_1, adj_88, adj_1, adj_89);
    wp::adj_address(var_src, var_0, var_80, var_83, var_86, adj_src, adj_0, adj_80, adj_83, adj_86, adj_87);
    wp::adj_add(var_85, var_77, adj_85, adj_77, adj_86);
    wp::adj_mul(var_84, var_3, adj_84, adj_3, adj_85);
    wp::adj_add(var_82, var_53, adj_82, adj_53, adj_83);
    wp::adj_mul(var_81, var_2, adj_81, adj_2, adj_82);
    wp::adj_add(var_79, var_5, adj_79, adj_5, adj_80);
    wp::adj_mul(var_78, var_1, adj_78, adj_1, adj_79);
    wp::adj_add(var_51, var_76, adj_51, adj_74, adj_75);
    wp::adj_address(var_src, var_0, var_67, var_70, var_73, adj_src, adj_0, adj_67, adj_70, adj_73, adj_74);
    wp::adj_add(var_72, var_54, adj_72, adj_54, adj_73);
    wp::adj_mul(var_71, var_3, adj_71, adj_3, adj_72);
    wp::adj_add(var_69, var_53, adj_69, adj_53, adj_70);
    wp::adj_mul(var_68, var_2, adj_68, adj_2, adj_69);
    wp::adj_add(var_66, var_5, adj_66, adj_5, adj_67);
    wp::adj_mul(var_65, var_1, adj_65, adj_1, adj_66);
    wp::adj_address(var_src, var_0, var_57, var_60, var_63, adj_src, adj_0, adj_57, adj_60, adj_63, adj_64);
    wp::adj_add(var_62, var_54, adj_62, adj_54, adj_63);
    wp::adj_mul(var_61, var_3, adj_61, adj_3, adj_62);
    wp::adj_add(var_59, var_53, adj_59, adj_53, adj_60);
    wp::adj_mul(var_58, var_2, adj_58, adj_2, adj_59);
    wp::adj_add(var_56, var_5, adj_56, adj_5, adj_57);
    wp::adj_mul(var_55, var_1, adj_55, adj_1, adj_56);
    // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
    // adj: for dz in range(2):                                                               <L 35>
    wp::adj_add(var_28, var_52, adj_28, adj_50, adj_51);
    wp::adj_address(var_src, var_0, var_43, var_46, var_49, adj_src, adj_0, adj_43, adj_46, adj_49, adj_50);
    wp::adj_add(var_48, var_30, adj_48, adj_30, adj_49);
    wp::adj_mul(var_47, var_3, adj_47, adj_3, adj_48);
    wp::adj_add(var_45, var_6, adj_45, adj_6, adj_46);
    wp::adj_mul(var_44, var_2, adj_44, adj_2, adj_45);
    wp::adj_add(var_42, var_5, adj_42, adj_5, adj_43);
    wp::adj_mul(var_41, var_1, adj_41, adj_1, adj_42);
    wp::adj_address(var_src, var_0, var_33, var_36, var_39, adj_src, adj_0, adj_33, adj_36, adj_39, adj_40);
    wp::adj_add(var_38, var_30, adj_38, adj_30, adj_39);
    wp::adj_mul(var_37, var_3, adj_37, adj_3, adj_38);
    wp::adj_add(var_35, var_6, adj_35, adj_6, adj_36);
    wp::adj_mul(var_34, var_2, adj_34, adj_2, adj_35);
    wp::adj_add(var_32, var_5, adj_32, adj_5, adj_33);
    wp::adj_mul(var_31, var_1, adj_31, adj_1, adj_32);
    wp::adj_add(var_4, var_29, adj_4, adj_27, adj_28);
    wp::adj_address(var_src, var_0, var_20, var_23, var_26, adj_src, adj_0, adj_20, adj_23, adj_26, adj_27);
    wp::adj_add(var_25, var_7, adj_25, adj_7, adj_26);
    wp::adj_mul(var_24, var_3, adj_24, adj_3, adj_25);
    wp::adj_add(var_22, var_6, adj_22, adj_6, adj_23);
    wp::adj_mul(var_21, var_2, adj_21, adj_2, adj_22);
    wp::adj_add(var_19, var_5, adj_19, adj_5, adj_20);
    wp::adj_mul(var_18, var_1, adj_18, adj_1, adj_19);
    wp::adj_address(var_src, var_0, var_10, var_13, var_16, adj_src, adj_0, adj_10, adj_13, adj_16, adj_17);
    wp::adj_add(var_15, var_7, adj_15, adj_7, adj_16);
    wp::adj_mul(var_14, var_3, adj_14, adj_3, adj_15);
    wp::adj_add(var_12, var_6, adj_12, adj_6, adj_13);
    wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_12);
    wp::adj_add(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_mul(var_8, var_1, adj_8, adj_1, adj_9);
    // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
    // adj: for dz in range(2):                                                               <L 35>
    // adj: for dy in range(2):                                                               <L 34>
    // adj: for dx in range(2):                                                               <L 33>
    // adj: acc = wp.vec3()                                                                   <L 32>
    // adj: t, x, y, z = wp.tid()                                                             <L 31>
    // adj: def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void downsample_space_3d9aa711_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_downsample_space_3d9aa711 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        downsample_space_3d9aa711_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void downsample_space_3d9aa711_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_downsample_space_3d9aa711 *_wp_args,
    wp_args_downsample_space_3d9aa711 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        downsample_space_3d9aa711_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_slice_stats_7cc2f84d {
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::vec_t<3, wp::float32>> axis_sums;
};


void slice_stats_7cc2f84d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_slice_stats_7cc2f84d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis_sums = _wp_args->axis_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    bool var_17;
    const wp::int32 var_18 = 2;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):       <L 41>
    // t, x, y, z = wp.tid()                                                                  <L 42>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = src[t, x, y, z]                                                                    <L 43>
    var_4 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(axis_sums, t, 0, v)                                                      <L 44>
    var_8 = wp::atomic_add(var_axis_sums, var_0, var_7, var_5);
    // if x == 0:                                                                             <L 45>
    var_10 = (var_1 == var_9);
    if (var_10) {
        // wp.atomic_add(axis_sums, t, 1, v)                                                  <L 46>
        var_12 = wp::atomic_add(var_axis_sums, var_0, var_11, var_5);
    }
    // if y == 0 and z == 0:                                                                  <L 47>
    var_14 = (var_2 == var_13);
    var_16 = (var_3 == var_15);
    var_17 = var_14 && var_16;
    if (var_17) {
        // wp.atomic_add(axis_sums, t, 2, v)                                                  <L 48>
        var_19 = wp::atomic_add(var_axis_sums, var_0, var_18, var_5);
    }
}



void slice_stats_7cc2f84d_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_slice_stats_7cc2f84d *_wp_args,
    wp_args_slice_stats_7cc2f84d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis_sums = _wp_args->axis_sums;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axis_sums = _wp_adj_args->axis_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    bool var_17;
    const wp::int32 var_18 = 2;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):       <L 41>
    // t, x, y, z = wp.tid()                                                                  <L 42>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = src[t, x, y, z]                                                                    <L 43>
    var_4 = wp::address(var_src, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(axis_sums, t, 0, v)                                                      <L 44>
    // var_8 = wp::atomic_add(var_axis_sums, var_0, var_7, var_5);
    // if x == 0:                                                                             <L 45>
    var_10 = (var_1 == var_9);
    if (var_10) {
        // wp.atomic_add(axis_sums, t, 1, v)                                                  <L 46>
        // var_12 = wp::atomic_add(var_axis_sums, var_0, var_11, var_5);
    }
    // if y == 0 and z == 0:                                                                  <L 47>
    var_14 = (var_2 == var_13);
    var_16 = (var_3 == var_15);
    var_17 = var_14 && var_16;
    if (var_17) {
        // wp.atomic_add(axis_sums, t, 2, v)                                                  <L 48>
        // var_19 = wp::atomic_add(var_axis_sums, var_0, var_18, var_5);
    }
    //---------
    // reverse
    if (var_17) {
        wp::adj_atomic_add(var_axis_sums, var_0, var_18, var_5, adj_axis_sums, adj_0, adj_18, adj_5, adj_19);
        // adj: wp.atomic_add(axis_sums, t, 2, v)                                             <L 48>
    }
    // adj: if y == 0 and z == 0:                                                             <L 47>
    if (var_10) {
        wp::adj_atomic_add(var_axis_sums, var_0, var_11, var_5, adj_axis_sums, adj_0, adj_11, adj_5, adj_12);
        // adj: wp.atomic_add(axis_sums, t, 1, v)                                             <L 46>
    }
    // adj: if x == 0:                                                                        <L 45>
    wp::adj_atomic_add(var_axis_sums, var_0, var_7, var_5, adj_axis_sums, adj_0, adj_7, adj_5, adj_8);
    // adj: wp.atomic_add(axis_sums, t, 0, v)                                                 <L 44>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: v = src[t, x, y, z]                                                               <L 43>
    // adj: t, x, y, z = wp.tid()                                                             <L 42>
    // adj: def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):  <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void slice_stats_7cc2f84d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_slice_stats_7cc2f84d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        slice_stats_7cc2f84d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void slice_stats_7cc2f84d_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_slice_stats_7cc2f84d *_wp_args,
    wp_args_slice_stats_7cc2f84d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        slice_stats_7cc2f84d_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

