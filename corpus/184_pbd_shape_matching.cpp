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


// corpus/184_pbd_shape_matching.py:4
static wp::mat_t<3, 3, wp::float32> apq_term_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::float32 var_m)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    //---------
    // forward
    // def apq_term(p: wp.vec3, q: wp.vec3, m: float) -> wp.mat33:                            <L 5>
    // return wp.outer(p, q) * m                                                              <L 6>
    var_0 = wp::outer(var_p, var_q);
    var_1 = wp::mul(var_0, var_m);
    return var_1;
}


// corpus/184_pbd_shape_matching.py:4
static void adj_apq_term_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::float32 var_m,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_q,
    wp::float32 & adj_m,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def apq_term(p: wp.vec3, q: wp.vec3, m: float) -> wp.mat33:                            <L 5>
    // return wp.outer(p, q) * m                                                              <L 6>
    var_0 = wp::outer(var_p, var_q);
    var_1 = wp::mul(var_0, var_m);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_m, adj_0, adj_m, adj_1);
    wp::adj_outer(var_p, var_q, adj_p, adj_q, adj_0);
    // adj: return wp.outer(p, q) * m                                                         <L 6>
    // adj: def apq_term(p: wp.vec3, q: wp.vec3, m: float) -> wp.mat33:                       <L 5>
    return;
}

struct wp_args_cluster_centroid_717088f6 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_mx;
    wp::array_t<wp::float32> sum_m;
};


void cluster_centroid_717088f6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cluster_centroid_717088f6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
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
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def cluster_centroid(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 12>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_mx, c, x[i] * mass[i])                                               <L 13>
    var_4 = wp::address(var_x, var_0);
    var_5 = wp::address(var_mass, var_0);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = wp::atomic_add(var_sum_mx, var_2, var_6);
    // wp.atomic_add(sum_m, c, mass[i])                                                       <L 14>
    var_10 = wp::address(var_mass, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::atomic_add(var_sum_m, var_2, var_12);
}



void cluster_centroid_717088f6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cluster_centroid_717088f6 *_wp_args,
    wp_args_cluster_centroid_717088f6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_mx = _wp_adj_args->sum_mx;
    wp::array_t<wp::float32> adj_sum_m = _wp_adj_args->sum_m;
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
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def cluster_centroid(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 12>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(sum_mx, c, x[i] * mass[i])                                               <L 13>
    var_4 = wp::address(var_x, var_0);
    var_5 = wp::address(var_mass, var_0);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    // var_9 = wp::atomic_add(var_sum_mx, var_2, var_6);
    // wp.atomic_add(sum_m, c, mass[i])                                                       <L 14>
    var_10 = wp::address(var_mass, var_0);
    var_12 = wp::load(var_10);
    // var_11 = wp::atomic_add(var_sum_m, var_2, var_12);
    //---------
    // reverse
    wp::adj_atomic_add(var_sum_m, var_2, var_12, adj_sum_m, adj_2, adj_10, adj_11);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_10);
    // adj: wp.atomic_add(sum_m, c, mass[i])                                                  <L 14>
    wp::adj_atomic_add(var_sum_mx, var_2, var_6, adj_sum_mx, adj_2, adj_6, adj_9);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: wp.atomic_add(sum_mx, c, x[i] * mass[i])                                          <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def cluster_centroid(x: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float)):  <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cluster_centroid_717088f6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cluster_centroid_717088f6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cluster_centroid_717088f6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cluster_centroid_717088f6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cluster_centroid_717088f6 *_wp_args,
    wp_args_cluster_centroid_717088f6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cluster_centroid_717088f6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cluster_apq_b4bd276a {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_mx;
    wp::array_t<wp::float32> sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
};


void cluster_apq_b4bd276a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cluster_apq_b4bd276a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
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
    wp::float32* var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    //---------
    // forward
    // def cluster_apq(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), Apq: wp.array(dtype=wp.mat33)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 20>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = sum_mx[c] / sum_m[c]                                                             <L 21>
    var_4 = wp::address(var_sum_mx, var_2);
    var_5 = wp::address(var_sum_m, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // p = x[i] - com                                                                         <L 22>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_6);
    // q = rest[i] - rest_com[c]                                                              <L 23>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // wp.atomic_add(Apq, c, apq_term(p, q, mass[i]))                                         <L 24>
    var_17 = wp::address(var_mass, var_0);
    var_19 = wp::load(var_17);
    var_18 = apq_term_0(var_10, var_14, var_19);
    var_20 = wp::atomic_add(var_Apq, var_2, var_18);
}



void cluster_apq_b4bd276a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cluster_apq_b4bd276a *_wp_args,
    wp_args_cluster_apq_b4bd276a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_mx = _wp_adj_args->sum_mx;
    wp::array_t<wp::float32> adj_sum_m = _wp_adj_args->sum_m;
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
    wp::float32* var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
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
    wp::float32 adj_17 = {};
    wp::mat_t<3, 3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    //---------
    // forward
    // def cluster_apq(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), Apq: wp.array(dtype=wp.mat33)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 20>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = sum_mx[c] / sum_m[c]                                                             <L 21>
    var_4 = wp::address(var_sum_mx, var_2);
    var_5 = wp::address(var_sum_m, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // p = x[i] - com                                                                         <L 22>
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_6);
    // q = rest[i] - rest_com[c]                                                              <L 23>
    var_12 = wp::address(var_rest, var_0);
    var_13 = wp::address(var_rest_com, var_2);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // wp.atomic_add(Apq, c, apq_term(p, q, mass[i]))                                         <L 24>
    var_17 = wp::address(var_mass, var_0);
    var_19 = wp::load(var_17);
    var_18 = apq_term_0(var_10, var_14, var_19);
    // var_20 = wp::atomic_add(var_Apq, var_2, var_18);
    //---------
    // reverse
    wp::adj_atomic_add(var_Apq, var_2, var_18, adj_Apq, adj_2, adj_18, adj_20);
    adj_apq_term_0(var_10, var_14, var_19, adj_10, adj_14, adj_17, adj_18);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_17);
    // adj: wp.atomic_add(Apq, c, apq_term(p, q, mass[i]))                                    <L 24>
    wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
    wp::adj_address(var_rest_com, var_2, adj_rest_com, adj_2, adj_13);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_12);
    // adj: q = rest[i] - rest_com[c]                                                         <L 23>
    wp::adj_sub(var_11, var_6, adj_9, adj_6, adj_10);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
    // adj: p = x[i] - com                                                                    <L 22>
    wp::adj_div(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_sum_m, var_2, adj_sum_m, adj_2, adj_5);
    wp::adj_address(var_sum_mx, var_2, adj_sum_mx, adj_2, adj_4);
    // adj: com = sum_mx[c] / sum_m[c]                                                        <L 21>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def cluster_apq(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), Apq: wp.array(dtype=wp.mat33)):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cluster_apq_b4bd276a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cluster_apq_b4bd276a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cluster_apq_b4bd276a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cluster_apq_b4bd276a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cluster_apq_b4bd276a *_wp_args,
    wp_args_cluster_apq_b4bd276a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cluster_apq_b4bd276a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_extract_rotation_e928dd40 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> R;
    wp::int32 iters;
};


void extract_rotation_e928dd40_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotation_e928dd40 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::int32 var_iters = _wp_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    const wp::int32 var_39 = 2;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    wp::mat_t<3, 3, wp::float32> var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::range_t var_48;
    wp::int32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    const wp::float32 var_53 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_54;
    //---------
    // forward
    // def extract_rotation(Apq: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), iters: int):       <L 28>
    // c = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // A = Apq[c]                                                                             <L 30>
    var_1 = wp::address(var_Apq, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat33()                                                                         <L 31>
    var_4 = wp::mat_t<3, 3, wp::float32>();
    // s = wp.vec3()                                                                          <L 32>
    var_5 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 33>
    var_6 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(A, U, s, V)                                                                    <L 34>
    wp::svd3(var_2, var_4, var_5, var_6);
    // Rc = U * wp.transpose(V)                                                               <L 35>
    var_7 = wp::transpose(var_6);
    var_8 = wp::mul(var_4, var_7);
    // if wp.determinant(Rc) < 0.0:                                                           <L 36>
    var_9 = wp::determinant(var_8);
    var_11 = (var_9 < var_10);
    if (var_11) {
        // U = wp.matrix_from_cols(wp.vec3(U[0, 0], U[1, 0], U[2, 0]), wp.vec3(U[0, 1], U[1, 1], U[2, 1]), -wp.vec3(U[0, 2], U[1, 2], U[2, 2]))       <L 37>
        var_14 = wp::extract(var_4, var_12, var_13);
        var_17 = wp::extract(var_4, var_15, var_16);
        var_20 = wp::extract(var_4, var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_14, var_17, var_20);
        var_24 = wp::extract(var_4, var_22, var_23);
        var_27 = wp::extract(var_4, var_25, var_26);
        var_30 = wp::extract(var_4, var_28, var_29);
        var_31 = wp::vec_t<3, wp::float32>(var_24, var_27, var_30);
        var_34 = wp::extract(var_4, var_32, var_33);
        var_37 = wp::extract(var_4, var_35, var_36);
        var_40 = wp::extract(var_4, var_38, var_39);
        var_41 = wp::vec_t<3, wp::float32>(var_34, var_37, var_40);
        var_42 = wp::neg(var_41);
        var_43 = wp::matrix_from_cols<wp::float32>(var_21, var_31, var_42);
        // Rc = U * wp.transpose(V)                                                           <L 38>
        var_44 = wp::transpose(var_6);
        var_45 = wp::mul(var_43, var_44);
    }
    var_46 = wp::where(var_11, var_43, var_4);
    var_47 = wp::where(var_11, var_45, var_8);
    // for k in range(iters):                                                                 <L 40>
    var_48 = wp::range(var_iters);
    start_for_0:;
        if (iter_cmp(var_48) == 0) goto end_for_0;
        var_49 = wp::iter_next(var_48);
        // Rc = (Rc + wp.transpose(wp.inverse(Rc))) * 0.5                                     <L 41>
        var_50 = wp::inverse(var_47);
        var_51 = wp::transpose(var_50);
        var_52 = wp::add(var_47, var_51);
        var_54 = wp::mul(var_52, var_53);
        wp::assign(var_47, var_54);
        goto start_for_0;
    end_for_0:;
    // R[c] = Rc                                                                              <L 42>
    wp::array_store(var_R, var_0, var_47);
}



void extract_rotation_e928dd40_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotation_e928dd40 *_wp_args,
    wp_args_extract_rotation_e928dd40 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::int32 var_iters = _wp_args->iters;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Apq = _wp_adj_args->Apq;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R = _wp_adj_args->R;
    wp::int32 adj_iters = _wp_adj_args->iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    const wp::int32 var_38 = 2;
    const wp::int32 var_39 = 2;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    wp::mat_t<3, 3, wp::float32> var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::range_t var_48;
    wp::int32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    const wp::float32 var_53 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_54;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::mat_t<3, 3, wp::float32> adj_44 = {};
    wp::mat_t<3, 3, wp::float32> adj_45 = {};
    wp::mat_t<3, 3, wp::float32> adj_46 = {};
    wp::mat_t<3, 3, wp::float32> adj_47 = {};
    wp::range_t adj_48 = {};
    wp::int32 adj_49 = {};
    wp::mat_t<3, 3, wp::float32> adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::mat_t<3, 3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    //---------
    // forward
    // def extract_rotation(Apq: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), iters: int):       <L 28>
    // c = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // A = Apq[c]                                                                             <L 30>
    var_1 = wp::address(var_Apq, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat33()                                                                         <L 31>
    var_4 = wp::mat_t<3, 3, wp::float32>();
    // s = wp.vec3()                                                                          <L 32>
    var_5 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 33>
    var_6 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(A, U, s, V)                                                                    <L 34>
    wp::svd3(var_2, var_4, var_5, var_6);
    // Rc = U * wp.transpose(V)                                                               <L 35>
    var_7 = wp::transpose(var_6);
    var_8 = wp::mul(var_4, var_7);
    // if wp.determinant(Rc) < 0.0:                                                           <L 36>
    var_9 = wp::determinant(var_8);
    var_11 = (var_9 < var_10);
    if (var_11) {
        // U = wp.matrix_from_cols(wp.vec3(U[0, 0], U[1, 0], U[2, 0]), wp.vec3(U[0, 1], U[1, 1], U[2, 1]), -wp.vec3(U[0, 2], U[1, 2], U[2, 2]))       <L 37>
        var_14 = wp::extract(var_4, var_12, var_13);
        var_17 = wp::extract(var_4, var_15, var_16);
        var_20 = wp::extract(var_4, var_18, var_19);
        var_21 = wp::vec_t<3, wp::float32>(var_14, var_17, var_20);
        var_24 = wp::extract(var_4, var_22, var_23);
        var_27 = wp::extract(var_4, var_25, var_26);
        var_30 = wp::extract(var_4, var_28, var_29);
        var_31 = wp::vec_t<3, wp::float32>(var_24, var_27, var_30);
        var_34 = wp::extract(var_4, var_32, var_33);
        var_37 = wp::extract(var_4, var_35, var_36);
        var_40 = wp::extract(var_4, var_38, var_39);
        var_41 = wp::vec_t<3, wp::float32>(var_34, var_37, var_40);
        var_42 = wp::neg(var_41);
        var_43 = wp::matrix_from_cols<wp::float32>(var_21, var_31, var_42);
        // Rc = U * wp.transpose(V)                                                           <L 38>
        var_44 = wp::transpose(var_6);
        var_45 = wp::mul(var_43, var_44);
    }
    var_46 = wp::where(var_11, var_43, var_4);
    var_47 = wp::where(var_11, var_45, var_8);
    // for k in range(iters):                                                                 <L 40>
    var_48 = wp::range(var_iters);
    // R[c] = Rc                                                                              <L 42>
    // wp::array_store(var_R, var_0, var_47);
    //---------
    // reverse
    wp::adj_array_store(var_R, var_0, var_47, adj_R, adj_0, adj_47);
    // adj: R[c] = Rc                                                                         <L 42>
    var_48 = wp::iter_reverse(var_48);
    start_for_0:;
        if (iter_cmp(var_48) == 0) goto end_for_0;
        var_49 = wp::iter_next(var_48);
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
        // Rc = (Rc + wp.transpose(wp.inverse(Rc))) * 0.5                                     <L 41>
        var_50 = wp::inverse(var_47);
        var_51 = wp::transpose(var_50);
        var_52 = wp::add(var_47, var_51);
        var_54 = wp::mul(var_52, var_53);
        wp::assign(var_47, var_54);
        wp::adj_assign(var_47, var_54, adj_47, adj_54);
        wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_add(var_47, var_51, adj_47, adj_51, adj_52);
        wp::adj_transpose(var_50, adj_50, adj_51);
        wp::adj_inverse(var_47, var_50, adj_47, adj_50);
        // adj: Rc = (Rc + wp.transpose(wp.inverse(Rc))) * 0.5                                <L 41>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(iters):                                                            <L 40>
    wp::adj_where(var_11, var_45, var_8, adj_11, adj_45, adj_8, adj_47);
    wp::adj_where(var_11, var_43, var_4, adj_11, adj_43, adj_4, adj_46);
    if (var_11) {
        wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
        wp::adj_transpose(var_6, adj_6, adj_44);
        // adj: Rc = U * wp.transpose(V)                                                      <L 38>
        wp::adj_matrix_from_cols(var_21, var_31, var_42, adj_21, adj_31, adj_42, adj_43);
        wp::adj_neg(var_41, adj_41, adj_42);
        wp::adj_vec_t(var_34, var_37, var_40, adj_34, adj_37, adj_40, adj_41);
        wp::adj_extract(var_4, var_38, var_39, adj_4, adj_38, adj_39, adj_40);
        wp::adj_extract(var_4, var_35, var_36, adj_4, adj_35, adj_36, adj_37);
        wp::adj_extract(var_4, var_32, var_33, adj_4, adj_32, adj_33, adj_34);
        wp::adj_vec_t(var_24, var_27, var_30, adj_24, adj_27, adj_30, adj_31);
        wp::adj_extract(var_4, var_28, var_29, adj_4, adj_28, adj_29, adj_30);
        wp::adj_extract(var_4, var_25, var_26, adj_4, adj_25, adj_26, adj_27);
        wp::adj_extract(var_4, var_22, var_23, adj_4, adj_22, adj_23, adj_24);
        wp::adj_vec_t(var_14, var_17, var_20, adj_14, adj_17, adj_20, adj_21);
        wp::adj_extract(var_4, var_18, var_19, adj_4, adj_18, adj_19, adj_20);
        wp::adj_extract(var_4, var_15, var_16, adj_4, adj_15, adj_16, adj_17);
        wp::adj_extract(var_4, var_12, var_13, adj_4, adj_12, adj_13, adj_14);
        // adj: U = wp.matrix_from_cols(wp.vec3(U[0, 0], U[1, 0], U[2, 0]), wp.vec3(U[0, 1], U[1, 1], U[2, 1]), -wp.vec3(U[0, 2], U[1, 2], U[2, 2]))  <L 37>
    }
    wp::adj_determinant(var_8, adj_8, adj_9);
    // adj: if wp.determinant(Rc) < 0.0:                                                      <L 36>
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_transpose(var_6, adj_6, adj_7);
    // adj: Rc = U * wp.transpose(V)                                                          <L 35>
    wp::adj_svd3(var_2, var_4, var_5, var_6, adj_2, adj_4, adj_5, adj_6);
    // adj: wp.svd3(A, U, s, V)                                                               <L 34>
    // adj: V = wp.mat33()                                                                    <L 33>
    // adj: s = wp.vec3()                                                                     <L 32>
    // adj: U = wp.mat33()                                                                    <L 31>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_Apq, var_0, adj_Apq, adj_0, adj_1);
    // adj: A = Apq[c]                                                                        <L 30>
    // adj: c = wp.tid()                                                                      <L 29>
    // adj: def extract_rotation(Apq: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), iters: int):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void extract_rotation_e928dd40_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotation_e928dd40 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_rotation_e928dd40_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void extract_rotation_e928dd40_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotation_e928dd40 *_wp_args,
    wp_args_extract_rotation_e928dd40 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_rotation_e928dd40_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_goal_positions_172c8011 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> rest;
    wp::array_t<wp::int32> cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_mx;
    wp::array_t<wp::float32> sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> R;
    wp::float32 stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
};


void goal_positions_172c8011_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_goal_positions_172c8011 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
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
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def goal_positions(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), R: wp.array(dtype=wp.mat33), stiffness: float, dx: wp.array(dtype=wp.vec3)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 48>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = sum_mx[c] / sum_m[c]                                                             <L 49>
    var_4 = wp::address(var_sum_mx, var_2);
    var_5 = wp::address(var_sum_m, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // g = R[c] * (rest[i] - rest_com[c]) + com                                               <L 50>
    var_9 = wp::address(var_R, var_2);
    var_10 = wp::address(var_rest, var_0);
    var_11 = wp::address(var_rest_com, var_2);
    var_13 = wp::load(var_10);
    var_14 = wp::load(var_11);
    var_12 = wp::sub(var_13, var_14);
    var_16 = wp::load(var_9);
    var_15 = wp::mul(var_16, var_12);
    var_17 = wp::add(var_15, var_6);
    // dx[i] = (g - x[i]) * stiffness                                                         <L 51>
    var_18 = wp::address(var_x, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::sub(var_17, var_20);
    var_21 = wp::mul(var_19, var_stiffness);
    wp::array_store(var_dx, var_0, var_21);
}



void goal_positions_172c8011_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_goal_positions_172c8011 *_wp_args,
    wp_args_goal_positions_172c8011 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest = _wp_args->rest;
    wp::array_t<wp::int32> var_cluster_of = _wp_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_com = _wp_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::int32> adj_cluster_of = _wp_adj_args->cluster_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_mx = _wp_adj_args->sum_mx;
    wp::array_t<wp::float32> adj_sum_m = _wp_adj_args->sum_m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_com = _wp_adj_args->rest_com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R = _wp_adj_args->R;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
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
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def goal_positions(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), R: wp.array(dtype=wp.mat33), stiffness: float, dx: wp.array(dtype=wp.vec3)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // c = cluster_of[i]                                                                      <L 48>
    var_1 = wp::address(var_cluster_of, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // com = sum_mx[c] / sum_m[c]                                                             <L 49>
    var_4 = wp::address(var_sum_mx, var_2);
    var_5 = wp::address(var_sum_m, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::div(var_7, var_8);
    // g = R[c] * (rest[i] - rest_com[c]) + com                                               <L 50>
    var_9 = wp::address(var_R, var_2);
    var_10 = wp::address(var_rest, var_0);
    var_11 = wp::address(var_rest_com, var_2);
    var_13 = wp::load(var_10);
    var_14 = wp::load(var_11);
    var_12 = wp::sub(var_13, var_14);
    var_16 = wp::load(var_9);
    var_15 = wp::mul(var_16, var_12);
    var_17 = wp::add(var_15, var_6);
    // dx[i] = (g - x[i]) * stiffness                                                         <L 51>
    var_18 = wp::address(var_x, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::sub(var_17, var_20);
    var_21 = wp::mul(var_19, var_stiffness);
    // wp::array_store(var_dx, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_dx, var_0, var_21, adj_dx, adj_0, adj_21);
    wp::adj_mul(var_19, var_stiffness, adj_19, adj_stiffness, adj_21);
    wp::adj_sub(var_17, var_20, adj_17, adj_18, adj_19);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_18);
    // adj: dx[i] = (g - x[i]) * stiffness                                                    <L 51>
    wp::adj_add(var_15, var_6, adj_15, adj_6, adj_17);
    wp::adj_mul(var_16, var_12, adj_9, adj_12, adj_15);
    wp::adj_sub(var_13, var_14, adj_10, adj_11, adj_12);
    wp::adj_address(var_rest_com, var_2, adj_rest_com, adj_2, adj_11);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_10);
    wp::adj_address(var_R, var_2, adj_R, adj_2, adj_9);
    // adj: g = R[c] * (rest[i] - rest_com[c]) + com                                          <L 50>
    wp::adj_div(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_sum_m, var_2, adj_sum_m, adj_2, adj_5);
    wp::adj_address(var_sum_mx, var_2, adj_sum_mx, adj_2, adj_4);
    // adj: com = sum_mx[c] / sum_m[c]                                                        <L 49>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cluster_of, var_0, adj_cluster_of, adj_0, adj_1);
    // adj: c = cluster_of[i]                                                                 <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def goal_positions(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=wp.vec3), cluster_of: wp.array(dtype=int), sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), rest_com: wp.array(dtype=wp.vec3), R: wp.array(dtype=wp.mat33), stiffness: float, dx: wp.array(dtype=wp.vec3)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void goal_positions_172c8011_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_goal_positions_172c8011 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        goal_positions_172c8011_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void goal_positions_172c8011_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_goal_positions_172c8011 *_wp_args,
    wp_args_goal_positions_172c8011 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        goal_positions_172c8011_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_clear_clusters_67a19663 {
    wp::array_t<wp::vec_t<3, wp::float32>> sum_mx;
    wp::array_t<wp::float32> sum_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> Apq;
};


void clear_clusters_67a19663_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_clear_clusters_67a19663 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // forward
    // def clear_clusters(sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):       <L 55>
    // c = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // sum_mx[c] = wp.vec3()                                                                  <L 57>
    var_1 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_sum_mx, var_0, var_1);
    // sum_m[c] = 0.0                                                                         <L 58>
    wp::array_store(var_sum_m, var_0, var_2);
    // Apq[c] = wp.mat33()                                                                    <L 59>
    var_3 = wp::mat_t<3, 3, wp::float32>();
    wp::array_store(var_Apq, var_0, var_3);
}



void clear_clusters_67a19663_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_clear_clusters_67a19663 *_wp_args,
    wp_args_clear_clusters_67a19663 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_mx = _wp_args->sum_mx;
    wp::array_t<wp::float32> var_sum_m = _wp_args->sum_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Apq = _wp_args->Apq;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_mx = _wp_adj_args->sum_mx;
    wp::array_t<wp::float32> adj_sum_m = _wp_adj_args->sum_m;
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
    // def clear_clusters(sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):       <L 55>
    // c = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // sum_mx[c] = wp.vec3()                                                                  <L 57>
    var_1 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_sum_mx, var_0, var_1);
    // sum_m[c] = 0.0                                                                         <L 58>
    // wp::array_store(var_sum_m, var_0, var_2);
    // Apq[c] = wp.mat33()                                                                    <L 59>
    var_3 = wp::mat_t<3, 3, wp::float32>();
    // wp::array_store(var_Apq, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_Apq, var_0, var_3, adj_Apq, adj_0, adj_3);
    // adj: Apq[c] = wp.mat33()                                                               <L 59>
    wp::adj_array_store(var_sum_m, var_0, var_2, adj_sum_m, adj_0, adj_2);
    // adj: sum_m[c] = 0.0                                                                    <L 58>
    wp::adj_array_store(var_sum_mx, var_0, var_1, adj_sum_mx, adj_0, adj_1);
    // adj: sum_mx[c] = wp.vec3()                                                             <L 57>
    // adj: c = wp.tid()                                                                      <L 56>
    // adj: def clear_clusters(sum_mx: wp.array(dtype=wp.vec3), sum_m: wp.array(dtype=float), Apq: wp.array(dtype=wp.mat33)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void clear_clusters_67a19663_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_clear_clusters_67a19663 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        clear_clusters_67a19663_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void clear_clusters_67a19663_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_clear_clusters_67a19663 *_wp_args,
    wp_args_clear_clusters_67a19663 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        clear_clusters_67a19663_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

