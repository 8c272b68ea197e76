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


// corpus/701_sph_hash_grid.py:7
static CUDA_CALLABLE wp::float32 poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 315.0;
    const wp::float32 var_1 = 64.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    const wp::float32 var_4 = 9.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def poly6(r2: float, h: float):                                                        <L 8>
    // k = 315.0 / (64.0 * wp.pi * wp.pow(h, 9.0))                                            <L 9>
    var_3 = wp::mul(var_1, var_2);
    var_5 = wp::pow(var_h, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_0, var_6);
    // d = h * h - r2                                                                         <L 10>
    var_8 = wp::mul(var_h, var_h);
    var_9 = wp::sub(var_8, var_r2);
    // return k * d * d * d                                                                   <L 11>
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::mul(var_10, var_9);
    var_12 = wp::mul(var_11, var_9);
    return var_12;
}


// corpus/701_sph_hash_grid.py:24
static CUDA_CALLABLE wp::int32 count_within_0(
    wp::hash_grid_query_f var_query,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    bool var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def count_within(query: wp.HashGridQuery, x: wp.array(dtype=wp.vec3), p: wp.vec3, h: float):       <L 25>
    // n = int(0)                                                                             <L 26>
    var_1 = wp::int(var_0);
    // j = int(0)                                                                             <L 27>
    var_3 = wp::int(var_2);
    // while wp.hash_grid_query_next(query, j):                                               <L 28>
    start_while_0:;
    var_4 = wp::hash_grid_query_next(var_query, var_3);
    if ((var_4) == false) goto end_while_0;
        // if wp.length_sq(x[j] - p) < h * h:                                                 <L 29>
        var_5 = wp::address(var_x, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_p);
        var_8 = wp::length_sq(var_6);
        var_9 = wp::mul(var_h, var_h);
        var_10 = (var_8 < var_9);
        if (var_10) {
            // n += 1                                                                         <L 30>
            var_12 = wp::add(var_1, var_11);
        }
        var_13 = wp::where(var_10, var_12, var_1);
        wp::assign(var_1, var_13);
    goto start_while_0;
    end_while_0:;
    // return n                                                                               <L 31>
    return var_1;
}


// corpus/701_sph_hash_grid.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    bool var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = -45.0;
    const wp::float32 var_8 = 3.141592653589793;
    const wp::float32 var_9 = 6.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float):                                                  <L 15>
    // l = wp.length(r)                                                                       <L 16>
    var_0 = wp::length(var_r);
    // if l < 1.0e-6 or l >= h:                                                               <L 17>
    var_3 = (var_0 < var_2);
    var_1 = var_3;
    if (!var_1) {
        var_4 = (var_0 >= var_h);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3(0.0)                                                                <L 18>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        return var_6;
    }
    // k = -45.0 / (wp.pi * wp.pow(h, 6.0))                                                   <L 19>
    var_10 = wp::pow(var_h, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::div(var_7, var_11);
    // d = h - l                                                                              <L 20>
    var_13 = wp::sub(var_h, var_0);
    // return r * (k * d * d / l)                                                             <L 21>
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::mul(var_14, var_13);
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    return var_17;
}


// corpus/701_sph_hash_grid.py:7
static CUDA_CALLABLE void adj_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h,
    wp::float32 & adj_r2,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 315.0;
    const wp::float32 var_1 = 64.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    const wp::float32 var_4 = 9.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def poly6(r2: float, h: float):                                                        <L 8>
    // k = 315.0 / (64.0 * wp.pi * wp.pow(h, 9.0))                                            <L 9>
    var_3 = wp::mul(var_1, var_2);
    var_5 = wp::pow(var_h, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_0, var_6);
    // d = h * h - r2                                                                         <L 10>
    var_8 = wp::mul(var_h, var_h);
    var_9 = wp::sub(var_8, var_r2);
    // return k * d * d * d                                                                   <L 11>
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::mul(var_10, var_9);
    var_12 = wp::mul(var_11, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_mul(var_11, var_9, adj_11, adj_9, adj_12);
    wp::adj_mul(var_10, var_9, adj_10, adj_9, adj_11);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    // adj: return k * d * d * d                                                              <L 11>
    wp::adj_sub(var_8, var_r2, adj_8, adj_r2, adj_9);
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_8);
    // adj: d = h * h - r2                                                                    <L 10>
    wp::adj_div(var_0, var_6, var_7, adj_0, adj_6, adj_7);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_pow(var_h, var_4, var_5, adj_h, adj_4, adj_5);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: k = 315.0 / (64.0 * wp.pi * wp.pow(h, 9.0))                                       <L 9>
    // adj: def poly6(r2: float, h: float):                                                   <L 8>
    return;
}


// corpus/701_sph_hash_grid.py:24
static CUDA_CALLABLE void adj_count_within_0(
    wp::hash_grid_query_f var_query,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h,
    wp::hash_grid_query_f & adj_query,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_h,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    bool var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def count_within(query: wp.HashGridQuery, x: wp.array(dtype=wp.vec3), p: wp.vec3, h: float):       <L 25>
    // n = int(0)                                                                             <L 26>
    var_1 = wp::int(var_0);
    // j = int(0)                                                                             <L 27>
    var_3 = wp::int(var_2);
    // while wp.hash_grid_query_next(query, j):                                               <L 28>
    // return n                                                                               <L 31>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return n                                                                          <L 31>
    start_while_0:;
    var_4 = wp::hash_grid_query_next(var_query, var_3);
    if ((var_4) == false) goto end_while_0;
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
        // if wp.length_sq(x[j] - p) < h * h:                                                 <L 29>
        var_5 = wp::address(var_x, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_p);
        var_8 = wp::length_sq(var_6);
        var_9 = wp::mul(var_h, var_h);
        var_10 = (var_8 < var_9);
        if (var_10) {
            // n += 1                                                                         <L 30>
            var_12 = wp::add(var_1, var_11);
        }
        var_13 = wp::where(var_10, var_12, var_1);
        wp::assign(var_1, var_13);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_where(var_10, var_12, var_1, adj_10, adj_12, adj_1, adj_13);
        if (var_10) {
            wp::adj_add(var_1, var_11, adj_1, adj_11, adj_12);
            // adj: n += 1                                                                    <L 30>
        }
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_9);
        wp::adj_length_sq(var_6, adj_6, adj_8);
        wp::adj_sub(var_7, var_p, adj_5, adj_p, adj_6);
        wp::adj_address(var_x, var_3, adj_x, adj_3, adj_5);
        // adj: if wp.length_sq(x[j] - p) < h * h:                                            <L 29>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.hash_grid_query_next(query, j):                                          <L 28>
    // adj: j = int(0)                                                                        <L 27>
    // adj: n = int(0)                                                                        <L 26>
    // adj: def count_within(query: wp.HashGridQuery, x: wp.array(dtype=wp.vec3), p: wp.vec3, h: float):  <L 25>
    return;
}


// corpus/701_sph_hash_grid.py:14
static CUDA_CALLABLE void adj_spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    bool var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = -45.0;
    const wp::float32 var_8 = 3.141592653589793;
    const wp::float32 var_9 = 6.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float):                                                  <L 15>
    // l = wp.length(r)                                                                       <L 16>
    var_0 = wp::length(var_r);
    // if l < 1.0e-6 or l >= h:                                                               <L 17>
    var_3 = (var_0 < var_2);
    var_1 = var_3;
    if (!var_1) {
        var_4 = (var_0 >= var_h);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3(0.0)                                                                <L 18>
        var_6 = wp::vec_t<3, wp::float32>(var_5);
        goto label0;
    }
    // k = -45.0 / (wp.pi * wp.pow(h, 6.0))                                                   <L 19>
    var_10 = wp::pow(var_h, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::div(var_7, var_11);
    // d = h - l                                                                              <L 20>
    var_13 = wp::sub(var_h, var_0);
    // return r * (k * d * d / l)                                                             <L 21>
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::mul(var_14, var_13);
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_mul(var_r, var_16, adj_r, adj_16, adj_17);
    wp::adj_div(var_15, var_0, var_16, adj_15, adj_0, adj_16);
    wp::adj_mul(var_14, var_13, adj_14, adj_13, adj_15);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    // adj: return r * (k * d * d / l)                                                        <L 21>
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_13);
    // adj: d = h - l                                                                         <L 20>
    wp::adj_div(var_7, var_11, var_12, adj_7, adj_11, adj_12);
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_pow(var_h, var_9, var_10, adj_h, adj_9, adj_10);
    // adj: k = -45.0 / (wp.pi * wp.pow(h, 6.0))                                              <L 19>
    if (var_1) {
        label0:;
        adj_6 += adj_ret;
        wp::adj_vec_t(var_5, adj_5, adj_6);
        // adj: return wp.vec3(0.0)                                                           <L 18>
    }
    if (!var_1) {
    }
    // adj: if l < 1.0e-6 or l >= h:                                                          <L 17>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 16>
    // adj: def spiky_grad(r: wp.vec3, h: float):                                             <L 15>
    return;
}



extern "C" __global__ void compute_density_88ae0370_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_rest_density,
    wp::float32 var_stiffness,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::int32> var_neighbors)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::hash_grid_query_f var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::hash_grid_query_f var_25;
        wp::int32 var_26;
        //---------
        // forward
        // def compute_density(                                                                   <L 35>
        // tid = wp.tid()                                                                         <L 46>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 47>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // p = x[i]                                                                               <L 48>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // s = float(0.0)                                                                         <L 49>
        var_6 = wp::float(var_5);
        // query = wp.hash_grid_query(grid, p, h)                                                 <L 50>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_h);
        // index = int(0)                                                                         <L 51>
        var_9 = wp::int(var_8);
        // while wp.hash_grid_query_next(query, index):                                           <L 52>
        start_while_0:;
        var_10 = wp::hash_grid_query_next(var_7, var_9);
        if ((var_10) == false) goto end_while_0;
            // r2 = wp.length_sq(p - x[index])                                                    <L 53>
            var_11 = wp::address(var_x, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_3, var_13);
            var_14 = wp::length_sq(var_12);
            // if r2 < h * h:                                                                     <L 54>
            var_15 = wp::mul(var_h, var_h);
            var_16 = (var_14 < var_15);
            if (var_16) {
                // s += mass * poly6(r2, h)                                                       <L 55>
                var_17 = poly6_0(var_14, var_h);
                var_18 = wp::mul(var_mass, var_17);
                var_19 = wp::add(var_6, var_18);
            }
            var_20 = wp::where(var_16, var_19, var_6);
            wp::assign(var_6, var_20);
        goto start_while_0;
        end_while_0:;
        // rho[i] = s                                                                             <L 56>
        wp::array_store(var_rho, var_1, var_6);
        // pressure[i] = stiffness * wp.max(s - rest_density, 0.0)                                <L 57>
        var_21 = wp::sub(var_6, var_rest_density);
        var_23 = wp::max(var_21, var_22);
        var_24 = wp::mul(var_stiffness, var_23);
        wp::array_store(var_pressure, var_1, var_24);
        // neighbors[i] = count_within(wp.hash_grid_query(grid, p, h), x, p, h)                   <L 58>
        var_25 = wp::hash_grid_query(var_grid, var_3, var_h);
        var_26 = count_within_0(var_25, var_x, var_3, var_h);
        wp::array_store(var_neighbors, var_1, var_26);
    }
}



extern "C" __global__ void compute_density_88ae0370_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_rest_density,
    wp::float32 var_stiffness,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::int32> var_neighbors,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_mass,
    wp::float32 adj_h,
    wp::float32 adj_rest_density,
    wp::float32 adj_stiffness,
    wp::array_t<wp::float32> adj_rho,
    wp::array_t<wp::float32> adj_pressure,
    wp::array_t<wp::int32> adj_neighbors)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::hash_grid_query_f var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::hash_grid_query_f var_25;
        wp::int32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::hash_grid_query_f adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::hash_grid_query_f adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def compute_density(                                                                   <L 35>
        // tid = wp.tid()                                                                         <L 46>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 47>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // p = x[i]                                                                               <L 48>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // s = float(0.0)                                                                         <L 49>
        var_6 = wp::float(var_5);
        // query = wp.hash_grid_query(grid, p, h)                                                 <L 50>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_h);
        // index = int(0)                                                                         <L 51>
        var_9 = wp::int(var_8);
        // while wp.hash_grid_query_next(query, index):                                           <L 52>
        // rho[i] = s                                                                             <L 56>
        // wp::array_store(var_rho, var_1, var_6);
        // pressure[i] = stiffness * wp.max(s - rest_density, 0.0)                                <L 57>
        var_21 = wp::sub(var_6, var_rest_density);
        var_23 = wp::max(var_21, var_22);
        var_24 = wp::mul(var_stiffness, var_23);
        // wp::array_store(var_pressure, var_1, var_24);
        // neighbors[i] = count_within(wp.hash_grid_query(grid, p, h), x, p, h)                   <L 58>
        var_25 = wp::hash_grid_query(var_grid, var_3, var_h);
        var_26 = count_within_0(var_25, var_x, var_3, var_h);
        // wp::array_store(var_neighbors, var_1, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_neighbors, var_1, var_26, adj_neighbors, adj_1, adj_26);
        adj_count_within_0(var_25, var_x, var_3, var_h, adj_25, adj_x, adj_3, adj_h, adj_26);
        // adj: neighbors[i] = count_within(wp.hash_grid_query(grid, p, h), x, p, h)              <L 58>
        wp::adj_array_store(var_pressure, var_1, var_24, adj_pressure, adj_1, adj_24);
        wp::adj_mul(var_stiffness, var_23, adj_stiffness, adj_23, adj_24);
        wp::adj_max(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_sub(var_6, var_rest_density, adj_6, adj_rest_density, adj_21);
        // adj: pressure[i] = stiffness * wp.max(s - rest_density, 0.0)                           <L 57>
        wp::adj_array_store(var_rho, var_1, var_6, adj_rho, adj_1, adj_6);
        // adj: rho[i] = s                                                                        <L 56>
        start_while_0:;
        var_10 = wp::hash_grid_query_next(var_7, var_9);
        if ((var_10) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
            // r2 = wp.length_sq(p - x[index])                                                    <L 53>
            var_11 = wp::address(var_x, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_3, var_13);
            var_14 = wp::length_sq(var_12);
            // if r2 < h * h:                                                                     <L 54>
            var_15 = wp::mul(var_h, var_h);
            var_16 = (var_14 < var_15);
            if (var_16) {
                // s += mass * poly6(r2, h)                                                       <L 55>
                var_17 = poly6_0(var_14, var_h);
                var_18 = wp::mul(var_mass, var_17);
                var_19 = wp::add(var_6, var_18);
            }
            var_20 = wp::where(var_16, var_19, var_6);
            wp::assign(var_6, var_20);
            wp::adj_assign(var_6, var_20, adj_6, adj_20);
            wp::adj_where(var_16, var_19, var_6, adj_16, adj_19, adj_6, adj_20);
            if (var_16) {
                wp::adj_add(var_6, var_18, adj_6, adj_18, adj_19);
                wp::adj_mul(var_mass, var_17, adj_mass, adj_17, adj_18);
                adj_poly6_0(var_14, var_h, adj_14, adj_h, adj_17);
                // adj: s += mass * poly6(r2, h)                                                  <L 55>
            }
            wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_15);
            // adj: if r2 < h * h:                                                                <L 54>
            wp::adj_length_sq(var_12, adj_12, adj_14);
            wp::adj_sub(var_3, var_13, adj_3, adj_11, adj_12);
            wp::adj_address(var_x, var_9, adj_x, adj_9, adj_11);
            // adj: r2 = wp.length_sq(p - x[index])                                               <L 53>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.hash_grid_query_next(query, index):                                      <L 52>
        // adj: index = int(0)                                                                    <L 51>
        // adj: query = wp.hash_grid_query(grid, p, h)                                            <L 50>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: s = float(0.0)                                                                    <L 49>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_x, var_1, adj_x, adj_1, adj_2);
        // adj: p = x[i]                                                                          <L 48>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 47>
        // adj: tid = wp.tid()                                                                    <L 46>
        // adj: def compute_density(                                                              <L 35>
        continue;
    }
}



extern "C" __global__ void compute_forces_3fe1ee7a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_viscosity,
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = -9.81;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::hash_grid_query_f var_12;
        wp::int32 var_13;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 2.0;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 45.0;
        const wp::float32 var_36 = 3.141592653589793;
        const wp::float32 var_37 = 6.0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        //---------
        // forward
        // def compute_forces(                                                                    <L 62>
        // tid = wp.tid()                                                                         <L 73>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 74>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // p = x[i]                                                                               <L 75>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // force = wp.vec3(0.0, -9.81 * rho[i], 0.0)                                              <L 76>
        var_7 = wp::address(var_rho, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_11 = wp::vec_t<3, wp::float32>(var_5, var_8, var_10);
        // for j in wp.hash_grid_query(grid, p, h):                                               <L 77>
        var_12 = wp::hash_grid_query(var_grid, var_3, var_h);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
            // if j == i:                                                                         <L 78>
            var_14 = (var_13 == var_1);
            if (var_14) {
                // continue                                                                       <L 79>
                goto start_for_0;
            }
            // r = p - x[j]                                                                       <L 80>
            var_15 = wp::address(var_x, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_3, var_17);
            // if wp.length(r) >= h:                                                              <L 81>
            var_18 = wp::length(var_16);
            var_19 = (var_18 >= var_h);
            if (var_19) {
                // continue                                                                       <L 82>
                goto start_for_0;
            }
            // pterm = -mass * (pressure[i] + pressure[j]) / (2.0 * rho[j])                       <L 83>
            var_20 = wp::neg(var_mass);
            var_21 = wp::address(var_pressure, var_1);
            var_22 = wp::address(var_pressure, var_13);
            var_24 = wp::load(var_21);
            var_25 = wp::load(var_22);
            var_23 = wp::add(var_24, var_25);
            var_26 = wp::mul(var_20, var_23);
            var_28 = wp::address(var_rho, var_13);
            var_30 = wp::load(var_28);
            var_29 = wp::mul(var_27, var_30);
            var_31 = wp::div(var_26, var_29);
            // force += spiky_grad(r, h) * pterm                                                  <L 84>
            var_32 = spiky_grad_0(var_16, var_h);
            var_33 = wp::mul(var_32, var_31);
            var_34 = wp::add(var_11, var_33);
            // lap = 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - wp.length(r))                         <L 85>
            var_38 = wp::pow(var_h, var_37);
            var_39 = wp::mul(var_36, var_38);
            var_40 = wp::div(var_35, var_39);
            var_41 = wp::length(var_16);
            var_42 = wp::sub(var_h, var_41);
            var_43 = wp::mul(var_40, var_42);
            // force += viscosity * mass * (v[j] - v[i]) / rho[j] * lap                           <L 86>
            var_44 = wp::mul(var_viscosity, var_mass);
            var_45 = wp::address(var_v, var_13);
            var_46 = wp::address(var_v, var_1);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            var_50 = wp::mul(var_44, var_47);
            var_51 = wp::address(var_rho, var_13);
            var_53 = wp::load(var_51);
            var_52 = wp::div(var_50, var_53);
            var_54 = wp::mul(var_52, var_43);
            var_55 = wp::add(var_34, var_54);
            wp::assign(var_11, var_55);
            goto start_for_0;
        end_for_0:;
        // f[i] = force                                                                           <L 87>
        wp::array_store(var_f, var_1, var_11);
    }
}



extern "C" __global__ void compute_forces_3fe1ee7a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    wp::float32 var_mass,
    wp::float32 var_h,
    wp::float32 var_viscosity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_rho,
    wp::array_t<wp::float32> adj_pressure,
    wp::float32 adj_mass,
    wp::float32 adj_h,
    wp::float32 adj_viscosity,
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        const wp::float32 var_6 = -9.81;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::hash_grid_query_f var_12;
        wp::int32 var_13;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 2.0;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 45.0;
        const wp::float32 var_36 = 3.141592653589793;
        const wp::float32 var_37 = 6.0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::hash_grid_query_f adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        //---------
        // forward
        // def compute_forces(                                                                    <L 62>
        // tid = wp.tid()                                                                         <L 73>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 74>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // p = x[i]                                                                               <L 75>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // force = wp.vec3(0.0, -9.81 * rho[i], 0.0)                                              <L 76>
        var_7 = wp::address(var_rho, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_11 = wp::vec_t<3, wp::float32>(var_5, var_8, var_10);
        // for j in wp.hash_grid_query(grid, p, h):                                               <L 77>
        var_12 = wp::hash_grid_query(var_grid, var_3, var_h);
        // f[i] = force                                                                           <L 87>
        // wp::array_store(var_f, var_1, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_1, var_11, adj_f, adj_1, adj_11);
        // adj: f[i] = force                                                                      <L 87>
        var_12 = wp::iter_reverse(var_12);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
            // if j == i:                                                                         <L 78>
            var_14 = (var_13 == var_1);
            if (var_14) {
                // continue                                                                       <L 79>
                goto start_for_0;
            }
            // r = p - x[j]                                                                       <L 80>
            var_15 = wp::address(var_x, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_3, var_17);
            // if wp.length(r) >= h:                                                              <L 81>
            var_18 = wp::length(var_16);
            var_19 = (var_18 >= var_h);
            if (var_19) {
                // continue                                                                       <L 82>
                goto start_for_0;
            }
            // pterm = -mass * (pressure[i] + pressure[j]) / (2.0 * rho[j])                       <L 83>
            var_20 = wp::neg(var_mass);
            var_21 = wp::address(var_pressure, var_1);
            var_22 = wp::address(var_pressure, var_13);
            var_24 = wp::load(var_21);
            var_25 = wp::load(var_22);
            var_23 = wp::add(var_24, var_25);
            var_26 = wp::mul(var_20, var_23);
            var_28 = wp::address(var_rho, var_13);
            var_30 = wp::load(var_28);
            var_29 = wp::mul(var_27, var_30);
            var_31 = wp::div(var_26, var_29);
            // force += spiky_grad(r, h) * pterm                                                  <L 84>
            var_32 = spiky_grad_0(var_16, var_h);
            var_33 = wp::mul(var_32, var_31);
            var_34 = wp::add(var_11, var_33);
            // lap = 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - wp.length(r))                         <L 85>
            var_38 = wp::pow(var_h, var_37);
            var_39 = wp::mul(var_36, var_38);
            var_40 = wp::div(var_35, var_39);
            var_41 = wp::length(var_16);
            var_42 = wp::sub(var_h, var_41);
            var_43 = wp::mul(var_40, var_42);
            // force += viscosity * mass * (v[j] - v[i]) / rho[j] * lap                           <L 86>
            var_44 = wp::mul(var_viscosity, var_mass);
            var_45 = wp::address(var_v, var_13);
            var_46 = wp::address(var_v, var_1);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            var_50 = wp::mul(var_44, var_47);
            var_51 = wp::address(var_rho, var_13);
            var_53 = wp::load(var_51);
            var_52 = wp::div(var_50, var_53);
            var_54 = wp::mul(var_52, var_43);
            var_55 = wp::add(var_34, var_54);
            wp::assign(var_11, var_55);
            wp::adj_assign(var_11, var_55, adj_11, adj_55);
            wp::adj_add(var_34, var_54, adj_34, adj_54, adj_55);
            wp::adj_mul(var_52, var_43, adj_52, adj_43, adj_54);
            wp::adj_div(var_50, var_53, adj_50, adj_51, adj_52);
            wp::adj_address(var_rho, var_13, adj_rho, adj_13, adj_51);
            wp::adj_mul(var_44, var_47, adj_44, adj_47, adj_50);
            wp::adj_sub(var_48, var_49, adj_45, adj_46, adj_47);
            wp::adj_address(var_v, var_1, adj_v, adj_1, adj_46);
            wp::adj_address(var_v, var_13, adj_v, adj_13, adj_45);
            wp::adj_mul(var_viscosity, var_mass, adj_viscosity, adj_mass, adj_44);
            // adj: force += viscosity * mass * (v[j] - v[i]) / rho[j] * lap                      <L 86>
            wp::adj_mul(var_40, var_42, adj_40, adj_42, adj_43);
            wp::adj_sub(var_h, var_41, adj_h, adj_41, adj_42);
            wp::adj_length(var_16, var_41, adj_16, adj_41);
            wp::adj_div(var_35, var_39, var_40, adj_35, adj_39, adj_40);
            wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
            wp::adj_pow(var_h, var_37, var_38, adj_h, adj_37, adj_38);
            // adj: lap = 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - wp.length(r))                    <L 85>
            wp::adj_add(var_11, var_33, adj_11, adj_33, adj_34);
            wp::adj_mul(var_32, var_31, adj_32, adj_31, adj_33);
            adj_spiky_grad_0(var_16, var_h, adj_16, adj_h, adj_32);
            // adj: force += spiky_grad(r, h) * pterm                                             <L 84>
            wp::adj_div(var_26, var_29, var_31, adj_26, adj_29, adj_31);
            wp::adj_mul(var_27, var_30, adj_27, adj_28, adj_29);
            wp::adj_address(var_rho, var_13, adj_rho, adj_13, adj_28);
            wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_26);
            wp::adj_add(var_24, var_25, adj_21, adj_22, adj_23);
            wp::adj_address(var_pressure, var_13, adj_pressure, adj_13, adj_22);
            wp::adj_address(var_pressure, var_1, adj_pressure, adj_1, adj_21);
            wp::adj_neg(var_mass, adj_mass, adj_20);
            // adj: pterm = -mass * (pressure[i] + pressure[j]) / (2.0 * rho[j])                  <L 83>
            if (var_19) {
                // adj: continue                                                                  <L 82>
            }
            wp::adj_length(var_16, var_18, adj_16, adj_18);
            // adj: if wp.length(r) >= h:                                                         <L 81>
            wp::adj_sub(var_3, var_17, adj_3, adj_15, adj_16);
            wp::adj_address(var_x, var_13, adj_x, adj_13, adj_15);
            // adj: r = p - x[j]                                                                  <L 80>
            if (var_14) {
                // adj: continue                                                                  <L 79>
            }
            // adj: if j == i:                                                                    <L 78>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, p, h):                                          <L 77>
        wp::adj_vec_t(var_5, var_8, var_10, adj_5, adj_8, adj_10, adj_11);
        wp::adj_mul(var_6, var_9, adj_6, adj_7, adj_8);
        wp::adj_address(var_rho, var_1, adj_rho, adj_1, adj_7);
        // adj: force = wp.vec3(0.0, -9.81 * rho[i], 0.0)                                         <L 76>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_x, var_1, adj_x, adj_1, adj_2);
        // adj: p = x[i]                                                                          <L 75>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 74>
        // adj: tid = wp.tid()                                                                    <L 73>
        // adj: def compute_forces(                                                               <L 62>
        continue;
    }
}



extern "C" __global__ void integrate_0ec4c774_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_rho,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi)
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
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = -0.5;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = -0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = -0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = -0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        bool var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = -0.5;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = -0.5;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // forward
        // def integrate(                                                                         <L 91>
        // i = wp.tid()                                                                           <L 100>
        var_0 = builtin_tid1d();
        // a = f[i] / wp.max(rho[i], 1.0e-6)                                                      <L 101>
        var_1 = wp::address(var_f, var_0);
        var_2 = wp::address(var_rho, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::max(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::div(var_7, var_4);
        // vel = v[i] + a * dt                                                                    <L 102>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::mul(var_6, var_dt);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        // pos = x[i] + vel * dt                                                                  <L 103>
        var_12 = wp::address(var_x, var_0);
        var_13 = wp::mul(var_10, var_dt);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // for k in range(3):                                                                     <L 104>
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_17 = wp::extract(var_14, var_16);
        var_18 = wp::extract(var_lo, var_16);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_20 = wp::extract(var_lo, var_16);
            wp::assign_inplace(var_14, var_16, var_20);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_22 = wp::extract(var_10, var_16);
            var_23 = wp::mul(var_21, var_22);
            wp::assign_inplace(var_10, var_16, var_23);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_24 = wp::extract(var_14, var_16);
        var_25 = wp::extract(var_hi, var_16);
        var_26 = (var_24 > var_25);
        if (var_26) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_27 = wp::extract(var_hi, var_16);
            wp::assign_inplace(var_14, var_16, var_27);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_29 = wp::extract(var_10, var_16);
            var_30 = wp::mul(var_28, var_29);
            wp::assign_inplace(var_10, var_16, var_30);
        }
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_32 = wp::extract(var_14, var_31);
        var_33 = wp::extract(var_lo, var_31);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_35 = wp::extract(var_lo, var_31);
            wp::assign_inplace(var_14, var_31, var_35);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_37 = wp::extract(var_10, var_31);
            var_38 = wp::mul(var_36, var_37);
            wp::assign_inplace(var_10, var_31, var_38);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_39 = wp::extract(var_14, var_31);
        var_40 = wp::extract(var_hi, var_31);
        var_41 = (var_39 > var_40);
        if (var_41) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_42 = wp::extract(var_hi, var_31);
            wp::assign_inplace(var_14, var_31, var_42);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_44 = wp::extract(var_10, var_31);
            var_45 = wp::mul(var_43, var_44);
            wp::assign_inplace(var_10, var_31, var_45);
        }
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_47 = wp::extract(var_14, var_46);
        var_48 = wp::extract(var_lo, var_46);
        var_49 = (var_47 < var_48);
        if (var_49) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_50 = wp::extract(var_lo, var_46);
            wp::assign_inplace(var_14, var_46, var_50);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_52 = wp::extract(var_10, var_46);
            var_53 = wp::mul(var_51, var_52);
            wp::assign_inplace(var_10, var_46, var_53);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_54 = wp::extract(var_14, var_46);
        var_55 = wp::extract(var_hi, var_46);
        var_56 = (var_54 > var_55);
        if (var_56) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_57 = wp::extract(var_hi, var_46);
            wp::assign_inplace(var_14, var_46, var_57);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_59 = wp::extract(var_10, var_46);
            var_60 = wp::mul(var_58, var_59);
            wp::assign_inplace(var_10, var_46, var_60);
        }
        // x[i] = pos                                                                             <L 111>
        wp::array_store(var_x, var_0, var_14);
        // v[i] = vel                                                                             <L 112>
        wp::array_store(var_v, var_0, var_10);
    }
}



extern "C" __global__ void integrate_0ec4c774_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_rho,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_rho,
    wp::float32 adj_dt,
    wp::vec_t<3, wp::float32> adj_lo,
    wp::vec_t<3, wp::float32> adj_hi)
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
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = -0.5;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = -0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = -0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = -0.5;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        bool var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = -0.5;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = -0.5;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        //---------
        // forward
        // def integrate(                                                                         <L 91>
        // i = wp.tid()                                                                           <L 100>
        var_0 = builtin_tid1d();
        // a = f[i] / wp.max(rho[i], 1.0e-6)                                                      <L 101>
        var_1 = wp::address(var_f, var_0);
        var_2 = wp::address(var_rho, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::max(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::div(var_7, var_4);
        // vel = v[i] + a * dt                                                                    <L 102>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::mul(var_6, var_dt);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        // pos = x[i] + vel * dt                                                                  <L 103>
        var_12 = wp::address(var_x, var_0);
        var_13 = wp::mul(var_10, var_dt);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // for k in range(3):                                                                     <L 104>
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_17 = wp::extract(var_14, var_16);
        var_18 = wp::extract(var_lo, var_16);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_20 = wp::extract(var_lo, var_16);
            wp::assign_inplace(var_14, var_16, var_20);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_22 = wp::extract(var_10, var_16);
            var_23 = wp::mul(var_21, var_22);
            wp::assign_inplace(var_10, var_16, var_23);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_24 = wp::extract(var_14, var_16);
        var_25 = wp::extract(var_hi, var_16);
        var_26 = (var_24 > var_25);
        if (var_26) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_27 = wp::extract(var_hi, var_16);
            wp::assign_inplace(var_14, var_16, var_27);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_29 = wp::extract(var_10, var_16);
            var_30 = wp::mul(var_28, var_29);
            wp::assign_inplace(var_10, var_16, var_30);
        }
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_32 = wp::extract(var_14, var_31);
        var_33 = wp::extract(var_lo, var_31);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_35 = wp::extract(var_lo, var_31);
            wp::assign_inplace(var_14, var_31, var_35);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_37 = wp::extract(var_10, var_31);
            var_38 = wp::mul(var_36, var_37);
            wp::assign_inplace(var_10, var_31, var_38);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_39 = wp::extract(var_14, var_31);
        var_40 = wp::extract(var_hi, var_31);
        var_41 = (var_39 > var_40);
        if (var_41) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_42 = wp::extract(var_hi, var_31);
            wp::assign_inplace(var_14, var_31, var_42);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_44 = wp::extract(var_10, var_31);
            var_45 = wp::mul(var_43, var_44);
            wp::assign_inplace(var_10, var_31, var_45);
        }
        // if pos[k] < lo[k]:                                                                     <L 105>
        var_47 = wp::extract(var_14, var_46);
        var_48 = wp::extract(var_lo, var_46);
        var_49 = (var_47 < var_48);
        if (var_49) {
            // pos[k] = lo[k]                                                                     <L 106>
            var_50 = wp::extract(var_lo, var_46);
            wp::assign_inplace(var_14, var_46, var_50);
            // vel[k] = -0.5 * vel[k]                                                             <L 107>
            var_52 = wp::extract(var_10, var_46);
            var_53 = wp::mul(var_51, var_52);
            wp::assign_inplace(var_10, var_46, var_53);
        }
        // if pos[k] > hi[k]:                                                                     <L 108>
        var_54 = wp::extract(var_14, var_46);
        var_55 = wp::extract(var_hi, var_46);
        var_56 = (var_54 > var_55);
        if (var_56) {
            // pos[k] = hi[k]                                                                     <L 109>
            var_57 = wp::extract(var_hi, var_46);
            wp::assign_inplace(var_14, var_46, var_57);
            // vel[k] = -0.5 * vel[k]                                                             <L 110>
            var_59 = wp::extract(var_10, var_46);
            var_60 = wp::mul(var_58, var_59);
            wp::assign_inplace(var_10, var_46, var_60);
        }
        // x[i] = pos                                                                             <L 111>
        // wp::array_store(var_x, var_0, var_14);
        // v[i] = vel                                                                             <L 112>
        // wp::array_store(var_v, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_10, adj_v, adj_0, adj_10);
        // adj: v[i] = vel                                                                        <L 112>
        wp::adj_array_store(var_x, var_0, var_14, adj_x, adj_0, adj_14);
        // adj: x[i] = pos                                                                        <L 111>
        if (var_56) {
            wp::adj_assign_inplace(var_10, var_46, var_60, adj_10, adj_46, adj_60);
            wp::adj_mul(var_58, var_59, adj_58, adj_59, adj_60);
            wp::adj_extract(var_10, var_46, adj_10, adj_46, adj_59);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 110>
            wp::adj_assign_inplace(var_14, var_46, var_57, adj_14, adj_46, adj_57);
            wp::adj_extract(var_hi, var_46, adj_hi, adj_46, adj_57);
            // adj: pos[k] = hi[k]                                                                <L 109>
        }
        wp::adj_extract(var_hi, var_46, adj_hi, adj_46, adj_55);
        wp::adj_extract(var_14, var_46, adj_14, adj_46, adj_54);
        // adj: if pos[k] > hi[k]:                                                                <L 108>
        if (var_49) {
            wp::adj_assign_inplace(var_10, var_46, var_53, adj_10, adj_46, adj_53);
            wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
            wp::adj_extract(var_10, var_46, adj_10, adj_46, adj_52);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 107>
            wp::adj_assign_inplace(var_14, var_46, var_50, adj_14, adj_46, adj_50);
            wp::adj_extract(var_lo, var_46, adj_lo, adj_46, adj_50);
            // adj: pos[k] = lo[k]                                                                <L 106>
        }
        wp::adj_extract(var_lo, var_46, adj_lo, adj_46, adj_48);
        wp::adj_extract(var_14, var_46, adj_14, adj_46, adj_47);
        // adj: if pos[k] < lo[k]:                                                                <L 105>
        if (var_41) {
            wp::adj_assign_inplace(var_10, var_31, var_45, adj_10, adj_31, adj_45);
            wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
            wp::adj_extract(var_10, var_31, adj_10, adj_31, adj_44);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 110>
            wp::adj_assign_inplace(var_14, var_31, var_42, adj_14, adj_31, adj_42);
            wp::adj_extract(var_hi, var_31, adj_hi, adj_31, adj_42);
            // adj: pos[k] = hi[k]                                                                <L 109>
        }
        wp::adj_extract(var_hi, var_31, adj_hi, adj_31, adj_40);
        wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_39);
        // adj: if pos[k] > hi[k]:                                                                <L 108>
        if (var_34) {
            wp::adj_assign_inplace(var_10, var_31, var_38, adj_10, adj_31, adj_38);
            wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
            wp::adj_extract(var_10, var_31, adj_10, adj_31, adj_37);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 107>
            wp::adj_assign_inplace(var_14, var_31, var_35, adj_14, adj_31, adj_35);
            wp::adj_extract(var_lo, var_31, adj_lo, adj_31, adj_35);
            // adj: pos[k] = lo[k]                                                                <L 106>
        }
        wp::adj_extract(var_lo, var_31, adj_lo, adj_31, adj_33);
        wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_32);
        // adj: if pos[k] < lo[k]:                                                                <L 105>
        if (var_26) {
            wp::adj_assign_inplace(var_10, var_16, var_30, adj_10, adj_16, adj_30);
            wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
            wp::adj_extract(var_10, var_16, adj_10, adj_16, adj_29);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 110>
            wp::adj_assign_inplace(var_14, var_16, var_27, adj_14, adj_16, adj_27);
            wp::adj_extract(var_hi, var_16, adj_hi, adj_16, adj_27);
            // adj: pos[k] = hi[k]                                                                <L 109>
        }
        wp::adj_extract(var_hi, var_16, adj_hi, adj_16, adj_25);
        wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_24);
        // adj: if pos[k] > hi[k]:                                                                <L 108>
        if (var_19) {
            wp::adj_assign_inplace(var_10, var_16, var_23, adj_10, adj_16, adj_23);
            wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
            wp::adj_extract(var_10, var_16, adj_10, adj_16, adj_22);
            // adj: vel[k] = -0.5 * vel[k]                                                        <L 107>
            wp::adj_assign_inplace(var_14, var_16, var_20, adj_14, adj_16, adj_20);
            wp::adj_extract(var_lo, var_16, adj_lo, adj_16, adj_20);
            // adj: pos[k] = lo[k]                                                                <L 106>
        }
        wp::adj_extract(var_lo, var_16, adj_lo, adj_16, adj_18);
        wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: if pos[k] < lo[k]:                                                                <L 105>
        // adj: for k in range(3):                                                                <L 104>
        wp::adj_add(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_13);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_12);
        // adj: pos = x[i] + vel * dt                                                             <L 103>
        wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: vel = v[i] + a * dt                                                               <L 102>
        wp::adj_div(var_7, var_4, adj_1, adj_4, adj_6);
        wp::adj_max(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_rho, var_0, adj_rho, adj_0, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: a = f[i] / wp.max(rho[i], 1.0e-6)                                                 <L 101>
        // adj: i = wp.tid()                                                                      <L 100>
        // adj: def integrate(                                                                    <L 91>
        continue;
    }
}

