
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



extern "C" __global__ void build_histogram_5abcad4d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_img,
    wp::array_t<wp::int32> var_hist)
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
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        //---------
        // forward
        // def build_histogram(img: wp.array2d(dtype=wp.uint8), hist: wp.array(dtype=int)):       <L 9>
        // y, x = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // wp.atomic_add(hist, int(img[y, x]), 1)                                                 <L 11>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::int(var_4);
        var_6 = wp::atomic_add(var_hist, var_3, var_5);
    }
}



extern "C" __global__ void build_cdf_e1f074c5_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_cdf,
    wp::array_t<wp::int32> var_cdf_min)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        const wp::int32 var_3 = -1;
        wp::int32 var_4;
        const wp::int32 var_5 = 256;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        bool var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        //---------
        // forward
        // def build_cdf(hist: wp.array(dtype=int), cdf: wp.array(dtype=int), cdf_min: wp.array(dtype=int)):       <L 15>
        // running = int(0)                                                                       <L 16>
        var_1 = wp::int(var_0);
        // first = int(-1)                                                                        <L 17>
        var_4 = wp::int(var_3);
        // for k in range(LEVELS):                                                                <L 18>
        var_6 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // running += hist[k]                                                                 <L 19>
            var_8 = wp::address(var_hist, var_7);
            var_9 = wp::address(var_hist, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::add(var_1, var_11);
            // cdf[k] = running                                                                   <L 20>
            wp::array_store(var_cdf, var_7, var_10);
            // if first < 0 and running > 0:                                                      <L 21>
            var_13 = (var_4 < var_12);
            var_15 = (var_10 > var_14);
            var_16 = var_13 && var_15;
            if (var_16) {
                // first = running                                                                <L 22>
                var_17 = wp::copy(var_10);
            }
            var_18 = wp::where(var_16, var_17, var_4);
            wp::assign(var_1, var_10);
            wp::assign(var_4, var_18);
            goto start_for_0;
        end_for_0:;
        // cdf_min[0] = first                                                                     <L 23>
        wp::array_store(var_cdf_min, var_19, var_4);
    }
}



extern "C" __global__ void equalize_f15b609a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_img,
    wp::array_t<wp::int32> var_cdf,
    wp::array_t<wp::int32> var_cdf_min,
    wp::array_t<wp::uint8> var_out)
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
        const wp::int32 var_11 = 0;
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::uint8* var_15;
        wp::int32 var_16;
        wp::uint8 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::uint8* var_20;
        wp::uint8 var_21;
        wp::int32* var_22;
        const wp::int32 var_23 = 0;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 256;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 0;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::uint8 var_37;
        //---------
        // forward
        // def equalize(img: wp.array2d(dtype=wp.uint8), cdf: wp.array(dtype=int), cdf_min: wp.array(dtype=int), out: wp.array2d(dtype=wp.uint8)):       <L 27>
        // y, x = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // total = img.shape[0] * img.shape[1]                                                    <L 29>
        var_2 = &(var_img.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = &(var_img.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::mul(var_4, var_8);
        // denom = total - cdf_min[0]                                                             <L 30>
        var_12 = wp::address(var_cdf_min, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_10, var_14);
        // v = int(img[y, x])                                                                     <L 31>
        var_15 = wp::address(var_img, var_0, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::int(var_17);
        // if denom <= 0:                                                                         <L 32>
        var_19 = (var_13 <= var_18);
        if (var_19) {
            // out[y, x] = img[y, x]                                                              <L 33>
            var_20 = wp::address(var_img, var_0, var_1);
            var_21 = wp::load(var_20);
            wp::array_store(var_out, var_0, var_1, var_21);
            // return                                                                             <L 34>
            continue;
        }
        // mapped = (cdf[v] - cdf_min[0]) * (LEVELS - 1) // denom                                 <L 35>
        var_22 = wp::address(var_cdf, var_16);
        var_24 = wp::address(var_cdf_min, var_23);
        var_26 = wp::load(var_22);
        var_27 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_27);
        var_30 = wp::sub(var_28, var_29);
        var_31 = wp::mul(var_25, var_30);
        var_32 = wp::floordiv(var_31, var_13);
        // out[y, x] = wp.uint8(wp.clamp(mapped, 0, LEVELS - 1))                                  <L 36>
        var_35 = wp::sub(var_28, var_34);
        var_36 = wp::clamp(var_32, var_33, var_35);
        var_37 = wp::uint8(var_36);
        wp::array_store(var_out, var_0, var_1, var_37);
    }
}



extern "C" __global__ void local_contrast_f076ac1f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint8> var_img,
    wp::int32 var_radius,
    wp::float32 var_strength,
    wp::array_t<wp::uint8> var_out)
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
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        bool var_22;
        bool var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        bool var_31;
        bool var_32;
        bool var_33;
        wp::uint8* var_34;
        wp::int32 var_35;
        wp::uint8 var_36;
        wp::uint8* var_37;
        wp::int32 var_38;
        wp::uint8 var_39;
        wp::int32 var_40;
        const wp::int32 var_41 = 1;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::uint8* var_47;
        wp::float32 var_48;
        wp::uint8 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 1.0;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.0;
        const wp::float32 var_56 = 255.0;
        wp::float32 var_57;
        wp::int32 var_58;
        wp::uint8 var_59;
        //---------
        // forward
        // def local_contrast(img: wp.array2d(dtype=wp.uint8), radius: int, strength: float, out: wp.array2d(dtype=wp.uint8)):       <L 40>
        // y, x = wp.tid()                                                                        <L 41>
        builtin_tid2d(var_0, var_1);
        // h = img.shape[0]                                                                       <L 42>
        var_2 = &(var_img.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = img.shape[1]                                                                       <L 43>
        var_6 = &(var_img.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // s = int(0)                                                                             <L 44>
        var_11 = wp::int(var_10);
        // n = int(0)                                                                             <L 45>
        var_13 = wp::int(var_12);
        // for dy in range(-radius, radius + 1):                                                  <L 46>
        var_14 = wp::neg(var_radius);
        var_16 = wp::add(var_radius, var_15);
        var_17 = wp::range(var_14, var_16);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // yy = y + dy                                                                        <L 47>
            var_19 = wp::add(var_0, var_18);
            // if yy < 0 or yy >= h:                                                              <L 48>
            var_21 = (var_19 < var_20);
            var_22 = (var_19 >= var_4);
            var_23 = var_21 || var_22;
            if (var_23) {
                // continue                                                                       <L 49>
                goto start_for_0;
            }
            // for dx in range(-radius, radius + 1):                                              <L 50>
            var_24 = wp::neg(var_radius);
            var_26 = wp::add(var_radius, var_25);
            var_27 = wp::range(var_24, var_26);
            start_for_2:;
                if (iter_cmp(var_27) == 0) goto end_for_2;
                var_28 = wp::iter_next(var_27);
                // xx = x + dx                                                                    <L 51>
                var_29 = wp::add(var_1, var_28);
                // if xx < 0 or xx >= w:                                                          <L 52>
                var_31 = (var_29 < var_30);
                var_32 = (var_29 >= var_8);
                var_33 = var_31 || var_32;
                if (var_33) {
                    // continue                                                                   <L 53>
                    goto start_for_2;
                }
                // s += int(img[yy, xx])                                                          <L 54>
                var_34 = wp::address(var_img, var_19, var_29);
                var_36 = wp::load(var_34);
                var_35 = wp::int(var_36);
                var_37 = wp::address(var_img, var_19, var_29);
                var_39 = wp::load(var_37);
                var_38 = wp::int(var_39);
                var_40 = wp::add(var_11, var_38);
                // n += 1                                                                         <L 55>
                var_43 = wp::add(var_13, var_42);
                wp::assign(var_11, var_40);
                wp::assign(var_13, var_43);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // mean = float(s) / float(n)                                                             <L 56>
        var_44 = wp::float(var_11);
        var_45 = wp::float(var_13);
        var_46 = wp::div(var_44, var_45);
        // v = float(img[y, x])                                                                   <L 57>
        var_47 = wp::address(var_img, var_0, var_1);
        var_49 = wp::load(var_47);
        var_48 = wp::float(var_49);
        // r = mean + (v - mean) * (1.0 + strength)                                               <L 58>
        var_50 = wp::sub(var_48, var_46);
        var_52 = wp::add(var_51, var_strength);
        var_53 = wp::mul(var_50, var_52);
        var_54 = wp::add(var_46, var_53);
        // out[y, x] = wp.uint8(int(wp.clamp(r, 0.0, 255.0)))                                     <L 59>
        var_57 = wp::clamp(var_54, var_55, var_56);
        var_58 = wp::int(var_57);
        var_59 = wp::uint8(var_58);
        wp::array_store(var_out, var_0, var_1, var_59);
    }
}



extern "C" __global__ void otsu_scores_4e28c298_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_hist,
    wp::int32 var_total,
    wp::array_t<wp::float32> var_scores)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 256;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::int32* var_23;
        wp::float32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        wp::float32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::int32* var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::int32* var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.0;
        bool var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 0.0;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        //---------
        // forward
        // def otsu_scores(hist: wp.array(dtype=int), total: int, scores: wp.array(dtype=float)):       <L 63>
        // t = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // w0 = float(0.0)                                                                        <L 65>
        var_2 = wp::float(var_1);
        // s0 = float(0.0)                                                                        <L 66>
        var_4 = wp::float(var_3);
        // s_all = float(0.0)                                                                     <L 67>
        var_6 = wp::float(var_5);
        // for k in range(LEVELS):                                                                <L 68>
        var_8 = wp::range(var_7);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // s_all += float(k * hist[k])                                                        <L 69>
            var_10 = wp::address(var_hist, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::mul(var_9, var_12);
            var_13 = wp::float(var_11);
            var_14 = wp::address(var_hist, var_9);
            var_16 = wp::load(var_14);
            var_15 = wp::mul(var_9, var_16);
            var_17 = wp::float(var_15);
            var_18 = wp::add(var_6, var_17);
            wp::assign(var_6, var_18);
            goto start_for_0;
        end_for_0:;
        // for k in range(t + 1):                                                                 <L 70>
        var_20 = wp::add(var_0, var_19);
        var_21 = wp::range(var_20);
        start_for_2:;
            if (iter_cmp(var_21) == 0) goto end_for_2;
            var_22 = wp::iter_next(var_21);
            // w0 += float(hist[k])                                                               <L 71>
            var_23 = wp::address(var_hist, var_22);
            var_25 = wp::load(var_23);
            var_24 = wp::float(var_25);
            var_26 = wp::address(var_hist, var_22);
            var_28 = wp::load(var_26);
            var_27 = wp::float(var_28);
            var_29 = wp::add(var_2, var_27);
            // s0 += float(k * hist[k])                                                           <L 72>
            var_30 = wp::address(var_hist, var_22);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_22, var_32);
            var_33 = wp::float(var_31);
            var_34 = wp::address(var_hist, var_22);
            var_36 = wp::load(var_34);
            var_35 = wp::mul(var_22, var_36);
            var_37 = wp::float(var_35);
            var_38 = wp::add(var_4, var_37);
            wp::assign(var_2, var_29);
            wp::assign(var_4, var_38);
            goto start_for_2;
        end_for_2:;
        // w1 = float(total) - w0                                                                 <L 73>
        var_39 = wp::float(var_total);
        var_40 = wp::sub(var_39, var_2);
        // if w0 == 0.0 or w1 == 0.0:                                                             <L 74>
        var_42 = (var_2 == var_41);
        var_44 = (var_40 == var_43);
        var_45 = var_42 || var_44;
        if (var_45) {
            // scores[t] = 0.0                                                                    <L 75>
            wp::array_store(var_scores, var_0, var_46);
            // return                                                                             <L 76>
            continue;
        }
        // m0 = s0 / w0                                                                           <L 77>
        var_47 = wp::div(var_4, var_2);
        // m1 = (s_all - s0) / w1                                                                 <L 78>
        var_48 = wp::sub(var_6, var_4);
        var_49 = wp::div(var_48, var_40);
        // scores[t] = w0 * w1 * (m0 - m1) * (m0 - m1)                                            <L 79>
        var_50 = wp::mul(var_2, var_40);
        var_51 = wp::sub(var_47, var_49);
        var_52 = wp::mul(var_50, var_51);
        var_53 = wp::sub(var_47, var_49);
        var_54 = wp::mul(var_52, var_53);
        wp::array_store(var_scores, var_0, var_54);
    }
}

