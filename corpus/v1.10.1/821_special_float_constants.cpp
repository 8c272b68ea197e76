
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

struct wp_args_k_3c10f9b8 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float64> d;
};


void k_3c10f9b8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_3c10f9b8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = -inf;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = INFINITY;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = NAN;
    wp::float32 var_14;
    bool var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -inf;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float64 var_21 = inf;
    wp::float64* var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    const wp::float32 var_25 = nan;
    wp::float64 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // a[i] = wp.max(float(NEG), a[i]) + wp.min(float(POS), a[i])                             <L 18>
    var_2 = wp::float(var_1);
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::max(var_2, var_5);
    var_7 = wp::float(var_6);
    var_8 = wp::address(var_a, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::min(var_7, var_10);
    var_11 = wp::add(var_4, var_9);
    wp::array_store(var_a, var_0, var_11);
    // if a[i] != float(NN):                                                                  <L 19>
    var_12 = wp::address(var_a, var_0);
    var_14 = wp::float(var_13);
    var_16 = wp::load(var_12);
    var_15 = (var_16 != var_14);
    if (var_15) {
        // a[i] = wp.max(TNEG, a[i])                                                          <L 20>
        var_18 = wp::address(var_a, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::max(var_17, var_20);
        wp::array_store(var_a, var_0, var_19);
    }
    // d[i] = wp.min(TPOS, d[i]) + wp.float64(TNAN) * wp.float64(0.0)                         <L 21>
    var_22 = wp::address(var_d, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::min(var_21, var_24);
    var_26 = wp::float64(var_25);
    var_28 = wp::float64(var_27);
    var_29 = wp::mul(var_26, var_28);
    var_30 = wp::add(var_23, var_29);
    wp::array_store(var_d, var_0, var_30);
}



void k_3c10f9b8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_3c10f9b8 *_wp_args,
    wp_args_k_3c10f9b8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = -inf;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = INFINITY;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = NAN;
    wp::float32 var_14;
    bool var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -inf;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float64 var_21 = inf;
    wp::float64* var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    const wp::float32 var_25 = nan;
    wp::float64 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // a[i] = wp.max(float(NEG), a[i]) + wp.min(float(POS), a[i])                             <L 18>
    var_2 = wp::float(var_1);
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::max(var_2, var_5);
    var_7 = wp::float(var_6);
    var_8 = wp::address(var_a, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::min(var_7, var_10);
    var_11 = wp::add(var_4, var_9);
    // wp::array_store(var_a, var_0, var_11);
    // if a[i] != float(NN):                                                                  <L 19>
    var_12 = wp::address(var_a, var_0);
    var_14 = wp::float(var_13);
    var_16 = wp::load(var_12);
    var_15 = (var_16 != var_14);
    if (var_15) {
        // a[i] = wp.max(TNEG, a[i])                                                          <L 20>
        var_18 = wp::address(var_a, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::max(var_17, var_20);
        // wp::array_store(var_a, var_0, var_19);
    }
    // d[i] = wp.min(TPOS, d[i]) + wp.float64(TNAN) * wp.float64(0.0)                         <L 21>
    var_22 = wp::address(var_d, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::min(var_21, var_24);
    var_26 = wp::float64(var_25);
    var_28 = wp::float64(var_27);
    var_29 = wp::mul(var_26, var_28);
    var_30 = wp::add(var_23, var_29);
    // wp::array_store(var_d, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_d, var_0, var_30, adj_d, adj_0, adj_30);
    wp::adj_add(var_23, var_29, adj_23, adj_29, adj_30);
    wp::adj_mul(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_float64(var_27, adj_27, adj_28);
    wp::adj_float64(var_25, adj_25, adj_26);
    wp::adj_min(var_21, var_24, adj_21, adj_22, adj_23);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_22);
    // adj: d[i] = wp.min(TPOS, d[i]) + wp.float64(TNAN) * wp.float64(0.0)                    <L 21>
    if (var_15) {
        wp::adj_array_store(var_a, var_0, var_19, adj_a, adj_0, adj_19);
        wp::adj_max(var_17, var_20, adj_17, adj_18, adj_19);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_18);
        // adj: a[i] = wp.max(TNEG, a[i])                                                     <L 20>
    }
    wp::adj_float(var_13, adj_13, adj_14);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_12);
    // adj: if a[i] != float(NN):                                                             <L 19>
    wp::adj_array_store(var_a, var_0, var_11, adj_a, adj_0, adj_11);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_11);
    wp::adj_min(var_7, var_10, adj_7, adj_8, adj_9);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_8);
    wp::adj_float(var_6, adj_6, adj_7);
    wp::adj_max(var_2, var_5, adj_2, adj_3, adj_4);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: a[i] = wp.max(float(NEG), a[i]) + wp.min(float(POS), a[i])                        <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                   <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void k_3c10f9b8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_k_3c10f9b8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_3c10f9b8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void k_3c10f9b8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_k_3c10f9b8 *_wp_args,
    wp_args_k_3c10f9b8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_3c10f9b8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

