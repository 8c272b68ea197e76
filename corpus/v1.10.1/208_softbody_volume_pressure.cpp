
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


// corpus/208_softbody_volume_pressure.py:4
static wp::float32 tet_volume_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 6.0;
    wp::float32 var_6;
    //---------
    // forward
    // def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:               <L 5>
    // return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                     <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::sub(var_d, var_a);
    var_4 = wp::dot(var_2, var_3);
    var_6 = wp::div(var_4, var_5);
    return var_6;
}


// corpus/208_softbody_volume_pressure.py:4
static void adj_tet_volume_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 6.0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:               <L 5>
    // return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                     <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::sub(var_d, var_a);
    var_4 = wp::dot(var_2, var_3);
    var_6 = wp::div(var_4, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_dot(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_d, var_a, adj_d, adj_a, adj_3);
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                <L 6>
    // adj: def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:          <L 5>
    return;
}

struct wp_args_total_volume_6ce13871 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::array_t<wp::float32> vol;
};


void total_volume_6ce13871_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_total_volume_6ce13871 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def total_volume(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), vol: wp.array(dtype=float)):       <L 10>
    // t = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // f = tris[t]                                                                            <L 12>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(vol, 0, tet_volume(wp.vec3(), x[f[0]], x[f[1]], x[f[2]]))                <L 13>
    var_5 = wp::vec_t<3, wp::float32>();
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::address(var_x, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::address(var_x, var_13);
    var_16 = wp::load(var_8);
    var_17 = wp::load(var_11);
    var_18 = wp::load(var_14);
    var_15 = tet_volume_0(var_5, var_16, var_17, var_18);
    var_19 = wp::atomic_add(var_vol, var_4, var_15);
}



void total_volume_6ce13871_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_total_volume_6ce13871 *_wp_args,
    wp_args_total_volume_6ce13871 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::float32> adj_vol = _wp_adj_args->vol;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def total_volume(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), vol: wp.array(dtype=float)):       <L 10>
    // t = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // f = tris[t]                                                                            <L 12>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(vol, 0, tet_volume(wp.vec3(), x[f[0]], x[f[1]], x[f[2]]))                <L 13>
    var_5 = wp::vec_t<3, wp::float32>();
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::address(var_x, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::address(var_x, var_13);
    var_16 = wp::load(var_8);
    var_17 = wp::load(var_11);
    var_18 = wp::load(var_14);
    var_15 = tet_volume_0(var_5, var_16, var_17, var_18);
    // var_19 = wp::atomic_add(var_vol, var_4, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_vol, var_4, var_15, adj_vol, adj_4, adj_15, adj_19);
    adj_tet_volume_0(var_5, var_16, var_17, var_18, adj_5, adj_8, adj_11, adj_14, adj_15);
    wp::adj_address(var_x, var_13, adj_x, adj_13, adj_14);
    wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_address(var_x, var_7, adj_x, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: wp.atomic_add(vol, 0, tet_volume(wp.vec3(), x[f[0]], x[f[1]], x[f[2]]))           <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_tris, var_0, adj_tris, adj_0, adj_1);
    // adj: f = tris[t]                                                                       <L 12>
    // adj: t = wp.tid()                                                                      <L 11>
    // adj: def total_volume(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), vol: wp.array(dtype=float)):  <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void total_volume_6ce13871_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_total_volume_6ce13871 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        total_volume_6ce13871_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void total_volume_6ce13871_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_total_volume_6ce13871 *_wp_args,
    wp_args_total_volume_6ce13871 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        total_volume_6ce13871_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_volume_gradient_227b0719 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::array_t<wp::vec_t<3, wp::float32>> grad;
};


void volume_gradient_227b0719_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_volume_gradient_227b0719 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 6.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 6.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 6.0;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // forward
    // def volume_gradient(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), grad: wp.array(dtype=wp.vec3)):       <L 17>
    // t = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // f = tris[t]                                                                            <L 19>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = x[f[0]]                                                                            <L 20>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = x[f[1]]                                                                            <L 21>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // c = x[f[2]]                                                                            <L 22>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // wp.atomic_add(grad, f[0], wp.cross(b, c) / 6.0)                                        <L 23>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::cross(var_12, var_17);
    var_23 = wp::div(var_21, var_22);
    var_24 = wp::atomic_add(var_grad, var_20, var_23);
    // wp.atomic_add(grad, f[1], wp.cross(c, a) / 6.0)                                        <L 24>
    var_26 = wp::extract(var_2, var_25);
    var_27 = wp::cross(var_17, var_7);
    var_29 = wp::div(var_27, var_28);
    var_30 = wp::atomic_add(var_grad, var_26, var_29);
    // wp.atomic_add(grad, f[2], wp.cross(a, b) / 6.0)                                        <L 25>
    var_32 = wp::extract(var_2, var_31);
    var_33 = wp::cross(var_7, var_12);
    var_35 = wp::div(var_33, var_34);
    var_36 = wp::atomic_add(var_grad, var_32, var_35);
}



void volume_gradient_227b0719_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_volume_gradient_227b0719 *_wp_args,
    wp_args_volume_gradient_227b0719 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grad = _wp_adj_args->grad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 6.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 6.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 6.0;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def volume_gradient(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), grad: wp.array(dtype=wp.vec3)):       <L 17>
    // t = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // f = tris[t]                                                                            <L 19>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = x[f[0]]                                                                            <L 20>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = x[f[1]]                                                                            <L 21>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // c = x[f[2]]                                                                            <L 22>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // wp.atomic_add(grad, f[0], wp.cross(b, c) / 6.0)                                        <L 23>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::cross(var_12, var_17);
    var_23 = wp::div(var_21, var_22);
    // var_24 = wp::atomic_add(var_grad, var_20, var_23);
    // wp.atomic_add(grad, f[1], wp.cross(c, a) / 6.0)                                        <L 24>
    var_26 = wp::extract(var_2, var_25);
    var_27 = wp::cross(var_17, var_7);
    var_29 = wp::div(var_27, var_28);
    // var_30 = wp::atomic_add(var_grad, var_26, var_29);
    // wp.atomic_add(grad, f[2], wp.cross(a, b) / 6.0)                                        <L 25>
    var_32 = wp::extract(var_2, var_31);
    var_33 = wp::cross(var_7, var_12);
    var_35 = wp::div(var_33, var_34);
    // var_36 = wp::atomic_add(var_grad, var_32, var_35);
    //---------
    // reverse
    wp::adj_atomic_add(var_grad, var_32, var_35, adj_grad, adj_32, adj_35, adj_36);
    wp::adj_div(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_cross(var_7, var_12, adj_7, adj_12, adj_33);
    wp::adj_extract(var_2, var_31, adj_2, adj_31, adj_32);
    // adj: wp.atomic_add(grad, f[2], wp.cross(a, b) / 6.0)                                   <L 25>
    wp::adj_atomic_add(var_grad, var_26, var_29, adj_grad, adj_26, adj_29, adj_30);
    wp::adj_div(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_cross(var_17, var_7, adj_17, adj_7, adj_27);
    wp::adj_extract(var_2, var_25, adj_2, adj_25, adj_26);
    // adj: wp.atomic_add(grad, f[1], wp.cross(c, a) / 6.0)                                   <L 24>
    wp::adj_atomic_add(var_grad, var_20, var_23, adj_grad, adj_20, adj_23, adj_24);
    wp::adj_div(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_cross(var_12, var_17, adj_12, adj_17, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    // adj: wp.atomic_add(grad, f[0], wp.cross(b, c) / 6.0)                                   <L 23>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: c = x[f[2]]                                                                       <L 22>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: b = x[f[1]]                                                                       <L 21>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: a = x[f[0]]                                                                       <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_tris, var_0, adj_tris, adj_0, adj_1);
    // adj: f = tris[t]                                                                       <L 19>
    // adj: t = wp.tid()                                                                      <L 18>
    // adj: def volume_gradient(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), grad: wp.array(dtype=wp.vec3)):  <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void volume_gradient_227b0719_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_volume_gradient_227b0719 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        volume_gradient_227b0719_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void volume_gradient_227b0719_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_volume_gradient_227b0719 *_wp_args,
    wp_args_volume_gradient_227b0719 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        volume_gradient_227b0719_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_project_volume_eb606087 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> grad;
    wp::array_t<wp::float32> inv_m;
    wp::array_t<wp::float32> vol;
    wp::float32 rest_volume;
    wp::array_t<wp::float32> denom;
    wp::float32 stiffness;
};


void project_volume_eb606087_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_project_volume_eb606087 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    wp::float32 var_rest_volume = _wp_args->rest_volume;
    wp::array_t<wp::float32> var_denom = _wp_args->denom;
    wp::float32 var_stiffness = _wp_args->stiffness;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-12;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def project_volume(x: wp.array(dtype=wp.vec3), grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), vol: wp.array(dtype=float), rest_volume: float, denom: wp.array(dtype=float), stiffness: float):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // c = vol[0] - rest_volume                                                               <L 31>
    var_2 = wp::address(var_vol, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_rest_volume);
    // d = denom[0]                                                                           <L 32>
    var_6 = wp::address(var_denom, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if d <= 1.0e-12:                                                                       <L 33>
    var_10 = (var_7 <= var_9);
    if (var_10) {
        // return                                                                             <L 34>
        return;
    }
    // lam = -c / d * stiffness                                                               <L 35>
    var_11 = wp::neg(var_3);
    var_12 = wp::div(var_11, var_7);
    var_13 = wp::mul(var_12, var_stiffness);
    // x[i] = x[i] + grad[i] * (lam * inv_m[i])                                               <L 36>
    var_14 = wp::address(var_x, var_0);
    var_15 = wp::address(var_grad, var_0);
    var_16 = wp::address(var_inv_m, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_13, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::mul(var_20, var_17);
    var_22 = wp::load(var_14);
    var_21 = wp::add(var_22, var_19);
    wp::array_store(var_x, var_0, var_21);
}



void project_volume_eb606087_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_project_volume_eb606087 *_wp_args,
    wp_args_project_volume_eb606087 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    wp::float32 var_rest_volume = _wp_args->rest_volume;
    wp::array_t<wp::float32> var_denom = _wp_args->denom;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grad = _wp_adj_args->grad;
    wp::array_t<wp::float32> adj_inv_m = _wp_adj_args->inv_m;
    wp::array_t<wp::float32> adj_vol = _wp_adj_args->vol;
    wp::float32 adj_rest_volume = _wp_adj_args->rest_volume;
    wp::array_t<wp::float32> adj_denom = _wp_adj_args->denom;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-12;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def project_volume(x: wp.array(dtype=wp.vec3), grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), vol: wp.array(dtype=float), rest_volume: float, denom: wp.array(dtype=float), stiffness: float):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // c = vol[0] - rest_volume                                                               <L 31>
    var_2 = wp::address(var_vol, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_rest_volume);
    // d = denom[0]                                                                           <L 32>
    var_6 = wp::address(var_denom, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if d <= 1.0e-12:                                                                       <L 33>
    var_10 = (var_7 <= var_9);
    if (var_10) {
        // return                                                                             <L 34>
        goto label0;
    }
    // lam = -c / d * stiffness                                                               <L 35>
    var_11 = wp::neg(var_3);
    var_12 = wp::div(var_11, var_7);
    var_13 = wp::mul(var_12, var_stiffness);
    // x[i] = x[i] + grad[i] * (lam * inv_m[i])                                               <L 36>
    var_14 = wp::address(var_x, var_0);
    var_15 = wp::address(var_grad, var_0);
    var_16 = wp::address(var_inv_m, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_13, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::mul(var_20, var_17);
    var_22 = wp::load(var_14);
    var_21 = wp::add(var_22, var_19);
    // wp::array_store(var_x, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_21, adj_x, adj_0, adj_21);
    wp::adj_add(var_22, var_19, adj_14, adj_19, adj_21);
    wp::adj_mul(var_20, var_17, adj_15, adj_17, adj_19);
    wp::adj_mul(var_13, var_18, adj_13, adj_16, adj_17);
    wp::adj_address(var_inv_m, var_0, adj_inv_m, adj_0, adj_16);
    wp::adj_address(var_grad, var_0, adj_grad, adj_0, adj_15);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_14);
    // adj: x[i] = x[i] + grad[i] * (lam * inv_m[i])                                          <L 36>
    wp::adj_mul(var_12, var_stiffness, adj_12, adj_stiffness, adj_13);
    wp::adj_div(var_11, var_7, var_12, adj_11, adj_7, adj_12);
    wp::adj_neg(var_3, adj_3, adj_11);
    // adj: lam = -c / d * stiffness                                                          <L 35>
    if (var_10) {
        label0:;
        // adj: return                                                                        <L 34>
    }
    // adj: if d <= 1.0e-12:                                                                  <L 33>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_denom, var_5, adj_denom, adj_5, adj_6);
    // adj: d = denom[0]                                                                      <L 32>
    wp::adj_sub(var_4, var_rest_volume, adj_2, adj_rest_volume, adj_3);
    wp::adj_address(var_vol, var_1, adj_vol, adj_1, adj_2);
    // adj: c = vol[0] - rest_volume                                                          <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def project_volume(x: wp.array(dtype=wp.vec3), grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), vol: wp.array(dtype=float), rest_volume: float, denom: wp.array(dtype=float), stiffness: float):  <L 29>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void project_volume_eb606087_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_project_volume_eb606087 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_volume_eb606087_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_volume_eb606087_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_project_volume_eb606087 *_wp_args,
    wp_args_project_volume_eb606087 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        project_volume_eb606087_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gradient_norm_06dc7417 {
    wp::array_t<wp::vec_t<3, wp::float32>> grad;
    wp::array_t<wp::float32> inv_m;
    wp::array_t<wp::float32> denom;
};


void gradient_norm_06dc7417_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gradient_norm_06dc7417 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::float32> var_denom = _wp_args->denom;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def gradient_norm(grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), denom: wp.array(dtype=float)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // wp.atomic_add(denom, 0, inv_m[i] * wp.length_sq(grad[i]))                              <L 42>
    var_2 = wp::address(var_inv_m, var_0);
    var_3 = wp::address(var_grad, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::length_sq(var_5);
    var_7 = wp::load(var_2);
    var_6 = wp::mul(var_7, var_4);
    var_8 = wp::atomic_add(var_denom, var_1, var_6);
}



void gradient_norm_06dc7417_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gradient_norm_06dc7417 *_wp_args,
    wp_args_gradient_norm_06dc7417 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::float32> var_denom = _wp_args->denom;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grad = _wp_adj_args->grad;
    wp::array_t<wp::float32> adj_inv_m = _wp_adj_args->inv_m;
    wp::array_t<wp::float32> adj_denom = _wp_adj_args->denom;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def gradient_norm(grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), denom: wp.array(dtype=float)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // wp.atomic_add(denom, 0, inv_m[i] * wp.length_sq(grad[i]))                              <L 42>
    var_2 = wp::address(var_inv_m, var_0);
    var_3 = wp::address(var_grad, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::length_sq(var_5);
    var_7 = wp::load(var_2);
    var_6 = wp::mul(var_7, var_4);
    // var_8 = wp::atomic_add(var_denom, var_1, var_6);
    //---------
    // reverse
    wp::adj_atomic_add(var_denom, var_1, var_6, adj_denom, adj_1, adj_6, adj_8);
    wp::adj_mul(var_7, var_4, adj_2, adj_4, adj_6);
    wp::adj_length_sq(var_5, adj_3, adj_4);
    wp::adj_address(var_grad, var_0, adj_grad, adj_0, adj_3);
    wp::adj_address(var_inv_m, var_0, adj_inv_m, adj_0, adj_2);
    // adj: wp.atomic_add(denom, 0, inv_m[i] * wp.length_sq(grad[i]))                         <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def gradient_norm(grad: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), denom: wp.array(dtype=float)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gradient_norm_06dc7417_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gradient_norm_06dc7417 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gradient_norm_06dc7417_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gradient_norm_06dc7417_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gradient_norm_06dc7417 *_wp_args,
    wp_args_gradient_norm_06dc7417 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gradient_norm_06dc7417_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_pressure_inflate_85d38cf8 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::int32>> tris;
    wp::float32 pressure;
    wp::array_t<wp::float32> vol;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
};


void pressure_inflate_85d38cf8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pressure_inflate_85d38cf8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::float32 var_pressure = _wp_args->pressure;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 0.5;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::float32* var_25;
    const wp::float32 var_26 = 1e-06;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def pressure_inflate(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), pressure: float, vol: wp.array(dtype=float), f: wp.array(dtype=wp.vec3)):       <L 46>
    // t = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // idx = tris[t]                                                                          <L 48>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = x[idx[0]]                                                                          <L 49>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = x[idx[1]]                                                                          <L 50>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // c = x[idx[2]]                                                                          <L 51>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // n = wp.cross(b - a, c - a) * 0.5                                                       <L 52>
    var_19 = wp::sub(var_12, var_7);
    var_20 = wp::sub(var_17, var_7);
    var_21 = wp::cross(var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    // p = pressure / wp.max(vol[0], 1.0e-6)                                                  <L 53>
    var_25 = wp::address(var_vol, var_24);
    var_28 = wp::load(var_25);
    var_27 = wp::max(var_28, var_26);
    var_29 = wp::div(var_pressure, var_27);
    // fp = n * (p / 3.0)                                                                     <L 54>
    var_31 = wp::div(var_29, var_30);
    var_32 = wp::mul(var_23, var_31);
    // for k in range(3):                                                                     <L 55>
    // wp.atomic_add(f, idx[k], fp)                                                           <L 56>
    var_34 = wp::extract(var_2, var_33);
    var_35 = wp::atomic_add(var_f, var_34, var_32);
    var_37 = wp::extract(var_2, var_36);
    var_38 = wp::atomic_add(var_f, var_37, var_32);
    var_40 = wp::extract(var_2, var_39);
    var_41 = wp::atomic_add(var_f, var_40, var_32);
}



void pressure_inflate_85d38cf8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pressure_inflate_85d38cf8 *_wp_args,
    wp_args_pressure_inflate_85d38cf8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris = _wp_args->tris;
    wp::float32 var_pressure = _wp_args->pressure;
    wp::array_t<wp::float32> var_vol = _wp_args->vol;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris = _wp_adj_args->tris;
    wp::float32 adj_pressure = _wp_adj_args->pressure;
    wp::array_t<wp::float32> adj_vol = _wp_adj_args->vol;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 0.5;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::float32* var_25;
    const wp::float32 var_26 = 1e-06;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def pressure_inflate(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), pressure: float, vol: wp.array(dtype=float), f: wp.array(dtype=wp.vec3)):       <L 46>
    // t = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // idx = tris[t]                                                                          <L 48>
    var_1 = wp::address(var_tris, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = x[idx[0]]                                                                          <L 49>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = x[idx[1]]                                                                          <L 50>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // c = x[idx[2]]                                                                          <L 51>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // n = wp.cross(b - a, c - a) * 0.5                                                       <L 52>
    var_19 = wp::sub(var_12, var_7);
    var_20 = wp::sub(var_17, var_7);
    var_21 = wp::cross(var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    // p = pressure / wp.max(vol[0], 1.0e-6)                                                  <L 53>
    var_25 = wp::address(var_vol, var_24);
    var_28 = wp::load(var_25);
    var_27 = wp::max(var_28, var_26);
    var_29 = wp::div(var_pressure, var_27);
    // fp = n * (p / 3.0)                                                                     <L 54>
    var_31 = wp::div(var_29, var_30);
    var_32 = wp::mul(var_23, var_31);
    // for k in range(3):                                                                     <L 55>
    // wp.atomic_add(f, idx[k], fp)                                                           <L 56>
    var_34 = wp::extract(var_2, var_33);
    // var_35 = wp::atomic_add(var_f, var_34, var_32);
    var_37 = wp::extract(var_2, var_36);
    // var_38 = wp::atomic_add(var_f, var_37, var_32);
    var_40 = wp::extract(var_2, var_39);
    // var_41 = wp::atomic_add(var_f, var_40, var_32);
    //---------
    // reverse
    wp::adj_atomic_add(var_f, var_40, var_32, adj_f, adj_40, adj_32, adj_41);
    wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
    wp::adj_atomic_add(var_f, var_37, var_32, adj_f, adj_37, adj_32, adj_38);
    wp::adj_extract(var_2, var_36, adj_2, adj_36, adj_37);
    wp::adj_atomic_add(var_f, var_34, var_32, adj_f, adj_34, adj_32, adj_35);
    wp::adj_extract(var_2, var_33, adj_2, adj_33, adj_34);
    // adj: wp.atomic_add(f, idx[k], fp)                                                      <L 56>
    // adj: for k in range(3):                                                                <L 55>
    wp::adj_mul(var_23, var_31, adj_23, adj_31, adj_32);
    wp::adj_div(var_29, var_30, var_31, adj_29, adj_30, adj_31);
    // adj: fp = n * (p / 3.0)                                                                <L 54>
    wp::adj_div(var_pressure, var_27, var_29, adj_pressure, adj_27, adj_29);
    wp::adj_max(var_28, var_26, adj_25, adj_26, adj_27);
    wp::adj_address(var_vol, var_24, adj_vol, adj_24, adj_25);
    // adj: p = pressure / wp.max(vol[0], 1.0e-6)                                             <L 53>
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_cross(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_sub(var_17, var_7, adj_17, adj_7, adj_20);
    wp::adj_sub(var_12, var_7, adj_12, adj_7, adj_19);
    // adj: n = wp.cross(b - a, c - a) * 0.5                                                  <L 52>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: c = x[idx[2]]                                                                     <L 51>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: b = x[idx[1]]                                                                     <L 50>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: a = x[idx[0]]                                                                     <L 49>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_tris, var_0, adj_tris, adj_0, adj_1);
    // adj: idx = tris[t]                                                                     <L 48>
    // adj: t = wp.tid()                                                                      <L 47>
    // adj: def pressure_inflate(x: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), pressure: float, vol: wp.array(dtype=float), f: wp.array(dtype=wp.vec3)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void pressure_inflate_85d38cf8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_pressure_inflate_85d38cf8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pressure_inflate_85d38cf8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void pressure_inflate_85d38cf8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_pressure_inflate_85d38cf8 *_wp_args,
    wp_args_pressure_inflate_85d38cf8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pressure_inflate_85d38cf8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

