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


// corpus/834_mesh_bvh_query_objects.py:17
static CUDA_CALLABLE wp::int32 count_faces_0(
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
    wp::int32 var_9;
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
        var_9 = wp::add(var_1, var_8);
        wp::assign(var_1, var_9);
    goto start_while_0;
    end_while_0:;
    // return n                                                                               <L 23>
    return var_1;
}


// corpus/834_mesh_bvh_query_objects.py:8
static CUDA_CALLABLE wp::vec_t<3, wp::float32> drain_0(
    wp::bvh_query_t var_query,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    const wp::float32 var_4 = INFINITY;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:                  <L 9>
    // s = wp.vec3()                                                                          <L 10>
    var_0 = wp::vec_t<3, wp::float32>();
    // i = int(0)                                                                             <L 11>
    var_2 = wp::int(var_1);
    // while wp.bvh_query_next(query, i):                                                     <L 12>
    start_while_0:;
    var_3 = wp::bvh_query_next(var_query, var_2, var_4);
    if ((var_3) == false) goto end_while_0;
        // s = s + x[i]                                                                       <L 13>
        var_5 = wp::address(var_x, var_2);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_0, var_7);
        wp::assign(var_0, var_6);
    goto start_while_0;
    end_while_0:;
    // return s                                                                               <L 14>
    return var_0;
}


// corpus/834_mesh_bvh_query_objects.py:17
static CUDA_CALLABLE void adj_count_faces_0(
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
    wp::int32 var_9;
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
        // n += 1 + f % 3                                                                     <L 22>
        var_7 = wp::mod(var_3, var_6);
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::add(var_1, var_8);
        wp::assign(var_1, var_9);
        wp::adj_assign(var_1, var_9, adj_1, adj_9);
        wp::adj_add(var_1, var_8, adj_1, adj_8, adj_9);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_mod(var_3, var_6, adj_3, adj_6, adj_7);
        // adj: n += 1 + f % 3                                                                <L 22>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.mesh_query_aabb_next(query, f):                                          <L 21>
    // adj: f = int(0)                                                                        <L 20>
    // adj: n = int(0)                                                                        <L 19>
    // adj: def count_faces(query: wp.MeshQueryAABB) -> int:                                  <L 18>
    return;
}


// corpus/834_mesh_bvh_query_objects.py:8
static CUDA_CALLABLE void adj_drain_0(
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
    const wp::float32 var_4 = INFINITY;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
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
    var_3 = wp::bvh_query_next(var_query, var_2, var_4);
    if ((var_3) == false) goto end_while_0;
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
        // s = s + x[i]                                                                       <L 13>
        var_5 = wp::address(var_x, var_2);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_0, var_7);
        wp::assign(var_0, var_6);
        wp::adj_assign(var_0, var_6, adj_0, adj_6);
        wp::adj_add(var_0, var_7, adj_0, adj_5, adj_6);
        wp::adj_address(var_x, var_2, adj_x, adj_2, adj_5);
        // adj: s = s + x[i]                                                                  <L 13>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, i):                                                <L 12>
    // adj: i = int(0)                                                                        <L 11>
    // adj: s = wp.vec3()                                                                     <L 10>
    // adj: def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:             <L 9>
    return;
}



extern "C" __global__ void query_values_73a028f7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_r,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts)
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
        wp::mesh_query_aabb_t var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::int32 var_11 = -1;
        wp::int32 var_12;
        bool var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::mesh_query_aabb_t var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 100;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::bvh_query_t var_24;
        const wp::int32 var_25 = -1;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        const wp::float32 var_29 = 0.3;
        const wp::float32 var_30 = -1.0;
        const wp::float32 var_31 = 0.2;
        wp::vec_t<3, wp::float32> var_32;
        wp::bvh_query_t var_33;
        const wp::int32 var_34 = -1;
        const wp::int32 var_35 = 0;
        wp::int32 var_36;
        bool var_37;
        const wp::float32 var_38 = INFINITY;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::mesh_query_aabb_t var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 2;
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
        var_12 = wp::int(var_11);
        // if wp.mesh_query_aabb_next(q, f):                                                      <L 42>
        var_13 = wp::mesh_query_aabb_next(var_8, var_10);
        if (var_13) {
            // first = f                                                                          <L 43>
            var_14 = wp::copy(var_10);
        }
        var_15 = wp::where(var_13, var_14, var_12);
        // q2 = q                                                                                 <L 44>
        var_16 = wp::copy(var_8);
        // counts[tid, 0] = count_faces(q)                                                        <L 45>
        var_17 = count_faces_0(var_8);
        wp::array_store(var_counts, var_0, var_18, var_17);
        // counts[tid, 1] = count_faces(q2) * 100 + first                                         <L 46>
        var_19 = count_faces_0(var_16);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_21, var_15);
        wp::array_store(var_counts, var_0, var_23, var_22);
        // sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                                   <L 47>
        var_24 = wp::bvh_query_aabb(var_bvh, var_5, var_7, var_25);
        var_26 = drain_0(var_24, var_x);
        wp::array_store(var_sums, var_0, var_26);
        // nested = int(0)                                                                        <L 48>
        var_28 = wp::int(var_27);
        // b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                                  <L 49>
        var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
        var_33 = wp::bvh_query_ray(var_bvh, var_2, var_32, var_34);
        // item = int(0)                                                                          <L 50>
        var_36 = wp::int(var_35);
        // while wp.bvh_query_next(b, item):                                                      <L 51>
        start_while_0:;
        var_37 = wp::bvh_query_next(var_33, var_36, var_38);
        if ((var_37) == false) goto end_while_0;
            // for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):       <L 52>
            var_39 = wp::address(var_x, var_36);
            var_40 = wp::vec_t<3, wp::float32>(var_r);
            var_42 = wp::load(var_39);
            var_41 = wp::sub(var_42, var_40);
            var_43 = wp::address(var_x, var_36);
            var_44 = wp::vec_t<3, wp::float32>(var_r);
            var_46 = wp::load(var_43);
            var_45 = wp::add(var_46, var_44);
            var_47 = wp::mesh_query_aabb(var_mesh, var_41, var_45);
            start_for_2:;
                if (iter_cmp(var_47) == 0) goto end_for_2;
                var_48 = wp::iter_next(var_47);
                // nested += face                                                                 <L 53>
                var_49 = wp::add(var_28, var_48);
                wp::assign(var_28, var_49);
                goto start_for_2;
            end_for_2:;
        goto start_while_0;
        end_while_0:;
        // counts[tid, 2] = nested                                                                <L 54>
        wp::array_store(var_counts, var_0, var_50, var_28);
    }
}



extern "C" __global__ void query_values_73a028f7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_r,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sums,
    wp::array_t<wp::int32> var_counts,
    wp::uint64 adj_mesh,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_r,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sums,
    wp::array_t<wp::int32> adj_counts)
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
        wp::mesh_query_aabb_t var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::int32 var_11 = -1;
        wp::int32 var_12;
        bool var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::mesh_query_aabb_t var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 100;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::bvh_query_t var_24;
        const wp::int32 var_25 = -1;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        const wp::float32 var_29 = 0.3;
        const wp::float32 var_30 = -1.0;
        const wp::float32 var_31 = 0.2;
        wp::vec_t<3, wp::float32> var_32;
        wp::bvh_query_t var_33;
        const wp::int32 var_34 = -1;
        const wp::int32 var_35 = 0;
        wp::int32 var_36;
        bool var_37;
        const wp::float32 var_38 = INFINITY;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::mesh_query_aabb_t var_47;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 2;
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
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::mesh_query_aabb_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::bvh_query_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::bvh_query_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        bool adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::mesh_query_aabb_t adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
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
        var_12 = wp::int(var_11);
        // if wp.mesh_query_aabb_next(q, f):                                                      <L 42>
        var_13 = wp::mesh_query_aabb_next(var_8, var_10);
        if (var_13) {
            // first = f                                                                          <L 43>
            var_14 = wp::copy(var_10);
        }
        var_15 = wp::where(var_13, var_14, var_12);
        // q2 = q                                                                                 <L 44>
        var_16 = wp::copy(var_8);
        // counts[tid, 0] = count_faces(q)                                                        <L 45>
        var_17 = count_faces_0(var_8);
        // wp::array_store(var_counts, var_0, var_18, var_17);
        // counts[tid, 1] = count_faces(q2) * 100 + first                                         <L 46>
        var_19 = count_faces_0(var_16);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_21, var_15);
        // wp::array_store(var_counts, var_0, var_23, var_22);
        // sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                                   <L 47>
        var_24 = wp::bvh_query_aabb(var_bvh, var_5, var_7, var_25);
        var_26 = drain_0(var_24, var_x);
        // wp::array_store(var_sums, var_0, var_26);
        // nested = int(0)                                                                        <L 48>
        var_28 = wp::int(var_27);
        // b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                                  <L 49>
        var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
        var_33 = wp::bvh_query_ray(var_bvh, var_2, var_32, var_34);
        // item = int(0)                                                                          <L 50>
        var_36 = wp::int(var_35);
        // while wp.bvh_query_next(b, item):                                                      <L 51>
        // counts[tid, 2] = nested                                                                <L 54>
        // wp::array_store(var_counts, var_0, var_50, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_50, var_28, adj_counts, adj_0, adj_50, adj_28);
        // adj: counts[tid, 2] = nested                                                           <L 54>
        start_while_0:;
        var_37 = wp::bvh_query_next(var_33, var_36, var_38);
        if ((var_37) == false) goto end_while_0;
        adj_39 = {};
        adj_40 = {};
        adj_41 = {};
        adj_42 = {};
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
        adj_46 = {};
        adj_47 = {};
            // for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):       <L 52>
            var_39 = wp::address(var_x, var_36);
            var_40 = wp::vec_t<3, wp::float32>(var_r);
            var_42 = wp::load(var_39);
            var_41 = wp::sub(var_42, var_40);
            var_43 = wp::address(var_x, var_36);
            var_44 = wp::vec_t<3, wp::float32>(var_r);
            var_46 = wp::load(var_43);
            var_45 = wp::add(var_46, var_44);
            var_47 = wp::mesh_query_aabb(var_mesh, var_41, var_45);
            var_47 = wp::iter_reverse(var_47);
            start_for_2:;
                if (iter_cmp(var_47) == 0) goto end_for_2;
                var_48 = wp::iter_next(var_47);
            	adj_49 = {};
                // nested += face                                                                 <L 53>
                var_49 = wp::add(var_28, var_48);
                wp::assign(var_28, var_49);
                wp::adj_assign(var_28, var_49, adj_28, adj_49);
                wp::adj_add(var_28, var_48, adj_28, adj_48, adj_49);
                // adj: nested += face                                                            <L 53>
            	goto start_for_2;
            end_for_2:;
            wp::adj_add(var_46, var_44, adj_43, adj_44, adj_45);
            wp::adj_vec_t(var_r, adj_r, adj_44);
            wp::adj_address(var_x, var_36, adj_x, adj_36, adj_43);
            wp::adj_sub(var_42, var_40, adj_39, adj_40, adj_41);
            wp::adj_vec_t(var_r, adj_r, adj_40);
            wp::adj_address(var_x, var_36, adj_x, adj_36, adj_39);
            // adj: for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):  <L 52>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(b, item):                                                 <L 51>
        // adj: item = int(0)                                                                     <L 50>
        wp::adj_vec_t(var_29, var_30, var_31, adj_29, adj_30, adj_31, adj_32);
        // adj: b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))                             <L 49>
        // adj: nested = int(0)                                                                   <L 48>
        wp::adj_array_store(var_sums, var_0, var_26, adj_sums, adj_0, adj_26);
        adj_drain_0(var_24, var_x, adj_24, adj_x, adj_26);
        // adj: sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)                              <L 47>
        wp::adj_array_store(var_counts, var_0, var_23, var_22, adj_counts, adj_0, adj_23, adj_22);
        wp::adj_add(var_21, var_15, adj_21, adj_15, adj_22);
        wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
        adj_count_faces_0(var_16, adj_16, adj_19);
        // adj: counts[tid, 1] = count_faces(q2) * 100 + first                                    <L 46>
        wp::adj_array_store(var_counts, var_0, var_18, var_17, adj_counts, adj_0, adj_18, adj_17);
        adj_count_faces_0(var_8, adj_8, adj_17);
        // adj: counts[tid, 0] = count_faces(q)                                                   <L 45>
        wp::adj_copy(var_8, adj_8, adj_16);
        // adj: q2 = q                                                                            <L 44>
        wp::adj_where(var_13, var_14, var_12, adj_13, adj_14, adj_12, adj_15);
        if (var_13) {
            wp::adj_copy(var_10, adj_10, adj_14);
            // adj: first = f                                                                     <L 43>
        }
        // adj: if wp.mesh_query_aabb_next(q, f):                                                 <L 42>
        // adj: first = int(-1)                                                                   <L 41>
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
        continue;
    }
}



extern "C" __global__ void rays_out_a03a2a52_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::int32> var_faces)
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
        const wp::float32 var_1 = -1.0;
        wp::float32 var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 3.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 4.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 5.0;
        const wp::float32 var_10 = 6.0;
        const wp::float32 var_11 = 7.0;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = -8;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        bool var_17;
        const wp::int32 var_18 = -1;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 3;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::float32 var_33 = 10.0;
        wp::float32 var_34;
        wp::mesh_query_ray_t var_35;
        const wp::int32 var_36 = -1;
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
        var_2 = wp::float(var_1);
        // u = float(2.0)                                                                         <L 69>
        var_4 = wp::float(var_3);
        // v = float(3.0)                                                                         <L 70>
        var_6 = wp::float(var_5);
        // sign = float(4.0)                                                                      <L 71>
        var_8 = wp::float(var_7);
        // n = wp.vec3(5.0, 6.0, 7.0)                                                             <L 72>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        // face = int(-8)                                                                         <L 73>
        var_14 = wp::int(var_13);
        // hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)        <L 74>
        var_15 = wp::address(var_x, var_0);
        var_16 = wp::address(var_dirs, var_0);
        var_19 = wp::load(var_15);
        var_20 = wp::load(var_16);
        var_17 = wp::mesh_query_ray(var_mesh, var_19, var_20, var_max_t, var_2, var_4, var_6, var_8, var_12, var_14, var_18);
        // hits[tid, 0] = t                                                                       <L 75>
        wp::array_store(var_hits, var_0, var_21, var_2);
        // hits[tid, 1] = u                                                                       <L 76>
        wp::array_store(var_hits, var_0, var_22, var_4);
        // hits[tid, 2] = v                                                                       <L 77>
        wp::array_store(var_hits, var_0, var_23, var_6);
        // hits[tid, 3] = sign                                                                    <L 78>
        wp::array_store(var_hits, var_0, var_24, var_8);
        // normals[tid] = n                                                                       <L 79>
        wp::array_store(var_normals, var_0, var_12);
        // faces[tid] = wp.where(hit, face, -face)                                                <L 80>
        var_25 = wp::neg(var_14);
        var_26 = wp::where(var_17, var_14, var_25);
        wp::array_store(var_faces, var_0, var_26);
        // if hit:                                                                                <L 81>
        if (var_17) {
            // normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                            <L 82>
            var_27 = wp::mesh_eval_face_normal(var_mesh, var_14);
            var_28 = wp::sub(var_12, var_27);
            wp::array_store(var_normals, var_0, var_28);
        }
        // r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                          <L 83>
        var_29 = wp::address(var_x, var_0);
        var_30 = wp::address(var_dirs, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::neg(var_32);
        var_34 = wp::mul(var_max_t, var_33);
        var_37 = wp::load(var_29);
        var_35 = wp::mesh_query_ray(var_mesh, var_37, var_31, var_34, var_36);
        // if r.result:                                                                           <L 84>
        var_38 = &((var_35).result);
        var_39 = wp::load(var_38);
        if (var_39) {
            // hits[tid, 4] = r.t * r.sign                                                        <L 85>
            var_40 = &((var_35).t);
            var_41 = &((var_35).sign);
            var_43 = wp::load(var_40);
            var_44 = wp::load(var_41);
            var_42 = wp::mul(var_43, var_44);
            wp::array_store(var_hits, var_0, var_45, var_42);
        }
        var_46 = wp::load(var_38);
    }
}



extern "C" __global__ void rays_out_a03a2a52_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::int32> var_faces,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::float32 adj_max_t,
    wp::array_t<wp::float32> adj_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::int32> adj_faces)
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
        const wp::float32 var_1 = -1.0;
        wp::float32 var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 3.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 4.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 5.0;
        const wp::float32 var_10 = 6.0;
        const wp::float32 var_11 = 7.0;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = -8;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        bool var_17;
        const wp::int32 var_18 = -1;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 3;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::float32 var_33 = 10.0;
        wp::float32 var_34;
        wp::mesh_query_ray_t var_35;
        const wp::int32 var_36 = -1;
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
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::mesh_query_ray_t adj_35 = {};
        wp::int32 adj_36 = {};
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
        var_2 = wp::float(var_1);
        // u = float(2.0)                                                                         <L 69>
        var_4 = wp::float(var_3);
        // v = float(3.0)                                                                         <L 70>
        var_6 = wp::float(var_5);
        // sign = float(4.0)                                                                      <L 71>
        var_8 = wp::float(var_7);
        // n = wp.vec3(5.0, 6.0, 7.0)                                                             <L 72>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        // face = int(-8)                                                                         <L 73>
        var_14 = wp::int(var_13);
        // hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)        <L 74>
        var_15 = wp::address(var_x, var_0);
        var_16 = wp::address(var_dirs, var_0);
        var_19 = wp::load(var_15);
        var_20 = wp::load(var_16);
        var_17 = wp::mesh_query_ray(var_mesh, var_19, var_20, var_max_t, var_2, var_4, var_6, var_8, var_12, var_14, var_18);
        // hits[tid, 0] = t                                                                       <L 75>
        // wp::array_store(var_hits, var_0, var_21, var_2);
        // hits[tid, 1] = u                                                                       <L 76>
        // wp::array_store(var_hits, var_0, var_22, var_4);
        // hits[tid, 2] = v                                                                       <L 77>
        // wp::array_store(var_hits, var_0, var_23, var_6);
        // hits[tid, 3] = sign                                                                    <L 78>
        // wp::array_store(var_hits, var_0, var_24, var_8);
        // normals[tid] = n                                                                       <L 79>
        // wp::array_store(var_normals, var_0, var_12);
        // faces[tid] = wp.where(hit, face, -face)                                                <L 80>
        var_25 = wp::neg(var_14);
        var_26 = wp::where(var_17, var_14, var_25);
        // wp::array_store(var_faces, var_0, var_26);
        // if hit:                                                                                <L 81>
        if (var_17) {
            // normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                            <L 82>
            var_27 = wp::mesh_eval_face_normal(var_mesh, var_14);
            var_28 = wp::sub(var_12, var_27);
            // wp::array_store(var_normals, var_0, var_28);
        }
        // r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                          <L 83>
        var_29 = wp::address(var_x, var_0);
        var_30 = wp::address(var_dirs, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::neg(var_32);
        var_34 = wp::mul(var_max_t, var_33);
        var_37 = wp::load(var_29);
        var_35 = wp::mesh_query_ray(var_mesh, var_37, var_31, var_34, var_36);
        // if r.result:                                                                           <L 84>
        var_38 = &((var_35).result);
        var_39 = wp::load(var_38);
        if (var_39) {
            // hits[tid, 4] = r.t * r.sign                                                        <L 85>
            var_40 = &((var_35).t);
            var_41 = &((var_35).sign);
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
            adj_35.sign += adj_41;
            adj_35.t += adj_40;
            // adj: hits[tid, 4] = r.t * r.sign                                                   <L 85>
        }
        adj_35.result = adj_38;
        // adj: if r.result:                                                                      <L 84>
        wp::adj_mesh_query_ray(var_mesh, var_37, var_31, var_34, var_36, var_35, adj_mesh, adj_29, adj_31, adj_34, adj_36, adj_35);
        wp::adj_mul(var_max_t, var_33, adj_max_t, adj_33, adj_34);
        wp::adj_neg(var_32, adj_30, adj_31);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_30);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_29);
        // adj: r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)                     <L 83>
        if (var_17) {
            wp::adj_array_store(var_normals, var_0, var_28, adj_normals, adj_0, adj_28);
            wp::adj_sub(var_12, var_27, adj_12, adj_27, adj_28);
            // adj: normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)                       <L 82>
        }
        // adj: if hit:                                                                           <L 81>
        wp::adj_array_store(var_faces, var_0, var_26, adj_faces, adj_0, adj_26);
        wp::adj_where(var_17, var_14, var_25, adj_17, adj_14, adj_25, adj_26);
        wp::adj_neg(var_14, adj_14, adj_25);
        // adj: faces[tid] = wp.where(hit, face, -face)                                           <L 80>
        wp::adj_array_store(var_normals, var_0, var_12, adj_normals, adj_0, adj_12);
        // adj: normals[tid] = n                                                                  <L 79>
        wp::adj_array_store(var_hits, var_0, var_24, var_8, adj_hits, adj_0, adj_24, adj_8);
        // adj: hits[tid, 3] = sign                                                               <L 78>
        wp::adj_array_store(var_hits, var_0, var_23, var_6, adj_hits, adj_0, adj_23, adj_6);
        // adj: hits[tid, 2] = v                                                                  <L 77>
        wp::adj_array_store(var_hits, var_0, var_22, var_4, adj_hits, adj_0, adj_22, adj_4);
        // adj: hits[tid, 1] = u                                                                  <L 76>
        wp::adj_array_store(var_hits, var_0, var_21, var_2, adj_hits, adj_0, adj_21, adj_2);
        // adj: hits[tid, 0] = t                                                                  <L 75>
        wp::adj_mesh_query_ray(var_mesh, var_19, var_20, var_max_t, var_2, var_4, var_6, var_8, var_12, var_14, var_18, adj_mesh, adj_15, adj_16, adj_max_t, adj_2, adj_4, adj_6, adj_8, adj_12, adj_14, adj_18, adj_17);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_16);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_15);
        // adj: hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)   <L 74>
        // adj: face = int(-8)                                                                    <L 73>
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        // adj: n = wp.vec3(5.0, 6.0, 7.0)                                                        <L 72>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: sign = float(4.0)                                                                 <L 71>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: v = float(3.0)                                                                    <L 70>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: u = float(2.0)                                                                    <L 69>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: t = float(-1.0)                                                                   <L 68>
        // adj: tid = wp.tid()                                                                    <L 67>
        // adj: def rays_out(                                                                     <L 58>
        continue;
    }
}

