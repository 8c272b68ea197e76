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


struct Body_fbe393cd
{
    wp::transform_t<wp::float32> pose;
    wp::vec_t<6, wp::float32> twist;
    wp::float32 inv_mass;
    wp::mat_t<3, 3, wp::float32> inv_inertia;


    Body_fbe393cd() = default;
    CUDA_CALLABLE Body_fbe393cd(wp::transform_t<wp::float32> const& pose,
    wp::vec_t<6, wp::float32> const& twist = {},
    wp::float32 const& inv_mass = {},
    wp::mat_t<3, 3, wp::float32> const& inv_inertia = {})
        : pose{pose}
        , twist{twist}
        , inv_mass{inv_mass}
        , inv_inertia{inv_inertia}

    {
    }

    CUDA_CALLABLE Body_fbe393cd& operator += (const Body_fbe393cd& rhs)
    {    pose += rhs.pose;
    twist += rhs.twist;
    inv_mass += rhs.inv_mass;
    inv_inertia += rhs.inv_inertia;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_fbe393cd(wp::transform_t<wp::float32> const&,
    wp::vec_t<6, wp::float32> const&,
    wp::float32 const&,
    wp::mat_t<3, 3, wp::float32> const&,
    wp::transform_t<wp::float32> & adj_pose,
    wp::vec_t<6, wp::float32> & adj_twist,
    wp::float32 & adj_inv_mass,
    wp::mat_t<3, 3, wp::float32> & adj_inv_inertia,
    Body_fbe393cd & adj_ret)
{
    adj_pose += adj_ret.pose;
    adj_twist += adj_ret.twist;
    adj_inv_mass += adj_ret.inv_mass;
    adj_inv_inertia += adj_ret.inv_inertia;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_fbe393cd add(const Body_fbe393cd& a, const Body_fbe393cd& b)
{
    return Body_fbe393cd();
}

CUDA_CALLABLE void adj_atomic_add(Body_fbe393cd* p, Body_fbe393cd t)
{
    wp::adj_atomic_add(&p->pose, t.pose);
    wp::adj_atomic_add(&p->twist, t.twist);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
    wp::adj_atomic_add(&p->inv_inertia, t.inv_inertia);
}




// corpus/126_rigid_body_quat_no_backward.py:16
static wp::mat_t<3, 3, wp::float32> world_inertia_0(
    wp::quat_t<wp::float32> var_q,
    wp::mat_t<3, 3, wp::float32> var_inv_I)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // forward
    // def world_inertia(q: wp.quat, inv_I: wp.mat33) -> wp.mat33:                            <L 17>
    // R = wp.quat_to_matrix(q)                                                               <L 18>
    var_0 = wp::quat_to_matrix(var_q);
    // return R * inv_I * wp.transpose(R)                                                     <L 19>
    var_1 = wp::mul(var_0, var_inv_I);
    var_2 = wp::transpose(var_0);
    var_3 = wp::mul(var_1, var_2);
    return var_3;
}


// corpus/126_rigid_body_quat_no_backward.py:29
static wp::vec_t<3, wp::float32> clamp_angular_0(
    wp::vec_t<3, wp::float32> var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 50.0;
    bool var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def clamp_angular(w: wp.vec3) -> wp.vec3:                                              <L 30>
    // speed = wp.length(w)                                                                   <L 31>
    var_0 = wp::length(var_w);
    // if speed > ANGULAR_LIMIT:                                                              <L 32>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return w * (ANGULAR_LIMIT / speed)                                                 <L 33>
        var_3 = wp::div(var_1, var_0);
        var_4 = wp::mul(var_w, var_3);
        return var_4;
    }
    // return w                                                                               <L 34>
    return var_w;
}


// corpus/126_rigid_body_quat_no_backward.py:22
static wp::quat_t<wp::float32> integrate_quat_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_w,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::quat_t<wp::float32> var_13;
    //---------
    // forward
    // def integrate_quat(q: wp.quat, w: wp.vec3, dt: float) -> wp.quat:                      <L 23>
    // dq = wp.quat(w[0], w[1], w[2], 0.0) * q                                                <L 24>
    var_1 = wp::extract(var_w, var_0);
    var_3 = wp::extract(var_w, var_2);
    var_5 = wp::extract(var_w, var_4);
    var_7 = wp::quat_t<wp::float32>(var_1, var_3, var_5, var_6);
    var_8 = wp::mul(var_7, var_q);
    // out = q + dq * (0.5 * dt)                                                              <L 25>
    var_10 = wp::mul(var_9, var_dt);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::add(var_q, var_11);
    // return wp.normalize(out)                                                               <L 26>
    var_13 = wp::normalize(var_12);
    return var_13;
}


// corpus/126_rigid_body_quat_no_backward.py:16
static void adj_world_inertia_0(
    wp::quat_t<wp::float32> var_q,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::quat_t<wp::float32> & adj_q,
    wp::mat_t<3, 3, wp::float32> & adj_inv_I,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/126_rigid_body_quat_no_backward.py:29
static void adj_clamp_angular_0(
    wp::vec_t<3, wp::float32> var_w,
    wp::vec_t<3, wp::float32> & adj_w,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/126_rigid_body_quat_no_backward.py:22
static void adj_integrate_quat_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_w,
    wp::float32 var_dt,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_w,
    wp::float32 & adj_dt,
    wp::quat_t<wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_integrate_bodies_1a7277cf {
    wp::array_t<Body_fbe393cd> bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> forces;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
};


void integrate_bodies_1a7277cf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_bodies_1a7277cf *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body_fbe393cd> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_forces = _wp_args->forces;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_fbe393cd* var_1;
    Body_fbe393cd var_2;
    Body_fbe393cd var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::quat_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::vec_t<6, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    wp::vec_t<6, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32>* var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32>* var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    wp::transform_t<wp::float32> var_41;
    wp::vec_t<6, wp::float32> var_42;
    //---------
    // forward
    // def integrate_bodies(bodies: wp.array(dtype=Body), forces: wp.array(dtype=wp.spatial_vector), gravity: wp.vec3, dt: float):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 40>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b.inv_mass == 0.0:                                                                  <L 41>
    var_4 = &((var_2).inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 42>
        return;
    }
    // p = wp.transform_get_translation(b.pose)                                               <L 43>
    var_8 = &((var_2).pose);
    var_10 = wp::load(var_8);
    var_9 = wp::transform_get_translation(var_10);
    // q = wp.transform_get_rotation(b.pose)                                                  <L 44>
    var_11 = &((var_2).pose);
    var_13 = wp::load(var_11);
    var_12 = wp::transform_get_rotation(var_13);
    // w = wp.spatial_top(b.twist)                                                            <L 45>
    var_14 = &((var_2).twist);
    var_16 = wp::load(var_14);
    var_15 = wp::spatial_top(var_16);
    // v = wp.spatial_bottom(b.twist)                                                         <L 46>
    var_17 = &((var_2).twist);
    var_19 = wp::load(var_17);
    var_18 = wp::spatial_bottom(var_19);
    // f = forces[i]                                                                          <L 47>
    var_20 = wp::address(var_forces, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // tau = wp.spatial_top(f)                                                                <L 48>
    var_23 = wp::spatial_top(var_21);
    // lin = wp.spatial_bottom(f)                                                             <L 49>
    var_24 = wp::spatial_bottom(var_21);
    // v = v + (lin * b.inv_mass + gravity) * dt                                              <L 50>
    var_25 = &((var_2).inv_mass);
    var_27 = wp::load(var_25);
    var_26 = wp::mul(var_24, var_27);
    var_28 = wp::add(var_26, var_gravity);
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_18, var_29);
    // Iinv = world_inertia(q, b.inv_inertia)                                                 <L 51>
    var_31 = &((var_2).inv_inertia);
    var_33 = wp::load(var_31);
    var_32 = world_inertia_0(var_12, var_33);
    // w = clamp_angular(w + Iinv * tau * dt)                                                 <L 52>
    var_34 = wp::mul(var_32, var_23);
    var_35 = wp::mul(var_34, var_dt);
    var_36 = wp::add(var_15, var_35);
    var_37 = clamp_angular_0(var_36);
    // p = p + v * dt                                                                         <L 53>
    var_38 = wp::mul(var_30, var_dt);
    var_39 = wp::add(var_9, var_38);
    // q = integrate_quat(q, w, dt)                                                           <L 54>
    var_40 = integrate_quat_0(var_12, var_37, var_dt);
    // b.pose = wp.transform(p, q)                                                            <L 55>
    var_41 = wp::transform_t<wp::float32>(var_39, var_40);
    var_2.pose = var_41;
    // b.twist = wp.spatial_vector(w, v)                                                      <L 56>
    var_42 = wp::vec_t<6, wp::float32>(var_37, var_30);
    var_2.twist = var_42;
    // bodies[i] = b                                                                          <L 57>
    wp::array_store(var_bodies, var_0, var_2);
}



extern "C" {

// Python CPU entry points
WP_API void integrate_bodies_1a7277cf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_bodies_1a7277cf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_bodies_1a7277cf_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_relative_poses_85fac2d3 {
    wp::array_t<Body_fbe393cd> bodies;
    wp::array_t<wp::int32> parent;
    wp::array_t<wp::transform_t<wp::float32>> rel;
    wp::array_t<wp::float32> angles;
};


void relative_poses_85fac2d3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relative_poses_85fac2d3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body_fbe393cd> var_bodies = _wp_args->bodies;
    wp::array_t<wp::int32> var_parent = _wp_args->parent;
    wp::array_t<wp::transform_t<wp::float32>> var_rel = _wp_args->rel;
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    Body_fbe393cd* var_4;
    wp::transform_t<wp::float32>* var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    Body_fbe393cd* var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    //---------
    // forward
    // def relative_poses(bodies: wp.array(dtype=Body), parent: wp.array(dtype=int), rel: wp.array(dtype=wp.transform), angles: wp.array(dtype=float)):       <L 61>
    // i = wp.tid()                                                                           <L 62>
    var_0 = builtin_tid1d();
    // j = parent[i]                                                                          <L 63>
    var_1 = wp::address(var_parent, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X = bodies[i].pose                                                                     <L 64>
    var_4 = wp::address(var_bodies, var_0);
    var_5 = &(((*wp::address(var_bodies, var_0))).pose);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if j >= 0:                                                                             <L 65>
    var_9 = (var_2 >= var_8);
    if (var_9) {
        // Xp = bodies[j].pose                                                                <L 66>
        var_10 = wp::address(var_bodies, var_2);
        var_11 = &(((*wp::address(var_bodies, var_2))).pose);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // X = wp.transform_inverse(Xp) * X                                                   <L 67>
        var_14 = wp::transform_inverse(var_12);
        var_15 = wp::mul(var_14, var_6);
    }
    var_16 = wp::where(var_9, var_15, var_6);
    // rel[i] = X                                                                             <L 68>
    wp::array_store(var_rel, var_0, var_16);
    // q = wp.transform_get_rotation(X)                                                       <L 69>
    var_17 = wp::transform_get_rotation(var_16);
    // axis = wp.vec3()                                                                       <L 70>
    var_18 = wp::vec_t<3, wp::float32>();
    // angle = float(0.0)                                                                     <L 71>
    var_20 = wp::float(var_19);
    // wp.quat_to_axis_angle(q, axis, angle)                                                  <L 72>
    wp::quat_to_axis_angle(var_17, var_18, var_20);
    // angles[i] = angle                                                                      <L 73>
    wp::array_store(var_angles, var_0, var_20);
}



extern "C" {

// Python CPU entry points
WP_API void relative_poses_85fac2d3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relative_poses_85fac2d3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relative_poses_85fac2d3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_slerp_poses_a8d0bc6a {
    wp::array_t<wp::transform_t<wp::float32>> a;
    wp::array_t<wp::transform_t<wp::float32>> b;
    wp::float32 t;
    wp::array_t<wp::transform_t<wp::float32>> out;
    wp::array_t<wp::vec_t<3, wp::float32>> pts;
    wp::array_t<wp::vec_t<3, wp::float32>> moved;
};


void slerp_poses_a8d0bc6a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_slerp_poses_a8d0bc6a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::transform_t<wp::float32>> var_b = _wp_args->b;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_moved = _wp_args->moved;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::quat_t<wp::float32> var_11;
    wp::quat_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def slerp_poses(a: wp.array(dtype=wp.transform), b: wp.array(dtype=wp.transform), t: float, out: wp.array(dtype=wp.transform), pts: wp.array(dtype=wp.vec3), moved: wp.array(dtype=wp.vec3)):       <L 77>
    // i = wp.tid()                                                                           <L 78>
    var_0 = builtin_tid1d();
    // ta = a[i]                                                                              <L 79>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // tb = b[i]                                                                              <L 80>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = wp.lerp(wp.transform_get_translation(ta), wp.transform_get_translation(tb), t)       <L 81>
    var_7 = wp::transform_get_translation(var_2);
    var_8 = wp::transform_get_translation(var_5);
    var_9 = wp::lerp(var_7, var_8, var_t);
    // q = wp.quat_slerp(wp.transform_get_rotation(ta), wp.transform_get_rotation(tb), t)       <L 82>
    var_10 = wp::transform_get_rotation(var_2);
    var_11 = wp::transform_get_rotation(var_5);
    var_12 = wp::quat_slerp(var_10, var_11, var_t);
    // X = wp.transform(p, q)                                                                 <L 83>
    var_13 = wp::transform_t<wp::float32>(var_9, var_12);
    // out[i] = X                                                                             <L 84>
    wp::array_store(var_out, var_0, var_13);
    // moved[i] = wp.transform_point(X, pts[i]) + wp.transform_vector(X, wp.vec3(0.0, 1.0, 0.0))       <L 85>
    var_14 = wp::address(var_pts, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::transform_point(var_13, var_16);
    var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
    var_21 = wp::transform_vector(var_13, var_20);
    var_22 = wp::add(var_15, var_21);
    wp::array_store(var_moved, var_0, var_22);
}



extern "C" {

// Python CPU entry points
WP_API void slerp_poses_a8d0bc6a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_slerp_poses_a8d0bc6a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        slerp_poses_a8d0bc6a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_quat_checks_ad48ae06 {
    wp::array_t<wp::quat_t<wp::float32>> qs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> mats;
    wp::array_t<wp::float32> err;
};


void quat_checks_ad48ae06_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quat_checks_ad48ae06 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_qs = _wp_args->qs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::float32> var_err = _wp_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::quat_t<wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = 3.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 2.0;
    const wp::float32 var_26 = 3.0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def quat_checks(qs: wp.array(dtype=wp.quat), mats: wp.array(dtype=wp.mat33), err: wp.array(dtype=float)):       <L 89>
    // i = wp.tid()                                                                           <L 90>
    var_0 = builtin_tid1d();
    // q = qs[i]                                                                              <L 91>
    var_1 = wp::address(var_qs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = wp.quat_to_matrix(q)                                                               <L 92>
    var_4 = wp::quat_to_matrix(var_2);
    // q2 = wp.quat_from_matrix(R)                                                            <L 93>
    var_5 = wp::quat_from_matrix(var_4);
    // mats[i] = R                                                                            <L 94>
    wp::array_store(var_mats, var_0, var_4);
    // d = wp.abs(wp.dot(q, q2))                                                              <L 95>
    var_6 = wp::dot(var_2, var_5);
    var_7 = wp::abs(var_6);
    // qi = wp.quat_inverse(q)                                                                <L 96>
    var_8 = wp::quat_inverse(var_2);
    // e = q * qi                                                                             <L 97>
    var_9 = wp::mul(var_2, var_8);
    // err[i] = (1.0 - d) + wp.abs(e[3] - 1.0) + wp.length(wp.quat_rotate_inv(q, wp.quat_rotate(q, wp.vec3(1.0, 2.0, 3.0))) - wp.vec3(1.0, 2.0, 3.0))       <L 98>
    var_11 = wp::sub(var_10, var_7);
    var_13 = wp::extract(var_9, var_12);
    var_15 = wp::sub(var_13, var_14);
    var_16 = wp::abs(var_15);
    var_17 = wp::add(var_11, var_16);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::quat_rotate(var_2, var_21);
    var_23 = wp::quat_rotate_inv(var_2, var_22);
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::sub(var_23, var_27);
    var_29 = wp::length(var_28);
    var_30 = wp::add(var_17, var_29);
    wp::array_store(var_err, var_0, var_30);
}



extern "C" {

// Python CPU entry points
WP_API void quat_checks_ad48ae06_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quat_checks_ad48ae06 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quat_checks_ad48ae06_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

