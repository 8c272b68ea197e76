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


// corpus/047_kmeans.py:4
static void nearest_centroid_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = -1;
    wp::int32 var_1;
    const wp::float32 var_2 = 1e+30;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def nearest_centroid(p: wp.vec3, centroids: wp.array(dtype=wp.vec3)):                  <L 5>
    // best = int(-1)                                                                         <L 6>
    var_1 = wp::int(var_0);
    // best_d = float(1.0e30)                                                                 <L 7>
    var_3 = wp::float(var_2);
    // second_d = float(1.0e30)                                                               <L 8>
    var_5 = wp::float(var_4);
    // for c in range(centroids.shape[0]):                                                    <L 9>
    var_6 = &(var_centroids.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // d = wp.length_sq(p - centroids[c])                                                 <L 10>
        var_12 = wp::address(var_centroids, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_p, var_14);
        var_15 = wp::length_sq(var_13);
        // if d < best_d:                                                                     <L 11>
        var_16 = (var_15 < var_3);
        if (var_16) {
            // second_d = best_d                                                              <L 12>
            var_17 = wp::copy(var_3);
            // best_d = d                                                                     <L 13>
            var_18 = wp::copy(var_15);
            // best = c                                                                       <L 14>
            var_19 = wp::copy(var_11);
        }
        if (!var_16) {
            // elif d < second_d:                                                             <L 15>
            var_20 = (var_15 < var_5);
            if (var_20) {
                // second_d = d                                                               <L 16>
                var_21 = wp::copy(var_15);
            }
            var_22 = wp::where(var_20, var_21, var_5);
        }
        var_23 = wp::where(var_16, var_19, var_1);
        var_24 = wp::where(var_16, var_18, var_3);
        var_25 = wp::where(var_16, var_17, var_22);
        wp::assign(var_1, var_23);
        wp::assign(var_3, var_24);
        wp::assign(var_5, var_25);
        goto start_for_0;
    end_for_0:;
    // return best, best_d, second_d                                                          <L 17>
    ret_0 = var_1;
    ret_1 = var_3;
    ret_2 = var_5;
    return;
}


// corpus/047_kmeans.py:4
static void adj_nearest_centroid_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centroids,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = -1;
    wp::int32 var_1;
    const wp::float32 var_2 = 1e+30;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def nearest_centroid(p: wp.vec3, centroids: wp.array(dtype=wp.vec3)):                  <L 5>
    // best = int(-1)                                                                         <L 6>
    var_1 = wp::int(var_0);
    // best_d = float(1.0e30)                                                                 <L 7>
    var_3 = wp::float(var_2);
    // second_d = float(1.0e30)                                                               <L 8>
    var_5 = wp::float(var_4);
    // for c in range(centroids.shape[0]):                                                    <L 9>
    var_6 = &(var_centroids.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    // return best, best_d, second_d                                                          <L 17>
    ret_0 = var_1;
    ret_1 = var_3;
    ret_2 = var_5;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_5 += adj_ret_2;
    adj_3 += adj_ret_1;
    adj_1 += adj_ret_0;
    // adj: return best, best_d, second_d                                                     <L 17>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
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
        // d = wp.length_sq(p - centroids[c])                                                 <L 10>
        var_12 = wp::address(var_centroids, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_p, var_14);
        var_15 = wp::length_sq(var_13);
        // if d < best_d:                                                                     <L 11>
        var_16 = (var_15 < var_3);
        if (var_16) {
            // second_d = best_d                                                              <L 12>
            var_17 = wp::copy(var_3);
            // best_d = d                                                                     <L 13>
            var_18 = wp::copy(var_15);
            // best = c                                                                       <L 14>
            var_19 = wp::copy(var_11);
        }
        if (!var_16) {
            // elif d < second_d:                                                             <L 15>
            var_20 = (var_15 < var_5);
            if (var_20) {
                // second_d = d                                                               <L 16>
                var_21 = wp::copy(var_15);
            }
            var_22 = wp::where(var_20, var_21, var_5);
        }
        var_23 = wp::where(var_16, var_19, var_1);
        var_24 = wp::where(var_16, var_18, var_3);
        var_25 = wp::where(var_16, var_17, var_22);
        wp::assign(var_1, var_23);
        wp::assign(var_3, var_24);
        wp::assign(var_5, var_25);
        wp::adj_assign(var_5, var_25, adj_5, adj_25);
        wp::adj_assign(var_3, var_24, adj_3, adj_24);
        wp::adj_assign(var_1, var_23, adj_1, adj_23);
        wp::adj_where(var_16, var_17, var_22, adj_16, adj_17, adj_22, adj_25);
        wp::adj_where(var_16, var_18, var_3, adj_16, adj_18, adj_3, adj_24);
        wp::adj_where(var_16, var_19, var_1, adj_16, adj_19, adj_1, adj_23);
        if (!var_16) {
            wp::adj_where(var_20, var_21, var_5, adj_20, adj_21, adj_5, adj_22);
            if (var_20) {
                wp::adj_copy(var_15, adj_15, adj_21);
                // adj: second_d = d                                                          <L 16>
            }
            // adj: elif d < second_d:                                                        <L 15>
        }
        if (var_16) {
            wp::adj_copy(var_11, adj_11, adj_19);
            // adj: best = c                                                                  <L 14>
            wp::adj_copy(var_15, adj_15, adj_18);
            // adj: best_d = d                                                                <L 13>
            wp::adj_copy(var_3, adj_3, adj_17);
            // adj: second_d = best_d                                                         <L 12>
        }
        // adj: if d < best_d:                                                                <L 11>
        wp::adj_length_sq(var_13, adj_13, adj_15);
        wp::adj_sub(var_p, var_14, adj_p, adj_12, adj_13);
        wp::adj_address(var_centroids, var_11, adj_centroids, adj_11, adj_12);
        // adj: d = wp.length_sq(p - centroids[c])                                            <L 10>
    	goto start_for_0;
    end_for_0:;
    adj_centroids.shape = adj_6;
    // adj: for c in range(centroids.shape[0]):                                               <L 9>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: second_d = float(1.0e30)                                                          <L 8>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: best_d = float(1.0e30)                                                            <L 7>
    // adj: best = int(-1)                                                                    <L 6>
    // adj: def nearest_centroid(p: wp.vec3, centroids: wp.array(dtype=wp.vec3)):             <L 5>
    return;
}

struct wp_args_assign_clusters_701cd38c {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> centroids;
    wp::array_t<wp::int32> labels;
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::float32> inertia;
    wp::array_t<wp::int32> changed;
    wp::array_t<wp::int32> ambiguous;
};


void assign_clusters_701cd38c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_assign_clusters_701cd38c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_inertia = _wp_args->inertia;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    wp::array_t<wp::int32> var_ambiguous = _wp_args->ambiguous;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.001;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    //---------
    // forward
    // def assign_clusters(                                                                   <L 21>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 32>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c, d, d2 = nearest_centroid(p, centroids)                                              <L 33>
    nearest_centroid_0(var_2, var_centroids, var_4, var_5, var_6);
    // if labels[i] != c:                                                                     <L 34>
    var_7 = wp::address(var_labels, var_0);
    var_9 = wp::load(var_7);
    var_8 = (var_9 != var_4);
    if (var_8) {
        // wp.atomic_add(changed, 0, 1)                                                       <L 35>
        var_12 = wp::atomic_add(var_changed, var_10, var_11);
    }
    // labels[i] = c                                                                          <L 36>
    wp::array_store(var_labels, var_0, var_4);
    // wp.atomic_add(sums, c, p)                                                              <L 37>
    var_13 = wp::atomic_add(var_sums, var_4, var_2);
    // wp.atomic_add(counts, c, 1)                                                            <L 38>
    var_15 = wp::atomic_add(var_counts, var_4, var_14);
    // wp.atomic_add(inertia, 0, d)                                                           <L 39>
    var_17 = wp::atomic_add(var_inertia, var_16, var_5);
    // if d2 - d < 1.0e-3 * (d + 1.0e-6):                                                     <L 40>
    var_18 = wp::sub(var_6, var_5);
    var_21 = wp::add(var_5, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = (var_18 < var_22);
    if (var_23) {
        // wp.atomic_add(ambiguous, 0, 1)                                                     <L 41>
        var_26 = wp::atomic_add(var_ambiguous, var_24, var_25);
    }
}



void assign_clusters_701cd38c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_assign_clusters_701cd38c *_wp_args,
    wp_args_assign_clusters_701cd38c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_inertia = _wp_args->inertia;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    wp::array_t<wp::int32> var_ambiguous = _wp_args->ambiguous;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroids = _wp_adj_args->centroids;
    wp::array_t<wp::int32> adj_labels = _wp_adj_args->labels;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::float32> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::int32> adj_changed = _wp_adj_args->changed;
    wp::array_t<wp::int32> adj_ambiguous = _wp_adj_args->ambiguous;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.001;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def assign_clusters(                                                                   <L 21>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 32>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c, d, d2 = nearest_centroid(p, centroids)                                              <L 33>
    nearest_centroid_0(var_2, var_centroids, var_4, var_5, var_6);
    // if labels[i] != c:                                                                     <L 34>
    var_7 = wp::address(var_labels, var_0);
    var_9 = wp::load(var_7);
    var_8 = (var_9 != var_4);
    if (var_8) {
        // wp.atomic_add(changed, 0, 1)                                                       <L 35>
        // var_12 = wp::atomic_add(var_changed, var_10, var_11);
    }
    // labels[i] = c                                                                          <L 36>
    // wp::array_store(var_labels, var_0, var_4);
    // wp.atomic_add(sums, c, p)                                                              <L 37>
    // var_13 = wp::atomic_add(var_sums, var_4, var_2);
    // wp.atomic_add(counts, c, 1)                                                            <L 38>
    // var_15 = wp::atomic_add(var_counts, var_4, var_14);
    // wp.atomic_add(inertia, 0, d)                                                           <L 39>
    // var_17 = wp::atomic_add(var_inertia, var_16, var_5);
    // if d2 - d < 1.0e-3 * (d + 1.0e-6):                                                     <L 40>
    var_18 = wp::sub(var_6, var_5);
    var_21 = wp::add(var_5, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = (var_18 < var_22);
    if (var_23) {
        // wp.atomic_add(ambiguous, 0, 1)                                                     <L 41>
        // var_26 = wp::atomic_add(var_ambiguous, var_24, var_25);
    }
    //---------
    // reverse
    if (var_23) {
        wp::adj_atomic_add(var_ambiguous, var_24, var_25, adj_ambiguous, adj_24, adj_25, adj_26);
        // adj: wp.atomic_add(ambiguous, 0, 1)                                                <L 41>
    }
    wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_add(var_5, var_20, adj_5, adj_20, adj_21);
    wp::adj_sub(var_6, var_5, adj_6, adj_5, adj_18);
    // adj: if d2 - d < 1.0e-3 * (d + 1.0e-6):                                                <L 40>
    wp::adj_atomic_add(var_inertia, var_16, var_5, adj_inertia, adj_16, adj_5, adj_17);
    // adj: wp.atomic_add(inertia, 0, d)                                                      <L 39>
    wp::adj_atomic_add(var_counts, var_4, var_14, adj_counts, adj_4, adj_14, adj_15);
    // adj: wp.atomic_add(counts, c, 1)                                                       <L 38>
    wp::adj_atomic_add(var_sums, var_4, var_2, adj_sums, adj_4, adj_2, adj_13);
    // adj: wp.atomic_add(sums, c, p)                                                         <L 37>
    wp::adj_array_store(var_labels, var_0, var_4, adj_labels, adj_0, adj_4);
    // adj: labels[i] = c                                                                     <L 36>
    if (var_8) {
        wp::adj_atomic_add(var_changed, var_10, var_11, adj_changed, adj_10, adj_11, adj_12);
        // adj: wp.atomic_add(changed, 0, 1)                                                  <L 35>
    }
    wp::adj_address(var_labels, var_0, adj_labels, adj_0, adj_7);
    // adj: if labels[i] != c:                                                                <L 34>
    adj_nearest_centroid_0(var_2, var_centroids, var_4, var_5, var_6, adj_2, adj_centroids, adj_4, adj_5, adj_6);
    // adj: c, d, d2 = nearest_centroid(p, centroids)                                         <L 33>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def assign_clusters(                                                              <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void assign_clusters_701cd38c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_assign_clusters_701cd38c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        assign_clusters_701cd38c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void assign_clusters_701cd38c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_assign_clusters_701cd38c *_wp_args,
    wp_args_assign_clusters_701cd38c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        assign_clusters_701cd38c_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_update_centroids_533ba95f {
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::vec_t<3, wp::float32>> centroids;
    wp::array_t<wp::float32> shift;
};


void update_centroids_533ba95f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_centroids_533ba95f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::array_t<wp::float32> var_shift = _wp_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    //---------
    // forward
    // def update_centroids(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centroids: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):       <L 45>
    // c = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // n = counts[c]                                                                          <L 47>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if n == 0:                                                                             <L 48>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 49>
        return;
    }
    // new_c = sums[c] / float(n)                                                             <L 50>
    var_6 = wp::address(var_sums, var_0);
    var_7 = wp::float(var_2);
    var_9 = wp::load(var_6);
    var_8 = wp::div(var_9, var_7);
    // wp.atomic_max(shift, 0, wp.length(new_c - centroids[c]))                               <L 51>
    var_11 = wp::address(var_centroids, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_8, var_13);
    var_14 = wp::length(var_12);
    var_15 = wp::atomic_max(var_shift, var_10, var_14);
    // centroids[c] = new_c                                                                   <L 52>
    wp::array_store(var_centroids, var_0, var_8);
    // sums[c] = wp.vec3()                                                                    <L 53>
    var_16 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_sums, var_0, var_16);
    // counts[c] = 0                                                                          <L 54>
    wp::array_store(var_counts, var_0, var_17);
}



void update_centroids_533ba95f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_centroids_533ba95f *_wp_args,
    wp_args_update_centroids_533ba95f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::array_t<wp::float32> var_shift = _wp_args->shift;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroids = _wp_adj_args->centroids;
    wp::array_t<wp::float32> adj_shift = _wp_adj_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def update_centroids(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centroids: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):       <L 45>
    // c = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // n = counts[c]                                                                          <L 47>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if n == 0:                                                                             <L 48>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 49>
        goto label0;
    }
    // new_c = sums[c] / float(n)                                                             <L 50>
    var_6 = wp::address(var_sums, var_0);
    var_7 = wp::float(var_2);
    var_9 = wp::load(var_6);
    var_8 = wp::div(var_9, var_7);
    // wp.atomic_max(shift, 0, wp.length(new_c - centroids[c]))                               <L 51>
    var_11 = wp::address(var_centroids, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_8, var_13);
    var_14 = wp::length(var_12);
    // var_15 = wp::atomic_max(var_shift, var_10, var_14);
    // centroids[c] = new_c                                                                   <L 52>
    // wp::array_store(var_centroids, var_0, var_8);
    // sums[c] = wp.vec3()                                                                    <L 53>
    var_16 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_sums, var_0, var_16);
    // counts[c] = 0                                                                          <L 54>
    // wp::array_store(var_counts, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_17, adj_counts, adj_0, adj_17);
    // adj: counts[c] = 0                                                                     <L 54>
    wp::adj_array_store(var_sums, var_0, var_16, adj_sums, adj_0, adj_16);
    // adj: sums[c] = wp.vec3()                                                               <L 53>
    wp::adj_array_store(var_centroids, var_0, var_8, adj_centroids, adj_0, adj_8);
    // adj: centroids[c] = new_c                                                              <L 52>
    wp::adj_atomic_max(var_shift, var_10, var_14, adj_shift, adj_10, adj_14, adj_15);
    wp::adj_length(var_12, var_14, adj_12, adj_14);
    wp::adj_sub(var_8, var_13, adj_8, adj_11, adj_12);
    wp::adj_address(var_centroids, var_0, adj_centroids, adj_0, adj_11);
    // adj: wp.atomic_max(shift, 0, wp.length(new_c - centroids[c]))                          <L 51>
    wp::adj_div(var_9, var_7, adj_6, adj_7, adj_8);
    wp::adj_float(var_2, adj_2, adj_7);
    wp::adj_address(var_sums, var_0, adj_sums, adj_0, adj_6);
    // adj: new_c = sums[c] / float(n)                                                        <L 50>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 49>
    }
    // adj: if n == 0:                                                                        <L 48>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
    // adj: n = counts[c]                                                                     <L 47>
    // adj: c = wp.tid()                                                                      <L 46>
    // adj: def update_centroids(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centroids: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):  <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void update_centroids_533ba95f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_centroids_533ba95f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_centroids_533ba95f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void update_centroids_533ba95f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_centroids_533ba95f *_wp_args,
    wp_args_update_centroids_533ba95f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_centroids_533ba95f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_kmeanspp_distances_f5da7bb8 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> centroids;
    wp::int32 num_chosen;
    wp::array_t<wp::float32> dist2;
    wp::array_t<wp::float32> total;
};


void kmeanspp_distances_f5da7bb8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::int32 var_num_chosen = _wp_args->num_chosen;
    wp::array_t<wp::float32> var_dist2 = _wp_args->dist2;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    //---------
    // forward
    // def kmeanspp_distances(points: wp.array(dtype=wp.vec3), centroids: wp.array(dtype=wp.vec3), num_chosen: int, dist2: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 60>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best = float(1.0e30)                                                                   <L 61>
    var_5 = wp::float(var_4);
    // for c in range(num_chosen):                                                            <L 62>
    var_6 = wp::range(var_num_chosen);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // best = wp.min(best, wp.length_sq(p - centroids[c]))                                <L 63>
        var_8 = wp::address(var_centroids, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_2, var_10);
        var_11 = wp::length_sq(var_9);
        var_12 = wp::min(var_5, var_11);
        wp::assign(var_5, var_12);
        goto start_for_0;
    end_for_0:;
    // dist2[i] = best                                                                        <L 64>
    wp::array_store(var_dist2, var_0, var_5);
    // wp.atomic_add(total, 0, best)                                                          <L 65>
    var_14 = wp::atomic_add(var_total, var_13, var_5);
}



void kmeanspp_distances_f5da7bb8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_args,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroids = _wp_args->centroids;
    wp::int32 var_num_chosen = _wp_args->num_chosen;
    wp::array_t<wp::float32> var_dist2 = _wp_args->dist2;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroids = _wp_adj_args->centroids;
    wp::int32 adj_num_chosen = _wp_adj_args->num_chosen;
    wp::array_t<wp::float32> adj_dist2 = _wp_adj_args->dist2;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def kmeanspp_distances(points: wp.array(dtype=wp.vec3), centroids: wp.array(dtype=wp.vec3), num_chosen: int, dist2: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 60>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best = float(1.0e30)                                                                   <L 61>
    var_5 = wp::float(var_4);
    // for c in range(num_chosen):                                                            <L 62>
    var_6 = wp::range(var_num_chosen);
    // dist2[i] = best                                                                        <L 64>
    // wp::array_store(var_dist2, var_0, var_5);
    // wp.atomic_add(total, 0, best)                                                          <L 65>
    // var_14 = wp::atomic_add(var_total, var_13, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_13, var_5, adj_total, adj_13, adj_5, adj_14);
    // adj: wp.atomic_add(total, 0, best)                                                     <L 65>
    wp::adj_array_store(var_dist2, var_0, var_5, adj_dist2, adj_0, adj_5);
    // adj: dist2[i] = best                                                                   <L 64>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
        // best = wp.min(best, wp.length_sq(p - centroids[c]))                                <L 63>
        var_8 = wp::address(var_centroids, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_2, var_10);
        var_11 = wp::length_sq(var_9);
        var_12 = wp::min(var_5, var_11);
        wp::assign(var_5, var_12);
        wp::adj_assign(var_5, var_12, adj_5, adj_12);
        wp::adj_min(var_5, var_11, adj_5, adj_11, adj_12);
        wp::adj_length_sq(var_9, adj_9, adj_11);
        wp::adj_sub(var_2, var_10, adj_2, adj_8, adj_9);
        wp::adj_address(var_centroids, var_7, adj_centroids, adj_7, adj_8);
        // adj: best = wp.min(best, wp.length_sq(p - centroids[c]))                           <L 63>
    	goto start_for_0;
    end_for_0:;
    // adj: for c in range(num_chosen):                                                       <L 62>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: best = float(1.0e30)                                                              <L 61>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 60>
    // adj: i = wp.tid()                                                                      <L 59>
    // adj: def kmeanspp_distances(points: wp.array(dtype=wp.vec3), centroids: wp.array(dtype=wp.vec3), num_chosen: int, dist2: wp.array(dtype=float), total: wp.array(dtype=float)):  <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void kmeanspp_distances_f5da7bb8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kmeanspp_distances_f5da7bb8_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void kmeanspp_distances_f5da7bb8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_args,
    wp_args_kmeanspp_distances_f5da7bb8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kmeanspp_distances_f5da7bb8_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_silhouette_partial_52c7b2d4 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> labels;
    wp::int32 num_clusters;
    wp::array_t<wp::float32> sums;
    wp::array_t<wp::int32> counts;
};


void silhouette_partial_52c7b2d4_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_silhouette_partial_52c7b2d4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::int32 var_num_clusters = _wp_args->num_clusters;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // forward
    // def silhouette_partial(points: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), num_clusters: int, sums: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):       <L 69>
    // i, j = wp.tid()                                                                        <L 70>
    builtin_tid2d(var_0, var_1);
    // if i == j:                                                                             <L 71>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // return                                                                             <L 72>
        return;
    }
    // lj = labels[j]                                                                         <L 73>
    var_3 = wp::address(var_labels, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // d = wp.length(points[i] - points[j])                                                   <L 74>
    var_6 = wp::address(var_points, var_0);
    var_7 = wp::address(var_points, var_1);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_10);
    var_11 = wp::length(var_8);
    // wp.atomic_add(sums, i, lj, d)                                                          <L 75>
    var_12 = wp::atomic_add(var_sums, var_0, var_4, var_11);
    // wp.atomic_add(counts, i, lj, 1)                                                        <L 76>
    var_14 = wp::atomic_add(var_counts, var_0, var_4, var_13);
}



void silhouette_partial_52c7b2d4_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_silhouette_partial_52c7b2d4 *_wp_args,
    wp_args_silhouette_partial_52c7b2d4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::int32 var_num_clusters = _wp_args->num_clusters;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_labels = _wp_adj_args->labels;
    wp::int32 adj_num_clusters = _wp_adj_args->num_clusters;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def silhouette_partial(points: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), num_clusters: int, sums: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):       <L 69>
    // i, j = wp.tid()                                                                        <L 70>
    builtin_tid2d(var_0, var_1);
    // if i == j:                                                                             <L 71>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // return                                                                             <L 72>
        goto label0;
    }
    // lj = labels[j]                                                                         <L 73>
    var_3 = wp::address(var_labels, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // d = wp.length(points[i] - points[j])                                                   <L 74>
    var_6 = wp::address(var_points, var_0);
    var_7 = wp::address(var_points, var_1);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_10);
    var_11 = wp::length(var_8);
    // wp.atomic_add(sums, i, lj, d)                                                          <L 75>
    // var_12 = wp::atomic_add(var_sums, var_0, var_4, var_11);
    // wp.atomic_add(counts, i, lj, 1)                                                        <L 76>
    // var_14 = wp::atomic_add(var_counts, var_0, var_4, var_13);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_0, var_4, var_13, adj_counts, adj_0, adj_4, adj_13, adj_14);
    // adj: wp.atomic_add(counts, i, lj, 1)                                                   <L 76>
    wp::adj_atomic_add(var_sums, var_0, var_4, var_11, adj_sums, adj_0, adj_4, adj_11, adj_12);
    // adj: wp.atomic_add(sums, i, lj, d)                                                     <L 75>
    wp::adj_length(var_8, var_11, adj_8, adj_11);
    wp::adj_sub(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_7);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_6);
    // adj: d = wp.length(points[i] - points[j])                                              <L 74>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_labels, var_1, adj_labels, adj_1, adj_3);
    // adj: lj = labels[j]                                                                    <L 73>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 72>
    }
    // adj: if i == j:                                                                        <L 71>
    // adj: i, j = wp.tid()                                                                   <L 70>
    // adj: def silhouette_partial(points: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), num_clusters: int, sums: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):  <L 69>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void silhouette_partial_52c7b2d4_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_silhouette_partial_52c7b2d4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        silhouette_partial_52c7b2d4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void silhouette_partial_52c7b2d4_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_silhouette_partial_52c7b2d4 *_wp_args,
    wp_args_silhouette_partial_52c7b2d4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        silhouette_partial_52c7b2d4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

