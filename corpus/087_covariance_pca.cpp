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


// corpus/087_covariance_pca.py:4
static void power_iteration_0(
    wp::mat_t<3, 3, wp::float32> var_C,
    wp::int32 var_iterations,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 0.7;
    const wp::float32 var_2 = 0.3;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1e-20;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.0;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def power_iteration(C: wp.mat33, iterations: int):                                     <L 5>
    // v = wp.normalize(wp.vec3(1.0, 0.7, 0.3))                                               <L 6>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::normalize(var_3);
    // lam = float(0.0)                                                                       <L 7>
    var_6 = wp::float(var_5);
    // for it in range(iterations):                                                           <L 8>
    var_7 = wp::range(var_iterations);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // w = C * v                                                                          <L 9>
        var_9 = wp::mul(var_C, var_4);
        // l = wp.length(w)                                                                   <L 10>
        var_10 = wp::length(var_9);
        // if l < 1.0e-20:                                                                    <L 11>
        var_12 = (var_10 < var_11);
        if (var_12) {
            // return wp.vec3(1.0, 0.0, 0.0), 0.0                                             <L 12>
            var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
            ret_0 = var_16;
            ret_1 = var_17;
            return;
        }
        // v = w / l                                                                          <L 13>
        var_18 = wp::div(var_9, var_10);
        // lam = l                                                                            <L 14>
        var_19 = wp::copy(var_10);
        wp::assign(var_4, var_18);
        wp::assign(var_6, var_19);
        goto start_for_0;
    end_for_0:;
    // return v, lam                                                                          <L 15>
    ret_0 = var_4;
    ret_1 = var_6;
    return;
}


// corpus/087_covariance_pca.py:18
static wp::mat_t<3, 3, wp::float32> deflate_0(
    wp::mat_t<3, 3, wp::float32> var_C,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // forward
    // def deflate(C: wp.mat33, v: wp.vec3, lam: float) -> wp.mat33:                          <L 19>
    // return C - wp.outer(v, v) * lam                                                        <L 20>
    var_0 = wp::outer(var_v, var_v);
    var_1 = wp::mul(var_0, var_lam);
    var_2 = wp::sub(var_C, var_1);
    return var_2;
}


// corpus/087_covariance_pca.py:4
static void adj_power_iteration_0(
    wp::mat_t<3, 3, wp::float32> var_C,
    wp::int32 var_iterations,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_C,
    wp::int32 & adj_iterations,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 0.7;
    const wp::float32 var_2 = 0.3;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1e-20;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.0;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def power_iteration(C: wp.mat33, iterations: int):                                     <L 5>
    // v = wp.normalize(wp.vec3(1.0, 0.7, 0.3))                                               <L 6>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::normalize(var_3);
    // lam = float(0.0)                                                                       <L 7>
    var_6 = wp::float(var_5);
    // for it in range(iterations):                                                           <L 8>
    var_7 = wp::range(var_iterations);
    // return v, lam                                                                          <L 15>
    ret_0 = var_4;
    ret_1 = var_6;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_6 += adj_ret_1;
    adj_4 += adj_ret_0;
    // adj: return v, lam                                                                     <L 15>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
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
        // w = C * v                                                                          <L 9>
        var_9 = wp::mul(var_C, var_4);
        // l = wp.length(w)                                                                   <L 10>
        var_10 = wp::length(var_9);
        // if l < 1.0e-20:                                                                    <L 11>
        var_12 = (var_10 < var_11);
        if (var_12) {
            // return wp.vec3(1.0, 0.0, 0.0), 0.0                                             <L 12>
            var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
            ret_0 = var_16;
            ret_1 = var_17;
            goto label2;
        }
        // v = w / l                                                                          <L 13>
        var_18 = wp::div(var_9, var_10);
        // lam = l                                                                            <L 14>
        var_19 = wp::copy(var_10);
        wp::assign(var_4, var_18);
        wp::assign(var_6, var_19);
        wp::adj_assign(var_6, var_19, adj_6, adj_19);
        wp::adj_assign(var_4, var_18, adj_4, adj_18);
        wp::adj_copy(var_10, adj_10, adj_19);
        // adj: lam = l                                                                       <L 14>
        wp::adj_div(var_9, var_10, adj_9, adj_10, adj_18);
        // adj: v = w / l                                                                     <L 13>
        if (var_12) {
            label2:;
            adj_17 += adj_ret_1;
            adj_16 += adj_ret_0;
            wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
            // adj: return wp.vec3(1.0, 0.0, 0.0), 0.0                                        <L 12>
        }
        // adj: if l < 1.0e-20:                                                               <L 11>
        wp::adj_length(var_9, var_10, adj_9, adj_10);
        // adj: l = wp.length(w)                                                              <L 10>
        wp::adj_mul(var_C, var_4, adj_C, adj_4, adj_9);
        // adj: w = C * v                                                                     <L 9>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(iterations):                                                      <L 8>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: lam = float(0.0)                                                                  <L 7>
    wp::adj_normalize(var_3, var_4, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: v = wp.normalize(wp.vec3(1.0, 0.7, 0.3))                                          <L 6>
    // adj: def power_iteration(C: wp.mat33, iterations: int):                                <L 5>
    return;
}


// corpus/087_covariance_pca.py:18
static void adj_deflate_0(
    wp::mat_t<3, 3, wp::float32> var_C,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & adj_C,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_lam,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def deflate(C: wp.mat33, v: wp.vec3, lam: float) -> wp.mat33:                          <L 19>
    // return C - wp.outer(v, v) * lam                                                        <L 20>
    var_0 = wp::outer(var_v, var_v);
    var_1 = wp::mul(var_0, var_lam);
    var_2 = wp::sub(var_C, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_C, var_1, adj_C, adj_1, adj_2);
    wp::adj_mul(var_0, var_lam, adj_0, adj_lam, adj_1);
    wp::adj_outer(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: return C - wp.outer(v, v) * lam                                                   <L 20>
    // adj: def deflate(C: wp.mat33, v: wp.vec3, lam: float) -> wp.mat33:                     <L 19>
    return;
}

struct wp_args_point_cloud_stats_e4a71e1d {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> cluster;
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> outer_sums;
    wp::array_t<wp::int32> counts;
};


void point_cloud_stats_e4a71e1d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_point_cloud_stats_e4a71e1d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cluster = _wp_args->cluster;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_outer_sums = _wp_args->outer_sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def point_cloud_stats(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // c = cluster[i]                                                                         <L 26>
    var_1 = wp::address(var_cluster, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = points[i]                                                                          <L 27>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(sums, c, p)                                                              <L 28>
    var_7 = wp::atomic_add(var_sums, var_2, var_5);
    // wp.atomic_add(outer_sums, c, wp.outer(p, p))                                           <L 29>
    var_8 = wp::outer(var_5, var_5);
    var_9 = wp::atomic_add(var_outer_sums, var_2, var_8);
    // wp.atomic_add(counts, c, 1)                                                            <L 30>
    var_11 = wp::atomic_add(var_counts, var_2, var_10);
}



void point_cloud_stats_e4a71e1d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_point_cloud_stats_e4a71e1d *_wp_args,
    wp_args_point_cloud_stats_e4a71e1d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cluster = _wp_args->cluster;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_outer_sums = _wp_args->outer_sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_cluster = _wp_adj_args->cluster;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_outer_sums = _wp_adj_args->outer_sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def point_cloud_stats(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // c = cluster[i]                                                                         <L 26>
    var_1 = wp::address(var_cluster, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = points[i]                                                                          <L 27>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(sums, c, p)                                                              <L 28>
    // var_7 = wp::atomic_add(var_sums, var_2, var_5);
    // wp.atomic_add(outer_sums, c, wp.outer(p, p))                                           <L 29>
    var_8 = wp::outer(var_5, var_5);
    // var_9 = wp::atomic_add(var_outer_sums, var_2, var_8);
    // wp.atomic_add(counts, c, 1)                                                            <L 30>
    // var_11 = wp::atomic_add(var_counts, var_2, var_10);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_2, var_10, adj_counts, adj_2, adj_10, adj_11);
    // adj: wp.atomic_add(counts, c, 1)                                                       <L 30>
    wp::adj_atomic_add(var_outer_sums, var_2, var_8, adj_outer_sums, adj_2, adj_8, adj_9);
    wp::adj_outer(var_5, var_5, adj_5, adj_5, adj_8);
    // adj: wp.atomic_add(outer_sums, c, wp.outer(p, p))                                      <L 29>
    wp::adj_atomic_add(var_sums, var_2, var_5, adj_sums, adj_2, adj_5, adj_7);
    // adj: wp.atomic_add(sums, c, p)                                                         <L 28>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
    // adj: p = points[i]                                                                     <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster, var_0, adj_cluster, adj_0, adj_1);
    // adj: c = cluster[i]                                                                    <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def point_cloud_stats(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void point_cloud_stats_e4a71e1d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_point_cloud_stats_e4a71e1d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        point_cloud_stats_e4a71e1d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void point_cloud_stats_e4a71e1d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_point_cloud_stats_e4a71e1d *_wp_args,
    wp_args_point_cloud_stats_e4a71e1d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        point_cloud_stats_e4a71e1d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_principal_axes_3b9b7165 {
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> outer_sums;
    wp::array_t<wp::int32> counts;
    wp::int32 iterations;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> axes;
    wp::array_t<wp::vec_t<3, wp::float32>> eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> means;
};


void principal_axes_3b9b7165_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_principal_axes_3b9b7165 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_outer_sums = _wp_args->outer_sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues = _wp_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    bool var_5;
    const wp::int32 var_6 = 3;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32>* var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    //---------
    // forward
    // def principal_axes(sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int), iterations: int, axes: wp.array(dtype=wp.mat33), eigenvalues: wp.array(dtype=wp.vec3), means: wp.array(dtype=wp.vec3)):       <L 34>
    // c = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // n = counts[c]                                                                          <L 36>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if n < 2:                                                                              <L 37>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // axes[c] = wp.identity(n=3, dtype=float)                                            <L 38>
        var_7 = wp::identity<3, wp::float32>();
        wp::array_store(var_axes, var_0, var_7);
        // eigenvalues[c] = wp.vec3()                                                         <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_eigenvalues, var_0, var_8);
        // means[c] = wp.vec3()                                                               <L 40>
        var_9 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_means, var_0, var_9);
        // return                                                                             <L 41>
        return;
    }
    // inv_n = 1.0 / float(n)                                                                 <L 42>
    var_11 = wp::float(var_2);
    var_12 = wp::div(var_10, var_11);
    // mu = sums[c] * inv_n                                                                   <L 43>
    var_13 = wp::address(var_sums, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_12);
    // C = outer_sums[c] * inv_n - wp.outer(mu, mu)                                           <L 44>
    var_16 = wp::address(var_outer_sums, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_12);
    var_19 = wp::outer(var_14, var_14);
    var_20 = wp::sub(var_17, var_19);
    // v1, l1 = power_iteration(C, iterations)                                                <L 45>
    power_iteration_0(var_20, var_iterations, var_21, var_22);
    // C2 = deflate(C, v1, l1)                                                                <L 46>
    var_23 = deflate_0(var_20, var_21, var_22);
    // v2, l2 = power_iteration(C2, iterations)                                               <L 47>
    power_iteration_0(var_23, var_iterations, var_24, var_25);
    // v2 = wp.normalize(v2 - v1 * wp.dot(v2, v1))                                            <L 48>
    var_26 = wp::dot(var_24, var_21);
    var_27 = wp::mul(var_21, var_26);
    var_28 = wp::sub(var_24, var_27);
    var_29 = wp::normalize(var_28);
    // v3 = wp.cross(v1, v2)                                                                  <L 49>
    var_30 = wp::cross(var_21, var_29);
    // l3 = wp.dot(v3, C * v3)                                                                <L 50>
    var_31 = wp::mul(var_20, var_30);
    var_32 = wp::dot(var_30, var_31);
    // axes[c] = wp.transpose(wp.mat33(v1[0], v1[1], v1[2], v2[0], v2[1], v2[2], v3[0], v3[1], v3[2]))       <L 51>
    var_34 = wp::extract(var_21, var_33);
    var_36 = wp::extract(var_21, var_35);
    var_38 = wp::extract(var_21, var_37);
    var_40 = wp::extract(var_29, var_39);
    var_42 = wp::extract(var_29, var_41);
    var_44 = wp::extract(var_29, var_43);
    var_46 = wp::extract(var_30, var_45);
    var_48 = wp::extract(var_30, var_47);
    var_50 = wp::extract(var_30, var_49);
    var_51 = wp::mat_t<3, 3, wp::float32>(var_34, var_36, var_38, var_40, var_42, var_44, var_46, var_48, var_50);
    var_52 = wp::transpose(var_51);
    wp::array_store(var_axes, var_0, var_52);
    // eigenvalues[c] = wp.vec3(l1, l2, l3)                                                   <L 52>
    var_53 = wp::vec_t<3, wp::float32>(var_22, var_25, var_32);
    wp::array_store(var_eigenvalues, var_0, var_53);
    // means[c] = mu                                                                          <L 53>
    wp::array_store(var_means, var_0, var_14);
}



void principal_axes_3b9b7165_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_principal_axes_3b9b7165 *_wp_args,
    wp_args_principal_axes_3b9b7165 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_outer_sums = _wp_args->outer_sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues = _wp_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_outer_sums = _wp_adj_args->outer_sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::int32 adj_iterations = _wp_adj_args->iterations;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_axes = _wp_adj_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_eigenvalues = _wp_adj_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_means = _wp_adj_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    bool var_5;
    const wp::int32 var_6 = 3;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32>* var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::mat_t<3, 3, wp::float32> adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::mat_t<3, 3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    //---------
    // forward
    // def principal_axes(sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int), iterations: int, axes: wp.array(dtype=wp.mat33), eigenvalues: wp.array(dtype=wp.vec3), means: wp.array(dtype=wp.vec3)):       <L 34>
    // c = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // n = counts[c]                                                                          <L 36>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if n < 2:                                                                              <L 37>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // axes[c] = wp.identity(n=3, dtype=float)                                            <L 38>
        var_7 = wp::identity<3, wp::float32>();
        // wp::array_store(var_axes, var_0, var_7);
        // eigenvalues[c] = wp.vec3()                                                         <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_eigenvalues, var_0, var_8);
        // means[c] = wp.vec3()                                                               <L 40>
        var_9 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_means, var_0, var_9);
        // return                                                                             <L 41>
        goto label0;
    }
    // inv_n = 1.0 / float(n)                                                                 <L 42>
    var_11 = wp::float(var_2);
    var_12 = wp::div(var_10, var_11);
    // mu = sums[c] * inv_n                                                                   <L 43>
    var_13 = wp::address(var_sums, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_12);
    // C = outer_sums[c] * inv_n - wp.outer(mu, mu)                                           <L 44>
    var_16 = wp::address(var_outer_sums, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_12);
    var_19 = wp::outer(var_14, var_14);
    var_20 = wp::sub(var_17, var_19);
    // v1, l1 = power_iteration(C, iterations)                                                <L 45>
    power_iteration_0(var_20, var_iterations, var_21, var_22);
    // C2 = deflate(C, v1, l1)                                                                <L 46>
    var_23 = deflate_0(var_20, var_21, var_22);
    // v2, l2 = power_iteration(C2, iterations)                                               <L 47>
    power_iteration_0(var_23, var_iterations, var_24, var_25);
    // v2 = wp.normalize(v2 - v1 * wp.dot(v2, v1))                                            <L 48>
    var_26 = wp::dot(var_24, var_21);
    var_27 = wp::mul(var_21, var_26);
    var_28 = wp::sub(var_24, var_27);
    var_29 = wp::normalize(var_28);
    // v3 = wp.cross(v1, v2)                                                                  <L 49>
    var_30 = wp::cross(var_21, var_29);
    // l3 = wp.dot(v3, C * v3)                                                                <L 50>
    var_31 = wp::mul(var_20, var_30);
    var_32 = wp::dot(var_30, var_31);
    // axes[c] = wp.transpose(wp.mat33(v1[0], v1[1], v1[2], v2[0], v2[1], v2[2], v3[0], v3[1], v3[2]))       <L 51>
    var_34 = wp::extract(var_21, var_33);
    var_36 = wp::extract(var_21, var_35);
    var_38 = wp::extract(var_21, var_37);
    var_40 = wp::extract(var_29, var_39);
    var_42 = wp::extract(var_29, var_41);
    var_44 = wp::extract(var_29, var_43);
    var_46 = wp::extract(var_30, var_45);
    var_48 = wp::extract(var_30, var_47);
    var_50 = wp::extract(var_30, var_49);
    var_51 = wp::mat_t<3, 3, wp::float32>(var_34, var_36, var_38, var_40, var_42, var_44, var_46, var_48, var_50);
    var_52 = wp::transpose(var_51);
    // wp::array_store(var_axes, var_0, var_52);
    // eigenvalues[c] = wp.vec3(l1, l2, l3)                                                   <L 52>
    var_53 = wp::vec_t<3, wp::float32>(var_22, var_25, var_32);
    // wp::array_store(var_eigenvalues, var_0, var_53);
    // means[c] = mu                                                                          <L 53>
    // wp::array_store(var_means, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_means, var_0, var_14, adj_means, adj_0, adj_14);
    // adj: means[c] = mu                                                                     <L 53>
    wp::adj_array_store(var_eigenvalues, var_0, var_53, adj_eigenvalues, adj_0, adj_53);
    wp::adj_vec_t(var_22, var_25, var_32, adj_22, adj_25, adj_32, adj_53);
    // adj: eigenvalues[c] = wp.vec3(l1, l2, l3)                                              <L 52>
    wp::adj_array_store(var_axes, var_0, var_52, adj_axes, adj_0, adj_52);
    wp::adj_transpose(var_51, adj_51, adj_52);
    wp::adj_mat_t(var_34, var_36, var_38, var_40, var_42, var_44, var_46, var_48, var_50, adj_34, adj_36, adj_38, adj_40, adj_42, adj_44, adj_46, adj_48, adj_50, adj_51);
    wp::adj_extract(var_30, var_49, adj_30, adj_49, adj_50);
    wp::adj_extract(var_30, var_47, adj_30, adj_47, adj_48);
    wp::adj_extract(var_30, var_45, adj_30, adj_45, adj_46);
    wp::adj_extract(var_29, var_43, adj_29, adj_43, adj_44);
    wp::adj_extract(var_29, var_41, adj_29, adj_41, adj_42);
    wp::adj_extract(var_29, var_39, adj_29, adj_39, adj_40);
    wp::adj_extract(var_21, var_37, adj_21, adj_37, adj_38);
    wp::adj_extract(var_21, var_35, adj_21, adj_35, adj_36);
    wp::adj_extract(var_21, var_33, adj_21, adj_33, adj_34);
    // adj: axes[c] = wp.transpose(wp.mat33(v1[0], v1[1], v1[2], v2[0], v2[1], v2[2], v3[0], v3[1], v3[2]))  <L 51>
    wp::adj_dot(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_mul(var_20, var_30, adj_20, adj_30, adj_31);
    // adj: l3 = wp.dot(v3, C * v3)                                                           <L 50>
    wp::adj_cross(var_21, var_29, adj_21, adj_29, adj_30);
    // adj: v3 = wp.cross(v1, v2)                                                             <L 49>
    wp::adj_normalize(var_28, var_29, adj_28, adj_29);
    wp::adj_sub(var_24, var_27, adj_24, adj_27, adj_28);
    wp::adj_mul(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_dot(var_24, var_21, adj_24, adj_21, adj_26);
    // adj: v2 = wp.normalize(v2 - v1 * wp.dot(v2, v1))                                       <L 48>
    adj_power_iteration_0(var_23, var_iterations, var_24, var_25, adj_23, adj_iterations, adj_24, adj_25);
    // adj: v2, l2 = power_iteration(C2, iterations)                                          <L 47>
    adj_deflate_0(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    // adj: C2 = deflate(C, v1, l1)                                                           <L 46>
    adj_power_iteration_0(var_20, var_iterations, var_21, var_22, adj_20, adj_iterations, adj_21, adj_22);
    // adj: v1, l1 = power_iteration(C, iterations)                                           <L 45>
    wp::adj_sub(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_outer(var_14, var_14, adj_14, adj_14, adj_19);
    wp::adj_mul(var_18, var_12, adj_16, adj_12, adj_17);
    wp::adj_address(var_outer_sums, var_0, adj_outer_sums, adj_0, adj_16);
    // adj: C = outer_sums[c] * inv_n - wp.outer(mu, mu)                                      <L 44>
    wp::adj_mul(var_15, var_12, adj_13, adj_12, adj_14);
    wp::adj_address(var_sums, var_0, adj_sums, adj_0, adj_13);
    // adj: mu = sums[c] * inv_n                                                              <L 43>
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_2, adj_2, adj_11);
    // adj: inv_n = 1.0 / float(n)                                                            <L 42>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 41>
        wp::adj_array_store(var_means, var_0, var_9, adj_means, adj_0, adj_9);
        // adj: means[c] = wp.vec3()                                                          <L 40>
        wp::adj_array_store(var_eigenvalues, var_0, var_8, adj_eigenvalues, adj_0, adj_8);
        // adj: eigenvalues[c] = wp.vec3()                                                    <L 39>
        wp::adj_array_store(var_axes, var_0, var_7, adj_axes, adj_0, adj_7);
        // adj: axes[c] = wp.identity(n=3, dtype=float)                                       <L 38>
    }
    // adj: if n < 2:                                                                         <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
    // adj: n = counts[c]                                                                     <L 36>
    // adj: c = wp.tid()                                                                      <L 35>
    // adj: def principal_axes(sums: wp.array(dtype=wp.vec3), outer_sums: wp.array(dtype=wp.mat33), counts: wp.array(dtype=int), iterations: int, axes: wp.array(dtype=wp.mat33), eigenvalues: wp.array(dtype=wp.vec3), means: wp.array(dtype=wp.vec3)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void principal_axes_3b9b7165_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_3b9b7165 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        principal_axes_3b9b7165_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void principal_axes_3b9b7165_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_3b9b7165 *_wp_args,
    wp_args_principal_axes_3b9b7165 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        principal_axes_3b9b7165_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_project_points_85f65ad6 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> cluster;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> axes;
    wp::array_t<wp::vec_t<3, wp::float32>> means;
    wp::array_t<wp::vec_t<3, wp::float32>> coords;
    wp::array_t<wp::vec_t<3, wp::float32>> obb_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> obb_hi;
};


void project_points_85f65ad6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_points_85f65ad6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cluster = _wp_args->cluster;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::vec_t<3, wp::float32>> var_coords = _wp_args->coords;
    wp::array_t<wp::vec_t<3, wp::float32>> var_obb_lo = _wp_args->obb_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_obb_hi = _wp_args->obb_hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def project_points(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), axes: wp.array(dtype=wp.mat33), means: wp.array(dtype=wp.vec3), coords: wp.array(dtype=wp.vec3), obb_lo: wp.array(dtype=wp.vec3), obb_hi: wp.array(dtype=wp.vec3)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = cluster[i]                                                                         <L 59>
    var_1 = wp::address(var_cluster, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.transpose(axes[c]) * (points[i] - means[c])                                     <L 60>
    var_4 = wp::address(var_axes, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::transpose(var_6);
    var_7 = wp::address(var_points, var_0);
    var_8 = wp::address(var_means, var_2);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_11);
    var_12 = wp::mul(var_5, var_9);
    // coords[i] = q                                                                          <L 61>
    wp::array_store(var_coords, var_0, var_12);
    // wp.atomic_min(obb_lo, c, q)                                                            <L 62>
    var_13 = wp::atomic_min(var_obb_lo, var_2, var_12);
    // wp.atomic_max(obb_hi, c, q)                                                            <L 63>
    var_14 = wp::atomic_max(var_obb_hi, var_2, var_12);
}



void project_points_85f65ad6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_points_85f65ad6 *_wp_args,
    wp_args_project_points_85f65ad6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cluster = _wp_args->cluster;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::vec_t<3, wp::float32>> var_coords = _wp_args->coords;
    wp::array_t<wp::vec_t<3, wp::float32>> var_obb_lo = _wp_args->obb_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_obb_hi = _wp_args->obb_hi;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_cluster = _wp_adj_args->cluster;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_axes = _wp_adj_args->axes;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_means = _wp_adj_args->means;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_coords = _wp_adj_args->coords;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_obb_lo = _wp_adj_args->obb_lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_obb_hi = _wp_adj_args->obb_hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def project_points(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), axes: wp.array(dtype=wp.mat33), means: wp.array(dtype=wp.vec3), coords: wp.array(dtype=wp.vec3), obb_lo: wp.array(dtype=wp.vec3), obb_hi: wp.array(dtype=wp.vec3)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = cluster[i]                                                                         <L 59>
    var_1 = wp::address(var_cluster, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.transpose(axes[c]) * (points[i] - means[c])                                     <L 60>
    var_4 = wp::address(var_axes, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::transpose(var_6);
    var_7 = wp::address(var_points, var_0);
    var_8 = wp::address(var_means, var_2);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_11);
    var_12 = wp::mul(var_5, var_9);
    // coords[i] = q                                                                          <L 61>
    // wp::array_store(var_coords, var_0, var_12);
    // wp.atomic_min(obb_lo, c, q)                                                            <L 62>
    // var_13 = wp::atomic_min(var_obb_lo, var_2, var_12);
    // wp.atomic_max(obb_hi, c, q)                                                            <L 63>
    // var_14 = wp::atomic_max(var_obb_hi, var_2, var_12);
    //---------
    // reverse
    wp::adj_atomic_max(var_obb_hi, var_2, var_12, adj_obb_hi, adj_2, adj_12, adj_14);
    // adj: wp.atomic_max(obb_hi, c, q)                                                       <L 63>
    wp::adj_atomic_min(var_obb_lo, var_2, var_12, adj_obb_lo, adj_2, adj_12, adj_13);
    // adj: wp.atomic_min(obb_lo, c, q)                                                       <L 62>
    wp::adj_array_store(var_coords, var_0, var_12, adj_coords, adj_0, adj_12);
    // adj: coords[i] = q                                                                     <L 61>
    wp::adj_mul(var_5, var_9, adj_5, adj_9, adj_12);
    wp::adj_sub(var_10, var_11, adj_7, adj_8, adj_9);
    wp::adj_address(var_means, var_2, adj_means, adj_2, adj_8);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_7);
    wp::adj_transpose(var_6, adj_4, adj_5);
    wp::adj_address(var_axes, var_2, adj_axes, adj_2, adj_4);
    // adj: q = wp.transpose(axes[c]) * (points[i] - means[c])                                <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster, var_0, adj_cluster, adj_0, adj_1);
    // adj: c = cluster[i]                                                                    <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def project_points(points: wp.array(dtype=wp.vec3), cluster: wp.array(dtype=int), axes: wp.array(dtype=wp.mat33), means: wp.array(dtype=wp.vec3), coords: wp.array(dtype=wp.vec3), obb_lo: wp.array(dtype=wp.vec3), obb_hi: wp.array(dtype=wp.vec3)):  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void project_points_85f65ad6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_points_85f65ad6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_points_85f65ad6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_points_85f65ad6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_points_85f65ad6 *_wp_args,
    wp_args_project_points_85f65ad6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_points_85f65ad6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_jacobi_eigen_symmetric_3c02547b {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> covs;
    wp::int32 sweeps;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> eigvecs;
    wp::array_t<wp::vec_t<3, wp::float32>> eigvals;
    wp::array_t<wp::float32> off_norm;
};


void jacobi_eigen_symmetric_3c02547b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covs = _wp_args->covs;
    wp::int32 var_sweeps = _wp_args->sweeps;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_eigvecs = _wp_args->eigvecs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigvals = _wp_args->eigvals;
    wp::array_t<wp::float32> var_off_norm = _wp_args->off_norm;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::int32 var_4 = 3;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 1e-18;
    bool var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 3;
    wp::range_t var_37;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    bool var_42;
    const wp::int32 var_43 = 0;
    const wp::int32 var_44 = 2;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 2;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 1e-20;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 2.0;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.0;
    bool var_72;
    const wp::float32 var_73 = 1.0;
    wp::float32 var_74;
    const wp::float32 var_75 = 1.0;
    wp::float32 var_76;
    const wp::float32 var_77 = 1.0;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 3;
    wp::mat_t<3, 3, wp::float32> var_83;
    wp::float32 var_84;
    wp::mat_t<3, 3, wp::float32> var_85;
    wp::mat_t<3, 3, wp::float32> var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::mat_t<3, 3, wp::float32> var_88;
    const wp::int32 var_89 = 0;
    const wp::int32 var_90 = 0;
    wp::float32 var_91;
    const wp::int32 var_92 = 1;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    const wp::int32 var_96 = 2;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32> var_98;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 2;
    wp::int32 var_101;
    wp::range_t var_102;
    wp::int32 var_103;
    wp::float32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    wp::float32 var_107;
    bool var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    const wp::int32 var_120 = 1;
    wp::int32 var_121;
    wp::mat_t<3, 3, wp::float32> var_122;
    wp::mat_t<3, 3, wp::float32> var_123;
    const wp::int32 var_124 = 1;
    const wp::int32 var_125 = 2;
    wp::int32 var_126;
    wp::range_t var_127;
    wp::int32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 1;
    wp::int32 var_131;
    wp::float32 var_132;
    bool var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 1;
    wp::int32 var_136;
    wp::float32 var_137;
    const wp::int32 var_138 = 1;
    wp::int32 var_139;
    wp::mat_t<3, 3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    const wp::int32 var_142 = 1;
    wp::int32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::mat_t<3, 3, wp::float32> var_147;
    wp::mat_t<3, 3, wp::float32> var_148;
    wp::float32 var_149;
    wp::mat_t<3, 3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::float32 var_152;
    //---------
    // forward
    // def jacobi_eigen_symmetric(                                                            <L 67>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // A = covs[i]                                                                            <L 75>
    var_1 = wp::address(var_covs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // V = wp.identity(n=3, dtype=float)                                                      <L 76>
    var_5 = wp::identity<3, wp::float32>();
    // off = float(0.0)                                                                       <L 77>
    var_7 = wp::float(var_6);
    // for s in range(sweeps):                                                                <L 78>
    var_8 = wp::range(var_sweeps);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // off = A[0, 1] * A[0, 1] + A[0, 2] * A[0, 2] + A[1, 2] * A[1, 2]                    <L 79>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_15 = wp::extract(var_2, var_13, var_14);
        var_16 = wp::mul(var_12, var_15);
        var_19 = wp::extract(var_2, var_17, var_18);
        var_22 = wp::extract(var_2, var_20, var_21);
        var_23 = wp::mul(var_19, var_22);
        var_24 = wp::add(var_16, var_23);
        var_27 = wp::extract(var_2, var_25, var_26);
        var_30 = wp::extract(var_2, var_28, var_29);
        var_31 = wp::mul(var_27, var_30);
        var_32 = wp::add(var_24, var_31);
        // if off < 1.0e-18:                                                                  <L 80>
        var_34 = (var_32 < var_33);
        if (var_34) {
            // break                                                                          <L 81>
            wp::assign(var_7, var_32);
            goto end_for_0;
        }
        var_35 = wp::where(var_34, var_7, var_32);
        // for pq in range(3):                                                                <L 82>
        var_37 = wp::range(var_36);
        start_for_2:;
            if (iter_cmp(var_37) == 0) goto end_for_2;
            var_38 = wp::iter_next(var_37);
            // p = 0                                                                          <L 83>
            // q = 1                                                                          <L 84>
            // if pq == 1:                                                                    <L 85>
            var_42 = (var_38 == var_41);
            if (var_42) {
                // p = 0                                                                      <L 86>
                // q = 2                                                                      <L 87>
            }
            if (!var_42) {
                // elif pq == 2:                                                              <L 88>
                var_46 = (var_38 == var_45);
                if (var_46) {
                    // p = 1                                                                  <L 89>
                    // q = 2                                                                  <L 90>
                }
                var_49 = wp::where(var_46, var_47, var_39);
                var_50 = wp::where(var_46, var_48, var_40);
            }
            var_51 = wp::where(var_42, var_43, var_49);
            var_52 = wp::where(var_42, var_44, var_50);
            // apq = A[p, q]                                                                  <L 91>
            var_53 = wp::extract(var_2, var_51, var_52);
            // if wp.abs(apq) < 1.0e-20:                                                      <L 92>
            var_54 = wp::abs(var_53);
            var_56 = (var_54 < var_55);
            if (var_56) {
                // continue                                                                   <L 93>
                goto start_for_2;
            }
            // theta = (A[q, q] - A[p, p]) / (2.0 * apq)                                      <L 94>
            var_57 = wp::extract(var_2, var_52, var_52);
            var_58 = wp::extract(var_2, var_51, var_51);
            var_59 = wp::sub(var_57, var_58);
            var_61 = wp::mul(var_60, var_53);
            var_62 = wp::div(var_59, var_61);
            // t = wp.sign(theta) / (wp.abs(theta) + wp.sqrt(theta * theta + 1.0))            <L 95>
            var_63 = wp::sign(var_62);
            var_64 = wp::abs(var_62);
            var_65 = wp::mul(var_62, var_62);
            var_67 = wp::add(var_65, var_66);
            var_68 = wp::sqrt(var_67);
            var_69 = wp::add(var_64, var_68);
            var_70 = wp::div(var_63, var_69);
            // if theta == 0.0:                                                               <L 96>
            var_72 = (var_62 == var_71);
            if (var_72) {
                // t = 1.0                                                                    <L 97>
            }
            var_74 = wp::where(var_72, var_73, var_70);
            // c = 1.0 / wp.sqrt(t * t + 1.0)                                                 <L 98>
            var_76 = wp::mul(var_74, var_74);
            var_78 = wp::add(var_76, var_77);
            var_79 = wp::sqrt(var_78);
            var_80 = wp::div(var_75, var_79);
            // sn = t * c                                                                     <L 99>
            var_81 = wp::mul(var_74, var_80);
            // J = wp.identity(n=3, dtype=float)                                              <L 100>
            var_83 = wp::identity<3, wp::float32>();
            // J[p, p] = c                                                                    <L 101>
            wp::assign_inplace(var_83, var_51, var_51, var_80);
            // J[q, q] = c                                                                    <L 102>
            wp::assign_inplace(var_83, var_52, var_52, var_80);
            // J[p, q] = sn                                                                   <L 103>
            wp::assign_inplace(var_83, var_51, var_52, var_81);
            // J[q, p] = -sn                                                                  <L 104>
            var_84 = wp::neg(var_81);
            wp::assign_inplace(var_83, var_52, var_51, var_84);
            // A = wp.transpose(J) * A * J                                                    <L 105>
            var_85 = wp::transpose(var_83);
            var_86 = wp::mul(var_85, var_2);
            var_87 = wp::mul(var_86, var_83);
            // V = V * J                                                                      <L 106>
            var_88 = wp::mul(var_5, var_83);
            wp::assign(var_2, var_87);
            wp::assign(var_5, var_88);
            goto start_for_2;
        end_for_2:;
        wp::assign(var_7, var_35);
        goto start_for_0;
    end_for_0:;
    // ev = wp.vec3(A[0, 0], A[1, 1], A[2, 2])                                                <L 107>
    var_91 = wp::extract(var_2, var_89, var_90);
    var_94 = wp::extract(var_2, var_92, var_93);
    var_97 = wp::extract(var_2, var_95, var_96);
    var_98 = wp::vec_t<3, wp::float32>(var_91, var_94, var_97);
    // for pass_ in range(2):                                                                 <L 109>
    // for k in range(2 - pass_):                                                             <L 110>
    var_101 = wp::sub(var_100, var_99);
    var_102 = wp::range(var_101);
    start_for_4:;
        if (iter_cmp(var_102) == 0) goto end_for_4;
        var_103 = wp::iter_next(var_102);
        // if ev[k] < ev[k + 1]:                                                              <L 111>
        var_104 = wp::extract(var_98, var_103);
        var_106 = wp::add(var_103, var_105);
        var_107 = wp::extract(var_98, var_106);
        var_108 = (var_104 < var_107);
        if (var_108) {
            // tmp = ev[k]                                                                    <L 112>
            var_109 = wp::extract(var_98, var_103);
            // ev[k] = ev[k + 1]                                                              <L 113>
            var_111 = wp::add(var_103, var_110);
            var_112 = wp::extract(var_98, var_111);
            wp::assign_inplace(var_98, var_103, var_112);
            // ev[k + 1] = tmp                                                                <L 114>
            var_114 = wp::add(var_103, var_113);
            wp::assign_inplace(var_98, var_114, var_109);
            // Vt = wp.transpose(V)                                                           <L 115>
            var_115 = wp::transpose(var_5);
            // row = Vt[k]                                                                    <L 116>
            var_116 = wp::extract(var_115, var_103);
            // Vt[k] = Vt[k + 1]                                                              <L 117>
            var_118 = wp::add(var_103, var_117);
            var_119 = wp::extract(var_115, var_118);
            wp::assign_inplace(var_115, var_103, var_119);
            // Vt[k + 1] = row                                                                <L 118>
            var_121 = wp::add(var_103, var_120);
            wp::assign_inplace(var_115, var_121, var_116);
            // V = wp.transpose(Vt)                                                           <L 119>
            var_122 = wp::transpose(var_115);
        }
        var_123 = wp::where(var_108, var_122, var_5);
        wp::assign(var_5, var_123);
        goto start_for_4;
    end_for_4:;
    // for k in range(2 - pass_):                                                             <L 110>
    var_126 = wp::sub(var_125, var_124);
    var_127 = wp::range(var_126);
    start_for_6:;
        if (iter_cmp(var_127) == 0) goto end_for_6;
        var_128 = wp::iter_next(var_127);
        // if ev[k] < ev[k + 1]:                                                              <L 111>
        var_129 = wp::extract(var_98, var_128);
        var_131 = wp::add(var_128, var_130);
        var_132 = wp::extract(var_98, var_131);
        var_133 = (var_129 < var_132);
        if (var_133) {
            // tmp = ev[k]                                                                    <L 112>
            var_134 = wp::extract(var_98, var_128);
            // ev[k] = ev[k + 1]                                                              <L 113>
            var_136 = wp::add(var_128, var_135);
            var_137 = wp::extract(var_98, var_136);
            wp::assign_inplace(var_98, var_128, var_137);
            // ev[k + 1] = tmp                                                                <L 114>
            var_139 = wp::add(var_128, var_138);
            wp::assign_inplace(var_98, var_139, var_134);
            // Vt = wp.transpose(V)                                                           <L 115>
            var_140 = wp::transpose(var_5);
            // row = Vt[k]                                                                    <L 116>
            var_141 = wp::extract(var_140, var_128);
            // Vt[k] = Vt[k + 1]                                                              <L 117>
            var_143 = wp::add(var_128, var_142);
            var_144 = wp::extract(var_140, var_143);
            wp::assign_inplace(var_140, var_128, var_144);
            // Vt[k + 1] = row                                                                <L 118>
            var_146 = wp::add(var_128, var_145);
            wp::assign_inplace(var_140, var_146, var_141);
            // V = wp.transpose(Vt)                                                           <L 119>
            var_147 = wp::transpose(var_140);
        }
        var_148 = wp::where(var_133, var_147, var_5);
        var_149 = wp::where(var_133, var_134, var_109);
        var_150 = wp::where(var_133, var_140, var_115);
        var_151 = wp::where(var_133, var_141, var_116);
        wp::assign(var_5, var_148);
        wp::assign(var_109, var_149);
        wp::assign(var_115, var_150);
        wp::assign(var_116, var_151);
        goto start_for_6;
    end_for_6:;
    // eigvecs[i] = V                                                                         <L 120>
    wp::array_store(var_eigvecs, var_0, var_5);
    // eigvals[i] = ev                                                                        <L 121>
    wp::array_store(var_eigvals, var_0, var_98);
    // off_norm[i] = wp.sqrt(off)                                                             <L 122>
    var_152 = wp::sqrt(var_7);
    wp::array_store(var_off_norm, var_0, var_152);
}



void jacobi_eigen_symmetric_3c02547b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_args,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covs = _wp_args->covs;
    wp::int32 var_sweeps = _wp_args->sweeps;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_eigvecs = _wp_args->eigvecs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigvals = _wp_args->eigvals;
    wp::array_t<wp::float32> var_off_norm = _wp_args->off_norm;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_covs = _wp_adj_args->covs;
    wp::int32 adj_sweeps = _wp_adj_args->sweeps;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_eigvecs = _wp_adj_args->eigvecs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_eigvals = _wp_adj_args->eigvals;
    wp::array_t<wp::float32> adj_off_norm = _wp_adj_args->off_norm;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    const wp::int32 var_4 = 3;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 1e-18;
    bool var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 3;
    wp::range_t var_37;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    bool var_42;
    const wp::int32 var_43 = 0;
    const wp::int32 var_44 = 2;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 2;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 1e-20;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 2.0;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.0;
    bool var_72;
    const wp::float32 var_73 = 1.0;
    wp::float32 var_74;
    const wp::float32 var_75 = 1.0;
    wp::float32 var_76;
    const wp::float32 var_77 = 1.0;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 3;
    wp::mat_t<3, 3, wp::float32> var_83;
    wp::float32 var_84;
    wp::mat_t<3, 3, wp::float32> var_85;
    wp::mat_t<3, 3, wp::float32> var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::mat_t<3, 3, wp::float32> var_88;
    const wp::int32 var_89 = 0;
    const wp::int32 var_90 = 0;
    wp::float32 var_91;
    const wp::int32 var_92 = 1;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    const wp::int32 var_96 = 2;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32> var_98;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 2;
    wp::int32 var_101;
    wp::range_t var_102;
    wp::int32 var_103;
    wp::float32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    wp::float32 var_107;
    bool var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    wp::int32 var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    const wp::int32 var_120 = 1;
    wp::int32 var_121;
    wp::mat_t<3, 3, wp::float32> var_122;
    wp::mat_t<3, 3, wp::float32> var_123;
    const wp::int32 var_124 = 1;
    const wp::int32 var_125 = 2;
    wp::int32 var_126;
    wp::range_t var_127;
    wp::int32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 1;
    wp::int32 var_131;
    wp::float32 var_132;
    bool var_133;
    wp::float32 var_134;
    const wp::int32 var_135 = 1;
    wp::int32 var_136;
    wp::float32 var_137;
    const wp::int32 var_138 = 1;
    wp::int32 var_139;
    wp::mat_t<3, 3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    const wp::int32 var_142 = 1;
    wp::int32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::mat_t<3, 3, wp::float32> var_147;
    wp::mat_t<3, 3, wp::float32> var_148;
    wp::float32 var_149;
    wp::mat_t<3, 3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::float32 var_152;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::range_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::mat_t<3, 3, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::mat_t<3, 3, wp::float32> adj_85 = {};
    wp::mat_t<3, 3, wp::float32> adj_86 = {};
    wp::mat_t<3, 3, wp::float32> adj_87 = {};
    wp::mat_t<3, 3, wp::float32> adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::range_t adj_102 = {};
    wp::int32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::float32 adj_107 = {};
    bool adj_108 = {};
    wp::float32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::mat_t<3, 3, wp::float32> adj_115 = {};
    wp::vec_t<3, wp::float32> adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::mat_t<3, 3, wp::float32> adj_122 = {};
    wp::mat_t<3, 3, wp::float32> adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::range_t adj_127 = {};
    wp::int32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::float32 adj_132 = {};
    bool adj_133 = {};
    wp::float32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::mat_t<3, 3, wp::float32> adj_140 = {};
    wp::vec_t<3, wp::float32> adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::vec_t<3, wp::float32> adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::mat_t<3, 3, wp::float32> adj_147 = {};
    wp::mat_t<3, 3, wp::float32> adj_148 = {};
    wp::float32 adj_149 = {};
    wp::mat_t<3, 3, wp::float32> adj_150 = {};
    wp::vec_t<3, wp::float32> adj_151 = {};
    wp::float32 adj_152 = {};
    //---------
    // forward
    // def jacobi_eigen_symmetric(                                                            <L 67>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // A = covs[i]                                                                            <L 75>
    var_1 = wp::address(var_covs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // V = wp.identity(n=3, dtype=float)                                                      <L 76>
    var_5 = wp::identity<3, wp::float32>();
    // off = float(0.0)                                                                       <L 77>
    var_7 = wp::float(var_6);
    // for s in range(sweeps):                                                                <L 78>
    var_8 = wp::range(var_sweeps);
    // ev = wp.vec3(A[0, 0], A[1, 1], A[2, 2])                                                <L 107>
    var_91 = wp::extract(var_2, var_89, var_90);
    var_94 = wp::extract(var_2, var_92, var_93);
    var_97 = wp::extract(var_2, var_95, var_96);
    var_98 = wp::vec_t<3, wp::float32>(var_91, var_94, var_97);
    // for pass_ in range(2):                                                                 <L 109>
    // for k in range(2 - pass_):                                                             <L 110>
    var_101 = wp::sub(var_100, var_99);
    var_102 = wp::range(var_101);
    // for k in range(2 - pass_):                                                             <L 110>
    var_126 = wp::sub(var_125, var_124);
    var_127 = wp::range(var_126);
    // eigvecs[i] = V                                                                         <L 120>
    // wp::array_store(var_eigvecs, var_0, var_5);
    // eigvals[i] = ev                                                                        <L 121>
    // wp::array_store(var_eigvals, var_0, var_98);
    // off_norm[i] = wp.sqrt(off)                                                             <L 122>
    var_152 = wp::sqrt(var_7);
    // wp::array_store(var_off_norm, var_0, var_152);
    //---------
    // reverse
    wp::adj_array_store(var_off_norm, var_0, var_152, adj_off_norm, adj_0, adj_152);
    wp::adj_sqrt(var_7, var_152, adj_7, adj_152);
    // adj: off_norm[i] = wp.sqrt(off)                                                        <L 122>
    wp::adj_array_store(var_eigvals, var_0, var_98, adj_eigvals, adj_0, adj_98);
    // adj: eigvals[i] = ev                                                                   <L 121>
    wp::adj_array_store(var_eigvecs, var_0, var_5, adj_eigvecs, adj_0, adj_5);
    // adj: eigvecs[i] = V                                                                    <L 120>
    var_127 = wp::iter_reverse(var_127);
    start_for_6:;
        if (iter_cmp(var_127) == 0) goto end_for_6;
        var_128 = wp::iter_next(var_127);
    	adj_129 = {};
    	adj_130 = {};
    	adj_131 = {};
    	adj_132 = {};
    	adj_133 = {};
    	adj_134 = {};
    	adj_135 = {};
    	adj_136 = {};
    	adj_137 = {};
    	adj_138 = {};
    	adj_139 = {};
    	adj_140 = {};
    	adj_141 = {};
    	adj_142 = {};
    	adj_143 = {};
    	adj_144 = {};
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
        // if ev[k] < ev[k + 1]:                                                              <L 111>
        var_129 = wp::extract(var_98, var_128);
        var_131 = wp::add(var_128, var_130);
        var_132 = wp::extract(var_98, var_131);
        var_133 = (var_129 < var_132);
        if (var_133) {
            // tmp = ev[k]                                                                    <L 112>
            var_134 = wp::extract(var_98, var_128);
            // ev[k] = ev[k + 1]                                                              <L 113>
            var_136 = wp::add(var_128, var_135);
            var_137 = wp::extract(var_98, var_136);
            wp::assign_inplace(var_98, var_128, var_137);
            // ev[k + 1] = tmp                                                                <L 114>
            var_139 = wp::add(var_128, var_138);
            wp::assign_inplace(var_98, var_139, var_134);
            // Vt = wp.transpose(V)                                                           <L 115>
            var_140 = wp::transpose(var_5);
            // row = Vt[k]                                                                    <L 116>
            var_141 = wp::extract(var_140, var_128);
            // Vt[k] = Vt[k + 1]                                                              <L 117>
            var_143 = wp::add(var_128, var_142);
            var_144 = wp::extract(var_140, var_143);
            wp::assign_inplace(var_140, var_128, var_144);
            // Vt[k + 1] = row                                                                <L 118>
            var_146 = wp::add(var_128, var_145);
            wp::assign_inplace(var_140, var_146, var_141);
            // V = wp.transpose(Vt)                                                           <L 119>
            var_147 = wp::transpose(var_140);
        }
        var_148 = wp::where(var_133, var_147, var_5);
        var_149 = wp::where(var_133, var_134, var_109);
        var_150 = wp::where(var_133, var_140, var_115);
        var_151 = wp::where(var_133, var_141, var_116);
        wp::assign(var_5, var_148);
        wp::assign(var_109, var_149);
        wp::assign(var_115, var_150);
        wp::assign(var_116, var_151);
        wp::adj_assign(var_116, var_151, adj_116, adj_151);
        wp::adj_assign(var_115, var_150, adj_115, adj_150);
        wp::adj_assign(var_109, var_149, adj_109, adj_149);
        wp::adj_assign(var_5, var_148, adj_5, adj_148);
        wp::adj_where(var_133, var_141, var_116, adj_133, adj_141, adj_116, adj_151);
        wp::adj_where(var_133, var_140, var_115, adj_133, adj_140, adj_115, adj_150);
        wp::adj_where(var_133, var_134, var_109, adj_133, adj_134, adj_109, adj_149);
        wp::adj_where(var_133, var_147, var_5, adj_133, adj_147, adj_5, adj_148);
        if (var_133) {
            wp::adj_transpose(var_140, adj_140, adj_147);
            // adj: V = wp.transpose(Vt)                                                      <L 119>
            wp::adj_assign_inplace(var_140, var_146, var_141, adj_140, adj_146, adj_141);
            wp::adj_add(var_128, var_145, adj_128, adj_145, adj_146);
            // adj: Vt[k + 1] = row                                                           <L 118>
            wp::adj_assign_inplace(var_140, var_128, var_144, adj_140, adj_128, adj_144);
            wp::adj_extract(var_140, var_143, adj_140, adj_143, adj_144);
            wp::adj_add(var_128, var_142, adj_128, adj_142, adj_143);
            // adj: Vt[k] = Vt[k + 1]                                                         <L 117>
            wp::adj_extract(var_140, var_128, adj_140, adj_128, adj_141);
            // adj: row = Vt[k]                                                               <L 116>
            wp::adj_transpose(var_5, adj_5, adj_140);
            // adj: Vt = wp.transpose(V)                                                      <L 115>
            wp::adj_assign_inplace(var_98, var_139, var_134, adj_98, adj_139, adj_134);
            wp::adj_add(var_128, var_138, adj_128, adj_138, adj_139);
            // adj: ev[k + 1] = tmp                                                           <L 114>
            wp::adj_assign_inplace(var_98, var_128, var_137, adj_98, adj_128, adj_137);
            wp::adj_extract(var_98, var_136, adj_98, adj_136, adj_137);
            wp::adj_add(var_128, var_135, adj_128, adj_135, adj_136);
            // adj: ev[k] = ev[k + 1]                                                         <L 113>
            wp::adj_extract(var_98, var_128, adj_98, adj_128, adj_134);
            // adj: tmp = ev[k]                                                               <L 112>
        }
        wp::adj_extract(var_98, var_131, adj_98, adj_131, adj_132);
        wp::adj_add(var_128, var_130, adj_128, adj_130, adj_131);
        wp::adj_extract(var_98, var_128, adj_98, adj_128, adj_129);
        // adj: if ev[k] < ev[k + 1]:                                                         <L 111>
    	goto start_for_6;
    end_for_6:;
    wp::adj_sub(var_125, var_124, adj_125, adj_124, adj_126);
    // adj: for k in range(2 - pass_):                                                        <L 110>
    var_102 = wp::iter_reverse(var_102);
    start_for_4:;
        if (iter_cmp(var_102) == 0) goto end_for_4;
        var_103 = wp::iter_next(var_102);
    	adj_104 = {};
    	adj_105 = {};
    	adj_106 = {};
    	adj_107 = {};
    	adj_108 = {};
    	adj_109 = {};
    	adj_110 = {};
    	adj_111 = {};
    	adj_112 = {};
    	adj_113 = {};
    	adj_114 = {};
    	adj_115 = {};
    	adj_116 = {};
    	adj_117 = {};
    	adj_118 = {};
    	adj_119 = {};
    	adj_120 = {};
    	adj_121 = {};
    	adj_122 = {};
    	adj_123 = {};
        // if ev[k] < ev[k + 1]:                                                              <L 111>
        var_104 = wp::extract(var_98, var_103);
        var_106 = wp::add(var_103, var_105);
        var_107 = wp::extract(var_98, var_106);
        var_108 = (var_104 < var_107);
        if (var_108) {
            // tmp = ev[k]                                                                    <L 112>
            var_109 = wp::extract(var_98, var_103);
            // ev[k] = ev[k + 1]                                                              <L 113>
            var_111 = wp::add(var_103, var_110);
            var_112 = wp::extract(var_98, var_111);
            wp::assign_inplace(var_98, var_103, var_112);
            // ev[k + 1] = tmp                                                                <L 114>
            var_114 = wp::add(var_103, var_113);
            wp::assign_inplace(var_98, var_114, var_109);
            // Vt = wp.transpose(V)                                                           <L 115>
            var_115 = wp::transpose(var_5);
            // row = Vt[k]                                                                    <L 116>
            var_116 = wp::extract(var_115, var_103);
            // Vt[k] = Vt[k + 1]                                                              <L 117>
            var_118 = wp::add(var_103, var_117);
            var_119 = wp::extract(var_115, var_118);
            wp::assign_inplace(var_115, var_103, var_119);
            // Vt[k + 1] = row                                                                <L 118>
            var_121 = wp::add(var_103, var_120);
            wp::assign_inplace(var_115, var_121, var_116);
            // V = wp.transpose(Vt)                                                           <L 119>
            var_122 = wp::transpose(var_115);
        }
        var_123 = wp::where(var_108, var_122, var_5);
        wp::assign(var_5, var_123);
        wp::adj_assign(var_5, var_123, adj_5, adj_123);
        wp::adj_where(var_108, var_122, var_5, adj_108, adj_122, adj_5, adj_123);
        if (var_108) {
            wp::adj_transpose(var_115, adj_115, adj_122);
            // adj: V = wp.transpose(Vt)                                                      <L 119>
            wp::adj_assign_inplace(var_115, var_121, var_116, adj_115, adj_121, adj_116);
            wp::adj_add(var_103, var_120, adj_103, adj_120, adj_121);
            // adj: Vt[k + 1] = row                                                           <L 118>
            wp::adj_assign_inplace(var_115, var_103, var_119, adj_115, adj_103, adj_119);
            wp::adj_extract(var_115, var_118, adj_115, adj_118, adj_119);
            wp::adj_add(var_103, var_117, adj_103, adj_117, adj_118);
            // adj: Vt[k] = Vt[k + 1]                                                         <L 117>
            wp::adj_extract(var_115, var_103, adj_115, adj_103, adj_116);
            // adj: row = Vt[k]                                                               <L 116>
            wp::adj_transpose(var_5, adj_5, adj_115);
            // adj: Vt = wp.transpose(V)                                                      <L 115>
            wp::adj_assign_inplace(var_98, var_114, var_109, adj_98, adj_114, adj_109);
            wp::adj_add(var_103, var_113, adj_103, adj_113, adj_114);
            // adj: ev[k + 1] = tmp                                                           <L 114>
            wp::adj_assign_inplace(var_98, var_103, var_112, adj_98, adj_103, adj_112);
            wp::adj_extract(var_98, var_111, adj_98, adj_111, adj_112);
            wp::adj_add(var_103, var_110, adj_103, adj_110, adj_111);
            // adj: ev[k] = ev[k + 1]                                                         <L 113>
            wp::adj_extract(var_98, var_103, adj_98, adj_103, adj_109);
            // adj: tmp = ev[k]                                                               <L 112>
        }
        wp::adj_extract(var_98, var_106, adj_98, adj_106, adj_107);
        wp::adj_add(var_103, var_105, adj_103, adj_105, adj_106);
        wp::adj_extract(var_98, var_103, adj_98, adj_103, adj_104);
        // adj: if ev[k] < ev[k + 1]:                                                         <L 111>
    	goto start_for_4;
    end_for_4:;
    wp::adj_sub(var_100, var_99, adj_100, adj_99, adj_101);
    // adj: for k in range(2 - pass_):                                                        <L 110>
    // adj: for pass_ in range(2):                                                            <L 109>
    wp::adj_vec_t(var_91, var_94, var_97, adj_91, adj_94, adj_97, adj_98);
    wp::adj_extract(var_2, var_95, var_96, adj_2, adj_95, adj_96, adj_97);
    wp::adj_extract(var_2, var_92, var_93, adj_2, adj_92, adj_93, adj_94);
    wp::adj_extract(var_2, var_89, var_90, adj_2, adj_89, adj_90, adj_91);
    // adj: ev = wp.vec3(A[0, 0], A[1, 1], A[2, 2])                                           <L 107>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
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
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
        // off = A[0, 1] * A[0, 1] + A[0, 2] * A[0, 2] + A[1, 2] * A[1, 2]                    <L 79>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_15 = wp::extract(var_2, var_13, var_14);
        var_16 = wp::mul(var_12, var_15);
        var_19 = wp::extract(var_2, var_17, var_18);
        var_22 = wp::extract(var_2, var_20, var_21);
        var_23 = wp::mul(var_19, var_22);
        var_24 = wp::add(var_16, var_23);
        var_27 = wp::extract(var_2, var_25, var_26);
        var_30 = wp::extract(var_2, var_28, var_29);
        var_31 = wp::mul(var_27, var_30);
        var_32 = wp::add(var_24, var_31);
        // if off < 1.0e-18:                                                                  <L 80>
        var_34 = (var_32 < var_33);
        if (var_34) {
            // break                                                                          <L 81>
            wp::assign(var_7, var_32);
            goto end_for_0;
        }
        var_35 = wp::where(var_34, var_7, var_32);
        // for pq in range(3):                                                                <L 82>
        var_37 = wp::range(var_36);
        wp::assign(var_7, var_35);
        wp::adj_assign(var_7, var_35, adj_7, adj_35);
        var_37 = wp::iter_reverse(var_37);
        start_for_2:;
            if (iter_cmp(var_37) == 0) goto end_for_2;
            var_38 = wp::iter_next(var_37);
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
            // p = 0                                                                          <L 83>
            // q = 1                                                                          <L 84>
            // if pq == 1:                                                                    <L 85>
            var_42 = (var_38 == var_41);
            if (var_42) {
                // p = 0                                                                      <L 86>
                // q = 2                                                                      <L 87>
            }
            if (!var_42) {
                // elif pq == 2:                                                              <L 88>
                var_46 = (var_38 == var_45);
                if (var_46) {
                    // p = 1                                                                  <L 89>
                    // q = 2                                                                  <L 90>
                }
                var_49 = wp::where(var_46, var_47, var_39);
                var_50 = wp::where(var_46, var_48, var_40);
            }
            var_51 = wp::where(var_42, var_43, var_49);
            var_52 = wp::where(var_42, var_44, var_50);
            // apq = A[p, q]                                                                  <L 91>
            var_53 = wp::extract(var_2, var_51, var_52);
            // if wp.abs(apq) < 1.0e-20:                                                      <L 92>
            var_54 = wp::abs(var_53);
            var_56 = (var_54 < var_55);
            if (var_56) {
                // continue                                                                   <L 93>
                goto start_for_2;
            }
            // theta = (A[q, q] - A[p, p]) / (2.0 * apq)                                      <L 94>
            var_57 = wp::extract(var_2, var_52, var_52);
            var_58 = wp::extract(var_2, var_51, var_51);
            var_59 = wp::sub(var_57, var_58);
            var_61 = wp::mul(var_60, var_53);
            var_62 = wp::div(var_59, var_61);
            // t = wp.sign(theta) / (wp.abs(theta) + wp.sqrt(theta * theta + 1.0))            <L 95>
            var_63 = wp::sign(var_62);
            var_64 = wp::abs(var_62);
            var_65 = wp::mul(var_62, var_62);
            var_67 = wp::add(var_65, var_66);
            var_68 = wp::sqrt(var_67);
            var_69 = wp::add(var_64, var_68);
            var_70 = wp::div(var_63, var_69);
            // if theta == 0.0:                                                               <L 96>
            var_72 = (var_62 == var_71);
            if (var_72) {
                // t = 1.0                                                                    <L 97>
            }
            var_74 = wp::where(var_72, var_73, var_70);
            // c = 1.0 / wp.sqrt(t * t + 1.0)                                                 <L 98>
            var_76 = wp::mul(var_74, var_74);
            var_78 = wp::add(var_76, var_77);
            var_79 = wp::sqrt(var_78);
            var_80 = wp::div(var_75, var_79);
            // sn = t * c                                                                     <L 99>
            var_81 = wp::mul(var_74, var_80);
            // J = wp.identity(n=3, dtype=float)                                              <L 100>
            var_83 = wp::identity<3, wp::float32>();
            // J[p, p] = c                                                                    <L 101>
            wp::assign_inplace(var_83, var_51, var_51, var_80);
            // J[q, q] = c                                                                    <L 102>
            wp::assign_inplace(var_83, var_52, var_52, var_80);
            // J[p, q] = sn                                                                   <L 103>
            wp::assign_inplace(var_83, var_51, var_52, var_81);
            // J[q, p] = -sn                                                                  <L 104>
            var_84 = wp::neg(var_81);
            wp::assign_inplace(var_83, var_52, var_51, var_84);
            // A = wp.transpose(J) * A * J                                                    <L 105>
            var_85 = wp::transpose(var_83);
            var_86 = wp::mul(var_85, var_2);
            var_87 = wp::mul(var_86, var_83);
            // V = V * J                                                                      <L 106>
            var_88 = wp::mul(var_5, var_83);
            wp::assign(var_2, var_87);
            wp::assign(var_5, var_88);
            wp::adj_assign(var_5, var_88, adj_5, adj_88);
            wp::adj_assign(var_2, var_87, adj_2, adj_87);
            wp::adj_mul(var_5, var_83, adj_5, adj_83, adj_88);
            // adj: V = V * J                                                                 <L 106>
            wp::adj_mul(var_86, var_83, adj_86, adj_83, adj_87);
            wp::adj_mul(var_85, var_2, adj_85, adj_2, adj_86);
            wp::adj_transpose(var_83, adj_83, adj_85);
            // adj: A = wp.transpose(J) * A * J                                               <L 105>
            wp::adj_assign_inplace(var_83, var_52, var_51, var_84, adj_83, adj_52, adj_51, adj_84);
            wp::adj_neg(var_81, adj_81, adj_84);
            // adj: J[q, p] = -sn                                                             <L 104>
            wp::adj_assign_inplace(var_83, var_51, var_52, var_81, adj_83, adj_51, adj_52, adj_81);
            // adj: J[p, q] = sn                                                              <L 103>
            wp::adj_assign_inplace(var_83, var_52, var_52, var_80, adj_83, adj_52, adj_52, adj_80);
            // adj: J[q, q] = c                                                               <L 102>
            wp::adj_assign_inplace(var_83, var_51, var_51, var_80, adj_83, adj_51, adj_51, adj_80);
            // adj: J[p, p] = c                                                               <L 101>
            // adj: J = wp.identity(n=3, dtype=float)                                         <L 100>
            wp::adj_mul(var_74, var_80, adj_74, adj_80, adj_81);
            // adj: sn = t * c                                                                <L 99>
            wp::adj_div(var_75, var_79, var_80, adj_75, adj_79, adj_80);
            wp::adj_sqrt(var_78, var_79, adj_78, adj_79);
            wp::adj_add(var_76, var_77, adj_76, adj_77, adj_78);
            wp::adj_mul(var_74, var_74, adj_74, adj_74, adj_76);
            // adj: c = 1.0 / wp.sqrt(t * t + 1.0)                                            <L 98>
            wp::adj_where(var_72, var_73, var_70, adj_72, adj_73, adj_70, adj_74);
            if (var_72) {
                // adj: t = 1.0                                                               <L 97>
            }
            // adj: if theta == 0.0:                                                          <L 96>
            wp::adj_div(var_63, var_69, var_70, adj_63, adj_69, adj_70);
            wp::adj_add(var_64, var_68, adj_64, adj_68, adj_69);
            wp::adj_sqrt(var_67, var_68, adj_67, adj_68);
            wp::adj_add(var_65, var_66, adj_65, adj_66, adj_67);
            wp::adj_mul(var_62, var_62, adj_62, adj_62, adj_65);
            wp::adj_abs(var_62, adj_62, adj_64);
            // adj: t = wp.sign(theta) / (wp.abs(theta) + wp.sqrt(theta * theta + 1.0))       <L 95>
            wp::adj_div(var_59, var_61, var_62, adj_59, adj_61, adj_62);
            wp::adj_mul(var_60, var_53, adj_60, adj_53, adj_61);
            wp::adj_sub(var_57, var_58, adj_57, adj_58, adj_59);
            wp::adj_extract(var_2, var_51, var_51, adj_2, adj_51, adj_51, adj_58);
            wp::adj_extract(var_2, var_52, var_52, adj_2, adj_52, adj_52, adj_57);
            // adj: theta = (A[q, q] - A[p, p]) / (2.0 * apq)                                 <L 94>
            if (var_56) {
                // adj: continue                                                              <L 93>
            }
            wp::adj_abs(var_53, adj_53, adj_54);
            // adj: if wp.abs(apq) < 1.0e-20:                                                 <L 92>
            wp::adj_extract(var_2, var_51, var_52, adj_2, adj_51, adj_52, adj_53);
            // adj: apq = A[p, q]                                                             <L 91>
            wp::adj_where(var_42, var_44, var_50, adj_42, adj_44, adj_50, adj_52);
            wp::adj_where(var_42, var_43, var_49, adj_42, adj_43, adj_49, adj_51);
            if (!var_42) {
                wp::adj_where(var_46, var_48, var_40, adj_46, adj_48, adj_40, adj_50);
                wp::adj_where(var_46, var_47, var_39, adj_46, adj_47, adj_39, adj_49);
                if (var_46) {
                    // adj: q = 2                                                             <L 90>
                    // adj: p = 1                                                             <L 89>
                }
                // adj: elif pq == 2:                                                         <L 88>
            }
            if (var_42) {
                // adj: q = 2                                                                 <L 87>
                // adj: p = 0                                                                 <L 86>
            }
            // adj: if pq == 1:                                                               <L 85>
            // adj: q = 1                                                                     <L 84>
            // adj: p = 0                                                                     <L 83>
        	goto start_for_2;
        end_for_2:;
        // adj: for pq in range(3):                                                           <L 82>
        wp::adj_where(var_34, var_7, var_32, adj_34, adj_7, adj_32, adj_35);
        if (var_34) {
            wp::adj_assign(var_7, var_32, adj_7, adj_32);
            // adj: break                                                                     <L 81>
        }
        // adj: if off < 1.0e-18:                                                             <L 80>
        wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_mul(var_27, var_30, adj_27, adj_30, adj_31);
        wp::adj_extract(var_2, var_28, var_29, adj_2, adj_28, adj_29, adj_30);
        wp::adj_extract(var_2, var_25, var_26, adj_2, adj_25, adj_26, adj_27);
        wp::adj_add(var_16, var_23, adj_16, adj_23, adj_24);
        wp::adj_mul(var_19, var_22, adj_19, adj_22, adj_23);
        wp::adj_extract(var_2, var_20, var_21, adj_2, adj_20, adj_21, adj_22);
        wp::adj_extract(var_2, var_17, var_18, adj_2, adj_17, adj_18, adj_19);
        wp::adj_mul(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_extract(var_2, var_13, var_14, adj_2, adj_13, adj_14, adj_15);
        wp::adj_extract(var_2, var_10, var_11, adj_2, adj_10, adj_11, adj_12);
        // adj: off = A[0, 1] * A[0, 1] + A[0, 2] * A[0, 2] + A[1, 2] * A[1, 2]               <L 79>
    	goto start_for_0;
    end_for_0:;
    // adj: for s in range(sweeps):                                                           <L 78>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: off = float(0.0)                                                                  <L 77>
    // adj: V = wp.identity(n=3, dtype=float)                                                 <L 76>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_covs, var_0, adj_covs, adj_0, adj_1);
    // adj: A = covs[i]                                                                       <L 75>
    // adj: i = wp.tid()                                                                      <L 74>
    // adj: def jacobi_eigen_symmetric(                                                       <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jacobi_eigen_symmetric_3c02547b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobi_eigen_symmetric_3c02547b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jacobi_eigen_symmetric_3c02547b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_args,
    wp_args_jacobi_eigen_symmetric_3c02547b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jacobi_eigen_symmetric_3c02547b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

