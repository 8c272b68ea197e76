
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



extern "C" __global__ void bfs_expand_82a1e8e3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int32> var_frontier,
    wp::int32 var_frontier_size,
    wp::array_t<wp::int32> var_depth,
    wp::int32 var_level,
    wp::array_t<wp::int32> var_next_frontier,
    wp::array_t<wp::int32> var_next_size)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = -1;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        bool var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        //---------
        // forward
        // def bfs_expand(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), frontier: wp.array(dtype=int), frontier_size: int, depth: wp.array(dtype=int), level: int, next_frontier: wp.array(dtype=int), next_size: wp.array(dtype=int)):       <L 7>
        // t = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // if t >= frontier_size:                                                                 <L 9>
        var_1 = (var_0 >= var_frontier_size);
        if (var_1) {
            // return                                                                             <L 10>
            continue;
        }
        // u = frontier[t]                                                                        <L 11>
        var_2 = wp::address(var_frontier, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 12>
        var_5 = wp::address(var_offsets, var_3);
        var_7 = wp::add(var_3, var_6);
        var_8 = wp::address(var_offsets, var_7);
        var_10 = wp::load(var_5);
        var_11 = wp::load(var_8);
        var_9 = wp::range(var_10, var_11);
        start_for_1:;
            if (iter_cmp(var_9) == 0) goto end_for_1;
            var_12 = wp::iter_next(var_9);
            // v = edges[e]                                                                       <L 13>
            var_13 = wp::address(var_edges, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // if wp.atomic_cas(depth, v, UNVISITED, level + 1) == UNVISITED:                     <L 14>
            var_18 = wp::add(var_level, var_17);
            var_19 = wp::atomic_cas(var_depth, var_14, var_16, var_18);
            var_20 = (var_19 == var_16);
            if (var_20) {
                // slot = wp.atomic_add(next_size, 0, 1)                                          <L 15>
                var_23 = wp::atomic_add(var_next_size, var_21, var_22);
                // next_frontier[slot] = v                                                        <L 16>
                wp::array_store(var_next_frontier, var_23, var_14);
            }
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void bfs_expand_82a1e8e3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int32> var_frontier,
    wp::int32 var_frontier_size,
    wp::array_t<wp::int32> var_depth,
    wp::int32 var_level,
    wp::array_t<wp::int32> var_next_frontier,
    wp::array_t<wp::int32> var_next_size,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_edges,
    wp::array_t<wp::int32> adj_frontier,
    wp::int32 adj_frontier_size,
    wp::array_t<wp::int32> adj_depth,
    wp::int32 adj_level,
    wp::array_t<wp::int32> adj_next_frontier,
    wp::array_t<wp::int32> adj_next_size)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = -1;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        bool var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def bfs_expand(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), frontier: wp.array(dtype=int), frontier_size: int, depth: wp.array(dtype=int), level: int, next_frontier: wp.array(dtype=int), next_size: wp.array(dtype=int)):       <L 7>
        // t = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // if t >= frontier_size:                                                                 <L 9>
        var_1 = (var_0 >= var_frontier_size);
        if (var_1) {
            // return                                                                             <L 10>
            goto label0;
        }
        // u = frontier[t]                                                                        <L 11>
        var_2 = wp::address(var_frontier, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 12>
        var_5 = wp::address(var_offsets, var_3);
        var_7 = wp::add(var_3, var_6);
        var_8 = wp::address(var_offsets, var_7);
        var_10 = wp::load(var_5);
        var_11 = wp::load(var_8);
        var_9 = wp::range(var_10, var_11);
        //---------
        // reverse
        var_9 = wp::iter_reverse(var_9);
        start_for_1:;
            if (iter_cmp(var_9) == 0) goto end_for_1;
            var_12 = wp::iter_next(var_9);
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
            // v = edges[e]                                                                       <L 13>
            var_13 = wp::address(var_edges, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // if wp.atomic_cas(depth, v, UNVISITED, level + 1) == UNVISITED:                     <L 14>
            var_18 = wp::add(var_level, var_17);
            // var_19 = wp::atomic_cas(var_depth, var_14, var_16, var_18);
            var_20 = (var_19 == var_16);
            if (var_20) {
                // slot = wp.atomic_add(next_size, 0, 1)                                          <L 15>
                // var_23 = wp::atomic_add(var_next_size, var_21, var_22);
                // next_frontier[slot] = v                                                        <L 16>
                // wp::array_store(var_next_frontier, var_23, var_14);
            }
            if (var_20) {
                wp::adj_array_store(var_next_frontier, var_23, var_14, adj_next_frontier, adj_23, adj_14);
                // adj: next_frontier[slot] = v                                                   <L 16>
                wp::adj_atomic_add(var_next_size, var_21, var_22, adj_next_size, adj_21, adj_22, adj_23);
                // adj: slot = wp.atomic_add(next_size, 0, 1)                                     <L 15>
            }
            wp::adj_add(var_level, var_17, adj_level, adj_17, adj_18);
            // adj: if wp.atomic_cas(depth, v, UNVISITED, level + 1) == UNVISITED:                <L 14>
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_edges, var_12, adj_edges, adj_12, adj_13);
            // adj: v = edges[e]                                                                  <L 13>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_10, var_11, adj_5, adj_8, adj_9);
        wp::adj_address(var_offsets, var_7, adj_offsets, adj_7, adj_8);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_address(var_offsets, var_3, adj_offsets, adj_3, adj_5);
        // adj: for e in range(offsets[u], offsets[u + 1]):                                       <L 12>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_frontier, var_0, adj_frontier, adj_0, adj_2);
        // adj: u = frontier[t]                                                                   <L 11>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 10>
        }
        // adj: if t >= frontier_size:                                                            <L 9>
        // adj: t = wp.tid()                                                                      <L 8>
        // adj: def bfs_expand(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), frontier: wp.array(dtype=int), frontier_size: int, depth: wp.array(dtype=int), level: int, next_frontier: wp.array(dtype=int), next_size: wp.array(dtype=int)):  <L 7>
        continue;
    }
}



extern "C" __global__ void out_degree_0b6a19af_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_deg)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def out_degree(offsets: wp.array(dtype=int), deg: wp.array(dtype=float)):              <L 20>
        // u = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // deg[u] = float(offsets[u + 1] - offsets[u])                                            <L 22>
        var_2 = wp::add(var_0, var_1);
        var_3 = wp::address(var_offsets, var_2);
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = wp::float(var_5);
        wp::array_store(var_deg, var_0, var_8);
    }
}



extern "C" __global__ void out_degree_0b6a19af_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::float32> var_deg,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::float32> adj_deg)
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
        const wp::int32 var_1 = 1;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def out_degree(offsets: wp.array(dtype=int), deg: wp.array(dtype=float)):              <L 20>
        // u = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // deg[u] = float(offsets[u + 1] - offsets[u])                                            <L 22>
        var_2 = wp::add(var_0, var_1);
        var_3 = wp::address(var_offsets, var_2);
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = wp::float(var_5);
        // wp::array_store(var_deg, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_deg, var_0, var_8, adj_deg, adj_0, adj_8);
        wp::adj_float(var_5, adj_5, adj_8);
        wp::adj_sub(var_6, var_7, adj_3, adj_4, adj_5);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_4);
        wp::adj_address(var_offsets, var_2, adj_offsets, adj_2, adj_3);
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: deg[u] = float(offsets[u + 1] - offsets[u])                                       <L 22>
        // adj: u = wp.tid()                                                                      <L 21>
        // adj: def out_degree(offsets: wp.array(dtype=int), deg: wp.array(dtype=float)):         <L 20>
        continue;
    }
}



extern "C" __global__ void pagerank_push_9b96fd81_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::float32> var_rank,
    wp::array_t<wp::float32> var_deg,
    wp::array_t<wp::float32> var_next_rank,
    wp::array_t<wp::float32> var_dangling)
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
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        //---------
        // forward
        // def pagerank_push(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), rank: wp.array(dtype=float), deg: wp.array(dtype=float), next_rank: wp.array(dtype=float), dangling: wp.array(dtype=float)):       <L 26>
        // u = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // d = deg[u]                                                                             <L 28>
        var_1 = wp::address(var_deg, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if d == 0.0:                                                                           <L 29>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // wp.atomic_add(dangling, 0, rank[u])                                                <L 30>
            var_7 = wp::address(var_rank, var_0);
            var_9 = wp::load(var_7);
            var_8 = wp::atomic_add(var_dangling, var_6, var_9);
            // return                                                                             <L 31>
            continue;
        }
        // share = rank[u] / d                                                                    <L 32>
        var_10 = wp::address(var_rank, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_2);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 33>
        var_13 = wp::address(var_offsets, var_0);
        var_15 = wp::add(var_0, var_14);
        var_16 = wp::address(var_offsets, var_15);
        var_18 = wp::load(var_13);
        var_19 = wp::load(var_16);
        var_17 = wp::range(var_18, var_19);
        start_for_1:;
            if (iter_cmp(var_17) == 0) goto end_for_1;
            var_20 = wp::iter_next(var_17);
            // wp.atomic_add(next_rank, edges[e], share)                                          <L 34>
            var_21 = wp::address(var_edges, var_20);
            var_23 = wp::load(var_21);
            var_22 = wp::atomic_add(var_next_rank, var_23, var_11);
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void pagerank_push_9b96fd81_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::float32> var_rank,
    wp::array_t<wp::float32> var_deg,
    wp::array_t<wp::float32> var_next_rank,
    wp::array_t<wp::float32> var_dangling,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_edges,
    wp::array_t<wp::float32> adj_rank,
    wp::array_t<wp::float32> adj_deg,
    wp::array_t<wp::float32> adj_next_rank,
    wp::array_t<wp::float32> adj_dangling)
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
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def pagerank_push(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), rank: wp.array(dtype=float), deg: wp.array(dtype=float), next_rank: wp.array(dtype=float), dangling: wp.array(dtype=float)):       <L 26>
        // u = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // d = deg[u]                                                                             <L 28>
        var_1 = wp::address(var_deg, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if d == 0.0:                                                                           <L 29>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // wp.atomic_add(dangling, 0, rank[u])                                                <L 30>
            var_7 = wp::address(var_rank, var_0);
            var_9 = wp::load(var_7);
            // var_8 = wp::atomic_add(var_dangling, var_6, var_9);
            // return                                                                             <L 31>
            goto label0;
        }
        // share = rank[u] / d                                                                    <L 32>
        var_10 = wp::address(var_rank, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_2);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 33>
        var_13 = wp::address(var_offsets, var_0);
        var_15 = wp::add(var_0, var_14);
        var_16 = wp::address(var_offsets, var_15);
        var_18 = wp::load(var_13);
        var_19 = wp::load(var_16);
        var_17 = wp::range(var_18, var_19);
        //---------
        // reverse
        var_17 = wp::iter_reverse(var_17);
        start_for_1:;
            if (iter_cmp(var_17) == 0) goto end_for_1;
            var_20 = wp::iter_next(var_17);
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // wp.atomic_add(next_rank, edges[e], share)                                          <L 34>
            var_21 = wp::address(var_edges, var_20);
            var_23 = wp::load(var_21);
            // var_22 = wp::atomic_add(var_next_rank, var_23, var_11);
            wp::adj_atomic_add(var_next_rank, var_23, var_11, adj_next_rank, adj_21, adj_11, adj_22);
            wp::adj_address(var_edges, var_20, adj_edges, adj_20, adj_21);
            // adj: wp.atomic_add(next_rank, edges[e], share)                                     <L 34>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_18, var_19, adj_13, adj_16, adj_17);
        wp::adj_address(var_offsets, var_15, adj_offsets, adj_15, adj_16);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_15);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_13);
        // adj: for e in range(offsets[u], offsets[u + 1]):                                       <L 33>
        wp::adj_div(var_12, var_2, var_11, adj_10, adj_2, adj_11);
        wp::adj_address(var_rank, var_0, adj_rank, adj_0, adj_10);
        // adj: share = rank[u] / d                                                               <L 32>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 31>
            wp::adj_atomic_add(var_dangling, var_6, var_9, adj_dangling, adj_6, adj_7, adj_8);
            wp::adj_address(var_rank, var_0, adj_rank, adj_0, adj_7);
            // adj: wp.atomic_add(dangling, 0, rank[u])                                           <L 30>
        }
        // adj: if d == 0.0:                                                                      <L 29>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_deg, var_0, adj_deg, adj_0, adj_1);
        // adj: d = deg[u]                                                                        <L 28>
        // adj: u = wp.tid()                                                                      <L 27>
        // adj: def pagerank_push(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), rank: wp.array(dtype=float), deg: wp.array(dtype=float), next_rank: wp.array(dtype=float), dangling: wp.array(dtype=float)):  <L 26>
        continue;
    }
}



extern "C" __global__ void pagerank_finish_422b408f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_next_rank,
    wp::array_t<wp::float32> var_rank,
    wp::array_t<wp::float32> var_dangling,
    wp::float32 var_damping,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_delta)
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
        const wp::float32 var_1 = 1.0;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        //---------
        // forward
        // def pagerank_finish(next_rank: wp.array(dtype=float), rank: wp.array(dtype=float), dangling: wp.array(dtype=float), damping: float, n: int, delta: wp.array(dtype=float)):       <L 38>
        // u = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // r = (1.0 - damping) / float(n) + damping * (next_rank[u] + dangling[0] / float(n))       <L 40>
        var_2 = wp::sub(var_1, var_damping);
        var_3 = wp::float(var_n);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::address(var_next_rank, var_0);
        var_7 = wp::address(var_dangling, var_6);
        var_8 = wp::float(var_n);
        var_10 = wp::load(var_7);
        var_9 = wp::div(var_10, var_8);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_9);
        var_13 = wp::mul(var_damping, var_11);
        var_14 = wp::add(var_4, var_13);
        // wp.atomic_add(delta, 0, wp.abs(r - rank[u]))                                           <L 41>
        var_16 = wp::address(var_rank, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_14, var_18);
        var_19 = wp::abs(var_17);
        var_20 = wp::atomic_add(var_delta, var_15, var_19);
        // rank[u] = r                                                                            <L 42>
        wp::array_store(var_rank, var_0, var_14);
        // next_rank[u] = 0.0                                                                     <L 43>
        wp::array_store(var_next_rank, var_0, var_21);
    }
}



extern "C" __global__ void pagerank_finish_422b408f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_next_rank,
    wp::array_t<wp::float32> var_rank,
    wp::array_t<wp::float32> var_dangling,
    wp::float32 var_damping,
    wp::int32 var_n,
    wp::array_t<wp::float32> var_delta,
    wp::array_t<wp::float32> adj_next_rank,
    wp::array_t<wp::float32> adj_rank,
    wp::array_t<wp::float32> adj_dangling,
    wp::float32 adj_damping,
    wp::int32 adj_n,
    wp::array_t<wp::float32> adj_delta)
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
        const wp::float32 var_1 = 1.0;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def pagerank_finish(next_rank: wp.array(dtype=float), rank: wp.array(dtype=float), dangling: wp.array(dtype=float), damping: float, n: int, delta: wp.array(dtype=float)):       <L 38>
        // u = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // r = (1.0 - damping) / float(n) + damping * (next_rank[u] + dangling[0] / float(n))       <L 40>
        var_2 = wp::sub(var_1, var_damping);
        var_3 = wp::float(var_n);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::address(var_next_rank, var_0);
        var_7 = wp::address(var_dangling, var_6);
        var_8 = wp::float(var_n);
        var_10 = wp::load(var_7);
        var_9 = wp::div(var_10, var_8);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_9);
        var_13 = wp::mul(var_damping, var_11);
        var_14 = wp::add(var_4, var_13);
        // wp.atomic_add(delta, 0, wp.abs(r - rank[u]))                                           <L 41>
        var_16 = wp::address(var_rank, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_14, var_18);
        var_19 = wp::abs(var_17);
        // var_20 = wp::atomic_add(var_delta, var_15, var_19);
        // rank[u] = r                                                                            <L 42>
        // wp::array_store(var_rank, var_0, var_14);
        // next_rank[u] = 0.0                                                                     <L 43>
        // wp::array_store(var_next_rank, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_next_rank, var_0, var_21, adj_next_rank, adj_0, adj_21);
        // adj: next_rank[u] = 0.0                                                                <L 43>
        wp::adj_array_store(var_rank, var_0, var_14, adj_rank, adj_0, adj_14);
        // adj: rank[u] = r                                                                       <L 42>
        wp::adj_atomic_add(var_delta, var_15, var_19, adj_delta, adj_15, adj_19, adj_20);
        wp::adj_abs(var_17, adj_17, adj_19);
        wp::adj_sub(var_14, var_18, adj_14, adj_16, adj_17);
        wp::adj_address(var_rank, var_0, adj_rank, adj_0, adj_16);
        // adj: wp.atomic_add(delta, 0, wp.abs(r - rank[u]))                                      <L 41>
        wp::adj_add(var_4, var_13, adj_4, adj_13, adj_14);
        wp::adj_mul(var_damping, var_11, adj_damping, adj_11, adj_13);
        wp::adj_add(var_12, var_9, adj_5, adj_9, adj_11);
        wp::adj_div(var_10, var_8, var_9, adj_7, adj_8, adj_9);
        wp::adj_float(var_n, adj_n, adj_8);
        wp::adj_address(var_dangling, var_6, adj_dangling, adj_6, adj_7);
        wp::adj_address(var_next_rank, var_0, adj_next_rank, adj_0, adj_5);
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        wp::adj_float(var_n, adj_n, adj_3);
        wp::adj_sub(var_1, var_damping, adj_1, adj_damping, adj_2);
        // adj: r = (1.0 - damping) / float(n) + damping * (next_rank[u] + dangling[0] / float(n))  <L 40>
        // adj: u = wp.tid()                                                                      <L 39>
        // adj: def pagerank_finish(next_rank: wp.array(dtype=float), rank: wp.array(dtype=float), dangling: wp.array(dtype=float), damping: float, n: int, delta: wp.array(dtype=float)):  <L 38>
        continue;
    }
}



extern "C" __global__ void label_propagation_b51df759_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int32> var_labels,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        bool var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        //---------
        // forward
        // def label_propagation(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), labels: wp.array(dtype=int), changed: wp.array(dtype=int)):       <L 47>
        // u = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // best = labels[u]                                                                       <L 49>
        var_1 = wp::address(var_labels, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 50>
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::add(var_0, var_5);
        var_7 = wp::address(var_offsets, var_6);
        var_9 = wp::load(var_4);
        var_10 = wp::load(var_7);
        var_8 = wp::range(var_9, var_10);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_8);
            // best = wp.min(best, labels[edges[e]])                                              <L 51>
            var_12 = wp::address(var_edges, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::address(var_labels, var_14);
            var_16 = wp::load(var_13);
            var_15 = wp::min(var_2, var_16);
            wp::assign(var_2, var_15);
            goto start_for_0;
        end_for_0:;
        // if best < labels[u]:                                                                   <L 52>
        var_17 = wp::address(var_labels, var_0);
        var_19 = wp::load(var_17);
        var_18 = (var_2 < var_19);
        if (var_18) {
            // wp.atomic_min(labels, u, best)                                                     <L 53>
            var_20 = wp::atomic_min(var_labels, var_0, var_2);
            // wp.atomic_add(changed, 0, 1)                                                       <L 54>
            var_23 = wp::atomic_add(var_changed, var_21, var_22);
        }
    }
}



extern "C" __global__ void label_propagation_b51df759_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int32> var_labels,
    wp::array_t<wp::int32> var_changed,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_edges,
    wp::array_t<wp::int32> adj_labels,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        bool var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def label_propagation(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), labels: wp.array(dtype=int), changed: wp.array(dtype=int)):       <L 47>
        // u = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // best = labels[u]                                                                       <L 49>
        var_1 = wp::address(var_labels, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 50>
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::add(var_0, var_5);
        var_7 = wp::address(var_offsets, var_6);
        var_9 = wp::load(var_4);
        var_10 = wp::load(var_7);
        var_8 = wp::range(var_9, var_10);
        // if best < labels[u]:                                                                   <L 52>
        var_17 = wp::address(var_labels, var_0);
        var_19 = wp::load(var_17);
        var_18 = (var_2 < var_19);
        if (var_18) {
            // wp.atomic_min(labels, u, best)                                                     <L 53>
            // var_20 = wp::atomic_min(var_labels, var_0, var_2);
            // wp.atomic_add(changed, 0, 1)                                                       <L 54>
            // var_23 = wp::atomic_add(var_changed, var_21, var_22);
        }
        //---------
        // reverse
        if (var_18) {
            wp::adj_atomic_add(var_changed, var_21, var_22, adj_changed, adj_21, adj_22, adj_23);
            // adj: wp.atomic_add(changed, 0, 1)                                                  <L 54>
            wp::adj_atomic_min(var_labels, var_0, var_2, adj_labels, adj_0, adj_2, adj_20);
            // adj: wp.atomic_min(labels, u, best)                                                <L 53>
        }
        wp::adj_address(var_labels, var_0, adj_labels, adj_0, adj_17);
        // adj: if best < labels[u]:                                                              <L 52>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_8);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
            // best = wp.min(best, labels[edges[e]])                                              <L 51>
            var_12 = wp::address(var_edges, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::address(var_labels, var_14);
            var_16 = wp::load(var_13);
            var_15 = wp::min(var_2, var_16);
            wp::assign(var_2, var_15);
            wp::adj_assign(var_2, var_15, adj_2, adj_15);
            wp::adj_min(var_2, var_16, adj_2, adj_13, adj_15);
            wp::adj_address(var_labels, var_14, adj_labels, adj_12, adj_13);
            wp::adj_address(var_edges, var_11, adj_edges, adj_11, adj_12);
            // adj: best = wp.min(best, labels[edges[e]])                                         <L 51>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_9, var_10, adj_4, adj_7, adj_8);
        wp::adj_address(var_offsets, var_6, adj_offsets, adj_6, adj_7);
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_4);
        // adj: for e in range(offsets[u], offsets[u + 1]):                                       <L 50>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_labels, var_0, adj_labels, adj_0, adj_1);
        // adj: best = labels[u]                                                                  <L 49>
        // adj: u = wp.tid()                                                                      <L 48>
        // adj: def label_propagation(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), labels: wp.array(dtype=int), changed: wp.array(dtype=int)):  <L 47>
        continue;
    }
}



extern "C" __global__ void triangle_count_68a68be7_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int64> var_count)
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
        const wp::int32 var_1 = 0;
        wp::int64 var_2;
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32* var_23;
        bool var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32* var_28;
        bool var_29;
        wp::int32 var_30;
        bool var_31;
        wp::int32* var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int64 var_41;
        const wp::int32 var_42 = 1;
        wp::int64 var_43;
        wp::int64 var_44;
        wp::int64 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::int64 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        bool var_55;
        const wp::int32 var_56 = 1;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 0;
        wp::int64 var_67;
        //---------
        // forward
        // def triangle_count(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), count: wp.array(dtype=wp.int64)):       <L 58>
        // u = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // local = wp.int64(0)                                                                    <L 60>
        var_2 = wp::int64(var_1);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 61>
        var_3 = wp::address(var_offsets, var_0);
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::address(var_offsets, var_5);
        var_8 = wp::load(var_3);
        var_9 = wp::load(var_6);
        var_7 = wp::range(var_8, var_9);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_7);
            // v = edges[e]                                                                       <L 62>
            var_11 = wp::address(var_edges, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // if v <= u:                                                                         <L 63>
            var_14 = (var_12 <= var_0);
            if (var_14) {
                // continue                                                                       <L 64>
                goto start_for_0;
            }
            // a = offsets[u]                                                                     <L 65>
            var_15 = wp::address(var_offsets, var_0);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // b = offsets[v]                                                                     <L 66>
            var_18 = wp::address(var_offsets, var_12);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // while a < offsets[u + 1] and b < offsets[v + 1]:                                   <L 67>
        start_while_2:;
            var_22 = wp::add(var_0, var_21);
            var_23 = wp::address(var_offsets, var_22);
            var_25 = wp::load(var_23);
            var_24 = (var_16 < var_25);
            var_27 = wp::add(var_12, var_26);
            var_28 = wp::address(var_offsets, var_27);
            var_30 = wp::load(var_28);
            var_29 = (var_19 < var_30);
            var_31 = var_24 && var_29;
        if ((var_31) == false) goto end_while_2;
                // x = edges[a]                                                                   <L 68>
                var_32 = wp::address(var_edges, var_16);
                var_34 = wp::load(var_32);
                var_33 = wp::copy(var_34);
                // y = edges[b]                                                                   <L 69>
                var_35 = wp::address(var_edges, var_19);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
                // if x == y:                                                                     <L 70>
                var_38 = (var_33 == var_36);
                if (var_38) {
                    // if x > v:                                                                  <L 71>
                    var_39 = (var_33 > var_12);
                    if (var_39) {
                        // local += wp.int64(1)                                                   <L 72>
                        var_41 = wp::int64(var_40);
                        var_43 = wp::int64(var_42);
                        var_44 = wp::add(var_2, var_43);
                    }
                    var_45 = wp::where(var_39, var_44, var_2);
                    // a += 1                                                                     <L 73>
                    var_48 = wp::add(var_16, var_47);
                    // b += 1                                                                     <L 74>
                    var_51 = wp::add(var_19, var_50);
                }
                var_52 = wp::where(var_38, var_45, var_2);
                var_53 = wp::where(var_38, var_48, var_16);
                var_54 = wp::where(var_38, var_51, var_19);
                if (!var_38) {
                    // elif x < y:                                                                <L 75>
                    var_55 = (var_33 < var_36);
                    if (var_55) {
                        // a += 1                                                                 <L 76>
                        var_58 = wp::add(var_53, var_57);
                    }
                    var_59 = wp::where(var_55, var_58, var_53);
                    if (!var_55) {
                        // b += 1                                                                 <L 78>
                        var_62 = wp::add(var_54, var_61);
                    }
                    var_63 = wp::where(var_55, var_54, var_62);
                }
                var_64 = wp::where(var_38, var_53, var_59);
                var_65 = wp::where(var_38, var_54, var_63);
                wp::assign(var_2, var_52);
                wp::assign(var_16, var_64);
                wp::assign(var_19, var_65);
        goto start_while_2;
        end_while_2:;
            goto start_for_0;
        end_for_0:;
        // wp.atomic_add(count, 0, local)                                                         <L 79>
        var_67 = wp::atomic_add(var_count, var_66, var_2);
    }
}



extern "C" __global__ void triangle_count_68a68be7_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_edges,
    wp::array_t<wp::int64> var_count,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_edges,
    wp::array_t<wp::int64> adj_count)
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
        const wp::int32 var_1 = 0;
        wp::int64 var_2;
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32* var_23;
        bool var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32* var_28;
        bool var_29;
        wp::int32 var_30;
        bool var_31;
        wp::int32* var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        const wp::int32 var_40 = 1;
        wp::int64 var_41;
        const wp::int32 var_42 = 1;
        wp::int64 var_43;
        wp::int64 var_44;
        wp::int64 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::int64 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        bool var_55;
        const wp::int32 var_56 = 1;
        const wp::int32 var_57 = 1;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 0;
        wp::int64 var_67;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int64 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int64 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int64 adj_43 = {};
        wp::int64 adj_44 = {};
        wp::int64 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int64 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        bool adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int64 adj_67 = {};
        //---------
        // forward
        // def triangle_count(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), count: wp.array(dtype=wp.int64)):       <L 58>
        // u = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // local = wp.int64(0)                                                                    <L 60>
        var_2 = wp::int64(var_1);
        // for e in range(offsets[u], offsets[u + 1]):                                            <L 61>
        var_3 = wp::address(var_offsets, var_0);
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::address(var_offsets, var_5);
        var_8 = wp::load(var_3);
        var_9 = wp::load(var_6);
        var_7 = wp::range(var_8, var_9);
        // wp.atomic_add(count, 0, local)                                                         <L 79>
        // var_67 = wp::atomic_add(var_count, var_66, var_2);
        //---------
        // reverse
        wp::adj_atomic_add(var_count, var_66, var_2, adj_count, adj_66, adj_2, adj_67);
        // adj: wp.atomic_add(count, 0, local)                                                    <L 79>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_7);
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
            // v = edges[e]                                                                       <L 62>
            var_11 = wp::address(var_edges, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // if v <= u:                                                                         <L 63>
            var_14 = (var_12 <= var_0);
            if (var_14) {
                // continue                                                                       <L 64>
                goto start_for_0;
            }
            // a = offsets[u]                                                                     <L 65>
            var_15 = wp::address(var_offsets, var_0);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // b = offsets[v]                                                                     <L 66>
            var_18 = wp::address(var_offsets, var_12);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // while a < offsets[u + 1] and b < offsets[v + 1]:                                   <L 67>
        start_while_2:;
            var_22 = wp::add(var_0, var_21);
            var_23 = wp::address(var_offsets, var_22);
            var_25 = wp::load(var_23);
            var_24 = (var_16 < var_25);
            var_27 = wp::add(var_12, var_26);
            var_28 = wp::address(var_offsets, var_27);
            var_30 = wp::load(var_28);
            var_29 = (var_19 < var_30);
            var_31 = var_24 && var_29;
        if ((var_31) == false) goto end_while_2;
        adj_32 = {};
        adj_33 = {};
        adj_34 = {};
        adj_35 = {};
        adj_36 = {};
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
        adj_40 = {};
        adj_41 = {};
        adj_42 = {};
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
        adj_46 = {};
        adj_47 = {};
        adj_48 = {};
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
        adj_52 = {};
        adj_53 = {};
        adj_54 = {};
        adj_55 = {};
        adj_56 = {};
        adj_57 = {};
        adj_58 = {};
        adj_59 = {};
        adj_60 = {};
        adj_61 = {};
        adj_62 = {};
        adj_63 = {};
        adj_64 = {};
        adj_65 = {};
                // x = edges[a]                                                                   <L 68>
                var_32 = wp::address(var_edges, var_16);
                var_34 = wp::load(var_32);
                var_33 = wp::copy(var_34);
                // y = edges[b]                                                                   <L 69>
                var_35 = wp::address(var_edges, var_19);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
                // if x == y:                                                                     <L 70>
                var_38 = (var_33 == var_36);
                if (var_38) {
                    // if x > v:                                                                  <L 71>
                    var_39 = (var_33 > var_12);
                    if (var_39) {
                        // local += wp.int64(1)                                                   <L 72>
                        var_41 = wp::int64(var_40);
                        var_43 = wp::int64(var_42);
                        var_44 = wp::add(var_2, var_43);
                    }
                    var_45 = wp::where(var_39, var_44, var_2);
                    // a += 1                                                                     <L 73>
                    var_48 = wp::add(var_16, var_47);
                    // b += 1                                                                     <L 74>
                    var_51 = wp::add(var_19, var_50);
                }
                var_52 = wp::where(var_38, var_45, var_2);
                var_53 = wp::where(var_38, var_48, var_16);
                var_54 = wp::where(var_38, var_51, var_19);
                if (!var_38) {
                    // elif x < y:                                                                <L 75>
                    var_55 = (var_33 < var_36);
                    if (var_55) {
                        // a += 1                                                                 <L 76>
                        var_58 = wp::add(var_53, var_57);
                    }
                    var_59 = wp::where(var_55, var_58, var_53);
                    if (!var_55) {
                        // b += 1                                                                 <L 78>
                        var_62 = wp::add(var_54, var_61);
                    }
                    var_63 = wp::where(var_55, var_54, var_62);
                }
                var_64 = wp::where(var_38, var_53, var_59);
                var_65 = wp::where(var_38, var_54, var_63);
                wp::assign(var_2, var_52);
                wp::assign(var_16, var_64);
                wp::assign(var_19, var_65);
                wp::adj_assign(var_19, var_65, adj_19, adj_65);
                wp::adj_assign(var_16, var_64, adj_16, adj_64);
                wp::adj_assign(var_2, var_52, adj_2, adj_52);
                wp::adj_where(var_38, var_54, var_63, adj_38, adj_54, adj_63, adj_65);
                wp::adj_where(var_38, var_53, var_59, adj_38, adj_53, adj_59, adj_64);
                if (!var_38) {
                    wp::adj_where(var_55, var_54, var_62, adj_55, adj_54, adj_62, adj_63);
                    if (!var_55) {
                        wp::adj_add(var_54, var_61, adj_54, adj_61, adj_62);
                        // adj: b += 1                                                            <L 78>
                    }
                    wp::adj_where(var_55, var_58, var_53, adj_55, adj_58, adj_53, adj_59);
                    if (var_55) {
                        wp::adj_add(var_53, var_57, adj_53, adj_57, adj_58);
                        // adj: a += 1                                                            <L 76>
                    }
                    // adj: elif x < y:                                                           <L 75>
                }
                wp::adj_where(var_38, var_51, var_19, adj_38, adj_51, adj_19, adj_54);
                wp::adj_where(var_38, var_48, var_16, adj_38, adj_48, adj_16, adj_53);
                wp::adj_where(var_38, var_45, var_2, adj_38, adj_45, adj_2, adj_52);
                if (var_38) {
                    wp::adj_add(var_19, var_50, adj_19, adj_50, adj_51);
                    // adj: b += 1                                                                <L 74>
                    wp::adj_add(var_16, var_47, adj_16, adj_47, adj_48);
                    // adj: a += 1                                                                <L 73>
                    wp::adj_where(var_39, var_44, var_2, adj_39, adj_44, adj_2, adj_45);
                    if (var_39) {
                        wp::adj_add(var_2, var_43, adj_2, adj_43, adj_44);
                        wp::adj_int64(var_42, adj_42, adj_43);
                        wp::adj_int64(var_40, adj_40, adj_41);
                        // adj: local += wp.int64(1)                                              <L 72>
                    }
                    // adj: if x > v:                                                             <L 71>
                }
                // adj: if x == y:                                                                <L 70>
                wp::adj_copy(var_37, adj_35, adj_36);
                wp::adj_address(var_edges, var_19, adj_edges, adj_19, adj_35);
                // adj: y = edges[b]                                                              <L 69>
                wp::adj_copy(var_34, adj_32, adj_33);
                wp::adj_address(var_edges, var_16, adj_edges, adj_16, adj_32);
                // adj: x = edges[a]                                                              <L 68>
        goto start_while_2;
        end_while_2:;
            // adj: while a < offsets[u + 1] and b < offsets[v + 1]:                              <L 67>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_offsets, var_12, adj_offsets, adj_12, adj_18);
            // adj: b = offsets[v]                                                                <L 66>
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_15);
            // adj: a = offsets[u]                                                                <L 65>
            if (var_14) {
                // adj: continue                                                                  <L 64>
            }
            // adj: if v <= u:                                                                    <L 63>
            wp::adj_copy(var_13, adj_11, adj_12);
            wp::adj_address(var_edges, var_10, adj_edges, adj_10, adj_11);
            // adj: v = edges[e]                                                                  <L 62>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_8, var_9, adj_3, adj_6, adj_7);
        wp::adj_address(var_offsets, var_5, adj_offsets, adj_5, adj_6);
        wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_3);
        // adj: for e in range(offsets[u], offsets[u + 1]):                                       <L 61>
        wp::adj_int64(var_1, adj_1, adj_2);
        // adj: local = wp.int64(0)                                                               <L 60>
        // adj: u = wp.tid()                                                                      <L 59>
        // adj: def triangle_count(offsets: wp.array(dtype=int), edges: wp.array(dtype=int), count: wp.array(dtype=wp.int64)):  <L 58>
        continue;
    }
}

