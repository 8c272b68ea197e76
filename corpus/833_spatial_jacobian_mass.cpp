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

struct wp_args_jacobian_f32_9910f4cd {
    wp::array_t<wp::vec_t<6, wp::float32>> S;
    wp::array_t<wp::int32> parents;
    wp::array_t<wp::int32> qd_start;
    wp::array_t<wp::int32> starts;
    wp::array_t<wp::float32> J;
};


void jacobian_f32_9910f4cd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobian_f32_9910f4cd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_S = _wp_args->S;
    wp::array_t<wp::int32> var_parents = _wp_args->parents;
    wp::array_t<wp::int32> var_qd_start = _wp_args->qd_start;
    wp::array_t<wp::int32> var_starts = _wp_args->starts;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 36;
    wp::int32 var_4;
    wp::int32 var_5;
    //---------
    // forward
    // def jacobian_f32(                                                                      <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // wp.spatial_jacobian(S, parents, qd_start, starts[i], 2, i * 36, J)                     <L 17>
    var_1 = wp::address(var_starts, var_0);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::load(var_1);
    wp::spatial_jacobian(var_S, var_parents, var_qd_start, var_5, var_2, var_4, var_J);
}



void jacobian_f32_9910f4cd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobian_f32_9910f4cd *_wp_args,
    wp_args_jacobian_f32_9910f4cd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_S = _wp_args->S;
    wp::array_t<wp::int32> var_parents = _wp_args->parents;
    wp::array_t<wp::int32> var_qd_start = _wp_args->qd_start;
    wp::array_t<wp::int32> var_starts = _wp_args->starts;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_S = _wp_adj_args->S;
    wp::array_t<wp::int32> adj_parents = _wp_adj_args->parents;
    wp::array_t<wp::int32> adj_qd_start = _wp_adj_args->qd_start;
    wp::array_t<wp::int32> adj_starts = _wp_adj_args->starts;
    wp::array_t<wp::float32> adj_J = _wp_adj_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 36;
    wp::int32 var_4;
    wp::int32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    //---------
    // forward
    // def jacobian_f32(                                                                      <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // wp.spatial_jacobian(S, parents, qd_start, starts[i], 2, i * 36, J)                     <L 17>
    var_1 = wp::address(var_starts, var_0);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::load(var_1);
    wp::spatial_jacobian(var_S, var_parents, var_qd_start, var_5, var_2, var_4, var_J);
    //---------
    // reverse
    wp::adj_spatial_jacobian(var_S, var_parents, var_qd_start, var_5, var_2, var_4, var_J, adj_S, adj_parents, adj_qd_start, adj_1, adj_2, adj_4, adj_J);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_1);
    // adj: wp.spatial_jacobian(S, parents, qd_start, starts[i], 2, i * 36, J)                <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def jacobian_f32(                                                                 <L 9>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jacobian_f32_9910f4cd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobian_f32_9910f4cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobian_f32_9910f4cd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jacobian_f32_9910f4cd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobian_f32_9910f4cd *_wp_args,
    wp_args_jacobian_f32_9910f4cd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobian_f32_9910f4cd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_jacobian_f64_ceaf814f {
    wp::array_t<wp::vec_t<6, wp::float64>> S;
    wp::array_t<wp::int32> parents;
    wp::array_t<wp::int32> qd_start;
    wp::array_t<wp::float64> J;
};


void jacobian_f64_ceaf814f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobian_f64_ceaf814f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float64>> var_S = _wp_args->S;
    wp::array_t<wp::int32> var_parents = _wp_args->parents;
    wp::array_t<wp::int32> var_qd_start = _wp_args->qd_start;
    wp::array_t<wp::float64> var_J = _wp_args->J;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 0;
    //---------
    // forward
    // def jacobian_f64(                                                                      <L 21>
    // wp.spatial_jacobian(S, parents, qd_start, 0, 3, 0, J)                                  <L 27>
    wp::spatial_jacobian(var_S, var_parents, var_qd_start, var_0, var_1, var_2, var_J);
}



void jacobian_f64_ceaf814f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobian_f64_ceaf814f *_wp_args,
    wp_args_jacobian_f64_ceaf814f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float64>> var_S = _wp_args->S;
    wp::array_t<wp::int32> var_parents = _wp_args->parents;
    wp::array_t<wp::int32> var_qd_start = _wp_args->qd_start;
    wp::array_t<wp::float64> var_J = _wp_args->J;
    wp::array_t<wp::vec_t<6, wp::float64>> adj_S = _wp_adj_args->S;
    wp::array_t<wp::int32> adj_parents = _wp_adj_args->parents;
    wp::array_t<wp::int32> adj_qd_start = _wp_adj_args->qd_start;
    wp::array_t<wp::float64> adj_J = _wp_adj_args->J;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    const wp::int32 var_2 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    //---------
    // forward
    // def jacobian_f64(                                                                      <L 21>
    // wp.spatial_jacobian(S, parents, qd_start, 0, 3, 0, J)                                  <L 27>
    wp::spatial_jacobian(var_S, var_parents, var_qd_start, var_0, var_1, var_2, var_J);
    //---------
    // reverse
    wp::adj_spatial_jacobian(var_S, var_parents, var_qd_start, var_0, var_1, var_2, var_J, adj_S, adj_parents, adj_qd_start, adj_0, adj_1, adj_2, adj_J);
    // adj: wp.spatial_jacobian(S, parents, qd_start, 0, 3, 0, J)                             <L 27>
    // adj: def jacobian_f64(                                                                 <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jacobian_f64_ceaf814f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobian_f64_ceaf814f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobian_f64_ceaf814f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jacobian_f64_ceaf814f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobian_f64_ceaf814f *_wp_args,
    wp_args_jacobian_f64_ceaf814f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobian_f64_ceaf814f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mass_f32_d9228000 {
    wp::array_t<wp::mat_t<6, 6, wp::float32>> I_s;
    wp::array_t<wp::float32> M;
};


void mass_f32_d9228000_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mass_f32_d9228000 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_I_s = _wp_args->I_s;
    wp::array_t<wp::float32> var_M = _wp_args->M;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 36;
    wp::int32 var_3;
    //---------
    // forward
    // def mass_f32(I_s: wp.array(dtype=wp.spatial_matrix), M: wp.array(dtype=float)):        <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // wp.spatial_mass(I_s, i, 1, i * 36, M)                                                  <L 33>
    var_3 = wp::mul(var_0, var_2);
    wp::spatial_mass(var_I_s, var_0, var_1, var_3, var_M);
}



void mass_f32_d9228000_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mass_f32_d9228000 *_wp_args,
    wp_args_mass_f32_d9228000 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_I_s = _wp_args->I_s;
    wp::array_t<wp::float32> var_M = _wp_args->M;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_I_s = _wp_adj_args->I_s;
    wp::array_t<wp::float32> adj_M = _wp_adj_args->M;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 36;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def mass_f32(I_s: wp.array(dtype=wp.spatial_matrix), M: wp.array(dtype=float)):        <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // wp.spatial_mass(I_s, i, 1, i * 36, M)                                                  <L 33>
    var_3 = wp::mul(var_0, var_2);
    wp::spatial_mass(var_I_s, var_0, var_1, var_3, var_M);
    //---------
    // reverse
    wp::adj_spatial_mass(var_I_s, var_0, var_1, var_3, var_M, adj_I_s, adj_0, adj_1, adj_3, adj_M);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: wp.spatial_mass(I_s, i, 1, i * 36, M)                                             <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def mass_f32(I_s: wp.array(dtype=wp.spatial_matrix), M: wp.array(dtype=float)):   <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mass_f32_d9228000_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mass_f32_d9228000 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mass_f32_d9228000_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mass_f32_d9228000_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mass_f32_d9228000 *_wp_args,
    wp_args_mass_f32_d9228000 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mass_f32_d9228000_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mass_f64_76f14638 {
    wp::array_t<wp::mat_t<6, 6, wp::float64>> I_s;
    wp::array_t<wp::float64> M;
};


void mass_f64_76f14638_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mass_f64_76f14638 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float64>> var_I_s = _wp_args->I_s;
    wp::array_t<wp::float64> var_M = _wp_args->M;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 0;
    //---------
    // forward
    // def mass_f64(I_s: wp.array(dtype=wp.spatial_matrixd), M: wp.array(dtype=wp.float64)):       <L 37>
    // wp.spatial_mass(I_s, 0, 2, 0, M)                                                       <L 38>
    wp::spatial_mass(var_I_s, var_0, var_1, var_2, var_M);
}



void mass_f64_76f14638_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mass_f64_76f14638 *_wp_args,
    wp_args_mass_f64_76f14638 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float64>> var_I_s = _wp_args->I_s;
    wp::array_t<wp::float64> var_M = _wp_args->M;
    wp::array_t<wp::mat_t<6, 6, wp::float64>> adj_I_s = _wp_adj_args->I_s;
    wp::array_t<wp::float64> adj_M = _wp_adj_args->M;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    //---------
    // forward
    // def mass_f64(I_s: wp.array(dtype=wp.spatial_matrixd), M: wp.array(dtype=wp.float64)):       <L 37>
    // wp.spatial_mass(I_s, 0, 2, 0, M)                                                       <L 38>
    wp::spatial_mass(var_I_s, var_0, var_1, var_2, var_M);
    //---------
    // reverse
    wp::adj_spatial_mass(var_I_s, var_0, var_1, var_2, var_M, adj_I_s, adj_0, adj_1, adj_2, adj_M);
    // adj: wp.spatial_mass(I_s, 0, 2, 0, M)                                                  <L 38>
    // adj: def mass_f64(I_s: wp.array(dtype=wp.spatial_matrixd), M: wp.array(dtype=wp.float64)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mass_f64_76f14638_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mass_f64_76f14638 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mass_f64_76f14638_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mass_f64_76f14638_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mass_f64_76f14638 *_wp_args,
    wp_args_mass_f64_76f14638 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mass_f64_76f14638_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

