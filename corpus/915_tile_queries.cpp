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

struct wp_args_bvh_hits_161c396e {
    wp::uint64 bvh;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<wp::int32> counts;
};


void bvh_hits_161c396e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_hits_161c396e *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::bvh_query_thread_block_t var_1;
    bool var_2;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    //---------
    // forward
    // def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                               <L 11>
    var_1 = wp::tile_bvh_query_aabb(var_bvh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 12>
    start_while_0:;
    var_2 = wp::tile_query_valid(var_1);
    if ((var_2) == false) goto end_while_0;
        // r = wp.bvh_query_next_tiled(q)                                                     <L 13>
        var_3 = wp::tile_bvh_query_next(var_1);
        // item = wp.untile(r)                                                                <L 14>
        var_4 = wp::untile(var_3);
        // if item >= 0:                                                                      <L 15>
        var_6 = (var_4 >= var_5);
        if (var_6) {
            // wp.atomic_add(counts, item, 1)                                                 <L 16>
            var_8 = wp::atomic_add(var_counts, var_4, var_7);
        }
    goto start_while_0;
    end_while_0:;
}



void bvh_hits_161c396e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_hits_161c396e *_wp_args,
    wp_args_bvh_hits_161c396e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::bvh_query_thread_block_t var_1;
    bool var_2;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::bvh_query_thread_block_t adj_1 = {};
    bool adj_2 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                               <L 11>
    var_1 = wp::tile_bvh_query_aabb(var_bvh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 12>
    //---------
    // reverse
    start_while_0:;
    var_2 = wp::tile_query_valid(var_1);
    if ((var_2) == false) goto end_while_0;
    adj_3.grad_zero();
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
        // r = wp.bvh_query_next_tiled(q)                                                     <L 13>
        var_3 = wp::tile_bvh_query_next(var_1);
        // item = wp.untile(r)                                                                <L 14>
        var_4 = wp::untile(var_3);
        // if item >= 0:                                                                      <L 15>
        var_6 = (var_4 >= var_5);
        if (var_6) {
            // wp.atomic_add(counts, item, 1)                                                 <L 16>
            // var_8 = wp::atomic_add(var_counts, var_4, var_7);
        }
        if (var_6) {
            wp::adj_atomic_add(var_counts, var_4, var_7, adj_counts, adj_4, adj_7, adj_8);
            // adj: wp.atomic_add(counts, item, 1)                                            <L 16>
        }
        // adj: if item >= 0:                                                                 <L 15>
        wp::adj_untile(var_3, adj_3, adj_4);
        // adj: item = wp.untile(r)                                                           <L 14>
        // adj: r = wp.bvh_query_next_tiled(q)                                                <L 13>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q):                                                     <L 12>
    // adj: q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                          <L 11>
    // adj: i = wp.tid()                                                                      <L 10>
    // adj: def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):  <L 9>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bvh_hits_161c396e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_hits_161c396e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_hits_161c396e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bvh_hits_161c396e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_hits_161c396e *_wp_args,
    wp_args_bvh_hits_161c396e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_hits_161c396e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bvh_rays_beeaf63b {
    wp::uint64 bvh;
    wp::vec_t<3, wp::float32> start;
    wp::vec_t<3, wp::float32> d;
    wp::array_t<wp::int32> counts;
};


void bvh_rays_beeaf63b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_rays_beeaf63b *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_start = _wp_args->start;
    wp::vec_t<3, wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::bvh_query_thread_block_t var_0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::bvh_query_thread_block_t var_3;
    bool var_4;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_6 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    const wp::int32 var_7 = 0;
    //---------
    // forward
    // def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int)):       <L 20>
    // q = wp.tile_bvh_query_ray(bvh, start, d)                                               <L 21>
    var_0 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // r = wp.tile_bvh_query_next(q)                                                          <L 22>
    var_1 = wp::tile_bvh_query_next(var_0);
    // s = wp.tile_sum(r)                                                                     <L 23>
    var_2 = wp::tile_sum(var_1);
    // q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                             <L 24>
    var_3 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // while wp.tile_query_valid(q2):                                                         <L 25>
    start_while_0:;
    var_4 = wp::tile_query_valid(var_3);
    if ((var_4) == false) goto end_while_0;
        // t = wp.tile_bvh_query_next(q2)                                                     <L 26>
        var_5 = wp::tile_bvh_query_next(var_3);
        // wp.tile_atomic_add(counts, t)                                                      <L 27>
        var_6 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_7, var_5);
    goto start_while_0;
    end_while_0:;
}



void bvh_rays_beeaf63b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_rays_beeaf63b *_wp_args,
    wp_args_bvh_rays_beeaf63b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_start = _wp_args->start;
    wp::vec_t<3, wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::vec_t<3, wp::float32> adj_start = _wp_adj_args->start;
    wp::vec_t<3, wp::float32> adj_d = _wp_adj_args->d;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::bvh_query_thread_block_t var_0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::bvh_query_thread_block_t var_3;
    bool var_4;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_6 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    const wp::int32 var_7 = 0;
    //---------
    // dual vars
    wp::bvh_query_thread_block_t adj_0 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_1{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_2{};
    wp::bvh_query_thread_block_t adj_3 = {};
    bool adj_4 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_5{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_6{};
    wp::int32 adj_7 = {};
    //---------
    // forward
    // def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int)):       <L 20>
    // q = wp.tile_bvh_query_ray(bvh, start, d)                                               <L 21>
    var_0 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // r = wp.tile_bvh_query_next(q)                                                          <L 22>
    var_1 = wp::tile_bvh_query_next(var_0);
    // s = wp.tile_sum(r)                                                                     <L 23>
    var_2 = wp::tile_sum(var_1);
    // q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                             <L 24>
    var_3 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // while wp.tile_query_valid(q2):                                                         <L 25>
    //---------
    // reverse
    start_while_0:;
    var_4 = wp::tile_query_valid(var_3);
    if ((var_4) == false) goto end_while_0;
    adj_5.grad_zero();
    adj_6.grad_zero();
    adj_7 = {};
        // t = wp.tile_bvh_query_next(q2)                                                     <L 26>
        var_5 = wp::tile_bvh_query_next(var_3);
        // wp.tile_atomic_add(counts, t)                                                      <L 27>
        // var_6 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_7, var_5);
        wp::adj_tile_atomic_add(var_counts, var_7, var_5, adj_counts, adj_7, adj_5, adj_6);
        // adj: wp.tile_atomic_add(counts, t)                                                 <L 27>
        // adj: t = wp.tile_bvh_query_next(q2)                                                <L 26>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q2):                                                    <L 25>
    // adj: q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                        <L 24>
    wp::adj_tile_sum(var_1, adj_1, adj_2);
    // adj: s = wp.tile_sum(r)                                                                <L 23>
    // adj: r = wp.tile_bvh_query_next(q)                                                     <L 22>
    // adj: q = wp.tile_bvh_query_ray(bvh, start, d)                                          <L 21>
    // adj: def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int)):  <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bvh_rays_beeaf63b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_rays_beeaf63b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_rays_beeaf63b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bvh_rays_beeaf63b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_rays_beeaf63b *_wp_args,
    wp_args_bvh_rays_beeaf63b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_rays_beeaf63b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mesh_hits_2af5826b {
    wp::uint64 mesh;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<wp::int32> counts;
};


void mesh_hits_2af5826b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mesh_hits_2af5826b *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::mesh_query_aabb_thread_block_t var_0;
    bool var_1;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::mesh_query_aabb_thread_block_t var_7;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    const wp::int32 var_9 = 0;
    //---------
    // forward
    // def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 31>
    // q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                             <L 32>
    var_0 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 33>
    start_while_0:;
    var_1 = wp::tile_query_valid(var_0);
    if ((var_1) == false) goto end_while_0;
        // r = wp.mesh_query_aabb_next_tiled(q)                                               <L 34>
        var_2 = wp::tile_mesh_query_aabb_next(var_0);
        // face = wp.untile(r)                                                                <L 35>
        var_3 = wp::untile(var_2);
        // if face >= 0:                                                                      <L 36>
        var_5 = (var_3 >= var_4);
        if (var_5) {
            // counts[face] = 1                                                               <L 37>
            wp::array_store(var_counts, var_3, var_6);
        }
    goto start_while_0;
    end_while_0:;
    // q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                             <L 38>
    var_7 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // r2 = wp.tile_mesh_query_aabb_next(q2)                                                  <L 39>
    var_8 = wp::tile_mesh_query_aabb_next(var_7);
    // wp.tile_store(counts, r2)                                                              <L 40>
    wp::tile_store<wp::int32, true, false>(var_counts, var_9, var_8);
}



void mesh_hits_2af5826b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mesh_hits_2af5826b *_wp_args,
    wp_args_mesh_hits_2af5826b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::mesh_query_aabb_thread_block_t var_0;
    bool var_1;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::mesh_query_aabb_thread_block_t var_7;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    const wp::int32 var_9 = 0;
    //---------
    // dual vars
    wp::mesh_query_aabb_thread_block_t adj_0 = {};
    bool adj_1 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_2{};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::mesh_query_aabb_thread_block_t adj_7 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_8{};
    wp::int32 adj_9 = {};
    //---------
    // forward
    // def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 31>
    // q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                             <L 32>
    var_0 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 33>
    // q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                             <L 38>
    var_7 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // r2 = wp.tile_mesh_query_aabb_next(q2)                                                  <L 39>
    var_8 = wp::tile_mesh_query_aabb_next(var_7);
    // wp.tile_store(counts, r2)                                                              <L 40>
    // wp::tile_store<wp::int32, true, false>(var_counts, var_9, var_8);
    //---------
    // reverse
    wp::adj_tile_store(var_counts, var_9, var_8, adj_counts, adj_9, adj_8);
    // adj: wp.tile_store(counts, r2)                                                         <L 40>
    // adj: r2 = wp.tile_mesh_query_aabb_next(q2)                                             <L 39>
    // adj: q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                        <L 38>
    start_while_0:;
    var_1 = wp::tile_query_valid(var_0);
    if ((var_1) == false) goto end_while_0;
    adj_2.grad_zero();
    adj_3 = {};
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
        // r = wp.mesh_query_aabb_next_tiled(q)                                               <L 34>
        var_2 = wp::tile_mesh_query_aabb_next(var_0);
        // face = wp.untile(r)                                                                <L 35>
        var_3 = wp::untile(var_2);
        // if face >= 0:                                                                      <L 36>
        var_5 = (var_3 >= var_4);
        if (var_5) {
            // counts[face] = 1                                                               <L 37>
            // wp::array_store(var_counts, var_3, var_6);
        }
        if (var_5) {
            wp::adj_array_store(var_counts, var_3, var_6, adj_counts, adj_3, adj_6);
            // adj: counts[face] = 1                                                          <L 37>
        }
        // adj: if face >= 0:                                                                 <L 36>
        wp::adj_untile(var_2, adj_2, adj_3);
        // adj: face = wp.untile(r)                                                           <L 35>
        // adj: r = wp.mesh_query_aabb_next_tiled(q)                                          <L 34>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q):                                                     <L 33>
    // adj: q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                        <L 32>
    // adj: def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mesh_hits_2af5826b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mesh_hits_2af5826b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mesh_hits_2af5826b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mesh_hits_2af5826b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mesh_hits_2af5826b *_wp_args,
    wp_args_mesh_hits_2af5826b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mesh_hits_2af5826b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

