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



extern "C" __global__ void roots_28e51eed_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_groups,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_ids)
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
        wp::int32* var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = -1;
        wp::int32 var_25;
        const wp::float32 var_26 = 50.0;
        bool var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        const wp::int32 var_33 = 3;
        const wp::float32 var_34 = 0.5;
        bool var_35;
        const wp::int32 var_36 = 1;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        const wp::int32 var_39 = 4;
        const wp::float32 var_40 = 0.0;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.0;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        const wp::float32 var_48 = 100.0;
        const wp::int32 var_49 = 3;
        const wp::float32 var_50 = 0.2;
        bool var_51;
        const wp::int32 var_52 = 2;
        const wp::int32 var_53 = 5;
        wp::bvh_query_t var_54;
        const wp::int32 var_55 = 0;
        wp::int32 var_56;
        const wp::float32 var_57 = 1000.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        bool var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        const wp::int32 var_68 = 6;
        const wp::int32 var_69 = 3;
        const wp::float32 var_70 = 0.5;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        const wp::float32 var_73 = 0.5;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        const wp::int32 var_76 = 99;
        wp::int32 var_77;
        wp::bvh_query_t var_78;
        bool var_79;
        const wp::float32 var_80 = INFINITY;
        const wp::int32 var_81 = 7;
        wp::int32 var_82;
        //---------
        // forward
        // def roots(                                                                             <L 10>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 20>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = dirs[tid]                                                                          <L 21>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // g = groups[tid] % 4                                                                    <L 22>
        var_7 = wp::address(var_groups, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::mod(var_10, var_8);
        // mroot = wp.mesh_get_group_root(mesh, g)                                                <L 23>
        var_11 = wp::mesh_get_group_root(var_mesh, var_9);
        // broot = wp.bvh_get_group_root(bvh, g)                                                  <L 24>
        var_12 = wp::bvh_get_group_root(var_bvh, var_9);
        // ids[tid, 0] = mroot                                                                    <L 25>
        wp::array_store(var_ids, var_0, var_13, var_11);
        // ids[tid, 1] = broot                                                                    <L 26>
        wp::array_store(var_ids, var_0, var_14, var_12);
        // t = float(0.0)                                                                         <L 27>
        var_16 = wp::float(var_15);
        // u = float(0.0)                                                                         <L 28>
        var_18 = wp::float(var_17);
        // v = float(0.0)                                                                         <L 29>
        var_20 = wp::float(var_19);
        // sign = float(0.0)                                                                      <L 30>
        var_22 = wp::float(var_21);
        // n = wp.vec3()                                                                          <L 31>
        var_23 = wp::vec_t<3, wp::float32>();
        // face = int(-1)                                                                         <L 32>
        var_25 = wp::int(var_24);
        // if wp.mesh_query_ray(mesh, p, d, 50.0, t, u, v, sign, n, face, mroot):                 <L 33>
        var_27 = wp::mesh_query_ray(var_mesh, var_2, var_5, var_26, var_16, var_18, var_20, var_22, var_23, var_25, var_11);
        if (var_27) {
            // out[tid, 0] = t                                                                    <L 34>
            wp::array_store(var_out, var_0, var_28, var_16);
            // out[tid, 1] = u - v                                                                <L 35>
            var_29 = wp::sub(var_18, var_20);
            wp::array_store(var_out, var_0, var_30, var_29);
            // ids[tid, 2] = face                                                                 <L 36>
            wp::array_store(var_ids, var_0, var_31, var_25);
        }
        // ids[tid, 3] = wp.mesh_query_ray_count_intersections(mesh, p, d, mroot)                 <L 37>
        var_32 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_5, var_11);
        wp::array_store(var_ids, var_0, var_33, var_32);
        // ids[tid, 4] = wp.where(wp.mesh_query_ray_anyhit(mesh, p, d, 0.5, mroot), 1, 0)         <L 38>
        var_35 = wp::mesh_query_ray_anyhit(var_mesh, var_2, var_5, var_34, var_11);
        var_38 = wp::where(var_35, var_36, var_37);
        wp::array_store(var_ids, var_0, var_39, var_38);
        // inside = float(0.0)                                                                    <L 39>
        var_41 = wp::float(var_40);
        // pu = float(0.0)                                                                        <L 40>
        var_43 = wp::float(var_42);
        // pv = float(0.0)                                                                        <L 41>
        var_45 = wp::float(var_44);
        // pf = int(0)                                                                            <L 42>
        var_47 = wp::int(var_46);
        // if wp.mesh_query_point_sign_parity(mesh, p, 100.0, inside, pf, pu, pv, 3, 0.2):        <L 43>
        var_51 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_48, var_41, var_47, var_43, var_45, var_49, var_50);
        if (var_51) {
            // out[tid, 2] = inside                                                               <L 44>
            wp::array_store(var_out, var_0, var_52, var_41);
            // ids[tid, 5] = pf                                                                   <L 45>
            wp::array_store(var_ids, var_0, var_53, var_47);
        }
        // q = wp.bvh_query_ray(bvh, p, d, broot)                                                 <L 46>
        var_54 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
        // item = int(0)                                                                          <L 47>
        var_56 = wp::int(var_55);
        // limit = float(1.0e3)                                                                   <L 48>
        var_58 = wp::float(var_57);
        // n_hits = int(0)                                                                        <L 49>
        var_60 = wp::int(var_59);
        // while wp.bvh_query_next(q, item, limit):                                               <L 50>
        start_while_0:;
        var_61 = wp::bvh_query_next(var_54, var_56, var_58);
        if ((var_61) == false) goto end_while_0;
            // limit = wp.length(x[item] - p)                                                     <L 51>
            var_62 = wp::address(var_x, var_56);
            var_64 = wp::load(var_62);
            var_63 = wp::sub(var_64, var_2);
            var_65 = wp::length(var_63);
            // n_hits += 1                                                                        <L 52>
            var_67 = wp::add(var_60, var_66);
            wp::assign(var_58, var_65);
            wp::assign(var_60, var_67);
        goto start_while_0;
        end_while_0:;
        // ids[tid, 6] = n_hits                                                                   <L 53>
        wp::array_store(var_ids, var_0, var_68, var_60);
        // out[tid, 3] = limit                                                                    <L 54>
        wp::array_store(var_out, var_0, var_69, var_58);
        // box = wp.bvh_query_aabb(bvh, p - wp.vec3(0.5), p + wp.vec3(0.5), wp.bvh_get_group_root(bvh, 99))       <L 55>
        var_71 = wp::vec_t<3, wp::float32>(var_70);
        var_72 = wp::sub(var_2, var_71);
        var_74 = wp::vec_t<3, wp::float32>(var_73);
        var_75 = wp::add(var_2, var_74);
        var_77 = wp::bvh_get_group_root(var_bvh, var_76);
        var_78 = wp::bvh_query_aabb(var_bvh, var_72, var_75, var_77);
        // while wp.bvh_query_next(box, item):                                                    <L 56>
        start_while_2:;
        var_79 = wp::bvh_query_next(var_78, var_56, var_80);
        if ((var_79) == false) goto end_while_2;
            // ids[tid, 7] += item                                                                <L 57>
            var_82 = wp::atomic_add(var_ids, var_0, var_81, var_56);
        goto start_while_2;
        end_while_2:;
    }
}



extern "C" __global__ void roots_28e51eed_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_groups,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_ids,
    wp::uint64 adj_mesh,
    wp::uint64 adj_bvh,
    wp::array_t<wp::int32> adj_groups,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::int32> adj_ids)
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
        wp::int32* var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = -1;
        wp::int32 var_25;
        const wp::float32 var_26 = 50.0;
        bool var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        const wp::int32 var_33 = 3;
        const wp::float32 var_34 = 0.5;
        bool var_35;
        const wp::int32 var_36 = 1;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        const wp::int32 var_39 = 4;
        const wp::float32 var_40 = 0.0;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.0;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        const wp::float32 var_48 = 100.0;
        const wp::int32 var_49 = 3;
        const wp::float32 var_50 = 0.2;
        bool var_51;
        const wp::int32 var_52 = 2;
        const wp::int32 var_53 = 5;
        wp::bvh_query_t var_54;
        const wp::int32 var_55 = 0;
        wp::int32 var_56;
        const wp::float32 var_57 = 1000.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        bool var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        const wp::int32 var_68 = 6;
        const wp::int32 var_69 = 3;
        const wp::float32 var_70 = 0.5;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        const wp::float32 var_73 = 0.5;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        const wp::int32 var_76 = 99;
        wp::int32 var_77;
        wp::bvh_query_t var_78;
        bool var_79;
        const wp::float32 var_80 = INFINITY;
        const wp::int32 var_81 = 7;
        wp::int32 var_82;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::float32 adj_50 = {};
        bool adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::bvh_query_t adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        bool adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::float32 adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::bvh_query_t adj_78 = {};
        bool adj_79 = {};
        wp::float32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        //---------
        // forward
        // def roots(                                                                             <L 10>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 20>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = dirs[tid]                                                                          <L 21>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // g = groups[tid] % 4                                                                    <L 22>
        var_7 = wp::address(var_groups, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::mod(var_10, var_8);
        // mroot = wp.mesh_get_group_root(mesh, g)                                                <L 23>
        var_11 = wp::mesh_get_group_root(var_mesh, var_9);
        // broot = wp.bvh_get_group_root(bvh, g)                                                  <L 24>
        var_12 = wp::bvh_get_group_root(var_bvh, var_9);
        // ids[tid, 0] = mroot                                                                    <L 25>
        // wp::array_store(var_ids, var_0, var_13, var_11);
        // ids[tid, 1] = broot                                                                    <L 26>
        // wp::array_store(var_ids, var_0, var_14, var_12);
        // t = float(0.0)                                                                         <L 27>
        var_16 = wp::float(var_15);
        // u = float(0.0)                                                                         <L 28>
        var_18 = wp::float(var_17);
        // v = float(0.0)                                                                         <L 29>
        var_20 = wp::float(var_19);
        // sign = float(0.0)                                                                      <L 30>
        var_22 = wp::float(var_21);
        // n = wp.vec3()                                                                          <L 31>
        var_23 = wp::vec_t<3, wp::float32>();
        // face = int(-1)                                                                         <L 32>
        var_25 = wp::int(var_24);
        // if wp.mesh_query_ray(mesh, p, d, 50.0, t, u, v, sign, n, face, mroot):                 <L 33>
        var_27 = wp::mesh_query_ray(var_mesh, var_2, var_5, var_26, var_16, var_18, var_20, var_22, var_23, var_25, var_11);
        if (var_27) {
            // out[tid, 0] = t                                                                    <L 34>
            // wp::array_store(var_out, var_0, var_28, var_16);
            // out[tid, 1] = u - v                                                                <L 35>
            var_29 = wp::sub(var_18, var_20);
            // wp::array_store(var_out, var_0, var_30, var_29);
            // ids[tid, 2] = face                                                                 <L 36>
            // wp::array_store(var_ids, var_0, var_31, var_25);
        }
        // ids[tid, 3] = wp.mesh_query_ray_count_intersections(mesh, p, d, mroot)                 <L 37>
        var_32 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_5, var_11);
        // wp::array_store(var_ids, var_0, var_33, var_32);
        // ids[tid, 4] = wp.where(wp.mesh_query_ray_anyhit(mesh, p, d, 0.5, mroot), 1, 0)         <L 38>
        var_35 = wp::mesh_query_ray_anyhit(var_mesh, var_2, var_5, var_34, var_11);
        var_38 = wp::where(var_35, var_36, var_37);
        // wp::array_store(var_ids, var_0, var_39, var_38);
        // inside = float(0.0)                                                                    <L 39>
        var_41 = wp::float(var_40);
        // pu = float(0.0)                                                                        <L 40>
        var_43 = wp::float(var_42);
        // pv = float(0.0)                                                                        <L 41>
        var_45 = wp::float(var_44);
        // pf = int(0)                                                                            <L 42>
        var_47 = wp::int(var_46);
        // if wp.mesh_query_point_sign_parity(mesh, p, 100.0, inside, pf, pu, pv, 3, 0.2):        <L 43>
        var_51 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_48, var_41, var_47, var_43, var_45, var_49, var_50);
        if (var_51) {
            // out[tid, 2] = inside                                                               <L 44>
            // wp::array_store(var_out, var_0, var_52, var_41);
            // ids[tid, 5] = pf                                                                   <L 45>
            // wp::array_store(var_ids, var_0, var_53, var_47);
        }
        // q = wp.bvh_query_ray(bvh, p, d, broot)                                                 <L 46>
        var_54 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
        // item = int(0)                                                                          <L 47>
        var_56 = wp::int(var_55);
        // limit = float(1.0e3)                                                                   <L 48>
        var_58 = wp::float(var_57);
        // n_hits = int(0)                                                                        <L 49>
        var_60 = wp::int(var_59);
        // while wp.bvh_query_next(q, item, limit):                                               <L 50>
        // ids[tid, 6] = n_hits                                                                   <L 53>
        // wp::array_store(var_ids, var_0, var_68, var_60);
        // out[tid, 3] = limit                                                                    <L 54>
        // wp::array_store(var_out, var_0, var_69, var_58);
        // box = wp.bvh_query_aabb(bvh, p - wp.vec3(0.5), p + wp.vec3(0.5), wp.bvh_get_group_root(bvh, 99))       <L 55>
        var_71 = wp::vec_t<3, wp::float32>(var_70);
        var_72 = wp::sub(var_2, var_71);
        var_74 = wp::vec_t<3, wp::float32>(var_73);
        var_75 = wp::add(var_2, var_74);
        var_77 = wp::bvh_get_group_root(var_bvh, var_76);
        var_78 = wp::bvh_query_aabb(var_bvh, var_72, var_75, var_77);
        // while wp.bvh_query_next(box, item):                                                    <L 56>
        //---------
        // reverse
        start_while_2:;
        var_79 = wp::bvh_query_next(var_78, var_56, var_80);
        if ((var_79) == false) goto end_while_2;
        adj_81 = {};
        adj_82 = {};
            // ids[tid, 7] += item                                                                <L 57>
            // var_82 = wp::atomic_add(var_ids, var_0, var_81, var_56);
            wp::adj_atomic_add(var_ids, var_0, var_81, var_56, adj_ids, adj_0, adj_81, adj_56, adj_82);
            // adj: ids[tid, 7] += item                                                           <L 57>
        goto start_while_2;
        end_while_2:;
        // adj: while wp.bvh_query_next(box, item):                                               <L 56>
        wp::adj_add(var_2, var_74, adj_2, adj_74, adj_75);
        wp::adj_vec_t(var_73, adj_73, adj_74);
        wp::adj_sub(var_2, var_71, adj_2, adj_71, adj_72);
        wp::adj_vec_t(var_70, adj_70, adj_71);
        // adj: box = wp.bvh_query_aabb(bvh, p - wp.vec3(0.5), p + wp.vec3(0.5), wp.bvh_get_group_root(bvh, 99))  <L 55>
        wp::adj_array_store(var_out, var_0, var_69, var_58, adj_out, adj_0, adj_69, adj_58);
        // adj: out[tid, 3] = limit                                                               <L 54>
        wp::adj_array_store(var_ids, var_0, var_68, var_60, adj_ids, adj_0, adj_68, adj_60);
        // adj: ids[tid, 6] = n_hits                                                              <L 53>
        start_while_0:;
        var_61 = wp::bvh_query_next(var_54, var_56, var_58);
        if ((var_61) == false) goto end_while_0;
        adj_62 = {};
        adj_63 = {};
        adj_64 = {};
        adj_65 = {};
        adj_66 = {};
        adj_67 = {};
            // limit = wp.length(x[item] - p)                                                     <L 51>
            var_62 = wp::address(var_x, var_56);
            var_64 = wp::load(var_62);
            var_63 = wp::sub(var_64, var_2);
            var_65 = wp::length(var_63);
            // n_hits += 1                                                                        <L 52>
            var_67 = wp::add(var_60, var_66);
            wp::assign(var_58, var_65);
            wp::assign(var_60, var_67);
            wp::adj_assign(var_60, var_67, adj_60, adj_67);
            wp::adj_assign(var_58, var_65, adj_58, adj_65);
            wp::adj_add(var_60, var_66, adj_60, adj_66, adj_67);
            // adj: n_hits += 1                                                                   <L 52>
            wp::adj_length(var_63, var_65, adj_63, adj_65);
            wp::adj_sub(var_64, var_2, adj_62, adj_2, adj_63);
            wp::adj_address(var_x, var_56, adj_x, adj_56, adj_62);
            // adj: limit = wp.length(x[item] - p)                                                <L 51>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(q, item, limit):                                          <L 50>
        // adj: n_hits = int(0)                                                                   <L 49>
        wp::adj_float(var_57, adj_57, adj_58);
        // adj: limit = float(1.0e3)                                                              <L 48>
        // adj: item = int(0)                                                                     <L 47>
        // adj: q = wp.bvh_query_ray(bvh, p, d, broot)                                            <L 46>
        if (var_51) {
            wp::adj_array_store(var_ids, var_0, var_53, var_47, adj_ids, adj_0, adj_53, adj_47);
            // adj: ids[tid, 5] = pf                                                              <L 45>
            wp::adj_array_store(var_out, var_0, var_52, var_41, adj_out, adj_0, adj_52, adj_41);
            // adj: out[tid, 2] = inside                                                          <L 44>
        }
        wp::adj_mesh_query_point_sign_parity(var_mesh, var_2, var_48, var_41, var_47, var_43, var_45, var_49, var_50, adj_mesh, adj_2, adj_48, adj_41, adj_47, adj_43, adj_45, adj_49, adj_50, adj_51);
        // adj: if wp.mesh_query_point_sign_parity(mesh, p, 100.0, inside, pf, pu, pv, 3, 0.2):   <L 43>
        // adj: pf = int(0)                                                                       <L 42>
        wp::adj_float(var_44, adj_44, adj_45);
        // adj: pv = float(0.0)                                                                   <L 41>
        wp::adj_float(var_42, adj_42, adj_43);
        // adj: pu = float(0.0)                                                                   <L 40>
        wp::adj_float(var_40, adj_40, adj_41);
        // adj: inside = float(0.0)                                                               <L 39>
        wp::adj_array_store(var_ids, var_0, var_39, var_38, adj_ids, adj_0, adj_39, adj_38);
        wp::adj_where(var_35, var_36, var_37, adj_35, adj_36, adj_37, adj_38);
        // adj: ids[tid, 4] = wp.where(wp.mesh_query_ray_anyhit(mesh, p, d, 0.5, mroot), 1, 0)    <L 38>
        wp::adj_array_store(var_ids, var_0, var_33, var_32, adj_ids, adj_0, adj_33, adj_32);
        // adj: ids[tid, 3] = wp.mesh_query_ray_count_intersections(mesh, p, d, mroot)            <L 37>
        if (var_27) {
            wp::adj_array_store(var_ids, var_0, var_31, var_25, adj_ids, adj_0, adj_31, adj_25);
            // adj: ids[tid, 2] = face                                                            <L 36>
            wp::adj_array_store(var_out, var_0, var_30, var_29, adj_out, adj_0, adj_30, adj_29);
            wp::adj_sub(var_18, var_20, adj_18, adj_20, adj_29);
            // adj: out[tid, 1] = u - v                                                           <L 35>
            wp::adj_array_store(var_out, var_0, var_28, var_16, adj_out, adj_0, adj_28, adj_16);
            // adj: out[tid, 0] = t                                                               <L 34>
        }
        wp::adj_mesh_query_ray(var_mesh, var_2, var_5, var_26, var_16, var_18, var_20, var_22, var_23, var_25, var_11, adj_mesh, adj_2, adj_5, adj_26, adj_16, adj_18, adj_20, adj_22, adj_23, adj_25, adj_11, adj_27);
        // adj: if wp.mesh_query_ray(mesh, p, d, 50.0, t, u, v, sign, n, face, mroot):            <L 33>
        // adj: face = int(-1)                                                                    <L 32>
        // adj: n = wp.vec3()                                                                     <L 31>
        wp::adj_float(var_21, adj_21, adj_22);
        // adj: sign = float(0.0)                                                                 <L 30>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: v = float(0.0)                                                                    <L 29>
        wp::adj_float(var_17, adj_17, adj_18);
        // adj: u = float(0.0)                                                                    <L 28>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: t = float(0.0)                                                                    <L 27>
        wp::adj_array_store(var_ids, var_0, var_14, var_12, adj_ids, adj_0, adj_14, adj_12);
        // adj: ids[tid, 1] = broot                                                               <L 26>
        wp::adj_array_store(var_ids, var_0, var_13, var_11, adj_ids, adj_0, adj_13, adj_11);
        // adj: ids[tid, 0] = mroot                                                               <L 25>
        // adj: broot = wp.bvh_get_group_root(bvh, g)                                             <L 24>
        // adj: mroot = wp.mesh_get_group_root(mesh, g)                                           <L 23>
        wp::adj_mod(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_address(var_groups, var_0, adj_groups, adj_0, adj_7);
        // adj: g = groups[tid] % 4                                                               <L 22>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
        // adj: d = dirs[tid]                                                                     <L 21>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 20>
        // adj: tid = wp.tid()                                                                    <L 19>
        // adj: def roots(                                                                        <L 10>
        continue;
    }
}

