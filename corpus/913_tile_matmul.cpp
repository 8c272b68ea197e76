#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()

struct wp_args_gemm_f6ca7e83 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float16> B;
    wp::array_t<wp::float64> C;
};


void gemm_f6ca7e83_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gemm_f6ca7e83 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float16> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_C = _wp_args->C;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::int32 var_10 = 8;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::tuple_t<wp::int32, wp::int32> var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::tuple_t<wp::int32, wp::int32> var_24;
    wp::tile_shared_t<wp::float16,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_25 = wp::tile_alloc_empty<wp::float16,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 1.0;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::tuple_t<wp::int32, wp::int32> var_33;
    //---------
    // forward
    // def gemm(A: wp.array2d(dtype=float), B: wp.array2d(dtype=wp.float16), C: wp.array2d(dtype=wp.float64)):       <L 14>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=wp.float64)                          <L 16>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_zeros<wp::float64, 8, 4>();
    // count = int(A.shape[1] / TILE_K)                                                       <L 17>
    var_6 = &(var_A.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::int(var_11);
    // for k in range(0, count):                                                              <L 18>
    var_14 = wp::range(var_13, var_12);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))       <L 19>
        var_16 = wp::tuple(var_2, var_10);
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::mul(var_15, var_10);
        var_19 = wp::tuple(var_17, var_18);
        var_20 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_17, var_18);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))       <L 20>
        var_21 = wp::tuple(var_10, var_3);
        var_22 = wp::mul(var_15, var_10);
        var_23 = wp::mul(var_1, var_3);
        var_24 = wp::tuple(var_22, var_23);
        var_25 = wp::tile_load<wp::float16, true, false, 8, 4>(var_B, var_22, var_23);
        // wp.tile_matmul(a, b, acc)                                                          <L 21>
        wp::tile_matmul_acc(var_26, var_27, var_28, var_20, var_25, var_5, var_29, var_30);
        goto start_for_0;
    end_for_0:;
    // wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                                 <L 22>
    var_31 = wp::mul(var_0, var_2);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::tuple(var_31, var_32);
    wp::tile_store<wp::float64, true, false>(var_C, var_31, var_32, var_5);
}



void gemm_f6ca7e83_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gemm_f6ca7e83 *_wp_args,
    wp_args_gemm_f6ca7e83 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float16> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_C = _wp_args->C;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float16> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float64> adj_C = _wp_adj_args->C;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::int32 var_10 = 8;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::tuple_t<wp::int32, wp::int32> var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::tuple_t<wp::int32, wp::int32> var_24;
    wp::tile_shared_t<wp::float16,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_25 = wp::tile_alloc_empty<wp::float16,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 1.0;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::tuple_t<wp::int32, wp::int32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_5 = var_5;
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_20 = var_20;
    wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_24 = {};
    wp::tile_shared_t<wp::float16,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_25 = var_25;
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_33 = {};
    //---------
    // forward
    // def gemm(A: wp.array2d(dtype=float), B: wp.array2d(dtype=wp.float16), C: wp.array2d(dtype=wp.float64)):       <L 14>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=wp.float64)                          <L 16>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_zeros<wp::float64, 8, 4>();
    // count = int(A.shape[1] / TILE_K)                                                       <L 17>
    var_6 = &(var_A.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::int(var_11);
    // for k in range(0, count):                                                              <L 18>
    var_14 = wp::range(var_13, var_12);
    // wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                                 <L 22>
    var_31 = wp::mul(var_0, var_2);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::tuple(var_31, var_32);
    // wp::tile_store<wp::float64, true, false>(var_C, var_31, var_32, var_5);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_31, var_32, var_5, adj_C, adj_31, adj_32, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_32);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_31);
    // adj: wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                            <L 22>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20.grad_zero();
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25.grad_zero();
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))       <L 19>
        var_16 = wp::tuple(var_2, var_10);
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::mul(var_15, var_10);
        var_19 = wp::tuple(var_17, var_18);
        var_20 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_17, var_18);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))       <L 20>
        var_21 = wp::tuple(var_10, var_3);
        var_22 = wp::mul(var_15, var_10);
        var_23 = wp::mul(var_1, var_3);
        var_24 = wp::tuple(var_22, var_23);
        var_25 = wp::tile_load<wp::float16, true, false, 8, 4>(var_B, var_22, var_23);
        // wp.tile_matmul(a, b, acc)                                                          <L 21>
        wp::tile_matmul_acc(var_26, var_27, var_28, var_20, var_25, var_5, var_29, var_30);
        wp::adj_tile_matmul_acc(var_26, var_27, var_28, var_20, var_25, var_5, var_29, var_30, adj_26, adj_27, adj_28, adj_20, adj_25, adj_5, adj_29, adj_30);
        // adj: wp.tile_matmul(a, b, acc)                                                     <L 21>
        wp::adj_tile_load(var_B, var_22, var_23, adj_B, adj_22, adj_23, adj_25);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_23);
        wp::adj_mul(var_15, var_10, adj_15, adj_10, adj_22);
        // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))  <L 20>
        wp::adj_tile_load(var_A, var_17, var_18, adj_A, adj_17, adj_18, adj_20);
        wp::adj_mul(var_15, var_10, adj_15, adj_10, adj_18);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_17);
        // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))  <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(0, count):                                                         <L 18>
    wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
    adj_A.shape = adj_6;
    // adj: count = int(A.shape[1] / TILE_K)                                                  <L 17>
    // adj: acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=wp.float64)                     <L 16>
    // adj: i, j = wp.tid()                                                                   <L 15>
    // adj: def gemm(A: wp.array2d(dtype=float), B: wp.array2d(dtype=wp.float16), C: wp.array2d(dtype=wp.float64)):  <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gemm_f6ca7e83_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gemm_f6ca7e83 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gemm_f6ca7e83_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gemm_f6ca7e83_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gemm_f6ca7e83 *_wp_args,
    wp_args_gemm_f6ca7e83 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gemm_f6ca7e83_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_product_0b2e090b {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
};


void product_0b2e090b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_product_0b2e090b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 0.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = 0.0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 26>
    // a = wp.tile_load(A, shape=(8, 8))                                                      <L 27>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_4, var_5);
    // b = wp.tile_load(B, shape=(8, 8))                                                      <L 28>
    var_8 = wp::tuple(var_6, var_7);
    var_9 = wp::tile_load<wp::float32, true, false, 8, 8>(var_B, var_10, var_11);
    // c = wp.tile_matmul(a, b)                                                               <L 29>
    var_12 = wp::tile_matmul(var_13, var_14, var_15, var_3, var_9, var_12, var_16, var_17);
    // d = wp.tile_map(wp.sin, c)                                                             <L 30>
    var_18 = wp::tile_unary_map(wp::sin, var_12);
    // e = wp.tile_matmul(d, b)                                                               <L 31>
    var_19 = wp::tile_matmul(var_20, var_21, var_22, var_18, var_9, var_19, var_23, var_24);
    // wp.tile_store(C, e)                                                                    <L 32>
    wp::tile_store<wp::float32, true, false>(var_C, var_25, var_26, var_19);
}



void product_0b2e090b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_product_0b2e090b *_wp_args,
    wp_args_product_0b2e090b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 0.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = 0.0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_9 = var_9;
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_12 = var_12;
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_18 = var_18;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_19 = var_19;
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 26>
    // a = wp.tile_load(A, shape=(8, 8))                                                      <L 27>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_4, var_5);
    // b = wp.tile_load(B, shape=(8, 8))                                                      <L 28>
    var_8 = wp::tuple(var_6, var_7);
    var_9 = wp::tile_load<wp::float32, true, false, 8, 8>(var_B, var_10, var_11);
    // c = wp.tile_matmul(a, b)                                                               <L 29>
    var_12 = wp::tile_matmul(var_13, var_14, var_15, var_3, var_9, var_12, var_16, var_17);
    // d = wp.tile_map(wp.sin, c)                                                             <L 30>
    var_18 = wp::tile_unary_map(wp::sin, var_12);
    // e = wp.tile_matmul(d, b)                                                               <L 31>
    var_19 = wp::tile_matmul(var_20, var_21, var_22, var_18, var_9, var_19, var_23, var_24);
    // wp.tile_store(C, e)                                                                    <L 32>
    // wp::tile_store<wp::float32, true, false>(var_C, var_25, var_26, var_19);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_25, var_26, var_19, adj_C, adj_25, adj_26, adj_19);
    // adj: wp.tile_store(C, e)                                                               <L 32>
    wp::adj_tile_matmul(var_20, var_21, var_22, var_18, var_9, var_19, var_23, var_24, adj_20, adj_21, adj_22, adj_18, adj_9, adj_19, adj_23, adj_24, adj_19);
    // adj: e = wp.tile_matmul(d, b)                                                          <L 31>
    wp::adj_tile_unary_map(wp::sin, var_12, wp::adj_sin, adj_12, adj_18);
    // adj: d = wp.tile_map(wp.sin, c)                                                        <L 30>
    wp::adj_tile_matmul(var_13, var_14, var_15, var_3, var_9, var_12, var_16, var_17, adj_13, adj_14, adj_15, adj_3, adj_9, adj_12, adj_16, adj_17, adj_12);
    // adj: c = wp.tile_matmul(a, b)                                                          <L 29>
    wp::adj_tile_load(var_B, var_10, var_11, adj_B, adj_10, adj_11, adj_9);
    // adj: b = wp.tile_load(B, shape=(8, 8))                                                 <L 28>
    wp::adj_tile_load(var_A, var_4, var_5, adj_A, adj_4, adj_5, adj_3);
    // adj: a = wp.tile_load(A, shape=(8, 8))                                                 <L 27>
    // adj: def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void product_0b2e090b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_product_0b2e090b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        product_0b2e090b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void product_0b2e090b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_product_0b2e090b *_wp_args,
    wp_args_product_0b2e090b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        product_0b2e090b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

