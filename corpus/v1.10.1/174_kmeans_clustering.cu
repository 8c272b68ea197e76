
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/174_kmeans_clustering.py:4
static CUDA_CALLABLE void nearest_center_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::int32 var_11 = 1;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    bool var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def nearest_center(p: wp.vec3, centers: wp.array(dtype=wp.vec3)):                      <L 5>
    // best = int(0)                                                                          <L 6>
    var_1 = wp::int(var_0);
    // best_d = wp.length_sq(p - centers[0])                                                  <L 7>
    var_3 = wp::address(var_centers, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_p, var_5);
    var_6 = wp::length_sq(var_4);
    // for c in range(1, centers.shape[0]):                                                   <L 8>
    var_7 = &(var_centers.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::range(var_11, var_9);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // d = wp.length_sq(p - centers[c])                                                   <L 9>
        var_14 = wp::address(var_centers, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_p, var_16);
        var_17 = wp::length_sq(var_15);
        // if d < best_d:                                                                     <L 10>
        var_18 = (var_17 < var_6);
        if (var_18) {
            // best_d = d                                                                     <L 11>
            var_19 = wp::copy(var_17);
            // best = c                                                                       <L 12>
            var_20 = wp::copy(var_13);
        }
        var_21 = wp::where(var_18, var_20, var_1);
        var_22 = wp::where(var_18, var_19, var_6);
        wp::assign(var_1, var_21);
        wp::assign(var_6, var_22);
        goto start_for_0;
    end_for_0:;
    // return best, best_d                                                                    <L 13>
    ret_0 = var_1;
    ret_1 = var_6;
    return;
}


// corpus/174_kmeans_clustering.py:4
static CUDA_CALLABLE void adj_nearest_center_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centers,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    const wp::int32 var_11 = 1;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    bool var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def nearest_center(p: wp.vec3, centers: wp.array(dtype=wp.vec3)):                      <L 5>
    // best = int(0)                                                                          <L 6>
    var_1 = wp::int(var_0);
    // best_d = wp.length_sq(p - centers[0])                                                  <L 7>
    var_3 = wp::address(var_centers, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_p, var_5);
    var_6 = wp::length_sq(var_4);
    // for c in range(1, centers.shape[0]):                                                   <L 8>
    var_7 = &(var_centers.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::range(var_11, var_9);
    // return best, best_d                                                                    <L 13>
    ret_0 = var_1;
    ret_1 = var_6;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_6 += adj_ret_1;
    adj_1 += adj_ret_0;
    // adj: return best, best_d                                                               <L 13>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
        // d = wp.length_sq(p - centers[c])                                                   <L 9>
        var_14 = wp::address(var_centers, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_p, var_16);
        var_17 = wp::length_sq(var_15);
        // if d < best_d:                                                                     <L 10>
        var_18 = (var_17 < var_6);
        if (var_18) {
            // best_d = d                                                                     <L 11>
            var_19 = wp::copy(var_17);
            // best = c                                                                       <L 12>
            var_20 = wp::copy(var_13);
        }
        var_21 = wp::where(var_18, var_20, var_1);
        var_22 = wp::where(var_18, var_19, var_6);
        wp::assign(var_1, var_21);
        wp::assign(var_6, var_22);
        wp::adj_assign(var_6, var_22, adj_6, adj_22);
        wp::adj_assign(var_1, var_21, adj_1, adj_21);
        wp::adj_where(var_18, var_19, var_6, adj_18, adj_19, adj_6, adj_22);
        wp::adj_where(var_18, var_20, var_1, adj_18, adj_20, adj_1, adj_21);
        if (var_18) {
            wp::adj_copy(var_13, adj_13, adj_20);
            // adj: best = c                                                                  <L 12>
            wp::adj_copy(var_17, adj_17, adj_19);
            // adj: best_d = d                                                                <L 11>
        }
        // adj: if d < best_d:                                                                <L 10>
        wp::adj_length_sq(var_15, adj_15, adj_17);
        wp::adj_sub(var_p, var_16, adj_p, adj_14, adj_15);
        wp::adj_address(var_centers, var_13, adj_centers, adj_13, adj_14);
        // adj: d = wp.length_sq(p - centers[c])                                              <L 9>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_11, var_9, adj_11, adj_9, adj_12);
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_centers.shape = adj_7;
    // adj: for c in range(1, centers.shape[0]):                                              <L 8>
    wp::adj_length_sq(var_4, adj_4, adj_6);
    wp::adj_sub(var_p, var_5, adj_p, adj_3, adj_4);
    wp::adj_address(var_centers, var_2, adj_centers, adj_2, adj_3);
    // adj: best_d = wp.length_sq(p - centers[0])                                             <L 7>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: best = int(0)                                                                     <L 6>
    // adj: def nearest_center(p: wp.vec3, centers: wp.array(dtype=wp.vec3)):                 <L 5>
    return;
}



extern "C" __global__ void assign_91015e12_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::int32> var_labels,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_inertia,
    wp::array_t<wp::int32> var_changed)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::int32* var_5;
        bool var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        //---------
        // forward
        // def assign(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), inertia: wp.array(dtype=float), changed: wp.array(dtype=int)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // c, d = nearest_center(points[i], centers)                                              <L 19>
        var_1 = wp::address(var_points, var_0);
        var_4 = wp::load(var_1);
        nearest_center_0(var_4, var_centers, var_2, var_3);
        // if labels[i] != c:                                                                     <L 20>
        var_5 = wp::address(var_labels, var_0);
        var_7 = wp::load(var_5);
        var_6 = (var_7 != var_2);
        if (var_6) {
            // wp.atomic_add(changed, 0, 1)                                                       <L 21>
            var_10 = wp::atomic_add(var_changed, var_8, var_9);
        }
        // labels[i] = c                                                                          <L 22>
        wp::array_store(var_labels, var_0, var_2);
        // wp.atomic_add(sums, c, points[i])                                                      <L 23>
        var_11 = wp::address(var_points, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::atomic_add(var_sums, var_2, var_13);
        // wp.atomic_add(counts, c, 1)                                                            <L 24>
        var_15 = wp::atomic_add(var_counts, var_2, var_14);
        // wp.atomic_add(inertia, 0, d)                                                           <L 25>
        var_17 = wp::atomic_add(var_inertia, var_16, var_3);
    }
}



extern "C" __global__ void assign_91015e12_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::int32> var_labels,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_inertia,
    wp::array_t<wp::int32> var_changed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::int32> adj_labels,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::float32> adj_inertia,
    wp::array_t<wp::int32> adj_changed)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::int32* var_5;
        bool var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def assign(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), inertia: wp.array(dtype=float), changed: wp.array(dtype=int)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // c, d = nearest_center(points[i], centers)                                              <L 19>
        var_1 = wp::address(var_points, var_0);
        var_4 = wp::load(var_1);
        nearest_center_0(var_4, var_centers, var_2, var_3);
        // if labels[i] != c:                                                                     <L 20>
        var_5 = wp::address(var_labels, var_0);
        var_7 = wp::load(var_5);
        var_6 = (var_7 != var_2);
        if (var_6) {
            // wp.atomic_add(changed, 0, 1)                                                       <L 21>
            // var_10 = wp::atomic_add(var_changed, var_8, var_9);
        }
        // labels[i] = c                                                                          <L 22>
        // wp::array_store(var_labels, var_0, var_2);
        // wp.atomic_add(sums, c, points[i])                                                      <L 23>
        var_11 = wp::address(var_points, var_0);
        var_13 = wp::load(var_11);
        // var_12 = wp::atomic_add(var_sums, var_2, var_13);
        // wp.atomic_add(counts, c, 1)                                                            <L 24>
        // var_15 = wp::atomic_add(var_counts, var_2, var_14);
        // wp.atomic_add(inertia, 0, d)                                                           <L 25>
        // var_17 = wp::atomic_add(var_inertia, var_16, var_3);
        //---------
        // reverse
        wp::adj_atomic_add(var_inertia, var_16, var_3, adj_inertia, adj_16, adj_3, adj_17);
        // adj: wp.atomic_add(inertia, 0, d)                                                      <L 25>
        wp::adj_atomic_add(var_counts, var_2, var_14, adj_counts, adj_2, adj_14, adj_15);
        // adj: wp.atomic_add(counts, c, 1)                                                       <L 24>
        wp::adj_atomic_add(var_sums, var_2, var_13, adj_sums, adj_2, adj_11, adj_12);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_11);
        // adj: wp.atomic_add(sums, c, points[i])                                                 <L 23>
        wp::adj_array_store(var_labels, var_0, var_2, adj_labels, adj_0, adj_2);
        // adj: labels[i] = c                                                                     <L 22>
        if (var_6) {
            wp::adj_atomic_add(var_changed, var_8, var_9, adj_changed, adj_8, adj_9, adj_10);
            // adj: wp.atomic_add(changed, 0, 1)                                                  <L 21>
        }
        wp::adj_address(var_labels, var_0, adj_labels, adj_0, adj_5);
        // adj: if labels[i] != c:                                                                <L 20>
        adj_nearest_center_0(var_4, var_centers, var_2, var_3, adj_1, adj_centers, adj_2, adj_3);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: c, d = nearest_center(points[i], centers)                                         <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def assign(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), labels: wp.array(dtype=int), sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), inertia: wp.array(dtype=float), changed: wp.array(dtype=int)):  <L 17>
        continue;
    }
}



extern "C" __global__ void update_centers_85d584d2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_shift)
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
        // def update_centers(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centers: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):       <L 29>
        // c = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // n = counts[c]                                                                          <L 31>
        var_1 = wp::address(var_counts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if n > 0:                                                                              <L 32>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // nc = sums[c] / float(n)                                                            <L 33>
            var_6 = wp::address(var_sums, var_0);
            var_7 = wp::float(var_2);
            var_9 = wp::load(var_6);
            var_8 = wp::div(var_9, var_7);
            // wp.atomic_max(shift, 0, wp.length(nc - centers[c]))                                <L 34>
            var_11 = wp::address(var_centers, var_0);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_8, var_13);
            var_14 = wp::length(var_12);
            var_15 = wp::atomic_max(var_shift, var_10, var_14);
            // centers[c] = nc                                                                    <L 35>
            wp::array_store(var_centers, var_0, var_8);
        }
        // sums[c] = wp.vec3()                                                                    <L 36>
        var_16 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_sums, var_0, var_16);
        // counts[c] = 0                                                                          <L 37>
        wp::array_store(var_counts, var_0, var_17);
    }
}



extern "C" __global__ void update_centers_85d584d2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_shift,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_shift)
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
        // def update_centers(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centers: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):       <L 29>
        // c = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // n = counts[c]                                                                          <L 31>
        var_1 = wp::address(var_counts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if n > 0:                                                                              <L 32>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // nc = sums[c] / float(n)                                                            <L 33>
            var_6 = wp::address(var_sums, var_0);
            var_7 = wp::float(var_2);
            var_9 = wp::load(var_6);
            var_8 = wp::div(var_9, var_7);
            // wp.atomic_max(shift, 0, wp.length(nc - centers[c]))                                <L 34>
            var_11 = wp::address(var_centers, var_0);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_8, var_13);
            var_14 = wp::length(var_12);
            // var_15 = wp::atomic_max(var_shift, var_10, var_14);
            // centers[c] = nc                                                                    <L 35>
            // wp::array_store(var_centers, var_0, var_8);
        }
        // sums[c] = wp.vec3()                                                                    <L 36>
        var_16 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_sums, var_0, var_16);
        // counts[c] = 0                                                                          <L 37>
        // wp::array_store(var_counts, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_17, adj_counts, adj_0, adj_17);
        // adj: counts[c] = 0                                                                     <L 37>
        wp::adj_array_store(var_sums, var_0, var_16, adj_sums, adj_0, adj_16);
        // adj: sums[c] = wp.vec3()                                                               <L 36>
        if (var_5) {
            wp::adj_array_store(var_centers, var_0, var_8, adj_centers, adj_0, adj_8);
            // adj: centers[c] = nc                                                               <L 35>
            wp::adj_atomic_max(var_shift, var_10, var_14, adj_shift, adj_10, adj_14, adj_15);
            wp::adj_length(var_12, var_14, adj_12, adj_14);
            wp::adj_sub(var_8, var_13, adj_8, adj_11, adj_12);
            wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_11);
            // adj: wp.atomic_max(shift, 0, wp.length(nc - centers[c]))                           <L 34>
            wp::adj_div(var_9, var_7, adj_6, adj_7, adj_8);
            wp::adj_float(var_2, adj_2, adj_7);
            wp::adj_address(var_sums, var_0, adj_sums, adj_0, adj_6);
            // adj: nc = sums[c] / float(n)                                                       <L 33>
        }
        // adj: if n > 0:                                                                         <L 32>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
        // adj: n = counts[c]                                                                     <L 31>
        // adj: c = wp.tid()                                                                      <L 30>
        // adj: def update_centers(sums: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), centers: wp.array(dtype=wp.vec3), shift: wp.array(dtype=float)):  <L 29>
        continue;
    }
}



extern "C" __global__ void kmeans_pp_distances_9677c696_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 var_num_centers,
    wp::array_t<wp::float32> var_dist,
    wp::array_t<wp::float32> var_total)
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
        // def kmeans_pp_distances(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), num_centers: int, dist: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 43>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // best = float(1.0e30)                                                                   <L 44>
        var_5 = wp::float(var_4);
        // for c in range(num_centers):                                                           <L 45>
        var_6 = wp::range(var_num_centers);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // best = wp.min(best, wp.length_sq(p - centers[c]))                                  <L 46>
            var_8 = wp::address(var_centers, var_7);
            var_10 = wp::load(var_8);
            var_9 = wp::sub(var_2, var_10);
            var_11 = wp::length_sq(var_9);
            var_12 = wp::min(var_5, var_11);
            wp::assign(var_5, var_12);
            goto start_for_0;
        end_for_0:;
        // dist[i] = best                                                                         <L 47>
        wp::array_store(var_dist, var_0, var_5);
        // wp.atomic_add(total, 0, best)                                                          <L 48>
        var_14 = wp::atomic_add(var_total, var_13, var_5);
    }
}



extern "C" __global__ void kmeans_pp_distances_9677c696_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 var_num_centers,
    wp::array_t<wp::float32> var_dist,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::int32 adj_num_centers,
    wp::array_t<wp::float32> adj_dist,
    wp::array_t<wp::float32> adj_total)
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
        // def kmeans_pp_distances(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), num_centers: int, dist: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 43>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // best = float(1.0e30)                                                                   <L 44>
        var_5 = wp::float(var_4);
        // for c in range(num_centers):                                                           <L 45>
        var_6 = wp::range(var_num_centers);
        // dist[i] = best                                                                         <L 47>
        // wp::array_store(var_dist, var_0, var_5);
        // wp.atomic_add(total, 0, best)                                                          <L 48>
        // var_14 = wp::atomic_add(var_total, var_13, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_13, var_5, adj_total, adj_13, adj_5, adj_14);
        // adj: wp.atomic_add(total, 0, best)                                                     <L 48>
        wp::adj_array_store(var_dist, var_0, var_5, adj_dist, adj_0, adj_5);
        // adj: dist[i] = best                                                                    <L 47>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
            // best = wp.min(best, wp.length_sq(p - centers[c]))                                  <L 46>
            var_8 = wp::address(var_centers, var_7);
            var_10 = wp::load(var_8);
            var_9 = wp::sub(var_2, var_10);
            var_11 = wp::length_sq(var_9);
            var_12 = wp::min(var_5, var_11);
            wp::assign(var_5, var_12);
            wp::adj_assign(var_5, var_12, adj_5, adj_12);
            wp::adj_min(var_5, var_11, adj_5, adj_11, adj_12);
            wp::adj_length_sq(var_9, adj_9, adj_11);
            wp::adj_sub(var_2, var_10, adj_2, adj_8, adj_9);
            wp::adj_address(var_centers, var_7, adj_centers, adj_7, adj_8);
            // adj: best = wp.min(best, wp.length_sq(p - centers[c]))                             <L 46>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_num_centers, adj_num_centers, adj_6);
        // adj: for c in range(num_centers):                                                      <L 45>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: best = float(1.0e30)                                                              <L 44>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[i]                                                                     <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def kmeans_pp_distances(points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), num_centers: int, dist: wp.array(dtype=float), total: wp.array(dtype=float)):  <L 41>
        continue;
    }
}



extern "C" __global__ void pick_next_center_a7392c1d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_dist,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 var_slot)
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
        wp::uint32 var_0;
        wp::float32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def pick_next_center(seed: int, dist: wp.array(dtype=float), total: wp.array(dtype=float), points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), slot: int):       <L 52>
        // state = wp.rand_init(seed)                                                             <L 53>
        var_0 = wp::rand_init(var_seed);
        // target = wp.randf(state) * total[0]                                                    <L 54>
        var_1 = wp::randf(var_0);
        var_3 = wp::address(var_total, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_1, var_5);
        // acc = float(0.0)                                                                       <L 55>
        var_7 = wp::float(var_6);
        // chosen = int(dist.shape[0] - 1)                                                        <L 56>
        var_8 = &(var_dist.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::int(var_13);
        // for i in range(dist.shape[0]):                                                         <L 57>
        var_15 = &(var_dist.shape);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::range(var_17);
        start_for_0:;
            if (iter_cmp(var_19) == 0) goto end_for_0;
            var_20 = wp::iter_next(var_19);
            // acc += dist[i]                                                                     <L 58>
            var_21 = wp::address(var_dist, var_20);
            var_22 = wp::address(var_dist, var_20);
            var_24 = wp::load(var_22);
            var_23 = wp::add(var_7, var_24);
            // if acc >= target:                                                                  <L 59>
            var_25 = (var_23 >= var_4);
            if (var_25) {
                // chosen = i                                                                     <L 60>
                var_26 = wp::copy(var_20);
                // break                                                                          <L 61>
                wp::assign(var_7, var_23);
                wp::assign(var_14, var_26);
                goto end_for_0;
            }
            var_27 = wp::where(var_25, var_7, var_23);
            wp::assign(var_7, var_27);
            goto start_for_0;
        end_for_0:;
        // centers[slot] = points[chosen]                                                         <L 62>
        var_28 = wp::address(var_points, var_14);
        var_29 = wp::load(var_28);
        wp::array_store(var_centers, var_slot, var_29);
    }
}



extern "C" __global__ void pick_next_center_a7392c1d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_dist,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::int32 var_slot,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_dist,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::int32 adj_slot)
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
        wp::uint32 var_0;
        wp::float32 var_1;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::uint32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::shape_t adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def pick_next_center(seed: int, dist: wp.array(dtype=float), total: wp.array(dtype=float), points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), slot: int):       <L 52>
        // state = wp.rand_init(seed)                                                             <L 53>
        var_0 = wp::rand_init(var_seed);
        // target = wp.randf(state) * total[0]                                                    <L 54>
        var_1 = wp::randf(var_0);
        var_3 = wp::address(var_total, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_1, var_5);
        // acc = float(0.0)                                                                       <L 55>
        var_7 = wp::float(var_6);
        // chosen = int(dist.shape[0] - 1)                                                        <L 56>
        var_8 = &(var_dist.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::int(var_13);
        // for i in range(dist.shape[0]):                                                         <L 57>
        var_15 = &(var_dist.shape);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::range(var_17);
        // centers[slot] = points[chosen]                                                         <L 62>
        var_28 = wp::address(var_points, var_14);
        var_29 = wp::load(var_28);
        // wp::array_store(var_centers, var_slot, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_centers, var_slot, var_29, adj_centers, adj_slot, adj_28);
        wp::adj_address(var_points, var_14, adj_points, adj_14, adj_28);
        // adj: centers[slot] = points[chosen]                                                    <L 62>
        var_19 = wp::iter_reverse(var_19);
        start_for_0:;
            if (iter_cmp(var_19) == 0) goto end_for_0;
            var_20 = wp::iter_next(var_19);
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
            // acc += dist[i]                                                                     <L 58>
            var_21 = wp::address(var_dist, var_20);
            var_22 = wp::address(var_dist, var_20);
            var_24 = wp::load(var_22);
            var_23 = wp::add(var_7, var_24);
            // if acc >= target:                                                                  <L 59>
            var_25 = (var_23 >= var_4);
            if (var_25) {
                // chosen = i                                                                     <L 60>
                var_26 = wp::copy(var_20);
                // break                                                                          <L 61>
                wp::assign(var_7, var_23);
                wp::assign(var_14, var_26);
                goto end_for_0;
            }
            var_27 = wp::where(var_25, var_7, var_23);
            wp::assign(var_7, var_27);
            wp::adj_assign(var_7, var_27, adj_7, adj_27);
            wp::adj_where(var_25, var_7, var_23, adj_25, adj_7, adj_23, adj_27);
            if (var_25) {
                wp::adj_assign(var_14, var_26, adj_14, adj_26);
                wp::adj_assign(var_7, var_23, adj_7, adj_23);
                // adj: break                                                                     <L 61>
                wp::adj_copy(var_20, adj_20, adj_26);
                // adj: chosen = i                                                                <L 60>
            }
            // adj: if acc >= target:                                                             <L 59>
            wp::adj_add(var_7, var_24, adj_7, adj_22, adj_23);
            wp::adj_address(var_dist, var_20, adj_dist, adj_20, adj_22);
            wp::adj_address(var_dist, var_20, adj_dist, adj_20, adj_21);
            // adj: acc += dist[i]                                                                <L 58>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_17, adj_17, adj_19);
        wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
        adj_dist.shape = adj_15;
        // adj: for i in range(dist.shape[0]):                                                    <L 57>
        wp::adj_int(var_13, adj_13, adj_14);
        wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
        adj_dist.shape = adj_8;
        // adj: chosen = int(dist.shape[0] - 1)                                                   <L 56>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: acc = float(0.0)                                                                  <L 55>
        wp::adj_mul(var_1, var_5, adj_1, adj_3, adj_4);
        wp::adj_address(var_total, var_2, adj_total, adj_2, adj_3);
        // adj: target = wp.randf(state) * total[0]                                               <L 54>
        // adj: state = wp.rand_init(seed)                                                        <L 53>
        // adj: def pick_next_center(seed: int, dist: wp.array(dtype=float), total: wp.array(dtype=float), points: wp.array(dtype=wp.vec3), centers: wp.array(dtype=wp.vec3), slot: int):  <L 52>
        continue;
    }
}

