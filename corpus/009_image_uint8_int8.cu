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


// corpus/009_image_uint8_int8.py:6
static CUDA_CALLABLE wp::float32 to_unit_0(
    wp::uint8 var_c)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 255.0;
    wp::float32 var_2;
    //---------
    // forward
    // def to_unit(c: wp.uint8) -> float:                                                     <L 7>
    // return float(c) / 255.0                                                                <L 8>
    var_0 = wp::float(var_c);
    var_2 = wp::div(var_0, var_1);
    return var_2;
}


// corpus/009_image_uint8_int8.py:17
static CUDA_CALLABLE wp::float32 luminance_0(
    wp::float32 var_r,
    wp::float32 var_g,
    wp::float32 var_b)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.2126;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.7152;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0722;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def luminance(r: float, g: float, b: float) -> float:                                  <L 18>
    // return 0.2126 * r + 0.7152 * g + 0.0722 * b                                            <L 19>
    var_1 = wp::mul(var_0, var_r);
    var_3 = wp::mul(var_2, var_g);
    var_4 = wp::add(var_1, var_3);
    var_6 = wp::mul(var_5, var_b);
    var_7 = wp::add(var_4, var_6);
    return var_7;
}


// corpus/009_image_uint8_int8.py:11
static CUDA_CALLABLE wp::uint8 to_byte_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 255.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 255.0;
    wp::float32 var_6;
    wp::int32 var_7;
    wp::uint8 var_8;
    //---------
    // forward
    // def to_byte(x: float) -> wp.uint8:                                                     <L 12>
    // v = wp.clamp(x * 255.0 + 0.5, 0.0, 255.0)                                              <L 13>
    var_1 = wp::mul(var_x, var_0);
    var_3 = wp::add(var_1, var_2);
    var_6 = wp::clamp(var_3, var_4, var_5);
    // return wp.uint8(int(v))                                                                <L 14>
    var_7 = wp::int(var_6);
    var_8 = wp::uint8(var_7);
    return var_8;
}


// corpus/009_image_uint8_int8.py:6
static CUDA_CALLABLE void adj_to_unit_0(
    wp::uint8 var_c,
    wp::uint8 & adj_c,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/009_image_uint8_int8.py:17
static CUDA_CALLABLE void adj_luminance_0(
    wp::float32 var_r,
    wp::float32 var_g,
    wp::float32 var_b,
    wp::float32 & adj_r,
    wp::float32 & adj_g,
    wp::float32 & adj_b,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/009_image_uint8_int8.py:11
static CUDA_CALLABLE void adj_to_byte_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::uint8 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void rgb_to_gray_fec55a42_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_rgb,
    wp::array_t<wp::uint8> var_gray,
    wp::float32 var_gamma)
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
        const wp::int32 var_2 = 0;
        wp::uint8* var_3;
        wp::float32 var_4;
        wp::uint8 var_5;
        const wp::int32 var_6 = 1;
        wp::uint8* var_7;
        wp::float32 var_8;
        wp::uint8 var_9;
        const wp::int32 var_10 = 2;
        wp::uint8* var_11;
        wp::float32 var_12;
        wp::uint8 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::uint8 var_21;
        //---------
        // forward
        // def rgb_to_gray(rgb: wp.array3d(dtype=wp.uint8), gray: wp.array2d(dtype=wp.uint8), gamma: float):       <L 23>
        // y, x = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // r = to_unit(rgb[y, x, 0])                                                              <L 25>
        var_3 = wp::address(var_rgb, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = to_unit_0(var_5);
        // g = to_unit(rgb[y, x, 1])                                                              <L 26>
        var_7 = wp::address(var_rgb, var_0, var_1, var_6);
        var_9 = wp::load(var_7);
        var_8 = to_unit_0(var_9);
        // b = to_unit(rgb[y, x, 2])                                                              <L 27>
        var_11 = wp::address(var_rgb, var_0, var_1, var_10);
        var_13 = wp::load(var_11);
        var_12 = to_unit_0(var_13);
        // lum = luminance(wp.pow(r, gamma), wp.pow(g, gamma), wp.pow(b, gamma))                  <L 28>
        var_14 = wp::pow(var_4, var_gamma);
        var_15 = wp::pow(var_8, var_gamma);
        var_16 = wp::pow(var_12, var_gamma);
        var_17 = luminance_0(var_14, var_15, var_16);
        // gray[y, x] = to_byte(wp.pow(lum, 1.0 / gamma))                                         <L 29>
        var_19 = wp::div(var_18, var_gamma);
        var_20 = wp::pow(var_17, var_19);
        var_21 = to_byte_0(var_20);
        wp::array_store(var_gray, var_0, var_1, var_21);
    }
}



extern "C" __global__ void apply_signed_offsets_73963eb8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_img,
    wp::array_t<wp::int8> var_offsets,
    wp::int32 var_strength)
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
        wp::uint8* var_2;
        wp::int32 var_3;
        wp::uint8 var_4;
        wp::int8* var_5;
        wp::int32 var_6;
        wp::int8 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 255;
        bool var_15;
        const wp::int32 var_16 = 255;
        wp::int32 var_17;
        wp::uint8 var_18;
        //---------
        // forward
        // def apply_signed_offsets(img: wp.array2d(dtype=wp.uint8), offsets: wp.array2d(dtype=wp.int8), strength: int):       <L 33>
        // y, x = wp.tid()                                                                        <L 34>
        builtin_tid2d(var_0, var_1);
        // base = int(img[y, x])                                                                  <L 35>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::int(var_4);
        // delta = int(offsets[y, x]) * strength                                                  <L 36>
        var_5 = wp::address(var_offsets, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::int(var_7);
        var_8 = wp::mul(var_6, var_strength);
        // v = base + delta                                                                       <L 37>
        var_9 = wp::add(var_3, var_8);
        // if v < 0:                                                                              <L 38>
        var_11 = (var_9 < var_10);
        if (var_11) {
            // v = 0                                                                              <L 39>
        }
        var_13 = wp::where(var_11, var_12, var_9);
        // if v > 255:                                                                            <L 40>
        var_15 = (var_13 > var_14);
        if (var_15) {
            // v = 255                                                                            <L 41>
        }
        var_17 = wp::where(var_15, var_16, var_13);
        // img[y, x] = wp.uint8(v)                                                                <L 42>
        var_18 = wp::uint8(var_17);
        wp::array_store(var_img, var_0, var_1, var_18);
    }
}



extern "C" __global__ void quantize_residual_4a546bee_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::int8> var_q,
    wp::float32 var_step)
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
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = -128.0;
        const wp::float32 var_9 = 127.0;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::int8 var_12;
        //---------
        // forward
        // def quantize_residual(a: wp.array(dtype=float), b: wp.array(dtype=float), q: wp.array(dtype=wp.int8), step: float):       <L 46>
        // i = wp.tid()                                                                           <L 47>
        var_0 = builtin_tid1d();
        // r = (a[i] - b[i]) / step                                                               <L 48>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::sub(var_4, var_5);
        var_6 = wp::div(var_3, var_step);
        // r = wp.clamp(wp.round(r), -128.0, 127.0)                                               <L 49>
        var_7 = wp::round(var_6);
        var_10 = wp::clamp(var_7, var_8, var_9);
        // q[i] = wp.int8(int(r))                                                                 <L 50>
        var_11 = wp::int(var_10);
        var_12 = wp::int8(var_11);
        wp::array_store(var_q, var_0, var_12);
    }
}



extern "C" __global__ void dequantize_2c7336e9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int8> var_q,
    wp::array_t<wp::float32> var_b,
    wp::float32 var_step,
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
        wp::float32* var_1;
        wp::int8* var_2;
        wp::float32 var_3;
        wp::int8 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def dequantize(q: wp.array(dtype=wp.int8), b: wp.array(dtype=float), step: float, out: wp.array(dtype=float)):       <L 54>
        // i = wp.tid()                                                                           <L 55>
        var_0 = builtin_tid1d();
        // out[i] = b[i] + float(q[i]) * step                                                     <L 56>
        var_1 = wp::address(var_b, var_0);
        var_2 = wp::address(var_q, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::float(var_4);
        var_5 = wp::mul(var_3, var_step);
        var_7 = wp::load(var_1);
        var_6 = wp::add(var_7, var_5);
        wp::array_store(var_out, var_0, var_6);
    }
}



extern "C" __global__ void threshold_histogram_041aed8b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::uint8> var_gray,
    wp::uint8 var_threshold,
    wp::array_t<wp::uint8> var_mask,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_above)
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
        wp::uint8* var_2;
        wp::uint8 var_3;
        wp::uint8 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 255;
        wp::uint8 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        wp::uint8 var_15;
        //---------
        // forward
        // def threshold_histogram(                                                               <L 60>
        // y, x = wp.tid()                                                                        <L 67>
        builtin_tid2d(var_0, var_1);
        // v = gray[y, x]                                                                         <L 68>
        var_2 = wp::address(var_gray, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp.atomic_add(hist, int(v), 1)                                                         <L 69>
        var_5 = wp::int(var_3);
        var_7 = wp::atomic_add(var_hist, var_5, var_6);
        // if v >= threshold:                                                                     <L 70>
        var_8 = (var_3 >= var_threshold);
        if (var_8) {
            // mask[y, x] = wp.uint8(255)                                                         <L 71>
            var_10 = wp::uint8(var_9);
            wp::array_store(var_mask, var_0, var_1, var_10);
            // wp.atomic_add(above, 0, 1)                                                         <L 72>
            var_13 = wp::atomic_add(var_above, var_11, var_12);
        }
        if (!var_8) {
            // mask[y, x] = wp.uint8(0)                                                           <L 74>
            var_15 = wp::uint8(var_14);
            wp::array_store(var_mask, var_0, var_1, var_15);
        }
    }
}



extern "C" __global__ void box_downsample_e714185f_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::uint8> var_src,
    wp::array_t<wp::uint8> var_dst)
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
        wp::int32 var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 2;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::uint8* var_13;
        wp::int32 var_14;
        wp::uint8 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 2;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 2;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::uint8* var_24;
        wp::int32 var_25;
        wp::uint8 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 2;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 2;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::uint8* var_36;
        wp::int32 var_37;
        wp::uint8 var_38;
        wp::int32 var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 2;
        wp::int32 var_45;
        wp::int32 var_46;
        wp::uint8* var_47;
        wp::int32 var_48;
        wp::uint8 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        const wp::int32 var_53 = 4;
        wp::int32 var_54;
        wp::uint8 var_55;
        //---------
        // forward
        // def box_downsample(src: wp.array3d(dtype=wp.uint8), dst: wp.array3d(dtype=wp.uint8)):       <L 78>
        // y, x, c = wp.tid()                                                                     <L 79>
        builtin_tid3d(var_0, var_1, var_2);
        // s = int(0)                                                                             <L 80>
        var_4 = wp::int(var_3);
        // for dy in range(2):                                                                    <L 81>
        // for dx in range(2):                                                                    <L 82>
        // s += int(src[y * 2 + dy, x * 2 + dx, c])                                               <L 83>
        var_8 = wp::mul(var_0, var_7);
        var_9 = wp::add(var_8, var_5);
        var_11 = wp::mul(var_1, var_10);
        var_12 = wp::add(var_11, var_6);
        var_13 = wp::address(var_src, var_9, var_12, var_2);
        var_15 = wp::load(var_13);
        var_14 = wp::int(var_15);
        var_16 = wp::add(var_4, var_14);
        var_19 = wp::mul(var_0, var_18);
        var_20 = wp::add(var_19, var_5);
        var_22 = wp::mul(var_1, var_21);
        var_23 = wp::add(var_22, var_17);
        var_24 = wp::address(var_src, var_20, var_23, var_2);
        var_26 = wp::load(var_24);
        var_25 = wp::int(var_26);
        var_27 = wp::add(var_16, var_25);
        // for dx in range(2):                                                                    <L 82>
        // s += int(src[y * 2 + dy, x * 2 + dx, c])                                               <L 83>
        var_31 = wp::mul(var_0, var_30);
        var_32 = wp::add(var_31, var_28);
        var_34 = wp::mul(var_1, var_33);
        var_35 = wp::add(var_34, var_29);
        var_36 = wp::address(var_src, var_32, var_35, var_2);
        var_38 = wp::load(var_36);
        var_37 = wp::int(var_38);
        var_39 = wp::add(var_27, var_37);
        var_42 = wp::mul(var_0, var_41);
        var_43 = wp::add(var_42, var_28);
        var_45 = wp::mul(var_1, var_44);
        var_46 = wp::add(var_45, var_40);
        var_47 = wp::address(var_src, var_43, var_46, var_2);
        var_49 = wp::load(var_47);
        var_48 = wp::int(var_49);
        var_50 = wp::add(var_39, var_48);
        // dst[y, x, c] = wp.uint8((s + 2) // 4)                                                  <L 84>
        var_52 = wp::add(var_50, var_51);
        var_54 = wp::floordiv(var_52, var_53);
        var_55 = wp::uint8(var_54);
        wp::array_store(var_dst, var_0, var_1, var_2, var_55);
    }
}

