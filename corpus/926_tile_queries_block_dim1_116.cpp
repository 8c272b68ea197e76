#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 1
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
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    //---------
    // forward
    // def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                               <L 14>
    var_1 = wp::tile_bvh_query_aabb(var_bvh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 15>
    start_while_0:;
    var_2 = wp::tile_query_valid(var_1);
    if ((var_2) == false) goto end_while_0;
        // r = wp.bvh_query_next_tiled(q)                                                     <L 16>
        var_3 = wp::tile_bvh_query_next(var_1);
        // item = wp.untile(r)                                                                <L 17>
        var_4 = wp::untile(var_3);
        // if item >= 0:                                                                      <L 18>
        var_6 = (var_4 >= var_5);
        if (var_6) {
            // wp.atomic_add(counts, item, 1)                                                 <L 19>
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
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
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
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                               <L 14>
    var_1 = wp::tile_bvh_query_aabb(var_bvh, var_lo, var_hi);
    // while wp.tile_query_valid(q):                                                          <L 15>
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
        // r = wp.bvh_query_next_tiled(q)                                                     <L 16>
        var_3 = wp::tile_bvh_query_next(var_1);
        // item = wp.untile(r)                                                                <L 17>
        var_4 = wp::untile(var_3);
        // if item >= 0:                                                                      <L 18>
        var_6 = (var_4 >= var_5);
        if (var_6) {
            // wp.atomic_add(counts, item, 1)                                                 <L 19>
            // var_8 = wp::atomic_add(var_counts, var_4, var_7);
        }
        if (var_6) {
            wp::adj_atomic_add(var_counts, var_4, var_7, adj_counts, adj_4, adj_7, adj_8);
            // adj: wp.atomic_add(counts, item, 1)                                            <L 19>
        }
        // adj: if item >= 0:                                                                 <L 18>
        wp::adj_untile(var_3, adj_3, adj_4);
        // adj: item = wp.untile(r)                                                           <L 17>
        // adj: r = wp.bvh_query_next_tiled(q)                                                <L 16>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q):                                                     <L 15>
    // adj: q = wp.bvh_query_aabb_tiled(bvh, lo, hi)                                          <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def bvh_hits(bvh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int)):  <L 12>
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

struct wp_args_bvh_rays_9cbc1171 {
    wp::uint64 bvh;
    wp::vec_t<3, wp::float32> start;
    wp::vec_t<3, wp::float32> d;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> first;
};


void bvh_rays_9cbc1171_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_rays_9cbc1171 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_start = _wp_args->start;
    wp::vec_t<3, wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_first = _wp_args->first;
    //---------
    // primal vars
    wp::bvh_query_thread_block_t var_0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_3 = 0;
    wp::bvh_query_thread_block_t var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    //---------
    // forward
    // def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int), first: wp.array(dtype=int)):       <L 23>
    // q = wp.tile_bvh_query_ray(bvh, start, d)                                               <L 24>
    var_0 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // r = wp.tile_bvh_query_next(q)                                                          <L 25>
    var_1 = wp::tile_bvh_query_next(var_0);
    // s = wp.tile_sum(r)                                                                     <L 26>
    var_2 = wp::tile_sum(var_1);
    // wp.tile_store(first, s)                                                                <L 27>
    wp::tile_store<wp::int32, true, false>(var_first, var_3, var_2);
    // q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                             <L 28>
    var_4 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // steps = int(0)                                                                         <L 29>
    var_6 = wp::int(var_5);
    // while wp.tile_query_valid(q2):                                                         <L 30>
    start_while_0:;
    var_7 = wp::tile_query_valid(var_4);
    if ((var_7) == false) goto end_while_0;
        // t = wp.tile_bvh_query_next(q2)                                                     <L 31>
        var_8 = wp::tile_bvh_query_next(var_4);
        // wp.tile_atomic_add(counts, t)                                                      <L 32>
        var_9 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_10, var_8);
        // steps += 1                                                                         <L 33>
        var_12 = wp::add(var_6, var_11);
        wp::assign(var_6, var_12);
    goto start_while_0;
    end_while_0:;
    // first[1] = steps                                                                       <L 34>
    wp::array_store(var_first, var_13, var_6);
}



void bvh_rays_9cbc1171_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_rays_9cbc1171 *_wp_args,
    wp_args_bvh_rays_9cbc1171 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::vec_t<3, wp::float32> var_start = _wp_args->start;
    wp::vec_t<3, wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_first = _wp_args->first;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::vec_t<3, wp::float32> adj_start = _wp_adj_args->start;
    wp::vec_t<3, wp::float32> adj_d = _wp_adj_args->d;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_first = _wp_adj_args->first;
    //---------
    // primal vars
    wp::bvh_query_thread_block_t var_0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_3 = 0;
    wp::bvh_query_thread_block_t var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    //---------
    // dual vars
    wp::bvh_query_thread_block_t adj_0 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_1{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_2{};
    wp::int32 adj_3 = {};
    wp::bvh_query_thread_block_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_8{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int), first: wp.array(dtype=int)):       <L 23>
    // q = wp.tile_bvh_query_ray(bvh, start, d)                                               <L 24>
    var_0 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // r = wp.tile_bvh_query_next(q)                                                          <L 25>
    var_1 = wp::tile_bvh_query_next(var_0);
    // s = wp.tile_sum(r)                                                                     <L 26>
    var_2 = wp::tile_sum(var_1);
    // wp.tile_store(first, s)                                                                <L 27>
    // wp::tile_store<wp::int32, true, false>(var_first, var_3, var_2);
    // q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                             <L 28>
    var_4 = wp::tile_bvh_query_ray(var_bvh, var_start, var_d);
    // steps = int(0)                                                                         <L 29>
    var_6 = wp::int(var_5);
    // while wp.tile_query_valid(q2):                                                         <L 30>
    // first[1] = steps                                                                       <L 34>
    // wp::array_store(var_first, var_13, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_first, var_13, var_6, adj_first, adj_13, adj_6);
    // adj: first[1] = steps                                                                  <L 34>
    start_while_0:;
    var_7 = wp::tile_query_valid(var_4);
    if ((var_7) == false) goto end_while_0;
    adj_8.grad_zero();
    adj_9.grad_zero();
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
        // t = wp.tile_bvh_query_next(q2)                                                     <L 31>
        var_8 = wp::tile_bvh_query_next(var_4);
        // wp.tile_atomic_add(counts, t)                                                      <L 32>
        // var_9 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_10, var_8);
        // steps += 1                                                                         <L 33>
        var_12 = wp::add(var_6, var_11);
        wp::assign(var_6, var_12);
        wp::adj_assign(var_6, var_12, adj_6, adj_12);
        wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
        // adj: steps += 1                                                                    <L 33>
        wp::adj_tile_atomic_add(var_counts, var_10, var_8, adj_counts, adj_10, adj_8, adj_9);
        // adj: wp.tile_atomic_add(counts, t)                                                 <L 32>
        // adj: t = wp.tile_bvh_query_next(q2)                                                <L 31>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q2):                                                    <L 30>
    // adj: steps = int(0)                                                                    <L 29>
    // adj: q2 = wp.bvh_query_ray_tiled(bvh, start, d)                                        <L 28>
    wp::adj_tile_store(var_first, var_3, var_2, adj_first, adj_3, adj_2);
    // adj: wp.tile_store(first, s)                                                           <L 27>
    wp::adj_tile_sum(var_1, adj_1, adj_2);
    // adj: s = wp.tile_sum(r)                                                                <L 26>
    // adj: r = wp.tile_bvh_query_next(q)                                                     <L 25>
    // adj: q = wp.tile_bvh_query_ray(bvh, start, d)                                          <L 24>
    // adj: def bvh_rays(bvh: wp.uint64, start: wp.vec3, d: wp.vec3, counts: wp.array(dtype=int), first: wp.array(dtype=int)):  <L 23>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bvh_rays_9cbc1171_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_rays_9cbc1171 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_rays_9cbc1171_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bvh_rays_9cbc1171_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_rays_9cbc1171 *_wp_args,
    wp_args_bvh_rays_9cbc1171 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_rays_9cbc1171_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mesh_hits_42986452 {
    wp::uint64 mesh;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> last;
};


void mesh_hits_42986452_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mesh_hits_42986452 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_last = _wp_args->last;
    //---------
    // primal vars
    wp::mesh_query_aabb_thread_block_t var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::mesh_query_aabb_thread_block_t var_16;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_18 = 1;
    //---------
    // forward
    // def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int), last: wp.array(dtype=int)):       <L 38>
    // q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                             <L 39>
    var_0 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // n = int(0)                                                                             <L 40>
    var_2 = wp::int(var_1);
    // while wp.tile_query_valid(q):                                                          <L 41>
    start_while_0:;
    var_3 = wp::tile_query_valid(var_0);
    if ((var_3) == false) goto end_while_0;
        // r = wp.mesh_query_aabb_next_tiled(q)                                               <L 42>
        var_4 = wp::tile_mesh_query_aabb_next(var_0);
        // face = wp.untile(r)                                                                <L 43>
        var_5 = wp::untile(var_4);
        // if face >= 0:                                                                      <L 44>
        var_7 = (var_5 >= var_6);
        if (var_7) {
            // counts[face] = counts[face] + 1                                                <L 45>
            var_8 = wp::address(var_counts, var_5);
            var_11 = wp::load(var_8);
            var_10 = wp::add(var_11, var_9);
            wp::array_store(var_counts, var_5, var_10);
            // n += 1                                                                         <L 46>
            var_13 = wp::add(var_2, var_12);
        }
        var_14 = wp::where(var_7, var_13, var_2);
        wp::assign(var_2, var_14);
    goto start_while_0;
    end_while_0:;
    // last[0] = n                                                                            <L 47>
    wp::array_store(var_last, var_15, var_2);
    // q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                             <L 48>
    var_16 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // r2 = wp.tile_mesh_query_aabb_next(q2)                                                  <L 49>
    var_17 = wp::tile_mesh_query_aabb_next(var_16);
    // wp.tile_store(last, r2, offset=1)                                                      <L 50>
    wp::tile_store<wp::int32, true, false>(var_last, var_18, var_17);
}



void mesh_hits_42986452_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mesh_hits_42986452 *_wp_args,
    wp_args_mesh_hits_42986452 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_last = _wp_args->last;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_last = _wp_adj_args->last;
    //---------
    // primal vars
    wp::mesh_query_aabb_thread_block_t var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::mesh_query_aabb_thread_block_t var_16;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_17 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_18 = 1;
    //---------
    // dual vars
    wp::mesh_query_aabb_thread_block_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::mesh_query_aabb_thread_block_t adj_16 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_17{};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int), last: wp.array(dtype=int)):       <L 38>
    // q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                             <L 39>
    var_0 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // n = int(0)                                                                             <L 40>
    var_2 = wp::int(var_1);
    // while wp.tile_query_valid(q):                                                          <L 41>
    // last[0] = n                                                                            <L 47>
    // wp::array_store(var_last, var_15, var_2);
    // q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                             <L 48>
    var_16 = wp::tile_mesh_query_aabb(var_mesh, var_lo, var_hi);
    // r2 = wp.tile_mesh_query_aabb_next(q2)                                                  <L 49>
    var_17 = wp::tile_mesh_query_aabb_next(var_16);
    // wp.tile_store(last, r2, offset=1)                                                      <L 50>
    // wp::tile_store<wp::int32, true, false>(var_last, var_18, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_last, var_18, var_17, adj_last, adj_18, adj_17);
    // adj: wp.tile_store(last, r2, offset=1)                                                 <L 50>
    // adj: r2 = wp.tile_mesh_query_aabb_next(q2)                                             <L 49>
    // adj: q2 = wp.tile_mesh_query_aabb(mesh, lo, hi)                                        <L 48>
    wp::adj_array_store(var_last, var_15, var_2, adj_last, adj_15, adj_2);
    // adj: last[0] = n                                                                       <L 47>
    start_while_0:;
    var_3 = wp::tile_query_valid(var_0);
    if ((var_3) == false) goto end_while_0;
    adj_4.grad_zero();
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
        // r = wp.mesh_query_aabb_next_tiled(q)                                               <L 42>
        var_4 = wp::tile_mesh_query_aabb_next(var_0);
        // face = wp.untile(r)                                                                <L 43>
        var_5 = wp::untile(var_4);
        // if face >= 0:                                                                      <L 44>
        var_7 = (var_5 >= var_6);
        if (var_7) {
            // counts[face] = counts[face] + 1                                                <L 45>
            var_8 = wp::address(var_counts, var_5);
            var_11 = wp::load(var_8);
            var_10 = wp::add(var_11, var_9);
            // wp::array_store(var_counts, var_5, var_10);
            // n += 1                                                                         <L 46>
            var_13 = wp::add(var_2, var_12);
        }
        var_14 = wp::where(var_7, var_13, var_2);
        wp::assign(var_2, var_14);
        wp::adj_assign(var_2, var_14, adj_2, adj_14);
        wp::adj_where(var_7, var_13, var_2, adj_7, adj_13, adj_2, adj_14);
        if (var_7) {
            wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
            // adj: n += 1                                                                    <L 46>
            wp::adj_array_store(var_counts, var_5, var_10, adj_counts, adj_5, adj_10);
            wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
            wp::adj_address(var_counts, var_5, adj_counts, adj_5, adj_8);
            // adj: counts[face] = counts[face] + 1                                           <L 45>
        }
        // adj: if face >= 0:                                                                 <L 44>
        wp::adj_untile(var_4, adj_4, adj_5);
        // adj: face = wp.untile(r)                                                           <L 43>
        // adj: r = wp.mesh_query_aabb_next_tiled(q)                                          <L 42>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(q):                                                     <L 41>
    // adj: n = int(0)                                                                        <L 40>
    // adj: q = wp.mesh_query_aabb_tiled(mesh, lo, hi)                                        <L 39>
    // adj: def mesh_hits(mesh: wp.uint64, lo: wp.vec3, hi: wp.vec3, counts: wp.array(dtype=int), last: wp.array(dtype=int)):  <L 38>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mesh_hits_42986452_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mesh_hits_42986452 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mesh_hits_42986452_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mesh_hits_42986452_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mesh_hits_42986452 *_wp_args,
    wp_args_mesh_hits_42986452 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mesh_hits_42986452_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

