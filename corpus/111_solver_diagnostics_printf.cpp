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


// corpus/111_solver_diagnostics_printf.py:6
static wp::float32 residual_norm_0(
    wp::array_t<wp::float32> var_r,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def residual_norm(r: wp.array(dtype=float), n: int) -> float:                          <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 9>
    var_2 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // s += r[i] * r[i]                                                                   <L 10>
        var_4 = wp::address(var_r, var_3);
        var_5 = wp::address(var_r, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::add(var_1, var_6);
        wp::assign(var_1, var_9);
        goto start_for_0;
    end_for_0:;
    // return wp.sqrt(s)                                                                      <L 11>
    var_10 = wp::sqrt(var_1);
    return var_10;
}


// corpus/111_solver_diagnostics_printf.py:6
static void adj_residual_norm_0(
    wp::array_t<wp::float32> var_r,
    wp::int32 var_n,
    wp::array_t<wp::float32> & adj_r,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def residual_norm(r: wp.array(dtype=float), n: int) -> float:                          <L 7>
    // s = float(0.0)                                                                         <L 8>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 9>
    var_2 = wp::range(var_n);
    // return wp.sqrt(s)                                                                      <L 11>
    var_10 = wp::sqrt(var_1);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    wp::adj_sqrt(var_1, var_10, adj_1, adj_10);
    // adj: return wp.sqrt(s)                                                                 <L 11>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
        // s += r[i] * r[i]                                                                   <L 10>
        var_4 = wp::address(var_r, var_3);
        var_5 = wp::address(var_r, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        var_9 = wp::add(var_1, var_6);
        wp::assign(var_1, var_9);
        wp::adj_assign(var_1, var_9, adj_1, adj_9);
        wp::adj_add(var_1, var_6, adj_1, adj_6, adj_9);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_r, var_3, adj_r, adj_3, adj_5);
        wp::adj_address(var_r, var_3, adj_r, adj_3, adj_4);
        // adj: s += r[i] * r[i]                                                              <L 10>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 9>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 8>
    // adj: def residual_norm(r: wp.array(dtype=float), n: int) -> float:                     <L 7>
    return;
}

struct wp_args_report_convergence_7937da04 {
    wp::array_t<wp::float32> r;
    wp::int32 iteration;
    wp::float32 tol;
    wp::array_t<wp::int32> converged;
};


void report_convergence_7937da04_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_report_convergence_7937da04 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::int32 var_iteration = _wp_args->iteration;
    wp::float32 var_tol = _wp_args->tol;
    wp::array_t<wp::int32> var_converged = _wp_args->converged;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::float32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::str var_14 = "converged after %d iterations, |r| = %e\n";
    const wp::int32 var_15 = 10;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::str var_19 = "iteration %d: |r| = %f (tol %f)\n";
    //---------
    // forward
    // def report_convergence(r: wp.array(dtype=float), iteration: int, tol: float, converged: wp.array(dtype=int)):       <L 15>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid != 0:                                                                           <L 17>
    var_2 = (var_0 != var_1);
    if (var_2) {
        // return                                                                             <L 18>
        return;
    }
    // n = r.shape[0]                                                                         <L 19>
    var_3 = &(var_r.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // norm = residual_norm(r, n)                                                             <L 20>
    var_7 = residual_norm_0(var_r, var_5);
    // if norm < tol:                                                                         <L 21>
    var_8 = (var_7 < var_tol);
    if (var_8) {
        // converged[0] = 1                                                                   <L 22>
        wp::array_store(var_converged, var_10, var_9);
        // if VERBOSE > 0:                                                                    <L 23>
        var_13 = (var_11 > var_12);
        if (var_13) {
            // wp.printf("converged after %d iterations, |r| = %e\n", iteration, norm)        <L 24>
            printf(var_14, var_iteration, var_7);
        }
    }
    if (!var_8) {
        // elif iteration % 10 == 0:                                                          <L 25>
        var_16 = wp::mod(var_iteration, var_15);
        var_18 = (var_16 == var_17);
        if (var_18) {
            // wp.printf("iteration %d: |r| = %f (tol %f)\n", iteration, norm, tol)           <L 26>
            printf(var_19, var_iteration, var_7, var_tol);
        }
    }
}



void report_convergence_7937da04_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_report_convergence_7937da04 *_wp_args,
    wp_args_report_convergence_7937da04 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::int32 var_iteration = _wp_args->iteration;
    wp::float32 var_tol = _wp_args->tol;
    wp::array_t<wp::int32> var_converged = _wp_args->converged;
    wp::array_t<wp::float32> adj_r = _wp_adj_args->r;
    wp::int32 adj_iteration = _wp_adj_args->iteration;
    wp::float32 adj_tol = _wp_adj_args->tol;
    wp::array_t<wp::int32> adj_converged = _wp_adj_args->converged;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::float32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::str var_14 = "converged after %d iterations, |r| = %e\n";
    const wp::int32 var_15 = 10;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::str var_19 = "iteration %d: |r| = %f (tol %f)\n";
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::str adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::str adj_19 = {};
    //---------
    // forward
    // def report_convergence(r: wp.array(dtype=float), iteration: int, tol: float, converged: wp.array(dtype=int)):       <L 15>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid != 0:                                                                           <L 17>
    var_2 = (var_0 != var_1);
    if (var_2) {
        // return                                                                             <L 18>
        goto label0;
    }
    // n = r.shape[0]                                                                         <L 19>
    var_3 = &(var_r.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // norm = residual_norm(r, n)                                                             <L 20>
    var_7 = residual_norm_0(var_r, var_5);
    // if norm < tol:                                                                         <L 21>
    var_8 = (var_7 < var_tol);
    if (var_8) {
        // converged[0] = 1                                                                   <L 22>
        // wp::array_store(var_converged, var_10, var_9);
        // if VERBOSE > 0:                                                                    <L 23>
        var_13 = (var_11 > var_12);
        if (var_13) {
            // wp.printf("converged after %d iterations, |r| = %e\n", iteration, norm)        <L 24>
            printf(var_14, var_iteration, var_7);
        }
    }
    if (!var_8) {
        // elif iteration % 10 == 0:                                                          <L 25>
        var_16 = wp::mod(var_iteration, var_15);
        var_18 = (var_16 == var_17);
        if (var_18) {
            // wp.printf("iteration %d: |r| = %f (tol %f)\n", iteration, norm, tol)           <L 26>
            printf(var_19, var_iteration, var_7, var_tol);
        }
    }
    //---------
    // reverse
    if (!var_8) {
        if (var_18) {
            // adj: wp.printf("iteration %d: |r| = %f (tol %f)\n", iteration, norm, tol)      <L 26>
        }
        wp::adj_mod(var_iteration, var_15, adj_iteration, adj_15, adj_16);
        // adj: elif iteration % 10 == 0:                                                     <L 25>
    }
    if (var_8) {
        if (var_13) {
            // adj: wp.printf("converged after %d iterations, |r| = %e\n", iteration, norm)   <L 24>
        }
        // adj: if VERBOSE > 0:                                                               <L 23>
        wp::adj_array_store(var_converged, var_10, var_9, adj_converged, adj_10, adj_9);
        // adj: converged[0] = 1                                                              <L 22>
    }
    // adj: if norm < tol:                                                                    <L 21>
    adj_residual_norm_0(var_r, var_5, adj_r, adj_5, adj_7);
    // adj: norm = residual_norm(r, n)                                                        <L 20>
    adj_r.shape = adj_3;
    // adj: n = r.shape[0]                                                                    <L 19>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    // adj: if tid != 0:                                                                      <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def report_convergence(r: wp.array(dtype=float), iteration: int, tol: float, converged: wp.array(dtype=int)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void report_convergence_7937da04_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_report_convergence_7937da04 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        report_convergence_7937da04_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void report_convergence_7937da04_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_report_convergence_7937da04 *_wp_args,
    wp_args_report_convergence_7937da04 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        report_convergence_7937da04_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_check_finite_5dea9222 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::int32> bad;
};


void check_finite_5dea9222_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_check_finite_5dea9222 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_bad = _wp_args->bad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 5;
    bool var_14;
    const wp::str var_15 = "non-finite value at particle %d component %d\n";
    const wp::int32 var_16 = 1;
    bool var_17;
    wp::float32 var_18;
    bool var_19;
    wp::float32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::int32 var_25 = 5;
    bool var_26;
    const wp::str var_27 = "non-finite value at particle %d component %d\n";
    wp::int32 var_28;
    const wp::int32 var_29 = 2;
    bool var_30;
    wp::float32 var_31;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 5;
    bool var_39;
    const wp::str var_40 = "non-finite value at particle %d component %d\n";
    wp::int32 var_41;
    //---------
    // forward
    // def check_finite(x: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):                <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 32>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for k in range(3):                                                                     <L 33>
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_6 = wp::extract(var_2, var_4);
    var_7 = wp::isnan(var_6);
    var_5 = var_7;
    if (!var_5) {
        var_8 = wp::extract(var_2, var_4);
        var_9 = wp::isinf(var_8);
        var_5 = var_5 || var_9;
    }
    if (var_5) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        var_12 = wp::atomic_add(var_bad, var_10, var_11);
        // if old < 5:                                                                        <L 36>
        var_14 = (var_12 < var_13);
        if (var_14) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_15, var_0, var_4);
        }
        // return                                                                             <L 38>
        return;
    }
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_18 = wp::extract(var_2, var_16);
    var_19 = wp::isnan(var_18);
    var_17 = var_19;
    if (!var_17) {
        var_20 = wp::extract(var_2, var_16);
        var_21 = wp::isinf(var_20);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        var_24 = wp::atomic_add(var_bad, var_22, var_23);
        // if old < 5:                                                                        <L 36>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_27, var_0, var_16);
        }
        // return                                                                             <L 38>
        return;
    }
    var_28 = wp::where(var_17, var_24, var_12);
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_31 = wp::extract(var_2, var_29);
    var_32 = wp::isnan(var_31);
    var_30 = var_32;
    if (!var_30) {
        var_33 = wp::extract(var_2, var_29);
        var_34 = wp::isinf(var_33);
        var_30 = var_30 || var_34;
    }
    if (var_30) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        var_37 = wp::atomic_add(var_bad, var_35, var_36);
        // if old < 5:                                                                        <L 36>
        var_39 = (var_37 < var_38);
        if (var_39) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_40, var_0, var_29);
        }
        // return                                                                             <L 38>
        return;
    }
    var_41 = wp::where(var_30, var_37, var_28);
}



void check_finite_5dea9222_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_check_finite_5dea9222 *_wp_args,
    wp_args_check_finite_5dea9222 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_bad = _wp_args->bad;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_bad = _wp_adj_args->bad;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 5;
    bool var_14;
    const wp::str var_15 = "non-finite value at particle %d component %d\n";
    const wp::int32 var_16 = 1;
    bool var_17;
    wp::float32 var_18;
    bool var_19;
    wp::float32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::int32 var_25 = 5;
    bool var_26;
    const wp::str var_27 = "non-finite value at particle %d component %d\n";
    wp::int32 var_28;
    const wp::int32 var_29 = 2;
    bool var_30;
    wp::float32 var_31;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 5;
    bool var_39;
    const wp::str var_40 = "non-finite value at particle %d component %d\n";
    wp::int32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::str adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::str adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::str adj_40 = {};
    wp::int32 adj_41 = {};
    //---------
    // forward
    // def check_finite(x: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):                <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 32>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // for k in range(3):                                                                     <L 33>
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_6 = wp::extract(var_2, var_4);
    var_7 = wp::isnan(var_6);
    var_5 = var_7;
    if (!var_5) {
        var_8 = wp::extract(var_2, var_4);
        var_9 = wp::isinf(var_8);
        var_5 = var_5 || var_9;
    }
    if (var_5) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        // var_12 = wp::atomic_add(var_bad, var_10, var_11);
        // if old < 5:                                                                        <L 36>
        var_14 = (var_12 < var_13);
        if (var_14) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_15, var_0, var_4);
        }
        // return                                                                             <L 38>
        goto label0;
    }
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_18 = wp::extract(var_2, var_16);
    var_19 = wp::isnan(var_18);
    var_17 = var_19;
    if (!var_17) {
        var_20 = wp::extract(var_2, var_16);
        var_21 = wp::isinf(var_20);
        var_17 = var_17 || var_21;
    }
    if (var_17) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        // var_24 = wp::atomic_add(var_bad, var_22, var_23);
        // if old < 5:                                                                        <L 36>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_27, var_0, var_16);
        }
        // return                                                                             <L 38>
        goto label1;
    }
    var_28 = wp::where(var_17, var_24, var_12);
    // if wp.isnan(v[k]) or wp.isinf(v[k]):                                                   <L 34>
    var_31 = wp::extract(var_2, var_29);
    var_32 = wp::isnan(var_31);
    var_30 = var_32;
    if (!var_30) {
        var_33 = wp::extract(var_2, var_29);
        var_34 = wp::isinf(var_33);
        var_30 = var_30 || var_34;
    }
    if (var_30) {
        // old = wp.atomic_add(bad, 0, 1)                                                     <L 35>
        // var_37 = wp::atomic_add(var_bad, var_35, var_36);
        // if old < 5:                                                                        <L 36>
        var_39 = (var_37 < var_38);
        if (var_39) {
            // wp.printf("non-finite value at particle %d component %d\n", i, k)              <L 37>
            printf(var_40, var_0, var_29);
        }
        // return                                                                             <L 38>
        goto label2;
    }
    var_41 = wp::where(var_30, var_37, var_28);
    //---------
    // reverse
    wp::adj_where(var_30, var_37, var_28, adj_30, adj_37, adj_28, adj_41);
    if (var_30) {
        label2:;
        // adj: return                                                                        <L 38>
        if (var_39) {
            // adj: wp.printf("non-finite value at particle %d component %d\n", i, k)         <L 37>
        }
        // adj: if old < 5:                                                                   <L 36>
        wp::adj_atomic_add(var_bad, var_35, var_36, adj_bad, adj_35, adj_36, adj_37);
        // adj: old = wp.atomic_add(bad, 0, 1)                                                <L 35>
    }
    if (!var_30) {
        wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_33);
    }
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_31);
    // adj: if wp.isnan(v[k]) or wp.isinf(v[k]):                                              <L 34>
    wp::adj_where(var_17, var_24, var_12, adj_17, adj_24, adj_12, adj_28);
    if (var_17) {
        label1:;
        // adj: return                                                                        <L 38>
        if (var_26) {
            // adj: wp.printf("non-finite value at particle %d component %d\n", i, k)         <L 37>
        }
        // adj: if old < 5:                                                                   <L 36>
        wp::adj_atomic_add(var_bad, var_22, var_23, adj_bad, adj_22, adj_23, adj_24);
        // adj: old = wp.atomic_add(bad, 0, 1)                                                <L 35>
    }
    if (!var_17) {
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_20);
    }
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_18);
    // adj: if wp.isnan(v[k]) or wp.isinf(v[k]):                                              <L 34>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 38>
        if (var_14) {
            // adj: wp.printf("non-finite value at particle %d component %d\n", i, k)         <L 37>
        }
        // adj: if old < 5:                                                                   <L 36>
        wp::adj_atomic_add(var_bad, var_10, var_11, adj_bad, adj_10, adj_11, adj_12);
        // adj: old = wp.atomic_add(bad, 0, 1)                                                <L 35>
    }
    if (!var_5) {
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_8);
    }
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_6);
    // adj: if wp.isnan(v[k]) or wp.isinf(v[k]):                                              <L 34>
    // adj: for k in range(3):                                                                <L 33>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def check_finite(x: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):           <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void check_finite_5dea9222_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_check_finite_5dea9222 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        check_finite_5dea9222_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void check_finite_5dea9222_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_check_finite_5dea9222 *_wp_args,
    wp_args_check_finite_5dea9222 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        check_finite_5dea9222_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_summarize_a2eea097 {
    wp::array_t<wp::float32> values;
    wp::float32 lo;
    wp::float32 hi;
};


void summarize_a2eea097_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_summarize_a2eea097 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::str var_5 = "[%d] below range: %f < %f\n";
    bool var_6;
    const wp::str var_7 = "[%d] above range: %f > %f\n";
    //---------
    // forward
    // def summarize(values: wp.array(dtype=float), lo: float, hi: float):                    <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // v = values[i]                                                                          <L 44>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if v < lo:                                                                             <L 45>
    var_4 = (var_2 < var_lo);
    if (var_4) {
        // wp.printf("[%d] below range: %f < %f\n", i, v, lo)                                 <L 46>
        printf(var_5, var_0, var_2, var_lo);
    }
    if (!var_4) {
        // elif v > hi:                                                                       <L 47>
        var_6 = (var_2 > var_hi);
        if (var_6) {
            // wp.printf("[%d] above range: %f > %f\n", i, v, hi)                             <L 48>
            printf(var_7, var_0, var_2, var_hi);
        }
    }
}



void summarize_a2eea097_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_summarize_a2eea097 *_wp_args,
    wp_args_summarize_a2eea097 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_lo = _wp_adj_args->lo;
    wp::float32 adj_hi = _wp_adj_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    const wp::str var_5 = "[%d] below range: %f < %f\n";
    bool var_6;
    const wp::str var_7 = "[%d] above range: %f > %f\n";
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::str adj_5 = {};
    bool adj_6 = {};
    wp::str adj_7 = {};
    //---------
    // forward
    // def summarize(values: wp.array(dtype=float), lo: float, hi: float):                    <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // v = values[i]                                                                          <L 44>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if v < lo:                                                                             <L 45>
    var_4 = (var_2 < var_lo);
    if (var_4) {
        // wp.printf("[%d] below range: %f < %f\n", i, v, lo)                                 <L 46>
        printf(var_5, var_0, var_2, var_lo);
    }
    if (!var_4) {
        // elif v > hi:                                                                       <L 47>
        var_6 = (var_2 > var_hi);
        if (var_6) {
            // wp.printf("[%d] above range: %f > %f\n", i, v, hi)                             <L 48>
            printf(var_7, var_0, var_2, var_hi);
        }
    }
    //---------
    // reverse
    if (!var_4) {
        if (var_6) {
            // adj: wp.printf("[%d] above range: %f > %f\n", i, v, hi)                        <L 48>
        }
        // adj: elif v > hi:                                                                  <L 47>
    }
    if (var_4) {
        // adj: wp.printf("[%d] below range: %f < %f\n", i, v, lo)                            <L 46>
    }
    // adj: if v < lo:                                                                        <L 45>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: v = values[i]                                                                     <L 44>
    // adj: i = wp.tid()                                                                      <L 43>
    // adj: def summarize(values: wp.array(dtype=float), lo: float, hi: float):               <L 42>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void summarize_a2eea097_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_summarize_a2eea097 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        summarize_a2eea097_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void summarize_a2eea097_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_summarize_a2eea097 *_wp_args,
    wp_args_summarize_a2eea097 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        summarize_a2eea097_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

