
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


// corpus/836_mesh_query_out_args.py:8
static CUDA_CALLABLE wp::mesh_query_point_t nearest_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_max_dist)
{
    //---------
    // primal vars
    wp::mesh_query_point_t var_0;
    //---------
    // forward
    // def nearest(mesh: wp.uint64, p: wp.vec3, max_dist: float) -> wp.MeshQueryPoint:        <L 9>
    // return wp.mesh_query_point_no_sign(mesh, p, max_dist)                                  <L 10>
    var_0 = wp::mesh_query_point_no_sign(var_mesh, var_p, var_max_dist);
    return var_0;
}


// corpus/836_mesh_query_out_args.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> surface_point_0(
    wp::uint64 var_mesh,
    wp::mesh_query_point_t var_q,
    wp::vec_t<3, wp::float32> var_fallback)
{
    //---------
    // primal vars
    bool* var_0;
    bool var_1;
    wp::int32* var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    //---------
    // forward
    // def surface_point(mesh: wp.uint64, q: wp.MeshQueryPoint, fallback: wp.vec3) -> wp.vec3:       <L 14>
    // if q.result:                                                                           <L 15>
    var_0 = &(var_q.result);
    var_1 = wp::load(var_0);
    if (var_1) {
        // return wp.mesh_eval_position(mesh, q.face, q.u, q.v)                               <L 16>
        var_2 = &(var_q.face);
        var_3 = &(var_q.u);
        var_4 = &(var_q.v);
        var_6 = wp::load(var_2);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_4);
        var_5 = wp::mesh_eval_position(var_mesh, var_6, var_7, var_8);
        return var_5;
    }
    var_9 = wp::load(var_0);
    // return fallback                                                                        <L 17>
    return var_fallback;
}


// corpus/836_mesh_query_out_args.py:8
static CUDA_CALLABLE void adj_nearest_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_max_dist,
    wp::uint64 & adj_mesh,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_max_dist,
    wp::mesh_query_point_t & adj_ret)
{
    //---------
    // primal vars
    wp::mesh_query_point_t var_0;
    //---------
    // dual vars
    wp::mesh_query_point_t adj_0 = {};
    //---------
    // forward
    // def nearest(mesh: wp.uint64, p: wp.vec3, max_dist: float) -> wp.MeshQueryPoint:        <L 9>
    // return wp.mesh_query_point_no_sign(mesh, p, max_dist)                                  <L 10>
    var_0 = wp::mesh_query_point_no_sign(var_mesh, var_p, var_max_dist);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mesh_query_point_no_sign(var_mesh, var_p, var_max_dist, var_0, adj_mesh, adj_p, adj_max_dist, adj_0);
    // adj: return wp.mesh_query_point_no_sign(mesh, p, max_dist)                             <L 10>
    // adj: def nearest(mesh: wp.uint64, p: wp.vec3, max_dist: float) -> wp.MeshQueryPoint:   <L 9>
    return;
}


// corpus/836_mesh_query_out_args.py:13
static CUDA_CALLABLE void adj_surface_point_0(
    wp::uint64 var_mesh,
    wp::mesh_query_point_t var_q,
    wp::vec_t<3, wp::float32> var_fallback,
    wp::uint64 & adj_mesh,
    wp::mesh_query_point_t & adj_q,
    wp::vec_t<3, wp::float32> & adj_fallback,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    bool* var_0;
    bool var_1;
    wp::int32* var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    //---------
    // dual vars
    bool adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    //---------
    // forward
    // def surface_point(mesh: wp.uint64, q: wp.MeshQueryPoint, fallback: wp.vec3) -> wp.vec3:       <L 14>
    // if q.result:                                                                           <L 15>
    var_0 = &(var_q.result);
    var_1 = wp::load(var_0);
    if (var_1) {
        // return wp.mesh_eval_position(mesh, q.face, q.u, q.v)                               <L 16>
        var_2 = &(var_q.face);
        var_3 = &(var_q.u);
        var_4 = &(var_q.v);
        var_6 = wp::load(var_2);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_4);
        var_5 = wp::mesh_eval_position(var_mesh, var_6, var_7, var_8);
        goto label0;
    }
    var_9 = wp::load(var_0);
    // return fallback                                                                        <L 17>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_fallback += adj_ret;
    // adj: return fallback                                                                   <L 17>
    if (var_9) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_mesh_eval_position(var_mesh, var_6, var_7, var_8, adj_mesh, adj_2, adj_3, adj_4, adj_5);
        adj_q.v += adj_4;
        adj_q.u += adj_3;
        adj_q.face = adj_2;
        // adj: return wp.mesh_eval_position(mesh, q.face, q.u, q.v)                          <L 16>
    }
    adj_q.result = adj_0;
    // adj: if q.result:                                                                      <L 15>
    // adj: def surface_point(mesh: wp.uint64, q: wp.MeshQueryPoint, fallback: wp.vec3) -> wp.vec3:  <L 14>
    return;
}



extern "C" __global__ void signs_out_b40959c2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_max_dist,
    wp::float32 var_eps,
    wp::array_t<wp::float32> var_signs,
    wp::array_t<wp::int32> var_faces,
    wp::array_t<wp::vec_t<2, wp::float32>> var_bary)
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
        const wp::float32 var_4 = 7.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 3;
        const wp::int32 var_7 = -3;
        wp::int32 var_8;
        const wp::float32 var_9 = 0.25;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 100;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::vec_t<2, wp::float32> var_19;
        const wp::int32 var_20 = 0;
        const wp::float32 var_21 = 2.0;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.5;
        const wp::float32 var_24 = 0.25;
        bool var_25;
        const wp::int32 var_26 = 1;
        const wp::int32 var_27 = 100;
        wp::int32 var_28;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 1;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        bool var_35;
        const wp::int32 var_36 = 2;
        const wp::int32 var_37 = 100;
        wp::int32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 2;
        wp::vec_t<2, wp::float32> var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = -1;
        wp::int32 var_45;
        const wp::float32 var_46 = 0.0;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        bool var_50;
        const wp::int32 var_51 = 3;
        wp::vec_t<2, wp::float32> var_52;
        const wp::int32 var_53 = 3;
        const wp::float32 var_54 = 0.5;
        wp::mesh_query_point_t var_55;
        wp::float32* var_56;
        bool* var_57;
        const wp::float32 var_58 = 10.0;
        const wp::float32 var_59 = 0.0;
        wp::float32 var_60;
        bool var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 3;
        //---------
        // forward
        // def signs_out(                                                                         <L 21>
        // tid = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 31>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inside = float(7.0)                                                                    <L 32>
        var_5 = wp::float(var_4);
        // face = int(-3)                                                                         <L 33>
        var_8 = wp::int(var_7);
        // u = float(0.25)                                                                        <L 34>
        var_10 = wp::float(var_9);
        // v = float(0.5)                                                                         <L 35>
        var_12 = wp::float(var_11);
        // found = wp.mesh_query_point_sign_normal(mesh, p, max_dist, inside, face, u, v, eps)       <L 36>
        var_13 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_5, var_8, var_10, var_12, var_eps);
        // signs[tid, 0] = inside                                                                 <L 37>
        wp::array_store(var_signs, var_0, var_14, var_5);
        // faces[tid, 0] = wp.where(found, face, face - 100)                                      <L 38>
        var_16 = wp::sub(var_8, var_15);
        var_17 = wp::where(var_13, var_8, var_16);
        wp::array_store(var_faces, var_0, var_18, var_17);
        // bary[tid, 0] = wp.vec2(u, v)                                                           <L 39>
        var_19 = wp::vec_t<2, wp::float32>(var_10, var_12);
        wp::array_store(var_bary, var_0, var_20, var_19);
        // found = wp.mesh_query_point_sign_winding_number(mesh, p, max_dist * 2.0, inside, face, u, v, 1.5, 0.25)       <L 40>
        var_22 = wp::mul(var_max_dist, var_21);
        var_25 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_22, var_5, var_8, var_10, var_12, var_23, var_24);
        // signs[tid, 1] = inside                                                                 <L 41>
        wp::array_store(var_signs, var_0, var_26, var_5);
        // faces[tid, 1] = wp.where(found, face, face - 100)                                      <L 42>
        var_28 = wp::sub(var_8, var_27);
        var_29 = wp::where(var_25, var_8, var_28);
        wp::array_store(var_faces, var_0, var_30, var_29);
        // bary[tid, 1] = wp.vec2(u, v)                                                           <L 43>
        var_31 = wp::vec_t<2, wp::float32>(var_10, var_12);
        wp::array_store(var_bary, var_0, var_32, var_31);
        // found = wp.mesh_query_point(mesh, p, max_dist * 0.5, inside, face, u, v)               <L 44>
        var_34 = wp::mul(var_max_dist, var_33);
        var_35 = wp::mesh_query_point(var_mesh, var_2, var_34, var_5, var_8, var_10, var_12);
        // signs[tid, 2] = inside                                                                 <L 45>
        wp::array_store(var_signs, var_0, var_36, var_5);
        // faces[tid, 2] = wp.where(found, face, face - 100)                                      <L 46>
        var_38 = wp::sub(var_8, var_37);
        var_39 = wp::where(var_35, var_8, var_38);
        wp::array_store(var_faces, var_0, var_40, var_39);
        // bary[tid, 2] = wp.vec2(u, v)                                                           <L 47>
        var_41 = wp::vec_t<2, wp::float32>(var_10, var_12);
        wp::array_store(var_bary, var_0, var_42, var_41);
        // far_face = int(-1)                                                                     <L 48>
        var_45 = wp::int(var_44);
        // fu = float(0.0)                                                                        <L 49>
        var_47 = wp::float(var_46);
        // fv = float(0.0)                                                                        <L 50>
        var_49 = wp::float(var_48);
        // if wp.mesh_query_furthest_point_no_sign(mesh, p, max_dist, far_face, fu, fv):          <L 51>
        var_50 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_max_dist, var_45, var_47, var_49);
        if (var_50) {
            // faces[tid, 3] = far_face                                                           <L 52>
            wp::array_store(var_faces, var_0, var_51, var_45);
            // bary[tid, 3] = wp.vec2(fu, fv)                                                     <L 53>
            var_52 = wp::vec_t<2, wp::float32>(var_47, var_49);
            wp::array_store(var_bary, var_0, var_53, var_52);
        }
        // qs = wp.mesh_query_point_sign_normal(mesh, p, max_dist, 0.5)                           <L 54>
        var_55 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_54);
        // signs[tid, 3] = qs.sign + wp.where(qs.result, 10.0, 0.0)                               <L 55>
        var_56 = &(var_55.sign);
        var_57 = &(var_55.result);
        var_61 = wp::load(var_57);
        var_60 = wp::where(var_61, var_58, var_59);
        var_63 = wp::load(var_56);
        var_62 = wp::add(var_63, var_60);
        wp::array_store(var_signs, var_0, var_64, var_62);
    }
}



extern "C" __global__ void signs_out_b40959c2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_max_dist,
    wp::float32 var_eps,
    wp::array_t<wp::float32> var_signs,
    wp::array_t<wp::int32> var_faces,
    wp::array_t<wp::vec_t<2, wp::float32>> var_bary,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_max_dist,
    wp::float32 adj_eps,
    wp::array_t<wp::float32> adj_signs,
    wp::array_t<wp::int32> adj_faces,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_bary)
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
        const wp::float32 var_4 = 7.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 3;
        const wp::int32 var_7 = -3;
        wp::int32 var_8;
        const wp::float32 var_9 = 0.25;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 100;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::vec_t<2, wp::float32> var_19;
        const wp::int32 var_20 = 0;
        const wp::float32 var_21 = 2.0;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.5;
        const wp::float32 var_24 = 0.25;
        bool var_25;
        const wp::int32 var_26 = 1;
        const wp::int32 var_27 = 100;
        wp::int32 var_28;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::vec_t<2, wp::float32> var_31;
        const wp::int32 var_32 = 1;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        bool var_35;
        const wp::int32 var_36 = 2;
        const wp::int32 var_37 = 100;
        wp::int32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 2;
        wp::vec_t<2, wp::float32> var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = -1;
        wp::int32 var_45;
        const wp::float32 var_46 = 0.0;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        bool var_50;
        const wp::int32 var_51 = 3;
        wp::vec_t<2, wp::float32> var_52;
        const wp::int32 var_53 = 3;
        const wp::float32 var_54 = 0.5;
        wp::mesh_query_point_t var_55;
        wp::float32* var_56;
        bool* var_57;
        const wp::float32 var_58 = 10.0;
        const wp::float32 var_59 = 0.0;
        wp::float32 var_60;
        bool var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        wp::vec_t<2, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::mesh_query_point_t adj_55 = {};
        wp::float32 adj_56 = {};
        bool adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        bool adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        //---------
        // forward
        // def signs_out(                                                                         <L 21>
        // tid = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 31>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // inside = float(7.0)                                                                    <L 32>
        var_5 = wp::float(var_4);
        // face = int(-3)                                                                         <L 33>
        var_8 = wp::int(var_7);
        // u = float(0.25)                                                                        <L 34>
        var_10 = wp::float(var_9);
        // v = float(0.5)                                                                         <L 35>
        var_12 = wp::float(var_11);
        // found = wp.mesh_query_point_sign_normal(mesh, p, max_dist, inside, face, u, v, eps)       <L 36>
        var_13 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_5, var_8, var_10, var_12, var_eps);
        // signs[tid, 0] = inside                                                                 <L 37>
        // wp::array_store(var_signs, var_0, var_14, var_5);
        // faces[tid, 0] = wp.where(found, face, face - 100)                                      <L 38>
        var_16 = wp::sub(var_8, var_15);
        var_17 = wp::where(var_13, var_8, var_16);
        // wp::array_store(var_faces, var_0, var_18, var_17);
        // bary[tid, 0] = wp.vec2(u, v)                                                           <L 39>
        var_19 = wp::vec_t<2, wp::float32>(var_10, var_12);
        // wp::array_store(var_bary, var_0, var_20, var_19);
        // found = wp.mesh_query_point_sign_winding_number(mesh, p, max_dist * 2.0, inside, face, u, v, 1.5, 0.25)       <L 40>
        var_22 = wp::mul(var_max_dist, var_21);
        var_25 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_22, var_5, var_8, var_10, var_12, var_23, var_24);
        // signs[tid, 1] = inside                                                                 <L 41>
        // wp::array_store(var_signs, var_0, var_26, var_5);
        // faces[tid, 1] = wp.where(found, face, face - 100)                                      <L 42>
        var_28 = wp::sub(var_8, var_27);
        var_29 = wp::where(var_25, var_8, var_28);
        // wp::array_store(var_faces, var_0, var_30, var_29);
        // bary[tid, 1] = wp.vec2(u, v)                                                           <L 43>
        var_31 = wp::vec_t<2, wp::float32>(var_10, var_12);
        // wp::array_store(var_bary, var_0, var_32, var_31);
        // found = wp.mesh_query_point(mesh, p, max_dist * 0.5, inside, face, u, v)               <L 44>
        var_34 = wp::mul(var_max_dist, var_33);
        var_35 = wp::mesh_query_point(var_mesh, var_2, var_34, var_5, var_8, var_10, var_12);
        // signs[tid, 2] = inside                                                                 <L 45>
        // wp::array_store(var_signs, var_0, var_36, var_5);
        // faces[tid, 2] = wp.where(found, face, face - 100)                                      <L 46>
        var_38 = wp::sub(var_8, var_37);
        var_39 = wp::where(var_35, var_8, var_38);
        // wp::array_store(var_faces, var_0, var_40, var_39);
        // bary[tid, 2] = wp.vec2(u, v)                                                           <L 47>
        var_41 = wp::vec_t<2, wp::float32>(var_10, var_12);
        // wp::array_store(var_bary, var_0, var_42, var_41);
        // far_face = int(-1)                                                                     <L 48>
        var_45 = wp::int(var_44);
        // fu = float(0.0)                                                                        <L 49>
        var_47 = wp::float(var_46);
        // fv = float(0.0)                                                                        <L 50>
        var_49 = wp::float(var_48);
        // if wp.mesh_query_furthest_point_no_sign(mesh, p, max_dist, far_face, fu, fv):          <L 51>
        var_50 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_max_dist, var_45, var_47, var_49);
        if (var_50) {
            // faces[tid, 3] = far_face                                                           <L 52>
            // wp::array_store(var_faces, var_0, var_51, var_45);
            // bary[tid, 3] = wp.vec2(fu, fv)                                                     <L 53>
            var_52 = wp::vec_t<2, wp::float32>(var_47, var_49);
            // wp::array_store(var_bary, var_0, var_53, var_52);
        }
        // qs = wp.mesh_query_point_sign_normal(mesh, p, max_dist, 0.5)                           <L 54>
        var_55 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_54);
        // signs[tid, 3] = qs.sign + wp.where(qs.result, 10.0, 0.0)                               <L 55>
        var_56 = &(var_55.sign);
        var_57 = &(var_55.result);
        var_61 = wp::load(var_57);
        var_60 = wp::where(var_61, var_58, var_59);
        var_63 = wp::load(var_56);
        var_62 = wp::add(var_63, var_60);
        // wp::array_store(var_signs, var_0, var_64, var_62);
        //---------
        // reverse
        wp::adj_array_store(var_signs, var_0, var_64, var_62, adj_signs, adj_0, adj_64, adj_62);
        wp::adj_add(var_63, var_60, adj_56, adj_60, adj_62);
        wp::adj_where(var_61, var_58, var_59, adj_57, adj_58, adj_59, adj_60);
        adj_55.result = adj_57;
        adj_55.sign += adj_56;
        // adj: signs[tid, 3] = qs.sign + wp.where(qs.result, 10.0, 0.0)                          <L 55>
        wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_54, var_55, adj_mesh, adj_2, adj_max_dist, adj_54, adj_55);
        // adj: qs = wp.mesh_query_point_sign_normal(mesh, p, max_dist, 0.5)                      <L 54>
        if (var_50) {
            wp::adj_array_store(var_bary, var_0, var_53, var_52, adj_bary, adj_0, adj_53, adj_52);
            wp::adj_vec_t(var_47, var_49, adj_47, adj_49, adj_52);
            // adj: bary[tid, 3] = wp.vec2(fu, fv)                                                <L 53>
            wp::adj_array_store(var_faces, var_0, var_51, var_45, adj_faces, adj_0, adj_51, adj_45);
            // adj: faces[tid, 3] = far_face                                                      <L 52>
        }
        wp::adj_mesh_query_furthest_point_no_sign(var_mesh, var_2, var_max_dist, var_45, var_47, var_49, adj_mesh, adj_2, adj_max_dist, adj_45, adj_47, adj_49, adj_50);
        // adj: if wp.mesh_query_furthest_point_no_sign(mesh, p, max_dist, far_face, fu, fv):     <L 51>
        wp::adj_float(var_48, adj_48, adj_49);
        // adj: fv = float(0.0)                                                                   <L 50>
        wp::adj_float(var_46, adj_46, adj_47);
        // adj: fu = float(0.0)                                                                   <L 49>
        wp::adj_int(var_44, adj_44, adj_45);
        // adj: far_face = int(-1)                                                                <L 48>
        wp::adj_array_store(var_bary, var_0, var_42, var_41, adj_bary, adj_0, adj_42, adj_41);
        wp::adj_vec_t(var_10, var_12, adj_10, adj_12, adj_41);
        // adj: bary[tid, 2] = wp.vec2(u, v)                                                      <L 47>
        wp::adj_array_store(var_faces, var_0, var_40, var_39, adj_faces, adj_0, adj_40, adj_39);
        wp::adj_where(var_35, var_8, var_38, adj_35, adj_8, adj_38, adj_39);
        wp::adj_sub(var_8, var_37, adj_8, adj_37, adj_38);
        // adj: faces[tid, 2] = wp.where(found, face, face - 100)                                 <L 46>
        wp::adj_array_store(var_signs, var_0, var_36, var_5, adj_signs, adj_0, adj_36, adj_5);
        // adj: signs[tid, 2] = inside                                                            <L 45>
        wp::adj_mesh_query_point(var_mesh, var_2, var_34, var_5, var_8, var_10, var_12, adj_mesh, adj_2, adj_34, adj_5, adj_8, adj_10, adj_12, adj_35);
        wp::adj_mul(var_max_dist, var_33, adj_max_dist, adj_33, adj_34);
        // adj: found = wp.mesh_query_point(mesh, p, max_dist * 0.5, inside, face, u, v)          <L 44>
        wp::adj_array_store(var_bary, var_0, var_32, var_31, adj_bary, adj_0, adj_32, adj_31);
        wp::adj_vec_t(var_10, var_12, adj_10, adj_12, adj_31);
        // adj: bary[tid, 1] = wp.vec2(u, v)                                                      <L 43>
        wp::adj_array_store(var_faces, var_0, var_30, var_29, adj_faces, adj_0, adj_30, adj_29);
        wp::adj_where(var_25, var_8, var_28, adj_25, adj_8, adj_28, adj_29);
        wp::adj_sub(var_8, var_27, adj_8, adj_27, adj_28);
        // adj: faces[tid, 1] = wp.where(found, face, face - 100)                                 <L 42>
        wp::adj_array_store(var_signs, var_0, var_26, var_5, adj_signs, adj_0, adj_26, adj_5);
        // adj: signs[tid, 1] = inside                                                            <L 41>
        wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_22, var_5, var_8, var_10, var_12, var_23, var_24, adj_mesh, adj_2, adj_22, adj_5, adj_8, adj_10, adj_12, adj_23, adj_24, adj_25);
        wp::adj_mul(var_max_dist, var_21, adj_max_dist, adj_21, adj_22);
        // adj: found = wp.mesh_query_point_sign_winding_number(mesh, p, max_dist * 2.0, inside, face, u, v, 1.5, 0.25)  <L 40>
        wp::adj_array_store(var_bary, var_0, var_20, var_19, adj_bary, adj_0, adj_20, adj_19);
        wp::adj_vec_t(var_10, var_12, adj_10, adj_12, adj_19);
        // adj: bary[tid, 0] = wp.vec2(u, v)                                                      <L 39>
        wp::adj_array_store(var_faces, var_0, var_18, var_17, adj_faces, adj_0, adj_18, adj_17);
        wp::adj_where(var_13, var_8, var_16, adj_13, adj_8, adj_16, adj_17);
        wp::adj_sub(var_8, var_15, adj_8, adj_15, adj_16);
        // adj: faces[tid, 0] = wp.where(found, face, face - 100)                                 <L 38>
        wp::adj_array_store(var_signs, var_0, var_14, var_5, adj_signs, adj_0, adj_14, adj_5);
        // adj: signs[tid, 0] = inside                                                            <L 37>
        wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_max_dist, var_5, var_8, var_10, var_12, var_eps, adj_mesh, adj_2, adj_max_dist, adj_5, adj_8, adj_10, adj_12, adj_eps, adj_13);
        // adj: found = wp.mesh_query_point_sign_normal(mesh, p, max_dist, inside, face, u, v, eps)  <L 36>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: v = float(0.5)                                                                    <L 35>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: u = float(0.25)                                                                   <L 34>
        wp::adj_int(var_7, adj_7, adj_8);
        // adj: face = int(-3)                                                                    <L 33>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: inside = float(7.0)                                                               <L 32>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 31>
        // adj: tid = wp.tid()                                                                    <L 30>
        // adj: def signs_out(                                                                    <L 21>
        continue;
    }
}



extern "C" __global__ void project_5514157c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_max_dist,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::int32> var_corner)
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
        wp::mesh_query_point_t var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::Mesh var_6;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_16;
        wp::array_t<wp::int32>* var_17;
        wp::int32* var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        wp::array_t<wp::int32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::array_t<wp::vec_t<3, wp::float32>> var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::int32* var_32;
        const wp::int32 var_33 = 3;
        wp::int32 var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        const wp::float32 var_40 = 0.5;
        bool var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::int32* var_44;
        const wp::int32 var_45 = 3;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::int32* var_53;
        const wp::int32 var_54 = 3;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        bool var_59;
        bool var_60;
        wp::array_t<wp::int32>* var_61;
        wp::shape_t* var_62;
        const wp::int32 var_63 = 0;
        wp::int32 var_64;
        wp::shape_t var_65;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_66;
        wp::shape_t* var_67;
        const wp::int32 var_68 = 0;
        wp::int32 var_69;
        wp::shape_t var_70;
        wp::int32 var_71;
        bool var_72;
        //---------
        // forward
        // def project(                                                                           <L 59>
        // tid = wp.tid()                                                                         <L 67>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 68>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = nearest(mesh, p, max_dist)                                                         <L 69>
        var_4 = nearest_0(var_mesh, var_2, var_max_dist);
        // out[tid] = surface_point(mesh, q, p)                                                   <L 70>
        var_5 = surface_point_0(var_mesh, var_4, var_2);
        wp::array_store(var_out, var_0, var_5);
        // m = wp.mesh_get(mesh)                                                                  <L 71>
        var_6 = wp::mesh_get(var_mesh);
        // if q.result:                                                                           <L 72>
        var_7 = &(var_4.result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // vel[tid] = wp.mesh_eval_velocity(mesh, q.face, q.u, q.v) - m.velocities[m.indices[q.face * 3]] * q.u       <L 73>
            var_9 = &(var_4.face);
            var_10 = &(var_4.u);
            var_11 = &(var_4.v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_velocity(var_mesh, var_13, var_14, var_15);
            var_16 = &(var_6.velocities);
            var_17 = &(var_6.indices);
            var_18 = &(var_4.face);
            var_21 = wp::load(var_18);
            var_20 = wp::mul(var_21, var_19);
            var_23 = wp::load(var_17);
            var_22 = wp::address(var_23, var_20);
            var_25 = wp::load(var_16);
            var_26 = wp::load(var_22);
            var_24 = wp::address(var_25, var_26);
            var_27 = &(var_4.u);
            var_29 = wp::load(var_24);
            var_30 = wp::load(var_27);
            var_28 = wp::mul(var_29, var_30);
            var_31 = wp::sub(var_12, var_28);
            wp::array_store(var_vel, var_0, var_31);
            // corner[tid] = wp.mesh_get_index(mesh, q.face * 3 + 2)                              <L 74>
            var_32 = &(var_4.face);
            var_35 = wp::load(var_32);
            var_34 = wp::mul(var_35, var_33);
            var_37 = wp::add(var_34, var_36);
            var_38 = wp::mesh_get_index(var_mesh, var_37);
            wp::array_store(var_corner, var_0, var_38);
            // if q.u > 0.5:                                                                      <L 75>
            var_39 = &(var_4.u);
            var_42 = wp::load(var_39);
            var_41 = (var_42 > var_40);
            if (var_41) {
                // out[tid] = out[tid] + wp.mesh_get_point(mesh, q.face * 3) * 0.0 + wp.mesh_get_velocity(mesh, q.face * 3)       <L 76>
                var_43 = wp::address(var_out, var_0);
                var_44 = &(var_4.face);
                var_47 = wp::load(var_44);
                var_46 = wp::mul(var_47, var_45);
                var_48 = wp::mesh_get_point(var_mesh, var_46);
                var_50 = wp::mul(var_48, var_49);
                var_52 = wp::load(var_43);
                var_51 = wp::add(var_52, var_50);
                var_53 = &(var_4.face);
                var_56 = wp::load(var_53);
                var_55 = wp::mul(var_56, var_54);
                var_57 = wp::mesh_get_velocity(var_mesh, var_55);
                var_58 = wp::add(var_51, var_57);
                wp::array_store(var_out, var_0, var_58);
            }
        }
        var_59 = wp::load(var_7);
        var_60 = wp::load(var_7);
        if (!var_60) {
            // corner[tid] = m.indices.shape[0] + m.points.shape[0]                               <L 78>
            var_61 = &(var_6.indices);
            var_62 = &(var_61->shape);
            var_65 = wp::load(var_62);
            var_64 = wp::extract(var_65, var_63);
            var_66 = &(var_6.points);
            var_67 = &(var_66->shape);
            var_70 = wp::load(var_67);
            var_69 = wp::extract(var_70, var_68);
            var_71 = wp::add(var_64, var_69);
            wp::array_store(var_corner, var_0, var_71);
        }
        var_72 = wp::load(var_7);
    }
}



extern "C" __global__ void project_5514157c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_max_dist,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::int32> var_corner,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_max_dist,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::int32> adj_corner)
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
        wp::mesh_query_point_t var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::Mesh var_6;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_16;
        wp::array_t<wp::int32>* var_17;
        wp::int32* var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        wp::array_t<wp::int32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::array_t<wp::vec_t<3, wp::float32>> var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::int32* var_32;
        const wp::int32 var_33 = 3;
        wp::int32 var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        const wp::float32 var_40 = 0.5;
        bool var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::int32* var_44;
        const wp::int32 var_45 = 3;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::int32* var_53;
        const wp::int32 var_54 = 3;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        bool var_59;
        bool var_60;
        wp::array_t<wp::int32>* var_61;
        wp::shape_t* var_62;
        const wp::int32 var_63 = 0;
        wp::int32 var_64;
        wp::shape_t var_65;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_66;
        wp::shape_t* var_67;
        const wp::int32 var_68 = 0;
        wp::int32 var_69;
        wp::shape_t var_70;
        wp::int32 var_71;
        bool var_72;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mesh_query_point_t adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::Mesh adj_6 = {};
        bool adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_16 = {};
        wp::array_t<wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::array_t<wp::int32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        bool adj_59 = {};
        bool adj_60 = {};
        wp::array_t<wp::int32> adj_61 = {};
        wp::shape_t adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::shape_t adj_65 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_66 = {};
        wp::shape_t adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::shape_t adj_70 = {};
        wp::int32 adj_71 = {};
        bool adj_72 = {};
        //---------
        // forward
        // def project(                                                                           <L 59>
        // tid = wp.tid()                                                                         <L 67>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 68>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = nearest(mesh, p, max_dist)                                                         <L 69>
        var_4 = nearest_0(var_mesh, var_2, var_max_dist);
        // out[tid] = surface_point(mesh, q, p)                                                   <L 70>
        var_5 = surface_point_0(var_mesh, var_4, var_2);
        // wp::array_store(var_out, var_0, var_5);
        // m = wp.mesh_get(mesh)                                                                  <L 71>
        var_6 = wp::mesh_get(var_mesh);
        // if q.result:                                                                           <L 72>
        var_7 = &(var_4.result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // vel[tid] = wp.mesh_eval_velocity(mesh, q.face, q.u, q.v) - m.velocities[m.indices[q.face * 3]] * q.u       <L 73>
            var_9 = &(var_4.face);
            var_10 = &(var_4.u);
            var_11 = &(var_4.v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_velocity(var_mesh, var_13, var_14, var_15);
            var_16 = &(var_6.velocities);
            var_17 = &(var_6.indices);
            var_18 = &(var_4.face);
            var_21 = wp::load(var_18);
            var_20 = wp::mul(var_21, var_19);
            var_23 = wp::load(var_17);
            var_22 = wp::address(var_23, var_20);
            var_25 = wp::load(var_16);
            var_26 = wp::load(var_22);
            var_24 = wp::address(var_25, var_26);
            var_27 = &(var_4.u);
            var_29 = wp::load(var_24);
            var_30 = wp::load(var_27);
            var_28 = wp::mul(var_29, var_30);
            var_31 = wp::sub(var_12, var_28);
            // wp::array_store(var_vel, var_0, var_31);
            // corner[tid] = wp.mesh_get_index(mesh, q.face * 3 + 2)                              <L 74>
            var_32 = &(var_4.face);
            var_35 = wp::load(var_32);
            var_34 = wp::mul(var_35, var_33);
            var_37 = wp::add(var_34, var_36);
            var_38 = wp::mesh_get_index(var_mesh, var_37);
            // wp::array_store(var_corner, var_0, var_38);
            // if q.u > 0.5:                                                                      <L 75>
            var_39 = &(var_4.u);
            var_42 = wp::load(var_39);
            var_41 = (var_42 > var_40);
            if (var_41) {
                // out[tid] = out[tid] + wp.mesh_get_point(mesh, q.face * 3) * 0.0 + wp.mesh_get_velocity(mesh, q.face * 3)       <L 76>
                var_43 = wp::address(var_out, var_0);
                var_44 = &(var_4.face);
                var_47 = wp::load(var_44);
                var_46 = wp::mul(var_47, var_45);
                var_48 = wp::mesh_get_point(var_mesh, var_46);
                var_50 = wp::mul(var_48, var_49);
                var_52 = wp::load(var_43);
                var_51 = wp::add(var_52, var_50);
                var_53 = &(var_4.face);
                var_56 = wp::load(var_53);
                var_55 = wp::mul(var_56, var_54);
                var_57 = wp::mesh_get_velocity(var_mesh, var_55);
                var_58 = wp::add(var_51, var_57);
                // wp::array_store(var_out, var_0, var_58);
            }
        }
        var_59 = wp::load(var_7);
        var_60 = wp::load(var_7);
        if (!var_60) {
            // corner[tid] = m.indices.shape[0] + m.points.shape[0]                               <L 78>
            var_61 = &(var_6.indices);
            var_62 = &(var_61->shape);
            var_65 = wp::load(var_62);
            var_64 = wp::extract(var_65, var_63);
            var_66 = &(var_6.points);
            var_67 = &(var_66->shape);
            var_70 = wp::load(var_67);
            var_69 = wp::extract(var_70, var_68);
            var_71 = wp::add(var_64, var_69);
            // wp::array_store(var_corner, var_0, var_71);
        }
        var_72 = wp::load(var_7);
        //---------
        // reverse
        if (!var_72) {
            wp::adj_array_store(var_corner, var_0, var_71, adj_corner, adj_0, adj_71);
            wp::adj_add(var_64, var_69, adj_64, adj_69, adj_71);
            wp::adj_extract(var_70, var_68, adj_67, adj_68, adj_69);
            adj_66.shape = adj_67;
            adj_6.points = adj_66;
            wp::adj_extract(var_65, var_63, adj_62, adj_63, adj_64);
            adj_61.shape = adj_62;
            adj_6.indices = adj_61;
            // adj: corner[tid] = m.indices.shape[0] + m.points.shape[0]                          <L 78>
        }
        if (var_59) {
            if (var_41) {
                wp::adj_array_store(var_out, var_0, var_58, adj_out, adj_0, adj_58);
                wp::adj_add(var_51, var_57, adj_51, adj_57, adj_58);
                wp::adj_mul(var_56, var_54, adj_53, adj_54, adj_55);
                adj_4.face = adj_53;
                wp::adj_add(var_52, var_50, adj_43, adj_50, adj_51);
                wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
                wp::adj_mul(var_47, var_45, adj_44, adj_45, adj_46);
                adj_4.face = adj_44;
                wp::adj_address(var_out, var_0, adj_out, adj_0, adj_43);
                // adj: out[tid] = out[tid] + wp.mesh_get_point(mesh, q.face * 3) * 0.0 + wp.mesh_get_velocity(mesh, q.face * 3)  <L 76>
            }
            adj_4.u += adj_39;
            // adj: if q.u > 0.5:                                                                 <L 75>
            wp::adj_array_store(var_corner, var_0, var_38, adj_corner, adj_0, adj_38);
            wp::adj_add(var_34, var_36, adj_34, adj_36, adj_37);
            wp::adj_mul(var_35, var_33, adj_32, adj_33, adj_34);
            adj_4.face = adj_32;
            // adj: corner[tid] = wp.mesh_get_index(mesh, q.face * 3 + 2)                         <L 74>
            wp::adj_array_store(var_vel, var_0, var_31, adj_vel, adj_0, adj_31);
            wp::adj_sub(var_12, var_28, adj_12, adj_28, adj_31);
            wp::adj_mul(var_29, var_30, adj_24, adj_27, adj_28);
            adj_4.u += adj_27;
            wp::adj_address(var_25, var_26, adj_16, adj_22, adj_24);
            wp::adj_address(var_23, var_20, adj_17, adj_20, adj_22);
            wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
            adj_4.face = adj_18;
            adj_6.indices = adj_17;
            adj_6.velocities = adj_16;
            wp::adj_mesh_eval_velocity(var_mesh, var_13, var_14, var_15, adj_mesh, adj_9, adj_10, adj_11, adj_12);
            adj_4.v += adj_11;
            adj_4.u += adj_10;
            adj_4.face = adj_9;
            // adj: vel[tid] = wp.mesh_eval_velocity(mesh, q.face, q.u, q.v) - m.velocities[m.indices[q.face * 3]] * q.u  <L 73>
        }
        adj_4.result = adj_7;
        // adj: if q.result:                                                                      <L 72>
        // adj: m = wp.mesh_get(mesh)                                                             <L 71>
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        adj_surface_point_0(var_mesh, var_4, var_2, adj_mesh, adj_4, adj_2, adj_5);
        // adj: out[tid] = surface_point(mesh, q, p)                                              <L 70>
        adj_nearest_0(var_mesh, var_2, var_max_dist, adj_mesh, adj_2, adj_max_dist, adj_4);
        // adj: q = nearest(mesh, p, max_dist)                                                    <L 69>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 68>
        // adj: tid = wp.tid()                                                                    <L 67>
        // adj: def project(                                                                      <L 59>
        continue;
    }
}

