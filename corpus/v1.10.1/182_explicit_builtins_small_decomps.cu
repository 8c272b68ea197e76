
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



extern "C" __global__ void explicit_builtins_826d1db1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::float32> var_s,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 2.0;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 3.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def explicit_builtins(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), s: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // v = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // M = m[i]                                                                               <L 8>
        var_4 = wp::address(var_m, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = wp.add(v, wp.vec3(1.0))                                                            <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::add(var_2, var_8);
        // x = wp.sub(x, wp.mul(M, v))                                                            <L 10>
        var_10 = wp::mul(var_5, var_2);
        var_11 = wp::sub(var_9, var_10);
        // x = wp.div(x, 2.0)                                                                     <L 11>
        var_13 = wp::div(var_11, var_12);
        // x = wp.neg(x)                                                                          <L 12>
        var_14 = wp::neg(var_13);
        // y = wp.mul(s[i], x)                                                                    <L 13>
        var_15 = wp::address(var_s, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_14);
        // z = wp.mod(s[i], 3.0)                                                                  <L 14>
        var_18 = wp::address(var_s, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::mod(var_21, var_19);
        // out[i] = wp.add(y, wp.vec3(z))                                                         <L 15>
        var_22 = wp::vec_t<3, wp::float32>(var_20);
        var_23 = wp::add(var_16, var_22);
        wp::array_store(var_out, var_0, var_23);
    }
}



extern "C" __global__ void explicit_builtins_826d1db1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::float32> var_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m,
    wp::array_t<wp::float32> adj_s,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 2.0;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 3.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def explicit_builtins(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), s: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // v = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // M = m[i]                                                                               <L 8>
        var_4 = wp::address(var_m, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = wp.add(v, wp.vec3(1.0))                                                            <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::add(var_2, var_8);
        // x = wp.sub(x, wp.mul(M, v))                                                            <L 10>
        var_10 = wp::mul(var_5, var_2);
        var_11 = wp::sub(var_9, var_10);
        // x = wp.div(x, 2.0)                                                                     <L 11>
        var_13 = wp::div(var_11, var_12);
        // x = wp.neg(x)                                                                          <L 12>
        var_14 = wp::neg(var_13);
        // y = wp.mul(s[i], x)                                                                    <L 13>
        var_15 = wp::address(var_s, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_14);
        // z = wp.mod(s[i], 3.0)                                                                  <L 14>
        var_18 = wp::address(var_s, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::mod(var_21, var_19);
        // out[i] = wp.add(y, wp.vec3(z))                                                         <L 15>
        var_22 = wp::vec_t<3, wp::float32>(var_20);
        var_23 = wp::add(var_16, var_22);
        // wp::array_store(var_out, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_23, adj_out, adj_0, adj_23);
        wp::adj_add(var_16, var_22, adj_16, adj_22, adj_23);
        wp::adj_vec_t(var_20, adj_20, adj_22);
        // adj: out[i] = wp.add(y, wp.vec3(z))                                                    <L 15>
        wp::adj_mod(var_21, var_19, adj_18, adj_19, adj_20);
        wp::adj_address(var_s, var_0, adj_s, adj_0, adj_18);
        // adj: z = wp.mod(s[i], 3.0)                                                             <L 14>
        wp::adj_mul(var_17, var_14, adj_15, adj_14, adj_16);
        wp::adj_address(var_s, var_0, adj_s, adj_0, adj_15);
        // adj: y = wp.mul(s[i], x)                                                               <L 13>
        wp::adj_neg(var_13, adj_13, adj_14);
        // adj: x = wp.neg(x)                                                                     <L 12>
        wp::adj_div(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: x = wp.div(x, 2.0)                                                                <L 11>
        wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_10);
        // adj: x = wp.sub(x, wp.mul(M, v))                                                       <L 10>
        wp::adj_add(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_vec_t(var_7, adj_7, adj_8);
        // adj: x = wp.add(v, wp.vec3(1.0))                                                       <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_4);
        // adj: M = m[i]                                                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: v = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def explicit_builtins(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), s: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):  <L 5>
        continue;
    }
}



extern "C" __global__ void quat_math_a767ffb8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::quat_t<wp::float32>> var_r,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::quat_t<wp::float32>> var_qo)
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 2.0;
        wp::quat_t<wp::float32> var_13;
        const wp::float32 var_14 = 3.0;
        wp::quat_t<wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        wp::quat_t<wp::float32> var_18;
        //---------
        // forward
        // def quat_math(q: wp.array(dtype=wp.quat), r: wp.array(dtype=wp.quat), out: wp.array(dtype=float), qo: wp.array(dtype=wp.quat)):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // a = q[i]                                                                               <L 21>
        var_1 = wp::address(var_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = r[i]                                                                               <L 22>
        var_4 = wp::address(var_r, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[i] = wp.dot(a, b) + wp.length(a) + wp.length_sq(b)                                 <L 23>
        var_7 = wp::dot(var_2, var_5);
        var_8 = wp::length(var_2);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::length_sq(var_5);
        var_11 = wp::add(var_9, var_10);
        wp::array_store(var_out, var_0, var_11);
        // qo[i] = wp.normalize(a * 2.0 + b / 3.0 - a)                                            <L 24>
        var_13 = wp::mul(var_2, var_12);
        var_15 = wp::div(var_5, var_14);
        var_16 = wp::add(var_13, var_15);
        var_17 = wp::sub(var_16, var_2);
        var_18 = wp::normalize(var_17);
        wp::array_store(var_qo, var_0, var_18);
    }
}



extern "C" __global__ void quat_math_a767ffb8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::quat_t<wp::float32>> var_r,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::quat_t<wp::float32>> var_qo,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::quat_t<wp::float32>> adj_r,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::quat_t<wp::float32>> adj_qo)
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
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 2.0;
        wp::quat_t<wp::float32> var_13;
        const wp::float32 var_14 = 3.0;
        wp::quat_t<wp::float32> var_15;
        wp::quat_t<wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        wp::quat_t<wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::quat_t<wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::quat_t<wp::float32> adj_15 = {};
        wp::quat_t<wp::float32> adj_16 = {};
        wp::quat_t<wp::float32> adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        //---------
        // forward
        // def quat_math(q: wp.array(dtype=wp.quat), r: wp.array(dtype=wp.quat), out: wp.array(dtype=float), qo: wp.array(dtype=wp.quat)):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // a = q[i]                                                                               <L 21>
        var_1 = wp::address(var_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = r[i]                                                                               <L 22>
        var_4 = wp::address(var_r, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[i] = wp.dot(a, b) + wp.length(a) + wp.length_sq(b)                                 <L 23>
        var_7 = wp::dot(var_2, var_5);
        var_8 = wp::length(var_2);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::length_sq(var_5);
        var_11 = wp::add(var_9, var_10);
        // wp::array_store(var_out, var_0, var_11);
        // qo[i] = wp.normalize(a * 2.0 + b / 3.0 - a)                                            <L 24>
        var_13 = wp::mul(var_2, var_12);
        var_15 = wp::div(var_5, var_14);
        var_16 = wp::add(var_13, var_15);
        var_17 = wp::sub(var_16, var_2);
        var_18 = wp::normalize(var_17);
        // wp::array_store(var_qo, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_qo, var_0, var_18, adj_qo, adj_0, adj_18);
        wp::adj_normalize(var_17, adj_17, adj_18);
        wp::adj_sub(var_16, var_2, adj_16, adj_2, adj_17);
        wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_div(var_5, var_14, adj_5, adj_14, adj_15);
        wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
        // adj: qo[i] = wp.normalize(a * 2.0 + b / 3.0 - a)                                       <L 24>
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_length_sq(var_5, adj_5, adj_10);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_length(var_2, var_8, adj_2, adj_8);
        wp::adj_dot(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: out[i] = wp.dot(a, b) + wp.length(a) + wp.length_sq(b)                            <L 23>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_4);
        // adj: b = r[i]                                                                          <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_1);
        // adj: a = q[i]                                                                          <L 21>
        // adj: i = wp.tid()                                                                      <L 20>
        // adj: def quat_math(q: wp.array(dtype=wp.quat), r: wp.array(dtype=wp.quat), out: wp.array(dtype=float), qo: wp.array(dtype=wp.quat)):  <L 19>
        continue;
    }
}



extern "C" __global__ void small_decomps_0422dc54_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m4,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_u2,
    wp::array_t<wp::vec_t<2, wp::float32>> var_s2,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_v2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv4,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dets)
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
        wp::mat_t<2, 2, wp::float32> var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32>* var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<4, 4, wp::float32>* var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::mat_t<4, 4, wp::float32> var_8;
        wp::mat_t<2, 2, wp::float32>* var_9;
        wp::float32 var_10;
        wp::mat_t<2, 2, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32>* var_12;
        wp::float32 var_13;
        wp::mat_t<4, 4, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // forward
        // def small_decomps(m2: wp.array(dtype=wp.mat22), m4: wp.array(dtype=wp.mat44), u2: wp.array(dtype=wp.mat22), s2: wp.array(dtype=wp.vec2), v2: wp.array(dtype=wp.mat22), inv4: wp.array(dtype=wp.mat44), dets: wp.array(dtype=wp.vec2)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // U = wp.mat22()                                                                         <L 30>
        var_1 = wp::mat_t<2, 2, wp::float32>();
        // sig = wp.vec2()                                                                        <L 31>
        var_2 = wp::vec_t<2, wp::float32>();
        // V = wp.mat22()                                                                         <L 32>
        var_3 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(m2[i], U, sig, V)                                                              <L 33>
        var_4 = wp::address(var_m2, var_0);
        var_5 = wp::load(var_4);
        wp::svd2(var_5, var_1, var_2, var_3);
        // u2[i] = U                                                                              <L 34>
        wp::array_store(var_u2, var_0, var_1);
        // s2[i] = sig                                                                            <L 35>
        wp::array_store(var_s2, var_0, var_2);
        // v2[i] = V                                                                              <L 36>
        wp::array_store(var_v2, var_0, var_3);
        // inv4[i] = wp.inverse(m4[i])                                                            <L 37>
        var_6 = wp::address(var_m4, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::inverse(var_8);
        wp::array_store(var_inv4, var_0, var_7);
        // dets[i] = wp.vec2(wp.determinant(m2[i]), wp.determinant(m4[i]))                        <L 38>
        var_9 = wp::address(var_m2, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::determinant(var_11);
        var_12 = wp::address(var_m4, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::determinant(var_14);
        var_15 = wp::vec_t<2, wp::float32>(var_10, var_13);
        wp::array_store(var_dets, var_0, var_15);
    }
}



extern "C" __global__ void small_decomps_0422dc54_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m4,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_u2,
    wp::array_t<wp::vec_t<2, wp::float32>> var_s2,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_v2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_inv4,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dets,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_m4,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_u2,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_s2,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_v2,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_inv4,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dets)
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
        wp::mat_t<2, 2, wp::float32> var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32>* var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<4, 4, wp::float32>* var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::mat_t<4, 4, wp::float32> var_8;
        wp::mat_t<2, 2, wp::float32>* var_9;
        wp::float32 var_10;
        wp::mat_t<2, 2, wp::float32> var_11;
        wp::mat_t<4, 4, wp::float32>* var_12;
        wp::float32 var_13;
        wp::mat_t<4, 4, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::mat_t<2, 2, wp::float32> adj_5 = {};
        wp::mat_t<4, 4, wp::float32> adj_6 = {};
        wp::mat_t<4, 4, wp::float32> adj_7 = {};
        wp::mat_t<4, 4, wp::float32> adj_8 = {};
        wp::mat_t<2, 2, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::mat_t<2, 2, wp::float32> adj_11 = {};
        wp::mat_t<4, 4, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::mat_t<4, 4, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        //---------
        // forward
        // def small_decomps(m2: wp.array(dtype=wp.mat22), m4: wp.array(dtype=wp.mat44), u2: wp.array(dtype=wp.mat22), s2: wp.array(dtype=wp.vec2), v2: wp.array(dtype=wp.mat22), inv4: wp.array(dtype=wp.mat44), dets: wp.array(dtype=wp.vec2)):       <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // U = wp.mat22()                                                                         <L 30>
        var_1 = wp::mat_t<2, 2, wp::float32>();
        // sig = wp.vec2()                                                                        <L 31>
        var_2 = wp::vec_t<2, wp::float32>();
        // V = wp.mat22()                                                                         <L 32>
        var_3 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(m2[i], U, sig, V)                                                              <L 33>
        var_4 = wp::address(var_m2, var_0);
        var_5 = wp::load(var_4);
        wp::svd2(var_5, var_1, var_2, var_3);
        // u2[i] = U                                                                              <L 34>
        // wp::array_store(var_u2, var_0, var_1);
        // s2[i] = sig                                                                            <L 35>
        // wp::array_store(var_s2, var_0, var_2);
        // v2[i] = V                                                                              <L 36>
        // wp::array_store(var_v2, var_0, var_3);
        // inv4[i] = wp.inverse(m4[i])                                                            <L 37>
        var_6 = wp::address(var_m4, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::inverse(var_8);
        // wp::array_store(var_inv4, var_0, var_7);
        // dets[i] = wp.vec2(wp.determinant(m2[i]), wp.determinant(m4[i]))                        <L 38>
        var_9 = wp::address(var_m2, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::determinant(var_11);
        var_12 = wp::address(var_m4, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::determinant(var_14);
        var_15 = wp::vec_t<2, wp::float32>(var_10, var_13);
        // wp::array_store(var_dets, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_dets, var_0, var_15, adj_dets, adj_0, adj_15);
        wp::adj_vec_t(var_10, var_13, adj_10, adj_13, adj_15);
        wp::adj_determinant(var_14, adj_12, adj_13);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_12);
        wp::adj_determinant(var_11, adj_9, adj_10);
        wp::adj_address(var_m2, var_0, adj_m2, adj_0, adj_9);
        // adj: dets[i] = wp.vec2(wp.determinant(m2[i]), wp.determinant(m4[i]))                   <L 38>
        wp::adj_array_store(var_inv4, var_0, var_7, adj_inv4, adj_0, adj_7);
        wp::adj_inverse(var_8, var_7, adj_6, adj_7);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_6);
        // adj: inv4[i] = wp.inverse(m4[i])                                                       <L 37>
        wp::adj_array_store(var_v2, var_0, var_3, adj_v2, adj_0, adj_3);
        // adj: v2[i] = V                                                                         <L 36>
        wp::adj_array_store(var_s2, var_0, var_2, adj_s2, adj_0, adj_2);
        // adj: s2[i] = sig                                                                       <L 35>
        wp::adj_array_store(var_u2, var_0, var_1, adj_u2, adj_0, adj_1);
        // adj: u2[i] = U                                                                         <L 34>
        wp::adj_svd2(var_5, var_1, var_2, var_3, adj_4, adj_1, adj_2, adj_3);
        wp::adj_address(var_m2, var_0, adj_m2, adj_0, adj_4);
        // adj: wp.svd2(m2[i], U, sig, V)                                                         <L 33>
        // adj: V = wp.mat22()                                                                    <L 32>
        // adj: sig = wp.vec2()                                                                   <L 31>
        // adj: U = wp.mat22()                                                                    <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def small_decomps(m2: wp.array(dtype=wp.mat22), m4: wp.array(dtype=wp.mat44), u2: wp.array(dtype=wp.mat22), s2: wp.array(dtype=wp.vec2), v2: wp.array(dtype=wp.mat22), inv4: wp.array(dtype=wp.mat44), dets: wp.array(dtype=wp.vec2)):  <L 28>
        continue;
    }
}



extern "C" __global__ void int_builtins_f3ff9715_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int8> var_a,
    wp::array_t<wp::int16> var_b,
    wp::array_t<wp::uint16> var_c,
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
        wp::int32 var_0;
        wp::int8* var_1;
        const wp::int32 var_2 = 5;
        wp::int8 var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int16* var_6;
        const wp::int32 var_7 = 100;
        const wp::int32 var_8 = -100;
        wp::int16 var_9;
        wp::int16 var_10;
        wp::int16 var_11;
        wp::uint16* var_12;
        const wp::int32 var_13 = 10;
        wp::uint16 var_14;
        const wp::int32 var_15 = 1000;
        wp::uint16 var_16;
        wp::uint16 var_17;
        wp::uint16 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int8* var_24;
        wp::int32 var_25;
        wp::int8 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int16* var_29;
        wp::int32 var_30;
        wp::int16 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        //---------
        // forward
        // def int_builtins(a: wp.array(dtype=wp.int8), b: wp.array(dtype=wp.int16), c: wp.array(dtype=wp.uint16), out: wp.array(dtype=int)):       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // x = wp.min(a[i], wp.int8(5))                                                           <L 44>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::int8(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::min(var_5, var_3);
        // y = wp.max(b[i], wp.int16(-100))                                                       <L 45>
        var_6 = wp::address(var_b, var_0);
        var_9 = wp::int16(var_8);
        var_11 = wp::load(var_6);
        var_10 = wp::max(var_11, var_9);
        // z = wp.clamp(c[i], wp.uint16(10), wp.uint16(1000))                                     <L 46>
        var_12 = wp::address(var_c, var_0);
        var_14 = wp::uint16(var_13);
        var_16 = wp::uint16(var_15);
        var_18 = wp::load(var_12);
        var_17 = wp::clamp(var_18, var_14, var_16);
        // out[i] = int(x) + int(y) + int(z) + wp.sign(int(a[i])) + wp.abs(int(b[i]))             <L 47>
        var_19 = wp::int(var_4);
        var_20 = wp::int(var_10);
        var_21 = wp::add(var_19, var_20);
        var_22 = wp::int(var_17);
        var_23 = wp::add(var_21, var_22);
        var_24 = wp::address(var_a, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::int(var_26);
        var_27 = wp::sign(var_25);
        var_28 = wp::add(var_23, var_27);
        var_29 = wp::address(var_b, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::int(var_31);
        var_32 = wp::abs(var_30);
        var_33 = wp::add(var_28, var_32);
        wp::array_store(var_out, var_0, var_33);
    }
}



extern "C" __global__ void int_builtins_f3ff9715_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int8> var_a,
    wp::array_t<wp::int16> var_b,
    wp::array_t<wp::uint16> var_c,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int8> adj_a,
    wp::array_t<wp::int16> adj_b,
    wp::array_t<wp::uint16> adj_c,
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
        wp::int32 var_0;
        wp::int8* var_1;
        const wp::int32 var_2 = 5;
        wp::int8 var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int16* var_6;
        const wp::int32 var_7 = 100;
        const wp::int32 var_8 = -100;
        wp::int16 var_9;
        wp::int16 var_10;
        wp::int16 var_11;
        wp::uint16* var_12;
        const wp::int32 var_13 = 10;
        wp::uint16 var_14;
        const wp::int32 var_15 = 1000;
        wp::uint16 var_16;
        wp::uint16 var_17;
        wp::uint16 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int8* var_24;
        wp::int32 var_25;
        wp::int8 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::int16* var_29;
        wp::int32 var_30;
        wp::int16 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int8 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int8 adj_3 = {};
        wp::int8 adj_4 = {};
        wp::int8 adj_5 = {};
        wp::int16 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int16 adj_9 = {};
        wp::int16 adj_10 = {};
        wp::int16 adj_11 = {};
        wp::uint16 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::uint16 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::uint16 adj_16 = {};
        wp::uint16 adj_17 = {};
        wp::uint16 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int8 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int8 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int16 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int16 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        //---------
        // forward
        // def int_builtins(a: wp.array(dtype=wp.int8), b: wp.array(dtype=wp.int16), c: wp.array(dtype=wp.uint16), out: wp.array(dtype=int)):       <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // x = wp.min(a[i], wp.int8(5))                                                           <L 44>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::int8(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::min(var_5, var_3);
        // y = wp.max(b[i], wp.int16(-100))                                                       <L 45>
        var_6 = wp::address(var_b, var_0);
        var_9 = wp::int16(var_8);
        var_11 = wp::load(var_6);
        var_10 = wp::max(var_11, var_9);
        // z = wp.clamp(c[i], wp.uint16(10), wp.uint16(1000))                                     <L 46>
        var_12 = wp::address(var_c, var_0);
        var_14 = wp::uint16(var_13);
        var_16 = wp::uint16(var_15);
        var_18 = wp::load(var_12);
        var_17 = wp::clamp(var_18, var_14, var_16);
        // out[i] = int(x) + int(y) + int(z) + wp.sign(int(a[i])) + wp.abs(int(b[i]))             <L 47>
        var_19 = wp::int(var_4);
        var_20 = wp::int(var_10);
        var_21 = wp::add(var_19, var_20);
        var_22 = wp::int(var_17);
        var_23 = wp::add(var_21, var_22);
        var_24 = wp::address(var_a, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::int(var_26);
        var_27 = wp::sign(var_25);
        var_28 = wp::add(var_23, var_27);
        var_29 = wp::address(var_b, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::int(var_31);
        var_32 = wp::abs(var_30);
        var_33 = wp::add(var_28, var_32);
        // wp::array_store(var_out, var_0, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_33, adj_out, adj_0, adj_33);
        wp::adj_add(var_28, var_32, adj_28, adj_32, adj_33);
        wp::adj_abs(var_30, adj_30, adj_32);
        wp::adj_int(var_31, adj_29, adj_30);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_29);
        wp::adj_add(var_23, var_27, adj_23, adj_27, adj_28);
        wp::adj_int(var_26, adj_24, adj_25);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_24);
        wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_int(var_17, adj_17, adj_22);
        wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_int(var_10, adj_10, adj_20);
        wp::adj_int(var_4, adj_4, adj_19);
        // adj: out[i] = int(x) + int(y) + int(z) + wp.sign(int(a[i])) + wp.abs(int(b[i]))        <L 47>
        wp::adj_clamp(var_18, var_14, var_16, adj_12, adj_14, adj_16, adj_17);
        wp::adj_uint16(var_15, adj_15, adj_16);
        wp::adj_uint16(var_13, adj_13, adj_14);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_12);
        // adj: z = wp.clamp(c[i], wp.uint16(10), wp.uint16(1000))                                <L 46>
        wp::adj_max(var_11, var_9, adj_6, adj_9, adj_10);
        wp::adj_int16(var_8, adj_8, adj_9);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_6);
        // adj: y = wp.max(b[i], wp.int16(-100))                                                  <L 45>
        wp::adj_min(var_5, var_3, adj_1, adj_3, adj_4);
        wp::adj_int8(var_2, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = wp.min(a[i], wp.int8(5))                                                      <L 44>
        // adj: i = wp.tid()                                                                      <L 43>
        // adj: def int_builtins(a: wp.array(dtype=wp.int8), b: wp.array(dtype=wp.int16), c: wp.array(dtype=wp.uint16), out: wp.array(dtype=int)):  <L 42>
        continue;
    }
}



extern "C" __global__ void double_vectors_2d72ec59_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_a,
    wp::array_t<wp::vec_t<3, wp::float64>> var_b,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float64>> var_q,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::vec_t<3, wp::float64> var_4;
        wp::vec_t<3, wp::float64> var_5;
        const wp::float32 var_6 = 1e-09;
        wp::float64 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::quat_t<wp::float64>* var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::quat_t<wp::float64> var_13;
        wp::mat_t<3, 3, wp::float64>* var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::mat_t<3, 3, wp::float64> var_16;
        wp::mat_t<3, 3, wp::float64>* var_17;
        wp::mat_t<3, 3, wp::float64> var_18;
        wp::mat_t<3, 3, wp::float64> var_19;
        wp::vec_t<3, wp::float64>* var_20;
        wp::vec_t<3, wp::float64> var_21;
        wp::vec_t<3, wp::float64> var_22;
        wp::vec_t<3, wp::float64>* var_23;
        wp::vec_t<3, wp::float64>* var_24;
        wp::float64 var_25;
        wp::vec_t<3, wp::float64> var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::vec_t<3, wp::float64> var_28;
        wp::vec_t<3, wp::float64> var_29;
        //---------
        // forward
        // def double_vectors(a: wp.array(dtype=wp.vec3d), b: wp.array(dtype=wp.vec3d), m: wp.array(dtype=wp.mat33d), q: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.vec3d)):       <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // c = wp.cross(a[i], b[i])                                                               <L 53>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::cross(var_4, var_5);
        // n = wp.normalize(c + wp.vec3d(wp.float64(1.0e-9)))                                     <L 54>
        var_7 = wp::float64(var_6);
        var_8 = wp::vec_t<3, wp::float64>(var_7);
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::normalize(var_9);
        // r = wp.quat_rotate(q[i], n)                                                            <L 55>
        var_11 = wp::address(var_q, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::quat_rotate(var_13, var_10);
        // out[i] = m[i] * r + wp.transpose(m[i]) * a[i] * wp.dot(a[i], b[i])                     <L 56>
        var_14 = wp::address(var_m, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_16, var_12);
        var_17 = wp::address(var_m, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::transpose(var_19);
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_18, var_22);
        var_23 = wp::address(var_a, var_0);
        var_24 = wp::address(var_b, var_0);
        var_26 = wp::load(var_23);
        var_27 = wp::load(var_24);
        var_25 = wp::dot(var_26, var_27);
        var_28 = wp::mul(var_21, var_25);
        var_29 = wp::add(var_15, var_28);
        wp::array_store(var_out, var_0, var_29);
    }
}



extern "C" __global__ void double_vectors_2d72ec59_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_a,
    wp::array_t<wp::vec_t<3, wp::float64>> var_b,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_m,
    wp::array_t<wp::quat_t<wp::float64>> var_q,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_b,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_m,
    wp::array_t<wp::quat_t<wp::float64>> adj_q,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::vec_t<3, wp::float64> var_4;
        wp::vec_t<3, wp::float64> var_5;
        const wp::float32 var_6 = 1e-09;
        wp::float64 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::quat_t<wp::float64>* var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::quat_t<wp::float64> var_13;
        wp::mat_t<3, 3, wp::float64>* var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::mat_t<3, 3, wp::float64> var_16;
        wp::mat_t<3, 3, wp::float64>* var_17;
        wp::mat_t<3, 3, wp::float64> var_18;
        wp::mat_t<3, 3, wp::float64> var_19;
        wp::vec_t<3, wp::float64>* var_20;
        wp::vec_t<3, wp::float64> var_21;
        wp::vec_t<3, wp::float64> var_22;
        wp::vec_t<3, wp::float64>* var_23;
        wp::vec_t<3, wp::float64>* var_24;
        wp::float64 var_25;
        wp::vec_t<3, wp::float64> var_26;
        wp::vec_t<3, wp::float64> var_27;
        wp::vec_t<3, wp::float64> var_28;
        wp::vec_t<3, wp::float64> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::vec_t<3, wp::float64> adj_3 = {};
        wp::vec_t<3, wp::float64> adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::quat_t<wp::float64> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::quat_t<wp::float64> adj_13 = {};
        wp::mat_t<3, 3, wp::float64> adj_14 = {};
        wp::vec_t<3, wp::float64> adj_15 = {};
        wp::mat_t<3, 3, wp::float64> adj_16 = {};
        wp::mat_t<3, 3, wp::float64> adj_17 = {};
        wp::mat_t<3, 3, wp::float64> adj_18 = {};
        wp::mat_t<3, 3, wp::float64> adj_19 = {};
        wp::vec_t<3, wp::float64> adj_20 = {};
        wp::vec_t<3, wp::float64> adj_21 = {};
        wp::vec_t<3, wp::float64> adj_22 = {};
        wp::vec_t<3, wp::float64> adj_23 = {};
        wp::vec_t<3, wp::float64> adj_24 = {};
        wp::float64 adj_25 = {};
        wp::vec_t<3, wp::float64> adj_26 = {};
        wp::vec_t<3, wp::float64> adj_27 = {};
        wp::vec_t<3, wp::float64> adj_28 = {};
        wp::vec_t<3, wp::float64> adj_29 = {};
        //---------
        // forward
        // def double_vectors(a: wp.array(dtype=wp.vec3d), b: wp.array(dtype=wp.vec3d), m: wp.array(dtype=wp.mat33d), q: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.vec3d)):       <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // c = wp.cross(a[i], b[i])                                                               <L 53>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::cross(var_4, var_5);
        // n = wp.normalize(c + wp.vec3d(wp.float64(1.0e-9)))                                     <L 54>
        var_7 = wp::float64(var_6);
        var_8 = wp::vec_t<3, wp::float64>(var_7);
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::normalize(var_9);
        // r = wp.quat_rotate(q[i], n)                                                            <L 55>
        var_11 = wp::address(var_q, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::quat_rotate(var_13, var_10);
        // out[i] = m[i] * r + wp.transpose(m[i]) * a[i] * wp.dot(a[i], b[i])                     <L 56>
        var_14 = wp::address(var_m, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_16, var_12);
        var_17 = wp::address(var_m, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::transpose(var_19);
        var_20 = wp::address(var_a, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_18, var_22);
        var_23 = wp::address(var_a, var_0);
        var_24 = wp::address(var_b, var_0);
        var_26 = wp::load(var_23);
        var_27 = wp::load(var_24);
        var_25 = wp::dot(var_26, var_27);
        var_28 = wp::mul(var_21, var_25);
        var_29 = wp::add(var_15, var_28);
        // wp::array_store(var_out, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_29, adj_out, adj_0, adj_29);
        wp::adj_add(var_15, var_28, adj_15, adj_28, adj_29);
        wp::adj_mul(var_21, var_25, adj_21, adj_25, adj_28);
        wp::adj_dot(var_26, var_27, adj_23, adj_24, adj_25);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_24);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_23);
        wp::adj_mul(var_18, var_22, adj_18, adj_20, adj_21);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_20);
        wp::adj_transpose(var_19, adj_17, adj_18);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_17);
        wp::adj_mul(var_16, var_12, adj_14, adj_12, adj_15);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_14);
        // adj: out[i] = m[i] * r + wp.transpose(m[i]) * a[i] * wp.dot(a[i], b[i])                <L 56>
        wp::adj_quat_rotate(var_13, var_10, adj_11, adj_10, adj_12);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_11);
        // adj: r = wp.quat_rotate(q[i], n)                                                       <L 55>
        wp::adj_normalize(var_9, var_10, adj_9, adj_10);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_7, adj_7, adj_8);
        wp::adj_float64(var_6, adj_6, adj_7);
        // adj: n = wp.normalize(c + wp.vec3d(wp.float64(1.0e-9)))                                <L 54>
        wp::adj_cross(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c = wp.cross(a[i], b[i])                                                          <L 53>
        // adj: i = wp.tid()                                                                      <L 52>
        // adj: def double_vectors(a: wp.array(dtype=wp.vec3d), b: wp.array(dtype=wp.vec3d), m: wp.array(dtype=wp.mat33d), q: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.vec3d)):  <L 51>
        continue;
    }
}



extern "C" __global__ void vec2d_component_aug_82abd6ec_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_grid,
    wp::vec_t<2, wp::float32> var_g)
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
        wp::vec_t<2, wp::float32>* var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32>* var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // forward
        // def vec2d_component_aug(grid: wp.array2d(dtype=wp.vec2), g: wp.vec2):                  <L 60>
        // i, j = wp.tid()                                                                        <L 61>
        builtin_tid2d(var_0, var_1);
        // grid[i, j][0] = grid[i, j][0] + g[0]                                                   <L 62>
        var_2 = wp::address(var_grid, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::extract(var_g, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::address(var_grid, var_0, var_1);
        var_11 = wp::indexref(var_9, var_10);
        wp::store(var_11, var_8);
        // wp.atomic_add(grid, i, j, g * 0.5)                                                     <L 63>
        var_13 = wp::mul(var_g, var_12);
        var_14 = wp::atomic_add(var_grid, var_0, var_1, var_13);
    }
}



extern "C" __global__ void vec2d_component_aug_82abd6ec_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_grid,
    wp::vec_t<2, wp::float32> var_g,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_grid,
    wp::vec_t<2, wp::float32> adj_g)
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
        wp::vec_t<2, wp::float32>* var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32>* var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        //---------
        // forward
        // def vec2d_component_aug(grid: wp.array2d(dtype=wp.vec2), g: wp.vec2):                  <L 60>
        // i, j = wp.tid()                                                                        <L 61>
        builtin_tid2d(var_0, var_1);
        // grid[i, j][0] = grid[i, j][0] + g[0]                                                   <L 62>
        var_2 = wp::address(var_grid, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::extract(var_g, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::address(var_grid, var_0, var_1);
        // var_11 = wp::indexref(var_9, var_10);
        // wp::store(var_11, var_8);
        // wp.atomic_add(grid, i, j, g * 0.5)                                                     <L 63>
        var_13 = wp::mul(var_g, var_12);
        // var_14 = wp::atomic_add(var_grid, var_0, var_1, var_13);
        //---------
        // reverse
        wp::adj_atomic_add(var_grid, var_0, var_1, var_13, adj_grid, adj_0, adj_1, adj_13, adj_14);
        wp::adj_mul(var_g, var_12, adj_g, adj_12, adj_13);
        // adj: wp.atomic_add(grid, i, j, g * 0.5)                                                <L 63>
        wp::adj_address(var_grid, var_0, var_1, adj_grid, adj_0, adj_1, adj_9);
        wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_extract(var_g, var_6, adj_g, adj_6, adj_7);
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_grid, var_0, var_1, adj_grid, adj_0, adj_1, adj_2);
        // adj: grid[i, j][0] = grid[i, j][0] + g[0]                                              <L 62>
        // adj: i, j = wp.tid()                                                                   <L 61>
        // adj: def vec2d_component_aug(grid: wp.array2d(dtype=wp.vec2), g: wp.vec2):             <L 60>
        continue;
    }
}

