
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/809_assert_statements.py:7
static wp::int32 expect_one_0(
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
    assert(("assert value == 1, \"Array element must be 1\"",var_1));
    // return value * 2                                                                       <L 10>
    var_3 = wp::mul(var_value, var_2);
    return var_3;
}


// corpus/809_assert_statements.py:7
static void adj_expect_one_0(
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
    assert(("assert value == 1, \"Array element must be 1\"",var_1));
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

struct wp_args_assert_kernel_b8d18208 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::int32> out;
};


void assert_kernel_b8d18208_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_assert_kernel_b8d18208 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    const wp::int32 var_10 = 2;
    bool var_11;
    wp::int32 var_12;
    bool var_13;
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
    assert(("assert a[i] == 1",var_3));
    // assert a[i] > 0 and a[i] < 2                                                           <L 17>
    var_5 = wp::address(var_a, var_0);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    var_9 = wp::address(var_a, var_0);
    var_12 = wp::load(var_9);
    var_11 = (var_12 < var_10);
    var_13 = var_7 && var_11;
    assert(("assert a[i] > 0 and a[i] < 2",var_13));
    // assert b[i] >= 0.0, "b must be non-negative"                                           <L 18>
    var_14 = wp::address(var_b, var_0);
    var_17 = wp::load(var_14);
    var_16 = (var_17 >= var_15);
    assert(("assert b[i] >= 0.0, \"b must be non-negative\"",var_16));
    // out[i] = expect_one(a[i])                                                              <L 19>
    var_18 = wp::address(var_a, var_0);
    var_20 = wp::load(var_18);
    var_19 = expect_one_0(var_20);
    wp::array_store(var_out, var_0, var_19);
}



void assert_kernel_b8d18208_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_assert_kernel_b8d18208 *_wp_args,
    wp_args_assert_kernel_b8d18208 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    const wp::int32 var_10 = 2;
    bool var_11;
    wp::int32 var_12;
    bool var_13;
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
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
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
    assert(("assert a[i] == 1",var_3));
    // assert a[i] > 0 and a[i] < 2                                                           <L 17>
    var_5 = wp::address(var_a, var_0);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    var_9 = wp::address(var_a, var_0);
    var_12 = wp::load(var_9);
    var_11 = (var_12 < var_10);
    var_13 = var_7 && var_11;
    assert(("assert a[i] > 0 and a[i] < 2",var_13));
    // assert b[i] >= 0.0, "b must be non-negative"                                           <L 18>
    var_14 = wp::address(var_b, var_0);
    var_17 = wp::load(var_14);
    var_16 = (var_17 >= var_15);
    assert(("assert b[i] >= 0.0, \"b must be non-negative\"",var_16));
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
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_9);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
    // adj: assert a[i] > 0 and a[i] < 2                                                      <L 17>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: assert a[i] == 1                                                                  <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def assert_kernel(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array(dtype=int)):  <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void assert_kernel_b8d18208_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_assert_kernel_b8d18208 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        assert_kernel_b8d18208_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void assert_kernel_b8d18208_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_assert_kernel_b8d18208 *_wp_args,
    wp_args_assert_kernel_b8d18208 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        assert_kernel_b8d18208_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

