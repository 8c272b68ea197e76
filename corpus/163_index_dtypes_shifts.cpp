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

struct wp_args_index_with_types_89de87f3 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::uint32> idx32;
    wp::array_t<wp::int64> idx64;
    wp::array_t<wp::float32> out;
};


void index_with_types_89de87f3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_with_types_89de87f3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_idx32 = _wp_args->idx32;
    wp::array_t<wp::int64> var_idx64 = _wp_args->idx64;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int64* var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::uint32 var_17;
    wp::float32 var_18;
    wp::int64 var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    //---------
    // forward
    // def index_with_types(a: wp.array(dtype=float), idx32: wp.array(dtype=wp.uint32), idx64: wp.array(dtype=wp.int64), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // u = idx32[i]                                                                           <L 7>
    var_1 = wp::address(var_idx32, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // l = idx64[i]                                                                           <L 8>
    var_4 = wp::address(var_idx64, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = a[u] + a[l] + a[wp.int32(u)]                                                  <L 9>
    var_7 = wp::address(var_a, var_2);
    var_8 = wp::address(var_a, var_5);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::add(var_10, var_11);
    var_12 = wp::int32(var_2);
    var_13 = wp::address(var_a, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::add(var_9, var_15);
    wp::array_store(var_out, var_0, var_14);
    // out[wp.uint32(i)] += 1.0                                                               <L 10>
    var_17 = wp::uint32(var_0);
    var_18 = wp::atomic_add(var_out, var_17, var_16);
    // wp.atomic_add(out, wp.int64(i), 0.5)                                                   <L 11>
    var_19 = wp::int64(var_0);
    var_21 = wp::atomic_add(var_out, var_19, var_20);
}



void index_with_types_89de87f3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_with_types_89de87f3 *_wp_args,
    wp_args_index_with_types_89de87f3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_idx32 = _wp_args->idx32;
    wp::array_t<wp::int64> var_idx64 = _wp_args->idx64;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint32> adj_idx32 = _wp_adj_args->idx32;
    wp::array_t<wp::int64> adj_idx64 = _wp_adj_args->idx64;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int64* var_4;
    wp::int64 var_5;
    wp::int64 var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::uint32 var_17;
    wp::float32 var_18;
    wp::int64 var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::uint32 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int64 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int64 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def index_with_types(a: wp.array(dtype=float), idx32: wp.array(dtype=wp.uint32), idx64: wp.array(dtype=wp.int64), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // u = idx32[i]                                                                           <L 7>
    var_1 = wp::address(var_idx32, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // l = idx64[i]                                                                           <L 8>
    var_4 = wp::address(var_idx64, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = a[u] + a[l] + a[wp.int32(u)]                                                  <L 9>
    var_7 = wp::address(var_a, var_2);
    var_8 = wp::address(var_a, var_5);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::add(var_10, var_11);
    var_12 = wp::int32(var_2);
    var_13 = wp::address(var_a, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::add(var_9, var_15);
    // wp::array_store(var_out, var_0, var_14);
    // out[wp.uint32(i)] += 1.0                                                               <L 10>
    var_17 = wp::uint32(var_0);
    // var_18 = wp::atomic_add(var_out, var_17, var_16);
    // wp.atomic_add(out, wp.int64(i), 0.5)                                                   <L 11>
    var_19 = wp::int64(var_0);
    // var_21 = wp::atomic_add(var_out, var_19, var_20);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_19, var_20, adj_out, adj_19, adj_20, adj_21);
    // adj: wp.atomic_add(out, wp.int64(i), 0.5)                                              <L 11>
    wp::adj_atomic_add(var_out, var_17, var_16, adj_out, adj_17, adj_16, adj_18);
    // adj: out[wp.uint32(i)] += 1.0                                                          <L 10>
    wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
    wp::adj_add(var_9, var_15, adj_9, adj_13, adj_14);
    wp::adj_address(var_a, var_12, adj_a, adj_12, adj_13);
    wp::adj_add(var_10, var_11, adj_7, adj_8, adj_9);
    wp::adj_address(var_a, var_5, adj_a, adj_5, adj_8);
    wp::adj_address(var_a, var_2, adj_a, adj_2, adj_7);
    // adj: out[i] = a[u] + a[l] + a[wp.int32(u)]                                             <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_idx64, var_0, adj_idx64, adj_0, adj_4);
    // adj: l = idx64[i]                                                                      <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_idx32, var_0, adj_idx32, adj_0, adj_1);
    // adj: u = idx32[i]                                                                      <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def index_with_types(a: wp.array(dtype=float), idx32: wp.array(dtype=wp.uint32), idx64: wp.array(dtype=wp.int64), out: wp.array(dtype=float)):  <L 5>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_with_types_89de87f3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_with_types_89de87f3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_with_types_89de87f3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_with_types_89de87f3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_with_types_89de87f3 *_wp_args,
    wp_args_index_with_types_89de87f3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_with_types_89de87f3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_index_2d_types_6de70787 {
    wp::array_t<wp::float32> g;
    wp::array_t<wp::int64> rows;
    wp::array_t<wp::uint32> cols;
    wp::array_t<wp::float32> out;
};


void index_2d_types_6de70787_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_2d_types_6de70787 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_g = _wp_args->g;
    wp::array_t<wp::int64> var_rows = _wp_args->rows;
    wp::array_t<wp::uint32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int64* var_1;
    wp::uint32* var_2;
    wp::float32* var_3;
    wp::int64 var_4;
    wp::uint32 var_5;
    wp::int64* var_6;
    wp::uint32* var_7;
    wp::int32 var_8;
    wp::uint32 var_9;
    wp::float32* var_10;
    wp::int64 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def index_2d_types(g: wp.array2d(dtype=float), rows: wp.array(dtype=wp.int64), cols: wp.array(dtype=wp.uint32), out: wp.array(dtype=float)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // out[i] = g[rows[i], cols[i]] + g[rows[i], int(cols[i])]                                <L 17>
    var_1 = wp::address(var_rows, var_0);
    var_2 = wp::address(var_cols, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::address(var_g, var_4, var_5);
    var_6 = wp::address(var_rows, var_0);
    var_7 = wp::address(var_cols, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::int(var_9);
    var_11 = wp::load(var_6);
    var_10 = wp::address(var_g, var_11, var_8);
    var_13 = wp::load(var_3);
    var_14 = wp::load(var_10);
    var_12 = wp::add(var_13, var_14);
    wp::array_store(var_out, var_0, var_12);
}



void index_2d_types_6de70787_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_index_2d_types_6de70787 *_wp_args,
    wp_args_index_2d_types_6de70787 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_g = _wp_args->g;
    wp::array_t<wp::int64> var_rows = _wp_args->rows;
    wp::array_t<wp::uint32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_g = _wp_adj_args->g;
    wp::array_t<wp::int64> adj_rows = _wp_adj_args->rows;
    wp::array_t<wp::uint32> adj_cols = _wp_adj_args->cols;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int64* var_1;
    wp::uint32* var_2;
    wp::float32* var_3;
    wp::int64 var_4;
    wp::uint32 var_5;
    wp::int64* var_6;
    wp::uint32* var_7;
    wp::int32 var_8;
    wp::uint32 var_9;
    wp::float32* var_10;
    wp::int64 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int64 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int64 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def index_2d_types(g: wp.array2d(dtype=float), rows: wp.array(dtype=wp.int64), cols: wp.array(dtype=wp.uint32), out: wp.array(dtype=float)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // out[i] = g[rows[i], cols[i]] + g[rows[i], int(cols[i])]                                <L 17>
    var_1 = wp::address(var_rows, var_0);
    var_2 = wp::address(var_cols, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::address(var_g, var_4, var_5);
    var_6 = wp::address(var_rows, var_0);
    var_7 = wp::address(var_cols, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::int(var_9);
    var_11 = wp::load(var_6);
    var_10 = wp::address(var_g, var_11, var_8);
    var_13 = wp::load(var_3);
    var_14 = wp::load(var_10);
    var_12 = wp::add(var_13, var_14);
    // wp::array_store(var_out, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
    wp::adj_add(var_13, var_14, adj_3, adj_10, adj_12);
    wp::adj_address(var_g, var_11, var_8, adj_g, adj_6, adj_8, adj_10);
    wp::adj_address(var_cols, var_0, adj_cols, adj_0, adj_7);
    wp::adj_address(var_rows, var_0, adj_rows, adj_0, adj_6);
    wp::adj_address(var_g, var_4, var_5, adj_g, adj_1, adj_2, adj_3);
    wp::adj_address(var_cols, var_0, adj_cols, adj_0, adj_2);
    wp::adj_address(var_rows, var_0, adj_rows, adj_0, adj_1);
    // adj: out[i] = g[rows[i], cols[i]] + g[rows[i], int(cols[i])]                           <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def index_2d_types(g: wp.array2d(dtype=float), rows: wp.array(dtype=wp.int64), cols: wp.array(dtype=wp.uint32), out: wp.array(dtype=float)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_2d_types_6de70787_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_2d_types_6de70787 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_2d_types_6de70787_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_2d_types_6de70787_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_index_2d_types_6de70787 *_wp_args,
    wp_args_index_2d_types_6de70787 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        index_2d_types_6de70787_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shifts_mixed_2b4859c1 {
    wp::array_t<wp::int64> a;
    wp::array_t<wp::uint64> b;
    wp::array_t<wp::int64> out;
};


void shifts_mixed_2b4859c1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shifts_mixed_2b4859c1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::int64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int64* var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::uint64* var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::int64 var_7;
    wp::int64 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::int64 var_11;
    wp::int64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    wp::int64 var_15;
    wp::int64 var_16;
    //---------
    // forward
    // def shifts_mixed(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.int64)):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 23>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 24>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // s = x << wp.int64(3)                                                                   <L 25>
    var_7 = 3ll;
    var_8 = wp::lshift(var_2, var_7);
    // t = y >> wp.uint64(7)                                                                  <L 26>
    var_9 = 7ull;
    var_10 = wp::rshift(var_5, var_9);
    // out[i] = s + wp.int64(t) + wp.int64(wp.uint64(x) & y)                                  <L 27>
    var_11 = wp::int64(var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = wp::uint64(var_2);
    var_14 = wp::bit_and(var_13, var_5);
    var_15 = wp::int64(var_14);
    var_16 = wp::add(var_12, var_15);
    wp::array_store(var_out, var_0, var_16);
}



void shifts_mixed_2b4859c1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shifts_mixed_2b4859c1 *_wp_args,
    wp_args_shifts_mixed_2b4859c1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::int64> var_out = _wp_args->out;
    wp::array_t<wp::int64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int64* var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::uint64* var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::int64 var_7;
    wp::int64 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::int64 var_11;
    wp::int64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    wp::int64 var_15;
    wp::int64 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int64 adj_1 = {};
    wp::int64 adj_2 = {};
    wp::int64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::uint64 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::uint64 adj_9 = {};
    wp::uint64 adj_10 = {};
    wp::int64 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::uint64 adj_13 = {};
    wp::uint64 adj_14 = {};
    wp::int64 adj_15 = {};
    wp::int64 adj_16 = {};
    //---------
    // forward
    // def shifts_mixed(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.int64)):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 23>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 24>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // s = x << wp.int64(3)                                                                   <L 25>
    var_7 = 3ll;
    var_8 = wp::lshift(var_2, var_7);
    // t = y >> wp.uint64(7)                                                                  <L 26>
    var_9 = 7ull;
    var_10 = wp::rshift(var_5, var_9);
    // out[i] = s + wp.int64(t) + wp.int64(wp.uint64(x) & y)                                  <L 27>
    var_11 = wp::int64(var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = wp::uint64(var_2);
    var_14 = wp::bit_and(var_13, var_5);
    var_15 = wp::int64(var_14);
    var_16 = wp::add(var_12, var_15);
    // wp::array_store(var_out, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_16);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
    // adj: out[i] = s + wp.int64(t) + wp.int64(wp.uint64(x) & y)                             <L 27>
    // adj: t = y >> wp.uint64(7)                                                             <L 26>
    // adj: s = x << wp.int64(3)                                                              <L 25>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 24>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def shifts_mixed(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.int64)):  <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shifts_mixed_2b4859c1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shifts_mixed_2b4859c1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shifts_mixed_2b4859c1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shifts_mixed_2b4859c1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shifts_mixed_2b4859c1 *_wp_args,
    wp_args_shifts_mixed_2b4859c1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shifts_mixed_2b4859c1_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_loop_types_c43a5123 {
    wp::int32 n;
    wp::array_t<wp::uint32> out;
};


void loop_types_c43a5123_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_types_c43a5123 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::uint32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 31;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    //---------
    // forward
    // def loop_types(n: wp.int32, out: wp.array(dtype=wp.uint32)):                           <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // acc = wp.uint32(0)                                                                     <L 33>
    var_2 = wp::uint32(var_1);
    // for k in range(n):                                                                     <L 34>
    var_3 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // acc = acc * wp.uint32(31) + wp.uint32(k)                                           <L 35>
        var_6 = wp::uint32(var_5);
        var_7 = wp::mul(var_2, var_6);
        var_8 = wp::uint32(var_4);
        var_9 = wp::add(var_7, var_8);
        wp::assign(var_2, var_9);
        goto start_for_0;
    end_for_0:;
    // out[i] = acc                                                                           <L 36>
    wp::array_store(var_out, var_0, var_2);
}



void loop_types_c43a5123_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_types_c43a5123 *_wp_args,
    wp_args_loop_types_c43a5123 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::uint32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::uint32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 31;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint32 adj_9 = {};
    //---------
    // forward
    // def loop_types(n: wp.int32, out: wp.array(dtype=wp.uint32)):                           <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // acc = wp.uint32(0)                                                                     <L 33>
    var_2 = wp::uint32(var_1);
    // for k in range(n):                                                                     <L 34>
    var_3 = wp::range(var_n);
    // out[i] = acc                                                                           <L 36>
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = acc                                                                      <L 36>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
        // acc = acc * wp.uint32(31) + wp.uint32(k)                                           <L 35>
        var_6 = wp::uint32(var_5);
        var_7 = wp::mul(var_2, var_6);
        var_8 = wp::uint32(var_4);
        var_9 = wp::add(var_7, var_8);
        wp::assign(var_2, var_9);
        wp::adj_assign(var_2, var_9, adj_2, adj_9);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: acc = acc * wp.uint32(31) + wp.uint32(k)                                      <L 35>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 34>
    // adj: acc = wp.uint32(0)                                                                <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def loop_types(n: wp.int32, out: wp.array(dtype=wp.uint32)):                      <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void loop_types_c43a5123_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_types_c43a5123 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loop_types_c43a5123_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void loop_types_c43a5123_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_types_c43a5123 *_wp_args,
    wp_args_loop_types_c43a5123 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loop_types_c43a5123_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

