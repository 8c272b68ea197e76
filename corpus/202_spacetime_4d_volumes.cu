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


// corpus/202_spacetime_4d_volumes.py:4
static CUDA_CALLABLE wp::int32 idx4_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def idx4_clamp(i: int, n: int) -> int:                                                 <L 5>
    // return wp.clamp(i, 0, n - 1)                                                           <L 6>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    return var_3;
}


// corpus/202_spacetime_4d_volumes.py:4
static CUDA_CALLABLE void adj_idx4_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def idx4_clamp(i: int, n: int) -> int:                                                 <L 5>
    // return wp.clamp(i, 0, n - 1)                                                           <L 6>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_clamp(var_i, var_0, var_2, adj_i, adj_0, adj_2, adj_3);
    wp::adj_sub(var_n, var_1, adj_n, adj_1, adj_2);
    // adj: return wp.clamp(i, 0, n - 1)                                                      <L 6>
    // adj: def idx4_clamp(i: int, n: int) -> int:                                            <L 5>
    return;
}



extern "C" __global__ void temporal_smooth_6c4e33e9_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::float32 var_alpha)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        const wp::float32 var_26 = 0.5;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):       <L 10>
        // t, x, y, z = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // nt = src.shape[0]                                                                      <L 12>
        var_4 = &(var_src.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // prev = src[idx4_clamp(t - 1, nt), x, y, z]                                             <L 13>
        var_9 = wp::sub(var_0, var_8);
        var_10 = idx4_clamp_0(var_9, var_6);
        var_11 = wp::address(var_src, var_10, var_1, var_2, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                              <L 14>
        var_15 = wp::add(var_0, var_14);
        var_16 = idx4_clamp_0(var_15, var_6);
        var_17 = wp::address(var_src, var_16, var_1, var_2, var_3);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)       <L 15>
        var_20 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_22 = wp::sub(var_21, var_alpha);
        var_24 = wp::load(var_20);
        var_23 = wp::mul(var_24, var_22);
        var_25 = wp::add(var_12, var_18);
        var_27 = wp::mul(var_26, var_alpha);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::add(var_23, var_28);
        wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_29);
    }
}



extern "C" __global__ void temporal_smooth_6c4e33e9_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::float32 var_alpha,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst,
    wp::float32 adj_alpha)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        const wp::float32 var_26 = 0.5;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):       <L 10>
        // t, x, y, z = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // nt = src.shape[0]                                                                      <L 12>
        var_4 = &(var_src.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // prev = src[idx4_clamp(t - 1, nt), x, y, z]                                             <L 13>
        var_9 = wp::sub(var_0, var_8);
        var_10 = idx4_clamp_0(var_9, var_6);
        var_11 = wp::address(var_src, var_10, var_1, var_2, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                              <L 14>
        var_15 = wp::add(var_0, var_14);
        var_16 = idx4_clamp_0(var_15, var_6);
        var_17 = wp::address(var_src, var_16, var_1, var_2, var_3);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)       <L 15>
        var_20 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_22 = wp::sub(var_21, var_alpha);
        var_24 = wp::load(var_20);
        var_23 = wp::mul(var_24, var_22);
        var_25 = wp::add(var_12, var_18);
        var_27 = wp::mul(var_26, var_alpha);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::add(var_23, var_28);
        // wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_2, var_3, var_29, adj_dst, adj_0, adj_1, adj_2, adj_3, adj_29);
        wp::adj_add(var_23, var_28, adj_23, adj_28, adj_29);
        wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_mul(var_26, var_alpha, adj_26, adj_alpha, adj_27);
        wp::adj_add(var_12, var_18, adj_12, adj_18, adj_25);
        wp::adj_mul(var_24, var_22, adj_20, adj_22, adj_23);
        wp::adj_sub(var_21, var_alpha, adj_21, adj_alpha, adj_22);
        wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_20);
        // adj: dst[t, x, y, z] = src[t, x, y, z] * (1.0 - alpha) + (prev + nxt) * (0.5 * alpha)  <L 15>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_src, var_16, var_1, var_2, var_3, adj_src, adj_16, adj_1, adj_2, adj_3, adj_17);
        adj_idx4_clamp_0(var_15, var_6, adj_15, adj_6, adj_16);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_15);
        // adj: nxt = src[idx4_clamp(t + 1, nt), x, y, z]                                         <L 14>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_src, var_10, var_1, var_2, var_3, adj_src, adj_10, adj_1, adj_2, adj_3, adj_11);
        adj_idx4_clamp_0(var_9, var_6, adj_9, adj_6, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        // adj: prev = src[idx4_clamp(t - 1, nt), x, y, z]                                        <L 13>
        adj_src.shape = adj_4;
        // adj: nt = src.shape[0]                                                                 <L 12>
        // adj: t, x, y, z = wp.tid()                                                             <L 11>
        // adj: def temporal_smooth(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3), alpha: float):  <L 10>
        continue;
    }
}



extern "C" __global__ void frame_difference_377842cc_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::float32> var_motion,
    wp::array_t<wp::float32> var_energy)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):       <L 19>
        // t, x, y, z = wp.tid()                                                                  <L 20>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // if t == 0:                                                                             <L 21>
        var_5 = (var_0 == var_4);
        if (var_5) {
            // motion[t, x, y, z] = 0.0                                                           <L 22>
            wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_6);
            // return                                                                             <L 23>
            continue;
        }
        // d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                                   <L 24>
        var_7 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_src, var_9, var_1, var_2, var_3);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::length(var_11);
        // motion[t, x, y, z] = d                                                                 <L 25>
        wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_14);
        // wp.atomic_add(energy, t, d * d)                                                        <L 26>
        var_15 = wp::mul(var_14, var_14);
        var_16 = wp::atomic_add(var_energy, var_0, var_15);
    }
}



extern "C" __global__ void frame_difference_377842cc_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::float32> var_motion,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::float32> adj_motion,
    wp::array_t<wp::float32> adj_energy)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):       <L 19>
        // t, x, y, z = wp.tid()                                                                  <L 20>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // if t == 0:                                                                             <L 21>
        var_5 = (var_0 == var_4);
        if (var_5) {
            // motion[t, x, y, z] = 0.0                                                           <L 22>
            // wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_6);
            // return                                                                             <L 23>
            goto label0;
        }
        // d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                                   <L 24>
        var_7 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_src, var_9, var_1, var_2, var_3);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::length(var_11);
        // motion[t, x, y, z] = d                                                                 <L 25>
        // wp::array_store(var_motion, var_0, var_1, var_2, var_3, var_14);
        // wp.atomic_add(energy, t, d * d)                                                        <L 26>
        var_15 = wp::mul(var_14, var_14);
        // var_16 = wp::atomic_add(var_energy, var_0, var_15);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_0, var_15, adj_energy, adj_0, adj_15, adj_16);
        wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_15);
        // adj: wp.atomic_add(energy, t, d * d)                                                   <L 26>
        wp::adj_array_store(var_motion, var_0, var_1, var_2, var_3, var_14, adj_motion, adj_0, adj_1, adj_2, adj_3, adj_14);
        // adj: motion[t, x, y, z] = d                                                            <L 25>
        wp::adj_length(var_11, var_14, adj_11, adj_14);
        wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
        wp::adj_address(var_src, var_9, var_1, var_2, var_3, adj_src, adj_9, adj_1, adj_2, adj_3, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: d = wp.length(src[t, x, y, z] - src[t - 1, x, y, z])                              <L 24>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 23>
            wp::adj_array_store(var_motion, var_0, var_1, var_2, var_3, var_6, adj_motion, adj_0, adj_1, adj_2, adj_3, adj_6);
            // adj: motion[t, x, y, z] = 0.0                                                      <L 22>
        }
        // adj: if t == 0:                                                                        <L 21>
        // adj: t, x, y, z = wp.tid()                                                             <L 20>
        // adj: def frame_difference(src: wp.array4d(dtype=wp.vec3), motion: wp.array4d(dtype=float), energy: wp.array(dtype=float)):  <L 19>
        continue;
    }
}



extern "C" __global__ void downsample_space_3d9aa711_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 2;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 1;
        const wp::int32 var_34 = 0;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        wp::int32 var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        const wp::int32 var_48 = 2;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 2;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32>* var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 2;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::vec_t<3, wp::float32>* var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 0;
        const wp::int32 var_90 = 2;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 2;
        wp::int32 var_94;
        wp::int32 var_95;
        const wp::int32 var_96 = 2;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        const wp::int32 var_102 = 1;
        const wp::int32 var_103 = 2;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 2;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 2;
        wp::int32 var_110;
        wp::int32 var_111;
        wp::vec_t<3, wp::float32>* var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        const wp::float32 var_115 = 0.125;
        wp::vec_t<3, wp::float32> var_116;
        //---------
        // forward
        // def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):       <L 30>
        // t, x, y, z = wp.tid()                                                                  <L 31>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // acc = wp.vec3()                                                                        <L 32>
        var_4 = wp::vec_t<3, wp::float32>();
        // for dx in range(2):                                                                    <L 33>
        // for dy in range(2):                                                                    <L 34>
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_9 = wp::mul(var_8, var_1);
        var_10 = wp::add(var_9, var_5);
        var_12 = wp::mul(var_11, var_2);
        var_13 = wp::add(var_12, var_6);
        var_15 = wp::mul(var_14, var_3);
        var_16 = wp::add(var_15, var_7);
        var_17 = wp::address(var_src, var_0, var_10, var_13, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_4, var_19);
        var_22 = wp::mul(var_21, var_1);
        var_23 = wp::add(var_22, var_5);
        var_25 = wp::mul(var_24, var_2);
        var_26 = wp::add(var_25, var_6);
        var_28 = wp::mul(var_27, var_3);
        var_29 = wp::add(var_28, var_20);
        var_30 = wp::address(var_src, var_0, var_23, var_26, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_18, var_32);
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_36 = wp::mul(var_35, var_1);
        var_37 = wp::add(var_36, var_5);
        var_39 = wp::mul(var_38, var_2);
        var_40 = wp::add(var_39, var_33);
        var_42 = wp::mul(var_41, var_3);
        var_43 = wp::add(var_42, var_34);
        var_44 = wp::address(var_src, var_0, var_37, var_40, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_31, var_46);
        var_49 = wp::mul(var_48, var_1);
        var_50 = wp::add(var_49, var_5);
        var_52 = wp::mul(var_51, var_2);
        var_53 = wp::add(var_52, var_33);
        var_55 = wp::mul(var_54, var_3);
        var_56 = wp::add(var_55, var_47);
        var_57 = wp::address(var_src, var_0, var_50, var_53, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_45, var_59);
        // for dy in range(2):                                                                    <L 34>
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_64 = wp::mul(var_63, var_1);
        var_65 = wp::add(var_64, var_60);
        var_67 = wp::mul(var_66, var_2);
        var_68 = wp::add(var_67, var_61);
        var_70 = wp::mul(var_69, var_3);
        var_71 = wp::add(var_70, var_62);
        var_72 = wp::address(var_src, var_0, var_65, var_68, var_71);
        var_74 = wp::load(var_72);
        var_73 = wp::add(var_58, var_74);
        var_77 = wp::mul(var_76, var_1);
        var_78 = wp::add(var_77, var_60);
        var_80 = wp::mul(var_79, var_2);
        var_81 = wp::add(var_80, var_61);
        var_83 = wp::mul(var_82, var_3);
        var_84 = wp::add(var_83, var_75);
        var_85 = wp::address(var_src, var_0, var_78, var_81, var_84);
        var_87 = wp::load(var_85);
        var_86 = wp::add(var_73, var_87);
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_91 = wp::mul(var_90, var_1);
        var_92 = wp::add(var_91, var_60);
        var_94 = wp::mul(var_93, var_2);
        var_95 = wp::add(var_94, var_88);
        var_97 = wp::mul(var_96, var_3);
        var_98 = wp::add(var_97, var_89);
        var_99 = wp::address(var_src, var_0, var_92, var_95, var_98);
        var_101 = wp::load(var_99);
        var_100 = wp::add(var_86, var_101);
        var_104 = wp::mul(var_103, var_1);
        var_105 = wp::add(var_104, var_60);
        var_107 = wp::mul(var_106, var_2);
        var_108 = wp::add(var_107, var_88);
        var_110 = wp::mul(var_109, var_3);
        var_111 = wp::add(var_110, var_102);
        var_112 = wp::address(var_src, var_0, var_105, var_108, var_111);
        var_114 = wp::load(var_112);
        var_113 = wp::add(var_100, var_114);
        // dst[t, x, y, z] = acc * 0.125                                                          <L 37>
        var_116 = wp::mul(var_113, var_115);
        wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_116);
    }
}



extern "C" __global__ void downsample_space_3d9aa711_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 2;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 1;
        const wp::int32 var_34 = 0;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        wp::int32 var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        const wp::int32 var_48 = 2;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 0;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 2;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32>* var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::int32 var_75 = 1;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 2;
        wp::int32 var_83;
        wp::int32 var_84;
        wp::vec_t<3, wp::float32>* var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 0;
        const wp::int32 var_90 = 2;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 2;
        wp::int32 var_94;
        wp::int32 var_95;
        const wp::int32 var_96 = 2;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32> var_101;
        const wp::int32 var_102 = 1;
        const wp::int32 var_103 = 2;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 2;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 2;
        wp::int32 var_110;
        wp::int32 var_111;
        wp::vec_t<3, wp::float32>* var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        const wp::float32 var_115 = 0.125;
        wp::vec_t<3, wp::float32> var_116;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
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
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::vec_t<3, wp::float32> adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::vec_t<3, wp::float32> adj_114 = {};
        wp::float32 adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        //---------
        // forward
        // def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):       <L 30>
        // t, x, y, z = wp.tid()                                                                  <L 31>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // acc = wp.vec3()                                                                        <L 32>
        var_4 = wp::vec_t<3, wp::float32>();
        // for dx in range(2):                                                                    <L 33>
        // for dy in range(2):                                                                    <L 34>
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_9 = wp::mul(var_8, var_1);
        var_10 = wp::add(var_9, var_5);
        var_12 = wp::mul(var_11, var_2);
        var_13 = wp::add(var_12, var_6);
        var_15 = wp::mul(var_14, var_3);
        var_16 = wp::add(var_15, var_7);
        var_17 = wp::address(var_src, var_0, var_10, var_13, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_4, var_19);
        var_22 = wp::mul(var_21, var_1);
        var_23 = wp::add(var_22, var_5);
        var_25 = wp::mul(var_24, var_2);
        var_26 = wp::add(var_25, var_6);
        var_28 = wp::mul(var_27, var_3);
        var_29 = wp::add(var_28, var_20);
        var_30 = wp::address(var_src, var_0, var_23, var_26, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_18, var_32);
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_36 = wp::mul(var_35, var_1);
        var_37 = wp::add(var_36, var_5);
        var_39 = wp::mul(var_38, var_2);
        var_40 = wp::add(var_39, var_33);
        var_42 = wp::mul(var_41, var_3);
        var_43 = wp::add(var_42, var_34);
        var_44 = wp::address(var_src, var_0, var_37, var_40, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_31, var_46);
        var_49 = wp::mul(var_48, var_1);
        var_50 = wp::add(var_49, var_5);
        var_52 = wp::mul(var_51, var_2);
        var_53 = wp::add(var_52, var_33);
        var_55 = wp::mul(var_54, var_3);
        var_56 = wp::add(var_55, var_47);
        var_57 = wp::address(var_src, var_0, var_50, var_53, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_45, var_59);
        // for dy in range(2):                                                                    <L 34>
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_64 = wp::mul(var_63, var_1);
        var_65 = wp::add(var_64, var_60);
        var_67 = wp::mul(var_66, var_2);
        var_68 = wp::add(var_67, var_61);
        var_70 = wp::mul(var_69, var_3);
        var_71 = wp::add(var_70, var_62);
        var_72 = wp::address(var_src, var_0, var_65, var_68, var_71);
        var_74 = wp::load(var_72);
        var_73 = wp::add(var_58, var_74);
        var_77 = wp::mul(var_76, var_1);
        var_78 = wp::add(var_77, var_60);
        var_80 = wp::mul(var_79, var_2);
        var_81 = wp::add(var_80, var_61);
        var_83 = wp::mul(var_82, var_3);
        var_84 = wp::add(var_83, var_75);
        var_85 = wp::address(var_src, var_0, var_78, var_81, var_84);
        var_87 = wp::load(var_85);
        var_86 = wp::add(var_73, var_87);
        // for dz in range(2):                                                                    <L 35>
        // acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                      <L 36>
        var_91 = wp::mul(var_90, var_1);
        var_92 = wp::add(var_91, var_60);
        var_94 = wp::mul(var_93, var_2);
        var_95 = wp::add(var_94, var_88);
        var_97 = wp::mul(var_96, var_3);
        var_98 = wp::add(var_97, var_89);
        var_99 = wp::address(var_src, var_0, var_92, var_95, var_98);
        var_101 = wp::load(var_99);
        var_100 = wp::add(var_86, var_101);
        var_104 = wp::mul(var_103, var_1);
        var_105 = wp::add(var_104, var_60);
        var_107 = wp::mul(var_106, var_2);
        var_108 = wp::add(var_107, var_88);
        var_110 = wp::mul(var_109, var_3);
        var_111 = wp::add(var_110, var_102);
        var_112 = wp::address(var_src, var_0, var_105, var_108, var_111);
        var_114 = wp::load(var_112);
        var_113 = wp::add(var_100, var_114);
        // dst[t, x, y, z] = acc * 0.125                                                          <L 37>
        var_116 = wp::mul(var_113, var_115);
        // wp::array_store(var_dst, var_0, var_1, var_2, var_3, var_116);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_2, var_3, var_116, adj_dst, adj_0, adj_1, adj_2, adj_3, adj_116);
        wp::adj_mul(var_113, var_115, adj_113, adj_115, adj_116);
        // adj: dst[t, x, y, z] = acc * 0.125                                                     <L 37>
        wp::adj_add(var_100, var_114, adj_100, adj_112, adj_113);
        wp::adj_address(var_src, var_0, var_105, var_108, var_111, adj_src, adj_0, adj_105, adj_108, adj_111, adj_112);
        wp::adj_add(var_110, var_102, adj_110, adj_102, adj_111);
        wp::adj_mul(var_109, var_3, adj_109, adj_3, adj_110);
        wp::adj_add(var_107, var_88, adj_107, adj_88, adj_108);
        wp::adj_mul(var_106, var_2, adj_106, adj_2, adj_107);
        wp::adj_add(var_104, var_60, adj_104, adj_60, adj_105);
        wp::adj_mul(var_103, var_1, adj_103, adj_1, adj_104);
        wp::adj_add(var_86, var_101, adj_86, adj_99, adj_100);
        wp::adj_address(var_src, var_0, var_92, var_95, var_98, adj_src, adj_0, adj_92, adj_95, adj_98, adj_99);
        wp::adj_add(var_97, var_89, adj_97, adj_89, adj_98);
        wp::adj_mul(var_96, var_3, adj_96, adj_3, adj_97);
        wp::adj_add(var_94, var_88, adj_94, adj_88, adj_95);
        wp::adj_mul(var_93, var_2, adj_93, adj_2, adj_94);
        wp::adj_add(var_91, var_60, adj_91, adj_60, adj_92);
        wp::adj_mul(var_90, var_1, adj_90, adj_1, adj_91);
        // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
        // adj: for dz in range(2):                                                               <L 35>
        wp::adj_add(var_73, var_87, adj_73, adj_85, adj_86);
        wp::adj_address(var_src, var_0, var_78, var_81, var_84, adj_src, adj_0, adj_78, adj_81, adj_84, adj_85);
        wp::adj_add(var_83, var_75, adj_83, adj_75, adj_84);
        wp::adj_mul(var_82, var_3, adj_82, adj_3, adj_83);
        wp::adj_add(var_80, var_61, adj_80, adj_61, adj_81);
        wp::adj_mul(var_79, var_2, adj_79, adj_2, adj_80);
        wp::adj_add(var_77, var_60, adj_77, adj_60, adj_78);
        wp::adj_mul(var_76, var_1, adj_76, adj_1, adj_77);
        wp::adj_add(var_58, var_74, adj_58, adj_72, adj_73);
        wp::adj_address(var_src, var_0, var_65, var_68, var_71, adj_src, adj_0, adj_65, adj_68, adj_71, adj_72);
        wp::adj_add(var_70, var_62, adj_70, adj_62, adj_71);
        wp::adj_mul(var_69, var_3, adj_69, adj_3, adj_70);
        wp::adj_add(var_67, var_61, adj_67, adj_61, adj_68);
        wp::adj_mul(var_66, var_2, adj_66, adj_2, adj_67);
        wp::adj_add(var_64, var_60, adj_64, adj_60, adj_65);
        wp::adj_mul(var_63, var_1, adj_63, adj_1, adj_64);
        // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
        // adj: for dz in range(2):                                                               <L 35>
        // adj: for dy in range(2):                                                               <L 34>
        wp::adj_add(var_45, var_59, adj_45, adj_57, adj_58);
        wp::adj_address(var_src, var_0, var_50, var_53, var_56, adj_src, adj_0, adj_50, adj_53, adj_56, adj_57);
        wp::adj_add(var_55, var_47, adj_55, adj_47, adj_56);
        wp::adj_mul(var_54, var_3, adj_54, adj_3, adj_55);
        wp::adj_add(var_52, var_33, adj_52, adj_33, adj_53);
        wp::adj_mul(var_51, var_2, adj_51, adj_2, adj_52);
        wp::adj_add(var_49, var_5, adj_49, adj_5, adj_50);
        wp::adj_mul(var_48, var_1, adj_48, adj_1, adj_49);
        wp::adj_add(var_31, var_46, adj_31, adj_44, adj_45);
        wp::adj_address(var_src, var_0, var_37, var_40, var_43, adj_src, adj_0, adj_37, adj_40, adj_43, adj_44);
        wp::adj_add(var_42, var_34, adj_42, adj_34, adj_43);
        wp::adj_mul(var_41, var_3, adj_41, adj_3, adj_42);
        wp::adj_add(var_39, var_33, adj_39, adj_33, adj_40);
        wp::adj_mul(var_38, var_2, adj_38, adj_2, adj_39);
        wp::adj_add(var_36, var_5, adj_36, adj_5, adj_37);
        wp::adj_mul(var_35, var_1, adj_35, adj_1, adj_36);
        // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
        // adj: for dz in range(2):                                                               <L 35>
        wp::adj_add(var_18, var_32, adj_18, adj_30, adj_31);
        wp::adj_address(var_src, var_0, var_23, var_26, var_29, adj_src, adj_0, adj_23, adj_26, adj_29, adj_30);
        wp::adj_add(var_28, var_20, adj_28, adj_20, adj_29);
        wp::adj_mul(var_27, var_3, adj_27, adj_3, adj_28);
        wp::adj_add(var_25, var_6, adj_25, adj_6, adj_26);
        wp::adj_mul(var_24, var_2, adj_24, adj_2, adj_25);
        wp::adj_add(var_22, var_5, adj_22, adj_5, adj_23);
        wp::adj_mul(var_21, var_1, adj_21, adj_1, adj_22);
        wp::adj_add(var_4, var_19, adj_4, adj_17, adj_18);
        wp::adj_address(var_src, var_0, var_10, var_13, var_16, adj_src, adj_0, adj_10, adj_13, adj_16, adj_17);
        wp::adj_add(var_15, var_7, adj_15, adj_7, adj_16);
        wp::adj_mul(var_14, var_3, adj_14, adj_3, adj_15);
        wp::adj_add(var_12, var_6, adj_12, adj_6, adj_13);
        wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_12);
        wp::adj_add(var_9, var_5, adj_9, adj_5, adj_10);
        wp::adj_mul(var_8, var_1, adj_8, adj_1, adj_9);
        // adj: acc += src[t, 2 * x + dx, 2 * y + dy, 2 * z + dz]                                 <L 36>
        // adj: for dz in range(2):                                                               <L 35>
        // adj: for dy in range(2):                                                               <L 34>
        // adj: for dx in range(2):                                                               <L 33>
        // adj: acc = wp.vec3()                                                                   <L 32>
        // adj: t, x, y, z = wp.tid()                                                             <L 31>
        // adj: def downsample_space(src: wp.array4d(dtype=wp.vec3), dst: wp.array4d(dtype=wp.vec3)):  <L 30>
        continue;
    }
}



extern "C" __global__ void slice_stats_7cc2f84d_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis_sums)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 2;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // forward
        // def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):       <L 41>
        // t, x, y, z = wp.tid()                                                                  <L 42>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = src[t, x, y, z]                                                                    <L 43>
        var_4 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(axis_sums, t, 0, v)                                                      <L 44>
        var_8 = wp::atomic_add(var_axis_sums, var_0, var_7, var_5);
        // if x == 0:                                                                             <L 45>
        var_10 = (var_1 == var_9);
        if (var_10) {
            // wp.atomic_add(axis_sums, t, 1, v)                                                  <L 46>
            var_12 = wp::atomic_add(var_axis_sums, var_0, var_11, var_5);
        }
        // if y == 0 and z == 0:                                                                  <L 47>
        var_15 = (var_2 == var_14);
        var_13 = var_15;
        if (var_13) {
            var_17 = (var_3 == var_16);
            var_13 = var_13 && var_17;
        }
        if (var_13) {
            // wp.atomic_add(axis_sums, t, 2, v)                                                  <L 48>
            var_19 = wp::atomic_add(var_axis_sums, var_0, var_18, var_5);
        }
    }
}



extern "C" __global__ void slice_stats_7cc2f84d_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_axis_sums,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axis_sums)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 2;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        //---------
        // forward
        // def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):       <L 41>
        // t, x, y, z = wp.tid()                                                                  <L 42>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = src[t, x, y, z]                                                                    <L 43>
        var_4 = wp::address(var_src, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(axis_sums, t, 0, v)                                                      <L 44>
        // var_8 = wp::atomic_add(var_axis_sums, var_0, var_7, var_5);
        // if x == 0:                                                                             <L 45>
        var_10 = (var_1 == var_9);
        if (var_10) {
            // wp.atomic_add(axis_sums, t, 1, v)                                                  <L 46>
            // var_12 = wp::atomic_add(var_axis_sums, var_0, var_11, var_5);
        }
        // if y == 0 and z == 0:                                                                  <L 47>
        var_15 = (var_2 == var_14);
        var_13 = var_15;
        if (var_13) {
            var_17 = (var_3 == var_16);
            var_13 = var_13 && var_17;
        }
        if (var_13) {
            // wp.atomic_add(axis_sums, t, 2, v)                                                  <L 48>
            // var_19 = wp::atomic_add(var_axis_sums, var_0, var_18, var_5);
        }
        //---------
        // reverse
        if (var_13) {
            wp::adj_atomic_add(var_axis_sums, var_0, var_18, var_5, adj_axis_sums, adj_0, adj_18, adj_5, adj_19);
            // adj: wp.atomic_add(axis_sums, t, 2, v)                                             <L 48>
        }
        if (var_13) {
        }
        // adj: if y == 0 and z == 0:                                                             <L 47>
        if (var_10) {
            wp::adj_atomic_add(var_axis_sums, var_0, var_11, var_5, adj_axis_sums, adj_0, adj_11, adj_5, adj_12);
            // adj: wp.atomic_add(axis_sums, t, 1, v)                                             <L 46>
        }
        // adj: if x == 0:                                                                        <L 45>
        wp::adj_atomic_add(var_axis_sums, var_0, var_7, var_5, adj_axis_sums, adj_0, adj_7, adj_5, adj_8);
        // adj: wp.atomic_add(axis_sums, t, 0, v)                                                 <L 44>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_src, var_0, var_1, var_2, var_3, adj_src, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: v = src[t, x, y, z]                                                               <L 43>
        // adj: t, x, y, z = wp.tid()                                                             <L 42>
        // adj: def slice_stats(src: wp.array4d(dtype=wp.vec3), axis_sums: wp.array2d(dtype=wp.vec3)):  <L 41>
        continue;
    }
}

