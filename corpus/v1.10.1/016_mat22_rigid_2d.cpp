
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


struct Body2D_33f20325
{
    wp::vec_t<2, wp::float32> pos;
    wp::float32 angle;
    wp::vec_t<2, wp::float32> vel;
    wp::float32 omega;
    wp::float32 inv_mass;
    wp::float32 inv_inertia;


    Body2D_33f20325() = default;
    CUDA_CALLABLE Body2D_33f20325(wp::vec_t<2, wp::float32> const& pos,
    wp::float32 const& angle = {},
    wp::vec_t<2, wp::float32> const& vel = {},
    wp::float32 const& omega = {},
    wp::float32 const& inv_mass = {},
    wp::float32 const& inv_inertia = {})
        : pos{pos}
        , angle{angle}
        , vel{vel}
        , omega{omega}
        , inv_mass{inv_mass}
        , inv_inertia{inv_inertia}

    {
    }

    CUDA_CALLABLE Body2D_33f20325& operator += (const Body2D_33f20325& rhs)
    {    pos += rhs.pos;
    angle += rhs.angle;
    vel += rhs.vel;
    omega += rhs.omega;
    inv_mass += rhs.inv_mass;
    inv_inertia += rhs.inv_inertia;

        return *this;}

};

static CUDA_CALLABLE void adj_Body2D_33f20325(wp::vec_t<2, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<2, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<2, wp::float32> & adj_pos,
    wp::float32 & adj_angle,
    wp::vec_t<2, wp::float32> & adj_vel,
    wp::float32 & adj_omega,
    wp::float32 & adj_inv_mass,
    wp::float32 & adj_inv_inertia,
    Body2D_33f20325 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_angle += adj_ret.angle;
    adj_vel += adj_ret.vel;
    adj_omega += adj_ret.omega;
    adj_inv_mass += adj_ret.inv_mass;
    adj_inv_inertia += adj_ret.inv_inertia;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body2D_33f20325 add(const Body2D_33f20325& a, const Body2D_33f20325& b)
{
    return Body2D_33f20325();
}

CUDA_CALLABLE void adj_atomic_add(Body2D_33f20325* p, Body2D_33f20325 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->angle, t.angle);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->omega, t.omega);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
    wp::adj_atomic_add(&p->inv_inertia, t.inv_inertia);
}



// corpus/016_mat22_rigid_2d.py:14
static wp::mat_t<2, 2, wp::float32> rotation2_0(
    wp::float32 var_theta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // forward
    // def rotation2(theta: float) -> wp.mat22:                                               <L 15>
    // c = wp.cos(theta)                                                                      <L 16>
    var_0 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 17>
    var_1 = wp::sin(var_theta);
    // return wp.mat22(c, -s, s, c)                                                           <L 18>
    var_2 = wp::neg(var_1);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_0, var_2, var_1, var_0);
    return var_3;
}


// corpus/016_mat22_rigid_2d.py:26
static wp::vec_t<2, wp::float32> perp_0(
    wp::vec_t<2, wp::float32> var_a)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def perp(a: wp.vec2) -> wp.vec2:                                                       <L 27>
    // return wp.vec2(-a[1], a[0])                                                            <L 28>
    var_1 = wp::extract(var_a, var_0);
    var_2 = wp::neg(var_1);
    var_4 = wp::extract(var_a, var_3);
    var_5 = wp::vec_t<2, wp::float32>(var_2, var_4);
    return var_5;
}


// corpus/016_mat22_rigid_2d.py:21
static wp::float32 cross2_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def cross2(a: wp.vec2, b: wp.vec2) -> float:                                           <L 22>
    // return a[0] * b[1] - a[1] * b[0]                                                       <L 23>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    return var_10;
}


// corpus/016_mat22_rigid_2d.py:14
static void adj_rotation2_0(
    wp::float32 var_theta,
    wp::float32 & adj_theta,
    wp::mat_t<2, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def rotation2(theta: float) -> wp.mat22:                                               <L 15>
    // c = wp.cos(theta)                                                                      <L 16>
    var_0 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 17>
    var_1 = wp::sin(var_theta);
    // return wp.mat22(c, -s, s, c)                                                           <L 18>
    var_2 = wp::neg(var_1);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_0, var_2, var_1, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mat_t(var_0, var_2, var_1, var_0, adj_0, adj_2, adj_1, adj_0, adj_3);
    wp::adj_neg(var_1, adj_1, adj_2);
    // adj: return wp.mat22(c, -s, s, c)                                                      <L 18>
    wp::adj_sin(var_theta, adj_theta, adj_1);
    // adj: s = wp.sin(theta)                                                                 <L 17>
    wp::adj_cos(var_theta, adj_theta, adj_0);
    // adj: c = wp.cos(theta)                                                                 <L 16>
    // adj: def rotation2(theta: float) -> wp.mat22:                                          <L 15>
    return;
}


// corpus/016_mat22_rigid_2d.py:26
static void adj_perp_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def perp(a: wp.vec2) -> wp.vec2:                                                       <L 27>
    // return wp.vec2(-a[1], a[0])                                                            <L 28>
    var_1 = wp::extract(var_a, var_0);
    var_2 = wp::neg(var_1);
    var_4 = wp::extract(var_a, var_3);
    var_5 = wp::vec_t<2, wp::float32>(var_2, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_vec_t(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_a, var_3, adj_a, adj_3, adj_4);
    wp::adj_neg(var_1, adj_1, adj_2);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return wp.vec2(-a[1], a[0])                                                       <L 28>
    // adj: def perp(a: wp.vec2) -> wp.vec2:                                                  <L 27>
    return;
}


// corpus/016_mat22_rigid_2d.py:21
static void adj_cross2_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
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
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def cross2(a: wp.vec2, b: wp.vec2) -> float:                                           <L 22>
    // return a[0] * b[1] - a[1] * b[0]                                                       <L 23>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_sub(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_b, var_7, adj_b, adj_7, adj_8);
    wp::adj_extract(var_a, var_5, adj_a, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a[0] * b[1] - a[1] * b[0]                                                  <L 23>
    // adj: def cross2(a: wp.vec2, b: wp.vec2) -> float:                                      <L 22>
    return;
}

struct wp_args_integrate_bodies_f013fd92 {
    wp::array_t<Body2D_33f20325> bodies;
    wp::vec_t<2, wp::float32> gravity;
    wp::float32 dt;
};


void integrate_bodies_f013fd92_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_bodies_f013fd92 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 3.141592653589793;
    bool var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 2.0;
    const wp::float32 var_33 = 3.141592653589793;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    const wp::float32 var_39 = 3.141592653589793;
    const wp::float32 var_40 = -3.141592653589793;
    bool var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    const wp::float32 var_44 = 2.0;
    const wp::float32 var_45 = 3.141592653589793;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    //---------
    // forward
    // def integrate_bodies(bodies: wp.array(dtype=Body2D), gravity: wp.vec2, dt: float):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 34>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b.inv_mass == 0.0:                                                                  <L 35>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 36>
        return;
    }
    // b.vel = b.vel + gravity * dt                                                           <L 37>
    var_8 = &(var_2.vel);
    var_9 = wp::mul(var_gravity, var_dt);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_12 = &(var_2.vel);
    wp::store(var_12, var_10);
    // b.pos = b.pos + b.vel * dt                                                             <L 38>
    var_13 = &(var_2.pos);
    var_14 = &(var_2.vel);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_dt);
    var_18 = wp::load(var_13);
    var_17 = wp::add(var_18, var_15);
    var_19 = &(var_2.pos);
    wp::store(var_19, var_17);
    // b.angle = b.angle + b.omega * dt                                                       <L 39>
    var_20 = &(var_2.angle);
    var_21 = &(var_2.omega);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_23, var_dt);
    var_25 = wp::load(var_20);
    var_24 = wp::add(var_25, var_22);
    var_26 = &(var_2.angle);
    wp::store(var_26, var_24);
    // if b.angle > wp.pi:                                                                    <L 40>
    var_27 = &(var_2.angle);
    var_30 = wp::load(var_27);
    var_29 = (var_30 > var_28);
    if (var_29) {
        // b.angle = b.angle - 2.0 * wp.pi                                                    <L 41>
        var_31 = &(var_2.angle);
        var_34 = wp::mul(var_32, var_33);
        var_36 = wp::load(var_31);
        var_35 = wp::sub(var_36, var_34);
        var_37 = &(var_2.angle);
        wp::store(var_37, var_35);
    }
    if (!var_29) {
        // elif b.angle < -wp.pi:                                                             <L 42>
        var_38 = &(var_2.angle);
        var_42 = wp::load(var_38);
        var_41 = (var_42 < var_40);
        if (var_41) {
            // b.angle = b.angle + 2.0 * wp.pi                                                <L 43>
            var_43 = &(var_2.angle);
            var_46 = wp::mul(var_44, var_45);
            var_48 = wp::load(var_43);
            var_47 = wp::add(var_48, var_46);
            var_49 = &(var_2.angle);
            wp::store(var_49, var_47);
        }
    }
    // bodies[i] = b                                                                          <L 44>
    wp::array_store(var_bodies, var_0, var_2);
}



void integrate_bodies_f013fd92_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_bodies_f013fd92 *_wp_args,
    wp_args_integrate_bodies_f013fd92 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<Body2D_33f20325> adj_bodies = _wp_adj_args->bodies;
    wp::vec_t<2, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::float32* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32* var_27;
    const wp::float32 var_28 = 3.141592653589793;
    bool var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 2.0;
    const wp::float32 var_33 = 3.141592653589793;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    const wp::float32 var_39 = 3.141592653589793;
    const wp::float32 var_40 = -3.141592653589793;
    bool var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    const wp::float32 var_44 = 2.0;
    const wp::float32 var_45 = 3.141592653589793;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Body2D_33f20325 adj_1 = {};
    Body2D_33f20325 adj_2 = {};
    Body2D_33f20325 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
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
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    //---------
    // forward
    // def integrate_bodies(bodies: wp.array(dtype=Body2D), gravity: wp.vec2, dt: float):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 34>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b.inv_mass == 0.0:                                                                  <L 35>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 36>
        goto label0;
    }
    // b.vel = b.vel + gravity * dt                                                           <L 37>
    var_8 = &(var_2.vel);
    var_9 = wp::mul(var_gravity, var_dt);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_12 = &(var_2.vel);
    // wp::store(var_12, var_10);
    // b.pos = b.pos + b.vel * dt                                                             <L 38>
    var_13 = &(var_2.pos);
    var_14 = &(var_2.vel);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_dt);
    var_18 = wp::load(var_13);
    var_17 = wp::add(var_18, var_15);
    var_19 = &(var_2.pos);
    // wp::store(var_19, var_17);
    // b.angle = b.angle + b.omega * dt                                                       <L 39>
    var_20 = &(var_2.angle);
    var_21 = &(var_2.omega);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_23, var_dt);
    var_25 = wp::load(var_20);
    var_24 = wp::add(var_25, var_22);
    var_26 = &(var_2.angle);
    // wp::store(var_26, var_24);
    // if b.angle > wp.pi:                                                                    <L 40>
    var_27 = &(var_2.angle);
    var_30 = wp::load(var_27);
    var_29 = (var_30 > var_28);
    if (var_29) {
        // b.angle = b.angle - 2.0 * wp.pi                                                    <L 41>
        var_31 = &(var_2.angle);
        var_34 = wp::mul(var_32, var_33);
        var_36 = wp::load(var_31);
        var_35 = wp::sub(var_36, var_34);
        var_37 = &(var_2.angle);
        // wp::store(var_37, var_35);
    }
    if (!var_29) {
        // elif b.angle < -wp.pi:                                                             <L 42>
        var_38 = &(var_2.angle);
        var_42 = wp::load(var_38);
        var_41 = (var_42 < var_40);
        if (var_41) {
            // b.angle = b.angle + 2.0 * wp.pi                                                <L 43>
            var_43 = &(var_2.angle);
            var_46 = wp::mul(var_44, var_45);
            var_48 = wp::load(var_43);
            var_47 = wp::add(var_48, var_46);
            var_49 = &(var_2.angle);
            // wp::store(var_49, var_47);
        }
    }
    // bodies[i] = b                                                                          <L 44>
    // wp::array_store(var_bodies, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
    // adj: bodies[i] = b                                                                     <L 44>
    if (!var_29) {
        if (var_41) {
            adj_2.angle += adj_49;
            wp::adj_add(var_48, var_46, adj_43, adj_46, adj_47);
            wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
            adj_2.angle += adj_43;
            // adj: b.angle = b.angle + 2.0 * wp.pi                                           <L 43>
        }
        adj_2.angle += adj_38;
        // adj: elif b.angle < -wp.pi:                                                        <L 42>
    }
    if (var_29) {
        adj_2.angle += adj_37;
        wp::adj_sub(var_36, var_34, adj_31, adj_34, adj_35);
        wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
        adj_2.angle += adj_31;
        // adj: b.angle = b.angle - 2.0 * wp.pi                                               <L 41>
    }
    adj_2.angle += adj_27;
    // adj: if b.angle > wp.pi:                                                               <L 40>
    adj_2.angle += adj_26;
    wp::adj_add(var_25, var_22, adj_20, adj_22, adj_24);
    wp::adj_mul(var_23, var_dt, adj_21, adj_dt, adj_22);
    adj_2.omega += adj_21;
    adj_2.angle += adj_20;
    // adj: b.angle = b.angle + b.omega * dt                                                  <L 39>
    adj_2.pos += adj_19;
    wp::adj_add(var_18, var_15, adj_13, adj_15, adj_17);
    wp::adj_mul(var_16, var_dt, adj_14, adj_dt, adj_15);
    adj_2.vel += adj_14;
    adj_2.pos += adj_13;
    // adj: b.pos = b.pos + b.vel * dt                                                        <L 38>
    adj_2.vel += adj_12;
    wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_gravity, var_dt, adj_gravity, adj_dt, adj_9);
    adj_2.vel += adj_8;
    // adj: b.vel = b.vel + gravity * dt                                                      <L 37>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 36>
    }
    adj_2.inv_mass += adj_4;
    // adj: if b.inv_mass == 0.0:                                                             <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def integrate_bodies(bodies: wp.array(dtype=Body2D), gravity: wp.vec2, dt: float):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_bodies_f013fd92_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_bodies_f013fd92 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_bodies_f013fd92_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_bodies_f013fd92_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_bodies_f013fd92 *_wp_args,
    wp_args_integrate_bodies_f013fd92 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_bodies_f013fd92_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_box_corners_c4119a63 {
    wp::array_t<Body2D_33f20325> bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> half_extents;
    wp::array_t<wp::vec_t<2, wp::float32>> corners;
};


void box_corners_c4119a63_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_box_corners_c4119a63 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> var_half_extents = _wp_args->half_extents;
    wp::array_t<wp::vec_t<2, wp::float32>> var_corners = _wp_args->corners;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 1.0;
    const wp::int32 var_13 = 1;
    bool var_14;
    const wp::int32 var_15 = 2;
    bool var_16;
    bool var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = -1.0;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    bool var_22;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = -1.0;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32>* var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    const wp::float32 var_38 = 1.0;
    const wp::float32 var_39 = 1.0;
    const wp::int32 var_40 = 1;
    bool var_41;
    const wp::int32 var_42 = 2;
    bool var_43;
    bool var_44;
    const wp::float32 var_45 = 1.0;
    const wp::float32 var_46 = -1.0;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    bool var_49;
    const wp::float32 var_50 = 1.0;
    const wp::float32 var_51 = -1.0;
    wp::float32 var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::vec_t<2, wp::float32> var_59;
    wp::vec_t<2, wp::float32>* var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::vec_t<2, wp::float32> var_62;
    wp::vec_t<2, wp::float32> var_63;
    const wp::int32 var_64 = 2;
    const wp::float32 var_65 = 1.0;
    const wp::float32 var_66 = 1.0;
    const wp::int32 var_67 = 1;
    bool var_68;
    const wp::int32 var_69 = 2;
    bool var_70;
    bool var_71;
    const wp::float32 var_72 = 1.0;
    const wp::float32 var_73 = -1.0;
    wp::float32 var_74;
    const wp::int32 var_75 = 2;
    bool var_76;
    const wp::float32 var_77 = 1.0;
    const wp::float32 var_78 = -1.0;
    wp::float32 var_79;
    const wp::int32 var_80 = 0;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<2, wp::float32> var_86;
    wp::vec_t<2, wp::float32>* var_87;
    wp::vec_t<2, wp::float32> var_88;
    wp::vec_t<2, wp::float32> var_89;
    wp::vec_t<2, wp::float32> var_90;
    const wp::int32 var_91 = 3;
    const wp::float32 var_92 = 1.0;
    const wp::float32 var_93 = 1.0;
    const wp::int32 var_94 = 1;
    bool var_95;
    const wp::int32 var_96 = 2;
    bool var_97;
    bool var_98;
    const wp::float32 var_99 = 1.0;
    const wp::float32 var_100 = -1.0;
    wp::float32 var_101;
    const wp::int32 var_102 = 2;
    bool var_103;
    const wp::float32 var_104 = 1.0;
    const wp::float32 var_105 = -1.0;
    wp::float32 var_106;
    const wp::int32 var_107 = 0;
    wp::float32 var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 1;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::vec_t<2, wp::float32> var_113;
    wp::vec_t<2, wp::float32>* var_114;
    wp::vec_t<2, wp::float32> var_115;
    wp::vec_t<2, wp::float32> var_116;
    wp::vec_t<2, wp::float32> var_117;
    //---------
    // forward
    // def box_corners(bodies: wp.array(dtype=Body2D), half_extents: wp.array(dtype=wp.vec2), corners: wp.array2d(dtype=wp.vec2)):       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 50>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = rotation2(b.angle)                                                                 <L 51>
    var_4 = &(var_2.angle);
    var_6 = wp::load(var_4);
    var_5 = rotation2_0(var_6);
    // h = half_extents[i]                                                                    <L 52>
    var_7 = wp::address(var_half_extents, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for k in range(4):                                                                     <L 53>
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_14 = (var_10 == var_13);
    var_16 = (var_10 == var_15);
    var_17 = var_14 || var_16;
    if (var_17) {
        // sx = -1.0                                                                          <L 57>
    }
    var_20 = wp::where(var_17, var_19, var_11);
    // if k >= 2:                                                                             <L 58>
    var_22 = (var_10 >= var_21);
    if (var_22) {
        // sy = -1.0                                                                          <L 59>
    }
    var_25 = wp::where(var_22, var_24, var_12);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_27 = wp::extract(var_8, var_26);
    var_28 = wp::mul(var_27, var_20);
    var_30 = wp::extract(var_8, var_29);
    var_31 = wp::mul(var_30, var_25);
    var_32 = wp::vec_t<2, wp::float32>(var_28, var_31);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_33 = &(var_2.pos);
    var_34 = wp::mul(var_5, var_32);
    var_36 = wp::load(var_33);
    var_35 = wp::add(var_36, var_34);
    wp::array_store(var_corners, var_0, var_10, var_35);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_41 = (var_37 == var_40);
    var_43 = (var_37 == var_42);
    var_44 = var_41 || var_43;
    if (var_44) {
        // sx = -1.0                                                                          <L 57>
    }
    var_47 = wp::where(var_44, var_46, var_38);
    // if k >= 2:                                                                             <L 58>
    var_49 = (var_37 >= var_48);
    if (var_49) {
        // sy = -1.0                                                                          <L 59>
    }
    var_52 = wp::where(var_49, var_51, var_39);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_54 = wp::extract(var_8, var_53);
    var_55 = wp::mul(var_54, var_47);
    var_57 = wp::extract(var_8, var_56);
    var_58 = wp::mul(var_57, var_52);
    var_59 = wp::vec_t<2, wp::float32>(var_55, var_58);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_60 = &(var_2.pos);
    var_61 = wp::mul(var_5, var_59);
    var_63 = wp::load(var_60);
    var_62 = wp::add(var_63, var_61);
    wp::array_store(var_corners, var_0, var_37, var_62);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_68 = (var_64 == var_67);
    var_70 = (var_64 == var_69);
    var_71 = var_68 || var_70;
    if (var_71) {
        // sx = -1.0                                                                          <L 57>
    }
    var_74 = wp::where(var_71, var_73, var_65);
    // if k >= 2:                                                                             <L 58>
    var_76 = (var_64 >= var_75);
    if (var_76) {
        // sy = -1.0                                                                          <L 59>
    }
    var_79 = wp::where(var_76, var_78, var_66);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_81 = wp::extract(var_8, var_80);
    var_82 = wp::mul(var_81, var_74);
    var_84 = wp::extract(var_8, var_83);
    var_85 = wp::mul(var_84, var_79);
    var_86 = wp::vec_t<2, wp::float32>(var_82, var_85);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_87 = &(var_2.pos);
    var_88 = wp::mul(var_5, var_86);
    var_90 = wp::load(var_87);
    var_89 = wp::add(var_90, var_88);
    wp::array_store(var_corners, var_0, var_64, var_89);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_95 = (var_91 == var_94);
    var_97 = (var_91 == var_96);
    var_98 = var_95 || var_97;
    if (var_98) {
        // sx = -1.0                                                                          <L 57>
    }
    var_101 = wp::where(var_98, var_100, var_92);
    // if k >= 2:                                                                             <L 58>
    var_103 = (var_91 >= var_102);
    if (var_103) {
        // sy = -1.0                                                                          <L 59>
    }
    var_106 = wp::where(var_103, var_105, var_93);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_108 = wp::extract(var_8, var_107);
    var_109 = wp::mul(var_108, var_101);
    var_111 = wp::extract(var_8, var_110);
    var_112 = wp::mul(var_111, var_106);
    var_113 = wp::vec_t<2, wp::float32>(var_109, var_112);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_114 = &(var_2.pos);
    var_115 = wp::mul(var_5, var_113);
    var_117 = wp::load(var_114);
    var_116 = wp::add(var_117, var_115);
    wp::array_store(var_corners, var_0, var_91, var_116);
}



void box_corners_c4119a63_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_box_corners_c4119a63 *_wp_args,
    wp_args_box_corners_c4119a63 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> var_half_extents = _wp_args->half_extents;
    wp::array_t<wp::vec_t<2, wp::float32>> var_corners = _wp_args->corners;
    wp::array_t<Body2D_33f20325> adj_bodies = _wp_adj_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_half_extents = _wp_adj_args->half_extents;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_corners = _wp_adj_args->corners;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 1.0;
    const wp::int32 var_13 = 1;
    bool var_14;
    const wp::int32 var_15 = 2;
    bool var_16;
    bool var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = -1.0;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    bool var_22;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = -1.0;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32>* var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    const wp::float32 var_38 = 1.0;
    const wp::float32 var_39 = 1.0;
    const wp::int32 var_40 = 1;
    bool var_41;
    const wp::int32 var_42 = 2;
    bool var_43;
    bool var_44;
    const wp::float32 var_45 = 1.0;
    const wp::float32 var_46 = -1.0;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    bool var_49;
    const wp::float32 var_50 = 1.0;
    const wp::float32 var_51 = -1.0;
    wp::float32 var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::vec_t<2, wp::float32> var_59;
    wp::vec_t<2, wp::float32>* var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::vec_t<2, wp::float32> var_62;
    wp::vec_t<2, wp::float32> var_63;
    const wp::int32 var_64 = 2;
    const wp::float32 var_65 = 1.0;
    const wp::float32 var_66 = 1.0;
    const wp::int32 var_67 = 1;
    bool var_68;
    const wp::int32 var_69 = 2;
    bool var_70;
    bool var_71;
    const wp::float32 var_72 = 1.0;
    const wp::float32 var_73 = -1.0;
    wp::float32 var_74;
    const wp::int32 var_75 = 2;
    bool var_76;
    const wp::float32 var_77 = 1.0;
    const wp::float32 var_78 = -1.0;
    wp::float32 var_79;
    const wp::int32 var_80 = 0;
    wp::float32 var_81;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<2, wp::float32> var_86;
    wp::vec_t<2, wp::float32>* var_87;
    wp::vec_t<2, wp::float32> var_88;
    wp::vec_t<2, wp::float32> var_89;
    wp::vec_t<2, wp::float32> var_90;
    const wp::int32 var_91 = 3;
    const wp::float32 var_92 = 1.0;
    const wp::float32 var_93 = 1.0;
    const wp::int32 var_94 = 1;
    bool var_95;
    const wp::int32 var_96 = 2;
    bool var_97;
    bool var_98;
    const wp::float32 var_99 = 1.0;
    const wp::float32 var_100 = -1.0;
    wp::float32 var_101;
    const wp::int32 var_102 = 2;
    bool var_103;
    const wp::float32 var_104 = 1.0;
    const wp::float32 var_105 = -1.0;
    wp::float32 var_106;
    const wp::int32 var_107 = 0;
    wp::float32 var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 1;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::vec_t<2, wp::float32> var_113;
    wp::vec_t<2, wp::float32>* var_114;
    wp::vec_t<2, wp::float32> var_115;
    wp::vec_t<2, wp::float32> var_116;
    wp::vec_t<2, wp::float32> var_117;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Body2D_33f20325 adj_1 = {};
    Body2D_33f20325 adj_2 = {};
    Body2D_33f20325 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<2, wp::float32> adj_59 = {};
    wp::vec_t<2, wp::float32> adj_60 = {};
    wp::vec_t<2, wp::float32> adj_61 = {};
    wp::vec_t<2, wp::float32> adj_62 = {};
    wp::vec_t<2, wp::float32> adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    bool adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    bool adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::vec_t<2, wp::float32> adj_86 = {};
    wp::vec_t<2, wp::float32> adj_87 = {};
    wp::vec_t<2, wp::float32> adj_88 = {};
    wp::vec_t<2, wp::float32> adj_89 = {};
    wp::vec_t<2, wp::float32> adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::int32 adj_94 = {};
    bool adj_95 = {};
    wp::int32 adj_96 = {};
    bool adj_97 = {};
    bool adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    bool adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::vec_t<2, wp::float32> adj_113 = {};
    wp::vec_t<2, wp::float32> adj_114 = {};
    wp::vec_t<2, wp::float32> adj_115 = {};
    wp::vec_t<2, wp::float32> adj_116 = {};
    wp::vec_t<2, wp::float32> adj_117 = {};
    //---------
    // forward
    // def box_corners(bodies: wp.array(dtype=Body2D), half_extents: wp.array(dtype=wp.vec2), corners: wp.array2d(dtype=wp.vec2)):       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 50>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = rotation2(b.angle)                                                                 <L 51>
    var_4 = &(var_2.angle);
    var_6 = wp::load(var_4);
    var_5 = rotation2_0(var_6);
    // h = half_extents[i]                                                                    <L 52>
    var_7 = wp::address(var_half_extents, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for k in range(4):                                                                     <L 53>
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_14 = (var_10 == var_13);
    var_16 = (var_10 == var_15);
    var_17 = var_14 || var_16;
    if (var_17) {
        // sx = -1.0                                                                          <L 57>
    }
    var_20 = wp::where(var_17, var_19, var_11);
    // if k >= 2:                                                                             <L 58>
    var_22 = (var_10 >= var_21);
    if (var_22) {
        // sy = -1.0                                                                          <L 59>
    }
    var_25 = wp::where(var_22, var_24, var_12);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_27 = wp::extract(var_8, var_26);
    var_28 = wp::mul(var_27, var_20);
    var_30 = wp::extract(var_8, var_29);
    var_31 = wp::mul(var_30, var_25);
    var_32 = wp::vec_t<2, wp::float32>(var_28, var_31);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_33 = &(var_2.pos);
    var_34 = wp::mul(var_5, var_32);
    var_36 = wp::load(var_33);
    var_35 = wp::add(var_36, var_34);
    // wp::array_store(var_corners, var_0, var_10, var_35);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_41 = (var_37 == var_40);
    var_43 = (var_37 == var_42);
    var_44 = var_41 || var_43;
    if (var_44) {
        // sx = -1.0                                                                          <L 57>
    }
    var_47 = wp::where(var_44, var_46, var_38);
    // if k >= 2:                                                                             <L 58>
    var_49 = (var_37 >= var_48);
    if (var_49) {
        // sy = -1.0                                                                          <L 59>
    }
    var_52 = wp::where(var_49, var_51, var_39);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_54 = wp::extract(var_8, var_53);
    var_55 = wp::mul(var_54, var_47);
    var_57 = wp::extract(var_8, var_56);
    var_58 = wp::mul(var_57, var_52);
    var_59 = wp::vec_t<2, wp::float32>(var_55, var_58);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_60 = &(var_2.pos);
    var_61 = wp::mul(var_5, var_59);
    var_63 = wp::load(var_60);
    var_62 = wp::add(var_63, var_61);
    // wp::array_store(var_corners, var_0, var_37, var_62);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_68 = (var_64 == var_67);
    var_70 = (var_64 == var_69);
    var_71 = var_68 || var_70;
    if (var_71) {
        // sx = -1.0                                                                          <L 57>
    }
    var_74 = wp::where(var_71, var_73, var_65);
    // if k >= 2:                                                                             <L 58>
    var_76 = (var_64 >= var_75);
    if (var_76) {
        // sy = -1.0                                                                          <L 59>
    }
    var_79 = wp::where(var_76, var_78, var_66);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_81 = wp::extract(var_8, var_80);
    var_82 = wp::mul(var_81, var_74);
    var_84 = wp::extract(var_8, var_83);
    var_85 = wp::mul(var_84, var_79);
    var_86 = wp::vec_t<2, wp::float32>(var_82, var_85);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_87 = &(var_2.pos);
    var_88 = wp::mul(var_5, var_86);
    var_90 = wp::load(var_87);
    var_89 = wp::add(var_90, var_88);
    // wp::array_store(var_corners, var_0, var_64, var_89);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_95 = (var_91 == var_94);
    var_97 = (var_91 == var_96);
    var_98 = var_95 || var_97;
    if (var_98) {
        // sx = -1.0                                                                          <L 57>
    }
    var_101 = wp::where(var_98, var_100, var_92);
    // if k >= 2:                                                                             <L 58>
    var_103 = (var_91 >= var_102);
    if (var_103) {
        // sy = -1.0                                                                          <L 59>
    }
    var_106 = wp::where(var_103, var_105, var_93);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_108 = wp::extract(var_8, var_107);
    var_109 = wp::mul(var_108, var_101);
    var_111 = wp::extract(var_8, var_110);
    var_112 = wp::mul(var_111, var_106);
    var_113 = wp::vec_t<2, wp::float32>(var_109, var_112);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_114 = &(var_2.pos);
    var_115 = wp::mul(var_5, var_113);
    var_117 = wp::load(var_114);
    var_116 = wp::add(var_117, var_115);
    // wp::array_store(var_corners, var_0, var_91, var_116);
    //---------
    // reverse
    wp::adj_array_store(var_corners, var_0, var_91, var_116, adj_corners, adj_0, adj_91, adj_116);
    wp::adj_add(var_117, var_115, adj_114, adj_115, adj_116);
    wp::adj_mul(var_5, var_113, adj_5, adj_113, adj_115);
    adj_2.pos += adj_114;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_109, var_112, adj_109, adj_112, adj_113);
    wp::adj_mul(var_111, var_106, adj_111, adj_106, adj_112);
    wp::adj_extract(var_8, var_110, adj_8, adj_110, adj_111);
    wp::adj_mul(var_108, var_101, adj_108, adj_101, adj_109);
    wp::adj_extract(var_8, var_107, adj_8, adj_107, adj_108);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_103, var_105, var_93, adj_103, adj_105, adj_93, adj_106);
    if (var_103) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_98, var_100, var_92, adj_98, adj_100, adj_92, adj_101);
    if (var_98) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_64, var_89, adj_corners, adj_0, adj_64, adj_89);
    wp::adj_add(var_90, var_88, adj_87, adj_88, adj_89);
    wp::adj_mul(var_5, var_86, adj_5, adj_86, adj_88);
    adj_2.pos += adj_87;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_82, var_85, adj_82, adj_85, adj_86);
    wp::adj_mul(var_84, var_79, adj_84, adj_79, adj_85);
    wp::adj_extract(var_8, var_83, adj_8, adj_83, adj_84);
    wp::adj_mul(var_81, var_74, adj_81, adj_74, adj_82);
    wp::adj_extract(var_8, var_80, adj_8, adj_80, adj_81);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_76, var_78, var_66, adj_76, adj_78, adj_66, adj_79);
    if (var_76) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_71, var_73, var_65, adj_71, adj_73, adj_65, adj_74);
    if (var_71) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_37, var_62, adj_corners, adj_0, adj_37, adj_62);
    wp::adj_add(var_63, var_61, adj_60, adj_61, adj_62);
    wp::adj_mul(var_5, var_59, adj_5, adj_59, adj_61);
    adj_2.pos += adj_60;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_55, var_58, adj_55, adj_58, adj_59);
    wp::adj_mul(var_57, var_52, adj_57, adj_52, adj_58);
    wp::adj_extract(var_8, var_56, adj_8, adj_56, adj_57);
    wp::adj_mul(var_54, var_47, adj_54, adj_47, adj_55);
    wp::adj_extract(var_8, var_53, adj_8, adj_53, adj_54);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_49, var_51, var_39, adj_49, adj_51, adj_39, adj_52);
    if (var_49) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_44, var_46, var_38, adj_44, adj_46, adj_38, adj_47);
    if (var_44) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_10, var_35, adj_corners, adj_0, adj_10, adj_35);
    wp::adj_add(var_36, var_34, adj_33, adj_34, adj_35);
    wp::adj_mul(var_5, var_32, adj_5, adj_32, adj_34);
    adj_2.pos += adj_33;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_28, var_31, adj_28, adj_31, adj_32);
    wp::adj_mul(var_30, var_25, adj_30, adj_25, adj_31);
    wp::adj_extract(var_8, var_29, adj_8, adj_29, adj_30);
    wp::adj_mul(var_27, var_20, adj_27, adj_20, adj_28);
    wp::adj_extract(var_8, var_26, adj_8, adj_26, adj_27);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_22, var_24, var_12, adj_22, adj_24, adj_12, adj_25);
    if (var_22) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_17, var_19, var_11, adj_17, adj_19, adj_11, adj_20);
    if (var_17) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    // adj: for k in range(4):                                                                <L 53>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_half_extents, var_0, adj_half_extents, adj_0, adj_7);
    // adj: h = half_extents[i]                                                               <L 52>
    adj_rotation2_0(var_6, adj_4, adj_5);
    adj_2.angle += adj_4;
    // adj: R = rotation2(b.angle)                                                            <L 51>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def box_corners(bodies: wp.array(dtype=Body2D), half_extents: wp.array(dtype=wp.vec2), corners: wp.array2d(dtype=wp.vec2)):  <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void box_corners_c4119a63_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_box_corners_c4119a63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        box_corners_c4119a63_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void box_corners_c4119a63_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_box_corners_c4119a63 *_wp_args,
    wp_args_box_corners_c4119a63 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        box_corners_c4119a63_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_ground_impulses_70223b38 {
    wp::array_t<Body2D_33f20325> bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> half_extents;
    wp::float32 ground_y;
    wp::float32 restitution;
    wp::float32 friction;
    wp::array_t<wp::int32> contacts;
};


void ground_impulses_70223b38_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ground_impulses_70223b38 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> var_half_extents = _wp_args->half_extents;
    wp::float32 var_ground_y = _wp_args->ground_y;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::int32> var_contacts = _wp_args->contacts;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::mat_t<2, 2, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32>* var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<2, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<2, wp::float32> var_19;
    const wp::int32 var_20 = 4;
    wp::range_t var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 2;
    bool var_26;
    bool var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = -1.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = -1.0;
    const wp::float32 var_36 = 1.0;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32>* var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32> var_48;
    const wp::int32 var_49 = 1;
    wp::float32 var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::vec_t<2, wp::float32>* var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::float32* var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::float32 var_59;
    wp::vec_t<2, wp::float32> var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    const wp::float32 var_73 = 1.0;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32* var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::vec_t<2, wp::float32> var_94;
    wp::vec_t<2, wp::float32> var_95;
    wp::vec_t<2, wp::float32>* var_96;
    wp::float32* var_97;
    wp::vec_t<2, wp::float32> var_98;
    wp::float32 var_99;
    wp::vec_t<2, wp::float32> var_100;
    wp::vec_t<2, wp::float32> var_101;
    wp::vec_t<2, wp::float32>* var_102;
    wp::float32* var_103;
    wp::float32* var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32* var_110;
    wp::vec_t<2, wp::float32>* var_111;
    const wp::int32 var_112 = 0;
    wp::float32 var_113;
    wp::vec_t<2, wp::float32> var_114;
    wp::vec_t<2, wp::float32>* var_115;
    const wp::int32 var_116 = 1;
    wp::float32 var_117;
    wp::vec_t<2, wp::float32> var_118;
    const wp::int32 var_119 = 1;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::vec_t<2, wp::float32> var_123;
    wp::vec_t<2, wp::float32>* var_124;
    //---------
    // forward
    // def ground_impulses(                                                                   <L 65>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 74>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b.inv_mass == 0.0:                                                                  <L 75>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 76>
        return;
    }
    // R = rotation2(b.angle)                                                                 <L 77>
    var_8 = &(var_2.angle);
    var_10 = wp::load(var_8);
    var_9 = rotation2_0(var_10);
    // h = half_extents[i]                                                                    <L 78>
    var_11 = wp::address(var_half_extents, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // n = wp.vec2(0.0, 1.0)                                                                  <L 79>
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    // t = wp.vec2(1.0, 0.0)                                                                  <L 80>
    var_19 = wp::vec_t<2, wp::float32>(var_17, var_18);
    // for k in range(4):                                                                     <L 81>
    var_21 = wp::range(var_20);
    start_for_1:;
        if (iter_cmp(var_21) == 0) goto end_for_1;
        var_22 = wp::iter_next(var_21);
        // sx = wp.where(k == 1 or k == 2, -1.0, 1.0)                                         <L 82>
        var_24 = (var_22 == var_23);
        var_26 = (var_22 == var_25);
        var_27 = var_24 || var_26;
        var_31 = wp::where(var_27, var_29, var_30);
        // sy = wp.where(k >= 2, -1.0, 1.0)                                                   <L 83>
        var_33 = (var_22 >= var_32);
        var_37 = wp::where(var_33, var_35, var_36);
        // r = R * wp.vec2(h[0] * sx, h[1] * sy)                                              <L 84>
        var_39 = wp::extract(var_12, var_38);
        var_40 = wp::mul(var_39, var_31);
        var_42 = wp::extract(var_12, var_41);
        var_43 = wp::mul(var_42, var_37);
        var_44 = wp::vec_t<2, wp::float32>(var_40, var_43);
        var_45 = wp::mul(var_9, var_44);
        // p = b.pos + r                                                                      <L 85>
        var_46 = &(var_2.pos);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_48, var_45);
        // if p[1] >= ground_y:                                                               <L 86>
        var_50 = wp::extract(var_47, var_49);
        var_51 = (var_50 >= var_ground_y);
        if (var_51) {
            // continue                                                                       <L 87>
            goto start_for_1;
        }
        // wp.atomic_add(contacts, 0, 1)                                                      <L 88>
        var_54 = wp::atomic_add(var_contacts, var_52, var_53);
        // v = b.vel + perp(r) * b.omega                                                      <L 89>
        var_55 = &(var_2.vel);
        var_56 = perp_0(var_45);
        var_57 = &(var_2.omega);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_56, var_59);
        var_61 = wp::load(var_55);
        var_60 = wp::add(var_61, var_58);
        // vn = wp.dot(v, n)                                                                  <L 90>
        var_62 = wp::dot(var_60, var_16);
        // if vn >= 0.0:                                                                      <L 91>
        var_64 = (var_62 >= var_63);
        if (var_64) {
            // continue                                                                       <L 92>
            goto start_for_1;
        }
        // rn = cross2(r, n)                                                                  <L 93>
        var_65 = cross2_0(var_45, var_16);
        // k_n = b.inv_mass + b.inv_inertia * rn * rn                                         <L 94>
        var_66 = &(var_2.inv_mass);
        var_67 = &(var_2.inv_inertia);
        var_69 = wp::load(var_67);
        var_68 = wp::mul(var_69, var_65);
        var_70 = wp::mul(var_68, var_65);
        var_72 = wp::load(var_66);
        var_71 = wp::add(var_72, var_70);
        // jn = -(1.0 + restitution) * vn / k_n                                               <L 95>
        var_74 = wp::add(var_73, var_restitution);
        var_75 = wp::neg(var_74);
        var_76 = wp::mul(var_75, var_62);
        var_77 = wp::div(var_76, var_71);
        // vt = wp.dot(v, t)                                                                  <L 96>
        var_78 = wp::dot(var_60, var_19);
        // rt = cross2(r, t)                                                                  <L 97>
        var_79 = cross2_0(var_45, var_19);
        // k_t = b.inv_mass + b.inv_inertia * rt * rt                                         <L 98>
        var_80 = &(var_2.inv_mass);
        var_81 = &(var_2.inv_inertia);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_83, var_79);
        var_84 = wp::mul(var_82, var_79);
        var_86 = wp::load(var_80);
        var_85 = wp::add(var_86, var_84);
        // jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                            <L 99>
        var_87 = wp::neg(var_78);
        var_88 = wp::div(var_87, var_85);
        var_89 = wp::neg(var_friction);
        var_90 = wp::mul(var_89, var_77);
        var_91 = wp::mul(var_friction, var_77);
        var_92 = wp::clamp(var_88, var_90, var_91);
        // impulse = n * jn + t * jt                                                          <L 100>
        var_93 = wp::mul(var_16, var_77);
        var_94 = wp::mul(var_19, var_92);
        var_95 = wp::add(var_93, var_94);
        // b.vel = b.vel + impulse * b.inv_mass                                               <L 101>
        var_96 = &(var_2.vel);
        var_97 = &(var_2.inv_mass);
        var_99 = wp::load(var_97);
        var_98 = wp::mul(var_95, var_99);
        var_101 = wp::load(var_96);
        var_100 = wp::add(var_101, var_98);
        var_102 = &(var_2.vel);
        wp::store(var_102, var_100);
        // b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                             <L 102>
        var_103 = &(var_2.omega);
        var_104 = &(var_2.inv_inertia);
        var_105 = cross2_0(var_45, var_95);
        var_107 = wp::load(var_104);
        var_106 = wp::mul(var_107, var_105);
        var_109 = wp::load(var_103);
        var_108 = wp::add(var_109, var_106);
        var_110 = &(var_2.omega);
        wp::store(var_110, var_108);
        // b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                            <L 103>
        var_111 = &(var_2.pos);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_115 = &(var_2.pos);
        var_118 = wp::load(var_115);
        var_117 = wp::extract(var_118, var_116);
        var_120 = wp::extract(var_47, var_119);
        var_121 = wp::sub(var_ground_y, var_120);
        var_122 = wp::add(var_117, var_121);
        var_123 = wp::vec_t<2, wp::float32>(var_113, var_122);
        var_124 = &(var_2.pos);
        wp::store(var_124, var_123);
        goto start_for_1;
    end_for_1:;
    // bodies[i] = b                                                                          <L 104>
    wp::array_store(var_bodies, var_0, var_2);
}



void ground_impulses_70223b38_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ground_impulses_70223b38 *_wp_args,
    wp_args_ground_impulses_70223b38 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body2D_33f20325> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> var_half_extents = _wp_args->half_extents;
    wp::float32 var_ground_y = _wp_args->ground_y;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::array_t<wp::int32> var_contacts = _wp_args->contacts;
    wp::array_t<Body2D_33f20325> adj_bodies = _wp_adj_args->bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_half_extents = _wp_adj_args->half_extents;
    wp::float32 adj_ground_y = _wp_adj_args->ground_y;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
    wp::float32 adj_friction = _wp_adj_args->friction;
    wp::array_t<wp::int32> adj_contacts = _wp_adj_args->contacts;
    //---------
    // primal vars
    wp::int32 var_0;
    Body2D_33f20325* var_1;
    Body2D_33f20325 var_2;
    Body2D_33f20325 var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::mat_t<2, 2, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<2, wp::float32>* var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<2, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<2, wp::float32> var_19;
    const wp::int32 var_20 = 4;
    wp::range_t var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    const wp::int32 var_25 = 2;
    bool var_26;
    bool var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = -1.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = -1.0;
    const wp::float32 var_36 = 1.0;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32>* var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32> var_48;
    const wp::int32 var_49 = 1;
    wp::float32 var_50;
    bool var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::vec_t<2, wp::float32>* var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::float32* var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::float32 var_59;
    wp::vec_t<2, wp::float32> var_60;
    wp::vec_t<2, wp::float32> var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    const wp::float32 var_73 = 1.0;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32* var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::vec_t<2, wp::float32> var_94;
    wp::vec_t<2, wp::float32> var_95;
    wp::vec_t<2, wp::float32>* var_96;
    wp::float32* var_97;
    wp::vec_t<2, wp::float32> var_98;
    wp::float32 var_99;
    wp::vec_t<2, wp::float32> var_100;
    wp::vec_t<2, wp::float32> var_101;
    wp::vec_t<2, wp::float32>* var_102;
    wp::float32* var_103;
    wp::float32* var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32* var_110;
    wp::vec_t<2, wp::float32>* var_111;
    const wp::int32 var_112 = 0;
    wp::float32 var_113;
    wp::vec_t<2, wp::float32> var_114;
    wp::vec_t<2, wp::float32>* var_115;
    const wp::int32 var_116 = 1;
    wp::float32 var_117;
    wp::vec_t<2, wp::float32> var_118;
    const wp::int32 var_119 = 1;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::vec_t<2, wp::float32> var_123;
    wp::vec_t<2, wp::float32>* var_124;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Body2D_33f20325 adj_1 = {};
    Body2D_33f20325 adj_2 = {};
    Body2D_33f20325 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mat_t<2, 2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::range_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::vec_t<2, wp::float32> adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    wp::vec_t<2, wp::float32> adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::vec_t<2, wp::float32> adj_60 = {};
    wp::vec_t<2, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    bool adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::vec_t<2, wp::float32> adj_93 = {};
    wp::vec_t<2, wp::float32> adj_94 = {};
    wp::vec_t<2, wp::float32> adj_95 = {};
    wp::vec_t<2, wp::float32> adj_96 = {};
    wp::float32 adj_97 = {};
    wp::vec_t<2, wp::float32> adj_98 = {};
    wp::float32 adj_99 = {};
    wp::vec_t<2, wp::float32> adj_100 = {};
    wp::vec_t<2, wp::float32> adj_101 = {};
    wp::vec_t<2, wp::float32> adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::vec_t<2, wp::float32> adj_111 = {};
    wp::int32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::vec_t<2, wp::float32> adj_114 = {};
    wp::vec_t<2, wp::float32> adj_115 = {};
    wp::int32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::vec_t<2, wp::float32> adj_118 = {};
    wp::int32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::vec_t<2, wp::float32> adj_123 = {};
    wp::vec_t<2, wp::float32> adj_124 = {};
    //---------
    // forward
    // def ground_impulses(                                                                   <L 65>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 74>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b.inv_mass == 0.0:                                                                  <L 75>
    var_4 = &(var_2.inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 76>
        goto label0;
    }
    // R = rotation2(b.angle)                                                                 <L 77>
    var_8 = &(var_2.angle);
    var_10 = wp::load(var_8);
    var_9 = rotation2_0(var_10);
    // h = half_extents[i]                                                                    <L 78>
    var_11 = wp::address(var_half_extents, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // n = wp.vec2(0.0, 1.0)                                                                  <L 79>
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    // t = wp.vec2(1.0, 0.0)                                                                  <L 80>
    var_19 = wp::vec_t<2, wp::float32>(var_17, var_18);
    // for k in range(4):                                                                     <L 81>
    var_21 = wp::range(var_20);
    // bodies[i] = b                                                                          <L 104>
    // wp::array_store(var_bodies, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
    // adj: bodies[i] = b                                                                     <L 104>
    var_21 = wp::iter_reverse(var_21);
    start_for_1:;
        if (iter_cmp(var_21) == 0) goto end_for_1;
        var_22 = wp::iter_next(var_21);
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
    	adj_43 = {};
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
    	adj_102 = {};
    	adj_103 = {};
    	adj_104 = {};
    	adj_105 = {};
    	adj_106 = {};
    	adj_107 = {};
    	adj_108 = {};
    	adj_109 = {};
    	adj_110 = {};
    	adj_111 = {};
    	adj_112 = {};
    	adj_113 = {};
    	adj_114 = {};
    	adj_115 = {};
    	adj_116 = {};
    	adj_117 = {};
    	adj_118 = {};
    	adj_119 = {};
    	adj_120 = {};
    	adj_121 = {};
    	adj_122 = {};
    	adj_123 = {};
    	adj_124 = {};
        // sx = wp.where(k == 1 or k == 2, -1.0, 1.0)                                         <L 82>
        var_24 = (var_22 == var_23);
        var_26 = (var_22 == var_25);
        var_27 = var_24 || var_26;
        var_31 = wp::where(var_27, var_29, var_30);
        // sy = wp.where(k >= 2, -1.0, 1.0)                                                   <L 83>
        var_33 = (var_22 >= var_32);
        var_37 = wp::where(var_33, var_35, var_36);
        // r = R * wp.vec2(h[0] * sx, h[1] * sy)                                              <L 84>
        var_39 = wp::extract(var_12, var_38);
        var_40 = wp::mul(var_39, var_31);
        var_42 = wp::extract(var_12, var_41);
        var_43 = wp::mul(var_42, var_37);
        var_44 = wp::vec_t<2, wp::float32>(var_40, var_43);
        var_45 = wp::mul(var_9, var_44);
        // p = b.pos + r                                                                      <L 85>
        var_46 = &(var_2.pos);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_48, var_45);
        // if p[1] >= ground_y:                                                               <L 86>
        var_50 = wp::extract(var_47, var_49);
        var_51 = (var_50 >= var_ground_y);
        if (var_51) {
            // continue                                                                       <L 87>
            goto start_for_1;
        }
        // wp.atomic_add(contacts, 0, 1)                                                      <L 88>
        // var_54 = wp::atomic_add(var_contacts, var_52, var_53);
        // v = b.vel + perp(r) * b.omega                                                      <L 89>
        var_55 = &(var_2.vel);
        var_56 = perp_0(var_45);
        var_57 = &(var_2.omega);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_56, var_59);
        var_61 = wp::load(var_55);
        var_60 = wp::add(var_61, var_58);
        // vn = wp.dot(v, n)                                                                  <L 90>
        var_62 = wp::dot(var_60, var_16);
        // if vn >= 0.0:                                                                      <L 91>
        var_64 = (var_62 >= var_63);
        if (var_64) {
            // continue                                                                       <L 92>
            goto start_for_1;
        }
        // rn = cross2(r, n)                                                                  <L 93>
        var_65 = cross2_0(var_45, var_16);
        // k_n = b.inv_mass + b.inv_inertia * rn * rn                                         <L 94>
        var_66 = &(var_2.inv_mass);
        var_67 = &(var_2.inv_inertia);
        var_69 = wp::load(var_67);
        var_68 = wp::mul(var_69, var_65);
        var_70 = wp::mul(var_68, var_65);
        var_72 = wp::load(var_66);
        var_71 = wp::add(var_72, var_70);
        // jn = -(1.0 + restitution) * vn / k_n                                               <L 95>
        var_74 = wp::add(var_73, var_restitution);
        var_75 = wp::neg(var_74);
        var_76 = wp::mul(var_75, var_62);
        var_77 = wp::div(var_76, var_71);
        // vt = wp.dot(v, t)                                                                  <L 96>
        var_78 = wp::dot(var_60, var_19);
        // rt = cross2(r, t)                                                                  <L 97>
        var_79 = cross2_0(var_45, var_19);
        // k_t = b.inv_mass + b.inv_inertia * rt * rt                                         <L 98>
        var_80 = &(var_2.inv_mass);
        var_81 = &(var_2.inv_inertia);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_83, var_79);
        var_84 = wp::mul(var_82, var_79);
        var_86 = wp::load(var_80);
        var_85 = wp::add(var_86, var_84);
        // jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                            <L 99>
        var_87 = wp::neg(var_78);
        var_88 = wp::div(var_87, var_85);
        var_89 = wp::neg(var_friction);
        var_90 = wp::mul(var_89, var_77);
        var_91 = wp::mul(var_friction, var_77);
        var_92 = wp::clamp(var_88, var_90, var_91);
        // impulse = n * jn + t * jt                                                          <L 100>
        var_93 = wp::mul(var_16, var_77);
        var_94 = wp::mul(var_19, var_92);
        var_95 = wp::add(var_93, var_94);
        // b.vel = b.vel + impulse * b.inv_mass                                               <L 101>
        var_96 = &(var_2.vel);
        var_97 = &(var_2.inv_mass);
        var_99 = wp::load(var_97);
        var_98 = wp::mul(var_95, var_99);
        var_101 = wp::load(var_96);
        var_100 = wp::add(var_101, var_98);
        var_102 = &(var_2.vel);
        // wp::store(var_102, var_100);
        // b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                             <L 102>
        var_103 = &(var_2.omega);
        var_104 = &(var_2.inv_inertia);
        var_105 = cross2_0(var_45, var_95);
        var_107 = wp::load(var_104);
        var_106 = wp::mul(var_107, var_105);
        var_109 = wp::load(var_103);
        var_108 = wp::add(var_109, var_106);
        var_110 = &(var_2.omega);
        // wp::store(var_110, var_108);
        // b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                            <L 103>
        var_111 = &(var_2.pos);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_115 = &(var_2.pos);
        var_118 = wp::load(var_115);
        var_117 = wp::extract(var_118, var_116);
        var_120 = wp::extract(var_47, var_119);
        var_121 = wp::sub(var_ground_y, var_120);
        var_122 = wp::add(var_117, var_121);
        var_123 = wp::vec_t<2, wp::float32>(var_113, var_122);
        var_124 = &(var_2.pos);
        // wp::store(var_124, var_123);
        adj_2.pos += adj_124;
        wp::adj_vec_t(var_113, var_122, adj_113, adj_122, adj_123);
        wp::adj_add(var_117, var_121, adj_117, adj_121, adj_122);
        wp::adj_sub(var_ground_y, var_120, adj_ground_y, adj_120, adj_121);
        wp::adj_extract(var_47, var_119, adj_47, adj_119, adj_120);
        wp::adj_extract(var_118, var_116, adj_115, adj_116, adj_117);
        adj_2.pos += adj_115;
        wp::adj_extract(var_114, var_112, adj_111, adj_112, adj_113);
        adj_2.pos += adj_111;
        // adj: b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                       <L 103>
        adj_2.omega += adj_110;
        wp::adj_add(var_109, var_106, adj_103, adj_106, adj_108);
        wp::adj_mul(var_107, var_105, adj_104, adj_105, adj_106);
        adj_cross2_0(var_45, var_95, adj_45, adj_95, adj_105);
        adj_2.inv_inertia += adj_104;
        adj_2.omega += adj_103;
        // adj: b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                        <L 102>
        adj_2.vel += adj_102;
        wp::adj_add(var_101, var_98, adj_96, adj_98, adj_100);
        wp::adj_mul(var_95, var_99, adj_95, adj_97, adj_98);
        adj_2.inv_mass += adj_97;
        adj_2.vel += adj_96;
        // adj: b.vel = b.vel + impulse * b.inv_mass                                          <L 101>
        wp::adj_add(var_93, var_94, adj_93, adj_94, adj_95);
        wp::adj_mul(var_19, var_92, adj_19, adj_92, adj_94);
        wp::adj_mul(var_16, var_77, adj_16, adj_77, adj_93);
        // adj: impulse = n * jn + t * jt                                                     <L 100>
        wp::adj_clamp(var_88, var_90, var_91, adj_88, adj_90, adj_91, adj_92);
        wp::adj_mul(var_friction, var_77, adj_friction, adj_77, adj_91);
        wp::adj_mul(var_89, var_77, adj_89, adj_77, adj_90);
        wp::adj_neg(var_friction, adj_friction, adj_89);
        wp::adj_div(var_87, var_85, var_88, adj_87, adj_85, adj_88);
        wp::adj_neg(var_78, adj_78, adj_87);
        // adj: jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                       <L 99>
        wp::adj_add(var_86, var_84, adj_80, adj_84, adj_85);
        wp::adj_mul(var_82, var_79, adj_82, adj_79, adj_84);
        wp::adj_mul(var_83, var_79, adj_81, adj_79, adj_82);
        adj_2.inv_inertia += adj_81;
        adj_2.inv_mass += adj_80;
        // adj: k_t = b.inv_mass + b.inv_inertia * rt * rt                                    <L 98>
        adj_cross2_0(var_45, var_19, adj_45, adj_19, adj_79);
        // adj: rt = cross2(r, t)                                                             <L 97>
        wp::adj_dot(var_60, var_19, adj_60, adj_19, adj_78);
        // adj: vt = wp.dot(v, t)                                                             <L 96>
        wp::adj_div(var_76, var_71, var_77, adj_76, adj_71, adj_77);
        wp::adj_mul(var_75, var_62, adj_75, adj_62, adj_76);
        wp::adj_neg(var_74, adj_74, adj_75);
        wp::adj_add(var_73, var_restitution, adj_73, adj_restitution, adj_74);
        // adj: jn = -(1.0 + restitution) * vn / k_n                                          <L 95>
        wp::adj_add(var_72, var_70, adj_66, adj_70, adj_71);
        wp::adj_mul(var_68, var_65, adj_68, adj_65, adj_70);
        wp::adj_mul(var_69, var_65, adj_67, adj_65, adj_68);
        adj_2.inv_inertia += adj_67;
        adj_2.inv_mass += adj_66;
        // adj: k_n = b.inv_mass + b.inv_inertia * rn * rn                                    <L 94>
        adj_cross2_0(var_45, var_16, adj_45, adj_16, adj_65);
        // adj: rn = cross2(r, n)                                                             <L 93>
        if (var_64) {
            // adj: continue                                                                  <L 92>
        }
        // adj: if vn >= 0.0:                                                                 <L 91>
        wp::adj_dot(var_60, var_16, adj_60, adj_16, adj_62);
        // adj: vn = wp.dot(v, n)                                                             <L 90>
        wp::adj_add(var_61, var_58, adj_55, adj_58, adj_60);
        wp::adj_mul(var_56, var_59, adj_56, adj_57, adj_58);
        adj_2.omega += adj_57;
        adj_perp_0(var_45, adj_45, adj_56);
        adj_2.vel += adj_55;
        // adj: v = b.vel + perp(r) * b.omega                                                 <L 89>
        wp::adj_atomic_add(var_contacts, var_52, var_53, adj_contacts, adj_52, adj_53, adj_54);
        // adj: wp.atomic_add(contacts, 0, 1)                                                 <L 88>
        if (var_51) {
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_47, var_49, adj_47, adj_49, adj_50);
        // adj: if p[1] >= ground_y:                                                          <L 86>
        wp::adj_add(var_48, var_45, adj_46, adj_45, adj_47);
        adj_2.pos += adj_46;
        // adj: p = b.pos + r                                                                 <L 85>
        wp::adj_mul(var_9, var_44, adj_9, adj_44, adj_45);
        wp::adj_vec_t(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_mul(var_42, var_37, adj_42, adj_37, adj_43);
        wp::adj_extract(var_12, var_41, adj_12, adj_41, adj_42);
        wp::adj_mul(var_39, var_31, adj_39, adj_31, adj_40);
        wp::adj_extract(var_12, var_38, adj_12, adj_38, adj_39);
        // adj: r = R * wp.vec2(h[0] * sx, h[1] * sy)                                         <L 84>
        wp::adj_where(var_33, var_35, var_36, adj_33, adj_35, adj_36, adj_37);
        // adj: sy = wp.where(k >= 2, -1.0, 1.0)                                              <L 83>
        wp::adj_where(var_27, var_29, var_30, adj_27, adj_29, adj_30, adj_31);
        // adj: sx = wp.where(k == 1 or k == 2, -1.0, 1.0)                                    <L 82>
    	goto start_for_1;
    end_for_1:;
    wp::adj_range(var_20, adj_20, adj_21);
    // adj: for k in range(4):                                                                <L 81>
    wp::adj_vec_t(var_17, var_18, adj_17, adj_18, adj_19);
    // adj: t = wp.vec2(1.0, 0.0)                                                             <L 80>
    wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: n = wp.vec2(0.0, 1.0)                                                             <L 79>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_half_extents, var_0, adj_half_extents, adj_0, adj_11);
    // adj: h = half_extents[i]                                                               <L 78>
    adj_rotation2_0(var_10, adj_8, adj_9);
    adj_2.angle += adj_8;
    // adj: R = rotation2(b.angle)                                                            <L 77>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 76>
    }
    adj_2.inv_mass += adj_4;
    // adj: if b.inv_mass == 0.0:                                                             <L 75>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 74>
    // adj: i = wp.tid()                                                                      <L 73>
    // adj: def ground_impulses(                                                              <L 65>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ground_impulses_70223b38_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_ground_impulses_70223b38 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ground_impulses_70223b38_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ground_impulses_70223b38_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_ground_impulses_70223b38 *_wp_args,
    wp_args_ground_impulses_70223b38 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ground_impulses_70223b38_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_strain_2d_50aa1875 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> F;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> strain;
    wp::array_t<wp::float32> energy;
    wp::float32 mu;
    wp::float32 lam;
};


void strain_2d_50aa1875_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strain_2d_50aa1875 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_strain = _wp_args->strain;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_lam = _wp_args->lam;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::mat_t<2, 2, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.5;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.0;
    bool var_57;
    const wp::float32 var_58 = 10000000000.0;
    //---------
    // forward
    // def strain_2d(F: wp.array(dtype=wp.mat22), strain: wp.array(dtype=wp.mat22), energy: wp.array(dtype=float), mu: float, lam: float):       <L 108>
    // i = wp.tid()                                                                           <L 109>
    var_0 = builtin_tid1d();
    // f = F[i]                                                                               <L 110>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // C = wp.transpose(f) * f                                                                <L 111>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    // E = (C - wp.identity(n=2, dtype=float)) * 0.5                                          <L 112>
    var_7 = wp::identity<2, wp::float32>();
    var_8 = wp::sub(var_5, var_7);
    var_10 = wp::mul(var_8, var_9);
    // strain[i] = E                                                                          <L 113>
    wp::array_store(var_strain, var_0, var_10);
    // tr = E[0, 0] + E[1, 1]                                                                 <L 114>
    var_13 = wp::extract(var_10, var_11, var_12);
    var_16 = wp::extract(var_10, var_14, var_15);
    var_17 = wp::add(var_13, var_16);
    // ee = E[0, 0] * E[0, 0] + E[0, 1] * E[0, 1] + E[1, 0] * E[1, 0] + E[1, 1] * E[1, 1]       <L 115>
    var_20 = wp::extract(var_10, var_18, var_19);
    var_23 = wp::extract(var_10, var_21, var_22);
    var_24 = wp::mul(var_20, var_23);
    var_27 = wp::extract(var_10, var_25, var_26);
    var_30 = wp::extract(var_10, var_28, var_29);
    var_31 = wp::mul(var_27, var_30);
    var_32 = wp::add(var_24, var_31);
    var_35 = wp::extract(var_10, var_33, var_34);
    var_38 = wp::extract(var_10, var_36, var_37);
    var_39 = wp::mul(var_35, var_38);
    var_40 = wp::add(var_32, var_39);
    var_43 = wp::extract(var_10, var_41, var_42);
    var_46 = wp::extract(var_10, var_44, var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_40, var_47);
    // J = wp.determinant(f)                                                                  <L 116>
    var_49 = wp::determinant(var_2);
    // energy[i] = mu * ee + 0.5 * lam * tr * tr                                              <L 117>
    var_50 = wp::mul(var_mu, var_48);
    var_52 = wp::mul(var_51, var_lam);
    var_53 = wp::mul(var_52, var_17);
    var_54 = wp::mul(var_53, var_17);
    var_55 = wp::add(var_50, var_54);
    wp::array_store(var_energy, var_0, var_55);
    // if J <= 0.0:                                                                           <L 118>
    var_57 = (var_49 <= var_56);
    if (var_57) {
        // energy[i] = 1.0e10                                                                 <L 119>
        wp::array_store(var_energy, var_0, var_58);
    }
}



void strain_2d_50aa1875_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strain_2d_50aa1875 *_wp_args,
    wp_args_strain_2d_50aa1875 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_strain = _wp_args->strain;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_lam = _wp_args->lam;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_F = _wp_adj_args->F;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_strain = _wp_adj_args->strain;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    wp::float32 adj_mu = _wp_adj_args->mu;
    wp::float32 adj_lam = _wp_adj_args->lam;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::mat_t<2, 2, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 0;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.5;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.0;
    bool var_57;
    const wp::float32 var_58 = 10000000000.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::mat_t<2, 2, wp::float32> adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mat_t<2, 2, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    bool adj_57 = {};
    wp::float32 adj_58 = {};
    //---------
    // forward
    // def strain_2d(F: wp.array(dtype=wp.mat22), strain: wp.array(dtype=wp.mat22), energy: wp.array(dtype=float), mu: float, lam: float):       <L 108>
    // i = wp.tid()                                                                           <L 109>
    var_0 = builtin_tid1d();
    // f = F[i]                                                                               <L 110>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // C = wp.transpose(f) * f                                                                <L 111>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    // E = (C - wp.identity(n=2, dtype=float)) * 0.5                                          <L 112>
    var_7 = wp::identity<2, wp::float32>();
    var_8 = wp::sub(var_5, var_7);
    var_10 = wp::mul(var_8, var_9);
    // strain[i] = E                                                                          <L 113>
    // wp::array_store(var_strain, var_0, var_10);
    // tr = E[0, 0] + E[1, 1]                                                                 <L 114>
    var_13 = wp::extract(var_10, var_11, var_12);
    var_16 = wp::extract(var_10, var_14, var_15);
    var_17 = wp::add(var_13, var_16);
    // ee = E[0, 0] * E[0, 0] + E[0, 1] * E[0, 1] + E[1, 0] * E[1, 0] + E[1, 1] * E[1, 1]       <L 115>
    var_20 = wp::extract(var_10, var_18, var_19);
    var_23 = wp::extract(var_10, var_21, var_22);
    var_24 = wp::mul(var_20, var_23);
    var_27 = wp::extract(var_10, var_25, var_26);
    var_30 = wp::extract(var_10, var_28, var_29);
    var_31 = wp::mul(var_27, var_30);
    var_32 = wp::add(var_24, var_31);
    var_35 = wp::extract(var_10, var_33, var_34);
    var_38 = wp::extract(var_10, var_36, var_37);
    var_39 = wp::mul(var_35, var_38);
    var_40 = wp::add(var_32, var_39);
    var_43 = wp::extract(var_10, var_41, var_42);
    var_46 = wp::extract(var_10, var_44, var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_40, var_47);
    // J = wp.determinant(f)                                                                  <L 116>
    var_49 = wp::determinant(var_2);
    // energy[i] = mu * ee + 0.5 * lam * tr * tr                                              <L 117>
    var_50 = wp::mul(var_mu, var_48);
    var_52 = wp::mul(var_51, var_lam);
    var_53 = wp::mul(var_52, var_17);
    var_54 = wp::mul(var_53, var_17);
    var_55 = wp::add(var_50, var_54);
    // wp::array_store(var_energy, var_0, var_55);
    // if J <= 0.0:                                                                           <L 118>
    var_57 = (var_49 <= var_56);
    if (var_57) {
        // energy[i] = 1.0e10                                                                 <L 119>
        // wp::array_store(var_energy, var_0, var_58);
    }
    //---------
    // reverse
    if (var_57) {
        wp::adj_array_store(var_energy, var_0, var_58, adj_energy, adj_0, adj_58);
        // adj: energy[i] = 1.0e10                                                            <L 119>
    }
    // adj: if J <= 0.0:                                                                      <L 118>
    wp::adj_array_store(var_energy, var_0, var_55, adj_energy, adj_0, adj_55);
    wp::adj_add(var_50, var_54, adj_50, adj_54, adj_55);
    wp::adj_mul(var_53, var_17, adj_53, adj_17, adj_54);
    wp::adj_mul(var_52, var_17, adj_52, adj_17, adj_53);
    wp::adj_mul(var_51, var_lam, adj_51, adj_lam, adj_52);
    wp::adj_mul(var_mu, var_48, adj_mu, adj_48, adj_50);
    // adj: energy[i] = mu * ee + 0.5 * lam * tr * tr                                         <L 117>
    wp::adj_determinant(var_2, adj_2, adj_49);
    // adj: J = wp.determinant(f)                                                             <L 116>
    wp::adj_add(var_40, var_47, adj_40, adj_47, adj_48);
    wp::adj_mul(var_43, var_46, adj_43, adj_46, adj_47);
    wp::adj_extract(var_10, var_44, var_45, adj_10, adj_44, adj_45, adj_46);
    wp::adj_extract(var_10, var_41, var_42, adj_10, adj_41, adj_42, adj_43);
    wp::adj_add(var_32, var_39, adj_32, adj_39, adj_40);
    wp::adj_mul(var_35, var_38, adj_35, adj_38, adj_39);
    wp::adj_extract(var_10, var_36, var_37, adj_10, adj_36, adj_37, adj_38);
    wp::adj_extract(var_10, var_33, var_34, adj_10, adj_33, adj_34, adj_35);
    wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
    wp::adj_mul(var_27, var_30, adj_27, adj_30, adj_31);
    wp::adj_extract(var_10, var_28, var_29, adj_10, adj_28, adj_29, adj_30);
    wp::adj_extract(var_10, var_25, var_26, adj_10, adj_25, adj_26, adj_27);
    wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_extract(var_10, var_21, var_22, adj_10, adj_21, adj_22, adj_23);
    wp::adj_extract(var_10, var_18, var_19, adj_10, adj_18, adj_19, adj_20);
    // adj: ee = E[0, 0] * E[0, 0] + E[0, 1] * E[0, 1] + E[1, 0] * E[1, 0] + E[1, 1] * E[1, 1]  <L 115>
    wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_extract(var_10, var_14, var_15, adj_10, adj_14, adj_15, adj_16);
    wp::adj_extract(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    // adj: tr = E[0, 0] + E[1, 1]                                                            <L 114>
    wp::adj_array_store(var_strain, var_0, var_10, adj_strain, adj_0, adj_10);
    // adj: strain[i] = E                                                                     <L 113>
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: E = (C - wp.identity(n=2, dtype=float)) * 0.5                                     <L 112>
    wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
    wp::adj_transpose(var_2, adj_2, adj_4);
    // adj: C = wp.transpose(f) * f                                                           <L 111>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
    // adj: f = F[i]                                                                          <L 110>
    // adj: i = wp.tid()                                                                      <L 109>
    // adj: def strain_2d(F: wp.array(dtype=wp.mat22), strain: wp.array(dtype=wp.mat22), energy: wp.array(dtype=float), mu: float, lam: float):  <L 108>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void strain_2d_50aa1875_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_strain_2d_50aa1875 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strain_2d_50aa1875_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void strain_2d_50aa1875_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_strain_2d_50aa1875 *_wp_args,
    wp_args_strain_2d_50aa1875 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strain_2d_50aa1875_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

