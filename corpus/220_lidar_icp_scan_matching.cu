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


// corpus/220_lidar_icp_scan_matching.py:4
static CUDA_CALLABLE wp::mat_t<2, 2, wp::float32> rot2_0(
    wp::float32 var_theta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // forward
    // def rot2(theta: float) -> wp.mat22:                                                    <L 5>
    // c = wp.cos(theta)                                                                      <L 6>
    var_0 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 7>
    var_1 = wp::sin(var_theta);
    // return wp.mat22(c, -s, s, c)                                                           <L 8>
    var_2 = wp::neg(var_1);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_0, var_2, var_1, var_0);
    return var_3;
}


// corpus/220_lidar_icp_scan_matching.py:4
static CUDA_CALLABLE void adj_rot2_0(
    wp::float32 var_theta,
    wp::float32 & adj_theta,
    wp::mat_t<2, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def rot2(theta: float) -> wp.mat22:                                                    <L 5>
    // c = wp.cos(theta)                                                                      <L 6>
    var_0 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 7>
    var_1 = wp::sin(var_theta);
    // return wp.mat22(c, -s, s, c)                                                           <L 8>
    var_2 = wp::neg(var_1);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_0, var_2, var_1, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mat_t(var_0, var_2, var_1, var_0, adj_0, adj_2, adj_1, adj_0, adj_3);
    wp::adj_neg(var_1, adj_1, adj_2);
    // adj: return wp.mat22(c, -s, s, c)                                                      <L 8>
    wp::adj_sin(var_theta, adj_theta, adj_1);
    // adj: s = wp.sin(theta)                                                                 <L 7>
    wp::adj_cos(var_theta, adj_theta, adj_0);
    // adj: c = wp.cos(theta)                                                                 <L 6>
    // adj: def rot2(theta: float) -> wp.mat22:                                               <L 5>
    return;
}



extern "C" __global__ void scan_to_points_dd4db949_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_ranges,
    wp::float32 var_angle_min,
    wp::float32 var_angle_inc,
    wp::float32 var_max_range,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<bool> var_valid)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::float32 var_8 = 0.05;
        bool var_9;
        bool var_10;
        bool var_11;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // forward
        // def scan_to_points(ranges: wp.array(dtype=float), angle_min: float, angle_inc: float, max_range: float, pts: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool)):       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // r = ranges[i]                                                                          <L 14>
        var_1 = wp::address(var_ranges, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = angle_min + angle_inc * float(i)                                                   <L 15>
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_angle_inc, var_4);
        var_6 = wp::add(var_angle_min, var_5);
        // ok = r > 0.05 and r < max_range and not wp.isnan(r)                                    <L 16>
        var_9 = (var_2 > var_8);
        var_7 = var_9;
        if (var_7) {
            var_10 = (var_2 < var_max_range);
            var_7 = var_7 && var_10;
        }
        if (var_7) {
            var_11 = wp::isnan(var_2);
            var_12 = wp::unot(var_11);
            var_7 = var_7 && var_12;
        }
        // valid[i] = ok                                                                          <L 17>
        wp::array_store(var_valid, var_0, var_7);
        // pts[i] = wp.where(ok, wp.vec2(r * wp.cos(a), r * wp.sin(a)), wp.vec2())                <L 18>
        var_13 = wp::cos(var_6);
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::sin(var_6);
        var_16 = wp::mul(var_2, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_14, var_16);
        var_18 = wp::vec_t<2, wp::float32>();
        var_19 = wp::where(var_7, var_17, var_18);
        wp::array_store(var_pts, var_0, var_19);
    }
}



extern "C" __global__ void scan_to_points_dd4db949_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_ranges,
    wp::float32 var_angle_min,
    wp::float32 var_angle_inc,
    wp::float32 var_max_range,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::float32> adj_ranges,
    wp::float32 adj_angle_min,
    wp::float32 adj_angle_inc,
    wp::float32 adj_max_range,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pts,
    wp::array_t<bool> adj_valid)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::float32 var_8 = 0.05;
        bool var_9;
        bool var_10;
        bool var_11;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        //---------
        // forward
        // def scan_to_points(ranges: wp.array(dtype=float), angle_min: float, angle_inc: float, max_range: float, pts: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool)):       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // r = ranges[i]                                                                          <L 14>
        var_1 = wp::address(var_ranges, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = angle_min + angle_inc * float(i)                                                   <L 15>
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_angle_inc, var_4);
        var_6 = wp::add(var_angle_min, var_5);
        // ok = r > 0.05 and r < max_range and not wp.isnan(r)                                    <L 16>
        var_9 = (var_2 > var_8);
        var_7 = var_9;
        if (var_7) {
            var_10 = (var_2 < var_max_range);
            var_7 = var_7 && var_10;
        }
        if (var_7) {
            var_11 = wp::isnan(var_2);
            var_12 = wp::unot(var_11);
            var_7 = var_7 && var_12;
        }
        // valid[i] = ok                                                                          <L 17>
        // wp::array_store(var_valid, var_0, var_7);
        // pts[i] = wp.where(ok, wp.vec2(r * wp.cos(a), r * wp.sin(a)), wp.vec2())                <L 18>
        var_13 = wp::cos(var_6);
        var_14 = wp::mul(var_2, var_13);
        var_15 = wp::sin(var_6);
        var_16 = wp::mul(var_2, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_14, var_16);
        var_18 = wp::vec_t<2, wp::float32>();
        var_19 = wp::where(var_7, var_17, var_18);
        // wp::array_store(var_pts, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_pts, var_0, var_19, adj_pts, adj_0, adj_19);
        wp::adj_where(var_7, var_17, var_18, adj_7, adj_17, adj_18, adj_19);
        wp::adj_vec_t(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_mul(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_sin(var_6, adj_6, adj_15);
        wp::adj_mul(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_cos(var_6, adj_6, adj_13);
        // adj: pts[i] = wp.where(ok, wp.vec2(r * wp.cos(a), r * wp.sin(a)), wp.vec2())           <L 18>
        wp::adj_array_store(var_valid, var_0, var_7, adj_valid, adj_0, adj_7);
        // adj: valid[i] = ok                                                                     <L 17>
        if (var_7) {
        }
        if (var_7) {
        }
        // adj: ok = r > 0.05 and r < max_range and not wp.isnan(r)                               <L 16>
        wp::adj_add(var_angle_min, var_5, adj_angle_min, adj_5, adj_6);
        wp::adj_mul(var_angle_inc, var_4, adj_angle_inc, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_4);
        // adj: a = angle_min + angle_inc * float(i)                                              <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ranges, var_0, adj_ranges, adj_0, adj_1);
        // adj: r = ranges[i]                                                                     <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def scan_to_points(ranges: wp.array(dtype=float), angle_min: float, angle_inc: float, max_range: float, pts: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool)):  <L 12>
        continue;
    }
}



extern "C" __global__ void nearest_neighbors_a245aa1c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<bool> var_src_valid,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst,
    wp::array_t<bool> var_dst_valid,
    wp::vec_t<3, wp::float32> var_pose,
    wp::float32 var_max_dist,
    wp::array_t<wp::int32> var_match,
    wp::array_t<wp::float32> var_sums)
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
        const wp::int32 var_1 = -1;
        bool* var_2;
        bool var_3;
        bool var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        wp::mat_t<2, 2, wp::float32> var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = -1;
        wp::int32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        bool* var_26;
        bool var_27;
        bool var_28;
        wp::vec_t<2, wp::float32>* var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::float32> var_31;
        wp::float32 var_32;
        bool var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        wp::vec_t<2, wp::float32>* var_40;
        wp::vec_t<2, wp::float32> var_41;
        wp::vec_t<2, wp::float32> var_42;
        const wp::int32 var_43 = 0;
        const wp::float32 var_44 = 1.0;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 0;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 4;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def nearest_neighbors(src: wp.array(dtype=wp.vec2), src_valid: wp.array(dtype=wp.bool), dst: wp.array(dtype=wp.vec2), dst_valid: wp.array(dtype=wp.bool), pose: wp.vec3, max_dist: float, match: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // match[i] = -1                                                                          <L 24>
        wp::array_store(var_match, var_0, var_1);
        // if not src_valid[i]:                                                                   <L 25>
        var_2 = wp::address(var_src_valid, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::unot(var_4);
        if (var_3) {
            // return                                                                             <L 26>
            continue;
        }
        // p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1])                                 <L 27>
        var_6 = wp::extract(var_pose, var_5);
        var_7 = rot2_0(var_6);
        var_8 = wp::address(var_src, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_7, var_10);
        var_12 = wp::extract(var_pose, var_11);
        var_14 = wp::extract(var_pose, var_13);
        var_15 = wp::vec_t<2, wp::float32>(var_12, var_14);
        var_16 = wp::add(var_9, var_15);
        // best = max_dist * max_dist                                                             <L 28>
        var_17 = wp::mul(var_max_dist, var_max_dist);
        // bj = int(-1)                                                                           <L 29>
        var_19 = wp::int(var_18);
        // for j in range(dst.shape[0]):                                                          <L 30>
        var_20 = &(var_dst.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = wp::range(var_22);
        start_for_1:;
            if (iter_cmp(var_24) == 0) goto end_for_1;
            var_25 = wp::iter_next(var_24);
            // if not dst_valid[j]:                                                               <L 31>
            var_26 = wp::address(var_dst_valid, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::unot(var_28);
            if (var_27) {
                // continue                                                                       <L 32>
                goto start_for_1;
            }
            // d = wp.length_sq(dst[j] - p)                                                       <L 33>
            var_29 = wp::address(var_dst, var_25);
            var_31 = wp::load(var_29);
            var_30 = wp::sub(var_31, var_16);
            var_32 = wp::length_sq(var_30);
            // if d < best:                                                                       <L 34>
            var_33 = (var_32 < var_17);
            if (var_33) {
                // best = d                                                                       <L 35>
                var_34 = wp::copy(var_32);
                // bj = j                                                                         <L 36>
                var_35 = wp::copy(var_25);
            }
            var_36 = wp::where(var_33, var_34, var_17);
            var_37 = wp::where(var_33, var_35, var_19);
            wp::assign(var_17, var_36);
            wp::assign(var_19, var_37);
            goto start_for_1;
        end_for_1:;
        // match[i] = bj                                                                          <L 37>
        wp::array_store(var_match, var_0, var_19);
        // if bj < 0:                                                                             <L 38>
        var_39 = (var_19 < var_38);
        if (var_39) {
            // return                                                                             <L 39>
            continue;
        }
        // q = dst[bj]                                                                            <L 40>
        var_40 = wp::address(var_dst, var_19);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // wp.atomic_add(sums, 0, 1.0)                                                            <L 41>
        var_45 = wp::atomic_add(var_sums, var_43, var_44);
        // wp.atomic_add(sums, 1, p[0])                                                           <L 42>
        var_48 = wp::extract(var_16, var_47);
        var_49 = wp::atomic_add(var_sums, var_46, var_48);
        // wp.atomic_add(sums, 2, p[1])                                                           <L 43>
        var_52 = wp::extract(var_16, var_51);
        var_53 = wp::atomic_add(var_sums, var_50, var_52);
        // wp.atomic_add(sums, 3, q[0])                                                           <L 44>
        var_56 = wp::extract(var_41, var_55);
        var_57 = wp::atomic_add(var_sums, var_54, var_56);
        // wp.atomic_add(sums, 4, q[1])                                                           <L 45>
        var_60 = wp::extract(var_41, var_59);
        var_61 = wp::atomic_add(var_sums, var_58, var_60);
    }
}



extern "C" __global__ void nearest_neighbors_a245aa1c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<bool> var_src_valid,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst,
    wp::array_t<bool> var_dst_valid,
    wp::vec_t<3, wp::float32> var_pose,
    wp::float32 var_max_dist,
    wp::array_t<wp::int32> var_match,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src,
    wp::array_t<bool> adj_src_valid,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dst,
    wp::array_t<bool> adj_dst_valid,
    wp::vec_t<3, wp::float32> adj_pose,
    wp::float32 adj_max_dist,
    wp::array_t<wp::int32> adj_match,
    wp::array_t<wp::float32> adj_sums)
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
        const wp::int32 var_1 = -1;
        bool* var_2;
        bool var_3;
        bool var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        wp::mat_t<2, 2, wp::float32> var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = -1;
        wp::int32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        bool* var_26;
        bool var_27;
        bool var_28;
        wp::vec_t<2, wp::float32>* var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::float32> var_31;
        wp::float32 var_32;
        bool var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        wp::vec_t<2, wp::float32>* var_40;
        wp::vec_t<2, wp::float32> var_41;
        wp::vec_t<2, wp::float32> var_42;
        const wp::int32 var_43 = 0;
        const wp::float32 var_44 = 1.0;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 0;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 4;
        const wp::int32 var_59 = 1;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        bool adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<2, 2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::range_t adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::vec_t<2, wp::float32> adj_29 = {};
        wp::vec_t<2, wp::float32> adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        bool adj_39 = {};
        wp::vec_t<2, wp::float32> adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        wp::vec_t<2, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        //---------
        // forward
        // def nearest_neighbors(src: wp.array(dtype=wp.vec2), src_valid: wp.array(dtype=wp.bool), dst: wp.array(dtype=wp.vec2), dst_valid: wp.array(dtype=wp.bool), pose: wp.vec3, max_dist: float, match: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // match[i] = -1                                                                          <L 24>
        // wp::array_store(var_match, var_0, var_1);
        // if not src_valid[i]:                                                                   <L 25>
        var_2 = wp::address(var_src_valid, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::unot(var_4);
        if (var_3) {
            // return                                                                             <L 26>
            goto label0;
        }
        // p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1])                                 <L 27>
        var_6 = wp::extract(var_pose, var_5);
        var_7 = rot2_0(var_6);
        var_8 = wp::address(var_src, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_7, var_10);
        var_12 = wp::extract(var_pose, var_11);
        var_14 = wp::extract(var_pose, var_13);
        var_15 = wp::vec_t<2, wp::float32>(var_12, var_14);
        var_16 = wp::add(var_9, var_15);
        // best = max_dist * max_dist                                                             <L 28>
        var_17 = wp::mul(var_max_dist, var_max_dist);
        // bj = int(-1)                                                                           <L 29>
        var_19 = wp::int(var_18);
        // for j in range(dst.shape[0]):                                                          <L 30>
        var_20 = &(var_dst.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = wp::range(var_22);
        // match[i] = bj                                                                          <L 37>
        // wp::array_store(var_match, var_0, var_19);
        // if bj < 0:                                                                             <L 38>
        var_39 = (var_19 < var_38);
        if (var_39) {
            // return                                                                             <L 39>
            goto label3;
        }
        // q = dst[bj]                                                                            <L 40>
        var_40 = wp::address(var_dst, var_19);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // wp.atomic_add(sums, 0, 1.0)                                                            <L 41>
        // var_45 = wp::atomic_add(var_sums, var_43, var_44);
        // wp.atomic_add(sums, 1, p[0])                                                           <L 42>
        var_48 = wp::extract(var_16, var_47);
        // var_49 = wp::atomic_add(var_sums, var_46, var_48);
        // wp.atomic_add(sums, 2, p[1])                                                           <L 43>
        var_52 = wp::extract(var_16, var_51);
        // var_53 = wp::atomic_add(var_sums, var_50, var_52);
        // wp.atomic_add(sums, 3, q[0])                                                           <L 44>
        var_56 = wp::extract(var_41, var_55);
        // var_57 = wp::atomic_add(var_sums, var_54, var_56);
        // wp.atomic_add(sums, 4, q[1])                                                           <L 45>
        var_60 = wp::extract(var_41, var_59);
        // var_61 = wp::atomic_add(var_sums, var_58, var_60);
        //---------
        // reverse
        wp::adj_atomic_add(var_sums, var_58, var_60, adj_sums, adj_58, adj_60, adj_61);
        wp::adj_extract(var_41, var_59, adj_41, adj_59, adj_60);
        // adj: wp.atomic_add(sums, 4, q[1])                                                      <L 45>
        wp::adj_atomic_add(var_sums, var_54, var_56, adj_sums, adj_54, adj_56, adj_57);
        wp::adj_extract(var_41, var_55, adj_41, adj_55, adj_56);
        // adj: wp.atomic_add(sums, 3, q[0])                                                      <L 44>
        wp::adj_atomic_add(var_sums, var_50, var_52, adj_sums, adj_50, adj_52, adj_53);
        wp::adj_extract(var_16, var_51, adj_16, adj_51, adj_52);
        // adj: wp.atomic_add(sums, 2, p[1])                                                      <L 43>
        wp::adj_atomic_add(var_sums, var_46, var_48, adj_sums, adj_46, adj_48, adj_49);
        wp::adj_extract(var_16, var_47, adj_16, adj_47, adj_48);
        // adj: wp.atomic_add(sums, 1, p[0])                                                      <L 42>
        wp::adj_atomic_add(var_sums, var_43, var_44, adj_sums, adj_43, adj_44, adj_45);
        // adj: wp.atomic_add(sums, 0, 1.0)                                                       <L 41>
        wp::adj_copy(var_42, adj_40, adj_41);
        wp::adj_address(var_dst, var_19, adj_dst, adj_19, adj_40);
        // adj: q = dst[bj]                                                                       <L 40>
        if (var_39) {
            label3:;
            // adj: return                                                                        <L 39>
        }
        // adj: if bj < 0:                                                                        <L 38>
        wp::adj_array_store(var_match, var_0, var_19, adj_match, adj_0, adj_19);
        // adj: match[i] = bj                                                                     <L 37>
        var_24 = wp::iter_reverse(var_24);
        start_for_1:;
            if (iter_cmp(var_24) == 0) goto end_for_1;
            var_25 = wp::iter_next(var_24);
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
            // if not dst_valid[j]:                                                               <L 31>
            var_26 = wp::address(var_dst_valid, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::unot(var_28);
            if (var_27) {
                // continue                                                                       <L 32>
                goto start_for_1;
            }
            // d = wp.length_sq(dst[j] - p)                                                       <L 33>
            var_29 = wp::address(var_dst, var_25);
            var_31 = wp::load(var_29);
            var_30 = wp::sub(var_31, var_16);
            var_32 = wp::length_sq(var_30);
            // if d < best:                                                                       <L 34>
            var_33 = (var_32 < var_17);
            if (var_33) {
                // best = d                                                                       <L 35>
                var_34 = wp::copy(var_32);
                // bj = j                                                                         <L 36>
                var_35 = wp::copy(var_25);
            }
            var_36 = wp::where(var_33, var_34, var_17);
            var_37 = wp::where(var_33, var_35, var_19);
            wp::assign(var_17, var_36);
            wp::assign(var_19, var_37);
            wp::adj_assign(var_19, var_37, adj_19, adj_37);
            wp::adj_assign(var_17, var_36, adj_17, adj_36);
            wp::adj_where(var_33, var_35, var_19, adj_33, adj_35, adj_19, adj_37);
            wp::adj_where(var_33, var_34, var_17, adj_33, adj_34, adj_17, adj_36);
            if (var_33) {
                wp::adj_copy(var_25, adj_25, adj_35);
                // adj: bj = j                                                                    <L 36>
                wp::adj_copy(var_32, adj_32, adj_34);
                // adj: best = d                                                                  <L 35>
            }
            // adj: if d < best:                                                                  <L 34>
            wp::adj_length_sq(var_30, adj_30, adj_32);
            wp::adj_sub(var_31, var_16, adj_29, adj_16, adj_30);
            wp::adj_address(var_dst, var_25, adj_dst, adj_25, adj_29);
            // adj: d = wp.length_sq(dst[j] - p)                                                  <L 33>
            if (var_27) {
                // adj: continue                                                                  <L 32>
            }
            wp::adj_address(var_dst_valid, var_25, adj_dst_valid, adj_25, adj_26);
            // adj: if not dst_valid[j]:                                                          <L 31>
        	goto start_for_1;
        end_for_1:;
        adj_dst.shape = adj_20;
        // adj: for j in range(dst.shape[0]):                                                     <L 30>
        // adj: bj = int(-1)                                                                      <L 29>
        wp::adj_mul(var_max_dist, var_max_dist, adj_max_dist, adj_max_dist, adj_17);
        // adj: best = max_dist * max_dist                                                        <L 28>
        wp::adj_add(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_vec_t(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_extract(var_pose, var_13, adj_pose, adj_13, adj_14);
        wp::adj_extract(var_pose, var_11, adj_pose, adj_11, adj_12);
        wp::adj_mul(var_7, var_10, adj_7, adj_8, adj_9);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_8);
        adj_rot2_0(var_6, adj_6, adj_7);
        wp::adj_extract(var_pose, var_5, adj_pose, adj_5, adj_6);
        // adj: p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1])                            <L 27>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        wp::adj_address(var_src_valid, var_0, adj_src_valid, adj_0, adj_2);
        // adj: if not src_valid[i]:                                                              <L 25>
        wp::adj_array_store(var_match, var_0, var_1, adj_match, adj_0, adj_1);
        // adj: match[i] = -1                                                                     <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def nearest_neighbors(src: wp.array(dtype=wp.vec2), src_valid: wp.array(dtype=wp.bool), dst: wp.array(dtype=wp.vec2), dst_valid: wp.array(dtype=wp.bool), pose: wp.vec3, max_dist: float, match: wp.array(dtype=int), sums: wp.array(dtype=float)):  <L 22>
        continue;
    }
}



extern "C" __global__ void cross_covariance_97f080a8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst,
    wp::array_t<wp::int32> var_match,
    wp::vec_t<3, wp::float32> var_pose,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_H)
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
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32* var_11;
        const wp::int32 var_12 = 2;
        wp::float32* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        const wp::int32 var_18 = 3;
        wp::float32* var_19;
        const wp::int32 var_20 = 4;
        wp::float32* var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<2, wp::float32> var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::mat_t<2, 2, wp::float32> var_28;
        wp::vec_t<2, wp::float32>* var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32>* var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        const wp::int32 var_42 = 0;
        wp::mat_t<2, 2, wp::float32> var_43;
        wp::mat_t<2, 2, wp::float32> var_44;
        //---------
        // forward
        // def cross_covariance(src: wp.array(dtype=wp.vec2), dst: wp.array(dtype=wp.vec2), match: wp.array(dtype=int), pose: wp.vec3, sums: wp.array(dtype=float), H: wp.array(dtype=wp.mat22)):       <L 49>
        // i = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // j = match[i]                                                                           <L 51>
        var_1 = wp::address(var_match, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if j < 0:                                                                              <L 52>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 53>
            continue;
        }
        // n = sums[0]                                                                            <L 54>
        var_7 = wp::address(var_sums, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // mp = wp.vec2(sums[1], sums[2]) / n                                                     <L 55>
        var_11 = wp::address(var_sums, var_10);
        var_13 = wp::address(var_sums, var_12);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_13);
        var_14 = wp::vec_t<2, wp::float32>(var_15, var_16);
        var_17 = wp::div(var_14, var_8);
        // mq = wp.vec2(sums[3], sums[4]) / n                                                     <L 56>
        var_19 = wp::address(var_sums, var_18);
        var_21 = wp::address(var_sums, var_20);
        var_23 = wp::load(var_19);
        var_24 = wp::load(var_21);
        var_22 = wp::vec_t<2, wp::float32>(var_23, var_24);
        var_25 = wp::div(var_22, var_8);
        // p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1]) - mp                            <L 57>
        var_27 = wp::extract(var_pose, var_26);
        var_28 = rot2_0(var_27);
        var_29 = wp::address(var_src, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_28, var_31);
        var_33 = wp::extract(var_pose, var_32);
        var_35 = wp::extract(var_pose, var_34);
        var_36 = wp::vec_t<2, wp::float32>(var_33, var_35);
        var_37 = wp::add(var_30, var_36);
        var_38 = wp::sub(var_37, var_17);
        // q = dst[j] - mq                                                                        <L 58>
        var_39 = wp::address(var_dst, var_2);
        var_41 = wp::load(var_39);
        var_40 = wp::sub(var_41, var_25);
        // wp.atomic_add(H, 0, wp.outer(p, q))                                                    <L 59>
        var_43 = wp::outer(var_38, var_40);
        var_44 = wp::atomic_add(var_H, var_42, var_43);
    }
}



extern "C" __global__ void cross_covariance_97f080a8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst,
    wp::array_t<wp::int32> var_match,
    wp::vec_t<3, wp::float32> var_pose,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_H,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dst,
    wp::array_t<wp::int32> adj_match,
    wp::vec_t<3, wp::float32> adj_pose,
    wp::array_t<wp::float32> adj_sums,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_H)
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
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32* var_11;
        const wp::int32 var_12 = 2;
        wp::float32* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        const wp::int32 var_18 = 3;
        wp::float32* var_19;
        const wp::int32 var_20 = 4;
        wp::float32* var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<2, wp::float32> var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::mat_t<2, 2, wp::float32> var_28;
        wp::vec_t<2, wp::float32>* var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32>* var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        const wp::int32 var_42 = 0;
        wp::mat_t<2, 2, wp::float32> var_43;
        wp::mat_t<2, 2, wp::float32> var_44;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::mat_t<2, 2, wp::float32> adj_28 = {};
        wp::vec_t<2, wp::float32> adj_29 = {};
        wp::vec_t<2, wp::float32> adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        wp::vec_t<2, wp::float32> adj_37 = {};
        wp::vec_t<2, wp::float32> adj_38 = {};
        wp::vec_t<2, wp::float32> adj_39 = {};
        wp::vec_t<2, wp::float32> adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::mat_t<2, 2, wp::float32> adj_43 = {};
        wp::mat_t<2, 2, wp::float32> adj_44 = {};
        //---------
        // forward
        // def cross_covariance(src: wp.array(dtype=wp.vec2), dst: wp.array(dtype=wp.vec2), match: wp.array(dtype=int), pose: wp.vec3, sums: wp.array(dtype=float), H: wp.array(dtype=wp.mat22)):       <L 49>
        // i = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // j = match[i]                                                                           <L 51>
        var_1 = wp::address(var_match, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if j < 0:                                                                              <L 52>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 53>
            goto label0;
        }
        // n = sums[0]                                                                            <L 54>
        var_7 = wp::address(var_sums, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // mp = wp.vec2(sums[1], sums[2]) / n                                                     <L 55>
        var_11 = wp::address(var_sums, var_10);
        var_13 = wp::address(var_sums, var_12);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_13);
        var_14 = wp::vec_t<2, wp::float32>(var_15, var_16);
        var_17 = wp::div(var_14, var_8);
        // mq = wp.vec2(sums[3], sums[4]) / n                                                     <L 56>
        var_19 = wp::address(var_sums, var_18);
        var_21 = wp::address(var_sums, var_20);
        var_23 = wp::load(var_19);
        var_24 = wp::load(var_21);
        var_22 = wp::vec_t<2, wp::float32>(var_23, var_24);
        var_25 = wp::div(var_22, var_8);
        // p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1]) - mp                            <L 57>
        var_27 = wp::extract(var_pose, var_26);
        var_28 = rot2_0(var_27);
        var_29 = wp::address(var_src, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_28, var_31);
        var_33 = wp::extract(var_pose, var_32);
        var_35 = wp::extract(var_pose, var_34);
        var_36 = wp::vec_t<2, wp::float32>(var_33, var_35);
        var_37 = wp::add(var_30, var_36);
        var_38 = wp::sub(var_37, var_17);
        // q = dst[j] - mq                                                                        <L 58>
        var_39 = wp::address(var_dst, var_2);
        var_41 = wp::load(var_39);
        var_40 = wp::sub(var_41, var_25);
        // wp.atomic_add(H, 0, wp.outer(p, q))                                                    <L 59>
        var_43 = wp::outer(var_38, var_40);
        // var_44 = wp::atomic_add(var_H, var_42, var_43);
        //---------
        // reverse
        wp::adj_atomic_add(var_H, var_42, var_43, adj_H, adj_42, adj_43, adj_44);
        wp::adj_outer(var_38, var_40, adj_38, adj_40, adj_43);
        // adj: wp.atomic_add(H, 0, wp.outer(p, q))                                               <L 59>
        wp::adj_sub(var_41, var_25, adj_39, adj_25, adj_40);
        wp::adj_address(var_dst, var_2, adj_dst, adj_2, adj_39);
        // adj: q = dst[j] - mq                                                                   <L 58>
        wp::adj_sub(var_37, var_17, adj_37, adj_17, adj_38);
        wp::adj_add(var_30, var_36, adj_30, adj_36, adj_37);
        wp::adj_vec_t(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_extract(var_pose, var_34, adj_pose, adj_34, adj_35);
        wp::adj_extract(var_pose, var_32, adj_pose, adj_32, adj_33);
        wp::adj_mul(var_28, var_31, adj_28, adj_29, adj_30);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_29);
        adj_rot2_0(var_27, adj_27, adj_28);
        wp::adj_extract(var_pose, var_26, adj_pose, adj_26, adj_27);
        // adj: p = rot2(pose[2]) * src[i] + wp.vec2(pose[0], pose[1]) - mp                       <L 57>
        wp::adj_div(var_22, var_8, adj_22, adj_8, adj_25);
        wp::adj_vec_t(var_23, var_24, adj_19, adj_21, adj_22);
        wp::adj_address(var_sums, var_20, adj_sums, adj_20, adj_21);
        wp::adj_address(var_sums, var_18, adj_sums, adj_18, adj_19);
        // adj: mq = wp.vec2(sums[3], sums[4]) / n                                                <L 56>
        wp::adj_div(var_14, var_8, adj_14, adj_8, adj_17);
        wp::adj_vec_t(var_15, var_16, adj_11, adj_13, adj_14);
        wp::adj_address(var_sums, var_12, adj_sums, adj_12, adj_13);
        wp::adj_address(var_sums, var_10, adj_sums, adj_10, adj_11);
        // adj: mp = wp.vec2(sums[1], sums[2]) / n                                                <L 55>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_sums, var_6, adj_sums, adj_6, adj_7);
        // adj: n = sums[0]                                                                       <L 54>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 53>
        }
        // adj: if j < 0:                                                                         <L 52>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_match, var_0, adj_match, adj_0, adj_1);
        // adj: j = match[i]                                                                      <L 51>
        // adj: i = wp.tid()                                                                      <L 50>
        // adj: def cross_covariance(src: wp.array(dtype=wp.vec2), dst: wp.array(dtype=wp.vec2), match: wp.array(dtype=int), pose: wp.vec3, sums: wp.array(dtype=float), H: wp.array(dtype=wp.mat22)):  <L 49>
        continue;
    }
}



extern "C" __global__ void update_pose_2316f287_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_H,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pose)
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
        const wp::int32 var_0 = 0;
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32* var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32* var_25;
        const wp::int32 var_26 = 2;
        wp::float32* var_27;
        wp::vec_t<2, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 3;
        wp::float32* var_33;
        const wp::int32 var_34 = 4;
        wp::float32* var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::vec_t<2, wp::float32> var_39;
        wp::mat_t<2, 2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        wp::vec_t<2, wp::float32> var_42;
        const wp::int32 var_43 = 0;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::mat_t<2, 2, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        wp::vec_t<2, wp::float32> var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::vec_t<2, wp::float32> var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        const wp::int32 var_59 = 2;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32> var_62;
        const wp::int32 var_63 = 0;
        wp::mat_t<2, 2, wp::float32> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::float32 var_67 = 0.0;
        const wp::int32 var_68 = 1;
        const wp::float32 var_69 = 0.0;
        const wp::int32 var_70 = 2;
        const wp::float32 var_71 = 0.0;
        const wp::int32 var_72 = 3;
        const wp::float32 var_73 = 0.0;
        const wp::int32 var_74 = 4;
        const wp::float32 var_75 = 0.0;
        //---------
        // forward
        // def update_pose(H: wp.array(dtype=wp.mat22), sums: wp.array(dtype=float), pose: wp.array(dtype=wp.vec3)):       <L 63>
        // M = H[0]                                                                               <L 64>
        var_1 = wp::address(var_H, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dtheta = wp.atan2(M[0, 1] - M[1, 0], M[0, 0] + M[1, 1])                                <L 65>
        var_6 = wp::extract(var_2, var_4, var_5);
        var_9 = wp::extract(var_2, var_7, var_8);
        var_10 = wp::sub(var_6, var_9);
        var_13 = wp::extract(var_2, var_11, var_12);
        var_16 = wp::extract(var_2, var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_18 = wp::atan2(var_10, var_17);
        // n = wp.max(sums[0], 1.0)                                                               <L 66>
        var_20 = wp::address(var_sums, var_19);
        var_23 = wp::load(var_20);
        var_22 = wp::max(var_23, var_21);
        // mp = wp.vec2(sums[1], sums[2]) / n                                                     <L 67>
        var_25 = wp::address(var_sums, var_24);
        var_27 = wp::address(var_sums, var_26);
        var_29 = wp::load(var_25);
        var_30 = wp::load(var_27);
        var_28 = wp::vec_t<2, wp::float32>(var_29, var_30);
        var_31 = wp::div(var_28, var_22);
        // mq = wp.vec2(sums[3], sums[4]) / n                                                     <L 68>
        var_33 = wp::address(var_sums, var_32);
        var_35 = wp::address(var_sums, var_34);
        var_37 = wp::load(var_33);
        var_38 = wp::load(var_35);
        var_36 = wp::vec_t<2, wp::float32>(var_37, var_38);
        var_39 = wp::div(var_36, var_22);
        // t = mq - rot2(dtheta) * mp                                                             <L 69>
        var_40 = rot2_0(var_18);
        var_41 = wp::mul(var_40, var_31);
        var_42 = wp::sub(var_39, var_41);
        // old = pose[0]                                                                          <L 70>
        var_44 = wp::address(var_pose, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // R = rot2(dtheta)                                                                       <L 71>
        var_47 = rot2_0(var_18);
        // nt = R * wp.vec2(old[0], old[1]) + t                                                   <L 72>
        var_49 = wp::extract(var_45, var_48);
        var_51 = wp::extract(var_45, var_50);
        var_52 = wp::vec_t<2, wp::float32>(var_49, var_51);
        var_53 = wp::mul(var_47, var_52);
        var_54 = wp::add(var_53, var_42);
        // pose[0] = wp.vec3(nt[0], nt[1], old[2] + dtheta)                                       <L 73>
        var_56 = wp::extract(var_54, var_55);
        var_58 = wp::extract(var_54, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_60, var_18);
        var_62 = wp::vec_t<3, wp::float32>(var_56, var_58, var_61);
        wp::array_store(var_pose, var_63, var_62);
        // H[0] = wp.mat22()                                                                      <L 74>
        var_64 = wp::mat_t<2, 2, wp::float32>();
        wp::array_store(var_H, var_65, var_64);
        // for k in range(5):                                                                     <L 75>
        // sums[k] = 0.0                                                                          <L 76>
        wp::array_store(var_sums, var_66, var_67);
        wp::array_store(var_sums, var_68, var_69);
        wp::array_store(var_sums, var_70, var_71);
        wp::array_store(var_sums, var_72, var_73);
        wp::array_store(var_sums, var_74, var_75);
    }
}



extern "C" __global__ void update_pose_2316f287_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_H,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pose,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_H,
    wp::array_t<wp::float32> adj_sums,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pose)
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
        const wp::int32 var_0 = 0;
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32* var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32* var_25;
        const wp::int32 var_26 = 2;
        wp::float32* var_27;
        wp::vec_t<2, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 3;
        wp::float32* var_33;
        const wp::int32 var_34 = 4;
        wp::float32* var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::vec_t<2, wp::float32> var_39;
        wp::mat_t<2, 2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        wp::vec_t<2, wp::float32> var_42;
        const wp::int32 var_43 = 0;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::mat_t<2, 2, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        wp::vec_t<2, wp::float32> var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::vec_t<2, wp::float32> var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        const wp::int32 var_59 = 2;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32> var_62;
        const wp::int32 var_63 = 0;
        wp::mat_t<2, 2, wp::float32> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::float32 var_67 = 0.0;
        const wp::int32 var_68 = 1;
        const wp::float32 var_69 = 0.0;
        const wp::int32 var_70 = 2;
        const wp::float32 var_71 = 0.0;
        const wp::int32 var_72 = 3;
        const wp::float32 var_73 = 0.0;
        const wp::int32 var_74 = 4;
        const wp::float32 var_75 = 0.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<2, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<2, wp::float32> adj_39 = {};
        wp::mat_t<2, 2, wp::float32> adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        wp::vec_t<2, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::mat_t<2, 2, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<2, wp::float32> adj_52 = {};
        wp::vec_t<2, wp::float32> adj_53 = {};
        wp::vec_t<2, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::int32 adj_63 = {};
        wp::mat_t<2, 2, wp::float32> adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::float32 adj_75 = {};
        //---------
        // forward
        // def update_pose(H: wp.array(dtype=wp.mat22), sums: wp.array(dtype=float), pose: wp.array(dtype=wp.vec3)):       <L 63>
        // M = H[0]                                                                               <L 64>
        var_1 = wp::address(var_H, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dtheta = wp.atan2(M[0, 1] - M[1, 0], M[0, 0] + M[1, 1])                                <L 65>
        var_6 = wp::extract(var_2, var_4, var_5);
        var_9 = wp::extract(var_2, var_7, var_8);
        var_10 = wp::sub(var_6, var_9);
        var_13 = wp::extract(var_2, var_11, var_12);
        var_16 = wp::extract(var_2, var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_18 = wp::atan2(var_10, var_17);
        // n = wp.max(sums[0], 1.0)                                                               <L 66>
        var_20 = wp::address(var_sums, var_19);
        var_23 = wp::load(var_20);
        var_22 = wp::max(var_23, var_21);
        // mp = wp.vec2(sums[1], sums[2]) / n                                                     <L 67>
        var_25 = wp::address(var_sums, var_24);
        var_27 = wp::address(var_sums, var_26);
        var_29 = wp::load(var_25);
        var_30 = wp::load(var_27);
        var_28 = wp::vec_t<2, wp::float32>(var_29, var_30);
        var_31 = wp::div(var_28, var_22);
        // mq = wp.vec2(sums[3], sums[4]) / n                                                     <L 68>
        var_33 = wp::address(var_sums, var_32);
        var_35 = wp::address(var_sums, var_34);
        var_37 = wp::load(var_33);
        var_38 = wp::load(var_35);
        var_36 = wp::vec_t<2, wp::float32>(var_37, var_38);
        var_39 = wp::div(var_36, var_22);
        // t = mq - rot2(dtheta) * mp                                                             <L 69>
        var_40 = rot2_0(var_18);
        var_41 = wp::mul(var_40, var_31);
        var_42 = wp::sub(var_39, var_41);
        // old = pose[0]                                                                          <L 70>
        var_44 = wp::address(var_pose, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // R = rot2(dtheta)                                                                       <L 71>
        var_47 = rot2_0(var_18);
        // nt = R * wp.vec2(old[0], old[1]) + t                                                   <L 72>
        var_49 = wp::extract(var_45, var_48);
        var_51 = wp::extract(var_45, var_50);
        var_52 = wp::vec_t<2, wp::float32>(var_49, var_51);
        var_53 = wp::mul(var_47, var_52);
        var_54 = wp::add(var_53, var_42);
        // pose[0] = wp.vec3(nt[0], nt[1], old[2] + dtheta)                                       <L 73>
        var_56 = wp::extract(var_54, var_55);
        var_58 = wp::extract(var_54, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_60, var_18);
        var_62 = wp::vec_t<3, wp::float32>(var_56, var_58, var_61);
        // wp::array_store(var_pose, var_63, var_62);
        // H[0] = wp.mat22()                                                                      <L 74>
        var_64 = wp::mat_t<2, 2, wp::float32>();
        // wp::array_store(var_H, var_65, var_64);
        // for k in range(5):                                                                     <L 75>
        // sums[k] = 0.0                                                                          <L 76>
        // wp::array_store(var_sums, var_66, var_67);
        // wp::array_store(var_sums, var_68, var_69);
        // wp::array_store(var_sums, var_70, var_71);
        // wp::array_store(var_sums, var_72, var_73);
        // wp::array_store(var_sums, var_74, var_75);
        //---------
        // reverse
        wp::adj_array_store(var_sums, var_74, var_75, adj_sums, adj_74, adj_75);
        wp::adj_array_store(var_sums, var_72, var_73, adj_sums, adj_72, adj_73);
        wp::adj_array_store(var_sums, var_70, var_71, adj_sums, adj_70, adj_71);
        wp::adj_array_store(var_sums, var_68, var_69, adj_sums, adj_68, adj_69);
        wp::adj_array_store(var_sums, var_66, var_67, adj_sums, adj_66, adj_67);
        // adj: sums[k] = 0.0                                                                     <L 76>
        // adj: for k in range(5):                                                                <L 75>
        wp::adj_array_store(var_H, var_65, var_64, adj_H, adj_65, adj_64);
        // adj: H[0] = wp.mat22()                                                                 <L 74>
        wp::adj_array_store(var_pose, var_63, var_62, adj_pose, adj_63, adj_62);
        wp::adj_vec_t(var_56, var_58, var_61, adj_56, adj_58, adj_61, adj_62);
        wp::adj_add(var_60, var_18, adj_60, adj_18, adj_61);
        wp::adj_extract(var_45, var_59, adj_45, adj_59, adj_60);
        wp::adj_extract(var_54, var_57, adj_54, adj_57, adj_58);
        wp::adj_extract(var_54, var_55, adj_54, adj_55, adj_56);
        // adj: pose[0] = wp.vec3(nt[0], nt[1], old[2] + dtheta)                                  <L 73>
        wp::adj_add(var_53, var_42, adj_53, adj_42, adj_54);
        wp::adj_mul(var_47, var_52, adj_47, adj_52, adj_53);
        wp::adj_vec_t(var_49, var_51, adj_49, adj_51, adj_52);
        wp::adj_extract(var_45, var_50, adj_45, adj_50, adj_51);
        wp::adj_extract(var_45, var_48, adj_45, adj_48, adj_49);
        // adj: nt = R * wp.vec2(old[0], old[1]) + t                                              <L 72>
        adj_rot2_0(var_18, adj_18, adj_47);
        // adj: R = rot2(dtheta)                                                                  <L 71>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_pose, var_43, adj_pose, adj_43, adj_44);
        // adj: old = pose[0]                                                                     <L 70>
        wp::adj_sub(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_mul(var_40, var_31, adj_40, adj_31, adj_41);
        adj_rot2_0(var_18, adj_18, adj_40);
        // adj: t = mq - rot2(dtheta) * mp                                                        <L 69>
        wp::adj_div(var_36, var_22, adj_36, adj_22, adj_39);
        wp::adj_vec_t(var_37, var_38, adj_33, adj_35, adj_36);
        wp::adj_address(var_sums, var_34, adj_sums, adj_34, adj_35);
        wp::adj_address(var_sums, var_32, adj_sums, adj_32, adj_33);
        // adj: mq = wp.vec2(sums[3], sums[4]) / n                                                <L 68>
        wp::adj_div(var_28, var_22, adj_28, adj_22, adj_31);
        wp::adj_vec_t(var_29, var_30, adj_25, adj_27, adj_28);
        wp::adj_address(var_sums, var_26, adj_sums, adj_26, adj_27);
        wp::adj_address(var_sums, var_24, adj_sums, adj_24, adj_25);
        // adj: mp = wp.vec2(sums[1], sums[2]) / n                                                <L 67>
        wp::adj_max(var_23, var_21, adj_20, adj_21, adj_22);
        wp::adj_address(var_sums, var_19, adj_sums, adj_19, adj_20);
        // adj: n = wp.max(sums[0], 1.0)                                                          <L 66>
        wp::adj_atan2(var_10, var_17, adj_10, adj_17, adj_18);
        wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_extract(var_2, var_14, var_15, adj_2, adj_14, adj_15, adj_16);
        wp::adj_extract(var_2, var_11, var_12, adj_2, adj_11, adj_12, adj_13);
        wp::adj_sub(var_6, var_9, adj_6, adj_9, adj_10);
        wp::adj_extract(var_2, var_7, var_8, adj_2, adj_7, adj_8, adj_9);
        wp::adj_extract(var_2, var_4, var_5, adj_2, adj_4, adj_5, adj_6);
        // adj: dtheta = wp.atan2(M[0, 1] - M[1, 0], M[0, 0] + M[1, 1])                           <L 65>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_H, var_0, adj_H, adj_0, adj_1);
        // adj: M = H[0]                                                                          <L 64>
        // adj: def update_pose(H: wp.array(dtype=wp.mat22), sums: wp.array(dtype=float), pose: wp.array(dtype=wp.vec3)):  <L 63>
        continue;
    }
}

