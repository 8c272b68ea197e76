
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


struct Particle_f243553f
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;
    wp::float32 inv_mass;
    wp::float32 radius;
    wp::int32 flags;


    Particle_f243553f() = default;
    CUDA_CALLABLE Particle_f243553f(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::float32 const& inv_mass = {},
    wp::float32 const& radius = {},
    wp::int32 const& flags = {})
        : pos{pos}
        , vel{vel}
        , inv_mass{inv_mass}
        , radius{radius}
        , flags{flags}

    {
    }

    CUDA_CALLABLE Particle_f243553f& operator += (const Particle_f243553f& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    inv_mass += rhs.inv_mass;
    radius += rhs.radius;
    flags += rhs.flags;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_f243553f(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::float32 & adj_inv_mass,
    wp::float32 & adj_radius,
    wp::int32 & adj_flags,
    Particle_f243553f & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_inv_mass += adj_ret.inv_mass;
    adj_radius += adj_ret.radius;
    adj_flags += adj_ret.flags;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_f243553f add(const Particle_f243553f& a, const Particle_f243553f& b)
{
    return Particle_f243553f();
}

CUDA_CALLABLE void adj_atomic_add(Particle_f243553f* p, Particle_f243553f t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->flags, t.flags);
}



// corpus/001_particle_integrator.py:17
static wp::vec_t<3, wp::float32> clamp_speed_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_max_speed)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def clamp_speed(v: wp.vec3, max_speed: float) -> wp.vec3:                              <L 18>
    // speed = wp.length(v)                                                                   <L 19>
    var_0 = wp::length(var_v);
    // if speed > max_speed:                                                                  <L 20>
    var_1 = (var_0 > var_max_speed);
    if (var_1) {
        // return v * (max_speed / speed)                                                     <L 21>
        var_2 = wp::div(var_max_speed, var_0);
        var_3 = wp::mul(var_v, var_2);
        return var_3;
    }
    // return v                                                                               <L 22>
    return var_v;
}


// corpus/001_particle_integrator.py:25
static void ground_contact_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_radius,
    wp::float32 var_restitution,
    wp::float32 var_friction,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // forward
    // def ground_contact(p: wp.vec3, v: wp.vec3, radius: float, restitution: float, friction: float):       <L 26>
    // depth = GROUND_HEIGHT + radius - p[1]                                                  <L 27>
    var_1 = wp::add(var_0, var_radius);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::sub(var_1, var_3);
    // if depth <= 0.0:                                                                       <L 28>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // return p, v                                                                        <L 29>
        ret_0 = var_p;
        ret_1 = var_v;
        return;
    }
    // n = wp.vec3(0.0, 1.0, 0.0)                                                             <L 30>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // vn = wp.dot(v, n)                                                                      <L 31>
    var_11 = wp::dot(var_v, var_10);
    // vt = v - n * vn                                                                        <L 32>
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::sub(var_v, var_12);
    // if vn < 0.0:                                                                           <L 33>
    var_15 = (var_11 < var_14);
    if (var_15) {
        // vn = -vn * restitution                                                             <L 34>
        var_16 = wp::neg(var_11);
        var_17 = wp::mul(var_16, var_restitution);
    }
    var_18 = wp::where(var_15, var_17, var_11);
    // vt_len = wp.length(vt)                                                                 <L 35>
    var_19 = wp::length(var_13);
    // if vt_len > 0.0:                                                                       <L 36>
    var_21 = (var_19 > var_20);
    if (var_21) {
        // scale = wp.max(vt_len - friction * vn, 0.0) / vt_len                               <L 37>
        var_22 = wp::mul(var_friction, var_18);
        var_23 = wp::sub(var_19, var_22);
        var_25 = wp::max(var_23, var_24);
        var_26 = wp::div(var_25, var_19);
        // vt = vt * scale                                                                    <L 38>
        var_27 = wp::mul(var_13, var_26);
    }
    var_28 = wp::where(var_21, var_27, var_13);
    // return p + n * depth, vt + n * vn                                                      <L 39>
    var_29 = wp::mul(var_10, var_4);
    var_30 = wp::add(var_p, var_29);
    var_31 = wp::mul(var_10, var_18);
    var_32 = wp::add(var_28, var_31);
    ret_0 = var_30;
    ret_1 = var_32;
    return;
}


// corpus/001_particle_integrator.py:17
static void adj_clamp_speed_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_max_speed,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_max_speed,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def clamp_speed(v: wp.vec3, max_speed: float) -> wp.vec3:                              <L 18>
    // speed = wp.length(v)                                                                   <L 19>
    var_0 = wp::length(var_v);
    // if speed > max_speed:                                                                  <L 20>
    var_1 = (var_0 > var_max_speed);
    if (var_1) {
        // return v * (max_speed / speed)                                                     <L 21>
        var_2 = wp::div(var_max_speed, var_0);
        var_3 = wp::mul(var_v, var_2);
        goto label0;
    }
    // return v                                                                               <L 22>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 22>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
        wp::adj_div(var_max_speed, var_0, var_2, adj_max_speed, adj_0, adj_2);
        // adj: return v * (max_speed / speed)                                                <L 21>
    }
    // adj: if speed > max_speed:                                                             <L 20>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: speed = wp.length(v)                                                              <L 19>
    // adj: def clamp_speed(v: wp.vec3, max_speed: float) -> wp.vec3:                         <L 18>
    return;
}


// corpus/001_particle_integrator.py:25
static void adj_ground_contact_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_radius,
    wp::float32 var_restitution,
    wp::float32 var_friction,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_radius,
    wp::float32 & adj_restitution,
    wp::float32 & adj_friction,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    //---------
    // forward
    // def ground_contact(p: wp.vec3, v: wp.vec3, radius: float, restitution: float, friction: float):       <L 26>
    // depth = GROUND_HEIGHT + radius - p[1]                                                  <L 27>
    var_1 = wp::add(var_0, var_radius);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::sub(var_1, var_3);
    // if depth <= 0.0:                                                                       <L 28>
    var_6 = (var_4 <= var_5);
    if (var_6) {
        // return p, v                                                                        <L 29>
        ret_0 = var_p;
        ret_1 = var_v;
        goto label0;
    }
    // n = wp.vec3(0.0, 1.0, 0.0)                                                             <L 30>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // vn = wp.dot(v, n)                                                                      <L 31>
    var_11 = wp::dot(var_v, var_10);
    // vt = v - n * vn                                                                        <L 32>
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::sub(var_v, var_12);
    // if vn < 0.0:                                                                           <L 33>
    var_15 = (var_11 < var_14);
    if (var_15) {
        // vn = -vn * restitution                                                             <L 34>
        var_16 = wp::neg(var_11);
        var_17 = wp::mul(var_16, var_restitution);
    }
    var_18 = wp::where(var_15, var_17, var_11);
    // vt_len = wp.length(vt)                                                                 <L 35>
    var_19 = wp::length(var_13);
    // if vt_len > 0.0:                                                                       <L 36>
    var_21 = (var_19 > var_20);
    if (var_21) {
        // scale = wp.max(vt_len - friction * vn, 0.0) / vt_len                               <L 37>
        var_22 = wp::mul(var_friction, var_18);
        var_23 = wp::sub(var_19, var_22);
        var_25 = wp::max(var_23, var_24);
        var_26 = wp::div(var_25, var_19);
        // vt = vt * scale                                                                    <L 38>
        var_27 = wp::mul(var_13, var_26);
    }
    var_28 = wp::where(var_21, var_27, var_13);
    // return p + n * depth, vt + n * vn                                                      <L 39>
    var_29 = wp::mul(var_10, var_4);
    var_30 = wp::add(var_p, var_29);
    var_31 = wp::mul(var_10, var_18);
    var_32 = wp::add(var_28, var_31);
    ret_0 = var_30;
    ret_1 = var_32;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_32 += adj_ret_1;
    adj_30 += adj_ret_0;
    wp::adj_add(var_28, var_31, adj_28, adj_31, adj_32);
    wp::adj_mul(var_10, var_18, adj_10, adj_18, adj_31);
    wp::adj_add(var_p, var_29, adj_p, adj_29, adj_30);
    wp::adj_mul(var_10, var_4, adj_10, adj_4, adj_29);
    // adj: return p + n * depth, vt + n * vn                                                 <L 39>
    wp::adj_where(var_21, var_27, var_13, adj_21, adj_27, adj_13, adj_28);
    if (var_21) {
        wp::adj_mul(var_13, var_26, adj_13, adj_26, adj_27);
        // adj: vt = vt * scale                                                               <L 38>
        wp::adj_div(var_25, var_19, var_26, adj_25, adj_19, adj_26);
        wp::adj_max(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_sub(var_19, var_22, adj_19, adj_22, adj_23);
        wp::adj_mul(var_friction, var_18, adj_friction, adj_18, adj_22);
        // adj: scale = wp.max(vt_len - friction * vn, 0.0) / vt_len                          <L 37>
    }
    // adj: if vt_len > 0.0:                                                                  <L 36>
    wp::adj_length(var_13, var_19, adj_13, adj_19);
    // adj: vt_len = wp.length(vt)                                                            <L 35>
    wp::adj_where(var_15, var_17, var_11, adj_15, adj_17, adj_11, adj_18);
    if (var_15) {
        wp::adj_mul(var_16, var_restitution, adj_16, adj_restitution, adj_17);
        wp::adj_neg(var_11, adj_11, adj_16);
        // adj: vn = -vn * restitution                                                        <L 34>
    }
    // adj: if vn < 0.0:                                                                      <L 33>
    wp::adj_sub(var_v, var_12, adj_v, adj_12, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    // adj: vt = v - n * vn                                                                   <L 32>
    wp::adj_dot(var_v, var_10, adj_v, adj_10, adj_11);
    // adj: vn = wp.dot(v, n)                                                                 <L 31>
    wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: n = wp.vec3(0.0, 1.0, 0.0)                                                        <L 30>
    if (var_6) {
        label0:;
        adj_v += adj_ret_1;
        adj_p += adj_ret_0;
        // adj: return p, v                                                                   <L 29>
    }
    // adj: if depth <= 0.0:                                                                  <L 28>
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_add(var_0, var_radius, adj_0, adj_radius, adj_1);
    // adj: depth = GROUND_HEIGHT + radius - p[1]                                             <L 27>
    // adj: def ground_contact(p: wp.vec3, v: wp.vec3, radius: float, restitution: float, friction: float):  <L 26>
    return;
}

struct wp_args_integrate_particles_84eb1fa3 {
    wp::array_t<Particle_f243553f> particles;
    wp::array_t<wp::vec_t<3, wp::float32>> external_forces;
    wp::float32 dt;
    wp::float32 damping;
    wp::float32 restitution;
    wp::float32 friction;
    wp::array_t<wp::int32> active_count;
};


void integrate_particles_84eb1fa3_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_particles_84eb1fa3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_external_forces = _wp_args->external_forces;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::vec_t<3, wp::float32> var_18 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 50.0;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32* var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 100.0;
    bool var_45;
    const wp::int32 var_46 = 2;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 100.0;
    bool var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    wp::int32* var_53;
    const wp::int32 var_54 = 1;
    wp::float32 var_55;
    const wp::float32 var_56 = 1000.0;
    bool var_57;
    const wp::int32 var_58 = 0;
    wp::int32* var_59;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32>* var_64;
    wp::vec_t<3, wp::float32> var_65;
    //---------
    // forward
    // def integrate_particles(                                                               <L 43>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 53>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.flags == 0:                                                                       <L 54>
    var_4 = &(var_2.flags);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 55>
        return;
    }
    // if p.inv_mass == 0.0:                                                                  <L 56>
    var_8 = &(var_2.inv_mass);
    var_11 = wp::load(var_8);
    var_10 = (var_11 == var_9);
    if (var_10) {
        // wp.atomic_add(active_count, 1, 1)                                                  <L 57>
        var_14 = wp::atomic_add(var_active_count, var_12, var_13);
        // return                                                                             <L 58>
        return;
    }
    // f = external_forces[tid]                                                               <L 60>
    var_15 = wp::address(var_external_forces, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // accel = GRAVITY + f * p.inv_mass                                                       <L 61>
    var_19 = &(var_2.inv_mass);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_16, var_21);
    var_22 = wp::add(var_18, var_20);
    // v = p.vel + accel * dt                                                                 <L 62>
    var_23 = &(var_2.vel);
    var_24 = wp::mul(var_22, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    // v = v * (1.0 - damping * dt)                                                           <L 63>
    var_28 = wp::mul(var_damping, var_dt);
    var_29 = wp::sub(var_27, var_28);
    var_30 = wp::mul(var_25, var_29);
    // v = clamp_speed(v, MAX_SPEED)                                                          <L 64>
    var_32 = clamp_speed_0(var_30, var_31);
    // x = p.pos + v * dt                                                                     <L 66>
    var_33 = &(var_2.pos);
    var_34 = wp::mul(var_32, var_dt);
    var_36 = wp::load(var_33);
    var_35 = wp::add(var_36, var_34);
    // x, v = ground_contact(x, v, p.radius, restitution, friction)                           <L 67>
    var_37 = &(var_2.radius);
    var_40 = wp::load(var_37);
    ground_contact_0(var_35, var_32, var_40, var_restitution, var_friction, var_38, var_39);
    // if wp.abs(x[0]) > 100.0 or wp.abs(x[2]) > 100.0:                                       <L 70>
    var_42 = wp::extract(var_38, var_41);
    var_43 = wp::abs(var_42);
    var_45 = (var_43 > var_44);
    var_47 = wp::extract(var_38, var_46);
    var_48 = wp::abs(var_47);
    var_50 = (var_48 > var_49);
    var_51 = var_45 || var_50;
    if (var_51) {
        // p.flags = 0                                                                        <L 71>
        var_53 = &(var_2.flags);
        wp::store(var_53, var_52);
    }
    if (!var_51) {
        // elif x[1] > 1000.0:                                                                <L 72>
        var_55 = wp::extract(var_38, var_54);
        var_57 = (var_55 > var_56);
        if (var_57) {
            // p.flags = 0                                                                    <L 73>
            var_59 = &(var_2.flags);
            wp::store(var_59, var_58);
        }
        if (!var_57) {
            // wp.atomic_add(active_count, 0, 1)                                              <L 75>
            var_62 = wp::atomic_add(var_active_count, var_60, var_61);
        }
    }
    // p.pos = x                                                                              <L 77>
    var_63 = &(var_2.pos);
    wp::store(var_63, var_38);
    // p.vel = v                                                                              <L 78>
    var_64 = &(var_2.vel);
    wp::store(var_64, var_39);
    // particles[tid] = p                                                                     <L 79>
    wp::array_store(var_particles, var_0, var_2);
    // external_forces[tid] = wp.vec3()                                                       <L 80>
    var_65 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_external_forces, var_0, var_65);
}



void integrate_particles_84eb1fa3_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_particles_84eb1fa3 *_wp_args,
    wp_args_integrate_particles_84eb1fa3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_external_forces = _wp_args->external_forces;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<Particle_f243553f> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_external_forces = _wp_adj_args->external_forces;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
    wp::float32 adj_friction = _wp_adj_args->friction;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::vec_t<3, wp::float32> var_18 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 50.0;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32* var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 100.0;
    bool var_45;
    const wp::int32 var_46 = 2;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 100.0;
    bool var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    wp::int32* var_53;
    const wp::int32 var_54 = 1;
    wp::float32 var_55;
    const wp::float32 var_56 = 1000.0;
    bool var_57;
    const wp::int32 var_58 = 0;
    wp::int32* var_59;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 1;
    wp::int32 var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32>* var_64;
    wp::vec_t<3, wp::float32> var_65;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f243553f adj_1 = {};
    Particle_f243553f adj_2 = {};
    Particle_f243553f adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    bool adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    bool adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    bool adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    //---------
    // forward
    // def integrate_particles(                                                               <L 43>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 53>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.flags == 0:                                                                       <L 54>
    var_4 = &(var_2.flags);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 55>
        goto label0;
    }
    // if p.inv_mass == 0.0:                                                                  <L 56>
    var_8 = &(var_2.inv_mass);
    var_11 = wp::load(var_8);
    var_10 = (var_11 == var_9);
    if (var_10) {
        // wp.atomic_add(active_count, 1, 1)                                                  <L 57>
        // var_14 = wp::atomic_add(var_active_count, var_12, var_13);
        // return                                                                             <L 58>
        goto label1;
    }
    // f = external_forces[tid]                                                               <L 60>
    var_15 = wp::address(var_external_forces, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // accel = GRAVITY + f * p.inv_mass                                                       <L 61>
    var_19 = &(var_2.inv_mass);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_16, var_21);
    var_22 = wp::add(var_18, var_20);
    // v = p.vel + accel * dt                                                                 <L 62>
    var_23 = &(var_2.vel);
    var_24 = wp::mul(var_22, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    // v = v * (1.0 - damping * dt)                                                           <L 63>
    var_28 = wp::mul(var_damping, var_dt);
    var_29 = wp::sub(var_27, var_28);
    var_30 = wp::mul(var_25, var_29);
    // v = clamp_speed(v, MAX_SPEED)                                                          <L 64>
    var_32 = clamp_speed_0(var_30, var_31);
    // x = p.pos + v * dt                                                                     <L 66>
    var_33 = &(var_2.pos);
    var_34 = wp::mul(var_32, var_dt);
    var_36 = wp::load(var_33);
    var_35 = wp::add(var_36, var_34);
    // x, v = ground_contact(x, v, p.radius, restitution, friction)                           <L 67>
    var_37 = &(var_2.radius);
    var_40 = wp::load(var_37);
    ground_contact_0(var_35, var_32, var_40, var_restitution, var_friction, var_38, var_39);
    // if wp.abs(x[0]) > 100.0 or wp.abs(x[2]) > 100.0:                                       <L 70>
    var_42 = wp::extract(var_38, var_41);
    var_43 = wp::abs(var_42);
    var_45 = (var_43 > var_44);
    var_47 = wp::extract(var_38, var_46);
    var_48 = wp::abs(var_47);
    var_50 = (var_48 > var_49);
    var_51 = var_45 || var_50;
    if (var_51) {
        // p.flags = 0                                                                        <L 71>
        var_53 = &(var_2.flags);
        // wp::store(var_53, var_52);
    }
    if (!var_51) {
        // elif x[1] > 1000.0:                                                                <L 72>
        var_55 = wp::extract(var_38, var_54);
        var_57 = (var_55 > var_56);
        if (var_57) {
            // p.flags = 0                                                                    <L 73>
            var_59 = &(var_2.flags);
            // wp::store(var_59, var_58);
        }
        if (!var_57) {
            // wp.atomic_add(active_count, 0, 1)                                              <L 75>
            // var_62 = wp::atomic_add(var_active_count, var_60, var_61);
        }
    }
    // p.pos = x                                                                              <L 77>
    var_63 = &(var_2.pos);
    // wp::store(var_63, var_38);
    // p.vel = v                                                                              <L 78>
    var_64 = &(var_2.vel);
    // wp::store(var_64, var_39);
    // particles[tid] = p                                                                     <L 79>
    // wp::array_store(var_particles, var_0, var_2);
    // external_forces[tid] = wp.vec3()                                                       <L 80>
    var_65 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_external_forces, var_0, var_65);
    //---------
    // reverse
    wp::adj_array_store(var_external_forces, var_0, var_65, adj_external_forces, adj_0, adj_65);
    // adj: external_forces[tid] = wp.vec3()                                                  <L 80>
    wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
    // adj: particles[tid] = p                                                                <L 79>
    adj_2.vel += adj_64;
    // adj: p.vel = v                                                                         <L 78>
    adj_2.pos += adj_63;
    // adj: p.pos = x                                                                         <L 77>
    if (!var_51) {
        if (!var_57) {
            wp::adj_atomic_add(var_active_count, var_60, var_61, adj_active_count, adj_60, adj_61, adj_62);
            // adj: wp.atomic_add(active_count, 0, 1)                                         <L 75>
        }
        if (var_57) {
            adj_2.flags = adj_59;
            // adj: p.flags = 0                                                               <L 73>
        }
        wp::adj_extract(var_38, var_54, adj_38, adj_54, adj_55);
        // adj: elif x[1] > 1000.0:                                                           <L 72>
    }
    if (var_51) {
        adj_2.flags = adj_53;
        // adj: p.flags = 0                                                                   <L 71>
    }
    wp::adj_abs(var_47, adj_47, adj_48);
    wp::adj_extract(var_38, var_46, adj_38, adj_46, adj_47);
    wp::adj_abs(var_42, adj_42, adj_43);
    wp::adj_extract(var_38, var_41, adj_38, adj_41, adj_42);
    // adj: if wp.abs(x[0]) > 100.0 or wp.abs(x[2]) > 100.0:                                  <L 70>
    adj_ground_contact_0(var_35, var_32, var_40, var_restitution, var_friction, var_38, var_39, adj_35, adj_32, adj_37, adj_restitution, adj_friction, adj_38, adj_39);
    adj_2.radius += adj_37;
    // adj: x, v = ground_contact(x, v, p.radius, restitution, friction)                      <L 67>
    wp::adj_add(var_36, var_34, adj_33, adj_34, adj_35);
    wp::adj_mul(var_32, var_dt, adj_32, adj_dt, adj_34);
    adj_2.pos += adj_33;
    // adj: x = p.pos + v * dt                                                                <L 66>
    adj_clamp_speed_0(var_30, var_31, adj_30, adj_31, adj_32);
    // adj: v = clamp_speed(v, MAX_SPEED)                                                     <L 64>
    wp::adj_mul(var_25, var_29, adj_25, adj_29, adj_30);
    wp::adj_sub(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_mul(var_damping, var_dt, adj_damping, adj_dt, adj_28);
    // adj: v = v * (1.0 - damping * dt)                                                      <L 63>
    wp::adj_add(var_26, var_24, adj_23, adj_24, adj_25);
    wp::adj_mul(var_22, var_dt, adj_22, adj_dt, adj_24);
    adj_2.vel += adj_23;
    // adj: v = p.vel + accel * dt                                                            <L 62>
    wp::adj_add(var_18, var_20, adj_18, adj_20, adj_22);
    wp::adj_mul(var_16, var_21, adj_16, adj_19, adj_20);
    adj_2.inv_mass += adj_19;
    // adj: accel = GRAVITY + f * p.inv_mass                                                  <L 61>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_external_forces, var_0, adj_external_forces, adj_0, adj_15);
    // adj: f = external_forces[tid]                                                          <L 60>
    if (var_10) {
        label1:;
        // adj: return                                                                        <L 58>
        wp::adj_atomic_add(var_active_count, var_12, var_13, adj_active_count, adj_12, adj_13, adj_14);
        // adj: wp.atomic_add(active_count, 1, 1)                                             <L 57>
    }
    adj_2.inv_mass += adj_8;
    // adj: if p.inv_mass == 0.0:                                                             <L 56>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 55>
    }
    adj_2.flags = adj_4;
    // adj: if p.flags == 0:                                                                  <L 54>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[tid]                                                                <L 53>
    // adj: tid = wp.tid()                                                                    <L 52>
    // adj: def integrate_particles(                                                          <L 43>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_particles_84eb1fa3_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_particles_84eb1fa3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_particles_84eb1fa3_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_particles_84eb1fa3_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_particles_84eb1fa3 *_wp_args,
    wp_args_integrate_particles_84eb1fa3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_particles_84eb1fa3_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_kinetic_energy_0e081082 {
    wp::array_t<Particle_f243553f> particles;
    wp::array_t<wp::float32> energy;
};


void kinetic_energy_0e081082_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_kinetic_energy_0e081082 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::vec_t<3, wp::float32> var_20 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    //---------
    // forward
    // def kinetic_energy(particles: wp.array(dtype=Particle), energy: wp.array(dtype=float)):       <L 84>
    // tid = wp.tid()                                                                         <L 85>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 86>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.inv_mass > 0.0:                                                                   <L 87>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 > var_5);
    if (var_6) {
        // m = 1.0 / p.inv_mass                                                               <L 88>
        var_9 = &(var_2.inv_mass);
        var_11 = wp::load(var_9);
        var_10 = wp::div(var_8, var_11);
        // e = 0.5 * m * wp.dot(p.vel, p.vel) + m * (-GRAVITY[1]) * p.pos[1]                  <L 89>
        var_13 = wp::mul(var_12, var_10);
        var_14 = &(var_2.vel);
        var_15 = &(var_2.vel);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::dot(var_17, var_18);
        var_19 = wp::mul(var_13, var_16);
        var_22 = wp::extract(var_20, var_21);
        var_23 = wp::neg(var_22);
        var_24 = wp::mul(var_10, var_23);
        var_25 = &(var_2.pos);
        var_28 = wp::load(var_25);
        var_27 = wp::extract(var_28, var_26);
        var_29 = wp::mul(var_24, var_27);
        var_30 = wp::add(var_19, var_29);
        // wp.atomic_add(energy, 0, e)                                                        <L 90>
        var_32 = wp::atomic_add(var_energy, var_31, var_30);
    }
}



void kinetic_energy_0e081082_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_kinetic_energy_0e081082 *_wp_args,
    wp_args_kinetic_energy_0e081082 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<Particle_f243553f> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::vec_t<3, wp::float32> var_20 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f243553f adj_1 = {};
    Particle_f243553f adj_2 = {};
    Particle_f243553f adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def kinetic_energy(particles: wp.array(dtype=Particle), energy: wp.array(dtype=float)):       <L 84>
    // tid = wp.tid()                                                                         <L 85>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 86>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.inv_mass > 0.0:                                                                   <L 87>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 > var_5);
    if (var_6) {
        // m = 1.0 / p.inv_mass                                                               <L 88>
        var_9 = &(var_2.inv_mass);
        var_11 = wp::load(var_9);
        var_10 = wp::div(var_8, var_11);
        // e = 0.5 * m * wp.dot(p.vel, p.vel) + m * (-GRAVITY[1]) * p.pos[1]                  <L 89>
        var_13 = wp::mul(var_12, var_10);
        var_14 = &(var_2.vel);
        var_15 = &(var_2.vel);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::dot(var_17, var_18);
        var_19 = wp::mul(var_13, var_16);
        var_22 = wp::extract(var_20, var_21);
        var_23 = wp::neg(var_22);
        var_24 = wp::mul(var_10, var_23);
        var_25 = &(var_2.pos);
        var_28 = wp::load(var_25);
        var_27 = wp::extract(var_28, var_26);
        var_29 = wp::mul(var_24, var_27);
        var_30 = wp::add(var_19, var_29);
        // wp.atomic_add(energy, 0, e)                                                        <L 90>
        // var_32 = wp::atomic_add(var_energy, var_31, var_30);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_atomic_add(var_energy, var_31, var_30, adj_energy, adj_31, adj_30, adj_32);
        // adj: wp.atomic_add(energy, 0, e)                                                   <L 90>
        wp::adj_add(var_19, var_29, adj_19, adj_29, adj_30);
        wp::adj_mul(var_24, var_27, adj_24, adj_27, adj_29);
        wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
        adj_2.pos += adj_25;
        wp::adj_mul(var_10, var_23, adj_10, adj_23, adj_24);
        wp::adj_neg(var_22, adj_22, adj_23);
        wp::adj_extract(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_19);
        wp::adj_dot(var_17, var_18, adj_14, adj_15, adj_16);
        adj_2.vel += adj_15;
        adj_2.vel += adj_14;
        wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
        // adj: e = 0.5 * m * wp.dot(p.vel, p.vel) + m * (-GRAVITY[1]) * p.pos[1]             <L 89>
        wp::adj_div(var_8, var_11, var_10, adj_8, adj_9, adj_10);
        adj_2.inv_mass += adj_9;
        // adj: m = 1.0 / p.inv_mass                                                          <L 88>
    }
    adj_2.inv_mass += adj_4;
    // adj: if p.inv_mass > 0.0:                                                              <L 87>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[tid]                                                                <L 86>
    // adj: tid = wp.tid()                                                                    <L 85>
    // adj: def kinetic_energy(particles: wp.array(dtype=Particle), energy: wp.array(dtype=float)):  <L 84>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void kinetic_energy_0e081082_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_kinetic_energy_0e081082 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        kinetic_energy_0e081082_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void kinetic_energy_0e081082_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_kinetic_energy_0e081082 *_wp_args,
    wp_args_kinetic_energy_0e081082 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        kinetic_energy_0e081082_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_wind_b15d439b {
    wp::array_t<Particle_f243553f> particles;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::vec_t<3, wp::float32> wind;
    wp::float32 drag;
};


void apply_wind_b15d439b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_wind_b15d439b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::vec_t<3, wp::float32> var_wind = _wp_args->wind;
    wp::float32 var_drag = _wp_args->drag;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 3.141592653589793;
    Particle_f243553f* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Particle_f243553f* var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def apply_wind(particles: wp.array(dtype=Particle), forces: wp.array(dtype=wp.vec3), wind: wp.vec3, drag: float):       <L 94>
    // tid = wp.tid()                                                                         <L 95>
    var_0 = builtin_tid1d();
    // rel = wind - particles[tid].vel                                                        <L 96>
    var_1 = wp::address(var_particles, var_0);
    var_2 = &(var_1->vel);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_wind, var_4);
    // area = wp.pi * particles[tid].radius * particles[tid].radius                           <L 97>
    var_6 = wp::address(var_particles, var_0);
    var_7 = &(var_6->radius);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_5, var_9);
    var_10 = wp::address(var_particles, var_0);
    var_11 = &(var_10->radius);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_8, var_13);
    // forces[tid] += rel * (drag * area * wp.length(rel))                                    <L 98>
    var_14 = wp::mul(var_drag, var_12);
    var_15 = wp::length(var_3);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::mul(var_3, var_16);
    var_18 = wp::atomic_add(var_forces, var_0, var_17);
}



void apply_wind_b15d439b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_wind_b15d439b *_wp_args,
    wp_args_apply_wind_b15d439b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::vec_t<3, wp::float32> var_wind = _wp_args->wind;
    wp::float32 var_drag = _wp_args->drag;
    wp::array_t<Particle_f243553f> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::vec_t<3, wp::float32> adj_wind = _wp_adj_args->wind;
    wp::float32 adj_drag = _wp_adj_args->drag;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 3.141592653589793;
    Particle_f243553f* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Particle_f243553f* var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f243553f adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    Particle_f243553f adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    Particle_f243553f adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def apply_wind(particles: wp.array(dtype=Particle), forces: wp.array(dtype=wp.vec3), wind: wp.vec3, drag: float):       <L 94>
    // tid = wp.tid()                                                                         <L 95>
    var_0 = builtin_tid1d();
    // rel = wind - particles[tid].vel                                                        <L 96>
    var_1 = wp::address(var_particles, var_0);
    var_2 = &(var_1->vel);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_wind, var_4);
    // area = wp.pi * particles[tid].radius * particles[tid].radius                           <L 97>
    var_6 = wp::address(var_particles, var_0);
    var_7 = &(var_6->radius);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_5, var_9);
    var_10 = wp::address(var_particles, var_0);
    var_11 = &(var_10->radius);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_8, var_13);
    // forces[tid] += rel * (drag * area * wp.length(rel))                                    <L 98>
    var_14 = wp::mul(var_drag, var_12);
    var_15 = wp::length(var_3);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::mul(var_3, var_16);
    // var_18 = wp::atomic_add(var_forces, var_0, var_17);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_0, var_17, adj_forces, adj_0, adj_17, adj_18);
    wp::adj_mul(var_3, var_16, adj_3, adj_16, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_length(var_3, var_15, adj_3, adj_15);
    wp::adj_mul(var_drag, var_12, adj_drag, adj_12, adj_14);
    // adj: forces[tid] += rel * (drag * area * wp.length(rel))                               <L 98>
    wp::adj_mul(var_8, var_13, adj_8, adj_11, adj_12);
    adj_10.radius += adj_11;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_10);
    wp::adj_mul(var_5, var_9, adj_5, adj_7, adj_8);
    adj_6.radius += adj_7;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_6);
    // adj: area = wp.pi * particles[tid].radius * particles[tid].radius                      <L 97>
    wp::adj_sub(var_wind, var_4, adj_wind, adj_2, adj_3);
    adj_1.vel += adj_2;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: rel = wind - particles[tid].vel                                                   <L 96>
    // adj: tid = wp.tid()                                                                    <L 95>
    // adj: def apply_wind(particles: wp.array(dtype=Particle), forces: wp.array(dtype=wp.vec3), wind: wp.vec3, drag: float):  <L 94>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_wind_b15d439b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_wind_b15d439b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_wind_b15d439b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_wind_b15d439b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_wind_b15d439b *_wp_args,
    wp_args_apply_wind_b15d439b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_wind_b15d439b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_substep_particles_with_obstacles_5664973e {
    wp::array_t<Particle_f243553f> particles;
    wp::array_t<wp::vec_t<3, wp::float32>> sphere_centers;
    wp::array_t<wp::float32> sphere_radii;
    wp::float32 dt;
    wp::int32 substeps;
    wp::float32 damping;
    wp::float32 restitution;
    wp::float32 friction;
    wp::array_t<wp::float32> max_penetration;
    wp::array_t<wp::int32> collisions;
};


void substep_particles_with_obstacles_5664973e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers = _wp_args->sphere_centers;
    wp::array_t<wp::float32> var_sphere_radii = _wp_args->sphere_radii;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::float32> var_max_penetration = _wp_args->max_penetration;
    wp::array_t<wp::int32> var_collisions = _wp_args->collisions;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    const wp::float32 var_23 = 0.0;
    wp::float32 var_24;
    wp::range_t var_25;
    wp::int32 var_26;
    const wp::vec_t<3, wp::float32> var_27 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 50.0;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::shape_t* var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::shape_t var_41;
    wp::range_t var_42;
    wp::int32 var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::float32 var_54 = 0.0;
    bool var_55;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 1.0;
    const wp::float32 var_58 = 0.0;
    wp::vec_t<3, wp::float32> var_59;
    const wp::float32 var_60 = 1e-06;
    bool var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    const wp::float32 var_71 = 1.0;
    wp::float32 var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::int32 var_78 = 1;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32 var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::float32 var_87 = 0.0001;
    bool var_88;
    const wp::int32 var_89 = 1;
    wp::float32 var_90;
    const wp::float32 var_91 = 0.0;
    wp::float32* var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    const wp::float32 var_95 = 0.0001;
    wp::float32 var_96;
    bool var_97;
    bool var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32>* var_102;
    wp::vec_t<3, wp::float32>* var_103;
    const wp::int32 var_104 = 0;
    bool var_105;
    const wp::int32 var_106 = 0;
    wp::int32 var_107;
    const wp::int32 var_108 = 0;
    wp::float32 var_109;
    //---------
    // forward
    // def substep_particles_with_obstacles(                                                  <L 102>
    // tid = wp.tid()                                                                         <L 114>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 115>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.flags == 0 or p.inv_mass == 0.0:                                                  <L 116>
    var_4 = &(var_2.flags);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    var_8 = &(var_2.inv_mass);
    var_11 = wp::load(var_8);
    var_10 = (var_11 == var_9);
    var_12 = var_6 || var_10;
    if (var_12) {
        // return                                                                             <L 117>
        return;
    }
    // h = dt / float(substeps)                                                               <L 119>
    var_13 = wp::float(var_substeps);
    var_14 = wp::div(var_dt, var_13);
    // x = p.pos                                                                              <L 120>
    var_15 = &(var_2.pos);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // v = p.vel                                                                              <L 121>
    var_18 = &(var_2.vel);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // hits = int(0)                                                                          <L 122>
    var_22 = wp::int(var_21);
    // worst = float(0.0)                                                                     <L 123>
    var_24 = wp::float(var_23);
    // for s in range(substeps):                                                              <L 124>
    var_25 = wp::range(var_substeps);
    start_for_1:;
        if (iter_cmp(var_25) == 0) goto end_for_1;
        var_26 = wp::iter_next(var_25);
        // v = v + GRAVITY * h                                                                <L 126>
        var_28 = wp::mul(var_27, var_14);
        var_29 = wp::add(var_19, var_28);
        // v = v * (1.0 - damping * h)                                                        <L 127>
        var_31 = wp::mul(var_damping, var_14);
        var_32 = wp::sub(var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        // v = clamp_speed(v, MAX_SPEED)                                                      <L 128>
        var_35 = clamp_speed_0(var_33, var_34);
        // x = x + v * h                                                                      <L 129>
        var_36 = wp::mul(var_35, var_14);
        var_37 = wp::add(var_16, var_36);
        // for o in range(sphere_centers.shape[0]):                                           <L 132>
        var_38 = &(var_sphere_centers.shape);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = wp::range(var_40);
        start_for_3:;
            if (iter_cmp(var_42) == 0) goto end_for_3;
            var_43 = wp::iter_next(var_42);
            // d = x - sphere_centers[o]                                                      <L 133>
            var_44 = wp::address(var_sphere_centers, var_43);
            var_46 = wp::load(var_44);
            var_45 = wp::sub(var_37, var_46);
            // dist = wp.length(d)                                                            <L 134>
            var_47 = wp::length(var_45);
            // pen = sphere_radii[o] + p.radius - dist                                        <L 135>
            var_48 = wp::address(var_sphere_radii, var_43);
            var_49 = &(var_2.radius);
            var_51 = wp::load(var_48);
            var_52 = wp::load(var_49);
            var_50 = wp::add(var_51, var_52);
            var_53 = wp::sub(var_50, var_47);
            // if pen <= 0.0:                                                                 <L 136>
            var_55 = (var_53 <= var_54);
            if (var_55) {
                // continue                                                                   <L 137>
                goto start_for_3;
            }
            // n = wp.vec3(0.0, 1.0, 0.0)                                                     <L 138>
            var_59 = wp::vec_t<3, wp::float32>(var_56, var_57, var_58);
            // if dist > 1.0e-6:                                                              <L 139>
            var_61 = (var_47 > var_60);
            if (var_61) {
                // n = d / dist                                                               <L 140>
                var_62 = wp::div(var_45, var_47);
            }
            var_63 = wp::where(var_61, var_62, var_59);
            // x = x + n * pen                                                                <L 141>
            var_64 = wp::mul(var_63, var_53);
            var_65 = wp::add(var_37, var_64);
            // vn = wp.dot(v, n)                                                              <L 142>
            var_66 = wp::dot(var_35, var_63);
            // if vn < 0.0:                                                                   <L 143>
            var_68 = (var_66 < var_67);
            if (var_68) {
                // vt = v - n * vn                                                            <L 144>
                var_69 = wp::mul(var_63, var_66);
                var_70 = wp::sub(var_35, var_69);
                // v = vt * (1.0 - friction) - n * (vn * restitution)                         <L 145>
                var_72 = wp::sub(var_71, var_friction);
                var_73 = wp::mul(var_70, var_72);
                var_74 = wp::mul(var_66, var_restitution);
                var_75 = wp::mul(var_63, var_74);
                var_76 = wp::sub(var_73, var_75);
            }
            var_77 = wp::where(var_68, var_76, var_35);
            // hits += 1                                                                      <L 146>
            var_80 = wp::add(var_22, var_79);
            // worst = wp.max(worst, pen)                                                     <L 147>
            var_81 = wp::max(var_24, var_53);
            wp::assign(var_37, var_65);
            wp::assign(var_35, var_77);
            wp::assign(var_22, var_80);
            wp::assign(var_24, var_81);
            goto start_for_3;
        end_for_3:;
        // x, v = ground_contact(x, v, p.radius, restitution, friction)                       <L 150>
        var_82 = &(var_2.radius);
        var_85 = wp::load(var_82);
        ground_contact_0(var_37, var_35, var_85, var_restitution, var_friction, var_83, var_84);
        // if wp.length(v) < 1.0e-4 and x[1] <= GROUND_HEIGHT + p.radius + 1.0e-4:            <L 153>
        var_86 = wp::length(var_84);
        var_88 = (var_86 < var_87);
        var_90 = wp::extract(var_83, var_89);
        var_92 = &(var_2.radius);
        var_94 = wp::load(var_92);
        var_93 = wp::add(var_91, var_94);
        var_96 = wp::add(var_93, var_95);
        var_97 = (var_90 <= var_96);
        var_98 = var_88 && var_97;
        if (var_98) {
            // v = wp.vec3()                                                                  <L 154>
            var_99 = wp::vec_t<3, wp::float32>();
            // break                                                                          <L 155>
            wp::assign(var_16, var_83);
            wp::assign(var_19, var_99);
            goto end_for_1;
        }
        var_100 = wp::where(var_98, var_16, var_83);
        var_101 = wp::where(var_98, var_19, var_84);
        wp::assign(var_16, var_100);
        wp::assign(var_19, var_101);
        goto start_for_1;
    end_for_1:;
    // p.pos = x                                                                              <L 157>
    var_102 = &(var_2.pos);
    wp::store(var_102, var_16);
    // p.vel = v                                                                              <L 158>
    var_103 = &(var_2.vel);
    wp::store(var_103, var_19);
    // particles[tid] = p                                                                     <L 159>
    wp::array_store(var_particles, var_0, var_2);
    // if hits > 0:                                                                           <L 160>
    var_105 = (var_22 > var_104);
    if (var_105) {
        // wp.atomic_add(collisions, 0, hits)                                                 <L 161>
        var_107 = wp::atomic_add(var_collisions, var_106, var_22);
        // wp.atomic_max(max_penetration, 0, worst)                                           <L 162>
        var_109 = wp::atomic_max(var_max_penetration, var_108, var_24);
    }
}



void substep_particles_with_obstacles_5664973e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_args,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f243553f> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers = _wp_args->sphere_centers;
    wp::array_t<wp::float32> var_sphere_radii = _wp_args->sphere_radii;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_substeps = _wp_args->substeps;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::float32> var_max_penetration = _wp_args->max_penetration;
    wp::array_t<wp::int32> var_collisions = _wp_args->collisions;
    wp::array_t<Particle_f243553f> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sphere_centers = _wp_adj_args->sphere_centers;
    wp::array_t<wp::float32> adj_sphere_radii = _wp_adj_args->sphere_radii;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_substeps = _wp_adj_args->substeps;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
    wp::float32 adj_friction = _wp_adj_args->friction;
    wp::array_t<wp::float32> adj_max_penetration = _wp_adj_args->max_penetration;
    wp::array_t<wp::int32> adj_collisions = _wp_adj_args->collisions;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f243553f* var_1;
    Particle_f243553f var_2;
    Particle_f243553f var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    const wp::float32 var_23 = 0.0;
    wp::float32 var_24;
    wp::range_t var_25;
    wp::int32 var_26;
    const wp::vec_t<3, wp::float32> var_27 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.0};
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 50.0;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::shape_t* var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::shape_t var_41;
    wp::range_t var_42;
    wp::int32 var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    const wp::float32 var_54 = 0.0;
    bool var_55;
    const wp::float32 var_56 = 0.0;
    const wp::float32 var_57 = 1.0;
    const wp::float32 var_58 = 0.0;
    wp::vec_t<3, wp::float32> var_59;
    const wp::float32 var_60 = 1e-06;
    bool var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    const wp::float32 var_71 = 1.0;
    wp::float32 var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::int32 var_78 = 1;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32 var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::float32 var_87 = 0.0001;
    bool var_88;
    const wp::int32 var_89 = 1;
    wp::float32 var_90;
    const wp::float32 var_91 = 0.0;
    wp::float32* var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    const wp::float32 var_95 = 0.0001;
    wp::float32 var_96;
    bool var_97;
    bool var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32>* var_102;
    wp::vec_t<3, wp::float32>* var_103;
    const wp::int32 var_104 = 0;
    bool var_105;
    const wp::int32 var_106 = 0;
    wp::int32 var_107;
    const wp::int32 var_108 = 0;
    wp::float32 var_109;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f243553f adj_1 = {};
    Particle_f243553f adj_2 = {};
    Particle_f243553f adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::range_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::shape_t adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::shape_t adj_41 = {};
    wp::range_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    bool adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::float32 adj_60 = {};
    bool adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    bool adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    bool adj_88 = {};
    wp::int32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    bool adj_97 = {};
    bool adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::vec_t<3, wp::float32> adj_101 = {};
    wp::vec_t<3, wp::float32> adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::int32 adj_104 = {};
    bool adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::float32 adj_109 = {};
    //---------
    // forward
    // def substep_particles_with_obstacles(                                                  <L 102>
    // tid = wp.tid()                                                                         <L 114>
    var_0 = builtin_tid1d();
    // p = particles[tid]                                                                     <L 115>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.flags == 0 or p.inv_mass == 0.0:                                                  <L 116>
    var_4 = &(var_2.flags);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    var_8 = &(var_2.inv_mass);
    var_11 = wp::load(var_8);
    var_10 = (var_11 == var_9);
    var_12 = var_6 || var_10;
    if (var_12) {
        // return                                                                             <L 117>
        goto label0;
    }
    // h = dt / float(substeps)                                                               <L 119>
    var_13 = wp::float(var_substeps);
    var_14 = wp::div(var_dt, var_13);
    // x = p.pos                                                                              <L 120>
    var_15 = &(var_2.pos);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // v = p.vel                                                                              <L 121>
    var_18 = &(var_2.vel);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // hits = int(0)                                                                          <L 122>
    var_22 = wp::int(var_21);
    // worst = float(0.0)                                                                     <L 123>
    var_24 = wp::float(var_23);
    // for s in range(substeps):                                                              <L 124>
    var_25 = wp::range(var_substeps);
    // p.pos = x                                                                              <L 157>
    var_102 = &(var_2.pos);
    // wp::store(var_102, var_16);
    // p.vel = v                                                                              <L 158>
    var_103 = &(var_2.vel);
    // wp::store(var_103, var_19);
    // particles[tid] = p                                                                     <L 159>
    // wp::array_store(var_particles, var_0, var_2);
    // if hits > 0:                                                                           <L 160>
    var_105 = (var_22 > var_104);
    if (var_105) {
        // wp.atomic_add(collisions, 0, hits)                                                 <L 161>
        // var_107 = wp::atomic_add(var_collisions, var_106, var_22);
        // wp.atomic_max(max_penetration, 0, worst)                                           <L 162>
        // var_109 = wp::atomic_max(var_max_penetration, var_108, var_24);
    }
    //---------
    // reverse
    if (var_105) {
        wp::adj_atomic_max(var_max_penetration, var_108, var_24, adj_max_penetration, adj_108, adj_24, adj_109);
        // adj: wp.atomic_max(max_penetration, 0, worst)                                      <L 162>
        wp::adj_atomic_add(var_collisions, var_106, var_22, adj_collisions, adj_106, adj_22, adj_107);
        // adj: wp.atomic_add(collisions, 0, hits)                                            <L 161>
    }
    // adj: if hits > 0:                                                                      <L 160>
    wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
    // adj: particles[tid] = p                                                                <L 159>
    adj_2.vel += adj_103;
    // adj: p.vel = v                                                                         <L 158>
    adj_2.pos += adj_102;
    // adj: p.pos = x                                                                         <L 157>
    var_25 = wp::iter_reverse(var_25);
    start_for_1:;
        if (iter_cmp(var_25) == 0) goto end_for_1;
        var_26 = wp::iter_next(var_25);
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
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
    	adj_90 = {};
    	adj_91 = {};
    	adj_92 = {};
    	adj_93 = {};
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
    	adj_97 = {};
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
        // v = v + GRAVITY * h                                                                <L 126>
        var_28 = wp::mul(var_27, var_14);
        var_29 = wp::add(var_19, var_28);
        // v = v * (1.0 - damping * h)                                                        <L 127>
        var_31 = wp::mul(var_damping, var_14);
        var_32 = wp::sub(var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        // v = clamp_speed(v, MAX_SPEED)                                                      <L 128>
        var_35 = clamp_speed_0(var_33, var_34);
        // x = x + v * h                                                                      <L 129>
        var_36 = wp::mul(var_35, var_14);
        var_37 = wp::add(var_16, var_36);
        // for o in range(sphere_centers.shape[0]):                                           <L 132>
        var_38 = &(var_sphere_centers.shape);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = wp::range(var_40);
        // x, v = ground_contact(x, v, p.radius, restitution, friction)                       <L 150>
        var_82 = &(var_2.radius);
        var_85 = wp::load(var_82);
        ground_contact_0(var_37, var_35, var_85, var_restitution, var_friction, var_83, var_84);
        // if wp.length(v) < 1.0e-4 and x[1] <= GROUND_HEIGHT + p.radius + 1.0e-4:            <L 153>
        var_86 = wp::length(var_84);
        var_88 = (var_86 < var_87);
        var_90 = wp::extract(var_83, var_89);
        var_92 = &(var_2.radius);
        var_94 = wp::load(var_92);
        var_93 = wp::add(var_91, var_94);
        var_96 = wp::add(var_93, var_95);
        var_97 = (var_90 <= var_96);
        var_98 = var_88 && var_97;
        if (var_98) {
            // v = wp.vec3()                                                                  <L 154>
            var_99 = wp::vec_t<3, wp::float32>();
            // break                                                                          <L 155>
            wp::assign(var_16, var_83);
            wp::assign(var_19, var_99);
            goto end_for_1;
        }
        var_100 = wp::where(var_98, var_16, var_83);
        var_101 = wp::where(var_98, var_19, var_84);
        wp::assign(var_16, var_100);
        wp::assign(var_19, var_101);
        wp::adj_assign(var_19, var_101, adj_19, adj_101);
        wp::adj_assign(var_16, var_100, adj_16, adj_100);
        wp::adj_where(var_98, var_19, var_84, adj_98, adj_19, adj_84, adj_101);
        wp::adj_where(var_98, var_16, var_83, adj_98, adj_16, adj_83, adj_100);
        if (var_98) {
            wp::adj_assign(var_19, var_99, adj_19, adj_99);
            wp::adj_assign(var_16, var_83, adj_16, adj_83);
            // adj: break                                                                     <L 155>
            // adj: v = wp.vec3()                                                             <L 154>
        }
        wp::adj_add(var_93, var_95, adj_93, adj_95, adj_96);
        wp::adj_add(var_91, var_94, adj_91, adj_92, adj_93);
        adj_2.radius += adj_92;
        wp::adj_extract(var_83, var_89, adj_83, adj_89, adj_90);
        wp::adj_length(var_84, var_86, adj_84, adj_86);
        // adj: if wp.length(v) < 1.0e-4 and x[1] <= GROUND_HEIGHT + p.radius + 1.0e-4:       <L 153>
        adj_ground_contact_0(var_37, var_35, var_85, var_restitution, var_friction, var_83, var_84, adj_37, adj_35, adj_82, adj_restitution, adj_friction, adj_83, adj_84);
        adj_2.radius += adj_82;
        // adj: x, v = ground_contact(x, v, p.radius, restitution, friction)                  <L 150>
        var_42 = wp::iter_reverse(var_42);
        start_for_3:;
            if (iter_cmp(var_42) == 0) goto end_for_3;
            var_43 = wp::iter_next(var_42);
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
            // d = x - sphere_centers[o]                                                      <L 133>
            var_44 = wp::address(var_sphere_centers, var_43);
            var_46 = wp::load(var_44);
            var_45 = wp::sub(var_37, var_46);
            // dist = wp.length(d)                                                            <L 134>
            var_47 = wp::length(var_45);
            // pen = sphere_radii[o] + p.radius - dist                                        <L 135>
            var_48 = wp::address(var_sphere_radii, var_43);
            var_49 = &(var_2.radius);
            var_51 = wp::load(var_48);
            var_52 = wp::load(var_49);
            var_50 = wp::add(var_51, var_52);
            var_53 = wp::sub(var_50, var_47);
            // if pen <= 0.0:                                                                 <L 136>
            var_55 = (var_53 <= var_54);
            if (var_55) {
                // continue                                                                   <L 137>
                goto start_for_3;
            }
            // n = wp.vec3(0.0, 1.0, 0.0)                                                     <L 138>
            var_59 = wp::vec_t<3, wp::float32>(var_56, var_57, var_58);
            // if dist > 1.0e-6:                                                              <L 139>
            var_61 = (var_47 > var_60);
            if (var_61) {
                // n = d / dist                                                               <L 140>
                var_62 = wp::div(var_45, var_47);
            }
            var_63 = wp::where(var_61, var_62, var_59);
            // x = x + n * pen                                                                <L 141>
            var_64 = wp::mul(var_63, var_53);
            var_65 = wp::add(var_37, var_64);
            // vn = wp.dot(v, n)                                                              <L 142>
            var_66 = wp::dot(var_35, var_63);
            // if vn < 0.0:                                                                   <L 143>
            var_68 = (var_66 < var_67);
            if (var_68) {
                // vt = v - n * vn                                                            <L 144>
                var_69 = wp::mul(var_63, var_66);
                var_70 = wp::sub(var_35, var_69);
                // v = vt * (1.0 - friction) - n * (vn * restitution)                         <L 145>
                var_72 = wp::sub(var_71, var_friction);
                var_73 = wp::mul(var_70, var_72);
                var_74 = wp::mul(var_66, var_restitution);
                var_75 = wp::mul(var_63, var_74);
                var_76 = wp::sub(var_73, var_75);
            }
            var_77 = wp::where(var_68, var_76, var_35);
            // hits += 1                                                                      <L 146>
            var_80 = wp::add(var_22, var_79);
            // worst = wp.max(worst, pen)                                                     <L 147>
            var_81 = wp::max(var_24, var_53);
            wp::assign(var_37, var_65);
            wp::assign(var_35, var_77);
            wp::assign(var_22, var_80);
            wp::assign(var_24, var_81);
            wp::adj_assign(var_24, var_81, adj_24, adj_81);
            wp::adj_assign(var_22, var_80, adj_22, adj_80);
            wp::adj_assign(var_35, var_77, adj_35, adj_77);
            wp::adj_assign(var_37, var_65, adj_37, adj_65);
            wp::adj_max(var_24, var_53, adj_24, adj_53, adj_81);
            // adj: worst = wp.max(worst, pen)                                                <L 147>
            wp::adj_add(var_22, var_79, adj_22, adj_79, adj_80);
            // adj: hits += 1                                                                 <L 146>
            wp::adj_where(var_68, var_76, var_35, adj_68, adj_76, adj_35, adj_77);
            if (var_68) {
                wp::adj_sub(var_73, var_75, adj_73, adj_75, adj_76);
                wp::adj_mul(var_63, var_74, adj_63, adj_74, adj_75);
                wp::adj_mul(var_66, var_restitution, adj_66, adj_restitution, adj_74);
                wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_73);
                wp::adj_sub(var_71, var_friction, adj_71, adj_friction, adj_72);
                // adj: v = vt * (1.0 - friction) - n * (vn * restitution)                    <L 145>
                wp::adj_sub(var_35, var_69, adj_35, adj_69, adj_70);
                wp::adj_mul(var_63, var_66, adj_63, adj_66, adj_69);
                // adj: vt = v - n * vn                                                       <L 144>
            }
            // adj: if vn < 0.0:                                                              <L 143>
            wp::adj_dot(var_35, var_63, adj_35, adj_63, adj_66);
            // adj: vn = wp.dot(v, n)                                                         <L 142>
            wp::adj_add(var_37, var_64, adj_37, adj_64, adj_65);
            wp::adj_mul(var_63, var_53, adj_63, adj_53, adj_64);
            // adj: x = x + n * pen                                                           <L 141>
            wp::adj_where(var_61, var_62, var_59, adj_61, adj_62, adj_59, adj_63);
            if (var_61) {
                wp::adj_div(var_45, var_47, adj_45, adj_47, adj_62);
                // adj: n = d / dist                                                          <L 140>
            }
            // adj: if dist > 1.0e-6:                                                         <L 139>
            wp::adj_vec_t(var_56, var_57, var_58, adj_56, adj_57, adj_58, adj_59);
            // adj: n = wp.vec3(0.0, 1.0, 0.0)                                                <L 138>
            if (var_55) {
                // adj: continue                                                              <L 137>
            }
            // adj: if pen <= 0.0:                                                            <L 136>
            wp::adj_sub(var_50, var_47, adj_50, adj_47, adj_53);
            wp::adj_add(var_51, var_52, adj_48, adj_49, adj_50);
            adj_2.radius += adj_49;
            wp::adj_address(var_sphere_radii, var_43, adj_sphere_radii, adj_43, adj_48);
            // adj: pen = sphere_radii[o] + p.radius - dist                                   <L 135>
            wp::adj_length(var_45, var_47, adj_45, adj_47);
            // adj: dist = wp.length(d)                                                       <L 134>
            wp::adj_sub(var_37, var_46, adj_37, adj_44, adj_45);
            wp::adj_address(var_sphere_centers, var_43, adj_sphere_centers, adj_43, adj_44);
            // adj: d = x - sphere_centers[o]                                                 <L 133>
        	goto start_for_3;
        end_for_3:;
        wp::adj_range(var_40, adj_40, adj_42);
        wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
        adj_sphere_centers.shape = adj_38;
        // adj: for o in range(sphere_centers.shape[0]):                                      <L 132>
        wp::adj_add(var_16, var_36, adj_16, adj_36, adj_37);
        wp::adj_mul(var_35, var_14, adj_35, adj_14, adj_36);
        // adj: x = x + v * h                                                                 <L 129>
        adj_clamp_speed_0(var_33, var_34, adj_33, adj_34, adj_35);
        // adj: v = clamp_speed(v, MAX_SPEED)                                                 <L 128>
        wp::adj_mul(var_29, var_32, adj_29, adj_32, adj_33);
        wp::adj_sub(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_mul(var_damping, var_14, adj_damping, adj_14, adj_31);
        // adj: v = v * (1.0 - damping * h)                                                   <L 127>
        wp::adj_add(var_19, var_28, adj_19, adj_28, adj_29);
        wp::adj_mul(var_27, var_14, adj_27, adj_14, adj_28);
        // adj: v = v + GRAVITY * h                                                           <L 126>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_substeps, adj_substeps, adj_25);
    // adj: for s in range(substeps):                                                         <L 124>
    wp::adj_float(var_23, adj_23, adj_24);
    // adj: worst = float(0.0)                                                                <L 123>
    wp::adj_int(var_21, adj_21, adj_22);
    // adj: hits = int(0)                                                                     <L 122>
    wp::adj_copy(var_20, adj_18, adj_19);
    adj_2.vel += adj_18;
    // adj: v = p.vel                                                                         <L 121>
    wp::adj_copy(var_17, adj_15, adj_16);
    adj_2.pos += adj_15;
    // adj: x = p.pos                                                                         <L 120>
    wp::adj_div(var_dt, var_13, var_14, adj_dt, adj_13, adj_14);
    wp::adj_float(var_substeps, adj_substeps, adj_13);
    // adj: h = dt / float(substeps)                                                          <L 119>
    if (var_12) {
        label0:;
        // adj: return                                                                        <L 117>
    }
    adj_2.inv_mass += adj_8;
    adj_2.flags = adj_4;
    // adj: if p.flags == 0 or p.inv_mass == 0.0:                                             <L 116>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[tid]                                                                <L 115>
    // adj: tid = wp.tid()                                                                    <L 114>
    // adj: def substep_particles_with_obstacles(                                             <L 102>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void substep_particles_with_obstacles_5664973e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        substep_particles_with_obstacles_5664973e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void substep_particles_with_obstacles_5664973e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_args,
    wp_args_substep_particles_with_obstacles_5664973e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        substep_particles_with_obstacles_5664973e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

