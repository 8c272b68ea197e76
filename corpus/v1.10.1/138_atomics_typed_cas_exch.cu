
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



extern "C" __global__ void scatter_add_2d_42a81bd3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_idx,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_grid,
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
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 0.0;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def scatter_add_2d(idx: wp.array(dtype=wp.vec2i), vals: wp.array(dtype=float), grid: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // c = idx[i]                                                                             <L 7>
        var_1 = wp::address(var_idx, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(grid, c[0], c[1], vals[i])                                               <L 8>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::address(var_vals, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::atomic_add(var_grid, var_5, var_7, var_10);
        // old = wp.atomic_add(counts, c[0], c[1], 1)                                             <L 9>
        var_12 = wp::extract(var_2, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_16 = wp::atomic_add(var_counts, var_12, var_14, var_15);
        // if old == 0:                                                                           <L 10>
        var_18 = (var_16 == var_17);
        if (var_18) {
            // grid[c[0], c[1]] += 0.0                                                            <L 11>
            var_21 = wp::extract(var_2, var_20);
            var_23 = wp::extract(var_2, var_22);
            var_24 = wp::atomic_add(var_grid, var_21, var_23, var_19);
        }
    }
}



extern "C" __global__ void scatter_add_2d_42a81bd3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_idx,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_idx,
    wp::array_t<wp::float32> adj_vals,
    wp::array_t<wp::float32> adj_grid,
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
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 0.0;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::float32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def scatter_add_2d(idx: wp.array(dtype=wp.vec2i), vals: wp.array(dtype=float), grid: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // c = idx[i]                                                                             <L 7>
        var_1 = wp::address(var_idx, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(grid, c[0], c[1], vals[i])                                               <L 8>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::address(var_vals, var_0);
        var_10 = wp::load(var_8);
        // var_9 = wp::atomic_add(var_grid, var_5, var_7, var_10);
        // old = wp.atomic_add(counts, c[0], c[1], 1)                                             <L 9>
        var_12 = wp::extract(var_2, var_11);
        var_14 = wp::extract(var_2, var_13);
        // var_16 = wp::atomic_add(var_counts, var_12, var_14, var_15);
        // if old == 0:                                                                           <L 10>
        var_18 = (var_16 == var_17);
        if (var_18) {
            // grid[c[0], c[1]] += 0.0                                                            <L 11>
            var_21 = wp::extract(var_2, var_20);
            var_23 = wp::extract(var_2, var_22);
            // var_24 = wp::atomic_add(var_grid, var_21, var_23, var_19);
        }
        //---------
        // reverse
        if (var_18) {
            wp::adj_atomic_add(var_grid, var_21, var_23, var_19, adj_grid, adj_21, adj_23, adj_19, adj_24);
            wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
            wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
            // adj: grid[c[0], c[1]] += 0.0                                                       <L 11>
        }
        // adj: if old == 0:                                                                      <L 10>
        wp::adj_atomic_add(var_counts, var_12, var_14, var_15, adj_counts, adj_12, adj_14, adj_15, adj_16);
        wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
        // adj: old = wp.atomic_add(counts, c[0], c[1], 1)                                        <L 9>
        wp::adj_atomic_add(var_grid, var_5, var_7, var_10, adj_grid, adj_5, adj_7, adj_8, adj_9);
        wp::adj_address(var_vals, var_0, adj_vals, adj_0, adj_8);
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: wp.atomic_add(grid, c[0], c[1], vals[i])                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_idx, var_0, adj_idx, adj_0, adj_1);
        // adj: c = idx[i]                                                                        <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def scatter_add_2d(idx: wp.array(dtype=wp.vec2i), vals: wp.array(dtype=float), grid: wp.array2d(dtype=float), counts: wp.array2d(dtype=int)):  <L 5>
        continue;
    }
}



extern "C" __global__ void bounds_atomic_ac9609ed_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi)
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
        const wp::int32 var_4 = 0;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def bounds_atomic(points: wp.array(dtype=wp.vec3), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 17>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_min(lo, 0, p)                                                                <L 18>
        var_5 = wp::atomic_min(var_lo, var_4, var_2);
        // wp.atomic_max(hi, 0, p)                                                                <L 19>
        var_7 = wp::atomic_max(var_hi, var_6, var_2);
    }
}



extern "C" __global__ void bounds_atomic_ac9609ed_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi)
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
        const wp::int32 var_4 = 0;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def bounds_atomic(points: wp.array(dtype=wp.vec3), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 17>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_min(lo, 0, p)                                                                <L 18>
        // var_5 = wp::atomic_min(var_lo, var_4, var_2);
        // wp.atomic_max(hi, 0, p)                                                                <L 19>
        // var_7 = wp::atomic_max(var_hi, var_6, var_2);
        //---------
        // reverse
        wp::adj_atomic_max(var_hi, var_6, var_2, adj_hi, adj_6, adj_2, adj_7);
        // adj: wp.atomic_max(hi, 0, p)                                                           <L 19>
        wp::adj_atomic_min(var_lo, var_4, var_2, adj_lo, adj_4, adj_2, adj_5);
        // adj: wp.atomic_min(lo, 0, p)                                                           <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[i]                                                                     <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def bounds_atomic(points: wp.array(dtype=wp.vec3), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):  <L 15>
        continue;
    }
}



extern "C" __global__ void voxel_counts_ad0f1a4c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_h,
    wp::array_t<wp::int32> var_grid,
    wp::array_t<wp::int32> var_mx)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 0;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
        wp::shape_t var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        //---------
        // forward
        // def voxel_counts(points: wp.array(dtype=wp.vec3), h: float, grid: wp.array3d(dtype=wp.int32), mx: wp.array(dtype=wp.int32)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // p = points[i] / h                                                                      <L 25>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::div(var_3, var_h);
        // x = wp.clamp(int(wp.floor(p[0])), 0, grid.shape[0] - 1)                                <L 26>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::floor(var_5);
        var_7 = wp::int(var_6);
        var_9 = &(var_grid.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // y = wp.clamp(int(wp.floor(p[1])), 0, grid.shape[1] - 1)                                <L 27>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_21 = &(var_grid.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::clamp(var_19, var_20, var_26);
        // z = wp.clamp(int(wp.floor(p[2])), 0, grid.shape[2] - 1)                                <L 28>
        var_29 = wp::extract(var_2, var_28);
        var_30 = wp::floor(var_29);
        var_31 = wp::int(var_30);
        var_33 = &(var_grid.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_38 = wp::sub(var_35, var_37);
        var_39 = wp::clamp(var_31, var_32, var_38);
        // n = wp.atomic_add(grid, x, y, z, 1)                                                    <L 29>
        var_41 = wp::atomic_add(var_grid, var_15, var_27, var_39, var_40);
        // wp.atomic_max(mx, 0, n + 1)                                                            <L 30>
        var_44 = wp::add(var_41, var_43);
        var_45 = wp::atomic_max(var_mx, var_42, var_44);
    }
}



extern "C" __global__ void voxel_counts_ad0f1a4c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_h,
    wp::array_t<wp::int32> var_grid,
    wp::array_t<wp::int32> var_mx,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_h,
    wp::array_t<wp::int32> adj_grid,
    wp::array_t<wp::int32> adj_mx)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 0;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
        wp::shape_t var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::shape_t adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        //---------
        // forward
        // def voxel_counts(points: wp.array(dtype=wp.vec3), h: float, grid: wp.array3d(dtype=wp.int32), mx: wp.array(dtype=wp.int32)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // p = points[i] / h                                                                      <L 25>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::div(var_3, var_h);
        // x = wp.clamp(int(wp.floor(p[0])), 0, grid.shape[0] - 1)                                <L 26>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::floor(var_5);
        var_7 = wp::int(var_6);
        var_9 = &(var_grid.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // y = wp.clamp(int(wp.floor(p[1])), 0, grid.shape[1] - 1)                                <L 27>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_21 = &(var_grid.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::clamp(var_19, var_20, var_26);
        // z = wp.clamp(int(wp.floor(p[2])), 0, grid.shape[2] - 1)                                <L 28>
        var_29 = wp::extract(var_2, var_28);
        var_30 = wp::floor(var_29);
        var_31 = wp::int(var_30);
        var_33 = &(var_grid.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_38 = wp::sub(var_35, var_37);
        var_39 = wp::clamp(var_31, var_32, var_38);
        // n = wp.atomic_add(grid, x, y, z, 1)                                                    <L 29>
        // var_41 = wp::atomic_add(var_grid, var_15, var_27, var_39, var_40);
        // wp.atomic_max(mx, 0, n + 1)                                                            <L 30>
        var_44 = wp::add(var_41, var_43);
        // var_45 = wp::atomic_max(var_mx, var_42, var_44);
        //---------
        // reverse
        wp::adj_atomic_max(var_mx, var_42, var_44, adj_mx, adj_42, adj_44, adj_45);
        wp::adj_add(var_41, var_43, adj_41, adj_43, adj_44);
        // adj: wp.atomic_max(mx, 0, n + 1)                                                       <L 30>
        wp::adj_atomic_add(var_grid, var_15, var_27, var_39, var_40, adj_grid, adj_15, adj_27, adj_39, adj_40, adj_41);
        // adj: n = wp.atomic_add(grid, x, y, z, 1)                                               <L 29>
        wp::adj_clamp(var_31, var_32, var_38, adj_31, adj_32, adj_38, adj_39);
        wp::adj_sub(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_extract(var_36, var_34, adj_33, adj_34, adj_35);
        adj_grid.shape = adj_33;
        wp::adj_int(var_30, adj_30, adj_31);
        wp::adj_extract(var_2, var_28, adj_2, adj_28, adj_29);
        // adj: z = wp.clamp(int(wp.floor(p[2])), 0, grid.shape[2] - 1)                           <L 28>
        wp::adj_clamp(var_19, var_20, var_26, adj_19, adj_20, adj_26, adj_27);
        wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
        adj_grid.shape = adj_21;
        wp::adj_int(var_18, adj_18, adj_19);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        // adj: y = wp.clamp(int(wp.floor(p[1])), 0, grid.shape[1] - 1)                           <L 27>
        wp::adj_clamp(var_7, var_8, var_14, adj_7, adj_8, adj_14, adj_15);
        wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
        adj_grid.shape = adj_9;
        wp::adj_int(var_6, adj_6, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: x = wp.clamp(int(wp.floor(p[0])), 0, grid.shape[0] - 1)                           <L 26>
        wp::adj_div(var_3, var_h, adj_1, adj_h, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[i] / h                                                                 <L 25>
        // adj: i = wp.tid()                                                                      <L 24>
        // adj: def voxel_counts(points: wp.array(dtype=wp.vec3), h: float, grid: wp.array3d(dtype=wp.int32), mx: wp.array(dtype=wp.int32)):  <L 23>
        continue;
    }
}



extern "C" __global__ void typed_atomics_1846c03a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_f64,
    wp::array_t<wp::int64> var_i64,
    wp::array_t<wp::uint32> var_u32,
    wp::array_t<wp::uint64> var_u64,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::vec_t<4, wp::float32>> var_q)
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
        wp::float64 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        const wp::int32 var_7 = 0;
        wp::int64 var_8;
        wp::int64 var_9;
        const wp::int32 var_10 = 0;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 1;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::uint64 var_18;
        wp::uint64 var_19;
        const wp::int32 var_20 = 0;
        const wp::float32 var_21 = 0.25;
        wp::float16 var_22;
        wp::float16 var_23;
        const wp::int32 var_24 = 0;
        const wp::float32 var_25 = 1.0;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_29;
        wp::mat_t<2, 2, wp::float32> var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 2.0;
        const wp::float32 var_33 = 3.0;
        const wp::float32 var_34 = 4.0;
        wp::vec_t<4, wp::float32> var_35;
        const wp::int32 var_36 = 0;
        wp::vec_t<4, wp::float32> var_37;
        const wp::float32 var_38 = 0.5;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::vec_t<4, wp::float32> var_41;
        const wp::float32 var_42 = 1.0;
        wp::float64 var_43;
        const wp::int32 var_44 = 1;
        wp::float64 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = -2;
        wp::int64 var_49;
        wp::int64 var_50;
        //---------
        // forward
        // def typed_atomics(                                                                     <L 34>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // wp.atomic_add(f64, 0, wp.float64(i) * wp.float64(0.5))                                 <L 44>
        var_2 = wp::float64(var_0);
        var_4 = wp::float64(var_3);
        var_5 = wp::mul(var_2, var_4);
        var_6 = wp::atomic_add(var_f64, var_1, var_5);
        // wp.atomic_sub(i64, 0, wp.int64(i))                                                     <L 45>
        var_8 = wp::int64(var_0);
        var_9 = wp::atomic_sub(var_i64, var_7, var_8);
        // wp.atomic_max(u32, 0, wp.uint32(i))                                                    <L 46>
        var_11 = wp::uint32(var_0);
        var_12 = wp::atomic_max(var_u32, var_10, var_11);
        // wp.atomic_min(u32, 1, wp.uint32(i))                                                    <L 47>
        var_14 = wp::uint32(var_0);
        var_15 = wp::atomic_min(var_u32, var_13, var_14);
        // wp.atomic_add(u64, 0, wp.uint64(1))                                                    <L 48>
        var_18 = wp::uint64(var_17);
        var_19 = wp::atomic_add(var_u64, var_16, var_18);
        // wp.atomic_add(h, 0, wp.float16(0.25))                                                  <L 49>
        var_22 = wp::float16(var_21);
        var_23 = wp::atomic_add(var_h, var_20, var_22);
        // wp.atomic_add(m, 0, wp.mat22(1.0, 0.0, 0.0, 1.0))                                      <L 50>
        var_29 = wp::mat_t<2, 2, wp::float32>(var_25, var_26, var_27, var_28);
        var_30 = wp::atomic_add(var_m, var_24, var_29);
        // q[0] += wp.vec4(1.0, 2.0, 3.0, 4.0)                                                    <L 51>
        var_35 = wp::vec_t<4, wp::float32>(var_31, var_32, var_33, var_34);
        var_37 = wp::atomic_add(var_q, var_36, var_35);
        // q[1] -= wp.vec4(0.5)                                                                   <L 52>
        var_39 = wp::vec_t<4, wp::float32>(var_38);
        var_41 = wp::atomic_sub(var_q, var_40, var_39);
        // f64[1] += wp.float64(1.0)                                                              <L 53>
        var_43 = wp::float64(var_42);
        var_45 = wp::atomic_add(var_f64, var_44, var_43);
        // wp.atomic_add(i64, 1, wp.int64(-2))                                                    <L 54>
        var_49 = wp::int64(var_48);
        var_50 = wp::atomic_add(var_i64, var_46, var_49);
    }
}



extern "C" __global__ void typed_atomics_1846c03a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_f64,
    wp::array_t<wp::int64> var_i64,
    wp::array_t<wp::uint32> var_u32,
    wp::array_t<wp::uint64> var_u64,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::vec_t<4, wp::float32>> var_q,
    wp::array_t<wp::float64> adj_f64,
    wp::array_t<wp::int64> adj_i64,
    wp::array_t<wp::uint32> adj_u32,
    wp::array_t<wp::uint64> adj_u64,
    wp::array_t<wp::float16> adj_h,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_q)
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
        wp::float64 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        const wp::int32 var_7 = 0;
        wp::int64 var_8;
        wp::int64 var_9;
        const wp::int32 var_10 = 0;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 1;
        wp::uint32 var_14;
        wp::uint32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 1;
        wp::uint64 var_18;
        wp::uint64 var_19;
        const wp::int32 var_20 = 0;
        const wp::float32 var_21 = 0.25;
        wp::float16 var_22;
        wp::float16 var_23;
        const wp::int32 var_24 = 0;
        const wp::float32 var_25 = 1.0;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_29;
        wp::mat_t<2, 2, wp::float32> var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 2.0;
        const wp::float32 var_33 = 3.0;
        const wp::float32 var_34 = 4.0;
        wp::vec_t<4, wp::float32> var_35;
        const wp::int32 var_36 = 0;
        wp::vec_t<4, wp::float32> var_37;
        const wp::float32 var_38 = 0.5;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::vec_t<4, wp::float32> var_41;
        const wp::float32 var_42 = 1.0;
        wp::float64 var_43;
        const wp::int32 var_44 = 1;
        wp::float64 var_45;
        const wp::int32 var_46 = 1;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = -2;
        wp::int64 var_49;
        wp::int64 var_50;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::int64 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::uint32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::uint64 adj_18 = {};
        wp::uint64 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float16 adj_22 = {};
        wp::float16 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::mat_t<2, 2, wp::float32> adj_29 = {};
        wp::mat_t<2, 2, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<4, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::vec_t<4, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::vec_t<4, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float64 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int64 adj_49 = {};
        wp::int64 adj_50 = {};
        //---------
        // forward
        // def typed_atomics(                                                                     <L 34>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // wp.atomic_add(f64, 0, wp.float64(i) * wp.float64(0.5))                                 <L 44>
        var_2 = wp::float64(var_0);
        var_4 = wp::float64(var_3);
        var_5 = wp::mul(var_2, var_4);
        // var_6 = wp::atomic_add(var_f64, var_1, var_5);
        // wp.atomic_sub(i64, 0, wp.int64(i))                                                     <L 45>
        var_8 = wp::int64(var_0);
        // var_9 = wp::atomic_sub(var_i64, var_7, var_8);
        // wp.atomic_max(u32, 0, wp.uint32(i))                                                    <L 46>
        var_11 = wp::uint32(var_0);
        // var_12 = wp::atomic_max(var_u32, var_10, var_11);
        // wp.atomic_min(u32, 1, wp.uint32(i))                                                    <L 47>
        var_14 = wp::uint32(var_0);
        // var_15 = wp::atomic_min(var_u32, var_13, var_14);
        // wp.atomic_add(u64, 0, wp.uint64(1))                                                    <L 48>
        var_18 = wp::uint64(var_17);
        // var_19 = wp::atomic_add(var_u64, var_16, var_18);
        // wp.atomic_add(h, 0, wp.float16(0.25))                                                  <L 49>
        var_22 = wp::float16(var_21);
        // var_23 = wp::atomic_add(var_h, var_20, var_22);
        // wp.atomic_add(m, 0, wp.mat22(1.0, 0.0, 0.0, 1.0))                                      <L 50>
        var_29 = wp::mat_t<2, 2, wp::float32>(var_25, var_26, var_27, var_28);
        // var_30 = wp::atomic_add(var_m, var_24, var_29);
        // q[0] += wp.vec4(1.0, 2.0, 3.0, 4.0)                                                    <L 51>
        var_35 = wp::vec_t<4, wp::float32>(var_31, var_32, var_33, var_34);
        // var_37 = wp::atomic_add(var_q, var_36, var_35);
        // q[1] -= wp.vec4(0.5)                                                                   <L 52>
        var_39 = wp::vec_t<4, wp::float32>(var_38);
        // var_41 = wp::atomic_sub(var_q, var_40, var_39);
        // f64[1] += wp.float64(1.0)                                                              <L 53>
        var_43 = wp::float64(var_42);
        // var_45 = wp::atomic_add(var_f64, var_44, var_43);
        // wp.atomic_add(i64, 1, wp.int64(-2))                                                    <L 54>
        var_49 = wp::int64(var_48);
        // var_50 = wp::atomic_add(var_i64, var_46, var_49);
        //---------
        // reverse
        wp::adj_atomic_add(var_i64, var_46, var_49, adj_i64, adj_46, adj_49, adj_50);
        wp::adj_int64(var_48, adj_48, adj_49);
        // adj: wp.atomic_add(i64, 1, wp.int64(-2))                                               <L 54>
        wp::adj_atomic_add(var_f64, var_44, var_43, adj_f64, adj_44, adj_43, adj_45);
        wp::adj_float64(var_42, adj_42, adj_43);
        // adj: f64[1] += wp.float64(1.0)                                                         <L 53>
        wp::adj_atomic_sub(var_q, var_40, var_39, adj_q, adj_40, adj_39, adj_41);
        wp::adj_vec_t(var_38, adj_38, adj_39);
        // adj: q[1] -= wp.vec4(0.5)                                                              <L 52>
        wp::adj_atomic_add(var_q, var_36, var_35, adj_q, adj_36, adj_35, adj_37);
        wp::adj_vec_t(var_31, var_32, var_33, var_34, adj_31, adj_32, adj_33, adj_34, adj_35);
        // adj: q[0] += wp.vec4(1.0, 2.0, 3.0, 4.0)                                               <L 51>
        wp::adj_atomic_add(var_m, var_24, var_29, adj_m, adj_24, adj_29, adj_30);
        wp::adj_mat_t(var_25, var_26, var_27, var_28, adj_25, adj_26, adj_27, adj_28, adj_29);
        // adj: wp.atomic_add(m, 0, wp.mat22(1.0, 0.0, 0.0, 1.0))                                 <L 50>
        wp::adj_atomic_add(var_h, var_20, var_22, adj_h, adj_20, adj_22, adj_23);
        wp::adj_float16(var_21, adj_21, adj_22);
        // adj: wp.atomic_add(h, 0, wp.float16(0.25))                                             <L 49>
        wp::adj_atomic_add(var_u64, var_16, var_18, adj_u64, adj_16, adj_18, adj_19);
        wp::adj_uint64(var_17, adj_17, adj_18);
        // adj: wp.atomic_add(u64, 0, wp.uint64(1))                                               <L 48>
        wp::adj_atomic_min(var_u32, var_13, var_14, adj_u32, adj_13, adj_14, adj_15);
        wp::adj_uint32(var_0, adj_0, adj_14);
        // adj: wp.atomic_min(u32, 1, wp.uint32(i))                                               <L 47>
        wp::adj_atomic_max(var_u32, var_10, var_11, adj_u32, adj_10, adj_11, adj_12);
        wp::adj_uint32(var_0, adj_0, adj_11);
        // adj: wp.atomic_max(u32, 0, wp.uint32(i))                                               <L 46>
        wp::adj_atomic_sub(var_i64, var_7, var_8, adj_i64, adj_7, adj_8, adj_9);
        wp::adj_int64(var_0, adj_0, adj_8);
        // adj: wp.atomic_sub(i64, 0, wp.int64(i))                                                <L 45>
        wp::adj_atomic_add(var_f64, var_1, var_5, adj_f64, adj_1, adj_5, adj_6);
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_float64(var_3, adj_3, adj_4);
        wp::adj_float64(var_0, adj_0, adj_2);
        // adj: wp.atomic_add(f64, 0, wp.float64(i) * wp.float64(0.5))                            <L 44>
        // adj: i = wp.tid()                                                                      <L 43>
        // adj: def typed_atomics(                                                                <L 34>
        continue;
    }
}



extern "C" __global__ void cas_lock_d8d5754f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_locks,
    wp::array_t<wp::int32> var_owner,
    wp::array_t<wp::float32> var_exch)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        //---------
        // forward
        // def cas_lock(locks: wp.array(dtype=int), owner: wp.array(dtype=int), exch: wp.array(dtype=float)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // slot = i % locks.shape[0]                                                              <L 60>
        var_1 = &(var_locks.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::mod(var_0, var_3);
        // prev = wp.atomic_cas(locks, slot, 0, i + 1)                                            <L 61>
        var_8 = wp::add(var_0, var_7);
        var_9 = wp::atomic_cas(var_locks, var_5, var_6, var_8);
        // if prev == 0:                                                                          <L 62>
        var_11 = (var_9 == var_10);
        if (var_11) {
            // owner[slot] = i                                                                    <L 63>
            wp::array_store(var_owner, var_5, var_0);
        }
        // old = wp.atomic_exch(exch, slot, float(i))                                             <L 64>
        var_12 = wp::float(var_0);
        var_13 = wp::atomic_exch(var_exch, var_5, var_12);
        // if old > float(i):                                                                     <L 65>
        var_14 = wp::float(var_0);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // wp.atomic_add(owner, slot, 0)                                                      <L 66>
            var_17 = wp::atomic_add(var_owner, var_5, var_16);
        }
    }
}



extern "C" __global__ void cas_lock_d8d5754f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_locks,
    wp::array_t<wp::int32> var_owner,
    wp::array_t<wp::float32> var_exch,
    wp::array_t<wp::int32> adj_locks,
    wp::array_t<wp::int32> adj_owner,
    wp::array_t<wp::float32> adj_exch)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        //---------
        // forward
        // def cas_lock(locks: wp.array(dtype=int), owner: wp.array(dtype=int), exch: wp.array(dtype=float)):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // slot = i % locks.shape[0]                                                              <L 60>
        var_1 = &(var_locks.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::mod(var_0, var_3);
        // prev = wp.atomic_cas(locks, slot, 0, i + 1)                                            <L 61>
        var_8 = wp::add(var_0, var_7);
        // var_9 = wp::atomic_cas(var_locks, var_5, var_6, var_8);
        // if prev == 0:                                                                          <L 62>
        var_11 = (var_9 == var_10);
        if (var_11) {
            // owner[slot] = i                                                                    <L 63>
            // wp::array_store(var_owner, var_5, var_0);
        }
        // old = wp.atomic_exch(exch, slot, float(i))                                             <L 64>
        var_12 = wp::float(var_0);
        // var_13 = wp::atomic_exch(var_exch, var_5, var_12);
        // if old > float(i):                                                                     <L 65>
        var_14 = wp::float(var_0);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // wp.atomic_add(owner, slot, 0)                                                      <L 66>
            // var_17 = wp::atomic_add(var_owner, var_5, var_16);
        }
        //---------
        // reverse
        if (var_15) {
            wp::adj_atomic_add(var_owner, var_5, var_16, adj_owner, adj_5, adj_16, adj_17);
            // adj: wp.atomic_add(owner, slot, 0)                                                 <L 66>
        }
        wp::adj_float(var_0, adj_0, adj_14);
        // adj: if old > float(i):                                                                <L 65>
        wp::adj_float(var_0, adj_0, adj_12);
        // adj: old = wp.atomic_exch(exch, slot, float(i))                                        <L 64>
        if (var_11) {
            wp::adj_array_store(var_owner, var_5, var_0, adj_owner, adj_5, adj_0);
            // adj: owner[slot] = i                                                               <L 63>
        }
        // adj: if prev == 0:                                                                     <L 62>
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: prev = wp.atomic_cas(locks, slot, 0, i + 1)                                       <L 61>
        wp::adj_mod(var_0, var_3, adj_0, adj_3, adj_5);
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_locks.shape = adj_1;
        // adj: slot = i % locks.shape[0]                                                         <L 60>
        // adj: i = wp.tid()                                                                      <L 59>
        // adj: def cas_lock(locks: wp.array(dtype=int), owner: wp.array(dtype=int), exch: wp.array(dtype=float)):  <L 58>
        continue;
    }
}

