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

struct wp_args_select_0d3c15f7 {
    wp::int32 mode;
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
    wp::array_t<wp::float32> z;
};


void select_0d3c15f7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_select_0d3c15f7 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_mode = _wp_args->mode;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32> var_1;
    const wp::str var_2 = "register";
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32> var_5;
    const wp::str var_6 = "register";
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32> var_9;
    const wp::str var_10 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_12 = 0;
    wp::tuple_t<wp::int32> var_13;
    const wp::str var_14 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    bool var_18;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_20 = 1;
    bool var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_23 = 2;
    bool var_24;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_26 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_27 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_30 = 0;
    //---------
    // forward
    // def select(mode: int, x: wp.array(dtype=float), y: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 11>
    // x_reg = wp.tile_load(x, shape=(M,), storage="register")                                <L 12>
    var_1 = wp::tuple(var_0);
    var_3 = wp::tile_load<wp::float32, true, false, 8>(var_x, var_4);
    // y_reg = wp.tile_load(y, shape=(M,), storage="register")                                <L 13>
    var_5 = wp::tuple(var_0);
    var_7 = wp::tile_load<wp::float32, true, false, 8>(var_y, var_8);
    // x_shared = wp.tile_load(x, shape=(M,), storage="shared")                               <L 14>
    var_9 = wp::tuple(var_0);
    var_11 = wp::tile_load<wp::float32, true, false, 8>(var_x, var_12);
    // y_shared = wp.tile_load(y, shape=(M,), storage="shared")                               <L 15>
    var_13 = wp::tuple(var_0);
    var_15 = wp::tile_load<wp::float32, true, false, 8>(var_y, var_16);
    // if mode == 0:                                                                          <L 16>
    var_18 = (var_mode == var_17);
    if (var_18) {
        // s = x_reg                                                                          <L 17>
        var_19 = wp::copy(var_3);
    }
    if (!var_18) {
        // elif mode == 1:                                                                    <L 18>
        var_21 = (var_mode == var_20);
        if (var_21) {
            // s = y_reg                                                                      <L 19>
            var_22 = wp::copy(var_7);
        }
        if (!var_21) {
            // elif mode == 2:                                                                <L 20>
            var_24 = (var_mode == var_23);
            if (var_24) {
                // s = x_shared                                                               <L 21>
                var_25 = wp::copy(var_11);
            }
            if (!var_24) {
                // s = y_shared                                                               <L 23>
                var_26 = wp::copy(var_15);
            }
            var_27 = wp::where(var_24, var_25, var_26);
        }
        var_28 = wp::where(var_21, var_22, var_27);
    }
    var_29 = wp::where(var_18, var_19, var_28);
    // wp.tile_store(z, s)                                                                    <L 24>
    wp::tile_store<wp::float32, true, false>(var_z, var_30, var_29);
}



void select_0d3c15f7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_select_0d3c15f7 *_wp_args,
    wp_args_select_0d3c15f7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_mode = _wp_args->mode;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    wp::int32 adj_mode = _wp_adj_args->mode;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    wp::array_t<wp::float32> adj_z = _wp_adj_args->z;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tuple_t<wp::int32> var_1;
    const wp::str var_2 = "register";
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32> var_5;
    const wp::str var_6 = "register";
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32> var_9;
    const wp::str var_10 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_12 = 0;
    wp::tuple_t<wp::int32> var_13;
    const wp::str var_14 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    bool var_18;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_20 = 1;
    bool var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_23 = 2;
    bool var_24;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_26 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_27 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_30 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tuple_t<wp::int32> adj_1 = {};
    wp::str adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32> adj_5 = {};
    wp::str adj_6 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::tuple_t<wp::int32> adj_9 = {};
    wp::str adj_10 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
    wp::int32 adj_12 = {};
    wp::tuple_t<wp::int32> adj_13 = {};
    wp::str adj_14 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_19{};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_22{};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_25 = var_25;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_26 = var_26;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_27 = var_27;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_28{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_29{};
    wp::int32 adj_30 = {};
    //---------
    // forward
    // def select(mode: int, x: wp.array(dtype=float), y: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 11>
    // x_reg = wp.tile_load(x, shape=(M,), storage="register")                                <L 12>
    var_1 = wp::tuple(var_0);
    var_3 = wp::tile_load<wp::float32, true, false, 8>(var_x, var_4);
    // y_reg = wp.tile_load(y, shape=(M,), storage="register")                                <L 13>
    var_5 = wp::tuple(var_0);
    var_7 = wp::tile_load<wp::float32, true, false, 8>(var_y, var_8);
    // x_shared = wp.tile_load(x, shape=(M,), storage="shared")                               <L 14>
    var_9 = wp::tuple(var_0);
    var_11 = wp::tile_load<wp::float32, true, false, 8>(var_x, var_12);
    // y_shared = wp.tile_load(y, shape=(M,), storage="shared")                               <L 15>
    var_13 = wp::tuple(var_0);
    var_15 = wp::tile_load<wp::float32, true, false, 8>(var_y, var_16);
    // if mode == 0:                                                                          <L 16>
    var_18 = (var_mode == var_17);
    if (var_18) {
        // s = x_reg                                                                          <L 17>
        var_19 = wp::copy(var_3);
    }
    if (!var_18) {
        // elif mode == 1:                                                                    <L 18>
        var_21 = (var_mode == var_20);
        if (var_21) {
            // s = y_reg                                                                      <L 19>
            var_22 = wp::copy(var_7);
        }
        if (!var_21) {
            // elif mode == 2:                                                                <L 20>
            var_24 = (var_mode == var_23);
            if (var_24) {
                // s = x_shared                                                               <L 21>
                var_25 = wp::copy(var_11);
            }
            if (!var_24) {
                // s = y_shared                                                               <L 23>
                var_26 = wp::copy(var_15);
            }
            var_27 = wp::where(var_24, var_25, var_26);
        }
        var_28 = wp::where(var_21, var_22, var_27);
    }
    var_29 = wp::where(var_18, var_19, var_28);
    // wp.tile_store(z, s)                                                                    <L 24>
    // wp::tile_store<wp::float32, true, false>(var_z, var_30, var_29);
    //---------
    // reverse
    wp::adj_tile_store(var_z, var_30, var_29, adj_z, adj_30, adj_29);
    // adj: wp.tile_store(z, s)                                                               <L 24>
    wp::adj_where(var_18, var_19, var_28, adj_18, adj_19, adj_28, adj_29);
    if (!var_18) {
        wp::adj_where(var_21, var_22, var_27, adj_21, adj_22, adj_27, adj_28);
        if (!var_21) {
            wp::adj_where(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
            if (!var_24) {
                wp::adj_copy(var_15, adj_15, adj_26);
                // adj: s = y_shared                                                          <L 23>
            }
            if (var_24) {
                wp::adj_copy(var_11, adj_11, adj_25);
                // adj: s = x_shared                                                          <L 21>
            }
            // adj: elif mode == 2:                                                           <L 20>
        }
        if (var_21) {
            wp::adj_copy(var_7, adj_7, adj_22);
            // adj: s = y_reg                                                                 <L 19>
        }
        // adj: elif mode == 1:                                                               <L 18>
    }
    if (var_18) {
        wp::adj_copy(var_3, adj_3, adj_19);
        // adj: s = x_reg                                                                     <L 17>
    }
    // adj: if mode == 0:                                                                     <L 16>
    wp::adj_tile_load(var_y, var_16, adj_y, adj_16, adj_15);
    // adj: y_shared = wp.tile_load(y, shape=(M,), storage="shared")                          <L 15>
    wp::adj_tile_load(var_x, var_12, adj_x, adj_12, adj_11);
    // adj: x_shared = wp.tile_load(x, shape=(M,), storage="shared")                          <L 14>
    wp::adj_tile_load(var_y, var_8, adj_y, adj_8, adj_7);
    // adj: y_reg = wp.tile_load(y, shape=(M,), storage="register")                           <L 13>
    wp::adj_tile_load(var_x, var_4, adj_x, adj_4, adj_3);
    // adj: x_reg = wp.tile_load(x, shape=(M,), storage="register")                           <L 12>
    // adj: def select(mode: int, x: wp.array(dtype=float), y: wp.array(dtype=float), z: wp.array(dtype=float)):  <L 11>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void select_0d3c15f7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_select_0d3c15f7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        select_0d3c15f7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void select_0d3c15f7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_select_0d3c15f7 *_wp_args,
    wp_args_select_0d3c15f7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        select_0d3c15f7_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_loops_04005198 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
    wp::int32 n;
};


void loops_04005198_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loops_04005198 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 2;
    bool var_4;
    const wp::float32 var_5 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::range_t var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_14 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_16 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_20 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_21 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    //---------
    // forward
    // def loops(a: wp.array(dtype=float), out: wp.array(dtype=float), n: int):               <L 28>
    // t = wp.tile_load(a, shape=16)                                                          <L 29>
    var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // if n > 2:                                                                              <L 30>
    var_4 = (var_n > var_3);
    if (var_4) {
        // t = t * 2.0                                                                        <L 31>
        var_6 = wp::tile_mul(var_1, var_5);
    }
    if (!var_4) {
        // t = t + t                                                                          <L 33>
        var_7 = wp::tile_add(var_1, var_1);
    }
    var_8 = wp::where(var_4, var_6, var_7);
    // for k in range(n):                                                                     <L 34>
    var_9 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // t = t + wp.tile_ones(shape=16, dtype=float)                                        <L 35>
        var_12 = wp::tile_ones<float, 16>();
        var_13 = wp::tile_add(var_8, var_12);
        wp::assign(var_8, var_13);
        goto start_for_0;
    end_for_0:;
    // s = wp.tile_zeros(shape=16, dtype=float)                                               <L 36>
    var_15 = wp::tile_zeros<float, 16>();
    // for k in range(3):                                                                     <L 37>
    // s = s + t                                                                              <L 38>
    var_17 = wp::tile_add(var_15, var_8);
    var_19 = wp::tile_add(var_17, var_8);
    var_21 = wp::tile_add(var_19, var_8);
    // r = wp.tile_reduce(wp.max, s)                                                          <L 39>
    var_22 = wp::tile_reduce(wp::max, var_21);
    // wp.tile_store(out, t + s)                                                              <L 40>
    var_23 = wp::tile_add(var_8, var_21);
    wp::tile_store<wp::float32, true, false>(var_out, var_24, var_23);
    // wp.tile_store(out, r)                                                                  <L 41>
    wp::tile_store<wp::float32, true, false>(var_out, var_25, var_22);
}



void loops_04005198_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loops_04005198 *_wp_args,
    wp_args_loops_04005198 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 2;
    bool var_4;
    const wp::float32 var_5 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::range_t var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_14 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_16 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_20 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_21 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_15{};
    wp::int32 adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17{};
    wp::int32 adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19{};
    wp::int32 adj_20 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_21{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_22{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_23{};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    //---------
    // forward
    // def loops(a: wp.array(dtype=float), out: wp.array(dtype=float), n: int):               <L 28>
    // t = wp.tile_load(a, shape=16)                                                          <L 29>
    var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // if n > 2:                                                                              <L 30>
    var_4 = (var_n > var_3);
    if (var_4) {
        // t = t * 2.0                                                                        <L 31>
        var_6 = wp::tile_mul(var_1, var_5);
    }
    if (!var_4) {
        // t = t + t                                                                          <L 33>
        var_7 = wp::tile_add(var_1, var_1);
    }
    var_8 = wp::where(var_4, var_6, var_7);
    // for k in range(n):                                                                     <L 34>
    var_9 = wp::range(var_n);
    // s = wp.tile_zeros(shape=16, dtype=float)                                               <L 36>
    var_15 = wp::tile_zeros<float, 16>();
    // for k in range(3):                                                                     <L 37>
    // s = s + t                                                                              <L 38>
    var_17 = wp::tile_add(var_15, var_8);
    var_19 = wp::tile_add(var_17, var_8);
    var_21 = wp::tile_add(var_19, var_8);
    // r = wp.tile_reduce(wp.max, s)                                                          <L 39>
    var_22 = wp::tile_reduce(wp::max, var_21);
    // wp.tile_store(out, t + s)                                                              <L 40>
    var_23 = wp::tile_add(var_8, var_21);
    // wp::tile_store<wp::float32, true, false>(var_out, var_24, var_23);
    // wp.tile_store(out, r)                                                                  <L 41>
    // wp::tile_store<wp::float32, true, false>(var_out, var_25, var_22);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_25, var_22, adj_out, adj_25, adj_22);
    // adj: wp.tile_store(out, r)                                                             <L 41>
    wp::adj_tile_store(var_out, var_24, var_23, adj_out, adj_24, adj_23);
    wp::adj_tile_add(var_8, var_21, adj_8, adj_21, adj_23);
    // adj: wp.tile_store(out, t + s)                                                         <L 40>
    // adj: r = wp.tile_reduce(wp.max, s)                                                     <L 39>
    wp::adj_tile_add(var_19, var_8, adj_19, adj_8, adj_21);
    wp::adj_tile_add(var_17, var_8, adj_17, adj_8, adj_19);
    wp::adj_tile_add(var_15, var_8, adj_15, adj_8, adj_17);
    // adj: s = s + t                                                                         <L 38>
    // adj: for k in range(3):                                                                <L 37>
    // adj: s = wp.tile_zeros(shape=16, dtype=float)                                          <L 36>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12.grad_zero();
    	adj_13.grad_zero();
        // t = t + wp.tile_ones(shape=16, dtype=float)                                        <L 35>
        var_12 = wp::tile_ones<float, 16>();
        var_13 = wp::tile_add(var_8, var_12);
        wp::assign(var_8, var_13);
        wp::adj_assign(var_8, var_13, adj_8, adj_13);
        wp::adj_tile_add(var_8, var_12, adj_8, adj_12, adj_13);
        // adj: t = t + wp.tile_ones(shape=16, dtype=float)                                   <L 35>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 34>
    wp::adj_where(var_4, var_6, var_7, adj_4, adj_6, adj_7, adj_8);
    if (!var_4) {
        wp::adj_tile_add(var_1, var_1, adj_1, adj_1, adj_7);
        // adj: t = t + t                                                                     <L 33>
    }
    if (var_4) {
        wp::adj_tile_mul(var_1, var_5, adj_1, adj_5, adj_6);
        // adj: t = t * 2.0                                                                   <L 31>
    }
    // adj: if n > 2:                                                                         <L 30>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
    // adj: t = wp.tile_load(a, shape=16)                                                     <L 29>
    // adj: def loops(a: wp.array(dtype=float), out: wp.array(dtype=float), n: int):          <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void loops_04005198_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loops_04005198 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loops_04005198_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void loops_04005198_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loops_04005198 *_wp_args,
    wp_args_loops_04005198 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loops_04005198_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

