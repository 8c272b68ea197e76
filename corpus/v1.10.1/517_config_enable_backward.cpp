
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


// corpus/517_config_enable_backward.py:6
static wp::float32 f_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def f(x: float) -> float:                                                              <L 7>
    // return x * 2.0                                                                         <L 8>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// corpus/517_config_enable_backward.py:6
static void adj_f_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_k_5bed62a8 {
    wp::array_t<wp::float32> a;
};


void k_5bed62a8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_5bed62a8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def k(a: wp.array(dtype=float)):                                                       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // a[i] = f(a[i])                                                                         <L 14>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = f_0(var_3);
    wp::array_store(var_a, var_0, var_2);
}



extern "C" {

// Python CPU entry points
WP_API void k_5bed62a8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_k_5bed62a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_5bed62a8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

