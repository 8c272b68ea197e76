
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


// corpus/185_sparse_csr_conjugate_gradient.py:4
static wp::float32 csr_row_dot_0(
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_row)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::int32* var_18;
    wp::float32* var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:       <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 7>
    var_2 = wp::address(var_offsets, var_row);
    var_4 = wp::add(var_row, var_3);
    var_5 = wp::address(var_offsets, var_4);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::range(var_7, var_8);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
        // s += vals[k] * x[cols[k]]                                                          <L 8>
        var_10 = wp::address(var_vals, var_9);
        var_11 = wp::address(var_cols, var_9);
        var_13 = wp::load(var_11);
        var_12 = wp::address(var_x, var_13);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::address(var_vals, var_9);
        var_18 = wp::address(var_cols, var_9);
        var_20 = wp::load(var_18);
        var_19 = wp::address(var_x, var_20);
        var_22 = wp::load(var_17);
        var_23 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_23);
        var_24 = wp::add(var_1, var_21);
        wp::assign(var_1, var_24);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 9>
    return var_1;
}


// corpus/185_sparse_csr_conjugate_gradient.py:4
static void adj_csr_row_dot_0(
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_row,
    wp::array_t<wp::int32> & adj_offsets,
    wp::array_t<wp::int32> & adj_cols,
    wp::array_t<wp::float32> & adj_vals,
    wp::array_t<wp::float32> & adj_x,
    wp::int32 & adj_row,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::int32* var_18;
    wp::float32* var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:       <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 7>
    var_2 = wp::address(var_offsets, var_row);
    var_4 = wp::add(var_row, var_3);
    var_5 = wp::address(var_offsets, var_4);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::range(var_7, var_8);
    // return s                                                                               <L 9>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 9>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
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
        // s += vals[k] * x[cols[k]]                                                          <L 8>
        var_10 = wp::address(var_vals, var_9);
        var_11 = wp::address(var_cols, var_9);
        var_13 = wp::load(var_11);
        var_12 = wp::address(var_x, var_13);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::address(var_vals, var_9);
        var_18 = wp::address(var_cols, var_9);
        var_20 = wp::load(var_18);
        var_19 = wp::address(var_x, var_20);
        var_22 = wp::load(var_17);
        var_23 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_23);
        var_24 = wp::add(var_1, var_21);
        wp::assign(var_1, var_24);
        wp::adj_assign(var_1, var_24, adj_1, adj_24);
        wp::adj_add(var_1, var_21, adj_1, adj_21, adj_24);
        wp::adj_mul(var_22, var_23, adj_17, adj_19, adj_21);
        wp::adj_address(var_x, var_20, adj_x, adj_18, adj_19);
        wp::adj_address(var_cols, var_9, adj_cols, adj_9, adj_18);
        wp::adj_address(var_vals, var_9, adj_vals, adj_9, adj_17);
        wp::adj_mul(var_15, var_16, adj_10, adj_12, adj_14);
        wp::adj_address(var_x, var_13, adj_x, adj_11, adj_12);
        wp::adj_address(var_cols, var_9, adj_cols, adj_9, adj_11);
        wp::adj_address(var_vals, var_9, adj_vals, adj_9, adj_10);
        // adj: s += vals[k] * x[cols[k]]                                                     <L 8>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_7, var_8, adj_2, adj_5, adj_6);
    wp::adj_address(var_offsets, var_4, adj_offsets, adj_4, adj_5);
    wp::adj_add(var_row, var_3, adj_row, adj_3, adj_4);
    wp::adj_address(var_offsets, var_row, adj_offsets, adj_row, adj_2);
    // adj: for k in range(offsets[row], offsets[row + 1]):                                   <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 6>
    // adj: def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:  <L 5>
    return;
}

struct wp_args_spmv_111b14c9 {
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::int32> cols;
    wp::array_t<wp::float32> vals;
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


void spmv_111b14c9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spmv_111b14c9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
    // r = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // y[r] = csr_row_dot(offsets, cols, vals, x, r)                                          <L 15>
    var_1 = csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0);
    wp::array_store(var_y, var_0, var_1);
}



void spmv_111b14c9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spmv_111b14c9 *_wp_args,
    wp_args_spmv_111b14c9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::int32> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::int32> adj_cols = _wp_adj_args->cols;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
    // r = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // y[r] = csr_row_dot(offsets, cols, vals, x, r)                                          <L 15>
    var_1 = csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0);
    // wp::array_store(var_y, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_1, adj_y, adj_0, adj_1);
    adj_csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0, adj_offsets, adj_cols, adj_vals, adj_x, adj_0, adj_1);
    // adj: y[r] = csr_row_dot(offsets, cols, vals, x, r)                                     <L 15>
    // adj: r = wp.tid()                                                                      <L 14>
    // adj: def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 13>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void spmv_111b14c9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_spmv_111b14c9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spmv_111b14c9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void spmv_111b14c9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_spmv_111b14c9 *_wp_args,
    wp_args_spmv_111b14c9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spmv_111b14c9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dot_product_71f919c9 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> out;
    wp::int32 slot;
};


void dot_product_71f919c9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dot_product_71f919c9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_slot = _wp_args->slot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // wp.atomic_add(out, slot, a[i] * b[i])                                                  <L 21>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_5);
    var_6 = wp::atomic_add(var_out, var_slot, var_3);
}



void dot_product_71f919c9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_dot_product_71f919c9 *_wp_args,
    wp_args_dot_product_71f919c9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_slot = _wp_args->slot;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::int32 adj_slot = _wp_adj_args->slot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // wp.atomic_add(out, slot, a[i] * b[i])                                                  <L 21>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_5);
    // var_6 = wp::atomic_add(var_out, var_slot, var_3);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_slot, var_3, adj_out, adj_slot, adj_3, adj_6);
    wp::adj_mul(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: wp.atomic_add(out, slot, a[i] * b[i])                                             <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dot_product_71f919c9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_dot_product_71f919c9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dot_product_71f919c9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dot_product_71f919c9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_dot_product_71f919c9 *_wp_args,
    wp_args_dot_product_71f919c9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        dot_product_71f919c9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cg_update_x_r_f270c225 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> r;
    wp::array_t<wp::float32> p;
    wp::array_t<wp::float32> Ap;
    wp::array_t<wp::float32> scalars;
};


void cg_update_x_r_f270c225_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cg_update_x_r_f270c225 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_Ap = _wp_args->Ap;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // rr = scalars[0]                                                                        <L 27>
    var_2 = wp::address(var_scalars, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // pAp = scalars[1]                                                                       <L 28>
    var_6 = wp::address(var_scalars, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // alpha = float(0.0)                                                                     <L 29>
    var_10 = wp::float(var_9);
    // if pAp != 0.0:                                                                         <L 30>
    var_12 = (var_7 != var_11);
    if (var_12) {
        // alpha = rr / pAp                                                                   <L 31>
        var_13 = wp::div(var_3, var_7);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // x[i] = x[i] + alpha * p[i]                                                             <L 32>
    var_15 = wp::address(var_x, var_0);
    var_16 = wp::address(var_p, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::add(var_20, var_17);
    wp::array_store(var_x, var_0, var_19);
    // r[i] = r[i] - alpha * Ap[i]                                                            <L 33>
    var_21 = wp::address(var_r, var_0);
    var_22 = wp::address(var_Ap, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_14, var_24);
    var_26 = wp::load(var_21);
    var_25 = wp::sub(var_26, var_23);
    wp::array_store(var_r, var_0, var_25);
}



void cg_update_x_r_f270c225_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cg_update_x_r_f270c225 *_wp_args,
    wp_args_cg_update_x_r_f270c225 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_Ap = _wp_args->Ap;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_r = _wp_adj_args->r;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float32> adj_Ap = _wp_adj_args->Ap;
    wp::array_t<wp::float32> adj_scalars = _wp_adj_args->scalars;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // rr = scalars[0]                                                                        <L 27>
    var_2 = wp::address(var_scalars, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // pAp = scalars[1]                                                                       <L 28>
    var_6 = wp::address(var_scalars, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // alpha = float(0.0)                                                                     <L 29>
    var_10 = wp::float(var_9);
    // if pAp != 0.0:                                                                         <L 30>
    var_12 = (var_7 != var_11);
    if (var_12) {
        // alpha = rr / pAp                                                                   <L 31>
        var_13 = wp::div(var_3, var_7);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // x[i] = x[i] + alpha * p[i]                                                             <L 32>
    var_15 = wp::address(var_x, var_0);
    var_16 = wp::address(var_p, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::add(var_20, var_17);
    // wp::array_store(var_x, var_0, var_19);
    // r[i] = r[i] - alpha * Ap[i]                                                            <L 33>
    var_21 = wp::address(var_r, var_0);
    var_22 = wp::address(var_Ap, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_14, var_24);
    var_26 = wp::load(var_21);
    var_25 = wp::sub(var_26, var_23);
    // wp::array_store(var_r, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_r, var_0, var_25, adj_r, adj_0, adj_25);
    wp::adj_sub(var_26, var_23, adj_21, adj_23, adj_25);
    wp::adj_mul(var_14, var_24, adj_14, adj_22, adj_23);
    wp::adj_address(var_Ap, var_0, adj_Ap, adj_0, adj_22);
    wp::adj_address(var_r, var_0, adj_r, adj_0, adj_21);
    // adj: r[i] = r[i] - alpha * Ap[i]                                                       <L 33>
    wp::adj_array_store(var_x, var_0, var_19, adj_x, adj_0, adj_19);
    wp::adj_add(var_20, var_17, adj_15, adj_17, adj_19);
    wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_16);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_15);
    // adj: x[i] = x[i] + alpha * p[i]                                                        <L 32>
    wp::adj_where(var_12, var_13, var_10, adj_12, adj_13, adj_10, adj_14);
    if (var_12) {
        wp::adj_div(var_3, var_7, var_13, adj_3, adj_7, adj_13);
        // adj: alpha = rr / pAp                                                              <L 31>
    }
    // adj: if pAp != 0.0:                                                                    <L 30>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: alpha = float(0.0)                                                                <L 29>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_scalars, var_5, adj_scalars, adj_5, adj_6);
    // adj: pAp = scalars[1]                                                                  <L 28>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_scalars, var_1, adj_scalars, adj_1, adj_2);
    // adj: rr = scalars[0]                                                                   <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):  <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cg_update_x_r_f270c225_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cg_update_x_r_f270c225 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cg_update_x_r_f270c225_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cg_update_x_r_f270c225_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cg_update_x_r_f270c225 *_wp_args,
    wp_args_cg_update_x_r_f270c225 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cg_update_x_r_f270c225_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cg_update_p_d1c00561 {
    wp::array_t<wp::float32> r;
    wp::array_t<wp::float32> p;
    wp::array_t<wp::float32> scalars;
};


void cg_update_p_d1c00561_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cg_update_p_d1c00561 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 2;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // rr_old = scalars[0]                                                                    <L 39>
    var_2 = wp::address(var_scalars, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rr_new = scalars[2]                                                                    <L 40>
    var_6 = wp::address(var_scalars, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // beta = float(0.0)                                                                      <L 41>
    var_10 = wp::float(var_9);
    // if rr_old != 0.0:                                                                      <L 42>
    var_12 = (var_3 != var_11);
    if (var_12) {
        // beta = rr_new / rr_old                                                             <L 43>
        var_13 = wp::div(var_7, var_3);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // p[i] = r[i] + beta * p[i]                                                              <L 44>
    var_15 = wp::address(var_r, var_0);
    var_16 = wp::address(var_p, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::add(var_20, var_17);
    wp::array_store(var_p, var_0, var_19);
}



void cg_update_p_d1c00561_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cg_update_p_d1c00561 *_wp_args,
    wp_args_cg_update_p_d1c00561 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_p = _wp_args->p;
    wp::array_t<wp::float32> var_scalars = _wp_args->scalars;
    wp::array_t<wp::float32> adj_r = _wp_adj_args->r;
    wp::array_t<wp::float32> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float32> adj_scalars = _wp_adj_args->scalars;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 2;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // rr_old = scalars[0]                                                                    <L 39>
    var_2 = wp::address(var_scalars, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rr_new = scalars[2]                                                                    <L 40>
    var_6 = wp::address(var_scalars, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // beta = float(0.0)                                                                      <L 41>
    var_10 = wp::float(var_9);
    // if rr_old != 0.0:                                                                      <L 42>
    var_12 = (var_3 != var_11);
    if (var_12) {
        // beta = rr_new / rr_old                                                             <L 43>
        var_13 = wp::div(var_7, var_3);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // p[i] = r[i] + beta * p[i]                                                              <L 44>
    var_15 = wp::address(var_r, var_0);
    var_16 = wp::address(var_p, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_20 = wp::load(var_15);
    var_19 = wp::add(var_20, var_17);
    // wp::array_store(var_p, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_19, adj_p, adj_0, adj_19);
    wp::adj_add(var_20, var_17, adj_15, adj_17, adj_19);
    wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_16);
    wp::adj_address(var_r, var_0, adj_r, adj_0, adj_15);
    // adj: p[i] = r[i] + beta * p[i]                                                         <L 44>
    wp::adj_where(var_12, var_13, var_10, adj_12, adj_13, adj_10, adj_14);
    if (var_12) {
        wp::adj_div(var_7, var_3, var_13, adj_7, adj_3, adj_13);
        // adj: beta = rr_new / rr_old                                                        <L 43>
    }
    // adj: if rr_old != 0.0:                                                                 <L 42>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: beta = float(0.0)                                                                 <L 41>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_scalars, var_5, adj_scalars, adj_5, adj_6);
    // adj: rr_new = scalars[2]                                                               <L 40>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_scalars, var_1, adj_scalars, adj_1, adj_2);
    // adj: rr_old = scalars[0]                                                               <L 39>
    // adj: i = wp.tid()                                                                      <L 38>
    // adj: def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cg_update_p_d1c00561_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cg_update_p_d1c00561 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cg_update_p_d1c00561_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cg_update_p_d1c00561_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cg_update_p_d1c00561 *_wp_args,
    wp_args_cg_update_p_d1c00561 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cg_update_p_d1c00561_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_jacobi_precondition_5fae2cf2 {
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::int32> cols;
    wp::array_t<wp::float32> vals;
    wp::array_t<wp::float32> r;
    wp::array_t<wp::float32> z;
};


void jacobi_precondition_5fae2cf2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    bool var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 48>
    // row = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // diag = float(1.0)                                                                      <L 50>
    var_2 = wp::float(var_1);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 51>
    var_3 = wp::address(var_offsets, var_0);
    var_5 = wp::add(var_0, var_4);
    var_6 = wp::address(var_offsets, var_5);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_6);
    var_7 = wp::range(var_8, var_9);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_7);
        // if cols[k] == row:                                                                 <L 52>
        var_11 = wp::address(var_cols, var_10);
        var_13 = wp::load(var_11);
        var_12 = (var_13 == var_0);
        if (var_12) {
            // diag = vals[k]                                                                 <L 53>
            var_14 = wp::address(var_vals, var_10);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // break                                                                          <L 54>
            wp::assign(var_2, var_15);
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
    // z[row] = r[row] / diag                                                                 <L 55>
    var_17 = wp::address(var_r, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::div(var_19, var_2);
    wp::array_store(var_z, var_0, var_18);
}



void jacobi_precondition_5fae2cf2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_args,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_r = _wp_args->r;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    wp::array_t<wp::int32> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::int32> adj_cols = _wp_adj_args->cols;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::float32> adj_r = _wp_adj_args->r;
    wp::array_t<wp::float32> adj_z = _wp_adj_args->z;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    bool var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 48>
    // row = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // diag = float(1.0)                                                                      <L 50>
    var_2 = wp::float(var_1);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 51>
    var_3 = wp::address(var_offsets, var_0);
    var_5 = wp::add(var_0, var_4);
    var_6 = wp::address(var_offsets, var_5);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_6);
    var_7 = wp::range(var_8, var_9);
    // z[row] = r[row] / diag                                                                 <L 55>
    var_17 = wp::address(var_r, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::div(var_19, var_2);
    // wp::array_store(var_z, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_z, var_0, var_18, adj_z, adj_0, adj_18);
    wp::adj_div(var_19, var_2, var_18, adj_17, adj_2, adj_18);
    wp::adj_address(var_r, var_0, adj_r, adj_0, adj_17);
    // adj: z[row] = r[row] / diag                                                            <L 55>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_7);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
        // if cols[k] == row:                                                                 <L 52>
        var_11 = wp::address(var_cols, var_10);
        var_13 = wp::load(var_11);
        var_12 = (var_13 == var_0);
        if (var_12) {
            // diag = vals[k]                                                                 <L 53>
            var_14 = wp::address(var_vals, var_10);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // break                                                                          <L 54>
            wp::assign(var_2, var_15);
            goto end_for_0;
        }
        if (var_12) {
            wp::adj_assign(var_2, var_15, adj_2, adj_15);
            // adj: break                                                                     <L 54>
            wp::adj_copy(var_16, adj_14, adj_15);
            wp::adj_address(var_vals, var_10, adj_vals, adj_10, adj_14);
            // adj: diag = vals[k]                                                            <L 53>
        }
        wp::adj_address(var_cols, var_10, adj_cols, adj_10, adj_11);
        // adj: if cols[k] == row:                                                            <L 52>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_8, var_9, adj_3, adj_6, adj_7);
    wp::adj_address(var_offsets, var_5, adj_offsets, adj_5, adj_6);
    wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_3);
    // adj: for k in range(offsets[row], offsets[row + 1]):                                   <L 51>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: diag = float(1.0)                                                                 <L 50>
    // adj: row = wp.tid()                                                                    <L 49>
    // adj: def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):  <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void jacobi_precondition_5fae2cf2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        jacobi_precondition_5fae2cf2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void jacobi_precondition_5fae2cf2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_args,
    wp_args_jacobi_precondition_5fae2cf2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        jacobi_precondition_5fae2cf2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_laplacian_csr_9e9d33a6 {
    wp::int32 n;
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::int32> cols;
    wp::array_t<wp::float32> vals;
};


void laplacian_csr_9e9d33a6_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_laplacian_csr_9e9d33a6 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = -1.0;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::float32 var_31 = 2.0;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = -1.0;
    //---------
    // forward
    // def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):       <L 59>
    // row = wp.tid()                                                                         <L 60>
    var_0 = builtin_tid1d();
    // start = row * 3 - 1                                                                    <L 61>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::sub(var_2, var_3);
    // if row == 0:                                                                           <L 62>
    var_6 = (var_0 == var_5);
    if (var_6) {
        // start = 0                                                                          <L 63>
    }
    var_8 = wp::where(var_6, var_7, var_4);
    // offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                      <L 64>
    var_10 = wp::mul(var_0, var_9);
    var_12 = wp::add(var_10, var_11);
    var_14 = wp::mul(var_13, var_n);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::min(var_12, var_16);
    var_19 = wp::add(var_0, var_18);
    wp::array_store(var_offsets, var_19, var_17);
    // k = start                                                                              <L 65>
    var_20 = wp::copy(var_8);
    // if row > 0:                                                                            <L 66>
    var_22 = (var_0 > var_21);
    if (var_22) {
        // cols[k] = row - 1                                                                  <L 67>
        var_24 = wp::sub(var_0, var_23);
        wp::array_store(var_cols, var_20, var_24);
        // vals[k] = -1.0                                                                     <L 68>
        wp::array_store(var_vals, var_20, var_26);
        // k += 1                                                                             <L 69>
        var_29 = wp::add(var_20, var_28);
    }
    var_30 = wp::where(var_22, var_29, var_20);
    // cols[k] = row                                                                          <L 70>
    wp::array_store(var_cols, var_30, var_0);
    // vals[k] = 2.0                                                                          <L 71>
    wp::array_store(var_vals, var_30, var_31);
    // k += 1                                                                                 <L 72>
    var_34 = wp::add(var_30, var_33);
    // if row < n - 1:                                                                        <L 73>
    var_36 = wp::sub(var_n, var_35);
    var_37 = (var_0 < var_36);
    if (var_37) {
        // cols[k] = row + 1                                                                  <L 74>
        var_39 = wp::add(var_0, var_38);
        wp::array_store(var_cols, var_34, var_39);
        // vals[k] = -1.0                                                                     <L 75>
        wp::array_store(var_vals, var_34, var_41);
    }
}



void laplacian_csr_9e9d33a6_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_laplacian_csr_9e9d33a6 *_wp_args,
    wp_args_laplacian_csr_9e9d33a6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_cols = _wp_args->cols;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::int32> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::int32> adj_cols = _wp_adj_args->cols;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    const wp::int32 var_13 = 3;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = -1.0;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::float32 var_31 = 2.0;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = -1.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):       <L 59>
    // row = wp.tid()                                                                         <L 60>
    var_0 = builtin_tid1d();
    // start = row * 3 - 1                                                                    <L 61>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::sub(var_2, var_3);
    // if row == 0:                                                                           <L 62>
    var_6 = (var_0 == var_5);
    if (var_6) {
        // start = 0                                                                          <L 63>
    }
    var_8 = wp::where(var_6, var_7, var_4);
    // offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                      <L 64>
    var_10 = wp::mul(var_0, var_9);
    var_12 = wp::add(var_10, var_11);
    var_14 = wp::mul(var_13, var_n);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::min(var_12, var_16);
    var_19 = wp::add(var_0, var_18);
    // wp::array_store(var_offsets, var_19, var_17);
    // k = start                                                                              <L 65>
    var_20 = wp::copy(var_8);
    // if row > 0:                                                                            <L 66>
    var_22 = (var_0 > var_21);
    if (var_22) {
        // cols[k] = row - 1                                                                  <L 67>
        var_24 = wp::sub(var_0, var_23);
        // wp::array_store(var_cols, var_20, var_24);
        // vals[k] = -1.0                                                                     <L 68>
        // wp::array_store(var_vals, var_20, var_26);
        // k += 1                                                                             <L 69>
        var_29 = wp::add(var_20, var_28);
    }
    var_30 = wp::where(var_22, var_29, var_20);
    // cols[k] = row                                                                          <L 70>
    // wp::array_store(var_cols, var_30, var_0);
    // vals[k] = 2.0                                                                          <L 71>
    // wp::array_store(var_vals, var_30, var_31);
    // k += 1                                                                                 <L 72>
    var_34 = wp::add(var_30, var_33);
    // if row < n - 1:                                                                        <L 73>
    var_36 = wp::sub(var_n, var_35);
    var_37 = (var_0 < var_36);
    if (var_37) {
        // cols[k] = row + 1                                                                  <L 74>
        var_39 = wp::add(var_0, var_38);
        // wp::array_store(var_cols, var_34, var_39);
        // vals[k] = -1.0                                                                     <L 75>
        // wp::array_store(var_vals, var_34, var_41);
    }
    //---------
    // reverse
    if (var_37) {
        wp::adj_array_store(var_vals, var_34, var_41, adj_vals, adj_34, adj_41);
        // adj: vals[k] = -1.0                                                                <L 75>
        wp::adj_array_store(var_cols, var_34, var_39, adj_cols, adj_34, adj_39);
        wp::adj_add(var_0, var_38, adj_0, adj_38, adj_39);
        // adj: cols[k] = row + 1                                                             <L 74>
    }
    wp::adj_sub(var_n, var_35, adj_n, adj_35, adj_36);
    // adj: if row < n - 1:                                                                   <L 73>
    wp::adj_add(var_30, var_33, adj_30, adj_33, adj_34);
    // adj: k += 1                                                                            <L 72>
    wp::adj_array_store(var_vals, var_30, var_31, adj_vals, adj_30, adj_31);
    // adj: vals[k] = 2.0                                                                     <L 71>
    wp::adj_array_store(var_cols, var_30, var_0, adj_cols, adj_30, adj_0);
    // adj: cols[k] = row                                                                     <L 70>
    wp::adj_where(var_22, var_29, var_20, adj_22, adj_29, adj_20, adj_30);
    if (var_22) {
        wp::adj_add(var_20, var_28, adj_20, adj_28, adj_29);
        // adj: k += 1                                                                        <L 69>
        wp::adj_array_store(var_vals, var_20, var_26, adj_vals, adj_20, adj_26);
        // adj: vals[k] = -1.0                                                                <L 68>
        wp::adj_array_store(var_cols, var_20, var_24, adj_cols, adj_20, adj_24);
        wp::adj_sub(var_0, var_23, adj_0, adj_23, adj_24);
        // adj: cols[k] = row - 1                                                             <L 67>
    }
    // adj: if row > 0:                                                                       <L 66>
    wp::adj_copy(var_8, adj_8, adj_20);
    // adj: k = start                                                                         <L 65>
    wp::adj_array_store(var_offsets, var_19, var_17, adj_offsets, adj_19, adj_17);
    wp::adj_add(var_0, var_18, adj_0, adj_18, adj_19);
    wp::adj_min(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_mul(var_13, var_n, adj_13, adj_n, adj_14);
    wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
    // adj: offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                 <L 64>
    wp::adj_where(var_6, var_7, var_4, adj_6, adj_7, adj_4, adj_8);
    if (var_6) {
        // adj: start = 0                                                                     <L 63>
    }
    // adj: if row == 0:                                                                      <L 62>
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: start = row * 3 - 1                                                               <L 61>
    // adj: row = wp.tid()                                                                    <L 60>
    // adj: def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void laplacian_csr_9e9d33a6_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_laplacian_csr_9e9d33a6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        laplacian_csr_9e9d33a6_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void laplacian_csr_9e9d33a6_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_laplacian_csr_9e9d33a6 *_wp_args,
    wp_args_laplacian_csr_9e9d33a6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        laplacian_csr_9e9d33a6_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

