
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


// corpus/066_heightfield_normals.py:4
static wp::float32 height_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def height_at(h: wp.array2d(dtype=float), i: int, j: int) -> float:                    <L 5>
    // ii = wp.clamp(i, 0, h.shape[0] - 1)                                                    <L 6>
    var_1 = &(var_h.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, h.shape[1] - 1)                                                    <L 7>
    var_9 = &(var_h.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // return h[ii, jj]                                                                       <L 8>
    var_16 = wp::address(var_h, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// corpus/066_heightfield_normals.py:11
static wp::vec_t<3, wp::float32> normal_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_spacing,
    wp::float32 var_vscale)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def normal_at(h: wp.array2d(dtype=float), i: int, j: int, spacing: float, vscale: float) -> wp.vec3:       <L 12>
    // dx = (height_at(h, i + 1, j) - height_at(h, i - 1, j)) * vscale / (2.0 * spacing)       <L 13>
    var_1 = wp::add(var_i, var_0);
    var_2 = height_at_0(var_h, var_1, var_j);
    var_4 = wp::sub(var_i, var_3);
    var_5 = height_at_0(var_h, var_4, var_j);
    var_6 = wp::sub(var_2, var_5);
    var_7 = wp::mul(var_6, var_vscale);
    var_9 = wp::mul(var_8, var_spacing);
    var_10 = wp::div(var_7, var_9);
    // dz = (height_at(h, i, j + 1) - height_at(h, i, j - 1)) * vscale / (2.0 * spacing)       <L 14>
    var_12 = wp::add(var_j, var_11);
    var_13 = height_at_0(var_h, var_i, var_12);
    var_15 = wp::sub(var_j, var_14);
    var_16 = height_at_0(var_h, var_i, var_15);
    var_17 = wp::sub(var_13, var_16);
    var_18 = wp::mul(var_17, var_vscale);
    var_20 = wp::mul(var_19, var_spacing);
    var_21 = wp::div(var_18, var_20);
    // return wp.normalize(wp.vec3(-dx, 1.0, -dz))                                            <L 15>
    var_22 = wp::neg(var_10);
    var_24 = wp::neg(var_21);
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// corpus/066_heightfield_normals.py:4
static void adj_height_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::float32> & adj_h,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def height_at(h: wp.array2d(dtype=float), i: int, j: int) -> float:                    <L 5>
    // ii = wp.clamp(i, 0, h.shape[0] - 1)                                                    <L 6>
    var_1 = &(var_h.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, h.shape[1] - 1)                                                    <L 7>
    var_9 = &(var_h.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // return h[ii, jj]                                                                       <L 8>
    var_16 = wp::address(var_h, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_h, var_7, var_15, adj_h, adj_7, adj_15, adj_16);
    // adj: return h[ii, jj]                                                                  <L 8>
    wp::adj_clamp(var_j, var_8, var_14, adj_j, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_h.shape = adj_9;
    // adj: jj = wp.clamp(j, 0, h.shape[1] - 1)                                               <L 7>
    wp::adj_clamp(var_i, var_0, var_6, adj_i, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_h.shape = adj_1;
    // adj: ii = wp.clamp(i, 0, h.shape[0] - 1)                                               <L 6>
    // adj: def height_at(h: wp.array2d(dtype=float), i: int, j: int) -> float:               <L 5>
    return;
}


// corpus/066_heightfield_normals.py:11
static void adj_normal_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_spacing,
    wp::float32 var_vscale,
    wp::array_t<wp::float32> & adj_h,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_spacing,
    wp::float32 & adj_vscale,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def normal_at(h: wp.array2d(dtype=float), i: int, j: int, spacing: float, vscale: float) -> wp.vec3:       <L 12>
    // dx = (height_at(h, i + 1, j) - height_at(h, i - 1, j)) * vscale / (2.0 * spacing)       <L 13>
    var_1 = wp::add(var_i, var_0);
    var_2 = height_at_0(var_h, var_1, var_j);
    var_4 = wp::sub(var_i, var_3);
    var_5 = height_at_0(var_h, var_4, var_j);
    var_6 = wp::sub(var_2, var_5);
    var_7 = wp::mul(var_6, var_vscale);
    var_9 = wp::mul(var_8, var_spacing);
    var_10 = wp::div(var_7, var_9);
    // dz = (height_at(h, i, j + 1) - height_at(h, i, j - 1)) * vscale / (2.0 * spacing)       <L 14>
    var_12 = wp::add(var_j, var_11);
    var_13 = height_at_0(var_h, var_i, var_12);
    var_15 = wp::sub(var_j, var_14);
    var_16 = height_at_0(var_h, var_i, var_15);
    var_17 = wp::sub(var_13, var_16);
    var_18 = wp::mul(var_17, var_vscale);
    var_20 = wp::mul(var_19, var_spacing);
    var_21 = wp::div(var_18, var_20);
    // return wp.normalize(wp.vec3(-dx, 1.0, -dz))                                            <L 15>
    var_22 = wp::neg(var_10);
    var_24 = wp::neg(var_21);
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
    var_26 = wp::normalize(var_25);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret;
    wp::adj_normalize(var_25, var_26, adj_25, adj_26);
    wp::adj_vec_t(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
    wp::adj_neg(var_21, adj_21, adj_24);
    wp::adj_neg(var_10, adj_10, adj_22);
    // adj: return wp.normalize(wp.vec3(-dx, 1.0, -dz))                                       <L 15>
    wp::adj_div(var_18, var_20, var_21, adj_18, adj_20, adj_21);
    wp::adj_mul(var_19, var_spacing, adj_19, adj_spacing, adj_20);
    wp::adj_mul(var_17, var_vscale, adj_17, adj_vscale, adj_18);
    wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
    adj_height_at_0(var_h, var_i, var_15, adj_h, adj_i, adj_15, adj_16);
    wp::adj_sub(var_j, var_14, adj_j, adj_14, adj_15);
    adj_height_at_0(var_h, var_i, var_12, adj_h, adj_i, adj_12, adj_13);
    wp::adj_add(var_j, var_11, adj_j, adj_11, adj_12);
    // adj: dz = (height_at(h, i, j + 1) - height_at(h, i, j - 1)) * vscale / (2.0 * spacing)  <L 14>
    wp::adj_div(var_7, var_9, var_10, adj_7, adj_9, adj_10);
    wp::adj_mul(var_8, var_spacing, adj_8, adj_spacing, adj_9);
    wp::adj_mul(var_6, var_vscale, adj_6, adj_vscale, adj_7);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_6);
    adj_height_at_0(var_h, var_4, var_j, adj_h, adj_4, adj_j, adj_5);
    wp::adj_sub(var_i, var_3, adj_i, adj_3, adj_4);
    adj_height_at_0(var_h, var_1, var_j, adj_h, adj_1, adj_j, adj_2);
    wp::adj_add(var_i, var_0, adj_i, adj_0, adj_1);
    // adj: dx = (height_at(h, i + 1, j) - height_at(h, i - 1, j)) * vscale / (2.0 * spacing)  <L 13>
    // adj: def normal_at(h: wp.array2d(dtype=float), i: int, j: int, spacing: float, vscale: float) -> wp.vec3:  <L 12>
    return;
}

struct wp_args_compute_normals_5b280d8d {
    wp::array_t<wp::float32> h;
    wp::float32 spacing;
    wp::float32 vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::float32> slope;
};


void compute_normals_5b280d8d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_normals_5b280d8d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_vscale = _wp_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def compute_normals(h: wp.array2d(dtype=float), spacing: float, vscale: float, normals: wp.array2d(dtype=wp.vec3), slope: wp.array2d(dtype=float)):       <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // n = normal_at(h, i, j, spacing, vscale)                                                <L 21>
    var_2 = normal_at_0(var_h, var_0, var_1, var_spacing, var_vscale);
    // normals[i, j] = n                                                                      <L 22>
    wp::array_store(var_normals, var_0, var_1, var_2);
    // slope[i, j] = wp.acos(wp.clamp(n[1], -1.0, 1.0))                                       <L 23>
    var_4 = wp::extract(var_2, var_3);
    var_8 = wp::clamp(var_4, var_6, var_7);
    var_9 = wp::acos(var_8);
    wp::array_store(var_slope, var_0, var_1, var_9);
}



void compute_normals_5b280d8d_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_normals_5b280d8d *_wp_args,
    wp_args_compute_normals_5b280d8d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_vscale = _wp_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::float32> var_slope = _wp_args->slope;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::float32 adj_spacing = _wp_adj_args->spacing;
    wp::float32 adj_vscale = _wp_adj_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::float32> adj_slope = _wp_adj_args->slope;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def compute_normals(h: wp.array2d(dtype=float), spacing: float, vscale: float, normals: wp.array2d(dtype=wp.vec3), slope: wp.array2d(dtype=float)):       <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // n = normal_at(h, i, j, spacing, vscale)                                                <L 21>
    var_2 = normal_at_0(var_h, var_0, var_1, var_spacing, var_vscale);
    // normals[i, j] = n                                                                      <L 22>
    // wp::array_store(var_normals, var_0, var_1, var_2);
    // slope[i, j] = wp.acos(wp.clamp(n[1], -1.0, 1.0))                                       <L 23>
    var_4 = wp::extract(var_2, var_3);
    var_8 = wp::clamp(var_4, var_6, var_7);
    var_9 = wp::acos(var_8);
    // wp::array_store(var_slope, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_slope, var_0, var_1, var_9, adj_slope, adj_0, adj_1, adj_9);
    wp::adj_acos(var_8, adj_8, adj_9);
    wp::adj_clamp(var_4, var_6, var_7, adj_4, adj_6, adj_7, adj_8);
    wp::adj_extract(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: slope[i, j] = wp.acos(wp.clamp(n[1], -1.0, 1.0))                                  <L 23>
    wp::adj_array_store(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2);
    // adj: normals[i, j] = n                                                                 <L 22>
    adj_normal_at_0(var_h, var_0, var_1, var_spacing, var_vscale, adj_h, adj_0, adj_1, adj_spacing, adj_vscale, adj_2);
    // adj: n = normal_at(h, i, j, spacing, vscale)                                           <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def compute_normals(h: wp.array2d(dtype=float), spacing: float, vscale: float, normals: wp.array2d(dtype=wp.vec3), slope: wp.array2d(dtype=float)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_normals_5b280d8d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_normals_5b280d8d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_normals_5b280d8d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_normals_5b280d8d_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_normals_5b280d8d *_wp_args,
    wp_args_compute_normals_5b280d8d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_normals_5b280d8d_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_thermal_erosion_a997f7d8 {
    wp::array_t<wp::float32> h;
    wp::array_t<wp::float32> delta;
    wp::float32 talus;
    wp::float32 rate;
};


void thermal_erosion_a997f7d8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_thermal_erosion_a997f7d8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    wp::float32 var_talus = _wp_args->talus;
    wp::float32 var_rate = _wp_args->rate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    bool var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = -1;
    wp::int32 var_20;
    const wp::int32 var_21 = 2;
    bool var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = -1;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 0;
    bool var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    bool var_48;
    const wp::int32 var_49 = 1;
    const wp::int32 var_50 = -1;
    wp::int32 var_51;
    const wp::int32 var_52 = 2;
    bool var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = -1;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 2;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = 0;
    bool var_75;
    const wp::int32 var_76 = 1;
    wp::int32 var_77;
    const wp::int32 var_78 = 1;
    bool var_79;
    const wp::int32 var_80 = 1;
    const wp::int32 var_81 = -1;
    wp::int32 var_82;
    const wp::int32 var_83 = 2;
    bool var_84;
    const wp::int32 var_85 = 1;
    wp::int32 var_86;
    const wp::int32 var_87 = 1;
    const wp::int32 var_88 = -1;
    wp::int32 var_89;
    wp::int32 var_90;
    wp::int32 var_91;
    wp::int32 var_92;
    wp::int32 var_93;
    wp::int32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    bool var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 3;
    const wp::int32 var_103 = 0;
    const wp::int32 var_104 = 0;
    const wp::int32 var_105 = 0;
    bool var_106;
    const wp::int32 var_107 = 1;
    wp::int32 var_108;
    const wp::int32 var_109 = 1;
    bool var_110;
    const wp::int32 var_111 = 1;
    const wp::int32 var_112 = -1;
    wp::int32 var_113;
    const wp::int32 var_114 = 2;
    bool var_115;
    const wp::int32 var_116 = 1;
    wp::int32 var_117;
    const wp::int32 var_118 = 1;
    const wp::int32 var_119 = -1;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    bool var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    const wp::float32 var_133 = 0.0;
    bool var_134;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    const wp::int32 var_138 = 4;
    wp::range_t var_139;
    wp::int32 var_140;
    const wp::int32 var_141 = 0;
    const wp::int32 var_142 = 0;
    const wp::int32 var_143 = 0;
    bool var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    const wp::int32 var_147 = 1;
    bool var_148;
    const wp::int32 var_149 = 1;
    const wp::int32 var_150 = -1;
    wp::int32 var_151;
    const wp::int32 var_152 = 2;
    bool var_153;
    const wp::int32 var_154 = 1;
    wp::int32 var_155;
    const wp::int32 var_156 = 1;
    const wp::int32 var_157 = -1;
    wp::int32 var_158;
    wp::int32 var_159;
    wp::int32 var_160;
    wp::int32 var_161;
    wp::int32 var_162;
    wp::int32 var_163;
    const wp::int32 var_164 = 0;
    bool var_165;
    const wp::int32 var_166 = 0;
    bool var_167;
    wp::shape_t* var_168;
    const wp::int32 var_169 = 0;
    wp::int32 var_170;
    wp::shape_t var_171;
    bool var_172;
    wp::shape_t* var_173;
    const wp::int32 var_174 = 1;
    wp::int32 var_175;
    wp::shape_t var_176;
    bool var_177;
    bool var_178;
    wp::int32 var_179;
    wp::int32 var_180;
    wp::float32* var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    bool var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    wp::float32 var_187;
    //---------
    // forward
    // def thermal_erosion(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float), talus: float, rate: float):       <L 27>
    // i, j = wp.tid()                                                                        <L 28>
    builtin_tid2d(var_0, var_1);
    // c = h[i, j]                                                                            <L 29>
    var_2 = wp::address(var_h, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total_diff = float(0.0)                                                                <L 30>
    var_6 = wp::float(var_5);
    // max_diff = float(0.0)                                                                  <L 31>
    var_8 = wp::float(var_7);
    // for k in range(4):                                                                     <L 32>
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_13 = (var_9 == var_12);
    if (var_13) {
        // di = 1                                                                             <L 36>
    }
    var_15 = wp::where(var_13, var_14, var_10);
    if (!var_13) {
        // elif k == 1:                                                                       <L 37>
        var_17 = (var_9 == var_16);
        if (var_17) {
            // di = -1                                                                        <L 38>
        }
        var_20 = wp::where(var_17, var_19, var_15);
        if (!var_17) {
            // elif k == 2:                                                                   <L 39>
            var_22 = (var_9 == var_21);
            if (var_22) {
                // dj = 1                                                                     <L 40>
            }
            var_24 = wp::where(var_22, var_23, var_11);
            if (!var_22) {
                // dj = -1                                                                    <L 42>
            }
            var_27 = wp::where(var_22, var_24, var_26);
        }
        var_28 = wp::where(var_17, var_11, var_27);
    }
    var_29 = wp::where(var_13, var_15, var_20);
    var_30 = wp::where(var_13, var_11, var_28);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_31 = wp::add(var_0, var_29);
    var_32 = wp::add(var_1, var_30);
    var_33 = height_at_0(var_h, var_31, var_32);
    var_34 = wp::sub(var_3, var_33);
    // if d > talus:                                                                          <L 44>
    var_35 = (var_34 > var_talus);
    if (var_35) {
        // total_diff += d                                                                    <L 45>
        var_36 = wp::add(var_6, var_34);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_37 = wp::max(var_8, var_34);
    }
    var_38 = wp::where(var_35, var_36, var_6);
    var_39 = wp::where(var_35, var_37, var_8);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_44 = (var_40 == var_43);
    if (var_44) {
        // di = 1                                                                             <L 36>
    }
    var_46 = wp::where(var_44, var_45, var_41);
    if (!var_44) {
        // elif k == 1:                                                                       <L 37>
        var_48 = (var_40 == var_47);
        if (var_48) {
            // di = -1                                                                        <L 38>
        }
        var_51 = wp::where(var_48, var_50, var_46);
        if (!var_48) {
            // elif k == 2:                                                                   <L 39>
            var_53 = (var_40 == var_52);
            if (var_53) {
                // dj = 1                                                                     <L 40>
            }
            var_55 = wp::where(var_53, var_54, var_42);
            if (!var_53) {
                // dj = -1                                                                    <L 42>
            }
            var_58 = wp::where(var_53, var_55, var_57);
        }
        var_59 = wp::where(var_48, var_42, var_58);
    }
    var_60 = wp::where(var_44, var_46, var_51);
    var_61 = wp::where(var_44, var_42, var_59);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_62 = wp::add(var_0, var_60);
    var_63 = wp::add(var_1, var_61);
    var_64 = height_at_0(var_h, var_62, var_63);
    var_65 = wp::sub(var_3, var_64);
    // if d > talus:                                                                          <L 44>
    var_66 = (var_65 > var_talus);
    if (var_66) {
        // total_diff += d                                                                    <L 45>
        var_67 = wp::add(var_38, var_65);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_68 = wp::max(var_39, var_65);
    }
    var_69 = wp::where(var_66, var_67, var_38);
    var_70 = wp::where(var_66, var_68, var_39);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_75 = (var_71 == var_74);
    if (var_75) {
        // di = 1                                                                             <L 36>
    }
    var_77 = wp::where(var_75, var_76, var_72);
    if (!var_75) {
        // elif k == 1:                                                                       <L 37>
        var_79 = (var_71 == var_78);
        if (var_79) {
            // di = -1                                                                        <L 38>
        }
        var_82 = wp::where(var_79, var_81, var_77);
        if (!var_79) {
            // elif k == 2:                                                                   <L 39>
            var_84 = (var_71 == var_83);
            if (var_84) {
                // dj = 1                                                                     <L 40>
            }
            var_86 = wp::where(var_84, var_85, var_73);
            if (!var_84) {
                // dj = -1                                                                    <L 42>
            }
            var_89 = wp::where(var_84, var_86, var_88);
        }
        var_90 = wp::where(var_79, var_73, var_89);
    }
    var_91 = wp::where(var_75, var_77, var_82);
    var_92 = wp::where(var_75, var_73, var_90);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_93 = wp::add(var_0, var_91);
    var_94 = wp::add(var_1, var_92);
    var_95 = height_at_0(var_h, var_93, var_94);
    var_96 = wp::sub(var_3, var_95);
    // if d > talus:                                                                          <L 44>
    var_97 = (var_96 > var_talus);
    if (var_97) {
        // total_diff += d                                                                    <L 45>
        var_98 = wp::add(var_69, var_96);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_99 = wp::max(var_70, var_96);
    }
    var_100 = wp::where(var_97, var_98, var_69);
    var_101 = wp::where(var_97, var_99, var_70);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_106 = (var_102 == var_105);
    if (var_106) {
        // di = 1                                                                             <L 36>
    }
    var_108 = wp::where(var_106, var_107, var_103);
    if (!var_106) {
        // elif k == 1:                                                                       <L 37>
        var_110 = (var_102 == var_109);
        if (var_110) {
            // di = -1                                                                        <L 38>
        }
        var_113 = wp::where(var_110, var_112, var_108);
        if (!var_110) {
            // elif k == 2:                                                                   <L 39>
            var_115 = (var_102 == var_114);
            if (var_115) {
                // dj = 1                                                                     <L 40>
            }
            var_117 = wp::where(var_115, var_116, var_104);
            if (!var_115) {
                // dj = -1                                                                    <L 42>
            }
            var_120 = wp::where(var_115, var_117, var_119);
        }
        var_121 = wp::where(var_110, var_104, var_120);
    }
    var_122 = wp::where(var_106, var_108, var_113);
    var_123 = wp::where(var_106, var_104, var_121);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_124 = wp::add(var_0, var_122);
    var_125 = wp::add(var_1, var_123);
    var_126 = height_at_0(var_h, var_124, var_125);
    var_127 = wp::sub(var_3, var_126);
    // if d > talus:                                                                          <L 44>
    var_128 = (var_127 > var_talus);
    if (var_128) {
        // total_diff += d                                                                    <L 45>
        var_129 = wp::add(var_100, var_127);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_130 = wp::max(var_101, var_127);
    }
    var_131 = wp::where(var_128, var_129, var_100);
    var_132 = wp::where(var_128, var_130, var_101);
    // if total_diff <= 0.0:                                                                  <L 47>
    var_134 = (var_131 <= var_133);
    if (var_134) {
        // return                                                                             <L 48>
        return;
    }
    // moved = rate * (max_diff - talus)                                                      <L 49>
    var_135 = wp::sub(var_132, var_talus);
    var_136 = wp::mul(var_rate, var_135);
    // wp.atomic_sub(delta, i, j, moved)                                                      <L 50>
    var_137 = wp::atomic_sub(var_delta, var_0, var_1, var_136);
    // for k in range(4):                                                                     <L 51>
    var_139 = wp::range(var_138);
    start_for_1:;
        if (iter_cmp(var_139) == 0) goto end_for_1;
        var_140 = wp::iter_next(var_139);
        // di = 0                                                                             <L 52>
        // dj = 0                                                                             <L 53>
        // if k == 0:                                                                         <L 54>
        var_144 = (var_140 == var_143);
        if (var_144) {
            // di = 1                                                                         <L 55>
        }
        var_146 = wp::where(var_144, var_145, var_141);
        if (!var_144) {
            // elif k == 1:                                                                   <L 56>
            var_148 = (var_140 == var_147);
            if (var_148) {
                // di = -1                                                                    <L 57>
            }
            var_151 = wp::where(var_148, var_150, var_146);
            if (!var_148) {
                // elif k == 2:                                                               <L 58>
                var_153 = (var_140 == var_152);
                if (var_153) {
                    // dj = 1                                                                 <L 59>
                }
                var_155 = wp::where(var_153, var_154, var_142);
                if (!var_153) {
                    // dj = -1                                                                <L 61>
                }
                var_158 = wp::where(var_153, var_155, var_157);
            }
            var_159 = wp::where(var_148, var_142, var_158);
        }
        var_160 = wp::where(var_144, var_146, var_151);
        var_161 = wp::where(var_144, var_142, var_159);
        // ni = i + di                                                                        <L 62>
        var_162 = wp::add(var_0, var_160);
        // nj = j + dj                                                                        <L 63>
        var_163 = wp::add(var_1, var_161);
        // if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                       <L 64>
        var_165 = (var_162 < var_164);
        var_167 = (var_163 < var_166);
        var_168 = &(var_h.shape);
        var_171 = wp::load(var_168);
        var_170 = wp::extract(var_171, var_169);
        var_172 = (var_162 >= var_170);
        var_173 = &(var_h.shape);
        var_176 = wp::load(var_173);
        var_175 = wp::extract(var_176, var_174);
        var_177 = (var_163 >= var_175);
        var_178 = var_165 || var_167 || var_172 || var_177;
        if (var_178) {
            // continue                                                                       <L 65>
            wp::assign(var_122, var_160);
            wp::assign(var_123, var_161);
            goto start_for_1;
        }
        var_179 = wp::where(var_178, var_122, var_160);
        var_180 = wp::where(var_178, var_123, var_161);
        // d = c - h[ni, nj]                                                                  <L 66>
        var_181 = wp::address(var_h, var_162, var_163);
        var_183 = wp::load(var_181);
        var_182 = wp::sub(var_3, var_183);
        // if d > talus:                                                                      <L 67>
        var_184 = (var_182 > var_talus);
        if (var_184) {
            // wp.atomic_add(delta, ni, nj, moved * d / total_diff)                           <L 68>
            var_185 = wp::mul(var_136, var_182);
            var_186 = wp::div(var_185, var_131);
            var_187 = wp::atomic_add(var_delta, var_162, var_163, var_186);
        }
        wp::assign(var_122, var_179);
        wp::assign(var_123, var_180);
        wp::assign(var_127, var_182);
        goto start_for_1;
    end_for_1:;
}



void thermal_erosion_a997f7d8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_thermal_erosion_a997f7d8 *_wp_args,
    wp_args_thermal_erosion_a997f7d8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    wp::float32 var_talus = _wp_args->talus;
    wp::float32 var_rate = _wp_args->rate;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::array_t<wp::float32> adj_delta = _wp_adj_args->delta;
    wp::float32 adj_talus = _wp_adj_args->talus;
    wp::float32 adj_rate = _wp_adj_args->rate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    bool var_17;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = -1;
    wp::int32 var_20;
    const wp::int32 var_21 = 2;
    bool var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = -1;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 0;
    bool var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    bool var_48;
    const wp::int32 var_49 = 1;
    const wp::int32 var_50 = -1;
    wp::int32 var_51;
    const wp::int32 var_52 = 2;
    bool var_53;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = -1;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 2;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = 0;
    bool var_75;
    const wp::int32 var_76 = 1;
    wp::int32 var_77;
    const wp::int32 var_78 = 1;
    bool var_79;
    const wp::int32 var_80 = 1;
    const wp::int32 var_81 = -1;
    wp::int32 var_82;
    const wp::int32 var_83 = 2;
    bool var_84;
    const wp::int32 var_85 = 1;
    wp::int32 var_86;
    const wp::int32 var_87 = 1;
    const wp::int32 var_88 = -1;
    wp::int32 var_89;
    wp::int32 var_90;
    wp::int32 var_91;
    wp::int32 var_92;
    wp::int32 var_93;
    wp::int32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    bool var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 3;
    const wp::int32 var_103 = 0;
    const wp::int32 var_104 = 0;
    const wp::int32 var_105 = 0;
    bool var_106;
    const wp::int32 var_107 = 1;
    wp::int32 var_108;
    const wp::int32 var_109 = 1;
    bool var_110;
    const wp::int32 var_111 = 1;
    const wp::int32 var_112 = -1;
    wp::int32 var_113;
    const wp::int32 var_114 = 2;
    bool var_115;
    const wp::int32 var_116 = 1;
    wp::int32 var_117;
    const wp::int32 var_118 = 1;
    const wp::int32 var_119 = -1;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    wp::int32 var_124;
    wp::int32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    bool var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    const wp::float32 var_133 = 0.0;
    bool var_134;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    const wp::int32 var_138 = 4;
    wp::range_t var_139;
    wp::int32 var_140;
    const wp::int32 var_141 = 0;
    const wp::int32 var_142 = 0;
    const wp::int32 var_143 = 0;
    bool var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    const wp::int32 var_147 = 1;
    bool var_148;
    const wp::int32 var_149 = 1;
    const wp::int32 var_150 = -1;
    wp::int32 var_151;
    const wp::int32 var_152 = 2;
    bool var_153;
    const wp::int32 var_154 = 1;
    wp::int32 var_155;
    const wp::int32 var_156 = 1;
    const wp::int32 var_157 = -1;
    wp::int32 var_158;
    wp::int32 var_159;
    wp::int32 var_160;
    wp::int32 var_161;
    wp::int32 var_162;
    wp::int32 var_163;
    const wp::int32 var_164 = 0;
    bool var_165;
    const wp::int32 var_166 = 0;
    bool var_167;
    wp::shape_t* var_168;
    const wp::int32 var_169 = 0;
    wp::int32 var_170;
    wp::shape_t var_171;
    bool var_172;
    wp::shape_t* var_173;
    const wp::int32 var_174 = 1;
    wp::int32 var_175;
    wp::shape_t var_176;
    bool var_177;
    bool var_178;
    wp::int32 var_179;
    wp::int32 var_180;
    wp::float32* var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    bool var_184;
    wp::float32 var_185;
    wp::float32 var_186;
    wp::float32 var_187;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    bool adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    bool adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    bool adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    bool adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    bool adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    bool adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    bool adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    bool adj_110 = {};
    wp::int32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    bool adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    bool adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    bool adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::range_t adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    bool adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    bool adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    bool adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    bool adj_165 = {};
    wp::int32 adj_166 = {};
    bool adj_167 = {};
    wp::shape_t adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::shape_t adj_171 = {};
    bool adj_172 = {};
    wp::shape_t adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::shape_t adj_176 = {};
    bool adj_177 = {};
    bool adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    bool adj_184 = {};
    wp::float32 adj_185 = {};
    wp::float32 adj_186 = {};
    wp::float32 adj_187 = {};
    //---------
    // forward
    // def thermal_erosion(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float), talus: float, rate: float):       <L 27>
    // i, j = wp.tid()                                                                        <L 28>
    builtin_tid2d(var_0, var_1);
    // c = h[i, j]                                                                            <L 29>
    var_2 = wp::address(var_h, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total_diff = float(0.0)                                                                <L 30>
    var_6 = wp::float(var_5);
    // max_diff = float(0.0)                                                                  <L 31>
    var_8 = wp::float(var_7);
    // for k in range(4):                                                                     <L 32>
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_13 = (var_9 == var_12);
    if (var_13) {
        // di = 1                                                                             <L 36>
    }
    var_15 = wp::where(var_13, var_14, var_10);
    if (!var_13) {
        // elif k == 1:                                                                       <L 37>
        var_17 = (var_9 == var_16);
        if (var_17) {
            // di = -1                                                                        <L 38>
        }
        var_20 = wp::where(var_17, var_19, var_15);
        if (!var_17) {
            // elif k == 2:                                                                   <L 39>
            var_22 = (var_9 == var_21);
            if (var_22) {
                // dj = 1                                                                     <L 40>
            }
            var_24 = wp::where(var_22, var_23, var_11);
            if (!var_22) {
                // dj = -1                                                                    <L 42>
            }
            var_27 = wp::where(var_22, var_24, var_26);
        }
        var_28 = wp::where(var_17, var_11, var_27);
    }
    var_29 = wp::where(var_13, var_15, var_20);
    var_30 = wp::where(var_13, var_11, var_28);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_31 = wp::add(var_0, var_29);
    var_32 = wp::add(var_1, var_30);
    var_33 = height_at_0(var_h, var_31, var_32);
    var_34 = wp::sub(var_3, var_33);
    // if d > talus:                                                                          <L 44>
    var_35 = (var_34 > var_talus);
    if (var_35) {
        // total_diff += d                                                                    <L 45>
        var_36 = wp::add(var_6, var_34);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_37 = wp::max(var_8, var_34);
    }
    var_38 = wp::where(var_35, var_36, var_6);
    var_39 = wp::where(var_35, var_37, var_8);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_44 = (var_40 == var_43);
    if (var_44) {
        // di = 1                                                                             <L 36>
    }
    var_46 = wp::where(var_44, var_45, var_41);
    if (!var_44) {
        // elif k == 1:                                                                       <L 37>
        var_48 = (var_40 == var_47);
        if (var_48) {
            // di = -1                                                                        <L 38>
        }
        var_51 = wp::where(var_48, var_50, var_46);
        if (!var_48) {
            // elif k == 2:                                                                   <L 39>
            var_53 = (var_40 == var_52);
            if (var_53) {
                // dj = 1                                                                     <L 40>
            }
            var_55 = wp::where(var_53, var_54, var_42);
            if (!var_53) {
                // dj = -1                                                                    <L 42>
            }
            var_58 = wp::where(var_53, var_55, var_57);
        }
        var_59 = wp::where(var_48, var_42, var_58);
    }
    var_60 = wp::where(var_44, var_46, var_51);
    var_61 = wp::where(var_44, var_42, var_59);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_62 = wp::add(var_0, var_60);
    var_63 = wp::add(var_1, var_61);
    var_64 = height_at_0(var_h, var_62, var_63);
    var_65 = wp::sub(var_3, var_64);
    // if d > talus:                                                                          <L 44>
    var_66 = (var_65 > var_talus);
    if (var_66) {
        // total_diff += d                                                                    <L 45>
        var_67 = wp::add(var_38, var_65);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_68 = wp::max(var_39, var_65);
    }
    var_69 = wp::where(var_66, var_67, var_38);
    var_70 = wp::where(var_66, var_68, var_39);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_75 = (var_71 == var_74);
    if (var_75) {
        // di = 1                                                                             <L 36>
    }
    var_77 = wp::where(var_75, var_76, var_72);
    if (!var_75) {
        // elif k == 1:                                                                       <L 37>
        var_79 = (var_71 == var_78);
        if (var_79) {
            // di = -1                                                                        <L 38>
        }
        var_82 = wp::where(var_79, var_81, var_77);
        if (!var_79) {
            // elif k == 2:                                                                   <L 39>
            var_84 = (var_71 == var_83);
            if (var_84) {
                // dj = 1                                                                     <L 40>
            }
            var_86 = wp::where(var_84, var_85, var_73);
            if (!var_84) {
                // dj = -1                                                                    <L 42>
            }
            var_89 = wp::where(var_84, var_86, var_88);
        }
        var_90 = wp::where(var_79, var_73, var_89);
    }
    var_91 = wp::where(var_75, var_77, var_82);
    var_92 = wp::where(var_75, var_73, var_90);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_93 = wp::add(var_0, var_91);
    var_94 = wp::add(var_1, var_92);
    var_95 = height_at_0(var_h, var_93, var_94);
    var_96 = wp::sub(var_3, var_95);
    // if d > talus:                                                                          <L 44>
    var_97 = (var_96 > var_talus);
    if (var_97) {
        // total_diff += d                                                                    <L 45>
        var_98 = wp::add(var_69, var_96);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_99 = wp::max(var_70, var_96);
    }
    var_100 = wp::where(var_97, var_98, var_69);
    var_101 = wp::where(var_97, var_99, var_70);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_106 = (var_102 == var_105);
    if (var_106) {
        // di = 1                                                                             <L 36>
    }
    var_108 = wp::where(var_106, var_107, var_103);
    if (!var_106) {
        // elif k == 1:                                                                       <L 37>
        var_110 = (var_102 == var_109);
        if (var_110) {
            // di = -1                                                                        <L 38>
        }
        var_113 = wp::where(var_110, var_112, var_108);
        if (!var_110) {
            // elif k == 2:                                                                   <L 39>
            var_115 = (var_102 == var_114);
            if (var_115) {
                // dj = 1                                                                     <L 40>
            }
            var_117 = wp::where(var_115, var_116, var_104);
            if (!var_115) {
                // dj = -1                                                                    <L 42>
            }
            var_120 = wp::where(var_115, var_117, var_119);
        }
        var_121 = wp::where(var_110, var_104, var_120);
    }
    var_122 = wp::where(var_106, var_108, var_113);
    var_123 = wp::where(var_106, var_104, var_121);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_124 = wp::add(var_0, var_122);
    var_125 = wp::add(var_1, var_123);
    var_126 = height_at_0(var_h, var_124, var_125);
    var_127 = wp::sub(var_3, var_126);
    // if d > talus:                                                                          <L 44>
    var_128 = (var_127 > var_talus);
    if (var_128) {
        // total_diff += d                                                                    <L 45>
        var_129 = wp::add(var_100, var_127);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_130 = wp::max(var_101, var_127);
    }
    var_131 = wp::where(var_128, var_129, var_100);
    var_132 = wp::where(var_128, var_130, var_101);
    // if total_diff <= 0.0:                                                                  <L 47>
    var_134 = (var_131 <= var_133);
    if (var_134) {
        // return                                                                             <L 48>
        goto label0;
    }
    // moved = rate * (max_diff - talus)                                                      <L 49>
    var_135 = wp::sub(var_132, var_talus);
    var_136 = wp::mul(var_rate, var_135);
    // wp.atomic_sub(delta, i, j, moved)                                                      <L 50>
    // var_137 = wp::atomic_sub(var_delta, var_0, var_1, var_136);
    // for k in range(4):                                                                     <L 51>
    var_139 = wp::range(var_138);
    //---------
    // reverse
    var_139 = wp::iter_reverse(var_139);
    start_for_1:;
        if (iter_cmp(var_139) == 0) goto end_for_1;
        var_140 = wp::iter_next(var_139);
    	adj_141 = {};
    	adj_142 = {};
    	adj_143 = {};
    	adj_144 = {};
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
    	adj_152 = {};
    	adj_153 = {};
    	adj_154 = {};
    	adj_155 = {};
    	adj_156 = {};
    	adj_157 = {};
    	adj_158 = {};
    	adj_159 = {};
    	adj_160 = {};
    	adj_161 = {};
    	adj_162 = {};
    	adj_163 = {};
    	adj_164 = {};
    	adj_165 = {};
    	adj_166 = {};
    	adj_167 = {};
    	adj_168 = {};
    	adj_169 = {};
    	adj_170 = {};
    	adj_171 = {};
    	adj_172 = {};
    	adj_173 = {};
    	adj_174 = {};
    	adj_175 = {};
    	adj_176 = {};
    	adj_177 = {};
    	adj_178 = {};
    	adj_179 = {};
    	adj_180 = {};
    	adj_181 = {};
    	adj_182 = {};
    	adj_183 = {};
    	adj_184 = {};
    	adj_185 = {};
    	adj_186 = {};
    	adj_187 = {};
        // di = 0                                                                             <L 52>
        // dj = 0                                                                             <L 53>
        // if k == 0:                                                                         <L 54>
        var_144 = (var_140 == var_143);
        if (var_144) {
            // di = 1                                                                         <L 55>
        }
        var_146 = wp::where(var_144, var_145, var_141);
        if (!var_144) {
            // elif k == 1:                                                                   <L 56>
            var_148 = (var_140 == var_147);
            if (var_148) {
                // di = -1                                                                    <L 57>
            }
            var_151 = wp::where(var_148, var_150, var_146);
            if (!var_148) {
                // elif k == 2:                                                               <L 58>
                var_153 = (var_140 == var_152);
                if (var_153) {
                    // dj = 1                                                                 <L 59>
                }
                var_155 = wp::where(var_153, var_154, var_142);
                if (!var_153) {
                    // dj = -1                                                                <L 61>
                }
                var_158 = wp::where(var_153, var_155, var_157);
            }
            var_159 = wp::where(var_148, var_142, var_158);
        }
        var_160 = wp::where(var_144, var_146, var_151);
        var_161 = wp::where(var_144, var_142, var_159);
        // ni = i + di                                                                        <L 62>
        var_162 = wp::add(var_0, var_160);
        // nj = j + dj                                                                        <L 63>
        var_163 = wp::add(var_1, var_161);
        // if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                       <L 64>
        var_165 = (var_162 < var_164);
        var_167 = (var_163 < var_166);
        var_168 = &(var_h.shape);
        var_171 = wp::load(var_168);
        var_170 = wp::extract(var_171, var_169);
        var_172 = (var_162 >= var_170);
        var_173 = &(var_h.shape);
        var_176 = wp::load(var_173);
        var_175 = wp::extract(var_176, var_174);
        var_177 = (var_163 >= var_175);
        var_178 = var_165 || var_167 || var_172 || var_177;
        if (var_178) {
            // continue                                                                       <L 65>
            wp::assign(var_122, var_160);
            wp::assign(var_123, var_161);
            goto start_for_1;
        }
        var_179 = wp::where(var_178, var_122, var_160);
        var_180 = wp::where(var_178, var_123, var_161);
        // d = c - h[ni, nj]                                                                  <L 66>
        var_181 = wp::address(var_h, var_162, var_163);
        var_183 = wp::load(var_181);
        var_182 = wp::sub(var_3, var_183);
        // if d > talus:                                                                      <L 67>
        var_184 = (var_182 > var_talus);
        if (var_184) {
            // wp.atomic_add(delta, ni, nj, moved * d / total_diff)                           <L 68>
            var_185 = wp::mul(var_136, var_182);
            var_186 = wp::div(var_185, var_131);
            // var_187 = wp::atomic_add(var_delta, var_162, var_163, var_186);
        }
        wp::assign(var_122, var_179);
        wp::assign(var_123, var_180);
        wp::assign(var_127, var_182);
        wp::adj_assign(var_127, var_182, adj_127, adj_182);
        wp::adj_assign(var_123, var_180, adj_123, adj_180);
        wp::adj_assign(var_122, var_179, adj_122, adj_179);
        if (var_184) {
            wp::adj_atomic_add(var_delta, var_162, var_163, var_186, adj_delta, adj_162, adj_163, adj_186, adj_187);
            wp::adj_div(var_185, var_131, var_186, adj_185, adj_131, adj_186);
            wp::adj_mul(var_136, var_182, adj_136, adj_182, adj_185);
            // adj: wp.atomic_add(delta, ni, nj, moved * d / total_diff)                      <L 68>
        }
        // adj: if d > talus:                                                                 <L 67>
        wp::adj_sub(var_3, var_183, adj_3, adj_181, adj_182);
        wp::adj_address(var_h, var_162, var_163, adj_h, adj_162, adj_163, adj_181);
        // adj: d = c - h[ni, nj]                                                             <L 66>
        wp::adj_where(var_178, var_123, var_161, adj_178, adj_123, adj_161, adj_180);
        wp::adj_where(var_178, var_122, var_160, adj_178, adj_122, adj_160, adj_179);
        if (var_178) {
            wp::adj_assign(var_123, var_161, adj_123, adj_161);
            wp::adj_assign(var_122, var_160, adj_122, adj_160);
            // adj: continue                                                                  <L 65>
        }
        wp::adj_extract(var_176, var_174, adj_173, adj_174, adj_175);
        adj_h.shape = adj_173;
        wp::adj_extract(var_171, var_169, adj_168, adj_169, adj_170);
        adj_h.shape = adj_168;
        // adj: if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                  <L 64>
        wp::adj_add(var_1, var_161, adj_1, adj_161, adj_163);
        // adj: nj = j + dj                                                                   <L 63>
        wp::adj_add(var_0, var_160, adj_0, adj_160, adj_162);
        // adj: ni = i + di                                                                   <L 62>
        wp::adj_where(var_144, var_142, var_159, adj_144, adj_142, adj_159, adj_161);
        wp::adj_where(var_144, var_146, var_151, adj_144, adj_146, adj_151, adj_160);
        if (!var_144) {
            wp::adj_where(var_148, var_142, var_158, adj_148, adj_142, adj_158, adj_159);
            if (!var_148) {
                wp::adj_where(var_153, var_155, var_157, adj_153, adj_155, adj_157, adj_158);
                if (!var_153) {
                    // adj: dj = -1                                                           <L 61>
                }
                wp::adj_where(var_153, var_154, var_142, adj_153, adj_154, adj_142, adj_155);
                if (var_153) {
                    // adj: dj = 1                                                            <L 59>
                }
                // adj: elif k == 2:                                                          <L 58>
            }
            wp::adj_where(var_148, var_150, var_146, adj_148, adj_150, adj_146, adj_151);
            if (var_148) {
                // adj: di = -1                                                               <L 57>
            }
            // adj: elif k == 1:                                                              <L 56>
        }
        wp::adj_where(var_144, var_145, var_141, adj_144, adj_145, adj_141, adj_146);
        if (var_144) {
            // adj: di = 1                                                                    <L 55>
        }
        // adj: if k == 0:                                                                    <L 54>
        // adj: dj = 0                                                                        <L 53>
        // adj: di = 0                                                                        <L 52>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_138, adj_138, adj_139);
    // adj: for k in range(4):                                                                <L 51>
    wp::adj_atomic_sub(var_delta, var_0, var_1, var_136, adj_delta, adj_0, adj_1, adj_136, adj_137);
    // adj: wp.atomic_sub(delta, i, j, moved)                                                 <L 50>
    wp::adj_mul(var_rate, var_135, adj_rate, adj_135, adj_136);
    wp::adj_sub(var_132, var_talus, adj_132, adj_talus, adj_135);
    // adj: moved = rate * (max_diff - talus)                                                 <L 49>
    if (var_134) {
        label0:;
        // adj: return                                                                        <L 48>
    }
    // adj: if total_diff <= 0.0:                                                             <L 47>
    wp::adj_where(var_128, var_130, var_101, adj_128, adj_130, adj_101, adj_132);
    wp::adj_where(var_128, var_129, var_100, adj_128, adj_129, adj_100, adj_131);
    if (var_128) {
        wp::adj_max(var_101, var_127, adj_101, adj_127, adj_130);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_100, var_127, adj_100, adj_127, adj_129);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_126, adj_3, adj_126, adj_127);
    adj_height_at_0(var_h, var_124, var_125, adj_h, adj_124, adj_125, adj_126);
    wp::adj_add(var_1, var_123, adj_1, adj_123, adj_125);
    wp::adj_add(var_0, var_122, adj_0, adj_122, adj_124);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_106, var_104, var_121, adj_106, adj_104, adj_121, adj_123);
    wp::adj_where(var_106, var_108, var_113, adj_106, adj_108, adj_113, adj_122);
    if (!var_106) {
        wp::adj_where(var_110, var_104, var_120, adj_110, adj_104, adj_120, adj_121);
        if (!var_110) {
            wp::adj_where(var_115, var_117, var_119, adj_115, adj_117, adj_119, adj_120);
            if (!var_115) {
                // adj: dj = -1                                                               <L 42>
            }
            wp::adj_where(var_115, var_116, var_104, adj_115, adj_116, adj_104, adj_117);
            if (var_115) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        wp::adj_where(var_110, var_112, var_108, adj_110, adj_112, adj_108, adj_113);
        if (var_110) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    wp::adj_where(var_106, var_107, var_103, adj_106, adj_107, adj_103, adj_108);
    if (var_106) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_97, var_99, var_70, adj_97, adj_99, adj_70, adj_101);
    wp::adj_where(var_97, var_98, var_69, adj_97, adj_98, adj_69, adj_100);
    if (var_97) {
        wp::adj_max(var_70, var_96, adj_70, adj_96, adj_99);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_69, var_96, adj_69, adj_96, adj_98);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_95, adj_3, adj_95, adj_96);
    adj_height_at_0(var_h, var_93, var_94, adj_h, adj_93, adj_94, adj_95);
    wp::adj_add(var_1, var_92, adj_1, adj_92, adj_94);
    wp::adj_add(var_0, var_91, adj_0, adj_91, adj_93);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_75, var_73, var_90, adj_75, adj_73, adj_90, adj_92);
    wp::adj_where(var_75, var_77, var_82, adj_75, adj_77, adj_82, adj_91);
    if (!var_75) {
        wp::adj_where(var_79, var_73, var_89, adj_79, adj_73, adj_89, adj_90);
        if (!var_79) {
            wp::adj_where(var_84, var_86, var_88, adj_84, adj_86, adj_88, adj_89);
            if (!var_84) {
                // adj: dj = -1                                                               <L 42>
            }
            wp::adj_where(var_84, var_85, var_73, adj_84, adj_85, adj_73, adj_86);
            if (var_84) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        wp::adj_where(var_79, var_81, var_77, adj_79, adj_81, adj_77, adj_82);
        if (var_79) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    wp::adj_where(var_75, var_76, var_72, adj_75, adj_76, adj_72, adj_77);
    if (var_75) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_66, var_68, var_39, adj_66, adj_68, adj_39, adj_70);
    wp::adj_where(var_66, var_67, var_38, adj_66, adj_67, adj_38, adj_69);
    if (var_66) {
        wp::adj_max(var_39, var_65, adj_39, adj_65, adj_68);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_38, var_65, adj_38, adj_65, adj_67);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_64, adj_3, adj_64, adj_65);
    adj_height_at_0(var_h, var_62, var_63, adj_h, adj_62, adj_63, adj_64);
    wp::adj_add(var_1, var_61, adj_1, adj_61, adj_63);
    wp::adj_add(var_0, var_60, adj_0, adj_60, adj_62);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_44, var_42, var_59, adj_44, adj_42, adj_59, adj_61);
    wp::adj_where(var_44, var_46, var_51, adj_44, adj_46, adj_51, adj_60);
    if (!var_44) {
        wp::adj_where(var_48, var_42, var_58, adj_48, adj_42, adj_58, adj_59);
        if (!var_48) {
            wp::adj_where(var_53, var_55, var_57, adj_53, adj_55, adj_57, adj_58);
            if (!var_53) {
                // adj: dj = -1                                                               <L 42>
            }
            wp::adj_where(var_53, var_54, var_42, adj_53, adj_54, adj_42, adj_55);
            if (var_53) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        wp::adj_where(var_48, var_50, var_46, adj_48, adj_50, adj_46, adj_51);
        if (var_48) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    wp::adj_where(var_44, var_45, var_41, adj_44, adj_45, adj_41, adj_46);
    if (var_44) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_35, var_37, var_8, adj_35, adj_37, adj_8, adj_39);
    wp::adj_where(var_35, var_36, var_6, adj_35, adj_36, adj_6, adj_38);
    if (var_35) {
        wp::adj_max(var_8, var_34, adj_8, adj_34, adj_37);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_6, var_34, adj_6, adj_34, adj_36);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_33, adj_3, adj_33, adj_34);
    adj_height_at_0(var_h, var_31, var_32, adj_h, adj_31, adj_32, adj_33);
    wp::adj_add(var_1, var_30, adj_1, adj_30, adj_32);
    wp::adj_add(var_0, var_29, adj_0, adj_29, adj_31);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_13, var_11, var_28, adj_13, adj_11, adj_28, adj_30);
    wp::adj_where(var_13, var_15, var_20, adj_13, adj_15, adj_20, adj_29);
    if (!var_13) {
        wp::adj_where(var_17, var_11, var_27, adj_17, adj_11, adj_27, adj_28);
        if (!var_17) {
            wp::adj_where(var_22, var_24, var_26, adj_22, adj_24, adj_26, adj_27);
            if (!var_22) {
                // adj: dj = -1                                                               <L 42>
            }
            wp::adj_where(var_22, var_23, var_11, adj_22, adj_23, adj_11, adj_24);
            if (var_22) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        wp::adj_where(var_17, var_19, var_15, adj_17, adj_19, adj_15, adj_20);
        if (var_17) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    wp::adj_where(var_13, var_14, var_10, adj_13, adj_14, adj_10, adj_15);
    if (var_13) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    // adj: for k in range(4):                                                                <L 32>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: max_diff = float(0.0)                                                             <L 31>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: total_diff = float(0.0)                                                           <L 30>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_2);
    // adj: c = h[i, j]                                                                       <L 29>
    // adj: i, j = wp.tid()                                                                   <L 28>
    // adj: def thermal_erosion(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float), talus: float, rate: float):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void thermal_erosion_a997f7d8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_thermal_erosion_a997f7d8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        thermal_erosion_a997f7d8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void thermal_erosion_a997f7d8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_thermal_erosion_a997f7d8 *_wp_args,
    wp_args_thermal_erosion_a997f7d8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        thermal_erosion_a997f7d8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_delta_b325d12f {
    wp::array_t<wp::float32> h;
    wp::array_t<wp::float32> delta;
};


void apply_delta_b325d12f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_delta_b325d12f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    //---------
    // forward
    // def apply_delta(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float)):           <L 72>
    // i, j = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // h[i, j] = h[i, j] + delta[i, j]                                                        <L 74>
    var_2 = wp::address(var_h, var_0, var_1);
    var_3 = wp::address(var_delta, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::add(var_5, var_6);
    wp::array_store(var_h, var_0, var_1, var_4);
    // delta[i, j] = 0.0                                                                      <L 75>
    wp::array_store(var_delta, var_0, var_1, var_7);
}



void apply_delta_b325d12f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_delta_b325d12f *_wp_args,
    wp_args_apply_delta_b325d12f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::array_t<wp::float32> adj_delta = _wp_adj_args->delta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def apply_delta(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float)):           <L 72>
    // i, j = wp.tid()                                                                        <L 73>
    builtin_tid2d(var_0, var_1);
    // h[i, j] = h[i, j] + delta[i, j]                                                        <L 74>
    var_2 = wp::address(var_h, var_0, var_1);
    var_3 = wp::address(var_delta, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::add(var_5, var_6);
    // wp::array_store(var_h, var_0, var_1, var_4);
    // delta[i, j] = 0.0                                                                      <L 75>
    // wp::array_store(var_delta, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_delta, var_0, var_1, var_7, adj_delta, adj_0, adj_1, adj_7);
    // adj: delta[i, j] = 0.0                                                                 <L 75>
    wp::adj_array_store(var_h, var_0, var_1, var_4, adj_h, adj_0, adj_1, adj_4);
    wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
    wp::adj_address(var_delta, var_0, var_1, adj_delta, adj_0, adj_1, adj_3);
    wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_2);
    // adj: h[i, j] = h[i, j] + delta[i, j]                                                   <L 74>
    // adj: i, j = wp.tid()                                                                   <L 73>
    // adj: def apply_delta(h: wp.array2d(dtype=float), delta: wp.array2d(dtype=float)):      <L 72>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_delta_b325d12f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_delta_b325d12f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_delta_b325d12f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_delta_b325d12f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_delta_b325d12f *_wp_args,
    wp_args_apply_delta_b325d12f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_delta_b325d12f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_terrain_mesh_fef46039 {
    wp::array_t<wp::float32> h;
    wp::float32 spacing;
    wp::float32 vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<2, wp::float32>> uvs;
};


void terrain_mesh_fef46039_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_terrain_mesh_fef46039 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_vscale = _wp_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<2, wp::float32>> var_uvs = _wp_args->uvs;
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
    wp::int32 var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    //---------
    // forward
    // def terrain_mesh(h: wp.array2d(dtype=float), spacing: float, vscale: float, verts: wp.array(dtype=wp.vec3), uvs: wp.array(dtype=wp.vec2)):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = h.shape[0]                                                                        <L 81>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // nz = h.shape[1]                                                                        <L 82>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // idx = i * nz + j                                                                       <L 83>
    var_10 = wp::mul(var_0, var_8);
    var_11 = wp::add(var_10, var_1);
    // verts[idx] = wp.vec3(float(i) * spacing, h[i, j] * vscale, float(j) * spacing)         <L 84>
    var_12 = wp::float(var_0);
    var_13 = wp::mul(var_12, var_spacing);
    var_14 = wp::address(var_h, var_0, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_vscale);
    var_17 = wp::float(var_1);
    var_18 = wp::mul(var_17, var_spacing);
    var_19 = wp::vec_t<3, wp::float32>(var_13, var_15, var_18);
    wp::array_store(var_verts, var_11, var_19);
    // uvs[idx] = wp.vec2(float(i) / float(nx - 1), float(j) / float(nz - 1))                 <L 85>
    var_20 = wp::float(var_0);
    var_22 = wp::sub(var_4, var_21);
    var_23 = wp::float(var_22);
    var_24 = wp::div(var_20, var_23);
    var_25 = wp::float(var_1);
    var_27 = wp::sub(var_8, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::div(var_25, var_28);
    var_30 = wp::vec_t<2, wp::float32>(var_24, var_29);
    wp::array_store(var_uvs, var_11, var_30);
}



void terrain_mesh_fef46039_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_terrain_mesh_fef46039 *_wp_args,
    wp_args_terrain_mesh_fef46039 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_h = _wp_args->h;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_vscale = _wp_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<2, wp::float32>> var_uvs = _wp_args->uvs;
    wp::array_t<wp::float32> adj_h = _wp_adj_args->h;
    wp::float32 adj_spacing = _wp_adj_args->spacing;
    wp::float32 adj_vscale = _wp_adj_args->vscale;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_uvs = _wp_adj_args->uvs;
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
    wp::int32 var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    //---------
    // forward
    // def terrain_mesh(h: wp.array2d(dtype=float), spacing: float, vscale: float, verts: wp.array(dtype=wp.vec3), uvs: wp.array(dtype=wp.vec2)):       <L 79>
    // i, j = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // nx = h.shape[0]                                                                        <L 81>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // nz = h.shape[1]                                                                        <L 82>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // idx = i * nz + j                                                                       <L 83>
    var_10 = wp::mul(var_0, var_8);
    var_11 = wp::add(var_10, var_1);
    // verts[idx] = wp.vec3(float(i) * spacing, h[i, j] * vscale, float(j) * spacing)         <L 84>
    var_12 = wp::float(var_0);
    var_13 = wp::mul(var_12, var_spacing);
    var_14 = wp::address(var_h, var_0, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_vscale);
    var_17 = wp::float(var_1);
    var_18 = wp::mul(var_17, var_spacing);
    var_19 = wp::vec_t<3, wp::float32>(var_13, var_15, var_18);
    // wp::array_store(var_verts, var_11, var_19);
    // uvs[idx] = wp.vec2(float(i) / float(nx - 1), float(j) / float(nz - 1))                 <L 85>
    var_20 = wp::float(var_0);
    var_22 = wp::sub(var_4, var_21);
    var_23 = wp::float(var_22);
    var_24 = wp::div(var_20, var_23);
    var_25 = wp::float(var_1);
    var_27 = wp::sub(var_8, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::div(var_25, var_28);
    var_30 = wp::vec_t<2, wp::float32>(var_24, var_29);
    // wp::array_store(var_uvs, var_11, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_uvs, var_11, var_30, adj_uvs, adj_11, adj_30);
    wp::adj_vec_t(var_24, var_29, adj_24, adj_29, adj_30);
    wp::adj_div(var_25, var_28, var_29, adj_25, adj_28, adj_29);
    wp::adj_float(var_27, adj_27, adj_28);
    wp::adj_sub(var_8, var_26, adj_8, adj_26, adj_27);
    wp::adj_float(var_1, adj_1, adj_25);
    wp::adj_div(var_20, var_23, var_24, adj_20, adj_23, adj_24);
    wp::adj_float(var_22, adj_22, adj_23);
    wp::adj_sub(var_4, var_21, adj_4, adj_21, adj_22);
    wp::adj_float(var_0, adj_0, adj_20);
    // adj: uvs[idx] = wp.vec2(float(i) / float(nx - 1), float(j) / float(nz - 1))            <L 85>
    wp::adj_array_store(var_verts, var_11, var_19, adj_verts, adj_11, adj_19);
    wp::adj_vec_t(var_13, var_15, var_18, adj_13, adj_15, adj_18, adj_19);
    wp::adj_mul(var_17, var_spacing, adj_17, adj_spacing, adj_18);
    wp::adj_float(var_1, adj_1, adj_17);
    wp::adj_mul(var_16, var_vscale, adj_14, adj_vscale, adj_15);
    wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_14);
    wp::adj_mul(var_12, var_spacing, adj_12, adj_spacing, adj_13);
    wp::adj_float(var_0, adj_0, adj_12);
    // adj: verts[idx] = wp.vec3(float(i) * spacing, h[i, j] * vscale, float(j) * spacing)    <L 84>
    wp::adj_add(var_10, var_1, adj_10, adj_1, adj_11);
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_10);
    // adj: idx = i * nz + j                                                                  <L 83>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_h.shape = adj_6;
    // adj: nz = h.shape[1]                                                                   <L 82>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_h.shape = adj_2;
    // adj: nx = h.shape[0]                                                                   <L 81>
    // adj: i, j = wp.tid()                                                                   <L 80>
    // adj: def terrain_mesh(h: wp.array2d(dtype=float), spacing: float, vscale: float, verts: wp.array(dtype=wp.vec3), uvs: wp.array(dtype=wp.vec2)):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void terrain_mesh_fef46039_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_terrain_mesh_fef46039 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        terrain_mesh_fef46039_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void terrain_mesh_fef46039_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_terrain_mesh_fef46039 *_wp_args,
    wp_args_terrain_mesh_fef46039 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        terrain_mesh_fef46039_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

