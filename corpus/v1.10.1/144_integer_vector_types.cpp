
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


// corpus/144_integer_vector_types.py:10
static wp::vec_t<3, wp::int32> cell_of_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32> var_15;
    //---------
    // forward
    // def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                         <L 11>
    // return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))       <L 12>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::div(var_1, var_h);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_6 = wp::extract(var_p, var_5);
    var_7 = wp::div(var_6, var_h);
    var_8 = wp::floor(var_7);
    var_9 = wp::int(var_8);
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::div(var_11, var_h);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_15 = wp::vec_t<3, wp::int32>(var_4, var_9, var_14);
    return var_15;
}


// corpus/144_integer_vector_types.py:4
static wp::int32 manhattan_0(
    wp::vec_t<3, wp::int32> var_a,
    wp::vec_t<3, wp::int32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::int32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    //---------
    // forward
    // def manhattan(a: wp.vec3i, b: wp.vec3i) -> int:                                        <L 5>
    // d = a - b                                                                              <L 6>
    var_0 = wp::sub(var_a, var_b);
    // return wp.abs(d[0]) + wp.abs(d[1]) + wp.abs(d[2])                                      <L 7>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::abs(var_2);
    var_5 = wp::extract(var_0, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::add(var_3, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::abs(var_9);
    var_11 = wp::add(var_7, var_10);
    return var_11;
}


// corpus/144_integer_vector_types.py:10
static void adj_cell_of_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::int32> adj_15 = {};
    //---------
    // forward
    // def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                         <L 11>
    // return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))       <L 12>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::div(var_1, var_h);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_6 = wp::extract(var_p, var_5);
    var_7 = wp::div(var_6, var_h);
    var_8 = wp::floor(var_7);
    var_9 = wp::int(var_8);
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::div(var_11, var_h);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_15 = wp::vec_t<3, wp::int32>(var_4, var_9, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_vec_t(var_4, var_9, var_14, adj_4, adj_9, adj_14, adj_15);
    wp::adj_int(var_13, adj_13, adj_14);
    wp::adj_div(var_11, var_h, var_12, adj_11, adj_h, adj_12);
    wp::adj_extract(var_p, var_10, adj_p, adj_10, adj_11);
    wp::adj_int(var_8, adj_8, adj_9);
    wp::adj_div(var_6, var_h, var_7, adj_6, adj_h, adj_7);
    wp::adj_extract(var_p, var_5, adj_p, adj_5, adj_6);
    wp::adj_int(var_3, adj_3, adj_4);
    wp::adj_div(var_1, var_h, var_2, adj_1, adj_h, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))  <L 12>
    // adj: def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                    <L 11>
    return;
}


// corpus/144_integer_vector_types.py:4
static void adj_manhattan_0(
    wp::vec_t<3, wp::int32> var_a,
    wp::vec_t<3, wp::int32> var_b,
    wp::vec_t<3, wp::int32> & adj_a,
    wp::vec_t<3, wp::int32> & adj_b,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::int32> var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::vec_t<3, wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def manhattan(a: wp.vec3i, b: wp.vec3i) -> int:                                        <L 5>
    // d = a - b                                                                              <L 6>
    var_0 = wp::sub(var_a, var_b);
    // return wp.abs(d[0]) + wp.abs(d[1]) + wp.abs(d[2])                                      <L 7>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::abs(var_2);
    var_5 = wp::extract(var_0, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::add(var_3, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::abs(var_9);
    var_11 = wp::add(var_7, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_add(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_abs(var_9, adj_9, adj_10);
    wp::adj_extract(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_abs(var_5, adj_5, adj_6);
    wp::adj_extract(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_abs(var_2, adj_2, adj_3);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: return wp.abs(d[0]) + wp.abs(d[1]) + wp.abs(d[2])                                 <L 7>
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: d = a - b                                                                         <L 6>
    // adj: def manhattan(a: wp.vec3i, b: wp.vec3i) -> int:                                   <L 5>
    return;
}

struct wp_args_cells_cc336fe3 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 h;
    wp::array_t<wp::vec_t<3, wp::int32>> out;
    wp::array_t<wp::int32> dist;
};


void cells_cc336fe3_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cells_cc336fe3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::vec_t<3, wp::int32> var_7;
    wp::int32 var_8;
    //---------
    // forward
    // def cells(points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3i), dist: wp.array(dtype=int)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // c = cell_of(points[i], h)                                                              <L 18>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_of_0(var_3, var_h);
    // out[i] = c                                                                             <L 19>
    wp::array_store(var_out, var_0, var_2);
    // dist[i] = manhattan(c, wp.vec3i(0, 0, 0))                                              <L 20>
    var_7 = wp::vec_t<3, wp::int32>(var_4, var_5, var_6);
    var_8 = manhattan_0(var_2, var_7);
    wp::array_store(var_dist, var_0, var_8);
}



void cells_cc336fe3_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cells_cc336fe3 *_wp_args,
    wp_args_cells_cc336fe3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_dist = _wp_args->dist;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_dist = _wp_adj_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::vec_t<3, wp::int32> var_7;
    wp::int32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::int32> adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def cells(points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3i), dist: wp.array(dtype=int)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // c = cell_of(points[i], h)                                                              <L 18>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_of_0(var_3, var_h);
    // out[i] = c                                                                             <L 19>
    // wp::array_store(var_out, var_0, var_2);
    // dist[i] = manhattan(c, wp.vec3i(0, 0, 0))                                              <L 20>
    var_7 = wp::vec_t<3, wp::int32>(var_4, var_5, var_6);
    var_8 = manhattan_0(var_2, var_7);
    // wp::array_store(var_dist, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_dist, var_0, var_8, adj_dist, adj_0, adj_8);
    adj_manhattan_0(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    // adj: dist[i] = manhattan(c, wp.vec3i(0, 0, 0))                                         <L 20>
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = c                                                                        <L 19>
    adj_cell_of_0(var_3, var_h, adj_1, adj_h, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: c = cell_of(points[i], h)                                                         <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def cells(points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3i), dist: wp.array(dtype=int)):  <L 16>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cells_cc336fe3_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cells_cc336fe3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cells_cc336fe3_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cells_cc336fe3_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cells_cc336fe3 *_wp_args,
    wp_args_cells_cc336fe3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cells_cc336fe3_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_pixel_ops_bdca1dd1 {
    wp::array_t<wp::vec_t<4, wp::uint8>> px;
    wp::array_t<wp::vec_t<4, wp::uint8>> out;
    wp::array_t<wp::uint8> gray;
};


void pixel_ops_bdca1dd1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pixel_ops_bdca1dd1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::uint8>> var_px = _wp_args->px;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_out = _wp_args->out;
    wp::array_t<wp::uint8> var_gray = _wp_args->gray;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::uint8>* var_1;
    wp::vec_t<4, wp::uint8> var_2;
    wp::vec_t<4, wp::uint8> var_3;
    const wp::int32 var_4 = 255;
    wp::uint8 var_5;
    const wp::int32 var_6 = 0;
    wp::uint8 var_7;
    wp::uint8 var_8;
    const wp::int32 var_9 = 255;
    wp::uint8 var_10;
    const wp::int32 var_11 = 1;
    wp::uint8 var_12;
    wp::uint8 var_13;
    const wp::int32 var_14 = 255;
    wp::uint8 var_15;
    const wp::int32 var_16 = 2;
    wp::uint8 var_17;
    wp::uint8 var_18;
    const wp::int32 var_19 = 3;
    wp::uint8 var_20;
    wp::vec_t<4, wp::uint8> var_21;
    const wp::int32 var_22 = 0;
    wp::uint8 var_23;
    wp::uint32 var_24;
    const wp::int32 var_25 = 1;
    wp::uint8 var_26;
    wp::uint32 var_27;
    wp::uint32 var_28;
    const wp::int32 var_29 = 2;
    wp::uint8 var_30;
    wp::uint32 var_31;
    wp::uint32 var_32;
    const wp::int32 var_33 = 3;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint8 var_36;
    //---------
    // forward
    // def pixel_ops(px: wp.array(dtype=wp.vec4ub), out: wp.array(dtype=wp.vec4ub), gray: wp.array(dtype=wp.uint8)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = px[i]                                                                              <L 26>
    var_1 = wp::address(var_px, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.uint8(255) - p[0]                                                               <L 27>
    var_5 = wp::uint8(var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::sub(var_5, var_7);
    // g = wp.uint8(255) - p[1]                                                               <L 28>
    var_10 = wp::uint8(var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::sub(var_10, var_12);
    // b = wp.uint8(255) - p[2]                                                               <L 29>
    var_15 = wp::uint8(var_14);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::sub(var_15, var_17);
    // out[i] = wp.vec4ub(r, g, b, p[3])                                                      <L 30>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::vec_t<4, wp::uint8>(var_8, var_13, var_18, var_20);
    wp::array_store(var_out, var_0, var_21);
    // gray[i] = wp.uint8((wp.uint32(p[0]) + wp.uint32(p[1]) + wp.uint32(p[2])) / wp.uint32(3))       <L 31>
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::uint32(var_23);
    var_26 = wp::extract(var_2, var_25);
    var_27 = wp::uint32(var_26);
    var_28 = wp::add(var_24, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::uint32(var_30);
    var_32 = wp::add(var_28, var_31);
    var_34 = wp::uint32(var_33);
    var_35 = wp::div(var_32, var_34);
    var_36 = wp::uint8(var_35);
    wp::array_store(var_gray, var_0, var_36);
}



void pixel_ops_bdca1dd1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pixel_ops_bdca1dd1 *_wp_args,
    wp_args_pixel_ops_bdca1dd1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::uint8>> var_px = _wp_args->px;
    wp::array_t<wp::vec_t<4, wp::uint8>> var_out = _wp_args->out;
    wp::array_t<wp::uint8> var_gray = _wp_args->gray;
    wp::array_t<wp::vec_t<4, wp::uint8>> adj_px = _wp_adj_args->px;
    wp::array_t<wp::vec_t<4, wp::uint8>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::uint8> adj_gray = _wp_adj_args->gray;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::uint8>* var_1;
    wp::vec_t<4, wp::uint8> var_2;
    wp::vec_t<4, wp::uint8> var_3;
    const wp::int32 var_4 = 255;
    wp::uint8 var_5;
    const wp::int32 var_6 = 0;
    wp::uint8 var_7;
    wp::uint8 var_8;
    const wp::int32 var_9 = 255;
    wp::uint8 var_10;
    const wp::int32 var_11 = 1;
    wp::uint8 var_12;
    wp::uint8 var_13;
    const wp::int32 var_14 = 255;
    wp::uint8 var_15;
    const wp::int32 var_16 = 2;
    wp::uint8 var_17;
    wp::uint8 var_18;
    const wp::int32 var_19 = 3;
    wp::uint8 var_20;
    wp::vec_t<4, wp::uint8> var_21;
    const wp::int32 var_22 = 0;
    wp::uint8 var_23;
    wp::uint32 var_24;
    const wp::int32 var_25 = 1;
    wp::uint8 var_26;
    wp::uint32 var_27;
    wp::uint32 var_28;
    const wp::int32 var_29 = 2;
    wp::uint8 var_30;
    wp::uint32 var_31;
    wp::uint32 var_32;
    const wp::int32 var_33 = 3;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint8 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::uint8> adj_1 = {};
    wp::vec_t<4, wp::uint8> adj_2 = {};
    wp::vec_t<4, wp::uint8> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint8 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint8 adj_7 = {};
    wp::uint8 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint8 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint8 adj_12 = {};
    wp::uint8 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::uint8 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::uint8 adj_17 = {};
    wp::uint8 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::uint8 adj_20 = {};
    wp::vec_t<4, wp::uint8> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::uint8 adj_23 = {};
    wp::uint32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::uint8 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::uint32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::uint8 adj_30 = {};
    wp::uint32 adj_31 = {};
    wp::uint32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::uint32 adj_34 = {};
    wp::uint32 adj_35 = {};
    wp::uint8 adj_36 = {};
    //---------
    // forward
    // def pixel_ops(px: wp.array(dtype=wp.vec4ub), out: wp.array(dtype=wp.vec4ub), gray: wp.array(dtype=wp.uint8)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = px[i]                                                                              <L 26>
    var_1 = wp::address(var_px, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = wp.uint8(255) - p[0]                                                               <L 27>
    var_5 = wp::uint8(var_4);
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::sub(var_5, var_7);
    // g = wp.uint8(255) - p[1]                                                               <L 28>
    var_10 = wp::uint8(var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::sub(var_10, var_12);
    // b = wp.uint8(255) - p[2]                                                               <L 29>
    var_15 = wp::uint8(var_14);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::sub(var_15, var_17);
    // out[i] = wp.vec4ub(r, g, b, p[3])                                                      <L 30>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::vec_t<4, wp::uint8>(var_8, var_13, var_18, var_20);
    // wp::array_store(var_out, var_0, var_21);
    // gray[i] = wp.uint8((wp.uint32(p[0]) + wp.uint32(p[1]) + wp.uint32(p[2])) / wp.uint32(3))       <L 31>
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::uint32(var_23);
    var_26 = wp::extract(var_2, var_25);
    var_27 = wp::uint32(var_26);
    var_28 = wp::add(var_24, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::uint32(var_30);
    var_32 = wp::add(var_28, var_31);
    var_34 = wp::uint32(var_33);
    var_35 = wp::div(var_32, var_34);
    var_36 = wp::uint8(var_35);
    // wp::array_store(var_gray, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_gray, var_0, var_36, adj_gray, adj_0, adj_36);
    wp::adj_uint8(var_35, adj_35, adj_36);
    wp::adj_div(var_32, var_34, var_35, adj_32, adj_34, adj_35);
    wp::adj_uint32(var_33, adj_33, adj_34);
    wp::adj_add(var_28, var_31, adj_28, adj_31, adj_32);
    wp::adj_uint32(var_30, adj_30, adj_31);
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_add(var_24, var_27, adj_24, adj_27, adj_28);
    wp::adj_uint32(var_26, adj_26, adj_27);
    wp::adj_extract(var_2, var_25, adj_2, adj_25, adj_26);
    wp::adj_uint32(var_23, adj_23, adj_24);
    wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
    // adj: gray[i] = wp.uint8((wp.uint32(p[0]) + wp.uint32(p[1]) + wp.uint32(p[2])) / wp.uint32(3))  <L 31>
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    wp::adj_vec_t(var_8, var_13, var_18, var_20, adj_8, adj_13, adj_18, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    // adj: out[i] = wp.vec4ub(r, g, b, p[3])                                                 <L 30>
    wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    wp::adj_uint8(var_14, adj_14, adj_15);
    // adj: b = wp.uint8(255) - p[2]                                                          <L 29>
    wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_uint8(var_9, adj_9, adj_10);
    // adj: g = wp.uint8(255) - p[1]                                                          <L 28>
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_uint8(var_4, adj_4, adj_5);
    // adj: r = wp.uint8(255) - p[0]                                                          <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_px, var_0, adj_px, adj_0, adj_1);
    // adj: p = px[i]                                                                         <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def pixel_ops(px: wp.array(dtype=wp.vec4ub), out: wp.array(dtype=wp.vec4ub), gray: wp.array(dtype=wp.uint8)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void pixel_ops_bdca1dd1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_pixel_ops_bdca1dd1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pixel_ops_bdca1dd1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void pixel_ops_bdca1dd1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_pixel_ops_bdca1dd1 *_wp_args,
    wp_args_pixel_ops_bdca1dd1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pixel_ops_bdca1dd1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_index_vectors_42212e44 {
    wp::array_t<wp::vec_t<2, wp::uint32>> a;
    wp::array_t<wp::vec_t<4, wp::int32>> b;
    wp::array_t<wp::vec_t<2, wp::int64>> c;
    wp::array_t<wp::vec_t<4, wp::int32>> out;
};


void index_vectors_42212e44_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_vectors_42212e44 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::uint32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<4, wp::int32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::int64>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::uint32>* var_1;
    wp::vec_t<2, wp::uint32> var_2;
    wp::vec_t<2, wp::uint32> var_3;
    const wp::int32 var_4 = 0;
    wp::uint32 var_5;
    const wp::int32 var_6 = 3;
    wp::uint32 var_7;
    wp::uint32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::vec_t<4, wp::int32>* var_12;
    const wp::int32 var_13 = 2;
    wp::vec_t<4, wp::int32> var_14;
    wp::vec_t<4, wp::int32> var_15;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 3;
    const wp::int32 var_19 = 4;
    wp::vec_t<4, wp::int32> var_20;
    wp::vec_t<4, wp::int32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::vec_t<2, wp::int64>* var_27;
    wp::vec_t<2, wp::int64> var_28;
    wp::vec_t<2, wp::int64> var_29;
    const wp::int32 var_30 = 0;
    wp::int64 var_31;
    const wp::int32 var_32 = 1;
    wp::int64 var_33;
    wp::int64 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 3;
    //---------
    // forward
    // def index_vectors(a: wp.array(dtype=wp.vec2ui), b: wp.array(dtype=wp.vec4i), c: wp.array(dtype=wp.vec2l), out: wp.array(dtype=wp.vec4i)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // u = a[i]                                                                               <L 37>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = u[0] * wp.uint32(3) + u[1]                                                         <L 38>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::uint32(var_6);
    var_8 = wp::mul(var_5, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::add(var_8, var_10);
    // v = b[i] * 2 + wp.vec4i(1, 2, 3, 4)                                                    <L 39>
    var_12 = wp::address(var_b, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_20 = wp::vec_t<4, wp::int32>(var_16, var_17, var_18, var_19);
    var_21 = wp::add(var_14, var_20);
    // v[0] = v[0] + int(s)                                                                   <L 40>
    var_23 = wp::extract(var_21, var_22);
    var_24 = wp::int(var_11);
    var_25 = wp::add(var_23, var_24);
    wp::assign_inplace(var_21, var_26, var_25);
    // l = c[i]                                                                               <L 41>
    var_27 = wp::address(var_c, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // v[3] = int(l[0] - l[1])                                                                <L 42>
    var_31 = wp::extract(var_28, var_30);
    var_33 = wp::extract(var_28, var_32);
    var_34 = wp::sub(var_31, var_33);
    var_35 = wp::int(var_34);
    wp::assign_inplace(var_21, var_36, var_35);
    // out[i] = v                                                                             <L 43>
    wp::array_store(var_out, var_0, var_21);
}



void index_vectors_42212e44_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_index_vectors_42212e44 *_wp_args,
    wp_args_index_vectors_42212e44 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::uint32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<4, wp::int32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::int64>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<4, wp::int32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<2, wp::uint32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<2, wp::int64>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::uint32>* var_1;
    wp::vec_t<2, wp::uint32> var_2;
    wp::vec_t<2, wp::uint32> var_3;
    const wp::int32 var_4 = 0;
    wp::uint32 var_5;
    const wp::int32 var_6 = 3;
    wp::uint32 var_7;
    wp::uint32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint32 var_10;
    wp::uint32 var_11;
    wp::vec_t<4, wp::int32>* var_12;
    const wp::int32 var_13 = 2;
    wp::vec_t<4, wp::int32> var_14;
    wp::vec_t<4, wp::int32> var_15;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 3;
    const wp::int32 var_19 = 4;
    wp::vec_t<4, wp::int32> var_20;
    wp::vec_t<4, wp::int32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::vec_t<2, wp::int64>* var_27;
    wp::vec_t<2, wp::int64> var_28;
    wp::vec_t<2, wp::int64> var_29;
    const wp::int32 var_30 = 0;
    wp::int64 var_31;
    const wp::int32 var_32 = 1;
    wp::int64 var_33;
    wp::int64 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::uint32> adj_1 = {};
    wp::vec_t<2, wp::uint32> adj_2 = {};
    wp::vec_t<2, wp::uint32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::vec_t<4, wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<4, wp::int32> adj_14 = {};
    wp::vec_t<4, wp::int32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<4, wp::int32> adj_20 = {};
    wp::vec_t<4, wp::int32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<2, wp::int64> adj_27 = {};
    wp::vec_t<2, wp::int64> adj_28 = {};
    wp::vec_t<2, wp::int64> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int64 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int64 adj_33 = {};
    wp::int64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    //---------
    // forward
    // def index_vectors(a: wp.array(dtype=wp.vec2ui), b: wp.array(dtype=wp.vec4i), c: wp.array(dtype=wp.vec2l), out: wp.array(dtype=wp.vec4i)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // u = a[i]                                                                               <L 37>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = u[0] * wp.uint32(3) + u[1]                                                         <L 38>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::uint32(var_6);
    var_8 = wp::mul(var_5, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::add(var_8, var_10);
    // v = b[i] * 2 + wp.vec4i(1, 2, 3, 4)                                                    <L 39>
    var_12 = wp::address(var_b, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_20 = wp::vec_t<4, wp::int32>(var_16, var_17, var_18, var_19);
    var_21 = wp::add(var_14, var_20);
    // v[0] = v[0] + int(s)                                                                   <L 40>
    var_23 = wp::extract(var_21, var_22);
    var_24 = wp::int(var_11);
    var_25 = wp::add(var_23, var_24);
    wp::assign_inplace(var_21, var_26, var_25);
    // l = c[i]                                                                               <L 41>
    var_27 = wp::address(var_c, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // v[3] = int(l[0] - l[1])                                                                <L 42>
    var_31 = wp::extract(var_28, var_30);
    var_33 = wp::extract(var_28, var_32);
    var_34 = wp::sub(var_31, var_33);
    var_35 = wp::int(var_34);
    wp::assign_inplace(var_21, var_36, var_35);
    // out[i] = v                                                                             <L 43>
    // wp::array_store(var_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    // adj: out[i] = v                                                                        <L 43>
    wp::adj_assign_inplace(var_21, var_36, var_35, adj_21, adj_36, adj_35);
    wp::adj_int(var_34, adj_34, adj_35);
    wp::adj_sub(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_extract(var_28, var_32, adj_28, adj_32, adj_33);
    wp::adj_extract(var_28, var_30, adj_28, adj_30, adj_31);
    // adj: v[3] = int(l[0] - l[1])                                                           <L 42>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_27);
    // adj: l = c[i]                                                                          <L 41>
    wp::adj_assign_inplace(var_21, var_26, var_25, adj_21, adj_26, adj_25);
    wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_int(var_11, adj_11, adj_24);
    wp::adj_extract(var_21, var_22, adj_21, adj_22, adj_23);
    // adj: v[0] = v[0] + int(s)                                                              <L 40>
    wp::adj_add(var_14, var_20, adj_14, adj_20, adj_21);
    wp::adj_vec_t(var_16, var_17, var_18, var_19, adj_16, adj_17, adj_18, adj_19, adj_20);
    wp::adj_mul(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
    // adj: v = b[i] * 2 + wp.vec4i(1, 2, 3, 4)                                               <L 39>
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_uint32(var_6, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: s = u[0] * wp.uint32(3) + u[1]                                                    <L 38>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: u = a[i]                                                                          <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def index_vectors(a: wp.array(dtype=wp.vec2ui), b: wp.array(dtype=wp.vec4i), c: wp.array(dtype=wp.vec2l), out: wp.array(dtype=wp.vec4i)):  <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void index_vectors_42212e44_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_index_vectors_42212e44 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_vectors_42212e44_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void index_vectors_42212e44_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_index_vectors_42212e44 *_wp_args,
    wp_args_index_vectors_42212e44 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        index_vectors_42212e44_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_short_vectors_5822a5fd {
    wp::array_t<wp::vec_t<3, wp::int16>> a;
    wp::array_t<wp::vec_t<3, wp::uint16>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void short_vectors_5822a5fd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_short_vectors_5822a5fd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::int16>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::uint16>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int16>* var_1;
    wp::vec_t<3, wp::int16> var_2;
    wp::vec_t<3, wp::int16> var_3;
    wp::vec_t<3, wp::uint16>* var_4;
    wp::vec_t<3, wp::uint16> var_5;
    wp::vec_t<3, wp::uint16> var_6;
    const wp::int32 var_7 = 0;
    wp::int16 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::uint16 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int16 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::uint16 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::int16 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::uint16 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def short_vectors(a: wp.array(dtype=wp.vec3s), b: wp.array(dtype=wp.vec3us), out: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 49>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 50>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.vec3(float(x[0]) + float(y[0]), float(x[1]) * float(y[1]), float(x[2]) - float(y[2]))       <L 51>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_5, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::add(var_9, var_12);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::float(var_15);
    var_18 = wp::extract(var_5, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_22 = wp::extract(var_2, var_21);
    var_23 = wp::float(var_22);
    var_25 = wp::extract(var_5, var_24);
    var_26 = wp::float(var_25);
    var_27 = wp::sub(var_23, var_26);
    var_28 = wp::vec_t<3, wp::float32>(var_13, var_20, var_27);
    wp::array_store(var_out, var_0, var_28);
}



void short_vectors_5822a5fd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_short_vectors_5822a5fd *_wp_args,
    wp_args_short_vectors_5822a5fd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::int16>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::uint16>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::int16>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::uint16>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int16>* var_1;
    wp::vec_t<3, wp::int16> var_2;
    wp::vec_t<3, wp::int16> var_3;
    wp::vec_t<3, wp::uint16>* var_4;
    wp::vec_t<3, wp::uint16> var_5;
    wp::vec_t<3, wp::uint16> var_6;
    const wp::int32 var_7 = 0;
    wp::int16 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::uint16 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int16 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::uint16 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::int16 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::uint16 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int16> adj_1 = {};
    wp::vec_t<3, wp::int16> adj_2 = {};
    wp::vec_t<3, wp::int16> adj_3 = {};
    wp::vec_t<3, wp::uint16> adj_4 = {};
    wp::vec_t<3, wp::uint16> adj_5 = {};
    wp::vec_t<3, wp::uint16> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int16 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::uint16 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int16 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::uint16 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int16 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::uint16 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def short_vectors(a: wp.array(dtype=wp.vec3s), b: wp.array(dtype=wp.vec3us), out: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 49>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 50>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.vec3(float(x[0]) + float(y[0]), float(x[1]) * float(y[1]), float(x[2]) - float(y[2]))       <L 51>
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_5, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::add(var_9, var_12);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::float(var_15);
    var_18 = wp::extract(var_5, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::mul(var_16, var_19);
    var_22 = wp::extract(var_2, var_21);
    var_23 = wp::float(var_22);
    var_25 = wp::extract(var_5, var_24);
    var_26 = wp::float(var_25);
    var_27 = wp::sub(var_23, var_26);
    var_28 = wp::vec_t<3, wp::float32>(var_13, var_20, var_27);
    // wp::array_store(var_out, var_0, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
    wp::adj_vec_t(var_13, var_20, var_27, adj_13, adj_20, adj_27, adj_28);
    wp::adj_sub(var_23, var_26, adj_23, adj_26, adj_27);
    wp::adj_float(var_25, adj_25, adj_26);
    wp::adj_extract(var_5, var_24, adj_5, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_23);
    wp::adj_extract(var_2, var_21, adj_2, adj_21, adj_22);
    wp::adj_mul(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    wp::adj_extract(var_5, var_17, adj_5, adj_17, adj_18);
    wp::adj_float(var_15, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_extract(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: out[i] = wp.vec3(float(x[0]) + float(y[0]), float(x[1]) * float(y[1]), float(x[2]) - float(y[2]))  <L 51>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 50>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def short_vectors(a: wp.array(dtype=wp.vec3s), b: wp.array(dtype=wp.vec3us), out: wp.array(dtype=wp.vec3)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void short_vectors_5822a5fd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_short_vectors_5822a5fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        short_vectors_5822a5fd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void short_vectors_5822a5fd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_short_vectors_5822a5fd *_wp_args,
    wp_args_short_vectors_5822a5fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        short_vectors_5822a5fd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_neighbors_2d_7d1dd95a {
    wp::array_t<wp::int32> grid;
    wp::array_t<wp::vec_t<2, wp::int32>> offsets;
    wp::array_t<wp::int32> counts;
};


void neighbors_2d_7d1dd95a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_neighbors_2d_7d1dd95a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<2, wp::int32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32>* var_10;
    wp::vec_t<2, wp::int32> var_11;
    wp::vec_t<2, wp::int32> var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    bool var_32;
    bool var_33;
    wp::int32* var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    //---------
    // forward
    // def neighbors_2d(grid: wp.array2d(dtype=wp.int32), offsets: wp.array(dtype=wp.vec2i), counts: wp.array2d(dtype=wp.int32)):       <L 55>
    // y, x = wp.tid()                                                                        <L 56>
    builtin_tid2d(var_0, var_1);
    // n = int(0)                                                                             <L 57>
    var_3 = wp::int(var_2);
    // for k in range(offsets.shape[0]):                                                      <L 58>
    var_4 = &(var_offsets.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // o = offsets[k]                                                                     <L 59>
        var_10 = wp::address(var_offsets, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // yy = y + o[1]                                                                      <L 60>
        var_14 = wp::extract(var_11, var_13);
        var_15 = wp::add(var_0, var_14);
        // xx = x + o[0]                                                                      <L 61>
        var_17 = wp::extract(var_11, var_16);
        var_18 = wp::add(var_1, var_17);
        // if yy >= 0 and yy < grid.shape[0] and xx >= 0 and xx < grid.shape[1]:              <L 62>
        var_20 = (var_15 >= var_19);
        var_21 = &(var_grid.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_25 = (var_15 < var_23);
        var_27 = (var_18 >= var_26);
        var_28 = &(var_grid.shape);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        var_32 = (var_18 < var_30);
        var_33 = var_20 && var_25 && var_27 && var_32;
        if (var_33) {
            // if grid[yy, xx] != 0:                                                          <L 63>
            var_34 = wp::address(var_grid, var_15, var_18);
            var_37 = wp::load(var_34);
            var_36 = (var_37 != var_35);
            if (var_36) {
                // n += 1                                                                     <L 64>
                var_40 = wp::add(var_3, var_39);
            }
            var_41 = wp::where(var_36, var_40, var_3);
        }
        var_42 = wp::where(var_33, var_41, var_3);
        wp::assign(var_3, var_42);
        goto start_for_0;
    end_for_0:;
    // counts[y, x] = wp.int32(n)                                                             <L 65>
    var_43 = wp::int32(var_3);
    wp::array_store(var_counts, var_0, var_1, var_43);
}



void neighbors_2d_7d1dd95a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_neighbors_2d_7d1dd95a *_wp_args,
    wp_args_neighbors_2d_7d1dd95a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<2, wp::int32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32>* var_10;
    wp::vec_t<2, wp::int32> var_11;
    wp::vec_t<2, wp::int32> var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    bool var_32;
    bool var_33;
    wp::int32* var_34;
    const wp::int32 var_35 = 0;
    bool var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<2, wp::int32> adj_10 = {};
    wp::vec_t<2, wp::int32> adj_11 = {};
    wp::vec_t<2, wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::shape_t adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    //---------
    // forward
    // def neighbors_2d(grid: wp.array2d(dtype=wp.int32), offsets: wp.array(dtype=wp.vec2i), counts: wp.array2d(dtype=wp.int32)):       <L 55>
    // y, x = wp.tid()                                                                        <L 56>
    builtin_tid2d(var_0, var_1);
    // n = int(0)                                                                             <L 57>
    var_3 = wp::int(var_2);
    // for k in range(offsets.shape[0]):                                                      <L 58>
    var_4 = &(var_offsets.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    // counts[y, x] = wp.int32(n)                                                             <L 65>
    var_43 = wp::int32(var_3);
    // wp::array_store(var_counts, var_0, var_1, var_43);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_1, var_43, adj_counts, adj_0, adj_1, adj_43);
    wp::adj_int32(var_3, adj_3, adj_43);
    // adj: counts[y, x] = wp.int32(n)                                                        <L 65>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
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
        // o = offsets[k]                                                                     <L 59>
        var_10 = wp::address(var_offsets, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // yy = y + o[1]                                                                      <L 60>
        var_14 = wp::extract(var_11, var_13);
        var_15 = wp::add(var_0, var_14);
        // xx = x + o[0]                                                                      <L 61>
        var_17 = wp::extract(var_11, var_16);
        var_18 = wp::add(var_1, var_17);
        // if yy >= 0 and yy < grid.shape[0] and xx >= 0 and xx < grid.shape[1]:              <L 62>
        var_20 = (var_15 >= var_19);
        var_21 = &(var_grid.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_25 = (var_15 < var_23);
        var_27 = (var_18 >= var_26);
        var_28 = &(var_grid.shape);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        var_32 = (var_18 < var_30);
        var_33 = var_20 && var_25 && var_27 && var_32;
        if (var_33) {
            // if grid[yy, xx] != 0:                                                          <L 63>
            var_34 = wp::address(var_grid, var_15, var_18);
            var_37 = wp::load(var_34);
            var_36 = (var_37 != var_35);
            if (var_36) {
                // n += 1                                                                     <L 64>
                var_40 = wp::add(var_3, var_39);
            }
            var_41 = wp::where(var_36, var_40, var_3);
        }
        var_42 = wp::where(var_33, var_41, var_3);
        wp::assign(var_3, var_42);
        wp::adj_assign(var_3, var_42, adj_3, adj_42);
        wp::adj_where(var_33, var_41, var_3, adj_33, adj_41, adj_3, adj_42);
        if (var_33) {
            wp::adj_where(var_36, var_40, var_3, adj_36, adj_40, adj_3, adj_41);
            if (var_36) {
                wp::adj_add(var_3, var_39, adj_3, adj_39, adj_40);
                // adj: n += 1                                                                <L 64>
            }
            wp::adj_address(var_grid, var_15, var_18, adj_grid, adj_15, adj_18, adj_34);
            // adj: if grid[yy, xx] != 0:                                                     <L 63>
        }
        wp::adj_extract(var_31, var_29, adj_28, adj_29, adj_30);
        adj_grid.shape = adj_28;
        wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
        adj_grid.shape = adj_21;
        // adj: if yy >= 0 and yy < grid.shape[0] and xx >= 0 and xx < grid.shape[1]:         <L 62>
        wp::adj_add(var_1, var_17, adj_1, adj_17, adj_18);
        wp::adj_extract(var_11, var_16, adj_11, adj_16, adj_17);
        // adj: xx = x + o[0]                                                                 <L 61>
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_15);
        wp::adj_extract(var_11, var_13, adj_11, adj_13, adj_14);
        // adj: yy = y + o[1]                                                                 <L 60>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_offsets, var_9, adj_offsets, adj_9, adj_10);
        // adj: o = offsets[k]                                                                <L 59>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_6, adj_6, adj_8);
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_offsets.shape = adj_4;
    // adj: for k in range(offsets.shape[0]):                                                 <L 58>
    wp::adj_int(var_2, adj_2, adj_3);
    // adj: n = int(0)                                                                        <L 57>
    // adj: y, x = wp.tid()                                                                   <L 56>
    // adj: def neighbors_2d(grid: wp.array2d(dtype=wp.int32), offsets: wp.array(dtype=wp.vec2i), counts: wp.array2d(dtype=wp.int32)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void neighbors_2d_7d1dd95a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_neighbors_2d_7d1dd95a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        neighbors_2d_7d1dd95a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void neighbors_2d_7d1dd95a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_neighbors_2d_7d1dd95a *_wp_args,
    wp_args_neighbors_2d_7d1dd95a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        neighbors_2d_7d1dd95a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

