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


// corpus/015_bool_masks.py:4
static bool inside_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    bool var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    bool var_25;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    bool var_30;
    //---------
    // forward
    // def inside_box(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> bool:                          <L 5>
    // return p[0] >= lo[0] and p[0] <= hi[0] and p[1] >= lo[1] and p[1] <= hi[1] and p[2] >= lo[2] and p[2] <= hi[2]       <L 6>
    var_2 = wp::extract(var_p, var_1);
    var_4 = wp::extract(var_lo, var_3);
    var_5 = (var_2 >= var_4);
    var_0 = var_5;
    if (var_0) {
        var_7 = wp::extract(var_p, var_6);
        var_9 = wp::extract(var_hi, var_8);
        var_10 = (var_7 <= var_9);
        var_0 = var_0 && var_10;
    }
    if (var_0) {
        var_12 = wp::extract(var_p, var_11);
        var_14 = wp::extract(var_lo, var_13);
        var_15 = (var_12 >= var_14);
        var_0 = var_0 && var_15;
    }
    if (var_0) {
        var_17 = wp::extract(var_p, var_16);
        var_19 = wp::extract(var_hi, var_18);
        var_20 = (var_17 <= var_19);
        var_0 = var_0 && var_20;
    }
    if (var_0) {
        var_22 = wp::extract(var_p, var_21);
        var_24 = wp::extract(var_lo, var_23);
        var_25 = (var_22 >= var_24);
        var_0 = var_0 && var_25;
    }
    if (var_0) {
        var_27 = wp::extract(var_p, var_26);
        var_29 = wp::extract(var_hi, var_28);
        var_30 = (var_27 <= var_29);
        var_0 = var_0 && var_30;
    }
    return var_0;
}


// corpus/015_bool_masks.py:9
static bool any3_0(
    bool var_a,
    bool var_b,
    bool var_c)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // forward
    // def any3(a: bool, b: bool, c: bool) -> bool:                                           <L 10>
    // return a or b or c                                                                     <L 11>
    var_0 = var_a;
    if (!var_0) {
        var_0 = var_0 || var_b;
    }
    if (!var_0) {
        var_0 = var_0 || var_c;
    }
    return var_0;
}


// corpus/015_bool_masks.py:4
static void adj_inside_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_lo,
    wp::vec_t<3, wp::float32> & adj_hi,
    bool & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    bool var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    bool var_25;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    bool var_30;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    //---------
    // forward
    // def inside_box(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> bool:                          <L 5>
    // return p[0] >= lo[0] and p[0] <= hi[0] and p[1] >= lo[1] and p[1] <= hi[1] and p[2] >= lo[2] and p[2] <= hi[2]       <L 6>
    var_2 = wp::extract(var_p, var_1);
    var_4 = wp::extract(var_lo, var_3);
    var_5 = (var_2 >= var_4);
    var_0 = var_5;
    if (var_0) {
        var_7 = wp::extract(var_p, var_6);
        var_9 = wp::extract(var_hi, var_8);
        var_10 = (var_7 <= var_9);
        var_0 = var_0 && var_10;
    }
    if (var_0) {
        var_12 = wp::extract(var_p, var_11);
        var_14 = wp::extract(var_lo, var_13);
        var_15 = (var_12 >= var_14);
        var_0 = var_0 && var_15;
    }
    if (var_0) {
        var_17 = wp::extract(var_p, var_16);
        var_19 = wp::extract(var_hi, var_18);
        var_20 = (var_17 <= var_19);
        var_0 = var_0 && var_20;
    }
    if (var_0) {
        var_22 = wp::extract(var_p, var_21);
        var_24 = wp::extract(var_lo, var_23);
        var_25 = (var_22 >= var_24);
        var_0 = var_0 && var_25;
    }
    if (var_0) {
        var_27 = wp::extract(var_p, var_26);
        var_29 = wp::extract(var_hi, var_28);
        var_30 = (var_27 <= var_29);
        var_0 = var_0 && var_30;
    }
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    if (var_0) {
        wp::adj_extract(var_hi, var_28, adj_hi, adj_28, adj_29);
        wp::adj_extract(var_p, var_26, adj_p, adj_26, adj_27);
    }
    if (var_0) {
        wp::adj_extract(var_lo, var_23, adj_lo, adj_23, adj_24);
        wp::adj_extract(var_p, var_21, adj_p, adj_21, adj_22);
    }
    if (var_0) {
        wp::adj_extract(var_hi, var_18, adj_hi, adj_18, adj_19);
        wp::adj_extract(var_p, var_16, adj_p, adj_16, adj_17);
    }
    if (var_0) {
        wp::adj_extract(var_lo, var_13, adj_lo, adj_13, adj_14);
        wp::adj_extract(var_p, var_11, adj_p, adj_11, adj_12);
    }
    if (var_0) {
        wp::adj_extract(var_hi, var_8, adj_hi, adj_8, adj_9);
        wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    }
    wp::adj_extract(var_lo, var_3, adj_lo, adj_3, adj_4);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: return p[0] >= lo[0] and p[0] <= hi[0] and p[1] >= lo[1] and p[1] <= hi[1] and p[2] >= lo[2] and p[2] <= hi[2]  <L 6>
    // adj: def inside_box(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> bool:                     <L 5>
    return;
}


// corpus/015_bool_masks.py:9
static void adj_any3_0(
    bool var_a,
    bool var_b,
    bool var_c,
    bool & adj_a,
    bool & adj_b,
    bool & adj_c,
    bool & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // dual vars
    bool adj_0 = {};
    //---------
    // forward
    // def any3(a: bool, b: bool, c: bool) -> bool:                                           <L 10>
    // return a or b or c                                                                     <L 11>
    var_0 = var_a;
    if (!var_0) {
        var_0 = var_0 || var_b;
    }
    if (!var_0) {
        var_0 = var_0 || var_c;
    }
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    if (!var_0) {
    }
    if (!var_0) {
    }
    // adj: return a or b or c                                                                <L 11>
    // adj: def any3(a: bool, b: bool, c: bool) -> bool:                                      <L 10>
    return;
}

struct wp_args_select_in_box_722b37f2 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::array_t<bool> mask;
    wp::array_t<wp::int32> count;
};


void select_in_box_722b37f2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_select_in_box_722b37f2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    //---------
    // forward
    // def select_in_box(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, mask: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // m = inside_box(points[i], lo, hi)                                                      <L 17>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = inside_box_0(var_3, var_lo, var_hi);
    // mask[i] = m                                                                            <L 18>
    wp::array_store(var_mask, var_0, var_2);
    // if m:                                                                                  <L 19>
    if (var_2) {
        // wp.atomic_add(count, 0, 1)                                                         <L 20>
        var_6 = wp::atomic_add(var_count, var_4, var_5);
    }
}



void select_in_box_722b37f2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_select_in_box_722b37f2 *_wp_args,
    wp_args_select_in_box_722b37f2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    wp::array_t<bool> adj_mask = _wp_adj_args->mask;
    wp::array_t<wp::int32> adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def select_in_box(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, mask: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // m = inside_box(points[i], lo, hi)                                                      <L 17>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = inside_box_0(var_3, var_lo, var_hi);
    // mask[i] = m                                                                            <L 18>
    // wp::array_store(var_mask, var_0, var_2);
    // if m:                                                                                  <L 19>
    if (var_2) {
        // wp.atomic_add(count, 0, 1)                                                         <L 20>
        // var_6 = wp::atomic_add(var_count, var_4, var_5);
    }
    //---------
    // reverse
    if (var_2) {
        wp::adj_atomic_add(var_count, var_4, var_5, adj_count, adj_4, adj_5, adj_6);
        // adj: wp.atomic_add(count, 0, 1)                                                    <L 20>
    }
    // adj: if m:                                                                             <L 19>
    wp::adj_array_store(var_mask, var_0, var_2, adj_mask, adj_0, adj_2);
    // adj: mask[i] = m                                                                       <L 18>
    adj_inside_box_0(var_3, var_lo, var_hi, adj_1, adj_lo, adj_hi, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: m = inside_box(points[i], lo, hi)                                                 <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def select_in_box(points: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3, mask: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void select_in_box_722b37f2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_select_in_box_722b37f2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        select_in_box_722b37f2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void select_in_box_722b37f2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_select_in_box_722b37f2 *_wp_args,
    wp_args_select_in_box_722b37f2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        select_in_box_722b37f2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_combine_masks_b381a4da {
    wp::array_t<bool> a;
    wp::array_t<bool> b;
    wp::int32 op;
    wp::array_t<bool> out;
};


void combine_masks_b381a4da_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_masks_b381a4da *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_a = _wp_args->a;
    wp::array_t<bool> var_b = _wp_args->b;
    wp::int32 var_op = _wp_args->op;
    wp::array_t<bool> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    bool* var_4;
    bool var_5;
    bool var_6;
    const bool var_7 = false;
    const wp::int32 var_8 = 0;
    bool var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    bool var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    //---------
    // forward
    // def combine_masks(a: wp.array(dtype=wp.bool), b: wp.array(dtype=wp.bool), op: int, out: wp.array(dtype=wp.bool)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 26>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 27>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = False                                                                              <L 28>
    // if op == 0:                                                                            <L 29>
    var_9 = (var_op == var_8);
    if (var_9) {
        // r = x and y                                                                        <L 30>
        var_10 = var_2;
        if (var_10) {
            var_10 = var_10 && var_5;
        }
    }
    if (!var_9) {
        // elif op == 1:                                                                      <L 31>
        var_12 = (var_op == var_11);
        if (var_12) {
            // r = x or y                                                                     <L 32>
            var_13 = var_2;
            if (!var_13) {
                var_13 = var_13 || var_5;
            }
        }
        if (!var_12) {
            // elif op == 2:                                                                  <L 33>
            var_15 = (var_op == var_14);
            if (var_15) {
                // r = x != y                                                                 <L 34>
                var_16 = (var_2 != var_5);
            }
            if (!var_15) {
                // r = not x                                                                  <L 36>
                var_17 = wp::unot(var_2);
            }
            var_18 = wp::where(var_15, var_16, var_17);
        }
        var_19 = wp::where(var_12, var_13, var_18);
    }
    var_20 = wp::where(var_9, var_10, var_19);
    // out[i] = r                                                                             <L 37>
    wp::array_store(var_out, var_0, var_20);
}



void combine_masks_b381a4da_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_masks_b381a4da *_wp_args,
    wp_args_combine_masks_b381a4da *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_a = _wp_args->a;
    wp::array_t<bool> var_b = _wp_args->b;
    wp::int32 var_op = _wp_args->op;
    wp::array_t<bool> var_out = _wp_args->out;
    wp::array_t<bool> adj_a = _wp_adj_args->a;
    wp::array_t<bool> adj_b = _wp_adj_args->b;
    wp::int32 adj_op = _wp_adj_args->op;
    wp::array_t<bool> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    bool* var_4;
    bool var_5;
    bool var_6;
    const bool var_7 = false;
    const wp::int32 var_8 = 0;
    bool var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 2;
    bool var_15;
    bool var_16;
    bool var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    //---------
    // forward
    // def combine_masks(a: wp.array(dtype=wp.bool), b: wp.array(dtype=wp.bool), op: int, out: wp.array(dtype=wp.bool)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 26>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 27>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = False                                                                              <L 28>
    // if op == 0:                                                                            <L 29>
    var_9 = (var_op == var_8);
    if (var_9) {
        // r = x and y                                                                        <L 30>
        var_10 = var_2;
        if (var_10) {
            var_10 = var_10 && var_5;
        }
    }
    if (!var_9) {
        // elif op == 1:                                                                      <L 31>
        var_12 = (var_op == var_11);
        if (var_12) {
            // r = x or y                                                                     <L 32>
            var_13 = var_2;
            if (!var_13) {
                var_13 = var_13 || var_5;
            }
        }
        if (!var_12) {
            // elif op == 2:                                                                  <L 33>
            var_15 = (var_op == var_14);
            if (var_15) {
                // r = x != y                                                                 <L 34>
                var_16 = (var_2 != var_5);
            }
            if (!var_15) {
                // r = not x                                                                  <L 36>
                var_17 = wp::unot(var_2);
            }
            var_18 = wp::where(var_15, var_16, var_17);
        }
        var_19 = wp::where(var_12, var_13, var_18);
    }
    var_20 = wp::where(var_9, var_10, var_19);
    // out[i] = r                                                                             <L 37>
    // wp::array_store(var_out, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
    // adj: out[i] = r                                                                        <L 37>
    wp::adj_where(var_9, var_10, var_19, adj_9, adj_10, adj_19, adj_20);
    if (!var_9) {
        wp::adj_where(var_12, var_13, var_18, adj_12, adj_13, adj_18, adj_19);
        if (!var_12) {
            wp::adj_where(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
            if (!var_15) {
                // adj: r = not x                                                             <L 36>
            }
            if (var_15) {
                // adj: r = x != y                                                            <L 34>
            }
            // adj: elif op == 2:                                                             <L 33>
        }
        if (var_12) {
            if (!var_13) {
            }
            // adj: r = x or y                                                                <L 32>
        }
        // adj: elif op == 1:                                                                 <L 31>
    }
    if (var_9) {
        if (var_10) {
        }
        // adj: r = x and y                                                                   <L 30>
    }
    // adj: if op == 0:                                                                       <L 29>
    // adj: r = False                                                                         <L 28>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def combine_masks(a: wp.array(dtype=wp.bool), b: wp.array(dtype=wp.bool), op: int, out: wp.array(dtype=wp.bool)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void combine_masks_b381a4da_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_masks_b381a4da *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        combine_masks_b381a4da_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void combine_masks_b381a4da_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_masks_b381a4da *_wp_args,
    wp_args_combine_masks_b381a4da *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        combine_masks_b381a4da_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dilate_mask_c89715c2 {
    wp::array_t<bool> src;
    wp::array_t<bool> dst;
};


void dilate_mask_c89715c2_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_dilate_mask_c89715c2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_src = _wp_args->src;
    wp::array_t<bool> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool* var_10;
    bool var_11;
    bool var_12;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool* var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    bool* var_27;
    bool var_28;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    bool* var_34;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool* var_42;
    bool var_43;
    bool var_44;
    bool var_45;
    bool var_46;
    //---------
    // forward
    // def dilate_mask(src: wp.array2d(dtype=wp.bool), dst: wp.array2d(dtype=wp.bool)):       <L 41>
    // i, j = wp.tid()                                                                        <L 42>
    builtin_tid2d(var_0, var_1);
    // rows = src.shape[0]                                                                    <L 43>
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = src.shape[1]                                                                    <L 44>
    var_6 = &(var_src.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // hit = src[i, j]                                                                        <L 45>
    var_10 = wp::address(var_src, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if not hit:                                                                            <L 46>
    var_13 = wp::unot(var_11);
    if (var_13) {
        // up = i > 0 and src[i - 1, j]                                                       <L 47>
        var_16 = (var_0 > var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = wp::sub(var_0, var_17);
            var_19 = wp::address(var_src, var_18, var_1);
            var_20 = wp::load(var_19);
            var_14 = var_14 && var_20;
        }
        // down = i < rows - 1 and src[i + 1, j]                                              <L 48>
        var_23 = wp::sub(var_4, var_22);
        var_24 = (var_0 < var_23);
        var_21 = var_24;
        if (var_21) {
            var_26 = wp::add(var_0, var_25);
            var_27 = wp::address(var_src, var_26, var_1);
            var_28 = wp::load(var_27);
            var_21 = var_21 && var_28;
        }
        // left = j > 0 and src[i, j - 1]                                                     <L 49>
        var_31 = (var_1 > var_30);
        var_29 = var_31;
        if (var_29) {
            var_33 = wp::sub(var_1, var_32);
            var_34 = wp::address(var_src, var_0, var_33);
            var_35 = wp::load(var_34);
            var_29 = var_29 && var_35;
        }
        // right = j < cols - 1 and src[i, j + 1]                                             <L 50>
        var_38 = wp::sub(var_8, var_37);
        var_39 = (var_1 < var_38);
        var_36 = var_39;
        if (var_36) {
            var_41 = wp::add(var_1, var_40);
            var_42 = wp::address(var_src, var_0, var_41);
            var_43 = wp::load(var_42);
            var_36 = var_36 && var_43;
        }
        // hit = any3(up, down, left) or right                                                <L 51>
        var_45 = any3_0(var_14, var_21, var_29);
        var_44 = var_45;
        if (!var_44) {
            var_44 = var_44 || var_36;
        }
    }
    var_46 = wp::where(var_13, var_44, var_11);
    // dst[i, j] = hit                                                                        <L 52>
    wp::array_store(var_dst, var_0, var_1, var_46);
}



void dilate_mask_c89715c2_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_dilate_mask_c89715c2 *_wp_args,
    wp_args_dilate_mask_c89715c2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_src = _wp_args->src;
    wp::array_t<bool> var_dst = _wp_args->dst;
    wp::array_t<bool> adj_src = _wp_adj_args->src;
    wp::array_t<bool> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool* var_10;
    bool var_11;
    bool var_12;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    bool* var_19;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    bool* var_27;
    bool var_28;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    bool* var_34;
    bool var_35;
    bool var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool* var_42;
    bool var_43;
    bool var_44;
    bool var_45;
    bool var_46;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    bool adj_46 = {};
    //---------
    // forward
    // def dilate_mask(src: wp.array2d(dtype=wp.bool), dst: wp.array2d(dtype=wp.bool)):       <L 41>
    // i, j = wp.tid()                                                                        <L 42>
    builtin_tid2d(var_0, var_1);
    // rows = src.shape[0]                                                                    <L 43>
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = src.shape[1]                                                                    <L 44>
    var_6 = &(var_src.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // hit = src[i, j]                                                                        <L 45>
    var_10 = wp::address(var_src, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if not hit:                                                                            <L 46>
    var_13 = wp::unot(var_11);
    if (var_13) {
        // up = i > 0 and src[i - 1, j]                                                       <L 47>
        var_16 = (var_0 > var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = wp::sub(var_0, var_17);
            var_19 = wp::address(var_src, var_18, var_1);
            var_20 = wp::load(var_19);
            var_14 = var_14 && var_20;
        }
        // down = i < rows - 1 and src[i + 1, j]                                              <L 48>
        var_23 = wp::sub(var_4, var_22);
        var_24 = (var_0 < var_23);
        var_21 = var_24;
        if (var_21) {
            var_26 = wp::add(var_0, var_25);
            var_27 = wp::address(var_src, var_26, var_1);
            var_28 = wp::load(var_27);
            var_21 = var_21 && var_28;
        }
        // left = j > 0 and src[i, j - 1]                                                     <L 49>
        var_31 = (var_1 > var_30);
        var_29 = var_31;
        if (var_29) {
            var_33 = wp::sub(var_1, var_32);
            var_34 = wp::address(var_src, var_0, var_33);
            var_35 = wp::load(var_34);
            var_29 = var_29 && var_35;
        }
        // right = j < cols - 1 and src[i, j + 1]                                             <L 50>
        var_38 = wp::sub(var_8, var_37);
        var_39 = (var_1 < var_38);
        var_36 = var_39;
        if (var_36) {
            var_41 = wp::add(var_1, var_40);
            var_42 = wp::address(var_src, var_0, var_41);
            var_43 = wp::load(var_42);
            var_36 = var_36 && var_43;
        }
        // hit = any3(up, down, left) or right                                                <L 51>
        var_45 = any3_0(var_14, var_21, var_29);
        var_44 = var_45;
        if (!var_44) {
            var_44 = var_44 || var_36;
        }
    }
    var_46 = wp::where(var_13, var_44, var_11);
    // dst[i, j] = hit                                                                        <L 52>
    // wp::array_store(var_dst, var_0, var_1, var_46);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_46, adj_dst, adj_0, adj_1, adj_46);
    // adj: dst[i, j] = hit                                                                   <L 52>
    wp::adj_where(var_13, var_44, var_11, adj_13, adj_44, adj_11, adj_46);
    if (var_13) {
        if (!var_44) {
        }
        adj_any3_0(var_14, var_21, var_29, adj_14, adj_21, adj_29, adj_45);
        // adj: hit = any3(up, down, left) or right                                           <L 51>
        if (var_36) {
            wp::adj_address(var_src, var_0, var_41, adj_src, adj_0, adj_41, adj_42);
            wp::adj_add(var_1, var_40, adj_1, adj_40, adj_41);
        }
        wp::adj_sub(var_8, var_37, adj_8, adj_37, adj_38);
        // adj: right = j < cols - 1 and src[i, j + 1]                                        <L 50>
        if (var_29) {
            wp::adj_address(var_src, var_0, var_33, adj_src, adj_0, adj_33, adj_34);
            wp::adj_sub(var_1, var_32, adj_1, adj_32, adj_33);
        }
        // adj: left = j > 0 and src[i, j - 1]                                                <L 49>
        if (var_21) {
            wp::adj_address(var_src, var_26, var_1, adj_src, adj_26, adj_1, adj_27);
            wp::adj_add(var_0, var_25, adj_0, adj_25, adj_26);
        }
        wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
        // adj: down = i < rows - 1 and src[i + 1, j]                                         <L 48>
        if (var_14) {
            wp::adj_address(var_src, var_18, var_1, adj_src, adj_18, adj_1, adj_19);
            wp::adj_sub(var_0, var_17, adj_0, adj_17, adj_18);
        }
        // adj: up = i > 0 and src[i - 1, j]                                                  <L 47>
    }
    // adj: if not hit:                                                                       <L 46>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_10);
    // adj: hit = src[i, j]                                                                   <L 45>
    adj_src.shape = adj_6;
    // adj: cols = src.shape[1]                                                               <L 44>
    adj_src.shape = adj_2;
    // adj: rows = src.shape[0]                                                               <L 43>
    // adj: i, j = wp.tid()                                                                   <L 42>
    // adj: def dilate_mask(src: wp.array2d(dtype=wp.bool), dst: wp.array2d(dtype=wp.bool)):  <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dilate_mask_c89715c2_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_dilate_mask_c89715c2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dilate_mask_c89715c2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dilate_mask_c89715c2_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_dilate_mask_c89715c2 *_wp_args,
    wp_args_dilate_mask_c89715c2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dilate_mask_c89715c2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_masked_average_5b3fcaad {
    wp::array_t<wp::float32> values;
    wp::array_t<bool> mask;
    bool invert;
    wp::array_t<wp::float32> sums;
};


void masked_average_5b3fcaad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_masked_average_5b3fcaad *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_mask = _wp_args->mask;
    bool var_invert = _wp_args->invert;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    //---------
    // forward
    // def masked_average(values: wp.array(dtype=float), mask: wp.array(dtype=wp.bool), invert: bool, sums: wp.array(dtype=float)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // m = mask[i]                                                                            <L 58>
    var_1 = wp::address(var_mask, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if invert:                                                                             <L 59>
    if (var_invert) {
        // m = not m                                                                          <L 60>
        var_4 = wp::unot(var_2);
    }
    var_5 = wp::where(var_invert, var_4, var_2);
    // if m:                                                                                  <L 61>
    if (var_5) {
        // wp.atomic_add(sums, 0, values[i])                                                  <L 62>
        var_7 = wp::address(var_values, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::atomic_add(var_sums, var_6, var_9);
        // wp.atomic_add(sums, 1, 1.0)                                                        <L 63>
        var_12 = wp::atomic_add(var_sums, var_10, var_11);
    }
}



void masked_average_5b3fcaad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_masked_average_5b3fcaad *_wp_args,
    wp_args_masked_average_5b3fcaad *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<bool> var_mask = _wp_args->mask;
    bool var_invert = _wp_args->invert;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<bool> adj_mask = _wp_adj_args->mask;
    bool adj_invert = _wp_adj_args->invert;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def masked_average(values: wp.array(dtype=float), mask: wp.array(dtype=wp.bool), invert: bool, sums: wp.array(dtype=float)):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // m = mask[i]                                                                            <L 58>
    var_1 = wp::address(var_mask, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if invert:                                                                             <L 59>
    if (var_invert) {
        // m = not m                                                                          <L 60>
        var_4 = wp::unot(var_2);
    }
    var_5 = wp::where(var_invert, var_4, var_2);
    // if m:                                                                                  <L 61>
    if (var_5) {
        // wp.atomic_add(sums, 0, values[i])                                                  <L 62>
        var_7 = wp::address(var_values, var_0);
        var_9 = wp::load(var_7);
        // var_8 = wp::atomic_add(var_sums, var_6, var_9);
        // wp.atomic_add(sums, 1, 1.0)                                                        <L 63>
        // var_12 = wp::atomic_add(var_sums, var_10, var_11);
    }
    //---------
    // reverse
    if (var_5) {
        wp::adj_atomic_add(var_sums, var_10, var_11, adj_sums, adj_10, adj_11, adj_12);
        // adj: wp.atomic_add(sums, 1, 1.0)                                                   <L 63>
        wp::adj_atomic_add(var_sums, var_6, var_9, adj_sums, adj_6, adj_7, adj_8);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_7);
        // adj: wp.atomic_add(sums, 0, values[i])                                             <L 62>
    }
    // adj: if m:                                                                             <L 61>
    wp::adj_where(var_invert, var_4, var_2, adj_invert, adj_4, adj_2, adj_5);
    if (var_invert) {
        // adj: m = not m                                                                     <L 60>
    }
    // adj: if invert:                                                                        <L 59>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mask, var_0, adj_mask, adj_0, adj_1);
    // adj: m = mask[i]                                                                       <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def masked_average(values: wp.array(dtype=float), mask: wp.array(dtype=wp.bool), invert: bool, sums: wp.array(dtype=float)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void masked_average_5b3fcaad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_masked_average_5b3fcaad *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        masked_average_5b3fcaad_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void masked_average_5b3fcaad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_masked_average_5b3fcaad *_wp_args,
    wp_args_masked_average_5b3fcaad *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        masked_average_5b3fcaad_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_flag_outliers_b4b3722d {
    wp::array_t<wp::float32> values;
    wp::float32 mean;
    wp::float32 std;
    wp::float32 k;
    wp::array_t<bool> flags;
    wp::array_t<wp::int32> n_out;
};


void flag_outliers_b4b3722d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_outliers_b4b3722d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_mean = _wp_args->mean;
    wp::float32 var_std = _wp_args->std;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<bool> var_flags = _wp_args->flags;
    wp::array_t<wp::int32> var_n_out = _wp_args->n_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32* var_8;
    bool var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    bool var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    //---------
    // forward
    // def flag_outliers(values: wp.array(dtype=float), mean: float, std: float, k: float, flags: wp.array(dtype=wp.bool), n_out: wp.array(dtype=int)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // z = (values[i] - mean) / std                                                           <L 69>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_mean);
    var_4 = wp::div(var_2, var_std);
    // bad = wp.abs(z) > k or wp.isnan(values[i]) or wp.isinf(values[i])                      <L 70>
    var_6 = wp::abs(var_4);
    var_7 = (var_6 > var_k);
    var_5 = var_7;
    if (!var_5) {
        var_8 = wp::address(var_values, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::isnan(var_10);
        var_5 = var_5 || var_9;
    }
    if (!var_5) {
        var_11 = wp::address(var_values, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::isinf(var_13);
        var_5 = var_5 || var_12;
    }
    // flags[i] = bad                                                                         <L 71>
    wp::array_store(var_flags, var_0, var_5);
    // if bad:                                                                                <L 72>
    if (var_5) {
        // n_out[0] += 1                                                                      <L 73>
        var_16 = wp::atomic_add(var_n_out, var_15, var_14);
    }
}



void flag_outliers_b4b3722d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_outliers_b4b3722d *_wp_args,
    wp_args_flag_outliers_b4b3722d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_mean = _wp_args->mean;
    wp::float32 var_std = _wp_args->std;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<bool> var_flags = _wp_args->flags;
    wp::array_t<wp::int32> var_n_out = _wp_args->n_out;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_mean = _wp_adj_args->mean;
    wp::float32 adj_std = _wp_adj_args->std;
    wp::float32 adj_k = _wp_adj_args->k;
    wp::array_t<bool> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::int32> adj_n_out = _wp_adj_args->n_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32* var_8;
    bool var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    bool var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def flag_outliers(values: wp.array(dtype=float), mean: float, std: float, k: float, flags: wp.array(dtype=wp.bool), n_out: wp.array(dtype=int)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // z = (values[i] - mean) / std                                                           <L 69>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_mean);
    var_4 = wp::div(var_2, var_std);
    // bad = wp.abs(z) > k or wp.isnan(values[i]) or wp.isinf(values[i])                      <L 70>
    var_6 = wp::abs(var_4);
    var_7 = (var_6 > var_k);
    var_5 = var_7;
    if (!var_5) {
        var_8 = wp::address(var_values, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::isnan(var_10);
        var_5 = var_5 || var_9;
    }
    if (!var_5) {
        var_11 = wp::address(var_values, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::isinf(var_13);
        var_5 = var_5 || var_12;
    }
    // flags[i] = bad                                                                         <L 71>
    // wp::array_store(var_flags, var_0, var_5);
    // if bad:                                                                                <L 72>
    if (var_5) {
        // n_out[0] += 1                                                                      <L 73>
        // var_16 = wp::atomic_add(var_n_out, var_15, var_14);
    }
    //---------
    // reverse
    if (var_5) {
        wp::adj_atomic_add(var_n_out, var_15, var_14, adj_n_out, adj_15, adj_14, adj_16);
        // adj: n_out[0] += 1                                                                 <L 73>
    }
    // adj: if bad:                                                                           <L 72>
    wp::adj_array_store(var_flags, var_0, var_5, adj_flags, adj_0, adj_5);
    // adj: flags[i] = bad                                                                    <L 71>
    if (!var_5) {
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_11);
    }
    if (!var_5) {
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_8);
    }
    wp::adj_abs(var_4, adj_4, adj_6);
    // adj: bad = wp.abs(z) > k or wp.isnan(values[i]) or wp.isinf(values[i])                 <L 70>
    wp::adj_div(var_2, var_std, var_4, adj_2, adj_std, adj_4);
    wp::adj_sub(var_3, var_mean, adj_1, adj_mean, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: z = (values[i] - mean) / std                                                      <L 69>
    // adj: i = wp.tid()                                                                      <L 68>
    // adj: def flag_outliers(values: wp.array(dtype=float), mean: float, std: float, k: float, flags: wp.array(dtype=wp.bool), n_out: wp.array(dtype=int)):  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void flag_outliers_b4b3722d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_outliers_b4b3722d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_outliers_b4b3722d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void flag_outliers_b4b3722d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_outliers_b4b3722d *_wp_args,
    wp_args_flag_outliers_b4b3722d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_outliers_b4b3722d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

