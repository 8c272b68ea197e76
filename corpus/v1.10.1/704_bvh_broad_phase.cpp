
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


// corpus/704_bvh_broad_phase.py:39
static wp::float32 ray_sphere_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = -1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:                 <L 40>
    // oc = o - c                                                                             <L 41>
    var_0 = wp::sub(var_o, var_c);
    // b = wp.dot(oc, d)                                                                      <L 42>
    var_1 = wp::dot(var_0, var_d);
    // disc = b * b - wp.dot(oc, oc) + r * r                                                  <L 43>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_r, var_r);
    var_6 = wp::add(var_4, var_5);
    // if disc < 0.0:                                                                         <L 44>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 45>
        return var_10;
    }
    // return -b - wp.sqrt(disc)                                                              <L 46>
    var_11 = wp::neg(var_1);
    var_12 = wp::sqrt(var_6);
    var_13 = wp::sub(var_11, var_12);
    return var_13;
}


// corpus/704_bvh_broad_phase.py:39
static void adj_ray_sphere_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = -1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:                 <L 40>
    // oc = o - c                                                                             <L 41>
    var_0 = wp::sub(var_o, var_c);
    // b = wp.dot(oc, d)                                                                      <L 42>
    var_1 = wp::dot(var_0, var_d);
    // disc = b * b - wp.dot(oc, oc) + r * r                                                  <L 43>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_r, var_r);
    var_6 = wp::add(var_4, var_5);
    // if disc < 0.0:                                                                         <L 44>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 45>
        goto label0;
    }
    // return -b - wp.sqrt(disc)                                                              <L 46>
    var_11 = wp::neg(var_1);
    var_12 = wp::sqrt(var_6);
    var_13 = wp::sub(var_11, var_12);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret;
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sqrt(var_6, var_12, adj_6, adj_12);
    wp::adj_neg(var_1, adj_1, adj_11);
    // adj: return -b - wp.sqrt(disc)                                                         <L 46>
    if (var_8) {
        label0:;
        adj_10 += adj_ret;
        // adj: return -1.0                                                                   <L 45>
    }
    // adj: if disc < 0.0:                                                                    <L 44>
    wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_r, var_r, adj_r, adj_r, adj_5);
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_2);
    // adj: disc = b * b - wp.dot(oc, oc) + r * r                                             <L 43>
    wp::adj_dot(var_0, var_d, adj_0, adj_d, adj_1);
    // adj: b = wp.dot(oc, d)                                                                 <L 42>
    wp::adj_sub(var_o, var_c, adj_o, adj_c, adj_0);
    // adj: oc = o - c                                                                        <L 41>
    // adj: def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:            <L 40>
    return;
}

struct wp_args_compute_bounds_b21c6ea2 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> radius;
    wp::array_t<wp::vec_t<3, wp::float32>> lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> uppers;
};


void compute_bounds_b21c6ea2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_bounds_b21c6ea2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // r = wp.vec3(radius[i])                                                                 <L 10>
    var_1 = wp::address(var_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    // lowers[i] = x[i] - r                                                                   <L 11>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sub(var_6, var_2);
    wp::array_store(var_lowers, var_0, var_5);
    // uppers[i] = x[i] + r                                                                   <L 12>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_2);
    wp::array_store(var_uppers, var_0, var_8);
}



void compute_bounds_b21c6ea2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_bounds_b21c6ea2 *_wp_args,
    wp_args_compute_bounds_b21c6ea2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers = _wp_adj_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers = _wp_adj_args->uppers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // r = wp.vec3(radius[i])                                                                 <L 10>
    var_1 = wp::address(var_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    // lowers[i] = x[i] - r                                                                   <L 11>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sub(var_6, var_2);
    // wp::array_store(var_lowers, var_0, var_5);
    // uppers[i] = x[i] + r                                                                   <L 12>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_2);
    // wp::array_store(var_uppers, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_uppers, var_0, var_8, adj_uppers, adj_0, adj_8);
    wp::adj_add(var_9, var_2, adj_7, adj_2, adj_8);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
    // adj: uppers[i] = x[i] + r                                                              <L 12>
    wp::adj_array_store(var_lowers, var_0, var_5, adj_lowers, adj_0, adj_5);
    wp::adj_sub(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: lowers[i] = x[i] - r                                                              <L 11>
    wp::adj_vec_t(var_3, adj_1, adj_2);
    wp::adj_address(var_radius, var_0, adj_radius, adj_0, adj_1);
    // adj: r = wp.vec3(radius[i])                                                            <L 10>
    // adj: i = wp.tid()                                                                      <L 9>
    // adj: def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):  <L 8>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_bounds_b21c6ea2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_bounds_b21c6ea2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_bounds_b21c6ea2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_bounds_b21c6ea2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_bounds_b21c6ea2 *_wp_args,
    wp_args_compute_bounds_b21c6ea2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_bounds_b21c6ea2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_find_pairs_1e100099 {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> radius;
    wp::array_t<wp::vec_t<3, wp::float32>> lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> uppers;
    wp::int32 max_pairs;
    wp::array_t<wp::int32> pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> pairs;
};


void find_pairs_1e100099_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_find_pairs_1e100099 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    bool var_25;
    wp::vec_t<2, wp::int32> var_26;
    //---------
    // forward
    // def find_pairs(                                                                        <L 16>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                                   <L 27>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::bvh_query_aabb(var_bvh, var_4, var_5);
    // j = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // while wp.bvh_query_next(query, j):                                                     <L 29>
    start_while_0:;
    var_8 = wp::bvh_query_next(var_3, var_7);
    if ((var_8) == false) goto end_while_0;
        // if j <= i:                                                                         <L 30>
        var_9 = (var_7 <= var_0);
        if (var_9) {
            // continue                                                                       <L 31>
            goto start_while_0;
        }
        // d = wp.length(x[i] - x[j])                                                         <L 32>
        var_10 = wp::address(var_x, var_0);
        var_11 = wp::address(var_x, var_7);
        var_13 = wp::load(var_10);
        var_14 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_14);
        var_15 = wp::length(var_12);
        // if d < radius[i] + radius[j]:                                                      <L 33>
        var_16 = wp::address(var_radius, var_0);
        var_17 = wp::address(var_radius, var_7);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = wp::add(var_19, var_20);
        var_21 = (var_15 < var_18);
        if (var_21) {
            // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 34>
            var_24 = wp::atomic_add(var_pair_count, var_22, var_23);
            // if slot < max_pairs:                                                           <L 35>
            var_25 = (var_24 < var_max_pairs);
            if (var_25) {
                // pairs[slot] = wp.vec2i(i, j)                                               <L 36>
                var_26 = wp::vec_t<2, wp::int32>(var_0, var_7);
                wp::array_store(var_pairs, var_24, var_26);
            }
        }
    goto start_while_0;
    end_while_0:;
}



void find_pairs_1e100099_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_find_pairs_1e100099 *_wp_args,
    wp_args_find_pairs_1e100099 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers = _wp_adj_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers = _wp_adj_args->uppers;
    wp::int32 adj_max_pairs = _wp_adj_args->max_pairs;
    wp::array_t<wp::int32> adj_pair_count = _wp_adj_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs = _wp_adj_args->pairs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    bool var_25;
    wp::vec_t<2, wp::int32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::bvh_query_t adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::vec_t<2, wp::int32> adj_26 = {};
    //---------
    // forward
    // def find_pairs(                                                                        <L 16>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                                   <L 27>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::bvh_query_aabb(var_bvh, var_4, var_5);
    // j = int(0)                                                                             <L 28>
    var_7 = wp::int(var_6);
    // while wp.bvh_query_next(query, j):                                                     <L 29>
    //---------
    // reverse
    start_while_0:;
    var_8 = wp::bvh_query_next(var_3, var_7);
    if ((var_8) == false) goto end_while_0;
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
        // if j <= i:                                                                         <L 30>
        var_9 = (var_7 <= var_0);
        if (var_9) {
            // continue                                                                       <L 31>
            goto start_while_0;
        }
        // d = wp.length(x[i] - x[j])                                                         <L 32>
        var_10 = wp::address(var_x, var_0);
        var_11 = wp::address(var_x, var_7);
        var_13 = wp::load(var_10);
        var_14 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_14);
        var_15 = wp::length(var_12);
        // if d < radius[i] + radius[j]:                                                      <L 33>
        var_16 = wp::address(var_radius, var_0);
        var_17 = wp::address(var_radius, var_7);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = wp::add(var_19, var_20);
        var_21 = (var_15 < var_18);
        if (var_21) {
            // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 34>
            // var_24 = wp::atomic_add(var_pair_count, var_22, var_23);
            // if slot < max_pairs:                                                           <L 35>
            var_25 = (var_24 < var_max_pairs);
            if (var_25) {
                // pairs[slot] = wp.vec2i(i, j)                                               <L 36>
                var_26 = wp::vec_t<2, wp::int32>(var_0, var_7);
                // wp::array_store(var_pairs, var_24, var_26);
            }
        }
        if (var_21) {
            if (var_25) {
                wp::adj_array_store(var_pairs, var_24, var_26, adj_pairs, adj_24, adj_26);
                wp::adj_vec_t(var_0, var_7, adj_0, adj_7, adj_26);
                // adj: pairs[slot] = wp.vec2i(i, j)                                          <L 36>
            }
            // adj: if slot < max_pairs:                                                      <L 35>
            wp::adj_atomic_add(var_pair_count, var_22, var_23, adj_pair_count, adj_22, adj_23, adj_24);
            // adj: slot = wp.atomic_add(pair_count, 0, 1)                                    <L 34>
        }
        wp::adj_add(var_19, var_20, adj_16, adj_17, adj_18);
        wp::adj_address(var_radius, var_7, adj_radius, adj_7, adj_17);
        wp::adj_address(var_radius, var_0, adj_radius, adj_0, adj_16);
        // adj: if d < radius[i] + radius[j]:                                                 <L 33>
        wp::adj_length(var_12, var_15, adj_12, adj_15);
        wp::adj_sub(var_13, var_14, adj_10, adj_11, adj_12);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_11);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
        // adj: d = wp.length(x[i] - x[j])                                                    <L 32>
        if (var_9) {
            // adj: continue                                                                  <L 31>
        }
        // adj: if j <= i:                                                                    <L 30>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, j):                                                <L 29>
    wp::adj_int(var_6, adj_6, adj_7);
    // adj: j = int(0)                                                                        <L 28>
    wp::adj_address(var_uppers, var_0, adj_uppers, adj_0, adj_2);
    wp::adj_address(var_lowers, var_0, adj_lowers, adj_0, adj_1);
    // adj: query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                              <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def find_pairs(                                                                   <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void find_pairs_1e100099_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_find_pairs_1e100099 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        find_pairs_1e100099_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void find_pairs_1e100099_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_find_pairs_1e100099 *_wp_args,
    wp_args_find_pairs_1e100099 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        find_pairs_1e100099_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_pick_99649fbd {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> radius;
    wp::array_t<wp::vec_t<3, wp::float32>> origins;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::int32> picked;
};


void pick_99649fbd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pick_99649fbd *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_picked = _wp_args->picked;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int32 var_9;
    const wp::float32 var_10 = 1e+30;
    wp::float32 var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    bool var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    bool var_23;
    bool var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def pick(                                                                              <L 50>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // o = origins[tid]                                                                       <L 59>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.normalize(dirs[tid])                                                            <L 60>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // best = int(-1)                                                                         <L 61>
    var_9 = wp::int(var_8);
    // best_t = float(1.0e30)                                                                 <L 62>
    var_11 = wp::float(var_10);
    // query = wp.bvh_query_ray(bvh, o, d)                                                    <L 63>
    var_12 = wp::bvh_query_ray(var_bvh, var_2, var_5);
    // item = int(0)                                                                          <L 64>
    var_14 = wp::int(var_13);
    // while wp.bvh_query_next(query, item):                                                  <L 65>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_12, var_14);
    if ((var_15) == false) goto end_while_0;
        // t = ray_sphere(o, d, x[item], radius[item])                                        <L 66>
        var_16 = wp::address(var_x, var_14);
        var_17 = wp::address(var_radius, var_14);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = ray_sphere_0(var_2, var_5, var_19, var_20);
        // if t >= 0.0 and t < best_t:                                                        <L 67>
        var_22 = (var_18 >= var_21);
        var_23 = (var_18 < var_11);
        var_24 = var_22 && var_23;
        if (var_24) {
            // best_t = t                                                                     <L 68>
            var_25 = wp::copy(var_18);
            // best = item                                                                    <L 69>
            var_26 = wp::copy(var_14);
        }
        var_27 = wp::where(var_24, var_26, var_9);
        var_28 = wp::where(var_24, var_25, var_11);
        wp::assign(var_9, var_27);
        wp::assign(var_11, var_28);
    goto start_while_0;
    end_while_0:;
    // picked[tid] = best                                                                     <L 70>
    wp::array_store(var_picked, var_0, var_9);
}



void pick_99649fbd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pick_99649fbd *_wp_args,
    wp_args_pick_99649fbd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_picked = _wp_args->picked;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins = _wp_adj_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::int32> adj_picked = _wp_adj_args->picked;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = -1;
    wp::int32 var_9;
    const wp::float32 var_10 = 1e+30;
    wp::float32 var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    bool var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    bool var_23;
    bool var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::bvh_query_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    bool adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def pick(                                                                              <L 50>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // o = origins[tid]                                                                       <L 59>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.normalize(dirs[tid])                                                            <L 60>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // best = int(-1)                                                                         <L 61>
    var_9 = wp::int(var_8);
    // best_t = float(1.0e30)                                                                 <L 62>
    var_11 = wp::float(var_10);
    // query = wp.bvh_query_ray(bvh, o, d)                                                    <L 63>
    var_12 = wp::bvh_query_ray(var_bvh, var_2, var_5);
    // item = int(0)                                                                          <L 64>
    var_14 = wp::int(var_13);
    // while wp.bvh_query_next(query, item):                                                  <L 65>
    // picked[tid] = best                                                                     <L 70>
    // wp::array_store(var_picked, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_picked, var_0, var_9, adj_picked, adj_0, adj_9);
    // adj: picked[tid] = best                                                                <L 70>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_12, var_14);
    if ((var_15) == false) goto end_while_0;
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
        // t = ray_sphere(o, d, x[item], radius[item])                                        <L 66>
        var_16 = wp::address(var_x, var_14);
        var_17 = wp::address(var_radius, var_14);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = ray_sphere_0(var_2, var_5, var_19, var_20);
        // if t >= 0.0 and t < best_t:                                                        <L 67>
        var_22 = (var_18 >= var_21);
        var_23 = (var_18 < var_11);
        var_24 = var_22 && var_23;
        if (var_24) {
            // best_t = t                                                                     <L 68>
            var_25 = wp::copy(var_18);
            // best = item                                                                    <L 69>
            var_26 = wp::copy(var_14);
        }
        var_27 = wp::where(var_24, var_26, var_9);
        var_28 = wp::where(var_24, var_25, var_11);
        wp::assign(var_9, var_27);
        wp::assign(var_11, var_28);
        wp::adj_assign(var_11, var_28, adj_11, adj_28);
        wp::adj_assign(var_9, var_27, adj_9, adj_27);
        wp::adj_where(var_24, var_25, var_11, adj_24, adj_25, adj_11, adj_28);
        wp::adj_where(var_24, var_26, var_9, adj_24, adj_26, adj_9, adj_27);
        if (var_24) {
            wp::adj_copy(var_14, adj_14, adj_26);
            // adj: best = item                                                               <L 69>
            wp::adj_copy(var_18, adj_18, adj_25);
            // adj: best_t = t                                                                <L 68>
        }
        // adj: if t >= 0.0 and t < best_t:                                                   <L 67>
        adj_ray_sphere_0(var_2, var_5, var_19, var_20, adj_2, adj_5, adj_16, adj_17, adj_18);
        wp::adj_address(var_radius, var_14, adj_radius, adj_14, adj_17);
        wp::adj_address(var_x, var_14, adj_x, adj_14, adj_16);
        // adj: t = ray_sphere(o, d, x[item], radius[item])                                   <L 66>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, item):                                             <L 65>
    wp::adj_int(var_13, adj_13, adj_14);
    // adj: item = int(0)                                                                     <L 64>
    // adj: query = wp.bvh_query_ray(bvh, o, d)                                               <L 63>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: best_t = float(1.0e30)                                                            <L 62>
    wp::adj_int(var_8, adj_8, adj_9);
    // adj: best = int(-1)                                                                    <L 61>
    wp::adj_normalize(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
    // adj: d = wp.normalize(dirs[tid])                                                       <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
    // adj: o = origins[tid]                                                                  <L 59>
    // adj: tid = wp.tid()                                                                    <L 58>
    // adj: def pick(                                                                         <L 50>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void pick_99649fbd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_pick_99649fbd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pick_99649fbd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void pick_99649fbd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_pick_99649fbd *_wp_args,
    wp_args_pick_99649fbd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pick_99649fbd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_particle_triangle_candidates_1fd346cf {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 radius;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> first_face;
};


void particle_triangle_candidates_1fd346cf_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_first_face = _wp_args->first_face;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::mesh_query_aabb_t var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::mesh_query_aabb_t var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = -1;
    wp::int32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    //---------
    // forward
    // def particle_triangle_candidates(                                                      <L 74>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 82>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = p - wp.vec3(radius)                                                               <L 83>
    var_4 = wp::vec_t<3, wp::float32>(var_radius);
    var_5 = wp::sub(var_2, var_4);
    // hi = p + wp.vec3(radius)                                                               <L 84>
    var_6 = wp::vec_t<3, wp::float32>(var_radius);
    var_7 = wp::add(var_2, var_6);
    // n = int(0)                                                                             <L 85>
    var_9 = wp::int(var_8);
    // for face in wp.mesh_query_aabb(mesh, lo, hi):                                          <L 86>
    var_10 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // n += 1                                                                             <L 87>
        var_14 = wp::add(var_9, var_13);
        wp::assign(var_9, var_14);
        goto start_for_0;
    end_for_0:;
    // counts[tid] = n                                                                        <L 88>
    wp::array_store(var_counts, var_0, var_9);
    // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 89>
    var_15 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    // f = int(0)                                                                             <L 90>
    var_17 = wp::int(var_16);
    // first = int(-1)                                                                        <L 91>
    var_20 = wp::int(var_19);
    // while wp.mesh_query_aabb_next(q, f):                                                   <L 92>
    start_while_2:;
    var_21 = wp::mesh_query_aabb_next(var_15, var_17);
    if ((var_21) == false) goto end_while_2;
        // if first < 0:                                                                      <L 93>
        var_23 = (var_20 < var_22);
        if (var_23) {
            // first = f                                                                      <L 94>
            var_24 = wp::copy(var_17);
        }
        var_25 = wp::where(var_23, var_24, var_20);
        wp::assign(var_20, var_25);
    goto start_while_2;
    end_while_2:;
    // first_face[tid] = first                                                                <L 95>
    wp::array_store(var_first_face, var_0, var_20);
}



void particle_triangle_candidates_1fd346cf_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_args,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_first_face = _wp_args->first_face;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_first_face = _wp_adj_args->first_face;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::mesh_query_aabb_t var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::mesh_query_aabb_t var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = -1;
    wp::int32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::mesh_query_aabb_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::mesh_query_aabb_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    //---------
    // forward
    // def particle_triangle_candidates(                                                      <L 74>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 82>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = p - wp.vec3(radius)                                                               <L 83>
    var_4 = wp::vec_t<3, wp::float32>(var_radius);
    var_5 = wp::sub(var_2, var_4);
    // hi = p + wp.vec3(radius)                                                               <L 84>
    var_6 = wp::vec_t<3, wp::float32>(var_radius);
    var_7 = wp::add(var_2, var_6);
    // n = int(0)                                                                             <L 85>
    var_9 = wp::int(var_8);
    // for face in wp.mesh_query_aabb(mesh, lo, hi):                                          <L 86>
    var_10 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    // counts[tid] = n                                                                        <L 88>
    // wp::array_store(var_counts, var_0, var_9);
    // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 89>
    var_15 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    // f = int(0)                                                                             <L 90>
    var_17 = wp::int(var_16);
    // first = int(-1)                                                                        <L 91>
    var_20 = wp::int(var_19);
    // while wp.mesh_query_aabb_next(q, f):                                                   <L 92>
    // first_face[tid] = first                                                                <L 95>
    // wp::array_store(var_first_face, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_first_face, var_0, var_20, adj_first_face, adj_0, adj_20);
    // adj: first_face[tid] = first                                                           <L 95>
    start_while_2:;
    var_21 = wp::mesh_query_aabb_next(var_15, var_17);
    if ((var_21) == false) goto end_while_2;
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
        // if first < 0:                                                                      <L 93>
        var_23 = (var_20 < var_22);
        if (var_23) {
            // first = f                                                                      <L 94>
            var_24 = wp::copy(var_17);
        }
        var_25 = wp::where(var_23, var_24, var_20);
        wp::assign(var_20, var_25);
        wp::adj_assign(var_20, var_25, adj_20, adj_25);
        wp::adj_where(var_23, var_24, var_20, adj_23, adj_24, adj_20, adj_25);
        if (var_23) {
            wp::adj_copy(var_17, adj_17, adj_24);
            // adj: first = f                                                                 <L 94>
        }
        // adj: if first < 0:                                                                 <L 93>
    goto start_while_2;
    end_while_2:;
    // adj: while wp.mesh_query_aabb_next(q, f):                                              <L 92>
    wp::adj_int(var_19, adj_19, adj_20);
    // adj: first = int(-1)                                                                   <L 91>
    wp::adj_int(var_16, adj_16, adj_17);
    // adj: f = int(0)                                                                        <L 90>
    // adj: q = wp.mesh_query_aabb(mesh, lo, hi)                                              <L 89>
    wp::adj_array_store(var_counts, var_0, var_9, adj_counts, adj_0, adj_9);
    // adj: counts[tid] = n                                                                   <L 88>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
        // n += 1                                                                             <L 87>
        var_14 = wp::add(var_9, var_13);
        wp::assign(var_9, var_14);
        wp::adj_assign(var_9, var_14, adj_9, adj_14);
        wp::adj_add(var_9, var_13, adj_9, adj_13, adj_14);
        // adj: n += 1                                                                        <L 87>
    	goto start_for_0;
    end_for_0:;
    // adj: for face in wp.mesh_query_aabb(mesh, lo, hi):                                     <L 86>
    wp::adj_int(var_8, adj_8, adj_9);
    // adj: n = int(0)                                                                        <L 85>
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_vec_t(var_radius, adj_radius, adj_6);
    // adj: hi = p + wp.vec3(radius)                                                          <L 84>
    wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_vec_t(var_radius, adj_radius, adj_4);
    // adj: lo = p - wp.vec3(radius)                                                          <L 83>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 82>
    // adj: tid = wp.tid()                                                                    <L 81>
    // adj: def particle_triangle_candidates(                                                 <L 74>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void particle_triangle_candidates_1fd346cf_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        particle_triangle_candidates_1fd346cf_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void particle_triangle_candidates_1fd346cf_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_args,
    wp_args_particle_triangle_candidates_1fd346cf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        particle_triangle_candidates_1fd346cf_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

