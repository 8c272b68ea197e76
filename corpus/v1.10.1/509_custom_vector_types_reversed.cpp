
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

struct wp_args_custom_types_2ddfc4bf {
    wp::array_t<wp::vec_t<5, wp::float32>> a;
    wp::array_t<wp::mat_t<2, 3, wp::float64>> m;
    wp::array_t<wp::float32> out;
};


void custom_types_2ddfc4bf_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_custom_types_2ddfc4bf *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<5, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 3, wp::float64>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<5, wp::float32>* var_1;
    wp::vec_t<5, wp::float32> var_2;
    wp::vec_t<5, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 4.0;
    const wp::float32 var_8 = 5.0;
    wp::vec_t<5, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::range_t var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = 3.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<2, 3, wp::float64>* var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 2;
    wp::float64 var_25;
    wp::mat_t<2, 3, wp::float64> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def custom_types(a: wp.array(dtype=vec5), m: wp.array(dtype=mat23), out: wp.array(dtype=float)):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 11>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = vec5(1.0, 2.0, 3.0, 4.0, 5.0)                                                      <L 12>
    var_9 = wp::vec_t<5, wp::float32>({var_4, var_5, var_6, var_7, var_8});
    // s = wp.dot(v, w)                                                                       <L 13>
    var_10 = wp::dot(var_2, var_9);
    // n = int(0)                                                                             <L 14>
    var_12 = wp::int(var_11);
    // for j in reversed(range(3)):                                                           <L 15>
    var_14 = wp::range(var_13);
    var_15 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // n += j                                                                             <L 16>
        var_17 = wp::add(var_12, var_16);
        wp::assign(var_12, var_17);
        goto start_for_0;
    end_for_0:;
    // x = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                        <L 17>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    // out[i] = s + float(m[i][1, 2]) + float(n) + x[0]                                       <L 18>
    var_22 = wp::address(var_m, var_0);
    var_26 = wp::load(var_22);
    var_25 = wp::extract(var_26, var_23, var_24);
    var_27 = wp::float(var_25);
    var_28 = wp::add(var_10, var_27);
    var_29 = wp::float(var_12);
    var_30 = wp::add(var_28, var_29);
    var_32 = wp::extract(var_21, var_31);
    var_33 = wp::add(var_30, var_32);
    wp::array_store(var_out, var_0, var_33);
}



void custom_types_2ddfc4bf_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_custom_types_2ddfc4bf *_wp_args,
    wp_args_custom_types_2ddfc4bf *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<5, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 3, wp::float64>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<5, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::mat_t<2, 3, wp::float64>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<5, wp::float32>* var_1;
    wp::vec_t<5, wp::float32> var_2;
    wp::vec_t<5, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 4.0;
    const wp::float32 var_8 = 5.0;
    wp::vec_t<5, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::range_t var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = 3.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<2, 3, wp::float64>* var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 2;
    wp::float64 var_25;
    wp::mat_t<2, 3, wp::float64> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<5, wp::float32> adj_1 = {};
    wp::vec_t<5, wp::float32> adj_2 = {};
    wp::vec_t<5, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<5, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::mat_t<2, 3, wp::float64> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::mat_t<2, 3, wp::float64> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def custom_types(a: wp.array(dtype=vec5), m: wp.array(dtype=mat23), out: wp.array(dtype=float)):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 11>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = vec5(1.0, 2.0, 3.0, 4.0, 5.0)                                                      <L 12>
    var_9 = wp::vec_t<5, wp::float32>({var_4, var_5, var_6, var_7, var_8});
    // s = wp.dot(v, w)                                                                       <L 13>
    var_10 = wp::dot(var_2, var_9);
    // n = int(0)                                                                             <L 14>
    var_12 = wp::int(var_11);
    // for j in reversed(range(3)):                                                           <L 15>
    var_14 = wp::range(var_13);
    var_15 = wp::iter_reverse(var_14);
    // x = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                        <L 17>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    // out[i] = s + float(m[i][1, 2]) + float(n) + x[0]                                       <L 18>
    var_22 = wp::address(var_m, var_0);
    var_26 = wp::load(var_22);
    var_25 = wp::extract(var_26, var_23, var_24);
    var_27 = wp::float(var_25);
    var_28 = wp::add(var_10, var_27);
    var_29 = wp::float(var_12);
    var_30 = wp::add(var_28, var_29);
    var_32 = wp::extract(var_21, var_31);
    var_33 = wp::add(var_30, var_32);
    // wp::array_store(var_out, var_0, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_33, adj_out, adj_0, adj_33);
    wp::adj_add(var_30, var_32, adj_30, adj_32, adj_33);
    wp::adj_extract(var_21, var_31, adj_21, adj_31, adj_32);
    wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_float(var_12, adj_12, adj_29);
    wp::adj_add(var_10, var_27, adj_10, adj_27, adj_28);
    wp::adj_float(var_25, adj_25, adj_27);
    wp::adj_extract(var_26, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_22);
    // adj: out[i] = s + float(m[i][1, 2]) + float(n) + x[0]                                  <L 18>
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    // adj: x = wp.types.vector(1.0, 2.0, 3.0, dtype=float)                                   <L 17>
    var_15 = wp::iter_reverse(var_15);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
    	adj_17 = {};
        // n += j                                                                             <L 16>
        var_17 = wp::add(var_12, var_16);
        wp::assign(var_12, var_17);
        wp::adj_assign(var_12, var_17, adj_12, adj_17);
        wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
        // adj: n += j                                                                        <L 16>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_13, adj_13, adj_14);
    // adj: for j in reversed(range(3)):                                                      <L 15>
    wp::adj_int(var_11, adj_11, adj_12);
    // adj: n = int(0)                                                                        <L 14>
    wp::adj_dot(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: s = wp.dot(v, w)                                                                  <L 13>
    wp::adj_vec_t({var_4, var_5, var_6, var_7, var_8}, {&adj_4, &adj_5, &adj_6, &adj_7, &adj_8}, adj_9);
    // adj: w = vec5(1.0, 2.0, 3.0, 4.0, 5.0)                                                 <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: v = a[i]                                                                          <L 11>
    // adj: i = wp.tid()                                                                      <L 10>
    // adj: def custom_types(a: wp.array(dtype=vec5), m: wp.array(dtype=mat23), out: wp.array(dtype=float)):  <L 9>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void custom_types_2ddfc4bf_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_custom_types_2ddfc4bf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        custom_types_2ddfc4bf_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void custom_types_2ddfc4bf_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_custom_types_2ddfc4bf *_wp_args,
    wp_args_custom_types_2ddfc4bf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        custom_types_2ddfc4bf_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

