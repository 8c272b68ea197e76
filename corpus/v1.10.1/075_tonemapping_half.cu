
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


// corpus/075_tonemapping_half.py:18
static CUDA_CALLABLE wp::vec_t<3, wp::float32> from_half3_0(
    wp::vec_t<3, wp::float16> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float16 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float16 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float16 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def from_half3(c: wp.vec3h) -> wp.vec3:                                                <L 19>
    // return wp.vec3(float(c[0]), float(c[1]), float(c[2]))                                  <L 20>
    var_1 = wp::extract(var_c, var_0);
    var_2 = wp::float(var_1);
    var_4 = wp::extract(var_c, var_3);
    var_5 = wp::float(var_4);
    var_7 = wp::extract(var_c, var_6);
    var_8 = wp::float(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    return var_9;
}


// corpus/075_tonemapping_half.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> reinhard_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_white)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.2126;
    const wp::float32 var_1 = 0.7152;
    const wp::float32 var_2 = 0.0722;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def reinhard(c: wp.vec3, white: float) -> wp.vec3:                                     <L 5>
    // lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                       <L 6>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::dot(var_c, var_3);
    // if lum <= 0.0:                                                                         <L 7>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // return wp.vec3()                                                                   <L 8>
        var_7 = wp::vec_t<3, wp::float32>();
        return var_7;
    }
    // l_new = lum * (1.0 + lum / (white * white)) / (1.0 + lum)                              <L 9>
    var_9 = wp::mul(var_white, var_white);
    var_10 = wp::div(var_4, var_9);
    var_11 = wp::add(var_8, var_10);
    var_12 = wp::mul(var_4, var_11);
    var_14 = wp::add(var_13, var_4);
    var_15 = wp::div(var_12, var_14);
    // return c * (l_new / lum)                                                               <L 10>
    var_16 = wp::div(var_15, var_4);
    var_17 = wp::mul(var_c, var_16);
    return var_17;
}


// corpus/075_tonemapping_half.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float16> to_half3_0(
    wp::vec_t<3, wp::float32> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float16 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float16 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float16 var_8;
    wp::vec_t<3, wp::float16> var_9;
    //---------
    // forward
    // def to_half3(c: wp.vec3) -> wp.vec3h:                                                  <L 14>
    // return wp.vec3h(wp.float16(c[0]), wp.float16(c[1]), wp.float16(c[2]))                  <L 15>
    var_1 = wp::extract(var_c, var_0);
    var_2 = wp::float16(var_1);
    var_4 = wp::extract(var_c, var_3);
    var_5 = wp::float16(var_4);
    var_7 = wp::extract(var_c, var_6);
    var_8 = wp::float16(var_7);
    var_9 = wp::vec_t<3, wp::float16>(var_2, var_5, var_8);
    return var_9;
}


// corpus/075_tonemapping_half.py:18
static CUDA_CALLABLE void adj_from_half3_0(
    wp::vec_t<3, wp::float16> var_c,
    wp::vec_t<3, wp::float16> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float16 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float16 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float16 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def from_half3(c: wp.vec3h) -> wp.vec3:                                                <L 19>
    // return wp.vec3(float(c[0]), float(c[1]), float(c[2]))                                  <L 20>
    var_1 = wp::extract(var_c, var_0);
    var_2 = wp::float(var_1);
    var_4 = wp::extract(var_c, var_3);
    var_5 = wp::float(var_4);
    var_7 = wp::extract(var_c, var_6);
    var_8 = wp::float(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_float(var_7, adj_7, adj_8);
    wp::adj_extract(var_c, var_6, adj_c, adj_6, adj_7);
    wp::adj_float(var_4, adj_4, adj_5);
    wp::adj_extract(var_c, var_3, adj_c, adj_3, adj_4);
    wp::adj_float(var_1, adj_1, adj_2);
    wp::adj_extract(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: return wp.vec3(float(c[0]), float(c[1]), float(c[2]))                             <L 20>
    // adj: def from_half3(c: wp.vec3h) -> wp.vec3:                                           <L 19>
    return;
}


// corpus/075_tonemapping_half.py:4
static CUDA_CALLABLE void adj_reinhard_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_white,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_white,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.2126;
    const wp::float32 var_1 = 0.7152;
    const wp::float32 var_2 = 0.0722;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
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
    // def reinhard(c: wp.vec3, white: float) -> wp.vec3:                                     <L 5>
    // lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                       <L 6>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::dot(var_c, var_3);
    // if lum <= 0.0:                                                                         <L 7>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // return wp.vec3()                                                                   <L 8>
        var_7 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // l_new = lum * (1.0 + lum / (white * white)) / (1.0 + lum)                              <L 9>
    var_9 = wp::mul(var_white, var_white);
    var_10 = wp::div(var_4, var_9);
    var_11 = wp::add(var_8, var_10);
    var_12 = wp::mul(var_4, var_11);
    var_14 = wp::add(var_13, var_4);
    var_15 = wp::div(var_12, var_14);
    // return c * (l_new / lum)                                                               <L 10>
    var_16 = wp::div(var_15, var_4);
    var_17 = wp::mul(var_c, var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_mul(var_c, var_16, adj_c, adj_16, adj_17);
    wp::adj_div(var_15, var_4, var_16, adj_15, adj_4, adj_16);
    // adj: return c * (l_new / lum)                                                          <L 10>
    wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
    wp::adj_add(var_13, var_4, adj_13, adj_4, adj_14);
    wp::adj_mul(var_4, var_11, adj_4, adj_11, adj_12);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_div(var_4, var_9, var_10, adj_4, adj_9, adj_10);
    wp::adj_mul(var_white, var_white, adj_white, adj_white, adj_9);
    // adj: l_new = lum * (1.0 + lum / (white * white)) / (1.0 + lum)                         <L 9>
    if (var_6) {
        label0:;
        adj_7 += adj_ret;
        // adj: return wp.vec3()                                                              <L 8>
    }
    // adj: if lum <= 0.0:                                                                    <L 7>
    wp::adj_dot(var_c, var_3, adj_c, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                  <L 6>
    // adj: def reinhard(c: wp.vec3, white: float) -> wp.vec3:                                <L 5>
    return;
}


// corpus/075_tonemapping_half.py:13
static CUDA_CALLABLE void adj_to_half3_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float16> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float16 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float16 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float16 var_8;
    wp::vec_t<3, wp::float16> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::vec_t<3, wp::float16> adj_9 = {};
    //---------
    // forward
    // def to_half3(c: wp.vec3) -> wp.vec3h:                                                  <L 14>
    // return wp.vec3h(wp.float16(c[0]), wp.float16(c[1]), wp.float16(c[2]))                  <L 15>
    var_1 = wp::extract(var_c, var_0);
    var_2 = wp::float16(var_1);
    var_4 = wp::extract(var_c, var_3);
    var_5 = wp::float16(var_4);
    var_7 = wp::extract(var_c, var_6);
    var_8 = wp::float16(var_7);
    var_9 = wp::vec_t<3, wp::float16>(var_2, var_5, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_float16(var_7, adj_7, adj_8);
    wp::adj_extract(var_c, var_6, adj_c, adj_6, adj_7);
    wp::adj_float16(var_4, adj_4, adj_5);
    wp::adj_extract(var_c, var_3, adj_c, adj_3, adj_4);
    wp::adj_float16(var_1, adj_1, adj_2);
    wp::adj_extract(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: return wp.vec3h(wp.float16(c[0]), wp.float16(c[1]), wp.float16(c[2]))             <L 15>
    // adj: def to_half3(c: wp.vec3) -> wp.vec3h:                                             <L 14>
    return;
}



extern "C" __global__ void log_luminance_7d74bc22_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::array_t<wp::float32> var_sum_log,
    wp::array_t<wp::float32> var_max_lum)
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
        wp::vec_t<3, wp::float16>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float16> var_4;
        const wp::float32 var_5 = 0.2126;
        const wp::float32 var_6 = 0.7152;
        const wp::float32 var_7 = 0.0722;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        const wp::float32 var_11 = 0.0001;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        //---------
        // forward
        // def log_luminance(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float)):       <L 24>
        // y, x = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // c = from_half3(hdr[y, x])                                                              <L 26>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = from_half3_0(var_4);
        // lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                       <L 27>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // wp.atomic_add(sum_log, 0, wp.log(1.0e-4 + lum))                                        <L 28>
        var_12 = wp::add(var_11, var_9);
        var_13 = wp::log(var_12);
        var_14 = wp::atomic_add(var_sum_log, var_10, var_13);
        // wp.atomic_max(max_lum, 0, lum)                                                         <L 29>
        var_16 = wp::atomic_max(var_max_lum, var_15, var_9);
    }
}



extern "C" __global__ void log_luminance_7d74bc22_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::array_t<wp::float32> var_sum_log,
    wp::array_t<wp::float32> var_max_lum,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_hdr,
    wp::array_t<wp::float32> adj_sum_log,
    wp::array_t<wp::float32> adj_max_lum)
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
        wp::vec_t<3, wp::float16>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float16> var_4;
        const wp::float32 var_5 = 0.2126;
        const wp::float32 var_6 = 0.7152;
        const wp::float32 var_7 = 0.0722;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        const wp::float32 var_11 = 0.0001;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float16> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float16> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def log_luminance(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float)):       <L 24>
        // y, x = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // c = from_half3(hdr[y, x])                                                              <L 26>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = from_half3_0(var_4);
        // lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                       <L 27>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // wp.atomic_add(sum_log, 0, wp.log(1.0e-4 + lum))                                        <L 28>
        var_12 = wp::add(var_11, var_9);
        var_13 = wp::log(var_12);
        // var_14 = wp::atomic_add(var_sum_log, var_10, var_13);
        // wp.atomic_max(max_lum, 0, lum)                                                         <L 29>
        // var_16 = wp::atomic_max(var_max_lum, var_15, var_9);
        //---------
        // reverse
        wp::adj_atomic_max(var_max_lum, var_15, var_9, adj_max_lum, adj_15, adj_9, adj_16);
        // adj: wp.atomic_max(max_lum, 0, lum)                                                    <L 29>
        wp::adj_atomic_add(var_sum_log, var_10, var_13, adj_sum_log, adj_10, adj_13, adj_14);
        wp::adj_log(var_12, adj_12, adj_13);
        wp::adj_add(var_11, var_9, adj_11, adj_9, adj_12);
        // adj: wp.atomic_add(sum_log, 0, wp.log(1.0e-4 + lum))                                   <L 28>
        wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: lum = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                  <L 27>
        adj_from_half3_0(var_4, adj_2, adj_3);
        wp::adj_address(var_hdr, var_0, var_1, adj_hdr, adj_0, adj_1, adj_2);
        // adj: c = from_half3(hdr[y, x])                                                         <L 26>
        // adj: y, x = wp.tid()                                                                   <L 25>
        // adj: def log_luminance(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float)):  <L 24>
        continue;
    }
}



extern "C" __global__ void tonemap_7a28c8f4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::array_t<wp::float32> var_sum_log,
    wp::array_t<wp::float32> var_max_lum,
    wp::float32 var_key,
    wp::float16 var_gamma,
    wp::array_t<wp::vec_t<3, wp::float16>> var_ldr)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float16>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float16> var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float16> var_30;
        const wp::float32 var_31 = 1.0;
        wp::float16 var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 0;
        wp::float16 var_35;
        const wp::float32 var_36 = 0.0;
        wp::float16 var_37;
        wp::float16 var_38;
        wp::float16 var_39;
        const wp::int32 var_40 = 1;
        wp::float16 var_41;
        const wp::float32 var_42 = 0.0;
        wp::float16 var_43;
        wp::float16 var_44;
        wp::float16 var_45;
        const wp::int32 var_46 = 2;
        wp::float16 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float16 var_49;
        wp::float16 var_50;
        wp::float16 var_51;
        wp::vec_t<3, wp::float16> var_52;
        //---------
        // forward
        // def tonemap(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float), key: float, gamma: wp.float16, ldr: wp.array2d(dtype=wp.vec3h)):       <L 33>
        // y, x = wp.tid()                                                                        <L 34>
        builtin_tid2d(var_0, var_1);
        // n = float(hdr.shape[0] * hdr.shape[1])                                                 <L 35>
        var_2 = &(var_hdr.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = &(var_hdr.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::mul(var_4, var_8);
        var_11 = wp::float(var_10);
        // avg = wp.exp(sum_log[0] / n)                                                           <L 36>
        var_13 = wp::address(var_sum_log, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::div(var_15, var_11);
        var_16 = wp::exp(var_14);
        // c = from_half3(hdr[y, x]) * (key / avg)                                                <L 37>
        var_17 = wp::address(var_hdr, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = from_half3_0(var_19);
        var_20 = wp::div(var_key, var_16);
        var_21 = wp::mul(var_18, var_20);
        // white = max_lum[0] * key / avg                                                         <L 38>
        var_23 = wp::address(var_max_lum, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_key);
        var_26 = wp::div(var_24, var_16);
        // mapped = reinhard(c, wp.max(white, 1.0))                                               <L 39>
        var_28 = wp::max(var_26, var_27);
        var_29 = reinhard_0(var_21, var_28);
        // h = to_half3(mapped)                                                                   <L 40>
        var_30 = to_half3_0(var_29);
        // inv_g = wp.float16(1.0) / gamma                                                        <L 41>
        var_32 = wp::float16(var_31);
        var_33 = wp::div(var_32, var_gamma);
        // r = wp.pow(wp.max(h[0], wp.float16(0.0)), inv_g)                                       <L 42>
        var_35 = wp::extract(var_30, var_34);
        var_37 = wp::float16(var_36);
        var_38 = wp::max(var_35, var_37);
        var_39 = wp::pow(var_38, var_33);
        // g = wp.pow(wp.max(h[1], wp.float16(0.0)), inv_g)                                       <L 43>
        var_41 = wp::extract(var_30, var_40);
        var_43 = wp::float16(var_42);
        var_44 = wp::max(var_41, var_43);
        var_45 = wp::pow(var_44, var_33);
        // b = wp.pow(wp.max(h[2], wp.float16(0.0)), inv_g)                                       <L 44>
        var_47 = wp::extract(var_30, var_46);
        var_49 = wp::float16(var_48);
        var_50 = wp::max(var_47, var_49);
        var_51 = wp::pow(var_50, var_33);
        // ldr[y, x] = wp.vec3h(r, g, b)                                                          <L 45>
        var_52 = wp::vec_t<3, wp::float16>(var_39, var_45, var_51);
        wp::array_store(var_ldr, var_0, var_1, var_52);
    }
}



extern "C" __global__ void tonemap_7a28c8f4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::array_t<wp::float32> var_sum_log,
    wp::array_t<wp::float32> var_max_lum,
    wp::float32 var_key,
    wp::float16 var_gamma,
    wp::array_t<wp::vec_t<3, wp::float16>> var_ldr,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_hdr,
    wp::array_t<wp::float32> adj_sum_log,
    wp::array_t<wp::float32> adj_max_lum,
    wp::float32 adj_key,
    wp::float16 adj_gamma,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_ldr)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float16>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float16> var_19;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float16> var_30;
        const wp::float32 var_31 = 1.0;
        wp::float16 var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 0;
        wp::float16 var_35;
        const wp::float32 var_36 = 0.0;
        wp::float16 var_37;
        wp::float16 var_38;
        wp::float16 var_39;
        const wp::int32 var_40 = 1;
        wp::float16 var_41;
        const wp::float32 var_42 = 0.0;
        wp::float16 var_43;
        wp::float16 var_44;
        wp::float16 var_45;
        const wp::int32 var_46 = 2;
        wp::float16 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float16 var_49;
        wp::float16 var_50;
        wp::float16 var_51;
        wp::vec_t<3, wp::float16> var_52;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float16> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float16> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float16> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float16 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float16 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float16 adj_37 = {};
        wp::float16 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float16 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float16 adj_43 = {};
        wp::float16 adj_44 = {};
        wp::float16 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float16 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float16 adj_49 = {};
        wp::float16 adj_50 = {};
        wp::float16 adj_51 = {};
        wp::vec_t<3, wp::float16> adj_52 = {};
        //---------
        // forward
        // def tonemap(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float), key: float, gamma: wp.float16, ldr: wp.array2d(dtype=wp.vec3h)):       <L 33>
        // y, x = wp.tid()                                                                        <L 34>
        builtin_tid2d(var_0, var_1);
        // n = float(hdr.shape[0] * hdr.shape[1])                                                 <L 35>
        var_2 = &(var_hdr.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = &(var_hdr.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::mul(var_4, var_8);
        var_11 = wp::float(var_10);
        // avg = wp.exp(sum_log[0] / n)                                                           <L 36>
        var_13 = wp::address(var_sum_log, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::div(var_15, var_11);
        var_16 = wp::exp(var_14);
        // c = from_half3(hdr[y, x]) * (key / avg)                                                <L 37>
        var_17 = wp::address(var_hdr, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = from_half3_0(var_19);
        var_20 = wp::div(var_key, var_16);
        var_21 = wp::mul(var_18, var_20);
        // white = max_lum[0] * key / avg                                                         <L 38>
        var_23 = wp::address(var_max_lum, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_key);
        var_26 = wp::div(var_24, var_16);
        // mapped = reinhard(c, wp.max(white, 1.0))                                               <L 39>
        var_28 = wp::max(var_26, var_27);
        var_29 = reinhard_0(var_21, var_28);
        // h = to_half3(mapped)                                                                   <L 40>
        var_30 = to_half3_0(var_29);
        // inv_g = wp.float16(1.0) / gamma                                                        <L 41>
        var_32 = wp::float16(var_31);
        var_33 = wp::div(var_32, var_gamma);
        // r = wp.pow(wp.max(h[0], wp.float16(0.0)), inv_g)                                       <L 42>
        var_35 = wp::extract(var_30, var_34);
        var_37 = wp::float16(var_36);
        var_38 = wp::max(var_35, var_37);
        var_39 = wp::pow(var_38, var_33);
        // g = wp.pow(wp.max(h[1], wp.float16(0.0)), inv_g)                                       <L 43>
        var_41 = wp::extract(var_30, var_40);
        var_43 = wp::float16(var_42);
        var_44 = wp::max(var_41, var_43);
        var_45 = wp::pow(var_44, var_33);
        // b = wp.pow(wp.max(h[2], wp.float16(0.0)), inv_g)                                       <L 44>
        var_47 = wp::extract(var_30, var_46);
        var_49 = wp::float16(var_48);
        var_50 = wp::max(var_47, var_49);
        var_51 = wp::pow(var_50, var_33);
        // ldr[y, x] = wp.vec3h(r, g, b)                                                          <L 45>
        var_52 = wp::vec_t<3, wp::float16>(var_39, var_45, var_51);
        // wp::array_store(var_ldr, var_0, var_1, var_52);
        //---------
        // reverse
        wp::adj_array_store(var_ldr, var_0, var_1, var_52, adj_ldr, adj_0, adj_1, adj_52);
        wp::adj_vec_t(var_39, var_45, var_51, adj_39, adj_45, adj_51, adj_52);
        // adj: ldr[y, x] = wp.vec3h(r, g, b)                                                     <L 45>
        wp::adj_pow(var_50, var_33, var_51, adj_50, adj_33, adj_51);
        wp::adj_max(var_47, var_49, adj_47, adj_49, adj_50);
        wp::adj_float16(var_48, adj_48, adj_49);
        wp::adj_extract(var_30, var_46, adj_30, adj_46, adj_47);
        // adj: b = wp.pow(wp.max(h[2], wp.float16(0.0)), inv_g)                                  <L 44>
        wp::adj_pow(var_44, var_33, var_45, adj_44, adj_33, adj_45);
        wp::adj_max(var_41, var_43, adj_41, adj_43, adj_44);
        wp::adj_float16(var_42, adj_42, adj_43);
        wp::adj_extract(var_30, var_40, adj_30, adj_40, adj_41);
        // adj: g = wp.pow(wp.max(h[1], wp.float16(0.0)), inv_g)                                  <L 43>
        wp::adj_pow(var_38, var_33, var_39, adj_38, adj_33, adj_39);
        wp::adj_max(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_float16(var_36, adj_36, adj_37);
        wp::adj_extract(var_30, var_34, adj_30, adj_34, adj_35);
        // adj: r = wp.pow(wp.max(h[0], wp.float16(0.0)), inv_g)                                  <L 42>
        wp::adj_div(var_32, var_gamma, var_33, adj_32, adj_gamma, adj_33);
        wp::adj_float16(var_31, adj_31, adj_32);
        // adj: inv_g = wp.float16(1.0) / gamma                                                   <L 41>
        adj_to_half3_0(var_29, adj_29, adj_30);
        // adj: h = to_half3(mapped)                                                              <L 40>
        adj_reinhard_0(var_21, var_28, adj_21, adj_28, adj_29);
        wp::adj_max(var_26, var_27, adj_26, adj_27, adj_28);
        // adj: mapped = reinhard(c, wp.max(white, 1.0))                                          <L 39>
        wp::adj_div(var_24, var_16, var_26, adj_24, adj_16, adj_26);
        wp::adj_mul(var_25, var_key, adj_23, adj_key, adj_24);
        wp::adj_address(var_max_lum, var_22, adj_max_lum, adj_22, adj_23);
        // adj: white = max_lum[0] * key / avg                                                    <L 38>
        wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_div(var_key, var_16, var_20, adj_key, adj_16, adj_20);
        adj_from_half3_0(var_19, adj_17, adj_18);
        wp::adj_address(var_hdr, var_0, var_1, adj_hdr, adj_0, adj_1, adj_17);
        // adj: c = from_half3(hdr[y, x]) * (key / avg)                                           <L 37>
        wp::adj_exp(var_14, var_16, adj_14, adj_16);
        wp::adj_div(var_15, var_11, var_14, adj_13, adj_11, adj_14);
        wp::adj_address(var_sum_log, var_12, adj_sum_log, adj_12, adj_13);
        // adj: avg = wp.exp(sum_log[0] / n)                                                      <L 36>
        wp::adj_float(var_10, adj_10, adj_11);
        wp::adj_mul(var_4, var_8, adj_4, adj_8, adj_10);
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_hdr.shape = adj_6;
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_hdr.shape = adj_2;
        // adj: n = float(hdr.shape[0] * hdr.shape[1])                                            <L 35>
        // adj: y, x = wp.tid()                                                                   <L 34>
        // adj: def tonemap(hdr: wp.array2d(dtype=wp.vec3h), sum_log: wp.array(dtype=float), max_lum: wp.array(dtype=float), key: float, gamma: wp.float16, ldr: wp.array2d(dtype=wp.vec3h)):  <L 33>
        continue;
    }
}



extern "C" __global__ void bloom_threshold_c034e02e_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::float16 var_threshold,
    wp::float16 var_knee,
    wp::array_t<wp::vec_t<3, wp::float16>> var_out)
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
        wp::vec_t<3, wp::float16>* var_2;
        wp::vec_t<3, wp::float16> var_3;
        wp::vec_t<3, wp::float16> var_4;
        const wp::int32 var_5 = 0;
        wp::float16 var_6;
        const wp::int32 var_7 = 1;
        wp::float16 var_8;
        const wp::int32 var_9 = 2;
        wp::float16 var_10;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        wp::float16 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float16 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float16 var_18;
        wp::float16 var_19;
        wp::float16 var_20;
        wp::float16 var_21;
        const wp::float32 var_22 = 4.0;
        wp::float16 var_23;
        wp::float16 var_24;
        const wp::float32 var_25 = 0.0001;
        wp::float16 var_26;
        wp::float16 var_27;
        wp::float16 var_28;
        wp::float16 var_29;
        wp::float16 var_30;
        const wp::float32 var_31 = 0.0001;
        wp::float16 var_32;
        wp::float16 var_33;
        wp::float16 var_34;
        wp::vec_t<3, wp::float16> var_35;
        //---------
        // forward
        // def bloom_threshold(hdr: wp.array2d(dtype=wp.vec3h), threshold: wp.float16, knee: wp.float16, out: wp.array2d(dtype=wp.vec3h)):       <L 49>
        // y, x = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // c = hdr[y, x]                                                                          <L 51>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // br = wp.max(c[0], wp.max(c[1], c[2]))                                                  <L 52>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_10 = wp::extract(var_3, var_9);
        var_11 = wp::max(var_8, var_10);
        var_12 = wp::max(var_6, var_11);
        // soft = br - threshold + knee                                                           <L 53>
        var_13 = wp::sub(var_12, var_threshold);
        var_14 = wp::add(var_13, var_knee);
        // soft = wp.clamp(soft, wp.float16(0.0), wp.float16(2.0) * knee)                         <L 54>
        var_16 = wp::float16(var_15);
        var_18 = wp::float16(var_17);
        var_19 = wp::mul(var_18, var_knee);
        var_20 = wp::clamp(var_14, var_16, var_19);
        // soft = soft * soft / (wp.float16(4.0) * knee + wp.float16(0.0001))                     <L 55>
        var_21 = wp::mul(var_20, var_20);
        var_23 = wp::float16(var_22);
        var_24 = wp::mul(var_23, var_knee);
        var_26 = wp::float16(var_25);
        var_27 = wp::add(var_24, var_26);
        var_28 = wp::div(var_21, var_27);
        // contrib = wp.max(soft, br - threshold) / wp.max(br, wp.float16(0.0001))                <L 56>
        var_29 = wp::sub(var_12, var_threshold);
        var_30 = wp::max(var_28, var_29);
        var_32 = wp::float16(var_31);
        var_33 = wp::max(var_12, var_32);
        var_34 = wp::div(var_30, var_33);
        // out[y, x] = c * contrib                                                                <L 57>
        var_35 = wp::mul(var_3, var_34);
        wp::array_store(var_out, var_0, var_1, var_35);
    }
}



extern "C" __global__ void bloom_threshold_c034e02e_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_hdr,
    wp::float16 var_threshold,
    wp::float16 var_knee,
    wp::array_t<wp::vec_t<3, wp::float16>> var_out,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_hdr,
    wp::float16 adj_threshold,
    wp::float16 adj_knee,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_out)
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
        wp::vec_t<3, wp::float16>* var_2;
        wp::vec_t<3, wp::float16> var_3;
        wp::vec_t<3, wp::float16> var_4;
        const wp::int32 var_5 = 0;
        wp::float16 var_6;
        const wp::int32 var_7 = 1;
        wp::float16 var_8;
        const wp::int32 var_9 = 2;
        wp::float16 var_10;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        wp::float16 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float16 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float16 var_18;
        wp::float16 var_19;
        wp::float16 var_20;
        wp::float16 var_21;
        const wp::float32 var_22 = 4.0;
        wp::float16 var_23;
        wp::float16 var_24;
        const wp::float32 var_25 = 0.0001;
        wp::float16 var_26;
        wp::float16 var_27;
        wp::float16 var_28;
        wp::float16 var_29;
        wp::float16 var_30;
        const wp::float32 var_31 = 0.0001;
        wp::float16 var_32;
        wp::float16 var_33;
        wp::float16 var_34;
        wp::vec_t<3, wp::float16> var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float16> adj_2 = {};
        wp::vec_t<3, wp::float16> adj_3 = {};
        wp::vec_t<3, wp::float16> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float16 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float16 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float16 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::float16 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float16 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float16 adj_18 = {};
        wp::float16 adj_19 = {};
        wp::float16 adj_20 = {};
        wp::float16 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float16 adj_23 = {};
        wp::float16 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float16 adj_26 = {};
        wp::float16 adj_27 = {};
        wp::float16 adj_28 = {};
        wp::float16 adj_29 = {};
        wp::float16 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float16 adj_33 = {};
        wp::float16 adj_34 = {};
        wp::vec_t<3, wp::float16> adj_35 = {};
        //---------
        // forward
        // def bloom_threshold(hdr: wp.array2d(dtype=wp.vec3h), threshold: wp.float16, knee: wp.float16, out: wp.array2d(dtype=wp.vec3h)):       <L 49>
        // y, x = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // c = hdr[y, x]                                                                          <L 51>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // br = wp.max(c[0], wp.max(c[1], c[2]))                                                  <L 52>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_10 = wp::extract(var_3, var_9);
        var_11 = wp::max(var_8, var_10);
        var_12 = wp::max(var_6, var_11);
        // soft = br - threshold + knee                                                           <L 53>
        var_13 = wp::sub(var_12, var_threshold);
        var_14 = wp::add(var_13, var_knee);
        // soft = wp.clamp(soft, wp.float16(0.0), wp.float16(2.0) * knee)                         <L 54>
        var_16 = wp::float16(var_15);
        var_18 = wp::float16(var_17);
        var_19 = wp::mul(var_18, var_knee);
        var_20 = wp::clamp(var_14, var_16, var_19);
        // soft = soft * soft / (wp.float16(4.0) * knee + wp.float16(0.0001))                     <L 55>
        var_21 = wp::mul(var_20, var_20);
        var_23 = wp::float16(var_22);
        var_24 = wp::mul(var_23, var_knee);
        var_26 = wp::float16(var_25);
        var_27 = wp::add(var_24, var_26);
        var_28 = wp::div(var_21, var_27);
        // contrib = wp.max(soft, br - threshold) / wp.max(br, wp.float16(0.0001))                <L 56>
        var_29 = wp::sub(var_12, var_threshold);
        var_30 = wp::max(var_28, var_29);
        var_32 = wp::float16(var_31);
        var_33 = wp::max(var_12, var_32);
        var_34 = wp::div(var_30, var_33);
        // out[y, x] = c * contrib                                                                <L 57>
        var_35 = wp::mul(var_3, var_34);
        // wp::array_store(var_out, var_0, var_1, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_35, adj_out, adj_0, adj_1, adj_35);
        wp::adj_mul(var_3, var_34, adj_3, adj_34, adj_35);
        // adj: out[y, x] = c * contrib                                                           <L 57>
        wp::adj_div(var_30, var_33, var_34, adj_30, adj_33, adj_34);
        wp::adj_max(var_12, var_32, adj_12, adj_32, adj_33);
        wp::adj_float16(var_31, adj_31, adj_32);
        wp::adj_max(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_sub(var_12, var_threshold, adj_12, adj_threshold, adj_29);
        // adj: contrib = wp.max(soft, br - threshold) / wp.max(br, wp.float16(0.0001))           <L 56>
        wp::adj_div(var_21, var_27, var_28, adj_21, adj_27, adj_28);
        wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_float16(var_25, adj_25, adj_26);
        wp::adj_mul(var_23, var_knee, adj_23, adj_knee, adj_24);
        wp::adj_float16(var_22, adj_22, adj_23);
        wp::adj_mul(var_20, var_20, adj_20, adj_20, adj_21);
        // adj: soft = soft * soft / (wp.float16(4.0) * knee + wp.float16(0.0001))                <L 55>
        wp::adj_clamp(var_14, var_16, var_19, adj_14, adj_16, adj_19, adj_20);
        wp::adj_mul(var_18, var_knee, adj_18, adj_knee, adj_19);
        wp::adj_float16(var_17, adj_17, adj_18);
        wp::adj_float16(var_15, adj_15, adj_16);
        // adj: soft = wp.clamp(soft, wp.float16(0.0), wp.float16(2.0) * knee)                    <L 54>
        wp::adj_add(var_13, var_knee, adj_13, adj_knee, adj_14);
        wp::adj_sub(var_12, var_threshold, adj_12, adj_threshold, adj_13);
        // adj: soft = br - threshold + knee                                                      <L 53>
        wp::adj_max(var_6, var_11, adj_6, adj_11, adj_12);
        wp::adj_max(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_extract(var_3, var_9, adj_3, adj_9, adj_10);
        wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: br = wp.max(c[0], wp.max(c[1], c[2]))                                             <L 52>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_hdr, var_0, var_1, adj_hdr, adj_0, adj_1, adj_2);
        // adj: c = hdr[y, x]                                                                     <L 51>
        // adj: y, x = wp.tid()                                                                   <L 50>
        // adj: def bloom_threshold(hdr: wp.array2d(dtype=wp.vec3h), threshold: wp.float16, knee: wp.float16, out: wp.array2d(dtype=wp.vec3h)):  <L 49>
        continue;
    }
}



extern "C" __global__ void half_exposure_adjust_e0b6beae_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_img,
    wp::float32 var_ev)
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
        wp::float32 var_2;
        wp::float16 var_3;
        wp::float16* var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        bool var_7;
        bool var_8;
        bool var_9;
        const wp::float32 var_10 = 65504.0;
        wp::float16 var_11;
        wp::float16 var_12;
        //---------
        // forward
        // def half_exposure_adjust(img: wp.array(dtype=wp.float16), ev: float):                  <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // scale = wp.float16(wp.pow(2.0, ev))                                                    <L 63>
        var_2 = wp::pow(var_1, var_ev);
        var_3 = wp::float16(var_2);
        // v = img[i] * scale                                                                     <L 64>
        var_4 = wp::address(var_img, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_3);
        // if wp.isinf(v) or wp.isnan(v):                                                         <L 65>
        var_7 = wp::isinf(var_5);
        var_8 = wp::isnan(var_5);
        var_9 = var_7 || var_8;
        if (var_9) {
            // v = wp.float16(65504.0)                                                            <L 66>
            var_11 = wp::float16(var_10);
        }
        var_12 = wp::where(var_9, var_11, var_5);
        // img[i] = v                                                                             <L 67>
        wp::array_store(var_img, var_0, var_12);
    }
}



extern "C" __global__ void half_exposure_adjust_e0b6beae_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_img,
    wp::float32 var_ev,
    wp::array_t<wp::float16> adj_img,
    wp::float32 adj_ev)
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
        wp::float32 var_2;
        wp::float16 var_3;
        wp::float16* var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        bool var_7;
        bool var_8;
        bool var_9;
        const wp::float32 var_10 = 65504.0;
        wp::float16 var_11;
        wp::float16 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        wp::float16 adj_6 = {};
        bool adj_7 = {};
        bool adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float16 adj_12 = {};
        //---------
        // forward
        // def half_exposure_adjust(img: wp.array(dtype=wp.float16), ev: float):                  <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // scale = wp.float16(wp.pow(2.0, ev))                                                    <L 63>
        var_2 = wp::pow(var_1, var_ev);
        var_3 = wp::float16(var_2);
        // v = img[i] * scale                                                                     <L 64>
        var_4 = wp::address(var_img, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_3);
        // if wp.isinf(v) or wp.isnan(v):                                                         <L 65>
        var_7 = wp::isinf(var_5);
        var_8 = wp::isnan(var_5);
        var_9 = var_7 || var_8;
        if (var_9) {
            // v = wp.float16(65504.0)                                                            <L 66>
            var_11 = wp::float16(var_10);
        }
        var_12 = wp::where(var_9, var_11, var_5);
        // img[i] = v                                                                             <L 67>
        // wp::array_store(var_img, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_img, var_0, var_12, adj_img, adj_0, adj_12);
        // adj: img[i] = v                                                                        <L 67>
        wp::adj_where(var_9, var_11, var_5, adj_9, adj_11, adj_5, adj_12);
        if (var_9) {
            wp::adj_float16(var_10, adj_10, adj_11);
            // adj: v = wp.float16(65504.0)                                                       <L 66>
        }
        // adj: if wp.isinf(v) or wp.isnan(v):                                                    <L 65>
        wp::adj_mul(var_6, var_3, adj_4, adj_3, adj_5);
        wp::adj_address(var_img, var_0, adj_img, adj_0, adj_4);
        // adj: v = img[i] * scale                                                                <L 64>
        wp::adj_float16(var_2, adj_2, adj_3);
        wp::adj_pow(var_1, var_ev, var_2, adj_1, adj_ev, adj_2);
        // adj: scale = wp.float16(wp.pow(2.0, ev))                                               <L 63>
        // adj: i = wp.tid()                                                                      <L 62>
        // adj: def half_exposure_adjust(img: wp.array(dtype=wp.float16), ev: float):             <L 61>
        continue;
    }
}

