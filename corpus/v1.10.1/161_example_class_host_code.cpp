
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

struct wp_args_compute_forces_335e6753 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::float32 k;
};


void compute_forces_335e6753_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_forces_335e6753 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.01;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    //---------
    // forward
    // def compute_forces(x: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), k: float):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 10>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // acc = wp.vec2()                                                                        <L 11>
    var_5 = wp::vec_t<2, wp::float32>();
    // for j in range(n):                                                                     <L 12>
    var_6 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 13>
        var_8 = (var_7 != var_0);
        if (var_8) {
            // d = x[j] - x[i]                                                                <L 14>
            var_9 = wp::address(var_x, var_7);
            var_10 = wp::address(var_x, var_0);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            // r2 = wp.dot(d, d) + 0.01                                                       <L 15>
            var_14 = wp::dot(var_11, var_11);
            var_16 = wp::add(var_14, var_15);
            // acc += d * (k / (r2 * wp.sqrt(r2)))                                            <L 16>
            var_17 = wp::sqrt(var_16);
            var_18 = wp::mul(var_16, var_17);
            var_19 = wp::div(var_k, var_18);
            var_20 = wp::mul(var_11, var_19);
            var_21 = wp::sqrt(var_16);
            var_22 = wp::mul(var_16, var_21);
            var_23 = wp::div(var_k, var_22);
            var_24 = wp::mul(var_11, var_23);
            var_25 = wp::add(var_5, var_24);
        }
        var_26 = wp::where(var_8, var_25, var_5);
        wp::assign(var_5, var_26);
        goto start_for_0;
    end_for_0:;
    // f[i] = acc                                                                             <L 17>
    wp::array_store(var_f, var_0, var_5);
}



void compute_forces_335e6753_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_forces_335e6753 *_wp_args,
    wp_args_compute_forces_335e6753 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_f = _wp_adj_args->f;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.01;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    //---------
    // forward
    // def compute_forces(x: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), k: float):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 10>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // acc = wp.vec2()                                                                        <L 11>
    var_5 = wp::vec_t<2, wp::float32>();
    // for j in range(n):                                                                     <L 12>
    var_6 = wp::range(var_3);
    // f[i] = acc                                                                             <L 17>
    // wp::array_store(var_f, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_5, adj_f, adj_0, adj_5);
    // adj: f[i] = acc                                                                        <L 17>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
        // if j != i:                                                                         <L 13>
        var_8 = (var_7 != var_0);
        if (var_8) {
            // d = x[j] - x[i]                                                                <L 14>
            var_9 = wp::address(var_x, var_7);
            var_10 = wp::address(var_x, var_0);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            // r2 = wp.dot(d, d) + 0.01                                                       <L 15>
            var_14 = wp::dot(var_11, var_11);
            var_16 = wp::add(var_14, var_15);
            // acc += d * (k / (r2 * wp.sqrt(r2)))                                            <L 16>
            var_17 = wp::sqrt(var_16);
            var_18 = wp::mul(var_16, var_17);
            var_19 = wp::div(var_k, var_18);
            var_20 = wp::mul(var_11, var_19);
            var_21 = wp::sqrt(var_16);
            var_22 = wp::mul(var_16, var_21);
            var_23 = wp::div(var_k, var_22);
            var_24 = wp::mul(var_11, var_23);
            var_25 = wp::add(var_5, var_24);
        }
        var_26 = wp::where(var_8, var_25, var_5);
        wp::assign(var_5, var_26);
        wp::adj_assign(var_5, var_26, adj_5, adj_26);
        wp::adj_where(var_8, var_25, var_5, adj_8, adj_25, adj_5, adj_26);
        if (var_8) {
            wp::adj_add(var_5, var_24, adj_5, adj_24, adj_25);
            wp::adj_mul(var_11, var_23, adj_11, adj_23, adj_24);
            wp::adj_div(var_k, var_22, var_23, adj_k, adj_22, adj_23);
            wp::adj_mul(var_16, var_21, adj_16, adj_21, adj_22);
            wp::adj_sqrt(var_16, var_21, adj_16, adj_21);
            wp::adj_mul(var_11, var_19, adj_11, adj_19, adj_20);
            wp::adj_div(var_k, var_18, var_19, adj_k, adj_18, adj_19);
            wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
            wp::adj_sqrt(var_16, var_17, adj_16, adj_17);
            // adj: acc += d * (k / (r2 * wp.sqrt(r2)))                                       <L 16>
            wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_dot(var_11, var_11, adj_11, adj_11, adj_14);
            // adj: r2 = wp.dot(d, d) + 0.01                                                  <L 15>
            wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
            wp::adj_address(var_x, var_7, adj_x, adj_7, adj_9);
            // adj: d = x[j] - x[i]                                                           <L 14>
        }
        // adj: if j != i:                                                                    <L 13>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_3, adj_3, adj_6);
    // adj: for j in range(n):                                                                <L 12>
    // adj: acc = wp.vec2()                                                                   <L 11>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_x.shape = adj_1;
    // adj: n = x.shape[0]                                                                    <L 10>
    // adj: i = wp.tid()                                                                      <L 9>
    // adj: def compute_forces(x: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), k: float):  <L 8>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_forces_335e6753_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_forces_335e6753 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_forces_335e6753_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_forces_335e6753_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_forces_335e6753 *_wp_args,
    wp_args_compute_forces_335e6753 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_forces_335e6753_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_step_232da4e3 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::float32 dt;
};


void step_232da4e3_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_step_232da4e3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // forward
    // def step(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), dt: float):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + f[i] * dt                                                                <L 23>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_f, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    wp::array_store(var_v, var_0, var_5);
    // x[i] = x[i] + v[i] * dt                                                                <L 24>
    var_7 = wp::address(var_x, var_0);
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_dt);
    var_12 = wp::load(var_7);
    var_11 = wp::add(var_12, var_9);
    wp::array_store(var_x, var_0, var_11);
}



void step_232da4e3_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_step_232da4e3 *_wp_args,
    wp_args_step_232da4e3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_f = _wp_adj_args->f;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    //---------
    // forward
    // def step(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), dt: float):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + f[i] * dt                                                                <L 23>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_f, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // wp::array_store(var_v, var_0, var_5);
    // x[i] = x[i] + v[i] * dt                                                                <L 24>
    var_7 = wp::address(var_x, var_0);
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_dt);
    var_12 = wp::load(var_7);
    var_11 = wp::add(var_12, var_9);
    // wp::array_store(var_x, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_11, adj_x, adj_0, adj_11);
    wp::adj_add(var_12, var_9, adj_7, adj_9, adj_11);
    wp::adj_mul(var_10, var_dt, adj_8, adj_dt, adj_9);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
    // adj: x[i] = x[i] + v[i] * dt                                                           <L 24>
    wp::adj_array_store(var_v, var_0, var_5, adj_v, adj_0, adj_5);
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = v[i] + f[i] * dt                                                           <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def step(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), dt: float):  <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void step_232da4e3_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_step_232da4e3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        step_232da4e3_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void step_232da4e3_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_step_232da4e3 *_wp_args,
    wp_args_step_232da4e3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        step_232da4e3_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

