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



extern "C" __global__ void transforms_d4f05d02_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pf,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_outf,
    wp::array_t<wp::int32> var_n)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::vec_t<3, wp::float64> var_4;
        wp::vec_t<3, wp::float64>* var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        //---------
        // forward
        // def transforms(v: wp.uint64, p: wp.array(dtype=wp.vec3d), pf: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3d), outf: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 8>
        // t = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // uvw = wp.volume_world_to_index(v, p[t])                                                <L 10>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::volume_world_to_index(var_v, var_3);
        // back = wp.volume_index_to_world(v, uvw)                                                <L 11>
        var_4 = wp::volume_index_to_world(var_v, var_2);
        // out[t] = back - p[t] + wp.volume_world_to_index_dir(v, p[t]) + wp.volume_index_to_world_dir(v, uvw)       <L 12>
        var_5 = wp::address(var_p, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_4, var_7);
        var_8 = wp::address(var_p, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::volume_world_to_index_dir(var_v, var_10);
        var_11 = wp::add(var_6, var_9);
        var_12 = wp::volume_index_to_world_dir(var_v, var_2);
        var_13 = wp::add(var_11, var_12);
        wp::array_store(var_out, var_0, var_13);
        // u = wp.volume_world_to_index(v, pf[t])                                                 <L 13>
        var_14 = wp::address(var_pf, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::volume_world_to_index(var_v, var_16);
        // outf[t] = wp.volume_index_to_world(v, u) + wp.volume_world_to_index_dir(v, pf[t]) + wp.volume_index_to_world_dir(v, u)       <L 14>
        var_17 = wp::volume_index_to_world(var_v, var_15);
        var_18 = wp::address(var_pf, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::volume_world_to_index_dir(var_v, var_20);
        var_21 = wp::add(var_17, var_19);
        var_22 = wp::volume_index_to_world_dir(var_v, var_15);
        var_23 = wp::add(var_21, var_22);
        wp::array_store(var_outf, var_0, var_23);
        // n[t] = wp.volume_voxel_count(v)                                                        <L 15>
        var_24 = wp::volume_voxel_count(var_v);
        wp::array_store(var_n, var_0, var_24);
    }
}



extern "C" __global__ void transforms_d4f05d02_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pf,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_outf,
    wp::array_t<wp::int32> var_n,
    wp::uint64 adj_v,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pf,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_outf,
    wp::array_t<wp::int32> adj_n)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::vec_t<3, wp::float64> var_4;
        wp::vec_t<3, wp::float64>* var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::vec_t<3, wp::float64> adj_3 = {};
        wp::vec_t<3, wp::float64> adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::vec_t<3, wp::float64> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<3, wp::float64> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::vec_t<3, wp::float64> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def transforms(v: wp.uint64, p: wp.array(dtype=wp.vec3d), pf: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3d), outf: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 8>
        // t = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // uvw = wp.volume_world_to_index(v, p[t])                                                <L 10>
        var_1 = wp::address(var_p, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::volume_world_to_index(var_v, var_3);
        // back = wp.volume_index_to_world(v, uvw)                                                <L 11>
        var_4 = wp::volume_index_to_world(var_v, var_2);
        // out[t] = back - p[t] + wp.volume_world_to_index_dir(v, p[t]) + wp.volume_index_to_world_dir(v, uvw)       <L 12>
        var_5 = wp::address(var_p, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_4, var_7);
        var_8 = wp::address(var_p, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::volume_world_to_index_dir(var_v, var_10);
        var_11 = wp::add(var_6, var_9);
        var_12 = wp::volume_index_to_world_dir(var_v, var_2);
        var_13 = wp::add(var_11, var_12);
        // wp::array_store(var_out, var_0, var_13);
        // u = wp.volume_world_to_index(v, pf[t])                                                 <L 13>
        var_14 = wp::address(var_pf, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::volume_world_to_index(var_v, var_16);
        // outf[t] = wp.volume_index_to_world(v, u) + wp.volume_world_to_index_dir(v, pf[t]) + wp.volume_index_to_world_dir(v, u)       <L 14>
        var_17 = wp::volume_index_to_world(var_v, var_15);
        var_18 = wp::address(var_pf, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::volume_world_to_index_dir(var_v, var_20);
        var_21 = wp::add(var_17, var_19);
        var_22 = wp::volume_index_to_world_dir(var_v, var_15);
        var_23 = wp::add(var_21, var_22);
        // wp::array_store(var_outf, var_0, var_23);
        // n[t] = wp.volume_voxel_count(v)                                                        <L 15>
        var_24 = wp::volume_voxel_count(var_v);
        // wp::array_store(var_n, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_n, var_0, var_24, adj_n, adj_0, adj_24);
        // adj: n[t] = wp.volume_voxel_count(v)                                                   <L 15>
        wp::adj_array_store(var_outf, var_0, var_23, adj_outf, adj_0, adj_23);
        wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_volume_index_to_world_dir(var_v, var_15, adj_v, adj_15, adj_22);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_21);
        wp::adj_volume_world_to_index_dir(var_v, var_20, adj_v, adj_18, adj_19);
        wp::adj_address(var_pf, var_0, adj_pf, adj_0, adj_18);
        wp::adj_volume_index_to_world(var_v, var_15, adj_v, adj_15, adj_17);
        // adj: outf[t] = wp.volume_index_to_world(v, u) + wp.volume_world_to_index_dir(v, pf[t]) + wp.volume_index_to_world_dir(v, u)  <L 14>
        wp::adj_volume_world_to_index(var_v, var_16, adj_v, adj_14, adj_15);
        wp::adj_address(var_pf, var_0, adj_pf, adj_0, adj_14);
        // adj: u = wp.volume_world_to_index(v, pf[t])                                            <L 13>
        wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_volume_index_to_world_dir(var_v, var_2, adj_v, adj_2, adj_12);
        wp::adj_add(var_6, var_9, adj_6, adj_9, adj_11);
        wp::adj_volume_world_to_index_dir(var_v, var_10, adj_v, adj_8, adj_9);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_8);
        wp::adj_sub(var_4, var_7, adj_4, adj_5, adj_6);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_5);
        // adj: out[t] = back - p[t] + wp.volume_world_to_index_dir(v, p[t]) + wp.volume_index_to_world_dir(v, uvw)  <L 12>
        wp::adj_volume_index_to_world(var_v, var_2, adj_v, adj_2, adj_4);
        // adj: back = wp.volume_index_to_world(v, uvw)                                           <L 11>
        wp::adj_volume_world_to_index(var_v, var_3, adj_v, adj_1, adj_2);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
        // adj: uvw = wp.volume_world_to_index(v, p[t])                                           <L 10>
        // adj: t = wp.tid()                                                                      <L 9>
        // adj: def transforms(v: wp.uint64, p: wp.array(dtype=wp.vec3d), pf: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3d), outf: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):  <L 8>
        continue;
    }
}

