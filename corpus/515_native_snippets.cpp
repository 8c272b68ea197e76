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


// corpus/515_native_snippets.py:11
static CUDA_CALLABLE wp::float32 sq_plus_one_0(
    wp::float32 x)
{

    return x * x + 1.0f;
}


// corpus/515_native_snippets.py:15
static CUDA_CALLABLE void write_tid_0(
    wp::array_t<wp::float32> out,
    wp::int32 tid)
{
out[tid] = (float)tid;}


// corpus/515_native_snippets.py:11
static CUDA_CALLABLE void adj_sq_plus_one_0(
    wp::float32 x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{

    adj_x += 2.0f * x * adj_ret;
}


// corpus/515_native_snippets.py:15
static CUDA_CALLABLE void adj_write_tid_0(
    wp::array_t<wp::float32> out,
    wp::int32 tid,
    wp::array_t<wp::float32> & adj_out,
    wp::int32 & adj_tid)
{
}

struct wp_args_k_67b4268f {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


void k_67b4268f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_67b4268f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=float)):                             <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // b[i] = sq_plus_one(a[i])                                                               <L 22>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_plus_one_0(var_3);
    wp::array_store(var_b, var_0, var_2);
    // write_tid(a, i)                                                                        <L 23>
    write_tid_0(var_a, var_0);
}



void k_67b4268f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_67b4268f *_wp_args,
    wp_args_k_67b4268f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=float)):                             <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // b[i] = sq_plus_one(a[i])                                                               <L 22>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_plus_one_0(var_3);
    // wp::array_store(var_b, var_0, var_2);
    // write_tid(a, i)                                                                        <L 23>
    write_tid_0(var_a, var_0);
    //---------
    // reverse
    adj_write_tid_0(var_a, var_0, adj_a, adj_0);
    // adj: write_tid(a, i)                                                                   <L 23>
    wp::adj_array_store(var_b, var_0, var_2, adj_b, adj_0, adj_2);
    adj_sq_plus_one_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: b[i] = sq_plus_one(a[i])                                                          <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=float)):                        <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void k_67b4268f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_67b4268f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        k_67b4268f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void k_67b4268f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_67b4268f *_wp_args,
    wp_args_k_67b4268f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        k_67b4268f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

