
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


// corpus/834_mesh_bvh_query_objects.py:17
static wp::int32 count_faces_0(
    wp::mesh_query_aabb_t var_query)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 3;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def count_faces(query: wp.MeshQueryAABB) -> int:                                       <L 18>
    // n = int(0)                                                                             <L 19>
    var_1 = wp::int(var_0);
    // f = int(0)                                                                             <L 20>
    var_3 = wp::int(var_2);
    // while wp.mesh_query_aabb_next(query, f):                                               <L 21>
    start_while_0:;
    var_4 = wp::mesh_query_aabb_next(var_query, var_3);
    if ((var_4) == false) goto end_while_0;
        // n += 1 + f % 3                                                                     <L 22>
        var_7 = wp::mod(var_3, var_6);
        var_8 = wp::add(var_5, var_7);
        var_11 = wp::mod(var_3, var_10);
        var_12 = wp::add(var_9, var_11);
        var_13 = wp::add(var_1, var_12);
        wp::assign(var_1, var_13);
    goto start_while_0;
    end_while_0:;
    // return n                                                                               <L 23>
    return var_1;
}


// corpus/834_mesh_bvh_query_objects.py:8
static wp::vec_t<3, wp::float32> drain_0(
    wp::bvh_query_t var_query,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:                  <L 9>
    // s = wp.vec3()                                                                          <L 10>
    var_0 = wp::vec_t<3, wp::float32>();
    // i = int(0)                                                                             <L 11>
    var_2 = wp::int(var_1);
    // while wp.bvh_query_next(query, i):                                                     <L 12>
    start_while_0:;
    var_3 = wp::bvh_query_next(var_query, var_2);
    if ((var_3) == false) goto end_while_0;
        // s = s + x[i]                                                                       <L 13>
        var_4 = wp::address(var_x, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_0, var_6);
        wp::assign(var_0, var_5);
    goto start_while_0;
    end_while_0:;
    // return s                                                                               <L 14>
    return var_0;
}


// corpus/834_mesh_bvh_query_objects.py:17
static void adj_count_faces_0(
    wp::mesh_query_aabb_t var_query,
    wp::mesh_query_aabb_t & adj_query,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 3;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def count_faces(query: wp.MeshQueryAABB) -> int:                                       <L 18>
    // n = int(0)                                                                             <L 19>
    var_1 = wp::int(var_0);
    // f = int(0)                                                                             <L 20>
    var_3 = wp::int(var_2);
    // while wp.mesh_query_aabb_next(query, f):                                               <L 21>
    // return n                                                                               <L 23>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return n                                                                          <L 23>
    start_while_0:;
    var_4 = wp::mesh_query_aabb_next(var_query, var_3);
    if ((var_4) == false) goto end_while_0;
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
        // n += 1 + f % 3                                                                     <L 22>
        var_7 = wp::mod(var_3, var_6);
        var_8 = wp::add(var_5, var_7);
        var_11 = wp::mod(var_3, var_10);
        var_12 = wp::add(var_9, var_11);
        var_13 = wp::add(var_1, var_12);
        wp::assign(var_1, var_13);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_add(var_1, var_12, adj_1, adj_12, adj_13);
        wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_mod(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_mod(var_3, var_6, adj_3, adj_6, adj_7);
        // adj: n += 1 + f % 3                                                                <L 22>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.mesh_query_aabb_next(query, f):                                          <L 21>
    wp::adj_int(var_2, adj_2, adj_3);
    // adj: f = int(0)                                                                        <L 20>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: n = int(0)                                                                        <L 19>
    // adj: def count_faces(query: wp.MeshQueryAABB) -> int:                                  <L 18>
    return;
}


// corpus/834_mesh_bvh_query_objects.py:8
static void adj_drain_0(
    wp::bvh_query_t var_query,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::bvh_query_t & adj_query,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:                  <L 9>
    // s = wp.vec3()                                                                          <L 10>
    var_0 = wp::vec_t<3, wp::float32>();
    // i = int(0)                                                                             <L 11>
    var_2 = wp::int(var_1);
    // while wp.bvh_query_next(query, i):                                                     <L 12>
    // return s                                                                               <L 14>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return s                                                                          <L 14>
    start_while_0:;
    var_3 = wp::bvh_query_next(var_query, var_2);
    if ((var_3) == false) goto end_while_0;
    adj_4 = {};
    adj_5 = {};
    adj_6 = {};
        // s = s + x[i]                                                                       <L 13>
        var_4 = wp::address(var_x, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_0, var_6);
        wp::assign(var_0, var_5);
        wp::adj_assign(var_0, var_5, adj_0, adj_5);
        wp::adj_add(var_0, var_6, adj_0, adj_4, adj_5);
        wp::adj_address(var_x, var_2, adj_x, adj_2, adj_4);
        // adj: s = s + x[i]                                                                  <L 13>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, i):                                                <L 12>
    wp::adj_int(var_1, adj_1, adj_2);
    // adj: i = int(0)                                                                        <L 11>
    // adj: s = wp.vec3()                                                                     <L 10>
    // adj: def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:             <L 9>
    return;
}

struct wp_args_query_values_73a028f7 {
    wp::uint64 mesh;
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 r;
    wp::array_t<wp::vec_t<3, wp::float32>> sums;
    wp::array_t<wp::int32> counts;
};


void query_values_73a028f7_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_query_values_73a028f7 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_r = _wp_args->r;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
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
    wp::mesh_query_aabb_t var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = -1;
    wp::int32 var_13;
    bool var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::mesh_query_aabb_t var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 100;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::bvh_query_t var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::float32 var_29 = 0.3;
    const wp::float32 var_30 = 1.0;
    const wp::float32 var_31 = -1.0;
    const wp::float32 var_32 = 0.2;
    wp::vec_t<3, wp::float32> var_33;
    wp::bvh_query_t var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::mesh_query_aabb_t var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
    //---------
    // forward
    // def query_values(                                                                      <L 27>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 36>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = p - wp.vec3(r)                                                                    <L 37>
    var_4 = wp::vec_t<3, wp::float32>(var_r);
    var_5 = wp::sub(var_2, var_4);
    // hi = p + wp.vec3(r)                                                                    <L 38>
    var_6 = wp::vec_t<3, wp::float32>(var_r);
    var_7 = wp::add(var_2, var_6);
    // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 39>
    var_8 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    // f = int(0)                                                                             <L 40>
    var_10 = wp::int(var_9);
    // first = int(-1)                                                                        <L 41>
    var_13 = wp::int(var_12);
    // if wp.mesh_query_aabb_next(q, f):                                                      <L 42>
    var_14 = wp::mesh_query_aabb_next(var_8, var_10);
    if (var_14) {
        // first = f                                                                          <L 43>
        var_15 = wp::copy(var_10);
    }
    var_16 = wp::where(var_14, var_15, var_13);
    // q2 = q                                                                                 <L 44>
    var_17 = wp::copy(var_8);
    // counts[tid, 0] = count_faces(q)                                                        <L 45>
    var_18 = count_faces_0(var_8);
    wp::array_store(var_counts, var_0, var_19, var_18);
    // counts[tid, 1] = count_faces(q2) * 100 + first                                         <L 46>
    var_20 = count_faces_0(var_17);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_22, var_16);
    wp::array_store(var_counts, var_0, var_24, var_23);
    // sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                                   <L 47>
    var_25 = wp::bvh_query_aabb(var_bvh, var_5, var_7);
    var_26 = drain_0(var_25, var_x);
    wp::array_store(var_sums, var_0, var_26);
    // nested = int(0)                                                                        <L 48>
    var_28 = wp::int(var_27);
    // b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                                  <L 49>
    var_33 = wp::vec_t<3, wp::float32>(var_29, var_31, var_32);
    var_34 = wp::bvh_query_ray(var_bvh, var_2, var_33);
    // item = int(0)                                                                          <L 50>
    var_36 = wp::int(var_35);
    // while wp.bvh_query_next(b, item):                                                      <L 51>
    start_while_0:;
    var_37 = wp::bvh_query_next(var_34, var_36);
    if ((var_37) == false) goto end_while_0;
        // for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):       <L 52>
        var_38 = wp::address(var_x, var_36);
        var_39 = wp::vec_t<3, wp::float32>(var_r);
        var_41 = wp::load(var_38);
        var_40 = wp::sub(var_41, var_39);
        var_42 = wp::address(var_x, var_36);
        var_43 = wp::vec_t<3, wp::float32>(var_r);
        var_45 = wp::load(var_42);
        var_44 = wp::add(var_45, var_43);
        var_46 = wp::mesh_query_aabb(var_mesh, var_40, var_44);
        start_for_2:;
            if (iter_cmp(var_46) == 0) goto end_for_2;
            var_47 = wp::iter_next(var_46);
            // nested += face                                                                 <L 53>
            var_48 = wp::add(var_28, var_47);
            wp::assign(var_28, var_48);
            goto start_for_2;
        end_for_2:;
    goto start_while_0;
    end_while_0:;
    // counts[tid, 2] = nested                                                                <L 54>
    wp::array_store(var_counts, var_0, var_49, var_28);
}



void query_values_73a028f7_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_query_values_73a028f7 *_wp_args,
    wp_args_query_values_73a028f7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_r = _wp_args->r;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_r = _wp_adj_args->r;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums = _wp_adj_args->sums;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
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
    wp::mesh_query_aabb_t var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = -1;
    wp::int32 var_13;
    bool var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::mesh_query_aabb_t var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 100;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::bvh_query_t var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    const wp::float32 var_29 = 0.3;
    const wp::float32 var_30 = 1.0;
    const wp::float32 var_31 = -1.0;
    const wp::float32 var_32 = 0.2;
    wp::vec_t<3, wp::float32> var_33;
    wp::bvh_query_t var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::mesh_query_aabb_t var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
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
    wp::mesh_query_aabb_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::mesh_query_aabb_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::bvh_query_t adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::bvh_query_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::mesh_query_aabb_t adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    //---------
    // forward
    // def query_values(                                                                      <L 27>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 36>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = p - wp.vec3(r)                                                                    <L 37>
    var_4 = wp::vec_t<3, wp::float32>(var_r);
    var_5 = wp::sub(var_2, var_4);
    // hi = p + wp.vec3(r)                                                                    <L 38>
    var_6 = wp::vec_t<3, wp::float32>(var_r);
    var_7 = wp::add(var_2, var_6);
    // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 39>
    var_8 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
    // f = int(0)                                                                             <L 40>
    var_10 = wp::int(var_9);
    // first = int(-1)                                                                        <L 41>
    var_13 = wp::int(var_12);
    // if wp.mesh_query_aabb_next(q, f):                                                      <L 42>
    var_14 = wp::mesh_query_aabb_next(var_8, var_10);
    if (var_14) {
        // first = f                                                                          <L 43>
        var_15 = wp::copy(var_10);
    }
    var_16 = wp::where(var_14, var_15, var_13);
    // q2 = q                                                                                 <L 44>
    var_17 = wp::copy(var_8);
    // counts[tid, 0] = count_faces(q)                                                        <L 45>
    var_18 = count_faces_0(var_8);
    // wp::array_store(var_counts, var_0, var_19, var_18);
    // counts[tid, 1] = count_faces(q2) * 100 + first                                         <L 46>
    var_20 = count_faces_0(var_17);
    var_22 = wp::mul(var_20, var_21);
    var_23 = wp::add(var_22, var_16);
    // wp::array_store(var_counts, var_0, var_24, var_23);
    // sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                                   <L 47>
    var_25 = wp::bvh_query_aabb(var_bvh, var_5, var_7);
    var_26 = drain_0(var_25, var_x);
    // wp::array_store(var_sums, var_0, var_26);
    // nested = int(0)                                                                        <L 48>
    var_28 = wp::int(var_27);
    // b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                                  <L 49>
    var_33 = wp::vec_t<3, wp::float32>(var_29, var_31, var_32);
    var_34 = wp::bvh_query_ray(var_bvh, var_2, var_33);
    // item = int(0)                                                                          <L 50>
    var_36 = wp::int(var_35);
    // while wp.bvh_query_next(b, item):                                                      <L 51>
    // counts[tid, 2] = nested                                                                <L 54>
    // wp::array_store(var_counts, var_0, var_49, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_49, var_28, adj_counts, adj_0, adj_49, adj_28);
    // adj: counts[tid, 2] = nested                                                           <L 54>
    start_while_0:;
    var_37 = wp::bvh_query_next(var_34, var_36);
    if ((var_37) == false) goto end_while_0;
    adj_38 = {};
    adj_39 = {};
    adj_40 = {};
    adj_41 = {};
    adj_42 = {};
    adj_43 = {};
    adj_44 = {};
    adj_45 = {};
    adj_46 = {};
        // for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):       <L 52>
        var_38 = wp::address(var_x, var_36);
        var_39 = wp::vec_t<3, wp::float32>(var_r);
        var_41 = wp::load(var_38);
        var_40 = wp::sub(var_41, var_39);
        var_42 = wp::address(var_x, var_36);
        var_43 = wp::vec_t<3, wp::float32>(var_r);
        var_45 = wp::load(var_42);
        var_44 = wp::add(var_45, var_43);
        var_46 = wp::mesh_query_aabb(var_mesh, var_40, var_44);
        var_46 = wp::iter_reverse(var_46);
        start_for_2:;
            if (iter_cmp(var_46) == 0) goto end_for_2;
            var_47 = wp::iter_next(var_46);
        	adj_48 = {};
            // nested += face                                                                 <L 53>
            var_48 = wp::add(var_28, var_47);
            wp::assign(var_28, var_48);
            wp::adj_assign(var_28, var_48, adj_28, adj_48);
            wp::adj_add(var_28, var_47, adj_28, adj_47, adj_48);
            // adj: nested += face                                                            <L 53>
        	goto start_for_2;
        end_for_2:;
        wp::adj_add(var_45, var_43, adj_42, adj_43, adj_44);
        wp::adj_vec_t(var_r, adj_r, adj_43);
        wp::adj_address(var_x, var_36, adj_x, adj_36, adj_42);
        wp::adj_sub(var_41, var_39, adj_38, adj_39, adj_40);
        wp::adj_vec_t(var_r, adj_r, adj_39);
        wp::adj_address(var_x, var_36, adj_x, adj_36, adj_38);
        // adj: for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):  <L 52>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(b, item):                                                 <L 51>
    wp::adj_int(var_35, adj_35, adj_36);
    // adj: item = int(0)                                                                     <L 50>
    wp::adj_vec_t(var_29, var_31, var_32, adj_29, adj_31, adj_32, adj_33);
    // adj: b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                             <L 49>
    wp::adj_int(var_27, adj_27, adj_28);
    // adj: nested = int(0)                                                                   <L 48>
    wp::adj_array_store(var_sums, var_0, var_26, adj_sums, adj_0, adj_26);
    adj_drain_0(var_25, var_x, adj_25, adj_x, adj_26);
    // adj: sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                              <L 47>
    wp::adj_array_store(var_counts, var_0, var_24, var_23, adj_counts, adj_0, adj_24, adj_23);
    wp::adj_add(var_22, var_16, adj_22, adj_16, adj_23);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    adj_count_faces_0(var_17, adj_17, adj_20);
    // adj: counts[tid, 1] = count_faces(q2) * 100 + first                                    <L 46>
    wp::adj_array_store(var_counts, var_0, var_19, var_18, adj_counts, adj_0, adj_19, adj_18);
    adj_count_faces_0(var_8, adj_8, adj_18);
    // adj: counts[tid, 0] = count_faces(q)                                                   <L 45>
    wp::adj_copy(var_8, adj_8, adj_17);
    // adj: q2 = q                                                                            <L 44>
    wp::adj_where(var_14, var_15, var_13, adj_14, adj_15, adj_13, adj_16);
    if (var_14) {
        wp::adj_copy(var_10, adj_10, adj_15);
        // adj: first = f                                                                     <L 43>
    }
    // adj: if wp.mesh_query_aabb_next(q, f):                                                 <L 42>
    wp::adj_int(var_12, adj_12, adj_13);
    // adj: first = int(-1)                                                                   <L 41>
    wp::adj_int(var_9, adj_9, adj_10);
    // adj: f = int(0)                                                                        <L 40>
    // adj: q = wp.mesh_query_aabb(mesh, lo, hi)                                              <L 39>
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_vec_t(var_r, adj_r, adj_6);
    // adj: hi = p + wp.vec3(r)                                                               <L 38>
    wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_vec_t(var_r, adj_r, adj_4);
    // adj: lo = p - wp.vec3(r)                                                               <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 36>
    // adj: tid = wp.tid()                                                                    <L 35>
    // adj: def query_values(                                                                 <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void query_values_73a028f7_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_query_values_73a028f7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        query_values_73a028f7_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void query_values_73a028f7_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_query_values_73a028f7 *_wp_args,
    wp_args_query_values_73a028f7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        query_values_73a028f7_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rays_out_a03a2a52 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::float32 max_t;
    wp::array_t<wp::float32> hits;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::int32> faces;
};


void rays_out_a03a2a52_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rays_out_a03a2a52 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::float32> var_hits = _wp_args->hits;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = -1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 3.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 4.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 5.0;
    const wp::float32 var_11 = 6.0;
    const wp::float32 var_12 = 7.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 8;
    const wp::int32 var_15 = -8;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 2;
    const wp::int32 var_25 = 3;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 10.0;
    wp::float32 var_35;
    wp::mesh_query_ray_t var_36;
    wp::vec_t<3, wp::float32> var_37;
    bool* var_38;
    bool var_39;
    wp::float32* var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 4;
    bool var_46;
    //---------
    // forward
    // def rays_out(                                                                          <L 58>
    // tid = wp.tid()                                                                         <L 67>
    var_0 = builtin_tid1d();
    // t = float(-1.0)                                                                        <L 68>
    var_3 = wp::float(var_2);
    // u = float(2.0)                                                                         <L 69>
    var_5 = wp::float(var_4);
    // v = float(3.0)                                                                         <L 70>
    var_7 = wp::float(var_6);
    // sign = float(4.0)                                                                      <L 71>
    var_9 = wp::float(var_8);
    // n = wp.vec3(5.0, 6.0, 7.0)                                                             <L 72>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    // face = int(-8)                                                                         <L 73>
    var_16 = wp::int(var_15);
    // hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)        <L 74>
    var_17 = wp::address(var_x, var_0);
    var_18 = wp::address(var_dirs, var_0);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::mesh_query_ray(var_mesh, var_20, var_21, var_max_t, var_3, var_5, var_7, var_9, var_13, var_16);
    // hits[tid, 0] = t                                                                       <L 75>
    wp::array_store(var_hits, var_0, var_22, var_3);
    // hits[tid, 1] = u                                                                       <L 76>
    wp::array_store(var_hits, var_0, var_23, var_5);
    // hits[tid, 2] = v                                                                       <L 77>
    wp::array_store(var_hits, var_0, var_24, var_7);
    // hits[tid, 3] = sign                                                                    <L 78>
    wp::array_store(var_hits, var_0, var_25, var_9);
    // normals[tid] = n                                                                       <L 79>
    wp::array_store(var_normals, var_0, var_13);
    // faces[tid] = wp.where(hit, face, -face)                                                <L 80>
    var_26 = wp::neg(var_16);
    var_27 = wp::where(var_19, var_16, var_26);
    wp::array_store(var_faces, var_0, var_27);
    // if hit:                                                                                <L 81>
    if (var_19) {
        // normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                            <L 82>
        var_28 = wp::mesh_eval_face_normal(var_mesh, var_16);
        var_29 = wp::sub(var_13, var_28);
        wp::array_store(var_normals, var_0, var_29);
    }
    // r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                          <L 83>
    var_30 = wp::address(var_x, var_0);
    var_31 = wp::address(var_dirs, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::neg(var_33);
    var_35 = wp::mul(var_max_t, var_34);
    var_37 = wp::load(var_30);
    var_36 = wp::mesh_query_ray(var_mesh, var_37, var_32, var_35);
    // if r.result:                                                                           <L 84>
    var_38 = &(var_36.result);
    var_39 = wp::load(var_38);
    if (var_39) {
        // hits[tid, 4] = r.t * r.sign                                                        <L 85>
        var_40 = &(var_36.t);
        var_41 = &(var_36.sign);
        var_43 = wp::load(var_40);
        var_44 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_44);
        wp::array_store(var_hits, var_0, var_45, var_42);
    }
    var_46 = wp::load(var_38);
}



void rays_out_a03a2a52_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rays_out_a03a2a52 *_wp_args,
    wp_args_rays_out_a03a2a52 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::float32> var_hits = _wp_args->hits;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::float32 adj_max_t = _wp_adj_args->max_t;
    wp::array_t<wp::float32> adj_hits = _wp_adj_args->hits;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::int32> adj_faces = _wp_adj_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = -1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 3.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 4.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 5.0;
    const wp::float32 var_11 = 6.0;
    const wp::float32 var_12 = 7.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 8;
    const wp::int32 var_15 = -8;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 2;
    const wp::int32 var_25 = 3;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 10.0;
    wp::float32 var_35;
    wp::mesh_query_ray_t var_36;
    wp::vec_t<3, wp::float32> var_37;
    bool* var_38;
    bool var_39;
    wp::float32* var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 4;
    bool var_46;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::mesh_query_ray_t adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    //---------
    // forward
    // def rays_out(                                                                          <L 58>
    // tid = wp.tid()                                                                         <L 67>
    var_0 = builtin_tid1d();
    // t = float(-1.0)                                                                        <L 68>
    var_3 = wp::float(var_2);
    // u = float(2.0)                                                                         <L 69>
    var_5 = wp::float(var_4);
    // v = float(3.0)                                                                         <L 70>
    var_7 = wp::float(var_6);
    // sign = float(4.0)                                                                      <L 71>
    var_9 = wp::float(var_8);
    // n = wp.vec3(5.0, 6.0, 7.0)                                                             <L 72>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    // face = int(-8)                                                                         <L 73>
    var_16 = wp::int(var_15);
    // hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)        <L 74>
    var_17 = wp::address(var_x, var_0);
    var_18 = wp::address(var_dirs, var_0);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::mesh_query_ray(var_mesh, var_20, var_21, var_max_t, var_3, var_5, var_7, var_9, var_13, var_16);
    // hits[tid, 0] = t                                                                       <L 75>
    // wp::array_store(var_hits, var_0, var_22, var_3);
    // hits[tid, 1] = u                                                                       <L 76>
    // wp::array_store(var_hits, var_0, var_23, var_5);
    // hits[tid, 2] = v                                                                       <L 77>
    // wp::array_store(var_hits, var_0, var_24, var_7);
    // hits[tid, 3] = sign                                                                    <L 78>
    // wp::array_store(var_hits, var_0, var_25, var_9);
    // normals[tid] = n                                                                       <L 79>
    // wp::array_store(var_normals, var_0, var_13);
    // faces[tid] = wp.where(hit, face, -face)                                                <L 80>
    var_26 = wp::neg(var_16);
    var_27 = wp::where(var_19, var_16, var_26);
    // wp::array_store(var_faces, var_0, var_27);
    // if hit:                                                                                <L 81>
    if (var_19) {
        // normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                            <L 82>
        var_28 = wp::mesh_eval_face_normal(var_mesh, var_16);
        var_29 = wp::sub(var_13, var_28);
        // wp::array_store(var_normals, var_0, var_29);
    }
    // r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                          <L 83>
    var_30 = wp::address(var_x, var_0);
    var_31 = wp::address(var_dirs, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::neg(var_33);
    var_35 = wp::mul(var_max_t, var_34);
    var_37 = wp::load(var_30);
    var_36 = wp::mesh_query_ray(var_mesh, var_37, var_32, var_35);
    // if r.result:                                                                           <L 84>
    var_38 = &(var_36.result);
    var_39 = wp::load(var_38);
    if (var_39) {
        // hits[tid, 4] = r.t * r.sign                                                        <L 85>
        var_40 = &(var_36.t);
        var_41 = &(var_36.sign);
        var_43 = wp::load(var_40);
        var_44 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_44);
        // wp::array_store(var_hits, var_0, var_45, var_42);
    }
    var_46 = wp::load(var_38);
    //---------
    // reverse
    if (var_46) {
        wp::adj_array_store(var_hits, var_0, var_45, var_42, adj_hits, adj_0, adj_45, adj_42);
        wp::adj_mul(var_43, var_44, adj_40, adj_41, adj_42);
        adj_36.sign += adj_41;
        adj_36.t += adj_40;
        // adj: hits[tid, 4] = r.t * r.sign                                                   <L 85>
    }
    adj_36.result = adj_38;
    // adj: if r.result:                                                                      <L 84>
    wp::adj_mesh_query_ray(var_mesh, var_37, var_32, var_35, var_36, adj_mesh, adj_30, adj_32, adj_35, adj_36);
    wp::adj_mul(var_max_t, var_34, adj_max_t, adj_34, adj_35);
    wp::adj_neg(var_33, adj_31, adj_32);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_31);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_30);
    // adj: r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                     <L 83>
    if (var_19) {
        wp::adj_array_store(var_normals, var_0, var_29, adj_normals, adj_0, adj_29);
        wp::adj_sub(var_13, var_28, adj_13, adj_28, adj_29);
        // adj: normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                       <L 82>
    }
    // adj: if hit:                                                                           <L 81>
    wp::adj_array_store(var_faces, var_0, var_27, adj_faces, adj_0, adj_27);
    wp::adj_where(var_19, var_16, var_26, adj_19, adj_16, adj_26, adj_27);
    wp::adj_neg(var_16, adj_16, adj_26);
    // adj: faces[tid] = wp.where(hit, face, -face)                                           <L 80>
    wp::adj_array_store(var_normals, var_0, var_13, adj_normals, adj_0, adj_13);
    // adj: normals[tid] = n                                                                  <L 79>
    wp::adj_array_store(var_hits, var_0, var_25, var_9, adj_hits, adj_0, adj_25, adj_9);
    // adj: hits[tid, 3] = sign                                                               <L 78>
    wp::adj_array_store(var_hits, var_0, var_24, var_7, adj_hits, adj_0, adj_24, adj_7);
    // adj: hits[tid, 2] = v                                                                  <L 77>
    wp::adj_array_store(var_hits, var_0, var_23, var_5, adj_hits, adj_0, adj_23, adj_5);
    // adj: hits[tid, 1] = u                                                                  <L 76>
    wp::adj_array_store(var_hits, var_0, var_22, var_3, adj_hits, adj_0, adj_22, adj_3);
    // adj: hits[tid, 0] = t                                                                  <L 75>
    wp::adj_mesh_query_ray(var_mesh, var_20, var_21, var_max_t, var_3, var_5, var_7, var_9, var_13, var_16, adj_mesh, adj_17, adj_18, adj_max_t, adj_3, adj_5, adj_7, adj_9, adj_13, adj_16, adj_19);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_18);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_17);
    // adj: hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)   <L 74>
    wp::adj_int(var_15, adj_15, adj_16);
    // adj: face = int(-8)                                                                    <L 73>
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    // adj: n = wp.vec3(5.0, 6.0, 7.0)                                                        <L 72>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: sign = float(4.0)                                                                 <L 71>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: v = float(3.0)                                                                    <L 70>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: u = float(2.0)                                                                    <L 69>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: t = float(-1.0)                                                                   <L 68>
    // adj: tid = wp.tid()                                                                    <L 67>
    // adj: def rays_out(                                                                     <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rays_out_a03a2a52_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_rays_out_a03a2a52 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rays_out_a03a2a52_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rays_out_a03a2a52_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_rays_out_a03a2a52 *_wp_args,
    wp_args_rays_out_a03a2a52 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rays_out_a03a2a52_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

