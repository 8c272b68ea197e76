
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


// corpus/044_fractals_escape_time.py:6
static CUDA_CALLABLE wp::vec_t<2, wp::float32> complex_mul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def complex_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                    <L 7>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 8>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    return var_22;
}


// corpus/044_fractals_escape_time.py:11
static CUDA_CALLABLE void escape_time_0(
    wp::vec_t<2, wp::float32> var_z0,
    wp::vec_t<2, wp::float32> var_c,
    wp::int32 var_max_iter,
    wp::float32 var_bailout,
    wp::int32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def escape_time(z0: wp.vec2, c: wp.vec2, max_iter: int, bailout: float):               <L 12>
    // z = z0                                                                                 <L 13>
    var_0 = wp::copy(var_z0);
    // n = int(0)                                                                             <L 14>
    var_2 = wp::int(var_1);
    // while n < max_iter:                                                                    <L 15>
    start_while_0:;
    var_3 = (var_2 < var_max_iter);
    if ((var_3) == false) goto end_while_0;
        // if wp.dot(z, z) > bailout * bailout:                                               <L 16>
        var_4 = wp::dot(var_0, var_0);
        var_5 = wp::mul(var_bailout, var_bailout);
        var_6 = (var_4 > var_5);
        if (var_6) {
            // return n, z                                                                    <L 17>
            ret_0 = var_2;
            ret_1 = var_0;
            return;
        }
        // z = complex_mul(z, z) + c                                                          <L 18>
        var_7 = complex_mul_0(var_0, var_0);
        var_8 = wp::add(var_7, var_c);
        // n += 1                                                                             <L 19>
        var_11 = wp::add(var_2, var_10);
        wp::assign(var_0, var_8);
        wp::assign(var_2, var_11);
    goto start_while_0;
    end_while_0:;
    // return max_iter, z                                                                     <L 20>
    ret_0 = var_max_iter;
    ret_1 = var_0;
    return;
}


// corpus/044_fractals_escape_time.py:23
static CUDA_CALLABLE wp::float32 smooth_iter_0(
    wp::int32 var_n,
    wp::vec_t<2, wp::float32> var_z,
    wp::int32 var_max_iter)
{
    //---------
    // primal vars
    bool var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def smooth_iter(n: int, z: wp.vec2, max_iter: int) -> float:                           <L 24>
    // if n >= max_iter:                                                                      <L 25>
    var_0 = (var_n >= var_max_iter);
    if (var_0) {
        // return float(max_iter)                                                             <L 26>
        var_1 = wp::float(var_max_iter);
        return var_1;
    }
    // l = wp.log(wp.dot(z, z)) * 0.5                                                         <L 27>
    var_2 = wp::dot(var_z, var_z);
    var_3 = wp::log(var_2);
    var_5 = wp::mul(var_3, var_4);
    // nu = wp.log(l / wp.log(2.0)) / wp.log(2.0)                                             <L 28>
    var_7 = wp::log(var_6);
    var_8 = wp::div(var_5, var_7);
    var_9 = wp::log(var_8);
    var_11 = wp::log(var_10);
    var_12 = wp::div(var_9, var_11);
    // return float(n) + 1.0 - nu                                                             <L 29>
    var_13 = wp::float(var_n);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::sub(var_15, var_12);
    return var_16;
}


// corpus/044_fractals_escape_time.py:6
static CUDA_CALLABLE void adj_complex_mul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/044_fractals_escape_time.py:11
static CUDA_CALLABLE void adj_escape_time_0(
    wp::vec_t<2, wp::float32> var_z0,
    wp::vec_t<2, wp::float32> var_c,
    wp::int32 var_max_iter,
    wp::float32 var_bailout,
    wp::int32 & ret_0,
    wp::vec_t<2, wp::float32> & ret_1,
    wp::vec_t<2, wp::float32> & adj_z0,
    wp::vec_t<2, wp::float32> & adj_c,
    wp::int32 & adj_max_iter,
    wp::float32 & adj_bailout,
    wp::int32 & adj_ret_0,
    wp::vec_t<2, wp::float32> & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/044_fractals_escape_time.py:23
static CUDA_CALLABLE void adj_smooth_iter_0(
    wp::int32 var_n,
    wp::vec_t<2, wp::float32> var_z,
    wp::int32 var_max_iter,
    wp::int32 & adj_n,
    wp::vec_t<2, wp::float32> & adj_z,
    wp::int32 & adj_max_iter,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void mandelbrot_3962e4ae_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_scale,
    wp::int32 var_max_iter,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::int32> var_interior)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<2, wp::float32> var_20;
        const wp::float32 var_21 = 0.25;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.25;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.25;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.25;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        const wp::float32 var_40 = 0.0;
        const wp::float32 var_41 = 0.0;
        wp::vec_t<2, wp::float32> var_42;
        const wp::float32 var_43 = 4.0;
        wp::int32 var_44;
        wp::vec_t<2, wp::float32> var_45;
        wp::float32 var_46;
        bool var_47;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        //---------
        // forward
        // def mandelbrot(width: int, height: int, center: wp.vec2, scale: float, max_iter: int, image: wp.array2d(dtype=float), interior: wp.array(dtype=int)):       <L 33>
        // y, x = wp.tid()                                                                        <L 34>
        builtin_tid2d(var_0, var_1);
        // u = (float(x) - 0.5 * float(width)) * scale + center[0]                                <L 35>
        var_2 = wp::float(var_1);
        var_4 = wp::float(var_width);
        var_5 = wp::mul(var_3, var_4);
        var_6 = wp::sub(var_2, var_5);
        var_7 = wp::mul(var_6, var_scale);
        var_9 = wp::extract(var_center, var_8);
        var_10 = wp::add(var_7, var_9);
        // v = (float(y) - 0.5 * float(height)) * scale + center[1]                               <L 36>
        var_11 = wp::float(var_0);
        var_13 = wp::float(var_height);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::sub(var_11, var_14);
        var_16 = wp::mul(var_15, var_scale);
        var_18 = wp::extract(var_center, var_17);
        var_19 = wp::add(var_16, var_18);
        // c = wp.vec2(u, v)                                                                      <L 37>
        var_20 = wp::vec_t<2, wp::float32>(var_10, var_19);
        // q = (u - 0.25) * (u - 0.25) + v * v                                                    <L 39>
        var_22 = wp::sub(var_10, var_21);
        var_24 = wp::sub(var_10, var_23);
        var_25 = wp::mul(var_22, var_24);
        var_26 = wp::mul(var_19, var_19);
        var_27 = wp::add(var_25, var_26);
        // if q * (q + (u - 0.25)) <= 0.25 * v * v:                                               <L 40>
        var_29 = wp::sub(var_10, var_28);
        var_30 = wp::add(var_27, var_29);
        var_31 = wp::mul(var_27, var_30);
        var_33 = wp::mul(var_32, var_19);
        var_34 = wp::mul(var_33, var_19);
        var_35 = (var_31 <= var_34);
        if (var_35) {
            // image[y, x] = float(max_iter)                                                      <L 41>
            var_36 = wp::float(var_max_iter);
            wp::array_store(var_image, var_0, var_1, var_36);
            // wp.atomic_add(interior, 0, 1)                                                      <L 42>
            var_39 = wp::atomic_add(var_interior, var_37, var_38);
            // return                                                                             <L 43>
            continue;
        }
        // n, z = escape_time(wp.vec2(0.0, 0.0), c, max_iter, 4.0)                                <L 44>
        var_42 = wp::vec_t<2, wp::float32>(var_40, var_41);
        escape_time_0(var_42, var_20, var_max_iter, var_43, var_44, var_45);
        // image[y, x] = smooth_iter(n, z, max_iter)                                              <L 45>
        var_46 = smooth_iter_0(var_44, var_45, var_max_iter);
        wp::array_store(var_image, var_0, var_1, var_46);
        // if n >= max_iter:                                                                      <L 46>
        var_47 = (var_44 >= var_max_iter);
        if (var_47) {
            // wp.atomic_add(interior, 0, 1)                                                      <L 47>
            var_50 = wp::atomic_add(var_interior, var_48, var_49);
        }
    }
}



extern "C" __global__ void julia_214a58a7_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<2, wp::float32> var_c,
    wp::float32 var_scale,
    wp::int32 var_max_iter,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::vec_t<2, wp::float32> var_14;
        const wp::float32 var_15 = 2.0;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.5;
        const wp::float32 var_22 = 0.5;
        const wp::float32 var_23 = 6.2831;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.5;
        const wp::float32 var_29 = 0.5;
        const wp::float32 var_30 = 6.2831;
        const wp::float32 var_31 = 0.33;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.5;
        const wp::float32 var_38 = 0.5;
        const wp::float32 var_39 = 6.2831;
        const wp::float32 var_40 = 0.67;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        //---------
        // forward
        // def julia(width: int, height: int, c: wp.vec2, scale: float, max_iter: int, image: wp.array2d(dtype=wp.vec3)):       <L 51>
        // y, x = wp.tid()                                                                        <L 52>
        builtin_tid2d(var_0, var_1);
        // z0 = wp.vec2((float(x) / float(width) - 0.5) * scale, (float(y) / float(height) - 0.5) * scale)       <L 53>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_6 = wp::sub(var_4, var_5);
        var_7 = wp::mul(var_6, var_scale);
        var_8 = wp::float(var_0);
        var_9 = wp::float(var_height);
        var_10 = wp::div(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        var_13 = wp::mul(var_12, var_scale);
        var_14 = wp::vec_t<2, wp::float32>(var_7, var_13);
        // n, z = escape_time(z0, c, max_iter, 2.0)                                               <L 54>
        escape_time_0(var_14, var_c, var_max_iter, var_15, var_16, var_17);
        // t = smooth_iter(n, z, max_iter) / float(max_iter)                                      <L 55>
        var_18 = smooth_iter_0(var_16, var_17, var_max_iter);
        var_19 = wp::float(var_max_iter);
        var_20 = wp::div(var_18, var_19);
        // image[y, x] = wp.vec3(0.5 + 0.5 * wp.cos(6.2831 * t), 0.5 + 0.5 * wp.cos(6.2831 * (t + 0.33)), 0.5 + 0.5 * wp.cos(6.2831 * (t + 0.67)))       <L 56>
        var_24 = wp::mul(var_23, var_20);
        var_25 = wp::cos(var_24);
        var_26 = wp::mul(var_22, var_25);
        var_27 = wp::add(var_21, var_26);
        var_32 = wp::add(var_20, var_31);
        var_33 = wp::mul(var_30, var_32);
        var_34 = wp::cos(var_33);
        var_35 = wp::mul(var_29, var_34);
        var_36 = wp::add(var_28, var_35);
        var_41 = wp::add(var_20, var_40);
        var_42 = wp::mul(var_39, var_41);
        var_43 = wp::cos(var_42);
        var_44 = wp::mul(var_38, var_43);
        var_45 = wp::add(var_37, var_44);
        var_46 = wp::vec_t<3, wp::float32>(var_27, var_36, var_45);
        wp::array_store(var_image, var_0, var_1, var_46);
    }
}



extern "C" __global__ void burning_ship_7f1b2778_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_scale,
    wp::int32 var_max_iter,
    wp::array_t<wp::int32> var_counts)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<2, wp::float32> var_20;
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<2, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        bool var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 4.0;
        bool var_29;
        bool var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 2.0;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::vec_t<2, wp::float32> var_49;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        //---------
        // forward
        // def burning_ship(width: int, height: int, center: wp.vec2, scale: float, max_iter: int, counts: wp.array2d(dtype=int)):       <L 60>
        // y, x = wp.tid()                                                                        <L 61>
        builtin_tid2d(var_0, var_1);
        // c = wp.vec2((float(x) - 0.5 * float(width)) * scale + center[0], (float(y) - 0.5 * float(height)) * scale + center[1])       <L 62>
        var_2 = wp::float(var_1);
        var_4 = wp::float(var_width);
        var_5 = wp::mul(var_3, var_4);
        var_6 = wp::sub(var_2, var_5);
        var_7 = wp::mul(var_6, var_scale);
        var_9 = wp::extract(var_center, var_8);
        var_10 = wp::add(var_7, var_9);
        var_11 = wp::float(var_0);
        var_13 = wp::float(var_height);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::sub(var_11, var_14);
        var_16 = wp::mul(var_15, var_scale);
        var_18 = wp::extract(var_center, var_17);
        var_19 = wp::add(var_16, var_18);
        var_20 = wp::vec_t<2, wp::float32>(var_10, var_19);
        // z = wp.vec2(0.0, 0.0)                                                                  <L 63>
        var_23 = wp::vec_t<2, wp::float32>(var_21, var_22);
        // n = int(0)                                                                             <L 64>
        var_25 = wp::int(var_24);
        // while n < max_iter and wp.dot(z, z) <= 4.0:                                            <L 65>
        start_while_0:;
        var_26 = (var_25 < var_max_iter);
        var_27 = wp::dot(var_23, var_23);
        var_29 = (var_27 <= var_28);
        var_30 = var_26 && var_29;
        if ((var_30) == false) goto end_while_0;
            // zr = wp.abs(z[0])                                                                  <L 66>
            var_32 = wp::extract(var_23, var_31);
            var_33 = wp::abs(var_32);
            // zi = wp.abs(z[1])                                                                  <L 67>
            var_35 = wp::extract(var_23, var_34);
            var_36 = wp::abs(var_35);
            // z = wp.vec2(zr * zr - zi * zi + c[0], 2.0 * zr * zi + c[1])                        <L 68>
            var_37 = wp::mul(var_33, var_33);
            var_38 = wp::mul(var_36, var_36);
            var_39 = wp::sub(var_37, var_38);
            var_41 = wp::extract(var_20, var_40);
            var_42 = wp::add(var_39, var_41);
            var_44 = wp::mul(var_43, var_33);
            var_45 = wp::mul(var_44, var_36);
            var_47 = wp::extract(var_20, var_46);
            var_48 = wp::add(var_45, var_47);
            var_49 = wp::vec_t<2, wp::float32>(var_42, var_48);
            // n += 1                                                                             <L 69>
            var_52 = wp::add(var_25, var_51);
            wp::assign(var_23, var_49);
            wp::assign(var_25, var_52);
        goto start_while_0;
        end_while_0:;
        // counts[y, x] = n                                                                       <L 70>
        wp::array_store(var_counts, var_0, var_1, var_25);
    }
}



extern "C" __global__ void buddhabrot_orbits_289bb1cf_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::int32 var_max_iter,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_scale,
    wp::array_t<wp::int32> var_density,
    wp::array_t<wp::int32> var_escaped)
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
        wp::uint32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = -2.0;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.5;
        const wp::float32 var_9 = -1.5;
        const wp::float32 var_10 = 1.5;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.25;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.25;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.25;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.25;
        const wp::int32 var_35 = 1;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        const wp::int32 var_42 = 0;
        wp::float32 var_43;
        const wp::float32 var_44 = 1.0;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::float32 var_47;
        const wp::float32 var_48 = 1.0;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        const wp::int32 var_53 = 1;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0625;
        bool var_58;
        const wp::float32 var_59 = 0.0;
        const wp::float32 var_60 = 0.0;
        wp::vec_t<2, wp::float32> var_61;
        const wp::float32 var_62 = 2.0;
        wp::int32 var_63;
        wp::vec_t<2, wp::float32> var_64;
        bool var_65;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 1;
        wp::int32 var_68;
        const wp::float32 var_69 = 0.0;
        const wp::float32 var_70 = 0.0;
        wp::vec_t<2, wp::float32> var_71;
        const wp::int32 var_72 = 0;
        wp::int32 var_73;
        bool var_74;
        wp::vec_t<2, wp::float32> var_75;
        wp::vec_t<2, wp::float32> var_76;
        const wp::int32 var_77 = 0;
        wp::float32 var_78;
        const wp::int32 var_79 = 0;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.5;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 1;
        wp::float32 var_89;
        const wp::int32 var_90 = 1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::float32 var_94 = 0.5;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 0;
        bool var_100;
        bool var_101;
        const wp::int32 var_102 = 0;
        bool var_103;
        bool var_104;
        bool var_105;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        const wp::int32 var_108 = 1;
        wp::int32 var_109;
        wp::int32 var_110;
        bool var_111;
        const wp::int32 var_112 = 1;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        const wp::int32 var_117 = 1;
        const wp::int32 var_118 = 1;
        wp::int32 var_119;
        //---------
        // forward
        // def buddhabrot_orbits(                                                                 <L 74>
        // tid = wp.tid()                                                                         <L 85>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 86>
        var_1 = wp::rand_init(var_seed, var_0);
        // for s in range(samples_per_thread):                                                    <L 87>
        var_2 = wp::range(var_samples_per_thread);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // c = wp.vec2(wp.randf(state, -2.0, 1.0), wp.randf(state, -1.5, 1.5))                <L 88>
            var_7 = wp::randf(var_1, var_5, var_6);
            var_11 = wp::randf(var_1, var_9, var_10);
            var_12 = wp::vec_t<2, wp::float32>(var_7, var_11);
            // q = (c[0] - 0.25) * (c[0] - 0.25) + c[1] * c[1]                                    <L 90>
            var_14 = wp::extract(var_12, var_13);
            var_16 = wp::sub(var_14, var_15);
            var_18 = wp::extract(var_12, var_17);
            var_20 = wp::sub(var_18, var_19);
            var_21 = wp::mul(var_16, var_20);
            var_23 = wp::extract(var_12, var_22);
            var_25 = wp::extract(var_12, var_24);
            var_26 = wp::mul(var_23, var_25);
            var_27 = wp::add(var_21, var_26);
            // if q * (q + (c[0] - 0.25)) <= 0.25 * c[1] * c[1]:                                  <L 91>
            var_29 = wp::extract(var_12, var_28);
            var_31 = wp::sub(var_29, var_30);
            var_32 = wp::add(var_27, var_31);
            var_33 = wp::mul(var_27, var_32);
            var_36 = wp::extract(var_12, var_35);
            var_37 = wp::mul(var_34, var_36);
            var_39 = wp::extract(var_12, var_38);
            var_40 = wp::mul(var_37, var_39);
            var_41 = (var_33 <= var_40);
            if (var_41) {
                // continue                                                                       <L 92>
                goto start_for_0;
            }
            // if (c[0] + 1.0) * (c[0] + 1.0) + c[1] * c[1] <= 0.0625:                            <L 93>
            var_43 = wp::extract(var_12, var_42);
            var_45 = wp::add(var_43, var_44);
            var_47 = wp::extract(var_12, var_46);
            var_49 = wp::add(var_47, var_48);
            var_50 = wp::mul(var_45, var_49);
            var_52 = wp::extract(var_12, var_51);
            var_54 = wp::extract(var_12, var_53);
            var_55 = wp::mul(var_52, var_54);
            var_56 = wp::add(var_50, var_55);
            var_58 = (var_56 <= var_57);
            if (var_58) {
                // continue                                                                       <L 94>
                goto start_for_0;
            }
            // n, z = escape_time(wp.vec2(0.0, 0.0), c, max_iter, 2.0)                            <L 95>
            var_61 = wp::vec_t<2, wp::float32>(var_59, var_60);
            escape_time_0(var_61, var_12, var_max_iter, var_62, var_63, var_64);
            // if n >= max_iter:                                                                  <L 96>
            var_65 = (var_63 >= var_max_iter);
            if (var_65) {
                // continue                                                                       <L 97>
                goto start_for_0;
            }
            // wp.atomic_add(escaped, 0, 1)                                                       <L 98>
            var_68 = wp::atomic_add(var_escaped, var_66, var_67);
            // z = wp.vec2(0.0, 0.0)                                                              <L 100>
            var_71 = wp::vec_t<2, wp::float32>(var_69, var_70);
            // k = int(0)                                                                         <L 101>
            var_73 = wp::int(var_72);
            // while k < n:                                                                       <L 102>
        start_while_2:;
            var_74 = (var_73 < var_63);
        if ((var_74) == false) goto end_while_2;
                // z = complex_mul(z, z) + c                                                      <L 103>
                var_75 = complex_mul_0(var_71, var_71);
                var_76 = wp::add(var_75, var_12);
                // px = int((z[0] - center[0]) / scale + 0.5 * float(width))                      <L 104>
                var_78 = wp::extract(var_76, var_77);
                var_80 = wp::extract(var_center, var_79);
                var_81 = wp::sub(var_78, var_80);
                var_82 = wp::div(var_81, var_scale);
                var_84 = wp::float(var_width);
                var_85 = wp::mul(var_83, var_84);
                var_86 = wp::add(var_82, var_85);
                var_87 = wp::int(var_86);
                // py = int((z[1] - center[1]) / scale + 0.5 * float(height))                     <L 105>
                var_89 = wp::extract(var_76, var_88);
                var_91 = wp::extract(var_center, var_90);
                var_92 = wp::sub(var_89, var_91);
                var_93 = wp::div(var_92, var_scale);
                var_95 = wp::float(var_height);
                var_96 = wp::mul(var_94, var_95);
                var_97 = wp::add(var_93, var_96);
                var_98 = wp::int(var_97);
                // if px >= 0 and px < width and py >= 0 and py < height:                         <L 106>
                var_100 = (var_87 >= var_99);
                var_101 = (var_87 < var_width);
                var_103 = (var_98 >= var_102);
                var_104 = (var_98 < var_height);
                var_105 = var_100 && var_101 && var_103 && var_104;
                if (var_105) {
                    // wp.atomic_add(density, py, px, 1)                                          <L 107>
                    var_107 = wp::atomic_add(var_density, var_98, var_87, var_106);
                    // if py != height - 1 - py:                                                  <L 108>
                    var_109 = wp::sub(var_height, var_108);
                    var_110 = wp::sub(var_109, var_98);
                    var_111 = (var_98 != var_110);
                    if (var_111) {
                        // wp.atomic_add(density, height - 1 - py, px, 1)                         <L 109>
                        var_113 = wp::sub(var_height, var_112);
                        var_114 = wp::sub(var_113, var_98);
                        var_116 = wp::atomic_add(var_density, var_114, var_87, var_115);
                    }
                }
                // k += 1                                                                         <L 110>
                var_119 = wp::add(var_73, var_118);
                wp::assign(var_71, var_76);
                wp::assign(var_73, var_119);
        goto start_while_2;
        end_while_2:;
            goto start_for_0;
        end_for_0:;
    }
}

