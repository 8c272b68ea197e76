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



extern "C" __global__ void fill_27014c6e_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float16> var_a,
    wp::float16 var_value)
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
        const wp::float32 var_3 = 2.0;
        wp::float16 var_4;
        wp::float16 var_5;
        //---------
        // forward
        // def fill(a: wp.array3d(dtype=wp.float16), value: wp.float16):                          <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // a[i, j, k] = value * wp.float16(2.0)                                                   <L 7>
        var_4 = wp::float16(var_3);
        var_5 = wp::mul(var_value, var_4);
        wp::array_store(var_a, var_0, var_1, var_2, var_5);
    }
}



extern "C" __global__ void casts_a9fc419f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_a,
    wp::array_t<wp::int64> var_b,
    wp::array_t<wp::float64> var_c)
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
        wp::uint8* var_1;
        wp::int32 var_2;
        wp::uint8 var_3;
        wp::int64 var_4;
        wp::int64* var_5;
        wp::int64 var_6;
        wp::int64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::int64 var_14;
        wp::int64 var_15;
        //---------
        // forward
        // def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // x = int(a[i])                                                                          <L 13>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::int(var_3);
        // y = wp.int64(x) * b[i]                                                                 <L 14>
        var_4 = wp::int64(var_2);
        var_5 = wp::address(var_b, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_4, var_7);
        // z = wp.float64(y) / wp.float64(3.0)                                                    <L 15>
        var_8 = wp::float64(var_6);
        var_9 = 3.0;
        var_10 = wp::div(var_8, var_9);
        // c[i] = wp.sqrt(z) + wp.float64(1.5)                                                    <L 16>
        var_11 = wp::sqrt(var_10);
        var_12 = 1.5;
        var_13 = wp::add(var_11, var_12);
        wp::array_store(var_c, var_0, var_13);
        // b[i] = y >> wp.int64(2)                                                                <L 17>
        var_14 = 2ll;
        var_15 = wp::rshift(var_6, var_14);
        wp::array_store(var_b, var_0, var_15);
    }
}



extern "C" __global__ void casts_a9fc419f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint8> var_a,
    wp::array_t<wp::int64> var_b,
    wp::array_t<wp::float64> var_c,
    wp::array_t<wp::uint8> adj_a,
    wp::array_t<wp::int64> adj_b,
    wp::array_t<wp::float64> adj_c)
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
        wp::uint8* var_1;
        wp::int32 var_2;
        wp::uint8 var_3;
        wp::int64 var_4;
        wp::int64* var_5;
        wp::int64 var_6;
        wp::int64 var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::int64 var_14;
        wp::int64 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint8 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::uint8 adj_3 = {};
        wp::int64 adj_4 = {};
        wp::int64 adj_5 = {};
        wp::int64 adj_6 = {};
        wp::int64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::int64 adj_14 = {};
        wp::int64 adj_15 = {};
        //---------
        // forward
        // def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // x = int(a[i])                                                                          <L 13>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::int(var_3);
        // y = wp.int64(x) * b[i]                                                                 <L 14>
        var_4 = wp::int64(var_2);
        var_5 = wp::address(var_b, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_4, var_7);
        // z = wp.float64(y) / wp.float64(3.0)                                                    <L 15>
        var_8 = wp::float64(var_6);
        var_9 = 3.0;
        var_10 = wp::div(var_8, var_9);
        // c[i] = wp.sqrt(z) + wp.float64(1.5)                                                    <L 16>
        var_11 = wp::sqrt(var_10);
        var_12 = 1.5;
        var_13 = wp::add(var_11, var_12);
        // wp::array_store(var_c, var_0, var_13);
        // b[i] = y >> wp.int64(2)                                                                <L 17>
        var_14 = 2ll;
        var_15 = wp::rshift(var_6, var_14);
        // wp::array_store(var_b, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_15, adj_b, adj_0, adj_15);
        // adj: b[i] = y >> wp.int64(2)                                                           <L 17>
        wp::adj_array_store(var_c, var_0, var_13, adj_c, adj_0, adj_13);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_sqrt(var_10, var_11, adj_10, adj_11);
        // adj: c[i] = wp.sqrt(z) + wp.float64(1.5)                                               <L 16>
        wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
        wp::adj_float64(var_6, adj_6, adj_8);
        // adj: z = wp.float64(y) / wp.float64(3.0)                                               <L 15>
        wp::adj_mul(var_4, var_7, adj_4, adj_5, adj_6);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
        // adj: y = wp.int64(x) * b[i]                                                            <L 14>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = int(a[i])                                                                     <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):  <L 11>
        continue;
    }
}



extern "C" __global__ void rng_f5e64e00_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = -1.0;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // forward
        // def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                      <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 23>
        var_1 = wp::rand_init(var_seed, var_0);
        // x = wp.randf(state)                                                                    <L 24>
        var_2 = wp::randf(var_1);
        // y = wp.randf(state, -1.0, 1.0)                                                         <L 25>
        var_5 = wp::randf(var_1, var_3, var_4);
        // out[i] = wp.vec2(x, y)                                                                 <L 26>
        var_6 = wp::vec_t<2, wp::float32>(var_2, var_5);
        wp::array_store(var_out, var_0, var_6);
    }
}



extern "C" __global__ void rng_f5e64e00_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = -1.0;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                      <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 23>
        var_1 = wp::rand_init(var_seed, var_0);
        // x = wp.randf(state)                                                                    <L 24>
        var_2 = wp::randf(var_1);
        // y = wp.randf(state, -1.0, 1.0)                                                         <L 25>
        var_5 = wp::randf(var_1, var_3, var_4);
        // out[i] = wp.vec2(x, y)                                                                 <L 26>
        var_6 = wp::vec_t<2, wp::float32>(var_2, var_5);
        // wp::array_store(var_out, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
        wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_6);
        // adj: out[i] = wp.vec2(x, y)                                                            <L 26>
        // adj: y = wp.randf(state, -1.0, 1.0)                                                    <L 25>
        // adj: x = wp.randf(state)                                                               <L 24>
        // adj: state = wp.rand_init(seed, i)                                                     <L 23>
        // adj: i = wp.tid()                                                                      <L 22>
        // adj: def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                 <L 21>
        continue;
    }
}



extern "C" __global__ void transforms_00eeab0e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::quat_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        //---------
        // forward
        // def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // tf = t[i]                                                                              <L 32>
        var_1 = wp::address(var_t, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = wp.transform_get_rotation(tf)                                                      <L 33>
        var_4 = wp::transform_get_rotation(var_2);
        // out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])                    <L 34>
        var_5 = wp::address(var_p, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_2, var_7);
        var_8 = wp::address(var_p, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::quat_rotate_inv(var_4, var_10);
        var_11 = wp::add(var_6, var_9);
        wp::array_store(var_out, var_0, var_11);
        // inv = wp.transform_inverse(tf)                                                         <L 35>
        var_12 = wp::transform_inverse(var_2);
        // out[i] = out[i] + wp.transform_vector(inv, p[i])                                       <L 36>
        var_13 = wp::address(var_out, var_0);
        var_14 = wp::address(var_p, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::transform_vector(var_12, var_16);
        var_18 = wp::load(var_13);
        var_17 = wp::add(var_18, var_15);
        wp::array_store(var_out, var_0, var_17);
    }
}



extern "C" __global__ void transforms_00eeab0e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_t,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::quat_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        //---------
        // forward
        // def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // tf = t[i]                                                                              <L 32>
        var_1 = wp::address(var_t, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = wp.transform_get_rotation(tf)                                                      <L 33>
        var_4 = wp::transform_get_rotation(var_2);
        // out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])                    <L 34>
        var_5 = wp::address(var_p, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_2, var_7);
        var_8 = wp::address(var_p, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::quat_rotate_inv(var_4, var_10);
        var_11 = wp::add(var_6, var_9);
        // wp::array_store(var_out, var_0, var_11);
        // inv = wp.transform_inverse(tf)                                                         <L 35>
        var_12 = wp::transform_inverse(var_2);
        // out[i] = out[i] + wp.transform_vector(inv, p[i])                                       <L 36>
        var_13 = wp::address(var_out, var_0);
        var_14 = wp::address(var_p, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::transform_vector(var_12, var_16);
        var_18 = wp::load(var_13);
        var_17 = wp::add(var_18, var_15);
        // wp::array_store(var_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_add(var_18, var_15, adj_13, adj_15, adj_17);
        wp::adj_transform_vector(var_12, var_16, adj_12, adj_14, adj_15);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_14);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_13);
        // adj: out[i] = out[i] + wp.transform_vector(inv, p[i])                                  <L 36>
        wp::adj_transform_inverse(var_2, adj_2, adj_12);
        // adj: inv = wp.transform_inverse(tf)                                                    <L 35>
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_add(var_6, var_9, adj_6, adj_9, adj_11);
        wp::adj_quat_rotate_inv(var_4, var_10, adj_4, adj_8, adj_9);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_8);
        wp::adj_transform_point(var_2, var_7, adj_2, adj_5, adj_6);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_5);
        // adj: out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])               <L 34>
        wp::adj_transform_get_rotation(var_2, adj_2, adj_4);
        // adj: q = wp.transform_get_rotation(tf)                                                 <L 33>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_1);
        // adj: tf = t[i]                                                                         <L 32>
        // adj: i = wp.tid()                                                                      <L 31>
        // adj: def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 30>
        continue;
    }
}

