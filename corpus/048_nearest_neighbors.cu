#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


// corpus/048_nearest_neighbors.py:6
static CUDA_CALLABLE void insert_sorted_0(
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
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
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
    var_9 = (var_6 > var_8);
    var_7 = var_9;
    if (var_7) {
        var_11 = wp::sub(var_6, var_10);
        var_12 = wp::extract(var_0, var_11);
        var_13 = (var_12 > var_d);
        var_7 = var_7 && var_13;
    }
    if ((var_7) == false) goto end_while_1;
        // nd[pos] = nd[pos - 1]                                                              <L 14>
        var_15 = wp::sub(var_6, var_14);
        var_16 = wp::extract(var_0, var_15);
        wp::assign_inplace(var_0, var_6, var_16);
        // ni[pos] = ni[pos - 1]                                                              <L 15>
        var_18 = wp::sub(var_6, var_17);
        var_19 = wp::extract(var_1, var_18);
        wp::assign_inplace(var_1, var_6, var_19);
        // pos -= 1                                                                           <L 16>
        var_21 = wp::sub(var_6, var_20);
        wp::assign(var_6, var_21);
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
static CUDA_CALLABLE void adj_insert_sorted_0(
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
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    //---------
    // dual vars
    wp::vec_t<4, wp::float32> adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
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
    var_9 = (var_6 > var_8);
    var_7 = var_9;
    if (var_7) {
        var_11 = wp::sub(var_6, var_10);
        var_12 = wp::extract(var_0, var_11);
        var_13 = (var_12 > var_d);
        var_7 = var_7 && var_13;
    }
    if ((var_7) == false) goto end_while_1;
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
        // nd[pos] = nd[pos - 1]                                                              <L 14>
        var_15 = wp::sub(var_6, var_14);
        var_16 = wp::extract(var_0, var_15);
        wp::assign_inplace(var_0, var_6, var_16);
        // ni[pos] = ni[pos - 1]                                                              <L 15>
        var_18 = wp::sub(var_6, var_17);
        var_19 = wp::extract(var_1, var_18);
        wp::assign_inplace(var_1, var_6, var_19);
        // pos -= 1                                                                           <L 16>
        var_21 = wp::sub(var_6, var_20);
        wp::assign(var_6, var_21);
        wp::adj_assign(var_6, var_21, adj_6, adj_21);
        wp::adj_sub(var_6, var_20, adj_6, adj_20, adj_21);
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



extern "C" __global__ void knn_bruteforce_90cc7daa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = -1;
        const wp::int32 var_11 = -1;
        const wp::int32 var_12 = -1;
        wp::vec_t<4, wp::int32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::vec_t<4, wp::float32> var_24;
        wp::vec_t<4, wp::int32> var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        const wp::int32 var_28 = 0;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        const wp::int32 var_40 = 0;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
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
        var_13 = wp::vec_t<4, wp::int32>(var_9, var_10, var_11, var_12);
        // for j in range(points.shape[0]):                                                       <L 28>
        var_14 = &(var_points.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
            // d = wp.length_sq(points[j] - p)                                                    <L 29>
            var_20 = wp::address(var_points, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_22, var_2);
            var_23 = wp::length_sq(var_21);
            // dists, ids = insert_sorted(dists, ids, d, j)                                       <L 30>
            insert_sorted_0(var_8, var_13, var_23, var_19, var_24, var_25);
            wp::assign(var_8, var_24);
            wp::assign(var_13, var_25);
            goto start_for_0;
        end_for_0:;
        // for k in range(K):                                                                     <L 31>
        // if ids[k] >= 0:                                                                        <L 32>
        var_27 = wp::extract(var_13, var_26);
        var_29 = (var_27 >= var_28);
        if (var_29) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_30 = wp::extract(var_8, var_26);
            var_31 = wp::sqrt(var_30);
            wp::assign_inplace(var_8, var_26, var_31);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_33 = wp::extract(var_13, var_32);
        var_35 = (var_33 >= var_34);
        if (var_35) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_36 = wp::extract(var_8, var_32);
            var_37 = wp::sqrt(var_36);
            wp::assign_inplace(var_8, var_32, var_37);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_39 = wp::extract(var_13, var_38);
        var_41 = (var_39 >= var_40);
        if (var_41) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_42 = wp::extract(var_8, var_38);
            var_43 = wp::sqrt(var_42);
            wp::assign_inplace(var_8, var_38, var_43);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_45 = wp::extract(var_13, var_44);
        var_47 = (var_45 >= var_46);
        if (var_47) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_48 = wp::extract(var_8, var_44);
            var_49 = wp::sqrt(var_48);
            wp::assign_inplace(var_8, var_44, var_49);
        }
        // out_ids[q] = ids                                                                       <L 34>
        wp::array_store(var_out_ids, var_0, var_13);
        // out_d[q] = dists                                                                       <L 35>
        wp::array_store(var_out_d, var_0, var_8);
    }
}



extern "C" __global__ void knn_bruteforce_90cc7daa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out_d)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = -1;
        const wp::int32 var_11 = -1;
        const wp::int32 var_12 = -1;
        wp::vec_t<4, wp::int32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::vec_t<4, wp::float32> var_24;
        wp::vec_t<4, wp::int32> var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        const wp::int32 var_28 = 0;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        const wp::int32 var_40 = 0;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 3;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
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
        wp::vec_t<4, wp::int32> adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<4, wp::float32> adj_24 = {};
        wp::vec_t<4, wp::int32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        bool adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
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
        var_13 = wp::vec_t<4, wp::int32>(var_9, var_10, var_11, var_12);
        // for j in range(points.shape[0]):                                                       <L 28>
        var_14 = &(var_points.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        // for k in range(K):                                                                     <L 31>
        // if ids[k] >= 0:                                                                        <L 32>
        var_27 = wp::extract(var_13, var_26);
        var_29 = (var_27 >= var_28);
        if (var_29) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_30 = wp::extract(var_8, var_26);
            var_31 = wp::sqrt(var_30);
            wp::assign_inplace(var_8, var_26, var_31);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_33 = wp::extract(var_13, var_32);
        var_35 = (var_33 >= var_34);
        if (var_35) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_36 = wp::extract(var_8, var_32);
            var_37 = wp::sqrt(var_36);
            wp::assign_inplace(var_8, var_32, var_37);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_39 = wp::extract(var_13, var_38);
        var_41 = (var_39 >= var_40);
        if (var_41) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_42 = wp::extract(var_8, var_38);
            var_43 = wp::sqrt(var_42);
            wp::assign_inplace(var_8, var_38, var_43);
        }
        // if ids[k] >= 0:                                                                        <L 32>
        var_45 = wp::extract(var_13, var_44);
        var_47 = (var_45 >= var_46);
        if (var_47) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 33>
            var_48 = wp::extract(var_8, var_44);
            var_49 = wp::sqrt(var_48);
            wp::assign_inplace(var_8, var_44, var_49);
        }
        // out_ids[q] = ids                                                                       <L 34>
        // wp::array_store(var_out_ids, var_0, var_13);
        // out_d[q] = dists                                                                       <L 35>
        // wp::array_store(var_out_d, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out_d, var_0, var_8, adj_out_d, adj_0, adj_8);
        // adj: out_d[q] = dists                                                                  <L 35>
        wp::adj_array_store(var_out_ids, var_0, var_13, adj_out_ids, adj_0, adj_13);
        // adj: out_ids[q] = ids                                                                  <L 34>
        if (var_47) {
            wp::adj_assign_inplace(var_8, var_44, var_49, adj_8, adj_44, adj_49);
            wp::adj_sqrt(var_48, var_49, adj_48, adj_49);
            wp::adj_extract(var_8, var_44, adj_8, adj_44, adj_48);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
        }
        wp::adj_extract(var_13, var_44, adj_13, adj_44, adj_45);
        // adj: if ids[k] >= 0:                                                                   <L 32>
        if (var_41) {
            wp::adj_assign_inplace(var_8, var_38, var_43, adj_8, adj_38, adj_43);
            wp::adj_sqrt(var_42, var_43, adj_42, adj_43);
            wp::adj_extract(var_8, var_38, adj_8, adj_38, adj_42);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
        }
        wp::adj_extract(var_13, var_38, adj_13, adj_38, adj_39);
        // adj: if ids[k] >= 0:                                                                   <L 32>
        if (var_35) {
            wp::adj_assign_inplace(var_8, var_32, var_37, adj_8, adj_32, adj_37);
            wp::adj_sqrt(var_36, var_37, adj_36, adj_37);
            wp::adj_extract(var_8, var_32, adj_8, adj_32, adj_36);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
        }
        wp::adj_extract(var_13, var_32, adj_13, adj_32, adj_33);
        // adj: if ids[k] >= 0:                                                                   <L 32>
        if (var_29) {
            wp::adj_assign_inplace(var_8, var_26, var_31, adj_8, adj_26, adj_31);
            wp::adj_sqrt(var_30, var_31, adj_30, adj_31);
            wp::adj_extract(var_8, var_26, adj_8, adj_26, adj_30);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 33>
        }
        wp::adj_extract(var_13, var_26, adj_13, adj_26, adj_27);
        // adj: if ids[k] >= 0:                                                                   <L 32>
        // adj: for k in range(K):                                                                <L 31>
        var_18 = wp::iter_reverse(var_18);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // d = wp.length_sq(points[j] - p)                                                    <L 29>
            var_20 = wp::address(var_points, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_22, var_2);
            var_23 = wp::length_sq(var_21);
            // dists, ids = insert_sorted(dists, ids, d, j)                                       <L 30>
            insert_sorted_0(var_8, var_13, var_23, var_19, var_24, var_25);
            wp::assign(var_8, var_24);
            wp::assign(var_13, var_25);
            wp::adj_assign(var_13, var_25, adj_13, adj_25);
            wp::adj_assign(var_8, var_24, adj_8, adj_24);
            adj_insert_sorted_0(var_8, var_13, var_23, var_19, var_24, var_25, adj_8, adj_13, adj_23, adj_19, adj_24, adj_25);
            // adj: dists, ids = insert_sorted(dists, ids, d, j)                                  <L 30>
            wp::adj_length_sq(var_21, adj_21, adj_23);
            wp::adj_sub(var_22, var_2, adj_20, adj_2, adj_21);
            wp::adj_address(var_points, var_19, adj_points, adj_19, adj_20);
            // adj: d = wp.length_sq(points[j] - p)                                               <L 29>
        	goto start_for_0;
        end_for_0:;
        adj_points.shape = adj_14;
        // adj: for j in range(points.shape[0]):                                                  <L 28>
        wp::adj_vec_t(var_9, var_10, var_11, var_12, adj_9, adj_10, adj_11, adj_12, adj_13);
        // adj: ids = wp.vec4i(-1, -1, -1, -1)                                                    <L 27>
        wp::adj_vec_t(var_4, var_5, var_6, var_7, adj_4, adj_5, adj_6, adj_7, adj_8);
        // adj: dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                   <L 26>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
        // adj: p = queries[q]                                                                    <L 25>
        // adj: q = wp.tid()                                                                      <L 24>
        // adj: def knn_bruteforce(queries: wp.array(dtype=wp.vec3), points: wp.array(dtype=wp.vec3), out_ids: wp.array(dtype=wp.vec4i), out_d: wp.array(dtype=wp.vec4)):  <L 23>
        continue;
    }
}



extern "C" __global__ void knn_mean_normal_4887b683_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::int32>> var_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        wp::int32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        wp::int32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::int32 var_44;
        const wp::int32 var_45 = 3;
        wp::int32 var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::int32 var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32>* var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        const wp::int32 var_79 = 0;
        bool var_80;
        wp::int32 var_81;
        wp::vec_t<3, wp::float32>* var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 2;
        wp::int32 var_90;
        const wp::int32 var_91 = 0;
        bool var_92;
        wp::int32 var_93;
        wp::vec_t<3, wp::float32>* var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
        const wp::int32 var_101 = 3;
        wp::int32 var_102;
        const wp::int32 var_103 = 0;
        bool var_104;
        wp::int32 var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::mat_t<3, 3, wp::float32> var_110;
        wp::mat_t<3, 3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        const wp::float32 var_113 = 1.0;
        const wp::float32 var_114 = 0.0;
        const wp::float32 var_115 = 0.0;
        wp::vec_t<3, wp::float32> var_116;
        const wp::int32 var_117 = 0;
        wp::vec_t<3, wp::float32> var_118;
        wp::float32 var_119;
        const wp::float32 var_120 = 0.0;
        bool var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
        const wp::int32 var_124 = 1;
        wp::vec_t<3, wp::float32> var_125;
        wp::float32 var_126;
        const wp::float32 var_127 = 0.0;
        bool var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::int32 var_131 = 2;
        wp::vec_t<3, wp::float32> var_132;
        wp::float32 var_133;
        const wp::float32 var_134 = 0.0;
        bool var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        const wp::int32 var_138 = 3;
        wp::vec_t<3, wp::float32> var_139;
        wp::float32 var_140;
        const wp::float32 var_141 = 0.0;
        bool var_142;
        wp::vec_t<3, wp::float32> var_143;
        wp::vec_t<3, wp::float32> var_144;
        const wp::int32 var_145 = 4;
        wp::vec_t<3, wp::float32> var_146;
        wp::float32 var_147;
        const wp::float32 var_148 = 0.0;
        bool var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        const wp::int32 var_152 = 5;
        wp::vec_t<3, wp::float32> var_153;
        wp::float32 var_154;
        const wp::float32 var_155 = 0.0;
        bool var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        const wp::int32 var_159 = 6;
        wp::vec_t<3, wp::float32> var_160;
        wp::float32 var_161;
        const wp::float32 var_162 = 0.0;
        bool var_163;
        wp::vec_t<3, wp::float32> var_164;
        wp::vec_t<3, wp::float32> var_165;
        const wp::int32 var_166 = 7;
        wp::vec_t<3, wp::float32> var_167;
        wp::float32 var_168;
        const wp::float32 var_169 = 0.0;
        bool var_170;
        wp::vec_t<3, wp::float32> var_171;
        wp::vec_t<3, wp::float32> var_172;
        const wp::float32 var_173 = 0.0;
        const wp::float32 var_174 = 0.0;
        const wp::float32 var_175 = 1.0;
        wp::vec_t<3, wp::float32> var_176;
        wp::vec_t<3, wp::float32> var_177;
        wp::float32 var_178;
        const wp::float32 var_179 = 0.001;
        bool var_180;
        const wp::float32 var_181 = 0.0;
        const wp::float32 var_182 = 1.0;
        const wp::float32 var_183 = 0.0;
        wp::vec_t<3, wp::float32> var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::vec_t<3, wp::float32> var_186;
        wp::vec_t<3, wp::float32> var_187;
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
            var_18 = wp::add(var_8, var_17);
        }
        var_19 = wp::where(var_12, var_15, var_5);
        var_20 = wp::where(var_12, var_18, var_8);
        // if nb[k] >= 0:                                                                         <L 45>
        var_22 = wp::extract(var_2, var_21);
        var_24 = (var_22 >= var_23);
        if (var_24) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_25 = wp::extract(var_2, var_21);
            var_26 = wp::address(var_points, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::add(var_19, var_28);
            // cnt += 1                                                                           <L 47>
            var_30 = wp::add(var_20, var_29);
        }
        var_31 = wp::where(var_24, var_27, var_19);
        var_32 = wp::where(var_24, var_30, var_20);
        // if nb[k] >= 0:                                                                         <L 45>
        var_34 = wp::extract(var_2, var_33);
        var_36 = (var_34 >= var_35);
        if (var_36) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_37 = wp::extract(var_2, var_33);
            var_38 = wp::address(var_points, var_37);
            var_40 = wp::load(var_38);
            var_39 = wp::add(var_31, var_40);
            // cnt += 1                                                                           <L 47>
            var_42 = wp::add(var_32, var_41);
        }
        var_43 = wp::where(var_36, var_39, var_31);
        var_44 = wp::where(var_36, var_42, var_32);
        // if nb[k] >= 0:                                                                         <L 45>
        var_46 = wp::extract(var_2, var_45);
        var_48 = (var_46 >= var_47);
        if (var_48) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_49 = wp::extract(var_2, var_45);
            var_50 = wp::address(var_points, var_49);
            var_52 = wp::load(var_50);
            var_51 = wp::add(var_43, var_52);
            // cnt += 1                                                                           <L 47>
            var_54 = wp::add(var_44, var_53);
        }
        var_55 = wp::where(var_48, var_51, var_43);
        var_56 = wp::where(var_48, var_54, var_44);
        // c = c / float(cnt)                                                                     <L 48>
        var_57 = wp::float(var_56);
        var_58 = wp::div(var_55, var_57);
        // cov = wp.outer(points[i] - c, points[i] - c)                                           <L 49>
        var_59 = wp::address(var_points, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::sub(var_61, var_58);
        var_62 = wp::address(var_points, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::sub(var_64, var_58);
        var_65 = wp::outer(var_60, var_63);
        // for k in range(K):                                                                     <L 50>
        // if nb[k] >= 0:                                                                         <L 51>
        var_67 = wp::extract(var_2, var_66);
        var_69 = (var_67 >= var_68);
        if (var_69) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_70 = wp::extract(var_2, var_66);
            var_71 = wp::address(var_points, var_70);
            var_73 = wp::load(var_71);
            var_72 = wp::sub(var_73, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_74 = wp::outer(var_72, var_72);
            var_75 = wp::add(var_65, var_74);
        }
        var_76 = wp::where(var_69, var_75, var_65);
        // if nb[k] >= 0:                                                                         <L 51>
        var_78 = wp::extract(var_2, var_77);
        var_80 = (var_78 >= var_79);
        if (var_80) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_81 = wp::extract(var_2, var_77);
            var_82 = wp::address(var_points, var_81);
            var_84 = wp::load(var_82);
            var_83 = wp::sub(var_84, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_85 = wp::outer(var_83, var_83);
            var_86 = wp::add(var_76, var_85);
        }
        var_87 = wp::where(var_80, var_86, var_76);
        var_88 = wp::where(var_80, var_83, var_72);
        // if nb[k] >= 0:                                                                         <L 51>
        var_90 = wp::extract(var_2, var_89);
        var_92 = (var_90 >= var_91);
        if (var_92) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_93 = wp::extract(var_2, var_89);
            var_94 = wp::address(var_points, var_93);
            var_96 = wp::load(var_94);
            var_95 = wp::sub(var_96, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_97 = wp::outer(var_95, var_95);
            var_98 = wp::add(var_87, var_97);
        }
        var_99 = wp::where(var_92, var_98, var_87);
        var_100 = wp::where(var_92, var_95, var_88);
        // if nb[k] >= 0:                                                                         <L 51>
        var_102 = wp::extract(var_2, var_101);
        var_104 = (var_102 >= var_103);
        if (var_104) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_105 = wp::extract(var_2, var_101);
            var_106 = wp::address(var_points, var_105);
            var_108 = wp::load(var_106);
            var_107 = wp::sub(var_108, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_109 = wp::outer(var_107, var_107);
            var_110 = wp::add(var_99, var_109);
        }
        var_111 = wp::where(var_104, var_110, var_99);
        var_112 = wp::where(var_104, var_107, var_100);
        // v = wp.vec3(1.0, 0.0, 0.0)                                                             <L 55>
        var_116 = wp::vec_t<3, wp::float32>(var_113, var_114, var_115);
        // for it in range(8):                                                                    <L 56>
        // v = cov * v                                                                            <L 57>
        var_118 = wp::mul(var_111, var_116);
        // l = wp.length(v)                                                                       <L 58>
        var_119 = wp::length(var_118);
        // if l > 0.0:                                                                            <L 59>
        var_121 = (var_119 > var_120);
        if (var_121) {
            // v = v / l                                                                          <L 60>
            var_122 = wp::div(var_118, var_119);
        }
        var_123 = wp::where(var_121, var_122, var_118);
        // v = cov * v                                                                            <L 57>
        var_125 = wp::mul(var_111, var_123);
        // l = wp.length(v)                                                                       <L 58>
        var_126 = wp::length(var_125);
        // if l > 0.0:                                                                            <L 59>
        var_128 = (var_126 > var_127);
        if (var_128) {
            // v = v / l                                                                          <L 60>
            var_129 = wp::div(var_125, var_126);
        }
        var_130 = wp::where(var_128, var_129, var_125);
        // v = cov * v                                                                            <L 57>
        var_132 = wp::mul(var_111, var_130);
        // l = wp.length(v)                                                                       <L 58>
        var_133 = wp::length(var_132);
        // if l > 0.0:                                                                            <L 59>
        var_135 = (var_133 > var_134);
        if (var_135) {
            // v = v / l                                                                          <L 60>
            var_136 = wp::div(var_132, var_133);
        }
        var_137 = wp::where(var_135, var_136, var_132);
        // v = cov * v                                                                            <L 57>
        var_139 = wp::mul(var_111, var_137);
        // l = wp.length(v)                                                                       <L 58>
        var_140 = wp::length(var_139);
        // if l > 0.0:                                                                            <L 59>
        var_142 = (var_140 > var_141);
        if (var_142) {
            // v = v / l                                                                          <L 60>
            var_143 = wp::div(var_139, var_140);
        }
        var_144 = wp::where(var_142, var_143, var_139);
        // v = cov * v                                                                            <L 57>
        var_146 = wp::mul(var_111, var_144);
        // l = wp.length(v)                                                                       <L 58>
        var_147 = wp::length(var_146);
        // if l > 0.0:                                                                            <L 59>
        var_149 = (var_147 > var_148);
        if (var_149) {
            // v = v / l                                                                          <L 60>
            var_150 = wp::div(var_146, var_147);
        }
        var_151 = wp::where(var_149, var_150, var_146);
        // v = cov * v                                                                            <L 57>
        var_153 = wp::mul(var_111, var_151);
        // l = wp.length(v)                                                                       <L 58>
        var_154 = wp::length(var_153);
        // if l > 0.0:                                                                            <L 59>
        var_156 = (var_154 > var_155);
        if (var_156) {
            // v = v / l                                                                          <L 60>
            var_157 = wp::div(var_153, var_154);
        }
        var_158 = wp::where(var_156, var_157, var_153);
        // v = cov * v                                                                            <L 57>
        var_160 = wp::mul(var_111, var_158);
        // l = wp.length(v)                                                                       <L 58>
        var_161 = wp::length(var_160);
        // if l > 0.0:                                                                            <L 59>
        var_163 = (var_161 > var_162);
        if (var_163) {
            // v = v / l                                                                          <L 60>
            var_164 = wp::div(var_160, var_161);
        }
        var_165 = wp::where(var_163, var_164, var_160);
        // v = cov * v                                                                            <L 57>
        var_167 = wp::mul(var_111, var_165);
        // l = wp.length(v)                                                                       <L 58>
        var_168 = wp::length(var_167);
        // if l > 0.0:                                                                            <L 59>
        var_170 = (var_168 > var_169);
        if (var_170) {
            // v = v / l                                                                          <L 60>
            var_171 = wp::div(var_167, var_168);
        }
        var_172 = wp::where(var_170, var_171, var_167);
        // a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                                <L 61>
        var_176 = wp::vec_t<3, wp::float32>(var_173, var_174, var_175);
        var_177 = wp::cross(var_172, var_176);
        // if wp.length(a) < 1.0e-3:                                                              <L 62>
        var_178 = wp::length(var_177);
        var_180 = (var_178 < var_179);
        if (var_180) {
            // a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                            <L 63>
            var_184 = wp::vec_t<3, wp::float32>(var_181, var_182, var_183);
            var_185 = wp::cross(var_172, var_184);
        }
        var_186 = wp::where(var_180, var_185, var_177);
        // normals[i] = wp.normalize(a)                                                           <L 64>
        var_187 = wp::normalize(var_186);
        wp::array_store(var_normals, var_0, var_187);
    }
}



extern "C" __global__ void knn_mean_normal_4887b683_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<4, wp::int32>> var_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        wp::int32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        wp::int32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::int32 var_44;
        const wp::int32 var_45 = 3;
        wp::int32 var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::int32 var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        wp::int32 var_70;
        wp::vec_t<3, wp::float32>* var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        const wp::int32 var_79 = 0;
        bool var_80;
        wp::int32 var_81;
        wp::vec_t<3, wp::float32>* var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 2;
        wp::int32 var_90;
        const wp::int32 var_91 = 0;
        bool var_92;
        wp::int32 var_93;
        wp::vec_t<3, wp::float32>* var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
        const wp::int32 var_101 = 3;
        wp::int32 var_102;
        const wp::int32 var_103 = 0;
        bool var_104;
        wp::int32 var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::mat_t<3, 3, wp::float32> var_110;
        wp::mat_t<3, 3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        const wp::float32 var_113 = 1.0;
        const wp::float32 var_114 = 0.0;
        const wp::float32 var_115 = 0.0;
        wp::vec_t<3, wp::float32> var_116;
        const wp::int32 var_117 = 0;
        wp::vec_t<3, wp::float32> var_118;
        wp::float32 var_119;
        const wp::float32 var_120 = 0.0;
        bool var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
        const wp::int32 var_124 = 1;
        wp::vec_t<3, wp::float32> var_125;
        wp::float32 var_126;
        const wp::float32 var_127 = 0.0;
        bool var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::int32 var_131 = 2;
        wp::vec_t<3, wp::float32> var_132;
        wp::float32 var_133;
        const wp::float32 var_134 = 0.0;
        bool var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        const wp::int32 var_138 = 3;
        wp::vec_t<3, wp::float32> var_139;
        wp::float32 var_140;
        const wp::float32 var_141 = 0.0;
        bool var_142;
        wp::vec_t<3, wp::float32> var_143;
        wp::vec_t<3, wp::float32> var_144;
        const wp::int32 var_145 = 4;
        wp::vec_t<3, wp::float32> var_146;
        wp::float32 var_147;
        const wp::float32 var_148 = 0.0;
        bool var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        const wp::int32 var_152 = 5;
        wp::vec_t<3, wp::float32> var_153;
        wp::float32 var_154;
        const wp::float32 var_155 = 0.0;
        bool var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        const wp::int32 var_159 = 6;
        wp::vec_t<3, wp::float32> var_160;
        wp::float32 var_161;
        const wp::float32 var_162 = 0.0;
        bool var_163;
        wp::vec_t<3, wp::float32> var_164;
        wp::vec_t<3, wp::float32> var_165;
        const wp::int32 var_166 = 7;
        wp::vec_t<3, wp::float32> var_167;
        wp::float32 var_168;
        const wp::float32 var_169 = 0.0;
        bool var_170;
        wp::vec_t<3, wp::float32> var_171;
        wp::vec_t<3, wp::float32> var_172;
        const wp::float32 var_173 = 0.0;
        const wp::float32 var_174 = 0.0;
        const wp::float32 var_175 = 1.0;
        wp::vec_t<3, wp::float32> var_176;
        wp::vec_t<3, wp::float32> var_177;
        wp::float32 var_178;
        const wp::float32 var_179 = 0.001;
        bool var_180;
        const wp::float32 var_181 = 0.0;
        const wp::float32 var_182 = 1.0;
        const wp::float32 var_183 = 0.0;
        wp::vec_t<3, wp::float32> var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::vec_t<3, wp::float32> var_186;
        wp::vec_t<3, wp::float32> var_187;
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
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        wp::int32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::mat_t<3, 3, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::mat_t<3, 3, wp::float32> adj_74 = {};
        wp::mat_t<3, 3, wp::float32> adj_75 = {};
        wp::mat_t<3, 3, wp::float32> adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        bool adj_80 = {};
        wp::int32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::mat_t<3, 3, wp::float32> adj_85 = {};
        wp::mat_t<3, 3, wp::float32> adj_86 = {};
        wp::mat_t<3, 3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        bool adj_92 = {};
        wp::int32 adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::mat_t<3, 3, wp::float32> adj_97 = {};
        wp::mat_t<3, 3, wp::float32> adj_98 = {};
        wp::mat_t<3, 3, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        bool adj_104 = {};
        wp::int32 adj_105 = {};
        wp::vec_t<3, wp::float32> adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::mat_t<3, 3, wp::float32> adj_109 = {};
        wp::mat_t<3, 3, wp::float32> adj_110 = {};
        wp::mat_t<3, 3, wp::float32> adj_111 = {};
        wp::vec_t<3, wp::float32> adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        wp::int32 adj_117 = {};
        wp::vec_t<3, wp::float32> adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        bool adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::vec_t<3, wp::float32> adj_123 = {};
        wp::int32 adj_124 = {};
        wp::vec_t<3, wp::float32> adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        bool adj_128 = {};
        wp::vec_t<3, wp::float32> adj_129 = {};
        wp::vec_t<3, wp::float32> adj_130 = {};
        wp::int32 adj_131 = {};
        wp::vec_t<3, wp::float32> adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        bool adj_135 = {};
        wp::vec_t<3, wp::float32> adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        wp::int32 adj_138 = {};
        wp::vec_t<3, wp::float32> adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        bool adj_142 = {};
        wp::vec_t<3, wp::float32> adj_143 = {};
        wp::vec_t<3, wp::float32> adj_144 = {};
        wp::int32 adj_145 = {};
        wp::vec_t<3, wp::float32> adj_146 = {};
        wp::float32 adj_147 = {};
        wp::float32 adj_148 = {};
        bool adj_149 = {};
        wp::vec_t<3, wp::float32> adj_150 = {};
        wp::vec_t<3, wp::float32> adj_151 = {};
        wp::int32 adj_152 = {};
        wp::vec_t<3, wp::float32> adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        bool adj_156 = {};
        wp::vec_t<3, wp::float32> adj_157 = {};
        wp::vec_t<3, wp::float32> adj_158 = {};
        wp::int32 adj_159 = {};
        wp::vec_t<3, wp::float32> adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        bool adj_163 = {};
        wp::vec_t<3, wp::float32> adj_164 = {};
        wp::vec_t<3, wp::float32> adj_165 = {};
        wp::int32 adj_166 = {};
        wp::vec_t<3, wp::float32> adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        bool adj_170 = {};
        wp::vec_t<3, wp::float32> adj_171 = {};
        wp::vec_t<3, wp::float32> adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::vec_t<3, wp::float32> adj_176 = {};
        wp::vec_t<3, wp::float32> adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        bool adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::vec_t<3, wp::float32> adj_184 = {};
        wp::vec_t<3, wp::float32> adj_185 = {};
        wp::vec_t<3, wp::float32> adj_186 = {};
        wp::vec_t<3, wp::float32> adj_187 = {};
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
            var_18 = wp::add(var_8, var_17);
        }
        var_19 = wp::where(var_12, var_15, var_5);
        var_20 = wp::where(var_12, var_18, var_8);
        // if nb[k] >= 0:                                                                         <L 45>
        var_22 = wp::extract(var_2, var_21);
        var_24 = (var_22 >= var_23);
        if (var_24) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_25 = wp::extract(var_2, var_21);
            var_26 = wp::address(var_points, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::add(var_19, var_28);
            // cnt += 1                                                                           <L 47>
            var_30 = wp::add(var_20, var_29);
        }
        var_31 = wp::where(var_24, var_27, var_19);
        var_32 = wp::where(var_24, var_30, var_20);
        // if nb[k] >= 0:                                                                         <L 45>
        var_34 = wp::extract(var_2, var_33);
        var_36 = (var_34 >= var_35);
        if (var_36) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_37 = wp::extract(var_2, var_33);
            var_38 = wp::address(var_points, var_37);
            var_40 = wp::load(var_38);
            var_39 = wp::add(var_31, var_40);
            // cnt += 1                                                                           <L 47>
            var_42 = wp::add(var_32, var_41);
        }
        var_43 = wp::where(var_36, var_39, var_31);
        var_44 = wp::where(var_36, var_42, var_32);
        // if nb[k] >= 0:                                                                         <L 45>
        var_46 = wp::extract(var_2, var_45);
        var_48 = (var_46 >= var_47);
        if (var_48) {
            // c = c + points[nb[k]]                                                              <L 46>
            var_49 = wp::extract(var_2, var_45);
            var_50 = wp::address(var_points, var_49);
            var_52 = wp::load(var_50);
            var_51 = wp::add(var_43, var_52);
            // cnt += 1                                                                           <L 47>
            var_54 = wp::add(var_44, var_53);
        }
        var_55 = wp::where(var_48, var_51, var_43);
        var_56 = wp::where(var_48, var_54, var_44);
        // c = c / float(cnt)                                                                     <L 48>
        var_57 = wp::float(var_56);
        var_58 = wp::div(var_55, var_57);
        // cov = wp.outer(points[i] - c, points[i] - c)                                           <L 49>
        var_59 = wp::address(var_points, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::sub(var_61, var_58);
        var_62 = wp::address(var_points, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::sub(var_64, var_58);
        var_65 = wp::outer(var_60, var_63);
        // for k in range(K):                                                                     <L 50>
        // if nb[k] >= 0:                                                                         <L 51>
        var_67 = wp::extract(var_2, var_66);
        var_69 = (var_67 >= var_68);
        if (var_69) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_70 = wp::extract(var_2, var_66);
            var_71 = wp::address(var_points, var_70);
            var_73 = wp::load(var_71);
            var_72 = wp::sub(var_73, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_74 = wp::outer(var_72, var_72);
            var_75 = wp::add(var_65, var_74);
        }
        var_76 = wp::where(var_69, var_75, var_65);
        // if nb[k] >= 0:                                                                         <L 51>
        var_78 = wp::extract(var_2, var_77);
        var_80 = (var_78 >= var_79);
        if (var_80) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_81 = wp::extract(var_2, var_77);
            var_82 = wp::address(var_points, var_81);
            var_84 = wp::load(var_82);
            var_83 = wp::sub(var_84, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_85 = wp::outer(var_83, var_83);
            var_86 = wp::add(var_76, var_85);
        }
        var_87 = wp::where(var_80, var_86, var_76);
        var_88 = wp::where(var_80, var_83, var_72);
        // if nb[k] >= 0:                                                                         <L 51>
        var_90 = wp::extract(var_2, var_89);
        var_92 = (var_90 >= var_91);
        if (var_92) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_93 = wp::extract(var_2, var_89);
            var_94 = wp::address(var_points, var_93);
            var_96 = wp::load(var_94);
            var_95 = wp::sub(var_96, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_97 = wp::outer(var_95, var_95);
            var_98 = wp::add(var_87, var_97);
        }
        var_99 = wp::where(var_92, var_98, var_87);
        var_100 = wp::where(var_92, var_95, var_88);
        // if nb[k] >= 0:                                                                         <L 51>
        var_102 = wp::extract(var_2, var_101);
        var_104 = (var_102 >= var_103);
        if (var_104) {
            // d = points[nb[k]] - c                                                              <L 52>
            var_105 = wp::extract(var_2, var_101);
            var_106 = wp::address(var_points, var_105);
            var_108 = wp::load(var_106);
            var_107 = wp::sub(var_108, var_58);
            // cov = cov + wp.outer(d, d)                                                         <L 53>
            var_109 = wp::outer(var_107, var_107);
            var_110 = wp::add(var_99, var_109);
        }
        var_111 = wp::where(var_104, var_110, var_99);
        var_112 = wp::where(var_104, var_107, var_100);
        // v = wp.vec3(1.0, 0.0, 0.0)                                                             <L 55>
        var_116 = wp::vec_t<3, wp::float32>(var_113, var_114, var_115);
        // for it in range(8):                                                                    <L 56>
        // v = cov * v                                                                            <L 57>
        var_118 = wp::mul(var_111, var_116);
        // l = wp.length(v)                                                                       <L 58>
        var_119 = wp::length(var_118);
        // if l > 0.0:                                                                            <L 59>
        var_121 = (var_119 > var_120);
        if (var_121) {
            // v = v / l                                                                          <L 60>
            var_122 = wp::div(var_118, var_119);
        }
        var_123 = wp::where(var_121, var_122, var_118);
        // v = cov * v                                                                            <L 57>
        var_125 = wp::mul(var_111, var_123);
        // l = wp.length(v)                                                                       <L 58>
        var_126 = wp::length(var_125);
        // if l > 0.0:                                                                            <L 59>
        var_128 = (var_126 > var_127);
        if (var_128) {
            // v = v / l                                                                          <L 60>
            var_129 = wp::div(var_125, var_126);
        }
        var_130 = wp::where(var_128, var_129, var_125);
        // v = cov * v                                                                            <L 57>
        var_132 = wp::mul(var_111, var_130);
        // l = wp.length(v)                                                                       <L 58>
        var_133 = wp::length(var_132);
        // if l > 0.0:                                                                            <L 59>
        var_135 = (var_133 > var_134);
        if (var_135) {
            // v = v / l                                                                          <L 60>
            var_136 = wp::div(var_132, var_133);
        }
        var_137 = wp::where(var_135, var_136, var_132);
        // v = cov * v                                                                            <L 57>
        var_139 = wp::mul(var_111, var_137);
        // l = wp.length(v)                                                                       <L 58>
        var_140 = wp::length(var_139);
        // if l > 0.0:                                                                            <L 59>
        var_142 = (var_140 > var_141);
        if (var_142) {
            // v = v / l                                                                          <L 60>
            var_143 = wp::div(var_139, var_140);
        }
        var_144 = wp::where(var_142, var_143, var_139);
        // v = cov * v                                                                            <L 57>
        var_146 = wp::mul(var_111, var_144);
        // l = wp.length(v)                                                                       <L 58>
        var_147 = wp::length(var_146);
        // if l > 0.0:                                                                            <L 59>
        var_149 = (var_147 > var_148);
        if (var_149) {
            // v = v / l                                                                          <L 60>
            var_150 = wp::div(var_146, var_147);
        }
        var_151 = wp::where(var_149, var_150, var_146);
        // v = cov * v                                                                            <L 57>
        var_153 = wp::mul(var_111, var_151);
        // l = wp.length(v)                                                                       <L 58>
        var_154 = wp::length(var_153);
        // if l > 0.0:                                                                            <L 59>
        var_156 = (var_154 > var_155);
        if (var_156) {
            // v = v / l                                                                          <L 60>
            var_157 = wp::div(var_153, var_154);
        }
        var_158 = wp::where(var_156, var_157, var_153);
        // v = cov * v                                                                            <L 57>
        var_160 = wp::mul(var_111, var_158);
        // l = wp.length(v)                                                                       <L 58>
        var_161 = wp::length(var_160);
        // if l > 0.0:                                                                            <L 59>
        var_163 = (var_161 > var_162);
        if (var_163) {
            // v = v / l                                                                          <L 60>
            var_164 = wp::div(var_160, var_161);
        }
        var_165 = wp::where(var_163, var_164, var_160);
        // v = cov * v                                                                            <L 57>
        var_167 = wp::mul(var_111, var_165);
        // l = wp.length(v)                                                                       <L 58>
        var_168 = wp::length(var_167);
        // if l > 0.0:                                                                            <L 59>
        var_170 = (var_168 > var_169);
        if (var_170) {
            // v = v / l                                                                          <L 60>
            var_171 = wp::div(var_167, var_168);
        }
        var_172 = wp::where(var_170, var_171, var_167);
        // a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                                <L 61>
        var_176 = wp::vec_t<3, wp::float32>(var_173, var_174, var_175);
        var_177 = wp::cross(var_172, var_176);
        // if wp.length(a) < 1.0e-3:                                                              <L 62>
        var_178 = wp::length(var_177);
        var_180 = (var_178 < var_179);
        if (var_180) {
            // a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                            <L 63>
            var_184 = wp::vec_t<3, wp::float32>(var_181, var_182, var_183);
            var_185 = wp::cross(var_172, var_184);
        }
        var_186 = wp::where(var_180, var_185, var_177);
        // normals[i] = wp.normalize(a)                                                           <L 64>
        var_187 = wp::normalize(var_186);
        // wp::array_store(var_normals, var_0, var_187);
        //---------
        // reverse
        wp::adj_array_store(var_normals, var_0, var_187, adj_normals, adj_0, adj_187);
        wp::adj_normalize(var_186, var_187, adj_186, adj_187);
        // adj: normals[i] = wp.normalize(a)                                                      <L 64>
        wp::adj_where(var_180, var_185, var_177, adj_180, adj_185, adj_177, adj_186);
        if (var_180) {
            wp::adj_cross(var_172, var_184, adj_172, adj_184, adj_185);
            wp::adj_vec_t(var_181, var_182, var_183, adj_181, adj_182, adj_183, adj_184);
            // adj: a = wp.cross(v, wp.vec3(0.0, 1.0, 0.0))                                       <L 63>
        }
        wp::adj_length(var_177, var_178, adj_177, adj_178);
        // adj: if wp.length(a) < 1.0e-3:                                                         <L 62>
        wp::adj_cross(var_172, var_176, adj_172, adj_176, adj_177);
        wp::adj_vec_t(var_173, var_174, var_175, adj_173, adj_174, adj_175, adj_176);
        // adj: a = wp.cross(v, wp.vec3(0.0, 0.0, 1.0))                                           <L 61>
        wp::adj_where(var_170, var_171, var_167, adj_170, adj_171, adj_167, adj_172);
        if (var_170) {
            wp::adj_div(var_167, var_168, adj_167, adj_168, adj_171);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_167, var_168, adj_167, adj_168);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_165, adj_111, adj_165, adj_167);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_163, var_164, var_160, adj_163, adj_164, adj_160, adj_165);
        if (var_163) {
            wp::adj_div(var_160, var_161, adj_160, adj_161, adj_164);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_160, var_161, adj_160, adj_161);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_158, adj_111, adj_158, adj_160);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_156, var_157, var_153, adj_156, adj_157, adj_153, adj_158);
        if (var_156) {
            wp::adj_div(var_153, var_154, adj_153, adj_154, adj_157);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_153, var_154, adj_153, adj_154);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_151, adj_111, adj_151, adj_153);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_149, var_150, var_146, adj_149, adj_150, adj_146, adj_151);
        if (var_149) {
            wp::adj_div(var_146, var_147, adj_146, adj_147, adj_150);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_146, var_147, adj_146, adj_147);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_144, adj_111, adj_144, adj_146);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_142, var_143, var_139, adj_142, adj_143, adj_139, adj_144);
        if (var_142) {
            wp::adj_div(var_139, var_140, adj_139, adj_140, adj_143);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_139, var_140, adj_139, adj_140);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_137, adj_111, adj_137, adj_139);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_135, var_136, var_132, adj_135, adj_136, adj_132, adj_137);
        if (var_135) {
            wp::adj_div(var_132, var_133, adj_132, adj_133, adj_136);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_132, var_133, adj_132, adj_133);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_130, adj_111, adj_130, adj_132);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_128, var_129, var_125, adj_128, adj_129, adj_125, adj_130);
        if (var_128) {
            wp::adj_div(var_125, var_126, adj_125, adj_126, adj_129);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_125, var_126, adj_125, adj_126);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_123, adj_111, adj_123, adj_125);
        // adj: v = cov * v                                                                       <L 57>
        wp::adj_where(var_121, var_122, var_118, adj_121, adj_122, adj_118, adj_123);
        if (var_121) {
            wp::adj_div(var_118, var_119, adj_118, adj_119, adj_122);
            // adj: v = v / l                                                                     <L 60>
        }
        // adj: if l > 0.0:                                                                       <L 59>
        wp::adj_length(var_118, var_119, adj_118, adj_119);
        // adj: l = wp.length(v)                                                                  <L 58>
        wp::adj_mul(var_111, var_116, adj_111, adj_116, adj_118);
        // adj: v = cov * v                                                                       <L 57>
        // adj: for it in range(8):                                                               <L 56>
        wp::adj_vec_t(var_113, var_114, var_115, adj_113, adj_114, adj_115, adj_116);
        // adj: v = wp.vec3(1.0, 0.0, 0.0)                                                        <L 55>
        wp::adj_where(var_104, var_107, var_100, adj_104, adj_107, adj_100, adj_112);
        wp::adj_where(var_104, var_110, var_99, adj_104, adj_110, adj_99, adj_111);
        if (var_104) {
            wp::adj_add(var_99, var_109, adj_99, adj_109, adj_110);
            wp::adj_outer(var_107, var_107, adj_107, adj_107, adj_109);
            // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
            wp::adj_sub(var_108, var_58, adj_106, adj_58, adj_107);
            wp::adj_address(var_points, var_105, adj_points, adj_105, adj_106);
            wp::adj_extract(var_2, var_101, adj_2, adj_101, adj_105);
            // adj: d = points[nb[k]] - c                                                         <L 52>
        }
        wp::adj_extract(var_2, var_101, adj_2, adj_101, adj_102);
        // adj: if nb[k] >= 0:                                                                    <L 51>
        wp::adj_where(var_92, var_95, var_88, adj_92, adj_95, adj_88, adj_100);
        wp::adj_where(var_92, var_98, var_87, adj_92, adj_98, adj_87, adj_99);
        if (var_92) {
            wp::adj_add(var_87, var_97, adj_87, adj_97, adj_98);
            wp::adj_outer(var_95, var_95, adj_95, adj_95, adj_97);
            // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
            wp::adj_sub(var_96, var_58, adj_94, adj_58, adj_95);
            wp::adj_address(var_points, var_93, adj_points, adj_93, adj_94);
            wp::adj_extract(var_2, var_89, adj_2, adj_89, adj_93);
            // adj: d = points[nb[k]] - c                                                         <L 52>
        }
        wp::adj_extract(var_2, var_89, adj_2, adj_89, adj_90);
        // adj: if nb[k] >= 0:                                                                    <L 51>
        wp::adj_where(var_80, var_83, var_72, adj_80, adj_83, adj_72, adj_88);
        wp::adj_where(var_80, var_86, var_76, adj_80, adj_86, adj_76, adj_87);
        if (var_80) {
            wp::adj_add(var_76, var_85, adj_76, adj_85, adj_86);
            wp::adj_outer(var_83, var_83, adj_83, adj_83, adj_85);
            // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
            wp::adj_sub(var_84, var_58, adj_82, adj_58, adj_83);
            wp::adj_address(var_points, var_81, adj_points, adj_81, adj_82);
            wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_81);
            // adj: d = points[nb[k]] - c                                                         <L 52>
        }
        wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_78);
        // adj: if nb[k] >= 0:                                                                    <L 51>
        wp::adj_where(var_69, var_75, var_65, adj_69, adj_75, adj_65, adj_76);
        if (var_69) {
            wp::adj_add(var_65, var_74, adj_65, adj_74, adj_75);
            wp::adj_outer(var_72, var_72, adj_72, adj_72, adj_74);
            // adj: cov = cov + wp.outer(d, d)                                                    <L 53>
            wp::adj_sub(var_73, var_58, adj_71, adj_58, adj_72);
            wp::adj_address(var_points, var_70, adj_points, adj_70, adj_71);
            wp::adj_extract(var_2, var_66, adj_2, adj_66, adj_70);
            // adj: d = points[nb[k]] - c                                                         <L 52>
        }
        wp::adj_extract(var_2, var_66, adj_2, adj_66, adj_67);
        // adj: if nb[k] >= 0:                                                                    <L 51>
        // adj: for k in range(K):                                                                <L 50>
        wp::adj_outer(var_60, var_63, adj_60, adj_63, adj_65);
        wp::adj_sub(var_64, var_58, adj_62, adj_58, adj_63);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_62);
        wp::adj_sub(var_61, var_58, adj_59, adj_58, adj_60);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_59);
        // adj: cov = wp.outer(points[i] - c, points[i] - c)                                      <L 49>
        wp::adj_div(var_55, var_57, adj_55, adj_57, adj_58);
        wp::adj_float(var_56, adj_56, adj_57);
        // adj: c = c / float(cnt)                                                                <L 48>
        wp::adj_where(var_48, var_54, var_44, adj_48, adj_54, adj_44, adj_56);
        wp::adj_where(var_48, var_51, var_43, adj_48, adj_51, adj_43, adj_55);
        if (var_48) {
            wp::adj_add(var_44, var_53, adj_44, adj_53, adj_54);
            // adj: cnt += 1                                                                      <L 47>
            wp::adj_add(var_43, var_52, adj_43, adj_50, adj_51);
            wp::adj_address(var_points, var_49, adj_points, adj_49, adj_50);
            wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_49);
            // adj: c = c + points[nb[k]]                                                         <L 46>
        }
        wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_46);
        // adj: if nb[k] >= 0:                                                                    <L 45>
        wp::adj_where(var_36, var_42, var_32, adj_36, adj_42, adj_32, adj_44);
        wp::adj_where(var_36, var_39, var_31, adj_36, adj_39, adj_31, adj_43);
        if (var_36) {
            wp::adj_add(var_32, var_41, adj_32, adj_41, adj_42);
            // adj: cnt += 1                                                                      <L 47>
            wp::adj_add(var_31, var_40, adj_31, adj_38, adj_39);
            wp::adj_address(var_points, var_37, adj_points, adj_37, adj_38);
            wp::adj_extract(var_2, var_33, adj_2, adj_33, adj_37);
            // adj: c = c + points[nb[k]]                                                         <L 46>
        }
        wp::adj_extract(var_2, var_33, adj_2, adj_33, adj_34);
        // adj: if nb[k] >= 0:                                                                    <L 45>
        wp::adj_where(var_24, var_30, var_20, adj_24, adj_30, adj_20, adj_32);
        wp::adj_where(var_24, var_27, var_19, adj_24, adj_27, adj_19, adj_31);
        if (var_24) {
            wp::adj_add(var_20, var_29, adj_20, adj_29, adj_30);
            // adj: cnt += 1                                                                      <L 47>
            wp::adj_add(var_19, var_28, adj_19, adj_26, adj_27);
            wp::adj_address(var_points, var_25, adj_points, adj_25, adj_26);
            wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_25);
            // adj: c = c + points[nb[k]]                                                         <L 46>
        }
        wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_22);
        // adj: if nb[k] >= 0:                                                                    <L 45>
        wp::adj_where(var_12, var_18, var_8, adj_12, adj_18, adj_8, adj_20);
        wp::adj_where(var_12, var_15, var_5, adj_12, adj_15, adj_5, adj_19);
        if (var_12) {
            wp::adj_add(var_8, var_17, adj_8, adj_17, adj_18);
            // adj: cnt += 1                                                                      <L 47>
            wp::adj_add(var_5, var_16, adj_5, adj_14, adj_15);
            wp::adj_address(var_points, var_13, adj_points, adj_13, adj_14);
            wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_13);
            // adj: c = c + points[nb[k]]                                                         <L 46>
        }
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: if nb[k] >= 0:                                                                    <L 45>
        // adj: for k in range(K):                                                                <L 44>
        // adj: cnt = int(1)                                                                      <L 43>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
        // adj: c = points[i]                                                                     <L 42>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_1);
        // adj: nb = ids[i]                                                                       <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def knn_mean_normal(points: wp.array(dtype=wp.vec3), ids: wp.array(dtype=wp.vec4i), normals: wp.array(dtype=wp.vec3)):  <L 39>
        continue;
    }
}



extern "C" __global__ void radius_count_ae0d3770_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_density)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        wp::int32 var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
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
                var_20 = wp::add(var_3, var_19);
                // s += 1.0 - d2 / r2                                                             <L 77>
                var_22 = wp::div(var_17, var_1);
                var_23 = wp::sub(var_21, var_22);
                var_24 = wp::add(var_5, var_23);
            }
            var_25 = wp::where(var_18, var_20, var_3);
            var_26 = wp::where(var_18, var_24, var_5);
            wp::assign(var_3, var_25);
            wp::assign(var_5, var_26);
            goto start_for_0;
        end_for_0:;
        // counts[i] = n                                                                          <L 78>
        wp::array_store(var_counts, var_0, var_3);
        // density[i] = s                                                                         <L 79>
        wp::array_store(var_density, var_0, var_5);
    }
}



extern "C" __global__ void radius_count_ae0d3770_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_radius,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::float32> adj_density)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        wp::int32 var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
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
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
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
                var_20 = wp::add(var_3, var_19);
                // s += 1.0 - d2 / r2                                                             <L 77>
                var_22 = wp::div(var_17, var_1);
                var_23 = wp::sub(var_21, var_22);
                var_24 = wp::add(var_5, var_23);
            }
            var_25 = wp::where(var_18, var_20, var_3);
            var_26 = wp::where(var_18, var_24, var_5);
            wp::assign(var_3, var_25);
            wp::assign(var_5, var_26);
            wp::adj_assign(var_5, var_26, adj_5, adj_26);
            wp::adj_assign(var_3, var_25, adj_3, adj_25);
            wp::adj_where(var_18, var_24, var_5, adj_18, adj_24, adj_5, adj_26);
            wp::adj_where(var_18, var_20, var_3, adj_18, adj_20, adj_3, adj_25);
            if (var_18) {
                wp::adj_add(var_5, var_23, adj_5, adj_23, adj_24);
                wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
                wp::adj_div(var_17, var_1, var_22, adj_17, adj_1, adj_22);
                // adj: s += 1.0 - d2 / r2                                                        <L 77>
                wp::adj_add(var_3, var_19, adj_3, adj_19, adj_20);
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
        adj_points.shape = adj_6;
        // adj: for j in range(points.shape[0]):                                                  <L 73>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: s = float(0.0)                                                                    <L 72>
        // adj: n = int(0)                                                                        <L 71>
        wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_1);
        // adj: r2 = radius * radius                                                              <L 70>
        // adj: i = wp.tid()                                                                      <L 69>
        // adj: def radius_count(points: wp.array(dtype=wp.vec3), radius: float, counts: wp.array(dtype=int), density: wp.array(dtype=float)):  <L 68>
        continue;
    }
}



extern "C" __global__ void knn_grid_search_6c9aaa6c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::int32> var_cell_start,
    wp::array_t<wp::int32> var_cell_end,
    wp::array_t<wp::int32> var_sorted_ids,
    wp::float32 var_cell_size,
    wp::vec_t<3, wp::int32> var_dims,
    wp::int32 var_max_rings,
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d,
    wp::array_t<wp::int32> var_visited)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_39 = -1;
        const wp::int32 var_40 = -1;
        const wp::int32 var_41 = -1;
        const wp::int32 var_42 = -1;
        wp::vec_t<4, wp::int32> var_43;
        const wp::int32 var_44 = 0;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        bool var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::range_t var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::range_t var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::range_t var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        wp::int32 var_68;
        bool var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::int32 var_72;
        bool var_73;
        const wp::int32 var_74 = 0;
        bool var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        bool var_82;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        bool var_85;
        const wp::int32 var_86 = 2;
        wp::int32 var_87;
        bool var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 0;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32* var_97;
        wp::int32* var_98;
        wp::range_t var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::float32 var_109;
        wp::vec_t<4, wp::float32> var_110;
        wp::vec_t<4, wp::int32> var_111;
        const wp::int32 var_112 = 1;
        wp::int32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        bool var_116;
        const wp::int32 var_117 = 3;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        bool var_120;
        const wp::int32 var_121 = 3;
        wp::float32 var_122;
        wp::float32 var_123;
        bool var_124;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        const wp::int32 var_127 = 0;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        bool var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        const wp::int32 var_133 = 1;
        wp::int32 var_134;
        const wp::int32 var_135 = 0;
        bool var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        const wp::int32 var_139 = 2;
        wp::int32 var_140;
        const wp::int32 var_141 = 0;
        bool var_142;
        wp::float32 var_143;
        wp::float32 var_144;
        const wp::int32 var_145 = 3;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        bool var_148;
        wp::float32 var_149;
        wp::float32 var_150;
        const wp::int32 var_151 = 0;
        wp::int32 var_152;
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
        var_43 = wp::vec_t<4, wp::int32>(var_39, var_40, var_41, var_42);
        // seen = int(0)                                                                          <L 103>
        var_45 = wp::int(var_44);
        // ring = int(0)                                                                          <L 104>
        var_47 = wp::int(var_46);
        // while ring <= max_rings:                                                               <L 105>
        start_while_0:;
        var_48 = (var_47 <= var_max_rings);
        if ((var_48) == false) goto end_while_0;
            // for dz in range(-ring, ring + 1):                                                  <L 106>
            var_49 = wp::neg(var_47);
            var_51 = wp::add(var_47, var_50);
            var_52 = wp::range(var_49, var_51);
            start_for_2:;
                if (iter_cmp(var_52) == 0) goto end_for_2;
                var_53 = wp::iter_next(var_52);
                // for dy in range(-ring, ring + 1):                                              <L 107>
                var_54 = wp::neg(var_47);
                var_56 = wp::add(var_47, var_55);
                var_57 = wp::range(var_54, var_56);
                start_for_4:;
                    if (iter_cmp(var_57) == 0) goto end_for_4;
                    var_58 = wp::iter_next(var_57);
                    // for dx in range(-ring, ring + 1):                                          <L 108>
                    var_59 = wp::neg(var_47);
                    var_61 = wp::add(var_47, var_60);
                    var_62 = wp::range(var_59, var_61);
                    start_for_6:;
                        if (iter_cmp(var_62) == 0) goto end_for_6;
                        var_63 = wp::iter_next(var_62);
                        // if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:         <L 110>
                        var_64 = wp::abs(var_63);
                        var_65 = wp::abs(var_58);
                        var_66 = wp::abs(var_53);
                        var_67 = wp::max(var_65, var_66);
                        var_68 = wp::max(var_64, var_67);
                        var_69 = (var_68 != var_47);
                        if (var_69) {
                            // continue                                                           <L 111>
                            goto start_for_6;
                        }
                        // x = cx + dx                                                            <L 112>
                        var_70 = wp::add(var_13, var_63);
                        // y = cy + dy                                                            <L 113>
                        var_71 = wp::add(var_23, var_58);
                        // z = cz + dz                                                            <L 114>
                        var_72 = wp::add(var_33, var_53);
                        // if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:       <L 115>
                        var_75 = (var_70 < var_74);
                        var_73 = var_75;
                        if (!var_73) {
                            var_77 = (var_71 < var_76);
                            var_73 = var_73 || var_77;
                        }
                        if (!var_73) {
                            var_79 = (var_72 < var_78);
                            var_73 = var_73 || var_79;
                        }
                        if (!var_73) {
                            var_81 = wp::extract(var_dims, var_80);
                            var_82 = (var_70 >= var_81);
                            var_73 = var_73 || var_82;
                        }
                        if (!var_73) {
                            var_84 = wp::extract(var_dims, var_83);
                            var_85 = (var_71 >= var_84);
                            var_73 = var_73 || var_85;
                        }
                        if (!var_73) {
                            var_87 = wp::extract(var_dims, var_86);
                            var_88 = (var_72 >= var_87);
                            var_73 = var_73 || var_88;
                        }
                        if (var_73) {
                            // continue                                                           <L 116>
                            goto start_for_6;
                        }
                        // c = (z * dims[1] + y) * dims[0] + x                                    <L 117>
                        var_90 = wp::extract(var_dims, var_89);
                        var_91 = wp::mul(var_72, var_90);
                        var_92 = wp::add(var_91, var_71);
                        var_94 = wp::extract(var_dims, var_93);
                        var_95 = wp::mul(var_92, var_94);
                        var_96 = wp::add(var_95, var_70);
                        // for k in range(cell_start[c], cell_end[c]):                            <L 118>
                        var_97 = wp::address(var_cell_start, var_96);
                        var_98 = wp::address(var_cell_end, var_96);
                        var_100 = wp::load(var_97);
                        var_101 = wp::load(var_98);
                        var_99 = wp::range(var_100, var_101);
                        start_for_8:;
                            if (iter_cmp(var_99) == 0) goto end_for_8;
                            var_102 = wp::iter_next(var_99);
                            // j = sorted_ids[k]                                                  <L 119>
                            var_103 = wp::address(var_sorted_ids, var_102);
                            var_105 = wp::load(var_103);
                            var_104 = wp::copy(var_105);
                            // d = wp.length_sq(points[j] - p)                                    <L 120>
                            var_106 = wp::address(var_points, var_104);
                            var_108 = wp::load(var_106);
                            var_107 = wp::sub(var_108, var_2);
                            var_109 = wp::length_sq(var_107);
                            // dists, ids = insert_sorted(dists, ids, d, j)                       <L 121>
                            insert_sorted_0(var_38, var_43, var_109, var_104, var_110, var_111);
                            // seen += 1                                                          <L 122>
                            var_113 = wp::add(var_45, var_112);
                            wp::assign(var_38, var_110);
                            wp::assign(var_43, var_111);
                            wp::assign(var_45, var_113);
                            goto start_for_8;
                        end_for_8:;
                        goto start_for_6;
                    end_for_6:;
                    goto start_for_4;
                end_for_4:;
                goto start_for_2;
            end_for_2:;
            // reach = float(ring) * cell_size                                                    <L 124>
            var_114 = wp::float(var_47);
            var_115 = wp::mul(var_114, var_cell_size);
            // if ids[3] >= 0 and dists[3] <= reach * reach:                                      <L 125>
            var_118 = wp::extract(var_43, var_117);
            var_120 = (var_118 >= var_119);
            var_116 = var_120;
            if (var_116) {
                var_122 = wp::extract(var_38, var_121);
                var_123 = wp::mul(var_115, var_115);
                var_124 = (var_122 <= var_123);
                var_116 = var_116 && var_124;
            }
            if (var_116) {
                // break                                                                          <L 126>
                goto end_while_0;
            }
            // ring += 1                                                                          <L 127>
            var_126 = wp::add(var_47, var_125);
            wp::assign(var_47, var_126);
        goto start_while_0;
        end_while_0:;
        // for k in range(K):                                                                     <L 128>
        // if ids[k] >= 0:                                                                        <L 129>
        var_128 = wp::extract(var_43, var_127);
        var_130 = (var_128 >= var_129);
        if (var_130) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_131 = wp::extract(var_38, var_127);
            var_132 = wp::sqrt(var_131);
            wp::assign_inplace(var_38, var_127, var_132);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_134 = wp::extract(var_43, var_133);
        var_136 = (var_134 >= var_135);
        if (var_136) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_137 = wp::extract(var_38, var_133);
            var_138 = wp::sqrt(var_137);
            wp::assign_inplace(var_38, var_133, var_138);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_140 = wp::extract(var_43, var_139);
        var_142 = (var_140 >= var_141);
        if (var_142) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_143 = wp::extract(var_38, var_139);
            var_144 = wp::sqrt(var_143);
            wp::assign_inplace(var_38, var_139, var_144);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_146 = wp::extract(var_43, var_145);
        var_148 = (var_146 >= var_147);
        if (var_148) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_149 = wp::extract(var_38, var_145);
            var_150 = wp::sqrt(var_149);
            wp::assign_inplace(var_38, var_145, var_150);
        }
        // out_ids[q] = ids                                                                       <L 131>
        wp::array_store(var_out_ids, var_0, var_43);
        // out_d[q] = dists                                                                       <L 132>
        wp::array_store(var_out_d, var_0, var_38);
        // wp.atomic_add(visited, 0, seen)                                                        <L 133>
        var_152 = wp::atomic_add(var_visited, var_151, var_45);
    }
}



extern "C" __global__ void knn_grid_search_6c9aaa6c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::int32> var_cell_start,
    wp::array_t<wp::int32> var_cell_end,
    wp::array_t<wp::int32> var_sorted_ids,
    wp::float32 var_cell_size,
    wp::vec_t<3, wp::int32> var_dims,
    wp::int32 var_max_rings,
    wp::array_t<wp::vec_t<4, wp::int32>> var_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out_d,
    wp::array_t<wp::int32> var_visited,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_queries,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::int32> adj_cell_start,
    wp::array_t<wp::int32> adj_cell_end,
    wp::array_t<wp::int32> adj_sorted_ids,
    wp::float32 adj_cell_size,
    wp::vec_t<3, wp::int32> adj_dims,
    wp::int32 adj_max_rings,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_out_ids,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out_d,
    wp::array_t<wp::int32> adj_visited)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_39 = -1;
        const wp::int32 var_40 = -1;
        const wp::int32 var_41 = -1;
        const wp::int32 var_42 = -1;
        wp::vec_t<4, wp::int32> var_43;
        const wp::int32 var_44 = 0;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        bool var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::range_t var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::range_t var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::range_t var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::int32 var_67;
        wp::int32 var_68;
        bool var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::int32 var_72;
        bool var_73;
        const wp::int32 var_74 = 0;
        bool var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        bool var_82;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        bool var_85;
        const wp::int32 var_86 = 2;
        wp::int32 var_87;
        bool var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 0;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32* var_97;
        wp::int32* var_98;
        wp::range_t var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::float32 var_109;
        wp::vec_t<4, wp::float32> var_110;
        wp::vec_t<4, wp::int32> var_111;
        const wp::int32 var_112 = 1;
        wp::int32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        bool var_116;
        const wp::int32 var_117 = 3;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        bool var_120;
        const wp::int32 var_121 = 3;
        wp::float32 var_122;
        wp::float32 var_123;
        bool var_124;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        const wp::int32 var_127 = 0;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        bool var_130;
        wp::float32 var_131;
        wp::float32 var_132;
        const wp::int32 var_133 = 1;
        wp::int32 var_134;
        const wp::int32 var_135 = 0;
        bool var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        const wp::int32 var_139 = 2;
        wp::int32 var_140;
        const wp::int32 var_141 = 0;
        bool var_142;
        wp::float32 var_143;
        wp::float32 var_144;
        const wp::int32 var_145 = 3;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        bool var_148;
        wp::float32 var_149;
        wp::float32 var_150;
        const wp::int32 var_151 = 0;
        wp::int32 var_152;
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
        wp::vec_t<4, wp::int32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::range_t adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::range_t adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::range_t adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        bool adj_73 = {};
        wp::int32 adj_74 = {};
        bool adj_75 = {};
        wp::int32 adj_76 = {};
        bool adj_77 = {};
        wp::int32 adj_78 = {};
        bool adj_79 = {};
        wp::int32 adj_80 = {};
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
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::range_t adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::vec_t<3, wp::float32> adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::float32 adj_109 = {};
        wp::vec_t<4, wp::float32> adj_110 = {};
        wp::vec_t<4, wp::int32> adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        bool adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        bool adj_120 = {};
        wp::int32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        bool adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        bool adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
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
        var_43 = wp::vec_t<4, wp::int32>(var_39, var_40, var_41, var_42);
        // seen = int(0)                                                                          <L 103>
        var_45 = wp::int(var_44);
        // ring = int(0)                                                                          <L 104>
        var_47 = wp::int(var_46);
        // while ring <= max_rings:                                                               <L 105>
        // for k in range(K):                                                                     <L 128>
        // if ids[k] >= 0:                                                                        <L 129>
        var_128 = wp::extract(var_43, var_127);
        var_130 = (var_128 >= var_129);
        if (var_130) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_131 = wp::extract(var_38, var_127);
            var_132 = wp::sqrt(var_131);
            wp::assign_inplace(var_38, var_127, var_132);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_134 = wp::extract(var_43, var_133);
        var_136 = (var_134 >= var_135);
        if (var_136) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_137 = wp::extract(var_38, var_133);
            var_138 = wp::sqrt(var_137);
            wp::assign_inplace(var_38, var_133, var_138);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_140 = wp::extract(var_43, var_139);
        var_142 = (var_140 >= var_141);
        if (var_142) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_143 = wp::extract(var_38, var_139);
            var_144 = wp::sqrt(var_143);
            wp::assign_inplace(var_38, var_139, var_144);
        }
        // if ids[k] >= 0:                                                                        <L 129>
        var_146 = wp::extract(var_43, var_145);
        var_148 = (var_146 >= var_147);
        if (var_148) {
            // dists[k] = wp.sqrt(dists[k])                                                       <L 130>
            var_149 = wp::extract(var_38, var_145);
            var_150 = wp::sqrt(var_149);
            wp::assign_inplace(var_38, var_145, var_150);
        }
        // out_ids[q] = ids                                                                       <L 131>
        // wp::array_store(var_out_ids, var_0, var_43);
        // out_d[q] = dists                                                                       <L 132>
        // wp::array_store(var_out_d, var_0, var_38);
        // wp.atomic_add(visited, 0, seen)                                                        <L 133>
        // var_152 = wp::atomic_add(var_visited, var_151, var_45);
        //---------
        // reverse
        wp::adj_atomic_add(var_visited, var_151, var_45, adj_visited, adj_151, adj_45, adj_152);
        // adj: wp.atomic_add(visited, 0, seen)                                                   <L 133>
        wp::adj_array_store(var_out_d, var_0, var_38, adj_out_d, adj_0, adj_38);
        // adj: out_d[q] = dists                                                                  <L 132>
        wp::adj_array_store(var_out_ids, var_0, var_43, adj_out_ids, adj_0, adj_43);
        // adj: out_ids[q] = ids                                                                  <L 131>
        if (var_148) {
            wp::adj_assign_inplace(var_38, var_145, var_150, adj_38, adj_145, adj_150);
            wp::adj_sqrt(var_149, var_150, adj_149, adj_150);
            wp::adj_extract(var_38, var_145, adj_38, adj_145, adj_149);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
        }
        wp::adj_extract(var_43, var_145, adj_43, adj_145, adj_146);
        // adj: if ids[k] >= 0:                                                                   <L 129>
        if (var_142) {
            wp::adj_assign_inplace(var_38, var_139, var_144, adj_38, adj_139, adj_144);
            wp::adj_sqrt(var_143, var_144, adj_143, adj_144);
            wp::adj_extract(var_38, var_139, adj_38, adj_139, adj_143);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
        }
        wp::adj_extract(var_43, var_139, adj_43, adj_139, adj_140);
        // adj: if ids[k] >= 0:                                                                   <L 129>
        if (var_136) {
            wp::adj_assign_inplace(var_38, var_133, var_138, adj_38, adj_133, adj_138);
            wp::adj_sqrt(var_137, var_138, adj_137, adj_138);
            wp::adj_extract(var_38, var_133, adj_38, adj_133, adj_137);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
        }
        wp::adj_extract(var_43, var_133, adj_43, adj_133, adj_134);
        // adj: if ids[k] >= 0:                                                                   <L 129>
        if (var_130) {
            wp::adj_assign_inplace(var_38, var_127, var_132, adj_38, adj_127, adj_132);
            wp::adj_sqrt(var_131, var_132, adj_131, adj_132);
            wp::adj_extract(var_38, var_127, adj_38, adj_127, adj_131);
            // adj: dists[k] = wp.sqrt(dists[k])                                                  <L 130>
        }
        wp::adj_extract(var_43, var_127, adj_43, adj_127, adj_128);
        // adj: if ids[k] >= 0:                                                                   <L 129>
        // adj: for k in range(K):                                                                <L 128>
        start_while_0:;
        var_48 = (var_47 <= var_max_rings);
        if ((var_48) == false) goto end_while_0;
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
        adj_52 = {};
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
        adj_124 = {};
        adj_125 = {};
        adj_126 = {};
            // for dz in range(-ring, ring + 1):                                                  <L 106>
            var_49 = wp::neg(var_47);
            var_51 = wp::add(var_47, var_50);
            var_52 = wp::range(var_49, var_51);
            // reach = float(ring) * cell_size                                                    <L 124>
            var_114 = wp::float(var_47);
            var_115 = wp::mul(var_114, var_cell_size);
            // if ids[3] >= 0 and dists[3] <= reach * reach:                                      <L 125>
            var_118 = wp::extract(var_43, var_117);
            var_120 = (var_118 >= var_119);
            var_116 = var_120;
            if (var_116) {
                var_122 = wp::extract(var_38, var_121);
                var_123 = wp::mul(var_115, var_115);
                var_124 = (var_122 <= var_123);
                var_116 = var_116 && var_124;
            }
            if (var_116) {
                // break                                                                          <L 126>
                goto end_while_0;
            }
            // ring += 1                                                                          <L 127>
            var_126 = wp::add(var_47, var_125);
            wp::assign(var_47, var_126);
            wp::adj_assign(var_47, var_126, adj_47, adj_126);
            wp::adj_add(var_47, var_125, adj_47, adj_125, adj_126);
            // adj: ring += 1                                                                     <L 127>
            if (var_116) {
                // adj: break                                                                     <L 126>
            }
            if (var_116) {
                wp::adj_mul(var_115, var_115, adj_115, adj_115, adj_123);
                wp::adj_extract(var_38, var_121, adj_38, adj_121, adj_122);
            }
            wp::adj_extract(var_43, var_117, adj_43, adj_117, adj_118);
            // adj: if ids[3] >= 0 and dists[3] <= reach * reach:                                 <L 125>
            wp::adj_mul(var_114, var_cell_size, adj_114, adj_cell_size, adj_115);
            wp::adj_float(var_47, adj_47, adj_114);
            // adj: reach = float(ring) * cell_size                                               <L 124>
            var_52 = wp::iter_reverse(var_52);
            start_for_2:;
                if (iter_cmp(var_52) == 0) goto end_for_2;
                var_53 = wp::iter_next(var_52);
            	adj_54 = {};
            	adj_55 = {};
            	adj_56 = {};
            	adj_57 = {};
                // for dy in range(-ring, ring + 1):                                              <L 107>
                var_54 = wp::neg(var_47);
                var_56 = wp::add(var_47, var_55);
                var_57 = wp::range(var_54, var_56);
                var_57 = wp::iter_reverse(var_57);
                start_for_4:;
                    if (iter_cmp(var_57) == 0) goto end_for_4;
                    var_58 = wp::iter_next(var_57);
                	adj_59 = {};
                	adj_60 = {};
                	adj_61 = {};
                	adj_62 = {};
                    // for dx in range(-ring, ring + 1):                                          <L 108>
                    var_59 = wp::neg(var_47);
                    var_61 = wp::add(var_47, var_60);
                    var_62 = wp::range(var_59, var_61);
                    var_62 = wp::iter_reverse(var_62);
                    start_for_6:;
                        if (iter_cmp(var_62) == 0) goto end_for_6;
                        var_63 = wp::iter_next(var_62);
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
                        // if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:         <L 110>
                        var_64 = wp::abs(var_63);
                        var_65 = wp::abs(var_58);
                        var_66 = wp::abs(var_53);
                        var_67 = wp::max(var_65, var_66);
                        var_68 = wp::max(var_64, var_67);
                        var_69 = (var_68 != var_47);
                        if (var_69) {
                            // continue                                                           <L 111>
                            goto start_for_6;
                        }
                        // x = cx + dx                                                            <L 112>
                        var_70 = wp::add(var_13, var_63);
                        // y = cy + dy                                                            <L 113>
                        var_71 = wp::add(var_23, var_58);
                        // z = cz + dz                                                            <L 114>
                        var_72 = wp::add(var_33, var_53);
                        // if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:       <L 115>
                        var_75 = (var_70 < var_74);
                        var_73 = var_75;
                        if (!var_73) {
                            var_77 = (var_71 < var_76);
                            var_73 = var_73 || var_77;
                        }
                        if (!var_73) {
                            var_79 = (var_72 < var_78);
                            var_73 = var_73 || var_79;
                        }
                        if (!var_73) {
                            var_81 = wp::extract(var_dims, var_80);
                            var_82 = (var_70 >= var_81);
                            var_73 = var_73 || var_82;
                        }
                        if (!var_73) {
                            var_84 = wp::extract(var_dims, var_83);
                            var_85 = (var_71 >= var_84);
                            var_73 = var_73 || var_85;
                        }
                        if (!var_73) {
                            var_87 = wp::extract(var_dims, var_86);
                            var_88 = (var_72 >= var_87);
                            var_73 = var_73 || var_88;
                        }
                        if (var_73) {
                            // continue                                                           <L 116>
                            goto start_for_6;
                        }
                        // c = (z * dims[1] + y) * dims[0] + x                                    <L 117>
                        var_90 = wp::extract(var_dims, var_89);
                        var_91 = wp::mul(var_72, var_90);
                        var_92 = wp::add(var_91, var_71);
                        var_94 = wp::extract(var_dims, var_93);
                        var_95 = wp::mul(var_92, var_94);
                        var_96 = wp::add(var_95, var_70);
                        // for k in range(cell_start[c], cell_end[c]):                            <L 118>
                        var_97 = wp::address(var_cell_start, var_96);
                        var_98 = wp::address(var_cell_end, var_96);
                        var_100 = wp::load(var_97);
                        var_101 = wp::load(var_98);
                        var_99 = wp::range(var_100, var_101);
                        var_99 = wp::iter_reverse(var_99);
                        start_for_8:;
                            if (iter_cmp(var_99) == 0) goto end_for_8;
                            var_102 = wp::iter_next(var_99);
                        	adj_103 = {};
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
                            // j = sorted_ids[k]                                                  <L 119>
                            var_103 = wp::address(var_sorted_ids, var_102);
                            var_105 = wp::load(var_103);
                            var_104 = wp::copy(var_105);
                            // d = wp.length_sq(points[j] - p)                                    <L 120>
                            var_106 = wp::address(var_points, var_104);
                            var_108 = wp::load(var_106);
                            var_107 = wp::sub(var_108, var_2);
                            var_109 = wp::length_sq(var_107);
                            // dists, ids = insert_sorted(dists, ids, d, j)                       <L 121>
                            insert_sorted_0(var_38, var_43, var_109, var_104, var_110, var_111);
                            // seen += 1                                                          <L 122>
                            var_113 = wp::add(var_45, var_112);
                            wp::assign(var_38, var_110);
                            wp::assign(var_43, var_111);
                            wp::assign(var_45, var_113);
                            wp::adj_assign(var_45, var_113, adj_45, adj_113);
                            wp::adj_assign(var_43, var_111, adj_43, adj_111);
                            wp::adj_assign(var_38, var_110, adj_38, adj_110);
                            wp::adj_add(var_45, var_112, adj_45, adj_112, adj_113);
                            // adj: seen += 1                                                     <L 122>
                            adj_insert_sorted_0(var_38, var_43, var_109, var_104, var_110, var_111, adj_38, adj_43, adj_109, adj_104, adj_110, adj_111);
                            // adj: dists, ids = insert_sorted(dists, ids, d, j)                  <L 121>
                            wp::adj_length_sq(var_107, adj_107, adj_109);
                            wp::adj_sub(var_108, var_2, adj_106, adj_2, adj_107);
                            wp::adj_address(var_points, var_104, adj_points, adj_104, adj_106);
                            // adj: d = wp.length_sq(points[j] - p)                               <L 120>
                            wp::adj_copy(var_105, adj_103, adj_104);
                            wp::adj_address(var_sorted_ids, var_102, adj_sorted_ids, adj_102, adj_103);
                            // adj: j = sorted_ids[k]                                             <L 119>
                        	goto start_for_8;
                        end_for_8:;
                        wp::adj_address(var_cell_end, var_96, adj_cell_end, adj_96, adj_98);
                        wp::adj_address(var_cell_start, var_96, adj_cell_start, adj_96, adj_97);
                        // adj: for k in range(cell_start[c], cell_end[c]):                       <L 118>
                        wp::adj_add(var_95, var_70, adj_95, adj_70, adj_96);
                        wp::adj_mul(var_92, var_94, adj_92, adj_94, adj_95);
                        wp::adj_extract(var_dims, var_93, adj_dims, adj_93, adj_94);
                        wp::adj_add(var_91, var_71, adj_91, adj_71, adj_92);
                        wp::adj_mul(var_72, var_90, adj_72, adj_90, adj_91);
                        wp::adj_extract(var_dims, var_89, adj_dims, adj_89, adj_90);
                        // adj: c = (z * dims[1] + y) * dims[0] + x                               <L 117>
                        if (var_73) {
                            // adj: continue                                                      <L 116>
                        }
                        if (!var_73) {
                            wp::adj_extract(var_dims, var_86, adj_dims, adj_86, adj_87);
                        }
                        if (!var_73) {
                            wp::adj_extract(var_dims, var_83, adj_dims, adj_83, adj_84);
                        }
                        if (!var_73) {
                            wp::adj_extract(var_dims, var_80, adj_dims, adj_80, adj_81);
                        }
                        if (!var_73) {
                        }
                        if (!var_73) {
                        }
                        // adj: if x < 0 or y < 0 or z < 0 or x >= dims[0] or y >= dims[1] or z >= dims[2]:  <L 115>
                        wp::adj_add(var_33, var_53, adj_33, adj_53, adj_72);
                        // adj: z = cz + dz                                                       <L 114>
                        wp::adj_add(var_23, var_58, adj_23, adj_58, adj_71);
                        // adj: y = cy + dy                                                       <L 113>
                        wp::adj_add(var_13, var_63, adj_13, adj_63, adj_70);
                        // adj: x = cx + dx                                                       <L 112>
                        if (var_69) {
                            // adj: continue                                                      <L 111>
                        }
                        wp::adj_max(var_64, var_67, adj_64, adj_67, adj_68);
                        wp::adj_max(var_65, var_66, adj_65, adj_66, adj_67);
                        wp::adj_abs(var_53, adj_53, adj_66);
                        wp::adj_abs(var_58, adj_58, adj_65);
                        wp::adj_abs(var_63, adj_63, adj_64);
                        // adj: if wp.max(wp.abs(dx), wp.max(wp.abs(dy), wp.abs(dz))) != ring:    <L 110>
                    	goto start_for_6;
                    end_for_6:;
                    wp::adj_add(var_47, var_60, adj_47, adj_60, adj_61);
                    wp::adj_neg(var_47, adj_47, adj_59);
                    // adj: for dx in range(-ring, ring + 1):                                     <L 108>
                	goto start_for_4;
                end_for_4:;
                wp::adj_add(var_47, var_55, adj_47, adj_55, adj_56);
                wp::adj_neg(var_47, adj_47, adj_54);
                // adj: for dy in range(-ring, ring + 1):                                         <L 107>
            	goto start_for_2;
            end_for_2:;
            wp::adj_add(var_47, var_50, adj_47, adj_50, adj_51);
            wp::adj_neg(var_47, adj_47, adj_49);
            // adj: for dz in range(-ring, ring + 1):                                             <L 106>
        goto start_while_0;
        end_while_0:;
        // adj: while ring <= max_rings:                                                          <L 105>
        // adj: ring = int(0)                                                                     <L 104>
        // adj: seen = int(0)                                                                     <L 103>
        wp::adj_vec_t(var_39, var_40, var_41, var_42, adj_39, adj_40, adj_41, adj_42, adj_43);
        // adj: ids = wp.vec4i(-1, -1, -1, -1)                                                    <L 102>
        wp::adj_vec_t(var_34, var_35, var_36, var_37, adj_34, adj_35, adj_36, adj_37, adj_38);
        // adj: dists = wp.vec4(1.0e30, 1.0e30, 1.0e30, 1.0e30)                                   <L 101>
        wp::adj_clamp(var_27, var_28, var_32, adj_27, adj_28, adj_32, adj_33);
        wp::adj_sub(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_extract(var_dims, var_29, adj_dims, adj_29, adj_30);
        wp::adj_div(var_25, var_cell_size, var_26, adj_25, adj_cell_size, adj_26);
        wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
        // adj: cz = wp.clamp(int(p[2] / cell_size), 0, dims[2] - 1)                              <L 100>
        wp::adj_clamp(var_17, var_18, var_22, adj_17, adj_18, adj_22, adj_23);
        wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_extract(var_dims, var_19, adj_dims, adj_19, adj_20);
        wp::adj_div(var_15, var_cell_size, var_16, adj_15, adj_cell_size, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: cy = wp.clamp(int(p[1] / cell_size), 0, dims[1] - 1)                              <L 99>
        wp::adj_clamp(var_7, var_8, var_12, adj_7, adj_8, adj_12, adj_13);
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_extract(var_dims, var_9, adj_dims, adj_9, adj_10);
        wp::adj_div(var_5, var_cell_size, var_6, adj_5, adj_cell_size, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: cx = wp.clamp(int(p[0] / cell_size), 0, dims[0] - 1)                              <L 98>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_queries, var_0, adj_queries, adj_0, adj_1);
        // adj: p = queries[q]                                                                    <L 97>
        // adj: q = wp.tid()                                                                      <L 96>
        // adj: def knn_grid_search(                                                              <L 83>
        continue;
    }
}

