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



extern "C" __global__ void int64_inplace_41285324_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::vec_t<2, wp::int64>> var_vl,
    wp::array_t<wp::int64> var_m)
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
        wp::int64 var_1;
        wp::int64 var_2;
        wp::int64 var_3;
        wp::int64 var_4;
        wp::int64 var_5;
        wp::int64 var_6;
        wp::int64 var_7;
        wp::int64 var_8;
        wp::vec_t<2, wp::int64> var_9;
        wp::vec_t<2, wp::int64> var_10;
        wp::int64 var_11;
        wp::int64 var_12;
        wp::vec_t<2, wp::int64> var_13;
        wp::vec_t<2, wp::int64> var_14;
        wp::int64 var_15;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64 var_18;
        wp::int64 var_19;
        wp::int64 var_20;
        //---------
        // forward
        // def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // a[i] += wp.int64(i) * wp.int64(3)                                                      <L 11>
        var_1 = wp::int64(var_0);
        var_2 = 3ll;
        var_3 = wp::mul(var_1, var_2);
        var_4 = wp::atomic_add(var_a, var_0, var_3);
        // a[i] -= wp.int64(2)                                                                    <L 12>
        var_5 = 2ll;
        var_6 = wp::atomic_sub(var_a, var_0, var_5);
        // vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                            <L 13>
        var_7 = 1ll;
        var_8 = wp::int64(var_0);
        var_9 = wp::vec_t<2, wp::int64>(var_7, var_8);
        var_10 = wp::atomic_add(var_vl, var_0, var_9);
        // vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                           <L 14>
        var_11 = wp::int64(var_0);
        var_12 = -4ll;
        var_13 = wp::vec_t<2, wp::int64>(var_11, var_12);
        var_14 = wp::atomic_sub(var_vl, var_0, var_13);
        // m[i] |= wp.int64(i)                                                                    <L 15>
        var_15 = wp::int64(var_0);
        var_16 = wp::atomic_or(var_m, var_0, var_15);
        // m[i] &= wp.int64(0x7FFF)                                                               <L 16>
        var_17 = 32767ll;
        var_18 = wp::atomic_and(var_m, var_0, var_17);
        // m[i] ^= wp.int64(5)                                                                    <L 17>
        var_19 = 5ll;
        var_20 = wp::atomic_xor(var_m, var_0, var_19);
    }
}



extern "C" __global__ void int64_inplace_41285324_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::vec_t<2, wp::int64>> var_vl,
    wp::array_t<wp::int64> var_m,
    wp::array_t<wp::int64> adj_a,
    wp::array_t<wp::vec_t<2, wp::int64>> adj_vl,
    wp::array_t<wp::int64> adj_m)
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
        wp::int64 var_1;
        wp::int64 var_2;
        wp::int64 var_3;
        wp::int64 var_4;
        wp::int64 var_5;
        wp::int64 var_6;
        wp::int64 var_7;
        wp::int64 var_8;
        wp::vec_t<2, wp::int64> var_9;
        wp::vec_t<2, wp::int64> var_10;
        wp::int64 var_11;
        wp::int64 var_12;
        wp::vec_t<2, wp::int64> var_13;
        wp::vec_t<2, wp::int64> var_14;
        wp::int64 var_15;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64 var_18;
        wp::int64 var_19;
        wp::int64 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int64 adj_1 = {};
        wp::int64 adj_2 = {};
        wp::int64 adj_3 = {};
        wp::int64 adj_4 = {};
        wp::int64 adj_5 = {};
        wp::int64 adj_6 = {};
        wp::int64 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::vec_t<2, wp::int64> adj_9 = {};
        wp::vec_t<2, wp::int64> adj_10 = {};
        wp::int64 adj_11 = {};
        wp::int64 adj_12 = {};
        wp::vec_t<2, wp::int64> adj_13 = {};
        wp::vec_t<2, wp::int64> adj_14 = {};
        wp::int64 adj_15 = {};
        wp::int64 adj_16 = {};
        wp::int64 adj_17 = {};
        wp::int64 adj_18 = {};
        wp::int64 adj_19 = {};
        wp::int64 adj_20 = {};
        //---------
        // forward
        // def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // a[i] += wp.int64(i) * wp.int64(3)                                                      <L 11>
        var_1 = wp::int64(var_0);
        var_2 = 3ll;
        var_3 = wp::mul(var_1, var_2);
        // var_4 = wp::atomic_add(var_a, var_0, var_3);
        // a[i] -= wp.int64(2)                                                                    <L 12>
        var_5 = 2ll;
        // var_6 = wp::atomic_sub(var_a, var_0, var_5);
        // vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                            <L 13>
        var_7 = 1ll;
        var_8 = wp::int64(var_0);
        var_9 = wp::vec_t<2, wp::int64>(var_7, var_8);
        // var_10 = wp::atomic_add(var_vl, var_0, var_9);
        // vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                           <L 14>
        var_11 = wp::int64(var_0);
        var_12 = -4ll;
        var_13 = wp::vec_t<2, wp::int64>(var_11, var_12);
        // var_14 = wp::atomic_sub(var_vl, var_0, var_13);
        // m[i] |= wp.int64(i)                                                                    <L 15>
        var_15 = wp::int64(var_0);
        // var_16 = wp::atomic_or(var_m, var_0, var_15);
        // m[i] &= wp.int64(0x7FFF)                                                               <L 16>
        var_17 = 32767ll;
        // var_18 = wp::atomic_and(var_m, var_0, var_17);
        // m[i] ^= wp.int64(5)                                                                    <L 17>
        var_19 = 5ll;
        // var_20 = wp::atomic_xor(var_m, var_0, var_19);
        //---------
        // reverse
        // adj: m[i] ^= wp.int64(5)                                                               <L 17>
        // adj: m[i] &= wp.int64(0x7FFF)                                                          <L 16>
        // adj: m[i] |= wp.int64(i)                                                               <L 15>
        wp::adj_atomic_sub(var_vl, var_0, var_13, adj_vl, adj_0, adj_13, adj_14);
        wp::adj_vec_t(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                      <L 14>
        wp::adj_atomic_add(var_vl, var_0, var_9, adj_vl, adj_0, adj_9, adj_10);
        wp::adj_vec_t(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                       <L 13>
        wp::adj_atomic_sub(var_a, var_0, var_5, adj_a, adj_0, adj_5, adj_6);
        // adj: a[i] -= wp.int64(2)                                                               <L 12>
        wp::adj_atomic_add(var_a, var_0, var_3, adj_a, adj_0, adj_3, adj_4);
        wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
        // adj: a[i] += wp.int64(i) * wp.int64(3)                                                 <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):  <L 9>
        continue;
    }
}

