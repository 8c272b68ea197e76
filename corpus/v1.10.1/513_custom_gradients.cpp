
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


// corpus/513_custom_gradients.py:4
static void polar_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def polar(x: float, y: float):                                                         <L 5>
    // r = wp.sqrt(x * x + y * y)                                                             <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::sqrt(var_2);
    // return r, wp.atan2(y, x)                                                               <L 7>
    var_4 = wp::atan2(var_y, var_x);
    ret_0 = var_3;
    ret_1 = var_4;
    return;
}


// corpus/513_custom_gradients.py:19
static wp::vec_t<3, wp::float32> clip_grad_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    //---------
    // forward
    // def clip_grad(v: wp.vec3):                                                             <L 20>
    // return v                                                                               <L 21>
    return var_v;
}


// corpus/513_custom_gradients.py:10
static void adj_polar_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & var_adj_r,
    wp::float32 & var_adj_theta)
{
	// user-defined adjoint code
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1e-12;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    //---------
    // forward
    // def adj_polar(x: float, y: float, adj_r: float, adj_theta: float):                     <L 11>
    // r2 = x * x + y * y                                                                     <L 12>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    // if r2 > 1.0e-12:                                                                       <L 13>
    var_4 = (var_2 > var_3);
    if (var_4) {
        // r = wp.sqrt(r2)                                                                    <L 14>
        var_5 = wp::sqrt(var_2);
        // wp.adjoint[x] += adj_r * x / r - adj_theta * y / r2                                <L 15>
        var_6 = wp::mul(var_adj_r, var_x);
        var_7 = wp::div(var_6, var_5);
        var_8 = wp::mul(var_adj_theta, var_y);
        var_9 = wp::div(var_8, var_2);
        var_10 = wp::sub(var_7, var_9);
        var_11 = wp::mul(var_adj_r, var_x);
        var_12 = wp::div(var_11, var_5);
        var_13 = wp::mul(var_adj_theta, var_y);
        var_14 = wp::div(var_13, var_2);
        var_15 = wp::sub(var_12, var_14);
        var_16 = wp::add(adj_x, var_15);
        adj_x = var_16;
        // wp.adjoint[y] += adj_r * y / r + adj_theta * x / r2                                <L 16>
        var_17 = wp::mul(var_adj_r, var_y);
        var_18 = wp::div(var_17, var_5);
        var_19 = wp::mul(var_adj_theta, var_x);
        var_20 = wp::div(var_19, var_2);
        var_21 = wp::add(var_18, var_20);
        var_22 = wp::mul(var_adj_r, var_y);
        var_23 = wp::div(var_22, var_5);
        var_24 = wp::mul(var_adj_theta, var_x);
        var_25 = wp::div(var_24, var_2);
        var_26 = wp::add(var_23, var_25);
        var_27 = wp::add(adj_y, var_26);
        adj_y = var_27;
    }
}


// corpus/513_custom_gradients.py:24
static void adj_clip_grad_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & var_adj_ret)
{
	// user-defined adjoint code
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = -1.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = -1.0;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def adj_clip_grad(v: wp.vec3, adj_ret: wp.vec3):                                       <L 25>
    // wp.adjoint[v] = wp.vec3(wp.clamp(adj_ret[0], -1.0, 1.0), wp.clamp(adj_ret[1], -1.0, 1.0), wp.clamp(adj_ret[2], -1.0, 1.0))       <L 26>
    var_1 = wp::extract(var_adj_ret, var_0);
    var_5 = wp::clamp(var_1, var_3, var_4);
    var_7 = wp::extract(var_adj_ret, var_6);
    var_11 = wp::clamp(var_7, var_9, var_10);
    var_13 = wp::extract(var_adj_ret, var_12);
    var_17 = wp::clamp(var_13, var_15, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_5, var_11, var_17);
    adj_v = var_18;
}

struct wp_args_k_fcfb9d8f {
    wp::array_t<wp::vec_t<2, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> out;
};


void k_fcfb9d8f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_fcfb9d8f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // r, t = polar(p[i][0], p[i][1])                                                         <L 32>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_p, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    polar_0(var_3, var_7, var_9, var_10);
    // w = clip_grad(v[i])                                                                    <L 33>
    var_11 = wp::address(var_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = clip_grad_0(var_13);
    // out[i] = r * t + wp.length(w)                                                          <L 34>
    var_14 = wp::mul(var_9, var_10);
    var_15 = wp::length(var_12);
    var_16 = wp::add(var_14, var_15);
    wp::array_store(var_out, var_0, var_16);
}



void k_fcfb9d8f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_k_fcfb9d8f *_wp_args,
    wp_args_k_fcfb9d8f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // r, t = polar(p[i][0], p[i][1])                                                         <L 32>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_p, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    polar_0(var_3, var_7, var_9, var_10);
    // w = clip_grad(v[i])                                                                    <L 33>
    var_11 = wp::address(var_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = clip_grad_0(var_13);
    // out[i] = r * t + wp.length(w)                                                          <L 34>
    var_14 = wp::mul(var_9, var_10);
    var_15 = wp::length(var_12);
    var_16 = wp::add(var_14, var_15);
    // wp::array_store(var_out, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_16, adj_out, adj_0, adj_16);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_length(var_12, var_15, adj_12, adj_15);
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_14);
    // adj: out[i] = r * t + wp.length(w)                                                     <L 34>
    adj_clip_grad_0(var_13, adj_11, adj_12);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_11);
    // adj: w = clip_grad(v[i])                                                               <L 33>
    adj_polar_0(var_3, var_7, adj_3, adj_7, adj_9, adj_10);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_5);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: r, t = polar(p[i][0], p[i][1])                                                    <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def k(p: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void k_fcfb9d8f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_k_fcfb9d8f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_fcfb9d8f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void k_fcfb9d8f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_k_fcfb9d8f *_wp_args,
    wp_args_k_fcfb9d8f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        k_fcfb9d8f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

