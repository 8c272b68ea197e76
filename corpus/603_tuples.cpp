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


// corpus/603_tuples.py:9
static void closest_on_segment_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def closest_on_segment(p: wp.vec3, a: wp.vec3, b: wp.vec3):                            <L 10>
    // ab = b - a                                                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    // t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)            <L 12>
    var_1 = wp::sub(var_p, var_a);
    var_2 = wp::dot(var_1, var_0);
    var_3 = wp::dot(var_0, var_0);
    var_5 = wp::max(var_3, var_4);
    var_6 = wp::div(var_2, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // q = a + ab * t                                                                         <L 13>
    var_10 = wp::mul(var_0, var_9);
    var_11 = wp::add(var_a, var_10);
    // return (q, t)                                                                          <L 14>
    ret_0 = var_11;
    ret_1 = var_9;
    return;
}


// corpus/603_tuples.py:17
static wp::vec_t<3, wp::float32> weighted_0(
    wp::tuple_t<wp::vec_t<3, wp::float32>, float> var_sample,
    wp::float32 var_w)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def weighted(sample: tuple[wp.vec3, float], w: float) -> wp.vec3:                      <L 18>
    // return sample[0] * (sample[1] * w)                                                     <L 19>
    var_1 = wp::extract<0>(var_sample);
    var_3 = wp::extract<1>(var_sample);
    var_4 = wp::mul(var_3, var_w);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// corpus/603_tuples.py:4
static void bounds_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def bounds(a: float, b: float):                                                        <L 5>
    // return wp.min(a, b), wp.max(a, b)                                                      <L 6>
    var_0 = wp::min(var_a, var_b);
    var_1 = wp::max(var_a, var_b);
    ret_0 = var_0;
    ret_1 = var_1;
    return;
}


// corpus/603_tuples.py:9
static void adj_closest_on_segment_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def closest_on_segment(p: wp.vec3, a: wp.vec3, b: wp.vec3):                            <L 10>
    // ab = b - a                                                                             <L 11>
    var_0 = wp::sub(var_b, var_a);
    // t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)            <L 12>
    var_1 = wp::sub(var_p, var_a);
    var_2 = wp::dot(var_1, var_0);
    var_3 = wp::dot(var_0, var_0);
    var_5 = wp::max(var_3, var_4);
    var_6 = wp::div(var_2, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // q = a + ab * t                                                                         <L 13>
    var_10 = wp::mul(var_0, var_9);
    var_11 = wp::add(var_a, var_10);
    // return (q, t)                                                                          <L 14>
    ret_0 = var_11;
    ret_1 = var_9;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret_1;
    adj_11 += adj_ret_0;
    // adj: return (q, t)                                                                     <L 14>
    wp::adj_add(var_a, var_10, adj_a, adj_10, adj_11);
    wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
    // adj: q = a + ab * t                                                                    <L 13>
    wp::adj_clamp(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    wp::adj_div(var_2, var_5, var_6, adj_2, adj_5, adj_6);
    wp::adj_max(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_dot(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_1);
    // adj: t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)       <L 12>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: ab = b - a                                                                        <L 11>
    // adj: def closest_on_segment(p: wp.vec3, a: wp.vec3, b: wp.vec3):                       <L 10>
    return;
}


// corpus/603_tuples.py:17
static void adj_weighted_0(
    wp::tuple_t<wp::vec_t<3, wp::float32>, float> var_sample,
    wp::float32 var_w,
    wp::tuple_t<wp::vec_t<3, wp::float32>, float> & adj_sample,
    wp::float32 & adj_w,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def weighted(sample: tuple[wp.vec3, float], w: float) -> wp.vec3:                      <L 18>
    // return sample[0] * (sample[1] * w)                                                     <L 19>
    var_1 = wp::extract<0>(var_sample);
    var_3 = wp::extract<1>(var_sample);
    var_4 = wp::mul(var_3, var_w);
    var_5 = wp::mul(var_1, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_3, var_w, adj_3, adj_w, adj_4);
    // adj: return sample[0] * (sample[1] * w)                                                <L 19>
    // adj: def weighted(sample: tuple[wp.vec3, float], w: float) -> wp.vec3:                 <L 18>
    return;
}


// corpus/603_tuples.py:4
static void adj_bounds_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def bounds(a: float, b: float):                                                        <L 5>
    // return wp.min(a, b), wp.max(a, b)                                                      <L 6>
    var_0 = wp::min(var_a, var_b);
    var_1 = wp::max(var_a, var_b);
    ret_0 = var_0;
    ret_1 = var_1;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret_1;
    adj_0 += adj_ret_0;
    wp::adj_max(var_a, var_b, adj_a, adj_b, adj_1);
    wp::adj_min(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return wp.min(a, b), wp.max(a, b)                                                 <L 6>
    // adj: def bounds(a: float, b: float):                                                   <L 5>
    return;
}

struct wp_args_segment_queries_b0b0b4cc {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> seg_a;
    wp::array_t<wp::vec_t<3, wp::float32>> seg_b;
    wp::array_t<wp::vec_t<3, wp::float32>> closest;
    wp::array_t<wp::float32> params;
    wp::array_t<wp::vec_t<3, wp::float32>> accum;
};


void segment_queries_b0b0b4cc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segment_queries_b0b0b4cc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_seg_a = _wp_args->seg_a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_seg_b = _wp_args->seg_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum = _wp_args->accum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    const wp::float32 var_17 = 1.0;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def segment_queries(                                                                   <L 23>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // hit = closest_on_segment(points[i], seg_a[i], seg_b[i])                                <L 32>
    var_1 = wp::address(var_points, var_0);
    var_2 = wp::address(var_seg_a, var_0);
    var_3 = wp::address(var_seg_b, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_3);
    closest_on_segment_0(var_6, var_7, var_8, var_4, var_5);
    var_9 = wp::tuple(var_4, var_5);
    // q, t = hit                                                                             <L 33>
    var_11 = wp::extract<0>(var_9);
    var_13 = wp::extract<1>(var_9);
    // closest[i] = q                                                                         <L 34>
    wp::array_store(var_closest, var_0, var_11);
    // params[i] = t                                                                          <L 35>
    wp::array_store(var_params, var_0, var_13);
    // accum[i] = weighted(hit, 0.5) + weighted((points[i], 1.0), float(len(hit)))            <L 36>
    var_15 = weighted_0(var_9, var_14);
    var_16 = wp::address(var_points, var_0);
    var_19 = wp::load(var_16);
    var_18 = wp::tuple(var_19, var_17);
    var_21 = wp::float(var_20);
    var_22 = weighted_0(var_18, var_21);
    var_23 = wp::add(var_15, var_22);
    wp::array_store(var_accum, var_0, var_23);
}



void segment_queries_b0b0b4cc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_segment_queries_b0b0b4cc *_wp_args,
    wp_args_segment_queries_b0b0b4cc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_seg_a = _wp_args->seg_a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_seg_b = _wp_args->seg_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest = _wp_args->closest;
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum = _wp_args->accum;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_seg_a = _wp_adj_args->seg_a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_seg_b = _wp_adj_args->seg_b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_closest = _wp_adj_args->closest;
    wp::array_t<wp::float32> adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accum = _wp_adj_args->accum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    const wp::float32 var_17 = 1.0;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def segment_queries(                                                                   <L 23>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // hit = closest_on_segment(points[i], seg_a[i], seg_b[i])                                <L 32>
    var_1 = wp::address(var_points, var_0);
    var_2 = wp::address(var_seg_a, var_0);
    var_3 = wp::address(var_seg_b, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_3);
    closest_on_segment_0(var_6, var_7, var_8, var_4, var_5);
    var_9 = wp::tuple(var_4, var_5);
    // q, t = hit                                                                             <L 33>
    var_11 = wp::extract<0>(var_9);
    var_13 = wp::extract<1>(var_9);
    // closest[i] = q                                                                         <L 34>
    // wp::array_store(var_closest, var_0, var_11);
    // params[i] = t                                                                          <L 35>
    // wp::array_store(var_params, var_0, var_13);
    // accum[i] = weighted(hit, 0.5) + weighted((points[i], 1.0), float(len(hit)))            <L 36>
    var_15 = weighted_0(var_9, var_14);
    var_16 = wp::address(var_points, var_0);
    var_19 = wp::load(var_16);
    var_18 = wp::tuple(var_19, var_17);
    var_21 = wp::float(var_20);
    var_22 = weighted_0(var_18, var_21);
    var_23 = wp::add(var_15, var_22);
    // wp::array_store(var_accum, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_accum, var_0, var_23, adj_accum, adj_0, adj_23);
    wp::adj_add(var_15, var_22, adj_15, adj_22, adj_23);
    adj_weighted_0(var_18, var_21, adj_18, adj_21, adj_22);
    wp::adj_float(var_20, adj_20, adj_21);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_16);
    adj_weighted_0(var_9, var_14, adj_9, adj_14, adj_15);
    // adj: accum[i] = weighted(hit, 0.5) + weighted((points[i], 1.0), float(len(hit)))       <L 36>
    wp::adj_array_store(var_params, var_0, var_13, adj_params, adj_0, adj_13);
    // adj: params[i] = t                                                                     <L 35>
    wp::adj_array_store(var_closest, var_0, var_11, adj_closest, adj_0, adj_11);
    // adj: closest[i] = q                                                                    <L 34>
    // adj: q, t = hit                                                                        <L 33>
    adj_closest_on_segment_0(var_6, var_7, var_8, var_4, var_5, adj_1, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_seg_b, var_0, adj_seg_b, adj_0, adj_3);
    wp::adj_address(var_seg_a, var_0, adj_seg_a, adj_0, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: hit = closest_on_segment(points[i], seg_a[i], seg_b[i])                           <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def segment_queries(                                                              <L 23>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void segment_queries_b0b0b4cc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segment_queries_b0b0b4cc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        segment_queries_b0b0b4cc_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void segment_queries_b0b0b4cc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_segment_queries_b0b0b4cc *_wp_args,
    wp_args_segment_queries_b0b0b4cc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        segment_queries_b0b0b4cc_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sorted_pairs_2cfe3c4a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> lo;
    wp::array_t<wp::float32> hi;
};


void sorted_pairs_2cfe3c4a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sorted_pairs_2cfe3c4a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_lo = _wp_args->lo;
    wp::array_t<wp::float32> var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::tuple_t<wp::float32, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::shape_t var_27;
    bool var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // forward
    // def sorted_pairs(a: wp.array(dtype=float), b: wp.array(dtype=float), lo: wp.array(dtype=float), hi: wp.array(dtype=float)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 42>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 43>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if x > y:                                                                              <L 44>
    var_7 = (var_2 > var_5);
    if (var_7) {
        // x, y = y, x                                                                        <L 45>
    }
    var_8 = wp::where(var_7, var_5, var_2);
    var_9 = wp::where(var_7, var_2, var_5);
    // r = bounds(x, y)                                                                       <L 46>
    bounds_0(var_8, var_9, var_10, var_11);
    var_12 = wp::tuple(var_10, var_11);
    // lo[i] = r[0]                                                                           <L 47>
    var_14 = wp::extract<0>(var_12);
    wp::array_store(var_lo, var_0, var_14);
    // hi[i] = r[1]                                                                           <L 48>
    var_16 = wp::extract<1>(var_12);
    wp::array_store(var_hi, var_0, var_16);
    // idx = (i, i + 1)                                                                       <L 49>
    var_18 = wp::add(var_0, var_17);
    var_19 = wp::tuple(var_0, var_18);
    // first, second = idx                                                                    <L 50>
    var_21 = wp::extract<0>(var_19);
    var_23 = wp::extract<1>(var_19);
    // if second < a.shape[0]:                                                                <L 51>
    var_24 = &(var_a.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = (var_23 < var_26);
    if (var_28) {
        // lo[i] = wp.min(lo[i], a[second])                                                   <L 52>
        var_29 = wp::address(var_lo, var_0);
        var_30 = wp::address(var_a, var_23);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::min(var_32, var_33);
        wp::array_store(var_lo, var_0, var_31);
    }
    // hi[i] = hi[i] + float(first - i)                                                       <L 53>
    var_34 = wp::address(var_hi, var_0);
    var_35 = wp::sub(var_21, var_0);
    var_36 = wp::float(var_35);
    var_38 = wp::load(var_34);
    var_37 = wp::add(var_38, var_36);
    wp::array_store(var_hi, var_0, var_37);
}



void sorted_pairs_2cfe3c4a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sorted_pairs_2cfe3c4a *_wp_args,
    wp_args_sorted_pairs_2cfe3c4a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_lo = _wp_args->lo;
    wp::array_t<wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::float32> adj_hi = _wp_adj_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::tuple_t<wp::float32, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::shape_t var_27;
    bool var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::tuple_t<wp::float32, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    //---------
    // forward
    // def sorted_pairs(a: wp.array(dtype=float), b: wp.array(dtype=float), lo: wp.array(dtype=float), hi: wp.array(dtype=float)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 42>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 43>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if x > y:                                                                              <L 44>
    var_7 = (var_2 > var_5);
    if (var_7) {
        // x, y = y, x                                                                        <L 45>
    }
    var_8 = wp::where(var_7, var_5, var_2);
    var_9 = wp::where(var_7, var_2, var_5);
    // r = bounds(x, y)                                                                       <L 46>
    bounds_0(var_8, var_9, var_10, var_11);
    var_12 = wp::tuple(var_10, var_11);
    // lo[i] = r[0]                                                                           <L 47>
    var_14 = wp::extract<0>(var_12);
    // wp::array_store(var_lo, var_0, var_14);
    // hi[i] = r[1]                                                                           <L 48>
    var_16 = wp::extract<1>(var_12);
    // wp::array_store(var_hi, var_0, var_16);
    // idx = (i, i + 1)                                                                       <L 49>
    var_18 = wp::add(var_0, var_17);
    var_19 = wp::tuple(var_0, var_18);
    // first, second = idx                                                                    <L 50>
    var_21 = wp::extract<0>(var_19);
    var_23 = wp::extract<1>(var_19);
    // if second < a.shape[0]:                                                                <L 51>
    var_24 = &(var_a.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = (var_23 < var_26);
    if (var_28) {
        // lo[i] = wp.min(lo[i], a[second])                                                   <L 52>
        var_29 = wp::address(var_lo, var_0);
        var_30 = wp::address(var_a, var_23);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::min(var_32, var_33);
        // wp::array_store(var_lo, var_0, var_31);
    }
    // hi[i] = hi[i] + float(first - i)                                                       <L 53>
    var_34 = wp::address(var_hi, var_0);
    var_35 = wp::sub(var_21, var_0);
    var_36 = wp::float(var_35);
    var_38 = wp::load(var_34);
    var_37 = wp::add(var_38, var_36);
    // wp::array_store(var_hi, var_0, var_37);
    //---------
    // reverse
    wp::adj_array_store(var_hi, var_0, var_37, adj_hi, adj_0, adj_37);
    wp::adj_add(var_38, var_36, adj_34, adj_36, adj_37);
    wp::adj_float(var_35, adj_35, adj_36);
    wp::adj_sub(var_21, var_0, adj_21, adj_0, adj_35);
    wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_34);
    // adj: hi[i] = hi[i] + float(first - i)                                                  <L 53>
    if (var_28) {
        wp::adj_array_store(var_lo, var_0, var_31, adj_lo, adj_0, adj_31);
        wp::adj_min(var_32, var_33, adj_29, adj_30, adj_31);
        wp::adj_address(var_a, var_23, adj_a, adj_23, adj_30);
        wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_29);
        // adj: lo[i] = wp.min(lo[i], a[second])                                              <L 52>
    }
    adj_a.shape = adj_24;
    // adj: if second < a.shape[0]:                                                           <L 51>
    // adj: first, second = idx                                                               <L 50>
    wp::adj_add(var_0, var_17, adj_0, adj_17, adj_18);
    // adj: idx = (i, i + 1)                                                                  <L 49>
    wp::adj_array_store(var_hi, var_0, var_16, adj_hi, adj_0, adj_16);
    // adj: hi[i] = r[1]                                                                      <L 48>
    wp::adj_array_store(var_lo, var_0, var_14, adj_lo, adj_0, adj_14);
    // adj: lo[i] = r[0]                                                                      <L 47>
    adj_bounds_0(var_8, var_9, var_10, var_11, adj_8, adj_9, adj_10, adj_11);
    // adj: r = bounds(x, y)                                                                  <L 46>
    wp::adj_where(var_7, var_2, var_5, adj_7, adj_2, adj_5, adj_9);
    wp::adj_where(var_7, var_5, var_2, adj_7, adj_5, adj_2, adj_8);
    if (var_7) {
        // adj: x, y = y, x                                                                   <L 45>
    }
    // adj: if x > y:                                                                         <L 44>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 43>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def sorted_pairs(a: wp.array(dtype=float), b: wp.array(dtype=float), lo: wp.array(dtype=float), hi: wp.array(dtype=float)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sorted_pairs_2cfe3c4a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sorted_pairs_2cfe3c4a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sorted_pairs_2cfe3c4a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sorted_pairs_2cfe3c4a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sorted_pairs_2cfe3c4a *_wp_args,
    wp_args_sorted_pairs_2cfe3c4a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sorted_pairs_2cfe3c4a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

