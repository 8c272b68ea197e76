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


// corpus/118_constants_catalogue.py:19
static CUDA_CALLABLE wp::float32 fog_factor_0(
    wp::float32 var_depth)
{
    //---------
    // primal vars
    const bool var_0 = true;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.05;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    //---------
    // forward
    // def fog_factor(depth: float) -> float:                                                 <L 20>
    // if ENABLE_FOG:                                                                         <L 21>
    // return wp.exp(-depth * 0.05)                                                           <L 22>
    var_1 = wp::neg(var_depth);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::exp(var_3);
    return var_4;
    // return 1.0                                                                             <L 23>
    return var_5;
}


// corpus/118_constants_catalogue.py:19
static CUDA_CALLABLE void adj_fog_factor_0(
    wp::float32 var_depth,
    wp::float32 & adj_depth,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const bool var_0 = true;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.05;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def fog_factor(depth: float) -> float:                                                 <L 20>
    // if ENABLE_FOG:                                                                         <L 21>
    // return wp.exp(-depth * 0.05)                                                           <L 22>
    var_1 = wp::neg(var_depth);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::exp(var_3);
    goto label0;
    // return 1.0                                                                             <L 23>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_5 += adj_ret;
    // adj: return 1.0                                                                        <L 23>
    label0:;
    adj_4 += adj_ret;
    wp::adj_exp(var_3, var_4, adj_3, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_neg(var_depth, adj_depth, adj_1);
    // adj: return wp.exp(-depth * 0.05)                                                      <L 22>
    // adj: if ENABLE_FOG:                                                                    <L 21>
    // adj: def fog_factor(depth: float) -> float:                                            <L 20>
    return;
}



extern "C" __global__ void shade_pixels_7491ac5c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> var_albedo,
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
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 48;
        bool var_4;
        const wp::int32 var_5 = 64;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::vec_t<3, wp::float32> var_14 = wp::initializer_array<3,wp::float32>{0.4000000059604645, 0.6000000238418579, 0.8999999761581421};
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.45454545454545453;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def shade_pixels(depth: wp.array2d(dtype=float), albedo: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 27>
        // y, x = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // if y >= HEIGHT or x >= WIDTH:                                                          <L 29>
        var_4 = (var_0 >= var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 >= var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 30>
            continue;
        }
        // d = depth[y, x]                                                                        <L 31>
        var_7 = wp::address(var_depth, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // f = fog_factor(d)                                                                      <L 32>
        var_10 = fog_factor_0(var_8);
        // c = albedo[y, x] * f + SKY * (1.0 - f)                                                 <L 33>
        var_11 = wp::address(var_albedo, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_10);
        var_16 = wp::sub(var_15, var_10);
        var_17 = wp::mul(var_14, var_16);
        var_18 = wp::add(var_12, var_17);
        // out[y, x] = wp.vec3(wp.pow(c[0], INV_GAMMA), wp.pow(c[1], INV_GAMMA), wp.pow(c[2], INV_GAMMA))       <L 34>
        var_20 = wp::extract(var_18, var_19);
        var_22 = wp::pow(var_20, var_21);
        var_24 = wp::extract(var_18, var_23);
        var_25 = wp::pow(var_24, var_21);
        var_27 = wp::extract(var_18, var_26);
        var_28 = wp::pow(var_27, var_21);
        var_29 = wp::vec_t<3, wp::float32>(var_22, var_25, var_28);
        wp::array_store(var_out, var_0, var_1, var_29);
    }
}



extern "C" __global__ void shade_pixels_7491ac5c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> var_albedo,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float32> adj_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_albedo,
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
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 48;
        bool var_4;
        const wp::int32 var_5 = 64;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::vec_t<3, wp::float32> var_14 = wp::initializer_array<3,wp::float32>{0.4000000059604645, 0.6000000238418579, 0.8999999761581421};
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.45454545454545453;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 2;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def shade_pixels(depth: wp.array2d(dtype=float), albedo: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 27>
        // y, x = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // if y >= HEIGHT or x >= WIDTH:                                                          <L 29>
        var_4 = (var_0 >= var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 >= var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 30>
            goto label0;
        }
        // d = depth[y, x]                                                                        <L 31>
        var_7 = wp::address(var_depth, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // f = fog_factor(d)                                                                      <L 32>
        var_10 = fog_factor_0(var_8);
        // c = albedo[y, x] * f + SKY * (1.0 - f)                                                 <L 33>
        var_11 = wp::address(var_albedo, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_13, var_10);
        var_16 = wp::sub(var_15, var_10);
        var_17 = wp::mul(var_14, var_16);
        var_18 = wp::add(var_12, var_17);
        // out[y, x] = wp.vec3(wp.pow(c[0], INV_GAMMA), wp.pow(c[1], INV_GAMMA), wp.pow(c[2], INV_GAMMA))       <L 34>
        var_20 = wp::extract(var_18, var_19);
        var_22 = wp::pow(var_20, var_21);
        var_24 = wp::extract(var_18, var_23);
        var_25 = wp::pow(var_24, var_21);
        var_27 = wp::extract(var_18, var_26);
        var_28 = wp::pow(var_27, var_21);
        var_29 = wp::vec_t<3, wp::float32>(var_22, var_25, var_28);
        // wp::array_store(var_out, var_0, var_1, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_29, adj_out, adj_0, adj_1, adj_29);
        wp::adj_vec_t(var_22, var_25, var_28, adj_22, adj_25, adj_28, adj_29);
        wp::adj_pow(var_27, var_21, var_28, adj_27, adj_21, adj_28);
        wp::adj_extract(var_18, var_26, adj_18, adj_26, adj_27);
        wp::adj_pow(var_24, var_21, var_25, adj_24, adj_21, adj_25);
        wp::adj_extract(var_18, var_23, adj_18, adj_23, adj_24);
        wp::adj_pow(var_20, var_21, var_22, adj_20, adj_21, adj_22);
        wp::adj_extract(var_18, var_19, adj_18, adj_19, adj_20);
        // adj: out[y, x] = wp.vec3(wp.pow(c[0], INV_GAMMA), wp.pow(c[1], INV_GAMMA), wp.pow(c[2], INV_GAMMA))  <L 34>
        wp::adj_add(var_12, var_17, adj_12, adj_17, adj_18);
        wp::adj_mul(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_sub(var_15, var_10, adj_15, adj_10, adj_16);
        wp::adj_mul(var_13, var_10, adj_11, adj_10, adj_12);
        wp::adj_address(var_albedo, var_0, var_1, adj_albedo, adj_0, adj_1, adj_11);
        // adj: c = albedo[y, x] * f + SKY * (1.0 - f)                                            <L 33>
        adj_fog_factor_0(var_8, adj_8, adj_10);
        // adj: f = fog_factor(d)                                                                 <L 32>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_depth, var_0, var_1, adj_depth, adj_0, adj_1, adj_7);
        // adj: d = depth[y, x]                                                                   <L 31>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 30>
        }
        if (!var_2) {
        }
        // adj: if y >= HEIGHT or x >= WIDTH:                                                     <L 29>
        // adj: y, x = wp.tid()                                                                   <L 28>
        // adj: def shade_pixels(depth: wp.array2d(dtype=float), albedo: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):  <L 27>
        continue;
    }
}



extern "C" __global__ void filter_taps_024fa5a4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 5;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        const wp::vec_t<4, wp::float32> var_20 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.4000000059604645, 0.20000000298023224};
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 1e-06;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def filter_taps(src: wp.array(dtype=float), dst: wp.array(dtype=float)):               <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 40>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 41>
        var_6 = wp::float(var_5);
        // for k in range(NUM_TAPS - 1):                                                          <L 42>
        var_9 = wp::sub(var_7, var_8);
        var_10 = wp::range(var_9);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // j = wp.clamp(i + k - 2, 0, n - 1)                                                  <L 43>
            var_12 = wp::add(var_0, var_11);
            var_14 = wp::sub(var_12, var_13);
            var_17 = wp::sub(var_3, var_16);
            var_18 = wp::clamp(var_14, var_15, var_17);
            // acc += src[j] * TAPS[k]                                                            <L 44>
            var_19 = wp::address(var_src, var_18);
            var_21 = wp::extract(var_20, var_11);
            var_23 = wp::load(var_19);
            var_22 = wp::mul(var_23, var_21);
            var_24 = wp::add(var_6, var_22);
            wp::assign(var_6, var_24);
            goto start_for_0;
        end_for_0:;
        // dst[i] = acc / (TAPS[0] + TAPS[1] + TAPS[2] + TAPS[3] + EPS)                           <L 45>
        var_26 = wp::extract(var_20, var_25);
        var_28 = wp::extract(var_20, var_27);
        var_29 = wp::add(var_26, var_28);
        var_31 = wp::extract(var_20, var_30);
        var_32 = wp::add(var_29, var_31);
        var_34 = wp::extract(var_20, var_33);
        var_35 = wp::add(var_32, var_34);
        var_37 = wp::add(var_35, var_36);
        var_38 = wp::div(var_6, var_37);
        wp::array_store(var_dst, var_0, var_38);
    }
}



extern "C" __global__ void filter_taps_024fa5a4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 5;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        const wp::vec_t<4, wp::float32> var_20 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.4000000059604645, 0.20000000298023224};
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 1e-06;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<4, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def filter_taps(src: wp.array(dtype=float), dst: wp.array(dtype=float)):               <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 40>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 41>
        var_6 = wp::float(var_5);
        // for k in range(NUM_TAPS - 1):                                                          <L 42>
        var_9 = wp::sub(var_7, var_8);
        var_10 = wp::range(var_9);
        // dst[i] = acc / (TAPS[0] + TAPS[1] + TAPS[2] + TAPS[3] + EPS)                           <L 45>
        var_26 = wp::extract(var_20, var_25);
        var_28 = wp::extract(var_20, var_27);
        var_29 = wp::add(var_26, var_28);
        var_31 = wp::extract(var_20, var_30);
        var_32 = wp::add(var_29, var_31);
        var_34 = wp::extract(var_20, var_33);
        var_35 = wp::add(var_32, var_34);
        var_37 = wp::add(var_35, var_36);
        var_38 = wp::div(var_6, var_37);
        // wp::array_store(var_dst, var_0, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_38, adj_dst, adj_0, adj_38);
        wp::adj_div(var_6, var_37, var_38, adj_6, adj_37, adj_38);
        wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_extract(var_20, var_33, adj_20, adj_33, adj_34);
        wp::adj_add(var_29, var_31, adj_29, adj_31, adj_32);
        wp::adj_extract(var_20, var_30, adj_20, adj_30, adj_31);
        wp::adj_add(var_26, var_28, adj_26, adj_28, adj_29);
        wp::adj_extract(var_20, var_27, adj_20, adj_27, adj_28);
        wp::adj_extract(var_20, var_25, adj_20, adj_25, adj_26);
        // adj: dst[i] = acc / (TAPS[0] + TAPS[1] + TAPS[2] + TAPS[3] + EPS)                      <L 45>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
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
            // j = wp.clamp(i + k - 2, 0, n - 1)                                                  <L 43>
            var_12 = wp::add(var_0, var_11);
            var_14 = wp::sub(var_12, var_13);
            var_17 = wp::sub(var_3, var_16);
            var_18 = wp::clamp(var_14, var_15, var_17);
            // acc += src[j] * TAPS[k]                                                            <L 44>
            var_19 = wp::address(var_src, var_18);
            var_21 = wp::extract(var_20, var_11);
            var_23 = wp::load(var_19);
            var_22 = wp::mul(var_23, var_21);
            var_24 = wp::add(var_6, var_22);
            wp::assign(var_6, var_24);
            wp::adj_assign(var_6, var_24, adj_6, adj_24);
            wp::adj_add(var_6, var_22, adj_6, adj_22, adj_24);
            wp::adj_mul(var_23, var_21, adj_19, adj_21, adj_22);
            wp::adj_extract(var_20, var_11, adj_20, adj_11, adj_21);
            wp::adj_address(var_src, var_18, adj_src, adj_18, adj_19);
            // adj: acc += src[j] * TAPS[k]                                                       <L 44>
            wp::adj_clamp(var_14, var_15, var_17, adj_14, adj_15, adj_17, adj_18);
            wp::adj_sub(var_3, var_16, adj_3, adj_16, adj_17);
            wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
            wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
            // adj: j = wp.clamp(i + k - 2, 0, n - 1)                                             <L 43>
        	goto start_for_0;
        end_for_0:;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: for k in range(NUM_TAPS - 1):                                                     <L 42>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc = float(0.0)                                                                  <L 41>
        adj_src.shape = adj_1;
        // adj: n = src.shape[0]                                                                  <L 40>
        // adj: i = wp.tid()                                                                      <L 39>
        // adj: def filter_taps(src: wp.array(dtype=float), dst: wp.array(dtype=float)):          <L 38>
        continue;
    }
}



extern "C" __global__ void rotate_cells_13a2db4f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_cells,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dirs)
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
        const wp::vec_t<2, wp::int32> var_2 = wp::initializer_array<2,wp::int32>{3, 5};
        wp::vec_t<2, wp::int32> var_3;
        wp::vec_t<2, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        const wp::mat_t<2, 2, wp::float32> var_12 = wp::initializer_array<4,wp::float32>{0.0, -1.0, 1.0, 0.0};
        wp::vec_t<2, wp::float32> var_13;
        //---------
        // forward
        // def rotate_cells(cells: wp.array(dtype=wp.vec2i), dirs: wp.array(dtype=wp.vec2)):       <L 49>
        // i = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // c = cells[i] - ORIGIN_CELL                                                             <L 51>
        var_1 = wp::address(var_cells, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::sub(var_4, var_2);
        // d = wp.vec2(float(c[0]), float(c[1]))                                                  <L 52>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::float(var_6);
        var_9 = wp::extract(var_3, var_8);
        var_10 = wp::float(var_9);
        var_11 = wp::vec_t<2, wp::float32>(var_7, var_10);
        // dirs[i] = ROT90 * d                                                                    <L 53>
        var_13 = wp::mul(var_12, var_11);
        wp::array_store(var_dirs, var_0, var_13);
    }
}



extern "C" __global__ void rotate_cells_13a2db4f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_cells,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dirs,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_cells,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dirs)
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
        const wp::vec_t<2, wp::int32> var_2 = wp::initializer_array<2,wp::int32>{3, 5};
        wp::vec_t<2, wp::int32> var_3;
        wp::vec_t<2, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        const wp::mat_t<2, 2, wp::float32> var_12 = wp::initializer_array<4,wp::float32>{0.0, -1.0, 1.0, 0.0};
        wp::vec_t<2, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::vec_t<2, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::mat_t<2, 2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        //---------
        // forward
        // def rotate_cells(cells: wp.array(dtype=wp.vec2i), dirs: wp.array(dtype=wp.vec2)):       <L 49>
        // i = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // c = cells[i] - ORIGIN_CELL                                                             <L 51>
        var_1 = wp::address(var_cells, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::sub(var_4, var_2);
        // d = wp.vec2(float(c[0]), float(c[1]))                                                  <L 52>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::float(var_6);
        var_9 = wp::extract(var_3, var_8);
        var_10 = wp::float(var_9);
        var_11 = wp::vec_t<2, wp::float32>(var_7, var_10);
        // dirs[i] = ROT90 * d                                                                    <L 53>
        var_13 = wp::mul(var_12, var_11);
        // wp::array_store(var_dirs, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_dirs, var_0, var_13, adj_dirs, adj_0, adj_13);
        wp::adj_mul(var_12, var_11, adj_12, adj_11, adj_13);
        // adj: dirs[i] = ROT90 * d                                                               <L 53>
        wp::adj_vec_t(var_7, var_10, adj_7, adj_10, adj_11);
        wp::adj_float(var_9, adj_9, adj_10);
        wp::adj_extract(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: d = wp.vec2(float(c[0]), float(c[1]))                                             <L 52>
        wp::adj_sub(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_cells, var_0, adj_cells, adj_0, adj_1);
        // adj: c = cells[i] - ORIGIN_CELL                                                        <L 51>
        // adj: i = wp.tid()                                                                      <L 50>
        // adj: def rotate_cells(cells: wp.array(dtype=wp.vec2i), dirs: wp.array(dtype=wp.vec2)):  <L 49>
        continue;
    }
}



extern "C" __global__ void typed_constants_92aba1ca_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::uint32> var_u)
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
        wp::float16* var_1;
        const wp::float16 var_2 = 1.0;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        wp::float64* var_6;
        const wp::float64 var_7 = 3.141592653589793;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::uint32* var_11;
        const wp::uint32 var_12 = 4278255360u;
        wp::uint32 var_13;
        wp::uint32 var_14;
        wp::uint32* var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        wp::uint32 var_18;
        wp::uint32 var_19;
        wp::uint32 var_20;
        //---------
        // forward
        // def typed_constants(h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), u: wp.array(dtype=wp.uint32)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // h[i] = h[i] * HALF_ONE + HALF_ONE                                                      <L 59>
        var_1 = wp::address(var_h, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_5 = wp::add(var_3, var_2);
        wp::array_store(var_h, var_0, var_5);
        // d[i] = wp.sin(d[i] * DOUBLE_PI)                                                        <L 60>
        var_6 = wp::address(var_d, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::mul(var_9, var_7);
        var_10 = wp::sin(var_8);
        wp::array_store(var_d, var_0, var_10);
        // u[i] = (u[i] & MASK) | (~u[i] & ~MASK)                                                 <L 61>
        var_11 = wp::address(var_u, var_0);
        var_14 = wp::load(var_11);
        var_13 = wp::bit_and(var_14, var_12);
        var_15 = wp::address(var_u, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::invert(var_17);
        var_18 = wp::invert(var_12);
        var_19 = wp::bit_and(var_16, var_18);
        var_20 = wp::bit_or(var_13, var_19);
        wp::array_store(var_u, var_0, var_20);
    }
}



extern "C" __global__ void typed_constants_92aba1ca_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::float64> var_d,
    wp::array_t<wp::uint32> var_u,
    wp::array_t<wp::float16> adj_h,
    wp::array_t<wp::float64> adj_d,
    wp::array_t<wp::uint32> adj_u)
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
        wp::float16* var_1;
        const wp::float16 var_2 = 1.0;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        wp::float64* var_6;
        const wp::float64 var_7 = 3.141592653589793;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::uint32* var_11;
        const wp::uint32 var_12 = 4278255360u;
        wp::uint32 var_13;
        wp::uint32 var_14;
        wp::uint32* var_15;
        wp::uint32 var_16;
        wp::uint32 var_17;
        wp::uint32 var_18;
        wp::uint32 var_19;
        wp::uint32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float16 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::uint32 adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::uint32 adj_18 = {};
        wp::uint32 adj_19 = {};
        wp::uint32 adj_20 = {};
        //---------
        // forward
        // def typed_constants(h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), u: wp.array(dtype=wp.uint32)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // h[i] = h[i] * HALF_ONE + HALF_ONE                                                      <L 59>
        var_1 = wp::address(var_h, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        var_5 = wp::add(var_3, var_2);
        // wp::array_store(var_h, var_0, var_5);
        // d[i] = wp.sin(d[i] * DOUBLE_PI)                                                        <L 60>
        var_6 = wp::address(var_d, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::mul(var_9, var_7);
        var_10 = wp::sin(var_8);
        // wp::array_store(var_d, var_0, var_10);
        // u[i] = (u[i] & MASK) | (~u[i] & ~MASK)                                                 <L 61>
        var_11 = wp::address(var_u, var_0);
        var_14 = wp::load(var_11);
        var_13 = wp::bit_and(var_14, var_12);
        var_15 = wp::address(var_u, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::invert(var_17);
        var_18 = wp::invert(var_12);
        var_19 = wp::bit_and(var_16, var_18);
        var_20 = wp::bit_or(var_13, var_19);
        // wp::array_store(var_u, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_20, adj_u, adj_0, adj_20);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_15);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_11);
        // adj: u[i] = (u[i] & MASK) | (~u[i] & ~MASK)                                            <L 61>
        wp::adj_array_store(var_d, var_0, var_10, adj_d, adj_0, adj_10);
        wp::adj_sin(var_8, adj_8, adj_10);
        wp::adj_mul(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_d, var_0, adj_d, adj_0, adj_6);
        // adj: d[i] = wp.sin(d[i] * DOUBLE_PI)                                                   <L 60>
        wp::adj_array_store(var_h, var_0, var_5, adj_h, adj_0, adj_5);
        wp::adj_add(var_3, var_2, adj_3, adj_2, adj_5);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_h, var_0, adj_h, adj_0, adj_1);
        // adj: h[i] = h[i] * HALF_ONE + HALF_ONE                                                 <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def typed_constants(h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), u: wp.array(dtype=wp.uint32)):  <L 57>
        continue;
    }
}

