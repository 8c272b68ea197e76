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


struct Pair_be4f5d64
{
    wp::float32 a;
    wp::float32 b;


    Pair_be4f5d64() = default;
    CUDA_CALLABLE Pair_be4f5d64(wp::float32 const& a,
    wp::float32 const& b = {})
        : a{a}
        , b{b}

    {
    }

    CUDA_CALLABLE Pair_be4f5d64& operator += (const Pair_be4f5d64& rhs)
    {    a += rhs.a;
    b += rhs.b;

        return *this;}

};

static CUDA_CALLABLE void adj_Pair_be4f5d64(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    Pair_be4f5d64 & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
}

// Required when compiling adjoints.
CUDA_CALLABLE Pair_be4f5d64 add(const Pair_be4f5d64& a, const Pair_be4f5d64& b)
{
    return Pair_be4f5d64();
}

CUDA_CALLABLE void adj_atomic_add(Pair_be4f5d64* p, Pair_be4f5d64 t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
}




// corpus/847_kernel_overloads_mixed.py:0
static CUDA_CALLABLE wp::float32 sq_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/847_kernel_overloads_mixed.py:0
static CUDA_CALLABLE wp::float64 sq_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/847_kernel_overloads_mixed.py:0
static CUDA_CALLABLE void adj_sq_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 2>
    // adj: def sq(x: Any):                                                                   <L 1>
    return;
}


// corpus/847_kernel_overloads_mixed.py:0
static CUDA_CALLABLE void adj_sq_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 2>
    // adj: def sq(x: Any):                                                                   <L 1>
    return;
}



extern "C" __global__ void energy_b771879f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_e,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // e[i] = k * sq(x[i])                                                                    <L 3>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = sq_0(var_3);
        var_4 = wp::mul(var_k, var_2);
        wp::array_store(var_e, var_0, var_4);
    }
}



extern "C" __global__ void energy_b771879f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_e,
    wp::float32 var_k,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_e,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // e[i] = k * sq(x[i])                                                                    <L 3>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = sq_0(var_3);
        var_4 = wp::mul(var_k, var_2);
        // wp::array_store(var_e, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_e, var_0, var_4, adj_e, adj_0, adj_4);
        wp::adj_mul(var_k, var_2, adj_k, adj_2, adj_4);
        adj_sq_0(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: e[i] = k * sq(x[i])                                                               <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):          <L 1>
        continue;
    }
}



extern "C" __global__ void energy_b72ae678_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_e,
    wp::float64 var_k)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // forward
        // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // e[i] = k * sq(x[i])                                                                    <L 3>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = sq_0(var_3);
        var_4 = wp::mul(var_k, var_2);
        wp::array_store(var_e, var_0, var_4);
    }
}



extern "C" __global__ void energy_b72ae678_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_e,
    wp::float64 var_k,
    wp::array_t<wp::float64> adj_x,
    wp::array_t<wp::float64> adj_e,
    wp::float64 adj_k)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        //---------
        // forward
        // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // e[i] = k * sq(x[i])                                                                    <L 3>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = sq_0(var_3);
        var_4 = wp::mul(var_k, var_2);
        // wp::array_store(var_e, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_e, var_0, var_4, adj_e, adj_0, adj_4);
        wp::adj_mul(var_k, var_2, adj_k, adj_2, adj_4);
        adj_sq_0(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: e[i] = k * sq(x[i])                                                               <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):          <L 1>
        continue;
    }
}



extern "C" __global__ void norms_96813255_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out)
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
        //---------
        // forward
        // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // out[i] = wp.length(v[i])                                                               <L 3>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void norms_96813255_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_out)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        //---------
        // forward
        // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // out[i] = wp.length(v[i])                                                               <L 3>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        wp::adj_length(var_3, var_2, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: out[i] = wp.length(v[i])                                                          <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                      <L 1>
        continue;
    }
}



extern "C" __global__ void norms_5f592f25_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_v,
    wp::array_t<wp::float64> var_out)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::float64 var_2;
        wp::vec_t<2, wp::float64> var_3;
        //---------
        // forward
        // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // out[i] = wp.length(v[i])                                                               <L 3>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void norms_5f592f25_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_v,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_v,
    wp::array_t<wp::float64> adj_out)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::float64 var_2;
        wp::vec_t<2, wp::float64> var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float64> adj_1 = {};
        wp::float64 adj_2 = {};
        wp::vec_t<2, wp::float64> adj_3 = {};
        //---------
        // forward
        // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // out[i] = wp.length(v[i])                                                               <L 3>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        wp::adj_length(var_3, var_2, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: out[i] = wp.length(v[i])                                                          <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                      <L 1>
        continue;
    }
}



extern "C" __global__ void fill_24286411_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Pair_be4f5d64> var_p,
    Pair_be4f5d64 var_v)
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
        //---------
        // forward
        // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // p[i] = v                                                                               <L 3>
        wp::array_store(var_p, var_0, var_v);
    }
}



extern "C" __global__ void fill_24286411_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Pair_be4f5d64> var_p,
    Pair_be4f5d64 var_v,
    wp::array_t<Pair_be4f5d64> adj_p,
    Pair_be4f5d64 adj_v)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        //---------
        // forward
        // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // p[i] = v                                                                               <L 3>
        // wp::array_store(var_p, var_0, var_v);
        //---------
        // reverse
        wp::adj_array_store(var_p, var_0, var_v, adj_p, adj_0, adj_v);
        // adj: p[i] = v                                                                          <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def fill(p: wp.array(dtype=Any), v: Any):                                         <L 1>
        continue;
    }
}



extern "C" __global__ void fill_33a890cd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_p,
    wp::int32 var_v)
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
        //---------
        // forward
        // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // p[i] = v                                                                               <L 3>
        wp::array_store(var_p, var_0, var_v);
    }
}



extern "C" __global__ void fill_33a890cd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_p,
    wp::int32 var_v,
    wp::array_t<wp::int32> adj_p,
    wp::int32 adj_v)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        //---------
        // forward
        // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // p[i] = v                                                                               <L 3>
        // wp::array_store(var_p, var_0, var_v);
        //---------
        // reverse
        wp::adj_array_store(var_p, var_0, var_v, adj_p, adj_0, adj_v);
        // adj: p[i] = v                                                                          <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def fill(p: wp.array(dtype=Any), v: Any):                                         <L 1>
        continue;
    }
}

