
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

struct wp_args_gather_rows_2d7407f6 {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::int32> rows;
    wp::array_t<wp::float32> dst;
};


void gather_rows_2d7407f6_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gather_rows_2d7407f6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_rows = _wp_args->rows;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::tuple_t<wp::int32, wp::int32> var_20;
    const wp::int32 var_21 = 0;
    //---------
    // forward
    // def gather_rows(src: wp.array2d(dtype=float), rows: wp.array(dtype=int), dst: wp.array2d(dtype=float)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // idx = wp.tile_load(rows, shape=M)                                                      <L 13>
    var_2 = wp::tile_load<wp::int32, true, 4>(var_rows, var_3);
    // t = wp.tile_load_indexed(src, indices=idx, shape=(M, N), offset=(0, i * N), axis=0)       <L 14>
    var_5 = wp::tuple(var_1, var_4);
    var_7 = wp::mul(var_0, var_4);
    var_8 = wp::tuple(var_6, var_7);
    var_10 = wp::tile_load_indexed<4, 8>(var_src, var_2, var_9, var_11, var_7);
    // u = wp.tile_load_indexed(src, idx, shape=(M, N))                                       <L 15>
    var_12 = wp::tuple(var_1, var_4);
    var_13 = wp::tile_load_indexed<4, 8>(var_src, var_2, var_14, var_15, var_16);
    // wp.tile_store(dst, t + u, offset=(0, i * N))                                           <L 16>
    var_17 = wp::tile_add(var_10, var_13);
    var_19 = wp::mul(var_0, var_4);
    var_20 = wp::tuple(var_18, var_19);
    wp::tile_store<wp::float32, true>(var_dst, var_21, var_19, var_17);
}



void gather_rows_2d7407f6_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gather_rows_2d7407f6 *_wp_args,
    wp_args_gather_rows_2d7407f6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_rows = _wp_args->rows;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::int32> adj_rows = _wp_adj_args->rows;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::tuple_t<wp::int32, wp::int32> var_20;
    const wp::int32 var_21 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_2 = var_2;
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_10(0.0);
    wp::int32 adj_11 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_13(0.0);
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_17(0.0);
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def gather_rows(src: wp.array2d(dtype=float), rows: wp.array(dtype=int), dst: wp.array2d(dtype=float)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // idx = wp.tile_load(rows, shape=M)                                                      <L 13>
    var_2 = wp::tile_load<wp::int32, true, 4>(var_rows, var_3);
    // t = wp.tile_load_indexed(src, indices=idx, shape=(M, N), offset=(0, i * N), axis=0)       <L 14>
    var_5 = wp::tuple(var_1, var_4);
    var_7 = wp::mul(var_0, var_4);
    var_8 = wp::tuple(var_6, var_7);
    var_10 = wp::tile_load_indexed<4, 8>(var_src, var_2, var_9, var_11, var_7);
    // u = wp.tile_load_indexed(src, idx, shape=(M, N))                                       <L 15>
    var_12 = wp::tuple(var_1, var_4);
    var_13 = wp::tile_load_indexed<4, 8>(var_src, var_2, var_14, var_15, var_16);
    // wp.tile_store(dst, t + u, offset=(0, i * N))                                           <L 16>
    var_17 = wp::tile_add(var_10, var_13);
    var_19 = wp::mul(var_0, var_4);
    var_20 = wp::tuple(var_18, var_19);
    // wp::tile_store<wp::float32, true>(var_dst, var_21, var_19, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_dst, var_21, var_19, var_17, adj_dst, adj_21, adj_19, adj_17);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_19);
    wp::adj_tile_add(var_10, var_13, adj_10, adj_13, adj_17);
    // adj: wp.tile_store(dst, t + u, offset=(0, i * N))                                      <L 16>
    wp::adj_tile_load_indexed(var_src, var_2, var_14, var_15, var_16, adj_src, adj_2, adj_14, adj_15, adj_16, adj_13);
    // adj: u = wp.tile_load_indexed(src, idx, shape=(M, N))                                  <L 15>
    wp::adj_tile_load_indexed(var_src, var_2, var_9, var_11, var_7, adj_src, adj_2, adj_9, adj_11, adj_7, adj_10);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_7);
    // adj: t = wp.tile_load_indexed(src, indices=idx, shape=(M, N), offset=(0, i * N), axis=0)  <L 14>
    wp::adj_tile_load(var_rows, var_3, adj_rows, adj_3, adj_2);
    // adj: idx = wp.tile_load(rows, shape=M)                                                 <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def gather_rows(src: wp.array2d(dtype=float), rows: wp.array(dtype=int), dst: wp.array2d(dtype=float)):  <L 11>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gather_rows_2d7407f6_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gather_rows_2d7407f6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gather_rows_2d7407f6_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gather_rows_2d7407f6_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gather_rows_2d7407f6 *_wp_args,
    wp_args_gather_rows_2d7407f6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gather_rows_2d7407f6_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scatter_cols_5bf5f9ca {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
};


void scatter_cols_5bf5f9ca_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scatter_cols_5bf5f9ca *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 16;
    const wp::int32 var_8 = 2;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    //---------
    // forward
    // def scatter_cols(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):          <L 20>
    // t = wp.tile_load(src, shape=(M, N))                                                    <L 21>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, 4, 8>(var_src, var_4, var_5);
    // cols = wp.tile_arange(0, 16, 2, dtype=int)                                             <L 22>
    var_9 = wp::tile_arange<wp::int32, 8>(var_6, var_7, var_8);
    // wp.tile_store_indexed(dst, indices=cols, t=t, axis=1)                                  <L 23>
    wp::tile_store_indexed(var_dst, var_9, var_10, var_11, var_12, var_3);
    // wp.tile_store_indexed(dst, cols, t, offset=(M, 0), axis=1)                             <L 24>
    var_14 = wp::tuple(var_0, var_13);
    wp::tile_store_indexed(var_dst, var_9, var_15, var_16, var_17, var_3);
    // old = wp.tile_atomic_add_indexed(dst, indices=cols, t=t, axis=1)                       <L 25>
    var_19 = wp::tile_atomic_add_indexed(var_dst, var_9, var_18, var_20, var_21, var_3);
    // wp.tile_store(src, old)                                                                <L 26>
    wp::tile_store<wp::float32, true>(var_src, var_22, var_23, var_19);
}



void scatter_cols_5bf5f9ca_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scatter_cols_5bf5f9ca *_wp_args,
    wp_args_scatter_cols_5bf5f9ca *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 16;
    const wp::int32 var_8 = 2;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_9 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_3(0.0);
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_9 = var_9;
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_19(0.0);
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    //---------
    // forward
    // def scatter_cols(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):          <L 20>
    // t = wp.tile_load(src, shape=(M, N))                                                    <L 21>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, 4, 8>(var_src, var_4, var_5);
    // cols = wp.tile_arange(0, 16, 2, dtype=int)                                             <L 22>
    var_9 = wp::tile_arange<wp::int32, 8>(var_6, var_7, var_8);
    // wp.tile_store_indexed(dst, indices=cols, t=t, axis=1)                                  <L 23>
    // wp::tile_store_indexed(var_dst, var_9, var_10, var_11, var_12, var_3);
    // wp.tile_store_indexed(dst, cols, t, offset=(M, 0), axis=1)                             <L 24>
    var_14 = wp::tuple(var_0, var_13);
    // wp::tile_store_indexed(var_dst, var_9, var_15, var_16, var_17, var_3);
    // old = wp.tile_atomic_add_indexed(dst, indices=cols, t=t, axis=1)                       <L 25>
    // var_19 = wp::tile_atomic_add_indexed(var_dst, var_9, var_18, var_20, var_21, var_3);
    // wp.tile_store(src, old)                                                                <L 26>
    // wp::tile_store<wp::float32, true>(var_src, var_22, var_23, var_19);
    //---------
    // reverse
    wp::adj_tile_store(var_src, var_22, var_23, var_19, adj_src, adj_22, adj_23, adj_19);
    // adj: wp.tile_store(src, old)                                                           <L 26>
    wp::adj_tile_atomic_add_indexed(var_dst, var_9, var_18, var_20, var_21, var_3, adj_dst, adj_9, adj_18, adj_20, adj_21, adj_3, adj_19);
    // adj: old = wp.tile_atomic_add_indexed(dst, indices=cols, t=t, axis=1)                  <L 25>
    wp::adj_tile_store_indexed(var_dst, var_9, var_15, var_16, var_17, var_3, adj_dst, adj_9, adj_15, adj_16, adj_17, adj_3);
    // adj: wp.tile_store_indexed(dst, cols, t, offset=(M, 0), axis=1)                        <L 24>
    wp::adj_tile_store_indexed(var_dst, var_9, var_10, var_11, var_12, var_3, adj_dst, adj_9, adj_10, adj_11, adj_12, adj_3);
    // adj: wp.tile_store_indexed(dst, indices=cols, t=t, axis=1)                             <L 23>
    // adj: cols = wp.tile_arange(0, 16, 2, dtype=int)                                        <L 22>
    wp::adj_tile_load(var_src, var_4, var_5, adj_src, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(src, shape=(M, N))                                               <L 21>
    // adj: def scatter_cols(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):     <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scatter_cols_5bf5f9ca_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_scatter_cols_5bf5f9ca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scatter_cols_5bf5f9ca_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scatter_cols_5bf5f9ca_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_scatter_cols_5bf5f9ca *_wp_args,
    wp_args_scatter_cols_5bf5f9ca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scatter_cols_5bf5f9ca_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

