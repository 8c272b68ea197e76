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

template<typename tile_t>

// corpus/919_tile_funcs.py:11
static wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> scale_0(
    tile_t& var_t,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    //---------
    // forward
    // def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):                              <L 12>
    // return t * s                                                                           <L 13>
    var_0 = wp::tile_mul(var_t, var_s);
    return var_0;
}

template<typename tile_t>

// corpus/919_tile_funcs.py:16
static wp::float32 total_0(
    tile_t& var_t)
{
    //---------
    // primal vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_0 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    //---------
    // forward
    // def total(t: wp.tile(dtype=float, shape=(N,))) -> float:                               <L 17>
    // return wp.tile_sum(t)[0]                                                               <L 18>
    var_0 = wp::tile_sum(var_t);
    var_2 = wp::tile_extract(var_0, var_1);
    return var_2;
}

template<typename tile_t>

// corpus/919_tile_funcs.py:11
static void adj_scale_0(
    tile_t& var_t,
    wp::float32 var_s,
    tile_t & adj_t,
    wp::float32 & adj_s,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> & adj_ret)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    //---------
    // dual vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_0{};
    //---------
    // forward
    // def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):                              <L 12>
    // return t * s                                                                           <L 13>
    var_0 = wp::tile_mul(var_t, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_tile_mul(var_t, var_s, adj_t, adj_s, adj_0);
    // adj: return t * s                                                                      <L 13>
    // adj: def scale(t: wp.tile(dtype=float, shape=(N,)), s: float):                         <L 12>
    return;
}

template<typename tile_t>

// corpus/919_tile_funcs.py:16
static void adj_total_0(
    tile_t& var_t,
    tile_t & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_0 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_0 = var_0;
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def total(t: wp.tile(dtype=float, shape=(N,))) -> float:                               <L 17>
    // return wp.tile_sum(t)[0]                                                               <L 18>
    var_0 = wp::tile_sum(var_t);
    var_2 = wp::tile_extract(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_tile_extract(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_tile_sum(var_t, adj_t, adj_0);
    // adj: return wp.tile_sum(t)[0]                                                          <L 18>
    // adj: def total(t: wp.tile(dtype=float, shape=(N,))) -> float:                          <L 17>
    return;
}

struct wp_args_funcs_9cd20469 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void funcs_9cd20469_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_funcs_9cd20469 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_2 = 0;
    const wp::float32 var_3 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    //---------
    // forward
    // def funcs(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 22>
    // t = wp.tile_load(a, shape=N)                                                           <L 23>
    var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // u = scale(t, 2.0)                                                                      <L 24>
    var_4 = scale_0(var_1, var_3);
    // out[0] = total(u)                                                                      <L 25>
    var_5 = total_0(var_4);
    wp::array_store(var_out, var_6, var_5);
    // wp.tile_store(out, u)                                                                  <L 26>
    wp::tile_store<wp::float32, true, false>(var_out, var_7, var_4);
}



void funcs_9cd20469_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_funcs_9cd20469 *_wp_args,
    wp_args_funcs_9cd20469 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_2 = 0;
    const wp::float32 var_3 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4{};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    //---------
    // forward
    // def funcs(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 22>
    // t = wp.tile_load(a, shape=N)                                                           <L 23>
    var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // u = scale(t, 2.0)                                                                      <L 24>
    var_4 = scale_0(var_1, var_3);
    // out[0] = total(u)                                                                      <L 25>
    var_5 = total_0(var_4);
    // wp::array_store(var_out, var_6, var_5);
    // wp.tile_store(out, u)                                                                  <L 26>
    // wp::tile_store<wp::float32, true, false>(var_out, var_7, var_4);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_7, var_4, adj_out, adj_7, adj_4);
    // adj: wp.tile_store(out, u)                                                             <L 26>
    wp::adj_array_store(var_out, var_6, var_5, adj_out, adj_6, adj_5);
    adj_total_0(var_4, adj_4, adj_5);
    // adj: out[0] = total(u)                                                                 <L 25>
    adj_scale_0(var_1, var_3, adj_1, adj_3, adj_4);
    // adj: u = scale(t, 2.0)                                                                 <L 24>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
    // adj: t = wp.tile_load(a, shape=N)                                                      <L 23>
    // adj: def funcs(a: wp.array(dtype=float), out: wp.array(dtype=float)):                  <L 22>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void funcs_9cd20469_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_funcs_9cd20469 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        funcs_9cd20469_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void funcs_9cd20469_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_funcs_9cd20469 *_wp_args,
    wp_args_funcs_9cd20469 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        funcs_9cd20469_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_element_stores_d70b8742 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void element_stores_d70b8742_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_stores_d70b8742 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_5 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::float32 var_10 = 3.0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 8;
    bool var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 3;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    //---------
    // forward
    // def element_stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):          <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // t = wp.tile_zeros(shape=(8, N), dtype=float)                                           <L 32>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_zeros<float, 8, 16>();
    // u = wp.tile_load(a, shape=(8, N))                                                      <L 33>
    var_6 = wp::tuple(var_5, var_2);
    var_7 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_8, var_9);
    // t[1, 2] = 3.0                                                                          <L 34>
    wp::assign(var_4, var_11, var_12, var_10);
    // t[i, 3] = u[0, 0]                                                                      <L 35>
    var_15 = wp::tile_extract(var_7, var_13, var_14);
    var_18 = (var_0 < var_16);
    var_19 = wp::add(var_0, var_17);
    var_20 = wp::where(var_18, var_19, var_0);
    wp::assign(var_4, var_20, var_21, var_15);
    // wp.tile_store(out, t)                                                                  <L 36>
    wp::tile_store<wp::float32, true, false>(var_out, var_22, var_23, var_4);
}



void element_stores_d70b8742_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_stores_d70b8742 *_wp_args,
    wp_args_element_stores_d70b8742 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
    const wp::int32 var_5 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::float32 var_10 = 3.0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 8;
    bool var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 3;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_4 = var_4;
    wp::int32 adj_5 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_7 = var_7;
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    //---------
    // forward
    // def element_stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):          <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // t = wp.tile_zeros(shape=(8, N), dtype=float)                                           <L 32>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_zeros<float, 8, 16>();
    // u = wp.tile_load(a, shape=(8, N))                                                      <L 33>
    var_6 = wp::tuple(var_5, var_2);
    var_7 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_8, var_9);
    // t[1, 2] = 3.0                                                                          <L 34>
    wp::assign(var_4, var_11, var_12, var_10);
    // t[i, 3] = u[0, 0]                                                                      <L 35>
    var_15 = wp::tile_extract(var_7, var_13, var_14);
    var_18 = (var_0 < var_16);
    var_19 = wp::add(var_0, var_17);
    var_20 = wp::where(var_18, var_19, var_0);
    wp::assign(var_4, var_20, var_21, var_15);
    // wp.tile_store(out, t)                                                                  <L 36>
    // wp::tile_store<wp::float32, true, false>(var_out, var_22, var_23, var_4);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_22, var_23, var_4, adj_out, adj_22, adj_23, adj_4);
    // adj: wp.tile_store(out, t)                                                             <L 36>
    wp::adj_assign(var_4, var_20, var_21, var_15, adj_4, adj_20, adj_21, adj_15);
    wp::adj_where(var_18, var_19, var_0, adj_18, adj_19, adj_0, adj_20);
    wp::adj_add(var_0, var_17, adj_0, adj_17, adj_19);
    wp::adj_tile_extract(var_7, var_13, var_14, adj_7, adj_13, adj_14, adj_15);
    // adj: t[i, 3] = u[0, 0]                                                                 <L 35>
    wp::adj_assign(var_4, var_11, var_12, var_10, adj_4, adj_11, adj_12, adj_10);
    // adj: t[1, 2] = 3.0                                                                     <L 34>
    wp::adj_tile_load(var_a, var_8, var_9, adj_a, adj_8, adj_9, adj_7);
    // adj: u = wp.tile_load(a, shape=(8, N))                                                 <L 33>
    // adj: t = wp.tile_zeros(shape=(8, N), dtype=float)                                      <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def element_stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):     <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void element_stores_d70b8742_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_stores_d70b8742 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        element_stores_d70b8742_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void element_stores_d70b8742_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_stores_d70b8742 *_wp_args,
    wp_args_element_stores_d70b8742 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        element_stores_d70b8742_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shapes_7e061868 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> k;
    wp::array_t<wp::float32> out;
};


void shapes_7e061868_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shapes_7e061868 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_k = _wp_args->k;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_6 = nullptr;
    const wp::int32 var_7 = 4;
    const wp::int32 var_8 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, false> var_10 = nullptr;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = -1;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_14 = nullptr;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    wp::slice_t var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_21 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::slice_t var_24;
    const wp::int32 var_25 = 0;
    wp::array_t<wp::float32> var_26;
    const wp::int32 var_27 = 4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_28 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_29 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_30 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_31 = 0;
    wp::tuple_t<wp::int32> var_32;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_33 = nullptr;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 0;
    //---------
    // forward
    // def shapes(a: wp.array2d(dtype=float), k: wp.array(dtype=int), out: wp.array2d(dtype=float)):       <L 40>
    // t = wp.tile_load(a, shape=(1, N))                                                      <L 41>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 1, 16>(var_a, var_4, var_5);
    // s = wp.tile_squeeze(t)                                                                 <L 42>
    var_6 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3);
    // r = wp.tile_reshape(s, shape=(4, 4))                                                   <L 43>
    var_9 = wp::tuple(var_7, var_8);
    var_10 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, false>>(var_6);
    // r2 = wp.tile_reshape(s, shape=(2, -1))                                                 <L 44>
    var_13 = wp::tuple(var_11, var_12);
    var_14 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_6);
    // keys = wp.tile_load(k, shape=N)                                                        <L 45>
    var_15 = wp::tile_load<wp::int32, true, false, 16>(var_k, var_16);
    // vals = wp.tile_load(a[0], shape=N)                                                     <L 46>
    var_18 = wp::slice_t(var_17, var_17, var_19);
    var_20 = wp::view(var_a, var_18);
    var_21 = wp::tile_load<wp::float32, true, false, 16>(var_20, var_22);
    // wp.tile_sort(keys, vals)                                                               <L 47>
    wp::tile_sort(var_15, var_21);
    // d = wp.tile_load(a[1], shape=4)                                                        <L 48>
    var_24 = wp::slice_t(var_23, var_23, var_25);
    var_26 = wp::view(var_a, var_24);
    var_28 = wp::tile_load<wp::float32, true, false, 4>(var_26, var_29);
    // m = wp.tile_diag_add(r, d)                                                             <L 49>
    var_30 = wp::tile_diag_add(var_10, var_28, var_30);
    // q = wp.tile_squeeze(t, axis=(0,))                                                      <L 50>
    var_32 = wp::tuple(var_31);
    var_33 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3);
    // wp.tile_store(out, m)                                                                  <L 51>
    wp::tile_store<wp::float32, true, false>(var_out, var_34, var_35, var_30);
    // wp.tile_store(out, r2)                                                                 <L 52>
    wp::tile_store<wp::float32, true, false>(var_out, var_36, var_37, var_14);
}



void shapes_7e061868_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shapes_7e061868 *_wp_args,
    wp_args_shapes_7e061868 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_k = _wp_args->k;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_k = _wp_adj_args->k;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1,16>,wp::tile_stride_t<16,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_6 = nullptr;
    const wp::int32 var_7 = 4;
    const wp::int32 var_8 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, false> var_10 = nullptr;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = -1;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_14 = nullptr;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    wp::slice_t var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_21 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::slice_t var_24;
    const wp::int32 var_25 = 0;
    wp::array_t<wp::float32> var_26;
    const wp::int32 var_27 = 4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_28 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_29 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_30 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_31 = 0;
    wp::tuple_t<wp::int32> var_32;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_33 = nullptr;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,16>, wp::tile_stride_t<16,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_6 = var_6;
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, false>& adj_10 = var_10;
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_14 = var_14;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::slice_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::array_t<wp::float32> adj_20 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_21 = var_21;
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::slice_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::array_t<wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_28 = var_28;
    wp::int32 adj_29 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_30 = var_30;
    wp::int32 adj_31 = {};
    wp::tuple_t<wp::int32> adj_32 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_33 = var_33;
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    //---------
    // forward
    // def shapes(a: wp.array2d(dtype=float), k: wp.array(dtype=int), out: wp.array2d(dtype=float)):       <L 40>
    // t = wp.tile_load(a, shape=(1, N))                                                      <L 41>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 1, 16>(var_a, var_4, var_5);
    // s = wp.tile_squeeze(t)                                                                 <L 42>
    var_6 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3);
    // r = wp.tile_reshape(s, shape=(4, 4))                                                   <L 43>
    var_9 = wp::tuple(var_7, var_8);
    var_10 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, false>>(var_6);
    // r2 = wp.tile_reshape(s, shape=(2, -1))                                                 <L 44>
    var_13 = wp::tuple(var_11, var_12);
    var_14 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_6);
    // keys = wp.tile_load(k, shape=N)                                                        <L 45>
    var_15 = wp::tile_load<wp::int32, true, false, 16>(var_k, var_16);
    // vals = wp.tile_load(a[0], shape=N)                                                     <L 46>
    var_18 = wp::slice_t(var_17, var_17, var_19);
    var_20 = wp::view(var_a, var_18);
    var_21 = wp::tile_load<wp::float32, true, false, 16>(var_20, var_22);
    // wp.tile_sort(keys, vals)                                                               <L 47>
    wp::tile_sort(var_15, var_21);
    // d = wp.tile_load(a[1], shape=4)                                                        <L 48>
    var_24 = wp::slice_t(var_23, var_23, var_25);
    var_26 = wp::view(var_a, var_24);
    var_28 = wp::tile_load<wp::float32, true, false, 4>(var_26, var_29);
    // m = wp.tile_diag_add(r, d)                                                             <L 49>
    var_30 = wp::tile_diag_add(var_10, var_28, var_30);
    // q = wp.tile_squeeze(t, axis=(0,))                                                      <L 50>
    var_32 = wp::tuple(var_31);
    var_33 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3);
    // wp.tile_store(out, m)                                                                  <L 51>
    // wp::tile_store<wp::float32, true, false>(var_out, var_34, var_35, var_30);
    // wp.tile_store(out, r2)                                                                 <L 52>
    // wp::tile_store<wp::float32, true, false>(var_out, var_36, var_37, var_14);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_36, var_37, var_14, adj_out, adj_36, adj_37, adj_14);
    // adj: wp.tile_store(out, r2)                                                            <L 52>
    wp::adj_tile_store(var_out, var_34, var_35, var_30, adj_out, adj_34, adj_35, adj_30);
    // adj: wp.tile_store(out, m)                                                             <L 51>
    wp::adj_tile_squeeze(var_3, adj_3, adj_33);
    // adj: q = wp.tile_squeeze(t, axis=(0,))                                                 <L 50>
    // adj: m = wp.tile_diag_add(r, d)                                                        <L 49>
    wp::adj_tile_load(var_26, var_29, adj_26, adj_29, adj_28);
    wp::adj_view(var_a, var_24, adj_a, adj_24, adj_26);
    // adj: d = wp.tile_load(a[1], shape=4)                                                   <L 48>
    // adj: wp.tile_sort(keys, vals)                                                          <L 47>
    wp::adj_tile_load(var_20, var_22, adj_20, adj_22, adj_21);
    wp::adj_view(var_a, var_18, adj_a, adj_18, adj_20);
    // adj: vals = wp.tile_load(a[0], shape=N)                                                <L 46>
    wp::adj_tile_load(var_k, var_16, adj_k, adj_16, adj_15);
    // adj: keys = wp.tile_load(k, shape=N)                                                   <L 45>
    wp::adj_tile_reshape(var_6, adj_6, adj_14);
    // adj: r2 = wp.tile_reshape(s, shape=(2, -1))                                            <L 44>
    wp::adj_tile_reshape(var_6, adj_6, adj_10);
    // adj: r = wp.tile_reshape(s, shape=(4, 4))                                              <L 43>
    wp::adj_tile_squeeze(var_3, adj_3, adj_6);
    // adj: s = wp.tile_squeeze(t)                                                            <L 42>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(1, N))                                                 <L 41>
    // adj: def shapes(a: wp.array2d(dtype=float), k: wp.array(dtype=int), out: wp.array2d(dtype=float)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shapes_7e061868_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shapes_7e061868 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shapes_7e061868_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shapes_7e061868_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shapes_7e061868 *_wp_args,
    wp_args_shapes_7e061868 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shapes_7e061868_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

