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


// corpus/092_quaternion_average_markley.py:4
static CUDA_CALLABLE wp::vec_t<4, wp::float32> quat_to_vec4_0(
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::vec_t<4, wp::float32> var_8;
    //---------
    // forward
    // def quat_to_vec4(q: wp.quat) -> wp.vec4:                                               <L 5>
    // return wp.vec4(q[0], q[1], q[2], q[3])                                                 <L 6>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_7 = wp::extract(var_q, var_6);
    var_8 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_7);
    return var_8;
}


// corpus/092_quaternion_average_markley.py:4
static CUDA_CALLABLE void adj_quat_to_vec4_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<4, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    wp::vec_t<4, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    //---------
    // forward
    // def quat_to_vec4(q: wp.quat) -> wp.vec4:                                               <L 5>
    // return wp.vec4(q[0], q[1], q[2], q[3])                                                 <L 6>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_7 = wp::extract(var_q, var_6);
    var_8 = wp::vec_t<4, wp::float32>(var_1, var_3, var_5, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_1, var_3, var_5, var_7, adj_1, adj_3, adj_5, adj_7, adj_8);
    wp::adj_extract(var_q, var_6, adj_q, adj_6, adj_7);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: return wp.vec4(q[0], q[1], q[2], q[3])                                            <L 6>
    // adj: def quat_to_vec4(q: wp.quat) -> wp.vec4:                                          <L 5>
    return;
}



extern "C" __global__ void accumulate_outer_1fa7efbd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rots,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_M,
    wp::array_t<wp::float32> var_wsum)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32> var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def accumulate_outer(rots: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), group: wp.array(dtype=int), M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // v = quat_to_vec4(rots[i])                                                              <L 12>
        var_1 = wp::address(var_rots, var_0);
        var_3 = wp::load(var_1);
        var_2 = quat_to_vec4_0(var_3);
        // w = weights[i]                                                                         <L 13>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // g = group[i]                                                                           <L 14>
        var_7 = wp::address(var_group, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // wp.atomic_add(M, g, wp.outer(v, v) * w)                                                <L 15>
        var_10 = wp::outer(var_2, var_2);
        var_11 = wp::mul(var_10, var_5);
        var_12 = wp::atomic_add(var_M, var_8, var_11);
        // wp.atomic_add(wsum, g, w)                                                              <L 16>
        var_13 = wp::atomic_add(var_wsum, var_8, var_5);
    }
}



extern "C" __global__ void accumulate_outer_1fa7efbd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rots,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_M,
    wp::array_t<wp::float32> var_wsum,
    wp::array_t<wp::quat_t<wp::float32>> adj_rots,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::int32> adj_group,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_M,
    wp::array_t<wp::float32> adj_wsum)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::mat_t<4, 4, wp::float32> var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32> var_12;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::mat_t<4, 4, wp::float32> adj_10 = {};
        wp::mat_t<4, 4, wp::float32> adj_11 = {};
        wp::mat_t<4, 4, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def accumulate_outer(rots: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), group: wp.array(dtype=int), M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // v = quat_to_vec4(rots[i])                                                              <L 12>
        var_1 = wp::address(var_rots, var_0);
        var_3 = wp::load(var_1);
        var_2 = quat_to_vec4_0(var_3);
        // w = weights[i]                                                                         <L 13>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // g = group[i]                                                                           <L 14>
        var_7 = wp::address(var_group, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // wp.atomic_add(M, g, wp.outer(v, v) * w)                                                <L 15>
        var_10 = wp::outer(var_2, var_2);
        var_11 = wp::mul(var_10, var_5);
        // var_12 = wp::atomic_add(var_M, var_8, var_11);
        // wp.atomic_add(wsum, g, w)                                                              <L 16>
        // var_13 = wp::atomic_add(var_wsum, var_8, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_wsum, var_8, var_5, adj_wsum, adj_8, adj_5, adj_13);
        // adj: wp.atomic_add(wsum, g, w)                                                         <L 16>
        wp::adj_atomic_add(var_M, var_8, var_11, adj_M, adj_8, adj_11, adj_12);
        wp::adj_mul(var_10, var_5, adj_10, adj_5, adj_11);
        wp::adj_outer(var_2, var_2, adj_2, adj_2, adj_10);
        // adj: wp.atomic_add(M, g, wp.outer(v, v) * w)                                           <L 15>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_group, var_0, adj_group, adj_0, adj_7);
        // adj: g = group[i]                                                                      <L 14>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: w = weights[i]                                                                    <L 13>
        adj_quat_to_vec4_0(var_3, adj_1, adj_2);
        wp::adj_address(var_rots, var_0, adj_rots, adj_0, adj_1);
        // adj: v = quat_to_vec4(rots[i])                                                         <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def accumulate_outer(rots: wp.array(dtype=wp.quat), weights: wp.array(dtype=float), group: wp.array(dtype=int), M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float)):  <L 10>
        continue;
    }
}



extern "C" __global__ void dominant_eigenvector_3f951418_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_M,
    wp::array_t<wp::float32> var_wsum,
    wp::int32 var_iterations,
    wp::array_t<wp::quat_t<wp::float32>> var_mean,
    wp::array_t<wp::float32> var_spread)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::quat_t<wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::mat_t<4, 4, wp::float32>* var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32> var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::vec_t<4, wp::float32> var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::vec_t<4, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 1e-12;
        bool var_25;
        wp::vec_t<4, wp::float32> var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 3;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32> var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 3;
        wp::float32 var_41;
        wp::quat_t<wp::float32> var_42;
        wp::quat_t<wp::float32> var_43;
        const wp::float32 var_44 = 1.0;
        wp::float32 var_45;
        //---------
        // forward
        // def dominant_eigenvector(M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float), iterations: int, mean: wp.array(dtype=wp.quat), spread: wp.array(dtype=float)):       <L 20>
        // g = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // W = wsum[g]                                                                            <L 22>
        var_1 = wp::address(var_wsum, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if W <= 0.0:                                                                           <L 23>
        var_5 = (var_2 <= var_4);
        if (var_5) {
            // mean[g] = wp.quat_identity()                                                       <L 24>
            var_6 = wp::quat_identity<wp::float32>();
            wp::array_store(var_mean, var_0, var_6);
            // spread[g] = 0.0                                                                    <L 25>
            wp::array_store(var_spread, var_0, var_7);
            // return                                                                             <L 26>
            continue;
        }
        // A = M[g] * (1.0 / W)                                                                   <L 27>
        var_8 = wp::address(var_M, var_0);
        var_10 = wp::div(var_9, var_2);
        var_12 = wp::load(var_8);
        var_11 = wp::mul(var_12, var_10);
        // v = wp.vec4(0.0, 0.0, 0.0, 1.0)                                                        <L 28>
        var_17 = wp::vec_t<4, wp::float32>(var_13, var_14, var_15, var_16);
        // lam = float(0.0)                                                                       <L 29>
        var_19 = wp::float(var_18);
        // for it in range(iterations):                                                           <L 30>
        var_20 = wp::range(var_iterations);
        start_for_1:;
            if (iter_cmp(var_20) == 0) goto end_for_1;
            var_21 = wp::iter_next(var_20);
            // w = A * v                                                                          <L 31>
            var_22 = wp::mul(var_11, var_17);
            // l = wp.length(w)                                                                   <L 32>
            var_23 = wp::length(var_22);
            // if l < 1.0e-12:                                                                    <L 33>
            var_25 = (var_23 < var_24);
            if (var_25) {
                // break                                                                          <L 34>
                goto end_for_1;
            }
            // v = w / l                                                                          <L 35>
            var_26 = wp::div(var_22, var_23);
            // lam = l                                                                            <L 36>
            var_27 = wp::copy(var_23);
            wp::assign(var_17, var_26);
            wp::assign(var_19, var_27);
            goto start_for_1;
        end_for_1:;
        // if v[3] < 0.0:                                                                         <L 37>
        var_29 = wp::extract(var_17, var_28);
        var_31 = (var_29 < var_30);
        if (var_31) {
            // v = -v                                                                             <L 38>
            var_32 = wp::neg(var_17);
        }
        var_33 = wp::where(var_31, var_32, var_17);
        // mean[g] = wp.normalize(wp.quat(v[0], v[1], v[2], v[3]))                                <L 39>
        var_35 = wp::extract(var_33, var_34);
        var_37 = wp::extract(var_33, var_36);
        var_39 = wp::extract(var_33, var_38);
        var_41 = wp::extract(var_33, var_40);
        var_42 = wp::quat_t<wp::float32>(var_35, var_37, var_39, var_41);
        var_43 = wp::normalize(var_42);
        wp::array_store(var_mean, var_0, var_43);
        // spread[g] = 1.0 - lam                                                                  <L 40>
        var_45 = wp::sub(var_44, var_19);
        wp::array_store(var_spread, var_0, var_45);
    }
}



extern "C" __global__ void dominant_eigenvector_3f951418_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_M,
    wp::array_t<wp::float32> var_wsum,
    wp::int32 var_iterations,
    wp::array_t<wp::quat_t<wp::float32>> var_mean,
    wp::array_t<wp::float32> var_spread,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_M,
    wp::array_t<wp::float32> adj_wsum,
    wp::int32 adj_iterations,
    wp::array_t<wp::quat_t<wp::float32>> adj_mean,
    wp::array_t<wp::float32> adj_spread)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::quat_t<wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::mat_t<4, 4, wp::float32>* var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::mat_t<4, 4, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32> var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        wp::vec_t<4, wp::float32> var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::vec_t<4, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 1e-12;
        bool var_25;
        wp::vec_t<4, wp::float32> var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 3;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32> var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 3;
        wp::float32 var_41;
        wp::quat_t<wp::float32> var_42;
        wp::quat_t<wp::float32> var_43;
        const wp::float32 var_44 = 1.0;
        wp::float32 var_45;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::mat_t<4, 4, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::mat_t<4, 4, wp::float32> adj_11 = {};
        wp::mat_t<4, 4, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<4, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<4, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::vec_t<4, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::vec_t<4, wp::float32> adj_32 = {};
        wp::vec_t<4, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::quat_t<wp::float32> adj_42 = {};
        wp::quat_t<wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        //---------
        // forward
        // def dominant_eigenvector(M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float), iterations: int, mean: wp.array(dtype=wp.quat), spread: wp.array(dtype=float)):       <L 20>
        // g = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // W = wsum[g]                                                                            <L 22>
        var_1 = wp::address(var_wsum, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if W <= 0.0:                                                                           <L 23>
        var_5 = (var_2 <= var_4);
        if (var_5) {
            // mean[g] = wp.quat_identity()                                                       <L 24>
            var_6 = wp::quat_identity<wp::float32>();
            // wp::array_store(var_mean, var_0, var_6);
            // spread[g] = 0.0                                                                    <L 25>
            // wp::array_store(var_spread, var_0, var_7);
            // return                                                                             <L 26>
            goto label0;
        }
        // A = M[g] * (1.0 / W)                                                                   <L 27>
        var_8 = wp::address(var_M, var_0);
        var_10 = wp::div(var_9, var_2);
        var_12 = wp::load(var_8);
        var_11 = wp::mul(var_12, var_10);
        // v = wp.vec4(0.0, 0.0, 0.0, 1.0)                                                        <L 28>
        var_17 = wp::vec_t<4, wp::float32>(var_13, var_14, var_15, var_16);
        // lam = float(0.0)                                                                       <L 29>
        var_19 = wp::float(var_18);
        // for it in range(iterations):                                                           <L 30>
        var_20 = wp::range(var_iterations);
        // if v[3] < 0.0:                                                                         <L 37>
        var_29 = wp::extract(var_17, var_28);
        var_31 = (var_29 < var_30);
        if (var_31) {
            // v = -v                                                                             <L 38>
            var_32 = wp::neg(var_17);
        }
        var_33 = wp::where(var_31, var_32, var_17);
        // mean[g] = wp.normalize(wp.quat(v[0], v[1], v[2], v[3]))                                <L 39>
        var_35 = wp::extract(var_33, var_34);
        var_37 = wp::extract(var_33, var_36);
        var_39 = wp::extract(var_33, var_38);
        var_41 = wp::extract(var_33, var_40);
        var_42 = wp::quat_t<wp::float32>(var_35, var_37, var_39, var_41);
        var_43 = wp::normalize(var_42);
        // wp::array_store(var_mean, var_0, var_43);
        // spread[g] = 1.0 - lam                                                                  <L 40>
        var_45 = wp::sub(var_44, var_19);
        // wp::array_store(var_spread, var_0, var_45);
        //---------
        // reverse
        wp::adj_array_store(var_spread, var_0, var_45, adj_spread, adj_0, adj_45);
        wp::adj_sub(var_44, var_19, adj_44, adj_19, adj_45);
        // adj: spread[g] = 1.0 - lam                                                             <L 40>
        wp::adj_array_store(var_mean, var_0, var_43, adj_mean, adj_0, adj_43);
        wp::adj_normalize(var_42, adj_42, adj_43);
        wp::adj_quat_t(var_35, var_37, var_39, var_41, adj_35, adj_37, adj_39, adj_41, adj_42);
        wp::adj_extract(var_33, var_40, adj_33, adj_40, adj_41);
        wp::adj_extract(var_33, var_38, adj_33, adj_38, adj_39);
        wp::adj_extract(var_33, var_36, adj_33, adj_36, adj_37);
        wp::adj_extract(var_33, var_34, adj_33, adj_34, adj_35);
        // adj: mean[g] = wp.normalize(wp.quat(v[0], v[1], v[2], v[3]))                           <L 39>
        wp::adj_where(var_31, var_32, var_17, adj_31, adj_32, adj_17, adj_33);
        if (var_31) {
            wp::adj_neg(var_17, adj_17, adj_32);
            // adj: v = -v                                                                        <L 38>
        }
        wp::adj_extract(var_17, var_28, adj_17, adj_28, adj_29);
        // adj: if v[3] < 0.0:                                                                    <L 37>
        var_20 = wp::iter_reverse(var_20);
        start_for_1:;
            if (iter_cmp(var_20) == 0) goto end_for_1;
            var_21 = wp::iter_next(var_20);
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
            // w = A * v                                                                          <L 31>
            var_22 = wp::mul(var_11, var_17);
            // l = wp.length(w)                                                                   <L 32>
            var_23 = wp::length(var_22);
            // if l < 1.0e-12:                                                                    <L 33>
            var_25 = (var_23 < var_24);
            if (var_25) {
                // break                                                                          <L 34>
                goto end_for_1;
            }
            // v = w / l                                                                          <L 35>
            var_26 = wp::div(var_22, var_23);
            // lam = l                                                                            <L 36>
            var_27 = wp::copy(var_23);
            wp::assign(var_17, var_26);
            wp::assign(var_19, var_27);
            wp::adj_assign(var_19, var_27, adj_19, adj_27);
            wp::adj_assign(var_17, var_26, adj_17, adj_26);
            wp::adj_copy(var_23, adj_23, adj_27);
            // adj: lam = l                                                                       <L 36>
            wp::adj_div(var_22, var_23, adj_22, adj_23, adj_26);
            // adj: v = w / l                                                                     <L 35>
            if (var_25) {
                // adj: break                                                                     <L 34>
            }
            // adj: if l < 1.0e-12:                                                               <L 33>
            wp::adj_length(var_22, var_23, adj_22, adj_23);
            // adj: l = wp.length(w)                                                              <L 32>
            wp::adj_mul(var_11, var_17, adj_11, adj_17, adj_22);
            // adj: w = A * v                                                                     <L 31>
        	goto start_for_1;
        end_for_1:;
        // adj: for it in range(iterations):                                                      <L 30>
        wp::adj_float(var_18, adj_18, adj_19);
        // adj: lam = float(0.0)                                                                  <L 29>
        wp::adj_vec_t(var_13, var_14, var_15, var_16, adj_13, adj_14, adj_15, adj_16, adj_17);
        // adj: v = wp.vec4(0.0, 0.0, 0.0, 1.0)                                                   <L 28>
        wp::adj_mul(var_12, var_10, adj_8, adj_10, adj_11);
        wp::adj_div(var_9, var_2, var_10, adj_9, adj_2, adj_10);
        wp::adj_address(var_M, var_0, adj_M, adj_0, adj_8);
        // adj: A = M[g] * (1.0 / W)                                                              <L 27>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 26>
            wp::adj_array_store(var_spread, var_0, var_7, adj_spread, adj_0, adj_7);
            // adj: spread[g] = 0.0                                                               <L 25>
            wp::adj_array_store(var_mean, var_0, var_6, adj_mean, adj_0, adj_6);
            // adj: mean[g] = wp.quat_identity()                                                  <L 24>
        }
        // adj: if W <= 0.0:                                                                      <L 23>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_wsum, var_0, adj_wsum, adj_0, adj_1);
        // adj: W = wsum[g]                                                                       <L 22>
        // adj: g = wp.tid()                                                                      <L 21>
        // adj: def dominant_eigenvector(M: wp.array(dtype=wp.mat44), wsum: wp.array(dtype=float), iterations: int, mean: wp.array(dtype=wp.quat), spread: wp.array(dtype=float)):  <L 20>
        continue;
    }
}



extern "C" __global__ void deviation_angles_dc8b5b3a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rots,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::quat_t<wp::float32>> var_mean,
    wp::array_t<wp::float32> var_angles,
    wp::array_t<wp::float32> var_max_angle)
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
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def deviation_angles(rots: wp.array(dtype=wp.quat), group: wp.array(dtype=int), mean: wp.array(dtype=wp.quat), angles: wp.array(dtype=float), max_angle: wp.array(dtype=float)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // g = group[i]                                                                           <L 46>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.quat_inverse(mean[g]) * rots[i]                                                 <L 47>
        var_4 = wp::address(var_mean, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::quat_inverse(var_6);
        var_7 = wp::address(var_rots, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        // c = wp.clamp(wp.abs(d[3]), 0.0, 1.0)                                                   <L 48>
        var_11 = wp::extract(var_8, var_10);
        var_12 = wp::abs(var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        // a = 2.0 * wp.acos(c)                                                                   <L 49>
        var_17 = wp::acos(var_15);
        var_18 = wp::mul(var_16, var_17);
        // angles[i] = a                                                                          <L 50>
        wp::array_store(var_angles, var_0, var_18);
        // wp.atomic_max(max_angle, g, a)                                                         <L 51>
        var_19 = wp::atomic_max(var_max_angle, var_2, var_18);
    }
}



extern "C" __global__ void deviation_angles_dc8b5b3a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rots,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::quat_t<wp::float32>> var_mean,
    wp::array_t<wp::float32> var_angles,
    wp::array_t<wp::float32> var_max_angle,
    wp::array_t<wp::quat_t<wp::float32>> adj_rots,
    wp::array_t<wp::int32> adj_group,
    wp::array_t<wp::quat_t<wp::float32>> adj_mean,
    wp::array_t<wp::float32> adj_angles,
    wp::array_t<wp::float32> adj_max_angle)
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
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::quat_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def deviation_angles(rots: wp.array(dtype=wp.quat), group: wp.array(dtype=int), mean: wp.array(dtype=wp.quat), angles: wp.array(dtype=float), max_angle: wp.array(dtype=float)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // g = group[i]                                                                           <L 46>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.quat_inverse(mean[g]) * rots[i]                                                 <L 47>
        var_4 = wp::address(var_mean, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::quat_inverse(var_6);
        var_7 = wp::address(var_rots, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        // c = wp.clamp(wp.abs(d[3]), 0.0, 1.0)                                                   <L 48>
        var_11 = wp::extract(var_8, var_10);
        var_12 = wp::abs(var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        // a = 2.0 * wp.acos(c)                                                                   <L 49>
        var_17 = wp::acos(var_15);
        var_18 = wp::mul(var_16, var_17);
        // angles[i] = a                                                                          <L 50>
        // wp::array_store(var_angles, var_0, var_18);
        // wp.atomic_max(max_angle, g, a)                                                         <L 51>
        // var_19 = wp::atomic_max(var_max_angle, var_2, var_18);
        //---------
        // reverse
        wp::adj_atomic_max(var_max_angle, var_2, var_18, adj_max_angle, adj_2, adj_18, adj_19);
        // adj: wp.atomic_max(max_angle, g, a)                                                    <L 51>
        wp::adj_array_store(var_angles, var_0, var_18, adj_angles, adj_0, adj_18);
        // adj: angles[i] = a                                                                     <L 50>
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_acos(var_15, adj_15, adj_17);
        // adj: a = 2.0 * wp.acos(c)                                                              <L 49>
        wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
        wp::adj_abs(var_11, adj_11, adj_12);
        wp::adj_extract(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: c = wp.clamp(wp.abs(d[3]), 0.0, 1.0)                                              <L 48>
        wp::adj_mul(var_5, var_9, adj_5, adj_7, adj_8);
        wp::adj_address(var_rots, var_0, adj_rots, adj_0, adj_7);
        wp::adj_quat_inverse(var_6, adj_4, adj_5);
        wp::adj_address(var_mean, var_2, adj_mean, adj_2, adj_4);
        // adj: d = wp.quat_inverse(mean[g]) * rots[i]                                            <L 47>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
        // adj: g = group[i]                                                                      <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def deviation_angles(rots: wp.array(dtype=wp.quat), group: wp.array(dtype=int), mean: wp.array(dtype=wp.quat), angles: wp.array(dtype=float), max_angle: wp.array(dtype=float)):  <L 44>
        continue;
    }
}

