
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

struct wp_args_k2_d8efc6ef {
    wp::array_t<wp::float32> a;
};


void k2_d8efc6ef_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k2_d8efc6ef *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    //---------
    // forward
    // def k2(a: wp.array(dtype=float)):                                                      <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // a[i] = 2.0                                                                             <L 13>
    wp::array_store(var_a, var_0, var_1);
}



void k2_d8efc6ef_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k2_d8efc6ef *_wp_args,
    wp_args_k2_d8efc6ef *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def k2(a: wp.array(dtype=float)):                                                      <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // a[i] = 2.0                                                                             <L 13>
    // wp::array_store(var_a, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_1, adj_a, adj_0, adj_1);
    // adj: a[i] = 2.0                                                                        <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def k2(a: wp.array(dtype=float)):                                                 <L 11>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void k2_d8efc6ef_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_k2_d8efc6ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k2_d8efc6ef_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void k2_d8efc6ef_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_k2_d8efc6ef *_wp_args,
    wp_args_k2_d8efc6ef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k2_d8efc6ef_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

