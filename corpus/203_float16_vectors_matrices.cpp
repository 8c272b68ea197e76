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


// corpus/203_float16_vectors_matrices.py:4
static wp::vec_t<3, wp::float16> half_normalize_0(
    wp::vec_t<3, wp::float16> var_v)
{
    //---------
    // primal vars
    wp::float16 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float16 var_2;
    bool var_3;
    wp::vec_t<3, wp::float16> var_4;
    //---------
    // forward
    // def half_normalize(v: wp.vec3h) -> wp.vec3h:                                           <L 5>
    // l = wp.length(v)                                                                       <L 6>
    var_0 = wp::length(var_v);
    // if l == wp.float16(0.0):                                                               <L 7>
    var_2 = wp::float16(var_1);
    var_3 = (var_0 == var_2);
    if (var_3) {
        // return v                                                                           <L 8>
        return var_v;
    }
    // return v / l                                                                           <L 9>
    var_4 = wp::div(var_v, var_0);
    return var_4;
}


// corpus/203_float16_vectors_matrices.py:12
static wp::vec_t<3, wp::float16> half_lerp_0(
    wp::vec_t<3, wp::float16> var_a,
    wp::vec_t<3, wp::float16> var_b,
    wp::float16 var_t)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float16> var_0;
    wp::vec_t<3, wp::float16> var_1;
    wp::vec_t<3, wp::float16> var_2;
    //---------
    // forward
    // def half_lerp(a: wp.vec3h, b: wp.vec3h, t: wp.float16) -> wp.vec3h:                    <L 13>
    // return a + (b - a) * t                                                                 <L 14>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::add(var_a, var_1);
    return var_2;
}


// corpus/203_float16_vectors_matrices.py:4
static void adj_half_normalize_0(
    wp::vec_t<3, wp::float16> var_v,
    wp::vec_t<3, wp::float16> & adj_v,
    wp::vec_t<3, wp::float16> & adj_ret)
{
    //---------
    // primal vars
    wp::float16 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float16 var_2;
    bool var_3;
    wp::vec_t<3, wp::float16> var_4;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float16 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float16> adj_4 = {};
    //---------
    // forward
    // def half_normalize(v: wp.vec3h) -> wp.vec3h:                                           <L 5>
    // l = wp.length(v)                                                                       <L 6>
    var_0 = wp::length(var_v);
    // if l == wp.float16(0.0):                                                               <L 7>
    var_2 = wp::float16(var_1);
    var_3 = (var_0 == var_2);
    if (var_3) {
        // return v                                                                           <L 8>
        goto label0;
    }
    // return v / l                                                                           <L 9>
    var_4 = wp::div(var_v, var_0);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    wp::adj_div(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: return v / l                                                                      <L 9>
    if (var_3) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 8>
    }
    wp::adj_float16(var_1, adj_1, adj_2);
    // adj: if l == wp.float16(0.0):                                                          <L 7>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: l = wp.length(v)                                                                  <L 6>
    // adj: def half_normalize(v: wp.vec3h) -> wp.vec3h:                                      <L 5>
    return;
}


// corpus/203_float16_vectors_matrices.py:12
static void adj_half_lerp_0(
    wp::vec_t<3, wp::float16> var_a,
    wp::vec_t<3, wp::float16> var_b,
    wp::float16 var_t,
    wp::vec_t<3, wp::float16> & adj_a,
    wp::vec_t<3, wp::float16> & adj_b,
    wp::float16 & adj_t,
    wp::vec_t<3, wp::float16> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float16> var_0;
    wp::vec_t<3, wp::float16> var_1;
    wp::vec_t<3, wp::float16> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float16> adj_0 = {};
    wp::vec_t<3, wp::float16> adj_1 = {};
    wp::vec_t<3, wp::float16> adj_2 = {};
    //---------
    // forward
    // def half_lerp(a: wp.vec3h, b: wp.vec3h, t: wp.float16) -> wp.vec3h:                    <L 13>
    // return a + (b - a) * t                                                                 <L 14>
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
    // adj: return a + (b - a) * t                                                            <L 14>
    // adj: def half_lerp(a: wp.vec3h, b: wp.vec3h, t: wp.float16) -> wp.vec3h:               <L 13>
    return;
}

struct wp_args_normals_fp16_1ba7e77e {
    wp::array_t<wp::vec_t<3, wp::float16>> n;
    wp::array_t<wp::vec_t<3, wp::float16>> out;
    wp::array_t<wp::float16> lens;
};


void normals_fp16_1ba7e77e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_normals_fp16_1ba7e77e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float16>> var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float16>> var_out = _wp_args->out;
    wp::array_t<wp::float16> var_lens = _wp_args->lens;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16> var_2;
    wp::vec_t<3, wp::float16> var_3;
    wp::float16 var_4;
    wp::vec_t<3, wp::float16> var_5;
    //---------
    // forward
    // def normals_fp16(n: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.vec3h), lens: wp.array(dtype=wp.float16)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // v = n[i]                                                                               <L 20>
    var_1 = wp::address(var_n, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lens[i] = wp.length(v)                                                                 <L 21>
    var_4 = wp::length(var_2);
    wp::array_store(var_lens, var_0, var_4);
    // out[i] = half_normalize(v)                                                             <L 22>
    var_5 = half_normalize_0(var_2);
    wp::array_store(var_out, var_0, var_5);
}



void normals_fp16_1ba7e77e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_normals_fp16_1ba7e77e *_wp_args,
    wp_args_normals_fp16_1ba7e77e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float16>> var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float16>> var_out = _wp_args->out;
    wp::array_t<wp::float16> var_lens = _wp_args->lens;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_n = _wp_adj_args->n;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float16> adj_lens = _wp_adj_args->lens;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16> var_2;
    wp::vec_t<3, wp::float16> var_3;
    wp::float16 var_4;
    wp::vec_t<3, wp::float16> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float16> adj_1 = {};
    wp::vec_t<3, wp::float16> adj_2 = {};
    wp::vec_t<3, wp::float16> adj_3 = {};
    wp::float16 adj_4 = {};
    wp::vec_t<3, wp::float16> adj_5 = {};
    //---------
    // forward
    // def normals_fp16(n: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.vec3h), lens: wp.array(dtype=wp.float16)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // v = n[i]                                                                               <L 20>
    var_1 = wp::address(var_n, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lens[i] = wp.length(v)                                                                 <L 21>
    var_4 = wp::length(var_2);
    // wp::array_store(var_lens, var_0, var_4);
    // out[i] = half_normalize(v)                                                             <L 22>
    var_5 = half_normalize_0(var_2);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    adj_half_normalize_0(var_2, adj_2, adj_5);
    // adj: out[i] = half_normalize(v)                                                        <L 22>
    wp::adj_array_store(var_lens, var_0, var_4, adj_lens, adj_0, adj_4);
    wp::adj_length(var_2, var_4, adj_2, adj_4);
    // adj: lens[i] = wp.length(v)                                                            <L 21>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_n, var_0, adj_n, adj_0, adj_1);
    // adj: v = n[i]                                                                          <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def normals_fp16(n: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.vec3h), lens: wp.array(dtype=wp.float16)):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void normals_fp16_1ba7e77e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_normals_fp16_1ba7e77e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normals_fp16_1ba7e77e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void normals_fp16_1ba7e77e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_normals_fp16_1ba7e77e *_wp_args,
    wp_args_normals_fp16_1ba7e77e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normals_fp16_1ba7e77e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_blend_fp16_85cd12b5 {
    wp::array_t<wp::vec_t<3, wp::float16>> a;
    wp::array_t<wp::vec_t<3, wp::float16>> b;
    wp::array_t<wp::float16> t;
    wp::array_t<wp::vec_t<3, wp::float16>> out;
};


void blend_fp16_85cd12b5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_fp16_85cd12b5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float16>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float16>> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float16>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16>* var_2;
    wp::float16* var_3;
    const wp::float32 var_4 = 0.0;
    wp::float16 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::vec_t<3, wp::float16> var_10;
    wp::vec_t<3, wp::float16> var_11;
    wp::vec_t<3, wp::float16> var_12;
    //---------
    // forward
    // def blend_fp16(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), t: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.vec3h)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // out[i] = half_lerp(a[i], b[i], wp.clamp(t[i], wp.float16(0.0), wp.float16(1.0)))       <L 28>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_3 = wp::address(var_t, var_0);
    var_5 = wp::float16(var_4);
    var_7 = wp::float16(var_6);
    var_9 = wp::load(var_3);
    var_8 = wp::clamp(var_9, var_5, var_7);
    var_11 = wp::load(var_1);
    var_12 = wp::load(var_2);
    var_10 = half_lerp_0(var_11, var_12, var_8);
    wp::array_store(var_out, var_0, var_10);
}



void blend_fp16_85cd12b5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_fp16_85cd12b5 *_wp_args,
    wp_args_blend_fp16_85cd12b5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float16>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float16>> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float16>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float16> adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<3, wp::float16>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float16>* var_1;
    wp::vec_t<3, wp::float16>* var_2;
    wp::float16* var_3;
    const wp::float32 var_4 = 0.0;
    wp::float16 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::vec_t<3, wp::float16> var_10;
    wp::vec_t<3, wp::float16> var_11;
    wp::vec_t<3, wp::float16> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float16> adj_1 = {};
    wp::vec_t<3, wp::float16> adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::vec_t<3, wp::float16> adj_10 = {};
    wp::vec_t<3, wp::float16> adj_11 = {};
    wp::vec_t<3, wp::float16> adj_12 = {};
    //---------
    // forward
    // def blend_fp16(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), t: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.vec3h)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // out[i] = half_lerp(a[i], b[i], wp.clamp(t[i], wp.float16(0.0), wp.float16(1.0)))       <L 28>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_3 = wp::address(var_t, var_0);
    var_5 = wp::float16(var_4);
    var_7 = wp::float16(var_6);
    var_9 = wp::load(var_3);
    var_8 = wp::clamp(var_9, var_5, var_7);
    var_11 = wp::load(var_1);
    var_12 = wp::load(var_2);
    var_10 = half_lerp_0(var_11, var_12, var_8);
    // wp::array_store(var_out, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
    adj_half_lerp_0(var_11, var_12, var_8, adj_1, adj_2, adj_8, adj_10);
    wp::adj_clamp(var_9, var_5, var_7, adj_3, adj_5, adj_7, adj_8);
    wp::adj_float16(var_6, adj_6, adj_7);
    wp::adj_float16(var_4, adj_4, adj_5);
    wp::adj_address(var_t, var_0, adj_t, adj_0, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: out[i] = half_lerp(a[i], b[i], wp.clamp(t[i], wp.float16(0.0), wp.float16(1.0)))  <L 28>
    // adj: i = wp.tid()                                                                      <L 27>
    // adj: def blend_fp16(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), t: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.vec3h)):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void blend_fp16_85cd12b5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_fp16_85cd12b5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_fp16_85cd12b5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void blend_fp16_85cd12b5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_fp16_85cd12b5 *_wp_args,
    wp_args_blend_fp16_85cd12b5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_fp16_85cd12b5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mat_fp16_cabfd6f4 {
    wp::array_t<wp::mat_t<2, 2, wp::float16>> m;
    wp::array_t<wp::vec_t<2, wp::float16>> v;
    wp::array_t<wp::vec_t<2, wp::float16>> out;
    wp::array_t<wp::float16> det;
};


void mat_fp16_cabfd6f4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mat_fp16_cabfd6f4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float16>> var_out = _wp_args->out;
    wp::array_t<wp::float16> var_det = _wp_args->det;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float16>* var_1;
    wp::mat_t<2, 2, wp::float16> var_2;
    wp::mat_t<2, 2, wp::float16> var_3;
    wp::vec_t<2, wp::float16>* var_4;
    wp::vec_t<2, wp::float16> var_5;
    wp::vec_t<2, wp::float16> var_6;
    wp::mat_t<2, 2, wp::float16> var_7;
    wp::vec_t<2, wp::float16>* var_8;
    wp::vec_t<2, wp::float16> var_9;
    wp::vec_t<2, wp::float16> var_10;
    wp::vec_t<2, wp::float16> var_11;
    wp::float16 var_12;
    //---------
    // forward
    // def mat_fp16(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h), det: wp.array(dtype=wp.float16)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // M = m[i]                                                                               <L 34>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = M * v[i] + wp.transpose(M) * v[i]                                             <L 35>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    var_7 = wp::transpose(var_2);
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_11 = wp::add(var_5, var_9);
    wp::array_store(var_out, var_0, var_11);
    // det[i] = wp.determinant(M)                                                             <L 36>
    var_12 = wp::determinant(var_2);
    wp::array_store(var_det, var_0, var_12);
}



void mat_fp16_cabfd6f4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mat_fp16_cabfd6f4 *_wp_args,
    wp_args_mat_fp16_cabfd6f4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float16>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float16>> var_out = _wp_args->out;
    wp::array_t<wp::float16> var_det = _wp_args->det;
    wp::array_t<wp::mat_t<2, 2, wp::float16>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float16>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float16> adj_det = _wp_adj_args->det;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float16>* var_1;
    wp::mat_t<2, 2, wp::float16> var_2;
    wp::mat_t<2, 2, wp::float16> var_3;
    wp::vec_t<2, wp::float16>* var_4;
    wp::vec_t<2, wp::float16> var_5;
    wp::vec_t<2, wp::float16> var_6;
    wp::mat_t<2, 2, wp::float16> var_7;
    wp::vec_t<2, wp::float16>* var_8;
    wp::vec_t<2, wp::float16> var_9;
    wp::vec_t<2, wp::float16> var_10;
    wp::vec_t<2, wp::float16> var_11;
    wp::float16 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float16> adj_1 = {};
    wp::mat_t<2, 2, wp::float16> adj_2 = {};
    wp::mat_t<2, 2, wp::float16> adj_3 = {};
    wp::vec_t<2, wp::float16> adj_4 = {};
    wp::vec_t<2, wp::float16> adj_5 = {};
    wp::vec_t<2, wp::float16> adj_6 = {};
    wp::mat_t<2, 2, wp::float16> adj_7 = {};
    wp::vec_t<2, wp::float16> adj_8 = {};
    wp::vec_t<2, wp::float16> adj_9 = {};
    wp::vec_t<2, wp::float16> adj_10 = {};
    wp::vec_t<2, wp::float16> adj_11 = {};
    wp::float16 adj_12 = {};
    //---------
    // forward
    // def mat_fp16(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h), det: wp.array(dtype=wp.float16)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // M = m[i]                                                                               <L 34>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = M * v[i] + wp.transpose(M) * v[i]                                             <L 35>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    var_7 = wp::transpose(var_2);
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_11 = wp::add(var_5, var_9);
    // wp::array_store(var_out, var_0, var_11);
    // det[i] = wp.determinant(M)                                                             <L 36>
    var_12 = wp::determinant(var_2);
    // wp::array_store(var_det, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_det, var_0, var_12, adj_det, adj_0, adj_12);
    wp::adj_determinant(var_2, adj_2, adj_12);
    // adj: det[i] = wp.determinant(M)                                                        <L 36>
    wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_11);
    wp::adj_mul(var_7, var_10, adj_7, adj_8, adj_9);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
    wp::adj_transpose(var_2, adj_2, adj_7);
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: out[i] = M * v[i] + wp.transpose(M) * v[i]                                        <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: M = m[i]                                                                          <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def mat_fp16(m: wp.array(dtype=wp.mat22h), v: wp.array(dtype=wp.vec2h), out: wp.array(dtype=wp.vec2h), det: wp.array(dtype=wp.float16)):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mat_fp16_cabfd6f4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mat_fp16_cabfd6f4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mat_fp16_cabfd6f4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mat_fp16_cabfd6f4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mat_fp16_cabfd6f4 *_wp_args,
    wp_args_mat_fp16_cabfd6f4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mat_fp16_cabfd6f4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mixed_precision_accumulate_878a8e1a {
    wp::array_t<wp::vec_t<4, wp::float16>> x;
    wp::array_t<wp::vec_t<4, wp::float32>> acc;
    wp::float32 scale;
};


void mixed_precision_accumulate_878a8e1a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float16>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<4, wp::float32>> var_acc = _wp_args->acc;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float16>* var_1;
    wp::vec_t<4, wp::float16> var_2;
    wp::vec_t<4, wp::float16> var_3;
    const wp::int32 var_4 = 0;
    wp::float16 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float16 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float16 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 3;
    wp::float16 var_14;
    wp::float32 var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::vec_t<4, wp::float32> var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    //---------
    // forward
    // def mixed_precision_accumulate(x: wp.array(dtype=wp.vec4h), acc: wp.array(dtype=wp.vec4), scale: float):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 42>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // f = wp.vec4(float(v[0]), float(v[1]), float(v[2]), float(v[3])) * scale                <L 43>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float(var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::float(var_14);
    var_16 = wp::vec_t<4, wp::float32>(var_6, var_9, var_12, var_15);
    var_17 = wp::mul(var_16, var_scale);
    // wp.atomic_add(acc, 0, f)                                                               <L 44>
    var_19 = wp::atomic_add(var_acc, var_18, var_17);
    // acc[i + 1] = f                                                                         <L 45>
    var_21 = wp::add(var_0, var_20);
    wp::array_store(var_acc, var_21, var_17);
}



void mixed_precision_accumulate_878a8e1a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_args,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float16>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<4, wp::float32>> var_acc = _wp_args->acc;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::vec_t<4, wp::float16>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_acc = _wp_adj_args->acc;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float16>* var_1;
    wp::vec_t<4, wp::float16> var_2;
    wp::vec_t<4, wp::float16> var_3;
    const wp::int32 var_4 = 0;
    wp::float16 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float16 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float16 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 3;
    wp::float16 var_14;
    wp::float32 var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::vec_t<4, wp::float32> var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float16> adj_1 = {};
    wp::vec_t<4, wp::float16> adj_2 = {};
    wp::vec_t<4, wp::float16> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float16 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float16 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<4, wp::float32> adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<4, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def mixed_precision_accumulate(x: wp.array(dtype=wp.vec4h), acc: wp.array(dtype=wp.vec4), scale: float):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 42>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // f = wp.vec4(float(v[0]), float(v[1]), float(v[2]), float(v[3])) * scale                <L 43>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float(var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::float(var_14);
    var_16 = wp::vec_t<4, wp::float32>(var_6, var_9, var_12, var_15);
    var_17 = wp::mul(var_16, var_scale);
    // wp.atomic_add(acc, 0, f)                                                               <L 44>
    // var_19 = wp::atomic_add(var_acc, var_18, var_17);
    // acc[i + 1] = f                                                                         <L 45>
    var_21 = wp::add(var_0, var_20);
    // wp::array_store(var_acc, var_21, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_acc, var_21, var_17, adj_acc, adj_21, adj_17);
    wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
    // adj: acc[i + 1] = f                                                                    <L 45>
    wp::adj_atomic_add(var_acc, var_18, var_17, adj_acc, adj_18, adj_17, adj_19);
    // adj: wp.atomic_add(acc, 0, f)                                                          <L 44>
    wp::adj_mul(var_16, var_scale, adj_16, adj_scale, adj_17);
    wp::adj_vec_t(var_6, var_9, var_12, var_15, adj_6, adj_9, adj_12, adj_15, adj_16);
    wp::adj_float(var_14, adj_14, adj_15);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_float(var_5, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: f = wp.vec4(float(v[0]), float(v[1]), float(v[2]), float(v[3])) * scale           <L 43>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def mixed_precision_accumulate(x: wp.array(dtype=wp.vec4h), acc: wp.array(dtype=wp.vec4), scale: float):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mixed_precision_accumulate_878a8e1a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mixed_precision_accumulate_878a8e1a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mixed_precision_accumulate_878a8e1a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_args,
    wp_args_mixed_precision_accumulate_878a8e1a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mixed_precision_accumulate_878a8e1a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_half_math_65d10204 {
    wp::array_t<wp::float16> x;
    wp::array_t<wp::float16> out;
};


void half_math_65d10204_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_half_math_65d10204 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_x = _wp_args->x;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    wp::float16 var_14;
    wp::float16 var_15;
    const wp::float32 var_16 = -4.0;
    wp::float16 var_17;
    wp::float16 var_18;
    const wp::float32 var_19 = 4.0;
    wp::float16 var_20;
    wp::float16 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float16 var_23;
    wp::float16 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float16 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float16 var_28;
    wp::float16 var_29;
    wp::float16 var_30;
    wp::float16 var_31;
    wp::float16 var_32;
    //---------
    // forward
    // def half_math(x: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):         <L 49>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 51>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.sin(v) * wp.cos(v) + wp.exp(-wp.abs(v)) + wp.sqrt(wp.abs(v)) + wp.floor(v)       <L 52>
    var_4 = wp::sin(var_2);
    var_5 = wp::cos(var_2);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::abs(var_2);
    var_8 = wp::neg(var_7);
    var_9 = wp::exp(var_8);
    var_10 = wp::add(var_6, var_9);
    var_11 = wp::abs(var_2);
    var_12 = wp::sqrt(var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::floor(var_2);
    var_15 = wp::add(var_13, var_14);
    // r = wp.min(wp.max(r, wp.float16(-4.0)), wp.float16(4.0))                               <L 53>
    var_17 = wp::float16(var_16);
    var_18 = wp::max(var_15, var_17);
    var_20 = wp::float16(var_19);
    var_21 = wp::min(var_18, var_20);
    // out[i] = r * wp.float16(0.5) + wp.float16(1.0) / (wp.float16(1.0) + wp.abs(v))         <L 54>
    var_23 = wp::float16(var_22);
    var_24 = wp::mul(var_21, var_23);
    var_26 = wp::float16(var_25);
    var_28 = wp::float16(var_27);
    var_29 = wp::abs(var_2);
    var_30 = wp::add(var_28, var_29);
    var_31 = wp::div(var_26, var_30);
    var_32 = wp::add(var_24, var_31);
    wp::array_store(var_out, var_0, var_32);
}



void half_math_65d10204_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_half_math_65d10204 *_wp_args,
    wp_args_half_math_65d10204 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_x = _wp_args->x;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    wp::array_t<wp::float16> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float16> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    wp::float16 var_14;
    wp::float16 var_15;
    const wp::float32 var_16 = -4.0;
    wp::float16 var_17;
    wp::float16 var_18;
    const wp::float32 var_19 = 4.0;
    wp::float16 var_20;
    wp::float16 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float16 var_23;
    wp::float16 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float16 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float16 var_28;
    wp::float16 var_29;
    wp::float16 var_30;
    wp::float16 var_31;
    wp::float16 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float16 adj_11 = {};
    wp::float16 adj_12 = {};
    wp::float16 adj_13 = {};
    wp::float16 adj_14 = {};
    wp::float16 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float16 adj_17 = {};
    wp::float16 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float16 adj_20 = {};
    wp::float16 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float16 adj_23 = {};
    wp::float16 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float16 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float16 adj_28 = {};
    wp::float16 adj_29 = {};
    wp::float16 adj_30 = {};
    wp::float16 adj_31 = {};
    wp::float16 adj_32 = {};
    //---------
    // forward
    // def half_math(x: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):         <L 49>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 51>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.sin(v) * wp.cos(v) + wp.exp(-wp.abs(v)) + wp.sqrt(wp.abs(v)) + wp.floor(v)       <L 52>
    var_4 = wp::sin(var_2);
    var_5 = wp::cos(var_2);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::abs(var_2);
    var_8 = wp::neg(var_7);
    var_9 = wp::exp(var_8);
    var_10 = wp::add(var_6, var_9);
    var_11 = wp::abs(var_2);
    var_12 = wp::sqrt(var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::floor(var_2);
    var_15 = wp::add(var_13, var_14);
    // r = wp.min(wp.max(r, wp.float16(-4.0)), wp.float16(4.0))                               <L 53>
    var_17 = wp::float16(var_16);
    var_18 = wp::max(var_15, var_17);
    var_20 = wp::float16(var_19);
    var_21 = wp::min(var_18, var_20);
    // out[i] = r * wp.float16(0.5) + wp.float16(1.0) / (wp.float16(1.0) + wp.abs(v))         <L 54>
    var_23 = wp::float16(var_22);
    var_24 = wp::mul(var_21, var_23);
    var_26 = wp::float16(var_25);
    var_28 = wp::float16(var_27);
    var_29 = wp::abs(var_2);
    var_30 = wp::add(var_28, var_29);
    var_31 = wp::div(var_26, var_30);
    var_32 = wp::add(var_24, var_31);
    // wp::array_store(var_out, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
    wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
    wp::adj_div(var_26, var_30, var_31, adj_26, adj_30, adj_31);
    wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_abs(var_2, adj_2, adj_29);
    wp::adj_float16(var_27, adj_27, adj_28);
    wp::adj_float16(var_25, adj_25, adj_26);
    wp::adj_mul(var_21, var_23, adj_21, adj_23, adj_24);
    wp::adj_float16(var_22, adj_22, adj_23);
    // adj: out[i] = r * wp.float16(0.5) + wp.float16(1.0) / (wp.float16(1.0) + wp.abs(v))    <L 54>
    wp::adj_min(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_float16(var_19, adj_19, adj_20);
    wp::adj_max(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_float16(var_16, adj_16, adj_17);
    // adj: r = wp.min(wp.max(r, wp.float16(-4.0)), wp.float16(4.0))                          <L 53>
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sqrt(var_11, var_12, adj_11, adj_12);
    wp::adj_abs(var_2, adj_2, adj_11);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_exp(var_8, var_9, adj_8, adj_9);
    wp::adj_neg(var_7, adj_7, adj_8);
    wp::adj_abs(var_2, adj_2, adj_7);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_cos(var_2, adj_2, adj_5);
    wp::adj_sin(var_2, adj_2, adj_4);
    // adj: r = wp.sin(v) * wp.cos(v) + wp.exp(-wp.abs(v)) + wp.sqrt(wp.abs(v)) + wp.floor(v)  <L 52>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 51>
    // adj: i = wp.tid()                                                                      <L 50>
    // adj: def half_math(x: wp.array(dtype=wp.float16), out: wp.array(dtype=wp.float16)):    <L 49>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void half_math_65d10204_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_half_math_65d10204 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        half_math_65d10204_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void half_math_65d10204_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_half_math_65d10204 *_wp_args,
    wp_args_half_math_65d10204 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        half_math_65d10204_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

