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


// corpus/840_class_kernels.py:20
static CUDA_CALLABLE wp::vec_t<3, wp::float32> Ops__lerp3_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                           <L 21>
    // return a + (b - a) * t                                                                 <L 22>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/840_class_kernels.py:8
static CUDA_CALLABLE wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 9>
    // return 2.0 * x                                                                         <L 10>
    var_1 = wp::mul(var_0, var_x);
    return var_1;
}


// corpus/840_class_kernels.py:16
static CUDA_CALLABLE wp::float32 Ops__twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 17>
    // return Ops.SCALE * x                                                                   <L 18>
    var_1 = wp::mul(var_0, var_x);
    return var_1;
}


// corpus/840_class_kernels.py:20
static CUDA_CALLABLE void adj_Ops__lerp3_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                           <L 21>
    // return a + (b - a) * t                                                                 <L 22>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 22>
    // adj: def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                      <L 21>
    return;
}


// corpus/840_class_kernels.py:8
static CUDA_CALLABLE void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 9>
    // return 2.0 * x                                                                         <L 10>
    var_1 = wp::mul(var_0, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return 2.0 * x                                                                    <L 10>
    // adj: def twice(x: float) -> float:                                                     <L 9>
    return;
}


// corpus/840_class_kernels.py:16
static CUDA_CALLABLE void adj_Ops__twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 17>
    // return Ops.SCALE * x                                                                   <L 18>
    var_1 = wp::mul(var_0, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return Ops.SCALE * x                                                              <L 18>
    // adj: def twice(x: float) -> float:                                                     <L 17>
    return;
}



extern "C" __global__ void Sim__step_c6eb132b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.01;
        const wp::float32 var_8 = 0.01;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                      <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                            <L 31>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_v, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        var_10 = wp::load(var_1);
        var_9 = Ops__lerp3_0(var_10, var_4, var_8);
        wp::array_store(var_x, var_0, var_9);
    }
}



extern "C" __global__ void Sim__step_c6eb132b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.01;
        const wp::float32 var_8 = 0.01;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                      <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                            <L 31>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_v, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        var_10 = wp::load(var_1);
        var_9 = Ops__lerp3_0(var_10, var_4, var_8);
        // wp::array_store(var_x, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
        adj_Ops__lerp3_0(var_10, var_4, var_8, adj_1, adj_4, adj_8, adj_9);
        wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                       <L 31>
        // adj: i = wp.tid()                                                                      <L 30>
        // adj: def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                 <L 29>
        continue;
    }
}



extern "C" __global__ void Sim__Inner__damp_3bcd90d6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_k)
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
        wp::float32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // forward
        // def damp(v: wp.array(dtype=wp.vec3), k: float):                                        <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // v[i] = v[i] * twice(k)                                                                 <L 37>
        var_1 = wp::address(var_v, var_0);
        var_2 = twice_0(var_k);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        wp::array_store(var_v, var_0, var_3);
    }
}



extern "C" __global__ void Sim__Inner__damp_3bcd90d6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_k,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_k)
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
        wp::float32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        //---------
        // forward
        // def damp(v: wp.array(dtype=wp.vec3), k: float):                                        <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // v[i] = v[i] * twice(k)                                                                 <L 37>
        var_1 = wp::address(var_v, var_0);
        var_2 = twice_0(var_k);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // wp::array_store(var_v, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_3, adj_v, adj_0, adj_3);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        adj_twice_0(var_k, adj_k, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: v[i] = v[i] * twice(k)                                                            <L 37>
        // adj: i = wp.tid()                                                                      <L 36>
        // adj: def damp(v: wp.array(dtype=wp.vec3), k: float):                                   <L 35>
        continue;
    }
}



extern "C" __global__ void scale_fa382824_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def scale(a: wp.array(dtype=float)):                                                   <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // a[i] = Ops.twice(a[i]) + twice(a[i])                                                   <L 43>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = Ops__twice_0(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = twice_0(var_6);
        var_7 = wp::add(var_2, var_5);
        wp::array_store(var_a, var_0, var_7);
    }
}



extern "C" __global__ void scale_fa382824_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def scale(a: wp.array(dtype=float)):                                                   <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // a[i] = Ops.twice(a[i]) + twice(a[i])                                                   <L 43>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = Ops__twice_0(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = twice_0(var_6);
        var_7 = wp::add(var_2, var_5);
        // wp::array_store(var_a, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        adj_twice_0(var_6, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
        adj_Ops__twice_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = Ops.twice(a[i]) + twice(a[i])                                              <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def scale(a: wp.array(dtype=float)):                                              <L 41>
        continue;
    }
}

