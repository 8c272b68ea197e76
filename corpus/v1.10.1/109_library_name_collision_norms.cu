
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


// corpus/109_library_name_collision_norms.py:7
static CUDA_CALLABLE wp::float32 norm_l1_1(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def norm_l1(v: wp.vec3) -> float:                                                      <L 8>
    // return wp.abs(v[0]) + wp.abs(v[1]) + wp.abs(v[2])                                      <L 9>
    var_1 = wp::extract(var_v, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::abs(var_4);
    var_6 = wp::add(var_2, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::abs(var_8);
    var_10 = wp::add(var_6, var_9);
    return var_10;
}


// corpus/109_library_name_collision_norms.py:12
static CUDA_CALLABLE wp::float32 norm_huber_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def norm_huber(v: wp.vec3, delta: float) -> float:                                     <L 13>
    // a = wp.length(v)                                                                       <L 14>
    var_0 = wp::length(var_v);
    // if a <= delta:                                                                         <L 15>
    var_1 = (var_0 <= var_delta);
    if (var_1) {
        // return 0.5 * a * a                                                                 <L 16>
        var_3 = wp::mul(var_2, var_0);
        var_4 = wp::mul(var_3, var_0);
        return var_4;
    }
    // return delta * (a - 0.5 * delta)                                                       <L 17>
    var_6 = wp::mul(var_5, var_delta);
    var_7 = wp::sub(var_0, var_6);
    var_8 = wp::mul(var_delta, var_7);
    return var_8;
}


// corpus/109_library_name_collision_norms.py:33
static CUDA_CALLABLE wp::float32 robust_length_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.1;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.01;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def robust_length(v: wp.vec3) -> float:                                                <L 34>
    // return norm_huber(v, 0.1) + 0.01 * norm_l1(v)                                          <L 35>
    var_1 = norm_huber_1(var_v, var_0);
    var_3 = norm_l1_1(var_v);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    return var_5;
}


// corpus/109_library_name_collision_norms.py:20
static CUDA_CALLABLE wp::vec_t<3, wp::float32> smooth_normalize_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def smooth_normalize(v: wp.vec3, delta: float) -> wp.vec3:                             <L 21>
    // l = wp.length(v)                                                                       <L 22>
    var_0 = wp::length(var_v);
    // if l < delta:                                                                          <L 23>
    var_1 = (var_0 < var_delta);
    if (var_1) {
        // return v * (1.0 / delta)                                                           <L 24>
        var_3 = wp::div(var_2, var_delta);
        var_4 = wp::mul(var_v, var_3);
        return var_4;
    }
    // return v / l                                                                           <L 25>
    var_5 = wp::div(var_v, var_0);
    return var_5;
}


// corpus/109_library_name_collision_norms.py:28
static CUDA_CALLABLE wp::vec_t<3, wp::float32> velocity_at_point_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:                   <L 29>
    // return wp.cross(wp.spatial_top(qd), r) + wp.spatial_bottom(qd)                         <L 30>
    var_0 = wp::spatial_top(var_qd);
    var_1 = wp::cross(var_0, var_r);
    var_2 = wp::spatial_bottom(var_qd);
    var_3 = wp::add(var_1, var_2);
    return var_3;
}


// corpus/109_library_name_collision_norms.py:7
static CUDA_CALLABLE void adj_norm_l1_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def norm_l1(v: wp.vec3) -> float:                                                      <L 8>
    // return wp.abs(v[0]) + wp.abs(v[1]) + wp.abs(v[2])                                      <L 9>
    var_1 = wp::extract(var_v, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::abs(var_4);
    var_6 = wp::add(var_2, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::abs(var_8);
    var_10 = wp::add(var_6, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_abs(var_8, adj_8, adj_9);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_8);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return wp.abs(v[0]) + wp.abs(v[1]) + wp.abs(v[2])                                 <L 9>
    // adj: def norm_l1(v: wp.vec3) -> float:                                                 <L 8>
    return;
}


// corpus/109_library_name_collision_norms.py:12
static CUDA_CALLABLE void adj_norm_huber_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def norm_huber(v: wp.vec3, delta: float) -> float:                                     <L 13>
    // a = wp.length(v)                                                                       <L 14>
    var_0 = wp::length(var_v);
    // if a <= delta:                                                                         <L 15>
    var_1 = (var_0 <= var_delta);
    if (var_1) {
        // return 0.5 * a * a                                                                 <L 16>
        var_3 = wp::mul(var_2, var_0);
        var_4 = wp::mul(var_3, var_0);
        goto label0;
    }
    // return delta * (a - 0.5 * delta)                                                       <L 17>
    var_6 = wp::mul(var_5, var_delta);
    var_7 = wp::sub(var_0, var_6);
    var_8 = wp::mul(var_delta, var_7);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_8 += adj_ret;
    wp::adj_mul(var_delta, var_7, adj_delta, adj_7, adj_8);
    wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_mul(var_5, var_delta, adj_5, adj_delta, adj_6);
    // adj: return delta * (a - 0.5 * delta)                                                  <L 17>
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_mul(var_3, var_0, adj_3, adj_0, adj_4);
        wp::adj_mul(var_2, var_0, adj_2, adj_0, adj_3);
        // adj: return 0.5 * a * a                                                            <L 16>
    }
    // adj: if a <= delta:                                                                    <L 15>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: a = wp.length(v)                                                                  <L 14>
    // adj: def norm_huber(v: wp.vec3, delta: float) -> float:                                <L 13>
    return;
}


// corpus/109_library_name_collision_norms.py:33
static CUDA_CALLABLE void adj_robust_length_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.1;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.01;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def robust_length(v: wp.vec3) -> float:                                                <L 34>
    // return norm_huber(v, 0.1) + 0.01 * norm_l1(v)                                          <L 35>
    var_1 = norm_huber_1(var_v, var_0);
    var_3 = norm_l1_1(var_v);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    adj_norm_l1_1(var_v, adj_v, adj_3);
    adj_norm_huber_1(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return norm_huber(v, 0.1) + 0.01 * norm_l1(v)                                     <L 35>
    // adj: def robust_length(v: wp.vec3) -> float:                                           <L 34>
    return;
}


// corpus/109_library_name_collision_norms.py:20
static CUDA_CALLABLE void adj_smooth_normalize_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def smooth_normalize(v: wp.vec3, delta: float) -> wp.vec3:                             <L 21>
    // l = wp.length(v)                                                                       <L 22>
    var_0 = wp::length(var_v);
    // if l < delta:                                                                          <L 23>
    var_1 = (var_0 < var_delta);
    if (var_1) {
        // return v * (1.0 / delta)                                                           <L 24>
        var_3 = wp::div(var_2, var_delta);
        var_4 = wp::mul(var_v, var_3);
        goto label0;
    }
    // return v / l                                                                           <L 25>
    var_5 = wp::div(var_v, var_0);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_5 += adj_ret;
    wp::adj_div(var_v, var_0, adj_v, adj_0, adj_5);
    // adj: return v / l                                                                      <L 25>
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_mul(var_v, var_3, adj_v, adj_3, adj_4);
        wp::adj_div(var_2, var_delta, var_3, adj_2, adj_delta, adj_3);
        // adj: return v * (1.0 / delta)                                                      <L 24>
    }
    // adj: if l < delta:                                                                     <L 23>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: l = wp.length(v)                                                                  <L 22>
    // adj: def smooth_normalize(v: wp.vec3, delta: float) -> wp.vec3:                        <L 21>
    return;
}


// corpus/109_library_name_collision_norms.py:28
static CUDA_CALLABLE void adj_velocity_at_point_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<6, wp::float32> & adj_qd,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:                   <L 29>
    // return wp.cross(wp.spatial_top(qd), r) + wp.spatial_bottom(qd)                         <L 30>
    var_0 = wp::spatial_top(var_qd);
    var_1 = wp::cross(var_0, var_r);
    var_2 = wp::spatial_bottom(var_qd);
    var_3 = wp::add(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_spatial_bottom(var_qd, adj_qd, adj_2);
    wp::adj_cross(var_0, var_r, adj_0, adj_r, adj_1);
    wp::adj_spatial_top(var_qd, adj_qd, adj_0);
    // adj: return wp.cross(wp.spatial_top(qd), r) + wp.spatial_bottom(qd)                    <L 30>
    // adj: def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:              <L 29>
    return;
}



extern "C" __global__ void robust_losses_c58f3305_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_residuals,
    wp::float32 var_delta,
    wp::array_t<wp::float32> var_l1,
    wp::array_t<wp::float32> var_huber,
    wp::array_t<wp::float32> var_total)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def robust_losses(residuals: wp.array(dtype=wp.vec3), delta: float, l1: wp.array(dtype=float), huber: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // r = residuals[i]                                                                       <L 41>
        var_1 = wp::address(var_residuals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = norm_l1(r)                                                                         <L 42>
        var_4 = norm_l1_1(var_2);
        // h = norm_huber(r, delta)                                                               <L 43>
        var_5 = norm_huber_1(var_2, var_delta);
        // l1[i] = a                                                                              <L 44>
        wp::array_store(var_l1, var_0, var_4);
        // huber[i] = h                                                                           <L 45>
        wp::array_store(var_huber, var_0, var_5);
        // wp.atomic_add(total, 0, robust_length(r))                                              <L 46>
        var_7 = robust_length_0(var_2);
        var_8 = wp::atomic_add(var_total, var_6, var_7);
    }
}



extern "C" __global__ void robust_losses_c58f3305_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_residuals,
    wp::float32 var_delta,
    wp::array_t<wp::float32> var_l1,
    wp::array_t<wp::float32> var_huber,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_residuals,
    wp::float32 adj_delta,
    wp::array_t<wp::float32> adj_l1,
    wp::array_t<wp::float32> adj_huber,
    wp::array_t<wp::float32> adj_total)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def robust_losses(residuals: wp.array(dtype=wp.vec3), delta: float, l1: wp.array(dtype=float), huber: wp.array(dtype=float), total: wp.array(dtype=float)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // r = residuals[i]                                                                       <L 41>
        var_1 = wp::address(var_residuals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = norm_l1(r)                                                                         <L 42>
        var_4 = norm_l1_1(var_2);
        // h = norm_huber(r, delta)                                                               <L 43>
        var_5 = norm_huber_1(var_2, var_delta);
        // l1[i] = a                                                                              <L 44>
        // wp::array_store(var_l1, var_0, var_4);
        // huber[i] = h                                                                           <L 45>
        // wp::array_store(var_huber, var_0, var_5);
        // wp.atomic_add(total, 0, robust_length(r))                                              <L 46>
        var_7 = robust_length_0(var_2);
        // var_8 = wp::atomic_add(var_total, var_6, var_7);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_6, var_7, adj_total, adj_6, adj_7, adj_8);
        adj_robust_length_0(var_2, adj_2, adj_7);
        // adj: wp.atomic_add(total, 0, robust_length(r))                                         <L 46>
        wp::adj_array_store(var_huber, var_0, var_5, adj_huber, adj_0, adj_5);
        // adj: huber[i] = h                                                                      <L 45>
        wp::adj_array_store(var_l1, var_0, var_4, adj_l1, adj_0, adj_4);
        // adj: l1[i] = a                                                                         <L 44>
        adj_norm_huber_1(var_2, var_delta, adj_2, adj_delta, adj_5);
        // adj: h = norm_huber(r, delta)                                                          <L 43>
        adj_norm_l1_1(var_2, adj_2, adj_4);
        // adj: a = norm_l1(r)                                                                    <L 42>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_residuals, var_0, adj_residuals, adj_0, adj_1);
        // adj: r = residuals[i]                                                                  <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def robust_losses(residuals: wp.array(dtype=wp.vec3), delta: float, l1: wp.array(dtype=float), huber: wp.array(dtype=float), total: wp.array(dtype=float)):  <L 39>
        continue;
    }
}



extern "C" __global__ void smooth_directions_3d513cd7_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_delta,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        //---------
        // forward
        // def smooth_directions(v: wp.array(dtype=wp.vec3), delta: float, out: wp.array(dtype=wp.vec3)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // out[i] = smooth_normalize(v[i], delta)                                                 <L 52>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = smooth_normalize_1(var_3, var_delta);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void smooth_directions_3d513cd7_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_delta,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_delta,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        //---------
        // forward
        // def smooth_directions(v: wp.array(dtype=wp.vec3), delta: float, out: wp.array(dtype=wp.vec3)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // out[i] = smooth_normalize(v[i], delta)                                                 <L 52>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = smooth_normalize_1(var_3, var_delta);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        adj_smooth_normalize_1(var_3, var_delta, adj_1, adj_delta, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: out[i] = smooth_normalize(v[i], delta)                                            <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def smooth_directions(v: wp.array(dtype=wp.vec3), delta: float, out: wp.array(dtype=wp.vec3)):  <L 50>
        continue;
    }
}



extern "C" __global__ void contact_point_velocities_e2e83558_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::int32> var_contact_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_point,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal,
    wp::array_t<wp::float32> var_vn,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vt)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<6, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // forward
        // def contact_point_velocities(body_qd: wp.array(dtype=wp.spatial_vector), body_com: wp.array(dtype=wp.vec3), contact_body: wp.array(dtype=int), contact_point: wp.array(dtype=wp.vec3), contact_normal: wp.array(dtype=wp.vec3), vn: wp.array(dtype=float), vt: wp.array(dtype=wp.vec3)):       <L 56>
        // c = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // b = contact_body[c]                                                                    <L 58>
        var_1 = wp::address(var_contact_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if b < 0:                                                                              <L 59>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // vn[c] = 0.0                                                                        <L 60>
            wp::array_store(var_vn, var_0, var_6);
            // vt[c] = wp.vec3()                                                                  <L 61>
            var_7 = wp::vec_t<3, wp::float32>();
            wp::array_store(var_vt, var_0, var_7);
            // return                                                                             <L 62>
            continue;
        }
        // v = velocity_at_point(body_qd[b], contact_point[c] - body_com[b])                      <L 63>
        var_8 = wp::address(var_body_qd, var_2);
        var_9 = wp::address(var_contact_point, var_0);
        var_10 = wp::address(var_body_com, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_15 = wp::load(var_8);
        var_14 = velocity_at_point_0(var_15, var_11);
        // n = contact_normal[c]                                                                  <L 64>
        var_16 = wp::address(var_contact_normal, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // s = wp.dot(v, n)                                                                       <L 65>
        var_19 = wp::dot(var_14, var_17);
        // vn[c] = s                                                                              <L 66>
        wp::array_store(var_vn, var_0, var_19);
        // vt[c] = v - n * s                                                                      <L 67>
        var_20 = wp::mul(var_17, var_19);
        var_21 = wp::sub(var_14, var_20);
        wp::array_store(var_vt, var_0, var_21);
    }
}



extern "C" __global__ void contact_point_velocities_e2e83558_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::int32> var_contact_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_point,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal,
    wp::array_t<wp::float32> var_vn,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vt,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::int32> adj_contact_body,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_point,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normal,
    wp::array_t<wp::float32> adj_vn,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vt)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<6, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
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
        wp::vec_t<6, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<6, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def contact_point_velocities(body_qd: wp.array(dtype=wp.spatial_vector), body_com: wp.array(dtype=wp.vec3), contact_body: wp.array(dtype=int), contact_point: wp.array(dtype=wp.vec3), contact_normal: wp.array(dtype=wp.vec3), vn: wp.array(dtype=float), vt: wp.array(dtype=wp.vec3)):       <L 56>
        // c = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // b = contact_body[c]                                                                    <L 58>
        var_1 = wp::address(var_contact_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if b < 0:                                                                              <L 59>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // vn[c] = 0.0                                                                        <L 60>
            // wp::array_store(var_vn, var_0, var_6);
            // vt[c] = wp.vec3()                                                                  <L 61>
            var_7 = wp::vec_t<3, wp::float32>();
            // wp::array_store(var_vt, var_0, var_7);
            // return                                                                             <L 62>
            goto label0;
        }
        // v = velocity_at_point(body_qd[b], contact_point[c] - body_com[b])                      <L 63>
        var_8 = wp::address(var_body_qd, var_2);
        var_9 = wp::address(var_contact_point, var_0);
        var_10 = wp::address(var_body_com, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_15 = wp::load(var_8);
        var_14 = velocity_at_point_0(var_15, var_11);
        // n = contact_normal[c]                                                                  <L 64>
        var_16 = wp::address(var_contact_normal, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // s = wp.dot(v, n)                                                                       <L 65>
        var_19 = wp::dot(var_14, var_17);
        // vn[c] = s                                                                              <L 66>
        // wp::array_store(var_vn, var_0, var_19);
        // vt[c] = v - n * s                                                                      <L 67>
        var_20 = wp::mul(var_17, var_19);
        var_21 = wp::sub(var_14, var_20);
        // wp::array_store(var_vt, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_vt, var_0, var_21, adj_vt, adj_0, adj_21);
        wp::adj_sub(var_14, var_20, adj_14, adj_20, adj_21);
        wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
        // adj: vt[c] = v - n * s                                                                 <L 67>
        wp::adj_array_store(var_vn, var_0, var_19, adj_vn, adj_0, adj_19);
        // adj: vn[c] = s                                                                         <L 66>
        wp::adj_dot(var_14, var_17, adj_14, adj_17, adj_19);
        // adj: s = wp.dot(v, n)                                                                  <L 65>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_contact_normal, var_0, adj_contact_normal, adj_0, adj_16);
        // adj: n = contact_normal[c]                                                             <L 64>
        adj_velocity_at_point_0(var_15, var_11, adj_8, adj_11, adj_14);
        wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_body_com, var_2, adj_body_com, adj_2, adj_10);
        wp::adj_address(var_contact_point, var_0, adj_contact_point, adj_0, adj_9);
        wp::adj_address(var_body_qd, var_2, adj_body_qd, adj_2, adj_8);
        // adj: v = velocity_at_point(body_qd[b], contact_point[c] - body_com[b])                 <L 63>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 62>
            wp::adj_array_store(var_vt, var_0, var_7, adj_vt, adj_0, adj_7);
            // adj: vt[c] = wp.vec3()                                                             <L 61>
            wp::adj_array_store(var_vn, var_0, var_6, adj_vn, adj_0, adj_6);
            // adj: vn[c] = 0.0                                                                   <L 60>
        }
        // adj: if b < 0:                                                                         <L 59>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_contact_body, var_0, adj_contact_body, adj_0, adj_1);
        // adj: b = contact_body[c]                                                               <L 58>
        // adj: c = wp.tid()                                                                      <L 57>
        // adj: def contact_point_velocities(body_qd: wp.array(dtype=wp.spatial_vector), body_com: wp.array(dtype=wp.vec3), contact_body: wp.array(dtype=int), contact_point: wp.array(dtype=wp.vec3), contact_normal: wp.array(dtype=wp.vec3), vn: wp.array(dtype=float), vt: wp.array(dtype=wp.vec3)):  <L 56>
        continue;
    }
}

