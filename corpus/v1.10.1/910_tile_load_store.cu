
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



extern "C" __global__ void copy_rows_b20a30f7_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>(0.0);
        wp::int32 var_9;
        wp::int32 var_10;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        //---------
        // forward
        // def copy_rows(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):             <L 15>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(src, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))         <L 17>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, 8, 4>(var_src, var_5, var_6);
        // wp.tile_store(dst, t, offset=(i * TILE_M, j * TILE_N))                                 <L 18>
        var_9 = wp::mul(var_0, var_2);
        var_10 = wp::mul(var_1, var_3);
        var_11 = wp::tuple(var_9, var_10);
        wp::tile_store<wp::float32, true>(var_dst, var_9, var_10, var_8);
    }
}



extern "C" __global__ void copy_rows_b20a30f7_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>(0.0);
        wp::int32 var_9;
        wp::int32 var_10;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_8(0.0);
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_11 = {};
        //---------
        // forward
        // def copy_rows(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):             <L 15>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(src, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))         <L 17>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, 8, 4>(var_src, var_5, var_6);
        // wp.tile_store(dst, t, offset=(i * TILE_M, j * TILE_N))                                 <L 18>
        var_9 = wp::mul(var_0, var_2);
        var_10 = wp::mul(var_1, var_3);
        var_11 = wp::tuple(var_9, var_10);
        // wp::tile_store<wp::float32, true>(var_dst, var_9, var_10, var_8);
        //---------
        // reverse
        wp::adj_tile_store(var_dst, var_9, var_10, var_8, adj_dst, adj_9, adj_10, adj_8);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_10);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_9);
        // adj: wp.tile_store(dst, t, offset=(i * TILE_M, j * TILE_N))                            <L 18>
        wp::adj_tile_load(var_src, var_5, var_6, adj_src, adj_5, adj_6, adj_8);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
        // adj: t = wp.tile_load(src, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))    <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def copy_rows(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):        <L 15>
        continue;
    }
}



extern "C" __global__ void shared_1d_eea4baff_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const bool var_5 = false;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const bool var_9 = false;
        const wp::int32 var_10 = 0;
        //---------
        // forward
        // def shared_1d(src: wp.array(dtype=float), dst: wp.array(dtype=float)):                 <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=SHAPE_K, offset=i * SHAPE_K, storage="shared")             <L 24>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::tile_load<wp::float32, true, 16>(var_src, var_2);
        // u = wp.tile_load(src, SHAPE_K, bounds_check=False)                                     <L 25>
        var_6 = wp::tile_load<wp::float32, false, 16>(var_src, var_7);
        // wp.tile_store(dst, t, offset=i * SHAPE_K, bounds_check=False)                          <L 26>
        var_8 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, false>(var_dst, var_8, var_4);
        // wp.tile_store(dst, u)                                                                  <L 27>
        wp::tile_store<wp::float32, true>(var_dst, var_10, var_6);
    }
}



extern "C" __global__ void shared_1d_eea4baff_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const bool var_5 = false;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const bool var_9 = false;
        const wp::int32 var_10 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::str adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
        bool adj_5 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6(0.0);
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        //---------
        // forward
        // def shared_1d(src: wp.array(dtype=float), dst: wp.array(dtype=float)):                 <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=SHAPE_K, offset=i * SHAPE_K, storage="shared")             <L 24>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::tile_load<wp::float32, true, 16>(var_src, var_2);
        // u = wp.tile_load(src, SHAPE_K, bounds_check=False)                                     <L 25>
        var_6 = wp::tile_load<wp::float32, false, 16>(var_src, var_7);
        // wp.tile_store(dst, t, offset=i * SHAPE_K, bounds_check=False)                          <L 26>
        var_8 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, false>(var_dst, var_8, var_4);
        // wp.tile_store(dst, u)                                                                  <L 27>
        // wp::tile_store<wp::float32, true>(var_dst, var_10, var_6);
        //---------
        // reverse
        wp::adj_tile_store(var_dst, var_10, var_6, adj_dst, adj_10, adj_6);
        // adj: wp.tile_store(dst, u)                                                             <L 27>
        wp::adj_tile_store(var_dst, var_8, var_4, adj_dst, adj_8, adj_4);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_8);
        // adj: wp.tile_store(dst, t, offset=i * SHAPE_K, bounds_check=False)                     <L 26>
        wp::adj_tile_load(var_src, var_7, adj_src, adj_7, adj_6);
        // adj: u = wp.tile_load(src, SHAPE_K, bounds_check=False)                                <L 25>
        wp::adj_tile_load(var_src, var_2, adj_src, adj_2, adj_4);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(src, shape=SHAPE_K, offset=i * SHAPE_K, storage="shared")        <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def shared_1d(src: wp.array(dtype=float), dst: wp.array(dtype=float)):            <L 22>
        continue;
    }
}



extern "C" __global__ void vec_tiles_26467953_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32> var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::tuple_t<wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_7 = 16;
        wp::int32 var_8;
        wp::tuple_t<wp::int32> var_9;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_12 = 0;
        //---------
        // forward
        // def vec_tiles(src: wp.array(dtype=wp.vec3), dst: wp.array(dtype=wp.vec3)):             <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=(16,), offset=(i * 16,))                                   <L 33>
        var_2 = wp::tuple(var_1);
        var_4 = wp::mul(var_0, var_3);
        var_5 = wp::tuple(var_4);
        var_6 = wp::tile_load<wp::vec_t<3, wp::float32>, true, 16>(var_src, var_4);
        // old = wp.tile_atomic_add(dst, t, offset=(i * 16,))                                     <L 34>
        var_8 = wp::mul(var_0, var_7);
        var_9 = wp::tuple(var_8);
        var_10 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_dst, var_8, var_6);
        // wp.tile_atomic_add(dst, old)                                                           <L 35>
        var_11 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_dst, var_12, var_10);
    }
}



extern "C" __global__ void vec_tiles_26467953_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32> var_2;
        const wp::int32 var_3 = 16;
        wp::int32 var_4;
        wp::tuple_t<wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_7 = 16;
        wp::int32 var_8;
        wp::tuple_t<wp::int32> var_9;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_12 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6(0.0);
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32> adj_9 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10(0.0);
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11(0.0);
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def vec_tiles(src: wp.array(dtype=wp.vec3), dst: wp.array(dtype=wp.vec3)):             <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=(16,), offset=(i * 16,))                                   <L 33>
        var_2 = wp::tuple(var_1);
        var_4 = wp::mul(var_0, var_3);
        var_5 = wp::tuple(var_4);
        var_6 = wp::tile_load<wp::vec_t<3, wp::float32>, true, 16>(var_src, var_4);
        // old = wp.tile_atomic_add(dst, t, offset=(i * 16,))                                     <L 34>
        var_8 = wp::mul(var_0, var_7);
        var_9 = wp::tuple(var_8);
        // var_10 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_dst, var_8, var_6);
        // wp.tile_atomic_add(dst, old)                                                           <L 35>
        // var_11 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_dst, var_12, var_10);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_dst, var_12, var_10, adj_dst, adj_12, adj_10, adj_11);
        // adj: wp.tile_atomic_add(dst, old)                                                      <L 35>
        wp::adj_tile_atomic_add(var_dst, var_8, var_6, adj_dst, adj_8, adj_6, adj_10);
        wp::adj_mul(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: old = wp.tile_atomic_add(dst, t, offset=(i * 16,))                                <L 34>
        wp::adj_tile_load(var_src, var_4, adj_src, adj_4, adj_6);
        wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
        // adj: t = wp.tile_load(src, shape=(16,), offset=(i * 16,))                              <L 33>
        // adj: i = wp.tid()                                                                      <L 32>
        // adj: def vec_tiles(src: wp.array(dtype=wp.vec3), dst: wp.array(dtype=wp.vec3)):        <L 31>
        continue;
    }
}



extern "C" __global__ void constant_offsets_61ac48fd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_src,
    wp::array_t<wp::float64> var_dst)
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
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 4;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 2;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<2,4,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<2,4,4>>>(0.0);
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 2;
        const wp::int32 var_17 = 4;
        const wp::int32 var_18 = 4;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_19;
        const wp::str var_20 = "shared";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true> var_21 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<2,4,4>,wp::tile_stride_t<16,4,1>,false>();
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_28;
        const bool var_29 = false;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true> var_30 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<2,4,4>,wp::tile_stride_t<16,4,1>,false>();
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 0;
        //---------
        // forward
        // def constant_offsets(src: wp.array3d(dtype=wp.float64), dst: wp.array3d(dtype=wp.float64)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=(2, 4, 4), offset=(0, i, 2))                               <L 41>
        var_4 = wp::tuple(var_1, var_2, var_3);
        var_7 = wp::tuple(var_5, var_0, var_6);
        var_8 = wp::tile_load<wp::float64, true, 2, 4, 4>(var_src, var_9, var_0, var_10);
        // wp.tile_store(dst, t, offset=(1, 0, i))                                                <L 42>
        var_13 = wp::tuple(var_11, var_12, var_0);
        wp::tile_store<wp::float64, true>(var_dst, var_14, var_15, var_0, var_8);
        // s = wp.tile_load(src, shape=(2, 4, 4), storage="shared")                               <L 43>
        var_19 = wp::tuple(var_16, var_17, var_18);
        var_21 = wp::tile_load<wp::float64, true, 2, 4, 4>(var_src, var_22, var_23, var_24);
        // wp.tile_atomic_add(dst, s, offset=(0, 0, 0), bounds_check=False)                       <L 44>
        var_28 = wp::tuple(var_25, var_26, var_27);
        var_30 = wp::tile_atomic_add<wp::float64, false>(var_dst, var_31, var_32, var_33, var_21);
    }
}



extern "C" __global__ void constant_offsets_61ac48fd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_src,
    wp::array_t<wp::float64> var_dst,
    wp::array_t<wp::float64> adj_src,
    wp::array_t<wp::float64> adj_dst)
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
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 4;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 2;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<2,4,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<2,4,4>>>(0.0);
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 2;
        const wp::int32 var_17 = 4;
        const wp::int32 var_18 = 4;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_19;
        const wp::str var_20 = "shared";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true> var_21 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<2,4,4>,wp::tile_stride_t<16,4,1>,true>();
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_28;
        const bool var_29 = false;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true> var_30 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<2,4,4>,wp::tile_stride_t<16,4,1>,true>();
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_7 = {};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<2,4,4>>> adj_8(0.0);
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_19 = {};
        wp::str adj_20 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true>& adj_21 = var_21;
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_28 = {};
        bool adj_29 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,4>, wp::tile_stride_t<16,4,1>>, true>& adj_30 = var_30;
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        //---------
        // forward
        // def constant_offsets(src: wp.array3d(dtype=wp.float64), dst: wp.array3d(dtype=wp.float64)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(src, shape=(2, 4, 4), offset=(0, i, 2))                               <L 41>
        var_4 = wp::tuple(var_1, var_2, var_3);
        var_7 = wp::tuple(var_5, var_0, var_6);
        var_8 = wp::tile_load<wp::float64, true, 2, 4, 4>(var_src, var_9, var_0, var_10);
        // wp.tile_store(dst, t, offset=(1, 0, i))                                                <L 42>
        var_13 = wp::tuple(var_11, var_12, var_0);
        // wp::tile_store<wp::float64, true>(var_dst, var_14, var_15, var_0, var_8);
        // s = wp.tile_load(src, shape=(2, 4, 4), storage="shared")                               <L 43>
        var_19 = wp::tuple(var_16, var_17, var_18);
        var_21 = wp::tile_load<wp::float64, true, 2, 4, 4>(var_src, var_22, var_23, var_24);
        // wp.tile_atomic_add(dst, s, offset=(0, 0, 0), bounds_check=False)                       <L 44>
        var_28 = wp::tuple(var_25, var_26, var_27);
        // var_30 = wp::tile_atomic_add<wp::float64, false>(var_dst, var_31, var_32, var_33, var_21);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_dst, var_31, var_32, var_33, var_21, adj_dst, adj_31, adj_32, adj_33, adj_21, adj_30);
        // adj: wp.tile_atomic_add(dst, s, offset=(0, 0, 0), bounds_check=False)                  <L 44>
        wp::adj_tile_load(var_src, var_22, var_23, var_24, adj_src, adj_22, adj_23, adj_24, adj_21);
        // adj: s = wp.tile_load(src, shape=(2, 4, 4), storage="shared")                          <L 43>
        wp::adj_tile_store(var_dst, var_14, var_15, var_0, var_8, adj_dst, adj_14, adj_15, adj_0, adj_8);
        // adj: wp.tile_store(dst, t, offset=(1, 0, i))                                           <L 42>
        wp::adj_tile_load(var_src, var_9, var_0, var_10, adj_src, adj_9, adj_0, adj_10, adj_8);
        // adj: t = wp.tile_load(src, shape=(2, 4, 4), offset=(0, i, 2))                          <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def constant_offsets(src: wp.array3d(dtype=wp.float64), dst: wp.array3d(dtype=wp.float64)):  <L 39>
        continue;
    }
}



extern "C" __global__ void accumulate_a25fcfa1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_n)
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,false>();
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        const wp::int32 var_10 = 4;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>(0.0);
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::int32 var_18 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>(0.0);
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 4;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 0;
        //---------
        // forward
        // def accumulate(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):       <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // acc = wp.tile_zeros(shape=(4, SHAPE_K), dtype=float, storage="shared")                 <L 50>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tile_zeros<float, 4, 16>();
        // for k in range(n):                                                                     <L 51>
        var_6 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // t = wp.tile_load(a, shape=(4, SHAPE_K), offset=(i * 4, k * SHAPE_K))               <L 52>
            var_9 = wp::tuple(var_8, var_2);
            var_11 = wp::mul(var_0, var_10);
            var_12 = wp::mul(var_7, var_2);
            var_13 = wp::tuple(var_11, var_12);
            var_14 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_11, var_12);
            // acc += t                                                                           <L 53>
            wp::tile_add_inplace(var_5, var_14);
            goto start_for_0;
        end_for_0:;
        // j = int(0)                                                                             <L 54>
        var_16 = wp::int(var_15);
        // while j < n:                                                                           <L 55>
        start_while_2:;
        var_17 = (var_16 < var_n);
        if ((var_17) == false) goto end_while_2;
            // t2 = wp.tile_load(a, shape=(4, SHAPE_K), offset=(0, j))                            <L 56>
            var_19 = wp::tuple(var_18, var_2);
            var_21 = wp::tuple(var_20, var_16);
            var_22 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_23, var_16);
            // acc -= t2                                                                          <L 57>
            wp::tile_sub_inplace(var_5, var_22);
            // j += 1                                                                             <L 58>
            var_26 = wp::add(var_16, var_25);
            wp::assign(var_16, var_26);
        goto start_while_2;
        end_while_2:;
        // wp.tile_store(out, acc, offset=(i * 4, 0))                                             <L 59>
        var_28 = wp::mul(var_0, var_27);
        var_30 = wp::tuple(var_28, var_29);
        wp::tile_store<wp::float32, true>(var_out, var_28, var_31, var_5);
    }
}



extern "C" __global__ void accumulate_a25fcfa1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::int32 adj_n)
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,true>();
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        const wp::int32 var_10 = 4;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>(0.0);
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::int32 var_18 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>(0.0);
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 4;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        const wp::int32 var_31 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::str adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true>& adj_5 = var_5;
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> adj_14(0.0);
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> adj_22(0.0);
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
        wp::int32 adj_31 = {};
        //---------
        // forward
        // def accumulate(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):       <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // acc = wp.tile_zeros(shape=(4, SHAPE_K), dtype=float, storage="shared")                 <L 50>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tile_zeros<float, 4, 16>();
        // for k in range(n):                                                                     <L 51>
        var_6 = wp::range(var_n);
        // j = int(0)                                                                             <L 54>
        var_16 = wp::int(var_15);
        // while j < n:                                                                           <L 55>
        // wp.tile_store(out, acc, offset=(i * 4, 0))                                             <L 59>
        var_28 = wp::mul(var_0, var_27);
        var_30 = wp::tuple(var_28, var_29);
        // wp::tile_store<wp::float32, true>(var_out, var_28, var_31, var_5);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_28, var_31, var_5, adj_out, adj_28, adj_31, adj_5);
        wp::adj_mul(var_0, var_27, adj_0, adj_27, adj_28);
        // adj: wp.tile_store(out, acc, offset=(i * 4, 0))                                        <L 59>
        start_while_2:;
        var_17 = (var_16 < var_n);
        if ((var_17) == false) goto end_while_2;
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
        adj_24 = {};
        adj_25 = {};
        adj_26 = {};
            // t2 = wp.tile_load(a, shape=(4, SHAPE_K), offset=(0, j))                            <L 56>
            var_19 = wp::tuple(var_18, var_2);
            var_21 = wp::tuple(var_20, var_16);
            var_22 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_23, var_16);
            // acc -= t2                                                                          <L 57>
            wp::tile_sub_inplace(var_5, var_22);
            // j += 1                                                                             <L 58>
            var_26 = wp::add(var_16, var_25);
            wp::assign(var_16, var_26);
            wp::adj_assign(var_16, var_26, adj_16, adj_26);
            wp::adj_add(var_16, var_25, adj_16, adj_25, adj_26);
            // adj: j += 1                                                                        <L 58>
            wp::adj_tile_sub_inplace(var_5, var_22, adj_5, adj_22);
            // adj: acc -= t2                                                                     <L 57>
            wp::adj_tile_load(var_a, var_23, var_16, adj_a, adj_23, adj_16, adj_22);
            // adj: t2 = wp.tile_load(a, shape=(4, SHAPE_K), offset=(0, j))                       <L 56>
        goto start_while_2;
        end_while_2:;
        // adj: while j < n:                                                                      <L 55>
        wp::adj_int(var_15, adj_15, adj_16);
        // adj: j = int(0)                                                                        <L 54>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14.grad_zero();
            // t = wp.tile_load(a, shape=(4, SHAPE_K), offset=(i * 4, k * SHAPE_K))               <L 52>
            var_9 = wp::tuple(var_8, var_2);
            var_11 = wp::mul(var_0, var_10);
            var_12 = wp::mul(var_7, var_2);
            var_13 = wp::tuple(var_11, var_12);
            var_14 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_11, var_12);
            // acc += t                                                                           <L 53>
            wp::tile_add_inplace(var_5, var_14);
            wp::adj_tile_add_inplace(var_5, var_14, adj_5, adj_14);
            // adj: acc += t                                                                      <L 53>
            wp::adj_tile_load(var_a, var_11, var_12, adj_a, adj_11, adj_12, adj_14);
            wp::adj_mul(var_7, var_2, adj_7, adj_2, adj_12);
            wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
            // adj: t = wp.tile_load(a, shape=(4, SHAPE_K), offset=(i * 4, k * SHAPE_K))          <L 52>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_n, adj_n, adj_6);
        // adj: for k in range(n):                                                                <L 51>
        // adj: acc = wp.tile_zeros(shape=(4, SHAPE_K), dtype=float, storage="shared")            <L 50>
        // adj: i = wp.tid()                                                                      <L 49>
        // adj: def accumulate(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):  <L 48>
        continue;
    }
}



extern "C" __global__ void register_loop_0263fb30_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_a,
    wp::array_t<wp::float16> var_out)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 8;
        wp::int32 var_4;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_6 = 8;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 8;
        const wp::int32 var_10 = 8;
        wp::int32 var_11;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_12 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_13 = 8;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 8;
        const wp::int32 var_17 = 8;
        wp::int32 var_18;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
        //---------
        // forward
        // def register_loop(a: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):       <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // for k in range(3):                                                                     <L 65>
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_4 = wp::mul(var_1, var_3);
        var_5 = wp::tile_load<wp::float16, true, 8>(var_a, var_4);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_7 = wp::mul(var_1, var_6);
        wp::tile_store<wp::float16, true>(var_out, var_7, var_5);
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_11 = wp::mul(var_8, var_10);
        var_12 = wp::tile_load<wp::float16, true, 8>(var_a, var_11);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_14 = wp::mul(var_8, var_13);
        wp::tile_store<wp::float16, true>(var_out, var_14, var_12);
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::tile_load<wp::float16, true, 8>(var_a, var_18);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_21 = wp::mul(var_15, var_20);
        wp::tile_store<wp::float16, true>(var_out, var_21, var_19);
    }
}



extern "C" __global__ void register_loop_0263fb30_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_a,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::float16> adj_a,
    wp::array_t<wp::float16> adj_out)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 8;
        wp::int32 var_4;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_6 = 8;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 8;
        const wp::int32 var_10 = 8;
        wp::int32 var_11;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_12 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_13 = 8;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        const wp::int32 var_16 = 8;
        const wp::int32 var_17 = 8;
        wp::int32 var_18;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_5(0.0);
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_12(0.0);
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_19(0.0);
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def register_loop(a: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):       <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // for k in range(3):                                                                     <L 65>
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_4 = wp::mul(var_1, var_3);
        var_5 = wp::tile_load<wp::float16, true, 8>(var_a, var_4);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_7 = wp::mul(var_1, var_6);
        // wp::tile_store<wp::float16, true>(var_out, var_7, var_5);
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_11 = wp::mul(var_8, var_10);
        var_12 = wp::tile_load<wp::float16, true, 8>(var_a, var_11);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_14 = wp::mul(var_8, var_13);
        // wp::tile_store<wp::float16, true>(var_out, var_14, var_12);
        // t = wp.tile_load(a, shape=8, offset=k * 8)                                             <L 66>
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::tile_load<wp::float16, true, 8>(var_a, var_18);
        // wp.tile_store(out, t, offset=k * 8)                                                    <L 67>
        var_21 = wp::mul(var_15, var_20);
        // wp::tile_store<wp::float16, true>(var_out, var_21, var_19);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_21, var_19, adj_out, adj_21, adj_19);
        wp::adj_mul(var_15, var_20, adj_15, adj_20, adj_21);
        // adj: wp.tile_store(out, t, offset=k * 8)                                               <L 67>
        wp::adj_tile_load(var_a, var_18, adj_a, adj_18, adj_19);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        // adj: t = wp.tile_load(a, shape=8, offset=k * 8)                                        <L 66>
        wp::adj_tile_store(var_out, var_14, var_12, adj_out, adj_14, adj_12);
        wp::adj_mul(var_8, var_13, adj_8, adj_13, adj_14);
        // adj: wp.tile_store(out, t, offset=k * 8)                                               <L 67>
        wp::adj_tile_load(var_a, var_11, adj_a, adj_11, adj_12);
        wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: t = wp.tile_load(a, shape=8, offset=k * 8)                                        <L 66>
        wp::adj_tile_store(var_out, var_7, var_5, adj_out, adj_7, adj_5);
        wp::adj_mul(var_1, var_6, adj_1, adj_6, adj_7);
        // adj: wp.tile_store(out, t, offset=k * 8)                                               <L 67>
        wp::adj_tile_load(var_a, var_4, adj_a, adj_4, adj_5);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
        // adj: t = wp.tile_load(a, shape=8, offset=k * 8)                                        <L 66>
        // adj: for k in range(3):                                                                <L 65>
        // adj: i = wp.tid()                                                                      <L 64>
        // adj: def register_loop(a: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):  <L 63>
        continue;
    }
}

