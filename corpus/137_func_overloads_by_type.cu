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


// corpus/137_func_overloads_by_type.py:4
static CUDA_CALLABLE wp::float32 lerp_clamped_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def lerp_clamped(a: float, b: float, t: float) -> float:                               <L 5>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    return var_5;
}


// corpus/137_func_overloads_by_type.py:9
static CUDA_CALLABLE wp::vec_t<3, wp::float32> lerp_clamped_1(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def lerp_clamped(a: wp.vec3, b: wp.vec3, t: float) -> wp.vec3:                         <L 10>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    return var_5;
}


// corpus/137_func_overloads_by_type.py:14
static CUDA_CALLABLE wp::vec_t<2, wp::float32> lerp_clamped_2(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def lerp_clamped(a: wp.vec2, b: wp.vec2, t: float) -> wp.vec2:                         <L 15>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 16>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    return var_5;
}


// corpus/137_func_overloads_by_type.py:19
static CUDA_CALLABLE wp::float32 norm_sq_0(
    wp::vec_t<2, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_sq(v: wp.vec2) -> float:                                                      <L 20>
    // return wp.dot(v, v)                                                                    <L 21>
    var_0 = wp::dot(var_v, var_v);
    return var_0;
}


// corpus/137_func_overloads_by_type.py:24
static CUDA_CALLABLE wp::float32 norm_sq_1(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_sq(v: wp.vec3) -> float:                                                      <L 25>
    // return wp.dot(v, v)                                                                    <L 26>
    var_0 = wp::dot(var_v, var_v);
    return var_0;
}


// corpus/137_func_overloads_by_type.py:29
static CUDA_CALLABLE wp::float32 norm_sq_2(
    wp::vec_t<4, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_sq(v: wp.vec4) -> float:                                                      <L 30>
    // return wp.dot(v, v)                                                                    <L 31>
    var_0 = wp::dot(var_v, var_v);
    return var_0;
}


// corpus/137_func_overloads_by_type.py:34
static CUDA_CALLABLE wp::int32 norm_sq_3(
    wp::int32 var_x)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def norm_sq(x: int) -> int:                                                            <L 35>
    // return x * x                                                                           <L 36>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/137_func_overloads_by_type.py:39
static CUDA_CALLABLE wp::float32 smooth_kernel_0(
    wp::float32 var_r,
    wp::float32 var_h,
    wp::int32 var_power)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def smooth_kernel(r: float, h: float, power: int) -> float:                            <L 40>
    // if r >= h:                                                                             <L 41>
    var_0 = (var_r >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 42>
        return var_1;
    }
    // x = 1.0 - r / h                                                                        <L 43>
    var_3 = wp::div(var_r, var_h);
    var_4 = wp::sub(var_2, var_3);
    // out = float(1.0)                                                                       <L 44>
    var_6 = wp::float(var_5);
    // for k in range(power):                                                                 <L 45>
    var_7 = wp::range(var_power);
    start_for_1:;
        if (iter_cmp(var_7) == 0) goto end_for_1;
        var_8 = wp::iter_next(var_7);
        // out *= x                                                                           <L 46>
        var_9 = wp::mul(var_6, var_4);
        wp::assign(var_6, var_9);
        goto start_for_1;
    end_for_1:;
    // return out                                                                             <L 47>
    return var_6;
}


// corpus/137_func_overloads_by_type.py:4
static CUDA_CALLABLE void adj_lerp_clamped_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
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
    // def lerp_clamped(a: float, b: float, t: float) -> float:                               <L 5>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_a, var_4, adj_a, adj_4, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_clamp(var_t, var_1, var_2, adj_t, adj_1, adj_2, adj_3);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                        <L 6>
    // adj: def lerp_clamped(a: float, b: float, t: float) -> float:                          <L 5>
    return;
}


// corpus/137_func_overloads_by_type.py:9
static CUDA_CALLABLE void adj_lerp_clamped_1(
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
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def lerp_clamped(a: wp.vec3, b: wp.vec3, t: float) -> wp.vec3:                         <L 10>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_a, var_4, adj_a, adj_4, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_clamp(var_t, var_1, var_2, adj_t, adj_1, adj_2, adj_3);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                        <L 11>
    // adj: def lerp_clamped(a: wp.vec3, b: wp.vec3, t: float) -> wp.vec3:                    <L 10>
    return;
}


// corpus/137_func_overloads_by_type.py:14
static CUDA_CALLABLE void adj_lerp_clamped_2(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::float32 var_t,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def lerp_clamped(a: wp.vec2, b: wp.vec2, t: float) -> wp.vec2:                         <L 15>
    // return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                             <L 16>
    var_0 = wp::sub(var_b, var_a);
    var_3 = wp::clamp(var_t, var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::add(var_a, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_a, var_4, adj_a, adj_4, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_clamp(var_t, var_1, var_2, adj_t, adj_1, adj_2, adj_3);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * wp.clamp(t, 0.0, 1.0)                                        <L 16>
    // adj: def lerp_clamped(a: wp.vec2, b: wp.vec2, t: float) -> wp.vec2:                    <L 15>
    return;
}


// corpus/137_func_overloads_by_type.py:19
static CUDA_CALLABLE void adj_norm_sq_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::vec_t<2, wp::float32> & adj_v,
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
    // def norm_sq(v: wp.vec2) -> float:                                                      <L 20>
    // return wp.dot(v, v)                                                                    <L 21>
    var_0 = wp::dot(var_v, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: return wp.dot(v, v)                                                               <L 21>
    // adj: def norm_sq(v: wp.vec2) -> float:                                                 <L 20>
    return;
}


// corpus/137_func_overloads_by_type.py:24
static CUDA_CALLABLE void adj_norm_sq_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
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
    // def norm_sq(v: wp.vec3) -> float:                                                      <L 25>
    // return wp.dot(v, v)                                                                    <L 26>
    var_0 = wp::dot(var_v, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: return wp.dot(v, v)                                                               <L 26>
    // adj: def norm_sq(v: wp.vec3) -> float:                                                 <L 25>
    return;
}


// corpus/137_func_overloads_by_type.py:29
static CUDA_CALLABLE void adj_norm_sq_2(
    wp::vec_t<4, wp::float32> var_v,
    wp::vec_t<4, wp::float32> & adj_v,
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
    // def norm_sq(v: wp.vec4) -> float:                                                      <L 30>
    // return wp.dot(v, v)                                                                    <L 31>
    var_0 = wp::dot(var_v, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: return wp.dot(v, v)                                                               <L 31>
    // adj: def norm_sq(v: wp.vec4) -> float:                                                 <L 30>
    return;
}


// corpus/137_func_overloads_by_type.py:34
static CUDA_CALLABLE void adj_norm_sq_3(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def norm_sq(x: int) -> int:                                                            <L 35>
    // return x * x                                                                           <L 36>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 36>
    // adj: def norm_sq(x: int) -> int:                                                       <L 35>
    return;
}


// corpus/137_func_overloads_by_type.py:39
static CUDA_CALLABLE void adj_smooth_kernel_0(
    wp::float32 var_r,
    wp::float32 var_h,
    wp::int32 var_power,
    wp::float32 & adj_r,
    wp::float32 & adj_h,
    wp::int32 & adj_power,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def smooth_kernel(r: float, h: float, power: int) -> float:                            <L 40>
    // if r >= h:                                                                             <L 41>
    var_0 = (var_r >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 42>
        goto label0;
    }
    // x = 1.0 - r / h                                                                        <L 43>
    var_3 = wp::div(var_r, var_h);
    var_4 = wp::sub(var_2, var_3);
    // out = float(1.0)                                                                       <L 44>
    var_6 = wp::float(var_5);
    // for k in range(power):                                                                 <L 45>
    var_7 = wp::range(var_power);
    // return out                                                                             <L 47>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_6 += adj_ret;
    // adj: return out                                                                        <L 47>
    var_7 = wp::iter_reverse(var_7);
    start_for_1:;
        if (iter_cmp(var_7) == 0) goto end_for_1;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
        // out *= x                                                                           <L 46>
        var_9 = wp::mul(var_6, var_4);
        wp::assign(var_6, var_9);
        wp::adj_assign(var_6, var_9, adj_6, adj_9);
        wp::adj_mul(var_6, var_4, adj_6, adj_4, adj_9);
        // adj: out *= x                                                                      <L 46>
    	goto start_for_1;
    end_for_1:;
    // adj: for k in range(power):                                                            <L 45>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: out = float(1.0)                                                                  <L 44>
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_div(var_r, var_h, var_3, adj_r, adj_h, adj_3);
    // adj: x = 1.0 - r / h                                                                   <L 43>
    if (var_0) {
        label0:;
        adj_1 += adj_ret;
        // adj: return 0.0                                                                    <L 42>
    }
    // adj: if r >= h:                                                                        <L 41>
    // adj: def smooth_kernel(r: float, h: float, power: int) -> float:                       <L 40>
    return;
}



extern "C" __global__ void blend_all_2f0fd7aa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a1,
    wp::array_t<wp::float32> var_b1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b3,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a2,
    wp::float32 var_t,
    wp::array_t<wp::float32> var_o1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_o3,
    wp::array_t<wp::vec_t<2, wp::float32>> var_o2)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<2, wp::float32>* var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        //---------
        // forward
        // def blend_all(                                                                         <L 51>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // o1[i] = lerp_clamped(a1[i], b1[i], t)                                                  <L 63>
        var_1 = wp::address(var_a1, var_0);
        var_2 = wp::address(var_b1, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = lerp_clamped_0(var_4, var_5, var_t);
        wp::array_store(var_o1, var_0, var_3);
        // o3[i] = lerp_clamped(a3[i], b3[i], t)                                                  <L 64>
        var_6 = wp::address(var_a3, var_0);
        var_7 = wp::address(var_b3, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = lerp_clamped_1(var_9, var_10, var_t);
        wp::array_store(var_o3, var_0, var_8);
        // o2[i] = lerp_clamped(a2[i], wp.vec2(1.0, 1.0), t)                                      <L 65>
        var_11 = wp::address(var_a2, var_0);
        var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
        var_16 = wp::load(var_11);
        var_15 = lerp_clamped_2(var_16, var_14, var_t);
        wp::array_store(var_o2, var_0, var_15);
    }
}



extern "C" __global__ void blend_all_2f0fd7aa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a1,
    wp::array_t<wp::float32> var_b1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b3,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a2,
    wp::float32 var_t,
    wp::array_t<wp::float32> var_o1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_o3,
    wp::array_t<wp::vec_t<2, wp::float32>> var_o2,
    wp::array_t<wp::float32> adj_a1,
    wp::array_t<wp::float32> adj_b1,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a3,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b3,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a2,
    wp::float32 adj_t,
    wp::array_t<wp::float32> adj_o1,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_o3,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_o2)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<2, wp::float32>* var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        //---------
        // forward
        // def blend_all(                                                                         <L 51>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // o1[i] = lerp_clamped(a1[i], b1[i], t)                                                  <L 63>
        var_1 = wp::address(var_a1, var_0);
        var_2 = wp::address(var_b1, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = lerp_clamped_0(var_4, var_5, var_t);
        // wp::array_store(var_o1, var_0, var_3);
        // o3[i] = lerp_clamped(a3[i], b3[i], t)                                                  <L 64>
        var_6 = wp::address(var_a3, var_0);
        var_7 = wp::address(var_b3, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = lerp_clamped_1(var_9, var_10, var_t);
        // wp::array_store(var_o3, var_0, var_8);
        // o2[i] = lerp_clamped(a2[i], wp.vec2(1.0, 1.0), t)                                      <L 65>
        var_11 = wp::address(var_a2, var_0);
        var_14 = wp::vec_t<2, wp::float32>(var_12, var_13);
        var_16 = wp::load(var_11);
        var_15 = lerp_clamped_2(var_16, var_14, var_t);
        // wp::array_store(var_o2, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_o2, var_0, var_15, adj_o2, adj_0, adj_15);
        adj_lerp_clamped_2(var_16, var_14, var_t, adj_11, adj_14, adj_t, adj_15);
        wp::adj_vec_t(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_address(var_a2, var_0, adj_a2, adj_0, adj_11);
        // adj: o2[i] = lerp_clamped(a2[i], wp.vec2(1.0, 1.0), t)                                 <L 65>
        wp::adj_array_store(var_o3, var_0, var_8, adj_o3, adj_0, adj_8);
        adj_lerp_clamped_1(var_9, var_10, var_t, adj_6, adj_7, adj_t, adj_8);
        wp::adj_address(var_b3, var_0, adj_b3, adj_0, adj_7);
        wp::adj_address(var_a3, var_0, adj_a3, adj_0, adj_6);
        // adj: o3[i] = lerp_clamped(a3[i], b3[i], t)                                             <L 64>
        wp::adj_array_store(var_o1, var_0, var_3, adj_o1, adj_0, adj_3);
        adj_lerp_clamped_0(var_4, var_5, var_t, adj_1, adj_2, adj_t, adj_3);
        wp::adj_address(var_b1, var_0, adj_b1, adj_0, adj_2);
        wp::adj_address(var_a1, var_0, adj_a1, adj_0, adj_1);
        // adj: o1[i] = lerp_clamped(a1[i], b1[i], t)                                             <L 63>
        // adj: i = wp.tid()                                                                      <L 62>
        // adj: def blend_all(                                                                    <L 51>
        continue;
    }
}



extern "C" __global__ void norms_afe52882_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a3,
    wp::array_t<wp::vec_t<4, wp::float32>> var_a4,
    wp::array_t<wp::int32> var_ai,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_iout)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::float32 var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<4, wp::float32>* var_8;
        wp::float32 var_9;
        wp::vec_t<4, wp::float32> var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        //---------
        // forward
        // def norms(a2: wp.array(dtype=wp.vec2), a3: wp.array(dtype=wp.vec3), a4: wp.array(dtype=wp.vec4), ai: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):       <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // out[i] = norm_sq(a2[i]) + norm_sq(a3[i]) + norm_sq(a4[i])                              <L 71>
        var_1 = wp::address(var_a2, var_0);
        var_3 = wp::load(var_1);
        var_2 = norm_sq_0(var_3);
        var_4 = wp::address(var_a3, var_0);
        var_6 = wp::load(var_4);
        var_5 = norm_sq_1(var_6);
        var_7 = wp::add(var_2, var_5);
        var_8 = wp::address(var_a4, var_0);
        var_10 = wp::load(var_8);
        var_9 = norm_sq_2(var_10);
        var_11 = wp::add(var_7, var_9);
        wp::array_store(var_out, var_0, var_11);
        // iout[i] = norm_sq(ai[i])                                                               <L 72>
        var_12 = wp::address(var_ai, var_0);
        var_14 = wp::load(var_12);
        var_13 = norm_sq_3(var_14);
        wp::array_store(var_iout, var_0, var_13);
    }
}



extern "C" __global__ void norms_afe52882_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a3,
    wp::array_t<wp::vec_t<4, wp::float32>> var_a4,
    wp::array_t<wp::int32> var_ai,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_iout,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a2,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a3,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_a4,
    wp::array_t<wp::int32> adj_ai,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::int32> adj_iout)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::float32 var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<4, wp::float32>* var_8;
        wp::float32 var_9;
        wp::vec_t<4, wp::float32> var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<4, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<4, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def norms(a2: wp.array(dtype=wp.vec2), a3: wp.array(dtype=wp.vec3), a4: wp.array(dtype=wp.vec4), ai: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):       <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // out[i] = norm_sq(a2[i]) + norm_sq(a3[i]) + norm_sq(a4[i])                              <L 71>
        var_1 = wp::address(var_a2, var_0);
        var_3 = wp::load(var_1);
        var_2 = norm_sq_0(var_3);
        var_4 = wp::address(var_a3, var_0);
        var_6 = wp::load(var_4);
        var_5 = norm_sq_1(var_6);
        var_7 = wp::add(var_2, var_5);
        var_8 = wp::address(var_a4, var_0);
        var_10 = wp::load(var_8);
        var_9 = norm_sq_2(var_10);
        var_11 = wp::add(var_7, var_9);
        // wp::array_store(var_out, var_0, var_11);
        // iout[i] = norm_sq(ai[i])                                                               <L 72>
        var_12 = wp::address(var_ai, var_0);
        var_14 = wp::load(var_12);
        var_13 = norm_sq_3(var_14);
        // wp::array_store(var_iout, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_iout, var_0, var_13, adj_iout, adj_0, adj_13);
        adj_norm_sq_3(var_14, adj_12, adj_13);
        wp::adj_address(var_ai, var_0, adj_ai, adj_0, adj_12);
        // adj: iout[i] = norm_sq(ai[i])                                                          <L 72>
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_11);
        adj_norm_sq_2(var_10, adj_8, adj_9);
        wp::adj_address(var_a4, var_0, adj_a4, adj_0, adj_8);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        adj_norm_sq_1(var_6, adj_4, adj_5);
        wp::adj_address(var_a3, var_0, adj_a3, adj_0, adj_4);
        adj_norm_sq_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a2, var_0, adj_a2, adj_0, adj_1);
        // adj: out[i] = norm_sq(a2[i]) + norm_sq(a3[i]) + norm_sq(a4[i])                         <L 71>
        // adj: i = wp.tid()                                                                      <L 70>
        // adj: def norms(a2: wp.array(dtype=wp.vec2), a3: wp.array(dtype=wp.vec3), a4: wp.array(dtype=wp.vec4), ai: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):  <L 69>
        continue;
    }
}



extern "C" __global__ void kernels_defaults_8ddfcd32_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_r,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::int32 var_5 = 3;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        const wp::int32 var_8 = 3;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        const wp::int32 var_11 = 5;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def kernels_defaults(r: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):          <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // x = r[i]                                                                               <L 78>
        var_1 = wp::address(var_r, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[i] = wp.vec3(smooth_kernel(x, 1.0, 3), smooth_kernel(x, 2.0, 3), smooth_kernel(x, 0.5, 5))       <L 79>
        var_6 = smooth_kernel_0(var_2, var_4, var_5);
        var_9 = smooth_kernel_0(var_2, var_7, var_8);
        var_12 = smooth_kernel_0(var_2, var_10, var_11);
        var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
        wp::array_store(var_out, var_0, var_13);
    }
}



extern "C" __global__ void kernels_defaults_8ddfcd32_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float32> adj_r,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::int32 var_5 = 3;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        const wp::int32 var_8 = 3;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        const wp::int32 var_11 = 5;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
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
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def kernels_defaults(r: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):          <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // x = r[i]                                                                               <L 78>
        var_1 = wp::address(var_r, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[i] = wp.vec3(smooth_kernel(x, 1.0, 3), smooth_kernel(x, 2.0, 3), smooth_kernel(x, 0.5, 5))       <L 79>
        var_6 = smooth_kernel_0(var_2, var_4, var_5);
        var_9 = smooth_kernel_0(var_2, var_7, var_8);
        var_12 = smooth_kernel_0(var_2, var_10, var_11);
        var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
        // wp::array_store(var_out, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
        wp::adj_vec_t(var_6, var_9, var_12, adj_6, adj_9, adj_12, adj_13);
        adj_smooth_kernel_0(var_2, var_10, var_11, adj_2, adj_10, adj_11, adj_12);
        adj_smooth_kernel_0(var_2, var_7, var_8, adj_2, adj_7, adj_8, adj_9);
        adj_smooth_kernel_0(var_2, var_4, var_5, adj_2, adj_4, adj_5, adj_6);
        // adj: out[i] = wp.vec3(smooth_kernel(x, 1.0, 3), smooth_kernel(x, 2.0, 3), smooth_kernel(x, 0.5, 5))  <L 79>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_1);
        // adj: x = r[i]                                                                          <L 78>
        // adj: i = wp.tid()                                                                      <L 77>
        // adj: def kernels_defaults(r: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):     <L 76>
        continue;
    }
}

