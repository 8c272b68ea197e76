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


// corpus/704_bvh_broad_phase.py:39
static CUDA_CALLABLE wp::float32 ray_sphere_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = -1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:                 <L 40>
    // oc = o - c                                                                             <L 41>
    var_0 = wp::sub(var_o, var_c);
    // b = wp.dot(oc, d)                                                                      <L 42>
    var_1 = wp::dot(var_0, var_d);
    // disc = b * b - wp.dot(oc, oc) + r * r                                                  <L 43>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_r, var_r);
    var_6 = wp::add(var_4, var_5);
    // if disc < 0.0:                                                                         <L 44>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 45>
        return var_9;
    }
    // return -b - wp.sqrt(disc)                                                              <L 46>
    var_10 = wp::neg(var_1);
    var_11 = wp::sqrt(var_6);
    var_12 = wp::sub(var_10, var_11);
    return var_12;
}


// corpus/704_bvh_broad_phase.py:39
static CUDA_CALLABLE void adj_ray_sphere_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = -1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:                 <L 40>
    // oc = o - c                                                                             <L 41>
    var_0 = wp::sub(var_o, var_c);
    // b = wp.dot(oc, d)                                                                      <L 42>
    var_1 = wp::dot(var_0, var_d);
    // disc = b * b - wp.dot(oc, oc) + r * r                                                  <L 43>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_r, var_r);
    var_6 = wp::add(var_4, var_5);
    // if disc < 0.0:                                                                         <L 44>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 45>
        goto label0;
    }
    // return -b - wp.sqrt(disc)                                                              <L 46>
    var_10 = wp::neg(var_1);
    var_11 = wp::sqrt(var_6);
    var_12 = wp::sub(var_10, var_11);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_12 += adj_ret;
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_sqrt(var_6, var_11, adj_6, adj_11);
    wp::adj_neg(var_1, adj_1, adj_10);
    // adj: return -b - wp.sqrt(disc)                                                         <L 46>
    if (var_8) {
        label0:;
        adj_9 += adj_ret;
        // adj: return -1.0                                                                   <L 45>
    }
    // adj: if disc < 0.0:                                                                    <L 44>
    wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_r, var_r, adj_r, adj_r, adj_5);
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_2);
    // adj: disc = b * b - wp.dot(oc, oc) + r * r                                             <L 43>
    wp::adj_dot(var_0, var_d, adj_0, adj_d, adj_1);
    // adj: b = wp.dot(oc, d)                                                                 <L 42>
    wp::adj_sub(var_o, var_c, adj_o, adj_c, adj_0);
    // adj: oc = o - c                                                                        <L 41>
    // adj: def ray_sphere(o: wp.vec3, d: wp.vec3, c: wp.vec3, r: float) -> float:            <L 40>
    return;
}



extern "C" __global__ void compute_bounds_b21c6ea2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):       <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // r = wp.vec3(radius[i])                                                                 <L 10>
        var_1 = wp::address(var_radius, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::vec_t<3, wp::float32>(var_3);
        // lowers[i] = x[i] - r                                                                   <L 11>
        var_4 = wp::address(var_x, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_2);
        wp::array_store(var_lowers, var_0, var_5);
        // uppers[i] = x[i] + r                                                                   <L 12>
        var_7 = wp::address(var_x, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_9, var_2);
        wp::array_store(var_uppers, var_0, var_8);
    }
}



extern "C" __global__ void compute_bounds_b21c6ea2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):       <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // r = wp.vec3(radius[i])                                                                 <L 10>
        var_1 = wp::address(var_radius, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::vec_t<3, wp::float32>(var_3);
        // lowers[i] = x[i] - r                                                                   <L 11>
        var_4 = wp::address(var_x, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_2);
        // wp::array_store(var_lowers, var_0, var_5);
        // uppers[i] = x[i] + r                                                                   <L 12>
        var_7 = wp::address(var_x, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::add(var_9, var_2);
        // wp::array_store(var_uppers, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_uppers, var_0, var_8, adj_uppers, adj_0, adj_8);
        wp::adj_add(var_9, var_2, adj_7, adj_2, adj_8);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
        // adj: uppers[i] = x[i] + r                                                              <L 12>
        wp::adj_array_store(var_lowers, var_0, var_5, adj_lowers, adj_0, adj_5);
        wp::adj_sub(var_6, var_2, adj_4, adj_2, adj_5);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
        // adj: lowers[i] = x[i] - r                                                              <L 11>
        wp::adj_vec_t(var_3, adj_1, adj_2);
        wp::adj_address(var_radius, var_0, adj_radius, adj_0, adj_1);
        // adj: r = wp.vec3(radius[i])                                                            <L 10>
        // adj: i = wp.tid()                                                                      <L 9>
        // adj: def compute_bounds(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3)):  <L 8>
        continue;
    }
}



extern "C" __global__ void find_pairs_1e100099_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers,
    wp::int32 var_max_pairs,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        wp::vec_t<2, wp::int32> var_28;
        //---------
        // forward
        // def find_pairs(                                                                        <L 16>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                                   <L 27>
        var_1 = wp::address(var_lowers, var_0);
        var_2 = wp::address(var_uppers, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_aabb(var_bvh, var_5, var_6, var_4);
        // j = int(0)                                                                             <L 28>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, j):                                                     <L 29>
        start_while_0:;
        var_9 = wp::bvh_query_next(var_3, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
            // if j <= i:                                                                         <L 30>
            var_11 = (var_8 <= var_0);
            if (var_11) {
                // continue                                                                       <L 31>
                goto start_while_0;
            }
            // d = wp.length(x[i] - x[j])                                                         <L 32>
            var_12 = wp::address(var_x, var_0);
            var_13 = wp::address(var_x, var_8);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = wp::sub(var_15, var_16);
            var_17 = wp::length(var_14);
            // if d < radius[i] + radius[j]:                                                      <L 33>
            var_18 = wp::address(var_radius, var_0);
            var_19 = wp::address(var_radius, var_8);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::add(var_21, var_22);
            var_23 = (var_17 < var_20);
            if (var_23) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 34>
                var_26 = wp::atomic_add(var_pair_count, var_24, var_25);
                // if slot < max_pairs:                                                           <L 35>
                var_27 = (var_26 < var_max_pairs);
                if (var_27) {
                    // pairs[slot] = wp.vec2i(i, j)                                               <L 36>
                    var_28 = wp::vec_t<2, wp::int32>(var_0, var_8);
                    wp::array_store(var_pairs, var_26, var_28);
                }
            }
        goto start_while_0;
        end_while_0:;
    }
}



extern "C" __global__ void find_pairs_1e100099_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers,
    wp::int32 var_max_pairs,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers,
    wp::int32 adj_max_pairs,
    wp::array_t<wp::int32> adj_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        wp::vec_t<2, wp::int32> var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::bvh_query_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
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
        bool adj_27 = {};
        wp::vec_t<2, wp::int32> adj_28 = {};
        //---------
        // forward
        // def find_pairs(                                                                        <L 16>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                                   <L 27>
        var_1 = wp::address(var_lowers, var_0);
        var_2 = wp::address(var_uppers, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_aabb(var_bvh, var_5, var_6, var_4);
        // j = int(0)                                                                             <L 28>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, j):                                                     <L 29>
        //---------
        // reverse
        start_while_0:;
        var_9 = wp::bvh_query_next(var_3, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
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
            // if j <= i:                                                                         <L 30>
            var_11 = (var_8 <= var_0);
            if (var_11) {
                // continue                                                                       <L 31>
                goto start_while_0;
            }
            // d = wp.length(x[i] - x[j])                                                         <L 32>
            var_12 = wp::address(var_x, var_0);
            var_13 = wp::address(var_x, var_8);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = wp::sub(var_15, var_16);
            var_17 = wp::length(var_14);
            // if d < radius[i] + radius[j]:                                                      <L 33>
            var_18 = wp::address(var_radius, var_0);
            var_19 = wp::address(var_radius, var_8);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::add(var_21, var_22);
            var_23 = (var_17 < var_20);
            if (var_23) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 34>
                // var_26 = wp::atomic_add(var_pair_count, var_24, var_25);
                // if slot < max_pairs:                                                           <L 35>
                var_27 = (var_26 < var_max_pairs);
                if (var_27) {
                    // pairs[slot] = wp.vec2i(i, j)                                               <L 36>
                    var_28 = wp::vec_t<2, wp::int32>(var_0, var_8);
                    // wp::array_store(var_pairs, var_26, var_28);
                }
            }
            if (var_23) {
                if (var_27) {
                    wp::adj_array_store(var_pairs, var_26, var_28, adj_pairs, adj_26, adj_28);
                    wp::adj_vec_t(var_0, var_8, adj_0, adj_8, adj_28);
                    // adj: pairs[slot] = wp.vec2i(i, j)                                          <L 36>
                }
                // adj: if slot < max_pairs:                                                      <L 35>
                wp::adj_atomic_add(var_pair_count, var_24, var_25, adj_pair_count, adj_24, adj_25, adj_26);
                // adj: slot = wp.atomic_add(pair_count, 0, 1)                                    <L 34>
            }
            wp::adj_add(var_21, var_22, adj_18, adj_19, adj_20);
            wp::adj_address(var_radius, var_8, adj_radius, adj_8, adj_19);
            wp::adj_address(var_radius, var_0, adj_radius, adj_0, adj_18);
            // adj: if d < radius[i] + radius[j]:                                                 <L 33>
            wp::adj_length(var_14, var_17, adj_14, adj_17);
            wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
            wp::adj_address(var_x, var_8, adj_x, adj_8, adj_13);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_12);
            // adj: d = wp.length(x[i] - x[j])                                                    <L 32>
            if (var_11) {
                // adj: continue                                                                  <L 31>
            }
            // adj: if j <= i:                                                                    <L 30>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, j):                                                <L 29>
        // adj: j = int(0)                                                                        <L 28>
        wp::adj_address(var_uppers, var_0, adj_uppers, adj_0, adj_2);
        wp::adj_address(var_lowers, var_0, adj_lowers, adj_0, adj_1);
        // adj: query = wp.bvh_query_aabb(bvh, lowers[i], uppers[i])                              <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def find_pairs(                                                                   <L 16>
        continue;
    }
}



extern "C" __global__ void pick_99649fbd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::int32> var_picked)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = -1;
        wp::int32 var_8;
        const wp::float32 var_9 = 1e+30;
        wp::float32 var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        bool var_15;
        const wp::float32 var_16 = INFINITY;
        wp::vec_t<3, wp::float32>* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        bool var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        bool var_25;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        //---------
        // forward
        // def pick(                                                                              <L 50>
        // tid = wp.tid()                                                                         <L 58>
        var_0 = builtin_tid1d();
        // o = origins[tid]                                                                       <L 59>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[tid])                                                            <L 60>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // best = int(-1)                                                                         <L 61>
        var_8 = wp::int(var_7);
        // best_t = float(1.0e30)                                                                 <L 62>
        var_10 = wp::float(var_9);
        // query = wp.bvh_query_ray(bvh, o, d)                                                    <L 63>
        var_11 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
        // item = int(0)                                                                          <L 64>
        var_14 = wp::int(var_13);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        start_while_0:;
        var_15 = wp::bvh_query_next(var_11, var_14, var_16);
        if ((var_15) == false) goto end_while_0;
            // t = ray_sphere(o, d, x[item], radius[item])                                        <L 66>
            var_17 = wp::address(var_x, var_14);
            var_18 = wp::address(var_radius, var_14);
            var_20 = wp::load(var_17);
            var_21 = wp::load(var_18);
            var_19 = ray_sphere_0(var_2, var_5, var_20, var_21);
            // if t >= 0.0 and t < best_t:                                                        <L 67>
            var_24 = (var_19 >= var_23);
            var_22 = var_24;
            if (var_22) {
                var_25 = (var_19 < var_10);
                var_22 = var_22 && var_25;
            }
            if (var_22) {
                // best_t = t                                                                     <L 68>
                var_26 = wp::copy(var_19);
                // best = item                                                                    <L 69>
                var_27 = wp::copy(var_14);
            }
            var_28 = wp::where(var_22, var_27, var_8);
            var_29 = wp::where(var_22, var_26, var_10);
            wp::assign(var_8, var_28);
            wp::assign(var_10, var_29);
        goto start_while_0;
        end_while_0:;
        // picked[tid] = best                                                                     <L 70>
        wp::array_store(var_picked, var_0, var_8);
    }
}



extern "C" __global__ void pick_99649fbd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::int32> var_picked,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::array_t<wp::int32> adj_picked)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = -1;
        wp::int32 var_8;
        const wp::float32 var_9 = 1e+30;
        wp::float32 var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        bool var_15;
        const wp::float32 var_16 = INFINITY;
        wp::vec_t<3, wp::float32>* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        bool var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        bool var_25;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::bvh_query_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        //---------
        // forward
        // def pick(                                                                              <L 50>
        // tid = wp.tid()                                                                         <L 58>
        var_0 = builtin_tid1d();
        // o = origins[tid]                                                                       <L 59>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[tid])                                                            <L 60>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // best = int(-1)                                                                         <L 61>
        var_8 = wp::int(var_7);
        // best_t = float(1.0e30)                                                                 <L 62>
        var_10 = wp::float(var_9);
        // query = wp.bvh_query_ray(bvh, o, d)                                                    <L 63>
        var_11 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
        // item = int(0)                                                                          <L 64>
        var_14 = wp::int(var_13);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        // picked[tid] = best                                                                     <L 70>
        // wp::array_store(var_picked, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_picked, var_0, var_8, adj_picked, adj_0, adj_8);
        // adj: picked[tid] = best                                                                <L 70>
        start_while_0:;
        var_15 = wp::bvh_query_next(var_11, var_14, var_16);
        if ((var_15) == false) goto end_while_0;
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
            // t = ray_sphere(o, d, x[item], radius[item])                                        <L 66>
            var_17 = wp::address(var_x, var_14);
            var_18 = wp::address(var_radius, var_14);
            var_20 = wp::load(var_17);
            var_21 = wp::load(var_18);
            var_19 = ray_sphere_0(var_2, var_5, var_20, var_21);
            // if t >= 0.0 and t < best_t:                                                        <L 67>
            var_24 = (var_19 >= var_23);
            var_22 = var_24;
            if (var_22) {
                var_25 = (var_19 < var_10);
                var_22 = var_22 && var_25;
            }
            if (var_22) {
                // best_t = t                                                                     <L 68>
                var_26 = wp::copy(var_19);
                // best = item                                                                    <L 69>
                var_27 = wp::copy(var_14);
            }
            var_28 = wp::where(var_22, var_27, var_8);
            var_29 = wp::where(var_22, var_26, var_10);
            wp::assign(var_8, var_28);
            wp::assign(var_10, var_29);
            wp::adj_assign(var_10, var_29, adj_10, adj_29);
            wp::adj_assign(var_8, var_28, adj_8, adj_28);
            wp::adj_where(var_22, var_26, var_10, adj_22, adj_26, adj_10, adj_29);
            wp::adj_where(var_22, var_27, var_8, adj_22, adj_27, adj_8, adj_28);
            if (var_22) {
                wp::adj_copy(var_14, adj_14, adj_27);
                // adj: best = item                                                               <L 69>
                wp::adj_copy(var_19, adj_19, adj_26);
                // adj: best_t = t                                                                <L 68>
            }
            if (var_22) {
            }
            // adj: if t >= 0.0 and t < best_t:                                                   <L 67>
            adj_ray_sphere_0(var_2, var_5, var_20, var_21, adj_2, adj_5, adj_17, adj_18, adj_19);
            wp::adj_address(var_radius, var_14, adj_radius, adj_14, adj_18);
            wp::adj_address(var_x, var_14, adj_x, adj_14, adj_17);
            // adj: t = ray_sphere(o, d, x[item], radius[item])                                   <L 66>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, item):                                             <L 65>
        // adj: item = int(0)                                                                     <L 64>
        // adj: query = wp.bvh_query_ray(bvh, o, d)                                               <L 63>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: best_t = float(1.0e30)                                                            <L 62>
        // adj: best = int(-1)                                                                    <L 61>
        wp::adj_normalize(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
        // adj: d = wp.normalize(dirs[tid])                                                       <L 60>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
        // adj: o = origins[tid]                                                                  <L 59>
        // adj: tid = wp.tid()                                                                    <L 58>
        // adj: def pick(                                                                         <L 50>
        continue;
    }
}



extern "C" __global__ void particle_triangle_candidates_1fd346cf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_first_face)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::mesh_query_aabb_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::mesh_query_aabb_t var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        //---------
        // forward
        // def particle_triangle_candidates(                                                      <L 74>
        // tid = wp.tid()                                                                         <L 81>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 82>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = p - wp.vec3(radius)                                                               <L 83>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        var_5 = wp::sub(var_2, var_4);
        // hi = p + wp.vec3(radius)                                                               <L 84>
        var_6 = wp::vec_t<3, wp::float32>(var_radius);
        var_7 = wp::add(var_2, var_6);
        // n = int(0)                                                                             <L 85>
        var_9 = wp::int(var_8);
        // for face in wp.mesh_query_aabb(mesh, lo, hi):                                          <L 86>
        var_10 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // n += 1                                                                             <L 87>
            var_13 = wp::add(var_9, var_12);
            wp::assign(var_9, var_13);
            goto start_for_0;
        end_for_0:;
        // counts[tid] = n                                                                        <L 88>
        wp::array_store(var_counts, var_0, var_9);
        // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 89>
        var_14 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
        // f = int(0)                                                                             <L 90>
        var_16 = wp::int(var_15);
        // first = int(-1)                                                                        <L 91>
        var_18 = wp::int(var_17);
        // while wp.mesh_query_aabb_next(q, f):                                                   <L 92>
        start_while_2:;
        var_19 = wp::mesh_query_aabb_next(var_14, var_16);
        if ((var_19) == false) goto end_while_2;
            // if first < 0:                                                                      <L 93>
            var_21 = (var_18 < var_20);
            if (var_21) {
                // first = f                                                                      <L 94>
                var_22 = wp::copy(var_16);
            }
            var_23 = wp::where(var_21, var_22, var_18);
            wp::assign(var_18, var_23);
        goto start_while_2;
        end_while_2:;
        // first_face[tid] = first                                                                <L 95>
        wp::array_store(var_first_face, var_0, var_18);
    }
}



extern "C" __global__ void particle_triangle_candidates_1fd346cf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_first_face,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_radius,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::int32> adj_first_face)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::mesh_query_aabb_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::mesh_query_aabb_t var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        wp::int32 var_22;
        wp::int32 var_23;
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
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::mesh_query_aabb_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::mesh_query_aabb_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def particle_triangle_candidates(                                                      <L 74>
        // tid = wp.tid()                                                                         <L 81>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 82>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = p - wp.vec3(radius)                                                               <L 83>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        var_5 = wp::sub(var_2, var_4);
        // hi = p + wp.vec3(radius)                                                               <L 84>
        var_6 = wp::vec_t<3, wp::float32>(var_radius);
        var_7 = wp::add(var_2, var_6);
        // n = int(0)                                                                             <L 85>
        var_9 = wp::int(var_8);
        // for face in wp.mesh_query_aabb(mesh, lo, hi):                                          <L 86>
        var_10 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
        // counts[tid] = n                                                                        <L 88>
        // wp::array_store(var_counts, var_0, var_9);
        // q = wp.mesh_query_aabb(mesh, lo, hi)                                                   <L 89>
        var_14 = wp::mesh_query_aabb(var_mesh, var_5, var_7);
        // f = int(0)                                                                             <L 90>
        var_16 = wp::int(var_15);
        // first = int(-1)                                                                        <L 91>
        var_18 = wp::int(var_17);
        // while wp.mesh_query_aabb_next(q, f):                                                   <L 92>
        // first_face[tid] = first                                                                <L 95>
        // wp::array_store(var_first_face, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_first_face, var_0, var_18, adj_first_face, adj_0, adj_18);
        // adj: first_face[tid] = first                                                           <L 95>
        start_while_2:;
        var_19 = wp::mesh_query_aabb_next(var_14, var_16);
        if ((var_19) == false) goto end_while_2;
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
            // if first < 0:                                                                      <L 93>
            var_21 = (var_18 < var_20);
            if (var_21) {
                // first = f                                                                      <L 94>
                var_22 = wp::copy(var_16);
            }
            var_23 = wp::where(var_21, var_22, var_18);
            wp::assign(var_18, var_23);
            wp::adj_assign(var_18, var_23, adj_18, adj_23);
            wp::adj_where(var_21, var_22, var_18, adj_21, adj_22, adj_18, adj_23);
            if (var_21) {
                wp::adj_copy(var_16, adj_16, adj_22);
                // adj: first = f                                                                 <L 94>
            }
            // adj: if first < 0:                                                                 <L 93>
        goto start_while_2;
        end_while_2:;
        // adj: while wp.mesh_query_aabb_next(q, f):                                              <L 92>
        // adj: first = int(-1)                                                                   <L 91>
        // adj: f = int(0)                                                                        <L 90>
        // adj: q = wp.mesh_query_aabb(mesh, lo, hi)                                              <L 89>
        wp::adj_array_store(var_counts, var_0, var_9, adj_counts, adj_0, adj_9);
        // adj: counts[tid] = n                                                                   <L 88>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
            // n += 1                                                                             <L 87>
            var_13 = wp::add(var_9, var_12);
            wp::assign(var_9, var_13);
            wp::adj_assign(var_9, var_13, adj_9, adj_13);
            wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
            // adj: n += 1                                                                        <L 87>
        	goto start_for_0;
        end_for_0:;
        // adj: for face in wp.mesh_query_aabb(mesh, lo, hi):                                     <L 86>
        // adj: n = int(0)                                                                        <L 85>
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_vec_t(var_radius, adj_radius, adj_6);
        // adj: hi = p + wp.vec3(radius)                                                          <L 84>
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_vec_t(var_radius, adj_radius, adj_4);
        // adj: lo = p - wp.vec3(radius)                                                          <L 83>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 82>
        // adj: tid = wp.tid()                                                                    <L 81>
        // adj: def particle_triangle_candidates(                                                 <L 74>
        continue;
    }
}

