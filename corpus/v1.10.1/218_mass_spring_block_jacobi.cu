
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


// corpus/218_mass_spring_block_jacobi.py:4
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> spring_jacobian_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_rest,
    wp::float32 var_k)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-09;
    bool var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::int32 var_6 = 3;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    //---------
    // forward
    // def spring_jacobian(d: wp.vec3, rest: float, k: float) -> wp.mat33:                    <L 5>
    // l = wp.length(d)                                                                       <L 6>
    var_0 = wp::length(var_d);
    // if l < 1.0e-9:                                                                         <L 7>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.mat33()                                                                  <L 8>
        var_3 = wp::mat_t<3, 3, wp::float32>();
        return var_3;
    }
    // n = d / l                                                                              <L 9>
    var_4 = wp::div(var_d, var_0);
    // nn = wp.outer(n, n)                                                                    <L 10>
    var_5 = wp::outer(var_4, var_4);
    // I = wp.identity(n=3, dtype=float)                                                      <L 11>
    var_7 = wp::identity<3, wp::float32>();
    // return -k * (nn + (I - nn) * (1.0 - rest / l))                                         <L 12>
    var_8 = wp::neg(var_k);
    var_9 = wp::sub(var_7, var_5);
    var_11 = wp::div(var_rest, var_0);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    var_14 = wp::add(var_5, var_13);
    var_15 = wp::mul(var_8, var_14);
    return var_15;
}


// corpus/218_mass_spring_block_jacobi.py:4
static CUDA_CALLABLE void adj_spring_jacobian_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_rest,
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_rest,
    wp::float32 & adj_k,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-09;
    bool var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::int32 var_6 = 3;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::float32 var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def spring_jacobian(d: wp.vec3, rest: float, k: float) -> wp.mat33:                    <L 5>
    // l = wp.length(d)                                                                       <L 6>
    var_0 = wp::length(var_d);
    // if l < 1.0e-9:                                                                         <L 7>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.mat33()                                                                  <L 8>
        var_3 = wp::mat_t<3, 3, wp::float32>();
        goto label0;
    }
    // n = d / l                                                                              <L 9>
    var_4 = wp::div(var_d, var_0);
    // nn = wp.outer(n, n)                                                                    <L 10>
    var_5 = wp::outer(var_4, var_4);
    // I = wp.identity(n=3, dtype=float)                                                      <L 11>
    var_7 = wp::identity<3, wp::float32>();
    // return -k * (nn + (I - nn) * (1.0 - rest / l))                                         <L 12>
    var_8 = wp::neg(var_k);
    var_9 = wp::sub(var_7, var_5);
    var_11 = wp::div(var_rest, var_0);
    var_12 = wp::sub(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    var_14 = wp::add(var_5, var_13);
    var_15 = wp::mul(var_8, var_14);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_15 += adj_ret;
    wp::adj_mul(var_8, var_14, adj_8, adj_14, adj_15);
    wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
    wp::adj_mul(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_div(var_rest, var_0, var_11, adj_rest, adj_0, adj_11);
    wp::adj_sub(var_7, var_5, adj_7, adj_5, adj_9);
    wp::adj_neg(var_k, adj_k, adj_8);
    // adj: return -k * (nn + (I - nn) * (1.0 - rest / l))                                    <L 12>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 11>
    wp::adj_outer(var_4, var_4, adj_4, adj_4, adj_5);
    // adj: nn = wp.outer(n, n)                                                               <L 10>
    wp::adj_div(var_d, var_0, adj_d, adj_0, adj_4);
    // adj: n = d / l                                                                         <L 9>
    if (var_2) {
        label0:;
        adj_3 += adj_ret;
        // adj: return wp.mat33()                                                             <L 8>
    }
    // adj: if l < 1.0e-9:                                                                    <L 7>
    wp::adj_length(var_d, var_0, adj_d, adj_0);
    // adj: l = wp.length(d)                                                                  <L 6>
    // adj: def spring_jacobian(d: wp.vec3, rest: float, k: float) -> wp.mat33:               <L 5>
    return;
}



extern "C" __global__ void assemble_block_diag_7d5b937c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs,
    wp::array_t<wp::float32> var_rest,
    wp::float32 var_k,
    wp::array_t<wp::float32> var_mass,
    wp::float32 var_dt,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag)
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
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32* var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        //---------
        // forward
        // def assemble_block_diag(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, mass: wp.array(dtype=float), dt: float, A_diag: wp.array(dtype=wp.mat33)):       <L 16>
        // s = wp.tid()                                                                           <L 17>
        var_0 = builtin_tid1d();
        // e = springs[s]                                                                         <L 18>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // J = spring_jacobian(x[e[1]] - x[e[0]], rest[s], k)                                     <L 19>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        var_13 = wp::address(var_rest, var_0);
        var_15 = wp::load(var_13);
        var_14 = spring_jacobian_0(var_10, var_15, var_k);
        // wp.atomic_sub(A_diag, e[0], J * (dt * dt))                                             <L 20>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_dt, var_dt);
        var_19 = wp::mul(var_14, var_18);
        var_20 = wp::atomic_sub(var_A_diag, var_17, var_19);
        // wp.atomic_sub(A_diag, e[1], J * (dt * dt))                                             <L 21>
        var_22 = wp::extract(var_2, var_21);
        var_23 = wp::mul(var_dt, var_dt);
        var_24 = wp::mul(var_14, var_23);
        var_25 = wp::atomic_sub(var_A_diag, var_22, var_24);
    }
}



extern "C" __global__ void assemble_block_diag_7d5b937c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs,
    wp::array_t<wp::float32> var_rest,
    wp::float32 var_k,
    wp::array_t<wp::float32> var_mass,
    wp::float32 var_dt,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_springs,
    wp::array_t<wp::float32> adj_rest,
    wp::float32 adj_k,
    wp::array_t<wp::float32> adj_mass,
    wp::float32 adj_dt,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A_diag)
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
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32* var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::mat_t<3, 3, wp::float32> adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def assemble_block_diag(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, mass: wp.array(dtype=float), dt: float, A_diag: wp.array(dtype=wp.mat33)):       <L 16>
        // s = wp.tid()                                                                           <L 17>
        var_0 = builtin_tid1d();
        // e = springs[s]                                                                         <L 18>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // J = spring_jacobian(x[e[1]] - x[e[0]], rest[s], k)                                     <L 19>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        var_13 = wp::address(var_rest, var_0);
        var_15 = wp::load(var_13);
        var_14 = spring_jacobian_0(var_10, var_15, var_k);
        // wp.atomic_sub(A_diag, e[0], J * (dt * dt))                                             <L 20>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_dt, var_dt);
        var_19 = wp::mul(var_14, var_18);
        // var_20 = wp::atomic_sub(var_A_diag, var_17, var_19);
        // wp.atomic_sub(A_diag, e[1], J * (dt * dt))                                             <L 21>
        var_22 = wp::extract(var_2, var_21);
        var_23 = wp::mul(var_dt, var_dt);
        var_24 = wp::mul(var_14, var_23);
        // var_25 = wp::atomic_sub(var_A_diag, var_22, var_24);
        //---------
        // reverse
        wp::adj_atomic_sub(var_A_diag, var_22, var_24, adj_A_diag, adj_22, adj_24, adj_25);
        wp::adj_mul(var_14, var_23, adj_14, adj_23, adj_24);
        wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_23);
        wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_22);
        // adj: wp.atomic_sub(A_diag, e[1], J * (dt * dt))                                        <L 21>
        wp::adj_atomic_sub(var_A_diag, var_17, var_19, adj_A_diag, adj_17, adj_19, adj_20);
        wp::adj_mul(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        // adj: wp.atomic_sub(A_diag, e[0], J * (dt * dt))                                        <L 20>
        adj_spring_jacobian_0(var_10, var_15, var_k, adj_10, adj_13, adj_k, adj_14);
        wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_13);
        wp::adj_sub(var_11, var_12, adj_6, adj_9, adj_10);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_9);
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: J = spring_jacobian(x[e[1]] - x[e[0]], rest[s], k)                                <L 19>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
        // adj: e = springs[s]                                                                    <L 18>
        // adj: s = wp.tid()                                                                      <L 17>
        // adj: def assemble_block_diag(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, mass: wp.array(dtype=float), dt: float, A_diag: wp.array(dtype=wp.mat33)):  <L 16>
        continue;
    }
}



extern "C" __global__ void add_mass_7ac6651a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::float32> var_mass)
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
        const wp::int32 var_2 = 3;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // forward
        // def add_mass(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float)):           <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // A_diag[i] = A_diag[i] + wp.identity(n=3, dtype=float) * mass[i]                        <L 27>
        var_1 = wp::address(var_A_diag, var_0);
        var_3 = wp::identity<3, wp::float32>();
        var_4 = wp::address(var_mass, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_3, var_6);
        var_8 = wp::load(var_1);
        var_7 = wp::add(var_8, var_5);
        wp::array_store(var_A_diag, var_0, var_7);
    }
}



extern "C" __global__ void add_mass_7ac6651a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A_diag,
    wp::array_t<wp::float32> adj_mass)
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
        const wp::int32 var_2 = 3;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def add_mass(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float)):           <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // A_diag[i] = A_diag[i] + wp.identity(n=3, dtype=float) * mass[i]                        <L 27>
        var_1 = wp::address(var_A_diag, var_0);
        var_3 = wp::identity<3, wp::float32>();
        var_4 = wp::address(var_mass, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_3, var_6);
        var_8 = wp::load(var_1);
        var_7 = wp::add(var_8, var_5);
        // wp::array_store(var_A_diag, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_A_diag, var_0, var_7, adj_A_diag, adj_0, adj_7);
        wp::adj_add(var_8, var_5, adj_1, adj_5, adj_7);
        wp::adj_mul(var_3, var_6, adj_3, adj_4, adj_5);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_4);
        wp::adj_address(var_A_diag, var_0, adj_A_diag, adj_0, adj_1);
        // adj: A_diag[i] = A_diag[i] + wp.identity(n=3, dtype=float) * mass[i]                   <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def add_mass(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float)):      <L 25>
        continue;
    }
}



extern "C" __global__ void spring_forces_a4f33150_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs,
    wp::array_t<wp::float32> var_rest,
    wp::float32 var_k,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f)
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
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-09;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def spring_forces(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, f: wp.array(dtype=wp.vec3)):       <L 31>
        // s = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // e = springs[s]                                                                         <L 33>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = x[e[1]] - x[e[0]]                                                                  <L 34>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        // l = wp.length(d)                                                                       <L 35>
        var_13 = wp::length(var_10);
        // if l < 1.0e-9:                                                                         <L 36>
        var_15 = (var_13 < var_14);
        if (var_15) {
            // return                                                                             <L 37>
            continue;
        }
        // fs = d * (k * (l - rest[s]) / l)                                                       <L 38>
        var_16 = wp::address(var_rest, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_13, var_18);
        var_19 = wp::mul(var_k, var_17);
        var_20 = wp::div(var_19, var_13);
        var_21 = wp::mul(var_10, var_20);
        // wp.atomic_add(f, e[0], fs)                                                             <L 39>
        var_23 = wp::extract(var_2, var_22);
        var_24 = wp::atomic_add(var_f, var_23, var_21);
        // wp.atomic_sub(f, e[1], fs)                                                             <L 40>
        var_26 = wp::extract(var_2, var_25);
        var_27 = wp::atomic_sub(var_f, var_26, var_21);
    }
}



extern "C" __global__ void spring_forces_a4f33150_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs,
    wp::array_t<wp::float32> var_rest,
    wp::float32 var_k,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_springs,
    wp::array_t<wp::float32> adj_rest,
    wp::float32 adj_k,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f)
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
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-09;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def spring_forces(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, f: wp.array(dtype=wp.vec3)):       <L 31>
        // s = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // e = springs[s]                                                                         <L 33>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = x[e[1]] - x[e[0]]                                                                  <L 34>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::extract(var_2, var_7);
        var_9 = wp::address(var_x, var_8);
        var_11 = wp::load(var_6);
        var_12 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_12);
        // l = wp.length(d)                                                                       <L 35>
        var_13 = wp::length(var_10);
        // if l < 1.0e-9:                                                                         <L 36>
        var_15 = (var_13 < var_14);
        if (var_15) {
            // return                                                                             <L 37>
            goto label0;
        }
        // fs = d * (k * (l - rest[s]) / l)                                                       <L 38>
        var_16 = wp::address(var_rest, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_13, var_18);
        var_19 = wp::mul(var_k, var_17);
        var_20 = wp::div(var_19, var_13);
        var_21 = wp::mul(var_10, var_20);
        // wp.atomic_add(f, e[0], fs)                                                             <L 39>
        var_23 = wp::extract(var_2, var_22);
        // var_24 = wp::atomic_add(var_f, var_23, var_21);
        // wp.atomic_sub(f, e[1], fs)                                                             <L 40>
        var_26 = wp::extract(var_2, var_25);
        // var_27 = wp::atomic_sub(var_f, var_26, var_21);
        //---------
        // reverse
        wp::adj_atomic_sub(var_f, var_26, var_21, adj_f, adj_26, adj_21, adj_27);
        wp::adj_extract(var_2, var_25, adj_2, adj_25, adj_26);
        // adj: wp.atomic_sub(f, e[1], fs)                                                        <L 40>
        wp::adj_atomic_add(var_f, var_23, var_21, adj_f, adj_23, adj_21, adj_24);
        wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
        // adj: wp.atomic_add(f, e[0], fs)                                                        <L 39>
        wp::adj_mul(var_10, var_20, adj_10, adj_20, adj_21);
        wp::adj_div(var_19, var_13, var_20, adj_19, adj_13, adj_20);
        wp::adj_mul(var_k, var_17, adj_k, adj_17, adj_19);
        wp::adj_sub(var_13, var_18, adj_13, adj_16, adj_17);
        wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_16);
        // adj: fs = d * (k * (l - rest[s]) / l)                                                  <L 38>
        if (var_15) {
            label0:;
            // adj: return                                                                        <L 37>
        }
        // adj: if l < 1.0e-9:                                                                    <L 36>
        wp::adj_length(var_10, var_13, adj_10, adj_13);
        // adj: l = wp.length(d)                                                                  <L 35>
        wp::adj_sub(var_11, var_12, adj_6, adj_9, adj_10);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_9);
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: d = x[e[1]] - x[e[0]]                                                             <L 34>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
        // adj: e = springs[s]                                                                    <L 33>
        // adj: s = wp.tid()                                                                      <L 32>
        // adj: def spring_forces(x: wp.array(dtype=wp.vec3), springs: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), k: float, f: wp.array(dtype=wp.vec3)):  <L 31>
        continue;
    }
}



extern "C" __global__ void block_jacobi_velocity_5e554334_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new)
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
        wp::float32* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32>* var_14;
        wp::mat_t<3, 3, wp::float32> var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 1e-12;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def block_jacobi_velocity(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), gravity: wp.vec3, dt: float, v_new: wp.array(dtype=wp.vec3)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // rhs = v[i] * mass[i] + (f[i] + gravity * mass[i]) * dt                                 <L 46>
        var_1 = wp::address(var_v, var_0);
        var_2 = wp::address(var_mass, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        var_6 = wp::address(var_f, var_0);
        var_7 = wp::address(var_mass, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_gravity, var_9);
        var_11 = wp::load(var_6);
        var_10 = wp::add(var_11, var_8);
        var_12 = wp::mul(var_10, var_dt);
        var_13 = wp::add(var_3, var_12);
        // A = A_diag[i]                                                                          <L 47>
        var_14 = wp::address(var_A_diag, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if wp.abs(wp.determinant(A)) < 1.0e-12:                                                <L 48>
        var_17 = wp::determinant(var_15);
        var_18 = wp::abs(var_17);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // v_new[i] = v[i]                                                                    <L 49>
            var_21 = wp::address(var_v, var_0);
            var_22 = wp::load(var_21);
            wp::array_store(var_v_new, var_0, var_22);
            // return                                                                             <L 50>
            continue;
        }
        // v_new[i] = wp.inverse(A) * rhs                                                         <L 51>
        var_23 = wp::inverse(var_15);
        var_24 = wp::mul(var_23, var_13);
        wp::array_store(var_v_new, var_0, var_24);
    }
}



extern "C" __global__ void block_jacobi_velocity_5e554334_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A_diag,
    wp::array_t<wp::float32> adj_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_new)
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
        wp::float32* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32>* var_14;
        wp::mat_t<3, 3, wp::float32> var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 1e-12;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::mat_t<3, 3, wp::float32> adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def block_jacobi_velocity(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), gravity: wp.vec3, dt: float, v_new: wp.array(dtype=wp.vec3)):       <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // rhs = v[i] * mass[i] + (f[i] + gravity * mass[i]) * dt                                 <L 46>
        var_1 = wp::address(var_v, var_0);
        var_2 = wp::address(var_mass, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        var_6 = wp::address(var_f, var_0);
        var_7 = wp::address(var_mass, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_gravity, var_9);
        var_11 = wp::load(var_6);
        var_10 = wp::add(var_11, var_8);
        var_12 = wp::mul(var_10, var_dt);
        var_13 = wp::add(var_3, var_12);
        // A = A_diag[i]                                                                          <L 47>
        var_14 = wp::address(var_A_diag, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if wp.abs(wp.determinant(A)) < 1.0e-12:                                                <L 48>
        var_17 = wp::determinant(var_15);
        var_18 = wp::abs(var_17);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // v_new[i] = v[i]                                                                    <L 49>
            var_21 = wp::address(var_v, var_0);
            var_22 = wp::load(var_21);
            // wp::array_store(var_v_new, var_0, var_22);
            // return                                                                             <L 50>
            goto label0;
        }
        // v_new[i] = wp.inverse(A) * rhs                                                         <L 51>
        var_23 = wp::inverse(var_15);
        var_24 = wp::mul(var_23, var_13);
        // wp::array_store(var_v_new, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_v_new, var_0, var_24, adj_v_new, adj_0, adj_24);
        wp::adj_mul(var_23, var_13, adj_23, adj_13, adj_24);
        wp::adj_inverse(var_15, var_23, adj_15, adj_23);
        // adj: v_new[i] = wp.inverse(A) * rhs                                                    <L 51>
        if (var_20) {
            label0:;
            // adj: return                                                                        <L 50>
            wp::adj_array_store(var_v_new, var_0, var_22, adj_v_new, adj_0, adj_21);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_21);
            // adj: v_new[i] = v[i]                                                               <L 49>
        }
        wp::adj_abs(var_17, adj_17, adj_18);
        wp::adj_determinant(var_15, adj_15, adj_17);
        // adj: if wp.abs(wp.determinant(A)) < 1.0e-12:                                           <L 48>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_A_diag, var_0, adj_A_diag, adj_0, adj_14);
        // adj: A = A_diag[i]                                                                     <L 47>
        wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_12);
        wp::adj_add(var_11, var_8, adj_6, adj_8, adj_10);
        wp::adj_mul(var_gravity, var_9, adj_gravity, adj_7, adj_8);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_7);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_6);
        wp::adj_mul(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: rhs = v[i] * mass[i] + (f[i] + gravity * mass[i]) * dt                            <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def block_jacobi_velocity(A_diag: wp.array(dtype=wp.mat33), mass: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), gravity: wp.vec3, dt: float, v_new: wp.array(dtype=wp.vec3)):  <L 44>
        continue;
    }
}



extern "C" __global__ void commit_06272842_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new,
    wp::array_t<bool> var_pinned,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag)
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
        bool* var_1;
        bool var_2;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        //---------
        // forward
        // def commit(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), v_new: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), dt: float, f: wp.array(dtype=wp.vec3), A_diag: wp.array(dtype=wp.mat33)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // if not pinned[i]:                                                                      <L 57>
        var_1 = wp::address(var_pinned, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::unot(var_3);
        if (var_2) {
            // v[i] = v_new[i]                                                                    <L 58>
            var_4 = wp::address(var_v_new, var_0);
            var_5 = wp::load(var_4);
            wp::array_store(var_v, var_0, var_5);
            // x[i] = x[i] + v[i] * dt                                                            <L 59>
            var_6 = wp::address(var_x, var_0);
            var_7 = wp::address(var_v, var_0);
            var_9 = wp::load(var_7);
            var_8 = wp::mul(var_9, var_dt);
            var_11 = wp::load(var_6);
            var_10 = wp::add(var_11, var_8);
            wp::array_store(var_x, var_0, var_10);
        }
        // f[i] = wp.vec3()                                                                       <L 60>
        var_12 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_f, var_0, var_12);
        // A_diag[i] = wp.mat33()                                                                 <L 61>
        var_13 = wp::mat_t<3, 3, wp::float32>();
        wp::array_store(var_A_diag, var_0, var_13);
    }
}



extern "C" __global__ void commit_06272842_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new,
    wp::array_t<bool> var_pinned,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_A_diag,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_new,
    wp::array_t<bool> adj_pinned,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_A_diag)
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
        bool* var_1;
        bool var_2;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        bool adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def commit(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), v_new: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), dt: float, f: wp.array(dtype=wp.vec3), A_diag: wp.array(dtype=wp.mat33)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // if not pinned[i]:                                                                      <L 57>
        var_1 = wp::address(var_pinned, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::unot(var_3);
        if (var_2) {
            // v[i] = v_new[i]                                                                    <L 58>
            var_4 = wp::address(var_v_new, var_0);
            var_5 = wp::load(var_4);
            // wp::array_store(var_v, var_0, var_5);
            // x[i] = x[i] + v[i] * dt                                                            <L 59>
            var_6 = wp::address(var_x, var_0);
            var_7 = wp::address(var_v, var_0);
            var_9 = wp::load(var_7);
            var_8 = wp::mul(var_9, var_dt);
            var_11 = wp::load(var_6);
            var_10 = wp::add(var_11, var_8);
            // wp::array_store(var_x, var_0, var_10);
        }
        // f[i] = wp.vec3()                                                                       <L 60>
        var_12 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_f, var_0, var_12);
        // A_diag[i] = wp.mat33()                                                                 <L 61>
        var_13 = wp::mat_t<3, 3, wp::float32>();
        // wp::array_store(var_A_diag, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_A_diag, var_0, var_13, adj_A_diag, adj_0, adj_13);
        // adj: A_diag[i] = wp.mat33()                                                            <L 61>
        wp::adj_array_store(var_f, var_0, var_12, adj_f, adj_0, adj_12);
        // adj: f[i] = wp.vec3()                                                                  <L 60>
        if (var_2) {
            wp::adj_array_store(var_x, var_0, var_10, adj_x, adj_0, adj_10);
            wp::adj_add(var_11, var_8, adj_6, adj_8, adj_10);
            wp::adj_mul(var_9, var_dt, adj_7, adj_dt, adj_8);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_7);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
            // adj: x[i] = x[i] + v[i] * dt                                                       <L 59>
            wp::adj_array_store(var_v, var_0, var_5, adj_v, adj_0, adj_4);
            wp::adj_address(var_v_new, var_0, adj_v_new, adj_0, adj_4);
            // adj: v[i] = v_new[i]                                                               <L 58>
        }
        wp::adj_address(var_pinned, var_0, adj_pinned, adj_0, adj_1);
        // adj: if not pinned[i]:                                                                 <L 57>
        // adj: i = wp.tid()                                                                      <L 56>
        // adj: def commit(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), v_new: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), dt: float, f: wp.array(dtype=wp.vec3), A_diag: wp.array(dtype=wp.mat33)):  <L 55>
        continue;
    }
}

