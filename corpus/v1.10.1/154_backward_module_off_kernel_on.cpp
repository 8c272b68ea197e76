
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


// corpus/154_backward_module_off_kernel_on.py:15
static wp::float32 loss_term_0(
    wp::vec_t<3, wp::float32> var_pred,
    wp::vec_t<3, wp::float32> var_target)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def loss_term(pred: wp.vec3, target: wp.vec3) -> float:                                <L 16>
    // d = pred - target                                                                      <L 17>
    var_0 = wp::sub(var_pred, var_target);
    // return wp.dot(d, d)                                                                    <L 18>
    var_1 = wp::dot(var_0, var_0);
    return var_1;
}


// corpus/154_backward_module_off_kernel_on.py:6
static wp::float32 soft_clamp_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi)
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
    // def soft_clamp(x: float, lo: float, hi: float) -> float:                               <L 7>
    // if x < lo:                                                                             <L 8>
    var_0 = (var_x < var_lo);
    if (var_0) {
        // return lo + wp.tanh(x - lo)                                                        <L 9>
        var_1 = wp::sub(var_x, var_lo);
        var_2 = wp::tanh(var_1);
        var_3 = wp::add(var_lo, var_2);
        return var_3;
    }
    // if x > hi:                                                                             <L 10>
    var_4 = (var_x > var_hi);
    if (var_4) {
        // return hi + wp.tanh(x - hi)                                                        <L 11>
        var_5 = wp::sub(var_x, var_hi);
        var_6 = wp::tanh(var_5);
        var_7 = wp::add(var_hi, var_6);
        return var_7;
    }
    // return x                                                                               <L 12>
    return var_x;
}


// corpus/154_backward_module_off_kernel_on.py:15
static void adj_loss_term_0(
    wp::vec_t<3, wp::float32> var_pred,
    wp::vec_t<3, wp::float32> var_target,
    wp::vec_t<3, wp::float32> & adj_pred,
    wp::vec_t<3, wp::float32> & adj_target,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/154_backward_module_off_kernel_on.py:6
static void adj_soft_clamp_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 & adj_x,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_differentiable_loss_04c1035d {
    wp::array_t<wp::vec_t<3, wp::float32>> pred;
    wp::array_t<wp::vec_t<3, wp::float32>> target;
    wp::array_t<wp::float32> loss;
};


void differentiable_loss_04c1035d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_differentiable_loss_04c1035d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target = _wp_args->target;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 10.0;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def differentiable_loss(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), loss: wp.array(dtype=float)):       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // l = loss_term(pred[i], target[i])                                                      <L 24>
    var_1 = wp::address(var_pred, var_0);
    var_2 = wp::address(var_target, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = loss_term_0(var_4, var_5);
    // wp.atomic_add(loss, 0, soft_clamp(l, 0.0, 10.0))                                       <L 25>
    var_9 = soft_clamp_0(var_3, var_7, var_8);
    var_10 = wp::atomic_add(var_loss, var_6, var_9);
}



void differentiable_loss_04c1035d_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_differentiable_loss_04c1035d *_wp_args,
    wp_args_differentiable_loss_04c1035d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target = _wp_args->target;
    wp::array_t<wp::float32> var_loss = _wp_args->loss;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pred = _wp_adj_args->pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_target = _wp_adj_args->target;
    wp::array_t<wp::float32> adj_loss = _wp_adj_args->loss;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 10.0;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def differentiable_loss(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), loss: wp.array(dtype=float)):       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // l = loss_term(pred[i], target[i])                                                      <L 24>
    var_1 = wp::address(var_pred, var_0);
    var_2 = wp::address(var_target, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = loss_term_0(var_4, var_5);
    // wp.atomic_add(loss, 0, soft_clamp(l, 0.0, 10.0))                                       <L 25>
    var_9 = soft_clamp_0(var_3, var_7, var_8);
    // var_10 = wp::atomic_add(var_loss, var_6, var_9);
    //---------
    // reverse
    wp::adj_atomic_add(var_loss, var_6, var_9, adj_loss, adj_6, adj_9, adj_10);
    adj_soft_clamp_0(var_3, var_7, var_8, adj_3, adj_7, adj_8, adj_9);
    // adj: wp.atomic_add(loss, 0, soft_clamp(l, 0.0, 10.0))                                  <L 25>
    adj_loss_term_0(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_target, var_0, adj_target, adj_0, adj_2);
    wp::adj_address(var_pred, var_0, adj_pred, adj_0, adj_1);
    // adj: l = loss_term(pred[i], target[i])                                                 <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def differentiable_loss(pred: wp.array(dtype=wp.vec3), target: wp.array(dtype=wp.vec3), loss: wp.array(dtype=float)):  <L 22>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void differentiable_loss_04c1035d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_differentiable_loss_04c1035d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        differentiable_loss_04c1035d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void differentiable_loss_04c1035d_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_differentiable_loss_04c1035d *_wp_args,
    wp_args_differentiable_loss_04c1035d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        differentiable_loss_04c1035d_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_forward_only_d8630566 {
    wp::array_t<wp::vec_t<3, wp::float32>> pred;
    wp::float32 step;
    wp::array_t<wp::vec_t<3, wp::float32>> grad;
};


void forward_only_d8630566_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_forward_only_d8630566 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::float32 var_step = _wp_args->step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grad = _wp_args->grad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def forward_only(pred: wp.array(dtype=wp.vec3), step: float, grad: wp.array(dtype=wp.vec3)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // pred[i] = pred[i] - grad[i] * step                                                     <L 31>
    var_1 = wp::address(var_pred, var_0);
    var_2 = wp::address(var_grad, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_step);
    var_6 = wp::load(var_1);
    var_5 = wp::sub(var_6, var_3);
    wp::array_store(var_pred, var_0, var_5);
    // grad[i] = wp.vec3()                                                                    <L 32>
    var_7 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_grad, var_0, var_7);
}



extern "C" {

// Python CPU entry points
WP_API void forward_only_d8630566_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_forward_only_d8630566 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        forward_only_d8630566_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_explicit_off_83dbd795 {
    wp::array_t<wp::vec_t<3, wp::float32>> pred;
    wp::float32 lo;
    wp::float32 hi;
};


void explicit_off_83dbd795_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_explicit_off_83dbd795 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pred = _wp_args->pred;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def explicit_off(pred: wp.array(dtype=wp.vec3), lo: float, hi: float):                 <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // p = pred[i]                                                                            <L 38>
    var_1 = wp::address(var_pred, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for k in range(3):                                                                     <L 39>
    // p[k] = soft_clamp(p[k], lo, hi)                                                        <L 40>
    var_5 = wp::extract(var_2, var_4);
    var_6 = soft_clamp_0(var_5, var_lo, var_hi);
    wp::assign_inplace(var_2, var_4, var_6);
    var_8 = wp::extract(var_2, var_7);
    var_9 = soft_clamp_0(var_8, var_lo, var_hi);
    wp::assign_inplace(var_2, var_7, var_9);
    var_11 = wp::extract(var_2, var_10);
    var_12 = soft_clamp_0(var_11, var_lo, var_hi);
    wp::assign_inplace(var_2, var_10, var_12);
    // pred[i] = p                                                                            <L 41>
    wp::array_store(var_pred, var_0, var_2);
}



extern "C" {

// Python CPU entry points
WP_API void explicit_off_83dbd795_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_explicit_off_83dbd795 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        explicit_off_83dbd795_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

