
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


// corpus/097_edge_metrics.py:6
static CUDA_CALLABLE wp::float32 edge_cost_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_na,
    wp::vec_t<3, wp::float32> var_nb,
    wp::float32 var_feature_weight)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def edge_cost(a: wp.vec3, b: wp.vec3, na: wp.vec3, nb: wp.vec3, feature_weight: float) -> float:       <L 7>
    // l = wp.length(b - a)                                                                   <L 8>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::length(var_0);
    // crease = 1.0 - wp.dot(na, nb)                                                          <L 9>
    var_3 = wp::dot(var_na, var_nb);
    var_4 = wp::sub(var_2, var_3);
    // return l * (1.0 + feature_weight * crease)                                             <L 10>
    var_6 = wp::mul(var_feature_weight, var_4);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::mul(var_1, var_7);
    return var_8;
}


// corpus/097_edge_metrics.py:13
static CUDA_CALLABLE wp::float32 triangle_aspect_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::float32 var_18 = 10000000000.0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 2.0;
    const wp::float32 var_24 = 3.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def triangle_aspect(a: wp.vec3, b: wp.vec3, c: wp.vec3) -> float:                      <L 14>
    // la = wp.length(b - c)                                                                  <L 15>
    var_0 = wp::sub(var_b, var_c);
    var_1 = wp::length(var_0);
    // lb = wp.length(c - a)                                                                  <L 16>
    var_2 = wp::sub(var_c, var_a);
    var_3 = wp::length(var_2);
    // lc = wp.length(a - b)                                                                  <L 17>
    var_4 = wp::sub(var_a, var_b);
    var_5 = wp::length(var_4);
    // s = 0.5 * (la + lb + lc)                                                               <L 18>
    var_7 = wp::add(var_1, var_3);
    var_8 = wp::add(var_7, var_5);
    var_9 = wp::mul(var_6, var_8);
    // area2 = s * (s - la) * (s - lb) * (s - lc)                                             <L 19>
    var_10 = wp::sub(var_9, var_1);
    var_11 = wp::mul(var_9, var_10);
    var_12 = wp::sub(var_9, var_3);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::sub(var_9, var_5);
    var_15 = wp::mul(var_13, var_14);
    // if area2 <= 0.0:                                                                       <L 20>
    var_17 = (var_15 <= var_16);
    if (var_17) {
        // return 1.0e10                                                                      <L 21>
        return var_18;
    }
    // area = wp.sqrt(area2)                                                                  <L 22>
    var_19 = wp::sqrt(var_15);
    // lmax = wp.max(la, wp.max(lb, lc))                                                      <L 23>
    var_20 = wp::max(var_3, var_5);
    var_21 = wp::max(var_1, var_20);
    // return lmax * s / (2.0 * wp.sqrt(3.0) * area)                                          <L 24>
    var_22 = wp::mul(var_21, var_9);
    var_25 = wp::sqrt(var_24);
    var_26 = wp::mul(var_23, var_25);
    var_27 = wp::mul(var_26, var_19);
    var_28 = wp::div(var_22, var_27);
    return var_28;
}


// corpus/097_edge_metrics.py:6
static CUDA_CALLABLE void adj_edge_cost_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_na,
    wp::vec_t<3, wp::float32> var_nb,
    wp::float32 var_feature_weight,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_na,
    wp::vec_t<3, wp::float32> & adj_nb,
    wp::float32 & adj_feature_weight,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/097_edge_metrics.py:13
static CUDA_CALLABLE void adj_triangle_aspect_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void compute_edge_costs_cf7fdc74_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges,
    wp::float32 var_feature_weight,
    wp::array_t<wp::float32> var_costs,
    wp::array_t<wp::float32> var_shortest)
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
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        //---------
        // forward
        // def compute_edge_costs(verts: wp.array(dtype=wp.vec3), normals: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), feature_weight: float, costs: wp.array(dtype=float), shortest: wp.array(dtype=float)):       <L 28>
        // e = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // ij = edges[e]                                                                          <L 30>
        var_1 = wp::address(var_edges, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = edge_cost(verts[ij[0]], verts[ij[1]], normals[ij[0]], normals[ij[1]], feature_weight)       <L 31>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_verts, var_8);
        var_11 = wp::extract(var_2, var_10);
        var_12 = wp::address(var_normals, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::address(var_normals, var_14);
        var_17 = wp::load(var_6);
        var_18 = wp::load(var_9);
        var_19 = wp::load(var_12);
        var_20 = wp::load(var_15);
        var_16 = edge_cost_0(var_17, var_18, var_19, var_20, var_feature_weight);
        // costs[e] = c                                                                           <L 32>
        wp::array_store(var_costs, var_0, var_16);
        // wp.atomic_min(shortest, 0, c)                                                          <L 33>
        var_22 = wp::atomic_min(var_shortest, var_21, var_16);
    }
}



extern "C" __global__ void classify_triangles_55420060_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::vec_t<3, wp::int32>> var_faces,
    wp::float32 var_max_aspect,
    wp::float32 var_min_area,
    wp::array_t<wp::uint8> var_flags,
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
        const wp::float32 var_19 = 0.5;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::uint8 var_27;
        bool var_28;
        const wp::int32 var_29 = 1;
        wp::uint8 var_30;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::uint8 var_34;
        bool var_35;
        const wp::int32 var_36 = 2;
        wp::uint8 var_37;
        const wp::int32 var_38 = 1;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::uint8 var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::uint8 var_45;
        //---------
        // forward
        // def classify_triangles(verts: wp.array(dtype=wp.vec3), faces: wp.array(dtype=wp.vec3i), max_aspect: float, min_area: float, flags: wp.array(dtype=wp.uint8), counts: wp.array(dtype=int)):       <L 37>
        // f = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // ids = faces[f]                                                                         <L 39>
        var_1 = wp::address(var_faces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = verts[ids[0]]                                                                      <L 40>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_verts, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = verts[ids[1]]                                                                      <L 41>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_verts, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = verts[ids[2]]                                                                      <L 42>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_verts, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // area = 0.5 * wp.length(wp.cross(b - a, c - a))                                         <L 43>
        var_20 = wp::sub(var_12, var_7);
        var_21 = wp::sub(var_17, var_7);
        var_22 = wp::cross(var_20, var_21);
        var_23 = wp::length(var_22);
        var_24 = wp::mul(var_19, var_23);
        // asp = triangle_aspect(a, b, c)                                                         <L 44>
        var_25 = triangle_aspect_0(var_7, var_12, var_17);
        // flag = wp.uint8(0)                                                                     <L 45>
        var_27 = wp::uint8(var_26);
        // if area < min_area:                                                                    <L 46>
        var_28 = (var_24 < var_min_area);
        if (var_28) {
            // flag = wp.uint8(1)                                                                 <L 47>
            var_30 = wp::uint8(var_29);
            // wp.atomic_add(counts, 0, 1)                                                        <L 48>
            var_33 = wp::atomic_add(var_counts, var_31, var_32);
        }
        var_34 = wp::where(var_28, var_30, var_27);
        if (!var_28) {
            // elif asp > max_aspect:                                                             <L 49>
            var_35 = (var_25 > var_max_aspect);
            if (var_35) {
                // flag = wp.uint8(2)                                                             <L 50>
                var_37 = wp::uint8(var_36);
                // wp.atomic_add(counts, 1, 1)                                                    <L 51>
                var_40 = wp::atomic_add(var_counts, var_38, var_39);
            }
            var_41 = wp::where(var_35, var_37, var_34);
            if (!var_35) {
                // wp.atomic_add(counts, 2, 1)                                                    <L 53>
                var_44 = wp::atomic_add(var_counts, var_42, var_43);
            }
        }
        var_45 = wp::where(var_28, var_34, var_41);
        // flags[f] = flag                                                                        <L 54>
        wp::array_store(var_flags, var_0, var_45);
    }
}



extern "C" __global__ void select_independent_edges_cd943c55_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges,
    wp::array_t<wp::float32> var_costs,
    wp::float32 var_threshold,
    wp::array_t<wp::int32> var_vertex_lock,
    wp::array_t<bool> var_selected)
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
        const bool var_1 = false;
        wp::float32* var_2;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::int32>* var_5;
        wp::vec_t<2, wp::int32> var_6;
        wp::vec_t<2, wp::int32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 0;
        bool var_29;
        const wp::int32 var_30 = 0;
        wp::int32 var_31;
        const bool var_32 = true;
        //---------
        // forward
        // def select_independent_edges(edges: wp.array(dtype=wp.vec2i), costs: wp.array(dtype=float), threshold: float, vertex_lock: wp.array(dtype=int), selected: wp.array(dtype=wp.bool)):       <L 58>
        // e = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // selected[e] = False                                                                    <L 60>
        wp::array_store(var_selected, var_0, var_1);
        // if costs[e] > threshold:                                                               <L 61>
        var_2 = wp::address(var_costs, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_4 > var_threshold);
        if (var_3) {
            // return                                                                             <L 62>
            continue;
        }
        // ij = edges[e]                                                                          <L 63>
        var_5 = wp::address(var_edges, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // a = wp.min(ij[0], ij[1])                                                               <L 64>
        var_9 = wp::extract(var_6, var_8);
        var_11 = wp::extract(var_6, var_10);
        var_12 = wp::min(var_9, var_11);
        // b = wp.max(ij[0], ij[1])                                                               <L 65>
        var_14 = wp::extract(var_6, var_13);
        var_16 = wp::extract(var_6, var_15);
        var_17 = wp::max(var_14, var_16);
        // if wp.atomic_cas(vertex_lock, a, 0, e + 1) != 0:                                       <L 66>
        var_20 = wp::add(var_0, var_19);
        var_21 = wp::atomic_cas(var_vertex_lock, var_12, var_18, var_20);
        var_23 = (var_21 != var_22);
        if (var_23) {
            // return                                                                             <L 67>
            continue;
        }
        // if wp.atomic_cas(vertex_lock, b, 0, e + 1) != 0:                                       <L 68>
        var_26 = wp::add(var_0, var_25);
        var_27 = wp::atomic_cas(var_vertex_lock, var_17, var_24, var_26);
        var_29 = (var_27 != var_28);
        if (var_29) {
            // wp.atomic_exch(vertex_lock, a, 0)                                                  <L 69>
            var_31 = wp::atomic_exch(var_vertex_lock, var_12, var_30);
            // return                                                                             <L 70>
            continue;
        }
        // selected[e] = True                                                                     <L 71>
        wp::array_store(var_selected, var_0, var_32);
    }
}

