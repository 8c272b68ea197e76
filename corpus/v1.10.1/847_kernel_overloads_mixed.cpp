
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


struct Pair_be4f5d64
{
    wp::float32 a;
    wp::float32 b;


    Pair_be4f5d64() = default;
    CUDA_CALLABLE Pair_be4f5d64(wp::float32 const& a,
    wp::float32 const& b = {})
        : a{a}
        , b{b}

    {
    }

    CUDA_CALLABLE Pair_be4f5d64& operator += (const Pair_be4f5d64& rhs)
    {    a += rhs.a;
    b += rhs.b;

        return *this;}

};

static CUDA_CALLABLE void adj_Pair_be4f5d64(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    Pair_be4f5d64 & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
}

// Required when compiling adjoints.
CUDA_CALLABLE Pair_be4f5d64 add(const Pair_be4f5d64& a, const Pair_be4f5d64& b)
{
    return Pair_be4f5d64();
}

CUDA_CALLABLE void adj_atomic_add(Pair_be4f5d64* p, Pair_be4f5d64 t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
}



// corpus/847_kernel_overloads_mixed.py:0
static wp::float32 sq_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/847_kernel_overloads_mixed.py:0
static wp::float64 sq_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// corpus/847_kernel_overloads_mixed.py:0
static void adj_sq_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 2>
    // adj: def sq(x: Any):                                                                   <L 1>
    return;
}


// corpus/847_kernel_overloads_mixed.py:0
static void adj_sq_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def sq(x: Any):                                                                        <L 1>
    // return x * x                                                                           <L 2>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 2>
    // adj: def sq(x: Any):                                                                   <L 1>
    return;
}

struct wp_args_energy_b771879f {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> e;
    wp::float32 k;
};


void energy_b771879f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_b771879f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // e[i] = k * sq(x[i])                                                                    <L 3>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_0(var_3);
    var_4 = wp::mul(var_k, var_2);
    wp::array_store(var_e, var_0, var_4);
}



void energy_b771879f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_b771879f *_wp_args,
    wp_args_energy_b771879f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_e = _wp_adj_args->e;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // e[i] = k * sq(x[i])                                                                    <L 3>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_0(var_3);
    var_4 = wp::mul(var_k, var_2);
    // wp::array_store(var_e, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_e, var_0, var_4, adj_e, adj_0, adj_4);
    wp::adj_mul(var_k, var_2, adj_k, adj_2, adj_4);
    adj_sq_0(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: e[i] = k * sq(x[i])                                                               <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):          <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void energy_b771879f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_energy_b771879f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_b771879f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void energy_b771879f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_energy_b771879f *_wp_args,
    wp_args_energy_b771879f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_b771879f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_energy_b72ae678 {
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> e;
    wp::float64 k;
};


void energy_b72ae678_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_b72ae678 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_e = _wp_args->e;
    wp::float64 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // forward
    // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // e[i] = k * sq(x[i])                                                                    <L 3>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_0(var_3);
    var_4 = wp::mul(var_k, var_2);
    wp::array_store(var_e, var_0, var_4);
}



void energy_b72ae678_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_b72ae678 *_wp_args,
    wp_args_energy_b72ae678 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_e = _wp_args->e;
    wp::float64 var_k = _wp_args->k;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_e = _wp_adj_args->e;
    wp::float64 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    //---------
    // forward
    // def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):               <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // e[i] = k * sq(x[i])                                                                    <L 3>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_0(var_3);
    var_4 = wp::mul(var_k, var_2);
    // wp::array_store(var_e, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_e, var_0, var_4, adj_e, adj_0, adj_4);
    wp::adj_mul(var_k, var_2, adj_k, adj_2, adj_4);
    adj_sq_0(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: e[i] = k * sq(x[i])                                                               <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def energy(x: wp.array(dtype=Any), e: wp.array(dtype=Any), k: wp.Float):          <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void energy_b72ae678_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_energy_b72ae678 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_b72ae678_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void energy_b72ae678_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_energy_b72ae678 *_wp_args,
    wp_args_energy_b72ae678 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_b72ae678_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_norms_96813255 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> out;
};


void norms_96813255_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_norms_96813255 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // out[i] = wp.length(v[i])                                                               <L 3>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    wp::array_store(var_out, var_0, var_2);
}



void norms_96813255_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_norms_96813255 *_wp_args,
    wp_args_norms_96813255 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // out[i] = wp.length(v[i])                                                               <L 3>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    wp::adj_length(var_3, var_2, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: out[i] = wp.length(v[i])                                                          <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                      <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void norms_96813255_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_norms_96813255 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        norms_96813255_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void norms_96813255_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_norms_96813255 *_wp_args,
    wp_args_norms_96813255 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        norms_96813255_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_norms_5f592f25 {
    wp::array_t<wp::vec_t<2, wp::float64>> v;
    wp::array_t<wp::float64> out;
};


void norms_5f592f25_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_norms_5f592f25 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_v = _wp_args->v;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float64>* var_1;
    wp::float64 var_2;
    wp::vec_t<2, wp::float64> var_3;
    //---------
    // forward
    // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // out[i] = wp.length(v[i])                                                               <L 3>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    wp::array_store(var_out, var_0, var_2);
}



void norms_5f592f25_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_norms_5f592f25 *_wp_args,
    wp_args_norms_5f592f25 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_v = _wp_args->v;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float64>* var_1;
    wp::float64 var_2;
    wp::vec_t<2, wp::float64> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float64> adj_1 = {};
    wp::float64 adj_2 = {};
    wp::vec_t<2, wp::float64> adj_3 = {};
    //---------
    // forward
    // def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                           <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // out[i] = wp.length(v[i])                                                               <L 3>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    wp::adj_length(var_3, var_2, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: out[i] = wp.length(v[i])                                                          <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def norms(v: wp.array(dtype=Any), out: wp.array(dtype=Any)):                      <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void norms_5f592f25_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_norms_5f592f25 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        norms_5f592f25_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void norms_5f592f25_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_norms_5f592f25 *_wp_args,
    wp_args_norms_5f592f25 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        norms_5f592f25_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_fill_24286411 {
    wp::array_t<Pair_be4f5d64> p;
    Pair_be4f5d64 v;
};


void fill_24286411_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_24286411 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Pair_be4f5d64> var_p = _wp_args->p;
    Pair_be4f5d64 var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // p[i] = v                                                                               <L 3>
    wp::array_store(var_p, var_0, var_v);
}



void fill_24286411_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_24286411 *_wp_args,
    wp_args_fill_24286411 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Pair_be4f5d64> var_p = _wp_args->p;
    Pair_be4f5d64 var_v = _wp_args->v;
    wp::array_t<Pair_be4f5d64> adj_p = _wp_adj_args->p;
    Pair_be4f5d64 adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // p[i] = v                                                                               <L 3>
    // wp::array_store(var_p, var_0, var_v);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_v, adj_p, adj_0, adj_v);
    // adj: p[i] = v                                                                          <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def fill(p: wp.array(dtype=Any), v: Any):                                         <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fill_24286411_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_fill_24286411 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_24286411_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fill_24286411_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_fill_24286411 *_wp_args,
    wp_args_fill_24286411 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_24286411_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_fill_33a890cd {
    wp::array_t<wp::int32> p;
    wp::int32 v;
};


void fill_33a890cd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_33a890cd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_p = _wp_args->p;
    wp::int32 var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // p[i] = v                                                                               <L 3>
    wp::array_store(var_p, var_0, var_v);
}



void fill_33a890cd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_33a890cd *_wp_args,
    wp_args_fill_33a890cd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_p = _wp_args->p;
    wp::int32 var_v = _wp_args->v;
    wp::array_t<wp::int32> adj_p = _wp_adj_args->p;
    wp::int32 adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def fill(p: wp.array(dtype=Any), v: Any):                                              <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // p[i] = v                                                                               <L 3>
    // wp::array_store(var_p, var_0, var_v);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_v, adj_p, adj_0, adj_v);
    // adj: p[i] = v                                                                          <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def fill(p: wp.array(dtype=Any), v: Any):                                         <L 1>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fill_33a890cd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_fill_33a890cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_33a890cd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fill_33a890cd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_fill_33a890cd *_wp_args,
    wp_args_fill_33a890cd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_33a890cd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

