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


// corpus/120_mixed_backward_kernels.py:18
static void pair_energy_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_rest,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def pair_energy(a: wp.vec3, b: wp.vec3, rest: float):                                  <L 19>
    // d = b - a                                                                              <L 20>
    var_0 = wp::sub(var_b, var_a);
    // l = wp.length(d)                                                                       <L 21>
    var_1 = wp::length(var_0);
    // e = 0.5 * (l - rest) * (l - rest)                                                      <L 22>
    var_3 = wp::sub(var_1, var_rest);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::sub(var_1, var_rest);
    var_6 = wp::mul(var_4, var_5);
    // return e, l                                                                            <L 23>
    ret_0 = var_6;
    ret_1 = var_1;
    return;
}


// corpus/120_mixed_backward_kernels.py:4
static wp::float32 smooth_abs_0(
    wp::float32 var_x,
    wp::float32 var_eps)
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
    // def smooth_abs(x: float, eps: float) -> float:                                         <L 5>
    // return wp.sqrt(x * x + eps * eps) - eps                                                <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_eps, var_eps);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::sqrt(var_2);
    var_4 = wp::sub(var_3, var_eps);
    return var_4;
}


// corpus/120_mixed_backward_kernels.py:9
static wp::float32 soft_clamp_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 var_k)
{
    //---------
    // primal vars
    bool var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def soft_clamp(x: float, lo: float, hi: float, k: float) -> float:                     <L 10>
    // if x < lo:                                                                             <L 11>
    var_0 = (var_x < var_lo);
    if (var_0) {
        // return lo - smooth_abs(lo - x, k)                                                  <L 12>
        var_1 = wp::sub(var_lo, var_x);
        var_2 = smooth_abs_0(var_1, var_k);
        var_3 = wp::sub(var_lo, var_2);
        return var_3;
    }
    if (!var_0) {
        // elif x > hi:                                                                       <L 13>
        var_4 = (var_x > var_hi);
        if (var_4) {
            // return hi + smooth_abs(x - hi, k)                                              <L 14>
            var_5 = wp::sub(var_x, var_hi);
            var_6 = smooth_abs_0(var_5, var_k);
            var_7 = wp::add(var_hi, var_6);
            return var_7;
        }
    }
    // return x                                                                               <L 15>
    return var_x;
}


// corpus/120_mixed_backward_kernels.py:18
static void adj_pair_energy_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::float32 var_rest,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_rest,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def pair_energy(a: wp.vec3, b: wp.vec3, rest: float):                                  <L 19>
    // d = b - a                                                                              <L 20>
    var_0 = wp::sub(var_b, var_a);
    // l = wp.length(d)                                                                       <L 21>
    var_1 = wp::length(var_0);
    // e = 0.5 * (l - rest) * (l - rest)                                                      <L 22>
    var_3 = wp::sub(var_1, var_rest);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::sub(var_1, var_rest);
    var_6 = wp::mul(var_4, var_5);
    // return e, l                                                                            <L 23>
    ret_0 = var_6;
    ret_1 = var_1;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret_1;
    adj_6 += adj_ret_0;
    // adj: return e, l                                                                       <L 23>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_sub(var_1, var_rest, adj_1, adj_rest, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_1, var_rest, adj_1, adj_rest, adj_3);
    // adj: e = 0.5 * (l - rest) * (l - rest)                                                 <L 22>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 21>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: d = b - a                                                                         <L 20>
    // adj: def pair_energy(a: wp.vec3, b: wp.vec3, rest: float):                             <L 19>
    return;
}


// corpus/120_mixed_backward_kernels.py:4
static void adj_smooth_abs_0(
    wp::float32 var_x,
    wp::float32 var_eps,
    wp::float32 & adj_x,
    wp::float32 & adj_eps,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def smooth_abs(x: float, eps: float) -> float:                                         <L 5>
    // return wp.sqrt(x * x + eps * eps) - eps                                                <L 6>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_eps, var_eps);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::sqrt(var_2);
    var_4 = wp::sub(var_3, var_eps);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_sub(var_3, var_eps, adj_3, adj_eps, adj_4);
    wp::adj_sqrt(var_2, var_3, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_eps, var_eps, adj_eps, adj_eps, adj_1);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return wp.sqrt(x * x + eps * eps) - eps                                           <L 6>
    // adj: def smooth_abs(x: float, eps: float) -> float:                                    <L 5>
    return;
}


// corpus/120_mixed_backward_kernels.py:9
static void adj_soft_clamp_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 var_k,
    wp::float32 & adj_x,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::float32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def soft_clamp(x: float, lo: float, hi: float, k: float) -> float:                     <L 10>
    // if x < lo:                                                                             <L 11>
    var_0 = (var_x < var_lo);
    if (var_0) {
        // return lo - smooth_abs(lo - x, k)                                                  <L 12>
        var_1 = wp::sub(var_lo, var_x);
        var_2 = smooth_abs_0(var_1, var_k);
        var_3 = wp::sub(var_lo, var_2);
        goto label0;
    }
    if (!var_0) {
        // elif x > hi:                                                                       <L 13>
        var_4 = (var_x > var_hi);
        if (var_4) {
            // return hi + smooth_abs(x - hi, k)                                              <L 14>
            var_5 = wp::sub(var_x, var_hi);
            var_6 = smooth_abs_0(var_5, var_k);
            var_7 = wp::add(var_hi, var_6);
            goto label1;
        }
    }
    // return x                                                                               <L 15>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 15>
    if (!var_0) {
        if (var_4) {
            label1:;
            adj_7 += adj_ret;
            wp::adj_add(var_hi, var_6, adj_hi, adj_6, adj_7);
            adj_smooth_abs_0(var_5, var_k, adj_5, adj_k, adj_6);
            wp::adj_sub(var_x, var_hi, adj_x, adj_hi, adj_5);
            // adj: return hi + smooth_abs(x - hi, k)                                         <L 14>
        }
        // adj: elif x > hi:                                                                  <L 13>
    }
    if (var_0) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_sub(var_lo, var_2, adj_lo, adj_2, adj_3);
        adj_smooth_abs_0(var_1, var_k, adj_1, adj_k, adj_2);
        wp::adj_sub(var_lo, var_x, adj_lo, adj_x, adj_1);
        // adj: return lo - smooth_abs(lo - x, k)                                             <L 12>
    }
    // adj: if x < lo:                                                                        <L 11>
    // adj: def soft_clamp(x: float, lo: float, hi: float, k: float) -> float:                <L 10>
    return;
}

struct wp_args_energy_differentiable_10d598c1 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::int32>> edges;
    wp::array_t<wp::float32> rest;
    wp::array_t<wp::float32> energy;
};


void energy_differentiable_10d598c1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_energy_differentiable_10d598c1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    //---------
    // forward
    // def energy_differentiable(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), energy: wp.array(dtype=float)):       <L 27>
    // e = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 29>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])                                       <L 30>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::address(var_x, var_8);
    var_10 = wp::address(var_rest, var_0);
    var_13 = wp::load(var_6);
    var_14 = wp::load(var_9);
    var_15 = wp::load(var_10);
    pair_energy_0(var_13, var_14, var_15, var_11, var_12);
    // wp.atomic_add(energy, 0, en)                                                           <L 31>
    var_17 = wp::atomic_add(var_energy, var_16, var_11);
}



void energy_differentiable_10d598c1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_energy_differentiable_10d598c1 *_wp_args,
    wp_args_energy_differentiable_10d598c1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_edges = _wp_adj_args->edges;
    wp::array_t<wp::float32> adj_rest = _wp_adj_args->rest;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::int32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def energy_differentiable(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), energy: wp.array(dtype=float)):       <L 27>
    // e = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 29>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])                                       <L 30>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::address(var_x, var_8);
    var_10 = wp::address(var_rest, var_0);
    var_13 = wp::load(var_6);
    var_14 = wp::load(var_9);
    var_15 = wp::load(var_10);
    pair_energy_0(var_13, var_14, var_15, var_11, var_12);
    // wp.atomic_add(energy, 0, en)                                                           <L 31>
    // var_17 = wp::atomic_add(var_energy, var_16, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_16, var_11, adj_energy, adj_16, adj_11, adj_17);
    // adj: wp.atomic_add(energy, 0, en)                                                      <L 31>
    adj_pair_energy_0(var_13, var_14, var_15, var_11, var_12, adj_6, adj_9, adj_10, adj_11, adj_12);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_10);
    wp::adj_address(var_x, var_8, adj_x, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])                                  <L 30>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_edges, var_0, adj_edges, adj_0, adj_1);
    // adj: ij = edges[e]                                                                     <L 29>
    // adj: e = wp.tid()                                                                      <L 28>
    // adj: def energy_differentiable(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), energy: wp.array(dtype=float)):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void energy_differentiable_10d598c1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_energy_differentiable_10d598c1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        energy_differentiable_10d598c1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void energy_differentiable_10d598c1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_energy_differentiable_10d598c1 *_wp_args,
    wp_args_energy_differentiable_10d598c1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        energy_differentiable_10d598c1_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_energy_stats_05b3ae6c {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::int32>> edges;
    wp::array_t<wp::float32> rest;
    wp::array_t<wp::float32> max_strain;
    wp::array_t<wp::int32> compressed;
};


void energy_stats_05b3ae6c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_energy_stats_05b3ae6c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    wp::array_t<wp::float32> var_max_strain = _wp_args->max_strain;
    wp::array_t<wp::int32> var_compressed = _wp_args->compressed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    //---------
    // forward
    // def energy_stats(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec2i), rest: wp.array(dtype=float), max_strain: wp.array(dtype=float), compressed: wp.array(dtype=int)):       <L 35>
    // e = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 37>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // en, l = pair_energy(x[ij[0]], x[ij[1]], rest[e])                                       <L 38>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::address(var_x, var_8);
    var_10 = wp::address(var_rest, var_0);
    var_13 = wp::load(var_6);
    var_14 = wp::load(var_9);
    var_15 = wp::load(var_10);
    pair_energy_0(var_13, var_14, var_15, var_11, var_12);
    // strain = (l - rest[e]) / rest[e]                                                       <L 39>
    var_16 = wp::address(var_rest, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::sub(var_12, var_18);
    var_19 = wp::address(var_rest, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::div(var_17, var_21);
    // wp.atomic_max(max_strain, 0, wp.abs(strain))                                           <L 40>
    var_23 = wp::abs(var_20);
    var_24 = wp::atomic_max(var_max_strain, var_22, var_23);
    // if strain < 0.0:                                                                       <L 41>
    var_26 = (var_20 < var_25);
    if (var_26) {
        // wp.atomic_add(compressed, 0, 1)                                                    <L 42>
        var_29 = wp::atomic_add(var_compressed, var_27, var_28);
    }
}



extern "C" {

// Python CPU entry points
WP_API void energy_stats_05b3ae6c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_energy_stats_05b3ae6c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        energy_stats_05b3ae6c_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_soft_limits_358afa84 {
    wp::array_t<wp::float32> x;
    wp::float32 lo;
    wp::float32 hi;
    wp::float32 k;
    wp::array_t<wp::float32> y;
};


void soft_limits_358afa84_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_soft_limits_358afa84 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def soft_limits(x: wp.array(dtype=float), lo: float, hi: float, k: float, y: wp.array(dtype=float)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // y[i] = soft_clamp(x[i], lo, hi, k)                                                     <L 48>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = soft_clamp_0(var_3, var_lo, var_hi, var_k);
    wp::array_store(var_y, var_0, var_2);
}



void soft_limits_358afa84_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_soft_limits_358afa84 *_wp_args,
    wp_args_soft_limits_358afa84 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::float32 adj_lo = _wp_adj_args->lo;
    wp::float32 adj_hi = _wp_adj_args->hi;
    wp::float32 adj_k = _wp_adj_args->k;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def soft_limits(x: wp.array(dtype=float), lo: float, hi: float, k: float, y: wp.array(dtype=float)):       <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // y[i] = soft_clamp(x[i], lo, hi, k)                                                     <L 48>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = soft_clamp_0(var_3, var_lo, var_hi, var_k);
    // wp::array_store(var_y, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_2, adj_y, adj_0, adj_2);
    adj_soft_clamp_0(var_3, var_lo, var_hi, var_k, adj_1, adj_lo, adj_hi, adj_k, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: y[i] = soft_clamp(x[i], lo, hi, k)                                                <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def soft_limits(x: wp.array(dtype=float), lo: float, hi: float, k: float, y: wp.array(dtype=float)):  <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void soft_limits_358afa84_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_soft_limits_358afa84 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_limits_358afa84_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void soft_limits_358afa84_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_soft_limits_358afa84 *_wp_args,
    wp_args_soft_limits_358afa84 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_limits_358afa84_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_hard_limits_with_count_93b072be {
    wp::array_t<wp::float32> x;
    wp::float32 lo;
    wp::float32 hi;
    wp::array_t<wp::int32> clipped;
};


void hard_limits_with_count_93b072be_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_hard_limits_with_count_93b072be *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_clipped = _wp_args->clipped;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::int32 var_5 = 1;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def hard_limits_with_count(x: wp.array(dtype=float), lo: float, hi: float, clipped: wp.array(dtype=int)):       <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 54>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if v < lo:                                                                             <L 55>
    var_4 = (var_2 < var_lo);
    if (var_4) {
        // x[i] = lo                                                                          <L 56>
        wp::array_store(var_x, var_0, var_lo);
        // clipped[0] += 1                                                                    <L 57>
        var_7 = wp::atomic_add(var_clipped, var_6, var_5);
    }
    if (!var_4) {
        // elif v > hi:                                                                       <L 58>
        var_8 = (var_2 > var_hi);
        if (var_8) {
            // x[i] = hi                                                                      <L 59>
            wp::array_store(var_x, var_0, var_hi);
            // clipped[1] += 1                                                                <L 60>
            var_11 = wp::atomic_add(var_clipped, var_10, var_9);
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void hard_limits_with_count_93b072be_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_hard_limits_with_count_93b072be *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        hard_limits_with_count_93b072be_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_loss_with_early_exit_d33763ad {
    wp::array_t<wp::vec_t<3, wp::float32>> pred;
    wp::array_t<wp::vec_t<3, wp::float32>> target;
    wp::array_t<bool> mask;
    wp::float32 weight;
    wp::array_t<wp::float32> loss;
};


void loss_with_early_exit_d33763ad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loss_with_early_exit_d33763ad *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target = _wp_args->target;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::float32 var_weight = _wp_args->weight;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.01;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def loss_with_early_exit(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), weight: float, loss: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // if not mask[i]:                                                                        <L 66>
    var_1 = wp::address(var_mask, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::unot(var_3);
    if (var_2) {
        // return                                                                             <L 67>
        return;
    }
    // d = pred[i] - target[i]                                                                <L 68>
    var_4 = wp::address(var_pred, var_0);
    var_5 = wp::address(var_target, var_0);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    // l2 = wp.dot(d, d)                                                                      <L 69>
    var_9 = wp::dot(var_6, var_6);
    // l = smooth_abs(wp.sqrt(l2), 0.01)                                                      <L 70>
    var_10 = wp::sqrt(var_9);
    var_12 = smooth_abs_0(var_10, var_11);
    // wp.atomic_add(loss, 0, weight * l)                                                     <L 71>
    var_14 = wp::mul(var_weight, var_12);
    var_15 = wp::atomic_add(var_loss, var_13, var_14);
}



void loss_with_early_exit_d33763ad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loss_with_early_exit_d33763ad *_wp_args,
    wp_args_loss_with_early_exit_d33763ad *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target = _wp_args->target;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::float32 var_weight = _wp_args->weight;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pred = _wp_adj_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_target = _wp_adj_args->target;
    wp::array_t<bool> adj_mask = _wp_adj_args->mask;
    wp::float32 adj_weight = _wp_adj_args->weight;
    wp::array_t<wp::float32> adj_loss = _wp_adj_args->loss;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.01;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def loss_with_early_exit(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), weight: float, loss: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // if not mask[i]:                                                                        <L 66>
    var_1 = wp::address(var_mask, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::unot(var_3);
    if (var_2) {
        // return                                                                             <L 67>
        goto label0;
    }
    // d = pred[i] - target[i]                                                                <L 68>
    var_4 = wp::address(var_pred, var_0);
    var_5 = wp::address(var_target, var_0);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_8);
    // l2 = wp.dot(d, d)                                                                      <L 69>
    var_9 = wp::dot(var_6, var_6);
    // l = smooth_abs(wp.sqrt(l2), 0.01)                                                      <L 70>
    var_10 = wp::sqrt(var_9);
    var_12 = smooth_abs_0(var_10, var_11);
    // wp.atomic_add(loss, 0, weight * l)                                                     <L 71>
    var_14 = wp::mul(var_weight, var_12);
    // var_15 = wp::atomic_add(var_loss, var_13, var_14);
    //---------
    // reverse
    wp::adj_atomic_add(var_loss, var_13, var_14, adj_loss, adj_13, adj_14, adj_15);
    wp::adj_mul(var_weight, var_12, adj_weight, adj_12, adj_14);
    // adj: wp.atomic_add(loss, 0, weight * l)                                                <L 71>
    adj_smooth_abs_0(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
    // adj: l = smooth_abs(wp.sqrt(l2), 0.01)                                                 <L 70>
    wp::adj_dot(var_6, var_6, adj_6, adj_6, adj_9);
    // adj: l2 = wp.dot(d, d)                                                                 <L 69>
    wp::adj_sub(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_target, var_0, adj_target, adj_0, adj_5);
    wp::adj_address(var_pred, var_0, adj_pred, adj_0, adj_4);
    // adj: d = pred[i] - target[i]                                                           <L 68>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 67>
    }
    wp::adj_address(var_mask, var_0, adj_mask, adj_0, adj_1);
    // adj: if not mask[i]:                                                                   <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def loss_with_early_exit(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), mask: wp.array(dtype=wp.bool), weight: float, loss: wp.array(dtype=float)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void loss_with_early_exit_d33763ad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loss_with_early_exit_d33763ad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loss_with_early_exit_d33763ad_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void loss_with_early_exit_d33763ad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loss_with_early_exit_d33763ad *_wp_args,
    wp_args_loss_with_early_exit_d33763ad *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        loss_with_early_exit_d33763ad_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

