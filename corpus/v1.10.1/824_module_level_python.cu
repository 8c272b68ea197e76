
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



extern "C" __global__ void module_values_0c08103c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n)
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
        const wp::float32 var_2 = 0.5;
        const wp::float32 var_3 = 2.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 4.370249087534954;
        const wp::float32 var_9 = 0.016666666666666666;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.5707963267948966;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::vec_t<3, wp::float32> var_16 = wp::initializer_array<3,wp::float32>{0.0, -1.0, 0.25};
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const bool var_19 = true;
        const wp::int32 var_20 = 32;
        const wp::int32 var_21 = 16;
        wp::int32 var_22;
        const wp::int32 var_23 = 8;
        wp::int32 var_24;
        //---------
        // forward
        // def module_values(a: wp.array(dtype=real), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * real(SCALE * GAIN) + real(OFFSET + DT + HALF_PI)                         <L 54>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::mul(var_2, var_3);
        var_5 = wp::float32(var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::mul(var_7, var_5);
        var_10 = wp::add(var_8, var_9);
        var_12 = wp::add(var_10, var_11);
        var_13 = wp::float32(var_12);
        var_14 = wp::add(var_6, var_13);
        wp::array_store(var_a, var_0, var_14);
        // v[i] = v[i] + G                                                                        <L 55>
        var_15 = wp::address(var_v, var_0);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        wp::array_store(var_v, var_0, var_17);
        // if ORDERED:                                                                            <L 56>
        // n[i] = NX * NY + STEPS                                                                 <L 57>
        var_22 = wp::mul(var_20, var_21);
        var_24 = wp::add(var_22, var_23);
        wp::array_store(var_n, var_0, var_24);
    }
}



extern "C" __global__ void module_values_0c08103c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::int32> adj_n)
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
        const wp::float32 var_2 = 0.5;
        const wp::float32 var_3 = 2.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 4.370249087534954;
        const wp::float32 var_9 = 0.016666666666666666;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.5707963267948966;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::vec_t<3, wp::float32> var_16 = wp::initializer_array<3,wp::float32>{0.0, -1.0, 0.25};
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const bool var_19 = true;
        const wp::int32 var_20 = 32;
        const wp::int32 var_21 = 16;
        wp::int32 var_22;
        const wp::int32 var_23 = 8;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
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
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def module_values(a: wp.array(dtype=real), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * real(SCALE * GAIN) + real(OFFSET + DT + HALF_PI)                         <L 54>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::mul(var_2, var_3);
        var_5 = wp::float32(var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::mul(var_7, var_5);
        var_10 = wp::add(var_8, var_9);
        var_12 = wp::add(var_10, var_11);
        var_13 = wp::float32(var_12);
        var_14 = wp::add(var_6, var_13);
        // wp::array_store(var_a, var_0, var_14);
        // v[i] = v[i] + G                                                                        <L 55>
        var_15 = wp::address(var_v, var_0);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        // wp::array_store(var_v, var_0, var_17);
        // if ORDERED:                                                                            <L 56>
        // n[i] = NX * NY + STEPS                                                                 <L 57>
        var_22 = wp::mul(var_20, var_21);
        var_24 = wp::add(var_22, var_23);
        // wp::array_store(var_n, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_n, var_0, var_24, adj_n, adj_0, adj_24);
        wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
        // adj: n[i] = NX * NY + STEPS                                                            <L 57>
        // adj: if ORDERED:                                                                       <L 56>
        wp::adj_array_store(var_v, var_0, var_17, adj_v, adj_0, adj_17);
        wp::adj_add(var_18, var_16, adj_15, adj_16, adj_17);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_15);
        // adj: v[i] = v[i] + G                                                                   <L 55>
        wp::adj_array_store(var_a, var_0, var_14, adj_a, adj_0, adj_14);
        wp::adj_add(var_6, var_13, adj_6, adj_13, adj_14);
        wp::adj_float32(var_12, adj_12, adj_13);
        wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_7, var_5, adj_1, adj_5, adj_6);
        wp::adj_float32(var_4, adj_4, adj_5);
        wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] * real(SCALE * GAIN) + real(OFFSET + DT + HALF_PI)                    <L 54>
        // adj: i = wp.tid()                                                                      <L 53>
        // adj: def module_values(a: wp.array(dtype=real), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):  <L 52>
        continue;
    }
}

