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


// corpus/814_function_locals.py:9
static wp::float32 double_it_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def double_it(a: float):                                                               <L 10>
    // return a * 2.0                                                                         <L 11>
    var_1 = wp::mul(var_a, var_0);
    return var_1;
}


// corpus/814_function_locals.py:14
static wp::vec_t<3, wp::float32> scale_vec_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def scale_vec(v: wp.vec3, s: float):                                                   <L 15>
    // return v * s                                                                           <L 16>
    var_0 = wp::mul(var_v, var_s);
    return var_0;
}


// corpus/814_function_locals.py:9
static void adj_double_it_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def double_it(a: float):                                                               <L 10>
    // return a * 2.0                                                                         <L 11>
    var_1 = wp::mul(var_a, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a * 2.0                                                                    <L 11>
    // adj: def double_it(a: float):                                                          <L 10>
    return;
}


// corpus/814_function_locals.py:14
static void adj_scale_vec_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_s,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def scale_vec(v: wp.vec3, s: float):                                                   <L 15>
    // return v * s                                                                           <L 16>
    var_0 = wp::mul(var_v, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_v, var_s, adj_v, adj_s, adj_0);
    // adj: return v * s                                                                      <L 16>
    // adj: def scale_vec(v: wp.vec3, s: float):                                              <L 15>
    return;
}

struct wp_args_function_locals_5cc3114a {
    wp::array_t<wp::float32> xs;
    wp::array_t<wp::vec_t<3, wp::float32>> vs;
    wp::array_t<wp::float32> out;
};


void function_locals_5cc3114a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_function_locals_5cc3114a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def function_locals(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // f = double_it                                                                          <L 22>
    // g = wp.sin                                                                             <L 23>
    // h = f                                                                                  <L 24>
    // sv, c = scale_vec, wp.cos                                                              <L 25>
    // x = xs[i]                                                                              <L 26>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = sv(vs[i], f(x))                                                                    <L 27>
    var_4 = wp::address(var_vs, var_0);
    var_5 = double_it_0(var_2);
    var_7 = wp::load(var_4);
    var_6 = scale_vec_0(var_7, var_5);
    // out[i] = h(g(x)) + c(x) + wp.length(v)                                                 <L 28>
    var_8 = wp::sin(var_2);
    var_9 = double_it_0(var_8);
    var_10 = wp::cos(var_2);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::length(var_6);
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_out, var_0, var_13);
}



void function_locals_5cc3114a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_function_locals_5cc3114a *_wp_args,
    wp_args_function_locals_5cc3114a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs = _wp_adj_args->vs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def function_locals(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // f = double_it                                                                          <L 22>
    // g = wp.sin                                                                             <L 23>
    // h = f                                                                                  <L 24>
    // sv, c = scale_vec, wp.cos                                                              <L 25>
    // x = xs[i]                                                                              <L 26>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = sv(vs[i], f(x))                                                                    <L 27>
    var_4 = wp::address(var_vs, var_0);
    var_5 = double_it_0(var_2);
    var_7 = wp::load(var_4);
    var_6 = scale_vec_0(var_7, var_5);
    // out[i] = h(g(x)) + c(x) + wp.length(v)                                                 <L 28>
    var_8 = wp::sin(var_2);
    var_9 = double_it_0(var_8);
    var_10 = wp::cos(var_2);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::length(var_6);
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_out, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_length(var_6, var_12, adj_6, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_cos(var_2, adj_2, adj_10);
    adj_double_it_0(var_8, adj_8, adj_9);
    wp::adj_sin(var_2, adj_2, adj_8);
    // adj: out[i] = h(g(x)) + c(x) + wp.length(v)                                            <L 28>
    adj_scale_vec_0(var_7, var_5, adj_4, adj_5, adj_6);
    adj_double_it_0(var_2, adj_2, adj_5);
    wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_4);
    // adj: v = sv(vs[i], f(x))                                                               <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
    // adj: x = xs[i]                                                                         <L 26>
    // adj: sv, c = scale_vec, wp.cos                                                         <L 25>
    // adj: h = f                                                                             <L 24>
    // adj: g = wp.sin                                                                        <L 23>
    // adj: f = double_it                                                                     <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def function_locals(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void function_locals_5cc3114a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_function_locals_5cc3114a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        function_locals_5cc3114a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void function_locals_5cc3114a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_function_locals_5cc3114a *_wp_args,
    wp_args_function_locals_5cc3114a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        function_locals_5cc3114a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

