
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


// corpus/045_image_convolution.py:12
static CUDA_CALLABLE wp::int32 clamp_coord_0(
    wp::int32 var_v,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    //---------
    // forward
    // def clamp_coord(v: int, n: int) -> int:                                                <L 13>
    // if v < 0:                                                                              <L 14>
    var_1 = (var_v < var_0);
    if (var_1) {
        // return 0                                                                           <L 15>
        return var_2;
    }
    // if v >= n:                                                                             <L 16>
    var_3 = (var_v >= var_n);
    if (var_3) {
        // return n - 1                                                                       <L 17>
        var_5 = wp::sub(var_n, var_4);
        return var_5;
    }
    // return v                                                                               <L 18>
    return var_v;
}


// corpus/045_image_convolution.py:6
static CUDA_CALLABLE wp::float32 gaussian_weight_0(
    wp::int32 var_d,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def gaussian_weight(d: int, sigma: float) -> float:                                    <L 7>
    // x = float(d)                                                                           <L 8>
    var_0 = wp::float(var_d);
    // return wp.exp(-x * x / (2.0 * sigma * sigma))                                          <L 9>
    var_1 = wp::neg(var_0);
    var_2 = wp::mul(var_1, var_0);
    var_4 = wp::mul(var_3, var_sigma);
    var_5 = wp::mul(var_4, var_sigma);
    var_6 = wp::div(var_2, var_5);
    var_7 = wp::exp(var_6);
    return var_7;
}


// corpus/045_image_convolution.py:12
static CUDA_CALLABLE void adj_clamp_coord_0(
    wp::int32 var_v,
    wp::int32 var_n,
    wp::int32 & adj_v,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    //---------
    // forward
    // def clamp_coord(v: int, n: int) -> int:                                                <L 13>
    // if v < 0:                                                                              <L 14>
    var_1 = (var_v < var_0);
    if (var_1) {
        // return 0                                                                           <L 15>
        goto label0;
    }
    // if v >= n:                                                                             <L 16>
    var_3 = (var_v >= var_n);
    if (var_3) {
        // return n - 1                                                                       <L 17>
        var_5 = wp::sub(var_n, var_4);
        goto label1;
    }
    // return v                                                                               <L 18>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 18>
    if (var_3) {
        label1:;
        adj_5 += adj_ret;
        wp::adj_sub(var_n, var_4, adj_n, adj_4, adj_5);
        // adj: return n - 1                                                                  <L 17>
    }
    // adj: if v >= n:                                                                        <L 16>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0                                                                      <L 15>
    }
    // adj: if v < 0:                                                                         <L 14>
    // adj: def clamp_coord(v: int, n: int) -> int:                                           <L 13>
    return;
}


// corpus/045_image_convolution.py:6
static CUDA_CALLABLE void adj_gaussian_weight_0(
    wp::int32 var_d,
    wp::float32 var_sigma,
    wp::int32 & adj_d,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
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
    //---------
    // forward
    // def gaussian_weight(d: int, sigma: float) -> float:                                    <L 7>
    // x = float(d)                                                                           <L 8>
    var_0 = wp::float(var_d);
    // return wp.exp(-x * x / (2.0 * sigma * sigma))                                          <L 9>
    var_1 = wp::neg(var_0);
    var_2 = wp::mul(var_1, var_0);
    var_4 = wp::mul(var_3, var_sigma);
    var_5 = wp::mul(var_4, var_sigma);
    var_6 = wp::div(var_2, var_5);
    var_7 = wp::exp(var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_exp(var_6, var_7, adj_6, adj_7);
    wp::adj_div(var_2, var_5, var_6, adj_2, adj_5, adj_6);
    wp::adj_mul(var_4, var_sigma, adj_4, adj_sigma, adj_5);
    wp::adj_mul(var_3, var_sigma, adj_3, adj_sigma, adj_4);
    wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_neg(var_0, adj_0, adj_1);
    // adj: return wp.exp(-x * x / (2.0 * sigma * sigma))                                     <L 9>
    wp::adj_float(var_d, adj_d, adj_0);
    // adj: x = float(d)                                                                      <L 8>
    // adj: def gaussian_weight(d: int, sigma: float) -> float:                               <L 7>
    return;
}



extern "C" __global__ void blur_horizontal_df0cceb1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 8;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def blur_horizontal(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):       <L 22>
        // y, x = wp.tid()                                                                        <L 23>
        builtin_tid2d(var_0, var_1);
        // w = src.shape[1]                                                                       <L 24>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = wp.vec3()                                                                        <L 25>
        var_6 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                      <L 26>
        var_8 = wp::float(var_7);
        // r = wp.min(radius, MAX_RADIUS)                                                         <L 27>
        var_10 = wp::min(var_radius, var_9);
        // for k in range(-r, r + 1):                                                             <L 28>
        var_11 = wp::neg(var_10);
        var_13 = wp::add(var_10, var_12);
        var_14 = wp::range(var_11, var_13);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // xx = clamp_coord(x + k, w)                                                         <L 29>
            var_16 = wp::add(var_1, var_15);
            var_17 = clamp_coord_0(var_16, var_4);
            // g = gaussian_weight(k, sigma)                                                      <L 30>
            var_18 = gaussian_weight_0(var_15, var_sigma);
            // acc += src[y, xx] * g                                                              <L 31>
            var_19 = wp::address(var_src, var_0, var_17);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_18);
            var_22 = wp::address(var_src, var_0, var_17);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_24, var_18);
            var_25 = wp::add(var_6, var_23);
            // wsum += g                                                                          <L 32>
            var_26 = wp::add(var_8, var_18);
            wp::assign(var_6, var_25);
            wp::assign(var_8, var_26);
            goto start_for_0;
        end_for_0:;
        // dst[y, x] = acc / wsum                                                                 <L 33>
        var_27 = wp::div(var_6, var_8);
        wp::array_store(var_dst, var_0, var_1, var_27);
    }
}



extern "C" __global__ void blur_horizontal_df0cceb1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst,
    wp::int32 adj_radius,
    wp::float32 adj_sigma)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 8;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def blur_horizontal(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):       <L 22>
        // y, x = wp.tid()                                                                        <L 23>
        builtin_tid2d(var_0, var_1);
        // w = src.shape[1]                                                                       <L 24>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = wp.vec3()                                                                        <L 25>
        var_6 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                      <L 26>
        var_8 = wp::float(var_7);
        // r = wp.min(radius, MAX_RADIUS)                                                         <L 27>
        var_10 = wp::min(var_radius, var_9);
        // for k in range(-r, r + 1):                                                             <L 28>
        var_11 = wp::neg(var_10);
        var_13 = wp::add(var_10, var_12);
        var_14 = wp::range(var_11, var_13);
        // dst[y, x] = acc / wsum                                                                 <L 33>
        var_27 = wp::div(var_6, var_8);
        // wp::array_store(var_dst, var_0, var_1, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_27, adj_dst, adj_0, adj_1, adj_27);
        wp::adj_div(var_6, var_8, adj_6, adj_8, adj_27);
        // adj: dst[y, x] = acc / wsum                                                            <L 33>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
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
            // xx = clamp_coord(x + k, w)                                                         <L 29>
            var_16 = wp::add(var_1, var_15);
            var_17 = clamp_coord_0(var_16, var_4);
            // g = gaussian_weight(k, sigma)                                                      <L 30>
            var_18 = gaussian_weight_0(var_15, var_sigma);
            // acc += src[y, xx] * g                                                              <L 31>
            var_19 = wp::address(var_src, var_0, var_17);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_18);
            var_22 = wp::address(var_src, var_0, var_17);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_24, var_18);
            var_25 = wp::add(var_6, var_23);
            // wsum += g                                                                          <L 32>
            var_26 = wp::add(var_8, var_18);
            wp::assign(var_6, var_25);
            wp::assign(var_8, var_26);
            wp::adj_assign(var_8, var_26, adj_8, adj_26);
            wp::adj_assign(var_6, var_25, adj_6, adj_25);
            wp::adj_add(var_8, var_18, adj_8, adj_18, adj_26);
            // adj: wsum += g                                                                     <L 32>
            wp::adj_add(var_6, var_23, adj_6, adj_23, adj_25);
            wp::adj_mul(var_24, var_18, adj_22, adj_18, adj_23);
            wp::adj_address(var_src, var_0, var_17, adj_src, adj_0, adj_17, adj_22);
            wp::adj_mul(var_21, var_18, adj_19, adj_18, adj_20);
            wp::adj_address(var_src, var_0, var_17, adj_src, adj_0, adj_17, adj_19);
            // adj: acc += src[y, xx] * g                                                         <L 31>
            adj_gaussian_weight_0(var_15, var_sigma, adj_15, adj_sigma, adj_18);
            // adj: g = gaussian_weight(k, sigma)                                                 <L 30>
            adj_clamp_coord_0(var_16, var_4, adj_16, adj_4, adj_17);
            wp::adj_add(var_1, var_15, adj_1, adj_15, adj_16);
            // adj: xx = clamp_coord(x + k, w)                                                    <L 29>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_neg(var_10, adj_10, adj_11);
        // adj: for k in range(-r, r + 1):                                                        <L 28>
        wp::adj_min(var_radius, var_9, adj_radius, adj_9, adj_10);
        // adj: r = wp.min(radius, MAX_RADIUS)                                                    <L 27>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: wsum = float(0.0)                                                                 <L 26>
        // adj: acc = wp.vec3()                                                                   <L 25>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_src.shape = adj_2;
        // adj: w = src.shape[1]                                                                  <L 24>
        // adj: y, x = wp.tid()                                                                   <L 23>
        // adj: def blur_horizontal(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):  <L 22>
        continue;
    }
}



extern "C" __global__ void blur_vertical_8d4536ea_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma)
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
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 8;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def blur_vertical(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):       <L 37>
        // y, x = wp.tid()                                                                        <L 38>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 39>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = wp.vec3()                                                                        <L 40>
        var_6 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                      <L 41>
        var_8 = wp::float(var_7);
        // r = wp.min(radius, MAX_RADIUS)                                                         <L 42>
        var_10 = wp::min(var_radius, var_9);
        // for k in range(-r, r + 1):                                                             <L 43>
        var_11 = wp::neg(var_10);
        var_13 = wp::add(var_10, var_12);
        var_14 = wp::range(var_11, var_13);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // yy = clamp_coord(y + k, h)                                                         <L 44>
            var_16 = wp::add(var_0, var_15);
            var_17 = clamp_coord_0(var_16, var_4);
            // g = gaussian_weight(k, sigma)                                                      <L 45>
            var_18 = gaussian_weight_0(var_15, var_sigma);
            // acc += src[yy, x] * g                                                              <L 46>
            var_19 = wp::address(var_src, var_17, var_1);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_18);
            var_22 = wp::address(var_src, var_17, var_1);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_24, var_18);
            var_25 = wp::add(var_6, var_23);
            // wsum += g                                                                          <L 47>
            var_26 = wp::add(var_8, var_18);
            wp::assign(var_6, var_25);
            wp::assign(var_8, var_26);
            goto start_for_0;
        end_for_0:;
        // dst[y, x] = acc / wsum                                                                 <L 48>
        var_27 = wp::div(var_6, var_8);
        wp::array_store(var_dst, var_0, var_1, var_27);
    }
}



extern "C" __global__ void blur_vertical_8d4536ea_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst,
    wp::int32 adj_radius,
    wp::float32 adj_sigma)
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
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 8;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def blur_vertical(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):       <L 37>
        // y, x = wp.tid()                                                                        <L 38>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 39>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = wp.vec3()                                                                        <L 40>
        var_6 = wp::vec_t<3, wp::float32>();
        // wsum = float(0.0)                                                                      <L 41>
        var_8 = wp::float(var_7);
        // r = wp.min(radius, MAX_RADIUS)                                                         <L 42>
        var_10 = wp::min(var_radius, var_9);
        // for k in range(-r, r + 1):                                                             <L 43>
        var_11 = wp::neg(var_10);
        var_13 = wp::add(var_10, var_12);
        var_14 = wp::range(var_11, var_13);
        // dst[y, x] = acc / wsum                                                                 <L 48>
        var_27 = wp::div(var_6, var_8);
        // wp::array_store(var_dst, var_0, var_1, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_27, adj_dst, adj_0, adj_1, adj_27);
        wp::adj_div(var_6, var_8, adj_6, adj_8, adj_27);
        // adj: dst[y, x] = acc / wsum                                                            <L 48>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
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
            // yy = clamp_coord(y + k, h)                                                         <L 44>
            var_16 = wp::add(var_0, var_15);
            var_17 = clamp_coord_0(var_16, var_4);
            // g = gaussian_weight(k, sigma)                                                      <L 45>
            var_18 = gaussian_weight_0(var_15, var_sigma);
            // acc += src[yy, x] * g                                                              <L 46>
            var_19 = wp::address(var_src, var_17, var_1);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_18);
            var_22 = wp::address(var_src, var_17, var_1);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_24, var_18);
            var_25 = wp::add(var_6, var_23);
            // wsum += g                                                                          <L 47>
            var_26 = wp::add(var_8, var_18);
            wp::assign(var_6, var_25);
            wp::assign(var_8, var_26);
            wp::adj_assign(var_8, var_26, adj_8, adj_26);
            wp::adj_assign(var_6, var_25, adj_6, adj_25);
            wp::adj_add(var_8, var_18, adj_8, adj_18, adj_26);
            // adj: wsum += g                                                                     <L 47>
            wp::adj_add(var_6, var_23, adj_6, adj_23, adj_25);
            wp::adj_mul(var_24, var_18, adj_22, adj_18, adj_23);
            wp::adj_address(var_src, var_17, var_1, adj_src, adj_17, adj_1, adj_22);
            wp::adj_mul(var_21, var_18, adj_19, adj_18, adj_20);
            wp::adj_address(var_src, var_17, var_1, adj_src, adj_17, adj_1, adj_19);
            // adj: acc += src[yy, x] * g                                                         <L 46>
            adj_gaussian_weight_0(var_15, var_sigma, adj_15, adj_sigma, adj_18);
            // adj: g = gaussian_weight(k, sigma)                                                 <L 45>
            adj_clamp_coord_0(var_16, var_4, adj_16, adj_4, adj_17);
            wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
            // adj: yy = clamp_coord(y + k, h)                                                    <L 44>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_neg(var_10, adj_10, adj_11);
        // adj: for k in range(-r, r + 1):                                                        <L 43>
        wp::adj_min(var_radius, var_9, adj_radius, adj_9, adj_10);
        // adj: r = wp.min(radius, MAX_RADIUS)                                                    <L 42>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: wsum = float(0.0)                                                                 <L 41>
        // adj: acc = wp.vec3()                                                                   <L 40>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_src.shape = adj_2;
        // adj: h = src.shape[0]                                                                  <L 39>
        // adj: y, x = wp.tid()                                                                   <L 38>
        // adj: def blur_vertical(src: wp.array2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3), radius: int, sigma: float):  <L 37>
        continue;
    }
}



extern "C" __global__ void convolve_kernel_ed11f186_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_dst,
    bool var_normalize)
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
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::shape_t var_17;
        const wp::int32 var_18 = 2;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        bool var_48;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        //---------
        // forward
        // def convolve_kernel(src: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), normalize: bool):       <L 52>
        // y, x = wp.tid()                                                                        <L 53>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 54>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = src.shape[1]                                                                       <L 55>
        var_6 = &(var_src.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // kh = weights.shape[0]                                                                  <L 56>
        var_10 = &(var_weights.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // kw = weights.shape[1]                                                                  <L 57>
        var_14 = &(var_weights.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        // oy = kh // 2                                                                           <L 58>
        var_19 = wp::floordiv(var_12, var_18);
        // ox = kw // 2                                                                           <L 59>
        var_21 = wp::floordiv(var_16, var_20);
        // acc = float(0.0)                                                                       <L 60>
        var_23 = wp::float(var_22);
        // wsum = float(0.0)                                                                      <L 61>
        var_25 = wp::float(var_24);
        // for i in range(kh):                                                                    <L 62>
        var_26 = wp::range(var_12);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
            // for j in range(kw):                                                                <L 63>
            var_28 = wp::range(var_16);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
                // yy = clamp_coord(y + i - oy, h)                                                <L 64>
                var_30 = wp::add(var_0, var_27);
                var_31 = wp::sub(var_30, var_19);
                var_32 = clamp_coord_0(var_31, var_4);
                // xx = clamp_coord(x + j - ox, w)                                                <L 65>
                var_33 = wp::add(var_1, var_29);
                var_34 = wp::sub(var_33, var_21);
                var_35 = clamp_coord_0(var_34, var_8);
                // wt = weights[i, j]                                                             <L 66>
                var_36 = wp::address(var_weights, var_27, var_29);
                var_38 = wp::load(var_36);
                var_37 = wp::copy(var_38);
                // acc += src[yy, xx] * wt                                                        <L 67>
                var_39 = wp::address(var_src, var_32, var_35);
                var_41 = wp::load(var_39);
                var_40 = wp::mul(var_41, var_37);
                var_42 = wp::address(var_src, var_32, var_35);
                var_44 = wp::load(var_42);
                var_43 = wp::mul(var_44, var_37);
                var_45 = wp::add(var_23, var_43);
                // wsum += wt                                                                     <L 68>
                var_46 = wp::add(var_25, var_37);
                wp::assign(var_23, var_45);
                wp::assign(var_25, var_46);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // if normalize and wsum != 0.0:                                                          <L 69>
        var_48 = (var_25 != var_47);
        var_49 = var_normalize && var_48;
        if (var_49) {
            // acc = acc / wsum                                                                   <L 70>
            var_50 = wp::div(var_23, var_25);
        }
        var_51 = wp::where(var_49, var_50, var_23);
        // dst[y, x] = acc                                                                        <L 71>
        wp::array_store(var_dst, var_0, var_1, var_51);
    }
}



extern "C" __global__ void convolve_kernel_ed11f186_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_dst,
    bool var_normalize,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_dst,
    bool adj_normalize)
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
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::shape_t var_17;
        const wp::int32 var_18 = 2;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        bool var_48;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
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
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::range_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        bool adj_48 = {};
        bool adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        //---------
        // forward
        // def convolve_kernel(src: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), normalize: bool):       <L 52>
        // y, x = wp.tid()                                                                        <L 53>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 54>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = src.shape[1]                                                                       <L 55>
        var_6 = &(var_src.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // kh = weights.shape[0]                                                                  <L 56>
        var_10 = &(var_weights.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // kw = weights.shape[1]                                                                  <L 57>
        var_14 = &(var_weights.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        // oy = kh // 2                                                                           <L 58>
        var_19 = wp::floordiv(var_12, var_18);
        // ox = kw // 2                                                                           <L 59>
        var_21 = wp::floordiv(var_16, var_20);
        // acc = float(0.0)                                                                       <L 60>
        var_23 = wp::float(var_22);
        // wsum = float(0.0)                                                                      <L 61>
        var_25 = wp::float(var_24);
        // for i in range(kh):                                                                    <L 62>
        var_26 = wp::range(var_12);
        // if normalize and wsum != 0.0:                                                          <L 69>
        var_48 = (var_25 != var_47);
        var_49 = var_normalize && var_48;
        if (var_49) {
            // acc = acc / wsum                                                                   <L 70>
            var_50 = wp::div(var_23, var_25);
        }
        var_51 = wp::where(var_49, var_50, var_23);
        // dst[y, x] = acc                                                                        <L 71>
        // wp::array_store(var_dst, var_0, var_1, var_51);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_51, adj_dst, adj_0, adj_1, adj_51);
        // adj: dst[y, x] = acc                                                                   <L 71>
        wp::adj_where(var_49, var_50, var_23, adj_49, adj_50, adj_23, adj_51);
        if (var_49) {
            wp::adj_div(var_23, var_25, var_50, adj_23, adj_25, adj_50);
            // adj: acc = acc / wsum                                                              <L 70>
        }
        // adj: if normalize and wsum != 0.0:                                                     <L 69>
        var_26 = wp::iter_reverse(var_26);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
        	adj_28 = {};
            // for j in range(kw):                                                                <L 63>
            var_28 = wp::range(var_16);
            var_28 = wp::iter_reverse(var_28);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
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
                // yy = clamp_coord(y + i - oy, h)                                                <L 64>
                var_30 = wp::add(var_0, var_27);
                var_31 = wp::sub(var_30, var_19);
                var_32 = clamp_coord_0(var_31, var_4);
                // xx = clamp_coord(x + j - ox, w)                                                <L 65>
                var_33 = wp::add(var_1, var_29);
                var_34 = wp::sub(var_33, var_21);
                var_35 = clamp_coord_0(var_34, var_8);
                // wt = weights[i, j]                                                             <L 66>
                var_36 = wp::address(var_weights, var_27, var_29);
                var_38 = wp::load(var_36);
                var_37 = wp::copy(var_38);
                // acc += src[yy, xx] * wt                                                        <L 67>
                var_39 = wp::address(var_src, var_32, var_35);
                var_41 = wp::load(var_39);
                var_40 = wp::mul(var_41, var_37);
                var_42 = wp::address(var_src, var_32, var_35);
                var_44 = wp::load(var_42);
                var_43 = wp::mul(var_44, var_37);
                var_45 = wp::add(var_23, var_43);
                // wsum += wt                                                                     <L 68>
                var_46 = wp::add(var_25, var_37);
                wp::assign(var_23, var_45);
                wp::assign(var_25, var_46);
                wp::adj_assign(var_25, var_46, adj_25, adj_46);
                wp::adj_assign(var_23, var_45, adj_23, adj_45);
                wp::adj_add(var_25, var_37, adj_25, adj_37, adj_46);
                // adj: wsum += wt                                                                <L 68>
                wp::adj_add(var_23, var_43, adj_23, adj_43, adj_45);
                wp::adj_mul(var_44, var_37, adj_42, adj_37, adj_43);
                wp::adj_address(var_src, var_32, var_35, adj_src, adj_32, adj_35, adj_42);
                wp::adj_mul(var_41, var_37, adj_39, adj_37, adj_40);
                wp::adj_address(var_src, var_32, var_35, adj_src, adj_32, adj_35, adj_39);
                // adj: acc += src[yy, xx] * wt                                                   <L 67>
                wp::adj_copy(var_38, adj_36, adj_37);
                wp::adj_address(var_weights, var_27, var_29, adj_weights, adj_27, adj_29, adj_36);
                // adj: wt = weights[i, j]                                                        <L 66>
                adj_clamp_coord_0(var_34, var_8, adj_34, adj_8, adj_35);
                wp::adj_sub(var_33, var_21, adj_33, adj_21, adj_34);
                wp::adj_add(var_1, var_29, adj_1, adj_29, adj_33);
                // adj: xx = clamp_coord(x + j - ox, w)                                           <L 65>
                adj_clamp_coord_0(var_31, var_4, adj_31, adj_4, adj_32);
                wp::adj_sub(var_30, var_19, adj_30, adj_19, adj_31);
                wp::adj_add(var_0, var_27, adj_0, adj_27, adj_30);
                // adj: yy = clamp_coord(y + i - oy, h)                                           <L 64>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_16, adj_16, adj_28);
            // adj: for j in range(kw):                                                           <L 63>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_12, adj_12, adj_26);
        // adj: for i in range(kh):                                                               <L 62>
        wp::adj_float(var_24, adj_24, adj_25);
        // adj: wsum = float(0.0)                                                                 <L 61>
        wp::adj_float(var_22, adj_22, adj_23);
        // adj: acc = float(0.0)                                                                  <L 60>
        // adj: ox = kw // 2                                                                      <L 59>
        // adj: oy = kh // 2                                                                      <L 58>
        wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
        adj_weights.shape = adj_14;
        // adj: kw = weights.shape[1]                                                             <L 57>
        wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
        adj_weights.shape = adj_10;
        // adj: kh = weights.shape[0]                                                             <L 56>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_src.shape = adj_6;
        // adj: w = src.shape[1]                                                                  <L 55>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_src.shape = adj_2;
        // adj: h = src.shape[0]                                                                  <L 54>
        // adj: y, x = wp.tid()                                                                   <L 53>
        // adj: def convolve_kernel(src: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), normalize: bool):  <L 52>
        continue;
    }
}



extern "C" __global__ void bilateral_5bdb700a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma_s,
    wp::float32 var_sigma_r)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::range_t var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 2.0;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        //---------
        // forward
        // def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):       <L 75>
        // y, x = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 77>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = src.shape[1]                                                                       <L 78>
        var_6 = &(var_src.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // c = src[y, x]                                                                          <L 79>
        var_10 = wp::address(var_src, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // acc = float(0.0)                                                                       <L 80>
        var_14 = wp::float(var_13);
        // wsum = float(0.0)                                                                      <L 81>
        var_16 = wp::float(var_15);
        // for dy in range(-radius, radius + 1):                                                  <L 82>
        var_17 = wp::neg(var_radius);
        var_19 = wp::add(var_radius, var_18);
        var_20 = wp::range(var_17, var_19);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
            // for dx in range(-radius, radius + 1):                                              <L 83>
            var_22 = wp::neg(var_radius);
            var_24 = wp::add(var_radius, var_23);
            var_25 = wp::range(var_22, var_24);
            start_for_2:;
                if (iter_cmp(var_25) == 0) goto end_for_2;
                var_26 = wp::iter_next(var_25);
                // yy = clamp_coord(y + dy, h)                                                    <L 84>
                var_27 = wp::add(var_0, var_21);
                var_28 = clamp_coord_0(var_27, var_4);
                // xx = clamp_coord(x + dx, w)                                                    <L 85>
                var_29 = wp::add(var_1, var_26);
                var_30 = clamp_coord_0(var_29, var_8);
                // v = src[yy, xx]                                                                <L 86>
                var_31 = wp::address(var_src, var_28, var_30);
                var_33 = wp::load(var_31);
                var_32 = wp::copy(var_33);
                // ws = gaussian_weight(dx, sigma_s) * gaussian_weight(dy, sigma_s)               <L 87>
                var_34 = gaussian_weight_0(var_26, var_sigma_s);
                var_35 = gaussian_weight_0(var_21, var_sigma_s);
                var_36 = wp::mul(var_34, var_35);
                // dv = v - c                                                                     <L 88>
                var_37 = wp::sub(var_32, var_11);
                // wr = wp.exp(-dv * dv / (2.0 * sigma_r * sigma_r))                              <L 89>
                var_38 = wp::neg(var_37);
                var_39 = wp::mul(var_38, var_37);
                var_41 = wp::mul(var_40, var_sigma_r);
                var_42 = wp::mul(var_41, var_sigma_r);
                var_43 = wp::div(var_39, var_42);
                var_44 = wp::exp(var_43);
                // acc += v * ws * wr                                                             <L 90>
                var_45 = wp::mul(var_32, var_36);
                var_46 = wp::mul(var_45, var_44);
                var_47 = wp::mul(var_32, var_36);
                var_48 = wp::mul(var_47, var_44);
                var_49 = wp::add(var_14, var_48);
                // wsum += ws * wr                                                                <L 91>
                var_50 = wp::mul(var_36, var_44);
                var_51 = wp::mul(var_36, var_44);
                var_52 = wp::add(var_16, var_51);
                wp::assign(var_14, var_49);
                wp::assign(var_16, var_52);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // dst[y, x] = acc / wsum                                                                 <L 92>
        var_53 = wp::div(var_14, var_16);
        wp::array_store(var_dst, var_0, var_1, var_53);
    }
}



extern "C" __global__ void bilateral_5bdb700a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::int32 var_radius,
    wp::float32 var_sigma_s,
    wp::float32 var_sigma_r,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst,
    wp::int32 adj_radius,
    wp::float32 adj_sigma_s,
    wp::float32 adj_sigma_r)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::range_t var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 2.0;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::range_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
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
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        //---------
        // forward
        // def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):       <L 75>
        // y, x = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // h = src.shape[0]                                                                       <L 77>
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = src.shape[1]                                                                       <L 78>
        var_6 = &(var_src.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // c = src[y, x]                                                                          <L 79>
        var_10 = wp::address(var_src, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // acc = float(0.0)                                                                       <L 80>
        var_14 = wp::float(var_13);
        // wsum = float(0.0)                                                                      <L 81>
        var_16 = wp::float(var_15);
        // for dy in range(-radius, radius + 1):                                                  <L 82>
        var_17 = wp::neg(var_radius);
        var_19 = wp::add(var_radius, var_18);
        var_20 = wp::range(var_17, var_19);
        // dst[y, x] = acc / wsum                                                                 <L 92>
        var_53 = wp::div(var_14, var_16);
        // wp::array_store(var_dst, var_0, var_1, var_53);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_53, adj_dst, adj_0, adj_1, adj_53);
        wp::adj_div(var_14, var_16, var_53, adj_14, adj_16, adj_53);
        // adj: dst[y, x] = acc / wsum                                                            <L 92>
        var_20 = wp::iter_reverse(var_20);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // for dx in range(-radius, radius + 1):                                              <L 83>
            var_22 = wp::neg(var_radius);
            var_24 = wp::add(var_radius, var_23);
            var_25 = wp::range(var_22, var_24);
            var_25 = wp::iter_reverse(var_25);
            start_for_2:;
                if (iter_cmp(var_25) == 0) goto end_for_2;
                var_26 = wp::iter_next(var_25);
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
                // yy = clamp_coord(y + dy, h)                                                    <L 84>
                var_27 = wp::add(var_0, var_21);
                var_28 = clamp_coord_0(var_27, var_4);
                // xx = clamp_coord(x + dx, w)                                                    <L 85>
                var_29 = wp::add(var_1, var_26);
                var_30 = clamp_coord_0(var_29, var_8);
                // v = src[yy, xx]                                                                <L 86>
                var_31 = wp::address(var_src, var_28, var_30);
                var_33 = wp::load(var_31);
                var_32 = wp::copy(var_33);
                // ws = gaussian_weight(dx, sigma_s) * gaussian_weight(dy, sigma_s)               <L 87>
                var_34 = gaussian_weight_0(var_26, var_sigma_s);
                var_35 = gaussian_weight_0(var_21, var_sigma_s);
                var_36 = wp::mul(var_34, var_35);
                // dv = v - c                                                                     <L 88>
                var_37 = wp::sub(var_32, var_11);
                // wr = wp.exp(-dv * dv / (2.0 * sigma_r * sigma_r))                              <L 89>
                var_38 = wp::neg(var_37);
                var_39 = wp::mul(var_38, var_37);
                var_41 = wp::mul(var_40, var_sigma_r);
                var_42 = wp::mul(var_41, var_sigma_r);
                var_43 = wp::div(var_39, var_42);
                var_44 = wp::exp(var_43);
                // acc += v * ws * wr                                                             <L 90>
                var_45 = wp::mul(var_32, var_36);
                var_46 = wp::mul(var_45, var_44);
                var_47 = wp::mul(var_32, var_36);
                var_48 = wp::mul(var_47, var_44);
                var_49 = wp::add(var_14, var_48);
                // wsum += ws * wr                                                                <L 91>
                var_50 = wp::mul(var_36, var_44);
                var_51 = wp::mul(var_36, var_44);
                var_52 = wp::add(var_16, var_51);
                wp::assign(var_14, var_49);
                wp::assign(var_16, var_52);
                wp::adj_assign(var_16, var_52, adj_16, adj_52);
                wp::adj_assign(var_14, var_49, adj_14, adj_49);
                wp::adj_add(var_16, var_51, adj_16, adj_51, adj_52);
                wp::adj_mul(var_36, var_44, adj_36, adj_44, adj_51);
                wp::adj_mul(var_36, var_44, adj_36, adj_44, adj_50);
                // adj: wsum += ws * wr                                                           <L 91>
                wp::adj_add(var_14, var_48, adj_14, adj_48, adj_49);
                wp::adj_mul(var_47, var_44, adj_47, adj_44, adj_48);
                wp::adj_mul(var_32, var_36, adj_32, adj_36, adj_47);
                wp::adj_mul(var_45, var_44, adj_45, adj_44, adj_46);
                wp::adj_mul(var_32, var_36, adj_32, adj_36, adj_45);
                // adj: acc += v * ws * wr                                                        <L 90>
                wp::adj_exp(var_43, var_44, adj_43, adj_44);
                wp::adj_div(var_39, var_42, var_43, adj_39, adj_42, adj_43);
                wp::adj_mul(var_41, var_sigma_r, adj_41, adj_sigma_r, adj_42);
                wp::adj_mul(var_40, var_sigma_r, adj_40, adj_sigma_r, adj_41);
                wp::adj_mul(var_38, var_37, adj_38, adj_37, adj_39);
                wp::adj_neg(var_37, adj_37, adj_38);
                // adj: wr = wp.exp(-dv * dv / (2.0 * sigma_r * sigma_r))                         <L 89>
                wp::adj_sub(var_32, var_11, adj_32, adj_11, adj_37);
                // adj: dv = v - c                                                                <L 88>
                wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
                adj_gaussian_weight_0(var_21, var_sigma_s, adj_21, adj_sigma_s, adj_35);
                adj_gaussian_weight_0(var_26, var_sigma_s, adj_26, adj_sigma_s, adj_34);
                // adj: ws = gaussian_weight(dx, sigma_s) * gaussian_weight(dy, sigma_s)          <L 87>
                wp::adj_copy(var_33, adj_31, adj_32);
                wp::adj_address(var_src, var_28, var_30, adj_src, adj_28, adj_30, adj_31);
                // adj: v = src[yy, xx]                                                           <L 86>
                adj_clamp_coord_0(var_29, var_8, adj_29, adj_8, adj_30);
                wp::adj_add(var_1, var_26, adj_1, adj_26, adj_29);
                // adj: xx = clamp_coord(x + dx, w)                                               <L 85>
                adj_clamp_coord_0(var_27, var_4, adj_27, adj_4, adj_28);
                wp::adj_add(var_0, var_21, adj_0, adj_21, adj_27);
                // adj: yy = clamp_coord(y + dy, h)                                               <L 84>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_22, var_24, adj_22, adj_24, adj_25);
            wp::adj_add(var_radius, var_23, adj_radius, adj_23, adj_24);
            wp::adj_neg(var_radius, adj_radius, adj_22);
            // adj: for dx in range(-radius, radius + 1):                                         <L 83>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_add(var_radius, var_18, adj_radius, adj_18, adj_19);
        wp::adj_neg(var_radius, adj_radius, adj_17);
        // adj: for dy in range(-radius, radius + 1):                                             <L 82>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: wsum = float(0.0)                                                                 <L 81>
        wp::adj_float(var_13, adj_13, adj_14);
        // adj: acc = float(0.0)                                                                  <L 80>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_10);
        // adj: c = src[y, x]                                                                     <L 79>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_src.shape = adj_6;
        // adj: w = src.shape[1]                                                                  <L 78>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_src.shape = adj_2;
        // adj: h = src.shape[0]                                                                  <L 77>
        // adj: y, x = wp.tid()                                                                   <L 76>
        // adj: def bilateral(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), radius: int, sigma_s: float, sigma_r: float):  <L 75>
        continue;
    }
}



extern "C" __global__ void unsharp_mask_ba769003_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_blurred,
    wp::float32 var_amount,
    wp::float32 var_threshold,
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def unsharp_mask(src: wp.array2d(dtype=wp.vec3), blurred: wp.array2d(dtype=wp.vec3), amount: float, threshold: float, dst: wp.array2d(dtype=wp.vec3)):       <L 96>
        // y, x = wp.tid()                                                                        <L 97>
        builtin_tid2d(var_0, var_1);
        // s = src[y, x]                                                                          <L 98>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // d = s - blurred[y, x]                                                                  <L 99>
        var_5 = wp::address(var_blurred, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        // if wp.length(d) < threshold:                                                           <L 100>
        var_8 = wp::length(var_6);
        var_9 = (var_8 < var_threshold);
        if (var_9) {
            // dst[y, x] = s                                                                      <L 101>
            wp::array_store(var_dst, var_0, var_1, var_3);
        }
        if (!var_9) {
            // dst[y, x] = s + d * amount                                                         <L 103>
            var_10 = wp::mul(var_6, var_amount);
            var_11 = wp::add(var_3, var_10);
            wp::array_store(var_dst, var_0, var_1, var_11);
        }
    }
}



extern "C" __global__ void unsharp_mask_ba769003_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_blurred,
    wp::float32 var_amount,
    wp::float32 var_threshold,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_blurred,
    wp::float32 adj_amount,
    wp::float32 adj_threshold,
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def unsharp_mask(src: wp.array2d(dtype=wp.vec3), blurred: wp.array2d(dtype=wp.vec3), amount: float, threshold: float, dst: wp.array2d(dtype=wp.vec3)):       <L 96>
        // y, x = wp.tid()                                                                        <L 97>
        builtin_tid2d(var_0, var_1);
        // s = src[y, x]                                                                          <L 98>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // d = s - blurred[y, x]                                                                  <L 99>
        var_5 = wp::address(var_blurred, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        // if wp.length(d) < threshold:                                                           <L 100>
        var_8 = wp::length(var_6);
        var_9 = (var_8 < var_threshold);
        if (var_9) {
            // dst[y, x] = s                                                                      <L 101>
            // wp::array_store(var_dst, var_0, var_1, var_3);
        }
        if (!var_9) {
            // dst[y, x] = s + d * amount                                                         <L 103>
            var_10 = wp::mul(var_6, var_amount);
            var_11 = wp::add(var_3, var_10);
            // wp::array_store(var_dst, var_0, var_1, var_11);
        }
        //---------
        // reverse
        if (!var_9) {
            wp::adj_array_store(var_dst, var_0, var_1, var_11, adj_dst, adj_0, adj_1, adj_11);
            wp::adj_add(var_3, var_10, adj_3, adj_10, adj_11);
            wp::adj_mul(var_6, var_amount, adj_6, adj_amount, adj_10);
            // adj: dst[y, x] = s + d * amount                                                    <L 103>
        }
        if (var_9) {
            wp::adj_array_store(var_dst, var_0, var_1, var_3, adj_dst, adj_0, adj_1, adj_3);
            // adj: dst[y, x] = s                                                                 <L 101>
        }
        wp::adj_length(var_6, var_8, adj_6, adj_8);
        // adj: if wp.length(d) < threshold:                                                      <L 100>
        wp::adj_sub(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_blurred, var_0, var_1, adj_blurred, adj_0, adj_1, adj_5);
        // adj: d = s - blurred[y, x]                                                             <L 99>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: s = src[y, x]                                                                     <L 98>
        // adj: y, x = wp.tid()                                                                   <L 97>
        // adj: def unsharp_mask(src: wp.array2d(dtype=wp.vec3), blurred: wp.array2d(dtype=wp.vec3), amount: float, threshold: float, dst: wp.array2d(dtype=wp.vec3)):  <L 96>
        continue;
    }
}

