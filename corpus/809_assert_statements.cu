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


// corpus/809_assert_statements.py:7
static CUDA_CALLABLE wp::int32 expect_one_0(
    wp::int32 var_value)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    //---------
    // forward
    // def expect_one(value: int):                                                            <L 8>
    // assert value == 1, "Array element must be 1"                                           <L 9>
    var_1 = (var_value == var_0);
    assert(((void)"assert value == 1, \"Array element must be 1\"",var_1));
    // return value * 2                                                                       <L 10>
    var_3 = wp::mul(var_value, var_2);
    return var_3;
}


// corpus/809_assert_statements.py:7
static CUDA_CALLABLE void adj_expect_one_0(
    wp::int32 var_value,
    wp::int32 & adj_value,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def expect_one(value: int):                                                            <L 8>
    // assert value == 1, "Array element must be 1"                                           <L 9>
    var_1 = (var_value == var_0);
    assert(((void)"assert value == 1, \"Array element must be 1\"",var_1));
    // return value * 2                                                                       <L 10>
    var_3 = wp::mul(var_value, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_value, var_2, adj_value, adj_2, adj_3);
    // adj: return value * 2                                                                  <L 10>
    // adj: assert value == 1, "Array element must be 1"                                      <L 9>
    // adj: def expect_one(value: int):                                                       <L 8>
    return;
}



extern "C" __global__ void assert_kernel_b8d18208_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::float32> var_b,
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        bool var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 2;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::float32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        //---------
        // forward
        // def assert_kernel(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array(dtype=int)):       <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // assert a[i] == 1                                                                       <L 16>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        assert(((void)"assert a[i] == 1",var_3));
        // assert a[i] > 0 and a[i] < 2                                                           <L 17>
        var_6 = wp::address(var_a, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 > var_7);
        var_5 = var_8;
        if (var_5) {
            var_10 = wp::address(var_a, var_0);
            var_13 = wp::load(var_10);
            var_12 = (var_13 < var_11);
            var_5 = var_5 && var_12;
        }
        assert(((void)"assert a[i] > 0 and a[i] < 2",var_5));
        // assert b[i] >= 0.0, "b must be non-negative"                                           <L 18>
        var_14 = wp::address(var_b, var_0);
        var_17 = wp::load(var_14);
        var_16 = (var_17 >= var_15);
        assert(((void)"assert b[i] >= 0.0, \"b must be non-negative\"",var_16));
        // out[i] = expect_one(a[i])                                                              <L 19>
        var_18 = wp::address(var_a, var_0);
        var_20 = wp::load(var_18);
        var_19 = expect_one_0(var_20);
        wp::array_store(var_out, var_0, var_19);
    }
}



extern "C" __global__ void assert_kernel_b8d18208_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::float32> adj_b,
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        bool var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 2;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::float32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        //---------
        // forward
        // def assert_kernel(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array(dtype=int)):       <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // assert a[i] == 1                                                                       <L 16>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        assert(((void)"assert a[i] == 1",var_3));
        // assert a[i] > 0 and a[i] < 2                                                           <L 17>
        var_6 = wp::address(var_a, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 > var_7);
        var_5 = var_8;
        if (var_5) {
            var_10 = wp::address(var_a, var_0);
            var_13 = wp::load(var_10);
            var_12 = (var_13 < var_11);
            var_5 = var_5 && var_12;
        }
        assert(((void)"assert a[i] > 0 and a[i] < 2",var_5));
        // assert b[i] >= 0.0, "b must be non-negative"                                           <L 18>
        var_14 = wp::address(var_b, var_0);
        var_17 = wp::load(var_14);
        var_16 = (var_17 >= var_15);
        assert(((void)"assert b[i] >= 0.0, \"b must be non-negative\"",var_16));
        // out[i] = expect_one(a[i])                                                              <L 19>
        var_18 = wp::address(var_a, var_0);
        var_20 = wp::load(var_18);
        var_19 = expect_one_0(var_20);
        // wp::array_store(var_out, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
        adj_expect_one_0(var_20, adj_18, adj_19);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_18);
        // adj: out[i] = expect_one(a[i])                                                         <L 19>
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_14);
        // adj: assert b[i] >= 0.0, "b must be non-negative"                                      <L 18>
        if (var_5) {
            wp::adj_address(var_a, var_0, adj_a, adj_0, adj_10);
        }
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        // adj: assert a[i] > 0 and a[i] < 2                                                      <L 17>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: assert a[i] == 1                                                                  <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def assert_kernel(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array(dtype=int)):  <L 14>
        continue;
    }
}

