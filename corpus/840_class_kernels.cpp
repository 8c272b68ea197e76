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


// corpus/840_class_kernels.py:20
static wp::vec_t<3, wp::float32> Ops__lerp3_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                           <L 21>
    // return a + (b - a) * t                                                                 <L 22>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/840_class_kernels.py:8
static wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 9>
    // return 2.0 * x                                                                         <L 10>
    var_1 = wp::mul(var_0, var_x);
    return var_1;
}


// corpus/840_class_kernels.py:16
static wp::float32 Ops__twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 17>
    // return Ops.SCALE * x                                                                   <L 18>
    var_1 = wp::mul(var_0, var_x);
    return var_1;
}


// corpus/840_class_kernels.py:20
static void adj_Ops__lerp3_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                           <L 21>
    // return a + (b - a) * t                                                                 <L 22>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return a + (b - a) * t                                                            <L 22>
    // adj: def lerp3(a: wp.vec3, b: wp.vec3, t: float):                                      <L 21>
    return;
}


// corpus/840_class_kernels.py:8
static void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
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
    // def twice(x: float) -> float:                                                          <L 9>
    // return 2.0 * x                                                                         <L 10>
    var_1 = wp::mul(var_0, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return 2.0 * x                                                                    <L 10>
    // adj: def twice(x: float) -> float:                                                     <L 9>
    return;
}


// corpus/840_class_kernels.py:16
static void adj_Ops__twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def twice(x: float) -> float:                                                          <L 17>
    // return Ops.SCALE * x                                                                   <L 18>
    var_1 = wp::mul(var_0, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return Ops.SCALE * x                                                              <L 18>
    // adj: def twice(x: float) -> float:                                                     <L 17>
    return;
}

struct wp_args_Sim__step_c6eb132b {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
};


void Sim__step_c6eb132b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_Sim__step_c6eb132b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.01;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                      <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                            <L 31>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_x, var_0);
    var_3 = wp::address(var_v, var_0);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::add(var_5, var_6);
    var_10 = wp::load(var_1);
    var_9 = Ops__lerp3_0(var_10, var_4, var_8);
    wp::array_store(var_x, var_0, var_9);
}



void Sim__step_c6eb132b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_Sim__step_c6eb132b *_wp_args,
    wp_args_Sim__step_c6eb132b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.01;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                      <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                            <L 31>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_x, var_0);
    var_3 = wp::address(var_v, var_0);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::add(var_5, var_6);
    var_10 = wp::load(var_1);
    var_9 = Ops__lerp3_0(var_10, var_4, var_8);
    // wp::array_store(var_x, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
    adj_Ops__lerp3_0(var_10, var_4, var_8, adj_1, adj_4, adj_8, adj_9);
    wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)                                       <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):                 <L 29>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void Sim__step_c6eb132b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_Sim__step_c6eb132b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        Sim__step_c6eb132b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void Sim__step_c6eb132b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_Sim__step_c6eb132b *_wp_args,
    wp_args_Sim__step_c6eb132b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        Sim__step_c6eb132b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_Sim__Inner__damp_3bcd90d6 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 k;
};


void Sim__Inner__damp_3bcd90d6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def damp(v: wp.array(dtype=wp.vec3), k: float):                                        <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // v[i] = v[i] * twice(k)                                                                 <L 37>
    var_1 = wp::address(var_v, var_0);
    var_2 = twice_0(var_k);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    wp::array_store(var_v, var_0, var_3);
}



void Sim__Inner__damp_3bcd90d6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_args,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def damp(v: wp.array(dtype=wp.vec3), k: float):                                        <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // v[i] = v[i] * twice(k)                                                                 <L 37>
    var_1 = wp::address(var_v, var_0);
    var_2 = twice_0(var_k);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // wp::array_store(var_v, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_0, var_3, adj_v, adj_0, adj_3);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    adj_twice_0(var_k, adj_k, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = v[i] * twice(k)                                                            <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def damp(v: wp.array(dtype=wp.vec3), k: float):                                   <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void Sim__Inner__damp_3bcd90d6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        Sim__Inner__damp_3bcd90d6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void Sim__Inner__damp_3bcd90d6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_args,
    wp_args_Sim__Inner__damp_3bcd90d6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        Sim__Inner__damp_3bcd90d6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scale_fa382824 {
    wp::array_t<wp::float32> a;
};


void scale_fa382824_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_fa382824 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
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
    // def scale(a: wp.array(dtype=float)):                                                   <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // a[i] = Ops.twice(a[i]) + twice(a[i])                                                   <L 43>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = Ops__twice_0(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = twice_0(var_6);
    var_7 = wp::add(var_2, var_5);
    wp::array_store(var_a, var_0, var_7);
}



void scale_fa382824_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_fa382824 *_wp_args,
    wp_args_scale_fa382824 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
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
    // def scale(a: wp.array(dtype=float)):                                                   <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // a[i] = Ops.twice(a[i]) + twice(a[i])                                                   <L 43>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = Ops__twice_0(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = twice_0(var_6);
    var_7 = wp::add(var_2, var_5);
    // wp::array_store(var_a, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    adj_twice_0(var_6, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    adj_Ops__twice_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = Ops.twice(a[i]) + twice(a[i])                                              <L 43>
    // adj: i = wp.tid()                                                                      <L 42>
    // adj: def scale(a: wp.array(dtype=float)):                                              <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scale_fa382824_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_fa382824 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_fa382824_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scale_fa382824_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_fa382824 *_wp_args,
    wp_args_scale_fa382824 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scale_fa382824_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

