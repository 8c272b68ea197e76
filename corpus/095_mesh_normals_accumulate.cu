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


// corpus/095_mesh_normals_accumulate.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> face_normal_weighted_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 0.5;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def face_normal_weighted(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:               <L 5>
    // return wp.cross(b - a, c - a) * 0.5                                                    <L 7>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_4 = wp::mul(var_2, var_3);
    return var_4;
}


// corpus/095_mesh_normals_accumulate.py:10
static CUDA_CALLABLE wp::float32 corner_angle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 1e-12;
    bool var_6;
    const wp::float32 var_7 = 1e-12;
    bool var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = -1.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def corner_angle(p: wp.vec3, q: wp.vec3, r: wp.vec3) -> float:                         <L 11>
    // u = q - p                                                                              <L 12>
    var_0 = wp::sub(var_q, var_p);
    // v = r - p                                                                              <L 13>
    var_1 = wp::sub(var_r, var_p);
    // lu = wp.length(u)                                                                      <L 14>
    var_2 = wp::length(var_0);
    // lv = wp.length(v)                                                                      <L 15>
    var_3 = wp::length(var_1);
    // if lu < 1.0e-12 or lv < 1.0e-12:                                                       <L 16>
    var_6 = (var_2 < var_5);
    var_4 = var_6;
    if (!var_4) {
        var_8 = (var_3 < var_7);
        var_4 = var_4 || var_8;
    }
    if (var_4) {
        // return 0.0                                                                         <L 17>
        return var_9;
    }
    // return wp.acos(wp.clamp(wp.dot(u, v) / (lu * lv), -1.0, 1.0))                          <L 18>
    var_10 = wp::dot(var_0, var_1);
    var_11 = wp::mul(var_2, var_3);
    var_12 = wp::div(var_10, var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_16 = wp::acos(var_15);
    return var_16;
}


// corpus/095_mesh_normals_accumulate.py:4
static CUDA_CALLABLE void adj_face_normal_weighted_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 0.5;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def face_normal_weighted(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:               <L 5>
    // return wp.cross(b - a, c - a) * 0.5                                                    <L 7>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_4 = wp::mul(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return wp.cross(b - a, c - a) * 0.5                                               <L 7>
    // adj: def face_normal_weighted(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> wp.vec3:          <L 5>
    return;
}


// corpus/095_mesh_normals_accumulate.py:10
static CUDA_CALLABLE void adj_corner_angle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::float32 var_5 = 1e-12;
    bool var_6;
    const wp::float32 var_7 = 1e-12;
    bool var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = -1.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def corner_angle(p: wp.vec3, q: wp.vec3, r: wp.vec3) -> float:                         <L 11>
    // u = q - p                                                                              <L 12>
    var_0 = wp::sub(var_q, var_p);
    // v = r - p                                                                              <L 13>
    var_1 = wp::sub(var_r, var_p);
    // lu = wp.length(u)                                                                      <L 14>
    var_2 = wp::length(var_0);
    // lv = wp.length(v)                                                                      <L 15>
    var_3 = wp::length(var_1);
    // if lu < 1.0e-12 or lv < 1.0e-12:                                                       <L 16>
    var_6 = (var_2 < var_5);
    var_4 = var_6;
    if (!var_4) {
        var_8 = (var_3 < var_7);
        var_4 = var_4 || var_8;
    }
    if (var_4) {
        // return 0.0                                                                         <L 17>
        goto label0;
    }
    // return wp.acos(wp.clamp(wp.dot(u, v) / (lu * lv), -1.0, 1.0))                          <L 18>
    var_10 = wp::dot(var_0, var_1);
    var_11 = wp::mul(var_2, var_3);
    var_12 = wp::div(var_10, var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_16 = wp::acos(var_15);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_16 += adj_ret;
    wp::adj_acos(var_15, adj_15, adj_16);
    wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_11);
    wp::adj_dot(var_0, var_1, adj_0, adj_1, adj_10);
    // adj: return wp.acos(wp.clamp(wp.dot(u, v) / (lu * lv), -1.0, 1.0))                     <L 18>
    if (var_4) {
        label0:;
        adj_9 += adj_ret;
        // adj: return 0.0                                                                    <L 17>
    }
    if (!var_4) {
    }
    // adj: if lu < 1.0e-12 or lv < 1.0e-12:                                                  <L 16>
    wp::adj_length(var_1, var_3, adj_1, adj_3);
    // adj: lv = wp.length(v)                                                                 <L 15>
    wp::adj_length(var_0, var_2, adj_0, adj_2);
    // adj: lu = wp.length(u)                                                                 <L 14>
    wp::adj_sub(var_r, var_p, adj_r, adj_p, adj_1);
    // adj: v = r - p                                                                         <L 13>
    wp::adj_sub(var_q, var_p, adj_q, adj_p, adj_0);
    // adj: u = q - p                                                                         <L 12>
    // adj: def corner_angle(p: wp.vec3, q: wp.vec3, r: wp.vec3) -> float:                    <L 11>
    return;
}



extern "C" __global__ void accumulate_vertex_normals_791f465e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    bool var_angle_weighted,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::float32> var_face_areas)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 1e-12;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::int32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // forward
        // def accumulate_vertex_normals(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), angle_weighted: bool, normals: wp.array(dtype=wp.vec3), face_areas: wp.array(dtype=float)):       <L 22>
        // f = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 24>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = verts[ids[0]]                                                                      <L 25>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = verts[ids[1]]                                                                      <L 26>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_verts, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = verts[ids[2]]                                                                      <L 27>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_verts, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // n = face_normal_weighted(a, b, c)                                                      <L 28>
        var_19 = face_normal_weighted_0(var_7, var_12, var_17);
        // area = wp.length(n)                                                                    <L 29>
        var_20 = wp::length(var_19);
        // face_areas[f] = area                                                                   <L 30>
        wp::array_store(var_face_areas, var_0, var_20);
        // if area < 1.0e-12:                                                                     <L 31>
        var_22 = (var_20 < var_21);
        if (var_22) {
            // return                                                                             <L 32>
            continue;
        }
        // if angle_weighted:                                                                     <L 33>
        if (var_angle_weighted) {
            // nu = n / area                                                                      <L 34>
            var_23 = wp::div(var_19, var_20);
            // wp.atomic_add(normals, ids[0], nu * corner_angle(a, b, c))                         <L 35>
            var_25 = wp::extract(var_2, var_24);
            var_26 = corner_angle_0(var_7, var_12, var_17);
            var_27 = wp::mul(var_23, var_26);
            var_28 = wp::atomic_add(var_normals, var_25, var_27);
            // wp.atomic_add(normals, ids[1], nu * corner_angle(b, c, a))                         <L 36>
            var_30 = wp::extract(var_2, var_29);
            var_31 = corner_angle_0(var_12, var_17, var_7);
            var_32 = wp::mul(var_23, var_31);
            var_33 = wp::atomic_add(var_normals, var_30, var_32);
            // wp.atomic_add(normals, ids[2], nu * corner_angle(c, a, b))                         <L 37>
            var_35 = wp::extract(var_2, var_34);
            var_36 = corner_angle_0(var_17, var_7, var_12);
            var_37 = wp::mul(var_23, var_36);
            var_38 = wp::atomic_add(var_normals, var_35, var_37);
        }
        if (!var_angle_weighted) {
            // normals[ids[0]] += n                                                               <L 39>
            var_40 = wp::extract(var_2, var_39);
            var_41 = wp::atomic_add(var_normals, var_40, var_19);
            // normals[ids[1]] += n                                                               <L 40>
            var_43 = wp::extract(var_2, var_42);
            var_44 = wp::atomic_add(var_normals, var_43, var_19);
            // normals[ids[2]] += n                                                               <L 41>
            var_46 = wp::extract(var_2, var_45);
            var_47 = wp::atomic_add(var_normals, var_46, var_19);
        }
    }
}



extern "C" __global__ void accumulate_vertex_normals_791f465e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    bool var_angle_weighted,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::float32> var_face_areas,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_faces,
    bool adj_angle_weighted,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::float32> adj_face_areas)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 1e-12;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::int32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        //---------
        // forward
        // def accumulate_vertex_normals(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), angle_weighted: bool, normals: wp.array(dtype=wp.vec3), face_areas: wp.array(dtype=float)):       <L 22>
        // f = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 24>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = verts[ids[0]]                                                                      <L 25>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = verts[ids[1]]                                                                      <L 26>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_verts, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = verts[ids[2]]                                                                      <L 27>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_verts, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // n = face_normal_weighted(a, b, c)                                                      <L 28>
        var_19 = face_normal_weighted_0(var_7, var_12, var_17);
        // area = wp.length(n)                                                                    <L 29>
        var_20 = wp::length(var_19);
        // face_areas[f] = area                                                                   <L 30>
        // wp::array_store(var_face_areas, var_0, var_20);
        // if area < 1.0e-12:                                                                     <L 31>
        var_22 = (var_20 < var_21);
        if (var_22) {
            // return                                                                             <L 32>
            goto label0;
        }
        // if angle_weighted:                                                                     <L 33>
        if (var_angle_weighted) {
            // nu = n / area                                                                      <L 34>
            var_23 = wp::div(var_19, var_20);
            // wp.atomic_add(normals, ids[0], nu * corner_angle(a, b, c))                         <L 35>
            var_25 = wp::extract(var_2, var_24);
            var_26 = corner_angle_0(var_7, var_12, var_17);
            var_27 = wp::mul(var_23, var_26);
            // var_28 = wp::atomic_add(var_normals, var_25, var_27);
            // wp.atomic_add(normals, ids[1], nu * corner_angle(b, c, a))                         <L 36>
            var_30 = wp::extract(var_2, var_29);
            var_31 = corner_angle_0(var_12, var_17, var_7);
            var_32 = wp::mul(var_23, var_31);
            // var_33 = wp::atomic_add(var_normals, var_30, var_32);
            // wp.atomic_add(normals, ids[2], nu * corner_angle(c, a, b))                         <L 37>
            var_35 = wp::extract(var_2, var_34);
            var_36 = corner_angle_0(var_17, var_7, var_12);
            var_37 = wp::mul(var_23, var_36);
            // var_38 = wp::atomic_add(var_normals, var_35, var_37);
        }
        if (!var_angle_weighted) {
            // normals[ids[0]] += n                                                               <L 39>
            var_40 = wp::extract(var_2, var_39);
            // var_41 = wp::atomic_add(var_normals, var_40, var_19);
            // normals[ids[1]] += n                                                               <L 40>
            var_43 = wp::extract(var_2, var_42);
            // var_44 = wp::atomic_add(var_normals, var_43, var_19);
            // normals[ids[2]] += n                                                               <L 41>
            var_46 = wp::extract(var_2, var_45);
            // var_47 = wp::atomic_add(var_normals, var_46, var_19);
        }
        //---------
        // reverse
        if (!var_angle_weighted) {
            wp::adj_atomic_add(var_normals, var_46, var_19, adj_normals, adj_46, adj_19, adj_47);
            wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_46);
            // adj: normals[ids[2]] += n                                                          <L 41>
            wp::adj_atomic_add(var_normals, var_43, var_19, adj_normals, adj_43, adj_19, adj_44);
            wp::adj_extract(var_2, var_42, adj_2, adj_42, adj_43);
            // adj: normals[ids[1]] += n                                                          <L 40>
            wp::adj_atomic_add(var_normals, var_40, var_19, adj_normals, adj_40, adj_19, adj_41);
            wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
            // adj: normals[ids[0]] += n                                                          <L 39>
        }
        if (var_angle_weighted) {
            wp::adj_atomic_add(var_normals, var_35, var_37, adj_normals, adj_35, adj_37, adj_38);
            wp::adj_mul(var_23, var_36, adj_23, adj_36, adj_37);
            adj_corner_angle_0(var_17, var_7, var_12, adj_17, adj_7, adj_12, adj_36);
            wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_35);
            // adj: wp.atomic_add(normals, ids[2], nu * corner_angle(c, a, b))                    <L 37>
            wp::adj_atomic_add(var_normals, var_30, var_32, adj_normals, adj_30, adj_32, adj_33);
            wp::adj_mul(var_23, var_31, adj_23, adj_31, adj_32);
            adj_corner_angle_0(var_12, var_17, var_7, adj_12, adj_17, adj_7, adj_31);
            wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
            // adj: wp.atomic_add(normals, ids[1], nu * corner_angle(b, c, a))                    <L 36>
            wp::adj_atomic_add(var_normals, var_25, var_27, adj_normals, adj_25, adj_27, adj_28);
            wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_27);
            adj_corner_angle_0(var_7, var_12, var_17, adj_7, adj_12, adj_17, adj_26);
            wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
            // adj: wp.atomic_add(normals, ids[0], nu * corner_angle(a, b, c))                    <L 35>
            wp::adj_div(var_19, var_20, adj_19, adj_20, adj_23);
            // adj: nu = n / area                                                                 <L 34>
        }
        // adj: if angle_weighted:                                                                <L 33>
        if (var_22) {
            label0:;
            // adj: return                                                                        <L 32>
        }
        // adj: if area < 1.0e-12:                                                                <L 31>
        wp::adj_array_store(var_face_areas, var_0, var_20, adj_face_areas, adj_0, adj_20);
        // adj: face_areas[f] = area                                                              <L 30>
        wp::adj_length(var_19, var_20, adj_19, adj_20);
        // adj: area = wp.length(n)                                                               <L 29>
        adj_face_normal_weighted_0(var_7, var_12, var_17, adj_7, adj_12, adj_17, adj_19);
        // adj: n = face_normal_weighted(a, b, c)                                                 <L 28>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_verts, var_15, adj_verts, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: c = verts[ids[2]]                                                                 <L 27>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_verts, var_10, adj_verts, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: b = verts[ids[1]]                                                                 <L 26>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_verts, var_5, adj_verts, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: a = verts[ids[0]]                                                                 <L 25>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_faces, var_0, adj_faces, adj_0, adj_1);
        // adj: ids = faces[f]                                                                    <L 24>
        // adj: f = wp.tid()                                                                      <L 23>
        // adj: def accumulate_vertex_normals(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), angle_weighted: bool, normals: wp.array(dtype=wp.vec3), face_areas: wp.array(dtype=float)):  <L 22>
        continue;
    }
}



extern "C" __global__ void normalize_normals_72f6e18d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::int32> var_degenerate)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        //---------
        // forward
        // def normalize_normals(normals: wp.array(dtype=wp.vec3), degenerate: wp.array(dtype=int)):       <L 45>
        // v = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // n = normals[v]                                                                         <L 47>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // l = wp.length(n)                                                                       <L 48>
        var_4 = wp::length(var_2);
        // if l > 0.0:                                                                            <L 49>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // normals[v] = n / l                                                                 <L 50>
            var_7 = wp::div(var_2, var_4);
            wp::array_store(var_normals, var_0, var_7);
        }
        if (!var_6) {
            // normals[v] = wp.vec3(0.0, 0.0, 1.0)                                                <L 52>
            var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
            wp::array_store(var_normals, var_0, var_11);
            // wp.atomic_add(degenerate, 0, 1)                                                    <L 53>
            var_14 = wp::atomic_add(var_degenerate, var_12, var_13);
        }
    }
}



extern "C" __global__ void normalize_normals_72f6e18d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::int32> var_degenerate,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::int32> adj_degenerate)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def normalize_normals(normals: wp.array(dtype=wp.vec3), degenerate: wp.array(dtype=int)):       <L 45>
        // v = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // n = normals[v]                                                                         <L 47>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // l = wp.length(n)                                                                       <L 48>
        var_4 = wp::length(var_2);
        // if l > 0.0:                                                                            <L 49>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // normals[v] = n / l                                                                 <L 50>
            var_7 = wp::div(var_2, var_4);
            // wp::array_store(var_normals, var_0, var_7);
        }
        if (!var_6) {
            // normals[v] = wp.vec3(0.0, 0.0, 1.0)                                                <L 52>
            var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
            // wp::array_store(var_normals, var_0, var_11);
            // wp.atomic_add(degenerate, 0, 1)                                                    <L 53>
            // var_14 = wp::atomic_add(var_degenerate, var_12, var_13);
        }
        //---------
        // reverse
        if (!var_6) {
            wp::adj_atomic_add(var_degenerate, var_12, var_13, adj_degenerate, adj_12, adj_13, adj_14);
            // adj: wp.atomic_add(degenerate, 0, 1)                                               <L 53>
            wp::adj_array_store(var_normals, var_0, var_11, adj_normals, adj_0, adj_11);
            wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
            // adj: normals[v] = wp.vec3(0.0, 0.0, 1.0)                                           <L 52>
        }
        if (var_6) {
            wp::adj_array_store(var_normals, var_0, var_7, adj_normals, adj_0, adj_7);
            wp::adj_div(var_2, var_4, adj_2, adj_4, adj_7);
            // adj: normals[v] = n / l                                                            <L 50>
        }
        // adj: if l > 0.0:                                                                       <L 49>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        // adj: l = wp.length(n)                                                                  <L 48>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_1);
        // adj: n = normals[v]                                                                    <L 47>
        // adj: v = wp.tid()                                                                      <L 46>
        // adj: def normalize_normals(normals: wp.array(dtype=wp.vec3), degenerate: wp.array(dtype=int)):  <L 45>
        continue;
    }
}



extern "C" __global__ void mesh_volume_area_e2c6c809_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    wp::array_t<wp::float32> var_volume,
    wp::array_t<wp::float32> var_area,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 6.0;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        const wp::float32 var_36 = 0.25;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        //---------
        // forward
        // def mesh_volume_area(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), volume: wp.array(dtype=float), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec3)):       <L 57>
        // f = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 59>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = verts[ids[0]]                                                                      <L 60>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = verts[ids[1]]                                                                      <L 61>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_verts, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = verts[ids[2]]                                                                      <L 62>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_verts, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // v = wp.dot(a, wp.cross(b, c)) / 6.0                                                    <L 63>
        var_19 = wp::cross(var_12, var_17);
        var_20 = wp::dot(var_7, var_19);
        var_22 = wp::div(var_20, var_21);
        // wp.atomic_add(volume, 0, v)                                                            <L 64>
        var_24 = wp::atomic_add(var_volume, var_23, var_22);
        // wp.atomic_add(area, 0, wp.length(wp.cross(b - a, c - a)) * 0.5)                        <L 65>
        var_26 = wp::sub(var_12, var_7);
        var_27 = wp::sub(var_17, var_7);
        var_28 = wp::cross(var_26, var_27);
        var_29 = wp::length(var_28);
        var_31 = wp::mul(var_29, var_30);
        var_32 = wp::atomic_add(var_area, var_25, var_31);
        // wp.atomic_add(centroid, 0, (a + b + c) * (v * 0.25))                                   <L 66>
        var_34 = wp::add(var_7, var_12);
        var_35 = wp::add(var_34, var_17);
        var_37 = wp::mul(var_22, var_36);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::atomic_add(var_centroid, var_33, var_38);
    }
}



extern "C" __global__ void mesh_volume_area_e2c6c809_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    wp::array_t<wp::float32> var_volume,
    wp::array_t<wp::float32> var_area,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_faces,
    wp::array_t<wp::float32> adj_volume,
    wp::array_t<wp::float32> adj_area,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroid)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 6.0;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        const wp::float32 var_36 = 0.25;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        //---------
        // forward
        // def mesh_volume_area(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), volume: wp.array(dtype=float), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec3)):       <L 57>
        // f = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 59>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = verts[ids[0]]                                                                      <L 60>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = verts[ids[1]]                                                                      <L 61>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_verts, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = verts[ids[2]]                                                                      <L 62>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_verts, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // v = wp.dot(a, wp.cross(b, c)) / 6.0                                                    <L 63>
        var_19 = wp::cross(var_12, var_17);
        var_20 = wp::dot(var_7, var_19);
        var_22 = wp::div(var_20, var_21);
        // wp.atomic_add(volume, 0, v)                                                            <L 64>
        // var_24 = wp::atomic_add(var_volume, var_23, var_22);
        // wp.atomic_add(area, 0, wp.length(wp.cross(b - a, c - a)) * 0.5)                        <L 65>
        var_26 = wp::sub(var_12, var_7);
        var_27 = wp::sub(var_17, var_7);
        var_28 = wp::cross(var_26, var_27);
        var_29 = wp::length(var_28);
        var_31 = wp::mul(var_29, var_30);
        // var_32 = wp::atomic_add(var_area, var_25, var_31);
        // wp.atomic_add(centroid, 0, (a + b + c) * (v * 0.25))                                   <L 66>
        var_34 = wp::add(var_7, var_12);
        var_35 = wp::add(var_34, var_17);
        var_37 = wp::mul(var_22, var_36);
        var_38 = wp::mul(var_35, var_37);
        // var_39 = wp::atomic_add(var_centroid, var_33, var_38);
        //---------
        // reverse
        wp::adj_atomic_add(var_centroid, var_33, var_38, adj_centroid, adj_33, adj_38, adj_39);
        wp::adj_mul(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_22, var_36, adj_22, adj_36, adj_37);
        wp::adj_add(var_34, var_17, adj_34, adj_17, adj_35);
        wp::adj_add(var_7, var_12, adj_7, adj_12, adj_34);
        // adj: wp.atomic_add(centroid, 0, (a + b + c) * (v * 0.25))                              <L 66>
        wp::adj_atomic_add(var_area, var_25, var_31, adj_area, adj_25, adj_31, adj_32);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_length(var_28, var_29, adj_28, adj_29);
        wp::adj_cross(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_sub(var_17, var_7, adj_17, adj_7, adj_27);
        wp::adj_sub(var_12, var_7, adj_12, adj_7, adj_26);
        // adj: wp.atomic_add(area, 0, wp.length(wp.cross(b - a, c - a)) * 0.5)                   <L 65>
        wp::adj_atomic_add(var_volume, var_23, var_22, adj_volume, adj_23, adj_22, adj_24);
        // adj: wp.atomic_add(volume, 0, v)                                                       <L 64>
        wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
        wp::adj_dot(var_7, var_19, adj_7, adj_19, adj_20);
        wp::adj_cross(var_12, var_17, adj_12, adj_17, adj_19);
        // adj: v = wp.dot(a, wp.cross(b, c)) / 6.0                                               <L 63>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_verts, var_15, adj_verts, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: c = verts[ids[2]]                                                                 <L 62>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_verts, var_10, adj_verts, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: b = verts[ids[1]]                                                                 <L 61>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_verts, var_5, adj_verts, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: a = verts[ids[0]]                                                                 <L 60>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_faces, var_0, adj_faces, adj_0, adj_1);
        // adj: ids = faces[f]                                                                    <L 59>
        // adj: f = wp.tid()                                                                      <L 58>
        // adj: def mesh_volume_area(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), volume: wp.array(dtype=float), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec3)):  <L 57>
        continue;
    }
}



extern "C" __global__ void vertex_valence_46c87d6a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    wp::array_t<wp::int32> var_valence)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        //---------
        // forward
        // def vertex_valence(faces: wp.array(dtype=wp.vec3i), valence: wp.array(dtype=int)):       <L 70>
        // f = wp.tid()                                                                           <L 71>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 72>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for k in range(3):                                                                     <L 73>
        // valence[ids[k]] += 1                                                                   <L 74>
        var_6 = wp::extract(var_2, var_4);
        var_7 = wp::atomic_add(var_valence, var_6, var_5);
        var_10 = wp::extract(var_2, var_8);
        var_11 = wp::atomic_add(var_valence, var_10, var_9);
        var_14 = wp::extract(var_2, var_12);
        var_15 = wp::atomic_add(var_valence, var_14, var_13);
    }
}



extern "C" __global__ void vertex_valence_46c87d6a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    wp::array_t<wp::int32> var_valence,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_faces,
    wp::array_t<wp::int32> adj_valence)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def vertex_valence(faces: wp.array(dtype=wp.vec3i), valence: wp.array(dtype=int)):       <L 70>
        // f = wp.tid()                                                                           <L 71>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 72>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for k in range(3):                                                                     <L 73>
        // valence[ids[k]] += 1                                                                   <L 74>
        var_6 = wp::extract(var_2, var_4);
        // var_7 = wp::atomic_add(var_valence, var_6, var_5);
        var_10 = wp::extract(var_2, var_8);
        // var_11 = wp::atomic_add(var_valence, var_10, var_9);
        var_14 = wp::extract(var_2, var_12);
        // var_15 = wp::atomic_add(var_valence, var_14, var_13);
        //---------
        // reverse
        wp::adj_atomic_add(var_valence, var_14, var_13, adj_valence, adj_14, adj_13, adj_15);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_14);
        wp::adj_atomic_add(var_valence, var_10, var_9, adj_valence, adj_10, adj_9, adj_11);
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_10);
        wp::adj_atomic_add(var_valence, var_6, var_5, adj_valence, adj_6, adj_5, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_6);
        // adj: valence[ids[k]] += 1                                                              <L 74>
        // adj: for k in range(3):                                                                <L 73>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_faces, var_0, adj_faces, adj_0, adj_1);
        // adj: ids = faces[f]                                                                    <L 72>
        // adj: f = wp.tid()                                                                      <L 71>
        // adj: def vertex_valence(faces: wp.array(dtype=wp.vec3i), valence: wp.array(dtype=int)):  <L 70>
        continue;
    }
}

