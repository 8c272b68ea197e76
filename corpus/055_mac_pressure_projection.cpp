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


// corpus/055_mac_pressure_projection.py:4
static bool is_fluid_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    const bool var_15 = false;
    wp::int32* var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    wp::int32 var_19;
    //---------
    // forward
    // def is_fluid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:                    <L 5>
    // if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                       <L 6>
    var_2 = (var_i < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_j < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_flags.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_i >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_flags.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_j >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return False                                                                       <L 7>
        return var_15;
    }
    // return flags[i, j] == 1                                                                <L 8>
    var_16 = wp::address(var_flags, var_i, var_j);
    var_19 = wp::load(var_16);
    var_18 = (var_19 == var_17);
    return var_18;
}


// corpus/055_mac_pressure_projection.py:11
static bool is_solid_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    const bool var_15 = true;
    wp::int32* var_16;
    const wp::int32 var_17 = 2;
    bool var_18;
    wp::int32 var_19;
    //---------
    // forward
    // def is_solid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:                    <L 12>
    // if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                       <L 13>
    var_2 = (var_i < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_j < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_flags.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_i >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_flags.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_j >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return True                                                                        <L 14>
        return var_15;
    }
    // return flags[i, j] == 2                                                                <L 15>
    var_16 = wp::address(var_flags, var_i, var_j);
    var_19 = wp::load(var_16);
    var_18 = (var_19 == var_17);
    return var_18;
}


// corpus/055_mac_pressure_projection.py:4
static void adj_is_fluid_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::int32> & adj_flags,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    bool & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    const bool var_15 = false;
    wp::int32* var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    wp::int32 var_19;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def is_fluid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:                    <L 5>
    // if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                       <L 6>
    var_2 = (var_i < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_j < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_flags.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_i >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_flags.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_j >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return False                                                                       <L 7>
        goto label0;
    }
    // return flags[i, j] == 1                                                                <L 8>
    var_16 = wp::address(var_flags, var_i, var_j);
    var_19 = wp::load(var_16);
    var_18 = (var_19 == var_17);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_18 += adj_ret;
    wp::adj_address(var_flags, var_i, var_j, adj_flags, adj_i, adj_j, adj_16);
    // adj: return flags[i, j] == 1                                                           <L 8>
    if (var_0) {
        label0:;
        adj_15 += adj_ret;
        // adj: return False                                                                  <L 7>
    }
    if (!var_0) {
        adj_flags.shape = adj_10;
    }
    if (!var_0) {
        adj_flags.shape = adj_5;
    }
    if (!var_0) {
    }
    // adj: if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                  <L 6>
    // adj: def is_fluid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:               <L 5>
    return;
}


// corpus/055_mac_pressure_projection.py:11
static void adj_is_solid_0(
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::int32> & adj_flags,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    bool & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    const bool var_15 = true;
    wp::int32* var_16;
    const wp::int32 var_17 = 2;
    bool var_18;
    wp::int32 var_19;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def is_solid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:                    <L 12>
    // if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                       <L 13>
    var_2 = (var_i < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_4 = (var_j < var_3);
        var_0 = var_0 || var_4;
    }
    if (!var_0) {
        var_5 = &(var_flags.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = (var_i >= var_7);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_flags.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_j >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return True                                                                        <L 14>
        goto label0;
    }
    // return flags[i, j] == 2                                                                <L 15>
    var_16 = wp::address(var_flags, var_i, var_j);
    var_19 = wp::load(var_16);
    var_18 = (var_19 == var_17);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_18 += adj_ret;
    wp::adj_address(var_flags, var_i, var_j, adj_flags, adj_i, adj_j, adj_16);
    // adj: return flags[i, j] == 2                                                           <L 15>
    if (var_0) {
        label0:;
        adj_15 += adj_ret;
        // adj: return True                                                                   <L 14>
    }
    if (!var_0) {
        adj_flags.shape = adj_10;
    }
    if (!var_0) {
        adj_flags.shape = adj_5;
    }
    if (!var_0) {
    }
    // adj: if i < 0 or j < 0 or i >= flags.shape[0] or j >= flags.shape[1]:                  <L 13>
    // adj: def is_solid(flags: wp.array2d(dtype=int), i: int, j: int) -> bool:               <L 12>
    return;
}

struct wp_args_divergence_e86a560a {
    wp::array_t<wp::float32> u;
    wp::array_t<wp::float32> v;
    wp::array_t<wp::int32> flags;
    wp::float32 inv_h;
    wp::array_t<wp::float32> div;
};


void divergence_e86a560a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_divergence_e86a560a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def divergence(u: wp.array2d(dtype=float), v: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), inv_h: float, div: wp.array2d(dtype=float)):       <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // if not is_fluid(flags, i, j):                                                          <L 21>
    var_2 = is_fluid_0(var_flags, var_0, var_1);
    var_3 = wp::unot(var_2);
    if (var_3) {
        // div[i, j] = 0.0                                                                    <L 22>
        wp::array_store(var_div, var_0, var_1, var_4);
        // return                                                                             <L 23>
        return;
    }
    // div[i, j] = (u[i + 1, j] - u[i, j] + v[i, j + 1] - v[i, j]) * inv_h                    <L 24>
    var_6 = wp::add(var_0, var_5);
    var_7 = wp::address(var_u, var_6, var_1);
    var_8 = wp::address(var_u, var_0, var_1);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_11);
    var_13 = wp::add(var_1, var_12);
    var_14 = wp::address(var_v, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::add(var_9, var_16);
    var_17 = wp::address(var_v, var_0, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::sub(var_15, var_19);
    var_20 = wp::mul(var_18, var_inv_h);
    wp::array_store(var_div, var_0, var_1, var_20);
}



void divergence_e86a560a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_divergence_e86a560a *_wp_args,
    wp_args_divergence_e86a560a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def divergence(u: wp.array2d(dtype=float), v: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), inv_h: float, div: wp.array2d(dtype=float)):       <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // if not is_fluid(flags, i, j):                                                          <L 21>
    var_2 = is_fluid_0(var_flags, var_0, var_1);
    var_3 = wp::unot(var_2);
    if (var_3) {
        // div[i, j] = 0.0                                                                    <L 22>
        // wp::array_store(var_div, var_0, var_1, var_4);
        // return                                                                             <L 23>
        goto label0;
    }
    // div[i, j] = (u[i + 1, j] - u[i, j] + v[i, j + 1] - v[i, j]) * inv_h                    <L 24>
    var_6 = wp::add(var_0, var_5);
    var_7 = wp::address(var_u, var_6, var_1);
    var_8 = wp::address(var_u, var_0, var_1);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_11);
    var_13 = wp::add(var_1, var_12);
    var_14 = wp::address(var_v, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::add(var_9, var_16);
    var_17 = wp::address(var_v, var_0, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::sub(var_15, var_19);
    var_20 = wp::mul(var_18, var_inv_h);
    // wp::array_store(var_div, var_0, var_1, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_div, var_0, var_1, var_20, adj_div, adj_0, adj_1, adj_20);
    wp::adj_mul(var_18, var_inv_h, adj_18, adj_inv_h, adj_20);
    wp::adj_sub(var_15, var_19, adj_15, adj_17, adj_18);
    wp::adj_address(var_v, var_0, var_1, adj_v, adj_0, adj_1, adj_17);
    wp::adj_add(var_9, var_16, adj_9, adj_14, adj_15);
    wp::adj_address(var_v, var_0, var_13, adj_v, adj_0, adj_13, adj_14);
    wp::adj_add(var_1, var_12, adj_1, adj_12, adj_13);
    wp::adj_sub(var_10, var_11, adj_7, adj_8, adj_9);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_8);
    wp::adj_address(var_u, var_6, var_1, adj_u, adj_6, adj_1, adj_7);
    wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
    // adj: div[i, j] = (u[i + 1, j] - u[i, j] + v[i, j + 1] - v[i, j]) * inv_h               <L 24>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 23>
        wp::adj_array_store(var_div, var_0, var_1, var_4, adj_div, adj_0, adj_1, adj_4);
        // adj: div[i, j] = 0.0                                                               <L 22>
    }
    adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_2);
    // adj: if not is_fluid(flags, i, j):                                                     <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def divergence(u: wp.array2d(dtype=float), v: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), inv_h: float, div: wp.array2d(dtype=float)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void divergence_e86a560a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_divergence_e86a560a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        divergence_e86a560a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void divergence_e86a560a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_divergence_e86a560a *_wp_args,
    wp_args_divergence_e86a560a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        divergence_e86a560a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_pressure_rbgs_b17ce3c4 {
    wp::array_t<wp::float32> p;
    wp::array_t<wp::float32> div;
    wp::array_t<wp::int32> flags;
    wp::float32 rho;
    wp::float32 dt;
    wp::float32 h;
    wp::int32 color;
};


void pressure_rbgs_b17ce3c4_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
    wp::int32 var_color = _wp_args->color;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 4;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    bool var_27;
    const wp::int32 var_28 = -1;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    bool var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    //---------
    // forward
    // def pressure_rbgs(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), rho: float, dt: float, h: float, color: int):       <L 28>
    // i, j = wp.tid()                                                                        <L 29>
    builtin_tid2d(var_0, var_1);
    // if (i + j) % 2 != color:                                                               <L 30>
    var_2 = wp::add(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = (var_4 != var_color);
    if (var_5) {
        // return                                                                             <L 31>
        return;
    }
    // if not is_fluid(flags, i, j):                                                          <L 32>
    var_6 = is_fluid_0(var_flags, var_0, var_1);
    var_7 = wp::unot(var_6);
    if (var_7) {
        // return                                                                             <L 33>
        return;
    }
    // scale = rho * h * h / dt                                                               <L 34>
    var_8 = wp::mul(var_rho, var_h);
    var_9 = wp::mul(var_8, var_h);
    var_10 = wp::div(var_9, var_dt);
    // s = float(0.0)                                                                         <L 35>
    var_12 = wp::float(var_11);
    // n = int(0)                                                                             <L 36>
    var_14 = wp::int(var_13);
    // for k in range(4):                                                                     <L 37>
    var_16 = wp::range(var_15);
    start_for_2:;
        if (iter_cmp(var_16) == 0) goto end_for_2;
        var_17 = wp::iter_next(var_16);
        // di = 0                                                                             <L 38>
        // dj = 0                                                                             <L 39>
        // if k == 0:                                                                         <L 40>
        var_21 = (var_17 == var_20);
        if (var_21) {
            // di = -1                                                                        <L 41>
        }
        if (!var_21) {
            // elif k == 1:                                                                   <L 42>
            var_24 = (var_17 == var_23);
            if (var_24) {
                // di = 1                                                                     <L 43>
            }
            if (!var_24) {
                // elif k == 2:                                                               <L 44>
                var_27 = (var_17 == var_26);
                if (var_27) {
                    // dj = -1                                                                <L 45>
                }
                if (!var_27) {
                    // dj = 1                                                                 <L 47>
                }
                var_30 = wp::where(var_27, var_28, var_29);
            }
            var_31 = wp::where(var_24, var_25, var_18);
            var_32 = wp::where(var_24, var_19, var_30);
        }
        var_33 = wp::where(var_21, var_22, var_31);
        var_34 = wp::where(var_21, var_19, var_32);
        // ni = i + di                                                                        <L 48>
        var_35 = wp::add(var_0, var_33);
        // nj = j + dj                                                                        <L 49>
        var_36 = wp::add(var_1, var_34);
        // if is_solid(flags, ni, nj):                                                        <L 50>
        var_37 = is_solid_0(var_flags, var_35, var_36);
        if (var_37) {
            // continue                                                                       <L 51>
            goto start_for_2;
        }
        // n += 1                                                                             <L 52>
        var_39 = wp::add(var_14, var_38);
        // if is_fluid(flags, ni, nj):                                                        <L 53>
        var_40 = is_fluid_0(var_flags, var_35, var_36);
        if (var_40) {
            // s += p[ni, nj]                                                                 <L 54>
            var_41 = wp::address(var_p, var_35, var_36);
            var_43 = wp::load(var_41);
            var_42 = wp::add(var_12, var_43);
        }
        var_44 = wp::where(var_40, var_42, var_12);
        wp::assign(var_12, var_44);
        wp::assign(var_14, var_39);
        goto start_for_2;
    end_for_2:;
    // if n == 0:                                                                             <L 55>
    var_46 = (var_14 == var_45);
    if (var_46) {
        // return                                                                             <L 56>
        return;
    }
    // p[i, j] = (s - scale * div[i, j]) / float(n)                                           <L 57>
    var_47 = wp::address(var_div, var_0, var_1);
    var_49 = wp::load(var_47);
    var_48 = wp::mul(var_10, var_49);
    var_50 = wp::sub(var_12, var_48);
    var_51 = wp::float(var_14);
    var_52 = wp::div(var_50, var_51);
    wp::array_store(var_p, var_0, var_1, var_52);
}



void pressure_rbgs_b17ce3c4_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_args,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
    wp::int32 var_color = _wp_args->color;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_rho = _wp_adj_args->rho;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::int32 adj_color = _wp_adj_args->color;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 4;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = -1;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    bool var_27;
    const wp::int32 var_28 = -1;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    bool var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    //---------
    // forward
    // def pressure_rbgs(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), rho: float, dt: float, h: float, color: int):       <L 28>
    // i, j = wp.tid()                                                                        <L 29>
    builtin_tid2d(var_0, var_1);
    // if (i + j) % 2 != color:                                                               <L 30>
    var_2 = wp::add(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = (var_4 != var_color);
    if (var_5) {
        // return                                                                             <L 31>
        goto label0;
    }
    // if not is_fluid(flags, i, j):                                                          <L 32>
    var_6 = is_fluid_0(var_flags, var_0, var_1);
    var_7 = wp::unot(var_6);
    if (var_7) {
        // return                                                                             <L 33>
        goto label1;
    }
    // scale = rho * h * h / dt                                                               <L 34>
    var_8 = wp::mul(var_rho, var_h);
    var_9 = wp::mul(var_8, var_h);
    var_10 = wp::div(var_9, var_dt);
    // s = float(0.0)                                                                         <L 35>
    var_12 = wp::float(var_11);
    // n = int(0)                                                                             <L 36>
    var_14 = wp::int(var_13);
    // for k in range(4):                                                                     <L 37>
    var_16 = wp::range(var_15);
    // if n == 0:                                                                             <L 55>
    var_46 = (var_14 == var_45);
    if (var_46) {
        // return                                                                             <L 56>
        goto label4;
    }
    // p[i, j] = (s - scale * div[i, j]) / float(n)                                           <L 57>
    var_47 = wp::address(var_div, var_0, var_1);
    var_49 = wp::load(var_47);
    var_48 = wp::mul(var_10, var_49);
    var_50 = wp::sub(var_12, var_48);
    var_51 = wp::float(var_14);
    var_52 = wp::div(var_50, var_51);
    // wp::array_store(var_p, var_0, var_1, var_52);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_1, var_52, adj_p, adj_0, adj_1, adj_52);
    wp::adj_div(var_50, var_51, var_52, adj_50, adj_51, adj_52);
    wp::adj_float(var_14, adj_14, adj_51);
    wp::adj_sub(var_12, var_48, adj_12, adj_48, adj_50);
    wp::adj_mul(var_10, var_49, adj_10, adj_47, adj_48);
    wp::adj_address(var_div, var_0, var_1, adj_div, adj_0, adj_1, adj_47);
    // adj: p[i, j] = (s - scale * div[i, j]) / float(n)                                      <L 57>
    if (var_46) {
        label4:;
        // adj: return                                                                        <L 56>
    }
    // adj: if n == 0:                                                                        <L 55>
    var_16 = wp::iter_reverse(var_16);
    start_for_2:;
        if (iter_cmp(var_16) == 0) goto end_for_2;
        var_17 = wp::iter_next(var_16);
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
        // di = 0                                                                             <L 38>
        // dj = 0                                                                             <L 39>
        // if k == 0:                                                                         <L 40>
        var_21 = (var_17 == var_20);
        if (var_21) {
            // di = -1                                                                        <L 41>
        }
        if (!var_21) {
            // elif k == 1:                                                                   <L 42>
            var_24 = (var_17 == var_23);
            if (var_24) {
                // di = 1                                                                     <L 43>
            }
            if (!var_24) {
                // elif k == 2:                                                               <L 44>
                var_27 = (var_17 == var_26);
                if (var_27) {
                    // dj = -1                                                                <L 45>
                }
                if (!var_27) {
                    // dj = 1                                                                 <L 47>
                }
                var_30 = wp::where(var_27, var_28, var_29);
            }
            var_31 = wp::where(var_24, var_25, var_18);
            var_32 = wp::where(var_24, var_19, var_30);
        }
        var_33 = wp::where(var_21, var_22, var_31);
        var_34 = wp::where(var_21, var_19, var_32);
        // ni = i + di                                                                        <L 48>
        var_35 = wp::add(var_0, var_33);
        // nj = j + dj                                                                        <L 49>
        var_36 = wp::add(var_1, var_34);
        // if is_solid(flags, ni, nj):                                                        <L 50>
        var_37 = is_solid_0(var_flags, var_35, var_36);
        if (var_37) {
            // continue                                                                       <L 51>
            goto start_for_2;
        }
        // n += 1                                                                             <L 52>
        var_39 = wp::add(var_14, var_38);
        // if is_fluid(flags, ni, nj):                                                        <L 53>
        var_40 = is_fluid_0(var_flags, var_35, var_36);
        if (var_40) {
            // s += p[ni, nj]                                                                 <L 54>
            var_41 = wp::address(var_p, var_35, var_36);
            var_43 = wp::load(var_41);
            var_42 = wp::add(var_12, var_43);
        }
        var_44 = wp::where(var_40, var_42, var_12);
        wp::assign(var_12, var_44);
        wp::assign(var_14, var_39);
        wp::adj_assign(var_14, var_39, adj_14, adj_39);
        wp::adj_assign(var_12, var_44, adj_12, adj_44);
        wp::adj_where(var_40, var_42, var_12, adj_40, adj_42, adj_12, adj_44);
        if (var_40) {
            wp::adj_add(var_12, var_43, adj_12, adj_41, adj_42);
            wp::adj_address(var_p, var_35, var_36, adj_p, adj_35, adj_36, adj_41);
            // adj: s += p[ni, nj]                                                            <L 54>
        }
        adj_is_fluid_0(var_flags, var_35, var_36, adj_flags, adj_35, adj_36, adj_40);
        // adj: if is_fluid(flags, ni, nj):                                                   <L 53>
        wp::adj_add(var_14, var_38, adj_14, adj_38, adj_39);
        // adj: n += 1                                                                        <L 52>
        if (var_37) {
            // adj: continue                                                                  <L 51>
        }
        adj_is_solid_0(var_flags, var_35, var_36, adj_flags, adj_35, adj_36, adj_37);
        // adj: if is_solid(flags, ni, nj):                                                   <L 50>
        wp::adj_add(var_1, var_34, adj_1, adj_34, adj_36);
        // adj: nj = j + dj                                                                   <L 49>
        wp::adj_add(var_0, var_33, adj_0, adj_33, adj_35);
        // adj: ni = i + di                                                                   <L 48>
        wp::adj_where(var_21, var_19, var_32, adj_21, adj_19, adj_32, adj_34);
        wp::adj_where(var_21, var_22, var_31, adj_21, adj_22, adj_31, adj_33);
        if (!var_21) {
            wp::adj_where(var_24, var_19, var_30, adj_24, adj_19, adj_30, adj_32);
            wp::adj_where(var_24, var_25, var_18, adj_24, adj_25, adj_18, adj_31);
            if (!var_24) {
                wp::adj_where(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
                if (!var_27) {
                    // adj: dj = 1                                                            <L 47>
                }
                if (var_27) {
                    // adj: dj = -1                                                           <L 45>
                }
                // adj: elif k == 2:                                                          <L 44>
            }
            if (var_24) {
                // adj: di = 1                                                                <L 43>
            }
            // adj: elif k == 1:                                                              <L 42>
        }
        if (var_21) {
            // adj: di = -1                                                                   <L 41>
        }
        // adj: if k == 0:                                                                    <L 40>
        // adj: dj = 0                                                                        <L 39>
        // adj: di = 0                                                                        <L 38>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in range(4):                                                                <L 37>
    // adj: n = int(0)                                                                        <L 36>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: s = float(0.0)                                                                    <L 35>
    wp::adj_div(var_9, var_dt, var_10, adj_9, adj_dt, adj_10);
    wp::adj_mul(var_8, var_h, adj_8, adj_h, adj_9);
    wp::adj_mul(var_rho, var_h, adj_rho, adj_h, adj_8);
    // adj: scale = rho * h * h / dt                                                          <L 34>
    if (var_7) {
        label1:;
        // adj: return                                                                        <L 33>
    }
    adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_6);
    // adj: if not is_fluid(flags, i, j):                                                     <L 32>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 31>
    }
    wp::adj_mod(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: if (i + j) % 2 != color:                                                          <L 30>
    // adj: i, j = wp.tid()                                                                   <L 29>
    // adj: def pressure_rbgs(p: wp.array2d(dtype=float), div: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), rho: float, dt: float, h: float, color: int):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void pressure_rbgs_b17ce3c4_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pressure_rbgs_b17ce3c4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void pressure_rbgs_b17ce3c4_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_args,
    wp_args_pressure_rbgs_b17ce3c4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pressure_rbgs_b17ce3c4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_subtract_gradient_u_5e6803dd {
    wp::array_t<wp::float32> u;
    wp::array_t<wp::float32> p;
    wp::array_t<wp::int32> flags;
    wp::float32 dt;
    wp::float32 rho;
    wp::float32 inv_h;
};


void subtract_gradient_u_5e6803dd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_gradient_u_5e6803dd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_inv_h = _wp_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32* var_32;
    const wp::float32 var_33 = 0.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // forward
    // def subtract_gradient_u(u: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):       <L 61>
    // i, j = wp.tid()                                                                        <L 62>
    builtin_tid2d(var_0, var_1);
    // nx = flags.shape[0]                                                                    <L 63>
    var_2 = &(var_flags.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // if i == 0 or i >= nx:                                                                  <L 64>
    var_8 = (var_0 == var_7);
    var_6 = var_8;
    if (!var_6) {
        var_9 = (var_0 >= var_4);
        var_6 = var_6 || var_9;
    }
    if (var_6) {
        // u[i, j] = 0.0                                                                      <L 65>
        wp::array_store(var_u, var_0, var_1, var_10);
        // return                                                                             <L 66>
        return;
    }
    // if is_solid(flags, i - 1, j) or is_solid(flags, i, j):                                 <L 67>
    var_13 = wp::sub(var_0, var_12);
    var_14 = is_solid_0(var_flags, var_13, var_1);
    var_11 = var_14;
    if (!var_11) {
        var_15 = is_solid_0(var_flags, var_0, var_1);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // u[i, j] = 0.0                                                                      <L 68>
        wp::array_store(var_u, var_0, var_1, var_16);
        // return                                                                             <L 69>
        return;
    }
    // if is_fluid(flags, i - 1, j) or is_fluid(flags, i, j):                                 <L 70>
    var_19 = wp::sub(var_0, var_18);
    var_20 = is_fluid_0(var_flags, var_19, var_1);
    var_17 = var_20;
    if (!var_17) {
        var_21 = is_fluid_0(var_flags, var_0, var_1);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // pl = wp.where(is_fluid(flags, i - 1, j), p[i - 1, j], 0.0)                         <L 71>
        var_23 = wp::sub(var_0, var_22);
        var_24 = is_fluid_0(var_flags, var_23, var_1);
        var_26 = wp::sub(var_0, var_25);
        var_27 = wp::address(var_p, var_26, var_1);
        var_30 = wp::load(var_27);
        var_29 = wp::where(var_24, var_30, var_28);
        // pr = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                                 <L 72>
        var_31 = is_fluid_0(var_flags, var_0, var_1);
        var_32 = wp::address(var_p, var_0, var_1);
        var_35 = wp::load(var_32);
        var_34 = wp::where(var_31, var_35, var_33);
        // u[i, j] = u[i, j] - dt / rho * (pr - pl) * inv_h                                   <L 73>
        var_36 = wp::address(var_u, var_0, var_1);
        var_37 = wp::div(var_dt, var_rho);
        var_38 = wp::sub(var_34, var_29);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_39, var_inv_h);
        var_42 = wp::load(var_36);
        var_41 = wp::sub(var_42, var_40);
        wp::array_store(var_u, var_0, var_1, var_41);
    }
}



void subtract_gradient_u_5e6803dd_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_gradient_u_5e6803dd *_wp_args,
    wp_args_subtract_gradient_u_5e6803dd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_rho = _wp_adj_args->rho;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32* var_32;
    const wp::float32 var_33 = 0.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    //---------
    // forward
    // def subtract_gradient_u(u: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):       <L 61>
    // i, j = wp.tid()                                                                        <L 62>
    builtin_tid2d(var_0, var_1);
    // nx = flags.shape[0]                                                                    <L 63>
    var_2 = &(var_flags.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // if i == 0 or i >= nx:                                                                  <L 64>
    var_8 = (var_0 == var_7);
    var_6 = var_8;
    if (!var_6) {
        var_9 = (var_0 >= var_4);
        var_6 = var_6 || var_9;
    }
    if (var_6) {
        // u[i, j] = 0.0                                                                      <L 65>
        // wp::array_store(var_u, var_0, var_1, var_10);
        // return                                                                             <L 66>
        goto label0;
    }
    // if is_solid(flags, i - 1, j) or is_solid(flags, i, j):                                 <L 67>
    var_13 = wp::sub(var_0, var_12);
    var_14 = is_solid_0(var_flags, var_13, var_1);
    var_11 = var_14;
    if (!var_11) {
        var_15 = is_solid_0(var_flags, var_0, var_1);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // u[i, j] = 0.0                                                                      <L 68>
        // wp::array_store(var_u, var_0, var_1, var_16);
        // return                                                                             <L 69>
        goto label1;
    }
    // if is_fluid(flags, i - 1, j) or is_fluid(flags, i, j):                                 <L 70>
    var_19 = wp::sub(var_0, var_18);
    var_20 = is_fluid_0(var_flags, var_19, var_1);
    var_17 = var_20;
    if (!var_17) {
        var_21 = is_fluid_0(var_flags, var_0, var_1);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // pl = wp.where(is_fluid(flags, i - 1, j), p[i - 1, j], 0.0)                         <L 71>
        var_23 = wp::sub(var_0, var_22);
        var_24 = is_fluid_0(var_flags, var_23, var_1);
        var_26 = wp::sub(var_0, var_25);
        var_27 = wp::address(var_p, var_26, var_1);
        var_30 = wp::load(var_27);
        var_29 = wp::where(var_24, var_30, var_28);
        // pr = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                                 <L 72>
        var_31 = is_fluid_0(var_flags, var_0, var_1);
        var_32 = wp::address(var_p, var_0, var_1);
        var_35 = wp::load(var_32);
        var_34 = wp::where(var_31, var_35, var_33);
        // u[i, j] = u[i, j] - dt / rho * (pr - pl) * inv_h                                   <L 73>
        var_36 = wp::address(var_u, var_0, var_1);
        var_37 = wp::div(var_dt, var_rho);
        var_38 = wp::sub(var_34, var_29);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_39, var_inv_h);
        var_42 = wp::load(var_36);
        var_41 = wp::sub(var_42, var_40);
        // wp::array_store(var_u, var_0, var_1, var_41);
    }
    //---------
    // reverse
    if (var_17) {
        wp::adj_array_store(var_u, var_0, var_1, var_41, adj_u, adj_0, adj_1, adj_41);
        wp::adj_sub(var_42, var_40, adj_36, adj_40, adj_41);
        wp::adj_mul(var_39, var_inv_h, adj_39, adj_inv_h, adj_40);
        wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_sub(var_34, var_29, adj_34, adj_29, adj_38);
        wp::adj_div(var_dt, var_rho, var_37, adj_dt, adj_rho, adj_37);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_36);
        // adj: u[i, j] = u[i, j] - dt / rho * (pr - pl) * inv_h                              <L 73>
        wp::adj_where(var_31, var_35, var_33, adj_31, adj_32, adj_33, adj_34);
        wp::adj_address(var_p, var_0, var_1, adj_p, adj_0, adj_1, adj_32);
        adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_31);
        // adj: pr = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                            <L 72>
        wp::adj_where(var_24, var_30, var_28, adj_24, adj_27, adj_28, adj_29);
        wp::adj_address(var_p, var_26, var_1, adj_p, adj_26, adj_1, adj_27);
        wp::adj_sub(var_0, var_25, adj_0, adj_25, adj_26);
        adj_is_fluid_0(var_flags, var_23, var_1, adj_flags, adj_23, adj_1, adj_24);
        wp::adj_sub(var_0, var_22, adj_0, adj_22, adj_23);
        // adj: pl = wp.where(is_fluid(flags, i - 1, j), p[i - 1, j], 0.0)                    <L 71>
    }
    if (!var_17) {
        adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_21);
    }
    adj_is_fluid_0(var_flags, var_19, var_1, adj_flags, adj_19, adj_1, adj_20);
    wp::adj_sub(var_0, var_18, adj_0, adj_18, adj_19);
    // adj: if is_fluid(flags, i - 1, j) or is_fluid(flags, i, j):                            <L 70>
    if (var_11) {
        label1:;
        // adj: return                                                                        <L 69>
        wp::adj_array_store(var_u, var_0, var_1, var_16, adj_u, adj_0, adj_1, adj_16);
        // adj: u[i, j] = 0.0                                                                 <L 68>
    }
    if (!var_11) {
        adj_is_solid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_15);
    }
    adj_is_solid_0(var_flags, var_13, var_1, adj_flags, adj_13, adj_1, adj_14);
    wp::adj_sub(var_0, var_12, adj_0, adj_12, adj_13);
    // adj: if is_solid(flags, i - 1, j) or is_solid(flags, i, j):                            <L 67>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 66>
        wp::adj_array_store(var_u, var_0, var_1, var_10, adj_u, adj_0, adj_1, adj_10);
        // adj: u[i, j] = 0.0                                                                 <L 65>
    }
    if (!var_6) {
    }
    // adj: if i == 0 or i >= nx:                                                             <L 64>
    adj_flags.shape = adj_2;
    // adj: nx = flags.shape[0]                                                               <L 63>
    // adj: i, j = wp.tid()                                                                   <L 62>
    // adj: def subtract_gradient_u(u: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):  <L 61>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void subtract_gradient_u_5e6803dd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_gradient_u_5e6803dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_gradient_u_5e6803dd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void subtract_gradient_u_5e6803dd_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_gradient_u_5e6803dd *_wp_args,
    wp_args_subtract_gradient_u_5e6803dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_gradient_u_5e6803dd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_subtract_gradient_v_f405f382 {
    wp::array_t<wp::float32> v;
    wp::array_t<wp::float32> p;
    wp::array_t<wp::int32> flags;
    wp::float32 dt;
    wp::float32 rho;
    wp::float32 inv_h;
};


void subtract_gradient_v_f405f382_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_gradient_v_f405f382 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_inv_h = _wp_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32* var_32;
    const wp::float32 var_33 = 0.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // forward
    // def subtract_gradient_v(v: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):       <L 77>
    // i, j = wp.tid()                                                                        <L 78>
    builtin_tid2d(var_0, var_1);
    // ny = flags.shape[1]                                                                    <L 79>
    var_2 = &(var_flags.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // if j == 0 or j >= ny:                                                                  <L 80>
    var_8 = (var_1 == var_7);
    var_6 = var_8;
    if (!var_6) {
        var_9 = (var_1 >= var_4);
        var_6 = var_6 || var_9;
    }
    if (var_6) {
        // v[i, j] = 0.0                                                                      <L 81>
        wp::array_store(var_v, var_0, var_1, var_10);
        // return                                                                             <L 82>
        return;
    }
    // if is_solid(flags, i, j - 1) or is_solid(flags, i, j):                                 <L 83>
    var_13 = wp::sub(var_1, var_12);
    var_14 = is_solid_0(var_flags, var_0, var_13);
    var_11 = var_14;
    if (!var_11) {
        var_15 = is_solid_0(var_flags, var_0, var_1);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // v[i, j] = 0.0                                                                      <L 84>
        wp::array_store(var_v, var_0, var_1, var_16);
        // return                                                                             <L 85>
        return;
    }
    // if is_fluid(flags, i, j - 1) or is_fluid(flags, i, j):                                 <L 86>
    var_19 = wp::sub(var_1, var_18);
    var_20 = is_fluid_0(var_flags, var_0, var_19);
    var_17 = var_20;
    if (!var_17) {
        var_21 = is_fluid_0(var_flags, var_0, var_1);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // pb = wp.where(is_fluid(flags, i, j - 1), p[i, j - 1], 0.0)                         <L 87>
        var_23 = wp::sub(var_1, var_22);
        var_24 = is_fluid_0(var_flags, var_0, var_23);
        var_26 = wp::sub(var_1, var_25);
        var_27 = wp::address(var_p, var_0, var_26);
        var_30 = wp::load(var_27);
        var_29 = wp::where(var_24, var_30, var_28);
        // pt = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                                 <L 88>
        var_31 = is_fluid_0(var_flags, var_0, var_1);
        var_32 = wp::address(var_p, var_0, var_1);
        var_35 = wp::load(var_32);
        var_34 = wp::where(var_31, var_35, var_33);
        // v[i, j] = v[i, j] - dt / rho * (pt - pb) * inv_h                                   <L 89>
        var_36 = wp::address(var_v, var_0, var_1);
        var_37 = wp::div(var_dt, var_rho);
        var_38 = wp::sub(var_34, var_29);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_39, var_inv_h);
        var_42 = wp::load(var_36);
        var_41 = wp::sub(var_42, var_40);
        wp::array_store(var_v, var_0, var_1, var_41);
    }
}



void subtract_gradient_v_f405f382_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_gradient_v_f405f382 *_wp_args,
    wp_args_subtract_gradient_v_f405f382 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rho = _wp_args->rho;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_rho = _wp_adj_args->rho;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32* var_32;
    const wp::float32 var_33 = 0.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    //---------
    // forward
    // def subtract_gradient_v(v: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):       <L 77>
    // i, j = wp.tid()                                                                        <L 78>
    builtin_tid2d(var_0, var_1);
    // ny = flags.shape[1]                                                                    <L 79>
    var_2 = &(var_flags.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // if j == 0 or j >= ny:                                                                  <L 80>
    var_8 = (var_1 == var_7);
    var_6 = var_8;
    if (!var_6) {
        var_9 = (var_1 >= var_4);
        var_6 = var_6 || var_9;
    }
    if (var_6) {
        // v[i, j] = 0.0                                                                      <L 81>
        // wp::array_store(var_v, var_0, var_1, var_10);
        // return                                                                             <L 82>
        goto label0;
    }
    // if is_solid(flags, i, j - 1) or is_solid(flags, i, j):                                 <L 83>
    var_13 = wp::sub(var_1, var_12);
    var_14 = is_solid_0(var_flags, var_0, var_13);
    var_11 = var_14;
    if (!var_11) {
        var_15 = is_solid_0(var_flags, var_0, var_1);
        var_11 = var_11 || var_15;
    }
    if (var_11) {
        // v[i, j] = 0.0                                                                      <L 84>
        // wp::array_store(var_v, var_0, var_1, var_16);
        // return                                                                             <L 85>
        goto label1;
    }
    // if is_fluid(flags, i, j - 1) or is_fluid(flags, i, j):                                 <L 86>
    var_19 = wp::sub(var_1, var_18);
    var_20 = is_fluid_0(var_flags, var_0, var_19);
    var_17 = var_20;
    if (!var_17) {
        var_21 = is_fluid_0(var_flags, var_0, var_1);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // pb = wp.where(is_fluid(flags, i, j - 1), p[i, j - 1], 0.0)                         <L 87>
        var_23 = wp::sub(var_1, var_22);
        var_24 = is_fluid_0(var_flags, var_0, var_23);
        var_26 = wp::sub(var_1, var_25);
        var_27 = wp::address(var_p, var_0, var_26);
        var_30 = wp::load(var_27);
        var_29 = wp::where(var_24, var_30, var_28);
        // pt = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                                 <L 88>
        var_31 = is_fluid_0(var_flags, var_0, var_1);
        var_32 = wp::address(var_p, var_0, var_1);
        var_35 = wp::load(var_32);
        var_34 = wp::where(var_31, var_35, var_33);
        // v[i, j] = v[i, j] - dt / rho * (pt - pb) * inv_h                                   <L 89>
        var_36 = wp::address(var_v, var_0, var_1);
        var_37 = wp::div(var_dt, var_rho);
        var_38 = wp::sub(var_34, var_29);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_39, var_inv_h);
        var_42 = wp::load(var_36);
        var_41 = wp::sub(var_42, var_40);
        // wp::array_store(var_v, var_0, var_1, var_41);
    }
    //---------
    // reverse
    if (var_17) {
        wp::adj_array_store(var_v, var_0, var_1, var_41, adj_v, adj_0, adj_1, adj_41);
        wp::adj_sub(var_42, var_40, adj_36, adj_40, adj_41);
        wp::adj_mul(var_39, var_inv_h, adj_39, adj_inv_h, adj_40);
        wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_sub(var_34, var_29, adj_34, adj_29, adj_38);
        wp::adj_div(var_dt, var_rho, var_37, adj_dt, adj_rho, adj_37);
        wp::adj_address(var_v, var_0, var_1, adj_v, adj_0, adj_1, adj_36);
        // adj: v[i, j] = v[i, j] - dt / rho * (pt - pb) * inv_h                              <L 89>
        wp::adj_where(var_31, var_35, var_33, adj_31, adj_32, adj_33, adj_34);
        wp::adj_address(var_p, var_0, var_1, adj_p, adj_0, adj_1, adj_32);
        adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_31);
        // adj: pt = wp.where(is_fluid(flags, i, j), p[i, j], 0.0)                            <L 88>
        wp::adj_where(var_24, var_30, var_28, adj_24, adj_27, adj_28, adj_29);
        wp::adj_address(var_p, var_0, var_26, adj_p, adj_0, adj_26, adj_27);
        wp::adj_sub(var_1, var_25, adj_1, adj_25, adj_26);
        adj_is_fluid_0(var_flags, var_0, var_23, adj_flags, adj_0, adj_23, adj_24);
        wp::adj_sub(var_1, var_22, adj_1, adj_22, adj_23);
        // adj: pb = wp.where(is_fluid(flags, i, j - 1), p[i, j - 1], 0.0)                    <L 87>
    }
    if (!var_17) {
        adj_is_fluid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_21);
    }
    adj_is_fluid_0(var_flags, var_0, var_19, adj_flags, adj_0, adj_19, adj_20);
    wp::adj_sub(var_1, var_18, adj_1, adj_18, adj_19);
    // adj: if is_fluid(flags, i, j - 1) or is_fluid(flags, i, j):                            <L 86>
    if (var_11) {
        label1:;
        // adj: return                                                                        <L 85>
        wp::adj_array_store(var_v, var_0, var_1, var_16, adj_v, adj_0, adj_1, adj_16);
        // adj: v[i, j] = 0.0                                                                 <L 84>
    }
    if (!var_11) {
        adj_is_solid_0(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_15);
    }
    adj_is_solid_0(var_flags, var_0, var_13, adj_flags, adj_0, adj_13, adj_14);
    wp::adj_sub(var_1, var_12, adj_1, adj_12, adj_13);
    // adj: if is_solid(flags, i, j - 1) or is_solid(flags, i, j):                            <L 83>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 82>
        wp::adj_array_store(var_v, var_0, var_1, var_10, adj_v, adj_0, adj_1, adj_10);
        // adj: v[i, j] = 0.0                                                                 <L 81>
    }
    if (!var_6) {
    }
    // adj: if j == 0 or j >= ny:                                                             <L 80>
    adj_flags.shape = adj_2;
    // adj: ny = flags.shape[1]                                                               <L 79>
    // adj: i, j = wp.tid()                                                                   <L 78>
    // adj: def subtract_gradient_v(v: wp.array2d(dtype=float), p: wp.array2d(dtype=float), flags: wp.array2d(dtype=int), dt: float, rho: float, inv_h: float):  <L 77>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void subtract_gradient_v_f405f382_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_gradient_v_f405f382 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_gradient_v_f405f382_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void subtract_gradient_v_f405f382_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_gradient_v_f405f382 *_wp_args,
    wp_args_subtract_gradient_v_f405f382 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_gradient_v_f405f382_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_max_divergence_ebb2cc5e {
    wp::array_t<wp::float32> div;
    wp::array_t<wp::float32> out;
};


void max_divergence_ebb2cc5e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_max_divergence_ebb2cc5e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def max_divergence(div: wp.array2d(dtype=float), out: wp.array(dtype=float)):          <L 93>
    // i, j = wp.tid()                                                                        <L 94>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_max(out, 0, wp.abs(div[i, j]))                                               <L 95>
    var_3 = wp::address(var_div, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    var_6 = wp::atomic_max(var_out, var_2, var_4);
}



void max_divergence_ebb2cc5e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_max_divergence_ebb2cc5e *_wp_args,
    wp_args_max_divergence_ebb2cc5e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def max_divergence(div: wp.array2d(dtype=float), out: wp.array(dtype=float)):          <L 93>
    // i, j = wp.tid()                                                                        <L 94>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_max(out, 0, wp.abs(div[i, j]))                                               <L 95>
    var_3 = wp::address(var_div, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    // var_6 = wp::atomic_max(var_out, var_2, var_4);
    //---------
    // reverse
    wp::adj_atomic_max(var_out, var_2, var_4, adj_out, adj_2, adj_4, adj_6);
    wp::adj_abs(var_5, adj_3, adj_4);
    wp::adj_address(var_div, var_0, var_1, adj_div, adj_0, adj_1, adj_3);
    // adj: wp.atomic_max(out, 0, wp.abs(div[i, j]))                                          <L 95>
    // adj: i, j = wp.tid()                                                                   <L 94>
    // adj: def max_divergence(div: wp.array2d(dtype=float), out: wp.array(dtype=float)):     <L 93>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void max_divergence_ebb2cc5e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_max_divergence_ebb2cc5e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        max_divergence_ebb2cc5e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void max_divergence_ebb2cc5e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_max_divergence_ebb2cc5e *_wp_args,
    wp_args_max_divergence_ebb2cc5e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        max_divergence_ebb2cc5e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

