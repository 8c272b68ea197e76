
#define WP_TILE_BLOCK_DIM 1
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


// corpus/924_tile_ops_block_dim1.py:13
static CUDA_CALLABLE wp::float32 add_one_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // forward
    // def add_one(x: float) -> float:                                                        <L 14>
    // return x + 1.0                                                                         <L 15>
    var_1 = wp::add(var_x, var_0);
    return var_1;
}


// corpus/924_tile_ops_block_dim1.py:18
static CUDA_CALLABLE wp::float32 blend_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def blend(x: float, y: float) -> float:                                                <L 19>
    // return 0.5 * x + y                                                                     <L 20>
    var_1 = wp::mul(var_0, var_x);
    var_2 = wp::add(var_1, var_y);
    return var_2;
}


// corpus/924_tile_ops_block_dim1.py:13
static CUDA_CALLABLE void adj_add_one_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def add_one(x: float) -> float:                                                        <L 14>
    // return x + 1.0                                                                         <L 15>
    var_1 = wp::add(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x + 1.0                                                                    <L 15>
    // adj: def add_one(x: float) -> float:                                                   <L 14>
    return;
}


// corpus/924_tile_ops_block_dim1.py:18
static CUDA_CALLABLE void adj_blend_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def blend(x: float, y: float) -> float:                                                <L 19>
    // return 0.5 * x + y                                                                     <L 20>
    var_1 = wp::mul(var_0, var_x);
    var_2 = wp::add(var_1, var_y);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_1, var_y, adj_1, adj_y, adj_2);
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return 0.5 * x + y                                                                <L 20>
    // adj: def blend(x: float, y: float) -> float:                                           <L 19>
    return;
}



extern "C" __global__ void arith_f07d1e87_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tuple_t<wp::int32> var_5;
        const wp::float32 var_6 = 1.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_9 = 0;
        const wp::float32 var_10 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_14 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_16 = 3.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::int32 var_19;
        //---------
        // forward
        // def arith(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=N, offset=i * N)                                             <L 26>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // u = wp.tile_ones(shape=N, dtype=float)                                                 <L 27>
        var_4 = wp::tile_ones<float, 16>();
        // f = wp.tile_full(shape=(N,), value=1.5, dtype=float)                                   <L 28>
        var_5 = wp::tuple(var_1);
        var_7 = wp::tile_full<float, 16>(var_6);
        // r = wp.tile_arange(N, dtype=float)                                                     <L 29>
        var_8 = wp::tile_arange<wp::float32, 16>(var_9, var_1, var_10);
        // x = t + u - f                                                                          <L 30>
        var_11 = wp::tile_add(var_3, var_4);
        var_12 = wp::tile_sub(var_11, var_7);
        // y = -x * 2.0                                                                           <L 31>
        var_13 = wp::tile_neg(var_12);
        var_15 = wp::tile_mul(var_13, var_14);
        // z = 3.0 * y + r                                                                        <L 32>
        var_17 = wp::tile_mul(var_16, var_15);
        var_18 = wp::tile_add(var_17, var_8);
        // z += t                                                                                 <L 33>
        wp::tile_add_inplace(var_18, var_3);
        // z -= u                                                                                 <L 34>
        wp::tile_sub_inplace(var_18, var_4);
        // wp.tile_store(out, z, offset=i * N)                                                    <L 35>
        var_19 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true>(var_out, var_19, var_18);
    }
}



extern "C" __global__ void arith_f07d1e87_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tuple_t<wp::int32> var_5;
        const wp::float32 var_6 = 1.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_9 = 0;
        const wp::float32 var_10 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_14 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::float32 var_16 = 3.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::int32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4(0.0);
        wp::tuple_t<wp::int32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8(0.0);
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_13(0.0);
        wp::float32 adj_14 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_15(0.0);
        wp::float32 adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18(0.0);
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def arith(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=N, offset=i * N)                                             <L 26>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // u = wp.tile_ones(shape=N, dtype=float)                                                 <L 27>
        var_4 = wp::tile_ones<float, 16>();
        // f = wp.tile_full(shape=(N,), value=1.5, dtype=float)                                   <L 28>
        var_5 = wp::tuple(var_1);
        var_7 = wp::tile_full<float, 16>(var_6);
        // r = wp.tile_arange(N, dtype=float)                                                     <L 29>
        var_8 = wp::tile_arange<wp::float32, 16>(var_9, var_1, var_10);
        // x = t + u - f                                                                          <L 30>
        var_11 = wp::tile_add(var_3, var_4);
        var_12 = wp::tile_sub(var_11, var_7);
        // y = -x * 2.0                                                                           <L 31>
        var_13 = wp::tile_neg(var_12);
        var_15 = wp::tile_mul(var_13, var_14);
        // z = 3.0 * y + r                                                                        <L 32>
        var_17 = wp::tile_mul(var_16, var_15);
        var_18 = wp::tile_add(var_17, var_8);
        // z += t                                                                                 <L 33>
        wp::tile_add_inplace(var_18, var_3);
        // z -= u                                                                                 <L 34>
        wp::tile_sub_inplace(var_18, var_4);
        // wp.tile_store(out, z, offset=i * N)                                                    <L 35>
        var_19 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true>(var_out, var_19, var_18);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_19, var_18, adj_out, adj_19, adj_18);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_19);
        // adj: wp.tile_store(out, z, offset=i * N)                                               <L 35>
        wp::adj_tile_sub_inplace(var_18, var_4, adj_18, adj_4);
        // adj: z -= u                                                                            <L 34>
        wp::adj_tile_add_inplace(var_18, var_3, adj_18, adj_3);
        // adj: z += t                                                                            <L 33>
        wp::adj_tile_add(var_17, var_8, adj_17, adj_8, adj_18);
        wp::adj_tile_mul(var_16, var_15, adj_16, adj_15, adj_17);
        // adj: z = 3.0 * y + r                                                                   <L 32>
        wp::adj_tile_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_tile_neg(var_12, adj_12, adj_13);
        // adj: y = -x * 2.0                                                                      <L 31>
        wp::adj_tile_sub(var_11, var_7, adj_11, adj_7, adj_12);
        wp::adj_tile_add(var_3, var_4, adj_3, adj_4, adj_11);
        // adj: x = t + u - f                                                                     <L 30>
        // adj: r = wp.tile_arange(N, dtype=float)                                                <L 29>
        // adj: f = wp.tile_full(shape=(N,), value=1.5, dtype=float)                              <L 28>
        // adj: u = wp.tile_ones(shape=N, dtype=float)                                            <L 27>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=N, offset=i * N)                                        <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def arith(a: wp.array(dtype=float), out: wp.array(dtype=float)):                  <L 24>
        continue;
    }
}



extern "C" __global__ void elements_502e6a5c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 2;
        wp::float32 var_9;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_14 = nullptr;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 5;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_21 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 3;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 4;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_29 = 4;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def elements(a: wp.array2d(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(4, N))                                                      <L 41>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_5, var_6);
        // e = t[1, 2]                                                                            <L 42>
        var_9 = wp::tile_extract(var_4, var_7, var_8);
        // f = t[3, 0]                                                                            <L 43>
        var_12 = wp::tile_extract(var_4, var_10, var_11);
        // row = t[2]                                                                             <L 44>
        var_14 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_4, var_13, var_15);
        // g = row[5]                                                                             <L 45>
        var_17 = wp::tile_extract(var_14, var_16);
        // h = wp.tile_extract(t, 0, 1)                                                           <L 46>
        var_20 = wp::tile_extract(var_4, var_18, var_19);
        // w = wp.tile_load(v, shape=N)                                                           <L 47>
        var_21 = wp::tile_load<wp::vec_t<3, wp::float32>, true, 16>(var_v, var_22);
        // p = w[3]                                                                               <L 48>
        var_24 = wp::tile_extract(var_21, var_23);
        // q = w[4, 1]                                                                            <L 49>
        var_27 = wp::tile_extract(var_21, var_25, var_26);
        // s = wp.tile_sum(row)                                                                   <L 50>
        var_28 = wp::tile_sum(var_14);
        // n = len(t)                                                                             <L 51>
        // t[1, 1] += e                                                                           <L 52>
        wp::tile_add_inplace(var_4, var_30, var_31, var_9);
        // t[0, 2] -= f                                                                           <L 53>
        wp::tile_sub_inplace(var_4, var_32, var_33, var_12);
        // out[i] = e + f + g + h + p[0] + q + float(n)                                           <L 54>
        var_34 = wp::add(var_9, var_12);
        var_35 = wp::add(var_34, var_17);
        var_36 = wp::add(var_35, var_20);
        var_38 = wp::extract(var_24, var_37);
        var_39 = wp::add(var_36, var_38);
        var_40 = wp::add(var_39, var_27);
        var_41 = wp::float(var_29);
        var_42 = wp::add(var_40, var_41);
        wp::array_store(var_out, var_0, var_42);
    }
}



extern "C" __global__ void elements_502e6a5c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 2;
        wp::float32 var_9;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_14 = nullptr;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 5;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_21 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 3;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 4;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_29 = 4;
        const wp::int32 var_30 = 1;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 2;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true>& adj_4 = var_4;
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_14 = var_14;
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_21 = var_21;
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_28(0.0);
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        //---------
        // forward
        // def elements(a: wp.array2d(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 39>
        // i = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(4, N))                                                      <L 41>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, 4, 16>(var_a, var_5, var_6);
        // e = t[1, 2]                                                                            <L 42>
        var_9 = wp::tile_extract(var_4, var_7, var_8);
        // f = t[3, 0]                                                                            <L 43>
        var_12 = wp::tile_extract(var_4, var_10, var_11);
        // row = t[2]                                                                             <L 44>
        var_14 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_4, var_13, var_15);
        // g = row[5]                                                                             <L 45>
        var_17 = wp::tile_extract(var_14, var_16);
        // h = wp.tile_extract(t, 0, 1)                                                           <L 46>
        var_20 = wp::tile_extract(var_4, var_18, var_19);
        // w = wp.tile_load(v, shape=N)                                                           <L 47>
        var_21 = wp::tile_load<wp::vec_t<3, wp::float32>, true, 16>(var_v, var_22);
        // p = w[3]                                                                               <L 48>
        var_24 = wp::tile_extract(var_21, var_23);
        // q = w[4, 1]                                                                            <L 49>
        var_27 = wp::tile_extract(var_21, var_25, var_26);
        // s = wp.tile_sum(row)                                                                   <L 50>
        var_28 = wp::tile_sum(var_14);
        // n = len(t)                                                                             <L 51>
        // t[1, 1] += e                                                                           <L 52>
        wp::tile_add_inplace(var_4, var_30, var_31, var_9);
        // t[0, 2] -= f                                                                           <L 53>
        wp::tile_sub_inplace(var_4, var_32, var_33, var_12);
        // out[i] = e + f + g + h + p[0] + q + float(n)                                           <L 54>
        var_34 = wp::add(var_9, var_12);
        var_35 = wp::add(var_34, var_17);
        var_36 = wp::add(var_35, var_20);
        var_38 = wp::extract(var_24, var_37);
        var_39 = wp::add(var_36, var_38);
        var_40 = wp::add(var_39, var_27);
        var_41 = wp::float(var_29);
        var_42 = wp::add(var_40, var_41);
        // wp::array_store(var_out, var_0, var_42);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_42, adj_out, adj_0, adj_42);
        wp::adj_add(var_40, var_41, adj_40, adj_41, adj_42);
        wp::adj_float(var_29, adj_29, adj_41);
        wp::adj_add(var_39, var_27, adj_39, adj_27, adj_40);
        wp::adj_add(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_extract(var_24, var_37, adj_24, adj_37, adj_38);
        wp::adj_add(var_35, var_20, adj_35, adj_20, adj_36);
        wp::adj_add(var_34, var_17, adj_34, adj_17, adj_35);
        wp::adj_add(var_9, var_12, adj_9, adj_12, adj_34);
        // adj: out[i] = e + f + g + h + p[0] + q + float(n)                                      <L 54>
        wp::adj_tile_sub_inplace(var_4, var_32, var_33, var_12, adj_4, adj_32, adj_33, adj_12);
        // adj: t[0, 2] -= f                                                                      <L 53>
        wp::adj_tile_add_inplace(var_4, var_30, var_31, var_9, adj_4, adj_30, adj_31, adj_9);
        // adj: t[1, 1] += e                                                                      <L 52>
        // adj: n = len(t)                                                                        <L 51>
        wp::adj_tile_sum(var_14, adj_14, adj_28);
        // adj: s = wp.tile_sum(row)                                                              <L 50>
        wp::adj_tile_extract(var_21, var_25, var_26, adj_21, adj_25, adj_26, adj_27);
        // adj: q = w[4, 1]                                                                       <L 49>
        wp::adj_tile_extract(var_21, var_23, adj_21, adj_23, adj_24);
        // adj: p = w[3]                                                                          <L 48>
        wp::adj_tile_load(var_v, var_22, adj_v, adj_22, adj_21);
        // adj: w = wp.tile_load(v, shape=N)                                                      <L 47>
        wp::adj_tile_extract(var_4, var_18, var_19, adj_4, adj_18, adj_19, adj_20);
        // adj: h = wp.tile_extract(t, 0, 1)                                                      <L 46>
        wp::adj_tile_extract(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: g = row[5]                                                                        <L 45>
        // adj: row = t[2]                                                                        <L 44>
        wp::adj_tile_extract(var_4, var_10, var_11, adj_4, adj_10, adj_11, adj_12);
        // adj: f = t[3, 0]                                                                       <L 43>
        wp::adj_tile_extract(var_4, var_7, var_8, adj_4, adj_7, adj_8, adj_9);
        // adj: e = t[1, 2]                                                                       <L 42>
        wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_4);
        // adj: t = wp.tile_load(a, shape=(4, N))                                                 <L 41>
        // adj: i = wp.tid()                                                                      <L 40>
        // adj: def elements(a: wp.array2d(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 39>
        continue;
    }
}



extern "C" __global__ void reductions_51cc1671_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_idx)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_7 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_9 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_13 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_16 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_21 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_23 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_25 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 1;
        //---------
        // forward
        // def reductions(a: wp.array2d(dtype=float), out: wp.array(dtype=float), idx: wp.array(dtype=int)):       <L 58>
        // t = wp.tile_load(a, shape=(8, N))                                                      <L 59>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 8, 16>(var_a, var_4, var_5);
        // s = wp.tile_sum(t)                                                                     <L 60>
        var_6 = wp::tile_sum(var_3);
        // s0 = wp.tile_sum(t, axis=0)                                                            <L 61>
        var_8 = wp::tile_sum<0>(var_3);
        // s1 = wp.tile_sum(t, axis=1)                                                            <L 62>
        var_10 = wp::tile_sum<1>(var_3);
        // lo = wp.tile_min(t)                                                                    <L 63>
        var_11 = wp::tile_min(var_3);
        // hi = wp.tile_max(t)                                                                    <L 64>
        var_12 = wp::tile_max(var_3);
        // alo = wp.tile_argmin(t)                                                                <L 65>
        var_13 = wp::tile_argmin(var_3);
        // ahi = wp.tile_argmax(t)                                                                <L 66>
        var_14 = wp::tile_argmax(var_3);
        // r = wp.tile_reduce(wp.add, t)                                                          <L 67>
        var_15 = wp::tile_reduce(wp::add, var_3);
        // rm = wp.tile_reduce(wp.max, t, axis=1)                                                 <L 68>
        var_17 = wp::tile_reduce_axis(wp::max, var_3, var_16);
        // c = wp.tile_scan_inclusive(s0)                                                         <L 69>
        var_18 = wp::tile_scan_inclusive(var_8);
        // e = wp.tile_scan_exclusive(s0)                                                         <L 70>
        var_19 = wp::tile_scan_exclusive(var_8);
        // wp.tile_store(out, c + e)                                                              <L 71>
        var_20 = wp::tile_add(var_18, var_19);
        wp::tile_store<wp::float32, true>(var_out, var_21, var_20);
        // wp.tile_store(out, s1 + rm)                                                            <L 72>
        var_22 = wp::tile_add(var_10, var_17);
        wp::tile_store<wp::float32, true>(var_out, var_23, var_22);
        // wp.tile_atomic_add(out, s + lo + hi + r)                                               <L 73>
        var_24 = wp::tile_add(var_6, var_11);
        var_25 = wp::tile_add(var_24, var_12);
        var_26 = wp::tile_add(var_25, var_15);
        var_27 = wp::tile_atomic_add<wp::float32, true>(var_out, var_28, var_26);
        // wp.tile_store(idx, alo)                                                                <L 74>
        wp::tile_store<wp::int32, true>(var_idx, var_29, var_13);
        // wp.tile_store(idx, ahi, offset=1)                                                      <L 75>
        wp::tile_store<wp::int32, true>(var_idx, var_30, var_14);
    }
}



extern "C" __global__ void reductions_51cc1671_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> var_idx,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::int32> adj_idx)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_7 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_9 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_13 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_16 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_21 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>(0.0);
        const wp::int32 var_23 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_25 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_6(0.0);
        wp::int32 adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8(0.0);
        wp::int32 adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_10(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_11(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_12(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_13(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_14(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_15(0.0);
        wp::int32 adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_17(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_20(0.0);
        wp::int32 adj_21 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_22(0.0);
        wp::int32 adj_23 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_24(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_25(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_26(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_27(0.0);
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def reductions(a: wp.array2d(dtype=float), out: wp.array(dtype=float), idx: wp.array(dtype=int)):       <L 58>
        // t = wp.tile_load(a, shape=(8, N))                                                      <L 59>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 8, 16>(var_a, var_4, var_5);
        // s = wp.tile_sum(t)                                                                     <L 60>
        var_6 = wp::tile_sum(var_3);
        // s0 = wp.tile_sum(t, axis=0)                                                            <L 61>
        var_8 = wp::tile_sum<0>(var_3);
        // s1 = wp.tile_sum(t, axis=1)                                                            <L 62>
        var_10 = wp::tile_sum<1>(var_3);
        // lo = wp.tile_min(t)                                                                    <L 63>
        var_11 = wp::tile_min(var_3);
        // hi = wp.tile_max(t)                                                                    <L 64>
        var_12 = wp::tile_max(var_3);
        // alo = wp.tile_argmin(t)                                                                <L 65>
        var_13 = wp::tile_argmin(var_3);
        // ahi = wp.tile_argmax(t)                                                                <L 66>
        var_14 = wp::tile_argmax(var_3);
        // r = wp.tile_reduce(wp.add, t)                                                          <L 67>
        var_15 = wp::tile_reduce(wp::add, var_3);
        // rm = wp.tile_reduce(wp.max, t, axis=1)                                                 <L 68>
        var_17 = wp::tile_reduce_axis(wp::max, var_3, var_16);
        // c = wp.tile_scan_inclusive(s0)                                                         <L 69>
        var_18 = wp::tile_scan_inclusive(var_8);
        // e = wp.tile_scan_exclusive(s0)                                                         <L 70>
        var_19 = wp::tile_scan_exclusive(var_8);
        // wp.tile_store(out, c + e)                                                              <L 71>
        var_20 = wp::tile_add(var_18, var_19);
        // wp::tile_store<wp::float32, true>(var_out, var_21, var_20);
        // wp.tile_store(out, s1 + rm)                                                            <L 72>
        var_22 = wp::tile_add(var_10, var_17);
        // wp::tile_store<wp::float32, true>(var_out, var_23, var_22);
        // wp.tile_atomic_add(out, s + lo + hi + r)                                               <L 73>
        var_24 = wp::tile_add(var_6, var_11);
        var_25 = wp::tile_add(var_24, var_12);
        var_26 = wp::tile_add(var_25, var_15);
        // var_27 = wp::tile_atomic_add<wp::float32, true>(var_out, var_28, var_26);
        // wp.tile_store(idx, alo)                                                                <L 74>
        // wp::tile_store<wp::int32, true>(var_idx, var_29, var_13);
        // wp.tile_store(idx, ahi, offset=1)                                                      <L 75>
        // wp::tile_store<wp::int32, true>(var_idx, var_30, var_14);
        //---------
        // reverse
        wp::adj_tile_store(var_idx, var_30, var_14, adj_idx, adj_30, adj_14);
        // adj: wp.tile_store(idx, ahi, offset=1)                                                 <L 75>
        wp::adj_tile_store(var_idx, var_29, var_13, adj_idx, adj_29, adj_13);
        // adj: wp.tile_store(idx, alo)                                                           <L 74>
        wp::adj_tile_atomic_add(var_out, var_28, var_26, adj_out, adj_28, adj_26, adj_27);
        wp::adj_tile_add(var_25, var_15, adj_25, adj_15, adj_26);
        wp::adj_tile_add(var_24, var_12, adj_24, adj_12, adj_25);
        wp::adj_tile_add(var_6, var_11, adj_6, adj_11, adj_24);
        // adj: wp.tile_atomic_add(out, s + lo + hi + r)                                          <L 73>
        wp::adj_tile_store(var_out, var_23, var_22, adj_out, adj_23, adj_22);
        wp::adj_tile_add(var_10, var_17, adj_10, adj_17, adj_22);
        // adj: wp.tile_store(out, s1 + rm)                                                       <L 72>
        wp::adj_tile_store(var_out, var_21, var_20, adj_out, adj_21, adj_20);
        wp::adj_tile_add(var_18, var_19, adj_18, adj_19, adj_20);
        // adj: wp.tile_store(out, c + e)                                                         <L 71>
        // adj: e = wp.tile_scan_exclusive(s0)                                                    <L 70>
        // adj: c = wp.tile_scan_inclusive(s0)                                                    <L 69>
        // adj: rm = wp.tile_reduce(wp.max, t, axis=1)                                            <L 68>
        // adj: r = wp.tile_reduce(wp.add, t)                                                     <L 67>
        // adj: ahi = wp.tile_argmax(t)                                                           <L 66>
        // adj: alo = wp.tile_argmin(t)                                                           <L 65>
        // adj: hi = wp.tile_max(t)                                                               <L 64>
        // adj: lo = wp.tile_min(t)                                                               <L 63>
        wp::adj_tile_sum(var_3, adj_3, adj_10);
        // adj: s1 = wp.tile_sum(t, axis=1)                                                       <L 62>
        wp::adj_tile_sum(var_3, adj_3, adj_8);
        // adj: s0 = wp.tile_sum(t, axis=0)                                                       <L 61>
        wp::adj_tile_sum(var_3, adj_3, adj_6);
        // adj: s = wp.tile_sum(t)                                                                <L 60>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: t = wp.tile_load(a, shape=(8, N))                                                 <L 59>
        // adj: def reductions(a: wp.array2d(dtype=float), out: wp.array(dtype=float), idx: wp.array(dtype=int)):  <L 58>
        continue;
    }
}



extern "C" __global__ void maps_8661ae53_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_13 = 0;
        //---------
        // forward
        // def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 79>
        // t = wp.tile_load(a, shape=N)                                                           <L 80>
        var_1 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // s = wp.tile_map(wp.sin, t)                                                             <L 81>
        var_3 = wp::tile_unary_map(wp::sin, var_1, var_4);
        // p = wp.tile_map(add_one, s)                                                            <L 82>
        var_5 = wp::tile_unary_map(add_one_0, var_3, var_6);
        // q = wp.tile_map(wp.add, p, s)                                                          <L 83>
        var_7 = wp::tile_binary_map(wp::add, var_5, var_3, var_8);
        // b = wp.tile_map(blend, q, t)                                                           <L 84>
        var_9 = wp::tile_binary_map(blend_0, var_7, var_1, var_10);
        // m = wp.tile_map(wp.min, b, t)                                                          <L 85>
        var_11 = wp::tile_binary_map(wp::min, var_9, var_1, var_12);
        // wp.tile_store(out, m)                                                                  <L 86>
        wp::tile_store<wp::float32, true>(var_out, var_13, var_11);
    }
}



extern "C" __global__ void maps_8661ae53_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_13 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1(0.0);
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12(0.0);
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                        <L 79>
        // t = wp.tile_load(a, shape=N)                                                           <L 80>
        var_1 = wp::tile_load<wp::float32, true, 16>(var_a, var_2);
        // s = wp.tile_map(wp.sin, t)                                                             <L 81>
        var_3 = wp::tile_unary_map(wp::sin, var_1, var_4);
        // p = wp.tile_map(add_one, s)                                                            <L 82>
        var_5 = wp::tile_unary_map(add_one_0, var_3, var_6);
        // q = wp.tile_map(wp.add, p, s)                                                          <L 83>
        var_7 = wp::tile_binary_map(wp::add, var_5, var_3, var_8);
        // b = wp.tile_map(blend, q, t)                                                           <L 84>
        var_9 = wp::tile_binary_map(blend_0, var_7, var_1, var_10);
        // m = wp.tile_map(wp.min, b, t)                                                          <L 85>
        var_11 = wp::tile_binary_map(wp::min, var_9, var_1, var_12);
        // wp.tile_store(out, m)                                                                  <L 86>
        // wp::tile_store<wp::float32, true>(var_out, var_13, var_11);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_13, var_11, adj_out, adj_13, adj_11);
        // adj: wp.tile_store(out, m)                                                             <L 86>
        wp::adj_tile_binary_map(wp::min, var_9, var_1, var_12, wp::adj_min, adj_9, adj_1, adj_12, adj_11);
        // adj: m = wp.tile_map(wp.min, b, t)                                                     <L 85>
        wp::adj_tile_binary_map(blend_0, var_7, var_1, var_10, adj_blend_0, adj_7, adj_1, adj_10, adj_9);
        // adj: b = wp.tile_map(blend, q, t)                                                      <L 84>
        wp::adj_tile_binary_map(wp::add, var_5, var_3, var_8, wp::adj_add, adj_5, adj_3, adj_8, adj_7);
        // adj: q = wp.tile_map(wp.add, p, s)                                                     <L 83>
        wp::adj_tile_unary_map(add_one_0, var_3, var_6, adj_add_one_0, adj_3, adj_6, adj_5);
        // adj: p = wp.tile_map(add_one, s)                                                       <L 82>
        wp::adj_tile_unary_map(wp::sin, var_1, var_4, wp::adj_sin, adj_1, adj_4, adj_3);
        // adj: s = wp.tile_map(wp.sin, t)                                                        <L 81>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=N)                                                      <L 80>
        // adj: def maps(a: wp.array(dtype=float), out: wp.array(dtype=float)):                   <L 79>
        continue;
    }
}



extern "C" __global__ void layouts_77d3ac01_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float64> var_out)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_6 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_8 = 4;
        const wp::int32 var_9 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<0,0>>, false> var_11 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_13 = 4;
        const wp::int32 var_14 = 1;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,1>, wp::tile_stride_t<1,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,1>,wp::tile_stride_t<1,1>,false>();
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 4;
        const wp::int32 var_20 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,0>>, false> var_22 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_24 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        //---------
        // forward
        // def layouts(a: wp.array2d(dtype=float), out: wp.array2d(dtype=wp.float64)):            <L 90>
        // t = wp.tile_load(a, shape=(8, 4))                                                      <L 91>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 8, 4>(var_a, var_4, var_5);
        // tt = wp.tile_transpose(t)                                                              <L 92>
        var_6 = wp::tile_transpose(var_3);
        // s = wp.tile_sum(tt)                                                                    <L 93>
        var_7 = wp::tile_sum(var_6);
        // b = wp.tile_broadcast(s, shape=(4, 8))                                                 <L 94>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_broadcast<4, 8, 0, 0>(var_7);
        // c = tt + b                                                                             <L 95>
        var_12 = wp::tile_add(var_6, var_11);
        // col = wp.tile_load(a, shape=(4, 1))                                                    <L 96>
        var_15 = wp::tuple(var_13, var_14);
        var_16 = wp::tile_load<wp::float32, true, 4, 1>(var_a, var_17, var_18);
        // d = wp.tile_broadcast(col, shape=(4, 8))                                               <L 97>
        var_21 = wp::tuple(var_19, var_20);
        var_22 = wp::tile_broadcast<4, 8, 1, 0>(var_16);
        // e = wp.tile_astype(c + d, dtype=wp.float64)                                            <L 98>
        var_23 = wp::tile_add(var_12, var_22);
        var_24 = wp::tile_astype<wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>>(var_23);
        // wp.tile_store(out, e)                                                                  <L 99>
        wp::tile_store<wp::float64, true>(var_out, var_25, var_26, var_24);
    }
}



extern "C" __global__ void layouts_77d3ac01_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float64> adj_out)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_6 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_8 = 4;
        const wp::int32 var_9 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<0,0>>, false> var_11 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_13 = 4;
        const wp::int32 var_14 = 1;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,1>, wp::tile_stride_t<1,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,1>,wp::tile_stride_t<1,1>,true>();
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 4;
        const wp::int32 var_20 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,0>>, false> var_22 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_24 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>(0.0);
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_6 = var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<0,0>>, false>& adj_11 = var_11;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_12(0.0);
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,1>, wp::tile_stride_t<1,1>>, true>& adj_16 = var_16;
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,0>>, false>& adj_22 = var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_23(0.0);
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_24(0.0);
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def layouts(a: wp.array2d(dtype=float), out: wp.array2d(dtype=wp.float64)):            <L 90>
        // t = wp.tile_load(a, shape=(8, 4))                                                      <L 91>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, 8, 4>(var_a, var_4, var_5);
        // tt = wp.tile_transpose(t)                                                              <L 92>
        var_6 = wp::tile_transpose(var_3);
        // s = wp.tile_sum(tt)                                                                    <L 93>
        var_7 = wp::tile_sum(var_6);
        // b = wp.tile_broadcast(s, shape=(4, 8))                                                 <L 94>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_broadcast<4, 8, 0, 0>(var_7);
        // c = tt + b                                                                             <L 95>
        var_12 = wp::tile_add(var_6, var_11);
        // col = wp.tile_load(a, shape=(4, 1))                                                    <L 96>
        var_15 = wp::tuple(var_13, var_14);
        var_16 = wp::tile_load<wp::float32, true, 4, 1>(var_a, var_17, var_18);
        // d = wp.tile_broadcast(col, shape=(4, 8))                                               <L 97>
        var_21 = wp::tuple(var_19, var_20);
        var_22 = wp::tile_broadcast<4, 8, 1, 0>(var_16);
        // e = wp.tile_astype(c + d, dtype=wp.float64)                                            <L 98>
        var_23 = wp::tile_add(var_12, var_22);
        var_24 = wp::tile_astype<wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>>(var_23);
        // wp.tile_store(out, e)                                                                  <L 99>
        // wp::tile_store<wp::float64, true>(var_out, var_25, var_26, var_24);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_25, var_26, var_24, adj_out, adj_25, adj_26, adj_24);
        // adj: wp.tile_store(out, e)                                                             <L 99>
        wp::adj_tile_astype(var_23, adj_23, adj_24);
        wp::adj_tile_add(var_12, var_22, adj_12, adj_22, adj_23);
        // adj: e = wp.tile_astype(c + d, dtype=wp.float64)                                       <L 98>
        wp::adj_tile_broadcast(var_16, adj_16, adj_22);
        // adj: d = wp.tile_broadcast(col, shape=(4, 8))                                          <L 97>
        wp::adj_tile_load(var_a, var_17, var_18, adj_a, adj_17, adj_18, adj_16);
        // adj: col = wp.tile_load(a, shape=(4, 1))                                               <L 96>
        wp::adj_tile_add(var_6, var_11, adj_6, adj_11, adj_12);
        // adj: c = tt + b                                                                        <L 95>
        wp::adj_tile_broadcast(var_7, adj_7, adj_11);
        // adj: b = wp.tile_broadcast(s, shape=(4, 8))                                            <L 94>
        wp::adj_tile_sum(var_6, adj_6, adj_7);
        // adj: s = wp.tile_sum(tt)                                                               <L 93>
        wp::adj_tile_transpose(var_3, adj_3, adj_6);
        // adj: tt = wp.tile_transpose(t)                                                         <L 92>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: t = wp.tile_load(a, shape=(8, 4))                                                 <L 91>
        // adj: def layouts(a: wp.array2d(dtype=float), out: wp.array2d(dtype=wp.float64)):       <L 90>
        continue;
    }
}



extern "C" __global__ void bitwise_cc854596_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_out)
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 32;
        const wp::int32 var_6 = 2;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_11 = 5;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 3;
        const wp::int32 var_15 = 0;
        //---------
        // forward
        // def bitwise(a: wp.array(dtype=int), out: wp.array(dtype=int)):                         <L 103>
        // t = wp.tile_load(a, shape=N, storage="shared")                                         <L 104>
        var_2 = wp::tile_load<wp::int32, true, 16>(var_a, var_3);
        // u = wp.tile_arange(0, 32, 2, dtype=int)                                                <L 105>
        var_7 = wp::tile_arange<wp::int32, 16>(var_4, var_5, var_6);
        // t &= u                                                                                 <L 106>
        wp::tile_bit_and_inplace(var_2, var_7);
        // t |= u                                                                                 <L 107>
        wp::tile_bit_or_inplace(var_2, var_7);
        // t ^= u                                                                                 <L 108>
        wp::tile_bit_xor_inplace(var_2, var_7);
        // v = (t & u) | (t ^ u)                                                                  <L 109>
        var_8 = wp::tile_bit_and(var_2, var_7);
        var_9 = wp::tile_bit_xor(var_2, var_7);
        var_10 = wp::tile_bit_or(var_8, var_9);
        // t[2] += 5                                                                              <L 110>
        wp::tile_add_inplace(var_2, var_12, var_11);
        // t[3] -= 1                                                                              <L 111>
        wp::tile_sub_inplace(var_2, var_14, var_13);
        // wp.tile_store(out, v)                                                                  <L 112>
        wp::tile_store<wp::int32, true>(var_out, var_15, var_10);
    }
}



extern "C" __global__ void bitwise_cc854596_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_out)
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 32;
        const wp::int32 var_6 = 2;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_11 = 5;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 3;
        const wp::int32 var_15 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::str adj_1 = {};
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_2 = var_2;
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9(0.0);
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10(0.0);
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def bitwise(a: wp.array(dtype=int), out: wp.array(dtype=int)):                         <L 103>
        // t = wp.tile_load(a, shape=N, storage="shared")                                         <L 104>
        var_2 = wp::tile_load<wp::int32, true, 16>(var_a, var_3);
        // u = wp.tile_arange(0, 32, 2, dtype=int)                                                <L 105>
        var_7 = wp::tile_arange<wp::int32, 16>(var_4, var_5, var_6);
        // t &= u                                                                                 <L 106>
        wp::tile_bit_and_inplace(var_2, var_7);
        // t |= u                                                                                 <L 107>
        wp::tile_bit_or_inplace(var_2, var_7);
        // t ^= u                                                                                 <L 108>
        wp::tile_bit_xor_inplace(var_2, var_7);
        // v = (t & u) | (t ^ u)                                                                  <L 109>
        var_8 = wp::tile_bit_and(var_2, var_7);
        var_9 = wp::tile_bit_xor(var_2, var_7);
        var_10 = wp::tile_bit_or(var_8, var_9);
        // t[2] += 5                                                                              <L 110>
        wp::tile_add_inplace(var_2, var_12, var_11);
        // t[3] -= 1                                                                              <L 111>
        wp::tile_sub_inplace(var_2, var_14, var_13);
        // wp.tile_store(out, v)                                                                  <L 112>
        // wp::tile_store<wp::int32, true>(var_out, var_15, var_10);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_15, var_10, adj_out, adj_15, adj_10);
        // adj: wp.tile_store(out, v)                                                             <L 112>
        wp::adj_tile_sub_inplace(var_2, var_14, var_13, adj_2, adj_14, adj_13);
        // adj: t[3] -= 1                                                                         <L 111>
        wp::adj_tile_add_inplace(var_2, var_12, var_11, adj_2, adj_12, adj_11);
        // adj: t[2] += 5                                                                         <L 110>
        // adj: v = (t & u) | (t ^ u)                                                             <L 109>
        // adj: t ^= u                                                                            <L 108>
        // adj: t |= u                                                                            <L 107>
        // adj: t &= u                                                                            <L 106>
        // adj: u = wp.tile_arange(0, 32, 2, dtype=int)                                           <L 105>
        wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
        // adj: t = wp.tile_load(a, shape=N, storage="shared")                                    <L 104>
        // adj: def bitwise(a: wp.array(dtype=int), out: wp.array(dtype=int)):                    <L 103>
        continue;
    }
}



extern "C" __global__ void threads_96909be1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,1>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,1>>>(0.0);
        const wp::float32 var_10 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def threads(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 116>
        // i = wp.tid()                                                                           <L 117>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 118>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t = wp.tile(x)                                                                         <L 119>
        var_4 = wp::tile<wp::float32>(var_2);
        // s = wp.tile_sum(t)                                                                     <L 120>
        var_5 = wp::tile_sum(var_4);
        // vi = v[i]                                                                              <L 121>
        var_6 = wp::address(var_v, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // w = wp.tile(vi)                                                                        <L 122>
        var_9 = wp::tile<wp::float32, 3>(var_7);
        // y = wp.untile(t * 2.0)                                                                 <L 123>
        var_11 = wp::tile_mul(var_4, var_10);
        var_12 = wp::untile(var_11);
        // u = wp.untile(w)                                                                       <L 124>
        var_13 = wp::untile(var_9);
        // out[i] = y + u[1]                                                                      <L 125>
        var_15 = wp::extract(var_13, var_14);
        var_16 = wp::add(var_12, var_15);
        wp::array_store(var_out, var_0, var_16);
    }
}



extern "C" __global__ void threads_96909be1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,1>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,1>>>(0.0);
        const wp::float32 var_10 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>(0.0);
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_5(0.0);
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,1>>> adj_9(0.0);
        wp::float32 adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_11(0.0);
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def threads(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 116>
        // i = wp.tid()                                                                           <L 117>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 118>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t = wp.tile(x)                                                                         <L 119>
        var_4 = wp::tile<wp::float32>(var_2);
        // s = wp.tile_sum(t)                                                                     <L 120>
        var_5 = wp::tile_sum(var_4);
        // vi = v[i]                                                                              <L 121>
        var_6 = wp::address(var_v, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // w = wp.tile(vi)                                                                        <L 122>
        var_9 = wp::tile<wp::float32, 3>(var_7);
        // y = wp.untile(t * 2.0)                                                                 <L 123>
        var_11 = wp::tile_mul(var_4, var_10);
        var_12 = wp::untile(var_11);
        // u = wp.untile(w)                                                                       <L 124>
        var_13 = wp::untile(var_9);
        // out[i] = y + u[1]                                                                      <L 125>
        var_15 = wp::extract(var_13, var_14);
        var_16 = wp::add(var_12, var_15);
        // wp::array_store(var_out, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
        wp::adj_add(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_extract(var_13, var_14, adj_13, adj_14, adj_15);
        // adj: out[i] = y + u[1]                                                                 <L 125>
        wp::adj_untile(var_9, adj_9, adj_13);
        // adj: u = wp.untile(w)                                                                  <L 124>
        wp::adj_untile(var_11, adj_11, adj_12);
        wp::adj_tile_mul(var_4, var_10, adj_4, adj_10, adj_11);
        // adj: y = wp.untile(t * 2.0)                                                            <L 123>
        wp::adj_tile(var_7, adj_7, adj_9);
        // adj: w = wp.tile(vi)                                                                   <L 122>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_6);
        // adj: vi = v[i]                                                                         <L 121>
        wp::adj_tile_sum(var_4, adj_4, adj_5);
        // adj: s = wp.tile_sum(t)                                                                <L 120>
        wp::adj_tile(var_2, adj_2, adj_4);
        // adj: t = wp.tile(x)                                                                    <L 119>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 118>
        // adj: i = wp.tid()                                                                      <L 117>
        // adj: def threads(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 116>
        continue;
    }
}



extern "C" __global__ void copies_e3457177_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_3 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_6 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_9 = 0;
        //---------
        // forward
        // def copies(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 129>
        // t = wp.tile_load(a, shape=N, storage="shared")                                         <L 130>
        var_2 = wp::tile_load<wp::float32, true, 16>(var_a, var_3);
        // c = t                                                                                  <L 131>
        var_4 = wp::copy(var_2);
        // r = wp.tile_load(a, shape=N)                                                           <L 132>
        var_5 = wp::tile_load<wp::float32, true, 16>(var_a, var_6);
        // d = r                                                                                  <L 133>
        var_7 = wp::copy(var_5);
        // wp.tile_store(out, c + d)                                                              <L 134>
        var_8 = wp::tile_add(var_4, var_7);
        wp::tile_store<wp::float32, true>(var_out, var_9, var_8);
    }
}



extern "C" __global__ void copies_e3457177_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_3 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_6 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>(0.0);
        const wp::int32 var_9 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::str adj_1 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_2 = var_2;
        wp::int32 adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5(0.0);
        wp::int32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7(0.0);
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8(0.0);
        wp::int32 adj_9 = {};
        //---------
        // forward
        // def copies(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 129>
        // t = wp.tile_load(a, shape=N, storage="shared")                                         <L 130>
        var_2 = wp::tile_load<wp::float32, true, 16>(var_a, var_3);
        // c = t                                                                                  <L 131>
        var_4 = wp::copy(var_2);
        // r = wp.tile_load(a, shape=N)                                                           <L 132>
        var_5 = wp::tile_load<wp::float32, true, 16>(var_a, var_6);
        // d = r                                                                                  <L 133>
        var_7 = wp::copy(var_5);
        // wp.tile_store(out, c + d)                                                              <L 134>
        var_8 = wp::tile_add(var_4, var_7);
        // wp::tile_store<wp::float32, true>(var_out, var_9, var_8);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_9, var_8, adj_out, adj_9, adj_8);
        wp::adj_tile_add(var_4, var_7, adj_4, adj_7, adj_8);
        // adj: wp.tile_store(out, c + d)                                                         <L 134>
        wp::adj_copy(var_5, adj_5, adj_7);
        // adj: d = r                                                                             <L 133>
        wp::adj_tile_load(var_a, var_6, adj_a, adj_6, adj_5);
        // adj: r = wp.tile_load(a, shape=N)                                                      <L 132>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: c = t                                                                             <L 131>
        wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
        // adj: t = wp.tile_load(a, shape=N, storage="shared")                                    <L 130>
        // adj: def copies(a: wp.array(dtype=float), out: wp.array(dtype=float)):                 <L 129>
        continue;
    }
}

