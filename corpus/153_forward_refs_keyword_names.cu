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


// corpus/153_forward_refs_keyword_names.py:32
static CUDA_CALLABLE wp::float32 helper_defined_later_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def helper_defined_later(x: float) -> float:                                           <L 33>
    // return x * x                                                                           <L 34>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/153_forward_refs_keyword_names.py:13
static CUDA_CALLABLE wp::float32 chain_c_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    //---------
    // forward
    // def chain_c(x: float) -> float:                                                        <L 14>
    // return x * scale + offset                                                              <L 15>
    var_1 = wp::mul(var_x, var_0);
    var_3 = wp::add(var_1, var_2);
    return var_3;
}


// corpus/153_forward_refs_keyword_names.py:18
static CUDA_CALLABLE wp::float32 chain_b_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    //---------
    // forward
    // def chain_b(x: float) -> float:                                                        <L 19>
    // if x > 0.0:                                                                            <L 20>
    var_1 = (var_x > var_0);
    if (var_1) {
        // return chain_c(x) - 1.0                                                            <L 21>
        var_2 = chain_c_0(var_x);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // return chain_c(-x) + 1.0                                                               <L 22>
    var_5 = wp::neg(var_x);
    var_6 = chain_c_0(var_5);
    var_8 = wp::add(var_6, var_7);
    return var_8;
}


// corpus/153_forward_refs_keyword_names.py:25
static CUDA_CALLABLE wp::float32 chain_a_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def chain_a(x: float) -> float:                                                        <L 26>
    // y = chain_b(x)                                                                         <L 27>
    var_0 = chain_b_0(var_x);
    // z = chain_b(y * 0.5)                                                                   <L 28>
    var_2 = wp::mul(var_0, var_1);
    var_3 = chain_b_0(var_2);
    // return y + z                                                                           <L 29>
    var_4 = wp::add(var_0, var_3);
    return var_4;
}


// corpus/153_forward_refs_keyword_names.py:32
static CUDA_CALLABLE void adj_helper_defined_later_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def helper_defined_later(x: float) -> float:                                           <L 33>
    // return x * x                                                                           <L 34>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 34>
    // adj: def helper_defined_later(x: float) -> float:                                      <L 33>
    return;
}


// corpus/153_forward_refs_keyword_names.py:13
static CUDA_CALLABLE void adj_chain_c_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def chain_c(x: float) -> float:                                                        <L 14>
    // return x * scale + offset                                                              <L 15>
    var_1 = wp::mul(var_x, var_0);
    var_3 = wp::add(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * scale + offset                                                         <L 15>
    // adj: def chain_c(x: float) -> float:                                                   <L 14>
    return;
}


// corpus/153_forward_refs_keyword_names.py:18
static CUDA_CALLABLE void adj_chain_b_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def chain_b(x: float) -> float:                                                        <L 19>
    // if x > 0.0:                                                                            <L 20>
    var_1 = (var_x > var_0);
    if (var_1) {
        // return chain_c(x) - 1.0                                                            <L 21>
        var_2 = chain_c_0(var_x);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // return chain_c(-x) + 1.0                                                               <L 22>
    var_5 = wp::neg(var_x);
    var_6 = chain_c_0(var_5);
    var_8 = wp::add(var_6, var_7);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_8 += adj_ret;
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    adj_chain_c_0(var_5, adj_5, adj_6);
    wp::adj_neg(var_x, adj_x, adj_5);
    // adj: return chain_c(-x) + 1.0                                                          <L 22>
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        adj_chain_c_0(var_x, adj_x, adj_2);
        // adj: return chain_c(x) - 1.0                                                       <L 21>
    }
    // adj: if x > 0.0:                                                                       <L 20>
    // adj: def chain_b(x: float) -> float:                                                   <L 19>
    return;
}


// corpus/153_forward_refs_keyword_names.py:25
static CUDA_CALLABLE void adj_chain_a_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def chain_a(x: float) -> float:                                                        <L 26>
    // y = chain_b(x)                                                                         <L 27>
    var_0 = chain_b_0(var_x);
    // z = chain_b(y * 0.5)                                                                   <L 28>
    var_2 = wp::mul(var_0, var_1);
    var_3 = chain_b_0(var_2);
    // return y + z                                                                           <L 29>
    var_4 = wp::add(var_0, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_0, var_3, adj_0, adj_3, adj_4);
    // adj: return y + z                                                                      <L 29>
    adj_chain_b_0(var_2, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: z = chain_b(y * 0.5)                                                              <L 28>
    adj_chain_b_0(var_x, adj_x, adj_0);
    // adj: y = chain_b(x)                                                                    <L 27>
    // adj: def chain_a(x: float) -> float:                                                   <L 26>
    return;
}



extern "C" __global__ void uses_later_func_62c9bd14_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def uses_later_func(a: wp.array(dtype=float), b: wp.array(dtype=float)):               <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // b[i] = helper_defined_later(a[i]) + chain_a(a[i])                                      <L 10>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = helper_defined_later_0(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = chain_a_0(var_6);
        var_7 = wp::add(var_2, var_5);
        wp::array_store(var_b, var_0, var_7);
    }
}



extern "C" __global__ void uses_later_func_62c9bd14_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
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
        //---------
        // forward
        // def uses_later_func(a: wp.array(dtype=float), b: wp.array(dtype=float)):               <L 8>
        // i = wp.tid()                                                                           <L 9>
        var_0 = builtin_tid1d();
        // b[i] = helper_defined_later(a[i]) + chain_a(a[i])                                      <L 10>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = helper_defined_later_0(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = chain_a_0(var_6);
        var_7 = wp::add(var_2, var_5);
        // wp::array_store(var_b, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_7, adj_b, adj_0, adj_7);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        adj_chain_a_0(var_6, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
        adj_helper_defined_later_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: b[i] = helper_defined_later(a[i]) + chain_a(a[i])                                 <L 10>
        // adj: i = wp.tid()                                                                      <L 9>
        // adj: def uses_later_func(a: wp.array(dtype=float), b: wp.array(dtype=float)):          <L 8>
        continue;
    }
}



extern "C" __global__ void cpp_keyword_names_0ecfd98b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 7;
        wp::int32 var_14;
        const wp::int32 var_15 = 5;
        wp::int32 var_16;
        wp::int32 var_17;
        //---------
        // forward
        // def cpp_keyword_names(a: wp.array(dtype=int), out: wp.array(dtype=int)):               <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // new = a[i]                                                                             <L 40>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delete = new * 2                                                                       <L 41>
        var_5 = wp::mul(var_2, var_4);
        // auto = delete + 1                                                                      <L 42>
        var_7 = wp::add(var_5, var_6);
        // register = auto - new                                                                  <L 43>
        var_8 = wp::sub(var_7, var_2);
        // this = register * 3                                                                    <L 44>
        var_10 = wp::mul(var_8, var_9);
        // default = this + 1                                                                     <L 45>
        var_12 = wp::add(var_10, var_11);
        // template = default % 7                                                                 <L 46>
        var_14 = wp::mod(var_12, var_13);
        // namespace = template ^ 5                                                               <L 47>
        var_16 = wp::bit_xor(var_14, var_15);
        // out[i] = namespace + new                                                               <L 48>
        var_17 = wp::add(var_16, var_2);
        wp::array_store(var_out, var_0, var_17);
    }
}



extern "C" __global__ void cpp_keyword_names_0ecfd98b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 7;
        wp::int32 var_14;
        const wp::int32 var_15 = 5;
        wp::int32 var_16;
        wp::int32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        //---------
        // forward
        // def cpp_keyword_names(a: wp.array(dtype=int), out: wp.array(dtype=int)):               <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // new = a[i]                                                                             <L 40>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delete = new * 2                                                                       <L 41>
        var_5 = wp::mul(var_2, var_4);
        // auto = delete + 1                                                                      <L 42>
        var_7 = wp::add(var_5, var_6);
        // register = auto - new                                                                  <L 43>
        var_8 = wp::sub(var_7, var_2);
        // this = register * 3                                                                    <L 44>
        var_10 = wp::mul(var_8, var_9);
        // default = this + 1                                                                     <L 45>
        var_12 = wp::add(var_10, var_11);
        // template = default % 7                                                                 <L 46>
        var_14 = wp::mod(var_12, var_13);
        // namespace = template ^ 5                                                               <L 47>
        var_16 = wp::bit_xor(var_14, var_15);
        // out[i] = namespace + new                                                               <L 48>
        var_17 = wp::add(var_16, var_2);
        // wp::array_store(var_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_add(var_16, var_2, adj_16, adj_2, adj_17);
        // adj: out[i] = namespace + new                                                          <L 48>
        // adj: namespace = template ^ 5                                                          <L 47>
        wp::adj_mod(var_12, var_13, adj_12, adj_13, adj_14);
        // adj: template = default % 7                                                            <L 46>
        wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: default = this + 1                                                                <L 45>
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: this = register * 3                                                               <L 44>
        wp::adj_sub(var_7, var_2, adj_7, adj_2, adj_8);
        // adj: register = auto - new                                                             <L 43>
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: auto = delete + 1                                                                 <L 42>
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: delete = new * 2                                                                  <L 41>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: new = a[i]                                                                        <L 40>
        // adj: i = wp.tid()                                                                      <L 39>
        // adj: def cpp_keyword_names(a: wp.array(dtype=int), out: wp.array(dtype=int)):          <L 38>
        continue;
    }
}



extern "C" __global__ void underscore_names_8340df2c_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def underscore_names(a: wp.array3d(dtype=float), out: wp.array(dtype=float)):          <L 52>
        // _, j, _k = wp.tid()                                                                    <L 53>
        builtin_tid3d(var_0, var_1, var_2);
        // _0 = a[0, j, _k]                                                                       <L 54>
        var_4 = wp::address(var_a, var_3, var_1, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // _tmp_ = _0 * 2.0                                                                       <L 55>
        var_8 = wp::mul(var_5, var_7);
        // adj_x = _tmp_ + 1.0                                                                    <L 56>
        var_10 = wp::add(var_8, var_9);
        // var_y = adj_x * 0.5                                                                    <L 57>
        var_12 = wp::mul(var_10, var_11);
        // wp.atomic_add(out, j, var_y)                                                           <L 58>
        var_13 = wp::atomic_add(var_out, var_1, var_12);
    }
}



extern "C" __global__ void underscore_names_8340df2c_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
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
        //---------
        // forward
        // def underscore_names(a: wp.array3d(dtype=float), out: wp.array(dtype=float)):          <L 52>
        // _, j, _k = wp.tid()                                                                    <L 53>
        builtin_tid3d(var_0, var_1, var_2);
        // _0 = a[0, j, _k]                                                                       <L 54>
        var_4 = wp::address(var_a, var_3, var_1, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // _tmp_ = _0 * 2.0                                                                       <L 55>
        var_8 = wp::mul(var_5, var_7);
        // adj_x = _tmp_ + 1.0                                                                    <L 56>
        var_10 = wp::add(var_8, var_9);
        // var_y = adj_x * 0.5                                                                    <L 57>
        var_12 = wp::mul(var_10, var_11);
        // wp.atomic_add(out, j, var_y)                                                           <L 58>
        // var_13 = wp::atomic_add(var_out, var_1, var_12);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_1, var_12, adj_out, adj_1, adj_12, adj_13);
        // adj: wp.atomic_add(out, j, var_y)                                                      <L 58>
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: var_y = adj_x * 0.5                                                               <L 57>
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: adj_x = _tmp_ + 1.0                                                               <L 56>
        wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: _tmp_ = _0 * 2.0                                                                  <L 55>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_a, var_3, var_1, var_2, adj_a, adj_3, adj_1, adj_2, adj_4);
        // adj: _0 = a[0, j, _k]                                                                  <L 54>
        // adj: _, j, _k = wp.tid()                                                               <L 53>
        // adj: def underscore_names(a: wp.array3d(dtype=float), out: wp.array(dtype=float)):     <L 52>
        continue;
    }
}



extern "C" __global__ void shadowing_ab9def87_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::float32 var_factor,
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
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def shadowing(a: wp.array(dtype=float), factor: float, out: wp.array(dtype=float)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // offset = a[i] * factor                                                                 <L 64>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_factor);
        // out[i] = offset + chain_c(offset)                                                      <L 65>
        var_4 = chain_c_0(var_2);
        var_5 = wp::add(var_2, var_4);
        wp::array_store(var_out, var_0, var_5);
    }
}



extern "C" __global__ void shadowing_ab9def87_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::float32 var_factor,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::float32 adj_factor,
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
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def shadowing(a: wp.array(dtype=float), factor: float, out: wp.array(dtype=float)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // offset = a[i] * factor                                                                 <L 64>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_factor);
        // out[i] = offset + chain_c(offset)                                                      <L 65>
        var_4 = chain_c_0(var_2);
        var_5 = wp::add(var_2, var_4);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
        adj_chain_c_0(var_2, adj_2, adj_4);
        // adj: out[i] = offset + chain_c(offset)                                                 <L 65>
        wp::adj_mul(var_3, var_factor, adj_1, adj_factor, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: offset = a[i] * factor                                                            <L 64>
        // adj: i = wp.tid()                                                                      <L 63>
        // adj: def shadowing(a: wp.array(dtype=float), factor: float, out: wp.array(dtype=float)):  <L 62>
        continue;
    }
}



extern "C" __global__ void no_args_kernel_65d2cec4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim)
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
        wp::float32 var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        const wp::float32 var_4 = 100.0;
        bool var_5;
        //---------
        // forward
        // def no_args_kernel():                                                                  <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // x = float(i) * 2.0                                                                     <L 71>
        var_1 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        // if x > 100.0:                                                                          <L 72>
        var_5 = (var_3 > var_4);
        if (var_5) {
            // print(x)                                                                           <L 73>
            wp::print(var_3);
        }
    }
}



extern "C" __global__ void no_args_kernel_65d2cec4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim)
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
        wp::float32 var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        const wp::float32 var_4 = 100.0;
        bool var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        //---------
        // forward
        // def no_args_kernel():                                                                  <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // x = float(i) * 2.0                                                                     <L 71>
        var_1 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        // if x > 100.0:                                                                          <L 72>
        var_5 = (var_3 > var_4);
        if (var_5) {
            // print(x)                                                                           <L 73>
            wp::print(var_3);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_print(var_3, adj_3);
            // adj: print(x)                                                                      <L 73>
        }
        // adj: if x > 100.0:                                                                     <L 72>
        wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
        wp::adj_float(var_0, adj_0, adj_1);
        // adj: x = float(i) * 2.0                                                                <L 71>
        // adj: i = wp.tid()                                                                      <L 70>
        // adj: def no_args_kernel():                                                             <L 69>
        continue;
    }
}



extern "C" __global__ void unused_params_bd733db4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_unused,
    bool var_flag,
    wp::int32 var_k,
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
        //---------
        // forward
        // def unused_params(a: wp.array(dtype=float), unused: wp.array(dtype=wp.vec3), flag: bool, k: int, out: wp.array(dtype=float)):       <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // out[i] = a[i]                                                                          <L 79>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::load(var_1);
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void unused_params_bd733db4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_unused,
    bool var_flag,
    wp::int32 var_k,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_unused,
    bool adj_flag,
    wp::int32 adj_k,
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        //---------
        // forward
        // def unused_params(a: wp.array(dtype=float), unused: wp.array(dtype=wp.vec3), flag: bool, k: int, out: wp.array(dtype=float)):       <L 77>
        // i = wp.tid()                                                                           <L 78>
        var_0 = builtin_tid1d();
        // out[i] = a[i]                                                                          <L 79>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::load(var_1);
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_1);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: out[i] = a[i]                                                                     <L 79>
        // adj: i = wp.tid()                                                                      <L 78>
        // adj: def unused_params(a: wp.array(dtype=float), unused: wp.array(dtype=wp.vec3), flag: bool, k: int, out: wp.array(dtype=float)):  <L 77>
        continue;
    }
}

