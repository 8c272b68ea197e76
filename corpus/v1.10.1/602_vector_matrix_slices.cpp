
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


// corpus/602_vector_matrix_slices.py:4
static void split_spatial_0(
    wp::vec_t<6, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::slice_t var_2;
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 3;
    const wp::int32 var_5 = 1;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 3;
    const wp::int32 var_8 = 6;
    wp::slice_t var_9;
    const wp::int32 var_10 = 3;
    const wp::int32 var_11 = 6;
    const wp::int32 var_12 = 1;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def split_spatial(v: wp.spatial_vector):                                               <L 5>
    // w = v[0:3]                                                                             <L 6>
    var_2 = wp::slice_t(var_3, var_4, var_5);
    var_6 = wp::extract<3>(var_v, var_2);
    // u = v[3:6]                                                                             <L 7>
    var_9 = wp::slice_t(var_10, var_11, var_12);
    var_13 = wp::extract<3>(var_v, var_9);
    // return w, u                                                                            <L 8>
    ret_0 = var_6;
    ret_1 = var_13;
    return;
}


// corpus/602_vector_matrix_slices.py:4
static void adj_split_spatial_0(
    wp::vec_t<6, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<6, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::slice_t var_2;
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 3;
    const wp::int32 var_5 = 1;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 3;
    const wp::int32 var_8 = 6;
    wp::slice_t var_9;
    const wp::int32 var_10 = 3;
    const wp::int32 var_11 = 6;
    const wp::int32 var_12 = 1;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::slice_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::slice_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def split_spatial(v: wp.spatial_vector):                                               <L 5>
    // w = v[0:3]                                                                             <L 6>
    var_2 = wp::slice_t(var_3, var_4, var_5);
    var_6 = wp::extract<3>(var_v, var_2);
    // u = v[3:6]                                                                             <L 7>
    var_9 = wp::slice_t(var_10, var_11, var_12);
    var_13 = wp::extract<3>(var_v, var_9);
    // return w, u                                                                            <L 8>
    ret_0 = var_6;
    ret_1 = var_13;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret_1;
    adj_6 += adj_ret_0;
    // adj: return w, u                                                                       <L 8>
    wp::adj_extract(var_v, var_9, adj_v, adj_9, adj_13);
    // adj: u = v[3:6]                                                                        <L 7>
    wp::adj_extract(var_v, var_2, adj_v, adj_2, adj_6);
    // adj: w = v[0:3]                                                                        <L 6>
    // adj: def split_spatial(v: wp.spatial_vector):                                          <L 5>
    return;
}

struct wp_args_rigid_twist_update_055dde7c {
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> poses;
    wp::float32 dt;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> out_poses;
    wp::array_t<wp::float32> lin_speed;
};


void rigid_twist_update_055dde7c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rigid_twist_update_055dde7c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_poses = _wp_args->poses;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out_poses = _wp_args->out_poses;
    wp::array_t<wp::float32> var_lin_speed = _wp_args->lin_speed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::mat_t<4, 4, wp::float32>* var_5;
    wp::mat_t<4, 4, wp::float32> var_6;
    wp::mat_t<4, 4, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 3;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 3;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 3;
    wp::slice_t var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 3;
    const wp::int32 var_19 = 1;
    wp::mat_t<3, 3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 3;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 3;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 3;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 3;
    wp::slice_t var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 3;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 3;
    wp::slice_t var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 3;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 3;
    wp::slice_t var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 3;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 3;
    const wp::float32 var_54 = 0.0;
    const wp::float32 var_55 = 0.0;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 1.0;
    wp::vec_t<4, wp::float32> var_58;
    const wp::int32 var_59 = 3;
    wp::slice_t var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 4;
    const wp::int32 var_63 = 1;
    wp::vec_t<6, wp::float32>* var_64;
    const wp::int32 var_65 = 3;
    wp::slice_t var_66;
    const wp::int32 var_67 = 3;
    const wp::int32 var_68 = 6;
    const wp::int32 var_69 = 1;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<6, wp::float32> var_71;
    wp::float32 var_72;
    //---------
    // forward
    // def rigid_twist_update(                                                                <L 12>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // w, u = split_spatial(twists[i])                                                        <L 20>
    var_1 = wp::address(var_twists, var_0);
    var_4 = wp::load(var_1);
    split_spatial_0(var_4, var_2, var_3);
    // m = poses[i]                                                                           <L 21>
    var_5 = wp::address(var_poses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // R = m[0:3, 0:3]                                                                        <L 23>
    var_10 = wp::slice_t(var_11, var_12, var_13);
    var_16 = wp::slice_t(var_17, var_18, var_19);
    var_20 = wp::extract<3, 3>(var_6, var_10, var_16);
    // p = m[0:3, 3]                                                                          <L 24>
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_28 = wp::extract<3>(var_6, var_23, var_27);
    // p = p + u * dt                                                                         <L 25>
    var_29 = wp::mul(var_3, var_dt);
    var_30 = wp::add(var_28, var_29);
    // R = R + wp.skew(w) * R * dt                                                            <L 26>
    var_31 = wp::skew(var_2);
    var_32 = wp::mul(var_31, var_20);
    var_33 = wp::mul(var_32, var_dt);
    var_34 = wp::add(var_20, var_33);
    // m[0:3, 0:3] = R                                                                        <L 27>
    var_37 = wp::slice_t(var_38, var_39, var_40);
    var_43 = wp::slice_t(var_44, var_45, var_46);
    wp::assign_inplace<3, 3>(var_6, var_37, var_43, var_34);
    // m[0:3, 3] = p                                                                          <L 28>
    var_49 = wp::slice_t(var_50, var_51, var_52);
    wp::assign_inplace<3>(var_6, var_49, var_53, var_30);
    // m[3, :] = wp.vec4(0.0, 0.0, 0.0, 1.0)                                                  <L 29>
    var_58 = wp::vec_t<4, wp::float32>(var_54, var_55, var_56, var_57);
    var_60 = wp::slice_t(var_61, var_62, var_63);
    wp::assign_inplace<4>(var_6, var_59, var_60, var_58);
    // out_poses[i] = m                                                                       <L 30>
    wp::array_store(var_out_poses, var_0, var_6);
    // lin_speed[i] = wp.length(twists[i][3:])                                                <L 31>
    var_64 = wp::address(var_twists, var_0);
    var_66 = wp::slice_t(var_67, var_68, var_69);
    var_71 = wp::load(var_64);
    var_70 = wp::extract<3>(var_71, var_66);
    var_72 = wp::length(var_70);
    wp::array_store(var_lin_speed, var_0, var_72);
}



void rigid_twist_update_055dde7c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rigid_twist_update_055dde7c *_wp_args,
    wp_args_rigid_twist_update_055dde7c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_poses = _wp_args->poses;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out_poses = _wp_args->out_poses;
    wp::array_t<wp::float32> var_lin_speed = _wp_args->lin_speed;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists = _wp_adj_args->twists;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out_poses = _wp_adj_args->out_poses;
    wp::array_t<wp::float32> adj_lin_speed = _wp_adj_args->lin_speed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::mat_t<4, 4, wp::float32>* var_5;
    wp::mat_t<4, 4, wp::float32> var_6;
    wp::mat_t<4, 4, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 3;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 3;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 3;
    wp::slice_t var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 3;
    const wp::int32 var_19 = 1;
    wp::mat_t<3, 3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 3;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 3;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 3;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 3;
    wp::slice_t var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 3;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 3;
    wp::slice_t var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 3;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 3;
    wp::slice_t var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 3;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 3;
    const wp::float32 var_54 = 0.0;
    const wp::float32 var_55 = 0.0;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 1.0;
    wp::vec_t<4, wp::float32> var_58;
    const wp::int32 var_59 = 3;
    wp::slice_t var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 4;
    const wp::int32 var_63 = 1;
    wp::vec_t<6, wp::float32>* var_64;
    const wp::int32 var_65 = 3;
    wp::slice_t var_66;
    const wp::int32 var_67 = 3;
    const wp::int32 var_68 = 6;
    const wp::int32 var_69 = 1;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<6, wp::float32> var_71;
    wp::float32 var_72;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::mat_t<4, 4, wp::float32> adj_5 = {};
    wp::mat_t<4, 4, wp::float32> adj_6 = {};
    wp::mat_t<4, 4, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::slice_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::slice_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::slice_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::slice_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::slice_t adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::slice_t adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<4, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::slice_t adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::vec_t<6, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::slice_t adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<6, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    //---------
    // forward
    // def rigid_twist_update(                                                                <L 12>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // w, u = split_spatial(twists[i])                                                        <L 20>
    var_1 = wp::address(var_twists, var_0);
    var_4 = wp::load(var_1);
    split_spatial_0(var_4, var_2, var_3);
    // m = poses[i]                                                                           <L 21>
    var_5 = wp::address(var_poses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // R = m[0:3, 0:3]                                                                        <L 23>
    var_10 = wp::slice_t(var_11, var_12, var_13);
    var_16 = wp::slice_t(var_17, var_18, var_19);
    var_20 = wp::extract<3, 3>(var_6, var_10, var_16);
    // p = m[0:3, 3]                                                                          <L 24>
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_28 = wp::extract<3>(var_6, var_23, var_27);
    // p = p + u * dt                                                                         <L 25>
    var_29 = wp::mul(var_3, var_dt);
    var_30 = wp::add(var_28, var_29);
    // R = R + wp.skew(w) * R * dt                                                            <L 26>
    var_31 = wp::skew(var_2);
    var_32 = wp::mul(var_31, var_20);
    var_33 = wp::mul(var_32, var_dt);
    var_34 = wp::add(var_20, var_33);
    // m[0:3, 0:3] = R                                                                        <L 27>
    var_37 = wp::slice_t(var_38, var_39, var_40);
    var_43 = wp::slice_t(var_44, var_45, var_46);
    wp::assign_inplace<3, 3>(var_6, var_37, var_43, var_34);
    // m[0:3, 3] = p                                                                          <L 28>
    var_49 = wp::slice_t(var_50, var_51, var_52);
    wp::assign_inplace<3>(var_6, var_49, var_53, var_30);
    // m[3, :] = wp.vec4(0.0, 0.0, 0.0, 1.0)                                                  <L 29>
    var_58 = wp::vec_t<4, wp::float32>(var_54, var_55, var_56, var_57);
    var_60 = wp::slice_t(var_61, var_62, var_63);
    wp::assign_inplace<4>(var_6, var_59, var_60, var_58);
    // out_poses[i] = m                                                                       <L 30>
    // wp::array_store(var_out_poses, var_0, var_6);
    // lin_speed[i] = wp.length(twists[i][3:])                                                <L 31>
    var_64 = wp::address(var_twists, var_0);
    var_66 = wp::slice_t(var_67, var_68, var_69);
    var_71 = wp::load(var_64);
    var_70 = wp::extract<3>(var_71, var_66);
    var_72 = wp::length(var_70);
    // wp::array_store(var_lin_speed, var_0, var_72);
    //---------
    // reverse
    wp::adj_array_store(var_lin_speed, var_0, var_72, adj_lin_speed, adj_0, adj_72);
    wp::adj_length(var_70, var_72, adj_70, adj_72);
    wp::adj_extract(var_71, var_66, adj_64, adj_66, adj_70);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_64);
    // adj: lin_speed[i] = wp.length(twists[i][3:])                                           <L 31>
    wp::adj_array_store(var_out_poses, var_0, var_6, adj_out_poses, adj_0, adj_6);
    // adj: out_poses[i] = m                                                                  <L 30>
    wp::adj_assign_inplace(var_6, var_59, var_60, var_58, adj_6, adj_59, adj_60, adj_58);
    wp::adj_vec_t(var_54, var_55, var_56, var_57, adj_54, adj_55, adj_56, adj_57, adj_58);
    // adj: m[3, :] = wp.vec4(0.0, 0.0, 0.0, 1.0)                                             <L 29>
    wp::adj_assign_inplace(var_6, var_49, var_53, var_30, adj_6, adj_49, adj_53, adj_30);
    // adj: m[0:3, 3] = p                                                                     <L 28>
    wp::adj_assign_inplace(var_6, var_37, var_43, var_34, adj_6, adj_37, adj_43, adj_34);
    // adj: m[0:3, 0:3] = R                                                                   <L 27>
    wp::adj_add(var_20, var_33, adj_20, adj_33, adj_34);
    wp::adj_mul(var_32, var_dt, adj_32, adj_dt, adj_33);
    wp::adj_mul(var_31, var_20, adj_31, adj_20, adj_32);
    wp::adj_skew(var_2, adj_2, adj_31);
    // adj: R = R + wp.skew(w) * R * dt                                                       <L 26>
    wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_mul(var_3, var_dt, adj_3, adj_dt, adj_29);
    // adj: p = p + u * dt                                                                    <L 25>
    wp::adj_extract(var_6, var_23, var_27, adj_6, adj_23, adj_27, adj_28);
    // adj: p = m[0:3, 3]                                                                     <L 24>
    wp::adj_extract(var_6, var_10, var_16, adj_6, adj_10, adj_16, adj_20);
    // adj: R = m[0:3, 0:3]                                                                   <L 23>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_5);
    // adj: m = poses[i]                                                                      <L 21>
    adj_split_spatial_0(var_4, var_2, var_3, adj_1, adj_2, adj_3);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_1);
    // adj: w, u = split_spatial(twists[i])                                                   <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def rigid_twist_update(                                                           <L 12>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rigid_twist_update_055dde7c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_rigid_twist_update_055dde7c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rigid_twist_update_055dde7c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rigid_twist_update_055dde7c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_rigid_twist_update_055dde7c *_wp_args,
    wp_args_rigid_twist_update_055dde7c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rigid_twist_update_055dde7c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_color_ops_d6912d91 {
    wp::array_t<wp::vec_t<4, wp::float32>> pixels;
    wp::vec_t<3, wp::float32> gains;
    wp::array_t<wp::vec_t<4, wp::float32>> out;
};


void color_ops_d6912d91_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_color_ops_d6912d91 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_pixels = _wp_args->pixels;
    wp::vec_t<3, wp::float32> var_gains = _wp_args->gains;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 3;
    wp::slice_t var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 3;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 3;
    wp::slice_t var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 3;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = -1;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = -1;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = -1;
    const wp::int32 var_26 = 2;
    wp::slice_t var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = -1;
    const wp::int32 var_30 = -1;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::vec_t<2, wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<2, wp::float32> var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 2;
    wp::slice_t var_41;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 1;
    const wp::float32 var_45 = 1.0;
    const wp::float32 var_46 = 2.0;
    const wp::float32 var_47 = 3.0;
    const wp::float32 var_48 = 4.0;
    const wp::float32 var_49 = 5.0;
    const wp::float32 var_50 = 6.0;
    const wp::float32 var_51 = 7.0;
    const wp::float32 var_52 = 8.0;
    const wp::float32 var_53 = 9.0;
    wp::mat_t<3, 3, wp::float32> var_54;
    const wp::int32 var_55 = 1;
    wp::slice_t var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = 3;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 1;
    wp::vec_t<2, wp::float32> var_61;
    const wp::int32 var_62 = 0;
    const wp::int32 var_63 = 0;
    wp::float32 var_64;
    const wp::int32 var_65 = 0;
    wp::float32 var_66;
    wp::vec_t<2, wp::float32> var_67;
    const wp::float32 var_68 = 0.0;
    wp::vec_t<2, wp::float32> var_69;
    const wp::int32 var_70 = 2;
    wp::slice_t var_71;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 4;
    const wp::int32 var_74 = 2;
    //---------
    // forward
    // def color_ops(pixels: wp.array(dtype=wp.vec4), gains: wp.vec3, out: wp.array(dtype=wp.vec4)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = pixels[i]                                                                          <L 37>
    var_1 = wp::address(var_pixels, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rgb = c[:3]                                                                            <L 38>
    var_5 = wp::slice_t(var_6, var_7, var_8);
    var_9 = wp::extract<3>(var_2, var_5);
    // rgb = wp.cw_mul(rgb, gains)                                                            <L 39>
    var_10 = wp::cw_mul(var_9, var_gains);
    // c[:3] = rgb                                                                            <L 40>
    var_12 = wp::slice_t(var_13, var_14, var_15);
    wp::assign_inplace<3>(var_2, var_12, var_10);
    // c[-1] = wp.clamp(c[-1], 0.0, 1.0)                                                      <L 41>
    var_18 = wp::extract(var_2, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    wp::assign_inplace(var_2, var_23, var_21);
    // bgr = c[2::-1]                                                                         <L 42>
    var_27 = wp::slice_t(var_28, var_29, var_30);
    var_31 = wp::extract<3>(var_2, var_27);
    // c[0:2] += wp.vec2(bgr[2], bgr[1]) * 0.0                                                <L 43>
    var_33 = wp::extract(var_31, var_32);
    var_35 = wp::extract(var_31, var_34);
    var_36 = wp::vec_t<2, wp::float32>(var_33, var_35);
    var_38 = wp::mul(var_36, var_37);
    var_41 = wp::slice_t(var_42, var_43, var_44);
    wp::add_inplace<2>(var_2, var_41, var_38);
    // row = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                            <L 44>
    var_54 = wp::mat_t<3, 3, wp::float32>(var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53);
    // col = row[1:, 1]                                                                       <L 45>
    var_56 = wp::slice_t(var_57, var_58, var_59);
    var_61 = wp::extract<2>(var_54, var_56, var_60);
    // diag_pair = wp.vec2(row[0, 0], col[0])                                                 <L 46>
    var_64 = wp::extract(var_54, var_62, var_63);
    var_66 = wp::extract(var_61, var_65);
    var_67 = wp::vec_t<2, wp::float32>(var_64, var_66);
    // c[::2] -= diag_pair * 0.0                                                              <L 47>
    var_69 = wp::mul(var_67, var_68);
    var_71 = wp::slice_t(var_72, var_73, var_74);
    wp::sub_inplace<2>(var_2, var_71, var_69);
    // out[i] = c                                                                             <L 48>
    wp::array_store(var_out, var_0, var_2);
}



void color_ops_d6912d91_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_color_ops_d6912d91 *_wp_args,
    wp_args_color_ops_d6912d91 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_pixels = _wp_args->pixels;
    wp::vec_t<3, wp::float32> var_gains = _wp_args->gains;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pixels = _wp_adj_args->pixels;
    wp::vec_t<3, wp::float32> adj_gains = _wp_adj_args->gains;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    const wp::int32 var_4 = 3;
    wp::slice_t var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 3;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 3;
    wp::slice_t var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 3;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = -1;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = -1;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = -1;
    const wp::int32 var_26 = 2;
    wp::slice_t var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = -1;
    const wp::int32 var_30 = -1;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::vec_t<2, wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<2, wp::float32> var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 2;
    wp::slice_t var_41;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 1;
    const wp::float32 var_45 = 1.0;
    const wp::float32 var_46 = 2.0;
    const wp::float32 var_47 = 3.0;
    const wp::float32 var_48 = 4.0;
    const wp::float32 var_49 = 5.0;
    const wp::float32 var_50 = 6.0;
    const wp::float32 var_51 = 7.0;
    const wp::float32 var_52 = 8.0;
    const wp::float32 var_53 = 9.0;
    wp::mat_t<3, 3, wp::float32> var_54;
    const wp::int32 var_55 = 1;
    wp::slice_t var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = 3;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 1;
    wp::vec_t<2, wp::float32> var_61;
    const wp::int32 var_62 = 0;
    const wp::int32 var_63 = 0;
    wp::float32 var_64;
    const wp::int32 var_65 = 0;
    wp::float32 var_66;
    wp::vec_t<2, wp::float32> var_67;
    const wp::float32 var_68 = 0.0;
    wp::vec_t<2, wp::float32> var_69;
    const wp::int32 var_70 = 2;
    wp::slice_t var_71;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 4;
    const wp::int32 var_74 = 2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::slice_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::slice_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::slice_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<2, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::slice_t adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::slice_t adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::vec_t<2, wp::float32> adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<2, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::vec_t<2, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    wp::slice_t adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    //---------
    // forward
    // def color_ops(pixels: wp.array(dtype=wp.vec4), gains: wp.vec3, out: wp.array(dtype=wp.vec4)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = pixels[i]                                                                          <L 37>
    var_1 = wp::address(var_pixels, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rgb = c[:3]                                                                            <L 38>
    var_5 = wp::slice_t(var_6, var_7, var_8);
    var_9 = wp::extract<3>(var_2, var_5);
    // rgb = wp.cw_mul(rgb, gains)                                                            <L 39>
    var_10 = wp::cw_mul(var_9, var_gains);
    // c[:3] = rgb                                                                            <L 40>
    var_12 = wp::slice_t(var_13, var_14, var_15);
    wp::assign_inplace<3>(var_2, var_12, var_10);
    // c[-1] = wp.clamp(c[-1], 0.0, 1.0)                                                      <L 41>
    var_18 = wp::extract(var_2, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    wp::assign_inplace(var_2, var_23, var_21);
    // bgr = c[2::-1]                                                                         <L 42>
    var_27 = wp::slice_t(var_28, var_29, var_30);
    var_31 = wp::extract<3>(var_2, var_27);
    // c[0:2] += wp.vec2(bgr[2], bgr[1]) * 0.0                                                <L 43>
    var_33 = wp::extract(var_31, var_32);
    var_35 = wp::extract(var_31, var_34);
    var_36 = wp::vec_t<2, wp::float32>(var_33, var_35);
    var_38 = wp::mul(var_36, var_37);
    var_41 = wp::slice_t(var_42, var_43, var_44);
    wp::add_inplace<2>(var_2, var_41, var_38);
    // row = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                            <L 44>
    var_54 = wp::mat_t<3, 3, wp::float32>(var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53);
    // col = row[1:, 1]                                                                       <L 45>
    var_56 = wp::slice_t(var_57, var_58, var_59);
    var_61 = wp::extract<2>(var_54, var_56, var_60);
    // diag_pair = wp.vec2(row[0, 0], col[0])                                                 <L 46>
    var_64 = wp::extract(var_54, var_62, var_63);
    var_66 = wp::extract(var_61, var_65);
    var_67 = wp::vec_t<2, wp::float32>(var_64, var_66);
    // c[::2] -= diag_pair * 0.0                                                              <L 47>
    var_69 = wp::mul(var_67, var_68);
    var_71 = wp::slice_t(var_72, var_73, var_74);
    wp::sub_inplace<2>(var_2, var_71, var_69);
    // out[i] = c                                                                             <L 48>
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = c                                                                        <L 48>
    wp::adj_sub_inplace(var_2, var_71, var_69, adj_2, adj_71, adj_69);
    wp::adj_mul(var_67, var_68, adj_67, adj_68, adj_69);
    // adj: c[::2] -= diag_pair * 0.0                                                         <L 47>
    wp::adj_vec_t(var_64, var_66, adj_64, adj_66, adj_67);
    wp::adj_extract(var_61, var_65, adj_61, adj_65, adj_66);
    wp::adj_extract(var_54, var_62, var_63, adj_54, adj_62, adj_63, adj_64);
    // adj: diag_pair = wp.vec2(row[0, 0], col[0])                                            <L 46>
    wp::adj_extract(var_54, var_56, var_60, adj_54, adj_56, adj_60, adj_61);
    // adj: col = row[1:, 1]                                                                  <L 45>
    wp::adj_mat_t(var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, adj_45, adj_46, adj_47, adj_48, adj_49, adj_50, adj_51, adj_52, adj_53, adj_54);
    // adj: row = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)                       <L 44>
    wp::adj_add_inplace(var_2, var_41, var_38, adj_2, adj_41, adj_38);
    wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_vec_t(var_33, var_35, adj_33, adj_35, adj_36);
    wp::adj_extract(var_31, var_34, adj_31, adj_34, adj_35);
    wp::adj_extract(var_31, var_32, adj_31, adj_32, adj_33);
    // adj: c[0:2] += wp.vec2(bgr[2], bgr[1]) * 0.0                                           <L 43>
    wp::adj_extract(var_2, var_27, adj_2, adj_27, adj_31);
    // adj: bgr = c[2::-1]                                                                    <L 42>
    wp::adj_assign_inplace(var_2, var_23, var_21, adj_2, adj_23, adj_21);
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
    // adj: c[-1] = wp.clamp(c[-1], 0.0, 1.0)                                                 <L 41>
    wp::adj_assign_inplace(var_2, var_12, var_10, adj_2, adj_12, adj_10);
    // adj: c[:3] = rgb                                                                       <L 40>
    wp::adj_cw_mul(var_9, var_gains, adj_9, adj_gains, adj_10);
    // adj: rgb = wp.cw_mul(rgb, gains)                                                       <L 39>
    wp::adj_extract(var_2, var_5, adj_2, adj_5, adj_9);
    // adj: rgb = c[:3]                                                                       <L 38>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pixels, var_0, adj_pixels, adj_0, adj_1);
    // adj: c = pixels[i]                                                                     <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def color_ops(pixels: wp.array(dtype=wp.vec4), gains: wp.vec3, out: wp.array(dtype=wp.vec4)):  <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void color_ops_d6912d91_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_color_ops_d6912d91 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        color_ops_d6912d91_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void color_ops_d6912d91_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_color_ops_d6912d91 *_wp_args,
    wp_args_color_ops_d6912d91 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        color_ops_d6912d91_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

