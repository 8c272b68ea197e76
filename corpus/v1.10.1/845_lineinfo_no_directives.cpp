
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

struct wp_args_axpy_d82b8df0 {
    wp::float32 a;
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void axpy_d82b8df0_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_axpy_d82b8df0 *_wp_args)
{
    //---------
    // argument vars
    wp::float32 var_a = _wp_args->a;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def axpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // y[i] = a * x[i] + y[i]                                                                 <L 10>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_a, var_3);
    var_4 = wp::address(var_y, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::add(var_2, var_6);
    wp::array_store(var_y, var_0, var_5);
}



void axpy_d82b8df0_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_axpy_d82b8df0 *_wp_args,
    wp_args_axpy_d82b8df0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::float32 var_a = _wp_args->a;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::float32 adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def axpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // y[i] = a * x[i] + y[i]                                                                 <L 10>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_a, var_3);
    var_4 = wp::address(var_y, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::add(var_2, var_6);
    // wp::array_store(var_y, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_5, adj_y, adj_0, adj_5);
    wp::adj_add(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_y, var_0, adj_y, adj_0, adj_4);
    wp::adj_mul(var_a, var_3, adj_a, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: y[i] = a * x[i] + y[i]                                                            <L 10>
    // adj: i = wp.tid()                                                                      <L 9>
    // adj: def axpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):           <L 8>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void axpy_d82b8df0_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_axpy_d82b8df0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        axpy_d82b8df0_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void axpy_d82b8df0_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_axpy_d82b8df0 *_wp_args,
    wp_args_axpy_d82b8df0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        axpy_d82b8df0_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

