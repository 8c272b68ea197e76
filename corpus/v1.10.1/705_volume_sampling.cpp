
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

struct wp_args_sdf_collide_dbfaf1af {
    wp::uint64 sdf;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 radius;
};


void sdf_collide_dbfaf1af_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sdf_collide_dbfaf1af *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_sdf = _wp_args->sdf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def sdf_collide(                                                                       <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 15>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(sdf, p)                                                 <L 16>
    var_4 = wp::volume_world_to_index(var_sdf, var_2);
    // grad = wp.vec3()                                                                       <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // d = wp.volume_sample_grad_f(sdf, uvw, wp.Volume.LINEAR, grad)                          <L 18>
    var_8 = wp::volume_sample_grad_f(var_sdf, var_4, var_7, var_5);
    // if d < radius:                                                                         <L 19>
    var_9 = (var_8 < var_radius);
    if (var_9) {
        // n = wp.normalize(wp.volume_index_to_world_dir(sdf, grad))                          <L 20>
        var_10 = wp::volume_index_to_world_dir(var_sdf, var_5);
        var_11 = wp::normalize(var_10);
        // x[tid] = p + n * (radius - d)                                                      <L 21>
        var_12 = wp::sub(var_radius, var_8);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::add(var_2, var_13);
        wp::array_store(var_x, var_0, var_14);
        // vn = wp.dot(v[tid], n)                                                             <L 22>
        var_15 = wp::address(var_v, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::dot(var_17, var_11);
        // if vn < 0.0:                                                                       <L 23>
        var_19 = (var_16 < var_18);
        if (var_19) {
            // v[tid] = v[tid] - n * vn                                                       <L 24>
            var_20 = wp::address(var_v, var_0);
            var_21 = wp::mul(var_11, var_16);
            var_23 = wp::load(var_20);
            var_22 = wp::sub(var_23, var_21);
            wp::array_store(var_v, var_0, var_22);
        }
    }
}



void sdf_collide_dbfaf1af_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sdf_collide_dbfaf1af *_wp_args,
    wp_args_sdf_collide_dbfaf1af *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_sdf = _wp_args->sdf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_radius = _wp_args->radius;
    wp::uint64 adj_sdf = _wp_adj_args->sdf;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def sdf_collide(                                                                       <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 15>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(sdf, p)                                                 <L 16>
    var_4 = wp::volume_world_to_index(var_sdf, var_2);
    // grad = wp.vec3()                                                                       <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // d = wp.volume_sample_grad_f(sdf, uvw, wp.Volume.LINEAR, grad)                          <L 18>
    var_8 = wp::volume_sample_grad_f(var_sdf, var_4, var_7, var_5);
    // if d < radius:                                                                         <L 19>
    var_9 = (var_8 < var_radius);
    if (var_9) {
        // n = wp.normalize(wp.volume_index_to_world_dir(sdf, grad))                          <L 20>
        var_10 = wp::volume_index_to_world_dir(var_sdf, var_5);
        var_11 = wp::normalize(var_10);
        // x[tid] = p + n * (radius - d)                                                      <L 21>
        var_12 = wp::sub(var_radius, var_8);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::add(var_2, var_13);
        // wp::array_store(var_x, var_0, var_14);
        // vn = wp.dot(v[tid], n)                                                             <L 22>
        var_15 = wp::address(var_v, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::dot(var_17, var_11);
        // if vn < 0.0:                                                                       <L 23>
        var_19 = (var_16 < var_18);
        if (var_19) {
            // v[tid] = v[tid] - n * vn                                                       <L 24>
            var_20 = wp::address(var_v, var_0);
            var_21 = wp::mul(var_11, var_16);
            var_23 = wp::load(var_20);
            var_22 = wp::sub(var_23, var_21);
            // wp::array_store(var_v, var_0, var_22);
        }
    }
    //---------
    // reverse
    if (var_9) {
        if (var_19) {
            wp::adj_array_store(var_v, var_0, var_22, adj_v, adj_0, adj_22);
            wp::adj_sub(var_23, var_21, adj_20, adj_21, adj_22);
            wp::adj_mul(var_11, var_16, adj_11, adj_16, adj_21);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_20);
            // adj: v[tid] = v[tid] - n * vn                                                  <L 24>
        }
        // adj: if vn < 0.0:                                                                  <L 23>
        wp::adj_dot(var_17, var_11, adj_15, adj_11, adj_16);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_15);
        // adj: vn = wp.dot(v[tid], n)                                                        <L 22>
        wp::adj_array_store(var_x, var_0, var_14, adj_x, adj_0, adj_14);
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_sub(var_radius, var_8, adj_radius, adj_8, adj_12);
        // adj: x[tid] = p + n * (radius - d)                                                 <L 21>
        wp::adj_normalize(var_10, var_11, adj_10, adj_11);
        wp::adj_volume_index_to_world_dir(var_sdf, var_5, adj_sdf, adj_5, adj_10);
        // adj: n = wp.normalize(wp.volume_index_to_world_dir(sdf, grad))                     <L 20>
    }
    // adj: if d < radius:                                                                    <L 19>
    wp::adj_volume_sample_grad_f(var_sdf, var_4, var_7, var_5, adj_sdf, adj_4, adj_7, adj_5, adj_8);
    // adj: d = wp.volume_sample_grad_f(sdf, uvw, wp.Volume.LINEAR, grad)                     <L 18>
    // adj: grad = wp.vec3()                                                                  <L 17>
    wp::adj_volume_world_to_index(var_sdf, var_2, adj_sdf, adj_2, adj_4);
    // adj: uvw = wp.volume_world_to_index(sdf, p)                                            <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def sdf_collide(                                                                  <L 8>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sdf_collide_dbfaf1af_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sdf_collide_dbfaf1af *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sdf_collide_dbfaf1af_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sdf_collide_dbfaf1af_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sdf_collide_dbfaf1af *_wp_args,
    wp_args_sdf_collide_dbfaf1af *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sdf_collide_dbfaf1af_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_advect_a2aff526 {
    wp::uint64 velocity;
    wp::uint64 density;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 dt;
    wp::array_t<wp::float32> out_density;
};


void advect_a2aff526_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_a2aff526 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_velocity = _wp_args->velocity;
    wp::uint64 var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out_density = _wp_args->out_density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def advect(                                                                            <L 28>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 36>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // u = wp.volume_sample_v(velocity, wp.volume_world_to_index(velocity, p), wp.Volume.LINEAR)       <L 37>
    var_4 = wp::volume_world_to_index(var_velocity, var_2);
    var_7 = wp::volume_sample_v(var_velocity, var_4, var_6);
    // back = p - u * dt                                                                      <L 38>
    var_8 = wp::mul(var_7, var_dt);
    var_9 = wp::sub(var_2, var_8);
    // idx = wp.volume_world_to_index(density, back)                                          <L 39>
    var_10 = wp::volume_world_to_index(var_density, var_9);
    // out_density[tid] = wp.volume_sample(density, idx, wp.Volume.LINEAR, dtype=float)       <L 40>
    var_13 = wp::volume_sample<float>(var_density, var_10, var_12);
    wp::array_store(var_out_density, var_0, var_13);
    // x[tid] = wp.volume_index_to_world(density, idx)                                        <L 41>
    var_14 = wp::volume_index_to_world(var_density, var_10);
    wp::array_store(var_x, var_0, var_14);
}



void advect_a2aff526_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_a2aff526 *_wp_args,
    wp_args_advect_a2aff526 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_velocity = _wp_args->velocity;
    wp::uint64 var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out_density = _wp_args->out_density;
    wp::uint64 adj_velocity = _wp_adj_args->velocity;
    wp::uint64 adj_density = _wp_adj_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_out_density = _wp_adj_args->out_density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def advect(                                                                            <L 28>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 36>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // u = wp.volume_sample_v(velocity, wp.volume_world_to_index(velocity, p), wp.Volume.LINEAR)       <L 37>
    var_4 = wp::volume_world_to_index(var_velocity, var_2);
    var_7 = wp::volume_sample_v(var_velocity, var_4, var_6);
    // back = p - u * dt                                                                      <L 38>
    var_8 = wp::mul(var_7, var_dt);
    var_9 = wp::sub(var_2, var_8);
    // idx = wp.volume_world_to_index(density, back)                                          <L 39>
    var_10 = wp::volume_world_to_index(var_density, var_9);
    // out_density[tid] = wp.volume_sample(density, idx, wp.Volume.LINEAR, dtype=float)       <L 40>
    var_13 = wp::volume_sample<float>(var_density, var_10, var_12);
    // wp::array_store(var_out_density, var_0, var_13);
    // x[tid] = wp.volume_index_to_world(density, idx)                                        <L 41>
    var_14 = wp::volume_index_to_world(var_density, var_10);
    // wp::array_store(var_x, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_14, adj_x, adj_0, adj_14);
    wp::adj_volume_index_to_world(var_density, var_10, adj_density, adj_10, adj_14);
    // adj: x[tid] = wp.volume_index_to_world(density, idx)                                   <L 41>
    wp::adj_array_store(var_out_density, var_0, var_13, adj_out_density, adj_0, adj_13);
    wp::adj_volume_sample(var_density, var_10, var_12, adj_density, adj_10, adj_12, adj_13);
    // adj: out_density[tid] = wp.volume_sample(density, idx, wp.Volume.LINEAR, dtype=float)  <L 40>
    wp::adj_volume_world_to_index(var_density, var_9, adj_density, adj_9, adj_10);
    // adj: idx = wp.volume_world_to_index(density, back)                                     <L 39>
    wp::adj_sub(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_mul(var_7, var_dt, adj_7, adj_dt, adj_8);
    // adj: back = p - u * dt                                                                 <L 38>
    wp::adj_volume_sample_v(var_velocity, var_4, var_6, adj_velocity, adj_4, adj_6, adj_7);
    wp::adj_volume_world_to_index(var_velocity, var_2, adj_velocity, adj_2, adj_4);
    // adj: u = wp.volume_sample_v(velocity, wp.volume_world_to_index(velocity, p), wp.Volume.LINEAR)  <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 36>
    // adj: tid = wp.tid()                                                                    <L 35>
    // adj: def advect(                                                                       <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void advect_a2aff526_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_advect_a2aff526 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_a2aff526_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void advect_a2aff526_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_advect_a2aff526 *_wp_args,
    wp_args_advect_a2aff526 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_a2aff526_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_typed_access_126831c8 {
    wp::uint64 field;
    wp::uint64 labels;
    wp::array_t<wp::vec_t<3, wp::int32>> coords;
    wp::array_t<wp::float32> scalars;
    wp::array_t<wp::vec_t<3, wp::float32>> vectors;
    wp::array_t<wp::int32> ids;
};


void typed_access_126831c8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_typed_access_126831c8 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_field = _wp_args->field;
    wp::uint64 var_labels = _wp_args->labels;
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    wp::int32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    const wp::int32 var_53 = 2;
    wp::int32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::int32 var_57 = 0;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    const wp::int32 var_61 = 2;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::float32 var_64 = 0.5;
    wp::vec_t<3, wp::float32> var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 0;
    const wp::int32 var_69 = 0;
    const wp::int32 var_70 = 0;
    wp::int32 var_71;
    wp::int32 var_72;
    //---------
    // forward
    // def typed_access(                                                                      <L 45>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // c = coords[tid]                                                                        <L 54>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.float32)                        <L 55>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::volume_lookup<wp::float32>(var_field, var_5, var_7, var_9);
    // g = wp.vec3(0.0)                                                                       <L 56>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // s2 = wp.volume_sample_grad(field, wp.vec3(float(c[0]), float(c[1]), float(c[2])), wp.Volume.CLOSEST, g, dtype=wp.float32)       <L 57>
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::float(var_14);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::float(var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_18, var_21);
    var_25 = wp::volume_sample_grad<wp::float32>(var_field, var_22, var_24, var_12);
    // scalars[tid] = s + s2 + wp.volume_lookup_f(field, c[0], c[1], c[2]) + wp.volume_sample_f(field, wp.vec3(0.5), wp.Volume.CLOSEST)       <L 58>
    var_26 = wp::add(var_10, var_25);
    var_28 = wp::extract(var_2, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_32 = wp::extract(var_2, var_31);
    var_33 = wp::volume_lookup_f(var_field, var_28, var_30, var_32);
    var_34 = wp::add(var_26, var_33);
    var_36 = wp::vec_t<3, wp::float32>(var_35);
    var_39 = wp::volume_sample_f(var_field, var_36, var_38);
    var_40 = wp::add(var_34, var_39);
    wp::array_store(var_scalars, var_0, var_40);
    // vectors[tid] = wp.volume_lookup_v(field, c[0], c[1], c[2]) + g + wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.vec3)       <L 59>
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_46 = wp::extract(var_2, var_45);
    var_47 = wp::volume_lookup_v(var_field, var_42, var_44, var_46);
    var_48 = wp::add(var_47, var_12);
    var_50 = wp::extract(var_2, var_49);
    var_52 = wp::extract(var_2, var_51);
    var_54 = wp::extract(var_2, var_53);
    var_55 = wp::volume_lookup<wp::vec_t<3, wp::float32>>(var_field, var_50, var_52, var_54);
    var_56 = wp::add(var_48, var_55);
    wp::array_store(var_vectors, var_0, var_56);
    // ids[tid] = wp.volume_lookup_i(labels, c[0], c[1], c[2]) + wp.volume_sample_i(labels, wp.vec3(0.5)) + wp.volume_lookup(labels, 0, 0, 0, dtype=int)       <L 60>
    var_58 = wp::extract(var_2, var_57);
    var_60 = wp::extract(var_2, var_59);
    var_62 = wp::extract(var_2, var_61);
    var_63 = wp::volume_lookup_i(var_labels, var_58, var_60, var_62);
    var_65 = wp::vec_t<3, wp::float32>(var_64);
    var_66 = wp::volume_sample_i(var_labels, var_65);
    var_67 = wp::add(var_63, var_66);
    var_71 = wp::volume_lookup<int>(var_labels, var_68, var_69, var_70);
    var_72 = wp::add(var_67, var_71);
    wp::array_store(var_ids, var_0, var_72);
}



void typed_access_126831c8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_typed_access_126831c8 *_wp_args,
    wp_args_typed_access_126831c8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_field = _wp_args->field;
    wp::uint64 var_labels = _wp_args->labels;
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::uint64 adj_field = _wp_adj_args->field;
    wp::uint64 adj_labels = _wp_adj_args->labels;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_coords = _wp_adj_args->coords;
    wp::array_t<wp::float32> adj_scalars = _wp_adj_args->scalars;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::array_t<wp::int32> adj_ids = _wp_adj_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    wp::int32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    const wp::int32 var_53 = 2;
    wp::int32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::int32 var_57 = 0;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    const wp::int32 var_61 = 2;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::float32 var_64 = 0.5;
    wp::vec_t<3, wp::float32> var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 0;
    const wp::int32 var_69 = 0;
    const wp::int32 var_70 = 0;
    wp::int32 var_71;
    wp::int32 var_72;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    //---------
    // forward
    // def typed_access(                                                                      <L 45>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // c = coords[tid]                                                                        <L 54>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.float32)                        <L 55>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::volume_lookup<wp::float32>(var_field, var_5, var_7, var_9);
    // g = wp.vec3(0.0)                                                                       <L 56>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // s2 = wp.volume_sample_grad(field, wp.vec3(float(c[0]), float(c[1]), float(c[2])), wp.Volume.CLOSEST, g, dtype=wp.float32)       <L 57>
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::float(var_14);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::float(var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_18, var_21);
    var_25 = wp::volume_sample_grad<wp::float32>(var_field, var_22, var_24, var_12);
    // scalars[tid] = s + s2 + wp.volume_lookup_f(field, c[0], c[1], c[2]) + wp.volume_sample_f(field, wp.vec3(0.5), wp.Volume.CLOSEST)       <L 58>
    var_26 = wp::add(var_10, var_25);
    var_28 = wp::extract(var_2, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_32 = wp::extract(var_2, var_31);
    var_33 = wp::volume_lookup_f(var_field, var_28, var_30, var_32);
    var_34 = wp::add(var_26, var_33);
    var_36 = wp::vec_t<3, wp::float32>(var_35);
    var_39 = wp::volume_sample_f(var_field, var_36, var_38);
    var_40 = wp::add(var_34, var_39);
    // wp::array_store(var_scalars, var_0, var_40);
    // vectors[tid] = wp.volume_lookup_v(field, c[0], c[1], c[2]) + g + wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.vec3)       <L 59>
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_46 = wp::extract(var_2, var_45);
    var_47 = wp::volume_lookup_v(var_field, var_42, var_44, var_46);
    var_48 = wp::add(var_47, var_12);
    var_50 = wp::extract(var_2, var_49);
    var_52 = wp::extract(var_2, var_51);
    var_54 = wp::extract(var_2, var_53);
    var_55 = wp::volume_lookup<wp::vec_t<3, wp::float32>>(var_field, var_50, var_52, var_54);
    var_56 = wp::add(var_48, var_55);
    // wp::array_store(var_vectors, var_0, var_56);
    // ids[tid] = wp.volume_lookup_i(labels, c[0], c[1], c[2]) + wp.volume_sample_i(labels, wp.vec3(0.5)) + wp.volume_lookup(labels, 0, 0, 0, dtype=int)       <L 60>
    var_58 = wp::extract(var_2, var_57);
    var_60 = wp::extract(var_2, var_59);
    var_62 = wp::extract(var_2, var_61);
    var_63 = wp::volume_lookup_i(var_labels, var_58, var_60, var_62);
    var_65 = wp::vec_t<3, wp::float32>(var_64);
    var_66 = wp::volume_sample_i(var_labels, var_65);
    var_67 = wp::add(var_63, var_66);
    var_71 = wp::volume_lookup<int>(var_labels, var_68, var_69, var_70);
    var_72 = wp::add(var_67, var_71);
    // wp::array_store(var_ids, var_0, var_72);
    //---------
    // reverse
    wp::adj_array_store(var_ids, var_0, var_72, adj_ids, adj_0, adj_72);
    wp::adj_add(var_67, var_71, adj_67, adj_71, adj_72);
    wp::adj_add(var_63, var_66, adj_63, adj_66, adj_67);
    wp::adj_volume_sample_i(var_labels, var_65, adj_labels, adj_65, adj_66);
    wp::adj_vec_t(var_64, adj_64, adj_65);
    wp::adj_extract(var_2, var_61, adj_2, adj_61, adj_62);
    wp::adj_extract(var_2, var_59, adj_2, adj_59, adj_60);
    wp::adj_extract(var_2, var_57, adj_2, adj_57, adj_58);
    // adj: ids[tid] = wp.volume_lookup_i(labels, c[0], c[1], c[2]) + wp.volume_sample_i(labels, wp.vec3(0.5)) + wp.volume_lookup(labels, 0, 0, 0, dtype=int)  <L 60>
    wp::adj_array_store(var_vectors, var_0, var_56, adj_vectors, adj_0, adj_56);
    wp::adj_add(var_48, var_55, adj_48, adj_55, adj_56);
    wp::adj_extract(var_2, var_53, adj_2, adj_53, adj_54);
    wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_52);
    wp::adj_extract(var_2, var_49, adj_2, adj_49, adj_50);
    wp::adj_add(var_47, var_12, adj_47, adj_12, adj_48);
    wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_46);
    wp::adj_extract(var_2, var_43, adj_2, adj_43, adj_44);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
    // adj: vectors[tid] = wp.volume_lookup_v(field, c[0], c[1], c[2]) + g + wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.vec3)  <L 59>
    wp::adj_array_store(var_scalars, var_0, var_40, adj_scalars, adj_0, adj_40);
    wp::adj_add(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_volume_sample_f(var_field, var_36, var_38, adj_field, adj_36, adj_38, adj_39);
    wp::adj_vec_t(var_35, adj_35, adj_36);
    wp::adj_add(var_26, var_33, adj_26, adj_33, adj_34);
    wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_32);
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_extract(var_2, var_27, adj_2, adj_27, adj_28);
    wp::adj_add(var_10, var_25, adj_10, adj_25, adj_26);
    // adj: scalars[tid] = s + s2 + wp.volume_lookup_f(field, c[0], c[1], c[2]) + wp.volume_sample_f(field, wp.vec3(0.5), wp.Volume.CLOSEST)  <L 58>
    wp::adj_volume_sample_grad(var_field, var_22, var_24, var_12, adj_field, adj_22, adj_24, adj_12, adj_25);
    wp::adj_vec_t(var_15, var_18, var_21, adj_15, adj_18, adj_21, adj_22);
    wp::adj_float(var_20, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_18);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    wp::adj_float(var_14, adj_14, adj_15);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    // adj: s2 = wp.volume_sample_grad(field, wp.vec3(float(c[0]), float(c[1]), float(c[2])), wp.Volume.CLOSEST, g, dtype=wp.float32)  <L 57>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: g = wp.vec3(0.0)                                                                  <L 56>
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: s = wp.volume_lookup(field, c[0], c[1], c[2], dtype=wp.float32)                   <L 55>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_coords, var_0, adj_coords, adj_0, adj_1);
    // adj: c = coords[tid]                                                                   <L 54>
    // adj: tid = wp.tid()                                                                    <L 53>
    // adj: def typed_access(                                                                 <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void typed_access_126831c8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_typed_access_126831c8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        typed_access_126831c8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void typed_access_126831c8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_typed_access_126831c8 *_wp_args,
    wp_args_typed_access_126831c8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        typed_access_126831c8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_index_grid_sample_cc377509 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> pts;
    wp::array_t<wp::float32> voxel_values;
    wp::array_t<wp::vec_t<3, wp::float32>> voxel_colors;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::vec_t<3, wp::float32>> out_color;
    wp::array_t<wp::int32> voxel_ids;
};


void index_grid_sample_cc377509_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_grid_sample_cc377509 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::float32> var_voxel_values = _wp_args->voxel_values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_voxel_colors = _wp_args->voxel_colors;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_color = _wp_args->out_color;
    wp::array_t<wp::int32> var_voxel_ids = _wp_args->voxel_ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    //---------
    // forward
    // def index_grid_sample(                                                                 <L 64>
    // tid = wp.tid()                                                                         <L 73>
    var_0 = builtin_tid1d();
    // uvw = wp.volume_world_to_index(grid, pts[tid])                                         <L 74>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::volume_world_to_index(var_grid, var_3);
    // g = wp.vec3()                                                                          <L 75>
    var_4 = wp::vec_t<3, wp::float32>();
    // out[tid] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, voxel_values, 0.0, g) + wp.length(g)       <L 76>
    var_8 = wp::volume_sample_grad_index(var_grid, var_2, var_6, var_voxel_values, var_7, var_4);
    var_9 = wp::length(var_4);
    var_10 = wp::add(var_8, var_9);
    wp::array_store(var_out, var_0, var_10);
    // out_color[tid] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, voxel_colors, wp.vec3(0.0))       <L 77>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    var_15 = wp::volume_sample_index(var_grid, var_2, var_12, var_voxel_colors, var_14);
    wp::array_store(var_out_color, var_0, var_15);
    // voxel_ids[tid] = wp.volume_lookup_index(grid, int(uvw[0]), int(uvw[1]), int(uvw[2]))       <L 78>
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::int(var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::int(var_20);
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::int(var_23);
    var_25 = wp::volume_lookup_index(var_grid, var_18, var_21, var_24);
    wp::array_store(var_voxel_ids, var_0, var_25);
}



void index_grid_sample_cc377509_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_grid_sample_cc377509 *_wp_args,
    wp_args_index_grid_sample_cc377509 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::float32> var_voxel_values = _wp_args->voxel_values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_voxel_colors = _wp_args->voxel_colors;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_color = _wp_args->out_color;
    wp::array_t<wp::int32> var_voxel_ids = _wp_args->voxel_ids;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts = _wp_adj_args->pts;
    wp::array_t<wp::float32> adj_voxel_values = _wp_adj_args->voxel_values;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_voxel_colors = _wp_adj_args->voxel_colors;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_color = _wp_adj_args->out_color;
    wp::array_t<wp::int32> adj_voxel_ids = _wp_adj_args->voxel_ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    //---------
    // forward
    // def index_grid_sample(                                                                 <L 64>
    // tid = wp.tid()                                                                         <L 73>
    var_0 = builtin_tid1d();
    // uvw = wp.volume_world_to_index(grid, pts[tid])                                         <L 74>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::volume_world_to_index(var_grid, var_3);
    // g = wp.vec3()                                                                          <L 75>
    var_4 = wp::vec_t<3, wp::float32>();
    // out[tid] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, voxel_values, 0.0, g) + wp.length(g)       <L 76>
    var_8 = wp::volume_sample_grad_index(var_grid, var_2, var_6, var_voxel_values, var_7, var_4);
    var_9 = wp::length(var_4);
    var_10 = wp::add(var_8, var_9);
    // wp::array_store(var_out, var_0, var_10);
    // out_color[tid] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, voxel_colors, wp.vec3(0.0))       <L 77>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    var_15 = wp::volume_sample_index(var_grid, var_2, var_12, var_voxel_colors, var_14);
    // wp::array_store(var_out_color, var_0, var_15);
    // voxel_ids[tid] = wp.volume_lookup_index(grid, int(uvw[0]), int(uvw[1]), int(uvw[2]))       <L 78>
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::int(var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::int(var_20);
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::int(var_23);
    var_25 = wp::volume_lookup_index(var_grid, var_18, var_21, var_24);
    // wp::array_store(var_voxel_ids, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_voxel_ids, var_0, var_25, adj_voxel_ids, adj_0, adj_25);
    wp::adj_int(var_23, adj_23, adj_24);
    wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
    wp::adj_int(var_20, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_int(var_17, adj_17, adj_18);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    // adj: voxel_ids[tid] = wp.volume_lookup_index(grid, int(uvw[0]), int(uvw[1]), int(uvw[2]))  <L 78>
    wp::adj_array_store(var_out_color, var_0, var_15, adj_out_color, adj_0, adj_15);
    wp::adj_volume_sample_index(var_grid, var_2, var_12, var_voxel_colors, var_14, adj_grid, adj_2, adj_12, adj_voxel_colors, adj_14, adj_15);
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: out_color[tid] = wp.volume_sample_index(grid, uvw, wp.Volume.CLOSEST, voxel_colors, wp.vec3(0.0))  <L 77>
    wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
    wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_length(var_4, var_9, adj_4, adj_9);
    wp::adj_volume_sample_grad_index(var_grid, var_2, var_6, var_voxel_values, var_7, var_4, adj_grid, adj_2, adj_6, adj_voxel_values, adj_7, adj_4, adj_8);
    // adj: out[tid] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, voxel_values, 0.0, g) + wp.length(g)  <L 76>
    // adj: g = wp.vec3()                                                                     <L 75>
    wp::adj_volume_world_to_index(var_grid, var_3, adj_grid, adj_1, adj_2);
    wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
    // adj: uvw = wp.volume_world_to_index(grid, pts[tid])                                    <L 74>
    // adj: tid = wp.tid()                                                                    <L 73>
    // adj: def index_grid_sample(                                                            <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_grid_sample_cc377509_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_index_grid_sample_cc377509 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_grid_sample_cc377509_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_grid_sample_cc377509_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_index_grid_sample_cc377509 *_wp_args,
    wp_args_index_grid_sample_cc377509 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_grid_sample_cc377509_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_splat_c4729227 {
    wp::uint64 field;
    wp::uint64 ids;
    wp::array_t<wp::vec_t<3, wp::int32>> coords;
    wp::array_t<wp::float32> values;
};


void splat_c4729227_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_splat_c4729227 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_field = _wp_args->field;
    wp::uint64 var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    //---------
    // forward
    // def splat(field: wp.uint64, ids: wp.uint64, coords: wp.array(dtype=wp.vec3i), values: wp.array(dtype=float)):       <L 82>
    // tid = wp.tid()                                                                         <L 83>
    var_0 = builtin_tid1d();
    // c = coords[tid]                                                                        <L 84>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.volume_store(field, c[0], c[1], c[2], values[tid])                                  <L 85>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::address(var_values, var_0);
    var_11 = wp::load(var_10);
    wp::volume_store(var_field, var_5, var_7, var_9, var_11);
    // wp.volume_store_f(field, c[0] + 1, c[1], c[2], values[tid] * 0.5)                      <L 86>
    var_13 = wp::extract(var_2, var_12);
    var_15 = wp::add(var_13, var_14);
    var_17 = wp::extract(var_2, var_16);
    var_19 = wp::extract(var_2, var_18);
    var_20 = wp::address(var_values, var_0);
    var_23 = wp::load(var_20);
    var_22 = wp::mul(var_23, var_21);
    wp::volume_store_f(var_field, var_15, var_17, var_19, var_22);
    // wp.volume_store_v(field, c[0], c[1] + 1, c[2], wp.vec3(values[tid]))                   <L 87>
    var_25 = wp::extract(var_2, var_24);
    var_27 = wp::extract(var_2, var_26);
    var_29 = wp::add(var_27, var_28);
    var_31 = wp::extract(var_2, var_30);
    var_32 = wp::address(var_values, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::vec_t<3, wp::float32>(var_34);
    wp::volume_store_v(var_field, var_25, var_29, var_31, var_33);
    // wp.volume_store_i(ids, c[0], c[1], c[2], tid)                                          <L 88>
    var_36 = wp::extract(var_2, var_35);
    var_38 = wp::extract(var_2, var_37);
    var_40 = wp::extract(var_2, var_39);
    wp::volume_store_i(var_ids, var_36, var_38, var_40, var_0);
}



void splat_c4729227_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_splat_c4729227 *_wp_args,
    wp_args_splat_c4729227 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_field = _wp_args->field;
    wp::uint64 var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::uint64 adj_field = _wp_adj_args->field;
    wp::uint64 adj_ids = _wp_adj_args->ids;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_coords = _wp_adj_args->coords;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    //---------
    // forward
    // def splat(field: wp.uint64, ids: wp.uint64, coords: wp.array(dtype=wp.vec3i), values: wp.array(dtype=float)):       <L 82>
    // tid = wp.tid()                                                                         <L 83>
    var_0 = builtin_tid1d();
    // c = coords[tid]                                                                        <L 84>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.volume_store(field, c[0], c[1], c[2], values[tid])                                  <L 85>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::address(var_values, var_0);
    var_11 = wp::load(var_10);
    wp::volume_store(var_field, var_5, var_7, var_9, var_11);
    // wp.volume_store_f(field, c[0] + 1, c[1], c[2], values[tid] * 0.5)                      <L 86>
    var_13 = wp::extract(var_2, var_12);
    var_15 = wp::add(var_13, var_14);
    var_17 = wp::extract(var_2, var_16);
    var_19 = wp::extract(var_2, var_18);
    var_20 = wp::address(var_values, var_0);
    var_23 = wp::load(var_20);
    var_22 = wp::mul(var_23, var_21);
    wp::volume_store_f(var_field, var_15, var_17, var_19, var_22);
    // wp.volume_store_v(field, c[0], c[1] + 1, c[2], wp.vec3(values[tid]))                   <L 87>
    var_25 = wp::extract(var_2, var_24);
    var_27 = wp::extract(var_2, var_26);
    var_29 = wp::add(var_27, var_28);
    var_31 = wp::extract(var_2, var_30);
    var_32 = wp::address(var_values, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::vec_t<3, wp::float32>(var_34);
    wp::volume_store_v(var_field, var_25, var_29, var_31, var_33);
    // wp.volume_store_i(ids, c[0], c[1], c[2], tid)                                          <L 88>
    var_36 = wp::extract(var_2, var_35);
    var_38 = wp::extract(var_2, var_37);
    var_40 = wp::extract(var_2, var_39);
    wp::volume_store_i(var_ids, var_36, var_38, var_40, var_0);
    //---------
    // reverse
    wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
    wp::adj_extract(var_2, var_37, adj_2, adj_37, adj_38);
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    // adj: wp.volume_store_i(ids, c[0], c[1], c[2], tid)                                     <L 88>
    wp::adj_vec_t(var_34, adj_32, adj_33);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_32);
    wp::adj_extract(var_2, var_30, adj_2, adj_30, adj_31);
    wp::adj_add(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
    wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
    // adj: wp.volume_store_v(field, c[0], c[1] + 1, c[2], wp.vec3(values[tid]))              <L 87>
    wp::adj_mul(var_23, var_21, adj_20, adj_21, adj_22);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_20);
    wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
    // adj: wp.volume_store_f(field, c[0] + 1, c[1], c[2], values[tid] * 0.5)                 <L 86>
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: wp.volume_store(field, c[0], c[1], c[2], values[tid])                             <L 85>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_coords, var_0, adj_coords, adj_0, adj_1);
    // adj: c = coords[tid]                                                                   <L 84>
    // adj: tid = wp.tid()                                                                    <L 83>
    // adj: def splat(field: wp.uint64, ids: wp.uint64, coords: wp.array(dtype=wp.vec3i), values: wp.array(dtype=float)):  <L 82>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void splat_c4729227_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_splat_c4729227 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        splat_c4729227_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void splat_c4729227_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_splat_c4729227 *_wp_args,
    wp_args_splat_c4729227 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        splat_c4729227_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

