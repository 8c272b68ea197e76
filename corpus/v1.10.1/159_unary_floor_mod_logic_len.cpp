
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

struct wp_args_unary_ops_fac30186 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::int8> i8;
    wp::array_t<wp::quat_t<wp::float32>> q;
};


void unary_ops_fac30186_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_unary_ops_fac30186 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::int8> var_i8 = _wp_args->i8;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32>* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::int8* var_7;
    wp::int8 var_8;
    wp::int8 var_9;
    wp::quat_t<wp::float32>* var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    //---------
    // forward
    // def unary_ops(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), i8: wp.array(dtype=wp.int8), q: wp.array(dtype=wp.quat)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // v[i] = -v[i]                                                                           <L 7>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::neg(var_3);
    wp::array_store(var_v, var_0, var_2);
    // m[i] = -m[i]                                                                           <L 8>
    var_4 = wp::address(var_m, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::neg(var_6);
    wp::array_store(var_m, var_0, var_5);
    // i8[i] = -i8[i]                                                                         <L 9>
    var_7 = wp::address(var_i8, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::neg(var_9);
    wp::array_store(var_i8, var_0, var_8);
    // q[i] = -q[i]                                                                           <L 10>
    var_10 = wp::address(var_q, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::neg(var_12);
    wp::array_store(var_q, var_0, var_11);
}



void unary_ops_fac30186_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_unary_ops_fac30186 *_wp_args,
    wp_args_unary_ops_fac30186 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::int8> var_i8 = _wp_args->i8;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::int8> adj_i8 = _wp_adj_args->i8;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32>* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::int8* var_7;
    wp::int8 var_8;
    wp::int8 var_9;
    wp::quat_t<wp::float32>* var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    wp::int8 adj_7 = {};
    wp::int8 adj_8 = {};
    wp::int8 adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::quat_t<wp::float32> adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    //---------
    // forward
    // def unary_ops(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), i8: wp.array(dtype=wp.int8), q: wp.array(dtype=wp.quat)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // v[i] = -v[i]                                                                           <L 7>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::neg(var_3);
    // wp::array_store(var_v, var_0, var_2);
    // m[i] = -m[i]                                                                           <L 8>
    var_4 = wp::address(var_m, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::neg(var_6);
    // wp::array_store(var_m, var_0, var_5);
    // i8[i] = -i8[i]                                                                         <L 9>
    var_7 = wp::address(var_i8, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::neg(var_9);
    // wp::array_store(var_i8, var_0, var_8);
    // q[i] = -q[i]                                                                           <L 10>
    var_10 = wp::address(var_q, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::neg(var_12);
    // wp::array_store(var_q, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_q, var_0, var_11, adj_q, adj_0, adj_11);
    wp::adj_neg(var_12, adj_10, adj_11);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_10);
    // adj: q[i] = -q[i]                                                                      <L 10>
    wp::adj_array_store(var_i8, var_0, var_8, adj_i8, adj_0, adj_8);
    wp::adj_neg(var_9, adj_7, adj_8);
    wp::adj_address(var_i8, var_0, adj_i8, adj_0, adj_7);
    // adj: i8[i] = -i8[i]                                                                    <L 9>
    wp::adj_array_store(var_m, var_0, var_5, adj_m, adj_0, adj_5);
    wp::adj_neg(var_6, adj_4, adj_5);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_4);
    // adj: m[i] = -m[i]                                                                      <L 8>
    wp::adj_array_store(var_v, var_0, var_2, adj_v, adj_0, adj_2);
    wp::adj_neg(var_3, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = -v[i]                                                                      <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def unary_ops(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), i8: wp.array(dtype=wp.int8), q: wp.array(dtype=wp.quat)):  <L 5>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void unary_ops_fac30186_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_unary_ops_fac30186 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        unary_ops_fac30186_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void unary_ops_fac30186_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_unary_ops_fac30186 *_wp_args,
    wp_args_unary_ops_fac30186 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        unary_ops_fac30186_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_int_power_floor_06b0fc0a {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float32> out;
};


void int_power_floor_06b0fc0a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_power_floor_06b0fc0a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def int_power_floor(a: wp.array(dtype=int), f: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 16>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = k * k                                                                              <L 17>
    var_4 = wp::mul(var_2, var_2);
    // x = f[i]                                                                               <L 18>
    var_5 = wp::address(var_f, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = x // 2.0                                                                           <L 19>
    var_9 = wp::floordiv(var_6, var_8);
    // z = x % 2.0                                                                            <L 20>
    var_11 = wp::mod(var_6, var_10);
    // w = (-x) % 3.0                                                                         <L 21>
    var_12 = wp::neg(var_6);
    var_14 = wp::mod(var_12, var_13);
    // out[i] = float(p) + y + z + w                                                          <L 22>
    var_15 = wp::float(var_4);
    var_16 = wp::add(var_15, var_9);
    var_17 = wp::add(var_16, var_11);
    var_18 = wp::add(var_17, var_14);
    wp::array_store(var_out, var_0, var_18);
}



void int_power_floor_06b0fc0a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_power_floor_06b0fc0a *_wp_args,
    wp_args_int_power_floor_06b0fc0a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def int_power_floor(a: wp.array(dtype=int), f: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 16>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = k * k                                                                              <L 17>
    var_4 = wp::mul(var_2, var_2);
    // x = f[i]                                                                               <L 18>
    var_5 = wp::address(var_f, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = x // 2.0                                                                           <L 19>
    var_9 = wp::floordiv(var_6, var_8);
    // z = x % 2.0                                                                            <L 20>
    var_11 = wp::mod(var_6, var_10);
    // w = (-x) % 3.0                                                                         <L 21>
    var_12 = wp::neg(var_6);
    var_14 = wp::mod(var_12, var_13);
    // out[i] = float(p) + y + z + w                                                          <L 22>
    var_15 = wp::float(var_4);
    var_16 = wp::add(var_15, var_9);
    var_17 = wp::add(var_16, var_11);
    var_18 = wp::add(var_17, var_14);
    // wp::array_store(var_out, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_18, adj_out, adj_0, adj_18);
    wp::adj_add(var_17, var_14, adj_17, adj_14, adj_18);
    wp::adj_add(var_16, var_11, adj_16, adj_11, adj_17);
    wp::adj_add(var_15, var_9, adj_15, adj_9, adj_16);
    wp::adj_float(var_4, adj_4, adj_15);
    // adj: out[i] = float(p) + y + z + w                                                     <L 22>
    wp::adj_mod(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_neg(var_6, adj_6, adj_12);
    // adj: w = (-x) % 3.0                                                                    <L 21>
    wp::adj_mod(var_6, var_10, adj_6, adj_10, adj_11);
    // adj: z = x % 2.0                                                                       <L 20>
    // adj: y = x // 2.0                                                                      <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_5);
    // adj: x = f[i]                                                                          <L 18>
    wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_4);
    // adj: p = k * k                                                                         <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: k = a[i]                                                                          <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def int_power_floor(a: wp.array(dtype=int), f: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void int_power_floor_06b0fc0a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_int_power_floor_06b0fc0a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_power_floor_06b0fc0a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void int_power_floor_06b0fc0a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_int_power_floor_06b0fc0a *_wp_args,
    wp_args_int_power_floor_06b0fc0a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_power_floor_06b0fc0a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_logical_mix_1d84a95e {
    wp::array_t<wp::int32> a;
    wp::array_t<bool> b;
    wp::array_t<bool> out;
};


void logical_mix_1d84a95e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_logical_mix_1d84a95e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<bool> var_b = _wp_args->b;
    wp::array_t<bool> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool* var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    const wp::int32 var_10 = 3;
    bool var_11;
    const wp::int32 var_12 = 7;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    //---------
    // forward
    // def logical_mix(a: wp.array(dtype=int), b: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.bool)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 28>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // flag = b[i]                                                                            <L 29>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = bool(k) and not flag                                                               <L 30>
    var_7 = bool(var_2);
    var_8 = wp::unot(var_5);
    var_9 = var_7 && var_8;
    // r = r or (k > 3 and k < 7) or not (k != 0)                                             <L 31>
    var_11 = (var_2 > var_10);
    var_13 = (var_2 < var_12);
    var_14 = var_11 && var_13;
    var_16 = (var_2 != var_15);
    var_17 = wp::unot(var_16);
    var_18 = var_9 || var_14 || var_17;
    // out[i] = r == flag                                                                     <L 32>
    var_19 = (var_18 == var_5);
    wp::array_store(var_out, var_0, var_19);
}



void logical_mix_1d84a95e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_logical_mix_1d84a95e *_wp_args,
    wp_args_logical_mix_1d84a95e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<bool> var_b = _wp_args->b;
    wp::array_t<bool> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<bool> adj_b = _wp_adj_args->b;
    wp::array_t<bool> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool* var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    bool var_8;
    bool var_9;
    const wp::int32 var_10 = 3;
    bool var_11;
    const wp::int32 var_12 = 7;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    //---------
    // forward
    // def logical_mix(a: wp.array(dtype=int), b: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.bool)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 28>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // flag = b[i]                                                                            <L 29>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = bool(k) and not flag                                                               <L 30>
    var_7 = bool(var_2);
    var_8 = wp::unot(var_5);
    var_9 = var_7 && var_8;
    // r = r or (k > 3 and k < 7) or not (k != 0)                                             <L 31>
    var_11 = (var_2 > var_10);
    var_13 = (var_2 < var_12);
    var_14 = var_11 && var_13;
    var_16 = (var_2 != var_15);
    var_17 = wp::unot(var_16);
    var_18 = var_9 || var_14 || var_17;
    // out[i] = r == flag                                                                     <L 32>
    var_19 = (var_18 == var_5);
    // wp::array_store(var_out, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
    // adj: out[i] = r == flag                                                                <L 32>
    // adj: r = r or (k > 3 and k < 7) or not (k != 0)                                        <L 31>
    adj_bool(var_2, adj_2, adj_7);
    // adj: r = bool(k) and not flag                                                          <L 30>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: flag = b[i]                                                                       <L 29>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: k = a[i]                                                                          <L 28>
    // adj: i = wp.tid()                                                                      <L 27>
    // adj: def logical_mix(a: wp.array(dtype=int), b: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.bool)):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void logical_mix_1d84a95e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_logical_mix_1d84a95e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        logical_mix_1d84a95e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void logical_mix_1d84a95e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_logical_mix_1d84a95e *_wp_args,
    wp_args_logical_mix_1d84a95e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        logical_mix_1d84a95e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_len_usage_05be5d93 {
    wp::array_t<wp::vec_t<4, wp::float32>> v;
    wp::array_t<wp::float32> out;
};


void len_usage_05be5d93_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_len_usage_05be5d93 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 4;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def len_usage(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):                 <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // x = v[i]                                                                               <L 38>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = float(0.0)                                                                         <L 39>
    var_5 = wp::float(var_4);
    // for k in range(len(x)):                                                                <L 40>
    // s += x[k]                                                                              <L 41>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::extract(var_2, var_7);
    var_10 = wp::add(var_5, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::extract(var_2, var_11);
    var_14 = wp::add(var_10, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::extract(var_2, var_15);
    var_18 = wp::add(var_14, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::extract(var_2, var_19);
    var_22 = wp::add(var_18, var_21);
    // out[i] = s + float(len(v))                                                             <L 42>
    var_23 = wp::len(var_v);
    var_24 = wp::float(var_23);
    var_25 = wp::add(var_22, var_24);
    wp::array_store(var_out, var_0, var_25);
}



void len_usage_05be5d93_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_len_usage_05be5d93 *_wp_args,
    wp_args_len_usage_05be5d93 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 4;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def len_usage(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):                 <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // x = v[i]                                                                               <L 38>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = float(0.0)                                                                         <L 39>
    var_5 = wp::float(var_4);
    // for k in range(len(x)):                                                                <L 40>
    // s += x[k]                                                                              <L 41>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::extract(var_2, var_7);
    var_10 = wp::add(var_5, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::extract(var_2, var_11);
    var_14 = wp::add(var_10, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::extract(var_2, var_15);
    var_18 = wp::add(var_14, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::extract(var_2, var_19);
    var_22 = wp::add(var_18, var_21);
    // out[i] = s + float(len(v))                                                             <L 42>
    var_23 = wp::len(var_v);
    var_24 = wp::float(var_23);
    var_25 = wp::add(var_22, var_24);
    // wp::array_store(var_out, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_25, adj_out, adj_0, adj_25);
    wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_float(var_23, adj_23, adj_24);
    // adj: out[i] = s + float(len(v))                                                        <L 42>
    wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_add(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_17);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: s += x[k]                                                                         <L 41>
    // adj: for k in range(len(x)):                                                           <L 40>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: s = float(0.0)                                                                    <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: x = v[i]                                                                          <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def len_usage(v: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):            <L 36>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void len_usage_05be5d93_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_len_usage_05be5d93 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        len_usage_05be5d93_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void len_usage_05be5d93_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_len_usage_05be5d93 *_wp_args,
    wp_args_len_usage_05be5d93 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        len_usage_05be5d93_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

