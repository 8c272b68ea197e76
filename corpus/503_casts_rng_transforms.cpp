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

struct wp_args_fill_27014c6e {
    wp::array_t<wp::float16> a;
    wp::float16 value;
};


void fill_27014c6e_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_fill_27014c6e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_a = _wp_args->a;
    wp::float16 var_value = _wp_args->value;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float16 var_4;
    wp::float16 var_5;
    //---------
    // forward
    // def fill(a: wp.array3d(dtype=wp.float16), value: wp.float16):                          <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // a[i, j, k] = value * wp.float16(2.0)                                                   <L 7>
    var_4 = wp::float16(var_3);
    var_5 = wp::mul(var_value, var_4);
    wp::array_store(var_a, var_0, var_1, var_2, var_5);
}



extern "C" {

// Python CPU entry points
WP_API void fill_27014c6e_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_fill_27014c6e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fill_27014c6e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_casts_a9fc419f {
    wp::array_t<wp::uint8> a;
    wp::array_t<wp::int64> b;
    wp::array_t<wp::float64> c;
};


void casts_a9fc419f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_casts_a9fc419f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_a = _wp_args->a;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::int32 var_2;
    wp::uint8 var_3;
    wp::int64 var_4;
    wp::int64* var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::int64 var_14;
    wp::int64 var_15;
    //---------
    // forward
    // def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // x = int(a[i])                                                                          <L 13>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::int(var_3);
    // y = wp.int64(x) * b[i]                                                                 <L 14>
    var_4 = wp::int64(var_2);
    var_5 = wp::address(var_b, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_4, var_7);
    // z = wp.float64(y) / wp.float64(3.0)                                                    <L 15>
    var_8 = wp::float64(var_6);
    var_9 = 3.0;
    var_10 = wp::div(var_8, var_9);
    // c[i] = wp.sqrt(z) + wp.float64(1.5)                                                    <L 16>
    var_11 = wp::sqrt(var_10);
    var_12 = 1.5;
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_c, var_0, var_13);
    // b[i] = y >> wp.int64(2)                                                                <L 17>
    var_14 = 2ll;
    var_15 = wp::rshift(var_6, var_14);
    wp::array_store(var_b, var_0, var_15);
}



void casts_a9fc419f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_casts_a9fc419f *_wp_args,
    wp_args_casts_a9fc419f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_a = _wp_args->a;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::float64> var_c = _wp_args->c;
    wp::array_t<wp::uint8> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float64> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint8* var_1;
    wp::int32 var_2;
    wp::uint8 var_3;
    wp::int64 var_4;
    wp::int64* var_5;
    wp::int64 var_6;
    wp::int64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::int64 var_14;
    wp::int64 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint8 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::uint8 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int64 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int64 adj_14 = {};
    wp::int64 adj_15 = {};
    //---------
    // forward
    // def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // x = int(a[i])                                                                          <L 13>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::int(var_3);
    // y = wp.int64(x) * b[i]                                                                 <L 14>
    var_4 = wp::int64(var_2);
    var_5 = wp::address(var_b, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_4, var_7);
    // z = wp.float64(y) / wp.float64(3.0)                                                    <L 15>
    var_8 = wp::float64(var_6);
    var_9 = 3.0;
    var_10 = wp::div(var_8, var_9);
    // c[i] = wp.sqrt(z) + wp.float64(1.5)                                                    <L 16>
    var_11 = wp::sqrt(var_10);
    var_12 = 1.5;
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_c, var_0, var_13);
    // b[i] = y >> wp.int64(2)                                                                <L 17>
    var_14 = 2ll;
    var_15 = wp::rshift(var_6, var_14);
    // wp::array_store(var_b, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_15, adj_b, adj_0, adj_15);
    // adj: b[i] = y >> wp.int64(2)                                                           <L 17>
    wp::adj_array_store(var_c, var_0, var_13, adj_c, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sqrt(var_10, var_11, adj_10, adj_11);
    // adj: c[i] = wp.sqrt(z) + wp.float64(1.5)                                               <L 16>
    wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    wp::adj_float64(var_6, adj_6, adj_8);
    // adj: z = wp.float64(y) / wp.float64(3.0)                                               <L 15>
    wp::adj_mul(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
    // adj: y = wp.int64(x) * b[i]                                                            <L 14>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = int(a[i])                                                                     <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def casts(a: wp.array(dtype=wp.uint8), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.float64)):  <L 11>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void casts_a9fc419f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_casts_a9fc419f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        casts_a9fc419f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void casts_a9fc419f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_casts_a9fc419f *_wp_args,
    wp_args_casts_a9fc419f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        casts_a9fc419f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rng_f5e64e00 {
    wp::int32 seed;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


void rng_f5e64e00_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rng_f5e64e00 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = -1.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // forward
    // def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                      <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 23>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = wp.randf(state)                                                                    <L 24>
    var_2 = wp::randf(var_1);
    // y = wp.randf(state, -1.0, 1.0)                                                         <L 25>
    var_5 = wp::randf(var_1, var_3, var_4);
    // out[i] = wp.vec2(x, y)                                                                 <L 26>
    var_6 = wp::vec_t<2, wp::float32>(var_2, var_5);
    wp::array_store(var_out, var_0, var_6);
}



void rng_f5e64e00_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rng_f5e64e00 *_wp_args,
    wp_args_rng_f5e64e00 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = -1.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                      <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 23>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = wp.randf(state)                                                                    <L 24>
    var_2 = wp::randf(var_1);
    // y = wp.randf(state, -1.0, 1.0)                                                         <L 25>
    var_5 = wp::randf(var_1, var_3, var_4);
    // out[i] = wp.vec2(x, y)                                                                 <L 26>
    var_6 = wp::vec_t<2, wp::float32>(var_2, var_5);
    // wp::array_store(var_out, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
    wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_6);
    // adj: out[i] = wp.vec2(x, y)                                                            <L 26>
    // adj: y = wp.randf(state, -1.0, 1.0)                                                    <L 25>
    // adj: x = wp.randf(state)                                                               <L 24>
    // adj: state = wp.rand_init(seed, i)                                                     <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def rng(seed: int, out: wp.array(dtype=wp.vec2)):                                 <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rng_f5e64e00_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rng_f5e64e00 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rng_f5e64e00_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rng_f5e64e00_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rng_f5e64e00 *_wp_args,
    wp_args_rng_f5e64e00 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rng_f5e64e00_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_transforms_00eeab0e {
    wp::array_t<wp::transform_t<wp::float32>> t;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void transforms_00eeab0e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transforms_00eeab0e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // tf = t[i]                                                                              <L 32>
    var_1 = wp::address(var_t, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.transform_get_rotation(tf)                                                      <L 33>
    var_4 = wp::transform_get_rotation(var_2);
    // out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])                    <L 34>
    var_5 = wp::address(var_p, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_2, var_7);
    var_8 = wp::address(var_p, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::quat_rotate_inv(var_4, var_10);
    var_11 = wp::add(var_6, var_9);
    wp::array_store(var_out, var_0, var_11);
    // inv = wp.transform_inverse(tf)                                                         <L 35>
    var_12 = wp::transform_inverse(var_2);
    // out[i] = out[i] + wp.transform_vector(inv, p[i])                                       <L 36>
    var_13 = wp::address(var_out, var_0);
    var_14 = wp::address(var_p, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::transform_vector(var_12, var_16);
    var_18 = wp::load(var_13);
    var_17 = wp::add(var_18, var_15);
    wp::array_store(var_out, var_0, var_17);
}



void transforms_00eeab0e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transforms_00eeab0e *_wp_args,
    wp_args_transforms_00eeab0e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float32>> adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // tf = t[i]                                                                              <L 32>
    var_1 = wp::address(var_t, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.transform_get_rotation(tf)                                                      <L 33>
    var_4 = wp::transform_get_rotation(var_2);
    // out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])                    <L 34>
    var_5 = wp::address(var_p, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_2, var_7);
    var_8 = wp::address(var_p, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::quat_rotate_inv(var_4, var_10);
    var_11 = wp::add(var_6, var_9);
    // wp::array_store(var_out, var_0, var_11);
    // inv = wp.transform_inverse(tf)                                                         <L 35>
    var_12 = wp::transform_inverse(var_2);
    // out[i] = out[i] + wp.transform_vector(inv, p[i])                                       <L 36>
    var_13 = wp::address(var_out, var_0);
    var_14 = wp::address(var_p, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::transform_vector(var_12, var_16);
    var_18 = wp::load(var_13);
    var_17 = wp::add(var_18, var_15);
    // wp::array_store(var_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
    wp::adj_add(var_18, var_15, adj_13, adj_15, adj_17);
    wp::adj_transform_vector(var_12, var_16, adj_12, adj_14, adj_15);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_14);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_13);
    // adj: out[i] = out[i] + wp.transform_vector(inv, p[i])                                  <L 36>
    wp::adj_transform_inverse(var_2, adj_2, adj_12);
    // adj: inv = wp.transform_inverse(tf)                                                    <L 35>
    wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_11);
    wp::adj_quat_rotate_inv(var_4, var_10, adj_4, adj_8, adj_9);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_8);
    wp::adj_transform_point(var_2, var_7, adj_2, adj_5, adj_6);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_5);
    // adj: out[i] = wp.transform_point(tf, p[i]) + wp.quat_rotate_inv(q, p[i])               <L 34>
    wp::adj_transform_get_rotation(var_2, adj_2, adj_4);
    // adj: q = wp.transform_get_rotation(tf)                                                 <L 33>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_t, var_0, adj_t, adj_0, adj_1);
    // adj: tf = t[i]                                                                         <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def transforms(t: wp.array(dtype=wp.transform), p: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void transforms_00eeab0e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transforms_00eeab0e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        transforms_00eeab0e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void transforms_00eeab0e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transforms_00eeab0e *_wp_args,
    wp_args_transforms_00eeab0e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        transforms_00eeab0e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

