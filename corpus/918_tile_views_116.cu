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

template<typename tile_t>

// corpus/918_tile_views_116.py:13
static CUDA_CALLABLE wp::float32 row_sum_0(
    tile_t& var_t,
    wp::int32 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 8;
    bool var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_5 = nullptr;
    const wp::int32 var_6 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    //---------
    // forward
    // def row_sum(t: wp.tile[float, M, N], r: int) -> float:                                 <L 14>
    // return wp.tile_sum(t[r])[0]                                                            <L 15>
    var_2 = (var_r < var_0);
    var_3 = wp::add(var_r, var_1);
    var_4 = wp::where(var_2, var_3, var_r);
    var_5 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_t, var_4, var_6);
    var_7 = wp::tile_sum(var_5);
    var_9 = wp::tile_extract(var_7, var_8);
    return var_9;
}

template<typename tile_t>

// corpus/918_tile_views_116.py:18
static CUDA_CALLABLE wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> scaled_0(
    tile_t& var_t,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
    //---------
    // forward
    // def scaled(t: wp.tile[float, (M, N)], s: float):                                       <L 19>
    // return t * s                                                                           <L 20>
    var_0 = wp::tile_mul(var_t, var_s);
    return var_0;
}

template<typename tile_t>

// corpus/918_tile_views_116.py:13
static CUDA_CALLABLE void adj_row_sum_0(
    tile_t& var_t,
    wp::int32 var_r,
    tile_t & adj_t,
    wp::int32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 8;
    bool var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_5 = nullptr;
    const wp::int32 var_6 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_5 = var_5;
    wp::int32 adj_6 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def row_sum(t: wp.tile[float, M, N], r: int) -> float:                                 <L 14>
    // return wp.tile_sum(t[r])[0]                                                            <L 15>
    var_2 = (var_r < var_0);
    var_3 = wp::add(var_r, var_1);
    var_4 = wp::where(var_2, var_3, var_r);
    var_5 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_t, var_4, var_6);
    var_7 = wp::tile_sum(var_5);
    var_9 = wp::tile_extract(var_7, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_tile_extract(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_tile_sum(var_5, adj_5, adj_7);
    wp::adj_where(var_2, var_3, var_r, adj_2, adj_3, adj_r, adj_4);
    wp::adj_add(var_r, var_1, adj_r, adj_1, adj_3);
    // adj: return wp.tile_sum(t[r])[0]                                                       <L 15>
    // adj: def row_sum(t: wp.tile[float, M, N], r: int) -> float:                            <L 14>
    return;
}

template<typename tile_t>

// corpus/918_tile_views_116.py:18
static CUDA_CALLABLE void adj_scaled_0(
    tile_t& var_t,
    wp::float32 var_s,
    tile_t & adj_t,
    wp::float32 & adj_s,
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> & adj_ret)
{
    //---------
    // primal vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_0 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
    //---------
    // dual vars
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_0{};
    //---------
    // forward
    // def scaled(t: wp.tile[float, (M, N)], s: float):                                       <L 19>
    // return t * s                                                                           <L 20>
    var_0 = wp::tile_mul(var_t, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_tile_mul(var_t, var_s, adj_t, adj_s, adj_0);
    // adj: return t * s                                                                      <L 20>
    // adj: def scaled(t: wp.tile[float, (M, N)], s: float):                                  <L 19>
    return;
}



extern "C" __global__ void slices_297c1a75_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 2;
        const wp::int32 var_8 = 6;
        wp::slice_t var_9;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 6;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 2;
        wp::slice_t var_14;
        const wp::int32 var_15 = 2147483647;
        const wp::int32 var_16 = -2147483648;
        const wp::int32 var_17 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<16,2>>, false> var_18 = nullptr;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 4;
        wp::slice_t var_23;
        const wp::int32 var_24 = 4;
        const wp::int32 var_25 = -2147483648;
        const wp::int32 var_26 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = -1;
        wp::slice_t var_30;
        const wp::int32 var_31 = 2147483647;
        const wp::int32 var_32 = -2147483648;
        const wp::int32 var_33 = -1;
        const wp::int32 var_34 = 3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<-16>>, false> var_35 = nullptr;
        const wp::int32 var_36 = 7;
        wp::slice_t var_37;
        const wp::int32 var_38 = 2147483647;
        const wp::int32 var_39 = -2147483648;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = -4;
        const wp::int32 var_42 = -1;
        wp::slice_t var_43;
        const wp::int32 var_44 = -4;
        const wp::int32 var_45 = -1;
        const wp::int32 var_46 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<16,1>>, false> var_47 = nullptr;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 12;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 3;
        wp::slice_t var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,2>>, false> var_56 = nullptr;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_59 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_60 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_61 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_62 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_63 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_64 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_65 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_66 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_67 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::float32 var_68;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_69 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 0;
        //---------
        // forward
        // def slices(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(M, N))                                                      <L 26>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_5, var_6);
        // u = t[2:6, ::2]                                                                        <L 27>
        var_9 = wp::slice_t(var_10, var_11, var_12);
        var_14 = wp::slice_t(var_15, var_16, var_17);
        var_18 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<16,2>>, false>>(var_4, var_19, var_20);
        // v = t[1, 4:]                                                                           <L 28>
        var_23 = wp::slice_t(var_24, var_25, var_26);
        var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, false>>(var_4, var_21, var_28);
        // w = t[::-1, 3]                                                                         <L 29>
        var_30 = wp::slice_t(var_31, var_32, var_33);
        var_35 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<-16>>, false>>(var_4, var_36, var_34);
        // x = t[:, -4:-1]                                                                        <L 30>
        var_37 = wp::slice_t(var_38, var_39, var_40);
        var_43 = wp::slice_t(var_44, var_45, var_46);
        var_47 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<16,1>>, false>>(var_4, var_48, var_49);
        // y = u[1:3]                                                                             <L 31>
        var_52 = wp::slice_t(var_53, var_54, var_55);
        var_56 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,2>>, false>>(var_18, var_57, var_58);
        // s = wp.tile_sum(u) + wp.tile_sum(v) + wp.tile_sum(w) + wp.tile_sum(x) + wp.tile_sum(y)       <L 32>
        var_59 = wp::tile_sum(var_18);
        var_60 = wp::tile_sum(var_27);
        var_61 = wp::tile_add(var_59, var_60);
        var_62 = wp::tile_sum(var_35);
        var_63 = wp::tile_add(var_61, var_62);
        var_64 = wp::tile_sum(var_47);
        var_65 = wp::tile_add(var_63, var_64);
        var_66 = wp::tile_sum(var_56);
        var_67 = wp::tile_add(var_65, var_66);
        // wp.tile_store(out, scaled(t, row_sum(t, i)))                                           <L 33>
        var_68 = row_sum_0(var_4, var_0);
        var_69 = scaled_0(var_4, var_68);
        wp::tile_store<wp::float32, true, false>(var_out, var_70, var_71, var_69);
    }
}



extern "C" __global__ void slices_297c1a75_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 2;
        const wp::int32 var_8 = 6;
        wp::slice_t var_9;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 6;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 2;
        wp::slice_t var_14;
        const wp::int32 var_15 = 2147483647;
        const wp::int32 var_16 = -2147483648;
        const wp::int32 var_17 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<16,2>>, false> var_18 = nullptr;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 4;
        wp::slice_t var_23;
        const wp::int32 var_24 = 4;
        const wp::int32 var_25 = -2147483648;
        const wp::int32 var_26 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = -1;
        wp::slice_t var_30;
        const wp::int32 var_31 = 2147483647;
        const wp::int32 var_32 = -2147483648;
        const wp::int32 var_33 = -1;
        const wp::int32 var_34 = 3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<-16>>, false> var_35 = nullptr;
        const wp::int32 var_36 = 7;
        wp::slice_t var_37;
        const wp::int32 var_38 = 2147483647;
        const wp::int32 var_39 = -2147483648;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = -4;
        const wp::int32 var_42 = -1;
        wp::slice_t var_43;
        const wp::int32 var_44 = -4;
        const wp::int32 var_45 = -1;
        const wp::int32 var_46 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<16,1>>, false> var_47 = nullptr;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 12;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 3;
        wp::slice_t var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 3;
        const wp::int32 var_55 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,2>>, false> var_56 = nullptr;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_59 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_60 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_61 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_62 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_63 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_64 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_65 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_66 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_67 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::float32 var_68;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_69 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_4 = var_4;
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::slice_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::slice_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<16,2>>, false>& adj_18 = var_18;
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::slice_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, false>& adj_27 = var_27;
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::slice_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<-16>>, false>& adj_35 = var_35;
        wp::int32 adj_36 = {};
        wp::slice_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::slice_t adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<16,1>>, false>& adj_47 = var_47;
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::slice_t adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,2>>, false>& adj_56 = var_56;
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_59{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_60{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_61{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_62{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_63{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_64{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_65{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_66{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_67{};
        wp::float32 adj_68 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_69{};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        //---------
        // forward
        // def slices(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(M, N))                                                      <L 26>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_5, var_6);
        // u = t[2:6, ::2]                                                                        <L 27>
        var_9 = wp::slice_t(var_10, var_11, var_12);
        var_14 = wp::slice_t(var_15, var_16, var_17);
        var_18 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<16,2>>, false>>(var_4, var_19, var_20);
        // v = t[1, 4:]                                                                           <L 28>
        var_23 = wp::slice_t(var_24, var_25, var_26);
        var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<12>, wp::tile_stride_t<1>>, false>>(var_4, var_21, var_28);
        // w = t[::-1, 3]                                                                         <L 29>
        var_30 = wp::slice_t(var_31, var_32, var_33);
        var_35 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<-16>>, false>>(var_4, var_36, var_34);
        // x = t[:, -4:-1]                                                                        <L 30>
        var_37 = wp::slice_t(var_38, var_39, var_40);
        var_43 = wp::slice_t(var_44, var_45, var_46);
        var_47 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<16,1>>, false>>(var_4, var_48, var_49);
        // y = u[1:3]                                                                             <L 31>
        var_52 = wp::slice_t(var_53, var_54, var_55);
        var_56 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,2>>, false>>(var_18, var_57, var_58);
        // s = wp.tile_sum(u) + wp.tile_sum(v) + wp.tile_sum(w) + wp.tile_sum(x) + wp.tile_sum(y)       <L 32>
        var_59 = wp::tile_sum(var_18);
        var_60 = wp::tile_sum(var_27);
        var_61 = wp::tile_add(var_59, var_60);
        var_62 = wp::tile_sum(var_35);
        var_63 = wp::tile_add(var_61, var_62);
        var_64 = wp::tile_sum(var_47);
        var_65 = wp::tile_add(var_63, var_64);
        var_66 = wp::tile_sum(var_56);
        var_67 = wp::tile_add(var_65, var_66);
        // wp.tile_store(out, scaled(t, row_sum(t, i)))                                           <L 33>
        var_68 = row_sum_0(var_4, var_0);
        var_69 = scaled_0(var_4, var_68);
        // wp::tile_store<wp::float32, true, false>(var_out, var_70, var_71, var_69);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_70, var_71, var_69, adj_out, adj_70, adj_71, adj_69);
        adj_scaled_0(var_4, var_68, adj_4, adj_68, adj_69);
        adj_row_sum_0(var_4, var_0, adj_4, adj_0, adj_68);
        // adj: wp.tile_store(out, scaled(t, row_sum(t, i)))                                      <L 33>
        wp::adj_tile_add(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_tile_sum(var_56, adj_56, adj_66);
        wp::adj_tile_add(var_63, var_64, adj_63, adj_64, adj_65);
        wp::adj_tile_sum(var_47, adj_47, adj_64);
        wp::adj_tile_add(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_tile_sum(var_35, adj_35, adj_62);
        wp::adj_tile_add(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_tile_sum(var_27, adj_27, adj_60);
        wp::adj_tile_sum(var_18, adj_18, adj_59);
        // adj: s = wp.tile_sum(u) + wp.tile_sum(v) + wp.tile_sum(w) + wp.tile_sum(x) + wp.tile_sum(y)  <L 32>
        // adj: y = u[1:3]                                                                        <L 31>
        // adj: x = t[:, -4:-1]                                                                   <L 30>
        // adj: w = t[::-1, 3]                                                                    <L 29>
        // adj: v = t[1, 4:]                                                                      <L 28>
        // adj: u = t[2:6, ::2]                                                                   <L 27>
        wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_4);
        // adj: t = wp.tile_load(a, shape=(M, N))                                                 <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def slices(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 24>
        continue;
    }
}



extern "C" __global__ void stores_7e1680e4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 3.0;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 2;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 8;
        bool var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        const wp::int32 var_21 = 15;
        const wp::int32 var_22 = 0;
        wp::slice_t var_23;
        const wp::int32 var_24 = 0;
        wp::array_t<wp::float32> var_25;
        wp::tuple_t<wp::int32> var_26;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_30 = nullptr;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_34;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>>{};
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 2;
        const wp::int32 var_39 = 4;
        wp::slice_t var_40;
        const wp::int32 var_41 = 2;
        const wp::int32 var_42 = 4;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 0;
        wp::slice_t var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 16;
        const wp::int32 var_48 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, false> var_49 = nullptr;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 0;
        const wp::int32 var_54 = 8;
        wp::tuple_t<wp::int32> var_55;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_56 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_57 = 5;
        const wp::int32 var_58 = 2;
        wp::slice_t var_59;
        const wp::int32 var_60 = 2147483647;
        const wp::int32 var_61 = -2147483648;
        const wp::int32 var_62 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<2>>, false> var_63 = nullptr;
        const wp::int32 var_64 = 0;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        //---------
        // forward
        // def stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // t = wp.tile_zeros(shape=(M, N), dtype=float)                                           <L 39>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_zeros<float, 8, 16>();
        // u = wp.tile_load(a, shape=(M, N))                                                      <L 40>
        var_5 = wp::tuple(var_1, var_2);
        var_6 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_7, var_8);
        // t[1, 2] = 3.0                                                                          <L 41>
        wp::assign(var_4, var_10, var_11, var_9);
        // t[i, -1] = u[0, 0]                                                                     <L 42>
        var_14 = wp::tile_extract(var_6, var_12, var_13);
        var_17 = (var_0 < var_15);
        var_18 = wp::add(var_0, var_16);
        var_19 = wp::where(var_17, var_18, var_0);
        wp::assign(var_4, var_19, var_21, var_14);
        // r = wp.tile_load(a[0], shape=(N,))                                                     <L 43>
        var_23 = wp::slice_t(var_22, var_22, var_24);
        var_25 = wp::view(var_a, var_23);
        var_26 = wp::tuple(var_2);
        var_27 = wp::tile_load<wp::float32, true, false, 16>(var_25, var_28);
        // t[2] = r                                                                               <L 44>
        var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_4, var_29, var_31);
        wp::tile_assign(var_30, var_27, var_32);
        // t[2:4, 0:N] = wp.tile_load(a, shape=(2, N))                                            <L 45>
        var_34 = wp::tuple(var_33, var_2);
        var_35 = wp::tile_load<wp::float32, true, false, 2, 16>(var_a, var_36, var_37);
        var_40 = wp::slice_t(var_41, var_42, var_43);
        var_45 = wp::slice_t(var_46, var_47, var_48);
        var_49 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, false>>(var_4, var_50, var_51);
        wp::tile_assign(var_49, var_35, var_52, var_53);
        // t[5, ::2] = wp.tile_zeros(shape=(8,), dtype=float)                                     <L 46>
        var_55 = wp::tuple(var_54);
        var_56 = wp::tile_zeros<float, 8>();
        var_59 = wp::slice_t(var_60, var_61, var_62);
        var_63 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<2>>, false>>(var_4, var_57, var_64);
        wp::tile_assign(var_63, var_56, var_65);
        // wp.tile_store(out, t)                                                                  <L 47>
        wp::tile_store<wp::float32, true, false>(var_out, var_66, var_67, var_4);
    }
}



extern "C" __global__ void stores_7e1680e4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 3.0;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 2;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 8;
        bool var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        const wp::int32 var_21 = 15;
        const wp::int32 var_22 = 0;
        wp::slice_t var_23;
        const wp::int32 var_24 = 0;
        wp::array_t<wp::float32> var_25;
        wp::tuple_t<wp::int32> var_26;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_30 = nullptr;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_34;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>>{};
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 2;
        const wp::int32 var_39 = 4;
        wp::slice_t var_40;
        const wp::int32 var_41 = 2;
        const wp::int32 var_42 = 4;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 0;
        wp::slice_t var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 16;
        const wp::int32 var_48 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, false> var_49 = nullptr;
        const wp::int32 var_50 = 2;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 0;
        const wp::int32 var_54 = 8;
        wp::tuple_t<wp::int32> var_55;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_56 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_57 = 5;
        const wp::int32 var_58 = 2;
        wp::slice_t var_59;
        const wp::int32 var_60 = 2147483647;
        const wp::int32 var_61 = -2147483648;
        const wp::int32 var_62 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<2>>, false> var_63 = nullptr;
        const wp::int32 var_64 = 0;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_4 = var_4;
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_6 = var_6;
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::slice_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::array_t<wp::float32> adj_25 = {};
        wp::tuple_t<wp::int32> adj_26 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_27{};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_30 = var_30;
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_34 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,16>>> adj_35{};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::slice_t adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::slice_t adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, false>& adj_49 = var_49;
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::tuple_t<wp::int32> adj_55 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_56{};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::slice_t adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<2>>, false>& adj_63 = var_63;
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        //---------
        // forward
        // def stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // t = wp.tile_zeros(shape=(M, N), dtype=float)                                           <L 39>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_zeros<float, 8, 16>();
        // u = wp.tile_load(a, shape=(M, N))                                                      <L 40>
        var_5 = wp::tuple(var_1, var_2);
        var_6 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_7, var_8);
        // t[1, 2] = 3.0                                                                          <L 41>
        wp::assign(var_4, var_10, var_11, var_9);
        // t[i, -1] = u[0, 0]                                                                     <L 42>
        var_14 = wp::tile_extract(var_6, var_12, var_13);
        var_17 = (var_0 < var_15);
        var_18 = wp::add(var_0, var_16);
        var_19 = wp::where(var_17, var_18, var_0);
        wp::assign(var_4, var_19, var_21, var_14);
        // r = wp.tile_load(a[0], shape=(N,))                                                     <L 43>
        var_23 = wp::slice_t(var_22, var_22, var_24);
        var_25 = wp::view(var_a, var_23);
        var_26 = wp::tuple(var_2);
        var_27 = wp::tile_load<wp::float32, true, false, 16>(var_25, var_28);
        // t[2] = r                                                                               <L 44>
        var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_4, var_29, var_31);
        wp::tile_assign(var_30, var_27, var_32);
        // t[2:4, 0:N] = wp.tile_load(a, shape=(2, N))                                            <L 45>
        var_34 = wp::tuple(var_33, var_2);
        var_35 = wp::tile_load<wp::float32, true, false, 2, 16>(var_a, var_36, var_37);
        var_40 = wp::slice_t(var_41, var_42, var_43);
        var_45 = wp::slice_t(var_46, var_47, var_48);
        var_49 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, false>>(var_4, var_50, var_51);
        wp::tile_assign(var_49, var_35, var_52, var_53);
        // t[5, ::2] = wp.tile_zeros(shape=(8,), dtype=float)                                     <L 46>
        var_55 = wp::tuple(var_54);
        var_56 = wp::tile_zeros<float, 8>();
        var_59 = wp::slice_t(var_60, var_61, var_62);
        var_63 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<2>>, false>>(var_4, var_57, var_64);
        wp::tile_assign(var_63, var_56, var_65);
        // wp.tile_store(out, t)                                                                  <L 47>
        // wp::tile_store<wp::float32, true, false>(var_out, var_66, var_67, var_4);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_66, var_67, var_4, adj_out, adj_66, adj_67, adj_4);
        // adj: wp.tile_store(out, t)                                                             <L 47>
        wp::adj_tile_assign(var_63, var_56, var_65, adj_63, adj_56, adj_65);
        // adj: t[5, ::2] = wp.tile_zeros(shape=(8,), dtype=float)                                <L 46>
        wp::adj_tile_assign(var_49, var_35, var_52, var_53, adj_49, adj_35, adj_52, adj_53);
        wp::adj_tile_load(var_a, var_36, var_37, adj_a, adj_36, adj_37, adj_35);
        // adj: t[2:4, 0:N] = wp.tile_load(a, shape=(2, N))                                       <L 45>
        wp::adj_tile_assign(var_30, var_27, var_32, adj_30, adj_27, adj_32);
        // adj: t[2] = r                                                                          <L 44>
        wp::adj_tile_load(var_25, var_28, adj_25, adj_28, adj_27);
        wp::adj_view(var_a, var_23, adj_a, adj_23, adj_25);
        // adj: r = wp.tile_load(a[0], shape=(N,))                                                <L 43>
        wp::adj_assign(var_4, var_19, var_21, var_14, adj_4, adj_19, adj_21, adj_14);
        wp::adj_where(var_17, var_18, var_0, adj_17, adj_18, adj_0, adj_19);
        wp::adj_add(var_0, var_16, adj_0, adj_16, adj_18);
        wp::adj_tile_extract(var_6, var_12, var_13, adj_6, adj_12, adj_13, adj_14);
        // adj: t[i, -1] = u[0, 0]                                                                <L 42>
        wp::adj_assign(var_4, var_10, var_11, var_9, adj_4, adj_10, adj_11, adj_9);
        // adj: t[1, 2] = 3.0                                                                     <L 41>
        wp::adj_tile_load(var_a, var_7, var_8, adj_a, adj_7, adj_8, adj_6);
        // adj: u = wp.tile_load(a, shape=(M, N))                                                 <L 40>
        // adj: t = wp.tile_zeros(shape=(M, N), dtype=float)                                      <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def stores(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 37>
        continue;
    }
}



extern "C" __global__ void dots_a46e7736_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 2.0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        //---------
        // forward
        // def dots(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 51>
        // t = wp.tile_load(a, shape=N)                                                           <L 52>
        var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // u = wp.tile_load(a, shape=N, offset=N)                                                 <L 53>
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_0);
        // d = wp.tile_dot(t, u)                                                                  <L 54>
        var_4 = wp::tile_dot(var_1, var_3);
        // v = wp.tile_zeros(shape=N, dtype=float)                                                <L 55>
        var_5 = wp::tile_zeros<float, 16>();
        // wp.tile_axpy(2.0, t, v)                                                                <L 56>
        wp::tile_axpy(var_6, var_1, var_5);
        // wp.tile_store(out, v)                                                                  <L 57>
        wp::tile_store<wp::float32, true, false>(var_out, var_7, var_5);
        // wp.tile_store(out, d)                                                                  <L 58>
        wp::tile_store<wp::float32, true, false>(var_out, var_8, var_4);
    }
}



extern "C" __global__ void dots_a46e7736_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_6 = 2.0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5{};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def dots(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 51>
        // t = wp.tile_load(a, shape=N)                                                           <L 52>
        var_1 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // u = wp.tile_load(a, shape=N, offset=N)                                                 <L 53>
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_0);
        // d = wp.tile_dot(t, u)                                                                  <L 54>
        var_4 = wp::tile_dot(var_1, var_3);
        // v = wp.tile_zeros(shape=N, dtype=float)                                                <L 55>
        var_5 = wp::tile_zeros<float, 16>();
        // wp.tile_axpy(2.0, t, v)                                                                <L 56>
        wp::tile_axpy(var_6, var_1, var_5);
        // wp.tile_store(out, v)                                                                  <L 57>
        // wp::tile_store<wp::float32, true, false>(var_out, var_7, var_5);
        // wp.tile_store(out, d)                                                                  <L 58>
        // wp::tile_store<wp::float32, true, false>(var_out, var_8, var_4);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_8, var_4, adj_out, adj_8, adj_4);
        // adj: wp.tile_store(out, d)                                                             <L 58>
        wp::adj_tile_store(var_out, var_7, var_5, adj_out, adj_7, adj_5);
        // adj: wp.tile_store(out, v)                                                             <L 57>
        wp::adj_tile_axpy(var_6, var_1, var_5, adj_6, adj_1, adj_5);
        // adj: wp.tile_axpy(2.0, t, v)                                                           <L 56>
        // adj: v = wp.tile_zeros(shape=N, dtype=float)                                           <L 55>
        wp::adj_tile_dot(var_1, var_3, adj_1, adj_3, adj_4);
        // adj: d = wp.tile_dot(t, u)                                                             <L 54>
        wp::adj_tile_load(var_a, var_0, adj_a, adj_0, adj_3);
        // adj: u = wp.tile_load(a, shape=N, offset=N)                                            <L 53>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=N)                                                      <L 52>
        // adj: def dots(a: wp.array(dtype=float), out: wp.array(dtype=float)):                   <L 51>
        continue;
    }
}

