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


// corpus/049_verlet_integration.py:4
static wp::vec_t<3, wp::float32> accel_field_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_t,
    wp::float32 var_strength)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.7;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.3;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.1;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = -9.8;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def accel_field(p: wp.vec3, t: float, strength: float) -> wp.vec3:                     <L 5>
    // swirl = wp.vec3(-p[2], 0.0, p[0]) * strength                                           <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::neg(var_1);
    var_5 = wp::extract(var_p, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_2, var_3, var_5);
    var_7 = wp::mul(var_6, var_strength);
    // pull = -p * (0.5 * strength)                                                           <L 7>
    var_8 = wp::neg(var_p);
    var_10 = wp::mul(var_9, var_strength);
    var_11 = wp::mul(var_8, var_10);
    // gust = wp.vec3(wp.sin(t * 1.7), 0.0, wp.cos(t * 1.3)) * 0.1                            <L 8>
    var_13 = wp::mul(var_t, var_12);
    var_14 = wp::sin(var_13);
    var_17 = wp::mul(var_t, var_16);
    var_18 = wp::cos(var_17);
    var_19 = wp::vec_t<3, wp::float32>(var_14, var_15, var_18);
    var_21 = wp::mul(var_19, var_20);
    // return swirl + pull + gust + wp.vec3(0.0, -9.8, 0.0)                                   <L 9>
    var_22 = wp::add(var_7, var_11);
    var_23 = wp::add(var_22, var_21);
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    return var_28;
}


// corpus/049_verlet_integration.py:12
static wp::vec_t<3, wp::float32> constrain_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    bool var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def constrain_sphere(p: wp.vec3, center: wp.vec3, radius: float) -> wp.vec3:           <L 13>
    // d = p - center                                                                         <L 14>
    var_0 = wp::sub(var_p, var_center);
    // l = wp.length(d)                                                                       <L 15>
    var_1 = wp::length(var_0);
    // if l > radius:                                                                         <L 16>
    var_2 = (var_1 > var_radius);
    if (var_2) {
        // return center + d * (radius / l)                                                   <L 17>
        var_3 = wp::div(var_radius, var_1);
        var_4 = wp::mul(var_0, var_3);
        var_5 = wp::add(var_center, var_4);
        return var_5;
    }
    // return p                                                                               <L 18>
    return var_p;
}


// corpus/049_verlet_integration.py:4
static void adj_accel_field_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_t,
    wp::float32 var_strength,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_t,
    wp::float32 & adj_strength,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.7;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.3;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.1;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = -9.8;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def accel_field(p: wp.vec3, t: float, strength: float) -> wp.vec3:                     <L 5>
    // swirl = wp.vec3(-p[2], 0.0, p[0]) * strength                                           <L 6>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::neg(var_1);
    var_5 = wp::extract(var_p, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_2, var_3, var_5);
    var_7 = wp::mul(var_6, var_strength);
    // pull = -p * (0.5 * strength)                                                           <L 7>
    var_8 = wp::neg(var_p);
    var_10 = wp::mul(var_9, var_strength);
    var_11 = wp::mul(var_8, var_10);
    // gust = wp.vec3(wp.sin(t * 1.7), 0.0, wp.cos(t * 1.3)) * 0.1                            <L 8>
    var_13 = wp::mul(var_t, var_12);
    var_14 = wp::sin(var_13);
    var_17 = wp::mul(var_t, var_16);
    var_18 = wp::cos(var_17);
    var_19 = wp::vec_t<3, wp::float32>(var_14, var_15, var_18);
    var_21 = wp::mul(var_19, var_20);
    // return swirl + pull + gust + wp.vec3(0.0, -9.8, 0.0)                                   <L 9>
    var_22 = wp::add(var_7, var_11);
    var_23 = wp::add(var_22, var_21);
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::add(var_23, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_add(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    wp::adj_add(var_22, var_21, adj_22, adj_21, adj_23);
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_22);
    // adj: return swirl + pull + gust + wp.vec3(0.0, -9.8, 0.0)                              <L 9>
    wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_vec_t(var_14, var_15, var_18, adj_14, adj_15, adj_18, adj_19);
    wp::adj_cos(var_17, adj_17, adj_18);
    wp::adj_mul(var_t, var_16, adj_t, adj_16, adj_17);
    wp::adj_sin(var_13, adj_13, adj_14);
    wp::adj_mul(var_t, var_12, adj_t, adj_12, adj_13);
    // adj: gust = wp.vec3(wp.sin(t * 1.7), 0.0, wp.cos(t * 1.3)) * 0.1                       <L 8>
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_9, var_strength, adj_9, adj_strength, adj_10);
    wp::adj_neg(var_p, adj_p, adj_8);
    // adj: pull = -p * (0.5 * strength)                                                      <L 7>
    wp::adj_mul(var_6, var_strength, adj_6, adj_strength, adj_7);
    wp::adj_vec_t(var_2, var_3, var_5, adj_2, adj_3, adj_5, adj_6);
    wp::adj_extract(var_p, var_4, adj_p, adj_4, adj_5);
    wp::adj_neg(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: swirl = wp.vec3(-p[2], 0.0, p[0]) * strength                                      <L 6>
    // adj: def accel_field(p: wp.vec3, t: float, strength: float) -> wp.vec3:                <L 5>
    return;
}


// corpus/049_verlet_integration.py:12
static void adj_constrain_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    bool var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def constrain_sphere(p: wp.vec3, center: wp.vec3, radius: float) -> wp.vec3:           <L 13>
    // d = p - center                                                                         <L 14>
    var_0 = wp::sub(var_p, var_center);
    // l = wp.length(d)                                                                       <L 15>
    var_1 = wp::length(var_0);
    // if l > radius:                                                                         <L 16>
    var_2 = (var_1 > var_radius);
    if (var_2) {
        // return center + d * (radius / l)                                                   <L 17>
        var_3 = wp::div(var_radius, var_1);
        var_4 = wp::mul(var_0, var_3);
        var_5 = wp::add(var_center, var_4);
        goto label0;
    }
    // return p                                                                               <L 18>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_p += adj_ret;
    // adj: return p                                                                          <L 18>
    if (var_2) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_add(var_center, var_4, adj_center, adj_4, adj_5);
        wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
        wp::adj_div(var_radius, var_1, var_3, adj_radius, adj_1, adj_3);
        // adj: return center + d * (radius / l)                                              <L 17>
    }
    // adj: if l > radius:                                                                    <L 16>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 15>
    wp::adj_sub(var_p, var_center, adj_p, adj_center, adj_0);
    // adj: d = p - center                                                                    <L 14>
    // adj: def constrain_sphere(p: wp.vec3, center: wp.vec3, radius: float) -> wp.vec3:      <L 13>
    return;
}

struct wp_args_position_verlet_61c343d0 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> x_prev;
    wp::array_t<bool> pinned;
    wp::float32 t;
    wp::float32 dt;
    wp::float32 damping;
    wp::float32 strength;
    wp::float32 bound_radius;
};


void position_verlet_61c343d0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_position_verlet_61c343d0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::array_t<bool> var_pinned = _wp_args->pinned;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_strength = _wp_args->strength;
    wp::float32 var_bound_radius = _wp_args->bound_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def position_verlet(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), t: float, dt: float, damping: float, strength: float, bound_radius: float):       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // if pinned[i]:                                                                          <L 24>
    var_1 = wp::address(var_pinned, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // return                                                                             <L 25>
        return;
    }
    var_3 = wp::load(var_1);
    // p = x[i]                                                                               <L 26>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pp = x_prev[i]                                                                         <L 27>
    var_7 = wp::address(var_x_prev, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // a = accel_field(p, t, strength)                                                        <L 28>
    var_10 = accel_field_0(var_5, var_t, var_strength);
    // vel = (p - pp) * (1.0 - damping)                                                       <L 29>
    var_11 = wp::sub(var_5, var_8);
    var_13 = wp::sub(var_12, var_damping);
    var_14 = wp::mul(var_11, var_13);
    // p_new = p + vel + a * (dt * dt)                                                        <L 30>
    var_15 = wp::add(var_5, var_14);
    var_16 = wp::mul(var_dt, var_dt);
    var_17 = wp::mul(var_10, var_16);
    var_18 = wp::add(var_15, var_17);
    // p_new = constrain_sphere(p_new, wp.vec3(0.0, 0.0, 0.0), bound_radius)                  <L 31>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    var_23 = constrain_sphere_0(var_18, var_22, var_bound_radius);
    // x_prev[i] = p                                                                          <L 32>
    wp::array_store(var_x_prev, var_0, var_5);
    // x[i] = p_new                                                                           <L 33>
    wp::array_store(var_x, var_0, var_23);
}



void position_verlet_61c343d0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_position_verlet_61c343d0 *_wp_args,
    wp_args_position_verlet_61c343d0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::array_t<bool> var_pinned = _wp_args->pinned;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_strength = _wp_args->strength;
    wp::float32 var_bound_radius = _wp_args->bound_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_prev = _wp_adj_args->x_prev;
    wp::array_t<bool> adj_pinned = _wp_adj_args->pinned;
    wp::float32 adj_t = _wp_adj_args->t;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::float32 adj_strength = _wp_adj_args->strength;
    wp::float32 adj_bound_radius = _wp_adj_args->bound_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def position_verlet(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), t: float, dt: float, damping: float, strength: float, bound_radius: float):       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // if pinned[i]:                                                                          <L 24>
    var_1 = wp::address(var_pinned, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // return                                                                             <L 25>
        goto label0;
    }
    var_3 = wp::load(var_1);
    // p = x[i]                                                                               <L 26>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pp = x_prev[i]                                                                         <L 27>
    var_7 = wp::address(var_x_prev, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // a = accel_field(p, t, strength)                                                        <L 28>
    var_10 = accel_field_0(var_5, var_t, var_strength);
    // vel = (p - pp) * (1.0 - damping)                                                       <L 29>
    var_11 = wp::sub(var_5, var_8);
    var_13 = wp::sub(var_12, var_damping);
    var_14 = wp::mul(var_11, var_13);
    // p_new = p + vel + a * (dt * dt)                                                        <L 30>
    var_15 = wp::add(var_5, var_14);
    var_16 = wp::mul(var_dt, var_dt);
    var_17 = wp::mul(var_10, var_16);
    var_18 = wp::add(var_15, var_17);
    // p_new = constrain_sphere(p_new, wp.vec3(0.0, 0.0, 0.0), bound_radius)                  <L 31>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    var_23 = constrain_sphere_0(var_18, var_22, var_bound_radius);
    // x_prev[i] = p                                                                          <L 32>
    // wp::array_store(var_x_prev, var_0, var_5);
    // x[i] = p_new                                                                           <L 33>
    // wp::array_store(var_x, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_23, adj_x, adj_0, adj_23);
    // adj: x[i] = p_new                                                                      <L 33>
    wp::adj_array_store(var_x_prev, var_0, var_5, adj_x_prev, adj_0, adj_5);
    // adj: x_prev[i] = p                                                                     <L 32>
    adj_constrain_sphere_0(var_18, var_22, var_bound_radius, adj_18, adj_22, adj_bound_radius, adj_23);
    wp::adj_vec_t(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    // adj: p_new = constrain_sphere(p_new, wp.vec3(0.0, 0.0, 0.0), bound_radius)             <L 31>
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mul(var_10, var_16, adj_10, adj_16, adj_17);
    wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_16);
    wp::adj_add(var_5, var_14, adj_5, adj_14, adj_15);
    // adj: p_new = p + vel + a * (dt * dt)                                                   <L 30>
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_sub(var_12, var_damping, adj_12, adj_damping, adj_13);
    wp::adj_sub(var_5, var_8, adj_5, adj_8, adj_11);
    // adj: vel = (p - pp) * (1.0 - damping)                                                  <L 29>
    adj_accel_field_0(var_5, var_t, var_strength, adj_5, adj_t, adj_strength, adj_10);
    // adj: a = accel_field(p, t, strength)                                                   <L 28>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_x_prev, var_0, adj_x_prev, adj_0, adj_7);
    // adj: pp = x_prev[i]                                                                    <L 27>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: p = x[i]                                                                          <L 26>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 25>
    }
    wp::adj_address(var_pinned, var_0, adj_pinned, adj_0, adj_1);
    // adj: if pinned[i]:                                                                     <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def position_verlet(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), t: float, dt: float, damping: float, strength: float, bound_radius: float):  <L 22>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void position_verlet_61c343d0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_position_verlet_61c343d0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        position_verlet_61c343d0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void position_verlet_61c343d0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_position_verlet_61c343d0 *_wp_args,
    wp_args_position_verlet_61c343d0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        position_verlet_61c343d0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rope_constraints_b5fea287 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<bool> pinned;
    wp::float32 segment;
    wp::int32 parity;
};


void rope_constraints_b5fea287_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rope_constraints_b5fea287 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_pinned = _wp_args->pinned;
    wp::float32 var_segment = _wp_args->segment;
    wp::int32 var_parity = _wp_args->parity;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-09;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool* var_23;
    bool var_24;
    bool var_25;
    bool* var_26;
    bool var_27;
    bool var_28;
    bool var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def rope_constraints(x: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), segment: float, parity: int):       <L 37>
    // s = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // i = s * 2 + parity                                                                     <L 39>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::add(var_2, var_parity);
    // j = i + 1                                                                              <L 40>
    var_5 = wp::add(var_3, var_4);
    // if j >= x.shape[0]:                                                                    <L 41>
    var_6 = &(var_x.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = (var_5 >= var_8);
    if (var_10) {
        // return                                                                             <L 42>
        return;
    }
    // a = x[i]                                                                               <L 43>
    var_11 = wp::address(var_x, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // b = x[j]                                                                               <L 44>
    var_14 = wp::address(var_x, var_5);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // d = b - a                                                                              <L 45>
    var_17 = wp::sub(var_15, var_12);
    // l = wp.length(d)                                                                       <L 46>
    var_18 = wp::length(var_17);
    // if l < 1.0e-9:                                                                         <L 47>
    var_20 = (var_18 < var_19);
    if (var_20) {
        // return                                                                             <L 48>
        return;
    }
    // diff = (l - segment) / l                                                               <L 49>
    var_21 = wp::sub(var_18, var_segment);
    var_22 = wp::div(var_21, var_18);
    // pa = pinned[i]                                                                         <L 50>
    var_23 = wp::address(var_pinned, var_3);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // pb = pinned[j]                                                                         <L 51>
    var_26 = wp::address(var_pinned, var_5);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // if pa and pb:                                                                          <L 52>
    var_29 = var_24;
    if (var_29) {
        var_29 = var_29 && var_27;
    }
    if (var_29) {
        // return                                                                             <L 53>
        return;
    }
    if (!var_29) {
        // elif pa:                                                                           <L 54>
        if (var_24) {
            // x[j] = b - d * diff                                                            <L 55>
            var_30 = wp::mul(var_17, var_22);
            var_31 = wp::sub(var_15, var_30);
            wp::array_store(var_x, var_5, var_31);
        }
        if (!var_24) {
            // elif pb:                                                                       <L 56>
            if (var_27) {
                // x[i] = a + d * diff                                                        <L 57>
                var_32 = wp::mul(var_17, var_22);
                var_33 = wp::add(var_12, var_32);
                wp::array_store(var_x, var_3, var_33);
            }
            if (!var_27) {
                // x[i] = a + d * (0.5 * diff)                                                <L 59>
                var_35 = wp::mul(var_34, var_22);
                var_36 = wp::mul(var_17, var_35);
                var_37 = wp::add(var_12, var_36);
                wp::array_store(var_x, var_3, var_37);
                // x[j] = b - d * (0.5 * diff)                                                <L 60>
                var_39 = wp::mul(var_38, var_22);
                var_40 = wp::mul(var_17, var_39);
                var_41 = wp::sub(var_15, var_40);
                wp::array_store(var_x, var_5, var_41);
            }
        }
    }
}



void rope_constraints_b5fea287_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rope_constraints_b5fea287 *_wp_args,
    wp_args_rope_constraints_b5fea287 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_pinned = _wp_args->pinned;
    wp::float32 var_segment = _wp_args->segment;
    wp::int32 var_parity = _wp_args->parity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<bool> adj_pinned = _wp_adj_args->pinned;
    wp::float32 adj_segment = _wp_adj_args->segment;
    wp::int32 adj_parity = _wp_adj_args->parity;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-09;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool* var_23;
    bool var_24;
    bool var_25;
    bool* var_26;
    bool var_27;
    bool var_28;
    bool var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def rope_constraints(x: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), segment: float, parity: int):       <L 37>
    // s = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // i = s * 2 + parity                                                                     <L 39>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::add(var_2, var_parity);
    // j = i + 1                                                                              <L 40>
    var_5 = wp::add(var_3, var_4);
    // if j >= x.shape[0]:                                                                    <L 41>
    var_6 = &(var_x.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = (var_5 >= var_8);
    if (var_10) {
        // return                                                                             <L 42>
        goto label0;
    }
    // a = x[i]                                                                               <L 43>
    var_11 = wp::address(var_x, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // b = x[j]                                                                               <L 44>
    var_14 = wp::address(var_x, var_5);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // d = b - a                                                                              <L 45>
    var_17 = wp::sub(var_15, var_12);
    // l = wp.length(d)                                                                       <L 46>
    var_18 = wp::length(var_17);
    // if l < 1.0e-9:                                                                         <L 47>
    var_20 = (var_18 < var_19);
    if (var_20) {
        // return                                                                             <L 48>
        goto label1;
    }
    // diff = (l - segment) / l                                                               <L 49>
    var_21 = wp::sub(var_18, var_segment);
    var_22 = wp::div(var_21, var_18);
    // pa = pinned[i]                                                                         <L 50>
    var_23 = wp::address(var_pinned, var_3);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // pb = pinned[j]                                                                         <L 51>
    var_26 = wp::address(var_pinned, var_5);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // if pa and pb:                                                                          <L 52>
    var_29 = var_24;
    if (var_29) {
        var_29 = var_29 && var_27;
    }
    if (var_29) {
        // return                                                                             <L 53>
        goto label2;
    }
    if (!var_29) {
        // elif pa:                                                                           <L 54>
        if (var_24) {
            // x[j] = b - d * diff                                                            <L 55>
            var_30 = wp::mul(var_17, var_22);
            var_31 = wp::sub(var_15, var_30);
            // wp::array_store(var_x, var_5, var_31);
        }
        if (!var_24) {
            // elif pb:                                                                       <L 56>
            if (var_27) {
                // x[i] = a + d * diff                                                        <L 57>
                var_32 = wp::mul(var_17, var_22);
                var_33 = wp::add(var_12, var_32);
                // wp::array_store(var_x, var_3, var_33);
            }
            if (!var_27) {
                // x[i] = a + d * (0.5 * diff)                                                <L 59>
                var_35 = wp::mul(var_34, var_22);
                var_36 = wp::mul(var_17, var_35);
                var_37 = wp::add(var_12, var_36);
                // wp::array_store(var_x, var_3, var_37);
                // x[j] = b - d * (0.5 * diff)                                                <L 60>
                var_39 = wp::mul(var_38, var_22);
                var_40 = wp::mul(var_17, var_39);
                var_41 = wp::sub(var_15, var_40);
                // wp::array_store(var_x, var_5, var_41);
            }
        }
    }
    //---------
    // reverse
    if (!var_29) {
        if (!var_24) {
            if (!var_27) {
                wp::adj_array_store(var_x, var_5, var_41, adj_x, adj_5, adj_41);
                wp::adj_sub(var_15, var_40, adj_15, adj_40, adj_41);
                wp::adj_mul(var_17, var_39, adj_17, adj_39, adj_40);
                wp::adj_mul(var_38, var_22, adj_38, adj_22, adj_39);
                // adj: x[j] = b - d * (0.5 * diff)                                           <L 60>
                wp::adj_array_store(var_x, var_3, var_37, adj_x, adj_3, adj_37);
                wp::adj_add(var_12, var_36, adj_12, adj_36, adj_37);
                wp::adj_mul(var_17, var_35, adj_17, adj_35, adj_36);
                wp::adj_mul(var_34, var_22, adj_34, adj_22, adj_35);
                // adj: x[i] = a + d * (0.5 * diff)                                           <L 59>
            }
            if (var_27) {
                wp::adj_array_store(var_x, var_3, var_33, adj_x, adj_3, adj_33);
                wp::adj_add(var_12, var_32, adj_12, adj_32, adj_33);
                wp::adj_mul(var_17, var_22, adj_17, adj_22, adj_32);
                // adj: x[i] = a + d * diff                                                   <L 57>
            }
            // adj: elif pb:                                                                  <L 56>
        }
        if (var_24) {
            wp::adj_array_store(var_x, var_5, var_31, adj_x, adj_5, adj_31);
            wp::adj_sub(var_15, var_30, adj_15, adj_30, adj_31);
            wp::adj_mul(var_17, var_22, adj_17, adj_22, adj_30);
            // adj: x[j] = b - d * diff                                                       <L 55>
        }
        // adj: elif pa:                                                                      <L 54>
    }
    if (var_29) {
        label2:;
        // adj: return                                                                        <L 53>
    }
    if (var_29) {
    }
    // adj: if pa and pb:                                                                     <L 52>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_pinned, var_5, adj_pinned, adj_5, adj_26);
    // adj: pb = pinned[j]                                                                    <L 51>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_pinned, var_3, adj_pinned, adj_3, adj_23);
    // adj: pa = pinned[i]                                                                    <L 50>
    wp::adj_div(var_21, var_18, var_22, adj_21, adj_18, adj_22);
    wp::adj_sub(var_18, var_segment, adj_18, adj_segment, adj_21);
    // adj: diff = (l - segment) / l                                                          <L 49>
    if (var_20) {
        label1:;
        // adj: return                                                                        <L 48>
    }
    // adj: if l < 1.0e-9:                                                                    <L 47>
    wp::adj_length(var_17, var_18, adj_17, adj_18);
    // adj: l = wp.length(d)                                                                  <L 46>
    wp::adj_sub(var_15, var_12, adj_15, adj_12, adj_17);
    // adj: d = b - a                                                                         <L 45>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_14);
    // adj: b = x[j]                                                                          <L 44>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_x, var_3, adj_x, adj_3, adj_11);
    // adj: a = x[i]                                                                          <L 43>
    if (var_10) {
        label0:;
        // adj: return                                                                        <L 42>
    }
    adj_x.shape = adj_6;
    // adj: if j >= x.shape[0]:                                                               <L 41>
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    // adj: j = i + 1                                                                         <L 40>
    wp::adj_add(var_2, var_parity, adj_2, adj_parity, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: i = s * 2 + parity                                                                <L 39>
    // adj: s = wp.tid()                                                                      <L 38>
    // adj: def rope_constraints(x: wp.array(dtype=wp.vec3), pinned: wp.array(dtype=wp.bool), segment: float, parity: int):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rope_constraints_b5fea287_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rope_constraints_b5fea287 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rope_constraints_b5fea287_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rope_constraints_b5fea287_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rope_constraints_b5fea287 *_wp_args,
    wp_args_rope_constraints_b5fea287 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rope_constraints_b5fea287_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rope_stats_07383684 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> x_prev;
    wp::float32 dt;
    wp::array_t<wp::float32> length;
    wp::array_t<wp::float32> speed;
};


void rope_stats_07383684_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rope_stats_07383684 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_length = _wp_args->length;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    //---------
    // forward
    // def rope_stats(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), dt: float, length: wp.array(dtype=float), speed: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // if i + 1 < x.shape[0]:                                                                 <L 66>
    var_2 = wp::add(var_0, var_1);
    var_3 = &(var_x.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = (var_2 < var_5);
    if (var_7) {
        // wp.atomic_add(length, 0, wp.length(x[i + 1] - x[i]))                               <L 67>
        var_10 = wp::add(var_0, var_9);
        var_11 = wp::address(var_x, var_10);
        var_12 = wp::address(var_x, var_0);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_15);
        var_16 = wp::length(var_13);
        var_17 = wp::atomic_add(var_length, var_8, var_16);
    }
    // v = wp.length(x[i] - x_prev[i]) / dt                                                   <L 68>
    var_18 = wp::address(var_x, var_0);
    var_19 = wp::address(var_x_prev, var_0);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    var_23 = wp::length(var_20);
    var_24 = wp::div(var_23, var_dt);
    // wp.atomic_max(speed, 0, v)                                                             <L 69>
    var_26 = wp::atomic_max(var_speed, var_25, var_24);
}



void rope_stats_07383684_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rope_stats_07383684 *_wp_args,
    wp_args_rope_stats_07383684 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_prev = _wp_args->x_prev;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_length = _wp_args->length;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_prev = _wp_adj_args->x_prev;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_length = _wp_adj_args->length;
    wp::array_t<wp::float32> adj_speed = _wp_adj_args->speed;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def rope_stats(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), dt: float, length: wp.array(dtype=float), speed: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // if i + 1 < x.shape[0]:                                                                 <L 66>
    var_2 = wp::add(var_0, var_1);
    var_3 = &(var_x.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = (var_2 < var_5);
    if (var_7) {
        // wp.atomic_add(length, 0, wp.length(x[i + 1] - x[i]))                               <L 67>
        var_10 = wp::add(var_0, var_9);
        var_11 = wp::address(var_x, var_10);
        var_12 = wp::address(var_x, var_0);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_15);
        var_16 = wp::length(var_13);
        // var_17 = wp::atomic_add(var_length, var_8, var_16);
    }
    // v = wp.length(x[i] - x_prev[i]) / dt                                                   <L 68>
    var_18 = wp::address(var_x, var_0);
    var_19 = wp::address(var_x_prev, var_0);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    var_23 = wp::length(var_20);
    var_24 = wp::div(var_23, var_dt);
    // wp.atomic_max(speed, 0, v)                                                             <L 69>
    // var_26 = wp::atomic_max(var_speed, var_25, var_24);
    //---------
    // reverse
    wp::adj_atomic_max(var_speed, var_25, var_24, adj_speed, adj_25, adj_24, adj_26);
    // adj: wp.atomic_max(speed, 0, v)                                                        <L 69>
    wp::adj_div(var_23, var_dt, var_24, adj_23, adj_dt, adj_24);
    wp::adj_length(var_20, var_23, adj_20, adj_23);
    wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
    wp::adj_address(var_x_prev, var_0, adj_x_prev, adj_0, adj_19);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_18);
    // adj: v = wp.length(x[i] - x_prev[i]) / dt                                              <L 68>
    if (var_7) {
        wp::adj_atomic_add(var_length, var_8, var_16, adj_length, adj_8, adj_16, adj_17);
        wp::adj_length(var_13, var_16, adj_13, adj_16);
        wp::adj_sub(var_14, var_15, adj_11, adj_12, adj_13);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_12);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        wp::adj_add(var_0, var_9, adj_0, adj_9, adj_10);
        // adj: wp.atomic_add(length, 0, wp.length(x[i + 1] - x[i]))                          <L 67>
    }
    adj_x.shape = adj_3;
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: if i + 1 < x.shape[0]:                                                            <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def rope_stats(x: wp.array(dtype=wp.vec3), x_prev: wp.array(dtype=wp.vec3), dt: float, length: wp.array(dtype=float), speed: wp.array(dtype=float)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rope_stats_07383684_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rope_stats_07383684 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rope_stats_07383684_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rope_stats_07383684_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rope_stats_07383684 *_wp_args,
    wp_args_rope_stats_07383684 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rope_stats_07383684_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

