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


// corpus/023_vec3d_orbits.py:6
static wp::vec_t<3, wp::float64> accel_from_0(
    wp::vec_t<3, wp::float64> var_pi,
    wp::vec_t<3, wp::float64> var_pj,
    wp::float64 var_mj,
    wp::float64 var_soft2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    const wp::float64 var_7 = 6.674e-11;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::vec_t<3, wp::float64> var_10;
    //---------
    // forward
    // def accel_from(pi: wp.vec3d, pj: wp.vec3d, mj: wp.float64, soft2: wp.float64) -> wp.vec3d:       <L 7>
    // r = pj - pi                                                                            <L 8>
    var_0 = wp::sub(var_pj, var_pi);
    // d2 = wp.dot(r, r) + soft2                                                              <L 9>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_soft2);
    // inv = wp.float64(1.0) / (d2 * wp.sqrt(d2))                                             <L 10>
    var_3 = 1.0;
    var_4 = wp::sqrt(var_2);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::div(var_3, var_5);
    // return r * (G * mj * inv)                                                              <L 11>
    var_8 = wp::mul(var_7, var_mj);
    var_9 = wp::mul(var_8, var_6);
    var_10 = wp::mul(var_0, var_9);
    return var_10;
}


// corpus/023_vec3d_orbits.py:14
static wp::vec_t<3, wp::float64> total_accel_0(
    wp::int32 var_i,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::float64> var_mass,
    wp::float64 var_soft2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    bool var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::vec_t<3, wp::float64>* var_9;
    wp::float64* var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::float64 var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    //---------
    // forward
    // def total_accel(i: int, pos: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), soft2: wp.float64) -> wp.vec3d:       <L 15>
    // a = wp.vec3d()                                                                         <L 16>
    var_0 = wp::vec_t<3, wp::float64>();
    // for j in range(pos.shape[0]):                                                          <L 17>
    var_1 = &(var_pos.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // if j != i:                                                                         <L 18>
        var_7 = (var_6 != var_i);
        if (var_7) {
            // a = a + accel_from(pos[i], pos[j], mass[j], soft2)                             <L 19>
            var_8 = wp::address(var_pos, var_i);
            var_9 = wp::address(var_pos, var_6);
            var_10 = wp::address(var_mass, var_6);
            var_12 = wp::load(var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_11 = accel_from_0(var_12, var_13, var_14, var_soft2);
            var_15 = wp::add(var_0, var_11);
        }
        var_16 = wp::where(var_7, var_15, var_0);
        wp::assign(var_0, var_16);
        goto start_for_0;
    end_for_0:;
    // return a                                                                               <L 20>
    return var_0;
}


// corpus/023_vec3d_orbits.py:6
static void adj_accel_from_0(
    wp::vec_t<3, wp::float64> var_pi,
    wp::vec_t<3, wp::float64> var_pj,
    wp::float64 var_mj,
    wp::float64 var_soft2,
    wp::vec_t<3, wp::float64> & adj_pi,
    wp::vec_t<3, wp::float64> & adj_pj,
    wp::float64 & adj_mj,
    wp::float64 & adj_soft2,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    const wp::float64 var_7 = 6.674e-11;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::vec_t<3, wp::float64> var_10;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    //---------
    // forward
    // def accel_from(pi: wp.vec3d, pj: wp.vec3d, mj: wp.float64, soft2: wp.float64) -> wp.vec3d:       <L 7>
    // r = pj - pi                                                                            <L 8>
    var_0 = wp::sub(var_pj, var_pi);
    // d2 = wp.dot(r, r) + soft2                                                              <L 9>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_soft2);
    // inv = wp.float64(1.0) / (d2 * wp.sqrt(d2))                                             <L 10>
    var_3 = 1.0;
    var_4 = wp::sqrt(var_2);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::div(var_3, var_5);
    // return r * (G * mj * inv)                                                              <L 11>
    var_8 = wp::mul(var_7, var_mj);
    var_9 = wp::mul(var_8, var_6);
    var_10 = wp::mul(var_0, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
    wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
    wp::adj_mul(var_7, var_mj, adj_7, adj_mj, adj_8);
    // adj: return r * (G * mj * inv)                                                         <L 11>
    wp::adj_div(var_3, var_5, var_6, adj_3, adj_5, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_sqrt(var_2, var_4, adj_2, adj_4);
    // adj: inv = wp.float64(1.0) / (d2 * wp.sqrt(d2))                                        <L 10>
    wp::adj_add(var_1, var_soft2, adj_1, adj_soft2, adj_2);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: d2 = wp.dot(r, r) + soft2                                                         <L 9>
    wp::adj_sub(var_pj, var_pi, adj_pj, adj_pi, adj_0);
    // adj: r = pj - pi                                                                       <L 8>
    // adj: def accel_from(pi: wp.vec3d, pj: wp.vec3d, mj: wp.float64, soft2: wp.float64) -> wp.vec3d:  <L 7>
    return;
}


// corpus/023_vec3d_orbits.py:14
static void adj_total_accel_0(
    wp::int32 var_i,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::float64> var_mass,
    wp::float64 var_soft2,
    wp::int32 & adj_i,
    wp::array_t<wp::vec_t<3, wp::float64>> & adj_pos,
    wp::array_t<wp::float64> & adj_mass,
    wp::float64 & adj_soft2,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    bool var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::vec_t<3, wp::float64>* var_9;
    wp::float64* var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::float64 var_14;
    wp::vec_t<3, wp::float64> var_15;
    wp::vec_t<3, wp::float64> var_16;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::vec_t<3, wp::float64> adj_9 = {};
    wp::float64 adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::float64 adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    //---------
    // forward
    // def total_accel(i: int, pos: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), soft2: wp.float64) -> wp.vec3d:       <L 15>
    // a = wp.vec3d()                                                                         <L 16>
    var_0 = wp::vec_t<3, wp::float64>();
    // for j in range(pos.shape[0]):                                                          <L 17>
    var_1 = &(var_pos.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::range(var_3);
    // return a                                                                               <L 20>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return a                                                                          <L 20>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
        // if j != i:                                                                         <L 18>
        var_7 = (var_6 != var_i);
        if (var_7) {
            // a = a + accel_from(pos[i], pos[j], mass[j], soft2)                             <L 19>
            var_8 = wp::address(var_pos, var_i);
            var_9 = wp::address(var_pos, var_6);
            var_10 = wp::address(var_mass, var_6);
            var_12 = wp::load(var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_11 = accel_from_0(var_12, var_13, var_14, var_soft2);
            var_15 = wp::add(var_0, var_11);
        }
        var_16 = wp::where(var_7, var_15, var_0);
        wp::assign(var_0, var_16);
        wp::adj_assign(var_0, var_16, adj_0, adj_16);
        wp::adj_where(var_7, var_15, var_0, adj_7, adj_15, adj_0, adj_16);
        if (var_7) {
            wp::adj_add(var_0, var_11, adj_0, adj_11, adj_15);
            adj_accel_from_0(var_12, var_13, var_14, var_soft2, adj_8, adj_9, adj_10, adj_soft2, adj_11);
            wp::adj_address(var_mass, var_6, adj_mass, adj_6, adj_10);
            wp::adj_address(var_pos, var_6, adj_pos, adj_6, adj_9);
            wp::adj_address(var_pos, var_i, adj_pos, adj_i, adj_8);
            // adj: a = a + accel_from(pos[i], pos[j], mass[j], soft2)                        <L 19>
        }
        // adj: if j != i:                                                                    <L 18>
    	goto start_for_0;
    end_for_0:;
    adj_pos.shape = adj_1;
    // adj: for j in range(pos.shape[0]):                                                     <L 17>
    // adj: a = wp.vec3d()                                                                    <L 16>
    // adj: def total_accel(i: int, pos: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), soft2: wp.float64) -> wp.vec3d:  <L 15>
    return;
}

struct wp_args_kick_4dc4a2ea {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::array_t<wp::vec_t<3, wp::float64>> vel;
    wp::array_t<wp::float64> mass;
    wp::float64 dt;
    wp::float64 soft2;
};


void kick_4dc4a2ea_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kick_4dc4a2ea *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::array_t<wp::float64> var_mass = _wp_args->mass;
    wp::float64 var_dt = _wp_args->dt;
    wp::float64 var_soft2 = _wp_args->soft2;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64> var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    //---------
    // forward
    // def kick(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), dt: wp.float64, soft2: wp.float64):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // a = total_accel(i, pos, mass, soft2)                                                   <L 26>
    var_1 = total_accel_0(var_0, var_pos, var_mass, var_soft2);
    // vel[i] = vel[i] + a * (dt * wp.float64(0.5))                                           <L 27>
    var_2 = wp::address(var_vel, var_0);
    var_3 = 0.5;
    var_4 = wp::mul(var_dt, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_7 = wp::load(var_2);
    var_6 = wp::add(var_7, var_5);
    wp::array_store(var_vel, var_0, var_6);
}



void kick_4dc4a2ea_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kick_4dc4a2ea *_wp_args,
    wp_args_kick_4dc4a2ea *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::array_t<wp::float64> var_mass = _wp_args->mass;
    wp::float64 var_dt = _wp_args->dt;
    wp::float64 var_soft2 = _wp_args->soft2;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float64> adj_mass = _wp_adj_args->mass;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::float64 adj_soft2 = _wp_adj_args->soft2;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64> var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::vec_t<3, wp::float64> adj_7 = {};
    //---------
    // forward
    // def kick(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), dt: wp.float64, soft2: wp.float64):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // a = total_accel(i, pos, mass, soft2)                                                   <L 26>
    var_1 = total_accel_0(var_0, var_pos, var_mass, var_soft2);
    // vel[i] = vel[i] + a * (dt * wp.float64(0.5))                                           <L 27>
    var_2 = wp::address(var_vel, var_0);
    var_3 = 0.5;
    var_4 = wp::mul(var_dt, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_7 = wp::load(var_2);
    var_6 = wp::add(var_7, var_5);
    // wp::array_store(var_vel, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_vel, var_0, var_6, adj_vel, adj_0, adj_6);
    wp::adj_add(var_7, var_5, adj_2, adj_5, adj_6);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_dt, var_3, adj_dt, adj_3, adj_4);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_2);
    // adj: vel[i] = vel[i] + a * (dt * wp.float64(0.5))                                      <L 27>
    adj_total_accel_0(var_0, var_pos, var_mass, var_soft2, adj_0, adj_pos, adj_mass, adj_soft2, adj_1);
    // adj: a = total_accel(i, pos, mass, soft2)                                              <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def kick(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), dt: wp.float64, soft2: wp.float64):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void kick_4dc4a2ea_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kick_4dc4a2ea *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kick_4dc4a2ea_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void kick_4dc4a2ea_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kick_4dc4a2ea *_wp_args,
    wp_args_kick_4dc4a2ea *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kick_4dc4a2ea_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_drift_26a9ecca {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::array_t<wp::vec_t<3, wp::float64>> vel;
    wp::float64 dt;
};


void drift_26a9ecca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_drift_26a9ecca *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    //---------
    // forward
    // def drift(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), dt: wp.float64):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // pos[i] = pos[i] + vel[i] * dt                                                          <L 33>
    var_1 = wp::address(var_pos, var_0);
    var_2 = wp::address(var_vel, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    wp::array_store(var_pos, var_0, var_5);
}



void drift_26a9ecca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_drift_26a9ecca *_wp_args,
    wp_args_drift_26a9ecca *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel = _wp_adj_args->vel;
    wp::float64 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64>* var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    //---------
    // forward
    // def drift(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), dt: wp.float64):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // pos[i] = pos[i] + vel[i] * dt                                                          <L 33>
    var_1 = wp::address(var_pos, var_0);
    var_2 = wp::address(var_vel, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // wp::array_store(var_pos, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_pos, var_0, var_5, adj_pos, adj_0, adj_5);
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_2);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
    // adj: pos[i] = pos[i] + vel[i] * dt                                                     <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def drift(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), dt: wp.float64):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void drift_26a9ecca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_drift_26a9ecca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        drift_26a9ecca_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void drift_26a9ecca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_drift_26a9ecca *_wp_args,
    wp_args_drift_26a9ecca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        drift_26a9ecca_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_orbital_elements_04757016 {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::array_t<wp::vec_t<3, wp::float64>> vel;
    wp::float64 mu;
    wp::array_t<wp::float64> semi_major;
    wp::array_t<wp::float64> ecc;
    wp::array_t<wp::float64> incl;
};


void orbital_elements_04757016_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orbital_elements_04757016 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_mu = _wp_args->mu;
    wp::array_t<wp::float64> var_semi_major = _wp_args->semi_major;
    wp::array_t<wp::float64> var_ecc = _wp_args->ecc;
    wp::array_t<wp::float64> var_incl = _wp_args->incl;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64>* var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    bool var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::float64 var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    wp::vec_t<3, wp::float64> var_24;
    wp::vec_t<3, wp::float64> var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    bool var_28;
    const wp::int32 var_29 = 2;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    //---------
    // forward
    // def orbital_elements(                                                                  <L 37>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // r = pos[i]                                                                             <L 46>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = vel[i]                                                                             <L 47>
    var_4 = wp::address(var_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rn = wp.length(r)                                                                      <L 48>
    var_7 = wp::length(var_2);
    // vn2 = wp.dot(v, v)                                                                     <L 49>
    var_8 = wp::dot(var_5, var_5);
    // energy = vn2 * wp.float64(0.5) - mu / rn                                               <L 50>
    var_9 = 0.5;
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::div(var_mu, var_7);
    var_12 = wp::sub(var_10, var_11);
    // if energy >= wp.float64(0.0):                                                          <L 51>
    var_13 = 0.0;
    var_14 = (var_12 >= var_13);
    if (var_14) {
        // semi_major[i] = wp.float64(-1.0)                                                   <L 52>
        var_15 = -1.0;
        wp::array_store(var_semi_major, var_0, var_15);
    }
    if (!var_14) {
        // semi_major[i] = -mu / (wp.float64(2.0) * energy)                                   <L 54>
        var_16 = wp::neg(var_mu);
        var_17 = 2.0;
        var_18 = wp::mul(var_17, var_12);
        var_19 = wp::div(var_16, var_18);
        wp::array_store(var_semi_major, var_0, var_19);
    }
    // h = wp.cross(r, v)                                                                     <L 55>
    var_20 = wp::cross(var_2, var_5);
    // hn = wp.length(h)                                                                      <L 56>
    var_21 = wp::length(var_20);
    // e_vec = wp.cross(v, h) / mu - r / rn                                                   <L 57>
    var_22 = wp::cross(var_5, var_20);
    var_23 = wp::div(var_22, var_mu);
    var_24 = wp::div(var_2, var_7);
    var_25 = wp::sub(var_23, var_24);
    // ecc[i] = wp.length(e_vec)                                                              <L 58>
    var_26 = wp::length(var_25);
    wp::array_store(var_ecc, var_0, var_26);
    // if hn > wp.float64(0.0):                                                               <L 59>
    var_27 = 0.0;
    var_28 = (var_21 > var_27);
    if (var_28) {
        // incl[i] = wp.acos(wp.clamp(h[2] / hn, wp.float64(-1.0), wp.float64(1.0)))          <L 60>
        var_30 = wp::extract(var_20, var_29);
        var_31 = wp::div(var_30, var_21);
        var_32 = -1.0;
        var_33 = 1.0;
        var_34 = wp::clamp(var_31, var_32, var_33);
        var_35 = wp::acos(var_34);
        wp::array_store(var_incl, var_0, var_35);
    }
    if (!var_28) {
        // incl[i] = wp.float64(0.0)                                                          <L 62>
        var_36 = 0.0;
        wp::array_store(var_incl, var_0, var_36);
    }
}



void orbital_elements_04757016_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orbital_elements_04757016 *_wp_args,
    wp_args_orbital_elements_04757016 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::float64 var_mu = _wp_args->mu;
    wp::array_t<wp::float64> var_semi_major = _wp_args->semi_major;
    wp::array_t<wp::float64> var_ecc = _wp_args->ecc;
    wp::array_t<wp::float64> var_incl = _wp_args->incl;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel = _wp_adj_args->vel;
    wp::float64 adj_mu = _wp_adj_args->mu;
    wp::array_t<wp::float64> adj_semi_major = _wp_adj_args->semi_major;
    wp::array_t<wp::float64> adj_ecc = _wp_adj_args->ecc;
    wp::array_t<wp::float64> adj_incl = _wp_adj_args->incl;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::vec_t<3, wp::float64>* var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    bool var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::float64 var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    wp::vec_t<3, wp::float64> var_24;
    wp::vec_t<3, wp::float64> var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    bool var_28;
    const wp::int32 var_29 = 2;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    bool adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::vec_t<3, wp::float64> adj_20 = {};
    wp::float64 adj_21 = {};
    wp::vec_t<3, wp::float64> adj_22 = {};
    wp::vec_t<3, wp::float64> adj_23 = {};
    wp::vec_t<3, wp::float64> adj_24 = {};
    wp::vec_t<3, wp::float64> adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    //---------
    // forward
    // def orbital_elements(                                                                  <L 37>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // r = pos[i]                                                                             <L 46>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = vel[i]                                                                             <L 47>
    var_4 = wp::address(var_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rn = wp.length(r)                                                                      <L 48>
    var_7 = wp::length(var_2);
    // vn2 = wp.dot(v, v)                                                                     <L 49>
    var_8 = wp::dot(var_5, var_5);
    // energy = vn2 * wp.float64(0.5) - mu / rn                                               <L 50>
    var_9 = 0.5;
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::div(var_mu, var_7);
    var_12 = wp::sub(var_10, var_11);
    // if energy >= wp.float64(0.0):                                                          <L 51>
    var_13 = 0.0;
    var_14 = (var_12 >= var_13);
    if (var_14) {
        // semi_major[i] = wp.float64(-1.0)                                                   <L 52>
        var_15 = -1.0;
        // wp::array_store(var_semi_major, var_0, var_15);
    }
    if (!var_14) {
        // semi_major[i] = -mu / (wp.float64(2.0) * energy)                                   <L 54>
        var_16 = wp::neg(var_mu);
        var_17 = 2.0;
        var_18 = wp::mul(var_17, var_12);
        var_19 = wp::div(var_16, var_18);
        // wp::array_store(var_semi_major, var_0, var_19);
    }
    // h = wp.cross(r, v)                                                                     <L 55>
    var_20 = wp::cross(var_2, var_5);
    // hn = wp.length(h)                                                                      <L 56>
    var_21 = wp::length(var_20);
    // e_vec = wp.cross(v, h) / mu - r / rn                                                   <L 57>
    var_22 = wp::cross(var_5, var_20);
    var_23 = wp::div(var_22, var_mu);
    var_24 = wp::div(var_2, var_7);
    var_25 = wp::sub(var_23, var_24);
    // ecc[i] = wp.length(e_vec)                                                              <L 58>
    var_26 = wp::length(var_25);
    // wp::array_store(var_ecc, var_0, var_26);
    // if hn > wp.float64(0.0):                                                               <L 59>
    var_27 = 0.0;
    var_28 = (var_21 > var_27);
    if (var_28) {
        // incl[i] = wp.acos(wp.clamp(h[2] / hn, wp.float64(-1.0), wp.float64(1.0)))          <L 60>
        var_30 = wp::extract(var_20, var_29);
        var_31 = wp::div(var_30, var_21);
        var_32 = -1.0;
        var_33 = 1.0;
        var_34 = wp::clamp(var_31, var_32, var_33);
        var_35 = wp::acos(var_34);
        // wp::array_store(var_incl, var_0, var_35);
    }
    if (!var_28) {
        // incl[i] = wp.float64(0.0)                                                          <L 62>
        var_36 = 0.0;
        // wp::array_store(var_incl, var_0, var_36);
    }
    //---------
    // reverse
    if (!var_28) {
        wp::adj_array_store(var_incl, var_0, var_36, adj_incl, adj_0, adj_36);
        // adj: incl[i] = wp.float64(0.0)                                                     <L 62>
    }
    if (var_28) {
        wp::adj_array_store(var_incl, var_0, var_35, adj_incl, adj_0, adj_35);
        wp::adj_acos(var_34, adj_34, adj_35);
        wp::adj_clamp(var_31, var_32, var_33, adj_31, adj_32, adj_33, adj_34);
        wp::adj_div(var_30, var_21, var_31, adj_30, adj_21, adj_31);
        wp::adj_extract(var_20, var_29, adj_20, adj_29, adj_30);
        // adj: incl[i] = wp.acos(wp.clamp(h[2] / hn, wp.float64(-1.0), wp.float64(1.0)))     <L 60>
    }
    // adj: if hn > wp.float64(0.0):                                                          <L 59>
    wp::adj_array_store(var_ecc, var_0, var_26, adj_ecc, adj_0, adj_26);
    wp::adj_length(var_25, var_26, adj_25, adj_26);
    // adj: ecc[i] = wp.length(e_vec)                                                         <L 58>
    wp::adj_sub(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_div(var_2, var_7, adj_2, adj_7, adj_24);
    wp::adj_div(var_22, var_mu, adj_22, adj_mu, adj_23);
    wp::adj_cross(var_5, var_20, adj_5, adj_20, adj_22);
    // adj: e_vec = wp.cross(v, h) / mu - r / rn                                              <L 57>
    wp::adj_length(var_20, var_21, adj_20, adj_21);
    // adj: hn = wp.length(h)                                                                 <L 56>
    wp::adj_cross(var_2, var_5, adj_2, adj_5, adj_20);
    // adj: h = wp.cross(r, v)                                                                <L 55>
    if (!var_14) {
        wp::adj_array_store(var_semi_major, var_0, var_19, adj_semi_major, adj_0, adj_19);
        wp::adj_div(var_16, var_18, var_19, adj_16, adj_18, adj_19);
        wp::adj_mul(var_17, var_12, adj_17, adj_12, adj_18);
        wp::adj_neg(var_mu, adj_mu, adj_16);
        // adj: semi_major[i] = -mu / (wp.float64(2.0) * energy)                              <L 54>
    }
    if (var_14) {
        wp::adj_array_store(var_semi_major, var_0, var_15, adj_semi_major, adj_0, adj_15);
        // adj: semi_major[i] = wp.float64(-1.0)                                              <L 52>
    }
    // adj: if energy >= wp.float64(0.0):                                                     <L 51>
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_div(var_mu, var_7, var_11, adj_mu, adj_7, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: energy = vn2 * wp.float64(0.5) - mu / rn                                          <L 50>
    wp::adj_dot(var_5, var_5, adj_5, adj_5, adj_8);
    // adj: vn2 = wp.dot(v, v)                                                                <L 49>
    wp::adj_length(var_2, var_7, adj_2, adj_7);
    // adj: rn = wp.length(r)                                                                 <L 48>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_4);
    // adj: v = vel[i]                                                                        <L 47>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
    // adj: r = pos[i]                                                                        <L 46>
    // adj: i = wp.tid()                                                                      <L 45>
    // adj: def orbital_elements(                                                             <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void orbital_elements_04757016_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orbital_elements_04757016 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orbital_elements_04757016_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void orbital_elements_04757016_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orbital_elements_04757016 *_wp_args,
    wp_args_orbital_elements_04757016 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orbital_elements_04757016_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_center_of_mass_aa807719 {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::array_t<wp::vec_t<3, wp::float64>> vel;
    wp::array_t<wp::float64> mass;
    wp::array_t<wp::vec_t<3, wp::float64>> com;
    wp::array_t<wp::vec_t<3, wp::float64>> mom;
    wp::array_t<wp::float64> mtot;
};


void center_of_mass_aa807719_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_center_of_mass_aa807719 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::array_t<wp::float64> var_mass = _wp_args->mass;
    wp::array_t<wp::vec_t<3, wp::float64>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float64>> var_mom = _wp_args->mom;
    wp::array_t<wp::float64> var_mtot = _wp_args->mtot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float64>* var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    wp::vec_t<3, wp::float64> var_8;
    const wp::int32 var_9 = 0;
    wp::vec_t<3, wp::float64>* var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    //---------
    // forward
    // def center_of_mass(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), com: wp.array(dtype=wp.vec3d), mom: wp.array(dtype=wp.vec3d), mtot: wp.array(dtype=wp.float64)):       <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // m = mass[i]                                                                            <L 68>
    var_1 = wp::address(var_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(com, 0, pos[i] * m)                                                      <L 69>
    var_5 = wp::address(var_pos, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_2);
    var_8 = wp::atomic_add(var_com, var_4, var_6);
    // wp.atomic_add(mom, 0, vel[i] * m)                                                      <L 70>
    var_10 = wp::address(var_vel, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_2);
    var_13 = wp::atomic_add(var_mom, var_9, var_11);
    // wp.atomic_add(mtot, 0, m)                                                              <L 71>
    var_15 = wp::atomic_add(var_mtot, var_14, var_2);
}



void center_of_mass_aa807719_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_center_of_mass_aa807719 *_wp_args,
    wp_args_center_of_mass_aa807719 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel = _wp_args->vel;
    wp::array_t<wp::float64> var_mass = _wp_args->mass;
    wp::array_t<wp::vec_t<3, wp::float64>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float64>> var_mom = _wp_args->mom;
    wp::array_t<wp::float64> var_mtot = _wp_args->mtot;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float64> adj_mass = _wp_adj_args->mass;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_mom = _wp_adj_args->mom;
    wp::array_t<wp::float64> adj_mtot = _wp_adj_args->mtot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<3, wp::float64>* var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64> var_7;
    wp::vec_t<3, wp::float64> var_8;
    const wp::int32 var_9 = 0;
    wp::vec_t<3, wp::float64>* var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::vec_t<3, wp::float64> adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float64 adj_15 = {};
    //---------
    // forward
    // def center_of_mass(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), com: wp.array(dtype=wp.vec3d), mom: wp.array(dtype=wp.vec3d), mtot: wp.array(dtype=wp.float64)):       <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // m = mass[i]                                                                            <L 68>
    var_1 = wp::address(var_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(com, 0, pos[i] * m)                                                      <L 69>
    var_5 = wp::address(var_pos, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_2);
    // var_8 = wp::atomic_add(var_com, var_4, var_6);
    // wp.atomic_add(mom, 0, vel[i] * m)                                                      <L 70>
    var_10 = wp::address(var_vel, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_2);
    // var_13 = wp::atomic_add(var_mom, var_9, var_11);
    // wp.atomic_add(mtot, 0, m)                                                              <L 71>
    // var_15 = wp::atomic_add(var_mtot, var_14, var_2);
    //---------
    // reverse
    wp::adj_atomic_add(var_mtot, var_14, var_2, adj_mtot, adj_14, adj_2, adj_15);
    // adj: wp.atomic_add(mtot, 0, m)                                                         <L 71>
    wp::adj_atomic_add(var_mom, var_9, var_11, adj_mom, adj_9, adj_11, adj_13);
    wp::adj_mul(var_12, var_2, adj_10, adj_2, adj_11);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_10);
    // adj: wp.atomic_add(mom, 0, vel[i] * m)                                                 <L 70>
    wp::adj_atomic_add(var_com, var_4, var_6, adj_com, adj_4, adj_6, adj_8);
    wp::adj_mul(var_7, var_2, adj_5, adj_2, adj_6);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_5);
    // adj: wp.atomic_add(com, 0, pos[i] * m)                                                 <L 69>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_1);
    // adj: m = mass[i]                                                                       <L 68>
    // adj: i = wp.tid()                                                                      <L 67>
    // adj: def center_of_mass(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), com: wp.array(dtype=wp.vec3d), mom: wp.array(dtype=wp.vec3d), mtot: wp.array(dtype=wp.float64)):  <L 66>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void center_of_mass_aa807719_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_center_of_mass_aa807719 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        center_of_mass_aa807719_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void center_of_mass_aa807719_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_center_of_mass_aa807719 *_wp_args,
    wp_args_center_of_mass_aa807719 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        center_of_mass_aa807719_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_to_single_3484d319 {
    wp::array_t<wp::vec_t<3, wp::float64>> pos;
    wp::vec_t<3, wp::float64> origin;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void to_single_3484d319_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_single_3484d319 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::vec_t<3, wp::float64> var_origin = _wp_args->origin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::int32 var_4 = 0;
    wp::float64 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float64 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float64 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def to_single(pos: wp.array(dtype=wp.vec3d), origin: wp.vec3d, out: wp.array(dtype=wp.vec3)):       <L 75>
    // i = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // d = pos[i] - origin                                                                    <L 77>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_origin);
    // out[i] = wp.vec3(wp.float32(d[0]), wp.float32(d[1]), wp.float32(d[2]))                 <L 78>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float32(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float32(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float32(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
    wp::array_store(var_out, var_0, var_13);
}



void to_single_3484d319_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_single_3484d319 *_wp_args,
    wp_args_to_single_3484d319 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos = _wp_args->pos;
    wp::vec_t<3, wp::float64> var_origin = _wp_args->origin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos = _wp_adj_args->pos;
    wp::vec_t<3, wp::float64> adj_origin = _wp_adj_args->origin;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::int32 var_4 = 0;
    wp::float64 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float64 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float64 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def to_single(pos: wp.array(dtype=wp.vec3d), origin: wp.vec3d, out: wp.array(dtype=wp.vec3)):       <L 75>
    // i = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // d = pos[i] - origin                                                                    <L 77>
    var_1 = wp::address(var_pos, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_origin);
    // out[i] = wp.vec3(wp.float32(d[0]), wp.float32(d[1]), wp.float32(d[2]))                 <L 78>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float32(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float32(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float32(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
    // wp::array_store(var_out, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    wp::adj_vec_t(var_6, var_9, var_12, adj_6, adj_9, adj_12, adj_13);
    wp::adj_float32(var_11, adj_11, adj_12);
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_float32(var_8, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_float32(var_5, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: out[i] = wp.vec3(wp.float32(d[0]), wp.float32(d[1]), wp.float32(d[2]))            <L 78>
    wp::adj_sub(var_3, var_origin, adj_1, adj_origin, adj_2);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
    // adj: d = pos[i] - origin                                                               <L 77>
    // adj: i = wp.tid()                                                                      <L 76>
    // adj: def to_single(pos: wp.array(dtype=wp.vec3d), origin: wp.vec3d, out: wp.array(dtype=wp.vec3)):  <L 75>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void to_single_3484d319_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_single_3484d319 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_single_3484d319_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void to_single_3484d319_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_single_3484d319 *_wp_args,
    wp_args_to_single_3484d319 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_single_3484d319_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

