
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


// corpus/133_python_builtins_ternaries.py:9
static wp::int32 wrap_index_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    //---------
    // forward
    // def wrap_index(i: int, n: int) -> int:                                                 <L 10>
    // r = i % n                                                                              <L 11>
    var_0 = wp::mod(var_i, var_n);
    // return r + n if r < 0 else r                                                           <L 12>
    var_2 = (var_0 < var_1);
    if (var_2) {
        var_3 = wp::add(var_0, var_n);
    }
    if (!var_2) {
    }
    var_4 = wp::where(var_2, var_3, var_0);
    return var_4;
}


// corpus/133_python_builtins_ternaries.py:9
static void adj_wrap_index_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    //---------
    // forward
    // def wrap_index(i: int, n: int) -> int:                                                 <L 10>
    // r = i % n                                                                              <L 11>
    var_0 = wp::mod(var_i, var_n);
    // return r + n if r < 0 else r                                                           <L 12>
    var_2 = (var_0 < var_1);
    if (var_2) {
        var_3 = wp::add(var_0, var_n);
    }
    if (!var_2) {
    }
    var_4 = wp::where(var_2, var_3, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_where(var_2, var_3, var_0, adj_2, adj_3, adj_0, adj_4);
    if (!var_2) {
    }
    if (var_2) {
        wp::adj_add(var_0, var_n, adj_0, adj_n, adj_3);
    }
    // adj: return r + n if r < 0 else r                                                      <L 12>
    wp::adj_mod(var_i, var_n, adj_i, adj_n, adj_0);
    // adj: r = i % n                                                                         <L 11>
    // adj: def wrap_index(i: int, n: int) -> int:                                            <L 10>
    return;
}

struct wp_args_py_builtins_f01f6f1e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> b;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> iout;
};


void py_builtins_f01f6f1e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_py_builtins_f01f6f1e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.5;
    wp::float32 var_17;
    const wp::int32 var_18 = -3;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 10.0;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    const bool var_30 = true;
    wp::float32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 4;
    wp::int32 var_34;
    //---------
    // forward
    // def py_builtins(a: wp.array(dtype=float), b: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 18>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // k = b[i]                                                                               <L 19>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // y = abs(x) + min(x, 1.0) + max(x, -1.0)                                                <L 20>
    var_7 = wp::abs(var_2);
    var_9 = wp::min(var_2, var_8);
    var_10 = wp::add(var_7, var_9);
    var_13 = wp::max(var_2, var_12);
    var_14 = wp::add(var_10, var_13);
    // z = float(k) * SCALE + float(OFFSET)                                                   <L 21>
    var_15 = wp::float(var_5);
    var_17 = wp::mul(var_15, var_16);
    var_19 = wp::float(var_18);
    var_20 = wp::add(var_17, var_19);
    // n = int(x * 10.0)                                                                      <L 22>
    var_22 = wp::mul(var_2, var_21);
    var_23 = wp::int(var_22);
    // m = min(k, n) + max(k, 0) + abs(k)                                                     <L 23>
    var_24 = wp::min(var_5, var_23);
    var_26 = wp::max(var_5, var_25);
    var_27 = wp::add(var_24, var_26);
    var_28 = wp::abs(var_5);
    var_29 = wp::add(var_27, var_28);
    // if ENABLED:                                                                            <L 24>
    // y = y + z                                                                              <L 25>
    var_31 = wp::add(var_14, var_20);
    // out[i] = y                                                                             <L 26>
    wp::array_store(var_out, var_0, var_31);
    // iout[i] = wrap_index(m + OFFSET, NAMES)                                                <L 27>
    var_32 = wp::add(var_29, var_18);
    var_34 = wrap_index_0(var_32, var_33);
    wp::array_store(var_iout, var_0, var_34);
}



void py_builtins_f01f6f1e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_py_builtins_f01f6f1e *_wp_args,
    wp_args_py_builtins_f01f6f1e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_iout = _wp_adj_args->iout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.5;
    wp::float32 var_17;
    const wp::int32 var_18 = -3;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 10.0;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    const bool var_30 = true;
    wp::float32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 4;
    wp::int32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
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
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    //---------
    // forward
    // def py_builtins(a: wp.array(dtype=float), b: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 18>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // k = b[i]                                                                               <L 19>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // y = abs(x) + min(x, 1.0) + max(x, -1.0)                                                <L 20>
    var_7 = wp::abs(var_2);
    var_9 = wp::min(var_2, var_8);
    var_10 = wp::add(var_7, var_9);
    var_13 = wp::max(var_2, var_12);
    var_14 = wp::add(var_10, var_13);
    // z = float(k) * SCALE + float(OFFSET)                                                   <L 21>
    var_15 = wp::float(var_5);
    var_17 = wp::mul(var_15, var_16);
    var_19 = wp::float(var_18);
    var_20 = wp::add(var_17, var_19);
    // n = int(x * 10.0)                                                                      <L 22>
    var_22 = wp::mul(var_2, var_21);
    var_23 = wp::int(var_22);
    // m = min(k, n) + max(k, 0) + abs(k)                                                     <L 23>
    var_24 = wp::min(var_5, var_23);
    var_26 = wp::max(var_5, var_25);
    var_27 = wp::add(var_24, var_26);
    var_28 = wp::abs(var_5);
    var_29 = wp::add(var_27, var_28);
    // if ENABLED:                                                                            <L 24>
    // y = y + z                                                                              <L 25>
    var_31 = wp::add(var_14, var_20);
    // out[i] = y                                                                             <L 26>
    // wp::array_store(var_out, var_0, var_31);
    // iout[i] = wrap_index(m + OFFSET, NAMES)                                                <L 27>
    var_32 = wp::add(var_29, var_18);
    var_34 = wrap_index_0(var_32, var_33);
    // wp::array_store(var_iout, var_0, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_iout, var_0, var_34, adj_iout, adj_0, adj_34);
    adj_wrap_index_0(var_32, var_33, adj_32, adj_33, adj_34);
    wp::adj_add(var_29, var_18, adj_29, adj_18, adj_32);
    // adj: iout[i] = wrap_index(m + OFFSET, NAMES)                                           <L 27>
    wp::adj_array_store(var_out, var_0, var_31, adj_out, adj_0, adj_31);
    // adj: out[i] = y                                                                        <L 26>
    wp::adj_add(var_14, var_20, adj_14, adj_20, adj_31);
    // adj: y = y + z                                                                         <L 25>
    // adj: if ENABLED:                                                                       <L 24>
    wp::adj_add(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_abs(var_5, adj_5, adj_28);
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_max(var_5, var_25, adj_5, adj_25, adj_26);
    wp::adj_min(var_5, var_23, adj_5, adj_23, adj_24);
    // adj: m = min(k, n) + max(k, 0) + abs(k)                                                <L 23>
    wp::adj_int(var_22, adj_22, adj_23);
    wp::adj_mul(var_2, var_21, adj_2, adj_21, adj_22);
    // adj: n = int(x * 10.0)                                                                 <L 22>
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_float(var_5, adj_5, adj_15);
    // adj: z = float(k) * SCALE + float(OFFSET)                                              <L 21>
    wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_max(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_min(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_abs(var_2, adj_2, adj_7);
    // adj: y = abs(x) + min(x, 1.0) + max(x, -1.0)                                           <L 20>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: k = b[i]                                                                          <L 19>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def py_builtins(a: wp.array(dtype=float), b: wp.array(dtype=int), out: wp.array(dtype=float), iout: wp.array(dtype=int)):  <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void py_builtins_f01f6f1e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_py_builtins_f01f6f1e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        py_builtins_f01f6f1e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void py_builtins_f01f6f1e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_py_builtins_f01f6f1e *_wp_args,
    wp_args_py_builtins_f01f6f1e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        py_builtins_f01f6f1e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_ternaries_ae82e0c9 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
    wp::array_t<bool> flags;
};


void ternaries_ae82e0c9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ternaries_ae82e0c9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<bool> var_flags = _wp_args->flags;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = -1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    bool var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    wp::float32 var_15;
    bool* var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    bool var_25;
    bool var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def ternaries(a: wp.array(dtype=float), out: wp.array(dtype=float), flags: wp.array(dtype=wp.bool)):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 33>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = 1.0 if x >= 0.0 else -1.0                                                          <L 34>
    var_5 = (var_2 >= var_4);
    if (var_5) {
    }
    if (!var_5) {
    }
    var_9 = wp::where(var_5, var_6, var_8);
    // t = x * x if x < 2.0 else 2.0 * x                                                      <L 35>
    var_11 = (var_2 < var_10);
    if (var_11) {
        var_12 = wp::mul(var_2, var_2);
    }
    if (!var_11) {
        var_14 = wp::mul(var_13, var_2);
    }
    var_15 = wp::where(var_11, var_12, var_14);
    // f = flags[i]                                                                           <L 36>
    var_16 = wp::address(var_flags, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // g = (not f) and x > 0.0 or (f and x < 0.0)                                             <L 37>
    var_19 = wp::unot(var_17);
    var_21 = (var_2 > var_20);
    var_22 = var_19 && var_21;
    var_24 = (var_2 < var_23);
    var_25 = var_17 && var_24;
    var_26 = var_22 || var_25;
    // out[i] = wp.where(g, s * t, t - s)                                                     <L 38>
    var_27 = wp::mul(var_9, var_15);
    var_28 = wp::sub(var_15, var_9);
    var_29 = wp::where(var_26, var_27, var_28);
    wp::array_store(var_out, var_0, var_29);
    // flags[i] = g                                                                           <L 39>
    wp::array_store(var_flags, var_0, var_26);
}



void ternaries_ae82e0c9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ternaries_ae82e0c9 *_wp_args,
    wp_args_ternaries_ae82e0c9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<bool> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<bool> adj_flags = _wp_adj_args->flags;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = -1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    bool var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    wp::float32 var_15;
    bool* var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    bool var_25;
    bool var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def ternaries(a: wp.array(dtype=float), out: wp.array(dtype=float), flags: wp.array(dtype=wp.bool)):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 33>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = 1.0 if x >= 0.0 else -1.0                                                          <L 34>
    var_5 = (var_2 >= var_4);
    if (var_5) {
    }
    if (!var_5) {
    }
    var_9 = wp::where(var_5, var_6, var_8);
    // t = x * x if x < 2.0 else 2.0 * x                                                      <L 35>
    var_11 = (var_2 < var_10);
    if (var_11) {
        var_12 = wp::mul(var_2, var_2);
    }
    if (!var_11) {
        var_14 = wp::mul(var_13, var_2);
    }
    var_15 = wp::where(var_11, var_12, var_14);
    // f = flags[i]                                                                           <L 36>
    var_16 = wp::address(var_flags, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // g = (not f) and x > 0.0 or (f and x < 0.0)                                             <L 37>
    var_19 = wp::unot(var_17);
    var_21 = (var_2 > var_20);
    var_22 = var_19 && var_21;
    var_24 = (var_2 < var_23);
    var_25 = var_17 && var_24;
    var_26 = var_22 || var_25;
    // out[i] = wp.where(g, s * t, t - s)                                                     <L 38>
    var_27 = wp::mul(var_9, var_15);
    var_28 = wp::sub(var_15, var_9);
    var_29 = wp::where(var_26, var_27, var_28);
    // wp::array_store(var_out, var_0, var_29);
    // flags[i] = g                                                                           <L 39>
    // wp::array_store(var_flags, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_flags, var_0, var_26, adj_flags, adj_0, adj_26);
    // adj: flags[i] = g                                                                      <L 39>
    wp::adj_array_store(var_out, var_0, var_29, adj_out, adj_0, adj_29);
    wp::adj_where(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
    wp::adj_sub(var_15, var_9, adj_15, adj_9, adj_28);
    wp::adj_mul(var_9, var_15, adj_9, adj_15, adj_27);
    // adj: out[i] = wp.where(g, s * t, t - s)                                                <L 38>
    // adj: g = (not f) and x > 0.0 or (f and x < 0.0)                                        <L 37>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_16);
    // adj: f = flags[i]                                                                      <L 36>
    wp::adj_where(var_11, var_12, var_14, adj_11, adj_12, adj_14, adj_15);
    if (!var_11) {
        wp::adj_mul(var_13, var_2, adj_13, adj_2, adj_14);
    }
    if (var_11) {
        wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_12);
    }
    // adj: t = x * x if x < 2.0 else 2.0 * x                                                 <L 35>
    wp::adj_where(var_5, var_6, var_8, adj_5, adj_6, adj_8, adj_9);
    if (!var_5) {
    }
    if (var_5) {
    }
    // adj: s = 1.0 if x >= 0.0 else -1.0                                                     <L 34>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def ternaries(a: wp.array(dtype=float), out: wp.array(dtype=float), flags: wp.array(dtype=wp.bool)):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ternaries_ae82e0c9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_ternaries_ae82e0c9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ternaries_ae82e0c9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ternaries_ae82e0c9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_ternaries_ae82e0c9 *_wp_args,
    wp_args_ternaries_ae82e0c9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ternaries_ae82e0c9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_chained_compare_9505552b {
    wp::array_t<wp::int32> a;
    wp::int32 lo;
    wp::int32 hi;
    wp::array_t<wp::int32> inside;
};


void chained_compare_9505552b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_chained_compare_9505552b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::int32 var_lo = _wp_args->lo;
    wp::int32 var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 10;
    bool var_14;
    const wp::int32 var_15 = 10;
    const wp::int32 var_16 = 10;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // forward
    // def chained_compare(a: wp.array(dtype=int), lo: int, hi: int, inside: wp.array(dtype=int)):       <L 43>
    // i = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 45>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = 0                                                                                  <L 46>
    // if lo <= v < hi:                                                                       <L 47>
    var_5 = ((var_lo <= var_2) && (var_2 < var_hi));
    if (var_5) {
        // c = 1                                                                              <L 48>
    }
    var_7 = wp::where(var_5, var_6, var_4);
    if (!var_5) {
        // elif v < lo < hi:                                                                  <L 49>
        var_8 = ((var_2 < var_lo) && (var_lo < var_hi));
        if (var_8) {
            // c = 2                                                                          <L 50>
        }
        var_10 = wp::where(var_8, var_9, var_7);
    }
    var_11 = wp::where(var_5, var_7, var_10);
    // if 0 < v <= 10 <= hi:                                                                  <L 51>
    var_14 = (((var_12 < var_2) && (var_2 <= var_13)) && (var_13 <= var_hi));
    if (var_14) {
        // c += 10                                                                            <L 52>
        var_17 = wp::add(var_11, var_16);
    }
    var_18 = wp::where(var_14, var_17, var_11);
    // inside[i] = c                                                                          <L 53>
    wp::array_store(var_inside, var_0, var_18);
}



void chained_compare_9505552b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_chained_compare_9505552b *_wp_args,
    wp_args_chained_compare_9505552b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::int32 var_lo = _wp_args->lo;
    wp::int32 var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::int32 adj_lo = _wp_adj_args->lo;
    wp::int32 adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_inside = _wp_adj_args->inside;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 10;
    bool var_14;
    const wp::int32 var_15 = 10;
    const wp::int32 var_16 = 10;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def chained_compare(a: wp.array(dtype=int), lo: int, hi: int, inside: wp.array(dtype=int)):       <L 43>
    // i = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 45>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = 0                                                                                  <L 46>
    // if lo <= v < hi:                                                                       <L 47>
    var_5 = ((var_lo <= var_2) && (var_2 < var_hi));
    if (var_5) {
        // c = 1                                                                              <L 48>
    }
    var_7 = wp::where(var_5, var_6, var_4);
    if (!var_5) {
        // elif v < lo < hi:                                                                  <L 49>
        var_8 = ((var_2 < var_lo) && (var_lo < var_hi));
        if (var_8) {
            // c = 2                                                                          <L 50>
        }
        var_10 = wp::where(var_8, var_9, var_7);
    }
    var_11 = wp::where(var_5, var_7, var_10);
    // if 0 < v <= 10 <= hi:                                                                  <L 51>
    var_14 = (((var_12 < var_2) && (var_2 <= var_13)) && (var_13 <= var_hi));
    if (var_14) {
        // c += 10                                                                            <L 52>
        var_17 = wp::add(var_11, var_16);
    }
    var_18 = wp::where(var_14, var_17, var_11);
    // inside[i] = c                                                                          <L 53>
    // wp::array_store(var_inside, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_inside, var_0, var_18, adj_inside, adj_0, adj_18);
    // adj: inside[i] = c                                                                     <L 53>
    wp::adj_where(var_14, var_17, var_11, adj_14, adj_17, adj_11, adj_18);
    if (var_14) {
        wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
        // adj: c += 10                                                                       <L 52>
    }
    // adj: if 0 < v <= 10 <= hi:                                                             <L 51>
    wp::adj_where(var_5, var_7, var_10, adj_5, adj_7, adj_10, adj_11);
    if (!var_5) {
        wp::adj_where(var_8, var_9, var_7, adj_8, adj_9, adj_7, adj_10);
        if (var_8) {
            // adj: c = 2                                                                     <L 50>
        }
        // adj: elif v < lo < hi:                                                             <L 49>
    }
    wp::adj_where(var_5, var_6, var_4, adj_5, adj_6, adj_4, adj_7);
    if (var_5) {
        // adj: c = 1                                                                         <L 48>
    }
    // adj: if lo <= v < hi:                                                                  <L 47>
    // adj: c = 0                                                                             <L 46>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: v = a[i]                                                                          <L 45>
    // adj: i = wp.tid()                                                                      <L 44>
    // adj: def chained_compare(a: wp.array(dtype=int), lo: int, hi: int, inside: wp.array(dtype=int)):  <L 43>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void chained_compare_9505552b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_chained_compare_9505552b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        chained_compare_9505552b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void chained_compare_9505552b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_chained_compare_9505552b *_wp_args,
    wp_args_chained_compare_9505552b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        chained_compare_9505552b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_int_float_mix_61480e7c {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::float32> out;
};


void int_float_mix_61480e7c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_float_mix_61480e7c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 3;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // forward
    // def int_float_mix(a: wp.array(dtype=int), out: wp.array(dtype=float)):                 <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 59>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = float(k) / 3.0                                                                     <L 60>
    var_4 = wp::float(var_2);
    var_6 = wp::div(var_4, var_5);
    // y = float(k // 3)                                                                      <L 61>
    var_8 = wp::floordiv(var_2, var_7);
    var_9 = wp::float(var_8);
    // z = float(k % 3)                                                                       <L 62>
    var_11 = wp::mod(var_2, var_10);
    var_12 = wp::float(var_11);
    // w = wp.float32(k) * 0.5                                                                <L 63>
    var_13 = wp::float32(var_2);
    var_15 = wp::mul(var_13, var_14);
    // q = wp.pow(x, 2.0) + wp.sqrt(wp.abs(w)) + 2.0 ** z                                     <L 64>
    var_17 = wp::pow(var_6, var_16);
    var_18 = wp::abs(var_15);
    var_19 = wp::sqrt(var_18);
    var_20 = wp::add(var_17, var_19);
    var_22 = wp::pow(var_21, var_12);
    var_23 = wp::add(var_20, var_22);
    // out[i] = x + y + z + q + float(-k) + float(+k)                                         <L 65>
    var_24 = wp::add(var_6, var_9);
    var_25 = wp::add(var_24, var_12);
    var_26 = wp::add(var_25, var_23);
    var_27 = wp::neg(var_2);
    var_28 = wp::float(var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::pos(var_2);
    var_31 = wp::float(var_30);
    var_32 = wp::add(var_29, var_31);
    wp::array_store(var_out, var_0, var_32);
}



void int_float_mix_61480e7c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_float_mix_61480e7c *_wp_args,
    wp_args_int_float_mix_61480e7c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 3;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def int_float_mix(a: wp.array(dtype=int), out: wp.array(dtype=float)):                 <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // k = a[i]                                                                               <L 59>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = float(k) / 3.0                                                                     <L 60>
    var_4 = wp::float(var_2);
    var_6 = wp::div(var_4, var_5);
    // y = float(k // 3)                                                                      <L 61>
    var_8 = wp::floordiv(var_2, var_7);
    var_9 = wp::float(var_8);
    // z = float(k % 3)                                                                       <L 62>
    var_11 = wp::mod(var_2, var_10);
    var_12 = wp::float(var_11);
    // w = wp.float32(k) * 0.5                                                                <L 63>
    var_13 = wp::float32(var_2);
    var_15 = wp::mul(var_13, var_14);
    // q = wp.pow(x, 2.0) + wp.sqrt(wp.abs(w)) + 2.0 ** z                                     <L 64>
    var_17 = wp::pow(var_6, var_16);
    var_18 = wp::abs(var_15);
    var_19 = wp::sqrt(var_18);
    var_20 = wp::add(var_17, var_19);
    var_22 = wp::pow(var_21, var_12);
    var_23 = wp::add(var_20, var_22);
    // out[i] = x + y + z + q + float(-k) + float(+k)                                         <L 65>
    var_24 = wp::add(var_6, var_9);
    var_25 = wp::add(var_24, var_12);
    var_26 = wp::add(var_25, var_23);
    var_27 = wp::neg(var_2);
    var_28 = wp::float(var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::pos(var_2);
    var_31 = wp::float(var_30);
    var_32 = wp::add(var_29, var_31);
    // wp::array_store(var_out, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
    wp::adj_add(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_float(var_30, adj_30, adj_31);
    wp::adj_pos(var_2, adj_2, adj_30);
    wp::adj_add(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_float(var_27, adj_27, adj_28);
    wp::adj_neg(var_2, adj_2, adj_27);
    wp::adj_add(var_25, var_23, adj_25, adj_23, adj_26);
    wp::adj_add(var_24, var_12, adj_24, adj_12, adj_25);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_24);
    // adj: out[i] = x + y + z + q + float(-k) + float(+k)                                    <L 65>
    wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
    wp::adj_pow(var_21, var_12, var_22, adj_21, adj_12, adj_22);
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_sqrt(var_18, var_19, adj_18, adj_19);
    wp::adj_abs(var_15, adj_15, adj_18);
    wp::adj_pow(var_6, var_16, var_17, adj_6, adj_16, adj_17);
    // adj: q = wp.pow(x, 2.0) + wp.sqrt(wp.abs(w)) + 2.0 ** z                                <L 64>
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_float32(var_2, adj_2, adj_13);
    // adj: w = wp.float32(k) * 0.5                                                           <L 63>
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_mod(var_2, var_10, adj_2, adj_10, adj_11);
    // adj: z = float(k % 3)                                                                  <L 62>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: y = float(k // 3)                                                                 <L 61>
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_4);
    // adj: x = float(k) / 3.0                                                                <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: k = a[i]                                                                          <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def int_float_mix(a: wp.array(dtype=int), out: wp.array(dtype=float)):            <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void int_float_mix_61480e7c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_int_float_mix_61480e7c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_float_mix_61480e7c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void int_float_mix_61480e7c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_int_float_mix_61480e7c *_wp_args,
    wp_args_int_float_mix_61480e7c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_float_mix_61480e7c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_swap_sort_089d4175 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


void swap_sort_089d4175_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_swap_sort_089d4175 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def swap_sort(a: wp.array(dtype=float), b: wp.array(dtype=float)):                     <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 71>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 72>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if x > y:                                                                              <L 73>
    var_7 = (var_2 > var_5);
    if (var_7) {
        // tmp = x                                                                            <L 74>
        var_8 = wp::copy(var_2);
        // x = y                                                                              <L 75>
        var_9 = wp::copy(var_5);
        // y = tmp                                                                            <L 76>
        var_10 = wp::copy(var_8);
    }
    var_11 = wp::where(var_7, var_9, var_2);
    var_12 = wp::where(var_7, var_10, var_5);
    // a[i] = x                                                                               <L 77>
    wp::array_store(var_a, var_0, var_11);
    // b[i] = y                                                                               <L 78>
    wp::array_store(var_b, var_0, var_12);
}



void swap_sort_089d4175_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_swap_sort_089d4175 *_wp_args,
    wp_args_swap_sort_089d4175 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def swap_sort(a: wp.array(dtype=float), b: wp.array(dtype=float)):                     <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 71>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 72>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if x > y:                                                                              <L 73>
    var_7 = (var_2 > var_5);
    if (var_7) {
        // tmp = x                                                                            <L 74>
        var_8 = wp::copy(var_2);
        // x = y                                                                              <L 75>
        var_9 = wp::copy(var_5);
        // y = tmp                                                                            <L 76>
        var_10 = wp::copy(var_8);
    }
    var_11 = wp::where(var_7, var_9, var_2);
    var_12 = wp::where(var_7, var_10, var_5);
    // a[i] = x                                                                               <L 77>
    // wp::array_store(var_a, var_0, var_11);
    // b[i] = y                                                                               <L 78>
    // wp::array_store(var_b, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_12, adj_b, adj_0, adj_12);
    // adj: b[i] = y                                                                          <L 78>
    wp::adj_array_store(var_a, var_0, var_11, adj_a, adj_0, adj_11);
    // adj: a[i] = x                                                                          <L 77>
    wp::adj_where(var_7, var_10, var_5, adj_7, adj_10, adj_5, adj_12);
    wp::adj_where(var_7, var_9, var_2, adj_7, adj_9, adj_2, adj_11);
    if (var_7) {
        wp::adj_copy(var_8, adj_8, adj_10);
        // adj: y = tmp                                                                       <L 76>
        wp::adj_copy(var_5, adj_5, adj_9);
        // adj: x = y                                                                         <L 75>
        wp::adj_copy(var_2, adj_2, adj_8);
        // adj: tmp = x                                                                       <L 74>
    }
    // adj: if x > y:                                                                         <L 73>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 72>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 71>
    // adj: i = wp.tid()                                                                      <L 70>
    // adj: def swap_sort(a: wp.array(dtype=float), b: wp.array(dtype=float)):                <L 69>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void swap_sort_089d4175_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_swap_sort_089d4175 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        swap_sort_089d4175_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void swap_sort_089d4175_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_swap_sort_089d4175 *_wp_args,
    wp_args_swap_sort_089d4175 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        swap_sort_089d4175_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

