
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


// corpus/052_shape_matching.py:4
static wp::mat_t<3, 3, wp::float32> polar_rotation_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::int32 var_iterations)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-12;
    bool var_6;
    const wp::int32 var_7 = 3;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    //---------
    // forward
    // def polar_rotation(A: wp.mat33, iterations: int) -> wp.mat33:                          <L 5>
    // R = A                                                                                  <L 7>
    var_0 = wp::copy(var_A);
    // for it in range(iterations):                                                           <L 8>
    var_1 = wp::range(var_iterations);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
        // det = wp.determinant(R)                                                            <L 9>
        var_3 = wp::determinant(var_0);
        // if wp.abs(det) < 1.0e-12:                                                          <L 10>
        var_4 = wp::abs(var_3);
        var_6 = (var_4 < var_5);
        if (var_6) {
            // return wp.identity(n=3, dtype=float)                                           <L 11>
            var_8 = wp::identity<3, wp::float32>();
            return var_8;
        }
        // R = (R + wp.transpose(wp.inverse(R))) * 0.5                                        <L 12>
        var_9 = wp::inverse(var_0);
        var_10 = wp::transpose(var_9);
        var_11 = wp::add(var_0, var_10);
        var_13 = wp::mul(var_11, var_12);
        wp::assign(var_0, var_13);
        goto start_for_0;
    end_for_0:;
    // return R                                                                               <L 13>
    return var_0;
}


// corpus/052_shape_matching.py:4
static void adj_polar_rotation_0(
    wp::mat_t<3, 3, wp::float32> var_A,
    wp::int32 var_iterations,
    wp::mat_t<3, 3, wp::float32> & adj_A,
    wp::int32 & adj_iterations,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-12;
    bool var_6;
    const wp::int32 var_7 = 3;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::range_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def polar_rotation(A: wp.mat33, iterations: int) -> wp.mat33:                          <L 5>
    // R = A                                                                                  <L 7>
    var_0 = wp::copy(var_A);
    // for it in range(iterations):                                                           <L 8>
    var_1 = wp::range(var_iterations);
    // return R                                                                               <L 13>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_0 += adj_ret;
    // adj: return R                                                                          <L 13>
    var_1 = wp::iter_reverse(var_1);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
        // det = wp.determinant(R)                                                            <L 9>
        var_3 = wp::determinant(var_0);
        // if wp.abs(det) < 1.0e-12:                                                          <L 10>
        var_4 = wp::abs(var_3);
        var_6 = (var_4 < var_5);
        if (var_6) {
            // return wp.identity(n=3, dtype=float)                                           <L 11>
            var_8 = wp::identity<3, wp::float32>();
            goto label2;
        }
        // R = (R + wp.transpose(wp.inverse(R))) * 0.5                                        <L 12>
        var_9 = wp::inverse(var_0);
        var_10 = wp::transpose(var_9);
        var_11 = wp::add(var_0, var_10);
        var_13 = wp::mul(var_11, var_12);
        wp::assign(var_0, var_13);
        wp::adj_assign(var_0, var_13, adj_0, adj_13);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_add(var_0, var_10, adj_0, adj_10, adj_11);
        wp::adj_transpose(var_9, adj_9, adj_10);
        wp::adj_inverse(var_0, var_9, adj_0, adj_9);
        // adj: R = (R + wp.transpose(wp.inverse(R))) * 0.5                                   <L 12>
        if (var_6) {
            label2:;
            adj_8 += adj_ret;
            // adj: return wp.identity(n=3, dtype=float)                                      <L 11>
        }
        wp::adj_abs(var_3, adj_3, adj_4);
        // adj: if wp.abs(det) < 1.0e-12:                                                     <L 10>
        wp::adj_determinant(var_0, adj_0, adj_3);
        // adj: det = wp.determinant(R)                                                       <L 9>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_iterations, adj_iterations, adj_1);
    // adj: for it in range(iterations):                                                      <L 8>
    wp::adj_copy(var_A, adj_A, adj_0);
    // adj: R = A                                                                             <L 7>
    // adj: def polar_rotation(A: wp.mat33, iterations: int) -> wp.mat33:                     <L 5>
    return;
}

struct wp_args_cluster_centroids_763dea81 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> com_sum;
    wp::array_t<wp::float32> mass_sum;
};


void cluster_centroids_763dea81_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cluster_centroids_763dea81 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def cluster_centroids(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 19>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = mass[i]                                                                            <L 20>
    var_4 = wp::address(var_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(com_sum, c, x[i] * m)                                                    <L 21>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_5);
    var_10 = wp::atomic_add(var_com_sum, var_2, var_8);
    // wp.atomic_add(mass_sum, c, m)                                                          <L 22>
    var_11 = wp::atomic_add(var_mass_sum, var_2, var_5);
}



void cluster_centroids_763dea81_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cluster_centroids_763dea81 *_wp_args,
    wp_args_cluster_centroids_763dea81 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com_sum = _wp_adj_args->com_sum;
    wp::array_t<wp::float32> adj_mass_sum = _wp_adj_args->mass_sum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def cluster_centroids(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 19>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = mass[i]                                                                            <L 20>
    var_4 = wp::address(var_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(com_sum, c, x[i] * m)                                                    <L 21>
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_5);
    // var_10 = wp::atomic_add(var_com_sum, var_2, var_8);
    // wp.atomic_add(mass_sum, c, m)                                                          <L 22>
    // var_11 = wp::atomic_add(var_mass_sum, var_2, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_mass_sum, var_2, var_5, adj_mass_sum, adj_2, adj_5, adj_11);
    // adj: wp.atomic_add(mass_sum, c, m)                                                     <L 22>
    wp::adj_atomic_add(var_com_sum, var_2, var_8, adj_com_sum, adj_2, adj_8, adj_10);
    wp::adj_mul(var_9, var_5, adj_7, adj_5, adj_8);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
    // adj: wp.atomic_add(com_sum, c, x[i] * m)                                               <L 21>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_4);
    // adj: m = mass[i]                                                                       <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def cluster_centroids(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float)):  <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cluster_centroids_763dea81_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cluster_centroids_763dea81 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cluster_centroids_763dea81_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cluster_centroids_763dea81_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cluster_centroids_763dea81 *_wp_args,
    wp_args_cluster_centroids_763dea81 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cluster_centroids_763dea81_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cluster_covariance_925754a7 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> com_sum;
    wp::array_t<wp::float32> mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
};


void cluster_covariance_925754a7_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cluster_covariance_925754a7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::float32* var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::float32 var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    //---------
    // forward
    // def cluster_covariance(                                                                <L 26>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 37>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = com_sum[c] / mass_sum[c]                                                         <L 38>
    var_4 = wp::address(var_com_sum, var_2);
    var_5 = wp::address(var_mass_sum, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // p = x[i] - com                                                                         <L 39>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_6);
    // q = rest[i] - rest_com[c]                                                              <L 40>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // wp.atomic_add(Apq, c, wp.outer(p, q) * mass[i])                                        <L 41>
    var_17 = wp::outer(var_10, var_14);
    var_18 = wp::address(var_mass, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_17, var_20);
    var_21 = wp::atomic_add(var_Apq, var_2, var_19);
}



void cluster_covariance_925754a7_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cluster_covariance_925754a7 *_wp_args,
    wp_args_cluster_covariance_925754a7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com_sum = _wp_adj_args->com_sum;
    wp::array_t<wp::float32> adj_mass_sum = _wp_adj_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_com = _wp_adj_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Apq = _wp_adj_args->Apq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::float32* var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::float32 var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def cluster_covariance(                                                                <L 26>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 37>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = com_sum[c] / mass_sum[c]                                                         <L 38>
    var_4 = wp::address(var_com_sum, var_2);
    var_5 = wp::address(var_mass_sum, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // p = x[i] - com                                                                         <L 39>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_6);
    // q = rest[i] - rest_com[c]                                                              <L 40>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // wp.atomic_add(Apq, c, wp.outer(p, q) * mass[i])                                        <L 41>
    var_17 = wp::outer(var_10, var_14);
    var_18 = wp::address(var_mass, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_17, var_20);
    // var_21 = wp::atomic_add(var_Apq, var_2, var_19);
    //---------
    // reverse
    wp::adj_atomic_add(var_Apq, var_2, var_19, adj_Apq, adj_2, adj_19, adj_21);
    wp::adj_mul(var_17, var_20, adj_17, adj_18, adj_19);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_18);
    wp::adj_outer(var_10, var_14, adj_10, adj_14, adj_17);
    // adj: wp.atomic_add(Apq, c, wp.outer(p, q) * mass[i])                                   <L 41>
    wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
    wp::adj_address(var_rest_com, var_2, adj_rest_com, adj_2, adj_13);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_12);
    // adj: q = rest[i] - rest_com[c]                                                         <L 40>
    wp::adj_sub(var_11, var_6, adj_9, adj_6, adj_10);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
    // adj: p = x[i] - com                                                                    <L 39>
    wp::adj_div(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_mass_sum, var_2, adj_mass_sum, adj_2, adj_5);
    wp::adj_address(var_com_sum, var_2, adj_com_sum, adj_2, adj_4);
    // adj: com = com_sum[c] / mass_sum[c]                                                    <L 38>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def cluster_covariance(                                                           <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cluster_covariance_925754a7_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cluster_covariance_925754a7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cluster_covariance_925754a7_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cluster_covariance_925754a7_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cluster_covariance_925754a7 *_wp_args,
    wp_args_cluster_covariance_925754a7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cluster_covariance_925754a7_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shape_match_goals_24f67d9c {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> com_sum;
    wp::array_t<wp::float32> mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
    wp::float32 stiffness;
    wp::float32 dt;
    wp::int32 iterations;
};


void shape_match_goals_24f67d9c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shape_match_goals_24f67d9c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_iterations = _wp_args->iterations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def shape_match_goals(                                                                 <L 45>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 59>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = com_sum[c] / mass_sum[c]                                                         <L 60>
    var_4 = wp::address(var_com_sum, var_2);
    var_5 = wp::address(var_mass_sum, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // R = polar_rotation(Apq[c], iterations)                                                 <L 61>
    var_9 = wp::address(var_Apq, var_2);
    var_11 = wp::load(var_9);
    var_10 = polar_rotation_0(var_11, var_iterations);
    // goal = R * (rest[i] - rest_com[c]) + com                                               <L 62>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    var_17 = wp::mul(var_10, var_14);
    var_18 = wp::add(var_17, var_6);
    // dx = (goal - x[i]) * stiffness                                                         <L 63>
    var_19 = wp::address(var_x, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::sub(var_18, var_21);
    var_22 = wp::mul(var_20, var_stiffness);
    // v[i] = v[i] + dx / dt                                                                  <L 64>
    var_23 = wp::address(var_v, var_0);
    var_24 = wp::div(var_22, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    wp::array_store(var_v, var_0, var_25);
    // x[i] = x[i] + dx                                                                       <L 65>
    var_27 = wp::address(var_x, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::add(var_29, var_22);
    wp::array_store(var_x, var_0, var_28);
}



void shape_match_goals_24f67d9c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shape_match_goals_24f67d9c *_wp_args,
    wp_args_shape_match_goals_24f67d9c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_iterations = _wp_args->iterations;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com_sum = _wp_adj_args->com_sum;
    wp::array_t<wp::float32> adj_mass_sum = _wp_adj_args->mass_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_com = _wp_adj_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Apq = _wp_adj_args->Apq;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_iterations = _wp_adj_args->iterations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def shape_match_goals(                                                                 <L 45>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 59>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = com_sum[c] / mass_sum[c]                                                         <L 60>
    var_4 = wp::address(var_com_sum, var_2);
    var_5 = wp::address(var_mass_sum, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // R = polar_rotation(Apq[c], iterations)                                                 <L 61>
    var_9 = wp::address(var_Apq, var_2);
    var_11 = wp::load(var_9);
    var_10 = polar_rotation_0(var_11, var_iterations);
    // goal = R * (rest[i] - rest_com[c]) + com                                               <L 62>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    var_17 = wp::mul(var_10, var_14);
    var_18 = wp::add(var_17, var_6);
    // dx = (goal - x[i]) * stiffness                                                         <L 63>
    var_19 = wp::address(var_x, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::sub(var_18, var_21);
    var_22 = wp::mul(var_20, var_stiffness);
    // v[i] = v[i] + dx / dt                                                                  <L 64>
    var_23 = wp::address(var_v, var_0);
    var_24 = wp::div(var_22, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    // wp::array_store(var_v, var_0, var_25);
    // x[i] = x[i] + dx                                                                       <L 65>
    var_27 = wp::address(var_x, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::add(var_29, var_22);
    // wp::array_store(var_x, var_0, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_28, adj_x, adj_0, adj_28);
    wp::adj_add(var_29, var_22, adj_27, adj_22, adj_28);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_27);
    // adj: x[i] = x[i] + dx                                                                  <L 65>
    wp::adj_array_store(var_v, var_0, var_25, adj_v, adj_0, adj_25);
    wp::adj_add(var_26, var_24, adj_23, adj_24, adj_25);
    wp::adj_div(var_22, var_dt, adj_22, adj_dt, adj_24);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_23);
    // adj: v[i] = v[i] + dx / dt                                                             <L 64>
    wp::adj_mul(var_20, var_stiffness, adj_20, adj_stiffness, adj_22);
    wp::adj_sub(var_18, var_21, adj_18, adj_19, adj_20);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_19);
    // adj: dx = (goal - x[i]) * stiffness                                                    <L 63>
    wp::adj_add(var_17, var_6, adj_17, adj_6, adj_18);
    wp::adj_mul(var_10, var_14, adj_10, adj_14, adj_17);
    wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
    wp::adj_address(var_rest_com, var_2, adj_rest_com, adj_2, adj_13);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_12);
    // adj: goal = R * (rest[i] - rest_com[c]) + com                                          <L 62>
    adj_polar_rotation_0(var_11, var_iterations, adj_9, adj_iterations, adj_10);
    wp::adj_address(var_Apq, var_2, adj_Apq, adj_2, adj_9);
    // adj: R = polar_rotation(Apq[c], iterations)                                            <L 61>
    wp::adj_div(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_mass_sum, var_2, adj_mass_sum, adj_2, adj_5);
    wp::adj_address(var_com_sum, var_2, adj_com_sum, adj_2, adj_4);
    // adj: com = com_sum[c] / mass_sum[c]                                                    <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def shape_match_goals(                                                            <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shape_match_goals_24f67d9c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_shape_match_goals_24f67d9c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shape_match_goals_24f67d9c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shape_match_goals_24f67d9c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_shape_match_goals_24f67d9c *_wp_args,
    wp_args_shape_match_goals_24f67d9c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shape_match_goals_24f67d9c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_reset_clusters_07cd7e0f {
    wp::array_t<wp::vec_t<3, wp::float32>> com_sum;
    wp::array_t<wp::float32> mass_sum;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
};


void reset_clusters_07cd7e0f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reset_clusters_07cd7e0f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // forward
    // def reset_clusters(com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):       <L 69>
    // c = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // com_sum[c] = wp.vec3()                                                                 <L 71>
    var_1 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_com_sum, var_0, var_1);
    // mass_sum[c] = 0.0                                                                      <L 72>
    wp::array_store(var_mass_sum, var_0, var_2);
    // Apq[c] = wp.mat33()                                                                    <L 73>
    var_3 = wp::mat_t<3, 3, wp::float32>();
    wp::array_store(var_Apq, var_0, var_3);
}



void reset_clusters_07cd7e0f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reset_clusters_07cd7e0f *_wp_args,
    wp_args_reset_clusters_07cd7e0f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_com_sum = _wp_args->com_sum;
    wp::array_t<wp::float32> var_mass_sum = _wp_args->mass_sum;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com_sum = _wp_adj_args->com_sum;
    wp::array_t<wp::float32> adj_mass_sum = _wp_adj_args->mass_sum;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Apq = _wp_adj_args->Apq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def reset_clusters(com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):       <L 69>
    // c = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // com_sum[c] = wp.vec3()                                                                 <L 71>
    var_1 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_com_sum, var_0, var_1);
    // mass_sum[c] = 0.0                                                                      <L 72>
    // wp::array_store(var_mass_sum, var_0, var_2);
    // Apq[c] = wp.mat33()                                                                    <L 73>
    var_3 = wp::mat_t<3, 3, wp::float32>();
    // wp::array_store(var_Apq, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_Apq, var_0, var_3, adj_Apq, adj_0, adj_3);
    // adj: Apq[c] = wp.mat33()                                                               <L 73>
    wp::adj_array_store(var_mass_sum, var_0, var_2, adj_mass_sum, adj_0, adj_2);
    // adj: mass_sum[c] = 0.0                                                                 <L 72>
    wp::adj_array_store(var_com_sum, var_0, var_1, adj_com_sum, adj_0, adj_1);
    // adj: com_sum[c] = wp.vec3()                                                            <L 71>
    // adj: c = wp.tid()                                                                      <L 70>
    // adj: def reset_clusters(com_sum: wp.array(dtype=wp.vec3), mass_sum: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):  <L 69>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void reset_clusters_07cd7e0f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_reset_clusters_07cd7e0f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reset_clusters_07cd7e0f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void reset_clusters_07cd7e0f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_reset_clusters_07cd7e0f *_wp_args,
    wp_args_reset_clusters_07cd7e0f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reset_clusters_07cd7e0f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

