
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


// corpus/851_volume_gradients.py:8
static void sample_both_0(
    wp::uint64 var_v,
    wp::vec_t<3, wp::float32> var_uvw,
    wp::int32 var_mode,
    wp::float64 & ret_0,
    wp::vec_t<3, wp::float64> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    //---------
    // forward
    // def sample_both(v: wp.uint64, uvw: wp.vec3, mode: int):                                <L 9>
    // g = wp.vec3d()                                                                         <L 10>
    var_0 = wp::vec_t<3, wp::float64>();
    // d = wp.volume_sample_grad(v, uvw, mode, g, dtype=wp.float64)                           <L 11>
    var_1 = wp::volume_sample_grad<wp::float64>(var_v, var_uvw, var_mode, var_0);
    // return d, g                                                                            <L 12>
    ret_0 = var_1;
    ret_1 = var_0;
    return;
}


// corpus/851_volume_gradients.py:8
static void adj_sample_both_0(
    wp::uint64 var_v,
    wp::vec_t<3, wp::float32> var_uvw,
    wp::int32 var_mode,
    wp::float64 & ret_0,
    wp::vec_t<3, wp::float64> & ret_1,
    wp::uint64 & adj_v,
    wp::vec_t<3, wp::float32> & adj_uvw,
    wp::int32 & adj_mode,
    wp::float64 & adj_ret_0,
    wp::vec_t<3, wp::float64> & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    //---------
    // forward
    // def sample_both(v: wp.uint64, uvw: wp.vec3, mode: int):                                <L 9>
    // g = wp.vec3d()                                                                         <L 10>
    var_0 = wp::vec_t<3, wp::float64>();
    // d = wp.volume_sample_grad(v, uvw, mode, g, dtype=wp.float64)                           <L 11>
    var_1 = wp::volume_sample_grad<wp::float64>(var_v, var_uvw, var_mode, var_0);
    // return d, g                                                                            <L 12>
    ret_0 = var_1;
    ret_1 = var_0;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret_1;
    adj_1 += adj_ret_0;
    // adj: return d, g                                                                       <L 12>
    wp::adj_volume_sample_grad(var_v, var_uvw, var_mode, var_0, adj_v, adj_uvw, adj_mode, adj_0, adj_1);
    // adj: d = wp.volume_sample_grad(v, uvw, mode, g, dtype=wp.float64)                      <L 11>
    // adj: g = wp.vec3d()                                                                    <L 10>
    // adj: def sample_both(v: wp.uint64, uvw: wp.vec3, mode: int):                           <L 9>
    return;
}

struct wp_args_scalar_grads_70f072e5 {
    wp::uint64 v;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::float64> vals;
    wp::array_t<wp::vec_t<3, wp::float64>> grads;
};


void scalar_grads_70f072e5_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scalar_grads_70f072e5 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::float64> var_vals = _wp_args->vals;
    wp::array_t<wp::vec_t<3, wp::float64>> var_grads = _wp_args->grads;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 4.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    wp::float64 var_7;
    wp::vec_t<3, wp::float64> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    wp::float64 var_11;
    wp::vec_t<3, wp::float64> var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    //---------
    // forward
    // def scalar_grads(v: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.float64), grads: wp.array(dtype=wp.vec3d)):       <L 16>
    // t = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 4.0                                                                       <L 18>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // d, g = sample_both(v, uvw, wp.Volume.LINEAR)                                           <L 19>
    sample_both_0(var_v, var_3, var_6, var_7, var_8);
    // d2, g2 = sample_both(v, uvw, wp.Volume.CLOSEST)                                        <L 20>
    sample_both_0(var_v, var_3, var_10, var_11, var_12);
    // d3, g3 = sample_both(v, uvw, t % 3)                                                    <L 21>
    var_14 = wp::mod(var_0, var_13);
    sample_both_0(var_v, var_3, var_14, var_15, var_16);
    // vals[t] = d + d2 + d3                                                                  <L 22>
    var_17 = wp::add(var_7, var_11);
    var_18 = wp::add(var_17, var_15);
    wp::array_store(var_vals, var_0, var_18);
    // grads[t] = g + g2 + g3                                                                 <L 23>
    var_19 = wp::add(var_8, var_12);
    var_20 = wp::add(var_19, var_16);
    wp::array_store(var_grads, var_0, var_20);
}



void scalar_grads_70f072e5_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scalar_grads_70f072e5 *_wp_args,
    wp_args_scalar_grads_70f072e5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::float64> var_vals = _wp_args->vals;
    wp::array_t<wp::vec_t<3, wp::float64>> var_grads = _wp_args->grads;
    wp::uint64 adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float64> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_grads = _wp_adj_args->grads;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 4.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 1;
    wp::float64 var_7;
    wp::vec_t<3, wp::float64> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    wp::float64 var_11;
    wp::vec_t<3, wp::float64> var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    wp::float64 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::vec_t<3, wp::float64> adj_20 = {};
    //---------
    // forward
    // def scalar_grads(v: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.float64), grads: wp.array(dtype=wp.vec3d)):       <L 16>
    // t = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 4.0                                                                       <L 18>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // d, g = sample_both(v, uvw, wp.Volume.LINEAR)                                           <L 19>
    sample_both_0(var_v, var_3, var_6, var_7, var_8);
    // d2, g2 = sample_both(v, uvw, wp.Volume.CLOSEST)                                        <L 20>
    sample_both_0(var_v, var_3, var_10, var_11, var_12);
    // d3, g3 = sample_both(v, uvw, t % 3)                                                    <L 21>
    var_14 = wp::mod(var_0, var_13);
    sample_both_0(var_v, var_3, var_14, var_15, var_16);
    // vals[t] = d + d2 + d3                                                                  <L 22>
    var_17 = wp::add(var_7, var_11);
    var_18 = wp::add(var_17, var_15);
    // wp::array_store(var_vals, var_0, var_18);
    // grads[t] = g + g2 + g3                                                                 <L 23>
    var_19 = wp::add(var_8, var_12);
    var_20 = wp::add(var_19, var_16);
    // wp::array_store(var_grads, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_grads, var_0, var_20, adj_grads, adj_0, adj_20);
    wp::adj_add(var_19, var_16, adj_19, adj_16, adj_20);
    wp::adj_add(var_8, var_12, adj_8, adj_12, adj_19);
    // adj: grads[t] = g + g2 + g3                                                            <L 23>
    wp::adj_array_store(var_vals, var_0, var_18, adj_vals, adj_0, adj_18);
    wp::adj_add(var_17, var_15, adj_17, adj_15, adj_18);
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_17);
    // adj: vals[t] = d + d2 + d3                                                             <L 22>
    adj_sample_both_0(var_v, var_3, var_14, var_15, var_16, adj_v, adj_3, adj_14, adj_15, adj_16);
    wp::adj_mod(var_0, var_13, adj_0, adj_13, adj_14);
    // adj: d3, g3 = sample_both(v, uvw, t % 3)                                               <L 21>
    adj_sample_both_0(var_v, var_3, var_10, var_11, var_12, adj_v, adj_3, adj_10, adj_11, adj_12);
    // adj: d2, g2 = sample_both(v, uvw, wp.Volume.CLOSEST)                                   <L 20>
    adj_sample_both_0(var_v, var_3, var_6, var_7, var_8, adj_v, adj_3, adj_6, adj_7, adj_8);
    // adj: d, g = sample_both(v, uvw, wp.Volume.LINEAR)                                      <L 19>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: uvw = p[t] * 4.0                                                                  <L 18>
    // adj: t = wp.tid()                                                                      <L 17>
    // adj: def scalar_grads(v: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.float64), grads: wp.array(dtype=wp.vec3d)):  <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scalar_grads_70f072e5_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_scalar_grads_70f072e5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scalar_grads_70f072e5_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scalar_grads_70f072e5_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_scalar_grads_70f072e5 *_wp_args,
    wp_args_scalar_grads_70f072e5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scalar_grads_70f072e5_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_int_grads_81db7a09 {
    wp::uint64 vi;
    wp::uint64 vl;
    wp::uint64 vu;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::int32>> c;
    wp::array_t<wp::int64> out;
    wp::array_t<wp::vec_t<3, wp::int32>> gi;
    wp::array_t<wp::vec_t<3, wp::int64>> gl;
    wp::array_t<wp::vec_t<3, wp::uint32>> gu;
};


void int_grads_81db7a09_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_grads_81db7a09 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_vi = _wp_args->vi;
    wp::uint64 var_vl = _wp_args->vl;
    wp::uint64 var_vu = _wp_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::int64> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::int32>> var_gi = _wp_args->gi;
    wp::array_t<wp::vec_t<3, wp::int64>> var_gl = _wp_args->gl;
    wp::array_t<wp::vec_t<3, wp::uint32>> var_gu = _wp_args->gu;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::int32> var_20;
    wp::vec_t<3, wp::int64> var_21;
    wp::vec_t<3, wp::uint32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 2.0;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int64 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    wp::uint32 var_37;
    wp::int64 var_38;
    wp::int64 var_39;
    wp::int64 var_40;
    wp::int64 var_41;
    //---------
    // forward
    // def int_grads(                                                                         <L 27>
    // t = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 39>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.vec3(float(q[0]), float(q[1]) + 0.5, float(-q[2])) + p[t]                     <L 40>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::add(var_9, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::neg(var_13);
    var_15 = wp::float(var_14);
    var_16 = wp::vec_t<3, wp::float32>(var_6, var_11, var_15);
    var_17 = wp::address(var_p, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_16, var_19);
    // a = wp.vec3i()                                                                         <L 41>
    var_20 = wp::vec_t<3, wp::int32>();
    // b = wp.vec3l()                                                                         <L 42>
    var_21 = wp::vec_t<3, wp::int64>();
    // u = wp.vec3ui()                                                                        <L 43>
    var_22 = wp::vec_t<3, wp::uint32>();
    // x = wp.volume_sample_grad(vi, uvw, wp.Volume.LINEAR, a, dtype=wp.int32)                <L 44>
    var_25 = wp::volume_sample_grad<wp::int32>(var_vi, var_18, var_24, var_20);
    // y = wp.volume_sample_grad(vl, wp.vec3(float(q[0]), 1.0, 2.0), wp.Volume.LINEAR, b, dtype=wp.int64)       <L 45>
    var_27 = wp::extract(var_2, var_26);
    var_28 = wp::float(var_27);
    var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
    var_34 = wp::volume_sample_grad<wp::int64>(var_vl, var_31, var_33, var_21);
    // z = wp.volume_sample_grad(vu, uvw, wp.Volume.CLOSEST, u, dtype=wp.uint32)              <L 46>
    var_37 = wp::volume_sample_grad<wp::uint32>(var_vu, var_18, var_36, var_22);
    // out[t] = wp.int64(x) + y + wp.int64(z)                                                 <L 47>
    var_38 = wp::int64(var_25);
    var_39 = wp::add(var_38, var_34);
    var_40 = wp::int64(var_37);
    var_41 = wp::add(var_39, var_40);
    wp::array_store(var_out, var_0, var_41);
    // gi[t] = a                                                                              <L 48>
    wp::array_store(var_gi, var_0, var_20);
    // gl[t] = b                                                                              <L 49>
    wp::array_store(var_gl, var_0, var_21);
    // gu[t] = u                                                                              <L 50>
    wp::array_store(var_gu, var_0, var_22);
}



void int_grads_81db7a09_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_grads_81db7a09 *_wp_args,
    wp_args_int_grads_81db7a09 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_vi = _wp_args->vi;
    wp::uint64 var_vl = _wp_args->vl;
    wp::uint64 var_vu = _wp_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::int64> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::int32>> var_gi = _wp_args->gi;
    wp::array_t<wp::vec_t<3, wp::int64>> var_gl = _wp_args->gl;
    wp::array_t<wp::vec_t<3, wp::uint32>> var_gu = _wp_args->gu;
    wp::uint64 adj_vi = _wp_adj_args->vi;
    wp::uint64 adj_vl = _wp_adj_args->vl;
    wp::uint64 adj_vu = _wp_adj_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::int64> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_gi = _wp_adj_args->gi;
    wp::array_t<wp::vec_t<3, wp::int64>> adj_gl = _wp_adj_args->gl;
    wp::array_t<wp::vec_t<3, wp::uint32>> adj_gu = _wp_adj_args->gu;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::int32> var_20;
    wp::vec_t<3, wp::int64> var_21;
    wp::vec_t<3, wp::uint32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 2.0;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int64 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    wp::uint32 var_37;
    wp::int64 var_38;
    wp::int64 var_39;
    wp::int64 var_40;
    wp::int64 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::int32> adj_20 = {};
    wp::vec_t<3, wp::int64> adj_21 = {};
    wp::vec_t<3, wp::uint32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::uint32 adj_37 = {};
    wp::int64 adj_38 = {};
    wp::int64 adj_39 = {};
    wp::int64 adj_40 = {};
    wp::int64 adj_41 = {};
    //---------
    // forward
    // def int_grads(                                                                         <L 27>
    // t = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 39>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.vec3(float(q[0]), float(q[1]) + 0.5, float(-q[2])) + p[t]                     <L 40>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::add(var_9, var_10);
    var_13 = wp::extract(var_2, var_12);
    var_14 = wp::neg(var_13);
    var_15 = wp::float(var_14);
    var_16 = wp::vec_t<3, wp::float32>(var_6, var_11, var_15);
    var_17 = wp::address(var_p, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_16, var_19);
    // a = wp.vec3i()                                                                         <L 41>
    var_20 = wp::vec_t<3, wp::int32>();
    // b = wp.vec3l()                                                                         <L 42>
    var_21 = wp::vec_t<3, wp::int64>();
    // u = wp.vec3ui()                                                                        <L 43>
    var_22 = wp::vec_t<3, wp::uint32>();
    // x = wp.volume_sample_grad(vi, uvw, wp.Volume.LINEAR, a, dtype=wp.int32)                <L 44>
    var_25 = wp::volume_sample_grad<wp::int32>(var_vi, var_18, var_24, var_20);
    // y = wp.volume_sample_grad(vl, wp.vec3(float(q[0]), 1.0, 2.0), wp.Volume.LINEAR, b, dtype=wp.int64)       <L 45>
    var_27 = wp::extract(var_2, var_26);
    var_28 = wp::float(var_27);
    var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
    var_34 = wp::volume_sample_grad<wp::int64>(var_vl, var_31, var_33, var_21);
    // z = wp.volume_sample_grad(vu, uvw, wp.Volume.CLOSEST, u, dtype=wp.uint32)              <L 46>
    var_37 = wp::volume_sample_grad<wp::uint32>(var_vu, var_18, var_36, var_22);
    // out[t] = wp.int64(x) + y + wp.int64(z)                                                 <L 47>
    var_38 = wp::int64(var_25);
    var_39 = wp::add(var_38, var_34);
    var_40 = wp::int64(var_37);
    var_41 = wp::add(var_39, var_40);
    // wp::array_store(var_out, var_0, var_41);
    // gi[t] = a                                                                              <L 48>
    // wp::array_store(var_gi, var_0, var_20);
    // gl[t] = b                                                                              <L 49>
    // wp::array_store(var_gl, var_0, var_21);
    // gu[t] = u                                                                              <L 50>
    // wp::array_store(var_gu, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_gu, var_0, var_22, adj_gu, adj_0, adj_22);
    // adj: gu[t] = u                                                                         <L 50>
    wp::adj_array_store(var_gl, var_0, var_21, adj_gl, adj_0, adj_21);
    // adj: gl[t] = b                                                                         <L 49>
    wp::adj_array_store(var_gi, var_0, var_20, adj_gi, adj_0, adj_20);
    // adj: gi[t] = a                                                                         <L 48>
    wp::adj_array_store(var_out, var_0, var_41, adj_out, adj_0, adj_41);
    wp::adj_add(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_int64(var_37, adj_37, adj_40);
    wp::adj_add(var_38, var_34, adj_38, adj_34, adj_39);
    wp::adj_int64(var_25, adj_25, adj_38);
    // adj: out[t] = wp.int64(x) + y + wp.int64(z)                                            <L 47>
    wp::adj_volume_sample_grad(var_vu, var_18, var_36, var_22, adj_vu, adj_18, adj_36, adj_22, adj_37);
    // adj: z = wp.volume_sample_grad(vu, uvw, wp.Volume.CLOSEST, u, dtype=wp.uint32)         <L 46>
    wp::adj_volume_sample_grad(var_vl, var_31, var_33, var_21, adj_vl, adj_31, adj_33, adj_21, adj_34);
    wp::adj_vec_t(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
    wp::adj_float(var_27, adj_27, adj_28);
    wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
    // adj: y = wp.volume_sample_grad(vl, wp.vec3(float(q[0]), 1.0, 2.0), wp.Volume.LINEAR, b, dtype=wp.int64)  <L 45>
    wp::adj_volume_sample_grad(var_vi, var_18, var_24, var_20, adj_vi, adj_18, adj_24, adj_20, adj_25);
    // adj: x = wp.volume_sample_grad(vi, uvw, wp.Volume.LINEAR, a, dtype=wp.int32)           <L 44>
    // adj: u = wp.vec3ui()                                                                   <L 43>
    // adj: b = wp.vec3l()                                                                    <L 42>
    // adj: a = wp.vec3i()                                                                    <L 41>
    wp::adj_add(var_16, var_19, adj_16, adj_17, adj_18);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_17);
    wp::adj_vec_t(var_6, var_11, var_15, adj_6, adj_11, adj_15, adj_16);
    wp::adj_float(var_14, adj_14, adj_15);
    wp::adj_neg(var_13, adj_13, adj_14);
    wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_float(var_5, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: uvw = wp.vec3(float(q[0]), float(q[1]) + 0.5, float(-q[2])) + p[t]                <L 40>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: q = c[t]                                                                          <L 39>
    // adj: t = wp.tid()                                                                      <L 38>
    // adj: def int_grads(                                                                    <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void int_grads_81db7a09_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_int_grads_81db7a09 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_grads_81db7a09_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void int_grads_81db7a09_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_int_grads_81db7a09 *_wp_args,
    wp_args_int_grads_81db7a09 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_grads_81db7a09_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_vector_grads_09bc7536 {
    wp::uint64 v3;
    wp::uint64 v3d;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::float32>> vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> md;
};


void vector_grads_09bc7536_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_grads_09bc7536 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_v3 = _wp_args->v3;
    wp::uint64 var_v3d = _wp_args->v3d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals = _wp_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_md = _wp_args->md;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 4.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float64> var_12;
    const wp::int32 var_13 = 0;
    wp::float64 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float64 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float64 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def vector_grads(v3: wp.uint64, v3d: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d)):       <L 54>
    // t = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 4.0                                                                       <L 56>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // g = wp.mat33()                                                                         <L 57>
    var_5 = wp::mat_t<3, 3, wp::float32>();
    // gd = wp.mat33d()                                                                       <L 58>
    var_6 = wp::mat_t<3, 3, wp::float64>();
    // s = wp.volume_sample_grad(v3, uvw, wp.Volume.LINEAR, g, dtype=wp.vec3)                 <L 59>
    var_9 = wp::volume_sample_grad<wp::vec_t<3, wp::float32>>(var_v3, var_3, var_8, var_5);
    // sd = wp.volume_sample_grad(v3d, uvw, wp.Volume.LINEAR, gd, dtype=wp.vec3d)             <L 60>
    var_12 = wp::volume_sample_grad<wp::vec_t<3, wp::float64>>(var_v3d, var_3, var_11, var_6);
    // vals[t] = s + wp.vec3(float(sd[0]), float(sd[1]), float(sd[2]))                        <L 61>
    var_14 = wp::extract(var_12, var_13);
    var_15 = wp::float(var_14);
    var_17 = wp::extract(var_12, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::extract(var_12, var_19);
    var_21 = wp::float(var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_18, var_21);
    var_23 = wp::add(var_9, var_22);
    wp::array_store(var_vals, var_0, var_23);
    // m[t] = g                                                                               <L 62>
    wp::array_store(var_m, var_0, var_5);
    // md[t] = gd                                                                             <L 63>
    wp::array_store(var_md, var_0, var_6);
}



void vector_grads_09bc7536_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_grads_09bc7536 *_wp_args,
    wp_args_vector_grads_09bc7536 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_v3 = _wp_args->v3;
    wp::uint64 var_v3d = _wp_args->v3d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals = _wp_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_md = _wp_args->md;
    wp::uint64 adj_v3 = _wp_adj_args->v3;
    wp::uint64 adj_v3d = _wp_adj_args->v3d;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_md = _wp_adj_args->md;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 4.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float64> var_12;
    const wp::int32 var_13 = 0;
    wp::float64 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float64 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float64 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float64> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def vector_grads(v3: wp.uint64, v3d: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d)):       <L 54>
    // t = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 4.0                                                                       <L 56>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // g = wp.mat33()                                                                         <L 57>
    var_5 = wp::mat_t<3, 3, wp::float32>();
    // gd = wp.mat33d()                                                                       <L 58>
    var_6 = wp::mat_t<3, 3, wp::float64>();
    // s = wp.volume_sample_grad(v3, uvw, wp.Volume.LINEAR, g, dtype=wp.vec3)                 <L 59>
    var_9 = wp::volume_sample_grad<wp::vec_t<3, wp::float32>>(var_v3, var_3, var_8, var_5);
    // sd = wp.volume_sample_grad(v3d, uvw, wp.Volume.LINEAR, gd, dtype=wp.vec3d)             <L 60>
    var_12 = wp::volume_sample_grad<wp::vec_t<3, wp::float64>>(var_v3d, var_3, var_11, var_6);
    // vals[t] = s + wp.vec3(float(sd[0]), float(sd[1]), float(sd[2]))                        <L 61>
    var_14 = wp::extract(var_12, var_13);
    var_15 = wp::float(var_14);
    var_17 = wp::extract(var_12, var_16);
    var_18 = wp::float(var_17);
    var_20 = wp::extract(var_12, var_19);
    var_21 = wp::float(var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_15, var_18, var_21);
    var_23 = wp::add(var_9, var_22);
    // wp::array_store(var_vals, var_0, var_23);
    // m[t] = g                                                                               <L 62>
    // wp::array_store(var_m, var_0, var_5);
    // md[t] = gd                                                                             <L 63>
    // wp::array_store(var_md, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_md, var_0, var_6, adj_md, adj_0, adj_6);
    // adj: md[t] = gd                                                                        <L 63>
    wp::adj_array_store(var_m, var_0, var_5, adj_m, adj_0, adj_5);
    // adj: m[t] = g                                                                          <L 62>
    wp::adj_array_store(var_vals, var_0, var_23, adj_vals, adj_0, adj_23);
    wp::adj_add(var_9, var_22, adj_9, adj_22, adj_23);
    wp::adj_vec_t(var_15, var_18, var_21, adj_15, adj_18, adj_21, adj_22);
    wp::adj_float(var_20, adj_20, adj_21);
    wp::adj_extract(var_12, var_19, adj_12, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_18);
    wp::adj_extract(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_float(var_14, adj_14, adj_15);
    wp::adj_extract(var_12, var_13, adj_12, adj_13, adj_14);
    // adj: vals[t] = s + wp.vec3(float(sd[0]), float(sd[1]), float(sd[2]))                   <L 61>
    wp::adj_volume_sample_grad(var_v3d, var_3, var_11, var_6, adj_v3d, adj_3, adj_11, adj_6, adj_12);
    // adj: sd = wp.volume_sample_grad(v3d, uvw, wp.Volume.LINEAR, gd, dtype=wp.vec3d)        <L 60>
    wp::adj_volume_sample_grad(var_v3, var_3, var_8, var_5, adj_v3, adj_3, adj_8, adj_5, adj_9);
    // adj: s = wp.volume_sample_grad(v3, uvw, wp.Volume.LINEAR, g, dtype=wp.vec3)            <L 59>
    // adj: gd = wp.mat33d()                                                                  <L 58>
    // adj: g = wp.mat33()                                                                    <L 57>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: uvw = p[t] * 4.0                                                                  <L 56>
    // adj: t = wp.tid()                                                                      <L 55>
    // adj: def vector_grads(v3: wp.uint64, v3d: wp.uint64, p: wp.array(dtype=wp.vec3), vals: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat33d)):  <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_grads_09bc7536_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vector_grads_09bc7536 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_grads_09bc7536_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_grads_09bc7536_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_vector_grads_09bc7536 *_wp_args,
    wp_args_vector_grads_09bc7536 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_grads_09bc7536_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_index_grads_a542a78f {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::float32>> data;
    wp::array_t<wp::float64> data_d;
    wp::array_t<wp::vec_t<3, wp::float32>> vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::vec_t<3, wp::float64>> gd;
};


void index_grads_a542a78f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_grads_a542a78f *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::float64> var_data_d = _wp_args->data_d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals = _wp_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float64>> var_gd = _wp_args->gd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 3.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = -1.0;
    wp::float64 var_18;
    wp::float64 var_19;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    const wp::float32 var_25 = 0.25;
    wp::float64 var_26;
    wp::float64 var_27;
    const wp::float32 var_28 = 0.5;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 1;
    const wp::int32 var_32 = 1;
    const wp::float32 var_33 = 0.25;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::vec_t<3, wp::float64> var_37;
    //---------
    // forward
    // def index_grads(                                                                       <L 67>
    // t = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 2.0                                                                       <L 77>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // g = wp.mat33()                                                                         <L 78>
    var_5 = wp::mat_t<3, 3, wp::float32>();
    // vals[t] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, data, wp.vec3(1.0, 2.0, 3.0), g)       <L 79>
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = wp::volume_sample_grad_index(var_grid, var_3, var_7, var_data, var_11, var_5);
    wp::array_store(var_vals, var_0, var_12);
    // m[t] = g                                                                               <L 80>
    wp::array_store(var_m, var_0, var_5);
    // h = wp.vec3d()                                                                         <L 81>
    var_13 = wp::vec_t<3, wp::float64>();
    // s = wp.volume_sample_grad_index(grid, uvw, wp.Volume.CLOSEST, data_d, wp.float64(-1.0), h)       <L 82>
    var_18 = wp::float64(var_17);
    var_19 = wp::volume_sample_grad_index(var_grid, var_3, var_15, var_data_d, var_18, var_13);
    // s += wp.volume_sample_grad_index(grid, uvw + wp.vec3(0.5), wp.Volume.LINEAR, data_d, wp.float64(0.25), h)       <L 83>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::add(var_3, var_21);
    var_26 = wp::float64(var_25);
    var_27 = wp::volume_sample_grad_index(var_grid, var_22, var_24, var_data_d, var_26, var_13);
    var_29 = wp::vec_t<3, wp::float32>(var_28);
    var_30 = wp::add(var_3, var_29);
    var_34 = wp::float64(var_33);
    var_35 = wp::volume_sample_grad_index(var_grid, var_30, var_32, var_data_d, var_34, var_13);
    var_36 = wp::add(var_19, var_35);
    // gd[t] = h * s                                                                          <L 84>
    var_37 = wp::mul(var_13, var_36);
    wp::array_store(var_gd, var_0, var_37);
}



void index_grads_a542a78f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_grads_a542a78f *_wp_args,
    wp_args_index_grads_a542a78f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::float64> var_data_d = _wp_args->data_d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vals = _wp_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float64>> var_gd = _wp_args->gd;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float64> adj_data_d = _wp_adj_args->data_d;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_gd = _wp_adj_args->gd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 3.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = -1.0;
    wp::float64 var_18;
    wp::float64 var_19;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 1;
    const wp::float32 var_25 = 0.25;
    wp::float64 var_26;
    wp::float64 var_27;
    const wp::float32 var_28 = 0.5;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 1;
    const wp::int32 var_32 = 1;
    const wp::float32 var_33 = 0.25;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::vec_t<3, wp::float64> var_37;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::vec_t<3, wp::float64> adj_37 = {};
    //---------
    // forward
    // def index_grads(                                                                       <L 67>
    // t = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // uvw = p[t] * 2.0                                                                       <L 77>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // g = wp.mat33()                                                                         <L 78>
    var_5 = wp::mat_t<3, 3, wp::float32>();
    // vals[t] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, data, wp.vec3(1.0, 2.0, 3.0), g)       <L 79>
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = wp::volume_sample_grad_index(var_grid, var_3, var_7, var_data, var_11, var_5);
    // wp::array_store(var_vals, var_0, var_12);
    // m[t] = g                                                                               <L 80>
    // wp::array_store(var_m, var_0, var_5);
    // h = wp.vec3d()                                                                         <L 81>
    var_13 = wp::vec_t<3, wp::float64>();
    // s = wp.volume_sample_grad_index(grid, uvw, wp.Volume.CLOSEST, data_d, wp.float64(-1.0), h)       <L 82>
    var_18 = wp::float64(var_17);
    var_19 = wp::volume_sample_grad_index(var_grid, var_3, var_15, var_data_d, var_18, var_13);
    // s += wp.volume_sample_grad_index(grid, uvw + wp.vec3(0.5), wp.Volume.LINEAR, data_d, wp.float64(0.25), h)       <L 83>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::add(var_3, var_21);
    var_26 = wp::float64(var_25);
    var_27 = wp::volume_sample_grad_index(var_grid, var_22, var_24, var_data_d, var_26, var_13);
    var_29 = wp::vec_t<3, wp::float32>(var_28);
    var_30 = wp::add(var_3, var_29);
    var_34 = wp::float64(var_33);
    var_35 = wp::volume_sample_grad_index(var_grid, var_30, var_32, var_data_d, var_34, var_13);
    var_36 = wp::add(var_19, var_35);
    // gd[t] = h * s                                                                          <L 84>
    var_37 = wp::mul(var_13, var_36);
    // wp::array_store(var_gd, var_0, var_37);
    //---------
    // reverse
    wp::adj_array_store(var_gd, var_0, var_37, adj_gd, adj_0, adj_37);
    wp::adj_mul(var_13, var_36, adj_13, adj_36, adj_37);
    // adj: gd[t] = h * s                                                                     <L 84>
    wp::adj_add(var_19, var_35, adj_19, adj_35, adj_36);
    wp::adj_volume_sample_grad_index(var_grid, var_30, var_32, var_data_d, var_34, var_13, adj_grid, adj_30, adj_32, adj_data_d, adj_34, adj_13, adj_35);
    wp::adj_float64(var_33, adj_33, adj_34);
    wp::adj_add(var_3, var_29, adj_3, adj_29, adj_30);
    wp::adj_vec_t(var_28, adj_28, adj_29);
    wp::adj_volume_sample_grad_index(var_grid, var_22, var_24, var_data_d, var_26, var_13, adj_grid, adj_22, adj_24, adj_data_d, adj_26, adj_13, adj_27);
    wp::adj_float64(var_25, adj_25, adj_26);
    wp::adj_add(var_3, var_21, adj_3, adj_21, adj_22);
    wp::adj_vec_t(var_20, adj_20, adj_21);
    // adj: s += wp.volume_sample_grad_index(grid, uvw + wp.vec3(0.5), wp.Volume.LINEAR, data_d, wp.float64(0.25), h)  <L 83>
    wp::adj_volume_sample_grad_index(var_grid, var_3, var_15, var_data_d, var_18, var_13, adj_grid, adj_3, adj_15, adj_data_d, adj_18, adj_13, adj_19);
    wp::adj_float64(var_17, adj_17, adj_18);
    // adj: s = wp.volume_sample_grad_index(grid, uvw, wp.Volume.CLOSEST, data_d, wp.float64(-1.0), h)  <L 82>
    // adj: h = wp.vec3d()                                                                    <L 81>
    wp::adj_array_store(var_m, var_0, var_5, adj_m, adj_0, adj_5);
    // adj: m[t] = g                                                                          <L 80>
    wp::adj_array_store(var_vals, var_0, var_12, adj_vals, adj_0, adj_12);
    wp::adj_volume_sample_grad_index(var_grid, var_3, var_7, var_data, var_11, var_5, adj_grid, adj_3, adj_7, adj_data, adj_11, adj_5, adj_12);
    wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: vals[t] = wp.volume_sample_grad_index(grid, uvw, wp.Volume.LINEAR, data, wp.vec3(1.0, 2.0, 3.0), g)  <L 79>
    // adj: g = wp.mat33()                                                                    <L 78>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: uvw = p[t] * 2.0                                                                  <L 77>
    // adj: t = wp.tid()                                                                      <L 76>
    // adj: def index_grads(                                                                  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_grads_a542a78f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_index_grads_a542a78f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_grads_a542a78f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_grads_a542a78f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_index_grads_a542a78f *_wp_args,
    wp_args_index_grads_a542a78f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_grads_a542a78f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

