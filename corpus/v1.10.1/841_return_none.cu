
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


// corpus/841_return_none.py:6
static CUDA_CALLABLE void user_func_return_none_0(
    )
{
    //---------
    // primal vars
    //---------
    // forward
    // def user_func_return_none() -> None:                                                   <L 7>
    // pass                                                                                   <L 8>
}


// corpus/841_return_none.py:11
static CUDA_CALLABLE void store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, x: float) -> None:                         <L 12>
    // a[i] = x                                                                               <L 13>
    wp::array_store(var_a, var_i, var_x);
}


// corpus/841_return_none.py:6
static CUDA_CALLABLE void adj_user_func_return_none_0(
    )
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def user_func_return_none() -> None:                                                   <L 7>
    // pass                                                                                   <L 8>
    //---------
    // reverse
    // adj: pass                                                                              <L 8>
    // adj: def user_func_return_none() -> None:                                              <L 7>
    return;
}


// corpus/841_return_none.py:11
static CUDA_CALLABLE void adj_store_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_x,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_x)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def store(a: wp.array(dtype=float), i: int, x: float) -> None:                         <L 12>
    // a[i] = x                                                                               <L 13>
    // wp::array_store(var_a, var_i, var_x);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_x, adj_a, adj_i, adj_x);
    // adj: a[i] = x                                                                          <L 13>
    // adj: def store(a: wp.array(dtype=float), i: int, x: float) -> None:                    <L 12>
    return;
}



extern "C" __global__ void k_2387f8d4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a)
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
        const wp::float32 var_1 = 2.0;
        //---------
        // forward
        // def k(a: wp.array(dtype=float)) -> None:                                               <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // user_func_return_none()                                                                <L 19>
        user_func_return_none_0();
        // store(a, i, 2.0)                                                                       <L 20>
        store_0(var_a, var_0, var_1);
    }
}



extern "C" __global__ void k_2387f8d4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        const wp::float32 var_1 = 2.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float)) -> None:                                               <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // user_func_return_none()                                                                <L 19>
        user_func_return_none_0();
        // store(a, i, 2.0)                                                                       <L 20>
        store_0(var_a, var_0, var_1);
        //---------
        // reverse
        adj_store_0(var_a, var_0, var_1, adj_a, adj_0, adj_1);
        // adj: store(a, i, 2.0)                                                                  <L 20>
        // adj: user_func_return_none()                                                           <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(a: wp.array(dtype=float)) -> None:                                          <L 17>
        continue;
    }
}

