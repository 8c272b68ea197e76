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


// corpus/706_query_precision_groups.py:8
static wp::int32 count_neighbors_d_0(
    wp::hash_grid_query_d var_query,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::vec_t<3, wp::float64> var_p,
    wp::float64 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float64>* var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::float64 var_6;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def count_neighbors_d(query: wp.HashGridQuery[wp.float64], x: wp.array(dtype=wp.vec3d), p: wp.vec3d, r: wp.float64):       <L 9>
    // n = int(0)                                                                             <L 10>
    var_1 = wp::int(var_0);
    // for j in query:                                                                        <L 11>
    start_for_0:;
        if (iter_cmp(var_query) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_query);
        // if wp.length(x[j] - p) < r:                                                        <L 12>
        var_3 = wp::address(var_x, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_p);
        var_6 = wp::length(var_4);
        var_7 = (var_6 < var_r);
        if (var_7) {
            // n += 1                                                                         <L 13>
            var_9 = wp::add(var_1, var_8);
        }
        var_10 = wp::where(var_7, var_9, var_1);
        wp::assign(var_1, var_10);
        goto start_for_0;
    end_for_0:;
    // return n                                                                               <L 14>
    return var_1;
}


// corpus/706_query_precision_groups.py:8
static void adj_count_neighbors_d_0(
    wp::hash_grid_query_d var_query,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::vec_t<3, wp::float64> var_p,
    wp::float64 var_r,
    wp::hash_grid_query_d & adj_query,
    wp::array_t<wp::vec_t<3, wp::float64>> & adj_x,
    wp::vec_t<3, wp::float64> & adj_p,
    wp::float64 & adj_r,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float64>* var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::float64 var_6;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::float64 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def count_neighbors_d(query: wp.HashGridQuery[wp.float64], x: wp.array(dtype=wp.vec3d), p: wp.vec3d, r: wp.float64):       <L 9>
    // n = int(0)                                                                             <L 10>
    var_1 = wp::int(var_0);
    // for j in query:                                                                        <L 11>
    // return n                                                                               <L 14>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return n                                                                          <L 14>
    var_query = wp::iter_reverse(var_query);
    start_for_0:;
        if (iter_cmp(var_query) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_query);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
        // if wp.length(x[j] - p) < r:                                                        <L 12>
        var_3 = wp::address(var_x, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_p);
        var_6 = wp::length(var_4);
        var_7 = (var_6 < var_r);
        if (var_7) {
            // n += 1                                                                         <L 13>
            var_9 = wp::add(var_1, var_8);
        }
        var_10 = wp::where(var_7, var_9, var_1);
        wp::assign(var_1, var_10);
        wp::adj_assign(var_1, var_10, adj_1, adj_10);
        wp::adj_where(var_7, var_9, var_1, adj_7, adj_9, adj_1, adj_10);
        if (var_7) {
            wp::adj_add(var_1, var_8, adj_1, adj_8, adj_9);
            // adj: n += 1                                                                    <L 13>
        }
        wp::adj_length(var_4, var_6, adj_4, adj_6);
        wp::adj_sub(var_5, var_p, adj_3, adj_p, adj_4);
        wp::adj_address(var_x, var_2, adj_x, adj_2, adj_3);
        // adj: if wp.length(x[j] - p) < r:                                                   <L 12>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in query:                                                                   <L 11>
    // adj: n = int(0)                                                                        <L 10>
    // adj: def count_neighbors_d(query: wp.HashGridQuery[wp.float64], x: wp.array(dtype=wp.vec3d), p: wp.vec3d, r: wp.float64):  <L 9>
    return;
}

struct wp_args_neighbors_f64_a953b7f0 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float64>> x;
    wp::array_t<wp::int32> group;
    wp::float64 r;
    wp::array_t<wp::int32> counts;
};


void neighbors_f64_a953b7f0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbors_f64_a953b7f0 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::int32* var_5;
    wp::hash_grid_query_d var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::hash_grid_query_d var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    //---------
    // forward
    // def neighbors_f64(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), group: wp.array(dtype=int), r: wp.float64, counts: wp.array(dtype=int)):       <L 18>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 20>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // p = x[i]                                                                               <L 21>
    var_2 = wp::address(var_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // counts[i] = count_neighbors_d(wp.hash_grid_query(grid, p, r, group[i]), x, p, r)       <L 22>
    var_5 = wp::address(var_group, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::hash_grid_query(var_grid, var_3, var_r, var_7);
    var_8 = count_neighbors_d_0(var_6, var_x, var_3, var_r);
    wp::array_store(var_counts, var_1, var_8);
    // q = wp.hash_grid_query(grid, p, r)                                                     <L 23>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_r);
    // j = int(0)                                                                             <L 24>
    var_11 = wp::int(var_10);
    // while wp.hash_grid_query_next(q, j):                                                   <L 25>
    start_while_0:;
    var_12 = wp::hash_grid_query_next(var_9, var_11);
    if ((var_12) == false) goto end_while_0;
        // counts[i] += 0                                                                     <L 26>
        var_14 = wp::atomic_add(var_counts, var_1, var_13);
    goto start_while_0;
    end_while_0:;
}



void neighbors_f64_a953b7f0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbors_f64_a953b7f0 *_wp_args,
    wp_args_neighbors_f64_a953b7f0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_group = _wp_adj_args->group;
    wp::float64 adj_r = _wp_adj_args->r;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::int32* var_5;
    wp::hash_grid_query_d var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::hash_grid_query_d var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::hash_grid_query_d adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::hash_grid_query_d adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def neighbors_f64(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), group: wp.array(dtype=int), r: wp.float64, counts: wp.array(dtype=int)):       <L 18>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 20>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // p = x[i]                                                                               <L 21>
    var_2 = wp::address(var_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // counts[i] = count_neighbors_d(wp.hash_grid_query(grid, p, r, group[i]), x, p, r)       <L 22>
    var_5 = wp::address(var_group, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::hash_grid_query(var_grid, var_3, var_r, var_7);
    var_8 = count_neighbors_d_0(var_6, var_x, var_3, var_r);
    // wp::array_store(var_counts, var_1, var_8);
    // q = wp.hash_grid_query(grid, p, r)                                                     <L 23>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_r);
    // j = int(0)                                                                             <L 24>
    var_11 = wp::int(var_10);
    // while wp.hash_grid_query_next(q, j):                                                   <L 25>
    //---------
    // reverse
    start_while_0:;
    var_12 = wp::hash_grid_query_next(var_9, var_11);
    if ((var_12) == false) goto end_while_0;
    adj_13 = {};
    adj_14 = {};
        // counts[i] += 0                                                                     <L 26>
        // var_14 = wp::atomic_add(var_counts, var_1, var_13);
        wp::adj_atomic_add(var_counts, var_1, var_13, adj_counts, adj_1, adj_13, adj_14);
        // adj: counts[i] += 0                                                                <L 26>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.hash_grid_query_next(q, j):                                              <L 25>
    // adj: j = int(0)                                                                        <L 24>
    // adj: q = wp.hash_grid_query(grid, p, r)                                                <L 23>
    wp::adj_array_store(var_counts, var_1, var_8, adj_counts, adj_1, adj_8);
    adj_count_neighbors_d_0(var_6, var_x, var_3, var_r, adj_6, adj_x, adj_3, adj_r, adj_8);
    wp::adj_address(var_group, var_1, adj_group, adj_1, adj_5);
    // adj: counts[i] = count_neighbors_d(wp.hash_grid_query(grid, p, r, group[i]), x, p, r)  <L 22>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_x, var_1, adj_x, adj_1, adj_2);
    // adj: p = x[i]                                                                          <L 21>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 20>
    // adj: tid = wp.tid()                                                                    <L 19>
    // adj: def neighbors_f64(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), group: wp.array(dtype=int), r: wp.float64, counts: wp.array(dtype=int)):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void neighbors_f64_a953b7f0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbors_f64_a953b7f0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbors_f64_a953b7f0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void neighbors_f64_a953b7f0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbors_f64_a953b7f0 *_wp_args,
    wp_args_neighbors_f64_a953b7f0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbors_f64_a953b7f0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_neighbors_f16_0051c9da {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float16>> x;
    wp::float16 r;
    wp::array_t<wp::int32> counts;
};


void neighbors_f16_0051c9da_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbors_f16_0051c9da *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float16>> var_x = _wp_args->x;
    wp::float16 var_r = _wp_args->r;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16> var_2;
    wp::vec_t<3, wp::float16> var_3;
    wp::hash_grid_query_h var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::hash_grid_query_h var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    const wp::int32 var_18 = 2;
    wp::hash_grid_query_f var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // forward
    // def neighbors_f16(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, counts: wp.array(dtype=int)):       <L 30>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 32>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.hash_grid_query(grid, p, r)                                                     <L 33>
    var_4 = wp::hash_grid_query(var_grid, var_2, var_r);
    // j = int(0)                                                                             <L 34>
    var_6 = wp::int(var_5);
    // while wp.hash_grid_query_next(q, j):                                                   <L 35>
    start_while_0:;
    var_7 = wp::hash_grid_query_next(var_4, var_6);
    if ((var_7) == false) goto end_while_0;
        // counts[tid] += 1                                                                   <L 36>
        var_9 = wp::atomic_add(var_counts, var_0, var_8);
    goto start_while_0;
    end_while_0:;
    // for k in wp.hash_grid_query(grid, p, r, 1):                                            <L 37>
    var_11 = wp::hash_grid_query(var_grid, var_2, var_r, var_10);
    start_for_2:;
        if (iter_cmp(var_11) == 0) goto end_for_2;
        var_12 = wp::iter_next(var_11);
        // counts[tid] += 1                                                                   <L 38>
        var_14 = wp::atomic_add(var_counts, var_0, var_13);
        goto start_for_2;
    end_for_2:;
    // qf = wp.hash_grid_query(grid, wp.vec3(0.0), 1.0, 2)                                    <L 39>
    var_16 = wp::vec_t<3, wp::float32>(var_15);
    var_19 = wp::hash_grid_query(var_grid, var_16, var_17, var_18);
    // while wp.hash_grid_query_next(qf, j):                                                  <L 40>
    start_while_4:;
    var_20 = wp::hash_grid_query_next(var_19, var_6);
    if ((var_20) == false) goto end_while_4;
        // counts[tid] -= 1                                                                   <L 41>
        var_22 = wp::atomic_sub(var_counts, var_0, var_21);
    goto start_while_4;
    end_while_4:;
}



void neighbors_f16_0051c9da_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbors_f16_0051c9da *_wp_args,
    wp_args_neighbors_f16_0051c9da *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float16>> var_x = _wp_args->x;
    wp::float16 var_r = _wp_args->r;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_x = _wp_adj_args->x;
    wp::float16 adj_r = _wp_adj_args->r;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16> var_2;
    wp::vec_t<3, wp::float16> var_3;
    wp::hash_grid_query_h var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::hash_grid_query_h var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    const wp::int32 var_18 = 2;
    wp::hash_grid_query_f var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float16> adj_1 = {};
    wp::vec_t<3, wp::float16> adj_2 = {};
    wp::vec_t<3, wp::float16> adj_3 = {};
    wp::hash_grid_query_h adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::hash_grid_query_h adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::hash_grid_query_f adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def neighbors_f16(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, counts: wp.array(dtype=int)):       <L 30>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 32>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.hash_grid_query(grid, p, r)                                                     <L 33>
    var_4 = wp::hash_grid_query(var_grid, var_2, var_r);
    // j = int(0)                                                                             <L 34>
    var_6 = wp::int(var_5);
    // while wp.hash_grid_query_next(q, j):                                                   <L 35>
    // for k in wp.hash_grid_query(grid, p, r, 1):                                            <L 37>
    var_11 = wp::hash_grid_query(var_grid, var_2, var_r, var_10);
    // qf = wp.hash_grid_query(grid, wp.vec3(0.0), 1.0, 2)                                    <L 39>
    var_16 = wp::vec_t<3, wp::float32>(var_15);
    var_19 = wp::hash_grid_query(var_grid, var_16, var_17, var_18);
    // while wp.hash_grid_query_next(qf, j):                                                  <L 40>
    //---------
    // reverse
    start_while_4:;
    var_20 = wp::hash_grid_query_next(var_19, var_6);
    if ((var_20) == false) goto end_while_4;
    adj_21 = {};
    adj_22 = {};
        // counts[tid] -= 1                                                                   <L 41>
        // var_22 = wp::atomic_sub(var_counts, var_0, var_21);
        wp::adj_atomic_sub(var_counts, var_0, var_21, adj_counts, adj_0, adj_21, adj_22);
        // adj: counts[tid] -= 1                                                              <L 41>
    goto start_while_4;
    end_while_4:;
    // adj: while wp.hash_grid_query_next(qf, j):                                             <L 40>
    wp::adj_vec_t(var_15, adj_15, adj_16);
    // adj: qf = wp.hash_grid_query(grid, wp.vec3(0.0), 1.0, 2)                               <L 39>
    var_11 = wp::iter_reverse(var_11);
    start_for_2:;
        if (iter_cmp(var_11) == 0) goto end_for_2;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
        // counts[tid] += 1                                                                   <L 38>
        // var_14 = wp::atomic_add(var_counts, var_0, var_13);
        wp::adj_atomic_add(var_counts, var_0, var_13, adj_counts, adj_0, adj_13, adj_14);
        // adj: counts[tid] += 1                                                              <L 38>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in wp.hash_grid_query(grid, p, r, 1):                                       <L 37>
    start_while_0:;
    var_7 = wp::hash_grid_query_next(var_4, var_6);
    if ((var_7) == false) goto end_while_0;
    adj_8 = {};
    adj_9 = {};
        // counts[tid] += 1                                                                   <L 36>
        // var_9 = wp::atomic_add(var_counts, var_0, var_8);
        wp::adj_atomic_add(var_counts, var_0, var_8, adj_counts, adj_0, adj_8, adj_9);
        // adj: counts[tid] += 1                                                              <L 36>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.hash_grid_query_next(q, j):                                              <L 35>
    // adj: j = int(0)                                                                        <L 34>
    // adj: q = wp.hash_grid_query(grid, p, r)                                                <L 33>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 32>
    // adj: tid = wp.tid()                                                                    <L 31>
    // adj: def neighbors_f16(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, counts: wp.array(dtype=int)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void neighbors_f16_0051c9da_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbors_f16_0051c9da *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbors_f16_0051c9da_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void neighbors_f16_0051c9da_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbors_f16_0051c9da *_wp_args,
    wp_args_neighbors_f16_0051c9da *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbors_f16_0051c9da_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_grouped_queries_4027d8db {
    wp::uint64 bvh;
    wp::uint64 mesh;
    wp::array_t<wp::int32> groups;
    wp::array_t<wp::vec_t<3, wp::float32>> origins;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::int32> hits;
    wp::array_t<wp::int32> crossings;
    wp::array_t<wp::float32> nearest;
};


void grouped_queries_4027d8db_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_grouped_queries_4027d8db *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::int32> var_groups = _wp_args->groups;
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    wp::array_t<wp::int32> var_crossings = _wp_args->crossings;
    wp::array_t<wp::float32> var_nearest = _wp_args->nearest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::bvh_query_t var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::float32 var_13 = 1000000.0;
    wp::float32 var_14;
    bool var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    const wp::float32 var_20 = 1.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::bvh_query_t var_26;
    bool var_27;
    const wp::float32 var_28 = INFINITY;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32* var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::float32 var_34 = 100.0;
    bool var_35;
    wp::int32 var_36;
    const wp::float32 var_37 = 100.0;
    wp::mesh_query_ray_t var_38;
    bool* var_39;
    bool var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 10.0;
    const wp::int32 var_45 = 5;
    const wp::float32 var_46 = 0.05;
    wp::mesh_query_point_t var_47;
    bool var_48;
    bool* var_49;
    bool var_50;
    wp::float32* var_51;
    const wp::float32 var_52 = 0.0;
    bool var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    //---------
    // forward
    // def grouped_queries(                                                                   <L 45>
    // tid = wp.tid()                                                                         <L 55>
    var_0 = builtin_tid1d();
    // o = origins[tid]                                                                       <L 56>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = dirs[tid]                                                                          <L 57>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // root = wp.bvh_get_group_root(bvh, groups[tid])                                         <L 58>
    var_7 = wp::address(var_groups, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::bvh_get_group_root(var_bvh, var_9);
    // query = wp.bvh_query_ray(bvh, o, d, root)                                              <L 59>
    var_10 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_8);
    // item = int(0)                                                                          <L 60>
    var_12 = wp::int(var_11);
    // max_t = float(1.0e6)                                                                   <L 61>
    var_14 = wp::float(var_13);
    // while wp.bvh_query_next(query, item, max_t):                                           <L 62>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_10, var_12, var_14);
    if ((var_15) == false) goto end_while_0;
        // max_t = max_t * 0.5                                                                <L 63>
        var_17 = wp::mul(var_14, var_16);
        // hits[tid] += 1                                                                     <L 64>
        var_19 = wp::atomic_add(var_hits, var_0, var_18);
        wp::assign(var_14, var_17);
    goto start_while_0;
    end_while_0:;
    // box = wp.bvh_query_aabb(bvh, o - wp.vec3(1.0), o + wp.vec3(1.0), root)                 <L 65>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::sub(var_2, var_21);
    var_24 = wp::vec_t<3, wp::float32>(var_23);
    var_25 = wp::add(var_2, var_24);
    var_26 = wp::bvh_query_aabb(var_bvh, var_22, var_25, var_8);
    // while wp.bvh_query_next(box, item):                                                    <L 66>
    start_while_2:;
    var_27 = wp::bvh_query_next(var_26, var_12, var_28);
    if ((var_27) == false) goto end_while_2;
        // hits[tid] += 1                                                                     <L 67>
        var_30 = wp::atomic_add(var_hits, var_0, var_29);
    goto start_while_2;
    end_while_2:;
    // mroot = wp.mesh_get_group_root(mesh, groups[tid])                                      <L 68>
    var_31 = wp::address(var_groups, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mesh_get_group_root(var_mesh, var_33);
    // if wp.mesh_query_ray_anyhit(mesh, o, d, 100.0, mroot):                                 <L 69>
    var_35 = wp::mesh_query_ray_anyhit(var_mesh, var_2, var_5, var_34, var_32);
    if (var_35) {
        // crossings[tid] = wp.mesh_query_ray_count_intersections(mesh, o, d, mroot)          <L 70>
        var_36 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_5, var_32);
        wp::array_store(var_crossings, var_0, var_36);
    }
    // r = wp.mesh_query_ray(mesh, o, d, 100.0, mroot)                                        <L 71>
    var_38 = wp::mesh_query_ray(var_mesh, var_2, var_5, var_37, var_32);
    // if r.result:                                                                           <L 72>
    var_39 = &((var_38).result);
    var_40 = wp::load(var_39);
    if (var_40) {
        // nearest[tid] = r.t                                                                 <L 73>
        var_41 = &((var_38).t);
        var_42 = wp::load(var_41);
        wp::array_store(var_nearest, var_0, var_42);
    }
    var_43 = wp::load(var_39);
    // pq = wp.mesh_query_point_sign_parity(mesh, o, 10.0, n_sample=5, perturbation_scale=0.05)       <L 74>
    var_47 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_44, var_45, var_46);
    // if pq.result and pq.sign < 0.0:                                                        <L 75>
    var_49 = &((var_47).result);
    var_50 = wp::load(var_49);
    var_48 = var_50;
    if (var_48) {
        var_51 = &((var_47).sign);
        var_54 = wp::load(var_51);
        var_53 = (var_54 < var_52);
        var_48 = var_48 && var_53;
    }
    if (var_48) {
        // nearest[tid] = -nearest[tid]                                                       <L 76>
        var_55 = wp::address(var_nearest, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::neg(var_57);
        wp::array_store(var_nearest, var_0, var_56);
    }
}



void grouped_queries_4027d8db_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_grouped_queries_4027d8db *_wp_args,
    wp_args_grouped_queries_4027d8db *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::int32> var_groups = _wp_args->groups;
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins = _wp_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    wp::array_t<wp::int32> var_crossings = _wp_args->crossings;
    wp::array_t<wp::float32> var_nearest = _wp_args->nearest;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::int32> adj_groups = _wp_adj_args->groups;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins = _wp_adj_args->origins;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::int32> adj_hits = _wp_adj_args->hits;
    wp::array_t<wp::int32> adj_crossings = _wp_adj_args->crossings;
    wp::array_t<wp::float32> adj_nearest = _wp_adj_args->nearest;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::bvh_query_t var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::float32 var_13 = 1000000.0;
    wp::float32 var_14;
    bool var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    const wp::float32 var_20 = 1.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::bvh_query_t var_26;
    bool var_27;
    const wp::float32 var_28 = INFINITY;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32* var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::float32 var_34 = 100.0;
    bool var_35;
    wp::int32 var_36;
    const wp::float32 var_37 = 100.0;
    wp::mesh_query_ray_t var_38;
    bool* var_39;
    bool var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 10.0;
    const wp::int32 var_45 = 5;
    const wp::float32 var_46 = 0.05;
    wp::mesh_query_point_t var_47;
    bool var_48;
    bool* var_49;
    bool var_50;
    wp::float32* var_51;
    const wp::float32 var_52 = 0.0;
    bool var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
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
    wp::bvh_query_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::bvh_query_t adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::mesh_query_ray_t adj_38 = {};
    bool adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::mesh_query_point_t adj_47 = {};
    bool adj_48 = {};
    bool adj_49 = {};
    bool adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    //---------
    // forward
    // def grouped_queries(                                                                   <L 45>
    // tid = wp.tid()                                                                         <L 55>
    var_0 = builtin_tid1d();
    // o = origins[tid]                                                                       <L 56>
    var_1 = wp::address(var_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = dirs[tid]                                                                          <L 57>
    var_4 = wp::address(var_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // root = wp.bvh_get_group_root(bvh, groups[tid])                                         <L 58>
    var_7 = wp::address(var_groups, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::bvh_get_group_root(var_bvh, var_9);
    // query = wp.bvh_query_ray(bvh, o, d, root)                                              <L 59>
    var_10 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_8);
    // item = int(0)                                                                          <L 60>
    var_12 = wp::int(var_11);
    // max_t = float(1.0e6)                                                                   <L 61>
    var_14 = wp::float(var_13);
    // while wp.bvh_query_next(query, item, max_t):                                           <L 62>
    // box = wp.bvh_query_aabb(bvh, o - wp.vec3(1.0), o + wp.vec3(1.0), root)                 <L 65>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::sub(var_2, var_21);
    var_24 = wp::vec_t<3, wp::float32>(var_23);
    var_25 = wp::add(var_2, var_24);
    var_26 = wp::bvh_query_aabb(var_bvh, var_22, var_25, var_8);
    // while wp.bvh_query_next(box, item):                                                    <L 66>
    // mroot = wp.mesh_get_group_root(mesh, groups[tid])                                      <L 68>
    var_31 = wp::address(var_groups, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mesh_get_group_root(var_mesh, var_33);
    // if wp.mesh_query_ray_anyhit(mesh, o, d, 100.0, mroot):                                 <L 69>
    var_35 = wp::mesh_query_ray_anyhit(var_mesh, var_2, var_5, var_34, var_32);
    if (var_35) {
        // crossings[tid] = wp.mesh_query_ray_count_intersections(mesh, o, d, mroot)          <L 70>
        var_36 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_5, var_32);
        // wp::array_store(var_crossings, var_0, var_36);
    }
    // r = wp.mesh_query_ray(mesh, o, d, 100.0, mroot)                                        <L 71>
    var_38 = wp::mesh_query_ray(var_mesh, var_2, var_5, var_37, var_32);
    // if r.result:                                                                           <L 72>
    var_39 = &((var_38).result);
    var_40 = wp::load(var_39);
    if (var_40) {
        // nearest[tid] = r.t                                                                 <L 73>
        var_41 = &((var_38).t);
        var_42 = wp::load(var_41);
        // wp::array_store(var_nearest, var_0, var_42);
    }
    var_43 = wp::load(var_39);
    // pq = wp.mesh_query_point_sign_parity(mesh, o, 10.0, n_sample=5, perturbation_scale=0.05)       <L 74>
    var_47 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_44, var_45, var_46);
    // if pq.result and pq.sign < 0.0:                                                        <L 75>
    var_49 = &((var_47).result);
    var_50 = wp::load(var_49);
    var_48 = var_50;
    if (var_48) {
        var_51 = &((var_47).sign);
        var_54 = wp::load(var_51);
        var_53 = (var_54 < var_52);
        var_48 = var_48 && var_53;
    }
    if (var_48) {
        // nearest[tid] = -nearest[tid]                                                       <L 76>
        var_55 = wp::address(var_nearest, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::neg(var_57);
        // wp::array_store(var_nearest, var_0, var_56);
    }
    //---------
    // reverse
    if (var_48) {
        wp::adj_array_store(var_nearest, var_0, var_56, adj_nearest, adj_0, adj_56);
        wp::adj_neg(var_57, adj_55, adj_56);
        wp::adj_address(var_nearest, var_0, adj_nearest, adj_0, adj_55);
        // adj: nearest[tid] = -nearest[tid]                                                  <L 76>
    }
    if (var_48) {
        adj_47.sign += adj_51;
    }
    adj_47.result = adj_49;
    // adj: if pq.result and pq.sign < 0.0:                                                   <L 75>
    wp::adj_mesh_query_point_sign_parity(var_mesh, var_2, var_44, var_45, var_46, var_47, adj_mesh, adj_2, adj_44, adj_45, adj_46, adj_47);
    // adj: pq = wp.mesh_query_point_sign_parity(mesh, o, 10.0, n_sample=5, perturbation_scale=0.05)  <L 74>
    if (var_43) {
        wp::adj_array_store(var_nearest, var_0, var_42, adj_nearest, adj_0, adj_41);
        adj_38.t += adj_41;
        // adj: nearest[tid] = r.t                                                            <L 73>
    }
    adj_38.result = adj_39;
    // adj: if r.result:                                                                      <L 72>
    wp::adj_mesh_query_ray(var_mesh, var_2, var_5, var_37, var_32, var_38, adj_mesh, adj_2, adj_5, adj_37, adj_32, adj_38);
    // adj: r = wp.mesh_query_ray(mesh, o, d, 100.0, mroot)                                   <L 71>
    if (var_35) {
        wp::adj_array_store(var_crossings, var_0, var_36, adj_crossings, adj_0, adj_36);
        // adj: crossings[tid] = wp.mesh_query_ray_count_intersections(mesh, o, d, mroot)     <L 70>
    }
    // adj: if wp.mesh_query_ray_anyhit(mesh, o, d, 100.0, mroot):                            <L 69>
    wp::adj_address(var_groups, var_0, adj_groups, adj_0, adj_31);
    // adj: mroot = wp.mesh_get_group_root(mesh, groups[tid])                                 <L 68>
    start_while_2:;
    var_27 = wp::bvh_query_next(var_26, var_12, var_28);
    if ((var_27) == false) goto end_while_2;
    adj_29 = {};
    adj_30 = {};
        // hits[tid] += 1                                                                     <L 67>
        // var_30 = wp::atomic_add(var_hits, var_0, var_29);
        wp::adj_atomic_add(var_hits, var_0, var_29, adj_hits, adj_0, adj_29, adj_30);
        // adj: hits[tid] += 1                                                                <L 67>
    goto start_while_2;
    end_while_2:;
    // adj: while wp.bvh_query_next(box, item):                                               <L 66>
    wp::adj_add(var_2, var_24, adj_2, adj_24, adj_25);
    wp::adj_vec_t(var_23, adj_23, adj_24);
    wp::adj_sub(var_2, var_21, adj_2, adj_21, adj_22);
    wp::adj_vec_t(var_20, adj_20, adj_21);
    // adj: box = wp.bvh_query_aabb(bvh, o - wp.vec3(1.0), o + wp.vec3(1.0), root)            <L 65>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_10, var_12, var_14);
    if ((var_15) == false) goto end_while_0;
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
        // max_t = max_t * 0.5                                                                <L 63>
        var_17 = wp::mul(var_14, var_16);
        // hits[tid] += 1                                                                     <L 64>
        // var_19 = wp::atomic_add(var_hits, var_0, var_18);
        wp::assign(var_14, var_17);
        wp::adj_assign(var_14, var_17, adj_14, adj_17);
        wp::adj_atomic_add(var_hits, var_0, var_18, adj_hits, adj_0, adj_18, adj_19);
        // adj: hits[tid] += 1                                                                <L 64>
        wp::adj_mul(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: max_t = max_t * 0.5                                                           <L 63>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, item, max_t):                                      <L 62>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: max_t = float(1.0e6)                                                              <L 61>
    // adj: item = int(0)                                                                     <L 60>
    // adj: query = wp.bvh_query_ray(bvh, o, d, root)                                         <L 59>
    wp::adj_address(var_groups, var_0, adj_groups, adj_0, adj_7);
    // adj: root = wp.bvh_get_group_root(bvh, groups[tid])                                    <L 58>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
    // adj: d = dirs[tid]                                                                     <L 57>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
    // adj: o = origins[tid]                                                                  <L 56>
    // adj: tid = wp.tid()                                                                    <L 55>
    // adj: def grouped_queries(                                                              <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void grouped_queries_4027d8db_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_grouped_queries_4027d8db *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grouped_queries_4027d8db_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void grouped_queries_4027d8db_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_grouped_queries_4027d8db *_wp_args,
    wp_args_grouped_queries_4027d8db *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grouped_queries_4027d8db_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_volume_double_23bd5121 {
    wp::uint64 volume;
    wp::array_t<wp::vec_t<3, wp::float64>> pts;
    wp::array_t<wp::vec_t<3, wp::float64>> out;
    wp::array_t<wp::int32> count;
};


void volume_double_23bd5121_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_volume_double_23bd5121 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float64>> var_pts = _wp_args->pts;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float64> var_7;
    const wp::float64 var_8 = 1.0;
    const wp::float64 var_9 = 0.0;
    const wp::float64 var_10 = 0.0;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::int32 var_15;
    //---------
    // forward
    // def volume_double(volume: wp.uint64, pts: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), count: wp.array(dtype=int)):       <L 80>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // uvw = wp.volume_world_to_index(volume, pts[tid])                                       <L 82>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::volume_world_to_index(var_volume, var_3);
    // dir = wp.volume_world_to_index_dir(volume, wp.vec3d(1.0, 0.0, 0.0))                    <L 83>
    var_7 = wp::vec_t<3, wp::float64>(var_8, var_9, var_10);
    var_11 = wp::volume_world_to_index_dir(var_volume, var_7);
    // out[tid] = wp.volume_index_to_world(volume, uvw) + wp.volume_index_to_world_dir(volume, dir)       <L 84>
    var_12 = wp::volume_index_to_world(var_volume, var_2);
    var_13 = wp::volume_index_to_world_dir(var_volume, var_11);
    var_14 = wp::add(var_12, var_13);
    wp::array_store(var_out, var_0, var_14);
    // count[tid] = wp.volume_voxel_count(volume)                                             <L 85>
    var_15 = wp::volume_voxel_count(var_volume);
    wp::array_store(var_count, var_0, var_15);
}



void volume_double_23bd5121_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_volume_double_23bd5121 *_wp_args,
    wp_args_volume_double_23bd5121 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float64>> var_pts = _wp_args->pts;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pts = _wp_adj_args->pts;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float64> var_7;
    const wp::float64 var_8 = 1.0;
    const wp::float64 var_9 = 0.0;
    const wp::float64 var_10 = 0.0;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::int32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float64> adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def volume_double(volume: wp.uint64, pts: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), count: wp.array(dtype=int)):       <L 80>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // uvw = wp.volume_world_to_index(volume, pts[tid])                                       <L 82>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::volume_world_to_index(var_volume, var_3);
    // dir = wp.volume_world_to_index_dir(volume, wp.vec3d(1.0, 0.0, 0.0))                    <L 83>
    var_7 = wp::vec_t<3, wp::float64>(var_8, var_9, var_10);
    var_11 = wp::volume_world_to_index_dir(var_volume, var_7);
    // out[tid] = wp.volume_index_to_world(volume, uvw) + wp.volume_index_to_world_dir(volume, dir)       <L 84>
    var_12 = wp::volume_index_to_world(var_volume, var_2);
    var_13 = wp::volume_index_to_world_dir(var_volume, var_11);
    var_14 = wp::add(var_12, var_13);
    // wp::array_store(var_out, var_0, var_14);
    // count[tid] = wp.volume_voxel_count(volume)                                             <L 85>
    var_15 = wp::volume_voxel_count(var_volume);
    // wp::array_store(var_count, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_count, var_0, var_15, adj_count, adj_0, adj_15);
    // adj: count[tid] = wp.volume_voxel_count(volume)                                        <L 85>
    wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
    wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_volume_index_to_world_dir(var_volume, var_11, adj_volume, adj_11, adj_13);
    wp::adj_volume_index_to_world(var_volume, var_2, adj_volume, adj_2, adj_12);
    // adj: out[tid] = wp.volume_index_to_world(volume, uvw) + wp.volume_index_to_world_dir(volume, dir)  <L 84>
    wp::adj_volume_world_to_index_dir(var_volume, var_7, adj_volume, adj_7, adj_11);
    wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_7);
    // adj: dir = wp.volume_world_to_index_dir(volume, wp.vec3d(1.0, 0.0, 0.0))               <L 83>
    wp::adj_volume_world_to_index(var_volume, var_3, adj_volume, adj_1, adj_2);
    wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
    // adj: uvw = wp.volume_world_to_index(volume, pts[tid])                                  <L 82>
    // adj: tid = wp.tid()                                                                    <L 81>
    // adj: def volume_double(volume: wp.uint64, pts: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3d), count: wp.array(dtype=int)):  <L 80>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void volume_double_23bd5121_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_volume_double_23bd5121 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        volume_double_23bd5121_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void volume_double_23bd5121_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_volume_double_23bd5121 *_wp_args,
    wp_args_volume_double_23bd5121 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        volume_double_23bd5121_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

