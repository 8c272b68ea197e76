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
    adj_h.shape = adj_9;
    // adj: jj = wp.clamp(j, 0, h.shape[1] - 1)                                               <L 7>
    wp::adj_clamp(var_i, var_0, var_6, adj_i, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
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
    wp::launch_bounds_t<2> dim,
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
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
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
    var_7 = wp::clamp(var_4, var_5, var_6);
    var_8 = wp::acos(var_7);
    wp::array_store(var_slope, var_0, var_1, var_8);
}



void compute_normals_5b280d8d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
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
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
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
    var_7 = wp::clamp(var_4, var_5, var_6);
    var_8 = wp::acos(var_7);
    // wp::array_store(var_slope, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_slope, var_0, var_1, var_8, adj_slope, adj_0, adj_1, adj_8);
    wp::adj_acos(var_7, adj_7, adj_8);
    wp::adj_clamp(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
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
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_normals_5b280d8d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_normals_5b280d8d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_normals_5b280d8d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_normals_5b280d8d *_wp_args,
    wp_args_compute_normals_5b280d8d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_normals_5b280d8d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t<2> dim,
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
    const wp::int32 var_15 = 1;
    bool var_16;
    const wp::int32 var_17 = -1;
    const wp::int32 var_18 = 2;
    bool var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = -1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    bool var_40;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 1;
    bool var_43;
    const wp::int32 var_44 = -1;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = -1;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    bool var_67;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 1;
    bool var_70;
    const wp::int32 var_71 = -1;
    const wp::int32 var_72 = 2;
    bool var_73;
    const wp::int32 var_74 = 1;
    const wp::int32 var_75 = -1;
    wp::int32 var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    bool var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 3;
    const wp::int32 var_91 = 0;
    const wp::int32 var_92 = 0;
    const wp::int32 var_93 = 0;
    bool var_94;
    const wp::int32 var_95 = 1;
    const wp::int32 var_96 = 1;
    bool var_97;
    const wp::int32 var_98 = -1;
    const wp::int32 var_99 = 2;
    bool var_100;
    const wp::int32 var_101 = 1;
    const wp::int32 var_102 = -1;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    wp::int32 var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    bool var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 0.0;
    bool var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    const wp::int32 var_122 = 4;
    wp::range_t var_123;
    wp::int32 var_124;
    const wp::int32 var_125 = 0;
    const wp::int32 var_126 = 0;
    const wp::int32 var_127 = 0;
    bool var_128;
    const wp::int32 var_129 = 1;
    const wp::int32 var_130 = 1;
    bool var_131;
    const wp::int32 var_132 = -1;
    const wp::int32 var_133 = 2;
    bool var_134;
    const wp::int32 var_135 = 1;
    const wp::int32 var_136 = -1;
    wp::int32 var_137;
    wp::int32 var_138;
    wp::int32 var_139;
    wp::int32 var_140;
    wp::int32 var_141;
    wp::int32 var_142;
    wp::int32 var_143;
    bool var_144;
    const wp::int32 var_145 = 0;
    bool var_146;
    const wp::int32 var_147 = 0;
    bool var_148;
    wp::shape_t* var_149;
    const wp::int32 var_150 = 0;
    wp::int32 var_151;
    wp::shape_t var_152;
    bool var_153;
    wp::shape_t* var_154;
    const wp::int32 var_155 = 1;
    wp::int32 var_156;
    wp::shape_t var_157;
    bool var_158;
    wp::int32 var_159;
    wp::int32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
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
    if (!var_13) {
        // elif k == 1:                                                                       <L 37>
        var_16 = (var_9 == var_15);
        if (var_16) {
            // di = -1                                                                        <L 38>
        }
        if (!var_16) {
            // elif k == 2:                                                                   <L 39>
            var_19 = (var_9 == var_18);
            if (var_19) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_19) {
                // dj = -1                                                                    <L 42>
            }
            var_22 = wp::where(var_19, var_20, var_21);
        }
        var_23 = wp::where(var_16, var_17, var_10);
        var_24 = wp::where(var_16, var_11, var_22);
    }
    var_25 = wp::where(var_13, var_14, var_23);
    var_26 = wp::where(var_13, var_11, var_24);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_27 = wp::add(var_0, var_25);
    var_28 = wp::add(var_1, var_26);
    var_29 = height_at_0(var_h, var_27, var_28);
    var_30 = wp::sub(var_3, var_29);
    // if d > talus:                                                                          <L 44>
    var_31 = (var_30 > var_talus);
    if (var_31) {
        // total_diff += d                                                                    <L 45>
        var_32 = wp::add(var_6, var_30);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_33 = wp::max(var_8, var_30);
    }
    var_34 = wp::where(var_31, var_32, var_6);
    var_35 = wp::where(var_31, var_33, var_8);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_40 = (var_36 == var_39);
    if (var_40) {
        // di = 1                                                                             <L 36>
    }
    if (!var_40) {
        // elif k == 1:                                                                       <L 37>
        var_43 = (var_36 == var_42);
        if (var_43) {
            // di = -1                                                                        <L 38>
        }
        if (!var_43) {
            // elif k == 2:                                                                   <L 39>
            var_46 = (var_36 == var_45);
            if (var_46) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_46) {
                // dj = -1                                                                    <L 42>
            }
            var_49 = wp::where(var_46, var_47, var_48);
        }
        var_50 = wp::where(var_43, var_44, var_37);
        var_51 = wp::where(var_43, var_38, var_49);
    }
    var_52 = wp::where(var_40, var_41, var_50);
    var_53 = wp::where(var_40, var_38, var_51);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_54 = wp::add(var_0, var_52);
    var_55 = wp::add(var_1, var_53);
    var_56 = height_at_0(var_h, var_54, var_55);
    var_57 = wp::sub(var_3, var_56);
    // if d > talus:                                                                          <L 44>
    var_58 = (var_57 > var_talus);
    if (var_58) {
        // total_diff += d                                                                    <L 45>
        var_59 = wp::add(var_34, var_57);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_60 = wp::max(var_35, var_57);
    }
    var_61 = wp::where(var_58, var_59, var_34);
    var_62 = wp::where(var_58, var_60, var_35);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_67 = (var_63 == var_66);
    if (var_67) {
        // di = 1                                                                             <L 36>
    }
    if (!var_67) {
        // elif k == 1:                                                                       <L 37>
        var_70 = (var_63 == var_69);
        if (var_70) {
            // di = -1                                                                        <L 38>
        }
        if (!var_70) {
            // elif k == 2:                                                                   <L 39>
            var_73 = (var_63 == var_72);
            if (var_73) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_73) {
                // dj = -1                                                                    <L 42>
            }
            var_76 = wp::where(var_73, var_74, var_75);
        }
        var_77 = wp::where(var_70, var_71, var_64);
        var_78 = wp::where(var_70, var_65, var_76);
    }
    var_79 = wp::where(var_67, var_68, var_77);
    var_80 = wp::where(var_67, var_65, var_78);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_81 = wp::add(var_0, var_79);
    var_82 = wp::add(var_1, var_80);
    var_83 = height_at_0(var_h, var_81, var_82);
    var_84 = wp::sub(var_3, var_83);
    // if d > talus:                                                                          <L 44>
    var_85 = (var_84 > var_talus);
    if (var_85) {
        // total_diff += d                                                                    <L 45>
        var_86 = wp::add(var_61, var_84);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_87 = wp::max(var_62, var_84);
    }
    var_88 = wp::where(var_85, var_86, var_61);
    var_89 = wp::where(var_85, var_87, var_62);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_94 = (var_90 == var_93);
    if (var_94) {
        // di = 1                                                                             <L 36>
    }
    if (!var_94) {
        // elif k == 1:                                                                       <L 37>
        var_97 = (var_90 == var_96);
        if (var_97) {
            // di = -1                                                                        <L 38>
        }
        if (!var_97) {
            // elif k == 2:                                                                   <L 39>
            var_100 = (var_90 == var_99);
            if (var_100) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_100) {
                // dj = -1                                                                    <L 42>
            }
            var_103 = wp::where(var_100, var_101, var_102);
        }
        var_104 = wp::where(var_97, var_98, var_91);
        var_105 = wp::where(var_97, var_92, var_103);
    }
    var_106 = wp::where(var_94, var_95, var_104);
    var_107 = wp::where(var_94, var_92, var_105);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_108 = wp::add(var_0, var_106);
    var_109 = wp::add(var_1, var_107);
    var_110 = height_at_0(var_h, var_108, var_109);
    var_111 = wp::sub(var_3, var_110);
    // if d > talus:                                                                          <L 44>
    var_112 = (var_111 > var_talus);
    if (var_112) {
        // total_diff += d                                                                    <L 45>
        var_113 = wp::add(var_88, var_111);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_114 = wp::max(var_89, var_111);
    }
    var_115 = wp::where(var_112, var_113, var_88);
    var_116 = wp::where(var_112, var_114, var_89);
    // if total_diff <= 0.0:                                                                  <L 47>
    var_118 = (var_115 <= var_117);
    if (var_118) {
        // return                                                                             <L 48>
        return;
    }
    // moved = rate * (max_diff - talus)                                                      <L 49>
    var_119 = wp::sub(var_116, var_talus);
    var_120 = wp::mul(var_rate, var_119);
    // wp.atomic_sub(delta, i, j, moved)                                                      <L 50>
    var_121 = wp::atomic_sub(var_delta, var_0, var_1, var_120);
    // for k in range(4):                                                                     <L 51>
    var_123 = wp::range(var_122);
    start_for_1:;
        if (iter_cmp(var_123) == 0) goto end_for_1;
        var_124 = wp::iter_next(var_123);
        // di = 0                                                                             <L 52>
        // dj = 0                                                                             <L 53>
        // if k == 0:                                                                         <L 54>
        var_128 = (var_124 == var_127);
        if (var_128) {
            // di = 1                                                                         <L 55>
        }
        if (!var_128) {
            // elif k == 1:                                                                   <L 56>
            var_131 = (var_124 == var_130);
            if (var_131) {
                // di = -1                                                                    <L 57>
            }
            if (!var_131) {
                // elif k == 2:                                                               <L 58>
                var_134 = (var_124 == var_133);
                if (var_134) {
                    // dj = 1                                                                 <L 59>
                }
                if (!var_134) {
                    // dj = -1                                                                <L 61>
                }
                var_137 = wp::where(var_134, var_135, var_136);
            }
            var_138 = wp::where(var_131, var_132, var_125);
            var_139 = wp::where(var_131, var_126, var_137);
        }
        var_140 = wp::where(var_128, var_129, var_138);
        var_141 = wp::where(var_128, var_126, var_139);
        // ni = i + di                                                                        <L 62>
        var_142 = wp::add(var_0, var_140);
        // nj = j + dj                                                                        <L 63>
        var_143 = wp::add(var_1, var_141);
        // if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                       <L 64>
        var_146 = (var_142 < var_145);
        var_144 = var_146;
        if (!var_144) {
            var_148 = (var_143 < var_147);
            var_144 = var_144 || var_148;
        }
        if (!var_144) {
            var_149 = &(var_h.shape);
            var_152 = wp::load(var_149);
            var_151 = wp::extract(var_152, var_150);
            var_153 = (var_142 >= var_151);
            var_144 = var_144 || var_153;
        }
        if (!var_144) {
            var_154 = &(var_h.shape);
            var_157 = wp::load(var_154);
            var_156 = wp::extract(var_157, var_155);
            var_158 = (var_143 >= var_156);
            var_144 = var_144 || var_158;
        }
        if (var_144) {
            // continue                                                                       <L 65>
            wp::assign(var_106, var_140);
            wp::assign(var_107, var_141);
            goto start_for_1;
        }
        var_159 = wp::where(var_144, var_106, var_140);
        var_160 = wp::where(var_144, var_107, var_141);
        // d = c - h[ni, nj]                                                                  <L 66>
        var_161 = wp::address(var_h, var_142, var_143);
        var_163 = wp::load(var_161);
        var_162 = wp::sub(var_3, var_163);
        // if d > talus:                                                                      <L 67>
        var_164 = (var_162 > var_talus);
        if (var_164) {
            // wp.atomic_add(delta, ni, nj, moved * d / total_diff)                           <L 68>
            var_165 = wp::mul(var_120, var_162);
            var_166 = wp::div(var_165, var_115);
            var_167 = wp::atomic_add(var_delta, var_142, var_143, var_166);
        }
        wp::assign(var_106, var_159);
        wp::assign(var_107, var_160);
        wp::assign(var_111, var_162);
        goto start_for_1;
    end_for_1:;
}



void thermal_erosion_a997f7d8_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
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
    const wp::int32 var_15 = 1;
    bool var_16;
    const wp::int32 var_17 = -1;
    const wp::int32 var_18 = 2;
    bool var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = -1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    bool var_40;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 1;
    bool var_43;
    const wp::int32 var_44 = -1;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = -1;
    wp::int32 var_49;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    bool var_67;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 1;
    bool var_70;
    const wp::int32 var_71 = -1;
    const wp::int32 var_72 = 2;
    bool var_73;
    const wp::int32 var_74 = 1;
    const wp::int32 var_75 = -1;
    wp::int32 var_76;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    wp::int32 var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    bool var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 3;
    const wp::int32 var_91 = 0;
    const wp::int32 var_92 = 0;
    const wp::int32 var_93 = 0;
    bool var_94;
    const wp::int32 var_95 = 1;
    const wp::int32 var_96 = 1;
    bool var_97;
    const wp::int32 var_98 = -1;
    const wp::int32 var_99 = 2;
    bool var_100;
    const wp::int32 var_101 = 1;
    const wp::int32 var_102 = -1;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    wp::int32 var_107;
    wp::int32 var_108;
    wp::int32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    bool var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 0.0;
    bool var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    const wp::int32 var_122 = 4;
    wp::range_t var_123;
    wp::int32 var_124;
    const wp::int32 var_125 = 0;
    const wp::int32 var_126 = 0;
    const wp::int32 var_127 = 0;
    bool var_128;
    const wp::int32 var_129 = 1;
    const wp::int32 var_130 = 1;
    bool var_131;
    const wp::int32 var_132 = -1;
    const wp::int32 var_133 = 2;
    bool var_134;
    const wp::int32 var_135 = 1;
    const wp::int32 var_136 = -1;
    wp::int32 var_137;
    wp::int32 var_138;
    wp::int32 var_139;
    wp::int32 var_140;
    wp::int32 var_141;
    wp::int32 var_142;
    wp::int32 var_143;
    bool var_144;
    const wp::int32 var_145 = 0;
    bool var_146;
    const wp::int32 var_147 = 0;
    bool var_148;
    wp::shape_t* var_149;
    const wp::int32 var_150 = 0;
    wp::int32 var_151;
    wp::shape_t var_152;
    bool var_153;
    wp::shape_t* var_154;
    const wp::int32 var_155 = 1;
    wp::int32 var_156;
    wp::shape_t var_157;
    bool var_158;
    wp::int32 var_159;
    wp::int32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::float32 var_167;
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
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    bool adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    bool adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    bool adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    bool adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    bool adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    bool adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    bool adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::range_t adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    bool adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    bool adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    bool adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    bool adj_144 = {};
    wp::int32 adj_145 = {};
    bool adj_146 = {};
    wp::int32 adj_147 = {};
    bool adj_148 = {};
    wp::shape_t adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::shape_t adj_152 = {};
    bool adj_153 = {};
    wp::shape_t adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::shape_t adj_157 = {};
    bool adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    bool adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
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
    if (!var_13) {
        // elif k == 1:                                                                       <L 37>
        var_16 = (var_9 == var_15);
        if (var_16) {
            // di = -1                                                                        <L 38>
        }
        if (!var_16) {
            // elif k == 2:                                                                   <L 39>
            var_19 = (var_9 == var_18);
            if (var_19) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_19) {
                // dj = -1                                                                    <L 42>
            }
            var_22 = wp::where(var_19, var_20, var_21);
        }
        var_23 = wp::where(var_16, var_17, var_10);
        var_24 = wp::where(var_16, var_11, var_22);
    }
    var_25 = wp::where(var_13, var_14, var_23);
    var_26 = wp::where(var_13, var_11, var_24);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_27 = wp::add(var_0, var_25);
    var_28 = wp::add(var_1, var_26);
    var_29 = height_at_0(var_h, var_27, var_28);
    var_30 = wp::sub(var_3, var_29);
    // if d > talus:                                                                          <L 44>
    var_31 = (var_30 > var_talus);
    if (var_31) {
        // total_diff += d                                                                    <L 45>
        var_32 = wp::add(var_6, var_30);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_33 = wp::max(var_8, var_30);
    }
    var_34 = wp::where(var_31, var_32, var_6);
    var_35 = wp::where(var_31, var_33, var_8);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_40 = (var_36 == var_39);
    if (var_40) {
        // di = 1                                                                             <L 36>
    }
    if (!var_40) {
        // elif k == 1:                                                                       <L 37>
        var_43 = (var_36 == var_42);
        if (var_43) {
            // di = -1                                                                        <L 38>
        }
        if (!var_43) {
            // elif k == 2:                                                                   <L 39>
            var_46 = (var_36 == var_45);
            if (var_46) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_46) {
                // dj = -1                                                                    <L 42>
            }
            var_49 = wp::where(var_46, var_47, var_48);
        }
        var_50 = wp::where(var_43, var_44, var_37);
        var_51 = wp::where(var_43, var_38, var_49);
    }
    var_52 = wp::where(var_40, var_41, var_50);
    var_53 = wp::where(var_40, var_38, var_51);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_54 = wp::add(var_0, var_52);
    var_55 = wp::add(var_1, var_53);
    var_56 = height_at_0(var_h, var_54, var_55);
    var_57 = wp::sub(var_3, var_56);
    // if d > talus:                                                                          <L 44>
    var_58 = (var_57 > var_talus);
    if (var_58) {
        // total_diff += d                                                                    <L 45>
        var_59 = wp::add(var_34, var_57);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_60 = wp::max(var_35, var_57);
    }
    var_61 = wp::where(var_58, var_59, var_34);
    var_62 = wp::where(var_58, var_60, var_35);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_67 = (var_63 == var_66);
    if (var_67) {
        // di = 1                                                                             <L 36>
    }
    if (!var_67) {
        // elif k == 1:                                                                       <L 37>
        var_70 = (var_63 == var_69);
        if (var_70) {
            // di = -1                                                                        <L 38>
        }
        if (!var_70) {
            // elif k == 2:                                                                   <L 39>
            var_73 = (var_63 == var_72);
            if (var_73) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_73) {
                // dj = -1                                                                    <L 42>
            }
            var_76 = wp::where(var_73, var_74, var_75);
        }
        var_77 = wp::where(var_70, var_71, var_64);
        var_78 = wp::where(var_70, var_65, var_76);
    }
    var_79 = wp::where(var_67, var_68, var_77);
    var_80 = wp::where(var_67, var_65, var_78);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_81 = wp::add(var_0, var_79);
    var_82 = wp::add(var_1, var_80);
    var_83 = height_at_0(var_h, var_81, var_82);
    var_84 = wp::sub(var_3, var_83);
    // if d > talus:                                                                          <L 44>
    var_85 = (var_84 > var_talus);
    if (var_85) {
        // total_diff += d                                                                    <L 45>
        var_86 = wp::add(var_61, var_84);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_87 = wp::max(var_62, var_84);
    }
    var_88 = wp::where(var_85, var_86, var_61);
    var_89 = wp::where(var_85, var_87, var_62);
    // di = 0                                                                                 <L 33>
    // dj = 0                                                                                 <L 34>
    // if k == 0:                                                                             <L 35>
    var_94 = (var_90 == var_93);
    if (var_94) {
        // di = 1                                                                             <L 36>
    }
    if (!var_94) {
        // elif k == 1:                                                                       <L 37>
        var_97 = (var_90 == var_96);
        if (var_97) {
            // di = -1                                                                        <L 38>
        }
        if (!var_97) {
            // elif k == 2:                                                                   <L 39>
            var_100 = (var_90 == var_99);
            if (var_100) {
                // dj = 1                                                                     <L 40>
            }
            if (!var_100) {
                // dj = -1                                                                    <L 42>
            }
            var_103 = wp::where(var_100, var_101, var_102);
        }
        var_104 = wp::where(var_97, var_98, var_91);
        var_105 = wp::where(var_97, var_92, var_103);
    }
    var_106 = wp::where(var_94, var_95, var_104);
    var_107 = wp::where(var_94, var_92, var_105);
    // d = c - height_at(h, i + di, j + dj)                                                   <L 43>
    var_108 = wp::add(var_0, var_106);
    var_109 = wp::add(var_1, var_107);
    var_110 = height_at_0(var_h, var_108, var_109);
    var_111 = wp::sub(var_3, var_110);
    // if d > talus:                                                                          <L 44>
    var_112 = (var_111 > var_talus);
    if (var_112) {
        // total_diff += d                                                                    <L 45>
        var_113 = wp::add(var_88, var_111);
        // max_diff = wp.max(max_diff, d)                                                     <L 46>
        var_114 = wp::max(var_89, var_111);
    }
    var_115 = wp::where(var_112, var_113, var_88);
    var_116 = wp::where(var_112, var_114, var_89);
    // if total_diff <= 0.0:                                                                  <L 47>
    var_118 = (var_115 <= var_117);
    if (var_118) {
        // return                                                                             <L 48>
        goto label0;
    }
    // moved = rate * (max_diff - talus)                                                      <L 49>
    var_119 = wp::sub(var_116, var_talus);
    var_120 = wp::mul(var_rate, var_119);
    // wp.atomic_sub(delta, i, j, moved)                                                      <L 50>
    // var_121 = wp::atomic_sub(var_delta, var_0, var_1, var_120);
    // for k in range(4):                                                                     <L 51>
    var_123 = wp::range(var_122);
    //---------
    // reverse
    var_123 = wp::iter_reverse(var_123);
    start_for_1:;
        if (iter_cmp(var_123) == 0) goto end_for_1;
        var_124 = wp::iter_next(var_123);
    	adj_125 = {};
    	adj_126 = {};
    	adj_127 = {};
    	adj_128 = {};
    	adj_129 = {};
    	adj_130 = {};
    	adj_131 = {};
    	adj_132 = {};
    	adj_133 = {};
    	adj_134 = {};
    	adj_135 = {};
    	adj_136 = {};
    	adj_137 = {};
    	adj_138 = {};
    	adj_139 = {};
    	adj_140 = {};
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
        // di = 0                                                                             <L 52>
        // dj = 0                                                                             <L 53>
        // if k == 0:                                                                         <L 54>
        var_128 = (var_124 == var_127);
        if (var_128) {
            // di = 1                                                                         <L 55>
        }
        if (!var_128) {
            // elif k == 1:                                                                   <L 56>
            var_131 = (var_124 == var_130);
            if (var_131) {
                // di = -1                                                                    <L 57>
            }
            if (!var_131) {
                // elif k == 2:                                                               <L 58>
                var_134 = (var_124 == var_133);
                if (var_134) {
                    // dj = 1                                                                 <L 59>
                }
                if (!var_134) {
                    // dj = -1                                                                <L 61>
                }
                var_137 = wp::where(var_134, var_135, var_136);
            }
            var_138 = wp::where(var_131, var_132, var_125);
            var_139 = wp::where(var_131, var_126, var_137);
        }
        var_140 = wp::where(var_128, var_129, var_138);
        var_141 = wp::where(var_128, var_126, var_139);
        // ni = i + di                                                                        <L 62>
        var_142 = wp::add(var_0, var_140);
        // nj = j + dj                                                                        <L 63>
        var_143 = wp::add(var_1, var_141);
        // if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                       <L 64>
        var_146 = (var_142 < var_145);
        var_144 = var_146;
        if (!var_144) {
            var_148 = (var_143 < var_147);
            var_144 = var_144 || var_148;
        }
        if (!var_144) {
            var_149 = &(var_h.shape);
            var_152 = wp::load(var_149);
            var_151 = wp::extract(var_152, var_150);
            var_153 = (var_142 >= var_151);
            var_144 = var_144 || var_153;
        }
        if (!var_144) {
            var_154 = &(var_h.shape);
            var_157 = wp::load(var_154);
            var_156 = wp::extract(var_157, var_155);
            var_158 = (var_143 >= var_156);
            var_144 = var_144 || var_158;
        }
        if (var_144) {
            // continue                                                                       <L 65>
            wp::assign(var_106, var_140);
            wp::assign(var_107, var_141);
            goto start_for_1;
        }
        var_159 = wp::where(var_144, var_106, var_140);
        var_160 = wp::where(var_144, var_107, var_141);
        // d = c - h[ni, nj]                                                                  <L 66>
        var_161 = wp::address(var_h, var_142, var_143);
        var_163 = wp::load(var_161);
        var_162 = wp::sub(var_3, var_163);
        // if d > talus:                                                                      <L 67>
        var_164 = (var_162 > var_talus);
        if (var_164) {
            // wp.atomic_add(delta, ni, nj, moved * d / total_diff)                           <L 68>
            var_165 = wp::mul(var_120, var_162);
            var_166 = wp::div(var_165, var_115);
            // var_167 = wp::atomic_add(var_delta, var_142, var_143, var_166);
        }
        wp::assign(var_106, var_159);
        wp::assign(var_107, var_160);
        wp::assign(var_111, var_162);
        wp::adj_assign(var_111, var_162, adj_111, adj_162);
        wp::adj_assign(var_107, var_160, adj_107, adj_160);
        wp::adj_assign(var_106, var_159, adj_106, adj_159);
        if (var_164) {
            wp::adj_atomic_add(var_delta, var_142, var_143, var_166, adj_delta, adj_142, adj_143, adj_166, adj_167);
            wp::adj_div(var_165, var_115, var_166, adj_165, adj_115, adj_166);
            wp::adj_mul(var_120, var_162, adj_120, adj_162, adj_165);
            // adj: wp.atomic_add(delta, ni, nj, moved * d / total_diff)                      <L 68>
        }
        // adj: if d > talus:                                                                 <L 67>
        wp::adj_sub(var_3, var_163, adj_3, adj_161, adj_162);
        wp::adj_address(var_h, var_142, var_143, adj_h, adj_142, adj_143, adj_161);
        // adj: d = c - h[ni, nj]                                                             <L 66>
        wp::adj_where(var_144, var_107, var_141, adj_144, adj_107, adj_141, adj_160);
        wp::adj_where(var_144, var_106, var_140, adj_144, adj_106, adj_140, adj_159);
        if (var_144) {
            wp::adj_assign(var_107, var_141, adj_107, adj_141);
            wp::adj_assign(var_106, var_140, adj_106, adj_140);
            // adj: continue                                                                  <L 65>
        }
        if (!var_144) {
            adj_h.shape = adj_154;
        }
        if (!var_144) {
            adj_h.shape = adj_149;
        }
        if (!var_144) {
        }
        // adj: if ni < 0 or nj < 0 or ni >= h.shape[0] or nj >= h.shape[1]:                  <L 64>
        wp::adj_add(var_1, var_141, adj_1, adj_141, adj_143);
        // adj: nj = j + dj                                                                   <L 63>
        wp::adj_add(var_0, var_140, adj_0, adj_140, adj_142);
        // adj: ni = i + di                                                                   <L 62>
        wp::adj_where(var_128, var_126, var_139, adj_128, adj_126, adj_139, adj_141);
        wp::adj_where(var_128, var_129, var_138, adj_128, adj_129, adj_138, adj_140);
        if (!var_128) {
            wp::adj_where(var_131, var_126, var_137, adj_131, adj_126, adj_137, adj_139);
            wp::adj_where(var_131, var_132, var_125, adj_131, adj_132, adj_125, adj_138);
            if (!var_131) {
                wp::adj_where(var_134, var_135, var_136, adj_134, adj_135, adj_136, adj_137);
                if (!var_134) {
                    // adj: dj = -1                                                           <L 61>
                }
                if (var_134) {
                    // adj: dj = 1                                                            <L 59>
                }
                // adj: elif k == 2:                                                          <L 58>
            }
            if (var_131) {
                // adj: di = -1                                                               <L 57>
            }
            // adj: elif k == 1:                                                              <L 56>
        }
        if (var_128) {
            // adj: di = 1                                                                    <L 55>
        }
        // adj: if k == 0:                                                                    <L 54>
        // adj: dj = 0                                                                        <L 53>
        // adj: di = 0                                                                        <L 52>
    	goto start_for_1;
    end_for_1:;
    // adj: for k in range(4):                                                                <L 51>
    wp::adj_atomic_sub(var_delta, var_0, var_1, var_120, adj_delta, adj_0, adj_1, adj_120, adj_121);
    // adj: wp.atomic_sub(delta, i, j, moved)                                                 <L 50>
    wp::adj_mul(var_rate, var_119, adj_rate, adj_119, adj_120);
    wp::adj_sub(var_116, var_talus, adj_116, adj_talus, adj_119);
    // adj: moved = rate * (max_diff - talus)                                                 <L 49>
    if (var_118) {
        label0:;
        // adj: return                                                                        <L 48>
    }
    // adj: if total_diff <= 0.0:                                                             <L 47>
    wp::adj_where(var_112, var_114, var_89, adj_112, adj_114, adj_89, adj_116);
    wp::adj_where(var_112, var_113, var_88, adj_112, adj_113, adj_88, adj_115);
    if (var_112) {
        wp::adj_max(var_89, var_111, adj_89, adj_111, adj_114);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_88, var_111, adj_88, adj_111, adj_113);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_110, adj_3, adj_110, adj_111);
    adj_height_at_0(var_h, var_108, var_109, adj_h, adj_108, adj_109, adj_110);
    wp::adj_add(var_1, var_107, adj_1, adj_107, adj_109);
    wp::adj_add(var_0, var_106, adj_0, adj_106, adj_108);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_94, var_92, var_105, adj_94, adj_92, adj_105, adj_107);
    wp::adj_where(var_94, var_95, var_104, adj_94, adj_95, adj_104, adj_106);
    if (!var_94) {
        wp::adj_where(var_97, var_92, var_103, adj_97, adj_92, adj_103, adj_105);
        wp::adj_where(var_97, var_98, var_91, adj_97, adj_98, adj_91, adj_104);
        if (!var_97) {
            wp::adj_where(var_100, var_101, var_102, adj_100, adj_101, adj_102, adj_103);
            if (!var_100) {
                // adj: dj = -1                                                               <L 42>
            }
            if (var_100) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        if (var_97) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    if (var_94) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_85, var_87, var_62, adj_85, adj_87, adj_62, adj_89);
    wp::adj_where(var_85, var_86, var_61, adj_85, adj_86, adj_61, adj_88);
    if (var_85) {
        wp::adj_max(var_62, var_84, adj_62, adj_84, adj_87);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_61, var_84, adj_61, adj_84, adj_86);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_83, adj_3, adj_83, adj_84);
    adj_height_at_0(var_h, var_81, var_82, adj_h, adj_81, adj_82, adj_83);
    wp::adj_add(var_1, var_80, adj_1, adj_80, adj_82);
    wp::adj_add(var_0, var_79, adj_0, adj_79, adj_81);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_67, var_65, var_78, adj_67, adj_65, adj_78, adj_80);
    wp::adj_where(var_67, var_68, var_77, adj_67, adj_68, adj_77, adj_79);
    if (!var_67) {
        wp::adj_where(var_70, var_65, var_76, adj_70, adj_65, adj_76, adj_78);
        wp::adj_where(var_70, var_71, var_64, adj_70, adj_71, adj_64, adj_77);
        if (!var_70) {
            wp::adj_where(var_73, var_74, var_75, adj_73, adj_74, adj_75, adj_76);
            if (!var_73) {
                // adj: dj = -1                                                               <L 42>
            }
            if (var_73) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        if (var_70) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    if (var_67) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_58, var_60, var_35, adj_58, adj_60, adj_35, adj_62);
    wp::adj_where(var_58, var_59, var_34, adj_58, adj_59, adj_34, adj_61);
    if (var_58) {
        wp::adj_max(var_35, var_57, adj_35, adj_57, adj_60);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_34, var_57, adj_34, adj_57, adj_59);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_56, adj_3, adj_56, adj_57);
    adj_height_at_0(var_h, var_54, var_55, adj_h, adj_54, adj_55, adj_56);
    wp::adj_add(var_1, var_53, adj_1, adj_53, adj_55);
    wp::adj_add(var_0, var_52, adj_0, adj_52, adj_54);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_40, var_38, var_51, adj_40, adj_38, adj_51, adj_53);
    wp::adj_where(var_40, var_41, var_50, adj_40, adj_41, adj_50, adj_52);
    if (!var_40) {
        wp::adj_where(var_43, var_38, var_49, adj_43, adj_38, adj_49, adj_51);
        wp::adj_where(var_43, var_44, var_37, adj_43, adj_44, adj_37, adj_50);
        if (!var_43) {
            wp::adj_where(var_46, var_47, var_48, adj_46, adj_47, adj_48, adj_49);
            if (!var_46) {
                // adj: dj = -1                                                               <L 42>
            }
            if (var_46) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        if (var_43) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
    if (var_40) {
        // adj: di = 1                                                                        <L 36>
    }
    // adj: if k == 0:                                                                        <L 35>
    // adj: dj = 0                                                                            <L 34>
    // adj: di = 0                                                                            <L 33>
    wp::adj_where(var_31, var_33, var_8, adj_31, adj_33, adj_8, adj_35);
    wp::adj_where(var_31, var_32, var_6, adj_31, adj_32, adj_6, adj_34);
    if (var_31) {
        wp::adj_max(var_8, var_30, adj_8, adj_30, adj_33);
        // adj: max_diff = wp.max(max_diff, d)                                                <L 46>
        wp::adj_add(var_6, var_30, adj_6, adj_30, adj_32);
        // adj: total_diff += d                                                               <L 45>
    }
    // adj: if d > talus:                                                                     <L 44>
    wp::adj_sub(var_3, var_29, adj_3, adj_29, adj_30);
    adj_height_at_0(var_h, var_27, var_28, adj_h, adj_27, adj_28, adj_29);
    wp::adj_add(var_1, var_26, adj_1, adj_26, adj_28);
    wp::adj_add(var_0, var_25, adj_0, adj_25, adj_27);
    // adj: d = c - height_at(h, i + di, j + dj)                                              <L 43>
    wp::adj_where(var_13, var_11, var_24, adj_13, adj_11, adj_24, adj_26);
    wp::adj_where(var_13, var_14, var_23, adj_13, adj_14, adj_23, adj_25);
    if (!var_13) {
        wp::adj_where(var_16, var_11, var_22, adj_16, adj_11, adj_22, adj_24);
        wp::adj_where(var_16, var_17, var_10, adj_16, adj_17, adj_10, adj_23);
        if (!var_16) {
            wp::adj_where(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
            if (!var_19) {
                // adj: dj = -1                                                               <L 42>
            }
            if (var_19) {
                // adj: dj = 1                                                                <L 40>
            }
            // adj: elif k == 2:                                                              <L 39>
        }
        if (var_16) {
            // adj: di = -1                                                                   <L 38>
        }
        // adj: elif k == 1:                                                                  <L 37>
    }
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
    wp::launch_bounds_t<2> *dim,
    wp_args_thermal_erosion_a997f7d8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        thermal_erosion_a997f7d8_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void thermal_erosion_a997f7d8_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_thermal_erosion_a997f7d8 *_wp_args,
    wp_args_thermal_erosion_a997f7d8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        thermal_erosion_a997f7d8_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_delta_b325d12f {
    wp::array_t<wp::float32> h;
    wp::array_t<wp::float32> delta;
};


void apply_delta_b325d12f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_delta_b325d12f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_delta_b325d12f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_delta_b325d12f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_delta_b325d12f *_wp_args,
    wp_args_apply_delta_b325d12f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_delta_b325d12f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> dim,
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
    adj_h.shape = adj_6;
    // adj: nz = h.shape[1]                                                                   <L 82>
    adj_h.shape = adj_2;
    // adj: nx = h.shape[0]                                                                   <L 81>
    // adj: i, j = wp.tid()                                                                   <L 80>
    // adj: def terrain_mesh(h: wp.array2d(dtype=float), spacing: float, vscale: float, verts: wp.array(dtype=wp.vec3), uvs: wp.array(dtype=wp.vec2)):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void terrain_mesh_fef46039_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_terrain_mesh_fef46039 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        terrain_mesh_fef46039_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void terrain_mesh_fef46039_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_terrain_mesh_fef46039 *_wp_args,
    wp_args_terrain_mesh_fef46039 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        terrain_mesh_fef46039_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

