
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


// corpus/157_type_aliases_late_constants.py:13
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    const wp::int32 var_2 = 3;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    //---------
    // forward
    // def stress(F: Mat, mu: float, lam: float) -> Mat:                                      <L 14>
    // E = (wp.transpose(F) * F - wp.identity(n=3, dtype=float)) * 0.5                        <L 15>
    var_0 = wp::transpose(var_F);
    var_1 = wp::mul(var_0, var_F);
    var_3 = wp::identity<3, wp::float32>();
    var_4 = wp::sub(var_1, var_3);
    var_6 = wp::mul(var_4, var_5);
    // return E * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * wp.trace(E))            <L 16>
    var_8 = wp::mul(var_7, var_mu);
    var_9 = wp::mul(var_6, var_8);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::trace(var_6);
    var_13 = wp::mul(var_lam, var_12);
    var_14 = wp::mul(var_11, var_13);
    var_15 = wp::add(var_9, var_14);
    return var_15;
}


// corpus/157_type_aliases_late_constants.py:13
static CUDA_CALLABLE void adj_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    const wp::int32 var_2 = 3;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def stress(F: Mat, mu: float, lam: float) -> Mat:                                      <L 14>
    // E = (wp.transpose(F) * F - wp.identity(n=3, dtype=float)) * 0.5                        <L 15>
    var_0 = wp::transpose(var_F);
    var_1 = wp::mul(var_0, var_F);
    var_3 = wp::identity<3, wp::float32>();
    var_4 = wp::sub(var_1, var_3);
    var_6 = wp::mul(var_4, var_5);
    // return E * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * wp.trace(E))            <L 16>
    var_8 = wp::mul(var_7, var_mu);
    var_9 = wp::mul(var_6, var_8);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::trace(var_6);
    var_13 = wp::mul(var_lam, var_12);
    var_14 = wp::mul(var_11, var_13);
    var_15 = wp::add(var_9, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_add(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_mul(var_lam, var_12, adj_lam, adj_12, adj_13);
    wp::adj_trace(var_6, adj_6, adj_12);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_7, var_mu, adj_7, adj_mu, adj_8);
    // adj: return E * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * wp.trace(E))       <L 16>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_mul(var_0, var_F, adj_0, adj_F, adj_1);
    wp::adj_transpose(var_F, adj_F, adj_0);
    // adj: E = (wp.transpose(F) * F - wp.identity(n=3, dtype=float)) * 0.5                   <L 15>
    // adj: def stress(F: Mat, mu: float, lam: float) -> Mat:                                 <L 14>
    return;
}



extern "C" __global__ void fem_stress_0a0d0106_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_S,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def fem_stress(F: wp.array(dtype=Mat), mu: float, lam: float, S: wp.array(dtype=mat33), energy: wp.array(dtype=real)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // s = stress(F[i], mu, lam)                                                              <L 22>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = stress_0(var_3, var_mu, var_lam);
        // S[i] = s                                                                               <L 23>
        wp::array_store(var_S, var_0, var_2);
        // energy[i] = real(wp.ddot(s, F[i]))                                                     <L 24>
        var_4 = wp::address(var_F, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::ddot(var_2, var_6);
        var_7 = wp::float32(var_5);
        wp::array_store(var_energy, var_0, var_7);
    }
}



extern "C" __global__ void fem_stress_0a0d0106_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_S,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::float32 adj_mu,
    wp::float32 adj_lam,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_S,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def fem_stress(F: wp.array(dtype=Mat), mu: float, lam: float, S: wp.array(dtype=mat33), energy: wp.array(dtype=real)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // s = stress(F[i], mu, lam)                                                              <L 22>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = stress_0(var_3, var_mu, var_lam);
        // S[i] = s                                                                               <L 23>
        // wp::array_store(var_S, var_0, var_2);
        // energy[i] = real(wp.ddot(s, F[i]))                                                     <L 24>
        var_4 = wp::address(var_F, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::ddot(var_2, var_6);
        var_7 = wp::float32(var_5);
        // wp::array_store(var_energy, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_energy, var_0, var_7, adj_energy, adj_0, adj_7);
        wp::adj_float32(var_5, adj_5, adj_7);
        wp::adj_ddot(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_4);
        // adj: energy[i] = real(wp.ddot(s, F[i]))                                                <L 24>
        wp::adj_array_store(var_S, var_0, var_2, adj_S, adj_0, adj_2);
        // adj: S[i] = s                                                                          <L 23>
        adj_stress_0(var_3, var_mu, var_lam, adj_1, adj_mu, adj_lam, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: s = stress(F[i], mu, lam)                                                         <L 22>
        // adj: i = wp.tid()                                                                      <L 21>
        // adj: def fem_stress(F: wp.array(dtype=Mat), mu: float, lam: float, S: wp.array(dtype=mat33), energy: wp.array(dtype=real)):  <L 20>
        continue;
    }
}



extern "C" __global__ void gather_29a73db2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_idx,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def gather(src: wp.array(dtype=vec3r), idx: wp.array(dtype=index_t), dst: wp.array(dtype=vec3)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // j = idx[i]                                                                             <L 30>
        var_1 = wp::address(var_idx, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = src[j]                                                                             <L 31>
        var_4 = wp::address(var_src, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // dst[i] = Vec(float(v[0]), float(v[1]), float(v[2]))                                    <L 32>
        var_8 = wp::extract(var_5, var_7);
        var_9 = wp::float(var_8);
        var_11 = wp::extract(var_5, var_10);
        var_12 = wp::float(var_11);
        var_14 = wp::extract(var_5, var_13);
        var_15 = wp::float(var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_9, var_12, var_15);
        wp::array_store(var_dst, var_0, var_16);
    }
}



extern "C" __global__ void gather_29a73db2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_idx,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::int32> adj_idx,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
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
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        //---------
        // forward
        // def gather(src: wp.array(dtype=vec3r), idx: wp.array(dtype=index_t), dst: wp.array(dtype=vec3)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // j = idx[i]                                                                             <L 30>
        var_1 = wp::address(var_idx, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = src[j]                                                                             <L 31>
        var_4 = wp::address(var_src, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // dst[i] = Vec(float(v[0]), float(v[1]), float(v[2]))                                    <L 32>
        var_8 = wp::extract(var_5, var_7);
        var_9 = wp::float(var_8);
        var_11 = wp::extract(var_5, var_10);
        var_12 = wp::float(var_11);
        var_14 = wp::extract(var_5, var_13);
        var_15 = wp::float(var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_9, var_12, var_15);
        // wp::array_store(var_dst, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_16, adj_dst, adj_0, adj_16);
        wp::adj_vec_t(var_9, var_12, var_15, adj_9, adj_12, adj_15, adj_16);
        wp::adj_float(var_14, adj_14, adj_15);
        wp::adj_extract(var_5, var_13, adj_5, adj_13, adj_14);
        wp::adj_float(var_11, adj_11, adj_12);
        wp::adj_extract(var_5, var_10, adj_5, adj_10, adj_11);
        wp::adj_float(var_8, adj_8, adj_9);
        wp::adj_extract(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: dst[i] = Vec(float(v[0]), float(v[1]), float(v[2]))                               <L 32>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_src, var_2, adj_src, adj_2, adj_4);
        // adj: v = src[j]                                                                        <L 31>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_idx, var_0, adj_idx, adj_0, adj_1);
        // adj: j = idx[i]                                                                        <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def gather(src: wp.array(dtype=vec3r), idx: wp.array(dtype=index_t), dst: wp.array(dtype=vec3)):  <L 28>
        continue;
    }
}



extern "C" __global__ void late_constants_9b266205_cuda_kernel_forward(
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def late_constants(a: wp.array(dtype=float)):                                          <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * LATE_SCALE + float(REBOUND)                                              <L 38>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_6 = wp::float(var_5);
        var_7 = wp::add(var_3, var_6);
        wp::array_store(var_a, var_0, var_7);
    }
}



extern "C" __global__ void late_constants_9b266205_cuda_kernel_backward(
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def late_constants(a: wp.array(dtype=float)):                                          <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * LATE_SCALE + float(REBOUND)                                              <L 38>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_6 = wp::float(var_5);
        var_7 = wp::add(var_3, var_6);
        // wp::array_store(var_a, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_float(var_5, adj_5, adj_6);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] * LATE_SCALE + float(REBOUND)                                         <L 38>
        // adj: i = wp.tid()                                                                      <L 37>
        // adj: def late_constants(a: wp.array(dtype=float)):                                     <L 36>
        continue;
    }
}

