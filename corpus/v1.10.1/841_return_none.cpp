
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


// corpus/841_return_none.py:6
static void user_func_return_none_0(
    )
{
    //---------
    // primal vars
    //---------
    // forward
    // def user_func_return_none() -> None:                                                   <L 7>
    // pass                                                                                   <L 8>
}


// corpus/841_return_none.py:11
static void store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, x: float) -> None:                         <L 12>
    // a[i] = x                                                                               <L 13>
    wp::array_store(var_a, var_i, var_x);
}


// corpus/841_return_none.py:6
static void adj_user_func_return_none_0(
    )
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def user_func_return_none() -> None:                                                   <L 7>
    // pass                                                                                   <L 8>
    //---------
    // reverse
    // adj: pass                                                                              <L 8>
    // adj: def user_func_return_none() -> None:                                              <L 7>
    return;
}


// corpus/841_return_none.py:11
static void adj_store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_x,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_x)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, x: float) -> None:                         <L 12>
    // a[i] = x                                                                               <L 13>
    // wp::array_store(var_a, var_i, var_x);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_x, adj_a, adj_i, adj_x);
    // adj: a[i] = x                                                                          <L 13>
    // adj: def store(a: wp.array(dtype=float), i: int, x: float) -> None:                    <L 12>
    return;
}

struct wp_args_k_2387f8d4 {
    wp::array_t<wp::float32> a;
};


void k_2387f8d4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_2387f8d4 *_wp_args)
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
    // def k(a: wp.array(dtype=float)) -> None:                                               <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // user_func_return_none()                                                                <L 19>
    user_func_return_none_0();
    // store(a, i, 2.0)                                                                       <L 20>
    store_0(var_a, var_0, var_1);
}



void k_2387f8d4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_2387f8d4 *_wp_args,
    wp_args_k_2387f8d4 *_wp_adj_args)
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
    // def k(a: wp.array(dtype=float)) -> None:                                               <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // user_func_return_none()                                                                <L 19>
    user_func_return_none_0();
    // store(a, i, 2.0)                                                                       <L 20>
    store_0(var_a, var_0, var_1);
    //---------
    // reverse
    adj_store_0(var_a, var_0, var_1, adj_a, adj_0, adj_1);
    // adj: store(a, i, 2.0)                                                                  <L 20>
    // adj: user_func_return_none()                                                           <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def k(a: wp.array(dtype=float)) -> None:                                          <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void k_2387f8d4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_k_2387f8d4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_2387f8d4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void k_2387f8d4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_k_2387f8d4 *_wp_args,
    wp_args_k_2387f8d4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_2387f8d4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

