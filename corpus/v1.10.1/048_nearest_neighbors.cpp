
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


// corpus/048_nearest_neighbors.py:6
static void insert_sorted_0(
    wp::vec_t<4, wp::float32> var_dists,
    wp::vec_t<4, wp::int32> var_ids,
    wp::float32 var_d,
    wp::int32 var_id,
    wp::vec_t<4, wp::float32> & ret_0,
    wp::vec_t<4, wp::int32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::float32> var_0;
    wp::vec_t<4, wp::int32> var_1;
    const wp::int32 var_2 = 3;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 3;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // forward
    // def insert_sorted(dists: wp.vec4, ids: wp.vec4i, d: float, id: int):                   <L 7>
    // nd = dists                                                                             <L 8>
    var_0 = wp::copy(var_dists);
    // ni = ids                                                                               <L 9>
    var_1 = wp::copy(var_ids);
    // if d >= nd[3]:                                                                         <L 10>
    var_3 = wp::extract(var_0, var_2);
    var_4 = (var_d >= var_3);
    if (var_4) {
        // return nd, ni                                                                      <L 11>
        ret_0 = var_0;
        ret_1 = var_1;
        return;
    }
    // pos = int(3)                                                                           <L 12>
    var_6 = wp::int(var_5);
    // while pos > 0 and nd[pos - 1] > d:                                                     <L 13>
    start_while_1:;
    var_8 = (var_6 > var_7);
    var_10 = wp::sub(var_6, var_9);
    var_11 = wp::extract(var_0, var_10);
    var_12 = (var_11 > var_d);
    var_13 = var_8 && var_12;
    if ((var_13) == false) goto end_while_1;
        // nd[pos] = nd[pos - 1]                                                              <L 14>
        var_15 = wp::sub(var_6, var_14);
        var_16 = wp::extract(var_0, var_15);
        wp::assign_inplace(var_0, var_6, var_16);
        // ni[pos] = ni[pos - 1]                                                              <L 15>
        var_18 = wp::sub(var_6, var_17);
        var_19 = wp::extract(var_1, var_18);
        wp::assign_inplace(var_1, var_6, var_19);
        // pos -= 1                                                                           <L 16>
        var_22 = wp::sub(var_6, var_21);
        wp::assign(var_6, var_22);
    goto start_while_1;
    end_while_1:;
    // nd[pos] = d                                                                            <L 17>
    wp::assign_inplace(var_0, var_6, var_d);
    // ni[pos] = id                                                                           <L 18>
    wp::assign_inplace(var_1, var_6, var_id);
    // return nd, ni                                                                          <L 19>
    ret_0 = var_0;
    ret_1 = var_1;
    return;
}


// corpus/048_nearest_neighbors.py:6
static void adj_insert_sorted_0(
    wp::vec_t<4, wp::float32> var_dists,
    wp::vec_t<4, wp::int32> var_ids,
    wp::float32 var_d,
    wp::int32 var_id,
    wp::vec_t<4, wp::float32> & ret_0,
    wp::vec_t<4, wp::int32> & ret_1,
    wp::vec_t<4, wp::float32> & adj_dists,
    wp::vec_t<4, wp::int32> & adj_ids,
    wp::float32 & adj_d,
    wp::int32 & adj_id,
    wp::vec_t<4, wp::float32> & adj_ret_0,
    wp::vec_t<4, wp::int32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<4, wp::float32> var_0;
    wp::vec_t<4, wp::int32> var_1;
    const wp::int32 var_2 = 3;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 3;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::vec_t<4, wp::float32> adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def insert_sorted(dists: wp.vec4, ids: wp.vec4i, d: float, id: int):                   <L 7>
    // nd = dists                                                                             <L 8>
    var_0 = wp::copy(var_dists);
    // ni = ids                                                                               <L 9>
    var_1 = wp::copy(var_ids);
    // if d >= nd[3]:                                                                         <L 10>
    var_3 = wp::extract(var_0, var_2);
    var_4 = (var_d >= var_3);
    if (var_4) {
        // return nd, ni                                                                      <L 11>
        ret_0 = var_0;
        ret_1 = var_1;
        goto label0;
    }
    // pos = int(3)                                                                           <L 12>
    var_6 = wp::int(var_5);
    // while pos > 0 and nd[pos - 1] > d:                                                     <L 13>
    // nd[pos] = d                                                                            <L 17>
    wp::assign_inplace(var_0, var_6, var_d);
    // ni[pos] = id                                                                           <L 18>
    wp::assign_inplace(var_1, var_6, var_id);
    // return nd, ni                                                                          <L 19>
    ret_0 = var_0;
    ret_1 = var_1;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_1 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return nd, ni                                                                     <L 19>
    wp::adj_assign_inplace(var_1, var_6, var_id, adj_1, adj_6, adj_id);
    // adj: ni[pos] = id                                                                      <L 18>
    wp::adj_assign_inplace(var_0, var_6, var_d, adj_0, adj_6, adj_d);
    // adj: nd[pos] = d                                                                       <L 17>
    start_while_1:;
    var_8 = (var_6 > var_7);
    var_10 = wp::sub(var_6, var_9);
    var_11 = wp::extract(var_0, var_10);
    var_12 = (var_11 > var_d);
    var_13 = var_8 && var_12;
    if ((var_13) == false) goto end_while_1;
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
        // nd[pos] = nd[pos - 1]                                                              <L 14>
        var_15 = wp::sub(var_6, var_14);
        var_16 = wp::extract(var_0, var_15);
        wp::assign_inplace(var_0, var_6, var_16);
        // ni[pos] = ni[pos - 1]                                                              <L 15>
        var_18 = wp::sub(var_6, var_17);
        var_19 = wp::extract(var_1, var_18);
        wp::assign_inplace(var_1, var_6, var_19);
        // pos -= 1                                                                           <L 16>
        var_22 = wp::sub(var_6, var_21);
        wp::assign(var_6, var_22);
        wp::adj_assign(var_6, var_22, adj_6, adj_22);
        wp::adj_sub(var_6, var_21, adj_6, adj_21, adj_22);
        // adj: pos -= 1                                                                      <L 16>
        wp::adj_assign_inplace(var_1, var_6, var_19, adj_1, adj_6, adj_19);
        wp::adj_extract(var_1, var_18, adj_1, adj_18, adj_19);
        wp::adj_sub(var_6, var_17, adj_6, adj_17, adj_18);
        // adj: ni[pos] = ni[pos - 1]                                                         <L 15>
        wp::adj_assign_inplace(var_0, var_6, var_16, adj_0, adj_6, adj_16);
        wp::adj_extract(var_0, var_15, adj_0, adj_15, adj_16);
        wp::adj_sub(var_6, var_14, adj_6, adj_14, adj_15);
        // adj: nd[pos] = nd[pos - 1]                                                         <L 14>
    goto start_while_1;
    end_while_1:;
    // adj: while pos > 0 and nd[pos - 1] > d:                                                <L 13>
    wp::adj_int(var_5, adj_5, adj_6);
    // adj: pos = int(3)                                                                      <L 12>
    if (var_4) {
        label0:;
        adj_1 += adj_ret_1;
        adj_0 += adj_ret_0;
        // adj: return nd, ni                                                                 <L 11>
    }
    wp::adj_extract(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: if d >= nd[3]:                                                                    <L 10>
    wp::adj_copy(var_ids, adj_ids, adj_1);
    // adj: ni = ids                                                                          <L 9>
    wp::adj_copy(var_dists, adj_dists, adj_0);
    // adj: nd = dists                                                                        <L 8>
    // adj: def insert_sorted(dists: wp.vec4, ids: wp.vec4i, d: float, id: int):              <L 7>
    return;
}

struct wp_args_knn_bruteforce_90cc7daa {
    wp::array_t<wp::vec_t<3, wp::float32>> queries;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<4, wp::int32>> out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> out_d;
};


void knn_bruteforce_90cc7daa_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_bruteforce_90cc7daa *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries = _wp_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids = _wp_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d = _wp_args->out_d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    const wp::float32 var_5 = 1e+30;
    const wp::float32 var_6 = 1e+30;
    const wp::float32 var_7 = 1e+30;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = -1;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = -1;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = -1;
    wp::vec_t<4, wp::int32> var_17;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    wp::range_t var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::vec_t<4, wp::int32> var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    wp::int32 var_43;
    const wp::int32 var_44 = 0;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // forward
    // def knn_bruteforce(queries: wp.array(dtype=wp.vec3), points: wp.array(dtype=wp.vec3), out_ids: wp.array(dtype=wp.vec4i), out_d: wp.array(dtype=wp.vec4)):       <L 23>
    // q = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // p = queries[q]                                                                         <L 25>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                        <L 26>
    var_8 = wp::vec_t<4, wp::float32>(var_4, var_5, var_6, var_7);
    // ids = wp.vec4i(-1, -1, -1, -1)                                                         <L 27>
    var_17 = wp::vec_t<4, wp::int32>(var_10, var_12, var_14, var_16);
    // for j in range(points.shape[0]):                                                       <L 28>
    var_18 = &(var_points.shape);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_22 = wp::range(var_20);
    start_for_0:;
        if (iter_cmp(var_22) == 0) goto end_for_0;
        var_23 = wp::iter_next(var_22);
        // d = wp.length_sq(points[j] - p)                                                    <L 29>
        var_24 = wp::address(var_points, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_2);
        var_27 = wp::length_sq(var_25);
        // dists, ids = insert_sorted(dists, ids, d, j)                                       <L 30>
        insert_sorted_0(var_8, var_17, var_27, var_23, var_28, var_29);
        wp::assign(var_8, var_28);
        wp::assign(var_17, var_29);
        goto start_for_0;
    end_for_0:;
    // for k in range(K):                                                                     <L 31>
    // if ids[k] >= 0:                                                                        <L 32>
    var_31 = wp::extract(var_17, var_30);
    var_33 = (var_31 >= var_32);
    if (var_33) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_34 = wp::extract(var_8, var_30);
        var_35 = wp::sqrt(var_34);
        wp::assign_inplace(var_8, var_30, var_35);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_37 = wp::extract(var_17, var_36);
    var_39 = (var_37 >= var_38);
    if (var_39) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_40 = wp::extract(var_8, var_36);
        var_41 = wp::sqrt(var_40);
        wp::assign_inplace(var_8, var_36, var_41);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_43 = wp::extract(var_17, var_42);
    var_45 = (var_43 >= var_44);
    if (var_45) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_46 = wp::extract(var_8, var_42);
        var_47 = wp::sqrt(var_46);
        wp::assign_inplace(var_8, var_42, var_47);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_49 = wp::extract(var_17, var_48);
    var_51 = (var_49 >= var_50);
    if (var_51) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_52 = wp::extract(var_8, var_48);
        var_53 = wp::sqrt(var_52);
        wp::assign_inplace(var_8, var_48, var_53);
    }
    // out_ids[q] = ids                                                                       <L 34>
    wp::array_store(var_out_ids, var_0, var_17);
    // out_d[q] = dists                                                                       <L 35>
    wp::array_store(var_out_d, var_0, var_8);
}



void knn_bruteforce_90cc7daa_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_bruteforce_90cc7daa *_wp_args,
    wp_args_knn_bruteforce_90cc7daa *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries = _wp_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids = _wp_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d = _wp_args->out_d;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_queries = _wp_adj_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_out_ids = _wp_adj_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out_d = _wp_adj_args->out_d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1e+30;
    const wp::float32 var_5 = 1e+30;
    const wp::float32 var_6 = 1e+30;
    const wp::float32 var_7 = 1e+30;
    wp::vec_t<4, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = -1;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = -1;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = -1;
    wp::vec_t<4, wp::int32> var_17;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    wp::range_t var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<4, wp::float32> var_28;
    wp::vec_t<4, wp::int32> var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    wp::int32 var_43;
    const wp::int32 var_44 = 0;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<4, wp::int32> adj_17 = {};
    wp::shape_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::range_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<4, wp::float32> adj_28 = {};
    wp::vec_t<4, wp::int32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    //---------
    // forward
    // def knn_bruteforce(queries: wp.array(dtype=wp.vec3), points: wp.array(dtype=wp.vec3), out_ids: wp.array(dtype=wp.vec4i), out_d: wp.array(dtype=wp.vec4)):       <L 23>
    // q = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // p = queries[q]                                                                         <L 25>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                        <L 26>
    var_8 = wp::vec_t<4, wp::float32>(var_4, var_5, var_6, var_7);
    // ids = wp.vec4i(-1, -1, -1, -1)                                                         <L 27>
    var_17 = wp::vec_t<4, wp::int32>(var_10, var_12, var_14, var_16);
    // for j in range(points.shape[0]):                                                       <L 28>
    var_18 = &(var_points.shape);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_22 = wp::range(var_20);
    // for k in range(K):                                                                     <L 31>
    // if ids[k] >= 0:                                                                        <L 32>
    var_31 = wp::extract(var_17, var_30);
    var_33 = (var_31 >= var_32);
    if (var_33) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_34 = wp::extract(var_8, var_30);
        var_35 = wp::sqrt(var_34);
        wp::assign_inplace(var_8, var_30, var_35);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_37 = wp::extract(var_17, var_36);
    var_39 = (var_37 >= var_38);
    if (var_39) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_40 = wp::extract(var_8, var_36);
        var_41 = wp::sqrt(var_40);
        wp::assign_inplace(var_8, var_36, var_41);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_43 = wp::extract(var_17, var_42);
    var_45 = (var_43 >= var_44);
    if (var_45) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_46 = wp::extract(var_8, var_42);
        var_47 = wp::sqrt(var_46);
        wp::assign_inplace(var_8, var_42, var_47);
    }
    // if ids[k] >= 0:                                                                        <L 32>
    var_49 = wp::extract(var_17, var_48);
    var_51 = (var_49 >= var_50);
    if (var_51) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
        var_52 = wp::extract(var_8, var_48);
        var_53 = wp::sqrt(var_52);
        wp::assign_inplace(var_8, var_48, var_53);
    }
    // out_ids[q] = ids                                                                       <L 34>
    // wp::array_store(var_out_ids, var_0, var_17);
    // out_d[q] = dists                                                                       <L 35>
    // wp::array_store(var_out_d, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out_d, var_0, var_8, adj_out_d, adj_0, adj_8);
    // adj: out_d[q] = dists                                                                  <L 35>
    wp::adj_array_store(var_out_ids, var_0, var_17, adj_out_ids, adj_0, adj_17);
    // adj: out_ids[q] = ids                                                                  <L 34>
    if (var_51) {
        wp::adj_assign_inplace(var_8, var_48, var_53, adj_8, adj_48, adj_53);
        wp::adj_sqrt(var_52, var_53, adj_52, adj_53);
        wp::adj_extract(var_8, var_48, adj_8, adj_48, adj_52);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
    }
    wp::adj_extract(var_17, var_48, adj_17, adj_48, adj_49);
    // adj: if ids[k] >= 0:                                                                   <L 32>
    if (var_45) {
        wp::adj_assign_inplace(var_8, var_42, var_47, adj_8, adj_42, adj_47);
        wp::adj_sqrt(var_46, var_47, adj_46, adj_47);
        wp::adj_extract(var_8, var_42, adj_8, adj_42, adj_46);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
    }
    wp::adj_extract(var_17, var_42, adj_17, adj_42, adj_43);
    // adj: if ids[k] >= 0:                                                                   <L 32>
    if (var_39) {
        wp::adj_assign_inplace(var_8, var_36, var_41, adj_8, adj_36, adj_41);
        wp::adj_sqrt(var_40, var_41, adj_40, adj_41);
        wp::adj_extract(var_8, var_36, adj_8, adj_36, adj_40);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
    }
    wp::adj_extract(var_17, var_36, adj_17, adj_36, adj_37);
    // adj: if ids[k] >= 0:                                                                   <L 32>
    if (var_33) {
        wp::adj_assign_inplace(var_8, var_30, var_35, adj_8, adj_30, adj_35);
        wp::adj_sqrt(var_34, var_35, adj_34, adj_35);
        wp::adj_extract(var_8, var_30, adj_8, adj_30, adj_34);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
    }
    wp::adj_extract(var_17, var_30, adj_17, adj_30, adj_31);
    // adj: if ids[k] >= 0:                                                                   <L 32>
    // adj: for k in range(K):                                                                <L 31>
    var_22 = wp::iter_reverse(var_22);
    start_for_0:;
        if (iter_cmp(var_22) == 0) goto end_for_0;
        var_23 = wp::iter_next(var_22);
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
        // d = wp.length_sq(points[j] - p)                                                    <L 29>
        var_24 = wp::address(var_points, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_2);
        var_27 = wp::length_sq(var_25);
        // dists, ids = insert_sorted(dists, ids, d, j)                                       <L 30>
        insert_sorted_0(var_8, var_17, var_27, var_23, var_28, var_29);
        wp::assign(var_8, var_28);
        wp::assign(var_17, var_29);
        wp::adj_assign(var_17, var_29, adj_17, adj_29);
        wp::adj_assign(var_8, var_28, adj_8, adj_28);
        adj_insert_sorted_0(var_8, var_17, var_27, var_23, var_28, var_29, adj_8, adj_17, adj_27, adj_23, adj_28, adj_29);
        // adj: dists, ids = insert_sorted(dists, ids, d, j)                                  <L 30>
        wp::adj_length_sq(var_25, adj_25, adj_27);
        wp::adj_sub(var_26, var_2, adj_24, adj_2, adj_25);
        wp::adj_address(var_points, var_23, adj_points, adj_23, adj_24);
        // adj: d = wp.length_sq(points[j] - p)                                               <L 29>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_20, adj_20, adj_22);
    wp::adj_extract(var_21, var_19, adj_18, adj_19, adj_20);
    adj_points.shape = adj_18;
    // adj: for j in range(points.shape[0]):                                                  <L 28>
    wp::adj_vec_t(var_10, var_12, var_14, var_16, adj_10, adj_12, adj_14, adj_16, adj_17);
    // adj: ids = wp.vec4i(-1, -1, -1, -1)                                                    <L 27>
    wp::adj_vec_t(var_4, var_5, var_6, var_7, adj_4, adj_5, adj_6, adj_7, adj_8);
    // adj: dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                   <L 26>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
    // adj: p = queries[q]                                                                    <L 25>
    // adj: q = wp.tid()                                                                      <L 24>
    // adj: def knn_bruteforce(queries: wp.array(dtype=wp.vec3), points: wp.array(dtype=wp.vec3), out_ids: wp.array(dtype=wp.vec4i), out_d: wp.array(dtype=wp.vec4)):  <L 23>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void knn_bruteforce_90cc7daa_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_knn_bruteforce_90cc7daa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_bruteforce_90cc7daa_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void knn_bruteforce_90cc7daa_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_knn_bruteforce_90cc7daa *_wp_args,
    wp_args_knn_bruteforce_90cc7daa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_bruteforce_90cc7daa_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_knn_mean_normal_4887b683 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<4, wp::int32>> ids;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
};


void knn_mean_normal_4887b683_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_mean_normal_4887b683 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::int32 var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32>* var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    const wp::int32 var_70 = 0;
    wp::int32 var_71;
    const wp::int32 var_72 = 0;
    bool var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::float32>* var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::mat_t<3, 3, wp::float32> var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    const wp::int32 var_83 = 0;
    bool var_84;
    wp::int32 var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::mat_t<3, 3, wp::float32> var_89;
    wp::mat_t<3, 3, wp::float32> var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    const wp::int32 var_93 = 2;
    wp::int32 var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    wp::int32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::mat_t<3, 3, wp::float32> var_101;
    wp::mat_t<3, 3, wp::float32> var_102;
    wp::mat_t<3, 3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    const wp::int32 var_105 = 3;
    wp::int32 var_106;
    const wp::int32 var_107 = 0;
    bool var_108;
    wp::int32 var_109;
    wp::vec_t<3, wp::float32>* var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::mat_t<3, 3, wp::float32> var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::float32 var_117 = 1.0;
    const wp::float32 var_118 = 0.0;
    const wp::float32 var_119 = 0.0;
    wp::vec_t<3, wp::float32> var_120;
    const wp::int32 var_121 = 0;
    wp::vec_t<3, wp::float32> var_122;
    wp::float32 var_123;
    const wp::float32 var_124 = 0.0;
    bool var_125;
    wp::vec_t<3, wp::float32> var_126;
    wp::vec_t<3, wp::float32> var_127;
    const wp::int32 var_128 = 1;
    wp::vec_t<3, wp::float32> var_129;
    wp::float32 var_130;
    const wp::float32 var_131 = 0.0;
    bool var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    const wp::int32 var_135 = 2;
    wp::vec_t<3, wp::float32> var_136;
    wp::float32 var_137;
    const wp::float32 var_138 = 0.0;
    bool var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    const wp::int32 var_142 = 3;
    wp::vec_t<3, wp::float32> var_143;
    wp::float32 var_144;
    const wp::float32 var_145 = 0.0;
    bool var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::vec_t<3, wp::float32> var_148;
    const wp::int32 var_149 = 4;
    wp::vec_t<3, wp::float32> var_150;
    wp::float32 var_151;
    const wp::float32 var_152 = 0.0;
    bool var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    const wp::int32 var_156 = 5;
    wp::vec_t<3, wp::float32> var_157;
    wp::float32 var_158;
    const wp::float32 var_159 = 0.0;
    bool var_160;
    wp::vec_t<3, wp::float32> var_161;
    wp::vec_t<3, wp::float32> var_162;
    const wp::int32 var_163 = 6;
    wp::vec_t<3, wp::float32> var_164;
    wp::float32 var_165;
    const wp::float32 var_166 = 0.0;
    bool var_167;
    wp::vec_t<3, wp::float32> var_168;
    wp::vec_t<3, wp::float32> var_169;
    const wp::int32 var_170 = 7;
    wp::vec_t<3, wp::float32> var_171;
    wp::float32 var_172;
    const wp::float32 var_173 = 0.0;
    bool var_174;
    wp::vec_t<3, wp::float32> var_175;
    wp::vec_t<3, wp::float32> var_176;
    const wp::float32 var_177 = 0.0;
    const wp::float32 var_178 = 0.0;
    const wp::float32 var_179 = 1.0;
    wp::vec_t<3, wp::float32> var_180;
    wp::vec_t<3, wp::float32> var_181;
    wp::float32 var_182;
    const wp::float32 var_183 = 0.001;
    bool var_184;
    const wp::float32 var_185 = 0.0;
    const wp::float32 var_186 = 1.0;
    const wp::float32 var_187 = 0.0;
    wp::vec_t<3, wp::float32> var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    //---------
    // forward
    // def knn_mean_normal(points: wp.array(dtype=wp.vec3), ids: wp.array(dtype=wp.vec4i), normals: wp.array(dtype=wp.vec3)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // nb = ids[i]                                                                            <L 41>
    var_1 = wp::address(var_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = points[i]                                                                          <L 42>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // cnt = int(1)                                                                           <L 43>
    var_8 = wp::int(var_7);
    // for k in range(K):                                                                     <L 44>
    // if nb[k] >= 0:                                                                         <L 45>
    var_10 = wp::extract(var_2, var_9);
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_13 = wp::extract(var_2, var_9);
        var_14 = wp::address(var_points, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_5, var_16);
        // cnt += 1                                                                           <L 47>
        var_19 = wp::add(var_8, var_18);
    }
    var_20 = wp::where(var_12, var_15, var_5);
    var_21 = wp::where(var_12, var_19, var_8);
    // if nb[k] >= 0:                                                                         <L 45>
    var_23 = wp::extract(var_2, var_22);
    var_25 = (var_23 >= var_24);
    if (var_25) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_26 = wp::extract(var_2, var_22);
        var_27 = wp::address(var_points, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_20, var_29);
        // cnt += 1                                                                           <L 47>
        var_32 = wp::add(var_21, var_31);
    }
    var_33 = wp::where(var_25, var_28, var_20);
    var_34 = wp::where(var_25, var_32, var_21);
    // if nb[k] >= 0:                                                                         <L 45>
    var_36 = wp::extract(var_2, var_35);
    var_38 = (var_36 >= var_37);
    if (var_38) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_39 = wp::extract(var_2, var_35);
        var_40 = wp::address(var_points, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::add(var_33, var_42);
        // cnt += 1                                                                           <L 47>
        var_45 = wp::add(var_34, var_44);
    }
    var_46 = wp::where(var_38, var_41, var_33);
    var_47 = wp::where(var_38, var_45, var_34);
    // if nb[k] >= 0:                                                                         <L 45>
    var_49 = wp::extract(var_2, var_48);
    var_51 = (var_49 >= var_50);
    if (var_51) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_52 = wp::extract(var_2, var_48);
        var_53 = wp::address(var_points, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::add(var_46, var_55);
        // cnt += 1                                                                           <L 47>
        var_58 = wp::add(var_47, var_57);
    }
    var_59 = wp::where(var_51, var_54, var_46);
    var_60 = wp::where(var_51, var_58, var_47);
    // c = c / float(cnt)                                                                     <L 48>
    var_61 = wp::float(var_60);
    var_62 = wp::div(var_59, var_61);
    // cov = wp.outer(points[i] - c, points[i] - c)                                           <L 49>
    var_63 = wp::address(var_points, var_0);
    var_65 = wp::load(var_63);
    var_64 = wp::sub(var_65, var_62);
    var_66 = wp::address(var_points, var_0);
    var_68 = wp::load(var_66);
    var_67 = wp::sub(var_68, var_62);
    var_69 = wp::outer(var_64, var_67);
    // for k in range(K):                                                                     <L 50>
    // if nb[k] >= 0:                                                                         <L 51>
    var_71 = wp::extract(var_2, var_70);
    var_73 = (var_71 >= var_72);
    if (var_73) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_74 = wp::extract(var_2, var_70);
        var_75 = wp::address(var_points, var_74);
        var_77 = wp::load(var_75);
        var_76 = wp::sub(var_77, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_78 = wp::outer(var_76, var_76);
        var_79 = wp::add(var_69, var_78);
    }
    var_80 = wp::where(var_73, var_79, var_69);
    // if nb[k] >= 0:                                                                         <L 51>
    var_82 = wp::extract(var_2, var_81);
    var_84 = (var_82 >= var_83);
    if (var_84) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_85 = wp::extract(var_2, var_81);
        var_86 = wp::address(var_points, var_85);
        var_88 = wp::load(var_86);
        var_87 = wp::sub(var_88, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_89 = wp::outer(var_87, var_87);
        var_90 = wp::add(var_80, var_89);
    }
    var_91 = wp::where(var_84, var_90, var_80);
    var_92 = wp::where(var_84, var_87, var_76);
    // if nb[k] >= 0:                                                                         <L 51>
    var_94 = wp::extract(var_2, var_93);
    var_96 = (var_94 >= var_95);
    if (var_96) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_97 = wp::extract(var_2, var_93);
        var_98 = wp::address(var_points, var_97);
        var_100 = wp::load(var_98);
        var_99 = wp::sub(var_100, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_101 = wp::outer(var_99, var_99);
        var_102 = wp::add(var_91, var_101);
    }
    var_103 = wp::where(var_96, var_102, var_91);
    var_104 = wp::where(var_96, var_99, var_92);
    // if nb[k] >= 0:                                                                         <L 51>
    var_106 = wp::extract(var_2, var_105);
    var_108 = (var_106 >= var_107);
    if (var_108) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_109 = wp::extract(var_2, var_105);
        var_110 = wp::address(var_points, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::sub(var_112, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_113 = wp::outer(var_111, var_111);
        var_114 = wp::add(var_103, var_113);
    }
    var_115 = wp::where(var_108, var_114, var_103);
    var_116 = wp::where(var_108, var_111, var_104);
    // v = wp.vec3(1.0, 0.0, 0.0)                                                             <L 55>
    var_120 = wp::vec_t<3, wp::float32>(var_117, var_118, var_119);
    // for it in range(8):                                                                    <L 56>
    // v = cov * v                                                                            <L 57>
    var_122 = wp::mul(var_115, var_120);
    // l = wp.length(v)                                                                       <L 58>
    var_123 = wp::length(var_122);
    // if l > 0.0:                                                                            <L 59>
    var_125 = (var_123 > var_124);
    if (var_125) {
        // v = v / l                                                                          <L 60>
        var_126 = wp::div(var_122, var_123);
    }
    var_127 = wp::where(var_125, var_126, var_122);
    // v = cov * v                                                                            <L 57>
    var_129 = wp::mul(var_115, var_127);
    // l = wp.length(v)                                                                       <L 58>
    var_130 = wp::length(var_129);
    // if l > 0.0:                                                                            <L 59>
    var_132 = (var_130 > var_131);
    if (var_132) {
        // v = v / l                                                                          <L 60>
        var_133 = wp::div(var_129, var_130);
    }
    var_134 = wp::where(var_132, var_133, var_129);
    // v = cov * v                                                                            <L 57>
    var_136 = wp::mul(var_115, var_134);
    // l = wp.length(v)                                                                       <L 58>
    var_137 = wp::length(var_136);
    // if l > 0.0:                                                                            <L 59>
    var_139 = (var_137 > var_138);
    if (var_139) {
        // v = v / l                                                                          <L 60>
        var_140 = wp::div(var_136, var_137);
    }
    var_141 = wp::where(var_139, var_140, var_136);
    // v = cov * v                                                                            <L 57>
    var_143 = wp::mul(var_115, var_141);
    // l = wp.length(v)                                                                       <L 58>
    var_144 = wp::length(var_143);
    // if l > 0.0:                                                                            <L 59>
    var_146 = (var_144 > var_145);
    if (var_146) {
        // v = v / l                                                                          <L 60>
        var_147 = wp::div(var_143, var_144);
    }
    var_148 = wp::where(var_146, var_147, var_143);
    // v = cov * v                                                                            <L 57>
    var_150 = wp::mul(var_115, var_148);
    // l = wp.length(v)                                                                       <L 58>
    var_151 = wp::length(var_150);
    // if l > 0.0:                                                                            <L 59>
    var_153 = (var_151 > var_152);
    if (var_153) {
        // v = v / l                                                                          <L 60>
        var_154 = wp::div(var_150, var_151);
    }
    var_155 = wp::where(var_153, var_154, var_150);
    // v = cov * v                                                                            <L 57>
    var_157 = wp::mul(var_115, var_155);
    // l = wp.length(v)                                                                       <L 58>
    var_158 = wp::length(var_157);
    // if l > 0.0:                                                                            <L 59>
    var_160 = (var_158 > var_159);
    if (var_160) {
        // v = v / l                                                                          <L 60>
        var_161 = wp::div(var_157, var_158);
    }
    var_162 = wp::where(var_160, var_161, var_157);
    // v = cov * v                                                                            <L 57>
    var_164 = wp::mul(var_115, var_162);
    // l = wp.length(v)                                                                       <L 58>
    var_165 = wp::length(var_164);
    // if l > 0.0:                                                                            <L 59>
    var_167 = (var_165 > var_166);
    if (var_167) {
        // v = v / l                                                                          <L 60>
        var_168 = wp::div(var_164, var_165);
    }
    var_169 = wp::where(var_167, var_168, var_164);
    // v = cov * v                                                                            <L 57>
    var_171 = wp::mul(var_115, var_169);
    // l = wp.length(v)                                                                       <L 58>
    var_172 = wp::length(var_171);
    // if l > 0.0:                                                                            <L 59>
    var_174 = (var_172 > var_173);
    if (var_174) {
        // v = v / l                                                                          <L 60>
        var_175 = wp::div(var_171, var_172);
    }
    var_176 = wp::where(var_174, var_175, var_171);
    // a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                                <L 61>
    var_180 = wp::vec_t<3, wp::float32>(var_177, var_178, var_179);
    var_181 = wp::cross(var_176, var_180);
    // if wp.length(a) < 1.0e-3:                                                              <L 62>
    var_182 = wp::length(var_181);
    var_184 = (var_182 < var_183);
    if (var_184) {
        // a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                            <L 63>
        var_188 = wp::vec_t<3, wp::float32>(var_185, var_186, var_187);
        var_189 = wp::cross(var_176, var_188);
    }
    var_190 = wp::where(var_184, var_189, var_181);
    // normals[i] = wp.normalize(a)                                                           <L 64>
    var_191 = wp::normalize(var_190);
    wp::array_store(var_normals, var_0, var_191);
}



void knn_mean_normal_4887b683_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_mean_normal_4887b683 *_wp_args,
    wp_args_knn_mean_normal_4887b683 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_ids = _wp_adj_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 3;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::int32 var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::int32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32>* var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    const wp::int32 var_70 = 0;
    wp::int32 var_71;
    const wp::int32 var_72 = 0;
    bool var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::float32>* var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::mat_t<3, 3, wp::float32> var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    const wp::int32 var_83 = 0;
    bool var_84;
    wp::int32 var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::mat_t<3, 3, wp::float32> var_89;
    wp::mat_t<3, 3, wp::float32> var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    const wp::int32 var_93 = 2;
    wp::int32 var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    wp::int32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::mat_t<3, 3, wp::float32> var_101;
    wp::mat_t<3, 3, wp::float32> var_102;
    wp::mat_t<3, 3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    const wp::int32 var_105 = 3;
    wp::int32 var_106;
    const wp::int32 var_107 = 0;
    bool var_108;
    wp::int32 var_109;
    wp::vec_t<3, wp::float32>* var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::mat_t<3, 3, wp::float32> var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::vec_t<3, wp::float32> var_116;
    const wp::float32 var_117 = 1.0;
    const wp::float32 var_118 = 0.0;
    const wp::float32 var_119 = 0.0;
    wp::vec_t<3, wp::float32> var_120;
    const wp::int32 var_121 = 0;
    wp::vec_t<3, wp::float32> var_122;
    wp::float32 var_123;
    const wp::float32 var_124 = 0.0;
    bool var_125;
    wp::vec_t<3, wp::float32> var_126;
    wp::vec_t<3, wp::float32> var_127;
    const wp::int32 var_128 = 1;
    wp::vec_t<3, wp::float32> var_129;
    wp::float32 var_130;
    const wp::float32 var_131 = 0.0;
    bool var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    const wp::int32 var_135 = 2;
    wp::vec_t<3, wp::float32> var_136;
    wp::float32 var_137;
    const wp::float32 var_138 = 0.0;
    bool var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    const wp::int32 var_142 = 3;
    wp::vec_t<3, wp::float32> var_143;
    wp::float32 var_144;
    const wp::float32 var_145 = 0.0;
    bool var_146;
    wp::vec_t<3, wp::float32> var_147;
    wp::vec_t<3, wp::float32> var_148;
    const wp::int32 var_149 = 4;
    wp::vec_t<3, wp::float32> var_150;
    wp::float32 var_151;
    const wp::float32 var_152 = 0.0;
    bool var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    const wp::int32 var_156 = 5;
    wp::vec_t<3, wp::float32> var_157;
    wp::float32 var_158;
    const wp::float32 var_159 = 0.0;
    bool var_160;
    wp::vec_t<3, wp::float32> var_161;
    wp::vec_t<3, wp::float32> var_162;
    const wp::int32 var_163 = 6;
    wp::vec_t<3, wp::float32> var_164;
    wp::float32 var_165;
    const wp::float32 var_166 = 0.0;
    bool var_167;
    wp::vec_t<3, wp::float32> var_168;
    wp::vec_t<3, wp::float32> var_169;
    const wp::int32 var_170 = 7;
    wp::vec_t<3, wp::float32> var_171;
    wp::float32 var_172;
    const wp::float32 var_173 = 0.0;
    bool var_174;
    wp::vec_t<3, wp::float32> var_175;
    wp::vec_t<3, wp::float32> var_176;
    const wp::float32 var_177 = 0.0;
    const wp::float32 var_178 = 0.0;
    const wp::float32 var_179 = 1.0;
    wp::vec_t<3, wp::float32> var_180;
    wp::vec_t<3, wp::float32> var_181;
    wp::float32 var_182;
    const wp::float32 var_183 = 0.001;
    bool var_184;
    const wp::float32 var_185 = 0.0;
    const wp::float32 var_186 = 1.0;
    const wp::float32 var_187 = 0.0;
    wp::vec_t<3, wp::float32> var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::vec_t<4, wp::int32> adj_2 = {};
    wp::vec_t<4, wp::int32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::int32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::mat_t<3, 3, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    wp::int32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::mat_t<3, 3, wp::float32> adj_78 = {};
    wp::mat_t<3, 3, wp::float32> adj_79 = {};
    wp::mat_t<3, 3, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    bool adj_84 = {};
    wp::int32 adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::mat_t<3, 3, wp::float32> adj_89 = {};
    wp::mat_t<3, 3, wp::float32> adj_90 = {};
    wp::mat_t<3, 3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    bool adj_96 = {};
    wp::int32 adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::mat_t<3, 3, wp::float32> adj_101 = {};
    wp::mat_t<3, 3, wp::float32> adj_102 = {};
    wp::mat_t<3, 3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    bool adj_108 = {};
    wp::int32 adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::vec_t<3, wp::float32> adj_111 = {};
    wp::vec_t<3, wp::float32> adj_112 = {};
    wp::mat_t<3, 3, wp::float32> adj_113 = {};
    wp::mat_t<3, 3, wp::float32> adj_114 = {};
    wp::mat_t<3, 3, wp::float32> adj_115 = {};
    wp::vec_t<3, wp::float32> adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::int32 adj_121 = {};
    wp::vec_t<3, wp::float32> adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    bool adj_125 = {};
    wp::vec_t<3, wp::float32> adj_126 = {};
    wp::vec_t<3, wp::float32> adj_127 = {};
    wp::int32 adj_128 = {};
    wp::vec_t<3, wp::float32> adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    bool adj_132 = {};
    wp::vec_t<3, wp::float32> adj_133 = {};
    wp::vec_t<3, wp::float32> adj_134 = {};
    wp::int32 adj_135 = {};
    wp::vec_t<3, wp::float32> adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    bool adj_139 = {};
    wp::vec_t<3, wp::float32> adj_140 = {};
    wp::vec_t<3, wp::float32> adj_141 = {};
    wp::int32 adj_142 = {};
    wp::vec_t<3, wp::float32> adj_143 = {};
    wp::float32 adj_144 = {};
    wp::float32 adj_145 = {};
    bool adj_146 = {};
    wp::vec_t<3, wp::float32> adj_147 = {};
    wp::vec_t<3, wp::float32> adj_148 = {};
    wp::int32 adj_149 = {};
    wp::vec_t<3, wp::float32> adj_150 = {};
    wp::float32 adj_151 = {};
    wp::float32 adj_152 = {};
    bool adj_153 = {};
    wp::vec_t<3, wp::float32> adj_154 = {};
    wp::vec_t<3, wp::float32> adj_155 = {};
    wp::int32 adj_156 = {};
    wp::vec_t<3, wp::float32> adj_157 = {};
    wp::float32 adj_158 = {};
    wp::float32 adj_159 = {};
    bool adj_160 = {};
    wp::vec_t<3, wp::float32> adj_161 = {};
    wp::vec_t<3, wp::float32> adj_162 = {};
    wp::int32 adj_163 = {};
    wp::vec_t<3, wp::float32> adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    bool adj_167 = {};
    wp::vec_t<3, wp::float32> adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::int32 adj_170 = {};
    wp::vec_t<3, wp::float32> adj_171 = {};
    wp::float32 adj_172 = {};
    wp::float32 adj_173 = {};
    bool adj_174 = {};
    wp::vec_t<3, wp::float32> adj_175 = {};
    wp::vec_t<3, wp::float32> adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::vec_t<3, wp::float32> adj_180 = {};
    wp::vec_t<3, wp::float32> adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    bool adj_184 = {};
    wp::float32 adj_185 = {};
    wp::float32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::vec_t<3, wp::float32> adj_188 = {};
    wp::vec_t<3, wp::float32> adj_189 = {};
    wp::vec_t<3, wp::float32> adj_190 = {};
    wp::vec_t<3, wp::float32> adj_191 = {};
    //---------
    // forward
    // def knn_mean_normal(points: wp.array(dtype=wp.vec3), ids: wp.array(dtype=wp.vec4i), normals: wp.array(dtype=wp.vec3)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // nb = ids[i]                                                                            <L 41>
    var_1 = wp::address(var_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = points[i]                                                                          <L 42>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // cnt = int(1)                                                                           <L 43>
    var_8 = wp::int(var_7);
    // for k in range(K):                                                                     <L 44>
    // if nb[k] >= 0:                                                                         <L 45>
    var_10 = wp::extract(var_2, var_9);
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_13 = wp::extract(var_2, var_9);
        var_14 = wp::address(var_points, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_5, var_16);
        // cnt += 1                                                                           <L 47>
        var_19 = wp::add(var_8, var_18);
    }
    var_20 = wp::where(var_12, var_15, var_5);
    var_21 = wp::where(var_12, var_19, var_8);
    // if nb[k] >= 0:                                                                         <L 45>
    var_23 = wp::extract(var_2, var_22);
    var_25 = (var_23 >= var_24);
    if (var_25) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_26 = wp::extract(var_2, var_22);
        var_27 = wp::address(var_points, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_20, var_29);
        // cnt += 1                                                                           <L 47>
        var_32 = wp::add(var_21, var_31);
    }
    var_33 = wp::where(var_25, var_28, var_20);
    var_34 = wp::where(var_25, var_32, var_21);
    // if nb[k] >= 0:                                                                         <L 45>
    var_36 = wp::extract(var_2, var_35);
    var_38 = (var_36 >= var_37);
    if (var_38) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_39 = wp::extract(var_2, var_35);
        var_40 = wp::address(var_points, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::add(var_33, var_42);
        // cnt += 1                                                                           <L 47>
        var_45 = wp::add(var_34, var_44);
    }
    var_46 = wp::where(var_38, var_41, var_33);
    var_47 = wp::where(var_38, var_45, var_34);
    // if nb[k] >= 0:                                                                         <L 45>
    var_49 = wp::extract(var_2, var_48);
    var_51 = (var_49 >= var_50);
    if (var_51) {
        // c = c + points[nb[k]]                                                              <L 46>
        var_52 = wp::extract(var_2, var_48);
        var_53 = wp::address(var_points, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::add(var_46, var_55);
        // cnt += 1                                                                           <L 47>
        var_58 = wp::add(var_47, var_57);
    }
    var_59 = wp::where(var_51, var_54, var_46);
    var_60 = wp::where(var_51, var_58, var_47);
    // c = c / float(cnt)                                                                     <L 48>
    var_61 = wp::float(var_60);
    var_62 = wp::div(var_59, var_61);
    // cov = wp.outer(points[i] - c, points[i] - c)                                           <L 49>
    var_63 = wp::address(var_points, var_0);
    var_65 = wp::load(var_63);
    var_64 = wp::sub(var_65, var_62);
    var_66 = wp::address(var_points, var_0);
    var_68 = wp::load(var_66);
    var_67 = wp::sub(var_68, var_62);
    var_69 = wp::outer(var_64, var_67);
    // for k in range(K):                                                                     <L 50>
    // if nb[k] >= 0:                                                                         <L 51>
    var_71 = wp::extract(var_2, var_70);
    var_73 = (var_71 >= var_72);
    if (var_73) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_74 = wp::extract(var_2, var_70);
        var_75 = wp::address(var_points, var_74);
        var_77 = wp::load(var_75);
        var_76 = wp::sub(var_77, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_78 = wp::outer(var_76, var_76);
        var_79 = wp::add(var_69, var_78);
    }
    var_80 = wp::where(var_73, var_79, var_69);
    // if nb[k] >= 0:                                                                         <L 51>
    var_82 = wp::extract(var_2, var_81);
    var_84 = (var_82 >= var_83);
    if (var_84) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_85 = wp::extract(var_2, var_81);
        var_86 = wp::address(var_points, var_85);
        var_88 = wp::load(var_86);
        var_87 = wp::sub(var_88, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_89 = wp::outer(var_87, var_87);
        var_90 = wp::add(var_80, var_89);
    }
    var_91 = wp::where(var_84, var_90, var_80);
    var_92 = wp::where(var_84, var_87, var_76);
    // if nb[k] >= 0:                                                                         <L 51>
    var_94 = wp::extract(var_2, var_93);
    var_96 = (var_94 >= var_95);
    if (var_96) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_97 = wp::extract(var_2, var_93);
        var_98 = wp::address(var_points, var_97);
        var_100 = wp::load(var_98);
        var_99 = wp::sub(var_100, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_101 = wp::outer(var_99, var_99);
        var_102 = wp::add(var_91, var_101);
    }
    var_103 = wp::where(var_96, var_102, var_91);
    var_104 = wp::where(var_96, var_99, var_92);
    // if nb[k] >= 0:                                                                         <L 51>
    var_106 = wp::extract(var_2, var_105);
    var_108 = (var_106 >= var_107);
    if (var_108) {
        // d = points[nb[k]] - c                                                              <L 52>
        var_109 = wp::extract(var_2, var_105);
        var_110 = wp::address(var_points, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::sub(var_112, var_62);
        // cov = cov + wp.outer(d, d)                                                         <L 53>
        var_113 = wp::outer(var_111, var_111);
        var_114 = wp::add(var_103, var_113);
    }
    var_115 = wp::where(var_108, var_114, var_103);
    var_116 = wp::where(var_108, var_111, var_104);
    // v = wp.vec3(1.0, 0.0, 0.0)                                                             <L 55>
    var_120 = wp::vec_t<3, wp::float32>(var_117, var_118, var_119);
    // for it in range(8):                                                                    <L 56>
    // v = cov * v                                                                            <L 57>
    var_122 = wp::mul(var_115, var_120);
    // l = wp.length(v)                                                                       <L 58>
    var_123 = wp::length(var_122);
    // if l > 0.0:                                                                            <L 59>
    var_125 = (var_123 > var_124);
    if (var_125) {
        // v = v / l                                                                          <L 60>
        var_126 = wp::div(var_122, var_123);
    }
    var_127 = wp::where(var_125, var_126, var_122);
    // v = cov * v                                                                            <L 57>
    var_129 = wp::mul(var_115, var_127);
    // l = wp.length(v)                                                                       <L 58>
    var_130 = wp::length(var_129);
    // if l > 0.0:                                                                            <L 59>
    var_132 = (var_130 > var_131);
    if (var_132) {
        // v = v / l                                                                          <L 60>
        var_133 = wp::div(var_129, var_130);
    }
    var_134 = wp::where(var_132, var_133, var_129);
    // v = cov * v                                                                            <L 57>
    var_136 = wp::mul(var_115, var_134);
    // l = wp.length(v)                                                                       <L 58>
    var_137 = wp::length(var_136);
    // if l > 0.0:                                                                            <L 59>
    var_139 = (var_137 > var_138);
    if (var_139) {
        // v = v / l                                                                          <L 60>
        var_140 = wp::div(var_136, var_137);
    }
    var_141 = wp::where(var_139, var_140, var_136);
    // v = cov * v                                                                            <L 57>
    var_143 = wp::mul(var_115, var_141);
    // l = wp.length(v)                                                                       <L 58>
    var_144 = wp::length(var_143);
    // if l > 0.0:                                                                            <L 59>
    var_146 = (var_144 > var_145);
    if (var_146) {
        // v = v / l                                                                          <L 60>
        var_147 = wp::div(var_143, var_144);
    }
    var_148 = wp::where(var_146, var_147, var_143);
    // v = cov * v                                                                            <L 57>
    var_150 = wp::mul(var_115, var_148);
    // l = wp.length(v)                                                                       <L 58>
    var_151 = wp::length(var_150);
    // if l > 0.0:                                                                            <L 59>
    var_153 = (var_151 > var_152);
    if (var_153) {
        // v = v / l                                                                          <L 60>
        var_154 = wp::div(var_150, var_151);
    }
    var_155 = wp::where(var_153, var_154, var_150);
    // v = cov * v                                                                            <L 57>
    var_157 = wp::mul(var_115, var_155);
    // l = wp.length(v)                                                                       <L 58>
    var_158 = wp::length(var_157);
    // if l > 0.0:                                                                            <L 59>
    var_160 = (var_158 > var_159);
    if (var_160) {
        // v = v / l                                                                          <L 60>
        var_161 = wp::div(var_157, var_158);
    }
    var_162 = wp::where(var_160, var_161, var_157);
    // v = cov * v                                                                            <L 57>
    var_164 = wp::mul(var_115, var_162);
    // l = wp.length(v)                                                                       <L 58>
    var_165 = wp::length(var_164);
    // if l > 0.0:                                                                            <L 59>
    var_167 = (var_165 > var_166);
    if (var_167) {
        // v = v / l                                                                          <L 60>
        var_168 = wp::div(var_164, var_165);
    }
    var_169 = wp::where(var_167, var_168, var_164);
    // v = cov * v                                                                            <L 57>
    var_171 = wp::mul(var_115, var_169);
    // l = wp.length(v)                                                                       <L 58>
    var_172 = wp::length(var_171);
    // if l > 0.0:                                                                            <L 59>
    var_174 = (var_172 > var_173);
    if (var_174) {
        // v = v / l                                                                          <L 60>
        var_175 = wp::div(var_171, var_172);
    }
    var_176 = wp::where(var_174, var_175, var_171);
    // a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                                <L 61>
    var_180 = wp::vec_t<3, wp::float32>(var_177, var_178, var_179);
    var_181 = wp::cross(var_176, var_180);
    // if wp.length(a) < 1.0e-3:                                                              <L 62>
    var_182 = wp::length(var_181);
    var_184 = (var_182 < var_183);
    if (var_184) {
        // a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                            <L 63>
        var_188 = wp::vec_t<3, wp::float32>(var_185, var_186, var_187);
        var_189 = wp::cross(var_176, var_188);
    }
    var_190 = wp::where(var_184, var_189, var_181);
    // normals[i] = wp.normalize(a)                                                           <L 64>
    var_191 = wp::normalize(var_190);
    // wp::array_store(var_normals, var_0, var_191);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_191, adj_normals, adj_0, adj_191);
    wp::adj_normalize(var_190, var_191, adj_190, adj_191);
    // adj: normals[i] = wp.normalize(a)                                                      <L 64>
    wp::adj_where(var_184, var_189, var_181, adj_184, adj_189, adj_181, adj_190);
    if (var_184) {
        wp::adj_cross(var_176, var_188, adj_176, adj_188, adj_189);
        wp::adj_vec_t(var_185, var_186, var_187, adj_185, adj_186, adj_187, adj_188);
        // adj: a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                       <L 63>
    }
    wp::adj_length(var_181, var_182, adj_181, adj_182);
    // adj: if wp.length(a) < 1.0e-3:                                                         <L 62>
    wp::adj_cross(var_176, var_180, adj_176, adj_180, adj_181);
    wp::adj_vec_t(var_177, var_178, var_179, adj_177, adj_178, adj_179, adj_180);
    // adj: a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                           <L 61>
    wp::adj_where(var_174, var_175, var_171, adj_174, adj_175, adj_171, adj_176);
    if (var_174) {
        wp::adj_div(var_171, var_172, adj_171, adj_172, adj_175);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_171, var_172, adj_171, adj_172);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_169, adj_115, adj_169, adj_171);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_167, var_168, var_164, adj_167, adj_168, adj_164, adj_169);
    if (var_167) {
        wp::adj_div(var_164, var_165, adj_164, adj_165, adj_168);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_164, var_165, adj_164, adj_165);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_162, adj_115, adj_162, adj_164);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_160, var_161, var_157, adj_160, adj_161, adj_157, adj_162);
    if (var_160) {
        wp::adj_div(var_157, var_158, adj_157, adj_158, adj_161);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_157, var_158, adj_157, adj_158);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_155, adj_115, adj_155, adj_157);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_153, var_154, var_150, adj_153, adj_154, adj_150, adj_155);
    if (var_153) {
        wp::adj_div(var_150, var_151, adj_150, adj_151, adj_154);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_150, var_151, adj_150, adj_151);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_148, adj_115, adj_148, adj_150);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_146, var_147, var_143, adj_146, adj_147, adj_143, adj_148);
    if (var_146) {
        wp::adj_div(var_143, var_144, adj_143, adj_144, adj_147);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_143, var_144, adj_143, adj_144);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_141, adj_115, adj_141, adj_143);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_139, var_140, var_136, adj_139, adj_140, adj_136, adj_141);
    if (var_139) {
        wp::adj_div(var_136, var_137, adj_136, adj_137, adj_140);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_136, var_137, adj_136, adj_137);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_134, adj_115, adj_134, adj_136);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_132, var_133, var_129, adj_132, adj_133, adj_129, adj_134);
    if (var_132) {
        wp::adj_div(var_129, var_130, adj_129, adj_130, adj_133);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_129, var_130, adj_129, adj_130);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_127, adj_115, adj_127, adj_129);
    // adj: v = cov * v                                                                       <L 57>
    wp::adj_where(var_125, var_126, var_122, adj_125, adj_126, adj_122, adj_127);
    if (var_125) {
        wp::adj_div(var_122, var_123, adj_122, adj_123, adj_126);
        // adj: v = v / l                                                                     <L 60>
    }
    // adj: if l > 0.0:                                                                       <L 59>
    wp::adj_length(var_122, var_123, adj_122, adj_123);
    // adj: l = wp.length(v)                                                                  <L 58>
    wp::adj_mul(var_115, var_120, adj_115, adj_120, adj_122);
    // adj: v = cov * v                                                                       <L 57>
    // adj: for it in range(8):                                                               <L 56>
    wp::adj_vec_t(var_117, var_118, var_119, adj_117, adj_118, adj_119, adj_120);
    // adj: v = wp.vec3(1.0, 0.0, 0.0)                                                        <L 55>
    wp::adj_where(var_108, var_111, var_104, adj_108, adj_111, adj_104, adj_116);
    wp::adj_where(var_108, var_114, var_103, adj_108, adj_114, adj_103, adj_115);
    if (var_108) {
        wp::adj_add(var_103, var_113, adj_103, adj_113, adj_114);
        wp::adj_outer(var_111, var_111, adj_111, adj_111, adj_113);
        // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
        wp::adj_sub(var_112, var_62, adj_110, adj_62, adj_111);
        wp::adj_address(var_points, var_109, adj_points, adj_109, adj_110);
        wp::adj_extract(var_2, var_105, adj_2, adj_105, adj_109);
        // adj: d = points[nb[k]] - c                                                         <L 52>
    }
    wp::adj_extract(var_2, var_105, adj_2, adj_105, adj_106);
    // adj: if nb[k] >= 0:                                                                    <L 51>
    wp::adj_where(var_96, var_99, var_92, adj_96, adj_99, adj_92, adj_104);
    wp::adj_where(var_96, var_102, var_91, adj_96, adj_102, adj_91, adj_103);
    if (var_96) {
        wp::adj_add(var_91, var_101, adj_91, adj_101, adj_102);
        wp::adj_outer(var_99, var_99, adj_99, adj_99, adj_101);
        // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
        wp::adj_sub(var_100, var_62, adj_98, adj_62, adj_99);
        wp::adj_address(var_points, var_97, adj_points, adj_97, adj_98);
        wp::adj_extract(var_2, var_93, adj_2, adj_93, adj_97);
        // adj: d = points[nb[k]] - c                                                         <L 52>
    }
    wp::adj_extract(var_2, var_93, adj_2, adj_93, adj_94);
    // adj: if nb[k] >= 0:                                                                    <L 51>
    wp::adj_where(var_84, var_87, var_76, adj_84, adj_87, adj_76, adj_92);
    wp::adj_where(var_84, var_90, var_80, adj_84, adj_90, adj_80, adj_91);
    if (var_84) {
        wp::adj_add(var_80, var_89, adj_80, adj_89, adj_90);
        wp::adj_outer(var_87, var_87, adj_87, adj_87, adj_89);
        // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
        wp::adj_sub(var_88, var_62, adj_86, adj_62, adj_87);
        wp::adj_address(var_points, var_85, adj_points, adj_85, adj_86);
        wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_85);
        // adj: d = points[nb[k]] - c                                                         <L 52>
    }
    wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_82);
    // adj: if nb[k] >= 0:                                                                    <L 51>
    wp::adj_where(var_73, var_79, var_69, adj_73, adj_79, adj_69, adj_80);
    if (var_73) {
        wp::adj_add(var_69, var_78, adj_69, adj_78, adj_79);
        wp::adj_outer(var_76, var_76, adj_76, adj_76, adj_78);
        // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
        wp::adj_sub(var_77, var_62, adj_75, adj_62, adj_76);
        wp::adj_address(var_points, var_74, adj_points, adj_74, adj_75);
        wp::adj_extract(var_2, var_70, adj_2, adj_70, adj_74);
        // adj: d = points[nb[k]] - c                                                         <L 52>
    }
    wp::adj_extract(var_2, var_70, adj_2, adj_70, adj_71);
    // adj: if nb[k] >= 0:                                                                    <L 51>
    // adj: for k in range(K):                                                                <L 50>
    wp::adj_outer(var_64, var_67, adj_64, adj_67, adj_69);
    wp::adj_sub(var_68, var_62, adj_66, adj_62, adj_67);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_66);
    wp::adj_sub(var_65, var_62, adj_63, adj_62, adj_64);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_63);
    // adj: cov = wp.outer(points[i] - c, points[i] - c)                                      <L 49>
    wp::adj_div(var_59, var_61, adj_59, adj_61, adj_62);
    wp::adj_float(var_60, adj_60, adj_61);
    // adj: c = c / float(cnt)                                                                <L 48>
    wp::adj_where(var_51, var_58, var_47, adj_51, adj_58, adj_47, adj_60);
    wp::adj_where(var_51, var_54, var_46, adj_51, adj_54, adj_46, adj_59);
    if (var_51) {
        wp::adj_add(var_47, var_57, adj_47, adj_57, adj_58);
        // adj: cnt += 1                                                                      <L 47>
        wp::adj_add(var_46, var_55, adj_46, adj_53, adj_54);
        wp::adj_address(var_points, var_52, adj_points, adj_52, adj_53);
        wp::adj_extract(var_2, var_48, adj_2, adj_48, adj_52);
        // adj: c = c + points[nb[k]]                                                         <L 46>
    }
    wp::adj_extract(var_2, var_48, adj_2, adj_48, adj_49);
    // adj: if nb[k] >= 0:                                                                    <L 45>
    wp::adj_where(var_38, var_45, var_34, adj_38, adj_45, adj_34, adj_47);
    wp::adj_where(var_38, var_41, var_33, adj_38, adj_41, adj_33, adj_46);
    if (var_38) {
        wp::adj_add(var_34, var_44, adj_34, adj_44, adj_45);
        // adj: cnt += 1                                                                      <L 47>
        wp::adj_add(var_33, var_42, adj_33, adj_40, adj_41);
        wp::adj_address(var_points, var_39, adj_points, adj_39, adj_40);
        wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_39);
        // adj: c = c + points[nb[k]]                                                         <L 46>
    }
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    // adj: if nb[k] >= 0:                                                                    <L 45>
    wp::adj_where(var_25, var_32, var_21, adj_25, adj_32, adj_21, adj_34);
    wp::adj_where(var_25, var_28, var_20, adj_25, adj_28, adj_20, adj_33);
    if (var_25) {
        wp::adj_add(var_21, var_31, adj_21, adj_31, adj_32);
        // adj: cnt += 1                                                                      <L 47>
        wp::adj_add(var_20, var_29, adj_20, adj_27, adj_28);
        wp::adj_address(var_points, var_26, adj_points, adj_26, adj_27);
        wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_26);
        // adj: c = c + points[nb[k]]                                                         <L 46>
    }
    wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
    // adj: if nb[k] >= 0:                                                                    <L 45>
    wp::adj_where(var_12, var_19, var_8, adj_12, adj_19, adj_8, adj_21);
    wp::adj_where(var_12, var_15, var_5, adj_12, adj_15, adj_5, adj_20);
    if (var_12) {
        wp::adj_add(var_8, var_18, adj_8, adj_18, adj_19);
        // adj: cnt += 1                                                                      <L 47>
        wp::adj_add(var_5, var_16, adj_5, adj_14, adj_15);
        wp::adj_address(var_points, var_13, adj_points, adj_13, adj_14);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_13);
        // adj: c = c + points[nb[k]]                                                         <L 46>
    }
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: if nb[k] >= 0:                                                                    <L 45>
    // adj: for k in range(K):                                                                <L 44>
    wp::adj_int(var_7, adj_7, adj_8);
    // adj: cnt = int(1)                                                                      <L 43>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
    // adj: c = points[i]                                                                     <L 42>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_1);
    // adj: nb = ids[i]                                                                       <L 41>
    // adj: i = wp.tid()                                                                      <L 40>
    // adj: def knn_mean_normal(points: wp.array(dtype=wp.vec3), ids: wp.array(dtype=wp.vec4i), normals: wp.array(dtype=wp.vec3)):  <L 39>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void knn_mean_normal_4887b683_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_knn_mean_normal_4887b683 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_mean_normal_4887b683_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void knn_mean_normal_4887b683_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_knn_mean_normal_4887b683 *_wp_args,
    wp_args_knn_mean_normal_4887b683 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_mean_normal_4887b683_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_radius_count_ae0d3770 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 radius;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::float32> density;
};


void radius_count_ae0d3770_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_radius_count_ae0d3770 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    bool var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def radius_count(points: wp.array(dtype=wp.vec3), radius: float, counts: wp.array(dtype=int), density: wp.array(dtype=float)):       <L 68>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // r2 = radius * radius                                                                   <L 70>
    var_1 = wp::mul(var_radius, var_radius);
    // n = int(0)                                                                             <L 71>
    var_3 = wp::int(var_2);
    // s = float(0.0)                                                                         <L 72>
    var_5 = wp::float(var_4);
    // for j in range(points.shape[0]):                                                       <L 73>
    var_6 = &(var_points.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // d2 = wp.length_sq(points[j] - points[i])                                           <L 74>
        var_12 = wp::address(var_points, var_11);
        var_13 = wp::address(var_points, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::length_sq(var_14);
        // if d2 < r2:                                                                        <L 75>
        var_18 = (var_17 < var_1);
        if (var_18) {
            // n += 1                                                                         <L 76>
            var_21 = wp::add(var_3, var_20);
            // s += 1.0 - d2 / r2                                                             <L 77>
            var_23 = wp::div(var_17, var_1);
            var_24 = wp::sub(var_22, var_23);
            var_26 = wp::div(var_17, var_1);
            var_27 = wp::sub(var_25, var_26);
            var_28 = wp::add(var_5, var_27);
        }
        var_29 = wp::where(var_18, var_21, var_3);
        var_30 = wp::where(var_18, var_28, var_5);
        wp::assign(var_3, var_29);
        wp::assign(var_5, var_30);
        goto start_for_0;
    end_for_0:;
    // counts[i] = n                                                                          <L 78>
    wp::array_store(var_counts, var_0, var_3);
    // density[i] = s                                                                         <L 79>
    wp::array_store(var_density, var_0, var_5);
}



void radius_count_ae0d3770_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_radius_count_ae0d3770 *_wp_args,
    wp_args_radius_count_ae0d3770 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    bool var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
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
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def radius_count(points: wp.array(dtype=wp.vec3), radius: float, counts: wp.array(dtype=int), density: wp.array(dtype=float)):       <L 68>
    // i = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // r2 = radius * radius                                                                   <L 70>
    var_1 = wp::mul(var_radius, var_radius);
    // n = int(0)                                                                             <L 71>
    var_3 = wp::int(var_2);
    // s = float(0.0)                                                                         <L 72>
    var_5 = wp::float(var_4);
    // for j in range(points.shape[0]):                                                       <L 73>
    var_6 = &(var_points.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    // counts[i] = n                                                                          <L 78>
    // wp::array_store(var_counts, var_0, var_3);
    // density[i] = s                                                                         <L 79>
    // wp::array_store(var_density, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_density, var_0, var_5, adj_density, adj_0, adj_5);
    // adj: density[i] = s                                                                    <L 79>
    wp::adj_array_store(var_counts, var_0, var_3, adj_counts, adj_0, adj_3);
    // adj: counts[i] = n                                                                     <L 78>
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
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // d2 = wp.length_sq(points[j] - points[i])                                           <L 74>
        var_12 = wp::address(var_points, var_11);
        var_13 = wp::address(var_points, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::length_sq(var_14);
        // if d2 < r2:                                                                        <L 75>
        var_18 = (var_17 < var_1);
        if (var_18) {
            // n += 1                                                                         <L 76>
            var_21 = wp::add(var_3, var_20);
            // s += 1.0 - d2 / r2                                                             <L 77>
            var_23 = wp::div(var_17, var_1);
            var_24 = wp::sub(var_22, var_23);
            var_26 = wp::div(var_17, var_1);
            var_27 = wp::sub(var_25, var_26);
            var_28 = wp::add(var_5, var_27);
        }
        var_29 = wp::where(var_18, var_21, var_3);
        var_30 = wp::where(var_18, var_28, var_5);
        wp::assign(var_3, var_29);
        wp::assign(var_5, var_30);
        wp::adj_assign(var_5, var_30, adj_5, adj_30);
        wp::adj_assign(var_3, var_29, adj_3, adj_29);
        wp::adj_where(var_18, var_28, var_5, adj_18, adj_28, adj_5, adj_30);
        wp::adj_where(var_18, var_21, var_3, adj_18, adj_21, adj_3, adj_29);
        if (var_18) {
            wp::adj_add(var_5, var_27, adj_5, adj_27, adj_28);
            wp::adj_sub(var_25, var_26, adj_25, adj_26, adj_27);
            wp::adj_div(var_17, var_1, var_26, adj_17, adj_1, adj_26);
            wp::adj_sub(var_22, var_23, adj_22, adj_23, adj_24);
            wp::adj_div(var_17, var_1, var_23, adj_17, adj_1, adj_23);
            // adj: s += 1.0 - d2 / r2                                                        <L 77>
            wp::adj_add(var_3, var_20, adj_3, adj_20, adj_21);
            // adj: n += 1                                                                    <L 76>
        }
        // adj: if d2 < r2:                                                                   <L 75>
        wp::adj_length_sq(var_14, adj_14, adj_17);
        wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_13);
        wp::adj_address(var_points, var_11, adj_points, adj_11, adj_12);
        // adj: d2 = wp.length_sq(points[j] - points[i])                                      <L 74>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_8, adj_8, adj_10);
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_points.shape = adj_6;
    // adj: for j in range(points.shape[0]):                                                  <L 73>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: s = float(0.0)                                                                    <L 72>
    wp::adj_int(var_2, adj_2, adj_3);
    // adj: n = int(0)                                                                        <L 71>
    wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_1);
    // adj: r2 = radius * radius                                                              <L 70>
    // adj: i = wp.tid()                                                                      <L 69>
    // adj: def radius_count(points: wp.array(dtype=wp.vec3), radius: float, counts: wp.array(dtype=int), density: wp.array(dtype=float)):  <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void radius_count_ae0d3770_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_radius_count_ae0d3770 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        radius_count_ae0d3770_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void radius_count_ae0d3770_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_radius_count_ae0d3770 *_wp_args,
    wp_args_radius_count_ae0d3770 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        radius_count_ae0d3770_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_knn_grid_search_6c9aaa6c {
    wp::array_t<wp::vec_t<3, wp::float32>> queries;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> cell_start;
    wp::array_t<wp::int32> cell_end;
    wp::array_t<wp::int32> sorted_ids;
    wp::float32 cell_size;
    wp::vec_t<3, wp::int32> dims;
    wp::int32 max_rings;
    wp::array_t<wp::vec_t<4, wp::int32>> out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> out_d;
    wp::array_t<wp::int32> visited;
};


void knn_grid_search_6c9aaa6c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_grid_search_6c9aaa6c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries = _wp_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cell_start = _wp_args->cell_start;
    wp::array_t<wp::int32> var_cell_end = _wp_args->cell_end;
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::vec_t<3, wp::int32> var_dims = _wp_args->dims;
    wp::int32 var_max_rings = _wp_args->max_rings;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids = _wp_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d = _wp_args->out_d;
    wp::array_t<wp::int32> var_visited = _wp_args->visited;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 2;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::float32 var_34 = 1e+30;
    const wp::float32 var_35 = 1e+30;
    const wp::float32 var_36 = 1e+30;
    const wp::float32 var_37 = 1e+30;
    wp::vec_t<4, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = -1;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = -1;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = -1;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = -1;
    wp::vec_t<4, wp::int32> var_47;
    const wp::int32 var_48 = 0;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    bool var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::range_t var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    wp::int32 var_72;
    bool var_73;
    wp::int32 var_74;
    wp::int32 var_75;
    wp::int32 var_76;
    const wp::int32 var_77 = 0;
    bool var_78;
    const wp::int32 var_79 = 0;
    bool var_80;
    const wp::int32 var_81 = 0;
    bool var_82;
    const wp::int32 var_83 = 0;
    wp::int32 var_84;
    bool var_85;
    const wp::int32 var_86 = 1;
    wp::int32 var_87;
    bool var_88;
    const wp::int32 var_89 = 2;
    wp::int32 var_90;
    bool var_91;
    bool var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    wp::int32 var_95;
    wp::int32 var_96;
    const wp::int32 var_97 = 0;
    wp::int32 var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    wp::int32* var_101;
    wp::int32* var_102;
    wp::range_t var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    wp::int32* var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::vec_t<3, wp::float32>* var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::float32 var_113;
    wp::vec_t<4, wp::float32> var_114;
    wp::vec_t<4, wp::int32> var_115;
    const wp::int32 var_116 = 1;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    const wp::int32 var_121 = 3;
    wp::int32 var_122;
    const wp::int32 var_123 = 0;
    bool var_124;
    const wp::int32 var_125 = 3;
    wp::float32 var_126;
    wp::float32 var_127;
    bool var_128;
    bool var_129;
    const wp::int32 var_130 = 1;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    const wp::int32 var_133 = 0;
    wp::int32 var_134;
    const wp::int32 var_135 = 0;
    bool var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 1;
    wp::int32 var_140;
    const wp::int32 var_141 = 0;
    bool var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 2;
    wp::int32 var_146;
    const wp::int32 var_147 = 0;
    bool var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    const wp::int32 var_151 = 3;
    wp::int32 var_152;
    const wp::int32 var_153 = 0;
    bool var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
    //---------
    // forward
    // def knn_grid_search(                                                                   <L 83>
    // q = wp.tid()                                                                           <L 96>
    var_0 = builtin_tid1d();
    // p = queries[q]                                                                         <L 97>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cx = wp.clamp(int(p[0] / cell_size), 0, dims[0] - 1)                                   <L 98>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::div(var_5, var_cell_size);
    var_7 = wp::int(var_6);
    var_10 = wp::extract(var_dims, var_9);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::clamp(var_7, var_8, var_12);
    // cy = wp.clamp(int(p[1] / cell_size), 0, dims[1] - 1)                                   <L 99>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::div(var_15, var_cell_size);
    var_17 = wp::int(var_16);
    var_20 = wp::extract(var_dims, var_19);
    var_22 = wp::sub(var_20, var_21);
    var_23 = wp::clamp(var_17, var_18, var_22);
    // cz = wp.clamp(int(p[2] / cell_size), 0, dims[2] - 1)                                   <L 100>
    var_25 = wp::extract(var_2, var_24);
    var_26 = wp::div(var_25, var_cell_size);
    var_27 = wp::int(var_26);
    var_30 = wp::extract(var_dims, var_29);
    var_32 = wp::sub(var_30, var_31);
    var_33 = wp::clamp(var_27, var_28, var_32);
    // dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                        <L 101>
    var_38 = wp::vec_t<4, wp::float32>(var_34, var_35, var_36, var_37);
    // ids = wp.vec4i(-1, -1, -1, -1)                                                         <L 102>
    var_47 = wp::vec_t<4, wp::int32>(var_40, var_42, var_44, var_46);
    // seen = int(0)                                                                          <L 103>
    var_49 = wp::int(var_48);
    // ring = int(0)                                                                          <L 104>
    var_51 = wp::int(var_50);
    // while ring <= max_rings:                                                               <L 105>
    start_while_0:;
    var_52 = (var_51 <= var_max_rings);
    if ((var_52) == false) goto end_while_0;
        // for dz in range(-ring, ring + 1):                                                  <L 106>
        var_53 = wp::neg(var_51);
        var_55 = wp::add(var_51, var_54);
        var_56 = wp::range(var_53, var_55);
        start_for_2:;
            if (iter_cmp(var_56) == 0) goto end_for_2;
            var_57 = wp::iter_next(var_56);
            // for dy in range(-ring, ring + 1):                                              <L 107>
            var_58 = wp::neg(var_51);
            var_60 = wp::add(var_51, var_59);
            var_61 = wp::range(var_58, var_60);
            start_for_4:;
                if (iter_cmp(var_61) == 0) goto end_for_4;
                var_62 = wp::iter_next(var_61);
                // for dx in range(-ring, ring + 1):                                          <L 108>
                var_63 = wp::neg(var_51);
                var_65 = wp::add(var_51, var_64);
                var_66 = wp::range(var_63, var_65);
                start_for_6:;
                    if (iter_cmp(var_66) == 0) goto end_for_6;
                    var_67 = wp::iter_next(var_66);
                    // if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:         <L 110>
                    var_68 = wp::abs(var_67);
                    var_69 = wp::abs(var_62);
                    var_70 = wp::abs(var_57);
                    var_71 = wp::max(var_69, var_70);
                    var_72 = wp::max(var_68, var_71);
                    var_73 = (var_72 != var_51);
                    if (var_73) {
                        // continue                                                           <L 111>
                        goto start_for_6;
                    }
                    // x = cx + dx                                                            <L 112>
                    var_74 = wp::add(var_13, var_67);
                    // y = cy + dy                                                            <L 113>
                    var_75 = wp::add(var_23, var_62);
                    // z = cz + dz                                                            <L 114>
                    var_76 = wp::add(var_33, var_57);
                    // if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:       <L 115>
                    var_78 = (var_74 < var_77);
                    var_80 = (var_75 < var_79);
                    var_82 = (var_76 < var_81);
                    var_84 = wp::extract(var_dims, var_83);
                    var_85 = (var_74 >= var_84);
                    var_87 = wp::extract(var_dims, var_86);
                    var_88 = (var_75 >= var_87);
                    var_90 = wp::extract(var_dims, var_89);
                    var_91 = (var_76 >= var_90);
                    var_92 = var_78 || var_80 || var_82 || var_85 || var_88 || var_91;
                    if (var_92) {
                        // continue                                                           <L 116>
                        goto start_for_6;
                    }
                    // c = (z * dims[1] + y) * dims[0] + x                                    <L 117>
                    var_94 = wp::extract(var_dims, var_93);
                    var_95 = wp::mul(var_76, var_94);
                    var_96 = wp::add(var_95, var_75);
                    var_98 = wp::extract(var_dims, var_97);
                    var_99 = wp::mul(var_96, var_98);
                    var_100 = wp::add(var_99, var_74);
                    // for k in range(cell_start[c], cell_end[c]):                            <L 118>
                    var_101 = wp::address(var_cell_start, var_100);
                    var_102 = wp::address(var_cell_end, var_100);
                    var_104 = wp::load(var_101);
                    var_105 = wp::load(var_102);
                    var_103 = wp::range(var_104, var_105);
                    start_for_8:;
                        if (iter_cmp(var_103) == 0) goto end_for_8;
                        var_106 = wp::iter_next(var_103);
                        // j = sorted_ids[k]                                                  <L 119>
                        var_107 = wp::address(var_sorted_ids, var_106);
                        var_109 = wp::load(var_107);
                        var_108 = wp::copy(var_109);
                        // d = wp.length_sq(points[j] - p)                                    <L 120>
                        var_110 = wp::address(var_points, var_108);
                        var_112 = wp::load(var_110);
                        var_111 = wp::sub(var_112, var_2);
                        var_113 = wp::length_sq(var_111);
                        // dists, ids = insert_sorted(dists, ids, d, j)                       <L 121>
                        insert_sorted_0(var_38, var_47, var_113, var_108, var_114, var_115);
                        // seen += 1                                                          <L 122>
                        var_118 = wp::add(var_49, var_117);
                        wp::assign(var_38, var_114);
                        wp::assign(var_47, var_115);
                        wp::assign(var_49, var_118);
                        goto start_for_8;
                    end_for_8:;
                    goto start_for_6;
                end_for_6:;
                goto start_for_4;
            end_for_4:;
            goto start_for_2;
        end_for_2:;
        // reach = float(ring) * cell_size                                                    <L 124>
        var_119 = wp::float(var_51);
        var_120 = wp::mul(var_119, var_cell_size);
        // if ids[3] >= 0 and dists[3] <= reach * reach:                                      <L 125>
        var_122 = wp::extract(var_47, var_121);
        var_124 = (var_122 >= var_123);
        var_126 = wp::extract(var_38, var_125);
        var_127 = wp::mul(var_120, var_120);
        var_128 = (var_126 <= var_127);
        var_129 = var_124 && var_128;
        if (var_129) {
            // break                                                                          <L 126>
            goto end_while_0;
        }
        // ring += 1                                                                          <L 127>
        var_132 = wp::add(var_51, var_131);
        wp::assign(var_51, var_132);
    goto start_while_0;
    end_while_0:;
    // for k in range(K):                                                                     <L 128>
    // if ids[k] >= 0:                                                                        <L 129>
    var_134 = wp::extract(var_47, var_133);
    var_136 = (var_134 >= var_135);
    if (var_136) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_137 = wp::extract(var_38, var_133);
        var_138 = wp::sqrt(var_137);
        wp::assign_inplace(var_38, var_133, var_138);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_140 = wp::extract(var_47, var_139);
    var_142 = (var_140 >= var_141);
    if (var_142) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_143 = wp::extract(var_38, var_139);
        var_144 = wp::sqrt(var_143);
        wp::assign_inplace(var_38, var_139, var_144);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_146 = wp::extract(var_47, var_145);
    var_148 = (var_146 >= var_147);
    if (var_148) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_149 = wp::extract(var_38, var_145);
        var_150 = wp::sqrt(var_149);
        wp::assign_inplace(var_38, var_145, var_150);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_152 = wp::extract(var_47, var_151);
    var_154 = (var_152 >= var_153);
    if (var_154) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_155 = wp::extract(var_38, var_151);
        var_156 = wp::sqrt(var_155);
        wp::assign_inplace(var_38, var_151, var_156);
    }
    // out_ids[q] = ids                                                                       <L 131>
    wp::array_store(var_out_ids, var_0, var_47);
    // out_d[q] = dists                                                                       <L 132>
    wp::array_store(var_out_d, var_0, var_38);
    // wp.atomic_add(visited, 0, seen)                                                        <L 133>
    var_158 = wp::atomic_add(var_visited, var_157, var_49);
}



void knn_grid_search_6c9aaa6c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_knn_grid_search_6c9aaa6c *_wp_args,
    wp_args_knn_grid_search_6c9aaa6c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries = _wp_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_cell_start = _wp_args->cell_start;
    wp::array_t<wp::int32> var_cell_end = _wp_args->cell_end;
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::vec_t<3, wp::int32> var_dims = _wp_args->dims;
    wp::int32 var_max_rings = _wp_args->max_rings;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids = _wp_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d = _wp_args->out_d;
    wp::array_t<wp::int32> var_visited = _wp_args->visited;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_queries = _wp_adj_args->queries;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_cell_start = _wp_adj_args->cell_start;
    wp::array_t<wp::int32> adj_cell_end = _wp_adj_args->cell_end;
    wp::array_t<wp::int32> adj_sorted_ids = _wp_adj_args->sorted_ids;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::vec_t<3, wp::int32> adj_dims = _wp_adj_args->dims;
    wp::int32 adj_max_rings = _wp_adj_args->max_rings;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_out_ids = _wp_adj_args->out_ids;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out_d = _wp_adj_args->out_d;
    wp::array_t<wp::int32> adj_visited = _wp_adj_args->visited;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 2;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::int32 var_33;
    const wp::float32 var_34 = 1e+30;
    const wp::float32 var_35 = 1e+30;
    const wp::float32 var_36 = 1e+30;
    const wp::float32 var_37 = 1e+30;
    wp::vec_t<4, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = -1;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = -1;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = -1;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = -1;
    wp::vec_t<4, wp::int32> var_47;
    const wp::int32 var_48 = 0;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    bool var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::range_t var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    wp::int32 var_72;
    bool var_73;
    wp::int32 var_74;
    wp::int32 var_75;
    wp::int32 var_76;
    const wp::int32 var_77 = 0;
    bool var_78;
    const wp::int32 var_79 = 0;
    bool var_80;
    const wp::int32 var_81 = 0;
    bool var_82;
    const wp::int32 var_83 = 0;
    wp::int32 var_84;
    bool var_85;
    const wp::int32 var_86 = 1;
    wp::int32 var_87;
    bool var_88;
    const wp::int32 var_89 = 2;
    wp::int32 var_90;
    bool var_91;
    bool var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    wp::int32 var_95;
    wp::int32 var_96;
    const wp::int32 var_97 = 0;
    wp::int32 var_98;
    wp::int32 var_99;
    wp::int32 var_100;
    wp::int32* var_101;
    wp::int32* var_102;
    wp::range_t var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    wp::int32* var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::vec_t<3, wp::float32>* var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32> var_112;
    wp::float32 var_113;
    wp::vec_t<4, wp::float32> var_114;
    wp::vec_t<4, wp::int32> var_115;
    const wp::int32 var_116 = 1;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    const wp::int32 var_121 = 3;
    wp::int32 var_122;
    const wp::int32 var_123 = 0;
    bool var_124;
    const wp::int32 var_125 = 3;
    wp::float32 var_126;
    wp::float32 var_127;
    bool var_128;
    bool var_129;
    const wp::int32 var_130 = 1;
    const wp::int32 var_131 = 1;
    wp::int32 var_132;
    const wp::int32 var_133 = 0;
    wp::int32 var_134;
    const wp::int32 var_135 = 0;
    bool var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    const wp::int32 var_139 = 1;
    wp::int32 var_140;
    const wp::int32 var_141 = 0;
    bool var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    const wp::int32 var_145 = 2;
    wp::int32 var_146;
    const wp::int32 var_147 = 0;
    bool var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    const wp::int32 var_151 = 3;
    wp::int32 var_152;
    const wp::int32 var_153 = 0;
    bool var_154;
    wp::float32 var_155;
    wp::float32 var_156;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
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
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<4, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::vec_t<4, wp::int32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::range_t adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::range_t adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::range_t adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    bool adj_78 = {};
    wp::int32 adj_79 = {};
    bool adj_80 = {};
    wp::int32 adj_81 = {};
    bool adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    bool adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    bool adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    bool adj_91 = {};
    bool adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::range_t adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::vec_t<3, wp::float32> adj_111 = {};
    wp::vec_t<3, wp::float32> adj_112 = {};
    wp::float32 adj_113 = {};
    wp::vec_t<4, wp::float32> adj_114 = {};
    wp::vec_t<4, wp::int32> adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    bool adj_124 = {};
    wp::int32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    bool adj_128 = {};
    bool adj_129 = {};
    wp::int32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    bool adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    bool adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    bool adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    bool adj_154 = {};
    wp::float32 adj_155 = {};
    wp::float32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    //---------
    // forward
    // def knn_grid_search(                                                                   <L 83>
    // q = wp.tid()                                                                           <L 96>
    var_0 = builtin_tid1d();
    // p = queries[q]                                                                         <L 97>
    var_1 = wp::address(var_queries, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // cx = wp.clamp(int(p[0] / cell_size), 0, dims[0] - 1)                                   <L 98>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::div(var_5, var_cell_size);
    var_7 = wp::int(var_6);
    var_10 = wp::extract(var_dims, var_9);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::clamp(var_7, var_8, var_12);
    // cy = wp.clamp(int(p[1] / cell_size), 0, dims[1] - 1)                                   <L 99>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::div(var_15, var_cell_size);
    var_17 = wp::int(var_16);
    var_20 = wp::extract(var_dims, var_19);
    var_22 = wp::sub(var_20, var_21);
    var_23 = wp::clamp(var_17, var_18, var_22);
    // cz = wp.clamp(int(p[2] / cell_size), 0, dims[2] - 1)                                   <L 100>
    var_25 = wp::extract(var_2, var_24);
    var_26 = wp::div(var_25, var_cell_size);
    var_27 = wp::int(var_26);
    var_30 = wp::extract(var_dims, var_29);
    var_32 = wp::sub(var_30, var_31);
    var_33 = wp::clamp(var_27, var_28, var_32);
    // dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                        <L 101>
    var_38 = wp::vec_t<4, wp::float32>(var_34, var_35, var_36, var_37);
    // ids = wp.vec4i(-1, -1, -1, -1)                                                         <L 102>
    var_47 = wp::vec_t<4, wp::int32>(var_40, var_42, var_44, var_46);
    // seen = int(0)                                                                          <L 103>
    var_49 = wp::int(var_48);
    // ring = int(0)                                                                          <L 104>
    var_51 = wp::int(var_50);
    // while ring <= max_rings:                                                               <L 105>
    // for k in range(K):                                                                     <L 128>
    // if ids[k] >= 0:                                                                        <L 129>
    var_134 = wp::extract(var_47, var_133);
    var_136 = (var_134 >= var_135);
    if (var_136) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_137 = wp::extract(var_38, var_133);
        var_138 = wp::sqrt(var_137);
        wp::assign_inplace(var_38, var_133, var_138);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_140 = wp::extract(var_47, var_139);
    var_142 = (var_140 >= var_141);
    if (var_142) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_143 = wp::extract(var_38, var_139);
        var_144 = wp::sqrt(var_143);
        wp::assign_inplace(var_38, var_139, var_144);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_146 = wp::extract(var_47, var_145);
    var_148 = (var_146 >= var_147);
    if (var_148) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_149 = wp::extract(var_38, var_145);
        var_150 = wp::sqrt(var_149);
        wp::assign_inplace(var_38, var_145, var_150);
    }
    // if ids[k] >= 0:                                                                        <L 129>
    var_152 = wp::extract(var_47, var_151);
    var_154 = (var_152 >= var_153);
    if (var_154) {
        // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
        var_155 = wp::extract(var_38, var_151);
        var_156 = wp::sqrt(var_155);
        wp::assign_inplace(var_38, var_151, var_156);
    }
    // out_ids[q] = ids                                                                       <L 131>
    // wp::array_store(var_out_ids, var_0, var_47);
    // out_d[q] = dists                                                                       <L 132>
    // wp::array_store(var_out_d, var_0, var_38);
    // wp.atomic_add(visited, 0, seen)                                                        <L 133>
    // var_158 = wp::atomic_add(var_visited, var_157, var_49);
    //---------
    // reverse
    wp::adj_atomic_add(var_visited, var_157, var_49, adj_visited, adj_157, adj_49, adj_158);
    // adj: wp.atomic_add(visited, 0, seen)                                                   <L 133>
    wp::adj_array_store(var_out_d, var_0, var_38, adj_out_d, adj_0, adj_38);
    // adj: out_d[q] = dists                                                                  <L 132>
    wp::adj_array_store(var_out_ids, var_0, var_47, adj_out_ids, adj_0, adj_47);
    // adj: out_ids[q] = ids                                                                  <L 131>
    if (var_154) {
        wp::adj_assign_inplace(var_38, var_151, var_156, adj_38, adj_151, adj_156);
        wp::adj_sqrt(var_155, var_156, adj_155, adj_156);
        wp::adj_extract(var_38, var_151, adj_38, adj_151, adj_155);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
    }
    wp::adj_extract(var_47, var_151, adj_47, adj_151, adj_152);
    // adj: if ids[k] >= 0:                                                                   <L 129>
    if (var_148) {
        wp::adj_assign_inplace(var_38, var_145, var_150, adj_38, adj_145, adj_150);
        wp::adj_sqrt(var_149, var_150, adj_149, adj_150);
        wp::adj_extract(var_38, var_145, adj_38, adj_145, adj_149);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
    }
    wp::adj_extract(var_47, var_145, adj_47, adj_145, adj_146);
    // adj: if ids[k] >= 0:                                                                   <L 129>
    if (var_142) {
        wp::adj_assign_inplace(var_38, var_139, var_144, adj_38, adj_139, adj_144);
        wp::adj_sqrt(var_143, var_144, adj_143, adj_144);
        wp::adj_extract(var_38, var_139, adj_38, adj_139, adj_143);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
    }
    wp::adj_extract(var_47, var_139, adj_47, adj_139, adj_140);
    // adj: if ids[k] >= 0:                                                                   <L 129>
    if (var_136) {
        wp::adj_assign_inplace(var_38, var_133, var_138, adj_38, adj_133, adj_138);
        wp::adj_sqrt(var_137, var_138, adj_137, adj_138);
        wp::adj_extract(var_38, var_133, adj_38, adj_133, adj_137);
        // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
    }
    wp::adj_extract(var_47, var_133, adj_47, adj_133, adj_134);
    // adj: if ids[k] >= 0:                                                                   <L 129>
    // adj: for k in range(K):                                                                <L 128>
    start_while_0:;
    var_52 = (var_51 <= var_max_rings);
    if ((var_52) == false) goto end_while_0;
    adj_53 = {};
    adj_54 = {};
    adj_55 = {};
    adj_56 = {};
    adj_119 = {};
    adj_120 = {};
    adj_121 = {};
    adj_122 = {};
    adj_123 = {};
    adj_124 = {};
    adj_125 = {};
    adj_126 = {};
    adj_127 = {};
    adj_128 = {};
    adj_129 = {};
    adj_130 = {};
    adj_131 = {};
    adj_132 = {};
        // for dz in range(-ring, ring + 1):                                                  <L 106>
        var_53 = wp::neg(var_51);
        var_55 = wp::add(var_51, var_54);
        var_56 = wp::range(var_53, var_55);
        // reach = float(ring) * cell_size                                                    <L 124>
        var_119 = wp::float(var_51);
        var_120 = wp::mul(var_119, var_cell_size);
        // if ids[3] >= 0 and dists[3] <= reach * reach:                                      <L 125>
        var_122 = wp::extract(var_47, var_121);
        var_124 = (var_122 >= var_123);
        var_126 = wp::extract(var_38, var_125);
        var_127 = wp::mul(var_120, var_120);
        var_128 = (var_126 <= var_127);
        var_129 = var_124 && var_128;
        if (var_129) {
            // break                                                                          <L 126>
            goto end_while_0;
        }
        // ring += 1                                                                          <L 127>
        var_132 = wp::add(var_51, var_131);
        wp::assign(var_51, var_132);
        wp::adj_assign(var_51, var_132, adj_51, adj_132);
        wp::adj_add(var_51, var_131, adj_51, adj_131, adj_132);
        // adj: ring += 1                                                                     <L 127>
        if (var_129) {
            // adj: break                                                                     <L 126>
        }
        wp::adj_mul(var_120, var_120, adj_120, adj_120, adj_127);
        wp::adj_extract(var_38, var_125, adj_38, adj_125, adj_126);
        wp::adj_extract(var_47, var_121, adj_47, adj_121, adj_122);
        // adj: if ids[3] >= 0 and dists[3] <= reach * reach:                                 <L 125>
        wp::adj_mul(var_119, var_cell_size, adj_119, adj_cell_size, adj_120);
        wp::adj_float(var_51, adj_51, adj_119);
        // adj: reach = float(ring) * cell_size                                               <L 124>
        var_56 = wp::iter_reverse(var_56);
        start_for_2:;
            if (iter_cmp(var_56) == 0) goto end_for_2;
            var_57 = wp::iter_next(var_56);
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
            // for dy in range(-ring, ring + 1):                                              <L 107>
            var_58 = wp::neg(var_51);
            var_60 = wp::add(var_51, var_59);
            var_61 = wp::range(var_58, var_60);
            var_61 = wp::iter_reverse(var_61);
            start_for_4:;
                if (iter_cmp(var_61) == 0) goto end_for_4;
                var_62 = wp::iter_next(var_61);
            	adj_63 = {};
            	adj_64 = {};
            	adj_65 = {};
            	adj_66 = {};
                // for dx in range(-ring, ring + 1):                                          <L 108>
                var_63 = wp::neg(var_51);
                var_65 = wp::add(var_51, var_64);
                var_66 = wp::range(var_63, var_65);
                var_66 = wp::iter_reverse(var_66);
                start_for_6:;
                    if (iter_cmp(var_66) == 0) goto end_for_6;
                    var_67 = wp::iter_next(var_66);
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
                	adj_89 = {};
                	adj_90 = {};
                	adj_91 = {};
                	adj_92 = {};
                	adj_93 = {};
                	adj_94 = {};
                	adj_95 = {};
                	adj_96 = {};
                	adj_97 = {};
                	adj_98 = {};
                	adj_99 = {};
                	adj_100 = {};
                	adj_101 = {};
                	adj_102 = {};
                	adj_103 = {};
                	adj_104 = {};
                	adj_105 = {};
                    // if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:         <L 110>
                    var_68 = wp::abs(var_67);
                    var_69 = wp::abs(var_62);
                    var_70 = wp::abs(var_57);
                    var_71 = wp::max(var_69, var_70);
                    var_72 = wp::max(var_68, var_71);
                    var_73 = (var_72 != var_51);
                    if (var_73) {
                        // continue                                                           <L 111>
                        goto start_for_6;
                    }
                    // x = cx + dx                                                            <L 112>
                    var_74 = wp::add(var_13, var_67);
                    // y = cy + dy                                                            <L 113>
                    var_75 = wp::add(var_23, var_62);
                    // z = cz + dz                                                            <L 114>
                    var_76 = wp::add(var_33, var_57);
                    // if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:       <L 115>
                    var_78 = (var_74 < var_77);
                    var_80 = (var_75 < var_79);
                    var_82 = (var_76 < var_81);
                    var_84 = wp::extract(var_dims, var_83);
                    var_85 = (var_74 >= var_84);
                    var_87 = wp::extract(var_dims, var_86);
                    var_88 = (var_75 >= var_87);
                    var_90 = wp::extract(var_dims, var_89);
                    var_91 = (var_76 >= var_90);
                    var_92 = var_78 || var_80 || var_82 || var_85 || var_88 || var_91;
                    if (var_92) {
                        // continue                                                           <L 116>
                        goto start_for_6;
                    }
                    // c = (z * dims[1] + y) * dims[0] + x                                    <L 117>
                    var_94 = wp::extract(var_dims, var_93);
                    var_95 = wp::mul(var_76, var_94);
                    var_96 = wp::add(var_95, var_75);
                    var_98 = wp::extract(var_dims, var_97);
                    var_99 = wp::mul(var_96, var_98);
                    var_100 = wp::add(var_99, var_74);
                    // for k in range(cell_start[c], cell_end[c]):                            <L 118>
                    var_101 = wp::address(var_cell_start, var_100);
                    var_102 = wp::address(var_cell_end, var_100);
                    var_104 = wp::load(var_101);
                    var_105 = wp::load(var_102);
                    var_103 = wp::range(var_104, var_105);
                    var_103 = wp::iter_reverse(var_103);
                    start_for_8:;
                        if (iter_cmp(var_103) == 0) goto end_for_8;
                        var_106 = wp::iter_next(var_103);
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
                        // j = sorted_ids[k]                                                  <L 119>
                        var_107 = wp::address(var_sorted_ids, var_106);
                        var_109 = wp::load(var_107);
                        var_108 = wp::copy(var_109);
                        // d = wp.length_sq(points[j] - p)                                    <L 120>
                        var_110 = wp::address(var_points, var_108);
                        var_112 = wp::load(var_110);
                        var_111 = wp::sub(var_112, var_2);
                        var_113 = wp::length_sq(var_111);
                        // dists, ids = insert_sorted(dists, ids, d, j)                       <L 121>
                        insert_sorted_0(var_38, var_47, var_113, var_108, var_114, var_115);
                        // seen += 1                                                          <L 122>
                        var_118 = wp::add(var_49, var_117);
                        wp::assign(var_38, var_114);
                        wp::assign(var_47, var_115);
                        wp::assign(var_49, var_118);
                        wp::adj_assign(var_49, var_118, adj_49, adj_118);
                        wp::adj_assign(var_47, var_115, adj_47, adj_115);
                        wp::adj_assign(var_38, var_114, adj_38, adj_114);
                        wp::adj_add(var_49, var_117, adj_49, adj_117, adj_118);
                        // adj: seen += 1                                                     <L 122>
                        adj_insert_sorted_0(var_38, var_47, var_113, var_108, var_114, var_115, adj_38, adj_47, adj_113, adj_108, adj_114, adj_115);
                        // adj: dists, ids = insert_sorted(dists, ids, d, j)                  <L 121>
                        wp::adj_length_sq(var_111, adj_111, adj_113);
                        wp::adj_sub(var_112, var_2, adj_110, adj_2, adj_111);
                        wp::adj_address(var_points, var_108, adj_points, adj_108, adj_110);
                        // adj: d = wp.length_sq(points[j] - p)                               <L 120>
                        wp::adj_copy(var_109, adj_107, adj_108);
                        wp::adj_address(var_sorted_ids, var_106, adj_sorted_ids, adj_106, adj_107);
                        // adj: j = sorted_ids[k]                                             <L 119>
                    	goto start_for_8;
                    end_for_8:;
                    wp::adj_range(var_104, var_105, adj_101, adj_102, adj_103);
                    wp::adj_address(var_cell_end, var_100, adj_cell_end, adj_100, adj_102);
                    wp::adj_address(var_cell_start, var_100, adj_cell_start, adj_100, adj_101);
                    // adj: for k in range(cell_start[c], cell_end[c]):                       <L 118>
                    wp::adj_add(var_99, var_74, adj_99, adj_74, adj_100);
                    wp::adj_mul(var_96, var_98, adj_96, adj_98, adj_99);
                    wp::adj_extract(var_dims, var_97, adj_dims, adj_97, adj_98);
                    wp::adj_add(var_95, var_75, adj_95, adj_75, adj_96);
                    wp::adj_mul(var_76, var_94, adj_76, adj_94, adj_95);
                    wp::adj_extract(var_dims, var_93, adj_dims, adj_93, adj_94);
                    // adj: c = (z * dims[1] + y) * dims[0] + x                               <L 117>
                    if (var_92) {
                        // adj: continue                                                      <L 116>
                    }
                    wp::adj_extract(var_dims, var_89, adj_dims, adj_89, adj_90);
                    wp::adj_extract(var_dims, var_86, adj_dims, adj_86, adj_87);
                    wp::adj_extract(var_dims, var_83, adj_dims, adj_83, adj_84);
                    // adj: if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:  <L 115>
                    wp::adj_add(var_33, var_57, adj_33, adj_57, adj_76);
                    // adj: z = cz + dz                                                       <L 114>
                    wp::adj_add(var_23, var_62, adj_23, adj_62, adj_75);
                    // adj: y = cy + dy                                                       <L 113>
                    wp::adj_add(var_13, var_67, adj_13, adj_67, adj_74);
                    // adj: x = cx + dx                                                       <L 112>
                    if (var_73) {
                        // adj: continue                                                      <L 111>
                    }
                    wp::adj_max(var_68, var_71, adj_68, adj_71, adj_72);
                    wp::adj_max(var_69, var_70, adj_69, adj_70, adj_71);
                    wp::adj_abs(var_57, adj_57, adj_70);
                    wp::adj_abs(var_62, adj_62, adj_69);
                    wp::adj_abs(var_67, adj_67, adj_68);
                    // adj: if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:    <L 110>
                	goto start_for_6;
                end_for_6:;
                wp::adj_range(var_63, var_65, adj_63, adj_65, adj_66);
                wp::adj_add(var_51, var_64, adj_51, adj_64, adj_65);
                wp::adj_neg(var_51, adj_51, adj_63);
                // adj: for dx in range(-ring, ring + 1):                                     <L 108>
            	goto start_for_4;
            end_for_4:;
            wp::adj_range(var_58, var_60, adj_58, adj_60, adj_61);
            wp::adj_add(var_51, var_59, adj_51, adj_59, adj_60);
            wp::adj_neg(var_51, adj_51, adj_58);
            // adj: for dy in range(-ring, ring + 1):                                         <L 107>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_53, var_55, adj_53, adj_55, adj_56);
        wp::adj_add(var_51, var_54, adj_51, adj_54, adj_55);
        wp::adj_neg(var_51, adj_51, adj_53);
        // adj: for dz in range(-ring, ring + 1):                                             <L 106>
    goto start_while_0;
    end_while_0:;
    // adj: while ring <= max_rings:                                                          <L 105>
    wp::adj_int(var_50, adj_50, adj_51);
    // adj: ring = int(0)                                                                     <L 104>
    wp::adj_int(var_48, adj_48, adj_49);
    // adj: seen = int(0)                                                                     <L 103>
    wp::adj_vec_t(var_40, var_42, var_44, var_46, adj_40, adj_42, adj_44, adj_46, adj_47);
    // adj: ids = wp.vec4i(-1, -1, -1, -1)                                                    <L 102>
    wp::adj_vec_t(var_34, var_35, var_36, var_37, adj_34, adj_35, adj_36, adj_37, adj_38);
    // adj: dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                   <L 101>
    wp::adj_clamp(var_27, var_28, var_32, adj_27, adj_28, adj_32, adj_33);
    wp::adj_sub(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_extract(var_dims, var_29, adj_dims, adj_29, adj_30);
    wp::adj_int(var_26, adj_26, adj_27);
    wp::adj_div(var_25, var_cell_size, var_26, adj_25, adj_cell_size, adj_26);
    wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
    // adj: cz = wp.clamp(int(p[2] / cell_size), 0, dims[2] - 1)                              <L 100>
    wp::adj_clamp(var_17, var_18, var_22, adj_17, adj_18, adj_22, adj_23);
    wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_dims, var_19, adj_dims, adj_19, adj_20);
    wp::adj_int(var_16, adj_16, adj_17);
    wp::adj_div(var_15, var_cell_size, var_16, adj_15, adj_cell_size, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: cy = wp.clamp(int(p[1] / cell_size), 0, dims[1] - 1)                              <L 99>
    wp::adj_clamp(var_7, var_8, var_12, adj_7, adj_8, adj_12, adj_13);
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_extract(var_dims, var_9, adj_dims, adj_9, adj_10);
    wp::adj_int(var_6, adj_6, adj_7);
    wp::adj_div(var_5, var_cell_size, var_6, adj_5, adj_cell_size, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: cx = wp.clamp(int(p[0] / cell_size), 0, dims[0] - 1)                              <L 98>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
    // adj: p = queries[q]                                                                    <L 97>
    // adj: q = wp.tid()                                                                      <L 96>
    // adj: def knn_grid_search(                                                              <L 83>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void knn_grid_search_6c9aaa6c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_knn_grid_search_6c9aaa6c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_grid_search_6c9aaa6c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void knn_grid_search_6c9aaa6c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_knn_grid_search_6c9aaa6c *_wp_args,
    wp_args_knn_grid_search_6c9aaa6c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        knn_grid_search_6c9aaa6c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

