
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


// corpus/021_spatial_dynamics.py:31
static wp::vec_t<6, wp::float32> inertia_mul_0(
    wp::float32 var_mass,
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<6, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def inertia_mul(mass: float, I: wp.mat33, com: wp.vec3, v: wp.spatial_vector) -> wp.spatial_vector:       <L 32>
    // w = wp.spatial_top(v)                                                                  <L 33>
    var_0 = wp::spatial_top(var_v);
    // lin = wp.spatial_bottom(v) - wp.cross(com, w)                                          <L 34>
    var_1 = wp::spatial_bottom(var_v);
    var_2 = wp::cross(var_com, var_0);
    var_3 = wp::sub(var_1, var_2);
    // f = lin * mass                                                                         <L 35>
    var_4 = wp::mul(var_3, var_mass);
    // tau = I * w + wp.cross(com, f)                                                         <L 36>
    var_5 = wp::mul(var_I, var_0);
    var_6 = wp::cross(var_com, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(tau, f)                                                       <L 37>
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_4);
    return var_8;
}


// corpus/021_spatial_dynamics.py:22
static wp::vec_t<6, wp::float32> transform_twist_to_world_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def transform_twist_to_world(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 23>
    // q = wp.transform_get_rotation(t)                                                       <L 24>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 25>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 26>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                           <L 27>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 28>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    return var_8;
}


// corpus/021_spatial_dynamics.py:13
static wp::vec_t<6, wp::float32> spatial_cross_force_0(
    wp::vec_t<6, wp::float32> var_a,
    wp::vec_t<6, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def spatial_cross_force(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:       <L 14>
    // w = wp.spatial_top(a)                                                                  <L 15>
    var_0 = wp::spatial_top(var_a);
    // v = wp.spatial_bottom(a)                                                               <L 16>
    var_1 = wp::spatial_bottom(var_a);
    // bw = wp.spatial_top(b)                                                                 <L 17>
    var_2 = wp::spatial_top(var_b);
    // bv = wp.spatial_bottom(b)                                                              <L 18>
    var_3 = wp::spatial_bottom(var_b);
    // return wp.spatial_vector(wp.cross(w, bw) + wp.cross(v, bv), wp.cross(w, bv))           <L 19>
    var_4 = wp::cross(var_0, var_2);
    var_5 = wp::cross(var_1, var_3);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::cross(var_0, var_3);
    var_8 = wp::vec_t<6, wp::float32>(var_6, var_7);
    return var_8;
}


// corpus/021_spatial_dynamics.py:4
static wp::vec_t<6, wp::float32> spatial_cross_motion_0(
    wp::vec_t<6, wp::float32> var_a,
    wp::vec_t<6, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def spatial_cross_motion(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:       <L 5>
    // w = wp.spatial_top(a)                                                                  <L 6>
    var_0 = wp::spatial_top(var_a);
    // v = wp.spatial_bottom(a)                                                               <L 7>
    var_1 = wp::spatial_bottom(var_a);
    // bw = wp.spatial_top(b)                                                                 <L 8>
    var_2 = wp::spatial_top(var_b);
    // bv = wp.spatial_bottom(b)                                                              <L 9>
    var_3 = wp::spatial_bottom(var_b);
    // return wp.spatial_vector(wp.cross(w, bw), wp.cross(w, bv) + wp.cross(v, bw))           <L 10>
    var_4 = wp::cross(var_0, var_2);
    var_5 = wp::cross(var_0, var_3);
    var_6 = wp::cross(var_1, var_2);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<6, wp::float32>(var_4, var_7);
    return var_8;
}


// corpus/021_spatial_dynamics.py:31
static void adj_inertia_mul_0(
    wp::float32 var_mass,
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<6, wp::float32> var_v,
    wp::float32 & adj_mass,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::vec_t<3, wp::float32> & adj_com,
    wp::vec_t<6, wp::float32> & adj_v,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def inertia_mul(mass: float, I: wp.mat33, com: wp.vec3, v: wp.spatial_vector) -> wp.spatial_vector:       <L 32>
    // w = wp.spatial_top(v)                                                                  <L 33>
    var_0 = wp::spatial_top(var_v);
    // lin = wp.spatial_bottom(v) - wp.cross(com, w)                                          <L 34>
    var_1 = wp::spatial_bottom(var_v);
    var_2 = wp::cross(var_com, var_0);
    var_3 = wp::sub(var_1, var_2);
    // f = lin * mass                                                                         <L 35>
    var_4 = wp::mul(var_3, var_mass);
    // tau = I * w + wp.cross(com, f)                                                         <L 36>
    var_5 = wp::mul(var_I, var_0);
    var_6 = wp::cross(var_com, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(tau, f)                                                       <L 37>
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_7, var_4, adj_7, adj_4, adj_8);
    // adj: return wp.spatial_vector(tau, f)                                                  <L 37>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_com, var_4, adj_com, adj_4, adj_6);
    wp::adj_mul(var_I, var_0, adj_I, adj_0, adj_5);
    // adj: tau = I * w + wp.cross(com, f)                                                    <L 36>
    wp::adj_mul(var_3, var_mass, adj_3, adj_mass, adj_4);
    // adj: f = lin * mass                                                                    <L 35>
    wp::adj_sub(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_cross(var_com, var_0, adj_com, adj_0, adj_2);
    wp::adj_spatial_bottom(var_v, adj_v, adj_1);
    // adj: lin = wp.spatial_bottom(v) - wp.cross(com, w)                                     <L 34>
    wp::adj_spatial_top(var_v, adj_v, adj_0);
    // adj: w = wp.spatial_top(v)                                                             <L 33>
    // adj: def inertia_mul(mass: float, I: wp.mat33, com: wp.vec3, v: wp.spatial_vector) -> wp.spatial_vector:  <L 32>
    return;
}


// corpus/021_spatial_dynamics.py:22
static void adj_transform_twist_to_world_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_x,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def transform_twist_to_world(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 23>
    // q = wp.transform_get_rotation(t)                                                       <L 24>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 25>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.quat_rotate(q, wp.spatial_top(x))                                               <L 26>
    var_2 = wp::spatial_top(var_x);
    var_3 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                           <L 27>
    var_4 = wp::spatial_bottom(var_x);
    var_5 = wp::quat_rotate(var_0, var_4);
    var_6 = wp::cross(var_1, var_3);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 28>
    var_8 = wp::vec_t<6, wp::float32>(var_3, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: return wp.spatial_vector(w, v)                                                    <L 28>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_quat_rotate(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_spatial_bottom(var_x, adj_x, adj_4);
    // adj: v = wp.quat_rotate(q, wp.spatial_bottom(x)) + wp.cross(p, w)                      <L 27>
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_spatial_top(var_x, adj_x, adj_2);
    // adj: w = wp.quat_rotate(q, wp.spatial_top(x))                                          <L 26>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 25>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 24>
    // adj: def transform_twist_to_world(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:  <L 23>
    return;
}


// corpus/021_spatial_dynamics.py:13
static void adj_spatial_cross_force_0(
    wp::vec_t<6, wp::float32> var_a,
    wp::vec_t<6, wp::float32> var_b,
    wp::vec_t<6, wp::float32> & adj_a,
    wp::vec_t<6, wp::float32> & adj_b,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def spatial_cross_force(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:       <L 14>
    // w = wp.spatial_top(a)                                                                  <L 15>
    var_0 = wp::spatial_top(var_a);
    // v = wp.spatial_bottom(a)                                                               <L 16>
    var_1 = wp::spatial_bottom(var_a);
    // bw = wp.spatial_top(b)                                                                 <L 17>
    var_2 = wp::spatial_top(var_b);
    // bv = wp.spatial_bottom(b)                                                              <L 18>
    var_3 = wp::spatial_bottom(var_b);
    // return wp.spatial_vector(wp.cross(w, bw) + wp.cross(v, bv), wp.cross(w, bv))           <L 19>
    var_4 = wp::cross(var_0, var_2);
    var_5 = wp::cross(var_1, var_3);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::cross(var_0, var_3);
    var_8 = wp::vec_t<6, wp::float32>(var_6, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_cross(var_0, var_3, adj_0, adj_3, adj_7);
    wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_cross(var_1, var_3, adj_1, adj_3, adj_5);
    wp::adj_cross(var_0, var_2, adj_0, adj_2, adj_4);
    // adj: return wp.spatial_vector(wp.cross(w, bw) + wp.cross(v, bv), wp.cross(w, bv))      <L 19>
    wp::adj_spatial_bottom(var_b, adj_b, adj_3);
    // adj: bv = wp.spatial_bottom(b)                                                         <L 18>
    wp::adj_spatial_top(var_b, adj_b, adj_2);
    // adj: bw = wp.spatial_top(b)                                                            <L 17>
    wp::adj_spatial_bottom(var_a, adj_a, adj_1);
    // adj: v = wp.spatial_bottom(a)                                                          <L 16>
    wp::adj_spatial_top(var_a, adj_a, adj_0);
    // adj: w = wp.spatial_top(a)                                                             <L 15>
    // adj: def spatial_cross_force(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:  <L 14>
    return;
}


// corpus/021_spatial_dynamics.py:4
static void adj_spatial_cross_motion_0(
    wp::vec_t<6, wp::float32> var_a,
    wp::vec_t<6, wp::float32> var_b,
    wp::vec_t<6, wp::float32> & adj_a,
    wp::vec_t<6, wp::float32> & adj_b,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def spatial_cross_motion(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:       <L 5>
    // w = wp.spatial_top(a)                                                                  <L 6>
    var_0 = wp::spatial_top(var_a);
    // v = wp.spatial_bottom(a)                                                               <L 7>
    var_1 = wp::spatial_bottom(var_a);
    // bw = wp.spatial_top(b)                                                                 <L 8>
    var_2 = wp::spatial_top(var_b);
    // bv = wp.spatial_bottom(b)                                                              <L 9>
    var_3 = wp::spatial_bottom(var_b);
    // return wp.spatial_vector(wp.cross(w, bw), wp.cross(w, bv) + wp.cross(v, bw))           <L 10>
    var_4 = wp::cross(var_0, var_2);
    var_5 = wp::cross(var_0, var_3);
    var_6 = wp::cross(var_1, var_2);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<6, wp::float32>(var_4, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_2, adj_1, adj_2, adj_6);
    wp::adj_cross(var_0, var_3, adj_0, adj_3, adj_5);
    wp::adj_cross(var_0, var_2, adj_0, adj_2, adj_4);
    // adj: return wp.spatial_vector(wp.cross(w, bw), wp.cross(w, bv) + wp.cross(v, bw))      <L 10>
    wp::adj_spatial_bottom(var_b, adj_b, adj_3);
    // adj: bv = wp.spatial_bottom(b)                                                         <L 9>
    wp::adj_spatial_top(var_b, adj_b, adj_2);
    // adj: bw = wp.spatial_top(b)                                                            <L 8>
    wp::adj_spatial_bottom(var_a, adj_a, adj_1);
    // adj: v = wp.spatial_bottom(a)                                                          <L 7>
    wp::adj_spatial_top(var_a, adj_a, adj_0);
    // adj: w = wp.spatial_top(a)                                                             <L 6>
    // adj: def spatial_cross_motion(a: wp.spatial_vector, b: wp.spatial_vector) -> wp.spatial_vector:  <L 5>
    return;
}

struct wp_args_body_momentum_58012dc8 {
    wp::array_t<wp::vec_t<6, wp::float32>> qd;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::transform_t<wp::float32>> X;
    wp::array_t<wp::vec_t<6, wp::float32>> momentum;
    wp::array_t<wp::vec_t<6, wp::float32>> total;
};


void body_momentum_58012dc8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_body_momentum_58012dc8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momentum = _wp_args->momentum;
    wp::array_t<wp::vec_t<6, wp::float32>> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<6, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::transform_t<wp::float32>* var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    //---------
    // forward
    // def body_momentum(                                                                     <L 41>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // h = inertia_mul(mass[i], inertia[i], com[i], qd[i])                                    <L 51>
    var_1 = wp::address(var_mass, var_0);
    var_2 = wp::address(var_inertia, var_0);
    var_3 = wp::address(var_com, var_0);
    var_4 = wp::address(var_qd, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_4);
    var_5 = inertia_mul_0(var_6, var_7, var_8, var_9);
    // momentum[i] = h                                                                        <L 52>
    wp::array_store(var_momentum, var_0, var_5);
    // wp.atomic_add(total, 0, transform_twist_to_world(X[i], h))                             <L 53>
    var_11 = wp::address(var_X, var_0);
    var_13 = wp::load(var_11);
    var_12 = transform_twist_to_world_0(var_13, var_5);
    var_14 = wp::atomic_add(var_total, var_10, var_12);
}



void body_momentum_58012dc8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_body_momentum_58012dc8 *_wp_args,
    wp_args_body_momentum_58012dc8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momentum = _wp_args->momentum;
    wp::array_t<wp::vec_t<6, wp::float32>> var_total = _wp_args->total;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qd = _wp_adj_args->qd;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::transform_t<wp::float32>> adj_X = _wp_adj_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momentum = _wp_adj_args->momentum;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<6, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::transform_t<wp::float32>* var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::transform_t<wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    //---------
    // forward
    // def body_momentum(                                                                     <L 41>
    // i = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // h = inertia_mul(mass[i], inertia[i], com[i], qd[i])                                    <L 51>
    var_1 = wp::address(var_mass, var_0);
    var_2 = wp::address(var_inertia, var_0);
    var_3 = wp::address(var_com, var_0);
    var_4 = wp::address(var_qd, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_3);
    var_9 = wp::load(var_4);
    var_5 = inertia_mul_0(var_6, var_7, var_8, var_9);
    // momentum[i] = h                                                                        <L 52>
    // wp::array_store(var_momentum, var_0, var_5);
    // wp.atomic_add(total, 0, transform_twist_to_world(X[i], h))                             <L 53>
    var_11 = wp::address(var_X, var_0);
    var_13 = wp::load(var_11);
    var_12 = transform_twist_to_world_0(var_13, var_5);
    // var_14 = wp::atomic_add(var_total, var_10, var_12);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_10, var_12, adj_total, adj_10, adj_12, adj_14);
    adj_transform_twist_to_world_0(var_13, var_5, adj_11, adj_5, adj_12);
    wp::adj_address(var_X, var_0, adj_X, adj_0, adj_11);
    // adj: wp.atomic_add(total, 0, transform_twist_to_world(X[i], h))                        <L 53>
    wp::adj_array_store(var_momentum, var_0, var_5, adj_momentum, adj_0, adj_5);
    // adj: momentum[i] = h                                                                   <L 52>
    adj_inertia_mul_0(var_6, var_7, var_8, var_9, adj_1, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_qd, var_0, adj_qd, adj_0, adj_4);
    wp::adj_address(var_com, var_0, adj_com, adj_0, adj_3);
    wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_2);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_1);
    // adj: h = inertia_mul(mass[i], inertia[i], com[i], qd[i])                               <L 51>
    // adj: i = wp.tid()                                                                      <L 50>
    // adj: def body_momentum(                                                                <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void body_momentum_58012dc8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_body_momentum_58012dc8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        body_momentum_58012dc8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void body_momentum_58012dc8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_body_momentum_58012dc8 *_wp_args,
    wp_args_body_momentum_58012dc8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        body_momentum_58012dc8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bias_forces_e9ef4bfe {
    wp::array_t<wp::vec_t<6, wp::float32>> qd;
    wp::array_t<wp::float32> mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::vec_t<6, wp::float32>> f_ext;
    wp::vec_t<3, wp::float32> gravity;
    wp::array_t<wp::vec_t<6, wp::float32>> bias;
};


void bias_forces_e9ef4bfe_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bias_forces_e9ef4bfe *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<6, wp::float32>> var_bias = _wp_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32>* var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    //---------
    // forward
    // def bias_forces(                                                                       <L 57>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // v = qd[i]                                                                              <L 67>
    var_1 = wp::address(var_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = mass[i]                                                                            <L 68>
    var_4 = wp::address(var_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // h = inertia_mul(m, inertia[i], com[i], v)                                              <L 69>
    var_7 = wp::address(var_inertia, var_0);
    var_8 = wp::address(var_com, var_0);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = inertia_mul_0(var_5, var_10, var_11, var_2);
    // g = wp.spatial_vector(wp.cross(com[i], gravity * m), gravity * m)                      <L 70>
    var_12 = wp::address(var_com, var_0);
    var_13 = wp::mul(var_gravity, var_5);
    var_15 = wp::load(var_12);
    var_14 = wp::cross(var_15, var_13);
    var_16 = wp::mul(var_gravity, var_5);
    var_17 = wp::vec_t<6, wp::float32>(var_14, var_16);
    // bias[i] = spatial_cross_force(v, h) - g - f_ext[i]                                     <L 71>
    var_18 = spatial_cross_force_0(var_2, var_9);
    var_19 = wp::sub(var_18, var_17);
    var_20 = wp::address(var_f_ext, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::sub(var_19, var_22);
    wp::array_store(var_bias, var_0, var_21);
}



void bias_forces_e9ef4bfe_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_bias_forces_e9ef4bfe *_wp_args,
    wp_args_bias_forces_e9ef4bfe *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::float32> var_mass = _wp_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia = _wp_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<6, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<6, wp::float32>> var_bias = _wp_args->bias;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qd = _wp_adj_args->qd;
    wp::array_t<wp::float32> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_f_ext = _wp_adj_args->f_ext;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_bias = _wp_adj_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32>* var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<6, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::vec_t<6, wp::float32> adj_21 = {};
    wp::vec_t<6, wp::float32> adj_22 = {};
    //---------
    // forward
    // def bias_forces(                                                                       <L 57>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // v = qd[i]                                                                              <L 67>
    var_1 = wp::address(var_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // m = mass[i]                                                                            <L 68>
    var_4 = wp::address(var_mass, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // h = inertia_mul(m, inertia[i], com[i], v)                                              <L 69>
    var_7 = wp::address(var_inertia, var_0);
    var_8 = wp::address(var_com, var_0);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = inertia_mul_0(var_5, var_10, var_11, var_2);
    // g = wp.spatial_vector(wp.cross(com[i], gravity * m), gravity * m)                      <L 70>
    var_12 = wp::address(var_com, var_0);
    var_13 = wp::mul(var_gravity, var_5);
    var_15 = wp::load(var_12);
    var_14 = wp::cross(var_15, var_13);
    var_16 = wp::mul(var_gravity, var_5);
    var_17 = wp::vec_t<6, wp::float32>(var_14, var_16);
    // bias[i] = spatial_cross_force(v, h) - g - f_ext[i]                                     <L 71>
    var_18 = spatial_cross_force_0(var_2, var_9);
    var_19 = wp::sub(var_18, var_17);
    var_20 = wp::address(var_f_ext, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::sub(var_19, var_22);
    // wp::array_store(var_bias, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_bias, var_0, var_21, adj_bias, adj_0, adj_21);
    wp::adj_sub(var_19, var_22, adj_19, adj_20, adj_21);
    wp::adj_address(var_f_ext, var_0, adj_f_ext, adj_0, adj_20);
    wp::adj_sub(var_18, var_17, adj_18, adj_17, adj_19);
    adj_spatial_cross_force_0(var_2, var_9, adj_2, adj_9, adj_18);
    // adj: bias[i] = spatial_cross_force(v, h) - g - f_ext[i]                                <L 71>
    wp::adj_vec_t(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_mul(var_gravity, var_5, adj_gravity, adj_5, adj_16);
    wp::adj_cross(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_mul(var_gravity, var_5, adj_gravity, adj_5, adj_13);
    wp::adj_address(var_com, var_0, adj_com, adj_0, adj_12);
    // adj: g = wp.spatial_vector(wp.cross(com[i], gravity * m), gravity * m)                 <L 70>
    adj_inertia_mul_0(var_5, var_10, var_11, var_2, adj_5, adj_7, adj_8, adj_2, adj_9);
    wp::adj_address(var_com, var_0, adj_com, adj_0, adj_8);
    wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_7);
    // adj: h = inertia_mul(m, inertia[i], com[i], v)                                         <L 69>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_4);
    // adj: m = mass[i]                                                                       <L 68>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_qd, var_0, adj_qd, adj_0, adj_1);
    // adj: v = qd[i]                                                                         <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def bias_forces(                                                                  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bias_forces_e9ef4bfe_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_bias_forces_e9ef4bfe *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bias_forces_e9ef4bfe_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bias_forces_e9ef4bfe_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_bias_forces_e9ef4bfe *_wp_args,
    wp_args_bias_forces_e9ef4bfe *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        bias_forces_e9ef4bfe_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_integrate_twists_bd817898 {
    wp::array_t<wp::transform_t<wp::float32>> X;
    wp::array_t<wp::vec_t<6, wp::float32>> qd;
    wp::array_t<wp::vec_t<6, wp::float32>> qdd;
    wp::float32 dt;
    wp::float32 angular_damping;
};


void integrate_twists_bd817898_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_twists_bd817898 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qdd = _wp_args->qdd;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_angular_damping = _wp_args->angular_damping;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::transform_t<wp::float32>* var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::transform_t<wp::float32> var_34;
    wp::vec_t<6, wp::float32> var_35;
    //---------
    // forward
    // def integrate_twists(                                                                  <L 75>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // v = qd[i] + qdd[i] * dt                                                                <L 83>
    var_1 = wp::address(var_qd, var_0);
    var_2 = wp::address(var_qdd, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // w = wp.spatial_top(v) * (1.0 - angular_damping * dt)                                   <L 84>
    var_7 = wp::spatial_top(var_5);
    var_9 = wp::mul(var_angular_damping, var_dt);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::mul(var_7, var_10);
    // lin = wp.spatial_bottom(v)                                                             <L 85>
    var_12 = wp::spatial_bottom(var_5);
    // t = X[i]                                                                               <L 86>
    var_13 = wp::address(var_X, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p = wp.transform_get_translation(t)                                                    <L 87>
    var_16 = wp::transform_get_translation(var_14);
    // r = wp.transform_get_rotation(t)                                                       <L 88>
    var_17 = wp::transform_get_rotation(var_14);
    // p = p + lin * dt                                                                       <L 89>
    var_18 = wp::mul(var_12, var_dt);
    var_19 = wp::add(var_16, var_18);
    // r = wp.normalize(r + wp.quat(w[0], w[1], w[2], 0.0) * r * (0.5 * dt))                  <L 90>
    var_21 = wp::extract(var_11, var_20);
    var_23 = wp::extract(var_11, var_22);
    var_25 = wp::extract(var_11, var_24);
    var_27 = wp::quat_t<wp::float32>(var_21, var_23, var_25, var_26);
    var_28 = wp::mul(var_27, var_17);
    var_30 = wp::mul(var_29, var_dt);
    var_31 = wp::mul(var_28, var_30);
    var_32 = wp::add(var_17, var_31);
    var_33 = wp::normalize(var_32);
    // X[i] = wp.transform(p, r)                                                              <L 91>
    var_34 = wp::transform_t<wp::float32>(var_19, var_33);
    wp::array_store(var_X, var_0, var_34);
    // qd[i] = wp.spatial_vector(w, lin)                                                      <L 92>
    var_35 = wp::vec_t<6, wp::float32>(var_11, var_12);
    wp::array_store(var_qd, var_0, var_35);
}



void integrate_twists_bd817898_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_twists_bd817898 *_wp_args,
    wp_args_integrate_twists_bd817898 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qd = _wp_args->qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_qdd = _wp_args->qdd;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_angular_damping = _wp_args->angular_damping;
    wp::array_t<wp::transform_t<wp::float32>> adj_X = _wp_adj_args->X;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qd = _wp_adj_args->qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_qdd = _wp_adj_args->qdd;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_angular_damping = _wp_adj_args->angular_damping;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::transform_t<wp::float32>* var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    wp::quat_t<wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::transform_t<wp::float32> var_34;
    wp::vec_t<6, wp::float32> var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::transform_t<wp::float32> adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::transform_t<wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::quat_t<wp::float32> adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::quat_t<wp::float32> adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    wp::transform_t<wp::float32> adj_34 = {};
    wp::vec_t<6, wp::float32> adj_35 = {};
    //---------
    // forward
    // def integrate_twists(                                                                  <L 75>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // v = qd[i] + qdd[i] * dt                                                                <L 83>
    var_1 = wp::address(var_qd, var_0);
    var_2 = wp::address(var_qdd, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // w = wp.spatial_top(v) * (1.0 - angular_damping * dt)                                   <L 84>
    var_7 = wp::spatial_top(var_5);
    var_9 = wp::mul(var_angular_damping, var_dt);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::mul(var_7, var_10);
    // lin = wp.spatial_bottom(v)                                                             <L 85>
    var_12 = wp::spatial_bottom(var_5);
    // t = X[i]                                                                               <L 86>
    var_13 = wp::address(var_X, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p = wp.transform_get_translation(t)                                                    <L 87>
    var_16 = wp::transform_get_translation(var_14);
    // r = wp.transform_get_rotation(t)                                                       <L 88>
    var_17 = wp::transform_get_rotation(var_14);
    // p = p + lin * dt                                                                       <L 89>
    var_18 = wp::mul(var_12, var_dt);
    var_19 = wp::add(var_16, var_18);
    // r = wp.normalize(r + wp.quat(w[0], w[1], w[2], 0.0) * r * (0.5 * dt))                  <L 90>
    var_21 = wp::extract(var_11, var_20);
    var_23 = wp::extract(var_11, var_22);
    var_25 = wp::extract(var_11, var_24);
    var_27 = wp::quat_t<wp::float32>(var_21, var_23, var_25, var_26);
    var_28 = wp::mul(var_27, var_17);
    var_30 = wp::mul(var_29, var_dt);
    var_31 = wp::mul(var_28, var_30);
    var_32 = wp::add(var_17, var_31);
    var_33 = wp::normalize(var_32);
    // X[i] = wp.transform(p, r)                                                              <L 91>
    var_34 = wp::transform_t<wp::float32>(var_19, var_33);
    // wp::array_store(var_X, var_0, var_34);
    // qd[i] = wp.spatial_vector(w, lin)                                                      <L 92>
    var_35 = wp::vec_t<6, wp::float32>(var_11, var_12);
    // wp::array_store(var_qd, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_qd, var_0, var_35, adj_qd, adj_0, adj_35);
    wp::adj_vec_t(var_11, var_12, adj_11, adj_12, adj_35);
    // adj: qd[i] = wp.spatial_vector(w, lin)                                                 <L 92>
    wp::adj_array_store(var_X, var_0, var_34, adj_X, adj_0, adj_34);
    wp::adj_transform_t(var_19, var_33, adj_19, adj_33, adj_34);
    // adj: X[i] = wp.transform(p, r)                                                         <L 91>
    wp::adj_normalize(var_32, adj_32, adj_33);
    wp::adj_add(var_17, var_31, adj_17, adj_31, adj_32);
    wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
    wp::adj_mul(var_29, var_dt, adj_29, adj_dt, adj_30);
    wp::adj_mul(var_27, var_17, adj_27, adj_17, adj_28);
    wp::adj_quat_t(var_21, var_23, var_25, var_26, adj_21, adj_23, adj_25, adj_26, adj_27);
    wp::adj_extract(var_11, var_24, adj_11, adj_24, adj_25);
    wp::adj_extract(var_11, var_22, adj_11, adj_22, adj_23);
    wp::adj_extract(var_11, var_20, adj_11, adj_20, adj_21);
    // adj: r = wp.normalize(r + wp.quat(w[0], w[1], w[2], 0.0) * r * (0.5 * dt))             <L 90>
    wp::adj_add(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_18);
    // adj: p = p + lin * dt                                                                  <L 89>
    wp::adj_transform_get_rotation(var_14, adj_14, adj_17);
    // adj: r = wp.transform_get_rotation(t)                                                  <L 88>
    wp::adj_transform_get_translation(var_14, adj_14, adj_16);
    // adj: p = wp.transform_get_translation(t)                                               <L 87>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_X, var_0, adj_X, adj_0, adj_13);
    // adj: t = X[i]                                                                          <L 86>
    wp::adj_spatial_bottom(var_5, adj_5, adj_12);
    // adj: lin = wp.spatial_bottom(v)                                                        <L 85>
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_angular_damping, var_dt, adj_angular_damping, adj_dt, adj_9);
    wp::adj_spatial_top(var_5, adj_5, adj_7);
    // adj: w = wp.spatial_top(v) * (1.0 - angular_damping * dt)                              <L 84>
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_qdd, var_0, adj_qdd, adj_0, adj_2);
    wp::adj_address(var_qd, var_0, adj_qd, adj_0, adj_1);
    // adj: v = qd[i] + qdd[i] * dt                                                           <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def integrate_twists(                                                             <L 75>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_twists_bd817898_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_twists_bd817898 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_twists_bd817898_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_twists_bd817898_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_twists_bd817898 *_wp_args,
    wp_args_integrate_twists_bd817898 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_twists_bd817898_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_twist_dot_26fe104c {
    wp::array_t<wp::vec_t<6, wp::float32>> a;
    wp::array_t<wp::vec_t<6, wp::float32>> b;
    wp::array_t<wp::float32> power;
    wp::array_t<wp::vec_t<6, wp::float32>> cross_out;
};


void twist_dot_26fe104c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_twist_dot_26fe104c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<6, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_power = _wp_args->power;
    wp::array_t<wp::vec_t<6, wp::float32>> var_cross_out = _wp_args->cross_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32>* var_6;
    wp::vec_t<6, wp::float32>* var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    //---------
    // forward
    // def twist_dot(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float), cross_out: wp.array(dtype=wp.spatial_vector)):       <L 96>
    // i = wp.tid()                                                                           <L 97>
    var_0 = builtin_tid1d();
    // power[i] = wp.dot(a[i], b[i])                                                          <L 98>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::dot(var_4, var_5);
    wp::array_store(var_power, var_0, var_3);
    // cross_out[i] = spatial_cross_motion(a[i], b[i])                                        <L 99>
    var_6 = wp::address(var_a, var_0);
    var_7 = wp::address(var_b, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = spatial_cross_motion_0(var_9, var_10);
    wp::array_store(var_cross_out, var_0, var_8);
}



void twist_dot_26fe104c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_twist_dot_26fe104c *_wp_args,
    wp_args_twist_dot_26fe104c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<6, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_power = _wp_args->power;
    wp::array_t<wp::vec_t<6, wp::float32>> var_cross_out = _wp_args->cross_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_power = _wp_adj_args->power;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_cross_out = _wp_adj_args->cross_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32>* var_6;
    wp::vec_t<6, wp::float32>* var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    //---------
    // forward
    // def twist_dot(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float), cross_out: wp.array(dtype=wp.spatial_vector)):       <L 96>
    // i = wp.tid()                                                                           <L 97>
    var_0 = builtin_tid1d();
    // power[i] = wp.dot(a[i], b[i])                                                          <L 98>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::dot(var_4, var_5);
    // wp::array_store(var_power, var_0, var_3);
    // cross_out[i] = spatial_cross_motion(a[i], b[i])                                        <L 99>
    var_6 = wp::address(var_a, var_0);
    var_7 = wp::address(var_b, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = spatial_cross_motion_0(var_9, var_10);
    // wp::array_store(var_cross_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_cross_out, var_0, var_8, adj_cross_out, adj_0, adj_8);
    adj_spatial_cross_motion_0(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_7);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
    // adj: cross_out[i] = spatial_cross_motion(a[i], b[i])                                   <L 99>
    wp::adj_array_store(var_power, var_0, var_3, adj_power, adj_0, adj_3);
    wp::adj_dot(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: power[i] = wp.dot(a[i], b[i])                                                     <L 98>
    // adj: i = wp.tid()                                                                      <L 97>
    // adj: def twist_dot(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vector), power: wp.array(dtype=float), cross_out: wp.array(dtype=wp.spatial_vector)):  <L 96>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void twist_dot_26fe104c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_twist_dot_26fe104c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        twist_dot_26fe104c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void twist_dot_26fe104c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_twist_dot_26fe104c *_wp_args,
    wp_args_twist_dot_26fe104c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        twist_dot_26fe104c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

