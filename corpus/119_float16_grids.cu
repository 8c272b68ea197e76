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


// corpus/119_float16_grids.py:9
static CUDA_CALLABLE wp::float16 h_stencil_0(
    wp::array_t<wp::float16> var_f,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::float16* var_19;
    wp::float16 var_20;
    wp::float16 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::float16* var_26;
    wp::float16 var_27;
    wp::float16 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::shape_t var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float16* var_38;
    wp::float16 var_39;
    wp::float16 var_40;
    wp::float16 var_41;
    wp::float16 var_42;
    wp::float16 var_43;
    const wp::float32 var_44 = 4.0;
    wp::float16 var_45;
    wp::float16 var_46;
    wp::float16 var_47;
    //---------
    // forward
    // def h_stencil(f: wp.array2d(dtype=wp.float16), i: int, j: int) -> wp.float16:          <L 10>
    // c = f[i, j]                                                                            <L 11>
    var_0 = wp::address(var_f, var_i, var_j);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // n = f[wp.max(i - 1, 0), j]                                                             <L 12>
    var_4 = wp::sub(var_i, var_3);
    var_6 = wp::max(var_4, var_5);
    var_7 = wp::address(var_f, var_6, var_j);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // s = f[wp.min(i + 1, f.shape[0] - 1), j]                                                <L 13>
    var_11 = wp::add(var_i, var_10);
    var_12 = &(var_f.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::min(var_11, var_17);
    var_19 = wp::address(var_f, var_18, var_j);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // w = f[i, wp.max(j - 1, 0)]                                                             <L 14>
    var_23 = wp::sub(var_j, var_22);
    var_25 = wp::max(var_23, var_24);
    var_26 = wp::address(var_f, var_i, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // e = f[i, wp.min(j + 1, f.shape[1] - 1)]                                                <L 15>
    var_30 = wp::add(var_j, var_29);
    var_31 = &(var_f.shape);
    var_34 = wp::load(var_31);
    var_33 = wp::extract(var_34, var_32);
    var_36 = wp::sub(var_33, var_35);
    var_37 = wp::min(var_30, var_36);
    var_38 = wp::address(var_f, var_i, var_37);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // return n + s + w + e - wp.float16(4.0) * c                                             <L 16>
    var_41 = wp::add(var_8, var_20);
    var_42 = wp::add(var_41, var_27);
    var_43 = wp::add(var_42, var_39);
    var_45 = wp::float16(var_44);
    var_46 = wp::mul(var_45, var_1);
    var_47 = wp::sub(var_43, var_46);
    return var_47;
}


// corpus/119_float16_grids.py:4
static CUDA_CALLABLE wp::float16 h_lerp_0(
    wp::float16 var_a,
    wp::float16 var_b,
    wp::float16 var_t)
{
    //---------
    // primal vars
    wp::float16 var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    //---------
    // forward
    // def h_lerp(a: wp.float16, b: wp.float16, t: wp.float16) -> wp.float16:                 <L 5>
    // return a + (b - a) * t                                                                 <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/119_float16_grids.py:9
static CUDA_CALLABLE void adj_h_stencil_0(
    wp::array_t<wp::float16> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::float16> & adj_f,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::float16* var_19;
    wp::float16 var_20;
    wp::float16 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::float16* var_26;
    wp::float16 var_27;
    wp::float16 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::shape_t var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float16* var_38;
    wp::float16 var_39;
    wp::float16 var_40;
    wp::float16 var_41;
    wp::float16 var_42;
    wp::float16 var_43;
    const wp::float32 var_44 = 4.0;
    wp::float16 var_45;
    wp::float16 var_46;
    wp::float16 var_47;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float16 adj_19 = {};
    wp::float16 adj_20 = {};
    wp::float16 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float16 adj_26 = {};
    wp::float16 adj_27 = {};
    wp::float16 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::shape_t adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::shape_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float16 adj_38 = {};
    wp::float16 adj_39 = {};
    wp::float16 adj_40 = {};
    wp::float16 adj_41 = {};
    wp::float16 adj_42 = {};
    wp::float16 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float16 adj_45 = {};
    wp::float16 adj_46 = {};
    wp::float16 adj_47 = {};
    //---------
    // forward
    // def h_stencil(f: wp.array2d(dtype=wp.float16), i: int, j: int) -> wp.float16:          <L 10>
    // c = f[i, j]                                                                            <L 11>
    var_0 = wp::address(var_f, var_i, var_j);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // n = f[wp.max(i - 1, 0), j]                                                             <L 12>
    var_4 = wp::sub(var_i, var_3);
    var_6 = wp::max(var_4, var_5);
    var_7 = wp::address(var_f, var_6, var_j);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // s = f[wp.min(i + 1, f.shape[0] - 1), j]                                                <L 13>
    var_11 = wp::add(var_i, var_10);
    var_12 = &(var_f.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::min(var_11, var_17);
    var_19 = wp::address(var_f, var_18, var_j);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // w = f[i, wp.max(j - 1, 0)]                                                             <L 14>
    var_23 = wp::sub(var_j, var_22);
    var_25 = wp::max(var_23, var_24);
    var_26 = wp::address(var_f, var_i, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // e = f[i, wp.min(j + 1, f.shape[1] - 1)]                                                <L 15>
    var_30 = wp::add(var_j, var_29);
    var_31 = &(var_f.shape);
    var_34 = wp::load(var_31);
    var_33 = wp::extract(var_34, var_32);
    var_36 = wp::sub(var_33, var_35);
    var_37 = wp::min(var_30, var_36);
    var_38 = wp::address(var_f, var_i, var_37);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // return n + s + w + e - wp.float16(4.0) * c                                             <L 16>
    var_41 = wp::add(var_8, var_20);
    var_42 = wp::add(var_41, var_27);
    var_43 = wp::add(var_42, var_39);
    var_45 = wp::float16(var_44);
    var_46 = wp::mul(var_45, var_1);
    var_47 = wp::sub(var_43, var_46);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_47 += adj_ret;
    wp::adj_sub(var_43, var_46, adj_43, adj_46, adj_47);
    wp::adj_mul(var_45, var_1, adj_45, adj_1, adj_46);
    wp::adj_float16(var_44, adj_44, adj_45);
    wp::adj_add(var_42, var_39, adj_42, adj_39, adj_43);
    wp::adj_add(var_41, var_27, adj_41, adj_27, adj_42);
    wp::adj_add(var_8, var_20, adj_8, adj_20, adj_41);
    // adj: return n + s + w + e - wp.float16(4.0) * c                                        <L 16>
    wp::adj_copy(var_40, adj_38, adj_39);
    wp::adj_address(var_f, var_i, var_37, adj_f, adj_i, adj_37, adj_38);
    wp::adj_min(var_30, var_36, adj_30, adj_36, adj_37);
    wp::adj_sub(var_33, var_35, adj_33, adj_35, adj_36);
    adj_f.shape = adj_31;
    wp::adj_add(var_j, var_29, adj_j, adj_29, adj_30);
    // adj: e = f[i, wp.min(j + 1, f.shape[1] - 1)]                                           <L 15>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_f, var_i, var_25, adj_f, adj_i, adj_25, adj_26);
    wp::adj_max(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_sub(var_j, var_22, adj_j, adj_22, adj_23);
    // adj: w = f[i, wp.max(j - 1, 0)]                                                        <L 14>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_f, var_18, var_j, adj_f, adj_18, adj_j, adj_19);
    wp::adj_min(var_11, var_17, adj_11, adj_17, adj_18);
    wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
    adj_f.shape = adj_12;
    wp::adj_add(var_i, var_10, adj_i, adj_10, adj_11);
    // adj: s = f[wp.min(i + 1, f.shape[0] - 1), j]                                           <L 13>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_f, var_6, var_j, adj_f, adj_6, adj_j, adj_7);
    wp::adj_max(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_sub(var_i, var_3, adj_i, adj_3, adj_4);
    // adj: n = f[wp.max(i - 1, 0), j]                                                        <L 12>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_f, var_i, var_j, adj_f, adj_i, adj_j, adj_0);
    // adj: c = f[i, j]                                                                       <L 11>
    // adj: def h_stencil(f: wp.array2d(dtype=wp.float16), i: int, j: int) -> wp.float16:     <L 10>
    return;
}


// corpus/119_float16_grids.py:4
static CUDA_CALLABLE void adj_h_lerp_0(
    wp::float16 var_a,
    wp::float16 var_b,
    wp::float16 var_t,
    wp::float16 & adj_a,
    wp::float16 & adj_b,
    wp::float16 & adj_t,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    wp::float16 var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    //---------
    // forward
    // def h_lerp(a: wp.float16, b: wp.float16, t: wp.float16) -> wp.float16:                 <L 5>
    // return a + (b - a) * t                                                                 <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 6>
    // adj: def h_lerp(a: wp.float16, b: wp.float16, t: wp.float16) -> wp.float16:            <L 5>
    return;
}



extern "C" __global__ void diffuse_half_9c6af847_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_src,
    wp::array_t<wp::float16> var_dst,
    wp::float16 var_k,
    wp::int32 var_steps)
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
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        wp::float16 var_7;
        bool var_8;
        const wp::float32 var_9 = 0.0;
        wp::float16 var_10;
        wp::float16 var_11;
        const wp::float32 var_12 = -100.0;
        wp::float16 var_13;
        const wp::float32 var_14 = 100.0;
        wp::float16 var_15;
        wp::float16 var_16;
        //---------
        // forward
        // def diffuse_half(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), k: wp.float16, steps: int):       <L 20>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // v = src[i, j]                                                                          <L 22>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lap = h_stencil(src, i, j)                                                             <L 23>
        var_5 = h_stencil_0(var_src, var_0, var_1);
        // v = v + k * lap                                                                        <L 24>
        var_6 = wp::mul(var_k, var_5);
        var_7 = wp::add(var_3, var_6);
        // if wp.isnan(v):                                                                        <L 25>
        var_8 = wp::isnan(var_7);
        if (var_8) {
            // v = wp.float16(0.0)                                                                <L 26>
            var_10 = wp::float16(var_9);
        }
        var_11 = wp::where(var_8, var_10, var_7);
        // dst[i, j] = wp.clamp(v, wp.float16(-100.0), wp.float16(100.0))                         <L 27>
        var_13 = wp::float16(var_12);
        var_15 = wp::float16(var_14);
        var_16 = wp::clamp(var_11, var_13, var_15);
        wp::array_store(var_dst, var_0, var_1, var_16);
    }
}



extern "C" __global__ void diffuse_half_9c6af847_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_src,
    wp::array_t<wp::float16> var_dst,
    wp::float16 var_k,
    wp::int32 var_steps,
    wp::array_t<wp::float16> adj_src,
    wp::array_t<wp::float16> adj_dst,
    wp::float16 adj_k,
    wp::int32 adj_steps)
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
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        wp::float16 var_7;
        bool var_8;
        const wp::float32 var_9 = 0.0;
        wp::float16 var_10;
        wp::float16 var_11;
        const wp::float32 var_12 = -100.0;
        wp::float16 var_13;
        const wp::float32 var_14 = 100.0;
        wp::float16 var_15;
        wp::float16 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        wp::float16 adj_6 = {};
        wp::float16 adj_7 = {};
        bool adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float16 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float16 adj_15 = {};
        wp::float16 adj_16 = {};
        //---------
        // forward
        // def diffuse_half(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), k: wp.float16, steps: int):       <L 20>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // v = src[i, j]                                                                          <L 22>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lap = h_stencil(src, i, j)                                                             <L 23>
        var_5 = h_stencil_0(var_src, var_0, var_1);
        // v = v + k * lap                                                                        <L 24>
        var_6 = wp::mul(var_k, var_5);
        var_7 = wp::add(var_3, var_6);
        // if wp.isnan(v):                                                                        <L 25>
        var_8 = wp::isnan(var_7);
        if (var_8) {
            // v = wp.float16(0.0)                                                                <L 26>
            var_10 = wp::float16(var_9);
        }
        var_11 = wp::where(var_8, var_10, var_7);
        // dst[i, j] = wp.clamp(v, wp.float16(-100.0), wp.float16(100.0))                         <L 27>
        var_13 = wp::float16(var_12);
        var_15 = wp::float16(var_14);
        var_16 = wp::clamp(var_11, var_13, var_15);
        // wp::array_store(var_dst, var_0, var_1, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_16, adj_dst, adj_0, adj_1, adj_16);
        wp::adj_clamp(var_11, var_13, var_15, adj_11, adj_13, adj_15, adj_16);
        wp::adj_float16(var_14, adj_14, adj_15);
        wp::adj_float16(var_12, adj_12, adj_13);
        // adj: dst[i, j] = wp.clamp(v, wp.float16(-100.0), wp.float16(100.0))                    <L 27>
        wp::adj_where(var_8, var_10, var_7, adj_8, adj_10, adj_7, adj_11);
        if (var_8) {
            wp::adj_float16(var_9, adj_9, adj_10);
            // adj: v = wp.float16(0.0)                                                           <L 26>
        }
        // adj: if wp.isnan(v):                                                                   <L 25>
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_mul(var_k, var_5, adj_k, adj_5, adj_6);
        // adj: v = v + k * lap                                                                   <L 24>
        adj_h_stencil_0(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_5);
        // adj: lap = h_stencil(src, i, j)                                                        <L 23>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: v = src[i, j]                                                                     <L 22>
        // adj: i, j = wp.tid()                                                                   <L 21>
        // adj: def diffuse_half(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), k: wp.float16, steps: int):  <L 20>
        continue;
    }
}



extern "C" __global__ void half_velocity_field_2c50899f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float16>> var_vel,
    wp::float32 var_t,
    wp::float16 var_scale)
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
        const wp::float32 var_3 = 0.1;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.1;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float16 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float16 var_18;
        wp::vec_t<2, wp::float16> var_19;
        wp::vec_t<2, wp::float16> var_20;
        //---------
        // forward
        // def half_velocity_field(vel: wp.array2d(dtype=wp.vec2h), t: float, scale: wp.float16):       <L 31>
        // i, j = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // x = float(i) * 0.1                                                                     <L 33>
        var_2 = wp::float(var_0);
        var_4 = wp::mul(var_2, var_3);
        // y = float(j) * 0.1                                                                     <L 34>
        var_5 = wp::float(var_1);
        var_7 = wp::mul(var_5, var_6);
        // u = wp.float16(wp.sin(x + t) * wp.cos(y))                                              <L 35>
        var_8 = wp::add(var_4, var_t);
        var_9 = wp::sin(var_8);
        var_10 = wp::cos(var_7);
        var_11 = wp::mul(var_9, var_10);
        var_12 = wp::float16(var_11);
        // v = wp.float16(-wp.cos(x + t) * wp.sin(y))                                             <L 36>
        var_13 = wp::add(var_4, var_t);
        var_14 = wp::cos(var_13);
        var_15 = wp::neg(var_14);
        var_16 = wp::sin(var_7);
        var_17 = wp::mul(var_15, var_16);
        var_18 = wp::float16(var_17);
        // vel[i, j] = wp.vec2h(u, v) * scale                                                     <L 37>
        var_19 = wp::vec_t<2, wp::float16>(var_12, var_18);
        var_20 = wp::mul(var_19, var_scale);
        wp::array_store(var_vel, var_0, var_1, var_20);
    }
}



extern "C" __global__ void half_velocity_field_2c50899f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float16>> var_vel,
    wp::float32 var_t,
    wp::float16 var_scale,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_vel,
    wp::float32 adj_t,
    wp::float16 adj_scale)
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
        const wp::float32 var_3 = 0.1;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.1;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float16 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float16 var_18;
        wp::vec_t<2, wp::float16> var_19;
        wp::vec_t<2, wp::float16> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
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
        wp::float16 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float16 adj_18 = {};
        wp::vec_t<2, wp::float16> adj_19 = {};
        wp::vec_t<2, wp::float16> adj_20 = {};
        //---------
        // forward
        // def half_velocity_field(vel: wp.array2d(dtype=wp.vec2h), t: float, scale: wp.float16):       <L 31>
        // i, j = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // x = float(i) * 0.1                                                                     <L 33>
        var_2 = wp::float(var_0);
        var_4 = wp::mul(var_2, var_3);
        // y = float(j) * 0.1                                                                     <L 34>
        var_5 = wp::float(var_1);
        var_7 = wp::mul(var_5, var_6);
        // u = wp.float16(wp.sin(x + t) * wp.cos(y))                                              <L 35>
        var_8 = wp::add(var_4, var_t);
        var_9 = wp::sin(var_8);
        var_10 = wp::cos(var_7);
        var_11 = wp::mul(var_9, var_10);
        var_12 = wp::float16(var_11);
        // v = wp.float16(-wp.cos(x + t) * wp.sin(y))                                             <L 36>
        var_13 = wp::add(var_4, var_t);
        var_14 = wp::cos(var_13);
        var_15 = wp::neg(var_14);
        var_16 = wp::sin(var_7);
        var_17 = wp::mul(var_15, var_16);
        var_18 = wp::float16(var_17);
        // vel[i, j] = wp.vec2h(u, v) * scale                                                     <L 37>
        var_19 = wp::vec_t<2, wp::float16>(var_12, var_18);
        var_20 = wp::mul(var_19, var_scale);
        // wp::array_store(var_vel, var_0, var_1, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_1, var_20, adj_vel, adj_0, adj_1, adj_20);
        wp::adj_mul(var_19, var_scale, adj_19, adj_scale, adj_20);
        wp::adj_vec_t(var_12, var_18, adj_12, adj_18, adj_19);
        // adj: vel[i, j] = wp.vec2h(u, v) * scale                                                <L 37>
        wp::adj_float16(var_17, adj_17, adj_18);
        wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_sin(var_7, adj_7, adj_16);
        wp::adj_neg(var_14, adj_14, adj_15);
        wp::adj_cos(var_13, adj_13, adj_14);
        wp::adj_add(var_4, var_t, adj_4, adj_t, adj_13);
        // adj: v = wp.float16(-wp.cos(x + t) * wp.sin(y))                                        <L 36>
        wp::adj_float16(var_11, adj_11, adj_12);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_cos(var_7, adj_7, adj_10);
        wp::adj_sin(var_8, adj_8, adj_9);
        wp::adj_add(var_4, var_t, adj_4, adj_t, adj_8);
        // adj: u = wp.float16(wp.sin(x + t) * wp.cos(y))                                         <L 35>
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_float(var_1, adj_1, adj_5);
        // adj: y = float(j) * 0.1                                                                <L 34>
        wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: x = float(i) * 0.1                                                                <L 33>
        // adj: i, j = wp.tid()                                                                   <L 32>
        // adj: def half_velocity_field(vel: wp.array2d(dtype=wp.vec2h), t: float, scale: wp.float16):  <L 31>
        continue;
    }
}



extern "C" __global__ void half_advect_db7c26be_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_src,
    wp::array_t<wp::vec_t<2, wp::float16>> var_vel,
    wp::float32 var_dt,
    wp::array_t<wp::float16> var_dst)
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
        wp::vec_t<2, wp::float16>* var_2;
        wp::vec_t<2, wp::float16> var_3;
        wp::vec_t<2, wp::float16> var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float16 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float16 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::shape_t* var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        wp::shape_t var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::shape_t* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::shape_t var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float16* var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float16* var_46;
        wp::float16 var_47;
        wp::float16 var_48;
        wp::float16 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float16* var_52;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float16* var_57;
        wp::float16 var_58;
        wp::float16 var_59;
        wp::float16 var_60;
        wp::float16 var_61;
        //---------
        // forward
        // def half_advect(src: wp.array2d(dtype=wp.float16), vel: wp.array2d(dtype=wp.vec2h), dt: float, dst: wp.array2d(dtype=wp.float16)):       <L 41>
        // i, j = wp.tid()                                                                        <L 42>
        builtin_tid2d(var_0, var_1);
        // v = vel[i, j]                                                                          <L 43>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // x = float(i) - float(v[0]) * dt                                                        <L 44>
        var_5 = wp::float(var_0);
        var_7 = wp::extract(var_3, var_6);
        var_8 = wp::float(var_7);
        var_9 = wp::mul(var_8, var_dt);
        var_10 = wp::sub(var_5, var_9);
        // y = float(j) - float(v[1]) * dt                                                        <L 45>
        var_11 = wp::float(var_1);
        var_13 = wp::extract(var_3, var_12);
        var_14 = wp::float(var_13);
        var_15 = wp::mul(var_14, var_dt);
        var_16 = wp::sub(var_11, var_15);
        // x = wp.clamp(x, 0.0, float(src.shape[0] - 2))                                          <L 46>
        var_18 = &(var_src.shape);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_23 = wp::sub(var_20, var_22);
        var_24 = wp::float(var_23);
        var_25 = wp::clamp(var_10, var_17, var_24);
        // y = wp.clamp(y, 0.0, float(src.shape[1] - 2))                                          <L 47>
        var_27 = &(var_src.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_32 = wp::sub(var_29, var_31);
        var_33 = wp::float(var_32);
        var_34 = wp::clamp(var_16, var_26, var_33);
        // i0 = int(x)                                                                            <L 48>
        var_35 = wp::int(var_25);
        // j0 = int(y)                                                                            <L 49>
        var_36 = wp::int(var_34);
        // tx = wp.float16(x - float(i0))                                                         <L 50>
        var_37 = wp::float(var_35);
        var_38 = wp::sub(var_25, var_37);
        var_39 = wp::float16(var_38);
        // ty = wp.float16(y - float(j0))                                                         <L 51>
        var_40 = wp::float(var_36);
        var_41 = wp::sub(var_34, var_40);
        var_42 = wp::float16(var_41);
        // a = h_lerp(src[i0, j0], src[i0 + 1, j0], tx)                                           <L 52>
        var_43 = wp::address(var_src, var_35, var_36);
        var_45 = wp::add(var_35, var_44);
        var_46 = wp::address(var_src, var_45, var_36);
        var_48 = wp::load(var_43);
        var_49 = wp::load(var_46);
        var_47 = h_lerp_0(var_48, var_49, var_39);
        // b = h_lerp(src[i0, j0 + 1], src[i0 + 1, j0 + 1], tx)                                   <L 53>
        var_51 = wp::add(var_36, var_50);
        var_52 = wp::address(var_src, var_35, var_51);
        var_54 = wp::add(var_35, var_53);
        var_56 = wp::add(var_36, var_55);
        var_57 = wp::address(var_src, var_54, var_56);
        var_59 = wp::load(var_52);
        var_60 = wp::load(var_57);
        var_58 = h_lerp_0(var_59, var_60, var_39);
        // dst[i, j] = h_lerp(a, b, ty)                                                           <L 54>
        var_61 = h_lerp_0(var_47, var_58, var_42);
        wp::array_store(var_dst, var_0, var_1, var_61);
    }
}



extern "C" __global__ void half_advect_db7c26be_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_src,
    wp::array_t<wp::vec_t<2, wp::float16>> var_vel,
    wp::float32 var_dt,
    wp::array_t<wp::float16> var_dst,
    wp::array_t<wp::float16> adj_src,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_vel,
    wp::float32 adj_dt,
    wp::array_t<wp::float16> adj_dst)
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
        wp::vec_t<2, wp::float16>* var_2;
        wp::vec_t<2, wp::float16> var_3;
        wp::vec_t<2, wp::float16> var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float16 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float16 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::shape_t* var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        wp::shape_t var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::shape_t* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::shape_t var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float16* var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float16* var_46;
        wp::float16 var_47;
        wp::float16 var_48;
        wp::float16 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float16* var_52;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float16* var_57;
        wp::float16 var_58;
        wp::float16 var_59;
        wp::float16 var_60;
        wp::float16 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float16> adj_2 = {};
        wp::vec_t<2, wp::float16> adj_3 = {};
        wp::vec_t<2, wp::float16> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float16 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::shape_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::shape_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::shape_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float16 adj_42 = {};
        wp::float16 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float16 adj_46 = {};
        wp::float16 adj_47 = {};
        wp::float16 adj_48 = {};
        wp::float16 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float16 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float16 adj_57 = {};
        wp::float16 adj_58 = {};
        wp::float16 adj_59 = {};
        wp::float16 adj_60 = {};
        wp::float16 adj_61 = {};
        //---------
        // forward
        // def half_advect(src: wp.array2d(dtype=wp.float16), vel: wp.array2d(dtype=wp.vec2h), dt: float, dst: wp.array2d(dtype=wp.float16)):       <L 41>
        // i, j = wp.tid()                                                                        <L 42>
        builtin_tid2d(var_0, var_1);
        // v = vel[i, j]                                                                          <L 43>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // x = float(i) - float(v[0]) * dt                                                        <L 44>
        var_5 = wp::float(var_0);
        var_7 = wp::extract(var_3, var_6);
        var_8 = wp::float(var_7);
        var_9 = wp::mul(var_8, var_dt);
        var_10 = wp::sub(var_5, var_9);
        // y = float(j) - float(v[1]) * dt                                                        <L 45>
        var_11 = wp::float(var_1);
        var_13 = wp::extract(var_3, var_12);
        var_14 = wp::float(var_13);
        var_15 = wp::mul(var_14, var_dt);
        var_16 = wp::sub(var_11, var_15);
        // x = wp.clamp(x, 0.0, float(src.shape[0] - 2))                                          <L 46>
        var_18 = &(var_src.shape);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_23 = wp::sub(var_20, var_22);
        var_24 = wp::float(var_23);
        var_25 = wp::clamp(var_10, var_17, var_24);
        // y = wp.clamp(y, 0.0, float(src.shape[1] - 2))                                          <L 47>
        var_27 = &(var_src.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_32 = wp::sub(var_29, var_31);
        var_33 = wp::float(var_32);
        var_34 = wp::clamp(var_16, var_26, var_33);
        // i0 = int(x)                                                                            <L 48>
        var_35 = wp::int(var_25);
        // j0 = int(y)                                                                            <L 49>
        var_36 = wp::int(var_34);
        // tx = wp.float16(x - float(i0))                                                         <L 50>
        var_37 = wp::float(var_35);
        var_38 = wp::sub(var_25, var_37);
        var_39 = wp::float16(var_38);
        // ty = wp.float16(y - float(j0))                                                         <L 51>
        var_40 = wp::float(var_36);
        var_41 = wp::sub(var_34, var_40);
        var_42 = wp::float16(var_41);
        // a = h_lerp(src[i0, j0], src[i0 + 1, j0], tx)                                           <L 52>
        var_43 = wp::address(var_src, var_35, var_36);
        var_45 = wp::add(var_35, var_44);
        var_46 = wp::address(var_src, var_45, var_36);
        var_48 = wp::load(var_43);
        var_49 = wp::load(var_46);
        var_47 = h_lerp_0(var_48, var_49, var_39);
        // b = h_lerp(src[i0, j0 + 1], src[i0 + 1, j0 + 1], tx)                                   <L 53>
        var_51 = wp::add(var_36, var_50);
        var_52 = wp::address(var_src, var_35, var_51);
        var_54 = wp::add(var_35, var_53);
        var_56 = wp::add(var_36, var_55);
        var_57 = wp::address(var_src, var_54, var_56);
        var_59 = wp::load(var_52);
        var_60 = wp::load(var_57);
        var_58 = h_lerp_0(var_59, var_60, var_39);
        // dst[i, j] = h_lerp(a, b, ty)                                                           <L 54>
        var_61 = h_lerp_0(var_47, var_58, var_42);
        // wp::array_store(var_dst, var_0, var_1, var_61);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_61, adj_dst, adj_0, adj_1, adj_61);
        adj_h_lerp_0(var_47, var_58, var_42, adj_47, adj_58, adj_42, adj_61);
        // adj: dst[i, j] = h_lerp(a, b, ty)                                                      <L 54>
        adj_h_lerp_0(var_59, var_60, var_39, adj_52, adj_57, adj_39, adj_58);
        wp::adj_address(var_src, var_54, var_56, adj_src, adj_54, adj_56, adj_57);
        wp::adj_add(var_36, var_55, adj_36, adj_55, adj_56);
        wp::adj_add(var_35, var_53, adj_35, adj_53, adj_54);
        wp::adj_address(var_src, var_35, var_51, adj_src, adj_35, adj_51, adj_52);
        wp::adj_add(var_36, var_50, adj_36, adj_50, adj_51);
        // adj: b = h_lerp(src[i0, j0 + 1], src[i0 + 1, j0 + 1], tx)                              <L 53>
        adj_h_lerp_0(var_48, var_49, var_39, adj_43, adj_46, adj_39, adj_47);
        wp::adj_address(var_src, var_45, var_36, adj_src, adj_45, adj_36, adj_46);
        wp::adj_add(var_35, var_44, adj_35, adj_44, adj_45);
        wp::adj_address(var_src, var_35, var_36, adj_src, adj_35, adj_36, adj_43);
        // adj: a = h_lerp(src[i0, j0], src[i0 + 1, j0], tx)                                      <L 52>
        wp::adj_float16(var_41, adj_41, adj_42);
        wp::adj_sub(var_34, var_40, adj_34, adj_40, adj_41);
        wp::adj_float(var_36, adj_36, adj_40);
        // adj: ty = wp.float16(y - float(j0))                                                    <L 51>
        wp::adj_float16(var_38, adj_38, adj_39);
        wp::adj_sub(var_25, var_37, adj_25, adj_37, adj_38);
        wp::adj_float(var_35, adj_35, adj_37);
        // adj: tx = wp.float16(x - float(i0))                                                    <L 50>
        // adj: j0 = int(y)                                                                       <L 49>
        // adj: i0 = int(x)                                                                       <L 48>
        wp::adj_clamp(var_16, var_26, var_33, adj_16, adj_26, adj_33, adj_34);
        wp::adj_float(var_32, adj_32, adj_33);
        wp::adj_sub(var_29, var_31, adj_29, adj_31, adj_32);
        adj_src.shape = adj_27;
        // adj: y = wp.clamp(y, 0.0, float(src.shape[1] - 2))                                     <L 47>
        wp::adj_clamp(var_10, var_17, var_24, adj_10, adj_17, adj_24, adj_25);
        wp::adj_float(var_23, adj_23, adj_24);
        wp::adj_sub(var_20, var_22, adj_20, adj_22, adj_23);
        adj_src.shape = adj_18;
        // adj: x = wp.clamp(x, 0.0, float(src.shape[0] - 2))                                     <L 46>
        wp::adj_sub(var_11, var_15, adj_11, adj_15, adj_16);
        wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_15);
        wp::adj_float(var_13, adj_13, adj_14);
        wp::adj_extract(var_3, var_12, adj_3, adj_12, adj_13);
        wp::adj_float(var_1, adj_1, adj_11);
        // adj: y = float(j) - float(v[1]) * dt                                                   <L 45>
        wp::adj_sub(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_9);
        wp::adj_float(var_7, adj_7, adj_8);
        wp::adj_extract(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_float(var_0, adj_0, adj_5);
        // adj: x = float(i) - float(v[0]) * dt                                                   <L 44>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_2);
        // adj: v = vel[i, j]                                                                     <L 43>
        // adj: i, j = wp.tid()                                                                   <L 42>
        // adj: def half_advect(src: wp.array2d(dtype=wp.float16), vel: wp.array2d(dtype=wp.vec2h), dt: float, dst: wp.array2d(dtype=wp.float16)):  <L 41>
        continue;
    }
}



extern "C" __global__ void half_stats_6259ccdd_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_f,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float16> var_half_total,
    wp::array_t<wp::float32> var_peak)
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
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float16 var_9;
        const wp::int32 var_10 = 0;
        wp::float16 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def half_stats(f: wp.array2d(dtype=wp.float16), total: wp.array(dtype=float), half_total: wp.array(dtype=wp.float16), peak: wp.array(dtype=float)):       <L 58>
        // i, j = wp.tid()                                                                        <L 59>
        builtin_tid2d(var_0, var_1);
        // v = f[i, j]                                                                            <L 60>
        var_2 = wp::address(var_f, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp.atomic_add(total, 0, float(v))                                                      <L 61>
        var_6 = wp::float(var_3);
        var_7 = wp::atomic_add(var_total, var_5, var_6);
        // wp.atomic_add(half_total, 0, v)                                                        <L 62>
        var_9 = wp::atomic_add(var_half_total, var_8, var_3);
        // wp.atomic_max(peak, 0, float(wp.abs(v)))                                               <L 64>
        var_11 = wp::abs(var_3);
        var_12 = wp::float(var_11);
        var_13 = wp::atomic_max(var_peak, var_10, var_12);
    }
}



extern "C" __global__ void half_stats_6259ccdd_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_f,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float16> var_half_total,
    wp::array_t<wp::float32> var_peak,
    wp::array_t<wp::float16> adj_f,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::float16> adj_half_total,
    wp::array_t<wp::float32> adj_peak)
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
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float16 var_9;
        const wp::int32 var_10 = 0;
        wp::float16 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float16 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def half_stats(f: wp.array2d(dtype=wp.float16), total: wp.array(dtype=float), half_total: wp.array(dtype=wp.float16), peak: wp.array(dtype=float)):       <L 58>
        // i, j = wp.tid()                                                                        <L 59>
        builtin_tid2d(var_0, var_1);
        // v = f[i, j]                                                                            <L 60>
        var_2 = wp::address(var_f, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp.atomic_add(total, 0, float(v))                                                      <L 61>
        var_6 = wp::float(var_3);
        // var_7 = wp::atomic_add(var_total, var_5, var_6);
        // wp.atomic_add(half_total, 0, v)                                                        <L 62>
        // var_9 = wp::atomic_add(var_half_total, var_8, var_3);
        // wp.atomic_max(peak, 0, float(wp.abs(v)))                                               <L 64>
        var_11 = wp::abs(var_3);
        var_12 = wp::float(var_11);
        // var_13 = wp::atomic_max(var_peak, var_10, var_12);
        //---------
        // reverse
        wp::adj_atomic_max(var_peak, var_10, var_12, adj_peak, adj_10, adj_12, adj_13);
        wp::adj_float(var_11, adj_11, adj_12);
        wp::adj_abs(var_3, adj_3, adj_11);
        // adj: wp.atomic_max(peak, 0, float(wp.abs(v)))                                          <L 64>
        wp::adj_atomic_add(var_half_total, var_8, var_3, adj_half_total, adj_8, adj_3, adj_9);
        // adj: wp.atomic_add(half_total, 0, v)                                                   <L 62>
        wp::adj_atomic_add(var_total, var_5, var_6, adj_total, adj_5, adj_6, adj_7);
        wp::adj_float(var_3, adj_3, adj_6);
        // adj: wp.atomic_add(total, 0, float(v))                                                 <L 61>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_f, var_0, var_1, adj_f, adj_0, adj_1, adj_2);
        // adj: v = f[i, j]                                                                       <L 60>
        // adj: i, j = wp.tid()                                                                   <L 59>
        // adj: def half_stats(f: wp.array2d(dtype=wp.float16), total: wp.array(dtype=float), half_total: wp.array(dtype=wp.float16), peak: wp.array(dtype=float)):  <L 58>
        continue;
    }
}



extern "C" __global__ void half_mat_ops_84a42939_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_m,
    wp::array_t<wp::vec_t<2, wp::float16>> var_v,
    wp::array_t<wp::vec_t<2, wp::float16>> var_out)
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
        wp::mat_t<2, 2, wp::float16>* var_1;
        wp::mat_t<2, 2, wp::float16> var_2;
        wp::mat_t<2, 2, wp::float16> var_3;
        wp::vec_t<2, wp::float16>* var_4;
        wp::vec_t<2, wp::float16> var_5;
        wp::vec_t<2, wp::float16> var_6;
        wp::vec_t<2, wp::float16> var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        const wp::float32 var_10 = 0.001;
        wp::float16 var_11;
        bool var_12;
        wp::mat_t<2, 2, wp::float16> var_13;
        wp::vec_t<2, wp::float16> var_14;
        wp::vec_t<2, wp::float16> var_15;
        const wp::float32 var_16 = 0.5;
        wp::float16 var_17;
        wp::vec_t<2, wp::float16> var_18;
        wp::vec_t<2, wp::float16> var_19;
        //---------
        // forward
        // def half_mat_ops(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // a = m[i]                                                                               <L 70>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = v[i]                                                                               <L 71>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // y = a * x                                                                              <L 72>
        var_7 = wp::mul(var_2, var_5);
        // det = wp.determinant(a)                                                                <L 73>
        var_8 = wp::determinant(var_2);
        // if wp.abs(det) > wp.float16(0.001):                                                    <L 74>
        var_9 = wp::abs(var_8);
        var_11 = wp::float16(var_10);
        var_12 = (var_9 > var_11);
        if (var_12) {
            // y = wp.inverse(a) * y                                                              <L 75>
            var_13 = wp::inverse(var_2);
            var_14 = wp::mul(var_13, var_7);
        }
        var_15 = wp::where(var_12, var_14, var_7);
        // out[i] = y + x * wp.float16(0.5)                                                       <L 76>
        var_17 = wp::float16(var_16);
        var_18 = wp::mul(var_5, var_17);
        var_19 = wp::add(var_15, var_18);
        wp::array_store(var_out, var_0, var_19);
    }
}



extern "C" __global__ void half_mat_ops_84a42939_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_m,
    wp::array_t<wp::vec_t<2, wp::float16>> var_v,
    wp::array_t<wp::vec_t<2, wp::float16>> var_out,
    wp::array_t<wp::mat_t<2, 2, wp::float16>> adj_m,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_v,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_out)
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
        wp::mat_t<2, 2, wp::float16>* var_1;
        wp::mat_t<2, 2, wp::float16> var_2;
        wp::mat_t<2, 2, wp::float16> var_3;
        wp::vec_t<2, wp::float16>* var_4;
        wp::vec_t<2, wp::float16> var_5;
        wp::vec_t<2, wp::float16> var_6;
        wp::vec_t<2, wp::float16> var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        const wp::float32 var_10 = 0.001;
        wp::float16 var_11;
        bool var_12;
        wp::mat_t<2, 2, wp::float16> var_13;
        wp::vec_t<2, wp::float16> var_14;
        wp::vec_t<2, wp::float16> var_15;
        const wp::float32 var_16 = 0.5;
        wp::float16 var_17;
        wp::vec_t<2, wp::float16> var_18;
        wp::vec_t<2, wp::float16> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float16> adj_1 = {};
        wp::mat_t<2, 2, wp::float16> adj_2 = {};
        wp::mat_t<2, 2, wp::float16> adj_3 = {};
        wp::vec_t<2, wp::float16> adj_4 = {};
        wp::vec_t<2, wp::float16> adj_5 = {};
        wp::vec_t<2, wp::float16> adj_6 = {};
        wp::vec_t<2, wp::float16> adj_7 = {};
        wp::float16 adj_8 = {};
        wp::float16 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float16 adj_11 = {};
        bool adj_12 = {};
        wp::mat_t<2, 2, wp::float16> adj_13 = {};
        wp::vec_t<2, wp::float16> adj_14 = {};
        wp::vec_t<2, wp::float16> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float16 adj_17 = {};
        wp::vec_t<2, wp::float16> adj_18 = {};
        wp::vec_t<2, wp::float16> adj_19 = {};
        //---------
        // forward
        // def half_mat_ops(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // a = m[i]                                                                               <L 70>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = v[i]                                                                               <L 71>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // y = a * x                                                                              <L 72>
        var_7 = wp::mul(var_2, var_5);
        // det = wp.determinant(a)                                                                <L 73>
        var_8 = wp::determinant(var_2);
        // if wp.abs(det) > wp.float16(0.001):                                                    <L 74>
        var_9 = wp::abs(var_8);
        var_11 = wp::float16(var_10);
        var_12 = (var_9 > var_11);
        if (var_12) {
            // y = wp.inverse(a) * y                                                              <L 75>
            var_13 = wp::inverse(var_2);
            var_14 = wp::mul(var_13, var_7);
        }
        var_15 = wp::where(var_12, var_14, var_7);
        // out[i] = y + x * wp.float16(0.5)                                                       <L 76>
        var_17 = wp::float16(var_16);
        var_18 = wp::mul(var_5, var_17);
        var_19 = wp::add(var_15, var_18);
        // wp::array_store(var_out, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
        wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
        wp::adj_mul(var_5, var_17, adj_5, adj_17, adj_18);
        wp::adj_float16(var_16, adj_16, adj_17);
        // adj: out[i] = y + x * wp.float16(0.5)                                                  <L 76>
        wp::adj_where(var_12, var_14, var_7, adj_12, adj_14, adj_7, adj_15);
        if (var_12) {
            wp::adj_mul(var_13, var_7, adj_13, adj_7, adj_14);
            wp::adj_inverse(var_2, var_13, adj_2, adj_13);
            // adj: y = wp.inverse(a) * y                                                         <L 75>
        }
        wp::adj_float16(var_10, adj_10, adj_11);
        wp::adj_abs(var_8, adj_8, adj_9);
        // adj: if wp.abs(det) > wp.float16(0.001):                                               <L 74>
        wp::adj_determinant(var_2, adj_2, adj_8);
        // adj: det = wp.determinant(a)                                                           <L 73>
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: y = a * x                                                                         <L 72>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: x = v[i]                                                                          <L 71>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
        // adj: a = m[i]                                                                          <L 70>
        // adj: i = wp.tid()                                                                      <L 69>
        // adj: def half_mat_ops(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h)):  <L 68>
        continue;
    }
}



extern "C" __global__ void shallow_water_half_0e3485c6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::float16> var_hu,
    wp::array_t<wp::float16> var_hv,
    wp::array_t<wp::float16> var_h_out,
    wp::array_t<wp::float16> var_hu_out,
    wp::array_t<wp::float16> var_hv_out,
    wp::float32 var_g,
    wp::float32 var_dt_dx,
    wp::array_t<wp::int32> var_dry)
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
        bool var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        bool var_20;
        wp::float16* var_21;
        wp::float16 var_22;
        const wp::float32 var_23 = 0.0;
        wp::float16 var_24;
        const wp::float32 var_25 = 0.0;
        wp::float16 var_26;
        wp::float16* var_27;
        wp::float32 var_28;
        wp::float16 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float16* var_32;
        wp::float32 var_33;
        wp::float16 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::float16* var_42;
        wp::float32 var_43;
        wp::float16 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float16* var_47;
        wp::float32 var_48;
        wp::float16 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float16* var_52;
        wp::float32 var_53;
        wp::float16 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float16* var_57;
        wp::float32 var_58;
        wp::float16 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float16* var_62;
        wp::float32 var_63;
        wp::float16 var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float16* var_67;
        wp::float32 var_68;
        wp::float16 var_69;
        const wp::float32 var_70 = 0.25;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::float32 var_75 = 0.5;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        wp::float32 var_83;
        const wp::float32 var_84 = 0.0;
        wp::float32 var_85;
        const wp::float32 var_86 = 0.001;
        bool var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::float32 var_90 = 0.5;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        const wp::float32 var_96 = 0.001;
        bool var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.5;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::float32 var_106 = 0.25;
        wp::float32 var_107;
        const wp::int32 var_108 = 1;
        wp::int32 var_109;
        wp::float16* var_110;
        wp::float32 var_111;
        wp::float16 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::float16* var_116;
        wp::float32 var_117;
        wp::float16 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::float32 var_121 = 0.5;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::float32 var_126 = 0.0;
        wp::float32 var_127;
        const wp::float32 var_128 = 0.0;
        wp::float32 var_129;
        const wp::float32 var_130 = 0.001;
        bool var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        const wp::float32 var_134 = 0.5;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 0.001;
        bool var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        const wp::float32 var_144 = 0.5;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        wp::float32 var_149;
        const wp::float32 var_150 = 0.25;
        const wp::int32 var_151 = 1;
        wp::int32 var_152;
        wp::float16* var_153;
        wp::float32 var_154;
        wp::float16 var_155;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::float16* var_158;
        wp::float32 var_159;
        wp::float16 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::float32 var_165 = 0.5;
        wp::float32 var_166;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        const wp::float32 var_170 = 0.001;
        bool var_171;
        const wp::float32 var_172 = 0.0;
        const wp::float32 var_173 = 0.0;
        const wp::float32 var_174 = 0.0;
        const wp::int32 var_175 = 0;
        const wp::int32 var_176 = 1;
        wp::int32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float16 var_181;
        wp::float16 var_182;
        wp::float16 var_183;
        const wp::float32 var_184 = 0.0;
        bool var_185;
        const wp::float32 var_186 = 0.0;
        wp::float16 var_187;
        //---------
        // forward
        // def shallow_water_half(                                                                <L 80>
        // i, j = wp.tid()                                                                        <L 91>
        builtin_tid2d(var_0, var_1);
        // nx = h.shape[0]                                                                        <L 92>
        var_2 = &(var_h.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = h.shape[1]                                                                        <L 93>
        var_6 = &(var_h.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 94>
        var_12 = (var_0 == var_11);
        var_10 = var_12;
        if (!var_10) {
            var_14 = (var_1 == var_13);
            var_10 = var_10 || var_14;
        }
        if (!var_10) {
            var_16 = wp::sub(var_4, var_15);
            var_17 = (var_0 == var_16);
            var_10 = var_10 || var_17;
        }
        if (!var_10) {
            var_19 = wp::sub(var_8, var_18);
            var_20 = (var_1 == var_19);
            var_10 = var_10 || var_20;
        }
        if (var_10) {
            // h_out[i, j] = h[i, j]                                                              <L 96>
            var_21 = wp::address(var_h, var_0, var_1);
            var_22 = wp::load(var_21);
            wp::array_store(var_h_out, var_0, var_1, var_22);
            // hu_out[i, j] = wp.float16(0.0)                                                     <L 97>
            var_24 = wp::float16(var_23);
            wp::array_store(var_hu_out, var_0, var_1, var_24);
            // hv_out[i, j] = wp.float16(0.0)                                                     <L 98>
            var_26 = wp::float16(var_25);
            wp::array_store(var_hv_out, var_0, var_1, var_26);
            // return                                                                             <L 99>
            continue;
        }
        // hc = float(h[i, j])                                                                    <L 101>
        var_27 = wp::address(var_h, var_0, var_1);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        // hl = float(h[i - 1, j])                                                                <L 102>
        var_31 = wp::sub(var_0, var_30);
        var_32 = wp::address(var_h, var_31, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::float(var_34);
        // hr = float(h[i + 1, j])                                                                <L 103>
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_h, var_36, var_1);
        var_39 = wp::load(var_37);
        var_38 = wp::float(var_39);
        // hd = float(h[i, j - 1])                                                                <L 104>
        var_41 = wp::sub(var_1, var_40);
        var_42 = wp::address(var_h, var_0, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::float(var_44);
        // hup = float(h[i, j + 1])                                                               <L 105>
        var_46 = wp::add(var_1, var_45);
        var_47 = wp::address(var_h, var_0, var_46);
        var_49 = wp::load(var_47);
        var_48 = wp::float(var_49);
        // qul = float(hu[i - 1, j])                                                              <L 106>
        var_51 = wp::sub(var_0, var_50);
        var_52 = wp::address(var_hu, var_51, var_1);
        var_54 = wp::load(var_52);
        var_53 = wp::float(var_54);
        // qur = float(hu[i + 1, j])                                                              <L 107>
        var_56 = wp::add(var_0, var_55);
        var_57 = wp::address(var_hu, var_56, var_1);
        var_59 = wp::load(var_57);
        var_58 = wp::float(var_59);
        // qvd = float(hv[i, j - 1])                                                              <L 108>
        var_61 = wp::sub(var_1, var_60);
        var_62 = wp::address(var_hv, var_0, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::float(var_64);
        // qvu = float(hv[i, j + 1])                                                              <L 109>
        var_66 = wp::add(var_1, var_65);
        var_67 = wp::address(var_hv, var_0, var_66);
        var_69 = wp::load(var_67);
        var_68 = wp::float(var_69);
        // avg_h = 0.25 * (hl + hr + hd + hup)                                                    <L 110>
        var_71 = wp::add(var_33, var_38);
        var_72 = wp::add(var_71, var_43);
        var_73 = wp::add(var_72, var_48);
        var_74 = wp::mul(var_70, var_73);
        // new_h = avg_h - 0.5 * dt_dx * ((qur - qul) + (qvu - qvd))                              <L 111>
        var_76 = wp::mul(var_75, var_dt_dx);
        var_77 = wp::sub(var_58, var_53);
        var_78 = wp::sub(var_68, var_63);
        var_79 = wp::add(var_77, var_78);
        var_80 = wp::mul(var_76, var_79);
        var_81 = wp::sub(var_74, var_80);
        // fl = float(0.0)                                                                        <L 112>
        var_83 = wp::float(var_82);
        // fr = float(0.0)                                                                        <L 113>
        var_85 = wp::float(var_84);
        // if hl > 1.0e-3:                                                                        <L 114>
        var_87 = (var_33 > var_86);
        if (var_87) {
            // fl = qul * qul / hl + 0.5 * g * hl * hl                                            <L 115>
            var_88 = wp::mul(var_53, var_53);
            var_89 = wp::div(var_88, var_33);
            var_91 = wp::mul(var_90, var_g);
            var_92 = wp::mul(var_91, var_33);
            var_93 = wp::mul(var_92, var_33);
            var_94 = wp::add(var_89, var_93);
        }
        var_95 = wp::where(var_87, var_94, var_83);
        // if hr > 1.0e-3:                                                                        <L 116>
        var_97 = (var_38 > var_96);
        if (var_97) {
            // fr = qur * qur / hr + 0.5 * g * hr * hr                                            <L 117>
            var_98 = wp::mul(var_58, var_58);
            var_99 = wp::div(var_98, var_38);
            var_101 = wp::mul(var_100, var_g);
            var_102 = wp::mul(var_101, var_38);
            var_103 = wp::mul(var_102, var_38);
            var_104 = wp::add(var_99, var_103);
        }
        var_105 = wp::where(var_97, var_104, var_85);
        // avg_hu = 0.25 * (qul + qur + float(hu[i, j - 1]) + float(hu[i, j + 1]))                <L 118>
        var_107 = wp::add(var_53, var_58);
        var_109 = wp::sub(var_1, var_108);
        var_110 = wp::address(var_hu, var_0, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::float(var_112);
        var_113 = wp::add(var_107, var_111);
        var_115 = wp::add(var_1, var_114);
        var_116 = wp::address(var_hu, var_0, var_115);
        var_118 = wp::load(var_116);
        var_117 = wp::float(var_118);
        var_119 = wp::add(var_113, var_117);
        var_120 = wp::mul(var_106, var_119);
        // new_hu = avg_hu - 0.5 * dt_dx * (fr - fl)                                              <L 119>
        var_122 = wp::mul(var_121, var_dt_dx);
        var_123 = wp::sub(var_105, var_95);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::sub(var_120, var_124);
        // gd = float(0.0)                                                                        <L 120>
        var_127 = wp::float(var_126);
        // gu = float(0.0)                                                                        <L 121>
        var_129 = wp::float(var_128);
        // if hd > 1.0e-3:                                                                        <L 122>
        var_131 = (var_43 > var_130);
        if (var_131) {
            // gd = qvd * qvd / hd + 0.5 * g * hd * hd                                            <L 123>
            var_132 = wp::mul(var_63, var_63);
            var_133 = wp::div(var_132, var_43);
            var_135 = wp::mul(var_134, var_g);
            var_136 = wp::mul(var_135, var_43);
            var_137 = wp::mul(var_136, var_43);
            var_138 = wp::add(var_133, var_137);
        }
        var_139 = wp::where(var_131, var_138, var_127);
        // if hup > 1.0e-3:                                                                       <L 124>
        var_141 = (var_48 > var_140);
        if (var_141) {
            // gu = qvu * qvu / hup + 0.5 * g * hup * hup                                         <L 125>
            var_142 = wp::mul(var_68, var_68);
            var_143 = wp::div(var_142, var_48);
            var_145 = wp::mul(var_144, var_g);
            var_146 = wp::mul(var_145, var_48);
            var_147 = wp::mul(var_146, var_48);
            var_148 = wp::add(var_143, var_147);
        }
        var_149 = wp::where(var_141, var_148, var_129);
        // avg_hv = 0.25 * (float(hv[i - 1, j]) + float(hv[i + 1, j]) + qvd + qvu)                <L 126>
        var_152 = wp::sub(var_0, var_151);
        var_153 = wp::address(var_hv, var_152, var_1);
        var_155 = wp::load(var_153);
        var_154 = wp::float(var_155);
        var_157 = wp::add(var_0, var_156);
        var_158 = wp::address(var_hv, var_157, var_1);
        var_160 = wp::load(var_158);
        var_159 = wp::float(var_160);
        var_161 = wp::add(var_154, var_159);
        var_162 = wp::add(var_161, var_63);
        var_163 = wp::add(var_162, var_68);
        var_164 = wp::mul(var_150, var_163);
        // new_hv = avg_hv - 0.5 * dt_dx * (gu - gd)                                              <L 127>
        var_166 = wp::mul(var_165, var_dt_dx);
        var_167 = wp::sub(var_149, var_139);
        var_168 = wp::mul(var_166, var_167);
        var_169 = wp::sub(var_164, var_168);
        // if new_h < 1.0e-3:                                                                     <L 128>
        var_171 = (var_81 < var_170);
        if (var_171) {
            // new_h = 0.0                                                                        <L 129>
            // new_hu = 0.0                                                                       <L 130>
            // new_hv = 0.0                                                                       <L 131>
            // wp.atomic_add(dry, 0, 1)                                                           <L 132>
            var_177 = wp::atomic_add(var_dry, var_175, var_176);
        }
        var_178 = wp::where(var_171, var_172, var_81);
        var_179 = wp::where(var_171, var_173, var_125);
        var_180 = wp::where(var_171, var_174, var_169);
        // h_out[i, j] = wp.float16(new_h)                                                        <L 133>
        var_181 = wp::float16(var_178);
        wp::array_store(var_h_out, var_0, var_1, var_181);
        // hu_out[i, j] = wp.float16(new_hu)                                                      <L 134>
        var_182 = wp::float16(var_179);
        wp::array_store(var_hu_out, var_0, var_1, var_182);
        // hv_out[i, j] = wp.float16(new_hv)                                                      <L 135>
        var_183 = wp::float16(var_180);
        wp::array_store(var_hv_out, var_0, var_1, var_183);
        // if hc < 0.0:                                                                           <L 136>
        var_185 = (var_28 < var_184);
        if (var_185) {
            // h_out[i, j] = wp.float16(0.0)                                                      <L 137>
            var_187 = wp::float16(var_186);
            wp::array_store(var_h_out, var_0, var_1, var_187);
        }
    }
}



extern "C" __global__ void shallow_water_half_0e3485c6_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::float16> var_hu,
    wp::array_t<wp::float16> var_hv,
    wp::array_t<wp::float16> var_h_out,
    wp::array_t<wp::float16> var_hu_out,
    wp::array_t<wp::float16> var_hv_out,
    wp::float32 var_g,
    wp::float32 var_dt_dx,
    wp::array_t<wp::int32> var_dry,
    wp::array_t<wp::float16> adj_h,
    wp::array_t<wp::float16> adj_hu,
    wp::array_t<wp::float16> adj_hv,
    wp::array_t<wp::float16> adj_h_out,
    wp::array_t<wp::float16> adj_hu_out,
    wp::array_t<wp::float16> adj_hv_out,
    wp::float32 adj_g,
    wp::float32 adj_dt_dx,
    wp::array_t<wp::int32> adj_dry)
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
        bool var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        bool var_20;
        wp::float16* var_21;
        wp::float16 var_22;
        const wp::float32 var_23 = 0.0;
        wp::float16 var_24;
        const wp::float32 var_25 = 0.0;
        wp::float16 var_26;
        wp::float16* var_27;
        wp::float32 var_28;
        wp::float16 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float16* var_32;
        wp::float32 var_33;
        wp::float16 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::float16* var_42;
        wp::float32 var_43;
        wp::float16 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float16* var_47;
        wp::float32 var_48;
        wp::float16 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float16* var_52;
        wp::float32 var_53;
        wp::float16 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float16* var_57;
        wp::float32 var_58;
        wp::float16 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float16* var_62;
        wp::float32 var_63;
        wp::float16 var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float16* var_67;
        wp::float32 var_68;
        wp::float16 var_69;
        const wp::float32 var_70 = 0.25;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::float32 var_75 = 0.5;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        wp::float32 var_83;
        const wp::float32 var_84 = 0.0;
        wp::float32 var_85;
        const wp::float32 var_86 = 0.001;
        bool var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::float32 var_90 = 0.5;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        const wp::float32 var_96 = 0.001;
        bool var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.5;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        const wp::float32 var_106 = 0.25;
        wp::float32 var_107;
        const wp::int32 var_108 = 1;
        wp::int32 var_109;
        wp::float16* var_110;
        wp::float32 var_111;
        wp::float16 var_112;
        wp::float32 var_113;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::float16* var_116;
        wp::float32 var_117;
        wp::float16 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::float32 var_121 = 0.5;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        const wp::float32 var_126 = 0.0;
        wp::float32 var_127;
        const wp::float32 var_128 = 0.0;
        wp::float32 var_129;
        const wp::float32 var_130 = 0.001;
        bool var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        const wp::float32 var_134 = 0.5;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 0.001;
        bool var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        const wp::float32 var_144 = 0.5;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        wp::float32 var_149;
        const wp::float32 var_150 = 0.25;
        const wp::int32 var_151 = 1;
        wp::int32 var_152;
        wp::float16* var_153;
        wp::float32 var_154;
        wp::float16 var_155;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::float16* var_158;
        wp::float32 var_159;
        wp::float16 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::float32 var_165 = 0.5;
        wp::float32 var_166;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        const wp::float32 var_170 = 0.001;
        bool var_171;
        const wp::float32 var_172 = 0.0;
        const wp::float32 var_173 = 0.0;
        const wp::float32 var_174 = 0.0;
        const wp::int32 var_175 = 0;
        const wp::int32 var_176 = 1;
        wp::int32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float16 var_181;
        wp::float16 var_182;
        wp::float16 var_183;
        const wp::float32 var_184 = 0.0;
        bool var_185;
        const wp::float32 var_186 = 0.0;
        wp::float16 var_187;
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
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::float16 adj_21 = {};
        wp::float16 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float16 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float16 adj_26 = {};
        wp::float16 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float16 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float16 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float16 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float16 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float16 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float16 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float16 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float16 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float16 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float16 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float16 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float16 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float16 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float16 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float16 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        bool adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        bool adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::float16 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float16 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::float16 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float16 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        bool adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        bool adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::float32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::float16 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float16 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::float16 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float16 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::float32 adj_170 = {};
        bool adj_171 = {};
        wp::float32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float16 adj_181 = {};
        wp::float16 adj_182 = {};
        wp::float16 adj_183 = {};
        wp::float32 adj_184 = {};
        bool adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float16 adj_187 = {};
        //---------
        // forward
        // def shallow_water_half(                                                                <L 80>
        // i, j = wp.tid()                                                                        <L 91>
        builtin_tid2d(var_0, var_1);
        // nx = h.shape[0]                                                                        <L 92>
        var_2 = &(var_h.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = h.shape[1]                                                                        <L 93>
        var_6 = &(var_h.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                     <L 94>
        var_12 = (var_0 == var_11);
        var_10 = var_12;
        if (!var_10) {
            var_14 = (var_1 == var_13);
            var_10 = var_10 || var_14;
        }
        if (!var_10) {
            var_16 = wp::sub(var_4, var_15);
            var_17 = (var_0 == var_16);
            var_10 = var_10 || var_17;
        }
        if (!var_10) {
            var_19 = wp::sub(var_8, var_18);
            var_20 = (var_1 == var_19);
            var_10 = var_10 || var_20;
        }
        if (var_10) {
            // h_out[i, j] = h[i, j]                                                              <L 96>
            var_21 = wp::address(var_h, var_0, var_1);
            var_22 = wp::load(var_21);
            // wp::array_store(var_h_out, var_0, var_1, var_22);
            // hu_out[i, j] = wp.float16(0.0)                                                     <L 97>
            var_24 = wp::float16(var_23);
            // wp::array_store(var_hu_out, var_0, var_1, var_24);
            // hv_out[i, j] = wp.float16(0.0)                                                     <L 98>
            var_26 = wp::float16(var_25);
            // wp::array_store(var_hv_out, var_0, var_1, var_26);
            // return                                                                             <L 99>
            goto label0;
        }
        // hc = float(h[i, j])                                                                    <L 101>
        var_27 = wp::address(var_h, var_0, var_1);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        // hl = float(h[i - 1, j])                                                                <L 102>
        var_31 = wp::sub(var_0, var_30);
        var_32 = wp::address(var_h, var_31, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::float(var_34);
        // hr = float(h[i + 1, j])                                                                <L 103>
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_h, var_36, var_1);
        var_39 = wp::load(var_37);
        var_38 = wp::float(var_39);
        // hd = float(h[i, j - 1])                                                                <L 104>
        var_41 = wp::sub(var_1, var_40);
        var_42 = wp::address(var_h, var_0, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::float(var_44);
        // hup = float(h[i, j + 1])                                                               <L 105>
        var_46 = wp::add(var_1, var_45);
        var_47 = wp::address(var_h, var_0, var_46);
        var_49 = wp::load(var_47);
        var_48 = wp::float(var_49);
        // qul = float(hu[i - 1, j])                                                              <L 106>
        var_51 = wp::sub(var_0, var_50);
        var_52 = wp::address(var_hu, var_51, var_1);
        var_54 = wp::load(var_52);
        var_53 = wp::float(var_54);
        // qur = float(hu[i + 1, j])                                                              <L 107>
        var_56 = wp::add(var_0, var_55);
        var_57 = wp::address(var_hu, var_56, var_1);
        var_59 = wp::load(var_57);
        var_58 = wp::float(var_59);
        // qvd = float(hv[i, j - 1])                                                              <L 108>
        var_61 = wp::sub(var_1, var_60);
        var_62 = wp::address(var_hv, var_0, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::float(var_64);
        // qvu = float(hv[i, j + 1])                                                              <L 109>
        var_66 = wp::add(var_1, var_65);
        var_67 = wp::address(var_hv, var_0, var_66);
        var_69 = wp::load(var_67);
        var_68 = wp::float(var_69);
        // avg_h = 0.25 * (hl + hr + hd + hup)                                                    <L 110>
        var_71 = wp::add(var_33, var_38);
        var_72 = wp::add(var_71, var_43);
        var_73 = wp::add(var_72, var_48);
        var_74 = wp::mul(var_70, var_73);
        // new_h = avg_h - 0.5 * dt_dx * ((qur - qul) + (qvu - qvd))                              <L 111>
        var_76 = wp::mul(var_75, var_dt_dx);
        var_77 = wp::sub(var_58, var_53);
        var_78 = wp::sub(var_68, var_63);
        var_79 = wp::add(var_77, var_78);
        var_80 = wp::mul(var_76, var_79);
        var_81 = wp::sub(var_74, var_80);
        // fl = float(0.0)                                                                        <L 112>
        var_83 = wp::float(var_82);
        // fr = float(0.0)                                                                        <L 113>
        var_85 = wp::float(var_84);
        // if hl > 1.0e-3:                                                                        <L 114>
        var_87 = (var_33 > var_86);
        if (var_87) {
            // fl = qul * qul / hl + 0.5 * g * hl * hl                                            <L 115>
            var_88 = wp::mul(var_53, var_53);
            var_89 = wp::div(var_88, var_33);
            var_91 = wp::mul(var_90, var_g);
            var_92 = wp::mul(var_91, var_33);
            var_93 = wp::mul(var_92, var_33);
            var_94 = wp::add(var_89, var_93);
        }
        var_95 = wp::where(var_87, var_94, var_83);
        // if hr > 1.0e-3:                                                                        <L 116>
        var_97 = (var_38 > var_96);
        if (var_97) {
            // fr = qur * qur / hr + 0.5 * g * hr * hr                                            <L 117>
            var_98 = wp::mul(var_58, var_58);
            var_99 = wp::div(var_98, var_38);
            var_101 = wp::mul(var_100, var_g);
            var_102 = wp::mul(var_101, var_38);
            var_103 = wp::mul(var_102, var_38);
            var_104 = wp::add(var_99, var_103);
        }
        var_105 = wp::where(var_97, var_104, var_85);
        // avg_hu = 0.25 * (qul + qur + float(hu[i, j - 1]) + float(hu[i, j + 1]))                <L 118>
        var_107 = wp::add(var_53, var_58);
        var_109 = wp::sub(var_1, var_108);
        var_110 = wp::address(var_hu, var_0, var_109);
        var_112 = wp::load(var_110);
        var_111 = wp::float(var_112);
        var_113 = wp::add(var_107, var_111);
        var_115 = wp::add(var_1, var_114);
        var_116 = wp::address(var_hu, var_0, var_115);
        var_118 = wp::load(var_116);
        var_117 = wp::float(var_118);
        var_119 = wp::add(var_113, var_117);
        var_120 = wp::mul(var_106, var_119);
        // new_hu = avg_hu - 0.5 * dt_dx * (fr - fl)                                              <L 119>
        var_122 = wp::mul(var_121, var_dt_dx);
        var_123 = wp::sub(var_105, var_95);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::sub(var_120, var_124);
        // gd = float(0.0)                                                                        <L 120>
        var_127 = wp::float(var_126);
        // gu = float(0.0)                                                                        <L 121>
        var_129 = wp::float(var_128);
        // if hd > 1.0e-3:                                                                        <L 122>
        var_131 = (var_43 > var_130);
        if (var_131) {
            // gd = qvd * qvd / hd + 0.5 * g * hd * hd                                            <L 123>
            var_132 = wp::mul(var_63, var_63);
            var_133 = wp::div(var_132, var_43);
            var_135 = wp::mul(var_134, var_g);
            var_136 = wp::mul(var_135, var_43);
            var_137 = wp::mul(var_136, var_43);
            var_138 = wp::add(var_133, var_137);
        }
        var_139 = wp::where(var_131, var_138, var_127);
        // if hup > 1.0e-3:                                                                       <L 124>
        var_141 = (var_48 > var_140);
        if (var_141) {
            // gu = qvu * qvu / hup + 0.5 * g * hup * hup                                         <L 125>
            var_142 = wp::mul(var_68, var_68);
            var_143 = wp::div(var_142, var_48);
            var_145 = wp::mul(var_144, var_g);
            var_146 = wp::mul(var_145, var_48);
            var_147 = wp::mul(var_146, var_48);
            var_148 = wp::add(var_143, var_147);
        }
        var_149 = wp::where(var_141, var_148, var_129);
        // avg_hv = 0.25 * (float(hv[i - 1, j]) + float(hv[i + 1, j]) + qvd + qvu)                <L 126>
        var_152 = wp::sub(var_0, var_151);
        var_153 = wp::address(var_hv, var_152, var_1);
        var_155 = wp::load(var_153);
        var_154 = wp::float(var_155);
        var_157 = wp::add(var_0, var_156);
        var_158 = wp::address(var_hv, var_157, var_1);
        var_160 = wp::load(var_158);
        var_159 = wp::float(var_160);
        var_161 = wp::add(var_154, var_159);
        var_162 = wp::add(var_161, var_63);
        var_163 = wp::add(var_162, var_68);
        var_164 = wp::mul(var_150, var_163);
        // new_hv = avg_hv - 0.5 * dt_dx * (gu - gd)                                              <L 127>
        var_166 = wp::mul(var_165, var_dt_dx);
        var_167 = wp::sub(var_149, var_139);
        var_168 = wp::mul(var_166, var_167);
        var_169 = wp::sub(var_164, var_168);
        // if new_h < 1.0e-3:                                                                     <L 128>
        var_171 = (var_81 < var_170);
        if (var_171) {
            // new_h = 0.0                                                                        <L 129>
            // new_hu = 0.0                                                                       <L 130>
            // new_hv = 0.0                                                                       <L 131>
            // wp.atomic_add(dry, 0, 1)                                                           <L 132>
            // var_177 = wp::atomic_add(var_dry, var_175, var_176);
        }
        var_178 = wp::where(var_171, var_172, var_81);
        var_179 = wp::where(var_171, var_173, var_125);
        var_180 = wp::where(var_171, var_174, var_169);
        // h_out[i, j] = wp.float16(new_h)                                                        <L 133>
        var_181 = wp::float16(var_178);
        // wp::array_store(var_h_out, var_0, var_1, var_181);
        // hu_out[i, j] = wp.float16(new_hu)                                                      <L 134>
        var_182 = wp::float16(var_179);
        // wp::array_store(var_hu_out, var_0, var_1, var_182);
        // hv_out[i, j] = wp.float16(new_hv)                                                      <L 135>
        var_183 = wp::float16(var_180);
        // wp::array_store(var_hv_out, var_0, var_1, var_183);
        // if hc < 0.0:                                                                           <L 136>
        var_185 = (var_28 < var_184);
        if (var_185) {
            // h_out[i, j] = wp.float16(0.0)                                                      <L 137>
            var_187 = wp::float16(var_186);
            // wp::array_store(var_h_out, var_0, var_1, var_187);
        }
        //---------
        // reverse
        if (var_185) {
            wp::adj_array_store(var_h_out, var_0, var_1, var_187, adj_h_out, adj_0, adj_1, adj_187);
            wp::adj_float16(var_186, adj_186, adj_187);
            // adj: h_out[i, j] = wp.float16(0.0)                                                 <L 137>
        }
        // adj: if hc < 0.0:                                                                      <L 136>
        wp::adj_array_store(var_hv_out, var_0, var_1, var_183, adj_hv_out, adj_0, adj_1, adj_183);
        wp::adj_float16(var_180, adj_180, adj_183);
        // adj: hv_out[i, j] = wp.float16(new_hv)                                                 <L 135>
        wp::adj_array_store(var_hu_out, var_0, var_1, var_182, adj_hu_out, adj_0, adj_1, adj_182);
        wp::adj_float16(var_179, adj_179, adj_182);
        // adj: hu_out[i, j] = wp.float16(new_hu)                                                 <L 134>
        wp::adj_array_store(var_h_out, var_0, var_1, var_181, adj_h_out, adj_0, adj_1, adj_181);
        wp::adj_float16(var_178, adj_178, adj_181);
        // adj: h_out[i, j] = wp.float16(new_h)                                                   <L 133>
        wp::adj_where(var_171, var_174, var_169, adj_171, adj_174, adj_169, adj_180);
        wp::adj_where(var_171, var_173, var_125, adj_171, adj_173, adj_125, adj_179);
        wp::adj_where(var_171, var_172, var_81, adj_171, adj_172, adj_81, adj_178);
        if (var_171) {
            wp::adj_atomic_add(var_dry, var_175, var_176, adj_dry, adj_175, adj_176, adj_177);
            // adj: wp.atomic_add(dry, 0, 1)                                                      <L 132>
            // adj: new_hv = 0.0                                                                  <L 131>
            // adj: new_hu = 0.0                                                                  <L 130>
            // adj: new_h = 0.0                                                                   <L 129>
        }
        // adj: if new_h < 1.0e-3:                                                                <L 128>
        wp::adj_sub(var_164, var_168, adj_164, adj_168, adj_169);
        wp::adj_mul(var_166, var_167, adj_166, adj_167, adj_168);
        wp::adj_sub(var_149, var_139, adj_149, adj_139, adj_167);
        wp::adj_mul(var_165, var_dt_dx, adj_165, adj_dt_dx, adj_166);
        // adj: new_hv = avg_hv - 0.5 * dt_dx * (gu - gd)                                         <L 127>
        wp::adj_mul(var_150, var_163, adj_150, adj_163, adj_164);
        wp::adj_add(var_162, var_68, adj_162, adj_68, adj_163);
        wp::adj_add(var_161, var_63, adj_161, adj_63, adj_162);
        wp::adj_add(var_154, var_159, adj_154, adj_159, adj_161);
        wp::adj_float(var_160, adj_158, adj_159);
        wp::adj_address(var_hv, var_157, var_1, adj_hv, adj_157, adj_1, adj_158);
        wp::adj_add(var_0, var_156, adj_0, adj_156, adj_157);
        wp::adj_float(var_155, adj_153, adj_154);
        wp::adj_address(var_hv, var_152, var_1, adj_hv, adj_152, adj_1, adj_153);
        wp::adj_sub(var_0, var_151, adj_0, adj_151, adj_152);
        // adj: avg_hv = 0.25 * (float(hv[i - 1, j]) + float(hv[i + 1, j]) + qvd + qvu)           <L 126>
        wp::adj_where(var_141, var_148, var_129, adj_141, adj_148, adj_129, adj_149);
        if (var_141) {
            wp::adj_add(var_143, var_147, adj_143, adj_147, adj_148);
            wp::adj_mul(var_146, var_48, adj_146, adj_48, adj_147);
            wp::adj_mul(var_145, var_48, adj_145, adj_48, adj_146);
            wp::adj_mul(var_144, var_g, adj_144, adj_g, adj_145);
            wp::adj_div(var_142, var_48, var_143, adj_142, adj_48, adj_143);
            wp::adj_mul(var_68, var_68, adj_68, adj_68, adj_142);
            // adj: gu = qvu * qvu / hup + 0.5 * g * hup * hup                                    <L 125>
        }
        // adj: if hup > 1.0e-3:                                                                  <L 124>
        wp::adj_where(var_131, var_138, var_127, adj_131, adj_138, adj_127, adj_139);
        if (var_131) {
            wp::adj_add(var_133, var_137, adj_133, adj_137, adj_138);
            wp::adj_mul(var_136, var_43, adj_136, adj_43, adj_137);
            wp::adj_mul(var_135, var_43, adj_135, adj_43, adj_136);
            wp::adj_mul(var_134, var_g, adj_134, adj_g, adj_135);
            wp::adj_div(var_132, var_43, var_133, adj_132, adj_43, adj_133);
            wp::adj_mul(var_63, var_63, adj_63, adj_63, adj_132);
            // adj: gd = qvd * qvd / hd + 0.5 * g * hd * hd                                       <L 123>
        }
        // adj: if hd > 1.0e-3:                                                                   <L 122>
        wp::adj_float(var_128, adj_128, adj_129);
        // adj: gu = float(0.0)                                                                   <L 121>
        wp::adj_float(var_126, adj_126, adj_127);
        // adj: gd = float(0.0)                                                                   <L 120>
        wp::adj_sub(var_120, var_124, adj_120, adj_124, adj_125);
        wp::adj_mul(var_122, var_123, adj_122, adj_123, adj_124);
        wp::adj_sub(var_105, var_95, adj_105, adj_95, adj_123);
        wp::adj_mul(var_121, var_dt_dx, adj_121, adj_dt_dx, adj_122);
        // adj: new_hu = avg_hu - 0.5 * dt_dx * (fr - fl)                                         <L 119>
        wp::adj_mul(var_106, var_119, adj_106, adj_119, adj_120);
        wp::adj_add(var_113, var_117, adj_113, adj_117, adj_119);
        wp::adj_float(var_118, adj_116, adj_117);
        wp::adj_address(var_hu, var_0, var_115, adj_hu, adj_0, adj_115, adj_116);
        wp::adj_add(var_1, var_114, adj_1, adj_114, adj_115);
        wp::adj_add(var_107, var_111, adj_107, adj_111, adj_113);
        wp::adj_float(var_112, adj_110, adj_111);
        wp::adj_address(var_hu, var_0, var_109, adj_hu, adj_0, adj_109, adj_110);
        wp::adj_sub(var_1, var_108, adj_1, adj_108, adj_109);
        wp::adj_add(var_53, var_58, adj_53, adj_58, adj_107);
        // adj: avg_hu = 0.25 * (qul + qur + float(hu[i, j - 1]) + float(hu[i, j + 1]))           <L 118>
        wp::adj_where(var_97, var_104, var_85, adj_97, adj_104, adj_85, adj_105);
        if (var_97) {
            wp::adj_add(var_99, var_103, adj_99, adj_103, adj_104);
            wp::adj_mul(var_102, var_38, adj_102, adj_38, adj_103);
            wp::adj_mul(var_101, var_38, adj_101, adj_38, adj_102);
            wp::adj_mul(var_100, var_g, adj_100, adj_g, adj_101);
            wp::adj_div(var_98, var_38, var_99, adj_98, adj_38, adj_99);
            wp::adj_mul(var_58, var_58, adj_58, adj_58, adj_98);
            // adj: fr = qur * qur / hr + 0.5 * g * hr * hr                                       <L 117>
        }
        // adj: if hr > 1.0e-3:                                                                   <L 116>
        wp::adj_where(var_87, var_94, var_83, adj_87, adj_94, adj_83, adj_95);
        if (var_87) {
            wp::adj_add(var_89, var_93, adj_89, adj_93, adj_94);
            wp::adj_mul(var_92, var_33, adj_92, adj_33, adj_93);
            wp::adj_mul(var_91, var_33, adj_91, adj_33, adj_92);
            wp::adj_mul(var_90, var_g, adj_90, adj_g, adj_91);
            wp::adj_div(var_88, var_33, var_89, adj_88, adj_33, adj_89);
            wp::adj_mul(var_53, var_53, adj_53, adj_53, adj_88);
            // adj: fl = qul * qul / hl + 0.5 * g * hl * hl                                       <L 115>
        }
        // adj: if hl > 1.0e-3:                                                                   <L 114>
        wp::adj_float(var_84, adj_84, adj_85);
        // adj: fr = float(0.0)                                                                   <L 113>
        wp::adj_float(var_82, adj_82, adj_83);
        // adj: fl = float(0.0)                                                                   <L 112>
        wp::adj_sub(var_74, var_80, adj_74, adj_80, adj_81);
        wp::adj_mul(var_76, var_79, adj_76, adj_79, adj_80);
        wp::adj_add(var_77, var_78, adj_77, adj_78, adj_79);
        wp::adj_sub(var_68, var_63, adj_68, adj_63, adj_78);
        wp::adj_sub(var_58, var_53, adj_58, adj_53, adj_77);
        wp::adj_mul(var_75, var_dt_dx, adj_75, adj_dt_dx, adj_76);
        // adj: new_h = avg_h - 0.5 * dt_dx * ((qur - qul) + (qvu - qvd))                         <L 111>
        wp::adj_mul(var_70, var_73, adj_70, adj_73, adj_74);
        wp::adj_add(var_72, var_48, adj_72, adj_48, adj_73);
        wp::adj_add(var_71, var_43, adj_71, adj_43, adj_72);
        wp::adj_add(var_33, var_38, adj_33, adj_38, adj_71);
        // adj: avg_h = 0.25 * (hl + hr + hd + hup)                                               <L 110>
        wp::adj_float(var_69, adj_67, adj_68);
        wp::adj_address(var_hv, var_0, var_66, adj_hv, adj_0, adj_66, adj_67);
        wp::adj_add(var_1, var_65, adj_1, adj_65, adj_66);
        // adj: qvu = float(hv[i, j + 1])                                                         <L 109>
        wp::adj_float(var_64, adj_62, adj_63);
        wp::adj_address(var_hv, var_0, var_61, adj_hv, adj_0, adj_61, adj_62);
        wp::adj_sub(var_1, var_60, adj_1, adj_60, adj_61);
        // adj: qvd = float(hv[i, j - 1])                                                         <L 108>
        wp::adj_float(var_59, adj_57, adj_58);
        wp::adj_address(var_hu, var_56, var_1, adj_hu, adj_56, adj_1, adj_57);
        wp::adj_add(var_0, var_55, adj_0, adj_55, adj_56);
        // adj: qur = float(hu[i + 1, j])                                                         <L 107>
        wp::adj_float(var_54, adj_52, adj_53);
        wp::adj_address(var_hu, var_51, var_1, adj_hu, adj_51, adj_1, adj_52);
        wp::adj_sub(var_0, var_50, adj_0, adj_50, adj_51);
        // adj: qul = float(hu[i - 1, j])                                                         <L 106>
        wp::adj_float(var_49, adj_47, adj_48);
        wp::adj_address(var_h, var_0, var_46, adj_h, adj_0, adj_46, adj_47);
        wp::adj_add(var_1, var_45, adj_1, adj_45, adj_46);
        // adj: hup = float(h[i, j + 1])                                                          <L 105>
        wp::adj_float(var_44, adj_42, adj_43);
        wp::adj_address(var_h, var_0, var_41, adj_h, adj_0, adj_41, adj_42);
        wp::adj_sub(var_1, var_40, adj_1, adj_40, adj_41);
        // adj: hd = float(h[i, j - 1])                                                           <L 104>
        wp::adj_float(var_39, adj_37, adj_38);
        wp::adj_address(var_h, var_36, var_1, adj_h, adj_36, adj_1, adj_37);
        wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
        // adj: hr = float(h[i + 1, j])                                                           <L 103>
        wp::adj_float(var_34, adj_32, adj_33);
        wp::adj_address(var_h, var_31, var_1, adj_h, adj_31, adj_1, adj_32);
        wp::adj_sub(var_0, var_30, adj_0, adj_30, adj_31);
        // adj: hl = float(h[i - 1, j])                                                           <L 102>
        wp::adj_float(var_29, adj_27, adj_28);
        wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_27);
        // adj: hc = float(h[i, j])                                                               <L 101>
        if (var_10) {
            label0:;
            // adj: return                                                                        <L 99>
            wp::adj_array_store(var_hv_out, var_0, var_1, var_26, adj_hv_out, adj_0, adj_1, adj_26);
            wp::adj_float16(var_25, adj_25, adj_26);
            // adj: hv_out[i, j] = wp.float16(0.0)                                                <L 98>
            wp::adj_array_store(var_hu_out, var_0, var_1, var_24, adj_hu_out, adj_0, adj_1, adj_24);
            wp::adj_float16(var_23, adj_23, adj_24);
            // adj: hu_out[i, j] = wp.float16(0.0)                                                <L 97>
            wp::adj_array_store(var_h_out, var_0, var_1, var_22, adj_h_out, adj_0, adj_1, adj_21);
            wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_21);
            // adj: h_out[i, j] = h[i, j]                                                         <L 96>
        }
        if (!var_10) {
            wp::adj_sub(var_8, var_18, adj_8, adj_18, adj_19);
        }
        if (!var_10) {
            wp::adj_sub(var_4, var_15, adj_4, adj_15, adj_16);
        }
        if (!var_10) {
        }
        // adj: if i == 0 or j == 0 or i == nx - 1 or j == ny - 1:                                <L 94>
        adj_h.shape = adj_6;
        // adj: ny = h.shape[1]                                                                   <L 93>
        adj_h.shape = adj_2;
        // adj: nx = h.shape[0]                                                                   <L 92>
        // adj: i, j = wp.tid()                                                                   <L 91>
        // adj: def shallow_water_half(                                                           <L 80>
        continue;
    }
}

