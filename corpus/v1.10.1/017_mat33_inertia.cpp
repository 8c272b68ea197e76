
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


// corpus/017_mat33_inertia.py:4
static wp::mat_t<3, 3, wp::float32> box_inertia_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_size)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 12.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // forward
    // def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                               <L 5>
    // x2 = size[0] * size[0]                                                                 <L 6>
    var_1 = wp::extract(var_size, var_0);
    var_3 = wp::extract(var_size, var_2);
    var_4 = wp::mul(var_1, var_3);
    // y2 = size[1] * size[1]                                                                 <L 7>
    var_6 = wp::extract(var_size, var_5);
    var_8 = wp::extract(var_size, var_7);
    var_9 = wp::mul(var_6, var_8);
    // z2 = size[2] * size[2]                                                                 <L 8>
    var_11 = wp::extract(var_size, var_10);
    var_13 = wp::extract(var_size, var_12);
    var_14 = wp::mul(var_11, var_13);
    // k = mass / 12.0                                                                        <L 9>
    var_16 = wp::div(var_mass, var_15);
    // return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))       <L 10>
    var_17 = wp::add(var_9, var_14);
    var_18 = wp::mul(var_16, var_17);
    var_22 = wp::add(var_4, var_14);
    var_23 = wp::mul(var_16, var_22);
    var_27 = wp::add(var_4, var_9);
    var_28 = wp::mul(var_16, var_27);
    var_29 = wp::mat_t<3, 3, wp::float32>(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28);
    return var_29;
}


// corpus/017_mat33_inertia.py:13
static wp::mat_t<3, 3, wp::float32> sphere_inertia_0(
    wp::float32 var_mass,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.4;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // forward
    // def sphere_inertia(mass: float, radius: float) -> wp.mat33:                            <L 14>
    // i = 0.4 * mass * radius * radius                                                       <L 15>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::mul(var_1, var_radius);
    var_3 = wp::mul(var_2, var_radius);
    // return wp.diag(wp.vec3(i, i, i))                                                       <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3, var_3, var_3);
    var_5 = wp::diag(var_4);
    return var_5;
}


// corpus/017_mat33_inertia.py:26
static wp::mat_t<3, 3, wp::float32> rotate_inertia_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::mat_t<3, 3, wp::float32> var_R)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // forward
    // def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                              <L 27>
    // return R * I * wp.transpose(R)                                                         <L 28>
    var_0 = wp::mul(var_R, var_I);
    var_1 = wp::transpose(var_R);
    var_2 = wp::mul(var_0, var_1);
    return var_2;
}


// corpus/017_mat33_inertia.py:19
static wp::mat_t<3, 3, wp::float32> parallel_axis_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 3;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // forward
    // def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:              <L 20>
    // d2 = wp.dot(offset, offset)                                                            <L 21>
    var_0 = wp::dot(var_offset, var_offset);
    // eye = wp.identity(n=3, dtype=float)                                                    <L 22>
    var_2 = wp::identity<3, wp::float32>();
    // return I + (eye * d2 - wp.outer(offset, offset)) * mass                                <L 23>
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::outer(var_offset, var_offset);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_5, var_mass);
    var_7 = wp::add(var_I, var_6);
    return var_7;
}


// corpus/017_mat33_inertia.py:4
static void adj_box_inertia_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_size,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_size,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 12.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
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
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                               <L 5>
    // x2 = size[0] * size[0]                                                                 <L 6>
    var_1 = wp::extract(var_size, var_0);
    var_3 = wp::extract(var_size, var_2);
    var_4 = wp::mul(var_1, var_3);
    // y2 = size[1] * size[1]                                                                 <L 7>
    var_6 = wp::extract(var_size, var_5);
    var_8 = wp::extract(var_size, var_7);
    var_9 = wp::mul(var_6, var_8);
    // z2 = size[2] * size[2]                                                                 <L 8>
    var_11 = wp::extract(var_size, var_10);
    var_13 = wp::extract(var_size, var_12);
    var_14 = wp::mul(var_11, var_13);
    // k = mass / 12.0                                                                        <L 9>
    var_16 = wp::div(var_mass, var_15);
    // return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))       <L 10>
    var_17 = wp::add(var_9, var_14);
    var_18 = wp::mul(var_16, var_17);
    var_22 = wp::add(var_4, var_14);
    var_23 = wp::mul(var_16, var_22);
    var_27 = wp::add(var_4, var_9);
    var_28 = wp::mul(var_16, var_27);
    var_29 = wp::mat_t<3, 3, wp::float32>(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_29 += adj_ret;
    wp::adj_mat_t(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28, adj_18, adj_19, adj_20, adj_21, adj_23, adj_24, adj_25, adj_26, adj_28, adj_29);
    wp::adj_mul(var_16, var_27, adj_16, adj_27, adj_28);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_27);
    wp::adj_mul(var_16, var_22, adj_16, adj_22, adj_23);
    wp::adj_add(var_4, var_14, adj_4, adj_14, adj_22);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_add(var_9, var_14, adj_9, adj_14, adj_17);
    // adj: return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))  <L 10>
    wp::adj_div(var_mass, var_15, var_16, adj_mass, adj_15, adj_16);
    // adj: k = mass / 12.0                                                                   <L 9>
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_size, var_12, adj_size, adj_12, adj_13);
    wp::adj_extract(var_size, var_10, adj_size, adj_10, adj_11);
    // adj: z2 = size[2] * size[2]                                                            <L 8>
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_size, var_7, adj_size, adj_7, adj_8);
    wp::adj_extract(var_size, var_5, adj_size, adj_5, adj_6);
    // adj: y2 = size[1] * size[1]                                                            <L 7>
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_size, var_2, adj_size, adj_2, adj_3);
    wp::adj_extract(var_size, var_0, adj_size, adj_0, adj_1);
    // adj: x2 = size[0] * size[0]                                                            <L 6>
    // adj: def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                          <L 5>
    return;
}


// corpus/017_mat33_inertia.py:13
static void adj_sphere_inertia_0(
    wp::float32 var_mass,
    wp::float32 var_radius,
    wp::float32 & adj_mass,
    wp::float32 & adj_radius,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.4;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def sphere_inertia(mass: float, radius: float) -> wp.mat33:                            <L 14>
    // i = 0.4 * mass * radius * radius                                                       <L 15>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::mul(var_1, var_radius);
    var_3 = wp::mul(var_2, var_radius);
    // return wp.diag(wp.vec3(i, i, i))                                                       <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3, var_3, var_3);
    var_5 = wp::diag(var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_diag(var_4, adj_4, adj_5);
    wp::adj_vec_t(var_3, var_3, var_3, adj_3, adj_3, adj_3, adj_4);
    // adj: return wp.diag(wp.vec3(i, i, i))                                                  <L 16>
    wp::adj_mul(var_2, var_radius, adj_2, adj_radius, adj_3);
    wp::adj_mul(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_mul(var_0, var_mass, adj_0, adj_mass, adj_1);
    // adj: i = 0.4 * mass * radius * radius                                                  <L 15>
    // adj: def sphere_inertia(mass: float, radius: float) -> wp.mat33:                       <L 14>
    return;
}


// corpus/017_mat33_inertia.py:26
static void adj_rotate_inertia_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::mat_t<3, 3, wp::float32> var_R,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::mat_t<3, 3, wp::float32> & adj_R,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                              <L 27>
    // return R * I * wp.transpose(R)                                                         <L 28>
    var_0 = wp::mul(var_R, var_I);
    var_1 = wp::transpose(var_R);
    var_2 = wp::mul(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_transpose(var_R, adj_R, adj_1);
    wp::adj_mul(var_R, var_I, adj_R, adj_I, adj_0);
    // adj: return R * I * wp.transpose(R)                                                    <L 28>
    // adj: def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                         <L 27>
    return;
}


// corpus/017_mat33_inertia.py:19
static void adj_parallel_axis_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_offset,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_offset,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 3;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:              <L 20>
    // d2 = wp.dot(offset, offset)                                                            <L 21>
    var_0 = wp::dot(var_offset, var_offset);
    // eye = wp.identity(n=3, dtype=float)                                                    <L 22>
    var_2 = wp::identity<3, wp::float32>();
    // return I + (eye * d2 - wp.outer(offset, offset)) * mass                                <L 23>
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::outer(var_offset, var_offset);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_5, var_mass);
    var_7 = wp::add(var_I, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_add(var_I, var_6, adj_I, adj_6, adj_7);
    wp::adj_mul(var_5, var_mass, adj_5, adj_mass, adj_6);
    wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_outer(var_offset, var_offset, adj_offset, adj_offset, adj_4);
    wp::adj_mul(var_2, var_0, adj_2, adj_0, adj_3);
    // adj: return I + (eye * d2 - wp.outer(offset, offset)) * mass                           <L 23>
    // adj: eye = wp.identity(n=3, dtype=float)                                               <L 22>
    wp::adj_dot(var_offset, var_offset, adj_offset, adj_offset, adj_0);
    // adj: d2 = wp.dot(offset, offset)                                                       <L 21>
    // adj: def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:         <L 20>
    return;
}

struct wp_args_compound_inertia_1f8e0e62 {
    wp::array_t<wp::int32> shape_type;
    wp::array_t<wp::float32> shape_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_size;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_offset;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> shape_rot;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inertia;
    wp::array_t<wp::float32> body_mass;
};


void compound_inertia_1f8e0e62_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compound_inertia_1f8e0e62 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::float32> var_shape_mass = _wp_args->shape_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_size = _wp_args->shape_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_offset = _wp_args->shape_offset;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_shape_rot = _wp_args->shape_rot;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::float32> var_body_mass = _wp_args->body_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    wp::vec_t<3, wp::float32>* var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 12.0;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 0.0;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 0.0;
    const wp::float32 var_46 = 0.0;
    const wp::float32 var_47 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32>* var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::vec_t<3, wp::float32>* var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::int32* var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::mat_t<3, 3, wp::float32> var_60;
    wp::float32 var_61;
    //---------
    // forward
    // def compound_inertia(                                                                  <L 32>
    // s = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // t = shape_type[s]                                                                      <L 43>
    var_1 = wp::address(var_shape_type, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = shape_mass[s]                                                                      <L 44>
    var_4 = wp::address(var_shape_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // I = wp.mat33()                                                                         <L 45>
    var_7 = wp::mat_t<3, 3, wp::float32>();
    // if t == 0:                                                                             <L 46>
    var_9 = (var_2 == var_8);
    if (var_9) {
        // I = box_inertia(m, shape_size[s])                                                  <L 47>
        var_10 = wp::address(var_shape_size, var_0);
        var_12 = wp::load(var_10);
        var_11 = box_inertia_0(var_5, var_12);
    }
    var_13 = wp::where(var_9, var_11, var_7);
    if (!var_9) {
        // elif t == 1:                                                                       <L 48>
        var_15 = (var_2 == var_14);
        if (var_15) {
            // I = sphere_inertia(m, shape_size[s][0])                                        <L 49>
            var_16 = wp::address(var_shape_size, var_0);
            var_19 = wp::load(var_16);
            var_18 = wp::extract(var_19, var_17);
            var_20 = sphere_inertia_0(var_5, var_18);
        }
        var_21 = wp::where(var_15, var_20, var_13);
        if (!var_15) {
            // r = shape_size[s][0]                                                           <L 51>
            var_22 = wp::address(var_shape_size, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::extract(var_25, var_23);
            // h = shape_size[s][1]                                                           <L 52>
            var_26 = wp::address(var_shape_size, var_0);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            // ixx = m * (3.0 * r * r + h * h) / 12.0                                         <L 53>
            var_31 = wp::mul(var_30, var_24);
            var_32 = wp::mul(var_31, var_24);
            var_33 = wp::mul(var_28, var_28);
            var_34 = wp::add(var_32, var_33);
            var_35 = wp::mul(var_5, var_34);
            var_37 = wp::div(var_35, var_36);
            // iyy = 0.5 * m * r * r                                                          <L 54>
            var_39 = wp::mul(var_38, var_5);
            var_40 = wp::mul(var_39, var_24);
            var_41 = wp::mul(var_40, var_24);
            // I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                      <L 55>
            var_48 = wp::mat_t<3, 3, wp::float32>(var_37, var_42, var_43, var_44, var_41, var_45, var_46, var_47, var_37);
        }
        var_49 = wp::where(var_15, var_21, var_48);
    }
    var_50 = wp::where(var_9, var_13, var_49);
    // I = rotate_inertia(I, shape_rot[s])                                                    <L 56>
    var_51 = wp::address(var_shape_rot, var_0);
    var_53 = wp::load(var_51);
    var_52 = rotate_inertia_0(var_50, var_53);
    // I = parallel_axis(I, m, shape_offset[s])                                               <L 57>
    var_54 = wp::address(var_shape_offset, var_0);
    var_56 = wp::load(var_54);
    var_55 = parallel_axis_0(var_52, var_5, var_56);
    // b = shape_body[s]                                                                      <L 58>
    var_57 = wp::address(var_shape_body, var_0);
    var_59 = wp::load(var_57);
    var_58 = wp::copy(var_59);
    // wp.atomic_add(body_inertia, b, I)                                                      <L 59>
    var_60 = wp::atomic_add(var_body_inertia, var_58, var_55);
    // wp.atomic_add(body_mass, b, m)                                                         <L 60>
    var_61 = wp::atomic_add(var_body_mass, var_58, var_5);
}



void compound_inertia_1f8e0e62_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compound_inertia_1f8e0e62 *_wp_args,
    wp_args_compound_inertia_1f8e0e62 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::float32> var_shape_mass = _wp_args->shape_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_size = _wp_args->shape_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_offset = _wp_args->shape_offset;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_shape_rot = _wp_args->shape_rot;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::float32> var_body_mass = _wp_args->body_mass;
    wp::array_t<wp::int32> adj_shape_type = _wp_adj_args->shape_type;
    wp::array_t<wp::float32> adj_shape_mass = _wp_adj_args->shape_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_size = _wp_adj_args->shape_size;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_offset = _wp_adj_args->shape_offset;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_shape_rot = _wp_adj_args->shape_rot;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia = _wp_adj_args->body_inertia;
    wp::array_t<wp::float32> adj_body_mass = _wp_adj_args->body_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    wp::vec_t<3, wp::float32>* var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 3.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 12.0;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 0.0;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 0.0;
    const wp::float32 var_46 = 0.0;
    const wp::float32 var_47 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32>* var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::vec_t<3, wp::float32>* var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::int32* var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    wp::mat_t<3, 3, wp::float32> var_60;
    wp::float32 var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
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
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::mat_t<3, 3, wp::float32> adj_48 = {};
    wp::mat_t<3, 3, wp::float32> adj_49 = {};
    wp::mat_t<3, 3, wp::float32> adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::mat_t<3, 3, wp::float32> adj_52 = {};
    wp::mat_t<3, 3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::mat_t<3, 3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::mat_t<3, 3, wp::float32> adj_60 = {};
    wp::float32 adj_61 = {};
    //---------
    // forward
    // def compound_inertia(                                                                  <L 32>
    // s = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // t = shape_type[s]                                                                      <L 43>
    var_1 = wp::address(var_shape_type, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = shape_mass[s]                                                                      <L 44>
    var_4 = wp::address(var_shape_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // I = wp.mat33()                                                                         <L 45>
    var_7 = wp::mat_t<3, 3, wp::float32>();
    // if t == 0:                                                                             <L 46>
    var_9 = (var_2 == var_8);
    if (var_9) {
        // I = box_inertia(m, shape_size[s])                                                  <L 47>
        var_10 = wp::address(var_shape_size, var_0);
        var_12 = wp::load(var_10);
        var_11 = box_inertia_0(var_5, var_12);
    }
    var_13 = wp::where(var_9, var_11, var_7);
    if (!var_9) {
        // elif t == 1:                                                                       <L 48>
        var_15 = (var_2 == var_14);
        if (var_15) {
            // I = sphere_inertia(m, shape_size[s][0])                                        <L 49>
            var_16 = wp::address(var_shape_size, var_0);
            var_19 = wp::load(var_16);
            var_18 = wp::extract(var_19, var_17);
            var_20 = sphere_inertia_0(var_5, var_18);
        }
        var_21 = wp::where(var_15, var_20, var_13);
        if (!var_15) {
            // r = shape_size[s][0]                                                           <L 51>
            var_22 = wp::address(var_shape_size, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::extract(var_25, var_23);
            // h = shape_size[s][1]                                                           <L 52>
            var_26 = wp::address(var_shape_size, var_0);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            // ixx = m * (3.0 * r * r + h * h) / 12.0                                         <L 53>
            var_31 = wp::mul(var_30, var_24);
            var_32 = wp::mul(var_31, var_24);
            var_33 = wp::mul(var_28, var_28);
            var_34 = wp::add(var_32, var_33);
            var_35 = wp::mul(var_5, var_34);
            var_37 = wp::div(var_35, var_36);
            // iyy = 0.5 * m * r * r                                                          <L 54>
            var_39 = wp::mul(var_38, var_5);
            var_40 = wp::mul(var_39, var_24);
            var_41 = wp::mul(var_40, var_24);
            // I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                      <L 55>
            var_48 = wp::mat_t<3, 3, wp::float32>(var_37, var_42, var_43, var_44, var_41, var_45, var_46, var_47, var_37);
        }
        var_49 = wp::where(var_15, var_21, var_48);
    }
    var_50 = wp::where(var_9, var_13, var_49);
    // I = rotate_inertia(I, shape_rot[s])                                                    <L 56>
    var_51 = wp::address(var_shape_rot, var_0);
    var_53 = wp::load(var_51);
    var_52 = rotate_inertia_0(var_50, var_53);
    // I = parallel_axis(I, m, shape_offset[s])                                               <L 57>
    var_54 = wp::address(var_shape_offset, var_0);
    var_56 = wp::load(var_54);
    var_55 = parallel_axis_0(var_52, var_5, var_56);
    // b = shape_body[s]                                                                      <L 58>
    var_57 = wp::address(var_shape_body, var_0);
    var_59 = wp::load(var_57);
    var_58 = wp::copy(var_59);
    // wp.atomic_add(body_inertia, b, I)                                                      <L 59>
    // var_60 = wp::atomic_add(var_body_inertia, var_58, var_55);
    // wp.atomic_add(body_mass, b, m)                                                         <L 60>
    // var_61 = wp::atomic_add(var_body_mass, var_58, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_mass, var_58, var_5, adj_body_mass, adj_58, adj_5, adj_61);
    // adj: wp.atomic_add(body_mass, b, m)                                                    <L 60>
    wp::adj_atomic_add(var_body_inertia, var_58, var_55, adj_body_inertia, adj_58, adj_55, adj_60);
    // adj: wp.atomic_add(body_inertia, b, I)                                                 <L 59>
    wp::adj_copy(var_59, adj_57, adj_58);
    wp::adj_address(var_shape_body, var_0, adj_shape_body, adj_0, adj_57);
    // adj: b = shape_body[s]                                                                 <L 58>
    adj_parallel_axis_0(var_52, var_5, var_56, adj_52, adj_5, adj_54, adj_55);
    wp::adj_address(var_shape_offset, var_0, adj_shape_offset, adj_0, adj_54);
    // adj: I = parallel_axis(I, m, shape_offset[s])                                          <L 57>
    adj_rotate_inertia_0(var_50, var_53, adj_50, adj_51, adj_52);
    wp::adj_address(var_shape_rot, var_0, adj_shape_rot, adj_0, adj_51);
    // adj: I = rotate_inertia(I, shape_rot[s])                                               <L 56>
    wp::adj_where(var_9, var_13, var_49, adj_9, adj_13, adj_49, adj_50);
    if (!var_9) {
        wp::adj_where(var_15, var_21, var_48, adj_15, adj_21, adj_48, adj_49);
        if (!var_15) {
            wp::adj_mat_t(var_37, var_42, var_43, var_44, var_41, var_45, var_46, var_47, var_37, adj_37, adj_42, adj_43, adj_44, adj_41, adj_45, adj_46, adj_47, adj_37, adj_48);
            // adj: I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                 <L 55>
            wp::adj_mul(var_40, var_24, adj_40, adj_24, adj_41);
            wp::adj_mul(var_39, var_24, adj_39, adj_24, adj_40);
            wp::adj_mul(var_38, var_5, adj_38, adj_5, adj_39);
            // adj: iyy = 0.5 * m * r * r                                                     <L 54>
            wp::adj_div(var_35, var_36, var_37, adj_35, adj_36, adj_37);
            wp::adj_mul(var_5, var_34, adj_5, adj_34, adj_35);
            wp::adj_add(var_32, var_33, adj_32, adj_33, adj_34);
            wp::adj_mul(var_28, var_28, adj_28, adj_28, adj_33);
            wp::adj_mul(var_31, var_24, adj_31, adj_24, adj_32);
            wp::adj_mul(var_30, var_24, adj_30, adj_24, adj_31);
            // adj: ixx = m * (3.0 * r * r + h * h) / 12.0                                    <L 53>
            wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
            wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_26);
            // adj: h = shape_size[s][1]                                                      <L 52>
            wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_22);
            // adj: r = shape_size[s][0]                                                      <L 51>
        }
        wp::adj_where(var_15, var_20, var_13, adj_15, adj_20, adj_13, adj_21);
        if (var_15) {
            adj_sphere_inertia_0(var_5, var_18, adj_5, adj_18, adj_20);
            wp::adj_extract(var_19, var_17, adj_16, adj_17, adj_18);
            wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_16);
            // adj: I = sphere_inertia(m, shape_size[s][0])                                   <L 49>
        }
        // adj: elif t == 1:                                                                  <L 48>
    }
    wp::adj_where(var_9, var_11, var_7, adj_9, adj_11, adj_7, adj_13);
    if (var_9) {
        adj_box_inertia_0(var_5, var_12, adj_5, adj_10, adj_11);
        wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_10);
        // adj: I = box_inertia(m, shape_size[s])                                             <L 47>
    }
    // adj: if t == 0:                                                                        <L 46>
    // adj: I = wp.mat33()                                                                    <L 45>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_shape_mass, var_0, adj_shape_mass, adj_0, adj_4);
    // adj: m = shape_mass[s]                                                                 <L 44>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_shape_type, var_0, adj_shape_type, adj_0, adj_1);
    // adj: t = shape_type[s]                                                                 <L 43>
    // adj: s = wp.tid()                                                                      <L 42>
    // adj: def compound_inertia(                                                             <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compound_inertia_1f8e0e62_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compound_inertia_1f8e0e62 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compound_inertia_1f8e0e62_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compound_inertia_1f8e0e62_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compound_inertia_1f8e0e62 *_wp_args,
    wp_args_compound_inertia_1f8e0e62 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compound_inertia_1f8e0e62_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_invert_inertia_6757e769 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inv_inertia;
    wp::array_t<wp::int32> singular;
};


void invert_inertia_6757e769_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_invert_inertia_6757e769 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia = _wp_args->inv_inertia;
    wp::array_t<wp::int32> var_singular = _wp_args->singular;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-12;
    bool var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // forward
    // def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // I = inertia[i]                                                                         <L 66>
    var_1 = wp::address(var_inertia, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(I)                                                                <L 67>
    var_4 = wp::determinant(var_2);
    // if wp.abs(det) < 1.0e-12:                                                              <L 68>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 < var_6);
    if (var_7) {
        // inv_inertia[i] = wp.mat33()                                                        <L 69>
        var_8 = wp::mat_t<3, 3, wp::float32>();
        wp::array_store(var_inv_inertia, var_0, var_8);
        // wp.atomic_add(singular, 0, 1)                                                      <L 70>
        var_11 = wp::atomic_add(var_singular, var_9, var_10);
        // return                                                                             <L 71>
        return;
    }
    // inv_inertia[i] = wp.inverse(I)                                                         <L 72>
    var_12 = wp::inverse(var_2);
    wp::array_store(var_inv_inertia, var_0, var_12);
}



void invert_inertia_6757e769_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_invert_inertia_6757e769 *_wp_args,
    wp_args_invert_inertia_6757e769 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia = _wp_args->inv_inertia;
    wp::array_t<wp::int32> var_singular = _wp_args->singular;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_inertia = _wp_adj_args->inv_inertia;
    wp::array_t<wp::int32> adj_singular = _wp_adj_args->singular;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-12;
    bool var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // I = inertia[i]                                                                         <L 66>
    var_1 = wp::address(var_inertia, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(I)                                                                <L 67>
    var_4 = wp::determinant(var_2);
    // if wp.abs(det) < 1.0e-12:                                                              <L 68>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 < var_6);
    if (var_7) {
        // inv_inertia[i] = wp.mat33()                                                        <L 69>
        var_8 = wp::mat_t<3, 3, wp::float32>();
        // wp::array_store(var_inv_inertia, var_0, var_8);
        // wp.atomic_add(singular, 0, 1)                                                      <L 70>
        // var_11 = wp::atomic_add(var_singular, var_9, var_10);
        // return                                                                             <L 71>
        goto label0;
    }
    // inv_inertia[i] = wp.inverse(I)                                                         <L 72>
    var_12 = wp::inverse(var_2);
    // wp::array_store(var_inv_inertia, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_inv_inertia, var_0, var_12, adj_inv_inertia, adj_0, adj_12);
    wp::adj_inverse(var_2, var_12, adj_2, adj_12);
    // adj: inv_inertia[i] = wp.inverse(I)                                                    <L 72>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 71>
        wp::adj_atomic_add(var_singular, var_9, var_10, adj_singular, adj_9, adj_10, adj_11);
        // adj: wp.atomic_add(singular, 0, 1)                                                 <L 70>
        wp::adj_array_store(var_inv_inertia, var_0, var_8, adj_inv_inertia, adj_0, adj_8);
        // adj: inv_inertia[i] = wp.mat33()                                                   <L 69>
    }
    wp::adj_abs(var_4, adj_4, adj_5);
    // adj: if wp.abs(det) < 1.0e-12:                                                         <L 68>
    wp::adj_determinant(var_2, adj_2, adj_4);
    // adj: det = wp.determinant(I)                                                           <L 67>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_1);
    // adj: I = inertia[i]                                                                    <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void invert_inertia_6757e769_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_invert_inertia_6757e769 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        invert_inertia_6757e769_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void invert_inertia_6757e769_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_invert_inertia_6757e769 *_wp_args,
    wp_args_invert_inertia_6757e769 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        invert_inertia_6757e769_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_angular_momentum_b9a395af {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rot;
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
    wp::array_t<wp::vec_t<3, wp::float32>> L;
    wp::array_t<wp::vec_t<3, wp::float32>> total;
};


void angular_momentum_b9a395af_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_angular_momentum_b9a395af *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_L = _wp_args->L;
    wp::array_t<wp::vec_t<3, wp::float32>> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):       <L 76>
    // i = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // R = rot[i]                                                                             <L 78>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // Iw = rotate_inertia(inertia[i], R)                                                     <L 79>
    var_4 = wp::address(var_inertia, var_0);
    var_6 = wp::load(var_4);
    var_5 = rotate_inertia_0(var_6, var_2);
    // l = Iw * omega[i]                                                                      <L 80>
    var_7 = wp::address(var_omega, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_5, var_9);
    // L[i] = l                                                                               <L 81>
    wp::array_store(var_L, var_0, var_8);
    // wp.atomic_add(total, 0, l)                                                             <L 82>
    var_11 = wp::atomic_add(var_total, var_10, var_8);
}



void angular_momentum_b9a395af_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_angular_momentum_b9a395af *_wp_args,
    wp_args_angular_momentum_b9a395af *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rot = _wp_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_L = _wp_args->L;
    wp::array_t<wp::vec_t<3, wp::float32>> var_total = _wp_args->total;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rot = _wp_adj_args->rot;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_L = _wp_adj_args->L;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):       <L 76>
    // i = wp.tid()                                                                           <L 77>
    var_0 = builtin_tid1d();
    // R = rot[i]                                                                             <L 78>
    var_1 = wp::address(var_rot, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // Iw = rotate_inertia(inertia[i], R)                                                     <L 79>
    var_4 = wp::address(var_inertia, var_0);
    var_6 = wp::load(var_4);
    var_5 = rotate_inertia_0(var_6, var_2);
    // l = Iw * omega[i]                                                                      <L 80>
    var_7 = wp::address(var_omega, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_5, var_9);
    // L[i] = l                                                                               <L 81>
    // wp::array_store(var_L, var_0, var_8);
    // wp.atomic_add(total, 0, l)                                                             <L 82>
    // var_11 = wp::atomic_add(var_total, var_10, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_10, var_8, adj_total, adj_10, adj_8, adj_11);
    // adj: wp.atomic_add(total, 0, l)                                                        <L 82>
    wp::adj_array_store(var_L, var_0, var_8, adj_L, adj_0, adj_8);
    // adj: L[i] = l                                                                          <L 81>
    wp::adj_mul(var_5, var_9, adj_5, adj_7, adj_8);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_7);
    // adj: l = Iw * omega[i]                                                                 <L 80>
    adj_rotate_inertia_0(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_4);
    // adj: Iw = rotate_inertia(inertia[i], R)                                                <L 79>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rot, var_0, adj_rot, adj_0, adj_1);
    // adj: R = rot[i]                                                                        <L 78>
    // adj: i = wp.tid()                                                                      <L 77>
    // adj: def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):  <L 76>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void angular_momentum_b9a395af_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_angular_momentum_b9a395af *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        angular_momentum_b9a395af_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void angular_momentum_b9a395af_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_angular_momentum_b9a395af *_wp_args,
    wp_args_angular_momentum_b9a395af *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        angular_momentum_b9a395af_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gyroscopic_step_817c76d1 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inv_inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
    wp::array_t<wp::vec_t<3, wp::float32>> torque;
    wp::float32 dt;
};


void gyroscopic_step_817c76d1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gyroscopic_step_817c76d1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia = _wp_args->inv_inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque = _wp_args->torque;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 100.0;
    bool var_29;
    const wp::float32 var_30 = 100.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // forward
    // def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):       <L 86>
    // i = wp.tid()                                                                           <L 87>
    var_0 = builtin_tid1d();
    // w = omega[i]                                                                           <L 88>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // I = inertia[i]                                                                         <L 89>
    var_4 = wp::address(var_inertia, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gyro = wp.cross(w, I * w)                                                              <L 90>
    var_7 = wp::mul(var_5, var_2);
    var_8 = wp::cross(var_2, var_7);
    // dw = inv_inertia[i] * (torque[i] - gyro)                                               <L 91>
    var_9 = wp::address(var_inv_inertia, var_0);
    var_10 = wp::address(var_torque, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_8);
    var_14 = wp::load(var_9);
    var_13 = wp::mul(var_14, var_11);
    // w = w + dw * dt                                                                        <L 92>
    var_15 = wp::mul(var_13, var_dt);
    var_16 = wp::add(var_2, var_15);
    // m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                           <L 93>
    var_18 = wp::extract(var_16, var_17);
    var_19 = wp::abs(var_18);
    var_21 = wp::extract(var_16, var_20);
    var_22 = wp::abs(var_21);
    var_23 = wp::max(var_19, var_22);
    var_25 = wp::extract(var_16, var_24);
    var_26 = wp::abs(var_25);
    var_27 = wp::max(var_23, var_26);
    // if m > 100.0:                                                                          <L 94>
    var_29 = (var_27 > var_28);
    if (var_29) {
        // w = w * (100.0 / m)                                                                <L 95>
        var_31 = wp::div(var_30, var_27);
        var_32 = wp::mul(var_16, var_31);
    }
    var_33 = wp::where(var_29, var_32, var_16);
    // omega[i] = w                                                                           <L 96>
    wp::array_store(var_omega, var_0, var_33);
}



void gyroscopic_step_817c76d1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gyroscopic_step_817c76d1 *_wp_args,
    wp_args_gyroscopic_step_817c76d1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia = _wp_args->inv_inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque = _wp_args->torque;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_inertia = _wp_adj_args->inv_inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torque = _wp_adj_args->torque;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 100.0;
    bool var_29;
    const wp::float32 var_30 = 100.0;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    //---------
    // forward
    // def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):       <L 86>
    // i = wp.tid()                                                                           <L 87>
    var_0 = builtin_tid1d();
    // w = omega[i]                                                                           <L 88>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // I = inertia[i]                                                                         <L 89>
    var_4 = wp::address(var_inertia, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gyro = wp.cross(w, I * w)                                                              <L 90>
    var_7 = wp::mul(var_5, var_2);
    var_8 = wp::cross(var_2, var_7);
    // dw = inv_inertia[i] * (torque[i] - gyro)                                               <L 91>
    var_9 = wp::address(var_inv_inertia, var_0);
    var_10 = wp::address(var_torque, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_8);
    var_14 = wp::load(var_9);
    var_13 = wp::mul(var_14, var_11);
    // w = w + dw * dt                                                                        <L 92>
    var_15 = wp::mul(var_13, var_dt);
    var_16 = wp::add(var_2, var_15);
    // m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                           <L 93>
    var_18 = wp::extract(var_16, var_17);
    var_19 = wp::abs(var_18);
    var_21 = wp::extract(var_16, var_20);
    var_22 = wp::abs(var_21);
    var_23 = wp::max(var_19, var_22);
    var_25 = wp::extract(var_16, var_24);
    var_26 = wp::abs(var_25);
    var_27 = wp::max(var_23, var_26);
    // if m > 100.0:                                                                          <L 94>
    var_29 = (var_27 > var_28);
    if (var_29) {
        // w = w * (100.0 / m)                                                                <L 95>
        var_31 = wp::div(var_30, var_27);
        var_32 = wp::mul(var_16, var_31);
    }
    var_33 = wp::where(var_29, var_32, var_16);
    // omega[i] = w                                                                           <L 96>
    // wp::array_store(var_omega, var_0, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_omega, var_0, var_33, adj_omega, adj_0, adj_33);
    // adj: omega[i] = w                                                                      <L 96>
    wp::adj_where(var_29, var_32, var_16, adj_29, adj_32, adj_16, adj_33);
    if (var_29) {
        wp::adj_mul(var_16, var_31, adj_16, adj_31, adj_32);
        wp::adj_div(var_30, var_27, var_31, adj_30, adj_27, adj_31);
        // adj: w = w * (100.0 / m)                                                           <L 95>
    }
    // adj: if m > 100.0:                                                                     <L 94>
    wp::adj_max(var_23, var_26, adj_23, adj_26, adj_27);
    wp::adj_abs(var_25, adj_25, adj_26);
    wp::adj_extract(var_16, var_24, adj_16, adj_24, adj_25);
    wp::adj_max(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_abs(var_21, adj_21, adj_22);
    wp::adj_extract(var_16, var_20, adj_16, adj_20, adj_21);
    wp::adj_abs(var_18, adj_18, adj_19);
    wp::adj_extract(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                      <L 93>
    wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_15);
    // adj: w = w + dw * dt                                                                   <L 92>
    wp::adj_mul(var_14, var_11, adj_9, adj_11, adj_13);
    wp::adj_sub(var_12, var_8, adj_10, adj_8, adj_11);
    wp::adj_address(var_torque, var_0, adj_torque, adj_0, adj_10);
    wp::adj_address(var_inv_inertia, var_0, adj_inv_inertia, adj_0, adj_9);
    // adj: dw = inv_inertia[i] * (torque[i] - gyro)                                          <L 91>
    wp::adj_cross(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_7);
    // adj: gyro = wp.cross(w, I * w)                                                         <L 90>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_4);
    // adj: I = inertia[i]                                                                    <L 89>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
    // adj: w = omega[i]                                                                      <L 88>
    // adj: i = wp.tid()                                                                      <L 87>
    // adj: def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):  <L 86>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gyroscopic_step_817c76d1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gyroscopic_step_817c76d1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gyroscopic_step_817c76d1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gyroscopic_step_817c76d1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gyroscopic_step_817c76d1 *_wp_args,
    wp_args_gyroscopic_step_817c76d1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gyroscopic_step_817c76d1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

